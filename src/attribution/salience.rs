//! Salience: who a pronoun ("he", "they") or a role noun ("the senator") refers to,
//! read from the names before it by grammatical role, gender and number.

use super::cue_rules::noun_use;
use super::subjects::OPENING_ADVERBS;
use super::{
    ANON_HEADS, Ctx, DETERMINERS, DOCUMENT_HEADS, Found, GROUP_HEADS, LOOKBACK_BYTES, ORG_HEADS,
    PREPOSITIONS, ROLE_HEADS, SpeakerKind, kind_of, lower, title_modifier,
};
use crate::cues::CueRole;
use crate::document::Span;
use crate::gazetteer::EntityKind;
use crate::names::{FEMALE_FIRST, MALE_FIRST, Name, is_demonym, is_title};
use crate::word_lists::{self, word_set};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Words opening a subordinate clause ("Although Ford had outlined it, …").
const SUBORDINATORS: &[&str] = &[
    "although", "though", "when", "while", "because", "if", "after", "before", "since", "once",
    "until", "whereas",
];

/// A sentence's first word that opens a phrase or clause before the
/// main clause's subject: a preposition, "as", a participle ("Asked about
/// the dismissal, Brink paused", "Speaking on Monday, Vale said"), an
/// adverb ("Late, after the last table has gone, Rosa sits") or a
/// subordinator.
pub(super) fn opens_phrase(first: &str) -> bool {
    let first = first.trim_end_matches(',');
    if first.len() > 12 {
        return false;
    }
    let first = first.to_ascii_lowercase();
    let participle = first.len() > 4 && (first.ends_with("ed") || first.ends_with("ing"));
    let adverb = first.ends_with("ly") || OPENING_ADVERBS.contains(first.as_str());
    PREPOSITIONS.contains(first.as_str())
        || first == "as"
        || participle
        || adverb
        || SUBORDINATORS.contains(&first.as_str())
}

/// Where "he" or "she" opens the main clause of `sentence`: at its start,
/// or after the comma closing an opening phrase ("Asked whether it had
/// sunk in, she laughed", "Under cross-examination by Saltash, for the
/// defence, she accepted"), two commas at most and no reported clause
/// before ("During the hearing, the prosecutor said that in 2019, he …"
/// is no subject).
pub(super) fn opening_pronoun(sentence: &str) -> Option<usize> {
    let pronoun = |r: &str| r.starts_with("he ") || r.starts_with("she ");
    let first = sentence.split(' ').next()?;
    if matches!(first, "He" | "She") {
        return Some(0);
    }
    if !opens_phrase(first) {
        return None;
    }
    for (k, _) in sentence.match_indices(", ").take(2) {
        let lead = &sentence[..k];
        if [" that ", " said ", " says ", " told "].iter().any(|w| lead.contains(w)) {
            return None;
        }
        if pronoun(&sentence[k + 2..]) {
            return Some(k + 2);
        }
    }
    None
}

/// Nouns for an unnamed person that "she" or "he" may mean ("one mother",
/// "a spokesman"): `data/words/she-nouns.txt`, `data/words/he-nouns.txt`.
static SHE_NOUNS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::SHE_NOUNS));
static HE_NOUNS: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::HE_NOUNS));

impl Ctx<'_> {
    /// "the president", "the former secretary of state", "the statement":
    /// a definite description ending `words`, resolved as a reader would.
    /// A document stands for its author, a role for the person last
    /// introduced with it (or else the person in focus); unnamed sources
    /// ("the official"), bodies ("the company") and groups are left to
    /// [`Ctx::noun_phrase`].
    pub(super) fn definite_description(&self, words: &[Span]) -> Option<Found> {
        let k = words.len();
        let last = *words.last()?;
        // "his family said", "the Reyes family said": the family speaks
        // as a group named by its surname.
        if k >= 2 && lower(self.word(last)) == "family" {
            let before = self.word(words[k - 2]);
            let lb = lower(before);
            let span = Span::new(words[k - 2].start, last.end);
            if before.starts_with(char::is_uppercase)
                && lb != "the"
                && k >= 3
                && lower(self.word(words[k - 3])) == "the"
                && self.phrase_opens_clause(words, k - 3)
            {
                let span = Span::new(words[k - 3].start, last.end);
                return Some(Found::people(format!("{before} family"), span));
            }
            if matches!(&*lb, "his" | "her" | "their" | "the")
                && self.phrase_opens_clause(words, k - 2)
            {
                let surname = self.person_in_focus(span).and_then(|p| {
                    p.rsplit(' ').next().filter(|_| p.contains(' ')).map(str::to_owned)
                });
                return Some(match surname {
                    Some(s) => Found::people(format!("{s} family"), span),
                    None => Found::anonymous(span),
                });
            }
        }
        // "his daughter said": a relative introduced so ("His daughter,
        // Claudette Reyes, said"), else somebody unnamed.
        if k >= 2
            && crate::names::KIN.contains(&*lower(self.word(last)))
            && matches!(&*lower(self.word(words[k - 2])), "his" | "her" | "their")
            && self.phrase_opens_clause(words, k - 2)
        {
            let span = Span::new(words[k - 2].start, last.end);
            let head = lower(self.word(last));
            return Some(match self.introduced_as(&head, span.start) {
                Some(name) => Found::role(Some(name), span),
                None => Found::anonymous(span),
            });
        }
        // The article and up to five words, with only spaces between them;
        // two roles joined by "and" may take eight ("the independent Vermont
        // senator and Democratic presidential candidate").
        let d = (k.saturating_sub(10)..k.saturating_sub(1))
            .rev()
            .take_while(|&i| self.text[words[i].end..words[i + 1].start].bytes().all(|b| b == b' '))
            .find(|&i| lower(self.word(words[i])) == "the")?;
        if k - d > 6 && !words[d + 1..k].iter().any(|&w| self.word(w) == "and") {
            return None;
        }
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
        // "the Ohio Republican" is a role like "the senator".
        let capital_role =
            || ROLE_HEADS.contains(&*lower(self.word(last))) || is_demonym(self.word(last));
        if !phrase.iter().all(plain) || !self.word(last).starts_with(common) && !capital_role() {
            return None;
        }
        let head = lower(self.word(last));
        let head = head.trim_end_matches("’s").trim_end_matches("'s");
        let span = Span::new(words[d].start, last.end);
        if DOCUMENT_HEADS.contains(head) {
            // "the statement said": whoever the text last named.
            // A poll or a study is an institution's, not a candidate's.
            let institutional = matches!(head, "poll" | "survey" | "study");
            let near = || {
                self.names_before(span.start)
                    .take_while(|n| n.span.start + 2 * LOOKBACK_BYTES >= span.start)
                    .filter(|n| {
                        n.confident
                            && !n.possessive
                            && (!institutional || n.kind == EntityKind::Organization)
                    })
            };
            // "Big Machine issued a statement …. The statement said": who
            // brought the document up in their own clause.
            // Not "a Clinton campaign memo" (the name inside the document's
            // own phrase), not "a note from X" or "sent by X" (someone else's).
            let issued = |n: &Name| {
                let end = self.ahead(n.span.end, 80).min(span.start);
                let clause = &self.text[n.span.end..end];
                let clause = &clause[..clause.find(['.', ';', '“', '"']).unwrap_or(clause.len())];
                let Some(k) = clause.find(head).filter(|&k| {
                    !clause[..k].ends_with(char::is_alphanumeric)
                        && !clause[k + head.len()..].starts_with(char::is_alphanumeric)
                }) else {
                    return false;
                };
                let mut after = clause[k + head.len()..].trim_start();
                for aux in ["was ", "were ", "is ", "has been ", "had been "] {
                    after = after.strip_prefix(aux).unwrap_or(after);
                }
                let inside =
                    self.word_before(n.span.start).is_some_and(|w| matches!(&*w, "a" | "an"));
                // "in Cape Breton, Nova Scotia, has set up a website": the
                // second half of a place after a preposition.
                let lead = self.text[..n.span.start].trim_end();
                let place_pair = lead.strip_suffix(',').is_some_and(|lead| {
                    self.names_before(n.span.start)
                        .next()
                        .is_some_and(|m| m.span.end == lead.len() && !self.not_oblique(m))
                });
                // "a radio host in Cape Breton, …, has set up a website".
                let oblique = self.word_before(n.span.start).is_some_and(|w| {
                    matches!(&*w, "in" | "at" | "on" | "of" | "for" | "with" | "to" | "from" | "by")
                });
                !inside
                    && !oblique
                    && !place_pair
                    && !self.text[self.back(n.span.start, 16)..n.span.start].contains("ccording to")
                    && !["from ", "by ", "sent ", "written ", "signed "]
                        .iter()
                        .any(|p| after.starts_with(p))
            };
            // "The trust's report says": the body of that kind named before.
            if let Some(&first) = phrase.first()
                && let Some(f) = self.owning_body(words[d].start, first, span)
            {
                return Some(f);
            }
            if let Some(f) = self.plural_owners(phrase) {
                return Some(f);
            }
            // "The Harbour Board’s letter states": the owner named inside.
            if let Some(n) = self
                .names_in(Span::new(span.start, last.start))
                .find(|n| n.possessive && n.confident)
            {
                return Some(Found { span, ..self.name_found(n) });
            }
            // "confirmed by his family, who said in a statement …. The
            // statement said": a family that issued it, named by surname.
            if let Some(f) = self.family_that_issued(head, span) {
                return Some(f);
            }
            // "The Safety Board's preliminary report says …. The report
            // says": the document's owner, named in its own phrase.
            let owner = self
                .names_before(span.start)
                .take_while(|n| n.span.start + 2 * LOOKBACK_BYTES >= span.start)
                .find(|n| n.possessive && self.owns_document(n, head));
            // A nearer body that issued one ("Brisk Pharma published a
            // report") outranks an older owner.
            let issuer = near().find(|n| issued(n));
            // "A letter signed by 62 households …. The letter reads": the
            // author that phrase named, unless an owner or issuer came later.
            if let Some((f, at)) = self.signed_document(head, span.start)
                && issuer.is_none_or(|i| i.span.start < at)
                && owner.is_none_or(|o| o.span.start < at)
            {
                return Some(Found { span, pronoun: true, ..f });
            }
            if let Some(n) = owner
                && issuer.is_none_or(|i| i.span.start < n.span.start)
            {
                return Some(Found { span, pronoun: true, ..self.name_found(n) });
            }
            let author = issuer.or_else(|| near().next());
            return Some(match author {
                Some(n) => Found { span, pronoun: true, ..self.name_found(n) },
                None => Found { name: None, kind: SpeakerKind::Unknown, span, pronoun: true },
            });
        }
        // "the city said": its administration, by the name the article gave
        // it ("the City of Halden"), else by that noun.
        if LOCAL_GOVERNMENTS.contains(head) {
            let named = self.names_before(span.start).find(|n| {
                n.kind == EntityKind::Organization
                    && n.confident
                    && n.canonical.split(' ').any(|w| w.eq_ignore_ascii_case(head))
            });
            return Some(match named {
                Some(n) => Found { span, ..self.name_found(n) },
                None => Found::group(head.to_owned(), span),
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
        // "the Ohio Republican" was introduced as "Republican Ken Dorr" or
        // by a party tag: "Ken Dorr (R-Ohio)", "Ken Dorr, R-Ohio,".
        let tags: &[&str] = match head {
            "republican" => &["(r-", ", r-"],
            "democrat" => &["(d-", ", d-"],
            _ => &[],
        };
        // "the 56-year-old" was introduced as "Jose Ramos, 56,".
        let age = head.strip_suffix("-year-old").filter(|a| a.bytes().all(|b| b.is_ascii_digit()));
        // "Tanabe said she felt unwell. “…,” the Japanese player said.":
        // the paragraph's subject, ahead of a holder of the role the
        // paragraph does not name ("the kind of player", said of another).
        let by_role = || {
            // "the skipper" was introduced as "captain Aoife Dunne".
            let synonym = match head {
                "skipper" => Some("captain"),
                "keeper" => Some("goalkeeper"),
                "boss" | "gaffer" => Some("manager"),
                _ => None,
            };
            let holder = self
                .introduced_as(head, span.start)
                .or_else(|| self.introduced_as(synonym?, span.start))?;
            if self.names_in(self.para_before(span.start)).any(|n| n.canonical == holder) {
                return Some(holder);
            }
            self.paragraph_subject(span).or(Some(holder))
        };
        // "A senior party leader, who did not want to be named, said ….
        // “…,” the leader said": a sentence of the paragraph opened by an
        // unnamed holder of the role.
        if self.opened_unnamed(head, span.start) {
            return Some(Found::anonymous(span));
        }
        let introduced = age
            .and_then(|a| self.introduced_as(&format!(", {a},"), span.start))
            .or_else(by_role)
            .or_else(|| tags.iter().find_map(|t| self.introduced_as(t, span.start)))
            // "Judge Amy Berman" pages back, unless the paragraph has a
            // subject of its own for the role.
            .or_else(|| {
                self.paragraph_subject(span).is_none().then(|| self.titled_as(head, span.start))?
            });
        // "Carré said the story started as prose. “…,” the director said.":
        // a role the paragraph's subject holds, when the paragraph brought up
        // no other holder ("the director of the museum").
        let introduced = introduced.or_else(|| {
            (role && !owned_phrase(self, phrase)).then(|| self.role_of_subject(head, span))?
        });
        if introduced.is_none() && ANON_HEADS.contains(head) {
            // "the mayor" that no name goes with is somebody unnamed.
            return Some(Found::anonymous(span));
        }
        // "the ad's narrator": a role of something named in the phrase,
        // not of whoever is in focus.
        let owned = owned_phrase(self, phrase);
        let person = introduced.or_else(|| (!owned).then(|| self.person_in_focus(span)).flatten());
        Some(Found::role(person, span))
    }

    /// A sentence earlier in the paragraph of `at` opens with "A", "An" or
    /// "One" and, within four words, the noun `head` ("A senior party
    /// leader from …").
    fn opened_unnamed(&self, head: &str, at: usize) -> bool {
        let para = self.para_before(at);
        // Most paragraphs name no such holder: one byte search first.
        if !self.text[para.start..para.end].contains(head) {
            return false;
        }
        let words = self.words(para);
        words.iter().enumerate().any(|(i, &w)| {
            if !super::indefinite_opener(self.word(w)) || self.sentence_start(w.start) != w.start {
                return false;
            }
            // One plain noun phrase: lower-case words with only spaces
            // between ("One year ago, the governor" is none), and no name
            // set off after the noun ("A senior leader, Ram Thapa,").
            let mut prev = w;
            for &x in words[i + 1..].iter().take(4) {
                let xw = self.word(x);
                if !self.text[prev.end..x.start].bytes().all(|b| b == b' ')
                    || !xw.starts_with(char::is_lowercase)
                    || DETERMINERS.contains(&xw)
                {
                    return false;
                }
                if lower(xw) == head {
                    let after = &self.text[x.end..];
                    return !after
                        .strip_prefix(", ")
                        .is_some_and(|a| a.starts_with(char::is_uppercase));
                }
                prev = x;
            }
            false
        })
    }

    /// "Acme's annual report", "the Board's preliminary report": the
    /// possessive `n` owns a document of `head`, at most three lower-case
    /// words between them.
    fn owns_document(&self, n: &Name, head: &str) -> bool {
        let rest = &self.text[n.span.end..self.ahead(n.span.end, 60)];
        let Some(rest) = ["’s ", "'s ", "’ ", "' "].iter().find_map(|p| rest.strip_prefix(p))
        else {
            return false;
        };
        // Modifiers only: "Hale's criticism of the report" owns none.
        rest.split(' ')
            .take(4)
            .take_while(|w| {
                w.starts_with(char::is_lowercase)
                    && !PREPOSITIONS.contains(w)
                    && !DETERMINERS.contains(w)
            })
            .any(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()) == head)
    }

    /// A family whose own sentence, just before `span`, brought up the
    /// document `head` ("by his family, who said in a statement").
    fn family_that_issued(&self, head: &str, span: Span) -> Option<Found> {
        let from = self.back(span.start, 600);
        let before = &self.text[from..span.start];
        let k = before.rfind(" family")?;
        // Not "a family-owned firm", "familyfriendly".
        if before[k + 7..].starts_with(|c: char| c == '-' || c.is_alphanumeric()) {
            return None;
        }
        let sentence = &before[k..];
        let sentence = &sentence[..sentence.find(". ").unwrap_or(sentence.len())];
        if !sentence.contains(head) {
            return None;
        }
        let at = from + k + 1;
        let family = Span::new(at, at + "family".len());
        // Nobody named since, who could have issued it instead.
        if self.names_in(Span::new(family.end, span.start)).any(|n| n.confident) {
            return None;
        }
        let owner = self.text[..at].trim_end().rsplit(' ').next().unwrap_or_default();
        let name = if owner.starts_with(char::is_uppercase) && owner != "The" {
            owner.to_owned()
        } else {
            let p = self.person_in_focus(family)?;
            p.rsplit_once(' ')?.1.to_owned()
        };
        Some(Found { pronoun: true, ..Found::people(format!("{name} family"), span) })
    }

    /// The person last introduced with `role` near their name ("Sen. Jane
    /// Roe", "Jane Roe, the senator"), within the look-back.
    pub(super) fn introduced_as(&self, role: &str, at: usize) -> Option<String> {
        // "the senator" was introduced as "Sen. Jane Roe".
        let short = match role {
            "senator" => Some("sen. "),
            "governor" => Some("gov. "),
            "representative" | "congressman" | "congresswoman" => Some("rep. "),
            "general" => Some("gen. "),
            _ => None,
        };
        // The role as it stands: the vice-president and the deputy director
        // are another role (unless the description asks for one: "the vice
        // president said"), the presidential hopeful none (a co-host is a
        // host, an ex-president or a newspaper a paper, the hosts each a
        // host). Whether the description asks is read once.
        let prefix = |before: &str| {
            let hyphen = before.ends_with('-')
                && !["co-", "ex-", "then-"].iter().any(|p| before.ends_with(p));
            hyphen || before.ends_with("vice ") || before.ends_with("deputy ")
        };
        let description = self.text[at..self.ahead(at, 40)].to_ascii_lowercase();
        let wanted = description.find(role).is_some_and(|k| prefix(&description[..k]));
        self.names_before(at)
            .take_while(|n| n.span.start + 2 * LOOKBACK_BYTES >= at)
            .filter(|n| n.confident && n.kind == EntityKind::Person && !place(n))
            .find(|n| {
                // Within the name's own paragraph, before the description.
                let pi = self.paragraphs.partition_point(|p| p.end < n.span.end);
                let para = self.paragraphs.get(pi).map_or(n.span, |p| *p);
                let end = self.ahead(n.span.end, 64).min(para.end).min(at).max(n.span.end);
                let start = self.back(n.span.start, 48).max(para.start).min(n.span.start);
                // Within the name's sentence: "at Brafman. The judge rubbed
                // his chin" does not make Brafman the judge ("the U.S.
                // ambassador" has no sentence end).
                let end = self.text[n.span.end..end]
                    .match_indices(". ")
                    .map(|(k, _)| n.span.end + k)
                    .find(|&k| ends_sentence(self.text.as_bytes(), k))
                    .unwrap_or(end);
                let start = self.text[start..n.span.start]
                    .rmatch_indices(". ")
                    .map(|(k, _)| start + k)
                    .find(|&k| ends_sentence(self.text.as_bytes(), k))
                    .unwrap_or(start);
                let around = Span::new(start, end);
                // The short title stands right before the name it belongs to.
                let titled = short.is_some_and(|s| {
                    let before = &self.text[self.back(n.span.start, 8)..n.span.start];
                    before.to_lowercase().ends_with(s)
                });
                // An age stands right after the name: "Ann Vale, 41,".
                if role.starts_with(", ") {
                    return self.text[n.span.end..].starts_with(role);
                }
                // "the coroner’s officer, Gary Flint," is no coroner: the
                // role owns another role set off before a name.
                let around = &self.text[around.start..around.end];
                let owns_other = |after: &str| {
                    let Some(rest) = after.strip_prefix("’s ").or(after.strip_prefix("'s "))
                    else {
                        return false;
                    };
                    rest.split(' ')
                        .take(3)
                        .any(|w| w.ends_with(',') && !w.contains(char::is_uppercase))
                };
                // "the 101-year-old dined with Ivan Petrov": a name after a
                // preposition is the role's only with nothing but titles
                // between ("with the 56-year-old Jose Ramos") or in its
                // apposition ("with Jose Ramos, the 56-year-old").
                let oblique = !self.not_oblique(n);
                let (name_at, name_end) = (n.span.start - start, n.span.end - start);
                let close = |k: usize| {
                    if k + role.len() <= name_at {
                        around[k + role.len()..name_at].split_whitespace().all(is_title)
                    } else {
                        k >= name_end + 2
                            && around[name_end..].starts_with(", ")
                            && !around[name_end + 2..k].contains([',', ';'])
                    }
                };
                // "Her coach, Dr Ann Vale, 58, who has trained Quist": the
                // role is the nearer person's; another person between
                // the role and this name takes it.
                let person_between = |k: usize| {
                    let (from, to) = if k + role.len() <= name_at {
                        (start + k + role.len(), n.span.start)
                    } else {
                        (n.span.end, start + k)
                    };
                    self.names_in(Span::new(from, to)).any(|m| {
                        m.confident && m.kind == EntityKind::Person && m.canonical != n.canonical
                    })
                };
                let lower = around.to_ascii_lowercase();
                let rest = |k: usize| {
                    let after = &lower[k + role.len()..];
                    after.strip_prefix('s').unwrap_or(after).bytes().next()
                };
                let whole = |k: usize| {
                    let open = !role.starts_with(|c: char| c.is_ascii_alphanumeric())
                        || prefix(&lower[..k]) == wanted;
                    let ends = !role.ends_with(|c: char| c.is_ascii_alphanumeric())
                        || rest(k).is_none_or(|c| !c.is_ascii_alphanumeric() && c != b'-');
                    open && ends
                };
                titled
                    || lower
                        .match_indices(role)
                        .filter(|&(k, _)| whole(k))
                        .filter(|&(k, _)| !oblique || close(k))
                        .filter(|&(k, _)| !person_between(k))
                        .any(|(k, _)| !around.get(k + role.len()..).is_some_and(owns_other))
            })
            .map(|n| n.canonical.clone())
    }

    /// The paragraph's subject for a role (`head`) at `span`, when the
    /// paragraph before names no other holder ("the director of the
    /// museum"): "Carré said …. “…,” the director said" is Carré.
    pub(super) fn role_of_subject(&self, head: &str, span: Span) -> Option<String> {
        let here = self.para_before(span.start);
        let before = &self.text[here.start..here.end];
        let other_holder = before.match_indices(head).any(|(k, _)| {
            !before[..k].ends_with(char::is_alphanumeric)
                && !before[k + head.len()..].starts_with(char::is_alphanumeric)
        });
        (!other_holder).then(|| self.paragraph_subject(span))?
    }

    /// The person last named behind `role` as a title ("Judge Amy Berman"
    /// for "the judge") before `at`, however far back.
    pub(super) fn titled_as(&self, role: &str, at: usize) -> Option<String> {
        let roles = self.titled_roles.get_or_init(|| titled_roles(self.text, self.names));
        let k = roles.partition_point(|&(p, _, _)| p < at);
        // A handful of titled names: look at the last few dozen at most.
        roles[..k]
            .iter()
            .rev()
            .take(64)
            .find(|&&(_, r, _)| r == role)
            .map(|&(_, _, name)| name.to_owned())
    }

    /// The person a role noun most likely means: the last speaker nearby,
    /// else the nearest person named before.
    pub(super) fn person_in_focus(&self, span: Span) -> Option<String> {
        if let Some(name) = self.paragraph_subject(span) {
            return Some(name);
        }
        let pi = self.paragraphs.partition_point(|p| p.end < span.start);
        // "Maréchal, a veteran of 60 films, said he lost 11 kilos.¶“…,” the
        // 58-year-old said.": the subject of a paragraph of narration just
        // before outranks the last speaker.
        let here = self.para_before(span.start);
        let people_here = || {
            self.names_in(here)
                .filter(|n| n.confident && n.kind == EntityKind::Person && !place(n))
                .take(16)
        };
        let named_here = || people_here().next().is_some();
        // "… with Jamie Pemberton completing a patient 138. The Yorkshire
        // left-hander said": the one person the paragraph names so far.
        if let Some(first) = people_here().next()
            && people_here().all(|n| n.canonical == first.canonical)
        {
            return Some(first.canonical.clone());
        }
        if let Some(k) = pi.checked_sub(1)
            && !self.quoted_paragraphs[k]
            && !named_here()
            && let Some(n) = self
                .names_in(self.para_tail(k))
                .take(24)
                .filter(|n| n.confident && n.kind == EntityKind::Person && !place(n))
                .find(|n| self.not_oblique(n) && self.opens_clause(n))
        {
            return Some(n.canonical.clone());
        }
        if let Some((at, name, SpeakerKind::Person)) = self.last_speaker.borrow().clone()
            && at + 2 >= pi
        {
            return Some(name);
        }
        // Else the nearest person named before, a subject rather than the
        // object of a preposition ("sacked by Manchester United").
        let person =
            |n: &&Name| n.confident && !n.possessive && n.kind == EntityKind::Person && !place(n);
        let near = || {
            self.names_before(span.start)
                .take_while(|n| n.span.start + 2 * LOOKBACK_BYTES >= span.start)
                .filter(person)
        };
        near().find(|n| self.not_oblique(n)).or_else(|| near().next()).map(|n| n.canonical.clone())
    }

    /// The part of `at`'s paragraph before it, within the look-back.
    fn para_before(&self, at: usize) -> Span {
        let pi = self.paragraphs.partition_point(|p| p.end < at);
        let start = self.paragraphs.get(pi).map_or(0, |p| p.start);
        Span::new(start.max(self.back(at, LOOKBACK_BYTES)).min(at), at)
    }

    /// The end of paragraph `k`, within the look-back.
    fn para_tail(&self, k: usize) -> Span {
        let p = self.paragraphs[k];
        Span::new(p.start.max(self.back(p.end, LOOKBACK_BYTES)), p.end)
    }

    /// The person who is the subject of a clause earlier in the paragraph
    /// of `span`, before it.
    fn paragraph_subject(&self, span: Span) -> Option<String> {
        // "Striker Leon Abara was delighted. “…,” the forward said.": a
        // person who is the subject of a clause earlier in the paragraph
        // is in focus, ahead of the last speaker.
        self.names_in(self.para_before(span.start))
            .rev()
            .filter(|n| n.confident && n.kind == EntityKind::Person && !place(n))
            .filter(|n| self.not_oblique(n))
            .take(8)
            .find(|n| self.opens_clause(n))
            .map(|n| n.canonical.clone())
    }

    /// he / she / they / it, resolved as a reader would: a fitting name
    /// earlier in the same paragraph (or an unnamed "mother" / "man" there),
    /// else the last speaker if within two paragraphs, else the nearest
    /// fitting name before.
    pub(super) fn pronoun(&self, w: Span) -> Option<Found> {
        let lw = lower(self.word(w));
        // "a card from the mayor, Dev Bhatt. It reads: “…”": a document
        // reads, and its writer is a name after "from" or "by" in the
        // sentence before; any other name there may be its reader.
        let reads =
            [" reads", " read:", " read,"].iter().any(|r| self.text[w.end..].starts_with(r));
        if lw == "it" && reads {
            // The sentence before (its start as the sentence splitter has
            // it: "Mr." ends none), up to the pronoun.
            let k = self.sentences.partition_point(|&s| s <= w.start);
            let from = k
                .checked_sub(2)
                .map_or(0, |k| self.sentences[k])
                .max(self.back(w.start, LOOKBACK_BYTES));
            let before = &self.text[from..w.start];
            // The first name after " from " or " by " that is no object of
            // another preposition: not "delivered by hand to Jo Reyes", nor
            // the place of "the Mayor of Fellgate, Cllr Dev Bhatt".
            let sender = [" from ", " by "]
                .iter()
                .filter_map(|p| before.rfind(p).map(|k| from + k + p.len()))
                .max()
                .and_then(|at| {
                    self.names_in(Span::new(at, w.start)).find(|n| {
                        // The word before the name, titles passed over.
                        let lead = self.words(Span::new(at, n.span.start));
                        let prev = lead.iter().rev().map(|&x| self.word(x)).find(|x| !is_title(x));
                        n.confident
                            && !n.possessive
                            && prev.is_none_or(|p| !PREPOSITIONS.contains(&&*lower(p)))
                    })
                });
            return Some(match sender {
                Some(n) => Found { span: w, pronoun: true, ..self.name_found(n) },
                None => Found { name: None, kind: SpeakerKind::Unknown, span: w, pronoun: true },
            });
        }
        self.pronoun_as(w, lw)
    }

    /// An object pronoun after a source cue ("according to her", "in his
    /// words"), resolved as its subject form.
    pub(super) fn object_pronoun(&self, w: Span) -> Option<Found> {
        let subject = match &*lower(self.word(w)) {
            "him" | "his" => "he",
            "her" => "she",
            "them" | "their" => "they",
            _ => return None,
        };
        self.pronoun_as(w, subject.into())
    }

    /// [`Ctx::pronoun`] for the word at `w` read as `lw`.
    fn pronoun_as(&self, w: Span, lw: std::borrow::Cow<'_, str>) -> Option<Found> {
        let fits = |n: &Name| match &*lw {
            "he" => n.kind == EntityKind::Person && !self.is_female(&n.canonical) && !place(n),
            "she" => n.kind == EntityKind::Person && !self.is_male(&n.canonical) && !place(n),
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
                // "Cllr Ann Vale (Lib Dem) said": a tag bracketed after a name.
                && !self.bracketed_tag(n)
                && (plural || n.kind != EntityKind::Person || self.not_oblique(n))
                && (plural || !self.after_same_pronoun(n, &lw))
        };
        let before = Span::new(para_start, w.start);
        let in_para = self
            .names_in(before)
            .rev()
            .filter(eligible)
            .take(8)
            .find(|n| !plural && self.opens_clause(n))
            .or_else(|| self.names_in(before).rev().find(eligible));
        if lw == "it"
            && in_para.is_none()
            && let Some(f) = self.body_opening_sentence(para_start, w.start)
        {
            return Some(Found { span: w, pronoun: true, ..f });
        }
        let gendered = self.gendered_noun(Span::new(para_start, w.start), &lw);
        let pronoun = |name: Option<String>, kind: SpeakerKind| {
            Some(Found { name, kind, span: w, pronoun: true })
        };
        // "A neighbour, who cannot be named, described …. “…,” she told
        // the jury": a paragraph opened by somebody unnamed, naming nobody.
        let gendered = gendered.or_else(|| {
            if plural || in_para.is_some() {
                return None;
            }
            let para_words =
                self.words(Span::new(para_start, self.ahead(para_start, 60).min(w.start)));
            // "The woman on the stretcher, who asked that her name not be
            // used, says": a paragraph opened by an unnamed man or woman.
            let nouns: Option<&HashSet<&str>> = match &*lw {
                "she" => Some(&SHE_NOUNS),
                "he" => Some(&HE_NOUNS),
                _ => None,
            };
            // Not "The woman, a teacher, …" after her name: the noun is
            // pinned down by a phrase of its own.
            if let [the, noun, next, ..] = para_words[..]
                && self.word(the) == "The"
                && nouns.is_some_and(|n| n.contains(self.word(noun)))
                && (PREPOSITIONS.contains(self.word(next)) || self.word(next) == "who")
            {
                return Some(noun);
            }
            let head = para_words
                .iter()
                .take(4)
                .skip(1)
                .position(|x| ANON_HEADS.contains(&&*lower(self.word(*x))))
                .or_else(|| {
                    // "One longtime exhibitor, who asked not to be named":
                    // any head noun its clause leaves unnamed.
                    para_words.iter().take(4).skip(1).position(|x| {
                        self.word(*x).starts_with(|c: char| c.is_ascii_lowercase())
                            && self.text[x.end..].starts_with(", who ")
                            && super::withholds_name(&self.text[x.end..self.ahead(x.end, 60)])
                    })
                })?;
            let opener = para_words.first()?;
            (super::indefinite_opener(self.word(*opener))
                && self.text[para_words[head + 1].end..].starts_with([',', ' ']))
            .then_some(para_words[head + 1])
        });
        // "Steven Cheung, a campaign spokesman, said": a noun in the name's
        // own apposition is that person, no one else.
        let apposed = |n: &Name, g: Span| {
            let between = &self.text[n.span.end..g.start];
            between.starts_with(", ")
                && between.len() <= 48
                && !between[2..].contains([',', '.', ';'])
        };
        match (in_para, gendered) {
            (Some(n), Some(g)) if g.start > n.span.end && !apposed(n, g) => {
                return pronoun(None, SpeakerKind::Anonymous);
            }
            (Some(n), _) => return pronoun(Some(n.canonical.clone()), kind_of(n.kind)),
            (None, Some(_)) => return pronoun(None, SpeakerKind::Anonymous),
            (None, None) => {}
        }
        // "One specialist, who asked not to be named, said … ‘…,’ she
        // said": the unnamed source who spoke last in the paragraph, when
        // it names nobody who fits.
        // So is one who spoke last in the paragraph before, when this one
        // opens with the quotation ("…, said morale was low.¶“…,” he said").
        // (Not when that paragraph names a person outside a phrase after a
        // preposition: "Mr. Scott, who has called it “toxic,” …".)
        let opens_quoted = || {
            self.text[para_start..].starts_with(['“', '"', '‘', '\''])
                && self.text[para_start..w.start].trim_end().ends_with(['”', '"', '’', '\''])
                && !self
                    .names_in(self.para_tail(pi - 1))
                    .any(|n| n.confident && n.kind == EntityKind::Person && self.not_oblique(n))
        };
        if !plural
            && let Some((at, sex)) = self.last_unnamed.get()
            && (at == pi || at + 1 == pi && opens_quoted())
            && sex.is_none_or(|female| (lw == "she") == female)
        {
            return pronoun(None, SpeakerKind::Anonymous);
        }
        // "Erekat said they would appeal.¶“…,” he added.": the previous
        // paragraph's last fitting name, when a speech verb follows it
        // ("with grandchildren at Oak Hollow, questioned" is the
        // apposition's end, not Oak Hollow speaking).
        if let Some(k) = pi.checked_sub(1)
            && let Some(n) = self.names_in(self.para_tail(k)).rev().find(|n| {
                n.confident && fits(n) && (n.kind != EntityKind::Person || self.not_oblique(n))
            })
            && self.speaks(n)
        {
            return pronoun(Some(n.canonical.clone()), kind_of(n.kind));
        }
        // "When he addressed the court, Okafor turned to the gallery.¶“…,”
        // he said.": the subject of a paragraph of narration just before
        // outranks the last speaker.
        if let Some(k) = pi.checked_sub(1)
            && !self.quoted_paragraphs[k]
            && let Some(n) = self
                .names_in(self.para_tail(k))
                .rev()
                .take(24)
                .filter(eligible)
                .find(|n| !plural && n.kind == EntityKind::Person && self.opens_clause(n))
        {
            return pronoun(Some(n.canonical.clone()), kind_of(n.kind));
        }
        self.pronoun_guessed.set(true);
        let last = self.last_speaker.borrow().clone();
        if let Some((at, name, kind)) = last
            && at + 2 >= pi
            && match &*lw {
                "he" => kind == SpeakerKind::Person && !self.is_female(&name),
                "she" => kind == SpeakerKind::Person && !self.is_male(&name),
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

    /// "The company said … “…,” it said": the body a sentence of the
    /// paragraph (from `para_start`) opens with, by description ("The
    /// company", "The Alto Quenca tourism ministry"), the nearest of the
    /// last four sentences before `at`.
    fn body_opening_sentence(&self, para_start: usize, at: usize) -> Option<Found> {
        let k = self.sentences.partition_point(|&s| s <= at);
        for i in (k.saturating_sub(4)..k).rev() {
            let start = self.sentences[i].max(para_start);
            let words = self.words(Span::new(start, self.ahead(start, 80).min(at)));
            if words.first().is_some_and(|&w| self.word(w) == "The")
                && let Some(h) = words.iter().take(7).position(|&w| {
                    let w = self.word(w);
                    ORG_HEADS.contains(w) || LOCAL_GOVERNMENTS.contains(w)
                })
                && words.get(h + 1).is_some_and(|&v| self.word(v).starts_with(char::is_lowercase))
                && let Some(f) = self.noun_phrase(&words[..=h], words[h], false)
                && f.kind == SpeakerKind::Organization
                && f.name.is_some()
            {
                return Some(f);
            }
            if self.sentences[i] <= para_start {
                break;
            }
        }
        None
    }

    /// The word before `at`, within a short look-back, lower-cased.
    pub(super) fn word_before(&self, at: usize) -> Option<std::borrow::Cow<'_, str>> {
        let from = self.back(at, 40);
        let w = self.text[from..at].trim_end().rsplit(char::is_whitespace).next()?;
        (!w.is_empty() && w.ends_with(char::is_alphanumeric) && !self.line_break_before(at))
            .then(|| lower(w))
    }

    /// `at` opens its paragraph: a name there ("By Ellen Pascoe¶Alasdair
    /// Pengelly has …") follows no word of its sentence. (A line break
    /// inside a hard-wrapped paragraph is no such break.)
    fn line_break_before(&self, at: usize) -> bool {
        // Asked of every name weighed: a look at the spaces first.
        let before = &self.text[self.back(at, 8)..at];
        if !before[before.trim_end().len()..].contains('\n') {
            return false;
        }
        let k = self.paragraphs.partition_point(|p| p.end < at);
        self.paragraphs
            .get(k)
            .is_some_and(|p| p.start <= at && self.text[p.start..at].trim().is_empty())
    }

    /// Not possessive and not the object of a preposition ("at City
    /// Hall", "with the Smith family"): a name a pronoun may refer to.
    pub(super) fn not_oblique(&self, n: &Name) -> bool {
        if n.possessive {
            return false;
        }
        let mut at = n.span.start;
        // Past the titles and the article before the name: "the call with
        // Ukrainian President Olek Varga" is as oblique as "with Varga",
        // but "Secretary of State John Kerry" is no object of "of".
        let mut titled = false;
        // "alongside budget director Phil Osterman": after a lower-case
        // role, one lower-case modifier of it at most ("At the rally
        // campaign manager Ann Lee spoke" opens with its subject).
        let mut modifiers = 0;
        let mut roled = false;
        for _ in 0..6 {
            let Some(w) =
                self.text[self.back(at, 40)..at].trim_end().rsplit(char::is_whitespace).next()
            else {
                break;
            };
            if self.line_break_before(at) {
                break;
            }
            // "in Osara State, Comrade Ade Fashakin": a comma ends the titles.
            if w.ends_with(',') {
                break;
            }
            let lw = lower(w);
            let w_start = self.text[..at].trim_end().len() - w.len();
            let title_word = is_title(w)
                || w.starts_with(char::is_uppercase) && w.ends_with(char::is_alphanumeric);
            let inner_of = matches!(&*lw, "of" | "for")
                && w == &*lw
                && at != n.span.start
                && self.text[..w_start]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|p| p.starts_with(char::is_uppercase) && is_title(p));
            let lower_case = w == &*lw && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            let role = lower_case && ROLE_HEADS.contains(&*lw);
            let modifier = modifiers > 0
                && lower_case
                && !PREPOSITIONS.contains(&*lw)
                && !DETERMINERS.contains(&*lw)
                && !lw.ends_with("ed");
            let skip = matches!(&*lw, "the" | "a" | "an")
                || title_modifier(&lw)
                || inner_of
                || title_word && !PREPOSITIONS.contains(&*lw)
                || role
                || modifier;
            if w.is_empty() || !skip {
                break;
            }
            if role {
                modifiers = 1;
                roled = true;
            } else if modifier {
                modifiers -= 1;
            }
            titled |= title_word;
            at = w_start;
        }
        // "As Clinton told the Daily News": "as" opens a clause whose
        // subject speaks.
        // "according to Ann Vale": the source, whom "she" goes on.
        let according = || self.text[self.back(at, 16)..at].trim_end().ends_with("according to");
        // "The school is run by Sister Rosa Villalba": the agent of a
        // passive is its doer, whom "she" goes on.
        let agent = || {
            let mut lead = self.text[self.back(at, 40)..at].split_whitespace().rev().skip(2);
            lead.next().is_some_and(|aux| matches!(aux, "is" | "was" | "are" | "were" | "been"))
        };
        self.word_before(at).is_none_or(|w| {
            !PREPOSITIONS.contains(&&*w)
                // "after the novelist Jo Walton explained": a conjunction.
                || roled && matches!(&*w, "after" | "before" | "as" | "since" | "like" | "than")
                || w == "to" && according()
                || w == "by" && agent()
                || w == "as"
                    && (titled
                        || at == n.span.start
                            && (self.speaks(n) || crate::names::named_as(self.text, at)))
        })
    }

    /// "He emailed Gaiman …", "On Monday, she gave me the address of Ann
    /// Fry": the same pronoun as the subject of the name's sentence means
    /// someone else, so a later "he" / "she" continuing that subject does
    /// too. ("After he lost, Hale said": a pronoun in an opening clause may
    /// mean the name that follows.)
    fn after_same_pronoun(&self, n: &Name, pronoun: &str) -> bool {
        let start = self.sentence_start(n.span.start).max(self.back(n.span.start, 200));
        let before = &self.text[start.min(n.span.start)..n.span.start];
        // The first whole word that is the pronoun, found by one pass over
        // the words.
        let mut at = 0;
        let k = before.split(|c: char| !c.is_alphanumeric()).find_map(|w| {
            let k = at;
            at += w.len() + before[at + w.len()..].chars().next().map_or(0, char::len_utf8);
            w.eq_ignore_ascii_case(pronoun).then_some(k)
        });
        let Some(k) = k else {
            return false;
        };
        let lead = before[..k].trim_end();
        lead.is_empty()
            || lead.ends_with(',')
            || matches!(lead, "And" | "But" | "Then" | "So" | "Yet" | "“" | "\"")
    }

    /// "Ann Vale (Lib Dem)": the name stands in brackets right after
    /// another name.
    fn bracketed_tag(&self, n: &Name) -> bool {
        self.text[..n.span.start].strip_suffix('(').is_some_and(|lead| {
            let lead = lead.trim_end();
            self.names_before(n.span.start).next().is_some_and(|m| m.span.end == lead.len())
        })
    }

    /// The name opens its sentence or clause, or a speech verb follows it:
    /// the subject, which a later pronoun most likely means.
    pub(super) fn opens_clause(&self, n: &Name) -> bool {
        self.leads_clause(n) || self.speaks(n)
    }

    /// The name opens its sentence or clause (read off the words before it
    /// alone, no cue looked for).
    fn leads_clause(&self, n: &Name) -> bool {
        let start = self.sentence_start(n.span.start);
        let lead = self.text[start.min(n.span.start)..n.span.start].trim();
        // "Councilman Ray Duarte pushed …", "Ohio Sen. Ann Vale said": only
        // titles and role words, capitalised, stand before the subject.
        // (The lead may be a whole endless sentence: each test below reads
        // a few words of it at most.)
        // "But Tayla Rourke, who …, claims": a conjunction opening the
        // sentence leaves the name its subject, and a lower-case occupation
        // may stand between ("But hairdresser Tayla Rourke").
        let (lead, conjoined) = match lead.split_once(' ') {
            Some(("But" | "And" | "Yet" | "So" | "Still", rest)) => (rest, true),
            _ if matches!(lead, "But" | "And" | "Yet" | "So" | "Still") => ("", true),
            _ => (lead, false),
        };
        let titled = || {
            let mut role = false;
            lead.len() <= 80
                && lead.split(' ').all(|w| {
                    let lw = lower(w);
                    let occupation = ROLE_HEADS.contains(&*lw)
                        || ANON_HEADS.contains(&*lw)
                        || conjoined && crate::names::occupation_like(&lw);
                    role |= is_title(w) || occupation;
                    (w.starts_with(char::is_uppercase) || conjoined && occupation)
                        && w.ends_with(|c: char| c.is_alphanumeric() || c == '.')
                        && !PREPOSITIONS.contains(&*lw)
                        && !DETERMINERS.contains(&*lw)
                })
                && role
        };
        // "Although Ford had outlined the book, …": a subordinate clause
        // opening the sentence has its own subject.
        let subordinate = || {
            let lead = lead.strip_prefix('“').unwrap_or(lead);
            SUBORDINATORS.iter().any(|w| lead.eq_ignore_ascii_case(w))
        };
        // "When he addressed the court, Okafor turned …", "At a hearing in
        // May, Rep. Ann Vale pushed …": the main clause's subject after an
        // opening clause or phrase and its comma (titles passed over).
        // The lead without the titles right before the name ("…, Dr").
        let untitled = || {
            let mut rest = lead;
            for _ in 0..4 {
                match rest.rsplit_once(' ') {
                    Some((head, last)) if is_title(last) => rest = head,
                    _ => break,
                }
            }
            rest
        };
        // "In Sunday’s episode — filmed before the post went live — Priya
        // appeared …": an aside between dashes closes the phrase as well.
        let after_opening = || {
            let closed = untitled().ends_with(',') || {
                let l = untitled();
                l.ends_with(['—', '–']) && l[..l.len() - '—'.len_utf8()].contains(['—', '–'])
            };
            closed && opens_phrase(lead.split(' ').next().unwrap_or_default())
        };
        // "Crossley's daughter, Joanne Mercer, gave evidence", "The next
        // day, Vale …": a short phrase set off before the name opens the
        // sentence, and the name is its subject or stands for it.
        let set_off = || {
            // "Her coach, Dr Ann Vale,": titles before the name are no part
            // of the phrase.
            let lead = untitled();
            let Some(phrase) = lead.strip_suffix(',') else {
                return false;
            };
            if phrase.len() > 60 {
                return false;
            }
            // A noun phrase or adverbial, not a clause: "Police arrested
            // her husband, Dan Ruiz," has a subject of its own.
            let mut ws = phrase.split(' ');
            let mut first = ws.next().unwrap_or_default();
            // "And a third, Daniel Traynor,".
            if matches!(first, "And" | "But") {
                first = ws.next().unwrap_or_default();
            }
            let determined = matches!(
                first,
                "The" | "A" | "An" | "His" | "Her" | "Their" | "Its" | "Our" | "My" | "One"
            ) || matches!(
                first,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "one"
                    | "Another"
                    | "another"
            ) || first.ends_with("’s")
                || first.ends_with("'s");
            determined
                && !phrase.contains([',', ';', ':', '“', '"'])
                && phrase.split(' ').count() <= 5
        };
        lead.is_empty()
            || titled()
            || subordinate()
            || after_opening()
            || set_off()
            || lead.ends_with(',') && !lead.contains(|c: char| c.is_lowercase()) // "Then, Roe"
    }

    /// "one mother", "a man": an unnamed person that "she" / "he" may mean.
    pub(super) fn gendered_noun(&self, region: Span, pronoun: &str) -> Option<Span> {
        let nouns: &HashSet<&str> = match pronoun {
            "she" => &SHE_NOUNS,
            "he" => &HE_NOUNS,
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

    /// A speech verb follows the name as its subject ("Erekat said",
    /// "Erekat, the negotiator, told").
    pub(super) fn speaks(&self, n: &Name) -> bool {
        let rest = &self.text[n.span.end..self.ahead(n.span.end, 80)];
        let clause = match rest.strip_prefix(", ") {
            // Past an apposition: "Jane Roe, a lawyer for the family, said".
            // No apposition runs past a sentence or into a quotation ("Grace,
            // cooked. “…,” she says").
            Some(r) => r.find(", ").filter(|&k| !past_a_sentence(&r[..k])).map_or(0, |k| k + 4),
            None => 0,
        };
        let from = n.span.end + clause;
        self.cues_in(Span::new(from, self.ahead(from, 24))).iter().any(|c| {
            let gap = self.words(Span::new(from, c.span.start));
            // "Roe also said", not "the Committee by saying".
            c.role == CueRole::Verb
                && gap.len() <= 1
                && !gap.iter().any(|&w| PREPOSITIONS.contains(&&*lower(self.word(w))))
                && !noun_use(self.text, c)
        })
    }

    /// The name is the object of a speech verb right before it ("told BBC
    /// Radio", "asked Ana Ruiz").
    pub(super) fn object_of_cue(&self, n: &Name) -> bool {
        let from = self.back(n.span.start, 24);
        self.cues_in(Span::new(from, n.span.start)).last().is_some_and(|c| {
            let gap = &self.text[c.span.end..n.span.start];
            c.role == CueRole::Verb
                && !gap.contains(['.', '!', '?', ';'])
                && self.words(Span::new(c.span.end, n.span.start)).len() <= 1
        })
    }
}

/// What the titles right before a person's names say of their sex, by
/// canonical name: `Some(true)` for a woman ("Ms. Hughes"), `Some(false)`
/// for a man ("Mr. Green"), `None` where the titles disagree.
pub(super) fn title_genders<'n>(text: &str, names: &'n [Name]) -> HashMap<&'n str, Option<bool>> {
    let mut out: HashMap<&str, Option<bool>> = HashMap::default();
    for n in names.iter().filter(|n| n.kind == EntityKind::Person) {
        let Some(before) = text[..n.span.start].strip_suffix(' ') else {
            continue;
        };
        // "her husband, Minh": a relative set off by a comma says it too.
        let title = crate::names::kin_before(text, n.span.start)
            .unwrap_or_else(|| before.rsplit(char::is_whitespace).next().unwrap_or_default());
        let female = if FEMALE_TITLES.contains(title) {
            true
        } else if MALE_TITLES.contains(title) {
            false
        } else {
            continue;
        };
        out.entry(&n.canonical)
            .and_modify(|g| {
                if *g != Some(female) {
                    *g = None;
                }
            })
            .or_insert(Some(female));
    }
    out
}

/// An apposition's text that runs past its sentence: a "!" or "?", an
/// opening quotation mark, or a full stop that ends a sentence. One pass
/// over a few dozen bytes, no searcher set up.
fn past_a_sentence(a: &str) -> bool {
    let b = a.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'!' | b'?' | b'"' => true,
        // “ is E2 80 9C.
        0xE2 => b.get(i + 1..i + 3) == Some(&[0x80, 0x9C]),
        b'.' => b.get(i + 1) == Some(&b' ') && ends_sentence(b, i),
        _ => false,
    })
}

/// The ". " at `k` in `b` ends a sentence: a full stop after a lower-case
/// word, then a space and a capital ("chin. The"), not "U.S. ambassador".
fn ends_sentence(b: &[u8], k: usize) -> bool {
    k >= 2
        && b[k - 1].is_ascii_lowercase()
        && b[k - 2].is_ascii_lowercase()
        && b.get(k + 2).is_some_and(u8::is_ascii_uppercase)
}

/// "the ad's narrator": a role of something named in the phrase.
fn owned_phrase(ctx: &Ctx<'_>, phrase: &[Span]) -> bool {
    phrase[..phrase.len() - 1].iter().any(|w| {
        let w = ctx.word(*w);
        w.ends_with("’s") || w.ends_with("'s")
    })
}

/// Each person named behind a title that is also a role ("Judge Amy Berman",
/// "Sen. Roe", "Coach Dale Ruiz"): where, the role, and the canonical name,
/// in text order. "The judge" means that person however far back.
pub(super) fn titled_roles<'n>(
    text: &str,
    names: &'n [Name],
) -> Vec<(usize, &'static str, &'n str)> {
    let mut out = Vec::new();
    for n in names.iter().filter(|n| n.kind == EntityKind::Person && n.confident) {
        let Some(before) = text[..n.span.start].strip_suffix(' ') else {
            continue;
        };
        // Titles are a few letters: look at the last 13 bytes at most.
        let tail = &before.as_bytes()[before.len().saturating_sub(13)..];
        let Some(k) = tail.iter().rposition(u8::is_ascii_whitespace) else {
            continue;
        };
        // After an ASCII space: a char boundary.
        let title = &before[before.len() - tail.len() + k + 1..];
        // "Judge Amy Berman", and in lower case "area coroner Margaret Hale"
        // (not the verb of "voters will judge Tom Hale").
        if title.starts_with(|c: char| c.is_ascii_lowercase()) {
            let verb_before = before[..before.len() - title.len()].trim_end().rsplit(' ').next();
            if verb_before.is_some_and(|w| {
                matches!(w, "to" | "will" | "would" | "can" | "could" | "may" | "might" | "must")
            }) {
                continue;
            }
        } else if !title.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let title = title.trim_end_matches('.').to_ascii_lowercase();
        let role = match title.as_str() {
            "sen" => "senator",
            "gov" => "governor",
            "rep" => "representative",
            "gen" => "general",
            t => match ROLE_HEADS.get(t) {
                Some(r) => r,
                None => continue,
            },
        };
        out.push((n.span.start, role, n.canonical.as_str()));
    }
    out
}

/// `data/words/local-governments.txt`.
static LOCAL_GOVERNMENTS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::LOCAL_GOVERNMENTS));

static FEMALE_TITLES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::FEMALE_TITLES));
static MALE_TITLES: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::MALE_TITLES));

impl<'a> Ctx<'a> {
    /// A woman, by a title before her name anywhere in the article, else
    /// by her first name.
    pub(super) fn is_female(&self, canonical: &str) -> bool {
        self.sex(canonical, true)
    }

    /// A man, by a title before his name anywhere in the article, else by
    /// his first name.
    pub(super) fn is_male(&self, canonical: &str) -> bool {
        self.sex(canonical, false)
    }

    /// Whether the person is of the sex asked (`female`): a title before
    /// the name decides, else a first name on that sex's list, else what
    /// earlier "he said" / "she said" told of them, else the pronouns
    /// after their name ([`Ctx::pronoun_gender_of`]).
    fn sex(&self, canonical: &str, female: bool) -> bool {
        // Titles decide; titles that disagree ("Mr. Khan", "Ms. Khan" for
        // one canonical name) leave it to the first name.
        let title =
            self.title_gender.get_or_init(|| title_genders(self.text, self.names)).get(canonical);
        if let Some(Some(f)) = title {
            return *f == female;
        }
        // A given name, or a lone word that is one ("his wife, Carol").
        let given = canonical.split(' ').next().unwrap_or(canonical);
        if given == canonical && !FEMALE_FIRST.contains(given) && !MALE_FIRST.contains(given) {
            return false;
        }
        if FEMALE_FIRST.contains(given) || MALE_FIRST.contains(given) {
            let first = if female { &FEMALE_FIRST } else { &MALE_FIRST };
            return first.contains(given);
        }
        // A first name on no list: what earlier pronouns of theirs said,
        // unless titles were seen and disagree.
        if title.is_some() {
            return false;
        }
        if let Some(g) = self.said_gender.borrow().get(canonical) {
            return *g == Some(female);
        }
        self.pronoun_gender_of(canonical) == Some(female)
    }

    /// "Kai Bellwood is at the centre of a row after his ex-girlfriend
    /// …": the first he/his or she/hers after a person's name opening its
    /// clause, in its sentence, with no other named person, relative
    /// clause, gendered noun or quotation between (`None` where mentions
    /// disagree or none tells). Each mention reads 160 bytes at most; the
    /// answer is kept, since a pronoun asks of every name before it.
    fn pronoun_gender_of(&self, canonical: &str) -> Option<bool> {
        if let Some(g) = self.pronoun_gender.borrow().get(canonical) {
            return *g;
        }
        let mut out = None;
        let mut disagree = false;
        // The people named, and where each canonical name stands among them:
        // built once, so that each name asked about reads its own mentions.
        let (people, mentions) = self.people_index.get_or_init(|| {
            let people: Vec<&'a Name> =
                self.names.iter().filter(|n| n.kind == EntityKind::Person).collect();
            let mut mentions: HashMap<&'a str, Vec<usize>> = HashMap::default();
            for (i, n) in people.iter().enumerate() {
                mentions.entry(n.canonical.as_str()).or_default().push(i);
            }
            (people, mentions)
        });
        for &i in mentions.get(canonical).map_or(&[][..], Vec::as_slice) {
            let n = people[i];
            if !n.confident || n.possessive {
                continue;
            }
            // (A sentence may start inside a name: "a Ph.D. Kiri Tane".)
            let k = self.sentences.partition_point(|&s| s <= n.span.end);
            let mut end = self.ahead(n.span.end, 160);
            if let Some(&s) = self.sentences.get(k) {
                end = end.min(s);
            }
            if let Some(next) = people.get(i + 1) {
                end = end.min(next.span.start);
            }
            let end = end.max(n.span.end);
            let window = &self.text[n.span.end..end];
            let window = &window[..window.find(['“', '"']).unwrap_or(window.len())];
            // Up to a relative clause or a noun the pronoun may mean
            // ("Kiri Tane, whose wife says she …").
            let female = window
                .split(|c: char| !c.is_alphabetic())
                .take_while(|w| {
                    !matches!(*w, "who" | "whose" | "whom" | "which")
                        && !SHE_NOUNS.contains(w)
                        && !HE_NOUNS.contains(w)
                })
                .find_map(|w| match w {
                    // Not "him" or "her": an object is mostly somebody else
                    // ("Tayla Rourke, who dated him").
                    "he" | "his" | "himself" => Some(false),
                    "she" | "hers" | "herself" => Some(true),
                    _ => None,
                });
            // The subject of its clause only: "Police charged Kiri Tane
            // after a woman said she …" tells nothing of Kiri Tane.
            if let Some(female) = female
                && self.not_oblique(n)
                && self.leads_clause(n)
            {
                disagree |= out.is_some_and(|g| g != female);
                out = Some(female);
            }
        }
        let out = out.filter(|_| !disagree);
        self.pronoun_gender.borrow_mut().insert(canonical.to_string(), out);
        out
    }
}

/// "One auction house specialist", "a senior official", "the woman": a
/// phrase for one person unnamed, by its opener or its head ("the" only
/// before a man or woman: "the cautious candidate" is a role someone
/// named holds; "City officials" are many), with their sex where the head
/// tells it (`Some(true)` a woman).
pub(super) fn unnamed_source(phrase: &str) -> Option<Option<bool>> {
    let mut words = phrase.split_whitespace();
    let opener = words.next().unwrap_or_default();
    let head = words.next_back().unwrap_or(opener).to_lowercase();
    let sex = if SHE_NOUNS.contains(head.as_str()) {
        Some(true)
    } else if HE_NOUNS.contains(head.as_str()) {
        Some(false)
    } else {
        None
    };
    let plural = head.ends_with('s') && !head.ends_with("ss");
    let one = match &*opener.to_lowercase() {
        "a" | "an" | "one" | "another" => true,
        "the" => sex.is_some(),
        _ => sex.is_some() || !plural && ANON_HEADS.contains(head.as_str()),
    };
    one.then_some(sex)
}

/// "North Korea" may pass for a person's name; a role never means it.
pub(super) fn place(n: &Name) -> bool {
    PLACES.contains(n.canonical.rsplit(' ').next().unwrap_or_default())
        || CITIES.contains(n.canonical.as_str())
        // "Port Ardmore", "Fort Kemble", "Mount Leith": a place by its first word.
        || ["Port ", "Fort ", "Mount ", "Lake ", "Cape "].iter().any(|p| n.canonical.starts_with(p))
}

/// Places named like people: `data/words/cities.txt`.
static CITIES: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::CITIES));

/// Countries and regions: `data/words/places.txt`.
static PLACES: LazyLock<HashSet<&str>> = LazyLock::new(|| word_set(word_lists::PLACES));
