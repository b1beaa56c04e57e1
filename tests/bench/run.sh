#!/bin/sh
# rectrack benchmark: every figure beside the floor that SQLite, libyaml
# or the Python peer set for the same work in the same run.
#
#   sh tests/bench/run.sh BUILD N
#
# BUILD holds build/rectrack and the floor programs (built by make
# bench); N is the number of recommendations (the Makefile's BENCH_N).
# Work files go to BUILD/bench; generated data is kept there between
# runs.  Prints one table on stdout.  The Python peer runs on at most
# PEER_N recommendations (default 100000): on more it needs gigabytes of
# memory and many minutes, so the comparison is per recommendation at
# that size.
set -eu

build=$(cd "$1" && pwd)
n=$2
small=${SMALL_N:-100000}
peer_n=${PEER_N:-100000}
here=$(cd "$(dirname "$0")" && pwd)
bin=$build/rectrack
measure=$build/bench/measure
dir=$build/bench
export RECTRACK_ACTOR=bench
unset RECTRACK_DB RECTRACK_CONFIG
cd "$dir"

rows=$dir/rows.txt
: > "$rows"

# row NAME VALUE FLOOR UNIT TARGET: one line of the table (ratio = value /
# floor).
row() {
	printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >> "$rows"
}

# secs CMD...: mean wall seconds of one run; mem CMD...: peak KB.
run() { "$measure" "$@"; }

data() {	# data N: the generated file of N recommendations (made again
		# when the generator is newer than it)
	f=$dir/gen-$1.yaml
	if [ ! -s "$f" ] || [ "$here/gen.py" -nt "$f" ]; then
		python3 "$here/gen.py" "$1" 1 > "$f.tmp" && mv "$f.tmp" "$f"
	fi
	echo "$f"
}

# ---- import -------------------------------------------------------------

import_at() {	# import_at N: import into an empty database; sets $db
	yaml=$(data "$1")
	db=$dir/bench-$1.db
	rm -f "$db" "$db-wal" "$db-shm"
	"$bin" --db "$db" init > /dev/null
	set -- $(run -- "$bin" --db "$db" import --quiet "$yaml")
	imp_s=$1 imp_kb=$2
	set -- $(run -- "$build/bench/floor_parse" "$yaml")
	parse_s=$1 parse_kb=$2
	ins_s=$("$build/bench/floor_insert" "$db" "$dir/floor.db")
	rm -f "$dir/floor.db" "$dir/floor.db-wal"
}

echo "bench: N = $n (generating data, importing ...)" >&2
sizes=$n
[ "$n" -gt "$small" ] && sizes="$small $n"
for s in $sizes; do
	import_at "$s"
	eval "imp_s_$s=\$imp_s imp_kb_$s=\$imp_kb"
	eval "floor_s_$s=\$(echo \"\$parse_s \$ins_s\" | awk '{print \$1 + \$2}')"
	if [ "$s" = "$n" ]; then
		row "import $n recs: wall s" "$imp_s" \
		    "$(echo "$parse_s $ins_s" | awk '{print $1 + $2}')" s \
		    "<= 2.0 (parse + insert floors)"
		row "  parse floor (libyaml events)" "$parse_s" "" s ""
		row "  insert floor (prepared, 1 txn)" "$ins_s" "" s ""
		row "import $n recs: peak memory" "$imp_kb" "$parse_kb" KB \
		    "<= 64 MB"
	fi
done

# the Python peer, on at most peer_n recommendations
pn=$n
[ "$n" -gt "$peer_n" ] && pn=$peer_n
if [ "$pn" != "$n" ] && [ "$pn" != "$small" ]; then
	import_at "$pn"
	eval "imp_s_$pn=\$imp_s imp_kb_$pn=\$imp_kb"
fi
rm -f "$dir/peer.db"*
set -- $(run -- python3 "$here/peer.py" "$(data "$pn")" "$dir/peer.db")
peer_s=$1 peer_kb=$2
rm -f "$dir/peer.db"*
eval "mine=\$imp_s_$pn"
row "import $pn recs vs Python peer" "$mine" "$peer_s" s \
    ">= 15x faster (ratio <= 0.067)"
row "  Python peer peak memory" "$peer_kb" "" KB ""

# ---- reads on the N database -------------------------------------------

db=$dir/bench-$n.db
count_s=$(run -n 5 -- sqlite3 "$db" "select count(*) from recommendation" |
    cut -d' ' -f1)
sum_s=$(run -n 3 -- "$bin" --db "$db" summary | cut -d' ' -f1)
row "summary --by agency" "$sum_s" "$count_s" s "<= 3.0 (count(*))"
fy_s=$(run -n 3 -- "$bin" --db "$db" summary --by fy | cut -d' ' -f1)
row "summary --by fy" "$fy_s" "$count_s" s "<= 3.0 (count(*))"
# two references beside the floor the target names: the columns the
# summary reads, in its order, written out by the sqlite3 shell; and the
# GROUP BY a user would write for counts and sums by agency and status
# (without ages or the oldest recommendation)
lean_sql="select c.id, r.number, c.number, a.code, c.official, c.status,
  c.target_date, c.priority, c.questioned_cost, c.funds_better_use,
  r.issued, i.code, r.fiscal_year
 from report r cross join recommendation c on c.report_id = r.id
  join issuer i on i.id = r.issuer_id join agency a on a.id = c.agency_id
 order by r.issued, r.sort_key, c.sort_key"
lean_s=$(run -n 3 -- sqlite3 "$db" "$lean_sql" | cut -d' ' -f1)
row "  ref: its columns, sqlite3 shell" "$sum_s" "$lean_s" s ""
group_s=$(run -n 3 -- sqlite3 "$db" "select a.code, c.status, count(*),
  sum(c.priority), sum(c.questioned_cost), sum(c.funds_better_use)
 from recommendation c join agency a on a.id = c.agency_id
 group by a.code, c.status" | cut -d' ' -f1)
row "  ref: GROUP BY agency, status in sqlite3" "$sum_s" "$group_s" s ""

today=$(date -u +%Y-%m-%d)
list_s=$(run -n 3 -- "$bin" --db "$db" list --agency CBP --overdue \
    --format csv | cut -d' ' -f1)
list_sql="select r.number || '#' || c.number, r.number, c.number, i.code,
  r.issued, a.code, c.official, c.text, c.concurrence, c.status,
  c.target_date, c.original_target_date, c.resolved_date, c.closed_date,
  c.priority, c.significant, c.on_hold, c.closure_requested,
  c.partially_addressed, c.questioned_cost, c.unsupported_cost,
  c.funds_better_use, c.potential_savings
 from recommendation c join report r on r.id = c.report_id
  join issuer i on i.id = r.issuer_id join agency a on a.id = c.agency_id
 where c.agency_id in (with recursive sub(id) as (select id from agency
  where code = 'CBP' union all select a.id from agency a join sub on
  a.parent_id = sub.id) select id from sub)
  and c.status = 'open-resolved' and c.target_date < '$today'
 order by r.issued, r.sort_key, c.sort_key"
list_floor=$(run -n 3 -- sqlite3 -csv -header "$db" "$list_sql" |
    cut -d' ' -f1)
row "list --agency CBP --overdue --format csv" "$list_s" "$list_floor" s \
    "<= 1.5 (same query, sqlite3 .mode csv)"

search_s=$(run -n 5 -- "$bin" --db "$db" search fentanyl | cut -d' ' -f1)
search_floor=$(run -n 5 -- sqlite3 "$db" "select rowid,
  snippet(search_index, 0, '[', ']', '...', 12) from search_index
  where search_index match 'fentanyl' order by rank limit 20" |
    cut -d' ' -f1)
row "search fentanyl (top 20)" "$search_s" "$search_floor" s \
    "<= 1.5 (same FTS5 query, sqlite3)"

# ---- exports for other tools, on the database of SMALL_N -----------------

# the workbook and the OSCAL POA&M beside the CSV of the same
# recommendations: wall seconds and peak memory
xn=$small
[ "$n" -lt "$small" ] && xn=$n
xdb=$dir/bench-$xn.db
printf 'oscal:\n  system_id: bench-system\n' > "$dir/oscal.yaml"
xport() {	# xport FORMAT: "seconds KB" of export --format FORMAT
	rm -f "$dir/export.out"
	RECTRACK_CONFIG=$dir/oscal.yaml run -- "$bin" --db "$xdb" export \
	    --format "$1" --output "$dir/export.out"
}
set -- $(xport csv)
csv_s=$1 csv_kb=$2
for f in xlsx oscal-poam; do
	set -- $(xport "$f")
	row "export $xn recs --format $f" "$1" "$csv_s" s \
	    "<= 3.0 (export --format csv)"
	row "  peak memory" "$2" "$csv_kb" KB "(floor: the CSV export's)"
	[ "$f" = oscal-poam ] && oscal_s=$1
done
# the POA&M carries the whole history, as the YAML export does
set -- $(xport yaml)
row "  ref: oscal-poam vs export --format yaml" "$oscal_s" "$1" s ""
rm -f "$dir/export.out"

# ---- one status change, 200 times -----------------------------------------

# 400 open-pending recommendations: 200 for rectrack, 200 for the floor
sqlite3 "$db" "select r.number || '#' || c.number, c.id from recommendation c
  join report r on r.id = c.report_id where c.status = 'open-pending'
  order by c.id limit 400" > pending.txt
head -200 pending.txt | cut -d'|' -f1 > mine.txt
tail -200 pending.txt | cut -d'|' -f2 > theirs.txt
status_s=$(run -- sh -c 'while read -r id; do "$0" --db "$1" status "$id" \
    open-unresolved > /dev/null || exit 1; done < mine.txt' "$bin" "$db" |
    cut -d' ' -f1)
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
# (its change set first, as every change has one)
awk -v now="$now" -v today="$today" '{ printf "begin immediate; " \
    "insert into change(at, actor, command) values (\047%s\047, " \
    "\047bench\047, \047status\047); " \
    "update recommendation set status = \047open-unresolved\047 where id = %s; " \
    "insert into event(recommendation_id, change_id, at, effective, actor, " \
    "kind, field, old, new) values (%s, last_insert_rowid(), \047%s\047, " \
    "\047%s\047, \047bench\047, " \
    "\047status\047, \047status\047, \047open-pending\047, " \
    "\047open-unresolved\047); commit;\n", now, $1, $1, now, today }' \
    theirs.txt > theirs.sql
# on a copy of the database: the floor's events carry no link of the
# chain, and the database goes on to the copy into PostgreSQL
cp "$db" "$dir/floor-status.db"
status_floor=$(run -- sh -c 'while read -r sql; do sqlite3 "$0" "$sql" ||
    exit 1; done < theirs.sql' "$dir/floor-status.db" | cut -d' ' -f1)
rm -f "$dir/floor-status.db"*
row "status change (mean of 200)" \
    "$(echo "$status_s" | awk '{printf "%.5f", $1 / 200}')" \
    "$(echo "$status_floor" | awk '{printf "%.5f", $1 / 200}')" s \
    "<= 1.5 (UPDATE + INSERT, sqlite3)"

# ---- scaling --------------------------------------------------------------

if [ "$n" -gt "$small" ]; then
	db_small=$dir/bench-$small.db
	eval "a=\$imp_s_$small b=\$imp_s_$n ka=\$imp_kb_$small kb=\$imp_kb_$n"
	row "import us/rec at $small" \
	    "$(echo "$a $small" | awk '{printf "%.2f", 1e6 * $1 / $2}')" "" us ""
	row "import us/rec at $n vs at $small" \
	    "$(echo "$b $n" | awk '{printf "%.2f", 1e6 * $1 / $2}')" \
	    "$(echo "$a $small" | awk '{printf "%.2f", 1e6 * $1 / $2}')" us \
	    "<= 1.2"
	row "import peak memory at $n vs at $small" "$kb" "$ka" KB "<= 1.1"
	sa=$(run -n 3 -- "$bin" --db "$db_small" summary | cut -d' ' -f1)
	row "summary us/rec at $n vs at $small" \
	    "$(echo "$sum_s $n" | awk '{printf "%.3f", 1e6 * $1 / $2}')" \
	    "$(echo "$sa $small" | awk '{printf "%.3f", 1e6 * $1 / $2}')" us \
	    "<= 1.2"
fi

# ---- concurrent writers, and PostgreSQL -----------------------------------

# 8 writers at once, WRITERS_N status changes each (tests/bench/writers.sh),
# against one writer making as many in all: changes per second.
wn=${WRITERS_N:-50}
writers_rate() {	# writers_rate DB WRITERS COUNT: changes per second
	sh "$here/writers.sh" "$bin" "$1" "$2" "$3" |
	    awk '{ printf "%.1f", $1 / $2 }'
}
rm -f "$dir"/writers-*.db*
w8=$(writers_rate "$dir/writers-8.db" 8 "$wn")
w1=$(writers_rate "$dir/writers-1.db" 1 $((8 * wn)))
rm -f "$dir"/writers-*.db*
row "8 writers, SQLite: status changes/s" "$w8" "$w1" "/s" \
    "(floor: 1 writer, same changes)"

# PostgreSQL on a throw-away server, when its programs are here: the same
# writers, then the import, the copy and the reads at N beside SQLite's
# (tests/bench/pg.sh).
if sh "$here/../pg/server.sh" bindir > /dev/null 2>&1 &&
    command -v psql > /dev/null; then
	pgdir=$dir/pg
	sh "$here/../pg/server.sh" stop "$pgdir"
	sh "$here/../pg/server.sh" start "$pgdir" > /dev/null
	trap 'sh "$here/../pg/server.sh" stop "$pgdir"' EXIT
	pgurl() { echo "postgresql:///$1?host=$pgdir&user=tester"; }
	for d in w8 w1; do
		psql -X -q "$(pgurl postgres)" -c "CREATE DATABASE $d"
	done
	pw8=$(writers_rate "$(pgurl w8)" 8 "$wn")
	pw1=$(writers_rate "$(pgurl w1)" 1 $((8 * wn)))
	row "8 writers, PostgreSQL: status changes/s" "$pw8" "$pw1" "/s" \
	    "(floor: 1 writer, same changes)"
	row "8 writers: PostgreSQL vs SQLite" "$pw8" "$w8" "/s" ""
	psql -X -q "$(pgurl postgres)" -c "DROP DATABASE w8" \
	    -c "DROP DATABASE w1"
	. "$here/pg.sh"
	sh "$here/../pg/server.sh" stop "$pgdir"
	trap - EXIT
else
	echo "bench: no PostgreSQL server programs: its figures skipped" >&2
fi

# ---- the table ------------------------------------------------------------

printf '\nrectrack benchmark, N = %s recommendations (%s)\n\n' "$n" \
    "$(uname -m), $(nproc) cores"
awk -F '\t' '
BEGIN { printf "%-46s %12s %12s %8s  %s\n", "measure", "rectrack",
    "floor", "ratio", "target"
    printf "%-46s %12s %12s %8s  %s\n", "-------", "--------", "-----",
    "-----", "------" }
{
	ratio = ($3 != "" && $3 + 0 > 0) ? sprintf("%.2f", $2 / $3) : ""
	v = $2; f = $3
	if ($4 == "KB") { v = sprintf("%.1f MB", $2 / 1024)
		f = $3 == "" ? "" : sprintf("%.1f MB", $3 / 1024) }
	else if ($4 == "s") { v = sprintf("%.3f s", $2)
		f = $3 == "" ? "" : sprintf("%.3f s", $3) }
	else { v = v " " $4; f = f == "" ? "" : f " " $4 }
	printf "%-46s %12s %12s %8s  %s\n", $1, v, f, ratio, $5
}' "$rows"
