//! Attribution: who said each quotation, by which cue and which rule.

use std::sync::LazyLock;

use regex::Regex;

use crate::cues::{CueMatch, CueRole, Cues};
use crate::document::Span;
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::names::{Name, canonical_for};
use crate::quotes::{Quote, QuoteForm};

/// What kind of speaker a quotation has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation or a named group ("federal prosecutors").
    Organization,
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
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Unknown => "unknown",
        }
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
            Rule::Term => "term",
            Rule::Headline => "headline",
            Rule::Unattributed => "unattributed",
        }
    }

    fn confidence(self) -> f32 {
        match self {
            Rule::CueAfter => 0.9,
            Rule::CueBefore | Rule::AccordingTo | Rule::SplitQuote | Rule::Continuation => 0.85,
            Rule::Passive | Rule::ColonIntro => 0.8,
            Rule::BlockCue => 0.75,
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

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}’'\-\.]*").expect("word pattern"));

/// Words between a subject and its reporting verb.
const SKIP_BEFORE_CUE: &[&str] = &[
    "also",
    "later",
    "then",
    "previously",
    "recently",
    "further",
    "has",
    "had",
    "have",
    "would",
    "will",
    "was",
    "is",
    "once",
    "again",
    "simply",
    "only",
    "just",
    "reportedly",
    "publicly",
    "privately",
    "repeatedly",
    "quickly",
    "earlier",
    "still",
    "often",
    "never",
    "always",
    "subsequently",
    "had",
    "since",
    "has",
    "already",
    "flatly",
    "bluntly",
    "firmly",
    "finally",
    "quietly",
    "openly",
    "may",
    "might",
    "could",
    "did",
    "does",
    "do",
    "not",
    "curtly",
    "herself",
    "himself",
    "themselves",
    "itself",
    "who",
    "which",
    "that",
    "and",
];

const PREPOSITIONS: &[&str] = &[
    "to", "with", "of", "by", "for", "from", "about", "at", "on", "in", "against", "like", "than",
    "under", "over", "into", "toward", "towards", "between", "among", "as", "after", "before",
    "behind", "near", "via", "per", "told", "tell", "asked", "thanked", "urged",
];

const DETERMINERS: &[&str] = &[
    "a", "an", "one", "the", "some", "two", "three", "several", "many", "another", "other", "this",
    "that", "these", "those", "his", "her", "their", "its", "our",
];

/// Head nouns of unnamed sources.
const ANON_HEADS: &[&str] = &[
    "person",
    "people",
    "source",
    "sources",
    "official",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "spokespersons",
    "representative",
    "aide",
    "aides",
    "employee",
    "employees",
    "insider",
    "insiders",
    "individual",
    "staffer",
    "staffers",
    "resident",
    "witness",
    "witnesses",
    "mother",
    "father",
    "woman",
    "man",
    "supply",
    "member",
    "executive",
    "executives",
    "diplomat",
    "diplomats",
    "worker",
    "workers",
    "friend",
    "relative",
    "neighbor",
    "neighbour",
    "student",
    "teacher",
    "commenter",
    "user",
    "parent",
    "fan",
    "passenger",
    "survivor",
    "victim",
    "officer",
    "colleague",
    "colleagues",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "lawyer",
    "attorney",
    "doctor",
    "nurse",
];

/// Head nouns that stand for an organisation already named ("the company").
const ORG_HEADS: &[&str] = &[
    "company",
    "firm",
    "corporation",
    "agency",
    "ministry",
    "department",
    "organization",
    "organisation",
    "group",
    "government",
    "administration",
    "startup",
    "business",
    "club",
    "team",
    "league",
    "network",
    "outlet",
    "publication",
    "newspaper",
    "campaign",
    "office",
    "bank",
    "retailer",
    "maker",
    "giant",
    "airline",
    "carrier",
    "school",
    "university",
    "court",
    "commission",
    "council",
    "regulator",
    "union",
    "party",
    "embassy",
    "studio",
    "developer",
    "publisher",
    "service",
    "platform",
    "lab",
    "hospital",
    "police",
    "board",
    "committee",
];

/// Head nouns that keep their own name as a group speaker.
const GROUP_HEADS: &[&str] = &[
    "prosecutors",
    "protesters",
    "protestors",
    "researchers",
    "scientists",
    "lawmakers",
    "authors",
    "critics",
    "experts",
    "analysts",
    "economists",
    "investigators",
    "authorities",
    "doctors",
    "fans",
    "voters",
    "activists",
    "demonstrators",
    "senators",
    "democrats",
    "republicans",
    "legislators",
    "regulators",
    "officers",
    "judges",
    "ministers",
    "leaders",
];

/// Words right before an opening mark that make it a term, not speech.
const TERM_MARKERS: &[&str] = &[
    "meme",
    "term",
    "terms",
    "phrase",
    "word",
    "words",
    "slogan",
    "motto",
    "hashtag",
    "nickname",
    "title",
    "label",
    "so-called",
    "titled",
    "entitled",
    "nicknamed",
    "known",
    "show",
    "book",
    "song",
    "film",
    "movie",
    "series",
    "album",
    "podcast",
    "program",
    "programme",
    "dubbed",
    "branded",
    "headline",
    "banner",
    "sign",
    "signs",
    "category",
    "called",
];

const FEMALE_FIRST: &[&str] = &[
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Barbara",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
    "Nancy",
    "Lisa",
    "Margaret",
    "Betty",
    "Sandra",
    "Ashley",
    "Kimberly",
    "Emily",
    "Donna",
    "Michelle",
    "Carol",
    "Amanda",
    "Melissa",
    "Deborah",
    "Stephanie",
    "Rebecca",
    "Laura",
    "Sharon",
    "Cynthia",
    "Kathleen",
    "Amy",
    "Angela",
    "Shirley",
    "Anna",
    "Ruth",
    "Brenda",
    "Pamela",
    "Nicole",
    "Katherine",
    "Samantha",
    "Christine",
    "Emma",
    "Catherine",
    "Debra",
    "Virginia",
    "Rachel",
    "Carolyn",
    "Janet",
    "Maria",
    "Heather",
    "Diane",
    "Julie",
    "Joyce",
    "Victoria",
    "Kelly",
    "Christina",
    "Joan",
    "Evelyn",
    "Lauren",
    "Judith",
    "Olivia",
    "Martha",
    "Cheryl",
    "Megan",
    "Andrea",
    "Hannah",
    "Jacqueline",
    "Ann",
    "Jean",
    "Alice",
    "Kathryn",
    "Gloria",
    "Teresa",
    "Doris",
    "Sara",
    "Janice",
    "Julia",
    "Marie",
    "Madison",
    "Grace",
    "Judy",
    "Theresa",
    "Beverly",
    "Denise",
    "Marilyn",
    "Amber",
    "Danielle",
    "Abigail",
    "Brittany",
    "Rose",
    "Diana",
    "Natalie",
    "Sophia",
    "Alexis",
    "Lori",
    "Kayla",
    "Jane",
    "Kelsey",
    "Sigal",
    "Helen",
    "Mira",
    "Fiona",
    "Penelope",
    "Beth",
    "Hillary",
    "Kamala",
    "Elizabeth",
    "Serena",
    "Taylor",
    "Angela",
    "Nancy",
    "Kym",
    "Silvia",
    "Nicola",
    "Theresa",
    "Ursula",
    "Greta",
    "Oprah",
    "Sheryl",
    "Susan",
    "Marissa",
    "Ginni",
    "Ruth",
    "Sonia",
    "Elena",
    "Amy",
];

struct Ctx<'a> {
    text: &'a str,
    paragraphs: &'a [Span],
    quotes: &'a [Quote],
    names: &'a [Name],
    gazetteer: &'a Gazetteer,
    /// Quotation extents, marks included, sorted.
    marked: Vec<Span>,
    /// Cues outside quotations, sorted.
    cues: Vec<CueMatch>,
    /// Sentence start offsets, sorted.
    sentences: Vec<usize>,
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
    let all = cues.find_in(text, Span::new(0, text.len()));
    let outside = |s: Span| {
        let k = marked.partition_point(|e| e.end <= s.start);
        marked.get(k).is_none_or(|e| e.start >= s.end)
    };
    let cues: Vec<CueMatch> = all.into_iter().filter(|c| outside(c.span)).collect();
    let sentences = sentence_starts(text, paragraphs, &marked);
    let ctx = Ctx { text, paragraphs, quotes, names, gazetteer, marked, cues, sentences };
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    for qi in 0..quotes.len() {
        let a = ctx.attribute_one(qi, &out);
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

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Lt", "Col", "Gen", "Sen", "Rep", "Gov", "Jr", "Sr", "Inc",
    "Co", "Corp", "No", "vs", "Prof", "Capt", "Cmdr", "Sgt", "Maj", "Adm", "Rev", "Ft", "Mt",
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "U.S", "U.K", "U.N",
    "e.g", "i.e", "Ltd", "approx", "est", "Dept", "Univ",
];

/// Sentence starts: paragraph starts, and after . ! ? (outside quotations,
/// or right after a closing mark) followed by a capital or a mark.
fn sentence_starts(text: &str, paragraphs: &[Span], marked: &[Span]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut mi = 0;
    for p in paragraphs {
        out.push(p.start);
        let s = &text[p.start..p.end];
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let at = p.start + i;
            while mi < marked.len() && marked[mi].end <= at {
                mi += 1;
            }
            let in_quote = marked.get(mi).is_some_and(|m| m.start <= at && at < m.end);
            let ends = match c {
                '.' | '!' | '?' => !in_quote,
                '”' | '"' | '’' => {
                    marked.get(mi).is_some_and(|m| m.end == at + c.len_utf8())
                        && s[..i].ends_with(['.', '!', '?'])
                }
                _ => false,
            };
            if !ends {
                continue;
            }
            let rest = &s[i + c.len_utf8()..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() || trimmed.is_empty() {
                continue;
            }
            let next = trimmed.chars().next().expect("not empty");
            if !(next.is_uppercase() || next.is_ascii_digit() || "“\"‘(".contains(next)) {
                continue;
            }
            if c == '.' {
                let word =
                    s[..i].rsplit(|ch: char| ch.is_whitespace() || ch == '(').next().unwrap_or("");
                let single_initial =
                    word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if single_initial || ABBREVIATIONS.contains(&word) {
                    continue;
                }
            }
            out.push(p.start + s.len() - trimmed.len());
            let _ = iter.peek();
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn lower(w: &str) -> String {
    w.trim_end_matches('.').to_lowercase()
}

impl Ctx<'_> {
    fn words(&self, region: Span) -> Vec<Span> {
        if region.is_empty() {
            return Vec::new();
        }
        WORD.find_iter(&self.text[region.start..region.end])
            .map(|m| Span::new(region.start + m.start(), region.start + m.end()))
            .filter(|w| self.outside(*w))
            .collect()
    }

    fn word(&self, s: Span) -> &str {
        self.text[s.start..s.end].trim_end_matches('.')
    }

    fn outside(&self, s: Span) -> bool {
        let k = self.marked.partition_point(|e| e.end <= s.start);
        self.marked.get(k).is_none_or(|e| e.start >= s.end)
    }

    fn sentence_start(&self, at: usize) -> usize {
        let k = self.sentences.partition_point(|&s| s <= at);
        if k == 0 { 0 } else { self.sentences[k - 1] }
    }

    fn sentence_end(&self, after: usize, para_end: usize) -> usize {
        let k = self.sentences.partition_point(|&s| s <= after);
        self.sentences.get(k).copied().unwrap_or(para_end).min(para_end)
    }

    fn cues_in(&self, region: Span) -> &[CueMatch] {
        let a = self.cues.partition_point(|c| c.span.start < region.start);
        let b = self.cues.partition_point(|c| c.span.start < region.end);
        let mut cues = &self.cues[a..b.max(a)];
        while cues.last().is_some_and(|c| c.span.end > region.end) {
            cues = &cues[..cues.len() - 1];
        }
        cues
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
        if q.heading {
            return Attribution::none(Rule::Headline);
        }
        let ext = extent(q);
        let para = self.paragraphs[q.paragraph];
        let prev_same_para = qi.checked_sub(1).filter(|&p| self.quotes[p].paragraph == q.paragraph);
        let next_same_para = self.quotes.get(qi + 1).filter(|n| n.paragraph == q.paragraph);
        let pre_floor = prev_same_para.map_or(para.start, |p| extent(&self.quotes[p]).end);
        let pre = Span::new(self.sentence_start(ext.start).max(pre_floor), ext.start);
        let post_end = self
            .sentence_end(ext.end + 1, para.end)
            .min(next_same_para.map_or(para.end, |n| extent(n).start));
        let post = Span::new(ext.end, post_end.max(ext.end));
        let words = self.text[q.span.start..q.span.end].split_whitespace().count();

        if self.term_marker_before(pre) {
            return Attribution::none(Rule::Term);
        }
        let short = words <= 2 || self.title_case(q.span);
        if let Some(a) = self.cue_after(post) {
            return a;
        }
        if let Some(a) = self.cue_before(pre) {
            if short && !self.cue_adjacent(pre) {
                return Attribution::none(Rule::Term);
            }
            return a;
        }
        if short {
            return Attribution::none(Rule::Term);
        }
        let pre_empty = self.words(pre).is_empty();
        if let Some(p) = prev_same_para
            && pre_empty
            && done[p].has_speaker()
        {
            return self.inherit(&done[p], Rule::SplitQuote);
        }
        if q.continues
            && let Some(prev) = done.last()
            && prev.has_speaker()
        {
            return self.inherit(prev, Rule::Continuation);
        }
        let at_para_start = pre_empty && prev_same_para.is_none();
        if at_para_start && q.paragraph > 0 {
            let before = self.paragraphs[q.paragraph - 1];
            let line = &self.text[before.start..before.end];
            if line.ends_with(':')
                && let Some(a) =
                    self.cue_before(Span::new(self.sentence_start(before.end - 1), before.end))
            {
                return Attribution {
                    rule: Rule::ColonIntro,
                    confidence: Rule::ColonIntro.confidence(),
                    ..a
                };
            }
            if let Some(a) = self.follow_on(qi, done) {
                return a;
            }
        }
        if !pre_empty && let Some(a) = self.sentence_subject(pre) {
            return a;
        }
        Attribution::none(Rule::Unattributed)
    }

    fn inherit(&self, from: &Attribution, rule: Rule) -> Attribution {
        Attribution { rule, confidence: rule.confidence().min(from.confidence), ..from.clone() }
    }

    /// "the meme “…”", "so-called “…”": nobody's speech.
    fn term_marker_before(&self, pre: Span) -> bool {
        let w = self.words(pre);
        w.iter().rev().take(2).any(|&s| TERM_MARKERS.contains(&lower(self.word(s)).as_str()))
    }

    /// Every word capitalised: a name or title ("Three Amigos").
    fn title_case(&self, span: Span) -> bool {
        let s = &self.text[span.start..span.end];
        let words: Vec<&str> = s.split_whitespace().collect();
        words.len() <= 5
            && !s.trim_end().ends_with([',', '?', '!'])
            && words.iter().all(|w| {
                w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                    || matches!(*w, "of" | "the" | "and" | "for" | "a" | "in" | "on" | "to")
            })
    }

    /// A cue directly before the mark (`said, “`, `called it “`).
    fn cue_adjacent(&self, pre: Span) -> bool {
        let w = self.words(pre);
        self.cues_in(pre)
            .last()
            .is_some_and(|c| w.iter().filter(|s| s.start >= c.span.end).count() <= 2)
    }

    fn cue_after(&self, post: Span) -> Option<Attribution> {
        let words = self.words(post);
        for cue in self.cues_in(post) {
            let lead = words.iter().filter(|w| w.end <= cue.span.start).count();
            if lead > 8 {
                break;
            }
            let rule = match cue.role {
                CueRole::Verb => Rule::CueAfter,
                CueRole::Source => Rule::AccordingTo,
                CueRole::Passive => Rule::Passive,
            };
            let f = if lead == 0 || cue.role != CueRole::Verb {
                self.speaker_after(cue, post.end)
            } else {
                self.subject_before(Span::new(post.start, cue.span.start), cue.span.start)
            };
            if let Some(f) = f {
                return Some(self.found(f, Some(cue.span), rule));
            }
        }
        None
    }

    fn cue_before(&self, pre: Span) -> Option<Attribution> {
        for cue in self.cues_in(pre).iter().rev() {
            let (f, rule) = match cue.role {
                CueRole::Verb => (
                    self.subject_before(Span::new(pre.start, cue.span.start), cue.span.start),
                    Rule::CueBefore,
                ),
                CueRole::Source => (self.speaker_after(cue, pre.end), Rule::AccordingTo),
                CueRole::Passive => (self.speaker_after(cue, pre.end), Rule::Passive),
            };
            if let Some(f) = f {
                return Some(self.found(f, Some(cue.span), rule));
            }
        }
        None
    }

    /// The subject of a cue that follows `region`.
    fn subject_before(&self, region: Span, cue_start: usize) -> Option<Found> {
        let words = self.words(Span::new(region.start, cue_start));
        let mut k = words.len();
        while k > 0 && SKIP_BEFORE_CUE.contains(&lower(self.word(words[k - 1])).as_str()) {
            k -= 1;
        }
        let last = *words.get(k.checked_sub(1)?)?;
        if let Some(f) = self.pronoun(last) {
            return Some(f);
        }
        let lw = lower(self.word(last));
        if matches!(lw.as_str(), "i" | "we" | "you" | "me" | "us") {
            return None;
        }
        // "Hugh Hill, a doctor, said": the name before the apposition.
        let head = self.text[region.start..cue_start].trim_end();
        if head.ends_with(',')
            && let Some(comma) = head[..head.len() - 1].rfind(',')
            && let Some(n) = self.name_ending_near(Span::new(region.start, region.start + comma))
        {
            return Some(n);
        }
        if let Some(n) = self.nearest_name(Span::new(region.start, last.end), &words[..k]) {
            return Some(n);
        }
        self.noun_phrase(&words[..k], last)
    }

    /// A name whose end is the end of `region` (give or take a word).
    fn name_ending_near(&self, region: Span) -> Option<Found> {
        let tail = self.text[region.start..region.end].trim_end();
        let end = region.start + tail.len();
        self.names
            .iter()
            .rev()
            .skip_while(|n| n.span.end > end)
            .take_while(|n| n.span.end + 2 >= end)
            .find(|n| !n.possessive)
            .map(|n| self.name_found(n))
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
        for n in self.names.iter().rev().skip_while(|n| n.span.end > region.end) {
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
            let before = words.iter().rev().find(|w| w.end <= n.span.start);
            if before.is_some_and(|&w| PREPOSITIONS.contains(&lower(self.word(w)).as_str())) {
                continue;
            }
            if !n.confident && gap > 1 {
                continue;
            }
            return Some(self.name_found(n));
        }
        None
    }

    /// "a person with inside knowledge of the company", "the company",
    /// "federal prosecutors": a noun phrase ending at `last`.
    fn noun_phrase(&self, words: &[Span], last: Span) -> Option<Found> {
        let k = words.iter().position(|w| *w == last)?;
        let from = k.saturating_sub(10);
        for d in (from..=k).rev() {
            let w = lower(self.word(words[d]));
            if !DETERMINERS.contains(&w.as_str()) {
                continue;
            }
            let np = &words[d..=k];
            let heads: Vec<String> = np[1..].iter().map(|&s| lower(self.word(s))).collect();
            let span = Span::new(words[d].start, last.end);
            if heads.iter().any(|h| ANON_HEADS.contains(&h.as_str())) {
                return Some(Found {
                    name: None,
                    kind: SpeakerKind::Anonymous,
                    span,
                    pronoun: false,
                });
            }
            if let Some(h) = heads.iter().find(|h| ORG_HEADS.contains(&h.as_str())) {
                return Some(self.org_by_head(h, span));
            }
            if heads.iter().any(|h| GROUP_HEADS.contains(&h.as_str())) {
                let name = self.text[words[d + 1].start..last.end].to_owned();
                return Some(Found {
                    name: Some(name),
                    kind: SpeakerKind::Organization,
                    span,
                    pronoun: false,
                });
            }
            break;
        }
        let lw = lower(self.word(last));
        if ANON_HEADS.contains(&lw.as_str()) && lw.ends_with('s') {
            return Some(Found {
                name: None,
                kind: SpeakerKind::Anonymous,
                span: last,
                pronoun: false,
            });
        }
        if GROUP_HEADS.contains(&lw.as_str()) {
            let start = words[k.saturating_sub(1)..k]
                .iter()
                .find(|w| self.word(**w).chars().all(|c| c.is_alphabetic() || c == '.'))
                .map_or(last.start, |w| w.start);
            let name = self.text[start..last.end].to_owned();
            let span = Span::new(start, last.end);
            return Some(Found {
                name: Some(name),
                kind: SpeakerKind::Organization,
                span,
                pronoun: false,
            });
        }
        None
    }

    /// "the company" is the organisation last named; "the board" is that
    /// organisation's board.
    fn org_by_head(&self, head: &str, span: Span) -> Found {
        let org = self
            .names
            .iter()
            .rev()
            .skip_while(|n| n.span.start >= span.start)
            .find(|n| n.kind == EntityKind::Organization && n.confident);
        let name = match (org, head) {
            (Some(o), "board" | "committee" | "team") => format!("{} {head}", o.canonical),
            (Some(o), _) => o.canonical.clone(),
            (None, _) => head.to_owned(),
        };
        Found { name: Some(name), kind: SpeakerKind::Organization, span, pronoun: false }
    }

    /// he / she / they / it, resolved to the nearest fitting name before it.
    /// "she" prefers a name with a known female first name.
    fn pronoun(&self, w: Span) -> Option<Found> {
        let lw = lower(self.word(w));
        let before = || {
            self.names
                .iter()
                .rev()
                .skip_while(move |n| n.span.start >= w.start)
                .filter(|n| n.confident)
        };
        let n = match lw.as_str() {
            "he" => before().find(|n| n.kind == EntityKind::Person && !is_female(n)),
            "she" => before()
                .find(|n| is_female(n))
                .or_else(|| before().find(|n| n.kind == EntityKind::Person)),
            "it" => before().find(|n| n.kind == EntityKind::Organization),
            "they" => before().next(),
            _ => return None,
        }?;
        Some(Found {
            name: Some(n.canonical.clone()),
            kind: kind_of(n.kind),
            span: w,
            pronoun: true,
        })
    }

    /// The speaker after a cue: `said Smith`, `according to a source`.
    fn speaker_after(&self, cue: &CueMatch, limit: usize) -> Option<Found> {
        let rest = &self.text[cue.span.end..limit];
        let stop = rest.find([',', '.', ';', ':', '—', '“', '”', '"', '(']).unwrap_or(rest.len());
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
        if matches!(fw.as_str(), "he" | "she") {
            return self.pronoun(first);
        }
        if matches!(
            fw.as_str(),
            "that" | "it" | "this" | "me" | "us" | "him" | "her" | "them" | "i" | "we" | "you"
        ) {
            return None;
        }
        if let Some(n) = self
            .names
            .iter()
            .find(|n| n.span.start >= region.start && n.span.end <= region.end && !n.possessive)
        {
            let lead = words.iter().filter(|w| w.end <= n.span.start).count();
            if lead <= 3 {
                return Some(self.name_found(n));
            }
        }
        if DETERMINERS.contains(&fw.as_str()) || words.len() <= 3 {
            let last = *words.last()?;
            // "a person familiar with the talks": the phrase up to the clause end.
            if let Some(f) = self.noun_phrase(words, last) {
                return Some(f);
            }
            let head = words.iter().take(6).rev().find_map(|&w| self.noun_phrase(words, w));
            if let Some(mut f) = head {
                f.span.end = last.end;
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

    fn block(&self, q: &Quote) -> Option<Attribution> {
        let line = self.paragraphs[q.cue_line?];
        let region = Span::new(line.start, line.end);
        let mut a = self.cue_before(region);
        if a.is_none() {
            // "Piper is back:": the line's subject.
            let n =
                self.names.iter().find(|n| n.span.start >= line.start && n.span.end <= line.end)?;
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
        let between = Span::new(extent(prev).end, extent(q).start);
        let intervening = self.names.iter().any(|n| {
            n.span.start >= between.start
                && n.span.end <= between.end
                && n.confident
                && Some(&n.canonical) != done[p].speaker.as_ref()
        });
        if intervening {
            return None;
        }
        // The quotation's own paragraph names nobody else either.
        let para = self.paragraphs[q.paragraph];
        let others = self.names.iter().any(|n| {
            n.span.start >= para.start
                && n.span.end <= para.end
                && n.confident
                && Some(&n.canonical) != done[p].speaker.as_ref()
        });
        if others {
            return None;
        }
        Some(self.inherit(&done[p], Rule::FollowOn))
    }

    /// A fragment with no cue: the named subject that opens its sentence.
    fn sentence_subject(&self, pre: Span) -> Option<Attribution> {
        let words = self.words(pre);
        let n = self.names.iter().find(|n| n.span.start >= pre.start && n.span.end <= pre.end)?;
        let lead = words.iter().filter(|w| w.end <= n.span.start).count();
        if lead > 2 || n.possessive || !n.confident {
            return None;
        }
        Some(self.found(self.name_found(n), None, Rule::SentenceSubject))
    }
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
