# Show parts of an OSCAL POA&M rectrack wrote, one fact a line, for the
# transcripts (tests/cli/oscal-export.t):
#
#   oscal_show.py FILE summary       counts, metadata, system-id
#   oscal_show.py FILE parties       each party: kind, short name, props
#   oscal_show.py FILE observations  each observation: props, links
#   oscal_show.py FILE risks         each risk: status, deadline, remediation
#   oscal_show.py FILE item ID       the poam-item ID's props and relations
#   oscal_show.py FILE log ID        the risk-log of ID: title, props
#   oscal_show.py FILE resources     the back matter
#   oscal_show.py FILE uuids         every UUID unique, references resolve,
#                                    the derivation of the register's UUIDs
#   oscal_show.py FILE FILE2 same-uuids   the UUIDs of both, in order, equal
import json
import sys
import uuid

NS = "urn:rectrack:oscal"
NS_UUID = uuid.UUID("d9c9a687-f4b4-4546-b728-c282576df69a")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["plan-of-action-and-milestones"]


def props(obj):
    out = []
    for p in obj.get("props", []):
        assert p["ns"] == NS, p
        v = p["value"] + (" [" + p["class"] + "]" if "class" in p else "")
        out.append(p["name"] + "=" + v)
    return " ".join(out)


def prop(obj, name):
    for p in obj.get("props", []):
        if p["name"] == name:
            return p["value"]
    return None


def summary(d):
    m = d["metadata"]
    print("title:", m["title"])
    print("last-modified:", m["last-modified"], "oscal-version:",
          m["oscal-version"], "version:", m["version"])
    print("props:", props(m))
    print("roles:", " ".join(r["id"] for r in m["roles"]))
    print("system-id:", json.dumps(d["system-id"], sort_keys=True))
    print("observations: %d, risks: %d, poam-items: %d, resources: %d" % (
        len(d["observations"]), len(d["risks"]), len(d["poam-items"]),
        len(d.get("back-matter", {}).get("resources", []))))


def parties(d):
    for p in d["metadata"]["parties"]:
        line = [p["type"], p.get("short-name", p["name"]), props(p)]
        if "email-addresses" in p:
            line.append("email=" + ",".join(p["email-addresses"]))
        if "member-of-organizations" in p:
            names = {q["uuid"]: q.get("short-name", q["name"])
                     for q in d["metadata"]["parties"]}
            line.append("member-of=" + ",".join(
                names[u] for u in p["member-of-organizations"]))
        print(" ".join(line))


def observations(d):
    for o in d["observations"]:
        print(o["title"][:40], "|", props(o))
        print("  collected=%s methods=%s types=%s links=%s" % (
            o["collected"], o["methods"], o.get("types"),
            [l["rel"] + ":" + l["href"] for l in o.get("links", [])]))
        if o["description"] != o["title"]:
            print("  description:", json.dumps(o["description"][:50]))


def risks(d):
    for r in d["risks"]:
        rem = r["remediations"][0]
        tasks = ["%s %s" % (t["title"], t["timing"]["on-date"]["date"][:10])
                 for t in rem.get("tasks", [])]
        print("%s %s -> %s deadline=%s lifecycle=%s entries=%d" % (
            r["title"], prop(r, "status"), r["status"],
            r.get("deadline", "-"), rem["lifecycle"],
            len(r.get("risk-log", {}).get("entries", []))))
        print("  action=%s %s tasks=%s" % (
            json.dumps(rem["description"]), props(rem), tasks))


def find(d, key, title):
    for x in d[key]:
        if x["title"] == title:
            return x
    sys.exit("no %s %s" % (key, title))


def item(d, rid):
    i = find(d, "poam-items", rid)
    print("description:", json.dumps(i["description"]))
    for p in i["props"]:
        print(" ", p["name"] + "=" + p["value"])
    obs = {o["uuid"]: o["title"][:20] for o in d["observations"]}
    rk = {r["uuid"]: r["title"] for r in d["risks"]}
    print("related-observations:",
          [obs[x["observation-uuid"]] for x in i["related-observations"]])
    print("related-risks:", [rk[x["risk-uuid"]] for x in i["related-risks"]])
    print("origins:", [a["role-id"] for o in i["origins"]
                       for a in o["actors"]])


def log(d, rid):
    actors = {p["uuid"]: p["name"] for p in d["metadata"]["parties"]}
    for e in find(d, "risks", rid)["risk-log"]["entries"]:
        by = ",".join(actors[l["party-uuid"]] for l in e.get("logged-by", []))
        sc = " status-change=" + e["status-change"] \
            if "status-change" in e else ""
        print("%s | %s | by %s%s" % (e["title"], e["start"], by, sc))
        print("  ", props(e))
        if "description" in e:
            print("   description:", json.dumps(e["description"]))


def resources(d):
    for r in d.get("back-matter", {}).get("resources", []):
        print(r["title"], "|", props(r))
        if "description" in r:
            print("  description:", json.dumps(r["description"]))
        for l in r.get("rlinks", []):
            print("  rlink", l["href"][:12], [h["algorithm"] + ":" +
                                              h["value"][:12]
                                              for h in l["hashes"]])


def walk(x, path, found):
    if isinstance(x, dict):
        for k, v in x.items():
            if k == "uuid":
                found.append((path, v))
            elif k.endswith("-uuid") or k == "member-of-organizations":
                found.append(("ref", v))
            walk(v, path + "/" + k, found)
    elif isinstance(x, list):
        for v in x:
            walk(v, path, found)


def uuids(d):
    found = []
    walk(d, "", found)
    own = [u for p, u in found if p != "ref"]
    refs = []
    for p, u in found:
        if p == "ref":
            refs.extend(u if isinstance(u, list) else [u])
    print("uuids: %d, unique: %s, references resolved: %s" % (
        len(own), len(own) == len(set(own)), set(refs) <= set(own)))
    reg = prop(d["metadata"], "register")
    ns = uuid.uuid5(NS_UUID, "register " + reg)
    checks = [("risk", d["risks"][0]["title"], d["risks"][0]["uuid"]),
              ("item", d["poam-items"][0]["title"],
               d["poam-items"][0]["uuid"]),
              ("report", prop(d["observations"][0], "report-number"),
               d["observations"][0]["uuid"])]
    for kind, key, u in checks:
        print("%s %s: UUIDv5(register %s, \"%s %s\") %s" % (
            kind, key, reg, kind, key,
            "matches" if str(uuid.uuid5(ns, kind + " " + key)) == u
            else "DIFFERS"))


def same_uuids(a, b):
    fa, fb = [], []
    walk(a, "", fa)
    walk(b, "", fb)
    # the document's own UUID names its last-modified instant
    fa = [x for x in fa if x[0] != ""]
    fb = [x for x in fb if x[0] != ""]
    print("UUIDs: %d, the same: %s" % (len(fa), fa == fb))


def main():
    if len(sys.argv) == 4 and sys.argv[3] == "same-uuids":
        same_uuids(load(sys.argv[1]), load(sys.argv[2]))
        return
    d = load(sys.argv[1])
    what = sys.argv[2]
    if what in ("item", "log"):
        globals()[what](d, sys.argv[3])
    else:
        globals()[what](d)


main()
