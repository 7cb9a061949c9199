//! Writes a benchmark corpus: articles of 15 to 40 paragraphs shuffled from
//! the seed articles in ../shared, deterministic for a given size.
//!
//! `cargo run --release --example gen_corpus -- OUT_DIR [MEGABYTES=50] [SEEDS_DIR]`

use std::path::PathBuf;

#[path = "../benches/support/lcg.rs"]
mod lcg;
use lcg::Lcg;

fn main() {
    let mut args = std::env::args().skip(1);
    let out =
        PathBuf::from(args.next().expect("usage: gen_corpus OUT_DIR [MEGABYTES] [SEEDS_DIR]"));
    let megabytes: usize = args.next().and_then(|m| m.parse().ok()).unwrap_or(50);
    let seeds = args.next().unwrap_or_else(|| "../shared/corpus/seeds".into());
    let mut paragraphs: Vec<String> = Vec::new();
    for p in whosaid::find_articles(std::path::Path::new(&seeds)).expect("the seed articles") {
        let doc = whosaid::Document::load(&p).expect("a seed article");
        paragraphs.extend(doc.paragraphs().iter().map(|s| doc.text[s.start..s.end].to_owned()));
    }
    std::fs::create_dir_all(&out).expect("output folder");
    let mut rng = Lcg(megabytes as u64);
    let (mut written, mut n) = (0usize, 0usize);
    while written < megabytes * 1_000_000 {
        let count = 15 + rng.below(26);
        // Runs of consecutive paragraphs keep quotations next to their cues.
        let mut body = Vec::with_capacity(count);
        while body.len() < count {
            let start = rng.below(paragraphs.len());
            let run = 1 + rng.below(6);
            body.extend(paragraphs.iter().skip(start).take(run.min(count - body.len())).cloned());
        }
        let text = body.join("\n\n") + "\n";
        written += text.len();
        // A thousand articles a folder, as an archive would hold them.
        let folder = out.join(format!("{:03}", n / 1000));
        if n % 1000 == 0 {
            std::fs::create_dir_all(&folder).expect("output folder");
        }
        std::fs::write(folder.join(format!("{n:06}.txt")), &text).expect("write an article");
        n += 1;
    }
    eprintln!("wrote {n} articles, {written} bytes, to {}", out.display());
}
