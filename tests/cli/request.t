Closure and extension requests (docs/closure.md): the agency asks,
someone reviews, and the request is approved or returned with the reason.
Every refusal leaves the database as it was.

$ rectrack init >/dev/null
$ rectrack import "$SRCDIR/config/examples/port-of-entry.yaml" >/dev/null

The agency's evidence, attached first (rectrack evidence add).

$ printf 'Draft guidance\n' > draft.txt
$ printf 'Signed guidance\n' > signed.pdf
$ rectrack evidence add 'OIG-21-19#4' draft.txt signed.pdf --date 2026-11-01 >/dev/null
$ rectrack evidence add 'OIG-21-19#1' draft.txt --date 2026-11-01 >/dev/null

The cycle: a closure request citing evidence, returned, asked again, approved.

$ rectrack request-closure 'OIG-21-19#4' --note "Guidance issued 2026-10-15" --evidence 916047ccbc19c8e68a6b820e241583dfaa33b70dc8efa9c9e1561d62cd129dca --date 2026-11-02
  OIG-21-19#4: closure requested, citing 1 evidence file
  recorded as change 4
$ rectrack pending --as-of 2026-11-20
  REC          KIND     BY      ON          DAYS  EVIDENCE  TARGET  NOTE
  OIG-21-19#4  closure  tester  2026-11-02    18         1          Guidance issued 2026-10-15
$ rectrack show 'OIG-21-19#4' | grep Flags
  Flags:        closure-requested

Only a decision clears the flag of a pending request.

$ cp rectrack.db before.db
$ rectrack flag 'OIG-21-19#4' -closure-requested --note "asked too early"
! rectrack: OIG-21-19#4: a closure request is pending (asked by tester on 2026-11-02); it is answered, and the flag cleared, by rectrack return or rectrack approve
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack return 'OIG-21-19#4' --note "The guidance is a draft; send the signed version" --date 2026-11-10
  OIG-21-19#4: closure request returned
  recorded as change 5
$ rectrack show 'OIG-21-19#4' | grep -c Flags
  0
[1]
$ rectrack request-closure 'OIG-21-19#4' --note "Signed guidance attached" --evidence 916047cc --evidence c3fbb3114be255ff9a34e51a6d087377656987cb5e896a3745f777e0a317b731 --date 2026-11-20
  OIG-21-19#4: closure requested, citing 2 evidence files
  recorded as change 6
$ rectrack pending --format json
  [
  {"recommendation":"OIG-21-19#4","kind":"closure","requested_by":"tester","requested_on":"2026-11-20","days_waiting":8,"evidence":2,"target":null,"note":"Signed guidance attached"}
  ]
$ rectrack approve 'OIG-21-19#4' --note "Signed guidance reviewed"
  OIG-21-19#4: closure request approved: open-unresolved -> closed-implemented
  recorded as change 7
$ rectrack history 'OIG-21-19#4' --format csv | cut -d, -f1-7
  effective,at,actor,kind,field,old,new
  2021-02-08,2026-11-28T12:00:00Z,tester,issued,status,,open-pending
  2021-02-08,2026-11-28T12:00:00Z,tester,concurrence,concurrence,pending,concur
  2021-02-08,2026-11-28T12:00:00Z,tester,status,status,open-pending,open-unresolved
  2026-11-01,2026-11-28T12:00:00Z,tester,evidence,draft.txt,,916047ccbc19c8e68a6b820e241583dfaa33b70dc8efa9c9e1561d62cd129dca
  2026-11-01,2026-11-28T12:00:00Z,tester,evidence,signed.pdf,,c3fbb3114be255ff9a34e51a6d087377656987cb5e896a3745f777e0a317b731
  2026-11-02,2026-11-28T12:00:00Z,tester,request,closure,,916047ccbc19c8e68a6b820e241583dfaa33b70dc8efa9c9e1561d62cd129dca
  2026-11-10,2026-11-28T12:00:00Z,tester,decision,closure,,returned
  2026-11-20,2026-11-28T12:00:00Z,tester,request,closure,,916047ccbc19c8e68a6b820e241583dfaa33b70dc8efa9c9e1561d62cd129dca c3fbb3114be255ff9a34e51a6d087377656987cb5e896a3745f777e0a317b731
  2026-11-28,2026-11-28T12:00:00Z,tester,decision,closure,,approved
  2026-11-28,2026-11-28T12:00:00Z,tester,status,status,open-unresolved,closed-implemented
$ rectrack pending
! rectrack: pending: no pending requests
$ rectrack check
  ok: 4 reports, 8 recommendations, 31 events checked, 2 evidence files re-hashed

An extension request: the approved date becomes the target, the original
is kept.

$ rectrack request-extension 'OIG-21-19#1' --target 2027-03-31 --note "Contract award slipped" --date 2026-11-01
  OIG-21-19#1: extension requested: target 2021-09-30 -> 2027-03-31
  recorded as change 8
$ rectrack pending --format csv
  recommendation,kind,requested_by,requested_on,days_waiting,evidence,target,note [CR]
  OIG-21-19#1,extension,tester,2026-11-01,27,,2027-03-31,Contract award slipped [CR]
$ rectrack approve 'OIG-21-19#1' --date 2026-11-15
  OIG-21-19#1: extension request approved: target 2021-09-30 -> 2027-03-31
  recorded as change 9
$ rectrack show 'OIG-21-19#1' | grep -E '^(Target|First)'
  Target date:  2027-03-31
  First target: 2021-09-30
$ rectrack history 'OIG-21-19#1' --format csv | tail -2 | cut -d, -f1-7
  2026-11-15,2026-11-28T12:00:00Z,tester,decision,extension,,approved
  2026-11-15,2026-11-28T12:00:00Z,tester,target,target_date,2021-09-30,2027-03-31

Both kinds pending at once: approve and return must be told which.

$ rectrack request-closure 'OIG-21-19#2' --note "Plan implemented"
  OIG-21-19#2: closure requested
  recorded as change 10
$ rectrack request-extension 'OIG-21-19#2' --target 2027-01-31 --note "In case the review finds gaps"
  OIG-21-19#2: extension requested: target 2021-09-30 -> 2027-01-31
  recorded as change 11
$ rectrack pending --report OIG-21-19
  REC          KIND       BY      ON          DAYS  EVIDENCE  TARGET      NOTE
  OIG-21-19#2  closure    tester  2026-11-28     0         0              Plan implemented
  OIG-21-19#2  extension  tester  2026-11-28     0            2027-01-31  In case the review finds gaps
$ cp rectrack.db before.db
$ rectrack approve 'OIG-21-19#2'
! rectrack: OIG-21-19#2: has a pending closure request and a pending extension request; say which: --closure or --extension
[2]
$ rectrack return 'OIG-21-19#2' --note "x"
! rectrack: OIG-21-19#2: has a pending closure request and a pending extension request; say which: --closure or --extension
[2]
$ rectrack approve 'OIG-21-19#2' --closure --extension
! rectrack: approve: --closure and --extension: give one of them
! usage: rectrack approve REC... [--note TEXT] [--not-implemented --note REASON]
!                        [--closure|--extension] [--date DATE] [--dry-run]
! See 'rectrack help approve' for the options and examples.
[2]
$ rectrack approve 'OIG-21-19#2' --extension --not-implemented --note "x"
! rectrack: approve: --not-implemented goes with a closure request, not with --extension
! usage: rectrack approve REC... [--note TEXT] [--not-implemented --note REASON]
!                        [--closure|--extension] [--date DATE] [--dry-run]
! See 'rectrack help approve' for the options and examples.
[2]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack return 'OIG-21-19#2' --extension --note "Not needed: the closure is approved"
  OIG-21-19#2: extension request returned
  recorded as change 12
$ rectrack approve 'OIG-21-19#2' --not-implemented --note "Superseded by the 2026 realignment" --dry-run
  OIG-21-19#2: closure request approved: open-resolved -> closed-not-implemented
  would record: OIG-21-19#2 decision closure approved (effective 2026-11-28): Superseded by the 2026 realignment
  would record: OIG-21-19#2 status open-resolved -> closed-not-implemented (effective 2026-11-28): Superseded by the 2026 realignment
  dry run: nothing was written
$ rectrack approve 'OIG-21-19#2' --not-implemented --note "Superseded by the 2026 realignment"
  OIG-21-19#2: closure request approved: open-resolved -> closed-not-implemented
  recorded as change 13
$ rectrack check
  ok: 4 reports, 8 recommendations, 39 events checked, 2 evidence files re-hashed

The refusals.

$ cp rectrack.db before.db
$ rectrack approve 'OIG-21-19#3'
! rectrack: OIG-21-19#3: has no pending request
[1]
$ rectrack return 'OIG-21-19#3' --note "nothing to return"
! rectrack: OIG-21-19#3: has no pending request
[1]
$ rectrack approve 'OIG-21-19#4'
! rectrack: OIG-21-19#4: has no pending request
[1]
$ rectrack approve 'OIG-21-19#1' --extension
! rectrack: OIG-21-19#1: has no pending extension request (the last one was approved by tester on 2026-11-15, change 9)
[1]
$ rectrack return 'OIG-21-19#4' --closure --note "too late"
! rectrack: OIG-21-19#4: has no pending closure request (the last one was approved by tester on 2026-11-28, change 7)
[1]
$ rectrack request-closure 'OIG-21-19#4' --note "closed already"
! rectrack: OIG-21-19#4: is closed-implemented; only an open recommendation takes a closure request
[1]
$ rectrack request-extension 'OIG-21-19#4' --target 2027-06-30 --note "closed already"
! rectrack: OIG-21-19#4: is closed-implemented; only an open recommendation takes an extension request
[1]
$ rectrack request-closure 'OIG-21-19#3' --note "first"
  OIG-21-19#3: closure requested
  recorded as change 14
$ cp rectrack.db before.db
$ rectrack request-closure 'OIG-21-19#3' --note "second"
! rectrack: OIG-21-19#3: a closure request is pending already (asked by tester on 2026-11-28); approve or return it first (rectrack approve, rectrack return)
[1]
$ rectrack request-extension 'OIG-21-19#1' --target 2027-03-31 --note "the same date"
! rectrack: OIG-21-19#1: 2027-03-31 is not later than the target date 2027-03-31; an earlier date needs no approval (rectrack target OIG-21-19#1 2027-03-31 --note REASON)
[1]
$ rectrack request-extension 'OIG-21-19#1' --target 2027-01-31 --note "earlier"
! rectrack: OIG-21-19#1: 2027-01-31 is not later than the target date 2027-03-31; an earlier date needs no approval (rectrack target OIG-21-19#1 2027-01-31 --note REASON)
[1]
$ rectrack request-extension 'OIG-21-19#1' --target 2027-02-30 --note "no such day"
! rectrack: OIG-21-19#1: target date "2027-02-30" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack request-extension 'OIG-21-19#1' --target 2027-06-30 --note "not yet" --date 2026-12-01
! rectrack: OIG-21-19#1: effective date 2026-12-01 is after today (2026-11-28)
[1]
$ rectrack request-extension 'OIG-21-19#1' --target 2027-06-30 --note "bad" --date 2026-13-01
! rectrack: OIG-21-19#1: effective date "2026-13-01" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack request-extension 'OIG-21-19#1' --target 2027-06-30 --note "before the approval" --date 2026-11-14
! rectrack: OIG-21-19#1: effective date 2026-11-14 is before the latest extension change (2026-11-15); the history must stay in order
[1]
$ rectrack request-extension 'OIG-21-19#1' --note "no date"
! rectrack: request-extension: request-extension needs the date asked for (--target DATE)
! usage: rectrack request-extension REC --target DATE --note REASON [--date DATE]
!                        [--dry-run]
! See 'rectrack help request-extension' for the options and examples.
[2]
$ rectrack request-extension 'OIG-21-19#1' 'OIG-21-19#2' --target 2027-06-30 --note "two"
! rectrack: request-extension: request-extension takes one REC (one target date for one recommendation)
! usage: rectrack request-extension REC --target DATE --note REASON [--date DATE]
!                        [--dry-run]
! See 'rectrack help request-extension' for the options and examples.
[2]
$ rectrack request-extension 'OIG-21-19#1' --target 2027-06-30
! rectrack: request-extension: request-extension needs a reason (--note REASON)
! usage: rectrack request-extension REC --target DATE --note REASON [--date DATE]
!                        [--dry-run]
! See 'rectrack help request-extension' for the options and examples.
[2]
$ rectrack request-closure 'OIG-21-19#3'
! rectrack: request-closure: request-closure needs the request's text (--note TEXT)
! usage: rectrack request-closure REC... --note TEXT [--evidence HASH]...
!                        [--date DATE] [--dry-run]
! See 'rectrack help request-closure' for the options and examples.
[2]
$ rectrack request-closure 'OIG-21-19#1' --note "x" --evidence 1234
! rectrack: OIG-21-19#1: --evidence 1234: not a hash of an evidence file (give its SHA-256, or at least its first 8 hex digits)
[1]
$ rectrack request-closure 'OIG-21-19#1' --note "x" --evidence c3fbb311
! rectrack: OIG-21-19#1: --evidence c3fbb3114be2 is not attached to OIG-21-19#1 on 2026-11-28; attach it first (rectrack evidence add OIG-21-19#1 FILE)
[1]
$ rectrack request-closure 'OIG-21-19#1' --note "x" --evidence 0000000000
! rectrack: OIG-21-19#1: --evidence 0000000000: no evidence file has that hash ('rectrack evidence list' lists them)
[1]
$ rectrack request-closure 'OIG-21-19#1' --note "x" --evidence 916047ccbc19c8e68a6b820e241583dfaa33b70dc8efa9c9e1561d62cd129dca --evidence 916047cc
! rectrack: OIG-21-19#1: --evidence 916047ccbc19 is given twice
[1]
$ rectrack request-closure 'OIG-21-19#1' --note "   "
! rectrack: OIG-21-19#1: a closure request needs its text (--note)
[1]
$ rectrack request-closure 'OIG-19-53#9' --note "x"
! rectrack: OIG-19-53#9: no such recommendation (report OIG-19-53 has no recommendation 9)
[1]
$ rectrack request-extension 'OIG-21-19#3' --target 2027-06-30 --note "no target" --dry-run
  OIG-21-19#3: extension requested: target 2021-09-30 -> 2027-06-30
  would record: OIG-21-19#3 request extension 2021-09-30 -> 2027-06-30 (effective 2026-11-28): no target
  dry run: nothing was written
$ rectrack approve 'OIG-21-19#3' --date 2026-10-01
! rectrack: OIG-21-19#3: effective date 2026-10-01 is before the latest closure change (2026-11-28); the history must stay in order
[1]
$ rectrack approve 'OIG-21-19#3' --not-implemented
! rectrack: OIG-21-19#3: moving from open-resolved to closed-not-implemented needs a reason (--note)
[1]
$ rectrack approve 'OIG-21-19#3' 'OIG-21-19#9'
! rectrack: OIG-21-19#9: no such recommendation (report OIG-21-19 has no recommendation 9)
[1]
$ rectrack return 'OIG-21-19#3'
! rectrack: return: return needs a reason (--note REASON)
! usage: rectrack return REC... --note REASON [--closure|--extension]
!                        [--date DATE] [--dry-run]
! See 'rectrack help return' for the options and examples.
[2]
$ rectrack approve
! rectrack: approve: approve needs a REC
! usage: rectrack approve REC... [--note TEXT] [--not-implemented --note REASON]
!                        [--closure|--extension] [--date DATE] [--dry-run]
! See 'rectrack help approve' for the options and examples.
[2]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Separation of duties: under require.separate_approver the one who asked may
return (withdraw) but not approve.

$ cat > rectrack.yaml <<'YAML'
> require:
>   separate_approver: true
> YAML
$ rectrack approve 'OIG-21-19#3'
! rectrack: OIG-21-19#3: tester asked for this closure; someone else must approve it (require.separate_approver); rectrack return withdraws it
[1]
$ rectrack --actor TESTER approve 'OIG-21-19#3' # sqlite-only
! rectrack: OIG-21-19#3: tester asked for this closure; someone else must approve it (require.separate_approver); rectrack return withdraws it
[1]
$ rectrack --actor ' tester' approve 'OIG-21-19#3' # sqlite-only
! rectrack: the actor's name begins or ends with a blank; give the name alone (--actor, RECTRACK_ACTOR or actor: in the configuration)
[2]
$ rectrack --actor "tester$(printf '\tx')" approve 'OIG-21-19#3' # sqlite-only
! rectrack: the actor's name holds a control character; give the name alone (--actor, RECTRACK_ACTOR or actor: in the configuration)
[2]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack --actor alice approve 'OIG-21-19#3' --dry-run # sqlite-only
  OIG-21-19#3: closure request approved: open-resolved -> closed-implemented
  would record: OIG-21-19#3 decision closure approved (effective 2026-11-28)
  would record: OIG-21-19#3 status open-resolved -> closed-implemented (effective 2026-11-28)
  dry run: nothing was written
$ rectrack return 'OIG-21-19#3' --note "Withdrawn: asked too early"
  OIG-21-19#3: closure request returned
  recorded as change 15

require.approval: closing and moving a target date later go through an
approved request; a first target, or an earlier one, stays free.

$ cat > rectrack.yaml <<'YAML'
> require:
>   approval: true
> YAML
$ cp rectrack.db before.db
$ rectrack status 'OIG-21-19#3' closed-implemented
! rectrack: OIG-21-19#3: closing needs an approved request (require.approval): rectrack request-closure, then rectrack approve
[1]
$ rectrack status 'OIG-21-19#3' closed-not-implemented --note "x"
! rectrack: OIG-21-19#3: closing needs an approved request (require.approval): rectrack request-closure, then rectrack approve
[1]
$ rectrack target 'OIG-21-19#3' 2027-06-30 --note "later"
! rectrack: OIG-21-19#3: moving the target date later (2021-09-30 to 2027-06-30) needs an approved extension (require.approval): rectrack request-extension, then rectrack approve
[1]
$ rectrack rec add OIG-21-19 --text "Closed at issuance" --status closed-implemented --evidence memo
! rectrack: OIG-21-19#5: a recommendation is closed only through an approved request (require.approval): add it open, then rectrack request-closure and rectrack approve (an import records a report closed as it was)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack target 'OIG-21-19#3' 2021-08-31 --note "earlier"
  OIG-21-19#3: target 2021-09-30 -> 2021-08-31
  recorded as change 16
$ rectrack request-extension 'OIG-21-19#3' --target 2027-06-30 --note "Training contract"
  OIG-21-19#3: extension requested: target 2021-08-31 -> 2027-06-30
  recorded as change 17
$ rectrack approve 'OIG-21-19#3'
  OIG-21-19#3: extension request approved: target 2021-08-31 -> 2027-06-30
  recorded as change 18
$ rectrack request-closure 'OIG-21-19#3' --note "Done"
  OIG-21-19#3: closure requested
  recorded as change 19
$ cat > evidence.yaml <<'YAML'
> require:
>   approval: true
>   close_implemented: [evidence]
> YAML
$ cp rectrack.db before.db
$ rectrack --config evidence.yaml approve 'OIG-21-19#3'
! rectrack: OIG-21-19#3: the closure request cites no evidence, and closing as implemented needs evidence (require.close_implemented); return it (rectrack return) and ask again citing the files (rectrack request-closure --evidence HASH)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack approve 'OIG-21-19#3'
  OIG-21-19#3: closure request approved: open-resolved -> closed-implemented
  recorded as change 20
$ rectrack check
  ok: 4 reports, 8 recommendations, 48 events checked, 2 evidence files re-hashed

Voiding: a request answered by a decision waits for the decision's void; a
returned decision voided makes its request pending again; voiding an
approval reopens.

$ rectrack changes --format csv | cut -d, -f1,7 | grep -v import
  change,command [CR]
  2,evidence add OIG-21-19#4 draft.txt signed.pdf --date 2026-11-01 [CR]
  3,evidence add OIG-21-19#1 draft.txt --date 2026-11-01 [CR]
  4,request-closure OIG-21-19#4 --note 'Guidance issued 2026-10-15' --evidence 916047ccbc19c8e68a6b820e241583dfaa33b70dc8efa9c9e1561d62cd129dca --date 2026-11-02 [CR]
  5,return OIG-21-19#4 --note 'The guidance is a draft; send the signed version' --date 2026-11-10 [CR]
  6,request-closure OIG-21-19#4 --note 'Signed guidance attached' --evidence 916047cc --evidence c3fbb3114be255ff9a34e51a6d087377656987cb5e896a3745f777e0a317b731 --date 2026-11-20 [CR]
  7,approve OIG-21-19#4 --note 'Signed guidance reviewed' [CR]
  8,request-extension OIG-21-19#1 --target 2027-03-31 --note 'Contract award slipped' --date 2026-11-01 [CR]
  9,approve OIG-21-19#1 --date 2026-11-15 [CR]
  10,request-closure OIG-21-19#2 --note 'Plan implemented' [CR]
  11,request-extension OIG-21-19#2 --target 2027-01-31 --note 'In case the review finds gaps' [CR]
  12,return OIG-21-19#2 --extension --note 'Not needed: the closure is approved' [CR]
  13,approve OIG-21-19#2 --not-implemented --note 'Superseded by the 2026 realignment' [CR]
  14,request-closure OIG-21-19#3 --note first [CR]
  15,return OIG-21-19#3 --note 'Withdrawn: asked too early' [CR]
  16,target OIG-21-19#3 2021-08-31 --note earlier [CR]
  17,request-extension OIG-21-19#3 --target 2027-06-30 --note 'Training contract' [CR]
  18,approve OIG-21-19#3 [CR]
  19,request-closure OIG-21-19#3 --note Done [CR]
  20,approve OIG-21-19#3 [CR]
$ rectrack void 7 --note "approved by mistake"
  voided change 7: approve OIG-21-19#4 --note 'Signed guidance reviewed' (tester, 2026-11-28T12:00:00Z)
    OIG-21-19#4 closure: none -> approved (effective 2026-11-28)
    OIG-21-19#4 status: open-unresolved -> closed-implemented (effective 2026-11-28)
  OIG-21-19#4: now open-unresolved
  recorded as change 21
$ rectrack pending
  REC          KIND     BY      ON          DAYS  EVIDENCE  TARGET  NOTE
  OIG-21-19#4  closure  tester  2026-11-20     8         2          Signed guidance attached
$ rectrack show 'OIG-21-19#4' | grep -E 'Status|Flags'
  Status:       Open – Unresolved
  Flags:        closure-requested
$ rectrack void 5 --note "returned by mistake"
! rectrack: change 5 cannot be voided: change 6 recorded another closure request of OIG-21-19#4 after it; void change 6 first
[1]
$ rectrack void 6 --note "entered twice"
  voided change 6: request-closure OIG-21-19#4 --note 'Signed guidance attached' --evidence 916047cc --evidence c3fbb3114be255ff9a34e51a6d087377656987cb5e896a3745f777e0a317b731 --date 2026-11-20 (tester, 2026-11-28T12:00:00Z)
    OIG-21-19#4 closure: none -> 916047ccbc19c8e68a6b820e241583dfaa33b70dc8efa9c9e1561d62cd129dca c3fbb3114be255ff9a34e51a6d087377656987cb5e896a3745f777e0a317b731 (effective 2026-11-20)
  OIG-21-19#4: now open-unresolved
  recorded as change 22
$ rectrack void 5 --note "returned by mistake"
  voided change 5: return OIG-21-19#4 --note 'The guidance is a draft; send the signed version' --date 2026-11-10 (tester, 2026-11-28T12:00:00Z)
    OIG-21-19#4 closure: none -> returned (effective 2026-11-10)
  OIG-21-19#4: now open-unresolved
  recorded as change 23
$ rectrack pending
  REC          KIND     BY      ON          DAYS  EVIDENCE  TARGET  NOTE
  OIG-21-19#4  closure  tester  2026-11-02    26         1          Guidance issued 2026-10-15
$ rectrack void 4 --note "x"
  voided change 4: request-closure OIG-21-19#4 --note 'Guidance issued 2026-10-15' --evidence 916047ccbc19c8e68a6b820e241583dfaa33b70dc8efa9c9e1561d62cd129dca --date 2026-11-02 (tester, 2026-11-28T12:00:00Z)
    OIG-21-19#4 closure: none -> 916047ccbc19c8e68a6b820e241583dfaa33b70dc8efa9c9e1561d62cd129dca (effective 2026-11-02)
  OIG-21-19#4: now open-unresolved
  recorded as change 24
$ rectrack void 9 --note "approved by mistake"
  voided change 9: approve OIG-21-19#1 --date 2026-11-15 (tester, 2026-11-28T12:00:00Z)
    OIG-21-19#1 extension: none -> approved (effective 2026-11-15)
    OIG-21-19#1 target_date: 2021-09-30 -> 2027-03-31 (effective 2026-11-15)
  OIG-21-19#1: now open-resolved
  recorded as change 25
$ rectrack show 'OIG-21-19#1' | grep -E '^(Target|First)'
  Target date:  2021-09-30 (overdue)
$ rectrack pending --format csv
  recommendation,kind,requested_by,requested_on,days_waiting,evidence,target,note [CR]
  OIG-21-19#1,extension,tester,2026-11-01,27,,2027-03-31,Contract award slipped [CR]
$ rectrack void 15 --note "withdrawn by mistake"
! rectrack: change 15 cannot be voided: change 19 recorded another closure request of OIG-21-19#3 after it; void change 19 first
[1]
$ rectrack check
  ok: 4 reports, 8 recommendations, 55 events checked, 2 evidence files re-hashed
