//! One JSON object per mention: what `eval/score.py --system` reads.

use std::io::Write;

use serde::Serialize;

use crate::dedup::Cluster;
use crate::error::{Error, Result};
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
        serde_json::to_writer(&mut w, &line(m))?;
        w.write_all(b"\n").map_err(io)?;
    }
    Ok(())
}

fn io(e: std::io::Error) -> Error {
    Error::Io { path: "<output>".into(), source: e }
}

#[derive(Serialize)]
struct ClusterLine<'a> {
    quote_id: &'a str,
    quote: &'a str,
    mentions: usize,
    documents: usize,
    wording_differs: bool,
    speaker_conflict: bool,
    speakers: Vec<(&'a str, usize)>,
    also: &'a [String],
    members: Vec<Line<'a>>,
}

/// Writes one line per cluster with its members in full.
pub fn write_clusters<W: Write>(
    mut w: W,
    mentions: &[Mention],
    clusters: &[Cluster],
) -> Result<()> {
    for c in clusters {
        let out = ClusterLine {
            quote_id: &c.id,
            quote: &mentions[c.representative].text,
            mentions: c.members.len(),
            documents: c.documents,
            wording_differs: c.wording_differs,
            speaker_conflict: c.speaker_conflict,
            speakers: c.speakers.iter().map(|(s, n)| (s.as_str(), *n)).collect(),
            also: &c.also,
            members: c.members.iter().map(|&k| line(&mentions[k])).collect(),
        };
        serde_json::to_writer(&mut w, &out)?;
        w.write_all(b"\n").map_err(io)?;
    }
    Ok(())
}

fn line(m: &Mention) -> Line<'_> {
    Line {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Extractor, cluster};

    #[test]
    fn mention_and_cluster_lines_round_trip_as_json() {
        let doc = Document::new("a.txt", "“We won,” said Ada Okafor.");
        let ms = Extractor::new().extract(&doc);
        let mut out = Vec::new();
        write_mentions(&mut out, &ms).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["start"], 3);
        assert_eq!(v["speaker"], "Ada Okafor");
        assert_eq!(v["cue"], "said");
        assert!(v.get("encoding").is_none());
        let mut out = Vec::new();
        write_clusters(&mut out, &ms, &cluster(&ms)).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["mentions"], 1);
        assert_eq!(v["members"][0]["text"], "We won,");
    }
}
