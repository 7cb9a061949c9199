//! Dedup: clusters repeats of the same quotation across documents.

use unicode_normalization::UnicodeNormalization;

/// The text with compatibility forms folded (NFKC), lower-cased, curly
/// apostrophes straightened, and everything but letters, digits and
/// single spaces removed.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.nfkc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if (c.is_whitespace() || c == '-' || c == '—' || c == '/') && !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A stable id for an exact normalised text: 16 hex digits of FNV-1a.
pub fn exact_key(text: &str) -> String {
    format!("q{:016x}", fnv1a(normalize(text).as_bytes()))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
