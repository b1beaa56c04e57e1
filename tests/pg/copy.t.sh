#!/bin/sh
# rectrack copy between backends:
#
#   sh tests/pg/copy.t.sh SOCKET_DIR path/to/rectrack
#
# The example data with some history (several actors, a backdated event
# recorded later, a flag, a target change) goes SQLite -> PostgreSQL ->
# a new SQLite file; the three exports (every format), and show and
# history of a few recommendations, must be the same byte for byte, and
# check must pass on both copies.  Then: a database that is not empty is
# refused and left as it was; a URI's password is never printed; a user
# who does not own the schema (whose events the server records under
# their own name) is refused and leaves nothing.  Prints one line; exits
# non-zero on any difference.
dir=$1
bin=$2
[ -n "$dir" ] && [ -x "$bin" ] || {
	echo "usage: sh tests/pg/copy.t.sh SOCKET_DIR path/to/rectrack" >&2
	exit 2
}
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-copy.XXXXXX")
db=rt_copy_$$
other=rt_copy_other_$$
third=rt_copy_third_$$
role=rt_copier_$$
admin="postgresql:///postgres?host=$dir&user=tester"
uri="postgresql:///$db?host=$dir&user=tester"
fail=0

no() { echo "copy: FAIL: $*"; fail=1; }
run() {	# rectrack in $work, clock and actor fixed, no configuration
	(cd "$work" && env -u RECTRACK_DB -u RECTRACK_CONFIG \
	    RECTRACK_NOW=${now:-2026-11-28T12:00:00Z} RECTRACK_ACTOR=tester \
	    HOME="$work" XDG_CONFIG_HOME="$work" TZ=UTC LC_ALL=C.UTF-8 \
	    NO_COLOR=1 "$bin" "$@")
}
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$1" -c "$2" 2>&1; }
cleanup() {
	for d in $db $other $third; do
		psql -X -q "$admin" -c "DROP DATABASE IF EXISTS $d" \
		    > /dev/null 2>&1
	done
	psql -X -q "$admin" -c "DROP ROLE IF EXISTS $role" > /dev/null 2>&1
	[ $fail = 0 ] && rm -rf "$work"
}
trap cleanup EXIT

for d in $db $other $third; do
	psql -X -q "$admin" -c "CREATE DATABASE $d" || exit 1
done

# the SQLite original, with history beyond the import
cp "$src/config/examples/port-of-entry.yaml" "$work/example.yaml"
run --db from.db init > /dev/null &&
run --db from.db import example.yaml > /dev/null &&
run --db from.db status 'OIG-21-19#4' open-resolved --target 2027-06-30 \
    --note "plan agreed" --date 2026-01-05 > /dev/null &&
now=2026-11-29T09:30:00Z run --db from.db --actor alice note \
    'OIG-21-19#4' "agreed by phone" --date 2025-12-01 > /dev/null &&
run --db from.db flag 'OIG-21-48#1' +priority > /dev/null &&
now=2026-11-30T08:00:00Z run --db from.db --actor bob target \
    'OIG-21-48#2' 2027-03-31 --note "new plan" > /dev/null &&
run --db from.db official add ofo --name "Office of Field Operations" \
    --agency CBP > /dev/null &&
run --db from.db official add jdoe --name "J. Doe" --reports-to ofo \
    --email j.doe@cbp.dhs.gov > /dev/null &&
run --db from.db rec add OIG-18-87 --text "A later recommendation." \
    --official jdoe > /dev/null ||
    no "making the SQLite original"

# SQLite -> PostgreSQL -> SQLite
out=$(run copy from.db "$uri") || no "copy from.db to PostgreSQL"
case $out in
"copied from.db to $uri: 1 issuer, 2 agencies, 4 reports,"*) ;;
*) no "copy to PostgreSQL printed: $out" ;;
esac
out=$(run copy "$uri" back.db) || no "copy from PostgreSQL to back.db"
case $out in
"copied $uri to back.db: 1 issuer, 2 agencies, 4 reports,"*) ;;
*) no "copy from PostgreSQL printed: $out" ;;
esac
counts=${out#*: }

# the same bytes out of all three
same() {	# NAME ARGS...: the output of ARGS on the three databases
	name=$1
	shift
	run --db from.db "$@" > "$work/$name.from" 2>&1 ||
	    no "$*: fails on from.db"
	run --db "$uri" "$@" > "$work/$name.pg" 2>&1 ||
	    no "$*: fails on PostgreSQL"
	run --db back.db "$@" > "$work/$name.back" 2>&1 ||
	    no "$*: fails on back.db"
	cmp -s "$work/$name.from" "$work/$name.pg" ||
	    no "$*: PostgreSQL differs from from.db (in $work/$name.*)"
	cmp -s "$work/$name.from" "$work/$name.back" ||
	    no "$*: back.db differs from from.db (in $work/$name.*)"
}
for f in yaml json csv gao-csv; do
	same "export-$f" export --format "$f"
done
for r in 'OIG-21-19#4' 'OIG-21-48#1' 'OIG-21-48#2' 'OIG-18-87#1'; do
	n=$(echo "$r" | tr '#' '-')
	same "show-$n" show "$r"
	same "show-json-$n" show "$r" --format json
	same "history-$n" history "$r"
	same "history-json-$n" history "$r" --format json
	same "history-asof-$n" history "$r" --as-of 2025-12-31
done
same list list --format csv
same list-asof list --as-of 2022-10-15 --format csv
same summary summary --format csv
same search search canine --format csv
run --db "$uri" check > /dev/null || no "check fails on PostgreSQL"
run --db back.db check > /dev/null || no "check fails on back.db"

# the same history: the change sets with their ids, every event in its
# change set and at its place in the chain, the same head
heads=
for d in from.db back.db; do
	sqlite3 "$work/$d" "SELECT id, at, actor, command FROM change
	    ORDER BY id" > "$work/changes.$d" ||
	    no "reading the change sets of $d"
	sqlite3 "$work/$d" "SELECT change_id, voids, hash FROM event
	    ORDER BY id" > "$work/chain.$d" || no "reading the chain of $d"
	heads="$heads $(sqlite3 "$work/$d" "SELECT hash FROM event
	    ORDER BY id DESC LIMIT 1")"
done
sql "$uri" "SELECT id, actor, command FROM rectrack.change ORDER BY id" \
    > "$work/changes.pg" || no "reading the change sets on PostgreSQL"
sql "$uri" "SELECT change_id, voids, hash FROM rectrack.event ORDER BY id" \
    > "$work/chain.pg" || no "reading the chain on PostgreSQL"
heads="$heads $(sql "$uri" "SELECT hash FROM rectrack.event
    ORDER BY id DESC LIMIT 1")"
cmp -s "$work/changes.from.db" "$work/changes.back.db" ||
    no "the change sets of back.db differ from from.db's"
cut -d'|' -f1,3,4 "$work/changes.from.db" |
    cmp -s - "$work/changes.pg" ||
    no "the change sets on PostgreSQL differ from from.db's"
cmp -s "$work/chain.from.db" "$work/chain.back.db" ||
    no "the chain of back.db differs from from.db's"
cmp -s "$work/chain.from.db" "$work/chain.pg" ||
    no "the chain on PostgreSQL differs from from.db's"
set -- $heads
[ $# = 3 ] && [ "$1" = "$2" ] && [ "$1" = "$3" ] ||
    no "the heads of the chain differ: $heads"
head=$1

# an export imported into an empty database has the same chain: from
# SQLite into PostgreSQL (YAML), from PostgreSQL into SQLite (JSON)
ouri="postgresql:///$third?host=$dir&user=tester"
run --db from.db export > "$work/from.yaml" &&
run --db "$ouri" init > /dev/null &&
now=2026-12-01T00:00:00Z run --db "$ouri" import from.yaml > /dev/null ||
    no "importing from.db's export into PostgreSQL"
h=$(sql "$ouri" "SELECT hash FROM rectrack.event ORDER BY id DESC LIMIT 1")
[ "$h" = "$head" ] || no "the import into PostgreSQL has the head $h"
run --db "$uri" export --format json > "$work/pg.json" &&
run --db json.db init > /dev/null &&
now=2026-12-01T00:00:00Z run --db json.db import pg.json > /dev/null ||
    no "importing PostgreSQL's export into json.db"
h=$(sqlite3 "$work/json.db" "SELECT hash FROM event ORDER BY id DESC LIMIT 1")
[ "$h" = "$head" ] || no "the import of PostgreSQL's export has the head $h"

# a database that is not empty is refused and left as it was
err=$(run copy back.db "$uri" 2>&1) && no "copy into a full database ran"
case $err in
*"the database is not empty"*) ;;
*) no "copy into a full database said: $err" ;;
esac
run --db "$uri" export | cmp -s - "$work/export-yaml.from" ||
    no "the refused copy changed the PostgreSQL database"

# a password is never shown (the server trusts, so any one works)
out=$(run copy from.db \
    "postgresql:///$other?host=$dir&user=tester&password=sesame" 2>&1) ||
    no "copy with a password in the URI: $out"
case $out in
*sesame*) no "the password was printed: $out" ;;
*"password=***"*) ;;
*) no "copy with a password printed: $out" ;;
esac

# a user who does not own the schema would record every copied event
# under their own name: refused, and nothing is left
sql "postgresql:///$other?host=$dir&user=tester" \
    "DROP SCHEMA rectrack CASCADE" > /dev/null ||
    no "emptying the second database"
run --db "postgresql:///$other?host=$dir&user=tester" init > /dev/null ||
    no "init of the second database"
sql "$admin" "CREATE ROLE $role LOGIN IN ROLE rectrack_writer" > /dev/null ||
    no "making the writer $role"
err=$(run copy from.db "postgresql:///$other?host=$dir&user=$role" 2>&1) &&
    no "a writer's copy ran"
case $err in
*"only the owner"*|*"permission"*|*"may not"*) ;;
*) no "a writer's copy said: $err" ;;
esac
left=$(sql "postgresql:///$other?host=$dir&user=tester" \
    "SELECT (SELECT count(*) FROM rectrack.report) +
    (SELECT count(*) FROM rectrack.event)")
[ "$left" = 0 ] || no "a writer's refused copy left $left rows"

# the copy goes on: its next change set follows the copied ones
run --db "$uri" note 'OIG-21-19#1' "after the copy" > /dev/null ||
    no "a change after the copy into PostgreSQL"
n=$(sql "$uri" "SELECT max(id) FROM rectrack.change")
[ "$n" = $(($(wc -l < "$work/changes.pg") + 1)) ] ||
    no "the change set after the copy is number $n"
run --db "$uri" check > /dev/null || no "check fails after the copy"

if [ $fail = 0 ]; then
	echo "copy: ok: SQLite -> PostgreSQL -> SQLite gives the same" \
	    "exports, shows, histories and chain ($counts)"
else
	echo "copy: FAILED (kept in $work)"
fi
exit $fail
