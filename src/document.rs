//! Articles as text: loading, decoding, and the paragraph and sentence layout
//! that every later stage works on.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A byte range `start..end` into a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// One article: an id (the path as given, or any name) and its UTF-8 text.
#[derive(Clone, Debug)]
pub struct Document {
    /// The document's name in the output, e.g. its path.
    pub id: String,
    /// The text; every [`Span`] points into it.
    pub text: String,
    /// The encoding the text was decoded from, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

impl Document {
    /// A document from text that is already UTF-8.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), encoding: None }
    }

    /// Decodes raw bytes: UTF-8 (a BOM is kept, so offsets equal file
    /// offsets), UTF-16 with a BOM, else Windows-1252. Bytes with NULs or
    /// many control characters are not text.
    pub fn from_bytes(id: impl Into<String>, bytes: &[u8]) -> Result<Document> {
        let id = id.into();
        let not_text = |message: String| Error::NotText { path: PathBuf::from(&id), message };
        if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes)
            && enc != encoding_rs::UTF_8
        {
            let (text, _, had_errors) = enc.decode(bytes);
            if had_errors {
                return Err(not_text(format!("invalid {}", enc.name())));
            }
            check_controls(&text).map_err(not_text)?;
            return Ok(Document { id, text: text.into_owned(), encoding: Some(enc.name()) });
        }
        if let Some(at) = memchr::memchr(0, bytes) {
            return Err(not_text(format!("NUL byte at byte {at}")));
        }
        let (text, encoding) = match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), None),
            Err(_) => {
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                (text.into_owned(), Some(encoding_rs::WINDOWS_1252.name()))
            }
        };
        check_controls(&text).map_err(not_text)?;
        Ok(Document { id, text, encoding })
    }

    /// Reads and decodes a file; its id is the path as given.
    pub fn load(path: &Path) -> Result<Document> {
        let bytes =
            std::fs::read(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
        Document::from_bytes(path.display().to_string(), &bytes)
    }

    /// The paragraphs: each non-blank line, without its line break or the
    /// spaces around it. News bodies put one paragraph on a line.
    pub fn paragraphs(&self) -> Vec<Span> {
        paragraphs(&self.text)
    }
}

/// Binary data decoded as Windows-1252 turns into control characters.
fn check_controls(text: &str) -> std::result::Result<(), String> {
    // Plain text has no controls but tab and line breaks: one byte pass
    // finds C0, DEL and C1 (U+0080–U+009F, encoded C2 80–C2 9F).
    let bytes = text.as_bytes();
    let control = |b: u8| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C) || b == 0x7F;
    // Blocks without an early exit inside, so the test runs many bytes at once.
    let ascii = bytes.chunks(64).any(|c| c.iter().fold(false, |any, &b| any | control(b)));
    let c1 = || {
        memchr::memchr_iter(0xC2, bytes)
            .any(|i| bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
    };
    if !ascii && !c1() {
        return Ok(());
    }
    let mut controls = 0usize;
    let mut chars = 0usize;
    for (i, c) in text.char_indices() {
        chars += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            controls += 1;
            if controls > 8 && controls * 100 > chars {
                return Err(format!("control characters near byte {i}"));
            }
        }
    }
    Ok(())
}

/// General Punctuation (’ “ ” — …): the most common chars past ASCII in
/// news text, and no letter or digit among them.
pub(crate) const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// `c.is_alphanumeric()`, without a Unicode table lookup for
/// [`GENERAL_PUNCTUATION`].
pub(crate) fn is_alphanumeric(c: char) -> bool {
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
}

/// See [`Document::paragraphs`].
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    // Line ends by memchr: one search call per line costs more than the line.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|nl| nl + 1);
    let last = (!text.ends_with('\n')).then_some(text.len()).filter(|&n| n > 0);
    for end in ends.chain(last) {
        let line = &text[start..end];
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            out.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
        start = end;
    }
    out
}

/// The `.txt` files under each path, recursively, sorted by path; a file
/// named directly is taken whatever its extension.
pub fn find_articles(path: &Path) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|source| Error::Io { path: path.into(), source })?;
    if !meta.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_owned()];
    // An explicit stack: folder depth must not deepen recursion.
    while let Some(dir) = stack.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|source| Error::Io { path: dir.clone(), source })?;
        for entry in entries {
            let entry = entry.map_err(|source| Error::Io { path: dir.clone(), source })?;
            let p = entry.path();
            let ft = entry.file_type().map_err(|source| Error::Io { path: p.clone(), source })?;
            if ft.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
                out.push(p);
            }
        }
    }
    out.sort();
    if out.is_empty() {
        return Err(Error::NoArticles { path: path.to_owned() });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let t = "Title\n\n  First para.  \r\nSecond\n\n";
        let p: Vec<&str> = paragraphs(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(p, ["Title", "First para.", "Second"]);
        let t = "  No line break at the end \r\r";
        let p: Vec<&str> = paragraphs(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(p, ["No line break at the end"]);
        assert!(paragraphs("").is_empty() && paragraphs("\n \r\n").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn paragraphs_are_the_lines_split_one_by_one(t in "[a \n\r\u{a0}é]{0,30}") {
            let mut lines = Vec::new();
            let mut start = 0;
            for line in t.split_inclusive('\n') {
                let body = line.trim_end_matches(['\n', '\r']);
                let lead = body.len() - body.trim_start().len();
                if !body.trim().is_empty() {
                    lines.push(Span::new(start + lead, start + lead + body.trim().len()));
                }
                start += line.len();
            }
            proptest::prop_assert_eq!(paragraphs(&t), lines);
        }
    }

    #[test]
    fn alphanumeric_test_skips_only_what_has_no_letters() {
        let sample = ('\u{1f00}'..='\u{20ff}').chain(['a', 'Z', '7', 'é', 'ß', '٣', ' ', '’']);
        for c in sample {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn decodes_utf16_and_cp1252() {
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "“Hi,” she said".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let d = Document::from_bytes("a", &utf16).unwrap();
        assert_eq!(d.text, "“Hi,” she said");
        assert_eq!(d.encoding, Some("UTF-16LE"));
        let d = Document::from_bytes("b", b"\x93Hi,\x94 she said").unwrap();
        assert_eq!(d.text, "“Hi,” she said");
        assert_eq!(d.encoding, Some("windows-1252"));
    }

    #[test]
    fn rejects_binary() {
        let err = Document::from_bytes("x.txt", b"ab\0cd").unwrap_err().to_string();
        assert!(err.contains("x.txt") && err.contains("byte 2"), "{err}");
        let junk: Vec<u8> = (0..200u8).map(|i| if i % 3 == 0 { 0x01 } else { 0x81 }).collect();
        assert!(Document::from_bytes("y", &junk).is_err());
    }
}
