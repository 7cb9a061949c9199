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
    let m =
        find(&ms, "When the mayor says, 'The ferry is safe,' nobody on this island believes her,");
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

/// A curly opening mark typed where the closing one belongs ends the
/// quotation there: the next quotation and the cue after it stay apart.
#[test]
fn an_opening_mark_typed_as_a_closer() {
    let t = "The river rose overnight.\n\n“We lost the lower field,“ said Brona Keane, a farmer. “The rest may go tomorrow.”";
    let ms = mentions(t);
    let m = find(&ms, "We lost the lower field,");
    assert_eq!(m.speaker.as_deref(), Some("Brona Keane"));
    assert_eq!(find(&ms, "The rest may go tomorrow.").speaker.as_deref(), Some("Brona Keane"));
}

/// Comments pasted from social media: an invisible direction mark and a
/// closing mark where the opening one belongs.
#[test]
fn pasted_comments_with_a_backwards_opener() {
    let t =
        "Readers answered the post.\n\n\u{202A}”This bakery saved our street!” wrote Adaeze Okoro.";
    let ms = mentions(t);
    let m = find(&ms, "This bakery saved our street!");
    assert_eq!(m.speaker.as_deref(), Some("Adaeze Okoro"));
}
