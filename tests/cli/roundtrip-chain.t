An export imported into an empty database reproduces the register's
history: each history entry of an export carries its change set
(REGISTER-N), its place in the chain (seq) and, for a void, the seq it
voids; the import writes the file's events in the order of their seq, so
that the new database's chain has the same head (the hash of its last
event).  The databases here are files named on the command line, so the
PostgreSQL run of this suite makes the same files (tests/pg/copy.t.sh
imports into PostgreSQL).

The example data, then a status change, and a note backdated by another
actor and recorded a day later: its entry comes first in the export
(effective date order) but last in the chain.  The imports run the day
after, when that entry is in the past.

$ cp "$SRCDIR/config/examples/port-of-entry.yaml" example.yaml
$ rectrack --db from.db init >/dev/null
$ rectrack --db from.db import example.yaml >/dev/null
$ rectrack --db from.db status 'OIG-21-19#4' open-resolved --target 2027-06-30 --note "plan agreed" --date 2026-01-05
  OIG-21-19#4: open-unresolved -> open-resolved, target 2027-06-30
  recorded as change 2
$ RECTRACK_NOW=2026-11-29T09:30:00Z rectrack --db from.db --actor alice note 'OIG-21-19#4' "agreed by phone" --date 2025-12-01
  OIG-21-19#4: note added
  recorded as change 3
$ rectrack --db from.db export > from.yaml
$ rectrack --db from.db export --format json > from.json
$ grep -A10 'agreed by phone' from.yaml
        note: agreed by phone
        change: "0a1b2c3d-3"
        seq: 26
      - effective: 2026-01-05
        at: 2026-11-28T12:00:00Z
        actor: tester
        kind: status
        field: status
        old: open-unresolved
        new: open-resolved
        note: plan agreed
$ sqlite3 from.db "SELECT hash FROM event ORDER BY id DESC LIMIT 1" > from.head
$ rectrack --db yaml.db init >/dev/null
$ RECTRACK_NOW=2026-11-30T12:00:00Z rectrack --db yaml.db import from.yaml | sed -n 3p
  events: 26
$ sqlite3 yaml.db "SELECT hash FROM event ORDER BY id DESC LIMIT 1" | cmp - from.head && echo "same head"
  same head
$ rectrack --db json.db init >/dev/null
$ RECTRACK_NOW=2026-11-30T12:00:00Z rectrack --db json.db import from.json | sed -n 3p
  events: 26
$ sqlite3 json.db "SELECT hash FROM event ORDER BY id DESC LIMIT 1" | cmp - from.head && echo "same head"
  same head
$ sqlite3 from.db "SELECT kind, at, actor, hash FROM event ORDER BY id" > from.chain
$ sqlite3 yaml.db "SELECT kind, at, actor, hash FROM event ORDER BY id" | cmp - from.chain && echo "same chain"
  same chain

The import is one change set of its own, recorded now by the importing
actor; the file's change values are there for information only (an
event's change set is not part of its hash).

$ sqlite3 yaml.db "SELECT id, at, actor, command FROM change"
  1|2026-11-30T12:00:00Z|tester|import from.yaml

A file written by hand: the seq of its entries, not their order in the
file, is the order of the chain, and a void entry voids the entry whose
seq it names, as the void of a change does: the mistaken close of #3
no longer counts.

$ cat > chain.yaml <<'EOF'
> version: 1
> issuers:
>   - {code: dhs-oig, name: DHS Office of Inspector General, kind: oig}
> agencies:
>   - {code: CBP, name: U.S. Customs and Border Protection}
> reports:
>   - number: OIG-21-19
>     title: Canine program
>     issuer: dhs-oig
>     issued: 2021-02-08
>     agency: CBP
>     recommendations:
>       - number: "3"
>         text: Provide proper training capabilities for canine teams.
>         history:
>           - {effective: 2021-02-08, at: 2021-02-09T10:00:00Z, actor: liaison, kind: issued, new: open-resolved, seq: 1}
>           - {effective: 2021-02-08, at: 2021-02-09T10:00:00Z, actor: liaison, kind: target, new: 2021-09-30, seq: 2}
>           - {effective: 2022-03-01, at: 2022-03-01T09:00:00Z, actor: liaison, kind: status, new: closed-implemented, note: policy issued, seq: 5}
>           - {effective: 2022-03-02, at: 2022-03-02T09:00:00Z, actor: auditor, kind: void, voids: 5, note: closed the wrong recommendation, seq: 6}
>   - number: OIG-21-48
>     title: Port staffing
>     issuer: dhs-oig
>     issued: 2021-03-01
>     agency: CBP
>     recommendations:
>       - number: "1"
>         text: Staff the ports.
>         history:
>           - {effective: 2021-03-01, at: 2021-03-02T10:00:00Z, actor: liaison, kind: issued, new: open-unresolved, seq: 3}
>           - {effective: 2021-03-01, at: 2021-03-02T10:00:00Z, actor: liaison, kind: note, note: asked for a plan, seq: 4}
> EOF
$ rectrack --db one.db init >/dev/null
$ rectrack --db one.db import chain.yaml | sed -n 3p
  events: 6
$ sqlite3 one.db "SELECT e.id, p.number || '#' || r.number, e.kind, e.voids FROM event e JOIN recommendation r ON r.id = e.recommendation_id JOIN report p ON p.id = r.report_id ORDER BY e.id"
  1|OIG-21-19#3|issued|
  2|OIG-21-19#3|target|
  3|OIG-21-48#1|issued|
  4|OIG-21-48#1|note|
  5|OIG-21-19#3|status|
  6|OIG-21-19#3|void|5
$ rectrack --db one.db list --format csv | cut -d, -f1,11,13
  id,status,original_target_date
  OIG-21-19#3,open-resolved,2021-09-30
  OIG-21-48#1,open-unresolved,
$ rectrack --db one.db check
  ok: 2 reports, 2 recommendations, 6 events checked
$ rectrack --db one.db export > one.yaml
$ grep -B4 -A5 'kind: void' one.yaml
        seq: 5
      - effective: 2022-03-02
        at: 2022-03-02T09:00:00Z
        actor: auditor
        kind: void
        note: closed the wrong recommendation
        change: "0a1b2c3d-1"
        seq: 6
        voids: 5
  - number: OIG-21-48
$ rectrack --db two.db init >/dev/null
$ rectrack --db two.db import one.yaml | sed -n 3p
  events: 6
$ sqlite3 one.db "SELECT hash FROM event ORDER BY id DESC LIMIT 1" > one.head
$ sqlite3 two.db "SELECT hash FROM event ORDER BY id DESC LIMIT 1" | cmp - one.head && echo "same head"
  same head
$ rectrack --db two.db list --format csv | cut -d, -f1,11,13
  id,status,original_target_date
  OIG-21-19#3,open-resolved,2021-09-30
  OIG-21-48#1,open-unresolved,

Importing the same file again adds nothing; a database that holds a
history already continues its chain with the file's events.

$ rectrack --db one.db import one.yaml | sed -n 3p
  events: 0
$ sed 's/OIG-21-19/OIG-22-01/; s/OIG-21-48/OIG-22-02/' chain.yaml > more.yaml
$ rectrack --db from.db import more.yaml | sed -n 1,3p
  reports: 2 new, 0 changed, 0 unchanged
  recommendations: 2 new, 0 changed, 0 unchanged
  events: 6
$ sqlite3 from.db "SELECT id, change_id, kind, voids FROM event WHERE id > 26 ORDER BY id"
  27|4|issued|
  28|4|target|
  29|4|issued|
  30|4|note|
  31|4|status|
  32|4|void|31
$ sqlite3 from.db "SELECT id, actor, command FROM change WHERE id > 3"
  4|tester|import more.yaml
$ rectrack --db from.db check
  ok: 6 reports, 10 recommendations, 32 events checked

A void entry must name the seq of an earlier entry of its own
recommendation that was not its issued entry, and come after it; seq is
a whole number, one per entry.  Each refusal names the place and changes
nothing.

$ cp one.db before.db
$ sed 's/voids: 5/voids: 9/' chain.yaml > f.yaml
$ rectrack --db one.db import f.yaml
! rectrack: f.yaml:19:98: reports[0].recommendations[0].history[3].voids: no entry before this one in the recommendation's history has seq 9 (a void voids an earlier entry of its own recommendation)
[1]
$ sed 's/kind: note, note: asked for a plan, seq: 4/kind: void, voids: 2, note: wrong one, seq: 7/' chain.yaml > f.yaml
$ rectrack --db one.db import f.yaml
! rectrack: f.yaml:30:98: reports[1].recommendations[0].history[1].voids: no entry before this one in the recommendation's history has seq 2 (a void voids an earlier entry of its own recommendation)
[1]
$ sed 's/voids: 5/voids: 1/' chain.yaml > f.yaml
$ rectrack --db one.db import f.yaml
! rectrack: f.yaml:19:98: reports[0].recommendations[0].history[3].voids: seq 1 (line 16) is the recommendation's issued entry, which cannot be voided
[1]
$ sed 's/kind: void, voids: 5/kind: note, voids: 5/' chain.yaml > f.yaml
$ rectrack --db one.db import f.yaml
! rectrack: f.yaml:19:98: reports[0].recommendations[0].history[3].voids: only a void entry voids another (this is a note entry)
[1]
$ sed 's/kind: void, voids: 5,/kind: void,/' chain.yaml > f.yaml
$ rectrack --db one.db import f.yaml
! rectrack: f.yaml:19:13: reports[0].recommendations[0].history[3]: a void entry needs "voids" (the seq of the entry it voids)
[1]
$ sed 's/seq: 6}/seq: 4}/' chain.yaml > f.yaml
$ rectrack --db one.db import f.yaml
! rectrack: f.yaml:19:98: reports[0].recommendations[0].history[3].voids: seq 5 (line 18) comes after this void (seq 4) in the history; a void follows what it voids
[1]
$ sed 's/seq: 6}/seq: 5}/' chain.yaml > f.yaml
$ rectrack --db one.db import f.yaml
! rectrack: f.yaml:19:145: reports[0].recommendations[0].history[3].seq: seq 5 is the entry's at line 18 too
[1]
$ sed 's/seq: 3}/seq: 2}/' chain.yaml > f.yaml
$ rectrack --db dup.db init >/dev/null
$ rectrack --db dup.db import f.yaml
! rectrack: f.yaml:29:13: reports[1].recommendations[0].history[0]: seq: 2 is the seq of the entry at line 17 too; each entry has its own place in the history
[1]
$ sqlite3 dup.db "SELECT count(*) FROM event"
  0
$ sed 's/seq: 6}/seq: six}/' chain.yaml > f.yaml
$ rectrack --db one.db import f.yaml
! rectrack: f.yaml:19:145: reports[0].recommendations[0].history[3].seq: not a place in the history: "six" (expected a whole number from 1, as an export's seq)
[1]
$ sed 's/kind: void, voids: 5, note: closed the wrong recommendation/kind: void, voids: 5, new: open-resolved/' chain.yaml > f.yaml
$ rectrack --db one.db import f.yaml
! rectrack: f.yaml:19:13: reports[0].recommendations[0].history[3]: OIG-21-19#3: voids an entry that is voided already
[1]
$ cmp one.db before.db && echo "one.db unchanged"
  one.db unchanged

The register's name in the exports is made when init creates the
database; RECTRACK_UID gives it instead (the tests here run with
0a1b2c3d).  A value that is not 8 hex digits creates nothing.

$ RECTRACK_UID=12ab34cd rectrack --db named.db init
  created named.db (schema version 9)
$ rectrack --db named.db import chain.yaml >/dev/null
$ rectrack --db named.db export | grep -m1 'change:'
        change: "12ab34cd-1"
$ RECTRACK_UID=12AB34CD rectrack --db bad.db init
! rectrack: RECTRACK_UID: "12AB34CD" is not a register's name (expected 8 hex digits, 0-9 and a-f)
[1]
$ RECTRACK_UID=12ab34c rectrack --db bad.db init
! rectrack: RECTRACK_UID: "12ab34c" is not a register's name (expected 8 hex digits, 0-9 and a-f)
[1]
$ test -e bad.db || echo "no bad.db"
  no bad.db

Events about a report, an agency or an issuer themselves (report set,
agency and issuer set and rename) are exported after the reports, in
the events list, each with what it is about, its code now and its
subject as first recorded; an import writes them with the
recommendations' events in the order of their seq, under that subject,
so that the round trip keeps the head.  First a SQLite register's
export into the suite's database (PostgreSQL in the PostgreSQL run),
then the suite's database's exports into new SQLite files.

$ rectrack --db src.db init >/dev/null
$ rectrack --db src.db import example.yaml >/dev/null
$ rectrack --db src.db agency set CBP name="Customs and Border Protection" --note "short name"
  agency CBP: name "U.S. Customs and Border Protection" -> "Customs and Border Protection"
  recorded as change 2
$ rectrack --db src.db issuer rename dhs-oig oig-dhs
  issuer dhs-oig renamed oig-dhs
  recorded as change 3
$ rectrack --db src.db export > src.yaml
$ rectrack --db src.db seal | cut -d' ' -f2 > src.head
$ rectrack init >/dev/null
$ rectrack import src.yaml | sed -n 3p
  events: 25
$ rectrack seal | cut -d' ' -f2 | cmp - src.head && echo "same head"
  same head
$ rectrack history issuer:oig-dhs
  EFFECTIVE   ACTOR   KIND     FIELD  OLD      NEW      NOTE  CHANGE  VOIDED BY
  2026-11-28  tester  renamed  code   dhs-oig  oig-dhs             1
$ rectrack report set OIG-21-19 title="Canine training" --note retitled
  report OIG-21-19: title "CBP Needs to Improve the Oversight of its Canine Program to Better Train and Reinforce Canine Performance (REDACTED)" -> "Canine training"
  recorded as change 2
$ rectrack agency rename CBP USCBP --date 2026-02-01
  agency CBP renamed USCBP
  recorded as change 3
$ rectrack issuer set oig-dhs name="DHS OIG"
  issuer oig-dhs: name "DHS Office of Inspector General" -> "DHS OIG"
  recorded as change 4
$ rectrack status 'OIG-21-19#4' open-resolved --target 2027-06-30 --date 2026-01-05
  OIG-21-19#4: open-unresolved -> open-resolved, target 2027-06-30
  recorded as change 5
$ rectrack export > reg.yaml
$ rectrack export --format json > reg.json
$ sed -n '/^events:/,$p' reg.yaml
  events:
  - about: agency
    code: USCBP
    subject: agency CBP
    effective: 2026-11-28
    at: 2026-11-28T12:00:00Z
    actor: tester
    kind: field
    field: name
    old: U.S. Customs and Border Protection
    new: Customs and Border Protection
    note: short name
    change: "0a1b2c3d-1"
    seq: 24
  - about: issuer
    code: oig-dhs
    subject: issuer dhs-oig
    effective: 2026-11-28
    at: 2026-11-28T12:00:00Z
    actor: tester
    kind: renamed
    field: code
    old: dhs-oig
    new: oig-dhs
    change: "0a1b2c3d-1"
    seq: 25
  - about: report
    code: OIG-21-19
    subject: report OIG-21-19
    effective: 2026-11-28
    at: 2026-11-28T12:00:00Z
    actor: tester
    kind: field
    field: title
    old: CBP Needs to Improve the Oversight of its Canine Program to Better Train and Reinforce Canine Performance (REDACTED)
    new: Canine training
    note: retitled
    change: "0a1b2c3d-2"
    seq: 26
  - about: agency
    code: USCBP
    subject: agency CBP
    effective: 2026-02-01
    at: 2026-11-28T12:00:00Z
    actor: tester
    kind: renamed
    field: code
    old: CBP
    new: USCBP
    change: "0a1b2c3d-3"
    seq: 27
  - about: issuer
    code: oig-dhs
    subject: issuer oig-dhs
    effective: 2026-11-28
    at: 2026-11-28T12:00:00Z
    actor: tester
    kind: field
    field: name
    old: DHS Office of Inspector General
    new: DHS OIG
    change: "0a1b2c3d-4"
    seq: 28
$ rectrack seal | cut -d' ' -f2 > reg.head
$ rectrack history agency:USCBP --format csv | cut -d, -f1-8 > reg.agency
$ rectrack history OIG-21-19 --format csv | cut -d, -f1-8 > reg.report
$ rectrack history 'OIG-21-19#4' --format csv | cut -d, -f1-8 > reg.rec
$ rectrack --db ry.db init >/dev/null
$ rectrack --db ry.db import reg.yaml | sed -n 3p
  events: 30
$ rectrack --db ry.db seal | cut -d' ' -f2 | cmp - reg.head && echo "same head"
  same head
$ rectrack --db ry.db history agency:USCBP --format csv | cut -d, -f1-8 | cmp - reg.agency && echo "same agency history"
  same agency history
$ rectrack --db ry.db history OIG-21-19 --format csv | cut -d, -f1-8 | cmp - reg.report && echo "same report history"
  same report history
$ rectrack --db ry.db history 'OIG-21-19#4' --format csv | cut -d, -f1-8 | cmp - reg.rec && echo "same recommendation history"
  same recommendation history
$ rectrack --db rj.db init >/dev/null
$ rectrack --db rj.db import reg.json | sed -n 3p
  events: 30
$ rectrack --db rj.db seal | cut -d' ' -f2 | cmp - reg.head && echo "same head"
  same head
$ rectrack --db rj.db history agency:USCBP --format csv | cut -d, -f1-8 | cmp - reg.agency && echo "same agency history"
  same agency history
$ rectrack --db rj.db history issuer:oig-dhs --format csv | cut -d, -f1-8
  effective,at,actor,kind,field,old,new,note
  2026-11-28,2026-11-28T12:00:00Z,tester,renamed,code,dhs-oig,oig-dhs,
  2026-11-28,2026-11-28T12:00:00Z,tester,field,name,DHS Office of Inspector General,DHS OIG,
$ rectrack --db rj.db check
  ok: 4 reports, 8 recommendations, 25 events checked

Importing the file again adds nothing; an export of a register with no
such events has no events list.

$ rectrack --db ry.db import reg.yaml | sed -n 3p
  events: 0
$ rectrack --db ry.db seal | cut -d' ' -f2 | cmp - reg.head && echo "same head"
  same head
$ rectrack --db from.db export | grep -c '^events:'
  0
[1]

With --as-of, the events effective by that day; with --agency, --issuer
or --report, only those about what the export selects: the reports it
writes, the agency or issuer it names.

$ rectrack export --as-of 2026-06-30 | sed -n '/^events:/,$p' | grep -E 'about|code|kind'
  - about: agency
    code: USCBP
    kind: renamed
    field: code
$ rectrack export --report OIG-21-19 | sed -n '/^events:/,$p' | grep -E 'about|code:'
  - about: report
    code: OIG-21-19
$ rectrack export --agency USCBP | sed -n '/^events:/,$p' | grep -E 'about|code:'
  - about: agency
    code: USCBP
  - about: report
    code: OIG-21-19
  - about: agency
    code: USCBP
$ rectrack export --report OIG-21-48 | grep -c '^events:'
  0
[1]

An entry must be about a report, an agency or an issuer that is in the
database or the file, of a kind the commands write, and a void must
name the seq of an earlier entry about the same one.  Each refusal
names the place and changes nothing.

$ rectrack seal > before.seal
$ sed 's/^- about: agency/- about: agancy/' reg.yaml > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:404:10: events[0].about: unknown value "agancy" (expected one of report, agency, issuer, official)
[1]
$ sed 's/^  code: USCBP/  code: USCPB/' reg.yaml > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:404:3: events[0]: USCPB: no such agency (add it with 'rectrack agency add'); did you mean "USCBP"?
[1]
$ sed 's/^  kind: renamed/  kind: added/' reg.yaml > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:423:9: events[1].kind: an added entry is about an official (none is written about a report, an agency or an issuer)
[1]
$ sed '/^  old: CBP$/d' reg.yaml > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:442:3: events[3]: a renamed entry needs "old" and "new" (the code before and after)
[1]
$ cp reg.yaml f.yaml
$ cat >> f.yaml <<'EOF'
> - about: issuer
>   code: oig-dhs
>   effective: 2026-11-28
>   at: 2026-11-28T11:00:00Z
>   actor: auditor
>   kind: void
>   voids: 27
>   note: the wrong one
>   seq: 31
> EOF
$ rectrack import f.yaml
! rectrack: f.yaml:472:10: events[5].voids: no entry before this one about the same one has this seq (a void voids an earlier event about its own report, agency or issuer)
[1]
$ sed 's/voids: 27/voids: 32/' f.yaml > g.yaml
$ rectrack import g.yaml
! rectrack: g.yaml:472:10: events[5].voids: no entry before this one about the same one has this seq (a void voids an earlier event about its own report, agency or issuer)
[1]
$ sed 's/kind: void/kind: note/' f.yaml > g.yaml
$ rectrack import g.yaml
! rectrack: g.yaml:472:10: events[5].voids: only a void entry voids another
[1]
$ rectrack seal | cmp - before.seal && echo "unchanged"
  unchanged

A void entry voids the earlier entry about the same one whose seq it
names.

$ sed 's/voids: 27/voids: 28/' f.yaml > g.yaml
$ rectrack --db void.db init >/dev/null
$ rectrack --db void.db import g.yaml | sed -n 3p
  events: 31
$ rectrack --db void.db history issuer:oig-dhs
  EFFECTIVE   ACTOR    KIND     FIELD  OLD                              NEW      NOTE           CHANGE  VOIDED BY
  2026-11-28  tester   renamed  code   dhs-oig                          oig-dhs                      1
  2026-11-28  tester   field    name   DHS Office of Inspector General  DHS OIG                      1
  2026-11-28  auditor  void                                                      the wrong one       1

Entries without a seq are written as they come, those with one in the
order of their seq: a void still voids the entry whose seq it names
when entries without a seq came before it (it voided another event, or
none, before).

$ cat > mixed.yaml <<'EOF'
> version: 1
> issuers:
>   - {code: dhs-oig, name: DHS Office of Inspector General, kind: oig}
> agencies:
>   - {code: CBP, name: U.S. Customs and Border Protection}
> reports:
>   - number: OIG-21-19
>     title: Canine program
>     issuer: dhs-oig
>     issued: 2021-02-08
>     agency: CBP
>     recommendations:
>       - number: "1"
>         text: Track certifications.
>         history:
>           - {effective: 2021-02-08, kind: issued, new: open-unresolved}
>           - {effective: 2021-03-01, kind: note, note: a}
>           - {effective: 2021-03-02, kind: note, note: b}
>           - {effective: 2022-06-20, kind: note, note: c, seq: 9}
>       - number: "2"
>         text: Retrain the handlers.
>         history:
>           - {effective: 2021-02-08, kind: issued, new: open-unresolved}
>           - {effective: 2021-06-01, kind: note, note: d}
>           - {effective: 2021-10-01, kind: note, note: slipped, seq: 5}
>           - {effective: 2021-10-02, kind: void, voids: 5, note: wrong, seq: 6}
> EOF
$ rectrack --db mixed.db init >/dev/null
$ rectrack --db mixed.db import mixed.yaml | sed -n 3p
  events: 8
$ rectrack --db mixed.db history 'OIG-21-19#2'
  EFFECTIVE   ACTOR   KIND    FIELD   OLD  NEW              NOTE     CHANGE  VOIDED BY
  2021-02-08  tester  issued  status       open-unresolved                1
  2021-06-01  tester  note                                  d             1
  2021-10-01  tester  note                                  slipped       1          1
  2021-10-02  tester  void                                  wrong         1

A void recorded by `rectrack void` repeats the field, old and new of the
event it voids; the export writes them and the import takes them back
(they must be those of the voided entry), so the chain's head is the
same.

$ rectrack --db voided.db init >/dev/null
$ rectrack --db voided.db import "$SRCDIR/config/examples/port-of-entry.yaml" >/dev/null
$ rectrack --db voided.db target 'OIG-21-48#1' 2026-12-31 >/dev/null
$ rectrack --db voided.db status 'OIG-21-48#1' open-resolved >/dev/null
$ rectrack --db voided.db void 3 --note "resolved by mistake" >/dev/null
$ rectrack --db voided.db void 2 --note "not agreed yet" >/dev/null
$ rectrack --db voided.db export > voided.yaml
$ grep -A3 'kind: void' voided.yaml
        kind: void
        field: status
        old: open-pending
        new: open-resolved
  --
        kind: void
        field: target_date
        new: "2026-12-31"
        note: not agreed yet
$ rectrack --db revoided.db init >/dev/null
$ rectrack --db revoided.db import voided.yaml | sed -n 3p
  events: 27
$ rectrack --db revoided.db check
  ok: 4 reports, 8 recommendations, 27 events checked
$ rectrack --db voided.db seal | cut -d' ' -f2 > voided.head
$ rectrack --db revoided.db seal | cut -d' ' -f2 | cmp - voided.head && echo "same head"
  same head
$ awk '/kind: void/ { v = 1 } v && /^ *new:/ { sub(/new: .*/, "new: closed-implemented"); v = 0 } { print }' voided.yaml > wrong.yaml
$ rectrack --db wrong.db init >/dev/null
$ cp wrong.db wrong.before
$ rectrack --db wrong.db import wrong.yaml
! rectrack: wrong.yaml:338:7: reports[3].recommendations[0].history[4]: OIG-21-48#1: a void entry's field, old and new, when given, are those of the entry it voids (status status: open-pending -> open-resolved)
[1]
$ cmp wrong.db wrong.before && echo unchanged
  unchanged

On one day, an entry comes after the one above it in the history only
when it comes after it in the chain: an entry of an export whose seq is
taken out (it would be written before the entries that keep theirs), or
two entries of a day whose seqs are swapped, are refused, and nothing is
written; before, the import took them and the history began with the
concurrence, which its own export then could not import.
$ rectrack export --report OIG-19-53 > one.yaml
$ awk '/kind: concurrence/ { c = 1 } c && /^ *seq:/ { c = 0; next } { print }' one.yaml > noseq.yaml
$ rectrack --db noseq.db init >/dev/null
$ cp noseq.db noseq.before
$ rectrack --db noseq.db import noseq.yaml
! rectrack: noseq.yaml:48:18: reports[0].recommendations[0].history[1]: has no seq, but the entry above (seq 22, line 39), effective the same day, has one: it would come before that entry in the history (give it a seq after that one)
[1]
$ cmp noseq.db noseq.before && echo unchanged
  unchanged
$ sed -e 's/^\( *\)seq: 22$/\1seq: 99/' one.yaml > swapped.yaml
$ rectrack --db noseq.db import swapped.yaml
! rectrack: swapped.yaml:57:12: reports[0].recommendations[0].history[1].seq: seq 23 is before the seq of the entry above (99, line 39), effective the same day: it would come before that entry in the history
[1]
$ cmp noseq.db noseq.before && echo unchanged
  unchanged

Corrections recorded after a void.  #3 of chain.yaml was closed on
2022-03-01 by mistake and the close voided; it is now closed on the day
it really was, 2022-02-01, and its text is changed, the change voided
and made again.  A void is effective on the day it was recorded, so the
export lists it after entries recorded after it, and the close of
2022-02-01 before the voided one of 2022-03-01: the import checks each
entry as of what was recorded before it (the order of the seqs), not as
of the entries above it in the file, and the chain comes out the same.

$ rectrack --db fix.db init >/dev/null
$ rectrack --db fix.db import chain.yaml >/dev/null
$ rectrack --db fix.db status 'OIG-21-19#3' closed-implemented --date 2022-02-01 >/dev/null
$ rectrack --db fix.db rec set 'OIG-21-19#3' 'text=Train the canine teams.' --date 2022-02-01 >/dev/null
$ rectrack --db fix.db void 3 --note "wrong text" >/dev/null
$ rectrack --db fix.db rec set 'OIG-21-19#3' 'text=Train the canine teams and their handlers.' --date 2022-02-01 >/dev/null
$ rectrack --db fix.db export > fix.yaml
$ grep -E '^ {4}- effective:|^ {6}(kind|old|seq|voids):' fix.yaml | paste -sd' ' | sed 's/ *- effective/\neffective/g; s/  */ /g' | sed 1d
  effective: 2021-02-08 kind: issued seq: 1
  effective: 2021-02-08 kind: target seq: 2
  effective: 2022-02-01 kind: status old: open-resolved seq: 7
  effective: 2022-02-01 kind: field old: Provide proper training capabilities for canine teams. seq: 8
  effective: 2022-02-01 kind: field old: Provide proper training capabilities for canine teams. seq: 10
  effective: 2022-03-01 kind: status seq: 5
  effective: 2022-03-02 kind: void seq: 6 voids: 5
  effective: 2026-11-28 kind: void old: Provide proper training capabilities for canine teams. seq: 9 voids: 8
  effective: 2021-03-01 kind: issued seq: 3
  effective: 2021-03-01 kind: note seq: 4
$ rectrack --db fixed.db init >/dev/null
$ rectrack --db fixed.db import fix.yaml | sed -n 3p
  events: 10
$ sqlite3 fix.db "SELECT hash FROM event ORDER BY id DESC LIMIT 1" > fix.head
$ sqlite3 fixed.db "SELECT hash FROM event ORDER BY id DESC LIMIT 1" | cmp - fix.head && echo "same head"
  same head
$ rectrack --db fixed.db show 'OIG-21-19#3' | grep -E '^(Text|Status):'
  Status:       Closed – Implemented
  Text:         Train the canine teams and their handlers.
$ rectrack --db fixed.db check
  ok: 2 reports, 2 recommendations, 10 events checked
