#!/usr/bin/env python3
"""The import a user would write instead of rectrack's: PyYAML's C
loader and the sqlite3 module, one transaction, executemany.

    peer.py FILE DB

Loads the whole file, then writes reports, recommendations and, for each
recommendation, its history entries (or one 'issued' event) as events.
No checks beyond what the loader does.  The peer of the import benchmark.
"""

import sqlite3
import sys

import yaml

SCHEMA = """
CREATE TABLE report(id INTEGER PRIMARY KEY, number TEXT UNIQUE, title,
    issuer, type, issued, agency, url, summary, sensitivity, topics);
CREATE TABLE recommendation(id INTEGER PRIMARY KEY, report_id, number,
    text, agency, official, concurrence, status, target_date,
    original_target_date, resolved_date, closed_date, corrective_action,
    priority, significant, on_hold, closure_requested, partially_addressed,
    questioned_cost, unsupported_cost, funds_better_use, potential_savings,
    UNIQUE(report_id, number));
CREATE TABLE event(id INTEGER PRIMARY KEY, recommendation_id, effective,
    kind, field, old, new, note);
"""

REC_KEYS = ["number", "text", "agency", "official", "concurrence", "status",
            "target_date", "original_target_date", "resolved_date",
            "closed_date", "corrective_action", "priority", "significant",
            "on_hold", "closure_requested", "partially_addressed",
            "questioned_cost", "unsupported_cost", "funds_better_use",
            "potential_savings"]


def text(v):
    return None if v is None else str(v)


def main():
    with open(sys.argv[1], "rb") as f:
        doc = yaml.load(f, Loader=yaml.CLoader) or {}
    db = sqlite3.connect(sys.argv[2], isolation_level=None)
    db.executescript(SCHEMA)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("BEGIN IMMEDIATE")
    rec_id = 0
    recs, events = [], []
    for rid, r in enumerate(doc.get("reports") or [], 1):
        db.execute("INSERT INTO report VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   (rid, r["number"], r["title"], r.get("issuer"),
                    r.get("type"), text(r["issued"]), r.get("agency"),
                    r.get("url"), r.get("summary"), r.get("sensitivity"),
                    ",".join(r.get("topics") or [])))
        for c in r.get("recommendations") or []:
            rec_id += 1
            recs.append((rec_id, rid) + tuple(text(c.get(k))
                                              for k in REC_KEYS))
            for h in c.get("history") or [{"effective": r["issued"],
                                           "kind": "issued",
                                           "new": "open-pending"}]:
                events.append((rec_id, text(h["effective"]), h["kind"],
                               h.get("field"), h.get("old"), h.get("new"),
                               h.get("note")))
    db.executemany("INSERT INTO recommendation VALUES (%s)"
                   % ",".join("?" * (2 + len(REC_KEYS))), recs)
    db.executemany("INSERT INTO event(recommendation_id, effective, kind, "
                   "field, old, new, note) VALUES (?,?,?,?,?,?,?)", events)
    db.execute("COMMIT")
    db.close()


if __name__ == "__main__":
    main()
