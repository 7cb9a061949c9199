//! The workbook: the spreadsheet's rows as an Excel file (sheet
//! "Quotations"), with one row per copy beside it (sheet "Mentions").
//!
//! Cells are typed: counts and confidences are numbers, flags booleans,
//! every other cell text, so nothing can run as a formula and no cell needs
//! the CSV's formula guard.

use std::io::Write;

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatUnderline, Url, Workbook, Worksheet};

use crate::dedup::Cluster;
use crate::error::{Error, Result};
use crate::extractor::Mention;
use crate::output::evidence::{Texts, link_target, sentence};
use crate::output::spreadsheet::{COLUMNS, MAX_CELL, cap, row};

/// The "Mentions" sheet's columns.
pub const MENTION_COLUMNS: &[&str] = &[
    "quote_id",
    "document",
    "start",
    "end",
    "quote",
    "kind",
    "speaker",
    "speaker_kind",
    "speaker_text",
    "cue",
    "rule",
    "confidence",
    "sentence",
];

/// Excel keeps at most 65,530 links per sheet: past this the document is
/// written as plain text.
const MAX_LINKS: usize = 65_000;
/// Rows per sheet, the header included.
const MAX_ROWS: usize = 1_048_576;

/// Writes the workbook of `clusters` (those to show, in order) and their
/// mentions; `texts` gives the sentences around each copy.
pub fn write_workbook<W: Write>(
    mut w: W,
    mentions: &[Mention],
    clusters: &[Cluster],
    texts: &Texts,
) -> Result<()> {
    let mut book = Workbook::new();
    let header = Format::new().set_bold();
    // Every cell gets its format: a cell written without one would not
    // take its column's. Rows of wrapped text read from the top.
    let top = Format::new().set_align(FormatAlign::Top);
    let wrap = top.clone().set_text_wrap();
    // Confidences show two decimals, as in the CSV.
    let two = top.clone().set_num_format("0.00");
    let link = top.clone().set_font_color(Color::Blue).set_underline(FormatUnderline::Single);
    let f = Formats { top: &top, link: &link };

    let sheet = book.add_worksheet_with_constant_memory();
    sheet.set_name("Quotations")?;
    start_sheet(sheet, COLUMNS, &header)?;
    for (name, width) in [
        ("quote", 60.0),
        ("speaker", 22.0),
        ("first_document", 28.0),
        ("speakers", 28.0),
        ("variants", 50.0),
        ("cues", 16.0),
        ("rules", 16.0),
        ("evidence", 30.0),
    ] {
        let col = COLUMNS.iter().position(|c| *c == name).expect("a column") as u16;
        sheet.set_column_width(col, width)?;
    }
    let mut links = 0usize;
    for (i, c) in clusters.iter().take(MAX_ROWS - 1).enumerate() {
        let r = i as u32 + 1;
        for (col, (name, cell)) in COLUMNS.iter().zip(row(mentions, c)).enumerate() {
            let col = col as u16;
            match *name {
                "mentions" | "documents" => {
                    sheet.write_number_with_format(
                        r,
                        col,
                        cell.parse::<f64>().unwrap_or(0.0),
                        &top,
                    )?;
                }
                "confidence" => {
                    sheet.write_number_with_format(
                        r,
                        col,
                        cell.parse::<f64>().unwrap_or(0.0),
                        &two,
                    )?;
                }
                "wording_differs" | "speaker_conflict" => {
                    sheet.write_boolean_with_format(r, col, cell == "true", &top)?;
                }
                "first_document" => {
                    // Helper metadata (a page's URL) will be passed here
                    // when mentions carry it.
                    write_document(sheet, r, col, &cell, None, &mut links, &f)?;
                }
                "quote" | "variants" => {
                    sheet.write_string_with_format(r, col, &cell, &wrap)?;
                }
                _ => {
                    sheet.write_string_with_format(r, col, &cell, &top)?;
                }
            }
        }
    }
    finish_sheet(sheet, clusters.len().min(MAX_ROWS - 1), COLUMNS.len())?;

    let sheet = book.add_worksheet_with_constant_memory();
    sheet.set_name("Mentions")?;
    start_sheet(sheet, MENTION_COLUMNS, &header)?;
    for (col, width) in [(0u16, 18.0), (1, 28.0), (4, 50.0), (6, 22.0), (8, 18.0), (12, 80.0)] {
        sheet.set_column_width(col, width)?;
    }
    let mut r = 0u32;
    let mut links = 0usize;
    'rows: for c in clusters {
        for &k in &c.members {
            if r as usize + 1 >= MAX_ROWS {
                break 'rows;
            }
            r += 1;
            let m = &mentions[k];
            let context =
                texts.get(&m.doc).and_then(|t| sentence(t, m).map(|s| &t[s.start..s.end]));
            // Article text past a cell's limit is cut and marked, as in Quotations.
            let text = |s: &str| cap(s.to_owned(), MAX_CELL);
            sheet.write_string_with_format(r, 0, &c.id, &top)?;
            write_document(sheet, r, 1, &text(&m.doc), None, &mut links, &f)?;
            sheet.write_number_with_format(r, 2, m.span.start as f64, &top)?;
            sheet.write_number_with_format(r, 3, m.span.end as f64, &top)?;
            sheet.write_string_with_format(r, 4, text(m.text.trim()), &wrap)?;
            sheet.write_string_with_format(r, 5, m.kind.as_str(), &top)?;
            sheet.write_string_with_format(r, 6, text(m.speaker.as_deref().unwrap_or("")), &top)?;
            sheet.write_string_with_format(r, 7, m.speaker_kind.as_str(), &top)?;
            sheet.write_string_with_format(
                r,
                8,
                text(m.speaker_text.as_deref().unwrap_or("")),
                &top,
            )?;
            sheet.write_string_with_format(
                r,
                9,
                text(m.cue.as_ref().map_or("", |c| c.text.as_str())),
                &top,
            )?;
            sheet.write_string_with_format(r, 10, m.rule.as_str(), &top)?;
            sheet.write_number_with_format(
                r,
                11,
                f64::from((m.confidence * 100.0).round()) / 100.0,
                &two,
            )?;
            sheet.write_string_with_format(r, 12, text(context.unwrap_or("")), &wrap)?;
        }
    }
    finish_sheet(sheet, r as usize, MENTION_COLUMNS.len())?;

    let bytes = book.save_to_buffer()?;
    w.write_all(&bytes).map_err(|source| Error::Io { path: "<output>".into(), source })?;
    Ok(())
}

fn start_sheet(sheet: &mut Worksheet, columns: &[&str], header: &Format) -> Result<()> {
    for (col, name) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *name, header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn finish_sheet(sheet: &mut Worksheet, rows: usize, columns: usize) -> Result<()> {
    sheet.autofilter(0, 0, rows as u32, columns as u16 - 1)?;
    Ok(())
}

/// Writes a copy's document as a link to its page (`url`, when known) or
/// its file; plain text past the link limit or when no link can be made.
fn write_document(
    sheet: &mut Worksheet,
    r: u32,
    col: u16,
    doc: &str,
    url: Option<&str>,
    links: &mut usize,
    f: &Formats,
) -> Result<()> {
    if *links < MAX_LINKS {
        if let Some(target) = link_target(doc, url) {
            let url = Url::new(target).set_text(doc);
            if sheet.write_url_with_format(r, col, url, f.link).is_ok() {
                *links += 1;
                return Ok(());
            }
        }
    }
    sheet.write_string_with_format(r, col, doc, f.top)?;
    Ok(())
}

/// The formats that [`write_document`] needs.
struct Formats<'a> {
    top: &'a Format,
    link: &'a Format,
}
