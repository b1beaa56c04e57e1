#!/usr/bin/env python3
"""Count the round trips in a libpq trace (RECTRACK_PG_TRACE=FILE).

    python3 tests/pg/trips.py TRACE [--top K]

A round trip is one wait for the server: a Sync (the end of an extended
query: PQprepare, PQexecParams, PQexecPrepared) or a simple Query.
Prints one line, "trips T fetch F other O": T in all, F of them the
FETCH of a page from a cursor (named statements are resolved through
their Parse), O = T - F.  With --top K, then the K statements sent most
often, each as "COUNT<TAB>TEXT" (the first 100 characters).
"""
import re
import sys
from collections import Counter


def unquote(field):
    """The first double-quoted string of a trace field."""
    m = re.match(r'\s*"((?:[^"]|"")*)"', field)
    return m.group(1).replace('""', '"') if m else ''


def main():
    args = sys.argv[1:]
    top = 0
    if '--top' in args:
        i = args.index('--top')
        top = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit('usage: trips.py TRACE [--top K]')
    names = {}          # prepared statement name -> text
    pending = None      # the text of the extended query being built
    trips = fetch = 0
    sent = Counter()
    with open(args[0], encoding='utf-8', errors='replace') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t', 3)
            if len(parts) < 3 or parts[0] != 'F':
                continue
            kind = parts[2]
            rest = parts[3] if len(parts) > 3 else ''
            if kind == 'Parse':
                m = re.match(r'\s*"((?:[^"]|"")*)" "((?:[^"]|"")*)"', rest)
                if m:
                    name = m.group(1)
                    text = m.group(2).replace('""', '"')
                    if name:
                        names[name] = text
                    pending = text
            elif kind == 'Bind':
                m = re.match(r'\s*"[^"]*" "((?:[^"]|"")*)"', rest)
                if m:
                    pending = names.get(m.group(1), pending)
            elif kind == 'Query':
                trips += 1
                text = unquote(rest)
                sent[text[:100]] += 1
                if text.lstrip().upper().startswith('FETCH'):
                    fetch += 1
            elif kind == 'Sync':
                trips += 1
                text = pending or ''
                sent[text[:100]] += 1
                if text.lstrip().upper().startswith('FETCH'):
                    fetch += 1
                pending = None
    print('trips %d fetch %d other %d' % (trips, fetch, trips - fetch))
    for text, n in sent.most_common(top):
        print('%d\t%s' % (n, text))


if __name__ == '__main__':
    main()
