#!/usr/bin/env bash
# Runs the referee on the seeds and the dev set: scripts/score.sh [--show]
set -eu
cd "$(dirname "$0")/.."
shared=../shared
cargo build -q --release
for set in seeds dev; do
  out=$(mktemp)
  target/release/whosaid extract "$shared/corpus/$set" --format jsonl >"$out"
  echo "== $set"
  python3 "$shared/eval/score.py" --docs "$shared/corpus/$set" --gold "$shared/corpus/gold/$set.jsonl" \
    --system "$out" --json "$@" | python3 -c "import json,sys; r=json.loads(sys.stdin.readline()); print(' detection', r['detection'], '\n attribution', r['attribution'], '\n dedup', r['dedup_pairs'])"
  rm -f "$out"
done
