rectrack pending: the closure and extension requests awaiting review,
oldest first, with who asked, when, how long they have waited, and what
they cite or ask for.

$ rectrack init >/dev/null
$ rectrack import "$SRCDIR/config/examples/port-of-entry.yaml" >/dev/null
$ printf 'test' > summary.pdf
$ rectrack evidence add 'OIG-21-19#4' summary.pdf --date 2026-09-01 >/dev/null
$ rectrack evidence add 'OIG-21-48#1' summary.pdf --date 2026-09-01 >/dev/null
$ rectrack agency add FEMA --name "Federal Emergency Management Agency" >/dev/null
$ rectrack report add OIG-22-01 --title "Grants" --issued 2022-01-10 --agency FEMA >/dev/null
$ rectrack rec add OIG-22-01 --text "Close out the grants" --target 2026-12-31 >/dev/null
$ rectrack official add jdoe --name "J. Doe" --agency CBP >/dev/null
$ rectrack rec set 'OIG-21-19#3' official=jdoe >/dev/null

Nothing pending yet: nothing listed.

$ rectrack pending
! rectrack: pending: no pending requests
$ rectrack pending --format json
  []
! rectrack: pending: no pending requests

Requests on different days, several recommendations at once.

$ rectrack request-closure 'OIG-21-19#4' 'OIG-21-48#1' --note "Actions complete" --evidence 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 --date 2026-10-01
  OIG-21-19#4: closure requested, citing 1 evidence file
  OIG-21-48#1: closure requested, citing 1 evidence file
  recorded as change 7
$ rectrack request-extension 'OIG-22-01#1' --target 2027-06-30 --note "Audit of the grantees first" --date 2026-11-15
  OIG-22-01#1: extension requested: target 2026-12-31 -> 2027-06-30
  recorded as change 8
$ rectrack request-extension 'OIG-21-19#3' --target 2027-03-31 --note "Training contract re-awarded" --date 2026-09-01
  OIG-21-19#3: extension requested: target 2021-09-30 -> 2027-03-31
  recorded as change 9
$ rectrack request-closure 'OIG-21-19#3' --note "Training delivered"
  OIG-21-19#3: closure requested
  recorded as change 10
$ rectrack pending
  REC          KIND       BY      ON          DAYS  EVIDENCE  TARGET      NOTE
  OIG-21-19#3  extension  tester  2026-09-01    88            2027-03-31  Training contract re-awarded
  OIG-21-19#4  closure    tester  2026-10-01    58         1              Actions complete
  OIG-21-48#1  closure    tester  2026-10-01    58         1              Actions complete
  OIG-22-01#1  extension  tester  2026-11-15    13            2027-06-30  Audit of the grantees first
  OIG-21-19#3  closure    tester  2026-11-28     0         0              Training delivered
$ rectrack pending --format csv
  recommendation,kind,requested_by,requested_on,days_waiting,evidence,target,note [CR]
  OIG-21-19#3,extension,tester,2026-09-01,88,,2027-03-31,Training contract re-awarded [CR]
  OIG-21-19#4,closure,tester,2026-10-01,58,1,,Actions complete [CR]
  OIG-21-48#1,closure,tester,2026-10-01,58,1,,Actions complete [CR]
  OIG-22-01#1,extension,tester,2026-11-15,13,,2027-06-30,Audit of the grantees first [CR]
  OIG-21-19#3,closure,tester,2026-11-28,0,0,,Training delivered [CR]
$ rectrack pending --format json
  [
  {"recommendation":"OIG-21-19#3","kind":"extension","requested_by":"tester","requested_on":"2026-09-01","days_waiting":88,"evidence":null,"target":"2027-03-31","note":"Training contract re-awarded"},
  {"recommendation":"OIG-21-19#4","kind":"closure","requested_by":"tester","requested_on":"2026-10-01","days_waiting":58,"evidence":1,"target":null,"note":"Actions complete"},
  {"recommendation":"OIG-21-48#1","kind":"closure","requested_by":"tester","requested_on":"2026-10-01","days_waiting":58,"evidence":1,"target":null,"note":"Actions complete"},
  {"recommendation":"OIG-22-01#1","kind":"extension","requested_by":"tester","requested_on":"2026-11-15","days_waiting":13,"evidence":null,"target":"2027-06-30","note":"Audit of the grantees first"},
  {"recommendation":"OIG-21-19#3","kind":"closure","requested_by":"tester","requested_on":"2026-11-28","days_waiting":0,"evidence":0,"target":null,"note":"Training delivered"}
  ]

Filters: by agency, official, report, issuer; --as-of counts the days to that
day and leaves out what was asked after it.

$ rectrack pending --agency FEMA
  REC          KIND       BY      ON          DAYS  EVIDENCE  TARGET      NOTE
  OIG-22-01#1  extension  tester  2026-11-15    13            2027-06-30  Audit of the grantees first
$ rectrack pending --official jdoe
  REC          KIND       BY      ON          DAYS  EVIDENCE  TARGET      NOTE
  OIG-21-19#3  extension  tester  2026-09-01    88            2027-03-31  Training contract re-awarded
  OIG-21-19#3  closure    tester  2026-11-28     0         0              Training delivered
$ rectrack pending --report OIG-21-48 --format csv
  recommendation,kind,requested_by,requested_on,days_waiting,evidence,target,note [CR]
  OIG-21-48#1,closure,tester,2026-10-01,58,1,,Actions complete [CR]
$ rectrack pending --issuer dhs-oig --format csv | wc -l
  6
$ rectrack pending --as-of 2026-10-15
  REC          KIND       BY      ON          DAYS  EVIDENCE  TARGET      NOTE
  OIG-21-19#3  extension  tester  2026-09-01    44            2027-03-31  Training contract re-awarded
  OIG-21-19#4  closure    tester  2026-10-01    14         1              Actions complete
  OIG-21-48#1  closure    tester  2026-10-01    14         1              Actions complete
$ rectrack pending --as-of 2026-08-31
! rectrack: pending: no pending requests

Decided requests leave the list; a request whose recommendation is closed
by `status` lapses with it.

$ rectrack approve 'OIG-22-01#1' >/dev/null
$ rectrack status 'OIG-21-48#1' closed-implemented --note "Closed on the OIG's own review" >/dev/null
$ rectrack pending --format csv
  recommendation,kind,requested_by,requested_on,days_waiting,evidence,target,note [CR]
  OIG-21-19#3,extension,tester,2026-09-01,88,,2027-03-31,Training contract re-awarded [CR]
  OIG-21-19#4,closure,tester,2026-10-01,58,1,,Actions complete [CR]
  OIG-21-19#3,closure,tester,2026-11-28,0,0,,Training delivered [CR]
$ rectrack check
  ok: 5 reports, 9 recommendations, 37 events checked, 1 evidence file re-hashed

Bad options: one line each.

$ rectrack pending --agency NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack pending --official nobody
! rectrack: nobody: no such official (add it with 'rectrack official add')
[1]
$ rectrack pending --as-of 2027-01-01
! rectrack: --as-of: 2027-01-01 is after today (2026-11-28): the history cannot tell yet
[1]
$ rectrack pending --as-of yesterday
! rectrack: --as-of: "yesterday" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack pending --format xml
! rectrack: pending: --format: unknown format "xml" (expected table, csv, json or md)
! usage: rectrack pending [--issuer CODE] [--agency CODE] [--report NUMBER]
!                         [--official CODE]... [--include-staff] [--as-of DATE]
!                         [--format table|csv|json|md]
! See 'rectrack help pending' for the options and examples.
[2]
$ rectrack pending extra
! rectrack: pending: pending takes no operand
! usage: rectrack pending [--issuer CODE] [--agency CODE] [--report NUMBER]
!                         [--official CODE]... [--include-staff] [--as-of DATE]
!                         [--format table|csv|json|md]
! See 'rectrack help pending' for the options and examples.
[2]
$ rectrack pending --status open
! rectrack: pending: unknown option --status
! usage: rectrack pending [--issuer CODE] [--agency CODE] [--report NUMBER]
!                         [--official CODE]... [--include-staff] [--as-of DATE]
!                         [--format table|csv|json|md]
! See 'rectrack help pending' for the options and examples.
[2]

check compares closure_requested with the requests and decisions: a row
changed behind rectrack's back is named.

$ sqlite3 rectrack.db "UPDATE recommendation SET closure_requested = 0 WHERE number = '4' AND report_id = (SELECT id FROM report WHERE number = 'OIG-21-19')"
$ rectrack check # sqlite-only
  OIG-21-19#4: closure_requested is no, but its history says yes
  1 problem: 5 reports, 9 recommendations, 37 events checked, 1 evidence file re-hashed
! rectrack: rectrack.db: 1 problem found
[1]
