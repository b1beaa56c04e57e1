Queues: who owes what by when.  list, summary, outstanding and export
share the filters --official CODE, --due-within DAYS, --unresolved-over
DAYS and --no-target (with --overdue), counted from the day considered
(today, or --as-of); list, outstanding and export take --sort.  Today is
2026-11-28.

$ rectrack init >/dev/null
$ rectrack issuer add oig --name "Office of Inspector General" --kind oig >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" --parent DHS >/dev/null
$ rectrack agency add DOJ --name "Department of Justice" >/dev/null

R-OLD was issued 184 days ago, R-EDGE 183 days ago, R-NEW on 1 October.

$ rectrack report add R-OLD --issuer oig --title "Old" --issued 2026-05-28 --agency CBP >/dev/null
$ rectrack report add R-EDGE --issuer oig --title "Edge" --issued 2026-05-29 --agency DOJ >/dev/null
$ rectrack report add R-NEW --issuer oig --title "New" --issued 2026-10-01 --agency DHS >/dev/null
$ for o in ops cfo; do rectrack official add $o --name "$o" >/dev/null; done
$ rectrack rec add R-OLD --text "Undecided for 184 days." --status open-unresolved --official ops >/dev/null
$ rectrack rec add R-OLD --text "Pending for 184 days then due." --status open-resolved --target 2026-12-10 --official cfo >/dev/null
$ rectrack rec add R-EDGE --text "Pending for 183 days." --official cfo >/dev/null
$ rectrack rec add R-NEW --text "Due today." --status open-resolved --target 2026-11-28 --official ops >/dev/null
$ rectrack rec add R-NEW --text "Due in 30 days." --status open-resolved --target 2026-11-10 --official cfo >/dev/null
$ rectrack target R-NEW#2 2026-12-28 --date 2026-11-20 --note "moved" >/dev/null
$ rectrack rec add R-NEW --text "Due in 31 days." --status open-resolved --target 2026-12-29 >/dev/null
$ rectrack rec add R-NEW --text "Overdue by a day." --status open-resolved --target 2026-11-27 --official ops --agency DOJ >/dev/null
$ rectrack rec add R-NEW --text "Closed with a target." --status open-resolved --target 2026-12-01 --official ops >/dev/null
$ rectrack status R-NEW#5 closed-implemented --date 2026-11-10 >/dev/null
$ rectrack rec set R-NEW#1 questioned_cost=1000 funds_better_use=500 >/dev/null
$ rectrack rec set R-NEW#2 funds_better_use=5000 >/dev/null
$ rectrack rec set R-OLD#1 questioned_cost=1200 >/dev/null

$ rectrack list
  ID        STATUS              TARGET      OVERDUE  TEXT
  R-OLD#1   open-unresolved                          Undecided for 184 days.
  R-OLD#2   open-resolved       2026-12-10           Pending for 184 days then due.
  R-EDGE#1  open-pending                             Pending for 183 days.
  R-NEW#1   open-resolved       2026-11-28           Due today.
  R-NEW#2   open-resolved       2026-12-28           Due in 30 days.
  R-NEW#3   open-resolved       2026-12-29           Due in 31 days.
  R-NEW#4   open-resolved       2026-11-27  overdue  Overdue by a day.
  R-NEW#5   closed-implemented  2026-12-01           Closed with a target.
$ rectrack list --format csv | cut -d, -f1,7,11,12
  id,official,status,target_date
  R-OLD#1,ops,open-unresolved,
  R-OLD#2,cfo,open-resolved,2026-12-10
  R-EDGE#1,cfo,open-pending,
  R-NEW#1,ops,open-resolved,2026-11-28
  R-NEW#2,cfo,open-resolved,2026-12-28
  R-NEW#3,,open-resolved,2026-12-29
  R-NEW#4,ops,open-resolved,2026-11-27
  R-NEW#5,ops,closed-implemented,2026-12-01

--official: the recommendations whose official is that code.

$ rectrack list --official ops | cut -d' ' -f1
  ID
  R-OLD#1
  R-NEW#1
  R-NEW#4
  R-NEW#5
$ rectrack list --official cfo | cut -d' ' -f1
  ID
  R-OLD#2
  R-EDGE#1
  R-NEW#2
$ rectrack list --official nobody
! rectrack: nobody: no such official (add it with 'rectrack official add')
[1]
$ rectrack list --official ops --official cfo
  ID        STATUS              TARGET      OVERDUE  TEXT
  R-OLD#1   open-unresolved                          Undecided for 184 days.
  R-OLD#2   open-resolved       2026-12-10           Pending for 184 days then due.
  R-EDGE#1  open-pending                             Pending for 183 days.
  R-NEW#1   open-resolved       2026-11-28           Due today.
  R-NEW#2   open-resolved       2026-12-28           Due in 30 days.
  R-NEW#4   open-resolved       2026-11-27  overdue  Overdue by a day.
  R-NEW#5   closed-implemented  2026-12-01           Closed with a target.
$ rectrack list --official ''
! rectrack: list: --official needs a value
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

--due-within DAYS: open, target date from the day to DAYS days ahead,
both included: today and today + 30 are in, today + 31 is out; overdue
and closed ones are not.

$ rectrack list --due-within 30 | cut -d' ' -f1
  ID
  R-OLD#2
  R-NEW#1
  R-NEW#2
$ rectrack list --due-within 31 | cut -d' ' -f1
  ID
  R-OLD#2
  R-NEW#1
  R-NEW#2
  R-NEW#3
$ rectrack list --due-within 1 | cut -d' ' -f1
  ID
  R-NEW#1
$ rectrack list --due-within 3650 | cut -d' ' -f1
  ID
  R-OLD#2
  R-NEW#1
  R-NEW#2
  R-NEW#3
$ rectrack list --due-within 30 --official cfo | cut -d' ' -f1
  ID
  R-OLD#2
  R-NEW#2

--unresolved-over DAYS: open-unresolved or open-pending, more than DAYS
days since the report was issued (184 > 183, 183 is not).

$ rectrack list --unresolved-over 183 | cut -d' ' -f1
  ID
  R-OLD#1
$ rectrack list --unresolved-over 182 | cut -d' ' -f1
  ID
  R-OLD#1
  R-EDGE#1
$ rectrack list --unresolved-over 184 | cut -d' ' -f1
! rectrack: list: no recommendations match

--no-target: open, no target date; --overdue is kept.

$ rectrack list --no-target | cut -d' ' -f1
  ID
  R-OLD#1
  R-EDGE#1
$ rectrack list --overdue | cut -d' ' -f1
  ID
  R-NEW#4
$ rectrack list --no-target --official ops | cut -d' ' -f1
  ID
  R-OLD#1
$ rectrack list --no-target --due-within 30
! rectrack: list: no recommendations match

--as-of: the day considered.  On 5 November R-NEW#2 had its first
target (10 November), within 5 days; R-OLD#1 was 161 days old; R-NEW#1 is
due in 23 days.  On 9 November R-NEW#5, closed on the 10th, was still
open and due.  --as-known (read from the history) gives what the store
selects.

$ rectrack list --as-of 2026-11-05 --due-within 5 | cut -d' ' -f1
  ID
  R-NEW#2
$ rectrack list --as-of 2026-11-05 --due-within 23 | cut -d' ' -f1
  ID
  R-NEW#1
  R-NEW#2
  R-NEW#4
$ rectrack list --as-of 2026-11-05 --unresolved-over 160 | cut -d' ' -f1
  ID
  R-OLD#1
$ rectrack list --as-of 2026-11-05 --unresolved-over 161 | cut -d' ' -f1
! rectrack: list: no recommendations match
$ rectrack list --as-of 2026-11-05 --official cfo --no-target | cut -d' ' -f1
  ID
  R-EDGE#1
$ rectrack list --as-of 2026-11-09 --due-within 30 | cut -d' ' -f1
  ID
  R-NEW#1
  R-NEW#2
  R-NEW#4
  R-NEW#5
$ rectrack list --as-known 2026-11-28 --due-within 30 | cut -d' ' -f1
  ID
  R-OLD#2
  R-NEW#1
  R-NEW#2

--sort FIELD[,FIELD...]: target (earliest first, none last), age
(oldest report first), agency (code A to Z), official (A to Z, none last),
amount (questioned cost plus funds put to better use, largest first); a
"-" before a field reverses it (missing values stay last).  Ties keep the
listing order.

$ rectrack list --sort target --status open | cut -d' ' -f1
  ID
  R-NEW#4
  R-NEW#1
  R-OLD#2
  R-NEW#2
  R-NEW#3
  R-OLD#1
  R-EDGE#1
$ rectrack list --sort -target --status open | cut -d' ' -f1
  ID
  R-NEW#3
  R-NEW#2
  R-OLD#2
  R-NEW#1
  R-NEW#4
  R-OLD#1
  R-EDGE#1
$ rectrack list --sort age | cut -d' ' -f1
  ID
  R-OLD#1
  R-OLD#2
  R-EDGE#1
  R-NEW#1
  R-NEW#2
  R-NEW#3
  R-NEW#4
  R-NEW#5
$ rectrack list --sort -age | cut -d' ' -f1
  ID
  R-NEW#1
  R-NEW#2
  R-NEW#3
  R-NEW#4
  R-NEW#5
  R-EDGE#1
  R-OLD#1
  R-OLD#2
$ rectrack list --sort agency,target | cut -d' ' -f1
  ID
  R-OLD#2
  R-OLD#1
  R-NEW#1
  R-NEW#5
  R-NEW#2
  R-NEW#3
  R-NEW#4
  R-EDGE#1
$ rectrack list --sort official,-target --format csv | cut -d, -f1,7,12
  id,official,target_date
  R-NEW#2,cfo,2026-12-28
  R-OLD#2,cfo,2026-12-10
  R-EDGE#1,cfo,
  R-NEW#5,ops,2026-12-01
  R-NEW#1,ops,2026-11-28
  R-NEW#4,ops,2026-11-27
  R-OLD#1,ops,
  R-NEW#3,,2026-12-29
$ rectrack list --sort amount --format csv | cut -d, -f1,21,23
  id,questioned_cost,funds_better_use
  R-NEW#2,,5000.00
  R-NEW#1,1000.00,500.00
  R-OLD#1,1200.00,
  R-OLD#2,,
  R-EDGE#1,,
  R-NEW#3,,
  R-NEW#4,,
  R-NEW#5,,
$ rectrack list --sort -amount,age --format csv | cut -d, -f1,21,23
  id,questioned_cost,funds_better_use
  R-OLD#2,,
  R-EDGE#1,,
  R-NEW#3,,
  R-NEW#4,,
  R-NEW#5,,
  R-OLD#1,1200.00,
  R-NEW#1,1000.00,500.00
  R-NEW#2,,5000.00
$ rectrack list --sort target --as-of 2026-11-05 --due-within 30 | cut -d' ' -f1
  ID
  R-NEW#2
  R-NEW#4
  R-NEW#1
  R-NEW#5

The same filters on summary, outstanding and export.

$ rectrack summary --due-within 30
  AGENCY  OPEN  PENDING  UNRESOLVED  RESOLVED  OVERDUE  UNRESOLVED 6M+  OPEN 1Y+  PRIORITY  EXTENDED  EXTENSIONS  UNDER 6 MONTHS  6-12 MONTHS  1-2 YEARS  2-5 YEARS  OVER 5 YEARS  QUESTIONED  BETTER USE  OLDEST
  DHS        2        0           0         2        0               0         0         0         1           1               2            0          0          0             0   $1,000.00   $5,500.00  R-NEW#1
  CBP        1        0           0         1        0               0         0         0         0           0               0            1          0          0             0       $0.00       $0.00  R-OLD#2
  TOTAL      3        0           0         3        0               0         0         0         1           1               2            1          0          0             0   $1,000.00   $5,500.00  R-OLD#2
$ rectrack summary --by official --unresolved-over 183
  OFFICIAL  OPEN  PENDING  UNRESOLVED  RESOLVED  OVERDUE  UNRESOLVED 6M+  OPEN 1Y+  PRIORITY  EXTENDED  EXTENSIONS  UNDER 6 MONTHS  6-12 MONTHS  1-2 YEARS  2-5 YEARS  OVER 5 YEARS  QUESTIONED  BETTER USE  OLDEST
  ops          1        0           1         0        0               1         0         0         0           0               0            1          0          0             0   $1,200.00       $0.00  R-OLD#1
  TOTAL        1        0           1         0        0               1         0         0         0           0               0            1          0          0             0   $1,200.00       $0.00  R-OLD#1
$ rectrack summary --official ops --no-target
  AGENCY  OPEN  PENDING  UNRESOLVED  RESOLVED  OVERDUE  UNRESOLVED 6M+  OPEN 1Y+  PRIORITY  EXTENDED  EXTENSIONS  UNDER 6 MONTHS  6-12 MONTHS  1-2 YEARS  2-5 YEARS  OVER 5 YEARS  QUESTIONED  BETTER USE  OLDEST
  CBP        1        0           1         0        0               1         0         0         0           0               0            1          0          0             0   $1,200.00       $0.00  R-OLD#1
  TOTAL      1        0           1         0        0               1         0         0         0           0               0            1          0          0             0   $1,200.00       $0.00  R-OLD#1
$ rectrack outstanding --official ops --format csv | cut -d, -f1,5,10
  agency,id,target_date
  DHS,R-NEW#1,2026-11-28
  CBP,R-OLD#1,
  DOJ,R-NEW#4,2026-11-27
$ rectrack outstanding --due-within 30 --format csv | cut -d, -f1,5,10
  agency,id,target_date
  DHS,R-NEW#1,2026-11-28
  DHS,R-NEW#2,2026-12-28
  CBP,R-OLD#2,2026-12-10
$ rectrack outstanding --sort -target --format csv | cut -d, -f1,5,10
  agency,id,target_date
  DHS,R-NEW#3,2026-12-29
  DHS,R-NEW#2,2026-12-28
  DHS,R-NEW#1,2026-11-28
  CBP,R-OLD#2,2026-12-10
  CBP,R-OLD#1,
  DOJ,R-NEW#4,2026-11-27
  DOJ,R-EDGE#1,
$ rectrack outstanding --unresolved-over 183 --no-target --format csv | cut -d, -f1,5,10
  agency,id,target_date
  CBP,R-OLD#1,
$ rectrack export --format csv --due-within 30 --sort -target | cut -d, -f1,12
  id,target_date
  R-NEW#2,2026-12-28
  R-OLD#2,2026-12-10
  R-NEW#1,2026-11-28
$ rectrack export --format csv --official cfo --as-of 2026-11-05 | cut -d, -f1,12
  id,target_date
  R-OLD#2,2026-12-10
  R-EDGE#1,
  R-NEW#2,2026-11-10
$ rectrack export --unresolved-over 183 | grep -c 'number:'
  2
$ rectrack export --format json --no-target --official ops | grep -c '"text"'
  1

Refused values: one line, exit 1 (a number of days is 1 to 3650).

$ rectrack list --due-within 0
! rectrack: --due-within: "0" is not a number of days (1 to 3650)
[1]
$ rectrack list --due-within -1
! rectrack: --due-within: "-1" is not a number of days (1 to 3650)
[1]
$ rectrack list --due-within x
! rectrack: --due-within: "x" is not a number of days (1 to 3650)
[1]
$ rectrack list --due-within 1.5
! rectrack: --due-within: "1.5" is not a number of days (1 to 3650)
[1]
$ rectrack list --due-within ''
! rectrack: list: --due-within needs a value
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
$ rectrack list --due-within 3651
! rectrack: --due-within: "3651" is not a number of days (1 to 3650)
[1]
$ rectrack list --due-within ' 7'
! rectrack: --due-within: " 7" is not a number of days (1 to 3650)
[1]
$ rectrack summary --unresolved-over 0
! rectrack: --unresolved-over: "0" is not a number of days (1 to 3650)
[1]
$ rectrack outstanding --unresolved-over x
! rectrack: --unresolved-over: "x" is not a number of days (1 to 3650)
[1]
$ rectrack export --due-within 99999
! rectrack: --due-within: "99999" is not a number of days (1 to 3650)
[1]
$ rectrack list --due-within 3 --due-within 4
! rectrack: list: --due-within given twice
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

--sort: an unknown field or one named twice is a usage error (exit 2);
summary has no rows of recommendations to order; export orders its CSV
only.

$ rectrack list --sort x
! rectrack: --sort: "x" is not a sort field (target, age, agency, official, amount)
[2]
$ rectrack list --sort target,
! rectrack: --sort: "" is not a sort field (target, age, agency, official, amount)
[2]
$ rectrack outstanding --sort age,-age
! rectrack: --sort: age given twice
[2]
$ rectrack export --format csv --sort TARGET
! rectrack: --sort: "TARGET" is not a sort field (target, age, agency, official, amount)
[2]
$ rectrack list --sort target --sort age
! rectrack: list: --sort given twice
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
$ rectrack summary --sort target 2>&1 | head -1
  rectrack: summary: --sort goes with list, outstanding and export: a summary's rows follow --by
$ rectrack export --sort target 2>&1 | head -1
  rectrack: export: --sort goes with --format csv or xlsx: the YAML, JSON and OSCAL documents list recommendations under their reports
$ rectrack export --format json --sort target 2>&1 | head -1
  rectrack: export: --sort goes with --format csv or xlsx: the YAML, JSON and OSCAL documents list recommendations under their reports
$ rectrack export --format gao-csv --due-within 30 2>&1 | head -1
  rectrack: export: --format gao-csv takes no filter: it writes every recommendation of issuer gao
