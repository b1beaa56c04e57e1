The semiannual report's figures and the GAO-IG Act lists, from the
history as of each period's boundaries.  Four invented reports change
over three half years; every figure below is worked out by hand.


$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS OIG" --kind oig >/dev/null
$ rectrack issuer add gao --name "GAO" --kind gao >/dev/null
$ rectrack agency add CBP --name "Customs and Border Protection" >/dev/null
$ rectrack agency add ICE --name "Immigration and Customs Enforcement" >/dev/null
$ rectrack agency add DOJ --name "Department of Justice" >/dev/null
$ rectrack report add OIG-24-01 --title "Port equipment" --issued 2024-06-15 --agency CBP --issuer dhs-oig >/dev/null
$ rectrack report add OIG-25-02 --title "Detention contracts" --issued 2024-11-20 --agency ICE --issuer dhs-oig >/dev/null
$ rectrack report add GAO-25-100 --title "Prison staffing" --issued 2025-05-05 --agency DOJ --issuer gao >/dev/null
$ rectrack report add OIG-26-03 --title "Vehicle fleet" --issued 2025-12-01 --agency CBP --issuer dhs-oig >/dev/null
$ for r in OIG-24-01 OIG-24-01 OIG-25-02 OIG-25-02 GAO-25-100 GAO-25-100 OIG-26-03; do rectrack rec add $r --text "Do what the report says." >/dev/null; done
$ rectrack rec set 'OIG-24-01#1' questioned_cost=100000 unsupported_cost=40000 --date 2024-06-15 >/dev/null
$ rectrack rec set 'OIG-24-01#2' funds_better_use=50000 --date 2024-06-15 >/dev/null
$ rectrack rec set 'OIG-25-02#1' questioned_cost=30000 --date 2024-11-20 >/dev/null
$ rectrack rec set 'GAO-25-100#1' funds_better_use=20000 --date 2025-05-05 >/dev/null
$ rectrack rec set 'OIG-26-03#1' questioned_cost=10000 unsupported_cost=10000 --date 2025-12-01 >/dev/null
$ rectrack status 'OIG-24-01#1' open-unresolved --date 2024-08-01 >/dev/null
$ rectrack status 'OIG-24-01#2' open-resolved --target 2025-12-31 --fbu-agreed 50000 --date 2024-12-01 >/dev/null
$ rectrack status 'OIG-25-02#1' open-unresolved --date 2025-01-10 >/dev/null
$ rectrack status 'OIG-24-01#1' open-resolved --target 2026-06-30 --disallowed 60000 --date 2025-05-10 >/dev/null
$ rectrack note 'OIG-25-02#1' "awaiting the agency's cost review" --date 2025-06-01 >/dev/null
$ rectrack status 'OIG-25-02#2' closed-not-implemented --note "the program ended" --date 2025-08-01 >/dev/null
$ rectrack status 'GAO-25-100#1' open-resolved --target 2026-09-30 --fbu-agreed 5000 --date 2025-11-01 >/dev/null
$ rectrack status 'OIG-24-01#1' closed-implemented --date 2026-01-15 >/dev/null
$ rectrack status 'OIG-26-03#1' open-resolved --target 2026-12-31 --disallowed 0 --date 2026-02-01 >/dev/null

2025H1 (1 October 2024 to 31 March 2025).  At the start only OIG-24-01
exists, both open and undecided.  Recommendations: 2 open + 2 issued - 0
closed = 4 open (OIG-24-01#2 resolved).  Table I: A is OIG-24-01#1
(100,000, 40,000 unsupported), B OIG-25-02#1 (30,000); neither decided
by 31 March, so both in D; OIG-24-01 is 289 days old then, over six
months.  Table II: OIG-24-01#2 (A, 50,000) decided in December with all
50,000 agreed: C and C(i).

$ rectrack sar --period 2025H1
  Semiannual report 2025H1
  Period 2024-10-01 to 2025-03-31; the start is the state at the end of 2024-09-30, the end the state at the end of 2025-03-31.
  
  Roll-forward
                        RECOMMENDATIONS  REPORTS
  open at the start                   2        1
    of them resolved                  0        0
  issued in the period                2        1
  closed in the period                0        0
  reopened                            0        0
  open at the end                     4        2
    of them resolved                  1        0
  
  Table I: reports with questioned costs
  ROW               DESCRIPTION                                                REPORTS  QUESTIONED COST  UNSUPPORTED COST
  A                 no management decision by the start of the period                1      $100,000.00        $40,000.00
  B                 issued during the period                                         1       $30,000.00             $0.00
  A+B               subtotal (A + B)                                                 2      $130,000.00        $40,000.00
  C                 management decision made during the period                       0            $0.00             $0.00
  C(i)                (i) disallowed costs                                           0            $0.00
  C(ii)               (ii) costs not disallowed                                      0            $0.00
  D                 no management decision by the end of the period                  2      $130,000.00        $40,000.00
  D, over 6 months    of D: no management decision within six months of issue        1      $100,000.00        $40,000.00
  
  Table II: reports with recommendations that funds be put to better use
  ROW               DESCRIPTION                                                REPORTS  FUNDS PUT TO BETTER USE
  A                 no management decision by the start of the period                1               $50,000.00
  B                 issued during the period                                         0                    $0.00
  A+B               subtotal (A + B)                                                 1               $50,000.00
  C                 management decision made during the period                       1               $50,000.00
  C(i)                (i) agreed to by management                                    1               $50,000.00
  C(ii)               (ii) not agreed to by management                               0                    $0.00
  D                 no management decision by the end of the period                  0                    $0.00
  D, over 6 months    of D: no management decision within six months of issue        0                    $0.00
  
  Recommendations made before the period without completed corrective action
  ID           ISSUED      AGENCY  STATUS           AGE  TARGET      SAVINGS  LATEST NOTE
  OIG-24-01#1  2024-06-15  CBP     open-unresolved  289
  OIG-24-01#2  2024-06-15  CBP     open-resolved    289  2025-12-31
  
  Unresolved more than six months after issue (reason: latest note; timetable: target date)
  ID           ISSUED      AGENCY  STATUS           AGE  TARGET  SAVINGS  LATEST NOTE
  OIG-24-01#1  2024-06-15  CBP     open-unresolved  289
  
  Closed during the period
  (none)

2025H2 (1 April to 30 September 2025).  Recommendations: 4 open + 2
issued (GAO-25-100) - 1 closed (OIG-25-02#2) = 5 open, 2 resolved.
Reports: OIG-24-01, OIG-25-02 open at the start; GAO-25-100 issued; all
three open at the end, OIG-24-01 with only resolved ones.  Table I: A is
OIG-24-01#1 and OIG-25-02#1 (2 reports, 130,000, 40,000 unsupported);
OIG-24-01#1 decided in May: C 100,000, of which 60,000 disallowed
(C(i)) and 40,000 not (C(ii)); OIG-25-02#1 still undecided: D 30,000,
314 days after issue, over six months.  Table II: OIG-24-01#2 was
decided before the period (not counted); GAO-25-100#1 is B and D
(20,000), 148 days old.  The note on OIG-25-02#1 is its reason.

$ rectrack sar --period 2025H2
  Semiannual report 2025H2
  Period 2025-04-01 to 2025-09-30; the start is the state at the end of 2025-03-31, the end the state at the end of 2025-09-30.
  
  Roll-forward
                        RECOMMENDATIONS  REPORTS
  open at the start                   4        2
    of them resolved                  1        0
  issued in the period                2        1
  closed in the period                1        0
  reopened                            0        0
  open at the end                     5        3
    of them resolved                  2        1
  
  Table I: reports with questioned costs
  ROW               DESCRIPTION                                                REPORTS  QUESTIONED COST  UNSUPPORTED COST
  A                 no management decision by the start of the period                2      $130,000.00        $40,000.00
  B                 issued during the period                                         0            $0.00             $0.00
  A+B               subtotal (A + B)                                                 2      $130,000.00        $40,000.00
  C                 management decision made during the period                       1      $100,000.00        $40,000.00
  C(i)                (i) disallowed costs                                           1       $60,000.00
  C(ii)               (ii) costs not disallowed                                      1       $40,000.00
  D                 no management decision by the end of the period                  1       $30,000.00             $0.00
  D, over 6 months    of D: no management decision within six months of issue        1       $30,000.00             $0.00
  
  Table II: reports with recommendations that funds be put to better use
  ROW               DESCRIPTION                                                REPORTS  FUNDS PUT TO BETTER USE
  A                 no management decision by the start of the period                0                    $0.00
  B                 issued during the period                                         1               $20,000.00
  A+B               subtotal (A + B)                                                 1               $20,000.00
  C                 management decision made during the period                       0                    $0.00
  C(i)                (i) agreed to by management                                    0                    $0.00
  C(ii)               (ii) not agreed to by management                               0                    $0.00
  D                 no management decision by the end of the period                  1               $20,000.00
  D, over 6 months    of D: no management decision within six months of issue        0                    $0.00
  
  Recommendations made before the period without completed corrective action
  ID           ISSUED      AGENCY  STATUS           AGE  TARGET      SAVINGS  LATEST NOTE
  OIG-24-01#1  2024-06-15  CBP     open-resolved    472  2026-06-30
  OIG-24-01#2  2024-06-15  CBP     open-resolved    472  2025-12-31
  OIG-25-02#1  2024-11-20  ICE     open-unresolved  314                       awaiting the agency's cost review
  
  Unresolved more than six months after issue (reason: latest note; timetable: target date)
  ID           ISSUED      AGENCY  STATUS           AGE  TARGET  SAVINGS  LATEST NOTE
  OIG-25-02#1  2024-11-20  ICE     open-unresolved  314                   awaiting the agency's cost review
  
  Closed during the period
  ID           ISSUED      AGENCY  STATUS                  AGE  TARGET  SAVINGS  LATEST NOTE
  OIG-25-02#2  2024-11-20  ICE     closed-not-implemented  254

2026H1 (1 October 2025 to 31 March 2026).  Recommendations: 5 open + 1
issued (OIG-26-03#1) - 1 closed (OIG-24-01#1) = 5 open, 3 resolved.
Reports: no report closes (OIG-24-01 keeps #2 open); 4 open at the end,
OIG-24-01 and OIG-26-03 with only resolved ones.  Table I: A is
OIG-25-02#1 (30,000), still in D and over six months; B is OIG-26-03#1
(10,000, all unsupported), decided with nothing disallowed: C(ii).
Table II: GAO-25-100#1 (A, 20,000) decided in November: 5,000 agreed
(C(i)), 15,000 not (C(ii)).  GAO-25-100#2, pending 330 days, is now
unresolved over six months too.

$ rectrack sar --period 2026H1
  Semiannual report 2026H1
  Period 2025-10-01 to 2026-03-31; the start is the state at the end of 2025-09-30, the end the state at the end of 2026-03-31.
  
  Roll-forward
                        RECOMMENDATIONS  REPORTS
  open at the start                   5        3
    of them resolved                  2        1
  issued in the period                1        1
  closed in the period                1        0
  reopened                            0        0
  open at the end                     5        4
    of them resolved                  3        2
  
  Table I: reports with questioned costs
  ROW               DESCRIPTION                                                REPORTS  QUESTIONED COST  UNSUPPORTED COST
  A                 no management decision by the start of the period                1       $30,000.00             $0.00
  B                 issued during the period                                         1       $10,000.00        $10,000.00
  A+B               subtotal (A + B)                                                 2       $40,000.00        $10,000.00
  C                 management decision made during the period                       1       $10,000.00        $10,000.00
  C(i)                (i) disallowed costs                                           0            $0.00
  C(ii)               (ii) costs not disallowed                                      1       $10,000.00
  D                 no management decision by the end of the period                  1       $30,000.00             $0.00
  D, over 6 months    of D: no management decision within six months of issue        1       $30,000.00             $0.00
  
  Table II: reports with recommendations that funds be put to better use
  ROW               DESCRIPTION                                                REPORTS  FUNDS PUT TO BETTER USE
  A                 no management decision by the start of the period                1               $20,000.00
  B                 issued during the period                                         0                    $0.00
  A+B               subtotal (A + B)                                                 1               $20,000.00
  C                 management decision made during the period                       1               $20,000.00
  C(i)                (i) agreed to by management                                    1                $5,000.00
  C(ii)               (ii) not agreed to by management                               1               $15,000.00
  D                 no management decision by the end of the period                  0                    $0.00
  D, over 6 months    of D: no management decision within six months of issue        0                    $0.00
  
  Recommendations made before the period without completed corrective action
  ID            ISSUED      AGENCY  STATUS           AGE  TARGET      SAVINGS  LATEST NOTE
  OIG-24-01#2   2024-06-15  CBP     open-resolved    654  2025-12-31
  OIG-25-02#1   2024-11-20  ICE     open-unresolved  496                       awaiting the agency's cost review
  GAO-25-100#1  2025-05-05  DOJ     open-resolved    330  2026-09-30
  GAO-25-100#2  2025-05-05  DOJ     open-pending     330
  
  Unresolved more than six months after issue (reason: latest note; timetable: target date)
  ID            ISSUED      AGENCY  STATUS           AGE  TARGET  SAVINGS  LATEST NOTE
  OIG-25-02#1   2024-11-20  ICE     open-unresolved  496                   awaiting the agency's cost review
  GAO-25-100#2  2025-05-05  DOJ     open-pending     330
  
  Closed during the period
  ID           ISSUED      AGENCY  STATUS              AGE  TARGET      SAVINGS  LATEST NOTE
  OIG-24-01#1  2024-06-15  CBP     closed-implemented  579  2026-06-30

Any span with --from and --to; the same period gives the same figures.

$ rectrack sar --from 2025-10-01 --to 2026-03-31 --format json > span.json
$ rectrack sar --period 2026H1 --format json > period.json
$ python3 -c 'import json; a = json.load(open("span.json")); b = json.load(open("period.json")); del a["title"], a["period"], b["title"], b["period"]; print(a == b)'
  True

Every format: CSV one block per section, JSON one object, Markdown and
HTML documents.

$ rectrack sar --period 2025H2 --format csv
  Roll-forward [CR]
  line,recommendations,reports [CR]
  open at the start,4,2 [CR]
  "  of them resolved",1,0 [CR]
  issued in the period,2,1 [CR]
  closed in the period,1,0 [CR]
  reopened,0,0 [CR]
  open at the end,5,3 [CR]
  "  of them resolved",2,1 [CR]
   [CR]
  Table I: reports with questioned costs [CR]
  row,description,reports,questioned_cost,unsupported_cost [CR]
  A,no management decision by the start of the period,2,130000.00,40000.00 [CR]
  B,issued during the period,0,0.00,0.00 [CR]
  A+B,subtotal (A + B),2,130000.00,40000.00 [CR]
  C,management decision made during the period,1,100000.00,40000.00 [CR]
  C(i),"  (i) disallowed costs",1,60000.00, [CR]
  C(ii),"  (ii) costs not disallowed",1,40000.00, [CR]
  D,no management decision by the end of the period,1,30000.00,0.00 [CR]
  "D, over 6 months","  of D: no management decision within six months of issue",1,30000.00,0.00 [CR]
   [CR]
  Table II: reports with recommendations that funds be put to better use [CR]
  row,description,reports,funds_better_use [CR]
  A,no management decision by the start of the period,0,0.00 [CR]
  B,issued during the period,1,20000.00 [CR]
  A+B,subtotal (A + B),1,20000.00 [CR]
  C,management decision made during the period,0,0.00 [CR]
  C(i),"  (i) agreed to by management",0,0.00 [CR]
  C(ii),"  (ii) not agreed to by management",0,0.00 [CR]
  D,no management decision by the end of the period,1,20000.00 [CR]
  "D, over 6 months","  of D: no management decision within six months of issue",0,0.00 [CR]
   [CR]
  Recommendations made before the period without completed corrective action [CR]
  id,report,number,issuer,issued,agency,status,age_days,target_date,resolved_date,closed_date,questioned_cost,funds_better_use,potential_savings,reason,reason_date,text [CR]
  OIG-24-01#1,OIG-24-01,1,dhs-oig,2024-06-15,CBP,open-resolved,472,2026-06-30,2025-05-10,,100000.00,,,,,Do what the report says. [CR]
  OIG-24-01#2,OIG-24-01,2,dhs-oig,2024-06-15,CBP,open-resolved,472,2025-12-31,2024-12-01,,,50000.00,,,,Do what the report says. [CR]
  OIG-25-02#1,OIG-25-02,1,dhs-oig,2024-11-20,ICE,open-unresolved,314,,,,30000.00,,,awaiting the agency's cost review,2025-06-01,Do what the report says. [CR]
   [CR]
  Unresolved more than six months after issue (reason: latest note; timetable: target date) [CR]
  id,report,number,issuer,issued,agency,status,age_days,target_date,resolved_date,closed_date,questioned_cost,funds_better_use,potential_savings,reason,reason_date,text [CR]
  OIG-25-02#1,OIG-25-02,1,dhs-oig,2024-11-20,ICE,open-unresolved,314,,,,30000.00,,,awaiting the agency's cost review,2025-06-01,Do what the report says. [CR]
   [CR]
  Closed during the period [CR]
  id,report,number,issuer,issued,agency,status,age_days,target_date,resolved_date,closed_date,questioned_cost,funds_better_use,potential_savings,reason,reason_date,text [CR]
  OIG-25-02#2,OIG-25-02,2,dhs-oig,2024-11-20,ICE,closed-not-implemented,254,,,2025-08-01,,,,,,Do what the report says. [CR]
$ rectrack sar --period 2025H2 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(sorted(d)); print([(r["row"], r["reports"], r["questioned_cost"], r["unsupported_cost"]) for r in d["table_1"]])'
  ['closed', 'from', 'period', 'prior_open', 'roll_forward', 'table_1', 'table_2', 'title', 'to', 'unresolved_over_6_months']
  [('A', 2, 130000.0, 40000.0), ('B', 0, 0.0, 0.0), ('A+B', 2, 130000.0, 40000.0), ('C', 1, 100000.0, 40000.0), ('C(i)', 1, 60000.0, None), ('C(ii)', 1, 40000.0, None), ('D', 1, 30000.0, 0.0), ('D, over 6 months', 1, 30000.0, 0.0)]
$ rectrack sar --period 2025H2 --format md | head -20
  # Semiannual report 2025H2
  
  Period 2025-04-01 to 2025-09-30; the start is the state at the end of 2025-03-31, the end the state at the end of 2025-09-30.
  
  ## Roll-forward
  
  |  | RECOMMENDATIONS | REPORTS |
  | --- | ---: | ---: |
  | open at the start | 4 | 2 |
  |   of them resolved | 1 | 0 |
  | issued in the period | 2 | 1 |
  | closed in the period | 1 | 0 |
  | reopened | 0 | 0 |
  | open at the end | 5 | 3 |
  |   of them resolved | 2 | 1 |
  
  ## Table I: reports with questioned costs
  
  | ROW | DESCRIPTION | REPORTS | QUESTIONED COST | UNSUPPORTED COST |
  | --- | --- | ---: | ---: | ---: |
$ rectrack sar --period 2025H2 --format html > sar.html
$ grep -c '<table>' sar.html
  6
$ grep -o '<td>OIG-25-02#1</td>' sar.html | head -1
  <td>OIG-25-02#1</td>

Figures come from the history: a change recorded today but effective
in a past period counts in that period, and the current rows are never
read for it.

$ rectrack sar --period 2026H1 --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["roll_forward"][5])'
  {'line': 'open at the end', 'recommendations': 5, 'reports': 4}
$ rectrack status 'OIG-26-03#1' closed-implemented --date 2026-03-20 >/dev/null
$ rectrack sar --period 2026H1 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["roll_forward"][3], d["roll_forward"][5]); print([r["id"] for r in d["closed"]])'
  {'line': 'closed in the period', 'recommendations': 2, 'reports': 1} {'line': 'open at the end', 'recommendations': 4, 'reports': 3}
  ['OIG-24-01#1', 'OIG-26-03#1']

The GAO-IG Act lists as of today (2026-11-28): GAO-25-100 is more than a
year old, both its recommendations open; of the inspector general's,
OIG-24-01#2 and OIG-25-02#1 are open a year after issue (OIG-26-03 is
not a year old yet).  As of 10 May 2026 GAO-25-100 has just turned one.

$ rectrack gao-ig-act
  GAO-IG Act lists as of 2026-11-28
  2 GAO recommendations open, or closed as not implemented, for a year or more; 2 inspector general recommendations issued a year or more before without final action.
  
  GAO recommendations open or closed - not implemented for a year or more
  AGENCY  ID            ISSUED      STATUS         AGE  TIMELINE    LATEST NOTE
  DOJ     GAO-25-100#1  2025-05-05  open-resolved  572  2026-09-30
  DOJ     GAO-25-100#2  2025-05-05  open-pending   572
  
  Inspector general recommendations without final action a year or more after issue
  AGENCY  ID           ISSUED      STATUS           AGE  TIMELINE    LATEST NOTE
  CBP     OIG-24-01#2  2024-06-15  open-resolved    896  2025-12-31
  ICE     OIG-25-02#1  2024-11-20  open-unresolved  738              awaiting the agency's cost review
$ rectrack gao-ig-act --as-of 2026-05-10 --format csv
  GAO recommendations open or closed - not implemented for a year or more [CR]
  agency,id,report,number,issuer,issued,status,priority,age_days,target_date,closed_date,justification,justification_date,text [CR]
  DOJ,GAO-25-100#1,GAO-25-100,1,gao,2025-05-05,open-resolved,no,370,2026-09-30,,,,Do what the report says. [CR]
  DOJ,GAO-25-100#2,GAO-25-100,2,gao,2025-05-05,open-pending,no,370,,,,,Do what the report says. [CR]
   [CR]
  Inspector general recommendations without final action a year or more after issue [CR]
  agency,id,report,number,issuer,issued,status,priority,age_days,target_date,closed_date,justification,justification_date,text [CR]
  CBP,OIG-24-01#2,OIG-24-01,2,dhs-oig,2024-06-15,open-resolved,no,694,2025-12-31,,,,Do what the report says. [CR]
  ICE,OIG-25-02#1,OIG-25-02,1,dhs-oig,2024-11-20,open-unresolved,no,536,,,awaiting the agency's cost review,2025-06-01,Do what the report says. [CR]
$ rectrack gao-ig-act --as-of 2025-05-04 --format json
  {"title":"GAO-IG Act lists as of 2025-05-04","as_of":"2025-05-04","gao":[]
  ,"oig":[]
  }

Mistakes.

$ rectrack sar
! rectrack: sar: which period? --period 2025H2, or --from DATE --to DATE
! usage: rectrack sar --period 2025H2|--from DATE --to DATE [--issuer CODE]
!                     [--agency CODE] [--as-known DATE]
!                     [--format table|csv|json|md|html|xlsx]
!                     [--output FILE [--force]] [--bom|--no-bom]
! See 'rectrack help sar' for the options and examples.
[2]
$ rectrack sar --period 2025H3
! rectrack: --period: "2025H3" is not a half year such as 2025H2 (1 April to 30 September 2025) or 2026H1 (1 October 2025 to 31 March 2026)
[1]
$ rectrack sar --period 2025H1 --from 2025-01-01 --to 2025-02-01
! rectrack: sar: --period or --from/--to, not both
! usage: rectrack sar --period 2025H2|--from DATE --to DATE [--issuer CODE]
!                     [--agency CODE] [--as-known DATE]
!                     [--format table|csv|json|md|html|xlsx]
!                     [--output FILE [--force]] [--bom|--no-bom]
! See 'rectrack help sar' for the options and examples.
[2]
$ rectrack sar --from 2025-03-01 --to 2025-02-01
! rectrack: --from 2025-03-01 --to 2025-02-01: not two dates (YYYY-MM-DD), the first not after the second
[1]
$ rectrack sar --period 2027H1
! rectrack: the period ends on 2027-03-31, after today (2026-11-28): its figures are not known yet
[1]
$ rectrack sar --period 2025H1 --format pdf
! rectrack: sar: --format: unknown format "pdf" (expected table, csv, json, md, html or xlsx)
! usage: rectrack sar --period 2025H2|--from DATE --to DATE [--issuer CODE]
!                     [--agency CODE] [--as-known DATE]
!                     [--format table|csv|json|md|html|xlsx]
!                     [--output FILE [--force]] [--bom|--no-bom]
! See 'rectrack help sar' for the options and examples.
[2]
$ rectrack sar --period 2025H1 --agency NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack gao-ig-act --as-of 2030-01-01
! rectrack: --as-of: 2030-01-01 is after today (2026-11-28): the history cannot tell yet
[1]

On generated data (tests/bench/gen.py, the benchmark's generator: every
status, decisions over 15 years) the roll-forward balances in every half
year from FY2012 to FY2026: open at the start +
issued - closed + reopened = open at the end, for recommendations and
for reports.

$ python3 "$SRCDIR/tests/bench/gen.py" 400 7 > gen.yaml && rectrack --db gen.db init >/dev/null && rectrack --db gen.db import --quiet gen.yaml >/dev/null
$ for y in $(seq 2012 2026); do for h in H1 H2; do rectrack --db gen.db sar --period $y$h --format json; done; done 2>&1 | python3 -c '
> import json, sys
> dec = json.JSONDecoder(); text = sys.stdin.read(); i = 0; ok = 0
> while i < len(text.strip()):
>     d, j = dec.raw_decode(text, i); i = j + 1
>     r = {x["line"]: x for x in d["roll_forward"]}
>     for k in ("recommendations", "reports"):
>         s, e = r["open at the start"][k], r["open at the end"][k]
>         assert s + r["issued in the period"][k] - r["closed in the period"][k] + r["reopened"][k] == e, (d["period"], k)
>     t = {x["row"]: x for x in d["table_1"]}
>     assert t["A+B"]["questioned_cost"] == round(t["C"]["questioned_cost"] + t["D"]["questioned_cost"], 2)
>     assert t["C"]["questioned_cost"] == round(t["C(i)"]["questioned_cost"] + t["C(ii)"]["questioned_cost"], 2)
>     u = {x["row"]: x for x in d["table_2"]}
>     assert u["A+B"]["funds_better_use"] == round(u["C"]["funds_better_use"] + u["D"]["funds_better_use"], 2)
>     assert u["C"]["funds_better_use"] == round(u["C(i)"]["funds_better_use"] + u["C(ii)"]["funds_better_use"], 2)
>     assert t["A+B"]["reports"] == t["A"]["reports"] + t["B"]["reports"]
>     ok += 1
> print(ok, "periods balance")'
  30 periods balance
