OSCAL POA&M export (docs/oscal.md): export --format oscal-poam writes the
register, or what a filter selects, as an OSCAL 1.0.6
plan-of-action-and-milestones JSON document that validates against
NIST's schema and carries everything export --format yaml carries.

The example data, then a history that touches every part of the mapping:
an official, amounts, flags, a multi-line text, corrective action and
note, a changed target, a closed-not-implemented and a closed-implemented
recommendation, a void, an event about a report, an agency rename and an
evidence file.

$ rectrack init >/dev/null
$ cp "$SRCDIR/config/examples/port-of-entry.yaml" .
$ rectrack import port-of-entry.yaml >/dev/null

The plan names the system it is about: without oscal.system_id the
export is refused and writes nothing.

$ rectrack export --format oscal-poam --output poam.json
! rectrack: export --format oscal-poam: the plan names the system it is about: set oscal.system_id in the configuration (see docs/oscal.md)
[1]
$ test -e poam.json || echo no poam.json
  no poam.json

$ printf 'oscal:\n  system_id: cbp-canine-program\n  system_id_type: https://ietf.org/rfc/rfc4122\n' > rectrack.yaml
$ rectrack official add cbp-ofo --name "CBP Office of Field Operations" --agency CBP --email ofo-audits@cbp.example.gov --title "Audit liaison" >/dev/null
$ rectrack rec set 'OIG-21-19#4' official=cbp-ofo questioned_cost=1234.50 funds_better_use=20000 --date 2021-05-10 --note "named in the 90-day response" >/dev/null
$ rectrack flag 'OIG-21-19#4' +priority +significant --date 2021-05-10 >/dev/null
$ rectrack rec set 'OIG-21-19#4' text="$(printf 'Update and standardize\nCanine Program guidance.')" --date 2021-05-11 >/dev/null
$ rectrack note 'OIG-21-19#1' "$(printf 'site visit:\n  two lines')" --date 2021-06-01 >/dev/null
$ rectrack rec set 'OIG-21-19#2' corrective_action="$(printf 'Step one.\nStep two.')" --date 2021-06-02 >/dev/null
$ rectrack target 'OIG-21-19#2' 2022-03-31 --note "new plan" --date 2021-09-01 >/dev/null
$ rectrack status 'OIG-21-19#3' closed-not-implemented --date 2022-01-10 --note "superseded" >/dev/null
$ rectrack status 'OIG-21-19#1' closed-implemented --date 2022-02-01 --note "done" >/dev/null
$ rectrack note 'OIG-21-48#1' "wrong report" >/dev/null
$ rectrack void 11 --note "meant OIG-21-19" >/dev/null
$ rectrack report set OIG-21-19 url=https://www.oig.dhs.gov/sites/default/files/assets/2021-02/OIG-21-19-Feb21-Redacted.pdf --note "link added" >/dev/null
$ rectrack agency rename CBP USCBP --date 2026-02-01 >/dev/null
$ printf 'plan\n' > plan.pdf
$ rectrack evidence add 'OIG-21-19#1' plan.pdf --date 2022-02-01 >/dev/null

The whole register, validated against NIST's schema (Ajv):

$ rectrack export --format oscal-poam --output poam.json
! rectrack: wrote 8 recommendations (4 reports) to poam.json
$ node "$SRCDIR/tests/oscal/validate.js" poam.json
  poam.json: valid
$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json summary
  title: Plan of Action and Milestones: recommendations of register 0a1b2c3d
  last-modified: 2026-11-28T12:00:00Z oscal-version: 1.0.6 version: 1
  props: register=0a1b2c3d format-version=1
  roles: issuer agency official recorder
  system-id: {"id": "cbp-canine-program", "identifier-type": "https://ietf.org/rfc/rfc4122"}
  observations: 4, risks: 8, poam-items: 8, resources: 4

Every UUID is unique, every reference names an object of the document,
and each is the version 5 UUID of what it is in the register's
namespace:

$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json uuids
  uuids: 81, unique: True, references resolved: True
  risk OIG-19-53#1: UUIDv5(register 0a1b2c3d, "risk OIG-19-53#1") matches
  item OIG-19-53#1: UUIDv5(register 0a1b2c3d, "item OIG-19-53#1") matches
  report OIG-18-87: UUIDv5(register 0a1b2c3d, "report OIG-18-87") matches

The same register exported again gives the same document; at another
time, the same UUIDs (only the document's own, which names its
last-modified instant, changes):

$ rectrack export --format oscal-poam | cmp - poam.json && echo same
  same
$ RECTRACK_NOW=2026-12-01T08:00:00Z rectrack export --format oscal-poam > later.json
$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json later.json same-uuids
  UUIDs: 154, the same: True

Issuers, agencies (the renamed one with its former code), the official
and the actors of the exported entries are the parties:

$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json parties
  organization dhs-oig party-of=issuer kind=oig
  organization DHS party-of=agency
  organization USCBP party-of=agency parent=DHS formerly=CBP member-of=DHS
  person cbp-ofo party-of=official agency=USCBP title=Audit liaison email=ofo-audits@cbp.example.gov
  person tester party-of=actor

One observation per report, the recommendation's finding source:

$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json observations
  Results of Unannounced Inspections into  | report-number=OIG-18-87 type=inspection fiscal-year=2018 sensitivity=public issued=2018-09-28 agency=USCBP issuer=dhs-oig topic=Port of Entry
    collected=2018-09-28T00:00:00Z methods=['EXAMINE'] types=['finding'] links=[]
    description: "CBP facilities we visited appeared to be operating"
  Management Alert - CBP Did Not Adequatel | report-number=OIG-19-53 type=management-alert fiscal-year=2019 sensitivity=public issued=2019-07-19 agency=USCBP issuer=dhs-oig topic=Port of Entry
    collected=2019-07-19T00:00:00Z methods=['EXAMINE'] types=['finding'] links=[]
    description: "CBP has not always made medications designed to tr"
  CBP Needs to Improve the Oversight of it | report-number=OIG-21-19 type=audit fiscal-year=2021 sensitivity=redacted issued=2021-02-08 agency=USCBP issuer=dhs-oig topic=Port of Entry
    collected=2021-02-08T00:00:00Z methods=['EXAMINE'] types=['finding'] links=['report:https://www.oig.dhs.gov/sites/default/files/assets/2021-02/OIG-21-19-Feb21-Redacted.pdf']
    description: "CBP's training approach and execution do not fully"
  CBP Needs to Strengthen Its Oversight an | report-number=OIG-21-48 type=audit fiscal-year=2021 sensitivity=public issued=2021-07-20 agency=USCBP issuer=dhs-oig topic=Port of Entry
    collected=2021-07-20T00:00:00Z methods=['EXAMINE'] types=['finding'] links=[]
    description: "CBP could not always demonstrate staff conducted r"

One risk per recommendation: rectrack's status kept as a property, the
risk status it maps to (closed-not-implemented is deviation-approved:
the weakness stays), the target date as deadline, the corrective action
as the remediation with the original and current target as milestones:

$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json risks
  OIG-19-53#1 open-pending -> open deadline=- lifecycle=recommendation entries=2
    action="None recorded." no-corrective-action=true tasks=[]
  OIG-21-19#1 closed-implemented -> closed deadline=2021-09-30T00:00:00Z lifecycle=completed entries=7
    action="None recorded." no-corrective-action=true tasks=['Original target date 2021-09-30', 'Target date 2021-09-30']
  OIG-21-19#2 open-resolved -> remediating deadline=2022-03-31T00:00:00Z lifecycle=planned entries=6
    action="Step one.\nStep two."  tasks=['Original target date 2021-09-30', 'Target date 2022-03-31']
  OIG-21-19#3 closed-not-implemented -> deviation-approved deadline=2021-09-30T00:00:00Z lifecycle=recommendation entries=5
    action="None recorded." no-corrective-action=true tasks=['Original target date 2021-09-30', 'Target date 2021-09-30']
  OIG-21-19#4 open-unresolved -> investigating deadline=- lifecycle=planned entries=9
    action="None recorded." no-corrective-action=true tasks=[]
  OIG-21-48#1 open-pending -> open deadline=- lifecycle=recommendation entries=4
    action="None recorded." no-corrective-action=true tasks=[]
  OIG-21-48#2 open-pending -> open deadline=- lifecycle=recommendation entries=2
    action="None recorded." no-corrective-action=true tasks=[]
  OIG-21-48#3 open-pending -> open deadline=- lifecycle=recommendation entries=2
    action="None recorded." no-corrective-action=true tasks=[]

The poam-item carries the current state:

$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json item 'OIG-21-19#4'
  description: "Update and standardize\nCanine Program guidance."
    report=OIG-21-19
    number=4
    status=open-unresolved
    concurrence=concur
    agency=USCBP
    official=cbp-ofo
    priority=true
    significant=true
    on-hold=false
    closure-requested=false
    partially-addressed=false
    questioned-cost=1234.50
    funds-better-use=20000.00
  related-observations: ['CBP Needs to Improve']
  related-risks: ['OIG-21-19#4']
  origins: ['issuer']

The history is the risk log; a value that is not one line without edge
blanks is percent-encoded:

$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json log 'OIG-21-19#4'
  issued: open-pending | 2026-11-28T12:00:00Z | by tester status-change=open
     kind=issued field=status new=open-pending effective=2021-02-08 seq=19
     description: "import port-of-entry.yaml"
  concurrence: pending -> concur | 2026-11-28T12:00:00Z | by tester
     kind=concurrence field=concurrence old=pending new=concur effective=2021-02-08 seq=20
     description: "import port-of-entry.yaml"
  status: open-pending -> open-unresolved | 2026-11-28T12:00:00Z | by tester status-change=investigating
     kind=status field=status old=open-pending new=open-unresolved effective=2021-02-08 seq=21
     description: "import port-of-entry.yaml"
  field official: cbp-ofo | 2026-11-28T12:00:00Z | by tester
     kind=field field=official new=cbp-ofo effective=2021-05-10 seq=25
     description: "named in the 90-day response"
  field questioned_cost: 1234.50 | 2026-11-28T12:00:00Z | by tester
     kind=field field=questioned_cost new=1234.50 effective=2021-05-10 seq=26
     description: "named in the 90-day response"
  field funds_better_use: 20000.00 | 2026-11-28T12:00:00Z | by tester
     kind=field field=funds_better_use new=20000.00 effective=2021-05-10 seq=27
     description: "named in the 90-day response"
  flag priority: no -> yes | 2026-11-28T12:00:00Z | by tester
     kind=flag field=priority old=no new=yes effective=2021-05-10 seq=28
  flag significant: no -> yes | 2026-11-28T12:00:00Z | by tester
     kind=flag field=significant old=no new=yes effective=2021-05-10 seq=29
  field text | 2026-11-28T12:00:00Z | by tester
     kind=field field=text old=Update and standardize Canine Program guidance (paraphrased). new=Update and standardize%0ACanine Program guidance. [percent-encoded] effective=2021-05-11 seq=30
$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json log 'OIG-21-48#1'
  issued: open-pending | 2026-11-28T12:00:00Z | by tester status-change=open
     kind=issued field=status new=open-pending effective=2021-07-20 seq=1
     description: "import port-of-entry.yaml"
  concurrence: pending -> concur | 2026-11-28T12:00:00Z | by tester
     kind=concurrence field=concurrence old=pending new=concur effective=2021-07-20 seq=2
     description: "import port-of-entry.yaml"
  note | 2026-11-28T12:00:00Z | by tester
     kind=note effective=2026-11-28 seq=36
     description: "wrong report"
  void of entry 36 | 2026-11-28T12:00:00Z | by tester
     kind=void effective=2026-11-28 seq=37 voids=36
     description: "meant OIG-21-19"

The events about reports, agencies and officials, and the evidence
files the history cites, are resources of the back matter:

$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" poam.json resources
  official cbp-ofo: added code: cbp-ofo | resource-of=register-event about=official code=cbp-ofo subject=official cbp-ofo kind=added field=code new=cbp-ofo effective=2026-11-28 at=2026-11-28T12:00:00Z actor=tester seq=24
  report OIG-21-19: field url | resource-of=register-event about=report code=OIG-21-19 subject=report OIG-21-19 kind=field field=url new=https://www.oig.dhs.gov/sites/default/files/assets/2021-02/OIG-21-19-Feb21-Redacted.pdf effective=2026-11-28 at=2026-11-28T12:00:00Z actor=tester seq=38
    description: "link added"
  agency CBP: renamed code: CBP -> USCBP | resource-of=register-event about=agency code=USCBP subject=agency CBP kind=renamed field=code old=CBP new=USCBP effective=2026-02-01 at=2026-11-28T12:00:00Z actor=tester seq=39
  plan.pdf | resource-of=evidence
    rlink 1b4025dc7b8d ['SHA-256:1b4025dc7b8d']

Filters and --as-of select as for the YAML export; the document stays
valid:

$ rectrack export --format oscal-poam --report OIG-21-48 --output one.json
! rectrack: wrote 3 recommendations (1 report) to one.json
$ node "$SRCDIR/tests/oscal/validate.js" one.json
  one.json: valid
$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" one.json summary
  title: Plan of Action and Milestones: recommendations of register 0a1b2c3d
  last-modified: 2026-11-28T12:00:00Z oscal-version: 1.0.6 version: 1
  props: register=0a1b2c3d format-version=1
  roles: issuer agency official recorder
  system-id: {"id": "cbp-canine-program", "identifier-type": "https://ietf.org/rfc/rfc4122"}
  observations: 1, risks: 3, poam-items: 3, resources: 0
$ rectrack export --format oscal-poam --as-of 2021-08-01 --report OIG-21-19 --output then.json
! rectrack: wrote 4 recommendations (1 report) to then.json
$ node "$SRCDIR/tests/oscal/validate.js" then.json
  then.json: valid
$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" then.json summary
  title: Plan of Action and Milestones: recommendations of register 0a1b2c3d as of 2021-08-01
  last-modified: 2026-11-28T12:00:00Z oscal-version: 1.0.6 version: 1
  props: register=0a1b2c3d format-version=1 as-of=2021-08-01
  roles: issuer agency official recorder
  system-id: {"id": "cbp-canine-program", "identifier-type": "https://ietf.org/rfc/rfc4122"}
  observations: 1, risks: 4, poam-items: 4, resources: 0
$ sh "$SRCDIR/tests/py" "$SRCDIR/tests/cli/oscal_show.py" then.json risks
  OIG-21-19#1 open-resolved -> remediating deadline=2021-09-30T00:00:00Z lifecycle=planned entries=5
    action="None recorded." no-corrective-action=true tasks=['Original target date 2021-09-30', 'Target date 2021-09-30']
  OIG-21-19#2 open-resolved -> remediating deadline=2021-09-30T00:00:00Z lifecycle=planned entries=5
    action="Step one.\nStep two."  tasks=['Original target date 2021-09-30', 'Target date 2021-09-30']
  OIG-21-19#3 open-resolved -> remediating deadline=2021-09-30T00:00:00Z lifecycle=planned entries=4
    action="None recorded." no-corrective-action=true tasks=['Original target date 2021-09-30', 'Target date 2021-09-30']
  OIG-21-19#4 open-unresolved -> investigating deadline=- lifecycle=planned entries=9
    action="None recorded." no-corrective-action=true tasks=[]

With --with-evidence, the evidence files the history cites are copied
too, named by their hash:

$ rectrack export --format oscal-poam --report OIG-21-19 --with-evidence files > /dev/null
$ ls files
  1b4025dc7b8d27cf38df85e77b20ed44a00851a2c28b338560560d85deded8e3

Refusals write nothing: a selection without a recommendation, a system
identifier type that is not a URI, and the CSV-only --sort.

$ rectrack export --format oscal-poam --report OIG-21-48 --status closed-implemented --output none.json
! rectrack: export --format oscal-poam: nothing to export: the filter selects no recommendation
[1]
$ test -e none.json || echo no none.json
  no none.json
$ printf 'oscal:\n  system_id: cbp-canine-program\n  system_id_type: rfc4122\n' > bad.yaml
$ rectrack --config bad.yaml export --format oscal-poam --output none.json
! rectrack: oscal.system_id_type: "rfc4122" is not a URI (for example https://fedramp.gov/ns/oscal)
[1]
$ test -e none.json || echo no none.json
  no none.json
$ rectrack export --format oscal-poam --sort age
! rectrack: export: --sort goes with --format csv or xlsx: the YAML, JSON and OSCAL documents list recommendations under their reports
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]

The round trip: the document imports into an empty database (with the
evidence files written beside it), and that database exports the same
document, the same YAML apart from the change sets (every import is one
change set of its own) and the same seal.
$ rectrack --db copy.db init >/dev/null
$ rectrack --db copy.db import --format oscal-poam poam.json --evidence files | tail -1
  recorded as change 1
$ rectrack --db copy.db export --format oscal-poam | cmp - poam.json && echo same document
  same document
$ rectrack export | grep -v '^ *change: ' > original.yaml
$ rectrack --db copy.db export | grep -v '^ *change: ' | cmp - original.yaml && echo same yaml
  same yaml
$ rectrack seal | cut -d' ' -f2 > original.seal
$ rectrack --db copy.db seal | cut -d' ' -f2 | cmp - original.seal && echo same seal
  same seal
$ rectrack --db copy.db check
  ok: 4 reports, 8 recommendations, 37 events checked, 1 evidence file re-hashed
