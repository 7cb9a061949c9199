#!/usr/bin/env bash
# Adversarial inputs at 1 and 4 MB through the whole CLI (extract + dedup +
# CSV): MB/s at 4 MB and the 4 MB / 1 MB time ratio per family. Target: every
# family >= 5 MB/s at 4 MB, ratio <= 5 (linear is 4). The CPU seconds (user +
# sys, all threads) say what a loaded machine's wall time hides.
#   scripts/adversarial.sh [FAMILY...]
# WHOSAID=path runs another binary; TIMEOUT=seconds bounds each run (60);
# BIG=1 adds mixed_line at 16 MB; NOBUILD=1 skips the build. Each run is
# killed at the timeout, so the script never hangs.
set -euo pipefail
cd "$(dirname "$0")/.."
timeout_s=${TIMEOUT:-60}
[ -n "${NOBUILD:-}" ] || cargo build -q --release --example adversarial $([ -n "${WHOSAID:-}" ] || echo --bin whosaid)
bin=${WHOSAID:-target/release/whosaid}
gen=target/release/examples/adversarial
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
families=("$@")
[ ${#families[@]} -gt 0 ] || mapfile -t families < <("$gen" list)

# Wall seconds of one run, "timeout" when killed; peak RSS in kB on fd 3.
run() {
    local input=$1 t0 t1 rc=0
    t0=$(date +%s.%N)
    /usr/bin/time -f '%M %U %S' -o "$work/rss" timeout "$timeout_s" \
        "$bin" extract "$input" --quiet -o "$work/out.csv" >/dev/null 2>"$work/err" || rc=$?
    t1=$(date +%s.%N)
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo timeout; return; fi
    if [ "$rc" -gt 1 ]; then echo "failed($rc)"; return; fi
    echo "$t1 - $t0" | bc -l
}

printf '| family | 1 MB s | 4 MB s | MB/s at 4 MB | ratio 4/1 | CPU s at 4 MB | peak RSS at 4 MB | |\n'
printf '|---|---|---|---|---|---|---|---|\n'
sizes=(1 4)
for f in "${families[@]}"; do
    declare -A t=()
    rss=-; cpu=-
    for mb in "${sizes[@]}"; do
        in="$work/$f-$mb"
        "$gen" "$f" "$mb" "$in"
        bytes=$(du -sb --apparent-size "$in" | cut -f1)
        t[$mb]=$(run "$in")
        if [ "$mb" = 4 ] && [[ ${t[$mb]} =~ ^[0-9.]+$ ]]; then
            read -r kb user sys < <(tail -1 "$work/rss")
            rss="$((kb / 1000)) MB"
            cpu=$(printf '%.2f' "$(echo "$user + $sys" | bc -l)")
        fi
        rm -rf "$in"
        # A family that times out at 1 MB would only time out again.
        [[ ${t[$mb]} =~ ^[0-9.]+$ ]] || break
    done
    one=${t[1]}; four=${t[4]:-skipped}
    if [[ $one =~ ^[0-9.]+$ && $four =~ ^[0-9.]+$ ]]; then
        mbs=$(echo "$bytes / $four / 1000000" | bc -l)
        ratio=$(echo "$four / $one" | bc -l)
        ok=$(echo "$mbs >= 5 && $ratio <= 5" | bc -l)
        printf '| %s | %.2f | %.2f | %.1f | %.1f | %s | %s | %s |\n' "$f" "$one" "$four" "$mbs" "$ratio" "$cpu" "$rss" \
            "$([ "$ok" = 1 ] && echo met || echo MISSED)"
    else
        fmt() { [[ $1 =~ ^[0-9.]+$ ]] && printf '%.2f' "$1" || printf '%s' "$1"; }
        printf '| %s | %s | %s | - | - | - | - | MISSED |\n' "$f" "$(fmt "$one")" "$(fmt "$four")"
    fi
done
if [ "${BIG:-0}" = 1 ]; then
    "$gen" mixed_line 16 "$work/big"
    printf 'mixed_line at 16 MB: %s s\n' "$(run "$work/big")"
fi
