#!/bin/sh
# The PostgreSQL part of the tests:
#
#   sh tests/pg/run.sh BUILD CLI_TESTS...
#
# starts a throw-away server (tests/pg/server.sh) in a new temporary
# folder, runs the CLI transcripts given against it (tests/cli/run.sh
# with RECTRACK_TEST_PG: the same expected output as on SQLite), then
# the store's and the search's contract unit tests with
# RECTRACK_TEST_PG_URL (when built), then every tests/pg/*.t.sh scenario
# (roles, copy between backends, concurrent writers, search against
# SQLite) with the socket folder and the binary, and stops
# the server whatever happens.  Without the server programs it says it
# skipped and succeeds, unless RECTRACK_REQUIRE_PG=1 (CI sets it).
build=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)
if ! bindir=$(sh "$here/server.sh" bindir 2>/dev/null) ||
    ! command -v psql > /dev/null 2>&1; then
	if [ "${RECTRACK_REQUIRE_PG:-0}" = 1 ]; then
		echo "pg: the PostgreSQL server programs or psql are missing" \
		    "(apt-get install postgresql)" >&2
		exit 1
	fi
	echo "pg: SKIPPED the PostgreSQL tests: no PostgreSQL server" \
	    "programs here (apt-get install postgresql to run them)"
	exit 0
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-pg.XXXXXX")
trap 'sh "$here/server.sh" stop "$dir"' EXIT INT TERM
sh "$here/server.sh" start "$dir" > /dev/null || exit 1
echo "pg: server $("$bindir/postgres" --version | awk "{print \$3}") on $dir"
fail=0
RECTRACK_TEST_PG=$dir sh "$here/../cli/run.sh" "$build/rectrack" "$@" \
    > "$dir/cli.out" 2>&1 || fail=1
sed 's/^cli:/pg cli:/' "$dir/cli.out"
# the store's contract tests (tests/unit/test_store.c, test_search.c) on
# the server too
psql -q -X "postgresql:///postgres?host=$dir&user=tester" \
    -c "CREATE DATABASE rt_unit" > /dev/null || fail=1
for t in test_store test_search; do
	if [ ! -x "$build/tests/$t" ]; then
		echo "pg unit: $build/tests/$t not built (make check-unit)"
		continue
	fi
	RECTRACK_TEST_PG_URL="postgresql:///rt_unit?host=$dir&user=tester" \
	    "$build/tests/$t" > "$dir/unit.out" 2>&1 &&
	    echo "pg unit: $t passed" ||
	    { fail=1; cat "$dir/unit.out"; echo "FAIL: $t"; }
done
for s in "$here"/*.t.sh; do
	[ -e "$s" ] || continue
	sh "$s" "$dir" "$build/rectrack" || { fail=1; echo "FAIL: $s"; }
done
exit $fail
