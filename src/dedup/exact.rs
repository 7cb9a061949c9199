//! Stage 1, the exact key: copies of one normalised text.

use rustc_hash::FxHashMap as HashMap;

use super::items::{Item, Sig, UnionFind};

/// Short texts ("historic") merge on the exact key only when they have the
/// same speaker: one word in two unrelated stories is no shared quotation.
/// Returns the first item of each distinct normalised text, in order.
pub(super) fn join(items: &[Item], uf: &mut UnionFind) -> Vec<usize> {
    // Repeats of a text share its signature: hash each normalised text
    // once, and each mention by its signature's address.
    let mut key_of_norm: HashMap<&str, usize> = HashMap::default();
    let mut key_of_sig: HashMap<*const Sig, usize> = HashMap::default();
    let mut by_key: Vec<Vec<usize>> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if it.sig.norm.is_empty() {
            continue;
        }
        let key = *key_of_sig.entry(std::sync::Arc::as_ptr(&it.sig)).or_insert_with(|| {
            let next = key_of_norm.len();
            *key_of_norm.entry(it.sig.norm.as_str()).or_insert(next)
        });
        if key == by_key.len() {
            by_key.push(Vec::new());
        }
        by_key[key].push(i);
    }
    for group in &by_key {
        let first = group[0];
        if items[first].sig.n_words >= 3 {
            for &i in &group[1..] {
                uf.union_copies(first, i);
            }
            continue;
        }
        // Join each member to the first of its class that is the same
        // speaker ("Leike", "Jan Leike"); another first name starts anew.
        let mut class_firsts: HashMap<&str, Vec<usize>> = HashMap::default();
        for &i in group {
            if let Some(class) = items[i].speaker.class() {
                let firsts = class_firsts.entry(class).or_default();
                match firsts.iter().find(|&&j| items[j].speaker.same(&items[i].speaker)) {
                    Some(&j) => {
                        uf.union_copies(j, i);
                    }
                    None => firsts.push(i),
                }
            }
        }
    }
    let mut uniq: Vec<usize> = by_key.iter().map(|g| g[0]).collect();
    uniq.sort_unstable();
    uniq
}
