//! The cue lexicon: reporting verbs and phrases ("said", "told", "according
//! to", "in a statement") that tie a quotation to its speaker.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::document::Span;

/// Where a cue expects its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueRole {
    /// A reporting verb: the speaker is its subject ("X said") or follows
    /// it in inverted order ("said X").
    Verb,
    /// The speaker follows: "according to X".
    Source,
    /// Passive: the speaker follows "by": "was described by X as".
    Passive,
}

/// A cue found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueMatch {
    /// Where the cue words stand.
    pub span: Span,
    /// Where it expects the speaker.
    pub role: CueRole,
}

/// A compiled cue lexicon.
#[derive(Clone, Debug)]
pub struct Cues {
    roles: Vec<CueRole>,
    matcher: AhoCorasick,
    /// The chars some phrase holds, either case: a match can run across
    /// no other char.
    chars: std::collections::HashSet<char>,
}

static DEFAULT_TXT: &str = include_str!("../data/cues.txt");
static DEFAULT: LazyLock<Cues> = LazyLock::new(|| Cues::parse(DEFAULT_TXT));

impl Cues {
    /// The lexicon shipped in `data/cues.txt`.
    pub fn embedded() -> &'static Cues {
        &DEFAULT
    }

    /// Parses `phrase<TAB>role` lines (`verb`, `source`, `passive`); a line
    /// with no role is a verb.
    pub fn parse(text: &str) -> Cues {
        let mut phrases = Vec::new();
        let mut roles = Vec::new();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let phrase = cols.next().unwrap_or("").trim();
            let role = match cols.next().map(str::trim) {
                Some("source") => CueRole::Source,
                Some("passive") => CueRole::Passive,
                _ => CueRole::Verb,
            };
            phrases.push(phrase.to_owned());
            roles.push(role);
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .build(&phrases)
            .expect("cue phrases build");
        let chars = phrases
            .iter()
            .flat_map(|p| p.chars())
            .flat_map(|c| [c, c.to_ascii_lowercase(), c.to_ascii_uppercase()])
            .collect();
        Cues { roles, matcher, chars }
    }

    /// Whole-word cue matches inside `range` of `text`.
    pub fn find_in(&self, text: &str, range: Span) -> Vec<CueMatch> {
        let mut out = Vec::new();
        self.find_in_part(text, range, 0..range.end - range.start, &mut out);
        out
    }

    /// [`Cues::find_in`], without the matches that overlap `excluded`
    /// (sorted by start). Where each excluded span starts and ends with a
    /// char no phrase holds (a quotation mark), no match runs into one:
    /// only the text between them is searched.
    pub fn find_outside(&self, text: &str, range: Span, excluded: &[Span]) -> Vec<CueMatch> {
        let first = excluded.partition_point(|e| e.end <= range.start);
        let inside = excluded[first..].iter().take_while(|e| e.start < range.end);
        let walled = |e: &Span| {
            let s = &text[e.start.max(range.start)..e.end.min(range.end)];
            let (a, z) = (s.chars().next(), s.chars().next_back());
            a.zip(z).is_some_and(|(a, z)| !self.chars.contains(&a) && !self.chars.contains(&z))
        };
        let overlaps = |s: Span| {
            let k = excluded.partition_point(|e| e.end <= s.start);
            excluded.get(k).is_some_and(|e| e.start < s.end)
        };
        if !inside.clone().all(walled) {
            let mut all = self.find_in(text, range);
            all.retain(|c| !overlaps(c.span));
            return all;
        }
        let mut out = Vec::new();
        let mut from = range.start;
        for e in inside.chain([&Span::new(range.end, range.end)]) {
            if from < e.start {
                let part = from - range.start..e.start - range.start;
                self.find_in_part(text, range, part, &mut out);
            }
            from = from.max(e.end);
        }
        out
    }

    /// Pushes the whole-word matches inside `part` (relative to `range`),
    /// judged against all of `range`.
    fn find_in_part(
        &self,
        text: &str,
        range: Span,
        part: std::ops::Range<usize>,
        out: &mut Vec<CueMatch>,
    ) {
        let hay = &text[range.start..range.end];
        let found = self.matcher.find_iter(aho_corasick::Input::new(hay).span(part)).filter(|m| {
            let before = hay[..m.start()].chars().next_back();
            let after = hay[m.end()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '’' || c == '\'')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
        });
        out.extend(found.map(|m| CueMatch {
            span: Span::new(range.start + m.start(), range.start + m.end()),
            role: self.roles[m.pattern().as_usize()],
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<(&str, CueRole)> {
        Cues::embedded()
            .find_in(t, Span::new(0, t.len()))
            .iter()
            .map(|m| (&t[m.span.start..m.span.end], m.role))
            .collect()
    }

    #[test]
    fn finds_verbs_phrases_and_roles() {
        assert_eq!(
            words("He told me, according to Vox, and she Said so in a statement."),
            [
                ("told", CueRole::Verb),
                ("according to", CueRole::Source),
                ("Said", CueRole::Verb),
                ("in a statement", CueRole::Verb)
            ]
        );
        assert_eq!(
            words("The memo was described by aides as"),
            [("was described by", CueRole::Passive)]
        );
    }

    #[test]
    fn cues_outside_quotations_only() {
        let t = "“I said no,” she told me. “We told them.” He said‘so’";
        let quotes = |t: &str| -> Vec<Span> {
            let mut spans = Vec::new();
            let mut open = None;
            for (i, c) in t.char_indices() {
                match c {
                    '“' | '‘' => open = Some(i),
                    '”' | '’' => spans.push(Span::new(open.take().unwrap(), i + c.len_utf8())),
                    _ => {}
                }
            }
            spans
        };
        let found = Cues::embedded().find_outside(t, Span::new(0, t.len()), &quotes(t));
        let words: Vec<&str> = found.iter().map(|c| &t[c.span.start..c.span.end]).collect();
        assert_eq!(words, ["told", "said"]);
        // A span that does not start and end with a mark: the whole range
        // is searched, and what overlaps the span dropped.
        let at = t.find("told them").unwrap();
        let letters = [Span::new(at, at + "told them".len())];
        let found = Cues::embedded().find_outside(t, Span::new(0, t.len()), &letters);
        let words: Vec<&str> = found.iter().map(|c| &t[c.span.start..c.span.end]).collect();
        assert_eq!(words, ["said", "told", "said"]);
        // The longest phrase runs into the span and is dropped; "wrote"
        // alone was never a match there.
        let t = "He wrote on x today";
        let x = t.find('x').unwrap();
        let found =
            Cues::embedded().find_outside(t, Span::new(0, t.len()), &[Span::new(x, t.len())]);
        assert!(found.is_empty(), "{found:?}");
    }

    proptest::proptest! {
        #[test]
        fn searching_between_quotations_is_filtering_the_whole(
            tokens in proptest::collection::vec(
                proptest::sample::select(&[
                    "said", "Said", " ", "told", "according to", "“", "”", "’", "x", "-", "s", "wrote", "on",
                ][..]),
                0..24,
            ),
            cuts in proptest::collection::vec(0usize..25, 0..8),
            range in (0usize..25, 0usize..25),
        ) {
            let t: String = tokens.concat();
            // Token boundaries are char boundaries.
            let mut at = vec![0];
            for tok in &tokens {
                at.push(at.last().unwrap() + tok.len());
            }
            let pick = |k: usize| at[k.min(at.len() - 1)];
            let mut cuts: Vec<usize> = cuts.into_iter().map(pick).collect();
            cuts.sort_unstable();
            cuts.dedup();
            let excluded: Vec<Span> = cuts.chunks_exact(2).map(|c| Span::new(c[0], c[1])).collect();
            let (a, b) = (pick(range.0.min(range.1)), pick(range.0.max(range.1)));
            let range = Span::new(a, b);
            let cues = Cues::embedded();
            let mut whole = cues.find_in(&t, range);
            whole.retain(|c| excluded.iter().all(|e| e.end <= c.span.start || e.start >= c.span.end));
            proptest::prop_assert_eq!(cues.find_outside(&t, range, &excluded), whole);
        }
    }

    #[test]
    fn predicates_that_report_speech() {
        // Verbs that put words in a speaker's mouth, and phrasal cues.
        assert_eq!(
            words("Nora Lind riffed, beamed, dismissed it and took aim at them"),
            [
                ("riffed", CueRole::Verb),
                ("beamed", CueRole::Verb),
                ("dismissed", CueRole::Verb),
                ("took aim at", CueRole::Verb)
            ]
        );
        assert_eq!(
            words("The club issued a statement after it took to Twitter"),
            [("issued a statement", CueRole::Verb), ("took to Twitter", CueRole::Verb)]
        );
        // A noun that is also a verb is listed only in its verb forms.
        assert!(words("a needle, a lecture, the bash, a blast").is_empty());
    }

    /// The speaker of the quotation `quote` in `text`, end to end.
    fn speaker_of(text: &str, quote: &str) -> Option<String> {
        let ms = crate::Extractor::new().extract(&crate::Document::new("c.txt", text));
        let m =
            ms.iter().find(|m| m.text == quote).unwrap_or_else(|| panic!("{quote:?} in {ms:#?}"));
        m.speaker.clone()
    }

    #[test]
    fn new_cues_give_the_quotation_a_speaker() {
        let t = "The crane arrived at dawn. “We finished a week early!” beamed Ines Carvalho, the site engineer.";
        assert_eq!(speaker_of(t, "We finished a week early!").as_deref(), Some("Ines Carvalho"));
        let t = "Tomas Reyes dismissed the ferry plan as “a fairy tale for tourists.”";
        assert_eq!(speaker_of(t, "a fairy tale for tourists.").as_deref(), Some("Tomas Reyes"));
        let t = "Mayor Petra Holm took aim at the depot owners, who she said had “broken every promise.”";
        assert_eq!(speaker_of(t, "broken every promise.").as_deref(), Some("Petra Holm"));
    }

    #[test]
    fn whole_words_only() {
        assert!(words("unsaid retold saying-so").is_empty());
        assert_eq!(words("Kokotajlo informed me"), [("informed", CueRole::Verb)]);
    }
}
