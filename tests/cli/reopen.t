The date of the management decision (resolved_date) when a
recommendation is reopened or goes back to an unresolved status: it is
kept; only a new decision (a move into open-resolved from open-pending
or open-unresolved) dates a new one.  A reopening into open-resolved
records a decision only for a recommendation that never had one.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS OIG" --kind oig >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-25-01 --title "Grant costs" --issued 2025-01-15 --agency CBP >/dev/null
$ for i in 1 2 3 4; do rectrack rec add OIG-25-01 --text "Recover the questioned costs ($i)." >/dev/null; done
$ for i in 1 2 3 4; do rectrack rec set "OIG-25-01#$i" questioned_cost=1000 --date 2025-01-15 >/dev/null; done

#1 is resolved in March 2025 (a management decision of 2025H1), closed
by mistake in June and reopened the next day.

$ rectrack status 'OIG-25-01#1' open-resolved --target 2025-12-31 --disallowed 400 --date 2025-03-10
  OIG-25-01#1: open-pending -> open-resolved, target 2025-12-31, disallowed_cost $400.00
  recorded as change 9
$ rectrack status 'OIG-25-01#2' open-unresolved --date 2025-02-01 >/dev/null
$ rectrack status 'OIG-25-01#3' open-unresolved --date 2025-02-01 >/dev/null
$ rectrack sar --period 2025H2 --format csv > before.csv
$ rectrack status 'OIG-25-01#1' closed-implemented --date 2025-06-02
  OIG-25-01#1: open-resolved -> closed-implemented
  recorded as change 12
$ rectrack status 'OIG-25-01#1' open-resolved --date 2025-06-03 --note "closed by mistake"
  OIG-25-01#1: closed-implemented -> open-resolved
  recorded as change 13

The reopening keeps the decision's date, now and as of any day since.

$ rectrack show 'OIG-25-01#1' | grep -E 'Status|Resolved|Closed'
  Status:       Open – Resolved
  Resolved:     2025-03-10
$ rectrack list --format csv | cut -d, -f1,11,14,15
  id,status,resolved_date,closed_date
  OIG-25-01#1,open-resolved,2025-03-10,
  OIG-25-01#2,open-unresolved,,
  OIG-25-01#3,open-unresolved,,
  OIG-25-01#4,open-pending,,
$ rectrack list --as-of 2025-06-03 --format csv | cut -d, -f1,14 | sed -n 2p
  OIG-25-01#1,2025-03-10
$ rectrack history 'OIG-25-01#1'
  EFFECTIVE   ACTOR   KIND    FIELD            OLD                 NEW                 NOTE               CHANGE  VOIDED BY
  2025-01-15  tester  issued  status                               open-pending                                1
  2025-01-15  tester  field   questioned_cost                      1000.00                                     5
  2025-03-10  tester  status  status           open-pending        open-resolved                               9
  2025-03-10  tester  target  target_date                          2025-12-31                                  9
  2025-03-10  tester  field   disallowed_cost                      400.00                                      9
  2025-06-02  tester  status  status           open-resolved       closed-implemented                         12
  2025-06-03  tester  status  status           closed-implemented  open-resolved       closed by mistake      13
$ rectrack export --report OIG-25-01 | grep -E 'number|resolved_date|closed_date'
  - number: OIG-25-01
    - number: "1"
      resolved_date: 2025-03-10
    - number: "2"
    - number: "3"
    - number: "4"

The semiannual report for 2025H2 is the same, byte for byte, with the
mistaken closing and its reopening: #1 was decided before the period and
stays open, and the reopening is no decision of 2025H2.

$ rectrack sar --period 2025H2 --format csv > after.csv
$ cmp before.csv after.csv && echo same
  same
$ grep -c 'OIG-25-01#1,.*2025-03-10' after.csv
  1

#2, open-unresolved at the start of 2025H2, is closed by mistake and
reopened open-unresolved: still awaiting a decision at the end (D, not
C).  #3, closed as not implemented straight from open-unresolved, is
reopened open-resolved: it never had a decision, so the reopening
records one, dated that day, counted once in its period.

$ rectrack status 'OIG-25-01#2' closed-not-implemented --date 2025-07-01 --note "wrong recommendation" >/dev/null
$ rectrack status 'OIG-25-01#2' open-unresolved --date 2025-07-02 --note "closed by mistake" >/dev/null
$ rectrack status 'OIG-25-01#3' closed-not-implemented --date 2025-07-01 --note "program ended" >/dev/null
$ rectrack status 'OIG-25-01#3' open-resolved --target 2026-06-30 --date 2025-08-15 --note "program restarted with a plan" >/dev/null
$ rectrack list --format csv | cut -d, -f1,11,14 | sed -n '3,4p'
  OIG-25-01#2,open-unresolved,
  OIG-25-01#3,open-resolved,2025-08-15
$ rectrack sar --period 2025H2 | sed -n '/^Table I:/,/^D, over/p'
  Table I: reports with questioned costs
  ROW               DESCRIPTION                                                REPORTS  QUESTIONED COST  UNSUPPORTED COST
  A                 no management decision by the start of the period                1        $3,000.00             $0.00
  B                 issued during the period                                         0            $0.00             $0.00
  A+B               subtotal (A + B)                                                 1        $3,000.00             $0.00
  C                 management decision made during the period                       1        $1,000.00             $0.00
  C(i)                (i) disallowed costs                                           0            $0.00
  C(ii)               (ii) costs not disallowed                                      1        $1,000.00
  D                 no management decision by the end of the period                  1        $2,000.00             $0.00
  D, over 6 months    of D: no management decision within six months of issue        1        $2,000.00             $0.00

#1 goes back to open-unresolved (the agency withdrew its plan): the date
of its last decision is kept, shown as such, and counts no days; a new
resolution is a new decision with its own date.

$ rectrack status 'OIG-25-01#1' open-unresolved --date 2025-11-05 --note "plan withdrawn"
  OIG-25-01#1: open-resolved -> open-unresolved
  recorded as change 18
$ rectrack show 'OIG-25-01#1' | grep -E '^(Status|Resolved|Last decided|Age):'
  Status:       Open – Unresolved
  Last decided: 2025-03-10
  Age:          682 days
$ rectrack list --format csv | cut -d, -f1,11,14 | sed -n 2p
  OIG-25-01#1,open-unresolved,2025-03-10
$ rectrack outstanding --format csv | cut -d, -f5,9-13 | sed -n '1,2p'
  id,status,target_date,extensions,days_open,overdue
  OIG-25-01#1,open-unresolved,2025-12-31,0,682,no
$ rectrack status 'OIG-25-01#1' open-resolved --target 2026-06-30 --date 2026-01-20 --note "new plan"
  OIG-25-01#1: open-unresolved -> open-resolved, target 2026-06-30
  recorded as change 19
$ rectrack show 'OIG-25-01#1' | grep -E '^(Resolved|Last decided)'
  Resolved:     2026-01-20
$ rectrack list --as-of 2026-01-19 --format csv | cut -d, -f1,11,14 | sed -n 2p
  OIG-25-01#1,open-unresolved,2025-03-10

The check finds these histories sound.

$ rectrack check
  ok: 1 report, 4 recommendations, 23 events checked

An export carries the history; importing it into an empty database
rebuilds every date with the same rule.

$ rectrack export > all.yaml
$ rectrack --db copy.db init >/dev/null
$ rectrack --db copy.db import all.yaml >/dev/null
$ rectrack --db copy.db list --format csv | cut -d, -f1,11,14,15
  id,status,resolved_date,closed_date
  OIG-25-01#1,open-resolved,2026-01-20,
  OIG-25-01#2,open-unresolved,,
  OIG-25-01#3,open-resolved,2025-08-15,
  OIG-25-01#4,open-pending,,
$ rectrack --db copy.db list --as-of 2025-12-31 --format csv | cut -d, -f1,11,14,15
  id,status,resolved_date,closed_date
  OIG-25-01#1,open-unresolved,2025-03-10,
  OIG-25-01#2,open-unresolved,,
  OIG-25-01#3,open-resolved,2025-08-15,
  OIG-25-01#4,open-pending,,
$ rectrack --db copy.db check
  ok: 1 report, 4 recommendations, 23 events checked

A database written before this rule holds, for a recommendation
reopened then, the date the reopening gave (or none after a move back to
open-unresolved); the check accepts what that rule gave, also followed
by moves made since, and nothing else.  #4 is resolved, closed by
mistake and reopened; its row is then set as the earlier rule left it
(tests/pg/check.t.sh does the same on PostgreSQL).

$ rectrack status 'OIG-25-01#4' open-resolved --target 2025-12-31 --date 2025-02-10 >/dev/null
$ rectrack status 'OIG-25-01#4' closed-implemented --date 2025-02-20 >/dev/null
$ rectrack status 'OIG-25-01#4' open-resolved --date 2025-02-21 --note "closed by mistake" >/dev/null
$ sqlite3 rectrack.db "UPDATE recommendation SET resolved_date = '2025-02-21' WHERE number = '4'"
$ rectrack check # sqlite-only
  ok: 1 report, 4 recommendations, 27 events checked
$ rectrack status 'OIG-25-01#4' open-unresolved --date 2025-03-01 --note "plan withdrawn" >/dev/null
$ sqlite3 rectrack.db "SELECT resolved_date FROM recommendation WHERE number = '4'"
  2025-02-21
$ rectrack check # sqlite-only
  ok: 1 report, 4 recommendations, 28 events checked
$ sqlite3 rectrack.db "UPDATE recommendation SET resolved_date = NULL WHERE number = '4'"
$ rectrack check # sqlite-only
  ok: 1 report, 4 recommendations, 28 events checked
$ sqlite3 rectrack.db "UPDATE recommendation SET resolved_date = '2025-02-20' WHERE number = '4'; UPDATE recommendation SET resolved_date = '2025-07-01' WHERE number = '2'"
$ rectrack check # sqlite-only
  OIG-25-01#2: resolved_date is 2025-07-01, but its history says none
  OIG-25-01#4: resolved_date is 2025-02-20, but its history says 2025-02-10
  2 problems: 1 report, 4 recommendations, 28 events checked
! rectrack: rectrack.db: 2 problems found
[1]
