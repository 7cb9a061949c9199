//! Known people and organisations, with aliases, matched in one pass.

use std::path::Path;
use std::sync::LazyLock;

use crate::document::Span;
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;

/// What kind of speaker an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A company, agency, outlet or other body.
    Organization,
}

impl EntityKind {
    /// The stable name used in data files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
        }
    }
}

/// One person or organisation: its canonical name and the other names it goes by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Canonical full name, as output.
    pub name: String,
    /// Person or organisation.
    pub kind: EntityKind,
    /// Other spellings and short forms ("Ilya", "Sutskever").
    pub aliases: Vec<String>,
}

/// A gazetteer match: which entity, and where its name stands in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityMatch {
    /// Where the name stands.
    pub span: Span,
    /// Index into [`Gazetteer::entities`].
    pub entity: usize,
}

/// A list of entities and the automaton that finds their names.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// Each name and alias, and its entity's index.
    patterns: indexmap::IndexMap<String, usize, rustc_hash::FxBuildHasher>,
    /// Finds names from their first capital ("Fed" of "the Fed"), so that
    /// only capitals start a search. Only the longest name from a capital
    /// is tried: with names "the Fed Chair" and "Fed", "Fed Chairman" finds
    /// neither, and "Fed Chair" in "the Fed Chair" beats "the Fed" (names
    /// lists rarely hold such pairs; the embedded one holds none).
    lexicon: Lexicon,
    /// By lexicon pattern: the lower-case openings that may stand before
    /// it (longest first, "" for none) and the entity each then names.
    cores: Vec<Vec<(String, usize)>>,
}

/// A name's lower-case opening words ("the ", "de la ") and the rest, from
/// its first capital; the whole name as the rest when it has no capital
/// (then lower-case word starts are searched too, a byte at a time).
fn split_core(name: &str) -> (&str, &str) {
    let mut at = 0;
    for word in name.split_inclusive(' ') {
        if word.as_bytes()[0].is_ascii_uppercase() || word.as_bytes()[0] >= 0xC0 {
            return name.split_at(at);
        }
        at += word.len();
    }
    ("", name)
}

static DEFAULT_TSV: &str = include_str!("../data/gazetteer.tsv");
static DEFAULT: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::parse(DEFAULT_TSV, Path::new("<embedded gazetteer.tsv>"))
        .expect("the embedded gazetteer parses (tested)")
});

impl Gazetteer {
    /// The gazetteer shipped in `data/gazetteer.tsv`.
    pub fn embedded() -> &'static Gazetteer {
        &DEFAULT
    }

    /// Parses TSV lines `name<TAB>kind<TAB>alias|alias…`; `#` starts a
    /// comment line; the alias column may be missing. `path` names the
    /// source in errors.
    pub fn parse(tsv: &str, path: &Path) -> Result<Gazetteer> {
        let mut entities = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err =
                |message: String| Error::Gazetteer { path: path.to_owned(), line: i + 1, message };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 2 || cols.len() > 3 {
                return Err(err(format!(
                    "expected 2 or 3 tab-separated columns (name, kind, aliases), found {}",
                    cols.len()
                )));
            }
            let name = cols[0].trim();
            if name.is_empty() {
                return Err(err("empty name".into()));
            }
            let kind = match cols[1].trim().to_ascii_lowercase().as_str() {
                "person" | "per" => EntityKind::Person,
                "organization" | "organisation" | "org" => EntityKind::Organization,
                other => {
                    return Err(err(format!(
                        "unknown kind {other:?}: expected person or organization"
                    )));
                }
            };
            let aliases = cols
                .get(2)
                .map(|a| a.split('|').map(str::trim).filter(|a| !a.is_empty()))
                .into_iter()
                .flatten()
                .map(String::from)
                .collect();
            entities.push(Entity { name: name.to_owned(), kind, aliases });
        }
        Ok(Gazetteer::from_entities(entities))
    }

    /// Reads a user gazetteer file.
    pub fn from_path(path: &Path) -> Result<Gazetteer> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| Error::Io { path: path.to_owned(), source })?;
        Gazetteer::parse(&text, path)
    }

    /// Builds the automaton over every name and alias. A later entity's
    /// names win over an earlier one's, so user entries override defaults.
    pub fn from_entities(entities: Vec<Entity>) -> Gazetteer {
        let mut patterns: indexmap::IndexMap<String, usize, rustc_hash::FxBuildHasher> =
            indexmap::IndexMap::default();
        for (i, e) in entities.iter().enumerate() {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                patterns.insert(n.clone(), i);
            }
        }
        let mut by_core: indexmap::IndexMap<&str, Vec<(String, usize)>> = indexmap::IndexMap::new();
        for (name, &entity) in &patterns {
            let (prefix, core) = split_core(name);
            by_core.entry(core).or_default().push((prefix.to_owned(), entity));
        }
        let lexicon = Lexicon::new(&by_core.keys().collect::<Vec<_>>());
        let cores = by_core
            .into_values()
            .map(|mut v| {
                v.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
                v
            })
            .collect();
        Gazetteer { entities, patterns, cores, lexicon }
    }

    /// This gazetteer with `other`'s entities added (they win on shared names).
    pub fn extended(&self, other: &Gazetteer) -> Gazetteer {
        let mut all = self.entities.clone();
        all.extend(other.entities.iter().cloned());
        Gazetteer::from_entities(all)
    }

    /// The entities, in file order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Every whole-word occurrence of a name or alias in `text`: at each
    /// word start, the longest name that ends at a word end (not before a
    /// hyphen), names with a lower-case opening ("the Fed") searched from
    /// their capital (see `lexicon`); the search goes on after it.
    pub fn find_all(&self, text: &str) -> Vec<EntityMatch> {
        let word_before = |at: usize| text[..at].chars().next_back().is_some_and(is_word_char);
        let mut out: Vec<EntityMatch> = Vec::new();
        self.lexicon.each_longest(text, |f| {
            let rest = &text[f.end..];
            if rest.starts_with('-') || rest.chars().next().is_some_and(is_word_char) {
                return None;
            }
            // The longest opening that the text has before the capital and
            // that no name before it reaches into ("Ada the" leaves "Fed",
            // not "the Fed").
            let clear = |start: usize| {
                out.iter().rev().find(|m| m.span.start < start).is_none_or(|m| m.span.end <= start)
            };
            let (start, entity) = self.cores[f.pattern].iter().find_map(|(opening, entity)| {
                let start = f.start.checked_sub(opening.len())?;
                (text.get(start..f.start) == Some(opening.as_str())
                    && !word_before(start)
                    && clear(start))
                .then_some((start, *entity))
            })?;
            // A name found inside the opening ("la" of "de la Cruz") gives
            // way: a search from the opening would have found this one.
            while out.last().is_some_and(|m| m.span.start >= start) {
                out.pop();
            }
            out.push(EntityMatch { span: Span::new(start, f.end), entity });
            Some(f.end)
        });
        out
    }

    /// The entity a name (canonical or alias) refers to, exactly.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        // What `find_all` finds spanning all of `name`: the longest phrase
        // at its start is then `name` itself.
        self.patterns.get(name).copied().filter(|_| !name.is_empty())
    }
}

fn is_word_char(c: char) -> bool {
    crate::document::is_alphanumeric(c) || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_parses_sorted_and_unambiguous() {
        let lines: Vec<&str> =
            DEFAULT_TSV.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
        let mut sorted = lines.clone();
        sorted.sort();
        assert_eq!(lines, sorted, "data/gazetteer.tsv rows are sorted");
        let mut seen = std::collections::HashMap::new();
        for e in Gazetteer::embedded().entities() {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                if let Some(prev) = seen.insert(n.clone(), e.name.clone()) {
                    panic!("{n:?} names both {prev} and {}", e.name);
                }
            }
        }
    }

    proptest::proptest! {
        /// Names with lower-case openings ("the Fed", "de la Cruz") are
        /// searched from their capital, and found as a walk over every word
        /// start finds them whole.
        #[test]
        fn found_as_a_walk_from_every_word_start_finds(
            names in proptest::sample::subsequence(
                &["the Fed", "Fed", "de la Cruz", "Cruz", "Ada Lind", "Ada", "the 1975", "\u{d6}lund", "la"][..],
                1..9,
            ),
            tokens in proptest::collection::vec(
                proptest::sample::select(
                    &["the ", "la ", "de ", "de la ", " ", "Fed", "Cruz", "Ada", " Lind", "1975", "\u{d6}lund", "x", "-", "\u{201c}"][..],
                ),
                0..20,
            ),
        ) {
            let entities = names
                .iter()
                .map(|n| Entity { name: (*n).to_owned(), kind: EntityKind::Person, aliases: vec![] })
                .collect();
            let g = Gazetteer::from_entities(entities);
            let text: String = tokens.concat();
            let mut walk = Vec::new();
            let mut at = 0;
            while at < text.len() {
                let rest = &text[at..];
                let longest = names.iter().enumerate().filter(|(_, n)| rest.starts_with(**n)).max_by_key(|(_, n)| n.len());
                let starts = !text[..at].chars().next_back().is_some_and(is_word_char);
                let ends = |n: &str| {
                    let after = &rest[n.len()..];
                    !after.starts_with('-') && !after.chars().next().is_some_and(is_word_char)
                };
                match longest.filter(|(_, n)| starts && ends(n)) {
                    Some((i, n)) => {
                        walk.push(EntityMatch { span: Span::new(at, at + n.len()), entity: i });
                        at += n.len();
                    }
                    None => at += rest.chars().next().map_or(1, char::len_utf8),
                }
            }
            proptest::prop_assert_eq!(g.find_all(&text), walk);
        }
    }

    #[test]
    fn an_opening_a_name_before_reaches_into_is_not_taken() {
        let entities = ["Ada the", "the Fed", "Fed"]
            .iter()
            .map(|n| Entity { name: (*n).to_owned(), kind: EntityKind::Person, aliases: vec![] })
            .collect();
        let g = Gazetteer::from_entities(entities);
        let t = "Ada the Fed";
        let found: Vec<&str> = g.find_all(t).iter().map(|m| &t[m.span.start..m.span.end]).collect();
        assert_eq!(found, ["Ada the", "Fed"]);
    }

    #[test]
    fn longest_name_wins_on_word_boundaries() {
        let g = Gazetteer::embedded();
        let t = "Sam Altman met Altmann and Altman.";
        let found: Vec<&str> = g.find_all(t).iter().map(|m| &t[m.span.start..m.span.end]).collect();
        assert_eq!(found, ["Sam Altman", "Altman"]);
        assert_eq!(g.entities()[g.lookup("Ilya").unwrap()].name, "Ilya Sutskever");
        // A lookup is of a whole name, as `find_all` would span it.
        for probe in ["Sam Altman", "Altman", "Altmann", "Sam", "Sam Altman.", " Altman", ""] {
            let whole = g
                .find_all(probe)
                .iter()
                .find(|m| m.span == Span::new(0, probe.len()))
                .map(|m| m.entity);
            assert_eq!(g.lookup(probe), whole, "{probe:?}");
        }
        assert!(g.lookup("Altman").is_some() && g.lookup("Altmann").is_none());
    }

    #[test]
    fn malformed_line_names_file_and_line() {
        let err = Gazetteer::parse("# c\nAda Lovelace\tperson\nBob\tplanet\n", Path::new("g.tsv"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("g.tsv:3:") && err.contains("planet"), "{err}");
        let err = Gazetteer::parse("Just a name\n", Path::new("g.tsv")).unwrap_err().to_string();
        assert!(err.starts_with("g.tsv:1:"), "{err}");
    }

    #[test]
    fn user_entries_override_defaults() {
        let user = Gazetteer::parse("Ada Altman\tperson\tAltman\n", Path::new("u")).unwrap();
        let g = Gazetteer::embedded().extended(&user);
        assert_eq!(g.entities()[g.lookup("Altman").unwrap()].name, "Ada Altman");
    }
}
