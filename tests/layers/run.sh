#!/bin/sh
# make check-layers: first that the rule checker refuses what it must
# (a core file that includes a backend header, a base file that includes
# core, a core object that calls a backend's function), then the
# sources and objects of this tree.
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

# the objects: a core object that calls a backend's function is refused
mkdir -p "$work/obj/store/sqlite" "$work/obj/core" "$work/ok/src/base"
printf 'int sq_thing(void);\nint sq_thing(void) { return 1; }\n' > "$work/sq.c"
printf 'int sq_thing(void);\nint rec(void);\nint rec(void) { return sq_thing(); }\n' > "$work/rec.c"
if ${CC:-cc} -c -o "$work/obj/store/sqlite/sq.o" "$work/sq.c" &&
    ${CC:-cc} -c -o "$work/obj/core/rec.o" "$work/rec.c"; then
	printf '#include "base/util.h"\n' > "$work/ok/src/base/util.c"
	sh "$here/check.sh" "$work/ok/src" "$work/obj" 2> "$work/out"
	rc=$?
	expected='check-layers: core/rec.o: uses sq_thing of store/sqlite'
	if [ $rc != 1 ] || [ "$(cat "$work/out")" != "$expected" ]; then
		echo "check-layers: a core object that uses a backend's symbol is not refused as it must be (exit $rc):" >&2
		cat "$work/out" >&2
		fail=1
	fi
else
	echo "check-layers: cannot compile the objects of the self-test" >&2
	fail=1
fi

sh "$here/check.sh" src "$build/obj" || fail=1
if [ $fail = 0 ]; then
	echo "layers: every include and every object keeps to its layer"
fi
exit $fail
