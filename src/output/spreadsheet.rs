//! The spreadsheet: CSV that opens cleanly in Excel, LibreOffice and Sheets.

use std::io::Write;

use crate::error::Result;
use crate::extractor::Mention;
use crate::output::defuse;

/// Writes one row per mention.
pub fn write_mentions<W: Write>(w: W, mentions: &[Mention]) -> Result<()> {
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record([
        "quote_id",
        "quote",
        "speaker",
        "speaker_kind",
        "kind",
        "doc",
        "start",
        "end",
        "cue",
        "rule",
        "confidence",
    ])?;
    for m in mentions {
        csv.write_record([
            defuse(&m.quote_id).as_ref(),
            &defuse(&m.text),
            &defuse(m.speaker.as_deref().unwrap_or("")),
            m.speaker_kind.as_str(),
            m.kind.as_str(),
            &defuse(&m.doc),
            &m.span.start.to_string(),
            &m.span.end.to_string(),
            &defuse(m.cue.as_ref().map_or("", |c| c.text.as_str())),
            m.rule.as_str(),
            &format!("{:.2}", m.confidence),
        ])?;
    }
    csv.flush().map_err(|e| crate::error::Error::Io { path: "<output>".into(), source: e })?;
    Ok(())
}
