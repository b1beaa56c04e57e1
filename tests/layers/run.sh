#!/bin/sh
# make check-layers: first that the rule checker refuses what it must
# (a core file that includes a backend header, a base file that includes
# core), then the sources and objects of this tree.
# usage: run.sh BUILD
set -u
build=$1
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

mkdir -p "$work/src/base" "$work/src/core" "$work/src/store/sqlite"
printf '#include "base/util.h"\n' > "$work/src/base/util.c"
printf '#include "base/util.h"\n#include "store/store.h"\n' > "$work/src/core/rec.c"
printf '#include "store/sqlite/sq.h"\n' > "$work/src/store/sqlite/sq.c"
if ! sh "$here/check.sh" "$work/src" 2> "$work/out"; then
	echo "check-layers: a tree that keeps the rules is refused:" >&2
	cat "$work/out" >&2
	fail=1
fi
printf '#include "base/util.h"\n#include "store/sqlite/sq.h"\n' > "$work/src/core/rec.c"
printf '#include "core/rec.h"\n' > "$work/src/base/util.c"
sh "$here/check.sh" "$work/src" 2> "$work/out"
rc=$?
expected='check-layers: base/util.c:1: includes "core/rec.h", which the base layer may not use
check-layers: core/rec.c:2: includes "store/sqlite/sq.h", which the core layer may not use'
if [ $rc != 1 ] || [ "$(cat "$work/out")" != "$expected" ]; then
	echo "check-layers: a core file that includes a backend header is not refused as it must be (exit $rc):" >&2
	cat "$work/out" >&2
	fail=1
fi

sh "$here/check.sh" src "$build/obj" || fail=1
if [ $fail = 0 ]; then
	echo "layers: every include and every object keeps to its layer"
fi
exit $fail
