search: identifiers, words with punctuation, empty results and the
terminal's width.  A report number or REPORT#NUMBER is found as it is
(field "id") when it passes the filters; a query that names nothing is
searched as words; a word holding "-", "#", "'" or another character
that is no query syntax is the phrase of its parts.

$ rectrack init >/dev/null
$ cp $SRCDIR/config/examples/port-of-entry.yaml example.yaml
$ rectrack import example.yaml >/dev/null
$ rectrack note 'OIG-21-19#2' "Staff well-being survey due 2021-09-30, see OIG-21-48#3 and Canine#1 on the wiki" >/dev/null

The id hit obeys the filters: shown when it matches them, else the
query is searched as words (the phrase "oig 21 19 1"), here with no
match: a line on standard error, exit 0.

$ rectrack search 'OIG-21-19#1' --status open-resolved
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19#1  id     2021-02-08  CBP     open-resolved  Improve oversight of the Canine Program (paraphrased).
$ rectrack search 'OIG-21-19#1' --status closed
! rectrack: search: no match for 'OIG-21-19#1'
$ rectrack search 'OIG-21-19#1' --report OIG-21-48
! rectrack: search: no match for 'OIG-21-19#1'
$ rectrack search 'OIG-21-19#1' --report OIG-21-19 --agency CBP --issuer dhs-oig
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19#1  id     2021-02-08  CBP     open-resolved  Improve oversight of the Canine Program (paraphrased).
$ rectrack search OIG-21-19 --status open-resolved --format csv | cut -d, -f1,2,5
  rank,id,field
  1,OIG-21-19,id

A report passes --status when one of its recommendations does (as its
title and summary hits do):

$ rectrack search OIG-21-19 --status closed
! rectrack: search: no match for 'OIG-21-19'

The id is not one of the fields of --in: with --in, the words of the
query alone are searched, as a phrase.  A note that names an id is a hit
for its words.

$ rectrack search 'OIG-21-48#3' --in title,text
! rectrack: search: no match for 'OIG-21-48#3'
$ rectrack search 'OIG-21-48#3' --in note
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19#2  note   2021-02-08  CBP     open-resolved  Staff well-being survey due 2021-09-30, see [OIG-21-48]…
$ rectrack search 'OIG-21-48#3' --format csv | cut -d, -f1,2,5
  rank,id,field
  1,OIG-21-48#3,id
  2,OIG-21-19#2,note

An id-like query that names nothing is searched as words, unquoted or
quoted; no match is no error.

$ rectrack search 2021-09-30
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19#2  note   2021-02-08  CBP     open-resolved  Staff well-being survey due [2021-09-30], see OIG-21-48…
$ rectrack search 'Canine#1'
  ID           FIELD  ISSUED      AGENCY  STATUS         MATCH
  OIG-21-19#2  note   2021-02-08  CBP     open-resolved  …30, see OIG-21-48#3 and [Canine#1] on the wiki
$ rectrack search 'OIG-21-99#9'
! rectrack: search: no match for 'OIG-21-99#9'
$ rectrack search 1999-01-01 --format md
  | ID | FIELD | ISSUED | AGENCY | STATUS | MATCH |
  | --- | --- | --- | --- | --- | --- |
! rectrack: search: no match for '1999-01-01'

Words with punctuation need no quotes: "well-being" is the phrase
"well being", as '"well-being"' is; the words apart are not a phrase.

$ rectrack search well-being --format csv | cut -d, -f2,5
  id,field
  OIG-21-19#2,note
$ rectrack search '"well-being"' --format csv | cut -d, -f2,5
  id,field
  OIG-21-19#2,note
$ rectrack search being-well
! rectrack: search: no match for 'being-well'
$ rectrack search well-being NOT survey
! rectrack: search: no match for 'well-being NOT survey'

A "-" that starts a word is still a column filter, and punctuation
that ends a word is still refused.

$ rectrack search 'canine -text'
! rectrack: search: cannot understand the query 'canine -text' (a "-" or ":" outside double quotes): use words, "a phrase", a OR b, a NOT b, prefix*, and put a word with punctuation at its start or end in double quotes ("U.S."); a report number or REPORT#NUMBER alone finds that report or recommendation
[1]
$ rectrack search 'fentanyl.'
! rectrack: search: cannot understand the query 'fentanyl.' (syntax error near "."): use words, "a phrase", a OR b, a NOT b, prefix*, and put a word with punctuation at its start or end in double quotes ("U.S."); a report number or REPORT#NUMBER alone finds that report or recommendation
[1]

The whole query, trimmed, is the id: a report number holding a blank
is found.

$ rectrack issuer add gao --name "Government Accountability Office" --kind gao >/dev/null
$ rectrack report add 'GAO 21 7' --issuer gao --title "Border health screening" --issued 2021-03-01 --agency CBP >/dev/null
$ rectrack search ' GAO 21 7 ' --format csv | cut -d, -f2,5
  id,field
  GAO 21 7,id

Every format says so on standard error when nothing matches, exit 0.

$ rectrack search zzz --format json
  []
! rectrack: search: no match for 'zzz'
$ rectrack search zzz --format csv
  rank,id,report,number,field,title,issuer,issued,agency,status,snippet,excerpt,matches [CR]
! rectrack: search: no match for 'zzz'

A --limit that is not a number of hits is a usage error.

$ rectrack search canine --limit -1
! rectrack: search: --limit: "-1" is not a number of hits (expected 0 or more; 0: all)
! usage: rectrack search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]
!                        [--agency CODE] [--report NUMBER] [--status STATUS]...
!                        [--format FMT]
! See 'rectrack help search' for the options and examples.
[2]

On a terminal, the MATCH column is free text: it shrinks to the width
and is cut with "…"; in a pipe the excerpt is whole.

$ COLUMNS=60 script -qec 'rectrack search canine --color=never --no-pager --limit 3' /dev/null | tr -d '\r'
  ID           FIELD  ISSUED      AGENCY  STATUS           MATCH
  OIG-21-19    title  2021-02-08  CBP                      CBP Needs…
  OIG-21-19#1  text   2021-02-08  CBP     open-resolved    Improve o…
  OIG-21-19#4  text   2021-02-08  CBP     open-unresolved  Update an…
$ COLUMNS=200 script -qec 'rectrack search canine --color=never --no-pager --limit 3' /dev/null | tr -d '\r'
  ID           FIELD  ISSUED      AGENCY  STATUS           MATCH
  OIG-21-19    title  2021-02-08  CBP                      CBP Needs to Improve the Oversight of its [Canine] Program to Better…
  OIG-21-19#1  text   2021-02-08  CBP     open-resolved    Improve oversight of the [Canine] Program (paraphrased).
  OIG-21-19#4  text   2021-02-08  CBP     open-unresolved  Update and standardize [Canine] Program guidance (paraphrased).
