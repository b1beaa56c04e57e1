agency set|rename and issuer set|rename: each change is an event about
the agency or issuer itself (history agency:CODE, history issuer:CODE);
a renamed code keeps every report, recommendation and sub-agency
attached.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --kind oig --name "DHS Office of Inspector General" >/dev/null
$ rectrack issuer add gao --kind gao --name "Government Accountability Office" >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CPB --parent DHS --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack agency add OFO --parent CPB --name "Office of Field Operations" >/dev/null
$ rectrack agency add DOJ --name "Department of Justice" >/dev/null
$ rectrack report add OIG-21-19 --issuer dhs-oig --issued 2021-02-08 --agency CPB --title "Canine Program" >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-unresolved --text "Update Canine Program guidance." >/dev/null
$ rectrack rec add OIG-21-19 --agency OFO --concurrence concur --status open-unresolved --text "Train the canine teams." >/dev/null

A mistyped agency code, renamed: its report, its recommendations and
its sub-agency follow.

$ rectrack agency rename CPB CBP --note "mistyped at setup"
  agency CPB renamed CBP
  recorded as change 3
$ rectrack agency list --format csv
  code,name,parent,path [CR]
  DHS,Department of Homeland Security,,DHS [CR]
  CBP,U.S. Customs and Border Protection,DHS,DHS/CBP [CR]
  OFO,Office of Field Operations,CBP,DHS/CBP/OFO [CR]
  DOJ,Department of Justice,,DOJ [CR]
$ rectrack list --format csv | cut -d, -f1,6
  id,agency
  OIG-21-19#1,CBP
  OIG-21-19#2,OFO
$ rectrack report list --agency CBP --format csv | cut -d, -f1,5
  number,agency
  OIG-21-19,CBP
$ rectrack history agency:CBP
  EFFECTIVE   ACTOR   KIND     FIELD  OLD  NEW  NOTE               CHANGE  VOIDED BY
  2026-11-28  tester  renamed  code   CPB  CBP  mistyped at setup       3

agency set: name and parent ("" moves it to the top).

$ rectrack agency set OFO name="CBP Office of Field Operations" parent=DHS --date 2024-10-01
  agency OFO: name "Office of Field Operations" -> "CBP Office of Field Operations"
  agency OFO: parent "CBP" -> "DHS"
  recorded as change 4
$ rectrack agency set OFO parent= name="CBP Office of Field Operations"
  agency OFO: parent "DHS" -> (none)
  recorded as change 5
$ rectrack agency set OFO parent=CBP
  agency OFO: parent (none) -> "CBP"
  recorded as change 6
$ rectrack agency list
  CODE     NAME
  DHS      Department of Homeland Security
    CBP    U.S. Customs and Border Protection
      OFO  CBP Office of Field Operations
  DOJ      Department of Justice
$ rectrack history agency:OFO
  EFFECTIVE   ACTOR   KIND   FIELD   OLD                         NEW                             NOTE  CHANGE  VOIDED BY
  2024-10-01  tester  field  name    Office of Field Operations  CBP Office of Field Operations             4
  2024-10-01  tester  field  parent  CBP                         DHS                                        4
  2026-11-28  tester  field  parent  DHS                                                                    5
  2026-11-28  tester  field  parent                              CBP                                        6

issuer set and issuer rename.

$ rectrack issuer set dhs-oig name="Office of Inspector General, DHS" kind=oig
  issuer dhs-oig: name "DHS Office of Inspector General" -> "Office of Inspector General, DHS"
  recorded as change 7
$ rectrack issuer rename dhs-oig DHS-OIG
  issuer dhs-oig renamed DHS-OIG
  recorded as change 8
$ rectrack issuer list --format csv
  code,kind,name [CR]
  DHS-OIG,oig,"Office of Inspector General, DHS" [CR]
  gao,gao,Government Accountability Office [CR]
$ rectrack report list --format csv | cut -d, -f1,4
  number,issuer
  OIG-21-19,DHS-OIG
$ rectrack history issuer:DHS-OIG
  EFFECTIVE   ACTOR   KIND     FIELD  OLD                              NEW                               NOTE  CHANGE  VOIDED BY
  2026-11-28  tester  field    name   DHS Office of Inspector General  Office of Inspector General, DHS             7
  2026-11-28  tester  renamed  code   dhs-oig                          DHS-OIG                                      8

Refusals: each leaves the database as it was.

$ sqlite3 rectrack.db .dump > before.sql
$ rectrack agency rename CBP DOJ
! rectrack: agency DOJ already exists (rename onto a free code)
[1]
$ rectrack agency rename CPB XYZ
! rectrack: CPB: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack agency rename CBP CBP
! rectrack: agency CBP: the new code is the same as the old one
[1]
$ rectrack agency rename CBP A/B
! rectrack: "A/B": not an agency code (not empty, no '/')
[1]
$ rectrack agency rename CBP
! rectrack: agency: agency rename needs OLD and NEW codes
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]
$ rectrack agency set CBP parent=OFO
! rectrack: CBP: cannot be placed under OFO, which is itself or below it
[1]
$ rectrack agency set CBP parent=DSH
! rectrack: DSH: no such agency (add it with 'rectrack agency add'); did you mean "DHS"?
[1]
$ rectrack agency set CBP name=
! rectrack: name: the agency name may not be empty
[1]
$ rectrack agency set CBP code=X
! rectrack: code: not a field of an agency one can set (expected one of name, parent)
[1]
$ rectrack agency set OFO name=x --date 2024-09-01
! rectrack: agency OFO: name was changed effective 2024-10-01; a change effective 2024-09-01 would come before it
[1]
$ rectrack agency set CBX name=x
! rectrack: CBX: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack issuer rename DHS-OIG gao
! rectrack: issuer gao already exists (rename onto a free code)
[1]
$ rectrack issuer rename dhs-oig x
! rectrack: dhs-oig: no such issuer (add it with 'rectrack issuer add'); did you mean "DHS-OIG"?
[1]
$ rectrack issuer set gao kind=court
! rectrack: kind: unknown value "court" (expected one of oig, gao, internal, external, other)
[1]
$ rectrack issuer set gao name=" "
! rectrack: name: the issuer name may not be empty
[1]
$ rectrack history agency:NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack history issuer:NOPE
! rectrack: NOPE: no such issuer (add it with 'rectrack issuer add')
[1]
$ sqlite3 rectrack.db .dump | cmp - before.sql && echo unchanged
  unchanged

$ rectrack check
  ok: 1 report, 2 recommendations, 4 events checked

A copy carries the events about reports, agencies and issuers, renames
included, with the same chain (the same head).

$ rectrack copy rectrack.db copied.db >/dev/null # sqlite-only
$ rectrack --db copied.db history agency:CBP | tail -1 # sqlite-only
  2026-11-28  tester  renamed  code   CPB  CBP  mistyped at setup       3
$ rectrack seal | cut -d' ' -f2 > a.txt # sqlite-only
$ rectrack --db copied.db seal | cut -d' ' -f2 > b.txt # sqlite-only
$ cmp a.txt b.txt && echo "same head" # sqlite-only
  same head
$ rectrack --db copied.db check | cut -d: -f1 # sqlite-only
  ok

A recommendation whose history names an agency by a code it later
lost: a recommendation moved to agency DOJ, then DOJ renamed. The
history keeps the code it recorded; `check` reads it as the agency it
is now, and an export lists the former code under the agency
(`formerly:`), so that it imports into an empty database, which then
checks clean and exports the same file (but for the change sets and
seq numbers: an import is one change set of the register it enters, and
its events get that register's numbers).

$ rectrack rec set 'OIG-21-19#1' agency=DOJ --note "moved to Justice" >/dev/null
$ rectrack agency rename DOJ USDOJ >/dev/null
$ rectrack history 'OIG-21-19#1' | grep agency
  2026-11-28  tester  field        agency       CBP      DOJ              moved to Justice       9
$ rectrack check
  ok: 1 report, 2 recommendations, 5 events checked
$ rectrack export > renamed.yaml
$ grep -B3 -A1 formerly renamed.yaml
  - code: CBP
    name: U.S. Customs and Border Protection
    parent: DHS
    formerly:
    - CPB
  --
    parent: CBP
  - code: USDOJ
    name: Department of Justice
    formerly:
    - DOJ
$ rectrack --db copy.db init >/dev/null
$ rectrack --db copy.db import renamed.yaml | tail -1
  recorded as change 1
$ rectrack --db copy.db check
  ok: 1 report, 2 recommendations, 5 events checked
$ rectrack --db copy.db export | grep -v -e ' change: ' -e ' seq: ' > copy.yaml
$ grep -v -e ' change: ' -e ' seq: ' renamed.yaml | diff - copy.yaml
$ rectrack export --format json > renamed.json
$ rectrack --db json.db init >/dev/null
$ rectrack --db json.db import renamed.json | tail -1
  recorded as change 1
$ rectrack --db json.db check
  ok: 1 report, 2 recommendations, 5 events checked
