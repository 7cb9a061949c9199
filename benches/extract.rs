//! Extraction throughput per stage and end to end over the shared corpora
//! (read at run time), each beside a `memchr` scan of the same bytes so the
//! printed ratio does not drift with the machine.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whosaid::stages::{Cues, attribute, find_names, find_quotes};
use whosaid::{Document, Extractor, Gazetteer, Span, find_articles};

/// seeds + dev + news: every article text, as the CLI would read it.
fn corpus() -> Vec<Document> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut docs = Vec::new();
    for set in ["seeds", "dev", "news"] {
        for p in find_articles(&shared.join(set)).expect("../shared/corpus is beside the repo") {
            if let Ok(d) = Document::load(&p) {
                docs.push(d);
            }
        }
    }
    docs
}

/// The baseline: find every quote-mark candidate byte, as any quote
/// extractor must at least do.
fn memchr_scan(docs: &[Document]) -> usize {
    docs.iter().map(|d| memchr::memchr2_iter(b'"', 0xE2, d.text.as_bytes()).count()).sum()
}

fn time<T>(f: impl Fn() -> T) -> f64 {
    let runs = 5;
    let t = Instant::now();
    for _ in 0..runs {
        black_box(f());
    }
    t.elapsed().as_secs_f64() / runs as f64
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let ex = Extractor::new();
    let gaz = Gazetteer::embedded();
    let cues = Cues::embedded();
    let total: usize = docs.iter().map(|d| ex.extract(d).len()).sum();
    // A broken extractor must not look fast.
    assert!(total > 900, "only {total} mentions in the corpus");

    let baseline = time(|| memchr_scan(&docs));
    let end_to_end = time(|| docs.iter().map(|d| ex.extract(d).len()).sum::<usize>());
    eprintln!(
        "extract: {} bytes, {total} mentions; end to end {:.1} MB/s, memchr baseline {:.0} MB/s, ratio {:.3}",
        bytes,
        bytes as f64 / end_to_end / 1e6,
        bytes as f64 / baseline / 1e6,
        baseline / end_to_end
    );

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("memchr-baseline", |b| b.iter(|| memchr_scan(&docs)));
    g.bench_function("boundaries", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| find_quotes(&d.text, &d.paragraphs(), cues, gaz).len())
                .sum::<usize>()
        })
    });
    g.bench_function("gazetteer", |b| {
        b.iter(|| docs.iter().map(|d| gaz.find_all(&d.text).len()).sum::<usize>())
    });
    let prepared: Vec<_> = docs
        .iter()
        .map(|d| {
            let paragraphs = d.paragraphs();
            let quotes = find_quotes(&d.text, &paragraphs, cues, gaz);
            let extents: Vec<Span> = quotes.iter().map(|q| q.extent()).collect();
            (paragraphs, quotes, extents)
        })
        .collect();
    g.bench_function("names", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&prepared)
                .map(|(d, (_, _, ext))| find_names(&d.text, gaz, ext).len())
                .sum::<usize>()
        })
    });
    let named: Vec<_> =
        docs.iter().zip(&prepared).map(|(d, (_, _, ext))| find_names(&d.text, gaz, ext)).collect();
    g.bench_function("attribution", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&prepared)
                .zip(&named)
                .map(|((d, (p, q, _)), n)| attribute(&d.text, p, q, n, cues, gaz).len())
                .sum::<usize>()
        })
    });
    g.bench_function("end-to-end", |b| {
        b.iter(|| {
            let n: usize = docs.iter().map(|d| ex.extract(d).len()).sum();
            assert_eq!(n, total);
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
