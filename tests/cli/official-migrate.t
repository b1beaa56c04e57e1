The upgrade to schema 6 makes officials records.  Each distinct
free-text official of the recommendations becomes an official: its code
derived from the text (capitals kept, initials of longer names, short
names written out; -2, -3 when taken), its name the text.  The
recommendations hold its code, and one renamed event per official (text
-> code) in one change set of the upgrade links it into the hash chain,
so that check still finds every recommendation's history sound.  init
says what it made.

A register of schema version 4, with a history naming the officials by
their text:

$ for f in 001-initial 002-search 003-listing-indexes 004-management-decision; do sqlite3 old.db < $SRCDIR/schema/$f.sql; done
$ sqlite3 old.db "PRAGMA application_id = 1381257795; PRAGMA user_version = 4;
> INSERT INTO issuer(code, name) VALUES ('dhs-oig', 'DHS OIG');
> INSERT INTO agency(code, name) VALUES ('CBP', 'U.S. Customs and Border Protection');
> INSERT INTO report(number, sort_key, title, issuer_id, issued, fiscal_year, agency_id)
>   VALUES ('OIG-21-19', 'OIG-0221-0019', 'Canine Program', 1, '2021-02-08', 2021, 1);
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '1', '011', 'Update the guidance.', 1, 'CBP Office of Field Operations');
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '2', '012', 'Train the teams.', 1, 'CBP Office of Field Operations');
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '3', '013', 'Report quarterly.', 1, 'Jane Smith');
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '4', '014', 'Count the dogs.', 1, 'CBP/OFO');
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id)
>   VALUES (1, '5', '015', 'Nobody yet.', 1);
> INSERT INTO event(recommendation_id, at, effective, actor, kind, field, new)
>   SELECT id, '2026-11-01T09:00:00Z', '2021-02-08', 'clerk', 'issued', 'status', 'open-pending' FROM recommendation;
> INSERT INTO event(recommendation_id, at, effective, actor, kind, field, old, new)
>   VALUES (1, '2026-11-02T09:00:00Z', '2021-03-01', 'clerk', 'field', 'official', NULL, 'Jane Smith');
> INSERT INTO event(recommendation_id, at, effective, actor, kind, field, old, new)
>   VALUES (1, '2026-11-03T09:00:00Z', '2021-04-01', 'clerk', 'field', 'official', 'Jane Smith', 'CBP Office of Field Operations');
> INSERT INTO event(recommendation_id, at, effective, actor, kind, field, new)
>   VALUES (4, '2026-11-03T09:00:00Z', '2021-04-01', 'clerk', 'field', 'official', 'CBP/OFO');"
$ rectrack --db old.db init # sqlite-only
  upgraded old.db from schema version 4 to 9
  official cbp-ofo: "CBP Office of Field Operations"
  official cbp-ofo-2: "CBP/OFO"
  official jane-smith: "Jane Smith"
$ rectrack --db old.db init # sqlite-only
  old.db is up to date (schema version 9)
$ rectrack --db old.db official list # sqlite-only
  CODE        NAME                            EMAIL  AGENCY  TITLE  REPORTS TO  OPEN
  cbp-ofo     CBP Office of Field Operations                                    2
  cbp-ofo-2   CBP/OFO                                                           1
  jane-smith  Jane Smith                                                        1
$ rectrack --db old.db list --format csv | cut -d, -f1,7 # sqlite-only
  id,official
  OIG-21-19#1,cbp-ofo
  OIG-21-19#2,cbp-ofo
  OIG-21-19#3,jane-smith
  OIG-21-19#4,cbp-ofo-2
  OIG-21-19#5,
$ rectrack --db old.db history official:cbp-ofo # sqlite-only
  EFFECTIVE   ACTOR     KIND     FIELD  OLD                             NEW      NOTE                         CHANGE  VOIDED BY
  2026-11-28  rectrack  renamed  code   CBP Office of Field Operations  cbp-ofo  official records (schema 6)       4
$ rectrack --db old.db history 'OIG-21-19#1' | grep official # sqlite-only
  2021-03-01  clerk  field   official              Jane Smith                                 2
  2021-04-01  clerk  field   official  Jane Smith  CBP Office of Field Operations             3
$ rectrack --db old.db changes # sqlite-only
  CHANGE  RECORDED              ACTOR     EVENTS  RECS  FIRST        COMMAND
       1  2026-11-01T09:00:00Z  clerk          5     5  OIG-21-19#1  (recorded before change sets)
       2  2026-11-02T09:00:00Z  clerk          1     1  OIG-21-19#1  (recorded before change sets)
       3  2026-11-03T09:00:00Z  clerk          2     2  OIG-21-19#1  (recorded before change sets)
       4  2026-11-28T12:00:00Z  rectrack       3     0               (upgrade to schema 6)
$ rectrack --db old.db check # sqlite-only
  ok: 1 report, 5 recommendations, 8 events checked (the search index's words were not compared with the texts)

The officials made are officials like any: renamed, the history of the
recommendations still reads as theirs; an export imported into an empty
database carries the texts they were made of (formerly:) and checks
sound.

$ rectrack --db old.db official rename cbp-ofo2 ofo # sqlite-only
! rectrack: cbp-ofo2: no such official (add it with 'rectrack official add'); did you mean "cbp-ofo" or "cbp-ofo-2"?
[1]
$ rectrack --db old.db official rename cbp-ofo ofo --note "shorter" # sqlite-only
  official cbp-ofo renamed ofo
  recorded as change 5
$ rectrack --db old.db check # sqlite-only
  ok: 1 report, 5 recommendations, 8 events checked
$ rectrack --db old.db export | sed -n '/^officials:/,/^reports:/p' # sqlite-only
  officials:
  - code: cbp-ofo-2
    name: CBP/OFO
    formerly:
    - CBP/OFO
  - code: jane-smith
    name: Jane Smith
    formerly:
    - Jane Smith
  - code: ofo
    name: CBP Office of Field Operations
    formerly:
    - CBP Office of Field Operations
    - cbp-ofo
  reports:
$ rectrack --db old.db export > old.yaml # sqlite-only
$ rectrack init >/dev/null # sqlite-only
$ rectrack import old.yaml >/dev/null # sqlite-only
$ rectrack check # sqlite-only
  ok: 1 report, 5 recommendations, 8 events checked

A register of schema version 5 gets the same upgrade; one whose
recommendations name no official gets no change set.

$ for f in 001-initial 002-search 003-listing-indexes 004-management-decision 005-changes; do sqlite3 five.db < $SRCDIR/schema/$f.sql; done
$ sqlite3 five.db "PRAGMA application_id = 1381257795; PRAGMA user_version = 5;
> INSERT INTO issuer(code, name) VALUES ('gao', 'GAO');
> INSERT INTO agency(code, name) VALUES ('DOJ', 'Department of Justice');
> INSERT INTO report(number, sort_key, title, issuer_id, issued, fiscal_year, agency_id)
>   VALUES ('GAO-20-536', 'GAO-0220-03536', 'Federal Prisons', 1, '2020-07-09', 2020, 1);
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '1', '011', 'Address staffing shortages.', 1, 'Director, Bureau of Prisons');
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '2', '012', 'Report on overtime.', 1, 'Director Bureau Prisons');"
$ rectrack --db five.db init # sqlite-only
  upgraded five.db from schema version 5 to 9
  official dbp: "Director Bureau Prisons"
  official dbp-2: "Director, Bureau of Prisons"
$ rectrack --db five.db official list --format csv # sqlite-only
  code,name,email,agency,title,reports_to,open [CR]
  dbp,Director Bureau Prisons,,,,,1 [CR]
  dbp-2,"Director, Bureau of Prisons",,,,,1 [CR]
$ for f in 001-initial 002-search 003-listing-indexes 004-management-decision 005-changes; do sqlite3 none.db < $SRCDIR/schema/$f.sql; done
$ sqlite3 none.db "PRAGMA application_id = 1381257795; PRAGMA user_version = 5"
$ rectrack --db none.db init # sqlite-only
  upgraded none.db from schema version 5 to 9
$ rectrack --db none.db changes # sqlite-only
! rectrack: changes: no change sets

Messy texts: one already in the form of a code ("cbp-ofo"), two that
derive to it, one that derives to what another text is ("cbp-ofo-2"),
and a blank one.  A text in the form of a code keeps it; no derived
code is ever another text, so that each recommendation goes to the
official made from its own text, and check finds every history sound.

$ for f in 001-initial 002-search 003-listing-indexes 004-management-decision; do sqlite3 messy.db < $SRCDIR/schema/$f.sql; done
$ sqlite3 messy.db "PRAGMA application_id = 1381257795; PRAGMA user_version = 4;
> INSERT INTO issuer(code, name) VALUES ('dhs-oig', 'DHS OIG');
> INSERT INTO agency(code, name) VALUES ('CBP', 'U.S. Customs and Border Protection');
> INSERT INTO report(number, sort_key, title, issuer_id, issued, fiscal_year, agency_id)
>   VALUES ('OIG-21-19', 'OIG-0221-0019', 'Canine Program', 1, '2021-02-08', 2021, 1);
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '1', '011', 'One.', 1, ' CBP Office of Field Operations ');
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '2', '012', 'Two.', 1, 'CBP  Office of Field Operations');
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '3', '013', 'Three.', 1, 'cbp-ofo');
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '4', '014', 'Four.', 1, 'cbp-ofo-2');
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id, official)
>   VALUES (1, '5', '015', 'Five.', 1, '   ');
> INSERT INTO event(recommendation_id, at, effective, actor, kind, field, new)
>   SELECT id, '2026-11-01T09:00:00Z', '2021-02-08', 'clerk', 'issued', 'status', 'open-pending' FROM recommendation;
> INSERT INTO event(recommendation_id, at, effective, actor, kind, field, new)
>   SELECT id, '2026-11-02T09:00:00Z', '2021-03-01', 'clerk', 'field', 'official', official FROM recommendation;"
$ rectrack --db messy.db init # sqlite-only
  upgraded messy.db from schema version 4 to 9
  official official: "   "
  official cbp-ofo-3: " CBP Office of Field Operations "
  official cbp-ofo-4: "CBP  Office of Field Operations"
  official cbp-ofo: "cbp-ofo"
  official cbp-ofo-2: "cbp-ofo-2"
$ rectrack --db messy.db list --format csv | cut -d, -f1,7 # sqlite-only
  id,official
  OIG-21-19#1,cbp-ofo-3
  OIG-21-19#2,cbp-ofo-4
  OIG-21-19#3,cbp-ofo
  OIG-21-19#4,cbp-ofo-2
  OIG-21-19#5,official
$ rectrack --db messy.db official list --format csv # sqlite-only
  code,name,email,agency,title,reports_to,open [CR]
  cbp-ofo,cbp-ofo,,,,,1 [CR]
  cbp-ofo-2,cbp-ofo-2,,,,,1 [CR]
  cbp-ofo-3," CBP Office of Field Operations ",,,,,1 [CR]
  cbp-ofo-4,CBP  Office of Field Operations,,,,,1 [CR]
  official,(blank),,,,,1 [CR]
$ rectrack --db messy.db check # sqlite-only
  ok: 1 report, 5 recommendations, 10 events checked (the search index's words were not compared with the texts)
