//! Stage 3, containment: a fragment found word for word inside a longer
//! quotation.

use rustc_hash::FxHashMap as HashMap;

use super::exact::Distinct;
use super::items::{Item, Speaker, UnionFind};
use super::{MAX_POSTINGS, MIN_CONTENT_WORDS, SHINGLE};
use crate::text_key::{shingles, word_hashes};

/// Links each fragment to the longer quotations it stands inside. A long
/// quotation containing fragments of several clusters joins the one of its
/// longest fragment and records the others in `also`.
///
/// A fragment is posted under its first shingle; each longer quotation
/// looks up its own shingles, and a fragment found under the shingle at
/// word `p` is checked by comparing its text with the quotation's from word
/// `p` on: no substring search. The look-ups run on all cores, the joins
/// in canonical order after them.
///
/// Returns each item's other held fragments, or no list at all when no
/// item holds any.
pub(super) fn join(
    items: &[Item],
    distinct: &Distinct,
    passed: &rustc_hash::FxHashSet<u64>,
    uf: &mut UnionFind,
) -> Vec<Vec<usize>> {
    use rayon::prelude::*;
    let uniq = &distinct.first;
    let posted: Vec<Option<(u64, usize)>> = uniq
        .par_iter()
        .map(|&i| {
            let sig = &items[i].sig;
            // A three-word fragment ("potential equity cancellation") is its own key.
            let size = SHINGLE.min(sig.n_words);
            if sig.content.len() < MIN_CONTENT_WORDS - 1 {
                return None;
            }
            shingles(&word_hashes(&sig.norm), size).next().map(|h| (h, i))
        })
        .collect();
    let mut first: HashMap<u64, Vec<usize>> = HashMap::default();
    for (h, i) in posted.into_iter().flatten() {
        first.entry(h).or_default().push(i);
    }
    let found: Vec<(usize, Vec<usize>)> = uniq
        .par_iter()
        .filter_map(|&l| {
            let found = fragments_in(items, distinct, l, &first, passed);
            (!found.is_empty()).then_some((l, found))
        })
        .collect();
    // No list per item when no quotation holds another (most runs): the
    // later stages read an empty `also` as nothing held.
    let mut also = if found.is_empty() { Vec::new() } else { vec![Vec::new(); items.len()] };
    for (l, mut found) in found {
        // Group the fragments by cluster; the longest fragment's wins.
        found.sort_by_key(|&f| (std::cmp::Reverse(items[f].sig.norm.len()), distinct.rank(f)));
        let winner = found[0];
        uf.union(l, winner);
        for &f in &found[1..] {
            if uf.find(f) != uf.find(l) {
                also[l].push(f);
            }
        }
    }
    also
}

/// The posted fragments standing word for word inside item `l`.
fn fragments_in(
    items: &[Item],
    distinct: &Distinct,
    l: usize,
    first: &HashMap<u64, Vec<usize>>,
    passed: &rustc_hash::FxHashSet<u64>,
) -> Vec<usize> {
    let long = &items[l];
    let norm = long.sig.norm.as_str();
    let hashes = word_hashes(norm);
    // Byte offset of each word in the normalised text (single spaces).
    let starts: Vec<usize> = std::iter::once(0)
        .chain(norm.bytes().enumerate().filter(|&(_, b)| b == b' ').map(|(k, _)| k + 1))
        .collect();
    let mut found: Vec<usize> = Vec::new();
    for size in [SHINGLE, SHINGLE - 1] {
        for (p, h) in shingles(&hashes, size).enumerate() {
            let Some(post) = first.get(&h) else { continue };
            if post.len() > MAX_POSTINGS || passed.contains(&h) {
                continue;
            }
            for &f in post {
                let frag = &items[f];
                // Three content words are enough when the speaker is the same.
                let speaker = distinct.voice(items, f);
                let enough = frag.sig.content.len() >= MIN_CONTENT_WORDS
                    || matches!(speaker, Speaker::Named(_))
                        && speaker.same(distinct.voice(items, l));
                if f != l
                    && enough
                    && frag.sig.norm.len() < norm.len()
                    && stands_at(norm, starts[p], &frag.sig.norm)
                {
                    found.push(f);
                }
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// `small` stands in `big` from byte `at` (a word start) to a word end.
fn stands_at(big: &str, at: usize, small: &str) -> bool {
    let end = at + small.len();
    big.as_bytes().get(at..end) == Some(small.as_bytes())
        && (end == big.len() || big.as_bytes()[end] == b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_stands_at_a_word_start_up_to_a_word_end() {
        let big = "we will rebuild the harbour office";
        assert!(stands_at(big, 8, "rebuild the"));
        assert!(stands_at(big, 28, "office"));
        assert!(!stands_at(big, 8, "rebuild th"));
        assert!(!stands_at(big, 28, "office space"));
    }
}
