#!/bin/sh
# What a user sees when a PostgreSQL database cannot be used:
#
#   sh tests/pg/errors.t.sh SOCKET_DIR path/to/rectrack
#
# no server at the address, a database that does not exist, a password
# in the URI (never printed), a schema "rectrack" of another program and
# a newer schema (both refused and left as they were), backup (for
# SQLite files), --actor.  Each exits 1 (2 for --actor) with one line
# naming the database.
dir=$1
bin=$2
admin="postgresql:///postgres?host=$dir&user=tester"
db=rt_errors_$$
uri="postgresql:///$db?host=$dir&user=tester"
fail=0
no() { echo "errors: FAIL: $*"; fail=1; }
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$1" -c "$2" 2>&1; }
# expect RC PATTERN ARGS...: rectrack exits RC, printing one line that
# matches PATTERN (grep -E) on standard error and nothing on standard out
expect() {
	rc=$1 pat=$2
	shift 2
	out=$(env -u RECTRACK_DB -u RECTRACK_CONFIG RECTRACK_ACTOR=tester \
	    "$bin" "$@" 2> /tmp/errors.$$)
	got=$?
	err=$(cat /tmp/errors.$$)
	rm -f /tmp/errors.$$
	[ "$got" = "$rc" ] || no "$*: exit $got, expected $rc ($err)"
	[ -z "$out" ] || no "$*: printed: $out"
	[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || no "$*: not one line: $err"
	printf '%s\n' "$err" | grep -Eq "$pat" || no "$*: said: $err"
}

sql "$admin" "CREATE DATABASE $db" > /dev/null || exit 1
expect 1 '^rectrack: postgresql:///x\?host=/nonexistent&user=tester: cannot connect: .*/nonexistent/.*No such file or directory$' \
    --db "postgresql:///x?host=/nonexistent&user=tester" list
expect 1 '^rectrack: postgresql:///nodb_\w+\?host=.*: cannot connect: .*database "nodb_\w+" does not exist$' \
    --db "postgresql:///nodb_$$?host=$dir&user=tester" list
expect 1 '^rectrack: postgresql://tester:\*\*\*@/nodb\?host=.*password=\*\*\*.*: cannot connect: ' \
    --db "postgresql://tester:s3cret@/nodb?host=$dir&password=s3cret" list
expect 1 "no database here \\(create one with 'rectrack init'\\)$" --db "$uri" list
# another program's schema "rectrack": refused, left as it was
sql "$uri" "CREATE SCHEMA rectrack; CREATE TABLE rectrack.t (x int)" > /dev/null
before=$(sql "$uri" "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname = 'rectrack'")
expect 1 'the schema "rectrack" there is not a rectrack database; left as it is$' \
    --db "$uri" init
after=$(sql "$uri" "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname = 'rectrack'")
[ "$before" = "$after" ] || no "a foreign schema was changed ($before -> $after objects)"
sql "$uri" "DROP SCHEMA rectrack CASCADE" > /dev/null
# a newer schema
env RECTRACK_ACTOR=tester "$bin" --db "$uri" init > /dev/null || no "init"
version=$(sql "$uri" "SELECT version FROM rectrack.meta")
sql "$uri" "UPDATE rectrack.meta SET version = 99" > /dev/null
expect 1 'is of a newer rectrack \(schema version 99; this one knows up to [0-9]+\); left as it is$' \
    --db "$uri" list
[ "$(sql "$uri" "SELECT version FROM rectrack.meta")" = 99 ] || no "a newer schema was changed"
sql "$uri" "UPDATE rectrack.meta SET version = $version" > /dev/null
expect 1 "backup copies a SQLite file; for a PostgreSQL database use pg_dump" \
    --db "$uri" backup "${TMPDIR:-/tmp}/rt-errors-$$.db"
[ ! -e "${TMPDIR:-/tmp}/rt-errors-$$.db" ] || no "backup left a file"
# an unknown code names the nearest recorded ones, read from the server,
# and the refused command or import leaves the database as it was
env RECTRACK_ACTOR=tester "$bin" --db "$uri" agency add DHS --name "Homeland Security" > /dev/null || no "agency add"
expect 1 "^rectrack: DSH: no such parent agency \\(add it first\\); did you mean \"DHS\"\\?$" \
    --db "$uri" agency add CBP --name Customs --parent DSH
printf 'reports:\n  - {number: X-1, title: t, issuer: gao, issued: 2021-01-01, agency: dhs}\n' > "${TMPDIR:-/tmp}/rt-errors-$$.yaml"
expect 1 ': reports\[0\]\.issuer: no issuer "gao" in the database or under issuers: in the file \(declare it there, or import with --create-missing\)$' \
    --db "$uri" import "${TMPDIR:-/tmp}/rt-errors-$$.yaml"
printf 'issuers:\n  - {code: gao, name: GAO}\nreports:\n  - {number: X-1, title: t, issuer: gao, issued: 2021-01-01, agency: dhs}\n' > "${TMPDIR:-/tmp}/rt-errors-$$.yaml"
expect 1 ': reports\[0\]\.agency: no agency "dhs" in the database or under agencies: in the file \(declare it there, or import with --create-missing\); did you mean "DHS"\?$' \
    --db "$uri" import "${TMPDIR:-/tmp}/rt-errors-$$.yaml"
rm -f "${TMPDIR:-/tmp}/rt-errors-$$.yaml"
[ "$(sql "$uri" "SELECT count(*) FROM rectrack.agency") $(sql "$uri" "SELECT count(*) FROM rectrack.issuer")" = "1 0" ] || no "a refused import or command wrote"
expect 2 '^rectrack: --actor: on a PostgreSQL database changes are recorded under the database user' \
    --db "$uri" --actor someone note 'X#1' hello
RECTRACK_PG_TRACE=/nonexistent/trace expect 1 '^rectrack: RECTRACK_PG_TRACE: cannot open /nonexistent/trace: No such file or directory$' \
    --db "$uri" list
sql "$admin" "DROP DATABASE $db" > /dev/null
[ $fail = 0 ] && echo "errors: ok (13 refusals, each one line; nothing changed)"
exit $fail
