//! Writes one family of adversarial input (see `scripts/adversarial.sh`):
//! a single file, or a folder of many small files.
//!
//! `cargo run --release --example adversarial -- FAMILY MEGABYTES OUT`
//! (`OUT` is a file, or a folder for the `*_files` families); `list` prints
//! the families.

#[path = "../benches/support/adversarial.rs"]
mod adversarial;
#[path = "../benches/support/lcg.rs"]
mod lcg;

use adversarial::{FAMILIES, Input, generate};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("list") {
        FAMILIES.iter().for_each(|f| println!("{f}"));
        return;
    }
    let [family, mb, out] = &args[..] else {
        eprintln!("usage: adversarial FAMILY MEGABYTES OUT | adversarial list");
        std::process::exit(2);
    };
    let mb: f64 = mb.parse().expect("megabytes");
    let bytes = (mb * 1_000_000.0) as usize;
    match generate(family, bytes) {
        Some(Input::Text(t)) => std::fs::write(out, t).expect("write the input"),
        Some(Input::Files(files)) => {
            let out = std::path::Path::new(out);
            std::fs::create_dir_all(out).expect("output folder");
            for (i, t) in files.iter().enumerate() {
                std::fs::write(out.join(format!("{i:05}.txt")), t).expect("write a file");
            }
        }
        None => {
            eprintln!("no family {family}: `adversarial list` prints them");
            std::process::exit(2);
        }
    }
}
