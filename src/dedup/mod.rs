//! Dedup: clusters the repeats of one quotation across documents, whole,
//! trimmed, re-punctuated, prefixed or reworded, and flags where the copies
//! disagree on wording or speaker.
//!
//! A cascade of keyed stages feeds one union-find; no stage compares all
//! pairs. One file per stage:
//! 1. [`exact`]: the normalised text ([`crate::text_key`]);
//! 2. [`syndicated`]: documents that are copies of one article (the same
//!    texts at the same offsets) join quotation for quotation;
//! 3. [`containment`]: a fragment of four or more content words found word
//!    for word inside a longer quotation (looked up by its first word
//!    shingle);
//! 4. [`elided`]: a quotation an outlet cut ("We will … rebuild", "[The
//!    company] failed") joins the one whose words stand in its parts'
//!    order, each cut standing for any run of words;
//! 5. [`echo`]: a fragment or headline repeating a quotation of the same
//!    article;
//! 6. [`rewording`]: MinHash bands over words; every candidate pair is
//!    verified, and so are the two clusters' representatives, so that chains
//!    cannot grow into one giant cluster;
//! 7. [`alignment`]: two documents that share most of their quotations are
//!    rewordings of each other; their remaining quotations are paired in
//!    order between the shared ones ("This statement reflects reality." /
//!    "This assertion displays actuality.");
//! 8. [`fragments`]: a fragment of one or two content words joins the one
//!    quotation of the same named speaker holding it, among documents of the
//!    same story.
//!
//! [`items`] prepares what the stages read; [`clusters`] describes the
//! groups they leave. Everything runs over the mentions in a canonical order
//! (document, offset, text), so the clusters and their ids do not depend on
//! input order.

mod alignment;
mod clusters;
mod containment;
mod echo;
mod elided;
mod exact;
mod fragments;
mod items;
mod list;
mod rewording;
mod syndicated;

pub use clusters::clusters_by_id;
pub(crate) use elided::key_word;
pub(crate) use items::Speaker;
pub use list::{ClusterId, ClusterList, Clusters};
pub(crate) use list::{credit, single_speaker};
pub(crate) use rewording::{band_keys, could_reword};

use rustc_hash::FxHashMap as HashMap;

use crate::extractor::Mention;
use items::{UnionFind, canonical_cmp, prepare};

/// Fewer content words than this merge only on the exact key or through
/// document alignment.
pub(crate) const MIN_CONTENT_WORDS: usize = 4;
/// Documents of one story share at least this many quotations.
pub(crate) const SAME_STORY: usize = 2;
/// Quotations found in more documents than this are too common to say
/// which documents tell one story.
pub(crate) const MAX_STORY_DOCS: usize = 50;
/// Words per shingle in the containment stage.
pub(crate) const SHINGLE: usize = 4;
/// MinHash buckets larger than this are passed over.
pub(crate) const MAX_BUCKET: usize = 16;
/// Posting lists of first shingles longer than this are passed over.
pub(crate) const MAX_POSTINGS: usize = 256;

/// One quotation as many documents repeat it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Cluster {
    /// Stable id derived from the representative's normalised text.
    pub id: String,
    /// Indices into the mentions given to [`cluster`], in canonical order
    /// (document, offset).
    pub members: Box<[usize]>,
    /// Index of the representative: the longest faithful form.
    pub representative: usize,
    /// Ids of other clusters that a long member also contains (a quotation
    /// joining two that other outlets quote apart).
    pub also: Box<[String]>,
    /// Mentions of other clusters that hold this quotation whole (indices
    /// as `members`): the long passage, and its copies, that joins this
    /// quotation to another. Their `also` names this cluster.
    pub held_by: Box<[usize]>,
    /// Members' normalised texts differ beyond trimming.
    pub wording_differs: bool,
    /// Members name different speakers.
    pub speaker_conflict: bool,
    /// Who said it: the fullest name (as a document gives it) of the person
    /// most members credit, the names of one person counted together;
    /// none when unnamed sources outnumber them or nobody is named.
    pub speaker: Option<String>,
    /// Each speaker named by a member, with its count, most frequent first.
    pub speakers: Box<[(String, usize)]>,
    /// Number of distinct documents holding the quotation (members and
    /// `held_by`).
    pub documents: usize,
}

/// Clusters mentions. The result lists clusters by their first member in
/// canonical order; every mention is in exactly one cluster. For many
/// quotations quoted once, [`Clusters::of`] holds the same clusters in a
/// fraction of the memory.
pub fn cluster(mentions: &[Mention]) -> Vec<Cluster> {
    Clusters::of(mentions).into_vec(mentions)
}

/// Groups that the stages pass over whatever else is clustered with them:
/// a shard learns these from the whole run's key counts.
#[derive(Clone, Debug, Default)]
pub(crate) struct PassedOver {
    /// First-shingle posting lists longer than [`MAX_POSTINGS`].
    pub shingles: rustc_hash::FxHashSet<u64>,
    /// MinHash buckets larger than [`MAX_BUCKET`].
    pub bands: rustc_hash::FxHashSet<u64>,
    /// Key words of cut quotations posted for more than [`MAX_POSTINGS`]
    /// texts.
    pub words: rustc_hash::FxHashSet<u64>,
}

/// Each cluster's documents, and how many clusters each pair of documents
/// shares (the lower document first); a cluster spread over more than
/// `max_docs` documents is not counted. `docs` lists each document's items,
/// `roots` each item's cluster.
type SharedClusters = (HashMap<u32, Vec<usize>>, HashMap<(usize, usize), usize>);
fn shared_clusters(docs: &[Vec<usize>], roots: &[u32], max_docs: usize) -> SharedClusters {
    let mut by_root: HashMap<u32, Vec<usize>> = HashMap::default();
    for (d, list) in docs.iter().enumerate() {
        let mut rs: Vec<u32> = list.iter().map(|&i| roots[i]).collect();
        rs.sort_unstable();
        rs.dedup();
        for r in rs {
            by_root.entry(r).or_default().push(d);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::default();
    for ds in by_root.values().filter(|ds| ds.len() <= max_docs) {
        // Documents were pushed in order: `a` < `b`.
        for (x, &a) in ds.iter().enumerate() {
            for &b in &ds[x + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    (by_root, shared)
}

pub(crate) fn cluster_passing_over(mentions: &[Mention], passed: &PassedOver) -> Vec<Cluster> {
    cluster_entries(mentions, passed).into_vec(mentions)
}

fn cluster_entries(mentions: &[Mention], passed: &PassedOver) -> Clusters {
    cluster_entries_as(mentions, passed, true)
}

/// [`cluster_entries`]; a group of one is kept compact when `compact` (the
/// tests compare both ways).
fn cluster_entries_as(mentions: &[Mention], passed: &PassedOver, compact: bool) -> Clusters {
    let (order, items) = prepare(mentions);
    let mut uf = UnionFind::new(items.len());
    // The costly stages see each distinct text once.
    let distinct = exact::join(&items, &mut uf);
    let copied = syndicated::join(&items, mentions, &order, &mut uf);
    let held = containment::join(&items, &distinct, &passed.shingles, &mut uf);
    elided::join(&items, &distinct, mentions, &order, &passed.words, &mut uf);
    echo::join(&items, mentions, &order, &mut uf);
    rewording::join(&items, &distinct, &held, &passed.bands, &mut uf);
    alignment::join(&items, &distinct, &copied, mentions, &order, &mut uf);
    fragments::join(&items, &distinct, &mut uf);
    // What only the stages read goes before the clusters are made, so
    // that they may take its place.
    drop((distinct, copied));
    // Groups in order of their first item, found through a slot per root:
    // a map of a vector per root cost more than the clusters themselves
    // when every mention is its own quotation.
    let mut slot = vec![u32::MAX; items.len()];
    let mut n_groups = 0;
    let group_of: Vec<u32> = (0..items.len())
        .map(|i| {
            let root = uf.find(i);
            if slot[root] == u32::MAX {
                slot[root] = n_groups;
                n_groups += 1;
            }
            slot[root]
        })
        .collect();
    drop(slot);
    let groups = clusters::Groups::from_group_of(&group_of, n_groups as usize);
    drop(group_of);
    // A long quotation's whole copies (the same text, rewordings) hold
    // what it holds; its fragments do not.
    let mut held_by_copies: HashMap<usize, Vec<usize>> = HashMap::default();
    for (l, fragments) in held.iter().enumerate() {
        if !fragments.is_empty() {
            held_by_copies.entry(uf.copy_of(l)).or_default().extend(fragments);
        }
    }
    let held: Vec<Vec<usize>> = if held_by_copies.is_empty() {
        held
    } else {
        (0..items.len())
            .map(|i| held_by_copies.get(&uf.copy_of(i)).cloned().unwrap_or_default())
            .collect()
    };
    drop((uf, held_by_copies));
    clusters::assemble(
        mentions,
        &order,
        &items,
        groups,
        None,
        clusters::Held::Items(&held),
        compact,
    )
}

/// Sets every mention's `quote_id` to its cluster's id, and its `also` to
/// the ids of the other quotations it holds whole.
pub fn assign_ids<C: ClusterList + ?Sized>(mentions: &mut [Mention], clusters: &C) {
    // A cluster kept whole borrows from `clusters`, not `mentions`.
    let mut holding = Vec::new();
    for i in 0..clusters.count() {
        if let Some((k, id)) = clusters.single(i) {
            mentions[k].quote_id.clear();
            mentions[k].quote_id.push_str(id.as_str(&mut [0; 17]));
            mentions[k].also.clear();
            continue;
        }
        let c = clusters.cluster(i, mentions);
        for &k in &c.members {
            mentions[k].quote_id.clone_from(&c.id);
            mentions[k].also.clear();
        }
        if !c.held_by.is_empty() {
            holding.push(i);
        }
    }
    for &i in &holding {
        let c = clusters.cluster(i, mentions);
        for &k in &c.held_by {
            mentions[k].also.push(c.id.clone());
        }
    }
    for &i in &holding {
        for &k in &clusters.cluster(i, mentions).held_by {
            mentions[k].also.sort();
            mentions[k].also.dedup();
        }
    }
}

/// Sorts mentions by document, offset and text: the order of every output,
/// whatever the order of the input files or threads.
pub fn sort_canonical(mentions: &mut [Mention]) {
    // One file's mentions come sorted already: a stable sort would still
    // allocate room for half of them (71 MB for 571,000 mentions).
    if !mentions.is_sorted_by(|x, y| canonical_cmp(x, y).is_le()) {
        mentions.sort_by(canonical_cmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::{Rule, SpeakerKind};
    use crate::document::Span;
    use crate::extractor::QuoteKind;

    fn m(doc: &str, start: usize, text: &str, speaker: Option<&str>) -> Mention {
        Mention {
            doc: doc.into(),
            span: Span::new(start, start + text.len()),
            text: text.into(),
            kind: QuoteKind::Direct,
            speaker: speaker.map(String::from),
            speaker_kind: if speaker.is_some() {
                SpeakerKind::Person
            } else {
                SpeakerKind::Unknown
            },
            speaker_text: None,
            speaker_span: None,
            cue: None,
            rule: Rule::CueAfter,
            confidence: 0.9,
            quote_id: String::new(),
            also: Vec::new(),
        }
    }

    /// The cluster index of each mention.
    fn partition(ms: &[Mention]) -> Vec<String> {
        let mut ms = ms.to_vec();
        let clusters = cluster(&ms);
        assign_ids(&mut ms, &clusters);
        ms.into_iter().map(|m| m.quote_id).collect()
    }

    macro_rules! t {
        ($name:ident, $a:expr, $b:expr, $same:expr) => {
            #[test]
            fn $name() {
                let ids = partition(&[$a, $b]);
                assert_eq!(ids[0] == ids[1], $same, "{ids:?}");
            }
        };
    }

    const FULL: &str =
        "We waited three weeks for the spare parts, and the ferry still would not start.";
    t!(
        exact_copies,
        m("a", 0, FULL, Some("Ada Okafor")),
        m("b", 5, FULL, Some("Ada Okafor")),
        true
    );
    t!(
        re_punctuated,
        m("a", 0, FULL, None),
        m(
            "b",
            0,
            "We waited three weeks for the spare parts and the ferry still would not start!",
            None
        ),
        true
    );
    t!(
        trimmed_fragment,
        m("a", 0, FULL, Some("Ada Okafor")),
        m("b", 0, "the spare parts, and the ferry still would not start.", Some("Okafor")),
        true
    );
    t!(
        prefixed,
        m("a", 0, FULL, Some("Ada Okafor")),
        m("b", 0, &format!("However, {FULL}"), Some("Ada Okafor")),
        true
    );
    t!(
        reworded_copy,
        m(
            "a",
            0,
            "I have been disagreeing with the harbour board about its priorities for quite some time.",
            Some("Ines Moreau")
        ),
        m(
            "b",
            0,
            "I've been disagreeing with the harbour board concerning its priorities for fairly a while.",
            Some("Ines Moreau")
        ),
        true
    );
    t!(
        different_short_quotations_stay_apart,
        m("a", 0, "I resigned,", Some("Ada Okafor")),
        m("b", 0, "I resigned from the club on February 15.", Some("Ada Okafor")),
        false
    );
    t!(
        one_word_terms_from_unrelated_stories_stay_apart,
        m("a", 0, "historic", None),
        m("b", 0, "historic", None),
        false
    );
    t!(
        different_quotations_same_speaker,
        m(
            "a",
            0,
            "The council has ignored the sea wall for a decade and now we pay for it.",
            Some("Ines Moreau")
        ),
        m(
            "b",
            0,
            "Our volunteers worked through the night to move every boat out of the harbour.",
            Some("Ines Moreau")
        ),
        false
    );

    #[test]
    fn short_reworded_quotations_pair_through_document_alignment() {
        let a = [
            "The first thing we did was count every boat in the harbour.",
            "Nobody was missing from the list we made that night.",
            "This statement reflects reality.",
            "We will rebuild the harbour office before the summer season.",
        ];
        let b = [
            "The first thing we did was count every single boat in the harbour.",
            "Nobody was missing from the list we made that night.",
            "This assertion displays actuality.",
            "We will rebuild the harbour office before the summer season.",
        ];
        let mut ms = Vec::new();
        for (k, t) in a.iter().enumerate() {
            ms.push(m("a", k * 100, t, Some("Ines Moreau")));
        }
        for (k, t) in b.iter().enumerate() {
            ms.push(m("b", k * 100, t, Some("Ines Moreau")));
        }
        let ids = partition(&ms);
        assert_eq!(ids[2], ids[6], "{ids:?}");
        assert_ne!(ids[2], ids[3]);
    }

    #[test]
    fn echoes_in_the_same_article_join_their_quotation() {
        let mut headline = m("a", 0, "We lost trust", None);
        headline.kind = QuoteKind::Headline;
        let ms = [
            headline,
            m(
                "a",
                100,
                "We gradually lost trust in the harbour board, so we quit.",
                Some("Ines Moreau"),
            ),
            m("a", 200, "harbour board", None),
            m(
                "b",
                0,
                "We gradually lost trust in the harbour board, so we quit.",
                Some("Ines Moreau"),
            ),
        ];
        let ids = partition(&ms);
        assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    }

    /// An echo credited to a person joins that person's quotation before
    /// a longer one by nobody named.
    #[test]
    fn echoes_credited_to_a_person_join_that_persons_quotation() {
        let mut headline = m("a", 0, "We lost trust", Some("Moreau"));
        headline.kind = QuoteKind::Headline;
        let ms = [
            headline,
            m("a", 100, "We lost trust in the harbour board, so we quit.", Some("Ines Moreau")),
            m(
                "a",
                200,
                "We lost trust in the harbour board long before the storm, and so did everyone.",
                None,
            ),
            m("a", 300, "harbour board", Some("Ines Moreau")),
        ];
        let ids = partition(&ms);
        assert_eq!(ids[0], ids[1], "{ids:?}");
        assert_eq!(ids[3], ids[1], "{ids:?}");
        assert_ne!(ids[2], ids[1], "{ids:?}");
    }

    /// Regression: speakers were compared by their last word, so two men
    /// with "Jr." were one person.
    #[test]
    fn generational_suffixes_do_not_make_one_person() {
        let a = "I have been disagreeing with the harbour board about its priorities for quite some time.";
        let b = "I've been disagreeing with the harbour board concerning its priorities for fairly a while.";
        let ids =
            partition(&[m("a", 0, a, Some("Ada Okafor Jr.")), m("b", 0, b, Some("Ada Okafor"))]);
        assert_eq!(ids[0], ids[1], "the same man with and without his suffix");
        let ids = partition(&[
            m("a", 0, a, Some("Robert Smith Jr.")),
            m("b", 0, b, Some("Alan Jones Jr.")),
        ]);
        assert_ne!(ids[0], ids[1], "a loose rewording by two different men");
        let c = cluster(&[
            m("a", 0, FULL, Some("Robert Smith Jr.")),
            m("b", 0, FULL, Some("Alan Jones Jr.")),
        ]);
        assert!(c.len() == 1 && c[0].speaker_conflict);
        let c = cluster(&[
            m("a", 0, FULL, Some("Moreau")),
            m("b", 0, FULL, Some("Ines Moreau")),
            m("c", 0, FULL, Some("Moreau")),
            m("d", 0, FULL, Some("Ada Okafor")),
            m("e", 0, FULL, Some("Ada Okafor")),
        ]);
        assert!(c.len() == 1 && c[0].speaker_conflict);
        assert_eq!(c[0].speaker.as_deref(), Some("Ines Moreau"), "three copies, the fullest name");
        let c = cluster(&[m("a", 0, FULL, Some("Ines Moreau")), m("b", 0, FULL, Some("Moreau"))]);
        assert!(c.len() == 1 && !c[0].speaker_conflict, "a surname is its full name");
    }

    /// Two people whose quotations end alike share most of their words,
    /// but not in the first half: no rewording.
    #[test]
    fn different_speakers_need_words_in_place_not_only_shared() {
        let a = "The mayor refused, and then the fishermen begged all of us for a new harbour wall before the winter storms came.";
        let b = "Our crews waited, so the fishermen begged all of us for a new harbour wall before the winter storms came.";
        let c = "The mayor declined, and then the fishermen pleaded with all of us for a new harbour wall before the winter storms arrived.";
        let sig = |t: &str| crate::text_key::all_words(&crate::normalize(t));
        assert!(crate::dedup::items::jaccard(&sig(a), &sig(b)) >= 0.6, "the case this guards");
        let ids =
            partition(&[m("a", 0, a, Some("Ines Moreau")), m("b", 0, b, Some("Tomas Ferreira"))]);
        assert_ne!(ids[0], ids[1]);
        let ids =
            partition(&[m("a", 0, a, Some("Ines Moreau")), m("b", 0, c, Some("Tomas Ferreira"))]);
        assert_eq!(ids[0], ids[1], "a rewording misattributed by one outlet still joins");
    }

    /// Cause 2: a one-word fragment joins the one quotation of its speaker
    /// that holds it, in a document of the same story only.
    #[test]
    fn short_fragments_join_their_speakers_quotation_in_the_same_story() {
        let shared = [
            "The first thing we did was count every boat in the harbour.",
            "Nobody was missing from the list we made that night.",
        ];
        let long = "The night the wall broke was frankly terrifying for every family here.";
        let mut ms = Vec::new();
        for (k, t) in shared.iter().enumerate() {
            ms.push(m("a", k * 100, t, Some("Ines Moreau")));
            ms.push(m("b", k * 100, t, Some("Ines Moreau")));
            ms.push(m("c", k * 100, t, Some("Ines Moreau")));
        }
        ms.push(m("a", 500, long, Some("Ines Moreau")));
        ms.push(m("b", 500, "terrifying", Some("Moreau")));
        ms.push(m("z", 0, "frankly terrifying", Some("Ines Moreau")));
        ms.push(m("c", 500, "terrifying", Some("Ada Okafor")));
        let ids = partition(&ms);
        assert_eq!(ids[7], ids[6], "the fragment joins its quotation: {ids:?}");
        assert_ne!(ids[8], ids[6], "another story: no");
        assert_ne!(ids[9], ids[6], "another speaker: no");
    }

    /// A conflict is two people, or a person and an organisation; an
    /// unnamed source may be anyone. The fullest name tells people apart.
    #[test]
    fn conflicts_are_two_speakers_not_an_unnamed_source() {
        let mut anon = m("b", 0, FULL, None);
        anon.speaker_kind = SpeakerKind::Anonymous;
        let c = cluster(&[m("a", 0, FULL, Some("Ana Ruiz")), anon]);
        assert!(c.len() == 1 && !c[0].speaker_conflict);
        let mut company = m("b", 0, FULL, Some("Ruiz"));
        company.speaker_kind = SpeakerKind::Organization;
        let c = cluster(&[m("a", 0, FULL, Some("Ana Ruiz")), company]);
        assert!(c.len() == 1 && c[0].speaker_conflict, "a person and a company");
        let c = cluster(&[
            m("a", 0, FULL, Some("Mrs Ruiz")),
            m("b", 0, FULL, Some("Mrs Ruiz")),
            m("c", 0, FULL, Some("Ana Ruiz")),
        ]);
        assert_eq!(c[0].speaker.as_deref(), Some("Ana Ruiz"));
        assert!(!c[0].speaker_conflict);
    }

    /// Where the story names two people of one surname, a surname alone
    /// stays as it is.
    #[test]
    fn a_surname_shared_by_two_people_of_the_story_stays() {
        let shared = [
            "The first thing we did was count every boat in the harbour.",
            "Nobody was missing from the list we made that night.",
        ];
        let own = "We will rebuild the harbour office before the summer season.";
        let story = |other: &str| {
            let mut ms = Vec::new();
            for (k, t) in shared.iter().enumerate() {
                ms.push(m("a", k * 100, t, Some("Ana Ruiz")));
                ms.push(m("b", k * 100, t, Some("Ruiz")));
            }
            ms.push(m("a", 300, FULL, Some(other)));
            ms.push(m("b", 300, own, Some("Ruiz")));
            let c = cluster(&ms);
            let k = ms.iter().position(|x| x.text == own).unwrap();
            c.into_iter().find(|c| c.members.contains(&k)).unwrap().speaker
        };
        assert_eq!(story("Ada Okafor").as_deref(), Some("Ana Ruiz"));
        assert_eq!(story("Tomas Ruiz").as_deref(), Some("Ruiz"), "Ana or Tomas");
    }

    #[test]
    fn conflicts_are_flagged() {
        let ms = [
            m("a", 0, FULL, Some("Ada Okafor")),
            m("b", 0, FULL, Some("Ines Moreau")),
            m("c", 0, "We waited three weeks for the spare parts.", Some("Ada Okafor")),
        ];
        let clusters = cluster(&ms);
        assert_eq!(clusters.len(), 1);
        let c = &clusters[0];
        assert!(c.speaker_conflict);
        assert!(!c.wording_differs, "a trimmed copy is the same wording");
        assert_eq!(c.speakers[..], [("Ada Okafor".to_string(), 2), ("Ines Moreau".to_string(), 1)]);
        assert_eq!(c.documents, 3);
        let reworded = [
            m(
                "a",
                0,
                "I have been disagreeing with the harbour board about its priorities for quite some time.",
                Some("Ines Moreau"),
            ),
            m(
                "b",
                0,
                "I've been disagreeing with the harbour board concerning its priorities for fairly a while.",
                Some("Ines Moreau"),
            ),
        ];
        let c = cluster(&reworded);
        assert_eq!(c.len(), 1);
        assert!(c[0].wording_differs && !c[0].speaker_conflict);
    }

    #[test]
    fn long_quotation_joining_two_links_to_both() {
        let one = "Our library will stay open through the winter for every family.";
        let two = "Volunteers with vans should meet at the fire station in the morning.";
        let ms = [
            m("a", 0, &format!("{one} {two}"), Some("Tomas Ferreira")),
            m("b", 0, one, Some("Tomas Ferreira")),
            m("b", 100, two, Some("Tomas Ferreira")),
        ];
        let clusters = cluster(&ms);
        assert_eq!(clusters.len(), 2, "{clusters:#?}");
        let joined = clusters.iter().find(|c| c.members.len() == 2).unwrap();
        assert_eq!(joined.members[..], [0, 2], "the longest fragment wins");
        let other = clusters.iter().find(|c| c.members.len() == 1).unwrap();
        assert_eq!(joined.also[..], *std::slice::from_ref(&other.id));
        assert_eq!(other.held_by[..], [0], "the long passage holds the other whole");
        assert_eq!(other.documents, 2);
        let mut ms = ms.to_vec();
        assign_ids(&mut ms, &clusters);
        assert_eq!(ms[0].also, std::slice::from_ref(&other.id));
        assert!(ms[1].also.is_empty() && ms[2].also.is_empty(), "fragments hold nothing");
    }

    /// A reworded copy of a long passage holds what the passage holds; a
    /// fragment of it does not.
    #[test]
    fn copies_of_a_long_passage_hold_its_parts() {
        let one = "I have been disagreeing with the harbour board about its priorities for quite some time.";
        let two = "Volunteers with vans should meet at the fire station in the morning.";
        let spun = "I've been disagreeing with the harbour board concerning its priorities for fairly a while. Volunteers with trucks ought to meet at the fire station within the morning.";
        let ms = vec![
            m("a", 0, &format!("{one} {two}"), Some("Tomas Ferreira")),
            m("b", 0, one, Some("Tomas Ferreira")),
            m("b", 200, two, Some("Tomas Ferreira")),
            m("c", 0, spun, Some("Ferreira")),
            m("d", 0, one, Some("Tomas Ferreira")),
        ];
        let clusters = cluster(&ms);
        let mut ms = ms;
        assign_ids(&mut ms, &clusters);
        let ids: Vec<&str> = ms.iter().map(|m| m.quote_id.as_str()).collect();
        assert_eq!(ids[0], ids[3], "the rewording joins the passage: {clusters:#?}");
        assert_eq!(ms[0].also, [ids[2]]);
        assert_eq!(ms[3].also, [ids[2]], "the reworded copy holds it too");
        assert!(ms[1].also.is_empty() && ms[4].also.is_empty());
    }

    /// A group of one kept as its mention and id describes the cluster the
    /// whole path does: unnamed sources, links to a longer passage, a
    /// full name from the story.
    #[test]
    fn groups_of_one_kept_compact_are_the_whole_clusters() {
        let one = "Our library will stay open through the winter for every family.";
        let two = "Volunteers with vans should meet at the fire station in the morning.";
        let shared = [
            "The first thing we did was count every boat in the harbour.",
            "Nobody was missing from the list we made that night.",
        ];
        let mut ms = vec![
            m("a", 0, &format!("{one} {two}"), Some("Tomas Ferreira")),
            m("b", 0, one, Some("Tomas Ferreira")),
            m("b", 100, two, Some("Tomas Ferreira")),
            m("c", 0, "historic", None),
            m("c", 50, "We counted the cost of the storm in boats and in days.", None),
            m(
                "c",
                150,
                "The pier stays shut until the spring tides have passed.",
                Some("(anonymous)"),
            ),
        ];
        let mut anon = m("c", 300, "Nobody asked the families who live on the quay.", None);
        anon.speaker_kind = SpeakerKind::Anonymous;
        ms.push(anon);
        for (k, t) in shared.iter().enumerate() {
            ms.push(m("d", k * 100, t, Some("Ana Ruiz")));
            ms.push(m("e", k * 100, t, Some("Ruiz")));
        }
        // A surname alone, which the story names in full.
        ms.push(m("e", 500, "We will rebuild the harbour office before the summer.", Some("Ruiz")));
        sort_canonical(&mut ms);
        let passed = PassedOver::default();
        let compact = cluster_entries_as(&ms, &passed, true);
        let whole = cluster_entries_as(&ms, &passed, false);
        assert_eq!(compact.clone().into_vec(&ms), whole.clone().into_vec(&ms));
        let singles: Vec<usize> =
            (0..compact.len()).filter_map(|i| compact.single(i)).map(|s| s.0).collect();
        assert_eq!(singles.len(), 4, "{singles:?}");
        assert!((0..whole.len()).all(|i| whole.single(i).is_none()));
        let c = cluster(&ms);
        let texts: Vec<&str> = singles.iter().map(|&k| ms[k].text.as_str()).collect();
        assert!(texts.contains(&"historic") && !texts.contains(&one), "{texts:?}");
        let full =
            c.iter().find(|c| ms[c.representative].text.starts_with("We will rebuild")).unwrap();
        assert_eq!(full.speaker.as_deref(), Some("Ana Ruiz"), "made whole for its full name");
        let mut a = ms.clone();
        assign_ids(&mut a, &compact);
        let mut b = ms.clone();
        assign_ids(&mut b, &c);
        assert_eq!(a, b);
    }

    /// Regression: `also` was looked up by input index, not canonical
    /// index, so unsorted input linked the wrong clusters.
    #[test]
    fn also_links_survive_unsorted_input() {
        let one = "Our library will stay open through the winter for every family.";
        let two = "Volunteers with vans should meet at the fire station in the morning.";
        let ms = [
            m("b", 100, two, Some("Tomas Ferreira")),
            m("b", 0, one, Some("Tomas Ferreira")),
            m("a", 0, &format!("{one} {two}"), Some("Tomas Ferreira")),
        ];
        let clusters = cluster(&ms);
        let joined = clusters.iter().find(|c| c.members.len() == 2).unwrap();
        let other = clusters.iter().find(|c| c.members.len() == 1).unwrap();
        assert_eq!(other.members[..], [1], "the one-sentence copy stands alone");
        assert_eq!(joined.also[..], *std::slice::from_ref(&other.id));
    }
}
