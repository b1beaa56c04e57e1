check verifies what the database must hold: SQLite's integrity check, the
schema, every reference, every stored value, each recommendation's row
against the replay of its events, and the search index against the
texts.  It reports each problem on a line of its own and ends with a
count; exit status 1 when there is a problem.

A database kept by rectrack alone passes, with every kind of change in
its histories.

$ rectrack init >/dev/null
$ rectrack check
  ok: 0 reports, 0 recommendations, 0 events checked
$ rectrack import "$SRCDIR/config/examples/port-of-entry.yaml" >/dev/null
$ rectrack status 'OIG-21-48#1' open-resolved --target 2027-03-31 --date 2026-10-01 >/dev/null
$ rectrack status 'OIG-21-48#2' closed-implemented --date 2026-11-01 >/dev/null
$ rectrack concur 'OIG-19-53#1' partial --note "partially" >/dev/null
$ rectrack flag 'OIG-21-19#4' +priority +on-hold >/dev/null
$ rectrack official add "Office of Field Operations" --name "Office of Field Operations" >/dev/null
$ rectrack official add "Office of Training" --name "Office of Training" >/dev/null
$ rectrack rec set 'OIG-21-19#4' official="Office of Field Operations" questioned_cost=1250.50 >/dev/null
$ rectrack rec set 'OIG-21-19#4' official="Office of Training" >/dev/null
$ rectrack note 'OIG-21-19#1' "asked for an update" >/dev/null
$ rectrack rec add OIG-18-87 --text "A recommendation added later." >/dev/null
$ rectrack check
  ok: 4 reports, 9 recommendations, 34 events checked
$ rectrack check --quick
  ok: 4 reports, 9 recommendations, 34 events checked

check never writes: the file is the same byte for byte.

$ cp rectrack.db clean.db
$ rectrack check --quiet
$ cmp rectrack.db clean.db && echo unchanged
  unchanged

The other formats: JSON is one object with the counts and the problems;
CSV has one row per problem.

$ rectrack check --format json
  {"ok":true,"reports":4,"recommendations":9,"events":34,"problem_count":0,"search_words_compared":true,"problems":[]}
$ rectrack check --format csv
  check,subject,problem [CR]

A status changed behind rectrack's back, without its event: the row no
longer equals the replay of its history.

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "UPDATE recommendation SET status = 'closed-implemented', closed_date = '2026-11-20' WHERE number = '3' AND report_id = (SELECT id FROM report WHERE number = 'OIG-21-19')"
$ rectrack check
  OIG-21-19#3: status is closed-implemented, but its history says open-resolved
  OIG-21-19#3: closed_date is 2026-11-20, but its history says none
  2 problems: 4 reports, 9 recommendations, 34 events checked
! rectrack: rectrack.db: 2 problems found
[1]

The same with a field: the row must hold what its latest change set.

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "UPDATE recommendation SET official = 'Someone else', questioned_cost = 99 WHERE number = '4' AND report_id = (SELECT id FROM report WHERE number = 'OIG-21-19')"
$ rectrack check
  OIG-21-19#4: official is "Someone else", but its latest change (event 34) set "Office of Training"
  OIG-21-19#4: questioned_cost is 0.99, but its latest change (event 33) set "1250.50"
  2 problems: 4 reports, 9 recommendations, 34 events checked
! rectrack: rectrack.db: 2 problems found
[1]

An event deleted: the schema forbids it, so the trigger that guards the
history had to go first; both show.

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "DROP TRIGGER event_no_delete; DELETE FROM event WHERE kind = 'status' AND new = 'closed-implemented'"
$ rectrack check
  trigger event_no_delete: is missing
  OIG-21-48#2: status is closed-implemented, but its history says open-pending
  OIG-21-48#2: closed_date is 2026-11-01, but its history says none
  event 27 (OIG-19-53#1, recorded 2026-11-28T12:00:00Z): the history's chain breaks here: this event was changed, or one before it was deleted or inserted, outside rectrack
  4 problems: 4 reports, 9 recommendations, 33 events checked
! rectrack: rectrack.db: 4 problems found
[1]

Values the product does not know, written with the constraints turned
off: SQLite's integrity check finds the broken CHECK constraints, and
each value is named.

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "PRAGMA ignore_check_constraints = ON; UPDATE recommendation SET status = 'opne', concurrence = 'yes', priority = 2, funds_better_use = -100, target_date = '2027-02-30' WHERE id = 1; UPDATE report SET type = 'memo' WHERE number = 'OIG-18-87'; INSERT INTO event(recommendation_id, change_id, at, effective, actor, kind, field, new) VALUES (2, 1, 'yesterday', '2026-11-27', 'x', 'flag', 'urgent', 'maybe'), (2, 1, '2026-11-27T10:00:00Z', '2026-11-27', 'x', 'gossip', NULL, NULL)"
$ rectrack check
  database: CHECK constraint failed in event
  database: CHECK constraint failed in report
  database: CHECK constraint failed in recommendation
  report OIG-18-87: type "memo" is not a type of report (expected one of audit, inspection, evaluation, management-alert, review, other)
  OIG-21-48#1: status "opne" is not a status (expected one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
  OIG-21-48#1: concurrence "yes" is not a concurrence (expected one of pending, concur, partial, non-concur, no-position)
  OIG-21-48#1: target_date "2027-02-30" is not a date (YYYY-MM-DD, a day that exists)
  OIG-21-48#1: priority 2 is not 0 or 1
  OIG-21-48#1: funds_better_use -100 (cents) is negative
  OIG-21-48#2: event 37: at "yesterday" is not a time (YYYY-MM-DDTHH:MM:SSZ, in UTC)
  OIG-21-48#2: event 37: field "urgent" is not a flag (expected one of priority, significant, on_hold, closure_requested, partially_addressed)
  OIG-21-48#2: event 37: new "maybe" is not yes or no
  OIG-21-48#2: event 38: kind "gossip" is not a kind of event (expected one of issued, status, concurrence, target, flag, field, note, imported, void, request, decision)
  event 37 (OIG-21-48#2, recorded yesterday): the history's chain breaks here: this event carries no link of the chain, so it was inserted outside rectrack (1 more link breaks after it)
  14 problems: 4 reports, 9 recommendations, 36 events checked (the search index's words were not compared with the texts)
! rectrack: rectrack.db: 14 problems found
[1]

A text taken out of the search index: it is missing from the index, and
FTS5's own check finds that the index's words no longer match the texts.

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "INSERT INTO search_index(search_index, rowid, body) SELECT 'delete', id, text FROM recommendation WHERE id = 5"
$ rectrack check
  OIG-21-19#2: its text is not in the search index
  search index: its words do not match the texts (FTS5 integrity-check: database disk image is malformed); rebuild it as schema/002-search.sql says
  2 problems: 4 reports, 9 recommendations, 34 events checked
! rectrack: rectrack.db: 2 problems found
[1]
$ rectrack check --quick
  OIG-21-19#2: its text is not in the search index
  1 problem: 4 reports, 9 recommendations, 34 events checked
! rectrack: rectrack.db: 1 problem found
[1]

Rows that another program added are indexed by the next search or
change: they are not a problem.  A document indexed above the search
mark is (the next catch-up would index it twice).

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "INSERT INTO recommendation(report_id, number, sort_key, text, agency_id) SELECT report_id, '99', '99', 'Added by hand.', agency_id FROM recommendation WHERE id = 1; INSERT INTO event(recommendation_id, change_id, at, effective, actor, kind, field, new) SELECT max(id), 1, '2026-11-28T00:00:00Z', '2021-07-20', 'x', 'issued', 'status', 'open-pending' FROM recommendation"
$ rectrack check
  event 37 (OIG-21-48#99, recorded 2026-11-28T00:00:00Z): the history's chain breaks here: this event carries no link of the chain, so it was inserted outside rectrack
  1 problem: 4 reports, 10 recommendations, 35 events checked (the search index's words were not compared with the texts)
! rectrack: rectrack.db: 1 problem found
[1]
$ sqlite3 rectrack.db "INSERT INTO search_index(rowid, body) SELECT id, text FROM recommendation WHERE number = '99'"
$ rectrack check
  event 37 (OIG-21-48#99, recorded 2026-11-28T00:00:00Z): the history's chain breaks here: this event carries no link of the chain, so it was inserted outside rectrack
  OIG-21-48#99: its text is indexed above the search mark, so the next catch-up would index it twice
  2 problems: 4 reports, 10 recommendations, 35 events checked (the search index's words were not compared with the texts)
! rectrack: rectrack.db: 2 problems found
[1]

References that lead nowhere, written with foreign keys off.

$ cp clean.db rectrack.db
$ sqlite3 rectrack.db "PRAGMA foreign_keys = OFF; UPDATE recommendation SET agency_id = 42 WHERE id = 2; INSERT INTO event(recommendation_id, change_id, at, effective, actor, kind) VALUES (77, 1, '2026-11-28T00:00:00Z', '2026-11-28', 'x', 'note'); UPDATE agency SET parent_id = (SELECT id FROM agency WHERE code = 'CBP') WHERE code = 'DHS'"
$ rectrack check
  event 37: recommendation_id 77: there is no such recommendation
  OIG-21-48#2: agency_id 42: there is no such agency
  agency CBP: is not under a top agency: its parents make a cycle or lead to an agency that is not there
  agency DHS: is not under a top agency: its parents make a cycle or lead to an agency that is not there
  event 37 (recorded 2026-11-28T00:00:00Z): the history's chain breaks here: this event carries no link of the chain, so it was inserted outside rectrack
  5 problems: 4 reports, 9 recommendations, 34 events checked (the search index's words were not compared with the texts)
! rectrack: rectrack.db: 5 problems found
[1]

The problems as JSON and CSV.

$ rectrack check --format json
  {"ok":false,"reports":4,"recommendations":9,"events":34,"problem_count":5,"search_words_compared":false,"problems":[
  {"check":"foreign-key","subject":"event 37","problem":"recommendation_id 77: there is no such recommendation"},
  {"check":"foreign-key","subject":"OIG-21-48#2","problem":"agency_id 42: there is no such agency"},
  {"check":"foreign-key","subject":"agency CBP","problem":"is not under a top agency: its parents make a cycle or lead to an agency that is not there"},
  {"check":"foreign-key","subject":"agency DHS","problem":"is not under a top agency: its parents make a cycle or lead to an agency that is not there"},
  {"check":"chain","subject":"event 37 (recorded 2026-11-28T00:00:00Z)","problem":"the history's chain breaks here: this event carries no link of the chain, so it was inserted outside rectrack"}
  ]}
! rectrack: rectrack.db: 5 problems found
[1]
$ rectrack check --format csv
  check,subject,problem [CR]
  foreign-key,event 37,recommendation_id 77: there is no such recommendation [CR]
  foreign-key,OIG-21-48#2,agency_id 42: there is no such agency [CR]
  foreign-key,agency CBP,is not under a top agency: its parents make a cycle or lead to an agency that is not there [CR]
  foreign-key,agency DHS,is not under a top agency: its parents make a cycle or lead to an agency that is not there [CR]
  chain,event 37 (recorded 2026-11-28T00:00:00Z),"the history's chain breaks here: this event carries no link of the chain, so it was inserted outside rectrack" [CR]
! rectrack: rectrack.db: 5 problems found
[1]
$ rectrack check --quiet
  event 37: recommendation_id 77: there is no such recommendation
  OIG-21-48#2: agency_id 42: there is no such agency
  agency CBP: is not under a top agency: its parents make a cycle or lead to an agency that is not there
  agency DHS: is not under a top agency: its parents make a cycle or lead to an agency that is not there
  event 37 (recorded 2026-11-28T00:00:00Z): the history's chain breaks here: this event carries no link of the chain, so it was inserted outside rectrack
! rectrack: rectrack.db: 5 problems found
[1]

The command line.

$ rectrack check extra
! rectrack: check: unexpected argument extra
! usage: rectrack check [--quick] [--quiet] [--seal HASH]
!                       [--format table|csv|json]
! See 'rectrack help check' for the options and examples.
[2]
$ rectrack check --format yaml
! rectrack: check: --format: unknown format "yaml" (expected table, csv or json)
! usage: rectrack check [--quick] [--quiet] [--seal HASH]
!                       [--format table|csv|json]
! See 'rectrack help check' for the options and examples.
[2]
$ rectrack --db missing.db check
! rectrack: missing.db: no database here (named by --db; create one with 'rectrack init')
[1]
