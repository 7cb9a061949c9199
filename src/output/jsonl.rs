//! One JSON object per mention: what `eval/score.py --system` reads, and
//! what `whosaid cluster` and `whosaid sheet` read back.

use std::io::Write;

use serde::Serialize;

use crate::attribution::{Rule, SpeakerKind};
use crate::dedup::ClusterList;
use crate::document::Span;
use crate::error::{Error, Result};
use crate::extractor::{Cue, Mention, QuoteKind};

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
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    cue: Option<&'a str>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    rule: &'static str,
    confidence: f32,
    quote_id: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    also: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'static str>,
    // Where the copy was published, when the document says.
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
}

/// Writes one line per mention.
pub fn write_mentions<W: Write>(mut w: W, mentions: &[Mention]) -> Result<()> {
    for m in mentions {
        serde_json::to_writer(&mut w, &line(m))?;
        w.write_all(b"\n").map_err(io)?;
    }
    Ok(())
}

/// Writes one line per mention with the keys that dedup groups it under
/// ([`crate::keys`]): what the map side of a distributed run emits.
pub fn write_keyed_mentions<W: Write>(mut w: W, mentions: &[Mention]) -> Result<()> {
    #[derive(Serialize)]
    struct Keyed<'a> {
        #[serde(flatten)]
        line: Line<'a>,
        text_key: String,
        keys: Vec<(String, usize)>,
        probes: Vec<String>,
    }
    for m in mentions {
        let k = crate::shards::keys(m);
        let out = Keyed { line: line(m), text_key: k.text, keys: k.links, probes: k.probes };
        serde_json::to_writer(&mut w, &out)?;
        w.write_all(b"\n").map_err(io)?;
    }
    Ok(())
}

/// A mention line as written by [`write_mentions`]; other fields (keys) are
/// ignored.
#[derive(serde::Deserialize)]
struct OwnedLine {
    doc: String,
    start: usize,
    end: usize,
    text: String,
    kind: String,
    speaker: Option<String>,
    speaker_kind: String,
    speaker_text: Option<String>,
    #[serde(default)]
    speaker_start: Option<usize>,
    #[serde(default)]
    speaker_end: Option<usize>,
    cue: Option<String>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    rule: String,
    confidence: f32,
    #[serde(default)]
    quote_id: String,
    #[serde(default)]
    also: Vec<String>,
    #[serde(default)]
    encoding: Option<String>,
    #[serde(flatten)]
    meta: crate::document::Meta,
}

/// Reads back one line written by [`write_mentions`] (or with keys);
/// `line_no` (1-based) names the line in the error.
pub fn read_mention(line: &str, line_no: usize) -> Result<Mention> {
    let bad = |message: String| Error::BadMention { line: line_no, message };
    let l: OwnedLine = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
    if l.start > l.end {
        return Err(bad(format!("start {} is after end {}", l.start, l.end)));
    }
    let kind = QuoteKind::from_name(&l.kind).ok_or_else(|| bad(format!("kind {:?}", l.kind)))?;
    let speaker_kind = SpeakerKind::from_name(&l.speaker_kind)
        .ok_or_else(|| bad(format!("speaker_kind {:?}", l.speaker_kind)))?;
    let rule = Rule::from_name(&l.rule).ok_or_else(|| bad(format!("rule {:?}", l.rule)))?;
    let cue = match (l.cue, l.cue_start, l.cue_end) {
        (Some(text), Some(start), Some(end)) if start <= end => {
            Some(Box::new(Cue { text, span: Span { start, end } }))
        }
        (None, _, _) => None,
        _ => return Err(bad("cue without a valid cue_start and cue_end".into())),
    };
    let speaker_span = match (l.speaker_start, l.speaker_end) {
        (Some(start), Some(end)) if start <= end => Some(Span { start, end }),
        (None, None) => None,
        _ => return Err(bad("speaker_start and speaker_end must come together, in order".into())),
    };
    let encoding = match l.encoding {
        Some(label) => Some(
            encoding_rs::Encoding::for_label(label.as_bytes())
                .ok_or_else(|| bad(format!("encoding {label:?}")))?
                .name(),
        ),
        None => None,
    };
    Ok(Mention {
        doc: crate::Doc::new(&l.doc, encoding, (!l.meta.is_empty()).then_some(l.meta)),
        span: Span { start: l.start, end: l.end },
        text: l.text,
        kind,
        speaker: l.speaker,
        speaker_kind,
        speaker_text: l.speaker_text.map(String::into_boxed_str),
        speaker_span,
        cue,
        rule,
        confidence: l.confidence,
        quote_id: l.quote_id,
        also: l.also,
    })
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
    speaker: Option<&'a str>,
    speakers: Vec<(&'a str, usize)>,
    also: &'a [String],
    members: Vec<Line<'a>>,
}

/// Writes one line per cluster with its members in full.
pub fn write_clusters<W: Write>(
    mut w: W,
    mentions: &[Mention],
    clusters: &(impl ClusterList + ?Sized),
) -> Result<()> {
    for i in 0..clusters.count() {
        let c = clusters.cluster(i, mentions);
        let out = ClusterLine {
            quote_id: &c.id,
            quote: &mentions[c.representative].text,
            mentions: c.members.len(),
            documents: c.documents,
            wording_differs: c.wording_differs,
            speaker_conflict: c.speaker_conflict,
            speaker: c.speaker.as_deref(),
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
        speaker_start: m.speaker_span.map(|s| s.start),
        speaker_end: m.speaker_span.map(|s| s.end),
        cue: m.cue.as_ref().map(|c| c.text.as_str()),
        cue_start: m.cue.as_ref().map(|c| c.span.start),
        cue_end: m.cue.as_ref().map(|c| c.span.end),
        rule: m.rule.as_str(),
        confidence: (m.confidence * 100.0).round() / 100.0,
        quote_id: &m.quote_id,
        also: &m.also,
        encoding: m.encoding(),
        outlet: m.meta().and_then(|s| s.outlet.as_deref()),
        date: m.meta().and_then(|s| s.date.as_deref()),
        url: m.meta().and_then(|s| s.url.as_deref()),
        title: m.meta().and_then(|s| s.title.as_deref()),
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
        // The speaker's words at this place: "Ada Okafor" after "said ".
        let (a, b) = (v["speaker_start"].as_u64().unwrap(), v["speaker_end"].as_u64().unwrap());
        assert_eq!(&doc.text[a as usize..b as usize], "Ada Okafor");
        assert_eq!(read_mention(std::str::from_utf8(&out).unwrap().trim(), 1).unwrap(), ms[0]);
        assert_eq!(v["cue"], "said");
        assert!(v.get("encoding").is_none());
        let mut out = Vec::new();
        write_clusters(&mut out, &ms, &cluster(&ms)).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["mentions"], 1);
        assert_eq!(v["members"][0]["text"], "We won,");
    }
}
