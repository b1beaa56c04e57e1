#!/bin/sh
# Evidence files on PostgreSQL:
#
#   sh tests/pg/evidence.t.sh SOCKET_DIR path/to/rectrack
#
# Files of one byte, of several pieces (rectrack.evidence_chunk rows of
# 1 MiB) and of none go SQLite -> PostgreSQL -> a new SQLite file with
# `copy`: the same list, hashes and bytes at every step, and check passes
# on each.  Then a piece changed on the server (an UPDATE with the
# triggers disabled) is named by check, refused by get (and no --output
# file is left) and by a copy; a piece deleted likewise.  Prints one
# line; exits non-zero on any difference.
dir=$1
bin=$2
[ -n "$dir" ] && [ -x "$bin" ] || {
	echo "usage: sh tests/pg/evidence.t.sh SOCKET_DIR path/to/rectrack" >&2
	exit 2
}
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-evidence.XXXXXX")
db=rt_evidence_$$
admin="postgresql:///postgres?host=$dir&user=tester"
uri="postgresql:///$db?host=$dir&user=tester"
fail=0

no() { echo "evidence: FAIL: $*"; fail=1; }
run() {	# rectrack in $work, clock and actor fixed, no configuration
	(cd "$work" && env -u RECTRACK_DB -u RECTRACK_CONFIG \
	    RECTRACK_NOW=2026-11-28T12:00:00Z RECTRACK_ACTOR=tester \
	    HOME="$work" XDG_CONFIG_HOME="$work" TZ=UTC LC_ALL=C.UTF-8 \
	    NO_COLOR=1 "$bin" "$@")
}
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$1" -c "$2" 2>&1; }
cleanup() {
	psql -X -q "$admin" -c "DROP DATABASE IF EXISTS $db" > /dev/null 2>&1
	[ $fail = 0 ] && rm -rf "$work"
}
trap cleanup EXIT
psql -X -q "$admin" -c "CREATE DATABASE $db" || exit 1

python3 -c '
import random
r = random.Random(7)
open("'"$work"'/big.bin", "wb").write(r.randbytes(3 * 1048576 + 4321))' ||
    exit 1
printf 'x' > "$work/one.txt"
: > "$work/empty.txt"
big=$(sha256sum "$work/big.bin" | cut -c1-64)
run --db from.db init > /dev/null &&
run --db from.db issuer add dhs-oig --name "DHS OIG" > /dev/null &&
run --db from.db agency add CBP --name CBP > /dev/null &&
run --db from.db report add OIG-21-19 --title Canines --issued 2021-02-08 \
    --agency CBP > /dev/null &&
run --db from.db rec add OIG-21-19 --text "one" > /dev/null &&
run --db from.db rec add OIG-21-19 --text "two" > /dev/null &&
run --db from.db evidence add 'OIG-21-19#1' big.bin one.txt empty.txt \
    > /dev/null &&
run --db from.db evidence add 'OIG-21-19#2' big.bin > /dev/null ||
    { no "cannot set up the SQLite database"; exit 1; }
run --db from.db evidence list --format csv > "$work/from.csv"

run copy from.db "$uri" --quiet || no "copy SQLite -> PostgreSQL"
run copy "$uri" back.db --quiet || no "copy PostgreSQL -> SQLite"
for d in "$uri" back.db; do
	run --db "$d" evidence list --format csv | cmp -s - "$work/from.csv" ||
	    no "$d: another list"
	for f in big.bin one.txt empty.txt; do
		h=$(sha256sum "$work/$f" | cut -c1-64)
		run --db "$d" evidence get "$h" | cmp -s - "$work/$f" ||
		    no "$d: $f read back differs"
	done
	out=$(run --db "$d" check 2>&1) || no "$d: check: $out"
done
[ "$(sql "$uri" "SELECT count(*) FROM rectrack.evidence_chunk c
    JOIN rectrack.evidence e ON e.id = c.evidence_id
    WHERE e.hash = '$big'")" = 4 ] || no "big.bin is not in 4 pieces"

# a piece changed behind rectrack's back
sql "$uri" "ALTER TABLE rectrack.evidence_chunk DISABLE TRIGGER ALL;
    UPDATE rectrack.evidence_chunk SET data = overlay(data placing '\\x21'
        FROM 10) WHERE n = 2 AND evidence_id =
        (SELECT id FROM rectrack.evidence WHERE hash = '$big');
    ALTER TABLE rectrack.evidence_chunk ENABLE TRIGGER ALL" > /dev/null ||
    no "cannot change a piece"
out=$(run --db "$uri" check 2> /dev/null) && no "changed piece: check passed"
printf '%s\n' "$out" | grep -qx "evidence $big: its bytes no longer match their SHA-256 (changed outside rectrack)" ||
    no "changed piece: check said: $out"
out=$(run --db "$uri" evidence get "$(printf %.12s "$big")" --output got.bin 2>&1) &&
    no "changed piece: get passed"
[ "$out" = "rectrack: evidence $big: its bytes no longer match their SHA-256 (changed outside rectrack)" ] ||
    no "changed piece: get said: $out"
ls "$work" | grep -q '^got\.bin' && no "changed piece: get left a file"
out=$(run copy "$uri" again.db 2>&1) && no "changed piece: copy passed"
[ -e "$work/again.db" ] && no "changed piece: copy left again.db"

# a piece missing
sql "$uri" "ALTER TABLE rectrack.evidence_chunk DISABLE TRIGGER ALL;
    DELETE FROM rectrack.evidence_chunk WHERE n = 1 AND evidence_id =
        (SELECT id FROM rectrack.evidence WHERE hash = '$big');
    ALTER TABLE rectrack.evidence_chunk ENABLE TRIGGER ALL" > /dev/null ||
    no "cannot delete a piece"
out=$(run --db "$uri" check 2> /dev/null) && no "missing piece: check passed"
printf '%s\n' "$out" | grep -qx "evidence $big: its bytes no longer match their SHA-256 (changed outside rectrack)" ||
    no "missing piece: check said: $out"
out=$(run --db "$uri" evidence get "$big" 2>&1 > /dev/null) &&
    no "missing piece: get passed"
[ "$out" = "rectrack: evidence $big: piece 1 is missing (changed outside rectrack)" ] ||
    no "missing piece: get said: $out"

[ $fail = 0 ] && echo "evidence: ok (SQLite -> PostgreSQL -> SQLite: the same list, hashes and bytes; a changed or missing piece named by check, refused by get and copy)"
exit $fail
