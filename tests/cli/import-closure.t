Importing evidence, closure and extension requests and their
decisions (docs/import-format.md): an import obeys the rules the
commands that record them obey, but not the configuration's require.*
settings (it records what happened in the source).  Every refusal names
the entry (FILE:LINE:COL) and leaves the database as it was.

The first lines of each file: one recommendation, resolved with a
target date.

The evidence files the entries cite, in the folder export
--with-evidence writes (evidence-travel.t): an evidence entry is
imported only with its bytes.

$ mkdir ev
$ printf 'certification log\n' > ev/7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9
$ printf 'completed log\n' > ev/015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2

$ rectrack init >/dev/null
$ cat > head.yaml <<'EOF'
> version: 1
> issuers:
>   - {code: dhs-oig, name: DHS Office of Inspector General, kind: oig}
> agencies:
>   - {code: CBP, name: U.S. Customs and Border Protection}
> reports:
>   - number: OIG-21-19
>     title: Canine program
>     issuer: dhs-oig
>     issued: 2021-02-08
>     agency: CBP
>     recommendations:
>       - number: "4"
>         text: Track canine team certifications.
>         history:
>           - {effective: 2021-02-08, kind: issued, new: open-unresolved}
>           - {effective: 2021-03-01, kind: status, new: open-resolved, note: plan agreed}
>           - {effective: 2021-03-01, kind: target, new: 2021-12-31}
> EOF
$ cp rectrack.db before.db

Evidence: the file's name in field, its SHA-256 in new (attached) or
old (detached).

$ cat head.yaml - > e-noname.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: evidence, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9}
> EOF
$ rectrack import e-noname.yaml --evidence ev
! rectrack: e-noname.yaml:19:13: reports[0].recommendations[0].history[3]: an evidence entry needs "field" (the file's name)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > e-slash.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: evidence, field: logs/cert.pdf, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9}
> EOF
$ rectrack import e-slash.yaml --evidence ev
! rectrack: e-slash.yaml:19:60: reports[0].recommendations[0].history[3].field: not a file name: "logs/cert.pdf" (1 to 255 bytes, no '/' and no control characters)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > e-upper.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: evidence, field: cert.pdf, new: 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF}
> EOF
$ rectrack import e-upper.yaml --evidence ev
! rectrack: e-upper.yaml:19:75: reports[0].recommendations[0].history[3].new: not a SHA-256 hash: "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF" (expected 64 lowercase hex digits)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > e-short.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: evidence, field: cert.pdf, new: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde}
> EOF
$ rectrack import e-short.yaml --evidence ev
! rectrack: e-short.yaml:19:75: reports[0].recommendations[0].history[3].new: not a SHA-256 hash: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde" (expected 64 lowercase hex digits)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > e-both.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: evidence, field: cert.pdf, old: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9}
> EOF
$ rectrack import e-both.yaml --evidence ev
! rectrack: e-both.yaml:19:146: reports[0].recommendations[0].history[3].new: an evidence entry has the file's hash in "new" (attached) or in "old" (detached), not both
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > e-none.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: evidence, field: cert.pdf}
> EOF
$ rectrack import e-none.yaml --evidence ev
! rectrack: e-none.yaml:19:13: reports[0].recommendations[0].history[3]: an evidence entry has the file's hash in "new" (attached) or in "old" (detached), not both
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

Detaching needs a reason, and only what is attached under that name
is detached.

$ cat head.yaml - > e-noreason.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: evidence, field: cert.pdf, old: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9}
> EOF
$ rectrack import e-noreason.yaml --evidence ev
! rectrack: e-noreason.yaml:19:13: reports[0].recommendations[0].history[3]: detaching evidence needs a reason (the entry's note)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > e-notattached.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: evidence, field: cert.pdf, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9}
>           - {effective: 2022-05-02, kind: evidence, field: other.pdf, old: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9, note: wrong file}
> EOF
$ rectrack import e-notattached.yaml --evidence ev
! rectrack: e-notattached.yaml:20:13: reports[0].recommendations[0].history[4]: OIG-21-19#4: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9 is not attached as "other.pdf"; only attached evidence can be detached
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > e-twice.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: evidence, field: cert.pdf, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9}
>           - {effective: 2022-05-02, kind: evidence, field: cert.pdf, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9}
> EOF
$ rectrack import e-twice.yaml --evidence ev
! rectrack: e-twice.yaml:20:13: reports[0].recommendations[0].history[4]: changes nothing: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9 is attached to OIG-21-19#4 as "cert.pdf" already
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

Requests: field closure or extension, with their text or reason.

$ cat head.yaml - > r-nofield.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, note: done}
> EOF
$ rectrack import r-nofield.yaml --evidence ev
! rectrack: r-nofield.yaml:19:13: reports[0].recommendations[0].history[3]: a request needs "field" (expected one of closure, extension)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > r-field.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: reopen, note: done}
> EOF
$ rectrack import r-field.yaml --evidence ev
! rectrack: r-field.yaml:19:59: reports[0].recommendations[0].history[3].field: unknown value "reopen" (expected one of closure, extension)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > r-nonote.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure}
> EOF
$ rectrack import r-nonote.yaml --evidence ev
! rectrack: r-nonote.yaml:19:13: reports[0].recommendations[0].history[3]: a closure request needs its text (the entry's note)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > r-old.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure, old: x, note: done}
> EOF
$ rectrack import r-old.yaml --evidence ev
! rectrack: r-old.yaml:19:73: reports[0].recommendations[0].history[3].old: a closure request has no old value (the cited evidence goes in "new")
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > r-hashes.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure, new: "7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9  015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2", note: done}
> EOF
$ rectrack import r-hashes.yaml --evidence ev
! rectrack: r-hashes.yaml:19:73: reports[0].recommendations[0].history[3].new: not a list of SHA-256 hashes: "7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9  015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2" (expected 64 lowercase hex digits each, separated by single spaces)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

A closure request cites evidence attached to the recommendation.

$ cat head.yaml - > r-cites.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure, new: 015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2, note: done}
> EOF
$ rectrack import r-cites.yaml --evidence ev
! rectrack: r-cites.yaml:19:13: reports[0].recommendations[0].history[3]: OIG-21-19#4: cites 015c77fa93d5ac15db3677f98be1c12b69b9860df45e5a6707169548525870c2, which is not evidence attached to it (attach it with an evidence entry first)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > x-nonew.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: extension, note: vendor delay}
> EOF
$ rectrack import x-nonew.yaml --evidence ev
! rectrack: x-nonew.yaml:19:13: reports[0].recommendations[0].history[3]: an extension request needs "new" (the target date asked for, as YYYY-MM-DD)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > x-date.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: extension, new: 2022-02-30, note: vendor delay}
> EOF
$ rectrack import x-date.yaml --evidence ev
! rectrack: x-date.yaml:19:75: reports[0].recommendations[0].history[3].new: no such date "2022-02-30" (expected an existing date as YYYY-MM-DD)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > x-old.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: extension, old: 2021-11-30, new: 2022-06-30, note: vendor delay}
> EOF
$ rectrack import x-old.yaml --evidence ev
! rectrack: x-old.yaml:19:13: reports[0].recommendations[0].history[3]: old is 2021-11-30, but the target date before this entry is 2021-12-31
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > x-earlier.yaml <<'EOF'
>           - {effective: 2021-05-01, kind: request, field: extension, new: 2021-10-31, note: vendor delay}
> EOF
$ rectrack import x-earlier.yaml --evidence ev
! rectrack: x-earlier.yaml:19:13: reports[0].recommendations[0].history[3]: OIG-21-19#4: an extension asks for a date after the target date 2021-12-31, not 2021-10-31
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

One request of a field at a time.

$ cat head.yaml - > r-pending.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure, note: done}
>           - {effective: 2022-05-02, kind: request, field: closure, note: again}
> EOF
$ rectrack import r-pending.yaml --evidence ev
! rectrack: r-pending.yaml:20:13: reports[0].recommendations[0].history[4]: OIG-21-19#4: has a closure request pending already (it needs a decision first)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

Decisions: approved or returned, a reason to return, and only for a
pending request of their field.

$ cat head.yaml - > d-none.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: decision, field: closure, new: approved}
>           - {effective: 2022-05-01, kind: status, new: closed-implemented}
> EOF
$ rectrack import d-none.yaml --evidence ev
! rectrack: d-none.yaml:19:13: reports[0].recommendations[0].history[3]: OIG-21-19#4: has no pending closure request
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > d-otherfield.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: extension, new: 2022-06-30, note: vendor delay}
>           - {effective: 2022-05-02, kind: decision, field: closure, new: returned, note: no}
> EOF
$ rectrack import d-otherfield.yaml --evidence ev
! rectrack: d-otherfield.yaml:20:13: reports[0].recommendations[0].history[4]: OIG-21-19#4: has no pending closure request
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > d-new.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure, note: done}
>           - {effective: 2022-05-02, kind: decision, field: closure, new: maybe}
> EOF
$ rectrack import d-new.yaml --evidence ev
! rectrack: d-new.yaml:20:74: reports[0].recommendations[0].history[4].new: unknown value "maybe" (expected one of approved, returned)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > d-noreason.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure, note: done}
>           - {effective: 2022-05-02, kind: decision, field: closure, new: returned}
> EOF
$ rectrack import d-noreason.yaml --evidence ev
! rectrack: d-noreason.yaml:20:13: reports[0].recommendations[0].history[4]: returning a request needs a reason (the entry's note)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > d-twice.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure, note: done}
>           - {effective: 2022-05-02, kind: decision, field: closure, new: returned, note: incomplete}
>           - {effective: 2022-05-03, kind: decision, field: closure, new: returned, note: again}
> EOF
$ rectrack import d-twice.yaml --evidence ev
! rectrack: d-twice.yaml:21:13: reports[0].recommendations[0].history[5]: OIG-21-19#4: has no pending closure request
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

An approved closure is followed on the same day by the status entry
that closes; an approved extension by the target entry to the date
asked for.

$ cat head.yaml - > d-noclose.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure, note: done}
>           - {effective: 2022-05-02, kind: decision, field: closure, new: approved}
> EOF
$ rectrack import d-noclose.yaml --evidence ev
! rectrack: d-noclose.yaml:20:13: reports[0].recommendations[0].history[4]: an approved closure is followed, on the same day, by the status entry that closes OIG-21-19#4 (kind: status, new: closed-implemented or closed-not-implemented)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > d-laterclose.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: request, field: closure, note: done}
>           - {effective: 2022-05-02, kind: decision, field: closure, new: approved}
>           - {effective: 2022-05-03, kind: status, new: closed-implemented}
> EOF
$ rectrack import d-laterclose.yaml --evidence ev
! rectrack: d-laterclose.yaml:20:13: reports[0].recommendations[0].history[4]: an approved closure is followed, on the same day, by the status entry that closes OIG-21-19#4 (kind: status, new: closed-implemented or closed-not-implemented)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

$ cat head.yaml - > d-target.yaml <<'EOF'
>           - {effective: 2021-11-01, kind: request, field: extension, new: 2022-06-30, note: vendor delay}
>           - {effective: 2021-11-02, kind: decision, field: extension, new: approved}
>           - {effective: 2021-11-02, kind: target, new: 2022-03-31, note: approved}
> EOF
$ rectrack import d-target.yaml --evidence ev
! rectrack: d-target.yaml:20:13: reports[0].recommendations[0].history[4]: an approved extension is followed, on the same day, by the target entry to the date asked for (kind: target, new: 2022-06-30)
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

A request on a closed recommendation is refused.

$ cat head.yaml - > r-closed.yaml <<'EOF'
>           - {effective: 2022-05-01, kind: status, new: closed-implemented}
>           - {effective: 2022-05-02, kind: request, field: closure, note: done}
> EOF
$ rectrack import r-closed.yaml --evidence ev
! rectrack: r-closed.yaml:20:13: reports[0].recommendations[0].history[4]: OIG-21-19#4: is closed-implemented; only an open recommendation takes a closure request
[1]
$ cmp rectrack.db before.db && echo unchanged # sqlite-only
  unchanged

A voided request no longer waits for a decision, so another may be
made; and the whole cycle imports: an extension requested and approved
(the target entry the approval records needs no note of its own: the
request gave the reason), evidence attached, a closure requested,
returned, requested again and approved.

$ sed 's/, new: open-unresolved}/, new: open-unresolved, seq: 1}/; s/plan agreed}/plan agreed, seq: 2}/; s/2021-12-31}/2021-12-31, seq: 3}/' head.yaml > seq.yaml
$ cat seq.yaml - > cycle.yaml <<'EOF'
>           - {effective: 2021-11-15, kind: request, field: extension, old: 2021-12-31, new: 2022-06-30, note: vendor delay, actor: liaison, seq: 4}
>           - {effective: 2021-11-16, kind: void, voids: 4, note: wrong date, actor: liaison, seq: 5}
>           - {effective: 2021-11-16, kind: request, field: extension, old: 2021-12-31, new: 2022-06-30, note: vendor delay, actor: liaison, seq: 6}
>           - {effective: 2021-11-20, kind: decision, field: extension, new: approved, actor: boss, seq: 7}
>           - {effective: 2021-11-20, kind: target, old: 2021-12-31, new: 2022-06-30, actor: boss, seq: 8}
>           - {effective: 2022-05-01, kind: evidence, field: cert-log.pdf, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9, actor: liaison, seq: 9}
>           - {effective: 2022-05-02, kind: request, field: closure, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9, note: all teams certified, actor: liaison, seq: 10}
>           - {effective: 2022-05-10, kind: decision, field: closure, new: returned, note: log incomplete, actor: boss, seq: 11}
>           - {effective: 2022-06-01, kind: request, field: closure, new: 7c8c7cb9144981c91af344a0ad92e1f172b05552c0f7eb5f334490fefd17c4f9, note: log completed, actor: liaison, seq: 12}
>           - {effective: 2022-06-10, kind: decision, field: closure, new: approved, actor: boss, seq: 13}
>           - {effective: 2022-06-10, kind: status, new: closed-implemented, note: approved, actor: boss, seq: 14}
> EOF
$ rectrack import cycle.yaml --evidence ev
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 14
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed
  evidence files: 1 stored
  recorded as change 1
$ rectrack history 'OIG-21-19#4' | cut -c1-48
  EFFECTIVE   ACTOR    KIND      FIELD         OLD
  2021-02-08  tester   issued    status           
  2021-03-01  tester   status    status           
  2021-03-01  tester   target    target_date      
  2021-11-15  liaison  request   extension     202
  2021-11-16  liaison  void                       
  2021-11-16  liaison  request   extension     202
  2021-11-20  boss     decision  extension        
  2021-11-20  boss     target    target_date   202
  2022-05-01  liaison  evidence  cert-log.pdf     
  2022-05-02  liaison  request   closure          
  2022-05-10  boss     decision  closure          
  2022-06-01  liaison  request   closure          
  2022-06-10  boss     decision  closure          
  2022-06-10  boss     status    status           
$ rectrack export > one.yaml
$ rectrack --db two.db init >/dev/null
$ rectrack --db two.db import one.yaml --evidence ev | tail -1
  recorded as change 1
$ rectrack --db two.db export > two.yaml
$ diff one.yaml two.yaml && echo same
  same
$ rectrack seal | cut -d" " -f2 > one.seal
$ rectrack --db two.db seal | cut -d" " -f2 | cmp - one.seal && echo same head
  same head
