import --format oscal-poam (docs/oscal.md): a POA&M rectrack wrote comes
back whole; another tool's becomes reports and recommendations, with what
rectrack has no place for kept as notes; a document refused names the
JSON path of the fault and leaves the database as it was.

The register oscal/own.json was written from (0a1b2c3d), recorded with
the commands, in src.db:

$ rectrack --db src.db init >/dev/null
$ rectrack --db src.db issuer add dhs-oig --kind oig --name "DHS Office of Inspector General" >/dev/null
$ rectrack --db src.db agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack --db src.db agency add CBP --parent DHS --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack --db src.db official add cbp-ofo --name "CBP Office of Field Operations" --agency CBP --email ofo@cbp.example.gov >/dev/null
$ rectrack --db src.db report add OIG-21-19 --issuer dhs-oig --type audit --issued 2021-02-08 --agency CBP --topic "Port of Entry" --title "Canine Program" --summary "CBP's training approach does not fully support the canine teams." >/dev/null
$ rectrack --db src.db rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 --text "Improve oversight." --corrective-action "Quarterly reviews." >/dev/null
$ rectrack --db src.db rec add OIG-21-19 --concurrence concur --status open-unresolved --text "Update guidance." >/dev/null
$ rectrack --db src.db --actor liaison rec set 'OIG-21-19#2' official=cbp-ofo --date 2021-05-10 --note "named in the 90-day
> response" >/dev/null
$ rectrack --db src.db export --format yaml | grep -v '^ *change:' > src.yaml
$ rectrack --db src.db seal
  seal 41fbe2725c27a899d6a65710558fe2950ba199019824e844067a121bd433c35e of register 0a1b2c3d: 7 events, the last recorded 2026-11-28T12:00:00Z

Its POA&M, written by the mapping, is valid OSCAL 1.0.6:

$ cp "$TESTDIR/oscal/own.json" own.json
$ node "$SRCDIR/tests/oscal/validate.js" own.json
  own.json: valid

An empty database of another name.  A dry run writes nothing (in a
file of its own: a server's sequences do not roll back, and the seq of
each event would not be the source's after it):

$ RECTRACK_UID=11112222 rectrack init >/dev/null
$ RECTRACK_UID=11112222 rectrack --db dry.db init >/dev/null
$ cp dry.db empty.db
$ rectrack --db dry.db import --format oscal-poam --dry-run own.json
  dry run: nothing was written; the import would give
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 2 new, 0 changed, 0 unchanged
  events: 7
  issuers: 1 new, 0 changed; agencies: 2 new, 0 changed
  officials: 1 new, 0 changed
$ cmp dry.db empty.db && echo unchanged
  unchanged

The import: the database becomes register 0a1b2c3d, as a copy would,
and holds what the source holds, event for event (the same seal):

$ rectrack import --format oscal-poam own.json
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 2 new, 0 changed, 0 unchanged
  events: 7
  issuers: 1 new, 0 changed; agencies: 2 new, 0 changed
  officials: 1 new, 0 changed
  recorded as change 1
$ rectrack export --format yaml | grep -v '^ *change:' > dst.yaml
$ cmp src.yaml dst.yaml && echo same
  same
$ rectrack seal
  seal 41fbe2725c27a899d6a65710558fe2950ba199019824e844067a121bd433c35e of register 0a1b2c3d: 7 events, the last recorded 2026-11-28T12:00:00Z

Imported again, nothing changes; into a database that holds something,
the register keeps its own name:

$ rectrack import --format oscal-poam own.json
  reports: 0 new, 0 changed, 1 unchanged
  recommendations: 0 new, 0 changed, 2 unchanged
  events: 0
$ RECTRACK_UID=33334444 rectrack --db third.db init >/dev/null
$ rectrack --db third.db issuer add gao --kind gao --name "U.S. Government Accountability Office" >/dev/null
$ rectrack --db third.db import --format oscal-poam own.json >/dev/null
$ rectrack --db third.db seal | cut -d' ' -f3-5
  of register 33334444:

Refusals.  Each names the place by JSON path, and the database stays
byte for byte as it was.  oscal/edit.py writes own.json with one change
into f.json:

$ cp rectrack.db before.db

Not JSON (jansson's line and column), a duplicate key, not a POA&M:

$ printf '{"plan-of-action-and-milestones": {\n  "metadata": ,\n}}\n' > f.json
$ rectrack import --format oscal-poam f.json
! rectrack: f.json:2:15: not JSON: unexpected token near ','
[1]
$ printf '{"plan-of-action-and-milestones": {}, "plan-of-action-and-milestones": {}}' > f.json
$ rectrack import --format oscal-poam f.json
! rectrack: f.json:1:69: not JSON: duplicate object key
[1]
$ echo '{"catalog": {"uuid": "3f2504e0-4f89-41d3-9a0c-0305e82c3301"}}' > f.json
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $: not an OSCAL plan of action and milestones (expected an object with "plan-of-action-and-milestones")
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A poam-item without its title or its description:

$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'del p["poam-items"][1]["title"]'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[1]: needs "title" (a text)
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["poam-items"][1]["description"] = " "'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[1].description: needs a value (found " ")
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A register name that is not 8 lowercase hex digits, into this database
and into an empty one (which would have adopted it):

$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["metadata"]["props"][0]["value"] = "0A1B2C3D"'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.metadata.props[0]: "0A1B2C3D" is not a register's name (expected 8 hex digits, 0-9 and a-f)
[1]
$ rectrack --db empty.db init >/dev/null
$ cp empty.db empty-before.db
$ rectrack --db empty.db import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.metadata.props[0]: "0A1B2C3D" is not a register's name (expected 8 hex digits, 0-9 and a-f)
[1]
$ cmp rectrack.db before.db && cmp empty.db empty-before.db && echo unchanged
  unchanged

A UUID that is not one, the same UUID twice, a reference to nothing:

$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["risks"][0]["uuid"] = "not-a-uuid"'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.risks[0].uuid: not a UUID: "not-a-uuid" (expected an RFC 4122 version 4 or 5 UUID, as OSCAL asks)
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["back-matter"]["resources"][0]["uuid"] = p["observations"][0]["uuid"]'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.back-matter.resources[0]: the UUID ce76a875-cb52-5184-b233-9040749ff996 is the one of $.plan-of-action-and-milestones.observations[0] too (each object of a document has its own)
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["poam-items"][0]["related-observations"][0]["observation-uuid"] = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[0].related-observations[0].observation-uuid: 3f2504e0-4f89-41d3-9a0c-0305e82c3301 names no observation of the document
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["poam-items"][0]["related-risks"][0]["risk-uuid"] = p["observations"][0]["uuid"]'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[0].related-risks[0].risk-uuid: ce76a875-cb52-5184-b233-9040749ff996 names no risk of the document
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A value of rectrack's that is wrong, read as the same key of an import
file is: a status, an amount, a percent-encoded value with a bad escape,
a property rectrack does not write there:

$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["poam-items"][1]["props"][2]["value"] = "opne"'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[1].props[2]: unknown value "opne" (expected one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["poam-items"][1]["props"].append({"name": "questioned-cost", "ns": "urn:rectrack:oscal", "value": "12,5"})'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[1].props[11]: not an amount of dollars: "12,5" (expected a number like 1234.56 or "$1,234.56")
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["poam-items"][1]["props"][2].update({"class": "percent-encoded", "value": "open%2"})'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[1].props[2]: not a percent-encoded value: "open%2" (each % is followed by two hex digits, and none encodes NUL)
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["poam-items"][0]["props"].append({"name": "colour", "ns": "urn:rectrack:oscal", "value": "red"})'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[0].props[13]: unknown property "colour" of rectrack's namespace here (expected one of report, number, status, concurrence, agency, official, priority, significant, on-hold, closure-requested, partially-addressed, target-date, original-target-date, resolved-date, closed-date, questioned-cost, unsupported-cost, funds-better-use, potential-savings, disallowed-cost, fbu-agreed)
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["poam-items"][1]["props"][0]["value"] = "OIG-21-20"'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[1]: its report "OIG-21-20" is no observation's report-number
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A history the import's rules refuse: a target date before the issue
date, a concurrence entry that changes nothing, an entry logged by
nobody the document names:

$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["risks"][0]["risk-log"]["entries"][2]["props"][2]["value"] = "2020-01-01"'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.risks[0].risk-log.entries[2].props[2]: target date 2020-01-01 is before the report's issue date 2021-02-08
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["risks"][0]["risk-log"]["entries"][1]["props"][2]["value"] = "concur"'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.risks[0].risk-log.entries[1]: changes nothing: the concurrence is already concur
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" own.json f.json 'p["risks"][1]["risk-log"]["entries"][2]["logged-by"][0]["party-uuid"] = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"'
$ rectrack import --format oscal-poam f.json
! rectrack: f.json: $.plan-of-action-and-milestones.risks[1].risk-log.entries[2].logged-by[0].party-uuid: 3f2504e0-4f89-41d3-9a0c-0305e82c3301 names no party of the document
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

What rectrack's own document names, the options for another tool's do
not change, and they go with this format only:

$ rectrack import --format oscal-poam --report X-1 own.json
! rectrack: own.json: the document was written by rectrack and names its reports: --report goes with another tool's POA&M
[2]
$ rectrack import --issuer gao own.json
! rectrack: import: --report, --issuer and --agency go with --format oscal-poam (what another tool's POA&M does not say)
! usage: rectrack import FILE... [--dry-run] [--quiet] [--create-missing]
!                        [--evidence DIR]
!        rectrack import --format gao-csv FILE [--dry-run]
!        rectrack import --format oscal-poam FILE... [--dry-run]
!                        [--create-missing] [--evidence DIR] [--report NUMBER]
!                        [--issuer CODE] [--agency CODE]
! See 'rectrack help import' for the options and examples.
[2]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Another tool's POA&M (FedRAMP-like: a system, two assessments, risks
with deadlines and statuses, items with properties of its own).  It does
not say whose findings it holds:

$ cp "$TESTDIR/oscal/foreign.json" csp.json
$ node "$SRCDIR/tests/oscal/validate.js" csp.json
  csp.json: valid
$ rectrack import --format oscal-poam csp.json
! rectrack: csp.json: the POA&M was written by another tool: say whose findings it holds with --issuer CODE and --agency CODE
[2]
$ rectrack import --format oscal-poam --issuer 3pao --agency CSP csp.json
! rectrack: csp.json: $.plan-of-action-and-milestones.observations[0]: no issuer "3pao" in the database or under issuers: in the file (declare it there, or import with --create-missing)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

With the codes recorded: one report per observation (numbered by its
short title), issued the day it was collected; each item a
recommendation numbered by the first 8 hex digits of the item's UUID
(which stays the same from one revision of the plan to the next), its
status from its risk, its target date the risk's
deadline (the day as written), its title and its properties as notes:

$ rectrack issuer add 3pao --kind other --name "Third-party assessment organization" >/dev/null
$ rectrack agency add CSP --name "Cloud service provider" >/dev/null
$ rectrack import --format oscal-poam --issuer 3pao --agency CSP csp.json
  reports: 2 new, 0 changed, 0 unchanged
  recommendations: 3 new, 0 changed, 0 unchanged
  events: 15
  recorded as change 2
$ rectrack list --agency CSP --columns id,agency,status,text
  ID                               AGENCY  STATUS                  TEXT
  ANNUAL-ASSESSMENT-2023#af6a7b8c  CSP     closed-not-implemented  Give each administrator an account of their own.
  SCAN-2024-03#8d4e5f6a            CSP     open-resolved           Disable TLS 1.0 and 1.1 on the public load balancer.
  SCAN-2024-03#9e5f6a7b            CSP     closed-implemented      Apply the March kernel update to the two hosts.
$ rectrack history 'SCAN-2024-03#8d4e5f6a'
  EFFECTIVE   ACTOR   KIND    FIELD        OLD  NEW            NOTE                         CHANGE  VOIDED BY
  2024-03-15  tester  issued  status            open-pending                                     2
  2024-03-15  tester  target  target_date       2024-06-30     deadline of the risk              2
  2024-03-15  tester  status  status            open-resolved  risk status: remediating          2
  2024-03-15  tester  note                                     title: V-1: Disable TLS 1.0       2
  2024-03-15  tester  note                                     POAM-ID: V-1                      2
  2024-03-15  tester  note                                     impacted-control-id: sc-8         2
$ rectrack history 'ANNUAL-ASSESSMENT-2023#af6a7b8c'
  EFFECTIVE   ACTOR   KIND    FIELD   OLD  NEW                     NOTE                                           CHANGE  VOIDED BY
  2023-11-30  tester  issued  status       open-pending                                                                2
  2023-11-30  tester  status  status       closed-not-implemented  risk status: deviation-approved                     2
  2023-11-30  tester  note                                         title: A-7: Individual administrator accounts       2
  2023-11-30  tester  note                                         POAM-ID: A-7                                        2
  2023-11-30  tester  note                                         vendor-dependency: no                               2

The same document again changes nothing; with --report, every item goes
to the one report named, issued the day the plan was published:

$ rectrack import --format oscal-poam --issuer 3pao --agency CSP csp.json
  reports: 0 new, 0 changed, 2 unchanged
  recommendations: 0 new, 0 changed, 3 unchanged
  events: 0
$ rectrack import --format oscal-poam --issuer 3pao --agency CSP --report POAM-2024 csp.json
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 3 new, 0 changed, 0 unchanged
  events: 15
  recorded as change 3
$ rectrack list --report POAM-2024
  ID                  STATUS                  TARGET      OVERDUE  TEXT
  POAM-2024#8d4e5f6a  open-resolved           2024-06-30  overdue  Disable TLS 1.0 and 1.1 on the public load balancer.
  POAM-2024#9e5f6a7b  closed-implemented                           Apply the March kernel update to the two hosts.
  POAM-2024#af6a7b8c  closed-not-implemented                       Give each administrator an account of their own.

The next revision of the plan: V-1 is gone (remediated, archived by the
other tool) and V-2 changed its text. V-2's recommendation takes the new
text, and V-1's is left as it was (before, the items were numbered by
their place in the document, and V-2's text went onto V-1's
recommendation):

$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" csp.json next.json 'del p["poam-items"][0]; p["poam-items"][0]["description"] = "Apply the March and April kernel updates."'
$ rectrack import --format oscal-poam --issuer 3pao --agency CSP next.json
  reports: 0 new, 0 changed, 2 unchanged
  recommendations: 0 new, 1 changed, 1 unchanged
  events: 1
  recorded as change 4
$ rectrack list --report SCAN-2024-03 --format csv | cut -d, -f1,8,10
  id,text,concurrence
  SCAN-2024-03#8d4e5f6a,Disable TLS 1.0 and 1.1 on the public load balancer.,pending
  SCAN-2024-03#9e5f6a7b,Apply the March and April kernel updates.,pending

An item of another tool's plan without a uuid is refused: nothing would
find its recommendation again in the next revision.

$ cp rectrack.db before.db
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" csp.json f.json 'del p["poam-items"][1]["uuid"]'
$ rectrack import --format oscal-poam --issuer 3pao --agency CSP f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[1]: a poam-item of another tool's plan needs its uuid: it numbers the recommendation, so that the next revision of the plan updates the same one
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A risk status OSCAL does not define, an item that relates to no
observation (without --report), an observation whose title cannot be a
report number:

$ cp rectrack.db before.db
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" csp.json f.json 'p["risks"][0]["status"] = "fixed"'
$ rectrack import --format oscal-poam --issuer 3pao --agency CSP f.json
! rectrack: f.json: $.plan-of-action-and-milestones.risks[0].status: unknown risk status "fixed" (expected one of open, investigating, remediating, deviation-requested, deviation-approved, closed)
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" csp.json f.json 'del p["poam-items"][2]["related-observations"]'
$ rectrack import --format oscal-poam --issuer 3pao --agency CSP f.json
! rectrack: f.json: $.plan-of-action-and-milestones.poam-items[2]: relates to no observation, the report it belongs to: relate it to one, or import with --report NUMBER
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" csp.json f.json 'p["observations"][1]["title"] = "Annual assessment by the third-party assessment organization, 2023"'
$ rectrack import --format oscal-poam --issuer 3pao --agency CSP f.json
! rectrack: f.json: $.plan-of-action-and-milestones.observations[1].title: a report needs a number: give the observation a short one-line title (at most 64 bytes) or the property report-number, or import with --report NUMBER
[1]
$ sh "$SRCDIR/tests/py" "$TESTDIR/oscal/edit.py" csp.json f.json 'p["risks"][0]["deadline"] = "June 30"'
$ rectrack import --format oscal-poam --issuer 3pao --agency CSP f.json
! rectrack: f.json: $.plan-of-action-and-milestones.risks[0].deadline: not a date-time: "June 30" (expected YYYY-MM-DDTHH:MM:SS and a time zone)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
