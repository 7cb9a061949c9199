//! The clusters of a run as the outputs read them: a quotation quoted once
//! is its mention and its id (32 bytes), not a whole [`Cluster`] (136 bytes
//! and three lists), since most quotations of a large run are quoted once.

use std::borrow::Cow;

use super::Cluster;
use crate::attribution::SpeakerKind;
use crate::extractor::Mention;

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
    /// [`single_cluster`] describes it.
    Single {
        id: String,
        member: usize,
    },
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
    pub(super) fn id(&self) -> &str {
        match self {
            Entry::Whole(c) => &c.id,
            Entry::Single { id, .. } => id,
        }
    }

    pub(super) fn id_mut(&mut self) -> &mut String {
        match self {
            Entry::Whole(c) => &mut c.id,
            Entry::Single { id, .. } => id,
        }
    }

    pub(super) fn representative(&self) -> usize {
        match self {
            Entry::Whole(c) => c.representative,
            Entry::Single { member, .. } => *member,
        }
    }

    pub(super) fn members(&self) -> &[usize] {
        match self {
            Entry::Whole(c) => &c.members,
            Entry::Single { member, .. } => std::slice::from_ref(member),
        }
    }

    pub(super) fn speaker<'a>(&'a self, mentions: &'a [Mention]) -> Option<&'a str> {
        match self {
            Entry::Whole(c) => c.speaker.as_deref(),
            Entry::Single { member, .. } => single_speaker(&mentions[*member]),
        }
    }

    /// The whole cluster, to change it.
    pub(super) fn whole(&mut self, mentions: &[Mention]) -> &mut Cluster {
        if let Entry::Single { id, member } = self {
            *self = Entry::Whole(Box::new(single_cluster(id, *member, mentions)));
        }
        match self {
            Entry::Whole(c) => c,
            Entry::Single { .. } => unreachable!("made whole above"),
        }
    }

    fn cluster<'a>(&'a self, mentions: &[Mention]) -> Cow<'a, Cluster> {
        match self {
            Entry::Whole(c) => Cow::Borrowed(c),
            Entry::Single { id, member } => Cow::Owned(single_cluster(id, *member, mentions)),
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
                Entry::Single { id, member } => single_cluster(&id, member, mentions),
            })
            .collect()
    }
}

impl From<Vec<Cluster>> for Clusters {
    fn from(clusters: Vec<Cluster>) -> Clusters {
        Clusters { entries: clusters.into_iter().map(|c| Entry::Whole(Box::new(c))).collect() }
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
    fn single(&self, i: usize) -> Option<(usize, &str)> {
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

    fn single(&self, i: usize) -> Option<(usize, &str)> {
        match &self.entries[i] {
            Entry::Single { id, member } => Some((*member, id)),
            Entry::Whole(_) => None,
        }
    }
}
