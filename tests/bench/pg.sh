# PostgreSQL at N beside SQLite: sourced by tests/bench/run.sh once its
# throw-away server runs (pgdir, pgurl) and the SQLite database of N
# recommendations is there (db, imp_s_N, imp_kb_N).  Adds the rows:
#   - the import of the generated file, and the copy of the SQLite
#     database, beside SQLite's import (and the peak memory of each);
#   - each read command on the copy beside the same command on the
#     SQLite database (whose output must be the same, byte for byte);
#   - the round trips of outstanding and sar (RECTRACK_PG_TRACE);
#   - outstanding and a status change with 1 ms added each way, through
#     tests/bench/latency.py, on LAT_N recommendations (default 2000,
#     at most N).
# Writes the size of each table and of the database after the import to
# BUILD/bench/pg-sizes.txt (docs/deployment.md's sizing).

for d in imp rd; do
	psql -X -q "$(pgurl postgres)" -c "CREATE DATABASE $d"
done
eval "sq_imp_s=\$imp_s_$n sq_imp_kb=\$imp_kb_$n"

# ---- import and copy --------------------------------------------------------

echo "bench: PostgreSQL: import and copy of $n recommendations ..." >&2
"$bin" --db "$(pgurl imp)" init > /dev/null
set -- $(run -- "$bin" --db "$(pgurl imp)" import --quiet "$(data "$n")")
row "PG import $n recs" "$1" "$sq_imp_s" s "<= 3.0 (the import on SQLite)"
row "  peak memory" "$2" "$sq_imp_kb" KB "<= 64 MB (floor: SQLite's)"
psql -X -q -A -F ' ' -t "$(pgurl imp)" -c "
  SELECT c.relname, (xpath('/row/n/text()', query_to_xml(format(
    'SELECT count(*) AS n FROM rectrack.%I', c.relname), false, true,
    '')))[1]::text, pg_total_relation_size(c.oid)
   FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
   WHERE s.nspname = 'rectrack' AND c.relkind = 'r'
  UNION ALL SELECT 'database', '$n', pg_database_size(current_database())
   ORDER BY 3 DESC" > "$dir/pg-sizes.txt"
psql -X -q "$(pgurl postgres)" -c "DROP DATABASE imp"

set -- $(run -- "$bin" copy --quiet "$db" "$(pgurl rd)")
row "PG copy $n recs from SQLite" "$1" "$sq_imp_s" s \
    "<= 3.0 (the import on SQLite)"
row "  peak memory" "$2" "$sq_imp_kb" KB "<= 64 MB (floor: SQLite's import)"

# ---- reads ------------------------------------------------------------------

timed() {	# timed OUT DB ARGS...: "SECONDS KB" of one run, or the mean
		# of three more when it took under a second
	_o=$1 _d=$2
	shift 2
	_r=$(run -o "$_o" -- "$bin" --db "$_d" "$@")
	if [ "$(echo "$_r" | awk '{ print ($1 < 1) }')" = 1 ]; then
		_r=$(run -n 3 -o "$_o" -- "$bin" --db "$_d" "$@")
	fi
	echo "$_r"
}

pg_read() {	# pg_read ARGS...: the read on PostgreSQL beside SQLite;
		# sets pg_kb and sq_kb
	_s=$(timed "$dir/sqlite.out" "$db" "$@")
	_p=$(timed "$dir/pg.out" "$(pgurl rd)" "$@")
	# search ranks its hits otherwise on PostgreSQL (ts_rank_cd, not
	# bm25): tests/pg/search.t.sh compares the hits, not their order
	[ "$1" = search ] || cmp -s "$dir/sqlite.out" "$dir/pg.out" ||
	    echo "bench: $*: PostgreSQL's output is not SQLite's" >&2
	row "PG $*" "${_p% *}" "${_s% *}" s "<= 2.0 (the same on SQLite)"
	pg_kb=${_p#* } sq_kb=${_s#* }
}

echo "bench: PostgreSQL: reads ..." >&2
pg_read list --format csv
pg_read summary
pg_read outstanding --format csv
# the generated data spans FY2012-FY2026: its last half year but one,
# and the day it ends
pg_read sar --period 2026H1
pg_read gao-ig-act --as-of 2026-09-30 --format csv
pg_read export --format yaml
row "  peak memory" "$pg_kb" "$sq_kb" KB "<= 64 MB (floor: SQLite's)"
pg_read search fentanyl
pg_read search cargo inspection
rm -f "$dir/sqlite.out" "$dir/pg.out"

trips() {	# trips DB ARGS...: "TRIPS FETCHES" of one run
	_d=$1
	shift
	rm -f "$dir/trace"
	RECTRACK_PG_TRACE=$dir/trace "$bin" --db "$_d" "$@" > /dev/null
	python3 "$here/../pg/trips.py" "$dir/trace" | awk '{ print $2, $4 }'
	rm -f "$dir/trace"
}
for c in "outstanding --format csv" "sar --period 2026H1"; do
	set -- $(trips "$(pgurl rd)" $c)
	row "PG $c: round trips" "$1" "" trips ""
	row "  of them a cursor's page (FETCH)" "$2" "" trips ""
done

# ---- latency ----------------------------------------------------------------

# 1 ms each way.  A network namespace with netem on its loopback would
# do it in the kernel, but needs root and sch_netem (missing where this
# was written); the proxy needs neither, so the figures are the same
# everywhere.  Its floor is the same proxy without the delay.
ln=${LAT_N:-2000}
[ "$ln" -gt "$n" ] && ln=$n
if [ "$ln" = "$n" ]; then
	latdb=rd
else
	latdb=lat
	psql -X -q "$(pgurl postgres)" -c "CREATE DATABASE lat"
	"$bin" --db "$(pgurl lat)" init > /dev/null
	"$bin" --db "$(pgurl lat)" import --quiet "$(data "$ln")" > /dev/null
fi
echo "bench: PostgreSQL: 1 ms each way on $ln recommendations ..." >&2
lat_pids=
trap 'kill $lat_pids 2> /dev/null; sh "$here/../pg/server.sh" stop "$pgdir"' \
    EXIT
for ms in 0 1; do
	rm -f "$dir/port$ms"
	python3 "$here/latency.py" "$pgdir/.s.PGSQL.5432" "$ms" \
	    > "$dir/port$ms" &
	lat_pids="$lat_pids $!"
done
i=0
while { [ ! -s "$dir/port0" ] || [ ! -s "$dir/port1" ]; } && [ $i -lt 50 ]
do
	sleep 0.1
	i=$((i + 1))
done
if [ -s "$dir/port0" ] && [ -s "$dir/port1" ]; then
	laturl() {	# laturl MS: the latency database through the proxy
		echo "postgresql:///$latdb?host=127.0.0.1&port=$(cat \
		    "$dir/port$1")&user=tester&sslmode=disable"
	}
	slow=$(run -- "$bin" --db "$(laturl 1)" outstanding --format csv |
	    cut -d' ' -f1)
	fast=$(run -- "$bin" --db "$(laturl 0)" outstanding --format csv |
	    cut -d' ' -f1)
	set -- $(trips "$(pgurl $latdb)" outstanding --format csv)
	row "PG +1 ms: outstanding ($ln recs)" "$slow" "$fast" s \
	    "(floor: no delay; + trips x 2 ms)"
	row "  round trips" "$1" "" trips ""
	# 20 status changes each way, and one more traced
	psql -X -q -A -t "$(pgurl $latdb)" -c "SELECT r.number || '#' ||
	  c.number FROM rectrack.recommendation c JOIN rectrack.report r
	  ON r.id = c.report_id WHERE c.status = 'open-pending'
	  ORDER BY c.id LIMIT 41" > "$dir/lat.txt"
	head -20 "$dir/lat.txt" > "$dir/lat1.txt"
	sed -n 21,40p "$dir/lat.txt" > "$dir/lat0.txt"
	st_run() {	# st_run MS: mean seconds of the status changes of latMS.txt
		run -- sh -c 'while read -r id; do "$0" --db "$1" status "$id" \
		    open-unresolved > /dev/null || exit 1; done < "$2"' \
		    "$bin" "$(laturl "$1")" "$dir/lat$1.txt" |
		    awk '{ printf "%.5f", $1 / 20 }'
	}
	st_0=$(st_run 0)
	st_1=$(st_run 1)
	set -- $(trips "$(pgurl $latdb)" status "$(sed -n 41p "$dir/lat.txt")" \
	    open-unresolved)
	row "PG +1 ms: status change (mean of 20)" "$st_1" "$st_0" s \
	    "(floor: no delay; + trips x 2 ms)"
	row "  round trips" "$1" "" trips ""
	rm -f "$dir"/lat*.txt
else
	echo "bench: the latency proxy did not start: its rows skipped" >&2
fi
kill $lat_pids 2> /dev/null || true
wait $lat_pids 2> /dev/null || true
rm -f "$dir/port0" "$dir/port1"
trap 'sh "$here/../pg/server.sh" stop "$pgdir"' EXIT
