Options: what the command line refuses before anything is read or
written.  An option that takes a value needs a non-empty one; only
--status, --concurrence and report add's --topic may be repeated; an
unknown option is named as it was typed; the actor is never empty.
Each refusal is one line and the usage, exit status 2, and the database
stays as it was.

$ rectrack init >/dev/null
$ rectrack import $SRCDIR/config/examples/port-of-entry.yaml >/dev/null
$ rectrack check --quiet && echo checked
  checked
$ rectrack agency add ICE --name "U.S. Immigration and Customs Enforcement" >/dev/null
$ rectrack issuer add gao --kind gao --name "Government Accountability Office" >/dev/null
$ rectrack report add GAO-24-1 --issuer gao --title "Canine teams at ICE" --issued 2024-03-01 --agency ICE >/dev/null
$ rectrack rec add GAO-24-1 --text "Train the canine teams" >/dev/null
$ cp rectrack.db before.db

An empty agency, issuer or report is no filter: it is refused, as a
missing value is, by every command that filters.

$ rectrack list --agency ''
! rectrack: list: --agency needs a value
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
$ rectrack list --issuer '' 2>&1 >/dev/null | head -1
  rectrack: list: --issuer needs a value
$ rectrack list --report '' 2>&1 >/dev/null | head -1
  rectrack: list: --report needs a value
$ rectrack summary --agency '' 2>&1 >/dev/null | head -1
  rectrack: summary: --agency needs a value
$ rectrack search canine --issuer '' 2>&1 >/dev/null | head -1
  rectrack: search: --issuer needs a value
$ rectrack search canine --agency '' 2>&1 >/dev/null | head -1
  rectrack: search: --agency needs a value
$ rectrack report list --agency '' 2>&1 >/dev/null | head -1
  rectrack: report: --agency needs a value

search applies --agency and --issuer: canine is found at CBP (DHS OIG)
and at ICE (GAO), each only under its own.

$ rectrack search canine --agency ICE | awk '{ print $1, $4 }'
  ID AGENCY
  GAO-24-1 ICE
  GAO-24-1#1 ICE
$ rectrack search canine --issuer gao | awk '{ print $1, $4 }'
  ID AGENCY
  GAO-24-1 ICE
  GAO-24-1#1 ICE
$ rectrack search canine --agency CBP --format csv | awk -F, 'NR > 1 { print $9 }' | uniq
  CBP

An empty date, target or note is refused, not taken as none.

$ rectrack note 'OIG-21-19#1' "checked" --date ''
! rectrack: note: --date needs a value
! usage: rectrack note REC... TEXT [--date DATE] [--dry-run]
! See 'rectrack help note' for the options and examples.
[2]
$ rectrack target 'OIG-21-19#1' 2027-01-31 --note '' 2>&1 >/dev/null | head -1
  rectrack: target: --note needs a value
$ rectrack status 'OIG-21-48#1' open-resolved --target '' 2>&1 >/dev/null | head -1
  rectrack: status: --target needs a value
$ rectrack rec set 'OIG-21-48#1' official=Someone --date '' 2>&1 >/dev/null | head -1
  rectrack: rec: --date needs a value

A single-valued option given twice is refused like --issuer twice,
whichever command: which of the two was meant cannot be told.  (The
filters --status, --concurrence, --official and --fy repeat: any of the
values.)

$ rectrack list --issuer gao --issuer dhs-oig 2>&1 >/dev/null | head -1
  rectrack: list: --issuer given twice
$ rectrack note 'OIG-21-19#1' "checked" --date 2026-01-05 --date 2026-01-06
! rectrack: note: --date given twice
! usage: rectrack note REC... TEXT [--date DATE] [--dry-run]
! See 'rectrack help note' for the options and examples.
[2]
$ rectrack status 'OIG-21-48#1' open-resolved --target 2027-01-31 --target 2027-02-28 2>&1 >/dev/null | head -1
  rectrack: status: --target given twice
$ rectrack target 'OIG-21-19#1' 2027-01-31 --note one --note two 2>&1 >/dev/null | head -1
  rectrack: target: --note given twice
$ rectrack rec add OIG-21-48 --text one --text two 2>&1 >/dev/null | head -1
  rectrack: rec: --text given twice
$ rectrack search canine --limit 1 --limit 2 2>&1 >/dev/null | head -1
  rectrack: search: --limit given twice
$ rectrack summary --by agency --by fy 2>&1 >/dev/null | head -1
  rectrack: summary: --by given twice
$ rectrack export --format csv --format json 2>&1 >/dev/null | head -1
  rectrack: export: --format given twice
$ rectrack import --dry-run --dry-run x.yaml 2>&1 >/dev/null | head -1
  rectrack: import: --dry-run given twice

The options that list several values still may:

$ rectrack list --status open-pending --status open-unresolved --concurrence concur --concurrence pending --format csv | wc -l
  7

An unknown option is named as typed, a single-dash word whole.

$ rectrack search -title:canine
! rectrack: search: unknown option -title:canine
! usage: rectrack search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]
!                        [--agency CODE] [--report NUMBER] [--status STATUS]...
!                        [--format FMT]
! See 'rectrack help search' for the options and examples.
[2]
$ rectrack list -xyz 2>&1 >/dev/null | head -1
  rectrack: list: unknown option -xyz
$ rectrack list --overdue -x 2>&1 >/dev/null | head -1
  rectrack: list: unknown option -x

The global options alike: an empty --db or --config is refused (an
empty --db named no file, and init said it created one), each is given
once, and an unknown single-dash word, or an unknown command, is named
as typed with its control characters escaped.

$ rectrack --db '' init 2>&1 >/dev/null | head -1
  rectrack: --db needs a value
$ rectrack --db '' init >/dev/null 2>&1; echo $?
  2
$ rectrack --db= list 2>&1 >/dev/null | head -1
  rectrack: --db needs a value
$ rectrack --config '' list 2>&1 >/dev/null | head -1
  rectrack: --config needs a value
$ rectrack --db one.db --db two.db list 2>&1 >/dev/null | head -1
  rectrack: --db given twice
$ rectrack --config a.yaml --config b.yaml list 2>&1 >/dev/null | head -1
  rectrack: --config given twice
$ rectrack --actor ann --actor bob note 'OIG-21-19#1' "checked" 2>&1 >/dev/null | head -1
  rectrack: --actor given twice
$ rectrack -title:canine search dog 2>&1 >/dev/null | head -1
  rectrack: unknown option -title:canine
$ rectrack "$(printf -- '-x\033[2J')" list 2>&1 >/dev/null | head -1
  rectrack: unknown option -x\x1b[2J
$ rectrack "$(printf 'li\033[2Jst')" 2>&1 >/dev/null | head -1
  rectrack: li\x1b[2Jst: unknown command
$ ls one.db two.db 2>&1 | sed 's/^ls: //'
  cannot access 'one.db': No such file or directory
  cannot access 'two.db': No such file or directory

The actor: an empty or blank --actor is refused with rectrack's own
message, not the database's; an empty RECTRACK_ACTOR counts as not set,
a blank one is refused.

$ rectrack --actor '' note 'OIG-21-19#1' "checked" # sqlite-only
! rectrack: --actor needs a name (who records the changes)
[2]
$ rectrack --actor ' ' note 'OIG-21-19#1' "checked" # sqlite-only
! rectrack: --actor needs a name (who records the changes)
[2]
$ RECTRACK_ACTOR='  ' rectrack note 'OIG-21-19#1' "checked"
! rectrack: RECTRACK_ACTOR is blank: set it to a name (who records the changes) or unset it
[2]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

An empty operand names nothing: every command refuses it with a usage
error that names the operand as its usage line does, exit status 2,
and nothing changes.

$ rectrack status '' open-resolved
! rectrack: status: REC is empty
! usage: rectrack status REC... STATUS [--date DATE] [--note TEXT] [--target DATE]
!                        [--evidence REF] [--disallowed AMOUNT]
!                        [--fbu-agreed AMOUNT] [--dry-run]
! See 'rectrack help status' for the options and examples.
[2]
$ rectrack status 'OIG-21-19#1' '' 2>&1 | head -1
  rectrack: status: STATUS is empty
$ rectrack status 'OIG-21-19#1' '' 'OIG-21-19#3' closed-implemented 2>&1 | head -1
  rectrack: status: REC is empty
$ rectrack concur '' concur 2>&1 | head -1
  rectrack: concur: REC is empty
$ rectrack concur 'OIG-21-19#1' '' 2>&1 | head -1
  rectrack: concur: VALUE is empty
$ rectrack target '' 2026-01-01 2>&1 | head -1
  rectrack: target: REC is empty
$ rectrack target 'OIG-21-19#1' '' 2>&1 | head -1
  rectrack: target: DATE is empty
$ rectrack flag '' +priority 2>&1 | head -1
  rectrack: flag: REC is empty
$ rectrack flag 'OIG-21-19#1' '' 2>&1 | head -1
  rectrack: flag: +NAME|-NAME is empty
$ rectrack note '' text 2>&1 | head -1
  rectrack: note: REC is empty
$ rectrack note 'OIG-21-19#1' '' 2>&1 | head -1
  rectrack: note: TEXT is empty
$ rectrack rec add '' --text t 2>&1 | head -1
  rectrack: rec: REPORT is empty
$ rectrack rec set '' official=x 2>&1 | head -1
  rectrack: rec: REC is empty
$ rectrack rec set 'OIG-21-19#1' '' 2>&1 | head -1
  rectrack: rec: FIELD=VALUE is empty
$ rectrack report show ''
! rectrack: report: NUMBER is empty
! usage: rectrack report add NUMBER --title TEXT --issued DATE --agency CODE
!                            [--issuer CODE] [--type TYPE] [--fy YEAR] [--url URL]
!                            [--topic TOPIC]... [--summary TEXT] [--dry-run]
!                            [--sensitivity public|redacted|sensitive]
!        rectrack report set NUMBER FIELD=VALUE... [--date DATE] [--note TEXT]
!                            [--dry-run]
!        rectrack report list [--issuer CODE] [--agency CODE] [--format FMT]
!        rectrack report show NUMBER [--format FMT]
! See 'rectrack help report' for the options and examples.
[2]
$ rectrack report add '' --title t --issued 2024-03-01 --agency ICE 2>&1 | head -1
  rectrack: report: NUMBER is empty
$ rectrack report '' 2>&1 | head -1
  rectrack: report: the subcommand is empty (expected add, list, set or show)
$ rectrack agency add '' --name Empty 2>&1 | head -1
  rectrack: agency: CODE is empty
$ rectrack issuer add '' --name Empty 2>&1 | head -1
  rectrack: issuer: CODE is empty
$ rectrack show '' 2>&1 | head -1
  rectrack: show: REC is empty
$ rectrack history '' 2>&1 | head -1
  rectrack: history: REC|REPORT|agency:CODE|issuer:CODE|official:CODE is empty
$ rectrack search '' 2>&1 | head -1
  rectrack: search: TEXT is empty
$ rectrack import '' 2>&1 | head -1
  rectrack: import: FILE is empty
$ rectrack backup '' 2>&1 | head -1
  rectrack: backup: FILE is empty
$ rectrack copy '' other.db 2>&1 | head -1
  rectrack: copy: FROM is empty
$ rectrack list '' 2>&1 | head -1
  rectrack: list: an operand is empty
$ rectrack help '' 2>&1 | head -1
  rectrack: help: COMMAND is empty
$ for a in "status '' open-resolved" "concur '' concur" "target '' 2026-01-01" "flag '' +priority" "note '' text" "rec add '' --text t" "report show ''" "show ''" "import ''" "help ''"; do eval "rectrack $a" 2>/dev/null; echo $?; done | sort | uniq -c
       10 2
$ cmp rectrack.db before.db && echo unchanged
  unchanged
