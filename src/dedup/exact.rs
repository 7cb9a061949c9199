//! Stage 1, the exact key: copies of one normalised text.

use rustc_hash::FxHashMap as HashMap;

use super::items::{Item, Sig, Speaker, UnionFind};

/// Each distinct normalised text once: its first item, and the speaker that
/// all its copies give it.
pub(super) struct Distinct {
    /// The first item of each distinct normalised text, in order.
    pub(super) first: Vec<usize>,
    /// Each item's distinct text (an index into `first`'s groups; `u32::MAX`
    /// for an empty text).
    text_of: Vec<u32>,
    /// The speaker of each distinct text whose copies name several.
    voices: HashMap<u32, Speaker>,
    /// A hash of each distinct normalised text: ties are broken by it, so
    /// that they go by content, never by path (a sort of the texts would
    /// cost as much as a stage).
    rank_of_text: Vec<u64>,
}

impl Distinct {
    /// Who says the text of item `i`, as all its copies tell: the later
    /// stages compare texts, not the first copy's credit.
    pub(super) fn voice<'a>(&'a self, items: &'a [Item], i: usize) -> &'a Speaker {
        self.voices.get(&self.text_of[i]).unwrap_or(&items[i].speaker)
    }

    /// Item `i`'s place in the order that breaks ties: the hash of its
    /// normalised text (`u64::MAX` for an empty text).
    pub(super) fn rank(&self, i: usize) -> u64 {
        self.rank_of_text.get(self.text_of[i] as usize).copied().unwrap_or(u64::MAX)
    }
}

/// The speaker most copies name (then the fullest name, then the first in
/// alphabetical order); else anonymous if one copy says so; else unknown.
fn voice_of(items: &[Item], group: &[usize]) -> Speaker {
    let mut counts: HashMap<&Speaker, usize> = HashMap::default();
    for &i in group {
        *counts.entry(&items[i].speaker).or_default() += 1;
    }
    let rank = |s: &Speaker| match s {
        Speaker::Named(n) => (2, n.len()),
        Speaker::Anonymous => (1, 0),
        Speaker::Unknown => (0, 0),
    };
    let best = counts
        .into_iter()
        .max_by(|(a, na), (b, nb)| {
            let (ka, kb) = (rank(a), rank(b));
            (ka.0, *na, ka.1)
                .cmp(&(kb.0, *nb, kb.1))
                .then_with(|| speaker_name(b).cmp(speaker_name(a)))
        })
        .map(|(s, _)| s.clone());
    best.unwrap_or(Speaker::Unknown)
}

fn speaker_name(s: &Speaker) -> &str {
    match s {
        Speaker::Named(n) => n,
        _ => "",
    }
}

/// Short texts ("historic") merge on the exact key only when they have the
/// same speaker: one word in two unrelated stories is no shared quotation.
pub(super) fn join(items: &[Item], uf: &mut UnionFind) -> Distinct {
    // Repeats of a text share its signature: hash each normalised text
    // once, and each mention by its signature's address.
    let mut key_of_norm: HashMap<&str, usize> = HashMap::default();
    let mut key_of_sig: HashMap<*const Sig, usize> = HashMap::default();
    // Each item's text, then the items of each text in one flat list (a
    // vector per text grew by doubling to 8 MB for one text quoted 571,000
    // times).
    let mut text_of = vec![u32::MAX; items.len()];
    for (i, it) in items.iter().enumerate() {
        if it.sig.norm.is_empty() {
            continue;
        }
        let key = *key_of_sig.entry(std::sync::Arc::as_ptr(&it.sig)).or_insert_with(|| {
            let next = key_of_norm.len();
            *key_of_norm.entry(it.sig.norm.as_str()).or_insert(next)
        });
        text_of[i] = key as u32;
    }
    let n_keys = key_of_norm.len();
    drop((key_of_norm, key_of_sig));
    let mut starts = vec![0u32; n_keys + 1];
    for &k in text_of.iter().filter(|&&k| k != u32::MAX) {
        starts[k as usize + 1] += 1;
    }
    for k in 0..n_keys {
        starts[k + 1] += starts[k];
    }
    let mut next = starts[..n_keys].to_vec();
    let mut members = vec![0u32; starts[n_keys] as usize];
    for (i, &k) in text_of.iter().enumerate().filter(|(_, k)| **k != u32::MAX) {
        members[next[k as usize] as usize] = i as u32;
        next[k as usize] += 1;
    }
    drop(next);
    // The items of text `k`, in order.
    let group =
        |k: usize| members[starts[k] as usize..starts[k + 1] as usize].iter().map(|&i| i as usize);
    for k in 0..n_keys {
        let first = group(k).next().expect("a text has an item");
        if items[first].sig.n_words >= 3 {
            for i in group(k).skip(1) {
                uf.union_copies(first, i);
            }
            continue;
        }
        // Join each member to the first of its class that is the same
        // speaker ("Leike", "Jan Leike"); another first name starts anew.
        let mut class_firsts: HashMap<&str, Vec<usize>> = HashMap::default();
        for i in group(k) {
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
    let mut voices = HashMap::default();
    let firsts: Vec<usize> = (0..n_keys).map(|k| group(k).next().expect("an item")).collect();
    for (k, &first) in firsts.iter().enumerate() {
        // Copies of a short text are one quotation only by one speaker:
        // they keep their own.
        let joined = items[first].sig.n_words >= 3;
        if joined && group(k).skip(1).any(|i| items[i].speaker != items[first].speaker) {
            let list: Vec<usize> = group(k).collect();
            voices.insert(k as u32, voice_of(items, &list));
        }
    }
    let rank_of_text: Vec<u64> =
        firsts.iter().map(|&f| crate::text_key::fnv1a(items[f].sig.norm.as_bytes())).collect();
    let mut first = firsts;
    first.sort_unstable();
    Distinct { first, text_of, voices, rank_of_text }
}
