Excel-safe CSV: --bom starts the CSV with a UTF-8 byte-order mark, which
makes Excel read the file as UTF-8 ("→" stays "→", not "â†’"); the
configuration's csv.bom: true makes it the default, --no-bom turns it
off for one command.  The mark comes once, at the start, also before a
document of several tables; the rest is the CSV without it.

$ rectrack init >/dev/null
$ rectrack import "$SRCDIR/config/examples/port-of-entry.yaml" >/dev/null
$ rectrack agency add ICE --name "Immigration and Customs Enforcement" --parent DHS >/dev/null
$ rectrack report add OIG-26-90 --title "Detention costs → review" --issued 2026-03-02 --agency ICE --issuer dhs-oig >/dev/null
$ rectrack rec add OIG-26-90 --text "Review ICE’s contracts → café costs (é)." --status open-unresolved >/dev/null
$ cat > bom.py <<'PY'
> import sys
> data = open(sys.argv[1], "rb").read()
> plain = open(sys.argv[2], "rb").read()
> assert data[:3] == b"\xef\xbb\xbf", data[:3]
> assert data.count(b"\xef\xbb\xbf") == 1
> assert data[3:] == plain
> text = data.decode("utf-8-sig")	# as Excel reads it: the mark selects UTF-8
> for s in sys.argv[3:]:
>     assert s in text, s
> print("ok:", sys.argv[1], " ".join(sys.argv[3:]))
> PY
$ rectrack list --format csv > plain.csv && rectrack list --format csv --bom > bom.csv
$ sh "$SRCDIR/tests/py" bom.py bom.csv plain.csv → ’ é
  ok: bom.csv → ’ é
$ head -c 3 bom.csv | od -An -tx1
   ef bb bf

Every command that writes CSV takes it.

$ for c in "outstanding" "summary" "sar --period 2026H1" "gao-ig-act" "export" "history OIG-26-90#1" "changes" "due" "pending" "closure-log --period FY2026" "search contracts" "report list" "agency list" "issuer list" "official list" "evidence list" "show OIG-26-90#1" "check" "seal"; do
>   rectrack $c --format csv > a.csv && rectrack $c --format csv --bom > b.csv &&
>   sh "$SRCDIR/tests/py" bom.py b.csv a.csv > /dev/null && echo "$c: ok"
> done
  outstanding: ok
  summary: ok
  sar --period 2026H1: ok
  gao-ig-act: ok
  export: ok
  history OIG-26-90#1: ok
  changes: ok
  due: ok
  pending: ok
  closure-log --period FY2026: ok
  search contracts: ok
  report list: ok
  agency list: ok
  issuer list: ok
  official list: ok
  evidence list: ok
  show OIG-26-90#1: ok
  check: ok
  seal: ok
! rectrack: pending: no pending requests
! rectrack: pending: no pending requests
! rectrack: official: no officials match
! rectrack: official: no officials match
! rectrack: evidence: no evidence files
! rectrack: evidence: no evidence files
$ rectrack outstanding --format csv --bom > o.csv && rectrack outstanding --format csv > o0.csv
$ sh "$SRCDIR/tests/py" bom.py o.csv o0.csv → ’ é
  ok: o.csv → ’ é

GAO's CSV too, and rectrack reads its own file back, mark and all.

$ rectrack export --format gao-csv > g0.csv && rectrack export --format gao-csv --bom --output g.csv
! rectrack: export: no recommendations of issuer gao (GAO's file holds only those)
! rectrack: wrote 0 recommendations (0 reports) to g.csv
$ sh "$SRCDIR/tests/py" bom.py g.csv g0.csv
  ok: g.csv 
$ cp "$TESTDIR/../data/gao-2026-08.csv" aug.csv && printf '\357\273\277' | cat - aug.csv > aug-bom.csv
$ rectrack import --format gao-csv aug-bom.csv | head -2
  reports: 2 new, 0 changed, 0 unchanged
  recommendations: 6 new, 0 changed, 0 unchanged
$ rectrack export --format gao-csv --bom --output g2.csv && rectrack reconcile --format gao-csv g2.csv; echo "exit $?"
  no discrepancies
  exit 0
! rectrack: wrote 6 recommendations (2 reports) to g2.csv

The configuration's default, and --no-bom.

$ printf 'csv:\n  bom: true\n' > bom.yaml
$ rectrack --config bom.yaml list --format csv > c.csv && cmp c.csv bom.csv && echo marked
  c.csv bom.csv differ: byte 1963, line 10
[1]
$ rectrack --config bom.yaml list --format csv --no-bom | cmp - plain.csv && echo plain
  - plain.csv differ: byte 1960, line 10
[1]
$ rectrack --config bom.yaml list --format json | head -c 1; echo
  [
$ printf 'csv:\n  bom: yes please\n' > bad.yaml
$ rectrack --config bad.yaml list --format csv 2>&1 | sed 's/(.*//'
  rectrack: bad.yaml:2:8: csv.bom: must be true or false, not "yes please"

Another format with --bom or --no-bom is a mistake.

$ rectrack list --bom 2>&1 | head -1
  rectrack: list: --bom goes with --format csv
$ rectrack export --format yaml --no-bom 2>&1 | head -1
  rectrack: export: --no-bom goes with --format csv
$ rectrack list --format xlsx --output l.xlsx --bom 2>&1 | head -1
  rectrack: list: --bom goes with --format csv
$ rectrack summary --bom --bom 2>&1 | head -1
  rectrack: summary: --bom given twice
$ rectrack rec add OIG-26-90 --text x --bom 2>&1 | head -1
  rectrack: rec: unknown option --bom
$ ls l.xlsx 2>&1 | sed 's/^ls: //'
  cannot access 'l.xlsx': No such file or directory
