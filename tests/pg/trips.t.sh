#!/bin/sh
# The read commands' round trips on PostgreSQL do not grow with the data:
#
#   sh tests/pg/trips.t.sh SOCKET_DIR path/to/rectrack [SIZE...]
#
# builds databases of 1,000 and 10,000 generated recommendations
# (tests/bench/gen.py, imported into SQLite and copied to the server),
# runs each read command on both under RECTRACK_PG_TRACE and counts the
# round trips with tests/pg/trips.py.  A command fails, naming both
# counts, when the round trips that are not a cursor's page ("other")
# differ between the sizes, or when the pages ("fetch") exceed one per
# 10,000 rows read (recommendations and events) and a dozen, per walk of
# the data (a first
# page of each cursor: listings, their events and reports).  Other sizes
# may be given (the first the small one); RECTRACK_TRIPS_SHOW=1 prints
# every count.  A command marked "grows" would still read per report or
# per recommendation: its counts are printed, not judged (none is, now).
# Prints one line
# (and those); exits non-zero on a failure.
dir=$1
bin=$2
[ -n "$dir" ] && [ -x "$bin" ] || {
	echo "usage: sh tests/pg/trips.t.sh SOCKET_DIR path/to/rectrack" \
	    "[SIZE...]" >&2
	exit 2
}
shift 2
sizes=${*:-1000 10000}
here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-trips.XXXXXX")
admin="postgresql:///postgres?host=$dir&user=tester"
fail=0
start=$(date +%s)

no() { echo "trips: FAIL: $*"; fail=1; }
run() {	# rectrack in $work, clock and actor fixed, no configuration
	(cd "$work" && env -u RECTRACK_DB -u RECTRACK_CONFIG \
	    RECTRACK_NOW=2026-10-01T12:00:00Z RECTRACK_ACTOR=tester \
	    HOME="$work" XDG_CONFIG_HOME="$work" TZ=UTC LC_ALL=C.UTF-8 \
	    NO_COLOR=1 "$bin" "$@")
}
cleanup() {
	for n in $sizes; do
		psql -X -q "$admin" -c "DROP DATABASE IF EXISTS rt_trips_${n}_$$" \
		    > /dev/null 2>&1
	done
	[ $fail = 0 ] && rm -rf "$work"
}
trap cleanup EXIT

# The read commands, one a line ("NAME|ARGUMENTS", "NAME|grows|
# ARGUMENTS", or "NAME|xN|ARGUMENTS" for a command that walks the data N
# times, each walk its own cursors' pages; REC is a recommendation, OUT a file in the work folder,
# CONF the configuration below).
commands='list|list
list csv|list --format csv
summary|summary
summary by official|summary --by official
outstanding|outstanding
outstanding csv|outstanding --format csv
outstanding json|outstanding --format json
outstanding md|outstanding --format md
outstanding html|x2|outstanding --format html
evidence list|evidence list
outstanding xlsx|outstanding --format xlsx --output OUT.xlsx --force
sar|sar --period 2026H1
gao-ig-act|gao-ig-act
gao-ig-act xlsx|gao-ig-act --format xlsx --output OUT.xlsx --force
export yaml|export --format yaml
export json|export --format json
export csv|export --format csv
export gao-csv|export --format gao-csv
export oscal-poam|x4|--config CONF export --format oscal-poam
export xlsx|export --format xlsx --output OUT.xlsx --force
closure-log|closure-log --period FY2026
pending|pending
due|due
due within|due --within 90 --format csv
digest|--config CONF digest --out OUT.digest
calendar|calendar
calendar events|calendar --events
changes|changes
history|history REC
show|show REC
seal|seal
check|check
check quick|check --quick'

# count SIZE NAME ARGS: "OTHER FETCH" of one command on database SIZE
count() {
	n=$1
	shift
	t="$work/trace"
	rm -f "$t"
	rm -rf "$work/OUT.digest" && mkdir "$work/OUT.digest"
	# shellcheck disable=SC2046
	RECTRACK_PG_TRACE="$t" run --db "postgresql:///rt_trips_${n}_$$?host=$dir&user=tester" \
	    $(echo "$*" | sed "s|REC|$rec|; s|OUT|$work/OUT|; s|CONF|$work/conf.yaml|") \
	    < /dev/null > "$work/out" 2> "$work/err"
	rc=$?
	# 1: a finding (check, due) is an answer, not a failure
	if [ $rc -gt 1 ]; then
		echo "failed $rc: $(head -c 300 "$work/err")"
		return
	fi
	python3 "$here/trips.py" "$t" | awk '{ print $6, $4 }'
}

for n in $sizes; do
	python3 "$here/../bench/gen.py" "$n" 1 > "$work/gen-$n.yaml" &&
	run --db "s$n.db" init > /dev/null &&
	run --db "s$n.db" import --quiet "gen-$n.yaml" > /dev/null &&
	psql -X -q "$admin" -c "CREATE DATABASE rt_trips_${n}_$$" &&
	run copy "s$n.db" "postgresql:///rt_trips_${n}_$$?host=$dir&user=tester" \
	    --quiet > /dev/null || { no "cannot build the database of $n"; exit 1; }
	rows=$(run --db "s$n.db" check | sed -n 's/.*, \([0-9]*\) recommendations, \([0-9]*\) events.*/\1 \2/p')
	eval "rows_$n=\$(( \$(echo \$rows | tr ' ' '+') ))"
done
printf 'follow_up:\n  from: audit@example.gov\noscal:\n  system_id: rt-trips\n' \
    > "$work/conf.yaml"
rec=$(run --db "s$(echo "$sizes" | awk '{ print $1 }').db" list --format csv |
    awk -F, 'NR == 2 { print $1 }')

small=$(echo "$sizes" | awk '{ print $1 }')
ran=0
echo "$commands" > "$work/commands"
while IFS='|' read -r name args more; do
	grows=0
	walks=1
	[ "$args" = grows ] && { grows=1; args=$more; }
	case $args in
	x[0-9]*) walks=${args#x}; args=$more ;;
	esac
	line=""
	first=""
	for n in $sizes; do
		got=$(count "$n" $args)
		case $got in
		failed*) no "$name on $n: $got"; continue 2 ;;
		esac
		other=${got% *}
		fetch=${got#* }
		line="$line $n: other $other fetch $fetch;"
		eval "rows=\$rows_$n"
		[ $grows = 1 ] && continue
		[ "$fetch" -le $((walks * (rows / 10000 + 12))) ] ||
		    no "$name: $fetch cursor pages for $rows rows ($n recommendations)"
		if [ -z "$first" ]; then
			first=$other
		elif [ "$other" != "$first" ]; then
			no "$name: $first round trips at $small recommendations," \
			    "$other at $n"
		fi
	done
	if [ $grows = 1 ]; then
		echo "trips: not yet constant: $name:$line"
		continue
	fi
	[ "${RECTRACK_TRIPS_SHOW:-0}" = 1 ] && echo "trips: $name:$line"
	ran=$((ran + 1))
done < "$work/commands"
[ $fail = 0 ] && echo "trips: $ran read commands, round trips the same at" \
    "$(echo "$sizes" | sed 's/ /, /g') recommendations" \
    "($(($(date +%s) - start)) s)"
exit $fail
