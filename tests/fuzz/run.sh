#!/bin/sh
# Run each libFuzzer harness for SECONDS seconds.
#
#   sh tests/fuzz/run.sh BUILD/fuzz SECONDS HARNESS...
#
# Each harness starts from its seed corpus, tests/fuzz/corpus/NAME (never
# written to), and keeps what it finds in BUILD/fuzz/corpus/NAME.  A
# crash, a leak, undefined behaviour, a failed check, a run over 10
# seconds or over 2 GB of memory stops that harness; its input is kept
# as BUILD/fuzz/NAME-crash-... (or leak-, timeout-, oom-) and the script
# fails after running the others.  Reproduce with: BUILD/fuzz/NAME FILE.

out=$1
secs=$2
shift 2
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
fail=
for bin in "$@"; do
	name=$(basename "$bin")
	seeds=$srcdir/tests/fuzz/corpus/$name
	dict=
	[ -f "$srcdir/tests/fuzz/$name.dict" ] &&
	    dict=-dict=$srcdir/tests/fuzz/$name.dict
	mkdir -p "$out/corpus/$name"
	echo "fuzz: $name for ${secs}s"
	if "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix="$out/$name-" $dict \
	    "$out/corpus/$name" "$seeds" > "$out/$name.log" 2>&1; then
		grep -E '^stat::number_of_executed_units' "$out/$name.log" |
		    sed "s/^stat::number_of_executed_units: */fuzz: $name: /;s/\$/ runs, no failure/"
	else
		tail -n 40 "$out/$name.log" >&2
		echo "fuzz: $name FAILED (log: $out/$name.log)" >&2
		fail="$fail $name"
	fi
done
[ -z "$fail" ] || { echo "fuzz: failed:$fail" >&2; exit 1; }
