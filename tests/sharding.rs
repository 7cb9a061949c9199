//! Clustering on many machines gives what one run gives: group mentions by
//! their dedup keys, join the documents that share a group, cluster each
//! set of documents alone (`spark/whosaid_spark.py` does the same on Spark).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use whosaid::shards::{Candidate, GroupMember, KeyGroup, candidates, cluster_shard, keys, verify};
use whosaid::{Document, Extractor, Mention, assign_ids, sort_canonical};

/// What the shuffle of a distributed run computes: sets of whole documents
/// that cluster alone (as lists of mention indices), and the keys that
/// every machine must pass over.
fn shards(mentions: &[Mention]) -> (Vec<Vec<usize>>, Vec<String>) {
    let mut groups: BTreeMap<String, KeyGroup> = BTreeMap::new();
    let mut texts: HashMap<String, &str> = HashMap::new();
    for m in mentions {
        let k = keys(m);
        texts.insert(k.text.clone(), &m.text);
        let roles = k.links.into_iter().map(|(key, limit)| (key, limit, true));
        for (key, limit, link) in roles.chain(k.probes.into_iter().map(|p| (p, 0, false))) {
            let g = groups.entry(key.clone()).or_insert(KeyGroup { key, limit, members: vec![] });
            g.limit = g.limit.max(limit);
            let member = GroupMember { text_key: k.text.clone(), doc: m.doc.to_string(), link };
            if !g.members.contains(&member) {
                g.members.push(member);
            }
        }
    }
    let mut docs: Vec<&str> = mentions.iter().map(|m| &*m.doc).collect();
    docs.sort_unstable();
    docs.dedup();
    let index: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, &d)| (d, i)).collect();
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    fn find(p: &[usize], mut x: usize) -> usize {
        while p[x] != x {
            x = p[x];
        }
        x
    }
    let mut join = |a: &str, b: &str| {
        let (a, b) = (find(&parent, index[a]), find(&parent, index[b]));
        parent[a.max(b)] = a.min(b);
    };
    let mut passed_over = Vec::new();
    for g in groups.values() {
        for c in candidates(g) {
            match c {
                Candidate::PassOver(key) => passed_over.push(key),
                Candidate::Same(ds) => ds.windows(2).for_each(|w| join(&w[0], &w[1])),
                Candidate::Pair { a, b, doc_a, doc_b } => {
                    if verify(texts[&a], texts[&b]) {
                        join(&doc_a, &doc_b);
                    }
                }
            }
        }
    }
    let mut out: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        out.entry(find(&parent, index[&*m.doc])).or_default().push(i);
    }
    (out.into_values().collect(), passed_over)
}

/// quote id and `also` of every mention, clustered in one run.
fn one_run(
    mentions: &[Mention],
    passed_over: &[String],
) -> BTreeMap<(String, usize, usize), (String, Vec<String>)> {
    let mut ms = mentions.to_vec();
    sort_canonical(&mut ms);
    let clusters = cluster_shard(&ms, passed_over).unwrap();
    assign_ids(&mut ms, &clusters);
    ms.into_iter()
        .map(|m| ((m.doc.to_string(), m.span.start, m.span.end), (m.quote_id, m.also)))
        .collect()
}

/// quote id and `also` of every mention, with the document sets dealt
/// round-robin to `n` machines that each cluster what they get.
fn sharded(
    mentions: &[Mention],
    n: usize,
) -> BTreeMap<(String, usize, usize), (String, Vec<String>)> {
    let (sets, passed_over) = shards(mentions);
    let mut machines: Vec<Vec<Mention>> = vec![Vec::new(); n];
    for (i, set) in sets.iter().enumerate() {
        machines[i % n].extend(set.iter().map(|&k| mentions[k].clone()));
    }
    machines.iter().flat_map(|ms| one_run(ms, &passed_over)).collect()
}

fn extract(docs: &[(&str, String)]) -> Vec<Mention> {
    let ex = Extractor::new();
    docs.iter().flat_map(|(id, text)| ex.extract(&Document::new(*id, text.as_str()))).collect()
}

/// A mention as the extractor would give it, for made-up quotations.
fn mention(doc: &str, start: usize, text: String, speaker: Option<&str>) -> Mention {
    Mention {
        doc: doc.into(),
        span: whosaid::Span::new(start, start + text.len()),
        text,
        kind: whosaid::QuoteKind::Direct,
        speaker: speaker.map(String::from),
        speaker_kind: if speaker.is_some() {
            whosaid::SpeakerKind::Person
        } else {
            whosaid::SpeakerKind::Unknown
        },
        speaker_text: None,
        speaker_span: None,
        cue: None,
        rule: whosaid::Rule::CueAfter,
        confidence: 0.9,
        quote_id: String::new(),
        also: Vec::new(),
    }
}

/// Two stories in three outlets each: copies whole, trimmed and reworded,
/// short quotations by named and by unknown speakers, a headline echo.
fn fixture() -> Vec<Mention> {
    let ferry = |outlet: &str, lead: &str, close: &str| {
        format!(
            "“{lead}” ferry strike ends\n\n\
             The ferry crews' union voted on Tuesday to end the strike. “{lead} and the boats \
             sail again at dawn,” said Maren Holt, the union's secretary.\n\n\
             The operator was pleased. “It was a long winter for the islands,” a spokesperson \
             said.\n\n\
             Holt called the deal “fair”. {outlet} asked what came next. “{close},” Holt said.\n"
        )
    };
    let library = |outlet: &str, words: &str| {
        format!(
            "The city library will open on Sundays from March. “Reading rooms should be open \
             when families are free to use them,” said councillor Idris Bello.\n\n\
             {outlet} asked whether staff agreed. “We are ready,” said the head librarian, \
             Tove Lind. Bello added: “{words}.”\n\n\
             Asked about the cost, he said only: “fair”.\n"
        )
    };
    extract(&[
        (
            "a/ferry.txt",
            ferry(
                "The Courier",
                "We have a deal",
                "We will rebuild trust with the crews over the coming season",
            ),
        ),
        (
            "b/ferry.txt",
            ferry(
                "The Ledger",
                "We have a deal",
                "We will rebuild trust with the crews over the coming season",
            ),
        ),
        (
            "c/ferry.txt",
            ferry(
                "The Beacon",
                "A deal is done",
                "Over the coming season we will rebuild the crews' trust",
            ),
        ),
        (
            "a/bridge.txt",
            "The bridge opens in May. “The new bridge will carry trams, bikes and people on \
             foot from the first day,” said the engineer, Sol Amari.\n"
                .into(),
        ),
        (
            "b/bridge.txt",
            "Amari promised that the crossing “will carry trams, bikes and people on foot”.\n"
                .into(),
        ),
        (
            "c/bridge.txt",
            "“Crews will work through the night to finish the deck before spring,” Amari said.\n"
                .into(),
        ),
        (
            "d/bridge.txt",
            "“The crews will work all through the night to complete the deck before the \
             spring,” said Amari.\n"
                .into(),
        ),
        ("a/library.txt", library("The Courier", "The budget for the extra hours is already set")),
        ("b/library.txt", library("The Ledger", "The budget for the extra hours is already set")),
        ("c/library.txt", library("The Beacon", "Money for the longer hours has been set aside")),
    ])
}

fn assert_same(mentions: &[Mention]) {
    let (sets, _) = shards(mentions);
    assert!(sets.len() > 1, "the documents must split into more than one set");
    eprintln!("{} mentions in {} sets", sets.iter().map(|s| s.len()).sum::<usize>(), sets.len());
    let expected = one_run(mentions, &[]);
    for n in [1, 2, 3] {
        assert_eq!(sharded(mentions, n), expected, "{n} machines");
    }
}

#[test]
fn sharded_clusters_and_ids_equal_one_run() {
    let mentions = fixture();
    let ids = one_run(&mentions, &[]);
    // The fixture exercises cross-document merges, or the test proves nothing.
    let distinct: HashSet<&String> = ids.values().map(|(id, _)| id).collect();
    assert!(distinct.len() < ids.len(), "some quotation repeats across outlets");
    assert_same(&mentions);
}

#[test]
fn the_two_stories_land_in_different_sets() {
    let mentions = fixture();
    let (sets, _) = shards(&mentions);
    for set in &sets {
        let stories: HashSet<&str> =
            set.iter().map(|&k| mentions[k].doc.rsplit('/').next().unwrap()).collect();
        assert_eq!(stories.len(), 1, "{stories:?}");
    }
}

/// The seeds and the dev set together: seventeen stories, real articles.
#[test]
fn sharded_corpus_equals_one_run() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    assert!(shared.is_dir(), "{} is missing: this test needs ../shared", shared.display());
    let ex = Extractor::new();
    let mut files = whosaid::find_articles(&shared.join("seeds")).unwrap();
    files.extend(whosaid::find_articles(&shared.join("dev")).unwrap());
    let mentions: Vec<Mention> = ex
        .extract_files(&files)
        .into_iter()
        .flat_map(|o| o.result.expect("corpus files read"))
        .collect();
    assert_same(&mentions);
}

mod random {
    use super::*;
    use proptest::prelude::*;

    const BASES: &[&str] = &[
        "The new ferry timetable will add four crossings every weekday from March",
        "We cannot promise the bridge will open before the end of the summer",
        "Nobody on the council voted for the higher parking charges this year",
        "The harbour needs dredging before the next winter storms arrive",
    ];
    const SWAPS: &[(&str, &str)] =
        &[("new", "revised"), ("will", "shall"), ("before", "ahead of"), ("year", "season")];
    const SPEAKERS: &[Option<&str>] = &[Some("Ada Lind"), Some("Lind"), Some("Bo Kerr"), None];

    /// One quotation: a base sentence whole, trimmed, reworded, cut to a
    /// fragment or to one or two words, elided or with an insertion.
    fn text(base: usize, form: u8, cut: usize) -> String {
        let words: Vec<&str> = BASES[base].split(' ').collect();
        match form % 8 {
            0 => BASES[base].to_owned(),
            1 => words[cut % 3..words.len() - cut % 2].join(" "),
            2 => {
                let (a, b) = SWAPS[cut % SWAPS.len()];
                BASES[base].replace(a, b) + "."
            }
            3 => words[cut % 4..cut % 4 + 5].join(" "),
            // Cut by an outlet: an elision, an insertion of its own.
            5 => format!("{} … {}", words[..2].join(" "), words[3 + cut % 5..].join(" ")),
            6 => format!("[It] {}", words[1 + cut % 2..words.len() - cut % 3].join(" ")),
            _ => words[cut % 8..cut % 8 + 1 + cut % 2].join(" "),
        }
    }

    fn mentions() -> impl Strategy<Value = Vec<Mention>> {
        let one = (0..6usize, 0..BASES.len(), any::<u8>(), 0..16usize, 0..SPEAKERS.len());
        prop::collection::vec(one, 1..40).prop_map(|spec| {
            spec.into_iter()
                .enumerate()
                .map(|(i, (doc, base, form, cut, speaker))| {
                    mention(
                        &format!("d{doc}.txt"),
                        i * 200,
                        text(base, form, cut),
                        SPEAKERS[speaker],
                    )
                })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Copies, fragments and rewordings of a few sentences over a few
        /// documents: dealt to machines, the ids are one run's.
        #[test]
        fn sharded_equals_one_run_on_random_repeats(ms in mentions()) {
            let expected = one_run(&ms, &[]);
            for n in [2, 3] {
                prop_assert_eq!(&sharded(&ms, n), &expected);
            }
        }
    }
}

/// Three hundred fragments open with the same words: the whole run passes
/// their posting list over, so none joins a longer quotation. A machine
/// holding two of the documents must be told, or it would join them.
#[test]
fn machines_pass_over_what_the_whole_run_passes_over() {
    let shared = "The ferry strike is over at last, the union said today.".to_owned();
    let long = "Yesterday the harbour master praised crews w0 for their work".to_owned();
    let mut ms = vec![
        mention("long.txt", 0, shared.clone(), None),
        mention("long.txt", 100, long, None),
        mention("d000.txt", 0, shared, None),
    ];
    for i in 0..300 {
        let text = format!("harbour master praised crews w{i}");
        ms.push(mention(&format!("d{i:03}.txt"), 100, text, None));
    }
    let expected = one_run(&ms, &[]);
    assert_eq!(sharded(&ms, 2), expected);
    let (sets, passed_over) = shards(&ms);
    assert!(!passed_over.is_empty(), "the posting list must overflow");
    let pair = sets.iter().find(|s| s.len() == 4).expect("long.txt and d000.txt are joined");
    let alone: Vec<Mention> = pair.iter().map(|&k| ms[k].clone()).collect();
    let told = one_run(&alone, &passed_over);
    assert!(told.iter().all(|(k, id)| expected[k] == *id));
    // Told nothing, the machine joins the fragment to the long quotation.
    assert_ne!(one_run(&alone, &[]), told);
}
