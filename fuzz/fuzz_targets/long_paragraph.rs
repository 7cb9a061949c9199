//! Long single paragraphs built from the adversarial pieces (every kind of
//! quote mark, cues, pronouns, names, titles, apostrophes): each input byte
//! picks a piece, the next one how often it repeats. Extraction must keep
//! every span valid; a run of one piece is what once made a scan quadratic,
//! so libFuzzer's `-timeout` catches a stage that stops being linear.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::{Document, Extractor};

#[allow(dead_code)]
#[path = "../../benches/support/lcg.rs"]
mod lcg;
#[allow(dead_code)]
#[path = "../../benches/support/adversarial.rs"]
mod adversarial;

fuzz_target!(|data: &[u8]| {
    let mut text = String::new();
    for pair in data.chunks(2) {
        let piece = adversarial::PIECES[pair[0] as usize % adversarial::PIECES.len()];
        // Up to 4,096 copies: inputs of a few hundred bytes make megabytes.
        let times = pair.get(1).map_or(1, |&n| 1 + (n as usize).pow(2) / 16);
        for _ in 0..times {
            text.push_str(piece);
        }
    }
    let text = text.replace('\n', " ");
    let doc = Document::new("long.txt", text);
    for m in Extractor::new().extract(&doc) {
        assert!(m.span.start <= m.span.end && m.span.end <= doc.text.len());
        assert!(doc.text.is_char_boundary(m.span.start) && doc.text.is_char_boundary(m.span.end));
        assert_eq!(&doc.text[m.span.start..m.span.end], m.text);
    }
});
