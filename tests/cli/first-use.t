What a first-time user meets: counts with the right noun, whole
sentences, the closed statuses counted, documentation that matches the
program, errors that name what is wrong, a search hint that works, and
an HTML report whose dates and ids stay on one line.

$ rectrack init >/dev/null
$ rectrack issuer add gao --kind gao --name "Government Accountability Office" >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add GAO-24-105 --issuer gao --title "Canine teams" --issued 2024-03-01 --agency CBP >/dev/null
$ rectrack rec add GAO-24-105 --text "Train the canine teams" >/dev/null

One of each: no "1 reports".

$ rectrack outstanding | sed -n 3p
  1 open recommendation in 1 report as of 2026-11-28; 0 overdue, 1 unresolved over 6 months.
$ rectrack outstanding --format html | grep '<div class="fact"><b>1</b>'
  <div class="fact"><b>1</b>open recommendation</div>
  <div class="fact"><b>1</b>report</div>
  <div class="fact"><b>1</b>unresolved over 6 months</div>
  <div class="fact"><b>1</b>open 1 year or more</div>
$ rectrack check
  ok: 1 report, 1 recommendation, 1 event checked
$ rectrack backup copy.db # sqlite-only
  backed up rectrack.db to copy.db: 1 report, 1 recommendation, 1 event (verified)

The GAO-IG Act lists start with a sentence that says what is counted.

$ rectrack gao-ig-act | sed -n 2p
  1 GAO recommendation open, or closed as not implemented, for a year or more; 0 inspector general recommendations issued a year or more before without final action.

summary --by status: the closed statuses hold recommendations too; the
RECS column counts every one, open or closed.

$ rectrack import $SRCDIR/config/examples/port-of-entry.yaml >/dev/null
$ rectrack check --quiet && echo checked
  checked
$ rectrack status 'OIG-21-19#1' closed-implemented --date 2026-11-02 >/dev/null
$ rectrack status 'OIG-21-19#4' closed-not-implemented --date 2026-11-03 --note "not done" >/dev/null
$ rectrack summary --by status | cut -c1-60
  STATUS                  RECS  OPEN  PENDING  UNRESOLVED  RES
  open-pending               5     5        5           0     
  open-resolved              2     2        0           0     
  closed-implemented         1     0        0           0     
  closed-not-implemented     1     0        0           0     
  TOTAL                      9     7        5           0     
$ rectrack summary --by status --format csv | cut -d, -f1-4
  group,recommendations,open,pending
  open-pending,5,5,5
  open-resolved,2,2,0
  closed-implemented,1,0,0
  closed-not-implemented,1,0,0
  TOTAL,9,7,5
$ rectrack summary --by status --format json | grep -o '"group":"[a-zA-Z-]*","recommendations":[0-9]*'
  "group":"open-pending","recommendations":5
  "group":"open-resolved","recommendations":2
  "group":"closed-implemented","recommendations":1
  "group":"closed-not-implemented","recommendations":1
  "group":"TOTAL","recommendations":9

A backup into a folder that does not exist names the folder.

$ rectrack backup nowhere/copy.db
! rectrack: nowhere: no such folder; create it first, or back up into another one
[1]
$ rectrack backup $(pwd)/nowhere/deeper/copy.db 2>&1 | sed "s|$(pwd)|DIR|"
  rectrack: DIR/nowhere/deeper: no such folder; create it first, or back up into another one

search: a report number is not a word of the index.  Unquoted it is a
query error whose hint works; quoted, the search says what it is.

$ rectrack search OIG-21-48
  ID         FIELD  ISSUED      AGENCY  STATUS  MATCH
  OIG-21-48  id     2021-07-20  CBP             CBP Needs to Strengthen Its Oversight and Policy to Better Care for…
$ rectrack search '"OIG-21-48"'
  ID         FIELD  ISSUED      AGENCY  STATUS  MATCH
  OIG-21-48  id     2021-07-20  CBP             CBP Needs to Strengthen Its Oversight and Policy to Better Care for…
$ rectrack search '"CBP'"'"'s"' --format csv | cut -d, -f2,5 | sed 1d
  OIG-21-19,summary
$ rectrack list --report OIG-21-48 --format csv | cut -d, -f1 | sed 1d
  OIG-21-48#1
  OIG-21-48#2
  OIG-21-48#3

The HTML report keeps ids and dates whole: no line break at their
hyphens.

$ rectrack outstanding --format html | grep -c 'white-space:nowrap'
  1
$ rectrack outstanding --format html | grep 'id="OIG-21-19#2"' | grep -o '<td class="nw">[^<]*</td>\|<span class="nw">[^<]*</span>'
  <td class="nw">2</td>
  <td class="nw">concur</td>
  <td class="nw">open-resolved</td>
  <span class="nw">2021-02-08</span>
$ rectrack outstanding --format html | grep -o '<h3><span class="nw">OIG-21-48</span>'
  <h3><span class="nw">OIG-21-48</span>

The documentation: the CSV header README shows is the one list writes,
the man page's export synopsis has --as-of, and no document cites a file
that is not in the repository.

$ rectrack list --format csv | head -1 | tr -d '\r' > header.csv
$ grep -qxF -f header.csv $SRCDIR/README.md && echo README has the header
  README has the header
$ sed -n '/^\.SS export/,/^\.PP/p' $SRCDIR/docs/rectrack.1 | grep -c 'as\\-of'
  1
$ grep -rln 'SPEC' $SRCDIR/README.md $SRCDIR/docs $SRCDIR/config | wc -l
  0
$ awk '/^```/ { n++; next } n == 3' $SRCDIR/README.md | grep PATH
  export PATH="$PWD/build:$PATH"
