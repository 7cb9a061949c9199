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
    if runs_as_formula(cell.as_bytes()) { format!("'{cell}").into() } else { cell.into() }
}

/// Whether a spreadsheet would run a cell starting with these bytes as a
/// formula. The first byte decides: every prefix is ASCII.
pub(crate) fn runs_as_formula(cell: &[u8]) -> bool {
    matches!(cell.first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'))
}
