//! The workbook: the spreadsheet's rows as an Excel file (sheet
//! "Quotations"), with one row per copy beside it (sheet "Mentions").
//!
//! Cells are typed: counts and confidences are numbers, flags booleans,
//! every other cell text, so nothing can run as a formula and no cell needs
//! the CSV's formula guard.

use std::io::Write;

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatUnderline, Url, Workbook, Worksheet};

use crate::dedup::ClusterList;
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
    clusters: &(impl ClusterList + ?Sized),
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
    // Booleans read TRUE/FALSE in every spreadsheet (LibreOffice shows a
    // boolean in a General cell as 1 or 0).
    let boolean = top.clone().set_num_format("\"TRUE\";\"TRUE\";\"FALSE\"");
    let link = top.clone().set_font_color(Color::Blue).set_underline(FormatUnderline::Single);
    let f = Formats { top: &top, link: &link };

    let sheet = book.add_worksheet_with_constant_memory();
    sheet.set_name("Quotations")?;
    start_sheet(sheet, COLUMNS, &header)?;
    // Column widths; the wrapped columns set each row's height.
    const WIDTHS: [(&str, f64); 16] = [
        ("quote_id", 19.0),
        ("quote", 60.0),
        ("speaker", 22.0),
        ("speaker_kind", 13.0),
        ("kind", 9.0),
        ("mentions", 10.0),
        ("documents", 11.0),
        ("wording_differs", 16.0),
        ("speaker_conflict", 17.0),
        ("confidence", 11.0),
        ("first_document", 28.0),
        ("speakers", 28.0),
        ("variants", 50.0),
        ("cues", 16.0),
        ("rules", 16.0),
        ("evidence", 30.0),
    ];
    const WRAPPED: [&str; 6] = ["quote", "variants", "speakers", "cues", "rules", "evidence"];
    for (name, width) in WIDTHS {
        sheet.set_column_width(col_of(name) as u16, width)?;
    }
    let wrapped: Vec<(usize, f64)> = WIDTHS
        .iter()
        .filter(|(name, _)| WRAPPED.contains(name))
        .map(|&(name, width)| (col_of(name), width))
        .collect();
    let mut links = 0usize;
    for i in 0..clusters.count().min(MAX_ROWS - 1) {
        let c = clusters.cluster(i, mentions);
        let r = i as u32 + 1;
        let cells = row(mentions, &c);
        // Before the row's cells: a constant-memory sheet writes a row out
        // once the next begins.
        let lines: Vec<(&str, f64)> =
            wrapped.iter().map(|&(k, w)| (cells[k].as_str(), w)).collect();
        sheet.set_row_height(r, row_height(&lines))?;
        for (col, (name, cell)) in COLUMNS.iter().zip(cells).enumerate() {
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
                    sheet.write_boolean_with_format(r, col, cell == "true", &boolean)?;
                }
                "first_document" => {
                    // Helper metadata (a page's URL) will be passed here
                    // when mentions carry it.
                    write_document(sheet, r, col, &cell, None, &mut links, &f)?;
                }
                // Long lists wrap too: a cell never spills over its
                // neighbours.
                name if WRAPPED.contains(&name) => {
                    sheet.write_string_with_format(r, col, &cell, &wrap)?;
                }
                _ => {
                    sheet.write_string_with_format(r, col, &cell, &top)?;
                }
            }
        }
    }
    finish_sheet(sheet, clusters.count().min(MAX_ROWS - 1), COLUMNS.len())?;

    let sheet = book.add_worksheet_with_constant_memory();
    sheet.set_name("Mentions")?;
    start_sheet(sheet, MENTION_COLUMNS, &header)?;
    let (quote_width, sentence_width) = (50.0, 80.0);
    for (col, width) in
        [(0u16, 19.0), (1, 28.0), (4, quote_width), (6, 22.0), (8, 18.0), (12, sentence_width)]
    {
        sheet.set_column_width(col, width)?;
    }
    let mut r = 0u32;
    let mut links = 0usize;
    'rows: for i in 0..clusters.count() {
        let c = clusters.cluster(i, mentions);
        for &k in &c.members {
            if r as usize + 1 >= MAX_ROWS {
                break 'rows;
            }
            r += 1;
            let m = &mentions[k];
            let context =
                texts.get(&*m.doc).and_then(|t| sentence(t, m).map(|s| &t[s.start..s.end]));
            // Article text past a cell's limit is cut and marked, as in Quotations.
            let text = |s: &str| cap(s.to_owned(), MAX_CELL);
            let (quote, context) = (text(m.text.trim()), text(context.unwrap_or("")));
            sheet.set_row_height(
                r,
                row_height(&[(&quote, quote_width), (&context, sentence_width)]),
            )?;
            sheet.write_string_with_format(r, 0, &c.id, &top)?;
            let url = m.meta().and_then(|x| x.url.as_deref());
            write_document(sheet, r, 1, &text(&m.doc), url, &mut links, &f)?;
            sheet.write_number_with_format(r, 2, m.span.start as f64, &top)?;
            sheet.write_number_with_format(r, 3, m.span.end as f64, &top)?;
            sheet.write_string_with_format(r, 4, &quote, &wrap)?;
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
            sheet.write_string_with_format(r, 12, &context, &wrap)?;
        }
    }
    finish_sheet(sheet, r as usize, MENTION_COLUMNS.len())?;

    let bytes = book.save_to_buffer()?;
    w.write_all(&bytes).map_err(|source| Error::Io { path: "<output>".into(), source })?;
    Ok(())
}

/// Points per line of text, and the tallest row a sheet allows.
const LINE_HEIGHT: f64 = 15.0;
const MAX_HEIGHT: f64 = 409.0;

fn col_of(name: &str) -> usize {
    COLUMNS.iter().position(|c| *c == name).expect("a column")
}

/// A row height that shows every line of its wrapped cells (text and
/// column width): not every spreadsheet grows a row to fit on opening.
/// A column holds about 1.1 average characters per unit of width.
fn row_height(cells: &[(&str, f64)]) -> f64 {
    let lines = |(text, width): &(&str, f64)| -> f64 {
        text.split('\n').map(|l| (l.chars().count() as f64 / (width * 1.1)).ceil().max(1.0)).sum()
    };
    let most = cells.iter().map(lines).fold(1.0, f64::max);
    (most * LINE_HEIGHT).min(MAX_HEIGHT)
}

fn start_sheet(sheet: &mut Worksheet, columns: &[&str], header: &Format) -> Result<()> {
    for (col, name) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *name, header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    // Printed: landscape, one page wide, the header on every page, lines.
    sheet.set_landscape().set_print_fit_to_pages(1, 0).set_print_gridlines(true);
    sheet.set_repeat_rows(0, 0)?;
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
    if *links < MAX_LINKS
        && let Some(target) = link_target(doc, url)
    {
        let url = Url::new(target).set_text(doc);
        if sheet.write_url_with_format(r, col, url, f.link).is_ok() {
            *links += 1;
            return Ok(());
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
