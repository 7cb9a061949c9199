//! Stage 2, syndicated copies: the same article in many outlets (a wire
//! story) gives the rows of one copy. Two documents whose quotations are
//! the same texts at the same offsets, credited alike, are copies of one
//! article; each quotation joins its counterpart, terms, headlines and
//! one-word fragments included, which no other stage joins across
//! documents.

use rustc_hash::FxHashMap as HashMap;

use super::items::{Item, UnionFind};
use crate::extractor::Mention;

/// Joins the quotations of documents that are copies of one article. A
/// document qualifies with two quotations or more, one of them of three
/// words or more (so that the exact key puts its copies in one shard).
/// Returns, for each document, whether it copies another: the later
/// stages that compare documents look at one copy only.
pub(super) fn join(
    items: &[Item],
    mentions: &[Mention],
    order: &[usize],
    uf: &mut UnionFind,
) -> Vec<bool> {
    let n_docs = items.last().map_or(0, |i| i.doc() + 1);
    let mut copied = vec![false; n_docs];
    let mut by_print: HashMap<u64, Vec<std::ops::Range<usize>>> = HashMap::default();
    let mut start = 0;
    while start < items.len() {
        let doc = items[start].doc();
        let end = start + items[start..].iter().take_while(|i| i.doc() == doc).count();
        let range = start..end;
        start = end;
        if range.len() < 2 || !items[range.clone()].iter().any(|i| i.sig.n_words >= 3) {
            continue;
        }
        by_print.entry(fingerprint(mentions, order, range.clone())).or_default().push(range);
    }
    for copies in by_print.values().filter(|c| c.len() > 1) {
        let first = &copies[0];
        for other in &copies[1..] {
            // A hash collision must not join different articles.
            let same = first.len() == other.len()
                && first.clone().zip(other.clone()).all(|(a, b)| {
                    let (x, y) = (&mentions[order[a]], &mentions[order[b]]);
                    x.span == y.span
                        && x.text == y.text
                        && x.kind == y.kind
                        && x.speaker == y.speaker
                });
            if same {
                for (a, b) in first.clone().zip(other.clone()) {
                    uf.union_copies(a, b);
                }
                copied[items[other.start].doc()] = true;
            }
        }
    }
    copied
}

/// A hash of a document's quotations: their offsets, kinds, texts and
/// speakers.
fn fingerprint(mentions: &[Mention], order: &[usize], range: std::ops::Range<usize>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for k in range {
        let m = &mentions[order[k]];
        (m.span.start, m.span.end, m.kind.as_str(), m.text.as_str(), m.speaker.as_deref())
            .hash(&mut h);
    }
    h.finish()
}
