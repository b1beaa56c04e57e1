#!/bin/sh
# Crash safety of the write commands: a burst of COMMANDS (default 40)
# status, concur, target and note commands, one after the other, killed
# with SIGKILL (the driving shell and the rectrack process it runs, at
# once) at POINTS moments (default 20) spread over the burst.
#
#   sh tests/reliability/kill-burst.sh BUILD_DIR [POINTS [COMMANDS]]
#
# The moments come from the measured duration of a whole burst: point i
# is at i/(POINTS+1) of it.  After each kill: PRAGMA integrity_check is
# ok; every command that ended wrote exactly the events its output
# reports (none when it failed); the command the kill interrupted wrote
# all of its events or none; the events add up; every current row
# equals the replay of its events -- so each command happened completely
# (row and event) or not at all.  A burst that ends before its kill
# lands is checked the same way and run again with the moment 10%
# earlier.
name=kill-burst
. "$(dirname "$0")/common.sh"
setup "$1"
points=${2:-20}
count=${3:-40}
recs=8

make_db $recs

# burst TAG SEED: run a burst of commands in a process group of its own;
# sets pid, first (the first event number it can write) and log.
burst() {
	gen_commands "$1" "$count" "$2" "$recs" > "cmds.$1"
	first=$(($(sql "SELECT coalesce(max(id), 0) FROM event") + 1))
	log=log.$1
	: > "$log"
	in_new_group sh "$here/writer.sh" "$bin" "$db" "cmds.$1" "$log" &
	pid=$!
	# the group exists once the writer has started
	while [ ! -s "$log" ]; do
		kill -0 "$pid" 2> /dev/null || die "the writer of $1 did not start"
		sleep_ms 5
	done
}

# checked WHAT: the database after a burst, ended or killed.
checked() {
	replay_ok "$1"		# rectrack opens the database first
	integrity_ok "$1"
	[ -f "$log.err" ] && stderr_ok "$log.err"
	check_events "$log" "$first"
	total_events=$((total_events + nevents))
	total_cmds=$((total_cmds + $(grep -c '^begin ' "$log")))
}

total_events=0
total_cmds=0

# one whole burst: its duration
t0=$(now_ms)
burst m 1
{ wait "$pid"; } 2> /dev/null || die "the measuring burst failed"
dur=$(($(now_ms) - t0))
[ "$(tail -n 1 "$log")" = "done" ] || die "the measuring burst did not end"
checked "the measuring burst"

killed=0
committed=0
between=0
i=1
while [ $i -le "$points" ]; do
	at=$((dur * i / (points + 1)))
	run=0
	while :; do
		run=$((run + 1))
		t0=$(now_ms)
		burst "k$i-$run" $(((points + 1) * run + i))	# a seed of its own
		left=$((at - ($(now_ms) - t0)))
		[ $left -le 0 ] || sleep_ms $left
		kill -KILL -"$pid" 2> /dev/null
		{ wait "$pid"; } 2> /dev/null
		if [ "$(tail -n 1 "$log")" = "done" ]; then
			checked "point $i (a burst that ended before its kill)"
			[ $run -lt 10 ] || die "point $i: ten runs in a row ended before their kill; the last at ${at} ms"
		[ "$at" -gt 0 ] || die "point $i: the burst ended before any kill"
			at=$((at * 9 / 10))
			continue
		fi
		checked "point $i (killed at ${at} ms of ${dur} ms)"
		break
	done
	killed=$((killed + 1))
	committed=$((committed + ninflight_done))
	between=$((between + 1 - ninflight))
	i=$((i + 1))
done
echo "$name: $killed bursts killed (a burst: $count commands, $dur ms): $((killed - between)) kills interrupted a command ($committed had committed, $((killed - between - committed)) left nothing), $between fell between two commands; $total_cmds commands run, $total_events events checked; integrity ok and every row equals its replay after each kill ($(($(now_ms) - started)) ms in all)"
