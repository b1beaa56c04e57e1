init creates the database once, then says it is up to date.

$ rectrack init
  created rectrack.db (schema version 9)
$ rectrack init
  rectrack.db is up to date (schema version 9)
$ rectrack --db other.db init
  created other.db (schema version 9)
$ ls
  other.db
  rectrack.db
A read command does not create a database where there is none.

$ rectrack --db missing.db list
! rectrack: missing.db: no database here (named by --db; create one with 'rectrack init')
[1]
$ ls
  other.db
  rectrack.db
A database to be created in a folder that does not exist: the error
names the folder.

$ rectrack --db nowhere/new.db init
! rectrack: nowhere: no such folder; create it first
[1]
$ touch plain
$ rectrack --db plain/new.db init
! rectrack: plain: not a folder
[1]
$ rm plain
A file that is not a rectrack database is refused, and left alone.

$ echo "not a database" > notes.txt
$ rectrack --db notes.txt init
! rectrack: notes.txt: not a rectrack database (not an SQLite file)
[1]
$ cat notes.txt
  not a database
$ rectrack init extra
! rectrack: init: unexpected argument extra
! usage: rectrack init [--here]
! See 'rectrack help init' for the options and examples.
[2]
