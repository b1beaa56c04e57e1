import loads YAML (docs/import-format.md): one transaction for all the files named, a
summary of what changed, nothing written twice, and the exact place of any
fault.

$ rectrack init >/dev/null
$ cp $SRCDIR/config/examples/port-of-entry.yaml example.yaml
$ rectrack import example.yaml
  reports: 4 new, 0 changed, 0 unchanged
  recommendations: 8 new, 0 changed, 0 unchanged
  events: 23
  issuers: 1 new, 0 changed; agencies: 2 new, 0 changed
  recorded as change 1
$ rectrack check >/dev/null && echo checked
  checked
$ rectrack report list
  REPORT     ISSUED      FY    ISSUER   AGENCY  TYPE              RECS  OPEN  TITLE
  OIG-18-87  2018-09-28  2018  dhs-oig  CBP     inspection           0     0  Results of Unannounced Inspections into Conditions for Unaccompanied Alien Children in CBP Custody
  OIG-19-53  2019-07-19  2019  dhs-oig  CBP     management-alert     1     1  Management Alert - CBP Did Not Adequately Protect Employees from Possible Fentanyl Exposure
  OIG-21-19  2021-02-08  2021  dhs-oig  CBP     audit                4     4  CBP Needs to Improve the Oversight of its Canine Program to Better Train and Reinforce Canine Performance (REDACTED)
  OIG-21-48  2021-07-20  2021  dhs-oig  CBP     audit                3     3  CBP Needs to Strengthen Its Oversight and Policy to Better Care for Migrants Needing Medical Attention
$ rectrack list --format csv | cut -d, -f1,10,11,12
  id,concurrence,status,target_date
  OIG-19-53#1,,concur,open-pending
  OIG-21-19#1,concur,open-resolved,2021-09-30
  OIG-21-19#2,concur,open-resolved,2021-09-30
  OIG-21-19#3,concur,open-resolved,2021-09-30
  OIG-21-19#4,concur,open-unresolved,
  OIG-21-48#1,concur,open-pending,
  OIG-21-48#2,concur,open-pending,
  OIG-21-48#3,concur,open-pending,
$ sqlite3 rectrack.db "select count(*) from event"
  23

The same file again changes nothing and writes no event.

$ sqlite3 rectrack.db .dump | cksum > before
$ rectrack import example.yaml
  reports: 0 new, 0 changed, 4 unchanged
  recommendations: 0 new, 0 changed, 8 unchanged
  events: 0
$ rectrack check >/dev/null && echo checked
  checked
$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged

A changed file: one event per changed attribute, with the file in the
note.  OIG-21-19#4 is now resolved with a target date, OIG-21-48#1 has an
official, and the report summary of OIG-18-87 was corrected.

$ sed -e '/text: Update and standardize/a\        target_date: 2022-06-30' \
>     -e 's/status: open-unresolved/status: open-resolved\n        resolved_date: 2021-05-10/' \
>     -e '/text: Strengthen oversight/a\        official: Office of Field Operations' \
>     -e 's/We made no recommendations in this report./We made no recommendations./' \
>     example.yaml > changed.yaml
$ printf 'officials:\n  - {code: Office of Field Operations, name: Office of Field Operations}\n' >> changed.yaml
$ rectrack import changed.yaml
  reports: 0 new, 1 changed, 3 unchanged
  recommendations: 0 new, 2 changed, 6 unchanged
  events: 3
  officials: 1 new, 0 changed
  recorded as change 2
$ rectrack check >/dev/null && echo checked
  checked
$ rectrack history 'OIG-21-19#4'
  EFFECTIVE   ACTOR   KIND         FIELD        OLD              NEW              NOTE                 CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                        open-pending     import example.yaml       1
  2021-02-08  tester  concurrence  concurrence  pending          concur           import example.yaml       1
  2021-02-08  tester  status       status       open-pending     open-unresolved  import example.yaml       1
  2021-05-10  tester  target       target_date                   2022-06-30       import changed.yaml       2
  2021-05-10  tester  status       status       open-unresolved  open-resolved    import changed.yaml       2
$ rectrack history 'OIG-21-48#1' | tail -1
  2026-11-28  tester  field        official              Office of Field Operations  import changed.yaml       2
$ rectrack import changed.yaml
  reports: 0 new, 0 changed, 4 unchanged
  recommendations: 0 new, 0 changed, 8 unchanged
  events: 0
$ rectrack check >/dev/null && echo checked
  checked

--dry-run validates and tells what would change, and writes nothing.

$ sqlite3 rectrack.db .dump | cksum > before
$ rectrack import --dry-run example.yaml
  dry run: nothing was written; the import would give
  reports: 0 new, 1 changed, 3 unchanged
  recommendations: 0 new, 1 changed, 7 unchanged
  events: 1
$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged

History entries become events with their own dates, so --as-of works on
imported data; with --create-missing, codes the file names but does not
declare are created.

$ cat > gao.yaml <<'YAML'
> reports:
>   - number: GAO-20-536
>     title: "Disaster Recovery: Additional Actions Would Improve Data Quality"
>     issuer: gao
>     issued: 2020-05-27
>     agency: FEMA
>     recommendations:
>       - number: "1"
>         text: Improve the quality of appeals data.
>         concurrence: concur
>         status: closed-implemented
>         history:
>           - {effective: 2020-05-27, kind: concurrence, new: concur}
>           - {effective: 2020-11-30, kind: target, new: 2021-06-30}
>           - {effective: 2020-11-30, kind: status, new: open-resolved, note: 180-day letter}
>           - {effective: 2022-01-10, kind: status, new: closed-implemented}
> YAML
$ rectrack import --create-missing gao.yaml
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 5
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed
  created for codes the file names but does not declare: issuer gao, agency FEMA
  recorded as change 3
$ rectrack check >/dev/null && echo checked
  checked
$ rectrack show 'GAO-20-536#1' --as-of 2021-12-31 | grep -E 'Status|Target|Resolved'
  Status:       Open – Resolved
  Target date:  2021-06-30 (overdue)
  Resolved:     2020-11-30
$ rectrack show 'GAO-20-536#1' | grep -E 'Status|Closed'
  Status:       Closed – Implemented
  Closed:       2022-01-10
$ rectrack import - < gao.yaml
  reports: 0 new, 0 changed, 1 unchanged
  recommendations: 0 new, 0 changed, 1 unchanged
  events: 0
$ rectrack check >/dev/null && echo checked
  checked
$ true | rectrack import -
  reports: 0 new, 0 changed, 0 unchanged
  recommendations: 0 new, 0 changed, 0 unchanged
  events: 0

A fault anywhere and nothing is written, across all the files named.

$ sqlite3 rectrack.db .dump | cksum > before
$ printf 'reports:\n  - number: X-1\n    title: t\n    issued: 2021-01-01\n    issuer: gao\n    agency: FEMA\n    recommendations:\n      - {number: "1", text: t, status: opne}\n' > bad.yaml
$ rectrack import gao.yaml changed.yaml bad.yaml
! rectrack: bad.yaml:8:40: reports[0].recommendations[0].status: unknown value "opne" (expected one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ rectrack import missing.yaml
! rectrack: missing.yaml: cannot read: No such file or directory
[1]
$ printf 'reports:\n  - number: X-2\n    titel: t\n' > typo.yaml
$ rectrack import typo.yaml
! rectrack: typo.yaml:3:5: reports[0].titel: unknown key (expected one of number, title, issuer, type, issued, fiscal_year, agency, topics, url, summary, sensitivity, recommendations)
[1]
$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged
$ rectrack import
! rectrack: import: import needs a FILE (- for standard input)
! usage: rectrack import FILE... [--dry-run] [--quiet] [--create-missing]
!                        [--evidence DIR]
!        rectrack import --format gao-csv FILE [--dry-run]
!        rectrack import --format oscal-poam FILE... [--dry-run]
!                        [--create-missing] [--evidence DIR] [--report NUMBER]
!                        [--issuer CODE] [--agency CODE]
! See 'rectrack help import' for the options and examples.
[2]

Round trip: what export writes, import reads back into an empty database
to the same content; every current row equals the replay of its events.

$ rectrack flag 'OIG-21-48#2' +priority --date 2022-01-03 >/dev/null
$ rectrack rec set 'OIG-21-48#3' questioned_cost=1234.5 text="Two lines:
> yes, and ~" >/dev/null
$ rectrack export > a.yaml
$ rectrack --db copy.db init >/dev/null
$ rectrack --db copy.db import a.yaml
  reports: 5 new, 0 changed, 0 unchanged
  recommendations: 9 new, 0 changed, 0 unchanged
  events: 34
  issuers: 2 new, 0 changed; agencies: 3 new, 0 changed
  officials: 1 new, 0 changed
  recorded as change 1
$ rectrack --db copy.db check >/dev/null && echo checked
  checked
$ rectrack --db copy.db export > b.yaml
$ grep -v '^ *\(change\|seq\|voids\): ' a.yaml > a.kept
$ grep -v '^ *\(change\|seq\|voids\): ' b.yaml | cmp - a.kept && echo "same content but the places in the history"
  same content but the places in the history
$ rectrack --db copy.db import a.yaml | grep events
  events: 0
$ rectrack --db copy.db check >/dev/null && echo checked
  checked
$ rectrack --db copy.db list --format csv > now.csv
$ rectrack --db copy.db list --as-of 2026-11-28 --format csv | cmp - now.csv && echo "rows equal the replay"
  rows equal the replay

A status the file gives to a recommendation already recorded is a move
and follows the lifecycle; the import's note is its reason.  An illegal
move is refused at its place in the file and nothing is written.

$ rectrack --db copy.db status 'OIG-21-48#1' closed-implemented --date 2023-05-01 >/dev/null
$ sqlite3 copy.db .dump | cksum > before
$ printf 'reports:\n  - number: OIG-21-48\n    title: CBP Needs to Strengthen Its Oversight and Policy to Better Care for Migrants Needing Medical Attention\n    issued: 2021-07-20\n    recommendations:\n      - number: "1"\n        text: Strengthen oversight of medical screenings and welfare checks of migrants in CBP custody (paraphrased).\n        status: %s\n' open-pending > back.yaml
$ rectrack --db copy.db import back.yaml
! rectrack: back.yaml:6:9: reports[0].recommendations[0]: status: OIG-21-48#1: cannot move from closed-implemented to open-pending; allowed: open-unresolved, open-resolved
[1]
$ sqlite3 copy.db .dump | cksum | cmp - before && echo unchanged
  unchanged

Reopening is a legal move: the import's note is the reason.

$ sed -e 's/status: open-pending/status: open-unresolved/' back.yaml > reopen.yaml
$ rectrack --db copy.db import reopen.yaml | sed -n 2,3p
  recommendations: 0 new, 1 changed, 0 unchanged
  events: 1
$ rectrack --db copy.db check >/dev/null && echo checked
  checked
$ rectrack --db copy.db history 'OIG-21-48#1' --format csv | tail -1
  2026-11-28,2026-11-28T12:00:00Z,tester,status,status,closed-implemented,open-unresolved,import reopen.yaml,3, [CR]

A file's closed date dates the closing only when it keeps the history in
order: this one is before the reopening, so the closing counts from today.

$ sed -e 's/status: open-pending/status: closed-not-implemented/' back.yaml > close.yaml
$ echo '        closed_date: 2026-11-01' >> close.yaml
$ rectrack --db copy.db import close.yaml | sed -n 2,3p
  recommendations: 0 new, 1 changed, 0 unchanged
  events: 1
$ rectrack --db copy.db check >/dev/null && echo checked
  checked
$ rectrack --db copy.db history 'OIG-21-48#1' --format csv | tail -1
  2026-11-28,2026-11-28T12:00:00Z,tester,status,status,open-unresolved,closed-not-implemented,import close.yaml,4, [CR]

A closed recommendation cannot be on hold, whether new or recorded.

$ printf 'reports:\n  - number: X-3\n    title: t\n    issued: 2021-01-01\n    issuer: gao\n    agency: FEMA\n    recommendations:\n      - {number: "1", text: t, status: closed-implemented, on_hold: true}\n' > held.yaml
$ rectrack --db copy.db import held.yaml
! rectrack: held.yaml:8:9: reports[0].recommendations[0]: on_hold: X-3#1: is closed-implemented; only an open recommendation can be on hold
[1]
$ cp close.yaml held2.yaml
$ echo '        on_hold: true' >> held2.yaml
$ rectrack --db copy.db import held2.yaml
! rectrack: held2.yaml:6:9: reports[0].recommendations[0]: on_hold: OIG-21-48#1: is closed-not-implemented; only an open recommendation can be on hold
[1]

A history entry without a field changes the attribute its kind names.

$ printf 'reports:\n  - number: X-4\n    title: t\n    issued: 2021-01-01\n    issuer: gao\n    agency: FEMA\n    recommendations:\n      - number: "1"\n        text: t\n        status: open-unresolved\n        history:\n          - {effective: 2021-03-01, kind: status, new: open-unresolved}\n' > nofield.yaml
$ rectrack --db copy.db import nofield.yaml >/dev/null
$ rectrack --db copy.db check >/dev/null && echo checked
  checked
$ rectrack --db copy.db history 'X-4#1' --format csv
  effective,at,actor,kind,field,old,new,note,change,voided_by [CR]
  2021-01-01,2026-11-28T12:00:00Z,tester,issued,status,,open-pending,import nofield.yaml,5, [CR]
  2021-03-01,2026-11-28T12:00:00Z,tester,status,status,,open-unresolved,,5, [CR]

A field entry, like the other kinds, may leave out `old`: only an `old`
that is given must be what the previous change of the field set.

$ printf 'reports:\n  - number: X-5\n    title: t\n    issued: 2021-01-01\n    issuer: gao\n    agency: FEMA\n    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-03-01, kind: field, field: official, new: A}\n          - {effective: 2021-04-01, kind: field, field: official, new: B}\n          - {effective: 2021-04-01, kind: field, field: questioned_cost, new: "5"}\n          - {effective: 2021-05-01, kind: field, field: questioned_cost, new: "6"}\n' > noold.yaml
$ rectrack --db copy.db import --create-missing noold.yaml | grep "^events:"
  events: 5
$ rectrack --db copy.db check >/dev/null && echo checked
  checked
$ rectrack --db copy.db export --report X-5 | grep -E '^    (official|questioned_cost):'
      official: B
      questioned_cost: 6.00
$ rectrack --db copy.db import noold.yaml | grep "^events:"
  events: 0

Two entries alike on one day are two events: a file that adds to a
recorded history an entry like one recorded that day writes it.

$ printf 'reports:\n  - number: X-6\n    title: t\n    issued: 2021-01-01\n    issuer: gao\n    agency: FEMA\n    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-01-01, kind: issued}\n          - {effective: 2021-02-01, kind: flag, field: priority, new: "yes"}\n' > twice.yaml
$ rectrack --db copy.db import twice.yaml | grep "^events:"
  events: 2
$ printf '          - {effective: 2021-02-01, kind: flag, field: priority, new: "no"}\n          - {effective: 2021-02-01, kind: flag, field: priority, new: "yes"}\n' >> twice.yaml
$ rectrack --db copy.db import twice.yaml | grep "^events:"
  events: 2
$ rectrack --db copy.db check >/dev/null && echo checked
  checked
$ rectrack --db copy.db list --report X-6 --priority | cut -c1-6
  ID    
  X-6#1 
$ rectrack --db copy.db import twice.yaml | grep "^events:"
  events: 0

An agency listed without a parent keeps the parent it has.

$ rectrack --db copy.db agency list | grep -B1 CBP
  DHS    Department of Homeland Security
    CBP  U.S. Customs and Border Protection
$ printf 'agencies:\n  - {code: CBP, name: Customs and Border Protection}\n' > ag.yaml
$ rectrack --db copy.db import ag.yaml | grep "^issuers:"
  issuers: 0 new, 0 changed; agencies: 0 new, 1 changed
$ rectrack --db copy.db check >/dev/null && echo checked
  checked
$ rectrack --db copy.db agency list | grep -B1 CBP
  DHS    Department of Homeland Security
    CBP  Customs and Border Protection

Round trip on a generated data set that uses every field, status,
concurrence, flag and amount, with histories: export, import into an
empty database, export again: the same bytes.

$ python3 $SRCDIR/tests/bench/gen.py 400 3 > gen.yaml
$ rectrack --db gen.db init >/dev/null
$ rectrack --db gen.db import gen.yaml
  reports: 100 new, 0 changed, 0 unchanged
  recommendations: 400 new, 0 changed, 0 unchanged
  events: 1746
  issuers: 3 new, 0 changed; agencies: 8 new, 0 changed
  officials: 132 new, 0 changed
  recorded as change 1
$ rectrack --db gen.db check >/dev/null && echo checked
  checked
$ for k in status: concurrence: priority: significant: on_hold: closure_requested: partially_addressed: questioned_cost: unsupported_cost: funds_better_use: potential_savings: disallowed_cost: fbu_agreed: original_target_date: resolved_date: closed_date: corrective_action: official: history: url: sensitivity:; do grep -c " $k" gen.yaml >/dev/null || echo "missing $k"; done
$ for v in open-pending open-unresolved open-resolved closed-implemented closed-not-implemented concur partial non-concur no-position "kind: note" "kind: status"; do grep -q "$v" gen.yaml || echo "missing $v"; done
$ rectrack --db gen.db export --format csv | cut -d, -f1 | sort -u | wc -l
  401
$ rectrack --db gen.db export > gen1.yaml
$ rectrack --db gen2.db init >/dev/null
$ rectrack --db gen2.db import gen1.yaml | grep -v "^recorded" | tail -2
  issuers: 3 new, 0 changed; agencies: 8 new, 0 changed
  officials: 132 new, 0 changed
$ rectrack --db gen2.db check >/dev/null && echo checked
  checked
$ rectrack --db gen2.db export > gen2.yaml
$ grep -v '^ *\(change\|seq\|voids\): ' gen1.yaml > gen1.kept
$ grep -v '^ *\(change\|seq\|voids\): ' gen2.yaml | cmp - gen1.kept && echo "same content but the places in the history"
  same content but the places in the history
$ rectrack --db gen2.db import gen1.yaml | sed -n 2,3p
  recommendations: 0 new, 0 changed, 400 unchanged
  events: 0
$ rectrack --db gen2.db check >/dev/null && echo checked
  checked
$ rectrack --db gen.db import gen.yaml | sed -n 2,3p
  recommendations: 0 new, 0 changed, 400 unchanged
  events: 0
$ rectrack --db gen.db check >/dev/null && echo checked
  checked

On a terminal a long import shows where it stands on stderr (file, share
read, recommendations, rate, time left) and clears the line when done;
--quiet, or stderr that is not a terminal, shows nothing.

$ rectrack --db tty.db init >/dev/null
$ script -qfec "rectrack --db tty.db import gen.yaml" /dev/null | tr '\r' '\n' | grep -q '^gen.yaml: [0-9]*%, [0-9]* recommendations, [0-9]*/s' && echo shown
  shown
$ rectrack --db tty2.db init >/dev/null
$ script -qfec "rectrack --db tty2.db import --quiet gen.yaml" /dev/null | grep -c '%,'
  0
[1]
$ rectrack --db tty3.db init >/dev/null
$ rectrack --db tty3.db import gen.yaml 2>err.txt >/dev/null; wc -c < err.txt
  0
$ rectrack --db tty3.db check >/dev/null && echo checked
  checked

A file that closes a recommendation on hold and states on_hold: false
clears the hold with the closing, on its day, as `status` does: the
export of the result imports into a new database.

$ rectrack --db hold.db init >/dev/null
$ rectrack --db hold.db issuer add oig --kind oig --name O >/dev/null
$ rectrack --db hold.db agency add A --name A >/dev/null
$ rectrack --db hold.db report add R-1 --issuer oig --type audit --issued 2024-01-10 --agency A --title T >/dev/null
$ rectrack --db hold.db rec add R-1 --text x --status open-resolved --target 2025-01-01 --concurrence concur >/dev/null
$ rectrack --db hold.db flag 'R-1#1' +on-hold --note hold --date 2024-06-01 >/dev/null
$ printf 'reports:\n  - {number: R-1, title: T, issuer: oig, issued: 2024-01-10, agency: A, recommendations: [{number: "1", text: x, status: closed-implemented, closed_date: 2025-03-01, on_hold: false}]}\n' > hold.yaml
$ rectrack --db hold.db import hold.yaml
  reports: 0 new, 0 changed, 1 unchanged
  recommendations: 0 new, 1 changed, 0 unchanged
  events: 2
  recorded as change 3
$ rectrack --db hold.db history 'R-1#1'
  EFFECTIVE   ACTOR   KIND         FIELD        OLD            NEW                 NOTE              CHANGE  VOIDED BY
  2024-01-10  tester  issued       status                      open-resolved                              1
  2024-01-10  tester  concurrence  concurrence  pending        concur                                     1
  2024-01-10  tester  target       target_date                 2025-01-01                                 1
  2024-06-01  tester  flag         on_hold      no             yes                 hold                   2
  2025-03-01  tester  status       status       open-resolved  closed-implemented  import hold.yaml       3
  2025-03-01  tester  flag         on_hold      yes            no                  import hold.yaml       3
$ rectrack --db hold.db check
  ok: 1 report, 1 recommendation, 6 events checked
$ rectrack --db hold.db export --output hold-export.yaml
! rectrack: wrote 1 recommendation (1 report) to hold-export.yaml
$ rectrack --db hold2.db init >/dev/null
$ rectrack --db hold2.db import hold-export.yaml
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 6
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed
  recorded as change 1
$ rectrack --db hold2.db check
  ok: 1 report, 1 recommendation, 6 events checked
