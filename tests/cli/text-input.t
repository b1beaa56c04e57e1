Text entering by a command obeys the rules import enforces: every text
is UTF-8 (a recommendation's text, a corrective action, a title, a
summary, a note, a value set with set), and a name or a code (of an
issuer, an agency, an official) is one line of text without control
characters.  A refused command names the value and changes nothing.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --kind oig --name "DHS Office of Inspector General" >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack official add jdoe --name "Jane Doe" >/dev/null
$ rectrack report add OIG-21-48 --issuer dhs-oig --issued 2021-02-08 --agency CBP --title "Canine Program" >/dev/null
$ rectrack rec add OIG-21-48 --concurrence concur --status open-resolved --target 2027-01-01 --text "Update the guidance." >/dev/null
$ rectrack rec add OIG-21-48 --concurrence concur --status open-resolved --target 2027-01-01 --text "Train the teams." >/dev/null
$ rectrack request-closure OIG-21-48#2 --note "done" >/dev/null
$ printf 'plan' > plan.pdf
$ printf 'invalid \377\376 utf8 \303' > bad
$ printf 'two\nlines' > twolines
$ rectrack seal > before.seal
$ rectrack export > before.yaml

Texts that are not UTF-8, by every command that takes one.

$ rectrack rec add OIG-21-48 --text "$(cat bad)"
! rectrack: text: not valid UTF-8 text (byte 9)
[1]
$ rectrack rec add OIG-21-48 --text "fine" --corrective-action "$(cat bad)"
! rectrack: corrective_action: not valid UTF-8 text (byte 9)
[1]
$ rectrack rec set OIG-21-48#1 text="$(cat bad)"
! rectrack: text: not valid UTF-8 text (byte 9)
[1]
$ rectrack note OIG-21-48#1 "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack report add OIG-21-49 --issuer dhs-oig --issued 2021-02-08 --agency CBP --title "$(cat bad)"
! rectrack: title: not valid UTF-8 text (byte 9)
[1]
$ rectrack report add OIG-21-49 --issuer dhs-oig --issued 2021-02-08 --agency CBP --title T --summary "$(cat bad)"
! rectrack: summary: not valid UTF-8 text (byte 9)
[1]
$ rectrack report set OIG-21-48 summary="$(cat bad)"
! rectrack: summary: not valid UTF-8 text (byte 9)
[1]
$ rectrack official add rroe --name "Richard Roe" --title "$(cat bad)"
! rectrack: title: not valid UTF-8 text (byte 9)
[1]
$ rectrack official set jdoe title="$(cat bad)"
! rectrack: title: not valid UTF-8 text (byte 9)
[1]
$ rectrack status OIG-21-48#1 open-unresolved --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack concur OIG-21-48#1 non-concur --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack target OIG-21-48#1 2027-02-01 --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack flag OIG-21-48#1 +priority --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack request-closure OIG-21-48#1 --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack approve OIG-21-48#2 --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack return OIG-21-48#2 --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack evidence add OIG-21-48#1 plan.pdf --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack void 1 --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack undo --note "$(cat bad)"
! rectrack: note: not valid UTF-8 text (byte 9)
[1]
$ rectrack agency set CBP name="$(cat bad)"
! rectrack: name: the agency name is one line of text, without control characters
[1]
$ rectrack --actor "$(cat bad)" note OIG-21-48#1 "Checked." # sqlite-only
! rectrack: actor: not valid UTF-8 text (byte 9)
[1]

Names: one line, no control characters, as for officials; codes are
UTF-8 too.

$ rectrack agency add NEW --name "$(cat twolines)"
! rectrack: name: the agency name is one line of text, without control characters
[1]
$ rectrack agency add "$(cat bad)" --name "Bad code"
! rectrack: code: not valid UTF-8 text (byte 9)
[1]
$ rectrack agency set CBP name="$(cat twolines)"
! rectrack: name: the agency name is one line of text, without control characters
[1]
$ rectrack agency rename CBP "$(cat bad)"
! rectrack: code: not valid UTF-8 text (byte 9)
[1]
$ rectrack issuer add gao --kind gao --name "$(cat twolines)"
! rectrack: name: the issuer name is one line of text, without control characters
[1]
$ rectrack issuer add "$(cat bad)" --kind gao --name "GAO"
! rectrack: code: not valid UTF-8 text (byte 9)
[1]
$ rectrack issuer set dhs-oig name="$(cat twolines)"
! rectrack: name: the issuer name is one line of text, without control characters
[1]
$ rectrack issuer rename dhs-oig "$(cat bad)"
! rectrack: code: not valid UTF-8 text (byte 9)
[1]
$ rectrack official add rroe --name "$(cat twolines)"
! rectrack: name: the official's name is one line of text, without control characters
[1]
$ rectrack official set jdoe name="$(cat bad)"
! rectrack: name: the official's name is one line of text, without control characters
[1]

A multi-line text may hold line breaks.

$ rectrack note OIG-21-48#1 "$(cat twolines)" --dry-run >/dev/null

Nothing was written.

$ rectrack seal | cmp - before.seal
$ rectrack export | cmp - before.yaml
$ rectrack check
  ok: 1 report, 2 recommendations, 7 events checked

Import applies the same rule to names.

$ printf 'version: 1\nagencies:\n  - code: NEW\n    name: "New\\nAgency"\n' > agency.yaml
$ rectrack import agency.yaml
! rectrack: agency.yaml:3:5: agencies[0]: name: the agency name is one line of text, without control characters
[1]
$ printf 'version: 1\nissuers:\n  - code: gao\n    kind: gao\n    name: "Government\\tAccountability Office"\n' > issuer.yaml
$ rectrack import issuer.yaml
! rectrack: issuer.yaml:3:5: issuers[0]: name: the issuer name is one line of text, without control characters
[1]
$ rectrack export | cmp - before.yaml

check reports a stored text that is not UTF-8 (a database written by an
older version, or by hand), naming the record and the field; export
refuses it.  PostgreSQL cannot store such a text.

$ sqlite3 rectrack.db "UPDATE recommendation SET text = CAST(X'6F6BFF' AS TEXT) WHERE number = '1'"
$ sqlite3 rectrack.db "UPDATE report SET summary = CAST(X'41FE' AS TEXT)"
$ sqlite3 rectrack.db "UPDATE agency SET name = CAST(X'C3' AS TEXT)"
$ sqlite3 rectrack.db "UPDATE issuer SET name = CAST(X'41FF42' AS TEXT)"
$ sqlite3 rectrack.db "UPDATE official SET title = CAST(X'FF' AS TEXT)"
$ rectrack check # sqlite-only
  issuer dhs-oig: name is not valid UTF-8 text (byte 2)
  agency CBP: name is not valid UTF-8 text (byte 1)
  official jdoe: title is not valid UTF-8 text (byte 1)
  report OIG-21-48: summary is not valid UTF-8 text (byte 2)
  OIG-21-48#1: text is not valid UTF-8 text (byte 3)
  5 problems: 1 report, 2 recommendations, 7 events checked
! rectrack: rectrack.db: 5 problems found
[1]
$ rectrack export >/dev/null # sqlite-only
! rectrack: issuer dhs-oig: name: not valid UTF-8 text
[1]
