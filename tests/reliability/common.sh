# Shared by the reliability tests (sourced, not run): the environment,
# timing, the mixed command lists and the checks on events.
#
# A script sets `name` and calls `setup BUILD_DIR`; it then works in
# $work (removed on success, kept and named on failure) with the
# database $work/rectrack.db, time fixed at $TODAY (RECTRACK_NOW).  With
# RECTRACK_TEST_PG set to the socket folder of a PostgreSQL server
# (tests/pg/server.sh), the database is a new one on that server
# instead, dropped at the end.

TODAY=2026-11-28
NOW=${TODAY}T12:00:00Z
# the day after: `list --as-of $TODAY` then rebuilds every row from its
# events (as of today itself, list reads the stored rows)
TOMORROW_NOW=2026-11-29T12:00:00Z

die() {
	echo "$name: FAIL: $*" >&2
	[ -z "${work:-}" ] || echo "$name: work files kept in $work" >&2
	work=
	exit 1
}

setup() {
	[ -n "${1:-}" ] || { echo "usage: sh $0 BUILD_DIR" >&2; exit 2; }
	build=$(cd "$1" 2>/dev/null && pwd) || { echo "$name: $1: no such build directory" >&2; exit 2; }
	bin=$build/rectrack
	[ -x "$bin" ] || { echo "$name: $bin: not built (make BUILD=$1)" >&2; exit 2; }
	here=$(cd "$(dirname "$0")" && pwd)
	srcdir=$(cd "$here/../.." && pwd)
	pg=${RECTRACK_TEST_PG:-}
	if [ -n "$pg" ]; then
		command -v psql >/dev/null || { echo "$name: psql is missing" >&2; exit 2; }
	else
		command -v sqlite3 >/dev/null || { echo "$name: sqlite3 is missing" >&2; exit 2; }
	fi
	command -v python3 >/dev/null || { echo "$name: python3 is missing" >&2; exit 2; }
	work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-$name.XXXXXX")
	trap 'st=$?; drop_pg; [ -z "$work" ] || rm -rf "$work"; exit $st' EXIT
	trap 'exit 130' INT TERM
	mkdir -p "$work/home" "$work/xdg"
	cd "$work" || die "cannot enter $work"
	unset RECTRACK_DB RECTRACK_CONFIG
	export RECTRACK_NOW=$NOW RECTRACK_ACTOR=reliability TZ=UTC \
	    LC_ALL=C NO_COLOR=1 HOME=$work/home XDG_CONFIG_HOME=$work/xdg
	db=$work/rectrack.db
	if [ -n "$pg" ]; then
		pgdb=rt_$(echo "$name" | tr -c 'a-z0-9\n' _)_$$
		psql -X -q "postgresql:///postgres?host=$pg&user=tester" \
		    -c "CREATE DATABASE $pgdb" > /dev/null ||
		    die "cannot create a database on $pg"
		db="postgresql:///$pgdb?host=$pg&user=tester"
	fi
	started=$(now_ms)
}

drop_pg() {
	[ -n "${pgdb:-}" ] || return 0
	psql -X -q "postgresql:///postgres?host=$pg&user=tester" \
	    -c "DROP DATABASE $pgdb" > /dev/null 2>&1
	pgdb=
}

# Milliseconds since the epoch.
now_ms() {
	_t=$(date +%s%N 2>/dev/null)
	case $_t in
	''|*[!0-9]*) python3 -c 'import time; print(int(time.time() * 1000))' ;;
	*) echo $((_t / 1000000)) ;;
	esac
}

# sleep_ms N: sleep N milliseconds.
sleep_ms() {
	sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"
}

# in_new_group CMD... &: run a command in a process group of its own,
# so that `kill -KILL -$!` ends it and every process it started at
# once.  In the background only: it replaces the shell that runs it.
in_new_group() {
	exec python3 -c 'import os, sys; os.setpgid(0, 0); os.execvp(sys.argv[1], sys.argv[1:])' "$@"
}

# sqlite3 (or psql) on the database, waiting for a lock instead of
# failing; rows as a|b.
sql() {
	if [ -n "$pg" ]; then
		PGOPTIONS=-csearch_path=rectrack psql -X -q -t -A \
		    -v ON_ERROR_STOP=1 "$db" -c "$1"
	else
		sqlite3 -cmd '.timeout 30000' "$db" "$@"
	fi
}

integrity_ok() {
	if [ -n "$pg" ]; then
		# the server keeps its own pages; rectrack check reads the rows
		_r=$("$bin" --db "$db" check --quick 2>&1) ||
		    die "$1: rectrack check says: $_r"
		return 0
	fi
	_r=$(sql "PRAGMA integrity_check" 2>&1)
	[ "$_r" = ok ] || die "$1: PRAGMA integrity_check says: $_r"
}

# replay_ok WHAT: every current row equals the replay of its events (the
# CSV of `list` against the one `list --as-of` rebuilds from the events).
replay_ok() {
	"$bin" --db "$db" list --format csv > now.csv 2> list.err ||
	    die "$1: rectrack list failed: $(cat list.err)"
	RECTRACK_NOW=$TOMORROW_NOW "$bin" --db "$db" list --as-of "$TODAY" \
	    --format csv > replayed.csv 2> list.err ||
	    die "$1: rectrack list --as-of failed: $(cat list.err)"
	[ -s now.csv ] || die "$1: rectrack list printed nothing"
	cmp -s now.csv replayed.csv || {
		diff now.csv replayed.csv | head -20 >&2
		die "$1: a current row differs from the replay of its events (above: < stored, > replayed)"
	}
}

# A database with one report of RECS recommendations, OIG-21-19#1…,
# each open-resolved with a target date.
make_db() {
	"$bin" --db "$db" init > /dev/null &&
	"$bin" --db "$db" issuer add dhs-oig --name "DHS OIG" > /dev/null &&
	"$bin" --db "$db" agency add CBP --name "U.S. Customs and Border Protection" > /dev/null &&
	"$bin" --db "$db" report add OIG-21-19 --title "Canines" \
	    --issued 2021-02-08 --agency CBP > /dev/null || die "cannot set up the database"
	_i=1
	while [ $_i -le "$1" ]; do
		"$bin" --db "$db" rec add OIG-21-19 --text "recommendation $_i" \
		    --status open-resolved --target 2021-09-30 > /dev/null ||
		    die "cannot add recommendation $_i"
		_i=$((_i + 1))
	done
}

# gen_commands PREFIX COUNT SEED RECS [status]: COUNT mixed commands (with
# "status", status commands only), one a line:
#   TAG VERB VALUE REC...
# VERB is status, concur, target or note; TAG (PREFIX-N) is unique and is
# given as the note of the command, so every event the command writes
# carries it.  A command in four names two recommendations (both change
# or neither).  Target dates are unique across the lists of one
# database (give each list its own SEED and the same COUNT), so a target
# command that succeeds always changes the date; concur names one
# recommendation.
gen_commands() {
	awk -v prefix="$1" -v count="$2" -v seed="$3" -v recs="$4" \
	    -v only="${5:-}" '
	BEGIN {
		srand(seed)
		split("open-unresolved open-resolved closed-implemented closed-not-implemented", st, " ")
		split("pending concur partial non-concur no-position", cc, " ")
		for (i = 1; i <= count; i++) {
			r1 = 1 + int(rand() * recs)
			r2 = 1 + int(rand() * recs)
			two = r1 != r2 && rand() < 0.25
			ids = "OIG-21-19#" r1 (two ? " OIG-21-19#" r2 : "")
			k = only == "status" ? 0 : rand()
			if (k < 0.4)
				line = "status " st[1 + int(rand() * 4)] " " ids
			else if (k < 0.6)
				line = "concur " cc[1 + int(rand() * 5)] " OIG-21-19#" r1
			else if (k < 0.8) {
				# dates from 2030-01-01, one per (seed, i)
				n = seed * count + i
				line = sprintf("target %04d-%02d-%02d %s", 2030 + int(n / 336),
				    1 + int((n % 336) / 28), 1 + n % 28, ids)
			} else
				line = "note - " ids
			print prefix "-" i " " line
		}
	}'
}

# check_events LOG FIRST: the events numbered FIRST and on were written
# by the commands of LOG (writer.sh), each as the command said: a command
# that succeeded wrote one event per change it reported, one that failed
# wrote none, and one that was killed (begun, never ended) wrote either
# nothing or one event per recommendation it names (concur: at most one).
# Sets nevents (events checked) and ninflight, ninflight_done.
check_events() {
	sql "SELECT note, count(*) FROM event WHERE id >= $2 GROUP BY note" \
	    > by_tag.txt || die "cannot count the events"
	sql "SELECT count(*) FROM event WHERE id >= $2" > total.txt
	awk -v total="$(cat total.txt)" '
	FILENAME == "by_tag.txt" { split($0, f, "|"); got[f[1]] = f[2]; next }
	$1 == "begin" { verb[$2] = $3; nrecs[$2] = $4; begun[$2] = 1; order[++n] = $2; next }
	$1 == "end" { ended[$2] = 1; rc[$2] = $3; changes[$2] = $4; next }
	END {
		bad = 0
		for (i = 1; i <= n; i++) {
			t = order[i]; g = got[t] + 0; seen[t] = 1
			if (ended[t]) {
				want = rc[t] == 0 ? changes[t] : 0
				if (g != want) {
					printf "%s (%s, exit %d): %d events, expected %d\n", t, verb[t], rc[t], g, want
					bad++
				}
				sum += want
			} else {
				full = verb[t] == "concur" ? 1 : nrecs[t]
				if (g != 0 && g != full) {
					printf "%s (%s, killed): %d events, expected 0 or %d\n", t, verb[t], g, full
					bad++
				}
				inflight++
				if (g > 0)
					inflight_done++
				sum += g
			}
		}
		for (t in got)
			if (!seen[t]) {
				printf "%d events with note \"%s\", which no command wrote\n", got[t], t
				bad++
			}
		if (sum != total) {
			printf "%d events written, the commands account for %d\n", total, sum
			bad++
		}
		printf "%d %d %d\n", total, inflight + 0, inflight_done + 0 > "counts.txt"
		exit bad > 0
	}' by_tag.txt "$1" > check.txt || {
		head -20 check.txt >&2
		die "events do not match what the commands reported (above)"
	}
	read -r nevents ninflight ninflight_done < counts.txt
}

# stderr_ok FILE...: every message is one clear line of rectrack's own,
# and never SQLite's raw text.
stderr_ok() {
	cat "$@" > all.err
	if grep -i -n -e 'locked' -e 'busy' -e 'sqlite' -e 'disk i/o' \
	    -e 'malformed' -e 'constraint' -e 'serializ' -e 'deadlock' \
	    -e 'ERROR:' -e 'SQLSTATE' -e 'could not' all.err > raw.err; then
		head -5 raw.err >&2
		die "a command printed a raw database error (above)"
	fi
	if grep -v -e '^rectrack: OIG-21-19#[0-9]*: cannot move from ' \
	    -e '^rectrack: OIG-21-19#[0-9]*: is closed-[a-z-]*; a closed recommendation takes no target date (reopen it first)$' \
	    all.err > other.err; then
		head -5 other.err >&2
		die "a command failed with a message the test does not expect (above)"
	fi
}
