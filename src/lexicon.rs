//! Whole-word phrase matching for the gazetteer.
//!
//! Names start at word starts, and mostly with a capital: a small share of
//! a text's bytes. Instead of running an unanchored automaton over every
//! byte, the matcher walks an anchored one from each word start whose first
//! byte some phrase starts with, and keeps the longest phrase that ends at a
//! word end. (The cue lexicon starts with common lower-case letters, where
//! one unanchored pass is cheaper.)

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, MatchKind, StartKind, dfa, nfa};

/// A phrase found in text: its pattern index and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub pattern: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug)]
enum Machine {
    Dfa(dfa::DFA),
    /// A list too large for a DFA's memory limit still builds as an NFA.
    Nfa(nfa::contiguous::NFA),
}

/// Anchored longest-phrase matching at word starts.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    machine: Machine,
    /// The bytes some phrase starts with.
    first_bytes: [bool; 256],
    /// Every phrase starts with a capital or a multi-byte char, as names
    /// do: word starts are then found eight bytes at a time.
    capitals_only: bool,
}

impl Lexicon {
    /// Builds the automaton over non-empty `phrases`.
    pub fn new<P: AsRef<str>>(phrases: &[P]) -> Lexicon {
        let dfa = dfa::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(phrases.iter().map(AsRef::as_ref));
        let machine = match dfa {
            Ok(d) => Machine::Dfa(d),
            Err(_) => Machine::Nfa(
                nfa::contiguous::Builder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(phrases.iter().map(AsRef::as_ref))
                    .expect("an automaton over plain strings builds"),
            ),
        };
        let mut first_bytes = [false; 256];
        for p in phrases {
            if let Some(&b) = p.as_ref().as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        let capitals_only = (0..=255u8)
            .all(|b| !first_bytes[usize::from(b)] || b.is_ascii_uppercase() || b >= 0xC0);
        Lexicon { machine, first_bytes, capitals_only }
    }

    /// The first position at or after `from` where a phrase can start: a
    /// byte some phrase starts with, after no ASCII letter or digit.
    fn next_start(&self, bytes: &[u8], mut from: usize) -> Option<usize> {
        let start = |p: usize| {
            self.first_bytes[usize::from(bytes[p])]
                && (p == 0 || !bytes[p - 1].is_ascii_alphanumeric())
        };
        if !self.capitals_only {
            return (from..bytes.len()).find(|&p| start(p));
        }
        loop {
            let p = capital_from(bytes, from)?;
            if start(p) {
                return Some(p);
            }
            from = p + 1;
        }
    }

    /// Calls `decide` with the longest phrase at each word start (after no
    /// ASCII letter or digit) of `hay`, in order: the search goes on where
    /// `decide` says (after what it kept), or at the next byte if `None`.
    pub fn each_longest(&self, hay: &str, mut decide: impl FnMut(Found) -> Option<usize>) {
        let bytes = hay.as_bytes();
        let mut at = 0;
        while let Some(start) = self.next_start(bytes, at) {
            at = start;
            let longest = match &self.machine {
                Machine::Dfa(d) => longest_at(d, bytes, at),
                Machine::Nfa(n) => longest_at(n, bytes, at),
            };
            let resume =
                longest.and_then(|(end, pattern)| decide(Found { pattern, start: at, end }));
            at = resume.map_or(at + 1, |r| r.max(at + 1));
        }
    }

    /// The phrases `keep` accepts, as `each_longest` meets them.
    #[cfg(test)]
    fn find_words(&self, hay: &str, keep: impl Fn(&Found) -> bool) -> Vec<Found> {
        let mut out = Vec::new();
        self.each_longest(hay, |f| {
            keep(&f).then(|| {
                out.push(f);
                f.end
            })
        });
        out
    }
}

/// The first position at or after `from` holding an ASCII capital or the
/// lead byte of a multi-byte char (0xC0 and up): where a name can start.
/// Eight bytes at a time: these are one byte in twenty of prose.
pub(crate) fn capital_from(bytes: &[u8], from: usize) -> Option<usize> {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Per byte, no carry into the next: the low seven bits plus 0x3f
        // reach 0x80 from 'A' up, plus 0x25 from '[' up.
        let y = x & LOW7;
        let capital = (y + 0x3f3f_3f3f_3f3f_3f3f) & !(y + 0x2525_2525_2525_2525) & !x;
        // Bits 7 and 6 both set: a lead byte of two or more bytes.
        let hits = (capital | x & (x << 1)) & HIGH;
        if hits != 0 {
            return Some(i + hits.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    bytes.get(i..)?.iter().position(|&b| b.is_ascii_uppercase() || b >= 0xC0).map(|k| i + k)
}

/// The end and pattern of the longest phrase starting at `at`.
fn longest_at<A: Automaton>(aut: &A, hay: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut sid = aut.start_state(Anchored::Yes).ok()?;
    let mut best = None;
    for (i, &b) in hay[at..].iter().enumerate() {
        sid = aut.next_state(Anchored::Yes, sid, b);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                break;
            }
            if aut.is_match(sid) {
                best = Some((at + i + 1, aut.match_pattern(sid, 0).as_usize()));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(lex: &Lexicon, t: &str) -> Vec<String> {
        let alnum = |at: usize| t[..at].chars().next_back().is_some_and(char::is_alphanumeric);
        let end = |at: usize| !t[at..].chars().next().is_some_and(char::is_alphanumeric);
        lex.find_words(t, |f| !alnum(f.start) && end(f.end))
            .iter()
            .map(|f| t[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn longest_whole_word_phrase_at_each_word_start() {
        let lex = Lexicon::new(&["Ada", "Ada Lind", "Lind", "Harbour Trust"]);
        assert_eq!(words(&lex, "Ada Lind met Adam and Lind."), ["Ada Lind", "Lind"]);
        // A longest phrase that runs into a word is no match, and no shorter
        // one is tried there: "Ada" is not found in "Ada Lindqvist".
        assert_eq!(words(&lex, "Ada Lindqvist and the Harbour Trust"), ["Harbour Trust"]);
        assert!(words(&lex, "McLind ÅLind").is_empty());
    }

    #[test]
    fn capitals_found_eight_bytes_at_a_time() {
        let t = "ab Cd\u{e9}fghijkl mnopqrstuvwxyZ[@`{ \u{201c}Q";
        let b = t.as_bytes();
        let all: Vec<u8> = std::iter::successors(capital_from(b, 0), |&k| capital_from(b, k + 1))
            .map(|k| b[k])
            .collect();
        // C, the lead byte of é, Z, the lead byte of “, Q: not [ @ ` {.
        assert_eq!(all, [b'C', 0xc3, b'Z', 0xe2, b'Q']);
        assert_eq!(capital_from(b"abc", 3), None);
        assert_eq!(capital_from(b"abc", 9), None);
    }

    /// Bytes at the edges of the classes.
    const EDGES: &[u8] =
        &[0, 1, b' ', b'@', b'A', b'Z', b'[', b'`', b'a', b'z', 0x7f, 0x80, 0xbf, 0xc0, 0xe2, 0xff];

    proptest::proptest! {
        #[test]
        fn capital_scan_is_the_bytewise_scan(
            bytes in proptest::collection::vec(proptest::sample::select(EDGES), 0..40),
            from in 0usize..44,
        ) {
            let naive = (from..bytes.len())
                .find(|&k| bytes[k].is_ascii_uppercase() || bytes[k] >= 0xC0);
            proptest::prop_assert_eq!(capital_from(&bytes, from), naive);
        }
    }

    #[test]
    fn phrases_of_any_first_byte_found() {
        // Lower-case, digit and capital first bytes alike.
        let text = "ada, bo lind and cy met Ed; 3M and dee. (ada)";
        let few = Lexicon::new(&["ada", "bo lind", "cy", "Ed"]);
        assert_eq!(words(&few, text), ["ada", "bo lind", "cy", "Ed", "ada"]);
        let many = Lexicon::new(&["ada", "bo lind", "cy", "dee", "Ed", "3M"]);
        assert_eq!(words(&many, text), ["ada", "bo lind", "cy", "Ed", "3M", "dee", "ada"]);
    }

    proptest::proptest! {
        #[test]
        fn found_where_a_byte_by_byte_walk_finds(
            phrases in proptest::sample::subsequence(
                &["the Fed", "Fed", "Ada", "ada lind", "Ölund", "3M", "x y", "é", "de", "fa"][..],
                1..10,
            ),
            tokens in proptest::collection::vec(
                proptest::sample::select(
                    &["the", " ", "Fed", "Ada", "ada", "lind", "Ölund", "3M", "x", "y", "é", "de", "fa", "-", "“"][..],
                ),
                0..20,
            ),
        ) {
            let lex = Lexicon::new(&phrases);
            let text: String = tokens.concat();
            let alnum = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
            let end = |rest: &str| !rest.chars().next().is_some_and(char::is_alphanumeric);
            // Every char boundary in turn, the longest phrase there.
            let mut walk = Vec::new();
            let mut at = 0;
            while at < text.len() {
                let rest = &text[at..];
                let longest = phrases
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| rest.starts_with(**p))
                    .max_by_key(|(i, p)| (p.len(), std::cmp::Reverse(*i)));
                let ok = alnum(text[..at].chars().next_back());
                match longest.filter(|(_, p)| ok && end(&rest[p.len()..])) {
                    Some((i, p)) => {
                        walk.push(Found { pattern: i, start: at, end: at + p.len() });
                        at += p.len();
                    }
                    None => at += rest.chars().next().map_or(1, char::len_utf8),
                }
            }
            let found = lex.find_words(&text, |f| {
                alnum(text[..f.start].chars().next_back()) && end(&text[f.end..])
            });
            proptest::prop_assert_eq!(found, walk);
        }
    }

    #[test]
    fn phrases_inside_words_are_skipped() {
        let lex = Lexicon::new(&["Lind", "the Harbour"]);
        let found = lex.find_words("McLind. Lind", |_| true);
        assert_eq!(found, [Found { pattern: 0, start: 8, end: 12 }]);
        assert_eq!(words(&lex, "Near the Harbour, lathe Harbour"), ["the Harbour"]);
    }
}
