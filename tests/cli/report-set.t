report set: a report's own fields, each change one event about the
report (history REPORT shows them); a new issue date is checked against
the dates of its recommendations.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --kind oig --name "DHS Office of Inspector General" >/dev/null
$ rectrack issuer add gao --kind gao --name "Government Accountability Office" >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --parent DHS --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack agency add ICE --parent DHS --name "U.S. Immigration and Customs Enforcement" >/dev/null
$ rectrack report add OIG-21-19 --issuer dhs-oig --issued 2021-02-08 --agency CBP --topic "Port of Entry" --title "CBP Needs to Improve the Oversight of its Canine Program" >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 --text "Improve oversight of the Canine Program." >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-unresolved --text "Update Canine Program guidance." >/dev/null
$ rectrack report add OIG-22-01 --issuer dhs-oig --issued 2021-12-01 --agency ICE --title "An empty report" >/dev/null

Every field, in one command: one event and one outcome line per field
that changes, in the order given; an unchanged value writes nothing.

$ rectrack report set OIG-21-19 title="CBP Needs to Improve the Oversight of its Canine Program (REDACTED)" sensitivity=redacted type=inspection topics="Port of Entry, Canines,Training" summary="Canine teams." url=https://www.oig.dhs.gov/ agency=CBP --date 2021-03-01 --note "corrected from the published PDF"
  report OIG-21-19: title "CBP Needs to Improve the Oversight of its Canine Program" -> "CBP Needs to Improve the Oversight of its Canine Program (REDACTED)"
  report OIG-21-19: sensitivity "public" -> "redacted"
  report OIG-21-19: type "audit" -> "inspection"
  report OIG-21-19: topics "Port of Entry" -> "Canines, Port of Entry, Training"
  report OIG-21-19: summary (none) -> "Canine teams."
  report OIG-21-19: url (none) -> "https://www.oig.dhs.gov/"
  recorded as change 3
$ rectrack report set OIG-21-19 agency=ICE issuer=gao summary= --date 2021-04-01
  report OIG-21-19: agency "CBP" -> "ICE"
  report OIG-21-19: issuer "dhs-oig" -> "gao"
  report OIG-21-19: summary "Canine teams." -> (none)
  recorded as change 4
$ rectrack report set OIG-21-19 agency=ICE
  report OIG-21-19: nothing changed
$ rectrack report show OIG-21-19
  Report:       OIG-21-19
  Title:        CBP Needs to Improve the Oversight of its Canine Program (REDACTED)
  Issuer:       gao
  Type:         inspection
  Issued:       2021-02-08 (FY2021)
  Agency:       DHS/ICE
  Sensitivity:  redacted
  Topics:       Canines; Port of Entry; Training
  URL:          https://www.oig.dhs.gov/
  
  Recommendations: 2, 2 open
  
  ID           ISSUED      AGENCY  TEXT                                      CONCURRENCE  STATUS           TARGET      AGE
  OIG-21-19#1  2021-02-08  CBP     Improve oversight of the Canine Program.  concur       open-resolved    2021-09-30  2119
  OIG-21-19#2  2021-02-08  CBP     Update Canine Program guidance.           concur       open-unresolved              2119
$ rectrack list --report OIG-21-19 --format csv | cut -d, -f1-6
  id,report,number,issuer,issued,agency
  OIG-21-19#1,OIG-21-19,1,gao,2021-02-08,CBP
  OIG-21-19#2,OIG-21-19,2,gao,2021-02-08,CBP

The report's own history, oldest first, with the same columns as a
recommendation's; its recommendations' history is untouched.

$ rectrack history OIG-21-19
  EFFECTIVE   ACTOR   KIND   FIELD        OLD                                                       NEW                                                                  NOTE                              CHANGE  VOIDED BY
  2021-03-01  tester  field  title        CBP Needs to Improve the Oversight of its Canine Program  CBP Needs to Improve the Oversight of its Canine Program (REDACTED)  corrected from the published PDF       3
  2021-03-01  tester  field  sensitivity  public                                                    redacted                                                             corrected from the published PDF       3
  2021-03-01  tester  field  type         audit                                                     inspection                                                           corrected from the published PDF       3
  2021-03-01  tester  field  topics       Port of Entry                                             Canines, Port of Entry, Training                                     corrected from the published PDF       3
  2021-03-01  tester  field  summary                                                                Canine teams.                                                        corrected from the published PDF       3
  2021-03-01  tester  field  url                                                                    https://www.oig.dhs.gov/                                             corrected from the published PDF       3
  2021-04-01  tester  field  agency       CBP                                                       ICE                                                                                                         4
  2021-04-01  tester  field  issuer       dhs-oig                                                   gao                                                                                                         4
  2021-04-01  tester  field  summary      Canine teams.                                                                                                                                                         4
$ rectrack history OIG-21-19 --format csv
  effective,at,actor,kind,field,old,new,note,change,voided_by [CR]
  2021-03-01,2026-11-28T12:00:00Z,tester,field,title,CBP Needs to Improve the Oversight of its Canine Program,CBP Needs to Improve the Oversight of its Canine Program (REDACTED),corrected from the published PDF,3, [CR]
  2021-03-01,2026-11-28T12:00:00Z,tester,field,sensitivity,public,redacted,corrected from the published PDF,3, [CR]
  2021-03-01,2026-11-28T12:00:00Z,tester,field,type,audit,inspection,corrected from the published PDF,3, [CR]
  2021-03-01,2026-11-28T12:00:00Z,tester,field,topics,Port of Entry,"Canines, Port of Entry, Training",corrected from the published PDF,3, [CR]
  2021-03-01,2026-11-28T12:00:00Z,tester,field,summary,,Canine teams.,corrected from the published PDF,3, [CR]
  2021-03-01,2026-11-28T12:00:00Z,tester,field,url,,https://www.oig.dhs.gov/,corrected from the published PDF,3, [CR]
  2021-04-01,2026-11-28T12:00:00Z,tester,field,agency,CBP,ICE,,4, [CR]
  2021-04-01,2026-11-28T12:00:00Z,tester,field,issuer,dhs-oig,gao,,4, [CR]
  2021-04-01,2026-11-28T12:00:00Z,tester,field,summary,Canine teams.,,,4, [CR]
$ rectrack history 'OIG-21-19#2'
  EFFECTIVE   ACTOR   KIND         FIELD        OLD      NEW              NOTE  CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                open-unresolved             2
  2021-02-08  tester  concurrence  concurrence  pending  concur                      2

An earlier issue date is always fine; the fiscal year follows it, with
an event of its own.

$ rectrack report set OIG-21-19 issued=2020-09-15 --note "date of the signed letter"
  report OIG-21-19: issued "2021-02-08" -> "2020-09-15"
  report OIG-21-19: fiscal_year "2021" -> "2020"
  recorded as change 5
$ rectrack report list --format csv | cut -d, -f1-6
  number,issued,fiscal_year,issuer,agency,type
  OIG-21-19,2020-09-15,2020,gao,ICE,inspection
  OIG-22-01,2021-12-01,2022,dhs-oig,ICE,audit

A later one is refused when a recommendation has an event or a target
date before it, naming them; a report without recommendations moves
freely.

$ rectrack report set OIG-21-19 issued=2021-10-01
! rectrack: report OIG-21-19: issue date 2021-10-01 is after dates of its recommendations, which would come before the report: OIG-21-19#1 (2021-02-08), OIG-21-19#2 (2021-02-08)
[1]
$ rectrack report set OIG-22-01 issued=2022-01-10
  report OIG-22-01: issued "2021-12-01" -> "2022-01-10"
  recorded as change 6

Refusals: each leaves the database as it was.

$ sqlite3 rectrack.db .dump > before.sql
$ rectrack report set OIG-21-91 title=x
! rectrack: OIG-21-91: no such report
[1]
$ rectrack report set OIG-21-19 colour=blue
! rectrack: colour: not a field of a report one can set (expected one of title, issued, agency, issuer, type, sensitivity, topics, summary, url)
[1]
$ rectrack report set OIG-21-19 title=a title=b
! rectrack: title: given twice
[1]
$ rectrack report set OIG-21-19 title=" "
! rectrack: title: the report title may not be empty
[1]
$ rectrack report set OIG-21-19 type=memo
! rectrack: type: unknown value "memo" (expected one of audit, inspection, evaluation, management-alert, review, other)
[1]
$ rectrack report set OIG-21-19 sensitivity=secret
! rectrack: sensitivity: unknown value "secret" (expected one of public, redacted, sensitive)
[1]
$ rectrack report set OIG-21-19 agency=CPB
! rectrack: CPB: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack report set OIG-21-19 issuer=dhs-ogi
! rectrack: dhs-ogi: no such issuer (add it with 'rectrack issuer add'); did you mean "dhs-oig"?
[1]
$ rectrack report set OIG-21-19 issued=2021-02-30
! rectrack: issued: "2021-02-30" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack report set OIG-21-19 issued=2027-01-01
! rectrack: issued: 2027-01-01 is after today (2026-11-28)
[1]
$ rectrack report set OIG-21-19 title=x --date 2020-01-01
! rectrack: report OIG-21-19: effective date 2020-01-01 is before the report was issued (2020-09-15)
[1]
$ rectrack report set OIG-21-19 title=x --date 2026-12-01
! rectrack: report OIG-21-19: effective date 2026-12-01 is after today (2026-11-28)
[1]
$ rectrack report set OIG-21-19 title=x --date 2021-01-15
! rectrack: report OIG-21-19: title was changed effective 2021-03-01; a change effective 2021-01-15 would come before it
[1]
$ rectrack report set OIG-21-19 title=x agency=NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack report set OIG-21-19
! rectrack: report: report set needs FIELD=VALUE
! usage: rectrack report add NUMBER --title TEXT --issued DATE --agency CODE
!                            [--issuer CODE] [--type TYPE] [--fy YEAR] [--url URL]
!                            [--topic TOPIC]... [--summary TEXT] [--dry-run]
!                            [--sensitivity public|redacted|sensitive]
!        rectrack report set NUMBER FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack report list [--issuer CODE] [--agency CODE] [--format FMT]
!        rectrack report show NUMBER [--format FMT]
! See 'rectrack help report' for the options and examples.
[2]
$ rectrack report set OIG-21-19 title
! rectrack: report: title: expected FIELD=VALUE
! usage: rectrack report add NUMBER --title TEXT --issued DATE --agency CODE
!                            [--issuer CODE] [--type TYPE] [--fy YEAR] [--url URL]
!                            [--topic TOPIC]... [--summary TEXT] [--dry-run]
!                            [--sensitivity public|redacted|sensitive]
!        rectrack report set NUMBER FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack report list [--issuer CODE] [--agency CODE] [--format FMT]
!        rectrack report show NUMBER [--format FMT]
! See 'rectrack help report' for the options and examples.
[2]
$ rectrack history OIG-21-91
! rectrack: OIG-21-91: no such report
[1]
$ sqlite3 rectrack.db .dump | cmp - before.sql && echo unchanged
  unchanged

$ rectrack check
  ok: 2 reports, 2 recommendations, 5 events checked
