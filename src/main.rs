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
    ClusterList, Clusters, Extractor, ExtractorBuilder, Gazetteer, Mention, assign_ids,
    clusters_by_id, find_articles, sort_canonical,
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
    /// Extract quotations from files or folders of articles (.txt, .md,
    /// .html/.htm saved web pages); `-` reads one plain-text article from
    /// stdin.
    Extract(ExtractArgs),
    /// Turn files and folders into JSONL articles ({"id", "text", "title",
    /// "author", "date", "outlet", "url"}) for `extract --input jsonl -`, ids
    /// and text as `extract` reads them: mention offsets point into `text`.
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
    /// Output format; default from the -o extension (.csv, .jsonl, .xlsx,
    /// .html), else csv.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Start the CSV with a UTF-8 byte-order mark, for Excel.
    #[arg(long)]
    excel: bool,
    /// Only speech (direct, partial and block quotations) in the
    /// spreadsheet, workbook and report; JSONL stays complete.
    #[arg(long)]
    speech: bool,
    /// Only quotations whose confidence is at least this (0 to 1).
    #[arg(long, value_name = "X", value_parser = confidence)]
    min_confidence: Option<f32>,
    /// Only quotations credited to this speaker (a canonical name or an
    /// alias in the gazetteer; any case). Repeatable.
    #[arg(long, value_name = "NAME")]
    speaker: Vec<String>,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files or folders (walked recursively for .txt, .md, .html and .htm
    /// files, sorted by path); `-` reads one plain-text article from stdin
    /// (its id is `-`), or with `--input jsonl` articles one a line.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// How plain text is cut into paragraphs: `auto` takes one a line unless
    /// the text is hard-wrapped, then blank lines part them.
    #[arg(long, value_enum, default_value = "auto")]
    paragraphs: ParagraphsArg,
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
    /// No summary line or progress bar on stderr.
    #[arg(short, long)]
    quiet: bool,
    /// Draw the progress bar from the start (it shows on a terminal once a
    /// run takes over a second).
    #[arg(long, conflicts_with = "quiet")]
    progress: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputArg {
    /// Files and folders.
    Files,
    /// One JSON article per line.
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ParagraphsArg {
    /// One paragraph a line, unless the text is hard-wrapped.
    Auto,
    /// Blank lines part paragraphs; single line breaks join.
    BlankLine,
    /// Every line is a paragraph.
    Line,
}

impl ParagraphsArg {
    fn layout(self) -> whosaid::Layout {
        match self {
            ParagraphsArg::Auto => whosaid::Layout::Auto,
            ParagraphsArg::BlankLine => whosaid::Layout::BlankLine,
            ParagraphsArg::Line => whosaid::Layout::Line,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// The spreadsheet: one row per quotation.
    Csv,
    /// The spreadsheet as an Excel workbook, with a sheet of every copy.
    Xlsx,
    /// A report to read in a browser: one self-contained HTML file.
    Html,
    /// One line per mention.
    Jsonl,
    /// One line per quotation with its mentions in full.
    JsonlClusters,
    /// One line per mention with the keys dedup groups it under: the map
    /// side of a distributed run (see `spark/`).
    Keyed,
}

/// A confidence threshold: a number from 0 to 1.
fn confidence(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a number from 0 to 1")),
    }
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

    // A mistyped -o extension fails before the long part.
    let format = format_of(&args.out)?;
    let stdin = Path::new("-");
    let (files, mut skipped) =
        collect_files(&args.paths.iter().filter(|p| *p != stdin).cloned().collect::<Vec<_>>());
    let layout = args.paragraphs.layout();
    let progress = Progress::new(&args);
    let mut mentions: Vec<Mention> = Vec::new();
    let mut processed = 0usize;
    // Mentions join the run's vector a batch of files at a time, so the
    // files' own vectors are never all held beside it.
    let mut take = |outcomes: Vec<whosaid::FileOutcome>, done: usize| {
        for outcome in outcomes {
            match outcome.result {
                Ok(found) => {
                    if let Some(enc) = outcome.encoding {
                        eprintln!(
                            "whosaid: {}: not UTF-8, decoded as {enc}",
                            outcome.path.display()
                        );
                    }
                    if outcome.read_as_html {
                        eprintln!("whosaid: {}: a web page, read as HTML", outcome.path.display());
                    }
                    processed += 1;
                    if mentions.capacity() == 0 {
                        // One large file's mentions are not copied at all.
                        mentions = found;
                    } else {
                        mentions.extend(found);
                    }
                }
                Err(e) => {
                    eprintln!("whosaid: skipped {e}");
                    skipped += 1;
                }
            }
        }
        // Room for the rest of the run as the files so far predict, and a
        // quarter more: room never used costs no memory, where a vector
        // grown by doubling is copied and, for a moment, held twice.
        let rest = files.len() - done;
        if rest > 0 && done > 0 {
            let expected = mentions.len() * rest / done.max(1) / 4 * 5;
            if mentions.capacity() - mentions.len() < expected {
                mentions.reserve_exact(expected);
            }
        }
    };
    if args.paths.iter().any(|p| p == stdin) {
        take(vec![read_stdin_article(&extractor, layout)], 0);
    }
    with_progress(&files, &progress, |batch| extractor.extract_files_as(batch, layout), &mut take);
    if processed == 0 && args.out.output.is_some() {
        return keep_old_output(&args.out);
    }
    sort_canonical(&mut mentions);
    let spinner = progress.stage(format!("clustering {} mentions", mentions.len()));
    // A quotation quoted once is kept as its mention and id.
    let clusters = Clusters::of(&mentions);
    drop(spinner);
    // A spreadsheet row carries its cluster's id; the other formats write
    // each mention's.
    if !matches!(format, FormatArg::Csv) {
        assign_ids(&mut mentions, &clusters);
    }
    let run = Run { articles: processed, gazetteer: extractor.gazetteer() };
    // No spinner over output that goes to the terminal too.
    let spinner =
        args.out.output.as_ref().and_then(|p| progress.stage(format!("writing {}", p.display())));
    write_output(&args.out, &mentions, &clusters, &run)?;
    drop(spinner);
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

/// The format asked for, else the one the -o extension names, else CSV.
fn format_of(out: &OutputArgs) -> anyhow::Result<FormatArg> {
    let ext = match (out.format, &out.output) {
        (Some(f), _) => return Ok(f),
        (None, Some(p)) => p.extension().map(|e| e.to_string_lossy().to_lowercase()),
        (None, None) => None,
    };
    Ok(match ext.as_deref() {
        None | Some("csv") => FormatArg::Csv,
        Some("jsonl") => FormatArg::Jsonl,
        Some("xlsx") => FormatArg::Xlsx,
        Some("html" | "htm") => FormatArg::Html,
        Some(other) => anyhow::bail!(
            "no format writes .{other} files: name the output .csv, .jsonl, .xlsx or .html, \
             or give --format csv|jsonl|jsonl-clusters|keyed|xlsx|html"
        ),
    })
}

/// What the outputs for people say about the run.
struct Run<'a> {
    articles: usize,
    /// Where `--speaker` looks up aliases.
    gazetteer: &'a Gazetteer,
}

/// A run that read no article writes nothing: an -o file from an earlier
/// run stays as it was.
fn keep_old_output(out: &OutputArgs) -> anyhow::Result<i32> {
    if let Some(path) = &out.output {
        let what = if path.exists() { "left as it was" } else { "not written" };
        eprintln!("whosaid: no article was read: {} {what}", path.display());
    }
    Ok(1)
}

/// What is drawn on stderr while a run goes: a bar over the articles, then
/// a spinner per later stage, on a terminal once the run has taken over a
/// second (or from the start with `--progress`); never in a pipe or with
/// `--quiet`.
struct Progress {
    wanted: bool,
    forced: bool,
    start: std::time::Instant,
}

impl Progress {
    fn new(args: &ExtractArgs) -> Progress {
        use std::io::IsTerminal;
        Progress {
            wanted: !args.quiet && (args.progress || std::io::stderr().is_terminal()),
            forced: args.progress,
            start: std::time::Instant::now(),
        }
    }

    fn due(&self) -> bool {
        self.wanted && (self.forced || self.start.elapsed().as_secs_f32() > 1.0)
    }

    /// A spinner saying what the run is doing, cleared when dropped.
    fn stage(&self, message: String) -> Option<Stage> {
        if !self.due() {
            return None;
        }
        let spinner =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        spinner.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        spinner.set_message(message);
        spinner.enable_steady_tick(std::time::Duration::from_millis(120));
        Some(Stage(spinner))
    }
}

/// A stage's spinner: cleared from the terminal when the stage ends.
struct Stage(indicatif::ProgressBar);

impl Drop for Stage {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}

/// Extracts `files` with `extract`, a batch at a time, handing each batch's
/// outcomes to `take` with the number of files done, and moving the
/// progress bar as batches finish.
fn with_progress(
    files: &[PathBuf],
    progress: &Progress,
    extract: impl Fn(&[PathBuf]) -> Vec<whosaid::FileOutcome>,
    take: &mut impl FnMut(Vec<whosaid::FileOutcome>, usize),
) {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    if !progress.wanted {
        // Batches big enough that every core stays busy.
        for (k, chunk) in files.chunks(1024).enumerate() {
            take(extract(chunk), k * 1024 + chunk.len());
        }
        return;
    }
    let bar = ProgressBar::with_draw_target(Some(files.len() as u64), ProgressDrawTarget::hidden());
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} articles, {eta} left")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut shown = false;
    // Batches big enough to keep every core busy, small enough to move the bar.
    let batch = (files.len() / 100).clamp(16, 1024);
    for (k, chunk) in files.chunks(batch).enumerate() {
        if !shown && progress.due() {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            shown = true;
        }
        take(extract(chunk), k * batch + chunk.len());
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
}

/// The document texts that the workbook and report quote sentences from,
/// read again from the documents' paths; one that cannot be read shows its
/// quotations alone.
fn load_texts(mentions: &[Mention]) -> whosaid::output::evidence::Texts {
    use rayon::prelude::*;
    documents(mentions)
        .par_iter()
        .filter_map(|d| {
            whosaid::Document::load(Path::new(d)).ok().map(|doc| (d.to_string(), doc.text))
        })
        .collect()
}

/// The distinct documents of `mentions`, sorted.
fn documents(mentions: &[Mention]) -> Vec<&str> {
    let mut docs: Vec<&str> = mentions.iter().map(|m| &*m.doc).collect();
    // Sorted mentions keep a document's together: the first pass leaves one each.
    docs.dedup();
    docs.sort_unstable();
    docs.dedup();
    docs
}

/// Writes mentions (sorted, with ids) and their clusters in the format asked
/// for, to the -o path atomically or to stdout.
fn write_output(
    out: &OutputArgs,
    mentions: &[Mention],
    clusters: &dyn ClusterList,
    run: &Run,
) -> anyhow::Result<()> {
    let format = format_of(out)?;
    if matches!(format, FormatArg::Xlsx)
        && out.output.is_none()
        && std::io::IsTerminal::is_terminal(&std::io::stdout())
    {
        anyhow::bail!("a workbook is not for a terminal: write it with -o quotes.xlsx");
    }
    let mut filter = whosaid::output::filter::Filter {
        speech_only: out.speech,
        min_confidence: out.min_confidence,
        speakers: None,
    };
    for name in &out.speaker {
        filter.speaker(name, run.gazetteer);
    }
    let people = matches!(format, FormatArg::Csv | FormatArg::Xlsx | FormatArg::Html);
    let filtered;
    let shown = if people
        && (filter.speech_only || filter.min_confidence.is_some() || filter.speakers.is_some())
    {
        filtered = filter.apply(mentions, clusters);
        &filtered as &dyn ClusterList
    } else {
        clusters
    };
    let texts = if matches!(format, FormatArg::Xlsx | FormatArg::Html) {
        load_texts(mentions)
    } else {
        Default::default()
    };
    let write = |w: &mut dyn Write| -> anyhow::Result<()> {
        match format {
            FormatArg::Csv => spreadsheet::write_clusters(
                &mut *w,
                mentions,
                shown,
                spreadsheet::Options { excel_bom: out.excel },
            )?,
            FormatArg::Xlsx => output::xlsx::write_workbook(&mut *w, mentions, shown, &texts)?,
            FormatArg::Html => output::report::write_report(
                &mut *w,
                mentions,
                shown,
                &texts,
                output::report::Run { articles: run.articles },
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
    format_of(&args.out)?;
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
    if mentions.is_empty() && skipped > 0 && args.out.output.is_some() {
        return keep_old_output(&args.out);
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
    let run = Run { articles: documents(&mentions).len(), gazetteer: Gazetteer::embedded() };
    write_output(&args.out, &mentions, &clusters, &run)?;
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
    #[serde(flatten)]
    meta: whosaid::Meta,
}

/// `extract -`: one plain-text article from stdin, id `-`.
fn read_stdin_article(extractor: &Extractor, layout: whosaid::Layout) -> whosaid::FileOutcome {
    use std::io::Read;
    let mut bytes = Vec::new();
    let path = PathBuf::from("-");
    let doc = std::io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|source| whosaid::Error::Io { path: "stdin".into(), source })
        .and_then(|_| whosaid::Document::from_bytes_as("-", &bytes, whosaid::Format::Text));
    let (encoding, read_as_html, result) = match doc {
        Ok(doc) if doc.format == whosaid::Format::Html => {
            (doc.encoding, true, Ok(extractor.extract(&doc)))
        }
        Ok(doc) => {
            let doc = doc.with_layout(layout);
            (doc.encoding, false, Ok(extractor.extract(&doc)))
        }
        Err(e) => (None, false, Err(e)),
    };
    whosaid::FileOutcome { path, encoding, read_as_html, result }
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
                let layout = args.paragraphs.layout();
                let doc =
                    whosaid::Document::new(a.id, a.text).with_meta(a.meta).with_layout(layout);
                Ok(extractor.extract(&doc))
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

/// `pack`: files and folders to JSONL articles, read as `extract` would
/// (a web page as its article body and metadata).
fn pack(paths: &[PathBuf]) -> anyhow::Result<i32> {
    #[derive(serde::Serialize)]
    struct Packed<'a> {
        id: &'a str,
        text: &'a str,
        #[serde(flatten)]
        meta: &'a whosaid::Meta,
    }
    let (files, mut skipped) = collect_files(paths);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for f in &files {
        match whosaid::Document::load(f) {
            Ok(doc) => {
                if doc.html_in_disguise(f) {
                    eprintln!("whosaid: {}: a web page, read as HTML", f.display());
                }
                let packed = Packed { id: &doc.id, text: &doc.text, meta: &doc.meta };
                serde_json::to_writer(&mut out, &packed)?;
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
    // The user's path and the OS's reason, once: not the temporary file's
    // name, not the same reason repeated down the error chain.
    let tmp = builder
        .tempfile_in(dir)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {}", path.display(), os_reason(&e)))?;
    {
        let mut w = std::io::BufWriter::new(tmp.as_file());
        write(&mut w).map_err(|e| match io_error_in(&e) {
            Some(io) => anyhow::anyhow!("writing {}: {}", path.display(), os_reason(io)),
            None => e.context(format!("writing {}", path.display())),
        })?;
    }
    tmp.persist(path).map_err(|e| {
        anyhow::anyhow!("cannot replace {}: {}", path.display(), os_reason(&e.error))
    })?;
    Ok(())
}

/// The OS's reason behind `e`, without the path that tempfile adds to
/// its errors (" at path …", only reachable through its message).
fn os_reason(e: &std::io::Error) -> String {
    if let Some(code) = e.raw_os_error() {
        return std::io::Error::from_raw_os_error(code).to_string();
    }
    let msg = e.to_string();
    match msg.rsplit_once(" at path ") {
        Some((reason, _)) => reason.to_owned(),
        None => msg,
    }
}

/// The I/O error that made a write fail, if one did.
fn io_error_in(e: &anyhow::Error) -> Option<&std::io::Error> {
    e.chain().find_map(|c| {
        c.downcast_ref::<std::io::Error>().or(match c.downcast_ref::<whosaid::Error>() {
            Some(whosaid::Error::Io { source, .. }) => Some(source),
            Some(whosaid::Error::Csv(e)) => match e.kind() {
                csv::ErrorKind::Io(io) => Some(io),
                _ => None,
            },
            _ => None,
        })
    })
}
