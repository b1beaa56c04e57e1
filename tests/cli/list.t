list: the recommendations matching all the filters given, in order of
report issue date, report number, then recommendation number in natural
order (2 before 10).

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null
$ rectrack issuer add gao --name "U.S. Government Accountability Office" --kind gao >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" --parent DHS >/dev/null
$ rectrack agency add OFO --name "Office of Field Operations" --parent CBP >/dev/null
$ rectrack agency add DHS-X --name "A sibling of DHS" >/dev/null
$ rectrack agency add DOJ --name "Department of Justice" >/dev/null

An empty database: nothing in a table, the header in CSV, [] in JSON.

$ rectrack list
! rectrack: list: no recommendations match
$ rectrack list --format csv
  id,report,number,issuer,issued,agency,official,text,corrective_action,concurrence,status,target_date,original_target_date,resolved_date,closed_date,priority,significant,on_hold,closure_requested,partially_addressed,questioned_cost,unsupported_cost,funds_better_use,potential_savings,disallowed_cost,fbu_agreed,overdue,age_days [CR]
! rectrack: list: no recommendations match
$ rectrack list --format json
  []
! rectrack: list: no recommendations match

Three reports.  OIG-21-19 gets recommendations 1, 2, 10 and 3a, added out
of order; one is assigned to OFO (under CBP), one to DHS-X.  The GAO
report was issued earlier and comes first.

$ rectrack report add OIG-21-19 --issuer dhs-oig --title "Canine Program" --issued 2021-02-08 --agency CBP >/dev/null
$ rectrack report add GAO-20-536 --issuer gao --title "Federal Prisons" --issued 2020-07-09 --agency DOJ >/dev/null
$ rectrack report add OIG-21-48 --issuer dhs-oig --title "Port of Entry" --issued 2021-09-30 --agency CBP >/dev/null
$ rectrack rec add OIG-21-19 --number 10 --text "Ten." --concurrence concur --status closed-implemented >/dev/null
$ rectrack rec add OIG-21-19 --number 2 --text 'Two, with a comma and "quotes".' --agency OFO --status open-resolved --target 2021-09-30 >/dev/null
$ rectrack rec add OIG-21-19 --number 1 --text 'One, on two lines:
> the second line.' --status open-unresolved >/dev/null
$ rectrack rec add OIG-21-19 --number 3a --text "Three a." --agency DHS-X --status closed-not-implemented --note "declined" >/dev/null
$ rectrack rec add GAO-20-536 --text "Improve staffing." --concurrence partial --target 2027-01-31 --status open-resolved >/dev/null
$ rectrack rec add OIG-21-48 --text "Pending." >/dev/null

Everything: the table clips nothing here, shows the text's newline as a
blank.

$ rectrack list
  ID            STATUS                  TARGET      OVERDUE  TEXT
  GAO-20-536#1  open-resolved           2027-01-31           Improve staffing.
  OIG-21-19#1   open-unresolved                              One, on two lines: the second line.
  OIG-21-19#2   open-resolved           2021-09-30  overdue  Two, with a comma and "quotes".
  OIG-21-19#3a  closed-not-implemented                       Three a.
  OIG-21-19#10  closed-implemented                           Ten.
  OIG-21-48#1   open-pending                                 Pending.

--agency takes the agency and the ones below it (CBP: CBP and OFO), but
not DHS-X, whose code merely starts with "DHS".

$ rectrack list --agency CBP | cut -d' ' -f1
  ID
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#10
  OIG-21-48#1
$ rectrack list --agency DHS | cut -d' ' -f1
  ID
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#10
  OIG-21-48#1
$ rectrack list --agency OFO | cut -d' ' -f1
  ID
  OIG-21-19#2
$ rectrack list --agency DHS-X | cut -d' ' -f1
  ID
  OIG-21-19#3a

--report, --issuer.

$ rectrack list --report OIG-21-19 | cut -d' ' -f1
  ID
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3a
  OIG-21-19#10
$ rectrack list --issuer gao | cut -d' ' -f1
  ID
  GAO-20-536#1

--status, repeatable; "open" stands for the three open statuses, "closed"
for the two closed ones.

$ rectrack list --status open-resolved | cut -d' ' -f1
  ID
  GAO-20-536#1
  OIG-21-19#2
$ rectrack list --status open-pending --status closed-implemented | cut -d' ' -f1
  ID
  OIG-21-19#10
  OIG-21-48#1
$ rectrack list --status open | cut -d' ' -f1
  ID
  GAO-20-536#1
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-48#1
$ rectrack list --status closed | cut -d' ' -f1
  ID
  OIG-21-19#3a
  OIG-21-19#10
$ rectrack list --status closed --status open | wc -l
  7

All filters together must all match.

$ rectrack list --issuer dhs-oig --agency CBP --report OIG-21-19 --status open
  ID           STATUS           TARGET      OVERDUE  TEXT
  OIG-21-19#1  open-unresolved                       One, on two lines: the second line.
  OIG-21-19#2  open-resolved    2021-09-30  overdue  Two, with a comma and "quotes".
$ rectrack list --issuer gao --report OIG-21-19
! rectrack: list: no recommendations match

A filter naming an agency, report or issuer that does not exist is an
error, not an empty list; so is an unknown status.

$ rectrack list --agency NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack list --report OIG-99-99
! rectrack: OIG-99-99: no such report
[1]
$ rectrack list --issuer nope
! rectrack: nope: no such issuer (add it with 'rectrack issuer add')
[1]
$ rectrack list --status opne
! rectrack: --status: unknown value "opne" (expected open, closed or one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ rectrack list --status ''
! rectrack: list: --status needs a value
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

Command line mistakes: exit 2 with the usage.

$ rectrack list OIG-21-19 2>&1 | head -1
  rectrack: list: unexpected argument OIG-21-19
$ rectrack list --status 2>&1 | head -1
  rectrack: list: --status needs a value
$ rectrack list --sort text 2>&1 | head -1
  rectrack: --sort: "text" is not a sort field (target, age, agency, official, amount)
$ rectrack list --format yaml 2>&1 | head -1
  rectrack: list: --format: unknown format "yaml" (expected table, csv, json, md or xlsx)
$ rectrack list --format yaml >/dev/null 2>&1; echo "exit $?"
  exit 2

CSV: RFC 4180, a header of every field, CR LF line ends; the text with a
comma, quotes and a newline is quoted.  Absent values are empty, flags
yes/no.

$ rectrack list --format csv
  id,report,number,issuer,issued,agency,official,text,corrective_action,concurrence,status,target_date,original_target_date,resolved_date,closed_date,priority,significant,on_hold,closure_requested,partially_addressed,questioned_cost,unsupported_cost,funds_better_use,potential_savings,disallowed_cost,fbu_agreed,overdue,age_days [CR]
  GAO-20-536#1,GAO-20-536,1,gao,2020-07-09,DOJ,,Improve staffing.,,partial,open-resolved,2027-01-31,2027-01-31,2020-07-09,,no,no,no,no,no,,,,,,,no,2333 [CR]
  OIG-21-19#1,OIG-21-19,1,dhs-oig,2021-02-08,CBP,,"One, on two lines:
  the second line.",,pending,open-unresolved,,,,,no,no,no,no,no,,,,,,,no,2119 [CR]
  OIG-21-19#2,OIG-21-19,2,dhs-oig,2021-02-08,OFO,,"Two, with a comma and ""quotes"".",,pending,open-resolved,2021-09-30,2021-09-30,2021-02-08,,no,no,no,no,no,,,,,,,yes,2119 [CR]
  OIG-21-19#3a,OIG-21-19,3a,dhs-oig,2021-02-08,DHS-X,,Three a.,,pending,closed-not-implemented,,,,2021-02-08,no,no,no,no,no,,,,,,,no,0 [CR]
  OIG-21-19#10,OIG-21-19,10,dhs-oig,2021-02-08,CBP,,Ten.,,concur,closed-implemented,,,,2021-02-08,no,no,no,no,no,,,,,,,no,0 [CR]
  OIG-21-48#1,OIG-21-48,1,dhs-oig,2021-09-30,CBP,,Pending.,,pending,open-pending,,,,,no,no,no,no,no,,,,,,,no,1885 [CR]

JSON: one array, one object per line, the keys of rectrack(1) in order,
absent values null, flags true/false.

$ rectrack list --format json
  [
  {"id":"GAO-20-536#1","report":"GAO-20-536","number":"1","issuer":"gao","issued":"2020-07-09","agency":"DOJ","official":null,"text":"Improve staffing.","corrective_action":null,"concurrence":"partial","status":"open-resolved","target_date":"2027-01-31","original_target_date":"2027-01-31","resolved_date":"2020-07-09","closed_date":null,"priority":false,"significant":false,"on_hold":false,"closure_requested":false,"partially_addressed":false,"questioned_cost":null,"unsupported_cost":null,"funds_better_use":null,"potential_savings":null,"disallowed_cost":null,"fbu_agreed":null,"overdue":false,"age_days":2333},
  {"id":"OIG-21-19#1","report":"OIG-21-19","number":"1","issuer":"dhs-oig","issued":"2021-02-08","agency":"CBP","official":null,"text":"One, on two lines:\nthe second line.","corrective_action":null,"concurrence":"pending","status":"open-unresolved","target_date":null,"original_target_date":null,"resolved_date":null,"closed_date":null,"priority":false,"significant":false,"on_hold":false,"closure_requested":false,"partially_addressed":false,"questioned_cost":null,"unsupported_cost":null,"funds_better_use":null,"potential_savings":null,"disallowed_cost":null,"fbu_agreed":null,"overdue":false,"age_days":2119},
  {"id":"OIG-21-19#2","report":"OIG-21-19","number":"2","issuer":"dhs-oig","issued":"2021-02-08","agency":"OFO","official":null,"text":"Two, with a comma and \"quotes\".","corrective_action":null,"concurrence":"pending","status":"open-resolved","target_date":"2021-09-30","original_target_date":"2021-09-30","resolved_date":"2021-02-08","closed_date":null,"priority":false,"significant":false,"on_hold":false,"closure_requested":false,"partially_addressed":false,"questioned_cost":null,"unsupported_cost":null,"funds_better_use":null,"potential_savings":null,"disallowed_cost":null,"fbu_agreed":null,"overdue":true,"age_days":2119},
  {"id":"OIG-21-19#3a","report":"OIG-21-19","number":"3a","issuer":"dhs-oig","issued":"2021-02-08","agency":"DHS-X","official":null,"text":"Three a.","corrective_action":null,"concurrence":"pending","status":"closed-not-implemented","target_date":null,"original_target_date":null,"resolved_date":null,"closed_date":"2021-02-08","priority":false,"significant":false,"on_hold":false,"closure_requested":false,"partially_addressed":false,"questioned_cost":null,"unsupported_cost":null,"funds_better_use":null,"potential_savings":null,"disallowed_cost":null,"fbu_agreed":null,"overdue":false,"age_days":0},
  {"id":"OIG-21-19#10","report":"OIG-21-19","number":"10","issuer":"dhs-oig","issued":"2021-02-08","agency":"CBP","official":null,"text":"Ten.","corrective_action":null,"concurrence":"concur","status":"closed-implemented","target_date":null,"original_target_date":null,"resolved_date":null,"closed_date":"2021-02-08","priority":false,"significant":false,"on_hold":false,"closure_requested":false,"partially_addressed":false,"questioned_cost":null,"unsupported_cost":null,"funds_better_use":null,"potential_savings":null,"disallowed_cost":null,"fbu_agreed":null,"overdue":false,"age_days":0},
  {"id":"OIG-21-48#1","report":"OIG-21-48","number":"1","issuer":"dhs-oig","issued":"2021-09-30","agency":"CBP","official":null,"text":"Pending.","corrective_action":null,"concurrence":"pending","status":"open-pending","target_date":null,"original_target_date":null,"resolved_date":null,"closed_date":null,"priority":false,"significant":false,"on_hold":false,"closure_requested":false,"partially_addressed":false,"questioned_cost":null,"unsupported_cost":null,"funds_better_use":null,"potential_savings":null,"disallowed_cost":null,"fbu_agreed":null,"overdue":false,"age_days":1885}
  ]
$ rectrack list --format json | python3 -c 'import json, sys; print(list(json.load(sys.stdin)[0]))'
  ['id', 'report', 'number', 'issuer', 'issued', 'agency', 'official', 'text', 'corrective_action', 'concurrence', 'status', 'target_date', 'original_target_date', 'resolved_date', 'closed_date', 'priority', 'significant', 'on_hold', 'closure_requested', 'partially_addressed', 'questioned_cost', 'unsupported_cost', 'funds_better_use', 'potential_savings', 'disallowed_cost', 'fbu_agreed', 'overdue', 'age_days']
$ rectrack list --format json | python3 -m json.tool | sed -n '1,4p'
  [
      {
          "id": "GAO-20-536#1",
          "report": "GAO-20-536",
$ rectrack list --status open --format json | python3 -c 'import json, sys; [print(r["id"], r["overdue"], r["age_days"]) for r in json.load(sys.stdin)]'
  GAO-20-536#1 False 2333
  OIG-21-19#1 False 2119
  OIG-21-19#2 True 2119
  OIG-21-48#1 False 1885

--as-of: the list as it was; the status filter applies to the state then.
Before OIG-21-48 was issued it is not listed.

$ rectrack status 'OIG-21-19#1' open-resolved --target 2022-06-30 --date 2021-06-01 >/dev/null
$ rectrack list --status open-unresolved --as-of 2021-05-31 | cut -d' ' -f1
  ID
  OIG-21-19#1
$ rectrack list --status open-unresolved | cut -d' ' -f1
! rectrack: list: no recommendations match
$ rectrack list --as-of 2021-06-30 | cut -d' ' -f1
  ID
  GAO-20-536#1
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3a
  OIG-21-19#10
$ rectrack list --as-of 2021-13-01
! rectrack: --as-of: "2021-13-01" is not a date (expected YYYY-MM-DD, a day that exists)
[1]

The other filters, on the data set of summary.t (tests/data/summary.yaml;
its comment and summary.t tell each recommendation's state on each day).

$ rectrack --db fx.db init >/dev/null
$ rectrack --db fx.db import "$SRCDIR/tests/data/summary.yaml" >/dev/null

--concurrence, repeatable.

$ rectrack --db fx.db list --concurrence non-concur --concurrence no-position | cut -d' ' -f1
  ID
  OIG-20-10#3
  GAO-24-101#2
$ rectrack --db fx.db list --concurrence partial --format csv | cut -d, -f1,10,11
  id,concurrence,status
  OIG-23-05#2,partial,closed-not-implemented

--topic (any case), --fy (a year, or FY and the year), --issued-from and
--issued-to (the report's issue date, both days included).

$ rectrack --db fx.db list --topic technology | cut -d' ' -f1
  ID
  OIG-20-10#1
  OIG-20-10#2
  OIG-20-10#3
$ rectrack --db fx.db list --topic "Port of Entry" --status open | cut -d' ' -f1
  ID
  OIG-20-10#2
  OIG-20-10#3
  OIG-25-30#1
$ rectrack --db fx.db list --fy 2023 | cut -d' ' -f1
  ID
  OIG-23-05#1
  OIG-23-05#2
  OIG-23-05#3
$ rectrack --db fx.db list --fy fy2026 | cut -d' ' -f1
  ID
  GAO-26-200#1
  GAO-26-200#2
$ rectrack --db fx.db list --fy 2019
! rectrack: list: no recommendations match
$ rectrack --db fx.db list --issued-from 2024-01-10 --issued-to 2025-06-02 | cut -d' ' -f1
  ID
  GAO-24-101#1
  GAO-24-101#2
  OIG-25-30#1
  OIG-25-30#2
$ rectrack --db fx.db list --issued-from 2026-01-01 | cut -d' ' -f1
  ID
  GAO-26-200#1
  GAO-26-200#2
$ rectrack --db fx.db list --issued-to 2020-12-31 --status closed | cut -d' ' -f1
  ID
  OIG-20-10#1

--overdue: open-resolved past the target date, on the day considered;
--priority: flagged as priority then.

$ rectrack --db fx.db list --overdue
  ID            STATUS         TARGET      OVERDUE  TEXT
  OIG-23-05#1   open-resolved  2023-12-31  overdue  Inspect every facility each year.
  GAO-24-101#1  open-resolved  2025-06-30  overdue  Set staffing targets.
  OIG-25-30#1   open-resolved  2026-10-31  overdue  Review the badge system.
$ rectrack --db fx.db list --overdue --as-of 2024-06-30 --format csv | cut -d, -f1,12,27,28
  id,target_date,overdue,age_days [CR]
  OIG-20-10#1,2021-03-31,yes,1567 [CR]
  OIG-20-10#2,2020-12-31,yes,1567 [CR]
  OIG-23-05#1,2023-12-31,yes,593 [CR]
$ rectrack --db fx.db list --priority | cut -d' ' -f1
  ID
  OIG-20-10#2
  GAO-24-101#1
$ rectrack --db fx.db list --priority --as-of 2023-12-31
! rectrack: list: no recommendations match
$ rectrack --db fx.db list --priority --overdue --as-of 2024-06-30 | cut -d' ' -f1
  ID
  OIG-20-10#2

--agency as of a past day takes the agency each recommendation had then:
OIG-23-05#3 moved from ICE to CBP on 2025-01-15.

$ rectrack --db fx.db list --agency ICE --as-of 2025-01-14 --columns id,agency | awk '{ print $1, $2 }'
  ID AGENCY
  OIG-23-05#1 ICE
  OIG-23-05#2 ICE
  OIG-23-05#3 ICE
$ rectrack --db fx.db list --agency CBP --as-of 2025-01-15 --status open-pending | cut -d' ' -f1
  ID
  OIG-23-05#3
$ rectrack --db fx.db list --agency DHS --concurrence pending --as-of 2025-06-01 --format json | python3 -c 'import json, sys; [print(r["id"], r["agency"], r["status"]) for r in json.load(sys.stdin)]'
  OIG-23-05#3 CBP open-pending

Every filter at once.

$ rectrack --db fx.db list --issuer dhs-oig --agency DHS --report OIG-20-10 --status open --concurrence concur --topic "port of entry" --fy 2020 --issued-from 2020-03-16 --issued-to 2020-03-16 --overdue --priority --as-of 2024-06-30 | cut -d' ' -f1
  ID
  OIG-20-10#2

Mistakes in filter values: exit 1 with what is wrong.

$ rectrack --db fx.db list --topic Nope
! rectrack: "Nope": no such topic (no report is tagged with it)
[1]
$ rectrack --db fx.db list --concurrence yes
! rectrack: --concurrence: unknown value "yes" (expected one of pending, concur, partial, non-concur, no-position)
[1]
$ rectrack --db fx.db list --fy 21
! rectrack: --fy: "21" is not a fiscal year (expected a year such as 2021 or FY2021)
[1]
$ rectrack --db fx.db list --fy 10000
! rectrack: --fy: "10000" is not a fiscal year (expected a year such as 2021 or FY2021)
[1]
$ rectrack --db fx.db list --fy FY
! rectrack: --fy: "FY" is not a fiscal year (expected a year such as 2021 or FY2021)
[1]
$ rectrack --db fx.db list --fy 2021.5
! rectrack: --fy: "2021.5" is not a fiscal year (expected a year such as 2021 or FY2021)
[1]
$ rectrack --db fx.db list --issued-from 2021-02-29
! rectrack: --issued-from: "2021-02-29" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack --db fx.db list --issued-to 2021-1-1
! rectrack: --issued-to: "2021-1-1" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack --db fx.db list --issued-from 2022-01-01 --issued-to 2021-12-31
! rectrack: --issued-from 2022-01-01 is after --issued-to 2021-12-31: no report can match
[1]
$ rectrack --db fx.db list --as-of 2026-11-29
! rectrack: --as-of: 2026-11-29 is after today (2026-11-28): the history cannot tell yet
[1]

A filter that takes one value, given twice, and a flag given a value:
exit 2 with the usage.

$ rectrack --db fx.db list --topic Detention --topic Technology 2>&1 | head -1
  rectrack: list: --topic given twice
$ rectrack --db fx.db list --report NONE --report OTHER 2>&1 | head -1
  rectrack: list: --report given twice
$ rectrack --db fx.db list --overdue=yes 2>&1 | head -1
  rectrack: list: --overdue takes no value
$ rectrack --db fx.db list --priority --priority 2>&1 | head -1
  rectrack: list: --priority given twice
$ rectrack --db fx.db list --issued-from 2>&1 | head -1
  rectrack: list: --issued-from needs a value
