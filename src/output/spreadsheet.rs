//! The spreadsheet: one row per quotation (cluster), as CSV that opens
//! cleanly in Excel, LibreOffice and Google Sheets.

use std::fmt::Write as _;
use std::io::Write;

use crate::attribution::SpeakerKind;
use crate::dedup::Cluster;
use crate::error::{Error, Result};
use crate::extractor::{Mention, QuoteKind};
use crate::output::defuse;

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
pub fn write_clusters<W: Write>(
    mut w: W,
    mentions: &[Mention],
    clusters: &[Cluster],
    options: Options,
) -> Result<()> {
    if options.excel_bom {
        w.write_all("\u{feff}".as_bytes()).map_err(io)?;
    }
    use rayon::prelude::*;
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record(COLUMNS)?;
    // Rows are independent: build them on all cores, a batch at a time so
    // memory stays bounded, and write them in order.
    for batch in clusters.chunks(4096) {
        let rows: Vec<Vec<String>> = batch
            .par_iter()
            .map(|c| {
                let mut cells = row(mentions, c);
                for cell in &mut cells {
                    if let std::borrow::Cow::Owned(safe) = defuse(cell) {
                        *cell = safe;
                    }
                }
                cells
            })
            .collect();
        for row in rows {
            csv.write_record(&row)?;
        }
    }
    csv.flush().map_err(io)?;
    Ok(())
}

fn io(e: std::io::Error) -> Error {
    Error::Io { path: "<output>".into(), source: e }
}

/// One quotation's cells, in the order of [`COLUMNS`], not yet defused:
/// the CSV, the workbook and the report share it.
pub(crate) fn row(mentions: &[Mention], c: &Cluster) -> Vec<String> {
    let members: Vec<&Mention> = c.members.iter().map(|&k| &mentions[k]).collect();
    let rep = &mentions[c.representative];
    let (speaker, speaker_kind) = match (&c.speaker, c.speakers.first()) {
        (Some(name), _) => {
            // A full name from elsewhere in the story: the kind of the
            // credit it completes.
            let kind = members
                .iter()
                .find(|m| m.speaker.as_deref() == Some(name))
                .or_else(|| {
                    let top = c.speakers.first().map(|s| s.0.as_str());
                    members.iter().find(|m| m.speaker.as_deref() == top)
                })
                .map_or(SpeakerKind::Unknown, |m| m.speaker_kind);
            (name.clone(), kind)
        }
        (None, Some(_)) => (String::new(), SpeakerKind::Anonymous),
        (None, None) => (String::new(), SpeakerKind::Unknown),
    };
    let kind = majority_kind(&members);
    let speakers =
        c.speakers.iter().map(|(s, n)| format!("{s} ({n})")).collect::<Vec<_>>().join("; ");
    let mut seen = rustc_hash::FxHashSet::default();
    let variants: Vec<&str> =
        members.iter().map(|m| m.text.trim()).filter(|t| seen.insert(*t)).collect();
    let more = variants.len().saturating_sub(MAX_VARIANTS);
    let mut variants = variants.into_iter().take(MAX_VARIANTS).collect::<Vec<_>>().join(" | ");
    if more > 0 {
        variants.push_str(&format!(" | (+{more} more)"));
    }
    // Distinct values in order of first use; each raw cue is lower-cased
    // once, however many mentions repeat it.
    let (mut raw_seen, mut cues) = (rustc_hash::FxHashSet::default(), Vec::<String>::new());
    for c in members.iter().filter_map(|m| m.cue.as_ref()) {
        if raw_seen.insert(c.text.as_str()) {
            let lower = c.text.to_lowercase();
            if !cues.contains(&lower) {
                cues.push(lower);
            }
        }
    }
    let cues = cues.join("; ");
    let mut rules: Vec<&str> = Vec::new();
    for m in &members {
        if !rules.contains(&m.rule.as_str()) {
            rules.push(m.rule.as_str());
        }
    }
    let rules = rules.join("; ");
    let confidence = members.iter().map(|m| m.confidence).fold(0.0f32, f32::max);
    // The evidence lists the copies and the longer passages that hold the
    // quotation whole (`held_by`), in order; past the cell limit nothing
    // more shows: stop there.
    let mut shown: Vec<usize> = c.members.iter().chain(&c.held_by).copied().collect();
    shown.sort_unstable();
    let mut evidence = String::new();
    for m in shown.iter().map(|&k| &mentions[k]) {
        if evidence.len() > MAX_CELL {
            break;
        }
        if !evidence.is_empty() {
            evidence.push(';');
        }
        let _ = write!(evidence, "{}:{}-{}", m.doc, m.span.start, m.span.end);
    }
    let (first_date, first_outlet) = first_published(&members);
    let mut outlets: Vec<&str> = Vec::new();
    for o in members.iter().filter_map(|m| m.meta.as_ref()?.outlet.as_deref()) {
        if !outlets.contains(&o) {
            outlets.push(o);
        }
    }
    let outlets = outlets.join("; ");
    [
        c.id.clone(),
        rep.text.trim().to_owned(),
        speaker,
        speaker_kind.as_str().to_owned(),
        kind.as_str().to_owned(),
        (members.len() + c.held_by.len()).to_string(),
        c.documents.to_string(),
        members[0].doc.clone(),
        first_date.to_owned(),
        first_outlet.to_owned(),
        outlets,
        c.wording_differs.to_string(),
        c.speaker_conflict.to_string(),
        speakers,
        variants,
        cues,
        rules,
        format!("{confidence:.2}"),
        evidence,
    ]
    .into_iter()
    .map(|cell| cap(cell, MAX_CELL))
    .collect()
}

/// The earliest dated copy's date and outlet: who published the quotation
/// first. Dates are compared as instants where they are ISO 8601; a date in
/// another form counts only when no copy has an ISO one.
fn first_published<'a>(members: &[&'a Mention]) -> (&'a str, &'a str) {
    members
        .iter()
        .filter_map(|m| {
            let meta = m.meta.as_deref()?;
            let date = meta.date.as_deref()?;
            Some(((meta.date_key().is_none(), meta.date_key()), date, meta.outlet.as_deref()))
        })
        .min_by_key(|&(key, _, _)| key)
        .map_or(("", ""), |(_, date, outlet)| (date, outlet.unwrap_or("")))
}

/// Spreadsheets refuse cells over 32,767 characters: cut and mark.
pub(crate) fn cap(cell: String, max: usize) -> String {
    if cell.len() <= max {
        return cell;
    }
    let mut end = max;
    while !cell.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… (cut)", &cell[..end])
}

/// The kind most members have; ties go to the more speech-like kind.
pub(crate) fn majority_kind(members: &[&Mention]) -> QuoteKind {
    const ORDER: [QuoteKind; 5] = [
        QuoteKind::Direct,
        QuoteKind::Partial,
        QuoteKind::Block,
        QuoteKind::Headline,
        QuoteKind::Term,
    ];
    ORDER
        .iter()
        .copied()
        .max_by_key(|k| {
            let n = members.iter().filter(|m| m.kind == *k).count();
            let rank = ORDER.len() - ORDER.iter().position(|o| o == k).expect("listed");
            (n, rank)
        })
        .expect("five kinds")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Extractor, cluster};

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
