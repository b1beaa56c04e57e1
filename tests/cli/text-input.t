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

Codes and numbers (of a report, a recommendation, an agency, an
issuer, an official) hold no control character (C0, DEL, C1) nor an
invisible character that reorders text (U+061C, U+200E, U+200F,
U+2028..U+202E, U+2066..U+2069).

$ rectrack report add "$(printf 'G\nnl')" --issuer dhs-oig --title t --issued 2022-01-01 --agency CBP
! rectrack: "G\x0anl": not a report number (no control character, no invisible character that reorders text)
[1]
$ rectrack report add "$(printf 'H\033[31mred')" --issuer dhs-oig --title t --issued 2022-01-01 --agency CBP
! rectrack: "H\x1b[31mred": not a report number (no control character, no invisible character that reorders text)
[1]
$ rectrack report add "$(printf 'H\342\200\256evil')" --issuer dhs-oig --title t --issued 2022-01-01 --agency CBP
! rectrack: "H\u202eevil": not a report number (no control character, no invisible character that reorders text)
[1]
$ rectrack report add "$(printf 'H\302\205x')" --issuer dhs-oig --title t --issued 2022-01-01 --agency CBP
! rectrack: "H\x85x": not a report number (no control character, no invisible character that reorders text)
[1]
$ rectrack report add "$(printf 'H\330\234x')" --issuer dhs-oig --title t --issued 2022-01-01 --agency CBP
! rectrack: "H\u061cx": not a report number (no control character, no invisible character that reorders text)
[1]
$ rectrack agency add "$(printf 'Q\nX')" --name x
! rectrack: "Q\x0aX": not an agency code (no control character, no invisible character that reorders text)
[1]
$ rectrack agency add "$(printf 'Q\177')" --name x
! rectrack: "Q\x7f": not an agency code (no control character, no invisible character that reorders text)
[1]
$ rectrack agency rename CBP "$(printf 'C\342\201\246')"
! rectrack: "C\u2066": not an agency code (no control character, no invisible character that reorders text)
[1]
$ rectrack issuer add "$(printf 'q\033')" --kind oig --name x
! rectrack: "q\x1b": not an issuer code (no control character, no invisible character that reorders text)
[1]
$ rectrack issuer rename dhs-oig "$(printf 'd\342\200\250')"
! rectrack: "d\u2028": not an issuer code (no control character, no invisible character that reorders text)
[1]
$ rectrack rec add OIG-21-48 --number "$(printf '1\n2')" --text t
! rectrack: "1\x0a2": not a recommendation number (no control character, no invisible character that reorders text)
[1]
$ rectrack rec add OIG-21-48 --number "$(printf '3\342\200\217')" --text t
! rectrack: "3\u200f": not a recommendation number (no control character, no invisible character that reorders text)
[1]
$ rectrack official add "$(printf 'o\342\200\216')" --name O
! rectrack: "o\u200e": not an official code (not empty; no '/', no control character, no invisible character that reorders text)
[1]
$ rectrack official rename jdoe "$(printf 'j\342\201\251')"
! rectrack: "j\u2069": not an official code (not empty; no '/', no control character, no invisible character that reorders text)
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

Import applies the same rule to codes and numbers, from every format.

$ printf 'version: 1\nreports:\n  - number: "H\\e[31mred"\n    title: t\n    issuer: dhs-oig\n    agency: CBP\n    issued: 2022-01-01\n' > number.yaml
$ rectrack import number.yaml
! rectrack: number.yaml:3:5: reports[0]: "H\x1b[31mred": not a report number (no control character, no invisible character that reorders text)
[1]
$ printf 'version: 1\nreports:\n  - number: OIG-21-50\n    title: t\n    issuer: dhs-oig\n    agency: CBP\n    issued: 2022-01-01\n    recommendations:\n      - number: "1\\u202e"\n        text: t\n' > recnum.yaml
$ rectrack import recnum.yaml
! rectrack: recnum.yaml:9:9: reports[0].recommendations[0]: "1\u202e": not a recommendation number (no control character, no invisible character that reorders text)
[1]
$ printf 'version: 1\nagencies:\n  - code: "Q\\nX"\n    name: x\n' > acode.yaml
$ rectrack import acode.yaml
! rectrack: acode.yaml:3:5: agencies[0]: "Q\x0aX": not an agency code (no control character, no invisible character that reorders text)
[1]
$ printf 'version: 1\nissuers:\n  - code: "q\\x85"\n    kind: oig\n    name: x\n' > icode.yaml
$ rectrack import icode.yaml
! rectrack: icode.yaml:3:5: issuers[0]: "q\x85": not an issuer code (no control character, no invisible character that reorders text)
[1]
$ printf '"Publication Name","Publication  Number","Date Publication Issued","Director Name","Director Phone","Agency","Recommendation","Status","Priority","Comments"\n"T","GAO-24-1\342\200\256","Mar 14, 2024","D","1","Department of Homeland Security","Do it. (Recommendation 1)","Open","No",""\n' > gao.csv
$ rectrack import --format gao-csv gao.csv
! rectrack: gao.csv:2: "GAO-24-1\u202e": not a report number (no control character, no invisible character that reorders text)
[1]
$ printf 'version: 1\nreports:\n  - number: OIG-21-50\n    title: t\n    issuer: "n\\e"\n    agency: "A\\u2066"\n    issued: 2022-01-01\n' > missing.yaml
$ rectrack import --create-missing missing.yaml
! rectrack: missing.yaml:3:5: reports[0]: "n\x1b": not an issuer code (no control character, no invisible character that reorders text)
[1]
$ rectrack export | cmp - before.yaml
$ rectrack seal | cmp - before.seal

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

check also names a stored code or number that holds a control
character or one that reorders text.

$ sqlite3 rectrack.db "UPDATE agency SET code = 'C' || char(27) WHERE code = 'CBP'" # sqlite-only
$ sqlite3 rectrack.db "UPDATE recommendation SET number = '2' || char(8238) WHERE number = '2'" # sqlite-only
$ rectrack check 2>/dev/null | grep -v 'UTF-8' # sqlite-only
  agency C\x1b: code holds a control character or an invisible character that reorders text
  OIG-21-48#2\u202e: number holds a control character or an invisible character that reorders text
  event 5 (OIG-21-48#2\u202e, recorded 2026-11-28T12:00:00Z): the history's chain breaks here: this event was changed, or one before it was deleted or inserted, outside rectrack (3 more links break after it)
  8 problems: 1 report, 2 recommendations, 7 events checked
