//! One row per quotation whatever the outlets do: each cause of a missed or
//! wrong merge (issue 14) on articles written for these tests, and the
//! corpora extracted together merging nothing across unrelated stories.

use std::path::{Path, PathBuf};

use whosaid::{
    Cluster, Document, Extractor, Mention, assign_ids, cluster, find_articles, sort_canonical,
};

/// Extracts, sorts and clusters documents given as (id, text).
fn run(docs: &[(&str, &str)]) -> (Vec<Mention>, Vec<Cluster>) {
    let ex = Extractor::new();
    let mut ms: Vec<Mention> =
        docs.iter().flat_map(|(id, text)| ex.extract(&Document::new(*id, *text))).collect();
    sort_canonical(&mut ms);
    let clusters = cluster(&ms);
    assign_ids(&mut ms, &clusters);
    (ms, clusters)
}

fn by_text<'a>(ms: &'a [Mention], doc: &str, starts: &str) -> &'a Mention {
    ms.iter()
        .find(|m| *m.doc == *doc && m.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no mention in {doc} starting {starts:?}: {ms:#?}"))
}

/// Cause 1: one outlet quotes “A. B.” as one passage, another quotes A and B
/// apart. The passage carries both: its `quote_id` and its `also`; the
/// spreadsheet row of the other lists the passage in `mentions` and
/// `evidence`.
#[test]
fn a_passage_carries_every_quotation_it_holds_whole() {
    let (ms, clusters) = run(&[
        (
            "courier.txt",
            "The ferry strike is over. “The crews voted to return to work on Monday morning. \
             Every island will have its boats back before the school holidays begin,” said \
             Maren Holt, the union secretary.\n",
        ),
        (
            "ledger.txt",
            "“The crews voted to return to work on Monday morning,” Maren Holt said. She \
             added: “Every island will have its boats back before the school holidays \
             begin.”\n",
        ),
    ]);
    let passage = by_text(&ms, "courier.txt", "The crews voted");
    let a = by_text(&ms, "ledger.txt", "The crews voted");
    let b = by_text(&ms, "ledger.txt", "Every island");
    assert_ne!(a.quote_id, b.quote_id);
    let mut carried = passage.also.clone();
    carried.push(passage.quote_id.clone());
    assert!(carried.contains(&a.quote_id) && carried.contains(&b.quote_id), "{ms:#?}");
    assert!(a.also.is_empty() && b.also.is_empty(), "a part holds nothing else");

    // JSONL: `also` on the passage only.
    let mut out = Vec::new();
    whosaid::output::jsonl::write_mentions(&mut out, &ms).unwrap();
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.iter().filter(|l| l.get("also").is_some()).count(), 1);

    // The spreadsheet: the row of the part the passage does not share an id
    // with counts the passage and points at it.
    let other = if passage.quote_id == a.quote_id { b } else { a };
    let mut out = Vec::new();
    let options = whosaid::output::spreadsheet::Options::default();
    whosaid::output::spreadsheet::write_clusters(&mut out, &ms, &clusters, options).unwrap();
    let mut rdr = csv::Reader::from_reader(out.as_slice());
    let headers = rdr.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let row = rdr
        .records()
        .map(|r| r.unwrap())
        .find(|r| r[col("quote_id")] == other.quote_id)
        .expect("a row for the part");
    assert_eq!(&row[col("mentions")], "2", "{row:?}");
    assert_eq!(&row[col("documents")], "2", "{row:?}");
    let evidence = format!("courier.txt:{}-{}", passage.span.start, passage.span.end);
    assert!(row[col("evidence")].contains(&evidence), "{row:?}");
}

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// The seeds (one story), dev (sixteen stories) and news (many pages)
/// extracted in one run: no quotation joins two of the three sets, nor two
/// dev articles, and no `also` link does either.
#[test]
fn unrelated_stories_share_no_quotation() {
    let sets = ["seeds", "dev", "news"];
    let mut paths = Vec::new();
    for set in sets {
        let dir = shared().join(set);
        assert!(dir.is_dir(), "{} is missing: this test needs ../shared", dir.display());
        paths.extend(find_articles(&dir).unwrap());
    }
    let ex = Extractor::new();
    let mut ms: Vec<Mention> = paths
        .iter()
        .flat_map(|p| ex.extract(&Document::load(p).unwrap_or_else(|e| panic!("{e}"))))
        .collect();
    sort_canonical(&mut ms);
    let clusters = cluster(&ms);
    let set_of = |m: usize| {
        let doc = &ms[m].doc;
        sets.iter().position(|s| doc.contains(&format!("/{s}/"))).expect("one of the sets")
    };
    let mut cross_doc = 0;
    for c in &clusters {
        let holders: Vec<usize> = c.members.iter().chain(&c.held_by).copied().collect();
        let first = set_of(holders[0]);
        for &m in &holders {
            assert_eq!(set_of(m), first, "{c:#?}\n{}\n{}", ms[holders[0]].text, ms[m].text);
        }
        let mut dev_docs: Vec<&str> =
            holders.iter().filter(|&&m| set_of(m) == 1).map(|&m| &*ms[m].doc).collect();
        dev_docs.sort_unstable();
        dev_docs.dedup();
        assert!(dev_docs.len() <= 1, "two dev stories joined: {c:#?}");
        cross_doc += usize::from(c.documents > 1 && first == 0);
    }
    assert!(cross_doc >= 10, "the seeds' own repeats still join ({cross_doc} clusters)");
}

/// A story in four outlets: a wire copy, a machine-reworded copy (short
/// quotations reworded beyond recognition, paired only by their place), a
/// copy that loses a speaker, and a round-up with a headline echo and
/// fragments.
fn four_outlets() -> Vec<(&'static str, String)> {
    let wire = "The island ferry strike ended on Tuesday after nine days.\n\n\
        “We have signed an agreement that protects every crew on every route,” said Maren \
        Holt, the union secretary.\n\n\
        The operator's director, Piet Kessler, sounded relieved. “Our passengers have waited \
        long enough for the boats to sail again,” Kessler said.\n\n\
        “That is the plain truth,” Holt said.\n\n\
        “The first sailing leaves the harbour at six tomorrow morning,” Kessler added.\n";
    let spun = "The island ferry walkout finished on Tuesday after nine days.\n\n\
        “We have signed a settlement that safeguards each crew on each route,” said Maren \
        Holt, the union secretary.\n\n\
        The operator's director, Piet Kessler, sounded relieved. “Our travellers have waited \
        long sufficient for the vessels to sail once more,” Kessler said.\n\n\
        “This is the simple fact,” Holt said.\n\n\
        “The first sailing leaves the harbour at six tomorrow morning,” Kessler added.\n";
    let lost = "Ferries sail again.\n\n\
        “We have signed an agreement that protects every crew on every route.”\n\n\
        “Our passengers have waited long enough for the boats to sail again,” the director, \
        Piet Kessler, said.\n";
    let roundup = "“Every crew on every route”: the ferry deal\n\n\
        Holt said the agreement “protects every crew”. Kessler told the \
        radio: “Our passengers have waited long enough for the boats to sail again.”\n";
    vec![
        ("wire.txt", wire.to_owned()),
        ("spun.txt", spun.to_owned()),
        ("lost.txt", lost.to_owned()),
        ("roundup.txt", roundup.to_owned()),
    ]
}

/// Each mention (by original document and span) with what its cluster says,
/// documents named back to the originals.
fn described(docs: &[(String, String)], back: &dyn Fn(&str) -> String) -> Vec<String> {
    let pairs: Vec<(&str, &str)> = docs.iter().map(|(d, t)| (d.as_str(), t.as_str())).collect();
    let (ms, clusters) = run(&pairs);
    let key = |k: usize| format!("{}:{}-{}", back(&ms[k].doc), ms[k].span.start, ms[k].span.end);
    let mut out = Vec::new();
    for c in &clusters {
        // Named back, copies of one article are one member.
        let mut members: Vec<String> = c.members.iter().map(|&k| key(k)).collect();
        members.sort();
        members.dedup();
        let mut held: Vec<String> = c.held_by.iter().map(|&k| key(k)).collect();
        held.sort();
        held.dedup();
        out.push(format!(
            "{members:?} rep {:?} held {held:?} conflict {} differs {} speakers {:?}",
            ms[c.representative].text,
            c.speaker_conflict,
            c.wording_differs,
            c.speakers.iter().map(|(s, _)| s).collect::<Vec<_>>(),
        ));
    }
    out.sort();
    out
}

/// Cause 3: the same articles under other, shuffled path names give the
/// same clusters, representatives, flags and speakers.
#[test]
fn renamed_and_shuffled_paths_give_the_same_rows() {
    let docs: Vec<(String, String)> =
        four_outlets().into_iter().map(|(d, t)| (d.to_owned(), t)).collect();
    let expected = described(&docs, &|d| d.to_owned());
    assert!(expected.iter().any(|c| c.matches(".txt:").count() >= 4), "{expected:#?}");
    // The three-word fragment joins Holt's quotation whichever copy comes
    // first, though one copy names no speaker.
    let fragment = expected.iter().find(|c| c.contains("roundup.txt:76-95")).unwrap();
    assert!(fragment.contains("wire.txt:62-130"), "{expected:#?}");
    // Every order of the four documents, by renaming them to sort so.
    let n = docs.len();
    for perm in 0..24 {
        let mut rest: Vec<usize> = (0..n).collect();
        let mut place = vec![0; n];
        let mut p = perm;
        for (slot, size) in (1..=n).rev().enumerate() {
            place[rest.remove(p % size)] = slot;
            p /= size;
        }
        let renamed: Vec<(String, String)> = docs
            .iter()
            .enumerate()
            .map(|(k, (d, t))| (format!("{}/copy-{d}", place[k]), t.clone()))
            .collect();
        let back = |d: &str| d.split_once("/copy-").map_or(d, |(_, orig)| orig).to_owned();
        assert_eq!(described(&renamed, &back), expected, "order {place:?}");
    }
}

/// Cause 4: the same articles copied into many folders (a wire story in
/// many outlets) give the rows of one copy: terms, headlines and one-word
/// fragments included.
#[test]
fn syndicated_copies_give_the_rows_of_one_copy() {
    let mut articles = four_outlets();
    articles.push((
        "market.txt",
        "“Cheaper fish”: the new market hall\n\n\
         The so-called “fish palace” opens in June. Traders called the rent “fair”, and \
         the mayor, Lina Osei, said: “Every stall will be let before the summer.”\n"
            .to_owned(),
    ));
    let one: Vec<(String, String)> =
        articles.iter().map(|(d, t)| ((*d).to_owned(), t.clone())).collect();
    let expected = described(&one, &|d| d.to_owned());
    let folders = 40;
    let many: Vec<(String, String)> = (0..folders)
        .flat_map(|f| articles.iter().map(move |(d, t)| (format!("outlet{f:02}/{d}"), t.clone())))
        .collect();
    let back = |d: &str| d.split_once('/').map_or(d, |(_, name)| name).to_owned();
    let got = described(&many, &back);
    // Every row of one copy, once, with the copies' counts.
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    let pairs: Vec<(&str, &str)> = many.iter().map(|(d, t)| (d.as_str(), t.as_str())).collect();
    let (ms, clusters) = run(&pairs);
    for c in &clusters {
        assert_eq!(c.members.len() % folders, 0, "{:?}", ms[c.representative].text);
        assert!(c.documents >= folders, "{:?}", ms[c.representative].text);
    }
    assert!(ms.iter().any(|m| m.kind == whosaid::QuoteKind::Term));
    assert!(ms.iter().any(|m| m.kind == whosaid::QuoteKind::Headline));
}

/// Cause 5: an outlet cuts a quotation ("…", "[…]") or puts its own words
/// in brackets; each cut stands for any run of the speaker's words.
#[test]
fn elisions_and_insertions_join_the_quotation_they_cut() {
    let (ms, clusters) = run(&[
        (
            "courier.txt",
            "“Every family on the island will, as we promised in the spring, get a new roof \
             before the first storms,” said Maren Holt, the union secretary. “We will, as \
             always, rebuild,” Holt said. “Kessler Shipping failed us,” she added. “We will \
             not wait for the ministry to pay for the timber this time,” Holt said. “We will \
             make the mainland pay for every lost day,” she said.\n",
        ),
        (
            "ledger.txt",
            "Holt said: “Every family on the island will … get a new roof before the first \
             storms.” Then: “We will … rebuild.” And: “[The company] failed us.” Of the \
             mainland, she said: “We will … pay.”\n",
        ),
        (
            "beacon.txt",
            "The ferry operator's director, Piet Kessler, was asked about the roofs. “We […] \
             rebuild,” Kessler said. “The first storms will … get here before the \
             roofs,” said Kessler.\n",
        ),
    ]);
    let id = |doc: &str, starts: &str| by_text(&ms, doc, starts).quote_id.clone();
    // Four content words or more: the cut copy joins, and its wording is
    // the same.
    assert_eq!(id("ledger.txt", "Every family"), id("courier.txt", "Every family"), "{ms:#?}");
    let roofs = clusters
        .iter()
        .find(|c| c.id == id("courier.txt", "Every family"))
        .expect("the roofs' cluster");
    assert!(!roofs.wording_differs, "an elision keeps the wording: {roofs:#?}");
    // Fewer: the one quotation of the same speaker that holds the parts.
    assert_eq!(id("ledger.txt", "We will … rebuild"), id("courier.txt", "We will, as always"));
    assert_eq!(id("ledger.txt", "[The company]"), id("courier.txt", "Kessler Shipping"));
    // Another speaker's words alike are another quotation; parts out of
    // order are no copy; two of Holt's quotations hold "we will … pay".
    assert_ne!(id("beacon.txt", "We […]"), id("courier.txt", "We will, as always"));
    assert_ne!(id("beacon.txt", "The first storms"), id("courier.txt", "Every family"));
    let pay = id("ledger.txt", "We will … pay");
    assert_ne!(pay, id("courier.txt", "We will not wait"));
    assert_ne!(pay, id("courier.txt", "We will make"));
}

/// Cross-document speakers: a quotation credited by surname only gets the
/// full name another document of the same story gives that person, in the
/// spreadsheet too; a document of another story does not lend it.
#[test]
fn surnames_get_the_full_name_their_story_gives() {
    let (ms, clusters) = run(&[
        (
            "courier.txt",
            "“The harbour wall will be finished before the autumn storms arrive,” said Ana \
             Ruiz, the harbour master. “Every boat owner will get a berth back by June,” Ruiz \
             said.\n",
        ),
        (
            "ledger.txt",
            "“The harbour wall will be finished before the autumn storms arrive,” Ruiz said. \
             “Every boat owner will get a berth back by June,” Ruiz said. “Nobody will pay \
             more for a mooring this year,” said Ruiz.\n",
        ),
        (
            "beacon.txt",
            "“The new library hours start on Monday for every school in the valley,” said \
             Ruiz.\n",
        ),
    ]);
    let speaker_of = |doc: &str, starts: &str| {
        let id = &by_text(&ms, doc, starts).quote_id;
        let c = clusters.iter().find(|c| c.id == *id).expect("its cluster");
        (c.speaker.clone(), c.speaker_conflict)
    };
    assert_eq!(by_text(&ms, "ledger.txt", "Nobody").speaker.as_deref(), Some("Ruiz"), "{ms:#?}");
    assert_eq!(speaker_of("ledger.txt", "The harbour"), (Some("Ana Ruiz".into()), false));
    assert_eq!(speaker_of("ledger.txt", "Nobody"), (Some("Ana Ruiz".into()), false));
    assert_eq!(speaker_of("beacon.txt", "The new library"), (Some("Ruiz".into()), false));

    let mut out = Vec::new();
    let options = whosaid::output::spreadsheet::Options::default();
    whosaid::output::spreadsheet::write_clusters(&mut out, &ms, &clusters, options).unwrap();
    let mut rdr = csv::Reader::from_reader(out.as_slice());
    let headers = rdr.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let id = &by_text(&ms, "ledger.txt", "Nobody").quote_id;
    let row = rdr.records().map(|r| r.unwrap()).find(|r| r[col("quote_id")] == *id).unwrap();
    assert_eq!((&row[col("speaker")], &row[col("speaker_kind")]), ("Ana Ruiz", "person"));
}

/// Cause 6: a headline echo joins the quotation of the person its title
/// names, though another speaker's longer quotation holds the same words;
/// with no name in the title, the longest holder as before.
#[test]
fn headline_echoes_join_the_person_the_title_names() {
    let body = |title: &str| {
        format!(
            "{title}\n\n\
             The ferry strike ended on Tuesday. “We lost the boats, the routes and the crews' \
             trust in one winter,” said Maren Holt, the union secretary.\n\n\
             The operator answered at length. “We lost the boats, the routes and the crews' \
             trust, and we lost the winter timetable with them, because the ministry would not \
             pay,” said Piet Kessler, the director.\n"
        )
    };
    let ex = Extractor::new();
    let echo_joins = |title: &str| {
        let meta = whosaid::Meta { title: Some(title.to_owned()), ..Default::default() };
        let doc = Document::new("a.txt", body(title)).with_meta(meta);
        let mut ms = ex.extract(&doc);
        sort_canonical(&mut ms);
        let clusters = cluster(&ms);
        assign_ids(&mut ms, &clusters);
        let headline = ms.iter().find(|m| m.kind == whosaid::QuoteKind::Headline);
        let headline = headline.unwrap_or_else(|| panic!("a headline: {ms:#?}"));
        let with = ms
            .iter()
            .find(|m| m.kind != whosaid::QuoteKind::Headline && m.quote_id == headline.quote_id);
        with.and_then(|m| m.speaker.clone())
    };
    assert_eq!(echo_joins("Holt: “We lost the boats”").as_deref(), Some("Maren Holt"));
    assert_eq!(echo_joins("Kessler: “We lost the boats”").as_deref(), Some("Piet Kessler"));
    assert_eq!(echo_joins("“We lost the boats”").as_deref(), Some("Piet Kessler"), "the longest");
}

/// A paragraph of one phrase repeated, and hundreds of quotations that
/// begin as it does and then part from it: every near miss is compared at
/// every repeat until the long quotation's budget of comparisons runs out
/// (issue 17). Fragments found before that still join; a near miss never
/// does.
#[test]
fn a_repeated_phrase_bounds_containment_and_keeps_what_it_found() {
    let phrase = "the harbour office will reopen before the winter ferries ";
    let long = format!(
        "“We will rebuild the quay wall at Lornholm first, then {}and that is all,” said Maren Holt.\n",
        phrase.repeat(120)
    );
    let fragment = "“We will rebuild the quay wall at Lornholm,” Holt said.\n";
    let misses: String = (0..200)
        .map(|i| {
            format!(
                "“{}the harbour office will reopen after ward{i} votes,” Holt said.\n",
                phrase.repeat(1 + i % 40)
            )
        })
        .collect();
    let (ms, _) = run(&[("courier.txt", &long), ("ledger.txt", fragment), ("beacon.txt", &misses)]);
    let passage = by_text(&ms, "courier.txt", "We will rebuild");
    let part = by_text(&ms, "ledger.txt", "We will rebuild");
    assert_eq!(part.quote_id, passage.quote_id, "the fragment at the start joins");
    let misses: Vec<&Mention> = ms.iter().filter(|m| *m.doc == *"beacon.txt").collect();
    assert_eq!(misses.len(), 200);
    assert!(misses.iter().all(|m| m.quote_id != passage.quote_id), "no near miss joins");
}

/// Cut quotations posted under a word every quotation has: each holder
/// checks them until its budget of work runs out (issue 17). A cut checked
/// before that still joins its holder; the near misses join nothing.
#[test]
fn many_cuts_under_one_word_bound_the_search_and_keep_what_it_found() {
    let holder = "“Every ferry on the northern route will, as we promised, sail again before \
                  the harvest,” said Maren Holt.\n";
    let cut = "“Every ferry … sail again before the harvest,” Holt said.\n";
    let misses: String = (0..250)
        .map(|i| {
            format!(
                "“We sold … the harvest to the ward {i} buyers and the town {i} sellers at the \
                 quay,” Holt said.\n"
            )
        })
        .collect();
    let (ms, _) = run(&[("a.txt", cut), ("courier.txt", holder), ("misses.txt", &misses)]);
    let whole = by_text(&ms, "courier.txt", "Every ferry");
    assert_eq!(by_text(&ms, "a.txt", "Every ferry").quote_id, whole.quote_id, "{ms:#?}");
    let misses: Vec<&Mention> = ms.iter().filter(|m| *m.doc == *"misses.txt").collect();
    assert_eq!(misses.len(), 250);
    assert!(misses.iter().all(|m| m.quote_id != whole.quote_id));
}
