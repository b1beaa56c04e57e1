/*
 * rectrack — what the store's backends do alike, below both of them:
 * the records' freeing and copying, the errors for what is not there,
 * the problems of a check, the errors of a search query and the
 * gathering of the rows as stored (backend.h).  Calls nothing above it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/chain.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/store.h"

/* ---- freeing ------------------------------------------------------------ */

void
rt_issuer_free(struct rt_issuer *i)
{
	free(i->code);
	free(i->name);
	free(i->kind);
	memset(i, 0, sizeof(*i));
}

void
rt_agency_free(struct rt_agency *a)
{
	free(a->code);
	free(a->name);
	free(a->parent);
	free(a->path);
	memset(a, 0, sizeof(*a));
}

void
rt_official_free(struct rt_official *o)
{
	free(o->code);
	free(o->name);
	free(o->email);
	free(o->agency);
	free(o->title);
	free(o->reports_to);
	memset(o, 0, sizeof(*o));
}

void
rt_report_free(struct rt_report *r)
{
	size_t i;

	free(r->number);
	free(r->title);
	free(r->issuer);
	free(r->type);
	free(r->agency);
	free(r->url);
	free(r->summary);
	free(r->sensitivity);
	for (i = 0; i < r->ntopics; i++)
		free(r->topics[i]);
	free(r->topics);
	memset(r, 0, sizeof(*r));
}

void
rt_rec_init(struct rt_rec *rec)
{
	int i;

	memset(rec, 0, sizeof(*rec));
	rec->concurrence = RT_CONC_PENDING;
	rec->status = RT_OPEN_PENDING;
	for (i = 0; i < RT_MONEY_COUNT; i++)
		rec->money[i] = RT_MONEY_NONE;
}

int
rt_rec_dup(const struct rt_rec *rec, struct rt_rec *out)
{
	*out = *rec;
	out->report = rt_strdup(rec->report);
	out->number = rt_strdup(rec->number);
	out->text = rt_strdup(rec->text);
	out->agency = rt_strdup(rec->agency);
	out->official = rt_strdup(rec->official);
	out->corrective_action = rt_strdup(rec->corrective_action);
	out->issuer = rt_strdup(rec->issuer);
	out->agency_path = rt_strdup(rec->agency_path);
	return (rec->text && !out->text) || (rec->report && !out->report) ||
	    (rec->number && !out->number) || (rec->agency && !out->agency) ||
	    (rec->official && !out->official) ||
	    (rec->corrective_action && !out->corrective_action) ||
	    (rec->issuer && !out->issuer) ||
	    (rec->agency_path && !out->agency_path) ? -1 : 0;
}

void
rt_rec_free(struct rt_rec *rec)
{
	free(rec->report);
	free(rec->number);
	free(rec->text);
	free(rec->agency);
	free(rec->official);
	free(rec->corrective_action);
	free(rec->issuer);
	free(rec->agency_path);
	rt_rec_init(rec);
}

void
rt_event_free(struct rt_event *ev)
{
	free(ev->actor);
	free(ev->kind);
	free(ev->field);
	free(ev->old);
	free(ev->new);
	free(ev->note);
	free(ev->subject);
	free(ev->code);
	memset(ev, 0, sizeof(*ev));
}

void
rt_change_set_free(struct rt_change_set *ch)
{
	free(ch->actor);
	free(ch->command);
	free(ch->first);
	memset(ch, 0, sizeof(*ch));
}

int
store_event_hash(const char *prev, const char *subject,
    const struct rt_event *ev, const char *voids_hash)
{
#define OR_NULL(s) ((s) && *(s) ? (s) : NULL)
	/* "" is stored as NULL (absent) by both backends */
	struct rt_chain_fields f = { OR_NULL(subject), OR_NULL(ev->at),
	    OR_NULL(ev->effective), OR_NULL(ev->actor), OR_NULL(ev->kind),
	    OR_NULL(ev->field), OR_NULL(ev->old), OR_NULL(ev->new),
	    OR_NULL(ev->note), OR_NULL(voids_hash) };
#undef OR_NULL

	return rt_chain_hash(prev, &f, ((struct rt_event *)ev)->hash);
}

/* ---- shared by the backends ------------------------------------------- */

int
store_issuer_copy(const struct rt_issuer *is, void *arg)
{
	struct rt_issuer *out = arg;

	out->code = rt_strdup(is->code);
	out->name = rt_strdup(is->name);
	out->kind = rt_strdup(is->kind);
	return 1;
}

int
store_official_copy(const struct rt_official *o, void *arg)
{
	struct rt_official *out = arg;

	out->code = rt_strdup(o->code);
	out->name = rt_strdup(o->name);
	out->email = rt_strdup(o->email);
	out->agency = rt_strdup(o->agency);
	out->title = rt_strdup(o->title);
	out->reports_to = rt_strdup(o->reports_to);
	out->nopen = o->nopen;
	return 1;
}

int
store_agency_copy(const struct rt_agency *ag, void *arg)
{
	struct rt_agency *out = arg;

	out->code = rt_strdup(ag->code);
	out->name = rt_strdup(ag->name);
	out->parent = rt_strdup(ag->parent);
	out->path = rt_strdup(ag->path);
	out->depth = ag->depth;
	return 1;
}

int
store_report_copy(const struct rt_report *r, void *arg)
{
	struct rt_report *out = arg;
	size_t i;

	*out = *r;
	out->number = rt_strdup(r->number);
	out->title = rt_strdup(r->title);
	out->issuer = rt_strdup(r->issuer);
	out->type = rt_strdup(r->type);
	out->agency = rt_strdup(r->agency);
	out->url = rt_strdup(r->url);
	out->summary = rt_strdup(r->summary);
	out->sensitivity = rt_strdup(r->sensitivity);
	out->topics = calloc(r->ntopics ? r->ntopics : 1, sizeof(char *));
	out->ntopics = 0;
	for (i = 0; out->topics && i < r->ntopics; i++)
		out->topics[out->ntopics++] = rt_strdup(r->topics[i]);
	return 1;
}

int
rt_report_dup(const struct rt_report *r, struct rt_report *out)
{
	size_t i;

	store_report_copy(r, out);
	if (out->number == NULL || (r->title && out->title == NULL) ||
	    out->topics == NULL ||
	    out->ntopics != r->ntopics ||
	    (r->issuer && out->issuer == NULL) ||
	    (r->type && out->type == NULL) ||
	    (r->agency && out->agency == NULL) ||
	    (r->url && out->url == NULL) ||
	    (r->summary && out->summary == NULL) ||
	    (r->sensitivity && out->sensitivity == NULL))
		return -1;
	for (i = 0; i < out->ntopics; i++)
		if (out->topics[i] == NULL)
			return -1;
	return 0;
}

int
store_rec_copy(const struct rt_rec *rec, void *arg)
{
	rt_rec_dup(rec, arg);
	return 1;
}

int
store_split_topics(const char *s, char ***topics, size_t *n)
{
	const char *p;
	size_t i, count = 1;

	*topics = NULL;
	*n = 0;
	if (s == NULL || *s == '\0')
		return 0;
	for (p = s; *p; p++)
		count += *p == '\037';
	if ((*topics = calloc(count, sizeof(**topics))) == NULL)
		return -1;
	for (i = 0; i < count; i++) {
		size_t len = strcspn(s, "\037");

		if (((*topics)[i] = malloc(len + 1)) == NULL)
			return -1;
		memcpy((*topics)[i], s, len);
		(*topics)[i][len] = '\0';
		(*n)++;
		s += len + 1;
	}
	return 0;
}

/* ---- listings by key ---------------------------------------------------- */

#define COL(kind, type, member) { kind, offsetof(type, member) }

static const struct store_col issuer_cols[] = {
	COL(STORE_COL_STR, struct rt_issuer, code),
	COL(STORE_COL_STR, struct rt_issuer, name),
	COL(STORE_COL_STR, struct rt_issuer, kind),
};

static const struct store_col agency_cols[] = {
	COL(STORE_COL_STR, struct rt_agency, code),
	COL(STORE_COL_STR, struct rt_agency, name),
	COL(STORE_COL_STR, struct rt_agency, parent),
	COL(STORE_COL_STR, struct rt_agency, path),
	COL(STORE_COL_INT, struct rt_agency, depth),
};

static const struct store_col official_cols[] = {
	COL(STORE_COL_STR, struct rt_official, code),
	COL(STORE_COL_STR, struct rt_official, name),
	COL(STORE_COL_STR, struct rt_official, email),
	COL(STORE_COL_STR, struct rt_official, agency),
	COL(STORE_COL_STR, struct rt_official, title),
	COL(STORE_COL_STR, struct rt_official, reports_to),
	COL(STORE_COL_INT, struct rt_official, nopen),
};

static const struct store_col report_cols[] = {
	COL(STORE_COL_STR, struct rt_report, number),
	COL(STORE_COL_STR, struct rt_report, title),
	COL(STORE_COL_STR, struct rt_report, issuer),
	COL(STORE_COL_STR, struct rt_report, type),
	COL(STORE_COL_DATE, struct rt_report, issued),
	COL(STORE_COL_INT, struct rt_report, fiscal_year),
	COL(STORE_COL_STR, struct rt_report, agency),
	COL(STORE_COL_STR, struct rt_report, url),
	COL(STORE_COL_STR, struct rt_report, summary),
	COL(STORE_COL_STR, struct rt_report, sensitivity),
	COL(STORE_COL_INT, struct rt_report, nrecs),
	COL(STORE_COL_INT, struct rt_report, nopen),
	COL(STORE_COL_TOPICS, struct rt_report, topics),
};

static int
call_issuer(void (*cb)(void), const union store_row *rec, void *arg)
{
	return ((int (*)(const struct rt_issuer *, void *))cb)(&rec->issuer,
	    arg);
}

static int
call_agency(void (*cb)(void), const union store_row *rec, void *arg)
{
	return ((int (*)(const struct rt_agency *, void *))cb)(&rec->agency,
	    arg);
}

static int
call_official(void (*cb)(void), const union store_row *rec, void *arg)
{
	return ((int (*)(const struct rt_official *, void *))cb)(
	    &rec->official, arg);
}

static int
call_report(void (*cb)(void), const union store_row *rec, void *arg)
{
	return ((int (*)(const struct rt_report *, void *))cb)(&rec->report,
	    arg);
}

static void
free_issuer(union store_row *rec)
{
	rt_issuer_free(&rec->issuer);
}

static void
free_agency(union store_row *rec)
{
	rt_agency_free(&rec->agency);
}

static void
free_official(union store_row *rec)
{
	rt_official_free(&rec->official);
}

static void
free_report(union store_row *rec)
{
	rt_report_free(&rec->report);
}

#define NCOLS(a) (sizeof(a) / sizeof((a)[0]))

const struct store_kind store_issuer_kind = { issuer_cols,
    NCOLS(issuer_cols), call_issuer, free_issuer, "cannot read issuers" };
const struct store_kind store_agency_kind = { agency_cols,
    NCOLS(agency_cols), call_agency, free_agency, "cannot read agencies" };
const struct store_kind store_official_kind = { official_cols,
    NCOLS(official_cols), call_official, free_official,
    "cannot read officials" };
const struct store_kind store_report_kind = { report_cols,
    NCOLS(report_cols), call_report, free_report, "cannot read reports" };

int
store_col_read(const struct store_col *c, union store_row *rec,
    const char *text)
{
	char *at = (char *)rec + c->off;
	char **s = (char **)(void *)at;

	switch (c->kind) {
	case STORE_COL_STR:
		if (text != NULL && (*s = rt_strdup(text)) == NULL)
			return -1;
		return 0;
	case STORE_COL_INT:
		*(int *)(void *)at = text ? (int)strtol(text, NULL, 10) : 0;
		return 0;
	case STORE_COL_DATE:
		snprintf(at, RT_DATE_SIZE, "%s", text ? text : "");
		return 0;
	case STORE_COL_TOPICS:
		return store_split_topics(text, &rec->report.topics,
		    &rec->report.ntopics);
	}
	return 0;
}

int
store_problem(int (*cb)(const struct rt_problem *, void *), void *arg,
    const char *check, const char *subject, const char *message)
{
	struct rt_problem p = { check, subject, message };

	return cb(&p, arg);
}

struct rt_error *
store_no_issuer(const char *code)
{
	return rt_error_new(RT_ENOTFOUND, "%s: no such issuer (add it with "
	    "'rectrack issuer add')", code);
}

struct rt_error *
store_no_agency(const char *code)
{
	return rt_error_new(RT_ENOTFOUND, "%s: no such agency (add it with "
	    "'rectrack agency add')", code);
}

struct rt_error *
store_no_official(const char *code)
{
	return rt_error_new(RT_ENOTFOUND, "%s: no such official (add it with "
	    "'rectrack official add')", code);
}

struct rt_error *
store_no_parent(const char *code)
{
	return rt_error_new(RT_ENOTFOUND, "%s: no such parent agency (add it "
	    "first)", code);
}

struct rt_error *
store_no_report(const char *number)
{
	return rt_error_new(RT_ENOTFOUND, "%s: no such report", number);
}

struct rt_error *
store_no_rec(const char *report, const char *number)
{
	return rt_error_new(RT_ENOTFOUND, "%s#%s: no such recommendation "
	    "(report %s has no recommendation %s)", report, number, report,
	    number);
}

struct rt_error *
store_exists(const char *kind, const char *code)
{
	return rt_error_new(RT_EEXIST, "%s %s already exists", kind, code);
}

struct rt_error *
store_rec_exists(const char *report, const char *number)
{
	return rt_error_new(RT_EEXIST, "%s#%s already exists", report, number);
}

struct rt_error *
store_agency_cycle(const struct rt_agency *ag)
{
	return rt_error_new(RT_EINVAL, "%s: cannot be placed under %s, which "
	    "is itself or below it", ag->code, ag->parent);
}

void
store_group_start(struct store_group *g)
{
	struct rt_stored_rec *r = &g->rec;

	r->report = g->s[0];
	r->report_issued = g->s[1];
	r->number = g->s[2];
	r->text = g->s[3];
	r->agency = g->s[4];
	r->official = g->s[5];
	r->corrective_action = g->s[6];
	r->concurrence = g->s[7];
	r->status = g->s[8];
	r->target_date = g->s[9];
	r->original_target_date = g->s[10];
	r->resolved_date = g->s[11];
	r->closed_date = g->s[12];
	g->have = 1;
}

struct rt_stored_event *
store_group_event(struct store_group *g)
{
	struct rt_stored_event *ev;

	if (g->n == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 16;
		struct rt_stored_event *p = realloc(g->ev, cap * sizeof(*p));

		if (p == NULL)
			return NULL;
		g->ev = p;
		g->cap = cap;
	}
	ev = &g->ev[g->n++];
	memset(ev, 0, sizeof(*ev));
	return ev;
}

static void
group_clear(struct store_group *g)
{
	struct rt_stored_event *ev;
	size_t i;

	for (i = 0; i < STORE_GROUP_STRINGS; i++) {
		free(g->s[i]);
		g->s[i] = NULL;
	}
	for (i = 0; i < g->n; i++) {
		ev = &g->ev[i];
		free((char *)ev->at);
		free((char *)ev->effective);
		free((char *)ev->actor);
		free((char *)ev->kind);
		free((char *)ev->field);
		free((char *)ev->old);
		free((char *)ev->new);
		free((char *)ev->note);
	}
	g->n = 0;
	g->have = 0;
}

int
store_group_flush(struct store_group *g)
{
	int stop;

	g->rec.events = g->ev;
	g->rec.nevents = g->n;
	stop = g->cb(&g->rec, g->arg);
	group_clear(g);
	return stop;
}

void
store_group_free(struct store_group *g)
{
	group_clear(g);
	free(g->ev);
	g->ev = NULL;
	g->cap = 0;
}
