#!/bin/sh
# A throw-away PostgreSQL server for the tests: a new cluster in DIR,
# listening only on a Unix socket in DIR (no TCP port), with fsync off
# (nothing in it outlives the tests) and one superuser, "tester", which
# is also the actor the CLI tests expect.
#
#   sh tests/pg/server.sh start DIR    make the cluster and start it;
#                                      prints the socket folder
#   sh tests/pg/server.sh stop DIR     stop it and remove DIR
#   sh tests/pg/server.sh bindir       where the server programs are
#                                      (exit 1 when they are missing)
#
# Run as root, the server runs as the user "postgres" (Debian's package
# makes it), since PostgreSQL refuses to run as root.
set -e

bindir() {
	for d in "$PG_BINDIR" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null |
	    sort -V -r); do
		[ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] &&
		    { echo "$d"; return 0; }
	done
	d=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")
	[ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
	return 1
}

as_server() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

cmd=$1
dir=$2
case $cmd in
bindir)
	bindir
	;;
start)
	[ -n "$dir" ] || { echo "usage: server.sh start DIR" >&2; exit 2; }
	bin=$(bindir) || { echo "server.sh: no PostgreSQL server programs" \
	    "(apt-get install postgresql)" >&2; exit 1; }
	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	as_server "$bin/initdb" -D "$dir/data" -U tester --auth=trust \
	    -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 || {
		cat "$dir/initdb.log" >&2; exit 1; }
	as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
	    -o "-k $dir -c listen_addresses= -c fsync=off \
	    -c synchronous_commit=off -c full_page_writes=off \
	    -c max_connections=60" start > /dev/null || {
		cat "$dir/server.log" >&2; exit 1; }
	echo "$dir"
	;;
stop)
	[ -n "$dir" ] || { echo "usage: server.sh stop DIR" >&2; exit 2; }
	bin=$(bindir) || exit 0
	[ -d "$dir/data" ] && as_server "$bin/pg_ctl" -D "$dir/data" -m fast \
	    -w stop > /dev/null 2>&1 || true
	rm -rf "$dir"
	;;
*)
	echo "usage: server.sh start|stop DIR | bindir" >&2
	exit 2
	;;
esac
