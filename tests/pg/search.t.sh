#!/bin/sh
# Search on PostgreSQL against SQLite, and the upgrade to schema
# version 8 (the words stored beside the texts) and 9 (corrective
# actions, notes and officials' names searched too):
#
#   sh tests/pg/search.t.sh SOCKET_DIR path/to/rectrack
#
# the same generated data (tests/bench/gen.py) in both backends, a few
# hundred queries made from its words (tests/pg/search_same.py): each
# finds the same set of hits on both, in whatever order; a database of
# version 7 on either backend is upgraded to 9, its texts found by a
# search and its words checked.
dir=$1
bin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
admin="postgresql:///postgres?host=$dir&user=tester"
db=rt_search_$$
uri="postgresql:///$db?host=$dir&user=tester"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-search.XXXXXX")
fail=0
no() { echo "search: FAIL: $*"; fail=1; }
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$1" -c "$2" 2>&1; }
run() { env -u RECTRACK_CONFIG RECTRACK_ACTOR=tester "$bin" "$@"; }

# the same hits on both backends
python3 "$here/../bench/gen.py" 2000 1 > "$work/gen.yaml" || no "gen.py"
sql "$admin" "CREATE DATABASE $db" > /dev/null || exit 1
run --db "$work/sq.db" init > /dev/null &&
    run --db "$work/sq.db" import --quiet "$work/gen.yaml" > /dev/null ||
    no "SQLite import"
run --db "$uri" init > /dev/null &&
    run --db "$uri" import --quiet "$work/gen.yaml" > /dev/null ||
    no "PostgreSQL import"
python3 "$here/search_same.py" "$bin" "$work/sq.db" "$uri" \
    "$work/gen.yaml" 300 || fail=1
sql "$admin" "DROP DATABASE $db" > /dev/null

# a version 7 database on PostgreSQL: the upgrade computes the words of
# the texts already there
sql "$admin" "CREATE DATABASE $db" > /dev/null || exit 1
for f in "$here"/../../schema/postgresql/00[1-4]-*.sql; do
	psql -X -q -v ON_ERROR_STOP=1 "$uri" -f "$f" > /dev/null 2>&1 ||
	    no "version 7: $f"
done
sql "$uri" "UPDATE rectrack.meta SET version = 7;
    INSERT INTO rectrack.issuer(code, name) VALUES ('gao', 'GAO');
    INSERT INTO rectrack.agency(code, name) VALUES ('DOJ', 'Department of Justice');
    INSERT INTO rectrack.report(number, sort_key, title, issuer_id, issued, fiscal_year, agency_id, summary)
      VALUES ('GAO-20-536', 'GAO-0220-03536', 'Federal Prisons: Staffing', 1, '2020-07-09', 2020, 1, 'Shortages of officers.');
    INSERT INTO rectrack.recommendation(report_id, number, sort_key, text, agency_id, status, corrective_action)
      VALUES (1, '1', '011', 'Address staffing shortages.', 1, 'open-pending', 'Hire augmentation officers.')" \
    > /dev/null || no "version 7: rows"
out=$(run --db "$uri" init) || no "version 7: init: $out"
[ "$out" = "upgraded $uri from schema version 7 to 9" ] ||
    no "version 7: init: $out"
out=$(run --db "$uri" search shortage --format csv | cut -d, -f2,5 | tr '\n' ' ')
[ "$out" = "id,field GAO-20-536,summary GAO-20-536#1,text " ] ||
    [ "$out" = "id,field GAO-20-536#1,text GAO-20-536,summary " ] ||
    no "version 7: search: $out"
out=$(run --db "$uri" search augmentation --format csv | cut -d, -f2,5 | tr '\n' ' ')
[ "$out" = "id,field GAO-20-536#1,corrective-action " ] ||
    no "version 7: corrective action: $out"
out=$(run --db "$uri" search prisons --format csv | cut -d, -f2,5 | tr '\n' ' ')
[ "$out" = "id,field GAO-20-536,title " ] || no "version 7: title: $out"
run --db "$uri" check --format json 2> /dev/null | grep -q '"search_words_compared":true' ||
    no "version 7: words not compared"
sql "$admin" "DROP DATABASE $db" > /dev/null

# a version 7 database on SQLite: only the version changes
if command -v sqlite3 > /dev/null 2>&1; then
	cat "$here"/../../schema/00[1-7]-*.sql | sqlite3 "$work/old.db" ||
	    no "SQLite version 7: schema"
	sqlite3 "$work/old.db" "PRAGMA user_version = 7;
	    PRAGMA application_id = 1381257795" || no "SQLite version 7"
	out=$(run --db "$work/old.db" init) || no "SQLite version 7: $out"
	[ "$out" = "upgraded $work/old.db from schema version 7 to 9" ] ||
	    no "SQLite version 7: $out"
fi

rm -rf "$work"
[ $fail = 0 ] && echo "search: ok (the same hits on both backends, version 7 upgraded on both)"
exit $fail
