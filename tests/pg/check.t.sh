#!/bin/sh
# rectrack check compares the words of the search indexes with the texts
# on PostgreSQL too:
#
#   sh tests/pg/check.t.sh SOCKET_DIR path/to/rectrack
#
# a sound database passes with the words compared; words the indexes do
# not hold (the function they are built on changed behind them) are
# problems; an index the server will not use leaves the words not
# compared, and the check says so.  The hash chain names an event
# altered behind rectrack's back; a version 4 database gets its chain.
dir=$1
bin=$2
admin="postgresql:///postgres?host=$dir&user=tester"
db=rt_check_$$
uri="postgresql:///$db?host=$dir&user=tester"
here=$(cd "$(dirname "$0")" && pwd)
fail=0
no() { echo "check: FAIL: $*"; fail=1; }
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$1" -c "$2" 2>&1; }
run() { env -u RECTRACK_CONFIG RECTRACK_ACTOR=tester "$bin" --db "$uri" "$@"; }

sql "$admin" "CREATE DATABASE $db" > /dev/null || exit 1
run init > /dev/null || no "init"
run import "$here/../../config/examples/port-of-entry.yaml" > /dev/null ||
    no "import"
out=$(run check) || no "a sound database: $out"
[ "$out" = "ok: 4 reports, 8 recommendations, 23 events checked" ] ||
    no "a sound database: $out"
run check --format json | grep -q '"search_words_compared":true' ||
    no "a sound database: words not compared"

# words with quotes, backslashes and tsquery's operators are compared too
run rec add OIG-18-87 --text "O'Brien's \\\\share\\path: a&b | !c <-> 'd' (e:*) C:\\dir" \
    > /dev/null || no "odd words: rec add"
out=$(run check) || no "odd words: $out"
[ "$out" = "ok: 4 reports, 9 recommendations, 24 events checked" ] ||
    no "odd words: $out"

# a recommendation closed by mistake and reopened keeps the date of its
# management decision; a row holding what the earlier rule wrote (the
# reopening's date) passes, another date does not
pgrec="SELECT c.id FROM rectrack.recommendation c JOIN rectrack.report r
    ON r.id = c.report_id WHERE r.number = 'PG-25-01'"
run report add PG-25-01 --issuer dhs-oig --agency CBP --issued 2025-01-15 \
    --title "Reopened" > /dev/null || no "reopen: report add"
run rec add PG-25-01 --text "Recover the costs." > /dev/null ||
    no "reopen: rec add"
run status PG-25-01#1 open-resolved --target 2025-12-31 --date 2025-02-10 \
    > /dev/null && run status PG-25-01#1 closed-implemented \
    --date 2025-02-20 > /dev/null && run status PG-25-01#1 open-resolved \
    --date 2025-02-21 --note "closed by mistake" > /dev/null ||
    no "reopen: status"
out=$(sql "$uri" "SELECT resolved_date FROM rectrack.recommendation
    WHERE id = ($pgrec)")
[ "$out" = "2025-02-10" ] || no "reopen: resolved_date $out"
out=$(run check) || no "reopen: $out"
sql "$uri" "UPDATE rectrack.recommendation SET resolved_date = '2025-02-21'
    WHERE id = ($pgrec)" > /dev/null || no "reopen: cannot update"
out=$(run check) || no "reopen, earlier rule: $out"
sql "$uri" "UPDATE rectrack.recommendation SET resolved_date = '2025-02-20'
    WHERE id = ($pgrec)" > /dev/null || no "reopen: cannot update"
out=$(run check 2> /dev/null) && no "reopen, another date: passed"
printf '%s\n' "$out" | grep -q "^PG-25-01#1: resolved_date is 2025-02-20, but its history says 2025-02-10$" ||
    no "reopen, another date: $out"
sql "$uri" "UPDATE rectrack.recommendation SET resolved_date = '2025-02-10'
    WHERE id = ($pgrec)" > /dev/null || no "reopen: cannot update"

# the hash chain: a seal holds while nothing is altered; a note changed
# with the triggers disabled breaks the chain at its event, which check
# names (exit 1) and seal refuses; the seal taken before it still holds
seal=$(run seal | cut -d' ' -f2)
run note OIG-21-19#1 "asked for an update" > /dev/null || no "chain: note"
out=$(run check --seal "$seal" | head -n 1) || no "chain: sound: $out"
case $out in
"the history up to seal $seal ("*" events, the last recorded "*") is unchanged") ;;
*) no "chain: seal: $out" ;;
esac
seal2=$(run seal | cut -d' ' -f2)
ev=$(sql "$uri" "SELECT id FROM rectrack.event WHERE note = 'asked for an update'")
sql "$uri" "ALTER TABLE rectrack.event DISABLE TRIGGER ALL;
    UPDATE rectrack.event SET note = 'asked twice' WHERE id = $ev;
    ALTER TABLE rectrack.event ENABLE TRIGGER ALL" > /dev/null ||
    no "chain: cannot alter the event"
out=$(run check 2> /dev/null) && no "chain: altered event: passed"
printf '%s\n' "$out" | grep -q "^event $ev (OIG-21-19#1, recorded [-0-9T:]*Z): the history's chain breaks here: this event was changed, or one before it was deleted or inserted, outside rectrack$" ||
    no "chain: altered event: $out"
out=$(run seal 2>&1) && no "chain: seal of a broken chain: $out"
printf '%s\n' "$out" | grep -q "^rectrack: no seal: the history's chain breaks at event $ev " ||
    no "chain: seal of a broken chain: $out"
run check --seal "$seal" 2> /dev/null | grep -q "^the history up to seal $seal " ||
    no "chain: the seal before the altered event"
run check --seal "$seal2" 2> /dev/null | grep -q "^register [0-9a-f]*: seal $seal2 is not in this history" ||
    no "chain: the seal after the altered event"
sql "$uri" "ALTER TABLE rectrack.event DISABLE TRIGGER ALL;
    UPDATE rectrack.event SET note = 'asked for an update' WHERE id = $ev;
    ALTER TABLE rectrack.event ENABLE TRIGGER ALL" > /dev/null ||
    no "chain: cannot put the event back"
out=$(run check) || no "chain: put back: $out"

# the texts' words change, the indexes keep the old ones
sql "$uri" "CREATE OR REPLACE FUNCTION rectrack.doc_words(body text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    \$\$ SELECT to_tsvector('simple'::regconfig, coalesce(body, '')) \$\$" \
    > /dev/null || no "cannot change doc_words"
out=$(run check 2> /dev/null) && no "changed words: passed"
printf '%s\n' "$out" | grep -q "^index recommendation_words: the word 'canine' is in 4 of the texts, but the index finds it in 0; rebuild it as the database owner, as docs/data-model.md says$" ||
    no "changed words: $out"
run check --format json 2> /dev/null |
    grep -q '"search_words_compared":true' || no "changed words: not compared"
# the words stored beside the texts are computed again as
# docs/data-model.md says, and the check passes
sql "$uri" "UPDATE rectrack.recommendation SET text = text;
    UPDATE rectrack.report SET title = title, summary = summary" \
    > /dev/null || no "cannot recompute the words"
out=$(run check) || no "recomputed words: $out"

# an index the server does not use: its words cannot be compared
sql "$uri" "UPDATE pg_index SET indisvalid = false
    WHERE indexrelid = 'rectrack.recommendation_words'::regclass" \
    > /dev/null || no "cannot invalidate the index"
out=$(run check 2> /dev/null | tail -n 1)
case $out in
*"checked (the search index's words were not compared with the texts)") ;;
*) no "invalid index: $out" ;;
esac
run check --format json 2> /dev/null |
    grep -q '"search_words_compared":false' || no "invalid index: compared"

sql "$admin" "DROP DATABASE $db" > /dev/null

# a database of schema version 4 gets its chain at init
sql "$admin" "CREATE DATABASE $db" > /dev/null || exit 1
psql -X -q -v ON_ERROR_STOP=1 "$uri" -f "$here/../../schema/postgresql/001-initial.sql" \
    > /dev/null 2>&1 || no "version 4: schema"
sql "$uri" "INSERT INTO rectrack.issuer(code, name) VALUES ('gao', 'GAO');
    INSERT INTO rectrack.agency(code, name) VALUES ('DOJ', 'Department of Justice');
    INSERT INTO rectrack.report(number, sort_key, title, issuer_id, issued, fiscal_year, agency_id)
      VALUES ('GAO-20-536', 'GAO-0220-03536', 'Federal Prisons: Staffing', 1, '2020-07-09', 2020, 1);
    INSERT INTO rectrack.recommendation(report_id, number, sort_key, text, agency_id, status, resolved_date)
      VALUES (1, '1', '011', 'Address staffing shortages.', 1, 'open-resolved', '2021-01-15');
    INSERT INTO rectrack.event(recommendation_id, at, effective, actor, kind, field, new)
      VALUES (1, '2026-11-01T09:00:00Z', '2020-07-09', 'tester', 'issued', 'status', 'open-pending');
    INSERT INTO rectrack.event(recommendation_id, at, effective, actor, kind, field, old, new, note)
      VALUES (1, '2026-11-02T09:00:00Z', '2021-01-15', 'clerk', 'status', 'status', 'open-pending', 'open-resolved', 'plan accepted');
    INSERT INTO rectrack.event(recommendation_id, at, effective, actor, kind, note)
      VALUES (1, '2026-11-02T09:00:00Z', '2021-01-16', 'clerk', 'note', 'asked for the plan''s dates')" \
    > /dev/null || no "version 4: rows"
out=$(run init) || no "version 4: init: $out"
out=$(run check) || no "version 4: check: $out"
[ "$out" = "ok: 1 report, 1 recommendation, 3 events checked" ] ||
    no "version 4: check: $out"
out=$(run seal) || no "version 4: seal: $out"
case $out in
"seal "*" of register "*": 3 events, the last recorded 2026-11-02T09:00:00Z") ;;
*) no "version 4: seal: $out" ;;
esac
# the same chain as the same history upgraded on SQLite
[ "$(echo "$out" | cut -d' ' -f2)" = 3271881086adc78430146aaa14454e5c45899d8a985becea3316ca41ac205b55 ] ||
    no "version 4: not the chain SQLite computes: $out"

sql "$admin" "DROP DATABASE $db" > /dev/null
[ $fail = 0 ] && echo "check: ok (words compared on a sound database, a reopening's decision date, changed words found, an unused index said, an altered event named, seals, a version 4 database chained)"
exit $fail
