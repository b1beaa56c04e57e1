Codes are never invented by mistake.  An import refuses an issuer or
agency code that neither the database nor the file declares, at the
place the file names it, with the nearest recorded codes (by edit
distance, without regard to case); --create-missing creates them
instead.  Every command that takes a code names the nearest codes the
same way.  A refusal changes nothing.

$ rectrack init >/dev/null
$ rectrack import $SRCDIR/config/examples/port-of-entry.yaml >/dev/null
$ rectrack agency add CPB --name "A lookalike of CBP"
  added agency CPB
$ cp rectrack.db before.db

A misspelled agency, in YAML and in JSON:

$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: dhs-oig\n    issued: 2021-01-01\n    agency: CBX\n' > agency.yaml
$ rectrack import agency.yaml
! rectrack: agency.yaml:6:13: reports[0].agency: no agency "CBX" in the database or under agencies: in the file (declare it there, or import with --create-missing); did you mean "CBP"?
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ printf '{"reports": [{"number": "X-1", "title": "A report", "issuer": "dhs-oig", "agency": "CBX", "issued": "2021-01-04"}]}\n' > agency.json
$ rectrack import agency.json
! rectrack: agency.json:1:84: reports[0].agency: no agency "CBX" in the database or under agencies: in the file (declare it there, or import with --create-missing); did you mean "CBP"?
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A misspelled issuer; an agency that differs only in case (CPB, one swap
away, is near too, nearest first then in code order); a recommendation's agency; an entry of a history:

$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: dhs-og\n    issued: 2021-01-01\n    agency: CBP\n' > issuer.yaml
$ rectrack import issuer.yaml
! rectrack: issuer.yaml:4:13: reports[0].issuer: no issuer "dhs-og" in the database or under issuers: in the file (declare it there, or import with --create-missing); did you mean "dhs-oig"?
[1]
$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: dhs-oig\n    issued: 2021-01-01\n    agency: cbp\n' > case.yaml
$ rectrack import case.yaml
! rectrack: case.yaml:6:13: reports[0].agency: no agency "cbp" in the database or under agencies: in the file (declare it there, or import with --create-missing); did you mean "CBP" or "CPB"?
[1]
$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: dhs-oig\n    issued: 2021-01-01\n    agency: CBP\n    recommendations:\n      - {number: "1", text: t, agency: DSH}\n' > rec.yaml
$ rectrack import rec.yaml
! rectrack: rec.yaml:8:40: reports[0].recommendations[0].agency: no agency "DSH" in the database or under agencies: in the file (declare it there, or import with --create-missing); did you mean "DHS"?
[1]
$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: dhs-oig\n    issued: 2021-01-01\n    agency: CBP\n    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: field, field: agency, new: DSH}\n' > entry.yaml
$ rectrack import entry.yaml
! rectrack: entry.yaml:11:13: reports[0].recommendations[0].history[0]: new: no agency "DSH" (declare it under agencies:); did you mean "DHS"?
[1]
$ printf 'agencies:\n  - {code: OFO, name: Office of Field Operations, parent: CBX}\n' > parent.yaml
$ rectrack import parent.yaml
! rectrack: parent.yaml:2:5: agencies[0]: CBX: no such parent agency (add it first); did you mean "CBP"?
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A recorded recommendation moved to a misspelled agency:

$ printf 'reports:\n  - number: OIG-21-19\n    title: t\n    issued: 2021-02-08\n    recommendations:\n      - {number: "1", text: t, agency: CBX}\n' > move.yaml
$ rectrack import move.yaml
! rectrack: move.yaml:6:40: reports[0].recommendations[0].agency: no agency "CBX" in the database or under agencies: in the file (declare it there, or import with --create-missing); did you mean "CBP"?
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Nothing near: no suggestion.

$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: dhs-oig\n    issued: 2021-01-01\n    agency: NASA\n' > far.yaml
$ rectrack import far.yaml
! rectrack: far.yaml:6:13: reports[0].agency: no agency "NASA" in the database or under agencies: in the file (declare it there, or import with --create-missing)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Codes declared in the file's own issuers: and agencies: are accepted,
before or after the reports that name them; a code declared further
down is counted as new, not changed:

$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: gao\n    issued: 2021-01-01\n    agency: FEMA\nissuers:\n  - {code: gao, name: GAO, kind: gao}\nagencies:\n  - {code: FEMA, name: Federal Emergency Management Agency, parent: DHS}\n' > later.yaml
$ rectrack import --dry-run later.yaml
  dry run: nothing was written; the import would give
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 0 new, 0 changed, 0 unchanged
  events: 0
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A code declared by a second file does not cover the first file: each
file declares its own codes.

$ printf 'issuers:\n  - {code: gao, name: GAO, kind: gao}\nagencies:\n  - {code: FEMA, name: Federal Emergency Management Agency, parent: DHS}\n' > codes.yaml
$ sed -n 1,6p later.yaml > uses.yaml
$ rectrack import uses.yaml codes.yaml
! rectrack: uses.yaml:4:13: reports[0].issuer: no issuer "gao" in the database or under issuers: in the file (declare it there, or import with --create-missing)
[1]
$ rectrack import codes.yaml uses.yaml
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 0 new, 0 changed, 0 unchanged
  events: 0
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed

GAO's CSV import names its agencies from GAO's own names, not from codes
a person typed: it goes on creating the agencies it maps (gao-csv.t).

Every command that takes a code names the nearest ones:

$ cp rectrack.db before.db
$ rectrack report add X-2 --title t --issued 2021-01-01 --issuer dhs-oi --agency CBP
! rectrack: dhs-oi: no such issuer (add it with 'rectrack issuer add'); did you mean "dhs-oig"?
[1]
$ rectrack report add X-2 --title t --issued 2021-01-01 --issuer dhs-oig --agency CBX
! rectrack: CBX: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack report add X-2 --title t --issued 2021-01-01 --issuer dhs-oig --agency NASA
! rectrack: NASA: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack rec add OIG-21-19 --text t --agency cbp
! rectrack: cbp: no such agency (add it with 'rectrack agency add'); did you mean "CBP" or "CPB"?
[1]
$ rectrack rec set 'OIG-21-19#1' agency=DSH
! rectrack: DSH: no such agency (add it with 'rectrack agency add'); did you mean "DHS"?
[1]
$ rectrack agency add OFO --name "Office of Field Operations" --parent CBX
! rectrack: CBX: no such parent agency (add it first); did you mean "CBP"?
[1]
$ rectrack list --agency CBX
! rectrack: CBX: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack list --agency CBX --as-of 2022-01-01
! rectrack: CBX: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack list --issuer DHS-OIG
! rectrack: DHS-OIG: no such issuer (add it with 'rectrack issuer add'); did you mean "dhs-oig"?
[1]
$ rectrack summary --issuer dhs-og
! rectrack: dhs-og: no such issuer (add it with 'rectrack issuer add'); did you mean "dhs-oig"?
[1]
$ rectrack outstanding --agency dhs
! rectrack: dhs: no such agency (add it with 'rectrack agency add'); did you mean "DHS"?
[1]
$ rectrack export --agency CBX
! rectrack: CBX: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack export --issuer dhs-oi
! rectrack: dhs-oi: no such issuer (add it with 'rectrack issuer add'); did you mean "dhs-oig"?
[1]
$ rectrack sar --period 2021H1 --agency DSH
! rectrack: DSH: no such agency (add it with 'rectrack agency add'); did you mean "DHS"?
[1]
$ rectrack sar --period 2021H1 --issuer dhs-og
! rectrack: dhs-og: no such issuer (add it with 'rectrack issuer add'); did you mean "dhs-oig"?
[1]
$ rectrack search canine --agency CB
! rectrack: CB: no such agency (add it with 'rectrack agency add'); did you mean "CBP" or "CPB"?
[1]
$ rectrack search canine --issuer dhsoig
! rectrack: dhsoig: no such issuer (add it with 'rectrack issuer add'); did you mean "dhs-oig"?
[1]
$ rectrack gao-ig-act --agency CBX
! rectrack: CBX: no such agency (add it with 'rectrack agency add'); did you mean "CBP"?
[1]
$ rectrack list --agency NASA
! rectrack: NASA: no such agency (add it with 'rectrack agency add')
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

--create-missing creates them, named by their codes, and says so:

$ sed 's/X-1/X-3/' agency.yaml > create.yaml
$ rectrack import --create-missing create.yaml
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 0 new, 0 changed, 0 unchanged
  events: 0
  issuers: 0 new, 0 changed; agencies: 1 new, 0 changed
  created for codes the file names but does not declare: agency CBX
$ rectrack agency list --format csv | grep CBX
  CBX,CBX,,CBX [CR]
