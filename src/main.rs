//! The `whosaid` command line: a thin layer over the library.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use whosaid::{Document, Extractor, Gazetteer, Mention, find_articles, output};

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "Find every quotation in news articles and who said it"
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract quotations from files or folders of .txt articles.
    Extract {
        /// Files or folders (walked recursively, .txt files, sorted by path).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write here instead of stdout.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format (default: from the -o extension, else csv).
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// An extra gazetteer: TSV lines name<TAB>person|organization<TAB>alias|alias.
        #[arg(long)]
        gazetteer: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Csv,
    Jsonl,
}

fn main() {
    let code = match run() {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                0
            } else {
                eprintln!("whosaid: {e:#}");
                2
            }
        }
    };
    std::process::exit(code);
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || matches!(c.downcast_ref::<whosaid::Error>(), Some(whosaid::Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run() -> anyhow::Result<i32> {
    let args = Args::parse();
    match args.command {
        Command::Extract { paths, output, format, gazetteer } => {
            let mut builder = Extractor::builder();
            for g in &gazetteer {
                builder.gazetteer(Gazetteer::from_path(g).with_context(|| "loading gazetteer")?);
            }
            let extractor = builder.build();
            let format = match (format, &output) {
                (Some(FormatArg::Csv), _) => output::Format::Csv,
                (Some(FormatArg::Jsonl), _) => output::Format::Jsonl,
                (None, Some(p)) if p.extension().is_some_and(|e| e == "jsonl") => {
                    output::Format::Jsonl
                }
                _ => output::Format::Csv,
            };
            let mut skipped = 0usize;
            let mut files = Vec::new();
            for p in &paths {
                match find_articles(p) {
                    Ok(found) => files.extend(found),
                    Err(e) => {
                        eprintln!("whosaid: {e}");
                        skipped += 1;
                    }
                }
            }
            let mut mentions: Vec<Mention> = Vec::new();
            for f in &files {
                match Document::load(f) {
                    Ok(doc) => {
                        if let Some(enc) = doc.encoding {
                            eprintln!("whosaid: {}: decoded as {enc}", f.display());
                        }
                        mentions.extend(extractor.extract(&doc));
                    }
                    Err(e) => {
                        eprintln!("whosaid: {e}");
                        skipped += 1;
                    }
                }
            }
            let write = |w: &mut dyn Write| -> anyhow::Result<()> {
                match format {
                    output::Format::Csv => output::spreadsheet::write_mentions(w, &mentions)?,
                    output::Format::Jsonl => output::jsonl::write_mentions(w, &mentions)?,
                }
                Ok(())
            };
            match &output {
                Some(p) => {
                    let mut f = std::io::BufWriter::new(
                        std::fs::File::create(p)
                            .with_context(|| format!("creating {}", p.display()))?,
                    );
                    write(&mut f)?;
                    f.flush()?;
                }
                None => {
                    let stdout = std::io::stdout();
                    let mut lock = std::io::BufWriter::new(stdout.lock());
                    write(&mut lock)?;
                    lock.flush()?;
                }
            }
            if skipped > 0 {
                eprintln!("whosaid: processed {}, skipped {skipped}", files.len());
                return Ok(1);
            }
            Ok(0)
        }
    }
}
