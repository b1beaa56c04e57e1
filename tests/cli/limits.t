limits: amounts, their totals, automatic numbers and fiscal years never
wrap.  An amount is at most one quadrillion dollars
($1,000,000,000,000,000.00, 10^17 cents) wherever it comes in; a total
holds up to $92,233,720,368,547,758.07 (at least 92 of the largest
amounts) and a total that would pass it is an error, never a wrapped or
negative figure.

$ rectrack init >/dev/null
$ rectrack issuer add oig --name "Office of Inspector General" --kind oig >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack report add OIG-21-19 --title "Canine Program" --issued 2021-02-08 --agency DHS >/dev/null
$ rectrack rec add OIG-21-19 --text "One."
  added OIG-21-19#1 (open-pending, pending)
  recorded as change 1
$ cp rectrack.db before.db

The largest amount is taken, a cent more is refused with the limit, by
rec set and by the amounts of a management decision alike.

$ rectrack rec set 'OIG-21-19#1' questioned_cost=1000000000000000.01
! rectrack: questioned_cost: "1000000000000000.01" is not an amount of dollars (at most $1,000,000,000,000,000.00)
[1]
$ rectrack rec set 'OIG-21-19#1' funds_better_use='$90,000,000,000,000,000'
! rectrack: funds_better_use: "$90,000,000,000,000,000" is not an amount of dollars (at most $1,000,000,000,000,000.00)
[1]
$ rectrack status 'OIG-21-19#1' open-resolved --target 2027-01-01 --disallowed 2000000000000000
! rectrack: --disallowed: "2000000000000000" is not an amount of dollars (at most $1,000,000,000,000,000.00)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack rec set 'OIG-21-19#1' questioned_cost='$1,000,000,000,000,000.00'
  OIG-21-19#1: 1 field changed
  recorded as change 2
$ rectrack show 'OIG-21-19#1' | grep -i questioned
  Questioned:   $1,000,000,000,000,000.00
  2026-11-28  tester  field   questioned_cost       1000000000000000.00             2

An import is refused at the amount, in a field and in a history entry
on it, and at a fiscal year --fy would not take (1900 to 9999).

$ cp rectrack.db before.db
$ cat > big.yaml <<'YAML'
> reports:
>   - number: OIG-22-01
>     title: Big
>     issuer: oig
>     issued: 2022-01-10
>     agency: DHS
>     recommendations:
>       - {number: 1, text: t, questioned_cost: 1000000000000001}
> YAML
$ rectrack import big.yaml
! rectrack: big.yaml:8:47: reports[0].recommendations[0].questioned_cost: not an amount of dollars: "1000000000000001" (expected at most $1,000,000,000,000,000.00)
[1]
$ cat > hist.yaml <<'YAML'
> reports:
>   - number: OIG-22-01
>     title: Big
>     issuer: oig
>     issued: 2022-01-10
>     agency: DHS
>     recommendations:
>       - number: 1
>         text: t
>         history:
>           - {effective: 2022-02-01, kind: field, field: unsupported_cost, new: "5000000000000000"}
> YAML
$ rectrack import hist.yaml
! rectrack: hist.yaml:11:80: reports[0].recommendations[0].history[0].new: not an amount of dollars: "5000000000000000" (expected at most $1,000,000,000,000,000.00)
[1]
$ cat > fy.yaml <<'YAML'
> reports:
>   - number: OIG-22-01
>     title: Big
>     issuer: oig
>     issued: 2022-01-10
>     fiscal_year: 1776
>     agency: DHS
>     recommendations:
>       - {number: 1, text: t}
> YAML
$ rectrack import fy.yaml
! rectrack: fy.yaml:6:18: reports[0].fiscal_year: not a year: "1776" (expected a whole number from 1900 to 9999)
[1]
$ rectrack list --fy 1776
! rectrack: --fy: "1776" is not a fiscal year (expected a year such as 2021 or FY2021)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

93 amounts of the largest size add up past what a total holds:
summary, outstanding and sar say so instead of printing a wrapped,
negative total.  92 of them still add up.

$ { printf 'reports:\n  - number: OIG-23-01\n    title: Many\n    issuer: oig\n    issued: 2023-01-10\n    agency: DHS\n    recommendations:\n'
>   i=1; while [ $i -le 92 ]; do printf '      - {number: %d, text: t, questioned_cost: 1000000000000000, funds_better_use: 1000000000000000}\n' $i; i=$((i + 1)); done
>   printf '  - number: OIG-23-02\n    title: One more\n    issuer: oig\n    issued: 2023-02-01\n    agency: DHS\n    recommendations:\n      - {number: 1, text: t, questioned_cost: 1000000000000000}\n'; } > many.yaml
$ rectrack import many.yaml
  reports: 2 new, 0 changed, 0 unchanged
  recommendations: 93 new, 0 changed, 0 unchanged
  events: 93
  recorded as change 3
$ rectrack check
  ok: 3 reports, 94 recommendations, 95 events checked
$ rectrack summary --report OIG-23-01 --format csv
  group,open,pending,unresolved,resolved,overdue,unresolved_over_6_months,open_1_year_plus,priority,extended,extensions,under 6 months,6-12 months,1-2 years,2-5 years,over 5 years,questioned_cost,funds_better_use,oldest [CR]
  DHS,92,92,0,0,0,92,92,0,0,0,0,0,0,92,0,92000000000000000.00,92000000000000000.00,OIG-23-01#1 [CR]
  TOTAL,92,92,0,0,0,92,92,0,0,0,0,0,0,92,0,92000000000000000.00,92000000000000000.00,OIG-23-01#1 [CR]
$ rectrack summary
! rectrack: a total of amounts would pass $92,233,720,368,547,758.07, the most rectrack can add up; select fewer recommendations
[1]
$ rectrack outstanding
! rectrack: a total of amounts would pass $92,233,720,368,547,758.07, the most rectrack can add up; select fewer recommendations
[1]
$ rectrack sar --period 2023H1
! rectrack: a total of amounts would pass $92,233,720,368,547,758.07, the most rectrack can add up; select fewer recommendations
[1]
$ rectrack summary --by fy --format csv
! rectrack: a total of amounts would pass $92,233,720,368,547,758.07, the most rectrack can add up; select fewer recommendations
[1]
Automatic numbers stop at the largest one rather than wrap.

$ rectrack rec add OIG-21-19 --number 9223372036854775806 --text "Near the end."
  added OIG-21-19#9223372036854775806 (open-pending, pending)
  recorded as change 4
$ rectrack rec add OIG-21-19 --text "The last."
  added OIG-21-19#9223372036854775807 (open-pending, pending)
  recorded as change 5
$ cp rectrack.db before.db
$ rectrack rec add OIG-21-19 --text "Past the last."
! rectrack: OIG-21-19: its highest recommendation number is 9223372036854775807 or more, the largest rectrack counts to; give the number (--number)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack rec add OIG-21-19 --number 99999999999999999999999 --text "Far past."
  added OIG-21-19#99999999999999999999999 (open-pending, pending)
  recorded as change 6
$ rectrack rec add OIG-21-19 --text "Past the last."
! rectrack: OIG-21-19: its highest recommendation number is 9223372036854775807 or more, the largest rectrack counts to; give the number (--number)
[1]
$ rectrack rec add OIG-21-19 --number 2 --text "Given."
  added OIG-21-19#2 (open-pending, pending)
  recorded as change 7
$ rectrack list --report OIG-21-19 --format csv | cut -d, -f1
  id
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#9223372036854775806
  OIG-21-19#9223372036854775807
  OIG-21-19#99999999999999999999999
