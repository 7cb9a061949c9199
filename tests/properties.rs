//! Any input: no panic, every span in range and on char boundaries, and the
//! mention's text is exactly the text at its span.

use proptest::prelude::*;
use whosaid::{Document, Extractor};

fn check(text: &str) {
    let doc = Document::new("p.txt", text);
    for m in Extractor::new().extract(&doc) {
        assert!(m.span.start <= m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert_eq!(&text[m.span.start..m.span.end], m.text);
        assert!((0.0..=1.0).contains(&m.confidence));
        if let Some(c) = &m.cue {
            assert_eq!(&text[c.span.start..c.span.end], c.text);
        }
    }
}

/// Words, names, cues and every kind of quote mark, shuffled together.
fn soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "‹",
        "›",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "said",
        "told me",
        "according to",
        "he",
        "she",
        "Jan Leike",
        "Ines Moreau",
        "a source",
        "the company",
        "Mr.",
        "s'",
        "it's",
        "é",
        "字",
        "🙂",
        "—",
        "(",
        ")",
    ]);
    prop::collection::vec(pieces, 0..200).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn quote_mark_soups(text in soup()) {
        check(&text);
    }
}
