//! Names in running text: gazetteer entities plus capitalised sequences
//! that look like people or organisations the gazetteer has never heard
//! of, with titles stripped and surnames mapped to the full name first used.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::hash_map::Entry;
use std::sync::LazyLock;

use crate::document::{GENERAL_PUNCTUATION, Span, is_alphanumeric, surely_letter};
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::lexicon::capital_from;
use crate::word_lists::{self, word_list};

/// One name standing in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// The words of the name, titles and possessive excluded.
    pub span: Span,
    /// The canonical name (gazetteer name, or full name first used).
    pub canonical: String,
    /// Person or organisation.
    pub kind: EntityKind,
    /// Followed by 's: "Altman's tweet" names no speaker.
    pub possessive: bool,
    /// From the gazetteer, or a sequence of two or more capitalised words:
    /// safe to use without a cue next to it.
    pub confident: bool,
}

/// Lower-case particles inside names: "Ursula von der Leyen", and per
/// first byte the lengths they come in (bit `len`, bit 63 for 63 and
/// longer): "on", "of" and
/// most other short words after a name are turned away without comparing.
static PARTICLES: LazyLock<(Vec<&str>, [u64; 256])> = LazyLock::new(|| {
    let list = word_list(word_lists::PARTICLES);
    let mut lengths = [0u64; 256];
    for w in &list {
        if let Some(&b) = w.as_bytes().first() {
            lengths[usize::from(b)] |= length_bit(w.len());
        }
    }
    (list, lengths)
});

/// `w` is a particle.
fn is_particle(w: &str) -> bool {
    let (list, lengths) = &*PARTICLES;
    w.as_bytes().first().is_some_and(|&b| lengths[usize::from(b)] & length_bit(w.len()) != 0)
        && list.contains(&w)
}

/// Letters, apostrophes, hyphens, and combining accents typed separately.
fn name_char(c: char) -> bool {
    // No Unicode table lookup for the most common chars past ASCII.
    if GENERAL_PUNCTUATION.contains(&c) {
        return c == '’';
    }
    surely_letter(c) || c.is_alphabetic() || matches!(c, '\'' | '-' | '\u{300}'..='\u{36f}')
}

/// The ASCII bytes of a name's word (letters, apostrophe, hyphen) as
/// [`IN_WORD`], the apostrophe also [`APOSTROPHE`].
static NAME_ASCII: [u8; 128] = {
    let mut t = [0; 128];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphabetic() || b == b'-' as usize {
            t[b] = IN_WORD;
        }
        b += 1;
    }
    t[b'\'' as usize] = IN_WORD | APOSTROPHE;
    t
};
const IN_WORD: u8 = 1;
const APOSTROPHE: u8 = 2;

/// The end of the capitalised word starting at `at`, with one trailing full
/// stop, and whether the word holds an apostrophe (' or ’).
fn word_end(text: &str, at: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    // The first char is the word's, whatever it is (a capital: no apostrophe).
    let mut end = at + text[at..].chars().next().map_or(0, char::len_utf8);
    let mut marks = 0;
    while let Some(&b) = bytes.get(end) {
        // ASCII by a table, without decoding; other chars by their class.
        if b.is_ascii() {
            let t = NAME_ASCII[usize::from(b)];
            if t == 0 {
                break;
            }
            marks |= t;
            end += 1;
        } else {
            let c = text[end..].chars().next().expect("end is a char boundary");
            // "Halcyon–Brenn": an en dash between capitalised words joins
            // them into one name (a team's, a race's), as a hyphen does;
            // not a headline's "Exclusive–Maria Espinoza".
            let joining = c == '–' && en_dash_joins(&text[..at], &text[end + 3..]);
            if !name_char(c) && !joining {
                break;
            }
            if c == '’' {
                marks |= APOSTROPHE;
            }
            end += c.len_utf8();
        }
    }
    let apostrophe = marks & APOSTROPHE != 0;
    if bytes.get(end) != Some(&b'.') {
        return (end, apostrophe);
    }
    end += 1;
    // "U.S." and "D.C." are one word: "S. District Court" is no name.
    if end - at == 2 {
        while bytes.get(end).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(end + 1) == Some(&b'.')
        {
            end += 2;
        }
    }
    (end, apostrophe)
}

/// The word opens with a quotation mark: “ ‘ or ".
fn opens_with_mark(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b'"') => true,
        Some(0xE2) => w.starts_with(['“', '‘']),
        _ => false,
    }
}

/// The bytes from `at` to the next word when a one-word nickname in marks
/// stands there before a capitalised word: "“Sandy” " of "Alasdair “Sandy”
/// Pengelly", "‘Smokey’ " of "Ray ‘Smokey’ Dunmore". Reads 24 chars at most.
fn nickname_at(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let (open, close) = if rest.starts_with('“') {
        ("“", "”")
    } else if rest.starts_with('‘') {
        ("‘", "’")
    } else if rest.starts_with('"') {
        ("\"", "\"")
    } else {
        return None;
    };
    let inner = &rest[open.len()..];
    let len = inner
        .char_indices()
        .take(24)
        .find(|&(_, c)| !(c.is_alphabetic() || c == '-' || c == '.'))
        .map(|(k, _)| k)?;
    let word = &inner[..len];
    let after = inner[len..].strip_prefix(close)?.strip_prefix(' ')?;
    (word.starts_with(char::is_uppercase)
        && word.chars().nth(1).is_some()
        && starts_upper(after, 0))
    .then(|| rest.len() - after.len())
}

/// An en dash between two words alone (`lead` the text before the first,
/// `rest` after the dash): a capitalised word that is no first name, day,
/// month, pronoun or possessive and ends its run, after a word no other
/// capitalised word stands before ("Halcyon–Brenn, who"; not "–Maria
/// Espinoza", "Ahmed Khan–He left", "Ms Hale–Thursday").
#[cold]
fn en_dash_joins(lead: &str, rest: &str) -> bool {
    if !rest.starts_with(char::is_uppercase) {
        return false;
    }
    let lead_capital = lead
        .strip_suffix(' ')
        .and_then(|l| l.rsplit(' ').next())
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let len = rest.find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')));
    let (word, after) = rest.split_at(len.unwrap_or(rest.len()));
    let next_capital = after.strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_uppercase));
    let plain = !matches!(
        word,
        "He" | "She" | "It" | "They" | "We" | "I" | "His" | "Her" | "Their" | "Its" | "The"
    ) && class(word) & NOT_NAME == 0
        && !word.ends_with("’s")
        && !word.ends_with("'s");
    !lead_capital && plain && !first_name(word) && !next_capital
}

/// The char ending right before `at` is surely a letter: Cyrillic
/// (U+0400 to U+047F, all letters), a CJK ideograph (U+4E00 to U+9FFF) or a
/// Hangul syllable (U+AC00 to U+D7A3). Other chars answer false.
fn letter_ends_at(bytes: &[u8], at: usize) -> bool {
    let cont = |b: u8| b & 0xC0 == 0x80;
    if at >= 2 && matches!(bytes[at - 2], 0xD0 | 0xD1) && cont(bytes[at - 1]) {
        return true;
    }
    if at >= 3
        && (0xE4..=0xED).contains(&bytes[at - 3])
        && cont(bytes[at - 2])
        && cont(bytes[at - 1])
    {
        let c = u32::from(bytes[at - 3] & 0x0F) << 12
            | u32::from(bytes[at - 2] & 0x3F) << 6
            | u32::from(bytes[at - 1] & 0x3F);
        return (0x4E00..=0x9FFF).contains(&c) || (0xAC00..=0xD7A3).contains(&c);
    }
    false
}

/// The length of the char starting at `at` when it is one of the letters
/// [`letter_ends_at`] knows (Cyrillic, CJK, Hangul), so that
/// `letter_ends_at(bytes, at + len)` holds.
fn letter_len_at(bytes: &[u8], at: usize) -> Option<usize> {
    let cont = |k: usize| bytes.get(k).is_some_and(|&b| b & 0xC0 == 0x80);
    match *bytes.get(at)? {
        0xD0 | 0xD1 if cont(at + 1) => Some(2),
        0xE4..=0xED if cont(at + 1) && cont(at + 2) => letter_ends_at(bytes, at + 3).then_some(3),
        _ => None,
    }
}

fn starts_upper(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => text[at..].chars().next().is_some_and(upper),
    }
}

/// `c.is_uppercase()`, answered without the Unicode tables for basic
/// Cyrillic (a word start in every Russian word), CJK ideographs and Hangul.
fn upper(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_uppercase(),
        0x400..=0x42F => true,
        0x430..=0x45F | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 => false,
        // Capital and small letters alternate from U+0460 on.
        k @ 0x460..=0x47F => k % 2 == 0,
        _ => c.is_uppercase(),
    }
}

/// Runs of capitalised words joined by single spaces (particles allowed),
/// each starting at a word start, and whether the run holds an apostrophe.
fn name_runs(text: &str) -> impl Iterator<Item = (Span, bool)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    // One run a call: no list of runs is kept.
    std::iter::from_fn(move || {
        // Only an upper-case ASCII letter or a non-ASCII lead byte can start a
        // run; continuation bytes are never found, so `i` is a char boundary.
        while let Some(k) = capital_from(bytes, i) {
            i = k;
            // E2 80 xx is General Punctuation (’ “ ” — …): no letters there.
            if bytes[i] == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
                i += 3;
                continue;
            }
            // Inside a word of Cyrillic, Chinese or Korean letters no run
            // starts: said without decoding, as every letter of such a text
            // is a lead byte the capital scan stops at.
            if bytes[i] >= 0xC0 && letter_ends_at(bytes, i) {
                // The rest of the word at once: each of its letters follows a
                // letter, and so does the char after the last.
                while let Some(len) = letter_len_at(bytes, i) {
                    i += len;
                }
                i += 1;
                continue;
            }
            // After an ASCII byte, a word starts unless that byte is a letter,
            // digit, apostrophe or hyphen (what `name_char` and
            // `is_alphanumeric` answer for ASCII).
            let word_start = || match i.checked_sub(1).map(|k| bytes[k]) {
                None => true,
                Some(p) if p.is_ascii() => !(p.is_ascii_alphanumeric() || p == b'\'' || p == b'-'),
                Some(_) => text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !name_char(p) && !is_alphanumeric(p)),
            };
            let upper = bytes[i].is_ascii_uppercase() || starts_upper(text, i);
            if !(upper && word_start()) {
                // A small Cyrillic, CJK or Hangul letter: its word is skipped
                // whole, as every later letter follows a letter.
                while let Some(len) = letter_len_at(bytes, i) {
                    i += len;
                }
                i += 1;
                continue;
            }
            let start = i;
            let (mut end, mut apostrophe) = word_end(text, i);
            let mut word_at = i;
            // The class of the word at `word_at`, once asked (the next
            // word's is asked anyway before the run takes it).
            let mut word_class: Option<u8> = None;
            // "Ministry of Agriculture and Food Security": right after a
            // government body's "of" and one or two words that are no
            // place, one "and" joins two capitalised words that are no
            // body's ("and Central Bank" is another body).
            let mut and_joins = 0u8;
            loop {
                and_joins = and_joins.saturating_sub(1);
                // "on Friday. Ines Moreau": a full stop that ends a sentence ends
                // the run, and the next name starts its own.
                if sentence_stop(&text[word_at..end]) || bytes.get(end) != Some(&b' ') {
                    break;
                }
                let mut j = end + 1;
                // "Alasdair “Sandy” Pengelly": a nickname in marks after the
                // first word, then the surname; the run goes on past it.
                if word_at == start
                    && matches!(bytes.get(j), Some(b'"' | 0xE2))
                    && let Some(k) = nickname_at(text, j)
                {
                    j += k;
                }
                let mut particle = false;
                // A particle is a whole word followed by a space.
                // (Particles are at most three letters: look no further.)
                let lower = bytes.get(j).is_some_and(u8::is_ascii_lowercase);
                if lower
                    && let Some(k) = bytes[j..].iter().take(4).position(|&b| b == b' ')
                    && is_particle(&text[j..j + k])
                {
                    particle = text[j..j + k].contains(['\'', '’']);
                    j += k + 1;
                } else if lower && let Some(joint) = joint_at(&bytes[j..])
                    && let of = if bytes[j + joint..].starts_with(b"the ") { joint + 4 } else { joint }
                    && starts_upper(text, j + of)
                    && joins_complement(
                        *word_class.get_or_insert_with(|| class(&text[word_at..end])),
                        &text[word_at..end],
                        joint,
                        word_at > start,
                    )
                    // "Rep. Margaret Court of Texas" is a person from there.
                    && !{
                        let first = &text[start..word_end(text, start).0];
                        is_title(first) || first_name(first)
                    }
                {
                    // "Bank of Merovia", "Office of the Privacy Commissioner":
                    // an organisation's head word and its complement are one
                    // name.
                    let head = text[word_at..end].to_ascii_lowercase();
                    let government = matches!(
                        head.as_str(),
                        "ministry" | "department" | "office" | "bureau" | "directorate"
                    );
                    if government && class(&text[j + of..word_end(text, j + of).0]) & PLACE == 0 {
                        and_joins = 3;
                    }
                    j += of;
                } else if and_joins > 0
                    && bytes[j..].starts_with(b"and ")
                    && starts_upper(text, j + 4)
                    // Two words at least ("and Boeing" is another body), of
                    // which none of the first three heads a body ("and
                    // Federal Trade Commission") or is a place.
                    && {
                        let mut at = j + 4;
                        let mut count = 0;
                        let mut other = false;
                        while count < 3 && starts_upper(text, at) {
                            let e = word_end(text, at).0;
                            let w = &text[at..e];
                            other |= class(w) & PLACE != 0
                                || ORG_HEADS.contains(&*w.to_ascii_lowercase());
                            count += 1;
                            if bytes.get(e) != Some(&b' ') {
                                break;
                            }
                            at = e + 1;
                        }
                        count >= 2 && !other
                    }
                {
                    and_joins = 0;
                    j += 4;
                } else if bytes[j..].starts_with(b"& ") && starts_upper(text, j + 2) {
                    // "Marks & Spencer", "Bruckner & Sohn": one firm's name
                    // (`&` is an organisation word).
                    j += 2;
                }
                if !starts_upper(text, j) {
                    break;
                }
                let (next_end, marked) = word_end(text, j);
                let next_class = class(&text[j..next_end]);
                if next_class & HEADLINE_VERB != 0 {
                    break;
                }
                word_class = Some(next_class);
                word_at = j;
                end = next_end;
                apostrophe |= marked || particle;
            }
            i = end;
            return Some((Span::new(start, end), apostrophe));
        }
        i = bytes.len();
        None
    })
}

/// Capitalised words that start sentences or precede names but are no names.
static NOT_NAMES: LazyLock<Vec<&str>> = LazyLock::new(|| word_list(word_lists::NOT_NAMES));

/// Capitalised reporting verbs that end a run: "Ruiz Says Plan …".
static HEADLINE_VERBS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(word_lists::HEADLINE_VERBS));

/// Titles dropped from the front of a name ("Lt. Col. Alexander Vindman").
static TITLES: LazyLock<Vec<&str>> = LazyLock::new(|| word_list(word_lists::TITLES));

/// Countries, regions and their adjectives, dropped from the front of a
/// longer run ("envoy to Ukraine Kurt Volker", "Afghan leader Ashraf Ghani").
static PLACES: LazyLock<Vec<&str>> = LazyLock::new(|| word_list(word_lists::PLACES));

/// Nationals as nouns ("the Briton"): a role, no name alone.
static DEMONYMS: LazyLock<Vec<&str>> = LazyLock::new(|| word_list(word_lists::DEMONYMS));

/// Members' plurals that open an association's name.
static MEMBER_PLURALS: LazyLock<Vec<&str>> =
    LazyLock::new(|| word_list(word_lists::MEMBER_PLURALS));

/// Parties, faiths and movements: no name alone.
static AFFILIATIONS: LazyLock<Vec<&str>> = LazyLock::new(|| word_list(word_lists::AFFILIATIONS));

/// The length of the joining word ("of ", "for ", "against ", "without ")
/// at the start of `rest`, if one is there.
fn joint_at(rest: &[u8]) -> Option<usize> {
    // (Told apart by the first byte: most words after a name fail there.)
    let joint: &[u8] = match rest.first()? {
        b'o' => b"of ",
        b'f' => b"for ",
        b'a' => b"against ",
        b'w' => b"without ",
        _ => return None,
    };
    rest.starts_with(joint).then_some(joint.len())
}

/// A joining word inside a body's name, as a word of the run.
fn joint_word(w: &str) -> bool {
    matches!(w, "of" | "for" | "against" | "without")
}

/// `word` (of class `c`), followed by a joining word of `joint` bytes and a capital, opens
/// the complement of one body's name: "Bank of Merovia", "Institute for
/// Fiscal Studies", "Parents for Safer Streets". `inside` when the name
/// began before `word` ("Associated Students of Ridgemont"): only there
/// does a members' "of" name a body and not where a group is from
/// ("Residents of the East Bottoms").
fn joins_complement(c: u8, word: &str, joint: usize, inside: bool) -> bool {
    let members = c & MEMBERS != 0;
    match joint {
        3 => c & ORG != 0 || members && inside,
        // "for": a body's head noun, not a firm's trade word ("director of
        // Research for the Associated Press").
        4 => {
            members
                || c & ORG != 0 && {
                    let head = word.to_ascii_lowercase();
                    let head = head.strip_suffix('s').unwrap_or(&head);
                    ORG_HEADS.contains(head) || matches!(head, "center" | "centre")
                }
        }
        _ => members,
    }
}

/// What a word is to the name scanner, as bits: one hash lookup answers
/// every list.
const NOT_NAME: u8 = 1;
const TITLE: u8 = 2;
const PLACE: u8 = 4;
const ORG: u8 = 8;
const HEADLINE_VERB: u8 = 16;
const AFFILIATION: u8 = 32;
const DEMONYM: u8 = 64;
const MEMBERS: u8 = 128;

/// The listed words and their classes, in an open-addressed table of at
/// least four slots a word: a word in no list mostly meets an empty slot at
/// once, and a listed one is found with the one cheap hash of [`slot`].
struct ClassTable {
    /// 1 + the index in `entries` of the word there; 0 for an empty slot.
    slots: Vec<u16>,
    entries: Vec<(&'static str, u8)>,
    /// `slots.len()` is `1 << bits`.
    bits: u32,
}

static CLASSES: LazyLock<ClassTable> = LazyLock::new(|| {
    let mut m: HashMap<&str, u8> = HashMap::default();
    for (list, bit) in [
        (&NOT_NAMES, NOT_NAME),
        (&TITLES, TITLE),
        (&PLACES, PLACE),
        (&ORG_WORDS, ORG),
        (&HEADLINE_VERBS, HEADLINE_VERB | NOT_NAME),
        (&AFFILIATIONS, AFFILIATION),
        (&DEMONYMS, DEMONYM | PLACE),
        (&MEMBER_PLURALS, MEMBERS),
    ] {
        for w in list.iter() {
            *m.entry(*w).or_insert(0) |= bit;
        }
    }
    let mut entries: Vec<(&'static str, u8)> =
        m.into_iter().filter(|(w, _)| !w.is_empty()).collect();
    entries.sort_unstable();
    let bits = (entries.len() * 4).next_power_of_two().trailing_zeros().max(13);
    let mut slots = vec![0u16; 1 << bits];
    for (k, (w, _)) in entries.iter().enumerate() {
        let mut at = slot(w.as_bytes(), bits);
        while slots[at] != 0 {
            at = (at + 1) & (slots.len() - 1);
        }
        slots[at] = u16::try_from(k + 1).expect("fewer than 65535 listed words");
    }
    ClassTable { slots, entries, bits }
});

/// A non-empty word's first slot in a table of `1 << bits`: its first,
/// second and last bytes and its length, mixed by a multiplication.
fn slot(w: &[u8], bits: u32) -> usize {
    let n = w.len();
    let key = u32::from(w[0])
        | u32::from(w[1.min(n - 1)]) << 8
        | u32::from(w[n - 1]) << 16
        | (n.min(255) as u32) << 24;
    (key.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
}

fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// The [`CLASSES`] bits of `w`.
fn class(w: &str) -> u8 {
    // No listed word is empty.
    if w.is_empty() {
        return 0;
    }
    let t = &*CLASSES;
    // A quarter of the slots at most are full: the probe ends.
    let mut at = slot(w.as_bytes(), t.bits);
    loop {
        let k = usize::from(t.slots[at]);
        if k == 0 {
            return 0;
        }
        let (listed, c) = t.entries[k - 1];
        if listed == w {
            return c;
        }
        at = (at + 1) & (t.slots.len() - 1);
    }
}

/// Words that end a personal name after the surname.
const SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

/// Words that follow a firm's own name ("Corvane Therapeutics").
const COMPANY_SUFFIXES: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Co",
    "Co.",
    "Company",
    "Ltd",
    "Ltd.",
    "LLC",
    "plc",
    "PLC",
    "Holdings",
    "Group",
    "Therapeutics",
    "Pharmaceuticals",
    "Pharma",
    "Technologies",
    "Biosciences",
    "Robotics",
    "Logistics",
    "Systems",
    "Industries",
    "Labs",
    "Partners",
    "Capital",
    "Foods",
    "Brands",
    "Motors",
    "Airlines",
    "Airways",
    "Energy",
    "Bank",
    "Cements",
    "Steel",
];

/// Honours, offices and degrees written after a name.
const POST_NOMINALS: &[&str] = &[
    "KC", "QC", "SC", "MP", "MSP", "MLA", "MEP", "MS", "TD", "OBE", "MBE", "CBE", "KBE", "DBE",
    "PhD", "MD", "Esq",
];

/// Last words that make a capitalised sequence an organisation.
static ORG_WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| word_list(word_lists::ORG_WORDS));

/// A national as a noun ("Briton", "Norwegian"): a role like "the senator".
pub fn is_demonym(word: &str) -> bool {
    class(word) & DEMONYM != 0
}

/// A capitalised word that is no name on its own: a day, a month, a
/// sentence opener ("Monday", "However").
pub fn is_not_name(word: &str) -> bool {
    class(word.trim_end_matches(['.', ','])) & NOT_NAME != 0
}

/// A title or office before a name ("CEO", "Sen.", "Minister").
pub fn is_title(word: &str) -> bool {
    class(word.trim_end_matches(',')) & TITLE != 0
}

/// Every name outside `excluded` spans (quotations), in text order, plus
/// the map from a surname or alias to the full name first used.
pub fn find_names(text: &str, gazetteer: &Gazetteer, excluded: &[Span]) -> Vec<Name> {
    let bytes = text.as_bytes();
    let inside = |s: Span| {
        let k = excluded.partition_point(|e| e.end <= s.start);
        excluded.get(k).is_some_and(|e| e.start < s.end)
    };
    let mut out: Vec<Name> = Vec::new();
    for m in gazetteer.find_all(text) {
        if inside(m.span) {
            continue;
        }
        let e = &gazetteer.entities()[m.entity];
        // "Donald Trump Jr." is the son, not the known father.
        let junior = e.kind == EntityKind::Person
            && [" Jr", ", Jr", " Sr", ", Sr"].iter().any(|j| text[m.span.end..].starts_with(j));
        if junior || another_of_family(text, m.span, &e.name) {
            continue;
        }
        out.push(Name {
            span: m.span,
            canonical: e.name.clone(),
            kind: e.kind,
            possessive: possessive_after(text, m.span.end),
            confident: true,
        });
    }
    let known: Vec<Span> = out.iter().map(|n| n.span).collect();
    // The runs' names apart, in text order as the gazetteer's: merged at the
    // end.
    let mut found: Vec<Name> = Vec::new();
    // Buffers reused from run to run.
    let (mut pieces, mut scratch) = (Vec::new(), Vec::new());
    // Last words of full names that are no names alone ("May" of "Theresa
    // May"): a handful a text at most.
    let mut word_surnames: Vec<&str> = Vec::new();
    // Runs and their pieces come in text order, and so do the gazetteer
    // names: cursors find the ones near a run, where a search would start over.
    let (mut first, mut after_piece) = (0, 0);
    for (mut span, apostrophe) in name_runs(text) {
        if inside(span) {
            // "Ray ‘Smokey’ Dunmore": the closing mark reads as an
            // apostrophe and the run goes on past the quotation.
            let k = excluded.partition_point(|e| e.end <= span.start);
            match excluded.get(k) {
                // "Alasdair “Sandy” Pengelly": the nickname's quotation lies
                // within the run (and the run crosses marks only so).
                Some(e)
                    if e.start > span.start
                        && e.end < span.end
                        && excluded.get(k + 1).is_none_or(|f| f.start >= span.end) => {}
                Some(e)
                    if e.start <= span.start
                        && text.as_bytes().get(e.end) == Some(&b' ')
                        && e.end + 1 < span.end
                        && !inside(Span::new(e.end + 1, span.end))
                        && text[e.end + 1..span.end].matches(' ').count() < 3
                        && text[..e.start]
                            .trim_end_matches(['‘', '“', '\'', '"'])
                            .strip_suffix(' ')
                            .and_then(|b| b.rsplit(' ').next())
                            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase())) =>
                {
                    span.start = e.end + 1;
                }
                _ => continue,
            }
        }
        while known.get(first).is_some_and(|k| k.end <= span.start) {
            first += 1;
        }
        let covering = known[first..].iter().take_while(|k| k.start < span.end);
        let run = &text[span.start..span.end];
        // "Rep. Gwen Moore (D-Wis.)": a party tag, no name.
        if party_tag(text, span) {
            continue;
        }
        // A lone "The" or "Mr.", which `clean_run` drops whole, or a
        // national ("the Briton", "said the Norwegian."); "May said" after
        // "Theresa May" is her surname, and so is "Cuban" after "Mark Cuban".
        let lone = covering.clone().next().is_none() && !run.as_bytes().contains(&b' ');
        let bare = run.strip_suffix('.').unwrap_or(run);
        let c = match lone {
            // "said the Norwegian.": after an article or an age only.
            true if run.ends_with('.')
                && (text[..span.start].ends_with("the ")
                    || text[..span.start].ends_with("old ")) =>
            {
                class(run) | class(bare) & DEMONYM
            }
            true => class(run),
            false => 0,
        };
        if c & (NOT_NAME | TITLE) != 0 || c & DEMONYM != 0 && !word_surnames.contains(&bare) {
            if word_surnames.contains(&run) && speech_verb_after(text, span.end) {
                let name = Name {
                    span,
                    canonical: run.to_owned(),
                    kind: EntityKind::Person,
                    possessive: false,
                    confident: false,
                };
                found.push(name);
            }
            continue;
        }
        // The parts of the run that no gazetteer name covers:
        // "White House Press Secretary Jane Roe" leaves "Press Secretary Jane Roe".
        // Gazetteer matches do not overlap and come in order, so the gaps
        // between them are found in one pass.
        pieces.clear();
        let mut cursor = span.start;
        for k in covering {
            if cursor < k.start {
                pieces.push(Span::new(cursor, k.start.min(span.end)));
            }
            cursor = cursor.max(k.end);
        }
        if cursor < span.end {
            pieces.push(Span::new(cursor, span.end));
        }
        // "Acme’s Steve Clarke": the body and the person are two names.
        if apostrophe {
            split_after_possessives(text, &mut pieces);
        }
        for &piece in &pieces {
            // A run holds no whitespace but single spaces: trim those.
            let raw = &bytes[piece.start..piece.end];
            let lead = raw.iter().take_while(|&&b| b == b' ').count();
            if lead == raw.len() {
                continue;
            }
            let trail = raw.iter().rev().take_while(|&&b| b == b' ').count();
            let mut piece = Span::new(piece.start + lead, piece.end - trail);
            // "Vermont Sen. Bernie Sanders" with the name known: the titles
            // before it are his, not a name "Vermont Sen".
            while known.get(after_piece).is_some_and(|k| k.start < piece.end + 1) {
                after_piece += 1;
            }
            if known.get(after_piece).is_some_and(|k| k.start == piece.end + 1) {
                let mut kept = &text[piece.start..piece.end];
                while let Some((head, last)) = kept.rsplit_once(' ')
                    && is_title(last)
                {
                    kept = head;
                }
                if kept.rsplit_once(' ').is_none() && is_title(kept) {
                    continue;
                }
                piece.end = piece.start + kept.len();
            }
            if let Some(mut name) = clean_run(text, piece, apostrophe, &mut scratch) {
                // `scratch` holds the name's words: a last word that is no
                // name alone ("May", "King" of "Billie Jean King") was kept
                // as a surname.
                if let Some(&(_, last, c)) = scratch.last()
                    && c & (NOT_NAME | TITLE | DEMONYM) != 0
                    && scratch.len() >= 2
                    && name.kind == EntityKind::Person
                    && !word_surnames.contains(&last)
                {
                    word_surnames.push(last);
                }
                // "the Gush Etzion settlement", "a Go-Kart Track": after an
                // article, a place, body or thing, not a person.
                let before = text[..name.span.start].trim_end();
                let article = |a: &str| {
                    before.strip_suffix(a).is_some_and(|b| !b.ends_with(char::is_alphanumeric))
                };
                // Each article ends in one of these bytes: most names follow
                // none of them.
                if name.kind == EntityKind::Person
                    && matches!(before.as_bytes().last(), Some(b'e' | b'a' | b'A' | b'n'))
                    && ["the", "The", "a", "A", "an", "An"].into_iter().any(article)
                {
                    name.kind = EntityKind::Organization;
                    name.confident = false;
                }
                found.push(name);
            }
        }
    }
    merge_in_order(&mut out, found);
    drop_dateline_outlet(text, &mut out);
    let acronym = nicknamed(text, &mut out);
    teams_by_nickname(text, &mut out);
    places_and_brands(text, &mut out);
    vouch_for_speakers(text, &mut out);
    link_surnames(text, &mut out, gazetteer);
    if acronym {
        acronyms(text, &mut out);
    }
    usual_acronyms(text, &mut out, gazetteer);
    out
}

/// A word of two to six capitals: "FDA", "NTSB".
fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// The initials of a name's capitalised words: "Food and Drug
/// Administration" gives "FDA". None past six letters. On the stack: it
/// is asked of every organisation's name in a text with acronyms.
fn initials_of(name: &str) -> Option<Initials> {
    let mut out = Initials { letters: [0; 6], len: 0 };
    for w in name.split(' ') {
        if let Some(&c) = w.as_bytes().first().filter(|c| c.is_ascii_uppercase()) {
            *out.letters.get_mut(out.len)? = c;
            out.len += 1;
        }
    }
    (out.len >= 2).then_some(out)
}

/// Up to six capitals, as [`initials_of`] gives them.
#[derive(Clone, Copy)]
struct Initials {
    letters: [u8; 6],
    len: usize,
}

impl Initials {
    fn as_str(&self) -> &str {
        // ASCII capitals only.
        std::str::from_utf8(&self.letters[..self.len]).unwrap_or_default()
    }
}

/// "The Food and Drug Administration approved …. The FDA said": a body the
/// article also calls by its initials goes by them, its usual name (as
/// NASA and the FBI do), and the halves of its full name around "and"
/// ("Food", "Drug Administration") are one name. A gazetteer name keeps
/// the gazetteer's form.
fn usual_acronyms(text: &str, names: &mut Vec<Name>, gazetteer: &Gazetteer) {
    // The acronyms standing as names, sorted for lookups. Two capitals
    // are too often a word of their own ("MP", "IT", "TV") to rename a
    // body by, unless they already stand for a longer name (brackets
    // defined them).
    let mut standalone: Vec<&str> = names
        .iter()
        .filter(|n| (2..=6).contains(&n.span.len()))
        .map(|n| (&text[n.span.start..n.span.end], n))
        .filter(|(w, n)| is_acronym(w) && (w.len() >= 3 || n.canonical != *w))
        .map(|(w, _)| w)
        .collect();
    if standalone.is_empty() {
        return;
    }
    standalone.sort_unstable();
    standalone.dedup();
    let used = |name: &str| {
        initials_of(name).is_some_and(|a| standalone.binary_search(&a.as_str()).is_ok())
    };
    // Join "Food" and "Drug Administration" when "FDA" stands elsewhere.
    let mut joined = false;
    for i in 1..names.len() {
        let (a, b) = (&names[i - 1], &names[i]);
        let last = || text[b.span.start..b.span.end].rsplit(' ').next().unwrap_or_default();
        if a.span.end + 5 == b.span.start
            && &text[a.span.end..b.span.start] == " and "
            && !a.possessive
            && class(last()) & ORG != 0
            && used(&text[a.span.start..b.span.end])
        {
            let span = Span::new(a.span.start, b.span.end);
            let possessive = b.possessive;
            names[i] = Name {
                span,
                canonical: text[span.start..span.end].to_owned(),
                kind: EntityKind::Organization,
                possessive,
                confident: true,
            };
            // Marked for removal: an empty span.
            names[i - 1].span = Span::new(span.start, span.start);
            joined = true;
        }
    }
    if joined {
        names.retain(|n| n.span.start < n.span.end);
    }
    let mut applied: HashSet<String> = HashSet::default();
    for n in names.iter_mut() {
        if n.kind == EntityKind::Organization
            && n.canonical.contains(' ')
            && let Some(acronym) = initials_of(&n.canonical)
            && standalone.binary_search(&acronym.as_str()).is_ok()
            && gazetteer.lookup(&n.canonical).is_none()
        {
            n.canonical = acronym.as_str().to_owned();
            applied.insert(n.canonical.clone());
        }
    }
    if applied.is_empty() {
        return;
    }
    // The acronym itself names that body, as surely as its full name,
    // whatever its lone word looked like.
    for n in names.iter_mut() {
        if applied.contains(&n.canonical) {
            (n.kind, n.confident) = (EntityKind::Organization, true);
        }
    }
}

/// The capitalised words right before `at` are as many as the letters of
/// `acronym` and have them as initials ("Chief Minister " and "CM").
pub(crate) fn titled_by_initials(text: &str, at: usize, acronym: &[u8]) -> bool {
    // Most names have no title before them: the last word's first byte,
    // read straight off the bytes, decides most cases.
    let b = text.as_bytes();
    let Some(end) = at.checked_sub(1).filter(|&e| b[e] == b' ') else {
        return false;
    };
    let start = b[end.saturating_sub(24)..end]
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(end.saturating_sub(24), |k| end.saturating_sub(24) + k + 1);
    if acronym.last() != b.get(start).filter(|_| start < end) {
        return false;
    }
    // Titles are short words: a few dozen bytes back at most.
    let from = text.floor_char_boundary(at.saturating_sub(64));
    let Some(before) = text[from..at].strip_suffix(' ') else {
        return false;
    };
    let mut words = before.rsplit(char::is_whitespace);
    acronym.iter().rev().all(|&letter| {
        words.next().is_some_and(|w| {
            let b = w.as_bytes();
            b.len() >= 2 && b[0] == letter && b[1..].iter().all(u8::is_ascii_lowercase)
        })
    })
        // The whole title: "Deputy Chief Minister" is no "CM" (a body,
        // "National Treasury Cabinet Secretary", may stand before it).
        && words.next().is_none_or(|w| {
            !matches!(w, "Deputy" | "Vice" | "Assistant" | "Associate" | "Under" | "Junior" | "Shadow")
        })
}

/// "The Jamhuri Democratic Movement (JDM) …. The JDM said": an acronym in
/// brackets after a name means that name wherever it stands alone later.
fn acronyms(text: &str, names: &mut [Name]) {
    let mut defined: Vec<(&str, String, EntityKind)> = Vec::new();
    for n in names.iter_mut() {
        if let Some((_, full, kind)) = defined.iter().find(|(a, ..)| *a == n.canonical) {
            (n.canonical, n.kind, n.confident) = (full.clone(), *kind, true);
            continue;
        }
        let Some(rest) = text[n.span.end..].strip_prefix(" (") else {
            continue;
        };
        // The bracket closes within a few letters: no search to the end.
        let Some(k) = rest.as_bytes().iter().take(7).position(|&b| b == b')').filter(|&k| k >= 2)
        else {
            continue;
        };
        let acronym = &rest[..k];
        // Capitals, the name's initials at least in part: "(JDM)", not
        // "(R)" or "(AP)" after a person.
        let initials = n.canonical.split(' ').filter_map(|w| w.chars().next());
        if acronym.bytes().all(|b| b.is_ascii_uppercase())
            && n.canonical.contains(' ')
            && initials.filter(|c| acronym.contains(*c)).count() >= 2
            && defined.len() < 16
        {
            // People are seldom known by letters: three words and an
            // acronym make a body ("Umoja Progressive Alliance (UPA)").
            let given = n.canonical.split(' ').next().unwrap_or_default();
            if n.canonical.matches(' ').count() >= 2 && !first_name(given) {
                n.kind = EntityKind::Organization;
            }
            defined.push((acronym, n.canonical.clone(), n.kind));
        }
    }
}

/// "HALDEN PORT, March 4 (Baltica Wire) - The Bank of Merovia kept …": the
/// wire service in the dateline is the publisher, the writer of every line,
/// and no speaker or author of what it reports, here or further down
/// ("polled by Baltica Wire, … the statement said").
fn drop_dateline_outlet(text: &str, names: &mut Vec<Name>) {
    // The dateline opens the article's first lines.
    let mut end = text.len().min(800);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    // One byte search: a closing bracket, then a dash.
    let Some(close) = head.match_indices(')').map(|(k, _)| k).find(|&k| {
        let rest = &head[k + 1..];
        rest.starts_with(" -") || rest.starts_with(" —") || rest.starts_with(" –")
    }) else {
        return;
    };
    let Some(open) = head[..close].rfind('(') else {
        return;
    };
    // A dateline's line opens with a place in capitals: "HALDEN PORT,".
    let line = &head[head[..open].rfind('\n').map_or(0, |k| k + 1)..open];
    let place = line.split([' ', ',']).next().unwrap_or_default();
    if place.len() < 2 || !place.bytes().all(|b| b.is_ascii_uppercase() || b == b'.') {
        return;
    }
    let Some(outlet) = names
        .iter()
        .find(|n| n.span.start == open + 1 && n.span.end == close)
        .map(|n| n.canonical.clone())
    else {
        return;
    };
    names.retain(|n| n.canonical != outlet);
}

/// "Jimmy “Red” Callaghan": a quoted nickname between a first name and a
/// surname makes both words one person, "Jimmy Callaghan", where the
/// quotation cut the run in two. "Born James Callaghan" after him is his
/// birth name: the name first used stays his. True when a name is followed
/// by a bracket, which an acronym may open.
fn nicknamed(text: &str, names: &mut [Name]) -> bool {
    let nickname = |gap: &str| {
        let Some(inner) = gap.strip_prefix(' ').and_then(|g| g.strip_suffix(' ')) else {
            return false;
        };
        let mut chars = inner.chars();
        let (Some(open), Some(close)) = (chars.next(), chars.next_back()) else {
            return false;
        };
        let nick = chars.as_str();
        matches!((open, close), ('“', '”') | ('‘', '’') | ('"', '"') | ('\'', '\''))
            && nick.len() <= 24
            && nick.starts_with(|c: char| c.is_uppercase())
            && !nick.contains(['“', '”', '"', '\n'])
    };
    let bytes = text.as_bytes();
    let born = |n: &Name| {
        let before = &bytes[..n.span.start];
        // The "n " of "born " first: one byte rules out most names.
        before.len() > 5
            && before[before.len() - 2] == b'n'
            && (before.ends_with(b"Born ") || before.ends_with(b" was born "))
            && n.kind == EntityKind::Person
            && n.canonical.contains(' ')
    };
    // One pass: nicknames, and whether a birth name or an acronym in
    // brackets ("(JDM)") comes at all.
    let (mut last_born, mut acronym) = (None, false);
    for i in 0..names.len() {
        let after = bytes.get(names[i].span.end..names[i].span.end + 2);
        acronym |= after == Some(b" (");
        if born(&names[i]) {
            last_born = Some(i);
        }
        // A space and an opening mark after the first name: most names
        // are followed by neither.
        if i + 1 == names.len() || !matches!(after, Some([b' ', b'"' | b'\'' | 0xE2])) {
            continue;
        }
        let (head, tail) = names.split_at_mut(i + 1);
        let (a, b) = (&mut head[i], &mut tail[0]);
        if a.kind == EntityKind::Person
            && b.kind == EntityKind::Person
            && !a.possessive
            && !a.canonical.contains(' ')
            && !b.canonical.contains(' ')
            && a.span.end < b.span.start
            && nickname(&text[a.span.end..b.span.start])
        {
            // Both words stay names of their own, so that a cue next to
            // either finds the person; they share the full name.
            a.canonical = format!("{} {}", a.canonical, b.canonical);
            b.canonical.clone_from(&a.canonical);
            (a.confident, b.confident) = (true, true);
        }
    }
    // Birth names: linked here, as `link_surnames` keeps full names apart.
    let Some(last_born) = last_born else {
        return acronym;
    };
    let mut by_last: HashMap<String, String> = HashMap::default();
    for n in &mut names[..=last_born] {
        let Some((_, last)) = n.canonical.rsplit_once(' ') else {
            continue;
        };
        if n.kind != EntityKind::Person {
            continue;
        }
        if born(n) {
            if let Some(first) = by_last.get(last) {
                n.canonical.clone_from(first);
            }
        } else if !by_last.contains_key(last) {
            by_last.insert(last.to_owned(), n.canonical.clone());
        }
    }
    acronym
}

/// "the Stallions" with "Hunter Valley Stallions": a plural after an article
/// is a team or band, and so is every longer name ending in it, when it
/// stands as a noun of its own somewhere ("the Stallions at Kerrigan Oval",
/// "the Ironbarks said"), not only before one ("the Sanders campaign").
fn teams_by_nickname(text: &str, names: &mut [Name]) {
    let alone = |n: &Name| {
        let before = text[..n.span.start].trim_end_matches(' ');
        if !(before.ends_with(" the") || before.ends_with("The") || before == "the") {
            return false;
        }
        let rest = &text[n.span.end..];
        let Some(next) = rest.strip_prefix(' ') else {
            return rest.starts_with([',', '.', ';', ':', '’', '\'']);
        };
        let word = next.split([' ', ',', '.']).next().unwrap_or_default();
        word.len() <= 12
            && (PREPOSITIONS.contains(&word)
                || word.ends_with("ed")
                || matches!(
                    word,
                    "said"
                        | "say"
                        | "says"
                        | "have"
                        | "had"
                        | "has"
                        | "are"
                        | "were"
                        | "will"
                        | "won"
                        | "lost"
                        | "beat"
                        | "took"
                        | "made"
                        | "face"
                        | "host"
                        | "drew"
                ))
    };
    let nickname = |n: &Name| {
        n.kind == EntityKind::Organization
            && !n.confident
            && !n.canonical.contains(' ')
            && n.canonical.len() > 3
            && (n.canonical.ends_with('s') && !n.canonical.ends_with("ss")
                || n.canonical.ends_with("men"))
    };
    // A text names a few teams: a short list beats a set.
    let mut plural: Vec<String> = Vec::new();
    for n in names.iter().filter(|n| nickname(n) && alone(n)) {
        if plural.len() < 32 && !plural.contains(&n.canonical) {
            plural.push(n.canonical.clone());
        }
    }
    if plural.is_empty() {
        return;
    }
    let mut longer: Vec<String> = Vec::new();
    for n in names.iter_mut().filter(|n| n.kind == EntityKind::Person) {
        // "Rivermen rally past Condors" in a headline: the teams.
        if plural.contains(&n.canonical) {
            n.kind = EntityKind::Organization;
        }
        if let Some((_, last)) = n.canonical.rsplit_once(' ')
            && plural.iter().any(|p| p == last)
        {
            n.kind = EntityKind::Organization;
            if longer.len() < 32 && !longer.iter().any(|l| l == last) {
                longer.push(last.to_owned());
            }
        }
    }
    // "the Stallions" is then that team by name.
    for n in names.iter_mut().filter(|n| nickname(n)) {
        if longer.contains(&n.canonical) {
            n.confident = true;
        }
    }
}

/// Capitalised names that are no people: "Alder Creek High" when the text
/// also names "Alder Creek City Schools" (the first two words of a longer
/// organisation's name are a place), and "Her label, Sable Orchard," (a name
/// set off after an organisation's head noun).
fn places_and_brands(text: &str, names: &mut [Name]) {
    // A text names a few organisations of three words or more.
    let mut prefixes: Vec<String> = Vec::new();
    for n in names.iter().filter(|n| n.kind == EntityKind::Organization) {
        if let Some(p) = two_words(&n.canonical).filter(|p| p.len() < n.canonical.len())
            && prefixes.len() < 64
            && !prefixes.iter().any(|q| q == p)
        {
            prefixes.push(p.to_owned());
        }
    }
    for n in names.iter_mut().filter(|n| n.kind == EntityKind::Person) {
        let prefixed = !prefixes.is_empty()
            && two_words(&n.canonical).is_some_and(|lead| prefixes.iter().any(|p| p == lead));
        // Set off on both sides, after a determined head: "When he addressed
        // the court, Ade Okafor turned" is a clause's subject.
        let set_off = text[n.span.end..].starts_with(',')
            && text[..n.span.start].strip_suffix(", ").is_some_and(|before| {
                let mut ws = before.rsplit(' ');
                let head = ws.next().unwrap_or_default();
                let det = ws.next().unwrap_or_default();
                head.len() <= 16
                    && ORG_HEADS.contains(head)
                    && (matches!(
                        det,
                        "the" | "The" | "its" | "Its" | "his" | "His" | "her" | "Her"
                    ) || matches!(det, "their" | "Their" | "a" | "A" | "our" | "Our")
                        || det.ends_with("’s")
                        || det.ends_with("'s"))
            });
        let first = n.canonical.split(' ').next().unwrap_or_default();
        if (prefixed || set_off) && !first_name(first) {
            n.kind = EntityKind::Organization;
        }
    }
}

/// The first two words of a name of two words or more.
fn two_words(name: &str) -> Option<&str> {
    // A byte loop: names are short, and `find` sets up a search each time.
    let mut spaces = name.bytes().enumerate().filter(|&(_, b)| b == b' ').map(|(i, _)| i);
    spaces.next()?;
    Some(&name[..spaces.next().unwrap_or(name.len())])
}

/// Head nouns of organisations ("label", "company"): `data/words/org-heads.txt`.
static ORG_HEADS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_lists::word_set(word_lists::ORG_HEADS));

/// "Brafman said": a lone word right before a speech verb is a person, and
/// so is that word wherever else the text has it alone ("Brafman, however,
/// was delighted"), if the text also has it capitalised inside a sentence
/// ("at Brafman"): "People said" opens sentences only.
fn vouch_for_speakers(text: &str, names: &mut [Name]) {
    // A lone letter ("X said") is vouched for by "Officer X" alone.
    let lone = |n: &Name| {
        !n.confident
            && n.kind == EntityKind::Person
            && n.canonical.len() > 1
            && !n.canonical.contains(' ')
    };
    // A text names a handful of such people: short lists beat sets.
    let (mut speaking, mut inside): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for n in names.iter().filter(|n| lone(n) && !n.possessive) {
        let word = n.canonical.as_str();
        let before = text[..n.span.start].strip_suffix(' ').unwrap_or("");
        let last = before.chars().next_back();
        if last.is_some_and(char::is_alphanumeric) {
            // "Trump World told": the rest of a run a known name began is
            // no person of its own.
            let run_rest = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase) && class(w) & NOT_NAME == 0);
            if run_rest {
                continue;
            }
            if inside.len() < 64 && !inside.contains(&word) {
                inside.push(word);
            }
        }
        if speaking.len() < 64 && !speaking.contains(&word) {
            if speech_verb_after(text, n.span.end) {
                speaking.push(word);
            } else if text.as_bytes().get(n.span.end) == Some(&b',')
                && text.as_bytes()[..n.span.start].ends_with(b", ")
                && kin_apposition(text, n.span)
                || text.as_bytes()[..n.span.start].ends_with(b"as ") && named_as(text, n.span.start)
            {
                // "His wife, Carol, was less sure": named as a relative, a
                // person, with no sentence-opening use to rule out.
                speaking.push(word);
                inside.push(word);
            }
        }
    }
    speaking.retain(|w| inside.contains(w));
    if speaking.is_empty() {
        return;
    }
    let vouched: Vec<String> = speaking.into_iter().map(str::to_owned).collect();
    for n in names.iter_mut() {
        if lone(n) && vouched.contains(&n.canonical) {
            n.confident = true;
        }
    }
}

/// First names that are also words: `data/words/word-names.txt`.
static WORD_NAMES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_lists::word_set(word_lists::WORD_NAMES));

/// Relatives: `data/words/kin.txt`.
pub(crate) static KIN: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_lists::word_set(word_lists::KIN));

/// "Her son, Dat, 35,", "Rosa's mother, Lucia, has": one word set off by
/// commas right after a relative of somebody.
#[cold]
fn kin_apposition(text: &str, name: Span) -> bool {
    text[name.end..].starts_with(',') && kin_before(text, name.start).is_some()
}

/// The surname of whose relative the one-word `name` is ("Mr Ashworth's
/// wife, Rachel,"; "He said his wife, Brenda,": the person last named in the
/// paragraph), from the names before it.
fn kin_surname<'n>(text: &str, before: &'n [Name], name: &Name) -> Option<&'n str> {
    let span = name.span;
    if !text[span.end..].starts_with(',') {
        return None;
    }
    let (_, owner_word, owner_end) = kin_and_owner(text, span.start)?;
    let pronoun = owner_word.to_ascii_lowercase();
    // "his wife" is no woman's; "her husband" no man's.
    let fits = |o: &Name| {
        let first = o.canonical.split(' ').next().unwrap_or_default();
        match pronoun.as_str() {
            "his" => !FEMALE_FIRST.contains(first),
            "her" => !MALE_FIRST.contains(first),
            _ => true,
        }
    };
    let by_pronoun = matches!(pronoun.as_str(), "his" | "her" | "their");
    // "Her husband, Desmond," opening a paragraph: her of the one before.
    let owner_start = owner_end - owner_word.len();
    let opens_paragraph = text[..owner_start].ends_with('\n');
    // "from Thornley Cross" is a place, no one's; "led by Detective
    // Inspector Jo Blake" no owner either.
    let oblique = |o: &Name| {
        let mut before = text[..o.span.start].trim_end();
        for _ in 0..3 {
            match before.rsplit_once(' ') {
                Some((head, w)) if class(w) & TITLE != 0 => before = head.trim_end(),
                _ => break,
            }
        }
        before.rsplit(' ').next().is_some_and(|w| PREPOSITIONS.contains(&w))
    };
    let person = |o: &&Name| o.kind == EntityKind::Person && o.confident;
    let owner = if by_pronoun && opens_paragraph && pronoun != "their" {
        // From a paragraph's start: the last person who may be meant, a
        // paragraph or two back, and only when that person's first name
        // is surely of the pronoun's sex (no older person passed over to).
        let last = before
            .iter()
            .rev()
            .take(8)
            .filter(person)
            .find(|o| o.span.end + 800 >= span.start && fits(o) && !oblique(o))?;
        let first = last.canonical.split(' ').next().unwrap_or_default();
        let sure = match pronoun.as_str() {
            "his" => MALE_FIRST.contains(first),
            _ => FEMALE_FIRST.contains(first),
        };
        sure.then_some(last)?
    } else {
        before.iter().rev().take(8).filter(person).find(|o| {
            if by_pronoun {
                // Within the paragraph (a line), a few sentences back at most.
                o.span.end + 400 >= span.start
                    && !text[o.span.end..span.start].contains('\n')
                    && fits(o)
            } else {
                o.possessive && o.span.end + 4 >= owner_end && o.span.end < owner_end
            }
        })?
    };
    // "Martin Luther King Jr.": the surname before the suffix.
    let surname =
        owner.canonical.rsplit(' ').find(|w| !SUFFIXES.contains(&w.trim_end_matches('.')))?;
    (surname != name.canonical
        && surname.len() > 1
        && surname.starts_with(char::is_uppercase)
        && !surname.ends_with('.'))
    .then_some(surname)
}

/// "who gave her name only as Marisol", "identified only as Tunde": a
/// person who gave the text one name.
#[cold]
pub(crate) fn named_as(text: &str, at: usize) -> bool {
    let Some(before) = text[..at].strip_suffix("as ") else {
        return false;
    };
    let before = before.trim_end();
    let only = ["only", "simply", "just"]
        .iter()
        .find_map(|w| before.strip_suffix(w).filter(|b| b.ends_with(' ')));
    let before = only.map_or(before, str::trim_end);
    // "known as" names places and firms too ("a start-up known as
    // Lumora"): a person only when known by that name alone.
    let heads: &[&str] =
        if only.is_some() { &["name", "identified", "known"] } else { &["name", "identified"] };
    heads
        .iter()
        .any(|w| before.strip_suffix(w).is_some_and(|b| !b.ends_with(char::is_alphanumeric)))
}

/// The relative right before `at`, set off by a comma, with whose relative
/// it is before it: "her husband, " or "Rosa's mother, " gives the noun.
pub(crate) fn kin_before(text: &str, at: usize) -> Option<&str> {
    kin_and_owner(text, at).map(|(kin, _, _)| kin)
}

/// [`kin_before`], with the owner word ("her", "Rosa's") and where it ends.
fn kin_and_owner(text: &str, at: usize) -> Option<(&str, &str, usize)> {
    // Called for every person named: bytes first, no searcher set up.
    let b = text.as_bytes();
    let end = at.checked_sub(2).filter(|&e| &b[e..at] == b", ")?;
    // The relative: a short lower-case word (bytes past ASCII for "fiancée").
    let mut k = end;
    while k > 0 && end - k <= 16 && (b[k - 1].is_ascii_lowercase() || b[k - 1] >= 0x80) {
        k -= 1;
    }
    if k == end || k == 0 || b[k - 1] != b' ' {
        return None;
    }
    let kin = &text[k..end];
    if !KIN.contains(kin) {
        return None;
    }
    // Whose: "his", "her", "their", or an owner's name ("Rosa's").
    let owner_end = k - 1;
    let mut o = owner_end;
    while o > 0 && owner_end - o <= 40 && !b[o - 1].is_ascii_whitespace() {
        o -= 1;
    }
    if o > 0 && !b[o - 1].is_ascii_whitespace() {
        return None;
    }
    let owner = &text[o..owner_end];
    (["his", "her", "their"].iter().any(|p| owner.eq_ignore_ascii_case(p))
        || owner.len() > 2 && (owner.ends_with("'s") || owner.ends_with("’s")))
    .then_some((kin, owner, owner_end))
}

/// Merges `found` into `names`, both in text order, as a stable sort by
/// start would: from the back and in place, each name moved once, with no
/// third list beside them. A run's names never overlap a gazetteer name
/// (they come from the gaps between them), so no two start at one byte; were
/// two to, the gazetteer's would come first, as in a stable sort.
fn merge_in_order(names: &mut Vec<Name>, mut found: Vec<Name>) {
    let (n, m) = (names.len(), found.len());
    if m == 0 {
        return;
    }
    names.reserve_exact(m);
    let free = || Name {
        span: Span::new(0, 0),
        canonical: String::new(),
        kind: EntityKind::Person,
        possessive: false,
        confident: false,
    };
    names.resize_with(n + m, free);
    // Slots above `k` hold their final name; `i` names of `names` and `j` of
    // `found` are left, and `k + 1 == i + j`: slot `k` is free.
    let (mut i, mut j) = (n, m);
    for k in (0..n + m).rev() {
        if j == 0 {
            break;
        }
        if i > 0 && names[i - 1].span.start > found[j - 1].span.start {
            names.swap(i - 1, k);
            i -= 1;
        } else {
            std::mem::swap(&mut names[k], &mut found[j - 1]);
            j -= 1;
        }
    }
}

/// Kinds of firm before a firm's name: `data/words/trades.txt`.
static TRADES: LazyLock<HashSet<&str>> = LazyLock::new(|| word_lists::word_set(word_lists::TRADES));

/// Nouns for a role ("actor", "widow", "editor"): no first name.
static ROLE_WORDS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    [word_lists::ROLE_HEADS, word_lists::ANON_HEADS, word_lists::GROUP_HEADS]
        .into_iter()
        .flat_map(word_list)
        .collect()
});

/// Function words that open sentences in capitals ("With Trump …").
static PREPOSITIONS: LazyLock<Vec<&str>> = LazyLock::new(|| word_list(word_lists::PREPOSITIONS));

/// "Ivanka Trump", "Eric Trump": a first name before a one-word alias of a
/// known person names somebody else of that family. Titles ("President
/// Trump"), the person's own names, capitalised function words and longer
/// runs ("Hillary Rodham Clinton") leave the alias alone.
fn another_of_family(text: &str, alias: Span, full: &str) -> bool {
    let Some(before) = text[..alias.start].strip_suffix(' ') else {
        return false;
    };
    if text.as_bytes()[alias.start..alias.end].contains(&b' ') {
        return false;
    }
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let mut chars = prev.chars();
    let first_name = chars.next().is_some_and(char::is_uppercase)
        && prev.len() >= 3
        && chars.all(char::is_lowercase)
        && class(prev) == 0
        && !PREPOSITIONS.contains(&prev.to_lowercase().as_str())
        && !full.split(' ').any(|w| w == prev);
    let longer_run = before[..before.len() - prev.len()]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    first_name && !longer_run
}

/// A US party tag in parentheses: "(D)", "(R-Ohio)", "(I-Vt.)", also of a
/// district of two words ("R-Port Calloway").
fn party_tag(text: &str, span: Span) -> bool {
    let run = &text[span.start..span.end];
    // Most runs are turned away by their first letter.
    if !matches!(run.as_bytes().first(), Some(b'D' | b'R' | b'I')) {
        return false;
    }
    let party = run.strip_prefix(['D', 'R', 'I']).is_some_and(|rest| {
        rest.is_empty()
            || rest.starts_with('-')
                && rest.len() <= 24
                && rest[1..].chars().all(|c| c.is_alphabetic() || matches!(c, '.' | ' '))
    });
    // "(D-Wis.)", or set off by commas: "Rand Paul, R-Ky., said". A lone
    // "D" or "R" needs the brackets.
    let bracketed = text[..span.start].ends_with('(');
    let commas = run.len() > 1 && text[..span.start].ends_with(", ");
    // "D-N.H.": the run stops at "N.", and "H." follows; "(D-N.Y)" stops
    // at "N", and ".Y" follows.
    let after = &text[span.end..];
    let rest = after.trim_start_matches(|c: char| c.is_ascii_uppercase() || c == '.');
    let initials = after.len() - rest.len() <= 6 && rest.starts_with([')', ',']);
    let closed = initials || after.starts_with([')', '.', ',']);
    party && (bracketed || commas) && closed
}

/// Splits each piece after a possessive word that more words follow.
fn split_after_possessives(text: &str, pieces: &mut Vec<Span>) {
    // Most runs hold no apostrophe at all: one byte scan says so (’ ends
    // in 0x99).
    if !pieces
        .iter()
        .any(|p| text.as_bytes()[p.start..p.end].iter().any(|&b| b == b'\'' || b == 0x99))
    {
        return;
    }
    let mut out = Vec::with_capacity(pieces.len() + 1);
    for p in pieces.drain(..) {
        let mut start = p.start;
        let t = &text[p.start..p.end];
        // Only a person follows: "People’s Liberation Army" stays whole.
        let last = t.rsplit(' ').next().unwrap_or(t);
        if class(last) & ORG != 0 {
            out.push(p);
            continue;
        }
        for (k, _) in t.match_indices(' ') {
            let before = &t[..k];
            // "Acme’s Steve Clarke", "the Times’ Ann Roe".
            let possessive = ["’s", "'s", "s’", "s'"].iter().any(|e| before.ends_with(e));
            if possessive && p.start + k > start {
                out.push(Span::new(start, p.start + k));
                start = p.start + k + 1;
            }
        }
        out.push(Span::new(start, p.end));
    }
    *pieces = out;
}

fn possessive_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    rest.starts_with("’s")
        || rest.starts_with("'s")
        || rest.starts_with('’')
        || rest.starts_with('\'')
}

/// A word whose full stop ends a sentence, not an initial or a title.
fn sentence_stop(w: &str) -> bool {
    w.ends_with('.')
        && w.chars().nth(2).is_some()
        && class(w) & (TITLE | NOT_NAME) == 0
        && !initials(w)
}

/// Capitals each followed by a full stop: "G.K.", "U.S.".
fn initials(w: &str) -> bool {
    let b = w.as_bytes();
    b.len().is_multiple_of(2) && b.chunks(2).all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Trims titles and non-name words from a capitalised run, which holds no
/// apostrophe unless `apostrophe`. `words` is scratch space, reused from
/// run to run.
fn clean_run<'t>(
    text: &'t str,
    span: Span,
    apostrophe: bool,
    words: &mut Vec<(usize, &'t str, u8)>,
) -> Option<Name> {
    let s = &text[span.start..span.end];
    // (offset, word, class bits), each word looked up once.
    words.clear();
    let mut offset = 0;
    // Every class bit of the words: most runs have none of most.
    let mut all = 0;
    // Split at spaces byte by byte: names are a few short words, where a
    // searcher's set-up costs more than the bytes.
    for (k, &b) in s.as_bytes().iter().enumerate() {
        if b == b' ' {
            let w = &s[offset..k];
            // A nickname in marks is no part of the name's canonical form.
            if !opens_with_mark(w) {
                let c = class(w);
                words.push((span.start + offset, w, c));
                all |= c;
            }
            offset = k + 1;
        }
    }
    let w = &s[offset..];
    let c = class(w);
    words.push((span.start + offset, w, c));
    all |= c;
    // "Mum-of-three Shannon Kettley": a compound of the person's life
    // opening the run is no part of the name.
    if words.len() > 1 && words[0].1.as_bytes().contains(&b'-') && words[0].1.contains("-of-") {
        words.remove(0);
        all = words.iter().fold(0, |a, &(_, _, c)| a | c);
    }
    let is = |c: u8, bits: u8| c & bits != 0;
    // A full stop ends the name unless it marks an initial or a title:
    // "Ken Doctor. That's" is "Ken Doctor".
    if let Some(k) = words.iter().position(|&(_, w, c)| {
        w.ends_with('.') && w.chars().nth(2).is_some() && !is(c, TITLE | NOT_NAME) && !initials(w)
    }) {
        words.truncate(k + 1);
        // "spoke on Monday.": the word alone is listed without its stop
        // (not "said Ann March.", a surname).
        if k == 0 {
            let (_, w, c) = &mut words[0];
            *c |= class(w.trim_end_matches('.')) & NOT_NAME;
        }
        all = words.iter().fold(0, |a, &(_, _, c)| a | c);
    }
    // "Jordanian Foreign Minister Ayman Safadi": the name follows the last
    // title (an organisation's name keeps its words: "Foreign Office").
    let org_run = is(all, ORG);
    // The title right before the name, if one was dropped: "Prince Andrew",
    // "Mr. Okafor" are people even in one word.
    let mut title_before = None;
    // "Dean Mokoena": a title that is also a first name, opening a short
    // run, is his first name.
    let short_run = words.len() <= 3;
    let first_name = |k: usize, w: &str| k == 0 && short_run && first_name(w);
    if is(all, TITLE)
        && let Some(k) = words.iter().rposition(|&(_, _, c)| is(c, TITLE))
        && !first_name(k, words[k].1)
        && k + 1 < words.len()
        && !org_run
    {
        title_before = Some(words[k].1);
        words.drain(..=k);
    }
    // "He Jianxiong, the former director": the surname He, not a pronoun,
    // when a two-word run is set off like a name.
    let after = &text[span.end..];
    let surname_he = words.len() == 2
        && words[0].1 == "He"
        && !is(words[1].2, NOT_NAME | TITLE)
        && [",", " said", " says", " told"].iter().any(|p| after.starts_with(p));
    // Count the leading words to drop, then drop them at once: a run of a
    // thousand titles must not shift the list a thousand times.
    let mut lead = 0;
    while let Some(&(_, w, c)) = words.get(lead).filter(|_| !surname_he) {
        let place = || is(class(w.trim_end_matches(['’', '\'', 's'])), PLACE);
        // "Mr. King", "Dr. Judge": after an honorific comes a surname,
        // whatever else the word is.
        // ("Mr. President" and "Madam Speaker" address an office.)
        let honorific = lead > 0 && matches!(words[lead - 1].1, "Mr." | "Mrs." | "Ms." | "Dr.");
        let office = || matches!(w, "President" | "Speaker" | "Chairman" | "Secretary" | "Mayor");
        if honorific && lead + 1 == words.len() && !office() {
            break;
        }
        // In headline case a role, party or origin before a full name is
        // no part of it: "Actor Clint Howard", "Democrat Zephyr Teachout",
        // "Korean-born Monte Haines".
        // "Developer Ashgrove Homes": what kind of firm it is, before the
        // firm's own name.
        let trade = || org_run && words.len() - lead > 2 && TRADES.contains(w);
        let role = || {
            !org_run
                && (is(c, AFFILIATION)
                    || ROLE_WORDS.contains(w.to_lowercase().as_str())
                    // "Co-author Rafael Quintero", "Co-founder Mia Lund".
                    || w.strip_prefix("Co-")
                        .is_some_and(|r| ROLE_WORDS.contains(r.to_lowercase().as_str()))
                    || w.ends_with("-born")
                    || w.ends_with("-winner")
                    // "Harbourmaster Jim Trevail": a long word that reads
                    // as an occupation before a first name and a surname
                    // (not a short one that may be a name: "Tanner Lee").
                    || words.len() - lead == 3
                        && w.len() >= 9
                        && occupation_like(&w.to_lowercase())
                        && !crate::names::first_name(w)
                        && crate::names::first_name(words[lead + 1].1))
        };
        // "General Motors", "Major League Baseball": a title word opening
        // a body's name is the name's.
        // (Not a run cut before "of": "State University of New York" keeps
        // its old reading.)
        let body_word = org_run
            && is(c, TITLE)
            && !is(c, NOT_NAME)
            && !w.ends_with('.')
            && !text[span.end..].starts_with(" of ");
        // "Nurses for Safe Staffing": members before their joint open
        // the body's name.
        let members = is(c, MEMBERS) && words.get(lead + 1).is_some_and(|&(_, j, _)| joint_word(j));
        if members {
            break;
        }
        if is(c, NOT_NAME | TITLE) && !first_name(lead, w) && !body_word
            || words.len() - lead > 2 && (!org_run && place() || role())
            || trade()
            || w.chars().nth(1).is_none() && w.chars().all(|c| !c.is_lowercase())
        {
            lead += 1;
        } else {
            break;
        }
    }
    if lead > 0 {
        title_before = is(words[lead - 1].2, TITLE).then_some(words[lead - 1].1);
    }
    words.drain(..lead);
    // A possessive ends the name: "Kelsey Piper’s piece".
    let mut possessive = false;
    // "Brennock Rovers' director": a plural's possessive too, where a word
    // follows in the run or a lower-case word after it (not a closing
    // mark: "‘… the Rovers’"; a body's own last word owns before a
    // capital too), though not inside a body's own name ("Taxpayers’
    // Coalition").
    let plural_owner = |k: usize, w: &str| {
        (w.ends_with("s'") || w.ends_with("s’"))
            && match words.get(k + 1) {
                Some(&(_, _, c)) => !is(c, ORG),
                // "Dorland Motors’ Millbrook plant": a body's own last word
                // owns before a capital too.
                None => text[span.end..].strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(char::is_lowercase)
                        || is(class(w.trim_end_matches(['\'', '’'])), ORG)
                }),
            }
    };
    // "Marlowe Children’s Hospital", "St Mary’s Hospital": members or a
    // saint owning a body's name, which runs on.
    let within_name = |k: usize, w: &str| {
        let stem = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w);
        words.get(k + 1).is_some_and(|&(_, next, _)| next.starts_with(char::is_uppercase))
            && (matches!(
                stem,
                "Children"
                    | "People"
                    | "Women"
                    | "Men"
                    | "Fishermen"
                    | "Firemen"
                    | "Policemen"
                    | "Servicemen"
                    | "Seamen"
                    | "Craftsmen"
                    | "Tradesmen"
                    | "Workmen"
            ) || k > 0 && matches!(words[k - 1].1, "St" | "St." | "Saint"))
    };
    if apostrophe
        && let Some(k) = words.iter().enumerate().position(|(k, (_, w, _))| {
            (w.ends_with("’s") || w.ends_with("'s")) && !within_name(k, w) || plural_owner(k, w)
        })
    {
        words.truncate(k + 1);
        let (at, w, _) = words[k];
        let cut = if w.ends_with("’s") {
            "’s".len()
        } else if w.ends_with("'s") {
            "'s".len()
        } else {
            w.chars().next_back().map_or(0, char::len_utf8)
        };
        let stem = &w[..w.len() - cut];
        words[k] = (at, stem, class(stem));
        possessive = true;
    }
    while let Some(&(_, w, c)) = words.last() {
        // "Rachel Ogundipe KC", "Ann Vale MP": letters after a name.
        let post_nominal =
            words.len() > 2 && POST_NOMINALS.contains(&w.trim_end_matches([',', '.']));
        if is(c, NOT_NAME) && !surname_after_first_name(words) || w.is_empty() || post_nominal {
            words.pop();
        } else {
            break;
        }
    }
    // Every word dropped: perhaps "Officer B" or "B", a person known by a
    // letter (rare: only here is it looked for).
    let Some(&(last_at, last, last_class)) = words.last() else {
        return cipher(text, span);
    };
    let last = last.trim_end_matches('.');
    // "Republican", "the Ohio Republican": a party or faith ends no name;
    // "Senate Democrats" names a group.
    let member = is(last_class, AFFILIATION) && (words.len() == 1 || !last.ends_with('s'));
    if member || words.len() == 1 && last.chars().nth(1).is_none() {
        return cipher(text, span);
    }
    // "Public Prosecution Eva-Marie Persson": an office and a person. The
    // person is the last two words (three with "Jr.") when office words come
    // first. "Andrés Manuel López Obrador" has none and stays whole.
    let keep = if SUFFIXES.contains(&last) { 3 } else { 2 };
    let office = |&(_, _, c): &(usize, &str, u8)| is(c, ORG | PLACE);
    if words.len() > keep {
        let (head, tail) = words.split_at(words.len() - keep);
        // "La Tribune du Soir": a particle opens no person's name here.
        // "Office of the Privacy Commissioner" is one body: a title ends no
        // person's name, and "of" binds the words before to those after,
        // unless a title after it marks where a person starts ("Bank of
        // Merovia Governor Anna Lind").
        let after_of = head.iter().rposition(|&(_, w, _)| joint_word(w)).map(|k| &head[k + 1..]);
        let person_tail = !tail.iter().any(office)
            && tail[0].1.starts_with(char::is_uppercase)
            && !tail.iter().any(|&(_, _, c)| is(c, TITLE))
            && after_of.is_none_or(|a| a.iter().any(|&(_, _, c)| is(c, TITLE)));
        if person_tail && head.iter().any(office) {
            words.drain(..words.len() - keep);
        } else if head.iter().any(office)
            && let [(_, title, c), (_, last, lc)] = tail
            && is(*c, TITLE)
            && !is(*lc, ORG | PLACE | TITLE)
            && last.starts_with(char::is_uppercase)
        {
            // "Labour Councillor Patel": a body, a title, and the person.
            title_before = Some(*title);
            words.drain(..words.len() - 1);
        }
    }
    // "in District Court.": the last word without its full stop.
    // "Kingsmere United" is a club; "United States" no body.
    // "Liberal Democrats": members of a party, together a body.
    // "Pope Innocent XIV", "Louis XIV": a regnal number, no acronym.
    let regnal = words.len() >= 2
        && last.len() <= 6
        && last.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
        && (self::first_name(words[0].1)
            || text[..words[0].0]
                .split_whitespace()
                .next_back()
                .is_some_and(|t| class(t) & TITLE != 0));
    // ("Co Kerry" is County Kerry: a firm's "Co" never opens its name.)
    let org = words.iter().enumerate().any(|(k, &(_, w, c))| is(c, ORG) && (k > 0 || w != "Co"))
        // "Parents for Safer Streets": members and what they stand for.
        || is(all, MEMBERS)
            && words.windows(2).any(|p| {
                is(p[0].2, MEMBERS) && joint_word(p[1].1)
            })
        || is(last_class, AFFILIATION)
        || words.len() >= 2 && last == "United"
        || words.last().is_some_and(|(_, w, _)| w.len() > last.len()) && is(class(last), ORG)
        || last.chars().all(|c| upper(c) || !(surely_letter(c) || c.is_alphabetic()))
            && last.len() > 1
            && !regnal
        || words.iter().all(|&(_, _, c)| is(c, PLACE));
    let start = words[0].0;
    let end = last_at + last.len();
    let run = &text[start..end];
    // "Alasdair “Sandy” Pengelly" is Alasdair Pengelly.
    // (A byte search first: most names hold no mark.)
    let canonical = if memchr::memchr2(b'"', 0xE2, run.as_bytes()).is_some()
        && run.contains(['“', '‘', '"'])
    {
        let words: Vec<&str> = run.split(' ').filter(|w| !opens_with_mark(w)).collect();
        words.join(" ")
    } else {
        run.to_string()
    };
    Some(Name {
        span: Span::new(start, end),
        canonical,
        kind: if org { EntityKind::Organization } else { EntityKind::Person },
        possessive,
        // "PANEL BACKS THE MAYOR": words in capitals are a headline or a
        // label, a name only next to its cue or colon.
        confident: (words.len() >= 2 || title_before.is_some_and(personal_title))
            && !shouted(words),
    })
}

/// Heads of ciphers: `data/words/cipher-heads.txt`.
static CIPHER_HEADS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_lists::word_set(word_lists::CIPHER_HEADS));

/// "Officer B", "Witness K's": a run that is a person known by a letter,
/// the whole run their name. "B" alone is kept too, unsure, for linking to
/// such a name ("B replied"); "A" and "I" alone are words.
#[cold]
fn cipher(text: &str, span: Span) -> Option<Name> {
    let run = &text[span.start..span.end];
    let (head, letter) = match run.split_once(' ') {
        Some((head, letter)) if CIPHER_HEADS.contains(head) => (Some(head), letter),
        Some(_) => return None,
        None => (None, run),
    };
    let (letter, possessive) = match letter.strip_suffix("’s").or_else(|| letter.strip_suffix("'s"))
    {
        Some(l) => (l, true),
        None => (letter, false),
    };
    if letter.len() != 1 || !letter.as_bytes()[0].is_ascii_uppercase() {
        return None;
    }
    // The letter ends the name; a possessive's "’s" is no part of it.
    let end = span.start + head.map_or(0, |h| h.len() + 1) + 1;
    let canonical = match head {
        Some(head) => format!("{head} {letter}"),
        None if letter == "A" || letter == "I" => return None,
        // A word of its own: not "N.Y", "L2", "B-52".
        None if !matches!(
            text.as_bytes().get(end),
            None | Some(b' ' | b',' | b';' | b':' | b'\'' | 0xE2)
        ) || text[..span.start]
            .ends_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | '-' | '/' | '&')) =>
        {
            return None;
        }
        None => letter.to_owned(),
    };
    Some(Name {
        span: Span::new(span.start, end),
        canonical,
        kind: EntityKind::Person,
        possessive,
        confident: head.is_some(),
    })
}

/// A title that names its bearer's person ("Mr.", "Sen.", "Prince"), not a
/// word that also qualifies offices or bodies ("State", "Former", "U.S.").
fn personal_title(w: &str) -> bool {
    !matches!(
        w,
        "Vice"
            | "Deputy"
            | "Executive"
            | "Officer"
            | "Leader"
            | "Foreign"
            | "Defense"
            | "Defence"
            | "Health"
            | "State"
            | "Former"
            | "Acting"
            | "Interim"
            | "Senior"
            | "U.S."
            | "US"
            | "UK"
            | "Agent"
            | "Chief"
            | "Director"
            | "Correspondent"
            | "Analyst"
            | "Economist"
            | "Strategist"
            | "Pollster"
            | "Adviser"
            | "Advisor"
            | "Columnist"
            | "Trustee"
            // "St. Louis" is a city.
            | "St."
    )
}

/// A speech verb right after `at`: "May said", "Will wrote".
fn speech_verb_after(text: &str, at: usize) -> bool {
    let rest = text[at..].strip_prefix(' ').unwrap_or("");
    // A verb is a short lower-case word ending at a space or a stop: read
    // a dozen bytes at most.
    let len = rest.bytes().take(12).take_while(u8::is_ascii_lowercase).count();
    if !matches!(rest.as_bytes().get(len), None | Some(b' ' | b',' | b'.' | b':' | b';')) {
        return false;
    }
    let verb = &rest[..len];
    matches!(
        verb,
        "said"
            | "says"
            | "told"
            | "wrote"
            | "writes"
            | "added"
            | "argued"
            | "argues"
            | "asked"
            | "noted"
            | "insisted"
            | "warned"
            | "called"
            | "described"
            | "urged"
            | "explained"
    )
}

/// "Theresa May", "George Will": a word that is no name alone ends a name
/// right after a first name.
fn surname_after_first_name(words: &[(usize, &str, u8)]) -> bool {
    let [.., (_, first, _), (_, last, _)] = words else {
        return false;
    };
    SURNAME_WORDS.contains(last) && first_name(first)
}

static SURNAME_WORDS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_lists::word_set(word_lists::SURNAME_WORDS));
/// Common male first names: `data/words/male-first.txt`.
pub(crate) static MALE_FIRST: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_lists::word_set(word_lists::MALE_FIRST));
/// Common female first names: `data/words/female-first.txt`.
pub(crate) static FEMALE_FIRST: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_lists::word_set(word_lists::FEMALE_FIRST));

/// Titles that say a man ("Mr.") or a woman ("Mrs"): `data/words/male-titles.txt`,
/// `data/words/female-titles.txt`.
static MALE_TITLES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_lists::word_set(word_lists::MALE_TITLES));
static FEMALE_TITLES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| word_lists::word_set(word_lists::FEMALE_TITLES));

/// A common first name of either sex.
pub(crate) fn first_name(w: &str) -> bool {
    MALE_FIRST.contains(w) || FEMALE_FIRST.contains(w)
}

/// A lower-case word that reads as an occupation by its ending
/// ("hairdresser", "electrician", "dentist"), not a function word
/// ("whether", "together").
pub(crate) fn occupation_like(w: &str) -> bool {
    w.len() >= 6
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && ["er", "or", "ist", "ian"].iter().any(|s| w.ends_with(s))
        && !matches!(
            w,
            "whether"
                | "together"
                | "neither"
                | "however"
                | "whatever"
                | "wherever"
                | "whenever"
                | "another"
                | "rather"
                | "further"
                | "former"
                | "earlier"
                | "sooner"
                | "longer"
                | "bigger"
                | "senior"
                | "junior"
                | "interior"
                | "exterior"
                | "superior"
                | "inferior"
                | "behavior"
                | "register"
                | "either"
                | "whoever"
                | "thereafter"
                | "consider"
                | "remember"
                | "september"
                | "october"
                | "november"
                | "december"
        )
}

/// Two or more words of three or more letters, all in capitals.
fn shouted(words: &[(usize, &str, u8)]) -> bool {
    let caps = |w: &str| w.chars().all(upper) && w.chars().nth(2).is_some();
    words.iter().filter(|(_, w, _)| caps(w)).count() >= 2
}

/// Maps a later surname-only mention to the full name first used, and a
/// surname-only gazetteer alias stays with its entity.
fn link_surnames(text: &str, names: &mut [Name], gazetteer: &Gazetteer) {
    /// Where a one-word name's full name comes from.
    enum Full {
        /// An earlier full name, and whether the link is safe without a cue.
        Name(usize, bool),
        Entity(usize),
        /// A relative's first name with the surname of whose relative they
        /// are: "Mr Ashworth's wife, Rachel," is Rachel Ashworth.
        Kin(String),
    }
    // Mostly one-word names change (and a headline's longer run that a
    // plain full name replaces): decide on borrowed words first, then
    // write the changes.
    let mut links: Vec<(usize, Full)> = Vec::new();
    // A full name replaced by a shorter one of the same person: links made
    // to it before then go on to the shorter. Each step goes to a later
    // name, so a chain ends, and it shortens the name, so it is short.
    let mut redirect: HashMap<usize, usize> = HashMap::default();
    {
        // Last word -> the first full name it ends.
        // Grown as keys come, not sized to the names: most names repeat a
        // few keys, and a page of a million names would hold two maps of a
        // million slots.
        // With it, where the last name with that word (full or alone) ended.
        let mut by_last: HashMap<&str, (usize, usize)> = HashMap::default();
        // Last word -> the latest full name it ends, once another bearer
        // came: "His sister, Hannah Tremlett" after "Owen Tremlett".
        let mut newest_last: HashMap<&str, usize> = HashMap::default();
        // Whether `at` is in a later paragraph than `end` (or far after it).
        let apart = |end: usize, at: usize| end + 1500 < at || text[end..at].contains('\n');
        // First word -> the one full name it opens (None when several do).
        let mut by_first: HashMap<&str, Option<usize>> = HashMap::default();
        // Middle word of a three-word name -> that name: below `by_last`, as
        // a headline's "Ted Cruz Refuses" has one too.
        let mut by_middle: HashMap<&str, usize> = HashMap::default();
        // An organisation's own word -> its full name: the first word
        // before company suffixes only, or a plural last word.
        let mut org_by_first: HashMap<&str, usize> = HashMap::default();
        let mut org_by_last: HashMap<&str, usize> = HashMap::default();
        // Word -> the first confident one-word person with it ("Mr. Okafor",
        // or "Brafman" vouched for by a speech verb).
        let mut titled: HashMap<&str, usize> = HashMap::default();
        // First words of the first few people's full names: "Dev" after
        // "Devraj Mehta" is his short form, when no other name opens so.
        let mut givens: Vec<(&str, usize)> = Vec::new();
        let short_form = |w: &str, givens: &[(&str, usize)]| {
            // Short forms are short: "Dev", "Alex", "Chris".
            if !(3..=5).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
                return None;
            }
            let first = w.as_bytes()[0];
            let mut hits = givens.iter().filter(|(g, _)| {
                g.as_bytes().first() == Some(&first) && g.starts_with(w) && g.len() > w.len()
            });
            let (_, j) = hits.next()?;
            hits.next().is_none().then_some(*j)
        };
        for (i, n) in names.iter().enumerate() {
            // Byte searches: a name is a few short words.
            let bytes = n.canonical.as_bytes();
            let Some(space) = bytes.iter().position(|&b| b == b' ') else {
                // One word: a surname or first name used before, or an alias.
                let w = n.canonical.as_str();
                if let Some(slot) = by_last.get_mut(w) {
                    slot.1 = n.span.end;
                    // "His sister, Hannah Tremlett, … Tremlett said": a
                    // later bearer named earlier in the paragraph is meant.
                    // Not against a title's sex ("Mr. Quill" after "Nora Quill").
                    let near = |&&l: &&usize| {
                        let title = text[..n.span.start].trim_end().rsplit(' ').next();
                        let male = title.is_some_and(|t| MALE_TITLES.contains(t));
                        let female = title.is_some_and(|t| FEMALE_TITLES.contains(t));
                        let first = names[l].canonical.split(' ').next().unwrap_or_default();
                        let other_sex = male && FEMALE_FIRST.contains(first)
                            || female && MALE_FIRST.contains(first);
                        !apart(names[l].span.end, n.span.start) && !other_sex
                    };
                    let newest = (!newest_last.is_empty()).then(|| newest_last.get(w)).flatten();
                    let j = newest.filter(near).copied().unwrap_or(slot.0);
                    links.push((i, Full::Name(j, true)));
                } else if let Some(&Some(j)) = by_first.get(w) {
                    // A lone first word ("Stadia" before "Stadia Pro") may be
                    // no person at all: usable next to a cue only, unless
                    // it opens a person's full name ("Jakob" after "Jakob
                    // Roth").
                    // A name that is also a word may be the word when it
                    // opens a sentence ("Hope faded", "Grace under fire").
                    let opens = || {
                        let before = text[..n.span.start].trim_end_matches(' ');
                        before.is_empty() || before.ends_with(['.', '!', '?', '\n', '“', '"'])
                    };
                    let person = names[j].kind == EntityKind::Person
                        && names[j].confident
                        && names[j].canonical.matches(' ').count() <= 2
                        && !(WORD_NAMES.contains(w) && opens());
                    links.push((i, Full::Name(j, n.confident || person)));
                } else if let Some(e) = gazetteer.lookup(w) {
                    links.push((i, Full::Entity(e)));
                } else if let Some(&j) = by_middle.get(w) {
                    links.push((i, Full::Name(j, true)));
                } else if let Some(&j) = org_by_first
                    .get(w)
                    .or_else(|| org_by_last.get(w).filter(|_| n.kind == EntityKind::Organization))
                {
                    links.push((i, Full::Name(j, true)));
                } else if let Some(&j) = titled.get(w) {
                    links.push((i, Full::Name(j, true)));
                } else if let Some(j) = short_form(w, &givens)
                    && (n.confident || speech_verb_after(text, n.span.end))
                {
                    links.push((i, Full::Name(j, true)));
                } else if n.confident && n.kind == EntityKind::Person {
                    if let Some(surname) = kin_surname(text, &names[..i], n) {
                        // Later "Rachel said" is her too.
                        by_first.entry(w).or_insert(Some(i));
                        links.push((i, Full::Kin(format!("{w} {surname}"))));
                        continue;
                    }
                    // "Mr. Okafor", then "Okafor": the titled surname is
                    // the name this text gives, until a full name comes.
                    titled.insert(w, i);
                }
                continue;
            };
            if n.kind != EntityKind::Person {
                // "Corvane Therapeutics", then "Corvane said"; "Hunter
                // Valley Stallions", then "the Stallions".
                let (first, rest) = n.canonical.split_at(space);
                // "Greyfield Residential Holdings" is "Greyfield" too: a
                // word or two of what it does before the suffix, the first
                // word one of no other use.
                // (Most bodies end in no suffix: that is tested first.)
                let words = || rest.split(' ').skip(1);
                let suffixed =
                    rest.rsplit(' ').next().is_some_and(|w| COMPANY_SUFFIXES.contains(&w));
                // (Not a word the gazetteer or the first-name lists know:
                // "Sydney Airport Holdings Ltd" leaves "Sydney" alone.)
                let described = || {
                    first.len() >= 4
                        && class(first) == 0
                        && !first_name(first)
                        && gazetteer.lookup(first).is_none()
                        && words().count() <= 3
                        && words().all(|w| w.starts_with(char::is_uppercase))
                };
                if suffixed && (words().all(|w| COMPANY_SUFFIXES.contains(&w)) || described()) {
                    org_by_first.entry(first).or_insert(i);
                }
                let last = &n.canonical[bytes.iter().rposition(|&b| b == b' ').unwrap_or(0) + 1..];
                if last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") {
                    org_by_last.entry(last).or_insert(i);
                }
                continue;
            }
            let first = &n.canonical[..space];
            // "Dean Amar" after "Vikram Amar": the title, not a first name.
            if class(first) & TITLE != 0
                && let Some(&(j, _)) = by_last.get(&n.canonical[space + 1..])
            {
                links.push((i, Full::Name(j, true)));
                continue;
            }
            let last_space = bytes.iter().rposition(|&b| b == b' ').expect("a space was found");
            let mut last = &n.canonical[last_space + 1..];
            let head = &n.canonical[..last_space];
            // "Harry B. Harris Jr.": he is "Harris" alone.
            if SUFFIXES.contains(&last.trim_end_matches('.'))
                && let Some((_, before)) = head.rsplit_once(' ')
            {
                last = before;
            }
            // "Alasdair “Sandy” Pengelly": "Sandy" alone is him.
            let run = &text[n.span.start..n.span.end];
            if memchr::memchr2(b'"', 0xE2, run.as_bytes()).is_some()
                && let Some(k) = run.find(['“', '‘', '"'])
                && let Some(nick) = run[k..].split(' ').next()
            {
                let nick = nick.trim_matches(['“', '”', '‘', '’', '"']);
                if !nick.is_empty() {
                    by_middle.entry(nick).or_insert(i);
                }
            }
            // "Melba Acosta Febo": a middle word that is no first name or
            // initial is a first surname, and "Acosta" alone is her.
            if let Some((_, middle)) = head.split_once(' ')
                && !middle.contains(' ')
                && middle.len() > 2
                && !middle.ends_with('.')
                && !first_name(middle)
            {
                by_middle.entry(middle).or_insert(i);
            }
            // One hash a key: the entry decides and fills.
            match by_last.entry(last) {
                // "Underdog Conservative Claudia Tenney Wins …" in a headline,
                // then "Claudia Tenney": the shorter name is hers.
                Entry::Occupied(mut o) => {
                    let (j, seen) = *o.get();
                    let longer = &names[j].canonical;
                    if longer.len() > n.canonical.len()
                        && first_name(first)
                        && longer.ends_with(n.canonical.as_str())
                        && longer.as_bytes()[longer.len() - n.canonical.len() - 1] == b' '
                    {
                        o.insert((i, n.span.end));
                        links.push((j, Full::Name(i, names[j].confident)));
                        redirect.insert(j, i);
                    } else {
                        o.get_mut().1 = n.span.end;
                        // A new bearer, or the first again after one: not
                        // when the paragraph named the surname before
                        // ("Mr. Cruz changed his name, Rafael Edward Cruz").
                        // (Most texts have no second bearer: no hashing then.)
                        let other = names[j].canonical != n.canonical;
                        let after_other =
                            || !newest_last.is_empty() && newest_last.contains_key(last);
                        if n.confident && (other || after_other()) {
                            if apart(seen, n.span.start) {
                                newest_last.insert(last, i);
                            } else {
                                newest_last.remove(last);
                            }
                        }
                    }
                    continue;
                }
                Entry::Vacant(v) => {
                    v.insert((i, n.span.end));
                }
            }
            match by_first.entry(first) {
                Entry::Vacant(v) => {
                    v.insert(Some(i));
                    if givens.len() < 32 {
                        givens.push((first, i));
                    }
                }
                // A second full name with this first word: ambiguous.
                Entry::Occupied(mut o) => {
                    let slot = o.get_mut();
                    if slot.is_some_and(|j| names[j].canonical != n.canonical) {
                        *slot = None;
                    }
                }
            }
        }
        // "Fiorina pushed ahead" in the headline, "Carly Fiorina" below: a
        // one-word person before the full name is that person too.
        let forward: HashMap<usize, usize> =
            titled.iter().filter_map(|(w, &j)| Some((j, by_last.get(w)?.0))).collect();
        if !forward.is_empty() {
            for (_, full) in &mut links {
                if let Full::Name(j, _) = full
                    && let Some(&f) = forward.get(j)
                {
                    *j = f;
                }
            }
            links.extend(forward.into_iter().map(|(j, f)| (j, Full::Name(f, true))));
        }
    }
    for (i, full) in links {
        match full {
            Full::Name(mut j, confident) => {
                while let Some(&k) = redirect.get(&j).filter(|&&k| k != i) {
                    j = k;
                }
                let (canonical, kind) = (names[j].canonical.clone(), names[j].kind);
                (names[i].canonical, names[i].kind, names[i].confident) =
                    (canonical, kind, confident);
            }
            Full::Entity(e) => {
                names[i].canonical.clone_from(&gazetteer.entities()[e].name);
                names[i].confident = true;
            }
            Full::Kin(full) => names[i].canonical = full,
        }
    }
}

/// The canonical form of a name found next to a cue: the gazetteer's name,
/// or the full name this document first used for that surname.
pub fn canonical_for(
    names: &[Name],
    gazetteer: &Gazetteer,
    raw: &str,
    before: usize,
) -> (String, EntityKind) {
    if let Some(e) = gazetteer.lookup(raw) {
        let e = &gazetteer.entities()[e];
        return (e.name.clone(), e.kind);
    }
    let k = names.partition_point(|n| n.span.start < before);
    for n in names[..k].iter().rev().take(400) {
        let full_words: Vec<&str> = n.canonical.split(' ').collect();
        if full_words.len() >= 2 && full_words.last() == Some(&raw) && n.kind == EntityKind::Person
        {
            return (n.canonical.clone(), n.kind);
        }
    }
    (raw.to_owned(), EntityKind::Person)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table-free letter tests agree with the Unicode tables on every
    /// char: they may answer "don't know", never wrongly.
    #[test]
    fn fast_letter_tests_agree_with_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if crate::document::surely_letter(c) {
                assert!(c.is_alphabetic() && name_char(c), "{c:?} U+{:04X}", c as u32);
            }
            assert_eq!(upper(c), c.is_uppercase(), "{c:?} U+{:04X}", c as u32);
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if letter_ends_at(bytes, bytes.len()) {
                assert!(c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
            }
            if let Some(len) = letter_len_at(bytes, 0) {
                assert!(len == bytes.len() && letter_ends_at(bytes, len), "U+{:04X}", c as u32);
            }
        }
        assert!(letter_ends_at("Москва".as_bytes(), 4));
        assert!(!letter_ends_at("a, Б".as_bytes(), 3));
    }

    #[test]
    fn merge_keeps_text_order() {
        let at = |starts: &[usize]| -> Vec<Name> {
            starts
                .iter()
                .map(|&s| Name {
                    span: Span::new(s, s + 1),
                    canonical: s.to_string(),
                    kind: EntityKind::Person,
                    possessive: false,
                    confident: true,
                })
                .collect()
        };
        let starts = |names: &[Name]| -> Vec<usize> {
            names.iter().map(|n| n.canonical.parse().unwrap()).collect()
        };
        for (a, b) in [
            (&[1, 5, 9][..], &[3, 7, 11, 12][..]),
            (&[4, 6], &[0, 2]),
            (&[], &[2, 8]),
            (&[2, 8], &[]),
            (&[0], &[10]),
        ] {
            let mut names = at(a);
            merge_in_order(&mut names, at(b));
            let mut want: Vec<usize> = a.iter().chain(b).copied().collect();
            want.sort_unstable();
            assert_eq!(starts(&names), want);
        }
    }

    /// The filter before the class map turns no listed word away.
    #[test]
    fn every_listed_word_has_its_class() {
        for (list, bit) in [
            (&NOT_NAMES, NOT_NAME),
            (&TITLES, TITLE),
            (&PLACES, PLACE),
            (&ORG_WORDS, ORG),
            (&HEADLINE_VERBS, HEADLINE_VERB),
            (&AFFILIATIONS, AFFILIATION),
            (&MEMBER_PLURALS, MEMBERS),
        ] {
            for w in list.iter() {
                assert_ne!(class(w) & bit, 0, "{w}");
            }
        }
        for w in PARTICLES.0.iter() {
            assert!(is_particle(w), "{w}");
        }
        assert_eq!(class("Zzyzx"), 0);
        assert!(!is_particle("zq"));
    }

    fn names(t: &str) -> Vec<(String, &'static str, bool)> {
        find_names(t, Gazetteer::embedded(), &[])
            .into_iter()
            .map(|n| (n.canonical, n.kind.as_str(), n.possessive))
            .collect()
    }

    #[test]
    fn titles_stripped_and_surnames_linked() {
        assert_eq!(
            names("Lt. Col. Alexander Vindman testified. Later Vindman left."),
            [
                ("Alexander Vindman".to_string(), "person", false),
                ("Alexander Vindman".to_string(), "person", false),
            ]
        );
    }

    #[test]
    fn possessives_and_organisations() {
        assert_eq!(
            names("Kelsey Piper’s piece ran in the Daily Planet News."),
            [
                ("Kelsey Piper".to_string(), "person", true),
                ("Daily Planet News".to_string(), "organization", false),
            ]
        );
    }

    #[test]
    fn office_words_before_a_person_are_dropped() {
        assert_eq!(
            names("Head of Harbour Safety Agency Maria-Luisa Brandt spoke."),
            [
                ("Head".to_string(), "person", false),
                ("Maria-Luisa Brandt".to_string(), "person", false),
            ]
        );
        assert_eq!(
            names("Then Rosa Maria Delgado Brown and the Coastal Safety Agency spoke."),
            [
                ("Rosa Maria Delgado Brown".to_string(), "person", false),
                ("Coastal Safety Agency".to_string(), "organization", false),
            ]
        );
        // Company words make a company, not a person.
        assert_eq!(
            names("Then Tidewell Energy, Brightline Airways and Harbour Research cut fares."),
            [
                ("Tidewell Energy".to_string(), "organization", false),
                ("Brightline Airways".to_string(), "organization", false),
                ("Harbour Research".to_string(), "organization", false),
            ]
        );
        // A sentence's full stop ends a run; the next name is whole.
        assert!(names("The vote is on Friday. Ines Moreau spoke.").contains(&(
            "Ines Moreau".to_string(),
            "person",
            false
        )));
        // After an article, a thing: "a Corner Bakery".
        assert_eq!(
            names("Then Ada Lind opened a Corner Bakery."),
            [
                ("Ada Lind".to_string(), "person", false),
                ("Corner Bakery".to_string(), "organization", false),
            ]
        );
        assert_eq!(
            names("Ana Sofia Reyes spoke."),
            [("Ana Sofia Reyes".to_string(), "person", false)]
        );
    }

    #[test]
    fn first_names_link_only_when_one_full_name_opens_with_them() {
        let found = |t: &str| -> Vec<(String, bool)> {
            find_names(t, Gazetteer::embedded(), &[])
                .into_iter()
                .map(|n| (n.canonical, n.confident))
                .collect()
        };
        // A surname is a safe link, and so is a lone first name after a
        // person's full name; after a longer capitalised run (a headline, a
        // product) it is one to use next to a cue only.
        assert_eq!(
            found("Then Ines Moreau spoke. Moreau left, and Ines stayed."),
            [
                ("Ines Moreau".to_string(), true),
                ("Ines Moreau".to_string(), true),
                ("Ines Moreau".to_string(), true),
            ]
        );
        assert_eq!(
            found("Then Stadia Pro Max Ultra launched. Stadia sold well.").last(),
            Some(&("Stadia Pro Max Ultra".to_string(), false))
        );
        // Two full names open with "Ada": "Ada" alone stays itself.
        let names = found("Then Ada Lind met Ada Brandt. Later Ada spoke.");
        assert_eq!(names.last(), Some(&("Ada".to_string(), false)));
    }

    #[test]
    fn gazetteer_alias_gives_canonical() {
        assert_eq!(names("But Ilya stayed."), [("Ilya Sutskever".to_string(), "person", false)]);
    }
}
