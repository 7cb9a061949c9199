//! Attribution: who said each quotation, by which cue and which rule.
//!
//! [`attribute`] runs the rules in order for each quotation
//! ([`Ctx::attribute_one`]); the rules live beside it by what they find:
//! `cue_rules` (a cue before or after, a label, a dash signature, the
//! paragraph before), `subjects` (the speaker phrase of a clause),
//! `salience` (whom a pronoun or role noun means) and `fragments` (whether a
//! short quoted phrase is speech or a term).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use crate::cues::{CueMatch, Cues};
use crate::document::Span;
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::names::{Name, is_title};
use crate::quotes::{Quote, QuoteForm};
use crate::word_lists::{self, word_set};

mod cue_rules;
mod fragments;
mod salience;
mod subjects;

use cue_rules::noun_use;

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
///
/// 16 bytes: most quotations of a long document have no speaker (a term
/// has none), so the speaker, where the words for them stand and the cue
/// are boxed together, and read through [`Attribution::speaker`],
/// [`Attribution::speaker_span`], [`Attribution::speaker_text`] and
/// [`Attribution::cue`].
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// Person, organisation, anonymous or unknown.
    pub speaker_kind: SpeakerKind,
    /// The rule that decided.
    pub rule: Rule,
    /// How sure the rule is, 0 to 1.
    pub confidence: f32,
    /// `None` when there is none of it.
    evidence: Option<Box<Evidence>>,
}

/// The parts of an attribution that most quotations lack.
#[derive(Clone, Debug, PartialEq)]
struct Evidence {
    /// Canonical speaker name; `None` for anonymous, unknown or no speech.
    speaker: Option<String>,
    /// Where the words in the article that name the speaker stand ("he",
    /// "a person with inside knowledge of the company").
    speaker_span: Option<Span>,
    /// The cue words ("told", "according to").
    cue: Option<Span>,
}

impl Attribution {
    fn none(rule: Rule) -> Attribution {
        Attribution {
            speaker_kind: SpeakerKind::Unknown,
            rule,
            confidence: rule.confidence(),
            evidence: None,
        }
    }

    /// Canonical speaker name; `None` for anonymous, unknown or no speech.
    pub fn speaker(&self) -> Option<&str> {
        self.evidence.as_ref()?.speaker.as_deref()
    }

    /// Takes the speaker's name out, leaving `None`.
    pub fn take_speaker(&mut self) -> Option<String> {
        self.evidence.as_mut()?.speaker.take()
    }

    /// Where the words in the article that name the speaker stand.
    pub fn speaker_span(&self) -> Option<Span> {
        self.evidence.as_ref()?.speaker_span
    }

    /// The words in `text` (the text attributed) that name the speaker
    /// ("he", "a person with inside knowledge of the company").
    pub fn speaker_text<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.speaker_span().map(|s| &text[s.start..s.end])
    }

    /// The cue words ("told", "according to").
    pub fn cue(&self) -> Option<Span> {
        self.evidence.as_ref()?.cue
    }

    /// True when a speaker (named or anonymous) was found.
    pub fn has_speaker(&self) -> bool {
        self.speaker().is_some() || self.speaker_kind == SpeakerKind::Anonymous
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
        // "Whitlock’s campaign" is the "Whitlock campaign", as the "OpenAI
        // board" is: one owner's word before a campaign or a camp.
        let name = match name.split_once("’s ").or_else(|| name.split_once("'s ")) {
            Some((owner, head))
                if matches!(head, "campaign" | "camp")
                    && owner.starts_with(char::is_uppercase)
                    && !owner.contains(' ') =>
            {
                format!("{owner} {head}")
            }
            _ => name,
        };
        Found { name: Some(name), kind: SpeakerKind::Organization, span, pronoun: false }
    }

    /// People who speak together, named by what they are ("federal
    /// prosecutors", "the study's authors").
    fn people(name: String, span: Span) -> Found {
        Found { name: Some(name), kind: SpeakerKind::Group, span, pronoun: false }
    }

    /// A role ("the senator") that means `name` when one was introduced
    /// with it; the words alone otherwise.
    fn role(name: Option<String>, span: Span) -> Found {
        let kind = if name.is_some() { SpeakerKind::Person } else { SpeakerKind::Unknown };
        Found { name, kind, span, pronoun: true }
    }
}

/// Words between a subject and its reporting verb.
static SKIP_BEFORE_CUE: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::SKIP_BEFORE_CUE));

/// Placards, signs, banners: `data/words/signs.txt`.
static SIGNS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::SIGNS));
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

// Common male first names (not taken from any article): "she" passes them over.

// Common female first names (not taken from any article): "she" prefers them.

/// How far (bytes) a cue or pronoun search looks back or ahead.
const LOOKBACK_BYTES: usize = 1500;

/// Gestures that attribute a whole quotation ("“…,” she laughed") but not
/// a word or two of someone else's.
const ACTION_CUES: &[&str] =
    &["laughed", "laughs", "grinned", "grins", "smiled", "smiles", "sighed", "sighs"];
/// How many earlier names a pronoun or "the company" may reach back over.
const LOOKBACK_NAMES: usize = 400;
/// Regions longer than this take their words from the paragraph's list.
const WORD_CACHE_MIN: usize = 256;
/// [`Ctx::scan_words`]'s classes of ASCII bytes: those that open a word
/// (letters, digits), those that go on inside one (those and ' - .), and
/// the rest of ASCII. Bytes past ASCII have none.
const OPENS_WORD: u8 = 1;
const IN_WORD: u8 = 2;
const ASCII: u8 = 4;
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = ASCII
            | if c.is_ascii_alphanumeric() {
                OPENS_WORD | IN_WORD
            } else if matches!(c, b'\'' | b'-' | b'.') {
                IN_WORD
            } else {
                0
            };
        b += 1;
    }
    t
};
/// How many cues before a quotation are tried, nearest first.
const MAX_CUES_TRIED: usize = 4;

/// The people named in a document, in order, and each canonical name's
/// places in that list.
type PeopleIndex<'a> = (Vec<&'a Name>, HashMap<&'a str, Vec<usize>>);

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
    /// The last short region [`Ctx::words`] scanned, and its words: one
    /// quotation's rules ask for the same words before it several times.
    last_scan: std::cell::RefCell<(Span, Vec<Span>)>,
    /// Indices into `para_words` of the words that [`Ctx::gendered_noun`]
    /// looks for.
    gendered: Vec<std::cell::OnceCell<Vec<usize>>>,
    /// Sentence start offsets, sorted.
    sentences: Vec<usize>,
    /// Which paragraphs hold a marked quotation.
    quoted_paragraphs: Vec<bool>,
    /// The last named speaker so far: paragraph index, name, kind.
    last_speaker: std::cell::RefCell<Option<(usize, String, SpeakerKind)>>,
    /// The paragraph of the last quotation given to an unnamed source ("One
    /// specialist, who asked not to be named, said"), if none was named
    /// after it.
    last_unnamed: std::cell::Cell<Option<(usize, Option<bool>)>>,
    /// What titles before a person's name say of their sex, by canonical
    /// name: [`salience::title_genders`].
    /// Built on the first pronoun that asks: most texts never do.
    title_gender: std::cell::OnceCell<HashMap<&'a str, Option<bool>>>,
    /// People named behind a title that is a role: [`salience::titled_roles`].
    /// Built when a role noun first asks ("the judge said").
    titled_roles: std::cell::OnceCell<Vec<(usize, &'static str, &'a str)>>,
    /// What the first "he" / "his" or "she" / "hers" after a person's name
    /// in its sentence tells of their sex, by canonical name, as asked:
    /// [`Ctx::pronoun_gender_of`].
    pronoun_gender: std::cell::RefCell<HashMap<String, Option<bool>>>,
    /// The people named, in order, and each canonical name's places in
    /// that list: built when [`Ctx::pronoun_gender_of`] first asks.
    people_index: std::cell::OnceCell<PeopleIndex<'a>>,
    /// What "he said" / "she said" attributed so far tell of a person's
    /// sex (`true` for a woman, `None` where they disagree), for first
    /// names on no list ("Jakob", "Folasade").
    said_gender: std::cell::RefCell<HashMap<String, Option<bool>>>,
    /// Set when a pronoun fell back on the last speaker or on any name
    /// before it: such a guess teaches nothing of anyone's sex.
    pronoun_guessed: std::cell::Cell<bool>,
    /// Everyone given a quotation so far.
    speakers: std::cell::RefCell<HashSet<String>>,
}

impl<'a> Ctx<'a> {
    /// The context of one document's quotations, nothing read yet.
    fn new(
        text: &'a str,
        paragraphs: &'a [Span],
        quotes: &'a [Quote],
        names: &'a [Name],
        cues: &'a Cues,
        gazetteer: &'a Gazetteer,
    ) -> Ctx<'a> {
        let marked: Vec<Span> = quotes.iter().map(Quote::extent).collect();
        let sentences = sentence_starts(text, paragraphs, &marked);
        let last_speaker = std::cell::RefCell::new(None);
        let mut quoted_paragraphs = vec![false; paragraphs.len()];
        for q in quotes.iter().filter(|q| q.form == QuoteForm::Marked) {
            quoted_paragraphs[q.paragraph()] = true;
        }
        Ctx {
            text,
            paragraphs,
            quotes,
            names,
            gazetteer,
            marked,
            cue_lexicon: cues,
            cues: vec![std::cell::OnceCell::new(); paragraphs.len()],
            para_words: vec![std::cell::OnceCell::new(); paragraphs.len()],
            last_scan: std::cell::RefCell::new((Span::new(usize::MAX, usize::MAX), Vec::new())),
            gendered: vec![std::cell::OnceCell::new(); paragraphs.len()],
            sentences,
            quoted_paragraphs,
            last_speaker,
            last_unnamed: std::cell::Cell::new(None),
            title_gender: std::cell::OnceCell::new(),
            titled_roles: std::cell::OnceCell::new(),
            pronoun_gender: std::cell::RefCell::default(),
            people_index: std::cell::OnceCell::new(),
            said_gender: std::cell::RefCell::default(),
            pronoun_guessed: std::cell::Cell::new(false),
            speakers: std::cell::RefCell::default(),
        }
    }
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
    let ctx = Ctx::new(text, paragraphs, quotes, names, cues, gazetteer);
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    for (qi, q) in quotes.iter().enumerate() {
        ctx.pronoun_guessed.set(false);
        let a = ctx.attribute_one(qi, &out);
        if a.rule != Rule::Term {
            // (A pronoun that went to that source goes on meaning it.)
            // (Also from the paragraph before: see `salience::pronoun_as`.)
            let same = ctx.last_unnamed.get().filter(|&(at, _)| at + 1 >= q.paragraph());
            let unnamed = (a.speaker_kind == SpeakerKind::Anonymous && a.cue().is_some())
                .then(|| a.speaker_text(text))
                .flatten()
                .and_then(|t| match t {
                    "he" | "she" | "He" | "She" => same.map(|(_, sex)| sex),
                    _ => salience::unnamed_source(t),
                });
            ctx.last_unnamed.set(unnamed.map(|sex| (q.paragraph(), sex)));
        }
        if let Some(name) = a.speaker()
            && a.rule != Rule::Term
        {
            *ctx.last_speaker.borrow_mut() = Some((q.paragraph(), name.to_owned(), a.speaker_kind));
            if !ctx.speakers.borrow().contains(name) {
                ctx.speakers.borrow_mut().insert(name.to_owned());
            }
            let female = match a.speaker_text(text).filter(|_| !ctx.pronoun_guessed.get()) {
                Some("she" | "She") => Some(true),
                Some("he" | "He") => Some(false),
                _ => None,
            };
            if let Some(female) = female
                && a.speaker_kind == SpeakerKind::Person
            {
                ctx.said_gender
                    .borrow_mut()
                    .entry(name.to_owned())
                    .and_modify(|g| {
                        if *g != Some(female) {
                            *g = None;
                        }
                    })
                    .or_insert(Some(female));
            }
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
    // "“They are painful” but necessary “for the business,” he said.": a
    // tag closing the sentence speaks for every quotation in it.
    for qi in (0..quotes.len().saturating_sub(1)).rev() {
        // It outranks a guess from the sentence before.
        let guessed = matches!(out[qi].rule, Rule::Unattributed | Rule::FollowOn);
        if guessed && ctx.closing_tag_shared(qi, &out[qi + 1]) {
            out[qi] = out[qi + 1].clone();
        }
    }
    out
}

impl Ctx<'_> {
    /// The next quotation, in the same sentence as quotation `qi`, took
    /// its speaker from a cue that ends the sentence ("…,” he said.").
    fn closing_tag_shared(&self, qi: usize, next: &Attribution) -> bool {
        let (q, n) = (&self.quotes[qi], &self.quotes[qi + 1]);
        let Some(cue) = next.cue() else {
            return false;
        };
        let (ext, next_ext) = (q.extent(), n.extent());
        next.rule == Rule::CueAfter
            && next.has_speaker()
            && q.paragraph() == n.paragraph()
            && self.sentence_start(next_ext.start) <= ext.start
            && cue.start >= next_ext.end
            && (self.text[cue.end..self.ahead(cue.end, 4)].trim_start().starts_with('.')
                // "“…” and “…,” Dean proclaimed to the crowd": two
                // quotations joined, one tag.
                || matches!(
                    self.text[ext.end..next_ext.start.max(ext.end)].trim().trim_matches(','),
                    "and" | "or" | "but" | ""
                ))
    }
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
                // "K." and "G.K.": initials, not a sentence's end.
                let single_initial = word
                    .split('.')
                    .all(|i| i.chars().count() == 1 && i.chars().all(char::is_uppercase));
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
            let mut last = self.last_scan.borrow_mut();
            if last.0 != region {
                *last = (region, self.scan_words(region));
            }
            return Cow::Owned(last.1.clone());
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

    /// The words of `region` (letters and digits, with inner apostrophes,
    /// hyphens, full stops and combining marks), outside quotations.
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
            // Runs of ASCII inside a word or between words, by table.
            let (mask, want) =
                if start.is_some() { (IN_WORD, IN_WORD) } else { (ASCII | OPENS_WORD, ASCII) };
            while bytes.get(k).is_some_and(|&b| ASCII_CLASS[usize::from(b)] & mask == want) {
                k += 1;
            }
            let Some(&b) = bytes.get(k) else { break };
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

    fn found(&self, mut f: Found, cue: Option<Span>, rule: Rule) -> Attribution {
        let mut confidence = rule.confidence();
        if f.pronoun {
            confidence *= 0.85;
        }
        if f.name.is_some() && cue.is_some_and(|c| self.unnamed_by_request(&f, c)) {
            (f.name, f.kind) = (None, SpeakerKind::Anonymous);
        }
        Attribution {
            speaker_kind: f.kind,
            rule,
            confidence,
            evidence: Some(Box::new(Evidence { speaker: f.name, speaker_span: Some(f.span), cue })),
        }
    }

    /// "More from Ann Vale: “…”", "From the report: “…”": the source
    /// named after "from" in a line that introduces the quotation.
    fn source_after_from(&self, region: Span) -> Option<Found> {
        let words = self.words(region);
        // "From" opens the line or follows "More" after a dash ("What it
        // means - More from Ann Vale:").
        let p = words.iter().rposition(|w| lower(self.word(*w)) == "from")?;
        let opens = |k: usize| {
            k == 0 || self.text[words[k - 1].end..words[k].start].contains(['-', '–', '—'])
        };
        let more = p > 0 && lower(self.word(words[p - 1])) == "more" && opens(p - 1);
        if !(opens(p) || more) {
            return None;
        }
        let lead = p + 1;
        let rest = Span::new(words.get(lead)?.start, region.end);
        let phrase = self.text[rest.start..rest.end].trim_end().trim_end_matches(':');
        if phrase.contains([',', '.', ';']) || self.words(rest).len() > 6 {
            return None;
        }
        if let Some(n) = self.names_in(rest).next()
            && n.span.start == rest.start
            && n.span.end == rest.start + phrase.len()
        {
            return Some(self.name_found(n));
        }
        self.definite_description(&words[lead..])
    }

    /// An interview's answer ("A: …"): whoever answered before in the
    /// transcript, else the person the paragraph before its first question
    /// ("Kovalenko was asked …. An edited transcript:") is about.
    fn interview_answer(&self, qi: usize, done: &[Attribution]) -> Attribution {
        let pi = self.quotes[qi].paragraph();
        let opens = |k: usize, label: &str| {
            self.text[self.paragraphs[k].start..self.paragraphs[k].end].starts_with(label)
        };
        // The last answer a few paragraphs back (a question and a quoted
        // line may stand between), in the same exchange.
        if let Some(p) = (qi.saturating_sub(8)..qi).rev().find(|&p| {
            let at = self.quotes[p].paragraph();
            self.quotes[p].form == QuoteForm::Block
                && opens(at, "A: ")
                && at + 6 >= pi
                && self.same_exchange(at, pi)
        }) {
            return self.inherit(&done[p], Rule::Continuation);
        }
        // Back over this exchange's question, a few paragraphs at most.
        let question = |k: usize| {
            crate::quotes::is_question(&self.text[self.paragraphs[k].start..self.paragraphs[k].end])
        };
        let intro = (pi.saturating_sub(4)..pi).rev().find(|&k| !question(k));
        // The first person there who is a clause's subject: an
        // introduction names the interviewee before what they discussed.
        let f = intro.and_then(|k| {
            self.names_in(self.paragraphs[k])
                .take(16)
                .filter(|n| n.confident && n.kind == EntityKind::Person && !n.possessive)
                .find(|n| {
                    self.not_oblique(n) && self.opens_clause(n) && !self.apposed_to_oblique(n)
                })
                // Inferred, not read off a label: the lower confidence of
                // a resolved reference.
                .map(|n| Found { pronoun: true, ..self.name_found(n) })
        });
        // "Under cross-examination by Saltash, she accepted …:": the
        // pronoun that is the introduction's subject.
        let f = f.or_else(|| {
            let para = self.paragraphs[intro?];
            let end = self.ahead(para.start, 400).min(para.end);
            // Sentence by sentence, the first whose main clause opens with
            // the pronoun.
            let mut from = para.start;
            let at = self.sentences[self.sentences.partition_point(|&s| s <= para.start)..]
                .iter()
                .copied()
                .take_while(|&s| s < end)
                .chain(std::iter::once(end))
                .find_map(|to| {
                    let sentence = Span::new(from, to);
                    from = to;
                    let text = self.text[sentence.start..sentence.end].trim_start();
                    let lead = sentence.len() - text.len();
                    salience::opening_pronoun(text).map(|k| sentence.start + lead + k)
                })?;
            let len = self.text[at..].find(' ').unwrap_or(0);
            self.pronoun(Span::new(at, at + len)).filter(|f| f.name.is_some())
        });
        // "We sat down with Sandy in the lamp room.": the one person the
        // introduction names, subject or not.
        let f = f.or_else(|| {
            let mut people = self
                .names_in(self.paragraphs[intro?])
                .take(16)
                .filter(|n| n.confident && n.kind == EntityKind::Person && !n.possessive);
            let first = people.next()?;
            people
                .all(|n| n.canonical == first.canonical)
                .then(|| Found { pronoun: true, ..self.name_found(first) })
        });
        match f {
            Some(f) => self.found(f, None, Rule::Label),
            None => Attribution::none(Rule::Unattributed),
        }
    }

    /// "by Petrie's barrister, Neil Farrant KC, …": a name set off by
    /// commas after an owner's noun phrase that a preposition governs
    /// (letters after the name allowed); not "The next witness, Jo Reyes,
    /// saw".
    fn apposed_to_oblique(&self, n: &Name) -> bool {
        let before = self.text[self.back(n.span.start, 80)..n.span.start].trim_end();
        let Some(phrase) = before.strip_suffix(',') else {
            return false;
        };
        // Back over the phrase (its lower-case words and an owner) to the
        // word that governs it, within the sentence. The owner must be
        // there: "Later in the trial, Tom Hale, a clerk," is the subject.
        let owned = |w: &str| w.ends_with("’s") || w.ends_with("'s");
        let mut words = phrase.split(' ').rev().take(6);
        let mut owner = false;
        let governor = words.find(|w| {
            owner |= owned(w);
            w.contains(['.', '!', '?', '\n', ',', ';', ':'])
                || !(w.starts_with(char::is_lowercase) && !PREPOSITIONS.contains(*w) || owned(w))
        });
        self.comma_after(n) && owner && governor.is_some_and(|w| PREPOSITIONS.contains(w))
    }

    /// A comma follows the name, past letters after it ("Neil Farrant KC,").
    fn comma_after(&self, n: &Name) -> bool {
        let after = &self.text[n.span.end..self.ahead(n.span.end, 12)];
        after
            .strip_prefix(' ')
            .map_or(after, |a| a.trim_start_matches(|c: char| c.is_ascii_uppercase()))
            .starts_with(',')
    }

    /// Paragraphs `from` and `to` (a few apart) are of one transcript
    /// exchange: no introduction of another ("… she told the jury:")
    /// between them.
    fn same_exchange(&self, from: usize, to: usize) -> bool {
        (from + 1..to).all(|k| {
            !self.text[self.paragraphs[k].start..self.paragraphs[k].end].trim_end().ends_with(':')
        })
    }

    /// A reported exchange's question ("Q: …"): whoever asked before in
    /// it, else the person the introduction names as questioning
    /// ("Under cross-examination by Edmund Saltash KC", "questioning from
    /// Kowalczyk").
    fn interview_question(&self, qi: usize, done: &[Attribution]) -> Attribution {
        let pi = self.quotes[qi].paragraph();
        let asks = |k: usize| self.text[self.paragraphs[k].start..].starts_with("Q: ");
        let answers = |k: usize| self.text[self.paragraphs[k].start..].starts_with("A: ");
        // The last question a few paragraphs back, in the same exchange.
        if let Some(p) = (qi.saturating_sub(8)..qi).rev().find(|&p| {
            let at = self.quotes[p].paragraph();
            self.quotes[p].form == QuoteForm::Block
                && asks(at)
                && at + 6 >= pi
                && self.same_exchange(at, pi)
        }) {
            return self.inherit(&done[p], Rule::Continuation);
        }
        let intro = (pi.saturating_sub(6)..pi).rev().find(|&k| !asks(k) && !answers(k));
        let asker = intro.and_then(|k| {
            self.names_in(self.paragraphs[k]).take(16).find(|n| {
                let mut before = self.text[self.paragraphs[k].start..n.span.start].trim_end();
                for _ in 0..3 {
                    match before.rsplit_once(' ') {
                        Some((head, w)) if is_title(w) || ROLE_HEADS.contains(&*lower(w)) => {
                            before = head.trim_end()
                        }
                        _ => break,
                    }
                }
                // "by Petrie's barrister, Neil Farrant KC,": the name set off
                // after an owner's role (a comma after it too: not "by
                // Vale's barrister, Tom Hale admitted").
                if self.comma_after(n)
                    && let Some(b) = before.strip_suffix(',')
                    && let Some((head, role)) = b.rsplit_once(' ')
                    && role.starts_with(char::is_lowercase)
                    && let Some((head, owner)) = head.rsplit_once(' ')
                    && (owner.ends_with("’s") || owner.ends_with("'s"))
                {
                    before = head;
                }
                // The questioning's own "by" or "from": not "employed by
                // Harold Finch" or "the letter from Tom Reid".
                let by = before.strip_suffix(" by").or_else(|| before.strip_suffix(" from"));
                n.confident
                    && !n.possessive
                    && n.kind == EntityKind::Person
                    && by.is_some_and(|b| {
                        let w = b.rsplit(' ').next().unwrap_or_default().to_lowercase();
                        w.starts_with("question")
                            || w.contains("examin")
                            || matches!(&*w, "asked" | "pressed" | "interviewed")
                    })
            })
        });
        match asker {
            Some(n) => self.found(self.name_found(n), None, Rule::Label),
            None => Attribution::none(Rule::Unattributed),
        }
    }

    fn attribute_one(&self, qi: usize, done: &[Attribution]) -> Attribution {
        let q = &self.quotes[qi];
        if q.form == QuoteForm::Block {
            if q.cue_line().is_none() {
                // A transcript's answer: its label, or the answer it goes on.
                let para = self.paragraphs[q.paragraph()];
                // "Q: …": the questioner, never a label "Q".
                if self.text[para.start..].starts_with("Q: ") {
                    return self.interview_question(qi, done);
                }
                if let Some(f) = self.label_speaker(para, para.start, q.span.start) {
                    return self.found(f, None, Rule::Label);
                }
                // "A: …": the interviewee the transcript's introduction names.
                if self.text[para.start..].starts_with("A: ") {
                    return self.interview_answer(qi, done);
                }
                // Not past a label nobody could read: that is another voice.
                if let Some(prev) = done.last()
                    && q.span.start == para.start
                    && qi > 0
                    && self.quotes[qi - 1].form == QuoteForm::Block
                    && self.quotes[qi - 1].paragraph() + 1 == q.paragraph()
                    && prev.has_speaker()
                {
                    return self.inherit(prev, Rule::Continuation);
                }
            }
            return self.block(q).unwrap_or_else(|| Attribution::none(Rule::Unattributed));
        }
        let ext = q.extent();
        // "“…” — Ana Ruiz": a signature after a dash.
        if let Some((f, dash)) = self.dash_signature(q, ext) {
            return self.found(f, Some(dash), Rule::CueAfter);
        }
        let para = self.paragraphs[q.paragraph()];
        let prev_same_para =
            qi.checked_sub(1).filter(|&p| self.quotes[p].paragraph() == q.paragraph());
        let pre_floor = prev_same_para.map_or(para.start, |p| self.quotes[p].extent().end);
        // "Ruiz: Port plan ‘a waste’", "HALE: …": a name and a colon open
        // the paragraph, and every quotation after the colon is theirs.
        if let Some(f) = self.label_speaker(para, pre_floor, ext.start) {
            return self.found(f, None, Rule::Label);
        }
        if q.heading {
            // "Ruiz Says Plan Is ‘Dead’": a title may carry its own cue.
            let pre = Span::new(para.start.max(self.back(ext.start, LOOKBACK_BYTES)), ext.start);
            // Only a named speaker: an unnamed one would keep the title
            // from the quotation it echoes.
            return self
                .cue_before(pre, para.start)
                .filter(|a| a.speaker().is_some())
                .unwrap_or(Attribution::none(Rule::Headline));
        }
        let sentence = self.sentence_start(ext.start).max(para.start);
        // Cue searches look a bounded way back and ahead, so one endless
        // paragraph cannot make the work quadratic.
        let sentence = sentence.max(self.back(ext.start, LOOKBACK_BYTES));
        let pre = Span::new(sentence.max(pre_floor).min(ext.start), ext.start);
        let wide_pre = Span::new(sentence, ext.start);
        let post = self.post_region(qi, ext, para);
        let quoted = &self.text[q.span.start..q.span.end];
        let words = quoted.split_whitespace().count();

        let clipped = quoted.trim_end().ends_with([',', '.']);
        // "Ray ‘Smokey’ Dunmore said": a nickname inside a name.
        if words <= 3 && self.inside_a_name(ext) {
            return Attribution::none(Rule::Term);
        }
        // One or two words with no cue anywhere near are a term whatever
        // else is around (see below): said without reading the words, so
        // that a page of “a”“a”“a” costs little a quotation.
        if words <= 2 && !clipped && self.cues_in(Span::new(wide_pre.start, post.end)).is_empty() {
            return Attribution::none(Rule::Term);
        }
        // In a title every word is capitalised: that says nothing there.
        let title_line = q.paragraph() == 0
            && self.paragraphs.len() > 1
            && self.words(para).len() <= 25
            && !self.text[para.start..para.end].trim_end_matches('.').contains(". ");
        // ("Asked about the novel, “Brilliant,” she said." is speech.)
        if !title_line
            && self.names_a_title(q.span)
            && (self.naming_call(pre) || self.work_title(pre))
            && self.cue_after(post).is_none_or(|a| self.cue_is_detached(ext, &a))
        {
            return Attribution::none(Rule::Term);
        }
        if self.term_marker_before(pre, words)
            || !clipped && words <= 4 && self.naming_verb_before(pre)
        {
            // "what Ruiz called “hand-to-hand combat”": a named person's
            // word for it is their speech; "so-called", "is called" stay terms.
            let called = self.words(pre).last().is_some_and(|&w| lower(self.word(w)) == "called");
            let own_word = called
                .then(|| self.cue_before(pre, sentence))
                .flatten()
                .filter(|a| a.speaker_kind == SpeakerKind::Person && a.speaker().is_some())
                .filter(|a| a.cue().is_some_and(|c| lower(&self.text[c.start..c.end]) == "called"));
            return own_word.unwrap_or(Attribution::none(Rule::Term));
        }
        // One or two words with no punctuation of their own, or a Title Case
        // name, are terms unless a cue governs them; a speech cue in the
        // clause makes even one word that speaker's fragment ("said CNN did
        // an “awful” job").
        let title = !title_line && self.title_case(q.span);
        let short = title || words <= 2 && !clipped;
        let after = self.cue_after(post);
        let cue_before = || {
            self.cue_before(pre, sentence).or_else(|| {
                (wide_pre != pre).then(|| self.cue_before(wide_pre, sentence)).flatten()
            })
        };
        // "Asked whether it was a “phone killer,” he laughed": a gesture
        // is a cue for what was said whole, not for a word or two.
        // ("“Not a chance,” she laughed." opens its sentence: hers.)
        let gesture = |a: &Attribution| {
            words <= 3
                && !self.words(pre).is_empty()
                && a.cue()
                    .is_some_and(|c| ACTION_CUES.contains(&&*lower(&self.text[c.start..c.end])))
        };
        if after.as_ref().is_some_and(|a| gesture(a) || self.on_a_sign(a)) {
            return Attribution::none(Rule::Term);
        }
        if let Some(a) = after {
            // "Ruiz called the plan “reckless.” Hale said later …": a quotation
            // inside the writer's sentence belongs to that sentence's speaker,
            // not to a cue that stands away from its closing mark.
            // "Sondland was known for telling others “…”, said another
            // witness, Fiona Hill.": an inverted tag closing the sentence
            // names who relayed every quotation in it.
            let relayed = a.cue().zip(a.speaker_span()).is_some_and(|(c, s)| {
                a.speaker().is_some()
                    && a.rule == Rule::CueAfter
                    && s.start > c.end
                    && self.text[..c.start].trim_end().ends_with(',')
                    && self.sentences.partition_point(|&x| x <= ext.end)
                        == self.sentences.partition_point(|&x| x <= c.start)
            });
            if !relayed
                && !self.words(pre).is_empty()
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
                && a.cue().is_some_and(|c| {
                    self.text[c.start..c.end]
                        .split_whitespace()
                        .any(|w| DISOWNING_CUES.contains(&*lower(w)))
                });
            if title || disowned || gesture(&a) || self.on_a_sign(&a) {
                return Attribution::none(Rule::Term);
            }
            return a;
        }
        // "Her answer was short: “No.”": a colon after a noun for what
        // was said introduces its owner's words, however short.
        let colon = self.text[pre.start..pre.end].trim_end().ends_with(':');
        if colon && let Some(f) = self.speech_owner(Span::new(sentence, pre.end)) {
            return self.found(f, None, Rule::ColonIntro);
        }
        if short {
            return Attribution::none(Rule::Term);
        }
        // "A footnote in the report makes that clear: “…”": no cue, but a
        // colon introduces the subject's words.
        if colon
            && let Some(f) = self
                .source_after_from(Span::new(sentence, pre.end))
                .or_else(|| self.sentence_subject_found(Span::new(sentence, pre.end)))
        {
            return self.found(f, None, Rule::ColonIntro);
        }
        let names_in_sentence = self.names_in(wide_pre).any(|n| n.confident && !n.possessive);
        // The speaker's last quotation in this paragraph, past any title in
        // marks ("said on the show “Money Hour”. “…”").
        let prev_speech = (0..qi)
            .rev()
            .take_while(|&p| self.quotes[p].paragraph() == q.paragraph())
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
        // "A senior manager, who asked not to be named, said the board had
        // misjudged it. “…”": the unnamed source of the sentence before, in
        // this paragraph, goes on.
        if self.words(wide_pre).is_empty()
            && prev_speech.is_none()
            && let Some(&prev) =
                self.sentences[..self.sentences.partition_point(|&s| s < sentence)].last()
            && prev >= para.start
            && withholds_name(&self.text[prev..sentence])
            && let Some(a) = self.cue_before(Span::new(prev, sentence), prev)
            && a.speaker_kind == SpeakerKind::Anonymous
        {
            return self.inherit(&a, Rule::FollowOn);
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
        if at_para_start && q.paragraph() > 0 {
            let before = self.paragraphs[q.paragraph() - 1];
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
                if let Some(f) = self
                    .speech_owner(last_sentence)
                    .or_else(|| self.sentence_subject_found(last_sentence))
                {
                    return self.found(f, None, Rule::ColonIntro);
                }
            }
            if let Some(a) = self.follow_on(qi, done) {
                return a;
            }
            // "Erekat said it was a ploy." then a paragraph that is all quotation.
            let whole = q.close().is_none_or(|c| c.end + 2 >= para.end);
            let quoteless = !self.quoted_paragraphs[q.paragraph() - 1];
            if whole
                && quoteless
                && let Some(a) = self.cue_before(last_sentence, last_sentence.start)
                && a.speaker_kind != SpeakerKind::Anonymous
            {
                return self.inherit(&a, Rule::FollowOn);
            }
            // "Whitfield spent much of her speech thanking volunteers."
            // then a paragraph that is all quotation: the person the
            // narration opens with, as its sentence's subject.
            let first_end = self.sentences
                [self.sentences.partition_point(|&s| s <= before.start)..]
                .first()
                .copied()
                .filter(|&s| s < before.end)
                .unwrap_or(before.end)
                .min(self.ahead(before.start, LOOKBACK_BYTES));
            let opening = Span::new(before.start, first_end);
            if whole
                && quoteless
                && q.open().is_some_and(|o| o.start == para.start)
                && let Some(f) = self
                    .sentence_subject_found(opening)
                    .filter(|f| {
                        // ("Asked whether it could return, Tolan was hopeful.":
                        // past an opening phrase and its comma.)
                        let lead = Span::new(before.start, f.span.start);
                        let n = self.words(lead).len();
                        n <= 2
                            || n <= 12 && self.text[lead.start..lead.end].trim_end().ends_with(',')
                    })
                    .and_then(|f| match f.kind {
                        SpeakerKind::Person if f.name.is_some() => Some(f),
                        // "The former county prosecutor spent …": a role
                        // nobody was introduced with is the person in focus.
                        SpeakerKind::Unknown if self.text[f.span.start..].starts_with("The ") => {
                            let name = self.person_in_focus(f.span)?;
                            Some(Found { name: Some(name), kind: SpeakerKind::Person, ..f })
                        }
                        _ => None,
                    })
            {
                return self.found(f, None, Rule::FollowOn);
            }
            // "She laughs, then turns serious." alone before it: a short
            // paragraph of what the speaker does, opened by a pronoun.
            let beat = self.words(before);
            if whole
                && quoteless
                && beat.len() <= 12
                && let Some(&first) = beat.first()
                && matches!(self.word(first), "He" | "She")
                && let Some(f) = self.pronoun(first).filter(|f| f.name.is_some())
            {
                return self.found(f, None, Rule::FollowOn);
            }
        }
        if !self.words(wide_pre).is_empty()
            && let Some(a) = self.sentence_subject(wide_pre)
        {
            return a;
        }
        Attribution::none(Rule::Unattributed)
    }

    /// The words of `span` stood as a name before, not opening a sentence.
    /// The quotation stands between two words of one person's name.
    pub(super) fn inside_a_name(&self, ext: Span) -> bool {
        let Some(a) = self.names_before(ext.start).next() else {
            return false;
        };
        // "Alasdair “Sandy” Pengelly" is one name around its nickname.
        a.span.end > ext.end
            || a.span.end + 1 == ext.start
                && self
                    .names_in(Span::new(ext.end, self.ahead(ext.end, 64)))
                    .next()
                    .is_some_and(|b| b.span.start == ext.end + 1 && b.canonical == a.canonical)
    }

    /// "“…,” the MP said, speaking on condition of anonymity": a role or
    /// body that asked not to be named is somebody unnamed, not whoever
    /// holds the role in the article.
    fn unnamed_by_request(&self, f: &Found, cue: Span) -> bool {
        let said = &self.text[f.span.start..f.span.end];
        // "the MP": letters after an article are an office too.
        let letters = said.len() <= 4
            && said.bytes().all(|b| b.is_ascii_uppercase())
            && self.text[..f.span.start].ends_with("the ");
        let role = said.starts_with("the ") || said.starts_with("The ") || letters;
        if !role || f.kind == SpeakerKind::Anonymous {
            return false;
        }
        let k = self.sentences.partition_point(|&s| s <= cue.end);
        let end =
            self.sentences.get(k).copied().unwrap_or(self.text.len()).min(self.ahead(cue.end, 160));
        withholds_name(&self.text[cue.end..end])
    }

    /// "Placards read “…”": words on a sign, banner or T-shirt are a
    /// slogan, a term, not speech.
    fn on_a_sign(&self, a: &Attribution) -> bool {
        a.speaker_text(self.text)
            .and_then(|t| t.rsplit(' ').next())
            .is_some_and(|w| SIGNS.contains(&*lower(w)))
    }

    fn capitalised_before(&self, span: Span) -> bool {
        let w = &self.text[span.start..span.end];
        self.names_before(span.start).any(|m| {
            &self.text[m.span.start..m.span.end] == w
                && self.sentence_start(m.span.start) != m.span.start
        })
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
}

/// `clause` says its source asked not to be named ("who asked not to be
/// named", "speaking on condition of anonymity", "not authorised to
/// speak").
fn withholds_name(clause: &str) -> bool {
    [
        "anonymity",
        "anonymously",
        "not to be named",
        "not be named",
        "to be identified",
        "declined to be named",
        "wish to be named",
        "want to be named",
        "without being named",
        "not authorised to",
        "not authorized to",
    ]
    .iter()
    .any(|p| clause.contains(p))
}

/// "A", "An" or "One" opening a phrase for somebody unnamed ("One Labour
/// backbencher", "A senior party leader").
fn indefinite_opener(w: &str) -> bool {
    matches!(w, "A" | "An" | "One")
}

/// Words that belong to the titles before a name: "former Sen.",
/// "retired Army Lt. Gen.", "acting director".
fn title_modifier(w: &str) -> bool {
    matches!(w, "former" | "retired" | "acting" | "interim" | "outgoing")
}

/// A word of the titles before a name: an office ("Sen.", "chief
/// executive"), any capitalised word ("White House") or a title modifier.
fn title_word(w: &str) -> bool {
    is_title(w)
        || is_title(&capitalised(w))
        || w.starts_with(char::is_uppercase)
        || title_modifier(w)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::CueRole;

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
    fn words_keep_inner_marks_and_skip_quotations() {
        let t = "Dr. Ana’s co-op, “not this”, rock'n'roll café — 42 e\u{301}tudes.";
        let paragraphs = crate::document::paragraphs(t);
        let (cues, gazetteer) = (Cues::embedded(), Gazetteer::embedded());
        let quotes = crate::quotes::find_quotes(t, &paragraphs, cues, gazetteer);
        assert_eq!(quotes.len(), 1);
        let ctx = Ctx::new(t, &paragraphs, &quotes, &[], cues, gazetteer);
        let all = Span::new(0, t.len());
        let words: Vec<&str> = ctx.words(all).iter().map(|w| &t[w.start..w.end]).collect();
        assert_eq!(words, ["Dr.", "Ana’s", "co-op", "rock'n'roll", "café", "42", "e\u{301}tudes."]);
        // Asked again (the last region is kept), the same words.
        assert_eq!(ctx.words(all).len(), words.len());
        let tail = Span::new(t.find("42").unwrap(), t.len());
        assert_eq!(ctx.words(tail).len(), 2);
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
