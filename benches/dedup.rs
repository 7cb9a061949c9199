//! Dedup at scale: 100k and 1M synthetic quotations (exact copies, trimmed,
//! prefixed, re-punctuated and reworded) clustered on one core, beside a
//! baseline run in the same process (normalising and sorting the same
//! texts' keys), with precision and recall against the synthetic truth and
//! the peak memory. `cargo bench --bench dedup [-- SIZES…]`

use std::collections::HashMap;
use std::time::Instant;

use whosaid::{Mention, QuoteKind, Rule, Span, SpeakerKind, cluster, normalize};

#[path = "support/lcg.rs"]
mod lcg;
use lcg::Lcg;

const FUNCTION: &[&str] =
    &["the", "of", "to", "and", "we", "that", "is", "in", "it", "for", "was", "on", "with", "our"];

fn vocabulary(n: usize) -> Vec<String> {
    const SYL: &[&str] =
        &["ka", "lo", "mi", "ren", "sa", "tor", "vi", "nel", "pa", "dru", "qu", "es"];
    (0..n)
        .map(|i| {
            format!("{}{}{}", SYL[i % 12], SYL[(i / 12) % 12], SYL[(i / 144) % 12])
                + &(i / 1728).to_string()
        })
        .collect()
}

/// `n` mentions in groups of five copies of one base quotation; returns the
/// mentions and each one's true group.
fn synthetic(n: usize) -> (Vec<Mention>, Vec<u32>) {
    let vocab = vocabulary(50_000);
    let mut rng = Lcg(n as u64);
    let mut mentions = Vec::with_capacity(n);
    let mut truth = Vec::with_capacity(n);
    let mut base_id = 0u32;
    while mentions.len() < n {
        let len = 10 + rng.below(21);
        let words: Vec<String> = (0..len)
            .map(|k| {
                if k % 3 == 1 {
                    FUNCTION[rng.below(FUNCTION.len())].to_owned()
                } else {
                    vocab[rng.below(vocab.len())].clone()
                }
            })
            .collect();
        let speaker = format!("Person {}", base_id % 40_000);
        for variant in 0..5 {
            if mentions.len() == n {
                break;
            }
            let text = match variant {
                0 | 1 => format!("{}.", words.join(" ")),
                2 => format!("{},", words[2..len - 2].join(" ")),
                3 => format!("However, {}!", words.join(" ")),
                _ => {
                    // Reword a third of the content words.
                    let changed: Vec<String> = words
                        .iter()
                        .enumerate()
                        .map(|(k, w)| {
                            if k % 3 != 1 && rng.below(3) == 0 {
                                vocab[rng.below(vocab.len())].clone()
                            } else {
                                w.clone()
                            }
                        })
                        .collect();
                    format!("{}.", changed.join(" "))
                }
            };
            mentions.push(Mention {
                doc: format!("doc{:07}", rng.below(n)).into(),
                span: Span::new(mentions.len(), mentions.len() + text.len()),
                text,
                kind: QuoteKind::Direct,
                speaker: Some(speaker.clone()),
                speaker_kind: SpeakerKind::Person,
                speaker_text: None,
                speaker_span: None,
                cue: None,
                rule: Rule::CueAfter,
                confidence: 0.9,
                quote_id: String::new(),
                also: Vec::new(),
            });
            truth.push(base_id);
        }
        base_id += 1;
    }
    (mentions, truth)
}

fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let sizes: Vec<usize> =
        std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect::<Vec<_>>();
    let sizes = if sizes.is_empty() { vec![100_000, 1_000_000] } else { sizes };
    rayon::ThreadPoolBuilder::new().num_threads(1).build_global().expect("one thread");
    for n in sizes {
        let (mentions, truth) = synthetic(n);
        let t = Instant::now();
        let mut keys: Vec<String> = mentions.iter().map(|m| normalize(&m.text)).collect();
        keys.sort_unstable();
        let baseline = t.elapsed().as_secs_f64();
        drop(keys);

        let t = Instant::now();
        let clusters = cluster(&mentions);
        let took = t.elapsed().as_secs_f64();
        assert_eq!(
            clusters.iter().map(|c| c.members.len()).sum::<usize>(),
            n,
            "every mention clustered once"
        );

        let mut cell: HashMap<(usize, u32), u64> = HashMap::new();
        let mut truth_size: HashMap<u32, u64> = HashMap::new();
        let mut predicted = 0u64;
        for (ci, c) in clusters.iter().enumerate() {
            predicted += pairs(c.members.len() as u64);
            for &m in &c.members {
                *cell.entry((ci, truth[m])).or_default() += 1;
            }
        }
        for &t in &truth {
            *truth_size.entry(t).or_default() += 1;
        }
        let tp: u64 = cell.values().map(|&k| pairs(k)).sum();
        let actual: u64 = truth_size.values().map(|&k| pairs(k)).sum();
        let (p, r) = (tp as f64 / predicted.max(1) as f64, tp as f64 / actual.max(1) as f64);
        println!(
            "dedup {n:>8} mentions: {took:6.2} s on one core ({:.0} mentions/s), {} clusters; \
             baseline sort {baseline:.2} s, ratio {:.1}x; pairwise precision {p:.3} recall {r:.3}; \
             peak RSS {:.0} MB",
            n as f64 / took,
            clusters.len(),
            took / baseline,
            peak_rss_mb()
        );
        assert!(p > 0.9 && r > 0.8, "a broken dedup must not look fast");
    }
}
