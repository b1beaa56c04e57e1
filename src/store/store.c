/*
 * rectrack — the store's front: rt_store_open() picks the backend from
 * the database name (a postgresql:// or postgres:// URI is a PostgreSQL
 * server, anything else a SQLite file) and every other rt_store_*
 * function hands the call to that backend.  The records' freeing and
 * copying functions, the same for both, are here too.
 */
#include "store/store.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"

struct rt_store {
	struct sq_store *sq;		/* one of the two is set */
	struct pg_store *pg;
};

int
rt_store_is_server(const char *name)
{
	return name != NULL && (strncmp(name, "postgresql://", 13) == 0 ||
	    strncmp(name, "postgres://", 11) == 0);
}

struct rt_error *
rt_store_open(const char *path, int flags, struct rt_store **out)
{
	struct rt_error *err;
	struct rt_store *st;

	*out = NULL;
	if ((st = calloc(1, sizeof(*st))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (rt_store_is_server(path))
		err = pg_open(path, flags, &st->pg);
	else
		err = sq_open(path, flags, &st->sq);
	if (err) {
		free(st);
		return err;
	}
	*out = st;
	return NULL;
}

void
rt_store_close(struct rt_store *st)
{
	if (st == NULL)
		return;
	if (st->pg)
		pg_close(st->pg);
	else
		sq_close(st->sq);
	free(st);
}

const char *
rt_store_user(struct rt_store *st)
{
	return st->pg ? pg_user(st->pg) : NULL;
}

const char *
rt_store_name(struct rt_store *st)
{
	return st->pg ? pg_name(st->pg) : sq_name(st->sq);
}

void
rt_store_versions(struct rt_store *st, int *found, int *current)
{
	if (st->pg)
		pg_versions(st->pg, found, current);
	else
		sq_versions(st->sq, found, current);
}

struct rt_error *
rt_store_begin(struct rt_store *st)
{
	if (st->pg)
		return pg_begin(st->pg);
	return sq_begin(st->sq);
}

struct rt_error *
rt_store_commit(struct rt_store *st)
{
	if (st->pg)
		return pg_commit(st->pg);
	return sq_commit(st->sq);
}

void
rt_store_rollback(struct rt_store *st)
{
	if (st->pg)
		pg_rollback(st->pg);
	else
		sq_rollback(st->sq);
}

struct rt_error *
rt_store_issuer_add(struct rt_store *st, const struct rt_issuer *is)
{
	if (st->pg)
		return pg_issuer_add(st->pg, is);
	return sq_issuer_add(st->sq, is);
}

struct rt_error *
rt_store_issuer_get(struct rt_store *st, const char *code, struct rt_issuer *out)
{
	if (st->pg)
		return pg_issuer_get(st->pg, code, out);
	return sq_issuer_get(st->sq, code, out);
}

struct rt_error *
rt_store_issuer_list(struct rt_store *st, int (*cb)(const struct rt_issuer *, void *), void *arg)
{
	if (st->pg)
		return pg_issuer_list(st->pg, cb, arg);
	return sq_issuer_list(st->sq, cb, arg);
}

struct rt_error *
rt_store_issuer_update(struct rt_store *st, const struct rt_issuer *is)
{
	if (st->pg)
		return pg_issuer_update(st->pg, is);
	return sq_issuer_update(st->sq, is);
}

struct rt_error *
rt_store_agency_add(struct rt_store *st, const struct rt_agency *ag)
{
	if (st->pg)
		return pg_agency_add(st->pg, ag);
	return sq_agency_add(st->sq, ag);
}

struct rt_error *
rt_store_agency_get(struct rt_store *st, const char *code, struct rt_agency *out)
{
	if (st->pg)
		return pg_agency_get(st->pg, code, out);
	return sq_agency_get(st->sq, code, out);
}

struct rt_error *
rt_store_agency_update(struct rt_store *st, const struct rt_agency *ag)
{
	if (st->pg)
		return pg_agency_update(st->pg, ag);
	return sq_agency_update(st->sq, ag);
}

struct rt_error *
rt_store_agency_list(struct rt_store *st, int (*cb)(const struct rt_agency *, void *), void *arg)
{
	if (st->pg)
		return pg_agency_list(st->pg, cb, arg);
	return sq_agency_list(st->sq, cb, arg);
}

struct rt_error *
rt_store_report_add(struct rt_store *st, const struct rt_report *r)
{
	if (st->pg)
		return pg_report_add(st->pg, r);
	return sq_report_add(st->sq, r);
}

struct rt_error *
rt_store_report_get(struct rt_store *st, const char *number, struct rt_report *out)
{
	if (st->pg)
		return pg_report_get(st->pg, number, out);
	return sq_report_get(st->sq, number, out);
}

struct rt_error *
rt_store_report_update(struct rt_store *st, const struct rt_report *r)
{
	if (st->pg)
		return pg_report_update(st->pg, r);
	return sq_report_update(st->sq, r);
}

struct rt_error *
rt_store_report_seen_reset(struct rt_store *st)
{
	if (st->pg)
		return pg_report_seen_reset(st->pg);
	return sq_report_seen_reset(st->sq);
}

struct rt_error *
rt_store_report_seen(struct rt_store *st, const char *number, int line, int *first)
{
	if (st->pg)
		return pg_report_seen(st->pg, number, line, first);
	return sq_report_seen(st->sq, number, line, first);
}

struct rt_error *
rt_store_report_list(struct rt_store *st, const struct rt_filter *f, int (*cb)(const struct rt_report *, void *), void *arg)
{
	if (st->pg)
		return pg_report_list(st->pg, f, cb, arg);
	return sq_report_list(st->sq, f, cb, arg);
}

struct rt_error *
rt_store_rec_insert(struct rt_store *st, struct rt_rec *rec)
{
	if (st->pg)
		return pg_rec_insert(st->pg, rec);
	return sq_rec_insert(st->sq, rec);
}

struct rt_error *
rt_store_rec_update(struct rt_store *st, const struct rt_rec *rec)
{
	if (st->pg)
		return pg_rec_update(st->pg, rec);
	return sq_rec_update(st->sq, rec);
}

struct rt_error *
rt_store_rec_get(struct rt_store *st, const char *report, const char *number, struct rt_rec *out)
{
	if (st->pg)
		return pg_rec_get(st->pg, report, number, out);
	return sq_rec_get(st->sq, report, number, out);
}

struct rt_error *
rt_store_rec_list(struct rt_store *st, const struct rt_filter *f, int (*cb)(const struct rt_rec *, void *), void *arg)
{
	if (st->pg)
		return pg_rec_list(st->pg, f, cb, arg);
	return sq_rec_list(st->sq, f, cb, arg);
}

struct rt_error *
rt_store_rec_list_lean(struct rt_store *st, const struct rt_filter *f, int (*cb)(const struct rt_rec *, void *), void *arg)
{
	if (st->pg)
		return pg_rec_list_lean(st->pg, f, cb, arg);
	return sq_rec_list_lean(st->sq, f, cb, arg);
}

struct rt_error *
rt_store_event_add(struct rt_store *st, int64_t rec_id, struct rt_event *ev)
{
	if (st->pg)
		return pg_event_add(st->pg, rec_id, ev);
	return sq_event_add(st->sq, rec_id, ev);
}

struct rt_error *
rt_store_event_list(struct rt_store *st, int64_t rec_id, int (*cb)(const struct rt_event *, void *), void *arg)
{
	if (st->pg)
		return pg_event_list(st->pg, rec_id, cb, arg);
	return sq_event_list(st->sq, rec_id, cb, arg);
}

struct rt_error *
rt_store_search(struct rt_store *st, const struct rt_search *q, int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	if (st->pg)
		return pg_search(st->pg, q, cb, arg);
	return sq_search(st->sq, q, cb, arg);
}

struct rt_error *
rt_store_begin_read(struct rt_store *st)
{
	if (st->pg)
		return pg_begin_read(st->pg);
	return sq_begin_read(st->sq);
}

struct rt_error *
rt_store_counts(struct rt_store *st, struct rt_counts *c)
{
	if (st->pg)
		return pg_counts(st->pg, c);
	return sq_counts(st->sq, c);
}

struct rt_error *
rt_store_check_integrity(struct rt_store *st, int quick, int (*cb)(const struct rt_problem *, void *), void *arg)
{
	if (st->pg)
		return pg_check_integrity(st->pg, quick, cb, arg);
	return sq_check_integrity(st->sq, quick, cb, arg);
}

struct rt_error *
rt_store_check_schema(struct rt_store *st, int (*cb)(const struct rt_problem *, void *), void *arg)
{
	if (st->pg)
		return pg_check_schema(st->pg, cb, arg);
	return sq_check_schema(st->sq, cb, arg);
}

struct rt_error *
rt_store_check_references(struct rt_store *st, int (*cb)(const struct rt_problem *, void *), void *arg)
{
	if (st->pg)
		return pg_check_references(st->pg, cb, arg);
	return sq_check_references(st->sq, cb, arg);
}

struct rt_error *
rt_store_check_search(struct rt_store *st, int (*cb)(const struct rt_problem *, void *), void *arg)
{
	if (st->pg)
		return pg_check_search(st->pg, cb, arg);
	return sq_check_search(st->sq, cb, arg);
}

struct rt_error *
rt_store_check_search_words(struct rt_store *st, int (*cb)(const struct rt_problem *, void *), void *arg, int *ran, int *words)
{
	if (st->pg)
		return pg_check_search_words(st->pg, cb, arg, ran, words);
	return sq_check_search_words(st->sq, cb, arg, ran, words);
}

struct rt_error *
rt_store_stored_reports(struct rt_store *st, int (*cb)(const struct rt_stored_report *, void *), void *arg)
{
	if (st->pg)
		return pg_stored_reports(st->pg, cb, arg);
	return sq_stored_reports(st->sq, cb, arg);
}

struct rt_error *
rt_store_stored_recs(struct rt_store *st, int (*cb)(const struct rt_stored_rec *, void *), void *arg)
{
	if (st->pg)
		return pg_stored_recs(st->pg, cb, arg);
	return sq_stored_recs(st->sq, cb, arg);
}

struct rt_error *
rt_store_backup(struct rt_store *st, const char *path, long *pages)
{
	if (st->pg)
		return pg_backup(st->pg, path, pages);
	return sq_backup(st->sq, path, pages);
}

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
	memset(ev, 0, sizeof(*ev));
}

const char *
rt_search_field_name(enum rt_search_field f)
{
	switch (f) {
	case RT_SEARCH_TITLE: return "title";
	case RT_SEARCH_SUMMARY: return "summary";
	case RT_SEARCH_TEXT: return "text";
	}
	return "?";
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

int
store_problem(int (*cb)(const struct rt_problem *, void *), void *arg,
    const char *check, const char *subject, const char *message)
{
	struct rt_problem p = { check, subject, message };

	return cb(&p, arg);
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
