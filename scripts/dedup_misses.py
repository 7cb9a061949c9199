#!/usr/bin/env python3
"""Lists gold cross-document pairs the system did not merge, and wrong merges.
usage: dedup_misses.py SET SYSTEM.jsonl"""
import json, os, re, sys
set_, sysf = sys.argv[1], sys.argv[2]
root = f'../shared/corpus/{set_}'
gold = [json.loads(l) for l in open(f'../shared/corpus/gold/{set_}.jsonl')]
sysm = [json.loads(l) for l in open(sysf)]
def find(g):
    t = open(os.path.join(root, g['doc']), encoding='utf-8').read()
    idx = [m.start() for m in re.finditer(re.escape(g['text']), t)][g.get('nth', 0)]
    b = len(t[:idx].encode()); e = b + len(g['text'].encode())
    best = None
    for m in sysm:
        if os.path.basename(m['doc']) != g['doc']: continue
        inter = min(e, m['end']) - max(b, m['start'])
        if inter > 0.5 * (max(e, m['end']) - min(b, m['start'])): best = m
    return best
recs = []
for g in gold:
    c = g.get('cluster')
    if not c or g['kind'] == 'term': continue
    m = find(g)
    if m: recs.append((g, m, set(c) if isinstance(c, list) else {c}))
for i in range(len(recs)):
    for j in range(i + 1, len(recs)):
        (g1, m1, c1), (g2, m2, c2) = recs[i], recs[j]
        if g1['doc'] == g2['doc']: continue
        same_g = bool(c1 & c2); same_s = m1['quote_id'] == m2['quote_id']
        if same_g and not same_s:
            print('MISS', g1['doc'][:3], g2['doc'][:3], sorted(c1)[0], '|', m1['speaker'], '/', m2['speaker'], '|', g1['text'][:50], '||', g2['text'][:50])
        if same_s and not same_g:
            print('FALSE', g1['doc'][:3], g2['doc'][:3], c1, c2, g1['text'][:50], '||', g2['text'][:50])
