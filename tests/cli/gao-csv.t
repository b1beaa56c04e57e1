GAO's recommendations database export (gao-csv, docs/gao-interop.md):
import it, import a newer one over it, export the register in the same
format, and reconcile a file with the database.

The August file has the preamble, lines of commas only, two spaces in
"Publication  Number", no Topics column, &amp; entities, a quoted field
with a quote, commas and a line break, and recommendation 3 of
GAO-24-106148 addressed to two agencies.

$ cp "$TESTDIR/../data/gao-2026-08.csv" aug.csv
$ cp "$TESTDIR/../data/gao-2026-09.csv" sep.csv
$ cp "$TESTDIR/../data/gao-bad-status.csv" bad.csv
$ rectrack init >/dev/null
$ rectrack import --format gao-csv aug.csv
  reports: 2 new, 0 changed, 0 unchanged
  recommendations: 6 new, 0 changed, 0 unchanged
  events: 18
  issuers: 1 new, 0 changed; agencies: 4 new, 0 changed
  created for codes the file names but does not declare: issuer gao
  recorded as change 1
$ rectrack check
  ok: 2 reports, 6 recommendations, 18 events checked
$ rectrack issuer list
  CODE  KIND  NAME
  gao   gao   U.S. Government Accountability Office
$ rectrack agency list
  CODE     NAME
  DHS      Department of Homeland Security
    FEMA   Federal Emergency Management Agency
    USCBP  United States Customs and Border Protection
    USICE  United States Immigration and Customs Enforcement
$ rectrack list
  ID                     STATUS              TARGET  OVERDUE  TEXT
  GAO-23-105481#1        closed-implemented                   The FEMA Administrator should document grant closeout procedures. (Recommendation 1)
  GAO-23-105481#2        open-unresolved                      The FEMA Administrator should assess staffing needs for grant monitoring. (Recommendation 2)
  GAO-24-106148#1        open-unresolved                      The Commissioner of CBP should develop a plan to assess canine team performance at ports of entry. (Recommendation 1)
  GAO-24-106148#2        open-unresolved                      The Commissioner of CBP should collect data on canine deployments, including "surge" assignments, and report them quarterly. (Recommendation 2)
  GAO-24-106148#3-USCBP  open-unresolved                      The Secretary of Homeland Security should ensure that CBP and ICE share canine training records. (Recommendation 3)
  GAO-24-106148#3-USICE  open-unresolved                      The Secretary of Homeland Security should ensure that CBP and ICE share canine training records. (Recommendation 3)
$ rectrack report show GAO-24-106148
  Report:       GAO-24-106148
  Title:        Border Security: CBP Should Improve Oversight of Ports of Entry & Canine Teams
  Issuer:       gao
  Type:         audit
  Issued:       2024-03-14 (FY2024)
  Agency:       DHS/USCBP
  Sensitivity:  public
  
  Recommendations: 4, 4 open
  
  ID                     ISSUED      AGENCY  TEXT                                                                                                                                             CONCURRENCE  STATUS           TARGET  AGE
  GAO-24-106148#1        2024-03-14  USCBP   The Commissioner of CBP should develop a plan to assess canine team performance at ports of entry. (Recommendation 1)                            pending      open-unresolved          989
  GAO-24-106148#2        2024-03-14  USCBP   The Commissioner of CBP should collect data on canine deployments, including "surge" assignments, and report them quarterly. (Recommendation 2)  pending      open-unresolved          989
  GAO-24-106148#3-USCBP  2024-03-14  USCBP   The Secretary of Homeland Security should ensure that CBP and ICE share canine training records. (Recommendation 3)                              pending      open-unresolved          989
  GAO-24-106148#3-USICE  2024-03-14  USICE   The Secretary of Homeland Security should ensure that CBP and ICE share canine training records. (Recommendation 3)                              pending      open-unresolved          989
$ rectrack history 'GAO-24-106148#2'
  EFFECTIVE   ACTOR   KIND    FIELD                OLD           NEW              NOTE                                                                                                   CHANGE  VOIDED BY
  2024-03-14  tester  issued  status                             open-pending     import aug.csv                                                                                              1
  2024-03-14  tester  flag    partially_addressed  no            yes              import aug.csv                                                                                              1
  2024-03-14  tester  status  status               open-pending  open-unresolved  import aug.csv                                                                                              1
  2026-08-31  tester  note    gao_comments                                        CBP said, in June 2026, that it had collected the data for two quarters; GAO will review the reports.       1
$ rectrack history 'GAO-23-105481#1'
  EFFECTIVE   ACTOR   KIND    FIELD         OLD           NEW                 NOTE                                      CHANGE  VOIDED BY
  2023-01-05  tester  issued  status                      open-pending        import aug.csv                                 1
  2026-08-31  tester  status  status        open-pending  closed-implemented  import aug.csv                                 1
  2026-08-31  tester  note    gao_comments                                    FEMA issued closeout procedures in 2024.       1

Importing the same file again changes nothing.

$ cp rectrack.db before.db
$ rectrack import --format gao-csv aug.csv
  reports: 0 new, 0 changed, 2 unchanged
  recommendations: 0 new, 0 changed, 6 unchanged
  events: 0
$ rectrack check
  ok: 2 reports, 6 recommendations, 18 events checked
$ rectrack history 'GAO-24-106148#2' | wc -l
  5

Before the newer file: what differs from it.  Exit status 1.

$ rectrack reconcile --format gao-csv sep.csv
  DISCREPANCY       ID                     AGENCY                                                                        GAO FILE             DATABASE  LINE
  priority differs  GAO-24-106148#2        Department of Homeland Security: United States Customs and Border Protection  Yes                  No           8
  status differs    GAO-24-106148#3-USCBP  Department of Homeland Security: United States Customs and Border Protection  Closed--Implemented  Open        10
  not in database   GAO-26-107001#1        Department of Homeland Security: Transportation Security Administration       Open                             14
[1]

The September file (CR LF line ends, a Topics column, "Open –
Partially Addressed" with an en dash) records one event per change,
effective on its snapshot date (Sep 28, 2026): the priority of #2, the
closing of #3 for CBP, a new comment on GAO-23-105481#2, and a new
publication with its agency.

$ rectrack import --format gao-csv sep.csv
  reports: 1 new, 2 changed, 0 unchanged
  recommendations: 1 new, 3 changed, 3 unchanged
  events: 5
  issuers: 0 new, 0 changed; agencies: 1 new, 0 changed
  recorded as change 2
$ rectrack check
  ok: 3 reports, 7 recommendations, 23 events checked
$ rectrack history 'GAO-24-106148#2'
  EFFECTIVE   ACTOR   KIND    FIELD                OLD           NEW              NOTE                                                                                                   CHANGE  VOIDED BY
  2024-03-14  tester  issued  status                             open-pending     import aug.csv                                                                                              1
  2024-03-14  tester  flag    partially_addressed  no            yes              import aug.csv                                                                                              1
  2024-03-14  tester  status  status               open-pending  open-unresolved  import aug.csv                                                                                              1
  2026-08-31  tester  note    gao_comments                                        CBP said, in June 2026, that it had collected the data for two quarters; GAO will review the reports.       1
  2026-09-28  tester  flag    priority             no            yes              import sep.csv                                                                                              2
$ rectrack history 'GAO-24-106148#3-USCBP'
  EFFECTIVE   ACTOR   KIND    FIELD   OLD              NEW                 NOTE            CHANGE  VOIDED BY
  2024-03-14  tester  issued  status                   open-pending        import aug.csv       1
  2024-03-14  tester  status  status  open-pending     open-unresolved     import aug.csv       1
  2026-09-28  tester  status  status  open-unresolved  closed-implemented  import sep.csv       2
$ rectrack history 'GAO-23-105481#2'
  EFFECTIVE   ACTOR   KIND    FIELD         OLD           NEW              NOTE                                                               CHANGE  VOIDED BY
  2023-01-05  tester  issued  status                      open-pending     import aug.csv                                                          1
  2023-01-05  tester  flag    priority      no            yes              import aug.csv                                                          1
  2023-01-05  tester  status  status        open-pending  open-unresolved  import aug.csv                                                          1
  2026-09-28  tester  note    gao_comments                                 FEMA said, in September 2026, that a staffing study is under way.       2
$ rectrack report show GAO-24-106148 | grep -i topic
  Topics:       Border Security; Homeland Security
$ rectrack import --format gao-csv sep.csv
  reports: 0 new, 0 changed, 3 unchanged
  recommendations: 0 new, 0 changed, 7 unchanged
  events: 0
$ rectrack check
  ok: 3 reports, 7 recommendations, 23 events checked

A recommendation GAO lists as Open keeps the open status recorded here
(GAO does not say how far resolution has come).

$ rectrack status 'GAO-24-106148#1' open-resolved --target 2027-03-31 --date 2026-10-01 >/dev/null
$ rectrack import --format gao-csv sep.csv
  reports: 0 new, 0 changed, 3 unchanged
  recommendations: 0 new, 0 changed, 7 unchanged
  events: 0
$ rectrack check
  ok: 3 reports, 7 recommendations, 25 events checked
$ rectrack list --report GAO-24-106148
  ID                     STATUS              TARGET      OVERDUE  TEXT
  GAO-24-106148#1        open-resolved       2027-03-31           The Commissioner of CBP should develop a plan to assess canine team performance at ports of entry. (Recommendation 1)
  GAO-24-106148#2        open-unresolved                          The Commissioner of CBP should collect data on canine deployments, including "surge" assignments, and report them quarterly. (Recommendation 2)
  GAO-24-106148#3-USCBP  closed-implemented                       The Secretary of Homeland Security should ensure that CBP and ICE share canine training records. (Recommendation 3)
  GAO-24-106148#3-USICE  open-unresolved                          The Secretary of Homeland Security should ensure that CBP and ICE share canine training records. (Recommendation 3)

Export in GAO's format, then import and reconcile it: nothing changes and
there is no discrepancy.

$ rectrack export --format gao-csv --output gao.csv
! rectrack: wrote 7 recommendations (3 reports) to gao.csv
$ cat gao.csv
  "Title: Download of GAO Recommendation Results" [CR]
  "Prepared by: rectrack" [CR]
  "Source: rectrack database, status as of Nov 28, 2026" [CR]
  ,,,,,,,,,, [CR]
  "Publication Name","Publication Number","Date Publication Issued","Director Name","Director Phone","Agency","Recommendation","Status","Priority","Comments","Topics" [CR]
  "Disaster Assistance: FEMA Should Improve Its Oversight of Grants","GAO-23-105481","Jan 5, 2023","","","Department of Homeland Security: Federal Emergency Management Agency","The FEMA Administrator should document grant closeout procedures. (Recommendation 1)","Closed--Implemented","No","FEMA issued closeout procedures in 2024.","Emergency Management" [CR]
  "Disaster Assistance: FEMA Should Improve Its Oversight of Grants","GAO-23-105481","Jan 5, 2023","","","Department of Homeland Security: Federal Emergency Management Agency","The FEMA Administrator should assess staffing needs for grant monitoring. (Recommendation 2)","Open","Yes","FEMA said, in September 2026, that a staffing study is under way.","Emergency Management" [CR]
  "Border Security: CBP Should Improve Oversight of Ports of Entry &amp; Canine Teams","GAO-24-106148","Mar 14, 2024","","","Department of Homeland Security: United States Customs and Border Protection","The Commissioner of CBP should develop a plan to assess canine team performance at ports of entry. (Recommendation 1)","Open","Yes","CBP concurred and said it expects to finish by March 2025.","Border Security; Homeland Security" [CR]
  "Border Security: CBP Should Improve Oversight of Ports of Entry &amp; Canine Teams","GAO-24-106148","Mar 14, 2024","","","Department of Homeland Security: United States Customs and Border Protection","The Commissioner of CBP should collect data on canine deployments, including ""surge"" assignments, and report them quarterly. (Recommendation 2)","Open--Partially Addressed","Yes","CBP said, in June 2026, that it had collected the data
  for two quarters; GAO will review the reports.","Border Security; Homeland Security" [CR]
  "Border Security: CBP Should Improve Oversight of Ports of Entry &amp; Canine Teams","GAO-24-106148","Mar 14, 2024","","","Department of Homeland Security: United States Customs and Border Protection","The Secretary of Homeland Security should ensure that CBP and ICE share canine training records. (Recommendation 3)","Closed--Implemented","No","","Border Security; Homeland Security" [CR]
  "Border Security: CBP Should Improve Oversight of Ports of Entry &amp; Canine Teams","GAO-24-106148","Mar 14, 2024","","","Department of Homeland Security: United States Immigration and Customs Enforcement","The Secretary of Homeland Security should ensure that CBP and ICE share canine training records. (Recommendation 3)","Open","No","","Border Security; Homeland Security" [CR]
  "Aviation Security: TSA Should Assess Screening Equipment, Staffing, and ""Layered"" Measures","GAO-26-107001","Jul 9, 2026","","","Department of Homeland Security: Transportation Security Administration","The TSA Administrator should evaluate the effectiveness of layered security measures. (Recommendation 1)","Open","No","","Transportation Security" [CR]
$ rectrack import --format gao-csv gao.csv
  reports: 0 new, 0 changed, 3 unchanged
  recommendations: 0 new, 0 changed, 7 unchanged
  events: 0
$ rectrack reconcile --format gao-csv gao.csv
  no discrepancies
$ rectrack check
  ok: 3 reports, 7 recommendations, 25 events checked
$ rectrack reconcile --format gao-csv sep.csv
  no discrepancies
$ rectrack export --format gao-csv --issuer gao
! rectrack: export: --format gao-csv takes no filter: it writes every recommendation of issuer gao
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]

Discrepancies in each output format.

$ rectrack reconcile --format gao-csv aug.csv --output-format csv
  discrepancy,id,agency,file,database,line [CR]
  priority differs,GAO-24-106148#2,Department of Homeland Security: United States Customs and Border Protection,No,Yes,8 [CR]
  status differs,GAO-24-106148#3-USCBP,Department of Homeland Security: United States Customs and Border Protection,Open,Closed--Implemented,10 [CR]
  not in file,GAO-26-107001#1,Department of Homeland Security: Transportation Security Administration,,Open, [CR]
[1]
$ rectrack reconcile --format gao-csv aug.csv --output-format json
  [
  {"discrepancy":"priority differs","id":"GAO-24-106148#2","agency":"Department of Homeland Security: United States Customs and Border Protection","file":"No","database":"Yes","line":8},
  {"discrepancy":"status differs","id":"GAO-24-106148#3-USCBP","agency":"Department of Homeland Security: United States Customs and Border Protection","file":"Open","database":"Closed--Implemented","line":10},
  {"discrepancy":"not in file","id":"GAO-26-107001#1","agency":"Department of Homeland Security: Transportation Security Administration","file":null,"database":"Open","line":null}
  ]
[1]
$ rectrack reconcile --format gao-csv aug.csv --output-format md
  | DISCREPANCY | ID | AGENCY | GAO FILE | DATABASE | LINE |
  | --- | --- | --- | --- | --- | ---: |
  | priority differs | GAO-24-106148#2 | Department of Homeland Security: United States Customs and Border Protection | No | Yes | 8 |
  | status differs | GAO-24-106148#3-USCBP | Department of Homeland Security: United States Customs and Border Protection | Open | Closed--Implemented | 10 |
  | not in file | GAO-26-107001#1 | Department of Homeland Security: Transportation Security Administration |  | Open |  |
[1]
$ rectrack reconcile --format gao-csv aug.csv --output-format xml
! rectrack: reconcile: --output-format: unknown format "xml" (expected table, csv, json or md)
! usage: rectrack reconcile --format gao-csv FILE
!                           [--output-format table|csv|json|md]
! See 'rectrack help reconcile' for the options and examples.
[2]
$ rectrack reconcile aug.csv
! rectrack: reconcile: reconcile needs --format gao-csv
! usage: rectrack reconcile --format gao-csv FILE
!                           [--output-format table|csv|json|md]
! See 'rectrack help reconcile' for the options and examples.
[2]

A file against an empty register: every row is missing from the
database.

$ rectrack --db empty.db init >/dev/null
$ rectrack --db empty.db reconcile --format gao-csv aug.csv
  DISCREPANCY      ID               AGENCY                                                                              GAO FILE                   DATABASE  LINE
  not in database  GAO-24-106148#1  Department of Homeland Security: United States Customs and Border Protection        Open                                    7
  not in database  GAO-24-106148#2  Department of Homeland Security: United States Customs and Border Protection        Open--Partially Addressed               8
  not in database  GAO-24-106148#3  Department of Homeland Security: United States Customs and Border Protection        Open                                   10
  not in database  GAO-24-106148#3  Department of Homeland Security: United States Immigration and Customs Enforcement  Open                                   11
  not in database  GAO-23-105481#1  Department of Homeland Security: Federal Emergency Management Agency                Closed--Implemented                    12
  not in database  GAO-23-105481#2  Department of Homeland Security: Federal Emergency Management Agency                Open                                   13
[1]

The vocabulary section of the configuration maps GAO's statuses and its
Priority column.

$ printf 'vocabulary:\n  gao_open: open-pending\n  gao_priority: significant\n' > voc.yaml
$ rectrack --config voc.yaml --db voc.db init >/dev/null
$ rectrack --config voc.yaml --db voc.db import --format gao-csv aug.csv >/dev/null
$ rectrack --config voc.yaml --db voc.db check
  ok: 2 reports, 6 recommendations, 14 events checked
$ rectrack --config voc.yaml --db voc.db list --format json | python3 -c 'import json,sys; [print(r["id"], r["status"], r["priority"], r["significant"], r["partially_addressed"]) for r in json.load(sys.stdin)]'
  GAO-23-105481#1 closed-implemented False False False
  GAO-23-105481#2 open-pending False True False
  GAO-24-106148#1 open-pending False True False
  GAO-24-106148#2 open-unresolved False False True
  GAO-24-106148#3-USCBP open-pending False False False
  GAO-24-106148#3-USICE open-pending False False False
$ printf 'vocabulary:\n  gao_open: closed-implemented\n' > badcfg.yaml
$ rectrack --config badcfg.yaml init
! rectrack: badcfg.yaml:2:13: vocabulary.gao_open: "closed-implemented" is not one of open-pending, open-unresolved, open-resolved
[1]
$ printf 'vocabulary:\n  gao_priority: on-hold\n' > badcfg.yaml
$ rectrack --config badcfg.yaml init
! rectrack: badcfg.yaml:2:17: vocabulary.gao_priority: "on-hold" is not one of priority, significant
[1]
$ printf 'vocabulary:\n  gao_opne: open-pending\n' > badcfg.yaml
$ rectrack --config badcfg.yaml init
! rectrack: badcfg.yaml:2:3: vocabulary.gao_opne: unknown key (expected one of gao_open, gao_open_partially_addressed, gao_closed_implemented, gao_closed_not_implemented, gao_priority)
[1]

Errors name FILE:LINE and the column; a refused import changes nothing.

$ cp rectrack.db before.db
$ rectrack import --format gao-csv bad.csv
! rectrack: bad.csv:10: column Status: unknown status (expected Open, Open--Partially Addressed, Closed--Implemented or Closed--Not Implemented): "Opne"
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ printf '"Publication Number","Agency"\n"GAO-1","A"\n' > nohead.csv
$ rectrack import --format gao-csv nohead.csv
! rectrack: nohead.csv:1: column Publication Name: missing from the header
[1]
$ printf 'Publication Name,Publication Number,Date Publication Issued,Agency,Recommendation,Status\nT,GAO-26-1,"Feb 30, 2026",A,Do it. (Recommendation 1),Open\n' > date.csv
$ rectrack import --format gao-csv date.csv
! rectrack: date.csv:2: column Date Publication Issued: not a date like "Sep 28, 2026": "Feb 30, 2026"
[1]
$ printf 'Publication Name,Publication Number,Date Publication Issued,Agency,Recommendation,Status\nT,GAO-26-1,"Feb 3, 2026",A,Do it.,Open\n' > num.csv
$ rectrack import --format gao-csv num.csv
! rectrack: num.csv:2: column Recommendation: the text does not end with "(Recommendation N)"
[1]
$ printf 'Publication Name,Publication Number,Date Publication Issued,Agency,Recommendation,Status,Priority\nT,GAO-26-1,"Feb 3, 2026",A,Do it. (Recommendation 1),Open,Maybe\n' > prio.csv
$ rectrack import --format gao-csv prio.csv
! rectrack: prio.csv:2: column Priority: expected Yes or No, not "Maybe"
[1]
$ printf 'Publication Name,Publication Number,Date Publication Issued,Agency,Recommendation,Status\nT,GAO-26-1,"Feb 3, 2026",A,Do it. (Recommendation 1),Open,extra\n' > wide.csv
$ rectrack import --format gao-csv wide.csv
! rectrack: wide.csv:2: a row of 7 fields; the header (line 1) has 6
[1]
$ printf 'Publication Name,Publication Number,Date Publication Issued,Agency,Recommendation,Status\nT,GAO-26-1,"Feb 3, 2026",A,"Do it. (Recommendation 1)"x,Open\n' > quote.csv
$ rectrack import --format gao-csv quote.csv
! rectrack: quote.csv:2: characters after a closing quote (a quote inside a quoted field is written "")
[1]
$ printf 'Publication Name,Publication Number,Date Publication Issued,Agency,Recommendation,Status\nT,GAO-26-1,"Feb 3, 2026",A,"Do it. (Recommendation 1),Open\n' > open.csv
$ rectrack import --format gao-csv open.csv
! rectrack: open.csv:2: a quoted field is not closed (a " is missing)
[1]
$ printf 'Publication Name,Publication Number,Date Publication Issued,Agency,Recommendation,Status\nT,GAO-26-1,"Feb 3, 2026",A,Do it. (Recommendation 1),Open\nT,GAO-26-1,"Feb 3, 2026",A,Do it again. (Recommendation 1),Open\n' > twice.csv
$ rectrack import --format gao-csv twice.csv
! rectrack: twice.csv:3: column Recommendation: recommendation 1 of GAO-26-1 for A is also on line 2
[1]
$ printf '"Source: status as of Dec 1, 2026"\nPublication Name,Publication Number,Date Publication Issued,Agency,Recommendation,Status\nT,GAO-26-1,"Feb 3, 2026",A,Do it. (Recommendation 1),Open\n' > future.csv
$ rectrack import --format gao-csv future.csv
! rectrack: future.csv: the snapshot date ("status as of") 2026-12-01 is after today (2026-11-28)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack import --format gao-csv missing.csv
! rectrack: missing.csv: cannot read: No such file or directory
[1]
$ rectrack import --format xml missing.csv
! rectrack: import: unknown import format "xml" (expected yaml, gao-csv or oscal-poam)
! usage: rectrack import FILE... [--dry-run] [--quiet] [--create-missing]
!                        [--evidence DIR]
!        rectrack import --format gao-csv FILE [--dry-run]
!        rectrack import --format oscal-poam FILE... [--dry-run]
!                        [--create-missing] [--evidence DIR] [--report NUMBER]
!                        [--issuer CODE] [--agency CODE]
! See 'rectrack help import' for the options and examples.
[2]
$ rectrack import --format gao-csv a.csv b.csv
! rectrack: import: import --format gao-csv takes one FILE
! usage: rectrack import FILE... [--dry-run] [--quiet] [--create-missing]
!                        [--evidence DIR]
!        rectrack import --format gao-csv FILE [--dry-run]
!        rectrack import --format oscal-poam FILE... [--dry-run]
!                        [--create-missing] [--evidence DIR] [--report NUMBER]
!                        [--issuer CODE] [--agency CODE]
! See 'rectrack help import' for the options and examples.
[2]
$ rectrack import --format gao-csv --dry-run sep.csv
  dry run: nothing was written; the import would give
  reports: 0 new, 0 changed, 3 unchanged
  recommendations: 0 new, 0 changed, 7 unchanged
  events: 0
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Files as GAO and Excel write them.

GAO writes a blank between the closing quote and the comma of its
"Source" line (the fixture also has a blank and a tab after the quotes of
a row); blanks after a closing quote are skipped, any other character
there is refused.

$ cp "$TESTDIR"/../data/gao-blank-after-quote.csv blank.csv
$ rectrack --db blank.db init >/dev/null
$ rectrack --db blank.db import --format gao-csv blank.csv
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 4
  issuers: 1 new, 0 changed; agencies: 2 new, 0 changed
  created for codes the file names but does not declare: issuer gao
  recorded as change 1
$ rectrack --db blank.db check
  ok: 1 report, 1 recommendation, 4 events checked
$ rectrack --db blank.db history 'GAO-26-107050#1'
  EFFECTIVE   ACTOR   KIND    FIELD         OLD           NEW              NOTE                                                       CHANGE  VOIDED BY
  2026-04-02  tester  issued  status                      open-pending     import blank.csv                                                1
  2026-04-02  tester  flag    priority      no            yes              import blank.csv                                                1
  2026-04-02  tester  status  status        open-pending  open-unresolved  import blank.csv                                                1
  2026-09-28  tester  note    gao_comments                                 BLM said, in July 2026, that it is drafting the guidance.       1
$ printf '"Source: status as of Sep 28, 2026" x,,\n' > after.csv
$ rectrack --db blank.db import --format gao-csv after.csv
! rectrack: after.csv:1: characters after a closing quote (a quote inside a quoted field is written "")
[1]

A file saved with CR LF line ends has CR LF also inside its quoted
fields (a comment on two lines); read with a byte-order mark, it gives
the values the file with LF line ends gives: importing that one over it
records nothing.

$ rectrack --db crlf.db init >/dev/null
$ { printf '\357\273\277'; sed 's/$/\r/' aug.csv; } > crlf.csv
$ rectrack --db crlf.db import --format gao-csv crlf.csv
  reports: 2 new, 0 changed, 0 unchanged
  recommendations: 6 new, 0 changed, 0 unchanged
  events: 18
  issuers: 1 new, 0 changed; agencies: 4 new, 0 changed
  created for codes the file names but does not declare: issuer gao
  recorded as change 1
$ rectrack --db crlf.db check
  ok: 2 reports, 6 recommendations, 18 events checked
$ rectrack --db crlf.db import --format gao-csv aug.csv
  reports: 0 new, 0 changed, 2 unchanged
  recommendations: 0 new, 0 changed, 6 unchanged
  events: 0
$ rectrack --db crlf.db reconcile --format gao-csv crlf.csv
  no discrepancies

Excel's "CSV UTF-8" starts the file with a byte-order mark, before the
preamble or, without one, before the header.

$ cp "$TESTDIR"/../data/gao-bom.csv bom.csv
$ cp "$TESTDIR"/../data/gao-bom-header.csv bomhead.csv
$ rectrack --db bom.db init >/dev/null
$ rectrack --db bom.db import --format gao-csv bom.csv
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 3
  issuers: 1 new, 0 changed; agencies: 2 new, 0 changed
  created for codes the file names but does not declare: issuer gao
  recorded as change 1
$ rectrack --db bom.db check
  ok: 1 report, 1 recommendation, 3 events checked
$ rectrack --db bom.db history 'GAO-26-107050#1'
  EFFECTIVE   ACTOR   KIND    FIELD     OLD           NEW              NOTE            CHANGE  VOIDED BY
  2026-04-02  tester  issued  status                  open-pending     import bom.csv       1
  2026-04-02  tester  flag    priority  no            yes              import bom.csv       1
  2026-04-02  tester  status  status    open-pending  open-unresolved  import bom.csv       1
$ rectrack --db bomhead.db init >/dev/null
$ rectrack --db bomhead.db import --format gao-csv bomhead.csv
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 3
  issuers: 1 new, 0 changed; agencies: 2 new, 0 changed
  created for codes the file names but does not declare: issuer gao
  recorded as change 1
$ rectrack --db bomhead.db check
  ok: 1 report, 1 recommendation, 3 events checked
$ rectrack --db bomhead.db list
  ID               STATUS           TARGET  OVERDUE  TEXT
  GAO-26-107050#1  open-unresolved                   The Director of BLM should update its rangeland monitoring guidance. (Recommendation 1)

Bytes that are not UTF-8 (Windows-1252 "é" as 0xE9, a file saved as
plain "CSV" by Excel) and an Agency of colons only are refused at the row
and column; nothing is written.

$ cp "$TESTDIR"/../data/gao-cp1252.csv cp1252.csv
$ cp "$TESTDIR"/../data/gao-agency-colon.csv colon.csv
$ cp "$TESTDIR"/../data/gao-agency-colons.csv colons.csv
$ cp rectrack.db before.db
$ rectrack import --format gao-csv cp1252.csv
! rectrack: cp1252.csv:6: column Comments: not UTF-8 at byte 15 of the value (0xE9); save the file as "CSV UTF-8"
[1]
$ rectrack import --format gao-csv colon.csv
! rectrack: colon.csv:7: column Agency: names no agency (expected a name, or names separated by colons): ":"
[1]
$ rectrack import --format gao-csv colons.csv
! rectrack: colons.csv:7: column Agency: names no agency (expected a name, or names separated by colons): ":::"
[1]
$ rectrack reconcile --format gao-csv colons.csv
! rectrack: colons.csv:7: column Agency: names no agency (expected a name, or names separated by colons): ":::"
[1]
$ rectrack import --format gao-csv after.csv
! rectrack: after.csv:1: characters after a closing quote (a quote inside a quoted field is written "")
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack check
  ok: 3 reports, 7 recommendations, 25 events checked

Matters for congressional consideration (Agency Congress, no
"(Recommendation N)"): "(Matter 2)" is M2, the others take M1, M3, … in
file order within their publication.  Importing, exporting and
reconciling keep the numbers.

$ cp "$TESTDIR"/../data/gao-matters.csv matters.csv
$ rectrack import --format gao-csv matters.csv
  reports: 2 new, 0 changed, 0 unchanged
  recommendations: 6 new, 0 changed, 0 unchanged
  events: 16
  issuers: 0 new, 0 changed; agencies: 3 new, 0 changed
  recorded as change 4
$ rectrack check
  ok: 5 reports, 13 recommendations, 41 events checked
$ rectrack list --agency C --columns id,agency,status,text
  ID                AGENCY  STATUS              TEXT
  GAO-25-106900#M1  C       open-unresolved     Congress should consider funding long-term holding pastures through multiyear appropriations. (Matter 1)
  GAO-25-106900#M2  C       open-unresolved     Congress should consider giving BLM authority to sell excess wild horses without limitation.
  GAO-26-107050#M1  C       open-unresolved     Congress should consider requiring BLM to report each year on the condition of grazing allotments.
  GAO-26-107050#M2  C       open-unresolved     Congress should consider amending the Taylor Grazing Act to set grazing fees that recover the cost of the program. (Matter 2)
  GAO-26-107050#M3  C       closed-implemented  Congress should consider directing BLM to publish its fee calculation.
$ rectrack history 'GAO-26-107050#M2'
  EFFECTIVE   ACTOR   KIND    FIELD         OLD           NEW              NOTE                                               CHANGE  VOIDED BY
  2026-04-02  tester  issued  status                      open-pending     import matters.csv                                      4
  2026-04-02  tester  flag    priority      no            yes              import matters.csv                                      4
  2026-04-02  tester  status  status        open-pending  open-unresolved  import matters.csv                                      4
  2026-09-28  tester  note    gao_comments                                 No bill had been introduced as of September 2026.       4
$ rectrack import --format gao-csv matters.csv
  reports: 0 new, 0 changed, 2 unchanged
  recommendations: 0 new, 0 changed, 6 unchanged
  events: 0
$ rectrack check
  ok: 5 reports, 13 recommendations, 41 events checked
$ rectrack reconcile --format gao-csv matters.csv
  DISCREPANCY  ID                     AGENCY                                                                              GAO FILE  DATABASE                   LINE
  not in file  GAO-23-105481#2        Department of Homeland Security: Federal Emergency Management Agency                          Open
  not in file  GAO-24-106148#1        Department of Homeland Security: United States Customs and Border Protection                  Open
  not in file  GAO-24-106148#2        Department of Homeland Security: United States Customs and Border Protection                  Open--Partially Addressed
  not in file  GAO-24-106148#3-USICE  Department of Homeland Security: United States Immigration and Customs Enforcement            Open
  not in file  GAO-26-107001#1        Department of Homeland Security: Transportation Security Administration                       Open
[1]
$ rectrack status 'GAO-25-106900#M2' closed-not-implemented --date 2026-10-01 --note 'not enacted' >/dev/null
$ rectrack reconcile --format gao-csv matters.csv
  DISCREPANCY     ID                     AGENCY                                                                              GAO FILE  DATABASE                   LINE
  status differs  GAO-25-106900#M2       Congress                                                                            Open      Closed--Not Implemented      10
  not in file     GAO-23-105481#2        Department of Homeland Security: Federal Emergency Management Agency                          Open
  not in file     GAO-24-106148#1        Department of Homeland Security: United States Customs and Border Protection                  Open
  not in file     GAO-24-106148#2        Department of Homeland Security: United States Customs and Border Protection                  Open--Partially Addressed
  not in file     GAO-24-106148#3-USICE  Department of Homeland Security: United States Immigration and Customs Enforcement            Open
  not in file     GAO-26-107001#1        Department of Homeland Security: Transportation Security Administration                       Open
[1]

A value a spreadsheet would run as a formula (=, +, -, @ first) is
exported with a ' in front, as every CSV output of rectrack writes it; the
import drops that ' again.

$ cp "$TESTDIR"/../data/gao-formula.csv formula.csv
$ rectrack import --format gao-csv formula.csv
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 2 new, 0 changed, 0 unchanged
  events: 6
  recorded as change 6
$ rectrack check
  ok: 6 reports, 15 recommendations, 48 events checked
$ rectrack report show GAO-26-107077 | head -2
  Report:       GAO-26-107077
  Title:        =HYPERLINK("http://example.com/","Grant Payments")

The export of all of it reads back unchanged: the matters keep their
numbers, the formulas their text.

$ rectrack export --format gao-csv --output all.csv
! rectrack: wrote 15 recommendations (6 reports) to all.csv
$ grep -e Congress -e GAO-26-107077 all.csv
  "Federal Lands: Congress Should Consider Options for Wild Horse Management","GAO-25-106900","Nov 19, 2024","","","Congress","Congress should consider funding long-term holding pastures through multiyear appropriations. (Matter 1)","Open","No","","Natural Resources" [CR]
  "Federal Lands: Congress Should Consider Options for Wild Horse Management","GAO-25-106900","Nov 19, 2024","","","Congress","Congress should consider giving BLM authority to sell excess wild horses without limitation.","Closed--Not Implemented","No","","Natural Resources" [CR]
  "Grazing Permits: BLM Should Improve Its Monitoring of Rangeland Conditions","GAO-26-107050","Apr 2, 2026","","","Congress","Congress should consider requiring BLM to report each year on the condition of grazing allotments.","Open","No","","Natural Resources" [CR]
  "Grazing Permits: BLM Should Improve Its Monitoring of Rangeland Conditions","GAO-26-107050","Apr 2, 2026","","","Congress","Congress should consider amending the Taylor Grazing Act to set grazing fees that recover the cost of the program. (Matter 2)","Open","Yes","No bill had been introduced as of September 2026.","Natural Resources" [CR]
  "Grazing Permits: BLM Should Improve Its Monitoring of Rangeland Conditions","GAO-26-107050","Apr 2, 2026","","","Congress","Congress should consider directing BLM to publish its fee calculation.","Closed--Implemented","No","The 2026 appropriations act directs BLM to publish it.","Natural Resources" [CR]
  "'=HYPERLINK(""http://example.com/"",""Grant Payments"")","GAO-26-107077","May 7, 2026","","","Department of the Interior: Bureau of Land Management","'@BLM should reconcile its grant payment records each quarter. (Recommendation 1)","Open","No","'-1 recommendation remains; BLM said +2 staff were hired.","'+Natural Resources; Natural Resources" [CR]
  "'=HYPERLINK(""http://example.com/"",""Grant Payments"")","GAO-26-107077","May 7, 2026","","","Department of the Interior: Bureau of Land Management","The Director of BLM should document payment approvals. (Recommendation 2)","Open","No","-12","'+Natural Resources; Natural Resources" [CR]
$ rectrack import --format gao-csv all.csv
  reports: 0 new, 0 changed, 6 unchanged
  recommendations: 0 new, 0 changed, 15 unchanged
  events: 0
$ rectrack check
  ok: 6 reports, 15 recommendations, 48 events checked
$ rectrack reconcile --format gao-csv all.csv
  no discrepancies

GAO's file holds only the recommendations of issuer gao: a register
without them says so, not that a filter matched nothing.

$ rectrack --db nogao.db init > /dev/null && rectrack --db nogao.db export --format gao-csv --output nogao.csv
! rectrack: export: no recommendations of issuer gao (GAO's file holds only those)
! rectrack: wrote 0 recommendations (0 reports) to nogao.csv
