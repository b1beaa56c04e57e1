#!/bin/sh
# The CLI scenario tests with every rectrack run under valgrind memcheck.
#
#   sh tests/valgrind/run.sh BUILD tests/cli/NAME.t...
#
# Each rectrack the tests start runs as `valgrind --leak-check=full
# --error-exitcode=99 BUILD/rectrack ...`, its report in a log of its
# own; a memory error or a leak (definite, indirect or possible) makes
# that run exit 99, which the transcript shows as a failure, and its log
# is printed.  The files run side by side, one per processor.  Exits 0 when every file passes and
# every log is empty.
set -u

build=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)
command -v valgrind > /dev/null 2>&1 || {
	echo "check-valgrind: valgrind is missing: apt-get install valgrind" >&2
	exit 1
}
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-vg.XXXXXX")
mkdir -p "$work/bin" "$work/log"
cat > "$work/bin/rectrack" <<SH
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full \\
    --show-leak-kinds=definite,indirect,possible \\
    --errors-for-leak-kinds=definite,indirect,possible \\
    --log-file="$work/log/vg.%p" "$build/rectrack" "\$@"
SH
chmod +x "$work/bin/rectrack"
# paths.t runs some commands as another user (nobody, when the tests
# run as root): the wrapper must be theirs to run and the logs theirs
# to write.
chmod 0755 "$work" "$work/bin"
chmod 1777 "$work/log"

# RECTRACK_VALGRIND_PART=K/N: only the files K, K+N, K+2N ... of those
# given (a part of the work when time is short; every file belongs to
# one of the N parts)
part=${RECTRACK_VALGRIND_PART:-}
if [ -n "$part" ]; then
	k=${part%/*} n=${part#*/}
	case $k$n in *[!0-9]*|'') echo "check-valgrind: RECTRACK_VALGRIND_PART=$part: not K/N" >&2; exit 2 ;; esac
	[ "$k" -ge 1 ] && [ "$k" -le "$n" ] || { echo "check-valgrind: RECTRACK_VALGRIND_PART=$part: K must be from 1 to N" >&2; exit 2; }
	i=0 keep=
	for t in "$@"; do
		i=$((i + 1))
		[ $(((i - k) % n)) = 0 ] && keep="$keep $t"
	done
	set -- $keep
	echo "check-valgrind: part $part: $# files"
fi

# the files run side by side, one per processor (tests/cli/run.sh)
rc=0
sh "$here/../cli/run.sh" "$work/bin/rectrack" "$@" > "$work/out" 2>&1 || rc=1
cat "$work/out"

runs=$(ls "$work/log" | wc -l)
bad=0
for f in "$work"/log/vg.*; do
	[ -s "$f" ] || continue
	bad=$((bad + 1))
	echo "--- valgrind: $f" >&2
	cat "$f" >&2
done
echo "valgrind: $runs runs of rectrack, $bad with errors or leaks"
if [ $rc = 0 ] && [ $bad = 0 ]; then
	rm -rf "$work"
	exit 0
fi
echo "check-valgrind: failed (logs kept in $work)" >&2
exit 1
