Terminal safety: a code, a number, a name or a path that holds control
characters is echoed with them escaped (\xHH), as the listings show
them, so that no escape sequence of the input reaches the terminal raw:
the lines of add, rec set, the import summary, outstanding's Markdown,
search and init.  An official's code and name, which go into e-mail
headers and file names, may not hold them at all.

$ rectrack --db "$(printf 'e\033[2J.db')" init # sqlite-only
  created e\x1b[2J.db (schema version 9)
$ rectrack init >/dev/null
$ rectrack issuer add "$(printf 'I\033[31m')" --name "Red issuer"
  added issuer I\x1b[31m
$ rectrack agency add "$(printf 'A\033]0;owned\007')" --name "Bell agency"
  added agency A\x1b]0;owned\x07
$ rectrack report add "$(printf 'R\033[2J')" --title "Clear screen" --issued 2024-01-02 --agency "$(printf 'A\033]0;owned\007')" --issuer "$(printf 'I\033[31m')"
  added report R\x1b[2J (FY2024)
$ rectrack rec add "$(printf 'R\033[2J')" --number "$(printf '1\033[K')" --text "Erase the line"
  added R\x1b[2J#1\x1b[K (open-pending, pending)
  recorded as change 1
$ rectrack official add "$(printf 'Bob\033[5m')" --name Bob
! rectrack: "Bob\x1b[5m": not an official code (not empty; no '/', no control character, no invisible character that reorders text)
[1]
$ rectrack official add bob --name "$(printf 'Bob\033[5m')"
! rectrack: name: the official's name is one line of text, without control characters
[1]
$ rectrack rec set "$(printf 'R\033[2J#1\033[K')" "corrective_action=$(printf 'Bob\033[5m')"
  R\x1b[2J#1\x1b[K: 1 field changed
  recorded as change 2
$ rectrack rec set "$(printf 'R\033[2J#1\033[K')" "corrective_action=$(printf 'Bob\033[5m')"
  R\x1b[2J#1\x1b[K: nothing changed

An import refuses the codes nobody declared, and names them and the
nearest codes escaped; with --create-missing, its summary names the
codes it created:

$ printf 'reports:\n  - number: "Y-1"\n    title: "Escapes"\n    issuer: "J\\e[31m"\n    agency: "G\\e[31m"\n    issued: 2024-01-02\n    recommendations:\n      - number: "1"\n        text: "Do it"\n' > e.yaml
$ rectrack import e.yaml
! rectrack: e.yaml:4:13: reports[0].issuer: no issuer "J\x1b[31m" in the database or under issuers: in the file (declare it there, or import with --create-missing); did you mean "I\x1b[31m"?
[1]
$ rectrack import --create-missing e.yaml
  reports: 1 new, 0 changed, 0 unchanged
  recommendations: 1 new, 0 changed, 0 unchanged
  events: 1
  issuers: 1 new, 0 changed; agencies: 1 new, 0 changed
  created for codes the file names but does not declare: issuer J\x1b[31m, agency G\x1b[31m
  recorded as change 3
$ rectrack check
  ok: 2 reports, 2 recommendations, 3 events checked

outstanding's Markdown names the issuer under each report's heading:

$ rectrack outstanding | grep '^Issued'
  Issued 2024-01-02 by I\x1b[31m.
  Issued 2024-01-02 by J\x1b[31m.

search echoes a query that found nothing:

$ rectrack search "$(printf '"zz\033[31m"')"
! rectrack: search: no match for '"zz\x1b[31m"'

The invisible characters that reorder the text around them (a
right-to-left override, an isolate, a line separator) are shown as
\uHHHH, so that no text passes for another on the screen:

$ rectrack agency add RTL --name "$(printf 'Good \342\200\256dab \342\201\246x\342\201\251 \342\200\250end')"
  added agency RTL
$ rectrack agency list | grep RTL
  RTL                Good \u202edab \u2066x\u2069 \u2028end
