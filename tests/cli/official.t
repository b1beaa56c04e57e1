Officials: the people and offices recommendations are assigned to, as
records of their own (official add|set|rename|list|show), with a history
of their own (history official:CODE).  A recommendation's official is an
official's code.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --kind oig --name "DHS Office of Inspector General" >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --parent DHS --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-21-19 --issuer dhs-oig --issued 2021-02-08 --agency CBP --title "Canine Program" >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-unresolved --text "Update Canine Program guidance." >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-unresolved --text "Train the canine teams." >/dev/null

official add: a code (the rules of agency codes), a name, and optionally
an e-mail address, an agency, a title and the official reported to.

$ rectrack official add cbp-ofo --name "CBP Office of Field Operations" --agency CBP --email ofo-audits@cbp.dhs.gov --title "Executive Assistant Commissioner" --date 2026-11-01 --note "from the 90-day letter"
  added official cbp-ofo
  recorded as change 3
$ rectrack official add jdoe --name "Jane Doe" --agency CBP --title "Director, Canine Program" --reports-to cbp-ofo
  added official jdoe
  recorded as change 4
$ rectrack official add rroe --name "Richard Roe" --reports-to jdoe
  added official rroe
  recorded as change 5
$ rectrack official list
  CODE     NAME                            EMAIL                   AGENCY  TITLE                             REPORTS TO  OPEN
  cbp-ofo  CBP Office of Field Operations  ofo-audits@cbp.dhs.gov  CBP     Executive Assistant Commissioner              0
  jdoe     Jane Doe                                                CBP     Director, Canine Program          cbp-ofo     0
  rroe     Richard Roe                                                                                       jdoe        0
$ rectrack official list --agency CBP --format csv
  code,name,email,agency,title,reports_to,open [CR]
  cbp-ofo,CBP Office of Field Operations,ofo-audits@cbp.dhs.gov,CBP,Executive Assistant Commissioner,,0 [CR]
  jdoe,Jane Doe,,CBP,"Director, Canine Program",cbp-ofo,0 [CR]
$ rectrack official show jdoe
  Official:     jdoe
  Name:         Jane Doe
  Title:        Director, Canine Program
  Agency:       CBP
  Reports to:   cbp-ofo
  Staff:        rroe
  Open recs:    0
$ rectrack official show cbp-ofo --format json
  [
  {"code":"cbp-ofo","name":"CBP Office of Field Operations","email":"ofo-audits@cbp.dhs.gov","agency":"CBP","title":"Executive Assistant Commissioner","reports_to":null,"open":0}
  ]
$ rectrack history official:cbp-ofo
  EFFECTIVE   ACTOR   KIND   FIELD  OLD  NEW      NOTE                    CHANGE  VOIDED BY
  2026-11-01  tester  added  code        cbp-ofo  from the 90-day letter       3

What official add refuses, each with a message naming what is wrong;
nothing is written.

$ rectrack seal > before.seal
$ rectrack official add x
! rectrack: official: official add needs --name
! usage: rectrack official add CODE --name NAME [--email ADDR] [--agency CODE]
!                            [--title TEXT] [--reports-to CODE] [--date DATE]
!                            [--note TEXT] [--dry-run]
!        rectrack official set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack official rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack official list [--agency CODE] [--format FMT]
!        rectrack official show CODE [--format FMT]
! See 'rectrack help official' for the options and examples.
[2]
$ rectrack official add "DHS/x" --name X
! rectrack: "DHS/x": not an official code (not empty; no '/', no control character, no invisible character that reorders text)
[1]
$ rectrack official add " " --name X
! rectrack: " ": not an official code (not empty; no '/', no control character, no invisible character that reorders text)
[1]
$ rectrack official add x --name " "
! rectrack: name: the official's name may not be empty
[1]
$ rectrack official add x --name X --email jane.doe
! rectrack: email: "jane.doe" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ rectrack official add x --name X --email "jane doe@dhs.gov"
! rectrack: email: "jane doe@dhs.gov" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ rectrack official add x --name X --email jane@localhost
! rectrack: email: "jane@localhost" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ rectrack official add x --name X --agency CPB
! rectrack: CPB: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack official add x --name X --reports-to jdeo
! rectrack: jdeo: no such official (add it with 'rectrack official add'); did you mean "jdoe"?
[1]
$ rectrack official add x --name X --reports-to x
! rectrack: official x: cannot report to itself
[1]
$ rectrack official add jdoe --name "Jane Doe"
! rectrack: official jdoe already exists
[1]
$ rectrack official add x --name X --date 2026-11-29
! rectrack: official x: effective date 2026-11-29 is after today (2026-11-28)
[1]
$ rectrack official list --agency CPB
! rectrack: CPB: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack official show jdeo
! rectrack: jdeo: no such official (add it with 'rectrack official add'); did you mean "jdoe"?
[1]
$ rectrack seal | cmp - before.seal && echo unchanged
  unchanged

official set: name, email, agency, title, reports_to; "" clears all but
the name.  One event per field that changes.

$ rectrack official set jdoe email=jane.doe@cbp.dhs.gov title="Director, Canine Program" --note "directory"
  official jdoe: email (none) -> "jane.doe@cbp.dhs.gov"
  recorded as change 6
$ rectrack official set jdoe title= agency=
  official jdoe: title "Director, Canine Program" -> (none)
  official jdoe: agency "CBP" -> (none)
  recorded as change 7
$ rectrack official set jdoe name="Jane Doe"
  official jdoe: nothing changed
$ rectrack history official:jdoe
  EFFECTIVE   ACTOR   KIND   FIELD   OLD                       NEW                   NOTE       CHANGE  VOIDED BY
  2026-11-28  tester  added  code                              jdoe                                  4
  2026-11-28  tester  field  email                             jane.doe@cbp.dhs.gov  directory       6
  2026-11-28  tester  field  title   Director, Canine Program                                        7
  2026-11-28  tester  field  agency  CBP                                                             7

A reports_to that would make a cycle is refused, as are unknown fields,
values and officials, and a change effective before an earlier change of
the same field.

$ rectrack seal > before.seal
$ rectrack official set cbp-ofo reports_to=rroe
! rectrack: official cbp-ofo: cannot report to rroe, who reports to cbp-ofo (directly or not): that would make a cycle
[1]
$ rectrack official set cbp-ofo reports_to=cbp-ofo
! rectrack: official cbp-ofo: cannot report to itself
[1]
$ rectrack official set jdoe name=
! rectrack: name: the official's name may not be empty
[1]
$ rectrack official set jdoe email=nope
! rectrack: email: "nope" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ rectrack official set jdoe agency=CPB
! rectrack: CPB: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack official set jdoe phone=555
! rectrack: phone: not a field of an official one can set (expected one of name, email, agency, title, reports_to)
[1]
$ rectrack official set jdoe name=A name=B
! rectrack: name: given twice
[1]
$ rectrack official set jdeo name=X
! rectrack: jdeo: no such official (add it with 'rectrack official add'); did you mean "jdoe"?
[1]
$ rectrack official set jdoe email=jd@cbp.dhs.gov --date 2026-10-01
! rectrack: official jdoe: email was changed effective 2026-11-28; a change effective 2026-10-01 would come before it
[1]
$ rectrack official set jdoe name=X --dry-run --date 2026-12-01
! rectrack: official jdoe: effective date 2026-12-01 is after today (2026-11-28)
[1]
$ rectrack seal | cmp - before.seal && echo unchanged
  unchanged

A dry run writes nothing.

$ rectrack official add y --name Y --dry-run
  added official y
  would record: official y added code y (effective 2026-11-28)
  dry run: nothing was written
$ rectrack official set jdoe title=Chief --dry-run
  official jdoe: title (none) -> "Chief"
  would record: official jdoe field title Chief (effective 2026-11-28)
  dry run: nothing was written
$ rectrack official rename jdoe jsmith --dry-run
  official jdoe renamed jsmith
  would record: official jdoe renamed code jdoe -> jsmith (effective 2026-11-28)
  dry run: nothing was written
$ rectrack official list --format csv | cut -d, -f1,5
  code,title
  cbp-ofo,Executive Assistant Commissioner
  jdoe,
  rroe,

Assigning a recommendation: rec set REC official=CODE and rec add
--official CODE name an official; an unknown code is refused with the
nearest ones; official= clears it.

$ rectrack rec set 'OIG-21-19#1' official=jdoe
  OIG-21-19#1: 1 field changed
  recorded as change 8
$ rectrack rec set 'OIG-21-19#2' official=jdeo
! rectrack: jdeo: no such official (add it with 'rectrack official add'); did you mean "jdoe"?
[1]
$ rectrack rec add OIG-21-19 --official rroe --text "Report quarterly."
  added OIG-21-19#3 (open-pending, pending)
  recorded as change 9
$ rectrack rec add OIG-21-19 --official "Jane Doe" --text "Not added."
! rectrack: Jane Doe: no such official (add it with 'rectrack official add')
[1]
$ rectrack rec set 'OIG-21-19#3' official=
  OIG-21-19#3: 1 field changed
  recorded as change 10
$ rectrack official list --format csv | cut -d, -f1,7
  code,open [CR]
  cbp-ofo,0 [CR]
  jdoe,1 [CR]
  rroe,0 [CR]

official rename: one renamed event; every recommendation assigned to the
official and everyone reporting to it follows, and check still finds the
history sound (the history names the official by its former code).

$ rectrack official rename jdoe jsmith --note "name change"
  official jdoe renamed jsmith
  recorded as change 11
$ rectrack official rename jsmith cbp-ofo
! rectrack: official cbp-ofo already exists (rename onto a free code)
[1]
$ rectrack official rename jdeo x
! rectrack: jdeo: no such official (add it with 'rectrack official add')
[1]
$ rectrack official rename jsmith "a/b"
! rectrack: "a/b": not an official code (not empty; no '/', no control character, no invisible character that reorders text)
[1]
$ rectrack official rename jsmith jsmith
! rectrack: official jsmith: the new code is the same as the old one
[1]
$ rectrack list --format csv | cut -d, -f1,7
  id,official
  OIG-21-19#1,jsmith
  OIG-21-19#2,
  OIG-21-19#3,
$ rectrack official list --format csv | cut -d, -f1,6
  code,reports_to
  cbp-ofo,
  jsmith,cbp-ofo
  rroe,jsmith
$ rectrack history official:jsmith
  EFFECTIVE   ACTOR   KIND     FIELD   OLD                       NEW                   NOTE         CHANGE  VOIDED BY
  2026-11-28  tester  added    code                              jdoe                                    4
  2026-11-28  tester  field    email                             jane.doe@cbp.dhs.gov  directory         6
  2026-11-28  tester  field    title   Director, Canine Program                                          7
  2026-11-28  tester  field    agency  CBP                                                               7
  2026-11-28  tester  renamed  code    jdoe                      jsmith                name change      11
$ rectrack history 'OIG-21-19#1' | grep official
  2026-11-28  tester  field        official              jdoe                        8
$ rectrack check
  ok: 1 report, 3 recommendations, 7 events checked
$ rectrack help official | head -3
  usage: rectrack official add CODE --name NAME [--email ADDR] [--agency CODE]
                             [--title TEXT] [--reports-to CODE] [--date DATE]
                             [--note TEXT] [--dry-run]

Export and import: the officials: list (with formerly: after a rename)
and the events about officials; an export imported into an empty
database exports the same again (but for the change sets' numbers, and
the seq that a server's sequences may leave gaps in).

$ rectrack export | sed -n '/^officials:/,/^reports:/p'
  officials:
  - code: cbp-ofo
    name: CBP Office of Field Operations
    email: ofo-audits@cbp.dhs.gov
    agency: CBP
    title: Executive Assistant Commissioner
  - code: jsmith
    name: Jane Doe
    email: jane.doe@cbp.dhs.gov
    reports_to: cbp-ofo
    formerly:
    - jdoe
  - code: rroe
    name: Richard Roe
    reports_to: jsmith
  reports:
$ rectrack export > one.yaml
$ rectrack --db two.db init >/dev/null
$ rectrack --db two.db import one.yaml
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 3 new, 0 changed, 0 unchanged
  events: 14
  issuers: 1 new, 0 changed; agencies: 2 new, 0 changed
  officials: 3 new, 0 changed
  recorded as change 1
$ rectrack --db two.db export | sed -e 's/0a1b2c3d-[0-9]*/UID-N/' -e 's/seq: [0-9]*/seq: N/' > two.yaml
$ sed -e 's/0a1b2c3d-[0-9]*/UID-N/' -e 's/seq: [0-9]*/seq: N/' one.yaml | diff - two.yaml && echo same
  same
$ rectrack --db two.db check
  ok: 1 report, 3 recommendations, 7 events checked

An import names officials as it names agencies: one the file neither
declares under officials: nor finds in the database is refused, unless
--create-missing creates it; an entry is checked as official add checks
it.

$ cat > f.yaml <<'YAML'
> reports:
>   - number: OIG-21-19
>     title: Canine Program
>     issuer: dhs-oig
>     issued: 2021-02-08
>     agency: CBP
>     recommendations:
>       - {number: "9", text: "New one.", official: ofo-training}
> YAML
$ rectrack import f.yaml
! rectrack: f.yaml:8:51: reports[0].recommendations[0].official: no official "ofo-training" in the database or under officials: in the file (declare it there, or import with --create-missing)
[1]
$ rectrack import --create-missing --dry-run f.yaml
  dry run: nothing was written; the import would give
  reports: 0 new, 0 changed, 1 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 1
  officials: 1 new, 0 changed
  created for codes the file names but does not declare: official ofo-training
$ cat > g.yaml <<'YAML'
> officials:
>   - {code: ofo-training, name: OFO Training Division, email: training@cbp, reports_to: cbp-ofo}
> YAML
$ rectrack import g.yaml
! rectrack: g.yaml:2:5: officials[0]: email: "training@cbp" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ sed 's/training@cbp/training@cbp.dhs.gov/' g.yaml > h.yaml
$ cat f.yaml >> h.yaml
$ rectrack import h.yaml
  reports: 0 new, 0 changed, 1 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 1
  officials: 1 new, 0 changed
  recorded as change 12
$ rectrack official show ofo-training
  Official:     ofo-training
  Name:         OFO Training Division
  Email:        training@cbp.dhs.gov
  Reports to:   cbp-ofo
  Open recs:    1
$ cat > c.yaml <<'YAML'
> officials:
>   - {code: cbp-ofo, name: CBP Office of Field Operations, reports_to: ofo-training}
> YAML
$ rectrack import c.yaml
! rectrack: c.yaml:2:5: officials[0]: official cbp-ofo: cannot report to ofo-training, who reports to cbp-ofo (directly or not): that would make a cycle
[1]

An entry for a recorded official leaves what it does not give as it
is; "" clears it.

$ printf 'officials:\n  - {code: cbp-ofo, name: CBP Office of Field Operations, title: ""}\n' > k.yaml
$ rectrack import k.yaml
  reports: 0 new, 0 changed, 0 unchanged
  recommendations: 0 new, 0 changed, 0 unchanged
  events: 0
  officials: 0 new, 1 changed
$ rectrack official list --format csv | cut -d, -f1,3,4,5
  code,email,agency,title
  cbp-ofo,ofo-audits@cbp.dhs.gov,CBP,
  jsmith,jane.doe@cbp.dhs.gov,,
  ofo-training,training@cbp.dhs.gov,,
  rroe,,,
$ rectrack check
  ok: 1 report, 4 recommendations, 8 events checked

A copy of the register carries the officials, who reports to whom and
their history.

$ rectrack copy rectrack.db copied.db >/dev/null # sqlite-only
$ rectrack --db copied.db official list --format csv | cut -d, -f1,6 # sqlite-only
  code,reports_to
  cbp-ofo,
  jsmith,cbp-ofo
  ofo-training,cbp-ofo
  rroe,jsmith
$ rectrack --db copied.db history official:jsmith | tail -1 # sqlite-only
  2026-11-28  tester  renamed  code    jdoe                      jsmith                name change      11
$ rectrack --db copied.db check # sqlite-only
  ok: 1 report, 4 recommendations, 8 events checked

After a rename, a recommendation's history keeps the code it recorded
(jdoe), but what is read from it names the official as they are now:
show, and a listing as of an earlier day.

$ rectrack history 'OIG-21-19#1' | grep official
  2026-11-28  tester  field        official              jdoe                        8
$ rectrack show 'OIG-21-19#1' | grep Official
  Official:     jsmith (Jane Doe)
$ rectrack list --official jsmith --as-of 2026-11-28 --format csv | cut -d, -f1,7
  id,official
  OIG-21-19#1,jsmith

A code an official or an agency had before a rename stays theirs:
histories name them by it.  Taking it for another is refused, with
nothing written; renaming back is allowed.

$ cp rectrack.db before.db
$ rectrack official add jdoe --name "Another Jane Doe"
! rectrack: official jdoe: that was the code of official jsmith before a rename, and histories name it by that code (choose another)
[1]
$ rectrack official rename rroe jdoe
! rectrack: official jdoe: that was the code of official jsmith before a rename, and histories name it by that code (choose another)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack official rename jsmith jdoe
  official jsmith renamed jdoe
  recorded as change 13
$ rectrack official rename jdoe jsmith >/dev/null
$ rectrack agency rename CBP USCBP >/dev/null
$ cp rectrack.db before.db
$ rectrack agency add CBP --name "Another agency"
! rectrack: agency CBP: that was the code of agency USCBP before a rename, and histories name it by that code (choose another)
[1]
$ rectrack agency rename DHS CBP
! rectrack: agency CBP: that was the code of agency USCBP before a rename, and histories name it by that code (choose another)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack agency rename USCBP CBP
  agency USCBP renamed CBP
  recorded as change 16
$ rectrack check
  ok: 1 report, 4 recommendations, 8 events checked

What goes into a message's headers is refused at the door: an address
that would change a message's recipients, an official's name with a
line break, or longer than 200 characters.

$ rectrack official add e5 --name E --email 'a@b.c>'
! rectrack: email: "a@b.c>" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ rectrack official add e6 --name E --email 'a,b@c.d'
! rectrack: email: "a,b@c.d" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ rectrack official add e7 --name "$(printf 'Evil\r\nBcc: e@v.il')"
! rectrack: name: the official's name is one line of text, without control characters
[1]
$ rectrack official add e8 --name "$(python3 -c "print('N' * 201)")"
! rectrack: name: the official's name has more than 200 characters
[1]
$ rectrack official add e9 --name "$(python3 -c "print('N' * 200)")" | head -1
  added official e9
