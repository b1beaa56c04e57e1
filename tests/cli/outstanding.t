The outstanding-recommendations report: every open recommendation, by
agency (in tree order) then report, with the summary totals; as of any
day; in md, csv, json and html.  Fixture: tests/data/summary.yaml (the
numbers of its summary are worked out by hand in summary.t).

$ rectrack init >/dev/null
$ rectrack import $SRCDIR/tests/data/summary.yaml >/dev/null
$ rectrack outstanding
  # Outstanding recommendations as of 2026-11-28
  
  9 open recommendations in 5 reports as of 2026-11-28; 3 overdue, 3 unresolved over 6 months.
  
  ## DHS
  
  ### OIG-25-30: Headquarters security
  
  Issued 2025-06-02 by dhs-oig.
  
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  |:--|:--|:--|:--|:--|--:|--:|:--|:--|
  | 1 | Review the badge system. | concur | open-resolved | 2026-10-31 | 0 | 544 | **overdue** | 2026-02-01 status: open-unresolved → open-resolved |
  
  ## DHS/CBP
  
  ### OIG-20-10: Screening technology at ports of entry
  
  Issued 2020-03-16 by dhs-oig.
  
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  |:--|:--|:--|:--|:--|--:|--:|:--|:--|
  | 3 | Share the screening data with the field offices. | non-concur | open-unresolved | — | 0 | 2448 |  | 2020-06-15 status: open-pending → open-unresolved |
  
  ### OIG-23-05: Detention standards
  
  Issued 2022-11-15 by dhs-oig.
  
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  |:--|:--|:--|:--|:--|--:|--:|:--|:--|
  | 3 | Move the transport contracts to the border agency. | pending | open-pending | — | 0 | 1474 |  | 2025-01-15 agency: ICE → CBP |
  
  ## DHS/CBP/OFO
  
  ### OIG-20-10: Screening technology at ports of entry
  
  Issued 2020-03-16 by dhs-oig.
  
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  |:--|:--|:--|:--|:--|--:|--:|:--|:--|
  | 2 | Train the officers of the field offices. | concur | open-resolved | 2026-12-31 | 1 | 2448 |  | 2025-02-01 target_date: 2020-12-31 → 2026-12-31 |
  
  ## DHS/ICE
  
  ### OIG-23-05: Detention standards
  
  Issued 2022-11-15 by dhs-oig.
  
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  |:--|:--|:--|:--|:--|--:|--:|:--|:--|
  | 1 | Inspect every facility each year. | concur | open-resolved | 2023-12-31 | 0 | 1474 | **overdue** | 2023-02-01 status: open-pending → open-resolved |
  
  ## DOJ
  
  ### GAO-24-101: Federal prison staffing
  
  Issued 2024-01-10 by gao.
  
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  |:--|:--|:--|:--|:--|--:|--:|:--|:--|
  | 1 | Set staffing targets. | concur | open-resolved | 2025-06-30 | 0 | 1053 | **overdue** | 2024-03-01 status: open-pending → open-resolved |
  
  ## DOJ/BOP
  
  ### GAO-24-101: Federal prison staffing
  
  Issued 2024-01-10 by gao.
  
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  |:--|:--|:--|:--|:--|--:|--:|:--|:--|
  | 2 | Report overtime by facility. | no-position | open-pending | — | 0 | 1053 |  | 2024-01-10 concurrence: pending → no-position |
  
  ### GAO-26-200: Prison health care
  
  Issued 2026-07-01 by gao.
  
  | Rec | Recommendation | Concurrence | Status | Target | Extensions | Days open | Overdue | Latest event |
  |:--|:--|:--|:--|:--|--:|--:|:--|:--|
  | 1 | Track the waiting times. | pending | open-pending | — | 0 | 150 |  | 2026-07-01 issued |
  | 2 | Hire more nurses. | concur | open-resolved | 2027-03-31 | 0 | 150 |  | 2026-08-01 status: open-pending → open-resolved |
  
  ## Totals
  
  | Agency | Open | Pending | Unresolved | Resolved | Overdue | Unresolved over 6 months | Open 1 year or more | under 6 months | 6-12 months | 1-2 years | 2-5 years | over 5 years | Questioned costs | Funds put to better use |
  |:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
  | DHS | 1 | 0 | 0 | 1 | 1 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | $0.00 | $0.00 |
  | CBP | 2 | 1 | 1 | 0 | 0 | 2 | 2 | 0 | 0 | 0 | 1 | 1 | $0.00 | $500.00 |
  | OFO | 1 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 1 | $2,500.50 | $10,000.00 |
  | ICE | 1 | 0 | 0 | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | $0.00 | $0.00 |
  | DOJ | 1 | 0 | 0 | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | $0.00 | $0.00 |
  | BOP | 3 | 2 | 0 | 1 | 0 | 1 | 1 | 2 | 0 | 0 | 1 | 0 | $750.25 | $0.00 |
  | **TOTAL** | 9 | 3 | 1 | 5 | 3 | 3 | 7 | 2 | 0 | 1 | 4 | 2 | $3,250.75 | $10,500.00 |
$ rectrack outstanding --format csv
  agency,report,title,issued,id,number,text,concurrence,status,target_date,extensions,days_open,overdue,latest_event [CR]
  DHS,OIG-25-30,Headquarters security,2025-06-02,OIG-25-30#1,1,Review the badge system.,concur,open-resolved,2026-10-31,0,544,yes,2026-02-01 status: open-unresolved → open-resolved [CR]
  CBP,OIG-20-10,Screening technology at ports of entry,2020-03-16,OIG-20-10#3,3,Share the screening data with the field offices.,non-concur,open-unresolved,,0,2448,no,2020-06-15 status: open-pending → open-unresolved [CR]
  CBP,OIG-23-05,Detention standards,2022-11-15,OIG-23-05#3,3,Move the transport contracts to the border agency.,pending,open-pending,,0,1474,no,2025-01-15 agency: ICE → CBP [CR]
  OFO,OIG-20-10,Screening technology at ports of entry,2020-03-16,OIG-20-10#2,2,Train the officers of the field offices.,concur,open-resolved,2026-12-31,1,2448,no,2025-02-01 target_date: 2020-12-31 → 2026-12-31 [CR]
  ICE,OIG-23-05,Detention standards,2022-11-15,OIG-23-05#1,1,Inspect every facility each year.,concur,open-resolved,2023-12-31,0,1474,yes,2023-02-01 status: open-pending → open-resolved [CR]
  DOJ,GAO-24-101,Federal prison staffing,2024-01-10,GAO-24-101#1,1,Set staffing targets.,concur,open-resolved,2025-06-30,0,1053,yes,2024-03-01 status: open-pending → open-resolved [CR]
  BOP,GAO-24-101,Federal prison staffing,2024-01-10,GAO-24-101#2,2,Report overtime by facility.,no-position,open-pending,,0,1053,no,2024-01-10 concurrence: pending → no-position [CR]
  BOP,GAO-26-200,Prison health care,2026-07-01,GAO-26-200#1,1,Track the waiting times.,pending,open-pending,,0,150,no,2026-07-01 issued [CR]
  BOP,GAO-26-200,Prison health care,2026-07-01,GAO-26-200#2,2,Hire more nurses.,concur,open-resolved,2027-03-31,0,150,no,2026-08-01 status: open-pending → open-resolved [CR]
$ rectrack outstanding --format json
  {"as_of":"2026-11-28","title":"Outstanding recommendations as of 2026-11-28","agencies":[
  {"agency":"DHS","path":"DHS","reports":[
   {"report":"OIG-25-30","title":"Headquarters security","issuer":"dhs-oig","issued":"2025-06-02","recommendations":[
    {"id":"OIG-25-30#1","number":"1","text":"Review the badge system.","concurrence":"concur","status":"open-resolved","target_date":"2026-10-31","extensions":0,"days_open":544,"overdue":true,"latest_event":{"effective":"2026-02-01","kind":"status","field":"status","old":"open-unresolved","new":"open-resolved","note":null}}]}]},
  {"agency":"CBP","path":"DHS/CBP","reports":[
   {"report":"OIG-20-10","title":"Screening technology at ports of entry","issuer":"dhs-oig","issued":"2020-03-16","recommendations":[
    {"id":"OIG-20-10#3","number":"3","text":"Share the screening data with the field offices.","concurrence":"non-concur","status":"open-unresolved","target_date":null,"extensions":0,"days_open":2448,"overdue":false,"latest_event":{"effective":"2020-06-15","kind":"status","field":"status","old":"open-pending","new":"open-unresolved","note":null}}]},
   {"report":"OIG-23-05","title":"Detention standards","issuer":"dhs-oig","issued":"2022-11-15","recommendations":[
    {"id":"OIG-23-05#3","number":"3","text":"Move the transport contracts to the border agency.","concurrence":"pending","status":"open-pending","target_date":null,"extensions":0,"days_open":1474,"overdue":false,"latest_event":{"effective":"2025-01-15","kind":"field","field":"agency","old":"ICE","new":"CBP","note":"reassigned"}}]}]},
  {"agency":"OFO","path":"DHS/CBP/OFO","reports":[
   {"report":"OIG-20-10","title":"Screening technology at ports of entry","issuer":"dhs-oig","issued":"2020-03-16","recommendations":[
    {"id":"OIG-20-10#2","number":"2","text":"Train the officers of the field offices.","concurrence":"concur","status":"open-resolved","target_date":"2026-12-31","extensions":1,"days_open":2448,"overdue":false,"latest_event":{"effective":"2025-02-01","kind":"target","field":"target_date","old":"2020-12-31","new":"2026-12-31","note":"new equipment"}}]}]},
  {"agency":"ICE","path":"DHS/ICE","reports":[
   {"report":"OIG-23-05","title":"Detention standards","issuer":"dhs-oig","issued":"2022-11-15","recommendations":[
    {"id":"OIG-23-05#1","number":"1","text":"Inspect every facility each year.","concurrence":"concur","status":"open-resolved","target_date":"2023-12-31","extensions":0,"days_open":1474,"overdue":true,"latest_event":{"effective":"2023-02-01","kind":"status","field":"status","old":"open-pending","new":"open-resolved","note":null}}]}]},
  {"agency":"DOJ","path":"DOJ","reports":[
   {"report":"GAO-24-101","title":"Federal prison staffing","issuer":"gao","issued":"2024-01-10","recommendations":[
    {"id":"GAO-24-101#1","number":"1","text":"Set staffing targets.","concurrence":"concur","status":"open-resolved","target_date":"2025-06-30","extensions":0,"days_open":1053,"overdue":true,"latest_event":{"effective":"2024-03-01","kind":"status","field":"status","old":"open-pending","new":"open-resolved","note":null}}]}]},
  {"agency":"BOP","path":"DOJ/BOP","reports":[
   {"report":"GAO-24-101","title":"Federal prison staffing","issuer":"gao","issued":"2024-01-10","recommendations":[
    {"id":"GAO-24-101#2","number":"2","text":"Report overtime by facility.","concurrence":"no-position","status":"open-pending","target_date":null,"extensions":0,"days_open":1053,"overdue":false,"latest_event":{"effective":"2024-01-10","kind":"concurrence","field":"concurrence","old":"pending","new":"no-position","note":null}}]},
   {"report":"GAO-26-200","title":"Prison health care","issuer":"gao","issued":"2026-07-01","recommendations":[
    {"id":"GAO-26-200#1","number":"1","text":"Track the waiting times.","concurrence":"pending","status":"open-pending","target_date":null,"extensions":0,"days_open":150,"overdue":false,"latest_event":{"effective":"2026-07-01","kind":"issued","field":"status","old":null,"new":"open-pending","note":null}},
    {"id":"GAO-26-200#2","number":"2","text":"Hire more nurses.","concurrence":"concur","status":"open-resolved","target_date":"2027-03-31","extensions":0,"days_open":150,"overdue":false,"latest_event":{"effective":"2026-08-01","kind":"status","field":"status","old":"open-pending","new":"open-resolved","note":null}}]}]}
  ],"total":{"group":"TOTAL","open":9,"pending":3,"unresolved":1,"resolved":5,"overdue":3,"unresolved_over_6_months":3,"open_1_year_plus":7,"priority":2,"extended":1,"extensions":1,"age_buckets":[{"label":"under 6 months","min_days":0,"max_days":182,"count":2},{"label":"6-12 months","min_days":183,"max_days":364,"count":0},{"label":"1-2 years","min_days":365,"max_days":729,"count":1},{"label":"2-5 years","min_days":730,"max_days":1825,"count":4},{"label":"over 5 years","min_days":1826,"max_days":null,"count":2}],"questioned_cost":3250.75,"funds_better_use":10500.00,"oldest":"OIG-20-10#2"}}

As of an earlier day: what was open then, with the event latest by then.

$ rectrack outstanding --as-of 2021-06-30 --format csv
  agency,report,title,issued,id,number,text,concurrence,status,target_date,extensions,days_open,overdue,latest_event [CR]
  CBP,OIG-20-10,Screening technology at ports of entry,2020-03-16,OIG-20-10#1,1,Replace the screening equipment.,concur,open-resolved,2021-03-31,0,471,yes,2020-09-01 status: open-unresolved → open-resolved [CR]
  CBP,OIG-20-10,Screening technology at ports of entry,2020-03-16,OIG-20-10#3,3,Share the screening data with the field offices.,non-concur,open-unresolved,,0,471,no,2020-06-15 status: open-pending → open-unresolved [CR]
  OFO,OIG-20-10,Screening technology at ports of entry,2020-03-16,OIG-20-10#2,2,Train the officers of the field offices.,concur,open-resolved,2020-12-31,0,471,yes,2020-05-01 status: open-pending → open-resolved [CR]
$ rectrack outstanding --as-of 2021-06-30 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"]["open"], [r["id"] for a in d["agencies"] for p in a["reports"] for r in p["recommendations"]])'
  3 ['OIG-20-10#1', 'OIG-20-10#3', 'OIG-20-10#2']

Filters narrow both the listing and the totals; closed statuses select
nothing.

$ rectrack outstanding --agency DOJ --format csv | cut -d, -f1,5,9
  agency,id,status
  DOJ,GAO-24-101#1,open-resolved
  BOP,GAO-24-101#2,open-pending
  BOP,GAO-26-200#1,open-pending
  BOP,GAO-26-200#2,open-resolved
$ rectrack outstanding --overdue --format csv | cut -d, -f5,11,12
  id,extensions,days_open
  OIG-25-30#1,0,544
  OIG-23-05#1,0,1474
  GAO-24-101#1,0,1053
$ rectrack outstanding --status closed --format json
  {"as_of":"2026-11-28","title":"Outstanding recommendations as of 2026-11-28","agencies":[],"total":{"group":"TOTAL","open":0,"pending":0,"unresolved":0,"resolved":0,"overdue":0,"unresolved_over_6_months":0,"open_1_year_plus":0,"priority":0,"extended":0,"extensions":0,"age_buckets":[{"label":"under 6 months","min_days":0,"max_days":182,"count":0},{"label":"6-12 months","min_days":183,"max_days":364,"count":0},{"label":"1-2 years","min_days":365,"max_days":729,"count":0},{"label":"2-5 years","min_days":730,"max_days":1825,"count":0},{"label":"over 5 years","min_days":1826,"max_days":null,"count":0}],"questioned_cost":0.00,"funds_better_use":0.00,"oldest":null}}
! rectrack: outstanding: no recommendations match
$ rectrack outstanding --agency NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack outstanding --format pdf
! rectrack: outstanding: --format: unknown format "pdf" (expected table, csv, json, md, html or xlsx)
! usage: rectrack outstanding [--format md|html|table|csv|json|xlsx]
!                             [--title TEXT] [FILTERS as for list] [--as-of DATE]
!                             [--as-known DATE] [--sort FIELD,...]
!                             [--output FILE [--force]] [--quiet]
!                             [--bom|--no-bom]
! See 'rectrack help outstanding' for the options and examples.
[2]

HTML: one self-contained file; text is escaped, no script, no reference
to anything outside it.

$ rectrack rec add OIG-25-30 --number 9 --text '<script>alert("x")</script> & "quotes" =SUM(A1)' >/dev/null
$ rectrack outstanding --format md --title 'Open items <DHS & DOJ>' | grep -E '^# |script'
  # Open items &lt;DHS &amp; DOJ&gt;
  | 9 | &lt;script&gt;alert("x")&lt;/script&gt; &amp; "quotes" =SUM(A1) | pending | open-pending | — | 0 | 544 |  | 2025-06-02 issued |
$ rectrack outstanding --format html --title 'Open items <DHS & DOJ>' > o.html
$ grep -c '<script' o.html
  0
[1]
$ grep -o '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;' o.html
  &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;
$ grep -o '<h1>[^<]*</h1>' o.html
  <h1>Open items &lt;DHS &amp; DOJ&gt;</h1>
$ grep -Eo '(src|href)=|url\(|@import|https?://[^"]*' o.html | sort | uniq -c
$ grep -c '<svg' o.html
  2
$ grep -o 'id="total"' o.html
  id="total"
$ rectrack outstanding --format html | cmp - o.html >/dev/null || echo "title makes the difference"
  title makes the difference
