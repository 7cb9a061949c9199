//! Live heap per stage of the CLI's run over one file (extract, sort,
//! cluster, CSV): bytes live after each stage, the peak during it, and the
//! bytes it allocated, and the wall time of each. Counts requested sizes
//! (through mimalloc, as the CLI, when built with the `cli` feature), so the
//! figures are the program's, not the allocator's (RSS is higher).
//! `RAYON_NUM_THREADS=1` for one core; `LARGE=1000000` lists every
//! allocation and free of a megabyte or more, with its address, as it
//! happens.
//!
//! `cargo run --release --example memory_phases -- FILE`

use std::alloc::{GlobalAlloc, Layout};
// The CLI's allocator where the CLI is built, so that the times match it.
#[cfg(feature = "cli")]
use mimalloc::MiMalloc as Inner;
#[cfg(not(feature = "cli"))]
use std::alloc::System as Inner;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
/// Counts live, peak and allocated bytes.
struct Count;
static CUR: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static TOTAL: AtomicUsize = AtomicUsize::new(0);
/// Allocations of at least this many bytes are listed (`LARGE=bytes`).
static LARGE: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Lists one large allocation or free on stderr without allocating.
fn large(what: &str, size: usize, p: *mut u8) {
    use std::io::Write;
    let mut line = [0u8; 128];
    let mut w = &mut line[..];
    let live = CUR.load(Relaxed);
    let _ = writeln!(
        w,
        "  {what} {:8.1} MB at {p:p}, live {:7.1} MB, RSS {:6.1} MB",
        size as f64 / 1e6,
        live as f64 / 1e6,
        rss_kb() as f64 / 1e3
    );
    let n = 128 - w.len();
    let _ = std::io::stderr().write_all(&line[..n]);
}
/// The resident set now in kB (Linux; 0 elsewhere), read without
/// allocating: it is called from inside the allocator.
fn rss_kb() -> u64 {
    use std::io::Read;
    let mut buf = [0u8; 4096];
    let Ok(mut f) = std::fs::File::open("/proc/self/statm") else { return 0 };
    let n = f.read(&mut buf).unwrap_or(0);
    // statm: size resident shared … in pages.
    let text = std::str::from_utf8(&buf[..n]).unwrap_or("");
    let pages: u64 = text.split(' ').nth(1).and_then(|r| r.parse().ok()).unwrap_or(0);
    pages * 4
}
unsafe impl GlobalAlloc for Count {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let c = CUR.fetch_add(l.size(), Relaxed) + l.size();
        TOTAL.fetch_add(l.size(), Relaxed);
        PEAK.fetch_max(c, Relaxed);
        let p = unsafe { Inner.alloc(l) };
        if l.size() >= LARGE.load(Relaxed) {
            large("alloc", l.size(), p);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        CUR.fetch_sub(l.size(), Relaxed);
        if l.size() >= LARGE.load(Relaxed) {
            large("free ", l.size(), p);
        }
        unsafe { Inner.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let c = CUR.fetch_add(new, Relaxed) + new;
        PEAK.fetch_max(c, Relaxed);
        CUR.fetch_sub(l.size(), Relaxed);
        TOTAL.fetch_add(new, Relaxed);
        let q = unsafe { Inner.realloc(p, l, new) };
        if l.size().max(new) >= LARGE.load(Relaxed) {
            large("free ", l.size(), p);
            large("alloc", new, q);
        }
        q
    }
}
#[global_allocator]
static A: Count = Count;
static LAST: std::sync::Mutex<Option<std::time::Instant>> = std::sync::Mutex::new(None);
/// Prints the counts and the wall time since the last call and starts the
/// next stage.
fn mark(what: &str) {
    let mb = |x: usize| x as f64 / 1e6;
    let now = std::time::Instant::now();
    let ms = LAST.lock().unwrap().replace(now).map_or(0.0, |t| (now - t).as_secs_f64() * 1e3);
    // The process's peak RSS so far, where the OS tells it (Linux).
    let hwm = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(String::new(), |kb| format!(", peak RSS {:6.1} MB", kb / 1e3));
    eprintln!(
        "{what:>10}: live {:7.1} MB, peak since last {:7.1} MB, allocated since last {:7.1} MB, {ms:6.1} ms{hwm}",
        mb(CUR.load(Relaxed)),
        mb(PEAK.load(Relaxed)),
        mb(TOTAL.load(Relaxed))
    );
    PEAK.store(CUR.load(Relaxed), Relaxed);
    TOTAL.store(0, Relaxed);
}
fn main() {
    let Some(path) = std::env::args().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: memory_phases FILE");
        std::process::exit(2);
    };
    if let Some(n) = std::env::var("LARGE").ok().and_then(|n| n.parse().ok()) {
        LARGE.store(n, Relaxed);
    }
    let ex = whosaid::Extractor::builder().exact_ids(false).build();
    mark("start");
    let mut ms = match ex.extract_files(&[path]).pop().map(|o| o.result) {
        Some(Ok(ms)) => ms,
        Some(Err(e)) => {
            eprintln!("memory_phases: {e}");
            std::process::exit(1);
        }
        None => unreachable!("one outcome per file"),
    };
    mark("extract");
    whosaid::sort_canonical(&mut ms);
    mark("sort");
    let cs = whosaid::Clusters::of(&ms);
    mark("cluster");
    if let Err(e) =
        whosaid::output::spreadsheet::write_clusters(std::io::sink(), &ms, &cs, Default::default())
    {
        eprintln!("memory_phases: {e}");
    }
    mark("csv");
    eprintln!("{} mentions {} clusters", ms.len(), cs.len());
}
