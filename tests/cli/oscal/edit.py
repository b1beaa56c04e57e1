# A POA&M with one change, for the refusals of tests/cli/oscal-import.t:
#   edit.py IN OUT STATEMENT
# runs the Python STATEMENT with p bound to the plan-of-action-and-
# milestones object of IN, and writes the result to OUT.
import json
import sys

src, dst, stmt = sys.argv[1:4]
with open(src, encoding="utf-8") as f:
    doc = json.load(f)
p = doc["plan-of-action-and-milestones"]
exec(stmt, {"p": p, "doc": doc})
with open(dst, "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
