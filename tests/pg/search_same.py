#!/usr/bin/env python3
"""The same query finds the same hits on SQLite and on PostgreSQL.

    search_same.py RECTRACK SQLITE_DB PG_URI DATA.yaml [COUNT]

Makes COUNT (default 300) queries from the words of DATA.yaml (the
file both databases imported: tests/bench/gen.py): words, prefixes,
phrases, AND, OR, NOT, parentheses, NEAR, ^ and the column filter, in
a fixed order from a fixed seed; runs each with `search --limit 0` on
both databases and compares the sets of hits (id and field).  The order
of hits may differ between the backends (each ranks its own way).
Exits 1 naming the first query whose sets differ, and what differs.
"""

import json
import random
import re
import subprocess
import sys


def texts(path):
    """The titles, summaries and texts of the file, as lists of words."""
    out = []
    key = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*-?\s*(title|text|summary): (>)?(.*)$", line)
            if m:
                key = m.group(1) if m.group(2) else None
                if not m.group(2):
                    out.append(m.group(3))
                continue
            if key and line.startswith("      ") and line.strip():
                out.append(line.strip())
                key = None
    return [re.findall(r"[A-Za-z0-9]+", t) for t in out if t]


def queries(docs, count, rnd):
    vocab = sorted({w.lower() for d in docs for w in d})
    pick = lambda: rnd.choice(vocab)
    def doc_words():
        d = rnd.choice(docs)
        while len(d) < 4:
            d = rnd.choice(docs)
        return d
    def phrase(n):
        d = doc_words()
        i = rnd.randrange(len(d) - n + 1)
        return '"' + " ".join(d[i:i + n]) + '"'
    makers = [
        lambda: phrase(2),
        lambda: phrase(3),
        lambda: "%s %s %s" % (pick(), pick(), pick()),
        lambda: "%s AND %s" % (phrase(2), pick()),
        lambda: "%s OR %s" % (phrase(3), phrase(3)),
        lambda: "%s NOT %s" % (phrase(2), pick()),
        lambda: "%s %s NOT %s" % (pick(), pick(), pick()),
        lambda: "(%s OR %s) %s" % (phrase(2), phrase(2), pick()),
        lambda: "%s* %s" % (pick()[:rnd.randint(3, 5)], phrase(2)),
        lambda: "%s %s*" % (pick(), pick()[:rnd.randint(2, 4)]),
        lambda: "NEAR(%s %s, %d)" % (pick(), pick(), rnd.randint(0, 4)),
        lambda: "NEAR(%s %s %s, %d)" % (pick(), pick(), pick(),
                                        rnd.randint(1, 6)),
        lambda: "NEAR(%s %s, 2) %s" % (phrase(2), pick(), pick()),
        lambda: "^%s %s" % (doc_words()[0], pick()),
        lambda: "^%s" % phrase(2),
        lambda: "%s NOT ^%s" % (phrase(2), pick()),
        lambda: "body: %s %s" % (pick(), pick()),
        lambda: "{body}: (%s OR %s) NOT %s" % (phrase(2), pick(), pick()),
        lambda: "%s %s %s %s" % (pick(), pick(), pick(), pick()),
        lambda: "%s OR %s %s" % (phrase(2), pick(), phrase(2)),
    ]
    for i in range(count):
        yield makers[i % len(makers)]()


def hits(rectrack, db, q):
    r = subprocess.run([rectrack, "--db", db, "search", q, "--limit", "0",
                        "--format", "json"], capture_output=True,
                       text=True)
    if r.returncode == 1 and r.stdout == "" and "no match" in r.stderr:
        return set()
    if r.returncode != 0:
        return "exit %d: %s" % (r.returncode, r.stderr.strip())
    return {(h["id"], h["field"]) for h in json.loads(r.stdout)}


def main():
    rectrack, sq, pg, data = sys.argv[1:5]
    count = int(sys.argv[5]) if len(sys.argv) > 5 else 300
    docs = texts(data)
    if len(docs) < 10:
        print("search: too few texts in %s" % data)
        return 1
    n = found = 0
    for q in queries(docs, count, random.Random(22)):
        a, b = hits(rectrack, sq, q), hits(rectrack, pg, q)
        n += 1
        if a != b:
            if isinstance(a, set) and isinstance(b, set):
                why = "only on SQLite: %s; only on PostgreSQL: %s" % (
                    sorted(a - b)[:5], sorted(b - a)[:5])
            else:
                why = "SQLite: %s; PostgreSQL: %s" % (
                    a if isinstance(a, str) else "%d hits" % len(a),
                    b if isinstance(b, str) else "%d hits" % len(b))
            print("search: FAIL: query %d, %s: %s" % (n, q, why))
            return 1
        found += len(a)
    print("search: ok: %d queries, the same hits on both backends "
          "(%d in all)" % (n, found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
