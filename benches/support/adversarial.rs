//! Adversarial inputs: each family is text that once made a stage
//! super-linear. Shared through `#[path]` by `examples/adversarial.rs` (the
//! inputs of `scripts/adversarial.sh`), the property tests and the fuzz
//! target. Every name and quotation here is invented.

#![allow(dead_code)]

use super::lcg::Lcg;

/// The families, in the order the script reports them.
pub const FAMILIES: &[&str] = &[
    "prose",
    "said_quotes",
    "fine_said",
    "names_then_he",
    "said_told_added",
    "cue_paragraph_colon",
    "low_single",
    "title_run",
    "gazetteer_run",
    "quote_a",
    "empty_pairs",
    "short_paragraphs",
    "nested_marks",
    "alternating_marks",
    "apostrophes",
    "long_words",
    "mixed_line",
    "block_after_cue",
    "name_forms",
    "acronym_bodies",
    "repeated_files",
    "reworded_files",
];

/// Pieces of text that long paragraphs are built from: every kind of mark,
/// cues, pronouns, names, titles and apostrophes.
pub const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "“”",
    "“a”",
    "‚a ",
    " ",
    ", ",
    ". ",
    ": ",
    "said",
    " said ",
    "said:",
    " told ",
    " added ",
    "according to ",
    " he said. ",
    " she said and then ",
    "“It is fine,” he said and then ",
    "Ines Moreau ",
    "Tomas Okafor ",
    "President Minister Senator ",
    "Mr. ",
    "the workers' ",
    "it's ",
    "rock 'n' roll ",
    "'90s ",
    "a source familiar with the talks ",
    "the harbour would reopen ",
    "(",
    ")",
    "Ann Lee (",
    "(JDM) ",
    " who ",
    "Bank of ",
    "Ray ‘Smokey’ Dunmore ",
    "the Briton ",
    "Born ",
    "—",
    "é",
    "字",
    "\t",
];

const WORDS: &[&str] = &[
    "the",
    "council",
    "met",
    "again",
    "on",
    "harbour",
    "bridge",
    "would",
    "reopen",
    "after",
    "winter",
    "and",
    "a",
    "plan",
    "for",
    "river",
    "town",
    "budget",
    "was",
    "not",
    "yet",
    "clear",
    "to",
    "residents",
    "who",
    "of",
    "in",
    "with",
    "ferry",
    "market",
    "school",
    "roads",
];

const NAMES: &[&str] = &[
    "Ines Moreau",
    "Tomas Okafor",
    "Ada Lindqvist",
    "Rui Castellan",
    "Mira Havel",
    "Oskar Breda",
    "Lena Voss",
    "Pavel Duarte",
];

const TITLES: &[&str] = &["President", "Minister", "Senator", "Governor", "Mayor", "Judge"];

/// A generated input: one text, or many small files.
pub enum Input {
    /// One file.
    Text(String),
    /// Many files, each a short article.
    Files(Vec<String>),
}

fn sentence(rng: &mut Lcg, out: &mut String) {
    let n = 6 + rng.below(14);
    for i in 0..n {
        let w = WORDS[rng.below(WORDS.len())];
        if i == 0 {
            let mut c = w.chars();
            out.extend(c.next().map(|f| f.to_ascii_uppercase()));
            out.push_str(c.as_str());
        } else {
            out.push(' ');
            out.push_str(w);
        }
    }
}

/// Repeats `unit` until `out` holds `bytes`.
fn fill(bytes: usize, mut unit: impl FnMut(&mut String)) -> String {
    let mut out = String::with_capacity(bytes + 1024);
    while out.len() < bytes {
        unit(&mut out);
    }
    out
}

/// The gazetteer's own names (first column of data/gazetteer.tsv).
fn gazetteer_names() -> Vec<&'static str> {
    include_str!("../../data/gazetteer.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .filter(|n| !n.is_empty())
        .collect()
}

/// A long single paragraph of random pieces: what the property tests and
/// the fuzz target feed in.
pub fn soup_paragraph(rng: &mut Lcg, bytes: usize) -> String {
    fill(bytes, |o| {
        let p = PIECES[rng.below(PIECES.len())];
        // Runs of one piece are what made scans quadratic.
        let times = if rng.below(4) == 0 { 1 + rng.below(64) } else { 1 };
        for _ in 0..times {
            o.push_str(p);
        }
        if rng.below(3) == 0 {
            o.push(' ');
            o.push_str(WORDS[rng.below(WORDS.len())]);
            o.push(' ');
        }
    })
}

/// Family `name` at about `bytes` bytes.
pub fn generate(name: &str, bytes: usize) -> Option<Input> {
    let mut rng = Lcg(bytes as u64 ^ 0x5eed);
    let rng = &mut rng;
    let text = match name {
        "prose" => fill(bytes, |o| {
            sentence(rng, o);
            o.push_str(". ");
        }),
        "said_quotes" => fill(bytes, |o| {
            sentence(rng, o);
            o.push_str(". “");
            sentence(rng, o);
            let who = match rng.below(3) {
                0 => "he",
                1 => "she",
                _ => NAMES[rng.below(NAMES.len())],
            };
            o.push_str(",” ");
            o.push_str(who);
            o.push_str(" said. ");
        }),
        "fine_said" => fill(bytes, |o| o.push_str("“It is fine,” he said and then ")),
        "names_then_he" => {
            let mut t = fill(bytes / 2, |o| {
                o.push_str(NAMES[rng.below(NAMES.len())]);
                o.push_str(" met ");
            });
            t.push_str("everyone.\n");
            t + &fill(bytes / 2, |o| {
                o.push('“');
                sentence(rng, o);
                o.push_str(",” he said. ");
            })
        }
        // Bodies with initials of their own, each used alone after it ("The
        // Kordan Lelmont Authority met. The KLA said"): many acronyms a text.
        "acronym_bodies" => fill(bytes, |o| {
            const WORDS: [&str; 8] =
                ["Kordan", "Lelmont", "Marvey", "Dastel", "Brevin", "Torlun", "Pashik", "Quorra"];
            let picked: Vec<&str> = (0..3).map(|_| WORDS[rng.below(WORDS.len())]).collect();
            let initials: String = picked.iter().map(|w| &w[..1]).collect();
            o.push_str("The ");
            o.push_str(&picked.join(" "));
            o.push_str(" Authority met. The ");
            o.push_str(&initials);
            o.push_str("A said “it is fine”.\n\n");
        }),
        // One paragraph of the name forms this round reads: nicknames,
        // acronyms, "of" bodies, nationals, relative clauses, datelines.
        "name_forms" => {
            let mut t = String::from("HALDEN PORT, May 4 (Baltica Wire) - ");
            t += &fill(bytes, |o| {
                let n = NAMES[rng.below(NAMES.len())];
                let (first, last) = n.split_once(' ').unwrap_or((n, n));
                match rng.below(6) {
                    0 => o.push_str(&format!("{first} ‘Ace’ {last} ( ")),
                    1 => o.push_str(&format!("the Bank of {last} of {first} (BL) ")),
                    2 => o.push_str(&format!("said the Briton, who met {n} ")),
                    3 => o.push_str(&format!("“It was close,” {first} “Ace” {last} said, ")),
                    4 => o.push_str(&format!("Born {n}, {last} said “we won” ")),
                    _ => o.push_str(&format!("{last} (ABC - the {first} ")),
                }
            });
            t
        }
        "said_told_added" => fill(bytes, |o| {
            for _ in 0..95 {
                o.push_str("said told added ");
            }
            o.push_str("“We will see,” she said. ");
        }),
        "cue_paragraph_colon" => {
            let mut t = fill(bytes, |o| {
                o.push_str(WORDS[rng.below(WORDS.len())]);
                o.push_str(" said and the mayor told and he added ");
            });
            t.push_str("he said:\n“We will rebuild the harbour.”\n");
            t
        }
        "low_single" => fill(bytes, |o| o.push_str("‚a ")),
        "title_run" => {
            let mut t = fill(bytes, |o| {
                o.push_str(TITLES[rng.below(TITLES.len())]);
                o.push(' ');
            });
            t.push_str("Moreau said. “We go on.”\n");
            t
        }
        "gazetteer_run" => {
            let names = gazetteer_names();
            let mut t = fill(bytes, |o| {
                o.push_str(names[rng.below(names.len())]);
                o.push(' ');
            });
            t.push_str("said. “We go on.”\n");
            t
        }
        "quote_a" => fill(bytes, |o| o.push_str("“a”")),
        "empty_pairs" => fill(bytes, |o| o.push_str("“”")),
        "short_paragraphs" => fill(bytes, |o| {
            if rng.below(2) == 0 {
                o.push_str("“Yes,” he said.\n");
            } else {
                o.push_str("The end.\n");
            }
        }),
        "nested_marks" => {
            let n = bytes / 24;
            format!("{}core{}", "“‘«„".repeat(n), "”’»“".repeat(n))
        }
        "alternating_marks" => fill(bytes, |o| {
            o.push_str("“a ‘b” c’ «d ‹e» f› „g ‚h“ i‘ \"j 'k\" l' ");
        }),
        "apostrophes" => fill(bytes, |o| {
            o.push_str("it's the workers' rock 'n' roll of the '90s, don't ’tis ");
        }),
        "long_words" => fill(bytes, |o| {
            let n = 20_000 + rng.below(20_000);
            o.push_str(&"Q".repeat(n));
            o.push_str(" “");
            o.push_str(&"y".repeat(n));
            o.push_str(",” said ");
            o.push_str(&"Zed".repeat(n / 3));
            o.push_str(". ");
        }),
        "mixed_line" => soup_paragraph(rng, bytes).replace('\n', " "),
        "block_after_cue" => fill(bytes, |o| {
            o.push_str(NAMES[rng.below(NAMES.len())]);
            o.push_str(" posted a reply, saying:\n");
            for _ in 0..(1 + rng.below(30)) {
                sentence(rng, o);
                o.push_str(".\n");
            }
        }),
        "repeated_files" => {
            let quote = "“We will rebuild the harbour before the winter storms,” said Ines Moreau.";
            let files = (bytes / 400).max(1);
            return Some(Input::Files(
                (0..files)
                    .map(|_| {
                        let mut t = String::new();
                        sentence(rng, &mut t);
                        t.push_str(".\n");
                        t.push_str(quote);
                        t.push('\n');
                        while t.len() < 400 {
                            sentence(rng, &mut t);
                            t.push_str(". ");
                        }
                        t + "\n"
                    })
                    .collect(),
            ));
        }
        "reworded_files" => {
            let base: Vec<&str> = "we will rebuild the harbour before the winter storms and the \
                                   ferry will run again to every town on the river by spring"
                .split(' ')
                .collect();
            let files = (bytes / 400).max(1);
            return Some(Input::Files(
                (0..files)
                    .map(|_| {
                        let mut t = String::new();
                        sentence(rng, &mut t);
                        t.push_str(".\n“");
                        let mut first = true;
                        for w in &base {
                            // Words dropped, swapped or kept: each copy reworded.
                            let w = match rng.below(10) {
                                0 => continue,
                                1 => WORDS[rng.below(WORDS.len())],
                                _ => w,
                            };
                            if !first {
                                t.push(' ');
                            }
                            first = false;
                            t.push_str(w);
                        }
                        t.push_str(",” ");
                        t.push_str(NAMES[rng.below(NAMES.len())]);
                        t.push_str(" said.\n");
                        while t.len() < 400 {
                            sentence(rng, &mut t);
                            t.push_str(". ");
                        }
                        t + "\n"
                    })
                    .collect(),
            ));
        }
        _ => return None,
    };
    Some(Input::Text(text))
}
