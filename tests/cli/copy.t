copy FROM TO copies a whole database, history included, into a new or
empty one, through the store interface: any pair of SQLite files and
PostgreSQL databases (the PostgreSQL round trip is tests/pg/copy.sh).
The databases here are files named on the command line, so the
PostgreSQL run of this suite makes the same SQLite copies.

The example data, then some history: a status change, a backdated note
recorded a day later by another actor (its effective date comes before
events recorded earlier), a flag.

$ cp "$SRCDIR/config/examples/port-of-entry.yaml" example.yaml
$ rectrack --db from.db init
  created from.db (schema version 9)
$ rectrack --db from.db import example.yaml >/dev/null
$ rectrack --db from.db status 'OIG-21-19#4' open-resolved --target 2027-06-30 --note "plan agreed" --date 2026-01-05
  OIG-21-19#4: open-unresolved -> open-resolved, target 2027-06-30
  recorded as change 2
$ RECTRACK_NOW=2026-11-29T09:30:00Z rectrack --db from.db --actor alice note 'OIG-21-19#4' "agreed by phone" --date 2025-12-01
  OIG-21-19#4: note added
  recorded as change 3
$ rectrack --db from.db flag 'OIG-21-48#1' +priority
  OIG-21-48#1: +priority
  recorded as change 4

The copy is of the whole database: every row and every event as
recorded, with its time, effective date and actor.

$ rectrack copy from.db to.db
  copied from.db to to.db: 1 issuer, 2 agencies, 4 reports, 8 recommendations, 27 events
$ rectrack --db to.db check
  ok: 4 reports, 8 recommendations, 27 events checked
$ for f in yaml json csv gao-csv; do
>   rectrack --db from.db export --format $f > from.$f
>   rectrack --db to.db export --format $f | cmp - from.$f && echo "$f: same export"
> done
  yaml: same export
  json: same export
  csv: same export
  gao-csv: same export
$ rectrack --db to.db history 'OIG-21-19#4' --format json
  [
  {"effective":"2021-02-08","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"issued","field":"status","old":null,"new":"open-pending","note":"import example.yaml","change":1,"voided_by":null},
  {"effective":"2021-02-08","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"concurrence","field":"concurrence","old":"pending","new":"concur","note":"import example.yaml","change":1,"voided_by":null},
  {"effective":"2021-02-08","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"status","field":"status","old":"open-pending","new":"open-unresolved","note":"import example.yaml","change":1,"voided_by":null},
  {"effective":"2025-12-01","at":"2026-11-29T09:30:00Z","actor":"alice","kind":"note","field":null,"old":null,"new":null,"note":"agreed by phone","change":3,"voided_by":null},
  {"effective":"2026-01-05","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"status","field":"status","old":"open-unresolved","new":"open-resolved","note":"plan agreed","change":2,"voided_by":null},
  {"effective":"2026-01-05","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"target","field":"target_date","old":null,"new":"2027-06-30","note":"plan agreed","change":2,"voided_by":null}
  ]
$ rectrack --db from.db history 'OIG-21-19#4' --as-of 2021-06-30 > from.txt
$ rectrack --db to.db history 'OIG-21-19#4' --as-of 2021-06-30 | cmp - from.txt && echo "same history as of a date"
  same history as of a date
$ rectrack --db from.db show 'OIG-21-48#1' > from.txt
$ rectrack --db to.db show 'OIG-21-48#1' | cmp - from.txt && echo "same recommendation"
  same recommendation
$ rectrack --db to.db search canine --limit 2
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19    title  2021-02-08  CBP                    CBP Needs to Improve the Oversight of its [Canine] Program to Better…
  OIG-21-19#1  text   2021-02-08  CBP     open-resolved  Improve oversight of the [Canine] Program (paraphrased).

And back again: a copy of the copy gives the same export.

$ rectrack copy to.db back.db --quiet
$ rectrack --db back.db export | cmp - from.yaml && echo "round trip: same export"
  round trip: same export

The copy is the same history: the same change sets (their ids, times,
actors and commands), every event in its change set and at its place in
the chain, so that the chain's head (the hash of the last event) is the
same.

$ sqlite3 to.db "SELECT id, at, actor, command FROM change ORDER BY id"
  1|2026-11-28T12:00:00Z|tester|import example.yaml
  2|2026-11-28T12:00:00Z|tester|status OIG-21-19#4 open-resolved --target 2027-06-30 --note 'plan agreed' --date 2026-01-05
  3|2026-11-29T09:30:00Z|alice|note OIG-21-19#4 'agreed by phone' --date 2025-12-01
  4|2026-11-28T12:00:00Z|tester|flag OIG-21-48#1 +priority
$ for db in from to back; do
>   sqlite3 $db.db "SELECT id, at, actor, command FROM change ORDER BY id" > $db.changes
>   sqlite3 $db.db "SELECT change_id, voids, hash FROM event ORDER BY id" > $db.chain
> done
$ cmp from.changes to.changes && cmp from.changes back.changes && echo "same change sets" # sqlite-only
  same change sets
$ cmp from.chain to.chain && cmp from.chain back.chain && echo "same chain" # sqlite-only
  same chain
$ sqlite3 from.db "SELECT hash FROM event ORDER BY id DESC LIMIT 1" > from.head
$ sqlite3 to.db "SELECT hash FROM event ORDER BY id DESC LIMIT 1" | cmp - from.head && echo "same head"
  same head

An event changed behind rectrack's back no longer gives the hash the
chain records: the copy is refused rather than made with a new chain
that would hide the change.

$ cp from.db tampered.db
$ sqlite3 tampered.db "DROP TRIGGER event_no_update; UPDATE event SET note = 'agreed by email' WHERE note = 'agreed by phone'"
$ rectrack copy tampered.db new.db # sqlite-only
! rectrack: tampered.db: event 26 is not as its hash in the chain records it (changed outside rectrack?); nothing was copied ('rectrack --db tampered.db check' tells more)
[1]
$ ls new.db* 2>/dev/null || echo "no new.db"
  no new.db

The database may be one that 'rectrack init' made and that holds
nothing yet.  The global --db plays no part: FROM and TO are operands.

$ RECTRACK_UID=11112222 rectrack --db empty.db init
  created empty.db (schema version 9)
$ rectrack --db elsewhere.db copy from.db empty.db
  copied from.db to empty.db: 1 issuer, 2 agencies, 4 reports, 8 recommendations, 27 events

The copy is the same register, moved: it keeps the register's name,
which the change sets of its exports carry.

$ rectrack --db empty.db export | grep -m1 'change:'
        change: "0a1b2c3d-1"
$ test -e elsewhere.db || echo "no elsewhere.db"
  no elsewhere.db

A database that holds anything is refused, and left as it was.

$ cp to.db before.db
$ rectrack copy back.db to.db
! rectrack: to.db: the database is not empty (1 issuer, 2 agencies, 4 reports, 8 recommendations, 27 events); copy into a new file or an empty database
[1]
$ cmp to.db before.db && echo "to.db unchanged"
  to.db unchanged
$ rectrack --db mine.db init >/dev/null
$ rectrack --db mine.db issuer add gao --name "Government Accountability Office" --kind gao
  added issuer gao
$ rectrack copy from.db mine.db
! rectrack: mine.db: the database is not empty (1 issuer, 0 agencies, 0 reports, 0 recommendations, 0 events); copy into a new file or an empty database
[1]

FROM must be a rectrack database; nothing is created when it is not.

$ rectrack copy missing.db new.db
! rectrack: missing.db: no database here (create one with 'rectrack init')
[1]
$ echo "not a database" > notes.db
$ rectrack copy notes.db new.db
! rectrack: notes.db: not a rectrack database (not an SQLite file)
[1]
$ test -e new.db || echo "no new.db"
  no new.db

TO must be a rectrack database or nothing; a file of another kind is
left alone.

$ rectrack copy from.db notes.db
! rectrack: notes.db: not a rectrack database (not an SQLite file)
[1]
$ cat notes.db
  not a database
$ mkdir folder.db
$ rectrack copy from.db folder.db
! rectrack: folder.db: is a directory, not a database
[1]

A database is not copied onto itself, under any name.

$ rectrack copy from.db from.db
! rectrack: from.db and from.db are the same database; copy into another one
[1]
$ ln -s from.db link.db
$ rectrack copy from.db link.db
! rectrack: from.db and link.db are the same database; copy into another one
[1]

The rows of the copy are counted against those of FROM before the
commit.  Agencies whose parents make a cycle are under no top agency:
no listing reaches them, so the copy would lose them.  It fails, and the
file it created is removed.  (The PostgreSQL run leaves out what
needs the sqlite3 change.)

$ cp from.db loop.db
$ sqlite3 loop.db "INSERT INTO agency(id, code, name) VALUES (100, 'L1', 'Loop one');
> INSERT INTO agency(id, code, name, parent_id) VALUES (101, 'L2', 'Loop two', 100);
> UPDATE agency SET parent_id = 101 WHERE id = 100;"
$ rectrack copy loop.db new.db # sqlite-only
! rectrack: new.db: the copy would hold 2 agencies instead of 4 (of loop.db); nothing was copied ('rectrack --db loop.db check' may tell why)
[1]
$ ls new.db* 2>/dev/null || echo "no new.db"
  no new.db

Usage errors.

$ rectrack copy
! rectrack: copy: copy needs FROM and TO
! usage: rectrack copy FROM TO [--quiet]
! See 'rectrack help copy' for the options and examples.
[2]
$ rectrack copy from.db
! rectrack: copy: copy needs TO, the database to copy into
! usage: rectrack copy FROM TO [--quiet]
! See 'rectrack help copy' for the options and examples.
[2]
$ rectrack copy from.db a.db b.db
! rectrack: copy: unexpected argument b.db
! usage: rectrack copy FROM TO [--quiet]
! See 'rectrack help copy' for the options and examples.
[2]
$ rectrack copy from.db ""
! rectrack: copy: TO is empty
! usage: rectrack copy FROM TO [--quiet]
! See 'rectrack help copy' for the options and examples.
[2]
$ rectrack copy --force from.db a.db
! rectrack: copy: unknown option --force
! usage: rectrack copy FROM TO [--quiet]
! See 'rectrack help copy' for the options and examples.
[2]
$ rectrack copy --help
  usage: rectrack copy FROM TO [--quiet]
  
  copy a database with its history between SQLite and PostgreSQL
  
  options:
    --quiet                 no progress or summary
  
  examples:
    rectrack copy rectrack.db copy.db
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.
