Terminal safety: a code or a number (of an issuer, an agency, a report,
a recommendation, an official) may not hold control characters at all:
it is refused, and the refusal shows it escaped (\xHH).  A text, a
name, a note or a path that holds them is echoed with them escaped, as
the listings show them, so that no escape sequence of the input reaches
the terminal raw: the lines of add, rec set, the import summary,
outstanding's Markdown, search and init.  An official's name, which goes
into e-mail headers, may not hold them either.

$ rectrack --db "$(printf 'e\033[2J.db')" init # sqlite-only
  created e\x1b[2J.db (schema version 9)
$ rectrack init >/dev/null
$ rectrack issuer add "$(printf 'I\033[31m')" --name "Red issuer"
! rectrack: "I\x1b[31m": not an issuer code (no control character, no invisible character that reorders text)
[1]
$ rectrack agency add "$(printf 'A\033]0;owned\007')" --name "Bell agency"
! rectrack: "A\x1b]0;owned\x07": not an agency code (no control character, no invisible character that reorders text)
[1]
$ rectrack issuer add I --name "$(printf 'Red\033[31m issuer')"
! rectrack: name: the issuer name is one line of text, without control characters
[1]
$ rectrack issuer add I --name "Red issuer"
  added issuer I
$ rectrack agency add A --name "Bell agency"
  added agency A
$ rectrack report add "$(printf 'R\033[2J')" --title "Clear screen" --issued 2024-01-02 --agency A --issuer I
! rectrack: "R\x1b[2J": not a report number (no control character, no invisible character that reorders text)
[1]
$ rectrack report add R --title "$(printf 'Clear\033[2J screen')" --issued 2024-01-02 --agency A --issuer I
  added report R (FY2024)
$ rectrack rec add R --number "$(printf '1\033[K')" --text "Erase the line"
! rectrack: "1\x1b[K": not a recommendation number (no control character, no invisible character that reorders text)
[1]
$ rectrack rec add R --number 1 --text "$(printf 'Erase\033[K the line')"
  added R#1 (open-pending, pending)
  recorded as change 1
$ rectrack official add "$(printf 'Bob\033[5m')" --name Bob
! rectrack: "Bob\x1b[5m": not an official code (not empty; no '/', no control character, no invisible character that reorders text)
[1]
$ rectrack official add bob --name "$(printf 'Bob\033[5m')"
! rectrack: name: the official's name is one line of text, without control characters
[1]
$ rectrack rec set "$(printf 'R\033[2J#1')" "corrective_action=$(printf 'Bob\033[5m')"
! rectrack: R\x1b[2J: no such report
[1]
$ rectrack rec set R#1 "corrective_action=$(printf 'Bob\033[5m')"
  R#1: 1 field changed
  recorded as change 2

An import applies the same rule to the codes and numbers it reads, with
or without --create-missing (a C1 control, U+0085, too), and names them
escaped; texts may hold them, and the import summary names the codes it
created:

$ printf 'reports:\n  - number: "Y-1"\n    title: "Escapes"\n    issuer: "J\\e[31m"\n    agency: "G\\e[31m"\n    issued: 2024-01-02\n    recommendations:\n      - number: "1"\n        text: "Do it"\n' > e.yaml
$ rectrack import --create-missing e.yaml
! rectrack: e.yaml:2:5: reports[0]: "J\x1b[31m": not an issuer code (no control character, no invisible character that reorders text)
[1]
$ printf 'reports:\n  - number: "Y\\e[2J"\n    title: "Escapes"\n    issuer: I\n    agency: A\n    issued: 2024-01-02\n' > n.yaml
$ rectrack import n.yaml
! rectrack: n.yaml:2:5: reports[0]: "Y\x1b[2J": not a report number (no control character, no invisible character that reorders text)
[1]
$ printf 'reports:\n  - number: "Y-1"\n    title: "Escapes"\n    issuer: "J"\n    agency: "G\\x85"\n    issued: 2024-01-02\n' > c1.yaml
$ rectrack import c1.yaml
! rectrack: c1.yaml:2:5: reports[0]: "G\x85": not an agency code (no control character, no invisible character that reorders text)
[1]
$ printf 'reports:\n  - number: "Y-1"\n    title: "Esc\\e[31mapes"\n    issuer: "J"\n    agency: "G"\n    issued: 2024-01-02\n    recommendations:\n      - number: "1"\n        text: "Do \\e[5mit"\n' > e.yaml
$ rectrack import --create-missing e.yaml
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 1
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed
  created for codes the file names but does not declare: issuer J, agency G
  recorded as change 3
$ rectrack check
  ok: 2 reports, 2 recommendations, 3 events checked

search echoes a query that found nothing:

$ rectrack search "$(printf '"zz\033[31m"')"
! rectrack: search: no match for '"zz\x1b[31m"'

The invisible characters that reorder the text around them (a
right-to-left override, an isolate, a line separator) are shown as
\uHHHH, so that no text passes for another on the screen:

$ rectrack agency add RTL --name "$(printf 'Good \342\200\256dab \342\201\246x\342\201\251 \342\200\250end')"
  added agency RTL
$ rectrack agency list | grep RTL
  RTL   Good \u202edab \u2066x\u2069 \u2028end
$ rectrack agency add "$(printf 'RTL\342\200\256')" --name "Override"
! rectrack: "RTL\u202e": not an agency code (no control character, no invisible character that reorders text)
[1]

A code written into the database by hand (or by an older version) is
still shown escaped, and check names it:

$ sqlite3 rectrack.db "UPDATE issuer SET code = 'I' || char(27) || '[31m' WHERE code = 'I'" # sqlite-only
$ rectrack outstanding | grep '^Issued' # sqlite-only
  Issued 2024-01-02 by I\x1b[31m.
  Issued 2024-01-02 by J.
$ rectrack check # sqlite-only
  issuer I\x1b[31m: code holds a control character or an invisible character that reorders text
  1 problem: 2 reports, 2 recommendations, 3 events checked
! rectrack: rectrack.db: 1 problem found
[1]
