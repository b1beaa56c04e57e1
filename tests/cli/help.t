The help a user can ask for, and what a wrong command line gets: exit 2
with the usage on standard error.

--help and -h print the usage and the commands on standard output, and
need no database.

$ rectrack --help
  usage: rectrack [--db PATH] [--config FILE] [--actor NAME] COMMAND [options] [arguments]
         rectrack --version | --help | help COMMAND
  
  commands:
    init              create the database, or upgrade an older one
    import            load YAML files, GAO's CSV export or OSCAL POA&Ms (- is standard input)
    issuer            add, change, rename and list issuers (oversight bodies)
    agency            add, change, rename and list agencies (shown as a tree)
    official          add, change, rename, list and show officials
    report            add, change, list and show reports
    rec               add a recommendation; change its fields
    show              one recommendation, its report and its history
    list              recommendations matching filters
    search            find words in report titles, summaries and recommendation texts
    reconcile         compare GAO's CSV export with the database; exit 1 on a discrepancy
    export            write the database, or a part, as YAML, JSON, CSV, XLSX or OSCAL
    calendar          open recommendations' target dates as an iCalendar (.ics) feed
    summary           the open-item summary, by agency or another key
    outstanding       the outstanding-recommendations report: every open one, by agency and report
    due               the working queue: overdue, due soon, awaiting a decision
    digest            one e-mail per official with what they owe, as files or through sendmail
    sar               the semiannual report's figures: roll-forward, Tables I and II, lists
    closure-log       the closings of a period: requester, approver, evidence, change set
    gao-ig-act        the GAO-IG Act lists: old open GAO and inspector general recommendations
    history           the history of a recommendation, report, agency, issuer or official
    status            move recommendations along the lifecycle
    concur            record the agency's concurrence
    target            set or change the target date
    flag              set or clear priority, significant, on-hold, closure-requested, partially-addressed
    note              add a note to the history
    request-closure   ask for recommendations to be closed, citing evidence
    request-extension ask for a later target date
    approve           approve the pending closure or extension request
    return            send the pending request back, with the reason
    pending           the closure and extension requests awaiting review
    evidence          keep evidence files with a recommendation's history
    changes           the change sets: what each command and import recorded
    void              void a change set: its events stay in the history and stop counting
    undo              void your own latest change set
    check             verify the database: history, references, values, search index
    seal              the history's head hash, to record and later prove it unchanged
    backup            a verified copy of the database, made safely while others write
    copy              copy a database with its history between SQLite and PostgreSQL
    help              the commands, or one command's usage
$ rectrack -h | head -2
  usage: rectrack [--db PATH] [--config FILE] [--actor NAME] COMMAND [options] [arguments]
         rectrack --version | --help | help COMMAND
$ ls

--version prints the name and version.

$ rectrack --version
  rectrack 0.1.0

"help" alone: the same overview, and where to read more.

$ rectrack help
  usage: rectrack [--db PATH] [--config FILE] [--actor NAME] COMMAND [options] [arguments]
         rectrack --version | --help | help COMMAND
  
  commands:
    init              create the database, or upgrade an older one
    import            load YAML files, GAO's CSV export or OSCAL POA&Ms (- is standard input)
    issuer            add, change, rename and list issuers (oversight bodies)
    agency            add, change, rename and list agencies (shown as a tree)
    official          add, change, rename, list and show officials
    report            add, change, list and show reports
    rec               add a recommendation; change its fields
    show              one recommendation, its report and its history
    list              recommendations matching filters
    search            find words in report titles, summaries and recommendation texts
    reconcile         compare GAO's CSV export with the database; exit 1 on a discrepancy
    export            write the database, or a part, as YAML, JSON, CSV, XLSX or OSCAL
    calendar          open recommendations' target dates as an iCalendar (.ics) feed
    summary           the open-item summary, by agency or another key
    outstanding       the outstanding-recommendations report: every open one, by agency and report
    due               the working queue: overdue, due soon, awaiting a decision
    digest            one e-mail per official with what they owe, as files or through sendmail
    sar               the semiannual report's figures: roll-forward, Tables I and II, lists
    closure-log       the closings of a period: requester, approver, evidence, change set
    gao-ig-act        the GAO-IG Act lists: old open GAO and inspector general recommendations
    history           the history of a recommendation, report, agency, issuer or official
    status            move recommendations along the lifecycle
    concur            record the agency's concurrence
    target            set or change the target date
    flag              set or clear priority, significant, on-hold, closure-requested, partially-addressed
    note              add a note to the history
    request-closure   ask for recommendations to be closed, citing evidence
    request-extension ask for a later target date
    approve           approve the pending closure or extension request
    return            send the pending request back, with the reason
    pending           the closure and extension requests awaiting review
    evidence          keep evidence files with a recommendation's history
    changes           the change sets: what each command and import recorded
    void              void a change set: its events stay in the history and stop counting
    undo              void your own latest change set
    check             verify the database: history, references, values, search index
    seal              the history's head hash, to record and later prove it unchanged
    backup            a verified copy of the database, made safely while others write
    copy              copy a database with its history between SQLite and PostgreSQL
    help              the commands, or one command's usage
  
  'rectrack help COMMAND' shows a command's usage; 'man rectrack' tells all.

"help COMMAND", "COMMAND --help" and "COMMAND -h" print one command's usage
on standard output, exit 0.  Every command has one, help included.  (flag
is left out of the -h round: there -NAME clears a flag.)

$ for c in init issuer agency report rec show list search history status concur target flag note help; do
>   rectrack help $c > a; rectrack $c --help > b
>   cmp -s a b && echo "$c: help = --help" || echo "$c: DIFFERENT"
> done
  init: help = --help
  issuer: help = --help
  agency: help = --help
  report: help = --help
  rec: help = --help
  show: help = --help
  list: help = --help
  search: help = --help
  history: help = --help
  status: help = --help
  concur: help = --help
  target: help = --help
  flag: help = --help
  note: help = --help
  help: help = --help
$ for c in init issuer agency report rec show list search history status concur target note help; do
>   rectrack help $c > a; rectrack $c -h > b
>   cmp -s a b && echo "$c: help = -h" || echo "$c: DIFFERENT"
> done; rm a b
  init: help = -h
  issuer: help = -h
  agency: help = -h
  report: help = -h
  rec: help = -h
  show: help = -h
  list: help = -h
  search: help = -h
  history: help = -h
  status: help = -h
  concur: help = -h
  target: help = -h
  note: help = -h
  help: help = -h
$ rectrack help init
  usage: rectrack init [--here]
  See 'man rectrack' for the options.
$ rectrack help issuer
  usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
         rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
                             [--dry-run]
         rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
         rectrack issuer list [--format FMT]
  See 'man rectrack' for the options.
$ rectrack help agency
  usage: rectrack agency add CODE --name NAME [--parent CODE] [--dry-run]
         rectrack agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
                             [--dry-run]
         rectrack agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
         rectrack agency list [--format FMT]
  See 'man rectrack' for the options.
$ rectrack help show
  usage: rectrack show REC [--as-of DATE] [--as-known DATE] [--format FMT]
  See 'man rectrack' for the options.
$ rectrack help history
  usage: rectrack history REC|REPORT|agency:CODE|issuer:CODE|official:CODE
                          [--as-of DATE] [--as-known DATE] [--format FMT]
  See 'man rectrack' for the options.

A usage longer than one line goes on under its options, without repeating
the program name on the continuation lines.

$ rectrack help report
  usage: rectrack report add NUMBER --title TEXT --issued DATE --agency CODE
                             [--issuer CODE] [--type TYPE] [--fy YEAR] [--url URL]
                             [--topic TOPIC]... [--summary TEXT] [--dry-run]
                             [--sensitivity public|redacted|sensitive]
         rectrack report set NUMBER FIELD=VALUE... [--date DATE] [--note TEXT]
                             [--dry-run]
         rectrack report list [--issuer CODE] [--agency CODE] [--format FMT]
         rectrack report show NUMBER [--format FMT]
  See 'man rectrack' for the options.
$ rectrack help rec
  usage: rectrack rec add REPORT --text TEXT [--number N] [--agency CODE]
                          [--official CODE] [--target DATE] [--status STATUS]
                          [--concurrence VALUE] [--corrective-action TEXT]
                          [--note TEXT] [--evidence REF] [--dry-run]
         rectrack rec set REC FIELD=VALUE... [--date DATE] [--note TEXT]
                          [--dry-run]
  See 'man rectrack' for the options.
$ rectrack help list
  usage: rectrack list [--issuer CODE] [--agency CODE] [--report NUMBER]
                       [--status STATUS]... [--concurrence VALUE]...
                       [--topic TOPIC] [--fy YEAR] [--issued-from DATE]
                       [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]
                       [--official CODE]... [--include-staff] [--due-within DAYS]
                       [--no-target] [--unresolved-over DAYS] [--sort FIELD,...]
                       [--as-known DATE] [--format table|csv|json|xlsx]
                       [--output FILE [--force]] [--bom|--no-bom]
  See 'man rectrack' for the options.
$ rectrack help status
  usage: rectrack status REC... STATUS [--date DATE] [--note TEXT] [--target DATE]
                         [--evidence REF] [--disallowed AMOUNT] [--fbu-agreed AMOUNT]
                         [--dry-run]
  See 'man rectrack' for the options.

--help after a subcommand prints the same usage.

$ rectrack issuer add --help
  usage: rectrack issuer add CODE --name NAME [--kind KIND] [--dry-run]
         rectrack issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]
                             [--dry-run]
         rectrack issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]
         rectrack issuer list [--format FMT]
  See 'man rectrack' for the options.
$ rectrack report show --help | head -1
  usage: rectrack report add NUMBER --title TEXT --issued DATE --agency CODE

help with an unknown command, or with two: exit 2 and help's usage.

$ rectrack help bogus
! rectrack: help: bogus: unknown command
! usage: rectrack help [COMMAND]
! See 'man rectrack' for the options.
[2]
$ rectrack help issuer add
! rectrack: help: help takes one COMMAND
! usage: rectrack help [COMMAND]
! See 'man rectrack' for the options.
[2]

An unknown command, an unknown global option, a global option without its
value, and no command at all: exit 2, the reason and the overview, on
standard error; standard output stays empty.

$ rectrack bogus
! rectrack: bogus: unknown command
! usage: rectrack [--db PATH] [--config FILE] [--actor NAME] COMMAND [options] [arguments]
!        rectrack --version | --help | help COMMAND
! 
! commands:
!   init              create the database, or upgrade an older one
!   import            load YAML files, GAO's CSV export or OSCAL POA&Ms (- is standard input)
!   issuer            add, change, rename and list issuers (oversight bodies)
!   agency            add, change, rename and list agencies (shown as a tree)
!   official          add, change, rename, list and show officials
!   report            add, change, list and show reports
!   rec               add a recommendation; change its fields
!   show              one recommendation, its report and its history
!   list              recommendations matching filters
!   search            find words in report titles, summaries and recommendation texts
!   reconcile         compare GAO's CSV export with the database; exit 1 on a discrepancy
!   export            write the database, or a part, as YAML, JSON, CSV, XLSX or OSCAL
!   calendar          open recommendations' target dates as an iCalendar (.ics) feed
!   summary           the open-item summary, by agency or another key
!   outstanding       the outstanding-recommendations report: every open one, by agency and report
!   due               the working queue: overdue, due soon, awaiting a decision
!   digest            one e-mail per official with what they owe, as files or through sendmail
!   sar               the semiannual report's figures: roll-forward, Tables I and II, lists
!   closure-log       the closings of a period: requester, approver, evidence, change set
!   gao-ig-act        the GAO-IG Act lists: old open GAO and inspector general recommendations
!   history           the history of a recommendation, report, agency, issuer or official
!   status            move recommendations along the lifecycle
!   concur            record the agency's concurrence
!   target            set or change the target date
!   flag              set or clear priority, significant, on-hold, closure-requested, partially-addressed
!   note              add a note to the history
!   request-closure   ask for recommendations to be closed, citing evidence
!   request-extension ask for a later target date
!   approve           approve the pending closure or extension request
!   return            send the pending request back, with the reason
!   pending           the closure and extension requests awaiting review
!   evidence          keep evidence files with a recommendation's history
!   changes           the change sets: what each command and import recorded
!   void              void a change set: its events stay in the history and stop counting
!   undo              void your own latest change set
!   check             verify the database: history, references, values, search index
!   seal              the history's head hash, to record and later prove it unchanged
!   backup            a verified copy of the database, made safely while others write
!   copy              copy a database with its history between SQLite and PostgreSQL
!   help              the commands, or one command's usage
[2]
$ rectrack --bogus list
! rectrack: unknown option --bogus
! usage: rectrack [--db PATH] [--config FILE] [--actor NAME] COMMAND [options] [arguments]
!        rectrack --version | --help | help COMMAND
! 
! commands:
!   init              create the database, or upgrade an older one
!   import            load YAML files, GAO's CSV export or OSCAL POA&Ms (- is standard input)
!   issuer            add, change, rename and list issuers (oversight bodies)
!   agency            add, change, rename and list agencies (shown as a tree)
!   official          add, change, rename, list and show officials
!   report            add, change, list and show reports
!   rec               add a recommendation; change its fields
!   show              one recommendation, its report and its history
!   list              recommendations matching filters
!   search            find words in report titles, summaries and recommendation texts
!   reconcile         compare GAO's CSV export with the database; exit 1 on a discrepancy
!   export            write the database, or a part, as YAML, JSON, CSV, XLSX or OSCAL
!   calendar          open recommendations' target dates as an iCalendar (.ics) feed
!   summary           the open-item summary, by agency or another key
!   outstanding       the outstanding-recommendations report: every open one, by agency and report
!   due               the working queue: overdue, due soon, awaiting a decision
!   digest            one e-mail per official with what they owe, as files or through sendmail
!   sar               the semiannual report's figures: roll-forward, Tables I and II, lists
!   closure-log       the closings of a period: requester, approver, evidence, change set
!   gao-ig-act        the GAO-IG Act lists: old open GAO and inspector general recommendations
!   history           the history of a recommendation, report, agency, issuer or official
!   status            move recommendations along the lifecycle
!   concur            record the agency's concurrence
!   target            set or change the target date
!   flag              set or clear priority, significant, on-hold, closure-requested, partially-addressed
!   note              add a note to the history
!   request-closure   ask for recommendations to be closed, citing evidence
!   request-extension ask for a later target date
!   approve           approve the pending closure or extension request
!   return            send the pending request back, with the reason
!   pending           the closure and extension requests awaiting review
!   evidence          keep evidence files with a recommendation's history
!   changes           the change sets: what each command and import recorded
!   void              void a change set: its events stay in the history and stop counting
!   undo              void your own latest change set
!   check             verify the database: history, references, values, search index
!   seal              the history's head hash, to record and later prove it unchanged
!   backup            a verified copy of the database, made safely while others write
!   copy              copy a database with its history between SQLite and PostgreSQL
!   help              the commands, or one command's usage
[2]
$ rectrack --db
! rectrack: --db needs a value
! usage: rectrack [--db PATH] [--config FILE] [--actor NAME] COMMAND [options] [arguments]
!        rectrack --version | --help | help COMMAND
! 
! commands:
!   init              create the database, or upgrade an older one
!   import            load YAML files, GAO's CSV export or OSCAL POA&Ms (- is standard input)
!   issuer            add, change, rename and list issuers (oversight bodies)
!   agency            add, change, rename and list agencies (shown as a tree)
!   official          add, change, rename, list and show officials
!   report            add, change, list and show reports
!   rec               add a recommendation; change its fields
!   show              one recommendation, its report and its history
!   list              recommendations matching filters
!   search            find words in report titles, summaries and recommendation texts
!   reconcile         compare GAO's CSV export with the database; exit 1 on a discrepancy
!   export            write the database, or a part, as YAML, JSON, CSV, XLSX or OSCAL
!   calendar          open recommendations' target dates as an iCalendar (.ics) feed
!   summary           the open-item summary, by agency or another key
!   outstanding       the outstanding-recommendations report: every open one, by agency and report
!   due               the working queue: overdue, due soon, awaiting a decision
!   digest            one e-mail per official with what they owe, as files or through sendmail
!   sar               the semiannual report's figures: roll-forward, Tables I and II, lists
!   closure-log       the closings of a period: requester, approver, evidence, change set
!   gao-ig-act        the GAO-IG Act lists: old open GAO and inspector general recommendations
!   history           the history of a recommendation, report, agency, issuer or official
!   status            move recommendations along the lifecycle
!   concur            record the agency's concurrence
!   target            set or change the target date
!   flag              set or clear priority, significant, on-hold, closure-requested, partially-addressed
!   note              add a note to the history
!   request-closure   ask for recommendations to be closed, citing evidence
!   request-extension ask for a later target date
!   approve           approve the pending closure or extension request
!   return            send the pending request back, with the reason
!   pending           the closure and extension requests awaiting review
!   evidence          keep evidence files with a recommendation's history
!   changes           the change sets: what each command and import recorded
!   void              void a change set: its events stay in the history and stop counting
!   undo              void your own latest change set
!   check             verify the database: history, references, values, search index
!   seal              the history's head hash, to record and later prove it unchanged
!   backup            a verified copy of the database, made safely while others write
!   copy              copy a database with its history between SQLite and PostgreSQL
!   help              the commands, or one command's usage
[2]
$ rectrack
! rectrack: no command given
! usage: rectrack [--db PATH] [--config FILE] [--actor NAME] COMMAND [options] [arguments]
!        rectrack --version | --help | help COMMAND
! 
! commands:
!   init              create the database, or upgrade an older one
!   import            load YAML files, GAO's CSV export or OSCAL POA&Ms (- is standard input)
!   issuer            add, change, rename and list issuers (oversight bodies)
!   agency            add, change, rename and list agencies (shown as a tree)
!   official          add, change, rename, list and show officials
!   report            add, change, list and show reports
!   rec               add a recommendation; change its fields
!   show              one recommendation, its report and its history
!   list              recommendations matching filters
!   search            find words in report titles, summaries and recommendation texts
!   reconcile         compare GAO's CSV export with the database; exit 1 on a discrepancy
!   export            write the database, or a part, as YAML, JSON, CSV, XLSX or OSCAL
!   calendar          open recommendations' target dates as an iCalendar (.ics) feed
!   summary           the open-item summary, by agency or another key
!   outstanding       the outstanding-recommendations report: every open one, by agency and report
!   due               the working queue: overdue, due soon, awaiting a decision
!   digest            one e-mail per official with what they owe, as files or through sendmail
!   sar               the semiannual report's figures: roll-forward, Tables I and II, lists
!   closure-log       the closings of a period: requester, approver, evidence, change set
!   gao-ig-act        the GAO-IG Act lists: old open GAO and inspector general recommendations
!   history           the history of a recommendation, report, agency, issuer or official
!   status            move recommendations along the lifecycle
!   concur            record the agency's concurrence
!   target            set or change the target date
!   flag              set or clear priority, significant, on-hold, closure-requested, partially-addressed
!   note              add a note to the history
!   request-closure   ask for recommendations to be closed, citing evidence
!   request-extension ask for a later target date
!   approve           approve the pending closure or extension request
!   return            send the pending request back, with the reason
!   pending           the closure and extension requests awaiting review
!   evidence          keep evidence files with a recommendation's history
!   changes           the change sets: what each command and import recorded
!   void              void a change set: its events stay in the history and stop counting
!   undo              void your own latest change set
!   check             verify the database: history, references, values, search index
!   seal              the history's head hash, to record and later prove it unchanged
!   backup            a verified copy of the database, made safely while others write
!   copy              copy a database with its history between SQLite and PostgreSQL
!   help              the commands, or one command's usage
[2]
$ rectrack --db x.db 2>/dev/null; echo "exit $?"
  exit 2

An unknown option of a command: exit 2 with that command's usage.

$ rectrack list --bogus
! rectrack: list: unknown option --bogus
! usage: rectrack list [--issuer CODE] [--agency CODE] [--report NUMBER]
!                      [--status STATUS]... [--concurrence VALUE]...
!                      [--topic TOPIC] [--fy YEAR] [--issued-from DATE]
!                      [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]
!                      [--official CODE]... [--include-staff] [--due-within DAYS]
!                      [--no-target] [--unresolved-over DAYS] [--sort FIELD,...]
!                      [--as-known DATE] [--format table|csv|json|xlsx]
!                      [--output FILE [--force]] [--bom|--no-bom]
! See 'man rectrack' for the options.
[2]
$ rectrack show
! rectrack: show: show needs a REC (REPORT#NUMBER)
! usage: rectrack show REC [--as-of DATE] [--as-known DATE] [--format FMT]
! See 'man rectrack' for the options.
[2]
$ rectrack history 'R#1' extra
! rectrack: history: history takes one REC
! usage: rectrack history REC|REPORT|agency:CODE|issuer:CODE|official:CODE
!                         [--as-of DATE] [--as-known DATE] [--format FMT]
! See 'man rectrack' for the options.
[2]
$ rectrack list --format xml
! rectrack: list: --format: unknown format "xml" (expected table, csv, json, md or xlsx)
! usage: rectrack list [--issuer CODE] [--agency CODE] [--report NUMBER]
!                      [--status STATUS]... [--concurrence VALUE]...
!                      [--topic TOPIC] [--fy YEAR] [--issued-from DATE]
!                      [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]
!                      [--official CODE]... [--include-staff] [--due-within DAYS]
!                      [--no-target] [--unresolved-over DAYS] [--sort FIELD,...]
!                      [--as-known DATE] [--format table|csv|json|xlsx]
!                      [--output FILE [--force]] [--bom|--no-bom]
! See 'man rectrack' for the options.
[2]

None of this created a database.

$ ls
