//! Stage 8, short fragments: a fragment of one or two content words
//! ("crucial", "deeply troubling") that no other stage can place joins the
//! one quotation of the same named speaker that holds it word for word, in
//! a document of the same story (two documents of one story share two
//! quotations or more).

use super::exact::Distinct;
use super::items::{Item, Speaker, UnionFind};
use super::{MAX_STORY_DOCS, MIN_CONTENT_WORDS, SAME_STORY};
use crate::text_key::contains_words;

pub(super) fn join(items: &[Item], distinct: &Distinct, uf: &mut UnionFind) {
    use rayon::prelude::*;
    // Most quotations are no such fragment: find those first, and build
    // the documents' stories only when there are some.
    let short: Vec<usize> = (0..items.len())
        .filter(|&f| {
            (1..MIN_CONTENT_WORDS - 1).contains(&items[f].sig.content.len())
                && matches!(distinct.voice(items, f), Speaker::Named(_))
        })
        .collect();
    if short.is_empty() {
        return;
    }
    let n_docs = items.last().map_or(0, |i| i.doc() + 1);
    let mut docs: Vec<Vec<usize>> = vec![Vec::new(); n_docs];
    for (i, it) in items.iter().enumerate() {
        docs[it.doc()].push(i);
    }
    let roots: Vec<u32> = (0..items.len()).map(|i| uf.find(i) as u32).collect();
    let (by_root, shared) = super::shared_clusters(&docs, &roots, MAX_STORY_DOCS);
    let mut story: Vec<Vec<usize>> = vec![Vec::new(); n_docs];
    for (&(a, b), &n) in &shared {
        if n >= SAME_STORY {
            story[a].push(b);
            story[b].push(a);
        }
    }
    // A fragment by a named speaker whose quotation is in no other
    // document yet; a story too widely told to search is passed over.
    let fragments: Vec<usize> = short
        .into_iter()
        .filter(|&f| {
            (1..=MAX_STORY_DOCS).contains(&story[items[f].doc()].len())
                && by_root.get(&roots[f]).is_some_and(|ds| ds.len() == 1)
        })
        .collect();
    let links: Vec<(usize, usize)> = fragments
        .par_iter()
        .filter_map(|&f| {
            let frag = &items[f];
            let speaker = distinct.voice(items, f);
            let mut holders: Vec<usize> = story[frag.doc()]
                .iter()
                .flat_map(|&d| &docs[d])
                .copied()
                .filter(|&q| {
                    let it = &items[q];
                    roots[q] != roots[f]
                        && it.sig.norm.len() > frag.sig.norm.len()
                        && distinct.voice(items, q).same(speaker)
                        && contains_words(&it.sig.norm, &frag.sig.norm)
                })
                .collect();
            holders.sort_unstable_by_key(|&q| roots[q]);
            holders.dedup_by_key(|q| roots[*q]);
            // One quotation only: two would leave the fragment's place open.
            (holders.len() == 1).then(|| (f, holders[0]))
        })
        .collect();
    for (f, q) in links {
        uf.union(f, q);
    }
}
