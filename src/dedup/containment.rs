//! Stage 2, containment: a fragment found word for word inside a longer
//! quotation.

use rustc_hash::FxHashMap as HashMap;

use super::items::{Item, Speaker, UnionFind};
use super::{MAX_POSTINGS, MIN_CONTENT_WORDS, SHINGLE};
use crate::text_key::{contains_words, shingles, word_hashes};

/// Links each fragment to the longer quotations it stands inside. A long
/// quotation containing fragments of several clusters joins the one of its
/// longest fragment and records the others in `also`.
pub(super) fn join(
    items: &[Item],
    uniq: &[usize],
    passed: &rustc_hash::FxHashSet<u64>,
    uf: &mut UnionFind,
) -> Vec<Vec<usize>> {
    let mut first: HashMap<u64, Vec<usize>> = HashMap::default();
    for &i in uniq {
        let it = &items[i];
        // A three-word fragment ("potential equity cancellation") is its own key.
        let size = SHINGLE.min(it.sig.n_words);
        if it.sig.content.len() >= MIN_CONTENT_WORDS - 1
            && let Some(h) = shingles(&word_hashes(&it.sig.norm), size).next()
        {
            first.entry(h).or_default().push(i);
        }
    }
    let mut also = vec![Vec::new(); items.len()];
    for &l in uniq {
        let long = &items[l];
        let mut found: Vec<usize> = Vec::new();
        let hashes = word_hashes(&long.sig.norm);
        for h in shingles(&hashes, SHINGLE).chain(shingles(&hashes, SHINGLE - 1)) {
            let Some(post) = first.get(&h) else { continue };
            if post.len() > MAX_POSTINGS || passed.contains(&h) {
                continue;
            }
            for &f in post {
                // Three content words are enough when the speaker is the same.
                let enough = items[f].sig.content.len() >= MIN_CONTENT_WORDS
                    || matches!(items[f].speaker, Speaker::Named(_))
                        && items[f].speaker.same(&long.speaker);
                if f != l
                    && enough
                    && items[f].sig.norm.len() < long.sig.norm.len()
                    && !found.contains(&f)
                    && contains_words(&long.sig.norm, &items[f].sig.norm)
                {
                    found.push(f);
                }
            }
        }
        if found.is_empty() {
            continue;
        }
        // Group the fragments by cluster; the longest fragment's wins.
        found.sort_by_key(|&f| (std::cmp::Reverse(items[f].sig.norm.len()), f));
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
