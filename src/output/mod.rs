//! Writers: one file per output format.

pub mod jsonl;
pub mod spreadsheet;

/// Prefixes a cell that a spreadsheet would run as a formula (OWASP advice).
pub fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}
