//! Writers: one file per output format.

pub mod jsonl;
pub mod spreadsheet;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The spreadsheet: CSV.
    Csv,
    /// One JSON object per mention.
    Jsonl,
}

/// Prefixes a cell that a spreadsheet would run as a formula (OWASP advice).
pub fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}
