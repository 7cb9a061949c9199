//! Prints every name `find_names` finds in each article of the given
//! folders, twice: with the quotations excluded as extraction does, and over
//! the whole text. Two builds' dumps diffed show whether a change to the name
//! scanner changed its output anywhere, not only where a speaker comes out.
//! `cargo run --profile ci --example names_dump -- ../shared/corpus/dev > a.txt`

use std::io::Write;
use std::path::Path;

use whosaid::stages::{Cues, find_names, find_quotes};
use whosaid::{Document, Gazetteer, Span, find_articles};

fn main() -> std::io::Result<()> {
    let (gaz, cues) = (Gazetteer::embedded(), Cues::embedded());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for dir in std::env::args().skip(1) {
        let paths = find_articles(Path::new(&dir)).map_err(std::io::Error::other)?;
        for p in paths {
            let Ok(d) = Document::load(&p) else {
                writeln!(out, "# {} unreadable", p.display())?;
                continue;
            };
            let extents: Vec<Span> = find_quotes(&d.text, &d.paragraphs(), cues, gaz)
                .iter()
                .map(|q| q.extent())
                .collect();
            writeln!(out, "# {}", p.display())?;
            for (label, excluded) in [("outside", &extents[..]), ("all", &[][..])] {
                for n in find_names(&d.text, gaz, excluded) {
                    writeln!(
                        out,
                        "{label} {}..{} {:?} {} {} {}",
                        n.span.start,
                        n.span.end,
                        n.canonical,
                        n.kind.as_str(),
                        n.possessive,
                        n.confident
                    )?;
                }
            }
        }
    }
    out.flush()
}
