//! Text keys: the normalised form of a quotation and what is derived from
//! it (the exact key, word hashes, shingles, word sets). Extraction gives
//! each mention its exact key and dedup compares these, so both sit above
//! this module and neither imports the other.

use unicode_normalization::UnicodeNormalization;

/// The text with compatibility forms folded (NFKC), lower-cased, curly
/// apostrophes straightened, and everything but letters, digits and
/// single spaces removed.
pub fn normalize(text: &str) -> String {
    use unicode_normalization::{IsNormalized, is_nfkc_quick};
    if let Some(folded) = fold_plain(text) {
        return folded;
    }
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        return fold(text.chars(), text.len());
    }
    fold(text.nfkc(), text.len())
}

/// [`fold`] for the common text of ASCII plus curly quotes and dashes,
/// which NFKC leaves alone: one pass, no tables. `None` for anything else.
pub(crate) fn fold_plain(text: &str) -> Option<String> {
    let mut out = Vec::with_capacity(text.len());
    walk_plain(text, |b| out.push(b))?;
    Some(String::from_utf8(out).expect("the plain fold writes ASCII"))
}

/// Feeds the bytes of the plain fold to `emit`: lower-case ASCII letters
/// and digits, and one space between words. Returns `None`, having fed a
/// prefix, at the first char the plain fold does not cover.
pub(crate) fn walk_plain(text: &str, mut emit: impl FnMut(u8)) -> Option<()> {
    let bytes = text.as_bytes();
    let (mut pending, mut any) = (false, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            // A separator becomes one space, and only between words.
            if pending {
                emit(b' ');
                pending = false;
            }
            emit(b.to_ascii_lowercase());
            any = true;
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("i is a char boundary");
        i += c.len_utf8();
        if c == '\'' || c == '’' {
            // "don't" and "dont" are one word
        } else if c.is_ascii() || matches!(c, '‘' | '“' | '”' | '–' | '—') {
            pending = any;
        } else {
            return None;
        }
    }
    Some(())
}

pub(crate) fn fold(chars: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut space = true;
    let mut push = |c: char, out: &mut String| {
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if c == '\'' || c == '’' {
            // "don't" and "dont" are one word
        } else if !space {
            out.push(' ');
            space = true;
        }
    };
    for c in chars {
        // Most text is ASCII: one lower-case char, no case-mapping tables.
        if c.is_ascii() {
            push(c.to_ascii_lowercase(), &mut out);
        } else {
            for l in c.to_lowercase() {
                push(l, &mut out);
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A stable id for an exact normalised text: `q` and 16 hex digits of FNV-1a.
pub fn exact_key(text: &str) -> String {
    match fnv1a_plain(text) {
        Some(h) => key_of_hash(h),
        None => key_of_normalized(&normalize(text)),
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// `fnv1a(fold_plain(text))` without building the string: every mention
/// gets an exact key. `None` where [`fold_plain`] gives up.
pub(crate) fn fnv1a_plain(text: &str) -> Option<u64> {
    let mut h = FNV_OFFSET;
    walk_plain(text, |b| h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))?;
    Some(h)
}

pub(crate) fn key_of_normalized(norm: &str) -> String {
    key_of_hash(fnv1a(norm.as_bytes()))
}

/// `q` and the hash in 16 lower-case hex digits (as `format!("q{h:016x}")`,
/// which costs more than the hash itself).
pub(crate) fn key_of_hash(h: u64) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut key = String::with_capacity(17);
    key.push('q');
    for shift in (0..16).rev() {
        key.push(char::from(HEX[(h >> (shift * 4)) as usize & 0xf]));
    }
    key
}

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = FNV_OFFSET;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Words too common to say what a quotation is about.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "being", "but", "by", "can", "could", "did", "do", "does", "dont", "for", "from",
    "had", "has", "have", "he", "her", "him", "his", "how", "i", "if", "im", "in", "into", "is",
    "it", "its", "ive", "just", "me", "more", "my", "no", "not", "of", "on", "one", "or", "our",
    "out", "over", "said", "says", "she", "so", "some", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "to", "up", "us", "very", "was", "we",
    "were", "what", "when", "which", "while", "who", "will", "with", "would", "you", "your",
];

pub(crate) fn word_hash(w: &str) -> u64 {
    fnv1a(w.as_bytes())
}

/// Word sets keep 32-bit hashes: half the memory, and a collision between two
/// words of one pair of quotations is vanishingly rare.
pub(crate) fn word_hash32(w: &str) -> u32 {
    let h = fnv1a(w.as_bytes());
    (h ^ (h >> 32)) as u32
}

pub(crate) fn content_words(norm: &str) -> Vec<u32> {
    let mut v: Vec<u32> = norm
        .split(' ')
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .map(word_hash32)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

pub(crate) fn all_words(norm: &str) -> Vec<u32> {
    let mut v: Vec<u32> = norm.split(' ').filter(|w| !w.is_empty()).map(word_hash32).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The hashes of a normalised text's words.
pub(crate) fn word_hashes(norm: &str) -> Vec<u64> {
    norm.split(' ').map(word_hash).collect()
}

/// The `size`-word shingles of a text, from its words' hashes: no strings built.
pub(crate) fn shingles(hashes: &[u64], size: usize) -> impl Iterator<Item = u64> + '_ {
    (0..(hashes.len() + 1).saturating_sub(size)).map(move |i| {
        hashes[i..i + size].iter().fold(size as u64, |h, &w| mix(h.rotate_left(17) ^ w))
    })
}

/// `true` when `small` stands word for word inside `big`.
pub(crate) fn contains_words(big: &str, small: &str) -> bool {
    big.match_indices(small).any(|(at, _)| {
        let before = at == 0 || big.as_bytes()[at - 1] == b' ';
        let end = at + small.len();
        let after = end == big.len() || big.as_bytes()[end] == b' ';
        before && after
    })
}

/// 64-bit mixer for the MinHash family.
pub(crate) fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The one-pass paths for plain text fold and hash exactly as
        /// NFKC + fold.
        #[test]
        fn plain_fold_is_the_general_fold(t in "[a-zA-Z0-9 ,.'’‘“”–—!?é…ﬁ\n-]{0,60}") {
            if let Some(plain) = fold_plain(&t) {
                proptest::prop_assert_eq!(plain, fold(t.nfkc(), t.len()));
            }
            proptest::prop_assert_eq!(normalize(&t), fold(t.nfkc(), t.len()));
            proptest::prop_assert_eq!(exact_key(&t), key_of_normalized(&normalize(&t)));
            let h = fnv1a(t.as_bytes());
            proptest::prop_assert_eq!(key_of_hash(h), format!("q{h:016x}"));
        }
    }

    #[test]
    fn normalisation_folds_case_marks_and_width() {
        assert_eq!(normalize("“It’s ＯＫ,” — isn't it?"), "its ok isnt it");
        assert_eq!(exact_key("It's OK."), exact_key("it’s ok"));
    }
}
