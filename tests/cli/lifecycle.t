The lifecycle of rectrack(1) through the command line: every move between the
five statuses, the guards, all-or-nothing over several recommendations,
effective dates, and the concur, target, flag and note commands.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS OIG" --kind oig >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add R --title "Moves" --issued 2021-02-08 --agency CBP >/dev/null

Every from -> to pair, with a reason given (and a target date for a move
to an open status), so that only the transition table decides.  Each pair
gets a fresh recommendation.

$ n=0
> for from in open-pending open-unresolved open-resolved closed-implemented closed-not-implemented; do
>   for to in open-pending open-unresolved open-resolved closed-implemented closed-not-implemented; do
>     n=$((n + 1))
>     case $from in open-*) ft="--target 2021-06-30" ;; *) ft= ;; esac
>     rectrack rec add R --number $n --text "pair $n" --status $from $ft --note "at issuance" >/dev/null
>     case $to in open-*) t="--target 2021-07-31" ;; *) t= ;; esac
>     rectrack status "R#$n" $to --note "reason" $t 2>&1
>     echo "exit $?"
>   done
> done
  rectrack: R#1: cannot move from open-pending to open-pending; allowed: open-unresolved, open-resolved, closed-implemented, closed-not-implemented
  exit 1
  R#2: open-pending -> open-unresolved, target 2021-07-31
  recorded as change 3
  exit 0
  R#3: open-pending -> open-resolved, target 2021-07-31
  recorded as change 5
  exit 0
  R#4: open-pending -> closed-implemented
  recorded as change 7
  exit 0
  R#5: open-pending -> closed-not-implemented
  recorded as change 9
  exit 0
  rectrack: R#6: cannot move from open-unresolved to open-pending; allowed: open-resolved, closed-implemented, closed-not-implemented
  exit 1
  rectrack: R#7: cannot move from open-unresolved to open-unresolved; allowed: open-resolved, closed-implemented, closed-not-implemented
  exit 1
  R#8: open-unresolved -> open-resolved, target 2021-07-31
  recorded as change 13
  exit 0
  R#9: open-unresolved -> closed-implemented
  recorded as change 15
  exit 0
  R#10: open-unresolved -> closed-not-implemented
  recorded as change 17
  exit 0
  rectrack: R#11: cannot move from open-resolved to open-pending; allowed: open-unresolved, closed-implemented, closed-not-implemented
  exit 1
  R#12: open-resolved -> open-unresolved, target 2021-07-31
  recorded as change 20
  exit 0
  rectrack: R#13: cannot move from open-resolved to open-resolved; allowed: open-unresolved, closed-implemented, closed-not-implemented
  exit 1
  R#14: open-resolved -> closed-implemented
  recorded as change 23
  exit 0
  R#15: open-resolved -> closed-not-implemented
  recorded as change 25
  exit 0
  rectrack: R#16: cannot move from closed-implemented to open-pending; allowed: open-unresolved, open-resolved
  exit 1
  R#17: closed-implemented -> open-unresolved, target 2021-07-31
  recorded as change 28
  exit 0
  R#18: closed-implemented -> open-resolved, target 2021-07-31
  recorded as change 30
  exit 0
  rectrack: R#19: cannot move from closed-implemented to closed-implemented; allowed: open-unresolved, open-resolved
  exit 1
  rectrack: R#20: cannot move from closed-implemented to closed-not-implemented; allowed: open-unresolved, open-resolved
  exit 1
  rectrack: R#21: cannot move from closed-not-implemented to open-pending; allowed: open-unresolved, open-resolved
  exit 1
  R#22: closed-not-implemented -> open-unresolved, target 2021-07-31
  recorded as change 35
  exit 0
  R#23: closed-not-implemented -> open-resolved, target 2021-07-31
  recorded as change 37
  exit 0
  rectrack: R#24: cannot move from closed-not-implemented to closed-implemented; allowed: open-unresolved, open-resolved
  exit 1
  rectrack: R#25: cannot move from closed-not-implemented to closed-not-implemented; allowed: open-unresolved, open-resolved
  exit 1

The guards: a target date to resolve, a reason to step back, to close
without implementation and to reopen.

$ rectrack rec add R --number g1 --text "guards" >/dev/null
$ rectrack status 'R#g1' open-resolved
! rectrack: R#g1: moving to open-resolved needs a target date (--target)
[1]
$ rectrack status 'R#g1' closed-not-implemented
! rectrack: R#g1: moving from open-pending to closed-not-implemented needs a reason (--note)
[1]
$ rectrack status 'R#g1' open-resolved --target 2022-01-31 --date 2021-03-01
  R#g1: open-pending -> open-resolved, target 2022-01-31
  recorded as change 41
$ rectrack status 'R#g1' open-unresolved
! rectrack: R#g1: moving from open-resolved to open-unresolved needs a reason (--note)
[1]
$ rectrack status 'R#g1' closed-implemented --date 2021-12-15
  R#g1: open-resolved -> closed-implemented
  recorded as change 42
$ rectrack status 'R#g1' open-unresolved
! rectrack: R#g1: moving from closed-implemented to open-unresolved needs a reason (--note)
[1]
$ rectrack status 'R#g1' open-unresolved --note "the fix did not hold"
  R#g1: closed-implemented -> open-unresolved
  recorded as change 43
$ rectrack show 'R#g1' | sed -n '4,9p'
  Status:       Open – Unresolved
  Concurrence:  Pending
  Target date:  2022-01-31
  Last decided: 2021-03-01
  Age:          2119 days
  Text:         guards

A refused command names the current status and the moves allowed, and
changes nothing, byte for byte.

$ sqlite3 rectrack.db .dump | cksum > before
$ rectrack status 'R#g1' open-pending
! rectrack: R#g1: cannot move from open-unresolved to open-pending; allowed: open-resolved, closed-implemented, closed-not-implemented
[1]
$ rectrack status 'R#g1' closed-bogus
! rectrack: closed-bogus: unknown status (expected one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged

Several recommendations in one command: all or nothing.  R#g1 (unresolved,
with a target) may be resolved, R#g2 (already resolved) may not: neither
moves.  A recommendation named twice counts once.

$ rectrack rec add R --number g2 --text "second" --status open-resolved --target 2021-09-30 >/dev/null
$ rectrack status 'R#g1' 'R#g2' open-resolved
! rectrack: R#g2: cannot move from open-resolved to open-resolved; allowed: open-unresolved, closed-implemented, closed-not-implemented
[1]
$ rectrack show 'R#g1' | grep Status
  Status:       Open – Unresolved
$ rectrack status 'R#g2' 'R#g1' 'R#g2' closed-implemented
  R#g2: open-resolved -> closed-implemented
  R#g1: open-unresolved -> closed-implemented
  recorded as change 45
$ rectrack status 'R#nope' closed-implemented
! rectrack: R#nope: no such recommendation (report R has no recommendation nope)
[1]
$ rectrack status R closed-implemented
! rectrack: R: not a recommendation (expected REPORT#NUMBER, e.g. OIG-21-48#2)
[1]

REPORT#* names every recommendation of a report.

$ rectrack report add EMPTY --title "No recommendations" --issued 2021-01-05 --agency CBP >/dev/null
$ rectrack status 'EMPTY#*' closed-implemented
! rectrack: EMPTY#*: the report has no recommendations
[1]
$ rectrack report add S --title "Star" --issued 2021-01-05 --agency CBP >/dev/null
$ rectrack rec add S --text a >/dev/null
$ rectrack rec add S --text b --status open-unresolved >/dev/null
$ rectrack status 'S#*' closed-implemented --note "all done" --date 2021-06-01
  S#1: open-pending -> closed-implemented
  S#2: open-unresolved -> closed-implemented
  recorded as change 48
$ rectrack history 'S#2'
  EFFECTIVE   ACTOR   KIND    FIELD   OLD              NEW                 NOTE      CHANGE  VOIDED BY
  2021-01-05  tester  issued  status                   open-unresolved                   47
  2021-06-01  tester  status  status  open-unresolved  closed-implemented  all done      48

Effective dates: not before the report's issue date, not after today, not
before the latest change of the same attribute.

$ rectrack rec add S --number 3 --text c >/dev/null
$ rectrack status 'S#3' open-unresolved --date 2021-01-04
! rectrack: S#3: effective date 2021-01-04 is before the report was issued (2021-01-05)
[1]
$ rectrack status 'S#3' open-unresolved --date 2026-11-29
! rectrack: S#3: effective date 2026-11-29 is after today (2026-11-28)
[1]
$ rectrack status 'S#3' open-unresolved --date 2021-13-01
! rectrack: S#3: effective date "2021-13-01" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack status 'S#3' open-unresolved --date 2021-03-01
  S#3: open-pending -> open-unresolved
  recorded as change 50
$ rectrack status 'S#3' closed-implemented --date 2021-02-27
! rectrack: S#3: effective date 2021-02-27 is before the latest status change (2021-03-01); the history must stay in order
[1]

The configured requirements (rectrack(1), FILES) tighten the guards.

$ cat > rectrack.yaml <<'YAML'
> require:
>   resolve: [target_date, corrective_action, official]
>   close_implemented: [evidence]
> YAML
$ rectrack status 'S#3' open-resolved --target 2021-12-31
! rectrack: S#3: moving to open-resolved needs a corrective action (rec set REC corrective_action=...)
[1]
$ rectrack rec set 'S#3' corrective_action="New standard operating procedure"
  S#3: 1 field changed
  recorded as change 51
$ rectrack status 'S#3' open-resolved --target 2021-12-31
! rectrack: S#3: moving to open-resolved needs a responsible official (rec set REC official=...)
[1]
$ rectrack official add "Office of Field Operations" --name "Office of Field Operations" >/dev/null
$ rectrack rec set 'S#3' official="Office of Field Operations"
  S#3: 1 field changed
  recorded as change 53
$ rectrack status 'S#3' open-resolved --target 2021-12-31 --date 2021-04-01
  S#3: open-unresolved -> open-resolved, target 2021-12-31
  recorded as change 54
$ rectrack status 'S#3' closed-implemented
! rectrack: S#3: moving to closed-implemented needs an evidence reference (--evidence)
[1]
$ rectrack status 'S#3' closed-implemented --evidence "SOP 2022-07 issued" --note "verified"
  S#3: open-resolved -> closed-implemented
  recorded as change 55
$ rectrack history 'S#3' --format csv
  effective,at,actor,kind,field,old,new,note,change,voided_by [CR]
  2021-01-05,2026-11-28T12:00:00Z,tester,issued,status,,open-pending,,49, [CR]
  2021-03-01,2026-11-28T12:00:00Z,tester,status,status,open-pending,open-unresolved,,50, [CR]
  2021-04-01,2026-11-28T12:00:00Z,tester,status,status,open-unresolved,open-resolved,,54, [CR]
  2021-04-01,2026-11-28T12:00:00Z,tester,target,target_date,,2021-12-31,,54, [CR]
  2026-11-28,2026-11-28T12:00:00Z,tester,field,corrective_action,,New standard operating procedure,,51, [CR]
  2026-11-28,2026-11-28T12:00:00Z,tester,field,official,,Office of Field Operations,,53, [CR]
  2026-11-28,2026-11-28T12:00:00Z,tester,status,status,open-resolved,closed-implemented,verified; evidence: SOP 2022-07 issued,55, [CR]
$ rm rectrack.yaml

concur: the agency's position, independent of the status.

$ rectrack rec add S --number 4 --text d >/dev/null
$ rectrack concur 'S#4' partial --date 2021-03-01 --note "agrees with part (a)"
  S#4: concurrence pending -> partial
  recorded as change 57
$ rectrack concur 'S#4' partial
  S#4: already partial
$ rectrack concur 'S#4' 'S#3' non-concur
  S#4: concurrence partial -> non-concur
  S#3: concurrence pending -> non-concur
  recorded as change 58
$ rectrack concur 'S#4' agree
! rectrack: agree: unknown concurrence (expected one of pending, concur, partial, non-concur, no-position)
[1]
$ rectrack concur 'S#4'
! rectrack: concur: concur needs a REC and the VALUE
! usage: rectrack concur REC... VALUE [--date DATE] [--note TEXT] [--dry-run]
! See 'rectrack help concur' for the options and examples.
[2]

target: the first one needs no reason; a change does, and the first target
is kept.

$ rectrack target 'S#4' 2022-06-30
  S#4: target 2022-06-30
  recorded as change 59
$ rectrack target 'S#4' 2022-12-31
! rectrack: S#4: changing the target date from 2022-06-30 to 2022-12-31 needs a reason (--note)
[1]
$ rectrack target 'S#4' 2022-12-31 --note "contract award delayed"
  S#4: target 2022-06-30 -> 2022-12-31
  recorded as change 60
$ rectrack target 'S#4' 2022-12-31 --note "same"
  S#4: target already 2022-12-31
$ rectrack target 'S#4' 2020-12-31 --note "before issue"
! rectrack: S#4: target date 2020-12-31 is before the report was issued (2021-01-05)
[1]
$ rectrack target 'S#4' 2022-02-30 --note "no such day"
! rectrack: target date "2022-02-30" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack show 'S#4' | grep -E 'Target|First'
  Target date:  2022-12-31
  First target: 2022-06-30
$ rectrack target 'S#1' 2022-01-31 --note "closed"
! rectrack: S#1: is closed-implemented; a closed recommendation takes no target date (reopen it first)
[1]

flag: +NAME sets, -NAME clears; closing clears on-hold and
closure-requested.

$ rectrack flag 'S#4' +on-hold +priority --date 2021-05-01
  S#4: +priority +on-hold
  recorded as change 61
$ rectrack flag 'S#4' -on-hold +closure-requested +significant
  S#4: +significant -on-hold +closure-requested
  recorded as change 62
$ rectrack flag 'S#4' +priority
  S#4: flags unchanged
$ rectrack flag 'S#4' +urgent
! rectrack: +urgent: unknown flag (expected +NAME or -NAME with NAME one of priority, significant, on-hold, closure-requested, partially-addressed)
[1]
$ rectrack flag 'S#4'
! rectrack: flag: flag needs a REC and at least one +NAME or -NAME
! usage: rectrack flag REC... +NAME|-NAME... [--date DATE] [--note TEXT]
!                      [--dry-run]
! See 'rectrack help flag' for the options and examples.
[2]
$ rectrack flag 'S#1' +on-hold
! rectrack: S#1: is closed-implemented; only an open recommendation can be on hold
[1]
$ rectrack show 'S#4' | grep Flags
  Flags:        priority, significant, closure-requested
$ rectrack status 'S#4' closed-implemented
  S#4: open-pending -> closed-implemented
  recorded as change 63
$ rectrack show 'S#4' | grep Flags
  Flags:        priority, significant
$ rectrack history 'S#4'
  EFFECTIVE   ACTOR   KIND         FIELD              OLD           NEW                 NOTE                    CHANGE  VOIDED BY
  2021-01-05  tester  issued       status                           open-pending                                    56
  2021-03-01  tester  concurrence  concurrence        pending       partial             agrees with part (a)        57
  2021-05-01  tester  flag         priority           no            yes                                             61
  2021-05-01  tester  flag         on_hold            no            yes                                             61
  2026-11-28  tester  concurrence  concurrence        partial       non-concur                                      58
  2026-11-28  tester  target       target_date                      2022-06-30                                      59
  2026-11-28  tester  target       target_date        2022-06-30    2022-12-31          contract award delayed      60
  2026-11-28  tester  flag         significant        no            yes                                             62
  2026-11-28  tester  flag         on_hold            yes           no                                              62
  2026-11-28  tester  flag         closure_requested  no            yes                                             62
  2026-11-28  tester  status       status             open-pending  closed-implemented                              63
  2026-11-28  tester  flag         closure_requested  yes           no                                              63

note: a line in the history, nothing else changes.

$ rectrack note 'S#4' 'S#3' "Discussed at the quarterly liaison meeting"
  S#4: note added
  S#3: note added
  recorded as change 64
$ rectrack note 'S#4' "   "
! rectrack: the note is empty
[1]
$ rectrack note 'S#4'
! rectrack: note: note needs a REC and the TEXT
! usage: rectrack note REC... TEXT [--date DATE] [--dry-run]
! See 'rectrack help note' for the options and examples.
[2]
$ rectrack history 'S#3' | tail -1
  2026-11-28  tester  note                                                                               Discussed at the quarterly liaison meeting      64

The same rules hold for rec add and rec set: no target date on a
recommendation closed at issuance, no hold on a closed one, no flag named
twice.

$ rectrack rec add S --number 5 --text e --status closed-implemented --target 2022-01-31
! rectrack: S#5: --target goes with an open status, not with closed-implemented
[1]
$ rectrack rec set 'S#1' on_hold=yes
! rectrack: S#1: is closed-implemented; only an open recommendation can be on hold
[1]
$ rectrack rec set 'S#1' closure_requested=yes
! rectrack: S#1: is closed-implemented; only an open recommendation can be awaiting closure
[1]
$ rectrack flag 'S#3' +priority -priority
! rectrack: priority: given twice
[1]

State as of a date also puts back the fields changed later: the official
recorded on 2026-11-28 was not there on 2021-06-01.

$ rectrack show 'S#3' --as-of 2021-06-01 | grep -E 'Status|Official|Target'
  Status:       Open – Resolved
  Target date:  2021-12-31
$ rectrack show 'S#3' | grep -E 'Status|Official|Target'
  Official:     Office of Field Operations
  Status:       Closed – Implemented
  Target date:  2021-12-31
$ rectrack list --report S --as-of 2021-03-15 --format csv | cut -d, -f1,7,11,12
  id,official,status,target_date
  S#1,,open-pending,
  S#2,,open-unresolved,
  S#3,,open-unresolved,
  S#4,,open-pending,
