Two rectrack processes writing at once both succeed: a writer that finds
the database busy waits for it (no "database is locked" reaches the user),
every successful command writes its event exactly once, and every current
row equals the replay of its events.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS OIG" >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-21-19 --title "Canines" --issued 2021-02-08 --agency CBP >/dev/null
$ for n in 1 2 3; do rectrack rec add OIG-21-19 --text "rec $n" --status open-resolved --target 2021-09-30 >/dev/null; done
$ sqlite3 rectrack.db "select count(*) from event"
  6

Each writer makes 100 status changes on the same three recommendations:
it closes one, and when another writer closed it first (a refused move, a
clear message) it reopens it instead.

$ cat > writer.sh <<'SH'
> done=0 i=0
> while [ $done -lt 100 ]; do
>   i=$((i + 1)); rec="OIG-21-19#$((i % 3 + 1))"
>   if rectrack --actor "$1" status "$rec" closed-implemented >/dev/null 2>>"$1.err" ||
>      rectrack --actor "$1" status "$rec" open-resolved --note reopened >/dev/null 2>>"$1.err"; then
>     done=$((done + 1))
>   fi
> done
> SH
$ sh writer.sh a & sh writer.sh b & wait
$ sqlite3 rectrack.db "select actor, count(*) from event where kind = 'status' group by actor"
  a|100
  b|100
$ sqlite3 rectrack.db "select count(*) from event"
  206
$ cat a.err b.err | grep -v -e 'cannot move from' | grep -c . || true
  0
$ rectrack list --format csv > now.csv
$ RECTRACK_NOW=2026-11-29T12:00:00Z rectrack list --as-of 2026-11-28 --format csv > replayed.csv
$ cmp now.csv replayed.csv && echo "current rows equal the replay"
  current rows equal the replay
