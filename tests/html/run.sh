#!/bin/sh
# The HTML outstanding report, rendered by headless Chromium: the totals
# and every open recommendation must be in the rendered page, no script
# may run, and a screenshot is kept as BUILD/outstanding.png.
#
#   sh tests/html/run.sh BUILD
set -eu

build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-html.XXXXXX")
trap 'rm -rf "$work"' EXIT
export RECTRACK_NOW=2026-11-28T12:00:00Z RECTRACK_ACTOR=tester TZ=UTC
unset RECTRACK_DB RECTRACK_CONFIG
cd "$work"
fail() { echo "html: $*" >&2; exit 1; }

browser=$(command -v chromium || command -v chromium-browser ||
    command -v google-chrome || true)
[ -n "$browser" ] || fail "chromium is missing: apt-get install chromium (or: make deps)"
render() {	# render ARGS...: headless Chromium, its own profile, no network
	timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
	    --disable-dev-shm-usage --user-data-dir="$work/profile" \
	    --no-first-run --hide-scrollbars "$@" 2>/dev/null
}

"$build/rectrack" init > /dev/null
"$build/rectrack" import "$src/tests/data/summary.yaml" > /dev/null
"$build/rectrack" rec add OIG-25-30 --number 9 \
    --text '<script>document.title="pwned"</script> & "quoted"' > /dev/null
"$build/rectrack" outstanding --format html > report.html
"$build/rectrack" outstanding --format json > report.json

render --dump-dom "file://$work/report.html" > dom.html
[ -s dom.html ] || fail "chromium rendered nothing"

# what must be on the page, from the JSON of the same report
python3 - "$work/report.json" "$work/dom.html" <<'PY'
import html, json, re, sys
report = json.load(open(sys.argv[1]))
dom = open(sys.argv[2], encoding="utf-8").read()
bad = []
if re.search(r"<script", dom, re.I):
    bad.append("a <script> element")
if "pwned" in re.sub(r"&lt;script&gt;.*?&lt;/script&gt;", "", dom):
    bad.append("the hostile text ran")
ids = [r["id"] for a in report["agencies"] for p in a["reports"]
       for r in p["recommendations"]]
for i in ids:
    if 'id="%s"' % html.escape(i) not in dom:
        bad.append("recommendation " + i)
m = re.search(r'<tr class="total" id="total">(.*?)</tr>', dom, re.S)
if not m:
    bad.append("the total row")
else:
    cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", m.group(1))
    t = report["total"]
    want = ["TOTAL", t["open"], t["pending"], t["unresolved"],
            t["resolved"], t["overdue"], t["unresolved_over_6_months"],
            t["open_1_year_plus"]] + [b["count"] for b in t["age_buckets"]]
    if [str(x) for x in want] != cells[:len(want)]:
        bad.append("totals %s, expected %s" % (cells[:len(want)], want))
if ids and len(re.findall(r"<svg", dom)) != 2:
    bad.append("the two charts")
if bad:
    sys.exit("html: missing or wrong in the rendered page: " +
             "; ".join(bad))
print("html: %d open recommendations and the totals rendered"
      % len(ids))
PY

render --screenshot="$build/outstanding.png" --window-size=1280,2400 \
    "file://$work/report.html" > /dev/null
[ -s "$build/outstanding.png" ] || fail "no screenshot"
echo "html: screenshot in $build/outstanding.png"
