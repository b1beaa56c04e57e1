Every event carries a link of the history's hash chain: the SHA-256 of
the link before it and of its own fields.  check verifies the chain and
names the first event whose link does not hold; seal prints the head of
the chain, which an office records outside the database; check --seal
proves that the history up to a recorded seal is unchanged.

seal takes no operand, and needs a database.

$ rectrack seal extra
! rectrack: seal: unexpected argument extra
! usage: rectrack seal [--format table|csv|json|md]
! See 'rectrack help seal' for the options and examples.
[2]
$ rectrack --db missing.db seal # sqlite-only
! rectrack: missing.db: no database here (named by --db; create one with 'rectrack init')
[1]

A register kept by rectrack alone passes.

$ rectrack init >/dev/null
$ rectrack seal | sed 's/register [0-9a-f]\{8\}/register UID/'
  register UID has no seal yet: it holds no events
$ rectrack seal --format json | sed 's/"register":"[0-9a-f]\{8\}"/"register":"UID"/'
  {"seal":null,"register":"UID","events":0,"last_recorded":null}
$ cp "$SRCDIR/config/examples/port-of-entry.yaml" example.yaml && rectrack import example.yaml >/dev/null
$ rectrack status 'OIG-21-48#1' open-resolved --target 2027-03-31 --date 2026-10-01 >/dev/null
$ rectrack check
  ok: 4 reports, 8 recommendations, 25 events checked

The seal: the head hash, the number of events, when the last was
recorded and the register's own name.

$ rectrack seal | sed 's/register [0-9a-f]\{8\}/register UID/'
  seal ea28dc3d8c4eb01b705521922a1fefefa0e2d56a319e0dd385eb43857d891343 of register UID: 25 events, the last recorded 2026-11-28T12:00:00Z
$ rectrack seal --format json | sed 's/"register":"[0-9a-f]\{8\}"/"register":"UID"/'
  {"seal":"ea28dc3d8c4eb01b705521922a1fefefa0e2d56a319e0dd385eb43857d891343","register":"UID","events":25,"last_recorded":"2026-11-28T12:00:00Z"}
$ rectrack seal --format csv | sed 's/,[0-9a-f]\{8\},/,UID,/'
  seal,register,events,last_recorded [CR]
  ea28dc3d8c4eb01b705521922a1fefefa0e2d56a319e0dd385eb43857d891343,UID,25,2026-11-28T12:00:00Z [CR]
$ rectrack seal > seal1.txt
$ rectrack check --seal $(cut -d' ' -f2 seal1.txt)
  the history up to seal ea28dc3d8c4eb01b705521922a1fefefa0e2d56a319e0dd385eb43857d891343 (25 events, the last recorded 2026-11-28T12:00:00Z) is unchanged
  ok: 4 reports, 8 recommendations, 25 events checked

A seal holds after later legitimate changes: they come after it.

$ rectrack note 'OIG-21-19#1' "asked for an update" >/dev/null
$ rectrack check --seal $(cut -d' ' -f2 seal1.txt)
  the history up to seal ea28dc3d8c4eb01b705521922a1fefefa0e2d56a319e0dd385eb43857d891343 (25 events, the last recorded 2026-11-28T12:00:00Z) is unchanged
  ok: 4 reports, 8 recommendations, 26 events checked

In any case: the seal is hex digits.

$ rectrack check --seal $(cut -d' ' -f2 seal1.txt | tr a-f A-F) | head -1
  the history up to seal ea28dc3d8c4eb01b705521922a1fefefa0e2d56a319e0dd385eb43857d891343 (25 events, the last recorded 2026-11-28T12:00:00Z) is unchanged

A seal of another register, or one never made, is not in this history.

$ rectrack check --seal 0000000000000000000000000000000000000000000000000000000000000000 > out.txt
! rectrack: rectrack.db: 1 problem found
[1]
$ sed 's/register [0-9a-f]\{8\}/register UID/' out.txt
  register UID: seal 0000000000000000000000000000000000000000000000000000000000000000 is not in this history: an event up to it was changed, deleted or inserted, or the seal is another register's
  1 problem: 4 reports, 8 recommendations, 26 events checked
$ rectrack check --format json --seal 0000000000000000000000000000000000000000000000000000000000000000 > out.txt
! rectrack: rectrack.db: 1 problem found
[1]
$ sed 's/register [0-9a-f]\{8\}/register UID/' out.txt
  {"ok":false,"reports":4,"recommendations":8,"events":26,"problem_count":1,"search_words_compared":true,"seal":"0000000000000000000000000000000000000000000000000000000000000000","seal_holds":false,"seal_events":null,"seal_last_recorded":null,"problems":[
  {"check":"chain","subject":"register UID","problem":"seal 0000000000000000000000000000000000000000000000000000000000000000 is not in this history: an event up to it was changed, deleted or inserted, or the seal is another register's"}
  ]}

Anything but 64 hex digits is refused.

$ rectrack check --seal 4a5e8f
! rectrack: check: --seal 4a5e8f is not a seal (the 64 hex digits rectrack seal prints)
! usage: rectrack check [--quick] [--quiet] [--seal HASH]
!                       [--format table|csv|json]
! See 'rectrack help check' for the options and examples.
[2]
$ rectrack check --seal zz5e8f5d2a1b4f4f2f0d7b6f0e0c9f1f8d0e2b7c1a6d3e9f5b4c8a7d6e5f4c3b
! rectrack: check: --seal zz5e8f5d2a1b4f4f2f0d7b6f0e0c9f1f8d0e2b7c1a6d3e9f5b4c8a7d6e5f4c3b is not a seal (the 64 hex digits rectrack seal prints)
! usage: rectrack check [--quick] [--quiet] [--seal HASH]
!                       [--format table|csv|json]
! See 'rectrack help check' for the options and examples.
[2]
$ rectrack check --seal ''
! rectrack: check: --seal needs a value
! usage: rectrack check [--quick] [--quiet] [--seal HASH]
!                       [--format table|csv|json]
! See 'rectrack help check' for the options and examples.
[2]

An event's note changed behind rectrack's back, after the trigger that
forbids it was dropped: the row and the replay still agree, but the
chain breaks at that event.

$ cp rectrack.db clean.db
$ sqlite3 rectrack.db "DROP TRIGGER event_no_update; UPDATE event SET note = 'asked twice' WHERE note = 'asked for an update'"
$ rectrack check # sqlite-only
  trigger event_no_update: is missing
  event 26 (OIG-21-19#1, recorded 2026-11-28T12:00:00Z): the history's chain breaks here: this event was changed, or one before it was deleted or inserted, outside rectrack
  search index: its words do not match the texts (FTS5 integrity-check: database disk image is malformed); rebuild it as schema/002-search.sql says
  3 problems: 4 reports, 8 recommendations, 26 events checked
! rectrack: rectrack.db: 3 problems found
[1]
$ rectrack seal # sqlite-only
! rectrack: no seal: the history's chain breaks at event 26 (OIG-21-19#1, recorded 2026-11-28T12:00:00Z); run rectrack check
[1]

A seal taken before the altered event still holds; one taken after it
does not.

$ rectrack check --seal $(cut -d' ' -f2 seal1.txt) # sqlite-only
  trigger event_no_update: is missing
  event 26 (OIG-21-19#1, recorded 2026-11-28T12:00:00Z): the history's chain breaks here: this event was changed, or one before it was deleted or inserted, outside rectrack
  search index: its words do not match the texts (FTS5 integrity-check: database disk image is malformed); rebuild it as schema/002-search.sql says
  the history up to seal ea28dc3d8c4eb01b705521922a1fefefa0e2d56a319e0dd385eb43857d891343 (25 events, the last recorded 2026-11-28T12:00:00Z) is unchanged
  3 problems: 4 reports, 8 recommendations, 26 events checked
! rectrack: rectrack.db: 3 problems found
[1]
$ cp clean.db rectrack.db
$ rectrack seal > seal2.txt
$ sqlite3 rectrack.db "DROP TRIGGER event_no_update; UPDATE event SET note = 'asked twice' WHERE note = 'asked for an update'"
$ rectrack check --quiet --seal $(cut -d' ' -f2 seal2.txt) > out.txt # sqlite-only
! rectrack: rectrack.db: 4 problems found
[1]
$ sed 's/register [0-9a-f]\{8\}/register UID/' out.txt # sqlite-only
  trigger event_no_update: is missing
  event 26 (OIG-21-19#1, recorded 2026-11-28T12:00:00Z): the history's chain breaks here: this event was changed, or one before it was deleted or inserted, outside rectrack
  register UID: seal 5b239365d324fe77053928c3bfad77ca9f2fcf0c602be876bc1d12bb83c59390 is not in this history: an event up to it was changed, deleted or inserted, or the seal is another register's
  search index: its words do not match the texts (FTS5 integrity-check: database disk image is malformed); rebuild it as schema/002-search.sql says

An event deleted: the chain breaks at the one after it.

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "DROP TRIGGER event_no_delete; DELETE FROM event WHERE id = 10"
$ rectrack check # sqlite-only
  trigger event_no_delete: is missing
  OIG-21-19#1: status is open-resolved, but its history says open-pending
  OIG-21-19#1: resolved_date is 2021-02-08, but its history says none
  event 11 (OIG-21-19#2, recorded 2026-11-28T12:00:00Z): the history's chain breaks here: this event was changed, or one before it was deleted or inserted, outside rectrack
  4 problems: 4 reports, 8 recommendations, 25 events checked
! rectrack: rectrack.db: 4 problems found
[1]

An event inserted by hand: it carries no link, or one that does not
fit.

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "INSERT INTO event(recommendation_id, change_id, at, effective, actor, kind, note) SELECT recommendation_id, change_id, at, effective, actor, 'note', 'added by hand' FROM event WHERE id = 20"
$ rectrack check # sqlite-only
  event 27 (OIG-21-19#4, recorded 2026-11-28T12:00:00Z): the history's chain breaks here: this event carries no link of the chain, so it was inserted outside rectrack
  1 problem: 4 reports, 8 recommendations, 27 events checked (the search index's words were not compared with the texts)
! rectrack: rectrack.db: 1 problem found
[1]
$ sqlite3 rectrack.db "DROP TRIGGER event_no_update; UPDATE event SET hash = (SELECT hash FROM event WHERE id = 26) WHERE id = 27"
$ rectrack check --quiet # sqlite-only
  trigger event_no_update: is missing
  event 27 (OIG-21-19#4, recorded 2026-11-28T12:00:00Z): the history's chain breaks here: this event was changed, or one before it was deleted or inserted, outside rectrack
! rectrack: rectrack.db: 2 problems found
[1]

The last event deleted, the trigger put back as it was, leaves a sound
but shorter chain: check alone cannot see it, a seal taken after the
event does.

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "SELECT sql || ';' FROM sqlite_master WHERE name = 'event_no_delete'" > trigger.sql
$ sqlite3 rectrack.db "DROP TRIGGER event_no_delete; DELETE FROM event WHERE id = 26"
$ sqlite3 rectrack.db < trigger.sql
$ rectrack check # sqlite-only
  search index: document 2199023255578 (the note of event 26) is indexed, but there is no such text
  search index: its words do not match the texts (FTS5 integrity-check: database disk image is malformed); rebuild it as schema/002-search.sql says
  2 problems: 4 reports, 8 recommendations, 25 events checked
! rectrack: rectrack.db: 2 problems found
[1]
$ rectrack check --quiet --seal $(cut -d' ' -f2 seal2.txt) > out.txt # sqlite-only
! rectrack: rectrack.db: 3 problems found
[1]
$ sed 's/register [0-9a-f]\{8\}/register UID/' out.txt # sqlite-only
  register UID: seal 5b239365d324fe77053928c3bfad77ca9f2fcf0c602be876bc1d12bb83c59390 is not in this history: an event up to it was changed, deleted or inserted, or the seal is another register's
  search index: document 2199023255578 (the note of event 26) is indexed, but there is no such text
  search index: its words do not match the texts (FTS5 integrity-check: database disk image is malformed); rebuild it as schema/002-search.sql says
$ rectrack check --seal $(cut -d' ' -f2 seal1.txt) # sqlite-only
  search index: document 2199023255578 (the note of event 26) is indexed, but there is no such text
  search index: its words do not match the texts (FTS5 integrity-check: database disk image is malformed); rebuild it as schema/002-search.sql says
  the history up to seal ea28dc3d8c4eb01b705521922a1fefefa0e2d56a319e0dd385eb43857d891343 (25 events, the last recorded 2026-11-28T12:00:00Z) is unchanged
  2 problems: 4 reports, 8 recommendations, 25 events checked
! rectrack: rectrack.db: 2 problems found
[1]

A database of schema version 4 gets its chain when init upgrades it:
check then finds it sound, and it can be sealed.

$ for f in 001-initial 002-search 003-listing-indexes 004-management-decision; do sqlite3 old.db < $SRCDIR/schema/$f.sql; done
$ sqlite3 old.db "PRAGMA application_id = 1381257795; PRAGMA user_version = 4;
> INSERT INTO issuer(code, name) VALUES ('gao', 'GAO');
> INSERT INTO agency(code, name) VALUES ('DOJ', 'Department of Justice');
> INSERT INTO report(number, sort_key, title, issuer_id, issued, fiscal_year, agency_id)
>   VALUES ('GAO-20-536', 'GAO-0220-03536', 'Federal Prisons: Staffing', 1, '2020-07-09', 2020, 1);
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, status, resolved_date)
>   VALUES (1, '1', '011', 'Address staffing shortages.', 1, 'open-resolved', '2021-01-15');
> INSERT INTO event(recommendation_id, at, effective, actor, kind, field, new)
>   VALUES (1, '2026-11-01T09:00:00Z', '2020-07-09', 'tester', 'issued', 'status', 'open-pending');
> INSERT INTO event(recommendation_id, at, effective, actor, kind, field, old, new, note)
>   VALUES (1, '2026-11-02T09:00:00Z', '2021-01-15', 'clerk', 'status', 'status', 'open-pending', 'open-resolved', 'plan accepted');
> INSERT INTO event(recommendation_id, at, effective, actor, kind, note)
>   VALUES (1, '2026-11-02T09:00:00Z', '2021-01-16', 'clerk', 'note', 'asked for the plan''s dates');"
$ rectrack --db old.db init # sqlite-only
  upgraded old.db from schema version 4 to 9
$ rectrack --db old.db check # sqlite-only
  ok: 1 report, 1 recommendation, 3 events checked
$ rectrack --db old.db seal | sed 's/register [0-9a-f]\{8\}/register UID/' # sqlite-only
  seal 3271881086adc78430146aaa14454e5c45899d8a985becea3316ca41ac205b55 of register UID: 3 events, the last recorded 2026-11-02T09:00:00Z
$ rectrack --db old.db check --seal $(rectrack --db old.db seal | cut -d' ' -f2) # sqlite-only
  the history up to seal 3271881086adc78430146aaa14454e5c45899d8a985becea3316ca41ac205b55 (3 events, the last recorded 2026-11-02T09:00:00Z) is unchanged
  ok: 1 report, 1 recommendation, 3 events checked
