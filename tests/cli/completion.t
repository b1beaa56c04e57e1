Shell completion: 'rectrack completion bash|zsh|fish' prints a script made
from the command table; the values that live in the database come from
the hidden 'rectrack __complete KIND PREFIX'.  tests/help/comp.bash loads
the bash script in 'bash --norc' and completes the words given (the last
one is at the cursor).  tests/help/shells.sh checks the zsh and fish
scripts.

$ rectrack init
  created rectrack.db (schema version 9)
$ rectrack import $SRCDIR/config/examples/port-of-entry.yaml > /dev/null

The script loads without a word on standard error and registers the
function.

$ rectrack completion bash > rectrack.bash
$ bash --norc -c '. ./rectrack.bash && complete -p rectrack'
  complete -F _rectrack rectrack
$ rm rectrack.bash

Commands, recommendation ids from the database, --format's values.

$ bash --norc $SRCDIR/tests/help/comp.bash rectrack sta
  status
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack status OIG-21-1
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3
  OIG-21-19#4
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack list --format ''
  csv
  json
  md
  table
  xlsx

bash splits a word at '=' before completing ("--format=c" reaches the
script as "--format", "=", "c"): the words are joined again, and the value
after '=' is completed; "--db=PATH" names the database, a double-quoted
PATH as well as a single-quoted one.

$ bash --norc $SRCDIR/tests/help/comp.bash rectrack list --format = c
  csv
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack list --format =
  csv
  json
  md
  table
  xlsx
$ mkdir 'd x' && cp rectrack.db 'd x/o.db' && cd / && bash --norc $SRCDIR/tests/help/comp.bash rectrack --db = "\"$OLDPWD/d x/o.db\"" list --agency ''  # sqlite-only
  CBP
  DHS
$ rm -r 'd x'  # sqlite-only
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack --color = always list --agency C
  CBP

The options of a command, and of a subcommand; subcommands; statuses
after a recommendation; codes; the global options before the command;
commands after help.

$ bash --norc $SRCDIR/tests/help/comp.bash rectrack list --over
  --overdue
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack issuer add --
  --color
  --dry-run
  --help
  --kind
  --name
  --no-pager
  --wide
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack issuer ''
  add
  list
  rename
  set
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack status 'OIG-21-19#4' closed
  closed-implemented
  closed-not-implemented
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack list --agency ''
  CBP
  DHS
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack list --status open
  open
  open-pending
  open-resolved
  open-unresolved
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack report show OIG-2
  OIG-21-19
  OIG-21-48
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack list --topic ''
  Port\ of\ Entry
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack --c
  --color
  --config
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack help req
  request-closure
  request-extension
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack list --as-of ''

Values from the database are quoted for the line and never globbed: a
report numbered with a blank, a quote or a glob character, files that
glob would match in the folder.  Files are offered where a file goes.

$ for n in 'G x' "G'q" 'G*'; do
>   rectrack report add "$n" --title t --issued 2022-01-01 --agency CBP
> done > /dev/null
$ touch Gfoo Gbar
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack report show G
  G\ x
  G\'q
  G\*
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack report show 'G\ '
  G\ x
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack report show "'G x"
  G\ x
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack import G
  Gbar
  Gfoo
$ rm Gfoo Gbar

The database named by --db PATH or --db=PATH (quoted or not), or by
the --config given, is the one __complete reads, not ./rectrack.db.

$ mkdir sub
$ rectrack --db 'sub/other db' init > /dev/null
$ rectrack --db 'sub/other db' agency add ZZ --name Z > /dev/null
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack '--db=sub/other db' list --agency ''
  ZZ
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack --db "'sub/other db'" list --agency ''
  ZZ
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack --db 'sub/other\ db' list --agency ''
  ZZ
$ printf 'database: sub/other db\n' > sub/c.yaml
$ bash --norc $SRCDIR/tests/help/comp.bash rectrack --config=sub/c.yaml list --agency ''  # sqlite-only (RECTRACK_DB, set on PostgreSQL, wins over the configuration)
  ZZ
$ rm -r sub

Every value the completion offers for an option is one the command
takes, as the values come from the code that reads them (list's
columns, --sort's fields, summary --by's keys, search --in's fields,
the statuses...): each is tried, and a refusal (exit 2) is named.
--format's values are checked against the table by the commands.  Two
refusals are by design, with their reason: summary's rows follow --by,
and the calendar holds open recommendations only.

$ rectrack completion bash > c.bash
$ grep "^	'[a-z-]* --[a-z-]*') echo '=" c.bash | tr -d "\t'" |
> sed 's/) echo =/ /; s/ ;;$//' | grep -v -- ' --format ' | sort > specs
$ cut -d' ' -f1,2 specs | tr '\n' ' ' | fold -s -w 72; echo
  calendar --concurrence calendar --sort calendar --status export 
  --concurrence export --sort export --status issuer --kind list 
  --columns list --concurrence list --sort list --status outstanding 
  --concurrence outstanding --sort outstanding --status rec --concurrence 
  rec --status reconcile --output-format report --sensitivity report 
  --type search --in search --status summary --by summary --concurrence 
  summary --sort summary --status 
$ while read cmd opt vals; do
>   case $cmd in
>   issuer) set -- add QQ --name Q --dry-run ;;
>   report) set -- add R-1 --title t --issued 2022-01-01 --agency CBP --dry-run ;;
>   rec) set -- add OIG-21-19 --text t --dry-run ;;
>   export) set -- --format csv ;;
>   search) set -- Port ;;
>   reconcile) continue ;;
>   *) set -- ;;
>   esac
>   for v in $vals; do
>     rectrack $cmd "$@" $opt $v > /dev/null 2> err
>     [ $? = 2 ] && echo "$cmd $opt $v: $(head -1 err)"
>   done
> done < specs; rm specs err
  calendar --status closed-implemented: rectrack: calendar: --status: the calendar holds open recommendations only (open, open-unresolved, open-pending, open-resolved)
  calendar --status closed-not-implemented: rectrack: calendar: --status: the calendar holds open recommendations only (open, open-unresolved, open-pending, open-resolved)
  calendar --status closed: rectrack: calendar: --status: the calendar holds open recommendations only (open, open-unresolved, open-pending, open-resolved)
  summary --sort target: rectrack: summary: --sort goes with list, outstanding and export: a summary's rows follow --by
  summary --sort age: rectrack: summary: --sort goes with list, outstanding and export: a summary's rows follow --by
  summary --sort agency: rectrack: summary: --sort goes with list, outstanding and export: a summary's rows follow --by
  summary --sort official: rectrack: summary: --sort goes with list, outstanding and export: a summary's rows follow --by
  summary --sort amount: rectrack: summary: --sort goes with list, outstanding and export: a summary's rows follow --by
$ for v in auto always never; do
>   rectrack list --color=$v > /dev/null && rectrack --color=$v list > /dev/null
> done

The manual names every one of these values (search --in's fields, --by's
keys, --sort's fields, list's columns) in bold.

$ sed 's/\\-/-/g' $SRCDIR/docs/rectrack.1 > man
$ for spec in 'search --in' 'summary --by' 'list --sort' 'list --columns'; do
>   for v in $(grep "^	'$spec') echo" c.bash | sed "s/.*echo '=//; s/' ;;//"); do
>     grep -q "^\.BR* $v\( .*\)*\$" man || echo "$spec $v: not in the manual"
>   done
> done; rm man
$ rm c.bash

__complete itself: one value a line; an unknown kind, a missing database,
a file that is not a database: nothing, exit 0, not a word on standard
error, and no file created.

$ rectrack __complete rec 'OIG-21-48#'
  OIG-21-48#1
  OIG-21-48#2
  OIG-21-48#3
$ rectrack __complete issuer ''
  dhs-oig
$ rectrack __complete concurrence n
  non-concur
  no-position
$ rectrack __complete bogus x
$ rectrack __complete
$ rectrack --db nothere.db __complete rec OIG # sqlite-only
$ echo not a database > junk.db
$ rectrack --db junk.db __complete report '' # sqlite-only
$ rectrack --db 'postgresql:///nothere?host=/nonexistent' __complete rec OIG
$ rm junk.db; ls # sqlite-only
  rectrack.db

A shell that is not one of the three, or none: exit 2.

$ rectrack completion tcsh
! rectrack: completion: tcsh: unknown shell (expected bash, zsh or fish)
! usage: rectrack completion bash|zsh|fish
! See 'rectrack help completion' for the options and examples.
[2]
$ rectrack completion
! rectrack: completion: completion needs a SHELL (bash, zsh or fish)
! usage: rectrack completion bash|zsh|fish
! See 'rectrack help completion' for the options and examples.
[2]
$ rectrack completion bash extra
! rectrack: completion: completion takes one SHELL
! usage: rectrack completion bash|zsh|fish
! See 'rectrack help completion' for the options and examples.
[2]

The completion script needs no configuration: a missing or broken one
does not stop it.  __complete stays silent and exits 0 with either, and
completes from the database found without it.

$ RECTRACK_CONFIG=/nonexistent rectrack completion bash | head -1
  # bash completion for rectrack: 'rectrack completion bash' wrote it
$ printf 'database: [\n' > broken.yaml
$ RECTRACK_CONFIG=broken.yaml rectrack completion zsh | head -1
  #compdef rectrack
$ RECTRACK_CONFIG=/nonexistent rectrack __complete rec 'OIG-21-48#'
  OIG-21-48#1
  OIG-21-48#2
  OIG-21-48#3
$ RECTRACK_CONFIG=broken.yaml rectrack __complete report OIG-21-4
  OIG-21-48
$ rectrack --config broken.yaml __complete issuer ''
  dhs-oig
$ RECTRACK_ACTOR=' ' rectrack __complete issuer ''
  dhs-oig
$ rm broken.yaml
