#!/usr/bin/env python3
# The strict reader of the calendar feed tests/cli/calendar.t uses (Python
# 3, standard library only):
#
#   python3 ical_check.py FILE [--uids | --show REC]
#
# It refuses (exit 1, one line) a line not ended by CR LF, a line over 75
# octets, a line that is not UTF-8 on its own (a fold inside a character),
# a fold not made with one space, a TEXT value with a raw control
# character, an unescaped ; or , or an unknown escape, BEGIN/END that do
# not match, a property given twice, a calendar without VERSION, PRODID,
# CALSCALE or X-WR-CALNAME, a VTODO without UID, DTSTAMP, DUE or SUMMARY,
# a VEVENT (--events) without UID, DTSTAMP, SUMMARY and a DTSTART and
# DTEND a day apart, and a UID given twice.  Then it prints one line per
# item (DUE STATUS PRIORITY CATEGORIES SUMMARY) and a count; with --uids
# "REC UID" per item; with --show REC that one's SUMMARY and DESCRIPTION
# unescaped.
import datetime
import re
import sys


def fail(msg):
    sys.exit("ical_check.py: " + msg)
data = open(sys.argv[1], "rb").read()
if not data.endswith(b"\r\n"):
    fail("no CRLF at the end")
phys = data[:-2].split(b"\r\n")
lines = []
for n, p in enumerate(phys, 1):
    if b"\r" in p or b"\n" in p:
        fail("line %d: a bare CR or LF" % n)
    if len(p) > 75:
        fail("line %d: %d octets" % (n, len(p)))
    try:
        t = p.decode("utf-8")
    except UnicodeDecodeError:
        fail("line %d: not UTF-8 on its own (a fold split a character)" % n)
    if t[:1] == " ":
        if not lines:
            fail("line 1 is a continuation")
        lines[-1] += t[1:]
    elif t[:1] == "\t":
        fail("line %d: rectrack folds with a space" % n)
    else:
        lines.append(t)
def unescape(v, name):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if ord(c) < 32 or ord(c) == 127:
            fail("%s: control character %r" % (name, c))
        if c == "\\":
            e = v[i + 1:i + 2]
            if e not in ("\\", ";", ",", "n", "N"):
                fail("%s: bad escape \\%s" % (name, e))
            out.append("\n" if e in "nN" else e)
            i += 2
            continue
        if c in ";,":
            fail("%s: unescaped %s" % (name, c))
        out.append(c)
        i += 1
    return "".join(out)
TEXT = ("UID", "SUMMARY", "DESCRIPTION", "CATEGORIES", "X-WR-CALNAME")
stack, todos, cal = [], [], {}
for l in lines:
    m = re.match(r"([A-Z-]+)((?:;[A-Z-]+=[A-Z]+)*):(.*)$", l)
    if not m:
        fail("not a content line: %r" % l)
    name, params, value = m.groups()
    if name == "BEGIN":
        stack.append(value)
        if value in ("VTODO", "VEVENT"):
            todos.append({"": value})
        continue
    if name == "END":
        if not stack or stack.pop() != value:
            fail("END:%s does not match" % value)
        continue
    if name in TEXT:
        value = unescape(value, name)
    target = todos[-1] if stack[-1:] in (["VTODO"], ["VEVENT"]) else cal
    if name in target:
        fail("%s twice" % name)
    target[name] = (params, value)
if stack:
    fail("not ended: %s" % stack)
for k in ("VERSION", "PRODID", "CALSCALE", "X-WR-CALNAME"):
    if k not in cal:
        fail("calendar without " + k)
uids = set()
for t in todos:
    for k in ("UID", "DTSTAMP", "DUE" if t[""] == "VTODO" else "DTSTART",
              "SUMMARY"):
        if k not in t:
            fail("a %s without %s" % (t[""], k))
    if not re.fullmatch(r"\d{8}T\d{6}Z", t["DTSTAMP"][1]):
        fail("DTSTAMP " + t["DTSTAMP"][1])
    if t[""] == "VEVENT":
        day = datetime.datetime.strptime(t["DTSTART"][1], "%Y%m%d")
        end = day + datetime.timedelta(days=1)
        if t["DTSTART"][0] != ";VALUE=DATE" or "DTEND" not in t or \
                t["DTEND"] != (";VALUE=DATE", end.strftime("%Y%m%d")):
            fail("an event not of one whole day")
        t["DUE"] = t["DTSTART"]
    if t["DUE"][0] != ";VALUE=DATE" or not re.fullmatch(r"\d{8}", t["DUE"][1]):
        fail("DUE " + t["DUE"][1])
    if t["UID"][1] in uids:
        fail("UID twice: " + t["UID"][1])
    uids.add(t["UID"][1])
def val(t, k):
    return t[k][1] if k in t else "-"
mode = sys.argv[2] if len(sys.argv) > 2 else ""
for t in todos:
    rec = t["SUMMARY"][1].split(": ", 1)[0]
    if mode == "--uids":
        print(rec, val(t, "UID"))
    elif mode == "--show":
        if rec == sys.argv[3]:
            print(t["SUMMARY"][1])
            print(t["DESCRIPTION"][1])
    else:
        print(val(t, "DUE"), val(t, "STATUS"), val(t, "PRIORITY"),
              val(t, "CATEGORIES"), t["SUMMARY"][1])
if mode == "":
    print("%d %s, %d lines, %d folded" % (len(todos),
          "events" if todos and todos[0][""] == "VEVENT" else "to-dos",
          len(phys), len(phys) - len(lines)))
