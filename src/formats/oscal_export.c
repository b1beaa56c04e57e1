/*
 * rectrack — the OSCAL POA&M export: four walks of what the YAML export
 * writes (rt_export_walk), written with the JSON writer (json.h).
 */
#include "formats/oscal_export.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/chain.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "base/uuid.h"
#include "core/event.h"
#include "core/formers.h"
#include "core/rec.h"
#include "formats/export.h"
#include "formats/json.h"
#include "formats/oscal.h"
#include "store/store.h"

/* A set of strings in the order first added (few: the actors). */
struct names {
	char **v;
	size_t n, cap;
};

/* An evidence file the exported history cites, and its first name. */
struct cite {
	char hash[RT_HASH_SIZE];
	char *name;
};

struct ox {
	struct rt_store *st;
	const struct rt_filter *f;
	const struct rt_oscal_opts *o;
	struct rt_json j;
	char ns[RT_UUID_SIZE];		/* the register's namespace */
	struct rt_error *err;		/* the first error */
	/* what the first walk found */
	struct names actors;
	struct names reports;		/* the numbers written, sorted */
	struct cite *cites;
	size_t ncites, capcites;
	size_t nrecs, nsubjects;
	/* while writing */
	int props;			/* a props array is open */
	int entries;			/* the risk-log's entries are open */
	int resources;			/* the back matter is open */
	struct rt_formers agencies, officials;
};

/* ---- small pieces -------------------------------------------------------- */

void
rt_oscal_date_time(const char *date, char out[21])
{
	snprintf(out, 21, "%.10sT00:00:00Z", date);
}

/* Is s short enough, and one line, to stand in a title? */
static int
title_fits(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n <= 60 && rt_oscal_prop_fits(s);
}

/* Append s to buf (n bytes, *len used), cut at a character's start. */
static void
put(char *buf, size_t n, size_t *len, const char *s)
{
	size_t k = strlen(s);

	if (*len + 1 >= n)
		return;
	if (*len + k >= n) {
		k = n - 1 - *len;
		while (k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80)
			k--;
	}
	memcpy(buf + *len, s, k);
	*len += k;
	buf[*len] = '\0';
}

void
rt_oscal_entry_title(const struct rt_event *ev, char *buf, size_t n)
{
	size_t len = 0;
	char seq[32];

	if (n == 0)
		return;
	buf[0] = '\0';
	put(buf, n, &len, ev->kind);
	if (strcmp(ev->kind, "void") == 0 && ev->voids) {
		snprintf(seq, sizeof(seq), " of entry %lld",
		    (long long)ev->voids);
		put(buf, n, &len, seq);
		return;
	}
	if (ev->field && strcmp(ev->field, ev->kind) != 0 &&
	    !(strcmp(ev->kind, "issued") == 0 &&
	    strcmp(ev->field, "status") == 0) &&
	    !(strcmp(ev->kind, "target") == 0 &&
	    strcmp(ev->field, "target_date") == 0)) {
		put(buf, n, &len, " ");
		put(buf, n, &len, ev->field);
	}
	if ((ev->old && !title_fits(ev->old)) ||
	    (ev->new && !title_fits(ev->new)) || (!ev->old && !ev->new))
		return;
	put(buf, n, &len, ": ");
	if (ev->old) {
		put(buf, n, &len, ev->old);
		put(buf, n, &len, " -> ");
	}
	put(buf, n, &len, ev->new ? ev->new : "(none)");
}

static void
fail_nomem(struct ox *x)
{
	if (x->err == NULL)
		x->err = rt_error_new(RT_ENOMEM, "out of memory");
}

/* The UUID of (kind, key) into out; on failure x->err is set. */
static void
uuid_of(struct ox *x, const char *kind, const char *key,
    char out[RT_UUID_SIZE])
{
	if (rt_oscal_uuid(x->ns, kind, key, out) == -1)
		fail_nomem(x);
}

static void
key_str(struct ox *x, const char *key, const char *s)
{
	if (s == NULL)
		return;
	rt_json_key(&x->j, key);
	rt_json_str(&x->j, s);
}

static void
key_uuid(struct ox *x, const char *key, const char *kind, const char *k)
{
	char u[RT_UUID_SIZE];

	uuid_of(x, kind, k, u);
	key_str(x, key, u);
}

static void
key_open(struct ox *x, const char *key, int seq)
{
	rt_json_key(&x->j, key);
	rt_json_open(&x->j, seq);
}

/* One property in rectrack's namespace (none when value is NULL),
 * opening the props array at the first. */
static void
prop(struct ox *x, const char *name, const char *value)
{
	char *enc = NULL;

	if (value == NULL)
		return;
	if (!x->props) {
		key_open(x, "props", RT_JSON_ARRAY);
		x->props = 1;
	}
	if (!rt_oscal_prop_fits(value) &&
	    (enc = rt_oscal_prop_encode(value)) == NULL) {
		fail_nomem(x);
		return;
	}
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_str(x, "name", name);
	key_str(x, "ns", RT_OSCAL_NS);
	key_str(x, "value", enc ? enc : value);
	if (enc)
		key_str(x, "class", RT_OSCAL_ENCODED);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	free(enc);
}

/* A property named after a field ("on_hold" -> "on-hold"). */
static void
prop_field(struct ox *x, const char *field, const char *value)
{
	char name[48];
	size_t i;

	snprintf(name, sizeof(name), "%s", field);
	for (i = 0; name[i]; i++)
		if (name[i] == '_')
			name[i] = '-';
	prop(x, name, value);
}

static void
prop_int(struct ox *x, const char *name, long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", v);
	prop(x, name, buf);
}

static void
props_end(struct ox *x)
{
	if (x->props)
		rt_json_close(&x->j, RT_JSON_ARRAY);
	x->props = 0;
}

/* [ { "KEY": UUID(kind, k) } ] under name */
static void
related(struct ox *x, const char *name, const char *key, const char *kind,
    const char *k)
{
	key_open(x, name, RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, key, kind, k);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
}

/* origins: the issuer as the party that found it */
static void
origins(struct ox *x, const char *issuer)
{
	key_open(x, "origins", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_open(x, "actors", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_str(x, "type", "party");
	key_uuid(x, "actor-uuid", "issuer", issuer);
	key_str(x, "role-id", "issuer");
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
}

/* "REPORT#N" */
static char *
rec_id(const struct rt_rec *rec)
{
	size_t n = strlen(rec->report) + strlen(rec->number) + 2;
	char *s = malloc(n);

	if (s != NULL)
		snprintf(s, n, "%s#%s", rec->report, rec->number);
	return s;
}

/* ---- the first walk: what is exported ------------------------------------ */

static int
names_add(struct names *s, const char *v, int unique)
{
	size_t i;

	if (unique)
		for (i = s->n; i > 0; i--)
			if (strcmp(s->v[i - 1], v) == 0)
				return 0;
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 16;
		char **nv = realloc(s->v, cap * sizeof(*nv));

		if (nv == NULL)
			return -1;
		s->v = nv;
		s->cap = cap;
	}
	if ((s->v[s->n] = rt_strdup(v)) == NULL)
		return -1;
	s->n++;
	return 0;
}

static void
names_free(struct names *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
}

static int
cite_add(struct ox *x, const char *hash, const char *name)
{
	size_t i;

	for (i = 0; i < x->ncites; i++)
		if (strcmp(x->cites[i].hash, hash) == 0)
			return 0;
	if (x->ncites == x->capcites) {
		size_t cap = x->capcites ? 2 * x->capcites : 16;
		struct cite *v = realloc(x->cites, cap * sizeof(*v));

		if (v == NULL)
			return -1;
		x->cites = v;
		x->capcites = cap;
	}
	snprintf(x->cites[x->ncites].hash, RT_HASH_SIZE, "%s", hash);
	if ((x->cites[x->ncites].name = rt_strdup(name ? name :
	    hash)) == NULL)
		return -1;
	x->ncites++;
	return 0;
}

static int
scan_report(const struct rt_report *r, void *arg)
{
	struct ox *x = arg;

	if (names_add(&x->reports, r->number, 0) == -1) {
		fail_nomem(x);
		return 1;
	}
	return 0;
}

static int
scan_rec(const struct rt_rec *rec, void *arg)
{
	struct ox *x = arg;

	(void)rec;
	x->nrecs++;
	return 0;
}

static int
scan_event(const struct rt_rec *rec, const struct rt_event *ev, void *arg)
{
	struct ox *x = arg;

	(void)rec;
	if ((ev->actor && names_add(&x->actors, ev->actor, 1) == -1) ||
	    (strcmp(ev->kind, "evidence") == 0 &&
	    ((ev->new && cite_add(x, ev->new, ev->field) == -1) ||
	    (ev->old && cite_add(x, ev->old, ev->field) == -1)))) {
		fail_nomem(x);
		return 1;
	}
	return 0;
}

static int
scan_subject(const struct rt_event *ev, void *arg)
{
	struct ox *x = arg;

	x->nsubjects++;
	return scan_event(NULL, ev, arg);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
report_written(const struct ox *x, const char *number)
{
	return x->reports.n > 0 && bsearch(&number, x->reports.v,
	    x->reports.n, sizeof(*x->reports.v), cmp_str) != NULL;
}

/* ---- metadata ------------------------------------------------------------ */

static int
issuer_party(const struct rt_issuer *is, void *arg)
{
	struct ox *x = arg;

	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, "uuid", "issuer", is->code);
	key_str(x, "type", "organization");
	key_str(x, "name", is->name);
	key_str(x, "short-name", is->code);
	prop(x, "party-of", "issuer");
	prop(x, "kind", is->kind);
	props_end(x);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

/* one prop "formerly" for each former code of code in f */
static void
formerly(struct ox *x, const struct rt_formers *f, const char *code)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->v[i].code, code) == 0)
			prop(x, "formerly", f->v[i].former);
}

static int
agency_party(const struct rt_agency *ag, void *arg)
{
	struct ox *x = arg;

	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, "uuid", "agency", ag->code);
	key_str(x, "type", "organization");
	key_str(x, "name", ag->name);
	key_str(x, "short-name", ag->code);
	prop(x, "party-of", "agency");
	prop(x, "parent", ag->parent);
	formerly(x, &x->agencies, ag->code);
	props_end(x);
	if (ag->parent) {
		key_open(x, "member-of-organizations", RT_JSON_ARRAY);
		{
			char u[RT_UUID_SIZE];

			uuid_of(x, "agency", ag->parent, u);
			rt_json_str(&x->j, u);
		}
		rt_json_close(&x->j, RT_JSON_ARRAY);
	}
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

static int
official_party(const struct rt_official *o, void *arg)
{
	struct ox *x = arg;

	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, "uuid", "official", o->code);
	key_str(x, "type", "person");
	key_str(x, "name", o->name);
	key_str(x, "short-name", o->code);
	prop(x, "party-of", "official");
	prop(x, "agency", o->agency);
	prop(x, "title", o->title);
	prop(x, "reports-to", o->reports_to);
	formerly(x, &x->officials, o->code);
	props_end(x);
	if (o->email) {
		key_open(x, "email-addresses", RT_JSON_ARRAY);
		rt_json_str(&x->j, o->email);
		rt_json_close(&x->j, RT_JSON_ARRAY);
	}
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

static void
role(struct ox *x, const char *id, const char *title)
{
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_str(x, "id", id);
	key_str(x, "title", title);
	rt_json_close(&x->j, RT_JSON_OBJECT);
}

static struct rt_error *
metadata(struct ox *x)
{
	struct rt_error *err = NULL;
	const char *uid = rt_store_uid(x->st);
	char title[160];
	size_t i;

	key_open(x, "metadata", RT_JSON_OBJECT);
	snprintf(title, sizeof(title), "Plan of Action and Milestones: "
	    "recommendations of register %s%s%s", uid,
	    x->o->as_of ? " as of " : "", x->o->as_of ? x->o->as_of : "");
	key_str(x, "title", title);
	key_str(x, "last-modified", x->o->now);
	key_str(x, "version", "1");
	key_str(x, "oscal-version", RT_OSCAL_VERSION);
	prop(x, "register", uid);
	prop(x, "format-version", "1");
	prop(x, "as-of", x->o->as_of);
	props_end(x);
	key_open(x, "roles", RT_JSON_ARRAY);
	role(x, "issuer", "Issuer of the report");
	role(x, "agency", "Responsible agency");
	role(x, "official", "Action official");
	role(x, "recorder", "Recorded the event");
	rt_json_close(&x->j, RT_JSON_ARRAY);
	key_open(x, "parties", RT_JSON_ARRAY);
	if ((err = rt_store_issuer_list(x->st, issuer_party, x)) == NULL &&
	    (err = rt_store_agency_list(x->st, agency_party, x)) == NULL)
		err = rt_store_official_list(x->st, official_party, x);
	for (i = 0; err == NULL && i < x->actors.n; i++) {
		rt_json_open(&x->j, RT_JSON_OBJECT);
		key_uuid(x, "uuid", "actor", x->actors.v[i]);
		key_str(x, "type", "person");
		key_str(x, "name", x->actors.v[i]);
		prop(x, "party-of", "actor");
		props_end(x);
		rt_json_close(&x->j, RT_JSON_OBJECT);
	}
	rt_json_close(&x->j, RT_JSON_ARRAY);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return err;
}

/* ---- observations -------------------------------------------------------- */

static int
observation(const struct rt_report *r, void *arg)
{
	struct ox *x = arg;
	char when[21];
	size_t i;

	if (!report_written(x, r->number))
		return 0;
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, "uuid", "report", r->number);
	key_str(x, "title", r->title);
	key_str(x, "description", r->summary ? r->summary : r->title);
	prop(x, "report-number", r->number);
	prop(x, "type", r->type);
	prop_int(x, "fiscal-year", r->fiscal_year);
	prop(x, "sensitivity", r->sensitivity);
	prop(x, "issued", r->issued);
	prop(x, "agency", r->agency);
	prop(x, "issuer", r->issuer);
	for (i = 0; i < r->ntopics; i++)
		prop(x, "topic", r->topics[i]);
	if (r->summary == NULL)
		prop(x, "no-summary", "true");
	props_end(x);
	if (r->url) {
		key_open(x, "links", RT_JSON_ARRAY);
		rt_json_open(&x->j, RT_JSON_OBJECT);
		key_str(x, "href", r->url);
		key_str(x, "rel", "report");
		rt_json_close(&x->j, RT_JSON_OBJECT);
		rt_json_close(&x->j, RT_JSON_ARRAY);
	}
	key_open(x, "methods", RT_JSON_ARRAY);
	rt_json_str(&x->j, "EXAMINE");
	rt_json_close(&x->j, RT_JSON_ARRAY);
	key_open(x, "types", RT_JSON_ARRAY);
	rt_json_str(&x->j, "finding");
	rt_json_close(&x->j, RT_JSON_ARRAY);
	origins(x, r->issuer);
	rt_oscal_date_time(r->issued, when);
	key_str(x, "collected", when);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

/* ---- risks --------------------------------------------------------------- */

/* The lifecycle of the remediation of a recommendation in status st. */
static const char *
lifecycle(int st)
{
	switch (st) {
	case RT_OPEN_UNRESOLVED:
	case RT_OPEN_RESOLVED:
		return "planned";
	case RT_CLOSED_IMPLEMENTED:
		return "completed";
	}
	return "recommendation";	/* pending, or never carried out */
}

/* A milestone task: the target date (which: "original", "target"). */
static void
milestone(struct ox *x, const char *id, const char *which,
    const char *title, const char *date)
{
	char key[300], when[21];

	snprintf(key, sizeof(key), "%s %s", id, which);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, "uuid", "milestone", key);
	key_str(x, "type", "milestone");
	key_str(x, "title", title);
	key_open(x, "timing", RT_JSON_OBJECT);
	key_open(x, "on-date", RT_JSON_OBJECT);
	rt_oscal_date_time(date, when);
	key_str(x, "date", when);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_OBJECT);
}

static void
remediation(struct ox *x, const struct rt_rec *rec, const char *id)
{
	int target = rec->target_date[0] != '\0';
	int original = rec->original_target_date[0] != '\0';

	key_open(x, "remediations", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, "uuid", "response", id);
	key_str(x, "lifecycle", lifecycle(rec->status));
	key_str(x, "title", "Corrective action");
	key_str(x, "description", rec->corrective_action ?
	    rec->corrective_action : "None recorded.");
	if (rec->corrective_action == NULL)
		prop(x, "no-corrective-action", "true");
	props_end(x);
	if (target || original) {
		key_open(x, "tasks", RT_JSON_ARRAY);
		if (original)
			milestone(x, id, "original", "Original target date",
			    rec->original_target_date);
		if (target)
			milestone(x, id, "target", "Target date",
			    rec->target_date);
		rt_json_close(&x->j, RT_JSON_ARRAY);
	}
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
}

static int
risk_open(const struct rt_rec *rec, void *arg)
{
	struct ox *x = arg;
	char when[21], *id;

	if ((id = rec_id(rec)) == NULL) {
		fail_nomem(x);
		return 1;
	}
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, "uuid", "risk", id);
	key_str(x, "title", id);
	key_str(x, "description", rec->text);
	key_str(x, "statement", rec->text);
	prop(x, "status", rt_status_name(rec->status));
	props_end(x);
	key_str(x, "status", rt_oscal_risk_status(rec->status));
	if (rec->target_date[0]) {
		rt_oscal_date_time(rec->target_date, when);
		key_str(x, "deadline", when);
	}
	remediation(x, rec, id);
	free(id);
	x->entries = 0;
	return x->err != NULL;
}

/* The properties of an event, from `kind` on (the risk-log's and the
 * register events'). */
static void
event_props(struct ox *x, const struct rt_event *ev)
{
	char change[64];

	prop(x, "kind", ev->kind);
	prop(x, "field", ev->field);
	prop(x, "old", ev->old);
	prop(x, "new", ev->new);
	prop(x, "effective", ev->effective);
	prop_int(x, "seq", ev->id);
	if (ev->voids)
		prop_int(x, "voids", ev->voids);
	snprintf(change, sizeof(change), "%s-%lld", rt_store_uid(x->st),
	    (long long)ev->change);
	prop(x, "change", change);
}

static int
risk_entry(const struct rt_rec *rec, const struct rt_event *ev, void *arg)
{
	struct ox *x = arg;
	enum rt_status st;
	char title[200], seq[32];

	(void)rec;
	if (!x->entries) {
		key_open(x, "risk-log", RT_JSON_OBJECT);
		key_open(x, "entries", RT_JSON_ARRAY);
		x->entries = 1;
	}
	rt_json_open(&x->j, RT_JSON_OBJECT);
	snprintf(seq, sizeof(seq), "%lld", (long long)ev->id);
	key_uuid(x, "uuid", "event", seq);
	rt_oscal_entry_title(ev, title, sizeof(title));
	key_str(x, "title", title);
	key_str(x, "description", ev->note);
	key_str(x, "start", ev->at);
	event_props(x, ev);
	props_end(x);
	if (ev->actor) {
		key_open(x, "logged-by", RT_JSON_ARRAY);
		rt_json_open(&x->j, RT_JSON_OBJECT);
		key_uuid(x, "party-uuid", "actor", ev->actor);
		key_str(x, "role-id", "recorder");
		rt_json_close(&x->j, RT_JSON_OBJECT);
		rt_json_close(&x->j, RT_JSON_ARRAY);
	}
	if ((strcmp(ev->kind, "issued") == 0 ||
	    strcmp(ev->kind, "status") == 0) && ev->new &&
	    rt_status_parse(ev->new, &st) == 0)
		key_str(x, "status-change", rt_oscal_risk_status(st));
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

static int
risk_close(const struct rt_rec *rec, void *arg)
{
	struct ox *x = arg;

	if (x->entries) {
		rt_json_close(&x->j, RT_JSON_ARRAY);
		rt_json_close(&x->j, RT_JSON_OBJECT);
		x->entries = 0;
	}
	related(x, "related-observations", "observation-uuid", "report",
	    rec->report);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

/* ---- poam-items ---------------------------------------------------------- */

static void
prop_date(struct ox *x, const char *name, const char *date)
{
	if (date[0])
		prop(x, name, date);
}

static int
poam_item(const struct rt_rec *rec, void *arg)
{
	struct ox *x = arg;
	char money[32], *id;
	int i;

	if ((id = rec_id(rec)) == NULL) {
		fail_nomem(x);
		return 1;
	}
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, "uuid", "item", id);
	key_str(x, "title", id);
	key_str(x, "description", rec->text);
	prop(x, "report", rec->report);
	prop(x, "number", rec->number);
	prop(x, "status", rt_status_name(rec->status));
	prop(x, "concurrence", rt_concurrence_name(rec->concurrence));
	prop(x, "agency", rec->agency);
	prop(x, "official", rec->official);
	for (i = 0; i < RT_FLAG_COUNT; i++)
		prop_field(x, rt_flag_field(i), rt_flag_get(rec, i) ?
		    "true" : "false");
	prop_date(x, "target-date", rec->target_date);
	prop_date(x, "original-target-date", rec->original_target_date);
	prop_date(x, "resolved-date", rec->resolved_date);
	prop_date(x, "closed-date", rec->closed_date);
	for (i = 0; i < RT_MONEY_COUNT; i++) {
		if (rec->money[i] == RT_MONEY_NONE)
			continue;
		rt_money_format(rec->money[i], money, sizeof(money));
		prop_field(x, rt_money_name(i), money);
	}
	props_end(x);
	if (rec->issuer)
		origins(x, rec->issuer);
	related(x, "related-observations", "observation-uuid", "report",
	    rec->report);
	related(x, "related-risks", "risk-uuid", "risk", id);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	free(id);
	return x->err != NULL;
}

/* ---- back matter --------------------------------------------------------- */

static void
resources_open(struct ox *x)
{
	if (x->resources)
		return;
	rt_json_close(&x->j, RT_JSON_ARRAY);	/* the poam-items */
	key_open(x, "back-matter", RT_JSON_OBJECT);
	key_open(x, "resources", RT_JSON_ARRAY);
	x->resources = 1;
}

static int
register_event(const struct rt_event *ev, void *arg)
{
	struct ox *x = arg;
	char title[240], seq[32];
	size_t len;

	resources_open(x);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	snprintf(seq, sizeof(seq), "%lld", (long long)ev->id);
	key_uuid(x, "uuid", "register-event", seq);
	snprintf(title, sizeof(title), "%s: ", ev->subject ? ev->subject :
	    "event");
	len = strlen(title);
	rt_oscal_entry_title(ev, title + len, sizeof(title) - len);
	key_str(x, "title", title);
	key_str(x, "description", ev->note);
	prop(x, "resource-of", "register-event");
	prop(x, "about", rt_subject_name(ev->about - 1));
	prop(x, "code", ev->code);
	prop(x, "subject", ev->subject);
	prop(x, "at", ev->at);
	prop(x, "actor", ev->actor);
	event_props(x, ev);
	props_end(x);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

static void
evidence(struct ox *x, const struct cite *c)
{
	resources_open(x);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_uuid(x, "uuid", "evidence", c->hash);
	key_str(x, "title", c->name);
	prop(x, "resource-of", "evidence");
	props_end(x);
	key_open(x, "rlinks", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_str(x, "href", c->hash);
	key_open(x, "hashes", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	key_str(x, "algorithm", "SHA-256");
	key_str(x, "value", c->hash);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
	rt_json_close(&x->j, RT_JSON_OBJECT);
}

/* ---- the document -------------------------------------------------------- */

/* Is s a URI (RFC 3986: a scheme, ":", no blank or control)? */
static int
is_uri(const char *s)
{
	const char *p = s;

	if (!isalpha((unsigned char)*p))
		return 0;
	while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' ||
	    *p == '.')
		p++;
	if (*p != ':' || p[1] == '\0')
		return 0;
	for (; *p; p++)
		if ((unsigned char)*p <= 0x20 || *p == 0x7f)
			return 0;
	return 1;
}

/* The first walk: refuse an empty selection before anything is written. */
static struct rt_error *
scan(struct ox *x)
{
	static const struct rt_export_visit v = {
		.report = scan_report, .rec = scan_rec, .event = scan_event,
		.subject = scan_subject,
	};
	struct rt_error *err;

	if ((err = rt_export_walk(x->st, x->f, x->o->as_of, &v, x)) != NULL)
		return err;
	if (x->err)
		return x->err;
	if (x->nrecs == 0)
		return rt_error_new(RT_EREFUSED, "export --format oscal-poam: "
		    "nothing to export: the filter selects no "
		    "recommendation");
	if (x->reports.n > 1)
		qsort(x->reports.v, x->reports.n, sizeof(*x->reports.v),
		    cmp_str);
	return NULL;
}

/* The document after the metadata: observations to back matter. */
static struct rt_error *
body(struct ox *x)
{
	static const struct rt_export_visit risks = {
		.rec = risk_open, .event = risk_entry, .rec_end = risk_close,
	};
	static const struct rt_export_visit items = {
		.rec = poam_item, .subject = register_event,
	};
	struct rt_error *err;
	size_t i;

	key_open(x, "system-id", RT_JSON_OBJECT);
	key_str(x, "identifier-type", x->o->system_id_type);
	key_str(x, "id", x->o->system_id);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	key_open(x, "observations", RT_JSON_ARRAY);
	if ((err = rt_store_report_list(x->st, x->f, observation, x)) != NULL)
		return err;
	rt_json_close(&x->j, RT_JSON_ARRAY);
	key_open(x, "risks", RT_JSON_ARRAY);
	if (x->err || (err = rt_export_walk(x->st, x->f, x->o->as_of, &risks,
	    x)) != NULL)
		return err;
	rt_json_close(&x->j, RT_JSON_ARRAY);
	key_open(x, "poam-items", RT_JSON_ARRAY);
	if (x->err || (err = rt_export_walk(x->st, x->f, x->o->as_of, &items,
	    x)) != NULL)
		return err;
	for (i = 0; x->err == NULL && i < x->ncites; i++)
		evidence(x, &x->cites[i]);
	if (x->resources) {
		rt_json_close(&x->j, RT_JSON_ARRAY);
		rt_json_close(&x->j, RT_JSON_OBJECT);
	} else
		rt_json_close(&x->j, RT_JSON_ARRAY);
	return NULL;
}

struct rt_error *
rt_export_oscal_ready(const char *system_id, const char *system_id_type)
{
	if (system_id == NULL)
		return rt_error_new(RT_EINVAL, "export --format oscal-poam: "
		    "the plan names the system it is about: set "
		    "oscal.system_id in the configuration (see "
		    "docs/oscal.md)");
	if (!rt_oscal_prop_fits(system_id))
		return rt_error_new(RT_EINVAL, "oscal.system_id: \"%s\" cannot "
		    "be a system's identifier: blanks at either end or a "
		    "control character", system_id);
	if (system_id_type != NULL && !is_uri(system_id_type))
		return rt_error_new(RT_EINVAL, "oscal.system_id_type: \"%s\" "
		    "is not a URI (for example "
		    "https://fedramp.gov/ns/oscal)", system_id_type);
	return NULL;
}

struct rt_error *
rt_export_oscal(struct rt_store *st, const struct rt_filter *f,
    const struct rt_oscal_opts *o, FILE *fp)
{
	struct rt_error *err;
	struct ox x;
	char u[RT_UUID_SIZE];
	size_t i;

	if ((err = rt_export_oscal_ready(o->system_id,
	    o->system_id_type)) != NULL)
		return err;
	memset(&x, 0, sizeof(x));
	x.st = st;
	x.f = f;
	x.o = o;
	x.j.fp = fp;
	if (rt_oscal_register_ns(rt_store_uid(st), x.ns) == -1)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if ((err = scan(&x)) != NULL ||
	    (err = rt_formers_load(st, &x.agencies)) != NULL ||
	    (err = rt_formers_load_officials(st, &x.officials)) != NULL)
		goto done;
	rt_json_open(&x.j, RT_JSON_OBJECT);
	key_open(&x, "plan-of-action-and-milestones", RT_JSON_OBJECT);
	uuid_of(&x, "document", o->now, u);
	key_str(&x, "uuid", u);
	if ((err = metadata(&x)) != NULL || (err = body(&x)) != NULL ||
	    (err = x.err) != NULL)
		goto done;
	rt_json_close(&x.j, RT_JSON_OBJECT);
	rt_json_close(&x.j, RT_JSON_OBJECT);
	fputc('\n', fp);
	if (fflush(fp) != 0 || ferror(fp)) {
		err = rt_error_new(RT_EIO, "cannot write the export: %s",
		    strerror(errno));
		goto done;
	}
	for (i = 0; o->cited != NULL && i < x.ncites; i++)
		if (o->cited(x.cites[i].hash, o->cited_arg)) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
done:
	if (err == x.err)
		x.err = NULL;
	rt_error_free(x.err);
	names_free(&x.actors);
	names_free(&x.reports);
	for (i = 0; i < x.ncites; i++)
		free(x.cites[i].name);
	free(x.cites);
	rt_formers_free(&x.agencies);
	rt_formers_free(&x.officials);
	return err;
}
