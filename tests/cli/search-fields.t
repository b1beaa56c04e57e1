search beyond the texts: the notes of events about recommendations and
reports, corrective actions and officials' names are searched too, each
hit naming its field; --in narrows the fields; a report number or a
recommendation's REPORT#NUMBER is found as it is, first.

$ rectrack init >/dev/null
$ cp $SRCDIR/config/examples/port-of-entry.yaml example.yaml
$ rectrack import example.yaml >/dev/null

The mark an import leaves on its events ("import FILE") is not searched:

$ rectrack search example yaml
! rectrack: search: no match for 'example yaml'

A note (the `note` command, or the reason given with a change) is a hit
for its recommendation, field "note".

$ rectrack note 'OIG-21-19#3' "Kennel inspection set with the Laredo field office" >/dev/null
$ rectrack status 'OIG-21-19#4' open-resolved --note "guidance draft reviewed by kennel masters" >/dev/null
! rectrack: OIG-21-19#4: moving to open-resolved needs a target date (--target)
[1]
$ rectrack search kennel | LC_ALL=C sort
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19#3  note   2021-02-08  CBP     open-resolved  [Kennel] inspection set with the Laredo field office
$ rectrack check >/dev/null

A corrective action is a hit, field "corrective-action"; changing it
changes what is found.

$ rectrack rec set 'OIG-21-48#2' corrective_action="Publish a medical screening directive for El Paso" >/dev/null
$ rectrack search paso
  ID           FIELD              ISSUED      AGENCY  STATUS        MATCH
  OIG-21-48#2  corrective-action  2021-07-20  CBP     open-pending  Publish a medical screening directive for El [Paso]
$ rectrack rec set 'OIG-21-48#2' corrective_action="Publish a medical screening directive for Tucson" >/dev/null
$ rectrack search paso
! rectrack: search: no match for 'paso'
$ rectrack search tucson --format csv
  rank,id,report,number,field,title,issuer,issued,agency,status,snippet,excerpt,matches [CR]
  1,OIG-21-48#2,OIG-21-48,2,corrective-action,CBP Needs to Strengthen Its Oversight and Policy to Better Care for Migrants Needing Medical Attention,dhs-oig,2021-07-20,CBP,open-pending,Publish a medical screening directive for [Tucson],Publish a medical screening directive for Tucson,Tucson [CR]
$ rectrack check >/dev/null

An official's name is a hit for each recommendation assigned to the
official, field "official"; a new name is found at once.

$ rectrack official add cbp-ofo --name "José Ramírez" --agency CBP >/dev/null
$ rectrack rec set 'OIG-21-19#1' official=cbp-ofo >/dev/null
$ rectrack rec set 'OIG-21-19#2' official=cbp-ofo >/dev/null
$ rectrack search ramirez | LC_ALL=C sort
  ID           FIELD     ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19#1  official  2021-02-08  CBP     open-resolved  José [Ramírez]
  OIG-21-19#2  official  2021-02-08  CBP     open-resolved  José [Ramírez]
$ rectrack official set cbp-ofo name="Ana Ortiz" >/dev/null
$ rectrack search ramirez
! rectrack: search: no match for 'ramirez'
$ rectrack search ortiz --status open-resolved --limit 1 | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19#1 official
$ rectrack check >/dev/null

A voided change keeps its events in the history, and their notes are
still found; so is the reason given with the void.

$ rectrack status 'OIG-19-53#1' closed-implemented --note "closure letter from Laredo" >/dev/null
$ rectrack void $(rectrack changes --format csv | tail -1 | cut -d, -f1) --note "Laredo letter was a draft" >/dev/null
$ rectrack search laredo | LC_ALL=C sort
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-19-53#1  note   2019-07-19  CBP     open-pending   [Laredo] letter was a draft
  OIG-19-53#1  note   2019-07-19  CBP     open-pending   closure letter from [Laredo]
  OIG-21-19#3  note   2021-02-08  CBP     open-resolved  Kennel inspection set with the [Laredo] field office
$ rectrack check >/dev/null

--in names the fields that may match (comma-separated, repeatable):
title, summary, text, corrective-action, note, official.

$ rectrack search laredo --in note --in official | wc -l
  4
$ rectrack search canine --in title,summary
  ID         FIELD    ISSUED      AGENCY  STATUS  MATCH
  OIG-21-19  title    2021-02-08  CBP             CBP Needs to Improve the Oversight of its [Canine] Program to Better…
  OIG-21-19  summary  2021-02-08  CBP             CBP's training approach and execution do not fully support the [canine]…
$ rectrack search canine --in corrective-action
! rectrack: search: no match for 'canine'
$ rectrack search canine --in notes
! rectrack: search: --in: "notes" is not a field (expected title, summary, text, corrective-action, note or official, comma-separated)
! usage: rectrack search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]
!                        [--agency CODE] [--report NUMBER] [--status STATUS]...
!                        [--format FMT]
! See 'rectrack help search' for the options and examples.
[2]
$ rectrack search canine --in title,
! rectrack: search: --in: "title," is not a field (expected title, summary, text, corrective-action, note or official, comma-separated)
! usage: rectrack search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]
!                        [--agency CODE] [--report NUMBER] [--status STATUS]...
!                        [--format FMT]
! See 'rectrack help search' for the options and examples.
[2]

A report number, quoted or not, finds that report first (field "id",
its title); REPORT#NUMBER, as the listings print it, finds that
recommendation (its text).  The words of the query follow.

$ rectrack search OIG-21-19
  ID         FIELD  ISSUED      AGENCY  STATUS  MATCH
  OIG-21-19  id     2021-02-08  CBP             CBP Needs to Improve the Oversight of its Canine Program to Better…
$ rectrack search '"OIG-21-19"' --format json
  [
  {"rank":1,"id":"OIG-21-19","report":"OIG-21-19","number":null,"field":"id","title":"CBP Needs to Improve the Oversight of its Canine Program to Better Train and Reinforce Canine Performance (REDACTED)","issuer":"dhs-oig","issued":"2021-02-08","agency":"CBP","status":null,"snippet":"CBP Needs to Improve the Oversight of its Canine Program to Better…","excerpt":"CBP Needs to Improve the Oversight of its Canine Program to Better…","matches":[]}
  ]
$ rectrack search 'OIG-21-48#2'
  ID           FIELD  ISSUED      AGENCY  STATUS        MATCH
  OIG-21-48#2  id     2021-07-20  CBP     open-pending  Issue clear policies and procedures for medical support to individuals in custody…
$ rectrack search 'OIG-21-48#2' --limit 1 --format csv | cut -d, -f1,2,5
  rank,id,field
  1,OIG-21-48#2,id
$ rectrack search 'OIG-21-48#9'
! rectrack: search: no match for 'OIG-21-48#9'
$ rectrack search OIG-21-99
! rectrack: search: no match for 'OIG-21-99'

With --in or a filter, the words alone are searched.

$ rectrack search '"OIG-21-19"' --in title
! rectrack: search: no match for '"OIG-21-19"'
$ rectrack check
  ok: 4 reports, 8 recommendations, 30 events checked

`rectrack check` compares the index with the notes, corrective actions
and names it should hold: one taken out of the index by hand is named.

$ sqlite3 rectrack.db "INSERT INTO search_index(search_index, rowid, body) SELECT 'delete', doc, body FROM search_text WHERE body LIKE 'Kennel%'"
$ rectrack check # sqlite-only
  OIG-21-19#3: its note (event 24) is not in the search index
  search index: its words do not match the texts (FTS5 integrity-check: database disk image is malformed); rebuild it as schema/002-search.sql says
  2 problems: 4 reports, 8 recommendations, 30 events checked
! rectrack: rectrack.db: 2 problems found
[1]
$ sqlite3 rectrack.db "INSERT INTO search_index(search_index, rowid, body) SELECT 'delete', doc, body FROM search_text WHERE body = 'Ana Ortiz'"
$ rectrack check # sqlite-only
  OIG-21-19#3: its note (event 24) is not in the search index
  official cbp-ofo: its name is not in the search index
  search index: its words do not match the texts (FTS5 integrity-check: database disk image is malformed); rebuild it as schema/002-search.sql says
  3 problems: 4 reports, 8 recommendations, 30 events checked
! rectrack: rectrack.db: 3 problems found
[1]
$ sqlite3 rectrack.db "INSERT INTO search_index(search_index) VALUES ('rebuild')"
$ rectrack check # sqlite-only
  ok: 4 reports, 8 recommendations, 30 events checked

A database of the previous schema version (8) is upgraded by init: the
notes, corrective actions and officials' names already there are
indexed.

$ cat $SRCDIR/schema/00[1-8]-*.sql | sqlite3 old.db
$ sqlite3 old.db "PRAGMA application_id = 1381257795; PRAGMA user_version = 8;
> INSERT INTO issuer(code, name) VALUES ('gao', 'GAO');
> INSERT INTO agency(code, name) VALUES ('DOJ', 'Department of Justice');
> INSERT INTO official(code, name) VALUES ('bop-dir', 'Colette Peters');
> INSERT INTO report(number, sort_key, title, issuer_id, issued, fiscal_year, agency_id)
>   VALUES ('GAO-20-536', 'GAO-0220-03536', 'Federal Prisons: Staffing', 1, '2020-07-09', 2020, 1);
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official, corrective_action)
>   VALUES (1, '1', '011', 'Address staffing shortages.', 1, 'bop-dir', 'Hire augmentation officers.');
> INSERT INTO change(at, actor, command) VALUES ('2021-01-01T00:00:00Z', 'me', 'note');
> INSERT INTO event(recommendation_id, change_id, at, effective, actor, kind, note)
>   VALUES (1, 1, '2021-01-01T00:00:00Z', '2021-01-01', 'me', 'note', 'Union consulted on overtime.');
> UPDATE search_mark SET recommendation = 1, report = 1;"
$ rectrack --db old.db init # sqlite-only
  upgraded old.db from schema version 8 to 9
$ rectrack --db old.db search peters OR augmentation OR overtime # sqlite-only
  ID            FIELD              ISSUED      AGENCY  STATUS        MATCH
  GAO-20-536#1  official           2020-07-09  DOJ     open-pending  Colette [Peters]
  GAO-20-536#1  corrective-action  2020-07-09  DOJ     open-pending  Hire [augmentation] officers.
  GAO-20-536#1  note               2020-07-09  DOJ     open-pending  Union consulted on [overtime].
The rows were written by hand (no issued event, no chain): check finds
that, and nothing about the search index.

$ rectrack --db old.db check 2>&1 | grep -c search # sqlite-only
  0
[1]
$ sqlite3 old.db "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)"
