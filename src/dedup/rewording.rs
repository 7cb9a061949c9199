//! Stage 6, rewording: MinHash bands over words, every candidate pair
//! verified, and so are the two clusters' representatives.

use super::exact::Distinct;
use super::items::{Item, UnionFind, jaccard};
use super::{MAX_BUCKET, MIN_CONTENT_WORDS};
use crate::text_key::{all_words, mix};

/// MinHash bands and rows per band: with two rows a pair at content-word
/// Jaccard 0.3 shares a band with probability 0.85, at 0.1 with 0.18.
pub(super) const BANDS: usize = 20;
pub(super) const ROWS: usize = 2;

pub(crate) fn band_keys(content: &[u32]) -> [u64; BANDS] {
    let mut mins = [u64::MAX; BANDS * ROWS];
    for &w in content {
        for (k, m) in mins.iter_mut().enumerate() {
            let h = mix(u64::from(w) ^ (k as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            if h < *m {
                *m = h;
            }
        }
    }
    let mut keys = [0u64; BANDS];
    for (b, key) in keys.iter_mut().enumerate() {
        let mut h = (b as u64).wrapping_add(1);
        for r in 0..ROWS {
            h = mix(h ^ mins[b * ROWS + r]);
        }
        *key = h;
    }
    keys
}

/// Two quotations are rewordings of each other: enough shared words for
/// what their speakers say (the same speaker 0.3, unknown 0.45, different
/// 0.6: on the seeds no two different quotations by one speaker reach 0.3),
/// and lengths within a factor of 0.6.
pub(super) fn reworded(items: &[Item], distinct: &Distinct, a: usize, b: usize) -> bool {
    let (sa, sb) = (distinct.voice(items, a), distinct.voice(items, b));
    let (a, b) = (&items[a], &items[b]);
    // The lengths and the loosest threshold first: what the shards verify.
    if !could_reword(&a.sig.words, a.sig.content.len(), &b.sig.words, b.sig.content.len()) {
        return false;
    }
    if sa.same(sb) {
        return true;
    }
    let j = jaccard(&a.sig.words, &b.sig.words);
    if sa.conflicts(sb) {
        // Two people saying one thing needs more than shared words: a
        // rewording keeps its words in place from start to end, where two
        // quotations ending alike ("… what the harbour needs this winter")
        // share only their tails.
        j >= 0.6 && halves_agree(&a.sig.norm, &b.sig.norm)
    } else {
        j >= 0.45
    }
}

/// Shared words in both halves of two texts: the first halves' word sets
/// and the second halves' each meet at Jaccard 0.4 or more.
pub(super) fn halves_agree(a: &str, b: &str) -> bool {
    let halves = |t: &str| {
        let words: Vec<&str> = t.split(' ').collect();
        let (head, tail) = words.split_at(words.len() / 2);
        (all_words(&head.join(" ")), all_words(&tail.join(" ")))
    };
    let ((ha, ta), (hb, tb)) = (halves(a), halves(b));
    jaccard(&ha, &hb) >= 0.4 && jaccard(&ta, &tb) >= 0.4
}

/// Two rewordings of about the same length (within a fifth) are copies of
/// one whole text, not a fragment and a longer passage.
fn whole_copies(a: &Item, b: &Item) -> bool {
    let (la, lb) = (a.sig.n_words, b.sig.n_words);
    la.min(lb) * 5 >= la.max(lb) * 4
}

/// One text stands word for word inside the other: a trimmed copy, which
/// holds less than the whole. Its words are a subset of the other's first.
fn trimmed(a: &Item, b: &Item) -> bool {
    let (short, long) = if a.sig.norm.len() <= b.sig.norm.len() { (a, b) } else { (b, a) };
    super::items::is_subset(&short.sig.words, &long.sig.words)
        && crate::text_key::contains_words(&long.sig.norm, &short.sig.norm)
}

/// [`reworded`] for some speakers: the pair could be joined by the
/// rewording stage whoever said them.
pub(crate) fn could_reword(a: &[u32], a_content: usize, b: &[u32], b_content: usize) -> bool {
    let (la, lb) = (a.len(), b.len());
    a_content.min(b_content) >= MIN_CONTENT_WORDS
        && la.min(lb) * 5 >= la.max(lb) * 3
        && jaccard(a, b) >= 0.3
}

pub(super) fn join(
    items: &[Item],
    distinct: &Distinct,
    held: &[Vec<usize>],
    passed: &rustc_hash::FxHashSet<u64>,
    uf: &mut UnionFind,
) {
    use rayon::prelude::*;
    let eligible: Vec<usize> = distinct
        .first
        .iter()
        .copied()
        .filter(|&i| items[i].sig.content.len() >= MIN_CONTENT_WORDS)
        .collect();
    let keys: Vec<[u64; BANDS]> =
        eligible.par_iter().map(|&i| band_keys(&items[i].sig.words)).collect();
    // Representatives: the member with the most content words so far.
    // Until this stage joins a cluster, the candidate stands for it (the
    // earlier stages' root is the first member by path, not by content).
    let mut rep: Vec<u32> = vec![u32::MAX; items.len()];
    // One band at a time, verified at once: memory stays at one band's
    // entries, and the order (band, then the texts' order) is fixed.
    // Whether each set of whole copies holds other quotations: only then
    // do more copies of it matter.
    let mut holds = vec![false; items.len()];
    for (l, fragments) in held.iter().enumerate() {
        if !fragments.is_empty() {
            holds[uf.copy_of(l)] = true;
        }
    }
    let mut entries: Vec<(u64, u32)> = Vec::with_capacity(eligible.len());
    let mut candidates: Vec<(u64, u64, u32, u32)> = Vec::new();
    let mut bucket: Vec<(u64, u32)> = Vec::with_capacity(MAX_BUCKET);
    for band in 0..BANDS {
        entries.clear();
        entries.extend(eligible.iter().zip(&keys).map(|(&i, k)| (k[band], i as u32)));
        entries.par_sort_unstable();
        candidates.clear();
        for group in entries.chunk_by(|a, b| a.0 == b.0) {
            // A band shared by very many quotations is made of common words
            // and says nothing; real rewordings meet in their other bands.
            if group.len() > MAX_BUCKET || passed.contains(&group[0].0) {
                continue;
            }
            // Candidates are verified in the order of their texts, not of
            // their paths.
            bucket.clear();
            bucket.extend(group.iter().map(|&(_, i)| (distinct.rank(i as usize), i)));
            bucket.sort_unstable();
            for (x, &(ra, a)) in bucket.iter().enumerate() {
                for &(rb, b) in &bucket[x + 1..] {
                    if items[a as usize].doc() != items[b as usize].doc() {
                        candidates.push((ra, rb, a, b));
                    }
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &(_, _, a, b) in &candidates {
            let (a, b) = (a as usize, b as usize);
            let (ra, rb) = (uf.find(a), uf.find(b));
            let whole = whole_copies(&items[a], &items[b]);
            if ra == rb {
                // Already one quotation, perhaps through a fragment: still
                // record two whole copies (they hold the same quotations).
                let (ca, cb) = (uf.copy_of(a), uf.copy_of(b));
                if whole
                    && ca != cb
                    && (holds[ca] || holds[cb])
                    && !trimmed(&items[a], &items[b])
                    && reworded(items, distinct, a, b)
                {
                    uf.union_copies(a, b);
                    holds[uf.copy_of(a)] = true;
                }
                continue;
            }
            if !reworded(items, distinct, a, b) {
                continue;
            }
            let stands = |r: usize, x: usize| if rep[r] == u32::MAX { x } else { rep[r] as usize };
            let (pa, pb) = (stands(ra, a), stands(rb, b));
            // The clusters as wholes must agree too, or a chain would grow.
            if (pa != a || pb != b) && !reworded(items, distinct, pa, pb) {
                continue;
            }
            // A fragment may pass for a loose rewording of a longer
            // passage: only texts of about one length are whole copies.
            if whole {
                let either = holds[uf.copy_of(a)] || holds[uf.copy_of(b)];
                uf.union_copies(a, b);
                holds[uf.copy_of(a)] = either;
            } else {
                uf.union(a, b);
            }
            let root = uf.find(a);
            let size = |p: usize| (items[p].sig.content.len(), std::cmp::Reverse(distinct.rank(p)));
            rep[root] = if size(pa) >= size(pb) { pa } else { pb } as u32;
        }
    }
}
