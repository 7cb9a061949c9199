//! Stage 5, document alignment: two documents that share most of their
//! quotations pair the rest in order.

use rustc_hash::FxHashMap as HashMap;

use super::items::{Item, UnionFind};
use crate::extractor::Mention;

/// Documents sharing at least this share of the smaller one's quotations
/// (and three or more) are rewordings of each other.
pub(super) const ALIGN_SHARE: f64 = 0.5;

pub(super) fn join(items: &[Item], mentions: &[Mention], order: &[usize], uf: &mut UnionFind) {
    let n_docs = items.iter().map(|i| i.doc + 1).max().unwrap_or(0);
    let mut docs: Vec<Vec<usize>> = vec![Vec::new(); n_docs];
    for (i, it) in items.iter().enumerate() {
        if mentions[order[i]].kind != crate::extractor::QuoteKind::Term {
            docs[it.doc].push(i);
        }
    }
    // Count shared clusters per document pair through each cluster's documents.
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::default();
    for (d, list) in docs.iter().enumerate() {
        let mut roots: Vec<usize> = list.iter().map(|&i| uf.find(i)).collect();
        roots.sort_unstable();
        roots.dedup();
        for r in roots {
            by_root.entry(r).or_default().push(d);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::default();
    for ds in by_root.values() {
        if ds.len() > 50 {
            continue;
        }
        for (x, &a) in ds.iter().enumerate() {
            for &b in &ds[x + 1..] {
                *shared.entry((a.min(b), a.max(b))).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&((a, b), n)| {
            let small = docs[a].len().min(docs[b].len());
            n >= 3 && n as f64 >= ALIGN_SHARE * small as f64
        })
        .map(|(p, _)| p)
        .collect();
    pairs.sort_unstable();
    for (a, b) in pairs {
        align(items, &docs[a], &docs[b], uf);
    }
}

/// Pairs, in order, the unlinked quotations lying between the same two
/// linked ones in both documents, when the gaps are the same length and the
/// speakers agree.
pub(super) fn align(items: &[Item], a: &[usize], b: &[usize], uf: &mut UnionFind) {
    // Anchors: positions linked across the two documents, increasing in both.
    let mut anchors: Vec<(usize, usize)> = vec![];
    let mut last_b = None;
    for (x, &i) in a.iter().enumerate() {
        let r = uf.find(i);
        let from = last_b.map_or(0, |l| l + 1);
        if let Some(y) = (from..b.len()).find(|&y| uf.find(b[y]) == r) {
            anchors.push((x, y));
            last_b = Some(y);
        }
    }
    let mut prev = (None, None);
    for &(x, y) in anchors.iter().chain(std::iter::once(&(a.len(), b.len()))) {
        let ga = prev.0.map_or(0, |p: usize| p + 1)..x;
        let gb = prev.1.map_or(0, |p: usize| p + 1)..y;
        if ga.len() == gb.len() {
            for (i, j) in ga.clone().zip(gb.clone()) {
                let (p, q) = (&items[a[i]], &items[b[j]]);
                let (lp, lq) = (p.sig.n_words, q.sig.n_words);
                let similar_length = lp.min(lq) * 2 >= lp.max(lq);
                if similar_length && p.speaker.same(&q.speaker) {
                    uf.union_copies(a[i], b[j]);
                }
            }
        }
        prev = (Some(x), Some(y));
    }
}
