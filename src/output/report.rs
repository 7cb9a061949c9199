//! The report: one self-contained HTML page to read in a browser, no
//! server and no network. One card per quotation, the most travelled
//! first; under it every copy in its sentence, with the quotation marked and
//! the words that name the speaker and the cue underlined.
//!
//! Everything taken from articles is escaped: a page's text never becomes
//! markup.

use std::fmt::Write as _;
use std::io::Write;

use crate::dedup::{Cluster, ClusterList};
use crate::document::Span;
use crate::error::{Error, Result};
use crate::extractor::Mention;
use crate::output::evidence::{Texts, link_target, sentence, speaker_words};
use crate::output::spreadsheet::{COLUMNS, row};

/// What the report says about the run as a whole.
#[derive(Clone, Copy, Debug, Default)]
pub struct Run {
    /// Articles read.
    pub articles: usize,
}

/// Past this many words on both sides a wording is shown whole rather than
/// diffed: the word diff is quadratic.
const MAX_DIFF_CELLS: usize = 250_000;

/// Writes the report of `clusters` (those to show) of `mentions`; `texts`
/// gives the sentences around each copy.
pub fn write_report<W: Write>(
    mut w: W,
    mentions: &[Mention],
    clusters: &(impl ClusterList + ?Sized),
    texts: &Texts,
    run: Run,
) -> Result<()> {
    let mut order: Vec<std::borrow::Cow<'_, Cluster>> =
        (0..clusters.count()).map(|i| clusters.cluster(i, mentions)).collect();
    // Longest travelled first; the sort is stable, so ties keep their order.
    order.sort_by_key(|c| std::cmp::Reverse((c.documents, c.members.len())));
    let rows: Vec<Vec<String>> = order.iter().map(|c| row(mentions, c)).collect();
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).expect("a column");
    let (speaker_col, kind_col) = (col("speaker"), col("kind"));
    let who_col = col("speaker_kind");

    let mut speakers: Vec<&str> =
        rows.iter().map(|r| r[speaker_col].as_str()).filter(|s| !s.is_empty()).collect();
    speakers.sort_unstable();
    speakers.dedup();
    let conflicts = order.iter().filter(|c| c.speaker_conflict).count();

    let mut out = String::with_capacity(4096 + 2048 * order.len());
    out.push_str(HEAD);
    let _ = writeln!(
        out,
        "<header><h1>Who said what</h1><dl class=\"counts\">\
         <div><dt>articles</dt><dd id=\"n-articles\">{}</dd></div>\
         <div><dt>quotations</dt><dd id=\"n-quotations\">{}</dd></div>\
         <div><dt>speakers</dt><dd id=\"n-speakers\">{}</dd></div>\
         <div><dt>conflicts</dt><dd id=\"n-conflicts\">{}</dd></div></dl>",
        run.articles,
        order.len(),
        speakers.len(),
        conflicts
    );
    out.push_str(
        "<form class=\"filters\" onsubmit=\"return false\">\
         <input id=\"f-text\" type=\"search\" placeholder=\"Search the text\" aria-label=\"Search the text\">\
         <select id=\"f-speaker\" aria-label=\"Speaker\"><option value=\"\">Every speaker</option>\
         <option value=\"-\">(no speaker)</option>",
    );
    for s in &speakers {
        let _ = write!(out, "<option value=\"{0}\">{0}</option>", esc(s));
    }
    out.push_str(
        "</select><select id=\"f-flag\" aria-label=\"Flag\"><option value=\"\">Any flag</option>\
         <option value=\"wording_differs\">wording differs</option>\
         <option value=\"speaker_conflict\">speaker conflict</option></select>\
         <span id=\"shown\"></span></form></header>\n<main>\n",
    );
    for (c, cells) in order.iter().zip(&rows) {
        let who = Who { speaker: &cells[speaker_col], kind: &cells[who_col] };
        card(&mut out, mentions, c, who, &cells[kind_col], texts);
    }
    out.push_str("</main>\n");
    out.push_str(SCRIPT);
    out.push_str("</body>\n</html>\n");
    w.write_all(out.as_bytes()).map_err(|source| Error::Io { path: "<output>".into(), source })?;
    Ok(())
}

/// The speaker a card names (its row's `speaker`, `speaker_kind`).
#[derive(Clone, Copy)]
struct Who<'a> {
    speaker: &'a str,
    kind: &'a str,
}

fn card(out: &mut String, mentions: &[Mention], c: &Cluster, who: Who, kind: &str, texts: &Texts) {
    let speaker = who.speaker;
    let rep = &mentions[c.representative];
    let mut flags = Vec::new();
    if c.wording_differs {
        flags.push("wording_differs");
    }
    if c.speaker_conflict {
        flags.push("speaker_conflict");
    }
    let _ = write!(
        out,
        "<article class=\"card\" id=\"q-{id}\" data-speaker=\"{sp}\" data-flags=\"{fl}\">\n\
         <h2 class=\"quote\">“{text}”</h2>\n<p class=\"meta\">",
        id = esc(&c.id),
        sp = if speaker.is_empty() { "-".to_owned() } else { esc(speaker) },
        fl = flags.join(" "),
        text = esc(rep.text.trim()),
    );
    if speaker.is_empty() {
        // An unnamed source is not the same as nobody found.
        let none = if who.kind == "anonymous" { "anonymous source" } else { "no speaker" };
        let _ = write!(out, "<span class=\"speaker none\">{none}</span>");
    } else {
        let _ = write!(out, "<span class=\"speaker\">{}</span>", esc(speaker));
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let _ = write!(
        out,
        " <span class=\"kind\">{kind}</span> <span class=\"outlets\">{}</span> \
         <span class=\"copies-n\">{}</span>",
        plural(c.documents, "outlet", "outlets"),
        plural(c.members.len() + c.held_by.len(), "copy", "copies"),
    );
    for f in &flags {
        let _ = write!(out, " <span class=\"flag {f}\">{}</span>", f.replace('_', " "));
    }
    out.push_str("</p>\n");
    if c.speaker_conflict {
        credits(out, mentions, c);
    }
    if c.wording_differs {
        wordings(out, mentions, c);
    }
    out.push_str("<ol class=\"copies\">\n");
    // The copies, and the longer passages holding the quotation whole, as
    // the spreadsheet's evidence lists them.
    let mut shown: Vec<usize> = c.members.iter().chain(&c.held_by).copied().collect();
    shown.sort_unstable();
    for &k in &shown {
        let m = &mentions[k];
        out.push_str("<li class=\"copy\"><div class=\"where\">");
        match link_target(&m.doc, m.meta().and_then(|x| x.url.as_deref())) {
            Some(href) => {
                let _ = write!(out, "<a class=\"doc\" href=\"{}\">{}</a>", esc(&href), esc(&m.doc));
            }
            None => {
                let _ = write!(out, "<span class=\"doc\">{}</span>", esc(&m.doc));
            }
        }
        let credited = esc(credited(m));
        let _ = write!(
            out,
            " credits <span class=\"credited\">{credited}</span> \
             <span class=\"why\">{} · {} · {:.2}</span></div>\n<blockquote class=\"sentence\">",
            m.kind.as_str(),
            m.rule.as_str(),
            m.confidence
        );
        in_sentence(out, m, texts.get(&*m.doc).map(String::as_str));
        out.push_str("</blockquote></li>\n");
    }
    out.push_str("</ol>\n</article>\n");
}

/// Who each outlet credits, for a quotation whose copies disagree.
fn credits(out: &mut String, mentions: &[Mention], c: &Cluster) {
    out.push_str("<ul class=\"credits\">");
    let mut seen = std::collections::HashSet::new();
    for &k in &c.members {
        let m = &mentions[k];
        let pair = (&*m.doc, credited(m));
        if seen.insert(pair) {
            let _ = write!(
                out,
                "<li><span class=\"doc\">{}</span> credits <b>{}</b></li>",
                esc(pair.0),
                esc(pair.1)
            );
        }
    }
    out.push_str("</ul>\n");
}

/// Whom a copy credits: its speaker, an unnamed source, or nobody.
fn credited(m: &Mention) -> &str {
    match (&m.speaker, m.speaker_kind) {
        (Some(name), _) => name,
        (None, crate::attribution::SpeakerKind::Anonymous) => "an unnamed source",
        (None, _) => "nobody",
    }
}

/// Each other wording as a word diff against the representative.
fn wordings(out: &mut String, mentions: &[Mention], c: &Cluster) {
    let rep = mentions[c.representative].text.trim();
    let mut seen = std::collections::HashSet::from([rep]);
    out.push_str("<ul class=\"wordings\">");
    for &k in &c.members {
        let text = mentions[k].text.trim();
        if !seen.insert(text) {
            continue;
        }
        let _ = write!(out, "<li><span class=\"doc\">{}</span>: ", esc(&mentions[k].doc));
        word_diff(out, rep, text);
        out.push_str("</li>");
    }
    out.push_str("</ul>\n");
}

/// Writes `to` as edits of `from`, word by word: removed words in `<del>`,
/// added ones in `<ins>` (longest common subsequence of words).
pub fn word_diff(out: &mut String, from: &str, to: &str) {
    let a: Vec<&str> = from.split_whitespace().collect();
    let b: Vec<&str> = to.split_whitespace().collect();
    let (n, m) = (a.len(), b.len());
    if n.saturating_mul(m) > MAX_DIFF_CELLS {
        let _ = write!(out, "<del>{}</del> <ins>{}</ins>", esc(from), esc(to));
        return;
    }
    // lcs[i][j]: common words of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i] == b[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut words: Vec<String> = Vec::new();
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            words.push(esc(a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            words.push(format!("<del>{}</del>", esc(a[i])));
            i += 1;
        } else {
            words.push(format!("<ins>{}</ins>", esc(b[j])));
            j += 1;
        }
    }
    out.push_str(&words.join(" "));
}

/// The copy in its sentence: the quotation in `<mark>`, the speaker's words
/// and the cue underlined. Without its document's text, the quotation alone.
fn in_sentence(out: &mut String, m: &Mention, text: Option<&str>) {
    let Some((text, s)) = text.and_then(|t| sentence(t, m).map(|s| (t, s))) else {
        let _ = write!(out, "<mark>{}</mark>", esc(m.text.trim()));
        return;
    };
    let clip = |x: Span| {
        let (start, end) = (x.start.max(s.start), x.end.min(s.end));
        (start < end).then_some((start, end))
    };
    // Marks, by priority where they overlap: the quotation, the cue, the
    // speaker's words.
    let marks: Vec<((usize, usize), &str, &str)> = [
        clip(m.span).map(|r| (r, "<mark>", "</mark>")),
        m.cue.as_ref().and_then(|c| clip(c.span)).map(|r| (r, "<u class=\"cue\">", "</u>")),
        speaker_words(text, m).and_then(clip).map(|r| (r, "<u class=\"who\">", "</u>")),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut cuts: Vec<usize> = vec![s.start, s.end];
    for ((a, b), _, _) in &marks {
        cuts.extend([*a, *b]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let piece = esc(&text[a..b]);
        match marks.iter().find(|((x, y), _, _)| *x <= a && b <= *y) {
            Some((_, open, close)) => {
                let _ = write!(out, "{open}{piece}{close}");
            }
            None => out.push_str(&piece),
        }
    }
}

/// `s` with every character that HTML gives a meaning escaped, for text and
/// attribute values alike.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>whosaid report</title>
<style>
body{font:16px/1.5 Georgia,"DejaVu Serif",serif;margin:0;background:#f4f1ea;color:#222}
header{background:#1f2a44;color:#fff;padding:1rem 2rem;position:sticky;top:0;z-index:1}
h1{margin:0 0 .5rem;font-size:1.4rem}
.counts{display:flex;gap:2rem;margin:0}
.counts div{display:flex;flex-direction:column-reverse}
.counts dt{font:12px sans-serif;text-transform:uppercase;opacity:.75}
.counts dd{margin:0;font-size:1.6rem;font-weight:bold}
.filters{display:flex;gap:.5rem;margin-top:.6rem;font:14px sans-serif;align-items:center}
.filters input{flex:1;max-width:24rem}
.filters input,.filters select{padding:.3rem;border-radius:4px;border:0}
main{max-width:60rem;margin:1rem auto;padding:0 1rem}
.card{background:#fff;border-radius:6px;box-shadow:0 1px 3px #0002;padding:1rem 1.4rem;margin:0 0 1rem}
.quote{font-size:1.2rem;margin:0 0 .3rem;font-weight:normal}
.meta{font:13px sans-serif;color:#555;margin:0 0 .5rem;display:flex;flex-wrap:wrap;gap:.6rem}
.speaker{font-weight:bold;color:#1f2a44}.speaker.none{color:#999;font-weight:normal}
.kind,.flag{border-radius:3px;padding:0 .4rem;background:#e8e4da}
.flag{background:#f6d7a7}.flag.speaker_conflict{background:#f3b0a8}
.copies{margin:.4rem 0 0;padding-left:1.2rem;font-size:.95rem}
.copy{margin:.5rem 0}
.where{font:12px sans-serif;color:#666}.where a{color:#2a5db0}
.credited{font-weight:bold;color:#333}
.sentence{margin:.2rem 0 0;padding-left:.8rem;border-left:3px solid #d9d3c4}
mark{background:#fff1a8;padding:0 .1rem}
u.cue{text-decoration:underline 2px #2a8a4a}
u.who{text-decoration:underline 2px #c0392b}
.credits,.wordings{font:13px sans-serif;background:#faf8f3;padding:.4rem .4rem .4rem 1.6rem;margin:.3rem 0}
del{background:#f8c9c4;text-decoration:line-through}ins{background:#c8ecd0;text-decoration:none}
.hidden{display:none}
</style>
</head>
<body>
"#;

const SCRIPT: &str = r#"<script>
(function () {
  var text = document.getElementById('f-text');
  var speaker = document.getElementById('f-speaker');
  var flag = document.getElementById('f-flag');
  var shown = document.getElementById('shown');
  var cards = document.querySelectorAll('.card');
  function apply() {
    var q = text.value.trim().toLowerCase(), s = speaker.value, f = flag.value, n = 0;
    for (var i = 0; i < cards.length; i++) {
      var c = cards[i];
      var ok = (!s || c.dataset.speaker === s) &&
        (!f || c.dataset.flags.split(' ').indexOf(f) >= 0) &&
        (!q || c.textContent.toLowerCase().indexOf(q) >= 0);
      c.classList.toggle('hidden', !ok);
      if (ok) n++;
    }
    shown.textContent = n + ' of ' + cards.length + ' shown';
  }
  // The filters live in the address (#q=…&speaker=…&flag=…): a filtered
  // view can be bookmarked or sent.
  function save() {
    var p = new URLSearchParams();
    if (text.value) p.set('q', text.value);
    if (speaker.value) p.set('speaker', speaker.value);
    if (flag.value) p.set('flag', flag.value);
    history.replaceState(null, '', '#' + p.toString());
    apply();
  }
  var start = new URLSearchParams(location.hash.slice(1));
  text.value = start.get('q') || '';
  speaker.value = start.get('speaker') || '';
  flag.value = start.get('flag') || '';
  text.addEventListener('input', save);
  speaker.addEventListener('change', save);
  flag.addEventListener('change', save);
  apply();
})();
</script>
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_removed_and_added_words() {
        let mut out = String::new();
        word_diff(&mut out, "we will open the pier", "we shall open the old pier");
        assert_eq!(out, "we <del>will</del> <ins>shall</ins> open the <ins>old</ins> pier");
        let mut out = String::new();
        word_diff(&mut out, "a <b>", "a <c>");
        assert_eq!(out, "a <del>&lt;b&gt;</del> <ins>&lt;c&gt;</ins>");
    }

    #[test]
    fn conflicts_say_who_each_outlet_credits_and_copies_stand_alone_without_text() {
        use crate::{Document, Extractor, cluster};
        let docs = [
            Document::new("a.txt", "“We will reopen the pier next spring,” said Ada Okafor."),
            Document::new("b.txt", "“We will reopen the pier next spring,” said Ines Moreau."),
        ];
        let ex = Extractor::new();
        let ms: Vec<Mention> = docs.iter().flat_map(|d| ex.extract(d)).collect();
        let cs = cluster(&ms);
        assert!(cs.len() == 1 && cs[0].speaker_conflict);
        let mut out = Vec::new();
        write_report(&mut out, &ms, &cs, &Texts::new(), Run { articles: 2 }).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.contains(
            "<li><span class=\"doc\">a.txt</span> credits <b>Ada Okafor</b></li>\
             <li><span class=\"doc\">b.txt</span> credits <b>Ines Moreau</b></li>"
        ));
        assert!(html.contains("<dd id=\"n-conflicts\">1</dd>"));
        // No text to quote the sentence from: the quotation alone, marked.
        let alone =
            "<blockquote class=\"sentence\"><mark>We will reopen the pier next spring,</mark>";
        assert_eq!(html.matches(alone).count(), 2);
    }

    #[test]
    fn escaping_covers_text_and_attributes() {
        assert_eq!(
            esc(r#"<a href="x" onclick='y'>&"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;"
        );
    }
}
