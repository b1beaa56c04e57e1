#!/bin/sh
# Concurrent writers for the benchmark:
#
#   sh tests/bench/writers.sh BIN DB WRITERS COUNT
#
# DB (a SQLite file or a postgresql:// URI of an empty database) gets one
# report of 64 recommendations; WRITERS processes at once then make
# COUNT status changes each (open-resolved <-> open-unresolved, every one
# allowed), each writer on 8 of the recommendations, writer w on the
# same 8 as writer w + 8.  Prints "CHANGES SECONDS": the changes made
# and the wall time they took.  Any refused command is a failure.
bin=$1
db=$2
writers=$3
count=$4
export RECTRACK_NOW=2026-11-28T12:00:00Z
"$bin" --db "$db" init > /dev/null &&
"$bin" --db "$db" issuer add oig --name OIG > /dev/null &&
"$bin" --db "$db" agency add A --name Agency > /dev/null &&
"$bin" --db "$db" report add R-1 --title Writers --issued 2025-01-15 \
    --agency A > /dev/null || exit 1
i=1
while [ $i -le 64 ]; do
	"$bin" --db "$db" rec add R-1 --text "rec $i" --status open-resolved \
	    --target 2027-01-31 > /dev/null || exit 1
	i=$((i + 1))
done
writer() {	# writer W: COUNT changes on recommendations W*8+1 … W*8+8
	base=$(($1 % 8 * 8))
	k=0
	while [ $k -lt "$count" ]; do
		r=$((base + k % 8 + 1))
		# each recommendation goes back and forth; a move that
		# another writer already made is retried the other way
		"$bin" --db "$db" status "R-1#$r" open-unresolved --note bench \
		    > /dev/null 2>&1 ||
		"$bin" --db "$db" status "R-1#$r" open-resolved \
		    --target 2027-01-31 > /dev/null || exit 1
		k=$((k + 1))
	done
}
t0=$(date +%s%N)
pids=
w=0
while [ $w -lt "$writers" ]; do
	writer $w &
	pids="$pids $!"
	w=$((w + 1))
done
for p in $pids; do
	wait "$p" || { echo "writers: a writer failed" >&2; exit 1; }
done
t1=$(date +%s%N)
echo "$((writers * count)) $(echo "$t0 $t1" | awk '{printf "%.3f", ($2 - $1) / 1e9}')"
