due: the liaison's working queue, in three groups each sorted by date:
overdue (open, target date before the day; oldest target first, with the
days overdue), due within N days (target from the day to day + N;
soonest first, with the days left), and awaiting a decision over six
months (open-unresolved or open-pending, more than 183 days since the
report was issued; oldest first, with the age).  A recommendation is in
the first group that applies only.  Today is 2026-11-28.

$ rectrack init >/dev/null
$ rectrack issuer add oig --name "Office of Inspector General" --kind oig >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add DOJ --name "Department of Justice" >/dev/null

An empty register: every group says so; CSV has its header, JSON [].

$ rectrack due
  Working queue as of 2026-11-28
  
  Overdue: none
  
  Due within 30 days: none
  
  Awaiting a decision over six months: none
! rectrack: due: nothing due
$ rectrack due --format csv
  group,id,agency,official,target_date,issued,days,status,text [CR]
! rectrack: due: nothing due
$ rectrack due --format json
  []
! rectrack: due: nothing due

$ rectrack report add R-OLD --issuer oig --title "Old" --issued 2026-05-28 --agency DHS >/dev/null
$ rectrack report add R-EDGE --issuer oig --title "Edge" --issued 2026-05-29 --agency DOJ >/dev/null
$ rectrack report add R-NEW --issuer oig --title "New" --issued 2026-10-01 --agency DHS >/dev/null
$ for o in ops cfo; do rectrack official add $o --name "$o" >/dev/null; done
$ rectrack rec add R-OLD --text "Undecided for 184 days." --status open-unresolved --official ops >/dev/null
$ rectrack rec add R-OLD --text "Pending for 184 days." --official cfo >/dev/null
$ rectrack rec add R-OLD --text "Undecided for 184 days but due on the 10th." --status open-unresolved --target 2026-12-10 --official ops >/dev/null
$ rectrack rec add R-EDGE --text "Pending for 183 days." --official cfo >/dev/null
$ rectrack rec add R-NEW --text "Due today." --status open-resolved --target 2026-11-28 --official ops >/dev/null
$ rectrack rec add R-NEW --text "Due in 30 days." --status open-resolved --target 2026-12-28 --official cfo >/dev/null
$ rectrack rec add R-NEW --text "Due in 31 days." --status open-resolved --target 2026-12-29 >/dev/null
$ rectrack rec add R-NEW --text "Overdue by a day." --status open-resolved --target 2026-11-27 --official ops --agency DOJ >/dev/null
$ rectrack rec add R-NEW --text "Overdue by ten days." --status open-resolved --target 2026-11-18 >/dev/null
$ rectrack rec add R-NEW --text "Closed." --status open-resolved --target 2026-11-01 >/dev/null
$ rectrack status R-NEW#6 closed-implemented --date 2026-11-20 >/dev/null

$ rectrack due
  Working queue as of 2026-11-28
  
  Overdue (2)
  ID       AGENCY  OFFICIAL  TARGET      DAYS  TEXT
  R-NEW#5  DHS               2026-11-18    10  Overdue by ten days.
  R-NEW#4  DOJ     ops       2026-11-27     1  Overdue by a day.
  
  Due within 30 days (3)
  ID       AGENCY  OFFICIAL  TARGET      DAYS  TEXT
  R-NEW#1  DHS     ops       2026-11-28     0  Due today.
  R-OLD#3  DHS     ops       2026-12-10    12  Undecided for 184 days but due on the 10th.
  R-NEW#2  DHS     cfo       2026-12-28    30  Due in 30 days.
  
  Awaiting a decision over six months (2)
  ID       AGENCY  OFFICIAL  ISSUED      DAYS  TEXT
  R-OLD#1  DHS     ops       2026-05-28   184  Undecided for 184 days.
  R-OLD#2  DHS     cfo       2026-05-28   184  Pending for 184 days.
$ rectrack due --format csv
  group,id,agency,official,target_date,issued,days,status,text [CR]
  overdue,R-NEW#5,DHS,,2026-11-18,2026-10-01,10,open-resolved,Overdue by ten days. [CR]
  overdue,R-NEW#4,DOJ,ops,2026-11-27,2026-10-01,1,open-resolved,Overdue by a day. [CR]
  due-soon,R-NEW#1,DHS,ops,2026-11-28,2026-10-01,0,open-resolved,Due today. [CR]
  due-soon,R-OLD#3,DHS,ops,2026-12-10,2026-05-28,12,open-unresolved,Undecided for 184 days but due on the 10th. [CR]
  due-soon,R-NEW#2,DHS,cfo,2026-12-28,2026-10-01,30,open-resolved,Due in 30 days. [CR]
  awaiting-decision,R-OLD#1,DHS,ops,,2026-05-28,184,open-unresolved,Undecided for 184 days. [CR]
  awaiting-decision,R-OLD#2,DHS,cfo,,2026-05-28,184,open-pending,Pending for 184 days. [CR]
$ rectrack due --format json
  [
  {"group":"overdue","id":"R-NEW#5","agency":"DHS","official":null,"target_date":"2026-11-18","issued":"2026-10-01","days":10,"status":"open-resolved","text":"Overdue by ten days."},
  {"group":"overdue","id":"R-NEW#4","agency":"DOJ","official":"ops","target_date":"2026-11-27","issued":"2026-10-01","days":1,"status":"open-resolved","text":"Overdue by a day."},
  {"group":"due-soon","id":"R-NEW#1","agency":"DHS","official":"ops","target_date":"2026-11-28","issued":"2026-10-01","days":0,"status":"open-resolved","text":"Due today."},
  {"group":"due-soon","id":"R-OLD#3","agency":"DHS","official":"ops","target_date":"2026-12-10","issued":"2026-05-28","days":12,"status":"open-unresolved","text":"Undecided for 184 days but due on the 10th."},
  {"group":"due-soon","id":"R-NEW#2","agency":"DHS","official":"cfo","target_date":"2026-12-28","issued":"2026-10-01","days":30,"status":"open-resolved","text":"Due in 30 days."},
  {"group":"awaiting-decision","id":"R-OLD#1","agency":"DHS","official":"ops","target_date":null,"issued":"2026-05-28","days":184,"status":"open-unresolved","text":"Undecided for 184 days."},
  {"group":"awaiting-decision","id":"R-OLD#2","agency":"DHS","official":"cfo","target_date":null,"issued":"2026-05-28","days":184,"status":"open-pending","text":"Pending for 184 days."}
  ]

--within DAYS (30 by default): today + DAYS is in, the day after is not.

$ rectrack due --within 31 --format csv | cut -d, -f1,2,7
  group,id,days
  overdue,R-NEW#5,10
  overdue,R-NEW#4,1
  due-soon,R-NEW#1,0
  due-soon,R-OLD#3,12
  due-soon,R-NEW#2,30
  due-soon,R-NEW#3,31
  awaiting-decision,R-OLD#1,184
  awaiting-decision,R-OLD#2,184
$ rectrack due --within 1 --format csv | cut -d, -f1,2,7
  group,id,days
  overdue,R-NEW#5,10
  overdue,R-NEW#4,1
  due-soon,R-NEW#1,0
  awaiting-decision,R-OLD#1,184
  awaiting-decision,R-OLD#2,184
  awaiting-decision,R-OLD#3,184
$ rectrack due --within 12 | sed -n '/^Due/,$p'
  Due within 12 days (2)
  ID       AGENCY  OFFICIAL  TARGET      DAYS  TEXT
  R-NEW#1  DHS     ops       2026-11-28     0  Due today.
  R-OLD#3  DHS     ops       2026-12-10    12  Undecided for 184 days but due on the 10th.
  
  Awaiting a decision over six months (2)
  ID       AGENCY  OFFICIAL  ISSUED      DAYS  TEXT
  R-OLD#1  DHS     ops       2026-05-28   184  Undecided for 184 days.
  R-OLD#2  DHS     cfo       2026-05-28   184  Pending for 184 days.

--official CODE: that official's queue.

$ rectrack due --official cfo
  Working queue as of 2026-11-28
  
  Overdue: none
  
  Due within 30 days (1)
  ID       AGENCY  OFFICIAL  TARGET      DAYS  TEXT
  R-NEW#2  DHS     cfo       2026-12-28    30  Due in 30 days.
  
  Awaiting a decision over six months (1)
  ID       AGENCY  OFFICIAL  ISSUED      DAYS  TEXT
  R-OLD#2  DHS     cfo       2026-05-28   184  Pending for 184 days.
$ rectrack due --official nobody
! rectrack: nobody: no such official (add it with 'rectrack official add')
[1]

--as-of DATE: the queue of an earlier day, from the history.  On 15
November R-NEW#6 was open and overdue, R-NEW#5 not yet; R-OLD was 171
days old; --as-known reads the same way.

$ rectrack due --as-of 2026-11-15 --format csv | cut -d, -f1,2,7
  group,id,days
  overdue,R-NEW#6,14
  due-soon,R-NEW#5,3
  due-soon,R-NEW#4,12
  due-soon,R-NEW#1,13
  due-soon,R-OLD#3,25
$ rectrack due --as-known 2026-11-28 --official ops --format csv | cut -d, -f1,2,7
  group,id,days
  overdue,R-NEW#4,1
  due-soon,R-NEW#1,0
  due-soon,R-OLD#3,12
  awaiting-decision,R-OLD#1,184

A longer resolution deadline in the configuration (resolution_deadline_days)
names the group by its days.

$ printf 'resolution_deadline_days: 200\n' > cfg.yaml
$ rectrack --config cfg.yaml due | tail -3
  R-NEW#2  DHS     cfo       2026-12-28    30  Due in 30 days.
  
  Awaiting a decision over 200 days: none

Refused: one line, nothing read.

$ rectrack due --within 0
! rectrack: --within: "0" is not a number of days (1 to 3650)
[1]
$ rectrack due --within x
! rectrack: --within: "x" is not a number of days (1 to 3650)
[1]
$ rectrack due --within 3651
! rectrack: --within: "3651" is not a number of days (1 to 3650)
[1]
$ rectrack due --within 1.5
! rectrack: --within: "1.5" is not a number of days (1 to 3650)
[1]
$ rectrack due --within 5 --within 6 2>&1 | head -1
  rectrack: due: --within given twice
$ rectrack due --as-of 2026-13-01
! rectrack: --as-of: "2026-13-01" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack due --as-of 2026-12-01
! rectrack: --as-of: 2026-12-01 is after today (2026-11-28): the history cannot tell yet
[1]
$ rectrack due --format xml 2>&1 | head -1
  rectrack: due: --format: unknown format "xml" (expected table, csv, json or md)
$ rectrack due --agency DHS 2>&1 | head -1
  rectrack: due: unknown option --agency
$ rectrack due extra 2>&1 | head -1
  rectrack: due: unexpected argument extra
$ rectrack --db missing.db due
! rectrack: missing.db: no database here (named by --db; create one with 'rectrack init')
[1]
