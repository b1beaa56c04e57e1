calendar: the open recommendations that have a target date as an
iCalendar feed (RFC 5545), one VTODO each, read back by a strict parser
(ical_check.py: CR LF, 75 octets, folds, escapes, components).

$ rectrack init >/dev/null
$ cp "$SRCDIR/config/examples/port-of-entry.yaml" example.yaml
$ rectrack import example.yaml >/dev/null
$ cp "$TESTDIR/ical_check.py" .
$ rectrack calendar > due.ics
$ python3 ical_check.py due.ics
  20210930 IN-PROCESS - CBP OIG-21-19#1: Improve oversight of the Canine Program (paraphrased).
  20210930 IN-PROCESS - CBP OIG-21-19#2: Formalize and implement a realignment plan for the canine…
  20210930 IN-PROCESS - CBP OIG-21-19#3: Provide proper training capabilities for canine teams…
  3 to-dos, 63 lines, 26 folded
$ head -12 due.ics
  BEGIN:VCALENDAR [CR]
  VERSION:2.0 [CR]
  PRODID:-//rectrack//rectrack//EN [CR]
  CALSCALE:GREGORIAN [CR]
  METHOD:PUBLISH [CR]
  X-WR-CALNAME:rectrack register 0a1b2c3d [CR]
  BEGIN:VTODO [CR]
  UID:rec-4-0a1b2c3d@rectrack [CR]
  DTSTAMP:20261128T120000Z [CR]
  DUE;VALUE=DATE:20210930 [CR]
  SUMMARY:OIG-21-19#1: Improve oversight of the Canine Program (paraphrased). [CR]
  DESCRIPTION:Improve oversight of the Canine Program (paraphrased).\n\nRepor [CR]
$ python3 ical_check.py due.ics --show 'OIG-21-19#1'
  OIG-21-19#1: Improve oversight of the Canine Program (paraphrased).
  Improve oversight of the Canine Program (paraphrased).
  
  Report: OIG-21-19 (redacted): CBP Needs to Improve the Oversight of its Canine Program to Better Train and Reinforce Canine Performance (REDACTED)
  Status: open-resolved
  Concurrence: concur
  Agency: DHS/CBP
  Official: none
  Target: 2021-09-30 (overdue)
  Age: 2119 days (issued 2021-02-08)
  History:
  2021-02-08 issued: open-pending (import example.yaml)
  2021-02-08 concurrence: pending -> concur (import example.yaml)
  2021-02-08 target: 2021-09-30 (import example.yaml)
  2021-02-08 status: open-pending -> open-resolved (import example.yaml)

The parser refuses what breaks the rules: LF line ends, a line over 75
octets, an unescaped comma, a fold inside a character.

$ tr -d '\r' < due.ics > lf.ics && python3 ical_check.py lf.ics
! ical_check.py: no CRLF at the end
[1]
$ python3 -c 'import sys; d=open("due.ics","rb").read().replace(b"\r\n ", b""); open("long.ics","wb").write(d)' && python3 ical_check.py long.ics
! ical_check.py: line 12: 614 octets
[1]
$ sed 's/^SUMMARY:OIG-21-19#1:/SUMMARY:OIG-21-19#1,/' due.ics > comma.ics && python3 ical_check.py comma.ics
! ical_check.py: SUMMARY: unescaped ,
[1]
$ printf 'BEGIN:VCALENDAR\r\nX-WR-CALNAME:caf\303\r\n \251\r\nEND:VCALENDAR\r\n' > split.ics && python3 ical_check.py split.ics
! ical_check.py: line 2: not UTF-8 on its own (a fold split a character)
[1]

DTSTAMP is now (the clock); LAST-MODIFIED is when the latest event was
recorded.

$ RECTRACK_NOW=2026-12-01T08:30:00Z rectrack calendar | grep -e DTSTAMP -e LAST-MODIFIED | sort | uniq -c
        3 DTSTAMP:20261201T083000Z [CR]
        3 LAST-MODIFIED:20261128T120000Z [CR]

UIDs stay the same through a status change, a target change and a text
change; a recommendation that gains a target date joins the feed.

$ rectrack target 'OIG-21-48#1' 2027-01-15 >/dev/null
$ rectrack calendar > due.ics && python3 ical_check.py due.ics --uids > before.txt
$ rectrack status 'OIG-21-48#1' open-resolved >/dev/null
$ rectrack target 'OIG-21-19#2' 2027-03-31 --note "new plan" >/dev/null
$ rectrack rec set 'OIG-21-19#3' text="Provide training capabilities for canine teams." >/dev/null
$ rectrack status 'OIG-21-19#4' open-resolved --target 2027-06-30 >/dev/null
$ rectrack calendar > after.ics && python3 ical_check.py after.ics --uids > after.txt
$ diff before.txt after.txt
  3a4
  > OIG-21-19#4 rec-7-0a1b2c3d@rectrack
[1]
$ python3 ical_check.py after.ics
  20210930 IN-PROCESS - CBP OIG-21-19#1: Improve oversight of the Canine Program (paraphrased).
  20270331 IN-PROCESS - CBP OIG-21-19#2: Formalize and implement a realignment plan for the canine…
  20210930 IN-PROCESS - CBP OIG-21-19#3: Provide training capabilities for canine teams.
  20270630 IN-PROCESS - CBP OIG-21-19#4: Update and standardize Canine Program guidance…
  20270115 IN-PROCESS - CBP OIG-21-48#1: Strengthen oversight of medical screenings and welfare…
  5 to-dos, 100 lines, 43 folded
$ python3 ical_check.py after.ics --show 'OIG-21-19#2'
  OIG-21-19#2: Formalize and implement a realignment plan for the canine…
  Formalize and implement a realignment plan for the canine training academy (paraphrased).
  
  Report: OIG-21-19 (redacted): CBP Needs to Improve the Oversight of its Canine Program to Better Train and Reinforce Canine Performance (REDACTED)
  Status: open-resolved
  Concurrence: concur
  Agency: DHS/CBP
  Official: none
  Target: 2027-03-31
  Age: 2119 days (issued 2021-02-08)
  History:
  2021-02-08 issued: open-pending (import example.yaml)
  2021-02-08 concurrence: pending -> concur (import example.yaml)
  2021-02-08 target: 2021-09-30 (import example.yaml)
  2021-02-08 status: open-pending -> open-resolved (import example.yaml)
  2026-11-28 target: 2021-09-30 -> 2027-03-31 (new plan)

Closing a recommendation takes it off the feed.

$ rectrack status 'OIG-21-19#1' closed-implemented >/dev/null
$ rectrack calendar | python3 ical_check.py /dev/stdin --uids
  OIG-21-19#2 rec-5-0a1b2c3d@rectrack
  OIG-21-19#3 rec-6-0a1b2c3d@rectrack
  OIG-21-19#4 rec-7-0a1b2c3d@rectrack
  OIG-21-48#1 rec-1-0a1b2c3d@rectrack

The filters of list narrow the feed.

$ rectrack agency add ICE --name "Immigration and Customs Enforcement" --parent DHS >/dev/null
$ rectrack rec add OIG-21-48 --text "Review ICE detention medical staffing." --agency ICE --target 2027-02-28 --status open-resolved >/dev/null
$ rectrack flag 'OIG-21-48#4' +priority >/dev/null
$ rectrack calendar --agency ICE | python3 ical_check.py /dev/stdin
  20270228 IN-PROCESS 1 ICE OIG-21-48#4: Review ICE detention medical staffing.
  1 to-dos, 23 lines, 5 folded
$ rectrack calendar --overdue | python3 ical_check.py /dev/stdin
  20210930 IN-PROCESS - CBP OIG-21-19#3: Provide training capabilities for canine teams.
  1 to-dos, 26 lines, 9 folded
$ rectrack calendar --status open-pending | python3 ical_check.py /dev/stdin
  0 to-dos, 7 lines, 0 folded
$ rectrack calendar --priority | grep -e SUMMARY -e PRIORITY
  SUMMARY:OIG-21-48#4: Review ICE detention medical staffing. [CR]
  PRIORITY:1 [CR]
$ rectrack calendar --as-of 2021-03-01 | python3 ical_check.py /dev/stdin
  20210930 IN-PROCESS - CBP OIG-21-19#1: Improve oversight of the Canine Program (paraphrased).
  20210930 IN-PROCESS - CBP OIG-21-19#2: Formalize and implement a realignment plan for the canine…
  20210930 IN-PROCESS - CBP OIG-21-19#3: Provide proper training capabilities for canine teams…
  3 to-dos, 63 lines, 26 folded

--events: all-day events on the target dates instead of to-dos, for
Outlook and Google Calendar, with the same UIDs.

$ rectrack calendar --events --agency ICE > events.ics && python3 ical_check.py events.ics
  20270228 - 1 ICE OIG-21-48#4: Review ICE detention medical staffing.
  1 events, 24 lines, 5 folded
$ sed -n '7,12p' events.ics
  BEGIN:VEVENT [CR]
  UID:rec-9-0a1b2c3d@rectrack [CR]
  DTSTAMP:20261128T120000Z [CR]
  DTSTART;VALUE=DATE:20270228 [CR]
  DTEND;VALUE=DATE:20270301 [CR]
  TRANSP:TRANSPARENT [CR]
$ python3 ical_check.py events.ics --uids
  OIG-21-48#4 rec-9-0a1b2c3d@rectrack

Text with commas, semicolons, backslashes, line ends and a tab is
escaped; a long non-ASCII text is folded between characters (the
SUMMARY's first line stops at 73 octets: the next character has 3).

$ rectrack rec add OIG-21-48 --text "$(printf 'Fix a, b; and c\\d.\nThen\tthe rest.')" --target 2027-04-30 --status open-resolved >/dev/null
$ rectrack rec add OIG-21-48 --text "Améliorer le contrôle des équipes cynophiles à l’échelle nationale : contrôles, « formation » et évaluation — 日本語のテキスト" --target 2027-05-31 --status open-resolved >/dev/null
$ rectrack calendar > due.ics && python3 ical_check.py due.ics
  20270331 IN-PROCESS - CBP OIG-21-19#2: Formalize and implement a realignment plan for the canine…
  20210930 IN-PROCESS - CBP OIG-21-19#3: Provide training capabilities for canine teams.
  20270630 IN-PROCESS - CBP OIG-21-19#4: Update and standardize Canine Program guidance…
  20270115 IN-PROCESS - CBP OIG-21-48#1: Strengthen oversight of medical screenings and welfare…
  20270228 IN-PROCESS 1 ICE OIG-21-48#4: Review ICE detention medical staffing.
  20270430 IN-PROCESS - CBP OIG-21-48#5: Fix a, b; and c\d. Then the rest.
  20270531 IN-PROCESS - CBP OIG-21-48#6: Améliorer le contrôle des équipes cynophiles à l’échelle…
  7 to-dos, 130 lines, 52 folded
$ grep -a -e '^SUMMARY:OIG-21-48#5' -e '^DESCRIPTION:Fix' due.ics
  SUMMARY:OIG-21-48#5: Fix a\, b\; and c\\d. Then the rest. [CR]
  DESCRIPTION:Fix a\, b\; and c\\d.\nThen the rest.\n\nReport: OIG-21-48: CBP [CR]
$ python3 ical_check.py due.ics --show 'OIG-21-48#5' | sed -n 1,3p
  OIG-21-48#5: Fix a, b; and c\d. Then the rest.
  Fix a, b; and c\d.
  Then the rest.
$ grep -a -A1 '^SUMMARY:OIG-21-48#6' due.ics | od -An -c
     S   U   M   M   A   R   Y   :   O   I   G   -   2   1   -   4
     8   #   6   :       A   m 303 251   l   i   o   r   e   r    
     l   e       c   o   n   t   r 303 264   l   e       d   e   s
       303 251   q   u   i   p   e   s       c   y   n   o   p   h
     i   l   e   s     303 240       l  \r  \n     342 200 231 303
   251   c   h   e   l   l   e 342 200 246  \r  \n

--out FILE writes the file whole or not at all (a temporary file beside
it, renamed), replaces an older one and keeps its permissions.

$ rectrack calendar --out feed.ics && cmp feed.ics due.ics && echo same
  same
$ chmod 640 feed.ics
$ RECTRACK_NOW=2026-11-29T06:00:00Z rectrack calendar --out feed.ics && grep -c DTSTAMP:20261129T060000Z feed.ics
  7
$ stat -c %a feed.ics
  640
$ ls | grep -c 'feed.ics.'
  0
[1]

Mistakes: one line each, nothing written.

$ mkdir folder
$ rectrack calendar --out folder
! rectrack: folder: is a directory; give a file name
[1]
$ rectrack calendar --out missing/due.ics
! rectrack: missing: no such folder; create it first, or write the calendar into another one
[1]
$ rectrack calendar --out due.ics/feed.ics
! rectrack: due.ics: not a folder
[1]
$ rectrack calendar --out /dev/null
! rectrack: /dev/null: not a regular file (a pipe or a device); write the calendar into a file
[1]
$ rectrack calendar --out rectrack.db
! rectrack: rectrack.db: that is the database; write the calendar to another file
[1]
$ rectrack calendar --out ''
! rectrack: calendar: --out needs a value
! usage: rectrack calendar [FILTERS as for list] [--as-of DATE] [--as-known DATE]
!                          [--events] [--out FILE]
! See 'rectrack help calendar' for the options and examples.
[2]
$ rectrack calendar --status closed-implemented
! rectrack: calendar: --status: the calendar holds open recommendations only (open, open-unresolved, open-pending, open-resolved)
! usage: rectrack calendar [FILTERS as for list] [--as-of DATE] [--as-known DATE]
!                          [--events] [--out FILE]
! See 'rectrack help calendar' for the options and examples.
[2]
$ rectrack calendar --agency NOPE
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ rectrack calendar due.ics
! rectrack: calendar: unexpected argument due.ics
! usage: rectrack calendar [FILTERS as for list] [--as-of DATE] [--as-known DATE]
!                          [--events] [--out FILE]
! See 'rectrack help calendar' for the options and examples.
[2]
$ rectrack calendar --out a.ics --out b.ics
! rectrack: calendar: --out given twice
! usage: rectrack calendar [FILTERS as for list] [--as-of DATE] [--as-known DATE]
!                          [--events] [--out FILE]
! See 'rectrack help calendar' for the options and examples.
[2]
$ ls | grep -c -e '^a.ics' -e '^b.ics' -e '^missing'
  0
[1]
