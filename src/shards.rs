//! Shards: dedup on many machines with the answers of one run.
//!
//! The dedup stages only ever join two quotations that share a key: the
//! exact text, a fragment's first word shingle, a MinHash band. A
//! distributed run therefore goes:
//! 1. map: every mention with its [`keys`];
//! 2. shuffle: mentions grouped by key; each group gives its candidate
//!    pairs ([`candidates`]), and each pair is checked by [`verify`], which
//!    accepts every pair some stage could join (whoever said them);
//! 3. the verified pairs join documents; connected documents form sets
//!    that share nothing with the rest;
//! 4. reduce: each machine clusters whole sets with [`cluster_shard`],
//!    told which groups the whole run found too large to use.
//!
//! Every stage decides from the quotations of the documents concerned
//! alone, so a machine holding whole sets decides as one run over
//! everything would, and cluster ids are derived from their contents:
//! the clusters and their ids are the same (`tests/sharding.rs`).

use serde::{Deserialize, Serialize};

use crate::Cluster;
use crate::dedup::{
    self, MAX_BUCKET, MAX_POSTINGS, MIN_CONTENT_WORDS, PassedOver, SHINGLE, Speaker, band_keys,
    could_reword, key_word,
};
use crate::error::{Error, Result};
use crate::extractor::Mention;
use crate::text_key::{
    all_words, contains_words, content_word_list, content_words, elided, fnv1a, key_of_normalized,
    normalize, parts_in_order, shingles, word_hash32, word_hashes,
};

/// The keys dedup groups one mention under (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Keys {
    /// The exact key of the text: a group's distinct texts are counted by it.
    pub text: String,
    /// Keys the mention is found under, each with the most distinct texts a
    /// group may hold before the stages pass it over (0: no limit).
    pub links: Vec<(String, usize)>,
    /// Keys the mention looks up (the shingles of a quotation that may hold
    /// a fragment): they count only in groups that have links.
    pub probes: Vec<String>,
}

/// The keys of one mention.
pub fn keys(m: &Mention) -> Keys {
    let norm = normalize(&m.text);
    let n_words = if norm.is_empty() { 0 } else { norm.split(' ').count() };
    let content = content_words(&norm);
    let mut links = Vec::new();
    // Exact stage: every copy of a text of three words or more; a short
    // text only with the same speaker.
    if n_words >= 3 {
        links.push((format!("x{:016x}", fnv1a(norm.as_bytes())), 0));
    } else if let Some(class) = Speaker::of(m).class().filter(|_| n_words > 0) {
        links.push((format!("x{:016x}", fnv1a(format!("{norm}\0{class}").as_bytes())), 0));
    }
    let hashes = if norm.is_empty() { Vec::new() } else { word_hashes(&norm) };
    // Containment stage: a fragment is posted under its first shingle; a
    // longer quotation looks up all of its own.
    if content.len() >= MIN_CONTENT_WORDS - 1
        && let Some(h) = shingles(&hashes, SHINGLE.min(n_words)).next()
    {
        links.push((format!("s{h:016x}"), MAX_POSTINGS));
    }
    let mut probes: Vec<String> = shingles(&hashes, SHINGLE)
        .chain(shingles(&hashes, SHINGLE - 1))
        .map(|h| format!("s{h:016x}"))
        .collect();
    // Elision stage: a cut quotation is posted under its key word (a
    // content word); any quotation may hold it.
    if let Some(cut) = elided(&m.text)
        && !content_word_list(&cut.parts.join(" ")).is_empty()
    {
        links.push((format!("w{:016x}", u64::from(key_word(&cut))), MAX_POSTINGS));
    }
    probes.extend(
        content_word_list(&norm)
            .into_iter()
            .map(|w| format!("w{:016x}", u64::from(word_hash32(w)))),
    );
    probes.sort_unstable();
    probes.dedup();
    // Rewording stage: the MinHash bands.
    if content.len() >= MIN_CONTENT_WORDS {
        for k in band_keys(&all_words(&norm)) {
            links.push((format!("b{k:016x}"), MAX_BUCKET));
        }
    }
    Keys { text: key_of_normalized(&norm), links, probes }
}

/// One key's mentions, as the shuffle gathers them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyGroup {
    /// The key.
    pub key: String,
    /// Its limit (see [`Keys::links`]).
    pub limit: usize,
    /// One entry per distinct (text, document, role).
    pub members: Vec<GroupMember>,
}

/// A mention in a [`KeyGroup`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMember {
    /// [`Keys::text`].
    pub text_key: String,
    /// The document.
    pub doc: String,
    /// Found under the key (`true`) or looking it up.
    pub link: bool,
}

/// What a key group gives the shuffle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Candidate {
    /// The group holds more distinct texts than its limit: the stages pass
    /// it over, and every machine must be told so.
    PassOver(String),
    /// Documents that hold the same text: joined as they stand.
    Same(Vec<String>),
    /// Two distinct texts to [`verify`], with a document of each.
    Pair {
        /// The first text's key.
        a: String,
        /// The second text's key.
        b: String,
        /// A document holding `a`.
        doc_a: String,
        /// A document holding `b`.
        doc_b: String,
    },
}

/// The candidates of one key group: nothing for a group without links;
/// the group's key to pass over when it has too many distinct texts; its
/// documents when it is an exact-text group; else the pairs of distinct
/// texts of which at least one is a link.
pub fn candidates(group: &KeyGroup) -> Vec<Candidate> {
    let links: Vec<&GroupMember> = group.members.iter().filter(|m| m.link).collect();
    if links.is_empty() {
        return Vec::new();
    }
    let mut link_texts: Vec<&str> = links.iter().map(|m| m.text_key.as_str()).collect();
    link_texts.sort_unstable();
    link_texts.dedup();
    if group.limit > 0 && link_texts.len() > group.limit {
        return vec![Candidate::PassOver(group.key.clone())];
    }
    if group.key.starts_with('x') {
        let mut docs: Vec<String> = group.members.iter().map(|m| m.doc.clone()).collect();
        docs.sort_unstable();
        docs.dedup();
        return if docs.len() > 1 { vec![Candidate::Same(docs)] } else { Vec::new() };
    }
    // One document per distinct text: copies of a text of three words or
    // more (all that these groups hold) are joined by their exact group.
    let mut texts: Vec<(&str, &str, bool)> = Vec::new();
    for m in &group.members {
        match texts.iter_mut().find(|t| t.0 == m.text_key) {
            Some(t) => {
                t.2 |= m.link;
                if m.doc.as_str() < t.1 {
                    t.1 = &m.doc;
                }
            }
            None => texts.push((&m.text_key, &m.doc, m.link)),
        }
    }
    texts.sort_unstable();
    let mut out = Vec::new();
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            if a.2 || b.2 {
                out.push(Candidate::Pair {
                    a: a.0.to_owned(),
                    b: b.0.to_owned(),
                    doc_a: a.1.to_owned(),
                    doc_b: b.1.to_owned(),
                });
            }
        }
    }
    out
}

/// `true` when some stage could join the two texts, whoever said them: the
/// same words, one standing word for word inside the other, the parts of
/// one cut with "…" or "[…]" standing in order in the other, or a
/// rewording. Joining documents on a pair the stages then refuse costs
/// only a larger set; refusing a pair they would join would change the
/// answer.
pub fn verify(raw_a: &str, raw_b: &str) -> bool {
    let (a, b) = (normalize(raw_a), normalize(raw_b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if contains_words(long, short) {
        return true;
    }
    let cut_in = |cut: &str, other: &str| {
        elided(cut).is_some_and(|e| parts_in_order(other, &e.parts).is_some())
    };
    if cut_in(raw_a, &b) || cut_in(raw_b, &a) {
        return true;
    }
    let (ca, cb) = (content_words(&a).len(), content_words(&b).len());
    could_reword(&all_words(&a), ca, &all_words(&b), cb)
}

/// Clusters one machine's share of a distributed run: whole sets of
/// documents, and the keys that the whole run passes over
/// ([`Candidate::PassOver`]).
pub fn cluster_shard(mentions: &[Mention], passed_over: &[String]) -> Result<Vec<Cluster>> {
    let mut passed = PassedOver::default();
    for key in passed_over {
        let bad = || Error::BadKey(key.clone());
        let hash = key.get(1..).and_then(|h| u64::from_str_radix(h, 16).ok()).ok_or_else(bad)?;
        match key.as_bytes().first() {
            Some(b's') => passed.shingles.insert(hash),
            Some(b'b') => passed.bands.insert(hash),
            Some(b'w') => passed.words.insert(hash),
            _ => return Err(bad()),
        };
    }
    Ok(dedup::cluster_passing_over(mentions, &passed))
}
