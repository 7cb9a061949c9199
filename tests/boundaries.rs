//! Quotation boundaries end to end, on texts of our own: the marks other
//! extractors' test suites and typewriter-era archives use, read as
//! quotations with their speakers.

use whosaid::{Document, Extractor, Mention, QuoteKind};

fn mentions(text: &str) -> Vec<Mention> {
    Extractor::new().extract(&Document::new("b.txt", text))
}

fn find<'a>(ms: &'a [Mention], quote: &str) -> &'a Mention {
    ms.iter().find(|m| m.text == quote).unwrap_or_else(|| panic!("{quote:?} in {ms:#?}"))
}

/// Archive text sets quotations in two apostrophes and nests single ones:
/// the outer quotation is found whole, as a direct quotation of its speaker.
#[test]
fn doubled_apostrophes_with_a_nested_quotation() {
    let t = "The council met on Tuesday.\n\n''When the mayor says, 'The ferry is safe,' nobody on this island believes her,'' said Colm Reddan, a harbour pilot.\n\n''We have asked for the inspection reports twice,'' Mr. Reddan added.";
    let ms = mentions(t);
    let m = find(&ms, "When the mayor says, 'The ferry is safe,' nobody on this island believes her,");
    assert_eq!(m.kind, QuoteKind::Direct);
    assert_eq!(m.speaker.as_deref(), Some("Colm Reddan"));
    let m = find(&ms, "We have asked for the inspection reports twice,");
    assert_eq!(m.kind, QuoteKind::Direct);
    assert_eq!(m.speaker.as_deref(), Some("Colm Reddan"));
}

/// A short paragraph that is a whole quotation closed by `.''` is a
/// sentence, not a subhead.
#[test]
fn a_closing_doubled_mark_ends_a_sentence() {
    let t = "The depot opened in May.\n\nIt cost more than planned.\n\nThe manager was asked about it.\n\n''We will be back next year.''\n\nThe bus ran late.";
    let ms = mentions(t);
    let m = find(&ms, "We will be back next year.");
    assert_ne!(m.kind, QuoteKind::Headline, "{m:#?}");
}
