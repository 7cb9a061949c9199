#!/usr/bin/env bash
# Web pages end to end: body F1 and metadata fields of `whosaid pack` on
# ../shared/corpus/html (the article-extraction benchmark's measure), and
# extraction speed on one core. Targets: F1 >= 0.95, a title on >= 90% of
# pages, >= 50 pages a second with -j 1.
set -eu
cd "$(dirname "$0")/.."
corpus=../shared/corpus/html
cargo build -q --release
out=$(mktemp)
target/release/whosaid pack "$corpus/pages" >"$out"
python3 ../shared/eval/body_score.py --truth "$corpus/ground-truth.jsonl" --system "$out" \
  --fields title author date outlet url "$@"
rm -f "$out"
pages=$(ls "$corpus/pages" | wc -l)
start=$(date +%s.%N)
target/release/whosaid extract "$corpus/pages" -j 1 -q >/dev/null
end=$(date +%s.%N)
python3 -c "import sys; p, s = $pages, $end - $start; print(f'extract -j 1: {p} pages in {s:.2f} s, {p / s:.0f} pages/s')"
