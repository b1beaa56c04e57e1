show REC: one recommendation, its report and its full history.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" --parent DHS >/dev/null
$ rectrack report add OIG-21-19 --title "CBP Needs to Improve the Oversight of its Canine Program" --issued 2021-02-08 --agency CBP >/dev/null

A recommendation with every kind of value: a two-line text with a comma
and quotes, an official, a corrective action, money, flags, a target date
that slipped, and a closure.

$ rectrack official add "Executive Director, Operations Support" --name "Executive Director, Operations Support" >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 \
>   --official "Executive Director, Operations Support" --corrective-action "Quarterly reviews" \
>   --text 'Improve oversight of the Canine Program, "all sites".
> Report quarterly.' >/dev/null
$ rectrack rec set 'OIG-21-19#1' questioned_cost='$1,250,000' funds_better_use=99.5 priority=yes --date 2021-03-01 >/dev/null
$ rectrack target 'OIG-21-19#1' 2022-03-31 --note "contract award delayed" --date 2021-09-01 >/dev/null
$ rectrack status 'OIG-21-19#1' closed-implemented --date 2022-04-15 --note "verified" >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 --text "Provide proper training capabilities." >/dev/null
$ rectrack rec add OIG-21-19 --text "Pending, nothing else known." >/dev/null

The table: labels for status and concurrence, the first target when it
differs, the closed date, money as $1,250,000.00, age to the closed date,
the text's second line indented, then the history.

$ rectrack show 'OIG-21-19#1'
  OIG-21-19#1
  Report:       CBP Needs to Improve the Oversight of its Canine Program (dhs-oig, issued 2021-02-08)
  Agency:       DHS/CBP
  Official:     Executive Director, Operations Support
  Status:       Closed – Implemented
  Concurrence:  Concur
  Target date:  2022-03-31
  First target: 2021-09-30
  Resolved:     2021-02-08
  Closed:       2022-04-15
  Flags:        priority
  Questioned:   $1,250,000.00
  Better use:   $99.50
  Age:          431 days
  Text:         Improve oversight of the Canine Program, "all sites".
                Report quarterly.
  Action:       Quarterly reviews
  
  History
  EFFECTIVE   ACTOR   KIND         FIELD             OLD            NEW                 NOTE                    CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                           open-resolved                                    2
  2021-02-08  tester  concurrence  concurrence       pending        concur                                           2
  2021-02-08  tester  target       target_date                      2021-09-30                                       2
  2021-03-01  tester  field        questioned_cost                  1250000.00                                       3
  2021-03-01  tester  field        funds_better_use                 99.50                                            3
  2021-03-01  tester  flag         priority          no             yes                                              3
  2021-09-01  tester  target       target_date       2021-09-30     2022-03-31          contract award delayed       4
  2022-04-15  tester  status       status            open-resolved  closed-implemented  verified                     5

Open and resolved with a target date in the past: marked overdue; age
counts to today (2026-11-28).  Lines without a value are left out.

$ rectrack show 'OIG-21-19#2'
  OIG-21-19#2
  Report:       CBP Needs to Improve the Oversight of its Canine Program (dhs-oig, issued 2021-02-08)
  Agency:       DHS/CBP
  Status:       Open – Resolved
  Concurrence:  Concur
  Target date:  2021-09-30 (overdue)
  Resolved:     2021-02-08
  Age:          2119 days
  Text:         Provide proper training capabilities.
  
  History
  EFFECTIVE   ACTOR   KIND         FIELD        OLD      NEW            NOTE  CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                open-resolved             6
  2021-02-08  tester  concurrence  concurrence  pending  concur                    6
  2021-02-08  tester  target       target_date           2021-09-30                6
$ rectrack show 'OIG-21-19#3'
  OIG-21-19#3
  Report:       CBP Needs to Improve the Oversight of its Canine Program (dhs-oig, issued 2021-02-08)
  Agency:       DHS/CBP
  Status:       Open – Response Not Yet Due
  Concurrence:  Pending
  Age:          2119 days
  Text:         Pending, nothing else known.
  
  History
  EFFECTIVE   ACTOR   KIND    FIELD   OLD  NEW           NOTE  CHANGE  VOIDED BY
  2021-02-08  tester  issued  status       open-pending             7

--as-of: the recommendation as the history says it was at the end of that
day, with the history up to then.

$ rectrack show 'OIG-21-19#1' --as-of 2021-06-01
  OIG-21-19#1
  Report:       CBP Needs to Improve the Oversight of its Canine Program (dhs-oig, issued 2021-02-08)
  Agency:       DHS/CBP
  Official:     Executive Director, Operations Support
  Status:       Open – Resolved
  Concurrence:  Concur
  Target date:  2021-09-30
  Resolved:     2021-02-08
  Flags:        priority
  Questioned:   $1,250,000.00
  Better use:   $99.50
  Age:          113 days
  Text:         Improve oversight of the Canine Program, "all sites".
                Report quarterly.
  Action:       Quarterly reviews
  
  History
  EFFECTIVE   ACTOR   KIND         FIELD             OLD      NEW            NOTE  CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                     open-resolved             2
  2021-02-08  tester  concurrence  concurrence       pending  concur                    2
  2021-02-08  tester  target       target_date                2021-09-30                2
  2021-03-01  tester  field        questioned_cost            1250000.00                3
  2021-03-01  tester  field        funds_better_use           99.50                     3
  2021-03-01  tester  flag         priority          no       yes                       3

CSV: one row as list writes it (the text quoted: comma, quotes, newline).

$ rectrack show 'OIG-21-19#1' --format csv
  id,report,number,issuer,issued,agency,official,text,corrective_action,concurrence,status,target_date,original_target_date,resolved_date,closed_date,priority,significant,on_hold,closure_requested,partially_addressed,questioned_cost,unsupported_cost,funds_better_use,potential_savings,disallowed_cost,fbu_agreed,overdue,age_days [CR]
  OIG-21-19#1,OIG-21-19,1,dhs-oig,2021-02-08,CBP,"Executive Director, Operations Support","Improve oversight of the Canine Program, ""all sites"".
  Report quarterly.",Quarterly reviews,concur,closed-implemented,2022-03-31,2021-09-30,2021-02-08,2022-04-15,yes,no,no,no,no,1250000.00,,99.50,,,,no,431 [CR]

JSON: the object of list with a "history" array.

$ rectrack show 'OIG-21-19#1' --format json
  {"id":"OIG-21-19#1","report":"OIG-21-19","number":"1","issuer":"dhs-oig","issued":"2021-02-08","agency":"CBP","official":"Executive Director, Operations Support","text":"Improve oversight of the Canine Program, \"all sites\".\nReport quarterly.","corrective_action":"Quarterly reviews","concurrence":"concur","status":"closed-implemented","target_date":"2022-03-31","original_target_date":"2021-09-30","resolved_date":"2021-02-08","closed_date":"2022-04-15","priority":true,"significant":false,"on_hold":false,"closure_requested":false,"partially_addressed":false,"questioned_cost":1250000.00,"unsupported_cost":null,"funds_better_use":99.50,"potential_savings":null,"disallowed_cost":null,"fbu_agreed":null,"overdue":false,"age_days":431,"history":[
  {"effective":"2021-02-08","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"issued","field":"status","old":null,"new":"open-resolved","note":null,"change":2,"voided_by":null},
  {"effective":"2021-02-08","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"concurrence","field":"concurrence","old":"pending","new":"concur","note":null,"change":2,"voided_by":null},
  {"effective":"2021-02-08","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"target","field":"target_date","old":null,"new":"2021-09-30","note":null,"change":2,"voided_by":null},
  {"effective":"2021-03-01","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"field","field":"questioned_cost","old":null,"new":"1250000.00","note":null,"change":3,"voided_by":null},
  {"effective":"2021-03-01","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"field","field":"funds_better_use","old":null,"new":"99.50","note":null,"change":3,"voided_by":null},
  {"effective":"2021-03-01","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"flag","field":"priority","old":"no","new":"yes","note":null,"change":3,"voided_by":null},
  {"effective":"2021-09-01","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"target","field":"target_date","old":"2021-09-30","new":"2022-03-31","note":"contract award delayed","change":4,"voided_by":null},
  {"effective":"2022-04-15","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"status","field":"status","old":"open-resolved","new":"closed-implemented","note":"verified","change":5,"voided_by":null}
  ]
  }
$ rectrack show 'OIG-21-19#1' --format json | python3 -m json.tool | sed -n '1,5p;/"history"/,/}/p'
  {
      "id": "OIG-21-19#1",
      "report": "OIG-21-19",
      "number": "1",
      "issuer": "dhs-oig",
      "history": [
          {
              "effective": "2021-02-08",
              "at": "2026-11-28T12:00:00Z",
              "actor": "tester",
              "kind": "issued",
              "field": "status",
              "old": null,
              "new": "open-resolved",
              "note": null,
              "change": 2,
              "voided_by": null
          },

Errors: an unknown recommendation or report, REPORT#* and a REC without
'#', exit 1; no REC, two RECs, an unknown option or format, exit 2.

$ rectrack show 'OIG-21-19#9'
! rectrack: OIG-21-19#9: no such recommendation (report OIG-21-19 has no recommendation 9)
[1]
$ rectrack show 'OIG-99-99#1'
! rectrack: OIG-99-99: no such report
[1]
$ rectrack show OIG-21-19
! rectrack: OIG-21-19: not a recommendation (expected REPORT#NUMBER, e.g. OIG-21-48#2)
[1]
$ rectrack show 'OIG-21-19#*'
! rectrack: OIG-21-19#*: show takes one recommendation (REPORT#NUMBER); 'rectrack list --report OIG-21-19' lists them
[1]
$ rectrack show 'OIG-21-19#1' --as-of 2021-02-30
! rectrack: --as-of: "2021-02-30" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack show 2>&1 | head -1
  rectrack: show: show needs a REC (REPORT#NUMBER)
$ rectrack show 'OIG-21-19#1' 'OIG-21-19#2' 2>&1 | head -1
  rectrack: show: show takes one REC
$ rectrack show 'OIG-21-19#1' --verbose 2>&1 | head -1
  rectrack: show: unknown option --verbose
$ rectrack show 'OIG-21-19#1' --format yaml 2>&1 | head -1
  rectrack: show: --format: unknown format "yaml" (expected table, csv or json)
$ rectrack show 'OIG-21-19#1' --format yaml >/dev/null 2>&1; echo "exit $?"
  exit 2
