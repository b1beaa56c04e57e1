#!/bin/sh
# Access control by the server (docs/deployment.md):
#
#   sh tests/pg/roles.t.sh SOCKET_DIR path/to/rectrack
#
# The owner ("tester") creates the database; a reader (bob, in
# rectrack_reader) runs the read commands and is refused every write
# with a clear message that changes nothing; a writer (alice, in
# rectrack_writer) records changes, under her own name whatever she
# claims; an approver (carol, in rectrack_approver) approves the requests
# a writer made, which the server refuses the writer herself whatever the
# configuration says; nobody but the owner can touch a recorded event or
# the schema.
dir=$1
bin=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-roles.XXXXXX")
db=rt_roles_$$
base="postgresql:///$db?host=$dir"
owner="$base&user=tester"
fail=0

no() { echo "roles: FAIL: $*"; fail=1; }
sql() {	# USER SQL: psql as USER, quiet, errors to stdout
	psql -X -q -t -A -v ON_ERROR_STOP=1 "$base&user=$1" -c "$2" 2>&1
}
run() {	# USER ARGS...: rectrack as USER
	u=$1
	shift
	env -u RECTRACK_CONFIG RECTRACK_NOW=2026-11-28T12:00:00Z \
	    RECTRACK_ACTOR=tester XDG_CONFIG_HOME="$work" \
	    RECTRACK_DB="$base&user=$u" "$bin" "$@"
}
state() { run tester export > "$work/$1.yaml" &&
	sql tester "SELECT count(*), max(id) FROM rectrack.event" \
	    >> "$work/$1.yaml"; }

psql -X -q "postgresql:///postgres?host=$dir&user=tester" \
    -c "CREATE DATABASE $db" || exit 1
run tester init > /dev/null || no "owner's init"
run tester import "$src/config/examples/port-of-entry.yaml" > /dev/null ||
    no "owner's import"
# the roles exist now (init makes them when the owner may make roles)
sql tester "SELECT string_agg(rolname, ' ' ORDER BY rolname) FROM pg_roles
    WHERE rolname LIKE 'rectrack_%'" | grep -qx \
    "rectrack_approver rectrack_reader rectrack_writer" ||
    no "roles not made by init"
sql tester "DROP ROLE IF EXISTS alice; DROP ROLE IF EXISTS bob;
    DROP ROLE IF EXISTS carol;
    CREATE ROLE alice LOGIN IN ROLE rectrack_writer;
    CREATE ROLE bob LOGIN IN ROLE rectrack_reader;
    CREATE ROLE carol LOGIN IN ROLE rectrack_approver" > /dev/null ||
    no "login roles"

# the reader reads everything ...
for c in "list" "summary" "report list" "show OIG-21-19#4" \
    "history OIG-21-19#4" "search canine" "outstanding" "export" \
    "sar --period 2021H2" "gao-ig-act"; do
	# shellcheck disable=SC2086
	run bob $c > "$work/bob.out" 2> "$work/bob.err" ||
	    no "reader's '$c': $(cat "$work/bob.err")"
	# shellcheck disable=SC2086
	run tester $c > "$work/owner.out" 2>&1
	cmp -s "$work/bob.out" "$work/owner.out" ||
	    no "reader's '$c' differs from the owner's"
done
# ... and changes nothing
state before
for c in "status OIG-21-19#4 open-resolved --target 2027-03-31" \
    "note OIG-21-19#4 hello" "issuer add x --name X" \
    "agency add X --name X" "rec set OIG-21-19#4 official=Bob" \
    "import $src/config/examples/port-of-entry.yaml"; do
	# shellcheck disable=SC2086
	run bob $c > "$work/out" 2> "$work/err"
	rc=$?
	[ $rc = 1 ] || no "reader's '$c' exited $rc"
	grep -q "database user 'bob' may only read" "$work/err" &&
	    grep -q "rectrack_writer" "$work/err" ||
	    no "reader's '$c' said: $(cat "$work/err")"
done
state after
cmp -s "$work/before.yaml" "$work/after.yaml" || no "a refused write changed the database"
echo "roles: reader refused: $(sed 's/^rectrack: //' "$work/err")"

# the writer records under her own name, whatever she claims
out=$(run alice status "OIG-21-19#4" open-resolved --target 2027-03-31 \
    --note "plan received" 2>&1) || no "writer's status: $out"
run alice history "OIG-21-19#4" --format csv | tail -2 |
    grep -q '^2026-11-28,[^,]*,alice,status,' || no "writer's event not hers:
$(run alice history "OIG-21-19#4" --format csv | tail -2)"
out=$(run alice --actor mallory note "OIG-21-19#4" x 2>&1)
[ $? = 2 ] && echo "$out" | grep -q "recorded under the database user" ||
    no "--actor accepted on a server: $out"
# the writer asks; only the approver approves (docs/closure.md)
run alice request-closure "OIG-21-19#1" --note "oversight plan in place" \
    > "$work/out" 2>&1 || no "writer's request-closure: $(cat "$work/out")"
run alice request-extension "OIG-21-19#2" --target 2027-06-30 \
    --note "academy move slipped" > "$work/out" 2>&1 ||
    no "writer's request-extension: $(cat "$work/out")"
state before
for c in "approve OIG-21-19#1" "approve OIG-21-19#2" \
    "approve OIG-21-19#1 --not-implemented --note superseded"; do
	# shellcheck disable=SC2086
	run alice $c > "$work/out" 2> "$work/err"
	rc=$?
	[ $rc = 1 ] || no "writer's '$c' exited $rc"
	[ "$(cat "$work/err")" = 'rectrack: only a member of rectrack_approver may approve (the database refused: role "alice")' ] ||
	    no "writer's '$c' said: $(cat "$work/err")"
done
state after
cmp -s "$work/before.yaml" "$work/after.yaml" ||
    no "a refused approval changed the database"
echo "roles: writer's approval refused: $(sed 's/^rectrack: //' "$work/err")"
# straight SQL cannot record an approval either
out=$(sql alice "INSERT INTO rectrack.event(recommendation_id, change_id, at,
    effective, actor, kind, field, new) SELECT id, (SELECT min(id) FROM
    rectrack.change), now(), '2026-11-28', 'alice', 'decision', 'closure',
    'approved' FROM rectrack.recommendation LIMIT 1")
echo "$out" | grep -q "only a member of rectrack_approver may approve" ||
    no "writer's SQL approval: $out"
out=$(run carol approve "OIG-21-19#1" 2>&1) || no "approver's approve: $out"
out=$(run carol approve "OIG-21-19#2" 2>&1) || no "approver's approve: $out"
run tester history "OIG-21-19#1" --format csv | cut -d, -f3-7 | tail -3 |
    tr '\n' ' ' | grep -qx 'alice,request,closure,, carol,decision,closure,,approved carol,status,status,open-resolved,closed-implemented ' ||
    no "the actors of the closure: $(run tester history "OIG-21-19#1" \
    --format csv | tail -3)"
run tester history "OIG-21-19#2" --format csv | cut -d, -f3-7 | tail -3 |
    tr '\n' ' ' | grep -qx 'alice,request,extension,2021-09-30,2027-06-30 carol,decision,extension,,approved carol,target,target_date,2021-09-30,2027-06-30 ' ||
    no "the actors of the extension: $(run tester history "OIG-21-19#2" \
    --format csv | tail -3)"
# a writer may return a request (no approval in that)
run alice request-closure "OIG-21-19#3" --note "done" > /dev/null 2>&1 &&
    run alice return "OIG-21-19#3" --note "withdrawn" > "$work/out" 2>&1 ||
    no "writer's return: $(cat "$work/out")"

# even straight SQL cannot forge the actor ...
sql alice "INSERT INTO rectrack.event(recommendation_id, change_id, at,
    effective, actor, kind, note) SELECT id, (SELECT min(id) FROM
    rectrack.change), now(), '2026-11-28', 'mallory', 'note',
    'forged' FROM rectrack.recommendation LIMIT 1" > /dev/null ||
    no "writer's insert"
[ "$(sql tester "SELECT actor FROM rectrack.event WHERE note = 'forged'")" = \
    alice ] || no "a forged actor was kept"
# ... or rewrite the history or the schema
for s in "UPDATE rectrack.event SET note = 'x'" \
    "DELETE FROM rectrack.event" "DROP TABLE rectrack.event" \
    "CREATE TABLE rectrack.x (y int)" \
    "UPDATE rectrack.meta SET version = 5"; do
	out=$(sql alice "$s")
	echo "$out" | grep -q -e "permission denied" -e "must be owner" \
	    -e "append-only" || no "writer could: $s ($out)"
done
n=$(sql tester "SELECT count(*) FROM rectrack.event")
# the owner is the one who may (here: a forged event is taken back)
sql tester "DELETE FROM rectrack.event WHERE note = 'forged'" > /dev/null ||
    no "owner cannot delete an event"
[ "$(sql tester "SELECT count(*) FROM rectrack.event")" = $((n - 1)) ] ||
    no "owner's delete"

# a writer's import long enough to be sent in bulk (pg_bulk.c): it goes
# in under her name; an approval in it is refused at its place in the
# file, and nothing of the file stays
python3 "$src/tests/bench/gen.py" 40 1 > "$work/bulk.yaml"
out=$(run alice import --quiet "$work/bulk.yaml" 2>&1) ||
    no "writer's bulk import: $out"
[ "$(sql tester "SELECT count(*) FROM rectrack.event e
    JOIN rectrack.change c ON c.id = e.change_id
    WHERE c.id = (SELECT max(id) FROM rectrack.change)
    AND e.actor = 'alice'")" -gt 32 ] || no "writer's bulk import not hers"
{
	printf 'reports:\n  - {number: APPR-1, title: t, issuer: dhs-oig, issued: 2021-01-01, agency: DHS,\n     recommendations: [\n'
	i=1
	while [ $i -le 40 ]; do
		printf '      {number: "%d", text: t, concurrence: concur, status: open-unresolved},\n' $i
		i=$((i + 1))
	done
	printf '      {number: "41", text: t, concurrence: concur, status: closed-implemented,\n'
	printf '       original_target_date: 2021-06-30, target_date: 2021-06-30,\n'
	printf '       history: [{effective: 2021-01-01, kind: issued, new: open-resolved},\n'
	printf '                 {effective: 2021-01-01, kind: concurrence, old: pending, new: concur},\n'
	printf '                 {effective: 2021-01-01, kind: target, new: 2021-06-30},\n'
	printf '                 {effective: 2021-02-01, kind: request, field: closure, note: done},\n'
	printf '                 {effective: 2021-02-02, kind: decision, field: closure, new: approved},\n'
	printf '                 {effective: 2021-02-02, kind: status, new: closed-implemented}]}]}\n'
} > "$work/appr.yaml"
state before-appr
run alice import "$work/appr.yaml" > "$work/out" 2> "$work/err" &&
    no "writer's imported approval went in"
grep -q '^rectrack: .*appr.yaml:[0-9]*:[0-9]*: .*only a member of rectrack_approver may approve' "$work/err" ||
    no "writer's imported approval said: $(cat "$work/err")"
state after-appr
cmp -s "$work/before-appr.yaml" "$work/after-appr.yaml" ||
    no "a refused bulk import changed the database"

# a schema older than the program is upgraded by its owner only: anyone
# else is told so (here the version is marked older by hand)
v=$(sql tester "SELECT version FROM rectrack.meta")
sql tester "UPDATE rectrack.meta SET version = 7" > /dev/null
for u in alice bob; do
	run $u list > "$work/out" 2> "$work/err" && no "$u opened an old schema"
	grep -q "^rectrack: .*user=$u: the database is of schema version 7, older than this rectrack's [0-9]*: its owner must open it once (any rectrack command) to upgrade it; left as it is\$" "$work/err" ||
	    no "$u on an old schema was told: $(cat "$work/err")"
done
[ "$(sql tester "SELECT version FROM rectrack.meta")" = 7 ] ||
    no "the old schema was changed"
sql tester "UPDATE rectrack.meta SET version = $v" > /dev/null
run tester check > "$work/check" 2>&1 || no "check: $(cat "$work/check")"

psql -X -q "postgresql:///postgres?host=$dir&user=tester" \
    -c "DROP DATABASE $db" > /dev/null 2>&1
if [ $fail = 0 ]; then
	echo "roles: ok (reader: 10 reads, 6 writes refused, nothing changed;" \
	    "writer's actor enforced; approvals by approvers only;" \
	    "events append-only)"
	rm -rf "$work"
else
	echo "roles: kept $work"
fi
exit $fail
