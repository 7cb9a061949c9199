//! Gazetteer build time and match throughput with 1k and 100k names over the
//! shared corpora, beside a memchr scan of the same bytes.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whosaid::{Entity, EntityKind, Gazetteer, find_articles};

/// `n` synthetic people, plus the embedded entities so real names match too.
fn names(n: usize) -> Vec<Entity> {
    const FIRST: &[&str] =
        &["Ada", "Bram", "Chloe", "Dario", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas"];
    let mut out: Vec<Entity> = Gazetteer::embedded().entities().to_vec();
    for i in 0..n {
        let last = format!("Surname{i:06}");
        out.push(Entity {
            name: format!("{} {last}", FIRST[i % FIRST.len()]),
            kind: EntityKind::Person,
            aliases: vec![last],
        });
    }
    out
}

fn corpus() -> String {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut text = String::new();
    for set in ["seeds", "dev", "news"] {
        for p in find_articles(&shared.join(set)).expect("../shared/corpus is beside the repo") {
            text.push_str(&std::fs::read_to_string(p).unwrap_or_default());
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("gazetteer");
    g.sample_size(10);
    let mut throughput = Vec::new();
    for n in [1_000usize, 100_000] {
        let entities = names(n);
        let t = Instant::now();
        let gaz = Gazetteer::from_entities(entities.clone());
        let build = t.elapsed();
        let found = gaz.find_all(&text).len();
        assert!(found > 100, "{found} matches");
        let t = Instant::now();
        for _ in 0..5 {
            black_box(gaz.find_all(&text).len());
        }
        let per = t.elapsed().as_secs_f64() / 5.0;
        throughput.push(text.len() as f64 / per / 1e6);
        eprintln!(
            "gazetteer {n} names: build {:.0} ms, match {:.0} MB/s",
            build.as_secs_f64() * 1e3,
            throughput.last().unwrap()
        );
        g.bench_function(format!("build-{n}"), |b| {
            b.iter(|| Gazetteer::from_entities(entities.clone()))
        });
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("match-{n}"), |b| b.iter(|| gaz.find_all(&text).len()));
    }
    let t = Instant::now();
    black_box(memchr::memchr2_iter(b'"', 0xE2, text.as_bytes()).count());
    let memchr = text.len() as f64 / t.elapsed().as_secs_f64() / 1e6;
    eprintln!(
        "gazetteer: 100k names keep {:.0}% of the 1k-name throughput; memchr baseline {memchr:.0} MB/s",
        100.0 * throughput[1] / throughput[0]
    );
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
