/*
 * rectrack — reading a POA&M another tool wrote (oscal_read_impl.h):
 * one report per observation (or every item in the report --report
 * names), issued by --issuer about --agency on the day the observation
 * was collected; each poam-item a recommendation of the report of its
 * first related observation, numbered by the first 8 hex digits of its
 * UUID (the same in the next revision of the plan), its
 * status and target date from its first related risk.  Its history
 * records that: issued, the target date, the move to its status, then
 * the item's title and each property outside rectrack's namespace as
 * notes, so that nothing the item says is lost.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "formats/oscal.h"
#include "formats/oscal_read_impl.h"
#include "formats/yaml.h"

#define PLAN	"$.plan-of-action-and-milestones"
#define MAX_NUMBER	64	/* bytes of a title taken as a report number */

/* One entry of the history, effective on the issue date. */
static void
put_entry(struct rt_oscal_doc *d, const char *path, const char *issued,
    const char *kind, const char *new, const char *note)
{
	ow_begin(d, 4, path);
	ow_str(d, 6, "effective", issued, path);
	ow_str(d, 6, "kind", kind, path);
	if (new != NULL)
		ow_str(d, 6, "new", new, path);
	if (note != NULL)
		ow_str(d, 6, "note", note, path);
}

/* The status and target date of the item's first related risk. */
static struct rt_error *
risk_state(struct rt_oscal_doc *d, json_t *it, const char *issued)
{
	enum rt_status st = RT_OPEN_PENDING;
	const struct oref *r;
	struct rt_error *err;
	const char *status, *deadline;
	char date[11], note[160], shown[80] = "";
	struct opath rp, q;
	json_t *list;

	list = json_object_get(it, "related-risks");
	if (json_array_size(list) == 0)
		return NULL;
	/* check_refs checked that it names a risk */
	r = od_ref(d, json_string_value(json_object_get(json_array_get(list,
	    0), "risk-uuid")));
	snprintf(rp.s, sizeof(rp.s), "%s", r->path);
	if ((err = od_text(d, r->obj, &rp, "status", 1, &status)) != NULL ||
	    (err = od_text(d, r->obj, &rp, "deadline", 0, &deadline)) != NULL)
		return err;
	op_key(&q, &rp, "status");
	if (rt_oscal_status_parse(status, &st) != 0) {
		rt_escape_append(shown, sizeof(shown), status);
		return od_err(d, q.s, "unknown risk status \"%s\" (expected "
		    "one of open, investigating, remediating, "
		    "deviation-requested, deviation-approved, closed)", shown);
	}
	if (deadline != NULL) {
		op_key(&rp, &rp, "deadline");
		if (od_date(deadline, date) != 0)
			return od_err(d, rp.s, "not a date-time: \"%s\" "
			    "(expected YYYY-MM-DDTHH:MM:SS and a time zone)",
			    deadline);
		put_entry(d, rp.s, issued, "target", date, "deadline of the "
		    "risk");
	}
	if (st == RT_OPEN_PENDING)
		return NULL;
	snprintf(note, sizeof(note), "risk status: %s", status);
	put_entry(d, q.s, issued, "status", rt_status_name(st), note);
	return NULL;
}

/* Poam-item it (at ip): a recommendation of a report issued on
 * `issued` (n, its place in the report, is not its number: a plan's
 * next revision may drop items before it). */
static struct rt_error *
item(struct rt_oscal_doc *d, json_t *it, const struct opath *ip, size_t n,
    const char *issued)
{
	struct rt_error *err;
	struct oprops ps;
	struct oprop *num;
	struct rt_buf b = { NULL, 0, 0 };
	const char *title, *text, *uuid;
	char number[24];
	struct opath q;
	size_t i;

	(void)n;
	if ((err = od_text(d, it, ip, "uuid", 0, &uuid)) != NULL ||
	    (err = od_text(d, it, ip, "title", 1, &title)) != NULL ||
	    (err = od_text(d, it, ip, "description", 1, &text)) != NULL ||
	    (err = od_props(d, it, ip, &ps)) != NULL)
		return err;
	ow_begin(d, 2, ip->s);
	if ((num = od_prop(&ps, "number")) != NULL)
		ow_str(d, 4, "number", num->value, num->path);
	else if (uuid == NULL) {
		od_props_free(&ps);
		return od_err(d, ip->s, "a poam-item of another tool's plan "
		    "needs its uuid: it numbers the recommendation, so that "
		    "the next revision of the plan updates the same one");
	} else {
		/* the item's own UUID, stable from one revision of the plan
		 * to the next: its first 8 hex digits */
		snprintf(number, sizeof(number), "%.8s", uuid);
		for (i = 0; number[i]; i++)
			if (number[i] >= 'A' && number[i] <= 'F')
				number[i] = (char)(number[i] - 'A' + 'a');
		ow_str(d, 4, "number", number, ip->s);
	}
	op_key(&q, ip, "description");
	ow_str(d, 4, "text", text, q.s);
	ow_line(d, 4, "history:", ip->s);
	put_entry(d, ip->s, issued, "issued", NULL, NULL);
	if ((err = risk_state(d, it, issued)) != NULL)
		goto done;
	op_key(&q, ip, "title");
	rt_buf_printf(&b, "title: %s", title);
	put_entry(d, q.s, issued, "note", NULL, b.s ? b.s : "");
	for (i = 0; i < ps.n; i++) {
		if (ps.v[i].own)
			continue;
		b.len = 0;
		rt_buf_printf(&b, "%s: %s", ps.v[i].name, ps.v[i].value);
		put_entry(d, ps.v[i].path, issued, "note", NULL,
		    b.s ? b.s : "");
	}
	if (b.s == NULL)
		err = od_nomem();
done:
	rt_buf_free(&b);
	od_props_free(&ps);
	return err;
}

/* The head of a report: number, title, issuer, agency, issued. */
static void
report_head(struct rt_oscal_doc *d, const char *path, const char *number,
    const char *numpath, const char *title, const char *titlepath,
    const char *issued, const char *issuedpath)
{
	ow_begin(d, 0, path);
	ow_str(d, 2, "number", number, numpath);
	ow_str(d, 2, "title", title, titlepath);
	ow_str(d, 2, "issuer", d->opts->issuer, path);
	ow_str(d, 2, "agency", d->opts->agency, path);
	ow_str(d, 2, "issued", issued, issuedpath);
}

/* Every item in the report --report names. */
static struct rt_error *
one_report(struct rt_oscal_doc *d, json_t *items)
{
	struct opath mp = { PLAN ".metadata" }, lp = { PLAN ".poam-items" },
	    q, ip;
	struct rt_error *err;
	const char *title, *when;
	char issued[11];
	json_t *meta = json_object_get(d->poam, "metadata"), *it;
	size_t i;

	if ((err = od_text(d, meta, &mp, "title", 1, &title)) != NULL ||
	    (err = od_text(d, meta, &mp, "published", 0, &when)) != NULL ||
	    (when == NULL && (err = od_text(d, meta, &mp, "last-modified", 1,
	    &when)) != NULL))
		return err;
	op_key(&q, &mp, json_object_get(meta, "published") ? "published" :
	    "last-modified");
	if (od_date(when, issued) != 0)
		return od_err(d, q.s, "not a date-time: \"%s\" (expected "
		    "YYYY-MM-DDTHH:MM:SS and a time zone)", when);
	ow_line(d, 0, "reports:", PLAN);
	report_head(d, PLAN, d->opts->report, PLAN, title, PLAN ".metadata",
	    issued, q.s);
	ow_line(d, 2, "recommendations:", lp.s);
	for (i = 0; i < json_array_size(items); i++) {
		op_idx(&ip, &lp, i);
		if (!json_is_object(it = json_array_get(items, i)))
			return od_err(d, ip.s, "expected an object");
		if ((err = item(d, it, &ip, i + 1, issued)) != NULL)
			return err;
	}
	return NULL;
}

/* The observation whose index the item's first related observation is
 * (at *k); refused when it relates to none. */
static struct rt_error *
item_observation(struct rt_oscal_doc *d, json_t *it, const struct opath *ip,
    size_t *k)
{
	static const char pre[] = PLAN ".observations[";
	const struct oref *r;
	json_t *list = json_object_get(it, "related-observations");

	r = od_ref(d, json_string_value(json_object_get(json_array_get(list,
	    0), "observation-uuid")));
	if (r == NULL)
		return od_err(d, ip->s, "relates to no observation, the "
		    "report it belongs to: relate it to one, or import with "
		    "--report NUMBER");
	/* check_refs checked that it is an observation of the plan */
	*k = (size_t)strtoul(r->path + sizeof(pre) - 1, NULL, 10);
	return NULL;
}

/* Observation o (at op) as a report, its items in order. */
static struct rt_error *
observation(struct rt_oscal_doc *d, json_t *o, const struct opath *op,
    json_t *items, const size_t *obs_of)
{
	struct opath lp = { PLAN ".poam-items" }, q, tp, ip;
	struct rt_error *err;
	struct oprops ps;
	struct oprop *num;
	const char *title, *desc, *when, *number;
	char issued[11], first[256];
	size_t i, n = 0, k = 0;

	for (k = 0; k < json_array_size(json_object_get(d->poam,
	    "observations")); k++)
		if (json_array_get(json_object_get(d->poam, "observations"),
		    k) == o)
			break;
	if ((err = od_text(d, o, op, "title", 0, &title)) != NULL ||
	    (err = od_text(d, o, op, "description", 1, &desc)) != NULL ||
	    (err = od_text(d, o, op, "collected", 1, &when)) != NULL ||
	    (err = od_props(d, o, op, &ps)) != NULL)
		return err;
	op_key(&tp, op, title ? "title" : "description");
	if (title == NULL) {
		snprintf(first, sizeof(first), "%.*s",
		    (int)strcspn(desc, "\r\n"), desc);
		title = first;
	}
	num = od_prop(&ps, "report-number");
	number = num ? num->value : title;
	op_key(&q, op, "collected");
	if (num == NULL && (strlen(title) > MAX_NUMBER ||
	    strpbrk(title, "\r\n") != NULL))
		err = od_err(d, tp.s, "a report needs a number: give the "
		    "observation a short one-line title (at most %d bytes) or "
		    "the property report-number, or import with --report "
		    "NUMBER", MAX_NUMBER);
	else if (od_date(when, issued) != 0)
		err = od_err(d, q.s, "not a date-time: \"%s\" (expected "
		    "YYYY-MM-DDTHH:MM:SS and a time zone)", when);
	if (err != NULL)
		goto done;
	report_head(d, op->s, number, num ? num->path : tp.s, title, tp.s,
	    issued, q.s);
	op_key(&q, op, "description");
	if (strcmp(desc, title) != 0)
		ow_str(d, 2, "summary", desc, q.s);
	for (i = 0; i < json_array_size(items); i++) {
		if (obs_of[i] != k)
			continue;
		if (n == 0)
			ow_line(d, 2, "recommendations:", op->s);
		op_idx(&ip, &lp, i);
		if ((err = item(d, json_array_get(items, i), &ip, ++n,
		    issued)) != NULL)
			break;
	}
done:
	od_props_free(&ps);
	return err;
}

struct rt_error *
od_foreign(struct rt_oscal_doc *d)
{
	struct opath plan = { PLAN }, lp = { PLAN ".poam-items" }, op;
	struct rt_error *err = NULL;
	json_t *items, *obs, *it;
	size_t *obs_of, i;

	if (d->opts->issuer == NULL || d->opts->agency == NULL)
		return rt_error_new(RT_EUSAGE, "%s: the POA&M was written by "
		    "another tool: say whose findings it holds with --issuer "
		    "CODE and --agency CODE", d->name);
	ow_line(d, 0, "version: 1", PLAN);
	items = json_object_get(d->poam, "poam-items");
	if (d->opts->report != NULL)
		return one_report(d, items);
	if ((err = od_array(d, d->poam, &plan, "observations", 0,
	    &obs)) != NULL)
		return err;
	if ((obs_of = calloc(json_array_size(items) + 1,
	    sizeof(*obs_of))) == NULL)
		return od_nomem();
	for (i = 0; i < json_array_size(items) && err == NULL; i++) {
		op_idx(&op, &lp, i);
		if (!json_is_object(it = json_array_get(items, i)))
			err = od_err(d, op.s, "expected an object");
		else
			err = item_observation(d, it, &op, &obs_of[i]);
	}
	op_key(&lp, &plan, "observations");
	for (i = 0; i < json_array_size(obs) && err == NULL; i++) {
		if (i == 0)
			ow_line(d, 0, "reports:", lp.s);
		op_idx(&op, &lp, i);
		if (!json_is_object(json_array_get(obs, i)))
			err = od_err(d, op.s, "expected an object");
		else
			err = observation(d, json_array_get(obs, i), &op,
			    items, obs_of);
	}
	free(obs_of);
	return err;
}
