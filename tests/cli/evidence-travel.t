Evidence travels with an export: export --with-evidence DIR writes each
file the exported history cites into DIR, named by its full SHA-256, and
import --evidence DIR stores the bytes an evidence entry needs from
there.  An import never records an evidence entry whose bytes the
database does not have, and check names such an entry.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-21-19 --title "CBP Canine Program" --issued 2021-02-08 --agency CBP >/dev/null
$ rectrack rec add OIG-21-19 --text "Improve oversight of the Canine Program." >/dev/null
$ rectrack rec add OIG-21-19 --text "Provide proper training capabilities." >/dev/null
$ printf 'corrective action plan, signed\n' > plan.pdf
$ printf 'date,site\n2026-10-01,El Paso\n' > visits.csv
$ printf 'training roster\n' > roster.txt
$ rectrack evidence add 'OIG-21-19#1' plan.pdf visits.csv --date 2026-11-01 >/dev/null
$ rectrack evidence add 'OIG-21-19#2' roster.txt plan.pdf >/dev/null

The export and its folder: one file per hash, however many entries cite
it.

$ rectrack export --output one.yaml --with-evidence ev
! rectrack: wrote 2 recommendations (1 report) to one.yaml
$ ls ev
  88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3
  cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f
  ff440a13d505b2464839fe120746a17e48efe8ec5cf8a59aa9ba165a85b8c0f6
$ cmp ev/$(sha256sum plan.pdf | cut -c1-64) plan.pdf && echo same
  same

Into an empty database: the same list, the same bytes, the same head
of the chain.

$ rectrack --db two.db init >/dev/null
$ rectrack --db two.db import one.yaml --evidence ev
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 2 new, 0 changed, 0 unchanged
  events: 6
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed
  evidence files: 3 stored
  recorded as change 1
$ rectrack evidence list --format csv > one.csv
$ rectrack --db two.db evidence list --format csv | cmp - one.csv && echo same list
  same list
$ for h in $(ls ev); do rectrack --db two.db evidence get $h | cmp - ev/$h || echo differ; done
$ rectrack --db two.db evidence get cab3a0ee | cmp - plan.pdf && echo same
  same
$ rectrack seal | cut -d" " -f2 > one.seal
$ rectrack --db two.db seal | cut -d" " -f2 | cmp - one.seal && echo same head
  same head
$ rectrack --db two.db check | tail -1
  ok: 1 report, 2 recommendations, 6 events checked, 3 evidence files re-hashed

A second export into the same folder leaves the files there alone; one
with the wrong bytes under a hash's name is replaced.

$ printf 'forged\n' > ev/$(sha256sum roster.txt | cut -c1-64)
$ rectrack export --output one.yaml --force --with-evidence ev
! rectrack: wrote 2 recommendations (1 report) to one.yaml
$ cmp ev/$(sha256sum roster.txt | cut -c1-64) roster.txt && echo same
  same
$ ls -a ev | grep -c tmp
  0
[1]

As of a day, only the files the exported entries cite.

$ rectrack export --as-of 2026-11-15 --output then.yaml --with-evidence then
! rectrack: wrote 2 recommendations (1 report) to then.yaml
$ ls then
  88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3
  cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f

Refusals of export: a folder that is a file, or that cannot be created;
--with-evidence with a flat format.

$ rectrack export --output x.yaml --with-evidence one.csv
! rectrack: one.csv: is not a folder (the evidence files go into a folder, created when missing)
[1]
$ rectrack export --output x.yaml --with-evidence no/such/folder
! rectrack: no/such/folder: cannot create the evidence folder: No such file or directory
[1]
$ rectrack export --format csv --with-evidence ev
! rectrack: export: --with-evidence goes with --format yaml, json or oscal-poam: the files are those their history cites
! usage: rectrack export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]
!                        [--issuer CODE] [--agency CODE] [--report NUMBER]
!                        [--status STATUS]...
!                        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...
!                        [--issued-from DATE] [--issued-to DATE] [--overdue]
!                        [--priority] [--as-of DATE] [--as-known DATE]
!                        [--official CODE]... [--include-staff]
!                        [--due-within DAYS] [--no-target]
!                        [--unresolved-over DAYS] [--sort FIELD,...]
!                        [--output FILE [--force]] [--quiet]
!                        [--with-evidence DIR]
! See 'rectrack help export' for the options and examples.
[2]
$ ls x.yaml 2>/dev/null | wc -l
  0

Refusals of import, each leaving the database as it was.

$ rectrack --db three.db init >/dev/null
$ cp three.db before.db
$ rectrack --db three.db import one.yaml
! rectrack: one.yaml:38:7: reports[0].recommendations[0].history[1]: evidence cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f: its bytes are not in the database; import with --evidence DIR (the folder export --with-evidence wrote)
[1]
$ rectrack --db three.db import one.yaml --evidence missing
! rectrack: missing: cannot read the evidence folder: No such file or directory
[1]
$ rectrack --db three.db import one.yaml --evidence one.csv
! rectrack: one.csv: is not a folder (--evidence names the folder export --with-evidence wrote)
[1]
$ mkdir partial && cp ev/* partial/ && rm partial/$(sha256sum visits.csv | cut -c1-64)
$ rectrack --db three.db import one.yaml --evidence partial
! rectrack: one.yaml:46:7: reports[0].recommendations[0].history[2]: evidence 88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3: its bytes are not in the database, and partial has no file 88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3 (give the folder export --with-evidence wrote)
[1]
$ mkdir wrong && cp ev/* wrong/ && cp roster.txt wrong/$(sha256sum visits.csv | cut -c1-64)
$ rectrack --db three.db import one.yaml --evidence wrong
! rectrack: one.yaml:46:7: reports[0].recommendations[0].history[2]: wrong/88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3: its bytes do not hash to 88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3 (not the file the history cites)
[1]
$ printf 'evidence:\n  max_file_size: 30\n' > small.yaml
$ RECTRACK_CONFIG=small.yaml rectrack --db three.db import one.yaml --evidence ev
! rectrack: one.yaml:38:7: reports[0].recommendations[0].history[1]: ev/cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f: 31 bytes is over the limit of 30 bytes per file (evidence.max_file_size)
[1]
$ printf 'evidence:\n  max_total_size: 50\n' > total.yaml
$ RECTRACK_CONFIG=total.yaml rectrack --db three.db import one.yaml --evidence ev
! rectrack: one.yaml:46:7: reports[0].recommendations[0].history[2]: ev/88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3: its 29 bytes would take the evidence stored (31 bytes) over the limit of 50 bytes (evidence.max_total_size)
[1]
$ rectrack --db three.db import one.yaml --evidence ev --dry-run
  dry run: nothing was written; the import would give
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 2 new, 0 changed, 0 unchanged
  events: 6
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed
  evidence files: 3 stored
$ cmp three.db before.db && echo unchanged
  unchanged
$ rectrack --db three.db evidence list
! rectrack: evidence: no evidence files

The other way: a file exported from another database imports into this
one (on either backend), only with its evidence.

$ rectrack --db four.db init >/dev/null
$ rectrack --db four.db issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null
$ rectrack --db four.db agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack --db four.db report add OIG-22-01 --title "CBP Body Cameras" --issued 2022-01-10 --agency CBP >/dev/null
$ rectrack --db four.db rec add OIG-22-01 --text "Deploy body cameras." >/dev/null
$ printf 'deployment schedule\n' > schedule.txt
$ rectrack --db four.db evidence add 'OIG-22-01#1' schedule.txt plan.pdf >/dev/null
$ rectrack --db four.db export --report OIG-22-01 --output four.yaml --with-evidence ev4
! rectrack: wrote 1 recommendation (1 report) to four.yaml
$ rectrack import four.yaml
! rectrack: four.yaml:38:7: reports[0].recommendations[0].history[1]: evidence e967cf6851ccc0c911077ac469a2b0dd010b59e89f06704ce32a3caf2a1c1a0b: its bytes are not in the database; import with --evidence DIR (the folder export --with-evidence wrote)
[1]
$ rectrack import four.yaml --evidence ev4 --dry-run | tail -1
  evidence files: 1 stored
$ rectrack evidence list 'OIG-22-01#1' 2>&1
  rectrack: OIG-22-01: no such report
[1]
$ rectrack import four.yaml --evidence ev4
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 3
  evidence files: 1 stored
  recorded as change 5
$ rectrack evidence get $(sha256sum schedule.txt | cut -c1-12) | cmp - schedule.txt && echo same
  same
$ rectrack evidence list 'OIG-22-01#1' --format csv | cut -d, -f1,2
  hash,name
  e967cf6851ccc0c911077ac469a2b0dd010b59e89f06704ce32a3caf2a1c1a0b,schedule.txt
  cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f,plan.pdf

check names an attached file whose bytes are gone (deleted behind
rectrack's back).

$ sqlite3 two.db "DROP TRIGGER evidence_no_delete; DELETE FROM evidence WHERE hash LIKE 'cab3a0ee%'"
$ rectrack --db two.db check # sqlite-only
  trigger evidence_no_delete: is missing
  OIG-21-19#1: event 3: evidence cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f: attached, but its bytes are not in the database
  OIG-21-19#2: event 6: evidence cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f: attached, but its bytes are not in the database
  3 problems: 1 report, 2 recommendations, 6 events checked, 2 evidence files re-hashed
! rectrack: two.db: 3 problems found
[1]
