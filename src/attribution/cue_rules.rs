//! Cue rules: the attribution rules that start from a cue, a label, a dash
//! signature or the paragraph before, each a method of [`Ctx`].

use super::subjects::clause_word;
use super::{
    ANON_HEADS, Attribution, Ctx, DETERMINERS, DOCUMENT_HEADS, Found, LOOKBACK_BYTES,
    LOOKBACK_NAMES, MAX_CUES_TRIED, PREPOSITIONS, ROLE_HEADS, Rule, SpeakerKind, capitalised,
    kind_of, lower, title_word,
};
use crate::cues::{CueMatch, CueRole};
use crate::document::Span;
use crate::gazetteer::EntityKind;
use crate::names::{Name, canonical_for, is_title};
use crate::quotes::{Quote, titled_label, transcript_label};
use crate::word_lists::{self, word_set};
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

impl Ctx<'_> {
    /// A name signed after a dash, right after the quotation or alone on
    /// the next line ("“…” — Ana Ruiz, harbour master", "- Ruiz."): the
    /// name and the dash.
    pub(super) fn dash_signature(&self, q: &Quote, ext: Span) -> Option<(Found, Span)> {
        let para = self.paragraphs[q.paragraph()];
        let mut rest = Span::new(ext.end, para.end);
        if self.text[rest.start..rest.end].trim().is_empty() {
            // The quotation ends its paragraph: a short signature line next.
            let next = *self.paragraphs.get(q.paragraph() + 1)?;
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
    pub(super) fn post_region(&self, qi: usize, ext: Span, para: Span) -> Span {
        // A nickname inside a name ("Ray ‘Smokey’ Dunmore said") is no
        // next quotation.
        let next_open = self.quotes[qi + 1..]
            .iter()
            .take(4)
            .find(|n| n.extent().end - n.extent().start > 40 || !self.inside_a_name(n.extent()))
            .filter(|n| n.paragraph() == self.quotes[qi].paragraph())
            .map_or(para.end, |n| n.extent().start);
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
        let first_in_para = qi
            .checked_sub(1)
            .is_none_or(|p| self.quotes[p].paragraph() != self.quotes[qi].paragraph());
        let named = || {
            first_in_para
                && self.names_in(span).next().is_some_and(|n| {
                    self.only_titles(Span::new(span.start, n.span.start)) && self.speaks(n)
                })
        };
        if after <= next_open && (self.words(span).len() <= 8 || named()) {
            Span::new(ext.end, after)
        } else {
            Span::new(ext.end, ext.end)
        }
    }

    /// A name, up to four words, that opens the paragraph and is followed by
    /// a colon before `at`: a title's or a transcript's speaker label. After
    /// a quotation that ends at `from` inside the paragraph, a label right
    /// before this one's mark names its speaker: "“…” Bush: “…”".
    pub(super) fn label_speaker(&self, para: Span, from: usize, at: usize) -> Option<Found> {
        if from > para.start
            && let Some(f) = self.label_from(from, at, true)
        {
            return Some(f);
        }
        self.label_from(para.start, at, false)
    }

    /// The label opening the text at `start` and ending in a colon before
    /// `at`; `tight` when nothing but the colon may stand between.
    fn label_from(&self, start: usize, at: usize, tight: bool) -> Option<Found> {
        let mut names = self.names_in(Span::new(start, at));
        let mut n = names.next()?;
        // A title before a label in capitals ("MS. TRAN:") comes three
        // ways: read as a name of its own ("MS"), left out of the name, or
        // kept in it. It is passed over in each.
        let first = &self.text[n.span.start..n.span.end];
        if first.len() <= 6
            && !first.contains(char::is_lowercase)
            && is_title(&in_ordinary_case(first))
        {
            n = names.next()?;
        }
        let lead = self.text[start..n.span.start].trim_start_matches(['#', '>', ' ', '\t']);
        // A few short words at most: most paragraphs fail on the length.
        let titled = || {
            lead.len() <= 16
                && lead
                    .split(' ')
                    .all(|w| w.is_empty() || is_title(w) || is_title(&in_ordinary_case(w)))
        };
        let lead = if lead.is_empty() || titled() { "" } else { lead };
        let gap = &self.text[n.span.end..at];
        let colon = if tight { gap.trim() == ":" } else { gap.trim_start().starts_with(':') };
        if !lead.is_empty() || !colon || n.possessive || n.span.len() > 60 {
            return None;
        }
        let label = &self.text[n.span.start..n.span.end];
        let caps = !label.chars().any(char::is_lowercase);
        // A transcript's "HALE:" in ordinary case.
        let cased = if caps { in_ordinary_case(label) } else { label.to_owned() };
        let cased = untitled(&cased).to_owned();
        // "Chair:" in a committee's exchange: the person introduced with
        // that role ("the committee's chair, Dame Harriet Coyle").
        let role = cased.to_lowercase();
        if !cased.contains(' ') && ROLE_HEADS.contains(role.as_str()) {
            // Introduced before the exchange began: not a witness whose
            // answer mentions "the chair" (64 labelled paragraphs back at most).
            let mut k = self.paragraphs.partition_point(|p| p.end <= n.span.start);
            let first = k;
            while k > 0 && first - k < 64 && {
                let p = self.paragraphs[k - 1];
                let s = &self.text[p.start..p.end];
                titled_label(s).is_some() || transcript_label(s).is_some()
            } {
                k -= 1;
            }
            let at = self.paragraphs.get(k).map_or(n.span.start, |p| p.start.min(n.span.start));
            return Some(holder_or_unnamed(self.introduced_as(&role, at), n.span));
        }
        // A court transcript's "THE COURT:" is the judge the article names,
        // when it names one only (an appeal may name the judge overruled);
        // else somebody unnamed.
        if caps && matches!(&*cased, "The Court" | "The Judge") {
            let mut judges = self.names_before(n.span.start).filter(|m| {
                m.kind == EntityKind::Person
                    && ["Judge ", "Justice "].iter().any(|t| self.text[..m.span.start].ends_with(t))
            });
            let judge = judges.next();
            let only = judge.filter(|j| judges.all(|m| m.canonical == j.canonical));
            return Some(match only {
                Some(m) => Found { span: n.span, pronoun: true, ..self.name_found(m) },
                None => Found::anonymous(n.span),
            });
        }
        // "THE PRESIDENT:" is the person the article titles so ("President
        // Joe Biden"), not one merely described near the word; "THE
        // WITNESS:" nobody it names.
        if caps && let Some(role) = cased.strip_prefix("The ") {
            let role = role.to_lowercase();
            return Some(holder_or_unnamed(self.titled_as(&role, n.span.start), n.span));
        }
        // The person the article names so, before the label or (for a
        // title) after it: "Graham:" is the Lindsey Graham of the story.
        let k = self.names.partition_point(|m| m.span.start <= n.span.start);
        // "TAPPER:" after "JAKE TAPPER:", "MACQUARRIE:" for "Doreen
        // MacQuarrie": a surname in any case.
        // ("MÜLLER:" too: letters past ASCII compared lower-cased.)
        let surname = |canonical: &str| {
            let (c, s) = (canonical.as_bytes(), cased.as_bytes());
            c.len() > s.len()
                && c[c.len() - s.len() - 1] == b' '
                && canonical.get(c.len() - s.len()..).is_some_and(|tail| {
                    tail.eq_ignore_ascii_case(&cased)
                        || !cased.is_ascii() && tail.to_lowercase() == cased.to_lowercase()
                })
        };
        let fits = |m: &&Name, shouted: bool| {
            (m.kind == EntityKind::Person || shouted)
                && !m.possessive
                && m.span != n.span
                && (m.canonical == cased || surname(&m.canonical))
        };
        let mut candidates = self
            .names_before(n.span.start)
            .chain(self.names[k..].iter().take(LOOKBACK_NAMES))
            // Capitals read as an acronym's to the name finder.
            .map(|m| (m, !m.canonical.chars().any(char::is_lowercase)))
            .filter(|(m, shouted)| fits(m, *shouted));
        // "MS HARTE:" after an earlier "MS HARTE:" is still the "Niamh
        // Harte KC" the article introduced: a title and surname in capitals
        // (another label) serve only where no name in ordinary case does. A
        // full name in capitals ("JOHN SMITH:") is that person.
        let first = candidates.next();
        let named = match first {
            Some((m, true)) if !untitled(&in_ordinary_case(&m.canonical)).contains(' ') => {
                candidates.find(|(_, shouted)| !shouted).or(first)
            }
            _ => first,
        }
        .map(|(m, _)| m);
        match named {
            Some(m) if !m.canonical.chars().any(char::is_lowercase) => Some(Found {
                name: Some(untitled(&in_ordinary_case(&m.canonical)).to_owned()),
                kind: SpeakerKind::Person,
                span: n.span,
                pronoun: true,
            }),
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
    pub(super) fn cue_is_detached(&self, ext: Span, a: &Attribution) -> bool {
        let Some(cue) = a.cue() else {
            return false;
        };
        let k = self.sentences.partition_point(|&s| s <= ext.end);
        let next_sentence = self.sentences.get(k).is_some_and(|&s| s <= cue.start);
        let between = self.words(Span::new(ext.end, cue.start));
        // "Ryan saying he was “encouraged” and Trump calling it …": a
        // conjunction and a new subject open another clause.
        let new_clause = between.len() == 2
            && matches!(&*lower(self.word(between[0])), "and" | "but" | "while" | "whereas");
        next_sentence || between.len() > 2 || new_clause
    }

    /// A name at `at` opens an absolute clause: after "and", "but",
    /// "while" or a comma or dash, titles passed over ("– Sen. Ann Vale
    /// calling it").
    fn opens_absolute(&self, at: usize) -> bool {
        let lead = &self.text[self.back(at, 60)..at];
        let mut lead = lead.trim_end();
        while let Some((rest, w)) = lead.rsplit_once(' ')
            && is_title(w)
        {
            lead = rest.trim_end();
        }
        lead.ends_with([',', '–', '—', ';'])
            || lead
                .rsplit(' ')
                .next()
                .is_some_and(|w| matches!(&*lower(w), "and" | "but" | "while" | "whereas"))
    }

    pub(super) fn cue_after(&self, post: Span) -> Option<Attribution> {
        let words = self.words(post);
        if let Some(a) = self.common_word_surname(post, &words) {
            return Some(a);
        }
        for cue in &self.cues_in(post) {
            let lead = words.iter().filter(|w| w.end <= cue.span.start).count();
            // "“…,” the stewards’ report said": a noun, not the verb.
            // (Asked only after an owner, an article or an auxiliary.)
            if cue.role == CueRole::Verb && lead > 0 && {
                let prev = self.text[..cue.span.start].trim_end();
                let prev = prev.rsplit(char::is_whitespace).next().unwrap_or_default();
                (prev.ends_with(['’', '\''])
                    || prev.ends_with("’s")
                    || prev.ends_with("'s")
                    || matches!(prev, "was" | "were" | "is" | "are" | "be" | "been" | "being")
                    || DETERMINERS.contains(prev))
                    && !self.reports_speech_of_subject(cue.span)
            } {
                continue;
            }
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
                let f = f
                    .or_else(|| self.closing_tag(head, cue.span, post.end))
                    .or_else(|| self.leading_name(head))
                    .or_else(|| {
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
            // "X declined to address “that person,” telling Fox …": a
            // participle right after the quotation shares the subject of
            // the sentence the quotation sits in.
            let participle = (lead == 0
                || self.text[head.start..head.end].trim_end().ends_with(','))
                && cue.role == CueRole::Verb
                && lower(self.word(cue.span)).ends_with("ing")
                && !self.text[cue.span.start..cue.span.end].contains(' ');
            let shared = participle
                .then(|| {
                    let sentence =
                        self.sentence_start(post.start).max(self.back(post.start, LOOKBACK_BYTES));
                    self.sentence_subject_found(Span::new(sentence, post.start))
                })
                .flatten();
            // "“…,” in an interview with CNN": who follows a phrase like
            // that heard the words; the speaker is elsewhere.
            let phrase = lower(&self.text[cue.span.start..cue.span.end]);
            let heard = phrase.starts_with("in a ") || phrase.starts_with("in an ");
            let f = if shared.is_some() {
                shared
            } else if heard && lead == 0 {
                None
            } else if lead == 0 || cue.role != CueRole::Verb {
                self.speaker_after(cue, post.end)
            } else if inverted {
                // "“…” that Sanders can win, said Steve Elmendorf": a clause
                // after the quotation holds no subject of the cue.
                let clause = words.first().is_some_and(|&w| {
                    matches!(&*lower(self.word(w)), "that" | "which" | "whether" | "because" | "if")
                });
                (!clause)
                    .then(|| self.subject_before(head, cue.span.start))
                    .flatten()
                    .or_else(|| self.speaker_after(cue, post.end))
            } else {
                // "“…,” a voice-over in the ad states": a subject nobody
                // can name still stands as evidence beside its cue.
                self.subject_before(head, cue.span.start)
                    .or_else(|| self.unnamed_subject(&words[..lead], cue.span))
            };
            if let Some(f) = f {
                return Some(self.found(f, Some(cue.span), rule));
            }
        }
        None
    }

    /// "“…,” Read said.", "“…,” From wrote.": a capitalised word alone
    /// between the quotation and a speech verb, which the name finder took
    /// for a common or cue word, is the surname of a person the article
    /// named before.
    fn common_word_surname(&self, post: Span, words: &[Span]) -> Option<Attribution> {
        let (&w, &next) = (words.first()?, words.get(1)?);
        let said = self.text[..post.start]
            .trim_end()
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with([',', '?', '!']);
        let word = self.word(w);
        if !said
            || self.text[post.start..w.start].trim() != ""
            || self.text[w.end..next.start] != *" "
            || !word.starts_with(char::is_uppercase)
            || word.chars().skip(1).any(char::is_uppercase)
            || self.names_in(w).next().is_some()
        {
            return None;
        }
        let cue = self
            .cues_in(Span::new(next.start, post.end))
            .into_iter()
            .find(|c| c.span.start == next.start && c.role == CueRole::Verb)?;
        let surname = format!(" {word}");
        // The name finder may have cut the full name at the same word:
        // "Ian Read spoke" gives "Ian".
        let name = self.names_before(w.start).find_map(|n| {
            if n.kind != EntityKind::Person {
                None
            } else if n.canonical.ends_with(&surname) {
                Some(n.canonical.clone())
            } else if self.text[n.span.end..].starts_with(&surname) && !n.canonical.contains(' ') {
                Some(format!("{}{surname}", n.canonical))
            } else {
                None
            }
        })?;
        let f = Found { name: Some(name), kind: SpeakerKind::Person, span: w, pronoun: true };
        Some(self.found(f, Some(cue.span), Rule::CueAfter))
    }

    /// "“…,” nuclear experts Dana Alder and Sera Kell of the Harbour
    /// Institute wrote": a name within three plain words after the
    /// quotation opens the clause of a cue further on, with no punctuation
    /// between.
    fn leading_name(&self, head: Span) -> Option<Found> {
        if self.text[head.start..head.end].contains([',', '.', ';', ':', '(', '—']) {
            return None;
        }
        // Only after words said whole: "“Daily Show” host Trevor Noah" is a
        // title, not his speech.
        let said = self.text[..head.start]
            .trim_end()
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with([',', '.', '?', '!']);
        if !said {
            return None;
        }
        let n = self.names_in(head).next()?;
        let lead = self.words(Span::new(head.start, n.span.start));
        let plain = lead.len() <= 3
            && lead.iter().all(|&w| {
                let w = self.word(w);
                w.starts_with(char::is_lowercase) && !clause_word(&lower(w)) || is_title(w)
            });
        (plain && n.confident && !n.possessive && n.kind == EntityKind::Person)
            .then(|| self.name_found(n))
    }

    /// A tag that closes the sentence after a comma: "…“flat for a month”
    /// as donors waited, he said." Its subject, up to three words, speaks
    /// for the whole sentence; a tag inside it (", he said,") does not.
    fn closing_tag(&self, head: Span, cue: Span, end: usize) -> Option<Found> {
        let lead = &self.text[head.start..head.end];
        let comma = lead.rfind(", ")?;
        let subject = Span::new(head.start + comma + 2, head.end);
        let tail = self.text[cue.end..end].trim();
        // "“A” by the allies, Vale said at a town hall on Monday, “B.”": a
        // tag between the two parts of a split quotation.
        let splits = || {
            tail.ends_with(',')
                && !tail[..tail.len() - 1].contains([',', ';', ':'])
                && self.words(Span::new(cue.end, end)).len() <= 8
                && self.text[end..].starts_with(['“', '"'])
        };
        let closes = tail.len() <= 1 && !tail.starts_with(',') || splits();
        if !closes || self.words(subject).len() > 3 {
            return None;
        }
        self.subject_before(subject, cue.start)
    }

    /// The last cue before the quotation, and its subject. A participle
    /// ("…, saying “…”") takes the subject of its sentence.
    pub(super) fn cue_before(&self, pre: Span, sentence: usize) -> Option<Attribution> {
        // The nearest few cues: each try reads the words before it, so an
        // endless run of cue words must not make the search quadratic.
        for cue in self.cues_in(pre).iter().rev().take(MAX_CUES_TRIED) {
            let (f, rule) = match cue.role {
                CueRole::Verb if !self.reports_speech_of_subject(cue.span) => continue,
                CueRole::Verb => {
                    let cue_word = lower(self.word(cue.span));
                    // "… and Ann Vale calling it “…”": a name right before
                    // the participle is its own subject.
                    let absolute = || {
                        self.names_before(cue.span.start).next().filter(|n| {
                            n.confident
                                && !n.possessive
                                && n.span.start >= pre.start
                                && self.text[n.span.end..cue.span.start] == *" "
                                && self.opens_absolute(n.span.start)
                        })
                    };
                    let f = if cue_word.ends_with("ing") {
                        absolute()
                            .map(|n| self.name_found(n))
                            .or_else(|| self.with_subject(Span::new(sentence, cue.span.start)))
                            .or_else(|| {
                                self.sentence_subject_found(Span::new(sentence, cue.span.start))
                            })
                    } else {
                        None
                    };
                    let at = self.predicate_start(pre, cue.span);
                    let f = f.or_else(|| self.subject_before(Span::new(pre.start, at), at));
                    (f, Rule::CueBefore)
                }
                CueRole::Source => (self.speaker_after(cue, pre.end), Rule::AccordingTo),
                CueRole::Passive => (self.speaker_after(cue, pre.end), Rule::Passive),
            };
            // "that her campaign would continue": a clause, not a subject;
            // the cue further back governs.
            if let Some(f) = f.filter(|f| !self.clause_not_subject(f.span)) {
                if rule == Rule::CueBefore
                    && let Some(outer) = self.reporting_clause(pre, cue.span, &f)
                {
                    return Some(outer);
                }
                return Some(self.found(f, Some(cue.span), rule));
            }
        }
        // "One tweet said", "The senator from Vermont said": a subject
        // nobody can name still stands as evidence beside its cue.
        let cue = self.cues_in(pre).last().copied()?;
        let at = self.predicate_start(pre, cue.span);
        let end = self.relative_clause_before(pre.start, at).unwrap_or(at);
        let f = (cue.role == CueRole::Verb && self.reports_speech_of_subject(cue.span))
            .then(|| self.unnamed_subject(&self.words(Span::new(pre.start, end)), cue.span))??;
        Some(self.found(f, Some(cue.span), Rule::CueBefore))
    }

    /// "X, who …, said in a statement": the verb right before a cue phrase
    /// opens the predicate the subject governs.
    fn predicate_start(&self, pre: Span, cue: Span) -> usize {
        match self.cues_in(Span::new(pre.start, cue.start)).last() {
            Some(verb)
                if verb.role == CueRole::Verb
                    && self.text[verb.span.end..cue.start].trim().is_empty()
                    && self.reports_speech_of_subject(verb.span) =>
            {
                verb.span.start
            }
            _ => cue.start,
        }
    }

    /// "Ross said Obama had told leaders …": the clause whose subject `inner`
    /// (before its cue `cue`) is itself what an earlier speaker said; the
    /// words reached the writer through that speaker.
    fn reporting_clause(&self, pre: Span, cue: Span, inner: &Found) -> Option<Attribution> {
        // A participle's subject may stand before the window searched.
        if inner.span.end > cue.start || inner.span.start < pre.start {
            return None;
        }
        let outer = self
            .cues_in(Span::new(pre.start, inner.span.start))
            .last()
            .copied()
            .filter(|c| c.role == CueRole::Verb && self.reports_speech_of_subject(c.span))?;
        if outer.span.end > inner.span.start {
            return None;
        }
        // Nothing but "that" and titles between: "said that Mayor Hale …";
        // before "that" perhaps the hearer and a time, short and unbroken
        // ("told a meeting on Thursday that the city …").
        let between: Vec<&str> =
            self.text[outer.span.end..inner.span.start].split_whitespace().collect();
        // (Only after a verb that takes a hearer: not "said the report that
        // Mayor Jones said …".)
        let hearer = matches!(
            &*lower(self.word(outer.span)),
            "told" | "tells" | "tell" | "assured" | "warned" | "informed" | "reminded" | "promised"
        );
        let between = match between.iter().position(|&w| w == "that") {
            Some(k)
                if k <= 8
                    && (k == 0 || hearer)
                    && !between[..k].iter().any(|w| {
                        w.contains([',', ';', ':', '(', '—', '“', '”', '"']) || *w == "who"
                    }) =>
            {
                &between[k + 1..]
            }
            _ => &between[..],
        };
        // "said that when Ms. Warren railed …, “…”": the inner cue sits in a
        // subordinate clause of what the outer speaker said.
        let mut rest = between.iter().copied().peekable();
        rest.next_if(|w| {
            matches!(*w, "when" | "if" | "while" | "as" | "because" | "after" | "before")
        });
        if !rest.all(is_title) {
            return None;
        }
        let f = self
            .subject_before(Span::new(pre.start, outer.span.start), outer.span.start)
            .filter(|f| f.span.start >= pre.start)?;
        // Only a subject that opens the sentence or its main clause: "…
        // popular in South Carolina, and uttering charges that …" is not
        // South Carolina's report.
        let lead = self.words(Span::new(pre.start, f.span.end));
        let mut d = lead.iter().position(|w| w.end > f.span.start).unwrap_or(lead.len());
        // ("…, Mayor Anita Grobler told": the titles open the phrase.)
        while d > 0 && is_title(self.word(lead[d - 1])) {
            d -= 1;
        }
        let opens = d <= 2
            || d < lead.len()
                && (self.phrase_opens_clause(&lead, d) || lower(self.word(lead[d - 1])) == "why");
        let it = f.pronoun && lower(self.word(f.span)) == "it";
        (f.name.is_some() && opens && !it && !self.clause_not_subject(f.span))
            .then(|| self.found(f, Some(outer.span), Rule::CueBefore))
    }

    /// "…, with Hale adding", "with one of her ads asking": the noun phrase
    /// after "with" is the subject of the participle cue that ends `region`.
    fn with_subject(&self, region: Span) -> Option<Found> {
        let words = self.words(region);
        // The phrase is short and one piece: "with" up to five words back.
        let w = words.iter().rev().take(6).skip(1).position(|&w| lower(self.word(w)) == "with")?;
        let with = words[words.len() - 2 - w];
        let phrase = Span::new(with.end, region.end);
        if self.text[phrase.start..phrase.end].contains([',', ';', ':', '(', '—']) {
            return None;
        }
        self.subject_before(phrase, region.end).filter(|f| f.span.start >= phrase.start)
    }

    /// A cue word used as a verb whose subject speaks: not a noun after a
    /// determiner or possessive ("his pledge", "Trump's post"), not a
    /// passive whose subject is the hearer ("was told", "being asked").
    pub(super) fn reports_speech_of_subject(&self, cue: Span) -> bool {
        let raw = self.text[..cue.start].trim_end();
        let cue_word = lower(self.word(cue));
        // "Trump's post", but "He's said" is "he has said".
        let possessive = raw.rsplit(char::is_whitespace).next().is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && (w.ends_with("’s") || w.ends_with("'s"))
                && !has_contracted(w, &cue_word)
                // "the stewards’ report": plural owners (not a closing
                // mark: "‘… on the rocks’ said Hale").
                || (w.ends_with("s’") || w.ends_with("s'"))
                    && self.marked.binary_search_by_key(&raw.len(), |m| m.end).is_err()
        });
        // (A word no word list holds, such as "stewards’", ends in a mark.)
        let Some(before) = self.word_before(cue.start) else {
            return !possessive;
        };
        let passive = matches!(&*before, "being" | "been" | "was" | "were" | "is" | "are" | "be")
            && !cue_word.ends_with("ing")
            && !matches!(&*cue_word, "quoted");
        // "Another tweeted", "One wrote": a past tense after "one" or
        // "another" is no noun; they stand for a person.
        let pronoun = matches!(&*before, "one" | "another")
            && (cue_word.ends_with("ed") || matches!(&*cue_word, "said" | "wrote" | "told"));
        !(DETERMINERS.contains(&*before) && !pronoun || possessive || passive)
    }

    /// The speaker after a cue: `said Smith`, `according to a source`.
    pub(super) fn speaker_after(&self, cue: &CueMatch, limit: usize) -> Option<Found> {
        // "in her words": the speaker is inside the cue.
        if cue.role == CueRole::Source
            && let Some(&w) = self.words(cue.span).get(1)
            && matches!(self.word(w), "his" | "her" | "their")
        {
            return self.object_pronoun(w);
        }
        // "“…?” came a cry from the benches": the cue names its speaker,
        // somebody unnamed.
        if let Some((_, last)) = self.text[cue.span.start..cue.span.end].rsplit_once(' ')
            && ANON_HEADS.contains(&*lower(last))
        {
            // "came a cry from Jo Reyes": unless a name follows "from" at
            // once, titles passed over.
            let end = self.ahead(cue.span.end, 48);
            let named = self.text[cue.span.end..end].strip_prefix(" from ").and_then(|_| {
                let at = cue.span.end + " from ".len();
                self.names_in(Span::new(at, end)).next().filter(|n| {
                    n.confident
                        && n.kind == EntityKind::Person
                        && self
                            .words(Span::new(at, n.span.start))
                            .iter()
                            .all(|&w| is_title(self.word(w)))
                })
            });
            return Some(match named {
                Some(n) => self.name_found(n),
                None => Found::anonymous(cue.span),
            });
        }
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
            // "…, former White House adviser Fiona Hill": titles and role
            // words before the name.
            let titled = |n: &Name| {
                let lead = self.words(Span::new(at, n.span.start));
                lead.len() <= 6
                    && lead.iter().all(|w| {
                        let w = self.word(*w);
                        let lw = lower(w);
                        title_word(w) || ROLE_HEADS.contains(&*lw) || ANON_HEADS.contains(&*lw)
                    })
            };
            if let Some(n) = self
                .names_in(Span::new(at, limit))
                .find(|n| n.span.start == at || n.kind == EntityKind::Person)
                && (n.span.start == at || titled(n))
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
        // "according to her,": the person meant (not "according to her
        // “clawback” plan").
        if cue.role == CueRole::Source
            && words.len() == 1
            && matches!(&*fw, "him" | "her" | "them")
            && self.text[first.end..].starts_with([',', '.', ';', ':'])
        {
            return self.object_pronoun(first);
        }
        // "“…,” said one. “…,” read another.": one more of those just named.
        if words.len() == 1 && matches!(&*fw, "one" | "another") {
            return Some(Found::anonymous(first));
        }
        if matches!(
            &*fw,
            "that" | "it" | "this" | "me" | "us" | "him" | "her" | "them" | "i" | "we" | "you"
        ) {
            return None;
        }
        // "added another New Hampshire Republican": after an indefinite
        // article the capitalised words describe somebody unnamed.
        // A document keeps its author: "according to a Quinnipiac poll".
        // "tweeted a user from Hanover": a place or body after a
        // preposition inside an unnamed person's phrase.
        let indefinite_head = matches!(&*fw, "a" | "an" | "another" | "one");
        let indefinite = |n: &Name| {
            // A document or interview keeps its author: "a report for
            // Oxfam", "an interview with The New York Times".
            let lead = || words.iter().take_while(|w| w.end <= n.span.start);
            let prev =
                words.iter().rev().find(|w| w.end <= n.span.start).map(|&w| lower(self.word(w)));
            let oblique = indefinite_head
                && lead().count() <= 5
                && !lead().any(|&w| {
                    let lw = lower(self.word(w));
                    DOCUMENT_HEADS.contains(&*lw) || lw == "interview"
                })
                && prev.as_deref().is_some_and(|p| p != "by" && PREPOSITIONS.contains(p));
            let document = words
                .iter()
                .find(|w| w.start >= n.span.end)
                .is_some_and(|&w| DOCUMENT_HEADS.contains(&*lower(self.word(w))));
            oblique
                || (!document
                    && prev.as_deref().is_some_and(|p| matches!(p, "a" | "an" | "another" | "one")))
        };
        // The first name decides: "a WeWork spokesperson when contacted by
        // Reuters" is nobody named, not Reuters.
        if let Some(n) = self.names_in(region).find(|n| !n.possessive).filter(|n| !indefinite(n)) {
            let lead = words.iter().filter(|w| w.end <= n.span.start).count();
            // "according to a 2018 survey by Jane Roe"
            let by = words
                .iter()
                .rev()
                .find(|w| w.end <= n.span.start)
                .is_some_and(|w| matches!(self.word(*w), "by" | "from"));
            let titled = self.only_titles(Span::new(region.start, n.span.start));
            // "said the mayor’s top policy aide Jake Dunn": a role noun
            // right before the name ("a top aide to President Hale" is
            // the aide, not Hale).
            let before = &words[..lead];
            let role = lead <= 7
                && !before.iter().any(|w| PREPOSITIONS.contains(&*lower(self.word(*w))))
                && before.last().is_some_and(|w| {
                    let lw = lower(self.word(*w));
                    ANON_HEADS.contains(&*lw) || ROLE_HEADS.contains(&*lw)
                });
            if lead <= 3 || by && lead <= 6 || titled || role {
                // "said White House Press Secretary Jane Roe": the body, then
                // the person holding an office in it.
                // "admitted Kilbrannagh manager Pádraig Moynihan": a lone
                // word and a role before a full name is the affiliation.
                let office = |between: Span| {
                    between.end - between.start <= 60 && self.only_titles(between) || {
                        let ws = self.words(between);
                        between.end - between.start <= 40
                            && !self.text[between.start..between.end].contains([',', '.', ';'])
                            && (1..=3).contains(&ws.len())
                            && ws.iter().all(|&w| {
                                let lw = lower(self.word(w));
                                self.word(w).starts_with(char::is_lowercase)
                                    && (ROLE_HEADS.contains(&*lw)
                                        || ANON_HEADS.contains(&*lw)
                                        || title_word(self.word(w)))
                            })
                    }
                };
                if (n.kind == EntityKind::Organization || !n.confident)
                    && let Some(p) = self.names_in(region).find(|p| {
                        p.span.start > n.span.end
                            && p.kind == EntityKind::Person
                            && p.confident
                            && !p.possessive
                            && office(Span::new(n.span.end, p.span.start))
                    })
                {
                    return Some(self.name_found(p));
                }
                return Some(self.name_found(n));
            }
        }
        if DETERMINERS.contains(&&*fw) || words.len() <= 3 {
            // "a person familiar with the talks": the phrase up to the clause
            // end. Its head comes before a relative clause: "one owner of a
            // shop who feared the authorities" is no authority.
            let end = words.last()?.end;
            // A participle after the head starts a modifier too: "the base
            // chief known as Bob", "an official speaking on condition".
            let relative = words.iter().enumerate().skip(1).position(|(i, w)| {
                let lw = lower(self.word(*w));
                matches!(&*lw, "who" | "whom" | "whose" | "which" | "that")
                    || i >= 2
                        && self.word(*w).starts_with(char::is_lowercase)
                        && (matches!(&*lw, "known" | "based")
                            || lw.len() > 5 && (lw.ends_with("ing") || lw.ends_with("ed")))
            });
            let words = relative.map_or(words, |k| &words[..=k]);
            let last = *words.last()?;
            let whole = |mut f: Found| {
                f.span.end = f.span.end.max(end);
                f
            };
            if let Some(f) = self.noun_phrase(words, last, true) {
                return Some(whole(f));
            }
            let head = words.iter().take(6).rev().find_map(|&w| self.noun_phrase(words, w, true));
            if let Some(f) = head {
                return Some(whole(f));
            }
            // "said the former president": up to the clause end.
            if let Some(f) = self.definite_description(words) {
                return Some(whole(f));
            }
        }
        // An unknown capitalised name right after the cue.
        let raw: Vec<Span> = words
            .iter()
            .take_while(|w| self.word(**w).starts_with(char::is_uppercase))
            .copied()
            .collect();
        if raw.is_empty() {
            return None;
        }
        let span = Span::new(raw[0].start, raw[raw.len() - 1].end);
        let (name, kind) = canonical_for(self.names, self.gazetteer, self.word(span), span.start);
        // "“…,” said Friday." names nobody; "said May." after "Theresa
        // May" is her.
        let no_name =
            name == self.word(span) && raw.iter().all(|&w| crate::names::is_not_name(self.word(w)));
        (!no_name).then_some(Found { name: Some(name), kind: kind_of(kind), span, pronoun: false })
    }

    /// The named subject of the sentence before `start` in the paragraph,
    /// when a speech verb follows it.
    pub(super) fn speaker_of_previous_sentence(&self, start: usize, para: Span) -> Option<Found> {
        let k = self.sentences.partition_point(|&s| s < start);
        let prev = *self.sentences.get(k.checked_sub(1)?)?;
        if prev < para.start {
            return None;
        }
        let span = Span::new(prev, start);
        // "She laughs, then turns serious. “…”", "“…,” he laughed. “…”":
        // a pronoun subject of the sentence before, past a quotation there.
        let Some(n) = self.names_in(span).next() else {
            let s = &self.text[prev..start];
            let at = s
                .rfind(['”', '"'])
                .map_or(0, |k| k + s[k..].chars().next().map_or(1, char::len_utf8));
            let lead = s[at..].len() - s[at..].trim_start_matches([',', ' ']).len();
            let mut w = s[at + lead..].split(|c: char| !c.is_alphabetic()).next()?;
            let mut from = prev + at + lead;
            // "Asked whether it had sunk in, she laughed. “…”": the pronoun
            // subject past an opening phrase.
            if at == 0
                && super::salience::opens_phrase(w)
                && let Some(k) = super::salience::opening_pronoun(s).filter(|&k| k > 0)
            {
                w = &s[k..k + s[k..].find(' ').unwrap_or(0)];
                from = prev + k;
            }
            if !matches!(w, "he" | "she" | "He" | "She")
                || at > 0 && w.starts_with(char::is_uppercase)
            {
                return None;
            }
            return self.pronoun(Span::new(from, from + w.len())).filter(|f| f.name.is_some());
        };
        // The name opens the sentence, behind its titles at most.
        let opens = self.text[prev..n.span.start].split_whitespace().all(is_title);
        // "Senator Amy Roth returned to the issue. “…”": a person opening
        // the sentence before, with or without a speech verb of their own.
        if opens
            && n.confident
            && !n.possessive
            && (self.speaks(n) || n.kind == EntityKind::Person && !super::salience::place(n))
        {
            return Some(self.name_found(n));
        }
        // "Scottish Labour's Ailsa Grieve was briefer. “…”", "Trump's
        // Kellyanne Conway": the person named right after an owner opening
        // the sentence.
        if opens
            && n.possessive
            && let Some(p) = self.names_in(span).nth(1)
            && p.kind == EntityKind::Person
            && p.confident
            && !p.possessive
            && matches!(&self.text[n.span.end..p.span.start], "’s " | "'s ")
        {
            return Some(self.name_found(p));
        }
        // "Asked about the dismissal of Dean Mokoena, Brink paused. “…”":
        // the subject of the main clause, past an opening phrase.
        if !opens
            && let Some(n) = self.names_in(span).take(8).find(|n| {
                n.confident
                    && !n.possessive
                    && n.kind == EntityKind::Person
                    && !super::salience::place(n)
                    && self.not_oblique(n)
                    && self.opens_clause(n)
                    && self.text[..n.span.start].trim_end().ends_with(',')
                    // "Also, Trump isn't a conservative, he said.": a tag
                    // names the sentence's own speaker.
                    && self.cues_in(Span::new(n.span.end, start.min(n.span.end + 200))).iter().all(|c| {
                        c.role != CueRole::Verb
                            || c.span.start <= n.span.end + 1
                            || !self.word_before(c.span.start).is_some_and(|w| {
                                matches!(&*w, "he" | "she" | "they")
                            })
                    })
            })
        {
            return Some(self.name_found(n));
        }
        // "The cell, Ann Vale said, is a sentinel. “…”": a speaker set off
        // inside the sentence before.
        self.names_in(span)
            .find(|n| {
                let tag = &self.text[n.span.end..self.ahead(n.span.end, 24)];
                n.confident
                    && !n.possessive
                    && self.text[..n.span.start].trim_end().ends_with(',')
                    && tag.find(',').is_some_and(|k| !tag[..k].contains(['.', ';']))
                    && self.speaks(n)
            })
            .map(|n| self.name_found(n))
    }

    pub(super) fn block(&self, q: &Quote) -> Option<Attribution> {
        let line = self.paragraphs[q.cue_line()?];
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
    pub(super) fn follow_on(&self, qi: usize, done: &[Attribution]) -> Option<Attribution> {
        let q = &self.quotes[qi];
        let p = qi.checked_sub(1)?;
        let prev = &self.quotes[p];
        if prev.paragraph() + 1 != q.paragraph() || !done[p].has_speaker() {
            return None;
        }
        // Only another name that could be a subject stops the speaker going
        // on: not "told union workers in Dover", "told BBC Radio".
        let other = |n: &Name, region: Span| {
            n.span.start >= region.start
                && n.span.end <= region.end
                && n.confident
                && Some(n.canonical.as_str()) != done[p].speaker()
                && self.not_oblique(n)
                && !self.object_of_cue(n)
                // "said Lamar Smith, who chairs the House Committee on
                // Science": a name inside a relative clause is no subject.
                && !{
                    // The relative clause runs on to the name: no comma or
                    // conjunction ends it first. A short look back only.
                    let from = self.sentence_start(n.span.start).max(self.back(n.span.start, 200));
                    let lead = &self.text[from..n.span.start];
                    [" who ", " which ", " whose "].iter().filter_map(|r| lead.rfind(r)).max().is_some_and(
                        |k| {
                            let clause = &lead[k..];
                            !clause.contains([',', ';']) && !clause.contains(" but ") && !clause.contains(" and ")
                        },
                    )
                }
        };
        let between = Span::new(prev.extent().end, q.extent().start);
        if self.names_in(between).any(|n| other(n, between)) {
            return None;
        }
        // The quotation's own paragraph names nobody else either.
        let para = self.paragraphs[q.paragraph()];
        let others = self.names_in(para).any(|n| other(n, para));
        if others {
            return None;
        }
        Some(self.inherit(&done[p], Rule::FollowOn))
    }

    /// A fragment with no cue: the named subject that opens its sentence.
    pub(super) fn sentence_subject(&self, pre: Span) -> Option<Attribution> {
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
/// A role label's speaker: the person who holds the role (`holder`), else
/// somebody unnamed; `span` is the label.
fn holder_or_unnamed(holder: Option<String>, span: Span) -> Found {
    match holder {
        Some(name) => Found { name: Some(name), kind: SpeakerKind::Person, span, pronoun: true },
        None => Found::anonymous(span),
    }
}

pub(super) fn noun_use(text: &str, cue: &CueMatch) -> bool {
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
        [w, ..] if det(w) => true,
        [w, ..] if w.ends_with("’s") || w.ends_with("'s") => {
            !has_contracted(w, &text[cue.span.start..cue.span.end].to_lowercase())
        }
        // "the Reuters report"; but "that Altman says" opens a clause, and
        // "of Florida said" is no noun.
        [w, w2, ..] => {
            let cue_word = text[cue.span.start..cue.span.end].to_lowercase();
            // "Some Democrats say": "say" and "says" are never nouns there.
            let past = cue_word.ends_with("ed")
                || matches!(&*cue_word, "said" | "told" | "wrote" | "say" | "says");
            w.starts_with(char::is_uppercase)
                && det(w2)
                && !w2.eq_ignore_ascii_case("that")
                && !past
        }
        _ => false,
    }
}

/// "He’s said", "Ruiz's claimed": the "’s" before a cue is "has" when the
/// word is a pronoun or the cue a participle that is no adjective; "Ruiz's
/// claims" and "Ruiz's proposed ban" are possessives.
pub(super) fn has_contracted(word: &str, cue: &str) -> bool {
    let stem = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or(word);
    matches!(
        &*lower(stem),
        "he" | "she" | "it" | "that" | "there" | "who" | "what" | "everyone" | "nobody"
    ) || HAS_PARTICIPLES.contains(cue)
}

/// Participles that read "has …" after a possessive-looking word.
static HAS_PARTICIPLES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_set(word_lists::HAS_PARTICIPLES));

/// "JAKE TAPPER" as "Jake Tapper": a name in capitals in ordinary case.
fn in_ordinary_case(caps: &str) -> String {
    let words: Vec<String> =
        caps.split_whitespace().map(|w| capitalised(&w.to_lowercase())).collect();
    words.join(" ")
}

/// A label's name past its titles: "Ms Harte" is "Harte".
fn untitled(label: &str) -> &str {
    let mut plain = label;
    while let Some((w, rest)) = plain.split_once(' ')
        && is_title(w)
    {
        plain = rest;
    }
    plain
}
