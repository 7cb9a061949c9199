//! The `whosaid` command line: a thin layer over the library.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use whosaid::output::{self, spreadsheet};

// Extraction allocates many small strings on every core; mimalloc's
// per-thread pools cut that cost (measured in PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use whosaid::shards::{KeyGroup, candidates, verify};
use whosaid::{
    Cluster, Extractor, ExtractorBuilder, Gazetteer, Mention, assign_ids, cluster, clusters_by_id,
    find_articles, sort_canonical,
};

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "Find every quotation in news articles, who said it, and where else it appears"
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract quotations from files or folders of .txt articles.
    Extract(ExtractArgs),
    /// Turn files and folders into JSONL articles ({"id", "text"}) for
    /// `extract --input jsonl -`, ids as `extract` reports them.
    Pack {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Cluster mention JSONL (from `extract --format jsonl` or `keyed`; `-`
    /// is stdin) and write it out with quote ids. On a shard of a
    /// distributed run, lines {"pass_over": key} name the keys the whole run
    /// passes over.
    Cluster(MentionArgs),
    /// Write the spreadsheet (or sorted JSONL) of mentions as their own
    /// `quote_id`s group them, without clustering again.
    Sheet(MentionArgs),
    /// The shuffle side of a distributed run (see `spark/`): JSONL on stdin
    /// and stdout.
    #[command(subcommand)]
    Shard(ShardCommand),
}

#[derive(Subcommand)]
enum ShardCommand {
    /// Key groups ({"key", "limit", "members": [{"text_key", "doc",
    /// "link"}]}) to candidates: {"pass_over": key}, {"same": [docs]} or
    /// {"pair": {"a", "b", "doc_a", "doc_b"}}.
    Candidates,
    /// Pairs with their texts ({"a_text", "b_text", "doc_a", "doc_b"}) to
    /// the document pairs that some dedup stage could join: [doc_a, doc_b].
    Verify,
}

#[derive(clap::Args)]
struct MentionArgs {
    /// Mention JSONL files; `-` reads stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    out: OutputArgs,
    /// No summary line on stderr.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(clap::Args)]
struct OutputArgs {
    /// Write here (atomically) instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format; default from the -o extension (.jsonl), else csv.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Start the CSV with a UTF-8 byte-order mark, for Excel.
    #[arg(long)]
    excel: bool,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files or folders (walked recursively for .txt files, sorted by path);
    /// `-` with `--input jsonl` reads articles from stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// `jsonl`: each input line is an article {"id": …, "text": …}; mentions
    /// stream out as JSONL, one article at a time, with exact-text quote ids.
    #[arg(long, value_enum, default_value = "files")]
    input: InputArg,
    #[command(flatten)]
    out: OutputArgs,
    /// Extra gazetteer(s): TSV lines name<TAB>person|organization<TAB>alias|alias.
    #[arg(long)]
    gazetteer: Vec<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    threads: Option<usize>,
    /// No summary line on stderr.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputArg {
    /// Files and folders.
    Files,
    /// One JSON article per line.
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// The spreadsheet: one row per quotation.
    Csv,
    /// One line per mention.
    Jsonl,
    /// One line per quotation with its mentions in full.
    JsonlClusters,
    /// One line per mention with the keys dedup groups it under: the map
    /// side of a distributed run (see `spark/`).
    Keyed,
}

fn main() {
    let code = match run() {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            eprintln!("whosaid: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        let json = match c.downcast_ref::<whosaid::Error>() {
            Some(whosaid::Error::Json(j)) => Some(j),
            _ => c.downcast_ref::<serde_json::Error>(),
        };
        if let Some(j) = json {
            return j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe);
        }
        let io = c.downcast_ref::<std::io::Error>().or_else(|| {
            match c.downcast_ref::<whosaid::Error>() {
                Some(whosaid::Error::Io { source, .. }) => Some(source),
                Some(whosaid::Error::Csv(e)) => match e.kind() {
                    csv::ErrorKind::Io(io) => Some(io),
                    _ => None,
                },
                _ => None,
            }
        });
        io.is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run() -> anyhow::Result<i32> {
    match Args::parse().command {
        Command::Extract(args) if args.input == InputArg::Jsonl => extract_stream(args),
        Command::Extract(args) => extract(args),
        Command::Pack { paths } => pack(&paths),
        Command::Cluster(args) => cluster_mentions(args, false),
        Command::Sheet(args) => cluster_mentions(args, true),
        Command::Shard(ShardCommand::Candidates) => shard_lines(|group: KeyGroup| {
            candidates(&group).into_iter().map(|c| serde_json::to_string(&c)).collect()
        }),
        Command::Shard(ShardCommand::Verify) => shard_lines(|p: PairTexts| {
            if verify(&p.a_text, &p.b_text) {
                vec![serde_json::to_string(&[p.doc_a, p.doc_b])]
            } else {
                Vec::new()
            }
        }),
    }
}

fn extract(args: ExtractArgs) -> anyhow::Result<i32> {
    let mut builder = extractor_builder(&args)?;
    // Clustering assigns every id below: no exact keys to compute first.
    let extractor = builder.exact_ids(false).build();
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("starting threads")?;
    }

    let (files, mut skipped) = collect_files(&args.paths);

    let outcomes = extractor.extract_files(&files);
    // One allocation: growing a vector of a million mentions copies it
    // again and again.
    let total = outcomes.iter().map(|o| o.result.as_ref().map_or(0, Vec::len)).sum();
    let mut mentions: Vec<Mention> = Vec::with_capacity(total);
    let mut processed = 0usize;
    for outcome in outcomes {
        match outcome.result {
            Ok(found) => {
                if let Some(enc) = outcome.encoding {
                    eprintln!("whosaid: {}: not UTF-8, decoded as {enc}", outcome.path.display());
                }
                processed += 1;
                mentions.extend(found);
            }
            Err(e) => {
                eprintln!("whosaid: skipped {e}");
                skipped += 1;
            }
        }
    }
    sort_canonical(&mut mentions);
    let clusters = cluster(&mentions);
    // A spreadsheet row carries its cluster's id; the other formats write
    // each mention's.
    if !matches!(format_of(&args.out), FormatArg::Csv) {
        assign_ids(&mut mentions, &clusters);
    }
    write_output(&args.out, &mentions, &clusters)?;
    if !args.quiet {
        eprintln!(
            "whosaid: processed {processed}, skipped {skipped}; {} mentions, {} quotations",
            mentions.len(),
            clusters.len()
        );
    }
    // The process ends here: freeing every string of every mention one by
    // one takes longer (a twentieth of the run, measured) than the OS takes
    // to drop the whole heap.
    std::mem::forget(mentions);
    std::mem::forget(clusters);
    Ok(if skipped > 0 { 1 } else { 0 })
}

/// The format asked for, else `.jsonl` for an -o path so named, else CSV.
fn format_of(out: &OutputArgs) -> FormatArg {
    match (out.format, &out.output) {
        (Some(f), _) => f,
        (None, Some(p)) if p.extension().is_some_and(|e| e == "jsonl") => FormatArg::Jsonl,
        _ => FormatArg::Csv,
    }
}

/// Writes mentions (sorted, with ids) and their clusters in the format asked
/// for, to the -o path atomically or to stdout.
fn write_output(
    out: &OutputArgs,
    mentions: &[Mention],
    clusters: &[Cluster],
) -> anyhow::Result<()> {
    let format = format_of(out);
    let write = |w: &mut dyn Write| -> anyhow::Result<()> {
        match format {
            FormatArg::Csv => spreadsheet::write_clusters(
                &mut *w,
                mentions,
                clusters,
                spreadsheet::Options { excel_bom: out.excel },
            )?,
            FormatArg::Jsonl => output::jsonl::write_mentions(&mut *w, mentions)?,
            FormatArg::JsonlClusters => output::jsonl::write_clusters(&mut *w, mentions, clusters)?,
            FormatArg::Keyed => output::jsonl::write_keyed_mentions(&mut *w, mentions)?,
        }
        w.flush()?;
        Ok(())
    };
    match &out.output {
        Some(path) => write_atomically(path, write),
        None => write(&mut std::io::BufWriter::new(std::io::stdout().lock())),
    }
}

/// `cluster` (clusters afresh) and `sheet` (keeps the input's quote ids):
/// mention JSONL in, any output format out. A malformed line is reported
/// with its file and line number and skipped.
fn cluster_mentions(args: MentionArgs, keep_ids: bool) -> anyhow::Result<i32> {
    use std::io::BufRead;
    let mut mentions: Vec<Mention> = Vec::new();
    let mut passed_over: Vec<String> = Vec::new();
    let mut skipped = 0usize;
    for path in &args.paths {
        let (name, reader): (String, Box<dyn BufRead>) = if path == Path::new("-") {
            ("stdin".into(), Box::new(std::io::stdin().lock()))
        } else {
            match std::fs::File::open(path) {
                Ok(f) => (path.display().to_string(), Box::new(std::io::BufReader::new(f))),
                Err(e) => {
                    eprintln!("whosaid: skipped {}: {e}", path.display());
                    skipped += 1;
                    continue;
                }
            }
        };
        for (n, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("reading {name} line {}", n + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            // A shard of a distributed run is told the keys the whole run
            // passes over in lines that `shard candidates` wrote.
            if line.starts_with("{\"pass_over\"") {
                match serde_json::from_str::<whosaid::shards::Candidate>(&line) {
                    Ok(whosaid::shards::Candidate::PassOver(key)) => passed_over.push(key),
                    _ => {
                        eprintln!("whosaid: skipped {name} line {}: not a pass_over line", n + 1);
                        skipped += 1;
                    }
                }
                continue;
            }
            match output::jsonl::read_mention(&line, n + 1) {
                Ok(m) => mentions.push(m),
                Err(e) => {
                    eprintln!("whosaid: skipped {name} {e}");
                    skipped += 1;
                }
            }
        }
    }
    sort_canonical(&mut mentions);
    let clusters = if keep_ids {
        clusters_by_id(&mentions)
    } else {
        let clusters =
            whosaid::shards::cluster_shard(&mentions, &passed_over).context("a pass_over line")?;
        assign_ids(&mut mentions, &clusters);
        clusters
    };
    write_output(&args.out, &mentions, &clusters)?;
    if !args.quiet {
        eprintln!(
            "whosaid: read {} mentions, skipped {skipped} lines; {} quotations",
            mentions.len(),
            clusters.len()
        );
    }
    Ok(if skipped > 0 { 1 } else { 0 })
}

fn extractor_builder(args: &ExtractArgs) -> anyhow::Result<ExtractorBuilder> {
    let mut builder = Extractor::builder();
    for g in &args.gazetteer {
        builder.gazetteer(Gazetteer::from_path(g).context("loading a gazetteer")?);
    }
    Ok(builder)
}

#[derive(serde::Deserialize)]
struct Article {
    id: String,
    text: String,
}

/// Articles per batch: enough to keep every core busy, few enough that
/// memory does not grow with the input.
const BATCH: usize = 256;

/// `extract --input jsonl -`: stateless, line by line, in order.
fn extract_stream(args: ExtractArgs) -> anyhow::Result<i32> {
    use rayon::prelude::*;
    use std::io::BufRead;
    let extractor = extractor_builder(&args)?.build();
    if args.paths.len() != 1 || args.paths[0] != Path::new("-") {
        anyhow::bail!("--input jsonl reads articles from stdin: give `-` as the only path");
    }
    let keyed = match args.out.format {
        None | Some(FormatArg::Jsonl) => false,
        Some(FormatArg::Keyed) => true,
        Some(_) => anyhow::bail!(
            "--input jsonl streams mentions: --format jsonl or keyed (cluster them with `whosaid cluster`)"
        ),
    };
    if args.out.output.is_some() {
        anyhow::bail!("--input jsonl writes to stdout: drop -o");
    }
    // Each batch is extracted on the pool, so -j bounds it here too.
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("starting threads")?;
    }
    let stdin = std::io::stdin().lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut processed, mut skipped) = (0usize, 0usize);
    let mut lines = stdin.lines().enumerate();
    loop {
        let batch: Vec<(usize, std::io::Result<String>)> = lines.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<Result<Vec<Mention>, String>> = batch
            .into_par_iter()
            .map(|(n, line)| {
                let line = line.map_err(|e| format!("stdin line {}: {e}", n + 1))?;
                let a: Article = serde_json::from_str(&line)
                    .map_err(|e| format!("stdin line {}: not an article: {e}", n + 1))?;
                Ok(extractor.extract(&whosaid::Document::new(a.id, a.text)))
            })
            .collect();
        for r in results {
            match r {
                Ok(mentions) => {
                    processed += 1;
                    if keyed {
                        output::jsonl::write_keyed_mentions(&mut out, &mentions)?;
                    } else {
                        output::jsonl::write_mentions(&mut out, &mentions)?;
                    }
                }
                Err(e) => {
                    eprintln!("whosaid: skipped {e}");
                    skipped += 1;
                }
            }
        }
    }
    out.flush()?;
    if !args.quiet {
        eprintln!("whosaid: processed {processed}, skipped {skipped}");
    }
    Ok(if skipped > 0 { 1 } else { 0 })
}

/// A pair of texts for `shard verify`.
#[derive(serde::Deserialize)]
struct PairTexts {
    a_text: String,
    b_text: String,
    doc_a: String,
    doc_b: String,
}

/// Reads JSON lines of `T` from stdin and writes what `answer` makes of
/// each; a malformed line is reported with its number and skipped.
fn shard_lines<T: serde::de::DeserializeOwned>(
    answer: impl Fn(T) -> Vec<serde_json::Result<String>>,
) -> anyhow::Result<i32> {
    use std::io::BufRead;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut skipped = 0usize;
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.with_context(|| format!("reading stdin line {}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<T>(&line) {
            Ok(input) => {
                for answer in answer(input) {
                    out.write_all(answer?.as_bytes())?;
                    out.write_all(b"\n")?;
                }
            }
            Err(e) => {
                eprintln!("whosaid: skipped stdin line {}: {e}", n + 1);
                skipped += 1;
            }
        }
    }
    out.flush()?;
    Ok(if skipped > 0 { 1 } else { 0 })
}

/// The articles under `paths`, sorted and without repeats (the same output
/// whatever order the paths come in), and how many paths failed.
fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, usize) {
    let mut skipped = 0usize;
    let mut files = Vec::new();
    for p in paths {
        match find_articles(p) {
            Ok(found) => files.extend(found),
            Err(e) => {
                eprintln!("whosaid: {e}");
                skipped += 1;
            }
        }
    }
    files.sort();
    files.dedup();
    (files, skipped)
}

/// `pack`: files and folders to JSONL articles, decoded as `extract` would.
fn pack(paths: &[PathBuf]) -> anyhow::Result<i32> {
    let (files, mut skipped) = collect_files(paths);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for f in &files {
        match whosaid::Document::load(f) {
            Ok(doc) => {
                serde_json::to_writer(
                    &mut out,
                    &serde_json::json!({"id": doc.id, "text": doc.text}),
                )?;
                out.write_all(b"\n")?;
            }
            Err(e) => {
                eprintln!("whosaid: skipped {e}");
                skipped += 1;
            }
        }
    }
    out.flush()?;
    Ok(if skipped > 0 { 1 } else { 0 })
}

/// Writes to a temporary file beside `path` and renames it into place, so
/// an interrupted run never leaves a truncated spreadsheet.
fn write_atomically(
    path: &Path,
    write: impl Fn(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    // A temporary file is private (0600); the output is an ordinary file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let tmp = builder
        .tempfile_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    {
        let mut w = std::io::BufWriter::new(tmp.as_file());
        write(&mut w).with_context(|| format!("writing {}", path.display()))?;
    }
    tmp.persist(path).with_context(|| format!("replacing {}", path.display()))?;
    Ok(())
}
