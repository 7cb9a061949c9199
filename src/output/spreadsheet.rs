//! The spreadsheet: one row per quotation (cluster), as CSV that opens
//! cleanly in Excel, LibreOffice and Google Sheets.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Write;

use crate::attribution::SpeakerKind;
use crate::dedup::{Cluster, ClusterList};
use crate::error::{Error, Result};
use crate::extractor::{Mention, QuoteKind};
use crate::output::{defuse, runs_as_formula};

/// The columns, in order.
pub const COLUMNS: &[&str] = &[
    "quote_id",
    "quote",
    "speaker",
    "speaker_kind",
    "kind",
    "mentions",
    "documents",
    "first_document",
    "first_date",
    "first_outlet",
    "outlets",
    "wording_differs",
    "speaker_conflict",
    "speakers",
    "variants",
    "cues",
    "rules",
    "confidence",
    "evidence",
];

/// At most this many wordings are listed in `variants`.
const MAX_VARIANTS: usize = 5;
/// At most this many characters of any one cell.
pub(crate) const MAX_CELL: usize = 30_000;

/// Options for the spreadsheet.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    pub excel_bom: bool,
}

/// Writes a header and one row per cluster of `mentions`.
pub fn write_clusters<W: Write, C: ClusterList + ?Sized>(
    mut w: W,
    mentions: &[Mention],
    clusters: &C,
    options: Options,
) -> Result<()> {
    if options.excel_bom {
        w.write_all("\u{feff}".as_bytes()).map_err(io)?;
    }
    use rayon::prelude::*;
    let mut header = Vec::new();
    push_record(&mut header, COLUMNS.iter());
    w.write_all(&header).map_err(io)?;
    // Rows are independent: each core writes the records of a run of
    // clusters into its own buffer, a batch at a time so memory stays
    // bounded, and the buffers are written in order.
    let n = clusters.count();
    for batch in (0..n).step_by(4096) {
        let parts: Vec<Vec<u8>> = (batch..n.min(batch + 4096))
            .step_by(256)
            .collect::<Vec<usize>>()
            .into_par_iter()
            .map(|part| {
                let part = part..n.min(part + 256);
                let mut out = Vec::with_capacity(part.len() * 128);
                for i in part {
                    // A quotation quoted once, kept as its mention and id.
                    if let Some((k, id)) = clusters.single(i)
                        && push_one(
                            &mut out,
                            mentions,
                            One::single(id.as_str(&mut [0; 17]), k, mentions),
                        )
                    {
                        continue;
                    }
                    let c = clusters.cluster(i, mentions);
                    if !push_single(&mut out, mentions, &c) {
                        push_record(&mut out, cells(mentions, &c).iter().map(|cell| defuse(cell)));
                    }
                }
                out
            })
            .collect();
        for part in &parts {
            w.write_all(part).map_err(io)?;
        }
    }
    w.flush().map_err(io)?;
    Ok(())
}

/// Appends the record of a quotation quoted once, as [`cells`] and
/// [`push_record`] write it, without building the row: when every mention is
/// its own quotation the rows are most of the CSV's time. False, and nothing
/// written, for any other cluster (and the rare one whose evidence needs
/// quoting or cutting).
fn push_single(out: &mut Vec<u8>, mentions: &[Mention], c: &Cluster) -> bool {
    let [k] = c.members[..] else { return false };
    if !c.held_by.is_empty() || c.representative != k || c.speakers.len() > 1 {
        return false;
    }
    let one = One {
        id: &c.id,
        k,
        speaker: c.speaker.as_deref(),
        top: c.speakers.first().map(|(s, n)| (s.as_str(), *n)),
        documents: c.documents,
        wording_differs: c.wording_differs,
        speaker_conflict: c.speaker_conflict,
    };
    push_one(out, mentions, one)
}

/// What the row of a quotation quoted once reads of its cluster.
struct One<'a> {
    id: &'a str,
    /// The one mention.
    k: usize,
    speaker: Option<&'a str>,
    /// The first of the cluster's speakers, and its count.
    top: Option<(&'a str, usize)>,
    documents: usize,
    wording_differs: bool,
    speaker_conflict: bool,
}

impl<'a> One<'a> {
    /// A cluster of one kept as its mention and id, as its whole
    /// [`Cluster`] would read.
    fn single(id: &'a str, k: usize, mentions: &'a [Mention]) -> One<'a> {
        let m = &mentions[k];
        One {
            id,
            k,
            speaker: crate::dedup::single_speaker(m),
            top: crate::dedup::credit(m).map(|s| (s, 1)),
            documents: 1,
            wording_differs: false,
            speaker_conflict: false,
        }
    }
}

/// [`push_single`] once the cluster is read.
fn push_one(out: &mut Vec<u8>, mentions: &[Mention], c: One<'_>) -> bool {
    let m = &mentions[c.k];
    if m.doc.len() > MAX_CELL / 2 || needs_quotes(m.doc.as_bytes()) {
        return false;
    }
    let text = m.text.trim();
    // As `cells`: the kind of the member crediting the cluster's speaker,
    // or its top speaker.
    let top = c.top.map(|s| s.0);
    let (speaker, kind) = match (c.speaker, top) {
        (Some(name), _) => {
            let credits = m.speaker.as_deref() == Some(name) || m.speaker.as_deref() == top;
            (name, if credits { m.speaker_kind } else { SpeakerKind::Unknown })
        }
        (None, Some(_)) => ("", SpeakerKind::Anonymous),
        (None, None) => ("", SpeakerKind::Unknown),
    };
    let meta = m.meta();
    let outlet = meta.and_then(|meta| meta.outlet.as_deref()).unwrap_or("");
    let (date, first_outlet) = match meta.and_then(|meta| meta.date.as_deref()) {
        Some(date) => (date, outlet),
        None => ("", ""),
    };
    let mut numbers = itoa::Buffer::new();
    let documents = count(c.documents);
    let mut speakers = String::new();
    if let Some((s, n)) = c.top {
        speakers.push_str(s);
        speakers.push_str(" (");
        speakers.push_str(numbers.format(n));
        speakers.push(')');
    }
    let cue = m.cue.as_ref().map_or(Cow::Borrowed(""), |cue| lower(&cue.text));
    let confidence = two_decimals(0.0f32.max(m.confidence));
    // Cells from the article or the user (ids may be edited) are cut,
    // defused and quoted as any; the rest are words and numbers of ours
    // that need none of it.
    let cell = |out: &mut Vec<u8>, value: &str| {
        let bytes = value.as_bytes();
        if bytes.len() <= MAX_CELL && !runs_as_formula(bytes) && !needs_quotes(bytes) {
            // What the cut, the defusing and the quoting would leave.
            out.extend_from_slice(bytes);
        } else {
            push_field(out, &defuse(&cap_cell(Cow::Borrowed(value), MAX_CELL)));
        }
        out.push(b',');
    };
    let plain = |out: &mut Vec<u8>, value: &str| {
        debug_assert!(!needs_quotes(value.as_bytes()) && defuse(value).len() == value.len());
        out.extend_from_slice(value.as_bytes());
        out.push(b',');
    };
    let flag = |yes: bool| if yes { "true" } else { "false" };
    cell(out, c.id);
    cell(out, text);
    cell(out, speaker);
    plain(out, kind.as_str());
    plain(out, m.kind.as_str());
    plain(out, "1");
    plain(out, &documents);
    cell(out, &m.doc);
    cell(out, date);
    cell(out, first_outlet);
    cell(out, outlet);
    plain(out, flag(c.wording_differs));
    plain(out, flag(c.speaker_conflict));
    cell(out, &speakers);
    cell(out, text);
    cell(out, &cue);
    plain(out, m.rule.as_str());
    plain(out, &confidence);
    // The evidence, `doc:start-end`, checked above to need no quotes.
    if runs_as_formula(m.doc.as_bytes()) {
        out.push(b'\'');
    }
    out.extend_from_slice(m.doc.as_bytes());
    out.push(b':');
    out.extend_from_slice(numbers.format(m.span.start).as_bytes());
    out.push(b'-');
    out.extend_from_slice(numbers.format(m.span.end).as_bytes());
    out.push(b'\n');
    true
}

/// A field the CSV must put in quotes.
fn needs_quotes(field: &[u8]) -> bool {
    field.iter().any(|&b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
}

/// Appends one field, quoted when it must be.
fn push_field(out: &mut Vec<u8>, field: &str) {
    let field = field.as_bytes();
    if needs_quotes(field) {
        out.push(b'"');
        for part in field.split_inclusive(|&b| b == b'"') {
            out.extend_from_slice(part);
            if part.ends_with(b"\"") {
                out.push(b'"');
            }
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(field);
    }
}

/// Appends one record as the `csv` crate's default writer does (a field is
/// quoted only when it holds a comma, a quote or a line break, its quotes
/// doubled; `\n` ends the record), without its per-field state machine,
/// which was a fifth of the CSV's time when every mention is a row. A
/// record has more than one field, so none is written as a lone `""`.
fn push_record(out: &mut Vec<u8>, fields: impl Iterator<Item = impl AsRef<str>>) {
    for (k, field) in fields.enumerate() {
        if k > 0 {
            out.push(b',');
        }
        push_field(out, field.as_ref());
    }
    out.push(b'\n');
}

fn io(e: std::io::Error) -> Error {
    Error::Io { path: "<output>".into(), source: e }
}

/// One quotation's cells, in the order of [`COLUMNS`], not yet defused:
/// the CSV, the workbook and the report share it.
pub(crate) fn row(mentions: &[Mention], c: &Cluster) -> Vec<String> {
    cells(mentions, c).into_iter().map(Cow::into_owned).collect()
}

/// A row's cells, borrowed from the mentions and the cluster where they
/// stand as they are: a quotation quoted once costs a few allocations,
/// not one a cell (a mention every few bytes makes that the CSV's cost).
type Row<'a> = [Cow<'a, str>; COLUMNS.len()];

fn cells<'a>(mentions: &'a [Mention], c: &'a Cluster) -> Row<'a> {
    let members = || c.members.iter().map(|&k| &mentions[k]);
    let first = &mentions[c.members[0]];
    let rep = &mentions[c.representative];
    let (speaker, speaker_kind) = match (&c.speaker, c.speakers.first()) {
        (Some(name), _) => {
            // A full name from elsewhere in the story: the kind of the
            // credit it completes.
            let kind = members()
                .find(|m| m.speaker.as_deref() == Some(name))
                .or_else(|| {
                    let top = c.speakers.first().map(|s| s.0.as_str());
                    members().find(|m| m.speaker.as_deref() == top)
                })
                .map_or(SpeakerKind::Unknown, |m| m.speaker_kind);
            (Cow::Borrowed(name.as_str()), kind)
        }
        (None, Some(_)) => (Cow::Borrowed(""), SpeakerKind::Anonymous),
        (None, None) => (Cow::Borrowed(""), SpeakerKind::Unknown),
    };
    let kind = majority(members());
    let mut speakers = String::new();
    for (s, n) in &c.speakers {
        if !speakers.is_empty() {
            speakers.push_str("; ");
        }
        let _ = write!(speakers, "{s} ({n})");
    }
    let first_text = first.text.trim();
    let variants = if members().skip(1).all(|m| m.text.trim() == first_text) {
        Cow::Borrowed(first_text)
    } else {
        let mut seen = rustc_hash::FxHashSet::default();
        let variants: Vec<&str> =
            members().map(|m| m.text.trim()).filter(|t| seen.insert(*t)).collect();
        let more = variants.len().saturating_sub(MAX_VARIANTS);
        let mut variants = variants.into_iter().take(MAX_VARIANTS).collect::<Vec<_>>().join(" | ");
        if more > 0 {
            variants.push_str(&format!(" | (+{more} more)"));
        }
        Cow::Owned(variants)
    };
    // Distinct values in order of first use; each raw cue is lower-cased
    // once, however many mentions repeat it.
    let mut raw_seen = rustc_hash::FxHashSet::default();
    let mut cues = Distinct::default();
    for cue in members().filter_map(|m| m.cue.as_ref()) {
        if raw_seen.insert(cue.text.as_str()) {
            cues.add(lower(&cue.text));
        }
    }
    let mut rules = Distinct::default();
    for m in members() {
        rules.add(Cow::Borrowed(m.rule.as_str()));
    }
    let confidence = members().map(|m| m.confidence).fold(0.0f32, f32::max);
    // The evidence lists the copies and the longer passages that hold the
    // quotation whole (`held_by`), in order; past the cell limit nothing
    // more shows: stop there.
    let shown: Vec<usize>;
    let shown: &[usize] = if c.held_by.is_empty() && c.members.is_sorted() {
        &c.members
    } else {
        let mut all: Vec<usize> = c.members.iter().chain(&c.held_by).copied().collect();
        all.sort_unstable();
        shown = all;
        &shown
    };
    // `doc:start-end` each, written by hand: the formatting machinery was a
    // tenth of a row. Sized for one place, which most quotations have.
    let mut evidence = String::with_capacity(first.doc.len() + 24);
    for m in shown.iter().map(|&k| &mentions[k]) {
        if evidence.len() > MAX_CELL {
            break;
        }
        if !evidence.is_empty() {
            evidence.push(';');
        }
        evidence.push_str(&m.doc);
        evidence.push(':');
        push_number(&mut evidence, m.span.start);
        evidence.push('-');
        push_number(&mut evidence, m.span.end);
    }
    let (first_date, first_outlet) = first_published(members());
    let mut outlets = Distinct::default();
    for o in members().filter_map(|m| m.meta()?.outlet.as_deref()) {
        outlets.add(Cow::Borrowed(o));
    }
    [
        Cow::Borrowed(c.id.as_str()),
        Cow::Borrowed(if std::ptr::eq(rep, first) { first_text } else { rep.text.trim() }),
        speaker,
        Cow::Borrowed(speaker_kind.as_str()),
        Cow::Borrowed(kind.as_str()),
        count(c.members.len() + c.held_by.len()),
        count(c.documents),
        Cow::Borrowed(&first.doc),
        Cow::Borrowed(first_date),
        Cow::Borrowed(first_outlet),
        outlets.join("; "),
        Cow::Borrowed(if c.wording_differs { "true" } else { "false" }),
        Cow::Borrowed(if c.speaker_conflict { "true" } else { "false" }),
        Cow::Owned(speakers),
        variants,
        cues.join("; "),
        rules.join("; "),
        two_decimals(confidence),
        Cow::Owned(evidence),
    ]
    .map(|cell| cap_cell(cell, MAX_CELL))
}

/// Appends `n` in decimal, as `{n}` writes it.
fn push_number(out: &mut String, n: usize) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// Distinct values in order of first use; one value stays borrowed.
#[derive(Default)]
struct Distinct<'a> {
    first: Option<Cow<'a, str>>,
    rest: Vec<Cow<'a, str>>,
}

impl<'a> Distinct<'a> {
    fn add(&mut self, value: Cow<'a, str>) {
        match &self.first {
            None => self.first = Some(value),
            Some(f) if *f == value || self.rest.contains(&value) => {}
            Some(_) => self.rest.push(value),
        }
    }

    fn join(self, sep: &str) -> Cow<'a, str> {
        let Some(first) = self.first else { return Cow::Borrowed("") };
        if self.rest.is_empty() {
            return first;
        }
        let mut out = first.into_owned();
        for v in &self.rest {
            out.push_str(sep);
            out.push_str(v);
        }
        Cow::Owned(out)
    }
}

/// `to_lowercase`, borrowed when there is nothing to lower (plain ASCII
/// without capitals, as almost every cue is).
fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// A count as text; small ones, which nearly every row has, from a table.
fn count(n: usize) -> Cow<'static, str> {
    static SMALL: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| (0..256).map(|n: usize| n.to_string()).collect());
    match SMALL.get(n) {
        Some(s) => Cow::Borrowed(s.as_str()),
        None => Cow::Owned(n.to_string()),
    }
}

/// `format!("{x:.2}")`, from a table for the hundredths a confidence is
/// rounded to (the general float formatting was a tenth of the CSV's time).
fn two_decimals(x: f32) -> Cow<'static, str> {
    static HUNDREDTHS: std::sync::LazyLock<Vec<(f32, String)>> = std::sync::LazyLock::new(|| {
        (0..=100u8)
            .map(|k| (f32::from(k) / 100.0, format!("{:.2}", f32::from(k) / 100.0)))
            .collect()
    });
    let k = (x * 100.0).round();
    if (0.0..=100.0).contains(&k) {
        // Only a value that is bit for bit the hundredth (as every
        // mention's confidence is; -0.0 prints a sign) takes the table's
        // text; anything else is formatted.
        let (value, text) = &HUNDREDTHS[k as usize];
        if value.to_bits() == x.to_bits() {
            return Cow::Borrowed(text.as_str());
        }
    }
    Cow::Owned(format!("{x:.2}"))
}

/// The earliest dated copy's date and outlet: who published the quotation
/// first. Dates are compared as instants where they are ISO 8601; a date in
/// another form counts only when no copy has an ISO one.
fn first_published<'a>(members: impl Iterator<Item = &'a Mention>) -> (&'a str, &'a str) {
    members
        .filter_map(|m| {
            let meta = m.meta()?;
            let date = meta.date.as_deref()?;
            Some(((meta.date_key().is_none(), meta.date_key()), date, meta.outlet.as_deref()))
        })
        .min_by_key(|&(key, _, _)| key)
        .map_or(("", ""), |(_, date, outlet)| (date, outlet.unwrap_or("")))
}

/// Spreadsheets refuse cells over 32,767 characters: cut and mark.
pub(crate) fn cap(cell: String, max: usize) -> String {
    if cell.len() <= max { cell } else { cut(&cell, max) }
}

fn cap_cell(cell: Cow<'_, str>, max: usize) -> Cow<'_, str> {
    if cell.len() <= max { cell } else { Cow::Owned(cut(&cell, max)) }
}

fn cut(cell: &str, max: usize) -> String {
    let mut end = max;
    while !cell.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… (cut)", &cell[..end])
}

/// The kind most members have; ties go to the more speech-like kind.
pub(crate) fn majority_kind(members: &[&Mention]) -> QuoteKind {
    majority(members.iter().copied())
}

fn majority<'a>(members: impl Iterator<Item = &'a Mention>) -> QuoteKind {
    const ORDER: [QuoteKind; 5] = [
        QuoteKind::Direct,
        QuoteKind::Partial,
        QuoteKind::Block,
        QuoteKind::Headline,
        QuoteKind::Term,
    ];
    let mut counts = [0usize; ORDER.len()];
    for m in members {
        counts[ORDER.iter().position(|&o| o == m.kind).expect("listed")] += 1;
    }
    // The most members; a tie goes to the earlier kind in `ORDER`.
    let best = (0..ORDER.len()).max_by_key(|&i| (counts[i], ORDER.len() - i)).expect("five kinds");
    ORDER[best]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Extractor, cluster};

    #[test]
    fn records_are_written_as_the_csv_crate_writes_them() {
        let cells = [
            "",
            "plain",
            "a,b",
            "say \"no\"",
            "\"",
            "\"\"",
            "two\nlines",
            "cr\rhere",
            " lead",
            "trail ",
            "#hash",
            "'=SUM(A1)",
            "“curly”",
            "tab\there",
            "x;y|z",
            "naïve, café",
        ];
        for (i, a) in cells.iter().enumerate() {
            for b in &cells[i..] {
                let record = [*a, *b, "end"];
                let mut reference = csv::Writer::from_writer(Vec::new());
                reference.write_record(record).unwrap();
                let reference = reference.into_inner().unwrap();
                let mut ours = Vec::new();
                push_record(&mut ours, record.iter());
                assert_eq!(String::from_utf8(ours).unwrap(), String::from_utf8(reference).unwrap());
            }
        }
    }

    #[test]
    fn cell_shortcuts_write_what_the_general_formatting_writes() {
        let mut xs: Vec<f32> =
            (0..=100).map(|k| (k as f32 * 0.01 * 100.0).round() / 100.0).collect();
        xs.extend([-0.0, 0.125, 0.005, 0.994999, 0.995, 1.5, -0.3, 1e30, f32::NAN, f32::INFINITY]);
        xs.extend((0..1000).map(|k| k as f32 / 997.0));
        for x in xs {
            assert_eq!(two_decimals(x), format!("{x:.2}"), "{x:?}");
        }
        for n in [0, 1, 9, 10, 255, 256, 100_000, usize::MAX] {
            assert_eq!(count(n), n.to_string());
            let mut s = String::from("x");
            push_number(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
        for s in ["said", "Said", "TOLD", "ǅ", "İstanbul", "écrit", ""] {
            assert_eq!(lower(s), s.to_lowercase());
        }
        let mut d = Distinct::default();
        assert_eq!(d.join("; "), "");
        d = Distinct::default();
        for v in ["b", "a", "b", "c", "a"] {
            d.add(Cow::Borrowed(v));
        }
        assert_eq!(d.join("; "), "b; a; c");
    }

    #[test]
    fn a_quotation_quoted_once_is_written_as_the_general_row() {
        // `#` makes each document's quotations its own.
        let texts = [
            "“We will rebuild pier #,” said Ada Okafor. Okafor added: “Soon #.”",
            "“=SUM(A#), \"quoted\", and more,” the Mayor Told reporters.",
            "“-# is the score,” a spokesperson said. The plan is called “Harbour Deal #”.",
            "Headline “Alone #”\n\nShe said “it is, truly, fine #” and left.",
        ];
        let names = ["a.txt", "=b.txt", "-c.txt", "d, e.txt", "é.txt", "", "@f\"g.txt"];
        let ex = Extractor::new();
        let mut mentions = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let mut doc = Document::new(*name, texts[i % texts.len()].replace('#', &i.to_string()));
            if i % 2 == 0 {
                doc.meta.outlet = Some(format!("Outlet {i}"));
            }
            if i % 3 == 0 {
                doc.meta.date = Some("2026-01-0{i}".replace("{i}", &i.to_string()));
            }
            mentions.extend(ex.extract(&doc));
        }
        // Values no extraction gives, which the row still writes.
        let mut odd = mentions[0].clone();
        odd.span.start += 1_000;
        odd.confidence = -0.25;
        odd.text = "x".repeat(MAX_CELL + 10);
        mentions.push(odd);
        let mut odd = mentions[1].clone();
        odd.span.start += 2_000;
        odd.confidence = f32::NAN;
        odd.speaker_kind = SpeakerKind::Anonymous;
        mentions.push(odd);
        // A name that reads as an unnamed source's.
        let mut odd = mentions[2].clone();
        odd.span.start += 3_000;
        odd.text = "Nobody else says this".into();
        odd.speaker = Some("(anonymous)".into());
        mentions.push(odd);
        crate::sort_canonical(&mut mentions);
        let clusters = cluster(&mentions);
        let mut fast_ones = 0;
        for c in &clusters {
            let mut general = Vec::new();
            push_record(&mut general, cells(&mentions, c).iter().map(|cell| defuse(cell)));
            let mut fast = Vec::new();
            if push_single(&mut fast, &mentions, c) {
                fast_ones += 1;
                assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(general).unwrap());
            } else {
                assert!(fast.is_empty());
            }
        }
        // Every row takes the short way but those of the two names that
        // need quotes.
        assert_eq!(fast_ones, clusters.len() - 4);
        assert!(fast_ones < clusters.len());
        // Kept as its mention and id, a quotation quoted once is written
        // as its whole cluster is.
        let compact = crate::Clusters::of(&mentions);
        assert_eq!(compact.len(), clusters.len());
        let mut singles = 0;
        for (i, c) in clusters.iter().enumerate() {
            let Some((k, id)) = compact.single(i) else { continue };
            singles += 1;
            let mut general = Vec::new();
            push_record(&mut general, cells(&mentions, c).iter().map(|cell| defuse(cell)));
            let mut fast = Vec::new();
            if push_one(&mut fast, &mentions, One::single(&id.to_string(), k, &mentions)) {
                assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(general).unwrap());
            }
        }
        assert!(singles > clusters.len() / 2, "{singles} of {}", clusters.len());
        let (mut whole, mut kept) = (Vec::new(), Vec::new());
        write_clusters(&mut whole, &mentions, &clusters, Options::default()).unwrap();
        write_clusters(&mut kept, &mentions, &compact, Options::default()).unwrap();
        assert_eq!(String::from_utf8(kept).unwrap(), String::from_utf8(whole).unwrap());
    }

    #[test]
    fn one_row_per_cluster_and_cells_are_defused() {
        let docs = [
            Document::new("a.txt", "“=SUM(A1) is what we paid,” said Ada Okafor.\n"),
            Document::new("b.txt", "“=SUM(A1) is what we paid,” Ada Okafor said.\n"),
        ];
        let ex = Extractor::new();
        let mut mentions: Vec<Mention> = docs.iter().flat_map(|d| ex.extract(d)).collect();
        crate::sort_canonical(&mut mentions);
        let clusters = cluster(&mentions);
        let mut out = Vec::new();
        write_clusters(&mut out, &mentions, &clusters, Options { excel_bom: true }).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with('\u{feff}'));
        let mut rdr = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        assert_eq!(rdr.headers().unwrap().iter().collect::<Vec<_>>(), COLUMNS);
        let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][1], "'=SUM(A1) is what we paid,");
        assert_eq!(&rows[0][5], "2");
        assert_eq!(&rows[0][18], "a.txt:3-28;b.txt:3-28");
    }
}
