//! Fragments: whether a short quoted phrase is speech or a term (a name for
//! a thing, a title, a scare quote).

use super::{Ctx, PREPOSITIONS, lower};
use crate::document::Span;
use crate::word_lists::{self, word_set};
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Words right before an opening mark that make it a term, not speech.
static TERM_MARKERS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::TERM_MARKERS));

/// Kinds of work whose capitalised title follows in marks.
static WORK_NOUNS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::WORK_NOUNS));

impl Ctx<'_> {
    /// "the meme “…”", "so-called “…”": nobody's speech.
    /// "called the “…”" names a thing; "called it “…”" characterises, as speech.
    /// "which he called “a cartel for the rich”" characterises in the
    /// subject's words: three words or more after "called" are speech.
    pub(super) fn term_marker_before(&self, pre: Span, quote_words: usize) -> bool {
        // "told LBC's Breakfast show: “…”": a colon introduces words said.
        if self.text[pre.start..pre.end].trim_end().ends_with(':') {
            return false;
        }
        let w = self.words(pre);
        let last: Vec<std::borrow::Cow<str>> =
            w.iter().rev().take(2).map(|&s| lower(self.word(s))).collect();
        // "in her words, “…”": her own words, not words as words ("she
        // liked his words “…”" are).
        if let [l, d] = last.as_slice()
            && l == "words"
            && matches!(&**d, "his" | "her" | "their" | "own")
            && (self.text[pre.start..pre.end].trim_end().ends_with(',')
                || w.iter().rev().nth(2).is_some_and(|&i| lower(self.word(i)) == "in"))
        {
            return false;
        }
        let names_a_thing = match last.as_slice() {
            [l, ..] if l == "called" => quote_words < 3,
            [d, l] if l == "called" => matches!(&**d, "the" | "a" | "an"),
            _ => false,
        };
        // "the film “Jaws”" names it; "the film was “a mess”" judges it,
        // in somebody's words.
        let copula = last.first().is_some_and(|l| {
            matches!(
                &**l,
                "was"
                    | "is"
                    | "were"
                    | "are"
                    | "be"
                    | "been"
                    | "seems"
                    | "seemed"
                    | "remains"
                    | "became"
                    | "becomes"
            )
        });
        names_a_thing
            || last
                .iter()
                .enumerate()
                .any(|(i, l)| TERM_MARKERS.contains(&&**l) && (i == 0 || !copula))
    }

    /// "fans call the stand “…”": a naming verb within three words.
    pub(super) fn naming_verb_before(&self, pre: Span) -> bool {
        let w = self.words(pre);
        // "known in his playing days as “Rafa”": "as" reaches back to its
        // verb across a short phrase.
        let reach = if w.last().is_some_and(|&s| self.word(s) == "as") { 8 } else { 3 };
        w.iter().rev().take(reach).any(|&s| {
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
    pub(super) fn title_case(&self, span: Span) -> bool {
        let s = &self.text[span.start..span.end];
        !s.trim_end().ends_with([',', '?', '!']) && capitalised_words(s)
    }

    /// "the area miners call “the Belly,”", "what the firm calls “Prism
    /// Stack”": a present "call" within three words before a name in marks
    /// ([`Ctx::names_a_title`]) gives a thing its name, as no one's
    /// speech. ("calls her “an intelligent woman”" judges.)
    pub(super) fn naming_call(&self, pre: Span) -> bool {
        // "One listener calling in said: “…”": no preposition after the
        // verb, no colon before the mark.
        let words = self.words(pre);
        let tail = &words[words.len().saturating_sub(3)..];
        let Some(k) = tail
            .iter()
            .rposition(|&w| matches!(&*lower(self.word(w)), "call" | "calls" | "calling"))
        else {
            return false;
        };
        !self.text[pre.start..pre.end].trim_end().ends_with(':')
            && !tail[k + 1..].iter().any(|&w| PREPOSITIONS.contains(&*lower(self.word(w))))
    }

    /// "her fifth novel, “The Salt Almanac,”": a kind of work right before
    /// a name in marks ([`Ctx::names_a_title`]; a comma between allowed).
    pub(super) fn work_title(&self, pre: Span) -> bool {
        self.words(pre).last().is_some_and(|&w| WORK_NOUNS.contains(&*lower(self.word(w))))
            && self.text[pre.start..pre.end]
                .trim_end()
                .trim_end_matches(',')
                .ends_with(char::is_alphabetic)
    }

    /// Every word capitalised past a leading "the", a comma or full stop
    /// of the sentence's inside the closing mark allowed.
    pub(super) fn names_a_title(&self, quote: Span) -> bool {
        let s = self.text[quote.start..quote.end].trim_end().trim_end_matches([',', '.']);
        let s = s.strip_prefix("the ").or_else(|| s.strip_prefix("The ")).unwrap_or(s);
        !s.is_empty() && capitalised_words(s)
    }
}

/// Five words at most, each capitalised or a short function word.
fn capitalised_words(s: &str) -> bool {
    // One pass: most quotations fail on their second word.
    let mut words = s.split_whitespace();
    words.by_ref().take(5).all(|w| {
        w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            || matches!(w, "of" | "the" | "and" | "for" | "a" | "in" | "on" | "to")
    }) && words.next().is_none()
}
