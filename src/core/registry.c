/*
 * rectrack — changing reports, agencies and issuers, with their history
 * (registry.h).
 */
#include "core/registry.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/event.h"
#include "core/formers.h"
#include "core/official.h"
#include "core/rec.h"
#include "core/text.h"
#include "store/store.h"

/* The offending recommendations a refused issue date names. */
#define NAMED_MAX 5


const char *
rt_report_settable(void)
{
	return "title, issued, agency, issuer, type, sensitivity, topics, "
	    "summary, url";
}

const char *
rt_agency_settable(void)
{
	return "name, parent";
}

const char *
rt_issuer_settable(void)
{
	return "name, kind";
}

static int
push_event(const struct rt_event *ev, void *arg)
{
	rt_events_push(arg, ev);
	return 0;
}

/* Each field once, and one of settable (a comma separated list). */
static struct rt_error *
check_fields(const char *what, const struct rt_change *changes, size_t n,
    const char *settable)
{
	size_t i, j, len;
	const char *p;

	for (i = 0; i < n; i++) {
		len = strlen(changes[i].field);
		for (p = settable; (p = strstr(p, changes[i].field)) != NULL;
		    p += len)
			if ((p == settable || p[-1] == ' ') &&
			    (p[len] == ',' || p[len] == '\0'))
				break;
		if (len == 0 || p == NULL)
			return rt_error_new(RT_EINVAL, "%s: not a field of %s "
			    "one can set (expected one of %s)",
			    changes[i].field, what, settable);
		for (j = 0; j < i; j++)
			if (strcmp(changes[i].field, changes[j].field) == 0)
				return rt_error_new(RT_EINVAL, "%s: given twice",
				    changes[i].field);
	}
	return NULL;
}

/*
 * Start an edit of kind `code`: the effective date (not before `floor`
 * when given) and the events so far, marked at the store's horizon.
 */
struct rt_error *
rt_edit_start(struct rt_edit *e, struct rt_store *st, enum rt_subject kind,
    const char *code, const struct rt_actor *who, const char *floor,
    struct rt_events *done)
{
	const char *given = who->effective;
	char today[RT_DATE_SIZE];
	struct rt_error *err;

	memset(e, 0, sizeof(*e));
	e->st = st;
	e->kind = kind;
	e->code = code;
	e->who = who;
	e->done = done;
	rt_clock_today(today);
	if (given == NULL || *given == '\0')
		given = today;
	else if (!rt_date_valid(given))
		return rt_error_new(RT_EINVAL, "%s %s: effective date \"%s\" "
		    "is not a date (expected YYYY-MM-DD, a day that exists)",
		    rt_subject_name(kind), code, given);
	if (strcmp(given, today) > 0)
		return rt_error_new(RT_EINVAL, "%s %s: effective date %s is "
		    "after today (%s)", rt_subject_name(kind), code, given,
		    today);
	if (floor != NULL && strcmp(given, floor) < 0)
		return rt_error_new(RT_EINVAL, "%s %s: effective date %s is "
		    "before the report was issued (%s)", rt_subject_name(kind),
		    code, given, floor);
	snprintf(e->effective, sizeof(e->effective), "%s", given);
	if ((err = rt_store_subject_event_list(st, kind, code, push_event,
	    &e->hist)) != NULL)
		return err;
	if (e->hist.nomem || rt_events_mark(e->hist.ev, e->hist.n,
	    rt_store_known(st)))
		return rt_error_new(RT_ENOMEM, "out of memory");
	return NULL;
}

/* Write one event of kind about e's subject (recorded now). */
struct rt_error *
rt_edit_event(struct rt_edit *e, const char *kind, const char *field,
    const char *old, const char *new)
{
	struct rt_error *err;
	struct rt_event ev;

	/* what the command was given (the old value is the stored one) */
	if ((err = rt_text_check("actor", e->who->actor)) != NULL ||
	    (err = rt_text_check(field ? field : kind, new)) != NULL ||
	    (err = rt_text_check("note", e->who->note)) != NULL)
		return err;
	memset(&ev, 0, sizeof(ev));
	rt_clock_now(ev.at);
	memcpy(ev.effective, e->effective, sizeof(ev.effective));
	/* the store copies these; the casts drop const only */
	ev.actor = (char *)e->who->actor;
	ev.kind = (char *)kind;
	ev.field = (char *)field;
	ev.old = (char *)(old && *old ? old : NULL);
	ev.new = (char *)(new && *new ? new : NULL);
	ev.note = (char *)(e->who->note && *e->who->note ? e->who->note :
	    NULL);
	if ((err = rt_store_subject_event_add(e->st, e->kind, e->code, &ev)))
		return err;
	if (rt_events_push(e->done, &ev))
		return rt_error_new(RT_ENOMEM, "out of memory");
	return NULL;
}

/* A field changed from old to new ("" and NULL alike: none): checked
 * against the order of its history, then written.  Nothing when equal. */
struct rt_error *
rt_edit_field(struct rt_edit *e, const char *field, const char *old,
    const char *new)
{
	const char *last;

	if (strcmp(old ? old : "", new ? new : "") == 0)
		return NULL;
	last = rt_events_latest(&e->hist, "field", field);
	if (last != NULL && strcmp(e->effective, last) < 0)
		return rt_error_new(RT_EREFUSED, "%s %s: %s was changed "
		    "effective %s; a change effective %s would come before it",
		    rt_subject_name(e->kind), e->code, field, last,
		    e->effective);
	return rt_edit_event(e, "field", field, old, new);
}

void
rt_edit_free(struct rt_edit *e)
{
	rt_events_free(&e->hist);
}

/* *dst = a copy of s (NULL for "" when empty_null). */
static struct rt_error *
set_str(char **dst, const char *s, int empty_null)
{
	char *copy = NULL;

	if (!(empty_null && *s == '\0') && (copy = rt_strdup(s)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	free(*dst);
	*dst = copy;
	return NULL;
}

/* ---- reports ------------------------------------------------------------ */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Empty b, keeping its room. */
static void
buf_reset(struct rt_buf *b)
{
	if (b->s != NULL) {
		b->len = 0;
		b->s[0] = '\0';
	}
	rt_buf_puts(b, "");
}

/* The topics joined by ", " into b ("" when none). */
static void
join_topics(struct rt_buf *b, char **topics, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		rt_buf_printf(b, "%s%s", i ? ", " : "", topics[i]);
}

/* Split "a, b,c" into r's topics (trimmed, sorted, each once). */
static struct rt_error *
split_topics(struct rt_report *r, const char *value)
{
	char *copy, *tok, *save = NULL, *end, **t;
	size_t n = 0, i;

	if ((copy = rt_strdup(value)) == NULL ||
	    (t = calloc(strlen(value) / 2 + 2, sizeof(*t))) == NULL) {
		free(copy);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		while (*tok == ' ' || *tok == '\t')
			tok++;
		end = tok + strlen(tok);
		while (end > tok && (end[-1] == ' ' || end[-1] == '\t'))
			*--end = '\0';
		for (i = 0; i < n && strcmp(t[i], tok) != 0; i++)
			continue;
		if (*tok != '\0' && i == n && (t[n++] = rt_strdup(tok)) == NULL)
			break;
	}
	free(copy);
	for (i = 0; i < r->ntopics; i++)
		free(r->topics[i]);
	free(r->topics);
	r->topics = t;
	r->ntopics = n;
	if (n && t[n - 1] == NULL) {
		r->ntopics = n - 1;
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	qsort(t, n, sizeof(*t), cmp_str);
	return NULL;
}

struct late {
	const char *issued;	/* the new issue date */
	struct rt_buf names;	/* the first NAMED_MAX offenders */
	size_t n;
	struct rt_error *err;
	struct rt_store *st;
};

/* A recommendation with an event or a target date before l->issued. */
static int
late_rec(const struct rt_rec *rec, void *arg)
{
	struct late *l = arg;
	struct rt_events e;
	const char *first = NULL;
	size_t i;

	if ((l->err = rt_events_load(l->st, rec->id, &e)) != NULL)
		return 1;
	for (i = 0; i < e.n; i++)
		if (first == NULL || strcmp(e.ev[i].effective, first) < 0)
			first = e.ev[i].effective;
	if (rec->target_date[0] && (first == NULL ||
	    strcmp(rec->target_date, first) < 0))
		first = rec->target_date;
	if (rec->original_target_date[0] && (first == NULL ||
	    strcmp(rec->original_target_date, first) < 0))
		first = rec->original_target_date;
	if (first != NULL && strcmp(first, l->issued) < 0 &&
	    l->n++ < NAMED_MAX)
		rt_buf_printf(&l->names, "%s%s#%s (%s)", l->n > 1 ? ", " : "",
		    rec->report, rec->number, first);
	rt_events_free(&e);
	return 0;
}

/* Refuse an issue date after any date of the report's recommendations. */
static struct rt_error *
check_issued(struct rt_store *st, const char *number, const char *issued)
{
	struct rt_filter f;
	struct late l;
	struct rt_error *err;

	memset(&f, 0, sizeof(f));
	memset(&l, 0, sizeof(l));
	f.report = number;
	l.issued = issued;
	l.st = st;
	err = rt_store_rec_list_lean(st, &f, late_rec, &l);
	if (err == NULL)
		err = l.err;
	else
		rt_error_free(l.err);
	if (err == NULL && l.n > 0) {
		if (l.n > NAMED_MAX)
			rt_buf_printf(&l.names, " and %zu more",
			    l.n - NAMED_MAX);
		err = rt_error_new(RT_EREFUSED, "report %s: issue date %s is "
		    "after dates of its recommendations, which would come "
		    "before the report: %s", number, issued,
		    l.names.s ? l.names.s : "");
	}
	rt_buf_free(&l.names);
	return err;
}

/* The new issue date in r (with its fiscal year), checked. */
static struct rt_error *
report_issued(struct rt_store *st, struct rt_report *r, const char *value,
    int fy_start_month)
{
	char today[RT_DATE_SIZE];
	struct rt_error *err;
	int fy;

	if (!rt_date_valid(value))
		return rt_error_new(RT_EINVAL, "issued: \"%s\" is not a date "
		    "(expected YYYY-MM-DD, a day that exists)", value);
	rt_clock_today(today);
	if (strcmp(value, today) > 0)
		return rt_error_new(RT_EINVAL, "issued: %s is after today "
		    "(%s)", value, today);
	fy = rt_date_fiscal_year(value, fy_start_month);
	if (fy < RT_FY_MIN || fy > RT_FY_MAX)
		return rt_error_new(RT_EINVAL, "issued: %s falls in fiscal "
		    "year %d (fiscal years run from %d to %d; check the date)",
		    value, fy, RT_FY_MIN, RT_FY_MAX);
	if (strcmp(value, r->issued) > 0 &&
	    (err = check_issued(st, r->number, value)) != NULL)
		return err;
	snprintf(r->issued, sizeof(r->issued), "%s", value);
	r->fiscal_year = fy;
	return NULL;
}

/* The one report field c changes, applied to r; old value into old. */
static struct rt_error *
report_field(struct rt_store *st, struct rt_report *r,
    const struct rt_change *c, int fy_start_month, struct rt_buf *old)
{
	const char *f = c->field, *v = c->value;
	struct rt_issuer is;
	struct rt_agency ag;
	struct rt_error *err;

	buf_reset(old);
	if (strcmp(f, "title") == 0) {
		rt_buf_puts(old, r->title);
		if (rt_blank(v))
			return rt_error_new(RT_EINVAL, "title: the report title "
			    "may not be empty");
		return set_str(&r->title, v, 0);
	}
	if (strcmp(f, "issued") == 0) {
		rt_buf_puts(old, r->issued);
		return report_issued(st, r, v, fy_start_month);
	}
	if (strcmp(f, "agency") == 0) {
		rt_buf_puts(old, r->agency);
		if ((err = rt_store_agency_get(st, v, &ag)) != NULL)
			return err;
		rt_agency_free(&ag);
		return set_str(&r->agency, v, 0);
	}
	if (strcmp(f, "issuer") == 0) {
		rt_buf_puts(old, r->issuer);
		if ((err = rt_store_issuer_get(st, v, &is)) != NULL)
			return err;
		rt_issuer_free(&is);
		return set_str(&r->issuer, v, 0);
	}
	if (strcmp(f, "type") == 0) {
		rt_buf_puts(old, r->type);
		if (!rt_report_type_valid(v))
			return rt_error_new(RT_EINVAL, "type: unknown value "
			    "\"%s\" (expected one of %s)", v,
			    rt_report_type_names());
		return set_str(&r->type, v, 0);
	}
	if (strcmp(f, "sensitivity") == 0) {
		rt_buf_puts(old, r->sensitivity);
		if (!rt_sensitivity_valid(v))
			return rt_error_new(RT_EINVAL, "sensitivity: unknown "
			    "value \"%s\" (expected one of %s)", v,
			    rt_sensitivity_names());
		return set_str(&r->sensitivity, v, 0);
	}
	if (strcmp(f, "topics") == 0) {
		join_topics(old, r->topics, r->ntopics);
		return split_topics(r, v);
	}
	if (strcmp(f, "summary") == 0) {
		rt_buf_puts(old, r->summary ? r->summary : "");
		return set_str(&r->summary, v, 1);
	}
	rt_buf_puts(old, r->url ? r->url : "");
	return set_str(&r->url, v, 1);
}

/* The value of field f of r, as its events record it, into b. */
static void
report_value(const struct rt_report *r, const char *f, struct rt_buf *b)
{
	const char *s = NULL;

	buf_reset(b);
	if (strcmp(f, "topics") == 0) {
		join_topics(b, r->topics, r->ntopics);
		return;
	}
	if (strcmp(f, "title") == 0)
		s = r->title;
	else if (strcmp(f, "issued") == 0)
		s = r->issued;
	else if (strcmp(f, "agency") == 0)
		s = r->agency;
	else if (strcmp(f, "issuer") == 0)
		s = r->issuer;
	else if (strcmp(f, "type") == 0)
		s = r->type;
	else if (strcmp(f, "sensitivity") == 0)
		s = r->sensitivity;
	else if (strcmp(f, "summary") == 0)
		s = r->summary;
	else
		s = r->url;
	rt_buf_puts(b, s ? s : "");
}

struct rt_error *
rt_report_set(struct rt_store *st, const char *number,
    const struct rt_change *changes, size_t n, int fy_start_month,
    const struct rt_actor *who, struct rt_events *done)
{
	struct rt_buf old = { 0 }, new = { 0 };
	struct rt_report r;
	struct rt_error *err;
	struct rt_edit e;
	char fyold[16], fynew[16];
	int fy;
	size_t i;

	memset(done, 0, sizeof(*done));
	memset(&r, 0, sizeof(r));
	memset(&e, 0, sizeof(e));
	if ((err = check_fields("a report", changes, n,
	    rt_report_settable())) ||
	    (err = rt_store_report_get(st, number, &r)) ||
	    (err = rt_edit_start(&e, st, RT_SUBJECT_REPORT, number, who,
	    r.issued, done)))
		goto done;
	fy = r.fiscal_year;
	for (i = 0; i < n; i++) {
		if ((err = report_field(st, &r, &changes[i], fy_start_month,
		    &old)))
			goto done;
		report_value(&r, changes[i].field, &new);
		if ((err = rt_edit_field(&e, changes[i].field, old.s, new.s)))
			goto done;
	}
	if (fy != r.fiscal_year) {
		snprintf(fyold, sizeof(fyold), "%d", fy);
		snprintf(fynew, sizeof(fynew), "%d", r.fiscal_year);
		if ((err = rt_edit_field(&e, "fiscal_year", fyold, fynew)))
			goto done;
	}
	if (done->nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (done->n > 0)
		err = rt_store_report_update(st, &r);
done:
	rt_edit_free(&e);
	rt_report_free(&r);
	rt_buf_free(&old);
	rt_buf_free(&new);
	return err;
}

/* ---- agencies and issuers --------------------------------------------- */

/* "CODE": not an agency or issuer code, or NULL. */
static struct rt_error *
code_check(enum rt_subject kind, const char *code)
{
	int slash = kind != RT_SUBJECT_ISSUER;
	char what[32];

	if (code == NULL || rt_blank(code) ||
	    (slash && strchr(code, '/') != NULL))
		return rt_error_new(RT_EINVAL, "\"%s\": not an %s code (not "
		    "empty%s)", code ? code : "", rt_subject_name(kind),
		    slash ? ", no '/'" : "");
	snprintf(what, sizeof(what), "an %s code", rt_subject_name(kind));
	return rt_code_check("code", what, code);
}

struct rt_error *
rt_agency_valid(const struct rt_agency *ag)
{
	struct rt_error *err;

	if ((err = code_check(RT_SUBJECT_AGENCY, ag->code)) == NULL)
		err = rt_name_check("agency", ag->name);
	return err;
}

struct rt_error *
rt_issuer_valid(const struct rt_issuer *is)
{
	struct rt_error *err;

	if ((err = code_check(RT_SUBJECT_ISSUER, is->code)) == NULL)
		err = rt_name_check("issuer", is->name);
	return err;
}

struct rt_error *
rt_report_valid(const struct rt_report *r)
{
	struct rt_error *err;
	size_t i;

	if ((err = rt_code_check("number", "a report number", r->number)) ||
	    (err = rt_text_check("title", r->title)) ||
	    (err = rt_text_check("url", r->url)) ||
	    (err = rt_text_check("summary", r->summary)))
		return err;
	for (i = 0; i < r->ntopics; i++)
		if ((err = rt_text_check("topic", r->topics[i])))
			return err;
	return NULL;
}

struct rt_error *
rt_agency_set(struct rt_store *st, const char *code,
    const struct rt_change *changes, size_t n, const struct rt_actor *who,
    struct rt_events *done)
{
	struct rt_agency ag, parent;
	struct rt_error *err;
	struct rt_edit e;
	char *old = NULL;
	size_t i;

	memset(done, 0, sizeof(*done));
	memset(&ag, 0, sizeof(ag));
	memset(&e, 0, sizeof(e));
	if ((err = check_fields("an agency", changes, n,
	    rt_agency_settable())) ||
	    (err = rt_store_agency_get(st, code, &ag)) ||
	    (err = rt_edit_start(&e, st, RT_SUBJECT_AGENCY, code, who, NULL,
	    done)))
		goto done;
	for (i = 0; i < n && err == NULL; i++) {
		const char *v = changes[i].value;

		free(old);
		old = NULL;
		if (strcmp(changes[i].field, "name") == 0) {
			if (rt_blank(v)) {
				err = rt_error_new(RT_EINVAL, "name: the agency "
				    "name may not be empty");
				break;
			}
			if ((err = rt_name_check("agency", v)) != NULL)
				break;
			old = ag.name;
			ag.name = NULL;
			if ((err = set_str(&ag.name, v, 0)) == NULL)
				err = rt_edit_field(&e, "name", old, v);
			continue;
		}
		if (*v != '\0') {
			if ((err = rt_store_agency_get(st, v, &parent)))
				break;
			rt_agency_free(&parent);
		}
		old = ag.parent;
		ag.parent = NULL;
		if ((err = set_str(&ag.parent, v, 1)) == NULL)
			err = rt_edit_field(&e, "parent", old, v);
	}
	if (err == NULL && done->n > 0)
		err = rt_store_agency_update(st, &ag);
done:
	free(old);
	rt_edit_free(&e);
	rt_agency_free(&ag);
	return err;
}

struct rt_error *
rt_issuer_set(struct rt_store *st, const char *code,
    const struct rt_change *changes, size_t n, const struct rt_actor *who,
    struct rt_events *done)
{
	struct rt_issuer is;
	struct rt_error *err;
	struct rt_edit e;
	char **slot, *old = NULL;
	size_t i;

	memset(done, 0, sizeof(*done));
	memset(&is, 0, sizeof(is));
	memset(&e, 0, sizeof(e));
	if ((err = check_fields("an issuer", changes, n,
	    rt_issuer_settable())) ||
	    (err = rt_store_issuer_get(st, code, &is)) ||
	    (err = rt_edit_start(&e, st, RT_SUBJECT_ISSUER, code, who, NULL,
	    done)))
		goto done;
	for (i = 0; i < n && err == NULL; i++) {
		const char *f = changes[i].field, *v = changes[i].value;

		if (strcmp(f, "name") == 0 && rt_blank(v))
			err = rt_error_new(RT_EINVAL, "name: the issuer name "
			    "may not be empty");
		else if (strcmp(f, "name") == 0)
			err = rt_name_check("issuer", v);
		else if (strcmp(f, "kind") == 0 && !rt_issuer_kind_valid(v))
			err = rt_error_new(RT_EINVAL, "kind: unknown value "
			    "\"%s\" (expected one of %s)", v,
			    rt_issuer_kind_names());
		if (err)
			break;
		slot = strcmp(f, "name") == 0 ? &is.name : &is.kind;
		free(old);
		old = *slot;
		*slot = NULL;
		if ((err = set_str(slot, v, 0)) == NULL)
			err = rt_edit_field(&e, f, old, v);
	}
	if (err == NULL && done->n > 0)
		err = rt_store_issuer_update(st, &is);
done:
	free(old);
	rt_edit_free(&e);
	rt_issuer_free(&is);
	return err;
}

struct rt_error *
rt_subject_rename(struct rt_store *st, enum rt_subject kind,
    const char *old, const char *new, const struct rt_actor *who,
    struct rt_events *done)
{
	struct rt_agency ag;
	struct rt_issuer is;
	struct rt_official of;
	struct rt_error *err;
	struct rt_edit e;

	memset(done, 0, sizeof(*done));
	memset(&e, 0, sizeof(e));
	if (kind == RT_SUBJECT_REPORT)
		return rt_error_new(RT_EINVAL, "report %s: a report number "
		    "cannot be renamed", old);
	if (kind == RT_SUBJECT_OFFICIAL &&
	    (err = rt_official_code_check(new)) != NULL)
		return err;
	if ((err = code_check(kind, new)) != NULL)
		return err;
	if (strcmp(old, new) == 0)
		return rt_error_new(RT_EINVAL, "%s %s: the new code is the "
		    "same as the old one", rt_subject_name(kind), old);
	/* the old code must be there, the new one free */
	if (kind == RT_SUBJECT_AGENCY) {
		if ((err = rt_store_agency_get(st, old, &ag)) != NULL)
			return err;
		rt_agency_free(&ag);
		if ((err = rt_store_agency_get(st, new, &ag)) == NULL) {
			rt_agency_free(&ag);
			return rt_error_new(RT_EEXIST, "agency %s already "
			    "exists (rename onto a free code)", new);
		}
	} else if (kind == RT_SUBJECT_OFFICIAL) {
		if ((err = rt_store_official_get(st, old, &of)) != NULL)
			return err;
		rt_official_free(&of);
		if ((err = rt_store_official_get(st, new, &of)) == NULL) {
			rt_official_free(&of);
			return rt_error_new(RT_EEXIST, "official %s already "
			    "exists (rename onto a free code)", new);
		}
	} else {
		if ((err = rt_store_issuer_get(st, old, &is)) != NULL)
			return err;
		rt_issuer_free(&is);
		if ((err = rt_store_issuer_get(st, new, &is)) == NULL) {
			rt_issuer_free(&is);
			return rt_error_new(RT_EEXIST, "issuer %s already "
			    "exists (rename onto a free code)", new);
		}
	}
	if (err->code != RT_ENOTFOUND)
		return err;
	rt_error_free(err);
	if ((err = rt_formers_code_free(st, (int)kind, new, old)) == NULL &&
	    (err = rt_edit_start(&e, st, kind, old, who, NULL, done)) == NULL &&
	    (err = rt_edit_event(&e, "renamed", "code", old, new)) == NULL)
		err = rt_store_rename(st, kind, old, new);
	rt_edit_free(&e);
	return err;
}
