//! Writers: one file per output format.

pub mod evidence;
pub mod filter;
pub mod jsonl;
pub mod report;
pub mod spreadsheet;
#[cfg(feature = "xlsx")]
pub mod xlsx;

/// Prefixes a cell that a spreadsheet would run as a formula (OWASP advice).
pub fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    // The first byte decides: every prefix is ASCII.
    if matches!(cell.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}
