/*
 * rectrack — reading back a POA&M rectrack wrote (oscal_read_impl.h):
 * every place of the mapping (docs/oscal.md) becomes the key of the
 * import document it came from; rectrack's properties that the mapping
 * does not put at a place are refused, as is anything the mapping asks
 * for and the document leaves out.  The values are checked by the YAML
 * reader, as those of an import file are.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"
#include "formats/oscal.h"
#include "formats/oscal_read_impl.h"
#include "formats/yaml.h"

/* A property and the import key it is (NULL: its name, "-" as "_"). */
struct pkey {
	const char *prop, *key;
};

#define PLAN	"$.plan-of-action-and-milestones"

/* Each of ps's props of table t (until a NULL prop), as keys. */
static void
put_props(struct rt_oscal_doc *d, int indent, struct oprops *ps,
    const struct pkey *t)
{
	struct oprop *p;

	for (; t->prop != NULL; t++)
		if ((p = od_prop(ps, t->prop)) != NULL)
			ow_prop(d, indent, p, t->key);
}

/* Every prop `prop` of ps as the list `key`. */
static void
put_list(struct rt_oscal_doc *d, int indent, struct oprops *ps,
    const char *prop, const char *key)
{
	struct oprop *p;
	int first = 1;

	while ((p = od_prop(ps, prop)) != NULL) {
		if (first)
			ow_line(d, indent, key, p->path);
		ow_item(d, indent, p->value, p->path);
		first = 0;
	}
}

/* The element i of list (at path lp) as an object, its path in *p. */
static struct rt_error *
element(const struct rt_oscal_doc *d, json_t *list, const struct opath *lp,
    size_t i, struct opath *p, json_t **out)
{
	op_idx(p, lp, i);
	*out = json_array_get(list, i);
	if (!json_is_object(*out))
		return od_err(d, p->s, "expected an object");
	return NULL;
}

/* ---- parties ----------------------------------------------------------- */

static const char *const party_kinds[] = { "issuer", "agency", "official",
    "actor" };

static const struct pkey issuer_props[] = { { "kind", NULL }, { NULL, NULL } };
static const struct pkey agency_props[] = { { "parent", NULL },
    { NULL, NULL } };
static const struct pkey official_props[] = { { "agency", NULL },
    { "title", NULL }, { "reports-to", NULL }, { NULL, NULL } };

/* Party p of kind (party-of) k, when it is one of kind want. */
static struct rt_error *
party(struct rt_oscal_doc *d, json_t *p, const struct opath *pp, int want,
    int *first)
{
	static const char *const heads[] = { "issuers:", "agencies:",
	    "officials:" };
	static const char *const expect[] = { "party-of, kind",
	    "party-of, parent, formerly", "party-of, agency, title, "
	    "reports-to, formerly", "party-of" };
	struct rt_error *err;
	struct oprops ps;
	struct oprop *of;
	struct opath q;
	const char *name, *code, *email = NULL;
	char shown[80] = "";
	json_t *mails;
	int k;

	if ((err = od_props(d, p, pp, &ps)) != NULL)
		return err;
	if ((of = od_prop(&ps, "party-of")) == NULL) {
		err = od_err(d, pp->s, "a party of rectrack's document needs "
		    "the property party-of (issuer, agency, official or "
		    "actor)");
		goto done;
	}
	for (k = 0; k < 4 && strcmp(of->value, party_kinds[k]) != 0; k++)
		continue;
	if (k == 4) {
		rt_escape_append(shown, sizeof(shown), of->value);
		err = od_err(d, of->path, "unknown party-of \"%s\" (expected "
		    "one of issuer, agency, official, actor)", shown);
		goto done;
	}
	if (k != want)
		goto done;
	if ((err = od_text(d, p, pp, "name", 1, &name)) != NULL ||
	    (want < 3 && (err = od_text(d, p, pp, "short-name", 1, &code))))
		goto done;
	if (want == 3) {
		err = od_props_unused(d, &ps, expect[k]);
		goto done;
	}
	if (want == 2 && (err = od_array(d, p, pp, "email-addresses", 0,
	    &mails)) == NULL && mails != NULL) {
		op_key(&q, pp, "email-addresses");
		op_idx(&q, &q, 0);
		if (!json_is_string(json_array_get(mails, 0)))
			err = od_err(d, q.s, "expected a text");
		email = json_string_value(json_array_get(mails, 0));
	}
	if (err != NULL)
		goto done;
	if (*first)
		ow_line(d, 0, heads[want], pp->s);
	*first = 0;
	ow_begin(d, 0, pp->s);
	op_key(&q, pp, "short-name");
	ow_str(d, 2, "code", code, q.s);
	op_key(&q, pp, "name");
	ow_str(d, 2, "name", name, q.s);
	put_props(d, 2, &ps, want == 0 ? issuer_props : want == 1 ?
	    agency_props : official_props);
	op_key(&q, pp, "email-addresses[0]");
	if (email != NULL)
		ow_str(d, 2, "email", email, q.s);
	put_list(d, 2, &ps, "formerly", "formerly:");
	err = od_props_unused(d, &ps, expect[k]);
done:
	od_props_free(&ps);
	return err;
}

static struct rt_error *
parties(struct rt_oscal_doc *d)
{
	struct opath mp = { PLAN ".metadata" }, lp, pp;
	struct rt_error *err;
	json_t *list, *p;
	size_t i;
	int want, first;

	if ((err = od_array(d, json_object_get(d->poam, "metadata"), &mp,
	    "parties", 0, &list)) != NULL || list == NULL)
		return err;
	op_key(&lp, &mp, "parties");
	for (want = 0; want < 4; want++)
		for (first = 1, i = 0; i < json_array_size(list); i++)
			if ((err = element(d, list, &lp, i, &pp, &p)) != NULL ||
			    (err = party(d, p, &pp, want, &first)) != NULL)
				return err;
	return NULL;
}

static struct rt_error *
metadata(struct rt_oscal_doc *d)
{
	struct opath mp = { PLAN ".metadata" };
	struct oprops ps;
	struct rt_error *err;
	struct oprop *v;

	if ((err = od_props(d, json_object_get(d->poam, "metadata"), &mp,
	    &ps)) != NULL)
		return err;
	od_prop(&ps, "register");
	od_prop(&ps, "as-of");
	if ((v = od_prop(&ps, "format-version")) != NULL &&
	    strcmp(v->value, "1") != 0)
		err = od_err(d, v->path, "unsupported format-version \"%s\" "
		    "(expected 1)", v->value);
	else if (v == NULL)
		err = od_err(d, mp.s, "a document of rectrack's needs the "
		    "property format-version");
	else if ((err = od_props_unused(d, &ps, "register, format-version, "
	    "as-of")) == NULL && d->opts->report != NULL)
		err = rt_error_new(RT_EUSAGE, "%s: the document was written "
		    "by rectrack and names its reports: --report goes with "
		    "another tool's POA&M", d->name);
	else if (err == NULL && (d->opts->issuer || d->opts->agency))
		err = rt_error_new(RT_EUSAGE, "%s: the document was written "
		    "by rectrack and names its issuers and agencies: "
		    "--issuer and --agency go with another tool's POA&M",
		    d->name);
	od_props_free(&ps);
	return err;
}

/* ---- history ---------------------------------------------------------- */

static const struct pkey entry_props[] = { { "effective", NULL },
    { "kind", NULL }, { "field", NULL }, { "old", NULL }, { "new", NULL },
    { "seq", NULL }, { "voids", NULL }, { "change", NULL }, { NULL, NULL } };

/* The actor of a risk-log entry or an event: the name of the party its
 * logged-by names. */
static struct rt_error *
logged_by(struct rt_oscal_doc *d, json_t *e, const struct opath *ep,
    int indent)
{
	const struct oref *r;
	struct rt_error *err;
	const char *u, *name;
	struct opath q;
	json_t *list, *m;

	if ((err = od_array(d, e, ep, "logged-by", 0, &list)) != NULL ||
	    list == NULL || json_array_size(list) == 0)
		return err;
	op_key(&q, ep, "logged-by[0]");
	if (!json_is_object(m = json_array_get(list, 0)))
		return od_err(d, q.s, "expected an object");
	if ((err = od_text(d, m, &q, "party-uuid", 1, &u)) != NULL)
		return err;
	op_key(&q, &q, "party-uuid");
	if ((r = od_ref(d, u)) == NULL || (name = json_string_value(
	    json_object_get(r->obj, "name"))) == NULL)
		return od_err(d, q.s, "%s names no party of the document", u);
	ow_str(d, indent, "actor", name, q.s);
	return NULL;
}

static struct rt_error *
entry(struct rt_oscal_doc *d, json_t *e, const struct opath *ep, int indent,
    int risklog, const struct pkey *table, const char *expected)
{
	struct rt_error *err;
	struct oprops ps;
	const char *note, *at;
	struct opath q;

	if ((err = od_props(d, e, ep, &ps)) != NULL)
		return err;
	if (!risklog)
		od_prop(&ps, "resource-of");
	ow_begin(d, indent - 2, ep->s);
	put_props(d, indent, &ps, table);
	if ((err = od_text(d, e, ep, "description", 0, &note)) == NULL &&
	    note != NULL) {
		op_key(&q, ep, "description");
		ow_str(d, indent, "note", note, q.s);
	}
	if (err == NULL && risklog && (err = od_text(d, e, ep, "start", 1,
	    &at)) == NULL) {
		op_key(&q, ep, "start");
		ow_str(d, indent, "at", at, q.s);
	}
	if (err == NULL && risklog)
		err = logged_by(d, e, ep, indent);
	if (err == NULL)
		err = od_props_unused(d, &ps, expected);
	od_props_free(&ps);
	return err;
}

/* The risk-log of risk r (at rp) as the history of a recommendation. */
static struct rt_error *
history(struct rt_oscal_doc *d, json_t *r, const struct opath *rp)
{
	struct rt_error *err;
	struct opath lp, q, ep;
	json_t *log, *list, *e;
	size_t i;

	if ((err = od_object(d, r, rp, "risk-log", 0, &log)) != NULL ||
	    log == NULL)
		return err;
	op_key(&q, rp, "risk-log");
	if ((err = od_array(d, log, &q, "entries", 1, &list)) != NULL)
		return err;
	op_key(&lp, &q, "entries");
	for (i = 0; i < json_array_size(list); i++) {
		if (i == 0)
			ow_line(d, 4, "history:", lp.s);
		if ((err = element(d, list, &lp, i, &ep, &e)) != NULL ||
		    (err = entry(d, e, &ep, 6, 1, entry_props, "kind, field, "
		    "old, new, effective, seq, voids, change")) != NULL)
			return err;
	}
	return NULL;
}

/* The corrective action: the description of the risk's remediation,
 * unless it says there is none. */
static struct rt_error *
remediation(struct rt_oscal_doc *d, json_t *r, const struct opath *rp)
{
	struct rt_error *err;
	struct oprops ps;
	struct oprop *none;
	struct opath q;
	const char *text;
	json_t *list, *m;

	if ((err = od_array(d, r, rp, "remediations", 0, &list)) != NULL ||
	    list == NULL || json_array_size(list) == 0)
		return err;
	op_key(&q, rp, "remediations");
	if ((err = element(d, list, &q, 0, &q, &m)) != NULL ||
	    (err = od_props(d, m, &q, &ps)) != NULL)
		return err;
	none = od_prop(&ps, "no-corrective-action");
	if ((err = od_props_unused(d, &ps, "no-corrective-action")) == NULL &&
	    (none == NULL || strcmp(none->value, "true") != 0) &&
	    (err = od_text(d, m, &q, "description", 1, &text)) == NULL) {
		op_key(&q, &q, "description");
		ow_str(d, 4, "corrective_action", text, q.s);
	}
	od_props_free(&ps);
	return err;
}

static const struct pkey item_props[] = { { "status", NULL },
    { "concurrence", NULL }, { "agency", NULL }, { "official", NULL },
    { "priority", NULL }, { "significant", NULL }, { "on-hold", NULL },
    { "closure-requested", NULL }, { "partially-addressed", NULL },
    { "target-date", NULL }, { "original-target-date", NULL },
    { "resolved-date", NULL }, { "closed-date", NULL },
    { "questioned-cost", NULL }, { "unsupported-cost", NULL },
    { "funds-better-use", NULL }, { "potential-savings", NULL },
    { "disallowed-cost", NULL }, { "fbu-agreed", NULL }, { NULL, NULL } };

#define ITEM_PROPS "report, number, status, concurrence, agency, official, " \
	"priority, significant, on-hold, closure-requested, " \
	"partially-addressed, target-date, original-target-date, " \
	"resolved-date, closed-date, questioned-cost, unsupported-cost, " \
	"funds-better-use, potential-savings, disallowed-cost, fbu-agreed"

/* The risk poam-item it (at ip) relates to. */
static struct rt_error *
item_risk(struct rt_oscal_doc *d, json_t *it, const struct opath *ip,
    json_t **risk, struct opath *rp)
{
	const struct oref *r;
	json_t *list;
	struct rt_error *err;
	struct opath q;
	const char *u;

	if ((err = od_array(d, it, ip, "related-risks", 1, &list)) != NULL)
		return err;
	op_key(&q, ip, "related-risks");
	if (json_array_size(list) == 0)
		return od_err(d, q.s, "a poam-item of rectrack's document "
		    "relates to its risk");
	/* check_refs checked that it is a risk of the plan */
	u = json_string_value(json_object_get(json_array_get(list, 0),
	    "risk-uuid"));
	r = od_ref(d, u);
	*risk = r->obj;
	snprintf(rp->s, sizeof(rp->s), "%s", r->path);
	return NULL;
}

static struct rt_error *
item(struct rt_oscal_doc *d, json_t *it, const struct opath *ip)
{
	struct rt_error *err;
	struct oprops ps, rs;
	struct oprop *num;
	struct opath q, rp;
	const char *text, *title;
	json_t *risk = NULL;

	memset(&rs, 0, sizeof(rs));
	if ((err = od_props(d, it, ip, &ps)) != NULL)
		return err;
	od_prop(&ps, "report");
	if ((err = od_text(d, it, ip, "title", 1, &title)) != NULL ||
	    (err = od_text(d, it, ip, "description", 1, &text)) != NULL)
		goto done;
	if ((num = od_prop(&ps, "number")) == NULL) {
		err = od_err(d, ip->s, "a poam-item of rectrack's document "
		    "needs the property number");
		goto done;
	}
	ow_begin(d, 2, ip->s);
	ow_prop(d, 4, num, NULL);
	op_key(&q, ip, "description");
	ow_str(d, 4, "text", text, q.s);
	put_props(d, 4, &ps, item_props);
	if ((err = od_props_unused(d, &ps, ITEM_PROPS)) != NULL ||
	    (err = item_risk(d, it, ip, &risk, &rp)) != NULL ||
	    (err = od_props(d, risk, &rp, &rs)) != NULL)
		goto done;
	od_prop(&rs, "status");
	if ((err = od_props_unused(d, &rs, "status")) == NULL &&
	    (err = remediation(d, risk, &rp)) == NULL)
		err = history(d, risk, &rp);
done:
	od_props_free(&ps);
	od_props_free(&rs);
	return err;
}

/* ---- reports ------------------------------------------------------------ */

/* A poam-item by the report it belongs to. */
struct byrep {
	char *report;		/* decoded */
	size_t i;
	int taken;		/* by an observation */
};

static int
byrep_cmp(const void *a, const void *b)
{
	const struct byrep *x = a, *y = b;
	int c = strcmp(x->report, y->report);

	return c != 0 ? c : x->i < y->i ? -1 : x->i > y->i;
}

/* The report prop of each poam-item, sorted. */
static struct rt_error *
items_by_report(struct rt_oscal_doc *d, json_t *items, struct byrep **out)
{
	struct opath lp = { PLAN ".poam-items" }, ip;
	struct rt_error *err = NULL;
	struct byrep *v;
	struct oprops ps;
	struct oprop *p;
	size_t i;

	if ((v = calloc(json_array_size(items) + 1, sizeof(*v))) == NULL)
		return od_nomem();
	*out = v;
	for (i = 0; i < json_array_size(items) && err == NULL; i++) {
		op_idx(&ip, &lp, i);
		v[i].i = i;
		if (!json_is_object(json_array_get(items, i)))
			return od_err(d, ip.s, "expected an object");
		if ((err = od_props(d, json_array_get(items, i), &ip,
		    &ps)) != NULL)
			return err;
		if ((p = od_prop(&ps, "report")) == NULL)
			err = od_err(d, ip.s, "a poam-item of rectrack's "
			    "document needs the property report");
		else if ((v[i].report = rt_strdup(p->value)) == NULL)
			err = od_nomem();
		od_props_free(&ps);
	}
	if (err == NULL)
		qsort(v, json_array_size(items), sizeof(*v), byrep_cmp);
	return err;
}

static void
byrep_free(struct byrep *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++)
		free(v[i].report);
	free(v);
}

static const struct pkey obs_props[] = { { "issuer", NULL },
    { "type", NULL }, { "issued", NULL }, { "fiscal-year", NULL },
    { "agency", NULL }, { "sensitivity", NULL }, { NULL, NULL } };

/* The url: the href of the link with rel "report". */
static struct rt_error *
url(struct rt_oscal_doc *d, json_t *o, const struct opath *op)
{
	struct rt_error *err;
	const char *rel, *href;
	struct opath lp, q;
	json_t *links, *l;
	size_t i;

	if ((err = od_array(d, o, op, "links", 0, &links)) != NULL)
		return err;
	op_key(&lp, op, "links");
	for (i = 0; i < json_array_size(links); i++) {
		if ((err = element(d, links, &lp, i, &q, &l)) != NULL ||
		    (err = od_text(d, l, &q, "rel", 0, &rel)) != NULL ||
		    (err = od_text(d, l, &q, "href", 1, &href)) != NULL)
			return err;
		if (rel == NULL || strcmp(rel, "report") != 0)
			continue;
		op_key(&q, &q, "href");
		ow_str(d, 2, "url", href, q.s);
		return NULL;
	}
	return NULL;
}

static struct rt_error *
observation(struct rt_oscal_doc *d, json_t *o, const struct opath *op,
    json_t *items, struct byrep *by, size_t nby)
{
	struct opath q, lp = { PLAN ".poam-items" }, ip;
	struct rt_error *err;
	struct oprops ps;
	struct oprop *num, *none;
	const char *title, *desc;
	size_t lo = 0, hi = nby, mid;
	int first = 1;

	if ((err = od_props(d, o, op, &ps)) != NULL)
		return err;
	if ((err = od_text(d, o, op, "title", 1, &title)) != NULL ||
	    (err = od_text(d, o, op, "description", 1, &desc)) != NULL)
		goto done;
	if ((num = od_prop(&ps, "report-number")) == NULL) {
		err = od_err(d, op->s, "an observation of rectrack's document "
		    "needs the property report-number");
		goto done;
	}
	none = od_prop(&ps, "no-summary");
	ow_begin(d, 0, op->s);
	ow_str(d, 2, "number", num->value, num->path);
	op_key(&q, op, "title");
	ow_str(d, 2, "title", title, q.s);
	op_key(&q, op, "description");
	if (none == NULL || strcmp(none->value, "true") != 0)
		ow_str(d, 2, "summary", desc, q.s);
	put_props(d, 2, &ps, obs_props);
	put_list(d, 2, &ps, "topic", "topics:");
	if ((err = od_props_unused(d, &ps, "report-number, type, fiscal-year, "
	    "sensitivity, issued, agency, issuer, topic, no-summary")) != NULL ||
	    (err = url(d, o, op)) != NULL)
		goto done;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(by[mid].report, num->value) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < nby && strcmp(by[lo].report, num->value) == 0; lo++) {
		if (first)
			ow_line(d, 2, "recommendations:", op->s);
		first = 0;
		op_idx(&ip, &lp, by[lo].i);
		if ((err = item(d, json_array_get(items, by[lo].i), &ip)))
			goto done;
		/* taken: an item no observation takes is refused */
		by[lo].taken = 1;
	}
done:
	od_props_free(&ps);
	return err;
}

static struct rt_error *
reports(struct rt_oscal_doc *d)
{
	struct opath plan = { PLAN }, lp, op;
	struct rt_error *err;
	struct byrep *by = NULL;
	json_t *obs, *items, *o;
	size_t i, n;

	if ((err = od_array(d, d->poam, &plan, "observations", 0,
	    &obs)) != NULL)
		return err;
	items = json_object_get(d->poam, "poam-items");
	n = json_array_size(items);
	if ((err = items_by_report(d, items, &by)) != NULL)
		goto done;
	op_key(&lp, &plan, "observations");
	for (i = 0; i < json_array_size(obs); i++) {
		if (i == 0)
			ow_line(d, 0, "reports:", lp.s);
		if ((err = element(d, obs, &lp, i, &op, &o)) != NULL ||
		    (err = observation(d, o, &op, items, by, n)) != NULL)
			goto done;
	}
	for (i = 0; i < n; i++)
		if (!by[i].taken) {
			op_key(&lp, &plan, "poam-items");
			op_idx(&op, &lp, by[i].i);
			err = od_err(d, op.s, "its report \"%s\" is no "
			    "observation's report-number", by[i].report);
			break;
		}
done:
	byrep_free(by, n);
	return err;
}

/* ---- events ---------------------------------------------------------- */

static const struct pkey event_props[] = { { "about", NULL },
    { "code", NULL }, { "subject", NULL }, { "kind", NULL },
    { "field", NULL }, { "old", NULL }, { "new", NULL },
    { "effective", NULL }, { "at", NULL }, { "actor", NULL },
    { "seq", NULL }, { "voids", NULL }, { "change", NULL }, { NULL, NULL } };

/* The back-matter's register events; its evidence files are for the
 * reader (the history's evidence entries carry them). */
static struct rt_error *
events(struct rt_oscal_doc *d)
{
	struct opath plan = { PLAN }, bp, lp, rp;
	struct rt_error *err;
	struct oprops ps;
	struct oprop *of;
	json_t *bm, *list, *r;
	char shown[80];
	size_t i;
	int first = 1, ev;

	if ((err = od_object(d, d->poam, &plan, "back-matter", 0,
	    &bm)) != NULL || bm == NULL)
		return err;
	op_key(&bp, &plan, "back-matter");
	if ((err = od_array(d, bm, &bp, "resources", 0, &list)) != NULL)
		return err;
	op_key(&lp, &bp, "resources");
	for (i = 0; i < json_array_size(list); i++) {
		if ((err = element(d, list, &lp, i, &rp, &r)) != NULL ||
		    (err = od_props(d, r, &rp, &ps)) != NULL)
			return err;
		of = od_prop(&ps, "resource-of");
		ev = of != NULL && strcmp(of->value, "register-event") == 0;
		if (of != NULL && !ev && strcmp(of->value, "evidence") != 0) {
			shown[0] = '\0';
			rt_escape_append(shown, sizeof(shown), of->value);
			err = od_err(d, of->path, "unknown resource-of \"%s\" "
			    "(expected register-event or evidence)", shown);
		}
		od_props_free(&ps);
		if (err != NULL)
			return err;
		if (!ev)
			continue;
		if (first)
			ow_line(d, 0, "events:", lp.s);
		first = 0;
		if ((err = entry(d, r, &rp, 2, 0, event_props, "resource-of, "
		    "about, code, subject, kind, field, old, new, effective, "
		    "at, actor, seq, voids, change")) != NULL)
			return err;
	}
	return NULL;
}

struct rt_error *
od_own(struct rt_oscal_doc *d)
{
	struct rt_error *err;

	ow_line(d, 0, "version: 1", PLAN ".metadata");
	if ((err = metadata(d)) != NULL || (err = parties(d)) != NULL ||
	    (err = reports(d)) != NULL)
		return err;
	return events(d);
}
