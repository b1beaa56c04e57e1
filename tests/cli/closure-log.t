rectrack closure-log lists the closings of a period: each status event
into closed-implemented or closed-not-implemented (or a recommendation
recorded closed at issue) in force and effective in the period, with the actor of the closure request the closing
answered, the actor of the approval recorded with it ("direct" when the
recommendation was closed by `status` without a request), the evidence
hashes the request cited and the change set the closing was recorded in.

The history here comes by import (docs/import-format.md): a returned
request, a request returned then made again with more evidence and
approved, a closing without a request, and two GAO recommendations
closed on approval.

The evidence the requests cite comes with the file, in the folder
export --with-evidence writes (evidence-travel.t).

$ mkdir ev
$ printf 'certification log\n' > ev/7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9
$ printf 'completed log\n' > ev/015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2

$ rectrack init >/dev/null
$ cat > cycle.yaml <<'EOF'
> version: 1
> issuers:
>   - {code: dhs-oig, name: DHS Office of Inspector General, kind: oig}
>   - {code: gao, name: Government Accountability Office, kind: gao}
> agencies:
>   - {code: CBP, name: U.S. Customs and Border Protection}
> reports:
>   - number: OIG-21-19
>     title: Canine program
>     issuer: dhs-oig
>     issued: 2021-02-08
>     agency: CBP
>     recommendations:
>       - number: "2"
>         text: Review the kennel contracts.
>         questioned_cost: 12000
>         history:
>           - {effective: 2021-02-08, kind: issued, new: open-unresolved}
>           - {effective: 2021-05-01, kind: status, new: open-resolved, note: plan agreed, actor: liaison}
>           - {effective: 2021-05-01, kind: target, new: 2022-12-31}
>           - {effective: 2022-05-03, kind: request, field: closure, note: contracts reviewed, actor: liaison}
>           - {effective: 2022-05-20, kind: decision, field: closure, new: returned, note: no review report attached, actor: carol}
>       - number: "3"
>         text: Retire the untrained teams.
>         history:
>           - {effective: 2021-02-08, kind: issued, new: open-unresolved}
>           - {effective: 2022-03-01, kind: status, new: closed-not-implemented, note: agency declined, actor: carol}
>       - number: "4"
>         text: Track canine team certifications.
>         history:
>           - {effective: 2021-02-08, kind: issued, new: open-unresolved}
>           - {effective: 2021-03-01, kind: status, new: open-resolved, note: plan agreed, actor: liaison}
>           - {effective: 2021-03-01, kind: target, new: 2022-12-31}
>           - {effective: 2022-05-01, kind: evidence, field: cert-log.pdf, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9, actor: liaison}
>           - {effective: 2022-05-02, kind: request, field: closure, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9, note: all teams certified, actor: liaison}
>           - {effective: 2022-05-10, kind: decision, field: closure, new: returned, note: log incomplete, actor: boss}
>           - {effective: 2022-06-01, kind: evidence, field: cert-log-2.pdf, new: 015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2, actor: liaison}
>           - {effective: 2022-06-01, kind: request, field: closure, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9 015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2, note: log completed, actor: liaison}
>           - {effective: 2022-06-10, kind: decision, field: closure, new: approved, note: sufficient, actor: boss}
>           - {effective: 2022-06-10, kind: status, new: closed-implemented, note: closure approved, actor: boss}
>   - number: GAO-21-300
>     title: Port screening
>     issuer: gao
>     issued: 2021-01-15
>     agency: CBP
>     recommendations:
>       - number: "1"
>         text: Screen all cargo.
>         history:
>           - {effective: 2021-01-15, kind: issued, new: open-unresolved}
>           - {effective: 2021-02-01, kind: status, new: open-resolved, note: agreed}
>           - {effective: 2021-02-01, kind: target, new: 2022-12-31}
>           - {effective: 2021-11-01, kind: request, field: closure, note: screening in place, actor: liaison}
>           - {effective: 2021-12-01, kind: decision, field: closure, new: approved, actor: carol}
>           - {effective: 2021-12-01, kind: status, new: closed-implemented, note: closure approved, actor: carol}
>       - number: "2"
>         text: Report screening rates.
>         history:
>           - {effective: 2021-01-15, kind: issued, new: open-unresolved}
>           - {effective: 2021-02-01, kind: status, new: open-resolved, note: agreed}
>           - {effective: 2021-02-01, kind: target, new: 2022-12-31}
>           - {effective: 2022-05-20, kind: request, field: closure, note: rates published, actor: liaison}
>           - {effective: 2022-06-10, kind: decision, field: closure, new: approved, actor: carol}
>           - {effective: 2022-06-10, kind: status, new: closed-implemented, note: closure approved, actor: carol}
> EOF
$ rectrack import cycle.yaml --evidence ev | tail -1
  recorded as change 1

Sorted by the day of the closing, then in listing order (report issue
date, report, recommendation).  A fiscal year, or a half year as `sar`
takes it, or --from and --to.

$ rectrack closure-log --period FY2022
  Closure log FY2022
  Recommendations closed from 2021-10-01 to 2022-09-30: who asked for each closing, who approved it (direct: closed without a request) and the evidence the request cited.
  
  Closures
  ID            CLOSED AS               CLOSED ON   REQUESTER  APPROVER  EVIDENCE                                                                                                                           CHANGE
  GAO-21-300#1  closed-implemented      2021-12-01  liaison    carol                                                                                                                                             1
  OIG-21-19#3   closed-not-implemented  2022-03-01             direct                                                                                                                                            1
  GAO-21-300#2  closed-implemented      2022-06-10  liaison    carol                                                                                                                                             1
  OIG-21-19#4   closed-implemented      2022-06-10  liaison    boss      7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9 015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2       1
$ rectrack closure-log --period 2022H2 --format csv
  Closures [CR]
  id,closed_as,closed_on,requester,requested_on,approver,evidence,change [CR]
  GAO-21-300#2,closed-implemented,2022-06-10,liaison,2022-05-20,carol,,1 [CR]
  OIG-21-19#4,closed-implemented,2022-06-10,liaison,2022-06-01,boss,7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9 015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2,1 [CR]
$ rectrack closure-log --period 2022H2 --format json
  {"title":"Closure log 2022H2","period":"2022H2","from":"2022-04-01","to":"2022-09-30","closures":[
  {"id":"GAO-21-300#2","closed_as":"closed-implemented","closed_on":"2022-06-10","requester":"liaison","requested_on":"2022-05-20","approver":"carol","evidence":null,"change":1},
  {"id":"OIG-21-19#4","closed_as":"closed-implemented","closed_on":"2022-06-10","requester":"liaison","requested_on":"2022-06-01","approver":"boss","evidence":"7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9 015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2","change":1}
  ]
  }
$ rectrack closure-log --from 2022-06-10 --to 2022-06-10 --report OIG-21-19 --format md
  # Closure log
  
  Recommendations closed from 2022-06-10 to 2022-06-10: who asked for each closing, who approved it (direct: closed without a request) and the evidence the request cited.
  
  ## Closures
  
  | ID | CLOSED AS | CLOSED ON | REQUESTER | APPROVER | EVIDENCE | CHANGE |
  | --- | --- | --- | --- | --- | --- | ---: |
  | OIG-21-19#4 | closed-implemented | 2022-06-10 | liaison | boss | 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9 015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2 | 1 |
$ rectrack closure-log --period 2023H1
  Closure log 2023H1
  Recommendations closed from 2022-10-01 to 2023-03-31: who asked for each closing, who approved it (direct: closed without a request) and the evidence the request cited.
  
  Closures
  (none)

A closing by `status` afterwards is direct, in its own change set; voided,
a closing no longer counts; as known before it was recorded, it is not
there.

$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack status 'OIG-21-19#2' closed-implemented --date 2022-09-01 --note 'review report received'
  OIG-21-19#2: open-resolved -> closed-implemented
  recorded as change 2
$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack closure-log --period 2022H2 --format csv | cut -d, -f1-4,6,8
  Closures [CR]
  id,closed_as,closed_on,requester,approver,change [CR]
  GAO-21-300#2,closed-implemented,2022-06-10,liaison,carol,1 [CR]
  OIG-21-19#4,closed-implemented,2022-06-10,liaison,boss,1 [CR]
  OIG-21-19#2,closed-implemented,2022-09-01,,direct,2 [CR]
$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack closure-log --period 2022H2 --as-known 2026-11-28 --format csv | cut -d, -f1-4,6,8
  Closures [CR]
  id,closed_as,closed_on,requester,approver,change [CR]
  GAO-21-300#2,closed-implemented,2022-06-10,liaison,carol,1 [CR]
  OIG-21-19#4,closed-implemented,2022-06-10,liaison,boss,1 [CR]
$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack void 2 --note 'closed by mistake' >/dev/null
$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack closure-log --period 2022H2 --format csv | cut -d, -f1-4,6,8
  Closures [CR]
  id,closed_as,closed_on,requester,approver,change [CR]
  GAO-21-300#2,closed-implemented,2022-06-10,liaison,carol,1 [CR]
  OIG-21-19#4,closed-implemented,2022-06-10,liaison,boss,1 [CR]

The semiannual report and the GAO-IG Act lists count closings, not how
they were decided: the same history without its requests, decisions
and evidence (every closing direct) gives the same figures, byte for
byte.

$ grep -v 'kind: \(request\|decision\|evidence\)' cycle.yaml > direct.yaml
$ rectrack --db direct.db init >/dev/null
$ rectrack --db direct.db import direct.yaml --evidence ev | tail -1
  recorded as change 1
$ rectrack --db cycle.db init >/dev/null
$ rectrack --db cycle.db import cycle.yaml --evidence ev | tail -1
  recorded as change 1
$ rectrack --db cycle.db sar --period 2022H1 > cycle.out
$ rectrack --db direct.db sar --period 2022H1 | cmp - cycle.out && echo same
  same
$ rectrack --db cycle.db sar --period 2022H2 --format json > cycle.out
$ rectrack --db direct.db sar --period 2022H2 --format json | cmp - cycle.out && echo same
  same
$ rectrack --db cycle.db gao-ig-act --as-of 2021-12-31 > cycle.out
$ rectrack --db direct.db gao-ig-act --as-of 2021-12-31 | cmp - cycle.out && echo same
  same
$ rectrack --db cycle.db gao-ig-act --as-of 2022-12-31 --format csv > cycle.out
$ rectrack --db direct.db gao-ig-act --as-of 2022-12-31 --format csv | cmp - cycle.out && echo same
  same
$ rectrack --db direct.db closure-log --period FY2022 --format csv | cut -d, -f1,4,6
  Closures [CR]
  id,requester,approver
  GAO-21-300#1,,direct
  OIG-21-19#3,,direct
  GAO-21-300#2,,direct
  OIG-21-19#4,,direct

Errors.

$ rectrack closure-log
! rectrack: closure-log: which period? --period 2025H2 or FY2025, or --from DATE --to DATE
! usage: rectrack closure-log --period 2025H2|FY2025|--from DATE --to DATE
!                     [--issuer CODE] [--agency CODE] [--report NUMBER]
!                     [--as-known DATE] [--format table|csv|json|md|html]
! See 'rectrack help closure-log' for the options and examples.
[2]
$ rectrack closure-log --period 2022
! rectrack: --period: "2022" is not a half year such as 2025H2 (1 April to 30 September 2025) or a fiscal year such as FY2025 (1 October 2024 to 30 September 2025)
[1]
$ rectrack closure-log --period FY22
! rectrack: --period: "FY22" is not a half year such as 2025H2 (1 April to 30 September 2025) or a fiscal year such as FY2025 (1 October 2024 to 30 September 2025)
[1]
$ rectrack closure-log --period FY2022 --from 2022-01-01 --to 2022-02-01
! rectrack: closure-log: --period or --from/--to, not both
! usage: rectrack closure-log --period 2025H2|FY2025|--from DATE --to DATE
!                     [--issuer CODE] [--agency CODE] [--report NUMBER]
!                     [--as-known DATE] [--format table|csv|json|md|html]
! See 'rectrack help closure-log' for the options and examples.
[2]
$ rectrack closure-log --from 2022-03-01 --to 2022-02-01
! rectrack: --from 2022-03-01 --to 2022-02-01: not two dates (YYYY-MM-DD), the first not after the second
[1]
$ rectrack closure-log --period FY2022 --agency NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack closure-log --period FY2022 --format xml
! rectrack: closure-log: --format: unknown format "xml" (expected table, csv, json, md or html)
! usage: rectrack closure-log --period 2025H2|FY2025|--from DATE --to DATE
!                     [--issuer CODE] [--agency CODE] [--report NUMBER]
!                     [--as-known DATE] [--format table|csv|json|md|html]
! See 'rectrack help closure-log' for the options and examples.
[2]

A recommendation recorded closed at its report's issue is a closing of
that day, as sar counts it: direct, with no request.

$ rectrack rec add OIG-21-19 --text "Closed when the report was issued" --status closed-implemented --evidence memo >/dev/null
$ rectrack sar --period 2021H1 | grep "closed in the period"
  closed in the period                1        0
$ rectrack closure-log --period 2021H1 --format csv
  Closures [CR]
  id,closed_as,closed_on,requester,requested_on,approver,evidence,change [CR]
  OIG-21-19#5,closed-implemented,2021-02-08,,,direct,,4 [CR]
