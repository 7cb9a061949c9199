//! What the outputs for people (workbook, report) show of each copy: the
//! sentence it stands in, the words that name its speaker, and where its
//! link points.

use std::collections::HashMap;

use crate::document::Span;
use crate::extractor::Mention;

/// Document texts by document id: where the sentences around the copies come
/// from. A document missing here shows its quotation alone.
pub type Texts = HashMap<String, String>;

/// At most this many bytes of a sentence either side of the quotation: a
/// paragraph without full stops must not fill a cell.
const MAX_CONTEXT: usize = 400;

/// The sentence (or sentences) holding the quotation of `m`, its cue and its
/// speaker's words, within the paragraph, as a span of `text`. `None` when
/// `text` is not the text the mention was found in (its offsets do not
/// hold its words).
pub fn sentence(text: &str, m: &Mention) -> Option<Span> {
    if text.get(m.span.start..m.span.end) != Some(m.text.as_str()) {
        return None;
    }
    let mut lo = m.span.start;
    let mut hi = m.span.end;
    for s in m.cue.iter().map(|c| c.span).chain(speaker_words(text, m)) {
        if s.end <= text.len() && s.start.abs_diff(m.span.start) < MAX_CONTEXT {
            lo = lo.min(s.start);
            hi = hi.max(s.end);
        }
    }
    // Back to the end of the previous sentence or the line, forward to the
    // end of this one.
    let floor = floor_boundary(text, lo.saturating_sub(MAX_CONTEXT));
    let before = &text[floor..lo];
    let start = before.rfind(['\n', '.', '!', '?']).map_or(floor, |i| floor + i + 1).max(floor);
    let ceil = floor_boundary(text, (hi + MAX_CONTEXT).min(text.len()));
    let after = &text[hi..ceil];
    let end = match after.find(['\n', '.', '!', '?']) {
        Some(i) if after.as_bytes()[i] == b'\n' => hi + i,
        // A stop followed by a closing mark ends after the mark.
        Some(i) => {
            let rest = &after[i + 1..];
            let close = rest.len() - rest.trim_start_matches(['”', '’', '"', '\'', '»', ')']).len();
            hi + i + 1 + close
        }
        None => ceil,
    };
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    Some(Span::new(start + lead, start + lead + s[lead..].trim_end().len()))
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The words of `text` that name the speaker of `m`: its `speaker_span`
/// where that fits `text`; else (a mention read from older JSONL) its
/// `speaker_text` where it stands closest to the cue (else to the
/// quotation), outside the quotation, as a whole word.
pub fn speaker_words(text: &str, m: &Mention) -> Option<Span> {
    if let Some(s) = m.speaker_span.filter(|s| text.get(s.start..s.end).is_some()) {
        return Some(s);
    }
    let words = m.speaker_text.as_deref().filter(|w| !w.is_empty())?;
    let anchor = m.cue.as_ref().map_or(m.span.start, |c| c.span.start);
    let lo = floor_boundary(text, anchor.saturating_sub(MAX_CONTEXT).min(text.len()));
    let hi = floor_boundary(text, (anchor + MAX_CONTEXT).min(text.len()));
    let window = &text[lo..hi];
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    window
        .match_indices(words)
        .map(|(i, _)| Span::new(lo + i, lo + i + words.len()))
        .filter(|s| s.end <= m.span.start || s.start >= m.span.end)
        .filter(|s| {
            !is_word(text[..s.start].chars().next_back()) && !is_word(text[s.end..].chars().next())
        })
        .min_by_key(|s| s.start.abs_diff(anchor))
}

/// Where a copy's link points: its web address when known, else its file,
/// made absolute so that the link works wherever the workbook is moved.
pub fn link_target(doc: &str, url: Option<&str>) -> Option<String> {
    if let Some(u) = url.filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
        return Some(u.to_owned());
    }
    let path = std::path::absolute(doc).ok()?;
    let path = path.to_str()?;
    // Characters that end or break a link (`#` starts an anchor) stay text.
    if doc.is_empty() || path.contains(['#', '"', '<', '>']) {
        return None;
    }
    Some(format!("file:///{}", path.trim_start_matches('/')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Extractor};

    #[test]
    fn sentence_holds_the_quotation_cue_and_speaker() {
        let text = "The pier closed. “We cannot dredge in winter,” Moreau told reporters. \
                    Work resumes in May.\nNext line.";
        let ms = Extractor::new().extract(&Document::new("s.txt", text));
        let s = sentence(text, &ms[0]).unwrap();
        assert_eq!(&text[s.start..s.end], "“We cannot dredge in winter,” Moreau told reporters.");
        let w = speaker_words(text, &ms[0]).unwrap();
        assert_eq!(&text[w.start..w.end], "Moreau");
        // Without the span, the words are found again near the cue.
        let older = Mention { speaker_span: None, ..ms[0].clone() };
        assert_eq!(speaker_words(text, &older), Some(w));
        // Another text is refused, not sliced: too short, or other words there.
        assert!(sentence("short", &ms[0]).is_none());
        assert!(sentence(&text.replace("dredge", "drudge"), &ms[0]).is_none());
    }

    #[test]
    fn links_prefer_the_page_and_make_files_absolute() {
        assert_eq!(
            link_target("a.txt", Some("https://example.org/a")).as_deref(),
            Some("https://example.org/a")
        );
        let file = link_target("/news/a.txt", None).unwrap();
        assert_eq!(file, "file:///news/a.txt");
        let relative = link_target("news/a.txt", Some("javascript:alert(1)")).unwrap();
        assert!(relative.starts_with("file:///") && relative.ends_with("news/a.txt"));
        assert_eq!(link_target("a#b.txt", None), None);
    }
}
