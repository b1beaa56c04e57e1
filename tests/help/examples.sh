#!/bin/sh
# The help of every command: `rectrack COMMAND --help` exits 0 with every
# line within 80 columns, and each of its examples, run as printed (the
# lines after "examples:", a trailing " \" continuing the line) on a fresh
# copy of the example data (config/examples/port-of-entry.yaml), exits 0.
#
#   sh tests/help/examples.sh path/to/rectrack
set -u
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-help.XXXXXX")
trap 'rm -rf "$work"' EXIT
# the clock and the names tests/cli/run.sh fixes, the README's actor
RECTRACK_NOW=2026-11-28T12:00:00Z RECTRACK_ACTOR=liaison
RECTRACK_UID=0a1b2c3d
export RECTRACK_NOW RECTRACK_ACTOR RECTRACK_UID
unset RECTRACK_DB RECTRACK_CONFIG PAGER RECTRACK_PAGER || :
mkdir "$work/bin" "$work/base"
ln -s "$bin" "$work/bin/rectrack"
PATH=$work/bin:$PATH
export PATH

# The example data, and the files the examples name.
cd "$work/base" || exit 1
ln -s "$srcdir/config" config
mkdir digests
printf 'CBP Directive 4310-02, signed 2026-11-18\n' > directive-4310-02.pdf
printf 'follow_up:\n  from: audit-followup@oig.example.gov\n' > rectrack.yaml
if ! { rectrack init && rectrack import --quiet \
    config/examples/port-of-entry.yaml; } > ../setup.out 2>&1; then
	cat ../setup.out >&2
	echo "help: the example data could not be loaded" >&2
	exit 1
fi

# The commands `rectrack help` lists, under their groups' headings.
cmds=$(rectrack help | awk '/^[a-z]+:$/ { on = 1; next }
    /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }')
[ -n "$cmds" ] || { echo "help: no command listed" >&2; exit 1; }

fail=0
n=0
for cmd in $cmds; do
	cd "$work" || exit 1
	if ! rectrack "$cmd" --help > help.out 2>&1; then
		echo "help: rectrack $cmd --help failed:" >&2
		cat help.out >&2
		fail=1
		continue
	fi
	awk -v c="$cmd" 'length($0) > 80 {
	    printf "help: %s --help: line %d is %d columns: %s\n", c, NR,
	    length($0), $0; bad = 1 } END { exit bad }' help.out >&2 || fail=1
	# each subcommand's --help: its option table agrees with the help
	for sub in $(awk -v c="$cmd" '/^$/ { exit } /^(usage:)? +rectrack / {
	    sub(/^(usage:)? +rectrack /, ""); if ($1 == c && $2 ~ /^[a-z]+$/)
	    print $2 }' help.out); do
		if ! rectrack "$cmd" "$sub" --help > sub.out 2>&1; then
			echo "help: rectrack $cmd $sub --help failed:" >&2
			cat sub.out >&2
			fail=1
		fi
	done
	awk '/^examples:$/ { on = 1; next } /^$/ { on = 0 }
	    on { sub(/^  /, ""); print }' help.out > examples
	[ -s examples ] || { echo "help: $cmd has no example" >&2; fail=1; }
	rm -rf run && cp -R base run && cd run || exit 1
	# one example a line, joined where a line ends in " \"
	awk '{ line = line $0 } / \\$/ { sub(/ \\$/, "", line); sub(/^ +/, " ", line); next }
	    { print line; line = "" }' ../examples | sed 's/  */ /g' > ../lines
	while IFS= read -r ex; do
		n=$((n + 1))
		if ! sh -c "$ex" > ../ex.out 2>&1 < /dev/null; then
			echo "help: $cmd: example failed: $ex" >&2
			sed 's/^/    /' ../ex.out >&2
			fail=1
		fi
	done < ../lines
done
[ $fail = 0 ] || exit 1
echo "help: $n examples of $(echo $cmds | wc -w) commands ran"
