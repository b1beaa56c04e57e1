#!/bin/sh
# The CLI scenario tests with every rectrack run under valgrind memcheck.
#
#   sh tests/valgrind/run.sh BUILD tests/cli/NAME.t...
#
# Each rectrack the tests start runs as `valgrind --leak-check=full
# --error-exitcode=99 BUILD/rectrack ...`, its report in a log of its
# own; a memory error or a leak (definite, indirect or possible) makes
# that run exit 99, which the transcript shows as a failure, and its log
# is printed.  The files run in two halves at once (valgrind is slow; the
# machine has two cores or more).  Exits 0 when every file passes and
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

# two halves: files 1, 3, 5 ... and 2, 4, 6 ...
a= b= i=0
for t in "$@"; do
	if [ $((i % 2)) = 0 ]; then a="$a $t"; else b="$b $t"; fi
	i=$((i + 1))
done
sh "$here/../cli/run.sh" "$work/bin/rectrack" $a > "$work/a.out" 2>&1 &
pa=$!
rc=0
if [ -n "$b" ]; then
	sh "$here/../cli/run.sh" "$work/bin/rectrack" $b > "$work/b.out" 2>&1 ||
	    rc=1
fi
wait $pa || rc=1
cat "$work/a.out"
[ -f "$work/b.out" ] && cat "$work/b.out"

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
