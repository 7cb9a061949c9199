//! Writers: one file per output format.

pub mod jsonl;
pub mod spreadsheet;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The spreadsheet: one CSV row per quotation.
    Csv,
    /// One JSON object per mention, with its cluster's `quote_id`.
    Jsonl,
    /// One JSON object per cluster, members in full.
    JsonlClusters,
}

/// Prefixes a cell that a spreadsheet would run as a formula (OWASP advice).
pub fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}
