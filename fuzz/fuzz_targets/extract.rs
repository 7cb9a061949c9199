//! Any bytes in: decoding, extraction and dedup never panic, every span is in
//! range and on char boundaries, and each mention's text is its span.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::{Document, Extractor, cluster};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::from_bytes("fuzz.txt", data) else { return };
    let extractor = Extractor::new();
    let mentions = extractor.extract(&doc);
    for m in &mentions {
        assert!(m.span.start <= m.span.end && m.span.end <= doc.text.len());
        assert!(doc.text.is_char_boundary(m.span.start) && doc.text.is_char_boundary(m.span.end));
        assert_eq!(&doc.text[m.span.start..m.span.end], m.text);
    }
    let clusters = cluster(&mentions);
    assert_eq!(clusters.iter().map(|c| c.members.len()).sum::<usize>(), mentions.len());
});
