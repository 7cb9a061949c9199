//! The word lists the rules read, kept as text in `data/words/` so that a
//! reader sees the data apart from the rules: one entry a line, `#` starts
//! a comment line. Embedded in the binary.

use rustc_hash::FxHashSet as HashSet;

/// `data/words/abbreviations.txt`.
pub(crate) const ABBREVIATIONS: &str = include_str!("../data/words/abbreviations.txt");
/// `data/words/affiliations.txt`.
pub(crate) const AFFILIATIONS: &str = include_str!("../data/words/affiliations.txt");
/// `data/words/anon-heads.txt`.
pub(crate) const ANON_HEADS: &str = include_str!("../data/words/anon-heads.txt");
/// `data/words/authoring.txt`.
pub(crate) const AUTHORING: &str = include_str!("../data/words/authoring.txt");
/// `data/words/cipher-heads.txt`.
pub(crate) const CIPHER_HEADS: &str = include_str!("../data/words/cipher-heads.txt");
/// `data/words/cities.txt`.
pub(crate) const CITIES: &str = include_str!("../data/words/cities.txt");
/// `data/words/clause-words.txt`.
pub(crate) const CLAUSE_WORDS: &str = include_str!("../data/words/clause-words.txt");
/// `data/words/demonyms.txt`.
pub(crate) const DEMONYMS: &str = include_str!("../data/words/demonyms.txt");
/// `data/words/determiners.txt`.
pub(crate) const DETERMINERS: &str = include_str!("../data/words/determiners.txt");
/// `data/words/disowning-cues.txt`.
pub(crate) const DISOWNING_CUES: &str = include_str!("../data/words/disowning-cues.txt");
/// `data/words/document-heads.txt`.
pub(crate) const DOCUMENT_HEADS: &str = include_str!("../data/words/document-heads.txt");
/// `data/words/female-first.txt`.
pub(crate) const FEMALE_FIRST: &str = include_str!("../data/words/female-first.txt");
/// `data/words/female-titles.txt`.
pub(crate) const FEMALE_TITLES: &str = include_str!("../data/words/female-titles.txt");
/// `data/words/group-heads.txt`.
pub(crate) const GROUP_HEADS: &str = include_str!("../data/words/group-heads.txt");
/// `data/words/has-participles.txt`.
pub(crate) const HAS_PARTICIPLES: &str = include_str!("../data/words/has-participles.txt");
/// `data/words/headline-verbs.txt`.
pub(crate) const HEADLINE_VERBS: &str = include_str!("../data/words/headline-verbs.txt");
/// `data/words/he-nouns.txt`.
pub(crate) const HE_NOUNS: &str = include_str!("../data/words/he-nouns.txt");
/// `data/words/kin.txt`.
pub(crate) const KIN: &str = include_str!("../data/words/kin.txt");
/// `data/words/local-governments.txt`.
pub(crate) const LOCAL_GOVERNMENTS: &str = include_str!("../data/words/local-governments.txt");
/// `data/words/male-first.txt`.
pub(crate) const MALE_FIRST: &str = include_str!("../data/words/male-first.txt");
/// `data/words/male-titles.txt`.
pub(crate) const MALE_TITLES: &str = include_str!("../data/words/male-titles.txt");
/// `data/words/member-plurals.txt`.
pub(crate) const MEMBER_PLURALS: &str = include_str!("../data/words/member-plurals.txt");
/// `data/words/not-names.txt`.
pub(crate) const NOT_NAMES: &str = include_str!("../data/words/not-names.txt");
/// `data/words/word-names.txt`.
pub(crate) const WORD_NAMES: &str = include_str!("../data/words/word-names.txt");
/// `data/words/not-speakers.txt`.
pub(crate) const NOT_SPEAKERS: &str = include_str!("../data/words/not-speakers.txt");
/// `data/words/opening-adverbs.txt`.
pub(crate) const OPENING_ADVERBS: &str = include_str!("../data/words/opening-adverbs.txt");
/// `data/words/org-families.txt`.
pub(crate) const ORG_FAMILIES: &str = include_str!("../data/words/org-families.txt");
/// `data/words/org-heads.txt`.
pub(crate) const ORG_HEADS: &str = include_str!("../data/words/org-heads.txt");
/// `data/words/org-words.txt`.
pub(crate) const ORG_WORDS: &str = include_str!("../data/words/org-words.txt");
/// `data/words/particles.txt`.
pub(crate) const PARTICLES: &str = include_str!("../data/words/particles.txt");
/// `data/words/places.txt`.
pub(crate) const PLACES: &str = include_str!("../data/words/places.txt");
/// `data/words/prepositions.txt`.
pub(crate) const PREPOSITIONS: &str = include_str!("../data/words/prepositions.txt");
/// `data/words/role-heads.txt`.
pub(crate) const ROLE_HEADS: &str = include_str!("../data/words/role-heads.txt");
/// `data/words/she-nouns.txt`.
pub(crate) const SHE_NOUNS: &str = include_str!("../data/words/she-nouns.txt");
/// `data/words/speech-nouns.txt`.
pub(crate) const SPEECH_NOUNS: &str = include_str!("../data/words/speech-nouns.txt");
/// `data/words/signs.txt`.
pub(crate) const SIGNS: &str = include_str!("../data/words/signs.txt");
/// `data/words/skip-before-cue.txt`.
pub(crate) const SKIP_BEFORE_CUE: &str = include_str!("../data/words/skip-before-cue.txt");
/// `data/words/term-markers.txt`.
pub(crate) const TERM_MARKERS: &str = include_str!("../data/words/term-markers.txt");
/// `data/words/work-nouns.txt`.
pub(crate) const WORK_NOUNS: &str = include_str!("../data/words/work-nouns.txt");
/// `data/words/surname-words.txt`.
pub(crate) const SURNAME_WORDS: &str = include_str!("../data/words/surname-words.txt");
/// `data/words/time-words.txt`.
pub(crate) const TIME_WORDS: &str = include_str!("../data/words/time-words.txt");
/// `data/words/trades.txt`.
pub(crate) const TRADES: &str = include_str!("../data/words/trades.txt");
/// `data/words/titles.txt`.
pub(crate) const TITLES: &str = include_str!("../data/words/titles.txt");
/// `data/words/quantifiers.txt`.
pub(crate) const QUANTIFIERS: &str = include_str!("../data/words/quantifiers.txt");
/// `data/words/written-by.txt`.
pub(crate) const WRITTEN_BY: &str = include_str!("../data/words/written-by.txt");
/// `data/words/subordinators.txt`.
pub(crate) const SUBORDINATORS: &str = include_str!("../data/words/subordinators.txt");
/// `data/words/place-prepositions.txt`.
pub(crate) const PLACE_PREPOSITIONS: &str = include_str!("../data/words/place-prepositions.txt");

/// Every list by file name, for the tests.
#[cfg(test)]
const ALL: &[(&str, &str)] = &[
    ("abbreviations", ABBREVIATIONS),
    ("affiliations", AFFILIATIONS),
    ("anon-heads", ANON_HEADS),
    ("authoring", AUTHORING),
    ("cipher-heads", CIPHER_HEADS),
    ("cities", CITIES),
    ("clause-words", CLAUSE_WORDS),
    ("demonyms", DEMONYMS),
    ("determiners", DETERMINERS),
    ("document-heads", DOCUMENT_HEADS),
    ("female-first", FEMALE_FIRST),
    ("female-titles", FEMALE_TITLES),
    ("group-heads", GROUP_HEADS),
    ("has-participles", HAS_PARTICIPLES),
    ("he-nouns", HE_NOUNS),
    ("kin", KIN),
    ("local-governments", LOCAL_GOVERNMENTS),
    ("male-first", MALE_FIRST),
    ("male-titles", MALE_TITLES),
    ("member-plurals", MEMBER_PLURALS),
    ("not-names", NOT_NAMES),
    ("not-speakers", NOT_SPEAKERS),
    ("opening-adverbs", OPENING_ADVERBS),
    ("org-families", ORG_FAMILIES),
    ("org-heads", ORG_HEADS),
    ("org-words", ORG_WORDS),
    ("particles", PARTICLES),
    ("places", PLACES),
    ("prepositions", PREPOSITIONS),
    ("quantifiers", QUANTIFIERS),
    ("written-by", WRITTEN_BY),
    ("subordinators", SUBORDINATORS),
    ("place-prepositions", PLACE_PREPOSITIONS),
    ("role-heads", ROLE_HEADS),
    ("she-nouns", SHE_NOUNS),
    ("signs", SIGNS),
    ("speech-nouns", SPEECH_NOUNS),
    ("skip-before-cue", SKIP_BEFORE_CUE),
    ("term-markers", TERM_MARKERS),
    ("surname-words", SURNAME_WORDS),
    ("time-words", TIME_WORDS),
    ("titles", TITLES),
    ("trades", TRADES),
    ("word-names", WORD_NAMES),
    ("work-nouns", WORK_NOUNS),
];

/// The entries of a list, in file order.
pub(crate) fn word_list(text: &'static str) -> Vec<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// The entries of a list, for look-ups.
pub(crate) fn word_set(text: &'static str) -> HashSet<&'static str> {
    word_list(text).into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_parses_with_no_repeats_and_a_header() {
        for (name, text) in ALL {
            let words = word_list(text);
            assert!(!words.is_empty(), "{name} is empty");
            assert!(text.starts_with('#'), "{name} has no header saying what it is");
            let set = word_set(text);
            assert_eq!(set.len(), words.len(), "{name} repeats an entry");
            for w in &words {
                assert!(!w.contains('\t'), "{name}: {w:?} holds a tab");
            }
        }
    }

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        assert_eq!(word_list("# head\n\nsaid \n# note\ntold\n"), ["said", "told"]);
    }
}
