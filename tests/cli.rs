//! Drives the `whosaid` binary as a user would.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn whosaid(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid")).args(args).output().expect("runs")
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

#[test]
fn csv_is_the_default_and_has_the_columns() {
    let out = whosaid(&["extract", samples().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = stdout(&out);
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "quote_id",
            "quote",
            "speaker",
            "speaker_kind",
            "kind",
            "mentions",
            "documents",
            "first_document",
            "wording_differs",
            "speaker_conflict",
            "speakers",
            "variants",
            "cues",
            "rules",
            "confidence",
            "evidence"
        ]
    );
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert!(rows.len() >= 10, "{} rows", rows.len());
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert!(rows.iter().any(|r| &r[col("speaker")] == "Ines Moreau"));
    // The harbour master's count of the boats stands in two samples: one row.
    let counted =
        rows.iter().find(|r| r[col("quote")].starts_with("The first thing we did")).unwrap();
    assert_eq!(&counted[col("documents")], "2", "{counted:?}");
    // Nothing dropped: the rows' mentions add up to the JSONL lines, each
    // counted again in the row of every quotation its `also` names.
    let total: usize = rows.iter().map(|r| r[col("mentions")].parse::<usize>().unwrap()).sum();
    let jsonl = whosaid(&["extract", samples().to_str().unwrap(), "--format", "jsonl"]);
    let lines: Vec<serde_json::Value> =
        stdout(&jsonl).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let also: usize = lines.iter().map(|l| l["also"].as_array().map_or(0, Vec::len)).sum();
    assert_eq!(total, lines.len() + also);
}

#[test]
fn jsonl_lines_point_at_the_quoted_words() {
    let out = whosaid(&["extract", samples().to_str().unwrap(), "--format", "jsonl"]);
    assert!(out.status.success());
    let mut n = 0;
    for line in stdout(&out).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let doc = v["doc"].as_str().unwrap();
        let text = std::fs::read_to_string(doc).unwrap();
        let (s, e) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], v["text"].as_str().unwrap());
        for key in [
            "kind",
            "speaker",
            "speaker_kind",
            "speaker_text",
            "cue",
            "rule",
            "confidence",
            "quote_id",
        ] {
            assert!(v.get(key).is_some(), "{key} missing in {line}");
        }
        n += 1;
    }
    assert!(n >= 10);
}

/// Each quotation's line gives its id to every mention in it.
#[test]
fn cluster_lines_and_their_mentions_share_the_id() {
    let out = whosaid(&["extract", samples().to_str().unwrap(), "--format", "jsonl-clusters"]);
    assert!(out.status.success());
    let mut members = 0;
    for line in stdout(&out).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["quote_id"].as_str().unwrap();
        assert!(id.starts_with('q'), "{line}");
        for m in v["members"].as_array().unwrap() {
            assert_eq!(m["quote_id"].as_str(), Some(id), "{line}");
            members += 1;
        }
    }
    assert!(members >= 10);
}

#[test]
fn output_file_extension_picks_the_format() {
    let dir = tempdir();
    let out_path = dir.join("quotes.jsonl");
    let out = whosaid(&["extract", samples().to_str().unwrap(), "-o", out_path.to_str().unwrap()]);
    assert!(out.status.success());
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert!(written.lines().all(|l| l.starts_with('{')), "{written}");
}

#[test]
fn user_gazetteer_adds_names_and_bad_lines_name_file_and_line() {
    let dir = tempdir();
    let article = dir.join("a.txt");
    std::fs::write(&article, "“The tide comes twice a day,” Moreau said.\n").unwrap();
    let gaz = dir.join("people.tsv");
    std::fs::write(&gaz, "Ines Moreau\tperson\tMoreau\n").unwrap();
    let out = whosaid(&[
        "extract",
        article.to_str().unwrap(),
        "--gazetteer",
        gaz.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("\"speaker\":\"Ines Moreau\""), "{}", stdout(&out));

    std::fs::write(&gaz, "Ines Moreau\tperson\nBroken line without kind\n").unwrap();
    let out =
        whosaid(&["extract", article.to_str().unwrap(), "--gazetteer", gaz.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("people.tsv:2"), "{err}");
}

#[test]
fn missing_path_is_named_and_the_rest_goes_on() {
    let out = whosaid(&["extract", "no/such/folder", samples().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/folder"), "{err}");
    assert!(stdout(&out).lines().count() > 10);
}

#[test]
fn usage_error_exits_2() {
    let out = whosaid(&["extract"]);
    assert_eq!(out.status.code(), Some(2));
}

fn tempdir() -> PathBuf {
    // Kept for the test's life; the OS temp folder is cleaned by the system.
    tempfile::tempdir().expect("temp dir").keep()
}

/// `pack` then `extract --input jsonl -` names and finds what the file mode
/// finds; a malformed line is reported with its number and skipped.
#[test]
fn packed_articles_stream_to_the_same_mentions() {
    use std::io::Write;
    use std::process::Stdio;
    let dir = samples();
    let packed = whosaid(&["pack", dir.to_str().unwrap()]);
    assert!(packed.status.success());
    let mut input = packed.stdout.clone();
    input.extend_from_slice(b"{\"id\": 7}\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", "--input", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let streamed = child.wait_with_output().unwrap();
    assert_eq!(streamed.status.code(), Some(1));
    let err = String::from_utf8_lossy(&streamed.stderr);
    assert!(err.contains("stdin line 4: not an article"), "{err}");
    let files = whosaid(&["extract", dir.to_str().unwrap(), "--format", "jsonl"]);
    let key = |out: &[u8]| -> Vec<(String, u64, u64, String)> {
        String::from_utf8(out.to_vec())
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (
                    v["doc"].as_str().unwrap().to_owned(),
                    v["start"].as_u64().unwrap(),
                    v["end"].as_u64().unwrap(),
                    v["speaker"].to_string(),
                )
            })
            .collect()
    };
    assert_eq!(key(&streamed.stdout), key(&files.stdout));
}

/// Runs the binary with `input` on stdin.
fn whosaid_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// `extract --format keyed` then `cluster` gives what `extract` gives, and
/// `sheet` rebuilds the spreadsheet from the clustered mentions; a bad line
/// is named by file and number.
#[test]
fn cluster_and_sheet_rebuild_the_outputs_of_extract() {
    let dir = tempdir();
    let samples = samples();
    let samples = samples.to_str().unwrap();
    let keyed = whosaid(&["extract", samples, "--format", "keyed"]);
    assert!(keyed.status.success());
    let first: serde_json::Value =
        serde_json::from_str(stdout(&keyed).lines().next().unwrap()).unwrap();
    assert!(first["keys"].is_array() && first["probes"].is_array(), "{first}");
    let mut input = keyed.stdout.clone();
    input.extend_from_slice(b"{\"doc\": \"x.txt\"}\n");
    let path = dir.join("keyed.jsonl");
    std::fs::write(&path, &input).unwrap();
    let clustered = whosaid(&["cluster", path.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(clustered.status.code(), Some(1));
    let err = String::from_utf8_lossy(&clustered.stderr);
    let line_no = input.iter().filter(|&&b| b == b'\n').count();
    assert!(err.contains(&format!("keyed.jsonl line {line_no}: not a mention")), "{err}");
    let extracted = whosaid(&["extract", samples, "--format", "jsonl"]);
    assert_eq!(stdout(&clustered), stdout(&extracted));

    let sheet = whosaid_stdin(&["sheet", "-"], &clustered.stdout);
    assert!(sheet.status.success());
    assert_eq!(stdout(&sheet), stdout(&whosaid(&["extract", samples])));
}

/// `sheet` keeps the ids it is given: a person who merges two rows by
/// giving them one id gets one row.
#[test]
fn sheet_groups_by_the_given_ids() {
    let samples = samples();
    let extracted = whosaid(&["extract", samples.to_str().unwrap(), "--format", "jsonl"]);
    let lines: Vec<serde_json::Value> =
        stdout(&extracted).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut ids: Vec<String> =
        lines.iter().map(|v| v["quote_id"].as_str().unwrap().to_owned()).collect();
    ids.sort_unstable();
    ids.dedup();
    let (a, b) = (ids[0].clone(), ids[1].clone());
    let edited: String = lines
        .into_iter()
        .map(|mut v| {
            if v["quote_id"] == b.as_str() {
                v["quote_id"] = a.clone().into();
            }
            format!("{v}\n")
        })
        .collect();
    let sheet = whosaid_stdin(&["sheet", "-"], edited.as_bytes());
    assert!(sheet.status.success());
    let rows = stdout(&sheet).lines().count() - 1;
    assert_eq!(rows, ids.len() - 1);
    assert!(!stdout(&sheet).contains(&b));
}

/// The shuffle side: a key group gives candidate pairs, a group over its
/// limit gives its key to pass over, and `verify` keeps a pair only when
/// some stage could join it.
#[test]
fn shard_commands_answer_line_by_line() {
    let group = |key: &str, limit: usize, members: &[(&str, &str, bool)]| {
        let members: Vec<serde_json::Value> = members
            .iter()
            .map(|(t, d, l)| serde_json::json!({"text_key": t, "doc": d, "link": l}))
            .collect();
        serde_json::json!({"key": key, "limit": limit, "members": members}).to_string() + "\n"
    };
    let input = group("s01", 256, &[("q1", "a.txt", true), ("q2", "b.txt", false)])
        + &group("b02", 1, &[("q1", "a.txt", true), ("q3", "c.txt", true)])
        + &group("x03", 0, &[("q1", "a.txt", true), ("q1", "d.txt", true)])
        + &group("s04", 256, &[("q4", "e.txt", false), ("q5", "f.txt", false)])
        + "not json\n";
    let out = whosaid_stdin(&["shard", "candidates"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("stdin line 5"));
    let answers: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(
        answers,
        [
            serde_json::json!({"pair": {"a": "q1", "b": "q2", "doc_a": "a.txt", "doc_b": "b.txt"}}),
            serde_json::json!({"pass_over": "b02"}),
            serde_json::json!({"same": ["a.txt", "d.txt"]}),
        ]
    );

    let pair = |a: &str, b: &str| {
        serde_json::json!({"a_text": a, "b_text": b, "doc_a": "a.txt", "doc_b": "b.txt"})
            .to_string()
            + "\n"
    };
    let input =
        pair(
            "The ferry will sail again at dawn on Friday, the union said.",
            "sail again at dawn on Friday",
        ) + &pair("The ferry will sail again at dawn on Friday.", "Tickets cost more this winter.");
    let out = whosaid_stdin(&["shard", "verify"], input.as_bytes());
    assert!(out.status.success());
    assert_eq!(stdout(&out), "[\"a.txt\",\"b.txt\"]\n");
}

#[cfg(unix)]
#[test]
fn output_files_are_readable_by_others() {
    use std::os::unix::fs::PermissionsExt;
    let out = tempdir().join("quotes.csv");
    let run = whosaid(&["extract", samples().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(run.status.success());
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o644, 0o644, "{mode:o}");
}
