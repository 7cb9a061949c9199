//! Subjects: the speaker phrase of a clause (a name, a description, a group, an
//! unnamed source) before or after its cue.

use super::cue_rules::has_contracted;
use super::{
    ANON_HEADS, Ctx, DETERMINERS, DOCUMENT_HEADS, Found, GROUP_HEADS, LOOKBACK_BYTES,
    LOOKBACK_NAMES, ORG_HEADS, PREPOSITIONS, ROLE_HEADS, SKIP_BEFORE_CUE, SpeakerKind, kind_of,
    lower, title_word,
};
use crate::document::Span;
use crate::gazetteer::EntityKind;
use crate::names::{Name, is_title};
use crate::word_lists::{self, word_set};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Nouns for something said: `data/words/speech-nouns.txt`.
static SPEECH_NOUNS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::SPEECH_NOUNS));

/// Participles before "by" that name a document's author:
/// `data/words/authoring.txt`.
static AUTHORING: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::AUTHORING));

/// The bytes hold " by ".
fn has_by(bytes: &[u8]) -> bool {
    bytes.windows(4).any(|w| w == b" by ")
}

/// A plural noun for people: "members", "lawyers", "activists",
/// "candidates", "critics" (not "numbers", "statements").
fn people_plural(head: &str) -> bool {
    let people_suffix =
        ["ers", "ors", "ists", "ians", "ants", "ents", "ates", "ives", "ics", "ees"];
    let things = ["numbers", "letters", "headquarters", "statistics", "papers", "orders", "lives"];
    head.len() > 4
        && people_suffix.iter().any(|s| head.ends_with(s))
        && !head.ends_with("ments")
        && !things.contains(&head)
        && head.chars().all(|c| c.is_lowercase() || c == '-')
}

/// The head of a group of people: "owners", "fishermen", "scientists".
fn group_head(lw: &str) -> bool {
    people_plural(lw)
        || GROUP_HEADS.contains(lw)
        || lw.len() > 5 && lw.ends_with("men") && lw.bytes().all(|b| b.is_ascii_lowercase())
}

/// Words that count a group's people: `data/words/quantifiers.txt`.
static QUANTIFIERS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::QUANTIFIERS));
/// Documents "by" an author: `data/words/written-by.txt`.
static WRITTEN_BY: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::WRITTEN_BY));
/// Clause openers inside a phrase of place: `data/words/subordinators.txt`.
static SUBORDINATORS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::SUBORDINATORS));
/// Prepositions of a group's phrase of place: `data/words/place-prepositions.txt`.
static PLACE_PREPOSITIONS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::PLACE_PREPOSITIONS));

/// The document head among the first four words of `phrase` ("A letter
/// opposing the plan" → "letter").
fn document_in(phrase: &str) -> Option<&'static str> {
    phrase.split_whitespace().take(4).find_map(|w| {
        let w = w.trim_end_matches([',', ';', ':']);
        let w = lower(w.trim_end_matches("’s").trim_end_matches("'s"));
        DOCUMENT_HEADS.get(&*w).copied()
    })
}

impl Ctx<'_> {
    /// "“…,” Harry Bond, 30, of Dover, who was polled, said": a name right
    /// after the closing mark, set off by a comma, is the subject of the
    /// verb that ends its clause.
    pub(super) fn opening_name(&self, head: Span) -> Option<Found> {
        let n = self.names_in(head).next()?;
        let lead = &self.text[head.start..n.span.start];
        let only_titles = lead
            .split_whitespace()
            .all(|w| is_title(w.trim_matches([',', '.'])) || w.chars().all(|c| c == ','));
        let set_off = self.text[n.span.end..head.end].starts_with(',');
        (only_titles && set_off && n.confident && !n.possessive).then(|| self.name_found(n))
    }

    /// "the group, Riders United,": a name set off by commas right after
    /// the head noun `head`.
    fn apposed_name(&self, head: Span) -> Option<&Name> {
        let after = self.text[head.end..].strip_prefix(", ")?;
        let at = head.end + 2;
        let n = self.names_in(Span::new(at, self.ahead(at, 80))).next()?;
        (n.span.start == at
            && n.confident
            && !n.possessive
            && self.text[n.span.end..].starts_with(','))
        .then_some(n)
        .filter(|_| !after.is_empty())
    }

    /// "Jane Roe, a doctor at the clinic, said": the name that opens a clause
    /// ending in an apposition and a comma.
    pub(super) fn apposed_subject(&self, region: Span) -> Option<Found> {
        let head = self.text[region.start..region.end].trim_end();
        if !head.ends_with(',') {
            return None;
        }
        let words = self.words(region);
        self.names_in(region)
            // "In a statement to the Observer, her adviser, Jake Sullivan,
            // said": a name after a preposition is no subject.
            .filter(|n| !n.possessive && self.not_oblique(n))
            // "According to broadcaster Radio Kent, the mayor said": the
            // source relays; the phrase after its comma is no apposition.
            .filter(|n| {
                let from = self.back(n.span.start, 120).max(self.sentence_start(n.span.start));
                let lead = &self.text[from.min(n.span.start)..n.span.start];
                !lead.rsplit(',').next().is_some_and(|l| {
                    l.as_bytes().windows(13).any(|w| w.eq_ignore_ascii_case(b"according to "))
                })
            })
            .find(|n| {
                let rest = &self.text[n.span.end..region.end];
                // "James Roe Jr., the director": the suffix's full stop.
                let rest = rest.strip_prefix('.').filter(|r| r.starts_with(',')).unwrap_or(rest);
                // Past a bracketed party tag: "Claire Roe (D-Mo.), who …,".
                let rest = match rest.strip_prefix(" (") {
                    Some(r) if r.len() < 40 => r.find("),").map_or(rest, |k| &r[k + 1..]),
                    _ => rest,
                };
                let next = rest.trim_start_matches(',').trim_start();
                // "Rep. Duncan Hale's chief of staff, Joe Kasper, told": the
                // role before the name, the name set off right before the cue.
                let role_first = next.is_empty()
                    && self.text[..n.span.start].trim_end().ends_with(',')
                    && n.kind == EntityKind::Person
                    && n.confident;
                rest.starts_with(',')
                    && next.len() + 2 < head.len()
                    && words.iter().filter(|w| w.end <= n.span.start).count() <= 8
                    && (role_first
                        || next.split_whitespace().next().is_some_and(|w| {
                            // "Cory Dunn, 22, of Flint, said": an age.
                            w.starts_with(char::is_lowercase)
                                || w.trim_end_matches(',').bytes().all(|b| b.is_ascii_digit())
                                || is_title(w)
                                || DETERMINERS.contains(&w.to_lowercase().as_str())
                                || w.ends_with("’s")
                        }))
            })
            .map(|n| self.name_found(n))
    }

    /// "A letter opposing the plan, signed by 62 households, reads": a
    /// document opening the sentence, whose author a participle names
    /// right before the cue at `cue_start`, speaks as that author (not "In
    /// a statement released by his lawyers, Vale said", nor "A petition
    /// signed by 300 residents was handed to Jane Roe, who said").
    fn document_author(&self, from: usize, cue_start: usize) -> Option<Found> {
        let from = from.max(self.sentence_start(cue_start));
        // Asked before every cue: "by" is looked for by bytes first.
        if !has_by(&self.text.as_bytes()[from..cue_start]) {
            return None;
        }
        let (f, by) = self.signed_by(Span::new(from, cue_start), None, 1)?;
        // Nothing but the author's phrase (and a participle of its own)
        // between "by" and the cue: no clause, no finite verb, no person.
        let words = self.words(Span::new(by, cue_start));
        let clause = words.iter().any(|&w| {
            matches!(
                &*lower(self.word(w)),
                "who" | "which" | "that" | "whose" | "was" | "were" | "is" | "are" | "had"
            )
        });
        // (Places in the author's own phrase are no rivals: "residents of
        // Ashby Lane,".)
        let phrase_end = self.text[by..cue_start].find([',', ';']).map_or(cue_start, |k| by + k);
        let person = self
            .names_in(Span::new(phrase_end, cue_start))
            .any(|n| n.confident && n.kind == EntityKind::Person);
        (words.len() <= 16 && !clause && !person).then_some(f)
    }

    /// "“…,” the letter reads" after "A letter signed by 62 households":
    /// the author such a phrase with the same document `head` gave last,
    /// within the lookback before `at`, and where its "by" ends.
    pub(super) fn signed_document(&self, head: &str, at: usize) -> Option<(Found, usize)> {
        self.signed_by(Span::new(self.back(at, 2 * LOOKBACK_BYTES), at), Some(head), 8)
    }

    /// Where an aside set off by dashes ("— among them Oasis Relief —")
    /// opens, when it ends right before the cue at `cue_start`, within 200
    /// bytes, after a word of the subject's own.
    fn dash_aside_before(&self, from: usize, cue_start: usize) -> Option<usize> {
        // The last 240 bytes only: a cue after a dash reads no more.
        let lo = self.back(cue_start, 240).max(from);
        let before = self.text[lo..cue_start].trim_end();
        ["—", "–", "--"].into_iter().find_map(|dash| {
            let inner = before.strip_suffix(dash)?;
            let open = lo + inner.rfind(dash)?;
            let word_before = self.text[from..open]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            (word_before && lo + inner.len() - open <= 200).then_some(open)
        })
    }

    /// The author of the last "signed by" (or "written by" …) in `region`
    /// whose sentence opens with a document (`head`, if given: "A letter
    /// opposing the plan", "The council's report"), looking at the last
    /// `tries` "by"s; and where that "by " ends.
    fn signed_by(&self, region: Span, head: Option<&str>, tries: usize) -> Option<(Found, usize)> {
        let window = &self.text[region.start..region.end];
        for (k, _) in window.rmatch_indices(" by ").take(tries) {
            let lead = &window[..k];
            // "signed", "jointly signed", "was written"; for a later "the
            // report says" also "published last week": words of time or
            // manner only between participle and "by" ("on Monday",
            // "jointly"), no other verb ("published Monday was criticised
            // by").
            let plain = |w: &str| {
                let lw = lower(w);
                TIME_WORDS.contains(&*lw)
                    || lw.ends_with("ly")
                    || matches!(&*lw, "last" | "this" | "on" | "in" | "earlier")
                    || w.starts_with(char::is_uppercase)
                        && w.bytes().all(|b| b.is_ascii_alphabetic())
            };
            let mut last = lead.rsplit(' ');
            let participle = if head.is_some() {
                last.take(4)
                    .position(|w| AUTHORING.contains(w) || !plain(w))
                    .filter(|&p| lead.rsplit(' ').nth(p).is_some_and(|w| AUTHORING.contains(w)))
            } else {
                // "A report by the branch found": a written document
                // itself before "by", in the sentence's first four words
                // (not "The letter cites a study by", "A sign by the
                // lockers").
                let opening = || {
                    let from = lead.rfind(['.', '!', '?', '\n']).map_or(0, |s| s + 1);
                    lead[from..].split_whitespace().count() <= 4
                };
                last.next()
                    .filter(|w| {
                        AUTHORING.contains(*w)
                            || WRITTEN_BY.contains(&*lower(w))
                                && document_in(lead).is_some()
                                && opening()
                    })
                    .map(|_| 0)
            };
            let Some(participle) = participle else {
                continue;
            };
            let sentence = &lead[lead.rfind(['.', '!', '?', '\n']).map_or(0, |s| s + 1)..];
            let opener = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
            let opener = opener.split(' ').next().unwrap_or_default();
            let opens = DETERMINERS.contains(&*lower(opener))
                || opener.ends_with("’s")
                || opener.ends_with("'s");
            // "The warning follows a report published …": for a later
            // "the report says", the document may stand right before its
            // participle anywhere in the sentence.
            let before = head.and_then(|_| lead.rsplit(' ').nth(participle + 1));
            let document = match before.and_then(document_in) {
                Some(d) => Some(d),
                None if opens => document_in(sentence),
                None => None,
            };
            if document.is_none() || head.is_some_and(|h| document != Some(h)) {
                continue;
            }
            let start = region.start + k + 4;
            let rest = &self.text[start..self.ahead(start, 120).min(region.end)];
            let end = start + rest.find([',', '.', ';', ':', '“', '"']).unwrap_or(rest.len());
            return self.authoring_agent(start, end).map(|f| (f, start));
        }
        None
    }

    /// The author named at `at` after "signed by" (up to `end`): a name,
    /// a group of a body ("researchers at Oxford University"), or a plural
    /// of people ("residents of Mill Lane" are "residents").
    fn authoring_agent(&self, at: usize, end: usize) -> Option<Found> {
        if let Some(n) = self.names_in(Span::new(at, self.ahead(at, 80))).next() {
            // "by the state Department of Agriculture’s apiary program": a
            // body, after a word or two of its own, speaks for its unit.
            let lead = Span::new(at, n.span.start);
            if n.possessive
                && n.kind == EntityKind::Organization
                && n.confident
                && self.words(lead).len() <= 2
                && self.text[lead.start..lead.end]
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_lowercase))
            {
                return Some(self.name_found(n));
            }
            if n.span.start == at {
                return (n.confident && !n.possessive).then(|| self.name_found(n));
            }
            // "by the Integrated Hunger Monitor": after "the", a name of two
            // words or more that no list knows, ending the phrase (or before
            // its "of …"), is a body's (not "the Home Secretary", "the
            // Harbour Trust's lawyers", "the Trump administration").
            let head = self.text[n.span.start..n.span.end].rsplit(' ').next().unwrap_or_default();
            if self.text[at..].starts_with("the ")
                && n.span.start == at + 4
                // (The name may run past `end`: "the J.P. Morgan Institute".)
                && self.text.get(n.span.end..end).is_none_or(|after| {
                    after.trim().is_empty() || after.starts_with(" of ") || after.starts_with(" (")
                })
                && n.kind == EntityKind::Organization
                // (Its own words: the canonical name may be an acronym.)
                && self.text[n.span.start..n.span.end].contains(' ')
                && !n.possessive
                && !is_title(head)
                && !ROLE_HEADS.contains(&*lower(head))
            {
                return Some(self.name_found(n));
            }
        }
        // The agent's words, up to a conjunction or a verb ("signed by 40
        // nurses was sent").
        let words = self.words(Span::new(at, end));
        let phrase = words
            .iter()
            .position(|&w| {
                matches!(
                    &*lower(self.word(w)),
                    "and"
                        | "who"
                        | "which"
                        | "whose"
                        | "that"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                )
            })
            .unwrap_or(words.len());
        if let Some(f) = self.group_at_body(&words[..phrase]) {
            return Some(f);
        }
        // "signed by 40 of his fellow officers": the people after a count's
        // "of" and an owner.
        let mut from = 0;
        if let [n, of, owner, _, ..] = words[..phrase]
            && self.word(n).bytes().all(|b| b.is_ascii_digit() || b == b',')
            && self.word(of) == "of"
            && matches!(self.word(owner), "his" | "her" | "their" | "its" | "our")
        {
            from = 3;
        }
        let end = from
            + words[from..phrase]
                .iter()
                .position(|&w| PREPOSITIONS.contains(&*lower(self.word(w))))
                .unwrap_or(phrase - from);
        let words = &words[from..end];
        // A count is the document's, not the group's name ("signed by 212
        // residents" → "residents"); "dozens of staff" names nobody.
        let first = words.iter().position(|&w| {
            let w = lower(self.word(w));
            !DETERMINERS.contains(&*w) && !w.bytes().all(|b| b.is_ascii_digit() || b == b',')
        })?;
        let (&head, &last) = (words.get(first)?, words.last()?);
        let plural = self.word(last);
        let count = matches!(
            &*lower(self.word(head)),
            "dozens" | "hundreds" | "thousands" | "millions" | "scores" | "tens" | "more"
        );
        let people = (1..=4).contains(&(words.len() - first))
            && !count
            && plural.len() > 3
            && plural.ends_with('s')
            && !plural.ends_with("ss")
            && plural.starts_with(char::is_lowercase);
        people.then(|| {
            Found::people(
                self.text[head.start..last.end].to_owned(),
                Span::new(head.start, last.end),
            )
        })
    }

    /// Where ", who …," or ", which …," ends right before `cue_start`
    /// starts (its first comma), the clause up to 100 bytes and holding no
    /// quotation mark, nor another comma unless it opens with "who",
    /// "which" or "whose" (one comma then: "the narrow, freshly laid road";
    /// two more around a name set off in it: "whose husband, Luis, …").
    pub(super) fn relative_clause_before(&self, from: usize, cue_start: usize) -> Option<usize> {
        let mut before = self.text[from..cue_start].trim_end();
        // "X, asked about it, had said": auxiliaries between comma and cue.
        for _ in 0..2 {
            match before.rsplit_once(' ') {
                Some((head, last)) if SKIP_BEFORE_CUE.contains(last) => before = head.trim_end(),
                _ => break,
            }
        }
        let before = before.strip_suffix(',')?;
        let mut start = before.len().saturating_sub(100);
        while !before.is_char_boundary(start) {
            start += 1;
        }
        let mut comma = start + before[start..].rfind(", ")?;
        // "The organisers, who have faced criticism over the narrow, freshly
        // resurfaced road, said": a relative clause may hold a comma.
        let relative_pronoun =
            |c: &str| ["who ", "which ", "whose "].iter().any(|r| c.starts_with(r));
        // (Two commas back too when a name is set off inside: "whose
        // husband, Luis, opened the diner".)
        if !relative_pronoun(&before[comma + 2..])
            && let Some(k) = before[start..comma]
                .rmatch_indices(", ")
                .take(2)
                .map(|(k, _)| start + k)
                .find(|&k| relative_pronoun(&before[k + 2..]))
        {
            comma = k;
        }
        let clause = &before[comma + 2..];
        // "Mr. Hale, asked about the port, said": a participle phrase
        // stands where a relative clause would.
        let first = clause.split(' ').next().unwrap_or_default();
        // ("The board's letter, sent on Friday, states": an irregular one.)
        let participle = first.len() > 4
            && first.starts_with(char::is_lowercase)
            && (first.ends_with("ed") || first.ends_with("ing"))
            || matches!(
                first,
                "sent" | "written" | "seen" | "given" | "shown" | "drawn" | "taken" | "made"
            );
        // "X's campaign, for example, said": a short aside opening with a
        // preposition or an adverb of the kind.
        let aside = clause.split(' ').count() <= 3
            && (PREPOSITIONS.contains(first)
                || matches!(first, "however" | "too" | "though" | "meanwhile" | "instead"));
        let relative = participle
            || aside
            || ["who ", "which ", "whose "].iter().any(|r| clause.starts_with(r));
        // The subject is short and plain: "the Alabama Republican who heads
        // the Banking Committee, which …," is an apposition's inside.
        let head = &before[..comma];
        let head = &head[head.rfind([',', ';', ':', '.']).map_or(0, |k| k + 1)..];
        // "A senior party leader from the Rewa belt, who did not want to be
        // named, said": an unnamed source's phrase may run longer.
        let count = head.split_whitespace().count();
        let source = clause.starts_with("who ")
            && head.split_whitespace().next().is_some_and(super::indefinite_opener);
        let plain = (count <= 6 || source && count <= 9)
            && !head.split_whitespace().any(|w| matches!(w, "who" | "which" | "that" | "whose"));
        // One comma inside a relative clause at most (found above), besides
        // the two around a name set off in it.
        let set_off = clause
            .split(',')
            .skip(1)
            .take(clause.matches(',').count().saturating_sub(1))
            .filter(|s| {
                let w: Vec<&str> = s.split_whitespace().collect();
                (1..=3).contains(&w.len()) && w.iter().all(|w| w.starts_with(char::is_uppercase))
            })
            .count();
        let commas = clause.matches(',').count().saturating_sub(2 * set_off);
        let inner = commas == 0 || commas == 1 && relative_pronoun(clause);
        (relative && plain && inner && !clause.contains(['“', '”', '"'])).then_some(from + comma)
    }

    /// "“…,” our server explained", "One rival chef described": a short
    /// indefinite or "our" phrase (`words`) with a common head of no list,
    /// right before a speech verb in its tense at `cue`, is somebody
    /// unnamed. (Not "a show called “Brokers”", nor "an early tweet" or "a
    /// simple call", nouns that look like verbs.)
    fn unlisted_person(&self, words: &[Span], cue: Span) -> bool {
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return false;
        };
        let head = self.word(last);
        let verb: String =
            self.text[cue.start..cue.end].split(' ').next().unwrap_or_default().to_lowercase();
        // "a show called “Brokers”": the verb names the thing before it.
        let naming = matches!(
            &*verb,
            "called" | "dubbed" | "named" | "labelled" | "labeled" | "titled" | "entitled"
        ) && self.text[cue.end..].trim_start().starts_with(['“', '"', '‘', '\'']);
        let tensed = verb.ends_with("ed")
            || verb.ends_with('s')
            || matches!(&*verb, "said" | "told" | "wrote" | "spoke" | "put" | "shot");
        matches!(&*lower(self.word(first)), "a" | "an" | "one" | "another" | "our" | "my")
            && (2..=4).contains(&words.len())
            && words[1..].iter().all(|&w| {
                let lw = lower(self.word(w));
                self.word(w).chars().all(|c| c.is_lowercase() || c == '-')
                    && !PREPOSITIONS.contains(&&*lw)
                    && !DETERMINERS.contains(&&*lw)
            })
            && tensed
            && !naming
            // A noun for a doer ("server", "investor", "tenant",
            // "resident", "restaurateur"), not "a new law", "our weekly
            // bulletin" or "an agreement".
            && (["er", "or", "ist", "ian", "ant", "ent", "eur"].iter().any(|s| head.ends_with(s))
                && !head.ends_with("ment")
                || ROLE_HEADS.contains(head))
            && !DOCUMENT_HEADS.contains(head)
    }

    /// The noun phrase right before a cue that opens its clause, when no
    /// rule names it: a determiner, "One", "Another" or a possessive, then
    /// at most five words with only spaces between. No name; a source noun
    /// makes it anonymous.
    pub(super) fn unnamed_subject(&self, words: &[Span], cue: Span) -> Option<Found> {
        let k = words.len();
        let last = *words.last()?;
        if !self.word(last).chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        // The determiner that opens the clause: "a voice-over in the ad"
        // opens at "a", not at "the".
        let opener = |i: &usize| {
            let w = self.word(words[*i]);
            let lw = lower(w);
            matches!(&*lw, "the" | "a" | "an" | "one" | "another" | "that" | "this" | "our" | "my")
                || (w.ends_with("’s") || w.ends_with("'s")) && w.starts_with(char::is_uppercase)
        };
        let candidates = (k.saturating_sub(6)..k).rev().take_while(|&i| {
            i + 1 == k || self.text[words[i].end..words[i + 1].start].bytes().all(|b| b == b' ')
        });
        let d = candidates
            .clone()
            .filter(opener)
            .filter(|&i| self.phrase_opens_clause(words, i))
            .last()
            .or_else(|| candidates.clone().find(opener))?;
        // "Ann Vale's spokesman": the phrase opens with the owner's name.
        let owner = self.names_before(words[d].end).next().filter(|n| {
            n.possessive && n.span.end <= words[d].end && n.span.start < words[d].start
        });
        // The owner named in the phrase's own first word ("Acme's").
        let own = owner.filter(|n| n.span.end > words[d].start);
        let d = owner.map_or(d, |n| words[..d].partition_point(|w| w.start < n.span.start));
        if !self.phrase_opens_clause(words, d)
            || self.clause_not_subject(Span::new(words[d].start, last.end))
        {
            return None;
        }
        let span = Span::new(words[d].start, last.end);
        // "The union's letter to members reads", "Acme's account posted": a
        // document or account of a body is that body's.
        // The phrase's head: its last word before a preposition, within
        // four words past the owner ("letter" of "The union's letter to members"; "manager" of
        // "Acme's account manager", somebody unnamed).
        let document = || {
            let after = words[d..].iter().position(|&w| {
                let w = self.word(w);
                w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
            });
            let Some(after) = after.map(|k| d + k + 1) else {
                return false;
            };
            let head = words[after..]
                .iter()
                .take(4)
                .take_while(|&&w| !PREPOSITIONS.contains(&self.word(w)))
                .last();
            head.is_some_and(|&w| {
                let lw = lower(self.word(w));
                DOCUMENT_HEADS.contains(&*lw) || lw == "account"
            })
        };
        if let Some(n) = own
            && n.confident
            && document()
        {
            return Some(Found { span, ..self.name_found(n) });
        }
        if owner.is_none()
            && let [the, body, ..] = words[d..]
            && lower(self.word(the)) == "the"
            && document()
            && let Some(f) = self.owning_body(the.start, body, span)
        {
            return Some(f);
        }
        if owner.is_none()
            && lower(self.word(words[d])) == "the"
            && document()
            && let Some(f) = self.plural_owners(&words[d + 1..])
        {
            return Some(f);
        }
        if let Some(f) = self.owned_group(&words[d..], span) {
            return Some(f);
        }
        Some(
            if ANON_HEADS.contains(&&*lower(self.word(last)))
                || self.unlisted_person(&words[d..], cue)
                // "One deckhand, who asked not to be named, said".
                || cue.start > last.end
                    && cue.start - last.end < 160
                    && self.text[last.end..].starts_with(", who")
                    && super::withholds_name(&self.text[last.end..cue.start])
            {
                Found::anonymous(span)
            } else {
                Found { name: None, kind: SpeakerKind::Unknown, span, pronoun: false }
            },
        )
    }

    /// "Dax Monroe's lawyers", "the council's scientists", "the scheme's
    /// trustees": people of an owner, named after it; an owner of no name
    /// leaves the group its own words ("trustees").
    fn owned_group(&self, phrase: &[Span], span: Span) -> Option<Found> {
        let last = *phrase.last()?;
        let lw = lower(self.word(last));
        if !group_head(&lw) {
            return None;
        }
        // The owner's word: the phrase's last possessive, lower-case
        // modifiers after it.
        let p = phrase.iter().rposition(|&w| {
            let w = self.word(w);
            w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
        })?;
        let word = phrase[p];
        let owner = self.names_before(word.end).next().filter(|n| {
            n.possessive && n.span.end <= word.end && n.span.end > word.start && n.confident
        });
        let rest = &phrase[p + 1..];
        if rest.is_empty()
            || rest.len() > 3
            || !rest[..rest.len() - 1].iter().all(|&w| {
                let w = self.word(w);
                w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !clause_word(w)
            })
        {
            return None;
        }
        let group = &self.text[rest[0].start..last.end];
        let name = match owner {
            Some(n) if n.kind == EntityKind::Person => format!("{}'s {group}", n.canonical),
            Some(n) => format!("{} {group}", n.canonical),
            None => match phrase {
                [the, body, ..] if p == 1 && lower(self.word(*the)) == "the" => self
                    .owning_body(the.start, *body, span)
                    .and_then(|f| f.name)
                    // Unresolved, the body is its own phrase ("The fund").
                    .filter(|b| !b.starts_with(char::is_lowercase) && !lower(b).starts_with("the "))
                    .map_or_else(|| group.to_owned(), |b| format!("{b} {group}")),
                _ => group.to_owned(),
            },
        };
        Some(Found::people(name, span))
    }

    /// Words that open with a complementiser or end with a modal or "to":
    /// a clause fragment, never a speaker.
    pub(super) fn clause_not_subject(&self, span: Span) -> bool {
        let s = &self.text[span.start..span.end];
        let first = s.split_whitespace().next().unwrap_or("");
        let last = s.split_whitespace().next_back().unwrap_or("");
        matches!(first, "that" | "which" | "whether" | "if")
            || matches!(
                last,
                "to" | "should" | "would" | "could" | "might" | "must" | "will" | "can" | "may"
            )
    }

    /// "Kemble’s reply, delivered on the radio, passed into folklore: “…”",
    /// "Her answer was short: “…”": the owner of a noun for something said
    /// that opens the sentence in `region` (which a colon ends) speaks,
    /// when nobody else is named, nor by "by" or "from", before the colon
    /// ("Vale’s comments drew a response from Jane Roe:" is not Vale's).
    pub(super) fn speech_owner(&self, region: Span) -> Option<Found> {
        let words = self.words(region);
        // "Kemble’s reply, delivered …, passed": the owner may open the
        // sentence before a comma; else past an opening phrase.
        self.speech_owner_at(region, &words)
            .or_else(|| self.speech_owner_at(region, &words[self.past_opening_phrase(&words)..]))
    }

    /// [`Ctx::speech_owner`] with the sentence's words from its subject on.
    fn speech_owner_at(&self, region: Span, words: &[Span]) -> Option<Found> {
        let first = *words.first()?;
        // ("Their reply" may be of several people: not read.)
        let (owner, end) = match &*lower(self.word(first)) {
            "his" | "her" => (self.object_pronoun(first)?, first.end),
            _ => {
                let n = self
                    .names_in(Span::new(first.start, region.end))
                    .next()
                    .filter(|n| n.span.start == first.start && n.possessive && n.confident)?;
                (self.name_found(n), n.span.end)
            }
        };
        // The noun, past two lower-case modifiers at most ("terse reply").
        let k = words.partition_point(|w| w.start < end);
        let noun = words[k..].iter().take(3).position(|&w| SPEECH_NOUNS.contains(self.word(w)))?;
        let plain = words[k..k + noun].iter().all(|&w| {
            let w = self.word(w);
            w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !clause_word(w)
        });
        let noun_end = words[k + noun].end;
        let rest = self.words(Span::new(noun_end, region.end));
        let handed_on = rest.iter().any(|&w| matches!(self.word(w), "by" | "from"))
            || self.names_in(Span::new(noun_end, region.end)).any(|n| n.confident);
        (plain && !handed_on).then(|| Found { span: Span::new(first.start, noun_end), ..owner })
    }

    /// The subject that opens a sentence: a pronoun or a name among its
    /// first words, not after a preposition.
    pub(super) fn sentence_subject_found(&self, region: Span) -> Option<Found> {
        let words = self.words(region);
        // Skip an opening phrase up to its comma: "In a letter in May, Roe said".
        let from = self.past_opening_phrase(&words);
        let words = &words[from..];
        let region = Span::new(words.first()?.start, region.end);
        let first = *words.first()?;
        if let Some(f) = self.pronoun(first) {
            return Some(f);
        }
        // "Analysts at Bruckner & Sohn wrote …, adding": the group and its
        // body open the sentence before a verb.
        if let Some(f) = self.names_in(region).take(3).find_map(|body| {
            let e = words.partition_point(|w| w.end <= body.span.end);
            (e <= 5 && words.get(e).is_some_and(|&v| self.word(v).starts_with(char::is_lowercase)))
                .then(|| self.group_at_body(&words[..e]))?
        }) {
            return Some(f);
        }
        // "China's ambassador to Britain warned": a capitalised owner
        // opens the phrase as a determiner would.
        let fw = self.word(first);
        let owner =
            fw.starts_with(char::is_uppercase) && (fw.ends_with("’s") || fw.ends_with("'s"));
        // "The mayor posted a reply, saying": a noun phrase opens the sentence.
        if DETERMINERS.contains(&&*lower(fw)) || owner {
            let head = words.iter().take(4).skip(1).position(|w| {
                let lw = lower(self.word(*w));
                ANON_HEADS.contains(&&*lw)
                    || ORG_HEADS.contains(&&*lw)
                    || GROUP_HEADS.contains(&&*lw)
            });
            // "The group, Riders United, sent a letter": the name set off
            // after the head names it.
            if let Some(h) = head
                && let Some(n) = self.apposed_name(words[h + 1])
            {
                return Some(self.name_found(n));
            }
            // "The Central Bank of Eskaria left rates on hold and warned":
            // a body's whole name right after the article.
            if let Some(&second) = words.get(1)
                && let Some(n) = self.names_in(region).next()
                && n.span.start == second.start
                && n.kind == EntityKind::Organization
                && n.confident
                && !n.possessive
            {
                return Some(self.name_found(n));
            }
            // "The Office of the Privacy Commissioner sent a letter": the
            // head word opens a body's longer name.
            if let Some(h) = head
                && let Some(n) = self
                    .names_in(Span::new(words[h + 1].start, region.end))
                    .next()
                    .filter(|n| n.span.start == words[h + 1].start)
                && n.kind == EntityKind::Organization
                && n.confident
                && n.span.end > words[h + 1].end
            {
                return Some(self.name_found(n));
            }
            if let Some(h) = head
                && let Some(f) = self.noun_phrase(&words[..=h + 1], words[h + 1], false)
            {
                return Some(f);
            }
            // "The Florida senator sought to calm them, saying": a role
            // means the person introduced with it, when one was.
            let role = words.iter().take(5).skip(1).position(|w| {
                self.word(*w).starts_with(char::is_lowercase)
                    && ROLE_HEADS.contains(&&*lower(self.word(*w)))
            });
            // "The former secretary of state opened": the role's "of"
            // phrase, one word, belongs to it.
            // "China's ambassador to Britain" too.
            let of = role.filter(|&h| {
                words.get(h + 2).is_some_and(|&w| matches!(self.word(w), "of" | "to" | "from"))
                    && words
                        .get(h + 3)
                        .is_some_and(|&w| !DETERMINERS.contains(&&*lower(self.word(w))))
            });
            let end = role.map(|h| if of.is_some() { h + 3 } else { h + 1 });
            if let Some(h) = role
                && let Some(end) = end
                && let Some(&verb) = words.get(end + 1)
                && self.word(verb).starts_with(char::is_lowercase)
                && !PREPOSITIONS.contains(&&*lower(self.word(verb)))
                && self.text[words[end].end..verb.start].bytes().all(|b| b == b' ')
            {
                let span = Span::new(first.start, words[end].end);
                let head = lower(self.word(words[h + 1]));
                // "Rubio stopped by his headquarters. …, the senator said":
                // else the paragraph's subject, or the person titled so.
                // ("The Florida senator" need not be the one titled Sen.)
                let name = self.introduced_as(&head, first.start).or_else(|| {
                    self.role_of_subject(&head, span)
                        .or_else(|| (h == 0).then(|| self.titled_as(&head, first.start))?)
                });
                // Nobody introduced so: the phrase stays as evidence, and no
                // name later in the sentence (an object) takes its place,
                // unless that name speaks in it ("The senator will play the
                // “card,” Roe said, adding").
                let speaker_later = || self.names_in(region).any(|n| n.confident && self.speaks(n));
                if name.is_some() || !speaker_later() {
                    return Some(Found::role(name, span));
                }
            }
        }
        for n in self.names_in(region) {
            let lead: Vec<&Span> = words.iter().filter(|w| w.end <= n.span.start).collect();
            if lead.len() > 12 {
                break;
            }
            // "Ann Vale's campaign shrugged it off, saying": the owner's
            // body or spokesperson opening the sentence.
            if n.possessive && n.confident && lead.is_empty() {
                let mut h = words.partition_point(|w| w.start < n.span.end);
                // "Clinton's campaign manager": the last noun is the head.
                if words.get(h + 1).is_some_and(|w| {
                    let lw = lower(self.word(*w));
                    ANON_HEADS.contains(&&*lw) || ROLE_HEADS.contains(&&*lw)
                }) {
                    h += 1;
                }
                if let Some(&head) = words.get(h)
                    && self.word(head).starts_with(char::is_lowercase)
                    && let Some(f) = self.noun_phrase(&words[..=h], head, false).or_else(|| {
                        let lw = lower(self.word(head));
                        let span = Span::new(n.span.start, head.end);
                        if ANON_HEADS.contains(&&*lw) {
                            return Some(Found::anonymous(span));
                        }
                        // "China's ambassador to Britain warned": the person
                        // introduced in that office, else the words alone.
                        ROLE_HEADS
                            .contains(&&*lw)
                            .then(|| Found::role(self.introduced_as(&lw, n.span.start), span))
                    })
                {
                    return Some(f);
                }
            }
            // "At the debate, Sanders compared himself to Clinton, saying":
            // a lone surname opening the clause before a verb is its
            // subject when it stood capitalised inside an earlier sentence
            // ("the Sanders camp"), which an ordinary word ("Early",
            // "Reached") opening its sentence never does.
            let opens_before_verb = lead.is_empty()
                && n.kind == EntityKind::Person
                && self.capitalised_before(n.span)
                && words.get(words.partition_point(|w| w.start < n.span.end)).is_some_and(|&v| {
                    self.text[n.span.end..v.start] == *" "
                        && self.word(v).starts_with(char::is_lowercase)
                });
            if n.possessive || !n.confident && !opens_before_verb {
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
                let head = lower(self.word(next));
                let anon = ANON_HEADS.contains(&&*head);
                // "UPA spokesperson Esther Wambui", "Delmar Hawks
                // quarterback Trey Lind": the person named after the role.
                if self.word(next).starts_with(char::is_lowercase)
                    && (anon || ROLE_HEADS.contains(&&*head))
                {
                    if let Some(p) = self.names_in(region).find(|p| {
                        p.span.start == next.end + 1 && p.kind == EntityKind::Person && p.confident
                    }) {
                        return Some(self.name_found(p));
                    }
                    if anon {
                        return Some(Found::anonymous(Span::new(n.span.start, next.end)));
                    }
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
    pub(super) fn subject_before(&self, region: Span, cue_start: usize) -> Option<Found> {
        if let Some(f) = self.document_author(region.start, cue_start) {
            return Some(f);
        }
        // "The lawmaker, who represents a ward, said": the subject stands
        // before the relative clause.
        if let Some(comma) = self.relative_clause_before(region.start, cue_start) {
            // "One priest of the archdiocese, who asked not to be
            // identified, said": a source the clause leaves unnamed, not a
            // body in its phrase.
            let words = self.words(Span::new(region.start, comma));
            if super::withholds_name(&self.text[comma..cue_start])
                && let Some(i) = words.iter().rposition(|&w| super::indefinite_opener(self.word(w)))
                && self.phrase_opens_clause(&words, i)
                && words.len() - i <= 8
            {
                return Some(Found::anonymous(Span::new(words[i].start, comma)));
            }
            return self.subject_before(Span::new(region.start, comma), comma);
        }
        // "The mayor — who met Tom Vale on Monday — said", "the agencies —
        // among them Oasis Relief — said": an aside between dashes is
        // passed over, unless it opens with the subject's name ("A former
        // candidate -- John McCain, who lost in 2008 -- said").
        if let Some(open) = self.dash_aside_before(region.start, cue_start) {
            let inside = self.text[open..cue_start].trim_start_matches(['—', '–', '-', ' ']);
            let at = cue_start - inside.len();
            // The name in apposition: alone in the aside or before its
            // comma ("Two ministers — Tom Vale and Ann Roe — said" is no
            // apposition).
            if let Some(n) = self.names_in(Span::new(at, cue_start)).next()
                && n.span.start == at
                && n.confident
                && !n.possessive
                && n.kind == EntityKind::Person
                && self.text[n.span.end..cue_start].trim_start().starts_with([',', '—', '–', '-'])
            {
                return Some(self.name_found(n));
            }
            let before = Span::new(region.start, open);
            let words = self.words(before);
            return self
                .subject_before(before, open)
                .or_else(|| self.unnamed_subject(&words, Span::new(cue_start, cue_start)))
                // Nobody to name before the aside ("Three groups — the
                // union and the church — said"): its words stay as the
                // evidence, and none inside the aside speaks.
                .or_else(|| {
                    let phrase = &words[words.len().saturating_sub(4)..];
                    let (first, last) = (phrase.first()?, phrase.last()?);
                    Some(Found {
                        name: None,
                        kind: SpeakerKind::Unknown,
                        span: Span::new(first.start, last.end),
                        pronoun: false,
                    })
                });
        }
        let words = self.words(Span::new(region.start, cue_start));
        let mut k = words.len();
        // "Will wrote" after "George Will": a skip word that is a name stays.
        let named = |w: Span| {
            self.word(w).starts_with(char::is_uppercase)
                && self.names_in(w).next().is_some_and(|n| n.span.start == w.start)
        };
        while k > 0
            && SKIP_BEFORE_CUE.contains(&&*lower(self.word(words[k - 1])))
            && !named(words[k - 1])
        {
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
        // "handed to Jane Roe, who said": "who" is the name or the people
        // right before its comma, an object of the sentence or not.
        // (Not "One firefighter out of Lowell Springs, who asked not to be
        // named": an unnamed source's clause.)
        let unnamed =
            |who: Span| super::withholds_name(&self.text[who.start..self.ahead(cue_start, 120)]);
        if let Some(&who) = words.get(k)
            && self.word(who) == "who"
            && !unnamed(who)
            && let Some(lead) = self.text[..who.start].strip_suffix(", ")
        {
            if let Some(n) = self.names_before(lead.len()).next()
                && n.span.end == lead.len()
                && n.confident
                && !n.possessive
                && n.kind == EntityKind::Person
            {
                return Some(self.name_found(n));
            }
            // "Simon Oduya, a former sommelier at the group, who said": the
            // name before a short apposition.
            // (Within its sentence, eight words at most, no clause inside.)
            let from = self.back(lead.len(), 100).max(self.sentence_start(lead.len()));
            if let Some(k) = lead[from..].rfind(", ").map(|k| from + k)
                && ["a ", "an ", "the "].iter().any(|d| lead[k + 2..].starts_with(d))
                && !lead[k + 2..].contains([',', ';', '(', '“', '"', '.', '!', '?'])
                && lead[k + 2..].split(' ').count() <= 8
                && !lead[k + 2..]
                    .split(' ')
                    .any(|w| matches!(w, "who" | "which" | "where" | "when" | "that" | "whose"))
                && let Some(n) = self.names_before(k).next()
                && n.span.end == k
                && n.confident
                && !n.possessive
                && n.kind == EntityKind::Person
            {
                return Some(self.name_found(n));
            }
            let head = lead.rsplit(' ').next().unwrap_or_default();
            if people_plural(head) || GROUP_HEADS.contains(head) {
                let span = Span::new(lead.len() - head.len(), lead.len());
                return Some(Found::people(head.to_owned(), span));
            }
        }
        // "Ruiz's claimed": a name with "has", not a possessive.
        let cue_word: String = self.text[cue_start..self.ahead(cue_start, 24)]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if stem.len() < w.len()
            && has_contracted(w, &cue_word)
            && let Some(n) = self.names_before(last.end).next()
            && n.span.end == last.start + stem.len()
        {
            return Some(self.name_found(n));
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
        // "One wrote, “…” Another tweeted, “…”": one more of the unnamed
        // people just mentioned, opening its clause.
        if matches!(&*lw, "another" | "one")
            && k >= 1
            && (k == 1
                || matches!(&*lower(self.word(words[k - 2])), "yet" | "and" | "but" | "still")
                || self.sentence_start(last.start) == last.start)
        {
            return Some(Found::anonymous(last));
        }
        if let Some(n) = self.apposed_subject(Span::new(region.start, cue_start)) {
            return Some(n);
        }
        // "an Acme spokeswoman said": the name modifies an unnamed source,
        // also before a short phrase of place when the source opens the
        // sentence ("A senior UN official in the region, who …, said"; not
        // "Ann Vale, a spokesman in Leeds, said").
        let head_before_phrase = || {
            // `last` is `words[k - 1]`.
            (k.saturating_sub(4).max(1)..k - 1).any(|i| {
                let head = words[i - 1];
                // A few words at most open the sentence: looked at only
                // within 60 bytes, so no cue reads a long sentence again.
                let start = self.sentence_start(head.start);
                let opening = &self.text[start..head.start];
                PREPOSITIONS.contains(&&*lower(self.word(words[i])))
                    && ANON_HEADS.contains(&&*lower(self.word(head)))
                    && self.text[head.start..last.end]
                        .bytes()
                        .all(|b| b.is_ascii_alphabetic() || b == b' ')
                    && head.start - start <= 60
                    && opening.split_whitespace().nth(4).is_none()
                    && !opening.contains([',', ';', '—', '–'])
            })
        };
        if let Some(f) = self.bare_group(&words[..k]) {
            return Some(f);
        }
        if (ANON_HEADS.contains(&&*lw) || head_before_phrase())
            && let Some(f) = self.noun_phrase(&words[..k], last, false)
        {
            return Some(f);
        }
        // "As Trump spoke, the attendees chanted": a noun phrase opening
        // the clause of the cue is its subject, not a name before the comma.
        let clause =
            words[..k].iter().rposition(|w| self.text[..w.start].trim_end().ends_with([',', ';']));
        if let Some(c) = clause
            && k - c <= 6
            && DETERMINERS.contains(&&*lower(self.word(words[c])))
            // "the Democratic presidential candidate": capitalised
            // modifiers, but no person named inside and a common head.
            && self.word(last).starts_with(char::is_lowercase)
            && !self
                .names_in(Span::new(words[c].start, last.end))
                .any(|n| n.confident && n.kind == EntityKind::Person)
            // "Jeb Bush, the former Florida governor, said": an apposition
            // set off by commas or to the name opening the sentence, not
            // "As Trump attacked Clinton, the attendees chanted".
            && !self.names_before(words[c].start).next().is_some_and(|n| {
                n.confident
                    && self.text[n.span.end..words[c].start].trim() == ","
                    && (self.text[last.end..cue_start].contains(',')
                        || self.text[self.sentence_start(n.span.start)..n.span.start]
                            .split_whitespace()
                            .all(is_title))
            })
            && let Some(f) = self
                .definite_description(&words[c..k])
                .or_else(|| self.noun_phrase(&words[c..k], last, false))
                .or_else(|| self.plural_group(&words[c..k]))
        {
            return Some(f);
        }
        if let Some(f) = self.group_at_body(&words[..k]) {
            return Some(f);
        }
        if let Some(n) = self.nearest_name(Span::new(region.start, last.end), &words[..k]) {
            return Some(n);
        }
        self.definite_description(&words[..k])
            .or_else(|| self.noun_phrase(&words[..k], last, false))
            .or_else(|| self.plural_group(&words[..k]))
    }

    /// "Analysts at Bruckner & Sohn wrote": a plural group head opening the
    /// clause and the body named after "at" or "from" right before the cue
    /// speak as that body's group, "Bruckner & Sohn analysts".
    fn group_at_body(&self, words: &[Span]) -> Option<Found> {
        let last = *words.last()?;
        let body = self.names_before(last.end).next()?;
        // A body, not a person ("fans from Ann Vale").
        if body.span.end != last.end
            || body.possessive
            || body.kind == EntityKind::Person && body.confident && body.canonical.contains(' ')
        {
            return None;
        }
        let mut p = words.partition_point(|w| w.start < body.span.start).checked_sub(1)?;
        if lower(self.word(words[p])) == "the" {
            p = p.checked_sub(1)?;
        }
        if !matches!(&*lower(self.word(words[p])), "at" | "from" | "of" | "in") {
            return None;
        }
        let h = p.checked_sub(1)?;
        let head = lower(self.word(words[h]));
        // "Residents of Coldharbour Road", "Parents at Hartwell Academy".
        if !GROUP_HEADS.contains(&&*head) && !people_plural(&head) {
            return None;
        }
        // "Analysts at", "Senior economists at", "The researchers from":
        // one modifier at most (a capital only where it opens the sentence).
        let modifier = h.checked_sub(1).filter(|&i| {
            let m = words[i];
            let w = self.word(m);
            (self.sentence_start(m.start) == m.start
                || w.starts_with(char::is_lowercase)
                || DETERMINERS.contains(&&*lower(w)))
                && self.phrase_opens_clause(words, i)
        });
        let d = modifier.or_else(|| self.phrase_opens_clause(words, h).then_some(h))?;
        let span = Span::new(words[d].start, last.end);
        Some(Found::people(format!("{} {head}", body.canonical), span))
    }

    /// "Hotel owners said", "Other fishermen gathered at the harbour
    /// described", "Dock workers at the port said": a plural noun for
    /// people with no determiner opens the clause, after up to three
    /// modifiers and before a short phrase of place. The group is named by
    /// its modifiers and head ("Hotel owners"; "fishermen").
    pub(super) fn bare_group(&self, words: &[Span]) -> Option<Found> {
        let k = words.len();
        // The head: within eight words of the cue, no punctuation after it.
        // (Bytes, not words: this runs for most cues.)
        let bytes = self.text.as_bytes();
        let h = (k.saturating_sub(8)..k).rev().take_while(|&i| {
            i + 1 == k || bytes[words[i].end..words[i + 1].start].iter().all(|&b| b == b' ')
        });
        // "Saunders replied", "Danbury Aggregates said": a name, no group.
        let common = |i: usize| {
            let w = words[i];
            (self.word(w).starts_with(char::is_lowercase)
                || self.sentence_start(w.start) == w.start)
                && !self.names_in(w).any(|n| n.confident)
        };
        let found = h
            .filter(|&i| matches!(bytes[words[i].end - 1], b's' | b'n'))
            .filter(|&i| group_head(&lower(self.word(words[i]))) && common(i))
            .find_map(|i| self.bare_group_at(words, i))?;
        // "Residents of the East Bottoms said": the body's group.
        Some(self.group_at_body(words).unwrap_or(found))
    }

    /// [`Ctx::bare_group`] with its head at `words[h]`.
    fn bare_group_at(&self, words: &[Span], h: usize) -> Option<Found> {
        let k = words.len();
        // What follows the head: nothing, a phrase of place ("at the
        // port"), or a participle and one ("gathered at the harbour"): a
        // noun phrase of five words at most, no clause ("Residents in Ashby
        // cheered when Jane Roe said" is Jane Roe's).
        let tail = &words[h + 1..];
        let mut rest = tail.iter().map(|&w| lower(self.word(w)));
        let fits = match rest.next() {
            None => true,
            Some(w) => {
                let participle = (w.ends_with("ed") || w.ends_with("ing")) && !clause_word(&w);
                let w = if participle { rest.next().unwrap_or_default() } else { w };
                PLACE_PREPOSITIONS.contains(&*w)
                    && tail.len() <= 6 + usize::from(participle)
                    && rest.all(|w| {
                        !clause_word(&w)
                            && !SUBORDINATORS.contains(&*w)
                            && !w.ends_with("ed")
                            && w != "and"
                            && w != "or"
                    })
                    && !self
                        .names_in(Span::new(tail[0].start, words[k - 1].end))
                        .any(|n| n.confident && n.kind == EntityKind::Person)
            }
        };
        if !fits {
            return None;
        }
        // "Now", "Meanwhile", "Today": adverbs open the phrase, no part of it.
        let adverb = |lw: &str| {
            matches!(lw, "now" | "here" | "there")
                || OPENING_ADVERBS.contains(lw)
                || TIME_WORDS.contains(lw)
        };
        // Modifiers before the head: lower-case words, or capitals.
        // ("Mr. Bush tells voters": no verb ending in "s".)
        let modifier = |w: &str| {
            let lw = lower(w);
            w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'&')
                && (w.starts_with(char::is_uppercase) || !w.ends_with('s') || w.ends_with("ss"))
                && !clause_word(&lw)
                && !PREPOSITIONS.contains(&&*lw)
                && !DETERMINERS.contains(&&*lw)
                && !QUANTIFIERS.contains(&*lw)
                && !adverb(&lw)
                && !matches!(&*lw, "and" | "or" | "but" | "nor" | "not")
        };
        let mut s = h;
        let joined =
            |i: usize| self.text[words[i - 1].end..words[i].start].bytes().all(|b| b == b' ');
        while s > 0 && h - s < 3 && joined(s) && modifier(self.word(words[s - 1])) {
            s -= 1;
        }
        // "Other fishermen", "40 nurses": a quantifier opens the phrase but
        // stays out of the name.
        let mut o = s;
        if o > 0 && joined(o) && {
            let q = self.word(words[o - 1]);
            QUANTIFIERS.contains(&*lower(q)) || q.bytes().all(|b| b.is_ascii_digit())
        } {
            o -= 1;
        }
        let lw = lower(self.word(words[h]));
        // "Officials said": a lone head for unnamed sources stays theirs.
        // ("Now residents say": an adverb opens the phrase too.)
        let opens = o == 0
            || self.text[words[o - 1].end..words[o].start]
                .contains([',', ';', ':', '(', ')', '.', '!', '?', '”', '"', '—'])
            || {
                let before = lower(self.word(words[o - 1]));
                matches!(&*before, "then" | "so" | "when" | "while") || adverb(&before)
            };
        // A capital word alone may be a surname ("Sanders", "Yates",
        // "Carmen"): only a listed head or a suffix few surnames have.
        let lone = s == h && tail.is_empty();
        let surname_like = self.word(words[h]).starts_with(char::is_uppercase)
            && !GROUP_HEADS.contains(&*lw)
            && !["ents", "ists", "ians", "ees", "ics", "ants"].iter().any(|x| lw.ends_with(x));
        if !opens || s == h && ANON_HEADS.contains(&*lw) || lone && surname_like {
            return None;
        }
        let span = Span::new(words[o].start, words[k - 1].end);
        let group = &self.text[words[s].start..words[h].end];
        // "Leaders of the organization said": the body the phrase means
        // owns the group ("AIPAC leaders").
        if let [of, the, body] = tail
            && matches!(&*lower(self.word(*of)), "of" | "at" | "from")
            && lower(self.word(*the)) == "the"
            && ORG_HEADS.contains(&*lower(self.word(*body)))
        {
            let phrase = Span::new(the.start, body.end);
            let head = lower(self.word(*body));
            let owner = self.org_by_head(&head, phrase, span).name;
            if let Some(owner) = owner.filter(|o| *o != self.text[phrase.start..phrase.end]) {
                // "Leaders" opening the sentence: "leaders".
                let first = self.word(words[s]);
                let group = if self.sentence_start(words[s].start) == words[s].start {
                    format!("{}{}", lower(first), &group[first.len()..])
                } else {
                    group.to_owned()
                };
                return Some(Found::people(format!("{owner} {group}"), span));
            }
        }
        Some(Found::people(group.to_owned(), span))
    }

    /// "the progressive heavyweights wrote", "their lawyers said": a
    /// determiner and up to three lower-case words ending in a plural noun
    /// open the clause: people who speak together, named by the phrase.
    pub(super) fn plural_group(&self, words: &[Span]) -> Option<Found> {
        let k = words.len();
        let last = *words.last()?;
        if !people_plural(self.word(last)) {
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
        if !modifiers.iter().all(|&w| {
            let w = self.word(w);
            w.chars().all(|c| c.is_lowercase() || c == '-') && !clause_word(w)
        }) {
            return None;
        }
        self.phrase_opens_clause(words, d).then(|| {
            let name = self.text[words[d + 1].start..last.end].to_owned();
            Found::people(name, Span::new(words[d].start, last.end))
        })
    }

    pub(super) fn name_found(&self, n: &Name) -> Found {
        if let Some(person) = self.titled_by_initials(n) {
            return Found {
                name: Some(person.to_owned()),
                kind: SpeakerKind::Person,
                span: n.span,
                pronoun: false,
            };
        }
        // "The company, Harbour Logistics,": set off after an
        // organisation's head noun, the name is an organisation's.
        let org_apposed = n.kind == EntityKind::Person
            && self.text[..n.span.start].strip_suffix(", ").is_some_and(|lead| {
                let w = lead.rsplit(' ').next().unwrap_or_default();
                ORG_HEADS.contains(&&*lower(w))
            });
        // "The Reyes family said": the family, by its surname.
        if n.kind == EntityKind::Person
            && !n.possessive
            && self.text[n.span.end..].starts_with(" family")
            && !self.text[n.span.end + 7..].starts_with(char::is_alphanumeric)
        {
            let surname = self.text[n.span.start..n.span.end].rsplit(' ').next();
            let name = format!("{} family", surname.unwrap_or_default());
            return Found::people(name, Span::new(n.span.start, n.span.end + 7));
        }
        Found {
            name: Some(self.same_surname_nearby(n).unwrap_or(&n.canonical).to_owned()),
            kind: if org_apposed { SpeakerKind::Organization } else { kind_of(n.kind) },
            span: n.span,
            pronoun: false,
        }
    }

    /// "Chief Minister K. Srinivasa Rao …. the CM said": "the" and a few
    /// capitals that are the initials of the title before a person named a
    /// little earlier mean that person ("the PM", "the CS").
    fn titled_by_initials(&self, n: &Name) -> Option<&str> {
        let acronym = n.canonical.as_bytes();
        let before = &self.text[..n.span.start];
        if !(2..=4).contains(&acronym.len())
            || !acronym.iter().all(u8::is_ascii_uppercase)
            || !before.ends_with("the ") && !before.ends_with("The ")
        {
            return None;
        }
        self.names_before(n.span.start)
            .take(48)
            .find(|p| {
                p.kind == EntityKind::Person
                    && p.confident
                    && crate::names::titled_by_initials(self.text, p.span.start, acronym)
                    && p.canonical.contains(' ')
            })
            .map(|p| p.canonical.as_str())
    }

    /// "Jaylen Hatcher …. His mother, Loretta Hatcher, told Channel 5 ….
    /// “…,” Hatcher said": a bare surname means the nearest full name with
    /// it, not the first, when the first is no gazetteer entity and has not
    /// spoken yet.
    fn same_surname_nearby(&self, n: &Name) -> Option<&str> {
        let word = &self.text[n.span.start..n.span.end];
        if n.kind != EntityKind::Person
            || word.contains(' ')
            || !n.canonical.strip_suffix(word).is_some_and(|f| f.ends_with(' '))
            || self.gazetteer.lookup(&n.canonical).is_some()
            // "said Tom Vance, the mayor. ¶ His wife, Ellen Vance, said …
            // “…,” Vance said": the surname stays with who spoke first.
            || self.speakers.borrow().contains(&n.canonical)
        {
            return None;
        }
        // The paragraph before at most, and the subject of a speech verb
        // there ("His mother, Loretta Hatcher, told"), not "the son of
        // George Bush" or "her son, Humayun Khan.".
        let pi = self.paragraphs.partition_point(|p| p.end < n.span.start);
        let from = self
            .paragraphs
            .get(pi.saturating_sub(1))
            .map_or(0, |p| p.start)
            .max(self.back(n.span.start, LOOKBACK_BYTES));
        let m = self
            .names_before(n.span.start)
            .take(LOOKBACK_NAMES)
            .take_while(|m| m.span.start >= from)
            .find(|m| {
                let full = &self.text[m.span.start..m.span.end];
                m.kind == EntityKind::Person
                    && full.strip_suffix(word).is_some_and(|f| f.ends_with(' '))
            })
            .filter(|m| m.confident && self.not_oblique(m) && self.speaks(m))?;
        (m.canonical != n.canonical).then_some(m.canonical.as_str())
    }

    /// The name nearest before the cue that is a subject: not possessive, not
    /// after a preposition, and at most eight words away.
    pub(super) fn nearest_name(&self, region: Span, words: &[Span]) -> Option<Found> {
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
            // "as Ruiz said" is Ruiz speaking; "at Ruiz's" and "for Ruiz" not.
            let as_subject = gap == 0 && before.is_some_and(|&w| lower(self.word(w)) == "as");
            if !as_subject && before.is_some_and(|&w| PREPOSITIONS.contains(&&*lower(self.word(w))))
            {
                continue;
            }
            // "An aide to President Ted Hale said": an unnamed source's
            // complement, behind its titles too.
            if self.complement_of_source(n) {
                continue;
            }
            // "Fans said": a capitalised common noun opening the sentence.
            // (Asked of doubtful names only.)
            let common = || {
                let lower = n.canonical.to_lowercase();
                [&*ANON_HEADS, &*ORG_HEADS, &*GROUP_HEADS]
                    .iter()
                    .any(|l| l.contains(lower.as_str()))
            };
            // "Aviation analysts said", "Fifty-one percent say": a lone
            // capitalised word modifying the noun that follows.
            let modifier = || {
                words
                    .iter()
                    .find(|w| w.start >= n.span.end)
                    .is_some_and(|&w| self.word(w).starts_with(char::is_lowercase))
            };
            if !n.confident && (gap > 1 || common() || modifier()) {
                continue;
            }
            // "Sen. Ted Cruz (Tex.) said", "a woman in Worcester,
            // Massachusetts, told him": an aside in brackets after a name,
            // or the second half of "City, State" after a preposition.
            let lead = self.text[..n.span.start].trim_end();
            let previous = self.names_before(n.span.start).next();
            if let Some(aside) = lead.strip_suffix('(')
                && previous.is_some_and(|m| m.span.end == aside.trim_end().len())
            {
                continue;
            }
            if let Some(place) = lead.strip_suffix(',')
                && super::salience::place(n)
                && let Some(m) = previous
                && m.span.end == place.len()
                && words
                    .iter()
                    .rev()
                    .find(|w| w.end <= m.span.start)
                    .is_some_and(|&w| PREPOSITIONS.contains(&&*lower(self.word(w))))
            {
                continue;
            }
            return Some(self.name_found(n));
        }
        None
    }

    /// "a spokesman for Sen. Ted Hale", "an aide to President Hale": the
    /// name, behind its titles, completes an unnamed source's head.
    fn complement_of_source(&self, n: &Name) -> bool {
        let mut lead =
            self.text[self.back(n.span.start, 80)..n.span.start].split_whitespace().rev();
        let mut titles = 0;
        let preposition = loop {
            match lead.next() {
                Some(w) if is_title(w) && titles < 4 => titles += 1,
                Some(w) => break w,
                None => return false,
            }
        };
        titles > 0
            && matches!(preposition, "for" | "to")
            && lead.next().is_some_and(|h| ANON_HEADS.contains(&&*lower(h)))
    }

    /// "a person with inside knowledge of the company", "the company",
    /// "federal prosecutors": a noun phrase ending at `last`, opened by the
    /// farthest determiner whose head noun follows within three words.
    pub(super) fn noun_phrase(&self, words: &[Span], last: Span, inverted: bool) -> Option<Found> {
        let k = words.iter().position(|w| *w == last)?;
        for d in k.saturating_sub(10)..=k {
            let w = lower(self.word(words[d]));
            if !DETERMINERS.contains(&&*w) || d == k {
                continue;
            }
            // One phrase: "According to the Ledger, the company" is two;
            // "That is why critics" is a clause.
            if self.text[words[d].end..last.start].contains([',', ';', ':', '—', '('])
                || words[d + 1..k].iter().any(|&m| clause_word(&lower(self.word(m))))
            {
                continue;
            }
            let span = Span::new(words[d].start, last.end);
            // A head within three words, or four behind a plain run of
            // modifiers ("a Tallis Shire Council spokesman"; not "the face
            // of a giant bill").
            let plain = |w: &Span| {
                let w = lower(self.word(*w));
                !PREPOSITIONS.contains(&&*w) && !DETERMINERS.contains(&&*w)
            };
            let reach = if k > d + 3 && words[d + 1..d + 4].iter().all(plain) { 4 } else { 3 };
            let heads = &words[d + 1..=(d + reach).min(k)];
            let head = |list: &HashSet<&str>| {
                let is = |h: &Span| list.contains(&&*lower(self.word(*h)));
                let p = heads.iter().position(is)?;
                // "the tournament referee's office": the head after an owner.
                let owner = heads.get(p + 1).map(|&o| self.word(o));
                Some(match owner {
                    Some(o)
                        if (o.ends_with("’s") || o.ends_with("'s"))
                            && heads.get(p + 2).is_some_and(is) =>
                    {
                        p + 2
                    }
                    _ => p,
                })
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
                // "The Ministry of Defence", "the Office for National
                // Statistics": a capitalised head and its complement are the
                // body's own name.
                let rest = &words[d + 2 + h..=k];
                let proper = self.word(heads[h]).starts_with(char::is_uppercase)
                    && rest.iter().any(|&w| self.word(w).starts_with(char::is_uppercase))
                    && rest.iter().all(|&w| {
                        let x = self.word(w);
                        x.starts_with(char::is_uppercase)
                            || matches!(x, "of" | "for" | "on" | "and" | "the")
                    })
                    && matches!(self.word(rest[0]), "of" | "for" | "on");
                if proper {
                    let name = self.text[heads[0].start..last.end].to_owned();
                    return Some(Found::group(name, span));
                }
                let modifiers = &heads[..h];
                if modifiers.iter().all(|m| self.word(*m).starts_with(char::is_lowercase)) {
                    // "a bipartisan group" is nobody named before.
                    if matches!(&*w, "a" | "an" | "another") {
                        return Some(Found::anonymous(span));
                    }
                    let phrase = Span::new(heads[0].start, heads[h].end);
                    return Some(self.org_by_head(&head_word, phrase, span));
                }
                // "the French foreign ministry": the phrase is the name.
                let name = self.text[heads[0].start..heads[h].end].to_owned();
                return Some(Found::group(name, span));
            }
            if let Some(h) = head(&GROUP_HEADS) {
                let name = self.text[heads[0].start..heads[h].end].to_owned();
                // "the council's scientists": the owner's group.
                let owned = self.owned_group(&words[d..=d + 1 + h], span);
                return Some(owned.unwrap_or(Found::people(name, span)));
            }
            // "a groundsman who asked not to be named": an indefinite noun
            // phrase with a head in lower case is somebody unnamed, its
            // modifiers capitalised or not ("a Democratic strategist",
            // "one Trump confidant").
            let indefinite = inverted && matches!(&*w, "a" | "an" | "one" | "another");
            let phrase = &words[d + 1..=k];
            if indefinite
                && phrase.len() <= 8
                && self.word(last).starts_with(|c: char| !c.is_uppercase())
            {
                return Some(Found::anonymous(span));
            }
        }
        let lw = lower(self.word(last));
        if ANON_HEADS.contains(&&*lw) && lw.ends_with('s') {
            return Some(Found::anonymous(last));
        }
        // "the Arvan and Belorian defense ministries": bodies named by
        // their kind speak together as a group.
        // Not set off by a comma ("… and enabling public-sector unions,
        // said Kay"): that is the end of a quotation's clause.
        let plural_org = !ORG_HEADS.contains(&&*lw)
            && plural_of(&lw, &ORG_HEADS)
            && !self.text[last.end..].trim_start().starts_with(',');
        if GROUP_HEADS.contains(&&*lw) || ORG_HEADS.contains(&&*lw) || plural_org {
            // "federal prosecutors", "Russia's foreign ministry", "Arvan
            // and Belorian officials"
            let mut start = k;
            let mut reach = 2;
            while start > 0
                && k - start < reach
                && !DETERMINERS.contains(&&*lower(self.word(words[start - 1])))
                && !PREPOSITIONS.contains(&&*lower(self.word(words[start - 1])))
                && !SKIP_BEFORE_CUE.contains(&&*lower(self.word(words[start - 1])))
                && !clause_word(&lower(self.word(words[start - 1])))
                && !matches!(
                    &*lower(self.word(words[start - 1])),
                    "them" | "us" | "those" | "these"
                )
            {
                start -= 1;
                // "Arvan and Belorian": two modifiers joined as one.
                if start >= 2
                    && self.word(words[start - 1]) == "and"
                    && self.word(words[start - 2]).starts_with(char::is_uppercase)
                    && self.word(words[start]).starts_with(char::is_uppercase)
                {
                    start -= 2;
                    reach += 2;
                }
            }
            if start == k && (ORG_HEADS.contains(&&*lw) || plural_org) {
                return None;
            }
            let span = Span::new(words[start].start, last.end);
            let name = self.text[span.start..span.end].to_owned();
            if GROUP_HEADS.contains(&&*lw) {
                // "the council's scientists": the owner's group.
                let from =
                    start - usize::from(start > 0 && lower(self.word(words[start - 1])) == "the");
                return self
                    .owned_group(&words[from..=k], span)
                    .or(Some(Found::people(name, span)));
            }
            return Some(Found::group(name, span));
        }
        None
    }

    /// "the company" is the organisation last named; "the board" is that
    /// organisation's board.
    pub(super) fn org_by_head(&self, head: &str, phrase: Span, span: Span) -> Found {
        // A board, committee or team belongs to an organisation of any kind.
        let part = matches!(head, "board" | "committee" | "team");
        // "The Ironbarks said …. “…,” the club said": a plural nickname
        // after an article is a club or team nobody else names.
        let nickname = |n: &Name| {
            matches!(head, "club" | "team" | "side" | "band")
                && n.canonical.ends_with('s')
                && !n.canonical.contains(' ')
        };
        let candidate =
            |n: &&Name| n.kind == EntityKind::Organization && (n.confident || nickname(n));
        // "the council" is the council named, before a body of no known
        // kind nearer after a preposition ("a shop on Bridge Street", "said
        // on Twitter"); "Twitter acknowledged it" stays the company.
        // "the observatory" is the "… Volcano Observatory" named.
        let named_so = |n: &&Name| {
            let own = n.canonical.split_once(" of ").map_or(&*n.canonical, |(h, _)| h);
            own.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(head))
        };
        // A body whose name ends in the head itself comes first, before
        // nearer bodies of its family or of none ("the union" after the
        // "Allied Nursing Union" and a nearer "… NHS Trust").
        // One walk back: a body named so wins wherever it stands, else the
        // nearest of the head's family (or fitting it and no object), else
        // the nearest fitting it; a board or team belongs to the nearest.
        let (mut named, mut family, mut fitting) = (None, None, None);
        for n in self.names_before(span.start).filter(candidate) {
            if part {
                family = Some(n);
                break;
            }
            if named_so(&n) {
                named = Some(n);
                break;
            }
            if family.is_none() && (same_kind(n, head) || fits_head(n, head) && self.not_oblique(n))
            {
                family = Some(n);
            }
            if fitting.is_none() && fits_head(n, head) {
                fitting = Some(n);
            }
        }
        let org = named.or(family).or(fitting);
        let name = match (org, head) {
            // "Wales Cricket Board" is its own board.
            (Some(o), _) if o.canonical.to_lowercase().ends_with(head) => o.canonical.clone(),
            (Some(o), "board" | "committee" | "team") => format!("{} {head}", o.canonical),
            (Some(o), _) => o.canonical.clone(),
            // "the rights group" nobody named: its own descriptive name.
            (None, _) => self.text[phrase.start..phrase.end].to_owned(),
        };
        Found::group(name, span)
    }

    /// "the trust's" in "The trust's report says": the body of that kind
    /// named before (`from` is the article's start, `word` the possessive).
    pub(super) fn owning_body(&self, from: usize, word: Span, span: Span) -> Option<Found> {
        let w = self.word(word);
        let stem = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"))?;
        let head = lower(stem);
        ORG_HEADS
            .contains(&*head)
            .then(|| self.org_by_head(&head, Span::new(from, word.start + stem.len()), span))
    }

    /// "race stewards’" in "The race stewards’ report reads": lower-case
    /// plural owners among the first three words of `phrase` (after its
    /// article), a group.
    pub(super) fn plural_owners(&self, phrase: &[Span]) -> Option<Found> {
        let o = phrase.iter().take(3).position(|&w| {
            let w = self.word(w);
            w.ends_with("s’") || w.ends_with("s'")
        })?;
        if !phrase[..=o].iter().all(|&w| self.word(w).starts_with(char::is_lowercase)) {
            return None;
        }
        let last = phrase[o];
        let mark = self.word(last).chars().next_back().map_or(0, char::len_utf8);
        let span = Span::new(phrase[0].start, last.end - mark);
        Some(Found::people(self.text[span.start..span.end].to_owned(), span))
    }

    /// At most four words between two names, all of them office words or
    /// capitalised ("Press Secretary", "chief executive", "CEO").
    pub(super) fn only_titles(&self, between: Span) -> bool {
        let words = self.words(between);
        words.len() <= 4
            && words.len() == self.text[between.start..between.end].split_whitespace().count()
            && words.iter().all(|&w| title_word(self.word(w)))
    }

    /// The phrase starting at `words[d]` opens its clause: the text's or
    /// the region's start, punctuation, or a conjunction before it.
    pub(super) fn phrase_opens_clause(&self, words: &[Span], d: usize) -> bool {
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
    pub(super) fn past_opening_phrase(&self, words: &[Span]) -> usize {
        // A dateline: "LA CROSSE, Wis. — Gov. Ann Vale …".
        if let Some(first) = words.first()
            && self.word(*first).len() > 1
            && self.word(*first).chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && let Some(d) = words.iter().take(6).position(|w| {
                let gap = &self.text[w.end..self.ahead(w.end, 8)];
                gap.trim_start_matches([',', '.', ' ']).starts_with(['—', '–'])
            })
        {
            return d + 1;
        }
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
        // A subordinate clause may run longer than a phrase: "When asked by
        // the Ledger if the mayor would hold a press conference, he …".
        let reach = if opener { 24 } else { 12 };
        let intro = words.iter().take(reach).position(|w| self.text[w.end..].starts_with(','));
        // "Hours later,", "Last week,", "Meanwhile,": a short adverbial in
        // lower case after its first word, naming nobody.
        let adverbial = |k: usize| {
            let first = lower(self.word(words[0]));
            let lead = &words[1..=k];
            if k == 0 {
                return first.ends_with("ly") || OPENING_ADVERBS.contains(&*first);
            }
            // Time words only: "The two lawmakers, however," is a subject.
            let time = TIME_WORDS.contains(&*lower(self.word(words[k])));
            k <= 3
                && time
                && !DETERMINERS.contains(&&*first)
                && lead.iter().all(|&w| !self.word(w).starts_with(char::is_uppercase))
                && self.names_in(Span::new(words[0].start, words[k].end)).all(|n| !n.confident)
        };
        // The opening phrase is the writer's: no quotation inside it.
        let plain =
            |k: usize| !self.text[words[0].start..words[k].end].contains(['“', '”', '"', '(']);
        match intro {
            Some(k) if (opener || adverbial(k)) && plain(k) => k + 1,
            _ => 0,
        }
    }
}

/// Words that make what follows them a clause, not a noun phrase ("That
/// is why critics", "how voters").
static CLAUSE_WORDS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::CLAUSE_WORDS));
/// One-word openers before the subject ("Meanwhile, …").
pub(super) static OPENING_ADVERBS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::OPENING_ADVERBS));
/// Last words of a short opening time phrase ("Hours later, …").
static TIME_WORDS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::TIME_WORDS));

/// "ministries", "companies", "banks": the plural of a head in `heads`.
fn plural_of(w: &str, heads: &HashSet<&str>) -> bool {
    w.strip_suffix("ies").is_some_and(|stem| heads.contains(&*format!("{stem}y")))
        || w.strip_suffix('s').is_some_and(|stem| heads.contains(stem))
}

/// A word that makes what follows it a clause: see [`CLAUSE_WORDS`].
pub(super) fn clause_word(w: &str) -> bool {
    CLAUSE_WORDS.contains(w)
}

/// Kinds of organisation, as bits: `data/words/org-families.txt`.
static ORG_FAMILIES: LazyLock<HashMap<&str, u32>> = LazyLock::new(|| {
    let mut out: HashMap<&str, u32> = HashMap::default();
    for (i, line) in word_lists::word_list(word_lists::ORG_FAMILIES).into_iter().enumerate() {
        for w in line.split_whitespace() {
            *out.entry(w).or_default() |= 1 << i;
        }
    }
    out
});

/// "the newspaper" may be "The Daily Ledger" but not the "Electoral
/// College": the head and the name's last word share a kind, or either
/// has none.
/// The name's last word and the head are of one family of bodies.
fn same_kind(org: &Name, head: &str) -> bool {
    let (named, said) = kinds(org, head);
    named & said != 0
}

fn fits_head(org: &Name, head: &str) -> bool {
    let (named, said) = kinds(org, head);
    named == 0 || said == 0 || named & said != 0
}

/// The families of bodies (bits) the name's own head word and `head` are in.
fn kinds(org: &Name, head: &str) -> (u32, u32) {
    let kind = |w: &str| ORG_FAMILIES.get(w).copied().unwrap_or(0);
    // "University of Texas" is a university.
    let own = org.canonical.split_once(" of ").map_or(&*org.canonical, |(head, _)| head);
    let last = own.rsplit(' ').next().unwrap_or("");
    (kind(&lower(last)), kind(head))
}
