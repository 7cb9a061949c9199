//! Stage 5, echoes: a fragment or headline repeating a quotation of the
//! same article.

use super::items::{Item, Speaker, UnionFind, intersection, is_subset};
use crate::extractor::Mention;
use crate::text_key::{contains_words, normalize};

/// Documents with more quotations than this skip the echo stage, which
/// compares every pair inside a document.
pub(super) const MAX_ECHO_DOC: usize = 500;

/// A writer echoes a quotation elsewhere in the same article: a fragment
/// ("dedicated investment") or a headline ("I lost trust" for "I gradually
/// lost trust in …"). The echo joins the longest quotation of the same
/// document that holds its words, unless the speakers conflict; an echo
/// that names its speaker, or a headline whose title names one of the
/// article's speakers ("Holt: “We lost the boats”"), joins the longest of
/// that person's quotations first.
pub(super) fn join(items: &[Item], mentions: &[Mention], order: &[usize], uf: &mut UnionFind) {
    use rayon::prelude::*;
    // Each document's echoes depend on that document alone: find them on
    // all cores, then join them in one pass.
    let mut docs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    while start < items.len() {
        let doc = items[start].doc();
        let end = start + items[start..].iter().take_while(|i| i.doc() == doc).count();
        if end - start <= MAX_ECHO_DOC {
            docs.push(start..end);
        }
        start = end;
    }
    let links: Vec<(usize, usize)> =
        docs.into_par_iter().flat_map_iter(|doc| echoes(items, mentions, order, doc)).collect();
    for (e, q) in links {
        uf.union(e, q);
    }
}

/// The (echo, quotation) pairs of one document's items.
pub(super) fn echoes(
    items: &[Item],
    mentions: &[Mention],
    order: &[usize],
    doc: std::ops::Range<usize>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // The quotations an echo can join, longest first (then in order): the
    // first that holds an echo is the one it joins.
    let mut longest: Vec<usize> = doc.clone().filter(|&q| !items[q].headline).collect();
    longest.sort_by_key(|&q| (std::cmp::Reverse(items[q].sig.norm.len()), q));
    for e in doc.clone() {
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
        let mut holders = longest
            .iter()
            .take_while(|&&q| items[q].sig.norm.len() > echo.sig.norm.len())
            .filter(|&&q| holds(&items[q]));
        let named = match &echo.speaker {
            Speaker::Named(_) => Some(&echo.speaker),
            _ if echo.headline => named_in_title(items, mentions, order, doc.clone(), e),
            _ => None,
        };
        let best = match named {
            Some(person) => {
                let all: Vec<usize> = holders.copied().collect();
                all.iter().find(|&&q| items[q].speaker.same(person)).or(all.first()).copied()
            }
            None => holders.next().copied(),
        };
        if let Some(q) = best {
            out.push((e, q));
        }
    }
    out
}

/// The one speaker of the document whose surname the title of headline
/// `e` names outside the quoted words; none if it names none or several.
fn named_in_title<'a>(
    items: &'a [Item],
    mentions: &[Mention],
    order: &[usize],
    doc: std::ops::Range<usize>,
    e: usize,
) -> Option<&'a Speaker> {
    let title = mentions[order[e]].meta()?.title.as_deref()?;
    let title = normalize(title);
    let quoted: Vec<&str> = items[e].sig.norm.split(' ').collect();
    let named = |s: &str| title.split(' ').any(|w| w == s) && !quoted.contains(&s);
    let mut found: Option<&Speaker> = None;
    for q in doc {
        let speaker = &items[q].speaker;
        let Some(surname) = speaker.class().filter(|_| matches!(speaker, Speaker::Named(_))) else {
            continue;
        };
        if !named(&normalize(surname)) {
            continue;
        }
        match found {
            Some(f) if !f.same(speaker) => return None,
            Some(_) => {}
            None => found = Some(speaker),
        }
    }
    found
}
