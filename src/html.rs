//! Saved web pages: the article body as text, with its structure
//! (block quotations, embedded posts, `<q>`) and the page's metadata.
//!
//! The body is found by `dom_smoothie` (a Readability port); its cleaned
//! article HTML is then walked node by node, so that a `<blockquote>` stays a
//! block quotation rather than becoming one more paragraph.

use dom_query::NodeRef;
use dom_smoothie::{Config, Readability, TextMode};

use crate::document::{Block, Meta, Span};

/// A page read: its body text (one paragraph a line, paragraphs parted by a
/// blank line), the block quotations in it, and its metadata.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// The article body.
    pub text: String,
    /// Paragraphs of `text` set off as block quotations.
    pub blocks: Vec<Block>,
    /// Headings (`<h1>`–`<h6>`) in `text`.
    pub headings: Vec<Span>,
    /// What the page says about itself.
    pub meta: Meta,
}

/// Classes of embedded social-media posts: each is a block quotation by the
/// account that posted it.
const EMBED_CLASSES: &[&str] = &[
    "twitter-tweet",
    "twitter-video",
    "instagram-media",
    "tiktok-embed",
    "bluesky-embed",
    "fb-post",
    "threads-post",
    "mastodon-embed",
];

/// Reads a page: body, blocks and metadata. A page without an article body
/// that the extractor recognises gives its whole visible text.
pub fn read_page(html: &str) -> Page {
    let doc = dom_query::Document::from(html);
    let mut meta = read_meta(&doc);
    let config = Config {
        text_mode: TextMode::Raw,
        classes_to_preserve: EMBED_CLASSES.iter().map(|c| (*c).to_owned()).collect(),
        ..Config::default()
    };
    let mut walker = Walker::default();
    let byline = match Readability::with_document(doc, None, Some(config)) {
        Ok(mut r) => match r.parse() {
            Ok(article) => {
                let root = r.doc.select_single("#readability-page-1");
                match root.nodes().first() {
                    Some(node) => walker.walk(node),
                    None => {
                        let content = dom_query::Document::from(article.content.as_ref());
                        walker.walk(&content.root());
                    }
                }
                if meta.title.is_none() && !article.title.trim().is_empty() {
                    meta.title = Some(squash(&article.title));
                }
                article.byline
            }
            Err(_) => None,
        },
        Err(_) => None,
    };
    if walker.text.trim().is_empty() {
        // Nothing recognised as an article: the body's visible text, so that
        // nothing is silently dropped.
        let doc = dom_query::Document::from(html);
        doc.select("script, style, noscript, template").remove();
        walker = Walker::default();
        if let Some(body) = doc.body() {
            walker.walk(&body);
        }
    }
    if meta.author.is_none() {
        meta.author = byline.as_deref().and_then(clean_byline);
    }
    walker.end_paragraph();
    let mut text = walker.text;
    while text.ends_with('\n') {
        text.pop();
    }
    Page { text, blocks: walker.blocks, headings: walker.headings, meta }
}

/// Builds the body text from the cleaned article tree.
#[derive(Default)]
struct Walker {
    text: String,
    blocks: Vec<Block>,
    headings: Vec<Span>,
    /// Where the paragraph being written starts.
    para_start: usize,
    /// The paragraph being written is inside a block quotation by this
    /// account (`Some(None)`: by nobody named).
    in_block: Option<Option<String>>,
}

impl Walker {
    fn walk(&mut self, node: &NodeRef) {
        if node.is_text() {
            self.push_text(&node.text());
            return;
        }
        if !node.is_element() {
            for child in node.children_it(false) {
                self.walk(&child);
            }
            return;
        }
        let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        match name.as_str() {
            "script" | "style" | "noscript" | "template" | "figcaption" | "nav" | "aside"
            | "button" | "form" | "svg" | "iframe" | "select" | "input" | "head" => return,
            "br" => {
                self.end_paragraph();
                return;
            }
            _ => {}
        }
        if is_widget(node) {
            return;
        }
        if name == "blockquote" || name == "q" || EMBED_CLASSES.iter().any(|c| node.has_class(c)) {
            if let Some(embed) = EMBED_CLASSES.iter().find(|c| node.has_class(c)) {
                self.embedded_post(node, embed);
                return;
            }
            if name == "blockquote" {
                self.end_paragraph();
                let outer = self.in_block.replace(None);
                self.children(node);
                self.end_paragraph();
                self.in_block = outer;
                return;
            }
            // `<q>`: the browser draws the marks; the text needs them.
            self.push_text("“");
            self.children(node);
            self.push_text("”");
            return;
        }
        let block = is_block(&name);
        if block {
            self.end_paragraph();
        }
        let heading = matches!(name.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        let start = self.text.len();
        self.children(node);
        if heading && self.text.trim_end().len() > start {
            self.headings.push(Span::new(start, self.text.trim_end().len()));
        }
        if block {
            self.end_paragraph();
        }
    }

    fn children(&mut self, node: &NodeRef) {
        for child in node.children_it(false) {
            self.walk(&child);
        }
    }

    /// An embedded post: its paragraphs are a block by the account that
    /// posted it; the signature line ("— Name (@handle) date") stays as text.
    fn embedded_post(&mut self, node: &NodeRef, class: &str) {
        let tweet = class.starts_with("twitter");
        let by = if tweet { tweet_account(node) } else { None }.or_else(|| handle_in(&node.text()));
        self.end_paragraph();
        let outer = self.in_block.take();
        for child in node.children_it(false) {
            // A tweet's words are its `<p>`s; the signature after them is not.
            let words = !tweet || child.node_name().is_some_and(|n| n.eq_ignore_ascii_case("p"));
            let wanted = words.then(|| by.clone());
            if wanted != self.in_block {
                self.end_paragraph();
                self.in_block = wanted;
            }
            self.walk(&child);
        }
        self.end_paragraph();
        self.in_block = outer;
    }

    /// Appends text, collapsing runs of white space to one space.
    fn push_text(&mut self, s: &str) {
        for (i, piece) in s.split(char::is_whitespace).enumerate() {
            if i > 0 && !self.text.ends_with([' ', '\n']) && self.text.len() > self.para_start {
                self.text.push(' ');
            }
            self.text.push_str(piece);
        }
    }

    /// Closes the paragraph being written, if any, and records it as a block
    /// when it is inside one.
    fn end_paragraph(&mut self) {
        while self.text.len() > self.para_start && self.text.ends_with(' ') {
            self.text.pop();
        }
        if self.para_start == 0 && is_byline(&self.text) {
            // A byline left above the body: it is metadata, not article.
            self.text.clear();
            self.headings.clear();
        }
        if self.text.len() > self.para_start {
            if let Some(by) = &self.in_block {
                self.blocks.push(Block {
                    span: Span::new(self.para_start, self.text.len()),
                    by: by.clone(),
                });
            }
            self.text.push_str("\n\n");
        }
        self.para_start = self.text.len();
    }
}

/// "By Ana Ruiz | March 3, 2024": a short line of "By" and a name.
fn is_byline(para: &str) -> bool {
    let mut words = para.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && words.next().is_some_and(|w| w.starts_with(char::is_uppercase) && w != "The")
        && para.split_whitespace().count() <= 15
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "figure"
            | "hr"
            | "body"
            | "center"
            | "address"
            | "details"
            | "summary"
    )
}

/// Share buttons, "related" link lists and captions that the body extractor
/// kept (only the classes it preserves and roles survive its cleaning).
fn is_widget(node: &NodeRef) -> bool {
    let words = |attr: &str| node.attr(attr).map(|v| v.to_ascii_lowercase()).unwrap_or_default();
    let class = format!("{} {}", words("class"), words("id"));
    ["share", "sharing", "social", "related", "caption", "newsletter", "promo"]
        .iter()
        .any(|w| class.split([' ', '-', '_']).any(|c| c == *w))
        || matches!(words("role").as_str(), "navigation" | "complementary" | "button")
        || words("aria-hidden") == "true"
}

/// "— Ana Ruiz (@anaruiz) March 3, 2019": the name, else the handle.
fn tweet_account(node: &NodeRef) -> Option<String> {
    let mut tail = String::new();
    for child in node.children_it(false) {
        if child.node_name().is_some_and(|n| n.eq_ignore_ascii_case("p")) {
            continue;
        }
        tail.push_str(&child.text());
    }
    let tail = tail.trim().trim_start_matches(['—', '-', '–', ' ', '\u{a0}']);
    let open = tail.find("(@");
    match open {
        Some(at) => {
            let name = tail[..at].trim();
            if name.is_empty() { handle_in(tail) } else { Some(squash(name)) }
        }
        None => handle_in(tail),
    }
}

/// The first `@handle` in `s`.
fn handle_in(s: &str) -> Option<String> {
    let at = s.find('@')?;
    let handle: String =
        s[at + 1..].chars().take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '.')).collect();
    let handle = handle.trim_end_matches('.');
    (!handle.is_empty()).then(|| format!("@{handle}"))
}

/// White space runs to one space, trimmed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A byline without "By", "Written by", dates, times or trailing separators;
/// `None` when nothing like a name is left.
pub fn clean_byline(raw: &str) -> Option<String> {
    let mut s = squash(raw);
    for prefix in ["written by ", "posted by ", "reported by ", "story by ", "words by ", "by "] {
        if s.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix)) {
            s = s[prefix.len()..].to_owned();
            break;
        }
    }
    // "Text: Ana Ruiz", "Autor: …": a one-word label before a colon.
    if let Some((label, rest)) = s.split_once(':')
        && !label.trim().contains(' ')
        && label.chars().count() <= 12
        && !rest.trim().is_empty()
    {
        s = rest.trim().to_owned();
    }
    // A date or time and all after it: "Ana Ruiz | March 3, 2019 10:04 am".
    let cut = s
        .char_indices()
        .find(|&(i, c)| {
            let rest = &s[i..];
            matches!(c, '|' | '•' | '·')
                || (c.is_ascii_digit() && i > 0)
                || MONTHS.iter().any(|m| starts_word(&s, i, rest, m))
                || ["updated", "published", "posted", "on "].iter().any(|w| {
                    rest.get(..w.len()).is_some_and(|r| r.eq_ignore_ascii_case(w))
                        && (i == 0 || s[..i].ends_with(' '))
                })
        })
        .map_or(s.len(), |(i, _)| i);
    let name = s[..cut].trim().trim_end_matches([',', '-', '–', '—', ':', '/', ' ']).trim();
    (name.chars().any(char::is_alphabetic) && name.len() <= 200).then(|| name.to_owned())
}

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May ",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];

fn starts_word(s: &str, i: usize, rest: &str, word: &str) -> bool {
    rest.starts_with(word) && (i == 0 || s[..i].ends_with(' ')) && {
        // "May" is a name too: only a month when a digit follows.
        let after = rest[word.len()..].trim_start();
        after.starts_with(|c: char| c.is_ascii_digit())
    }
}

/// The page's own metadata: JSON-LD first, then meta tags, first found wins.
fn read_meta(doc: &dom_query::Document) -> Meta {
    let mut meta = Meta::default();
    let ld = json_ld(doc);
    let attr = |sel: &str, name: &str| -> Option<String> {
        doc.select(sel)
            .nodes()
            .iter()
            .filter_map(|n| n.attr(name))
            .map(|v| squash(&v))
            .find(|v| !v.is_empty())
    };
    let content = |sel: &str| attr(sel, "content");
    meta.title = content("meta[property='og:title'], meta[name='og:title']")
        .or_else(|| {
            doc.select("title").nodes().first().map(|t| squash(&t.text())).filter(|t| !t.is_empty())
        })
        .or(ld.headline);
    meta.author = ld.author;
    meta.date = ld
        .date_published
        .or_else(|| {
            content("meta[property='article:published_time'], meta[name='article:published_time']")
        })
        .or_else(|| {
            content(
                "meta[itemprop='datePublished'], meta[name='pubdate'], meta[name='publishdate'], \
                 meta[name='date'], meta[name='dc.date'], meta[name='DC.date.issued'], \
                 meta[name='parsely-pub-date'], meta[name='sailthru.date']",
            )
        })
        .or_else(|| attr("time[itemprop='datePublished'], [itemprop='datePublished']", "datetime"));
    // "0001-01-01": a content system's empty date.
    meta.date = meta.date.filter(|d| !d.starts_with("000"));
    meta.outlet = ld
        .publisher
        .or_else(|| content("meta[property='og:site_name'], meta[name='og:site_name']"));
    meta.url = attr("link[rel='canonical']", "href")
        .or_else(|| content("meta[property='og:url'], meta[name='og:url']"));
    meta
}

/// What the JSON-LD blocks of a page say about its article.
#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    author: Option<String>,
    date_published: Option<String>,
    publisher: Option<String>,
}

/// One pass over the `application/ld+json` scripts; an article-typed object
/// wins over any other object.
fn json_ld(doc: &dom_query::Document) -> LdArticle {
    let mut objects: Vec<serde_json::Value> = Vec::new();
    for script in doc.select("script[type='application/ld+json']").nodes() {
        let raw = script.text();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
            continue;
        };
        collect_objects(value, &mut objects, 0);
    }
    let is_article = |o: &serde_json::Value| {
        let types: Vec<&str> = match o.get("@type") {
            Some(serde_json::Value::String(s)) => vec![s.as_str()],
            Some(serde_json::Value::Array(a)) => a.iter().filter_map(|t| t.as_str()).collect(),
            _ => Vec::new(),
        };
        types.iter().any(|t| t.ends_with("Article") || *t == "BlogPosting" || *t == "Report")
    };
    let mut out = LdArticle::default();
    let ordered =
        objects.iter().filter(|o| is_article(o)).chain(objects.iter().filter(|o| !is_article(o)));
    for o in ordered {
        let s =
            |key: &str| o.get(key).and_then(|v| v.as_str()).map(squash).filter(|v| !v.is_empty());
        if out.headline.is_none() && is_article(o) {
            out.headline = s("headline").or_else(|| s("name"));
        }
        if out.author.is_none() {
            out.author = o.get("author").and_then(names_of);
        }
        if out.date_published.is_none() {
            out.date_published = s("datePublished");
        }
        if out.publisher.is_none() {
            out.publisher = o.get("publisher").and_then(names_of);
        }
    }
    out
}

/// Objects of a JSON-LD value: the value, array items and `@graph` members.
fn collect_objects(value: serde_json::Value, out: &mut Vec<serde_json::Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match value {
        serde_json::Value::Array(items) => {
            for item in items {
                collect_objects(item, out, depth + 1);
            }
        }
        serde_json::Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                collect_objects(graph, out, depth + 1);
            }
            out.push(serde_json::Value::Object(map));
        }
        _ => {}
    }
}

/// A person or organisation as JSON-LD gives it: a string, an object with a
/// `name`, or a list of them (joined with ", ").
fn names_of(v: &serde_json::Value) -> Option<String> {
    let names: Vec<String> = match v {
        serde_json::Value::String(s) => vec![squash(s)],
        serde_json::Value::Object(o) => {
            o.get("name").and_then(|n| n.as_str()).map(squash).into_iter().collect()
        }
        serde_json::Value::Array(items) => items.iter().filter_map(names_of).collect(),
        _ => Vec::new(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_cleaning() {
        assert_eq!(clean_byline("By Ana Ruiz").as_deref(), Some("Ana Ruiz"));
        assert_eq!(clean_byline("By ANA RUIZ, March 3, 2024").as_deref(), Some("ANA RUIZ"));
        assert_eq!(
            clean_byline("Written by Pia Holm | Updated 10:04 am").as_deref(),
            Some("Pia Holm")
        );
        assert_eq!(clean_byline("By May Lee").as_deref(), Some("May Lee"));
        assert_eq!(clean_byline("Texto: Ana Ruiz").as_deref(), Some("Ana Ruiz"));
        assert_eq!(clean_byline("Published June 1, 2023"), None);
    }

    #[test]
    fn tweet_signature_names_the_account() {
        let doc = dom_query::Document::from(
            "<blockquote class=twitter-tweet><p>Words.</p>&mdash; Ana Ruiz (@anaruiz) \
             <a href=x>May 3, 2024</a></blockquote><blockquote class=twitter-tweet>\
             <p>More.</p>&mdash; @harbourcam <a href=y>May 4</a></blockquote>",
        );
        let accounts: Vec<Option<String>> =
            doc.select("blockquote").nodes().iter().map(tweet_account).collect();
        assert_eq!(accounts, [Some("Ana Ruiz".into()), Some("@harbourcam".into())]);
    }

    #[test]
    fn json_ld_author_lists_and_publisher() {
        let doc = dom_query::Document::from(
            r#"<script type="application/ld+json">[{"@type":"Organization","name":"X"},
            {"@type":["NewsArticle"],"headline":"H","author":[{"name":"A B"},"C D"],
             "publisher":{"name":"Gazette"},"datePublished":"2024-01-02"}]</script>
             <script type="application/ld+json">{not json</script>"#,
        );
        let ld = json_ld(&doc);
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.author.as_deref(), Some("A B, C D"));
        assert_eq!(ld.publisher.as_deref(), Some("Gazette"));
        assert_eq!(ld.date_published.as_deref(), Some("2024-01-02"));
    }
}
