#!/usr/bin/env python3
"""The Spark job in local[2] gives what one whosaid run gives.

    test_spark.py WHOSAID_BINARY CORPUS_DIR...

Packs the corpus folders, runs spark/whosaid_spark.py over them, runs
`whosaid extract` over the same folders, and compares: the same mentions
(doc, start, end, speaker), the same partition into quotations, the same
quote ids, the same spreadsheet.
"""

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def mentions(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def partition(ms):
    groups = {}
    for m in ms:
        groups.setdefault(m["quote_id"], set()).add((m["doc"], m["start"], m["end"]))
    return sorted(sorted(g) for g in groups.values())


def main():
    binary, folders = os.path.abspath(sys.argv[1]), sys.argv[2:]
    work = tempfile.mkdtemp(prefix="whosaid-spark-")
    # Removed however the test ends: nothing is left in the temp folder.
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    articles = os.path.join(work, "articles.jsonl")
    with open(articles, "wb") as f:
        subprocess.run([binary, "pack", *folders], stdout=f, check=True)
    out = os.path.join(work, "spark")
    subprocess.run(
        [sys.executable, os.path.join(HERE, "whosaid_spark.py"), articles, out,
         "--master", "local[2]", "--whosaid", binary],
        check=True,
    )
    single_jsonl = os.path.join(work, "single.jsonl")
    single_csv = os.path.join(work, "single.csv")
    subprocess.run([binary, "extract", *folders, "--format", "jsonl", "-o", single_jsonl, "-q"], check=True)
    subprocess.run([binary, "extract", *folders, "-o", single_csv, "-q"], check=True)

    spark, single = mentions(os.path.join(out, "mentions.jsonl")), mentions(single_jsonl)
    key = lambda m: (m["doc"], m["start"], m["end"], m["speaker"])
    ids = lambda ms: {(m["doc"], m["start"], m["end"]): m["quote_id"] for m in ms}
    with open(os.path.join(out, "quotes.csv"), "rb") as a, open(single_csv, "rb") as b:
        same_csv = a.read() == b.read()
    checks = [
        ("some mentions found", len(single) > 100),
        ("quotations repeat across documents", len(partition(single)) < len(single)),
        ("same mentions", sorted(map(key, spark)) == sorted(map(key, single))),
        ("same partition into quotations", partition(spark) == partition(single)),
        ("same quote ids", ids(spark) == ids(single)),
        ("same spreadsheet", same_csv),
    ]
    failed = [name for name, ok in checks if not ok]
    for name, ok in checks:
        print(f"spark test {name} ... {'ok' if ok else 'FAILED'}")
    print(f"spark: {len(checks) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
