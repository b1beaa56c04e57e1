backup FILE writes a copy of the database through SQLite's online backup
API: the copy is of one moment, made while others go on writing; it is
written beside FILE, verified (it opens as a rectrack database and passes
quick_check) and only then given FILE's name.

$ rectrack init >/dev/null
$ rectrack import "$SRCDIR/config/examples/port-of-entry.yaml" >/dev/null
$ rectrack backup backup.db
  backed up rectrack.db to backup.db: 4 reports, 8 recommendations, 23 events (verified)
$ ls
  backup.db
  rectrack.db
$ rectrack --db backup.db check
  ok: 4 reports, 8 recommendations, 23 events checked

Changes after the backup are not in it: used as --db, the backup shows
the data as it was when it was made.

$ rectrack list --format csv > at-backup.csv
$ rectrack history 'OIG-21-19#4' > history-at-backup.txt
$ rectrack status 'OIG-21-19#4' open-resolved --target 2027-06-30 --note "plan agreed" >/dev/null
$ rectrack rec add OIG-18-87 --text "A recommendation added after the backup." >/dev/null
$ rectrack list --format csv | cmp -s - at-backup.csv || echo "the database has moved on"
  the database has moved on
$ rectrack --db backup.db list --format csv | cmp - at-backup.csv && echo "the backup is as at backup time"
  the backup is as at backup time
$ rectrack --db backup.db history 'OIG-21-19#4' | cmp - history-at-backup.txt && echo "its history too"
  its history too
$ rectrack --db backup.db show 'OIG-18-87#1'
! rectrack: OIG-18-87#1: no such recommendation (report OIG-18-87 has no recommendation 1)
[1]

Restoring is putting the backup in the database's place (with no
rectrack running on it).

$ cp rectrack.db later.db
$ mv backup.db rectrack.db
$ rectrack list --format csv | cmp - at-backup.csv && echo restored
  restored
$ rectrack check
  ok: 4 reports, 8 recommendations, 23 events checked

An existing file is not overwritten unless --force is given, and the
database itself never is.

$ rectrack --db later.db backup backup.db >/dev/null
$ cp backup.db before.db
$ rectrack backup backup.db
! rectrack: backup.db: the file exists (--force replaces it)
[1]
$ cmp backup.db before.db && echo unchanged
  unchanged
$ rectrack backup backup.db --force
  backed up rectrack.db to backup.db: 4 reports, 8 recommendations, 23 events (verified)
$ rectrack backup rectrack.db --force
! rectrack: rectrack.db: that is the database; back it up to another file
[1]
$ ln -s rectrack.db link.db
$ rectrack backup link.db --force
! rectrack: link.db: that is the database; back it up to another file
[1]
$ mkdir dir
$ rectrack backup dir --force
! rectrack: dir: is a directory; give a file name
[1]
$ mkfifo pipe
$ rectrack backup pipe --force
! rectrack: pipe: not a regular file (a pipe or a device); back up into a file
[1]
$ ls -l pipe | cut -c1
  p
$ rm pipe

A file whose write-ahead log is there is a database in use: replacing it
would mix the two.

$ touch used.db used.db-wal
$ rectrack backup used.db --force
! rectrack: used.db: used.db-wal is there, so the file is in use as a database; back up to another file
[1]

The copy is written to FILE.tmp first: one left by another backup is not
touched, and a failed backup leaves nothing.

$ touch other.db.tmp
$ rectrack backup other.db
! rectrack: other.db.tmp: cannot create it: File exists (another backup may be writing it; if not, remove it)
[1]
$ rectrack backup missing/other.db
! rectrack: missing: no such folder; create it first, or back up into another one
[1]
$ ls
  at-backup.csv
  backup.db
  before.db
  dir
  history-at-backup.txt
  later.db
  link.db
  other.db.tmp
  rectrack.db
  used.db
  used.db-wal

The command line.

$ rectrack backup
! rectrack: backup: backup needs a FILE to write
! usage: rectrack backup FILE [--force]
! See 'rectrack help backup' for the options and examples.
[2]
$ rectrack backup a.db b.db
! rectrack: backup: unexpected argument b.db
! usage: rectrack backup FILE [--force]
! See 'rectrack help backup' for the options and examples.
[2]
$ rectrack --db missing.db backup copy.db
! rectrack: missing.db: no database here (named by --db; create one with 'rectrack init')
[1]

A backup while another process writes: a loop of status changes runs
while backups are taken one after another, each several chunks of
pages long.  Every backup is consistent: it passes check.

$ python3 "$SRCDIR/tests/bench/gen.py" 4000 1 > big.yaml
$ rectrack import big.yaml >/dev/null
$ rectrack backup first.db | sed 's/: .*//'
  backed up rectrack.db to first.db
$ test $(sqlite3 first.db "pragma page_count") -gt 1024 && echo "more than four chunks"
  more than four chunks
$ cat > writer.sh <<'SH'
> i=0
> while [ $i -lt 150 ]; do
>   i=$((i + 1)); rec="OIG-21-19#$((i % 3 + 1))"
>   rectrack --actor writer status "$rec" closed-implemented >/dev/null 2>&1 ||
>   rectrack --actor writer status "$rec" open-resolved --note reopened >/dev/null 2>&1
> done
> SH
$ sh writer.sh & writer=$!
> n=0 bad=0
> while kill -0 $writer 2>/dev/null; do
>   n=$((n + 1))
>   rectrack backup copy-$n.db >/dev/null || bad=$((bad + 1))
>   rectrack --db copy-$n.db check --quick --quiet || bad=$((bad + 1))
> done
> wait
> [ $n -ge 3 ] && echo "several backups taken while writing"
> echo "$bad failed"
> for f in copy-*.db; do sqlite3 $f "select count(*) from event where actor = 'writer'"; done | sort -un | wc -l | awk '$1 > 1 { print "they hold different moments" }'
  several backups taken while writing
  0 failed
  they hold different moments
$ rectrack check | sed 's/: .*//'
  ok
