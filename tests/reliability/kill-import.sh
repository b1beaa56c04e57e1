#!/bin/sh
# Crash safety of import: `rectrack import` of a large file killed with
# SIGKILL at POINTS moments (default 20) spread over its run.
#
#   sh tests/reliability/kill-import.sh BUILD_DIR [N [POINTS]]
#
# The database starts with prior content (a small import and a few
# changes); the file has N recommendations (default 20000, made by
# tests/bench/gen.py).  The moments come from the measured duration of
# the same import (the faster of two runs): point i is at i/(POINTS+1) of
# it.  After each kill, PRAGMA integrity_check is ok and the database --
# every table, as `sqlite3 .dump` prints it, and `rectrack export` --
# equals the state before the import, or, when the kill came after the
# commit, the state after it; never anything in between.  A run that ends
# before its kill lands is run again with the moment 10% earlier.
name=kill-import
. "$(dirname "$0")/common.sh"
setup "$1"
n=${2:-20000}
points=${3:-20}

python3 "$srcdir/tests/bench/gen.py" 200 3 > prior.yaml &&
python3 "$srcdir/tests/bench/gen.py" "$n" 7 > big.yaml ||
    die "cannot generate the import files"

# the prior content: an import and a few changes by hand
"$bin" --db "$db" init > /dev/null &&
"$bin" --db "$db" import prior.yaml > /dev/null || die "cannot load prior.yaml"
"$bin" --db "$db" report add LOCAL-1 --title "Kept by hand" --issued 2020-01-15 \
    --agency CBP --issuer dhs-oig > /dev/null &&
"$bin" --db "$db" rec add LOCAL-1 --text "A recommendation" > /dev/null &&
"$bin" --db "$db" note LOCAL-1#1 "prior note" > /dev/null &&
"$bin" --db "$db" status LOCAL-1#1 closed-implemented > /dev/null ||
    die "cannot add LOCAL-1"
sql "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
cp "$db" base.db

restore() {
	rm -f "$db-wal" "$db-shm"
	cp base.db "$db"
}

# state NAME: the database as exported (rectrack opens it first, and
# recovers it after a kill) and every table as `sqlite3 .dump` prints it
state() {
	"$bin" --db "$db" export > "$1.yaml" 2> export.err ||
	    die "rectrack export failed: $(cat export.err)"
	dump "$1"
}
dump() {
	sql .dump > "$1.dump" || die "sqlite3 .dump failed"
}

state before

# the import, run to the end twice: its duration and the state after it
dur=
for run in 1 2; do
	restore
	t0=$(now_ms)
	"$bin" --db "$db" import big.yaml > import.out 2> import.err ||
	    die "the import failed: $(cat import.err)"
	t1=$(now_ms)
	[ -z "$dur" ] || [ $((t1 - t0)) -lt "$dur" ] && dur=$((t1 - t0))
	if [ $run = 1 ]; then
		state after
	else
		dump again
		cmp -s after.dump again.dump ||
		    die "two runs of the same import gave different databases"
	fi
done
cmp -s before.dump after.dump && die "the import changed nothing"
restore

pre=0
post=0
post_at=
i=1
while [ $i -le "$points" ]; do
	at=$((dur * i / (points + 1)))
	run=0
	while :; do
		run=$((run + 1))
		"$bin" --db "$db" import big.yaml > /dev/null 2> import.err &
		pid=$!
		sleep_ms "$at"
		kill -KILL "$pid" 2> /dev/null
		{ wait "$pid"; } 2> /dev/null
		rc=$?
		[ $rc = 137 ] && break
		[ $rc = 0 ] || die "point $i: the import failed (exit $rc): $(cat import.err)"
		# done before the kill: it must be the whole import
		dump early
		cmp -s early.dump after.dump ||
		    die "point $i: an import that ran to its end left another state"
		restore
		[ $run -lt 10 ] || die "point $i: ten runs in a row ended before their kill; the last at ${at} ms"
		[ "$at" -gt 0 ] || die "point $i: the import ended before any kill"
		at=$((at * 9 / 10))
	done
	# rectrack itself opens the killed database first (and recovers it)
	state killed
	integrity_ok "point $i (${at} ms of ${dur} ms)"
	if cmp -s killed.dump before.dump && cmp -s killed.yaml before.yaml; then
		pre=$((pre + 1))
	elif cmp -s killed.dump after.dump && cmp -s killed.yaml after.yaml; then
		post=$((post + 1))
		post_at="$post_at $i"
		restore
	else
		diff before.dump killed.dump | cut -c1-150 | head -10 >&2
		die "point $i (${at} ms of ${dur} ms): the database is neither as before nor as after the import"
	fi
	i=$((i + 1))
done
[ $((pre * 2)) -ge "$points" ] ||
    die "only $pre of $points kills came before the commit: the moments are wrong"
echo "$name: $points kill points over an import of $n recommendations ($dur ms): $pre left the database exactly as before, $post exactly as after (killed after the commit${post_at:+, at points$post_at}); integrity ok each time ($(($(now_ms) - started)) ms in all)"
