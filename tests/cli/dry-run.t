--dry-run on the write commands: the outcome lines a real run prints, then
the events it would record, then "dry run: nothing was written"; the
database is left as it was, and a refused command is refused the same way.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS OIG" --kind oig >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --parent DHS --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-21-19 --title "Canines" --issued 2021-02-08 --agency CBP >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 --text "Improve oversight." >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 --text "Realign the academy." >/dev/null
$ rectrack rec add OIG-21-19 --status open-unresolved --text "Update the guidance." >/dev/null

The helper below runs a command with --dry-run on one copy of the database
and for real on another.  It prints the dry run's output and complains when
the dry run changed its copy (cmp), when its outcome lines, errors or exit
status differ from the real run's, or when the events it lists are not
those the real run recorded (its newest change set, read with sqlite3).

$ cat > dry.sh <<'EOF'
> cp rectrack.db dry.db && cp rectrack.db real.db
> rectrack --db dry.db "$@" --dry-run > dry.out 2> dry.err; drc=$?
> rectrack --db real.db "$@" > real.out 2> real.err; rrc=$?; grep -v '^recorded as change [0-9]*$' real.out > real.out.lines
> cmp -s rectrack.db dry.db || echo "the dry run changed the database"
> [ ! -e dry.db-journal ] || echo "the dry run left a journal"
> grep -v -e '^would record: ' -e '^dry run: nothing was written$' dry.out | cmp -s - real.out.lines || echo "the outcome lines differ"
> cmp -s dry.err real.err || echo "the errors differ"
> [ $drc = $rrc ] || echo "the exit statuses differ"
> q="SELECT 'would record: ' || COALESCE(e.subject, p.number || '#' || r.number) || ' ' || e.kind
>  || CASE WHEN e.field IS NOT NULL AND e.field <> e.kind THEN ' ' || e.field ELSE '' END
>  || CASE WHEN e.old IS NOT NULL THEN ' ' || e.old || ' ->' ELSE '' END
>  || CASE WHEN e.new IS NOT NULL THEN ' ' || e.new WHEN e.old IS NOT NULL THEN ' (none)' ELSE '' END
>  || ' (effective ' || e.effective || ')'
>  || CASE WHEN e.note <> '' THEN ': ' || e.note ELSE '' END
>  FROM event e LEFT JOIN recommendation r ON r.id = e.recommendation_id
>  LEFT JOIN report p ON p.id = r.report_id
>  WHERE e.change_id = (SELECT max(id) FROM change)
>  AND (SELECT count(*) FROM change) > $(sqlite3 rectrack.db 'SELECT count(*) FROM change')
>  ORDER BY e.id"
> sqlite3 real.db "$q" > real.events
> grep '^would record: ' dry.out | cmp -s - real.events || echo "the events differ from those recorded"
> cat dry.out; cat dry.err >&2
> exit $drc
> EOF

The lifecycle verbs:

$ sh dry.sh status 'OIG-21-19#3' closed-implemented --date 2026-11-20 --note "closure letter" # sqlite-only
  OIG-21-19#3: open-unresolved -> closed-implemented
  would record: OIG-21-19#3 status open-unresolved -> closed-implemented (effective 2026-11-20): closure letter
  dry run: nothing was written
$ sh dry.sh status 'OIG-21-19#*' open-unresolved --target 2027-03-31 --note "reopened" # sqlite-only
! rectrack: OIG-21-19#3: cannot move from open-unresolved to open-unresolved; allowed: open-resolved, closed-implemented, closed-not-implemented
[1]
$ sh dry.sh status 'OIG-21-19#1' 'OIG-21-19#2' closed-implemented --note "done" # sqlite-only
  OIG-21-19#1: open-resolved -> closed-implemented
  OIG-21-19#2: open-resolved -> closed-implemented
  would record: OIG-21-19#1 status open-resolved -> closed-implemented (effective 2026-11-28): done
  would record: OIG-21-19#2 status open-resolved -> closed-implemented (effective 2026-11-28): done
  dry run: nothing was written
$ sh dry.sh concur 'OIG-21-19#3' non-concur --note "disagrees" # sqlite-only
  OIG-21-19#3: concurrence pending -> non-concur
  would record: OIG-21-19#3 concurrence pending -> non-concur (effective 2026-11-28): disagrees
  dry run: nothing was written
$ sh dry.sh concur 'OIG-21-19#1' concur # sqlite-only
  OIG-21-19#1: already concur
  dry run: nothing was written
$ sh dry.sh target 'OIG-21-19#1' 2022-03-31 --note "slipped" # sqlite-only
  OIG-21-19#1: target 2021-09-30 -> 2022-03-31
  would record: OIG-21-19#1 target target_date 2021-09-30 -> 2022-03-31 (effective 2026-11-28): slipped
  dry run: nothing was written
$ sh dry.sh flag 'OIG-21-19#1' +priority +significant # sqlite-only
  OIG-21-19#1: +priority +significant
  would record: OIG-21-19#1 flag priority no -> yes (effective 2026-11-28)
  would record: OIG-21-19#1 flag significant no -> yes (effective 2026-11-28)
  dry run: nothing was written
$ sh dry.sh note 'OIG-21-19#*' "called the liaison" # sqlite-only
  OIG-21-19#1: note added
  OIG-21-19#2: note added
  OIG-21-19#3: note added
  would record: OIG-21-19#1 note (effective 2026-11-28): called the liaison
  would record: OIG-21-19#2 note (effective 2026-11-28): called the liaison
  would record: OIG-21-19#3 note (effective 2026-11-28): called the liaison
  dry run: nothing was written
$ sh dry.sh note 'OIG-21-19#9' "nobody" # sqlite-only
! rectrack: OIG-21-19#9: no such recommendation (report OIG-21-19 has no recommendation 9)
[1]

The other writes: recommendations, reports, agencies, issuers (rows that
are not events show no "would record" line):

$ sh dry.sh rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-12-31 --text "A fifth." # sqlite-only
  added OIG-21-19#4 (open-resolved, concur)
  would record: OIG-21-19#4 issued status open-resolved (effective 2021-02-08)
  would record: OIG-21-19#4 concurrence pending -> concur (effective 2021-02-08)
  would record: OIG-21-19#4 target target_date 2021-12-31 (effective 2021-02-08)
  dry run: nothing was written
$ rectrack official add "CBP OFO" --name "CBP Office of Field Operations" >/dev/null
$ sh dry.sh rec set 'OIG-21-19#2' official="CBP OFO" priority=yes --date 2021-05-10 --note "90-day response" # sqlite-only
  OIG-21-19#2: 2 fields changed
  would record: OIG-21-19#2 field official CBP OFO (effective 2021-05-10): 90-day response
  would record: OIG-21-19#2 flag priority no -> yes (effective 2021-05-10): 90-day response
  dry run: nothing was written
$ sh dry.sh rec set 'OIG-21-19#2' text="Realign the academy." # sqlite-only
  OIG-21-19#2: nothing changed
  dry run: nothing was written
$ sh dry.sh rec set 'OIG-21-19#2' text="" # sqlite-only
! rectrack: text: may not be empty
[1]
$ sh dry.sh report add OIG-22-01 --title "Ports" --issued 2022-01-10 --agency CBP # sqlite-only
  added report OIG-22-01 (FY2022)
  dry run: nothing was written
$ sh dry.sh report add OIG-21-19 --title "Again" --issued 2022-01-10 --agency CBP # sqlite-only
! rectrack: report OIG-21-19 already exists
[1]
$ sh dry.sh agency add OFO --parent CBP --name "Office of Field Operations" # sqlite-only
  added agency DHS/CBP/OFO
  dry run: nothing was written
$ sh dry.sh agency add OFO --parent CPB --name "Office of Field Operations" # sqlite-only
! rectrack: CPB: no such parent agency (add it first); did you mean "CBP"?
[1]
$ sh dry.sh issuer add gao --name "GAO" --kind gao # sqlite-only
  added issuer gao
  dry run: nothing was written

A database in WAL mode: the main file stays the same too, and no -wal file
is left behind.

$ sqlite3 rectrack.db 'PRAGMA journal_mode=WAL'
  wal
$ sh dry.sh status 'OIG-21-19#3' closed-not-implemented --note "declined" # sqlite-only
  OIG-21-19#3: open-unresolved -> closed-not-implemented
  would record: OIG-21-19#3 status open-unresolved -> closed-not-implemented (effective 2026-11-28): declined
  dry run: nothing was written
$ [ -e dry.db-wal ] || echo 'no -wal file left'
  no -wal file left
$ sqlite3 rectrack.db 'PRAGMA journal_mode=DELETE'
  delete

On either database: the history, the export and check are the same after
a dry run; the real run afterwards records what the dry run showed.

$ rectrack export > before.yaml
$ rectrack history 'OIG-21-19#1' > before.history
$ rectrack status 'OIG-21-19#1' closed-implemented --note "letter of 2026-11-20" --dry-run
  OIG-21-19#1: open-resolved -> closed-implemented
  would record: OIG-21-19#1 status open-resolved -> closed-implemented (effective 2026-11-28): letter of 2026-11-20
  dry run: nothing was written
$ rectrack flag 'OIG-21-19#1' -priority --dry-run
  OIG-21-19#1: flags unchanged
  dry run: nothing was written
$ rectrack report add OIG-22-01 --title "Ports" --issued 2022-01-10 --agency CBP --dry-run
  added report OIG-22-01 (FY2022)
  dry run: nothing was written
$ rectrack agency add OFO --parent CBP --name "Office of Field Operations" --dry-run
  added agency DHS/CBP/OFO
  dry run: nothing was written
$ rectrack issuer add gao --name "GAO" --kind gao --dry-run
  added issuer gao
  dry run: nothing was written
$ rectrack rec add OIG-21-19 --text "A fifth." --dry-run
  added OIG-21-19#4 (open-pending, pending)
  would record: OIG-21-19#4 issued status open-pending (effective 2021-02-08)
  dry run: nothing was written
$ rectrack export | cmp - before.yaml && rectrack history 'OIG-21-19#1' | cmp - before.history && echo unchanged
  unchanged
$ rectrack check --quiet
$ rectrack status 'OIG-21-19#1' closed-implemented --note "letter of 2026-11-20"
  OIG-21-19#1: open-resolved -> closed-implemented
  recorded as change 5
$ rectrack history 'OIG-21-19#1'
  EFFECTIVE   ACTOR   KIND         FIELD        OLD            NEW                 NOTE                  CHANGE  VOIDED BY
  2021-02-08  tester  issued       status                      open-resolved                                  1
  2021-02-08  tester  concurrence  concurrence  pending        concur                                         1
  2021-02-08  tester  target       target_date                 2021-09-30                                     1
  2026-11-28  tester  status       status       open-resolved  closed-implemented  letter of 2026-11-20       5

Usage: the option is the command's, given once; read commands and init do
not take it; import keeps its own dry run.

$ rectrack note 'OIG-21-19#1' "twice" --dry-run --dry-run
! rectrack: note: --dry-run given twice
! usage: rectrack note REC... TEXT [--date DATE] [--dry-run]
! See 'rectrack help note' for the options and examples.
[2]
$ rectrack note 'OIG-21-19#1' "value" --dry-run=yes
! rectrack: note: --dry-run takes no value
! usage: rectrack note REC... TEXT [--date DATE] [--dry-run]
! See 'rectrack help note' for the options and examples.
[2]
$ rectrack list --dry-run
! rectrack: list: unknown option --dry-run
! usage: rectrack list [--issuer CODE] [--agency CODE] [--report NUMBER]
!                      [--status STATUS]... [--concurrence VALUE]...
!                      [--topic TOPIC] [--fy YEAR]... [--issued-from DATE]
!                      [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]
!                      [--official CODE]... [--include-staff] [--due-within DAYS]
!                      [--no-target] [--unresolved-over DAYS] [--sort FIELD,...]
!                      [--as-known DATE] [--extended-more-than N]
!                      [--columns COLUMN,...]...
!                      [--format table|csv|json|md|xlsx]
!                      [--output FILE [--force]] [--bom|--no-bom]
! See 'rectrack help list' for the options and examples.
[2]
$ rectrack --dry-run note 'OIG-21-19#1' "before the command" 2>&1 | head -1
  rectrack: unknown option --dry-run
$ rectrack export > before.yaml
$ rectrack export --report OIG-21-19 > one.yaml && rectrack import --dry-run one.yaml
  dry run: nothing was written; the import would give
  reports: 0 new, 0 changed, 1 unchanged
  recommendations: 0 new, 0 changed, 3 unchanged
  events: 0
$ rectrack export | cmp - before.yaml && echo unchanged
  unchanged
$ rectrack note 'OIG-21-19#2' "$(printf 'two\nlines \033[31mred')" --dry-run
  OIG-21-19#2: note added
  would record: OIG-21-19#2 note (effective 2026-11-28): two lines \x1b[31mred
  dry run: nothing was written
$ rectrack note 'OIG-21-19#2' --dry-run --help | tail -1
  'rectrack help' lists the commands; 'man rectrack' tells all.
