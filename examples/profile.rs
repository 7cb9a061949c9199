//! Runs extraction over a folder many times: a target for perf or callgrind.
//! `cargo run --release --example profile -- ../shared/corpus/news 20`

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "../shared/corpus/news".into());
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let docs: Vec<whosaid::Document> = whosaid::find_articles(std::path::Path::new(&dir))
        .expect("a folder of articles")
        .iter()
        .filter_map(|p| whosaid::Document::load(p).ok())
        .collect();
    // As the CLI's extract: cluster ids come later, no exact ids here.
    let ex = whosaid::Extractor::builder().exact_ids(false).build();
    let mut n = 0;
    for _ in 0..rounds {
        n += docs.iter().map(|d| ex.extract(d).len()).sum::<usize>();
    }
    println!("{n} mentions");
}
