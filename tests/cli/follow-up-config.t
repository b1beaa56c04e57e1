The follow_up settings of the configuration (docs/follow-up.md): the
queues' window, the escalation, and what digests are sent as and to.
The example configuration is valid; each mistake is one line naming the
place, and the command does not run.

$ rectrack --config "$SRCDIR/config/rectrack.yaml" --db x.db init
  created x.db (schema version 9)
$ printf 'follow_up:\n  due_within_days: 0\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:20: follow_up.due_within_days: must be a whole number from 1 to 3650, not "0"
[1]
$ printf 'follow_up:\n  due_within_days: 3651\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:20: follow_up.due_within_days: must be a whole number from 1 to 3650, not "3651"
[1]
$ printf 'follow_up:\n  escalate_after_days: -3\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:24: follow_up.escalate_after_days: must be a whole number from 1 to 36500, not "-3"
[1]
$ printf 'follow_up:\n  from: audit follow-up\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:9: follow_up.from: "audit follow-up" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ printf 'follow_up:\n  from: [a@b.gov]\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:9: follow_up.from: must be a single value, not a list
[1]
$ printf 'follow_up:\n  cc: a@b.gov\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:7: follow_up.cc: must be a list of e-mail addresses
[1]
$ printf 'follow_up:\n  cc: [a@b.gov, "x@y"]\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:17: follow_up.cc: "x@y" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ printf 'follow_up:\n  agency_cc: [CBP]\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:15: follow_up.agency_cc: must be a mapping with the keys agency, email
[1]
$ printf 'follow_up:\n  agency_cc:\n    - {agency: CBP}\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:3:7: follow_up.agency_cc: needs both agency and email
[1]
$ printf 'follow_up:\n  agency_cc:\n    - {agency: CBP, email: liaison}\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:3:28: follow_up.agency_cc.email: "liaison" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
$ printf 'follow_up:\n  agency_cc:\n    - {agency: CBP, mail: a@b.gov}\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:3:21: follow_up.agency_cc.mail: unknown key (expected one of agency, email)
[1]
$ printf 'follow_up:\n  agency_cc:\n    - {agency: CBP, agency: DHS, email: a@b.gov}\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:3:21: follow_up.agency_cc.agency: duplicate key (first on line 3)
[1]
$ printf 'follow_up:\n  sendmail:\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:12: follow_up.sendmail: needs a value
[1]
$ printf 'follow_up:\n  remind: yes\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:3: follow_up.remind: unknown key (expected one of due_within_days, escalate_after_days, from, from_name, cc, agency_cc, sendmail)
[1]
$ ls
  c.yaml
  x.db
$ printf 'follow_up:\n  from: a@b.gov\n  from_name: "Evil\\r\\nBcc: e@v.il"\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:3:14: follow_up.from_name: must be one line of text, without control characters
[1]
$ printf 'follow_up:\n  from: "a@b.c>"\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:9: follow_up.from: "a@b.c>" is not an e-mail address (expected local@domain, e.g. jane.doe@agency.gov)
[1]
