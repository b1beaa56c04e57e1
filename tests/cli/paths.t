paths: what export --output, backup and --db refuse because of what the
file is, and a reader who may not write the database.  SQLite-file
specific (in PG_SKIP).

$ rectrack init >/dev/null
$ rectrack issuer add oig --name "Office of Inspector General" --kind oig >/dev/null

export --output and backup never write onto the database or the files
SQLite keeps beside it: its write-ahead log (-wal), the log's
shared-memory index (-shm) and its rollback journal (-journal), whether
they are there or not, however the name is written, and also when the
database is named through a symbolic link (SQLite keeps them beside the
file the link leads to).

$ cp rectrack.db before.db
$ for f in rectrack.db-wal ./rectrack.db-shm ../run/rectrack.db-journal rectrack.db; do rectrack export --output $f --force; rectrack backup $f --force; done
! rectrack: rectrack.db-wal: that is the database's write-ahead log; export to another file
! rectrack: rectrack.db-wal: that is the database's write-ahead log; back it up to another file
! rectrack: ./rectrack.db-shm: that is the database's shared-memory index; export to another file
! rectrack: ./rectrack.db-shm: that is the database's shared-memory index; back it up to another file
! rectrack: ../run/rectrack.db-journal: that is the database's rollback journal; export to another file
! rectrack: ../run/rectrack.db-journal: that is the database's rollback journal; back it up to another file
! rectrack: rectrack.db: that is the database; export to another file
! rectrack: rectrack.db: that is the database; back it up to another file
[1]
$ mkdir sub && ln -s ../rectrack.db sub/link.db && ln -s rectrack.db-wal wal-link
$ cd sub && rectrack --db link.db export --output ../rectrack.db-wal; rectrack --db link.db backup ../rectrack.db-journal; rectrack --db link.db export --output ../wal-link --force
! rectrack: ../rectrack.db-wal: that is the database's write-ahead log; export to another file
! rectrack: ../rectrack.db-journal: that is the database's rollback journal; back it up to another file
! rectrack: ../wal-link: that is the database's write-ahead log; export to another file
[1]
$ ls
  before.db
  rectrack.db
  sub
  wal-link
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A write-ahead log left with committed changes (a program stopped
before it could fold them into the file) is not written over, --force
or not: the change stays.

$ python3 -c 'import os, sqlite3; c = sqlite3.connect("rectrack.db", isolation_level=None); c.execute("PRAGMA wal_autocheckpoint = 0"); c.execute("INSERT INTO issuer (code, name, kind) VALUES (?, ?, ?)", ("gao", "Government Accountability Office", "gao")); os._exit(0)'
$ ls
  before.db
  rectrack.db
  rectrack.db-shm
  rectrack.db-wal
  sub
  wal-link
$ rectrack export --output rectrack.db-wal --force
! rectrack: rectrack.db-wal: that is the database's write-ahead log; export to another file
[1]
$ rectrack issuer list
  CODE  KIND  NAME
  gao   gao   Government Accountability Office
  oig   oig   Office of Inspector General

A named pipe, a device or /dev/null as --db is refused at once: no
wait on the pipe, nothing created beside it.

$ mkfifo pipe.db
$ timeout 10 rectrack --db pipe.db list; echo "exit $?"
  exit 1
! rectrack: pipe.db: not a regular file (a pipe or a device); a database is a file
$ timeout 10 rectrack --db pipe.db init; echo "exit $?"
  exit 1
! rectrack: pipe.db: not a regular file (a pipe or a device); a database is a file
$ timeout 10 rectrack --db /dev/null list; echo "exit $?"
  exit 1
! rectrack: /dev/null: not a regular file (a pipe or a device); a database is a file
$ timeout 10 rectrack --db /dev/null init; echo "exit $?"
  exit 1
! rectrack: /dev/null: not a regular file (a pipe or a device); a database is a file
$ ls pipe.db* /dev/null*
  /dev/null
  pipe.db

A user who may read the database and not write it (the user nobody when
the tests run as root, the owner itself with the file made read-only
otherwise) reads it without leaving -wal or -shm files: such files,
owned by the reader, would lock the owner out of writing.  A write
command is refused before it opens the file.

$ if [ "$(id -u)" = 0 ] && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
>   chmod 0711 .. && chmod 0777 . && echo 'exec setpriv --reuid=65534 --regid=65534 --clear-groups "$@"' > reader
> else
>   echo 'chmod 0444 rectrack.db; "$@"; s=$?; chmod 0644 rectrack.db; exit $s' > reader
> fi
$ rm -rf sub wal-link pipe.db before.db && cp rectrack.db before.db
$ sh reader rectrack issuer list
  CODE  KIND  NAME
  gao   gao   Government Accountability Office
  oig   oig   Office of Inspector General
$ sh reader rectrack export | head -n 3
  version: 1
  issuers:
  - code: gao
$ ls
  before.db
  reader
  rectrack.db
$ sh reader rectrack issuer add dhs-oig --name "DHS OIG"
! rectrack: rectrack.db: this user may not write it: read commands can, write commands cannot
[1]
$ ls
  before.db
  reader
  rectrack.db
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ rectrack issuer add dhs-oig --name "DHS OIG"
  added issuer dhs-oig
$ ls
  before.db
  reader
  rectrack.db

A database that is not in WAL mode (a restored copy, say) is read with
the usual locks, not as an immutable file: a change cut short left a
rollback journal (a "hot" journal) that undoes what it half wrote, and a
reader who cannot play it back is refused instead of shown the half
written pages.  The owner's next command rolls it back.

$ rm -f h.db h.db-journal && cp rectrack.db h.db
$ python3 -c '
> import sqlite3, shutil
> con = sqlite3.connect("h.db", isolation_level=None)
> con.execute("PRAGMA journal_mode=DELETE")
> con.execute("PRAGMA cache_size=1")
> con.execute("BEGIN")
> con.execute("UPDATE issuer SET name = '"'"'HALF WRITTEN'"'"'")
> con.execute("CREATE TABLE filler(x)")
> con.execute("INSERT INTO filler SELECT randomblob(3000) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 2000) SELECT i FROM c)")
> shutil.copy("h.db", "hot.db"); shutil.copy("h.db-journal", "hot.db-journal")
> con.execute("ROLLBACK")'
$ rm h.db && chmod 0444 hot.db hot.db-journal
$ sh reader rectrack --db hot.db issuer list
! rectrack: hot.db: cannot read it as a user who may not write it: a change was cut short and hot.db-journal holds what undoes it; the next command of a user who may write it rolls it back
[1]
$ ls hot.db*
  hot.db
  hot.db-journal
$ chmod 0644 hot.db hot.db-journal && rectrack --db hot.db issuer list
  CODE     KIND   NAME
  dhs-oig  other  DHS OIG
  gao      gao    Government Accountability Office
  oig      oig    Office of Inspector General
$ ls hot.db*
  hot.db
