agency add and agency list: the audited organisations, a tree shown as
paths (DHS/CBP).

$ rectrack init >/dev/null

An empty tree.

$ rectrack agency list
! rectrack: agency: no agencies
$ rectrack agency list --format csv
  code,name,parent,path [CR]
! rectrack: agency: no agencies
$ rectrack agency list --format json
  []
! rectrack: agency: no agencies

Parents before children; "added" names the agency by its full path.

$ rectrack agency add DHS --name "Department of Homeland Security"
  added agency DHS
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" --parent DHS
  added agency DHS/CBP
$ rectrack agency add OFO --name "Office of Field Operations" --parent CBP
  added agency DHS/CBP/OFO
$ rectrack agency add --parent=DHS ICE --name "U.S. Immigration and Customs Enforcement"
  added agency DHS/ICE
$ rectrack agency add DOJ --name "Department of Justice"
  added agency DOJ

DHS-X is a top-level agency whose code sorts between "DHS" and "DHS/CBP"
as plain text ('-' comes before '/'): the tree must still keep DHS's
children under DHS, and put DHS-X after them.  Its name has a comma and
quotes, for the CSV quoting.

$ rectrack agency add DHS-X --name 'DHS sibling, "X" office'
  added agency DHS-X

The tree, depth first, children in code order, in the three formats.

$ rectrack agency list
  CODE     NAME
  DHS      Department of Homeland Security
    CBP    U.S. Customs and Border Protection
      OFO  Office of Field Operations
    ICE    U.S. Immigration and Customs Enforcement
  DHS-X    DHS sibling, "X" office
  DOJ      Department of Justice
$ rectrack agency list --format csv
  code,name,parent,path [CR]
  DHS,Department of Homeland Security,,DHS [CR]
  CBP,U.S. Customs and Border Protection,DHS,DHS/CBP [CR]
  OFO,Office of Field Operations,CBP,DHS/CBP/OFO [CR]
  ICE,U.S. Immigration and Customs Enforcement,DHS,DHS/ICE [CR]
  DHS-X,"DHS sibling, ""X"" office",,DHS-X [CR]
  DOJ,Department of Justice,,DOJ [CR]
$ rectrack agency list --format json
  [
  {"code":"DHS","name":"Department of Homeland Security","parent":null,"path":"DHS"},
  {"code":"CBP","name":"U.S. Customs and Border Protection","parent":"DHS","path":"DHS/CBP"},
  {"code":"OFO","name":"Office of Field Operations","parent":"CBP","path":"DHS/CBP/OFO"},
  {"code":"ICE","name":"U.S. Immigration and Customs Enforcement","parent":"DHS","path":"DHS/ICE"},
  {"code":"DHS-X","name":"DHS sibling, \"X\" office","parent":null,"path":"DHS-X"},
  {"code":"DOJ","name":"Department of Justice","parent":null,"path":"DOJ"}
  ]
$ rectrack agency list --format json | python3 -m json.tool | sed -n '1,12p'
  [
      {
          "code": "DHS",
          "name": "Department of Homeland Security",
          "parent": null,
          "path": "DHS"
      },
      {
          "code": "CBP",
          "name": "U.S. Customs and Border Protection",
          "parent": "DHS",
          "path": "DHS/CBP"

Refused requests change nothing.

$ sqlite3 rectrack.db .dump | cksum > before

An unknown parent, a code taken (also under another parent), a code with
'/', an empty or blank code, a blank name: exit 1.

$ rectrack agency add X --name "X" --parent NOPE
! rectrack: NOPE: no such parent agency (add it first)
[1]
$ rectrack agency add CBP --name "Customs again"
! rectrack: agency CBP already exists
[1]
$ rectrack agency add DHS --name "Loop" --parent CBP
! rectrack: agency DHS already exists
[1]
$ rectrack agency add A/B --name "Slash"
! rectrack: "A/B": not an agency code (not empty, no '/')
[1]
$ rectrack agency add "" --name "Empty"
! rectrack: agency: CODE is empty
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]
$ rectrack agency add " " --name "Blank"
! rectrack: " ": not an agency code (not empty, no '/')
[1]
$ rectrack agency add Z --name "  "
! rectrack: the agency name may not be empty
[1]

Command line mistakes: exit 2 with the usage.

$ rectrack agency add Z
! rectrack: agency: agency add needs --name
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]
$ rectrack agency add --name "No code"
! rectrack: agency: agency add needs a CODE
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]
$ rectrack agency add Y Z --name "Two codes"
! rectrack: agency: agency add takes one CODE
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]
$ rectrack agency add Z --name Z --parent
! rectrack: agency: --parent needs a value
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]
$ rectrack agency
! rectrack: agency: which one: add, list, set or rename?
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]
$ rectrack agency move CBP
! rectrack: agency: move: unknown subcommand (expected add, list, set or rename)
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]
$ rectrack agency list bad
! rectrack: agency: unexpected argument bad
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]
$ rectrack agency list --format yml
! rectrack: agency: --format: unknown format "yml" (expected table, csv, json or md)
! usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
!        rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
!        rectrack agency list [--format FMT]
! See 'rectrack help agency' for the options and examples.
[2]

$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged
$ rectrack agency list
  CODE     NAME
  DHS      Department of Homeland Security
    CBP    U.S. Customs and Border Protection
      OFO  Office of Field Operations
    ICE    U.S. Immigration and Customs Enforcement
  DHS-X    DHS sibling, "X" office
  DOJ      Department of Justice
