//! Stage 4, elisions: a quotation an outlet cut ("We will … rebuild",
//! "[The company] failed its workers") joins the quotation in which its
//! parts stand in order, each cut standing for any run of words ("We will,
//! as always, rebuild"; "Acme failed its workers").

use rustc_hash::FxHashMap as HashMap;

use super::exact::Distinct;
use super::items::{Item, Speaker, UnionFind, is_subset};
use super::{MAX_POSTINGS, MIN_CONTENT_WORDS};
use crate::extractor::Mention;
use crate::text_key::{Elided, all_words, content_words, elided, parts_in_order, word_hash32};

/// Words an insertion at either end may stand for, and the quotation still
/// be a whole copy (the outlet's "[The company]" for the speaker's "Acme").
const MAX_INSERTED_WORDS: usize = 5;

/// Work per byte of a holder, at most, in checking the cut quotations
/// posted under its words: each candidate costs its words (the subset
/// test) and, when it passes, the holder's length (the search for its parts
/// in order). News text uses at most about one, a short quotation of
/// polnear-train eight (106 bytes for 13), hence a floor; in a paragraph of the
/// adversarial pieces repeated (`mixed_line`) every cut is posted under a
/// word every holder has, and the work grew with the square of the
/// paragraph (30 MB searched at 16 MB). A holder whose budget runs out keeps
/// the cuts found so far.
const SEARCHED_PER_BYTE: usize = 16;
/// Work any holder may do, however short.
const SEARCHED_FLOOR: usize = 1024;

/// A cut quotation, as the stage reads it.
struct Cut {
    item: usize,
    elided: Elided,
    /// Sorted hashes of the parts' words: a holder has them all.
    words: Vec<u32>,
    /// Content words in the parts.
    content: usize,
}

/// Joins each cut quotation to what holds its parts in order. Four
/// content words or more in the parts join every holder whose speaker
/// does not conflict (as containment joins a fragment); fewer join the one
/// quotation of the same named speaker that holds them, if there is one.
///
/// A cut quotation is posted under the longest content word of its parts;
/// every quotation looks up its own words, so the stage stays linear; it
/// costs one scan for the marks when no quotation is cut.
pub(super) fn join(
    items: &[Item],
    distinct: &Distinct,
    mentions: &[Mention],
    order: &[usize],
    passed: &rustc_hash::FxHashSet<u64>,
    uf: &mut UnionFind,
) {
    use rayon::prelude::*;
    // Copies of one normalised text may be cut differently ("We will …
    // rebuild", "We will rebuild"): every distinct cut counts, whichever
    // copy comes first. Only texts with the marks pay for more than a scan.
    let marked: Vec<(usize, Elided)> = (0..items.len())
        .into_par_iter()
        .filter_map(|i| elided(&mentions[order[i]].text).map(|e| (i, e)))
        .collect();
    if marked.is_empty() {
        return;
    }
    let mut seen: rustc_hash::FxHashSet<(&str, &[String])> = Default::default();
    let mut cuts: Vec<Cut> = Vec::new();
    for (i, elided) in &marked {
        if !seen.insert((items[*i].sig.norm.as_str(), elided.parts.as_slice())) {
            continue;
        }
        let joined = elided.parts.join(" ");
        let content = content_words(&joined).len();
        if content > 0 {
            let words = all_words(&joined);
            cuts.push(Cut { item: *i, words, content, elided: elided.clone() });
        }
    }
    let mut posted: HashMap<u32, Vec<usize>> = HashMap::default();
    for (c, cut) in cuts.iter().enumerate() {
        posted.entry(key_word(&cut.elided)).or_default().push(c);
    }
    // A word under which very many texts are posted says little, as the
    // shingles of containment: the limit counts distinct texts, as the
    // shards do.
    posted.retain(|&w, post| {
        let mut texts: Vec<&str> =
            post.iter().map(|&c| items[cuts[c].item].sig.norm.as_str()).collect();
        texts.sort_unstable();
        texts.dedup();
        texts.len() <= MAX_POSTINGS && !passed.contains(&u64::from(w))
    });
    // (cut, holder, whole copy), in the order of the holders' texts.
    let found: Vec<(usize, usize, bool)> = distinct
        .first
        .par_iter()
        .flat_map_iter(|&t| {
            let holder = &items[t];
            let len = holder.sig.norm.len();
            let mut out = Vec::new();
            let mut budget = SEARCHED_PER_BYTE * len + SEARCHED_FLOOR;
            'words: for w in &holder.sig.words {
                let Some(post) = posted.get(w) else { continue };
                for &c in post {
                    let cut = &cuts[c];
                    budget = budget.saturating_sub(1 + cut.words.len());
                    if budget == 0 {
                        break 'words;
                    }
                    if cut.item == t
                        || items[cut.item].sig.norm == holder.sig.norm
                        || !is_subset(&cut.words, &holder.sig.words)
                        || distinct.voice(items, cut.item).conflicts(distinct.voice(items, t))
                    {
                        continue;
                    }
                    if budget <= len {
                        break 'words;
                    }
                    budget -= len;
                    if let Some(at) = parts_in_order(&holder.sig.norm, &cut.elided.parts) {
                        out.push((c, t, whole(&holder.sig.norm, at, &cut.elided)));
                    }
                }
            }
            out
        })
        .collect();
    // Every decision reads the clusters as the earlier stages left them.
    let mut by_cut: Vec<Vec<(usize, bool)>> = vec![Vec::new(); cuts.len()];
    for (c, t, whole) in found {
        by_cut[c].push((t, whole));
    }
    let mut links: Vec<(usize, usize, bool)> = Vec::new();
    for (cut, holders) in cuts.iter().zip(by_cut) {
        if cut.content >= MIN_CONTENT_WORDS {
            links.extend(holders.into_iter().map(|(t, whole)| (cut.item, t, whole)));
            continue;
        }
        let speaker = distinct.voice(items, cut.item);
        if !matches!(speaker, Speaker::Named(_)) {
            continue;
        }
        let same: Vec<(usize, bool)> =
            holders.into_iter().filter(|&(t, _)| distinct.voice(items, t).same(speaker)).collect();
        let mut roots: Vec<usize> = same.iter().map(|&(t, _)| uf.find(t)).collect();
        roots.sort_unstable();
        roots.dedup();
        // One quotation only: two would leave the cut's place open.
        if roots.len() == 1 {
            links.extend(same.into_iter().map(|(t, whole)| (cut.item, t, whole)));
        }
    }
    for (c, t, whole) in links {
        if whole {
            uf.union_copies(c, t);
        } else {
            uf.union(c, t);
        }
    }
}

/// The word a cut quotation is posted under: the longest content word of
/// its parts (then the first in order), likely its rarest.
pub(crate) fn key_word(elided: &Elided) -> u32 {
    let joined = elided.parts.join(" ");
    let content = crate::text_key::content_word_list(&joined);
    let best = content.iter().copied().reduce(|a, b| if b.len() > a.len() { b } else { a });
    word_hash32(best.unwrap_or(""))
}

/// The parts cover the holder from its start to its end, but for the few
/// words an insertion at either end stands for: the cut quotation is a
/// whole copy, not a fragment of it.
fn whole(norm: &str, (start, end): (usize, usize), elided: &Elided) -> bool {
    let words = |s: &str| s.split(' ').filter(|w| !w.is_empty()).count();
    let before = words(&norm[..start]);
    let after = words(&norm[end..]);
    let fits = |n: usize, open: bool| n == 0 || open && n <= MAX_INSERTED_WORDS;
    fits(before, elided.open_start) && fits(after, elided.open_end)
}
