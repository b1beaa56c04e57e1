#!/bin/sh
# The layers' rules (docs/architecture.md), proved two ways:
#   1. from the sources: every #include "..." under SRC is allowed for the
#      folder the including file is in;
#   2. from the objects (when OBJ is given): no object of base, core,
#      formats or cli uses a symbol defined by an object of a backend
#      folder (store/sqlite, store/postgresql), no backend uses one of
#      the other, and the store's own objects use nothing of a backend
#      but its table of operations (sq_ops, pg_ops, which store.c picks
#      from).
# usage: check.sh SRC [OBJ]      exit 1 and one line per violation
set -u
src=$1
obj=${2:-}
fail=0

# allowed FOLDER: the include prefixes a file in FOLDER may use
allowed() {
	case $1 in
	base)			echo "base/" ;;
	store)			echo "base/ store/store.h store/backend.h store/schema.h" ;;
	store/sqlite)		echo "base/ store/store.h store/backend.h store/schema.h store/sqlite/" ;;
	store/postgresql)	echo "base/ store/store.h store/backend.h store/schema.h store/postgresql/" ;;
	core)			echo "base/ store/store.h core/" ;;
	formats)		echo "base/ store/store.h core/ formats/" ;;
	cli)			echo "base/ store/store.h core/ formats/ cli/" ;;
	*)			echo "" ;;
	esac
}

files=$(cd "$src" && find . -name '*.[ch]' | sed 's|^\./||' | sort)
[ -n "$files" ] || { echo "check-layers: no sources under $src" >&2; exit 1; }
for f in $files; do
	dir=${f%/*}
	[ "$dir" = "$f" ] && dir=.
	ok=$(allowed "$dir")
	if [ -z "$ok" ]; then
		echo "check-layers: $f: a file outside the layers' folders" >&2
		fail=1
		continue
	fi
	# the quoted includes of the file, with their line numbers
	grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$src/$f" |
	sed 's/^\([0-9]*\):[^"]*"\([^"]*\)".*/\1 \2/' > "${TMPDIR:-/tmp}/layers.$$"
	while read -r line inc; do
		good=0
		for p in $ok; do
			case $inc in
			"$p"*) good=1 ;;
			esac
		done
		if [ $good = 0 ]; then
			echo "check-layers: $f:$line: includes \"$inc\", which the $dir layer may not use" >&2
			fail=1
		fi
	done < "${TMPDIR:-/tmp}/layers.$$"
	rm -f "${TMPDIR:-/tmp}/layers.$$"
done

if [ -n "$obj" ]; then
	defs() { for o in "$@"; do [ -f "$o" ] && nm -g --defined-only "$o" | awk '{print $3}'; done | sort -u; }
	undef() { nm -u "$1" | awk '{print $2}' | sort -u; }
	sq=$(defs "$obj"/store/sqlite/*.o)
	pg=$(defs "$obj"/store/postgresql/*.o)
	check_obj() {	# OBJECT NAME-OF-FORBIDDEN DEFINED-SYMBOLS
		used=$(undef "$1" | grep -Fx "$3" 2>/dev/null)
		if [ -n "$used" ]; then
			for s in $used; do
				echo "check-layers: ${1#$obj/}: uses $s of $2" >&2
			done
			fail=1
		fi
	}
	for o in "$obj"/base/*.o "$obj"/core/*.o "$obj"/formats/*.o \
	    "$obj"/cli/*.o; do
		[ -f "$o" ] || continue
		check_obj "$o" store/sqlite "$sq"
		check_obj "$o" store/postgresql "$pg"
	done
	for o in "$obj"/store/*.o; do
		[ -f "$o" ] || continue
		check_obj "$o" store/sqlite "$(echo "$sq" | grep -vx sq_ops)"
		check_obj "$o" store/postgresql "$(echo "$pg" | grep -vx pg_ops)"
	done
	for o in "$obj"/store/sqlite/*.o; do
		[ -f "$o" ] && check_obj "$o" store/postgresql "$pg"
	done
	for o in "$obj"/store/postgresql/*.o; do
		[ -f "$o" ] && check_obj "$o" store/sqlite "$sq"
	done
fi
exit $fail
