#!/bin/sh
# The README's session ("## A session"), run exactly as printed: every
# fenced block of that section that starts with "$ " becomes part of one
# transcript (tests/cli/run.sh format: the output indented by two
# spaces), run with the clock and the actor the README states
# (RECTRACK_NOW as run.sh fixes it, RECTRACK_ACTOR=liaison).
#
#   sh tests/readme/run.sh path/to/rectrack
set -eu
bin=$1
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-readme.XXXXXX")
trap 'rm -rf "$work"' EXIT
awk '
/^## / { insession = ($0 == "## A session"); next }
!insession { next }
/^```/ {
	if (inblock) { inblock = 0; next }
	inblock = 1; session = 0; next
}
inblock && !session && /^\$ / { session = 1 }
inblock && !session { next }
inblock && /^\$ / {
	print "$ RECTRACK_ACTOR=liaison " substr($0, 3); next
}
inblock { print "  " $0 }
' "$srcdir/README.md" > "$work/readme.t"
[ -s "$work/readme.t" ] || { echo "readme: no session found" >&2; exit 1; }
# The README prints standard error like standard output and leaves out
# exit statuses and CSV's CR: compare the transcripts that way.
norm() {
	sed -e 's/ \[CR\]$//' -e 's/^! /  /' -e '/^\[[0-9]*\]$/d' "$1"
}
cp "$work/readme.t" "$work/expected.t"
UPDATE=1 sh "$srcdir/tests/cli/run.sh" "$bin" "$work/readme.t" >/dev/null || :
norm "$work/expected.t" > "$work/a"
norm "$work/readme.t" > "$work/b"
if ! diff -u "$work/a" "$work/b"; then
	echo "readme: README.md's session differs from what rectrack prints" >&2
	exit 1
fi
echo "readme: the session of README.md prints what it shows ($(grep -c '^\$ ' "$work/a") commands)"
