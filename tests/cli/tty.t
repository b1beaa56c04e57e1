Output on a terminal: tables fit its width, texts wrap, colour and the
pager as git does them.  Commands run on a pseudo-terminal through
script(1); its carriage returns are dropped.  The width is COLUMNS when
set, else the terminal's, else 80.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS Office of Inspector General" --kind oig >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-21-19 --issuer dhs-oig --title "CBP Needs to Improve the Oversight of its Canine Program to Better Train and Reinforce Canine Performance" --issued 2021-02-08 --agency CBP >/dev/null
$ rectrack rec add OIG-21-19 --status open-resolved --concurrence concur --target 2021-09-30 --text "Improve oversight of the Canine Program so that its teams are trained, certified and deployed where they are needed most." >/dev/null
$ rectrack rec add OIG-21-19 --status open-resolved --concurrence concur --target 2026-12-15 --text "Formalize and implement a realignment plan for the canine training academy." >/dev/null
$ rectrack rec add OIG-21-19 --status closed-implemented --concurrence concur --text "Provide proper training capabilities." --note "closed at issuance" >/dev/null
$ rectrack rec add OIG-21-19 --status open-unresolved --text "Update and standardize Canine Program guidance." >/dev/null
$ rectrack rec set 'OIG-21-19#4' corrective_action="The program office will rewrite the guidance, have it reviewed by the field offices and publish it on the intranet with training for every handler." --note "the agency's 90-day response names the program office, which will rewrite the guidance with the field offices" >/dev/null

On a terminal, the widest free column (here the text) shrinks to fit and
is cut with "…"; the other columns keep their width:

$ COLUMNS=60 script -qec 'rectrack list --color=never --no-pager' /dev/null | tr -d '\r'
  ID           STATUS              TARGET      OVERDUE  TEXT
  OIG-21-19#1  open-resolved       2021-09-30  overdue  Improve o…
  OIG-21-19#2  open-resolved       2026-12-15           Formalize…
  OIG-21-19#3  closed-implemented                       Provide p…
  OIG-21-19#4  open-unresolved                          Update an…
$ COLUMNS=80 script -qec 'rectrack list --color=never --no-pager' /dev/null | tr -d '\r'
  ID           STATUS              TARGET      OVERDUE  TEXT
  OIG-21-19#1  open-resolved       2021-09-30  overdue  Improve oversight of the …
  OIG-21-19#2  open-resolved       2026-12-15           Formalize and implement a…
  OIG-21-19#3  closed-implemented                       Provide proper training c…
  OIG-21-19#4  open-unresolved                          Update and standardize Ca…
$ COLUMNS=200 script -qec 'rectrack list --color=never --no-pager' /dev/null | tr -d '\r'
  ID           STATUS              TARGET      OVERDUE  TEXT
  OIG-21-19#1  open-resolved       2021-09-30  overdue  Improve oversight of the Canine Program so that its teams are trained, certified and deployed where they are needed most.
  OIG-21-19#2  open-resolved       2026-12-15           Formalize and implement a realignment plan for the canine training academy.
  OIG-21-19#3  closed-implemented                       Provide proper training capabilities.
  OIG-21-19#4  open-unresolved                          Update and standardize Canine Program guidance.

Widths count characters, East Asian wide ones as two; a character is
never cut in half:

$ rectrack report add R-2 --title "Wide" --issued 2024-01-02 --agency CBP --issuer dhs-oig >/dev/null
$ rectrack rec add R-2 --text "Überprüfung der Lieferkette, ausführlich." >/dev/null
$ rectrack rec add R-2 --text "監査報告書の勧告事項を実施し、結果を報告すること。" >/dev/null
$ COLUMNS=30 script -qec 'rectrack list --report R-2 --columns id,text --color=never --no-pager' /dev/null | tr -d '\r'
  ID     TEXT
  R-2#1  Überprüfung der Liefer…
  R-2#2  監査報告書の勧告事項を…
$ COLUMNS=31 script -qec 'rectrack list --report R-2 --columns id,text --color=never --no-pager' /dev/null | tr -d '\r'
  ID     TEXT
  R-2#1  Überprüfung der Lieferk…
  R-2#2  監査報告書の勧告事項を…

--wide, or a pipe, or a file: nothing is cut.

$ COLUMNS=60 script -qec 'rectrack --wide list --color=never --no-pager' /dev/null | tr -d '\r'
  ID           STATUS              TARGET      OVERDUE  TEXT
  OIG-21-19#1  open-resolved       2021-09-30  overdue  Improve oversight of the Canine Program so that its teams are trained, certified and deployed where they are needed most.
  OIG-21-19#2  open-resolved       2026-12-15           Formalize and implement a realignment plan for the canine training academy.
  OIG-21-19#3  closed-implemented                       Provide proper training capabilities.
  OIG-21-19#4  open-unresolved                          Update and standardize Canine Program guidance.
  R-2#1        open-pending                             Überprüfung der Lieferkette, ausführlich.
  R-2#2        open-pending                             監査報告書の勧告事項を実施し、結果を報告すること。
$ COLUMNS=60 rectrack list
  ID           STATUS              TARGET      OVERDUE  TEXT
  OIG-21-19#1  open-resolved       2021-09-30  overdue  Improve oversight of the Canine Program so that its teams are trained, certified and deployed where they are needed most.
  OIG-21-19#2  open-resolved       2026-12-15           Formalize and implement a realignment plan for the canine training academy.
  OIG-21-19#3  closed-implemented                       Provide proper training capabilities.
  OIG-21-19#4  open-unresolved                          Update and standardize Canine Program guidance.
  R-2#1        open-pending                             Überprüfung der Lieferkette, ausführlich.
  R-2#2        open-pending                             監査報告書の勧告事項を実施し、結果を報告すること。

--columns picks the columns, in its order, in every format; an unknown
one is a usage error naming the nearest and the valid ones (the first
line of the message; the usage follows).

$ rectrack list --columns id,overdue,priority,target_date
  ID           OVERDUE  PRIORITY  TARGET
  OIG-21-19#1  overdue            2021-09-30
  OIG-21-19#2                     2026-12-15
  OIG-21-19#3
  OIG-21-19#4
  R-2#1
  R-2#2
$ rectrack list --columns id,overdue --format json
  [
  {"id":"OIG-21-19#1","overdue":true},
  {"id":"OIG-21-19#2","overdue":false},
  {"id":"OIG-21-19#3","overdue":false},
  {"id":"OIG-21-19#4","overdue":false},
  {"id":"R-2#1","overdue":false},
  {"id":"R-2#2","overdue":false}
  ]
$ rectrack list --columns id,overdue --format csv
  id,overdue [CR]
  OIG-21-19#1,yes [CR]
  OIG-21-19#2,no [CR]
  OIG-21-19#3,no [CR]
  OIG-21-19#4,no [CR]
  R-2#1,no [CR]
  R-2#2,no [CR]
$ rectrack list --columns id,stauts 2>err; echo "exit $?"; head -1 err
  exit 2
  rectrack: list: --columns: unknown column "stauts"; did you mean "status"? (expected id, report, number, issuer, issued, agency, official, text, corrective_action, concurrence, status, target_date, original_target_date, resolved_date, closed_date, priority, significant, on_hold, closure_requested, partially_addressed, questioned_cost, unsupported_cost, funds_better_use, potential_savings, disallowed_cost, fbu_agreed, overdue, age_days)
$ rectrack list --columns id,,text 2>err; echo "exit $?"; head -1 err
  exit 2
  rectrack: list: --columns: an empty column name (give KEY,KEY,...)

--columns repeats (its columns follow the ones before); a column named
twice is a usage error (a JSON object would hold its key twice):

$ rectrack list --columns id --columns status,target_date --report R-2
  ID     STATUS        TARGET
  R-2#1  open-pending
  R-2#2  open-pending
$ rectrack list --columns id,status,id --format json 2>err; echo "exit $?"; head -1 err
  exit 2
  rectrack: list: --columns: "id" named twice
$ rectrack list --columns id --columns id 2>err; echo "exit $?"; head -1 err
  exit 2
  rectrack: list: --columns: "id" named twice

show wraps the long values under their column, and the history its notes
inside their column; through a pipe they stay whole, one line each.

$ COLUMNS=60 script -qec "rectrack show 'OIG-21-19#4' --color=never --no-pager" /dev/null | tr -d '\r'
  OIG-21-19#4
  Report:       CBP Needs to Improve the Oversight of its
                Canine Program to Better Train and Reinforce
                Canine Performance (dhs-oig, issued
                2021-02-08)
  Agency:       CBP
  Status:       Open – Unresolved
  Concurrence:  Pending
  Age:          2119 days
  Text:         Update and standardize Canine Program
                guidance.
  Action:       The program office will rewrite the guidance,
                have it reviewed by the field offices and
                publish it on the intranet with training for
                every handler.
  
  History
  EFFECTIVE   ACTOR   KIND    FIELD              OLD  NEW         NOTE        CHANGE  VOIDED BY
  2021-02-08  tester  issued  status                  open-                        4
                                                      unresolved
  2026-11-28  tester  field   corrective_action       The         the              5
                                                      program     agency's
                                                      office      90-day
                                                      will        response
                                                      rewrite     names the
                                                      the         program
                                                      guidance,   office,
                                                      have it     which will
                                                      reviewed    rewrite
                                                      by the      the
                                                      field       guidance
                                                      offices     with the
                                                      and         field
                                                      publish it  offices
                                                      on the
                                                      intranet
                                                      with
                                                      training
                                                      for every
                                                      handler.
$ COLUMNS=80 script -qec "rectrack history 'OIG-21-19#4' --color=never --no-pager" /dev/null | tr -d '\r'
  EFFECTIVE   ACTOR   KIND    FIELD              OLD  NEW         NOTE        CHANGE  VOIDED BY
  2021-02-08  tester  issued  status                  open-                        4
                                                      unresolved
  2026-11-28  tester  field   corrective_action       The         the              5
                                                      program     agency's
                                                      office      90-day
                                                      will        response
                                                      rewrite     names the
                                                      the         program
                                                      guidance,   office,
                                                      have it     which will
                                                      reviewed    rewrite
                                                      by the      the
                                                      field       guidance
                                                      offices     with the
                                                      and         field
                                                      publish it  offices
                                                      on the
                                                      intranet
                                                      with
                                                      training
                                                      for every
                                                      handler.
$ COLUMNS=130 script -qec "rectrack history 'OIG-21-19#4' --color=never --no-pager" /dev/null | tr -d '\r'
  EFFECTIVE   ACTOR   KIND    FIELD              OLD  NEW                           NOTE                           CHANGE  VOIDED BY
  2021-02-08  tester  issued  status                  open-unresolved                                                   4
  2026-11-28  tester  field   corrective_action       The program office will       the agency's 90-day response        5
                                                      rewrite the guidance, have    names the program office,
                                                      it reviewed by the field      which will rewrite the
                                                      offices and publish it on     guidance with the field
                                                      the intranet with training    offices
                                                      for every handler.
$ COLUMNS=60 rectrack history 'OIG-21-19#4'
  EFFECTIVE   ACTOR   KIND    FIELD              OLD  NEW                                                                                                                                                  NOTE                                                                                                           CHANGE  VOIDED BY
  2021-02-08  tester  issued  status                  open-unresolved                                                                                                                                                                                                                                                          4
  2026-11-28  tester  field   corrective_action       The program office will rewrite the guidance, have it reviewed by the field offices and publish it on the intranet with training for every handler.  the agency's 90-day response names the program office, which will rewrite the guidance with the field offices       5

Colour: forced with --color (always), shown here with sed -n l: the
header bold, an overdue row red, one due within 30 days yellow, a closed
one dim.

$ rectrack list --color=always --columns id,status,target_date | sed -n l
  \033[1mID           STATUS              TARGET\033[0m$
  \033[31mOIG-21-19#1  open-resolved       2021-09-30\033[0m$
  \033[33mOIG-21-19#2  open-resolved       2026-12-15\033[0m$
  \033[2mOIG-21-19#3  closed-implemented\033[0m$
  OIG-21-19#4  open-unresolved$
  R-2#1        open-pending$
  R-2#2        open-pending$
$ rectrack --color list --columns id | sed -n l
  \033[1mID\033[0m$
  \033[31mOIG-21-19#1\033[0m$
  \033[33mOIG-21-19#2\033[0m$
  \033[2mOIG-21-19#3\033[0m$
  OIG-21-19#4$
  R-2#1$
  R-2#2$

Off with --color=never or NO_COLOR (the transcripts run with NO_COLOR=1),
on a terminal by default without NO_COLOR (TERM not dumb):

$ COLUMNS=80 script -qec 'rectrack list --columns id --no-pager' /dev/null | tr -d '\r' | sed -n l
  ID$
  OIG-21-19#1$
  OIG-21-19#2$
  OIG-21-19#3$
  OIG-21-19#4$
  R-2#1$
  R-2#2$
$ COLUMNS=80 env -u NO_COLOR TERM=xterm script -qec 'rectrack list --columns id --no-pager --color=never' /dev/null | tr -d '\r' | sed -n l
  ID$
  OIG-21-19#1$
  OIG-21-19#2$
  OIG-21-19#3$
  OIG-21-19#4$
  R-2#1$
  R-2#2$
$ COLUMNS=80 env -u NO_COLOR TERM=xterm script -qec 'rectrack list --columns id --no-pager' /dev/null | tr -d '\r' | sed -n l
  \033[1mID\033[0m$
  \033[31mOIG-21-19#1\033[0m$
  \033[33mOIG-21-19#2\033[0m$
  \033[2mOIG-21-19#3\033[0m$
  OIG-21-19#4$
  R-2#1$
  R-2#2$
$ COLUMNS=80 env -u NO_COLOR TERM=dumb script -qec 'rectrack list --columns id --no-pager' /dev/null | tr -d '\r' | sed -n l
  ID$
  OIG-21-19#1$
  OIG-21-19#2$
  OIG-21-19#3$
  OIG-21-19#4$
  R-2#1$
  R-2#2$
$ rectrack list --color=sometimes 2>err; echo "exit $?"; head -1 err
  exit 2
  rectrack: list: --color: unknown value "sometimes" (expected always, never or auto)
$ rectrack --color=sometimes list 2>err; echo "exit $?"; head -1 err
  exit 2
  rectrack: --color: unknown value "sometimes" (expected always, never or auto)

The pager: on a terminal the output of a paged command goes through
$RECTRACK_PAGER (else $PAGER, else less with LESS=FRX); not with
--no-pager, RECTRACK_PAGER set empty, PAGER set empty, through a pipe or
with --output.

$ RECTRACK_PAGER='sed s/^/paged:\ /' script -qec 'rectrack list --columns id' /dev/null | tr -d '\r'
  paged: ID
  paged: OIG-21-19#1
  paged: OIG-21-19#2
  paged: OIG-21-19#3
  paged: OIG-21-19#4
  paged: R-2#1
  paged: R-2#2
$ RECTRACK_PAGER= PAGER='sed s/^/paged:\ /' script -qec 'rectrack list --columns id' /dev/null | tr -d '\r'
  ID
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3
  OIG-21-19#4
  R-2#1
  R-2#2
$ env -u RECTRACK_PAGER PAGER='sed s/^/paged:\ /' script -qec 'rectrack list --columns id' /dev/null | tr -d '\r'
  paged: ID
  paged: OIG-21-19#1
  paged: OIG-21-19#2
  paged: OIG-21-19#3
  paged: OIG-21-19#4
  paged: R-2#1
  paged: R-2#2
$ env -u RECTRACK_PAGER PAGER= script -qec 'rectrack list --columns id' /dev/null | tr -d '\r'
  ID
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3
  OIG-21-19#4
  R-2#1
  R-2#2
$ RECTRACK_PAGER='sed s/^/paged:\ /' script -qec 'rectrack list --columns id --no-pager' /dev/null | tr -d '\r'
  ID
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3
  OIG-21-19#4
  R-2#1
  R-2#2
$ RECTRACK_PAGER='sed s/^/paged:\ /' script -qec 'rectrack --no-pager list --columns id' /dev/null | tr -d '\r'
  ID
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3
  OIG-21-19#4
  R-2#1
  R-2#2
$ RECTRACK_PAGER='sed s/^/paged:\ /' script -qec 'rectrack list --columns id | cat' /dev/null | tr -d '\r'
  ID
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3
  OIG-21-19#4
  R-2#1
  R-2#2
$ RECTRACK_PAGER='sed s/^/paged:\ /' script -qec 'rectrack list --columns id --output l.csv --format csv; cat l.csv' /dev/null | tr -d '\r'
  id
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3
  OIG-21-19#4
  R-2#1
  R-2#2
$ env -u RECTRACK_PAGER -u LESS PAGER='echo LESS=$LESS; cat >/dev/null' script -qec 'rectrack list' /dev/null | tr -d '\r'
  LESS=FRX
$ env -u RECTRACK_PAGER LESS=S PAGER='echo LESS=$LESS; cat >/dev/null' script -qec 'rectrack list' /dev/null | tr -d '\r'
  LESS=S

A pager whose program is not found is not started: a message says so and
the output goes to the terminal.  One the shell cannot run (found only
when it runs) loses the output: a message says so and the exit status is
1.

$ RECTRACK_PAGER='nosuchpager -x' script -qec 'rectrack list --columns id --report R-2; echo "exit $?"' /dev/null | tr -d '\r'
  rectrack: the pager "nosuchpager" is not found; writing to the terminal (set RECTRACK_PAGER, or give --no-pager)
  ID
  R-2#1
  R-2#2
  exit 0
$ RECTRACK_PAGER=/no/such/pager script -qec 'rectrack list --columns id --report R-2; echo "exit $?"' /dev/null | tr -d '\r'
  rectrack: the pager "/no/such/pager" is not found; writing to the terminal (set RECTRACK_PAGER, or give --no-pager)
  ID
  R-2#1
  R-2#2
  exit 0
$ RECTRACK_PAGER='exec nosuchpager' script -qec 'rectrack list --columns id --report R-2 2>err; echo "exit $?"; grep -v "nosuchpager: not found" err' /dev/null | tr -d '\r'
  exit 1
  rectrack: the pager could not be run (RECTRACK_PAGER, PAGER); run again with --no-pager
$ RECTRACK_PAGER='"less' script -qec 'rectrack list --columns id --report R-2 2>err; echo "exit $?"; grep -v "Syntax error" err' /dev/null | tr -d '\r'
  exit 1
  rectrack: the pager could not be run (RECTRACK_PAGER, PAGER); run again with --no-pager

A command that is not paged (rec add) writes to the terminal itself:

$ RECTRACK_PAGER='sed s/^/paged:\ /' script -qec 'rectrack rec add OIG-21-19 --text Five. --dry-run' /dev/null | tr -d '\r'
  added OIG-21-19#5 (open-pending, pending)
  would record: OIG-21-19#5 issued status open-pending (effective 2021-02-08)
  dry run: nothing was written

due colours its rows as list does:

$ rectrack due --color=always | grep -v 'R-2#' | cut -c1-30 | cat -v
  Working queue as of 2026-11-28
  
  Overdue (1)
  ^[[1mID           AGENCY  OFFIC
  ^[[31mOIG-21-19#1  CBP         
  
  Due within 30 days (1)
  ^[[1mID           AGENCY  OFFIC
  ^[[33mOIG-21-19#2  CBP         
  
  Awaiting a decision over six m
  ^[[1mID           AGENCY  OFFIC
  OIG-21-19#4  CBP              
