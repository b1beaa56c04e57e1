history REC: the events of one recommendation, oldest first (by
effective date, then by recording), in table, CSV and JSON.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-21-19 --title "Canine Program" --issued 2021-02-08 --agency CBP >/dev/null

One event of every kind: issued, concurrence, target, field, flag,
status, note.  Some are back-dated and recorded after later ones: they
still come in order of effective date.  Actors differ.

$ rectrack rec add OIG-21-19 --text "Improve oversight." --concurrence concur >/dev/null
$ rectrack --actor liaison status 'OIG-21-19#1' open-resolved --target 2021-09-30 --date 2021-05-10 >/dev/null
$ rectrack official add "Office of Field Operations" --name "Office of Field Operations" >/dev/null
$ rectrack --actor liaison rec set 'OIG-21-19#1' official="Office of Field Operations" on_hold=yes --date 2021-03-15 --note 'per memo, "A-1"' >/dev/null
$ RECTRACK_ACTOR=auditor rectrack note 'OIG-21-19#1' 'Discussed with CBP, see minutes
> of the May meeting' --date 2021-06-01 >/dev/null
$ rectrack status 'OIG-21-19#1' closed-implemented --date 2022-01-15 >/dev/null

The table: EFFECTIVE, ACTOR, KIND, FIELD, OLD, NEW, NOTE.

$ rectrack history 'OIG-21-19#1'
  EFFECTIVE   ACTOR    KIND         FIELD        OLD            NEW                         NOTE                                                CHANGE  VOIDED BY
  2021-02-08  tester   issued       status                      open-pending                                                                         1
  2021-02-08  tester   concurrence  concurrence  pending        concur                                                                               1
  2021-03-15  liaison  field        official                    Office of Field Operations  per memo, "A-1"                                          4
  2021-03-15  liaison  flag         on_hold      no             yes                         per memo, "A-1"                                          4
  2021-05-10  liaison  status       status       open-pending   open-resolved                                                                        2
  2021-05-10  liaison  target       target_date                 2021-09-30                                                                           2
  2021-06-01  auditor  note                                                                 Discussed with CBP, see minutes of the May meeting       5
  2022-01-15  tester   status       status       open-resolved  closed-implemented                                                                   6
  2022-01-15  tester   flag         on_hold      yes            no                                                                                   6

CSV: RFC 4180 with the recording instant "at"; the note's comma, quotes
and newline are quoted.

$ rectrack history 'OIG-21-19#1' --format csv
  effective,at,actor,kind,field,old,new,note,change,voided_by [CR]
  2021-02-08,2026-11-28T12:00:00Z,tester,issued,status,,open-pending,,1, [CR]
  2021-02-08,2026-11-28T12:00:00Z,tester,concurrence,concurrence,pending,concur,,1, [CR]
  2021-03-15,2026-11-28T12:00:00Z,liaison,field,official,,Office of Field Operations,"per memo, ""A-1""",4, [CR]
  2021-03-15,2026-11-28T12:00:00Z,liaison,flag,on_hold,no,yes,"per memo, ""A-1""",4, [CR]
  2021-05-10,2026-11-28T12:00:00Z,liaison,status,status,open-pending,open-resolved,,2, [CR]
  2021-05-10,2026-11-28T12:00:00Z,liaison,target,target_date,,2021-09-30,,2, [CR]
  2021-06-01,2026-11-28T12:00:00Z,auditor,note,,,,"Discussed with CBP, see minutes
  of the May meeting",5, [CR]
  2022-01-15,2026-11-28T12:00:00Z,tester,status,status,open-resolved,closed-implemented,,6, [CR]
  2022-01-15,2026-11-28T12:00:00Z,tester,flag,on_hold,yes,no,,6, [CR]

JSON: one array, absent values null.

$ rectrack history 'OIG-21-19#1' --format json
  [
  {"effective":"2021-02-08","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"issued","field":"status","old":null,"new":"open-pending","note":null,"change":1,"voided_by":null},
  {"effective":"2021-02-08","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"concurrence","field":"concurrence","old":"pending","new":"concur","note":null,"change":1,"voided_by":null},
  {"effective":"2021-03-15","at":"2026-11-28T12:00:00Z","actor":"liaison","kind":"field","field":"official","old":null,"new":"Office of Field Operations","note":"per memo, \"A-1\"","change":4,"voided_by":null},
  {"effective":"2021-03-15","at":"2026-11-28T12:00:00Z","actor":"liaison","kind":"flag","field":"on_hold","old":"no","new":"yes","note":"per memo, \"A-1\"","change":4,"voided_by":null},
  {"effective":"2021-05-10","at":"2026-11-28T12:00:00Z","actor":"liaison","kind":"status","field":"status","old":"open-pending","new":"open-resolved","note":null,"change":2,"voided_by":null},
  {"effective":"2021-05-10","at":"2026-11-28T12:00:00Z","actor":"liaison","kind":"target","field":"target_date","old":null,"new":"2021-09-30","note":null,"change":2,"voided_by":null},
  {"effective":"2021-06-01","at":"2026-11-28T12:00:00Z","actor":"auditor","kind":"note","field":null,"old":null,"new":null,"note":"Discussed with CBP, see minutes\nof the May meeting","change":5,"voided_by":null},
  {"effective":"2022-01-15","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"status","field":"status","old":"open-resolved","new":"closed-implemented","note":null,"change":6,"voided_by":null},
  {"effective":"2022-01-15","at":"2026-11-28T12:00:00Z","actor":"tester","kind":"flag","field":"on_hold","old":"yes","new":"no","note":null,"change":6,"voided_by":null}
  ]
$ rectrack history 'OIG-21-19#1' --format json | python3 -m json.tool | sed -n '1,11p'
  [
      {
          "effective": "2021-02-08",
          "at": "2026-11-28T12:00:00Z",
          "actor": "tester",
          "kind": "issued",
          "field": "status",
          "old": null,
          "new": "open-pending",
          "note": null,
          "change": 1,

--as-of: only the events effective by the end of that day.

$ rectrack history 'OIG-21-19#1' --as-of 2021-03-15
  EFFECTIVE   ACTOR    KIND         FIELD        OLD      NEW                         NOTE             CHANGE  VOIDED BY
  2021-02-08  tester   issued       status                open-pending                                      1
  2021-02-08  tester   concurrence  concurrence  pending  concur                                            1
  2021-03-15  liaison  field        official              Office of Field Operations  per memo, "A-1"       4
  2021-03-15  liaison  flag         on_hold      no       yes                         per memo, "A-1"       4

A recommendation with only its issued event.

$ rectrack rec add OIG-21-19 --text "Second." >/dev/null
$ rectrack history 'OIG-21-19#2' --format csv
  effective,at,actor,kind,field,old,new,note,change,voided_by [CR]
  2021-02-08,2026-11-28T12:00:00Z,tester,issued,status,,open-pending,,7, [CR]

Errors: exit 1 for an unknown recommendation or report, a REC without
'#' and REPORT#*; exit 2 for no REC, two RECs, an unknown option or
format.

$ rectrack history 'OIG-21-19#9'
! rectrack: OIG-21-19#9: no such recommendation (report OIG-21-19 has no recommendation 9)
[1]
$ rectrack history 'OIG-99-99#1'
! rectrack: OIG-99-99: no such report
[1]
$ rectrack history OIG-21-19
! rectrack: history: no events
$ rectrack history 'OIG-21-19#*'
! rectrack: OIG-21-19#*: history takes one recommendation (REPORT#NUMBER); 'rectrack list --report OIG-21-19' lists them
[1]
$ rectrack history
! rectrack: history: history needs a REC (REPORT#NUMBER)
! usage: rectrack history REC|REPORT|agency:CODE|issuer:CODE|official:CODE
!                         [--as-of DATE] [--as-known DATE] [--format FMT]
! See 'rectrack help history' for the options and examples.
[2]
$ rectrack history 'OIG-21-19#1' 'OIG-21-19#2' 2>&1 | head -1
  rectrack: history: history takes one REC
$ rectrack history 'OIG-21-19#1' --since 2021-01-01 2>&1 | head -1
  rectrack: history: unknown option --since
$ rectrack history 'OIG-21-19#1' --format xml 2>&1 | head -1
  rectrack: history: --format: unknown format "xml" (expected table, csv, json or md)
$ rectrack --db nowhere.db history 'OIG-21-19#1'
! rectrack: nowhere.db: no database here (named by --db; create one with 'rectrack init')
[1]
