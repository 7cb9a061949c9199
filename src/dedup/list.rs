//! The clusters of a run as the outputs read them: a quotation quoted once
//! is its mention and its id's hash (16 bytes), not a whole [`Cluster`] (136
//! bytes, an id and three lists), since most quotations of a large run are
//! quoted once.

use std::borrow::Cow;

use super::Cluster;
use crate::attribution::SpeakerKind;
use crate::extractor::Mention;
use crate::text_key::{hash_of_key, key_of_hash, write_key};

/// Clusters in canonical order, each one whole or, for a quotation quoted
/// once with nothing linked to it, just its mention and id. Made by
/// [`Clusters::of`]; a `Vec<Cluster>` converts with `From`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clusters {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Entry {
    Whole(Box<Cluster>),
    /// The cluster of one mention (an index into the mentions), as
    /// [`single_cluster`] describes it, whose id is `key_of_hash(hash)`.
    Single {
        hash: u64,
        member: u32,
    },
    /// The same with any other id (given, not derived), or a mention
    /// beyond `u32`.
    Named(Box<(String, usize)>),
}

/// The speaker a cluster of one mention credits: its mention's, unless
/// that is only an unnamed source ("(anonymous)" counts as one).
pub(crate) fn single_speaker(m: &Mention) -> Option<&str> {
    m.speaker.as_deref().filter(|s| *s != ANONYMOUS)
}

/// How the speakers of a cluster name an unnamed source.
pub(super) const ANONYMOUS: &str = "(anonymous)";

/// The credit a mention counts for among its cluster's speakers.
pub(crate) fn credit(m: &Mention) -> Option<&str> {
    match (&m.speaker, m.speaker_kind) {
        (Some(s), _) => Some(s.as_str()),
        (None, SpeakerKind::Anonymous) => Some(ANONYMOUS),
        (None, _) => None,
    }
}

/// The whole cluster of the one mention `k`, as clustering describes a
/// group of one with nothing linked to it.
pub(super) fn single_cluster(id: &str, k: usize, mentions: &[Mention]) -> Cluster {
    let m = &mentions[k];
    Cluster {
        id: id.to_owned(),
        members: Box::new([k]),
        representative: k,
        also: Box::default(),
        held_by: Box::default(),
        wording_differs: false,
        speaker_conflict: false,
        speaker: single_speaker(m).map(str::to_owned),
        speakers: credit(m).map(|s| (s.to_owned(), 1)).into_iter().collect(),
        documents: 1,
    }
}

impl Entry {
    /// The cluster of the one mention `member`, id `id`.
    pub(super) fn single(id: String, member: usize) -> Entry {
        match (hash_of_key(&id), u32::try_from(member)) {
            (Some(hash), Ok(member)) => Entry::Single { hash, member },
            _ => Entry::Named(Box::new((id, member))),
        }
    }

    pub(super) fn id(&self) -> Cow<'_, str> {
        match self {
            Entry::Whole(c) => Cow::Borrowed(&c.id),
            Entry::Single { hash, .. } => Cow::Owned(key_of_hash(*hash)),
            Entry::Named(one) => Cow::Borrowed(&one.0),
        }
    }

    /// A number equal for equal ids, for a first check of uniqueness: the
    /// hash of an id of `key_of_hash`'s form, else the id's `FxHash`.
    pub(super) fn id_key(&self) -> u64 {
        use std::hash::BuildHasher;
        let of =
            |id: &str| hash_of_key(id).unwrap_or_else(|| rustc_hash::FxBuildHasher.hash_one(id));
        match self {
            Entry::Whole(c) => of(&c.id),
            Entry::Single { hash, .. } => *hash,
            Entry::Named(one) => of(&one.0),
        }
    }

    pub(super) fn set_id(&mut self, id: String) {
        match self {
            Entry::Whole(c) => c.id = id,
            Entry::Single { member, .. } => *self = Entry::single(id, *member as usize),
            Entry::Named(one) => one.0 = id,
        }
    }

    pub(super) fn representative(&self) -> usize {
        match self {
            Entry::Whole(c) => c.representative,
            Entry::Single { member, .. } => *member as usize,
            Entry::Named(one) => one.1,
        }
    }

    /// Whether any member is one that `f` accepts.
    pub(super) fn any_member(&self, f: impl FnMut(usize) -> bool) -> bool {
        match self {
            Entry::Whole(c) => c.members.iter().copied().any(f),
            single => std::iter::once(single.representative()).any(f),
        }
    }

    pub(super) fn speaker<'a>(&'a self, mentions: &'a [Mention]) -> Option<&'a str> {
        match self {
            Entry::Whole(c) => c.speaker.as_deref(),
            single => single_speaker(&mentions[single.representative()]),
        }
    }

    /// The whole cluster, to change it.
    pub(super) fn whole(&mut self, mentions: &[Mention]) -> &mut Cluster {
        if !matches!(self, Entry::Whole(_)) {
            *self = Entry::Whole(Box::new(self.cluster(mentions).into_owned()));
        }
        match self {
            Entry::Whole(c) => c,
            _ => unreachable!("made whole above"),
        }
    }

    fn cluster<'a>(&'a self, mentions: &[Mention]) -> Cow<'a, Cluster> {
        match self {
            Entry::Whole(c) => Cow::Borrowed(c),
            single => {
                let k = single.representative();
                Cow::Owned(single_cluster(&single.id(), k, mentions))
            }
        }
    }
}

impl Clusters {
    /// Clusters `mentions` (see [`cluster`](crate::cluster)): the same
    /// clusters, a quotation quoted once kept as its mention and id.
    pub fn of(mentions: &[Mention]) -> Clusters {
        super::cluster_entries(mentions, &super::PassedOver::default())
    }

    pub(super) fn from_entries(entries: Vec<Entry>) -> Clusters {
        Clusters { entries }
    }

    /// How many clusters.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The clusters in order, each whole; `mentions` are those clustered.
    pub fn iter<'a>(&'a self, mentions: &'a [Mention]) -> impl Iterator<Item = Cow<'a, Cluster>> {
        self.entries.iter().map(|e| e.cluster(mentions))
    }

    /// Every cluster whole, in order.
    pub fn into_vec(self, mentions: &[Mention]) -> Vec<Cluster> {
        self.entries
            .into_iter()
            .map(|e| match e {
                Entry::Whole(c) => *c,
                single => single.cluster(mentions).into_owned(),
            })
            .collect()
    }
}

impl From<Vec<Cluster>> for Clusters {
    fn from(clusters: Vec<Cluster>) -> Clusters {
        Clusters { entries: clusters.into_iter().map(|c| Entry::Whole(Box::new(c))).collect() }
    }
}

/// A cluster's id as [`ClusterList::single`] gives it: as written, or the
/// hash that an id of this crate's form (`q` and 16 hex digits) writes out,
/// which is written only when read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClusterId<'a> {
    /// The id as it stands.
    Text(&'a str),
    /// The id's hash.
    Hash(u64),
}

impl<'a> ClusterId<'a> {
    /// The id; a hash is written into `buf`.
    pub fn as_str<'b>(&self, buf: &'b mut [u8; 17]) -> &'b str
    where
        'a: 'b,
    {
        match *self {
            ClusterId::Text(id) => id,
            ClusterId::Hash(h) => write_key(h, buf),
        }
    }
}

impl std::fmt::Display for ClusterId<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str(&mut [0; 17]))
    }
}

/// Clusters in canonical order as the writers read them: a `[Cluster]`,
/// a `Vec<Cluster>` or [`Clusters`].
pub trait ClusterList: Sync {
    /// How many clusters.
    fn count(&self) -> usize;

    /// The `i`th cluster, whole; `mentions` are those clustered.
    fn cluster<'a>(&'a self, i: usize, mentions: &[Mention]) -> Cow<'a, Cluster>;

    /// The `i`th cluster's one mention and id, when it is a quotation
    /// quoted once with nothing linked to it, kept without a [`Cluster`].
    fn single(&self, i: usize) -> Option<(usize, ClusterId<'_>)> {
        let _ = i;
        None
    }
}

impl ClusterList for [Cluster] {
    fn count(&self) -> usize {
        self.len()
    }

    fn cluster<'a>(&'a self, i: usize, _: &[Mention]) -> Cow<'a, Cluster> {
        Cow::Borrowed(&self[i])
    }
}

impl ClusterList for Vec<Cluster> {
    fn count(&self) -> usize {
        self.len()
    }

    fn cluster<'a>(&'a self, i: usize, _: &[Mention]) -> Cow<'a, Cluster> {
        Cow::Borrowed(&self[i])
    }
}

impl ClusterList for Clusters {
    fn count(&self) -> usize {
        self.entries.len()
    }

    fn cluster<'a>(&'a self, i: usize, mentions: &[Mention]) -> Cow<'a, Cluster> {
        self.entries[i].cluster(mentions)
    }

    fn single(&self, i: usize) -> Option<(usize, ClusterId<'_>)> {
        match &self.entries[i] {
            Entry::Whole(_) => None,
            Entry::Single { hash, member } => Some((*member as usize, ClusterId::Hash(*hash))),
            Entry::Named(one) => Some((one.1, ClusterId::Text(&one.0))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_quoted_once_stays_small() {
        // 571,000 of them at 4 MB of `“a”“a”…`: every byte here is half a
        // megabyte there.
        assert!(std::mem::size_of::<Entry>() <= 16, "{}", std::mem::size_of::<Entry>());
    }

    #[test]
    fn ids_of_any_form_survive_a_group_of_one() {
        for (id, member) in [("q00000000000000ff", 3), ("edited by hand", 4), ("q1", 5)] {
            let e = Entry::single(id.to_owned(), member);
            assert_eq!((e.id().as_ref(), e.representative()), (id, member));
        }
        let big = usize::try_from(u64::from(u32::MAX) + 1).unwrap_or(usize::MAX);
        let e = Entry::single("q00000000000000ff".to_owned(), big);
        assert_eq!((e.id().as_ref(), e.representative()), ("q00000000000000ff", big));
        let mut e = Entry::single("q00000000000000ff".to_owned(), 1);
        e.set_id("renamed".to_owned());
        assert_eq!(e.id(), "renamed");
        assert!(matches!(Entry::single("q00000000000000ff".into(), 1), Entry::Single { .. }));
    }
}
