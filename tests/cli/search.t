search: full-text search over report titles, report summaries and
recommendation texts (SQLite FTS5), best hits first, with the matching
words marked.  The example data: four DHS OIG reports, eight
recommendations.

$ rectrack init >/dev/null
$ cp $SRCDIR/config/examples/port-of-entry.yaml example.yaml
$ rectrack import example.yaml >/dev/null

An import is searchable at once.  "fentanyl" is in OIG-19-53's title, in
its summary and in its one recommendation.  Each hit says where it
matched; a title or summary is named by the report number, a text by
REPORT#NUMBER with its status.  The shorter the text the word is found
in, the better the hit (bm25): the title first.

$ rectrack search fentanyl
  ID           FIELD    ISSUED      AGENCY  STATUS        MATCH
  OIG-19-53    title    2019-07-19  CBP                   Management Alert - CBP Did Not Adequately Protect Employees from Possible [Fentanyl] Exposure
  OIG-19-53#1  text     2019-07-19  CBP     open-pending  …tools to handle and reverse overdoses from [fentanyl] and other opioids (paraphrased).
  OIG-19-53    summary  2019-07-19  CBP                   …an official policy for handling [fentanyl] and does not require training on…

Ranking: "canine" twice in OIG-21-19's title, once in each of its other
texts: the title first, then the texts, shortest first, and the long
summary last.

$ rectrack search canine
  ID           FIELD    ISSUED      AGENCY  STATUS           MATCH
  OIG-21-19    title    2021-02-08  CBP                      CBP Needs to Improve the Oversight of its [Canine] Program to Better…
  OIG-21-19#1  text     2021-02-08  CBP     open-resolved    Improve oversight of the [Canine] Program (paraphrased).
  OIG-21-19#4  text     2021-02-08  CBP     open-unresolved  Update and standardize [Canine] Program guidance (paraphrased).
  OIG-21-19#3  text     2021-02-08  CBP     open-resolved    Provide proper training capabilities for [canine] teams (paraphrased).
  OIG-21-19#2  text     2021-02-08  CBP     open-resolved    Formalize and implement a realignment plan for the [canine] training academy (paraphrased).
  OIG-21-19    summary  2021-02-08  CBP                      CBP's training approach and execution do not fully support the [canine]…

Words match without regard to case or accents, and by their stem:
"overdose" finds "overdoses", "trained" finds "training" and "trained".

$ rectrack search OVERDOSE
  ID           FIELD    ISSUED      AGENCY  STATUS        MATCH
  OIG-19-53#1  text     2019-07-19  CBP     open-pending  …tools to handle and reverse [overdoses] from fentanyl and other opioids (paraphrased).
  OIG-19-53    summary  2019-07-19  CBP                   CBP has not always made medications designed to treat narcotic [overdose] available…
$ rectrack rec add OIG-18-87 --text 'Réviser le protocole Médical des gardes.' >/dev/null
$ rectrack search medical --limit 3 | LC_ALL=C sort
  ID           FIELD    ISSUED      AGENCY  STATUS        MATCH
  OIG-18-87#1  text     2018-09-28  CBP     open-pending  Réviser le protocole [Médical] des gardes.
  OIG-21-48    summary  2021-07-20  CBP                   CBP could not always demonstrate staff conducted required [medical] screenings or consistent…
  OIG-21-48#3  text     2021-07-20  CBP     open-pending  Ensure officers and agents are trained to implement [medical] support policies (paraphrased).
$ rectrack search trained --limit 2
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19#3  text   2021-02-08  CBP     open-resolved  Provide proper [training] capabilities for canine teams (paraphrased).
  OIG-21-48#3  text   2021-07-20  CBP     open-pending   Ensure officers and agents are [trained] to implement medical support policies (paraphrased).

The query language: several words must all be there (as several
arguments too), "a phrase" keeps them together and in order, OR, NOT,
prefix*.  (Both backends find the same hits; PostgreSQL ranks them
with its own ts_rank_cd, so equal hits may come in another order: the
listings below are sorted where the order is not the point.)

$ rectrack search canine training | LC_ALL=C sort
  ID           FIELD    ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19    summary  2021-02-08  CBP                    CBP's [training] approach and execution do not fully support the [canine]…
  OIG-21-19    title    2021-02-08  CBP                    …of its [Canine] Program to Better [Train] and Reinforce [Canine] Performance (REDACTED)
  OIG-21-19#2  text     2021-02-08  CBP     open-resolved  Formalize and implement a realignment plan for the [canine] [training] academy (paraphrased).
  OIG-21-19#3  text     2021-02-08  CBP     open-resolved  Provide proper [training] capabilities for [canine] teams (paraphrased).
$ rectrack search '"canine training"'
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19#2  text   2021-02-08  CBP     open-resolved  Formalize and implement a realignment plan for the [canine training] academy (paraphrased).
$ rectrack search 'canine NOT training' | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19#1 text
  OIG-21-19#4 text
$ rectrack search 'narcotic* OR opioid*' | awk '{ print $1, $2 }'
  ID FIELD
  OIG-19-53#1 text
  OIG-19-53 summary
  OIG-21-19 summary

--limit (default 20; 0: all) keeps the best hits.

$ rectrack search canine --limit 2 | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19 title
  OIG-21-19#1 text
$ rectrack search cbp --limit 0 | wc -l
  11
$ rectrack search cbp | wc -l
  11
$ rectrack search cbp --limit 5 | wc -l
  6
$ python3 $SRCDIR/tests/bench/gen.py 200 > gen.yaml
$ rectrack --db gen.db init >/dev/null
$ rectrack --db gen.db import gen.yaml | head -2
  reports: 50 new, 0 changed, 0 unchanged
  recommendations: 200 new, 0 changed, 0 unchanged
$ rectrack --db gen.db search fentanyl | wc -l
  21
$ rectrack --db gen.db search fentanyl --limit 0 | wc -l
  162

JSON: one object per hit, best first, with the report's title, the
snippet with its marks, the same without them, and the matched words as
written.

$ rectrack search fentanyl --format json --limit 2
  [
  {"rank":1,"id":"OIG-19-53","report":"OIG-19-53","number":null,"field":"title","title":"Management Alert - CBP Did Not Adequately Protect Employees from Possible Fentanyl Exposure","issuer":"dhs-oig","issued":"2019-07-19","agency":"CBP","status":null,"snippet":"Management Alert - CBP Did Not Adequately Protect Employees from Possible [Fentanyl] Exposure","excerpt":"Management Alert - CBP Did Not Adequately Protect Employees from Possible Fentanyl Exposure","matches":["Fentanyl"]},
  {"rank":2,"id":"OIG-19-53#1","report":"OIG-19-53","number":"1","field":"text","title":"Management Alert - CBP Did Not Adequately Protect Employees from Possible Fentanyl Exposure","issuer":"dhs-oig","issued":"2019-07-19","agency":"CBP","status":"open-pending","snippet":"…tools to handle and reverse overdoses from [fentanyl] and other opioids (paraphrased).","excerpt":"…tools to handle and reverse overdoses from fentanyl and other opioids (paraphrased).","matches":["fentanyl"]}
  ]
$ rectrack search 'medic* OR custody' --format json --limit 1 | python3 -c 'import json,sys; h = json.load(sys.stdin)[0]; print(h["id"], h["matches"])'
  OIG-21-48#2 ['medical', 'custody']
$ rectrack search médical --report OIG-18-87 --format json --limit 1 | python3 -c 'import json,sys; h = json.load(sys.stdin)[0]; print(h["id"], h["matches"])'
  OIG-18-87#1 ['Médical']
$ rectrack search fentanyl --format csv
  rank,id,report,number,field,title,issuer,issued,agency,status,snippet,excerpt,matches [CR]
  1,OIG-19-53,OIG-19-53,,title,Management Alert - CBP Did Not Adequately Protect Employees from Possible Fentanyl Exposure,dhs-oig,2019-07-19,CBP,,Management Alert - CBP Did Not Adequately Protect Employees from Possible [Fentanyl] Exposure,Management Alert - CBP Did Not Adequately Protect Employees from Possible Fentanyl Exposure,Fentanyl [CR]
  2,OIG-19-53#1,OIG-19-53,1,text,Management Alert - CBP Did Not Adequately Protect Employees from Possible Fentanyl Exposure,dhs-oig,2019-07-19,CBP,open-pending,…tools to handle and reverse overdoses from [fentanyl] and other opioids (paraphrased).,…tools to handle and reverse overdoses from fentanyl and other opioids (paraphrased).,fentanyl [CR]
  3,OIG-19-53,OIG-19-53,,summary,Management Alert - CBP Did Not Adequately Protect Employees from Possible Fentanyl Exposure,dhs-oig,2019-07-19,CBP,,…an official policy for handling [fentanyl] and does not require training on…,…an official policy for handling fentanyl and does not require training on…,fentanyl [CR]

Filters: --status takes recommendation texts in that status, and the
titles and summaries of reports that have a recommendation in it;
--agency the agency with those below it (a text's responsible agency, a
report's primary agency); --issuer, --report.  A filter naming nothing
that exists is an error.

$ rectrack search canine --status open-unresolved --format csv | cut -d, -f2,5,10
  id,field,status
  OIG-21-19,title,
  OIG-21-19#4,text,open-unresolved
  OIG-21-19,summary,
$ rectrack search canine --status closed
! rectrack: search: no match for 'canine'
$ rectrack search fentanyl --agency DHS --issuer dhs-oig --report OIG-19-53 | wc -l
  4
$ rectrack search fentanyl --issuer gao
! rectrack: gao: no such issuer (add it with 'rectrack issuer add')
[1]
$ rectrack search fentanyl --agency ICE
! rectrack: ICE: no such agency (add it with 'rectrack agency add')
[1]

No match: nothing on standard output, a word on standard error for
people; the CSV header alone; an empty JSON array.  Exit 0.

$ rectrack search fentanil
! rectrack: search: no match for 'fentanil'
$ rectrack search fentanil --format csv
  rank,id,report,number,field,title,issuer,issued,agency,status,snippet,excerpt,matches [CR]
! rectrack: search: no match for 'fentanil'
$ rectrack search fentanil --format json
  []
! rectrack: search: no match for 'fentanil'

A query that cannot be understood: one line saying why and how queries
are written, exit 1, nothing on standard output.

$ rectrack search '"unbalanced'
! rectrack: search: cannot understand the query '"unbalanced' (a double quote is not closed): use words, "a phrase", a OR b, a NOT b, prefix*, and put a word with punctuation at its start or end in double quotes ("U.S."); a report number or REPORT#NUMBER alone finds that report or recommendation
[1]
$ rectrack search AND --format json
! rectrack: search: cannot understand the query 'AND' (syntax error near "AND"): use words, "a phrase", a OR b, a NOT b, prefix*, and put a word with punctuation at its start or end in double quotes ("U.S."); a report number or REPORT#NUMBER alone finds that report or recommendation
[1]
$ rectrack search 'NOT fentanyl'
! rectrack: search: cannot understand the query 'NOT fentanyl' (syntax error near "NOT"): use words, "a phrase", a OR b, a NOT b, prefix*, and put a word with punctuation at its start or end in double quotes ("U.S."); a report number or REPORT#NUMBER alone finds that report or recommendation
[1]
$ rectrack search 'canine OR'
! rectrack: search: cannot understand the query 'canine OR' (it ends too soon): use words, "a phrase", a OR b, a NOT b, prefix*, and put a word with punctuation at its start or end in double quotes ("U.S."); a report number or REPORT#NUMBER alone finds that report or recommendation
[1]
$ rectrack search OIG-21-48 --format csv
  rank,id,report,number,field,title,issuer,issued,agency,status,snippet,excerpt,matches [CR]
  1,OIG-21-48,OIG-21-48,,id,CBP Needs to Strengthen Its Oversight and Policy to Better Care for Migrants Needing Medical Attention,dhs-oig,2021-07-20,CBP,,CBP Needs to Strengthen Its Oversight and Policy to Better Care for…,CBP Needs to Strengthen Its Oversight and Policy to Better Care for…, [CR]
$ rectrack search ''
! rectrack: search: TEXT is empty
! usage: rectrack search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]
!                        [--agency CODE] [--report NUMBER] [--status STATUS]...
!                        [--format FMT]
! See 'rectrack help search' for the options and examples.
[2]
$ rectrack search '"CBP'"'"'s training"' | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19 summary

A wrong command line: exit 2 with the usage.

$ rectrack search
! rectrack: search: search needs the TEXT to look for
! usage: rectrack search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]
!                        [--agency CODE] [--report NUMBER] [--status STATUS]...
!                        [--format FMT]
! See 'rectrack help search' for the options and examples.
[2]
$ rectrack search canine --format xml
! rectrack: search: --format: unknown format "xml" (expected table, csv, json or md)
! usage: rectrack search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]
!                        [--agency CODE] [--report NUMBER] [--status STATUS]...
!                        [--format FMT]
! See 'rectrack help search' for the options and examples.
[2]
$ rectrack search canine --limit ten
! rectrack: search: --limit: "ten" is not a number of hits (expected 0 or more; 0: all)
! usage: rectrack search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]
!                        [--agency CODE] [--report NUMBER] [--status STATUS]...
!                        [--format FMT]
! See 'rectrack help search' for the options and examples.
[2]
$ rectrack search canine --status opne
! rectrack: --status: unknown value "opne" (expected open, closed or one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]

The index follows every change.  A new text replaces the old one: the old
word no longer matches, the new one does.

$ rectrack rec set 'OIG-19-53#1' text='Stock naloxone kits at every port of entry.'
  OIG-19-53#1: 1 field changed
  recorded as change 3
$ rectrack search fentanyl | awk '{ print $1, $2 }'
  ID FIELD
  OIG-19-53 title
  OIG-19-53 summary
$ rectrack search naloxone
  ID           FIELD  ISSUED      AGENCY  STATUS        MATCH
  OIG-19-53#1  text   2019-07-19  CBP     open-pending  Stock [naloxone] kits at every port of entry.

A changed title arrives by import, a new report too.  The file also
gives OIG-19-53#1 its text of before the rec set above, so the import
changes it back: "naloxone" is gone again, "fentanyl" found.

$ sed -e 's/Possible Fentanyl Exposure/Possible Opioid Exposure/' example.yaml > changed.yaml
$ cat >> changed.yaml <<'EOF'
>   - number: OIG-22-01
>     title: Fentanyl Seizures at Ports of Entry
>     issuer: dhs-oig
>     issued: 2022-01-05
>     agency: CBP
>     recommendations:
>       - {number: "1", text: Track fentanyl seizures by port.}
> EOF
$ rectrack import changed.yaml | head -2
  reports: 1 new, 1 changed, 3 unchanged
  recommendations: 1 new, 1 changed, 7 unchanged
$ rectrack search fentanyl | awk '{ print $1, $2 }'
  ID FIELD
  OIG-22-01#1 text
  OIG-22-01 title
  OIG-19-53#1 text
  OIG-19-53 summary
$ rectrack search opioid | awk '{ print $1, $2 }'
  ID FIELD
  OIG-19-53 title
  OIG-19-53#1 text
$ rectrack search naloxone
! rectrack: search: no match for 'naloxone'

FTS5's own check finds the index and the texts in step.

$ sqlite3 rectrack.db "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)"

A database of the previous schema version (1, before the search) is
upgraded when opened, and what it holds is indexed.

$ sqlite3 old.db < $SRCDIR/schema/001-initial.sql
$ sqlite3 old.db "PRAGMA application_id = 1381257795; PRAGMA user_version = 1;
> INSERT INTO issuer(code, name) VALUES ('gao', 'GAO');
> INSERT INTO agency(code, name) VALUES ('DOJ', 'Department of Justice');
> INSERT INTO report(number, sort_key, title, issuer_id, issued, fiscal_year, agency_id)
>   VALUES ('GAO-20-536', 'GAO-0220-03536', 'Federal Prisons: Staffing', 1, '2020-07-09', 2020, 1);
> INSERT INTO recommendation(report_id, number, sort_key, text, agency_id)
>   VALUES (1, '1', '011', 'Address staffing shortages at federal prisons.', 1);"
$ rectrack --db old.db init # sqlite-only
  upgraded old.db from schema version 1 to 9
$ rectrack --db old.db search prison* # sqlite-only
  ID            FIELD  ISSUED      AGENCY  STATUS        MATCH
  GAO-20-536    title  2020-07-09  DOJ                   Federal [Prisons]: Staffing
  GAO-20-536#1  text   2020-07-09  DOJ     open-pending  Address staffing shortages at federal [prisons].
$ sqlite3 old.db "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)"

Bytes of a query that are not UTF-8 (an overlong "/", a lone lead
byte) separate words, as punctuation does, on every backend.

$ rectrack search "$(printf '"canine\300\257program"')" | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19#1 text
  OIG-21-19#4 text
  OIG-21-19 title
$ rectrack search "$(printf 'canine\300')" --limit 2 | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19 title
  OIG-21-19#1 text

A long query is one chain, however many words it has: 150 words, 150
alternatives, a NOT after a NOT (each binds to the left).

$ rectrack search "$(for i in $(seq 150); do printf 'canine '; done)" --limit 1 | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19 title
$ rectrack search "$(for i in $(seq 149); do printf 'canine OR '; done)zzz" --limit 1 | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19 title
$ rectrack search "canine NOT fentanyl NOT opioids" --limit 1 | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19 title
$ rectrack search "canine NOT (fentanyl NOT canine)" --limit 1 | awk '{ print $1, $2 }'
  ID FIELD
  OIG-21-19 title

Parentheses nest 32 deep at most:

$ rectrack search "$(printf '(%.0s' $(seq 33))canine$(printf ')%.0s' $(seq 33))"
! rectrack: search: cannot understand the query '(((((((((((((((((((((((((((((((((canine)))))))))))))))))))))))))))))))))' (parentheses nested more than 32 deep): use words, "a phrase", a OR b, a NOT b, prefix*, and put a word with punctuation at its start or end in double quotes ("U.S."); a report number or REPORT#NUMBER alone finds that report or recommendation
[1]

help shows the usage.

$ rectrack help search
  usage: rectrack search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]
                         [--agency CODE] [--report NUMBER] [--status STATUS]...
                         [--format FMT]
  
  find words in reports, recommendations, notes and names
  
  options:
    --limit N               at most N results (default: 20)
    --issuer CODE           reports of this issuer
    --agency CODE           this agency and its sub-agencies
    --report NUMBER         this report only
    --status STATUS         this status, open or closed (repeatable)
    --in FIELDS             search only these fields, comma-separated
    --format FMT            the output format: table csv json md
    --bom                   start CSV with a UTF-8 byte-order mark
    --no-bom                no byte-order mark (csv.bom: true)
  
  examples:
    rectrack search canine
    rectrack search training --status open --format csv
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.

A query longer than 2,000 bytes is refused: it is a file pasted by
mistake, and would keep the index busy for seconds to minutes.

$ rectrack search "$(printf 'canine %.0s' $(seq 286))"
! rectrack: search: the query is longer than 2000 bytes: search for fewer words
[1]
$ rectrack search "$(printf 'canine %.0s' $(seq 285))" --limit 1 --format csv | wc -l
  2
