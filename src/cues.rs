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
        Cues { roles, matcher }
    }

    /// Whole-word cue matches inside `range` of `text`.
    pub fn find_in(&self, text: &str, range: Span) -> Vec<CueMatch> {
        let hay = &text[range.start..range.end];
        self.matcher
            .find_iter(hay)
            .filter(|m| {
                let before = hay[..m.start()].chars().next_back();
                let after = hay[m.end()..].chars().next();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '’' || c == '\'')
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
            })
            .map(|m| CueMatch {
                span: Span::new(range.start + m.start(), range.start + m.end()),
                role: self.roles[m.pattern().as_usize()],
            })
            .collect()
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
    fn whole_words_only() {
        assert!(words("unsaid retold saying-so").is_empty());
        assert_eq!(words("Kokotajlo informed me"), [("informed", CueRole::Verb)]);
    }
}
