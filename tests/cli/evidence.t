evidence add|list|get|remove: files kept with a recommendation's history,
stored once under the SHA-256 of their bytes, attached and detached by
events.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-21-19 --title "CBP Needs to Improve the Oversight of its Canine Program" --issued 2021-02-08 --agency CBP >/dev/null
$ rectrack rec add OIG-21-19 --text "Improve oversight of the Canine Program." >/dev/null
$ rectrack rec add OIG-21-19 --text "Provide proper training capabilities." >/dev/null
$ printf 'corrective action plan, signed\n' > plan.pdf
$ printf 'date,site\n2026-10-01,El Paso\n' > "site visits.csv"
$ printf 'corrective action plan, signed\n' > cap-copy.pdf
$ printf 'no extension\n' > README

Adding one file, then two at once (one change set), with a note and an
effective date.

$ rectrack evidence add 'OIG-21-19#1' plan.pdf
  attached plan.pdf to OIG-21-19#1: evidence cab3a0eed61f, 31 bytes, application/pdf
  recorded as change 3
$ rectrack evidence add 'OIG-21-19#1' "site visits.csv" README --note "site visit log" --date 2026-11-01
  attached site visits.csv to OIG-21-19#1: evidence 88f8812e4567, 29 bytes, text/csv
  attached README to OIG-21-19#1: evidence 578c05eae46c, 13 bytes, application/octet-stream
  recorded as change 4

The same bytes under another name, for another recommendation: one copy
is stored, cited by both.

$ rectrack evidence add 'OIG-21-19#2' cap-copy.pdf
  attached cap-copy.pdf to OIG-21-19#2: evidence cab3a0eed61f, 31 bytes, application/pdf (its bytes were stored already)
  recorded as change 5
$ sqlite3 rectrack.db "SELECT count(*), sum(size) FROM evidence"
  3|73

The list: all, one recommendation's, as CSV and JSON.

$ rectrack evidence list
  HASH                                                              NAME             SIZE  MEDIA TYPE                REC          ADDED BY  DATE
  88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3  site visits.csv  29    text/csv                  OIG-21-19#1  tester    2026-11-01
  578c05eae46cb1dfaf27d47f7a5ccb7876c2eb5aa6fa93671ea2724f00349f95  README           13    application/octet-stream  OIG-21-19#1  tester    2026-11-01
  cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f  plan.pdf         31    application/pdf           OIG-21-19#1  tester    2026-11-28
  cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f  cap-copy.pdf     31    application/pdf           OIG-21-19#2  tester    2026-11-28
$ rectrack evidence list 'OIG-21-19#2' --format csv
  hash,name,size,media_type,recommendation,added_by,date [CR]
  cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f,cap-copy.pdf,31,application/pdf,OIG-21-19#2,tester,2026-11-28 [CR]
$ rectrack evidence list 'OIG-21-19#1' --format json
  [
  {"hash":"88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3","name":"site visits.csv","size":29,"media_type":"text/csv","recommendation":"OIG-21-19#1","added_by":"tester","date":"2026-11-01"},
  {"hash":"578c05eae46cb1dfaf27d47f7a5ccb7876c2eb5aa6fa93671ea2724f00349f95","name":"README","size":13,"media_type":"application/octet-stream","recommendation":"OIG-21-19#1","added_by":"tester","date":"2026-11-01"},
  {"hash":"cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f","name":"plan.pdf","size":31,"media_type":"application/pdf","recommendation":"OIG-21-19#1","added_by":"tester","date":"2026-11-28"}
  ]

The history has the events.

$ rectrack history 'OIG-21-19#1' --format csv
  effective,at,actor,kind,field,old,new,note,change,voided_by [CR]
  2021-02-08,2026-11-28T12:00:00Z,tester,issued,status,,open-pending,,1, [CR]
  2026-11-01,2026-11-28T12:00:00Z,tester,evidence,site visits.csv,,88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3,site visit log,4, [CR]
  2026-11-01,2026-11-28T12:00:00Z,tester,evidence,README,,578c05eae46cb1dfaf27d47f7a5ccb7876c2eb5aa6fa93671ea2724f00349f95,site visit log,4, [CR]
  2026-11-28,2026-11-28T12:00:00Z,tester,evidence,plan.pdf,,cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f,,3, [CR]

get writes the bytes back, checked against their hash; a prefix of 8 hex
digits or more names the file.

$ rectrack evidence get cab3a0ee | cmp - plan.pdf && echo same
  same
$ rectrack evidence get CAB3A0EED61F --output back.pdf && cmp back.pdf plan.pdf && echo same
  same
$ rectrack evidence get "$(sha256sum "site visits.csv" | cut -c1-64)" | cmp - "site visits.csv" && echo same
  same

remove detaches (an event); the bytes stay and can still be read.

$ rectrack evidence remove 'OIG-21-19#1' 578c05ea --dry-run --note "not evidence"
  detached README from OIG-21-19#1: evidence 578c05eae46c (its bytes stay)
  would record: OIG-21-19#1 evidence README 578c05eae46cb1dfaf27d47f7a5ccb7876c2eb5aa6fa93671ea2724f00349f95 -> (none) (effective 2026-11-28): not evidence
  dry run: nothing was written
$ rectrack evidence list 'OIG-21-19#1' --format csv
  hash,name,size,media_type,recommendation,added_by,date [CR]
  88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3,site visits.csv,29,text/csv,OIG-21-19#1,tester,2026-11-01 [CR]
  578c05eae46cb1dfaf27d47f7a5ccb7876c2eb5aa6fa93671ea2724f00349f95,README,13,application/octet-stream,OIG-21-19#1,tester,2026-11-01 [CR]
  cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f,plan.pdf,31,application/pdf,OIG-21-19#1,tester,2026-11-28 [CR]
$ rectrack evidence remove 'OIG-21-19#1' 578c05ea --note "not evidence"
  detached README from OIG-21-19#1: evidence 578c05eae46c (its bytes stay)
  recorded as change 6
$ rectrack evidence list 'OIG-21-19#1' --format csv
  hash,name,size,media_type,recommendation,added_by,date [CR]
  88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3,site visits.csv,29,text/csv,OIG-21-19#1,tester,2026-11-01 [CR]
  cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f,plan.pdf,31,application/pdf,OIG-21-19#1,tester,2026-11-28 [CR]
$ rectrack evidence list 'OIG-21-19#1' --format csv --as-of 2026-11-27
  hash,name,size,media_type,recommendation,added_by,date [CR]
  88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3,site visits.csv,29,text/csv,OIG-21-19#1,tester,2026-11-01 [CR]
  578c05eae46cb1dfaf27d47f7a5ccb7876c2eb5aa6fa93671ea2724f00349f95,README,13,application/octet-stream,OIG-21-19#1,tester,2026-11-01 [CR]
$ rectrack evidence get 578c05ea | cmp - README && echo same
  same
$ rectrack check
  ok: 1 report, 2 recommendations, 7 events checked, 3 evidence files re-hashed

--dry-run of add writes nothing.

$ printf 'draft\n' > draft.txt
$ cp rectrack.db before.db
$ rectrack evidence add 'OIG-21-19#2' draft.txt --dry-run
  attached draft.txt to OIG-21-19#2: evidence 7eb2ca55b87a, 6 bytes, text/plain
  would record: OIG-21-19#2 evidence draft.txt 7eb2ca55b87a4d45d66a63f76db11f9b4aa9106472a62b5865060f9fd8eadaaa (effective 2026-11-28)
  dry run: nothing was written
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack evidence list 'OIG-21-19#2' --format csv
  hash,name,size,media_type,recommendation,added_by,date [CR]
  cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f,cap-copy.pdf,31,application/pdf,OIG-21-19#2,tester,2026-11-28 [CR]

Refusals: one line each, and the database unchanged.

$ mkdir folder
$ rectrack evidence add 'OIG-21-19#2' folder
! rectrack: folder: is a directory, not a file
[1]
$ rectrack evidence add 'OIG-21-19#2' /dev/null
! rectrack: /dev/null: not a regular file
[1]
$ mkfifo pipe
$ rectrack evidence add 'OIG-21-19#2' pipe
! rectrack: pipe: not a regular file
[1]
$ rectrack evidence add 'OIG-21-19#2' missing.pdf
! rectrack: missing.pdf: cannot read: No such file or directory
[1]
$ ln -s loop loop
$ rectrack evidence add 'OIG-21-19#2' loop
! rectrack: loop: cannot read: Too many levels of symbolic links
[1]
$ rectrack evidence add 'OIG-21-19#2' /proc/sys/kernel/random/uuid
! rectrack: /proc/sys/kernel/random/uuid: the file changed while it was read; nothing was written (add it again)
[1]
$ rectrack evidence add 'OIG-21-19#2' draft.txt plan.pdf missing.pdf
! rectrack: plan.pdf: its bytes are attached to OIG-21-19#2 already (as cap-copy.pdf, evidence cab3a0eed61f)
[1]
$ rectrack evidence add 'OIG-21-19#1' cap-copy.pdf
! rectrack: cap-copy.pdf: its bytes are attached to OIG-21-19#1 already (as plan.pdf, evidence cab3a0eed61f)
[1]
$ rectrack evidence add 'OIG-21-19#2' draft.txt --date 2026-13-01
! rectrack: OIG-21-19#2: effective date "2026-13-01" is not a date (expected YYYY-MM-DD, a day that exists)
[1]
$ rectrack evidence add 'OIG-21-19#2' draft.txt --date 2020-01-01
! rectrack: OIG-21-19#2: effective date 2020-01-01 is before the report was issued (2021-02-08)
[1]
$ rectrack evidence add 'OIG-21-19#9' draft.txt
! rectrack: OIG-21-19#9: no such recommendation (report OIG-21-19 has no recommendation 9)
[1]
$ rectrack evidence add 'OIG-21-19#*' draft.txt
! rectrack: OIG-21-19#*: evidence is attached to one recommendation (REPORT#NUMBER)
[1]
$ rectrack evidence add 'OIG-21-19#2'
! rectrack: evidence: evidence add needs a REC and at least one FILE
! usage: rectrack evidence add REC FILE... [--note TEXT] [--date DATE] [--dry-run]
!        rectrack evidence list [REC] [--format FMT] [--as-of DATE]
!                               [--as-known DATE]
!        rectrack evidence get HASH [--output FILE]
!        rectrack evidence remove REC HASH --note REASON [--dry-run]
! See 'rectrack help evidence' for the options and examples.
[2]
$ rectrack evidence get 1234abcd
! rectrack: evidence 1234abcd: no such file ('rectrack evidence list' lists them)
[1]
$ rectrack evidence get 0d7f
! rectrack: 0d7f: not a hash of an evidence file (give its SHA-256, or at least its first 8 hex digits)
[1]
$ rectrack evidence get 'not-a-hash'
! rectrack: not-a-hash: not a hash of an evidence file (give its SHA-256, or at least its first 8 hex digits)
[1]
$ rectrack evidence remove 'OIG-21-19#2' 88f8812e --note "not there"
! rectrack: OIG-21-19#2: evidence 88f8812e4567 is not attached to it ('rectrack evidence list OIG-21-19#2' lists what is)
[1]
$ rectrack evidence remove 'OIG-21-19#2' cab3a0ee
! rectrack: evidence: evidence remove needs --note REASON
! usage: rectrack evidence add REC FILE... [--note TEXT] [--date DATE] [--dry-run]
!        rectrack evidence list [REC] [--format FMT] [--as-of DATE]
!                               [--as-known DATE]
!        rectrack evidence get HASH [--output FILE]
!        rectrack evidence remove REC HASH --note REASON [--dry-run]
! See 'rectrack help evidence' for the options and examples.
[2]
$ rectrack evidence remove 'OIG-21-19#2' 1234abcd --note "unknown"
! rectrack: evidence 1234abcd: no such file ('rectrack evidence list' lists them)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

An ambiguous prefix: two files whose hashes start with the same 8 digits
(270fb961).

$ printf 'evidence 39571\n' > a.txt && printf 'evidence 232509\n' > b.txt
$ rectrack evidence add 'OIG-21-19#2' a.txt b.txt
  attached a.txt to OIG-21-19#2: evidence 270fb961efe0, 15 bytes, text/plain
  attached b.txt to OIG-21-19#2: evidence 270fb961f553, 16 bytes, text/plain
  recorded as change 7
$ cp rectrack.db before.db
$ rectrack evidence get 270fb961
! rectrack: evidence 270fb961: ambiguous: the hashes of 2 files start so (give more digits)
[1]
$ rectrack evidence get 270fb961e | cmp - a.txt && echo same
  same
$ rectrack evidence remove 'OIG-21-19#2' 270fb961 --note "which one?"
! rectrack: evidence 270fb961: ambiguous: the hashes of 2 files start so (give more digits)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Limits from the configuration: a file over evidence.max_file_size, and a
file that would take what is stored over evidence.max_total_size (bytes
stored already do not count).

$ printf 'evidence:\n  max_file_size: 20\n' > rectrack.yaml
$ rectrack evidence add 'OIG-21-19#2' plan.pdf
! rectrack: plan.pdf: 31 bytes is over the limit of 20 bytes per file (evidence.max_file_size)
[1]
$ rectrack evidence add 'OIG-21-19#2' draft.txt "site visits.csv"
! rectrack: site visits.csv: 29 bytes is over the limit of 20 bytes per file (evidence.max_file_size)
[1]
$ printf 'evidence:\n  max_file_size: 1 KiB\n' > rectrack.yaml
$ head -c 1025 /dev/zero > 1025.bin
$ rectrack evidence add 'OIG-21-19#2' 1025.bin
! rectrack: 1025.bin: 1.0 KiB (1025 bytes) is over the limit of 1.0 KiB (1024 bytes) per file (evidence.max_file_size)
[1]
$ printf 'x' > "$(printf 'two\nlines.txt')"
$ rectrack evidence add 'OIG-21-19#2' "$(printf 'two\nlines.txt')"
! rectrack: two\x0alines.txt: the file's name holds a control character
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ printf 'evidence:\n  max_total_size: 110\n' > rectrack.yaml
$ printf '0123456789' > ten.txt
$ rectrack evidence add 'OIG-21-19#1' ten.txt
! rectrack: ten.txt: its 10 bytes would take the evidence stored (104 bytes) over the limit of 110 bytes (evidence.max_total_size)
[1]
$ rectrack evidence add 'OIG-21-19#1' draft.txt ten.txt
! rectrack: ten.txt: its 10 bytes would take the evidence stored (110 bytes) over the limit of 110 bytes (evidence.max_total_size)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack evidence add 'OIG-21-19#2' "site visits.csv" draft.txt
  attached site visits.csv to OIG-21-19#2: evidence 88f8812e4567, 29 bytes, text/csv (its bytes were stored already)
  attached draft.txt to OIG-21-19#2: evidence 7eb2ca55b87a, 6 bytes, text/plain
  recorded as change 8
$ sqlite3 rectrack.db "SELECT sum(size) FROM evidence"
  110
$ rectrack evidence add 'OIG-21-19#2' ten.txt
! rectrack: ten.txt: its 10 bytes would take the evidence stored (110 bytes) over the limit of 110 bytes (evidence.max_total_size)
[1]
$ printf 'evidence:\n  max_total_size: 200\n  max_file_size: 10\n' > rectrack.yaml
$ rectrack evidence add 'OIG-21-19#2' ten.txt
  attached ten.txt to OIG-21-19#2: evidence 84d89877f0d4, 10 bytes, text/plain
  recorded as change 9
$ rectrack check
  ok: 1 report, 2 recommendations, 12 events checked, 7 evidence files re-hashed

show lists a recommendation's files as of the day; outstanding --format
html names each recommendation's files with their hashes.

$ rectrack show 'OIG-21-19#1'
  OIG-21-19#1
  Report:       CBP Needs to Improve the Oversight of its Canine Program (dhs-oig, issued 2021-02-08)
  Agency:       CBP
  Status:       Open – Response Not Yet Due
  Concurrence:  Pending
  Age:          2119 days
  Text:         Improve oversight of the Canine Program.
  Evidence:     site visits.csv (29 bytes, 88f8812e4567, added by tester on 2026-11-01)
                plan.pdf (31 bytes, cab3a0eed61f, added by tester on 2026-11-28)
  
  History
  EFFECTIVE   ACTOR   KIND      FIELD            OLD                                                               NEW                                                               NOTE            CHANGE  VOIDED BY
  2021-02-08  tester  issued    status                                                                             open-pending                                                                           1
  2026-11-01  tester  evidence  site visits.csv                                                                    88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3  site visit log       4
  2026-11-01  tester  evidence  README                                                                             578c05eae46cb1dfaf27d47f7a5ccb7876c2eb5aa6fa93671ea2724f00349f95  site visit log       4
  2026-11-28  tester  evidence  plan.pdf                                                                           cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f                       3
  2026-11-28  tester  evidence  README           578c05eae46cb1dfaf27d47f7a5ccb7876c2eb5aa6fa93671ea2724f00349f95                                                                    not evidence         6
$ rectrack show 'OIG-21-19#1' --as-of 2026-11-02 | grep -A2 Evidence
  Evidence:     site visits.csv (29 bytes, 88f8812e4567, added by tester on 2026-11-01)
                README (13 bytes, 578c05eae46c, added by tester on 2026-11-01)
  
$ rectrack outstanding --format html | grep -o 'Evidence: .*</small>'
  Evidence: site visits.csv <code title="SHA-256">88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3</code>; plan.pdf <code title="SHA-256">cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f</code></small>
  Evidence: cap-copy.pdf <code title="SHA-256">cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f</code>; a.txt <code title="SHA-256">270fb961efe0bccc827cb54109de091abc829b831da9b56d51d7e8d38bd1daf9</code>; b.txt <code title="SHA-256">270fb961f5531a55f0360534c96bd5ecdda9b865189503705f07b60e3d0aab3b</code>; site visits.csv <code title="SHA-256">88f8812e45674dab4860bd63809d589ce8e7ae31d3725652c27901f55a284fa3</code>; draft.txt <code title="SHA-256">7eb2ca55b87a4d45d66a63f76db11f9b4aa9106472a62b5865060f9fd8eadaaa</code>; ten.txt <code title="SHA-256">84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882</code></small>

backup and copy carry the files: the same hashes and bytes.

$ rectrack backup saved.db >/dev/null # sqlite-only
$ rectrack --db saved.db evidence get cab3a0ee | cmp - plan.pdf && echo same # sqlite-only
  same
$ rectrack copy rectrack.db copied.db --quiet # sqlite-only
$ rectrack --db copied.db evidence list --format csv | cmp - "$(rectrack evidence list --format csv > list.csv; echo list.csv)" && echo "same list" # sqlite-only
  same list
$ rectrack --db copied.db evidence get 84d89877 | cmp - ten.txt && echo same # sqlite-only
  same
$ rectrack --db copied.db check # sqlite-only
  ok: 1 report, 2 recommendations, 12 events checked, 7 evidence files re-hashed

check re-hashes every stored file and names one whose bytes were changed
behind rectrack's back (the schema's triggers guard the hash and size,
not the bytes); get refuses it too, and --output leaves no file.

$ sqlite3 rectrack.db "UPDATE evidence SET data = CAST('corrective action plan, forged' || char(10) AS BLOB) WHERE hash LIKE 'cab3a0ee%'" # sqlite-only
$ rectrack check # sqlite-only
  evidence cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f: its bytes no longer match their SHA-256 (changed outside rectrack)
  1 problem: 1 report, 2 recommendations, 12 events checked, 7 evidence files re-hashed
! rectrack: rectrack.db: 1 problem found
[1]
$ rectrack evidence get cab3a0ee --output forged.pdf # sqlite-only
! rectrack: evidence cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f: its bytes no longer match their SHA-256 (changed outside rectrack)
[1]
$ ls forged.pdf* 2>/dev/null | wc -l # sqlite-only
  0
$ rectrack copy rectrack.db copy2.db # sqlite-only
! rectrack: evidence cab3a0eed61f2d93d90836c838b0c399315ab2c21fef5808984dc053bab5384f: its bytes no longer match their SHA-256 (changed outside rectrack)
[1]
$ ls copy2.db 2>/dev/null | wc -l # sqlite-only
  0
