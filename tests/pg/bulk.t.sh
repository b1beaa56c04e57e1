#!/bin/sh
# Large imports into PostgreSQL, whose rows go to the server together
# (src/store/postgresql/pg_bulk.c):
#
#   sh tests/pg/bulk.t.sh SOCKET_DIR path/to/rectrack
#
# An import refused near the end of a large file (thousands of rows held
# back and sent before the refusal) says where, FILE:LINE:COL, and
# leaves the database's data as it was, byte for byte (pg_dump
# --data-only; the sequences' positions aside, which no rollback takes
# back, and the random key of pg_dump's \restrict line).  The round
# trips of an import of 1,000 and of 5,000 generated recommendations
# differ by no more than a few.  Prints one line; exits non-zero on any
# failure.
dir=$1
bin=$2
[ -n "$dir" ] && [ -x "$bin" ] || {
	echo "usage: sh tests/pg/bulk.t.sh SOCKET_DIR path/to/rectrack" >&2
	exit 2
}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
src=$(cd "$(dirname "$0")/../.." && pwd)
pgbin=$(sh "$src/tests/pg/server.sh" bindir) || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-bulk.XXXXXX")
db=rt_bulk_$$
small=rt_bulk_small_$$
large=rt_bulk_large_$$
csmall=rt_bulk_csmall_$$
clarge=rt_bulk_clarge_$$
admin="postgresql:///postgres?host=$dir&user=tester"
uri="postgresql:///$db?host=$dir&user=tester"
fail=0

no() { echo "bulk: FAIL: $*"; fail=1; }
run() {	# rectrack in $work, clock and actor fixed, no configuration
	(cd "$work" && env -u RECTRACK_DB -u RECTRACK_CONFIG \
	    RECTRACK_NOW=2026-11-28T12:00:00Z RECTRACK_ACTOR=tester \
	    HOME="$work" XDG_CONFIG_HOME="$work" TZ=UTC LC_ALL=C.UTF-8 \
	    NO_COLOR=1 "$bin" "$@")
}
dump() {	# the data of database $1, without the sequences' positions
	"$pgbin/pg_dump" --data-only --no-owner -d \
	    "postgresql:///$1?host=$dir&user=tester" 2> /dev/null |
	    grep -v -e "pg_catalog.setval" -e '^\\restrict ' -e '^\\unrestrict '
}
trips() {	# round trips of an import of $1 into a new database $2
	rm -f "$work/trace"
	run --db "postgresql:///$2?host=$dir&user=tester" init > /dev/null &&
	    RECTRACK_PG_TRACE="$work/trace" run --db \
	    "postgresql:///$2?host=$dir&user=tester" import --quiet "$1" \
	    > /dev/null &&
	    python3 "$src/tests/pg/trips.py" "$work/trace" |
	    sed 's/^trips \([0-9]*\) .*/\1/'
}
ctrips() {	# round trips of a copy of SQLite file $1 into a new database $2
	rm -f "$work/trace"
	RECTRACK_PG_TRACE="$work/trace" run copy "$1" \
	    "postgresql:///$2?host=$dir&user=tester" > /dev/null &&
	    python3 "$src/tests/pg/trips.py" "$work/trace" |
	    sed 's/^trips \([0-9]*\) .*/\1/'
}
cleanup() {
	for d in $db $small $large $csmall $clarge; do
		psql -X -q "$admin" -c "DROP DATABASE IF EXISTS $d" \
		    > /dev/null 2>&1
	done
	[ $fail = 0 ] && rm -rf "$work"
}
trap cleanup EXIT

for d in $db $small $large $csmall $clarge; do
	psql -X -q "$admin" -c "CREATE DATABASE $d" || exit 1
done

# a database with data (the example), then a large file refused near its
# end: one report issued after today, past 7,000 of its 8,000
# recommendations
cp "$src/config/examples/port-of-entry.yaml" "$work/example.yaml"
python3 "$src/tests/bench/gen.py" 8000 1 > "$work/large.yaml"
line=$(grep -n '^    issued: ' "$work/large.yaml" | sed -n 1800p |
    cut -d: -f1)
sed "${line}s/issued: .*/issued: 2099-01-01/" "$work/large.yaml" \
    > "$work/bad.yaml"
run --db "$uri" init > /dev/null &&
    run --db "$uri" import --quiet example.yaml > /dev/null ||
    no "the first import failed"
dump $db > "$work/before.sql"
out=$(run --db "$uri" import --quiet bad.yaml 2>&1)
case $out in
"rectrack: bad.yaml:"[0-9]*:[0-9]*": reports[1799]"*) ;;
*) no "the refusal does not say where: $out" ;;
esac
dump $db > "$work/after.sql"
cmp -s "$work/before.sql" "$work/after.sql" ||
    no "a refused import changed the data ($(diff "$work/before.sql" \
    "$work/after.sql" | head -3))"
# and the same file, mended, goes in whole
run --db "$uri" import --quiet large.yaml > /dev/null ||
    no "the mended file was refused"
run --db "$uri" check > /dev/null || no "check after the large import"

# round trips: (nearly) constant in the number of recommendations
python3 "$src/tests/bench/gen.py" 1000 1 > "$work/gen1000.yaml"
python3 "$src/tests/bench/gen.py" 5000 1 > "$work/gen5000.yaml"
t1=$(trips gen1000.yaml $small)
t5=$(trips gen5000.yaml $large)
if [ -z "$t1" ] || [ -z "$t5" ]; then
	no "no trip count ($t1, $t5)"
elif [ $((t5 - t1)) -gt $((4000 / 1000 + 40)) ]; then
	no "round trips grow with the rows: $t1 at 1,000, $t5 at 5,000"
fi
# the same for a copy from SQLite, whose events come after all the
# recommendations; and the copy holds the same chain
for n in 1000 5000; do
	run --db "c$n.db" init > /dev/null &&
	    run --db "c$n.db" import --quiet "gen$n.yaml" > /dev/null ||
	    no "the SQLite import of $n"
done
c1=$(ctrips c1000.db $csmall)
c5=$(ctrips c5000.db $clarge)
if [ -z "$c1" ] || [ -z "$c5" ]; then
	no "no trip count of the copies ($c1, $c5)"
elif [ $((c5 - c1)) -gt $((4000 / 1000 + 40)) ]; then
	no "a copy's round trips grow with the rows: $c1 at 1,000, $c5 at 5,000"
fi
[ "$(run --db c5000.db seal)" = \
    "$(run --db "postgresql:///$clarge?host=$dir&user=tester" seal)" ] ||
    no "the copy's seal differs from its source's"
[ $fail = 0 ] && echo "bulk: passed (round trips $t1 at 1,000," \
    "$t5 at 5,000 recommendations; a copy's $c1 and $c5)"
exit $fail
