rec add and rec set: recommendations as they stood at issuance, and
changes to their fields.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" --parent DHS >/dev/null
$ rectrack agency add ICE --name "U.S. Immigration and Customs Enforcement" --parent DHS >/dev/null
$ rectrack report add OIG-21-19 --title "Canine Program" --issued 2021-02-08 --agency CBP >/dev/null

rec add without --number takes the next whole number: 1, then after "3a"
comes 4 (the highest number starting with a digit is 3), after "10" comes
11.  The agency defaults to the report's; the status and concurrence
default to open-pending and pending.

$ rectrack rec add OIG-21-19 --text "Improve oversight of the Canine Program."
  added OIG-21-19#1 (open-pending, pending)
  recorded as change 1
$ rectrack rec add OIG-21-19 --number 3a --text "Part (a) of recommendation 3."
  added OIG-21-19#3a (open-pending, pending)
  recorded as change 2
$ rectrack rec add OIG-21-19 --text "After 3a."
  added OIG-21-19#4 (open-pending, pending)
  recorded as change 3
$ rectrack rec add OIG-21-19 --number 10 --text "Ten."
  added OIG-21-19#10 (open-pending, pending)
  recorded as change 4
$ rectrack rec add OIG-21-19 --text "After ten."
  added OIG-21-19#11 (open-pending, pending)
  recorded as change 5
$ rectrack rec add OIG-21-19 --number 1-1 --text "Sub-numbered."
  added OIG-21-19#1-1 (open-pending, pending)
  recorded as change 6
$ rectrack list --format csv | cut -d, -f1,6,10,11
  id,agency,concurrence,status
  OIG-21-19#1,CBP,pending,open-pending
  OIG-21-19#1-1,CBP,pending,open-pending
  OIG-21-19#3a,CBP,pending,open-pending
  OIG-21-19#4,CBP,pending,open-pending
  OIG-21-19#10,CBP,pending,open-pending
  OIG-21-19#11,CBP,pending,open-pending

Every option at issuance: another agency, an official, a corrective
action, a concurrence, a resolved status with its target date, a note.
The issued, concurrence and target events are effective on the issue date.

$ for o in "Director, Field Operations" "CBP Office of Field Operations" Someone x; do rectrack official add "$o" --name "$o" >/dev/null; done
$ rectrack rec add OIG-21-19 --number 12 --agency ICE --official "Director, Field Operations" \
>   --concurrence partial --status open-resolved --target 2022-01-31 \
>   --corrective-action "New standard operating procedure" --note "per the 90-day response" \
>   --text "Standardize Canine Program guidance."
  added OIG-21-19#12 (open-resolved, partial)
  recorded as change 11
$ rectrack show 'OIG-21-19#12'
  OIG-21-19#12
  Report:       Canine Program (dhs-oig, issued 2021-02-08)
  Agency:       DHS/ICE
  Official:     Director, Field Operations
  Status:       Open – Resolved
  Concurrence:  Partially concur
  Target date:  2022-01-31 (overdue)
  Resolved:     2021-02-08
  Age:          2119 days
  Text:         Standardize Canine Program guidance.
  Action:       New standard operating procedure
  
  History
  EFFECTIVE   ACTOR   KIND         FIELD        OLD      NEW            NOTE                     CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                open-resolved  per the 90-day response      11
  2021-02-08  tester  concurrence  concurrence  pending  partial                                     11
  2021-02-08  tester  target       target_date           2022-01-31                                  11

Other statuses at issuance: open-unresolved and closed-implemented need
nothing, closed-not-implemented needs a reason.

$ rectrack rec add OIG-21-19 --number 13 --status open-unresolved --concurrence concur --text "Unresolved at issuance."
  added OIG-21-19#13 (open-unresolved, concur)
  recorded as change 12
$ rectrack rec add OIG-21-19 --number 14 --status closed-implemented --text "Closed at issuance."
  added OIG-21-19#14 (closed-implemented, pending)
  recorded as change 13
$ rectrack rec add OIG-21-19 --number 15 --status closed-not-implemented --concurrence non-concur --note "agency declined" --text "Closed, not implemented."
  added OIG-21-19#15 (closed-not-implemented, non-concur)
  recorded as change 14
$ rectrack history 'OIG-21-19#15'
  EFFECTIVE   ACTOR   KIND         FIELD        OLD      NEW                     NOTE             CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                closed-not-implemented  agency declined      14
  2021-02-08  tester  concurrence  concurrence  pending  non-concur                                   14

Refused rec add: nothing is written.

$ sqlite3 rectrack.db .dump | cksum > before

The guards: open-resolved needs --target, closed-not-implemented needs
--note.

$ rectrack rec add OIG-21-19 --status open-resolved --text "No target."
! rectrack: OIG-21-19#16: moving to open-resolved needs a target date (--target)
[1]
$ rectrack rec add OIG-21-19 --status closed-not-implemented --text "No reason."
! rectrack: OIG-21-19#16: moving from open-pending to closed-not-implemented needs a reason (--note)
[1]

An impossible target date, an unknown report, a number taken, bad numbers, unknown status,
concurrence and agency, a blank text: exit 1.

$ rectrack rec add OIG-21-19 --target 2021-02-30 --text "Bad target."
! rectrack: --target: "2021-02-30" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack rec add OIG-99-99 --text "No such report."
! rectrack: OIG-99-99: no such report
[1]
$ rectrack rec add OIG-21-19 --number 3a --text "Duplicate."
! rectrack: OIG-21-19#3a already exists
[1]
$ rectrack rec add OIG-21-19 --number "" --text "Empty number."
! rectrack: rec: --number needs a value
! usage: rectrack rec add REPORT --text TEXT [--number N] [--agency CODE]
!                         [--official CODE] [--target DATE] [--status STATUS]
!                         [--concurrence VALUE] [--corrective-action TEXT]
!                         [--note TEXT] [--evidence REF] [--dry-run]
!        rectrack rec set REC FIELD=VALUE... [--date DATE] [--note TEXT]
!                         [--dry-run]
! See 'rectrack help rec' for the options and examples.
[2]
$ rectrack rec add OIG-21-19 --number "2#1" --text "Number with #."
! rectrack: "2#1": not a recommendation number (e.g. 1, 1-1, 3a)
[1]
$ rectrack rec add OIG-21-19 --number "*" --text "Star."
! rectrack: "*": not a recommendation number (e.g. 1, 1-1, 3a)
[1]
$ rectrack rec add OIG-21-19 --status opne --text "Typo."
! rectrack: --status: unknown value "opne" (expected one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ rectrack rec add OIG-21-19 --status resolved --text "Not a status name."
! rectrack: --status: unknown value "resolved" (expected one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ rectrack rec add OIG-21-19 --concurrence agree --text "Typo."
! rectrack: --concurrence: unknown value "agree" (expected one of pending, concur, partial, non-concur, no-position)
[1]
$ rectrack rec add OIG-21-19 --agency NOPE --text "No such agency."
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack rec add OIG-21-19 --text "   "
! rectrack: a recommendation needs a text (--text)
[1]

Command line mistakes: exit 2 with the usage.

$ rectrack rec add OIG-21-19
! rectrack: rec: rec add needs --text
! usage: rectrack rec add REPORT --text TEXT [--number N] [--agency CODE]
!                         [--official CODE] [--target DATE] [--status STATUS]
!                         [--concurrence VALUE] [--corrective-action TEXT]
!                         [--note TEXT] [--evidence REF] [--dry-run]
!        rectrack rec set REC FIELD=VALUE... [--date DATE] [--note TEXT]
!                         [--dry-run]
! See 'rectrack help rec' for the options and examples.
[2]
$ rectrack rec add --text "No report."
! rectrack: rec: rec add needs the REPORT
! usage: rectrack rec add REPORT --text TEXT [--number N] [--agency CODE]
!                         [--official CODE] [--target DATE] [--status STATUS]
!                         [--concurrence VALUE] [--corrective-action TEXT]
!                         [--note TEXT] [--evidence REF] [--dry-run]
!        rectrack rec set REC FIELD=VALUE... [--date DATE] [--note TEXT]
!                         [--dry-run]
! See 'rectrack help rec' for the options and examples.
[2]
$ rectrack rec add OIG-21-19 OIG-21-48 --text "Two reports." 2>&1 | head -1
  rectrack: rec: rec add takes one REPORT
$ rectrack rec add OIG-21-19 --text "x" --priority 2>&1 | head -1
  rectrack: rec: unknown option --priority
$ rectrack rec 2>&1 | head -1
  rectrack: rec: which one: add or set?
$ rectrack rec del 'OIG-21-19#1' 2>&1 | head -1
  rectrack: rec: del: unknown subcommand (expected add or set)

$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged

A target date before the report was issued is refused, as the target
command refuses it (tried on a copy, so that the numbering above does not
depend on it).

$ cp rectrack.db copy.db # sqlite-only
$ rectrack --db copy.db rec add OIG-21-19 --target 2020-12-31 --text "Target before issue." # sqlite-only
! rectrack: OIG-21-19#16: target date 2020-12-31 is before the report was issued (2021-02-08)
[1]
$ rectrack --db copy.db list --report OIG-21-19 | grep -c '#16 ' || true # sqlite-only
  0
$ rm copy.db* # sqlite-only

rec set: text, official, agency, corrective action, all in one command,
one event per field, with the date and reason given.

$ rectrack rec set 'OIG-21-19#1' text="Improve oversight of the Canine Program (paraphrased)." \
>   official="CBP Office of Field Operations" agency=ICE \
>   corrective_action='Quarterly reviews, "spot checks"' --date 2021-05-10 --note "90-day response"
  OIG-21-19#1: 4 fields changed
  recorded as change 15
$ rectrack history 'OIG-21-19#1'
  EFFECTIVE   ACTOR   KIND    FIELD              OLD                                       NEW                                                     NOTE             CHANGE  VOIDED BY
  2021-02-08  tester  issued  status                                                       open-pending                                                                  1
  2021-05-10  tester  field   text               Improve oversight of the Canine Program.  Improve oversight of the Canine Program (paraphrased).  90-day response      15
  2021-05-10  tester  field   official                                                     CBP Office of Field Operations                          90-day response      15
  2021-05-10  tester  field   agency             CBP                                       ICE                                                     90-day response      15
  2021-05-10  tester  field   corrective_action                                            Quarterly reviews, "spot checks"                        90-day response      15

Money, in dollars with "$" and thousands separators, or plain; shown as
dollars with cents, stored as cents.

$ rectrack rec set 'OIG-21-19#1' questioned_cost='$1,234.56' unsupported_cost=1234.5 funds_better_use=0 potential_savings='$1,250,000'
  OIG-21-19#1: 4 fields changed
  recorded as change 16
$ rectrack show 'OIG-21-19#1' | grep -e Questioned -e Unsupported -e 'Better use' -e Savings
  Questioned:   $1,234.56
  Unsupported:  $1,234.50
  Better use:   $0.00
  Savings:      $1,250,000.00
$ sqlite3 rectrack.db "select questioned_cost, unsupported_cost, funds_better_use, potential_savings from recommendation where number = '1'"
  123456|123450|0|125000000
$ rectrack list --report OIG-21-19 --format json | python3 -c 'import json, sys; r = json.load(sys.stdin, parse_float=str)[0]; print(r["questioned_cost"], r["unsupported_cost"], r["funds_better_use"], r["potential_savings"])'
  1234.56 1234.50 0.00 1250000.00
$ rectrack list --report OIG-21-19 --format csv | python3 -c 'import csv, sys; r = next(csv.DictReader(sys.stdin)); print(r["questioned_cost"], r["unsupported_cost"], r["funds_better_use"], r["potential_savings"])'
  1234.56 1234.50 0.00 1250000.00

Flags: yes/no, true/false, on/off, 1/0.

$ rectrack rec set 'OIG-21-19#1' priority=yes significant=true on_hold=on closure_requested=1 partially_addressed=no
  OIG-21-19#1: 4 fields changed
  recorded as change 17
$ rectrack rec set 'OIG-21-19#1' significant=off closure_requested=0 partially_addressed=yes
  OIG-21-19#1: 3 fields changed
  recorded as change 18
$ rectrack show 'OIG-21-19#1' | grep Flags
  Flags:        priority, on-hold, partially-addressed

Clearing with "field=": an official and an amount go back to not stated
(null), which is not 0.

$ rectrack rec set 'OIG-21-19#1' official= questioned_cost= funds_better_use=
  OIG-21-19#1: 3 fields changed
  recorded as change 19
$ rectrack list --report OIG-21-19 --format json | python3 -c 'import json, sys; r = json.load(sys.stdin)[0]; print(r["official"], r["questioned_cost"], r["funds_better_use"])'
  None None None
$ rectrack history 'OIG-21-19#1' | tail -3
  2026-11-28  tester  field   official             CBP Office of Field Operations                                                                                         19
  2026-11-28  tester  field   questioned_cost      1234.56                                                                                                                19
  2026-11-28  tester  field   funds_better_use     0.00                                                                                                                   19

Setting what is already so writes nothing.

$ rectrack rec set 'OIG-21-19#1' priority=yes agency=ICE
  OIG-21-19#1: nothing changed
$ rectrack history 'OIG-21-19#1' | wc -l
  20

Refused rec set: nothing is written.

$ sqlite3 rectrack.db .dump | cksum > before

An unknown field lists the fields one can set; status, concurrence and
target date point to their own commands.

$ rectrack rec set 'OIG-21-19#1' bogus=1
! rectrack: bogus: not a field one can set (expected one of text, official, agency, corrective_action, questioned_cost, unsupported_cost, funds_better_use, potential_savings, disallowed_cost, fbu_agreed, priority, significant, on_hold, closure_requested, partially_addressed)
[1]
$ rectrack rec set 'OIG-21-19#1' status=closed-implemented
! rectrack: status: use 'rectrack status' to change it (it follows the lifecycle)
[1]
$ rectrack rec set 'OIG-21-19#1' concurrence=concur
! rectrack: concurrence: use 'rectrack concur' to change it (it follows the lifecycle)
[1]
$ rectrack rec set 'OIG-21-19#1' target_date=2022-01-31
! rectrack: target_date: use 'rectrack target' to change it (it follows the lifecycle)
[1]

Bad values: money with three decimals, negative, badly grouped, not a
number; a flag that is not yes or no; an empty text; an unknown agency;
a field named twice.  One bad value and the good ones are not applied
either.

$ rectrack rec set 'OIG-21-19#1' questioned_cost=12.345
! rectrack: questioned_cost: "12.345" is not an amount of dollars (e.g. 1234.56)
[1]
$ rectrack rec set 'OIG-21-19#1' questioned_cost=-5
! rectrack: questioned_cost: "-5" is not an amount of dollars (e.g. 1234.56)
[1]
$ rectrack rec set 'OIG-21-19#1' questioned_cost='1,23'
! rectrack: questioned_cost: "1,23" is not an amount of dollars (e.g. 1234.56)
[1]
$ rectrack rec set 'OIG-21-19#1' questioned_cost=lots
! rectrack: questioned_cost: "lots" is not an amount of dollars (e.g. 1234.56)
[1]
$ rectrack rec set 'OIG-21-19#1' priority=maybe
! rectrack: priority: "maybe" is not yes or no
[1]
$ rectrack rec set 'OIG-21-19#1' text=
! rectrack: text: may not be empty
[1]
$ rectrack rec set 'OIG-21-19#1' text="   "
! rectrack: text: may not be empty
[1]
$ rectrack rec set 'OIG-21-19#1' agency=NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack rec set 'OIG-21-19#1' official=a official=b
! rectrack: official: given twice
[1]
$ rectrack rec set 'OIG-21-19#1' official="Someone" priority=maybe
! rectrack: priority: "maybe" is not yes or no
[1]

Effective dates: not before the report's issue date, not after today
(2026-11-28), a real day.

$ rectrack rec set 'OIG-21-19#1' official=x --date 2021-02-07
! rectrack: OIG-21-19#1: effective date 2021-02-07 is before the report was issued (2021-02-08)
[1]
$ rectrack rec set 'OIG-21-19#1' official=x --date 2026-11-29
! rectrack: OIG-21-19#1: effective date 2026-11-29 is after today (2026-11-28)
[1]
$ rectrack rec set 'OIG-21-19#1' official=x --date 2021-02-30
! rectrack: OIG-21-19#1: effective date "2021-02-30" is not a date (expected YYYY-MM-DD, a day that exists)
[1]

Nor before the latest change of the same field (the official was last
changed today).

$ rectrack rec set 'OIG-21-19#1' official=x --date 2021-06-01
! rectrack: OIG-21-19#1: effective date 2021-06-01 is before the latest official change (2026-11-28); the history must stay in order
[1]

REPORT#* is refused (one recommendation at a time); a REC without '#';
an unknown recommendation; an unknown report.

$ rectrack rec set 'OIG-21-19#*' official=x
! rectrack: OIG-21-19#*: rec set changes one recommendation at a time
[1]
$ rectrack rec set OIG-21-48 official=x
! rectrack: OIG-21-48: not a recommendation (expected REPORT#NUMBER, e.g. OIG-21-48#2)
[1]
$ rectrack rec set 'OIG-21-19#99' official=x
! rectrack: OIG-21-19#99: no such recommendation (report OIG-21-19 has no recommendation 99)
[1]
$ rectrack rec set 'OIG-99-99#1' official=x
! rectrack: OIG-99-99: no such report
[1]

Command line mistakes: exit 2 with the usage.

$ rectrack rec set 'OIG-21-19#1' 2>&1 | head -1
  rectrack: rec: rec set needs FIELD=VALUE
$ rectrack rec set 'OIG-21-19#1' official 2>&1 | head -1
  rectrack: rec: official: expected FIELD=VALUE
$ rectrack rec set 'OIG-21-19#1' =x 2>&1 | head -1
  rectrack: rec: =x: expected FIELD=VALUE
$ rectrack rec set 'OIG-21-19#1' official=x --note 2>&1 | head -1
  rectrack: rec: --note needs a value
$ rectrack rec set 2>&1 | head -1
  rectrack: rec: rec set needs a REC and FIELD=VALUE
$ rectrack rec set 'OIG-21-19#1' official=x --colour red 2>/dev/null; echo "exit $?"
  exit 2

$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged

The configuration may ask more to resolve (rectrack(1), FILES): rec add then needs
--corrective-action and --official as well as --target, and says so.

$ printf 'require:\n  resolve: [target_date, corrective_action, official]\n' > rectrack.yaml
$ rectrack rec add OIG-21-19 --status open-resolved --target 2021-12-31 --text "Needs more."
! rectrack: OIG-21-19#16: moving to open-resolved needs a corrective action (--corrective-action)
[1]
$ rectrack rec add OIG-21-19 --status open-resolved --target 2021-12-31 --corrective-action "A plan" --text "Needs more."
! rectrack: OIG-21-19#16: moving to open-resolved needs a responsible official (--official)
[1]
$ rectrack rec add OIG-21-19 --status open-resolved --target 2021-12-31 --corrective-action "A plan" --official "Someone" --text "Has all."
  added OIG-21-19#16 (open-resolved, pending)
  recorded as change 20
$ rm rectrack.yaml
