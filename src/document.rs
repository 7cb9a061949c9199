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

/// What a page says about itself (its metadata), never guessed from the
/// body. Plain text has none; a saved web page or a JSONL article may.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    /// The headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The byline: who wrote the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The publication date, as the page gives it (usually ISO 8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The publication (site) name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The canonical address of the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Meta {
    /// True when no field is known.
    pub fn is_empty(&self) -> bool {
        self == &Meta::default()
    }

    /// The date as seconds since 1970 UTC, for ordering copies, when it is
    /// ISO 8601 (`2024-03-08`, `2024-03-08T17:30:00+01:00`, `…Z`, `…+0100`);
    /// a date without a zone is taken as UTC.
    pub fn date_key(&self) -> Option<i64> {
        iso_seconds(self.date.as_deref()?.trim())
    }
}

fn iso_seconds(d: &str) -> Option<i64> {
    let num = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    let (y, m, day) = (num(d.get(0..4)?)?, num(d.get(5..7)?)?, num(d.get(8..10)?)?);
    if d.as_bytes().get(4) != Some(&b'-') || !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let (yy, mm) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let doy = (153 * mm + 2) / 5 + day - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    let mut secs = days * 86_400;
    let rest = d.get(10..).unwrap_or("");
    let Some(time) = rest.strip_prefix(['T', ' ']) else {
        return Some(secs);
    };
    let (h, mi) = (num(time.get(0..2)?)?, num(time.get(3..5)?)?);
    secs += h * 3600 + mi * 60;
    let mut zone = &time[5..];
    if let Some(s) = zone.strip_prefix(':').and_then(|z| z.get(0..2)).and_then(num) {
        secs += s;
        zone = &zone[3..];
    }
    let zone = zone.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    if let Some(sign) = zone.strip_prefix(['+', '-']) {
        let digits: String = sign.chars().filter(char::is_ascii_digit).collect();
        let off = num(digits.get(0..2)?)? * 3600 + digits.get(2..4).and_then(num).unwrap_or(0) * 60;
        secs += if zone.starts_with('+') { -off } else { off };
    }
    Some(secs)
}

/// A paragraph that the document itself sets off as a block quotation (an
/// HTML `<blockquote>` or embedded post, a Markdown `>` line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The paragraph's words.
    pub span: Span,
    /// Who posted it, for an embedded post ("Ana Ruiz", "@anaruiz").
    pub by: Option<String>,
}

/// How the text is cut into paragraphs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// One paragraph a line, unless the text is hard-wrapped (most lines end
    /// mid-sentence and their lengths cluster): then blank lines part
    /// paragraphs.
    #[default]
    Auto,
    /// Paragraphs are parted by blank lines; single line breaks join.
    BlankLine,
    /// Every non-blank line is a paragraph.
    Line,
}

/// What kind of file a document was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    #[default]
    Text,
    /// Markdown: `#` headings and `>` block quotations are understood.
    Markdown,
    /// A web page: the text is its extracted article body.
    Html,
}

/// One article: an id (the path as given, or any name) and its UTF-8 text.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Document {
    /// The document's name in the output, e.g. its path.
    pub id: String,
    /// The text; every [`Span`] points into it.
    pub text: String,
    /// The encoding the text was decoded from, when it was not UTF-8.
    pub encoding: Option<&'static str>,
    /// Title, author, date, outlet and URL, where known.
    pub meta: Meta,
    /// Paragraphs set off as block quotations, in text order.
    pub blocks: Vec<Block>,
    /// Headings the document marks as such (HTML `<h1>`–`<h6>`, Markdown
    /// `#` lines), in text order: a block quotation never runs past one.
    pub headings: Vec<Span>,
    /// How the text is cut into paragraphs.
    pub layout: Layout,
    /// What the text was read from.
    pub format: Format,
}

impl Document {
    /// A document from text that is already UTF-8.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document::with_encoding(id.into(), text.into(), None)
    }

    fn with_encoding(id: String, text: String, encoding: Option<&'static str>) -> Document {
        Document {
            id,
            text,
            encoding,
            meta: Meta::default(),
            blocks: Vec::new(),
            headings: Vec::new(),
            layout: Layout::Auto,
            format: Format::Text,
        }
    }

    /// The same document with its metadata set.
    pub fn with_meta(mut self, meta: Meta) -> Document {
        self.meta = meta;
        self
    }

    /// The same document cut into paragraphs as `layout` says.
    pub fn with_layout(mut self, layout: Layout) -> Document {
        self.layout = layout;
        self
    }

    /// Decodes raw bytes: UTF-8 (a BOM is kept, so offsets equal file
    /// offsets), UTF-16 with a BOM, else Windows-1252. Bytes with NULs or
    /// many control characters are not text.
    pub fn from_bytes(id: impl Into<String>, bytes: &[u8]) -> Result<Document> {
        Document::decode(id.into(), std::borrow::Cow::Borrowed(bytes))
    }

    /// [`Document::from_bytes`]; UTF-8 bytes owned become the text without
    /// a copy (a file read whole is not held twice).
    fn decode(id: String, bytes: std::borrow::Cow<'_, [u8]>) -> Result<Document> {
        let not_text = |message: String| Error::NotText { path: PathBuf::from(&id), message };
        if let Some((enc, _)) = encoding_rs::Encoding::for_bom(&bytes)
            && enc != encoding_rs::UTF_8
        {
            let (text, _, had_errors) = enc.decode(&bytes);
            if had_errors {
                return Err(not_text(format!("invalid {}", enc.name())));
            }
            check_controls(&text).map_err(not_text)?;
            return Ok(Document::with_encoding(id, text.into_owned(), Some(enc.name())));
        }
        if let Some(at) = memchr::memchr(0, &bytes) {
            return Err(not_text(format!("NUL byte at byte {at}")));
        }
        let utf8 = match bytes {
            std::borrow::Cow::Owned(v) => String::from_utf8(v).map_err(|e| e.into_bytes().into()),
            std::borrow::Cow::Borrowed(b) => {
                std::str::from_utf8(b).map(str::to_owned).map_err(|_| b.into())
            }
        };
        let (text, encoding) = match utf8 {
            Ok(text) => (text, None),
            Err(bytes) => {
                let bytes: std::borrow::Cow<'_, [u8]> = bytes;
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
                (text.into_owned(), Some(encoding_rs::WINDOWS_1252.name()))
            }
        };
        check_controls(&text).map_err(not_text)?;
        Ok(Document::with_encoding(id, text, encoding))
    }

    /// Decodes raw bytes and reads them as `format`: a web page becomes its
    /// article body (offsets point into that) and metadata; Markdown gets its
    /// `>` lines as blocks. [`Format::Text`] bytes that look like a web page
    /// are read as one (see [`Document::format`]).
    pub fn from_bytes_as(id: impl Into<String>, bytes: &[u8], format: Format) -> Result<Document> {
        Document::decode_as(id.into(), std::borrow::Cow::Borrowed(bytes), format)
    }

    fn decode_as(
        id: String,
        bytes: std::borrow::Cow<'_, [u8]>,
        format: Format,
    ) -> Result<Document> {
        let html = format == Format::Html || (format == Format::Text && looks_like_html(&bytes));
        let mut doc = Document::decode(id, bytes)?;
        if html {
            doc.read_html()?;
        } else if format == Format::Markdown {
            doc.format = Format::Markdown;
            doc.blocks = markdown_blocks(&doc.text);
            doc.headings = paragraphs(&doc.text)
                .into_iter()
                .filter(|p| doc.text[p.start..p.end].starts_with('#'))
                .map(|p| markdown_line(&doc.text, p))
                .collect();
        }
        Ok(doc)
    }

    #[cfg(feature = "html")]
    fn read_html(&mut self) -> Result<()> {
        let page = crate::html::read_page(&self.text);
        self.text = page.text;
        self.blocks = page.blocks;
        self.headings = page.headings;
        self.meta = page.meta;
        self.layout = Layout::Line;
        self.format = Format::Html;
        Ok(())
    }

    #[cfg(not(feature = "html"))]
    fn read_html(&mut self) -> Result<()> {
        Err(Error::NotText {
            path: PathBuf::from(&self.id),
            message: "a web page, and this build has no `html` feature".into(),
        })
    }

    /// Reads and decodes a file; its id is the path as given. `.html` and
    /// `.htm` files, and any other whose content is a web page, are read as
    /// pages; `.md` files as Markdown; the rest as plain text.
    pub fn load(path: &Path) -> Result<Document> {
        let bytes =
            std::fs::read(path).map_err(|source| Error::Io { path: path.to_owned(), source })?;
        let format = Format::of_path(path);
        Document::decode_as(path.display().to_string(), std::borrow::Cow::Owned(bytes), format)
    }

    /// The paragraphs, as [`Document::layout`] says: by default each
    /// non-blank line, without its line break or the spaces around it (news
    /// bodies put one paragraph on a line), or the blank-line-parted
    /// paragraphs of hard-wrapped text. A Markdown heading or `>` line is a
    /// paragraph of its own, without its marks.
    pub fn paragraphs(&self) -> Vec<Span> {
        let blank_line = match self.layout {
            Layout::Line => false,
            Layout::BlankLine => true,
            Layout::Auto => self.format != Format::Html && is_hard_wrapped(&self.text),
        };
        match (blank_line, self.format == Format::Markdown) {
            (false, false) => paragraphs(&self.text),
            (true, false) => blank_line_paragraphs(&self.text, |_| false),
            (false, true) => {
                paragraphs(&self.text).into_iter().map(|p| markdown_line(&self.text, p)).collect()
            }
            (true, true) => blank_line_paragraphs(&self.text, markdown_marked),
        }
    }

    /// True when a file named `.txt` (or given as plain text) turned out to
    /// be a web page, which callers may want to say.
    pub fn html_in_disguise(&self, path: &Path) -> bool {
        self.format == Format::Html && Format::of_path(path) != Format::Html
    }
}

impl Format {
    /// The format a file's name promises: `.html`/`.htm` pages, `.md`
    /// Markdown, anything else text (which is still read as a page when its
    /// content is one).
    pub fn of_path(path: &Path) -> Format {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Format::Html,
            "md" | "markdown" => Format::Markdown,
            _ => Format::Text,
        }
    }
}

/// True when `bytes` start like an HTML document (a doctype or an `<html>`,
/// `<head>` or `<body>` tag near the top, after nothing but spaces).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    if head.get(start) != Some(&b'<') {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    [&b"<!doctype html"[..], b"<html", b"<head", b"<body"]
        .iter()
        .any(|tag| memchr::memmem::find(&lower, tag).is_some())
}

/// Hard-wrapped text (email, wire copy, text exports): most lines that a
/// non-blank line follows end mid-sentence, and those lines' lengths cluster
/// under a width. One-paragraph-a-line news text has neither.
pub fn is_hard_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    // Lines followed by another line of the same paragraph.
    let inner: Vec<&str> = lines
        .windows(2)
        .filter(|w| !w[0].trim().is_empty() && !w[1].trim().is_empty())
        .map(|w| w[0])
        .collect();
    let non_blank = lines.iter().filter(|l| !l.trim().is_empty()).count();
    if inner.len() < 4 || inner.len() * 2 < non_blank {
        return false;
    }
    let mid_sentence = inner
        .iter()
        .filter(|l| !l.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')', ';']))
        .count();
    if mid_sentence * 2 <= inner.len() {
        return false;
    }
    let mut widths: Vec<usize> = inner.iter().map(|l| l.chars().count()).collect();
    widths.sort_unstable();
    // The width most lines stop short of: the 90th percentile.
    let width = widths[(widths.len() * 9 / 10).min(widths.len() - 1)];
    let near = widths.iter().filter(|&&w| w * 10 >= width * 7 && w <= width + 2).count();
    (20..=160).contains(&width) && near * 10 >= widths.len() * 7
}

/// Paragraphs parted by blank lines, each from its first to its last
/// non-space byte (line breaks inside kept: offsets stay file offsets). A
/// line for which `alone` is true is a paragraph of its own.
fn blank_line_paragraphs(text: &str, alone: impl Fn(&str) -> bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for line in paragraphs(text).into_iter().chain(std::iter::once(Span::new(usize::MAX, 0))) {
        let end_of_text = line.start == usize::MAX;
        let joins = |c: &Span| {
            !end_of_text
                && !alone(&text[line.start..line.end])
                && !alone(text[c.start..c.end].rsplit('\n').next().unwrap_or(""))
                && text[c.end..line.start].bytes().filter(|&b| b == b'\n').nth(1).is_none()
        };
        match current {
            Some(ref mut c) if joins(c) => c.end = line.end,
            _ => {
                if let Some(c) = current.take() {
                    out.push(c);
                }
                if !end_of_text {
                    current = Some(line);
                }
            }
        }
    }
    out.into_iter()
        .map(|p| if alone(&text[p.start..p.end]) { markdown_line(text, p) } else { p })
        .collect()
}

/// A Markdown heading (`# `) or block quotation (`> `) line.
fn markdown_marked(line: &str) -> bool {
    let l = line.trim_start();
    l.starts_with('>') || (l.starts_with('#') && l.trim_start_matches('#').starts_with([' ', '\t']))
}

/// A Markdown line's words: without its `#` or `>` marks.
fn markdown_line(text: &str, p: Span) -> Span {
    let line = &text[p.start..p.end];
    if !markdown_marked(line) {
        return p;
    }
    let rest = line.trim_start_matches(['#', '>']).trim_start();
    let start = p.start + line.len() - rest.len();
    let words = if line.starts_with('#') { rest.trim_end_matches('#').trim_end() } else { rest };
    Span::new(start, start + words.len())
}

/// The `>` lines of Markdown text, as blocks.
fn markdown_blocks(text: &str) -> Vec<Block> {
    paragraphs(text)
        .into_iter()
        .filter(|p| text[p.start..p.end].starts_with('>'))
        .map(|p| Block { span: markdown_line(text, p), by: None })
        .filter(|b| !b.span.is_empty())
        .collect()
}

/// Binary data decoded as Windows-1252 turns into control characters.
fn check_controls(text: &str) -> std::result::Result<(), String> {
    // Plain text has no controls but tab and line breaks: one byte pass
    // finds C0, DEL and C1 (U+0080–U+009F, encoded C2 80–C2 9F).
    let bytes = text.as_bytes();
    // (Bitwise, not short-circuit, operators: the test vectorises.)
    let control = |b: u8| {
        (b < 0x20) & !((b == b'\n') | (b == b'\r') | (b == b'\t') | (b == 0x0C)) | (b == 0x7F)
    };
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
    surely_letter(c) || !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
}

/// Blocks where every char is a letter, answered without the Unicode
/// tables (whose look-up costs hundreds of instructions a char): Latin-1
/// and Latin Extended-A letters, basic Cyrillic, CJK ideographs, Hangul.
pub(crate) fn surely_letter(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{17f}' | '\u{400}'..='\u{47f}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}')
        && c != '\u{d7}'
        && c != '\u{f7}'
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

/// The file name extensions that a folder walk takes as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "html", "htm", "md"];

/// The articles (`.txt`, `.html`, `.htm`, `.md` files) under each path,
/// recursively, sorted by path; a file named directly is taken whatever its
/// extension.
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
            } else if p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
            {
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
    fn bytes_owned_decode_as_bytes_borrowed() {
        let cases: [&[u8]; 5] = [
            "\u{feff}“Hi,” she said".as_bytes(),
            b"\x93Hi,\x94 she said",
            b"plain",
            b"",
            b"bad\0byte",
        ];
        for bytes in cases {
            let owned = Document::decode("o".into(), std::borrow::Cow::Owned(bytes.to_vec()));
            let borrowed = Document::from_bytes("o", bytes);
            match (owned, borrowed) {
                (Ok(a), Ok(b)) => assert_eq!((a.text, a.encoding), (b.text, b.encoding)),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
                (a, b) => panic!("{bytes:?}: {a:?} against {b:?}"),
            }
        }
    }

    #[test]
    fn dates_order_across_zones() {
        let key = |d: &str| Meta { date: Some(d.into()), ..Meta::default() }.date_key();
        assert_eq!(key("1970-01-02"), Some(86_400));
        assert_eq!(key("2024-03-08T17:30:00+01:00"), key("2024-03-08T16:30:00Z"));
        assert_eq!(key("2024-03-08T17:30:00.123+0100"), key("2024-03-08 16:30:00"));
        assert!(key("2024-03-08T10:00-05:00") > key("2024-03-08T14:00:00Z"));
        assert_eq!(key("Mon, 18 Nov 2019 16:07:38 -0600"), None);
        assert_eq!(key("2024-13-01"), None);
    }

    #[test]
    fn looks_like_html_wants_a_tag_first() {
        assert!(looks_like_html(b"\xEF\xBB\xBF  <!DOCTYPE html><p>x"));
        assert!(looks_like_html(b"<!-- saved --><HTML><body>"));
        assert!(!looks_like_html(b"The <html> tag opens a page."));
        assert!(!looks_like_html(b"<b>bold</b> words"));
    }

    #[cfg(not(feature = "html"))]
    #[test]
    fn pages_need_the_html_feature() {
        let err = Document::from_bytes_as("p.html", b"<html><p>x</p></html>", Format::Html)
            .unwrap_err()
            .to_string();
        assert!(err.contains("p.html") && err.contains("`html` feature"), "{err}");
    }

    #[test]
    fn rejects_binary() {
        let err = Document::from_bytes("x.txt", b"ab\0cd").unwrap_err().to_string();
        assert!(err.contains("x.txt") && err.contains("byte 2"), "{err}");
        let junk: Vec<u8> = (0..200u8).map(|i| if i % 3 == 0 { 0x01 } else { 0x81 }).collect();
        assert!(Document::from_bytes("y", &junk).is_err());
    }
}
