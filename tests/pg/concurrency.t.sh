#!/bin/sh
# Eight writers at once against one server, each making 250 status
# changes on the same eight recommendations (some commands name two),
# with a reader beside them: every change is recorded exactly once, a
# refused one not at all and in rectrack's own words, and every current
# row equals the replay of its events (tests/reliability).
#
#   sh tests/pg/concurrency.t.sh SOCKET_DIR path/to/rectrack
here=$(cd "$(dirname "$0")" && pwd)
RECTRACK_TEST_PG=$1 exec sh "$here/../reliability/concurrent-writers.sh" \
    "$(dirname "$2")" 8 250 status
