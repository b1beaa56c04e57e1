The configuration file and the environment (rectrack(1): ENVIRONMENT, FILES): where the
configuration is found, where the database is, who the actor is.  Each
configuration below names its own database, so "init" tells which one
was read.

The configuration is looked for in this order: --config FILE, else
$RECTRACK_CONFIG, else ./rectrack.yaml, else
$XDG_CONFIG_HOME/rectrack/config.yaml.  None at all is fine.

$ rectrack init
  created rectrack.db (schema version 9)
$ mkdir -p "$XDG_CONFIG_HOME/rectrack"
$ printf 'database: xdg.db\n' > "$XDG_CONFIG_HOME/rectrack/config.yaml"
$ rectrack init
  created xdg.db (schema version 9)
$ printf 'database: cwd.db\n' > rectrack.yaml
$ rectrack init
  created cwd.db (schema version 9)
$ printf 'database: env.db\n' > env.yaml
$ RECTRACK_CONFIG=env.yaml rectrack init
  created env.db (schema version 9)
$ printf 'database: option.db\n' > option.yaml
$ RECTRACK_CONFIG=env.yaml rectrack --config option.yaml init
  created option.db (schema version 9)
$ RECTRACK_CONFIG=env.yaml rectrack --config=option.yaml init
  option.db is up to date (schema version 9)

An empty RECTRACK_CONFIG counts as unset.

$ RECTRACK_CONFIG= rectrack init
  cwd.db is up to date (schema version 9)

Without XDG_CONFIG_HOME, $HOME/.config is used; a relative
XDG_CONFIG_HOME is ignored.

$ rm rectrack.yaml
$ mkdir -p "$HOME/.config/rectrack"
$ printf 'database: home.db\n' > "$HOME/.config/rectrack/config.yaml"
$ env -u XDG_CONFIG_HOME rectrack init
  created home.db (schema version 9)
$ XDG_CONFIG_HOME=relative rectrack init
  home.db is up to date (schema version 9)
$ ls *.db
  cwd.db
  env.db
  home.db
  option.db
  rectrack.db
  xdg.db

A configuration named by --config or $RECTRACK_CONFIG must exist.

$ rectrack --config missing.yaml init
! rectrack: missing.yaml: cannot read: No such file or directory
[1]
$ RECTRACK_CONFIG=missing.yaml rectrack init
! rectrack: missing.yaml: cannot read: No such file or directory
[1]

The database: --db, else $RECTRACK_DB, else the configuration's
"database", else ./rectrack.db.  Each step below removes one.

$ printf 'database: config.db\n' > rectrack.yaml
$ RECTRACK_DB=envdb.db rectrack --db option.db issuer add opt --name "via --db"
  added issuer opt
$ RECTRACK_DB=envdb.db rectrack init
  created envdb.db (schema version 9)
$ RECTRACK_DB=envdb.db rectrack issuer add env --name "via RECTRACK_DB"
  added issuer env
$ RECTRACK_DB= rectrack init
  created config.db (schema version 9)
$ RECTRACK_DB= rectrack issuer add cfg --name "via the configuration"
  added issuer cfg
$ rm rectrack.yaml "$XDG_CONFIG_HOME/rectrack/config.yaml" "$HOME/.config/rectrack/config.yaml"
$ rectrack issuer add dflt --name "via ./rectrack.db"
  added issuer dflt
$ for db in option envdb config rectrack; do printf '%s: ' $db; rectrack --db $db.db issuer list --format csv | tail -n +2 | cut -d, -f1 | tr -d '\r' | tr '\n' ' '; echo; done
  option: opt 
  envdb: env 
  config: cfg 
  rectrack: dflt 

The actor: --actor, else $RECTRACK_ACTOR, else the configuration's
"actor", else the login name.  The history shows who did what.

$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add R --issuer dflt --title "Actors" --issued 2021-02-08 --agency CBP >/dev/null
$ printf 'actor: audit-followup\n' > rectrack.yaml
$ RECTRACK_ACTOR=env-actor rectrack --actor option-actor rec add R --text "by --actor" >/dev/null
$ RECTRACK_ACTOR=env-actor rectrack rec add R --text "by RECTRACK_ACTOR" >/dev/null
$ RECTRACK_ACTOR= rectrack rec add R --text "by the configuration" >/dev/null
$ rm rectrack.yaml
$ RECTRACK_ACTOR= rectrack rec add R --text "by the login name" >/dev/null
$ for n in 1 2 3; do rectrack history "R#$n" --format csv | sed -n 2p | cut -d, -f3; done
  option-actor
  env-actor
  audit-followup
$ a=$(rectrack history 'R#4' --format csv | sed -n 2p | cut -d, -f3)
> if [ "$a" = "$(logname 2>/dev/null)" ] || [ "$a" = "$(id -un)" ]; then echo "R#4: the login name"; else echo "R#4: $a, not $(id -un)"; fi
  R#4: the login name

A bad configuration is an error naming FILE:LINE:COLUMN and what is
wrong, exit 1, and nothing is done.  ./rectrack.yaml is read by every
command.

$ sqlite3 rectrack.db .dump | cksum > before
$ printf 'actor: x\ndatabse: other.db\n' > rectrack.yaml
$ rectrack issuer add x --name "Not added"
! rectrack: rectrack.yaml:2:1: databse: unknown key (expected one of database, actor, fiscal_year_start_month, resolution_deadline_days, aging_buckets_days, require, vocabulary, follow_up, evidence, csv, oscal)
[1]
$ rectrack list
! rectrack: rectrack.yaml:2:1: databse: unknown key (expected one of database, actor, fiscal_year_start_month, resolution_deadline_days, aging_buckets_days, require, vocabulary, follow_up, evidence, csv, oscal)
[1]
$ rm rectrack.yaml

Each kind of mistake, through --config: an unknown key, an unknown
nested key, a value out of range or not a number, an unknown value in a
list, buckets out of order, an empty value, a list where one value is
expected, a repeated key, an anchor, a tag, not a mapping, broken YAML.

$ printf 'database: x.db\nfiscal_year_start_month: 13\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:26: fiscal_year_start_month: must be a whole number from 1 to 12, not "13"
[1]
$ printf 'fiscal_year_start_month: ten\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:1:26: fiscal_year_start_month: must be a whole number from 1 to 12, not "ten"
[1]
$ printf 'resolution_deadline_days: 0\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:1:27: resolution_deadline_days: must be a whole number from 1 to 36500, not "0"
[1]
$ printf 'require:\n  resolve: [target_date, bogus]\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:26: require.resolve: unknown value "bogus" (expected one of target_date, corrective_action, official)
[1]
$ printf 'require:\n  close: []\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:3: require.close: unknown key (expected one of resolve, close_implemented, approval, separate_approver)
[1]
$ printf 'aging_buckets_days: [365, 183]\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:1:27: aging_buckets_days: 183 after 365: buckets must be in ascending order
[1]
$ printf 'database:\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:1:10: database: needs a value
[1]
$ printf 'actor: ~\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:1:8: actor: needs a value
[1]
$ printf 'database: [a.db, b.db]\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:1:11: database: must be a single value, not a list
[1]
$ printf 'actor: a\nactor: b\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:1: actor: duplicate key (first on line 1)
[1]
$ printf 'actor: &who a\ndatabase: *who\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:1:8: actor: anchors are not allowed
[1]
$ printf 'actor: !!str a\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:1:8: actor: tags are not allowed
[1]
$ printf -- '- database: a.db\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:1:1: must be a mapping with the keys database, actor, fiscal_year_start_month, resolution_deadline_days, aging_buckets_days, require, vocabulary, follow_up, evidence, csv, oscal
[1]
$ printf 'actor: a\n  b: c\n' > c.yaml
$ rectrack --config c.yaml init
! rectrack: c.yaml:2:4: mapping values are not allowed in this context
[1]
$ RECTRACK_CONFIG=c.yaml rectrack list; echo "exit $?"
  exit 1
! rectrack: c.yaml:2:4: mapping values are not allowed in this context

An empty file and a file of comments are fine: the defaults apply.

$ : > c.yaml
$ rectrack --config c.yaml issuer list | head -1
  CODE  KIND   NAME
$ printf '# nothing here\n' > c.yaml
$ rectrack --config c.yaml issuer list | head -1
  CODE  KIND   NAME
$ sqlite3 rectrack.db .dump | cksum | cmp - before && echo unchanged
  unchanged
$ ls *.db
  config.db
  cwd.db
  env.db
  envdb.db
  home.db
  option.db
  rectrack.db
  xdg.db

Help and the version need no configuration, even a broken one.

$ printf 'bogus: 1\n' > rectrack.yaml
$ rectrack --version
  rectrack 0.1.0
$ rectrack --help | head -1
  usage: rectrack [global options] COMMAND [options] [arguments]
$ rectrack help | head -1
  usage: rectrack [global options] COMMAND [options] [arguments]
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
$ rectrack init --help
  usage: rectrack init [--here]
  
  create the database, or upgrade an older one
  
  options:
    --here                  create it here, below a folder that has a register
  
  examples:
    rectrack init
    rectrack --db other.db init
  
  Every command also takes --wide, --color[=WHEN] and --no-pager.
  'rectrack help' lists the commands; 'man rectrack' tells all.
