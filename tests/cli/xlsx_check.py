"""Read a workbook rectrack wrote back with openpyxl and compare every
cell, value and type, with the CSV of the same command.

  xlsx_check.py sheet WORKBOOK CSV TITLE SHEET
      one sheet, named SHEET, against a one-table CSV
  xlsx_check.py doc WORKBOOK CSV TITLE SHEET...
      a document of several tables (sar, gao-ig-act): its sections, in
      order, against the sheets named SHEET...
  xlsx_check.py outstanding WORKBOOK CSV TITLE SUMMARY_CSV
      outstanding: one sheet per agency (its name the agency, its rows
      those of the CSV with that agency, in order), then "Totals" against
      summary --by agency --format csv

Every workbook: the properties (TITLE, creator "tester", created at
RECTRACK_NOW), and every sheet: a bold header row, frozen (A2), an
autofilter over the rows, no formula anywhere.  Each cell, by the CSV's
text: "" an empty cell; yes/no a boolean; a whole number an integer;
dollars and cents (1234.56) a number (an int when whole: the file
has one kind of number) equal to them, with a currency format; YYYY-MM-DD
a date with the format yyyy-mm-dd; anything else a string equal to the
text (the CSV's ' before a text that looks like a formula aside).
Columns of text that may look like numbers (ids, numbers, groups) must
be strings.  Prints "ok: ..." or what differs, and exits 1.
"""
import csv
import datetime
import io
import re
import sys

import openpyxl

TEXT_COLS = {"id", "report", "number", "group", "title", "text", "agency",
             "issuer", "official", "label", "line"}
NOW = datetime.datetime(2026, 11, 28, 12, 0, 0)
problems = []


def bad(where, msg):
    problems.append("%s: %s" % (where, msg))


def check_cell(where, col, text, cell):
    v = cell.value
    if cell.data_type == "f" or (isinstance(v, str) and cell.data_type != "s"):
        bad(where, "a formula or not a string: %r (%s)" % (v, cell.data_type))
        return
    if text == "":
        if v is not None:
            bad(where, "expected empty, got %r" % (v,))
        return
    if col in TEXT_COLS or not (text in ("yes", "no") or
                                re.fullmatch(r"-?\d+(\.\d\d)?", text) or
                                re.fullmatch(r"\d{4}-\d\d-\d\d", text)):
        if not isinstance(v, str) or cell.data_type != "s":
            bad(where, "expected the string %r, got %r" % (text, v))
        elif v != text and not (text.startswith("'") and v == text[1:] and
                                v[:1] in ("=", "+", "-", "@", "\t", "\r")):
            bad(where, "expected %r, got %r" % (text, v))
        return
    if text in ("yes", "no"):
        if v is not (text == "yes"):
            bad(where, "expected %s, got %r" % (text == "yes", v))
    elif re.fullmatch(r"-?\d+", text):
        if type(v) is not int or v != int(text):
            bad(where, "expected the integer %s, got %r" % (text, v))
    elif re.fullmatch(r"-?\d+\.\d\d", text):
        # a number of the file: 250000.00 reads back as the int 250000
        if type(v) not in (int, float) or "%.2f" % v != text or \
                v != float(text) or "0.00" not in cell.number_format:
            bad(where, "expected the amount %s, got %r (%s)" %
                (text, v, cell.number_format))
    else:
        if not isinstance(v, datetime.datetime) or \
                v.strftime("%Y-%m-%d") != text or \
                cell.number_format != "yyyy-mm-dd":
            bad(where, "expected the date %s, got %r (%s)" %
                (text, v, cell.number_format))


def check_sheet(ws, rows):
    """ws against rows (the header first) of the CSV."""
    name = ws.title
    if ws.freeze_panes != "A2":
        bad(name, "freeze_panes %r" % ws.freeze_panes)
    if not ws.auto_filter.ref or \
            not ws.auto_filter.ref.startswith("A1:"):
        bad(name, "autofilter %r" % ws.auto_filter.ref)
    got = list(ws.iter_rows())
    if len(got) != len(rows):
        bad(name, "%d rows, the CSV has %d" % (len(got), len(rows)))
    for c in got[0] if got else []:
        if not c.font.b:
            bad(name, "header %s not bold" % c.coordinate)
    for r, (cells, row) in enumerate(zip(got, rows)):
        if len(cells) != len(row):
            bad(name, "row %d: %d cells, the CSV has %d" %
                (r + 1, len(cells), len(row)))
        for i, (cell, text) in enumerate(zip(cells, row)):
            if r == 0:
                if cell.value != text or cell.data_type != "s":
                    bad(cell.coordinate, "header %r, expected %r" %
                        (cell.value, text))
            else:
                check_cell("%s!%s" % (name, cell.coordinate), rows[0][i],
                           text, cell)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def sections(rows):
    """A document's CSV: heading, header, rows; blank lines between."""
    out, cur = [], None
    for row in rows:
        if not row:
            cur = None
        elif cur is None:
            cur = []
            out.append(cur)
        else:
            cur.append(row)
    return out


def main():
    mode, book, csv_path, title = sys.argv[1:5]
    wb = openpyxl.load_workbook(book)
    p = wb.properties
    if p.title != title or p.creator != "tester" or p.created != NOW:
        bad(book, "properties %r %r %r" % (p.title, p.creator, p.created))
    rows = read_csv(csv_path)
    if mode == "sheet":
        names = sys.argv[5:6]
        check_sheet(wb[names[0]], rows)
    elif mode == "doc":
        names = sys.argv[5:]
        secs = sections(rows)
        if len(secs) != len(names):
            bad(book, "%d sections, %d sheets named" % (len(secs), len(names)))
        for name, sec in zip(names, secs):
            check_sheet(wb[name], sec)
    elif mode == "outstanding":
        names = []
        for row in rows[1:]:
            if not names or names[-1] != row[0]:
                names.append(row[0])
        for name in names:
            check_sheet(wb[name], rows[:1] +
                        [r for r in rows[1:] if r[0] == name])
        check_sheet(wb["Totals"], read_csv(sys.argv[5]))
        names.append("Totals")
    if wb.sheetnames != names:
        bad(book, "sheets %r, expected %r" % (wb.sheetnames, names))
    if problems:
        print("\n".join(problems[:20]))
        sys.exit(1)
    print("ok: %s: %s" % (book, ", ".join(
        "%s (%d rows)" % (ws.title, ws.max_row) for ws in wb.worksheets)))


main()
