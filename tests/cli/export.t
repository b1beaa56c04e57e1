Export: the database, or a filtered part, as YAML (the document import
reads, docs/import-format.md), as the same document in JSON, or as the CSV rows of
list; to standard output, or to a file that appears only when the
export is complete.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null
$ rectrack issuer add gao --name "U.S. Government Accountability Office" --kind gao >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --parent DHS --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack agency add FEMA --parent DHS --name "Federal Emergency Management Agency" >/dev/null

An empty register: issuers and agencies, no reports.

$ rectrack export
  version: 1
  issuers:
  - code: dhs-oig
    name: DHS Office of Inspector General
    kind: oig
  - code: gao
    name: U.S. Government Accountability Office
    kind: gao
  agencies:
  - code: DHS
    name: Department of Homeland Security
  - code: CBP
    name: U.S. Customs and Border Protection
    parent: DHS
  - code: FEMA
    name: Federal Emergency Management Agency
    parent: DHS
  reports: []
$ rectrack export --format json
  {
    "version": 1,
    "issuers": [
      {
        "code": "dhs-oig",
        "name": "DHS Office of Inspector General",
        "kind": "oig"
      },
      {
        "code": "gao",
        "name": "U.S. Government Accountability Office",
        "kind": "gao"
      }
    ],
    "agencies": [
      {
        "code": "DHS",
        "name": "Department of Homeland Security"
      },
      {
        "code": "CBP",
        "name": "U.S. Customs and Border Protection",
        "parent": "DHS"
      },
      {
        "code": "FEMA",
        "name": "Federal Emergency Management Agency",
        "parent": "DHS"
      }
    ],
    "reports": []
  }

Three reports.  OIG-21-19 (CBP) with a summary on three lines, one
recommendation resolved at issuance and one whose text is "yes", changed
and then closed; GAO-20-536 (FEMA) with a text whose first line ends in
blanks; OIG-18-87 (DHS) without recommendations.

$ rectrack report add OIG-21-19 --issuer dhs-oig --issued 2021-02-08 --agency CBP --topic "Port of Entry" --topic "yes" --title "CBP Needs to Improve the Oversight of its Canine Program" --summary 'We determined that:
> - one
> - two' >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 --text "Improve oversight of the Canine Program." >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-unresolved --text "yes" >/dev/null
$ rectrack official add "Office: Field Operations" --name "Office of Field Operations" --agency CBP >/dev/null
$ rectrack rec set 'OIG-21-19#2' official="Office: Field Operations" questioned_cost=1234.56 priority=yes corrective_action='Revise "Canine" guidance \ train' --date 2021-05-10 --note "90-day response" >/dev/null
$ rectrack status 'OIG-21-19#2' closed-implemented --date 2022-11-14 --note verified >/dev/null
$ rectrack report add GAO-20-536 --issuer gao --type review --issued 2020-07-01 --agency FEMA --title "FEMA: a review – 2020" >/dev/null
$ rectrack rec add GAO-20-536 --text 'Two lines,  
> the first ends in blanks' >/dev/null
$ rectrack report add OIG-18-87 --issuer dhs-oig --type inspection --issued 2018-09-01 --agency DHS --title "No recommendations" >/dev/null

Everything, as YAML (the default): reports in issue-date order, each
recommendation with its whole history.  Texts a YAML reader would take
for something else ("yes", "Office: …", the dates in old and new) are
quoted, recommendation numbers always; the summary is a literal block;
the text with blanks before a line end is double-quoted.

$ rectrack export
  version: 1
  issuers:
  - code: dhs-oig
    name: DHS Office of Inspector General
    kind: oig
  - code: gao
    name: U.S. Government Accountability Office
    kind: gao
  agencies:
  - code: DHS
    name: Department of Homeland Security
  - code: CBP
    name: U.S. Customs and Border Protection
    parent: DHS
  - code: FEMA
    name: Federal Emergency Management Agency
    parent: DHS
  officials:
  - code: "Office: Field Operations"
    name: Office of Field Operations
    agency: CBP
  reports:
  - number: OIG-18-87
    title: No recommendations
    issuer: dhs-oig
    type: inspection
    issued: 2018-09-01
    fiscal_year: 2018
    agency: DHS
    sensitivity: public
    recommendations: []
  - number: GAO-20-536
    title: "FEMA: a review – 2020"
    issuer: gao
    type: review
    issued: 2020-07-01
    fiscal_year: 2020
    agency: FEMA
    sensitivity: public
    recommendations:
    - number: "1"
      text: "Two lines,  \nthe first ends in blanks"
      agency: FEMA
      concurrence: pending
      status: open-pending
      priority: false
      significant: false
      on_hold: false
      closure_requested: false
      partially_addressed: false
      history:
      - effective: 2020-07-01
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: issued
        field: status
        new: open-pending
        change: "0a1b2c3d-6"
        seq: 12
  - number: OIG-21-19
    title: CBP Needs to Improve the Oversight of its Canine Program
    issuer: dhs-oig
    type: audit
    issued: 2021-02-08
    fiscal_year: 2021
    agency: CBP
    topics:
    - Port of Entry
    - "yes"
    summary: |-
      We determined that:
      - one
      - two
    sensitivity: public
    recommendations:
    - number: "1"
      text: Improve oversight of the Canine Program.
      agency: CBP
      concurrence: concur
      status: open-resolved
      target_date: 2021-09-30
      original_target_date: 2021-09-30
      resolved_date: 2021-02-08
      priority: false
      significant: false
      on_hold: false
      closure_requested: false
      partially_addressed: false
      history:
      - effective: 2021-02-08
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: issued
        field: status
        new: open-resolved
        change: "0a1b2c3d-1"
        seq: 1
      - effective: 2021-02-08
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: concurrence
        field: concurrence
        old: pending
        new: concur
        change: "0a1b2c3d-1"
        seq: 2
      - effective: 2021-02-08
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: target
        field: target_date
        new: "2021-09-30"
        change: "0a1b2c3d-1"
        seq: 3
    - number: "2"
      text: "yes"
      agency: CBP
      official: "Office: Field Operations"
      concurrence: concur
      status: closed-implemented
      closed_date: 2022-11-14
      corrective_action: Revise "Canine" guidance \ train
      priority: true
      significant: false
      on_hold: false
      closure_requested: false
      partially_addressed: false
      questioned_cost: 1234.56
      history:
      - effective: 2021-02-08
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: issued
        field: status
        new: open-unresolved
        change: "0a1b2c3d-2"
        seq: 4
      - effective: 2021-02-08
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: concurrence
        field: concurrence
        old: pending
        new: concur
        change: "0a1b2c3d-2"
        seq: 5
      - effective: 2021-05-10
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: field
        field: official
        new: "Office: Field Operations"
        note: "90-day response"
        change: "0a1b2c3d-4"
        seq: 7
      - effective: 2021-05-10
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: field
        field: questioned_cost
        new: "1234.56"
        note: "90-day response"
        change: "0a1b2c3d-4"
        seq: 8
      - effective: 2021-05-10
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: flag
        field: priority
        old: "no"
        new: "yes"
        note: "90-day response"
        change: "0a1b2c3d-4"
        seq: 9
      - effective: 2021-05-10
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: field
        field: corrective_action
        new: Revise "Canine" guidance \ train
        note: "90-day response"
        change: "0a1b2c3d-4"
        seq: 10
      - effective: 2022-11-14
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: status
        field: status
        old: open-unresolved
        new: closed-implemented
        note: verified
        change: "0a1b2c3d-5"
        seq: 11
  events:
  - about: official
    code: "Office: Field Operations"
    subject: "official Office: Field Operations"
    effective: 2026-11-28
    at: 2026-11-28T12:00:00Z
    actor: tester
    kind: added
    field: code
    new: "Office: Field Operations"
    change: "0a1b2c3d-3"
    seq: 6

The same document as JSON.

$ rectrack export --format json --report GAO-20-536
  {
    "version": 1,
    "issuers": [
      {
        "code": "dhs-oig",
        "name": "DHS Office of Inspector General",
        "kind": "oig"
      },
      {
        "code": "gao",
        "name": "U.S. Government Accountability Office",
        "kind": "gao"
      }
    ],
    "agencies": [
      {
        "code": "DHS",
        "name": "Department of Homeland Security"
      },
      {
        "code": "CBP",
        "name": "U.S. Customs and Border Protection",
        "parent": "DHS"
      },
      {
        "code": "FEMA",
        "name": "Federal Emergency Management Agency",
        "parent": "DHS"
      }
    ],
    "officials": [
      {
        "code": "Office: Field Operations",
        "name": "Office of Field Operations",
        "agency": "CBP"
      }
    ],
    "reports": [
      {
        "number": "GAO-20-536",
        "title": "FEMA: a review – 2020",
        "issuer": "gao",
        "type": "review",
        "issued": "2020-07-01",
        "fiscal_year": 2020,
        "agency": "FEMA",
        "sensitivity": "public",
        "recommendations": [
          {
            "number": "1",
            "text": "Two lines,  \nthe first ends in blanks",
            "agency": "FEMA",
            "concurrence": "pending",
            "status": "open-pending",
            "priority": false,
            "significant": false,
            "on_hold": false,
            "closure_requested": false,
            "partially_addressed": false,
            "history": [
              {
                "effective": "2020-07-01",
                "at": "2026-11-28T12:00:00Z",
                "actor": "tester",
                "kind": "issued",
                "field": "status",
                "new": "open-pending",
                "change": "0a1b2c3d-6",
                "seq": 12
              }
            ]
          }
        ]
      }
    ]
  }

Another reader agrees: Python's YAML loader (YAML 1.1 rules: yes is a
boolean, 2021-02-08 a date) reads the YAML export as the JSON export, the
typed dates and times aside.

$ py=python3; $py -c 'import yaml' 2>/dev/null || py=/usr/bin/python3
> rectrack export > all.yaml && rectrack export --format json > all.json
> $py -c '
> import datetime, json, sys, yaml
> def plain(o):
>     if isinstance(o, dict): return {k: plain(v) for k, v in o.items()}
>     if isinstance(o, list): return [plain(v) for v in o]
>     if isinstance(o, datetime.datetime): return o.strftime("%Y-%m-%dT%H:%M:%SZ")
>     if isinstance(o, datetime.date): return o.isoformat()
>     return o
> y = plain(yaml.safe_load(open("all.yaml")))
> j = json.load(open("all.json"))
> print("same" if y == j else "different")
> print(sorted(y), len(y["reports"]), y["reports"][2]["recommendations"][1]["text"])'
  same
  ['agencies', 'events', 'issuers', 'officials', 'reports', 'version'] 3 yes
$ rectrack export --format json | python3 -m json.tool > /dev/null && echo valid JSON
  valid JSON

CSV: the rows and columns of list --format csv, for the same selection
as the YAML.

$ rectrack export --format csv
  id,report,number,issuer,issued,agency,official,text,corrective_action,concurrence,status,target_date,original_target_date,resolved_date,closed_date,priority,significant,on_hold,closure_requested,partially_addressed,questioned_cost,unsupported_cost,funds_better_use,potential_savings,disallowed_cost,fbu_agreed,overdue,age_days [CR]
  GAO-20-536#1,GAO-20-536,1,gao,2020-07-01,FEMA,,"Two lines,  
  the first ends in blanks",,pending,open-pending,,,,,no,no,no,no,no,,,,,,,no,2341 [CR]
  OIG-21-19#1,OIG-21-19,1,dhs-oig,2021-02-08,CBP,,Improve oversight of the Canine Program.,,concur,open-resolved,2021-09-30,2021-09-30,2021-02-08,,no,no,no,no,no,,,,,,,yes,2119 [CR]
  OIG-21-19#2,OIG-21-19,2,dhs-oig,2021-02-08,CBP,Office: Field Operations,yes,"Revise ""Canine"" guidance \ train",concur,closed-implemented,,,,2022-11-14,yes,no,no,no,no,1234.56,,,,,,no,644 [CR]

Filters.  Issuers and agencies are always all there; --issuer, --agency
(the report's agency, or one below it) and --report select reports;
--status selects recommendations, and a report left with none is left
out.

$ rectrack export --issuer gao | grep -E 'number:|^  - code|^- code'
  - code: dhs-oig
  - code: gao
  - code: DHS
  - code: CBP
  - code: FEMA
  - code: "Office: Field Operations"
  - number: GAO-20-536
    - number: "1"
$ rectrack export --agency CBP | grep 'number:'
  - number: OIG-21-19
    - number: "1"
    - number: "2"
$ rectrack export --agency DHS | grep 'number:'
  - number: OIG-18-87
  - number: GAO-20-536
    - number: "1"
  - number: OIG-21-19
    - number: "1"
    - number: "2"
$ rectrack export --report OIG-18-87 | sed -n '/^reports:/,$p'
  reports:
  - number: OIG-18-87
    title: No recommendations
    issuer: dhs-oig
    type: inspection
    issued: 2018-09-01
    fiscal_year: 2018
    agency: DHS
    sensitivity: public
    recommendations: []
$ rectrack export --status closed | grep 'number:'
  - number: OIG-21-19
    - number: "2"
$ rectrack export --status open | grep 'number:'
  - number: GAO-20-536
    - number: "1"
  - number: OIG-21-19
    - number: "1"
$ rectrack export --status open-resolved --status closed-implemented --format csv | cut -d, -f1,11
  id,status
  OIG-21-19#1,open-resolved
  OIG-21-19#2,closed-implemented
$ rectrack export --status closed-not-implemented | sed -n '/^reports:/,$p'
  reports: []
  events:
  - about: official
    code: "Office: Field Operations"
    subject: "official Office: Field Operations"
    effective: 2026-11-28
    at: 2026-11-28T12:00:00Z
    actor: tester
    kind: added
    field: code
    new: "Office: Field Operations"
    change: "0a1b2c3d-3"
    seq: 6
$ rectrack export --status closed-not-implemented --format json | tail -n 2
    ]
  }

The other filters of list: --concurrence, --priority and --overdue (as of
today) select recommendations, and a report left with none is left out;
--topic, --fy, --issued-from and --issued-to select reports (a report
without recommendations stays).

$ rectrack export --concurrence pending | grep 'number:'
  - number: GAO-20-536
    - number: "1"
$ rectrack export --priority --format csv | cut -d, -f1,16
  id,priority
  OIG-21-19#2,yes
$ rectrack export --overdue | grep -E 'number:| target_date:'
  - number: OIG-21-19
    - number: "1"
      target_date: 2021-09-30
$ rectrack export --topic "port of entry" --fy 2021 | grep 'number:'
  - number: OIG-21-19
    - number: "1"
    - number: "2"
$ rectrack export --issued-from 2018-01-01 --issued-to 2020-12-31 | grep 'number:'
  - number: OIG-18-87
  - number: GAO-20-536
    - number: "1"
$ rectrack export --fy 2019 | sed -n '/^reports:/,$p'
  reports: []
  events:
  - about: official
    code: "Office: Field Operations"
    subject: "official Office: Field Operations"
    effective: 2026-11-28
    at: 2026-11-28T12:00:00Z
    actor: tester
    kind: added
    field: code
    new: "Office: Field Operations"
    change: "0a1b2c3d-3"
    seq: 6
$ rectrack export --topic nope
! rectrack: "nope": no such topic (no report is tagged with it)
[1]
$ rectrack export --concurrence maybe
! rectrack: --concurrence: unknown value "maybe" (expected one of pending, concur, partial, non-concur, no-position)
[1]
With --as-of the export is the register as it stood at the end of that
day: the reports issued by then, each recommendation in its state then
with the events effective by then.  Imported into an empty database, it
gives that day's state, and the register's own --as-of agrees.

$ rectrack export --as-of 2021-06-30 --format csv | cut -d, -f1,10,11
  id,concurrence,status
  GAO-20-536#1
  the first ends in blanks",no,no
  OIG-21-19#1,concur,open-resolved
  OIG-21-19#2,concur,open-unresolved
$ rectrack export --as-of 2021-06-30 > asof.yaml
$ grep -c 'effective:' asof.yaml
  10
$ rectrack --db then.db init >/dev/null
$ rectrack --db then.db import asof.yaml | sed -n 1,2p
  reports: 3 new, 0 changed, 0 unchanged
  recommendations: 3 new, 0 changed, 0 unchanged
$ rectrack --db then.db list --as-of 2021-06-30 --format csv > then.csv
$ rectrack list --as-of 2021-06-30 --format csv | cmp - then.csv && echo "same state"
  same state
$ rectrack export --as-of 2099-01-01
! rectrack: --as-of: 2099-01-01 is after today (2026-11-28): the history cannot tell yet
[1]
$ rectrack export --as-of 2021-02-30
! rectrack: --as-of: "2021-02-30" is not a date (expected YYYY-MM-DD, a day that exists)
[1]

To a file: nothing on standard output, the same bytes, no temporary file
left.  An existing file is not replaced without --force.

$ rectrack export --output out.yaml
! rectrack: wrote 3 recommendations (3 reports) to out.yaml
$ rectrack export | cmp - out.yaml && ls -I rectrack.db
  all.json
  all.yaml
  asof.yaml
  out.yaml
  then.csv
  then.db
$ rectrack export --output out.yaml --format json
! rectrack: out.yaml: the file exists (--force replaces it)
[1]
$ cat out.yaml | head -n 1
  version: 1
$ rectrack export --output out.yaml --format json --force && head -n 2 out.yaml && ls -I rectrack.db
  {
    "version": 1,
  all.json
  all.yaml
  asof.yaml
  out.yaml
  then.csv
  then.db
! rectrack: wrote 3 recommendations (3 reports) to out.yaml
$ rectrack export --output rectrack.db --force
! rectrack: rectrack.db: that is the database; export to another file
[1]
$ rectrack export --format csv --output out.csv --status closed && cat out.csv
  id,report,number,issuer,issued,agency,official,text,corrective_action,concurrence,status,target_date,original_target_date,resolved_date,closed_date,priority,significant,on_hold,closure_requested,partially_addressed,questioned_cost,unsupported_cost,funds_better_use,potential_savings,disallowed_cost,fbu_agreed,overdue,age_days [CR]
  OIG-21-19#2,OIG-21-19,2,dhs-oig,2021-02-08,CBP,Office: Field Operations,yes,"Revise ""Canine"" guidance \ train",concur,closed-implemented,,,,2022-11-14,yes,no,no,no,no,1234.56,,,,,,no,644 [CR]
! rectrack: wrote 1 recommendation (1 report) to out.csv

A directory that does not exist; a filter naming nothing; a database
that is not there: no file either way.

$ rectrack export --output nowhere/out.yaml
! rectrack: nowhere: no such folder; create it first, or export into another one
[1]

A pipe or a device is not replaced by a file, even with --force (the
export would have put a regular file in place of /dev/null), and a
directory is refused before anything is written.

$ mkfifo pipe && mkdir folder
$ rectrack export --output pipe --force
! rectrack: pipe: not a regular file (a pipe or a device); export into a file
[1]
$ rectrack export --output folder --force
! rectrack: folder: is a directory; give a file name
[1]
$ ls -ld pipe folder | cut -c1
  d
  p
$ rmdir folder && rm pipe
$ rectrack export --output bad.yaml --issuer nobody; echo "exit $?"; ls -I rectrack.db
  exit 1
  all.json
  all.yaml
  asof.yaml
  out.csv
  out.yaml
  then.csv
  then.db
! rectrack: nobody: no such issuer (add it with 'rectrack issuer add')
$ rectrack export --agency NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack export --report OIG-99-1
! rectrack: OIG-99-1: no such report
[1]
$ rectrack export --status opne
! rectrack: --status: unknown value "opne" (expected open, closed or one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ rectrack --db missing.db export --output m.yaml; echo "exit $?"; ls -I rectrack.db
  exit 1
  all.json
  all.yaml
  asof.yaml
  out.csv
  out.yaml
  then.csv
  then.db
! rectrack: missing.db: no database here (named by --db; create one with 'rectrack init')

The command line itself wrong: exit 2 with the usage.

$ rectrack export --format xml
! rectrack: export: --format: unknown format "xml" (expected yaml, json, csv, gao-csv, xlsx or oscal-poam)
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]
$ rectrack export --format table
! rectrack: export: --format: unknown format "table" (expected yaml, json, csv, gao-csv, xlsx or oscal-poam)
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]
$ rectrack export extra
! rectrack: export: unexpected argument extra
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]
$ rectrack export --force
! rectrack: export: --force goes with --output
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]
$ rectrack export --output
! rectrack: export: --output needs a value
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]
$ rectrack export --output ''
! rectrack: export: --output needs a value
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]
$ rectrack export --frmat yaml
! rectrack: export: unknown option --frmat
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]
$ rectrack export --help
  usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
                         [--issuer CODE] [--agency CODE] [--report NUMBER]
                         [--status STATUS]...
                         [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
                         [--issued-from DATE] [--issued-to DATE] [--overdue]
                         [--priority] [--as-of DATE] [--as-known DATE]
                         [--official CODE]... [--include-staff]
                         [--due-within DAYS] [--no-target]
                         [--unresolved-over DAYS] [--sort FIELD,...]
                         [--output FILE [--force]] [--quiet]
                         [--with-evidence DIR]
  
  write the database, or a part, as YAML, JSON, CSV, XLSX or OSCAL
  
  options:
    --format FMT            yaml (default), json, csv, gao-csv, xlsx, oscal-poam
    --output FILE           write to FILE (- : standard output)
    --force                 replace FILE if it exists
    --with-evidence DIR     copy the evidence files into DIR
    --quiet                 no confirmation of what was written
    --bom                   start CSV with a UTF-8 byte-order mark
    --no-bom                no byte-order mark (csv.bom: true)
    --issuer CODE           reports of this issuer
    --agency CODE           this agency and its sub-agencies
    --report NUMBER         this report's recommendations
    --status STATUS         this status, open or closed (repeatable)
    --concurrence VALUE     this concurrence (repeatable)
    --topic TOPIC           reports on this topic
    --fy YEAR               reports of this fiscal year (repeatable)
    --issued-from DATE      reports issued on or after DATE
    --issued-to DATE        reports issued on or before DATE
    --overdue               open, past the target date
    --priority              priority recommendations only
    --as-of DATE            as things stood at the end of DATE (default: today)
    --official CODE         this responsible official (repeatable)
    --include-staff         with --official: and everyone reporting to them
    --due-within DAYS       open, target within DAYS
    --unresolved-over DAYS  unresolved, report issued over DAYS ago
    --no-target             open, with no target date
    --sort FIELD,...        the order of the rows (-FIELD: descending)
    --as-known DATE         as known at DATE: later entries left out
  
  examples:
    rectrack export --status closed
    rectrack export --output register.yaml
    rectrack export --format gao-csv --output ours.csv
    rectrack export --format json --status open --output open.json
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.
$ rectrack help export
  usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
                         [--issuer CODE] [--agency CODE] [--report NUMBER]
                         [--status STATUS]...
                         [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
                         [--issued-from DATE] [--issued-to DATE] [--overdue]
                         [--priority] [--as-of DATE] [--as-known DATE]
                         [--official CODE]... [--include-staff]
                         [--due-within DAYS] [--no-target]
                         [--unresolved-over DAYS] [--sort FIELD,...]
                         [--output FILE [--force]] [--quiet]
                         [--with-evidence DIR]
  
  write the database, or a part, as YAML, JSON, CSV, XLSX or OSCAL
  
  options:
    --format FMT            yaml (default), json, csv, gao-csv, xlsx, oscal-poam
    --output FILE           write to FILE (- : standard output)
    --force                 replace FILE if it exists
    --with-evidence DIR     copy the evidence files into DIR
    --quiet                 no confirmation of what was written
    --bom                   start CSV with a UTF-8 byte-order mark
    --no-bom                no byte-order mark (csv.bom: true)
    --issuer CODE           reports of this issuer
    --agency CODE           this agency and its sub-agencies
    --report NUMBER         this report's recommendations
    --status STATUS         this status, open or closed (repeatable)
    --concurrence VALUE     this concurrence (repeatable)
    --topic TOPIC           reports on this topic
    --fy YEAR               reports of this fiscal year (repeatable)
    --issued-from DATE      reports issued on or after DATE
    --issued-to DATE        reports issued on or before DATE
    --overdue               open, past the target date
    --priority              priority recommendations only
    --as-of DATE            as things stood at the end of DATE (default: today)
    --official CODE         this responsible official (repeatable)
    --include-staff         with --official: and everyone reporting to them
    --due-within DAYS       open, target within DAYS
    --unresolved-over DAYS  unresolved, report issued over DAYS ago
    --no-target             open, with no target date
    --sort FIELD,...        the order of the rows (-FIELD: descending)
    --as-known DATE         as known at DATE: later entries left out
  
  examples:
    rectrack export --status closed
    rectrack export --output register.yaml
    rectrack export --format gao-csv --output ours.csv
    rectrack export --format json --status open --output open.json
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.

A text that is not UTF-8 cannot be written as YAML or JSON: the export
fails naming it, and the file it was writing is removed.  (No command
stores one: the text is written by hand, as an older version could.)

$ rectrack rec add OIG-18-87 --text "cafe" >/dev/null # sqlite-only
$ sqlite3 rectrack.db "UPDATE recommendation SET text = CAST(X'636166E9' AS TEXT) WHERE text = 'cafe'"
$ rectrack export --output bad.yaml; echo "exit $?"; ls # sqlite-only
  exit 1
  all.json
  all.yaml
  asof.yaml
  out.csv
  out.yaml
  rectrack.db
  then.csv
  then.db
! rectrack: OIG-18-87#1: text: not valid UTF-8 text
$ rectrack export --format json --report OIG-18-87 > /dev/null # sqlite-only
! rectrack: OIG-18-87#1: text: not valid UTF-8 text
[1]
