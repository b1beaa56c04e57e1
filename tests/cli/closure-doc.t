The worked example of docs/closure.md, as printed there: OIG-21-19#4 from
a first target date through an extension, evidence, a returned closure
request and its approval, with both approval switches on.  The agency's
liaison is `liaison`, the follow-up office `followup` (several --actor
names: SQLite only; tests/pg/roles.t.sh runs the cycle on PostgreSQL).

$ rectrack init >/dev/null
$ rectrack --actor followup import "$SRCDIR/config/examples/port-of-entry.yaml" >/dev/null
$ printf 'require:\n  approval: true\n  separate_approver: true\n' > rectrack.yaml
$ printf 'Canine Program guidance (draft)\n' > guidance-draft.pdf
$ printf 'CBP Directive 4310-02, signed 2026-11-18\n' > directive-4310-02.pdf
$ rectrack --actor liaison target 'OIG-21-19#4' 2026-09-30 --date 2026-03-02
  OIG-21-19#4: target 2026-09-30
  recorded as change 2
$ rectrack --actor liaison request-extension 'OIG-21-19#4' --target 2026-12-31 --note "Guidance in CBP legal review" --date 2026-09-15
  OIG-21-19#4: extension requested: target 2026-09-30 -> 2026-12-31
  recorded as change 3
$ rectrack --actor followup approve 'OIG-21-19#4' --date 2026-09-20 --note "Agreed: legal review scheduled"
  OIG-21-19#4: extension request approved: target 2026-09-30 -> 2026-12-31
  recorded as change 4
$ rectrack --actor liaison status 'OIG-21-19#4' closed-implemented
! rectrack: OIG-21-19#4: closing needs an approved request (require.approval): rectrack request-closure, then rectrack approve
[1]
$ rectrack --actor liaison evidence add 'OIG-21-19#4' guidance-draft.pdf --date 2026-11-02
  attached guidance-draft.pdf to OIG-21-19#4: evidence a5a5d5499de3, 32 bytes, application/pdf
  recorded as change 5
$ rectrack --actor liaison request-closure 'OIG-21-19#4' --note "Canine Program guidance issued" --evidence a5a5d549 --date 2026-11-02
  OIG-21-19#4: closure requested, citing 1 evidence file
  recorded as change 6
$ rectrack pending
  REC          KIND     BY       ON          DAYS  EVIDENCE  TARGET  NOTE
  OIG-21-19#4  closure  liaison  2026-11-02    26         1          Canine Program guidance issued
$ rectrack --actor followup return 'OIG-21-19#4' --note "The guidance attached is a draft; send the signed directive" --date 2026-11-10
  OIG-21-19#4: closure request returned
  recorded as change 7
$ rectrack --actor liaison evidence add 'OIG-21-19#4' directive-4310-02.pdf --date 2026-11-20
  attached directive-4310-02.pdf to OIG-21-19#4: evidence 4d907bd14860, 41 bytes, application/pdf
  recorded as change 8
$ rectrack evidence list 'OIG-21-19#4'
  HASH                                                              NAME                   SIZE  MEDIA TYPE       REC          ADDED BY  DATE
  a5a5d5499de35cda272ac0510c069c49cd1385ef3924cee3327f64617c903edc  guidance-draft.pdf     32    application/pdf  OIG-21-19#4  liaison   2026-11-02
  4d907bd148609914752258685a207b3f60befc38edfee74c44823ec29f20bae5  directive-4310-02.pdf  41    application/pdf  OIG-21-19#4  liaison   2026-11-20
$ rectrack --actor liaison request-closure 'OIG-21-19#4' --note "Signed directive CBP 4310-02 attached" --evidence 4d907bd1 --date 2026-11-20
  OIG-21-19#4: closure requested, citing 1 evidence file
  recorded as change 9
$ rectrack --actor liaison approve 'OIG-21-19#4'
! rectrack: OIG-21-19#4: liaison asked for this closure; someone else must approve it (require.separate_approver); rectrack return withdraws it
[1]
$ rectrack --actor followup approve 'OIG-21-19#4' --note "Directive reviewed: guidance standardized"
  OIG-21-19#4: closure request approved: open-unresolved -> closed-implemented
  recorded as change 10
$ rectrack history 'OIG-21-19#4' | cut -c1-100 | sed 's/ *$//'
  EFFECTIVE   ACTOR     KIND         FIELD                  OLD              NEW
  2021-02-08  followup  issued       status                                  open-pending
  2021-02-08  followup  concurrence  concurrence            pending          concur
  2021-02-08  followup  status       status                 open-pending     open-unresolved
  2026-03-02  liaison   target       target_date                             2026-09-30
  2026-09-15  liaison   request      extension              2026-09-30       2026-12-31
  2026-09-20  followup  decision     extension                               approved
  2026-09-20  followup  target       target_date            2026-09-30       2026-12-31
  2026-11-02  liaison   evidence     guidance-draft.pdf                      a5a5d5499de35cda272ac0510
  2026-11-02  liaison   request      closure                                 a5a5d5499de35cda272ac0510
  2026-11-10  followup  decision     closure                                 returned
  2026-11-20  liaison   evidence     directive-4310-02.pdf                   4d907bd148609914752258685
  2026-11-20  liaison   request      closure                                 4d907bd148609914752258685
  2026-11-28  followup  decision     closure                                 approved
  2026-11-28  followup  status       status                 open-unresolved  closed-implemented
$ rectrack show 'OIG-21-19#4' | grep -E '^(Status|Target|First|Evidence|  )'
  Status:       Closed – Implemented
  Target date:  2026-12-31
  First target: 2026-09-30
  Evidence:     guidance-draft.pdf (32 bytes, a5a5d5499de3, added by liaison on 2026-11-02)
                directive-4310-02.pdf (41 bytes, 4d907bd14860, added by liaison on 2026-11-20)
$ rectrack closure-log --period 2027H1
  Closure log 2027H1
  Recommendations closed from 2026-10-01 to 2027-03-31: who asked for each closing, who approved it (direct: closed without a request) and the evidence the request cited.
  
  Closures
  ID           CLOSED AS           CLOSED ON   REQUESTER  APPROVER  EVIDENCE                                                          CHANGE
  OIG-21-19#4  closed-implemented  2026-11-28  liaison    followup  4d907bd148609914752258685a207b3f60befc38edfee74c44823ec29f20bae5      10
$ rectrack check
  ok: 4 reports, 8 recommendations, 34 events checked, 2 evidence files re-hashed
