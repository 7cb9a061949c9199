//! Any input: no panic, every span in range and on char boundaries, and the
//! mention's text is exactly the text at its span.

use proptest::prelude::*;
use whosaid::{Document, Extractor};

#[path = "../benches/support/adversarial.rs"]
mod adversarial;
#[path = "../benches/support/lcg.rs"]
mod lcg;

fn check(text: &str) {
    let doc = Document::new("p.txt", text);
    for m in Extractor::new().extract(&doc) {
        assert!(m.span.start <= m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert_eq!(&text[m.span.start..m.span.end], m.text);
        assert!((0.0..=1.0).contains(&m.confidence));
        if let Some(c) = &m.cue {
            assert_eq!(&text[c.span.start..c.span.end], c.text);
        }
    }
}

/// Words, names, cues and every kind of quote mark, shuffled together.
fn soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "‹",
        "›",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "said",
        "told me",
        "according to",
        "he",
        "she",
        "Jan Leike",
        "Ines Moreau",
        "a source",
        "the company",
        "Mr.",
        "s'",
        "it's",
        "é",
        "字",
        "🙂",
        "—",
        "(",
        ")",
    ]);
    prop::collection::vec(pieces, 0..200).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn quote_mark_soups(text in soup()) {
        check(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// One long paragraph of the adversarial pieces (marks, cues, pronouns,
    /// names, titles, apostrophes), in runs: what scraped pages and PDF text
    /// look like at their worst.
    #[test]
    fn long_single_paragraphs(seed in any::<u64>(), len in 10_000usize..100_000) {
        let text = adversarial::soup_paragraph(&mut lcg::Lcg(seed), len);
        prop_assert!(!text.contains('\n'));
        check(&text);
    }
}

/// Long paragraphs that once made a nested-report check read a region
/// backwards (a participle's subject found before the cue search window).
#[test]
fn long_single_paragraph_regressions() {
    for (seed, len) in [(1909309824939210800, 95903), (11584322325608595478, 23407)] {
        check(&adversarial::soup_paragraph(&mut lcg::Lcg(seed), len));
    }
}

/// Every family of `scripts/adversarial.sh`, small: spans hold and the
/// files families cluster.
#[test]
fn adversarial_families_small() {
    for family in adversarial::FAMILIES {
        match adversarial::generate(family, 60_000).expect("a family") {
            adversarial::Input::Text(t) => check(&t),
            adversarial::Input::Files(files) => {
                let ex = Extractor::new();
                let ms: Vec<_> = files
                    .iter()
                    .enumerate()
                    .flat_map(|(i, t)| ex.extract(&Document::new(format!("{i}.txt"), t.as_str())))
                    .collect();
                assert!(ms.len() >= files.len(), "{family}: a quotation a file");
                let clusters = whosaid::cluster(&ms);
                assert_eq!(clusters.iter().map(|c| c.members.len()).sum::<usize>(), ms.len());
            }
        }
    }
}

mod dedup_order {
    use proptest::prelude::*;
    use whosaid::{Document, Extractor, Mention, assign_ids, cluster, sort_canonical};

    /// Mentions from our samples: enough repeats and near-repeats to cluster.
    fn sample_mentions() -> Vec<Mention> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
        let ex = Extractor::new();
        let mut out = Vec::new();
        for p in whosaid::find_articles(&dir).unwrap() {
            out.extend(ex.extract(&Document::load(&p).unwrap()));
        }
        out
    }

    fn ids(mut ms: Vec<Mention>) -> Vec<(String, usize, String)> {
        let clusters = cluster(&ms);
        assign_ids(&mut ms, &clusters);
        sort_canonical(&mut ms);
        ms.into_iter().map(|m| (m.doc.to_string(), m.span.start, m.quote_id)).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn clustering_ignores_input_order(seed in any::<u64>()) {
            let ms = sample_mentions();
            let mut shuffled = ms.clone();
            // Fisher-Yates with a small LCG: the order is the input under test.
            let mut x = seed | 1;
            for i in (1..shuffled.len()).rev() {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.swap(i, (x >> 33) as usize % (i + 1));
            }
            prop_assert_eq!(ids(ms), ids(shuffled));
        }
    }
}
