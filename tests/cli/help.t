The help a user can ask for, and what a wrong command line gets: exit 2
with the usage on standard error.

--help and -h print the usage and the commands on standard output, and
need no database.

$ rectrack --help
  usage: rectrack [global options] COMMAND [options] [arguments]
         rectrack help COMMAND | COMMAND --help
  
  recording:
    issuer            add, change, rename and list issuers (oversight bodies)
    agency            add, change, rename and list agencies (shown as a tree)
    official          add, change, rename, list and show officials
    report            add, change, list and show reports
    rec               add a recommendation; change its fields
    note              add a note to the history
    evidence          keep evidence files with a recommendation's history
    void              void a change set: its events stay in the history and stop
                      counting
    undo              void your own latest change set
  
  lifecycle:
    due               the working queue: overdue, due soon, awaiting a decision
    status            move recommendations along the lifecycle
    concur            record the agency's concurrence
    target            set or change the target date
    flag              set or clear priority, significant, on-hold,
                      closure-requested, partially-addressed
    request-closure   ask for recommendations to be closed, citing evidence
    request-extension ask for a later target date
    approve           approve the pending closure or extension request
    return            send the pending request back, with the reason
    pending           the closure and extension requests awaiting review
  
  reports:
    show              one recommendation, its report and its history
    list              recommendations matching filters
    search            find words in reports, recommendations, notes and names
    calendar          open recommendations' target dates as an iCalendar (.ics)
                      feed
    summary           the open-item summary, by agency or another key
    outstanding       the outstanding-recommendations report: every open one, by
                      agency and report
    digest            one e-mail per official with what they owe, as files or
                      through sendmail
    sar               the semiannual report's figures: roll-forward, Tables I and
                      II, lists
    closure-log       the closings of a period: requester, approver, evidence,
                      change set
    gao-ig-act        the GAO-IG Act lists: old open GAO and inspector general
                      recommendations
    history           the history of a recommendation, report, agency, issuer or
                      official
    changes           the change sets: what each command and import recorded
  
  data:
    import            load YAML files, GAO's CSV export or OSCAL POA&Ms (- is
                      standard input)
    reconcile         compare GAO's CSV export with the database; exit 1 on a
                      discrepancy
    export            write the database, or a part, as YAML, JSON, CSV, XLSX or
                      OSCAL
    backup            a verified copy of the database, made safely while others
                      write
    copy              copy a database with its history between SQLite and
                      PostgreSQL
  
  administration:
    init              create the database, or upgrade an older one
    check             verify the database: history, references, values, search
                      index
    seal              the history's head hash, to record and later prove it
                      unchanged
    help              the commands, or one command's options and examples
    completion        print the shell completion script
  
  global options (before the command; --wide, --color and --no-pager also after):
    --db PATH               the database file or postgresql:// URI
    --config FILE           the configuration file
    --actor NAME            who records the changes
    --verbose               say which database is used
    --wide                  tables at full width: cut nothing
    --color[=WHEN]          colour: auto (default), always or never
    --no-pager              no pager for long output
    --version               print the version
    --help                  print this help
  
  'rectrack help COMMAND' shows a command's options and examples;
  'man rectrack' tells all.
$ rectrack -h | head -2
  usage: rectrack [global options] COMMAND [options] [arguments]
         rectrack help COMMAND | COMMAND --help
$ ls

--version prints the name and version.

$ rectrack --version
  rectrack 0.1.0

"help" alone: the same overview, and where to read more.

$ rectrack help
  usage: rectrack [global options] COMMAND [options] [arguments]
         rectrack help COMMAND | COMMAND --help
  
  recording:
    issuer            add, change, rename and list issuers (oversight bodies)
    agency            add, change, rename and list agencies (shown as a tree)
    official          add, change, rename, list and show officials
    report            add, change, list and show reports
    rec               add a recommendation; change its fields
    note              add a note to the history
    evidence          keep evidence files with a recommendation's history
    void              void a change set: its events stay in the history and stop
                      counting
    undo              void your own latest change set
  
  lifecycle:
    due               the working queue: overdue, due soon, awaiting a decision
    status            move recommendations along the lifecycle
    concur            record the agency's concurrence
    target            set or change the target date
    flag              set or clear priority, significant, on-hold,
                      closure-requested, partially-addressed
    request-closure   ask for recommendations to be closed, citing evidence
    request-extension ask for a later target date
    approve           approve the pending closure or extension request
    return            send the pending request back, with the reason
    pending           the closure and extension requests awaiting review
  
  reports:
    show              one recommendation, its report and its history
    list              recommendations matching filters
    search            find words in reports, recommendations, notes and names
    calendar          open recommendations' target dates as an iCalendar (.ics)
                      feed
    summary           the open-item summary, by agency or another key
    outstanding       the outstanding-recommendations report: every open one, by
                      agency and report
    digest            one e-mail per official with what they owe, as files or
                      through sendmail
    sar               the semiannual report's figures: roll-forward, Tables I and
                      II, lists
    closure-log       the closings of a period: requester, approver, evidence,
                      change set
    gao-ig-act        the GAO-IG Act lists: old open GAO and inspector general
                      recommendations
    history           the history of a recommendation, report, agency, issuer or
                      official
    changes           the change sets: what each command and import recorded
  
  data:
    import            load YAML files, GAO's CSV export or OSCAL POA&Ms (- is
                      standard input)
    reconcile         compare GAO's CSV export with the database; exit 1 on a
                      discrepancy
    export            write the database, or a part, as YAML, JSON, CSV, XLSX or
                      OSCAL
    backup            a verified copy of the database, made safely while others
                      write
    copy              copy a database with its history between SQLite and
                      PostgreSQL
  
  administration:
    init              create the database, or upgrade an older one
    check             verify the database: history, references, values, search
                      index
    seal              the history's head hash, to record and later prove it
                      unchanged
    help              the commands, or one command's options and examples
    completion        print the shell completion script
  
  global options (before the command; --wide, --color and --no-pager also after):
    --db PATH               the database file or postgresql:// URI
    --config FILE           the configuration file
    --actor NAME            who records the changes
    --verbose               say which database is used
    --wide                  tables at full width: cut nothing
    --color[=WHEN]          colour: auto (default), always or never
    --no-pager              no pager for long output
    --version               print the version
    --help                  print this help
  
  'rectrack help COMMAND' shows a command's options and examples;
  'man rectrack' tells all.

"help COMMAND", "COMMAND --help" and "COMMAND -h" print one command's help
(synopsis, options, examples) on standard output, exit 0.  Every command
has one, help included.  (flag is left out of the -h round: there -NAME
clears a flag.)  The commands are those "help" lists under its headings.

$ rectrack help | awk '/^[a-z]+:$/ { on = 1; next } /^$/ { on = 0 } on && /^  [^ ]/ { print $1 }' > cmds
$ wc -l < cmds
  41
$ for c in $(cat cmds); do
>   rectrack help $c > a; rectrack $c --help > b
>   cmp -s a b || echo "$c: DIFFERENT"
> done
$ for c in $(grep -vx flag cmds); do
>   rectrack help $c > a; rectrack $c -h > b
>   cmp -s a b || echo "$c: DIFFERENT"
> done; rm a b

Every line of the help fits in 80 columns; the hidden command that the
completion scripts call is not listed.

$ for c in $(cat cmds); do rectrack help $c; done | awk 'length > 80' | wc -l
  0
$ rectrack help | awk 'length > 80' | wc -l
  0
$ rectrack help | grep -c __complete
  0
[1]
$ rm cmds

$ rectrack help init
  usage: rectrack init [--here]
  
  create the database, or upgrade an older one
  
  options:
    --here                  create it here, below a folder that has a register
  
  examples:
    rectrack init
    rectrack --db other.db init
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.
$ rectrack help issuer
  usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
         rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
                             [--dry-run]
         rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
         rectrack issuer list [--format FMT]
  
  add, change, rename and list issuers (oversight bodies)
  
  options:
    --name NAME             (add) the issuer's full name
    --kind KIND             (add) oig, gao, internal, external or other
    --date DATE             (set rename) the day it took effect (default: today)
    --note TEXT             (set rename) a note for the history
    --dry-run               (add set rename) show what it would record; write
                            nothing
    --format FMT            (list) the output format: table csv json md
    --bom                   (list) start CSV with a UTF-8 byte-order mark
    --no-bom                (list) no byte-order mark (csv.bom: true)
  
  examples:
    rectrack issuer add gao --kind gao --name "Government Accountability Office"
    rectrack issuer list --format csv
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.
$ rectrack help list
  usage: rectrack list [--issuer CODE] [--agency CODE] [--report NUMBER]
                       [--status STATUS]... [--concurrence VALUE]...
                       [--topic TOPIC] [--fy YEAR]... [--issued-from DATE]
                       [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]
                       [--official CODE]... [--include-staff] [--due-within DAYS]
                       [--no-target] [--unresolved-over DAYS] [--sort FIELD,...]
                       [--as-known DATE] [--extended-more-than N]
                       [--columns COLUMN,...]...
                       [--format table|csv|json|md|xlsx]
                       [--output FILE [--force]] [--bom|--no-bom]
  
  recommendations matching filters
  
  options:
    --extended-more-than N  extended more than N times
    --columns LIST          the columns to show, comma-separated (repeatable)
    --format FMT            the output format: table csv json md xlsx
    --output FILE           write to FILE (- : standard output)
    --force                 replace FILE if it exists
    --bom                   start CSV with a UTF-8 byte-order mark
    --no-bom                no byte-order mark (csv.bom: true)
    --issuer CODE           reports of this issuer
    --agency CODE           this agency and its sub-agencies
    --report NUMBER         this report's recommendations
    --status STATUS         this status, open or closed (repeatable)
    --concurrence VALUE     this concurrence (repeatable)
    --topic TOPIC           reports on this topic
    --fy YEAR               reports of this fiscal year (repeatable)
    --issued-from DATE      reports issued on or after DATE
    --issued-to DATE        reports issued on or before DATE
    --overdue               open, past the target date
    --priority              priority recommendations only
    --as-of DATE            as things stood at the end of DATE (default: today)
    --official CODE         this responsible official (repeatable)
    --include-staff         with --official: and everyone reporting to them
    --due-within DAYS       open, target within DAYS
    --unresolved-over DAYS  unresolved, report issued over DAYS ago
    --no-target             open, with no target date
    --sort FIELD,...        the order of the rows (-FIELD: descending)
    --as-known DATE         as known at DATE: later entries left out
  
  examples:
    rectrack list --status open-resolved --format csv
    rectrack list --as-of 2022-10-15
    rectrack list --status open-unresolved --as-of 2021-06-30
    rectrack list --format csv --bom --output open.csv
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.
$ rectrack help status
  usage: rectrack status REC... STATUS [--date DATE] [--note TEXT] [--target DATE]
                         [--evidence REF] [--disallowed AMOUNT]
                         [--fbu-agreed AMOUNT] [--dry-run]
  
  move recommendations along the lifecycle
  
  options:
    --date DATE             the day it took effect (default: today)
    --note TEXT             a note for the history
    --target DATE           the new target date
    --evidence REF          a reference to the evidence
    --disallowed AMOUNT     management decision: costs disallowed
    --fbu-agreed AMOUNT     management decision: funds put to better use
    --dry-run               show what it would record; write nothing
  
  examples:
    rectrack status 'OIG-21-19#4' open-resolved --target 2022-03-31 \
        --date 2021-08-16 --note "corrective action plan accepted"
    rectrack status 'OIG-21-19#4' closed-implemented --date 2022-11-14 \
        --note verified --evidence "CBP memo of 2022-09-26"
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.

--help after a subcommand prints its usage with that subcommand's options.

$ rectrack issuer add --help
  usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
         rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
                             [--dry-run]
         rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
         rectrack issuer list [--format FMT]
  
  add, change, rename and list issuers (oversight bodies)
  
  options:
    --name NAME             (add) the issuer's full name
    --kind KIND             (add) oig, gao, internal, external or other
    --dry-run               (add set rename) show what it would record; write
                            nothing
  
  examples:
    rectrack issuer add gao --kind gao --name "Government Accountability Office"
    rectrack issuer list --format csv
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.
$ rectrack report show --help | head -1
  usage: rectrack report add NUMBER --title TEXT --issued DATE --agency CODE

help with an unknown command, or with two: exit 2 and help's usage.

$ rectrack help bogus
! rectrack: help: bogus: unknown command
! usage: rectrack help [COMMAND] [SUBCOMMAND]
! See 'rectrack help help' for the options and examples.
[2]
$ rectrack help issuer add --x
! rectrack: help: help takes one COMMAND (and its subcommand)
! usage: rectrack help [COMMAND] [SUBCOMMAND]
! See 'rectrack help help' for the options and examples.
[2]

help COMMAND SUBCOMMAND: the command's help with that subcommand's
options only (as COMMAND SUBCOMMAND --help prints it); an unknown
subcommand, or a command without any: exit 2.

$ rectrack report add --help > a.txt; rectrack help report add | cmp - a.txt && rectrack report add -h | cmp - a.txt && echo same; rm a.txt
  same

$ rectrack help report add
  usage: rectrack report add NUMBER --title TEXT --issued DATE --agency CODE
                             [--issuer CODE] [--type TYPE] [--fy YEAR] [--url URL]
                             [--topic TOPIC]... [--summary TEXT] [--dry-run]
                             [--sensitivity public|redacted|sensitive]
         rectrack report set NUMBER FIELD=VALUE... [--date DATE] [--note TEXT]
                             [--dry-run]
         rectrack report list [--issuer CODE] [--agency CODE] [--format FMT]
         rectrack report show NUMBER [--format FMT]
  
  add, change, list and show reports
  
  options:
    --title TEXT            (add) the report's title
    --issued DATE           (add) the day it was issued
    --agency CODE           (add list) the audited agency; list: its reports
    --issuer CODE           (add list) who issued it (default: the only one);
                            list: theirs
    --type TYPE             (add) audit, inspection, evaluation, review...
    --fy YEAR               (add) fiscal year (default: from the issue date)
    --url URL               (add) where the report is published
    --topic TOPIC           (add) a topic (repeatable)
    --summary TEXT          (add) a summary, for search
    --sensitivity LEVEL     (add) public, redacted or sensitive
    --dry-run               (add set) show what it would record; write nothing
  
  examples:
    rectrack report list --agency CBP
    rectrack report show OIG-21-19
    rectrack report add OIG-22-01 --issuer dhs-oig --type audit \
        --issued 2022-01-10 --agency CBP --title "Port of Entry Staffing"
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.
$ rectrack help report nope
! rectrack: help: report nope: unknown subcommand (expected add set list show)
! usage: rectrack help [COMMAND] [SUBCOMMAND]
! See 'rectrack help help' for the options and examples.
[2]
$ rectrack help list columns
! rectrack: help: list has no subcommands
! usage: rectrack help [COMMAND] [SUBCOMMAND]
! See 'rectrack help help' for the options and examples.
[2]

flag takes -h and --help as every command does (no flag is named h).

$ rectrack flag -h | head -2
  usage: rectrack flag REC... +NAME|-NAME... [--date DATE] [--note TEXT]
                       [--dry-run]
$ rectrack flag --help | head -2
  usage: rectrack flag REC... +NAME|-NAME... [--date DATE] [--note TEXT]
                       [--dry-run]
$ rectrack flag 'R#1' -h | head -1
  usage: rectrack flag REC... +NAME|-NAME... [--date DATE] [--note TEXT]

An unknown command, an unknown global option, a global option without its
value, and no command at all: exit 2, the reason and the usage in short,
on standard error; standard output stays empty.

$ rectrack bogus
! rectrack: bogus: unknown command
! usage: rectrack [global options] COMMAND [options] [arguments]
!        rectrack help COMMAND | COMMAND --help
! 'rectrack help' lists the commands and the global options.
[2]
$ rectrack --bogus list
! rectrack: unknown option --bogus
! usage: rectrack [global options] COMMAND [options] [arguments]
!        rectrack help COMMAND | COMMAND --help
! 'rectrack help' lists the commands and the global options.
[2]
$ rectrack --db
! rectrack: --db needs a value
! usage: rectrack [global options] COMMAND [options] [arguments]
!        rectrack help COMMAND | COMMAND --help
! 'rectrack help' lists the commands and the global options.
[2]
$ rectrack
! rectrack: no command given
! usage: rectrack [global options] COMMAND [options] [arguments]
!        rectrack help COMMAND | COMMAND --help
! 'rectrack help' lists the commands and the global options.
[2]
$ rectrack --db x.db 2>/dev/null; echo "exit $?"
  exit 2

A value given to a global option that takes none: the same message as
after the command.

$ rectrack --no-pager=1 list
! rectrack: --no-pager takes no value
! usage: rectrack [global options] COMMAND [options] [arguments]
!        rectrack help COMMAND | COMMAND --help
! 'rectrack help' lists the commands and the global options.
[2]
$ rectrack --wide=yes list
! rectrack: --wide takes no value
! usage: rectrack [global options] COMMAND [options] [arguments]
!        rectrack help COMMAND | COMMAND --help
! 'rectrack help' lists the commands and the global options.
[2]
$ rectrack list --no-pager=1
! rectrack: list: --no-pager takes no value
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

An unknown option of a command: exit 2 with that command's usage.

$ rectrack list --bogus
! rectrack: list: unknown option --bogus
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
$ rectrack show
! rectrack: show: show needs a REC (REPORT#NUMBER)
! usage: rectrack show REC [--as-of DATE] [--as-known DATE] [--format FMT]
! See 'rectrack help show' for the options and examples.
[2]
$ rectrack history 'R#1' extra
! rectrack: history: history takes one REC
! usage: rectrack history REC|REPORT|agency:CODE|issuer:CODE|official:CODE
!                         [--as-of DATE] [--as-known DATE] [--format FMT]
! See 'rectrack help history' for the options and examples.
[2]
$ rectrack list --format xml
! rectrack: list: --format: unknown format "xml" (expected table, csv, json, md or xlsx)
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

None of this created a database.

$ ls

digest --help prints the help and exits 0: it went on, and failed for
want of a sender (the configuration is not read for --help).

$ rectrack digest --help > out
$ head -1 out
  usage: rectrack digest --out DIR|--sendmail [--within DAYS] [--official CODE]...
$ rectrack digest --help --out . > out
$ rm out; ls
