issuer add and issuer list: the oversight bodies that write reports.

Without a database, issuer list says how to make one.

$ rectrack issuer list  # sqlite-only
! rectrack: no database: no rectrack.db in ~/run or its parents up to ~ (the home folder); give one with --db PATH or RECTRACK_DB, or create one here with 'rectrack init'
[1]
$ rectrack init >/dev/null

An empty list: nothing in a table, the header in CSV, [] in JSON.

$ rectrack issuer list
! rectrack: issuer: no issuers
$ rectrack issuer list --format csv
  code,kind,name [CR]
! rectrack: issuer: no issuers
$ rectrack issuer list --format json
  []
! rectrack: issuer: no issuers

Add issuers, with and without --kind (default "other").  The option may
come before the code.  A name with a comma and quotes tests the CSV
quoting.

$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig
  added issuer dhs-oig
$ rectrack issuer add --kind=gao gao --name "U.S. Government Accountability Office"
  added issuer gao
$ rectrack issuer add ia --name 'Internal Audit, "Main" office'
  added issuer ia
$ rectrack issuer add ext --name "External Auditor LLP" --kind external
  added issuer ext
$ rectrack issuer add int --name "Internal Review" --kind internal
  added issuer int

The list, by code, in the three formats.

$ rectrack issuer list
  CODE     KIND      NAME
  dhs-oig  oig       DHS Office of Inspector General
  ext      external  External Auditor LLP
  gao      gao       U.S. Government Accountability Office
  ia       other     Internal Audit, "Main" office
  int      internal  Internal Review
$ rectrack issuer list --format csv
  code,kind,name [CR]
  dhs-oig,oig,DHS Office of Inspector General [CR]
  ext,external,External Auditor LLP [CR]
  gao,gao,U.S. Government Accountability Office [CR]
  ia,other,"Internal Audit, ""Main"" office" [CR]
  int,internal,Internal Review [CR]
$ rectrack issuer list --format=json
  [
  {"code":"dhs-oig","kind":"oig","name":"DHS Office of Inspector General"},
  {"code":"ext","kind":"external","name":"External Auditor LLP"},
  {"code":"gao","kind":"gao","name":"U.S. Government Accountability Office"},
  {"code":"ia","kind":"other","name":"Internal Audit, \"Main\" office"},
  {"code":"int","kind":"internal","name":"Internal Review"}
  ]
$ rectrack issuer list --format json | python3 -m json.tool | head -6
  [
      {
          "code": "dhs-oig",
          "kind": "oig",
          "name": "DHS Office of Inspector General"
      },

Refused requests change nothing, byte for byte.

$ sqlite3 rectrack.db .dump | cksum > before

A code already taken, an unknown kind, an empty or blank code, a blank
name: exit 1, one line.

$ rectrack issuer add gao --name "Another GAO"
! rectrack: issuer gao already exists
[1]
$ rectrack issuer add x --name "X" --kind bogus
! rectrack: --kind: unknown value "bogus" (expected one of oig, gao, internal, external, other)
[1]
$ rectrack issuer add "" --name "No code"
! rectrack: issuer: CODE is empty
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer add "  " --name "Blank code"
! rectrack: the issuer code may not be empty
[1]
$ rectrack issuer add y --name "   "
! rectrack: the issuer name may not be empty
[1]

Command line mistakes: no --name, no CODE, two CODEs, --name without
value, no subcommand, an unknown subcommand, an argument to list, an
unknown format.  Exit 2 with the usage.

$ rectrack issuer add x
! rectrack: issuer: issuer add needs --name
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer add x --name ""
! rectrack: issuer: --name needs a value
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer add --name "No code"
! rectrack: issuer: issuer add needs a CODE
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer add a b --name "Two codes"
! rectrack: issuer: issuer add takes one CODE
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer add x --name
! rectrack: issuer: --name needs a value
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer add x --name X --colour red
! rectrack: issuer: unknown option --colour
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer
! rectrack: issuer: which one: add, list, set or rename?
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer remove gao
! rectrack: issuer: remove: unknown subcommand (expected add, list, set or rename)
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer list extra
! rectrack: issuer: unexpected argument extra
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]
$ rectrack issuer list --format xml
! rectrack: issuer: --format: unknown format "xml" (expected table, csv, json or md)
! usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
!        rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack issuer list [--format FMT]
! See 'rectrack help issuer' for the options and examples.
[2]

$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged
$ rectrack issuer list --format csv | cut -d, -f1
  code
  dhs-oig
  ext
  gao
  ia
  int
