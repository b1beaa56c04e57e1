conventions: the same --format names on every listing, one message for
an unknown format, repeatable filters (any of the values), what an
export wrote, and empty results said on stderr with exit 0
(docs/cli-conventions.md).

$ rectrack init >/dev/null
$ rectrack issuer add gao --name "U.S. Government Accountability Office" --kind gao >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack official add jdoe --name "Jane Doe" --agency DHS >/dev/null
$ rectrack report add GAO-20-1 --issuer gao --title "Twenty" --issued 2020-03-02 --agency DHS >/dev/null
$ rectrack report add GAO-21-1 --issuer gao --title "Twenty-one" --issued 2021-03-01 --agency DHS >/dev/null
$ rectrack report add GAO-22-1 --issuer gao --title "Twenty-two" --issued 2022-03-01 --agency DHS >/dev/null
$ rectrack rec add GAO-20-1 --text "First." --official jdoe --status open-resolved --target 2027-01-31 >/dev/null
$ rectrack rec add GAO-21-1 --text "Second." >/dev/null
$ rectrack rec add GAO-22-1 --text "Third." --status closed-implemented >/dev/null

Formats: every listing takes table, csv, json and md.

$ for f in table csv json md; do
>   for cmd in list "report list" "issuer list" "agency list" "official list" \
>       "evidence list" changes pending "search first" "history GAO-20-1#1" \
>       "history agency:DHS" due summary outstanding seal; do
>     rectrack $cmd --format $f >/dev/null 2>&1 || echo "$cmd --format $f: exit $?"
>   done
> done
$ rectrack report list --format md
  | REPORT | ISSUED | FY | ISSUER | AGENCY | TYPE | RECS | OPEN | TITLE |
  | --- | --- | ---: | --- | --- | --- | ---: | ---: | --- |
  | GAO-20-1 | 2020-03-02 | 2020 | gao | DHS | audit | 1 | 1 | Twenty |
  | GAO-21-1 | 2021-03-01 | 2021 | gao | DHS | audit | 1 | 1 | Twenty-one |
  | GAO-22-1 | 2022-03-01 | 2022 | gao | DHS | audit | 1 | 0 | Twenty-two |
$ rectrack history 'GAO-20-1#1' --format md
  | EFFECTIVE | ACTOR | KIND | FIELD | OLD | NEW | NOTE | CHANGE | VOIDED BY |
  | --- | --- | --- | --- | --- | --- | --- | ---: | ---: |
  | 2020-03-02 | tester | issued | status |  | open-resolved |  | 2 |  |
  | 2020-03-02 | tester | target | target_date |  | 2027-01-31 |  | 2 |  |
$ rectrack outstanding --format table
  AGENCY  TITLE       ISSUED      ID          TEXT     CONCURRENCE  STATUS         TARGET      EXT  DAYS OPEN  OVERDUE  LATEST EVENT
  DHS     Twenty      2020-03-02  GAO-20-1#1  First.   pending      open-resolved  2027-01-31    0       2462  no       2020-03-02 target_date: 2027-01-31
  DHS     Twenty-one  2021-03-01  GAO-21-1#1  Second.  pending      open-pending                 0       2098  no       2021-03-01 issued

One object takes table, csv and json; a document html too.

$ rectrack show 'GAO-20-1#1' --format md 2>&1 | head -1
  rectrack: show: --format: unknown format "md" (expected table, csv or json)
$ rectrack sar --period 2026H1 --format html >/dev/null; echo "exit $?"
  exit 0

An unknown format: the same words everywhere, naming the command's
formats; exit 2.

$ rectrack list --format xml 2>&1 | head -1
  rectrack: list: --format: unknown format "xml" (expected table, csv, json, md or xlsx)
$ rectrack history 'GAO-20-1#1' --format xml 2>&1 | head -1
  rectrack: history: --format: unknown format "xml" (expected table, csv, json or md)
$ rectrack outstanding --format xml 2>&1 | head -1
  rectrack: outstanding: --format: unknown format "xml" (expected table, csv, json, md, html or xlsx)
$ rectrack summary --format xml 2>&1 | head -1
  rectrack: summary: --format: unknown format "xml" (expected table, csv, json, md or xlsx)
$ rectrack sar --period 2026H1 --format xml 2>&1 | head -1
  rectrack: sar: --format: unknown format "xml" (expected table, csv, json, md, html or xlsx)
$ rectrack export --format xml 2>&1 | head -1
  rectrack: export: --format: unknown format "xml" (expected yaml, json, csv, gao-csv, xlsx or oscal-poam)
$ rectrack show 'GAO-20-1#1' --format md >/dev/null 2>&1; echo "exit $?"
  exit 2

--fy repeats like --status: any of the years.  Given once, the one year.

$ rectrack list --fy 2020 --fy FY2022 --format csv | cut -d, -f1
  id
  GAO-20-1#1
  GAO-22-1#1
$ rectrack list --fy 2021 --format csv | cut -d, -f1
  id
  GAO-21-1#1
$ rectrack list --fy 2021 --fy 2021 --format csv | cut -d, -f1
  id
  GAO-21-1#1
$ rectrack summary --by fy --fy 2020 --fy 2021 --format csv | cut -d, -f1-2
  group,open
  FY2020,1
  FY2021,1
  TOTAL,2
$ rectrack export --fy 2020 --fy 2022 --format csv | cut -d, -f1
  id
  GAO-20-1#1
  GAO-22-1#1
$ rectrack list --fy 2020 --fy 20x1
! rectrack: --fy: "20x1" is not a fiscal year (expected a year such as 2021 or FY2021)
[1]
$ rectrack list --fy 2020 --status open --status closed --official jdoe --format csv | cut -d, -f1
  id
  GAO-20-1#1

Single-valued filters given twice stay usage errors.

$ rectrack list --issuer gao --issuer gao 2>&1 | head -1
  rectrack: list: --issuer given twice
$ rectrack list --as-of 2026-01-01 --as-of 2026-02-01 2>&1 | head -1
  rectrack: list: --as-of given twice

export --output says what it wrote on stderr; --quiet leaves it out;
standard output gets no such line.

$ rectrack export --output all.yaml
! rectrack: wrote 3 recommendations (3 reports) to all.yaml
$ rectrack export --format csv --fy 2021 --output one.csv
! rectrack: wrote 1 recommendation (1 report) to one.csv
$ rectrack export --format json --output all.json --quiet
$ rectrack export --format csv --fy 1999 --output none.csv
! rectrack: export: no recommendations match
! rectrack: wrote 0 recommendations (0 reports) to none.csv
$ rectrack export --format csv --fy 1999 | wc -l
  1
$ rectrack outstanding --output out.md
! rectrack: wrote 2 recommendations (2 reports) to out.md
$ rectrack outstanding --output out2.md --quiet

Empty results: the format's empty output on stdout, a word on stderr,
exit 0.

$ rectrack list --fy 1999
! rectrack: list: no recommendations match
$ rectrack list --fy 1999 --format json
  []
! rectrack: list: no recommendations match
$ rectrack list --fy 1999 --format csv | wc -l
  1
! rectrack: list: no recommendations match
$ rectrack issuer add dhs-oig --name "DHS OIG" --kind oig >/dev/null
$ rectrack agency add DOJ --name "Department of Justice" >/dev/null
$ rectrack report list --issuer dhs-oig --format md
  | REPORT | ISSUED | FY | ISSUER | AGENCY | TYPE | RECS | OPEN | TITLE |
  | --- | --- | ---: | --- | --- | --- | ---: | ---: | --- |
! rectrack: report: no reports match
$ rectrack summary --fy 1999 --format json >/dev/null
! rectrack: summary: no recommendations match
$ rectrack outstanding --fy 1999 --format csv
  agency,report,title,issued,id,number,text,concurrence,status,target_date,extensions,days_open,overdue,latest_event [CR]
! rectrack: outstanding: no recommendations match
$ rectrack pending
! rectrack: pending: no pending requests
$ rectrack evidence list --format json
  []
! rectrack: evidence: no evidence files
$ rectrack changes --since 2030-01-01 2>&1 >/dev/null
  rectrack: changes: no change sets
$ rectrack due --official jdoe --within 1 --as-of 2026-01-01 >/dev/null
! rectrack: due: nothing due
$ rectrack history agency:DHS --format csv
  effective,at,actor,kind,field,old,new,note,change,voided_by [CR]
! rectrack: history: no events
$ rectrack official list --agency DOJ --format csv >/dev/null
! rectrack: official: no officials match
