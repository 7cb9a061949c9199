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

/// The key of `parts` joined by NUL bytes, the last a number in decimal:
/// `key_of_normalized(&format!("{a}\0{b}\0{n}"))` without building the
/// string (formatting it was a tenth of a run where every mention is its
/// own short quotation).
pub(crate) fn key_of_parts(parts: &[&str], n: Option<usize>) -> String {
    key_of_hash(hash_of_parts(parts, n))
}

/// The hash that [`key_of_parts`] writes out.
pub(crate) fn hash_of_parts(parts: &[&str], n: Option<usize>) -> u64 {
    let mut h = FNV_OFFSET;
    for (k, part) in parts.iter().enumerate() {
        if k > 0 {
            h = fnv1a_more(h, b"\0");
        }
        h = fnv1a_more(h, part.as_bytes());
    }
    if let Some(n) = n {
        let mut digits = [0u8; 20];
        h = fnv1a_more(h, b"\0");
        h = fnv1a_more(h, decimal(n, &mut digits));
    }
    h
}

/// `n` in decimal, written at the end of `buf`.
pub(crate) fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[at..]
}

/// `q` and the hash in 16 lower-case hex digits (as `format!("q{h:016x}")`,
/// which costs more than the hash itself).
pub(crate) fn key_of_hash(h: u64) -> String {
    write_key(h, &mut [0; 17]).to_owned()
}

/// [`key_of_hash`] written into `buf`, without allocating.
pub(crate) fn write_key(h: u64, buf: &mut [u8; 17]) -> &str {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    buf[0] = b'q';
    for (k, d) in buf[1..].iter_mut().enumerate() {
        *d = HEX[(h >> ((15 - k) * 4)) as usize & 0xf];
    }
    std::str::from_utf8(buf).expect("ASCII")
}

/// The hash a key of [`key_of_hash`]'s form writes out; `None` for any
/// other string.
pub(crate) fn hash_of_key(key: &str) -> Option<u64> {
    let hex = key.strip_prefix('q').filter(|h| h.len() == 16)?;
    // Lower case only: "qABC…" is not a key this crate writes.
    if !hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return None;
    }
    u64::from_str_radix(hex, 16).ok()
}

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_more(FNV_OFFSET, bytes)
}

/// FNV-1a continued over `bytes` from the state `h`.
fn fnv1a_more(mut h: u64, bytes: &[u8]) -> u64 {
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

/// The words of a normalised text that are not stopwords, in order.
pub(crate) fn content_word_list(norm: &str) -> Vec<&str> {
    norm.split(' ').filter(|w| !w.is_empty() && !STOPWORDS.contains(w)).collect()
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

/// A quotation as an outlet cut it: the normalised parts between its
/// elisions ("…", "...", ". . .", "[…]", "(…)") and editorial insertions
/// ("[the company]"), each of which stands for any run of the words
/// quoted ("We will … rebuild" is "We will, as always, rebuild").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Elided {
    /// The normalised parts, none empty, in order.
    pub(crate) parts: Vec<String>,
    /// The text begins with an insertion: the words before its first part
    /// are the outlet's, not missing ones.
    pub(crate) open_start: bool,
    /// The text ends with an insertion.
    pub(crate) open_end: bool,
}

/// Longest bracketed insertion taken for an editor's words, in bytes:
/// a longer bracket is part of the quotation.
const MAX_INSERTION: usize = 80;

/// The [`Elided`] form of a text that has an elision between two of its
/// words or an editorial insertion anywhere; `None` for any other text
/// (an elision at either end only trims it, which containment handles).
pub(crate) fn elided(text: &str) -> Option<Elided> {
    if !may_be_cut(text.as_bytes()) {
        return None;
    }
    cut_parts(text)
}

/// [`elided`] without the quick check for the marks.
fn cut_parts(text: &str) -> Option<Elided> {
    let bytes = text.as_bytes();
    let mut pieces: Vec<&str> = Vec::new();
    // Whether each gap (between pieces) is an insertion, for the ends.
    let mut insertions: Vec<bool> = Vec::new();
    let (mut from, mut i) = (0, 0);
    while i < bytes.len() {
        let gap = if text[i..].starts_with('…') {
            Some((i + '…'.len_utf8(), false))
        } else if bytes[i] == b'.' {
            // Three dots, spaced or not.
            let mut j = i;
            let mut dots = 0;
            while j < bytes.len() && (bytes[j] == b'.' || bytes[j] == b' ') {
                dots += usize::from(bytes[j] == b'.');
                j += 1;
            }
            let end = text[..j].trim_end().len();
            (dots >= 3).then_some((end, false))
        } else if bytes[i] == b'[' || bytes[i] == b'(' {
            let close = if bytes[i] == b'[' { ']' } else { ')' };
            text[i + 1..].find(close).filter(|&k| k <= MAX_INSERTION).and_then(|k| {
                let inside = text[i + 1..i + 1 + k].trim();
                let elision =
                    inside.is_empty() || inside == "…" || inside.trim_matches('.').is_empty();
                // Parentheses are an outlet's only around an elision.
                (elision || close == ']' && !inside.contains(['[', '\n']))
                    .then_some((i + 2 + k, !elision))
            })
        } else {
            None
        };
        match gap {
            Some((end, insertion)) => {
                pieces.push(&text[from..i]);
                insertions.push(insertion);
                from = end;
                i = end;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    pieces.push(&text[from..]);
    if insertions.is_empty() {
        return None;
    }
    let open_start = insertions[0] && normalize(pieces[0]).is_empty();
    let open_end =
        insertions[insertions.len() - 1] && normalize(pieces[pieces.len() - 1]).is_empty();
    let parts: Vec<String> =
        pieces.iter().map(|p| normalize(p)).filter(|p| !p.is_empty()).collect();
    let inserted = insertions.iter().any(|&k| k);
    (!parts.is_empty() && (parts.len() >= 2 || inserted)).then_some(Elided {
        parts,
        open_start,
        open_end,
    })
}

/// The marks of a cut: "[", "(", "…", "..", ". .". Every quotation is checked,
/// and almost none has them: memchr jumps to the candidate bytes (a full
/// stop ends most sentences, so it is looked at only where it is).
fn may_be_cut(b: &[u8]) -> bool {
    memchr::memchr3_iter(b'[', 0xE2, b'.', b).any(|i| match b[i] {
        b'[' => true,
        0xE2 => b.get(i + 1..i + 3) == Some(&[0x80, 0xA6]),
        _ => matches!(b.get(i + 1..i + 3), Some([b'.', _] | [b' ', b'.'])),
    }) || memchr::memchr(b'(', b).is_some()
}

/// Where `parts` stand in `big` in order, each word for word, with any run
/// of words between them: the byte range from the first part's start to
/// the last one's end, leftmost. `None` when they do not.
pub(crate) fn parts_in_order(big: &str, parts: &[String]) -> Option<(usize, usize)> {
    let mut at = 0;
    let mut start = None;
    for part in parts {
        let found = big[at..].match_indices(part.as_str()).map(|(k, _)| at + k).find(|&k| {
            let end = k + part.len();
            (k == 0 || big.as_bytes()[k - 1] == b' ')
                && (end == big.len() || big.as_bytes()[end] == b' ')
        })?;
        start.get_or_insert(found);
        at = found + part.len();
    }
    Some((start?, at))
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

    #[test]
    fn only_keys_of_our_form_read_back_as_hashes() {
        assert_eq!(hash_of_key("q00000000000000ff"), Some(255));
        assert_eq!(hash_of_key(&key_of_hash(u64::MAX)), Some(u64::MAX));
        for other in ["q00000000000000FF", "q0ff", "x00000000000000ff", "q00000000000000ff0", ""] {
            assert_eq!(hash_of_key(other), None, "{other}");
        }
    }

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
            proptest::prop_assert_eq!(hash_of_key(&key_of_hash(h)), Some(h));
            let (a, b) = (t.as_str(), t.get(t.len() / 2..).unwrap_or("x"));
            proptest::prop_assert_eq!(
                key_of_parts(&[a, b], Some(h as usize)),
                key_of_normalized(&format!("{a}\0{b}\0{}", h as usize))
            );
            proptest::prop_assert_eq!(key_of_parts(&[a, b], None), key_of_normalized(&format!("{a}\0{b}")));
            proptest::prop_assert_eq!(key_of_parts(&[a], None), key_of_normalized(a));
        }

        /// The quick check for the marks of a cut never hides one.
        #[test]
        fn the_quick_check_hides_no_cut(t in "[a-z .…\\[\\]()]{0,40}") {
            proptest::prop_assert_eq!(elided(&t), cut_parts(&t));
        }
    }

    /// An empty pair of brackets is an elision, and the quick check sees it
    /// (a case the property test found).
    #[test]
    fn empty_parentheses_are_a_cut() {
        assert_eq!(elided("a()a"), cut_parts("a()a"));
        assert!(elided("we will () rebuild").is_some());
    }

    #[test]
    fn elisions_and_insertions_split_a_quotation_into_parts() {
        let e = elided("We will … rebuild the [harbour] office...").unwrap();
        assert_eq!(e.parts, ["we will", "rebuild the", "office"]);
        assert!(!e.open_start && !e.open_end);
        let e = elided("[The company] failed its workers [sic].").unwrap();
        assert_eq!(e.parts, ["failed its workers"]);
        assert!(e.open_start && e.open_end);
        let e = elided("requests for . . . compute [ … ] were (...) denied").unwrap();
        assert_eq!(e.parts, ["requests for", "compute", "were", "denied"]);
        // An elision at an end only trims; parentheses are the speaker's.
        assert_eq!(elided("… and we will rebuild..."), None);
        assert_eq!(elided("We will (as always) rebuild"), None);
        assert_eq!(elided("We will rebuild. Then we rest."), None);
    }

    #[test]
    fn parts_stand_in_order_with_any_run_between() {
        let big = "we will as always rebuild the harbour office";
        let parts = |p: &[&str]| p.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(parts_in_order(big, &parts(&["we will", "rebuild"])), Some((0, 25)));
        assert_eq!(parts_in_order(big, &parts(&["rebuild", "office"])), Some((18, big.len())));
        assert_eq!(parts_in_order(big, &parts(&["rebuild", "we will"])), None);
        assert_eq!(parts_in_order(big, &parts(&["will as al"])), None);
    }

    #[test]
    fn normalisation_folds_case_marks_and_width() {
        assert_eq!(normalize("“It’s ＯＫ,” — isn't it?"), "its ok isnt it");
        assert_eq!(exact_key("It's OK."), exact_key("it’s ok"));
    }
}
