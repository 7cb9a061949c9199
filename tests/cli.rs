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
            "first_date",
            "first_outlet",
            "outlets",
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

/// A temporary folder, removed when the test ends (pass or fail).
struct Dir(tempfile::TempDir);

impl std::ops::Deref for Dir {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

fn tempdir() -> Dir {
    Dir(tempfile::tempdir().expect("temp dir"))
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
    let dir = tempdir();
    let out = dir.join("quotes.csv");
    let run = whosaid(&["extract", samples().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(run.status.success());
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o644, 0o644, "{mode:o}");
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_path(path).unwrap();
    rdr.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect()
}

/// The workbook's "Quotations" sheet is the spreadsheet, cell by cell, with
/// numbers as numbers and flags as booleans; "Mentions" has every copy.
#[test]
fn workbook_matches_the_spreadsheet_cell_by_cell() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let dir = tempdir();
    let (book, sheet) = (dir.join("quotes.xlsx"), dir.join("quotes.csv"));
    for out in [&book, &sheet] {
        let run = whosaid(&["extract", samples().to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    }
    let csv = read_csv(&sheet);
    let mut wb: Xlsx<_> = open_workbook(&book).unwrap();
    assert_eq!(wb.sheet_names(), ["Quotations", "Mentions"]);
    let range = wb.worksheet_range("Quotations").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows.len(), csv.len());
    let (mut numbers, mut flags) = (0, 0);
    for (r, (xrow, crow)) in rows.iter().zip(&csv).enumerate() {
        assert_eq!(xrow.len(), crow.len(), "row {r}");
        for (c, (x, want)) in xrow.iter().zip(crow).enumerate() {
            let got = match x {
                Data::String(s) => whosaid::output::defuse(s).into_owned(),
                Data::Empty => String::new(),
                Data::Float(f) if csv[0][c] == "confidence" => {
                    numbers += 1;
                    format!("{f:.2}")
                }
                Data::Float(f) => {
                    numbers += 1;
                    f.to_string()
                }
                Data::Int(i) => i.to_string(),
                Data::Bool(b) => {
                    flags += 1;
                    b.to_string()
                }
                other => panic!("row {r} column {c}: {other:?}"),
            };
            assert_eq!(&got, want, "row {r} column {}", csv[0][c]);
        }
    }
    let quotations = csv.len() - 1;
    assert_eq!((numbers, flags), (3 * quotations, 2 * quotations));

    let mentions = wb.worksheet_range("Mentions").unwrap();
    let header: Vec<String> =
        mentions.rows().next().unwrap().iter().map(|d| d.to_string()).collect();
    assert_eq!(header[..4], ["quote_id", "document", "start", "end"]);
    let sentence = header.iter().position(|h| h == "sentence").unwrap();
    let jsonl = whosaid(&["extract", samples().to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(mentions.rows().count() - 1, stdout(&jsonl).lines().count());
    // Each copy's sentence holds its quotation.
    for row in mentions.rows().skip(1) {
        let (quote, context) = (row[4].to_string(), row[sentence].to_string());
        assert!(context.contains(&quote), "{quote:?} not in {context:?}");
    }
}

/// Article text that a spreadsheet could misread stays plain text in the
/// workbook: formulas, control characters, a quotation over a cell's limit.
#[test]
fn workbook_keeps_hostile_text_as_text() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let dir = tempdir();
    let long = "word ".repeat(8000);
    std::fs::write(
        dir.join("odd.txt"),
        format!(
            "“=HYPERLINK(\"http://evil.example\") is the \u{1}answer,” said Mara Voss.\n\
             “{long}” Mara Voss told the council.\n"
        ),
    )
    .unwrap();
    let book = dir.join("odd.xlsx");
    let run = whosaid(&["extract", dir.to_str().unwrap(), "-o", book.to_str().unwrap()]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let mut wb: Xlsx<_> = open_workbook(&book).unwrap();
    for sheet in ["Quotations", "Mentions"] {
        let range = wb.worksheet_range(sheet).unwrap();
        let quote = range.rows().next().unwrap().iter().position(|h| *h == "quote").unwrap();
        let cells: Vec<String> = range.rows().skip(1).map(|r| r[quote].to_string()).collect();
        assert_eq!(cells.len(), 2, "{sheet}");
        assert!(cells.iter().any(|c| c.starts_with("=HYPERLINK(")), "{sheet}: {cells:?}");
        assert!(
            cells.iter().any(|c| c.starts_with("word word") && c.ends_with("(cut)")),
            "{sheet}"
        );
        assert!(range.rows().flatten().all(|d| !matches!(d, Data::Error(_))));
    }
}

/// The report: the run's counts, one card per quotation (most travelled
/// first), every copy in its sentence, read back with an HTML parser.
#[test]
fn report_has_a_card_per_quotation_and_the_counts() {
    use scraper::{Html, Selector};
    let dir = tempdir();
    let (page, sheet) = (dir.join("report.html"), dir.join("quotes.csv"));
    for out in [&page, &sheet] {
        let run = whosaid(&["extract", samples().to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    }
    let csv = read_csv(&sheet);
    let col = |name: &str| csv[0].iter().position(|h| h == name).unwrap();
    let html = Html::parse_document(&std::fs::read_to_string(&page).unwrap());
    let sel = |s: &str| Selector::parse(s).unwrap();
    let count = |id: &str| -> usize {
        let node = html.select(&sel(&format!("#{id}"))).next().unwrap();
        node.text().collect::<String>().parse().unwrap()
    };
    let rows = &csv[1..];
    assert_eq!(count("n-articles"), 3);
    assert_eq!(count("n-quotations"), rows.len());
    let mut speakers: Vec<&str> =
        rows.iter().map(|r| r[col("speaker")].as_str()).filter(|s| !s.is_empty()).collect();
    speakers.sort();
    speakers.dedup();
    assert_eq!(count("n-speakers"), speakers.len());
    let conflicts = rows.iter().filter(|r| r[col("speaker_conflict")] == "true").count();
    assert_eq!(count("n-conflicts"), conflicts);

    let cards: Vec<_> = html.select(&sel("article.card")).collect();
    assert_eq!(cards.len(), rows.len());
    let outlets: Vec<usize> = cards
        .iter()
        .map(|c| {
            let t: String = c.select(&sel(".outlets")).next().unwrap().text().collect();
            t.split(' ').next().unwrap().parse().unwrap()
        })
        .collect();
    assert!(outlets.windows(2).all(|w| w[0] >= w[1]), "{outlets:?}");
    for row in rows {
        let id = format!("#q-{}", row[col("quote_id")]);
        let card = html.select(&sel(&id)).next().unwrap_or_else(|| panic!("no card {id}"));
        let quote: String = card.select(&sel("h2.quote")).next().unwrap().text().collect();
        assert_eq!(quote, format!("“{}”", row[col("quote")]));
        let copies = card.select(&sel("li.copy")).count();
        assert_eq!(copies.to_string(), row[col("mentions")]);
        // Every copy marks its quotation inside the sentence.
        assert_eq!(card.select(&sel("li.copy blockquote mark")).count(), copies);
        let who: String = card.select(&sel(".speaker")).next().unwrap().text().collect();
        let want = match (row[col("speaker")].as_str(), row[col("speaker_kind")].as_str()) {
            ("", "anonymous") => "anonymous source",
            ("", _) => "no speaker",
            (name, _) => name,
        };
        assert_eq!(who, want);
        let flags = card.value().attr("data-flags").unwrap();
        assert_eq!(flags.contains("wording_differs"), row[col("wording_differs")] == "true");
        if flags.contains("wording_differs") {
            assert!(card.select(&sel(".wordings li")).count() >= 1);
        }
    }
    assert!(
        html.select(&sel(".speaker.none"))
            .any(|s| s.text().collect::<String>() == "anonymous source")
    );
    // The speaker's words and the cue are underlined where the sentence has them.
    assert!(html.select(&sel("u.cue")).count() >= 5);
    assert!(html.select(&sel("u.who")).count() >= 5);
    // No network: nothing is loaded from elsewhere.
    assert_eq!(html.select(&sel("script[src], link, img, iframe")).count(), 0);
}

/// Markup in an article stays text in the report.
#[test]
fn report_escapes_hostile_articles() {
    use scraper::{Html, Selector};
    let dir = tempdir();
    std::fs::write(
        dir.join("evil.txt"),
        "“<script>alert('x')</script> is <b>bold</b> & “loud”,” said Mara <img src=x onerror=alert(1)> Voss.\n\
         “We <iframe src=//evil.example></iframe> disagree,” Mara Voss told the \"council\".\n",
    )
    .unwrap();
    let page = dir.join("r.html");
    let run = whosaid(&["extract", dir.to_str().unwrap(), "-o", page.to_str().unwrap()]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let text = std::fs::read_to_string(&page).unwrap();
    let html = Html::parse_document(&text);
    let sel = |s: &str| Selector::parse(s).unwrap();
    // Only the report's own script, no element from the article.
    assert_eq!(html.select(&sel("script")).count(), 1);
    assert_eq!(html.select(&sel("img, iframe, b")).count(), 0);
    let quotes: Vec<String> =
        html.select(&sel("h2.quote")).map(|q| q.text().collect::<String>()).collect();
    assert!(quotes.iter().any(|q| q.contains("<script>alert('x')</script>")), "{quotes:?}");
    assert!(!text.contains("<script>alert"));
}

#[test]
fn mistyped_input_keeps_the_old_output() {
    let dir = tempdir();
    let out = dir.join("good.csv");
    std::fs::write(&out, "the work of an earlier run\n").unwrap();
    let run =
        whosaid(&["extract", dir.join("nwes").to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("nwes") && err.contains("left as it was"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "the work of an earlier run\n");
    // The same for mention files that cannot be read.
    let run =
        whosaid(&["sheet", dir.join("nope.jsonl").to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "the work of an earlier run\n");
}

#[test]
fn unknown_output_extension_names_the_formats() {
    let dir = tempdir();
    let out = dir.join("quotes.txt");
    let run = whosaid(&["extract", samples().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    for f in [".txt", ".csv", ".jsonl", ".xlsx", ".html", "--format"] {
        assert!(err.contains(f), "{f} not in {err}");
    }
    assert!(!out.exists());
    // An explicit format writes whatever the name.
    let run = whosaid(&[
        "extract",
        samples().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert!(run.status.success());
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("quote_id,"));
}

#[test]
fn write_errors_name_the_users_path_and_the_reason_once() {
    let dir = tempdir();
    let out = dir.join("missing-folder").join("quotes.csv");
    let run = whosaid(&["extract", samples().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains(out.to_str().unwrap()), "{err}");
    // Not the temporary file's name, and the OS's reason once.
    assert_eq!(
        err.trim_end(),
        format!("whosaid: cannot write {}: No such file or directory (os error 2)", out.display())
    );
}

#[test]
fn filters_keep_speech_confident_rows_of_a_speaker_and_jsonl_stays_complete() {
    let s = samples();
    let s = s.to_str().unwrap();
    let rows = |extra: &[&str]| -> Vec<csv::StringRecord> {
        let out = whosaid(&[&["extract", s][..], extra].concat());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        csv::Reader::from_reader(stdout(&out).as_bytes()).records().map(|r| r.unwrap()).collect()
    };
    // Columns by name: other columns may come in between.
    let col =
        |name: &str| whosaid::output::spreadsheet::COLUMNS.iter().position(|c| *c == name).unwrap();
    let (kind, confidence, speakers) = (col("kind"), col("confidence"), col("speakers"));
    let all = rows(&[]);
    let speech = rows(&["--speech"]);
    assert!(speech.len() < all.len());
    assert!(speech.iter().all(|r| ["direct", "partial", "block"].contains(&&r[kind])));
    assert_eq!(
        speech.len(),
        all.iter().filter(|r| ["direct", "partial", "block"].contains(&&r[kind])).count()
    );
    let bad = whosaid(&["extract", s, "--min-confidence", "80"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a number from 0 to 1"));
    let confident = rows(&["--min-confidence", "0.8"]);
    assert!(!confident.is_empty() && confident.len() < all.len());
    assert!(confident.iter().all(|r| r[confidence].parse::<f32>().unwrap() >= 0.8));
    // An alias from a user gazetteer finds the canonical name's rows.
    let gdir = tempdir();
    let g = gdir.join("g.tsv");
    std::fs::write(&g, "Ines Moreau\tperson\tthe Portmere harbour master\n").unwrap();
    let hers =
        rows(&["--gazetteer", g.to_str().unwrap(), "--speaker", "The Portmere Harbour Master"]);
    assert!(!hers.is_empty());
    assert!(hers.iter().all(|r| r[speakers].contains("Ines Moreau")));
    assert_eq!(hers.len(), all.iter().filter(|r| r[speakers].contains("Ines Moreau")).count());
    // The workbook and the report show the same rows.
    let dir = tempdir();
    let page = dir.join("speech.html");
    let run = whosaid(&["extract", s, "--speech", "-o", page.to_str().unwrap()]);
    assert!(run.status.success());
    let html = scraper::Html::parse_document(&std::fs::read_to_string(&page).unwrap());
    let cards = scraper::Selector::parse("article.card").unwrap();
    assert_eq!(html.select(&cards).count(), speech.len());
    let book = dir.join("speech.xlsx");
    let run = whosaid(&["extract", s, "--speech", "-o", book.to_str().unwrap()]);
    assert!(run.status.success());
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&book).unwrap();
    let range = calamine::Reader::worksheet_range(&mut wb, "Quotations").unwrap();
    assert_eq!(range.rows().count() - 1, speech.len());
    let jsonl = |extra: &[&str]| {
        stdout(&whosaid(&[&["extract", s, "--format", "jsonl"][..], extra].concat()))
            .lines()
            .count()
    };
    assert_eq!(jsonl(&["--speech", "--min-confidence", "0.9"]), jsonl(&[]));
}

/// The progress bar draws on a terminal (a pseudo-terminal from `script`),
/// never into a pipe, and not with --quiet.
#[cfg(unix)]
#[test]
fn progress_bar_only_on_a_terminal() {
    let bin = env!("CARGO_BIN_EXE_whosaid");
    let dir = tempdir();
    let out = dir.join("q.csv");
    let cmd =
        |extra: &str| format!("{bin} extract {} -o {} {extra}", samples().display(), out.display());
    let on_tty = |extra: &str| {
        let o = Command::new("script")
            .args(["-qec", &cmd(extra), "/dev/null"])
            .output()
            .expect("script (util-linux) runs");
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let drawn = on_tty("--progress");
    assert!(drawn.contains("articles") && drawn.contains("clustering "), "{drawn:?}");
    assert!(drawn.contains("writing "), "{drawn:?}");
    assert!(!on_tty("--quiet").contains("articles"));
    let piped = whosaid(&["extract", samples().to_str().unwrap(), "--progress"]);
    assert!(!String::from_utf8_lossy(&piped.stderr).contains("articles"));
}
