The management decision's amounts (schema version 4): disallowed_cost,
the part of the questioned cost management agreed to disallow, and
fbu_agreed, the part of the funds put to better use it agreed to.  They
are recorded with the resolution (or the closure), each as a `field`
event of the move's day, so that a listing as of an earlier day does not
have them.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS OIG" --kind oig >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-24-01 --title "Grant costs" --issued 2024-11-20 --agency CBP >/dev/null
$ rectrack rec add OIG-24-01 --text "Recover the questioned costs." >/dev/null
$ rectrack rec add OIG-24-01 --text "Put the funds to better use." >/dev/null
$ rectrack rec add OIG-24-01 --text "No money here." >/dev/null
$ rectrack rec set 'OIG-24-01#1' questioned_cost=2500 unsupported_cost=400 funds_better_use=10,000 --date 2024-11-20
  OIG-24-01#1: 3 fields changed
  recorded as change 4
$ rectrack rec set 'OIG-24-01#2' funds_better_use=900 --date 2024-11-20
  OIG-24-01#2: 1 field changed
  recorded as change 5

The decision with the resolution: one line says what was recorded.

$ rectrack status 'OIG-24-01#1' open-resolved --target 2025-12-31 --date 2025-05-15 --disallowed 1,200.50 --fbu-agreed '$3000'
  OIG-24-01#1: open-pending -> open-resolved, target 2025-12-31, disallowed_cost $1,200.50, fbu_agreed $3,000.00
  recorded as change 6

Refusals, each leaving the database as it was: the amounts go with a
resolution or a closure, never more than what they are a part of, and
are amounts of dollars.

$ cp rectrack.db before.db
$ rectrack status 'OIG-24-01#2' open-unresolved --fbu-agreed 100
! rectrack: --fbu-agreed: the amounts of a management decision go with its resolution (a move to open-resolved, closed-implemented or closed-not-implemented), not with a move to open-unresolved
[1]
$ rectrack status 'OIG-24-01#2' open-resolved --target 2025-12-31 --fbu-agreed 900.01
! rectrack: OIG-24-01#2: fbu_agreed $900.01 is more than funds_better_use $900.00 (the funds agreed to are a part of the funds put to better use)
[1]
$ rectrack status 'OIG-24-01#2' open-resolved --target 2025-12-31 --disallowed lots
! rectrack: --disallowed: "lots" is not an amount of dollars (e.g. 1234.56)
[1]
$ rectrack status 'OIG-24-01#2' 'OIG-24-01#1' closed-implemented --fbu-agreed 800 --disallowed 2600
! rectrack: OIG-24-01#1: disallowed_cost $2,600.00 is more than questioned_cost $2,500.00 (the costs disallowed are a part of the costs questioned)
[1]
$ rectrack rec set 'OIG-24-01#1' disallowed_cost=2500.01
! rectrack: disallowed_cost $2,500.01 is more than questioned_cost $2,500.00 (the costs disallowed are a part of the costs questioned)
[1]
$ rectrack rec set 'OIG-24-01#1' questioned_cost=1200
! rectrack: disallowed_cost $1,200.50 is more than questioned_cost $1,200.00 (the costs disallowed are a part of the costs questioned)
[1]
$ rectrack concur 'OIG-24-01#2' concur --fbu-agreed 100 2>&1 | head -1
  rectrack: concur: unknown option --fbu-agreed
$ cmp before.db rectrack.db && echo unchanged
  unchanged

Without questioned costs there is nothing to compare with; a decision
may come with a closure (here without a resolution before it).

$ rectrack status 'OIG-24-01#3' closed-not-implemented --note "superseded" --date 2025-08-01 --disallowed 0
  OIG-24-01#3: open-pending -> closed-not-implemented, disallowed_cost $0.00
  recorded as change 7

Shown, listed (hidden in the table, present in CSV and JSON), in the
history.

$ rectrack show 'OIG-24-01#1' | sed -n '/Questioned/,/Age/p'
  Questioned:   $2,500.00
  Unsupported:  $400.00
  Better use:   $10,000.00
  Disallowed:   $1,200.50
  FBU agreed:   $3,000.00
  Age:          738 days
$ rectrack show 'OIG-24-01#1' --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["disallowed_cost"], d["fbu_agreed"], d["questioned_cost"])'
  1200.5 3000.0 2500.0
$ rectrack list --format csv | cut -d, -f1,21,23,25,26
  id,questioned_cost,funds_better_use,disallowed_cost,fbu_agreed
  OIG-24-01#1,2500.00,10000.00,1200.50,3000.00
  OIG-24-01#2,,900.00,,
  OIG-24-01#3,,,0.00,
$ rectrack list --format json | python3 -c 'import json,sys; [print(r["id"], r["disallowed_cost"], r["fbu_agreed"]) for r in json.load(sys.stdin)]'
  OIG-24-01#1 1200.5 3000.0
  OIG-24-01#2 None None
  OIG-24-01#3 0.0 None
$ rectrack list
  ID           STATUS                  TARGET      OVERDUE  TEXT
  OIG-24-01#1  open-resolved           2025-12-31  overdue  Recover the questioned costs.
  OIG-24-01#2  open-pending                                 Put the funds to better use.
  OIG-24-01#3  closed-not-implemented                       No money here.
$ rectrack history 'OIG-24-01#1' --format csv | cut -d, -f1,4-7
  effective,kind,field,old,new
  2024-11-20,issued,status,,open-pending
  2024-11-20,field,questioned_cost,,2500.00
  2024-11-20,field,unsupported_cost,,400.00
  2024-11-20,field,funds_better_use,,10000.00
  2025-05-15,status,status,open-pending,open-resolved
  2025-05-15,target,target_date,,2025-12-31
  2025-05-15,field,disallowed_cost,,1200.50
  2025-05-15,field,fbu_agreed,,3000.00

As of the day before the decision the amounts were not decided; on its
day they were.

$ rectrack list --as-of 2025-05-14 --format csv | cut -d, -f1,11,25,26
  id,status,disallowed_cost,fbu_agreed
  OIG-24-01#1,open-pending,,
  OIG-24-01#2,open-pending,,
  OIG-24-01#3,open-pending,,
$ rectrack list --as-of 2025-05-15 --format csv | cut -d, -f1,11,25,26
  id,status,disallowed_cost,fbu_agreed
  OIG-24-01#1,open-resolved,1200.50,3000.00
  OIG-24-01#2,open-pending,,
  OIG-24-01#3,open-pending,,
$ rectrack show 'OIG-24-01#1' --as-of 2025-05-14 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], d["disallowed_cost"], d["fbu_agreed"])'
  open-pending None None

The closure may revise the decision; an amount that does not change
writes no event.  `rec set` corrects an amount, and clears one with "".

$ rectrack status 'OIG-24-01#1' closed-implemented --date 2026-01-10 --disallowed 1500 --fbu-agreed 3000
  OIG-24-01#1: open-resolved -> closed-implemented, disallowed_cost $1,500.00
  recorded as change 8
$ rectrack rec set 'OIG-24-01#2' fbu_agreed=450 --date 2026-02-01 --note "decided in the 90-day letter"
  OIG-24-01#2: 1 field changed
  recorded as change 9
$ rectrack rec set 'OIG-24-01#2' fbu_agreed= --note "entered in error"
  OIG-24-01#2: 1 field changed
  recorded as change 10
$ rectrack history 'OIG-24-01#1' --format csv | cut -d, -f1,4-7 | tail -2
  2026-01-10,status,status,open-resolved,closed-implemented
  2026-01-10,field,disallowed_cost,1200.50,1500.00
$ rectrack history 'OIG-24-01#2' --format csv | cut -d, -f1,4-8 | tail -2
  2026-02-01,field,fbu_agreed,,450.00,decided in the 90-day letter
  2026-11-28,field,fbu_agreed,450.00,,entered in error
$ rectrack list --as-of 2025-12-31 --format csv | cut -d, -f1,25,26 | sed -n 2p
  OIG-24-01#1,1200.50,3000.00
$ rectrack check
  ok: 1 report, 3 recommendations, 17 events checked

Export and import: the keys disallowed_cost and fbu_agreed, and a round
trip through an empty database gives the same bytes.

$ rectrack export | grep -E 'number: "|_cost|fbu|better_use'
    - number: "1"
      questioned_cost: 2500.00
      unsupported_cost: 400.00
      funds_better_use: 10000.00
      disallowed_cost: 1500.00
      fbu_agreed: 3000.00
        field: questioned_cost
        field: unsupported_cost
        field: funds_better_use
        field: disallowed_cost
        field: fbu_agreed
        field: disallowed_cost
    - number: "2"
      funds_better_use: 900.00
        field: funds_better_use
        field: fbu_agreed
        field: fbu_agreed
    - number: "3"
      disallowed_cost: 0.00
        field: disallowed_cost
$ rectrack export > one.yaml
$ rectrack --db two.db init >/dev/null
$ rectrack --db two.db import one.yaml | grep -v "^recorded" | tail -2
  events: 17
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed
$ rectrack --db two.db export > two.yaml
$ grep -v '^ *\(change\|seq\|voids\): ' one.yaml > one.kept
$ grep -v '^ *\(change\|seq\|voids\): ' two.yaml | cmp - one.kept && echo "same bytes but the places in the history"
  same bytes but the places in the history
$ rectrack --db two.db import one.yaml | sed -n 2,3p
  recommendations: 0 new, 0 changed, 3 unchanged
  events: 0
$ rectrack --db two.db check
  ok: 1 report, 3 recommendations, 17 events checked

A file without history: the decision is dated with the resolution
(resolved_date), or with the closure when there was none, so that --as-of
works on imported data.

$ cat > new.yaml <<'EOF'
> reports:
>   - number: OIG-25-07
>     title: Contract costs
>     issuer: dhs-oig
>     issued: 2025-01-15
>     agency: CBP
>     recommendations:
>       - number: "1"
>         text: Recover the unsupported costs.
>         status: closed-implemented
>         resolved_date: 2025-04-01
>         closed_date: 2025-09-30
>         questioned_cost: 75000
>         disallowed_cost: 60000.25
>       - number: "2"
>         text: Put the savings to better use.
>         status: closed-not-implemented
>         closed_date: 2025-10-15
>         funds_better_use: 5000
>         fbu_agreed: 0
>       - number: "3"
>         text: Not decided.
>         status: open-unresolved
>         questioned_cost: 100
> EOF
$ rectrack --db two.db import new.yaml | sed -n 2,3p
  recommendations: 3 new, 0 changed, 0 unchanged
  events: 9
$ rectrack --db two.db history 'OIG-25-07#1' --format csv | cut -d, -f1,4-7
  effective,kind,field,old,new
  2025-01-15,issued,status,,open-pending
  2025-04-01,status,status,open-pending,open-resolved
  2025-04-01,field,disallowed_cost,,60000.25
  2025-09-30,status,status,open-resolved,closed-implemented
$ rectrack --db two.db history 'OIG-25-07#2' --format csv | cut -d, -f1,4-7 | tail -1
  2025-10-15,field,fbu_agreed,,0.00
$ rectrack --db two.db list --report OIG-25-07 --as-of 2025-03-31 --format csv | cut -d, -f1,11,21,25,26
  id,status,questioned_cost,disallowed_cost,fbu_agreed
  OIG-25-07#1,open-pending,75000.00,,
  OIG-25-07#2,open-pending,,,
  OIG-25-07#3,open-unresolved,100.00,,

An imported change of an existing recommendation that resolves it dates
the decision with the resolution too; one that only changes an amount
dates it on the day of the import.

$ cat > change.yaml <<'EOF'
> reports:
>   - number: OIG-25-07
>     title: Contract costs
>     issuer: dhs-oig
>     issued: 2025-01-15
>     agency: CBP
>     recommendations:
>       - number: "3"
>         text: Not decided.
>         status: open-resolved
>         resolved_date: 2025-06-30
>         target_date: 2026-06-30
>         disallowed_cost: 100
> EOF
$ rectrack --db two.db import change.yaml | sed -n 2,3p
  recommendations: 0 new, 1 changed, 0 unchanged
  events: 3
$ rectrack --db two.db history 'OIG-25-07#3' --format csv | cut -d, -f1,4-7 | tail -3
  2025-06-30,target,target_date,,2026-06-30
  2025-06-30,status,status,open-unresolved,open-resolved
  2025-06-30,field,disallowed_cost,,100.00
$ sed -i 's/disallowed_cost: 100/disallowed_cost: 90/' change.yaml
$ rectrack --db two.db import change.yaml | sed -n 3p
  events: 1
$ rectrack --db two.db history 'OIG-25-07#3' --format csv | cut -d, -f1,4-7 | tail -1
  2026-11-28,field,disallowed_cost,100.00,90.00
$ rectrack --db two.db check
  ok: 2 reports, 6 recommendations, 30 events checked

An import that breaks the rule is refused where it says so, and writes
nothing.

$ cp two.db two-before.db
$ sed -i 's/disallowed_cost: 90/disallowed_cost: 100.01/' change.yaml
$ rectrack --db two.db import change.yaml
! rectrack: change.yaml:8:9: reports[0].recommendations[0]: disallowed_cost $100.01 is more than questioned_cost $100.00 (the costs disallowed are a part of the costs questioned)
[1]
$ printf 'reports:\n  - number: OIG-25-08\n    title: T\n    issuer: dhs-oig\n    issued: 2025-01-15\n    agency: CBP\n    recommendations:\n      - {number: "1", text: T, status: open-resolved, funds_better_use: 1, fbu_agreed: 2}\n' > bad.yaml
$ rectrack --db two.db import bad.yaml
! rectrack: bad.yaml:8:9: reports[0].recommendations[0]: fbu_agreed $2.00 is more than funds_better_use $1.00 (the funds agreed to are a part of the funds put to better use)
[1]
$ cmp two-before.db two.db && echo unchanged
  unchanged

The schema itself refuses such a row, whatever writes it.

$ sqlite3 two.db "UPDATE recommendation SET disallowed_cost = 7500001 WHERE text = 'Recover the unsupported costs.'" 2>&1 | grep -o "CHECK constraint failed: disallowed_cost"
  CHECK constraint failed: disallowed_cost

A database of schema version 3 is upgraded: the new columns are empty,
and the result is the schema a new database has.

$ for f in 001-initial 002-search 003-listing-indexes; do sqlite3 old.db < $SRCDIR/schema/$f.sql; done
$ sqlite3 old.db "PRAGMA application_id = 1381257795; PRAGMA user_version = 3;
> INSERT INTO issuer(code, name) VALUES ('gao', 'GAO');
> INSERT INTO agency(code, name) VALUES ('DOJ', 'Department of Justice');
> INSERT INTO report(number, sort_key, title, issuer_id, issued, fiscal_year, agency_id)
>   VALUES ('GAO-20-536', 'GAO-0220-03536', 'Federal Prisons: Staffing', 1, '2020-07-09', 2020, 1);
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, questioned_cost)
>   VALUES (1, '1', '011', 'Address staffing shortages.', 1, 12345);
> INSERT INTO event(recommendation_id, at, effective, actor, kind, field, new)
>   VALUES (1, '2026-11-28T12:00:00Z', '2020-07-09', 'tester', 'issued', 'status', 'open-pending');"
$ rectrack --db old.db init # sqlite-only
  upgraded old.db from schema version 3 to 9
$ rectrack --db old.db list --format csv | cut -d, -f1,21,25,26 # sqlite-only
  id,questioned_cost,disallowed_cost,fbu_agreed
  GAO-20-536#1,123.45,,
$ rectrack --db old.db check # sqlite-only
  ok: 1 report, 1 recommendation, 1 event checked
