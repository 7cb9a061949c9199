//! Attribution: who said each quotation, by which cue and which rule.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use crate::cues::{CueMatch, CueRole, Cues};
use crate::document::Span;
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::names::{Name, canonical_for, is_title};
use crate::quotes::{Quote, QuoteForm};
use crate::word_lists::{self, word_set};

/// What kind of speaker a quotation has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation ("the foreign ministry", "Acme").
    Organization,
    /// People who speak together, named by what they are ("federal
    /// prosecutors", "the physicians").
    Group,
    /// An unnamed source ("a person familiar with the talks").
    Anonymous,
    /// Nobody could be named.
    Unknown,
}

impl SpeakerKind {
    /// The stable output name.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Group => "group",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Unknown => "unknown",
        }
    }

    /// The kind whose output name is `name`.
    pub fn from_name(name: &str) -> Option<SpeakerKind> {
        [
            SpeakerKind::Person,
            SpeakerKind::Organization,
            SpeakerKind::Group,
            SpeakerKind::Anonymous,
            SpeakerKind::Unknown,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// The rule that decided a quotation's speaker (or that it has none).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[non_exhaustive]
pub enum Rule {
    /// A cue after the closing mark: `“…,” Smith said` / `said Smith`.
    CueAfter,
    /// A cue before the opening mark: `Smith said: “…”`, `Smith said the plan was “…”`.
    CueBefore,
    /// `according to Smith, “…”` or `“…,” according to Smith`.
    AccordingTo,
    /// `was described by Smith as “…”`.
    Passive,
    /// The paragraph before ends with a cue and a colon: `She added:`.
    ColonIntro,
    /// The second part of a quotation split by its attribution: `“A,” she said. “B.”`
    SplitQuote,
    /// A paragraph of a quotation that runs over several paragraphs.
    Continuation,
    /// A quotation paragraph with no cue, after one by the same speaker.
    FollowOn,
    /// A paragraph set off after a cue line (`Leike tweets:`).
    BlockCue,
    /// No cue; the named subject of the sentence holding a fragment.
    SentenceSubject,
    /// A name and a colon open the paragraph (`Ruiz: …`, `HALE: …`).
    Label,
    /// Scare quotes, titles, names, words as words: nobody's speech.
    Term,
    /// A quotation in a title or subhead.
    Headline,
    /// Speech whose speaker could not be found.
    Unattributed,
}

impl Rule {
    /// Every rule, for tests and documentation.
    pub const ALL: &'static [Rule] = &[
        Rule::CueAfter,
        Rule::CueBefore,
        Rule::AccordingTo,
        Rule::Passive,
        Rule::ColonIntro,
        Rule::SplitQuote,
        Rule::Continuation,
        Rule::FollowOn,
        Rule::BlockCue,
        Rule::SentenceSubject,
        Rule::Label,
        Rule::Term,
        Rule::Headline,
        Rule::Unattributed,
    ];

    /// The stable name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::CueAfter => "cue-after",
            Rule::CueBefore => "cue-before",
            Rule::AccordingTo => "according-to",
            Rule::Passive => "passive",
            Rule::ColonIntro => "colon-intro",
            Rule::SplitQuote => "split-quote",
            Rule::Continuation => "continuation",
            Rule::FollowOn => "follow-on",
            Rule::BlockCue => "block-cue",
            Rule::SentenceSubject => "sentence-subject",
            Rule::Label => "label",
            Rule::Term => "term",
            Rule::Headline => "headline",
            Rule::Unattributed => "unattributed",
        }
    }

    /// The rule whose output name is `name`.
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.as_str() == name)
    }

    fn confidence(self) -> f32 {
        match self {
            Rule::CueAfter => 0.9,
            Rule::CueBefore | Rule::AccordingTo | Rule::SplitQuote | Rule::Continuation => 0.85,
            Rule::Passive | Rule::ColonIntro => 0.8,
            Rule::BlockCue | Rule::Label => 0.75,
            Rule::FollowOn => 0.6,
            Rule::SentenceSubject => 0.4,
            Rule::Term | Rule::Headline => 0.5,
            Rule::Unattributed => 0.3,
        }
    }
}

/// Who said a quotation, with the evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// Canonical speaker name; `None` for anonymous, unknown or no speech.
    pub speaker: Option<String>,
    /// Person, organisation, anonymous or unknown.
    pub speaker_kind: SpeakerKind,
    /// The words in the article that name the speaker ("he", "a person
    /// with inside knowledge of the company").
    pub speaker_text: Option<String>,
    /// Where those words stand.
    pub speaker_span: Option<Span>,
    /// The cue words ("told", "according to").
    pub cue: Option<Span>,
    /// The rule that decided.
    pub rule: Rule,
    /// How sure the rule is, 0 to 1.
    pub confidence: f32,
}

impl Attribution {
    fn none(rule: Rule) -> Attribution {
        Attribution {
            speaker: None,
            speaker_kind: SpeakerKind::Unknown,
            speaker_text: None,
            speaker_span: None,
            cue: None,
            rule,
            confidence: rule.confidence(),
        }
    }

    /// True when a speaker (named or anonymous) was found.
    pub fn has_speaker(&self) -> bool {
        self.speaker.is_some() || self.speaker_kind == SpeakerKind::Anonymous
    }
}

/// A speaker found in the text.
#[derive(Clone, Debug)]
struct Found {
    name: Option<String>,
    kind: SpeakerKind,
    span: Span,
    pronoun: bool,
}

impl Found {
    /// Somebody unnamed, described by the words at `span`.
    fn anonymous(span: Span) -> Found {
        Found { name: None, kind: SpeakerKind::Anonymous, span, pronoun: false }
    }

    /// A body that the text names only by a phrase ("the foreign ministry").
    fn group(name: String, span: Span) -> Found {
        Found { name: Some(name), kind: SpeakerKind::Organization, span, pronoun: false }
    }

    /// People who speak together, named by what they are ("federal
    /// prosecutors", "the study's authors").
    fn people(name: String, span: Span) -> Found {
        Found { name: Some(name), kind: SpeakerKind::Group, span, pronoun: false }
    }
}

/// Words between a subject and its reporting verb.
static SKIP_BEFORE_CUE: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::SKIP_BEFORE_CUE));

static PREPOSITIONS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::PREPOSITIONS));

static DETERMINERS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::DETERMINERS));

/// Head nouns of unnamed sources.
static ANON_HEADS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::ANON_HEADS));

/// Head nouns that stand for an organisation already named ("the company").
static ORG_HEADS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::ORG_HEADS));

/// Role nouns that, after "the", mean a person the article names
/// ("the senator", "the coach"), though "a senator" is unnamed.
static ROLE_HEADS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::ROLE_HEADS));

/// Documents that "say" things: their author is the speaker.
static DOCUMENT_HEADS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::DOCUMENT_HEADS));

/// Head nouns that keep their own name as a group speaker.
static GROUP_HEADS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::GROUP_HEADS));

/// Cues whose object is words the speaker rejects ("denied").
static DISOWNING_CUES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::DISOWNING_CUES));

/// Words right before an opening mark that make it a term, not speech.
static TERM_MARKERS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::TERM_MARKERS));

// Common male first names (not taken from any article): "she" passes them over.
static MALE_FIRST: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::MALE_FIRST));

// Common female first names (not taken from any article): "she" prefers them.
static FEMALE_FIRST: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::FEMALE_FIRST));

/// How far (bytes) a cue or pronoun search looks back or ahead.
const LOOKBACK_BYTES: usize = 1500;
/// How many earlier names a pronoun or "the company" may reach back over.
const LOOKBACK_NAMES: usize = 400;
/// Nouns for an unnamed person that "she" or "he" may mean ("one mother").
const SHE_NOUNS: &[&str] =
    &["mother", "woman", "wife", "daughter", "girl", "grandmother", "sister", "lady"];
const HE_NOUNS: &[&str] = &["father", "man", "husband", "son", "boy", "grandfather", "brother"];
/// Regions longer than this take their words from the paragraph's list.
const WORD_CACHE_MIN: usize = 256;
/// How many cues before a quotation are tried, nearest first.
const MAX_CUES_TRIED: usize = 4;

struct Ctx<'a> {
    text: &'a str,
    paragraphs: &'a [Span],
    quotes: &'a [Quote],
    names: &'a [Name],
    gazetteer: &'a Gazetteer,
    /// Quotation extents, marks included, sorted.
    marked: Vec<Span>,
    /// The cue lexicon, run over a paragraph when [`Ctx::cues_in`] first
    /// needs it.
    cue_lexicon: &'a Cues,
    /// Each paragraph's cues outside quotations, sorted, found when first
    /// asked for: most paragraphs are never near a quotation.
    cues: Vec<std::cell::OnceCell<Vec<CueMatch>>>,
    /// Each paragraph's words, found when a long region first needs them.
    para_words: Vec<std::cell::OnceCell<Vec<Span>>>,
    /// Indices into `para_words` of the words that [`Ctx::gendered_noun`]
    /// looks for.
    gendered: Vec<std::cell::OnceCell<Vec<usize>>>,
    /// Sentence start offsets, sorted.
    sentences: Vec<usize>,
    /// Which paragraphs hold a marked quotation.
    quoted_paragraphs: Vec<bool>,
    /// The last named speaker so far: paragraph index, name, kind.
    last_speaker: std::cell::RefCell<Option<(usize, String, SpeakerKind)>>,
}

/// Attributes every quotation; the result is parallel to `quotes`.
pub fn attribute(
    text: &str,
    paragraphs: &[Span],
    quotes: &[Quote],
    names: &[Name],
    cues: &Cues,
    gazetteer: &Gazetteer,
) -> Vec<Attribution> {
    let marked: Vec<Span> = quotes.iter().map(extent).collect();
    let sentences = sentence_starts(text, paragraphs, &marked);
    let last_speaker = std::cell::RefCell::new(None);
    let mut quoted_paragraphs = vec![false; paragraphs.len()];
    for q in quotes.iter().filter(|q| q.form == QuoteForm::Marked) {
        quoted_paragraphs[q.paragraph] = true;
    }
    let ctx = Ctx {
        text,
        paragraphs,
        quotes,
        names,
        gazetteer,
        marked,
        cue_lexicon: cues,
        cues: vec![std::cell::OnceCell::new(); paragraphs.len()],
        para_words: vec![std::cell::OnceCell::new(); paragraphs.len()],
        gendered: vec![std::cell::OnceCell::new(); paragraphs.len()],
        sentences,
        quoted_paragraphs,
        last_speaker,
    };
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    for (qi, q) in quotes.iter().enumerate() {
        let a = ctx.attribute_one(qi, &out);
        if let Some(name) = &a.speaker
            && a.rule != Rule::Term
        {
            *ctx.last_speaker.borrow_mut() = Some((q.paragraph, name.clone(), a.speaker_kind));
        }
        out.push(a);
    }
    // A multi-paragraph quotation attributed at its end: carry it back.
    for qi in (0..quotes.len().saturating_sub(1)).rev() {
        if quotes[qi + 1].continues && !out[qi].has_speaker() && out[qi + 1].has_speaker() {
            let mut a = out[qi + 1].clone();
            a.rule = Rule::Continuation;
            a.confidence = Rule::Continuation.confidence();
            out[qi] = a;
        }
    }
    out
}

fn extent(q: &Quote) -> Span {
    let start = q.open.map_or(q.span.start, |o| o.start);
    let end = q.close.map_or(q.span.end, |c| c.end);
    Span::new(start, end)
}

static ABBREVIATIONS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::ABBREVIATIONS));

/// Sentence starts: paragraph starts, and after . ! ? (outside quotations,
/// or right after a closing mark) followed by a capital or a mark.
fn sentence_starts(text: &str, paragraphs: &[Span], marked: &[Span]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut mi = 0;
    for p in paragraphs {
        out.push(p.start);
        let s = &text[p.start..p.end];
        let bytes = s.as_bytes();
        // Only . ! ? and the closing marks " ” ’ can end a sentence: visit
        // their bytes alone, found a block at a time, the two scans merged
        // in order.
        let mut stops = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
        let mut marks = memchr::memchr2_iter(b'"', 0xE2, bytes).peekable();
        let ends = std::iter::from_fn(|| match (stops.peek(), marks.peek()) {
            (Some(a), Some(b)) if b < a => marks.next(),
            (Some(_), _) => stops.next(),
            (None, _) => marks.next(),
        });
        for here in ends {
            let c = s[here..].chars().next().expect("a char starts at an ASCII or lead byte");
            let at = p.start + here;
            let i = here + c.len_utf8();
            while mi < marked.len() && marked[mi].end <= at {
                mi += 1;
            }
            let in_quote = marked.get(mi).is_some_and(|m| m.start <= at && at < m.end);
            let ends = match c {
                '.' | '!' | '?' => !in_quote,
                '”' | '"' | '’' => {
                    marked.get(mi).is_some_and(|m| m.end == at + c.len_utf8())
                        && s[..here].ends_with(['.', '!', '?'])
                }
                _ => false,
            };
            if !ends {
                continue;
            }
            let rest = &s[i..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() || trimmed.is_empty() {
                continue;
            }
            let next = trimmed.chars().next().expect("not empty");
            if !(next.is_uppercase() || next.is_ascii_digit() || "“\"‘('".contains(next)) {
                continue;
            }
            if c == '.' {
                let word = s[..here]
                    .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
                    .next()
                    .unwrap_or("");
                let single_initial =
                    word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if single_initial || ABBREVIATIONS.contains(&word) {
                    continue;
                }
            }
            out.push(p.start + s.len() - trimmed.len());
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// `w` lower-cased, without a full stop at its end; most words are
/// lower-case already and come back borrowed.
fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    let w = w.trim_end_matches('.');
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

impl Ctx<'_> {
    /// The words of `region` outside quotations: a letter or digit, then
    /// letters, digits, accents, apostrophes, hyphens and full stops.
    ///
    /// A long region inside one paragraph borrows from that paragraph's word
    /// list, found once: the look-backs of many quotations in one endless
    /// paragraph then cost a search each, not a scan. The result is the
    /// same as scanning the region, since a word that the paragraph list
    /// starts (or ends) inside the region is one the region scan starts (or
    /// ends) too; only the edges are scanned.
    fn words(&self, region: Span) -> std::borrow::Cow<'_, [Span]> {
        use std::borrow::Cow;
        let Some((pi, lo, hi)) = self.para_inner(region) else {
            return Cow::Owned(self.scan_words(region));
        };
        let inner = &self.para_words[pi].get().expect("para_inner fills it")[lo..hi];
        let head = self.scan_words(Span::new(region.start, inner[0].start));
        let tail = self.scan_words(Span::new(inner[inner.len() - 1].end, region.end));
        if head.is_empty() && tail.is_empty() {
            return Cow::Borrowed(inner);
        }
        Cow::Owned([&head[..], inner, &tail[..]].concat())
    }

    /// For a long region inside one paragraph: the paragraph and the range
    /// of its word list that lies whole inside the region (not empty).
    fn para_inner(&self, region: Span) -> Option<(usize, usize, usize)> {
        if region.end - region.start <= WORD_CACHE_MIN {
            return None;
        }
        let pi = self.paragraphs.partition_point(|p| p.end <= region.start);
        let para = self.paragraphs.get(pi).filter(|p| p.start <= region.start)?;
        if region.end > para.end {
            return None;
        }
        let all = self.para_words[pi].get_or_init(|| self.scan_words(*para));
        let lo = all.partition_point(|w| w.start < region.start);
        let hi = lo + all[lo..].partition_point(|w| w.end <= region.end);
        (lo < hi).then_some((pi, lo, hi))
    }

    /// [`Ctx::para_inner`] when the region's words are exactly that range:
    /// no word cut at either edge.
    fn para_slice(&self, region: Span) -> Option<(usize, usize, usize)> {
        let (pi, lo, hi) = self.para_inner(region)?;
        let all = self.para_words[pi].get().expect("para_inner fills it");
        let clean = self.scan_words(Span::new(region.start, all[lo].start)).is_empty()
            && self.scan_words(Span::new(all[hi - 1].end, region.end)).is_empty();
        clean.then_some((pi, lo, hi))
    }

    fn scan_words(&self, region: Span) -> Vec<Span> {
        let text = &self.text[region.start..region.end];
        let bytes = text.as_bytes();
        // About one word in six bytes of prose: one allocation, no regrowth.
        let mut out = Vec::with_capacity(bytes.len() / 6 + 1);
        // Words come in order, so the quotation to test against only moves
        // forward: no search per word.
        let mut mk = self.marked.partition_point(|e| e.end <= region.start);
        let mut push = |w: Span| {
            while self.marked.get(mk).is_some_and(|e| e.end <= w.start) {
                mk += 1;
            }
            if self.marked.get(mk).is_none_or(|e| e.start >= w.end) {
                out.push(w);
            }
        };
        let mut start = None;
        let mut k = 0;
        while k < bytes.len() {
            let b = bytes[k];
            let (alnum, inner, len) = if b.is_ascii() {
                let alnum = b.is_ascii_alphanumeric();
                (alnum, alnum || matches!(b, b'\'' | b'-' | b'.'), 1)
            } else {
                let c = text[k..].chars().next().expect("k is a char boundary");
                let alnum = crate::document::is_alphanumeric(c);
                (alnum, alnum || matches!(c, '’' | '\u{300}'..='\u{36f}'), c.len_utf8())
            };
            match start {
                None if alnum => start = Some(k),
                Some(s) if !inner => {
                    push(Span::new(region.start + s, region.start + k));
                    start = None;
                }
                _ => {}
            }
            k += len;
        }
        if let Some(s) = start {
            push(Span::new(region.start + s, region.end));
        }
        out
    }

    fn word(&self, s: Span) -> &str {
        self.text[s.start..s.end].trim_end_matches('.')
    }

    fn sentence_start(&self, at: usize) -> usize {
        let k = self.sentences.partition_point(|&s| s <= at);
        if k == 0 { 0 } else { self.sentences[k - 1] }
    }

    /// The cues inside `region`, in order. No cue crosses a line, so each
    /// paragraph's cues are found on their own.
    fn cues_in(&self, region: Span) -> Vec<CueMatch> {
        let first = self.paragraphs.partition_point(|p| p.end <= region.start);
        let mut out = Vec::new();
        for (pi, para) in self.paragraphs.iter().enumerate().skip(first) {
            if para.start >= region.end {
                break;
            }
            let cues = self.cues[pi].get_or_init(|| {
                let mut cues = self.cue_lexicon.find_outside(self.text, *para, &self.marked);
                cues.retain(|c| !noun_use(self.text, c));
                cues
            });
            // Sorted by start: jump to the region, stop past it.
            let lo = cues.partition_point(|c| c.span.start < region.start);
            out.extend(
                cues[lo..]
                    .iter()
                    .take_while(|c| c.span.start < region.end)
                    .filter(|c| c.span.end <= region.end),
            );
        }
        out
    }

    fn found(&self, f: Found, cue: Option<Span>, rule: Rule) -> Attribution {
        let mut confidence = rule.confidence();
        if f.pronoun {
            confidence *= 0.85;
        }
        Attribution {
            speaker: f.name,
            speaker_kind: f.kind,
            speaker_text: Some(self.text[f.span.start..f.span.end].to_owned()),
            speaker_span: Some(f.span),
            cue,
            rule,
            confidence,
        }
    }

    fn attribute_one(&self, qi: usize, done: &[Attribution]) -> Attribution {
        let q = &self.quotes[qi];
        if q.form == QuoteForm::Block {
            return self.block(q).unwrap_or_else(|| Attribution::none(Rule::Unattributed));
        }
        let ext = extent(q);
        // "“…” — Ana Ruiz": a signature after a dash.
        if let Some((f, dash)) = self.dash_signature(q, ext) {
            return self.found(f, Some(dash), Rule::CueAfter);
        }
        let para = self.paragraphs[q.paragraph];
        // "Ruiz: Port plan ‘a waste’", "HALE: …": a name and a colon open
        // the paragraph, and every quotation after the colon is theirs.
        if let Some(f) = self.label_speaker(para, ext.start) {
            return self.found(f, None, Rule::Label);
        }
        if q.heading {
            // "Ruiz Says Plan Is ‘Dead’": a title may carry its own cue.
            let pre = Span::new(para.start.max(self.back(ext.start, LOOKBACK_BYTES)), ext.start);
            // Only a named speaker: an unnamed one would keep the title
            // from the quotation it echoes.
            return self
                .cue_before(pre, para.start)
                .filter(|a| a.speaker.is_some())
                .unwrap_or(Attribution::none(Rule::Headline));
        }
        let prev_same_para = qi.checked_sub(1).filter(|&p| self.quotes[p].paragraph == q.paragraph);
        let sentence = self.sentence_start(ext.start).max(para.start);
        let pre_floor = prev_same_para.map_or(para.start, |p| extent(&self.quotes[p]).end);
        // Cue searches look a bounded way back and ahead, so one endless
        // paragraph cannot make the work quadratic.
        let sentence = sentence.max(self.back(ext.start, LOOKBACK_BYTES));
        let pre = Span::new(sentence.max(pre_floor).min(ext.start), ext.start);
        let wide_pre = Span::new(sentence, ext.start);
        let post = self.post_region(qi, ext, para);
        let quoted = &self.text[q.span.start..q.span.end];
        let words = quoted.split_whitespace().count();

        let clipped = quoted.trim_end().ends_with([',', '.']);
        if self.term_marker_before(pre, words)
            || !clipped && words <= 4 && self.naming_verb_before(pre)
        {
            // "what Ruiz called “hand-to-hand combat”": a named person's
            // word for it is their speech; "so-called", "is called" stay terms.
            let called = self.words(pre).last().is_some_and(|&w| lower(self.word(w)) == "called");
            let own_word = called
                .then(|| self.cue_before(pre, sentence))
                .flatten()
                .filter(|a| a.speaker_kind == SpeakerKind::Person && a.speaker.is_some())
                .filter(|a| a.cue.is_some_and(|c| lower(&self.text[c.start..c.end]) == "called"));
            return own_word.unwrap_or(Attribution::none(Rule::Term));
        }
        // One or two words with no punctuation of their own, or a Title Case
        // name, are terms unless a cue governs them; a speech cue in the
        // clause makes even one word that speaker's fragment ("said CNN did
        // an “awful” job").
        // In a title every word is capitalised: that says nothing there.
        let title_line = q.paragraph == 0
            && self.paragraphs.len() > 1
            && self.words(para).len() <= 25
            && !self.text[para.start..para.end].trim_end_matches('.').contains(". ");
        let title = !title_line && self.title_case(q.span);
        let short = title || words <= 2 && !clipped;
        let after = self.cue_after(post);
        let cue_before = || {
            self.cue_before(pre, sentence).or_else(|| {
                (wide_pre != pre).then(|| self.cue_before(wide_pre, sentence)).flatten()
            })
        };
        if let Some(a) = after {
            // "Ruiz called the plan “reckless.” Hale said later …": a quotation
            // inside the writer's sentence belongs to that sentence's speaker,
            // not to a cue that stands away from its closing mark.
            if !self.words(pre).is_empty()
                && self.cue_is_detached(ext, &a)
                && let Some(b) =
                    cue_before().filter(|b| b.rule == Rule::CueBefore && b.has_speaker())
            {
                return b;
            }
            return a;
        }
        let before = cue_before();
        if let Some(a) = before {
            let disowned = words <= 1
                && !clipped
                && a.cue.is_some_and(|c| {
                    self.text[c.start..c.end]
                        .split_whitespace()
                        .any(|w| DISOWNING_CUES.contains(&*lower(w)))
                });
            if title || disowned {
                return Attribution::none(Rule::Term);
            }
            return a;
        }
        if short {
            return Attribution::none(Rule::Term);
        }
        // "A footnote in the report makes that clear: “…”": no cue, but a
        // colon introduces the subject's words.
        if self.text[pre.start..pre.end].trim_end().ends_with(':')
            && let Some(f) = self.sentence_subject_found(Span::new(sentence, pre.end))
        {
            return self.found(f, None, Rule::ColonIntro);
        }
        let names_in_sentence = self.names_in(wide_pre).any(|n| n.confident && !n.possessive);
        // The speaker's last quotation in this paragraph, past any title in
        // marks ("said on the show “Money Hour”. “…”").
        let prev_speech = (0..qi)
            .rev()
            .take_while(|&p| self.quotes[p].paragraph == q.paragraph)
            .find(|&p| done[p].rule != Rule::Term);
        if let Some(p) = prev_speech
            && done[p].has_speaker()
            && !names_in_sentence
        {
            return self.inherit(&done[p], Rule::SplitQuote);
        }
        if q.continues
            && let Some(prev) = done.last()
            && prev.has_speaker()
        {
            return self.inherit(prev, Rule::Continuation);
        }
        // "Leike, in a post on X, echoed the concerns. “I have been …”":
        // a quotation opening its sentence after one whose named subject
        // speaks, with no quotation between.
        if self.words(wide_pre).is_empty()
            && prev_speech.is_none()
            && let Some(f) = self.speaker_of_previous_sentence(sentence, para)
        {
            return self.found(f, None, Rule::FollowOn);
        }
        let at_para_start = self.words(pre).is_empty() && prev_same_para.is_none();
        if at_para_start && q.paragraph > 0 {
            let before = self.paragraphs[q.paragraph - 1];
            let last_sentence = Span::new(
                self.sentence_start(before.end - 1).max(self.back(before.end, LOOKBACK_BYTES)),
                before.end,
            );
            let line = &self.text[before.start..before.end];
            if line.ends_with(':') {
                if let Some(a) = self.cue_before(last_sentence, last_sentence.start) {
                    return self.inherit(&a, Rule::ColonIntro);
                }
                // "Clinton released the following statement:" with no cue.
                if let Some(f) = self.sentence_subject_found(last_sentence) {
                    return self.found(f, None, Rule::ColonIntro);
                }
            }
            if let Some(a) = self.follow_on(qi, done) {
                return a;
            }
            // "Erekat said it was a ploy." then a paragraph that is all quotation.
            let whole = q.close.is_none_or(|c| c.end + 2 >= para.end);
            let quoteless = !self.quoted_paragraphs[q.paragraph - 1];
            if whole
                && quoteless
                && let Some(a) = self.cue_before(last_sentence, last_sentence.start)
                && a.speaker_kind != SpeakerKind::Anonymous
            {
                return self.inherit(&a, Rule::FollowOn);
            }
        }
        if !self.words(wide_pre).is_empty()
            && let Some(a) = self.sentence_subject(wide_pre)
        {
            return a;
        }
        Attribution::none(Rule::Unattributed)
    }

    /// A name signed after a dash, right after the quotation or alone on
    /// the next line ("“…” — Ana Ruiz, harbour master", "- Ruiz."): the
    /// name and the dash.
    fn dash_signature(&self, q: &Quote, ext: Span) -> Option<(Found, Span)> {
        let para = self.paragraphs[q.paragraph];
        let mut rest = Span::new(ext.end, para.end);
        if self.text[rest.start..rest.end].trim().is_empty() {
            // The quotation ends its paragraph: a short signature line next.
            let next = *self.paragraphs.get(q.paragraph + 1)?;
            if next.end - next.start > 80 {
                return None;
            }
            rest = next;
        }
        let s = &self.text[rest.start..rest.end];
        let t = s.trim_start();
        let dash_at = rest.start + s.len() - t.len();
        let dash = t.chars().next().filter(|c| matches!(c, '—' | '–' | '-'))?;
        let after = t[dash.len_utf8()..].trim_start();
        let name_at = rest.end - after.len();
        if name_at == dash_at + dash.len_utf8() {
            return None; // "-Ruiz" is a hyphenated word, not a signature
        }
        let n = self.names_in(Span::new(name_at, rest.end)).next()?;
        let tail = self.text[n.span.end..rest.end].trim();
        let signs = n.span.start == name_at
            && (tail.is_empty() || tail == "." || tail.starts_with(','))
            && !n.possessive;
        signs.then(|| (self.name_found(n), Span::new(dash_at, dash_at + dash.len_utf8())))
    }

    /// The words after a quotation that may hold its cue: up to the next
    /// quotation or the sentence end. A quotation that ends its sentence may
    /// take the next one when it is short and quotes nothing
    /// (`“We won.” Smith said.`).
    fn post_region(&self, qi: usize, ext: Span, para: Span) -> Span {
        let next_open = self
            .quotes
            .get(qi + 1)
            .filter(|n| n.paragraph == self.quotes[qi].paragraph)
            .map_or(para.end, |n| extent(n).start);
        let k = self.sentences.partition_point(|&s| s <= ext.end);
        let next_start = self.sentences.get(k).copied().unwrap_or(para.end).min(para.end);
        let end = next_start.min(next_open).min(self.ahead(ext.end, LOOKBACK_BYTES));
        let ends_sentence = next_start < para.end
            && self.text[ext.end..next_start].trim().is_empty()
            && next_start <= next_open;
        if !ends_sentence {
            return Span::new(ext.end, end.max(ext.end));
        }
        let after = self.sentences.get(k + 1).copied().unwrap_or(para.end).min(para.end);
        let span = Span::new(next_start, after);
        // Or a longer one that a speaking name opens: "“…?” Jane Roe, the
        // fund's former director, said at a conference." Not after an
        // earlier quotation in the paragraph, whose speaker goes on.
        let first_in_para =
            qi.checked_sub(1).is_none_or(|p| self.quotes[p].paragraph != self.quotes[qi].paragraph);
        let named = || {
            first_in_para
                && self
                    .names_in(span)
                    .next()
                    .is_some_and(|n| n.span.start == span.start && self.speaks(n))
        };
        if after <= next_open && (self.words(span).len() <= 8 || named()) {
            Span::new(ext.end, after)
        } else {
            Span::new(ext.end, ext.end)
        }
    }

    /// A name, up to four words, that opens the paragraph and is followed by
    /// a colon before `at`: a title's or a transcript's speaker label.
    fn label_speaker(&self, para: Span, at: usize) -> Option<Found> {
        let n = self.names_in(Span::new(para.start, at)).next()?;
        let lead = self.text[para.start..n.span.start].trim_start_matches(['#', '>', ' ', '\t']);
        let colon = self.text[n.span.end..at].trim_start().starts_with(':');
        if !lead.is_empty() || !colon || n.possessive || n.span.len() > 60 {
            return None;
        }
        let label = &self.text[n.span.start..n.span.end];
        let caps = !label.chars().any(char::is_lowercase);
        // A transcript's "HALE:" in ordinary case.
        let cased = if caps {
            let words: Vec<String> =
                label.split_whitespace().map(|w| capitalised(&w.to_lowercase())).collect();
            words.join(" ")
        } else {
            label.to_owned()
        };
        // The person the article names so, before the label or (for a
        // title) after it: "Graham:" is the Lindsey Graham of the story.
        let k = self.names.partition_point(|m| m.span.start <= n.span.start);
        let surname = format!(" {cased}");
        let named = self
            .names_before(n.span.start)
            .chain(self.names[k..].iter().take(LOOKBACK_NAMES))
            .find(|m| {
                m.kind == EntityKind::Person
                    && !m.possessive
                    && (m.canonical == cased || m.canonical.ends_with(&surname))
            });
        match named {
            Some(m) => Some(Found { span: n.span, pronoun: true, ..self.name_found(m) }),
            // "Greta Lund:" unknown to the article is still a person's label;
            // "WASHINGTON:", "Update:" and other single words are not.
            None if (caps || n.kind == EntityKind::Person) && cased.contains(' ') => {
                Some(if caps {
                    Found {
                        name: Some(cased),
                        kind: SpeakerKind::Person,
                        span: n.span,
                        pronoun: false,
                    }
                } else {
                    self.name_found(n)
                })
            }
            None => None,
        }
    }

    /// The cue of `a` stands in a later sentence than the quotation's
    /// close, or more than two words after it: not an inverted "“…,” Roe
    /// said".
    fn cue_is_detached(&self, ext: Span, a: &Attribution) -> bool {
        let Some(cue) = a.cue else {
            return false;
        };
        let k = self.sentences.partition_point(|&s| s <= ext.end);
        let next_sentence = self.sentences.get(k).is_some_and(|&s| s <= cue.start);
        next_sentence || self.words(Span::new(ext.end, cue.start)).len() > 2
    }

    /// Names that start before `at`, nearest first, at most [`LOOKBACK_NAMES`].
    fn names_before(&self, at: usize) -> impl Iterator<Item = &Name> {
        let k = self.names.partition_point(|n| n.span.start < at);
        self.names[..k].iter().rev().take(LOOKBACK_NAMES)
    }

    /// About `bytes` before `at` (or the text start): the char boundary
    /// there, moved on past a word it cuts, so that a look-back never
    /// starts with half a word.
    fn back(&self, at: usize, bytes: usize) -> usize {
        let mut b = at.saturating_sub(bytes);
        if b == 0 {
            return 0;
        }
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        let rest = &self.text.as_bytes()[b..at];
        let cut = rest.iter().take(64).position(|c| c.is_ascii_whitespace());
        cut.map_or(b, |k| b + k)
    }

    /// The char boundary `bytes` after `at` (or the text end).
    fn ahead(&self, at: usize, bytes: usize) -> usize {
        let mut b = (at + bytes).min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b += 1;
        }
        b
    }

    /// Names inside `region`, in order; walk it backwards with `.rev()`.
    fn names_in(&self, region: Span) -> impl DoubleEndedIterator<Item = &Name> {
        let lo = self.names.partition_point(|n| n.span.start < region.start);
        let hi = lo + self.names[lo..].partition_point(|n| n.span.end <= region.end);
        self.names[lo..hi].iter()
    }

    fn inherit(&self, from: &Attribution, rule: Rule) -> Attribution {
        Attribution { rule, confidence: rule.confidence().min(from.confidence), ..from.clone() }
    }

    /// "the meme “…”", "so-called “…”": nobody's speech.
    /// "called the “…”" names a thing; "called it “…”" characterises, as speech.
    /// "which he called “a cartel for the rich”" characterises in the
    /// subject's words: three words or more after "called" are speech.
    fn term_marker_before(&self, pre: Span, quote_words: usize) -> bool {
        let w = self.words(pre);
        let last: Vec<std::borrow::Cow<str>> =
            w.iter().rev().take(2).map(|&s| lower(self.word(s))).collect();
        let names_a_thing = match last.as_slice() {
            [l, ..] if l == "called" => quote_words < 3,
            [d, l] if l == "called" => matches!(&**d, "the" | "a" | "an"),
            _ => false,
        };
        names_a_thing || last.iter().any(|l| TERM_MARKERS.contains(&&**l))
    }

    /// "fans call the stand “…”": a naming verb within three words.
    fn naming_verb_before(&self, pre: Span) -> bool {
        let w = self.words(pre);
        w.iter().rev().take(3).any(|&s| {
            matches!(
                &*lower(self.word(s)),
                "dub"
                    | "dubs"
                    | "dubbed"
                    | "name"
                    | "names"
                    | "named"
                    | "nickname"
                    | "nicknamed"
                    | "label"
                    | "labelled"
                    | "labeled"
                    | "brand"
                    | "branded"
                    | "known"
                    | "termed"
                    | "coined"
            )
        })
    }

    /// Every word capitalised: a name or title ("Three Amigos").
    fn title_case(&self, span: Span) -> bool {
        let s = &self.text[span.start..span.end];
        // Most quotations are long: stop counting past five words.
        if s.split_whitespace().nth(5).is_some() {
            return false;
        }
        !s.trim_end().ends_with([',', '?', '!'])
            && s.split_whitespace().all(|w| {
                w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                    || matches!(w, "of" | "the" | "and" | "for" | "a" | "in" | "on" | "to")
            })
    }

    fn cue_after(&self, post: Span) -> Option<Attribution> {
        let words = self.words(post);
        for cue in &self.cues_in(post) {
            let lead = words.iter().filter(|w| w.end <= cue.span.start).count();
            let rule = match cue.role {
                CueRole::Verb => Rule::CueAfter,
                CueRole::Source => Rule::AccordingTo,
                CueRole::Passive => Rule::Passive,
            };
            let head = Span::new(post.start, cue.span.start);
            // "“…” about the ruling, said Rosa Dunn": a comma before the
            // verb inverts it, and the speaker follows.
            let inverted = self.text[head.start..head.end].trim_end().ends_with(',');
            if lead > 8 {
                if cue.role != CueRole::Verb || lead > 40 {
                    break;
                }
                // "“…,” Jane Roe, the president of the bank, said."
                let f = self.apposed_subject(head).or_else(|| self.opening_name(head));
                // "“…” since most were 5-to-4, said Lee Epstein."
                let inverts = matches!(
                    &*lower(self.word(cue.span)),
                    "said" | "says" | "added" | "adds" | "wrote" | "writes" | "noted" | "explained"
                );
                let f = f.or_else(|| {
                    (inverted && inverts)
                        .then(|| self.speaker_after(cue, post.end))
                        .flatten()
                        .filter(|f| f.name.is_some() && !f.pronoun)
                });
                if let Some(f) = f {
                    return Some(self.found(f, Some(cue.span), rule));
                }
                break;
            }
            let f = if lead == 0 || cue.role != CueRole::Verb {
                self.speaker_after(cue, post.end)
            } else if inverted {
                self.subject_before(head, cue.span.start)
                    .or_else(|| self.speaker_after(cue, post.end))
            } else {
                self.subject_before(head, cue.span.start)
            };
            if let Some(f) = f {
                return Some(self.found(f, Some(cue.span), rule));
            }
        }
        None
    }

    /// "“…,” Harry Bond, 30, of Dover, who was polled, said": a name right
    /// after the closing mark, set off by a comma, is the subject of the
    /// verb that ends its clause.
    fn opening_name(&self, head: Span) -> Option<Found> {
        let n = self.names_in(head).next()?;
        let lead = &self.text[head.start..n.span.start];
        let only_titles = lead
            .split_whitespace()
            .all(|w| is_title(w.trim_matches([',', '.'])) || w.chars().all(|c| c == ','));
        let set_off = self.text[n.span.end..head.end].starts_with(',');
        (only_titles && set_off && n.confident && !n.possessive).then(|| self.name_found(n))
    }

    /// "Jane Roe, a doctor at the clinic, said": the name that opens a clause
    /// ending in an apposition and a comma.
    fn apposed_subject(&self, region: Span) -> Option<Found> {
        let head = self.text[region.start..region.end].trim_end();
        if !head.ends_with(',') {
            return None;
        }
        let words = self.words(region);
        self.names_in(region)
            .filter(|n| !n.possessive)
            .find(|n| {
                let rest = &self.text[n.span.end..region.end];
                // Past a bracketed party tag: "Claire Roe (D-Mo.), who …,".
                let rest = match rest.strip_prefix(" (") {
                    Some(r) if r.len() < 40 => r.find("),").map_or(rest, |k| &r[k + 1..]),
                    _ => rest,
                };
                let next = rest.trim_start_matches(',').trim_start();
                rest.starts_with(',')
                    && next.len() + 2 < head.len()
                    && words.iter().filter(|w| w.end <= n.span.start).count() <= 8
                    && next.split_whitespace().next().is_some_and(|w| {
                        w.starts_with(char::is_lowercase)
                            || is_title(w)
                            || DETERMINERS.contains(&w.to_lowercase().as_str())
                            || w.ends_with("’s")
                    })
            })
            .map(|n| self.name_found(n))
    }

    /// The last cue before the quotation, and its subject. A participle
    /// ("…, saying “…”") takes the subject of its sentence.
    fn cue_before(&self, pre: Span, sentence: usize) -> Option<Attribution> {
        // The nearest few cues: each try reads the words before it, so an
        // endless run of cue words must not make the search quadratic.
        for cue in self.cues_in(pre).iter().rev().take(MAX_CUES_TRIED) {
            let (f, rule) = match cue.role {
                CueRole::Verb if !self.reports_speech_of_subject(cue.span) => continue,
                CueRole::Verb => {
                    let cue_word = lower(self.word(cue.span));
                    let f = if cue_word.ends_with("ing") {
                        self.sentence_subject_found(Span::new(sentence, cue.span.start))
                    } else {
                        None
                    };
                    let f = f.or_else(|| {
                        self.subject_before(Span::new(pre.start, cue.span.start), cue.span.start)
                    });
                    (f, Rule::CueBefore)
                }
                CueRole::Source => (self.speaker_after(cue, pre.end), Rule::AccordingTo),
                CueRole::Passive => (self.speaker_after(cue, pre.end), Rule::Passive),
            };
            // "that her campaign would continue": a clause, not a subject;
            // the cue further back governs.
            if let Some(f) = f.filter(|f| !self.clause_not_subject(f.span)) {
                return Some(self.found(f, Some(cue.span), rule));
            }
        }
        // "One tweet said", "The senator from Vermont said": a subject
        // nobody can name still stands as evidence beside its cue.
        let cue = self.cues_in(pre).last().copied()?;
        let f = (cue.role == CueRole::Verb && self.reports_speech_of_subject(cue.span))
            .then(|| self.unnamed_subject(&self.words(Span::new(pre.start, cue.span.start))))??;
        Some(self.found(f, Some(cue.span), Rule::CueBefore))
    }

    /// The noun phrase right before a cue that opens its clause, when no
    /// rule names it: a determiner, "One", "Another" or a possessive, then
    /// at most five words with only spaces between. No name; a source noun
    /// makes it anonymous.
    fn unnamed_subject(&self, words: &[Span]) -> Option<Found> {
        let k = words.len();
        let last = *words.last()?;
        if !self.word(last).chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        let d = (k.saturating_sub(6)..k)
            .rev()
            .take_while(|&i| {
                i + 1 == k || self.text[words[i].end..words[i + 1].start].bytes().all(|b| b == b' ')
            })
            .find(|&i| {
                let w = self.word(words[i]);
                let lw = lower(w);
                matches!(&*lw, "the" | "a" | "an" | "one" | "another" | "that" | "this")
                    || (w.ends_with("’s") || w.ends_with("'s")) && w.starts_with(char::is_uppercase)
            })?;
        if !self.phrase_opens_clause(words, d)
            || self.clause_not_subject(Span::new(words[d].start, last.end))
        {
            return None;
        }
        let span = Span::new(words[d].start, last.end);
        Some(if ANON_HEADS.contains(&&*lower(self.word(last))) {
            Found::anonymous(span)
        } else {
            Found { name: None, kind: SpeakerKind::Unknown, span, pronoun: false }
        })
    }

    /// Words that open with a complementiser or end with a modal or "to":
    /// a clause fragment, never a speaker.
    fn clause_not_subject(&self, span: Span) -> bool {
        let s = &self.text[span.start..span.end];
        let first = s.split_whitespace().next().unwrap_or("");
        let last = s.split_whitespace().next_back().unwrap_or("");
        matches!(first, "that" | "which" | "whether" | "if")
            || matches!(
                last,
                "to" | "should" | "would" | "could" | "might" | "must" | "will" | "can" | "may"
            )
    }

    /// A cue word used as a verb whose subject speaks: not a noun after a
    /// determiner or possessive ("his pledge", "Trump's post"), not a
    /// passive whose subject is the hearer ("was told", "being asked").
    fn reports_speech_of_subject(&self, cue: Span) -> bool {
        let Some(before) = self.word_before(cue.start) else {
            return true;
        };
        let raw = self.text[..cue.start].trim_end();
        // "Trump's post", but "He's said" is "he has said".
        let possessive = (raw.ends_with("’s") || raw.ends_with("'s"))
            && raw.rsplit(char::is_whitespace).next().is_some_and(|w| {
                let stem = lower(&w[..w.len() - if w.ends_with("’s") { 4 } else { 2 }]);
                w.starts_with(char::is_uppercase)
                    && !matches!(&*stem, "he" | "she" | "it" | "that" | "there" | "who" | "what")
            });
        let cue_word = lower(self.word(cue));
        let passive = matches!(&*before, "being" | "been" | "was" | "were" | "is" | "are" | "be")
            && !cue_word.ends_with("ing")
            && !matches!(&*cue_word, "quoted");
        !(DETERMINERS.contains(&*before) || possessive || passive)
    }

    /// The subject that opens a sentence: a pronoun or a name among its
    /// first words, not after a preposition.
    fn sentence_subject_found(&self, region: Span) -> Option<Found> {
        let words = self.words(region);
        // Skip an opening phrase up to its comma: "In a letter in May, Roe said".
        let from = self.past_opening_phrase(&words);
        let words = &words[from..];
        let region = Span::new(words.first()?.start, region.end);
        let first = *words.first()?;
        if let Some(f) = self.pronoun(first) {
            return Some(f);
        }
        // "The mayor posted a reply, saying": a noun phrase opens the sentence.
        if DETERMINERS.contains(&&*lower(self.word(first))) {
            let head = words.iter().take(4).skip(1).position(|w| {
                let lw = lower(self.word(*w));
                ANON_HEADS.contains(&&*lw)
                    || ORG_HEADS.contains(&&*lw)
                    || GROUP_HEADS.contains(&&*lw)
            });
            if let Some(h) = head
                && let Some(f) = self.noun_phrase(&words[..=h + 1], words[h + 1], false)
            {
                return Some(f);
            }
        }
        for n in self.names_in(region) {
            let lead: Vec<&Span> = words.iter().filter(|w| w.end <= n.span.start).collect();
            if lead.len() > 12 {
                break;
            }
            if n.possessive || !n.confident {
                continue;
            }
            let before = lead.last().map(|w| lower(self.word(**w)));
            if before.is_some_and(|b| PREPOSITIONS.contains(&&*b)) {
                continue;
            }
            // "OpenAI researcher resigns, claiming": the name modifies an
            // unnamed source.
            if let Some(&next) = words.get(words.partition_point(|w| w.start < n.span.end))
                && self.text[n.span.end..next.start].bytes().all(|b| b == b' ')
            {
                if self.word(next).starts_with(char::is_lowercase)
                    && ANON_HEADS.contains(&&*lower(self.word(next)))
                {
                    return Some(Found::anonymous(Span::new(n.span.start, next.end)));
                }
                // "FBI Director James Comey": the person after the title.
                if is_title(self.word(next)) {
                    continue;
                }
            }
            return Some(self.name_found(n));
        }
        None
    }

    /// The subject of a cue that follows `region`.
    fn subject_before(&self, region: Span, cue_start: usize) -> Option<Found> {
        let words = self.words(Span::new(region.start, cue_start));
        let mut k = words.len();
        while k > 0 && SKIP_BEFORE_CUE.contains(&&*lower(self.word(words[k - 1]))) {
            k -= 1;
        }
        let last = *words.get(k.checked_sub(1)?)?;
        // "Ruiz met Hale and later said": the skipped words hold the "and".
        let coordinated =
            words[k..].iter().any(|&w| matches!(&*lower(self.word(w)), "and" | "but"));
        // "He’s said": the pronoun without its "has".
        let w = self.word(last);
        let stem = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w);
        if let Some(f) = self.pronoun(Span::new(last.start, last.start + stem.len())) {
            return Some(f);
        }
        let lw = lower(self.word(last));
        // "Ruiz toured the depot with Hale and said": the first conjunct's
        // subject speaks, not the nearest name.
        if coordinated || matches!(&*lw, "and" | "but") {
            // The sentence may hold a quotation before this one: "He said
            // Clinton is playing the “…” and said Rubio is “…”".
            let from = self.sentence_start(last.start).max(self.back(last.start, LOOKBACK_BYTES));
            // Only a subject that opens its clause: "China’s envoy accused
            // the UK … and warned" is not the UK's word.
            if let Some(f) = self.sentence_subject_found(Span::new(from, last.start))
                && (self.words(Span::new(from, f.span.start)).len() <= 2
                    || self.text[from..f.span.start].trim_end().ends_with(','))
            {
                return Some(f);
            }
        }
        if matches!(&*lw, "i" | "we") {
            // The writer: nobody to name, but the words stay as evidence.
            return Some(Found {
                name: None,
                kind: SpeakerKind::Unknown,
                span: last,
                pronoun: true,
            });
        }
        if matches!(&*lw, "you" | "me" | "us") {
            return None;
        }
        if let Some(n) = self.apposed_subject(Span::new(region.start, cue_start)) {
            return Some(n);
        }
        // "an Acme spokeswoman said": the name modifies an unnamed source.
        if ANON_HEADS.contains(&&*lw)
            && let Some(f) = self.noun_phrase(&words[..k], last, false)
        {
            return Some(f);
        }
        if let Some(n) = self.nearest_name(Span::new(region.start, last.end), &words[..k]) {
            return Some(n);
        }
        self.definite_description(&words[..k])
            .or_else(|| self.noun_phrase(&words[..k], last, false))
            .or_else(|| self.plural_group(&words[..k]))
    }

    /// "the progressive heavyweights wrote", "their lawyers said": a
    /// determiner and up to three lower-case words ending in a plural noun
    /// open the clause: people who speak together, named by the phrase.
    fn plural_group(&self, words: &[Span]) -> Option<Found> {
        let k = words.len();
        let last = *words.last()?;
        let head = self.word(last);
        // Plural nouns for people: "members", "lawyers", "activists",
        // "candidates", "critics".
        let people_suffix =
            ["ers", "ors", "ists", "ians", "ants", "ents", "ates", "ives", "ics", "ees"];
        let things = ["numbers", "letters", "headquarters", "statistics", "papers", "orders"];
        let plural = head.len() > 4
            && people_suffix.iter().any(|s| head.ends_with(s))
            && !head.ends_with("ments")
            && !things.contains(&head)
            && head.chars().all(|c| c.is_lowercase() || c == '-');
        if !plural {
            return None;
        }
        let d = (k.saturating_sub(5)..k - 1)
            .rev()
            .take_while(|&i| {
                self.text[words[i].end..words[i + 1].start].bytes().all(|b| b == b' ')
                    && !PREPOSITIONS.contains(&&*lower(self.word(words[i])))
            })
            .find(|&i| DETERMINERS.contains(&&*lower(self.word(words[i]))))?;
        let modifiers = &words[d + 1..k - 1];
        if !modifiers.iter().all(|&w| self.word(w).chars().all(|c| c.is_lowercase() || c == '-')) {
            return None;
        }
        self.phrase_opens_clause(words, d).then(|| {
            let name = self.text[words[d + 1].start..last.end].to_owned();
            Found::people(name, Span::new(words[d].start, last.end))
        })
    }

    /// "the president", "the former secretary of state", "the statement":
    /// a definite description ending `words`, resolved as a reader would.
    /// A document stands for its author, a role for the person last
    /// introduced with it (or else the person in focus); unnamed sources
    /// ("the official"), bodies ("the company") and groups are left to
    /// [`Ctx::noun_phrase`].
    fn definite_description(&self, words: &[Span]) -> Option<Found> {
        let k = words.len();
        let last = *words.last()?;
        // The article and up to four lower-case words, with only spaces
        // between them.
        let d = (k.saturating_sub(7)..k.saturating_sub(1))
            .rev()
            .take_while(|&i| self.text[words[i].end..words[i + 1].start].bytes().all(|b| b == b' '))
            .find(|&i| lower(self.word(words[i])) == "the")?;
        // It opens its clause: "an aide to the governor said" is the aide.
        if !self.phrase_opens_clause(words, d) {
            return None;
        }
        let phrase = &words[d + 1..k];
        // Modifiers may be names ("the Florida senator", "the senator and
        // Republican candidate"); the head is a common noun.
        let plain = |w: &Span| {
            let w = self.word(*w);
            !PREPOSITIONS.contains(w) && !DETERMINERS.contains(w)
        };
        let common = |c: char| c.is_lowercase() || c.is_ascii_digit();
        if !phrase.iter().all(plain) || !self.word(last).starts_with(common) {
            return None;
        }
        let head = lower(self.word(last));
        let head = head.trim_end_matches("’s").trim_end_matches("'s");
        let span = Span::new(words[d].start, last.end);
        if DOCUMENT_HEADS.contains(head) {
            // "the statement said": whoever the text last named.
            let author = self
                .names_before(span.start)
                .take_while(|n| n.span.start + 2 * LOOKBACK_BYTES >= span.start)
                .find(|n| n.confident && !n.possessive);
            return Some(match author {
                Some(n) => Found { span, pronoun: true, ..self.name_found(n) },
                None => Found { name: None, kind: SpeakerKind::Unknown, span, pronoun: true },
            });
        }
        let role = ROLE_HEADS.contains(head);
        if !role
            && (ANON_HEADS.contains(head)
                || ORG_HEADS.contains(head)
                || GROUP_HEADS.contains(head)
                || head.ends_with('s') && !head.ends_with("ss"))
        {
            return None;
        }
        // "the crowd chanted": many unnamed people.
        if matches!(head, "crowd" | "audience" | "mob" | "chorus") {
            return Some(Found::anonymous(span));
        }
        let introduced = self.introduced_as(head, span.start);
        if introduced.is_none() && ANON_HEADS.contains(head) {
            // "the mayor" that no name goes with is somebody unnamed.
            return Some(Found::anonymous(span));
        }
        let person = introduced.or_else(|| self.person_in_focus(span));
        Some(match person {
            Some(name) => {
                Found { name: Some(name), kind: SpeakerKind::Person, span, pronoun: true }
            }
            None => Found { name: None, kind: SpeakerKind::Unknown, span, pronoun: true },
        })
    }

    /// The person last introduced with `role` near their name ("Sen. Jane
    /// Roe", "Jane Roe, the senator"), within the look-back.
    fn introduced_as(&self, role: &str, at: usize) -> Option<String> {
        self.names_before(at)
            .take_while(|n| n.span.start + 2 * LOOKBACK_BYTES >= at)
            .filter(|n| n.confident && n.kind == EntityKind::Person)
            .find(|n| {
                // Within the name's own paragraph, before the description.
                let pi = self.paragraphs.partition_point(|p| p.end < n.span.end);
                let para = self.paragraphs.get(pi).map_or(n.span, |p| *p);
                let end = self.ahead(n.span.end, 64).min(para.end).min(at);
                let around = Span::new(self.back(n.span.start, 48).max(para.start), end);
                self.text[around.start..around.end].to_lowercase().contains(role)
            })
            .map(|n| n.canonical.clone())
    }

    /// The person a role noun most likely means: the last speaker nearby,
    /// else the nearest person named before.
    fn person_in_focus(&self, span: Span) -> Option<String> {
        let pi = self.paragraphs.partition_point(|p| p.end < span.start);
        if let Some((at, name, SpeakerKind::Person)) = self.last_speaker.borrow().clone()
            && at + 2 >= pi
        {
            return Some(name);
        }
        self.names_before(span.start)
            .take_while(|n| n.span.start + 2 * LOOKBACK_BYTES >= span.start)
            .find(|n| n.confident && !n.possessive && n.kind == EntityKind::Person)
            .map(|n| n.canonical.clone())
    }

    fn name_found(&self, n: &Name) -> Found {
        Found {
            name: Some(n.canonical.clone()),
            kind: kind_of(n.kind),
            span: n.span,
            pronoun: false,
        }
    }

    /// The name nearest before the cue that is a subject: not possessive, not
    /// after a preposition, and at most eight words away.
    fn nearest_name(&self, region: Span, words: &[Span]) -> Option<Found> {
        for n in self.names_before(region.end).filter(|n| n.span.end <= region.end) {
            if n.span.start < region.start {
                break;
            }
            let gap = words.iter().filter(|w| w.start >= n.span.end).count();
            if gap > 8 {
                break;
            }
            if n.possessive {
                continue;
            }
            // "a spokesperson for the Foreign Office": an object, not the subject.
            let mut before = words.iter().rev().find(|w| w.end <= n.span.start);
            if let Some(&d) = before
                && matches!(&*lower(self.word(d)), "the" | "a" | "an")
            {
                before = words.iter().rev().find(|w| w.end <= d.start);
            }
            if before.is_some_and(|&w| PREPOSITIONS.contains(&&*lower(self.word(w)))) {
                continue;
            }
            // "Fans said": a capitalised common noun opening the sentence.
            let common = [&*ANON_HEADS, &*ORG_HEADS, &*GROUP_HEADS]
                .iter()
                .any(|l| l.contains(&n.canonical.to_lowercase().as_str()));
            // "Aviation analysts said", "Fifty-one percent say": a lone
            // capitalised word modifying the noun that follows.
            let modifier = words
                .iter()
                .find(|w| w.start >= n.span.end)
                .is_some_and(|&w| self.word(w).starts_with(char::is_lowercase));
            if !n.confident && (gap > 1 || common || modifier) {
                continue;
            }
            return Some(self.name_found(n));
        }
        None
    }

    /// "a person with inside knowledge of the company", "the company",
    /// "federal prosecutors": a noun phrase ending at `last`, opened by the
    /// farthest determiner whose head noun follows within three words.
    fn noun_phrase(&self, words: &[Span], last: Span, inverted: bool) -> Option<Found> {
        let k = words.iter().position(|w| *w == last)?;
        for d in k.saturating_sub(10)..=k {
            let w = lower(self.word(words[d]));
            if !DETERMINERS.contains(&&*w) || d == k {
                continue;
            }
            // One phrase: "According to the Ledger, the company" is two.
            if self.text[words[d].end..last.start].contains([',', ';', ':', '—', '(']) {
                continue;
            }
            let span = Span::new(words[d].start, last.end);
            let heads = &words[d + 1..=(d + 3).min(k)];
            let head = |list: &HashSet<&str>| {
                heads.iter().position(|&h| list.contains(&&*lower(self.word(h))))
            };
            if let Some(h) = head(&ANON_HEADS) {
                // "the governor" is somebody named: see `definite_description`.
                let role = w == "the" && ROLE_HEADS.contains(&&*lower(self.word(heads[h])));
                if !role {
                    return Some(Found::anonymous(span));
                }
            }
            if let Some(h) = head(&ORG_HEADS) {
                let head_word = lower(self.word(heads[h]));
                let modifiers = &heads[..h];
                if modifiers.iter().all(|m| self.word(*m).starts_with(char::is_lowercase)) {
                    return Some(self.org_by_head(&head_word, span));
                }
                // "the French foreign ministry": the phrase is the name.
                let name = self.text[heads[0].start..heads[h].end].to_owned();
                return Some(Found::group(name, span));
            }
            if let Some(h) = head(&GROUP_HEADS) {
                let name = self.text[heads[0].start..heads[h].end].to_owned();
                return Some(Found::people(name, span));
            }
            // "a groundsman who asked not to be named": an indefinite noun
            // phrase in lower case is somebody unnamed.
            let indefinite = inverted && matches!(&*w, "a" | "an" | "one" | "another");
            let phrase = &words[d + 1..=k];
            if indefinite
                && phrase.len() <= 8
                && phrase.iter().all(|p| self.word(*p).starts_with(|c: char| !c.is_uppercase()))
            {
                return Some(Found::anonymous(span));
            }
        }
        let lw = lower(self.word(last));
        if ANON_HEADS.contains(&&*lw) && lw.ends_with('s') {
            return Some(Found::anonymous(last));
        }
        if GROUP_HEADS.contains(&&*lw) || ORG_HEADS.contains(&&*lw) {
            // "federal prosecutors", "Russia's foreign ministry"
            let mut start = k;
            while start > 0
                && k - start < 2
                && !DETERMINERS.contains(&&*lower(self.word(words[start - 1])))
                && !PREPOSITIONS.contains(&&*lower(self.word(words[start - 1])))
                && !SKIP_BEFORE_CUE.contains(&&*lower(self.word(words[start - 1])))
            {
                start -= 1;
            }
            if start == k && ORG_HEADS.contains(&&*lw) {
                return None;
            }
            let span = Span::new(words[start].start, last.end);
            let name = self.text[span.start..span.end].to_owned();
            if GROUP_HEADS.contains(&&*lw) {
                return Some(Found::people(name, span));
            }
            return Some(Found::group(name, span));
        }
        None
    }

    /// "the company" is the organisation last named; "the board" is that
    /// organisation's board.
    fn org_by_head(&self, head: &str, span: Span) -> Found {
        let org = self
            .names_before(span.start)
            .find(|n| n.kind == EntityKind::Organization && n.confident);
        let name = match (org, head) {
            (Some(o), "board" | "committee" | "team") => format!("{} {head}", o.canonical),
            (Some(o), _) => o.canonical.clone(),
            (None, _) => head.to_owned(),
        };
        Found::group(name, span)
    }

    /// he / she / they / it, resolved as a reader would: a fitting name
    /// earlier in the same paragraph (or an unnamed "mother" / "man" there),
    /// else the last speaker if within two paragraphs, else the nearest
    /// fitting name before.
    fn pronoun(&self, w: Span) -> Option<Found> {
        let lw = lower(self.word(w));
        let fits = |n: &Name| match &*lw {
            "he" => n.kind == EntityKind::Person && !is_female(n),
            "she" => n.kind == EntityKind::Person && !is_male(n),
            "it" => n.kind == EntityKind::Organization,
            _ => true,
        };
        if !matches!(&*lw, "he" | "she" | "it" | "they") {
            return None;
        }
        let pi = self.paragraphs.partition_point(|p| p.end < w.start);
        let para_start =
            self.paragraphs.get(pi).map_or(0, |p| p.start).max(self.back(w.start, LOOKBACK_BYTES));
        // Singular "they" for the one person a paragraph opens with ("Noor
        // Haddad, a spokesperson for the firm, confirmed … “…,” they said").
        if lw == "they" {
            let mut people = self
                .names_in(Span::new(para_start, w.start))
                .filter(|n| n.confident && n.kind == EntityKind::Person);
            // Names in the opening person's apposition ("a spokesperson for
            // X") are no rivals.
            let apposition_end = |first: &Name| {
                let rest = &self.text[first.span.end..w.start];
                rest.strip_prefix(", ")
                    .and_then(|r| r.find(',').map(|k| first.span.end + 2 + k))
                    .unwrap_or(first.span.end)
            };
            if let Some(first) = people.next()
                && self.words(Span::new(para_start, first.span.start)).is_empty()
                && people
                    .all(|n| n.canonical == first.canonical || n.span.end <= apposition_end(first))
            {
                return Some(Found {
                    name: Some(first.canonical.clone()),
                    kind: SpeakerKind::Person,
                    span: w,
                    pronoun: true,
                });
            }
        }
        // Salience: of the fitting names before the pronoun in its
        // paragraph, the nearest that is a subject; else the nearest that
        // is no object of a preposition and no possessive.
        let plural = lw == "they";
        let eligible = |n: &&Name| {
            n.confident
                && fits(n)
                && (plural || n.kind != EntityKind::Person || self.not_oblique(n))
        };
        let before = Span::new(para_start, w.start);
        let in_para = self
            .names_in(before)
            .rev()
            .filter(eligible)
            .take(8)
            .find(|n| !plural && self.opens_clause(n))
            .or_else(|| self.names_in(before).rev().find(eligible));
        let gendered = self.gendered_noun(Span::new(para_start, w.start), &lw);
        let pronoun = |name: Option<String>, kind: SpeakerKind| {
            Some(Found { name, kind, span: w, pronoun: true })
        };
        match (in_para, gendered) {
            (Some(n), Some(g)) if g.start > n.span.end => {
                return pronoun(None, SpeakerKind::Anonymous);
            }
            (Some(n), _) => return pronoun(Some(n.canonical.clone()), kind_of(n.kind)),
            (None, Some(_)) => return pronoun(None, SpeakerKind::Anonymous),
            (None, None) => {}
        }
        // "Erekat said they would appeal.¶“…,” he added.": the previous
        // paragraph's last fitting name, when a speech verb follows it.
        if let Some(prev) = pi.checked_sub(1).map(|k| self.paragraphs[k])
            && let Some(n) = self
                .names_in(Span::new(prev.start.max(self.back(prev.end, LOOKBACK_BYTES)), prev.end))
                .rev()
                .find(|n| n.confident && fits(n))
            && self.speaks(n)
        {
            return pronoun(Some(n.canonical.clone()), kind_of(n.kind));
        }
        let last = self.last_speaker.borrow().clone();
        if let Some((at, name, kind)) = last
            && at + 2 >= pi
            && match &*lw {
                "he" => {
                    kind == SpeakerKind::Person
                        && !FEMALE_FIRST.contains(&name.split(' ').next().unwrap_or(""))
                }
                "she" => {
                    kind == SpeakerKind::Person
                        && !MALE_FIRST.contains(&name.split(' ').next().unwrap_or(""))
                }
                "it" => kind == SpeakerKind::Organization,
                _ => true,
            }
        {
            return pronoun(Some(name), kind);
        }
        let n = self
            .names_before(w.start)
            .filter(eligible)
            .take(8)
            .find(|n| !plural && self.opens_clause(n))
            .or_else(|| self.names_before(w.start).find(eligible));
        // Nobody fits: no speaker, but the pronoun stays as evidence.
        let Some(n) = n else {
            return pronoun(None, SpeakerKind::Unknown);
        };
        pronoun(Some(n.canonical.clone()), kind_of(n.kind))
    }

    /// The word before `at`, within a short look-back, lower-cased.
    fn word_before(&self, at: usize) -> Option<std::borrow::Cow<'_, str>> {
        let from = self.back(at, 40);
        let w = self.text[from..at].trim_end().rsplit(char::is_whitespace).next()?;
        (!w.is_empty() && w.ends_with(char::is_alphanumeric)).then(|| lower(w))
    }

    /// Not possessive and not the object of a preposition ("at City
    /// Hall", "with the Smith family"): a name a pronoun may refer to.
    fn not_oblique(&self, n: &Name) -> bool {
        if n.possessive {
            return false;
        }
        let mut at = n.span.start;
        if let Some(w) = self.word_before(at)
            && matches!(&*w, "the" | "a" | "an")
        {
            at = self.text[..at].trim_end().len() - w.len();
        }
        self.word_before(at).is_none_or(|w| !PREPOSITIONS.contains(&&*w))
    }

    /// The name opens its sentence or clause, or a speech verb follows it:
    /// the subject, which a later pronoun most likely means.
    fn opens_clause(&self, n: &Name) -> bool {
        let start = self.sentence_start(n.span.start);
        let lead = self.text[start.min(n.span.start)..n.span.start].trim();
        lead.is_empty()
            || lead.ends_with(',') && !lead.contains(|c: char| c.is_lowercase()) // "Then, Roe"
            || self.speaks(n)
    }

    /// "one mother", "a man": an unnamed person that "she" / "he" may mean.
    fn gendered_noun(&self, region: Span, pronoun: &str) -> Option<Span> {
        let nouns: &[&str] = match pronoun {
            "she" => SHE_NOUNS,
            "he" => HE_NOUNS,
            _ => return None,
        };
        let indefinite = |d: &Span| matches!(&*lower(self.word(*d)), "a" | "an" | "one");
        // In a long region, only the paragraph's few gendered nouns are
        // looked at, not every word.
        if let Some((pi, lo, hi)) = self.para_slice(region) {
            let words = self.para_words[pi].get().expect("para_slice fills it");
            let nouns = self.gendered[pi].get_or_init(|| {
                words
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| {
                        let lw = lower(self.word(**w));
                        SHE_NOUNS.contains(&&*lw) || HE_NOUNS.contains(&&*lw)
                    })
                    .map(|(i, _)| i)
                    .collect()
            });
            let from = nouns.partition_point(|&i| i < lo);
            let to = nouns.partition_point(|&i| i < hi);
            return nouns[from..to]
                .iter()
                .rev()
                .find(|&&i| {
                    HE_NOUNS.contains(&&*lower(self.word(words[i]))) == (pronoun == "he")
                        && words[i.saturating_sub(3).max(lo)..i].iter().any(indefinite)
                })
                .map(|&i| words[i]);
        }
        let words = self.words(region);
        words
            .iter()
            .enumerate()
            .rev()
            .find(|(i, w)| {
                nouns.contains(&&*lower(self.word(**w)))
                    && words[i.saturating_sub(3)..*i].iter().any(indefinite)
            })
            .map(|(_, w)| *w)
    }

    /// The speaker after a cue: `said Smith`, `according to a source`.
    fn speaker_after(&self, cue: &CueMatch, limit: usize) -> Option<Found> {
        // The clause ends at punctuation or the sentence end; a full stop
        // after a title or initial ("said Rep. Jane Roe") is no end.
        let k = self.sentences.partition_point(|&s| s <= cue.span.end);
        let limit = self.sentences.get(k).map_or(limit, |&s| s.min(limit));
        let rest = &self.text[cue.span.end..limit];
        let stop = rest.find([',', ';', ':', '—', '“', '”', '"', '(']).unwrap_or(rest.len());
        let stop = rest[..stop].trim_end().trim_end_matches('.').len();
        let region = Span::new(cue.span.end, cue.span.end + stop);
        let words = self.words(region);
        let mut words: &[Span] = &words;
        if cue.role == CueRole::Passive {
            // "was described by X as": the speaker ends before "as".
            if let Some(k) = words.iter().position(|w| self.word(*w) == "as") {
                words = &words[..k];
            }
        }
        let first = *words.first()?;
        let fw = lower(self.word(first));
        // "said the club's coach, Dana Whitfield": the name after the role.
        if self.text[region.end..limit].starts_with(',') {
            let after = region.end + 1;
            let next = self.text[after..limit].trim_start();
            let at = limit - next.len();
            if let Some(n) = self.names_in(Span::new(at, limit)).next()
                && n.span.start == at
                && n.confident
                && !n.possessive
                && (n.span.end == limit
                    || self.text[n.span.end..limit].trim_start().starts_with([',', '.', ';']))
            {
                return Some(self.name_found(n));
            }
        }
        if matches!(&*fw, "he" | "she") {
            return self.pronoun(first);
        }
        if matches!(
            &*fw,
            "that" | "it" | "this" | "me" | "us" | "him" | "her" | "them" | "i" | "we" | "you"
        ) {
            return None;
        }
        if let Some(n) = self.names_in(region).find(|n| !n.possessive) {
            let lead = words.iter().filter(|w| w.end <= n.span.start).count();
            // "according to a 2018 survey by Jane Roe"
            let by = words
                .iter()
                .rev()
                .find(|w| w.end <= n.span.start)
                .is_some_and(|w| matches!(self.word(*w), "by" | "from"));
            let titled = self.only_titles(Span::new(region.start, n.span.start));
            if lead <= 3 || by && lead <= 6 || titled {
                // "said White House Press Secretary Jane Roe": the body, then
                // the person holding an office in it.
                if n.kind == EntityKind::Organization
                    && let Some(p) = self.names_in(region).find(|p| {
                        p.span.start > n.span.end
                            && p.kind == EntityKind::Person
                            && p.confident
                            && !p.possessive
                            && self.only_titles(Span::new(n.span.end, p.span.start))
                    })
                {
                    return Some(self.name_found(p));
                }
                return Some(self.name_found(n));
            }
        }
        if DETERMINERS.contains(&&*fw) || words.len() <= 3 {
            let last = *words.last()?;
            // "a person familiar with the talks": the phrase up to the clause end.
            if let Some(f) = self.noun_phrase(words, last, true) {
                return Some(f);
            }
            let head = words.iter().take(6).rev().find_map(|&w| self.noun_phrase(words, w, true));
            if let Some(mut f) = head {
                f.span.end = last.end;
                return Some(f);
            }
            // "said the former president": up to the clause end.
            if let Some(f) = self.definite_description(words) {
                return Some(f);
            }
        }
        // An unknown capitalised name right after the cue.
        let raw: Vec<Span> = words
            .iter()
            .take_while(|w| self.word(**w).starts_with(char::is_uppercase))
            .copied()
            .collect();
        if !raw.is_empty() {
            let span = Span::new(raw[0].start, raw[raw.len() - 1].end);
            let (name, kind) =
                canonical_for(self.names, self.gazetteer, self.word(span), span.start);
            return Some(Found { name: Some(name), kind: kind_of(kind), span, pronoun: false });
        }
        None
    }

    /// The named subject of the sentence before `start` in the paragraph,
    /// when a speech verb follows it.
    fn speaker_of_previous_sentence(&self, start: usize, para: Span) -> Option<Found> {
        let k = self.sentences.partition_point(|&s| s < start);
        let prev = *self.sentences.get(k.checked_sub(1)?)?;
        if prev < para.start {
            return None;
        }
        let span = Span::new(prev, start);
        let lead = self.text[prev..start].len() - self.text[prev..start].trim_start().len();
        let n = self.names_in(span).next()?;
        (n.span.start == prev + lead && n.confident && !n.possessive && self.speaks(n))
            .then(|| self.name_found(n))
    }

    /// A speech verb follows the name as its subject ("Erekat said",
    /// "Erekat, the negotiator, told").
    fn speaks(&self, n: &Name) -> bool {
        let rest = &self.text[n.span.end..self.ahead(n.span.end, 80)];
        let clause = match rest.strip_prefix(", ") {
            // Past an apposition: "Jane Roe, a lawyer for the family, said".
            Some(r) => r.find(", ").map_or(0, |k| k + 4),
            None => 0,
        };
        let from = n.span.end + clause;
        self.cues_in(Span::new(from, self.ahead(from, 24))).iter().any(|c| {
            c.role == CueRole::Verb
                && self.words(Span::new(from, c.span.start)).len() <= 1
                && !noun_use(self.text, c)
        })
    }

    /// At most four words between two names, all of them office words or
    /// capitalised ("Press Secretary", "chief executive", "CEO").
    fn only_titles(&self, between: Span) -> bool {
        let words = self.words(between);
        words.len() <= 4
            && words.len() == self.text[between.start..between.end].split_whitespace().count()
            && words.iter().all(|&w| {
                let w = self.word(w);
                is_title(w) || is_title(&capitalised(w)) || w.starts_with(char::is_uppercase)
            })
    }

    fn block(&self, q: &Quote) -> Option<Attribution> {
        let line = self.paragraphs[q.cue_line?];
        let region = Span::new(line.start.max(self.back(line.end, LOOKBACK_BYTES)), line.end);
        let mut a = self.cue_before(region, region.start);
        if a.is_none() {
            // "Piper is back:": the line's subject.
            let n = self.names_in(line).next()?;
            a = Some(self.found(self.name_found(n), None, Rule::BlockCue));
        }
        a.map(|a| Attribution {
            rule: Rule::BlockCue,
            confidence: Rule::BlockCue.confidence(),
            ..a
        })
    }

    /// A paragraph that opens with a quotation and has no cue inherits the
    /// speaker of the quotation just before, unless another name comes between.
    fn follow_on(&self, qi: usize, done: &[Attribution]) -> Option<Attribution> {
        let q = &self.quotes[qi];
        let p = qi.checked_sub(1)?;
        let prev = &self.quotes[p];
        if prev.paragraph + 1 != q.paragraph || !done[p].has_speaker() {
            return None;
        }
        // Only another name that could be a subject stops the speaker going
        // on: not "told union workers in Dover", "told BBC Radio".
        let other = |n: &Name, region: Span| {
            n.span.start >= region.start
                && n.span.end <= region.end
                && n.confident
                && Some(&n.canonical) != done[p].speaker.as_ref()
                && self.not_oblique(n)
                && !self.object_of_cue(n)
        };
        let between = Span::new(extent(prev).end, extent(q).start);
        if self.names_in(between).any(|n| other(n, between)) {
            return None;
        }
        // The quotation's own paragraph names nobody else either.
        let para = self.paragraphs[q.paragraph];
        let others = self.names_in(para).any(|n| other(n, para));
        if others {
            return None;
        }
        Some(self.inherit(&done[p], Rule::FollowOn))
    }

    /// The name is the object of a speech verb right before it ("told BBC
    /// Radio", "asked Ana Ruiz").
    fn object_of_cue(&self, n: &Name) -> bool {
        let from = self.back(n.span.start, 24);
        self.cues_in(Span::new(from, n.span.start)).last().is_some_and(|c| {
            let gap = &self.text[c.span.end..n.span.start];
            c.role == CueRole::Verb
                && !gap.contains(['.', '!', '?', ';'])
                && self.words(Span::new(c.span.end, n.span.start)).len() <= 1
        })
    }

    /// The phrase starting at `words[d]` opens its clause: the text's or
    /// the region's start, punctuation, or a conjunction before it.
    fn phrase_opens_clause(&self, words: &[Span], d: usize) -> bool {
        d == 0
            || self.text[words[d - 1].end..words[d].start]
                .contains([',', ';', ':', '(', ')', '.', '!', '?', '”', '"', '—'])
            || matches!(
                &*lower(self.word(words[d - 1])),
                "and" | "but" | "then" | "so" | "when" | "while" | "because" | "that" | "as"
            )
    }

    /// Where the main clause starts: past an opening phrase and its comma
    /// ("In the depths of the winter, Ruiz …", "Speaking to CNN, Hale …").
    fn past_opening_phrase(&self, words: &[Span]) -> usize {
        let intro = words.iter().take(12).position(|w| self.text[w.end..].starts_with(','));
        let opener = words.first().is_some_and(|&w| {
            let lw = lower(self.word(w));
            // "Speaking to CNN,", not the surname "Manning,".
            let participle = lw.ends_with("ing")
                && words.get(1).is_some_and(|&n| self.word(n).starts_with(char::is_lowercase));
            PREPOSITIONS.contains(&&*lw)
                || participle
                || matches!(
                    &*lw,
                    "when"
                        | "while"
                        | "after"
                        | "before"
                        | "since"
                        | "as"
                        | "if"
                        | "because"
                        | "although"
                        | "though"
                        | "once"
                        | "until"
                        | "unless"
                )
        });
        // The opening phrase is the writer's: no quotation inside it.
        let plain =
            |k: usize| !self.text[words[0].start..words[k].end].contains(['“', '”', '"', '(']);
        match intro {
            Some(k) if opener && plain(k) => k + 1,
            _ => 0,
        }
    }

    /// A fragment with no cue: the named subject that opens its sentence.
    fn sentence_subject(&self, pre: Span) -> Option<Attribution> {
        let words = self.words(pre);
        // "He ended the description with “…”", "On Friday, she wrote “…”":
        // a pronoun subject, past a short opening phrase.
        // "From his call for a wall to his tweets, Will described Trump as
        // “…”": the subject stands after an opening phrase and its comma.
        let from = self.past_opening_phrase(&words);
        // "…, which Apple views as “…”": a relative clause, no main subject.
        if from > 0
            && words.get(from).is_some_and(|&w| {
                matches!(&*lower(self.word(w)), "which" | "who" | "whom" | "that")
            })
        {
            return None;
        }
        let first = words.get(from);
        if let Some(&first) = first
            && matches!(&*lower(self.word(first)), "he" | "she")
            && let Some(f) = self.pronoun(first)
        {
            return Some(self.found(f, None, Rule::SentenceSubject));
        }
        let clause = Span::new(words.get(from).map_or(pre.start, |w| w.start), pre.end);
        let n = self.names_in(clause).next()?;
        let lead = words[from..].iter().filter(|w| w.end <= n.span.start).count();
        if lead > 2 || n.possessive || !n.confident {
            return None;
        }
        Some(self.found(self.name_found(n), None, Rule::SentenceSubject))
    }
}

/// "two Arab states", "his comments": a cue word used as a noun.
fn noun_use(text: &str, cue: &CueMatch) -> bool {
    if cue.role != CueRole::Verb || text[cue.span.start..cue.span.end].contains(' ') {
        return false;
    }
    // Two words back, within a bounded window: a run without spaces must
    // not be read back to the start of the text for every cue.
    let mut from = cue.span.start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before: Vec<&str> = text[from..cue.span.start].split_whitespace().rev().take(2).collect();
    let det = |w: &&str| {
        matches!(
            w.to_lowercase().as_str(),
            "a" | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "this"
                | "that"
                | "these"
                | "those"
                | "two"
                | "three"
                | "several"
                | "many"
                | "some"
                | "any"
                | "no"
                | "whose"
                | "of"
                | "such"
        )
    };
    match before.as_slice() {
        [w, ..] if w.ends_with(|c: char| !c.is_alphanumeric()) => false,
        [w, ..] if det(w) || w.ends_with("’s") || w.ends_with("'s") => true,
        // "the Reuters report"; but "that Altman says" opens a clause.
        [w, w2, ..] => {
            w.starts_with(char::is_uppercase) && det(w2) && !w2.eq_ignore_ascii_case("that")
        }
        _ => false,
    }
}

/// "secretary" as "Secretary".
fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

fn kind_of(k: EntityKind) -> SpeakerKind {
    match k {
        EntityKind::Person => SpeakerKind::Person,
        EntityKind::Organization => SpeakerKind::Organization,
    }
}

fn first_name(n: &Name) -> &str {
    n.canonical.split(' ').next().unwrap_or("")
}

fn is_female(n: &Name) -> bool {
    n.canonical.contains(' ') && FEMALE_FIRST.contains(&first_name(n))
}

fn is_male(n: &Name) -> bool {
    n.canonical.contains(' ') && MALE_FIRST.contains(&first_name(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(t: &str) -> Vec<&str> {
        let paragraphs = crate::document::paragraphs(t);
        sentence_starts(t, &paragraphs, &[]).into_iter().map(|s| &t[s..]).collect()
    }

    #[test]
    fn sentences_skip_titles_initials_and_abbreviations() {
        let t = "Mr. Roe met Sen. Ada J. Okafor in the U.S. today. It rained! Then we left.";
        let s = starts(t);
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[1].starts_with("It rained") && s[2].starts_with("Then"));
    }

    #[test]
    fn cue_words_used_as_nouns_are_not_cues() {
        let cue = |t: &str, word: &str| {
            let start = t.find(word).unwrap();
            let c = CueMatch { span: Span::new(start, start + word.len()), role: CueRole::Verb };
            noun_use(t, &c)
        };
        assert!(cue("The only two Arab states signed it", "states"));
        assert!(cue("after his comments on Monday", "comments"));
        assert!(!cue("The minister states that it is over", "states"));
        assert!(!cue("Okafor, the coach, says it is over", "says"));
        assert!(cue("in the Ledger report on Monday", "report"));
        // "that" before a name opens a clause: the verb is a cue.
        assert!(!cue("It is odd that Okafor says he knew", "says"));
    }

    #[test]
    fn every_rule_has_a_distinct_stable_name() {
        let mut names: Vec<&str> = Rule::ALL.iter().map(|r| r.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Rule::ALL.len());
        assert!(Rule::ALL.iter().all(|r| (0.0..=1.0).contains(&r.confidence())));
    }
}
