//! The extraction pipeline: document -> quotations -> attributions -> mentions.

use crate::attribution::{Attribution, Rule, SpeakerKind, attribute};
use crate::cues::Cues;
use crate::document::{Document, Span};
use crate::gazetteer::Gazetteer;
use crate::names::find_names;
use crate::quotes::{Quote, QuoteForm, add_set_off_blocks, find_quotes};
use crate::text_key::exact_key;

/// What a quotation is, as the gold guidelines define it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full statement (a clause or more) reported as someone's words.
    Direct,
    /// A fragment embedded in the writer's own sentence.
    Partial,
    /// A paragraph set off without marks after a cue line.
    Block,
    /// A quotation in a title, standfirst or subhead.
    Headline,
    /// Scare quotes, titles, names, words as words: nobody's speech.
    Term,
}

impl QuoteKind {
    /// The stable output name.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Block => "block",
            QuoteKind::Headline => "headline",
            QuoteKind::Term => "term",
        }
    }

    /// The kind whose output name is `name`.
    pub fn from_name(name: &str) -> Option<QuoteKind> {
        [
            QuoteKind::Direct,
            QuoteKind::Partial,
            QuoteKind::Block,
            QuoteKind::Headline,
            QuoteKind::Term,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// The cue that tied a quotation to its speaker.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Cue {
    /// The cue words as they stand ("told", "according to").
    pub text: String,
    /// Where they stand.
    pub span: Span,
}

/// The document a mention is from: its id, the encoding it was decoded
/// from and its metadata, one handle shared by all its mentions (8 bytes a
/// mention, where the three took 40). It reads as the id (`&*m.doc` is a
/// `&str`) and serializes as the id.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc(std::sync::Arc<DocInfo>);

#[derive(Debug, PartialEq)]
struct DocInfo {
    id: Box<str>,
    encoding: Option<&'static str>,
    meta: Option<crate::document::Meta>,
}

impl Doc {
    /// A document's handle: its id, the encoding it was decoded from (when
    /// not UTF-8) and its metadata (`None` when it has none).
    pub fn new(
        id: &str,
        encoding: Option<&'static str>,
        meta: Option<crate::document::Meta>,
    ) -> Doc {
        Doc(std::sync::Arc::new(DocInfo { id: id.into(), encoding, meta }))
    }

    /// The document's id.
    pub fn id(&self) -> &str {
        &self.0.id
    }

    /// The encoding the document was decoded from, when not UTF-8.
    pub fn encoding(&self) -> Option<&'static str> {
        self.0.encoding
    }

    /// The document's title, author, date, outlet and URL, when it has any.
    pub fn meta(&self) -> Option<&crate::document::Meta> {
        self.0.meta.as_ref()
    }

    /// True when both are the same handle (the mentions of one extraction).
    pub fn ptr_eq(a: &Doc, b: &Doc) -> bool {
        std::sync::Arc::ptr_eq(&a.0, &b.0)
    }
}

impl std::ops::Deref for Doc {
    type Target = str;
    fn deref(&self) -> &str {
        self.id()
    }
}

impl std::fmt::Display for Doc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl From<&str> for Doc {
    /// A document known by its id alone.
    fn from(id: &str) -> Doc {
        Doc::new(id, None, None)
    }
}

impl From<String> for Doc {
    /// A document known by its id alone.
    fn from(id: String) -> Doc {
        Doc::new(&id, None, None)
    }
}

impl serde::Serialize for Doc {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// One quotation occurrence in one document, with its speaker and evidence.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Mention {
    /// The document: its id (`&*m.doc`), encoding and metadata, one handle
    /// shared by all its mentions.
    pub doc: Doc,
    /// The quoted words, marks excluded, as byte offsets into the text.
    pub span: Span,
    /// The quoted words.
    pub text: String,
    /// Direct, partial, block, headline or term.
    pub kind: QuoteKind,
    /// Canonical speaker name, if one was found.
    pub speaker: Option<String>,
    /// Person, organization, anonymous or unknown.
    pub speaker_kind: SpeakerKind,
    /// The article's words for the speaker ("he", "a person familiar with…").
    pub speaker_text: Option<Box<str>>,
    /// Where those words stand at this place in the article.
    pub speaker_span: Option<Span>,
    /// The cue, if one decided. Boxed: a mention without one (a term,
    /// an unattributed quotation) holds 8 bytes for it, not 40.
    pub cue: Option<Box<Cue>>,
    /// The rule that decided.
    pub rule: Rule,
    /// 0 to 1.
    pub confidence: f32,
    /// The quotation's cluster id: equal ids are the same quotation.
    pub quote_id: String,
    /// Ids of other quotations this mention holds whole (a passage joining
    /// two that other outlets quote apart); set with `quote_id`.
    pub also: Vec<String>,
}

impl Mention {
    /// The encoding the document was decoded from, when not UTF-8.
    pub fn encoding(&self) -> Option<&'static str> {
        self.doc.encoding()
    }

    /// The document's title, author, date, outlet and URL, when it has any.
    pub fn meta(&self) -> Option<&crate::document::Meta> {
        self.doc.meta()
    }
}

/// A document with this many quotations builds its mentions on every core,
/// from a compact copy of its quotations and attributions.
const LARGE_DOCUMENT: usize = 16_384;

/// Finds and attributes quotations. Cheap to share across threads.
#[derive(Clone, Debug)]
pub struct Extractor {
    gazetteer: Gazetteer,
    cues: Cues,
    exact_ids: bool,
    /// Documents with this many quotations build their mentions on every
    /// core from a compact copy ([`LARGE_DOCUMENT`]; the tests move it).
    large_from: usize,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// The embedded gazetteer and cue lexicon.
    pub fn new() -> Extractor {
        Extractor {
            gazetteer: Gazetteer::embedded().clone(),
            cues: Cues::embedded().clone(),
            exact_ids: true,
            large_from: LARGE_DOCUMENT,
        }
    }

    /// Options: user gazetteers, no embedded gazetteer.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder { embedded: true, extra: Vec::new(), exact_ids: true }
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Every quotation in `doc`, in document order.
    pub fn extract(&self, doc: &Document) -> Vec<Mention> {
        let text = doc.text.as_str();
        let paragraphs = doc.paragraphs();
        let mut quotes = find_quotes(text, &paragraphs, &self.cues, &self.gazetteer);
        let set_off: Vec<Span> = doc.blocks.iter().map(|b| b.span).collect();
        add_set_off_blocks(
            text,
            &paragraphs,
            (&set_off, &doc.headings),
            &self.cues,
            &self.gazetteer,
            &mut quotes,
        );
        let id = Doc::new(&doc.id, doc.encoding, (!doc.meta.is_empty()).then(|| doc.meta.clone()));
        let extents: Vec<Span> = quotes.iter().map(Quote::extent).collect();
        let names = find_names(text, &self.gazetteer, &extents);
        drop(extents);
        let attributions =
            attribute(text, &paragraphs, &quotes, &names, &self.cues, &self.gazetteer);
        // Not needed for the mentions: a document of a million short
        // paragraphs or names need not hold them beside its mentions.
        drop((names, paragraphs));
        let build = |q: &Facts, mut a: Attribution| {
            let quoted = &text[q.span.start..q.span.end];
            let mut speaker = a.take_speaker();
            let mut speaker_text = None;
            // An embedded post is by the account that posted it: its words
            // are the account's, not the text's at the speaker's place.
            if q.block && speaker.is_none() {
                let by = doc.blocks.iter().find(|b| b.span == q.span).and_then(|b| b.by.clone());
                if let Some(by) = by {
                    speaker_text = Some(by.clone().into_boxed_str());
                    speaker = Some(by);
                    a.speaker_kind = SpeakerKind::Person;
                    a.rule = Rule::BlockCue;
                    // As sure as a block after a cue line.
                    a.confidence = 0.75;
                }
            }
            let speaker_text = speaker_text.or_else(|| a.speaker_text(text).map(Box::from));
            let kind = kind_of(text, q, a.rule);
            let (speaker, speaker_kind) = if kind == QuoteKind::Term {
                (None, SpeakerKind::Unknown)
            } else {
                (speaker, a.speaker_kind)
            };
            Mention {
                doc: id.clone(),
                span: q.span,
                text: quoted.to_owned(),
                kind,
                speaker,
                speaker_kind,
                speaker_text,
                speaker_span: a.speaker_span(),
                cue: a
                    .cue()
                    .map(|c| Box::new(Cue { text: text[c.start..c.end].to_owned(), span: c })),
                rule: a.rule,
                // Two decimals, as every output writes it: a mention read back is the same.
                confidence: (a.confidence * 100.0).round() / 100.0,
                quote_id: if self.exact_ids { exact_key(quoted) } else { String::new() },
                also: Vec::new(),
            }
        };
        let blank = |span: Span| text[span.start..span.end].trim().is_empty();
        if quotes.len() < self.large_from || u32::try_from(text.len()).is_err() {
            // Sized once: growing a vector of a mention every few bytes
            // copies it again and again and faults in twice the memory.
            let mut mentions = Vec::with_capacity(quotes.len());
            mentions.extend(
                quotes
                    .iter()
                    .zip(attributions)
                    .filter(|(q, _)| !blank(q.span))
                    .map(|(q, a)| build(&Facts::of(q), a)),
            );
            return mentions;
        }
        // A document of many quotations: what the mentions need of each
        // quotation and attribution, 32 bytes for their 56, so that both
        // are freed before the mentions are made, and the mentions reuse
        // their memory.
        let compact: Vec<Compact> =
            quotes.iter().zip(attributions).map(|(q, a)| Compact::of(q, a)).collect();
        drop(quotes);
        let mut mentions = Vec::with_capacity(compact.len());
        // Otherwise one core's work for the whole document.
        use rayon::prelude::*;
        compact
            .into_par_iter()
            .map(|c| {
                let (facts, a) = c.parts();
                build(&facts, a)
            })
            .collect_into_vec(&mut mentions);
        mentions.retain(|m| !blank(m.span));
        mentions
    }
}

/// A quotation and its attribution in a few bytes (offsets as `u32`: for
/// a text under 4 GiB), until its mention is made.
struct Compact {
    start: u32,
    end: u32,
    open: u32,
    block: bool,
    heading: bool,
    continues: bool,
    attribution: Attribution,
}

impl Compact {
    /// The text is under 4 GiB.
    fn of(q: &Quote, attribution: Attribution) -> Compact {
        let facts = Facts::of(q);
        Compact {
            start: facts.span.start as u32,
            end: facts.span.end as u32,
            open: facts.open as u32,
            block: facts.block,
            heading: facts.heading,
            continues: facts.continues,
            attribution,
        }
    }

    /// The quotation's facts and its attribution again.
    fn parts(self) -> (Facts, Attribution) {
        let facts = Facts {
            span: Span::new(self.start as usize, self.end as usize),
            open: self.open as usize,
            block: self.block,
            heading: self.heading,
            continues: self.continues,
        };
        (facts, self.attribution)
    }
}

/// What building a quotation's mention needs of it.
struct Facts {
    /// The quoted words.
    span: Span,
    /// Where the opening mark starts (the words' start without one).
    open: usize,
    /// A block without marks.
    block: bool,
    /// In a title or subhead.
    heading: bool,
    /// Goes on with a quotation left open in the paragraph before.
    continues: bool,
}

impl Facts {
    fn of(q: &Quote) -> Facts {
        Facts {
            span: q.span,
            open: q.open().map_or(q.span.start, |o| o.start),
            block: q.form == QuoteForm::Block,
            heading: q.heading,
            continues: q.continues,
        }
    }
}

fn kind_of(text: &str, q: &Facts, rule: Rule) -> QuoteKind {
    if q.block {
        return QuoteKind::Block;
    }
    // A title keeps its kind when a label names its speaker.
    if q.heading && rule != Rule::Term {
        return QuoteKind::Headline;
    }
    match rule {
        Rule::Headline => return QuoteKind::Headline,
        Rule::Term => return QuoteKind::Term,
        _ => {}
    }
    let quoted = &text[q.span.start..q.span.end];
    let starts_upper = quoted.trim_start().chars().next().is_some_and(char::is_uppercase);
    let open = q.open;
    // A paragraph start counts however the paragraph before ends (a title
    // has no full stop).
    let para_start = text[..open].trim_end_matches([' ', '\t']).ends_with('\n');
    let before = text[..open].trim_end();
    let introduced =
        para_start || before.is_empty() || before.ends_with([':', ',', '.']) || q.continues;
    if starts_upper && (introduced || quoted.split_whitespace().count() >= 8) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// One file's outcome in a batch.
#[derive(Debug)]
pub struct FileOutcome {
    /// The file.
    pub path: std::path::PathBuf,
    /// Its mentions, or why it was skipped.
    pub result: crate::error::Result<Vec<Mention>>,
    /// The encoding it was decoded from, when not UTF-8.
    pub encoding: Option<&'static str>,
    /// A file named as text whose content was a web page, read as one.
    pub read_as_html: bool,
}

impl Extractor {
    /// Reads, decodes and extracts many files on all cores. Outcomes come
    /// back in the order of `paths`; each file's text is dropped once read,
    /// so memory holds only the mentions.
    pub fn extract_files(&self, paths: &[std::path::PathBuf]) -> Vec<FileOutcome> {
        self.extract_files_as(paths, crate::document::Layout::Auto)
    }

    /// [`Extractor::extract_files`], plain text cut into paragraphs as
    /// `layout` says.
    pub fn extract_files_as(
        &self,
        paths: &[std::path::PathBuf],
        layout: crate::document::Layout,
    ) -> Vec<FileOutcome> {
        use rayon::prelude::*;
        paths
            .par_iter()
            .map(|path| match Document::load(path) {
                Ok(doc) if doc.format == crate::document::Format::Html => self.outcome(path, doc),
                Ok(doc) => self.outcome(path, doc.with_layout(layout)),
                Err(e) => FileOutcome {
                    path: path.clone(),
                    encoding: None,
                    read_as_html: false,
                    result: Err(e),
                },
            })
            .collect()
    }

    fn outcome(&self, path: &std::path::Path, doc: Document) -> FileOutcome {
        FileOutcome {
            path: path.to_owned(),
            encoding: doc.encoding,
            read_as_html: doc.html_in_disguise(path),
            result: Ok(self.extract(&doc)),
        }
    }
}

/// Options for an [`Extractor`].
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    embedded: bool,
    extra: Vec<Gazetteer>,
    exact_ids: bool,
}

impl ExtractorBuilder {
    /// Adds a user gazetteer; its names win over the embedded ones.
    pub fn gazetteer(&mut self, g: Gazetteer) -> &mut ExtractorBuilder {
        self.extra.push(g);
        self
    }

    /// Whether to start from the embedded gazetteer (default true).
    pub fn embedded_gazetteer(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.embedded = yes;
        self
    }

    /// Whether each mention's `quote_id` is its exact key (default true).
    /// Off, `quote_id` is left empty: for callers that [`cluster`] the
    /// mentions and [`assign_ids`] anyway, which saves a twentieth of the
    /// extraction.
    ///
    /// [`cluster`]: crate::cluster
    /// [`assign_ids`]: crate::assign_ids
    pub fn exact_ids(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.exact_ids = yes;
        self
    }

    /// The extractor.
    pub fn build(&self) -> Extractor {
        let mut entities =
            if self.embedded { Gazetteer::embedded().entities().to_vec() } else { Vec::new() };
        for g in &self.extra {
            entities.extend(g.entities().iter().cloned());
        }
        Extractor {
            gazetteer: Gazetteer::from_entities(entities),
            cues: Cues::embedded().clone(),
            exact_ids: self.exact_ids,
            large_from: LARGE_DOCUMENT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(String, QuoteKind)> {
        Extractor::new()
            .extract(&Document::new("k.txt", t))
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect()
    }

    #[test]
    fn kinds_from_position_and_case() {
        assert_eq!(
            kinds(
                "Ada Okafor said: “We will reopen the pier.” She called it “long overdue.” \
                 The plan is called the “Harbour Deal”."
            ),
            [
                ("We will reopen the pier.".to_string(), QuoteKind::Direct),
                ("long overdue.".to_string(), QuoteKind::Partial),
                ("Harbour Deal".to_string(), QuoteKind::Term)
            ]
        );
    }

    #[test]
    fn builder_without_embedded_gazetteer_still_finds_people() {
        let ex = Extractor::builder().embedded_gazetteer(false).build();
        assert!(ex.gazetteer().entities().is_empty());
        let ms = ex.extract(&Document::new("b.txt", "“We won,” said Ada Okafor."));
        assert_eq!(ms[0].speaker.as_deref(), Some("Ada Okafor"));
    }

    #[test]
    fn exact_ids_can_be_left_to_clustering() {
        let doc = Document::new("e.txt", "“We won,” said Ada Okafor. “We won!” she added.");
        let keyed = Extractor::new().extract(&doc);
        assert_eq!(keyed[0].quote_id, exact_key("We won,"));
        assert_eq!(keyed[0].quote_id, keyed[1].quote_id);
        let bare = Extractor::builder().exact_ids(false).build().extract(&doc);
        assert!(bare.iter().all(|m| m.quote_id.is_empty()));
        // Nothing else changes, and clustering gives the same ids.
        let strip = |ms: &[Mention]| {
            ms.iter().map(|m| Mention { quote_id: String::new(), ..m.clone() }).collect::<Vec<_>>()
        };
        assert_eq!(strip(&keyed), bare);
        let (mut a, mut b) = (keyed.clone(), bare.clone());
        crate::assign_ids(&mut a, &crate::cluster(&keyed));
        crate::assign_ids(&mut b, &crate::cluster(&bare));
        assert_eq!(a, b);
    }

    #[test]
    fn a_documents_mentions_share_its_id() {
        let ms = Extractor::new()
            .extract(&Document::new("s.txt", "“We won,” said Ada Okafor. “We won!” she added."));
        assert_eq!(ms.len(), 2);
        assert_eq!(&*ms[0].doc, "s.txt");
        assert!(Doc::ptr_eq(&ms[0].doc, &ms[1].doc));
    }

    #[test]
    fn a_one_line_document_of_short_quotations_has_no_headlines() {
        // No space anywhere: one "word", but no title at 7,000 bytes.
        let ks = kinds(&"“a”".repeat(1_000));
        assert_eq!(ks.len(), 1_000);
        assert!(ks.iter().all(|(t, k)| t == "a" && *k == QuoteKind::Term), "{:?}", &ks[..3]);
        // A short one is still a title.
        assert!(kinds(&"“a”".repeat(3)).iter().all(|(_, k)| *k == QuoteKind::Headline));
    }

    #[test]
    fn mentions_built_from_a_compact_copy_are_those_built_directly() {
        let paragraph = "“We will rebuild the pier,” said Ada Okafor. She called it “long \
                         overdue”. He said “ ” and “” then left. “Soon,” she added.\n\n“The tide is turning.”\n\n\
                         Mayor Ines Moreau posted:\n\nThe harbour stays open all winter.\n\n\
                         A post on the quay:\n\nFerries run at noon.\n\n";
        let mut doc = Document::new("p.txt", paragraph.repeat(40));
        // An embedded post, credited to its account.
        let at = doc.text.find("Ferries run at noon.").unwrap();
        let span = Span::new(at, at + "Ferries run at noon.".len());
        doc.blocks.push(crate::document::Block { span, by: Some("@quaywatch".into()) });
        let mut direct = Extractor::new();
        direct.large_from = usize::MAX;
        let mut compact = Extractor::new();
        compact.large_from = 0;
        let expected = direct.extract(&doc);
        assert!(expected.len() > 150, "{}", expected.len());
        // Every part of an attribution goes through the copy.
        assert!(expected.iter().any(|m| m.cue.is_some() && m.speaker_span.is_some()));
        // Its words are the account's, not the text's at the speaker's place.
        assert!(expected.iter().any(|m| m.speaker.as_deref() == Some("@quaywatch")
            && m.speaker_text.as_deref() == Some("@quaywatch")));
        assert!(expected.iter().any(|m| m.kind == QuoteKind::Block));
        assert_eq!(compact.extract(&doc), expected);
    }

    #[test]
    fn a_mention_stays_small() {
        // A mention every 7 bytes (`“a”“a”…`) holds 570,000 of them at
        // 4 MB: every byte here is half a megabyte there (248 before the
        // cue and the speaker's words were boxed, 208 before the document's
        // id, encoding and metadata shared one handle).
        assert!(std::mem::size_of::<Mention>() <= 176, "{}", std::mem::size_of::<Mention>());
        // Held for every quotation of a large document in place of its
        // quotation and attribution.
        assert!(std::mem::size_of::<Compact>() <= 32, "{}", std::mem::size_of::<Compact>());
        // Both held for every quotation of a document while it is
        // attributed (96 and 104 bytes before their marks, paragraph
        // numbers and rarely set speaker and cue were packed).
        assert!(std::mem::size_of::<Quote>() <= 40, "{}", std::mem::size_of::<Quote>());
        assert!(std::mem::size_of::<Attribution>() <= 16, "{}", std::mem::size_of::<Attribution>());
    }

    #[test]
    fn empty_and_whitespace_quotations_are_dropped() {
        assert!(kinds("He said “ ” and “” then left.").is_empty());
    }
}
