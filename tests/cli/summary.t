summary: the open-item summary (rectrack(1)), by agency, issuer, report,
fiscal year, topic, status or official, as of any day, with the filters
of list.

The data set is tests/data/summary.yaml: agencies DHS > CBP > OFO,
DHS > ICE, DOJ > BOP; six reports, five with recommendations whose
history moves them through the lifecycle.  Default configuration:
unresolved over 6 months = open-pending or open-unresolved and more than
183 days old; open 1 year or more = issued on or before the same day a
year earlier; age buckets under 6 months (0-182 days), 6-12 months
(183-364), 1-2 years (365-729), 2-5 years (730-1825), over 5 years
(1826 and more).

Worked out by hand.  Ages (days from the issue date to the day):

| report      issued      2026-11-28  2025-12-31  2024-06-30  2021-06-30
| OIG-20-10   2020-03-16        2448        2116        1567         471
| OIG-23-05   2022-11-15        1474        1142         593           -
| GAO-24-101  2024-01-10        1053         721         172           -
| OIG-25-30   2025-06-02         544         212           -           -
| GAO-26-200  2026-07-01         150           -           -           -

| (2020-03-16 to 2025-03-16 is 5 * 365 + 1 days (29 Feb 2024) = 1826,
| plus 290 to 2025-12-31 = 2116; 2022-11-15 to 2024-06-30 is 365 + 228
| = 593; 2024-01-10 to 2025-12-31 is 366 + 355 = 721; 2025-06-02 to
| 2025-12-31 is 212; 2026-07-01 to 2026-11-28 is 150.)

Each recommendation on each day (agency, status; o = overdue,
u = unresolved over 6 months, y = open 1 year or more, p = priority;
amounts: q questioned costs, f funds put to better use):

| rec           2026-11-28 (A)      2025-12-31 (B)      2024-06-30 (C)      2021-06-30 (D)
| OIG-20-10#1   CBP closed          CBP closed          CBP resolved o y    CBP resolved o y    q 1,000.00
| OIG-20-10#2   OFO resolved y p    OFO resolved y p    OFO resolved o y p  OFO resolved o y    q 2,500.50 f 10,000
| OIG-20-10#3   CBP unresolved u y  CBP unresolved u y  CBP unresolved u y  CBP unresolved u y  f 500
| OIG-23-05#1   ICE resolved o y    ICE resolved o y    ICE resolved o y    -
| OIG-23-05#2   ICE closed          ICE closed          ICE unresolved u y  -
| OIG-23-05#3   CBP pending u y     CBP pending u y     ICE pending u y     -                   (1)
| GAO-24-101#1  DOJ resolved o y p  DOJ resolved o y p  DOJ resolved p      -
| GAO-24-101#2  BOP pending u y     BOP pending u y     BOP pending         -                   q 750.25
| OIG-25-30#1   DHS resolved o y    DHS unresolved u    -                   -
| OIG-25-30#2   ICE closed          ICE closed          -                   -
| GAO-26-200#1  BOP pending         -                   -                   -
| GAO-26-200#2  BOP resolved        -                   -                   -

(1) moved from ICE to CBP on 2025-01-15 (a field event of its history).

(OIG-20-10#2's target was 2020-12-31 until 2025-02-01, then 2026-12-31;
its priority flag dates from 2024-01-01.  OIG-25-30#1 was due 2026-10-31.)

By agency on A: DHS 1 open (resolved, overdue, 1-2 years); CBP 2 (one
pending, one unresolved, both u and y, 2-5 and over 5 years, f 500); OFO
1 (over 5 years, q 2,500.50, f 10,000); ICE 1 (overdue, 2-5 years); DOJ 1
(overdue, priority, 2-5 years); BOP 3 (two pending, one resolved; u 1,
y 1; two under 6 months, one 2-5 years; q 750.25).  TOTAL 9 open = 3
pending + 1 unresolved + 5 resolved; overdue 3; u 3; y 7; priority 2;
ages 2/0/1/4/2; q 3,250.75 (OIG-20-10#1's 1,000.00 is closed); f 10,500;
oldest OIG-20-10#2 (the first open one in listing order).

$ rectrack init >/dev/null
$ rectrack import "$SRCDIR/tests/data/summary.yaml" >/dev/null

The default: by agency, as a table, agencies in tree order, then TOTAL.

$ rectrack summary
  AGENCY  OPEN  PENDING  UNRESOLVED  RESOLVED  OVERDUE  UNRESOLVED 6M+  OPEN 1Y+  PRIORITY  EXTENDED  EXTENSIONS  UNDER 6 MONTHS  6-12 MONTHS  1-2 YEARS  2-5 YEARS  OVER 5 YEARS  QUESTIONED  BETTER USE  OLDEST
  DHS        1        0           0         1        1               0         1         0         0           0               0            0          1          0             0       $0.00       $0.00  OIG-25-30#1
  CBP        2        1           1         0        0               2         2         0         0           0               0            0          0          1             1       $0.00     $500.00  OIG-20-10#3
  OFO        1        0           0         1        0               0         1         1         1           1               0            0          0          0             1   $2,500.50  $10,000.00  OIG-20-10#2
  ICE        1        0           0         1        1               0         1         0         0           0               0            0          0          1             0       $0.00       $0.00  OIG-23-05#1
  DOJ        1        0           0         1        1               0         1         1         0           0               0            0          0          1             0       $0.00       $0.00  GAO-24-101#1
  BOP        3        2           0         1        0               1         1         0         0           0               2            0          0          1             0     $750.25       $0.00  GAO-24-101#2
  TOTAL      9        3           1         5        3               3         7         2         1           1               2            0          1          4             2   $3,250.75  $10,500.00  OIG-20-10#2
$ rectrack summary --as-of 2026-11-28 --by agency --format table | md5sum > a.txt; rectrack summary | md5sum | cmp - a.txt

CSV: a header of the keys (one column per age bucket, named by its
label), the TOTAL row last, money as plain dollars.

$ rectrack summary --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  DHS,1,0,0,1,1,0,1,0,0,0,0,0,1,0,0,0.00,0.00,OIG-25-30#1 [CR]
  CBP,2,1,1,0,0,2,2,0,0,0,0,0,0,1,1,0.00,500.00,OIG-20-10#3 [CR]
  OFO,1,0,0,1,0,0,1,1,1,1,0,0,0,0,1,2500.50,10000.00,OIG-20-10#2 [CR]
  ICE,1,0,0,1,1,0,1,0,0,0,0,0,0,1,0,0.00,0.00,OIG-23-05#1 [CR]
  DOJ,1,0,0,1,1,0,1,1,0,0,0,0,0,1,0,0.00,0.00,GAO-24-101#1 [CR]
  BOP,3,2,0,1,0,1,1,0,0,0,2,0,0,1,0,750.25,0.00,GAO-24-101#2 [CR]
  TOTAL,9,3,1,5,3,3,7,2,1,1,2,0,1,4,2,3250.75,10500.00,OIG-20-10#2 [CR]

As of B, 2025-12-31: OIG-25-30#1 was still unresolved (6-12 months,
u, not y), OIG-23-05#2 was closed on 2025-10-20, GAO-26-200 did not
exist; GAO-24-101 was 721 days old (1-2 years).  DHS 1 (unresolved, u);
CBP and OFO as on A (OIG-23-05#3 had moved to CBP); ICE 1 (overdue); DOJ
1 (overdue, priority, 1-2 years); BOP 1 (pending, u, y, 1-2 years, q
750.25).  TOTAL 7 = 2 pending + 2 unresolved + 3 resolved; overdue 2; u
4; y 6; priority 2; ages 0/1/2/2/2; q 3,250.75; f 10,500.

$ rectrack summary --as-of 2025-12-31 --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  DHS,1,0,1,0,0,1,0,0,0,0,0,1,0,0,0,0.00,0.00,OIG-25-30#1 [CR]
  CBP,2,1,1,0,0,2,2,0,0,0,0,0,0,1,1,0.00,500.00,OIG-20-10#3 [CR]
  OFO,1,0,0,1,0,0,1,1,1,1,0,0,0,0,1,2500.50,10000.00,OIG-20-10#2 [CR]
  ICE,1,0,0,1,1,0,1,0,0,0,0,0,0,1,0,0.00,0.00,OIG-23-05#1 [CR]
  DOJ,1,0,0,1,1,0,1,1,0,0,0,0,1,0,0,0.00,0.00,GAO-24-101#1 [CR]
  BOP,1,1,0,0,0,1,1,0,0,0,0,0,1,0,0,750.25,0.00,GAO-24-101#2 [CR]
  TOTAL,7,2,2,3,2,4,6,2,1,1,0,1,2,2,2,3250.75,10500.00,OIG-20-10#2 [CR]

As of C, 2024-06-30: OIG-20-10#1 was open and overdue (its 1,000.00
counts), OIG-20-10#2 overdue against its first target, OIG-23-05's three
were all open and ICE's; DHS itself had none.  CBP 2 (one resolved and
overdue, one unresolved; u 1; y 2; 2-5 years; q 1,000.00; f 500); OFO 1
(overdue, priority); ICE 3 (pending, unresolved, resolved; overdue 1;
u 2; y 3; 1-2 years); DOJ 1 and BOP 1 (172 days: under 6 months, not u).
TOTAL 8 = 2 + 2 + 4; overdue 3; u 3; y 6; priority 2; ages 2/0/3/3/0;
q 4,250.75; f 10,500; oldest OIG-20-10#1.

$ rectrack summary --as-of 2024-06-30 --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  CBP,2,0,1,1,1,1,2,0,0,0,0,0,0,2,0,1000.00,500.00,OIG-20-10#1 [CR]
  OFO,1,0,0,1,1,0,1,1,0,0,0,0,0,1,0,2500.50,10000.00,OIG-20-10#2 [CR]
  ICE,3,1,1,1,1,2,3,0,0,0,0,0,3,0,0,0.00,0.00,OIG-23-05#1 [CR]
  DOJ,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0.00,0.00,GAO-24-101#1 [CR]
  BOP,1,1,0,0,0,0,0,0,0,0,1,0,0,0,0,750.25,0.00,GAO-24-101#2 [CR]
  TOTAL,8,2,2,4,3,3,6,2,0,0,2,0,3,3,0,4250.75,10500.00,OIG-20-10#1 [CR]

As of D, 2021-06-30, only OIG-20-10 existed (471 days: 1-2 years):
CBP 2 (#1 overdue, #3 unresolved, u 1), OFO 1 (overdue, no priority yet).

$ rectrack summary --as-of 2021-06-30 --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  CBP,2,0,1,1,1,1,2,0,0,0,0,0,2,0,0,1000.00,500.00,OIG-20-10#1 [CR]
  OFO,1,0,0,1,1,0,1,0,0,0,0,0,1,0,0,2500.50,10000.00,OIG-20-10#2 [CR]
  TOTAL,3,0,1,2,2,1,3,0,0,0,0,0,3,0,0,3500.50,10500.00,OIG-20-10#1 [CR]

Before the first report: only the total, all zero.

$ rectrack summary --as-of 2019-12-31 --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  TOTAL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0.00,0.00, [CR]
! rectrack: summary: no recommendations match

--rollup adds, after the agencies below a parent, the parent's subtotal
(the parent and everything below it), and indents the agencies by their
depth.  On A: CBP subtotal = CBP 2 + OFO 1 = 3 (1 pending, 1
unresolved, 1 resolved, no overdue, u 2, y 3, priority 1, ages
0/0/0/1/2, q 2,500.50, f 10,500, oldest OIG-20-10#2); DHS subtotal = DHS
1 + CBP subtotal 3 + ICE 1 = 5 (1/1/3, overdue 2, u 2, y 5, priority 1,
ages 0/0/1/2/2); DOJ subtotal = DOJ 1 + BOP 3 = 4 (2/0/2, overdue 1, u
1, y 2, priority 1, ages 2/0/0/2/0, q 750.25, oldest GAO-24-101#1).
The total still counts each recommendation once.

$ rectrack summary --rollup
  AGENCY          OPEN  PENDING  UNRESOLVED  RESOLVED  OVERDUE  UNRESOLVED 6M+  OPEN 1Y+  PRIORITY  EXTENDED  EXTENSIONS  UNDER 6 MONTHS  6-12 MONTHS  1-2 YEARS  2-5 YEARS  OVER 5 YEARS  QUESTIONED  BETTER USE  OLDEST
  DHS                1        0           0         1        1               0         1         0         0           0               0            0          1          0             0       $0.00       $0.00  OIG-25-30#1
    CBP              2        1           1         0        0               2         2         0         0           0               0            0          0          1             1       $0.00     $500.00  OIG-20-10#3
      OFO            1        0           0         1        0               0         1         1         1           1               0            0          0          0             1   $2,500.50  $10,000.00  OIG-20-10#2
    CBP subtotal     3        1           1         1        0               2         3         1         1           1               0            0          0          1             2   $2,500.50  $10,500.00  OIG-20-10#2
    ICE              1        0           0         1        1               0         1         0         0           0               0            0          0          1             0       $0.00       $0.00  OIG-23-05#1
  DHS subtotal       5        1           1         3        2               2         5         1         1           1               0            0          1          2             2   $2,500.50  $10,500.00  OIG-20-10#2
  DOJ                1        0           0         1        1               0         1         1         0           0               0            0          0          1             0       $0.00       $0.00  GAO-24-101#1
    BOP              3        2           0         1        0               1         1         0         0           0               2            0          0          1             0     $750.25       $0.00  GAO-24-101#2
  DOJ subtotal       4        2           0         2        1               1         2         1         0           0               2            0          0          2             0     $750.25       $0.00  GAO-24-101#1
  TOTAL              9        3           1         5        3               3         7         2         1           1               2            0          1          4             2   $3,250.75  $10,500.00  OIG-20-10#2

On C DHS had nothing of its own: it shows as its subtotal only (CBP 2
+ OFO 1 + ICE 3 = 6: 1 pending, 2 unresolved, 3 resolved, overdue 3,
u 3, y 6, priority 1, ages 0/0/3/3/0, q 3,500.50).  In CSV the groups
are not indented.

$ rectrack summary --rollup --as-of 2024-06-30 --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  CBP,2,0,1,1,1,1,2,0,0,0,0,0,0,2,0,1000.00,500.00,OIG-20-10#1 [CR]
  OFO,1,0,0,1,1,0,1,1,0,0,0,0,0,1,0,2500.50,10000.00,OIG-20-10#2 [CR]
  CBP subtotal,3,0,1,2,2,1,3,1,0,0,0,0,0,3,0,3500.50,10500.00,OIG-20-10#1 [CR]
  ICE,3,1,1,1,1,2,3,0,0,0,0,0,3,0,0,0.00,0.00,OIG-23-05#1 [CR]
  DHS subtotal,6,1,2,3,3,3,6,1,0,0,0,0,3,3,0,3500.50,10500.00,OIG-20-10#1 [CR]
  DOJ,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0.00,0.00,GAO-24-101#1 [CR]
  BOP,1,1,0,0,0,0,0,0,0,0,1,0,0,0,0,750.25,0.00,GAO-24-101#2 [CR]
  DOJ subtotal,2,1,0,1,0,0,0,1,0,0,2,0,0,0,0,750.25,0.00,GAO-24-101#1 [CR]
  TOTAL,8,2,2,4,3,3,6,2,0,0,2,0,3,3,0,4250.75,10500.00,OIG-20-10#1 [CR]
$ rectrack summary --rollup --as-of 2025-12-31 --format csv | grep subtotal
  CBP subtotal,3,1,1,1,0,2,3,1,1,1,0,0,0,1,2,2500.50,10500.00,OIG-20-10#2 [CR]
  DHS subtotal,5,1,2,2,1,3,4,1,1,1,0,1,0,2,2,2500.50,10500.00,OIG-20-10#2 [CR]
  DOJ subtotal,2,1,0,1,1,1,2,1,0,0,0,0,2,0,0,750.25,0.00,GAO-24-101#1 [CR]

(B: DHS subtotal = DHS 1 unresolved + CBP subtotal 3 + ICE 1 resolved
overdue = 5: 1 pending, 2 unresolved, 2 resolved, overdue 1, u 3, y 4.)

By issuer on A: dhs-oig has OIG-20-10#2, #3, OIG-23-05#1, #3 and
OIG-25-30#1 open (1 pending, 1 unresolved, 3 resolved, overdue 2, u 2,
y 5, priority 1, ages 0/0/1/2/2); gao has GAO-24-101#1, #2 and
GAO-26-200#1, #2 (2 pending, 2 resolved, overdue 1, u 1, y 2,
priority 1, ages 2/0/0/2/0).

$ rectrack summary --by issuer --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  dhs-oig,5,1,1,3,2,2,5,1,1,1,0,0,1,2,2,2500.50,10500.00,OIG-20-10#2 [CR]
  gao,4,2,0,2,1,1,2,1,0,0,2,0,0,2,0,750.25,0.00,GAO-24-101#1 [CR]
  TOTAL,9,3,1,5,3,3,7,2,1,1,2,0,1,4,2,3250.75,10500.00,OIG-20-10#2 [CR]

By report on A, in issue date order; OIG-19-99 has no recommendations and
no row.

$ rectrack summary --by report --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  OIG-20-10,2,0,1,1,0,1,2,1,1,1,0,0,0,0,2,2500.50,10500.00,OIG-20-10#2 [CR]
  OIG-23-05,2,1,0,1,1,1,2,0,0,0,0,0,0,2,0,0.00,0.00,OIG-23-05#1 [CR]
  GAO-24-101,2,1,0,1,1,1,2,1,0,0,0,0,0,2,0,750.25,0.00,GAO-24-101#1 [CR]
  OIG-25-30,1,0,0,1,1,0,1,0,0,0,0,0,1,0,0,0.00,0.00,OIG-25-30#1 [CR]
  GAO-26-200,2,1,0,1,0,0,0,0,0,0,2,0,0,0,0,0.00,0.00,GAO-26-200#1 [CR]
  TOTAL,9,3,1,5,3,3,7,2,1,1,2,0,1,4,2,3250.75,10500.00,OIG-20-10#2 [CR]

By fiscal year on B (October starts the year): FY2020 OIG-20-10 (2 open,
over 5 years), FY2023 OIG-23-05 (#1 overdue, #3 pending; 2-5 years),
FY2024 GAO-24-101 (1-2 years), FY2025 OIG-25-30#1 (unresolved, 6-12
months).

$ rectrack summary --by fy --as-of 2025-12-31 --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  FY2020,2,0,1,1,0,1,2,1,1,1,0,0,0,0,2,2500.50,10500.00,OIG-20-10#2 [CR]
  FY2023,2,1,0,1,1,1,2,0,0,0,0,0,0,2,0,0.00,0.00,OIG-23-05#1 [CR]
  FY2024,2,1,0,1,1,1,2,1,0,0,0,0,2,0,0,750.25,0.00,GAO-24-101#1 [CR]
  FY2025,1,0,1,0,0,1,0,0,0,0,0,1,0,0,0,0.00,0.00,OIG-25-30#1 [CR]
  TOTAL,7,2,2,3,2,4,6,2,1,1,0,1,2,2,2,3250.75,10500.00,OIG-20-10#2 [CR]

By topic on A: OIG-20-10 carries Port of Entry and Technology, so its two
open recommendations count under both: Detention 4 (OIG-23-05 2 +
GAO-26-200 2), Port of Entry 3 (OIG-20-10 2 + OIG-25-30 1), Technology 2,
(no topic) 2 (GAO-24-101): 11 in the rows, 9 in the total.

$ rectrack summary --by topic --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  Detention,4,2,0,2,1,1,2,0,0,0,2,0,0,2,0,0.00,0.00,OIG-23-05#1 [CR]
  Port of Entry,3,0,1,2,1,1,3,1,1,1,0,0,1,0,2,2500.50,10500.00,OIG-20-10#2 [CR]
  Technology,2,0,1,1,0,1,2,1,1,1,0,0,0,0,2,2500.50,10500.00,OIG-20-10#2 [CR]
  (no topic),2,1,0,1,1,1,2,1,0,0,0,0,0,2,0,750.25,0.00,GAO-24-101#1 [CR]
  TOTAL,9,3,1,5,3,3,7,2,1,1,2,0,1,4,2,3250.75,10500.00,OIG-20-10#2 [CR]

By status on A: the closed statuses are groups with nothing open; the
recommendations column counts every one, open or closed.
open-pending: OIG-23-05#3, GAO-24-101#2 (u, y, 2-5 years) and
GAO-26-200#1 (under 6 months); open-resolved: five, of which three
overdue.

$ rectrack summary --by status --format csv
  group,recommendations,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  open-pending,3,3,3,0,0,0,2,2,0,0,0,1,0,0,2,0,750.25,0.00,OIG-23-05#3 [CR]
  open-unresolved,1,1,0,1,0,0,1,1,0,0,0,0,0,0,0,1,0.00,500.00,OIG-20-10#3 [CR]
  open-resolved,5,5,0,0,5,3,0,4,2,1,1,1,0,1,2,1,2500.50,10000.00,OIG-20-10#2 [CR]
  closed-implemented,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0.00,0.00, [CR]
  closed-not-implemented,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0.00,0.00, [CR]
  TOTAL,12,9,3,1,5,3,3,7,2,1,1,2,0,1,4,2,3250.75,10500.00,OIG-20-10#2 [CR]

By status on C: OIG-23-05#2 was open-unresolved then, and nothing was
closed yet (OIG-25-30 did not exist).

$ rectrack summary --by status --as-of 2024-06-30 --format csv | cut -d, -f1-9
  group,recommendations,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus
  open-pending,2,2,2,0,0,0,1,1
  open-unresolved,2,2,0,2,0,0,2,2
  open-resolved,4,4,0,0,4,3,0,3
  TOTAL,8,8,2,2,4,3,3,6

By official on A, names in order, those without one last: BOP Director
(GAO-24-101#2), DHS Office of the Chief Security Officer (OIG-25-30#1),
Office of the Attorney General (GAO-24-101#1); (none) the other six.

$ rectrack summary --by official --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  BOP Director,1,1,0,0,0,1,1,0,0,0,0,0,0,1,0,750.25,0.00,GAO-24-101#2 [CR]
  DHS Office of the Chief Security Officer,1,0,0,1,1,0,1,0,0,0,0,0,1,0,0,0.00,0.00,OIG-25-30#1 [CR]
  Office of the Attorney General,1,0,0,1,1,0,1,1,0,0,0,0,0,1,0,0.00,0.00,GAO-24-101#1 [CR]
  (none),6,2,1,3,1,2,4,1,1,1,2,0,0,2,2,2500.50,10500.00,OIG-20-10#2 [CR]
  TOTAL,9,3,1,5,3,3,7,2,1,1,2,0,1,4,2,3250.75,10500.00,OIG-20-10#2 [CR]

JSON: one object with the keys of rectrack(1); money as numbers of dollars,
the last bucket without an upper limit (null), no oldest as null.

$ rectrack summary --format json
  {"as_of":"2026-11-28","by":"agency","groups":[
  {"group":"DHS","open":1,"pending":0,"unresolved":0,"resolved":1,"overdue":1,"unresolved_over_6_months":0,"open_1_year_plus":1,"priority":0,"extended":0,"extensions":0,"age_buckets":[{"label":"under 6 months","min_days":0,"max_days":182,"count":0},{"label":"6-12 months","min_days":183,"max_days":364,"count":0},{"label":"1-2 years","min_days":365,"max_days":729,"count":1},{"label":"2-5 years","min_days":730,"max_days":1825,"count":0},{"label":"over 5 years","min_days":1826,"max_days":null,"count":0}],"questioned_cost":0.00,"funds_better_use":0.00,"oldest":"OIG-25-30#1"},
  {"group":"CBP","open":2,"pending":1,"unresolved":1,"resolved":0,"overdue":0,"unresolved_over_6_months":2,"open_1_year_plus":2,"priority":0,"extended":0,"extensions":0,"age_buckets":[{"label":"under 6 months","min_days":0,"max_days":182,"count":0},{"label":"6-12 months","min_days":183,"max_days":364,"count":0},{"label":"1-2 years","min_days":365,"max_days":729,"count":0},{"label":"2-5 years","min_days":730,"max_days":1825,"count":1},{"label":"over 5 years","min_days":1826,"max_days":null,"count":1}],"questioned_cost":0.00,"funds_better_use":500.00,"oldest":"OIG-20-10#3"},
  {"group":"OFO","open":1,"pending":0,"unresolved":0,"resolved":1,"overdue":0,"unresolved_over_6_months":0,"open_1_year_plus":1,"priority":1,"extended":1,"extensions":1,"age_buckets":[{"label":"under 6 months","min_days":0,"max_days":182,"count":0},{"label":"6-12 months","min_days":183,"max_days":364,"count":0},{"label":"1-2 years","min_days":365,"max_days":729,"count":0},{"label":"2-5 years","min_days":730,"max_days":1825,"count":0},{"label":"over 5 years","min_days":1826,"max_days":null,"count":1}],"questioned_cost":2500.50,"funds_better_use":10000.00,"oldest":"OIG-20-10#2"},
  {"group":"ICE","open":1,"pending":0,"unresolved":0,"resolved":1,"overdue":1,"unresolved_over_6_months":0,"open_1_year_plus":1,"priority":0,"extended":0,"extensions":0,"age_buckets":[{"label":"under 6 months","min_days":0,"max_days":182,"count":0},{"label":"6-12 months","min_days":183,"max_days":364,"count":0},{"label":"1-2 years","min_days":365,"max_days":729,"count":0},{"label":"2-5 years","min_days":730,"max_days":1825,"count":1},{"label":"over 5 years","min_days":1826,"max_days":null,"count":0}],"questioned_cost":0.00,"funds_better_use":0.00,"oldest":"OIG-23-05#1"},
  {"group":"DOJ","open":1,"pending":0,"unresolved":0,"resolved":1,"overdue":1,"unresolved_over_6_months":0,"open_1_year_plus":1,"priority":1,"extended":0,"extensions":0,"age_buckets":[{"label":"under 6 months","min_days":0,"max_days":182,"count":0},{"label":"6-12 months","min_days":183,"max_days":364,"count":0},{"label":"1-2 years","min_days":365,"max_days":729,"count":0},{"label":"2-5 years","min_days":730,"max_days":1825,"count":1},{"label":"over 5 years","min_days":1826,"max_days":null,"count":0}],"questioned_cost":0.00,"funds_better_use":0.00,"oldest":"GAO-24-101#1"},
  {"group":"BOP","open":3,"pending":2,"unresolved":0,"resolved":1,"overdue":0,"unresolved_over_6_months":1,"open_1_year_plus":1,"priority":0,"extended":0,"extensions":0,"age_buckets":[{"label":"under 6 months","min_days":0,"max_days":182,"count":2},{"label":"6-12 months","min_days":183,"max_days":364,"count":0},{"label":"1-2 years","min_days":365,"max_days":729,"count":0},{"label":"2-5 years","min_days":730,"max_days":1825,"count":1},{"label":"over 5 years","min_days":1826,"max_days":null,"count":0}],"questioned_cost":750.25,"funds_better_use":0.00,"oldest":"GAO-24-101#2"}
  ],"total":{"group":"TOTAL","open":9,"pending":3,"unresolved":1,"resolved":5,"overdue":3,"unresolved_over_6_months":3,"open_1_year_plus":7,"priority":2,"extended":1,"extensions":1,"age_buckets":[{"label":"under 6 months","min_days":0,"max_days":182,"count":2},{"label":"6-12 months","min_days":183,"max_days":364,"count":0},{"label":"1-2 years","min_days":365,"max_days":729,"count":1},{"label":"2-5 years","min_days":730,"max_days":1825,"count":4},{"label":"over 5 years","min_days":1826,"max_days":null,"count":2}],"questioned_cost":3250.75,"funds_better_use":10500.00,"oldest":"OIG-20-10#2"}}
$ rectrack summary --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(list(d)); print(list(d["groups"][0])); print(list(d["total"]["age_buckets"][0])); print(d["total"]["questioned_cost"], d["by"])'
  ['as_of', 'by', 'groups', 'total']
  ['group', 'open', 'pending', 'unresolved', 'resolved', 'overdue', 'unresolved_over_6_months', 'open_1_year_plus', 'priority', 'extended', 'extensions', 'age_buckets', 'questioned_cost', 'funds_better_use', 'oldest']
  ['label', 'min_days', 'max_days', 'count']
  3250.75 agency
$ rectrack summary --by topic --rollup 2>/dev/null; rectrack summary --as-of 2019-12-31 --by report --format json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["as_of"], d["groups"], d["total"]["open"], d["total"]["oldest"])'
  2019-12-31 [] 0 None
! rectrack: summary: no recommendations match
$ rectrack summary --rollup --as-of 2024-06-30 --format json | python3 -c 'import json, sys; [print(g["group"], g["open"], g["overdue"]) for g in json.load(sys.stdin)["groups"]]'
  CBP 2 1
  OFO 1 1
  CBP subtotal 3 2
  ICE 3 1
  DHS subtotal 6 3
  DOJ 1 0
  BOP 1 0
  DOJ subtotal 2 0

Markdown: a heading with the key and the day, one table, the total in
bold, a note on what is counted.

$ rectrack summary --format md --as-of 2025-12-31
  ## Open-item summary by agency as of 2025-12-31
  
  | Agency | Open | Pending | Unresolved | Resolved | Overdue | Unresolved over 6 months | Open 1 year or more | Priority | Extended | Extensions | under 6 months | 6-12 months | 1-2 years | 2-5 years | over 5 years | Questioned costs | Funds put to better use | Oldest open |
  |:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|:--|
  | DHS | 1 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | $0.00 | $0.00 | OIG-25-30#1 |
  | CBP | 2 | 1 | 1 | 0 | 0 | 2 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | $0.00 | $500.00 | OIG-20-10#3 |
  | OFO | 1 | 0 | 0 | 1 | 0 | 0 | 1 | 1 | 1 | 1 | 0 | 0 | 0 | 0 | 1 | $2,500.50 | $10,000.00 | OIG-20-10#2 |
  | ICE | 1 | 0 | 0 | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | $0.00 | $0.00 | OIG-23-05#1 |
  | DOJ | 1 | 0 | 0 | 1 | 1 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | $0.00 | $0.00 | GAO-24-101#1 |
  | BOP | 1 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | $750.25 | $0.00 | GAO-24-101#2 |
  | **TOTAL** | 7 | 2 | 2 | 3 | 2 | 4 | 6 | 2 | 1 | 1 | 0 | 1 | 2 | 2 | 2 | $3,250.75 | $10,500.00 | OIG-20-10#2 |
  
  Counts are of open recommendations; amounts are sums over them.

With --rollup the agencies are indented with no-break spaces and the
subtotals are in italics; by topic the note says how topics count.
Open-pending only, on A: CBP 1 (OIG-23-05#3: u, y, 2-5 years); BOP 2
(GAO-24-101#2: u, y, 2-5 years, q 750.25; GAO-26-200#1: under 6 months).

$ rectrack summary --format md --rollup --status open-pending | sed -n '5,12p'
  |   CBP | 1 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | $0.00 | $0.00 | OIG-23-05#3 |
  | *DHS subtotal* | 1 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | $0.00 | $0.00 | OIG-23-05#3 |
  |   BOP | 2 | 2 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | $750.25 | $0.00 | GAO-24-101#2 |
  | *DOJ subtotal* | 2 | 2 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | $750.25 | $0.00 | GAO-24-101#2 |
  | **TOTAL** | 3 | 3 | 0 | 0 | 0 | 2 | 2 | 0 | 0 | 0 | 1 | 0 | 0 | 2 | 0 | $750.25 | $0.00 | OIG-23-05#3 |
  
  Counts are of open recommendations; amounts are sums over them.
  A subtotal counts a parent agency and every agency below it.
$ rectrack summary --format md --by fy --as-of 2021-06-30 | sed -n '1p;5,6p'
  ## Open-item summary by fiscal year as of 2021-06-30
  | FY2020 | 3 | 0 | 1 | 2 | 2 | 1 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | 0 | 0 | $3,500.50 | $10,500.00 | OIG-20-10#1 |
  | **TOTAL** | 3 | 0 | 1 | 2 | 2 | 1 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | 0 | 0 | $3,500.50 | $10,500.00 | OIG-20-10#1 |
$ rectrack summary --format md --by topic | tail -2
  Counts are of open recommendations; amounts are sums over them.
  A recommendation of a report with several topics counts under each; the total counts it once.

Filters select the recommendations counted; --as-of applies them to the
state on that day.  DHS with its sub-agencies on C (DHS subtotal above);
Detention on B: OIG-23-05 only (#1 overdue, #3 pending);
overdue on C: OIG-20-10#1, #2, OIG-23-05#1; GAO only.

$ rectrack summary --agency DHS --as-of 2024-06-30 --format csv | tail -1
  TOTAL,6,1,2,3,3,3,6,1,0,0,0,0,3,3,0,3500.50,10500.00,OIG-20-10#1 [CR]
$ rectrack summary --topic detention --as-of 2025-12-31 --format csv | sed 1d
  CBP,1,1,0,0,0,1,1,0,0,0,0,0,0,1,0,0.00,0.00,OIG-23-05#3 [CR]
  ICE,1,0,0,1,1,0,1,0,0,0,0,0,0,1,0,0.00,0.00,OIG-23-05#1 [CR]
  TOTAL,2,1,0,1,1,1,2,0,0,0,0,0,0,2,0,0.00,0.00,OIG-23-05#1 [CR]
$ rectrack summary --overdue --as-of 2024-06-30 --by report --format csv | cut -d, -f1-6
  group,open,pending,unresolved,resolved,overdue
  OIG-20-10,2,0,0,2,2
  OIG-23-05,1,0,0,1,1
  TOTAL,3,0,0,3,3
$ rectrack summary --issuer gao --priority --format csv | cut -d, -f1-2,6,9
  group,open,overdue,priority
  DOJ,1,1,1
  TOTAL,1,1,1
$ rectrack summary --status closed --by report --format csv | cut -d, -f1-2
  group,open
  OIG-20-10,0
  OIG-23-05,0
  OIG-25-30,0
  TOTAL,0
$ rectrack summary --fy FY2026 --concurrence concur --format csv | cut -d, -f1-5
  group,open,pending,unresolved,resolved
  BOP,1,0,0,1
  TOTAL,1,0,0,1
$ rectrack summary --issued-from 2022-01-01 --issued-to 2024-12-31 --by report --as-of 2024-06-30 --format csv | cut -d, -f1-2
  group,open
  OIG-23-05,3
  GAO-24-101,2
  TOTAL,5
$ rectrack summary --report OIG-19-99 --format csv | sed 1d
  TOTAL,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0.00,0.00, [CR]
! rectrack: summary: no recommendations match

The configuration's thresholds: buckets of 90, 180, 365 and 1095 days
(labels in days where the limits are no whole months or years) and
unresolved after 90 days.  On A the open ages are 2448 (2), 1474 (2),
1053 (2), 544, 150 (2): 0 under 90 days, 2 of 90-179, 0 of 180-364, 3
of 1-3 years (1053, 1053, 544), 4 over 3 years; unresolved over 90
days: OIG-20-10#3, OIG-23-05#3, GAO-24-101#2 and GAO-26-200#1 (150).

$ printf 'aging_buckets_days: [90, 180, 365, 1095]\nresolution_deadline_days: 90\n' > rectrack.yaml
$ rectrack summary --format csv | sed -n '1p;$p'
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 90 days,90-179 days,180-364 days,1-3 years,over 3 years,questioned_cost,funds_better_use,oldest [CR]
  TOTAL,9,3,1,5,3,4,7,2,1,1,0,2,0,3,4,3250.75,10500.00,OIG-20-10#2 [CR]
$ rectrack summary --format json | python3 -c 'import json, sys; [print(b) for b in json.load(sys.stdin)["total"]["age_buckets"]]'
  {'label': 'under 90 days', 'min_days': 0, 'max_days': 89, 'count': 0}
  {'label': '90-179 days', 'min_days': 90, 'max_days': 179, 'count': 2}
  {'label': '180-364 days', 'min_days': 180, 'max_days': 364, 'count': 0}
  {'label': '1-3 years', 'min_days': 365, 'max_days': 1094, 'count': 3}
  {'label': 'over 3 years', 'min_days': 1095, 'max_days': None, 'count': 4}
$ rm rectrack.yaml

What does not exist is an error, not an empty summary (exit 1).

$ rectrack summary --agency NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack summary --issuer nope
! rectrack: nope: no such issuer (add it with 'rectrack issuer add')
[1]
$ rectrack summary --report OIG-99-99
! rectrack: OIG-99-99: no such report
[1]
$ rectrack summary --topic "Port of Entri"
! rectrack: "Port of Entri": no such topic (no report is tagged with it)
[1]
$ rectrack --db nowhere.db summary
! rectrack: nowhere.db: no database here (named by --db; create one with 'rectrack init')
[1]

Values that do not parse (exit 1).

$ rectrack summary --status opne
! rectrack: --status: unknown value "opne" (expected open, closed or one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ rectrack summary --concurrence agree
! rectrack: --concurrence: unknown value "agree" (expected one of pending, concur, partial, non-concur, no-position)
[1]
$ rectrack summary --fy 20x6
! rectrack: --fy: "20x6" is not a fiscal year (expected a year such as 2021 or FY2021)
[1]
$ rectrack summary --fy 0
! rectrack: --fy: "0" is not a fiscal year (expected a year such as 2021 or FY2021)
[1]
$ rectrack summary --issued-from 2024-02-30
! rectrack: --issued-from: "2024-02-30" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack summary --issued-to yesterday
! rectrack: --issued-to: "yesterday" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack summary --issued-from 2025-01-01 --issued-to 2024-12-31
! rectrack: --issued-from 2025-01-01 is after --issued-to 2024-12-31: no report can match
[1]
$ rectrack summary --as-of 2026-11-29
! rectrack: --as-of: 2026-11-29 is after today (2026-11-28): the history cannot tell yet
[1]
$ rectrack summary --as-of 2025-13-01
! rectrack: --as-of: "2025-13-01" is not a date (expected YYYY-MM-DD, a day that exists)
[1]

Command line mistakes (exit 2, with the usage).

$ rectrack summary --by agencies
! rectrack: summary: --by: unknown key "agencies" (expected agency, issuer, report, fy, topic, status, official)
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
$ rectrack summary --by issuer --rollup 2>&1 | head -1
  rectrack: summary: --rollup goes with --by agency (it adds the subtotals of parent agencies)
$ rectrack summary --by topic --rollup >/dev/null 2>&1; echo "exit $?"
  exit 2
$ rectrack summary --by agency --by issuer 2>&1 | head -1
  rectrack: summary: --by given twice
$ rectrack summary --agency CBP --agency ICE 2>&1 | head -1
  rectrack: summary: --agency given twice
$ rectrack summary --as-of 2025-01-01 --as-of 2024-01-01 2>&1 | head -1
  rectrack: summary: --as-of given twice
$ rectrack summary --format yaml 2>&1 | head -1
  rectrack: summary: --format: unknown format "yaml" (expected table, csv, json, md or xlsx)
$ rectrack summary --format html >/dev/null 2>&1; echo "exit $?"
  exit 2
$ rectrack summary CBP 2>&1 | head -1
  rectrack: summary: unexpected argument CBP
$ rectrack summary --by 2>&1 | head -1
  rectrack: summary: --by needs a value
$ rectrack summary --rollup=yes 2>&1 | head -1
  rectrack: summary: --rollup takes no value
$ rectrack summary --sort open 2>&1 | head -1
  rectrack: summary: --sort goes with list, outstanding and export: a summary's rows follow --by
$ rectrack summary --help | head -1
  usage: rectrack summary [--by agency|issuer|report|fy|topic|status|official]
$ rectrack help summary | tail -1
  'rectrack help' lists the commands; 'man rectrack' tells all.
$ rectrack help summary > a; rectrack summary -h > b; cmp a b && echo "help = -h"; rm a b
  help = -h
