//! Dedup: clusters the repeats of one quotation across documents, whole,
//! trimmed, re-punctuated, prefixed or reworded, and flags where the copies
//! disagree on wording or speaker.
//!
//! A cascade of keyed stages feeds one union-find; no stage compares all
//! pairs:
//! 1. exact key: the normalised text;
//! 2. containment: a fragment of four or more content words found word for
//!    word inside a longer quotation (looked up by its first word shingle);
//! 3. rewording: MinHash bands over content words; every candidate pair is
//!    verified, and so are the two clusters' representatives, so that chains
//!    cannot grow into one giant cluster;
//! 4. document alignment: two documents that share most of their quotations
//!    are rewordings of each other; their remaining quotations are paired in
//!    order between the shared ones ("This statement reflects reality." /
//!    "This assertion displays actuality.").
//!
//! Everything runs over the mentions in a canonical order (document, offset,
//! text), so the clusters and their ids do not depend on input order.

use rustc_hash::FxHashMap as HashMap;

use unicode_normalization::UnicodeNormalization;

use crate::attribution::SpeakerKind;
use crate::extractor::Mention;

/// Fewer content words than this merge only on the exact key or through
/// document alignment.
pub(crate) const MIN_CONTENT_WORDS: usize = 4;
/// Words per shingle in the containment stage.
pub(crate) const SHINGLE: usize = 4;
/// MinHash bands and rows per band: with two rows a pair at content-word
/// Jaccard 0.3 shares a band with probability 0.85, at 0.1 with 0.18.
const BANDS: usize = 20;
const ROWS: usize = 2;
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
    pub members: Vec<usize>,
    /// Index of the representative: the longest faithful form.
    pub representative: usize,
    /// Ids of other clusters that a long member also contains (a quotation
    /// joining two that other outlets quote apart).
    pub also: Vec<String>,
    /// Members' normalised texts differ beyond trimming.
    pub wording_differs: bool,
    /// Members name different speakers.
    pub speaker_conflict: bool,
    /// Each speaker named by a member, with its count, most frequent first.
    pub speakers: Vec<(String, usize)>,
    /// Number of distinct documents.
    pub documents: usize,
}

/// The text with compatibility forms folded (NFKC), lower-cased, curly
/// apostrophes straightened, and everything but letters, digits and
/// single spaces removed.
pub fn normalize(text: &str) -> String {
    use unicode_normalization::{IsNormalized, is_nfkc_quick};
    if let Some(folded) = fold_plain(text) {
        return folded;
    }
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        return fold(text.chars(), text.len());
    }
    fold(text.nfkc(), text.len())
}

/// [`fold`] for the common text of ASCII plus curly quotes and dashes,
/// which NFKC leaves alone: one pass, no tables. `None` for anything else.
fn fold_plain(text: &str) -> Option<String> {
    let mut out = Vec::with_capacity(text.len());
    walk_plain(text, |b| out.push(b))?;
    Some(String::from_utf8(out).expect("the plain fold writes ASCII"))
}

/// Feeds the bytes of the plain fold to `emit`: lower-case ASCII letters
/// and digits, and one space between words. Returns `None`, having fed a
/// prefix, at the first char the plain fold does not cover.
fn walk_plain(text: &str, mut emit: impl FnMut(u8)) -> Option<()> {
    let bytes = text.as_bytes();
    let (mut pending, mut any) = (false, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            // A separator becomes one space, and only between words.
            if pending {
                emit(b' ');
                pending = false;
            }
            emit(b.to_ascii_lowercase());
            any = true;
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("i is a char boundary");
        i += c.len_utf8();
        if c == '\'' || c == '’' {
            // "don't" and "dont" are one word
        } else if c.is_ascii() || matches!(c, '‘' | '“' | '”' | '–' | '—') {
            pending = any;
        } else {
            return None;
        }
    }
    Some(())
}

fn fold(chars: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut space = true;
    let mut push = |c: char, out: &mut String| {
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if c == '\'' || c == '’' {
            // "don't" and "dont" are one word
        } else if !space {
            out.push(' ');
            space = true;
        }
    };
    for c in chars {
        // Most text is ASCII: one lower-case char, no case-mapping tables.
        if c.is_ascii() {
            push(c.to_ascii_lowercase(), &mut out);
        } else {
            for l in c.to_lowercase() {
                push(l, &mut out);
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A stable id for an exact normalised text: `q` and 16 hex digits of FNV-1a.
pub fn exact_key(text: &str) -> String {
    match fnv1a_plain(text) {
        Some(h) => key_of_hash(h),
        None => key_of_normalized(&normalize(text)),
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// `fnv1a(fold_plain(text))` without building the string: every mention
/// gets an exact key. `None` where [`fold_plain`] gives up.
fn fnv1a_plain(text: &str) -> Option<u64> {
    let mut h = FNV_OFFSET;
    walk_plain(text, |b| h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))?;
    Some(h)
}

pub(crate) fn key_of_normalized(norm: &str) -> String {
    key_of_hash(fnv1a(norm.as_bytes()))
}

/// `q` and the hash in 16 lower-case hex digits (as `format!("q{h:016x}")`,
/// which costs more than the hash itself).
fn key_of_hash(h: u64) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut key = String::with_capacity(17);
    key.push('q');
    for shift in (0..16).rev() {
        key.push(char::from(HEX[(h >> (shift * 4)) as usize & 0xf]));
    }
    key
}

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = FNV_OFFSET;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Words too common to say what a quotation is about.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "being", "but", "by", "can", "could", "did", "do", "does", "dont", "for", "from",
    "had", "has", "have", "he", "her", "him", "his", "how", "i", "if", "im", "in", "into", "is",
    "it", "its", "ive", "just", "me", "more", "my", "no", "not", "of", "on", "one", "or", "our",
    "out", "over", "said", "says", "she", "so", "some", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "to", "up", "us", "very", "was", "we",
    "were", "what", "when", "which", "while", "who", "will", "with", "would", "you", "your",
];

/// What the stages need of one distinct text, computed once however many
/// mentions repeat it.
struct Sig {
    norm: String,
    /// Words in `norm`.
    n_words: usize,
    /// Sorted, deduplicated hashes of content words.
    content: Vec<u32>,
    /// Sorted, deduplicated hashes of all words: a reworded copy keeps its
    /// small words ("I have been … for quite some time") more than its
    /// content words, so similarity is measured on these.
    words: Vec<u32>,
    /// The hash of the first word: a text that holds this one word for
    /// word has it among its `words`.
    first: u32,
}

/// What the stages need of one mention.
struct Item {
    sig: std::sync::Arc<Sig>,
    doc: usize,
    speaker: Speaker,
    headline: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Speaker {
    Named(String),
    Anonymous,
    Unknown,
}

impl Speaker {
    pub(crate) fn of(m: &Mention) -> Speaker {
        match (&m.speaker, m.speaker_kind) {
            (_, SpeakerKind::Anonymous) => Speaker::Anonymous,
            (Some(s), _) => Speaker::Named(s.to_lowercase()),
            (None, _) => Speaker::Unknown,
        }
    }

    /// Same person as far as the text lets us tell ("Leike" is "Jan Leike").
    fn same(&self, other: &Speaker) -> bool {
        match (self, other) {
            (Speaker::Named(a), Speaker::Named(b)) => {
                a == b || a.split(' ').next_back() == b.split(' ').next_back()
            }
            (Speaker::Anonymous, Speaker::Anonymous) => true,
            _ => false,
        }
    }

    /// What [`Speaker::same`] compares: the last word of a name, or
    /// "anonymous"; none for an unknown speaker, who is nobody's same.
    pub(crate) fn class(&self) -> Option<&str> {
        match self {
            Speaker::Named(n) => Some(n.split(' ').next_back().unwrap_or(n)),
            Speaker::Anonymous => Some("\0anonymous"),
            Speaker::Unknown => None,
        }
    }

    /// Two speakers that cannot both be right.
    fn conflicts(&self, other: &Speaker) -> bool {
        !matches!(self, Speaker::Unknown) && !matches!(other, Speaker::Unknown) && !self.same(other)
    }
}

fn word_hash(w: &str) -> u64 {
    fnv1a(w.as_bytes())
}

/// Word sets keep 32-bit hashes: half the memory, and a collision between two
/// words of one pair of quotations is vanishingly rare.
fn word_hash32(w: &str) -> u32 {
    let h = fnv1a(w.as_bytes());
    (h ^ (h >> 32)) as u32
}

pub(crate) fn content_words(norm: &str) -> Vec<u32> {
    let mut v: Vec<u32> = norm
        .split(' ')
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .map(word_hash32)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

pub(crate) fn all_words(norm: &str) -> Vec<u32> {
    let mut v: Vec<u32> = norm.split(' ').filter(|w| !w.is_empty()).map(word_hash32).collect();
    v.sort_unstable();
    v.dedup();
    v
}

pub(crate) fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let inter = intersection(a, b);
    let union = a.len() + b.len() - inter;
    if union == 0 { 0.0 } else { inter as f64 / union as f64 }
}

/// Share of the smaller set found in the larger.
fn intersection(a: &[u32], b: &[u32]) -> usize {
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
fn is_subset(small: &[u32], big: &[u32]) -> bool {
    let mut rest = big;
    small.iter().all(|w| {
        let k = rest.partition_point(|b| b < w);
        let found = rest.get(k) == Some(w);
        rest = rest.get(k + 1..).unwrap_or_default();
        found
    })
}

struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind { parent: (0..n as u32).collect() }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] as usize != x {
            let up = self.parent[self.parent[x] as usize];
            self.parent[x] = up;
            x = up as usize;
        }
        x
    }

    /// Joins two sets; the smaller index becomes the root, which keeps the
    /// result independent of the order of calls.
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        self.parent[hi] = lo as u32;
        true
    }
}

/// Clusters mentions. The result lists clusters by their first member in
/// canonical order; every mention is in exactly one cluster.
pub fn cluster(mentions: &[Mention]) -> Vec<Cluster> {
    cluster_passing_over(mentions, &PassedOver::default())
}

/// Groups that the stages pass over whatever else is clustered with them:
/// a shard learns these from the whole run's key counts.
#[derive(Clone, Debug, Default)]
pub(crate) struct PassedOver {
    /// First-shingle posting lists longer than [`MAX_POSTINGS`].
    pub shingles: rustc_hash::FxHashSet<u64>,
    /// MinHash buckets larger than [`MAX_BUCKET`].
    pub bands: rustc_hash::FxHashSet<u64>,
}

pub(crate) fn cluster_passing_over(mentions: &[Mention], passed: &PassedOver) -> Vec<Cluster> {
    let (order, items) = prepare(mentions);
    let mut uf = UnionFind::new(items.len());
    // The costly stages see each distinct text once.
    let uniq = exact_stage(&items, &mut uf);
    let also = containment_stage(&items, &uniq, &passed.shingles, &mut uf);
    echo_stage(&items, &mut uf);
    rewording_stage(&items, &uniq, &passed.bands, &mut uf);
    alignment_stage(&items, mentions, &order, &mut uf);
    let mut by_root: indexmap::IndexMap<usize, Vec<usize>, rustc_hash::FxBuildHasher> =
        indexmap::IndexMap::default();
    for i in 0..items.len() {
        by_root.entry(uf.find(i)).or_default().push(i);
    }
    assemble(mentions, &order, &items, by_root.into_values().collect(), None, &also)
}

/// The clusters that the mentions' own `quote_id`s make, described as
/// [`cluster`] describes its own (without `also` links): for mentions
/// clustered elsewhere, or whose ids a person has edited.
pub fn clusters_by_id(mentions: &[Mention]) -> Vec<Cluster> {
    let (order, items) = prepare(mentions);
    let mut by_id: indexmap::IndexMap<&str, Vec<usize>> = indexmap::IndexMap::new();
    for (i, &k) in order.iter().enumerate() {
        by_id.entry(mentions[k].quote_id.as_str()).or_default().push(i);
    }
    let ids: Vec<String> = by_id.keys().map(|&k| k.to_owned()).collect();
    assemble(mentions, &order, &items, by_id.into_values().collect(), Some(ids), &[])
}

/// The canonical order and what the stages need of each mention in it.
fn prepare(mentions: &[Mention]) -> (Vec<usize>, Vec<Item>) {
    use rayon::prelude::*;
    let order = canonical_order(mentions);
    // The canonical order keeps a document's mentions together: number the
    // documents as they change, no hashing.
    let mut doc_of: Vec<usize> = Vec::with_capacity(order.len());
    for (k, &i) in order.iter().enumerate() {
        let same = k > 0 && mentions[order[k - 1]].doc == mentions[i].doc;
        let last = doc_of.last().copied();
        doc_of.push(match (same, last) {
            (true, Some(d)) => d,
            (false, Some(d)) => d + 1,
            (_, None) => 0,
        });
    }
    // One signature per distinct text: archives repeat quotations a lot.
    let mut distinct: HashMap<&str, usize> = HashMap::default();
    let mut texts: Vec<&str> = Vec::new();
    let text_of: Vec<usize> = order
        .iter()
        .map(|&i| {
            let t = mentions[i].text.as_str();
            *distinct.entry(t).or_insert_with(|| {
                texts.push(t);
                texts.len() - 1
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
                sig: sigs[t].clone(),
                doc,
                speaker: Speaker::of(m),
                headline: m.kind == crate::extractor::QuoteKind::Headline,
            }
        })
        .collect();
    (order, items)
}

/// Sets every mention's `quote_id` to its cluster's id.
pub fn assign_ids(mentions: &mut [Mention], clusters: &[Cluster]) {
    for c in clusters {
        for &k in &c.members {
            mentions[k].quote_id.clone_from(&c.id);
        }
    }
}

/// Sorts mentions by document, offset and text: the order of every output,
/// whatever the order of the input files or threads.
pub fn sort_canonical(mentions: &mut [Mention]) {
    mentions.sort_by(canonical_cmp);
}

fn canonical_cmp(x: &Mention, y: &Mention) -> std::cmp::Ordering {
    (&x.doc, x.span.start, x.span.end, &x.text).cmp(&(&y.doc, y.span.start, y.span.end, &y.text))
}

fn canonical_order(mentions: &[Mention]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    // The CLI hands them over sorted already; checking costs one pass.
    if !mentions.is_sorted_by(|x, y| canonical_cmp(x, y).is_le()) {
        order.sort_by(|&a, &b| canonical_cmp(&mentions[a], &mentions[b]));
    }
    order
}

/// Short texts ("historic") merge on the exact key only when they have the
/// same speaker: one word in two unrelated stories is no shared quotation.
/// Returns the first item of each distinct normalised text, in order.
fn exact_stage(items: &[Item], uf: &mut UnionFind) -> Vec<usize> {
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
                uf.union(first, i);
            }
            continue;
        }
        // `Speaker::same` is equality of class: join each class's members.
        let mut class_first: HashMap<&str, usize> = HashMap::default();
        for &i in group {
            if let Some(class) = items[i].speaker.class() {
                let j = *class_first.entry(class).or_insert(i);
                uf.union(j, i);
            }
        }
    }
    let mut uniq: Vec<usize> = by_key.iter().map(|g| g[0]).collect();
    uniq.sort_unstable();
    uniq
}

/// The hashes of a normalised text's words.
pub(crate) fn word_hashes(norm: &str) -> Vec<u64> {
    norm.split(' ').map(word_hash).collect()
}

/// The `size`-word shingles of a text, from its words' hashes: no strings built.
pub(crate) fn shingles(hashes: &[u64], size: usize) -> impl Iterator<Item = u64> + '_ {
    (0..(hashes.len() + 1).saturating_sub(size)).map(move |i| {
        hashes[i..i + size].iter().fold(size as u64, |h, &w| mix(h.rotate_left(17) ^ w))
    })
}

/// `true` when `small` stands word for word inside `big`.
pub(crate) fn contains_words(big: &str, small: &str) -> bool {
    big.match_indices(small).any(|(at, _)| {
        let before = at == 0 || big.as_bytes()[at - 1] == b' ';
        let end = at + small.len();
        let after = end == big.len() || big.as_bytes()[end] == b' ';
        before && after
    })
}

/// Links each fragment to the longer quotations it stands inside. A long
/// quotation containing fragments of several clusters joins the one of its
/// longest fragment and records the others in `also`.
fn containment_stage(
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

/// Documents with more quotations than this skip the echo stage, which
/// compares every pair inside a document.
const MAX_ECHO_DOC: usize = 500;

/// A writer echoes a quotation elsewhere in the same article: a fragment
/// ("dedicated investment") or a headline ("I lost trust" for "I gradually
/// lost trust in …"). The echo joins the longest quotation of the same
/// document that holds its words, unless the speakers conflict.
fn echo_stage(items: &[Item], uf: &mut UnionFind) {
    use rayon::prelude::*;
    // Each document's echoes depend on that document alone: find them on
    // all cores, then join them in one pass.
    let mut docs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    while start < items.len() {
        let doc = items[start].doc;
        let end = start + items[start..].iter().take_while(|i| i.doc == doc).count();
        if end - start <= MAX_ECHO_DOC {
            docs.push(start..end);
        }
        start = end;
    }
    let links: Vec<(usize, usize)> =
        docs.into_par_iter().flat_map_iter(|doc| echoes(items, doc)).collect();
    for (e, q) in links {
        uf.union(e, q);
    }
}

/// The (echo, quotation) pairs of one document's items.
fn echoes(items: &[Item], doc: std::ops::Range<usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // The quotations an echo can join, longest first (then in order): the
    // first that holds an echo is the one it joins.
    let mut longest: Vec<usize> = doc.clone().filter(|&q| !items[q].headline).collect();
    longest.sort_by_key(|&q| (std::cmp::Reverse(items[q].sig.norm.len()), q));
    for e in doc {
        let echo = &items[e];
        if echo.sig.n_words < 2 {
            continue;
        }
        let holds = |q: &Item| {
            // Each word of the echo a word of the quotation, before the
            // costlier search for the words in their order.
            (q.sig.words.binary_search(&echo.sig.first).is_ok()
                && is_subset(&echo.sig.words, &q.sig.words)
                && contains_words(&q.sig.norm, &echo.sig.norm)
                || echo.headline
                    && echo.sig.content.len() >= 2
                    && intersection(&echo.sig.words, &q.sig.words) * 5 >= echo.sig.words.len() * 4)
                && !q.speaker.conflicts(&echo.speaker)
        };
        let best = longest
            .iter()
            .take_while(|&&q| items[q].sig.norm.len() > echo.sig.norm.len())
            .find(|&&q| holds(&items[q]));
        if let Some(&q) = best {
            out.push((e, q));
        }
    }
    out
}

/// 64-bit mixer for the MinHash family.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

pub(crate) fn band_keys(content: &[u32]) -> [u64; BANDS] {
    let mut mins = [u64::MAX; BANDS * ROWS];
    for &w in content {
        for (k, m) in mins.iter_mut().enumerate() {
            let h = mix(u64::from(w) ^ (k as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            if h < *m {
                *m = h;
            }
        }
    }
    let mut keys = [0u64; BANDS];
    for (b, key) in keys.iter_mut().enumerate() {
        let mut h = (b as u64).wrapping_add(1);
        for r in 0..ROWS {
            h = mix(h ^ mins[b * ROWS + r]);
        }
        *key = h;
    }
    keys
}

/// Two quotations are rewordings of each other: enough shared words for
/// what their speakers say (the same speaker 0.3, unknown 0.45, different
/// 0.6: on the seeds no two different quotations by one speaker reach 0.3),
/// and lengths within a factor of 0.6.
fn reworded(a: &Item, b: &Item) -> bool {
    // The lengths and the loosest threshold first: what the shards verify.
    if !could_reword(&a.sig.words, a.sig.content.len(), &b.sig.words, b.sig.content.len()) {
        return false;
    }
    if a.speaker.same(&b.speaker) {
        return true;
    }
    let j = jaccard(&a.sig.words, &b.sig.words);
    if a.speaker.conflicts(&b.speaker) { j >= 0.6 } else { j >= 0.45 }
}

/// [`reworded`] for some speakers: the pair could be joined by the
/// rewording stage whoever said them.
pub(crate) fn could_reword(a: &[u32], a_content: usize, b: &[u32], b_content: usize) -> bool {
    let (la, lb) = (a.len(), b.len());
    a_content.min(b_content) >= MIN_CONTENT_WORDS
        && la.min(lb) * 5 >= la.max(lb) * 3
        && jaccard(a, b) >= 0.3
}

fn rewording_stage(
    items: &[Item],
    uniq: &[usize],
    passed: &rustc_hash::FxHashSet<u64>,
    uf: &mut UnionFind,
) {
    use rayon::prelude::*;
    let eligible: Vec<usize> =
        uniq.iter().copied().filter(|&i| items[i].sig.content.len() >= MIN_CONTENT_WORDS).collect();
    let keys: Vec<[u64; BANDS]> =
        eligible.par_iter().map(|&i| band_keys(&items[i].sig.words)).collect();
    // Representatives: the member with the most content words so far.
    let mut rep: Vec<u32> = (0..items.len() as u32).collect();
    // One band at a time, verified at once: memory stays at one band's
    // entries, and the order (band, then canonical) is fixed.
    let mut entries: Vec<(u64, u32)> = Vec::with_capacity(eligible.len());
    let mut candidates: Vec<(u32, u32)> = Vec::new();
    for band in 0..BANDS {
        entries.clear();
        entries.extend(eligible.iter().zip(&keys).map(|(&i, k)| (k[band], i as u32)));
        entries.par_sort_unstable();
        candidates.clear();
        for group in entries.chunk_by(|a, b| a.0 == b.0) {
            // A band shared by very many quotations is made of common words
            // and says nothing; real rewordings meet in their other bands.
            if group.len() > MAX_BUCKET || passed.contains(&group[0].0) {
                continue;
            }
            for (x, &(_, a)) in group.iter().enumerate() {
                for &(_, b) in &group[x + 1..] {
                    if items[a as usize].doc != items[b as usize].doc {
                        candidates.push((a, b));
                    }
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &(a, b) in &candidates {
            let (a, b) = (a as usize, b as usize);
            let (ra, rb) = (uf.find(a), uf.find(b));
            if ra == rb || !reworded(&items[a], &items[b]) {
                continue;
            }
            let (pa, pb) = (rep[ra] as usize, rep[rb] as usize);
            // The clusters as wholes must agree too, or a chain would grow.
            if (pa != a || pb != b) && !reworded(&items[pa], &items[pb]) {
                continue;
            }
            uf.union(a, b);
            let root = uf.find(a);
            rep[root] =
                if items[pa].sig.content.len() >= items[pb].sig.content.len() { pa } else { pb }
                    as u32;
        }
    }
}

/// Documents sharing at least this share of the smaller one's quotations
/// (and three or more) are rewordings of each other.
const ALIGN_SHARE: f64 = 0.5;

fn alignment_stage(items: &[Item], mentions: &[Mention], order: &[usize], uf: &mut UnionFind) {
    let n_docs = items.iter().map(|i| i.doc + 1).max().unwrap_or(0);
    let mut docs: Vec<Vec<usize>> = vec![Vec::new(); n_docs];
    for (i, it) in items.iter().enumerate() {
        if mentions[order[i]].kind != crate::extractor::QuoteKind::Term {
            docs[it.doc].push(i);
        }
    }
    // Count shared clusters per document pair through each cluster's documents.
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::default();
    for (d, list) in docs.iter().enumerate() {
        let mut roots: Vec<usize> = list.iter().map(|&i| uf.find(i)).collect();
        roots.sort_unstable();
        roots.dedup();
        for r in roots {
            by_root.entry(r).or_default().push(d);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::default();
    for ds in by_root.values() {
        if ds.len() > 50 {
            continue;
        }
        for (x, &a) in ds.iter().enumerate() {
            for &b in &ds[x + 1..] {
                *shared.entry((a.min(b), a.max(b))).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&((a, b), n)| {
            let small = docs[a].len().min(docs[b].len());
            n >= 3 && n as f64 >= ALIGN_SHARE * small as f64
        })
        .map(|(p, _)| p)
        .collect();
    pairs.sort_unstable();
    for (a, b) in pairs {
        align(items, &docs[a], &docs[b], uf);
    }
}

/// Pairs, in order, the unlinked quotations lying between the same two
/// linked ones in both documents, when the gaps are the same length and the
/// speakers agree.
fn align(items: &[Item], a: &[usize], b: &[usize], uf: &mut UnionFind) {
    // Anchors: positions linked across the two documents, increasing in both.
    let mut anchors: Vec<(usize, usize)> = vec![];
    let mut last_b = None;
    for (x, &i) in a.iter().enumerate() {
        let r = uf.find(i);
        let from = last_b.map_or(0, |l| l + 1);
        if let Some(y) = (from..b.len()).find(|&y| uf.find(b[y]) == r) {
            anchors.push((x, y));
            last_b = Some(y);
        }
    }
    let mut prev = (None, None);
    for &(x, y) in anchors.iter().chain(std::iter::once(&(a.len(), b.len()))) {
        let ga = prev.0.map_or(0, |p: usize| p + 1)..x;
        let gb = prev.1.map_or(0, |p: usize| p + 1)..y;
        if ga.len() == gb.len() {
            for (i, j) in ga.clone().zip(gb.clone()) {
                let (p, q) = (&items[a[i]], &items[b[j]]);
                let (lp, lq) = (p.sig.n_words, q.sig.n_words);
                let similar_length = lp.min(lq) * 2 >= lp.max(lq);
                if similar_length && p.speaker.same(&q.speaker) {
                    uf.union(a[i], b[j]);
                }
            }
        }
        prev = (Some(x), Some(y));
    }
}

/// A cluster's id, decided by its representative alone so that any run
/// that forms the same cluster (one machine, or one shard of many) names it
/// alike: the normalised text when it has three words or more (all its
/// copies are then in this cluster); a short text adds its speaker (the
/// exact stage joins a short text only with the same speaker), and a short
/// text of nobody in particular adds its place.
fn cluster_id(rep: &Item, mention: &Mention) -> String {
    let norm = rep.sig.norm.as_str();
    if rep.sig.n_words >= 3 {
        return key_of_normalized(norm);
    }
    match rep.speaker.class() {
        Some(class) if !norm.is_empty() => key_of_normalized(&format!("{norm}\0{class}")),
        _ => {
            let text = if norm.is_empty() { mention.text.as_str() } else { norm };
            key_of_normalized(&format!("{text}\0{}\0{}", mention.doc, mention.span.start))
        }
    }
}

/// Describes each group of items as a cluster; `ids` are given, or derived
/// from the representatives; `also` holds each item's contained fragments
/// (empty: none).
fn assemble(
    mentions: &[Mention],
    order: &[usize],
    items: &[Item],
    groups: Vec<Vec<usize>>,
    ids: Option<Vec<String>>,
    also: &[Vec<usize>],
) -> Vec<Cluster> {
    // Item -> cluster, for the `also` links (an index, not a string per item).
    let mut cluster_of = vec![0u32; items.len()];
    for (ci, members) in groups.iter().enumerate() {
        for &m in members {
            cluster_of[m] = ci as u32;
        }
    }
    use rayon::prelude::*;
    let mut clusters: Vec<Cluster> = groups
        .par_iter()
        .enumerate()
        .map(|(ci, members)| {
            // The longest faithful form: most words, then the smallest text.
            let representative = *members
                .iter()
                .max_by(|&&x, &&y| {
                    let (a, b) = (&items[x].sig, &items[y].sig);
                    if std::sync::Arc::ptr_eq(a, b) {
                        return std::cmp::Ordering::Equal;
                    }
                    a.n_words.cmp(&b.n_words).then_with(|| b.norm.cmp(&a.norm))
                })
                .expect("a cluster has members");
            let rep_sig = &items[representative].sig;
            // Repeats share their signature: one search per distinct text.
            let mut searched: rustc_hash::FxHashSet<*const Sig> = Default::default();
            searched.insert(std::sync::Arc::as_ptr(rep_sig));
            let wording_differs = members.iter().any(|&m| {
                searched.insert(std::sync::Arc::as_ptr(&items[m].sig))
                    && !contains_words(&rep_sig.norm, &items[m].sig.norm)
            });
            let mut counts: indexmap::IndexMap<&str, usize, rustc_hash::FxBuildHasher> =
                indexmap::IndexMap::default();
            for &m in members {
                let mention = &mentions[order[m]];
                let name = match (&mention.speaker, mention.speaker_kind) {
                    (Some(s), _) => s.as_str(),
                    (None, SpeakerKind::Anonymous) => "(anonymous)",
                    (None, _) => continue,
                };
                *counts.entry(name).or_default() += 1;
            }
            // Speakers conflict when two known ones are not the same: by
            // what `Speaker::same` compares (last word, or anonymous).
            let mut classes = members.iter().filter_map(|&m| items[m].speaker.class());
            let speaker_conflict =
                classes.next().is_some_and(|first| classes.any(|other| other != first));
            let mut speakers: Vec<(String, usize)> =
                counts.into_iter().map(|(s, n)| (s.to_owned(), n)).collect();
            speakers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let mut docs: Vec<usize> = members.iter().map(|&m| items[m].doc).collect();
            docs.sort_unstable();
            docs.dedup();
            let id = match &ids {
                Some(ids) => ids[ci].clone(),
                None => cluster_id(&items[representative], &mentions[order[representative]]),
            };
            Cluster {
                id,
                members: members.iter().map(|&m| order[m]).collect(),
                representative: order[representative],
                also: Vec::new(),
                wording_differs,
                speaker_conflict,
                speakers,
                documents: docs.len(),
            }
        })
        .collect();
    // A hash collision between two texts: practically never, but ids must
    // stay unique. The first cluster in order keeps its id.
    if ids.is_none() {
        let mut used = rustc_hash::FxHashSet::default();
        for (c, members) in clusters.iter_mut().zip(&groups) {
            if !used.insert(c.id.clone()) {
                let first = &mentions[order[members[0]]];
                let rep_norm = normalize(&mentions[c.representative].text);
                c.id =
                    key_of_normalized(&format!("{rep_norm}\0{}\0{}", first.doc, first.span.start));
                used.insert(c.id.clone());
            }
        }
    }
    for (ci, members) in groups.iter().enumerate() {
        let mut linked: Vec<usize> = members
            .iter()
            .flat_map(|&m| also.get(m).into_iter().flatten().map(|&f| cluster_of[f] as usize))
            .filter(|&other| other != ci)
            .collect();
        linked.sort_unstable();
        linked.dedup();
        let mut ids: Vec<String> = linked.into_iter().map(|o| clusters[o].id.clone()).collect();
        ids.sort();
        clusters[ci].also = ids;
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::Rule;
    use crate::document::Span;
    use crate::extractor::QuoteKind;

    proptest::proptest! {
        /// The one-pass paths for plain text fold and hash exactly as
        /// NFKC + fold.
        #[test]
        fn plain_fold_is_the_general_fold(t in "[a-zA-Z0-9 ,.'’‘“”–—!?é…ﬁ\n-]{0,60}") {
            if let Some(plain) = fold_plain(&t) {
                proptest::prop_assert_eq!(plain, fold(t.nfkc(), t.len()));
            }
            proptest::prop_assert_eq!(normalize(&t), fold(t.nfkc(), t.len()));
            proptest::prop_assert_eq!(exact_key(&t), key_of_normalized(&normalize(&t)));
            let h = fnv1a(t.as_bytes());
            proptest::prop_assert_eq!(key_of_hash(h), format!("q{h:016x}"));
        }
    }

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
            encoding: None,
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
    fn subsets_of_sorted_word_hashes() {
        assert!(is_subset(&[], &[]));
        assert!(is_subset(&[2, 5], &[1, 2, 3, 5]));
        assert!(is_subset(&[1, 5], &[1, 5]));
        assert!(!is_subset(&[2, 4], &[1, 2, 3, 5]));
        assert!(!is_subset(&[6], &[1, 2, 3, 5]));
        assert!(!is_subset(&[1], &[]));
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
        assert_eq!(c.speakers, [("Ada Okafor".to_string(), 2), ("Ines Moreau".to_string(), 1)]);
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
        assert_eq!(joined.members, [0, 2], "the longest fragment wins");
        let other = clusters.iter().find(|c| c.members.len() == 1).unwrap();
        assert_eq!(joined.also, std::slice::from_ref(&other.id));
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
        assert_eq!(other.members, [1], "the one-sentence copy stands alone");
        assert_eq!(joined.also, std::slice::from_ref(&other.id));
    }

    #[test]
    fn normalisation_folds_case_marks_and_width() {
        assert_eq!(normalize("“It’s ＯＫ,” — isn't it?"), "its ok isnt it");
        assert_eq!(exact_key("It's OK."), exact_key("it’s ok"));
    }
}
