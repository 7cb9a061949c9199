//! Scores the seeds and the dev set with the referee (`../shared/eval/score.py`)
//! and fails below the bars of issue 3. Needs python3 and ../shared.

use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// Runs the binary on a corpus folder and the referee on its output.
fn score(set: &str) -> serde_json::Value {
    let shared = shared();
    let docs = shared.join("corpus").join(set);
    assert!(docs.is_dir(), "{} is missing: the referee test needs ../shared", docs.display());
    let out = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", docs.to_str().unwrap(), "--format", "jsonl"])
        .output()
        .expect("whosaid runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let dir = tempfile::tempdir().unwrap();
    let system = dir.path().join("mentions.jsonl");
    std::fs::write(&system, &out.stdout).unwrap();
    let gold = shared.join("corpus/gold").join(format!("{set}.jsonl"));
    let referee = Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .args(["--docs", docs.to_str().unwrap(), "--gold", gold.to_str().unwrap()])
        .args(["--system", system.to_str().unwrap(), "--json"])
        .output()
        .expect("python3 runs the referee");
    assert!(referee.status.success(), "{}", String::from_utf8_lossy(&referee.stderr));
    let scores: serde_json::Value =
        serde_json::from_slice(&referee.stdout).expect("the referee prints JSON");
    eprintln!("{set}: {scores}");
    scores
}

fn f1(scores: &serde_json::Value, part: &str) -> f64 {
    scores[part]["f1"].as_f64().unwrap()
}

#[test]
fn seeds_meet_the_bars() {
    let s = score("seeds");
    assert!(f1(&s, "detection") >= 0.95, "detection {}", s["detection"]);
    assert!(f1(&s, "attribution") >= 0.90, "attribution {}", s["attribution"]);
}

#[test]
fn dev_set_meets_the_bars() {
    let s = score("dev");
    assert!(f1(&s, "detection") >= 0.90, "detection {}", s["detection"]);
    assert!(f1(&s, "attribution") >= 0.85, "attribution {}", s["attribution"]);
}
