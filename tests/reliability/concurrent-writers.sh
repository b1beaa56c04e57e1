#!/bin/sh
# Concurrent writers: WRITERS processes (default 4) each run COMMANDS
# (default 250) mixed status, concur, target and note commands at once on
# the same eight recommendations, while a reader runs list, show and
# history over and over.
#
#   sh tests/reliability/concurrent-writers.sh BUILD_DIR [WRITERS [COMMANDS
#       [status]]]
#
# With "status", every command is a status change.  With RECTRACK_TEST_PG
# (common.sh) the database is on a PostgreSQL server.
#
# Every command succeeds, or fails with rectrack's own message about the
# recommendation (a refused move) -- never a raw "database is locked";
# each successful command wrote exactly the events its output reports
# and a failed one none; the events add up; PRAGMA integrity_check is ok;
# every current row equals the replay of its events.  The reader's
# commands all succeed.
name=concurrent-writers
. "$(dirname "$0")/common.sh"
setup "$1"
writers=${2:-4}
count=${3:-250}
only=${4:-}
recs=8

make_db $recs
first=$(($(sql "SELECT max(id) FROM event") + 1))

w=1
while [ $w -le "$writers" ]; do
	gen_commands "w$w" "$count" "$w" "$recs" "$only" > "cmds.$w"
	w=$((w + 1))
done
# reader: read commands until the writers are done
reader() {
	_n=0
	while [ ! -f writers.done ]; do
		"$bin" --db "$db" list --format csv > /dev/null 2>> reader.err &&
		"$bin" --db "$db" show OIG-21-19#1 > /dev/null 2>> reader.err &&
		"$bin" --db "$db" history OIG-21-19#2 > /dev/null 2>> reader.err ||
		    echo "a read command failed" >> reader.err
		_n=$((_n + 3))
	done
	echo $_n > reader.count
}
: > reader.err
reader &
rpid=$!
t0=$(now_ms)
pids=
w=1
while [ $w -le "$writers" ]; do
	sh "$here/writer.sh" "$bin" "$db" "cmds.$w" "log.$w" &
	pids="$pids $!"
	w=$((w + 1))
done
for p in $pids; do
	wait "$p" || die "writer process $p failed"
done
t1=$(now_ms)
touch writers.done
wait $rpid
[ ! -s reader.err ] || { head -5 reader.err >&2; die "the reader failed (above)"; }
reads=$(cat reader.count)

w=1
errs=
while [ $w -le "$writers" ]; do
	[ "$(tail -n 1 "log.$w")" = "done" ] || die "writer $w did not finish"
	: >> "log.$w.err"
	errs="$errs log.$w.err"
	w=$((w + 1))
done
# shellcheck disable=SC2086
stderr_ok $errs
# shellcheck disable=SC2086
cat log.[0-9]* > all.log
ok=$(grep -c '^end [^ ]* 0 ' all.log)
refused=$(grep -c '^end [^ ]* [1-9]' all.log)
[ $((ok + refused)) = $((writers * count)) ] || die "$((ok + refused)) commands logged, $((writers * count)) run"
check_events all.log "$first"
integrity_ok "after the writers"
replay_ok "after the writers"
# every command ran in one of the writers' own processes, and the checks
# above saw them all
echo "$name: $writers writers x $count commands in $(((t1 - t0) / 1000)).$(((t1 - t0) % 1000 / 100)) s: $ok succeeded, $refused refused with a clear message, $nevents events checked, $reads read commands beside them; every row equals its replay ($(($(now_ms) - started)) ms in all)"
