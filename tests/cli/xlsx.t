Excel workbooks: --format xlsx --output FILE on list, summary,
outstanding, sar, gao-ig-act and export.  Each workbook is read back
with openpyxl (xlsx_check.py) and every cell, value and type, compared
with the CSV of the same command: text stays text (a text starting with
"=" is a string, never a formula), amounts are numbers in a currency
format, dates real dates, flags booleans; the header is bold and frozen,
an autofilter covers the rows, and the properties name the title, the
actor and the clock.

$ rectrack init >/dev/null
$ rectrack import "$SRCDIR/config/examples/port-of-entry.yaml" >/dev/null
$ rectrack agency add ICE --name "Immigration and Customs Enforcement" --parent DHS >/dev/null
$ rectrack report add OIG-26-90 --title "Detention costs → review" --issued 2026-03-02 --agency ICE --issuer dhs-oig >/dev/null
$ rectrack rec add OIG-26-90 --text '=HYPERLINK("http://example.org","click")' --status open-resolved --target 2026-09-30 --concurrence concur >/dev/null
$ rectrack rec add OIG-26-90 --text "Review ICE’s contracts → café costs (é)." >/dev/null
$ rectrack rec set 'OIG-26-90#1' questioned_cost=1234567.89 unsupported_cost=0.01 funds_better_use=250000 >/dev/null
$ rectrack rec set 'OIG-26-90#2' potential_savings=99.5 >/dev/null

list: one sheet of the CSV's columns.

$ rectrack list --format csv > list.csv && rectrack list --format xlsx --output list.xlsx && ls list.xlsx*
  list.xlsx
$ sh "$SRCDIR/tests/py" "$TESTDIR/xlsx_check.py" sheet list.xlsx list.csv Recommendations Recommendations
  ok: list.xlsx: Recommendations (11 rows)

The filters and --sort apply as to the CSV.

$ rectrack list --agency ICE --sort amount --format csv > ice.csv && rectrack list --agency ICE --sort amount --format xlsx --output ice.xlsx
$ sh "$SRCDIR/tests/py" "$TESTDIR/xlsx_check.py" sheet ice.xlsx ice.csv Recommendations Recommendations
  ok: ice.xlsx: Recommendations (3 rows)

summary: one sheet; outstanding: one sheet per agency, then the totals
(the rows of summary --by agency).

$ rectrack summary --format csv > summary.csv && rectrack summary --format xlsx --output summary.xlsx
$ sh "$SRCDIR/tests/py" "$TESTDIR/xlsx_check.py" sheet summary.xlsx summary.csv "Open-item summary by agency as of 2026-11-28" Summary
  ok: summary.xlsx: Summary (4 rows)
$ rectrack outstanding --format csv > out.csv && rectrack outstanding --format xlsx --output out.xlsx
! rectrack: wrote 10 recommendations (4 reports) to out.xlsx
$ sh "$SRCDIR/tests/py" "$TESTDIR/xlsx_check.py" outstanding out.xlsx out.csv "Outstanding recommendations as of 2026-11-28" summary.csv
  ok: out.xlsx: CBP (9 rows), ICE (3 rows), Totals (4 rows)

sar and gao-ig-act: one sheet per table, named by a short form of its
heading.

$ rectrack sar --period 2026H1 --format csv > sar.csv && rectrack sar --period 2026H1 --format xlsx --output sar.xlsx
$ sh "$SRCDIR/tests/py" "$TESTDIR/xlsx_check.py" doc sar.xlsx sar.csv "Semiannual report 2026H1" Roll-forward "Table I questioned costs" "Table II better use" "Prior open" "Unresolved over 6 months" "Closed in the period"
  ok: sar.xlsx: Roll-forward (8 rows), Table I questioned costs (9 rows), Table II better use (9 rows), Prior open (9 rows), Unresolved over 6 months (6 rows), Closed in the period (1 rows)
$ rectrack gao-ig-act --format csv > gao.csv && rectrack gao-ig-act --format xlsx --output gao.xlsx
$ sh "$SRCDIR/tests/py" "$TESTDIR/xlsx_check.py" doc gao.xlsx gao.csv "GAO-IG Act lists as of 2026-11-28" GAO "Inspector general"
  ok: gao.xlsx: GAO (1 rows), Inspector general (9 rows)

export --format xlsx: the rows of export --format csv.

$ rectrack export --format csv > export.csv && rectrack export --format xlsx --output export.xlsx
! rectrack: wrote 10 recommendations (4 reports) to export.xlsx
$ sh "$SRCDIR/tests/py" "$TESTDIR/xlsx_check.py" sheet export.xlsx export.csv Recommendations Recommendations
  ok: export.xlsx: Recommendations (11 rows)

--output - writes the workbook to standard output (not a terminal).

$ rectrack list --format xlsx --output - > piped.xlsx && cmp piped.xlsx list.xlsx && echo same
  same
$ script -qec "rectrack list --format xlsx --output -" /dev/null | tr -d '\r' | head -1
  rectrack: list: --format xlsx --output -: standard output is a terminal; give --output FILE or redirect it

A workbook needs --output; an existing file needs --force; a folder that
does not exist is refused; nothing is left behind.

$ rectrack list --format xlsx
! rectrack: list: --format xlsx writes a workbook: give --output FILE (or --output - to write it to standard output)
! usage: rectrack list [--issuer CODE] [--agency CODE] [--report NUMBER]
!                      [--status STATUS]... [--concurrence VALUE]...
!                      [--topic TOPIC] [--fy YEAR]... [--issued-from DATE]
!                      [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]
!                      [--official CODE]... [--include-staff] [--due-within DAYS]
!                      [--no-target] [--unresolved-over DAYS] [--sort FIELD,...]
!                      [--as-known DATE] [--extended-more-than N]
!                      [--columns COLUMN,...]...
!                      [--format table|csv|json|md|xlsx]
!                      [--output FILE [--force]] [--bom|--no-bom]
! See 'rectrack help list' for the options and examples.
[2]
$ rectrack outstanding --format xlsx 2>&1 | head -1
  rectrack: outstanding: --format xlsx writes a workbook: give --output FILE (or --output - to write it to standard output)
$ rectrack sar --period 2026H1 --format xlsx 2>&1 | head -1
  rectrack: sar: --format xlsx writes a workbook: give --output FILE (or --output - to write it to standard output)
$ rectrack list --format xlsx --output list.xlsx
! rectrack: list.xlsx: the file exists (--force replaces it)
[1]
$ rectrack list --agency ICE --format xlsx --output list.xlsx --force && cmp -s list.xlsx ice.xlsx && echo replaced
  replaced
$ rectrack summary --format xlsx --output nowhere/summary.xlsx
! rectrack: nowhere: no such folder; create it first, or write into another one
[1]
$ rectrack export --format xlsx --output nowhere/export.xlsx
! rectrack: nowhere: no such folder; create it first, or export into another one
[1]
$ rectrack gao-ig-act --format xlsx --output rectrack.db --force
! rectrack: rectrack.db: that is the database; write to another file
[1]
$ rectrack list --format xlsx --output - --force 2>&1 | head -1
  rectrack: list: --force goes with --output FILE
$ rectrack list --force 2>&1 | head -1
  rectrack: list: --force goes with --output
$ rectrack list --format xlsx --output '' 2>&1 | head -1
  rectrack: list: --output needs a value
$ rectrack list --agency NOPE --format xlsx --output nope.xlsx
! rectrack: NOPE: no such agency (add it with 'rectrack agency add')
[1]
$ ls nowhere nope.xlsx *.tmp 2>&1 | sed 's/^ls: //'
  cannot access 'nowhere': No such file or directory
  cannot access 'nope.xlsx': No such file or directory
  cannot access '*.tmp': No such file or directory

--output works with every format of these commands.

$ rectrack summary --format md --output summary.md && head -1 summary.md
  ## Open-item summary by agency as of 2026-11-28
$ rectrack outstanding --format json --output out.json && rectrack outstanding --format json | cmp - out.json && echo same
  same
! rectrack: wrote 10 recommendations (4 reports) to out.json
$ rectrack gao-ig-act --format csv --output gao2.csv && cmp gao.csv gao2.csv && echo same
  same
$ rectrack list --format xml 2>&1 | head -1
  rectrack: list: --format: unknown format "xml" (expected table, csv, json, md or xlsx)

Texts XML cannot hold (U+FFFE, U+FFFF, a lone byte that is not UTF-8)
become U+FFFD instead of making a workbook that does not open; a text
that looks like Excel's escape "_x0041_" stays as typed; amounts of ten
trillion dollars or more, which a double would round, are written as
their exact text (no command stores a byte that is not UTF-8: it is
written by hand, as an older version could):
$ rectrack --db odd.db init >/dev/null
$ rectrack --db odd.db import "$SRCDIR/config/examples/port-of-entry.yaml" >/dev/null
$ rectrack --db odd.db rec set 'OIG-21-48#1' "text=$(printf 'a\357\277\276b\357\277\277cXd _x0041_ e')" questioned_cost=999999999999999.99 funds_better_use=99999999999.99 >/dev/null
$ sh "$SRCDIR/tests/py" -c 'import importlib; db = importlib.import_module("sql" "ite3").connect("odd.db"); db.execute("UPDATE recommendation SET text = CAST(replace(text, ?, ?) AS TEXT)", ("cXd", b"c\xffd")); db.commit()'
$ rectrack --db odd.db list --report OIG-21-48 --format xlsx --output odd.xlsx
$ sh "$SRCDIR/tests/py" -c 'import openpyxl; ws = openpyxl.load_workbook("odd.xlsx")["Recommendations"]; h = [c.value for c in ws[1]]; r = [c.value for c in ws[2]]; print(ascii(r[h.index("text")])); print(repr(r[h.index("questioned_cost")]), repr(r[h.index("funds_better_use")]))'
  'a\ufffdb\ufffdc\ufffdd _x005F_x0041_ e'
  '999999999999999.99' 99999999999.99
$ sh "$SRCDIR/tests/py" -c 'import zipfile; print(zipfile.ZipFile("odd.xlsx").read("xl/worksheets/sheet1.xml").count(b"d _x005F_x0041_ e"))'
  1
