report add, report list and report show.

$ rectrack init >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" --parent DHS >/dev/null
$ rectrack agency add DOJ --name "Department of Justice" >/dev/null

With no issuer recorded, a report without --issuer cannot be placed.

$ rectrack report add R0 --title "Nobody's" --issued 2021-02-08 --agency CBP
! rectrack: R0: which issuer? name it with --issuer (there is no single issuer to assume)
[1]

With exactly one issuer, --issuer may be left out: that one is taken.

$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null

Every option at once.  The summary spans two lines; the title has a
comma and quotes; two topics.

$ rectrack report add OIG-21-19 --issuer dhs-oig --type audit --sensitivity redacted \
>   --issued 2021-02-08 --agency CBP --url https://www.oig.dhs.gov/sites/default/files/assets/2021-02/OIG-21-19-Feb21-Redacted.pdf \
>   --topic "Port of Entry" --topic Canines \
>   --title 'CBP Needs to Improve the Oversight of its Canine Program, "REDACTED"' \
>   --summary 'We determined that CBP did not adequately oversee its Canine Program.
> CBP concurred with all four recommendations.'
  added report OIG-21-19 (FY2021)

The fiscal year follows the issue date: FY2021 ends on 2021-09-30, FY2022
starts on 2021-10-01.  --fy overrides it.  Here --issuer is left out and
the only issuer is assumed.

$ rectrack report add OIG-21-48 --title "Last day of FY2021" --issued 2021-09-30 --agency CBP
  added report OIG-21-48 (FY2021)
$ rectrack report add OIG-22-01 --title "First day of FY2022" --issued 2021-10-01 --agency CBP
  added report OIG-22-01 (FY2022)
$ rectrack report add OIG-22-02 --title "Explicit FY" --issued 2021-10-01 --agency CBP --fy 2021
  added report OIG-22-02 (FY2021)
$ rectrack report add OIG-18-87 --title "An inspection with no recommendations" --issued 2018-09-20 --agency CBP --type inspection --topic "port of entry"
  added report OIG-18-87 (FY2018)
$ rectrack report list --format csv | python3 -c 'import csv, sys; [print(*r[:3], sep=",") for r in csv.reader(sys.stdin)]'
  number,issued,fiscal_year
  OIG-18-87,2018-09-20,2018
  OIG-21-19,2021-02-08,2021
  OIG-21-48,2021-09-30,2021
  OIG-22-01,2021-10-01,2022
  OIG-22-02,2021-10-01,2021

A second issuer: now --issuer must be given.

$ rectrack issuer add gao --name "U.S. Government Accountability Office" --kind gao >/dev/null
$ rectrack report add GAO-20-536 --title "Needs an issuer" --issued 2020-07-09 --agency DOJ
! rectrack: GAO-20-536: which issuer? name it with --issuer (there is no single issuer to assume)
[1]
$ rectrack report add GAO-20-536 --title "Federal Prisons" --issued 2020-07-09 --agency DOJ --issuer gao --type review
  added report GAO-20-536 (FY2020)

A configuration whose fiscal year starts in January: FY is the calendar
year.  A report added earlier keeps its stored fiscal year.

$ printf 'fiscal_year_start_month: 1\n' > rectrack.yaml
$ rectrack report add GAO-21-10 --title "Calendar FY" --issued 2021-10-01 --agency DOJ --issuer gao
  added report GAO-21-10 (FY2021)
$ rectrack report add GAO-21-11 --title "Calendar FY, last day" --issued 2021-12-31 --agency DOJ --issuer gao
  added report GAO-21-11 (FY2021)
$ rm rectrack.yaml
$ rectrack report list --format csv | grep -e ^GAO -e ^OIG-22-01 | cut -d, -f1-3
  GAO-20-536,2020-07-09,2020
  GAO-21-10,2021-10-01,2021
  OIG-22-01,2021-10-01,2022
  GAO-21-11,2021-12-31,2021

Refused requests change nothing.

$ sqlite3 rectrack.db .dump | cksum > before

An impossible date, a date in the wrong form, an unknown agency, an
unknown issuer, a number taken, an unknown type or sensitivity, an
impossible fiscal year, a number with '#': exit 1.

$ rectrack report add X --title x --issued 2021-02-29 --agency CBP --issuer gao
! rectrack: --issued: "2021-02-29" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack report add X --title x --issued 02/08/2021 --agency CBP --issuer gao
! rectrack: --issued: "02/08/2021" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack report add X --title x --issued 2021-02-08 --agency NOPE --issuer gao
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack report add X --title x --issued 2021-02-08 --agency CBP --issuer nope
! rectrack: nope: no such issuer (add it with 'rectrack issuer add')
[1]
$ rectrack report add OIG-21-19 --title again --issued 2021-02-08 --agency CBP --issuer dhs-oig
! rectrack: report OIG-21-19 already exists
[1]
$ rectrack report add X --title x --issued 2021-02-08 --agency CBP --issuer gao --type memo
! rectrack: --type: unknown value "memo" (expected one of audit, inspection, evaluation, management-alert, review, other)
[1]
$ rectrack report add X --title x --issued 2021-02-08 --agency CBP --issuer gao --sensitivity secret
! rectrack: --sensitivity: unknown value "secret" (expected one of public, redacted, sensitive)
[1]
$ rectrack report add X --title x --issued 2021-02-08 --agency CBP --issuer gao --fy 21
! rectrack: --fy: "21" is not a fiscal year (e.g. 2021)
[1]
$ rectrack report add X --title x --issued 1010-01-01 --agency CBP --issuer gao
! rectrack: --issued: 1010-01-01 falls in fiscal year 1010 (fiscal years run from 1900 to 9999; check the date)
[1]
$ rectrack report add 'X#1' --title x --issued 2021-02-08 --agency CBP --issuer gao
! rectrack: "X#1": not a report number (not empty, no '#')
[1]

Command line mistakes: exit 2 with the usage.

$ rectrack report add X --issued 2021-02-08 --agency CBP --issuer gao 2>&1 | head -2
  rectrack: report: report add needs --title
  usage: rectrack report add NUMBER --title TEXT --issued DATE --agency CODE
$ rectrack report add X --title x --agency CBP --issuer gao 2>&1 | head -1
  rectrack: report: report add needs --issued
$ rectrack report add X --title x --issued 2021-02-08 --issuer gao 2>&1 | head -1
  rectrack: report: report add needs --agency
$ rectrack report add --title x --issued 2021-02-08 --agency CBP 2>&1 | head -1
  rectrack: report: report add needs a NUMBER
$ rectrack report add X Y --title x --issued 2021-02-08 --agency CBP 2>&1 | head -1
  rectrack: report: report add takes one NUMBER
$ rectrack report add X --title x --issued 2021-02-08 --agency CBP --colour red 2>&1 | head -1
  rectrack: report: unknown option --colour
$ rectrack report 2>&1 | head -1
  rectrack: report: which one: add, list, set or show?
$ rectrack report delete X 2>&1 | head -1
  rectrack: report: delete: unknown subcommand (expected add, list, set or show)
$ rectrack report show 2>&1 | head -1
  rectrack: report: report show needs a NUMBER
$ rectrack report list --format xml 2>&1 | head -1
  rectrack: report: --format: unknown format "xml" (expected table, csv, json or md)
$ rectrack report add X --title x --issued 2021-02-08 --agency CBP --issuer gao --colour red; echo "exit $?"
  exit 2
! rectrack: report: unknown option --colour
! usage: rectrack report add NUMBER --title TEXT --issued DATE --agency CODE
!                            [--issuer CODE] [--type TYPE] [--fy YEAR] [--url URL]
!                            [--topic TOPIC]... [--summary TEXT] [--dry-run]
!                            [--sensitivity public|redacted|sensitive]
!        rectrack report set NUMBER FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack report list [--issuer CODE] [--agency CODE] [--format FMT]
!        rectrack report show NUMBER [--format FMT]
! See 'rectrack help report' for the options and examples.

$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged

A blank title is no title (tried on a copy, so that the rest of this file
does not depend on it).

$ cp rectrack.db copy.db # sqlite-only
$ rectrack --db copy.db report add X --title "  " --issued 2021-02-08 --agency CBP --issuer gao # sqlite-only
! rectrack: the report title may not be empty
[1]
$ rectrack --db copy.db report list | grep -c '^X ' || true # sqlite-only
  0
$ rm copy.db* # sqlite-only

report list: by issue date, then number.  Table, CSV (RFC 4180: the
summary's newline and the title's comma and quotes are quoted), JSON.

$ rectrack report list
  REPORT      ISSUED      FY    ISSUER   AGENCY  TYPE        RECS  OPEN  TITLE
  OIG-18-87   2018-09-20  2018  dhs-oig  CBP     inspection     0     0  An inspection with no recommendations
  GAO-20-536  2020-07-09  2020  gao      DOJ     review         0     0  Federal Prisons
  OIG-21-19   2021-02-08  2021  dhs-oig  CBP     audit          0     0  CBP Needs to Improve the Oversight of its Canine Program, "REDACTED"
  OIG-21-48   2021-09-30  2021  dhs-oig  CBP     audit          0     0  Last day of FY2021
  GAO-21-10   2021-10-01  2021  gao      DOJ     audit          0     0  Calendar FY
  OIG-22-01   2021-10-01  2022  dhs-oig  CBP     audit          0     0  First day of FY2022
  OIG-22-02   2021-10-01  2021  dhs-oig  CBP     audit          0     0  Explicit FY
  GAO-21-11   2021-12-31  2021  gao      DOJ     audit          0     0  Calendar FY, last day
$ rectrack report list --format csv
  number,issued,fiscal_year,issuer,agency,type,sensitivity,topics,url,summary,recommendation_count,open_count,title [CR]
  OIG-18-87,2018-09-20,2018,dhs-oig,CBP,inspection,public,Port of Entry,,,0,0,An inspection with no recommendations [CR]
  GAO-20-536,2020-07-09,2020,gao,DOJ,review,public,,,,0,0,Federal Prisons [CR]
  OIG-21-19,2021-02-08,2021,dhs-oig,CBP,audit,redacted,Canines; Port of Entry,https://www.oig.dhs.gov/sites/default/files/assets/2021-02/OIG-21-19-Feb21-Redacted.pdf,"We determined that CBP did not adequately oversee its Canine Program.
  CBP concurred with all four recommendations.",0,0,"CBP Needs to Improve the Oversight of its Canine Program, ""REDACTED""" [CR]
  OIG-21-48,2021-09-30,2021,dhs-oig,CBP,audit,public,,,,0,0,Last day of FY2021 [CR]
  GAO-21-10,2021-10-01,2021,gao,DOJ,audit,public,,,,0,0,Calendar FY [CR]
  OIG-22-01,2021-10-01,2022,dhs-oig,CBP,audit,public,,,,0,0,First day of FY2022 [CR]
  OIG-22-02,2021-10-01,2021,dhs-oig,CBP,audit,public,,,,0,0,Explicit FY [CR]
  GAO-21-11,2021-12-31,2021,gao,DOJ,audit,public,,,,0,0,"Calendar FY, last day" [CR]
$ rectrack report list --format json
  [
  {"number":"OIG-18-87","issued":"2018-09-20","fiscal_year":2018,"issuer":"dhs-oig","agency":"CBP","type":"inspection","sensitivity":"public","topics":["Port of Entry"],"url":null,"summary":null,"recommendation_count":0,"open_count":0,"title":"An inspection with no recommendations"},
  {"number":"GAO-20-536","issued":"2020-07-09","fiscal_year":2020,"issuer":"gao","agency":"DOJ","type":"review","sensitivity":"public","topics":[],"url":null,"summary":null,"recommendation_count":0,"open_count":0,"title":"Federal Prisons"},
  {"number":"OIG-21-19","issued":"2021-02-08","fiscal_year":2021,"issuer":"dhs-oig","agency":"CBP","type":"audit","sensitivity":"redacted","topics":["Canines","Port of Entry"],"url":"https://www.oig.dhs.gov/sites/default/files/assets/2021-02/OIG-21-19-Feb21-Redacted.pdf","summary":"We determined that CBP did not adequately oversee its Canine Program.\nCBP concurred with all four recommendations.","recommendation_count":0,"open_count":0,"title":"CBP Needs to Improve the Oversight of its Canine Program, \"REDACTED\""},
  {"number":"OIG-21-48","issued":"2021-09-30","fiscal_year":2021,"issuer":"dhs-oig","agency":"CBP","type":"audit","sensitivity":"public","topics":[],"url":null,"summary":null,"recommendation_count":0,"open_count":0,"title":"Last day of FY2021"},
  {"number":"GAO-21-10","issued":"2021-10-01","fiscal_year":2021,"issuer":"gao","agency":"DOJ","type":"audit","sensitivity":"public","topics":[],"url":null,"summary":null,"recommendation_count":0,"open_count":0,"title":"Calendar FY"},
  {"number":"OIG-22-01","issued":"2021-10-01","fiscal_year":2022,"issuer":"dhs-oig","agency":"CBP","type":"audit","sensitivity":"public","topics":[],"url":null,"summary":null,"recommendation_count":0,"open_count":0,"title":"First day of FY2022"},
  {"number":"OIG-22-02","issued":"2021-10-01","fiscal_year":2021,"issuer":"dhs-oig","agency":"CBP","type":"audit","sensitivity":"public","topics":[],"url":null,"summary":null,"recommendation_count":0,"open_count":0,"title":"Explicit FY"},
  {"number":"GAO-21-11","issued":"2021-12-31","fiscal_year":2021,"issuer":"gao","agency":"DOJ","type":"audit","sensitivity":"public","topics":[],"url":null,"summary":null,"recommendation_count":0,"open_count":0,"title":"Calendar FY, last day"}
  ]
$ rectrack report list --format json | python3 -m json.tool | sed -n '1,22p'
  [
      {
          "number": "OIG-18-87",
          "issued": "2018-09-20",
          "fiscal_year": 2018,
          "issuer": "dhs-oig",
          "agency": "CBP",
          "type": "inspection",
          "sensitivity": "public",
          "topics": [
              "Port of Entry"
          ],
          "url": null,
          "summary": null,
          "recommendation_count": 0,
          "open_count": 0,
          "title": "An inspection with no recommendations"
      },
      {
          "number": "GAO-20-536",
          "issued": "2020-07-09",
          "fiscal_year": 2020,

report list filters: --issuer, --agency (with sub-agencies).

$ rectrack report list --issuer gao
  REPORT      ISSUED      FY    ISSUER  AGENCY  TYPE    RECS  OPEN  TITLE
  GAO-20-536  2020-07-09  2020  gao     DOJ     review     0     0  Federal Prisons
  GAO-21-10   2021-10-01  2021  gao     DOJ     audit      0     0  Calendar FY
  GAO-21-11   2021-12-31  2021  gao     DOJ     audit      0     0  Calendar FY, last day
$ rectrack report list --agency DHS | cut -c1-10
  REPORT    
  OIG-18-87 
  OIG-21-19 
  OIG-21-48 
  OIG-22-01 
  OIG-22-02 
$ rectrack report list --agency NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack report list --issuer nope
! rectrack: nope: no such issuer (add it with 'rectrack issuer add')
[1]

report show with no recommendations.

$ rectrack report show OIG-18-87
  Report:       OIG-18-87
  Title:        An inspection with no recommendations
  Issuer:       dhs-oig
  Type:         inspection
  Issued:       2018-09-20 (FY2018)
  Agency:       DHS/CBP
  Sensitivity:  public
  Topics:       Port of Entry
  
  No recommendations.
The JSON object is one object that parses, with each key once: the
recommendations are an array nested in it.

$ cat > keys.py <<'PY'
> import json, sys
> def pairs(p):
>     keys = [k for k, _ in p]
>     dup = sorted({k for k in keys if keys.count(k) > 1})
>     if dup:
>         print("duplicate keys:", ", ".join(dup))
>     return dict(p)
> r = json.load(sys.stdin, object_pairs_hook=pairs)
> print(r["number"], "open:", r["open_count"], "recommendations:", [x["id"] for x in r["recommendations"]])
> PY
$ rectrack report show OIG-18-87 --format json | python3 keys.py
  OIG-18-87 open: 0 recommendations: []
$ rectrack report show OIG-18-87 --format json | python3 -m json.tool | head -4
  {
      "number": "OIG-18-87",
      "issued": "2018-09-20",
      "fiscal_year": 2018,
$ rectrack report show OIG-18-87 --format csv
  id,report,number,issuer,issued,agency,official,text,corrective_action,concurrence,status,target_date,original_target_date,resolved_date,closed_date,priority,significant,on_hold,closure_requested,partially_addressed,questioned_cost,unsupported_cost,funds_better_use,potential_savings,disallowed_cost,fbu_agreed,overdue,age_days [CR]

report show with recommendations.

$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 --text "Improve oversight of the Canine Program." >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-unresolved --text "Update and standardize Canine Program guidance." >/dev/null
$ rectrack report show OIG-21-19
  Report:       OIG-21-19
  Title:        CBP Needs to Improve the Oversight of its Canine Program, "REDACTED"
  Issuer:       dhs-oig
  Type:         audit
  Issued:       2021-02-08 (FY2021)
  Agency:       DHS/CBP
  Sensitivity:  redacted
  Topics:       Canines; Port of Entry
  URL:          https://www.oig.dhs.gov/sites/default/files/assets/2021-02/OIG-21-19-Feb21-Redacted.pdf
  Summary:      We determined that CBP did not adequately oversee its Canine Program.
                CBP concurred with all four recommendations.
  
  Recommendations: 2, 2 open
  
  ID           ISSUED      AGENCY  TEXT                                             CONCURRENCE  STATUS           TARGET      AGE
  OIG-21-19#1  2021-02-08  CBP     Improve oversight of the Canine Program.         concur       open-resolved    2021-09-30  2119
  OIG-21-19#2  2021-02-08  CBP     Update and standardize Canine Program guidance.  concur       open-unresolved              2119
$ rectrack report show OIG-21-19 --format csv
  id,report,number,issuer,issued,agency,official,text,corrective_action,concurrence,status,target_date,original_target_date,resolved_date,closed_date,priority,significant,on_hold,closure_requested,partially_addressed,questioned_cost,unsupported_cost,funds_better_use,potential_savings,disallowed_cost,fbu_agreed,overdue,age_days [CR]
  OIG-21-19#1,OIG-21-19,1,dhs-oig,2021-02-08,CBP,,Improve oversight of the Canine Program.,,concur,open-resolved,2021-09-30,2021-09-30,2021-02-08,,no,no,no,no,no,,,,,,,yes,2119 [CR]
  OIG-21-19#2,OIG-21-19,2,dhs-oig,2021-02-08,CBP,,Update and standardize Canine Program guidance.,,concur,open-unresolved,,,,,no,no,no,no,no,,,,,,,no,2119 [CR]
$ rectrack report show OIG-21-19 --format json | python3 keys.py
  OIG-21-19 open: 2 recommendations: ['OIG-21-19#1', 'OIG-21-19#2']
$ rectrack report list | head -3
  REPORT      ISSUED      FY    ISSUER   AGENCY  TYPE        RECS  OPEN  TITLE
  OIG-18-87   2018-09-20  2018  dhs-oig  CBP     inspection     0     0  An inspection with no recommendations
  GAO-20-536  2020-07-09  2020  gao      DOJ     review         0     0  Federal Prisons

An unknown report.

$ rectrack report show NOPE
! rectrack: NOPE: no such report
[1]
