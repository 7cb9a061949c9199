#!/usr/bin/env bash
# The whole CLI (extract + dedup + CSV) against `wc -w` over the same files,
# timed in the same run: scripts/bench_cli.sh [MEGABYTES=50] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
runs=${2:-3}
corpus=${CORPUS:-/tmp/whosaid-bench-$mb}
cargo build -q --release --bin whosaid --example gen_corpus
[ -d "$corpus" ] || target/release/examples/gen_corpus "$corpus" "$mb"
files=$(mktemp)
find "$corpus" -name '*.txt' | sort >"$files"
bytes=$(xargs cat <"$files" | wc -c)
best() { # best wall time of $runs runs of "$@", in seconds
  local best=999999 t0 t1 t
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N)
    t=$(echo "$t1 - $t0" | bc -l)
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  echo "$best"
}
wc_t=$(best xargs -a "$files" wc -w)
ws_t=$(best target/release/whosaid extract "$corpus" --quiet -o /tmp/whosaid-bench.csv)
peak=$( { /usr/bin/time -v target/release/whosaid extract "$corpus" --quiet -o /tmp/whosaid-bench.csv; } 2>&1 | awk -F: '/Maximum resident/ {print $2}')
rows=$(($(wc -l </tmp/whosaid-bench.csv) - 1))
printf 'corpus %s MB (%s bytes), %s files\n' "$mb" "$bytes" "$(wc -l <"$files")"
printf 'wc -w      %6.2f s  %7.1f MB/s\n' "$wc_t" "$(echo "$bytes / $wc_t / 1000000" | bc -l)"
printf 'whosaid    %6.2f s  %7.1f MB/s  (%s CSV rows, peak RSS %s kB)\n' "$ws_t" "$(echo "$bytes / $ws_t / 1000000" | bc -l)" "$rows" "$peak"
printf 'ratio (wc time / whosaid time): %.2f\n' "$(echo "$wc_t / $ws_t" | bc -l)"
rm -f "$files"
