#!/usr/bin/env python3
"""Checks the English-Danish glossary that English questions are searched with.

    bin/check-glossary.py [path/to/english-danish.tsv]

Every non-comment line is english<TAB>danish…: at least two tab-separated columns, a lower-case English key
met only once, no empty output, no Danish stop word standing alone as an output (it would be dropped at
query time), and the file is UTF-8. Exits 1 and lists the problems when there are any.
"""
import re
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / \
    'knowledge/src/main/resources/dk/hrassistenten/knowledge/analysis/english-danish.tsv'

# Lucene's Danish stop words (DanishAnalyzer): documents and questions drop them, so as an output they find nothing.
DANISH_STOP_WORDS = set('''og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om
vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne
ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt
meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan'''.split())
# Deliberate: an English question word whose Danish equivalent is a stop word, so that the word is not searched.
NEUTRALISED = {'where'}
WORD = re.compile(r'[^\W_]+')


def check(path):
    problems = []
    raw = path.read_bytes()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        return [f'not UTF-8: {e}'], 0
    if text.startswith('\ufeff'):
        problems.append('starts with a byte order mark')
    seen = {}
    entries = 0
    for n, line in enumerate(text.split('\n'), 1):
        if not line.strip() or line.startswith('#'):
            continue
        entries += 1
        where = f'line {n}'
        if line != line.rstrip() or line != line.lstrip():
            problems.append(f'{where}: leading or trailing white space')
        cols = line.split('\t')
        if len(cols) < 2:
            problems.append(f'{where}: fewer than two tab-separated columns: {line!r}')
            continue
        key = cols[0]
        if not key.strip():
            problems.append(f'{where}: empty English key')
        if key != key.lower():
            problems.append(f'{where}: English key not lower-case: {key!r}')
        if key != key.strip() or '  ' in key:
            problems.append(f'{where}: stray spaces in the key {key!r}')
        if key in seen:
            problems.append(f'{where}: duplicate key {key!r} (first on line {seen[key]}): merge them')
        else:
            seen[key] = n
        outputs = cols[1].split(' ') if len(cols) == 2 else cols[1:]
        for output in outputs:
            if not output.strip() or output != output.strip() or '  ' in output:
                problems.append(f'{where}: empty output or stray spaces in {key!r}: {cols[1:]!r}')
                continue
            words = WORD.findall(output.lower())
            if not words:
                problems.append(f'{where}: output {output!r} of {key!r} has no word')
            elif len(words) == 1 and words[0] in DANISH_STOP_WORDS and key not in NEUTRALISED:
                problems.append(f'{where}: {key!r} -> Danish function word {output!r}')
    return problems, entries


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    problems, entries = check(path)
    for p in problems:
        print(p)
    print(f'{path.name}: {entries} entries, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
