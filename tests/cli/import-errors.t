Every fault an import file can hold is refused with FILE:LINE:COLUMN, the
field path, what was found and what is allowed; the database file stays
byte for byte as it was.  Each case: the file, the import, the check.

$ rectrack init >/dev/null
$ rectrack import $SRCDIR/config/examples/port-of-entry.yaml >/dev/null
$ rectrack issuer add gao --kind gao --name "U.S. Government Accountability Office" >/dev/null
$ rectrack agency add FEMA --name "Federal Emergency Management Agency" >/dev/null
$ rectrack check >/dev/null && echo checked
  checked
$ cp rectrack.db before.db
$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: gao\n    issued: 2021-01-01\n    agency: FEMA\n' > h.yaml

Unknown key (a typo must not vanish):

$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t, stauts: open-pending}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:32: reports[0].recommendations[0].stauts: unknown key (expected one of number, text, agency, official, concurrence, status, target_date, original_target_date, resolved_date, closed_date, corrective_action, priority, significant, on_hold, closure_requested, partially_addressed, questioned_cost, unsupported_cost, funds_better_use, potential_savings, disallowed_cost, fbu_agreed, history)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Duplicate key:

$ { cat h.yaml; printf '    title: Again\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:7:5: reports[0].title: duplicate key (first on line 3)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Anchors and aliases:

$ printf 'issuers:\n  - &g {code: gao, name: GAO}\n  - *g\n' > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:2:5: issuers[0]: found an anchor (&g); anchors are not allowed
[1]
$ printf 'issuers:\n  - *g\n' > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:2:5: issuers[0]: found an alias (*g); aliases are not allowed
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A tab where YAML wants spaces, and a syntax error:

$ printf 'reports:\n\t- number: X-1\n' > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:2:1: reports: while scanning for the next token: found character that cannot start any token
[1]
$ printf 'reports:\n  - number: [X-1\n' > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:2:13: reports[0].number: expected a single value, found a list
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A list where text belongs, a mapping where a list belongs:

$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: [a, b]}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:29: reports[0].recommendations[0].text: expected a single value, found a list
[1]
$ { cat h.yaml; printf '    topics: {a: b}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:7:13: reports[0].topics: expected a list of topics, found a mapping
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Impossible dates:

$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: gao\n    issued: 2021-02-29\n    agency: FEMA\n' > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:5:13: reports[0].issued: no such date "2021-02-29" (expected an existing date as YYYY-MM-DD)
[1]

A date that exists but names a fiscal year rectrack does not take (a
year typed wrong) is refused, so every export imports again:

$ printf 'reports:\n  - number: X-1\n    title: A report\n    issuer: gao\n    issued: 1010-01-01\n    agency: FEMA\n' > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:2:5: reports[0]: issued: 1010-01-01 falls in fiscal year 1010 (fiscal years run from 1900 to 9999; check the date)
[1]
$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t, status: open-resolved, target_date: 2021-13-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:68: reports[0].recommendations[0].target_date: no such date "2021-13-01" (expected an existing date as YYYY-MM-DD)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Unknown status, concurrence and type values:

$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t, status: opne}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:40: reports[0].recommendations[0].status: unknown value "opne" (expected one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t, concurrence: agreed}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:45: reports[0].recommendations[0].concurrence: unknown value "agreed" (expected one of pending, concur, partial, non-concur, no-position)
[1]
$ { cat h.yaml; printf '    type: investigation\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:7:11: reports[0].type: unknown value "investigation" (expected one of audit, inspection, evaluation, management-alert, review, other)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A report number twice in one file; a recommendation number twice in one
report:

$ { cat h.yaml; sed 1d h.yaml; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:7:13: reports[1].number: report "X-1" appears twice in this file (first on line 2)
[1]
$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t}\n      - {number: "1", text: u}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:9:18: reports[0].recommendations[1].number: recommendation "1" appears twice in this report (first on line 8)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Money that is not a number:

$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t, questioned_cost: 12.5.1}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:49: reports[0].recommendations[0].questioned_cost: not an amount of dollars: "12.5.1" (expected a number like 1234.56 or "$1,234.56")
[1]
$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t, funds_better_use: lots}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:50: reports[0].recommendations[0].funds_better_use: not an amount of dollars: "lots" (expected a number like 1234.56 or "$1,234.56")
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Invalid UTF-8:

$ { cat h.yaml; printf '    summary: caf\351\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:7:17: byte 118: incomplete UTF-8 octet sequence
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Nesting deeper than the format:

$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: {a: {b: c}}}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:29: reports[0].recommendations[0].text: expected a single value, found a mapping
[1]
$ { cat h.yaml; printf '    topics: [[a]]\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:7:14: reports[0].topics[0]: expected a single value, found a list
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A history that does not end in the recommendation's stated status:

$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        status: closed-implemented\n        history:\n          - {effective: 2021-02-01, kind: status, new: open-unresolved}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:10:17: reports[0].recommendations[0].status: is closed-implemented, but the history ends in open-unresolved
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A new recommendation with a history is in the state the history leaves:
a key that states something else (a closing the history does not make,
another resolution date, concurrence, target date or flag) is refused at
the key, not dropped:

$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        closed_date: 2021-05-01\n        history:\n          - {effective: 2021-03-01, kind: status, new: open-resolved}\n          - {effective: 2021-03-01, kind: target, new: 2021-09-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:10:22: reports[0].recommendations[0].closed_date: 2021-05-01, but the history leaves the recommendation open-resolved (no closing)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        resolved_date: 2021-02-02\n        history:\n          - {effective: 2021-03-01, kind: status, new: open-resolved}\n          - {effective: 2021-03-01, kind: target, new: 2021-09-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:10:24: reports[0].recommendations[0].resolved_date: 2021-02-02, but the history resolves the recommendation on 2021-03-01
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        status: open-pending\n        history:\n          - {effective: 2021-03-01, kind: status, new: open-resolved}\n          - {effective: 2021-03-01, kind: target, new: 2021-09-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:10:17: reports[0].recommendations[0].status: is open-pending, but the history ends in open-resolved
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        status: closed-implemented\n        history:\n          - {effective: 2021-03-01, kind: note, note: n}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:10:17: reports[0].recommendations[0].status: closed-implemented, but the history leaves the recommendation open-pending
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        concurrence: concur\n        history:\n          - {effective: 2021-03-01, kind: status, new: open-resolved}\n          - {effective: 2021-03-01, kind: target, new: 2021-09-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:10:22: reports[0].recommendations[0].concurrence: concur, but the history leaves the concurrence pending
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        target_date: 2021-06-01\n        history:\n          - {effective: 2021-03-01, kind: status, new: open-resolved}\n          - {effective: 2021-03-01, kind: target, new: 2021-09-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:10:22: reports[0].recommendations[0].target_date: 2021-06-01, but the history leaves the target date 2021-09-01
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        original_target_date: 2021-06-01\n        history:\n          - {effective: 2021-03-01, kind: status, new: open-resolved}\n          - {effective: 2021-03-01, kind: target, new: 2021-09-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:10:31: reports[0].recommendations[0].original_target_date: 2021-06-01, but the history leaves the original target date 2021-09-01
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        priority: true\n        history:\n          - {effective: 2021-03-01, kind: status, new: open-resolved}\n          - {effective: 2021-03-01, kind: target, new: 2021-09-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:10:19: reports[0].recommendations[0].priority: true, but the history leaves priority unset
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A fault in the last of several files: the good ones before it are not
written either.

$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t}\n'; } > good.yaml
$ { sed 's/X-1/X-2/' h.yaml; printf '    recommendations:\n      - {number: "1", text: t, status: opne}\n'; } > bad.yaml
$ rectrack import good.yaml bad.yaml
! rectrack: bad.yaml:8:40: reports[0].recommendations[0].status: unknown value "opne" (expected one of open-pending, open-unresolved, open-resolved, closed-implemented, closed-not-implemented)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack import good.yaml | head -2
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
$ rectrack check >/dev/null && echo checked
  checked

Names that would break REPORT#NUMBER or an agency path:

$ cp rectrack.db before.db
$ { sed 's/X-1/X#1/' h.yaml; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:2:5: reports[0]: number: "X#1" cannot contain '#' (it separates report and recommendation in REPORT#NUMBER)
[1]
$ { cat h.yaml; printf '    recommendations:\n      - {number: "*1", text: t}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: number: "*1" cannot contain '#' or start with '*' (they have a meaning in REPORT#NUMBER)
[1]
$ printf 'agencies:\n  - {code: DHS/X, name: X}\n' > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:2:5: agencies[0]: agency code "DHS/X" cannot contain '/' (it separates the steps of a path such as DHS/CBP)
[1]
$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t, agency: A/B}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: agency code "A/B" cannot contain '/' (it separates the steps of a path such as DHS/CBP)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Dates out of order:

$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t, status: open-resolved, target_date: 2021-06-30, original_target_date: 2020-06-30}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: original_target_date 2020-06-30 is before the report was issued (2021-01-01)
[1]
$ { cat h.yaml; printf '    recommendations:\n      - {number: "1", text: t, status: closed-implemented, resolved_date: 2021-05-01, closed_date: 2021-03-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: closed_date 2021-03-01 is before resolved_date 2021-05-01
[1]
$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2027-01-01, kind: note, note: later}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:13: reports[0].recommendations[0].history[0]: effective date 2027-01-01 is after today (2026-11-28)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A field entry names a field kept as text or money:

$ { cat h.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: field, field: bogus, new: x}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:57: reports[0].recommendations[0].history[0].field: unknown value "bogus" (expected one of text, agency, official, corrective_action, questioned_cost, unsupported_cost, funds_better_use, potential_savings, disallowed_cost, fbu_agreed)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A history obeys the rules the commands follow; each case is refused at
the entry (or key) at fault and writes nothing.  A history entry whose
`at` is in the future, or whose actor is empty:

$ printf 'reports:\n  - number: N-1\n    title: A report\n    issuer: gao\n    issued: 2021-01-01\n    agency: FEMA\n' > n.yaml

$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: note, note: n, at: 2026-11-29T00:00:00Z}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:62: reports[0].recommendations[0].history[0].at: 2026-11-29T00:00:00Z is after the time of the import (2026-11-28T12:00:00Z); an entry is recorded in the past
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: note, note: n, actor: " "}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:65: reports[0].recommendations[0].history[0].actor: needs a value (found " "); leave the key out for the importing actor
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A move the lifecycle forbids, from the state the entries before it give
(closed-implemented -> open-pending), a step back without a reason, and an
old value that is not the status before the entry:

$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-01-01, kind: issued}\n          - {effective: 2021-02-01, kind: status, old: open-pending, new: closed-implemented, note: done}\n          - {effective: 2021-03-01, kind: status, old: closed-implemented, new: open-pending, note: again}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:13:13: reports[0].recommendations[0].history[2]: N-1#1: cannot move from closed-implemented to open-pending; allowed: open-unresolved, open-resolved
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: status, new: closed-not-implemented}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:13: reports[0].recommendations[0].history[0]: N-1#1: moving from open-pending to closed-not-implemented needs a reason (the entry's note)
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: status, old: open-resolved, new: open-unresolved}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:13: reports[0].recommendations[0].history[0]: old is open-resolved, but the status before this entry is open-pending
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

An issued entry is the first of the history, on the report's issue date,
with no old value; without `new` it is issued open-pending:

$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: issued}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:13: reports[0].recommendations[0].history[0]: an issued entry is effective on the report's issue date (2021-01-01), not 2021-02-01
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-01-01, kind: note, note: n}\n          - {effective: 2021-01-01, kind: issued}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:12:13: reports[0].recommendations[0].history[1]: the recommendation is issued already; an issued entry can only be the first of its history
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-01-01, kind: issued, old: open-pending}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:56: reports[0].recommendations[0].history[0].old: an issued entry has no old value (the recommendation did not exist before)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A field entry whose value the field refuses: a negative amount, an
agency nobody declared, an empty text, an old value that is not what the
previous change set, a text the recommendation's key contradicts, an
amount that breaks the rule of the management decision:

$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: field, field: questioned_cost, new: "-5"}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:79: reports[0].recommendations[0].history[0].new: not an amount of dollars: "-5" (expected e.g. 1234.56)
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: field, field: agency, old: FEMA, new: NOPE}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:13: reports[0].recommendations[0].history[0]: new: no agency "NOPE" (declare it under agencies:)
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: field, field: text, old: s, new: ""}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:13: reports[0].recommendations[0].history[0]: new: a recommendation's text cannot be empty
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: u\n        history:\n          - {effective: 2021-02-01, kind: field, field: text, old: s, new: t}\n          - {effective: 2021-03-01, kind: field, field: text, old: s, new: u}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:12:13: reports[0].recommendations[0].history[1]: old is "s", but the latest text change before this entry set "t"
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: field, field: text, old: s, new: u}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: text: is "t", but the latest text entry of the history (line 11) sets "u"
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        disallowed_cost: 200\n        history:\n          - {effective: 2021-02-01, kind: field, field: questioned_cost, new: "100"}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: disallowed_cost $200.00 is more than questioned_cost $100.00 (the costs disallowed are a part of the costs questioned)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

An entry whose field contradicts its kind, a note carrying values:

$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: concurrence, field: status, new: concur}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:63: reports[0].recommendations[0].history[0].field: a concurrence entry changes concurrence, not "status"
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: target, field: closed_date, new: 2021-05-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:58: reports[0].recommendations[0].history[0].field: a target entry changes target_date, not "closed_date"
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: note, old: a, new: b, note: n}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:54: reports[0].recommendations[0].history[0].old: a note entry changes nothing and carries no old or new value (the remark goes in "note")
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Entries that change nothing, or what a command refuses: the same
concurrence again, a target date on a closed recommendation, a changed
target date without a reason, on hold while closed:

$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: concurrence, new: pending}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:13: reports[0].recommendations[0].history[0]: changes nothing: the concurrence is already pending
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        status: closed-implemented\n        history:\n          - {effective: 2021-02-01, kind: status, new: closed-implemented}\n          - {effective: 2021-03-01, kind: target, new: 2021-09-30}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:13:13: reports[0].recommendations[0].history[1]: N-1#1: is closed-implemented; a closed recommendation takes no target date (reopen it first)
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: target, new: 2021-09-30}\n          - {effective: 2021-03-01, kind: target, new: 2021-12-31}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:12:13: reports[0].recommendations[0].history[1]: N-1#1: changing the target date from 2021-09-30 to 2021-12-31 needs a reason (the entry's note)
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        status: closed-implemented\n        history:\n          - {effective: 2021-02-01, kind: status, new: closed-implemented}\n          - {effective: 2021-03-01, kind: flag, field: on_hold, new: "yes"}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:13:13: reports[0].recommendations[0].history[1]: N-1#1: is closed-implemented; only an open recommendation can be on hold
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A history that closes a recommendation on hold without lifting the hold
that day: the error says so (the file itself never sets on_hold):

$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        status: closed-implemented\n        history:\n          - {effective: 2021-02-01, kind: flag, field: on_hold, old: "no", new: "yes"}\n          - {effective: 2021-03-01, kind: status, new: closed-implemented}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:13:13: reports[0].recommendations[0].history[1]: N-1#1: closes the recommendation while on_hold is set; closing clears it: add {kind: flag, field: on_hold, old: yes, new: no} on 2021-03-01
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A closed recommendation with a resolved_date but no closed_date: the
closing cannot be dated (the issue date would come before the
resolution):

$ { cat n.yaml; printf '    recommendations:\n      - {number: "1", text: t, status: closed-implemented, resolved_date: 2021-03-01}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: closed_date: a closed-implemented recommendation with a resolved_date (2021-03-01) needs its closed_date: the closing cannot be dated before the resolution
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A resolution on the issue date orders before a closing on that day, so
that file is taken, both on the issue date:

$ { cat n.yaml; printf '    recommendations:\n      - {number: "1", text: t, status: closed-implemented, resolved_date: 2021-01-01}\n'; } > f.yaml
$ rectrack --db same-day.db init >/dev/null && rectrack --db same-day.db import --create-missing f.yaml >/dev/null
$ rectrack --db same-day.db history 'N-1#1'
  EFFECTIVE   ACTOR   KIND    FIELD   OLD            NEW                 NOTE           CHANGE  VOIDED BY
  2021-01-01  tester  issued  status                 open-pending        import f.yaml       1
  2021-01-01  tester  status  status  open-pending   open-resolved       import f.yaml       1
  2021-01-01  tester  status  status  open-resolved  closed-implemented  import f.yaml       1
$ rectrack --db same-day.db check
  ok: 1 report, 1 recommendation, 3 events checked

open-resolved needs a target date, as `rec add --status open-resolved`
and `status REC open-resolved` ask for one, whether the file states the
status or a history ends there:

$ { cat n.yaml; printf '    recommendations:\n      - {number: "1", text: t, status: open-resolved}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: status: N-1#1: moving to open-resolved needs a target date (--target)
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        history:\n          - {effective: 2021-02-01, kind: status, new: open-resolved}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: status: N-1#1: is open-resolved without a target date; give target_date (open-resolved needs one, as with rectrack status)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

The same with the dates in order and the hold lifted on the day of
closing is imported, and the check finds nothing:

$ { cat n.yaml; printf '    recommendations:\n      - number: "1"\n        text: t\n        status: closed-implemented\n        history:\n          - {effective: 2021-02-01, kind: flag, field: on_hold, old: "no", new: "yes"}\n          - {effective: 2021-03-01, kind: status, new: closed-implemented}\n          - {effective: 2021-03-01, kind: flag, field: on_hold, old: "yes", new: "no"}\n      - {number: "2", text: t, status: closed-implemented, resolved_date: 2021-03-01, closed_date: 2021-04-01}\n      - {number: "3", text: t, status: open-resolved, target_date: 2021-12-31}\n      - number: "4"\n        text: t\n        history:\n          - {effective: 2021-01-01, kind: issued}\n'; } > f.yaml
$ rectrack import f.yaml
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 4 new, 0 changed, 0 unchanged
  events: 11
  recorded as change 3
$ rectrack check
  ok: 6 reports, 13 recommendations, 35 events checked

An issued entry without `new` is issued open-pending, and recorded so:

$ rectrack history 'N-1#4' --format csv | cut -d, -f4-7
  kind,field,old,new
  issued,status,,open-pending

A recorded recommendation: a new entry may not move it where the
lifecycle forbids (N-1#2 is closed-implemented since 2021-04-01), nor go
before its latest recorded change, and a closed recommendation takes no
target date:

$ rectrack export > before.yaml
$ { cat n.yaml; printf '    recommendations:\n      - number: "2"\n        text: t\n        history:\n          - {effective: 2021-07-01, kind: status, new: open-pending, note: back}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:13: reports[0].recommendations[0].history[0]: N-1#2: cannot move from closed-implemented to open-pending; allowed: open-unresolved, open-resolved
[1]
$ { cat n.yaml; printf '    recommendations:\n      - number: "2"\n        text: t\n        history:\n          - {effective: 2021-03-15, kind: status, new: open-unresolved, note: reopened}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:11:13: reports[0].recommendations[0].history[0]: effective date 2021-03-15 is before the latest recorded change (2021-04-01)
[1]
$ { cat n.yaml; printf '    recommendations:\n      - {number: "2", text: t, target_date: 2021-12-31}\n'; } > f.yaml
$ rectrack import f.yaml
! rectrack: f.yaml:8:9: reports[0].recommendations[0]: target_date: N-1#2: is closed-implemented; a closed recommendation takes no target date (reopen it first)
[1]
$ rectrack export | cmp - before.yaml && echo unchanged
  unchanged

Reopened with a target date, the target date follows the reopening:

$ { cat n.yaml; printf '    recommendations:\n      - {number: "2", text: t, status: open-unresolved, target_date: 2027-03-31}\n'; } > f.yaml
$ rectrack import f.yaml | sed -n 3p
  events: 2
$ rectrack history 'N-1#2' --format csv | cut -d, -f1,4-7 | tail -2
  2026-11-28,status,status,closed-implemented,open-unresolved
  2026-11-28,target,target_date,,2027-03-31
$ rectrack check >/dev/null && echo checked
  checked
$ rectrack export > again.yaml
$ rectrack --db two.db init >/dev/null
$ rectrack --db two.db import again.yaml | sed -n 3p
  events: 37
$ rectrack --db two.db check >/dev/null && echo checked
  checked

Exports write both the keys and the history, which agree: a YAML and a
JSON export of closed, reopened and resolved recommendations import
into a fresh database and export the same, and importing them again
writes nothing.

$ grep -E '^ +status: ' again.yaml | sort | uniq -c
        1     status: closed-implemented
        6     status: open-pending
        4     status: open-resolved
        2     status: open-unresolved
$ grep -c 'old: closed-implemented' again.yaml
  1
$ rectrack export --format json > again.json
$ rectrack --db three.db init >/dev/null
$ rectrack --db three.db import again.json | sed -n 3p
  events: 37
$ rectrack --db three.db check >/dev/null && echo checked
  checked
$ grep -v '"\(change\|seq\|voids\)": ' again.json > again.json.kept
$ rectrack --db three.db export --format json | grep -v '"\(change\|seq\|voids\)": ' | cmp - again.json.kept && echo "same but the places in the history"
  same but the places in the history
$ grep -v '^ *\(change\|seq\|voids\): ' again.yaml > again.yaml.kept
$ rectrack --db two.db export | grep -v '^ *\(change\|seq\|voids\): ' | cmp - again.yaml.kept && echo "same but the places in the history"
  same but the places in the history
$ rectrack --db three.db import again.yaml | sed -n 3p
  events: 0
$ rectrack --db two.db import again.json | sed -n 3p
  events: 0
$ rectrack import again.yaml again.json | sed -n 3p
  events: 0
$ rectrack --db three.db check >/dev/null && echo checked
  checked
