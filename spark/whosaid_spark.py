#!/usr/bin/env python3
"""Run whosaid on Apache Spark, with the answers of one run on one machine.

    whosaid_spark.py INPUT.jsonl OUTPUT_DIR [--master local[2]]

INPUT.jsonl holds one article per line ({"id": ..., "text": ...}; `whosaid
pack` writes it). OUTPUT_DIR gets mentions.jsonl (one line per mention, with
its quote_id) and quotes.csv (the spreadsheet).

Spark moves data; the whosaid binary makes every decision:
1. map: `whosaid extract --input jsonl - --format keyed` on each partition
   gives each mention with the keys dedup groups it under;
2. shuffle: mentions grouped by key; `whosaid shard candidates` turns each
   group into candidate pairs (or documents that share a text, or a key
   that the whole run passes over); `whosaid shard verify` keeps the pairs
   some dedup stage could join;
3. the verified pairs join documents (union-find on the driver: they are
   few); connected documents form sets that share no quotation;
4. reduce: each partition holds whole sets; `whosaid cluster` clusters it,
   told the keys passed over, exactly as one run over everything would;
5. `whosaid sheet` writes mentions.jsonl and quotes.csv from the clustered
   mentions, on the driver.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def default_binary():
    """target/release/whosaid beside this script, else whosaid on PATH."""
    built = os.path.join(HERE, "..", "target", "release", "whosaid")
    if os.path.exists(built):
        return os.path.abspath(built)
    return shutil.which("whosaid") or "whosaid"


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="articles as JSONL, one per line")
    ap.add_argument("output_dir", help="where mentions.jsonl and quotes.csv go")
    ap.add_argument("--master", help="Spark master, e.g. local[2] (spark-submit sets it)")
    ap.add_argument(
        "--whosaid",
        default=None,
        help="the binary as the executors run it (default: target/release/whosaid "
        "or whosaid on PATH; on a cluster, the path it was shipped to)",
    )
    ap.add_argument(
        "--driver-whosaid",
        default=None,
        help="the binary as the driver runs it (default: --whosaid)",
    )
    ap.add_argument("--partitions", type=int, default=None, help="default: Spark's parallelism")
    return ap.parse_args(argv)


def union_find(edges):
    """Each document's set: the smallest document id joined to it."""
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {d: find(d) for d in list(parent)}


def key_entries(m):
    """(key, member) for every key a mention is found under or looks up."""
    for key, limit in m["keys"]:
        yield key, (m["text_key"], m["doc"], True, limit)
    for key in m["probes"]:
        yield key, (m["text_key"], m["doc"], False, 0)


def group_line(kv):
    """One key's members as `whosaid shard candidates` reads them. A group
    of probes alone holds nothing to join (see whosaid::shards::Keys)."""
    key, members = kv
    members = sorted(set(members))
    if not any(link for _, _, link, _ in members):
        return []
    line = {
        "key": key,
        "limit": max(limit for _, _, _, limit in members),
        "members": [{"text_key": t, "doc": d, "link": link} for t, d, link, _ in members],
    }
    return [json.dumps(line)]


def run(args):
    from pyspark import SparkConf, SparkContext, StorageLevel

    binary = args.whosaid or default_binary()
    driver_binary = args.driver_whosaid or args.whosaid or default_binary()
    conf = SparkConf().setAppName("whosaid")
    if args.master:
        conf.setMaster(args.master)
    # Spark's progress bar only where someone watches it.
    conf.set("spark.ui.showConsoleProgress", str(sys.stderr.isatty()).lower())
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("ERROR")
    try:
        parts = args.partitions or sc.defaultParallelism
        articles = sc.textFile(args.input, minPartitions=parts)

        # 1. map: mentions with their keys.
        keyed = (
            articles.pipe(f"{binary} extract --input jsonl - --format keyed --quiet")
            .map(json.loads)
            .persist(StorageLevel.MEMORY_AND_DISK)
        )

        # 2. shuffle: key groups -> candidates -> verified document pairs.
        candidates = (
            keyed.flatMap(key_entries)
            .groupByKey()
            .flatMap(group_line)
            .pipe(f"{binary} shard candidates")
            .map(json.loads)
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        passed_over = sorted(
            c["pass_over"] for c in candidates.filter(lambda c: "pass_over" in c).collect()
        )
        same = candidates.filter(lambda c: "same" in c).flatMap(
            lambda c: [(c["same"][0], d) for d in c["same"][1:]]
        )
        pairs = (
            candidates.filter(lambda c: "pair" in c)
            .map(lambda c: ((c["pair"]["a"], c["pair"]["b"]), (c["pair"]["doc_a"], c["pair"]["doc_b"])))
            .reduceByKey(min)
        )
        texts = keyed.map(lambda m: (m["text_key"], m["text"])).reduceByKey(min)
        # (a, ((b, docs), a_text)) -> (b, ((a_text, docs), b_text))
        with_a = pairs.map(lambda kv: (kv[0][0], (kv[0][1], kv[1]))).join(texts)
        with_b = with_a.map(lambda kv: (kv[1][0][0], (kv[1][1], kv[1][0][1]))).join(texts)
        verified = (
            with_b.map(
                lambda kv: json.dumps(
                    {
                        "a_text": kv[1][0][0],
                        "b_text": kv[1][1],
                        "doc_a": kv[1][0][1][0],
                        "doc_b": kv[1][0][1][1],
                    }
                )
            )
            .pipe(f"{binary} shard verify")
            .map(lambda line: tuple(json.loads(line)))
        )

        # 3. sets of documents, on the driver.
        set_of = union_find(same.union(verified).distinct().collect())

        # 4. reduce: whole sets per partition, clustered by whosaid.
        set_bc = sc.broadcast(set_of)
        passed_bc = sc.broadcast(passed_over)

        def shard_input(rows):
            for key in passed_bc.value:
                yield json.dumps({"pass_over": key})
            for _, m in rows:
                yield json.dumps(m)

        clustered = (
            keyed.map(lambda m: (set_bc.value.get(m["doc"], m["doc"]), m))
            .partitionBy(parts)
            .mapPartitions(shard_input)
            .pipe(f"{binary} cluster - --format jsonl --quiet")
        )

        # 5. the outputs, written by whosaid from the clustered mentions.
        os.makedirs(args.output_dir, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", dir=args.output_dir, suffix=".jsonl", delete=False, encoding="utf-8"
        ) as tmp:
            for line in clustered.toLocalIterator():
                tmp.write(line + "\n")
        try:
            for name, fmt in (("mentions.jsonl", "jsonl"), ("quotes.csv", "csv")):
                out = os.path.join(args.output_dir, name)
                subprocess.run(
                    [driver_binary, "sheet", tmp.name, "--format", fmt, "-o", out, "--quiet"],
                    check=True,
                )
        finally:
            os.unlink(tmp.name)
        sets = len(set(set_of.values()))
        print(
            f"whosaid_spark: {len(set_of)} linked documents in {sets} sets, "
            f"{len(passed_over)} keys passed over",
            file=sys.stderr,
        )
    finally:
        sc.stop()


if __name__ == "__main__":
    run(parse_args(sys.argv[1:]))
