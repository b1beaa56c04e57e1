Hostile text and hostile files: what stored text cannot do to a
terminal, a spreadsheet or a browser, and what rectrack does with a file
that is not its database.

A register whose texts were written to attack the reader.  Markup,
quotes and formulas come in through the commands; control characters
through another program (as a damaged or doctored file would hold them).

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS OIG" --kind oig
  added issuer dhs-oig
$ rectrack agency add DHS --name 'Homeland <b>Security</b>'
  added agency DHS
$ rectrack agency add "<b>\"X&Y'" --parent DHS --name "<script>alert(1)</script> & \"Customs\" 'x'"
  added agency DHS/<b>"X&Y'
$ rectrack report add OIG-21-48 --agency "<b>\"X&Y'" --issued 2021-03-01 --title "<script>alert(1)</script> & \"q\" 's"
  added report OIG-21-48 (FY2021)
$ rectrack report add 'R"><img src=x onerror=alert(1)>' --agency "<b>\"X&Y'" --issued 2021-04-01 --title "=cmd|' /C calc'!A0"
  added report R"><img src=x onerror=alert(1)> (FY2021)
$ for o in '@SUM(1+1)' '+1' '-12.50' x "O'Brien & <Co>"; do rectrack official add --name "$o" -- "$o" >/dev/null; done
$ rectrack rec add OIG-21-48 --text '=HYPERLINK("http://example.invalid/?x","click")' --official '@SUM(1+1)' >/dev/null
$ rectrack rec add OIG-21-48 --text 'Bell and C1' --official '+1' >/dev/null
$ rectrack rec add OIG-21-48 --text '-2+3' --official '-12.50' >/dev/null
$ rectrack rec add OIG-21-48 --text 'Tab official' --official 'x' >/dev/null
$ rectrack rec add 'R"><img src=x onerror=alert(1)>' --text '<script>alert("rec")</script>' --official "O'Brien & <Co>" >/dev/null
$ rectrack note 'OIG-21-48#1' 'first "note" <b>&amp;</b>' >/dev/null
$ sqlite3 rectrack.db "UPDATE recommendation SET text = 'Bell' || char(7) || ' C1 ' || char(155) || ' CSI ' || char(27) || ']0;pwned' || char(7) || ' DEL' || char(127) || ' tab' || char(9) || 'end' WHERE number = '2'"
$ sqlite3 rectrack.db "UPDATE recommendation SET corrective_action = 'plan' || char(13) || char(27) || '[2Jerased' || char(10) || 'second line' || char(13) || char(10) || 'third line' WHERE number = '3'"
$ sqlite3 rectrack.db "UPDATE recommendation SET official = char(9) || 'tab first' WHERE number = '4'"
$ sqlite3 rectrack.db "UPDATE issuer SET name = 'DHS ' || char(27) || '[31mOIG' || char(27) || '[0m'"
$ sqlite3 rectrack.db "UPDATE report SET summary = 'Summary ' || char(27) || '[1mbold' || char(10) || 'next line' WHERE number = 'OIG-21-48'"
$ sqlite3 rectrack.db "INSERT INTO event(recommendation_id, change_id, at, effective, actor, kind, note) SELECT id, 1, '2026-11-28T12:00:00Z', '2021-03-02', 'x' || char(27) || '[8m', 'note', 'line1' || char(10) || 'line2' || char(13) || char(27) || '[2Jgone' FROM recommendation WHERE number = '1'"

A script that counts the raw control characters in what it reads (C0
but line feeds, DEL, and C1 encoded in UTF-8).

$ cat > controls <<'EOF'
> python3 -c '
> import re, sys
> data = sys.stdin.buffer.read()
> print(len(re.findall(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]", data)), "raw")'
> EOF

Terminal control characters never reach the terminal: every output for
people writes them as \xHH (a tab, CR or LF in a table cell is a blank,
a byte that is not UTF-8 is U+FFFD), and JSON escapes them.

$ rectrack list --columns id,issued,agency,text,concurrence,status,target_date,age_days
  ID                                 ISSUED      AGENCY    TEXT                                                   CONCURRENCE  STATUS        TARGET  AGE
  OIG-21-48#1                        2021-03-01  <b>"X&Y'  =HYPERLINK("http://example.invalid/?x","click")        pending      open-pending          2098
  OIG-21-48#2                        2021-03-01  <b>"X&Y'  Bell\x07 C1 \x9b CSI \x1b]0;pwned\x07 DEL\x7f tab end  pending      open-pending          2098
  OIG-21-48#3                        2021-03-01  <b>"X&Y'  -2+3                                                   pending      open-pending          2098
  OIG-21-48#4                        2021-03-01  <b>"X&Y'  Tab official                                           pending      open-pending          2098
  R"><img src=x onerror=alert(1)>#1  2021-04-01  <b>"X&Y'  <script>alert("rec")</script>                          pending      open-pending          2067
$ rectrack show 'OIG-21-48#3'
  OIG-21-48#3
  Report:       <script>alert(1)</script> & "q" 's (dhs-oig, issued 2021-03-01)
  Agency:       DHS/<b>"X&Y'
  Official:     -12.50
  Status:       Open – Response Not Yet Due
  Concurrence:  Pending
  Age:          2098 days
  Text:         -2+3
  Action:       plan \x1b[2Jerased
                second line
                third line
  
  History
  EFFECTIVE   ACTOR   KIND    FIELD   OLD  NEW           NOTE  CHANGE  VOIDED BY
  2021-03-01  tester  issued  status       open-pending             8
$ rectrack history 'OIG-21-48#1'
  EFFECTIVE   ACTOR     KIND    FIELD   OLD  NEW           NOTE                       CHANGE  VOIDED BY
  2021-03-01  tester    issued  status       open-pending                                  6
  2021-03-02  x\x1b[8m  note                               line1 line2 \x1b[2Jgone         1
  2026-11-28  tester    note                               first "note" <b>&amp;</b>      11
$ rectrack report show OIG-21-48 | head -n 12
  Report:       OIG-21-48
  Title:        <script>alert(1)</script> & "q" 's
  Issuer:       dhs-oig
  Type:         audit
  Issued:       2021-03-01 (FY2021)
  Agency:       DHS/<b>"X&Y'
  Sensitivity:  public
  Summary:      Summary \x1b[1mbold
                next line
  
  Recommendations: 4, 4 open
  
$ rectrack issuer list
  CODE     KIND  NAME
  dhs-oig  oig   DHS \x1b[31mOIG\x1b[0m
$ rectrack agency list
  CODE        NAME
  DHS         Homeland <b>Security</b>
    <b>"X&Y'  <script>alert(1)</script> & "Customs" 'x'
$ rectrack search bell
  ID           FIELD  ISSUED      AGENCY    STATUS        MATCH
  OIG-21-48#2  text   2021-03-01  <b>"X&Y'  open-pending  [Bell]\x07 C1 \x9b CSI \x1b]0;pwned\x07 DEL\x7f tab end
$ for c in list 'show OIG-21-48#1' 'show OIG-21-48#2' 'show OIG-21-48#3' 'history OIG-21-48#1' 'report list' 'report show OIG-21-48' 'issuer list' 'agency list' 'summary' 'summary --by official' 'summary --by issuer --format md' 'search bell OR plan OR next' 'outstanding' 'outstanding --format html' 'list --format json' 'show OIG-21-48#1 --format json' 'report show OIG-21-48 --format json' 'issuer list --format json' 'outstanding --format json' 'summary --by official --format json' 'export --format json'; do
>   printf '%s: ' "$c"; rectrack $c | sh controls
> done
  list: 0 raw
  show OIG-21-48#1: 0 raw
  show OIG-21-48#2: 0 raw
  show OIG-21-48#3: 0 raw
  history OIG-21-48#1: 0 raw
  report list: 0 raw
  report show OIG-21-48: 0 raw
  issuer list: 0 raw
  agency list: 0 raw
  summary: 0 raw
  summary --by official: 0 raw
  summary --by issuer --format md: 0 raw
  search bell OR plan OR next: 0 raw
  outstanding: 0 raw
  outstanding --format html: 0 raw
  list --format json: 0 raw
  show OIG-21-48#1 --format json: 0 raw
  report show OIG-21-48 --format json: 0 raw
  issuer list --format json: 0 raw
  outstanding --format json: 0 raw
  summary --by official --format json: 0 raw
  export --format json: 0 raw

JSON stays valid whatever the texts hold.

$ for c in 'list --format json' 'report show OIG-21-48 --format json' 'outstanding --format json' 'issuer list --format json'; do
>   rectrack $c | python3 -c 'import json, sys; json.load(sys.stdin); print("valid")'
> done
  valid
  valid
  valid
  valid
$ rectrack list --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)[1]["text"] == "Bell\a C1 \x9b CSI \x1b]0;pwned\a DEL\x7f tab\tend")'
  True
$ rectrack list --format json | grep -o '"text":"Bell[^"]*"'
  "text":"Bell\u0007 C1 \u009b CSI \u001b]0;pwned\u0007 DEL\u007f tab\tend"

CSV cells that a spreadsheet would run as a formula (they begin with =,
+, -, @, a tab or a CR and are not a plain number) get a ' in front;
numbers, amounts and dates stay as they are.

$ rectrack list --format csv | python3 -c 'import csv, sys; [print(ascii(r[0]), ascii(r[6]), ascii(r[7])) for r in csv.reader(sys.stdin)]'
  'id' 'official' 'text'
  'OIG-21-48#1' "'@SUM(1+1)" '\'=HYPERLINK("http://example.invalid/?x","click")'
  'OIG-21-48#2' '+1' 'Bell\x07 C1 \x9b CSI \x1b]0;pwned\x07 DEL\x7f tab\tend'
  'OIG-21-48#3' '-12.50' "'-2+3"
  'OIG-21-48#4' "'\ttab first" 'Tab official'
  'R"><img src=x onerror=alert(1)>#1' "O'Brien & <Co>" '<script>alert("rec")</script>'
$ rectrack list --format csv | grep '^OIG-21-48#1,'
  OIG-21-48#1,OIG-21-48,1,dhs-oig,2021-03-01,"<b>""X&Y'",'@SUM(1+1),"'=HYPERLINK(""http://example.invalid/?x"",""click"")",,pending,open-pending,,,,,no,no,no,no,no,,,,,,,no,2098 [CR]
$ rectrack export --format csv > export.csv && rectrack list --format csv | cmp - export.csv && echo same
  same
$ rectrack summary --by official --format csv | cut -d, -f1,2
  group,open
  '	tab first,1
  +1,1
  -12.50,1
  '@SUM(1+1),1
  O'Brien & <Co>,1
  TOTAL,5
$ rectrack summary --by report --format csv | cut -d, -f1,2
  group,open
  OIG-21-48,4
  "R""><img src=x onerror=alert(1)>",1
  TOTAL,5
$ rectrack outstanding --format csv | cut -d, -f2,3 | head -n 3
  report,title
  OIG-21-48,"<script>alert(1)</script> & ""q"" 's"
  OIG-21-48,"<script>alert(1)</script> & ""q"" 's"
$ rectrack search calc --format csv | python3 -c 'import csv, sys; [print(r[1], r[5]) for r in csv.reader(sys.stdin)]'
  id title
  R"><img src=x onerror=alert(1)> '=cmd|' /C calc'!A0
$ rectrack report list --format csv | python3 -c 'import csv, sys; [print(r[0], r[-1]) for r in csv.reader(sys.stdin)]'
  number title
  OIG-21-48 <script>alert(1)</script> & "q" 's
  R"><img src=x onerror=alert(1)> '=cmd|' /C calc'!A0

The YAML export is the round trip: it carries every text as stored.

$ rectrack export | grep -n 'HYPERLINK\|calc\|-2+3'
  35:    text: =HYPERLINK("http://example.invalid/?x","click")
  89:    text: "-2+3"
  130:  title: =cmd|' /C calc'!A0

HTML: every text is escaped, in elements, in attributes and in the SVG
chart labels; no script, image or handler comes through.

$ rectrack outstanding --format html --title "<script>alert('title')</script>" > report.html
$ grep -c '<script\|<img\|<i>\|<b>"' report.html || true
  0
$ grep -o '<title>[^<]*</title>' report.html
  <title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</title>
  <title>Open recommendations by agency</title>
  <title>Open recommendations by age since issue</title>
$ grep -o '<h2>[^<]*</h2>' report.html | sort -u
  <h2>DHS/&lt;b&gt;&quot;X&amp;Y&#39;</h2>
  <h2>Open by age</h2>
  <h2>Open by agency</h2>
  <h2>Totals</h2>
$ grep -o '<h3>.*</h3>' report.html
  <h3><span class="nw">OIG-21-48</span>: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;s</h3>
  <h3><span class="nw">R&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</span>: =cmd|&#39; /C calc&#39;!A0</h3>
$ grep -o 'id="R[^"]*"' report.html
  id="R&quot;&gt;&lt;img src=x onerror=alert(1)&gt;#1"
$ grep -o '<text[^>]*>[^<]*X[^<]*</text>' report.html
  <text x="162" y="25" text-anchor="end" font-size="12" fill="#1a1a1a">&lt;b&gt;&quot;X&amp;Y&#39;</text>
$ grep -o '<td>[^<]*script[^<]*</td>' report.html
  <td>&lt;script&gt;alert(&quot;rec&quot;)&lt;/script&gt;</td>
$ grep -o '<td><span class="nw">[^<]*</span>[^<]*note[^<]*</td>' report.html
  <td><span class="nw">2026-11-28</span> note: first &quot;note&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;</td>
$ grep -o '<td>Bell[^<]*</td>' report.html
  <td>Bell\x07 C1 \x9b CSI \x1b]0;pwned\x07 DEL\x7f tab end</td>
$ rectrack outstanding | grep 'script\|Bell\|note:'
  ### OIG-21-48: &lt;script&gt;alert(1)&lt;/script&gt; &amp; "q" 's
  | 1 | =HYPERLINK("http://example.invalid/?x","click") | pending | open-pending | — | 0 | 2098 |  | 2026-11-28 note: first "note" &lt;b&gt;&amp;amp;&lt;/b&gt; |
  | 2 | Bell\x07 C1 \x9b CSI \x1b]0;pwned\x07 DEL\x7f tab end | pending | open-pending | — | 0 | 2098 |  | 2021-03-01 issued |
  | 1 | &lt;script&gt;alert("rec")&lt;/script&gt; | pending | open-pending | — | 0 | 2067 |  | 2021-04-01 issued |
$ rectrack summary --by official --format md | grep -c "$(printf '\033')" || true
  0

A byte that is not UTF-8 (written by another program) is U+FFFD for
people and \ufffd in JSON, which stays valid.

$ cp rectrack.db bad.db
$ sqlite3 bad.db "UPDATE recommendation SET text = 'bad ' || CAST(x'ff' AS TEXT) || ' byte, cut ' || CAST(x'e282' AS TEXT) WHERE number = '3'"
$ rectrack --db bad.db list --report OIG-21-48 | grep bad
  OIG-21-48#3  open-pending                   bad � byte, cut ��
$ rectrack --db bad.db list --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)[2]["text"])'
  bad � byte, cut ��

Files that are not a rectrack database are refused, whatever the
command, and left byte for byte as they were, with nothing created
beside them.

$ echo "reports: []" > notes.txt
$ printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' > image.png
$ sqlite3 other.db "CREATE TABLE notes(x); INSERT INTO notes VALUES ('mine')"
$ sqlite3 marked.db "PRAGMA application_id = 1196444487; VACUUM"
$ cp rectrack.db newer.db && sqlite3 newer.db "PRAGMA user_version = 99"
$ mkdir keep && cp notes.txt image.png other.db marked.db newer.db keep/
$ for f in notes.txt image.png other.db marked.db newer.db; do
>   for c in init list 'show OIG-21-48#1' summary outstanding 'search bell' export 'report list' 'agency list' 'status OIG-21-48#1 open-unresolved' 'note OIG-21-48#1 hi' 'import notes.txt'; do
>     rectrack --db $f $c > /dev/null 2> err || head -c 300 err | sort -u >> errors.$f
>   done
>   sort errors.$f | uniq -c
>   cmp $f keep/$f && echo "$f unchanged"
> done
       12 rectrack: notes.txt: not a rectrack database (not an SQLite file)
  notes.txt unchanged
       12 rectrack: image.png: not a rectrack database (not an SQLite file)
  image.png unchanged
       12 rectrack: other.db: not a rectrack database
  other.db unchanged
       12 rectrack: marked.db: not a rectrack database (the SQLite database of another program: application id 0x47504b47)
  marked.db unchanged
       12 rectrack: newer.db: schema version 99 is newer than this rectrack knows (9); upgrade rectrack
  newer.db unchanged
$ ls | grep -e -wal -e -shm -e -journal || echo "nothing beside them"
  nothing beside them
$ rectrack --db . list
! rectrack: .: is a directory, not a database
[1]
$ rectrack --db keep list
! rectrack: keep: is a directory, not a database
[1]

A mistyped --db path is an error, not a new empty file; only init
creates one.

$ for c in list 'show A#1' 'history A#1' summary outstanding 'search x' export 'report list' 'report show A' 'agency list' 'issuer list' 'status A#1 open-unresolved' 'concur A#1 concur' 'note A#1 x' 'flag A#1 +priority' 'target A#1 2030-01-01' 'rec add A --text x' 'rec set A#1 text=x' 'report add A --title t --issued 2021-01-01 --agency DHS' 'agency add X --name x' 'issuer add x --name x' 'import notes.txt'; do
>   rectrack --db typo.db $c 2>&1 | head -n 1
> done | sort | uniq -c
       22 rectrack: typo.db: no database here (named by --db; create one with 'rectrack init')
$ ls | grep typo || echo "no typo.db"
  no typo.db
$ rectrack --db typo.db init && ls | grep typo
  created typo.db (schema version 9)
  typo.db

Read commands open the database read-only: they work on a file no one
may write in a folder no one may write (SQLite cannot put its -shm file
there: rectrack then reads the file as it is), and leave it as it was,
byte for byte and with its time.

$ rectrack status 'OIG-21-48#3' open-unresolved >/dev/null
$ mkdir ro && cp rectrack.db ro/ && chmod 0444 ro/rectrack.db && chmod 0555 ro
$ stat -c %Y ro/rectrack.db > mtime && cp ro/rectrack.db copy.db
$ for c in list 'show OIG-21-48#1' 'history OIG-21-48#1' summary outstanding 'outstanding --format html' 'search bell' export 'export --format csv' 'report list' 'report show OIG-21-48' 'agency list' 'issuer list'; do
>   rectrack --db ro/rectrack.db $c > out || echo "$c failed"
> done; echo done
  done
$ rectrack --db ro/rectrack.db list --status open-unresolved | cut -d ' ' -f 1
  ID
  OIG-21-48#3
$ cmp ro/rectrack.db copy.db && stat -c %Y ro/rectrack.db | cmp - mtime && ls ro
  rectrack.db
$ chmod 0755 ro

Error messages quote what was given, control characters escaped too: a
recommendation id typed with an escape sequence does not clear the
screen.

$ rectrack show "$(printf 'X\033[2J#1')"
! rectrack: X\x1b[2J: no such report
[1]
$ rectrack status "$(printf 'X\033]0;pwned\007')" closed-implemented
! rectrack: X\x1b]0;pwned\x07: not a recommendation (expected REPORT#NUMBER, e.g. OIG-21-48#2)
[1]
$ rectrack list "$(printf 'extra\033[2J')"
! rectrack: list: unexpected argument extra\x1b[2J
! usage: rectrack list [--issuer CODE] [--agency CODE] [--report NUMBER]
!                      [--status STATUS]... [--concurrence VALUE]...
!                      [--topic TOPIC] [--fy YEAR]... [--issued-from DATE]
!                      [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]
!                      [--official CODE]... [--include-staff] [--due-within DAYS]
!                      [--no-target] [--unresolved-over DAYS] [--sort FIELD,...]
!                      [--as-known DATE] [--extended-more-than N]
!                      [--columns COLUMN,...]...
!                      [--format table|csv|json|md|xlsx]
!                      [--output FILE [--force]] [--bom|--no-bom]
! See 'rectrack help list' for the options and examples.
[2]
