//! Bad input never crashes, hangs or loses a quotation: encodings, binary and
//! empty files, missing paths, pathological text, atomic output,
//! determinism, broken pipes. Every fixture is generated here.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use whosaid::{Document, Extractor};

fn whosaid(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid")).args(args).output().expect("runs")
}

/// A temporary folder, removed when the test ends (pass or fail).
struct Dir(tempfile::TempDir);

impl std::ops::Deref for Dir {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Dir {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

fn dir() -> Dir {
    Dir(tempfile::tempdir().expect("temp dir"))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const ARTICLE: &str = "“The river rose in an hour,” Ines Moreau told reporters.\n";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for u in text.encode_utf16() {
        out.extend(if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

#[test]
fn other_encodings_are_decoded_and_said() {
    let d = dir();
    std::fs::write(d.join("le.txt"), utf16(ARTICLE, false)).unwrap();
    std::fs::write(d.join("be.txt"), utf16(ARTICLE, true)).unwrap();
    // Windows-1252: curly quotes are 0x93 and 0x94.
    std::fs::write(
        d.join("win.txt"),
        b"\x93The river rose in an hour,\x94 Ines Moreau told reporters.\n",
    )
    .unwrap();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(ARTICLE.as_bytes());
    std::fs::write(d.join("bom.txt"), &bom).unwrap();
    let out = whosaid(&["extract", d.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("le.txt: not UTF-8, decoded as UTF-16LE"), "{err}");
    assert!(err.contains("be.txt: not UTF-8, decoded as UTF-16BE"), "{err}");
    assert!(err.contains("win.txt: not UTF-8, decoded as windows-1252"), "{err}");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    for v in &lines {
        assert_eq!(v["text"], "The river rose in an hour,");
        assert_eq!(v["speaker"], "Ines Moreau");
        let doc = v["doc"].as_str().unwrap();
        match doc.rsplit('/').next().unwrap() {
            "bom.txt" => {
                // UTF-8 offsets are file offsets: the BOM counts.
                assert_eq!(v["start"], 6);
                assert!(v.get("encoding").is_none());
            }
            "win.txt" => assert_eq!(v["encoding"], "windows-1252"),
            _ => assert!(v["encoding"].as_str().unwrap().starts_with("UTF-16")),
        }
    }
    // All four copies are one quotation.
    assert!(lines.iter().all(|v| v["quote_id"] == lines[0]["quote_id"]));
}

#[test]
fn binary_empty_and_missing_inputs_are_named_and_the_rest_goes_on() {
    let d = dir();
    std::fs::write(d.join("good.txt"), ARTICLE).unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::os::unix::fs::symlink(d.join("gone"), d.join("dangling.txt")).unwrap();
    let empty_dir = d.join("nothing-here");
    std::fs::create_dir(&empty_dir).unwrap();
    let out = whosaid(&[
        "extract",
        d.to_str().unwrap(),
        "no/such/path",
        empty_dir.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("image.txt: not a text file: NUL byte at byte 8"), "{err}");
    assert!(err.contains("dangling.txt"), "{err}");
    assert!(err.contains("no/such/path"), "{err}");
    assert!(err.contains("nothing-here: no .txt articles found"), "{err}");
    assert!(err.contains("processed 2, skipped 4"), "{err}");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
}

#[test]
fn only_empty_files_exit_zero() {
    let d = dir();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    let out = whosaid(&["extract", d.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// Every span in range and on char boundaries, with its text.
fn check_spans(text: &str) -> usize {
    let ms = Extractor::new().extract(&Document::new("big.txt", text));
    for m in &ms {
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
    ms.len()
}

#[test]
fn unclosed_quote_marks_200k() {
    let text = "“It never closes, Ada Okafor said ".repeat(200_000);
    check_spans(&text);
}

#[test]
fn single_paragraph_of_20_mb() {
    let unit = "The council met again. “We will rebuild,” said Ines Moreau, who told me the \
                harbour would reopen. Critics called it “a fantasy.” ";
    let text = unit.repeat(20_000_000 / unit.len());
    assert!(check_spans(&text) >= 2 * (20_000_000 / unit.len()) - 1);
}

#[test]
fn nested_marks_10k() {
    let text = format!("{}core{}", "“‘«„".repeat(10_000), "”’»“".repeat(10_000));
    check_spans(&text);
}

#[test]
fn a_million_apostrophes() {
    let text = format!("‘{}’ and {}", "it's the workers' ".repeat(50_000), "'".repeat(1_000_000));
    check_spans(&text);
}

#[test]
fn output_is_atomic_and_left_alone_on_failure() {
    let d = dir();
    let articles = d.join("in");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(articles.join("a.txt"), ARTICLE).unwrap();
    let out_path = d.join("quotes.csv");
    std::fs::write(&out_path, "old").unwrap();
    let bad_gazetteer = d.join("bad.tsv");
    std::fs::write(&bad_gazetteer, "only a name\n").unwrap();
    let out = whosaid(&[
        "extract",
        articles.to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
        "--gazetteer",
        bad_gazetteer.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "old");

    let out = whosaid(&["extract", articles.to_str().unwrap(), "-o", out_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&out_path).unwrap().starts_with("quote_id,quote,"));
    let leftovers: Vec<_> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "in" && n != "quotes.csv" && n != "bad.tsv")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn formulas_are_defused_in_every_cell() {
    let d = dir();
    std::fs::write(
        d.join("=cmd.txt"),
        "“=HYPERLINK(\"http://x\") is not a formula,” said @handle.\n“+1 for that,” said -Dash.\n",
    )
    .unwrap();
    let out = whosaid(&["extract", d.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    for row in rdr.records() {
        for cell in row.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
    }
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples")
}

#[test]
fn same_bytes_whatever_threads_or_path_order() {
    let s = samples();
    let files: Vec<String> = whosaid::find_articles(&s)
        .unwrap()
        .into_iter()
        .map(|p| p.to_str().unwrap().to_owned())
        .collect();
    let mut forward = vec!["extract".to_owned()];
    forward.extend(files.iter().cloned());
    let mut backward = vec!["extract".to_owned()];
    backward.extend(files.iter().rev().cloned());
    let run = |args: &[String], extra: &[&str]| {
        let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
        all.extend(extra);
        whosaid(&all).stdout
    };
    for format in
        [&["--format", "csv"][..], &["--format", "jsonl"], &["--format", "jsonl-clusters"]]
    {
        let a = run(&forward, format);
        let mut one_thread = format.to_vec();
        one_thread.extend(["-j", "1"]);
        assert_eq!(a, run(&forward, &one_thread));
        assert_eq!(a, run(&backward, format));
        assert!(!a.is_empty());
    }
}

#[test]
fn broken_pipe_exits_quietly() {
    let d = dir();
    let text = std::fs::read_to_string(samples().join("harbour-gazette.txt")).unwrap();
    for i in 0..300 {
        // Distinct quotations, so the output is larger than a pipe holds.
        std::fs::write(d.join(format!("{i:03}.txt")), text.replace("hour", &format!("hour {i}")))
            .unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", d.to_str().unwrap(), "--format", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
}
