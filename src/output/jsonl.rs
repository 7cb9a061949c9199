//! One JSON object per mention: what `eval/score.py --system` reads.

use std::io::Write;

use serde::Serialize;

use crate::error::Result;
use crate::extractor::Mention;

#[derive(Serialize)]
struct Line<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    speaker: Option<&'a str>,
    speaker_kind: &'static str,
    speaker_text: Option<&'a str>,
    cue: Option<&'a str>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    rule: &'static str,
    confidence: f32,
    quote_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'static str>,
}

/// Writes one line per mention.
pub fn write_mentions<W: Write>(mut w: W, mentions: &[Mention]) -> Result<()> {
    for m in mentions {
        let line = Line {
            doc: &m.doc,
            start: m.span.start,
            end: m.span.end,
            text: &m.text,
            kind: m.kind.as_str(),
            speaker: m.speaker.as_deref(),
            speaker_kind: m.speaker_kind.as_str(),
            speaker_text: m.speaker_text.as_deref(),
            cue: m.cue.as_ref().map(|c| c.text.as_str()),
            cue_start: m.cue.as_ref().map(|c| c.span.start),
            cue_end: m.cue.as_ref().map(|c| c.span.end),
            rule: m.rule.as_str(),
            confidence: (m.confidence * 100.0).round() / 100.0,
            quote_id: &m.quote_id,
            encoding: m.encoding,
        };
        serde_json::to_writer(&mut w, &line)?;
        w.write_all(b"\n")
            .map_err(|e| crate::error::Error::Io { path: "<output>".into(), source: e })?;
    }
    Ok(())
}
