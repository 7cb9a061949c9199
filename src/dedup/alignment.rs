//! Stage 7, document alignment: two documents that share most of their
//! quotations pair the rest in order.

use super::exact::Distinct;
use super::items::{Item, UnionFind};
use crate::extractor::Mention;

/// Documents sharing at least this share of the smaller one's quotations
/// (and three or more) are rewordings of each other.
pub(super) const ALIGN_SHARE: f64 = 0.5;

/// Longer pairs of documents than this (quotations of one times the
/// other's) are not aligned: the common sequence costs their product.
const MAX_ALIGN_CELLS: usize = 1 << 22;

pub(super) fn join(
    items: &[Item],
    distinct: &Distinct,
    copied: &[bool],
    mentions: &[Mention],
    order: &[usize],
    uf: &mut UnionFind,
) {
    use rayon::prelude::*;
    let n_docs = items.iter().map(|i| i.doc() + 1).max().unwrap_or(0);
    let mut docs: Vec<Vec<usize>> = vec![Vec::new(); n_docs];
    for (i, it) in items.iter().enumerate() {
        // Headlines echo the article out of order: no anchors, no gaps. A
        // copy of another article is aligned through that one.
        if mentions[order[i]].kind != crate::extractor::QuoteKind::Term
            && !it.headline
            && !copied[it.doc()]
        {
            docs[it.doc()].push(i);
        }
    }
    // Every pair reads the clusters as the earlier stages left them and
    // the links are joined after: the pairs' order (their paths') is moot.
    let roots: Vec<u32> = (0..items.len()).map(|i| uf.find(i) as u32).collect();
    // Count shared clusters per document pair through each cluster's documents.
    let (_, shared) = super::shared_clusters(&docs, &roots, 50);
    let mut pairs: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&((a, b), n)| {
            let small = docs[a].len().min(docs[b].len());
            n >= 3
                && n as f64 >= ALIGN_SHARE * small as f64
                && docs[a].len() * docs[b].len() <= MAX_ALIGN_CELLS
        })
        .map(|(p, _)| p)
        .collect();
    pairs.sort_unstable();
    let links: Vec<(usize, usize)> = pairs
        .par_iter()
        .flat_map_iter(|&(a, b)| align(items, distinct, &docs[a], &docs[b], &roots))
        .collect();
    for (x, y) in links {
        uf.union_copies(x, y);
    }
}

/// The anchors of two documents' quotation sequences: the longest common
/// subsequence of their clusters. Where two choices are as long, the
/// quotation whose text sorts first is passed over, so that swapping the
/// documents gives the same anchors.
fn anchors(distinct: &Distinct, a: &[usize], b: &[usize], roots: &[u32]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if roots[a[i]] == roots[b[j]] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if roots[a[i]] == roots[b[j]] && lcs[at(i, j)] == lcs[at(i + 1, j + 1)] + 1 {
            out.push((i, j));
            i += 1;
            j += 1;
        } else {
            let (skip_a, skip_b) = (lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            if skip_a > skip_b || skip_a == skip_b && distinct.rank(a[i]) <= distinct.rank(b[j]) {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    out
}

/// Pairs, in order, the unlinked quotations lying between the same two
/// anchors in both documents, when the gaps are the same length and the
/// speakers agree.
fn align(
    items: &[Item],
    distinct: &Distinct,
    a: &[usize],
    b: &[usize],
    roots: &[u32],
) -> Vec<(usize, usize)> {
    let mut links = Vec::new();
    let mut prev = (None, None);
    let ends = std::iter::once((a.len(), b.len()));
    for (x, y) in anchors(distinct, a, b, roots).into_iter().chain(ends) {
        let ga = prev.0.map_or(0, |p: usize| p + 1)..x;
        let gb = prev.1.map_or(0, |p: usize| p + 1)..y;
        if ga.len() == gb.len() {
            for (i, j) in ga.zip(gb) {
                let (p, q) = (&items[a[i]], &items[b[j]]);
                let (lp, lq) = (p.sig.n_words, q.sig.n_words);
                let similar_length = lp.min(lq) * 2 >= lp.max(lq);
                if similar_length && p.speaker.same(&q.speaker) {
                    links.push((a[i], b[j]));
                }
            }
        }
        prev = (Some(x), Some(y));
    }
    links
}
