#!/usr/bin/env bash
# Renders the HTML report of data/samples in headless Chromium (installed
# from Debian's packages when missing) and checks that the picture is not
# blank: a page that failed to render is one colour, or nearly. Then runs
# its filters from the address (#speaker=…, #flag=…) and checks the cards
# the page's script shows against the cards in the file.
#
#   scripts/browser_check.sh [BINARY] [PNG]
#
# BINARY defaults to target/release/whosaid, PNG to target/report.png
# (docs/report.png is the README's copy).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/whosaid}"
png="${2:-target/report.png}"

if ! command -v chromium >/dev/null 2>&1; then
    apt-get update && apt-get install -y chromium
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" extract data/samples -o "$work/report.html" --quiet
mkdir -p "$(dirname "$png")"
rm -f "$png"
# No network, no profile, no background services: the page must stand alone.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars \
    --window-size=1100,1500 --screenshot="$png" \
    "file://$work/report.html" 2>"$work/chromium.log" || {
    cat "$work/chromium.log" >&2
    exit 1
}

python3 - "$png" <<'PY'
import struct, sys, zlib

path = sys.argv[1]
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    (n,) = struct.unpack(">I", data[pos:pos + 4])
    kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and ctype in (2, 6), f"unexpected PNG type {depth}/{ctype}"
        bpp = 3 if ctype == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
stride = width * bpp
prev = bytearray(stride)
colours, row_colours = set(), 0
for y in range(height):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 4 == 0:
        before = len(colours)
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp * 2))
    prev = line
print(f"browser check: {path}: {width}x{height}, {len(data)} bytes, {len(colours)} distinct colours")
if len(colours) < 50:
    sys.exit("browser check: the report rendered (nearly) blank")
PY

# The filters: the page's script must show exactly the cards that match.
for filter in "speaker=Ines%20Moreau" "flag=wording_differs" "speaker=Ines%20Moreau&q=boats"; do
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$work/profile" --dump-dom \
        "file://$work/report.html#$filter" 2>>"$work/chromium.log" >"$work/dom.html"
    python3 - "$work/report.html" "$work/dom.html" "$filter" <<'PY'
import html, re, sys, urllib.parse

page, dom, query = open(sys.argv[1]).read(), open(sys.argv[2]).read(), sys.argv[3]
want = dict(urllib.parse.parse_qsl(query))
cards = re.findall(r'<article class="card"[^>]*data-speaker="([^"]*)" data-flags="([^"]*)">(.*?)</article>', page, re.S)
def shown(speaker, flags, body):
    text = html.unescape(re.sub(r"<[^>]+>", "", body)).lower()
    return (want.get("speaker", html.unescape(speaker)) == html.unescape(speaker)
            and (not want.get("flag") or want["flag"] in flags.split())
            and want.get("q", "").lower() in text)
expected = sum(shown(*c) for c in cards)
m = re.search(r'id="shown">(\d+) of (\d+) shown<', dom)
got = m and (int(m.group(1)), int(m.group(2)))
print(f"browser check: #{query}: the page shows {got[0] if got else None} of {len(cards)} cards, {expected} match")
if got != (expected, len(cards)) or expected == 0:
    sys.exit("browser check: the report's filters are wrong")
PY
done

# Where LibreOffice is installed: it opens the workbook, and its Quotations
# sheet, saved as CSV, is whosaid's CSV (booleans in its own case).
if command -v soffice >/dev/null 2>&1; then
    "$bin" extract data/samples -o "$work/quotes.xlsx" --quiet
    "$bin" extract data/samples -o "$work/quotes.csv" --quiet
    (cd "$work" && timeout 300 soffice --headless --norestore \
        "-env:UserInstallation=file://$work/lo-profile" \
        --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
        --outdir "$work/lo" quotes.xlsx >/dev/null 2>&1)
    python3 - "$work/quotes.csv" "$work/lo/quotes-Quotations.csv" <<'PY'
import csv, sys

ours, theirs = (list(csv.reader(open(p, encoding="utf-8"))) for p in sys.argv[1:3])
same = lambda a, b: a == b or a == "'" + b or a.upper() == b in ("TRUE", "FALSE")
bad = [(r, c, a, b) for r, (ra, rb) in enumerate(zip(ours, theirs))
       for c, (a, b) in enumerate(zip(ra, rb)) if not same(a, b)]
shape = len(ours) == len(theirs) and all(len(a) == len(b) for a, b in zip(ours, theirs))
print(f"browser check: LibreOffice reads the workbook: {len(theirs) - 1} quotations, "
      f"{sum(map(len, theirs))} cells, {len(bad)} differ from the CSV")
if bad or not shape:
    sys.exit(f"browser check: the workbook differs from the CSV: {bad[:5]}")
PY
else
    echo "browser check: LibreOffice not installed: the workbook is checked by tests/cli.rs only"
fi
