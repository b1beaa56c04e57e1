Corrections that keep the history: change sets, void, undo and reading
the register as it was known on a day.  The worked example of
docs/corrections.md: OIG-21-19 (CBP canine teams), four recommendations
resolved in February 2021; on 16 August #3 is closed by mistake (#2 was
meant); the semiannual report for 2021H2 (April to September) is printed
on 15 October; on 1 November the mistake is voided and #2 closed,
back-dated to 16 August.

$ RECTRACK_NOW=2021-02-10T09:00:00Z rectrack init >/dev/null
$ RECTRACK_NOW=2021-02-10T09:00:00Z rectrack issuer add dhs-oig --name "DHS OIG" --kind oig >/dev/null
$ RECTRACK_NOW=2021-02-10T09:00:00Z rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ RECTRACK_NOW=2021-02-10T09:00:00Z rectrack report add OIG-21-19 --title "CBP Has Not Ensured Canine Teams Meet Standards" --issued 2021-02-08 --agency CBP --issuer dhs-oig >/dev/null
$ for n in 1 2 3 4; do RECTRACK_NOW=2021-02-10T09:00:00Z rectrack rec add OIG-21-19 --text "Recommendation $n." --concurrence concur --status open-resolved --target 2021-09-30 >/dev/null; done
$ RECTRACK_NOW=2021-08-16T14:00:00Z rectrack status 'OIG-21-19#3' closed-implemented --date 2021-08-16
  OIG-21-19#3: open-resolved -> closed-implemented
  recorded as change 5
$ RECTRACK_NOW=2021-10-15T10:00:00Z rectrack sar --period 2021H2 > printed.txt
$ RECTRACK_NOW=2021-10-15T10:00:00Z rectrack seal --format json > seal.json

Every command records its events under one change set.

$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack changes
  CHANGE  RECORDED              ACTOR   EVENTS  RECS  FIRST        COMMAND
       1  2021-02-10T09:00:00Z  tester       3     1  OIG-21-19#1  rec add OIG-21-19 --text 'Recommendation 1.' --concurrence concur --status open-resolved --target 2021-09-30
       2  2021-02-10T09:00:00Z  tester       3     1  OIG-21-19#2  rec add OIG-21-19 --text 'Recommendation 2.' --concurrence concur --status open-resolved --target 2021-09-30
       3  2021-02-10T09:00:00Z  tester       3     1  OIG-21-19#3  rec add OIG-21-19 --text 'Recommendation 3.' --concurrence concur --status open-resolved --target 2021-09-30
       4  2021-02-10T09:00:00Z  tester       3     1  OIG-21-19#4  rec add OIG-21-19 --text 'Recommendation 4.' --concurrence concur --status open-resolved --target 2021-09-30
       5  2021-08-16T14:00:00Z  tester       1     1  OIG-21-19#3  status OIG-21-19#3 closed-implemented --date 2021-08-16
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack changes --actor tester --since 2021-08-01 --format csv
  change,at,actor,events,recommendations,first,command [CR]
  5,2021-08-16T14:00:00Z,tester,1,1,OIG-21-19#3,status OIG-21-19#3 closed-implemented --date 2021-08-16 [CR]
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack changes --since 2021-03-01 --format json
  [
  {"change":5,"at":"2021-08-16T14:00:00Z","actor":"tester","events":1,"recommendations":1,"first":"OIG-21-19#3","command":"status OIG-21-19#3 closed-implemented --date 2021-08-16"}
  ]
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack changes --since yesterday
! rectrack: --since: "yesterday" is not a date (YYYY-MM-DD) or an instant (YYYY-MM-DDTHH:MM:SSZ)
[1]

(On PostgreSQL the actor is always the database user; on SQLite --actor
names someone else.)

A void needs a reason, names a change of this register, and is refused
for what cannot be voided; nothing is written then.

$ cp rectrack.db before.db
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack void 5
! rectrack: void: a void needs a reason: --note TEXT
! usage: rectrack void CHANGE --note REASON [--dry-run]
! See 'rectrack help void' for the options and examples.
[2]
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack void 99 --note "typo"
! rectrack: no change 99 in rectrack.db
[1]
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack void five --note "typo"
! rectrack: "five" is not a change (a number from 'rectrack changes', or REGISTER-NUMBER)
[1]
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack void ffffffff-5 --note "typo"
! rectrack: change ffffffff-5 is not one of this register's (their names start with 0a1b2c3d-); it was recorded in another database
[1]
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack void 3 --note "typo"
! rectrack: change 3 added OIG-21-19#3; a change that adds a recommendation cannot be voided (its later changes can)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A dry run shows what the void would do and writes nothing.

$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack void 5 --note "#2 was meant, not #3" --dry-run
  voided change 5: status OIG-21-19#3 closed-implemented --date 2021-08-16 (tester, 2021-08-16T14:00:00Z)
    OIG-21-19#3 status: open-resolved -> closed-implemented (effective 2021-08-16)
  OIG-21-19#3: now open-resolved
  dry run: nothing was written
$ cmp rectrack.db before.db && echo unchanged
  unchanged

The void: the close no longer counts; #2 is closed as meant, back-dated.

$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack void 5 --note "#2 was meant, not #3"
  voided change 5: status OIG-21-19#3 closed-implemented --date 2021-08-16 (tester, 2021-08-16T14:00:00Z)
    OIG-21-19#3 status: open-resolved -> closed-implemented (effective 2021-08-16)
  OIG-21-19#3: now open-resolved
  recorded as change 6
$ RECTRACK_NOW=2021-11-01T09:05:00Z rectrack status 'OIG-21-19#2' closed-implemented --date 2021-08-16
  OIG-21-19#2: open-resolved -> closed-implemented
  recorded as change 7
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack show 'OIG-21-19#3' | sed -n 4,6p
  Status:       Open – Resolved
  Concurrence:  Concur
  Target date:  2021-09-30 (overdue)
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack history 'OIG-21-19#3'
  EFFECTIVE   ACTOR   KIND         FIELD        OLD            NEW                 NOTE                  CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                      open-resolved                                  3
  2021-02-08  tester  concurrence  concurrence  pending        concur                                         3
  2021-02-08  tester  target       target_date                 2021-09-30                                     3
  2021-08-16  tester  status       status       open-resolved  closed-implemented                             5          6
  2021-11-01  tester  void         status       open-resolved  closed-implemented  #2 was meant, not #3       6
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack void 5 --note "again"
! rectrack: change 5 is already voided (by change 6)
[1]
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack check
  ok: 1 report, 4 recommendations, 15 events checked

The seal taken with the printed report still holds: the void and the
back-dated close were recorded after it.

$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack check --seal $(sed 's/.*"seal":"\([0-9a-f]*\)".*/\1/' seal.json) | sed 's/seal [0-9a-f]\{64\}/seal HASH/'
  the history up to seal HASH (13 events, the last recorded 2021-08-16T14:00:00Z) is unchanged
  ok: 1 report, 4 recommendations, 15 events checked

The semiannual report as known on 15 October is, byte for byte, the one
printed that day; without --as-known it has the corrected figures.

$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack sar --period 2021H2 --as-known 2021-10-15 > known.txt
$ cmp printed.txt known.txt && echo "the printed report"
  the printed report
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack export --as-known 2021-10-15 > known.yaml
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack export > now.yaml
$ grep -c 'kind: void' known.yaml now.yaml
  known.yaml:0
  now.yaml:1
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack --db known.db init >/dev/null # sqlite-only
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack --db known.db import known.yaml | tail -1 # sqlite-only
  recorded as change 1
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack --db known.db sar --period 2021H2 | cmp - printed.txt && echo "the printed report, from the export as known then" # sqlite-only
  the printed report, from the export as known then
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack sar --period 2021H2 > corrected.txt
$ diff printed.txt corrected.txt
  39c39
  < OIG-21-19#2  2021-02-08  CBP     open-resolved  234  2021-09-30
  ---
  > OIG-21-19#3  2021-02-08  CBP     open-resolved  234  2021-09-30
  47c47
  < OIG-21-19#3  2021-02-08  CBP     closed-implemented  189  2021-09-30
  ---
  > OIG-21-19#2  2021-02-08  CBP     closed-implemented  189  2021-09-30
[1]
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack list --status closed --as-of 2021-09-30 --as-known 2021-10-15 --format csv | cut -d, -f1,11
  id,status
  OIG-21-19#3,closed-implemented
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack list --status closed --as-of 2021-09-30 --format csv | cut -d, -f1,11
  id,status
  OIG-21-19#2,closed-implemented
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack history 'OIG-21-19#3' --as-known 2021-10-15
  EFFECTIVE   ACTOR   KIND         FIELD        OLD            NEW                 NOTE  CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                      open-resolved                  3
  2021-02-08  tester  concurrence  concurrence  pending        concur                         3
  2021-02-08  tester  target       target_date                 2021-09-30                     3
  2021-08-16  tester  status       status       open-resolved  closed-implemented             5

As known before anything was recorded, the register is empty: a note,
not an error.  A horizon that is not a date or instant, or is in the
future, is refused.

$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack list --as-known 2020-12-31
! rectrack: note: nothing was recorded in rectrack.db by 2020-12-31T23:59:59Z (the first change was recorded at 2021-02-10T09:00:00Z); as known then, the register was empty
! rectrack: list: no recommendations match
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack summary --as-known 2021-02-10T08:59:59Z --format csv | tail -1
  TOTAL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0.00,0.00, [CR]
! rectrack: note: nothing was recorded in rectrack.db by 2021-02-10T08:59:59Z (the first change was recorded at 2021-02-10T09:00:00Z); as known then, the register was empty
! rectrack: summary: no recommendations match
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack list --as-known last-week
! rectrack: --as-known: "last-week" is not a date (YYYY-MM-DD) or an instant (YYYY-MM-DDTHH:MM:SSZ, in UTC)
[1]
$ RECTRACK_NOW=2021-11-01T09:00:00Z rectrack list --as-known 2021-11-02
! rectrack: --as-known: 2021-11-02 is after today (2021-11-01): nothing is known of it yet
[1]

A later change of the same attribute depends on an earlier one: the
earlier is voided only after the later.  A void can be voided, which
gives the voided events back.

$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack status 'OIG-21-19#1' closed-implemented >/dev/null
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack status 'OIG-21-19#1' open-resolved --note "reopened: evidence missing" >/dev/null
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack void 8 --note "wrong"
! rectrack: change 8 cannot be voided: change 9 changed OIG-21-19#1 (status) after it; void change 9 first
[1]
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack void 9 --note "the evidence came" | tail -2
  OIG-21-19#1: now closed-implemented
  recorded as change 10
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack void 10 --note "it had not" | tail -2
  OIG-21-19#1: now open-resolved
  recorded as change 11
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack show 'OIG-21-19#1' | sed -n 4p
  Status:       Open – Resolved

A field changed by mistake comes back with its change voided.

$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack rec set 'OIG-21-19#4' text="Recommendation four, mistyped." questioned_cost=1250 >/dev/null
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack void 12 --note "typed into the wrong record" | sed 1d
    OIG-21-19#4 text: Recommendation 4. -> Recommendation four, mistyped. (effective 2021-11-02)
    OIG-21-19#4 questioned_cost: none -> 1250.00 (effective 2021-11-02)
  OIG-21-19#4: now open-resolved
  recorded as change 13
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack list --report OIG-21-19 --format csv | cut -d, -f1,8,21 | sed -n 5p
  OIG-21-19#4,Recommendation 4.,

undo voids the caller's own latest change set that is in force, after
showing it; --dry-run shows it only.

$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack note 'OIG-21-19#4' "call with CBP on Monday" >/dev/null
$ cp rectrack.db before.db
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack undo --dry-run
  undo: voided change 14: note OIG-21-19#4 'call with CBP on Monday' (tester, 2021-11-02T09:00:00Z)
    OIG-21-19#4 note: call with CBP on Monday (effective 2021-11-02)
  OIG-21-19#4: now open-resolved
  dry run: nothing was written
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack undo | tail -1
  recorded as change 15
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack --db empty.db init >/dev/null && RECTRACK_NOW=2021-11-02T09:00:00Z rectrack --db empty.db undo # sqlite-only
! rectrack: tester has recorded no change that can be undone
[1]
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack undo 5
! rectrack: undo: undo takes no operand; to void another change use 'rectrack void CHANGE'
! usage: rectrack undo [--note REASON] [--dry-run]
! See 'rectrack help undo' for the options and examples.
[2]
$ RECTRACK_NOW=2021-11-02T09:00:00Z rectrack check
  ok: 1 report, 4 recommendations, 25 events checked
