//! What the stages need of each mention, computed once: the canonical
//! order, one signature per distinct text, and the speaker as the stages
//! compare it; and the union-find that the stages feed.

use rustc_hash::FxHashMap as HashMap;

use crate::attribution::SpeakerKind;
use crate::extractor::Mention;
use crate::text_key::{all_words, content_words, normalize, word_hash32};

/// What the stages need of one distinct text, computed once however many
/// mentions repeat it.
pub(super) struct Sig {
    pub(super) norm: String,
    /// Words in `norm`.
    pub(super) n_words: usize,
    /// Sorted, deduplicated hashes of content words.
    pub(super) content: Vec<u32>,
    /// Sorted, deduplicated hashes of all words: a reworded copy keeps its
    /// small words ("I have been … for quite some time") more than its
    /// content words, so similarity is measured on these.
    pub(super) words: Vec<u32>,
    /// The hash of the first word: a text that holds this one word for
    /// word has it among its `words`.
    pub(super) first: u32,
}

/// What the stages need of one mention.
pub(super) struct Item {
    pub(super) sig: std::sync::Arc<Sig>,
    /// The document's number (see [`Item::doc`]): 32 bytes an item, not
    /// 48, with the speaker's name boxed.
    doc: u32,
    pub(super) speaker: Speaker,
    pub(super) headline: bool,
}

impl Item {
    /// The document's number, counted from 0 in canonical order.
    pub(super) fn doc(&self) -> usize {
        self.doc as usize
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Speaker {
    // Boxed twice: 8 bytes, and a speaker is 16, an item 32.
    #[allow(clippy::box_collection)]
    Named(Box<String>),
    Anonymous,
    Unknown,
}

impl Speaker {
    pub(crate) fn of(m: &Mention) -> Speaker {
        match (&m.speaker, m.speaker_kind) {
            (_, SpeakerKind::Anonymous) => Speaker::Anonymous,
            (Some(s), _) => Speaker::Named(Box::new(s.to_lowercase())),
            (None, _) => Speaker::Unknown,
        }
    }

    /// Same person as far as the text lets us tell: "Leike" is "Jan
    /// Leike", "Ms Ruiz" is "Ana Ruiz", "J. Leike" is "Jan Leike"; "Robert
    /// Smith Jr." is not "Alan Jones Jr.", nor "Ann Leike" "Jan Leike".
    pub(super) fn same(&self, other: &Speaker) -> bool {
        match (self, other) {
            (Speaker::Named(a), Speaker::Named(b)) => same_name(a, b),
            (Speaker::Anonymous, Speaker::Anonymous) => true,
            _ => false,
        }
    }

    /// What [`Speaker::same`] requires to be equal: the surname (a name's
    /// last word before any "Jr." or "III"), or "anonymous"; none for an
    /// unknown speaker, who is nobody's same.
    pub(crate) fn class(&self) -> Option<&str> {
        match self {
            Speaker::Named(n) => Some(name_words(n).last().copied().unwrap_or(n)),
            Speaker::Anonymous => Some("\0anonymous"),
            Speaker::Unknown => None,
        }
    }

    /// Two speakers that cannot both be right.
    pub(super) fn conflicts(&self, other: &Speaker) -> bool {
        !matches!(self, Speaker::Unknown) && !matches!(other, Speaker::Unknown) && !self.same(other)
    }
}

/// Courtesy titles before a name and generational suffixes after it: they
/// say nothing about who a person is.
const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"];
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// The words of a lower-case name that tell people apart: titles and
/// suffixes dropped, full stops and commas trimmed.
pub(super) fn name_words(name: &str) -> Vec<&str> {
    let mut words: Vec<&str> = name
        .split(' ')
        .map(|w| w.trim_matches(|c| c == '.' || c == ','))
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && SUFFIXES.contains(words.last().expect("not empty")) {
        words.pop();
    }
    let titles = words.iter().take_while(|w| TITLES.contains(w)).count();
    words.drain(..titles.min(words.len() - 1));
    words
}

/// Two lower-case names of one person: the same surname, and first names
/// that agree where both give one (an initial agrees with its name).
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (wa, wb) = (name_words(a), name_words(b));
    let (Some((sa, fa)), Some((sb, fb))) = (wa.split_last(), wb.split_last()) else {
        return false;
    };
    if sa != sb {
        return false;
    }
    match (fa.first(), fb.first()) {
        (Some(x), Some(y)) => {
            x == y
                || x.chars().count() == 1 && y.starts_with(x)
                || y.chars().count() == 1 && x.starts_with(y)
        }
        // A surname alone is anyone of that surname.
        _ => true,
    }
}

pub(crate) fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let inter = intersection(a, b);
    let union = a.len() + b.len() - inter;
    if union == 0 { 0.0 } else { inter as f64 / union as f64 }
}

/// Share of the smaller set found in the larger.
pub(super) fn intersection(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Every element of sorted `small` is in sorted `big`.
pub(super) fn is_subset(small: &[u32], big: &[u32]) -> bool {
    let mut rest = big;
    small.iter().all(|w| {
        let k = rest.partition_point(|b| b < w);
        let found = rest.get(k) == Some(w);
        rest = rest.get(k + 1..).unwrap_or_default();
        found
    })
}

/// The union-find the stages feed, with a second one beside it for whole
/// copies only (the same text, a rewording): the copies of a quotation
/// that holds others whole hold them too, where a fragment of it does not.
pub(super) struct UnionFind {
    parent: Vec<u32>,
    copies: Vec<u32>,
}

impl UnionFind {
    pub(super) fn new(n: usize) -> UnionFind {
        UnionFind { parent: (0..n as u32).collect(), copies: (0..n as u32).collect() }
    }

    pub(super) fn find(&mut self, x: usize) -> usize {
        root(&mut self.parent, x)
    }

    /// The set of whole copies `x` belongs to.
    pub(super) fn copy_of(&mut self, x: usize) -> usize {
        root(&mut self.copies, x)
    }

    /// Joins two sets (a fragment and what holds it, an echo); the smaller
    /// index becomes the root, which keeps the result independent of the
    /// order of calls.
    pub(super) fn union(&mut self, a: usize, b: usize) -> bool {
        join(&mut self.parent, a, b)
    }

    /// Joins two whole copies of one quotation.
    pub(super) fn union_copies(&mut self, a: usize, b: usize) -> bool {
        join(&mut self.copies, a, b);
        join(&mut self.parent, a, b)
    }
}

fn root(parent: &mut [u32], mut x: usize) -> usize {
    while parent[x] as usize != x {
        let up = parent[parent[x] as usize];
        parent[x] = up;
        x = up as usize;
    }
    x
}

fn join(parent: &mut [u32], a: usize, b: usize) -> bool {
    let (ra, rb) = (root(parent, a), root(parent, b));
    if ra == rb {
        return false;
    }
    let (lo, hi) = (ra.min(rb), ra.max(rb));
    parent[hi] = lo as u32;
    true
}

/// The canonical order and what the stages need of each mention in it.
pub(super) fn prepare(mentions: &[Mention]) -> (Vec<usize>, Vec<Item>) {
    use rayon::prelude::*;
    let order = canonical_order(mentions);
    // The canonical order keeps a document's mentions together: number the
    // documents as they change, no hashing. Numbers fit in u32 as the
    // union-find's do; half the memory of usize when every mention counts.
    let mut doc_of: Vec<u32> = Vec::with_capacity(order.len());
    for (k, &i) in order.iter().enumerate() {
        let same = k > 0 && *mentions[order[k - 1]].doc == *mentions[i].doc;
        let last = doc_of.last().copied();
        doc_of.push(match (same, last) {
            (true, Some(d)) => d,
            (false, Some(d)) => d + 1,
            (_, None) => 0,
        });
    }
    // One signature per distinct text: archives repeat quotations a lot.
    let mut distinct: HashMap<&str, u32> = HashMap::default();
    let mut texts: Vec<&str> = Vec::new();
    let text_of: Vec<u32> = order
        .iter()
        .map(|&i| {
            let t = mentions[i].text.as_str();
            *distinct.entry(t).or_insert_with(|| {
                texts.push(t);
                texts.len() as u32 - 1
            })
        })
        .collect();
    let sigs: Vec<std::sync::Arc<Sig>> = texts
        .par_iter()
        .map(|t| {
            let norm = normalize(t);
            std::sync::Arc::new(Sig {
                content: content_words(&norm),
                words: all_words(&norm),
                first: word_hash32(norm.split(' ').next().unwrap_or("")),
                n_words: if norm.is_empty() { 0 } else { norm.split(' ').count() },
                norm,
            })
        })
        .collect();
    let items: Vec<Item> = order
        .par_iter()
        .zip(&text_of)
        .zip(&doc_of)
        .map(|((&i, &t), &doc)| {
            let m = &mentions[i];
            Item {
                sig: sigs[t as usize].clone(),
                doc,
                speaker: Speaker::of(m),
                headline: m.kind == crate::extractor::QuoteKind::Headline,
            }
        })
        .collect();
    (order, items)
}

pub(super) fn canonical_cmp(x: &Mention, y: &Mention) -> std::cmp::Ordering {
    // A document's mentions share its name: no need to compare it.
    let docs = if crate::Doc::ptr_eq(&x.doc, &y.doc) {
        std::cmp::Ordering::Equal
    } else {
        x.doc.id().cmp(y.doc.id())
    };
    docs.then_with(|| (x.span.start, x.span.end, &x.text).cmp(&(y.span.start, y.span.end, &y.text)))
}

pub(super) fn canonical_order(mentions: &[Mention]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    // The CLI hands them over sorted already; checking costs one pass.
    if !mentions.is_sorted_by(|x, y| canonical_cmp(x, y).is_le()) {
        order.sort_by(|&a, &b| canonical_cmp(&mentions[a], &mentions[b]));
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_stays_small() {
        // One per mention while clustering: 571,000 for 4 MB of `“a”“a”…`.
        assert!(std::mem::size_of::<Item>() <= 32, "{}", std::mem::size_of::<Item>());
    }

    #[test]
    fn names_of_one_person() {
        assert!(same_name("jan leike", "leike"));
        assert!(same_name("ms ruiz", "ana ruiz"));
        assert!(same_name("j. leike", "jan leike"));
        assert!(same_name("robert smith jr.", "robert smith"));
        assert!(!same_name("robert smith jr.", "alan jones jr."));
        assert!(!same_name("ann leike", "jan leike"));
        assert!(!same_name("openai board", "tesla board"));
        let s = |n: &str| Speaker::Named(Box::new(n.into()));
        assert_eq!(s("robert smith jr.").class(), Some("smith"));
        assert!(s("robert smith jr.").conflicts(&s("alan jones jr.")));
    }

    #[test]
    fn subsets_of_sorted_word_hashes() {
        assert!(is_subset(&[], &[]));
        assert!(is_subset(&[2, 5], &[1, 2, 3, 5]));
        assert!(is_subset(&[1, 5], &[1, 5]));
        assert!(!is_subset(&[2, 4], &[1, 2, 3, 5]));
        assert!(!is_subset(&[6], &[1, 2, 3, 5]));
        assert!(!is_subset(&[1], &[]));
    }
}
