Extensions of a target date: a target event in force whose old date is
set and whose new date is later, recorded by an approved extension
request or by `target` alike.  A first target date, a move to an earlier
date and a voided move are not extensions.  summary counts the open
recommendations extended at least once (EXTENDED) and their extensions
(EXTENSIONS); outstanding shows each one's count; list
--extended-more-than N keeps those extended more than N times.  All
follow --as-of and --as-known.

OIG-21-19#1: extended on approval (2021-11-20), a second request
returned, then extended by the audit manager (2022-06-20): 2.
OIG-21-19#2: moved earlier, then a later move voided: 0.
OIG-22-07#1: extended three times, once a year: 3.
OIG-22-07#2: extended once, then closed (counted by list, not by the
open-item counts).

$ rectrack init >/dev/null
$ cat > ext.yaml <<'EOF'
> version: 1
> issuers:
>   - {code: dhs-oig, name: DHS Office of Inspector General, kind: oig}
> agencies:
>   - {code: DHS, name: Department of Homeland Security}
>   - {code: CBP, name: U.S. Customs and Border Protection, parent: DHS}
>   - {code: ICE, name: U.S. Immigration and Customs Enforcement, parent: DHS}
> reports:
>   - number: OIG-21-19
>     title: Canine program
>     issuer: dhs-oig
>     issued: 2021-02-08
>     agency: CBP
>     recommendations:
>       - number: "1"
>         text: Track certifications.
>         history:
>           - {effective: 2021-02-08, kind: issued, new: open-unresolved}
>           - {effective: 2021-03-01, kind: status, new: open-resolved, note: plan agreed}
>           - {effective: 2021-03-01, kind: target, new: 2021-12-31}
>           - {effective: 2021-11-15, kind: request, field: extension, old: 2021-12-31, new: 2022-06-30, note: vendor delay, actor: liaison}
>           - {effective: 2021-11-20, kind: decision, field: extension, new: approved, actor: boss}
>           - {effective: 2021-11-20, kind: target, old: 2021-12-31, new: 2022-06-30, note: extension approved, actor: boss}
>           - {effective: 2022-06-01, kind: request, field: extension, old: 2022-06-30, new: 2023-06-30, note: staff shortage, actor: liaison}
>           - {effective: 2022-06-05, kind: decision, field: extension, new: returned, note: not justified, actor: boss}
>           - {effective: 2022-06-20, kind: target, old: 2022-06-30, new: 2022-12-31, note: moved by the audit manager}
>       - number: "2"
>         text: Retrain the handlers.
>         history:
>           - {effective: 2021-02-08, kind: issued, new: open-unresolved}
>           - {effective: 2021-03-01, kind: status, new: open-resolved, note: plan agreed}
>           - {effective: 2021-03-01, kind: target, new: 2021-12-31}
>           - {effective: 2021-06-01, kind: target, old: 2021-12-31, new: 2021-09-30, note: sooner than planned}
>           - {effective: 2021-10-01, kind: target, old: 2021-09-30, new: 2022-03-31, note: slipped, seq: 5}
>           - {effective: 2021-10-02, kind: void, voids: 5, note: entered on the wrong recommendation, seq: 6}
>   - number: OIG-22-07
>     title: Detention standards
>     issuer: dhs-oig
>     issued: 2022-01-10
>     agency: ICE
>     recommendations:
>       - number: "1"
>         text: Inspect every facility.
>         history:
>           - {effective: 2022-01-10, kind: issued, new: open-unresolved}
>           - {effective: 2022-02-01, kind: status, new: open-resolved, note: plan agreed}
>           - {effective: 2022-02-01, kind: target, new: 2022-12-31}
>           - {effective: 2022-11-01, kind: target, old: 2022-12-31, new: 2023-12-31, note: contract delayed}
>           - {effective: 2023-11-01, kind: target, old: 2023-12-31, new: 2024-12-31, note: contract delayed again}
>           - {effective: 2024-11-01, kind: target, old: 2024-12-31, new: 2025-12-31, note: and again}
>       - number: "2"
>         text: Publish the inspection reports.
>         history:
>           - {effective: 2022-01-10, kind: issued, new: open-unresolved}
>           - {effective: 2022-02-01, kind: status, new: open-resolved, note: plan agreed}
>           - {effective: 2022-02-01, kind: target, new: 2022-06-30}
>           - {effective: 2022-05-01, kind: target, old: 2022-06-30, new: 2022-09-30, note: printing delay}
>           - {effective: 2022-09-30, kind: status, new: closed-implemented, note: published}
> EOF
$ rectrack import ext.yaml | tail -1
  recorded as change 1
$ rectrack list --extended-more-than 0 --format csv | cut -d, -f1,11
  id,status
  OIG-21-19#1,open-resolved
  OIG-22-07#1,open-resolved
  OIG-22-07#2,closed-implemented
$ rectrack list --extended-more-than 1 --format csv | cut -d, -f1,11
  id,status
  OIG-21-19#1,open-resolved
  OIG-22-07#1,open-resolved
$ rectrack list --extended-more-than 2 --format csv | cut -d, -f1,11
  id,status
  OIG-22-07#1,open-resolved
$ rectrack list --extended-more-than 3
! rectrack: list: no recommendations match

With the other filters, and as of a past day: on 2023-12-31 OIG-22-07#1 had been extended twice.

$ rectrack list --extended-more-than 0 --agency ICE --format csv | cut -d, -f1
  id
  OIG-22-07#1
  OIG-22-07#2
$ rectrack list --extended-more-than 1 --as-of 2023-12-31 --format csv | cut -d, -f1
  id
  OIG-21-19#1
  OIG-22-07#1
$ rectrack list --extended-more-than 1 --as-of 2022-06-01 --format csv | cut -d, -f1
  id
! rectrack: list: no recommendations match

The summary, by agency and by status.

$ rectrack summary --format csv | cut -d, -f1,2,10,11
  group,open,extended,extensions
  CBP,2,1,2
  ICE,1,1,3
  TOTAL,3,2,5
$ rectrack summary --by status --format csv | cut -d, -f1,2,3,11,12
  group,recommendations,open,extended,extensions
  open-resolved,3,3,2,5
  closed-implemented,1,0,0,0
  TOTAL,4,3,2,5
$ rectrack summary --as-of 2022-06-01 --format md | grep -i -e extended -e TOTAL
  | Agency | Open | Pending | Unresolved | Resolved | Overdue | Unresolved over 6 months | Open 1 year or more | Priority | Extended | Extensions | under 6 months | 6-12 months | 1-2 years | 2-5 years | over 5 years | Questioned costs | Funds put to better use | Oldest open |
  | **TOTAL** | 4 | 0 | 0 | 4 | 1 | 0 | 2 | 0 | 2 | 2 | 2 | 0 | 2 | 0 | 0 | $0.00 | $0.00 | OIG-21-19#1 |
$ rectrack summary --format json | grep -o '"group":"TOTAL"[^[]*'
  "group":"TOTAL","open":3,"pending":0,"unresolved":0,"resolved":3,"overdue":3,"unresolved_over_6_months":0,"open_1_year_plus":3,"priority":0,"extended":2,"extensions":5,"age_buckets":

outstanding, every format.

$ rectrack outstanding --format md | grep -e '^| ' 
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  | 1 | Track certifications. | pending | open-resolved | 2022-12-31 | 2 | 2119 | **overdue** | 2022-06-20 target_date: 2022-06-30 → 2022-12-31 |
  | 2 | Retrain the handlers. | pending | open-resolved | 2021-09-30 | 0 | 2119 | **overdue** | 2021-10-02 void: (none) |
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  | 1 | Inspect every facility. | pending | open-resolved | 2025-12-31 | 3 | 1783 | **overdue** | 2024-11-01 target_date: 2024-12-31 → 2025-12-31 |
  | Agency | Open | Pending | Unresolved | Resolved | Overdue | Unresolved over 6 months | Open 1 year or more | under 6 months | 6-12 months | 1-2 years | 2-5 years | over 5 years | Questioned costs | Funds put to better use |
  | CBP | 2 | 0 | 0 | 2 | 2 | 0 | 2 | 0 | 0 | 0 | 0 | 2 | $0.00 | $0.00 |
  | ICE | 1 | 0 | 0 | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | $0.00 | $0.00 |
  | **TOTAL** | 3 | 0 | 0 | 3 | 3 | 0 | 3 | 0 | 0 | 0 | 1 | 2 | $0.00 | $0.00 |
$ rectrack outstanding --format csv | cut -d, -f5,10,11
  id,target_date,extensions
  OIG-21-19#1,2022-12-31,2
  OIG-21-19#2,2021-09-30,0
  OIG-22-07#1,2025-12-31,3
$ rectrack outstanding --format json | grep -o '"id":"[^"]*"\|"extensions":[0-9]*'
  "id":"OIG-21-19#1"
  "extensions":2
  "id":"OIG-21-19#2"
  "extensions":0
  "id":"OIG-22-07#1"
  "extensions":3
  "extensions":5
$ rectrack outstanding --format html | grep -o '<th scope="col" class="n">Extensions</th>' | head -1
  <th scope="col" class="n">Extensions</th>
$ rectrack outstanding --format html | sed -n 's/.*<tr[^>]* id="\([^"]*\)".*<td class="n">\([0-9]*\)<\/td><td class="n">[0-9]*<\/td><td>.*/\1 \2/p'
  OIG-21-19#1 2
  OIG-21-19#2 0
  OIG-22-07#1 3

Recorded today, a later target date for OIG-21-19#2 is an extension;
as known yesterday, it was not there yet.

$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack target 'OIG-21-19#2' 2022-06-30 --date 2021-11-01 --note 'supplier failed'
  OIG-21-19#2: target 2021-09-30 -> 2022-06-30
  recorded as change 2
$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack list --extended-more-than 0 --format csv | cut -d, -f1
  id
  OIG-21-19#1
  OIG-21-19#2
  OIG-22-07#1
  OIG-22-07#2
$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack list --extended-more-than 0 --as-known 2026-11-28 --format csv | cut -d, -f1
  id
  OIG-21-19#1
  OIG-22-07#1
  OIG-22-07#2
$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack summary --as-known 2026-11-28 --format csv | cut -d, -f1,10,11 | tail -1
  TOTAL,2,5

Errors.

$ rectrack list --extended-more-than -1
! rectrack: --extended-more-than: "-1" is not a number of extensions (0 to 999)
[1]
$ rectrack list --extended-more-than many
! rectrack: --extended-more-than: "many" is not a number of extensions (0 to 999)
[1]
$ rectrack list --extended-more-than 1000
! rectrack: --extended-more-than: "1000" is not a number of extensions (0 to 999)
[1]
$ rectrack list --extended-more-than 1 --extended-more-than 2
! rectrack: list: --extended-more-than given twice
! usage: rectrack list [--issuer CODE] [--agency CODE] [--report NUMBER]
!                      [--status STATUS]... [--concurrence VALUE]...
!                      [--topic TOPIC] [--fy YEAR]... [--issued-from DATE]
!                      [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]
!                      [--official CODE]... [--include-staff] [--due-within DAYS]
!                      [--no-target] [--unresolved-over DAYS] [--sort FIELD,...]
!                      [--as-known DATE] [--extended-more-than N]
!                      [--columns COLUMN,...]...
!                      [--format table|csv|json|md|xlsx]
!                      [--output FILE [--force]] [--bom|--no-bom]
! See 'rectrack help list' for the options and examples.
[2]
$ rectrack summary --extended-more-than 1
! rectrack: summary: unknown option --extended-more-than
! usage: rectrack summary [--by agency|issuer|report|fy|topic|status|official]
!                         [--rollup] [--issuer CODE] [--agency CODE]
!                         [--report NUMBER] [--status STATUS]...
!                         [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                         [--issued-from DATE] [--issued-to DATE] [--overdue]
!                         [--priority] [--as-of DATE] [--as-known DATE]
!                         [--official CODE]... [--include-staff]
!                         [--due-within DAYS] [--no-target]
!                         [--unresolved-over DAYS]
!                         [--format table|csv|json|md|xlsx]
!                         [--output FILE [--force]] [--bom|--no-bom]
! See 'rectrack help summary' for the options and examples.
[2]
