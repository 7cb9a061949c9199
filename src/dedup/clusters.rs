//! The clusters that the stages' groups make: representative, id, `also`
//! links, and the flags for disagreeing copies.

use rustc_hash::FxHashMap as HashMap;

use super::Cluster;
use super::items::{Item, Sig, Speaker, prepare};
use super::list::{ANONYMOUS, Clusters, Entry, credit};
use crate::attribution::SpeakerKind;
use crate::extractor::Mention;
use crate::text_key::{
    contains_words, elided, fnv1a, hash_of_parts, key_of_hash, key_of_parts, normalize,
    parts_in_order,
};

/// The clusters that the mentions' own `quote_id`s make, described as
/// [`cluster`] describes its own, with the `also` links the mentions carry:
/// for mentions clustered elsewhere, or whose ids a person has edited.
pub fn clusters_by_id(mentions: &[Mention]) -> Vec<Cluster> {
    by_id(mentions).into_vec(mentions)
}

fn by_id(mentions: &[Mention]) -> Clusters {
    let (order, items) = prepare(mentions);
    let mut by_id: indexmap::IndexMap<&str, Vec<usize>> = indexmap::IndexMap::new();
    for (i, &k) in order.iter().enumerate() {
        by_id.entry(mentions[k].quote_id.as_str()).or_default().push(i);
    }
    let ids: Vec<String> = by_id.keys().map(|&k| k.to_owned()).collect();
    let groups = Groups::from_lists(by_id.into_values());
    assemble(mentions, &order, &items, groups, Some(ids), Held::ByIds, true)
}

/// A cluster's id, decided by its representative alone so that any run
/// that forms the same cluster (one machine, or one shard of many) names it
/// alike: the normalised text when it has three words or more (all its
/// copies are then in this cluster); a short text adds its speaker (the
/// exact stage joins a short text only with the same speaker), and a short
/// text of nobody in particular adds its place.
pub(super) fn cluster_id(rep: &Item, mention: &Mention) -> String {
    key_of_hash(cluster_hash(rep, mention))
}

/// The hash that [`cluster_id`] writes out.
fn cluster_hash(rep: &Item, mention: &Mention) -> u64 {
    let norm = rep.sig.norm.as_str();
    if rep.sig.n_words >= 3 {
        return fnv1a(norm.as_bytes());
    }
    match rep.speaker.class() {
        Some(class) if !norm.is_empty() => hash_of_parts(&[norm, class], None),
        _ => {
            let text = if norm.is_empty() { mention.text.as_str() } else { norm };
            hash_of_parts(&[text, &mention.doc], Some(mention.span.start))
        }
    }
}

/// The fullest name of the person most copies credit, counting the names
/// of one person together ("Leike" (2) and "Jan Leike" (1) are "Jan Leike"
/// (3)); none when unnamed sources outnumber them, or nobody is named.
fn fullest_speaker(speakers: &[(String, usize)]) -> Option<String> {
    let mut people: Vec<(Vec<&str>, String, usize)> = Vec::new();
    let mut anonymous = 0;
    for (name, n) in speakers {
        if name == ANONYMOUS {
            anonymous += n;
            continue;
        }
        let lower = name.to_lowercase();
        match people.iter_mut().find(|(_, first, _)| super::items::same_name(first, &lower)) {
            Some((names, _, total)) => {
                names.push(name);
                *total += n;
            }
            None => people.push((vec![name], lower, *n)),
        }
    }
    // The first person on a tie: `speakers` comes most frequent first.
    let (names, _, total) =
        people.into_iter().reduce(|best, p| if p.2 > best.2 { p } else { best })?;
    if total < anonymous {
        return None;
    }
    let fullest =
        names.into_iter().reduce(|best, n| if fullness(n) > fullness(best) { n } else { best });
    fullest.map(str::to_owned)
}

/// How fully a name says who a person is: the words that tell people
/// apart ("Ana Ruiz" over "Mrs Ruiz"), then its length.
fn fullness(name: &str) -> (usize, usize) {
    (super::items::name_words(&name.to_lowercase()).len(), name.len())
}

/// A person credited beside an organisation: never one speaker, whatever
/// their names ("Ford" the company, "Ford" the minister).
fn kinds_differ(a: SpeakerKind, b: SpeakerKind) -> bool {
    use SpeakerKind::{Organization, Person};
    matches!((a, b), (Person, Organization) | (Organization, Person))
}

/// The items of each cluster, in order, in one list: a vector per cluster
/// cost an allocation and 32 bytes a mention when every mention is its
/// own quotation.
pub(super) struct Groups {
    /// Where each group starts in `items`, and the end (`u32`, as the
    /// union-find's items: half the memory when every group is one item).
    starts: Vec<u32>,
    items: Vec<usize>,
}

impl Groups {
    /// The groups of `group_of` (each item's group, numbered from 0 in
    /// order of their first item), items in order.
    pub(super) fn from_group_of(group_of: &[u32], n_groups: usize) -> Groups {
        let mut starts = vec![0u32; n_groups + 1];
        for &g in group_of {
            starts[g as usize + 1] += 1;
        }
        for g in 0..n_groups {
            starts[g + 1] += starts[g];
        }
        let mut next = starts.clone();
        let mut items = vec![0usize; group_of.len()];
        for (i, &g) in group_of.iter().enumerate() {
            items[next[g as usize] as usize] = i;
            next[g as usize] += 1;
        }
        Groups { starts, items }
    }

    /// Groups given as lists.
    fn from_lists(lists: impl Iterator<Item = Vec<usize>>) -> Groups {
        let mut groups = Groups { starts: vec![0], items: Vec::new() };
        for list in lists {
            groups.items.extend(list);
            groups.starts.push(u32::try_from(groups.items.len()).expect("items fit in u32"));
        }
        groups
    }

    pub(super) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = &[usize]> {
        (0..self.len()).map(|g| &self[g])
    }
}

impl std::ops::Index<usize> for Groups {
    type Output = [usize];

    fn index(&self, g: usize) -> &[usize] {
        &self.items[self.starts[g] as usize..self.starts[g + 1] as usize]
    }
}

/// What each item holds whole besides its own quotation.
pub(super) enum Held<'a> {
    /// Items of other quotations, for each item (the stages' finding).
    Items(&'a [Vec<usize>]),
    /// The ids in each mention's `also` (as read back).
    ByIds,
}

/// Describes each group of items as a cluster; `ids` are given, or derived
/// from the representatives.
pub(super) fn assemble(
    mentions: &[Mention],
    order: &[usize],
    items: &[Item],
    groups: Groups,
    ids: Option<Vec<String>>,
    held: Held,
    compact: bool,
) -> Clusters {
    use rayon::prelude::*;
    let mut clusters: Vec<Entry> = (0..groups.len())
        .into_par_iter()
        .map(|ci| {
            let members = &groups[ci];
            // A group of one is its mention and id until something links
            // to it: no lists, no counts, 32 bytes in all.
            if let [only] = members[..]
                && compact
            {
                let k = order[only];
                return match (&ids, u32::try_from(k)) {
                    (None, Ok(member)) => {
                        Entry::Single { hash: cluster_hash(&items[only], &mentions[k]), member }
                    }
                    (Some(ids), _) => Entry::single(ids[ci].clone(), k),
                    (None, Err(_)) => Entry::single(cluster_id(&items[only], &mentions[k]), k),
                };
            }
            // The longest faithful form: most words, then the smallest text.
            let representative = *members
                .iter()
                .max_by(|&&x, &&y| {
                    let (a, b) = (&items[x].sig, &items[y].sig);
                    if std::sync::Arc::ptr_eq(a, b) {
                        return std::cmp::Ordering::Equal;
                    }
                    // Then by the text as written: the choice never rests
                    // on where a copy sits.
                    a.n_words
                        .cmp(&b.n_words)
                        .then_with(|| b.norm.cmp(&a.norm))
                        .then_with(|| mentions[order[y]].text.cmp(&mentions[order[x]].text))
                })
                .expect("a cluster has members");
            let rep_sig = &items[representative].sig;
            // Repeats share their signature: one search per distinct text.
            let mut searched: rustc_hash::FxHashSet<*const Sig> = Default::default();
            // A copy cut with "…" or "[…]" keeps the wording it quotes.
            let wording_differs = members.len() > 1
                && searched.insert(std::sync::Arc::as_ptr(rep_sig))
                && members.iter().any(|&m| {
                    searched.insert(std::sync::Arc::as_ptr(&items[m].sig))
                        && !contains_words(&rep_sig.norm, &items[m].sig.norm)
                        && elided(&mentions[order[m]].text)
                            .is_none_or(|e| parts_in_order(&rep_sig.norm, &e.parts).is_none())
                });
            let mut counts: indexmap::IndexMap<&str, usize, rustc_hash::FxBuildHasher> =
                indexmap::IndexMap::default();
            for name in members.iter().filter_map(|&m| credit(&mentions[order[m]])) {
                *counts.entry(name).or_default() += 1;
            }
            // Speakers conflict when two different people are credited,
            // or a person and an organisation: an unnamed source may be
            // anyone. Each distinct credit checked against the others.
            let mut seen = rustc_hash::FxHashSet::default();
            let known: Vec<(&str, SpeakerKind)> = members
                .iter()
                .filter_map(|&m| match &items[m].speaker {
                    Speaker::Named(n) => Some((n.as_str(), mentions[order[m]].speaker_kind)),
                    _ => None,
                })
                .filter(|credit| seen.insert(*credit))
                .collect();
            let speaker_conflict = known.iter().enumerate().any(|(k, a)| {
                known[k + 1..]
                    .iter()
                    .any(|b| !super::items::same_name(a.0, b.0) || kinds_differ(a.1, b.1))
            });
            let mut speakers: Vec<(String, usize)> =
                counts.into_iter().map(|(s, n)| (s.to_owned(), n)).collect();
            speakers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let speaker = fullest_speaker(&speakers);
            let documents = {
                let mut docs: Vec<usize> = members.iter().map(|&m| items[m].doc()).collect();
                docs.sort_unstable();
                docs.dedup();
                docs.len()
            };
            let id = match &ids {
                Some(ids) => ids[ci].clone(),
                None => cluster_id(&items[representative], &mentions[order[representative]]),
            };
            Entry::Whole(Box::new(Cluster {
                id,
                members: members.iter().map(|&m| order[m]).collect(),
                representative: order[representative],
                also: Box::default(),
                held_by: Box::default(),
                wording_differs,
                speaker_conflict,
                speaker,
                speakers: speakers.into_boxed_slice(),
                documents,
            }))
        })
        .collect();
    // A hash collision between two texts: practically never, but ids must
    // stay unique. The first cluster in order keeps its id.
    // Checked on the ids' hashes first (our ids are hashes written out:
    // `id_key` reads them back): cloning every id into a set was a tenth
    // of clustering when each mention is its own quotation. Two ids with
    // one hash only send the run to the exact check below.
    if ids.is_none() && any_equal(|| clusters.iter().map(Entry::id_key), clusters.len()) {
        let mut used = rustc_hash::FxHashSet::default();
        for (c, members) in clusters.iter_mut().zip(groups.iter()) {
            if !used.insert(c.id().into_owned()) {
                let first = &mentions[order[members[0]]];
                let rep_norm = normalize(&mentions[c.representative()].text);
                c.set_id(key_of_parts(&[&rep_norm, &first.doc], Some(first.span.start)));
                used.insert(c.id().into_owned());
            }
        }
    }
    // Nothing held anywhere (most runs): no links to make, and no list
    // per cluster to make them in.
    let nothing_held = match held {
        Held::Items(also) => also.iter().all(Vec::is_empty),
        Held::ByIds => mentions.iter().all(|m| m.also.is_empty()),
    };
    if nothing_held {
        full_names_from_story(mentions, order, items, &groups, &mut clusters);
        return Clusters::from_entries(clusters);
    }
    // Item -> cluster, for the `also` links (an index, not a string per item).
    let mut cluster_of = vec![0u32; items.len()];
    for (ci, members) in groups.iter().enumerate() {
        for &m in members {
            cluster_of[m] = ci as u32;
        }
    }
    // Each item's held quotations as cluster indices; each cluster's
    // holders, which are mentions of other clusters.
    let id_index: rustc_hash::FxHashMap<std::borrow::Cow<str>, usize> = match held {
        Held::ByIds => clusters.iter().enumerate().map(|(ci, c)| (c.id(), ci)).collect(),
        Held::Items(_) => Default::default(),
    };
    let mut holders: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    let mut linked: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    for (m, &ci) in cluster_of.iter().enumerate() {
        let ci = ci as usize;
        let held: Vec<usize> = match held {
            Held::Items(also) => {
                also.get(m).into_iter().flatten().map(|&f| cluster_of[f] as usize).collect()
            }
            Held::ByIds => mentions[order[m]]
                .also
                .iter()
                .filter_map(|id| id_index.get(id.as_str()).copied())
                .collect(),
        };
        for other in held.into_iter().filter(|&o| o != ci) {
            holders[other].push(m);
            linked[ci].push(other);
        }
    }
    for (ci, mut linked) in linked.into_iter().enumerate() {
        if linked.is_empty() {
            continue;
        }
        linked.sort_unstable();
        linked.dedup();
        let mut ids: Vec<String> =
            linked.into_iter().map(|o| clusters[o].id().into_owned()).collect();
        ids.sort();
        clusters[ci].whole(mentions).also = ids.into_boxed_slice();
    }
    for ((c, mut by), members) in clusters.iter_mut().zip(holders).zip(groups.iter()) {
        if by.is_empty() {
            continue;
        }
        by.sort_unstable();
        by.dedup();
        // How far the quotation travelled counts the documents holding it.
        let mut docs: Vec<usize> = members.iter().chain(&by).map(|&m| items[m].doc()).collect();
        docs.sort_unstable();
        docs.dedup();
        let c = c.whole(mentions);
        c.documents = docs.len();
        c.held_by = by.into_iter().map(|m| order[m]).collect();
    }
    full_names_from_story(mentions, order, items, &groups, &mut clusters);
    Clusters::from_entries(clusters)
}

/// Whether two of the `n` keys that `keys` gives are equal. A bit per
/// bucket of their (mixed) top bits, about eight buckets a key, finds the
/// buckets that two or more fall in, and only those keys are sorted: a set
/// of every key was 9 MB at 571,000 clusters, this is 2 MB and a list of
/// about one key in thirty.
fn any_equal<I: Iterator<Item = u64>>(keys: impl Fn() -> I, n: usize) -> bool {
    let buckets = (n.max(64) * 8).next_power_of_two();
    let shift = 64 - buckets.trailing_zeros();
    let bucket = |k: u64| (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize;
    let (mut once, mut twice) = (vec![0u64; buckets / 64], vec![0u64; buckets / 64]);
    for b in keys().map(bucket) {
        let (word, bit) = (b / 64, 1u64 << (b % 64));
        if once[word] & bit != 0 {
            twice[word] |= bit;
        }
        once[word] |= bit;
    }
    drop(once);
    let mut shared: Vec<u64> =
        keys().filter(|&k| twice[bucket(k) / 64] & (1u64 << (bucket(k) % 64)) != 0).collect();
    shared.sort_unstable();
    shared.windows(2).any(|w| w[0] == w[1])
}

/// Where a cluster names its speaker by surname only ("Leike", "Ms Ruiz"),
/// the full name that a document of the same story gives the same person
/// ("Jan Leike"): its own documents, and those sharing two quotations or
/// more with one of them. Left as it is when the story names two people
/// of that surname ("Ann Leike", "Jan Leike"), or none.
fn full_names_from_story(
    mentions: &[Mention],
    order: &[usize],
    items: &[Item],
    groups: &Groups,
    clusters: &mut [Entry],
) {
    use super::items::{name_words, same_name};
    let surname_only = |n: &str| name_words(&n.to_lowercase()).len() == 1;
    // Credited as a person: "Ford" the company keeps its name.
    let short: Vec<usize> = (0..clusters.len())
        .filter(|&ci| {
            let c = &clusters[ci];
            c.speaker(mentions).is_some_and(|name| {
                surname_only(name)
                    && c.any_member(|k| {
                        mentions[k].speaker.as_deref() == Some(name)
                            && mentions[k].speaker_kind == SpeakerKind::Person
                    })
            })
        })
        .collect();
    if short.is_empty() {
        return;
    }
    let n_docs = items.iter().map(|i| i.doc() + 1).max().unwrap_or(0);
    let mut docs: Vec<Vec<usize>> = vec![Vec::new(); n_docs];
    // The full names of people each document credits, lower-cased with
    // the item that gives them as written, by document and surname: a
    // surname alone is the same name as every full name with that surname,
    // and a document may credit hundreds of names.
    let mut full: HashMap<(usize, &str), Vec<(&str, usize)>> = HashMap::default();
    let mut seen: rustc_hash::FxHashSet<(usize, &str)> = Default::default();
    for (i, it) in items.iter().enumerate() {
        docs[it.doc()].push(i);
        if let Speaker::Named(n) = &it.speaker
            && mentions[order[i]].speaker_kind == SpeakerKind::Person
            && let words = name_words(n)
            && let [.., surname] = words[..]
            && words.len() >= 2
            && seen.insert((it.doc(), n.as_str()))
        {
            full.entry((it.doc(), surname)).or_default().push((n.as_str(), i));
        }
    }
    let mut cluster_of = vec![0u32; items.len()];
    for (ci, members) in groups.iter().enumerate() {
        for &m in members {
            cluster_of[m] = ci as u32;
        }
    }
    let (_, shared) = super::shared_clusters(&docs, &cluster_of, super::MAX_STORY_DOCS);
    let mut story: Vec<Vec<usize>> = vec![Vec::new(); n_docs];
    for ((a, b), n) in shared {
        if n >= super::SAME_STORY {
            story[a].push(b);
            story[b].push(a);
        }
    }
    for ci in short {
        let name = clusters[ci].speaker(mentions).unwrap_or_default().to_lowercase();
        let Some(&surname) = name_words(&name).last() else { continue };
        let mut ds: Vec<usize> = groups[ci].iter().map(|&m| items[m].doc()).collect();
        ds.sort_unstable();
        ds.dedup();
        let neighbours: Vec<usize> = ds.iter().flat_map(|&d| &story[d]).copied().collect();
        ds.extend(neighbours);
        ds.sort_unstable();
        ds.dedup();
        let people: Vec<(&str, usize)> = ds
            .iter()
            .filter_map(|&d| full.get(&(d, surname)))
            .flatten()
            .copied()
            .filter(|(n, _)| same_name(n, &name))
            .collect();
        let Some(&(first, _)) = people.first() else { continue };
        if people.iter().any(|(n, _)| !same_name(n, first)) {
            continue;
        }
        // The fullest name as written, then the first in order of text.
        let written = |&(_, i): &(&str, usize)| mentions[order[i]].speaker.as_deref().unwrap_or("");
        let best = people
            .iter()
            .map(written)
            .max_by(|a, b| fullness(a).cmp(&fullness(b)).then_with(|| b.cmp(a)));
        let best = best.map(str::to_owned);
        // A cluster of one keeps its mention's name unless this changes it.
        if best.as_deref() != clusters[ci].speaker(mentions) {
            clusters[ci].whole(mentions).speaker = best;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::any_equal;

    #[test]
    fn equal_keys_are_found_however_many_share_a_bucket() {
        let none: [u64; 0] = [];
        assert!(!any_equal(|| none.iter().copied(), 0));
        assert!(!any_equal(|| [7u64].into_iter(), 1));
        let distinct: Vec<u64> =
            (0..20_000u64).map(|k| k.wrapping_mul(0x2545_f491_4f6c_dd1d)).collect();
        assert!(!any_equal(|| distinct.iter().copied(), distinct.len()));
        let mut twice = distinct.clone();
        twice.push(distinct[12_345]);
        assert!(any_equal(|| twice.iter().copied(), twice.len()));
        // Keys drawn from a small range: many share buckets, some are equal.
        let mut x = 1u64;
        for range in [50u64, 5_000, 1 << 40] {
            let keys: Vec<u64> = (0..3_000)
                .map(|_| {
                    x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    (x >> 11) % range
                })
                .collect();
            let mut set = std::collections::HashSet::new();
            let expected = !keys.iter().all(|k| set.insert(*k));
            assert_eq!(any_equal(|| keys.iter().copied(), keys.len()), expected, "{range}");
        }
    }
}
