Finding the database.  With no --db, RECTRACK_DB or configuration
"database:", rectrack uses the rectrack.db of the current folder, else
that of the nearest parent, up to the home folder (here $HOME is the
test's own folder, shown as ~; the commands start in ~/run), / or the
top of a file system; with none, ./rectrack.db (which init creates).
On PostgreSQL (RECTRACK_DB set) only what does not depend on the walk
runs.

$ rectrack init
  created rectrack.db (schema version 9)
$ rectrack agency add DHS --name "Homeland Security" >/dev/null

From a subfolder, a read command and a write command use the parent's
database: no database is made in the subfolder.

$ mkdir -p a/b
$ cd a/b && rectrack agency list
  CODE  NAME
  DHS   Homeland Security
$ cd a/b && rectrack agency add CBP --name "Customs and Border Protection" --parent DHS
  added agency DHS/CBP
$ ls a/b
$ rectrack agency list
  CODE   NAME
  DHS    Homeland Security
    CBP  Customs and Border Protection

--verbose says on stderr which database is used and why.

$ cd a/b && rectrack --verbose agency list >/dev/null  # sqlite-only
! rectrack: database ../../rectrack.db (found in ~/run)
$ rectrack --verbose agency list >/dev/null  # sqlite-only
! rectrack: database rectrack.db (found in ~/run)
$ rectrack --db other.db init
  created other.db (schema version 9)
$ cd a/b && rectrack --verbose --db ../../other.db agency list
! rectrack: database ../../other.db (--db)
! rectrack: agency: no agencies
$ cd a/b && RECTRACK_DB=../../other.db rectrack --verbose agency list
! rectrack: database ../../other.db (RECTRACK_DB)
! rectrack: agency: no agencies
$ printf 'database: other.db\n' > rectrack.yaml
$ rectrack --verbose agency list  # sqlite-only
! rectrack: database other.db (configuration rectrack.yaml)
! rectrack: agency: no agencies
$ rm rectrack.yaml

A rectrack.db in the home folder itself is found; above it, none is
looked for.

$ mkdir -p "$HOME/other/x" h/p
$ cp rectrack.db "$HOME/rectrack.db"
$ cd "$HOME/other/x" && rectrack --verbose agency list >/dev/null  # sqlite-only
! rectrack: database ../../rectrack.db (found in ~)
$ rm "$HOME/rectrack.db"
$ cd h/p && HOME=$PWD/.. rectrack agency list  # sqlite-only
! rectrack: no database: no rectrack.db in ~/run/h/p or its parents up to ~/run/h (the home folder); give one with --db PATH or RECTRACK_DB, or create one here with 'rectrack init'
[1]

No database: where rectrack looked, and how to point at one.  A
database named by --db, RECTRACK_DB or the configuration that is not
there: which of them named it.

$ cd "$HOME/other/x" && rectrack --verbose agency list  # sqlite-only
! rectrack: database rectrack.db (none found in this folder or its parents)
! rectrack: no database: no rectrack.db in ~/other/x or its parents up to ~ (the home folder); give one with --db PATH or RECTRACK_DB, or create one here with 'rectrack init'
[1]
$ cd "$HOME/other/x" && rectrack agency add X --name X  # sqlite-only
! rectrack: no database: no rectrack.db in ~/other/x or its parents up to ~ (the home folder); give one with --db PATH or RECTRACK_DB, or create one here with 'rectrack init'
[1]
$ ls "$HOME/other/x"
$ rectrack --db nowhere.db agency list
! rectrack: nowhere.db: no database here (named by --db; create one with 'rectrack init')
[1]
$ RECTRACK_DB=nowhere.db rectrack agency list
! rectrack: nowhere.db: no database here (named by RECTRACK_DB; create one with 'rectrack init')
[1]
$ printf 'database: gone.db\n' > cfg.yaml
$ RECTRACK_CONFIG=cfg.yaml rectrack agency list  # sqlite-only
! rectrack: gone.db: no database here (named by the configuration cfg.yaml; create one with 'rectrack init')
[1]
$ ls *.db  # sqlite-only
  other.db
  rectrack.db
$ rm cfg.yaml

init does not make a second register below a folder that has one,
unless --here asks for it; then the subfolder's own database is used.
In the folder of a database, init upgrades it as before.

$ cd a/b && rectrack init  # sqlite-only
! rectrack: init: ~/run/rectrack.db already holds a register for this folder; give --here to create a second one in ~/run/a/b, or --db PATH
[1]
$ ls a/b
$ cd a/b && rectrack --verbose init --here  # sqlite-only
  created rectrack.db (schema version 9)
! rectrack: database rectrack.db (--here)
$ cd a/b && rectrack --verbose agency list  # sqlite-only
! rectrack: database rectrack.db (found in ~/run/a/b)
! rectrack: agency: no agencies
$ cd a/b && rectrack init  # sqlite-only
  rectrack.db is up to date (schema version 9)
$ rectrack init  # sqlite-only
  rectrack.db is up to date (schema version 9)
$ rectrack --db other.db init --here
! rectrack: init: --here: the database is named by --db already
! usage: rectrack init [--here]
! See 'rectrack help init' for the options and examples.
[2]
$ RECTRACK_DB=other.db rectrack init --here
! rectrack: init: --here: the database is named by RECTRACK_DB already
! usage: rectrack init [--here]
! See 'rectrack help init' for the options and examples.
[2]
