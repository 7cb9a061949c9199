//! Quotation boundaries: pairing quote marks inside paragraphs, quotations
//! that run over several paragraphs, nested quotations, and blocks set off
//! without marks after a cue line.
//!
//! Every scan is bounded by its paragraph and moves forward only, so a stray
//! or unclosed mark costs at most one paragraph and never runs away.

use crate::cues::Cues;
use crate::document::Span;
use crate::gazetteer::Gazetteer;
use crate::names::is_title;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// How a quotation is set off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteForm {
    /// Between quote marks.
    Marked,
    /// A paragraph without marks after a cue line such as `Leike tweets:`.
    Block,
}

/// One quoted stretch of text.
///
/// 40 bytes: a document of a million short quotations holds a million of
/// them. The marks are kept as lengths beside the words (a closing mark
/// starts where the words end; an opening one ends at most a few spaces
/// before they start), the paragraph numbers as `u32`; read them through
/// [`Quote::open`], [`Quote::close`], [`Quote::paragraph`] and
/// [`Quote::cue_line`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, marks excluded.
    pub span: Span,
    /// From the opening mark's start to the words' start (the mark and the
    /// spaces after it); 0 without a mark.
    open_back: u32,
    /// Index of the paragraph holding it.
    paragraph: u32,
    /// For a block: the paragraph index of its cue line; `NO_LINE` without.
    cue_line: u32,
    /// The opening mark's length in bytes; 0 without one.
    open_len: u8,
    /// The closing mark's length in bytes; 0 when the paragraph (or block)
    /// ended first.
    close_len: u8,
    /// Marks or block.
    pub form: QuoteForm,
    /// The paragraph looks like a title or subhead.
    pub heading: bool,
    /// This paragraph goes on with a quotation left open at the end of the
    /// previous one (the news convention for long quotations).
    pub continues: bool,
}

/// [`Quote::cue_line`]'s "none".
const NO_LINE: u32 = u32::MAX;

/// Paragraphs past this index are not read for quotations: a quotation
/// numbers its paragraph in a `u32` (a text would need over 8 GiB to have
/// that many).
const MAX_PARAGRAPHS: usize = NO_LINE as usize;

impl Quote {
    /// A quotation between marks: the words at `span`, the opening mark at
    /// `open` (at most 4 GiB before the words), no closing mark yet.
    fn marked(span: Span, open: Option<Span>, paragraph: usize) -> Quote {
        let (open_back, open_len) =
            open.map_or((0, 0), |o| ((span.start - o.start) as u32, (o.end - o.start) as u8));
        Quote {
            span,
            open_back,
            paragraph: paragraph as u32,
            cue_line: NO_LINE,
            open_len,
            close_len: 0,
            form: QuoteForm::Marked,
            heading: false,
            continues: false,
        }
    }

    /// A paragraph set off without marks, after the cue line `cue_line`.
    fn block(span: Span, paragraph: usize, cue_line: Option<usize>) -> Quote {
        Quote {
            cue_line: cue_line.map_or(NO_LINE, |c| c as u32),
            form: QuoteForm::Block,
            ..Quote::marked(span, None, paragraph)
        }
    }

    /// The opening mark, if any.
    pub fn open(&self) -> Option<Span> {
        (self.open_len > 0).then(|| {
            let start = self.span.start - self.open_back as usize;
            Span::new(start, start + self.open_len as usize)
        })
    }

    /// The closing mark; `None` when the paragraph (or block) ended first.
    pub fn close(&self) -> Option<Span> {
        (self.close_len > 0)
            .then(|| Span::new(self.span.end, self.span.end + self.close_len as usize))
    }

    /// The quotation with its marks: from the opening mark (or the words)
    /// to the closing mark (or the words' end).
    pub fn extent(&self) -> Span {
        let start = self.open().map_or(self.span.start, |o| o.start);
        let end = self.close().map_or(self.span.end, |c| c.end);
        Span::new(start, end)
    }

    /// Index of the paragraph holding it.
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    /// For a block: the paragraph index of its cue line.
    pub fn cue_line(&self) -> Option<usize> {
        (self.cue_line != NO_LINE).then_some(self.cue_line as usize)
    }
}

/// Longest block we accept after one cue line, in paragraphs.
const MAX_BLOCK_PARAGRAPHS: usize = 12;

/// Finds every quotation in `text`, in document order.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Span],
    cues: &Cues,
    gazetteer: &Gazetteer,
) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open_at_end = false;
    let mut scratch = Scratch::default();
    for (pi, &para) in paragraphs.iter().enumerate().take(MAX_PARAGRAPHS) {
        let first = out.len();
        let still_open = scan_paragraph(text, para, pi, &mut scratch, &mut out);
        // The marks of a huge paragraph go now, not with the document's.
        if scratch.marks.capacity() > 1 << 16 {
            scratch = Scratch::default();
        }
        if open_at_end
            && let Some(q) = out.get_mut(first)
            && q.open().is_some_and(|o| o.start == para.start)
        {
            q.continues = true;
        }
        open_at_end = still_open;
        // Only a paragraph with quotations needs the heading test.
        if out.len() > first {
            let heading = is_heading(text, para, pi, cues);
            for q in &mut out[first..] {
                q.heading = heading;
            }
        }
    }
    find_blocks(text, paragraphs, cues, gazetteer, &mut out);
    find_transcript(text, paragraphs, &mut out);
    // Usually in order already: a stable sort of a million quotations
    // would still allocate room for half of them.
    if !out.is_sorted_by_key(|q| q.span.start) {
        out.sort_by_key(|q| q.span.start);
    }
    out
}

/// A quote mark in a paragraph. The characters around it are read from
/// the paragraph when asked for: a paragraph of a million marks holds 16
/// bytes a mark instead of 24.
#[derive(Clone, Copy)]
struct Mark {
    /// Byte offset in the paragraph.
    at: usize,
    /// The mark, or for a doubled one what it stands for: `''` is `"`,
    /// two backticks are `“` (typewriter and tokenised text).
    c: char,
    /// Its length in bytes: `c`'s, or 2 for a doubled mark.
    len: u8,
}

impl Mark {
    fn new(at: usize, c: char) -> Mark {
        Mark { at, c, len: c.len_utf8() as u8 }
    }

    /// Where the mark ends in the paragraph.
    fn end(&self) -> usize {
        self.at + self.len as usize
    }

    /// The character before the mark in paragraph `s`.
    fn prev(&self, s: &str) -> Option<char> {
        s[..self.at].chars().next_back()
    }

    /// The character after the mark.
    fn next(&self, s: &str) -> Option<char> {
        s[self.end()..].chars().next()
    }

    /// The character after `next`.
    fn after(&self, s: &str) -> Option<char> {
        s[self.end()..].chars().nth(1)
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '„' | '‚' | '«' | '»' | '‹' | '›' | '`')
}

/// The quote marks of a paragraph (the tests' way to [`marks_into`]).
#[cfg(test)]
fn marks(s: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    marks_into(s, &mut out);
    out
}

/// The quote marks of paragraph `s` into `out`, emptied first: one list
/// serves every paragraph of a document instead of one allocated (and
/// grown) per paragraph. Only their lead bytes are looked at closely, so
/// the scan runs at memory speed over plain prose.
fn marks_into(s: &str, out: &mut Vec<Mark>) {
    let bytes = s.as_bytes();
    out.clear();
    // A long paragraph counts its lead bytes first and allocates once:
    // growing a list of a million marks copies it and touches its memory
    // twice over. Short ones grow as usual.
    if bytes.len() > 1 << 16 {
        let leads = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).count();
        out.reserve_exact(leads + memchr::memchr_iter(0xC2, bytes).count());
    }
    let mark_at = |at: usize| {
        let Some(c) = s[at..].chars().next().filter(|&c| is_mark(c)) else { return };
        out.push(Mark::new(at, c));
    };
    // Every mark starts with one of five bytes; « » (0xC2) and backticks
    // are rare, so they get their own pass only when the paragraph has any.
    let leads = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes);
    let (guillemets, backticks) = (memchr::memchr(0xC2, bytes), memchr::memchr(b'`', bytes));
    if guillemets.is_some() || backticks.is_some() {
        let rare = |b: u8, any: Option<usize>| {
            any.into_iter().flat_map(move |_| memchr::memchr_iter(b, bytes))
        };
        let mut all: Vec<usize> =
            leads.chain(rare(0xC2, guillemets)).chain(rare(b'`', backticks)).collect();
        all.sort_unstable();
        all.into_iter().for_each(mark_at);
    } else {
        leads.for_each(mark_at);
    }
    if backticks.is_some() || memchr::memmem::find(bytes, b"''").is_some() {
        *out = doubled(s, std::mem::take(out));
    }
    // "‘‘It is over,’’ he said.": two curly singles in a row are one
    // double mark.
    let curly_pair = |a: &Mark, b: &Mark| {
        a.c == b.c && matches!(a.c, '‘' | '’') && b.at == a.at + a.c.len_utf8()
    };
    if out.windows(2).any(|w| curly_pair(&w[0], &w[1])) {
        let mut merged = Vec::with_capacity(out.len());
        let mut i = 0;
        while i < out.len() {
            if i + 1 < out.len() && curly_pair(&out[i], &out[i + 1]) {
                let c = if out[i].c == '‘' { '“' } else { '”' };
                merged.push(Mark { at: out[i].at, c, len: 6 });
                i += 2;
            } else {
                merged.push(out[i]);
                i += 1;
            }
        }
        *out = merged;
    }
}

/// Reads two straight apostrophes as one double mark `"`, and two backticks
/// as `“` (typewriter and tokenised text: two backticks, words, `''`). In a
/// run of three apostrophes the lone one is an inner single mark: last
/// after an opening context (`'''Yes`), first elsewhere (`no.'''`). A lone
/// backtick is no mark.
fn doubled(s: &str, marks: Vec<Mark>) -> Vec<Mark> {
    let mut out = Vec::with_capacity(marks.len());
    let mut i = 0;
    while i < marks.len() {
        let m = marks[i];
        if !matches!(m.c, '\'' | '`') {
            out.push(m);
            i += 1;
            continue;
        }
        // Both are one byte: a run is marks at consecutive offsets.
        let run = marks[i..]
            .iter()
            .enumerate()
            .take_while(|(k, n)| n.c == m.c && n.at == m.at + k)
            .count();
        if run == 1 {
            if m.c == '\'' {
                out.push(m);
            }
            i += 1;
            continue;
        }
        let double = if m.c == '`' { '“' } else { '"' };
        let lone = run % 2 == 1 && m.c == '\'';
        let lone_first = lone && !opening_context(m.prev(s));
        let mut at = m.at;
        if lone_first {
            out.push(Mark::new(at, m.c));
            at += 1;
        }
        for _ in 0..run / 2 {
            out.push(Mark { at, c: double, len: 2 });
            at += 2;
        }
        if lone && !lone_first {
            out.push(Mark::new(at, m.c));
        }
        i += run;
    }
    out
}

/// Pairs the marks of one paragraph; returns true when a double quotation is
/// still open at its end.
fn scan_paragraph(
    text: &str,
    para: Span,
    pi: usize,
    scratch: &mut Scratch,
    out: &mut Vec<Quote>,
) -> bool {
    let s = &text[para.start..para.end];
    marks_into(s, &mut scratch.marks);
    let (marks, memo) = (&scratch.marks, &mut scratch.memo);
    memo.reset();
    // At most one quotation per two marks: a paragraph of a million of
    // them allocates once.
    out.reserve(marks.len() / 2);
    let end_of = |m: &Mark| m.end();
    let mut still_open = false;
    let mut i = 0;
    while i < marks.len() {
        let m = marks[i];
        let (close, double) = if opens_double(m.c, m.prev(s), m.next(s), m.after(s)) {
            (double_closer(s, marks, i), true)
        } else if opens_single(s, &m) {
            (single_closer(s, marks, i, memo), false)
        } else {
            i += 1;
            continue;
        };
        let start = end_of(&m);
        let open = Some(Span::new(para.start + m.at, para.start + start));
        let words = |to: usize| words_start(s, start, to);
        match close {
            Some(j) => {
                let c = &marks[j];
                // Marks round nothing quote nothing: no quotation, so `“”`
                // repeated costs no memory per pair.
                let from = words(c.at);
                if from < c.at {
                    let mut q =
                        Quote::marked(Span::new(para.start + from, para.start + c.at), open, pi);
                    q.close_len = c.len;
                    out.push(q);
                }
                i = j + 1;
            }
            None if double => {
                // Unclosed: it ends with its paragraph, and may go on in the next.
                let from = words(s.len());
                if from < s.len() {
                    out.push(Quote::marked(Span::new(para.start + from, para.end), open, pi));
                }
                still_open = true;
                break;
            }
            // A single mark with no closer is an apostrophe or a typo.
            None => i += 1,
        }
    }
    still_open
}

/// Where the quoted words start in `s`, between the end of the opening
/// mark (`start`) and `to`: past the spaces after the mark (`" You guys`),
/// but at most 4 GiB past it, as [`Quote`] keeps the distance in a `u32`.
fn words_start(s: &str, start: usize, to: usize) -> usize {
    let mut from = (to - s[start..to].trim_start().len()).min(start + MAX_GAP);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    from
}

/// The most bytes between an opening mark's start and the words.
const MAX_GAP: usize = u32::MAX as usize - 8;

/// The mark that closes the double quotation opened at mark `i`. A
/// straight quotation holding a curly pair (`"… about “Equal Justice” …"`,
/// pasted words keeping their own marks) closes past the pair.
fn double_closer(s: &str, marks: &[Mark], i: usize) -> Option<usize> {
    let open = marks[i].c;
    let mut nested = false;
    for (j, c) in marks.iter().enumerate().skip(i + 1) {
        let (prev, next) = (c.prev(s), c.next(s));
        if open == '"' {
            if c.c == '“' && !nested && opening_context(prev) && !is_space(next) {
                nested = true;
                continue;
            }
            if c.c == '”' && nested {
                nested = false;
                continue;
            }
        }
        if closes_double(open, c.c, prev, next) {
            return Some(j);
        }
    }
    None
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Characters after which a straight mark opens rather than closes. An
/// invisible direction or width mark (pasted from social media) is no
/// character.
fn opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-/“‘«„".contains(p) || is_invisible(p))
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// After a word or punctuation, before a space, punctuation or the end:
/// where a mark can only close.
fn closing_context(prev: Option<char>, next: Option<char>) -> bool {
    !opening_context(prev) && next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]".contains(n))
}

/// `after` is the character after `next`: `" You guys` opens too.
fn opens_double(c: char, prev: Option<char>, next: Option<char>, after: Option<char>) -> bool {
    match c {
        '“' | '„' | '«' => next.is_some(),
        '"' => {
            opening_context(prev)
                && (!is_space(next)
                    || next == Some(' ')
                        && prev.is_some()
                        && after.is_some_and(char::is_alphanumeric))
                // The space left out after a colon or a full stop:
                // `Gowdy:"I have`, `authorities."We`.
                || prev.is_some_and(|p| p == ':' || p == '.') && next.is_some_and(char::is_uppercase)
        }
        // A closing curly mark typed where an opening one belongs, also
        // before an ellipsis: `” … if the`.
        '”' => {
            opening_context(prev)
                && (next.is_some_and(|n| n.is_alphanumeric() || n == '…')
                    || next == Some(' ') && after == Some('…'))
        }
        _ => false,
    }
}

fn closes_double(open: char, c: char, prev: Option<char>, next: Option<char>) -> bool {
    match c {
        '”' => true,
        '»' => open == '«',
        // An opening curly mark typed where a closing one belongs: `review“ of`.
        '“' => open == '„' || closing_context(prev, next),
        // A straight mark after a space and before a word opens a nested quotation.
        '"' => !is_space(prev) || is_space(next),
        _ => false,
    }
}

/// Words that start with an apostrophe, not a quotation: 'em, '90s, 'til.
/// Compared in place: this runs for every single mark.
fn is_elision(rest: &str) -> bool {
    const ELISIONS: &[&str] = &["em", "til", "cause", "tis", "twas", "n", "s", "bout"];
    rest.starts_with(|c: char| c.is_ascii_digit())
        || ELISIONS.iter().any(|e| {
            rest.as_bytes().get(..e.len()).is_some_and(|w| w.eq_ignore_ascii_case(e.as_bytes()))
                && !rest[e.len()..].starts_with(char::is_alphanumeric)
        })
}

fn opens_single(s: &str, m: &Mark) -> bool {
    matches!(m.c, '‘' | '‚' | '‹' | '\'')
        && opening_context(m.prev(s))
        && m.next(s).is_some_and(|n| !n.is_whitespace())
        && !is_elision(&s[m.end()..])
}

/// Picks the mark that closes the single quotation opened at mark `i`. The
/// candidates are marks that no letter follows (so "don't" never closes);
/// the search stops at the next clear opening mark. A candidate after
/// punctuation or before it wins; a plural possessive ("workers' rights")
/// loses to any other.
///
/// The candidates of a stretch up to the next clear opener are gathered once
/// and kept in `memo` for every later opener in the same stretch (`‚a ‚a …`
/// opens again and again without a clear opener between), so a paragraph's
/// marks are visited at most once per kind of opening mark.
fn single_closer(s: &str, marks: &[Mark], i: usize, memo: &mut SingleMemo) -> Option<usize> {
    let open = marks[i].c;
    let adjacent = |j: usize| marks[j].at == marks[i].end();
    let class = match open {
        '‹' => 1,
        '‚' => 2,
        _ => 0,
    };
    let m = &mut memo.0[class];
    // The stretch after `i` ends where the memo's does, unless the mark that
    // ended it sits right after `i` (an adjacent mark never stops a search).
    let reusable =
        m.scanned && i < m.end && !(i + 1 == m.end && m.end < marks.len() && adjacent(m.end));
    if !reusable {
        m.start(marks.len());
        for (j, c) in marks.iter().enumerate().skip(i + 1) {
            if matches!(c.c, '‘' | '‹' | '\'') && opens_single(s, c) && !adjacent(j) {
                m.end = j;
                break;
            }
            let closes = match c.c {
                '’' | '\'' => true,
                '›' => open == '‹',
                '‘' => open == '‚',
                _ => false,
            };
            if !closes || is_space(c.prev(s)) || c.next(s).is_some_and(|n| n.is_alphanumeric()) {
                continue;
            }
            let strong = c.prev(s).is_some_and(|p| ".,!?;:…".contains(p))
                || c.next(s).is_none_or(|n| ",.;:!?)—–\"”".contains(n));
            let plural_possessive = c.prev(s) == Some('s')
                && c.next(s) == Some(' ')
                && c.after(s).is_some_and(char::is_lowercase);
            match (strong, plural_possessive) {
                (true, _) => m.strong.push(j),
                (false, true) => m.possessive.push(j),
                (false, false) => m.weak.push(j),
            }
        }
    }
    // Openers are asked about in order: candidates before `i` are spent.
    let first_after = |list: &Vec<usize>, at: &mut usize| {
        while *at < list.len() && list[*at] <= i {
            *at += 1;
        }
        list.get(*at).copied()
    };
    first_after(&m.strong, &mut m.at[0])
        .or_else(|| first_after(&m.weak, &mut m.at[1]))
        .or_else(|| first_after(&m.possessive, &mut m.at[2]))
}

impl Stretch {
    /// A new stretch up to `end` at most, nothing gathered yet (the lists
    /// keep their room).
    fn start(&mut self, end: usize) {
        self.scanned = true;
        self.end = end;
        self.strong.clear();
        self.weak.clear();
        self.possessive.clear();
        self.at = [0; 3];
    }
}

/// The closer candidates of one stretch of marks, by strength.
#[derive(Default)]
struct Stretch {
    scanned: bool,
    /// Index of the clear opener that ends the stretch, or the mark count.
    end: usize,
    strong: Vec<usize>,
    weak: Vec<usize>,
    possessive: Vec<usize>,
    /// How far each list has been consumed.
    at: [usize; 3],
}

/// One stretch per kind of opening mark: `‹` and `‚` have closers of their
/// own beside `’` and `'`.
#[derive(Default)]
struct SingleMemo([Stretch; 3]);

impl SingleMemo {
    /// Nothing scanned: for the next paragraph, its lists kept.
    fn reset(&mut self) {
        for m in &mut self.0 {
            m.scanned = false;
        }
    }
}

/// What scanning a paragraph needs, kept from one paragraph to the next so
/// that a document of many short paragraphs allocates it once.
#[derive(Default)]
struct Scratch {
    marks: Vec<Mark>,
    memo: SingleMemo,
}

/// Whether `s` has more than `n` words; counting stops there.
fn more_words_than(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_some()
}

/// Most bytes a heading may have per word of its word limit (600 for a
/// title or standfirst, 320 for a subhead).
const HEADING_BYTES_PER_WORD: usize = 20;

/// A title, standfirst or subhead: short, no closing punctuation, and no
/// reporting verb outside its marks.
fn is_heading(text: &str, para: Span, pi: usize, cues: &Cues) -> bool {
    let s = &text[para.start..para.end];
    let last = s.chars().next_back().unwrap_or('.');
    if ".!?:;,…".contains(last) {
        return false;
    }
    if "”\"’'»".contains(last) {
        // Past every closing mark: `.’”` and `.''` end sentences too.
        let before = s.trim_end_matches(['”', '"', '’', '\'', '»']).chars().next_back();
        if before.is_some_and(|b| ".!?,;…".contains(b)) {
            return false;
        }
    }
    let limit = if pi < 3 { 30 } else { 16 };
    // Bytes too: a line of marks and letters with no space (`“a”“a”…`) is
    // one "word" however long. The longest heading in the corpora is 188
    // bytes of 21 words; 20 bytes a word leaves room for long words and
    // two-byte scripts. Counting words stops past the limit.
    if s.len() > limit * HEADING_BYTES_PER_WORD || more_words_than(s, limit) {
        return false;
    }
    // A title or standfirst may say "says"; a subhead further down that does
    // is a sentence.
    if pi < 3 {
        return true;
    }
    // Strip quoted parts, then look for a reporting verb.
    let mut outside = String::new();
    let mut depth = false;
    for c in s.chars() {
        if "“”\"«»„".contains(c) {
            depth = !depth;
        } else if !depth {
            outside.push(c);
        }
    }
    cues.find_in(&outside, Span::new(0, outside.len())).is_empty()
}

/// Opening words with which a blog writer turns from a quoted block back to
/// their own voice.
const COMMENTARY: &[&str] = &[
    "This seems",
    "This is ",
    "This means",
    "This suggests",
    "That seems",
    "That is ",
    "In other words",
    "Update",
    "Note:",
    "Meanwhile",
    "Read more",
    "See also",
    "Read the",
    "Click",
    "Watch",
];

fn has_marks(s: &str) -> bool {
    // Their lead bytes first, a block at a time.
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, s.as_bytes())
        .any(|i| s[i..].starts_with(['“', '”', '"', '«', '»', '„']))
}

fn find_blocks(
    text: &str,
    paragraphs: &[Span],
    cues: &Cues,
    gazetteer: &Gazetteer,
    out: &mut Vec<Quote>,
) {
    let mut quoted = vec![false; paragraphs.len()];
    for q in out.iter() {
        quoted[q.paragraph()] = true;
    }
    let paragraphs = &paragraphs[..paragraphs.len().min(MAX_PARAGRAPHS)];
    let mut pi = 0;
    while pi + 1 < paragraphs.len() {
        let line = &text[paragraphs[pi].start..paragraphs[pi].end];
        if !is_cue_line(line, cues, gazetteer) {
            pi += 1;
            continue;
        }
        // The writer names the speaker; the speaker does not: "Reyes did not
        // say how" is the writer's voice again.
        let speaker_words: Vec<&str> = line
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .skip(1)
            .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase))
            .collect();
        let names_speaker = |s: &str| {
            s.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| speaker_words.contains(&w))
        };
        let mut k = pi + 1;
        while k < paragraphs.len() && k - pi <= MAX_BLOCK_PARAGRAPHS {
            let p = paragraphs[k];
            let s = &text[p.start..p.end];
            // A paragraph holding a marked quotation (even in single marks)
            // is the writer quoting, never part of a block.
            let stop = quoted[k]
                || has_marks(s)
                || names_speaker(s)
                || s.ends_with(':')
                || s.starts_with(['(', '['])
                || !more_words_than(s, 2)
                || COMMENTARY.iter().any(|c| s.starts_with(c))
                // "She told the jury:" before "Q: …": a transcript's, each
                // line its own speaker's. (Labels are in capitals: a second
                // capital or "A: " first, before the label is read.)
                || s.starts_with("Q: ")
                || (k == pi + 1
                    || s.starts_with("A: ")
                    || s.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase))
                    && transcript_label(s).is_some();
            if stop {
                break;
            }
            out.push(Quote::block(p, k, Some(pi)));
            k += 1;
        }
        pi = k.max(pi + 1);
    }
}

/// Words in capitals before a colon that head a note, not a speaker
/// (`data/words/not-speakers.txt`).
static NOT_SPEAKERS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| crate::word_lists::word_set(crate::word_lists::NOT_SPEAKERS));

/// "HALE: The reservoirs are low." A transcript's speaker label in capitals
/// ("A" for an interview's answers) opening a paragraph; the label's length,
/// colon and space included.
pub(crate) fn transcript_label(s: &str) -> Option<usize> {
    let colon = label_colon(s)?;
    let label = &s[..colon];
    let words = label.split(' ').count();
    let caps = label.chars().any(char::is_uppercase)
        && label.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    // "DEAR ABBY:" opens a letter, not an answer.
    let letter = label.starts_with("DEAR ");
    (caps
        && words <= 3
        && (label.len() >= 2 || label == "A")
        && !letter
        && !NOT_SPEAKERS.contains(label))
    .then(|| label_len(s, colon))
}

/// Where a label's colon stands: a capital opens the paragraph and ": "
/// follows within its first 40 bytes. (Most paragraphs fail on their first
/// byte.)
fn label_colon(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if !b.first()?.is_ascii_uppercase() {
        return None;
    }
    let colon = memchr::memchr(b':', &b[..b.len().min(40)])?;
    (b.get(colon + 1) == Some(&b' ')).then_some(colon)
}

/// A label's length, its colon and the spaces after it included.
fn label_len(s: &str, colon: usize) -> usize {
    colon + 1 + s[colon + 1..].len() - s[colon + 1..].trim_start().len()
}

/// "Sir Alistair Brennock: I did." A label in title case (one to four
/// capitalised words, no note's head such as "Read more") opening a
/// paragraph; its length as [`transcript_label`] gives it.
pub(crate) fn titled_label(s: &str) -> Option<usize> {
    let colon = label_colon(s)?;
    let label = &s[..colon];
    let word = |w: &str| {
        w.len() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    // A person's: one word ("Chair", "Brennock"), or a title or a common
    // first name among the words ("Sir Alistair Brennock"; not "New
    // Release").
    // (Cheapest tests first: most colons early in a paragraph are no
    // label.)
    let mut words = 0;
    for w in label.split(' ') {
        words += 1;
        if words > 4 || !word(w) {
            return None;
        }
    }
    let personal =
        words == 1 || label.split(' ').any(|w| is_title(w) || crate::names::first_name(w));
    (personal && !NOT_SPEAKERS.contains(label.to_uppercase().as_str())).then(|| label_len(s, colon))
}

/// A transcript ("Q: …" / "HALE: …"): each labelled answer is a block, and
/// so is a paragraph of the same answer before the next question (not one
/// the writer's text or another label follows). Only where two labelled
/// paragraphs or more without marks show the format; there a labelled
/// answer that quotes somebody inside it ("TRAN: He wrote, “…”") is one
/// block, the quotation nested in it.
fn find_transcript(text: &str, paragraphs: &[Span], out: &mut Vec<Quote>) {
    let paragraphs = &paragraphs[..paragraphs.len().min(MAX_PARAGRAPHS)];
    // "A:" answers an interview only where some answer speaks in the first
    // person: an explainer's "Q: What is the levy? A: A charge on …" is the
    // writer's own.
    // Asked only when an "A:" label is met: most texts have none.
    let interview = std::cell::OnceCell::new();
    // "She told the jury:" or "The exchange went as follows:" before the
    // first question: an exchange the writer reports, questions and all.
    // Its questions are somebody's words where the introduction says who
    // questions ("Under cross-examination by …", "questioning from …"),
    // not the writer's own interview.
    let intro = std::cell::OnceCell::new();
    let intro = || {
        *intro.get_or_init(|| {
            let first = paragraphs.iter().position(|p| {
                let s = &text[p.start..p.end];
                s.starts_with("Q: ") || s.starts_with("A: ")
            });
            let s = first
                .and_then(|k| k.checked_sub(1))
                .map(|k| text[paragraphs[k].start..paragraphs[k].end].trim_end())
                .filter(|s| s.ends_with(':'));
            // Testimony, not an explainer's "Here is what you need to know:".
            let testimony = |s: &str| {
                ["examin", "questioning", "questioned", "testif", "told the jury", "told the court"]
                    .iter()
                    .any(|w| s.contains(w))
                    || s.contains("exchange")
            };
            let questioned = |s: &str| {
                ["examin", "questioning from", "questioning by", "questioned by"]
                    .iter()
                    .any(|w| s.contains(w))
            };
            (s.is_some_and(testimony), s.is_some_and(questioned))
        })
    };
    let reported = || intro().0;
    let questioned = || intro().1;
    // "Chair: …" / "Sir Alistair Brennock: …": labels in title case count
    // only where two of them each open two plain paragraphs or more (an
    // exchange), not a page's lone "Read more:".
    // And only where somebody speaks under them: a question and words in
    // the first person ("Thunder: Host the Lakers on Friday." is a note).
    let mut titled: Vec<(&str, usize)> = Vec::new();
    let mut asked = false;
    for p in paragraphs {
        let s = &text[p.start..p.end];
        if let Some(k) = titled_label(s).filter(|_| !has_marks(s)) {
            asked |= s.trim_end().ends_with('?');
            let label = s[..k].trim_end();
            if let Some(seen) = titled.iter_mut().find(|(l, _)| *l == label) {
                seen.1 += 1;
            } else if titled.len() < 16 {
                titled.push((label, 1));
            }
        }
    }
    titled.retain(|&(_, n)| n >= 2);
    // The first person read only where an exchange may be.
    let spoke = || {
        paragraphs.iter().any(|p| {
            let s = &text[p.start..p.end];
            titled_label(s).is_some_and(|k| {
                titled.iter().any(|&(l, _)| l == s[..k].trim_end()) && first_person(&s[k..])
            })
        })
    };
    if titled.len() < 2 || !asked || !spoke() {
        titled.clear();
    }
    // A cue line's block ("… pressed Brennock:" then "Chair: …") gives way
    // to the exchange's own labels.
    if !titled.is_empty() {
        out.retain(|q| {
            let p = paragraphs.get(q.paragraph()).map_or("", |p| &text[p.start..p.end]);
            q.cue_line().is_none()
                || !titled_label(p)
                    .is_some_and(|k| titled.iter().any(|&(l, _)| l == p[..k].trim_end()))
        });
    }
    let labelled = |p: &Span| {
        let s = &text[p.start..p.end];
        let titled_ok = |k: &usize| titled.iter().any(|&(l, _)| l == s[..*k].trim_end());
        let titled_only = || (!titled.is_empty()).then(|| titled_label(s)).flatten();
        transcript_label(s).or_else(|| titled_only().filter(titled_ok)).filter(|&k| {
            more_words_than(&s[k..], 2)
                && (k > 3
                    || *interview.get_or_init(|| {
                        reported()
                            || paragraphs.iter().any(|p| {
                                text[p.start..p.end].strip_prefix("A: ").is_some_and(first_person)
                            })
                    }))
        })
    };
    let plain = |p: &Span| !has_marks(&text[p.start..p.end]);
    let question = |p: &Span| is_question(&text[p.start..p.end]);
    // The labels of plain answers: only under one of these is a labelled
    // paragraph with a quotation an answer ("NEW DELHI: … said “…”" is a
    // dateline).
    let mut labels: Vec<&str> = Vec::new();
    let mut plain_answers = 0;
    for p in paragraphs {
        if let Some(k) = labelled(p)
            && plain(p)
        {
            plain_answers += 1;
            let label = text[p.start..p.start + k].trim_end();
            if labels.len() < 16 && !labels.contains(&label) {
                labels.push(label);
            }
        }
    }
    if plain_answers < 2 {
        return;
    }
    let mut quoted = vec![false; paragraphs.len()];
    let mut blocked = vec![false; paragraphs.len()];
    for q in out.iter() {
        quoted[q.paragraph()] = true;
        blocked[q.paragraph()] |= q.form != QuoteForm::Marked;
    }
    // Labelled answers whose own quotations are nested in them.
    let mut nesting = Vec::new();
    let mut answering = false;
    let mut pending: Vec<usize> = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        let label = labelled(p).filter(|&k| {
            // A quotation right after the label is the speaker's own
            // ("HALE: “…”"): no block.
            !quoted[pi]
                || !blocked[pi]
                    && labels.contains(&text[p.start..p.start + k].trim_end())
                    && !text[p.start + k..].starts_with(['“', '"', '‘', '\''])
        });
        if let Some(k) = label {
            if quoted[pi] {
                nesting.push(pi);
            }
            // Between two speakers' labels an unlabelled paragraph may be
            // the writer's: only a question closes an answer for sure.
            pending.clear();
            out.push(Quote::block(Span::new(p.start + k, p.end), pi, None));
            answering = true;
        } else if question(p) {
            for &c in &pending {
                out.push(Quote::block(paragraphs[c], c, None));
            }
            pending.clear();
            answering = false;
            // A reported exchange's questions are the questioner's words.
            let s = &text[p.start..p.end];
            if s.starts_with("Q: ") && !quoted[pi] && more_words_than(&s[3..], 0) && questioned() {
                out.push(Quote::block(Span::new(p.start + 3, p.end), pi, None));
            }
        } else if answering
            && !quoted[pi]
            && plain(p)
            && more_words_than(&text[p.start..p.end], 2)
            && !text[p.start..p.end].starts_with(['(', '['])
            // "… she told the jury:" introduces the next exchange.
            && !text[p.start..p.end].trim_end().ends_with(':')
        {
            pending.push(pi);
        } else {
            pending.clear();
            answering = false;
        }
    }
    if !nesting.is_empty() {
        out.retain(|q| {
            q.form != QuoteForm::Marked || nesting.binary_search(&q.paragraph()).is_err()
        });
    }
}

/// An interviewer's question opening a paragraph: "Q: …", or "QWhat …"
/// where a bold label lost its colon.
pub(crate) fn is_question(s: &str) -> bool {
    s.strip_prefix('Q')
        .is_some_and(|r| r.starts_with([':', ' ']) || r.starts_with(char::is_uppercase))
}

/// The words hold "I", "my", "me", "we" or "our": somebody speaking.
fn first_person(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').any(|w| {
        matches!(w, "I" | "I’m" | "I'm" | "my" | "My" | "me" | "we" | "We" | "our" | "Our")
    })
}

/// Paragraphs the document itself sets off as block quotations (`set_off`,
/// sorted: an HTML `<blockquote>`, a Markdown `>` line) become blocks, unless
/// they hold a quotation already; the paragraph before a run of them is its
/// cue line when it reads as one. A block after a cue line ends at a
/// heading the document marks (`headings`, sorted). Keeps `out` in order.
pub fn add_set_off_blocks(
    text: &str,
    paragraphs: &[Span],
    (set_off, headings): (&[Span], &[Span]),
    cues: &Cues,
    gazetteer: &Gazetteer,
    out: &mut Vec<Quote>,
) {
    if !headings.is_empty() {
        // Paragraph index of each heading, by one merge of two sorted lists.
        let mut at = Vec::with_capacity(headings.len());
        let mut h = 0;
        for (pi, p) in paragraphs.iter().enumerate() {
            while h < headings.len() && headings[h].end <= p.start {
                h += 1;
            }
            if headings.get(h).is_some_and(|s| s.start <= p.end && p.start <= s.end) {
                at.push(pi);
            }
        }
        out.retain(|q| match (q.form, q.cue_line()) {
            (QuoteForm::Block, Some(c)) => {
                let first = at.partition_point(|&h| h <= c);
                at.get(first).is_none_or(|&h| h > q.paragraph())
            }
            _ => true,
        });
    }
    if set_off.is_empty() {
        return;
    }
    let mut quoted = vec![false; paragraphs.len()];
    for q in out.iter() {
        quoted[q.paragraph()] = true;
    }
    let (mut b, mut run_cue) = (0, None);
    for (pi, &p) in paragraphs.iter().enumerate().take(MAX_PARAGRAPHS) {
        while b < set_off.len() && set_off[b].end < p.end {
            b += 1;
        }
        let inside = set_off.get(b).is_some_and(|s| s.start <= p.start && p.end <= s.end);
        if !inside {
            run_cue = None;
            continue;
        }
        if run_cue.is_none() {
            // The paragraph before a run is outside every block.
            run_cue = Some(pi.checked_sub(1).filter(|&c| {
                is_cue_line(&text[paragraphs[c].start..paragraphs[c].end], cues, gazetteer)
            }));
        }
        if quoted[pi] || has_marks(&text[p.start..p.end]) {
            continue;
        }
        out.push(Quote::block(p, pi, run_cue.flatten()));
    }
    out.sort_by_key(|q| q.span.start);
}

/// `Leike tweets, including:` or `Piper is back:`: a short line ending in a
/// colon with a reporting verb, or naming a known speaker, and no marks.
fn is_cue_line(line: &str, cues: &Cues, gazetteer: &Gazetteer) -> bool {
    if !line.ends_with(':') || has_marks(line) || more_words_than(line, 25) {
        return false;
    }
    let has_cue = cues.find_in(line, Span::new(0, line.len())).iter().any(|c| {
        // "tweets:" or "says, including:" — not a verb buried in a long clause.
        c.span.end + 16 >= line.len()
    });
    has_cue || (!more_words_than(line, 5) && !gazetteer.find_all(line).is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::paragraphs;

    fn quotes(t: &str) -> Vec<(&str, QuoteForm, bool)> {
        find_quotes(t, &paragraphs(t), Cues::embedded(), Gazetteer::embedded())
            .into_iter()
            .map(|q| (&t[q.span.start..q.span.end], q.form, q.continues))
            .collect()
    }

    fn texts(t: &str) -> Vec<&str> {
        quotes(t).into_iter().map(|q| q.0).collect()
    }

    macro_rules! t {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                let expected: &[&str] = &$expected;
                assert_eq!(texts($input), expected);
            }
        };
    }

    t!(
        curly_double,
        "The mayor said “We will rebuild the bridge.” Then left.",
        ["We will rebuild the bridge."]
    );
    t!(straight_double, "He said \"no way,\" and \"maybe later.\"", ["no way,", "maybe later."]);
    t!(
        mismatched_pairs,
        "“Open curly, straight close\" and \"straight open, curly close”.",
        ["Open curly, straight close", "straight open, curly close"]
    );
    t!(
        guillemets_and_low_marks,
        "Elle a dit «On verra» puis „Gut so“ hier.",
        ["On verra", "Gut so"]
    );
    t!(
        nested_single_stays_inside,
        "“He asked ‘why now?’ and left,” she said.",
        ["He asked ‘why now?’ and left,"]
    );
    t!(
        uk_single_quotes,
        "The coach said: ‘We were brilliant today.’ Fans agreed.",
        ["We were brilliant today."]
    );
    t!(
        uk_straight_single_with_apostrophes,
        "The children's coach said 'Let's go, it's our day,' and the workers' union agreed.",
        ["Let's go, it's our day,"]
    );
    t!(
        plural_possessive_does_not_close,
        "She called it 'a win for farmers' rights, at last' yesterday.",
        ["a win for farmers' rights, at last"]
    );
    t!(elisions_do_not_open, "Rock from the '90s, rock 'n' roll, and 'em.", []);
    t!(inch_marks_are_not_quotes, "He is 6'2\" tall and 5'11\" wide.", []);
    t!(
        doubled_apostrophes_are_double_marks,
        "''We told them, 'Build it now,' and they laughed,'' said Orla Finch. ''Fine.''",
        ["We told them, 'Build it now,' and they laughed,", "Fine."]
    );
    t!(
        three_apostrophes_hold_an_inner_closer,
        "She said, ''They kept saying 'wait.''' Then '''Soon' was all,'' he said.",
        ["They kept saying 'wait.'", "'Soon' was all,"]
    );
    t!(
        backticks_open_tokenised_quotes,
        "Ivo Brandt said ``the tide is turning'' at noon, and `not' more.",
        ["the tide is turning"]
    );
    t!(
        opening_mark_typed_as_closer,
        "The club asked for an “urgent review“ of the pitch and a “new drainage plan” soon.\n\n“No comment,“ said the groundsman.",
        ["urgent review", "new drainage plan", "No comment,"]
    );
    t!(
        closing_mark_typed_as_opener,
        "\u{202A}”We stay open all winter!” posted one reader.\n\n” … and nobody told us,” she said.",
        ["We stay open all winter!", "… and nobody told us,"]
    );
    t!(
        straight_mark_glued_to_a_colon_or_stop,
        "Councillor Hale:\"We asked twice.\" The clerk left.\"Nobody answered.\" It is 5\"long.",
        ["We asked twice.", "Nobody answered."]
    );
    t!(
        curly_pair_inside_straight_marks,
        "Reyes wrote: \"The port is not about “Fair Trade” any more. It is about rent.\" Then silence.",
        ["The port is not about “Fair Trade” any more. It is about rent."]
    );
    t!(
        unclosed_ends_at_paragraph,
        "She said “this never closes\n\nNext paragraph with “a real one” here.",
        ["this never closes", "a real one"]
    );

    #[test]
    fn marks_and_paragraphs_read_back_as_the_text_has_them() {
        // A quotation keeps its marks as lengths beside its words: curly,
        // doubled apostrophes, guillemets with a space inside, one left
        // open; and a block keeps its cue line.
        let t = "She said “We won” and ''fine'' and «  Bonjour » then “this never closes\n\n\
                 Tom Reddan wrote:\n\nThe harbour stays open all winter long.";
        let qs = find_quotes(t, &paragraphs(t), Cues::embedded(), Gazetteer::embedded());
        let at = |s: Option<Span>| s.map(|s| &t[s.start..s.end]);
        let got: Vec<_> = qs
            .iter()
            .map(|q| (at(Some(q.span)), at(q.open()), at(q.close()), q.paragraph(), q.cue_line()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("We won"), Some("“"), Some("”"), 0, None),
                (Some("fine"), Some("''"), Some("''"), 0, None),
                (Some("Bonjour "), Some("«"), Some("»"), 0, None),
                (Some("this never closes"), Some("“"), None, 0, None),
                (Some("The harbour stays open all winter long."), None, None, 2, Some(1)),
            ]
        );
        // The open mark's start, two spaces before the words.
        assert_eq!(qs[2].open().unwrap().end + 2, qs[2].span.start);
    }

    #[test]
    fn multi_paragraph_quotation() {
        let t = "“First part of it.\n\n“Second part of it.\n\n“Last part,” she said.";
        assert_eq!(
            quotes(t),
            [
                ("First part of it.", QuoteForm::Marked, false),
                ("Second part of it.", QuoteForm::Marked, true),
                ("Last part,", QuoteForm::Marked, true),
            ]
        );
    }

    #[test]
    fn multi_paragraph_quotation_in_doubled_apostrophes() {
        let t = "''The pier is closing.\n\n''We were never told why,'' a fisherman said.";
        assert_eq!(
            quotes(t),
            [
                ("The pier is closing.", QuoteForm::Marked, false),
                ("We were never told why,", QuoteForm::Marked, true),
            ]
        );
    }

    #[test]
    fn two_curly_singles_are_one_double_mark() {
        assert_eq!(
            texts("“It was a trick,’’ Ann Moy said. ‘‘It is over,’’ Tom Hale said."),
            ["It was a trick,", "It is over,"]
        );
        // One curly single stays a single mark or an apostrophe.
        assert_eq!(texts("The players’ union called the deal ‘dead’."), ["dead"]);
    }

    #[test]
    fn block_after_cue_line_stops_at_writer() {
        let t = "Gomez posted a reply, saying:\n\nWe are proud of our staff and our work.\n\nWe will appeal the ruling.\n\nThis seems unlikely to end the dispute.\n";
        assert_eq!(
            quotes(t),
            [
                ("We are proud of our staff and our work.", QuoteForm::Block, false),
                ("We will appeal the ruling.", QuoteForm::Block, false),
            ]
        );
        // A colon line followed by a marked quotation is no block.
        assert!(texts("The mayor said:\n\n“We rebuild.”").eq(&["We rebuild."]));
        // A date line is no cue line.
        assert!(texts("Friday May 17:\n\nThe team dissolves today.").is_empty());
    }

    /// Regression: a block paragraph holding a single-quoted quotation made
    /// two quotations overlap, and attribution sliced backwards.
    #[test]
    fn block_never_swallows_a_marked_quotation() {
        let t = "Altman tweets:\n\nwe said ‘no way’ to them and meant it.\n";
        assert_eq!(texts(t), ["no way"]);
        let _ = crate::Extractor::new().extract(&crate::Document::new("t", t));
    }

    /// The closer search as it was before the memo: from each opener to the
    /// next clear opener, every time.
    fn single_closer_naive(s: &str, open: char, marks: &[Mark], i: usize) -> Option<usize> {
        let mut weak = None;
        let mut possessive = None;
        for (j, m) in marks.iter().enumerate().skip(i + 1) {
            let adjacent = m.at == marks[i].end();
            if matches!(m.c, '‘' | '‹' | '\'') && opens_single(s, m) && !adjacent {
                break;
            }
            let closes = match m.c {
                '’' | '\'' => true,
                '›' => open == '‹',
                '‘' => open == '‚',
                _ => false,
            };
            if !closes || is_space(m.prev(s)) || m.next(s).is_some_and(|n| n.is_alphanumeric()) {
                continue;
            }
            let strong = m.prev(s).is_some_and(|p| ".,!?;:…".contains(p))
                || m.next(s).is_none_or(|n| ",.;:!?)—–\"”".contains(n));
            if strong {
                return Some(j);
            }
            let plural_possessive = m.prev(s) == Some('s')
                && m.next(s) == Some(' ')
                && m.after(s).is_some_and(char::is_lowercase);
            if plural_possessive {
                possessive.get_or_insert(j);
            } else {
                weak.get_or_insert(j);
            }
        }
        weak.or(possessive)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The memo answers what the full search answers, for any openers
        /// asked about in order.
        #[test]
        fn single_closer_memo_is_the_full_search(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "‘", "’", "'", "‚", "‹", "›", "“", "”", "a", "s", " ", ".", ",", "'em", "’s",
                "b'", " s' r", "‚a ", "‘x", "x’ ", "y’.",
            ]), 0..60),
            skips in proptest::collection::vec(proptest::prelude::any::<bool>(), 60),
        ) {
            let s = pieces.concat();
            let marks = marks(&s);
            let mut memo = SingleMemo::default();
            let openers = (0..marks.len()).filter(|&i| opens_single(&s, &marks[i]));
            for (n, i) in openers.enumerate() {
                if skips[n % skips.len()] {
                    continue;
                }
                proptest::prop_assert_eq!(
                    single_closer(&s, &marks, i, &mut memo),
                    single_closer_naive(&s, marks[i].c, &marks, i),
                    "{:?} at mark {}", s, i
                );
            }
        }
    }

    #[test]
    fn elisions_match_whole_words() {
        for yes in ["em", "Til.", "CAUSE ", "twas", "n'", "s", "bout,", "90s", "7"] {
            assert!(is_elision(yes), "{yes}");
        }
        for no in ["emily", "till", "causes", "nope", "sé", "bouts", "", " em"] {
            assert!(!is_elision(no), "{no}");
        }
    }

    #[test]
    fn many_stray_marks_finish() {
        let t = "“'‘\"".repeat(20_000);
        let _ = quotes(&t);
        let t = "it's ".repeat(50_000) + "‘" + &"x ".repeat(50_000);
        assert!(texts(&t).is_empty());
    }
}

#[cfg(test)]
mod heading_tests {
    use super::*;
    use crate::document::paragraphs;

    fn headings(t: &str) -> Vec<bool> {
        find_quotes(t, &paragraphs(t), Cues::embedded(), Gazetteer::embedded())
            .into_iter()
            .map(|q| q.heading)
            .collect()
    }

    #[test]
    fn a_short_title_with_quotations_is_a_heading() {
        assert_eq!(headings(&"“a”".repeat(5)), [true; 5]);
        assert_eq!(headings("Mayor Vell: “We will not close the pier”"), [true]);
    }

    #[test]
    fn a_one_line_document_of_many_short_quotations_is_body_text() {
        // One "word" (no space), far too long for a title.
        let line = "“a”".repeat(1_000);
        let h = headings(&line);
        assert_eq!(h.len(), 1_000);
        assert!(h.iter().all(|&h| !h));
        // A subhead further down has a smaller bound.
        let t = format!("Pier to close\n\nThe council met.\n\nIt voted.\n\n{}", "“b”".repeat(60));
        let h = headings(&t);
        assert_eq!(h.len(), 60);
        assert!(h.iter().all(|&h| !h));
    }
}
