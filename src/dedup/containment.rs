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
/// `p` on: no substring search. The comparisons of each quotation are
/// bounded by its length ([`COMPARED_PER_BYTE`]). The look-ups run on all
/// cores, the joins in canonical order after them.
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
    let mut budget = COMPARED_PER_BYTE * norm.len();
    'search: for size in [SHINGLE, SHINGLE - 1] {
        for (p, h) in shingles(&hashes, size).enumerate() {
            let Some(post) = first.get(&h) else { continue };
            if post.len() > MAX_POSTINGS || passed.contains(&h) {
                continue;
            }
            for &f in post {
                let frag = &items[f];
                // The text first: comparing names costs more, and a long
                // paragraph checks the same few fragments at every word.
                if f == l || frag.sig.norm.len() >= norm.len() {
                    continue;
                }
                let (stands, compared) = stands_at(norm, starts[p], &frag.sig.norm);
                budget = budget.saturating_sub(compared);
                if budget == 0 {
                    break 'search;
                }
                if !stands {
                    continue;
                }
                // Three content words are enough when the speaker is the same.
                let speaker = distinct.voice(items, f);
                if frag.sig.content.len() >= MIN_CONTENT_WORDS
                    || matches!(speaker, Speaker::Named(_))
                        && speaker.same(distinct.voice(items, l))
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

/// Bytes compared per byte of a quotation, at most, while looking for the
/// fragments it holds. News text compares about one; a paragraph of one
/// phrase repeated ("“It is fine,” he said and then …") posts hundreds of
/// fragments sharing their first words with the quotation at every word,
/// and without a bound compared more per byte the longer the paragraph
/// (58 MB of comparisons at 4 MB, 400 MB at 16). A quotation whose budget
/// runs out keeps the fragments found so far.
const COMPARED_PER_BYTE: usize = 16;

/// Whether `small` stands in `big` from byte `at` (a word start) to a word
/// end, and the bytes compared to tell.
fn stands_at(big: &str, at: usize, small: &str) -> (bool, usize) {
    let shared = common_prefix(small.as_bytes(), &big.as_bytes()[at..]);
    let end = at + small.len();
    let stands = shared == small.len() && (end == big.len() || big.as_bytes()[end] == b' ');
    (stands, shared + 1)
}

/// Bytes `a` and `b` share from their start: sixteen at a time first.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let whole = a.chunks_exact(16).zip(b.chunks_exact(16)).take_while(|(x, y)| x == y).count() * 16;
    whole + a[whole..].iter().zip(&b[whole..]).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_stands_at_a_word_start_up_to_a_word_end() {
        let big = "we will rebuild the harbour office";
        assert_eq!(stands_at(big, 8, "rebuild the"), (true, 12));
        assert!(stands_at(big, 28, "office").0);
        assert!(!stands_at(big, 8, "rebuild th").0);
        assert_eq!(stands_at(big, 28, "office space"), (false, 7));
        assert_eq!(stands_at(big, 8, "rebuilt"), (false, 7));
    }

    #[test]
    fn common_prefixes_of_any_length() {
        let long = "we will rebuild the harbour office and the quay".repeat(3);
        assert_eq!(common_prefix(long.as_bytes(), long.as_bytes()), long.len());
        assert_eq!(common_prefix(b"rebuild the", b"rebuild them"), 11);
        assert_eq!(common_prefix(b"rebuild", b"rebuilt"), 6);
        assert_eq!(common_prefix(b"", b"x"), 0);
        let mut other = long.clone().into_bytes();
        other[37] = b'X';
        assert_eq!(common_prefix(long.as_bytes(), &other), 37);
    }
}
