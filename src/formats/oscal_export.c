/*
 * rectrack — the OSCAL POA&M export: the pieces, the first walk, the
 * metadata, the observations and the document; four walks of what the YAML export
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
#include "formats/oscal_export_impl.h"
#include "store/store.h"

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

void
ox_fail_nomem(struct ox *x)
{
	if (x->err == NULL)
		x->err = rt_error_new(RT_ENOMEM, "out of memory");
}

/* The UUID of (kind, key) into out; on failure x->err is set. */
void
ox_uuid_of(struct ox *x, const char *kind, const char *key,
    char out[RT_UUID_SIZE])
{
	if (rt_oscal_uuid(x->ns, kind, key, out) == -1)
		ox_fail_nomem(x);
}

void
ox_key_str(struct ox *x, const char *key, const char *s)
{
	if (s == NULL)
		return;
	rt_json_key(&x->j, key);
	rt_json_str(&x->j, s);
}

void
ox_key_uuid(struct ox *x, const char *key, const char *kind, const char *k)
{
	char u[RT_UUID_SIZE];

	ox_uuid_of(x, kind, k, u);
	ox_key_str(x, key, u);
}

void
ox_key_open(struct ox *x, const char *key, int seq)
{
	rt_json_key(&x->j, key);
	rt_json_open(&x->j, seq);
}

/* One property in rectrack's namespace (none when value is NULL),
 * opening the props array at the first. */
void
ox_prop(struct ox *x, const char *name, const char *value)
{
	char *enc = NULL;

	if (value == NULL)
		return;
	if (!x->props) {
		ox_key_open(x, "props", RT_JSON_ARRAY);
		x->props = 1;
	}
	if (!rt_oscal_prop_fits(value) &&
	    (enc = rt_oscal_prop_encode(value)) == NULL) {
		ox_fail_nomem(x);
		return;
	}
	/* on one line: a document of 100,000 recommendations holds
	 * millions of them */
	rt_json_raw(&x->j, "{ \"name\": ");
	rt_json_string(x->j.fp, name);
	fputs(", \"ns\": \"" RT_OSCAL_NS "\", \"value\": ", x->j.fp);
	rt_json_string(x->j.fp, enc ? enc : value);
	fputs(enc ? ", \"class\": \"" RT_OSCAL_ENCODED "\" }" : " }",
	    x->j.fp);
	free(enc);
}

/* A property named after a field ("on_hold" -> "on-hold"). */
void
ox_prop_field(struct ox *x, const char *field, const char *value)
{
	char name[48];
	size_t i;

	snprintf(name, sizeof(name), "%s", field);
	for (i = 0; name[i]; i++)
		if (name[i] == '_')
			name[i] = '-';
	ox_prop(x, name, value);
}

void
ox_prop_int(struct ox *x, const char *name, long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", v);
	ox_prop(x, name, buf);
}

void
ox_props_end(struct ox *x)
{
	if (x->props)
		rt_json_close(&x->j, RT_JSON_ARRAY);
	x->props = 0;
}

/* [ { "KEY": UUID(kind, k) } ] under name */
void
ox_related(struct ox *x, const char *name, const char *key, const char *kind,
    const char *k)
{
	char u[RT_UUID_SIZE];

	ox_uuid_of(x, kind, k, u);
	rt_json_key(&x->j, name);
	rt_json_raw(&x->j, "[ { ");
	rt_json_string(x->j.fp, key);
	fputs(": ", x->j.fp);
	rt_json_string(x->j.fp, u);
	fputs(" } ]", x->j.fp);
}

/* origins: the issuer as the party that found it */
void
ox_origins(struct ox *x, const char *issuer)
{
	ox_key_open(x, "origins", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_open(x, "actors", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_str(x, "type", "party");
	ox_key_uuid(x, "actor-uuid", "issuer", issuer);
	ox_key_str(x, "role-id", "issuer");
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
}

/* "REPORT#N" */
char *
ox_rec_id(const struct rt_rec *rec)
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
		ox_fail_nomem(x);
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
		ox_fail_nomem(x);
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

/* The opening of a party of kind (issuer, agency, official, actor):
 * its uuid, type, name, short name (its code; none for an actor) and
 * the prop party-of; the caller adds its props and closes it. */
static void
party_begin(struct ox *x, const char *kind, const char *type,
    const char *code, const char *name)
{
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_uuid(x, "uuid", kind, code);
	ox_key_str(x, "type", type);
	ox_key_str(x, "name", name);
	if (strcmp(kind, "actor") != 0)
		ox_key_str(x, "short-name", code);
	ox_prop(x, "party-of", kind);
}

static int
issuer_party(const struct rt_issuer *is, void *arg)
{
	struct ox *x = arg;

	party_begin(x, "issuer", "organization", is->code, is->name);
	ox_prop(x, "kind", is->kind);
	ox_props_end(x);
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
			ox_prop(x, "formerly", f->v[i].former);
}

static int
agency_party(const struct rt_agency *ag, void *arg)
{
	struct ox *x = arg;
	char u[RT_UUID_SIZE];

	party_begin(x, "agency", "organization", ag->code, ag->name);
	ox_prop(x, "parent", ag->parent);
	formerly(x, &x->agencies, ag->code);
	ox_props_end(x);
	if (ag->parent) {
		ox_key_open(x, "member-of-organizations", RT_JSON_ARRAY);
		ox_uuid_of(x, "agency", ag->parent, u);
		rt_json_str(&x->j, u);
		rt_json_close(&x->j, RT_JSON_ARRAY);
	}
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

static int
official_party(const struct rt_official *o, void *arg)
{
	struct ox *x = arg;

	party_begin(x, "official", "person", o->code, o->name);
	ox_prop(x, "agency", o->agency);
	ox_prop(x, "title", o->title);
	ox_prop(x, "reports-to", o->reports_to);
	formerly(x, &x->officials, o->code);
	ox_props_end(x);
	if (o->email) {
		ox_key_open(x, "email-addresses", RT_JSON_ARRAY);
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
	ox_key_str(x, "id", id);
	ox_key_str(x, "title", title);
	rt_json_close(&x->j, RT_JSON_OBJECT);
}

static struct rt_error *
metadata(struct ox *x)
{
	struct rt_error *err = NULL;
	const char *uid = rt_store_uid(x->st);
	char title[160];
	size_t i;

	ox_key_open(x, "metadata", RT_JSON_OBJECT);
	snprintf(title, sizeof(title), "Plan of Action and Milestones: "
	    "recommendations of register %s%s%s", uid,
	    x->o->as_of ? " as of " : "", x->o->as_of ? x->o->as_of : "");
	ox_key_str(x, "title", title);
	ox_key_str(x, "last-modified", x->o->now);
	ox_key_str(x, "version", "1");
	ox_key_str(x, "oscal-version", RT_OSCAL_VERSION);
	ox_prop(x, "register", uid);
	ox_prop(x, "format-version", "1");
	ox_prop(x, "as-of", x->o->as_of);
	ox_props_end(x);
	ox_key_open(x, "roles", RT_JSON_ARRAY);
	role(x, "issuer", "Issuer of the report");
	role(x, "agency", "Responsible agency");
	role(x, "official", "Action official");
	role(x, "recorder", "Recorded the event");
	rt_json_close(&x->j, RT_JSON_ARRAY);
	ox_key_open(x, "parties", RT_JSON_ARRAY);
	if ((err = rt_store_issuer_list(x->st, issuer_party, x)) == NULL &&
	    (err = rt_store_agency_list(x->st, agency_party, x)) == NULL)
		err = rt_store_official_list(x->st, official_party, x);
	for (i = 0; err == NULL && i < x->actors.n; i++) {
		party_begin(x, "actor", "person", x->actors.v[i],
		    x->actors.v[i]);
		ox_props_end(x);
		rt_json_close(&x->j, RT_JSON_OBJECT);
	}
	rt_json_close(&x->j, RT_JSON_ARRAY);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return err;
}

/* ---- observations -------------------------------------------------------- */

int
ox_observation(const struct rt_report *r, void *arg)
{
	struct ox *x = arg;
	char when[21];
	size_t i;

	if (!report_written(x, r->number))
		return 0;
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_uuid(x, "uuid", "report", r->number);
	ox_key_str(x, "title", r->title);
	ox_key_str(x, "description", r->summary ? r->summary : r->title);
	ox_prop(x, "report-number", r->number);
	ox_prop(x, "type", r->type);
	ox_prop_int(x, "fiscal-year", r->fiscal_year);
	ox_prop(x, "sensitivity", r->sensitivity);
	ox_prop(x, "issued", r->issued);
	ox_prop(x, "agency", r->agency);
	ox_prop(x, "issuer", r->issuer);
	for (i = 0; i < r->ntopics; i++)
		ox_prop(x, "topic", r->topics[i]);
	if (r->summary == NULL)
		ox_prop(x, "no-summary", "true");
	ox_props_end(x);
	if (r->url) {
		ox_key_open(x, "links", RT_JSON_ARRAY);
		rt_json_open(&x->j, RT_JSON_OBJECT);
		ox_key_str(x, "href", r->url);
		ox_key_str(x, "rel", "report");
		rt_json_close(&x->j, RT_JSON_OBJECT);
		rt_json_close(&x->j, RT_JSON_ARRAY);
	}
	ox_key_open(x, "methods", RT_JSON_ARRAY);
	rt_json_str(&x->j, "EXAMINE");
	rt_json_close(&x->j, RT_JSON_ARRAY);
	ox_key_open(x, "types", RT_JSON_ARRAY);
	rt_json_str(&x->j, "finding");
	rt_json_close(&x->j, RT_JSON_ARRAY);
	ox_origins(x, r->issuer);
	rt_oscal_date_time(r->issued, when);
	ox_key_str(x, "collected", when);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
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
    const struct rt_oscal_export_opts *o, FILE *fp)
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
	ox_key_open(&x, "plan-of-action-and-milestones", RT_JSON_OBJECT);
	ox_uuid_of(&x, "document", o->now, u);
	ox_key_str(&x, "uuid", u);
	if ((err = metadata(&x)) != NULL || (err = ox_body(&x)) != NULL ||
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
