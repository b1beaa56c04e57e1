#!/bin/sh
# Crash safety of evidence files: `rectrack evidence add` of a large file
# (SIZE MiB, default 64, with evidence.max_file_size raised) killed with
# SIGKILL at POINTS moments (default 8) spread over its run.
#
#   sh tests/reliability/kill-evidence.sh BUILD_DIR [SIZE [POINTS]]
#
# The moments come from the measured duration of the same add (the
# faster of two runs): point i is at i/(POINTS+1) of it.  After each
# kill the database is exactly as before the add (no evidence row, no
# piece, no event, the same rows as dumped) or, when the kill came after
# the commit, exactly as after it (the whole file, read back identical,
# and its event); never anything in between; and `rectrack check`
# (which re-hashes every stored file) passes.  A run that ends before
# its kill lands is run again with the moment 10% earlier.  With
# RECTRACK_TEST_PG set, the same against a PostgreSQL server.
name=kill-evidence
. "$(dirname "$0")/common.sh"
setup "$1"
size=${2:-64}
points=${3:-8}

printf 'evidence:\n  max_file_size: %d MiB\n' $((size + 1)) > rectrack.yaml
python3 -c '
import sys, random
r = random.Random(20)
with open("big.bin", "wb") as f:
    for i in range(int(sys.argv[1])):
        f.write(r.randbytes(1 << 20))' "$size" || die "cannot make big.bin"
hash=$(sha256sum big.bin | cut -c1-64)
printf 'a small file\n' > small.txt

make_db 2
"$bin" --db "$db" evidence add OIG-21-19#2 small.txt > /dev/null ||
    die "cannot add small.txt"
[ -n "$pg" ] || sql "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null

# state NAME: the rows an add touches (the files, their pieces, the
# events and change sets) and the recommendations, as text
state() {
	{
		sql "SELECT hash, size FROM evidence ORDER BY hash"
		if [ -n "$pg" ]; then
			sql "SELECT e.hash, c.n, length(c.data) FROM evidence_chunk c
			    JOIN evidence e ON e.id = c.evidence_id ORDER BY 1, 2"
		else
			sql "SELECT hash, length(data) FROM evidence ORDER BY hash"
		fi
		sql "SELECT id, change_id, kind, field, old, new, note FROM event ORDER BY id"
		sql "SELECT id, actor, command FROM change ORDER BY id"
		sql "SELECT id, status, target_date FROM recommendation ORDER BY id"
	} > "$1.state" 2> state.err || die "cannot read the state: $(cat state.err)"
}

if [ -n "$pg" ]; then
	restore() {
		sql "ALTER TABLE evidence_chunk DISABLE TRIGGER USER;
		    ALTER TABLE evidence DISABLE TRIGGER USER;
		    ALTER TABLE event DISABLE TRIGGER USER;
		    ALTER TABLE change DISABLE TRIGGER USER;
		    DELETE FROM evidence_chunk WHERE evidence_id IN
		        (SELECT id FROM evidence WHERE hash = '$hash');
		    DELETE FROM evidence WHERE hash = '$hash';
		    DELETE FROM event WHERE id > $base_event;
		    DELETE FROM change WHERE id > $base_change;
		    ALTER TABLE evidence_chunk ENABLE TRIGGER USER;
		    ALTER TABLE evidence ENABLE TRIGGER USER;
		    ALTER TABLE event ENABLE TRIGGER USER;
		    ALTER TABLE change ENABLE TRIGGER USER" > /dev/null ||
		    die "cannot put the database back"
	}
	base_event=$(sql "SELECT max(id) FROM event")
	base_change=$(sql "SELECT max(id) FROM change")
else
	cp "$db" base.db
	restore() {
		rm -f "$db-wal" "$db-shm" "$db-journal"
		cp base.db "$db"
	}
fi

check_ok() {
	_r=$("$bin" --db "$db" check --quick 2>&1) || die "$1: rectrack check says: $_r"
}

add() {
	"$bin" --db "$db" evidence add OIG-21-19#1 big.bin --note "the big one"
}

state before

dur=
for run in 1 2; do
	restore
	t0=$(now_ms)
	add > add.out 2> add.err || die "the add failed: $(cat add.err)"
	t1=$(now_ms)
	[ -z "$dur" ] || [ $((t1 - t0)) -lt "$dur" ] && dur=$((t1 - t0))
	[ $run = 1 ] && state after
done
cmp -s before.state after.state && die "the add changed nothing"
"$bin" --db "$db" evidence get "$hash" | cmp -s - big.bin ||
    die "the file read back differs from big.bin"
check_ok "after the add"
restore

pre=0
post=0
i=1
while [ $i -le "$points" ]; do
	at=$((dur * i / (points + 1)))
	run=0
	while :; do
		run=$((run + 1))
		# rectrack itself, not a subshell, gets the signal
		"$bin" --db "$db" evidence add OIG-21-19#1 big.bin \
		    --note "the big one" > /dev/null 2> add.err &
		pid=$!
		sleep_ms "$at"
		kill -KILL "$pid" 2> /dev/null
		{ wait "$pid"; } 2> /dev/null
		rc=$?
		[ $rc = 137 ] && break
		[ $rc = 0 ] || die "point $i: the add failed (exit $rc): $(cat add.err)"
		state early
		cmp -s early.state after.state ||
		    die "point $i: an add that ran to its end left another state"
		restore
		[ $run -lt 10 ] || die "point $i: ten runs in a row ended before their kill; the last at ${at} ms"
		[ "$at" -gt 0 ] || die "point $i: the add ended before any kill"
		at=$((at * 9 / 10))
	done
	# rectrack itself opens the killed database first (and recovers it)
	check_ok "point $i (${at} ms of ${dur} ms)"
	[ -n "$pg" ] || integrity_ok "point $i (${at} ms of ${dur} ms)"
	state killed
	if cmp -s killed.state before.state; then
		pre=$((pre + 1))
	elif cmp -s killed.state after.state; then
		"$bin" --db "$db" evidence get "$hash" | cmp -s - big.bin ||
		    die "point $i: the file read back differs from big.bin"
		post=$((post + 1))
	else
		diff before.state killed.state | cut -c1-150 | head -10 >&2
		die "point $i (${at} ms of ${dur} ms): the database is neither as before nor as after the add"
	fi
	restore
	i=$((i + 1))
done
[ $((pre * 2)) -ge "$points" ] ||
    die "only $pre of $points kills came before the commit: the moments are wrong"
echo "$name: $points kill points over an add of a $size MiB file ($dur ms): $pre left the database exactly as before, $post exactly as after; check ok each time ($(($(now_ms) - started)) ms in all)"
