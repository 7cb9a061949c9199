#!/usr/bin/env python3
"""Shows each wrong or missed attribution with its paragraph and the system's evidence.
usage: explain.py SET (seeds|dev) SYSTEM.jsonl"""
import json, sys, os, re
set_, sysf = sys.argv[1], sys.argv[2]
root = f'../shared/corpus/{set_}'
gold = [json.loads(l) for l in open(f'../shared/corpus/gold/{set_}.jsonl')]
sysm = [json.loads(l) for l in open(sysf)]
by = {}
for m in sysm:
    by.setdefault(os.path.basename(m['doc']), []).append(m)
for g in gold:
    if g['kind'] not in ('direct', 'partial', 'block') or g.get('optional'):
        continue
    t = open(os.path.join(root, g['doc']), encoding='utf-8').read()
    idx = [m.start() for m in re.finditer(re.escape(g['text']), t)][g.get('nth', 0)]
    b = len(t[:idx].encode())
    ms = [m for m in by.get(g['doc'], []) if m['start'] <= b + 3 and m['end'] >= b + len(g['text'].encode()) - 3]
    m = ms[0] if ms else None
    sp = (m or {}).get('speaker') or ''
    ok = m and ((g['speaker'] == 'ANON' and m['speaker_kind'] == 'anonymous') or (sp and sp.split()[-1].lower() == (g['speaker'] or '').split()[-1].lower()))
    if ok:
        continue
    ps = t.rfind('\n', 0, idx) + 1
    pe = t.find('\n', idx)
    prev = t.rfind('\n', 0, max(ps - 2, 0)) + 1
    print('=' * 80)
    print(g['doc'][:3], 'GOLD', g['speaker'], '| SYS', m and (m['speaker'], m['speaker_kind'], m['rule'], m['cue'], m['speaker_text']))
    print('   prev:', t[prev:ps].strip()[-200:])
    print('   para:', t[ps:pe if pe > 0 else None][:600])
