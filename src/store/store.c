/*
 * rectrack — the store's front: rt_store_open() picks the backend from
 * the database name (a postgresql:// or postgres:// URI is a PostgreSQL
 * server, anything else a SQLite file) and every other rt_store_*
 * function hands the call to that backend's table of operations
 * (backend.h), with what both backends do alike around the call: the
 * *_get functions built on the listings, and the errors for what is not
 * there (with the nearest codes of the listing, suggest.h).
 */
#include "store/store.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/suggest.h"
#include "base/util.h"
#include "store/backend.h"

struct rt_store {
	const struct rt_store_ops *ops;
	void *impl;			/* the backend's state */
	char *command;			/* what the next change set records */
	int64_t change;			/* the transaction's change set; 0:
					   none yet */
	int64_t last;			/* that of the last commit */
	char *known;			/* the horizon; NULL: now */
	int dry_run;			/* rt_store_set_dry_run */
	int (*dry_cb)(const struct rt_event *, void *);
	void *dry_arg;
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
	st->ops = rt_store_is_server(path) ? &pg_ops : &sq_ops;
	if ((err = st->ops->open(path, flags, &st->impl)) != NULL) {
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
	st->ops->close(st->impl);
	free(st->command);
	free(st->known);
	free(st);
}

const char *
rt_store_user(struct rt_store *st)
{
	return st->ops->user ? st->ops->user(st->impl) : NULL;
}

const char *
rt_store_name(struct rt_store *st)
{
	return st->ops->name(st->impl);
}

void
rt_store_versions(struct rt_store *st, int *found, int *current)
{
	st->ops->versions(st->impl, found, current);
}

struct rt_error *
rt_store_begin(struct rt_store *st)
{
	return st->ops->begin(st->impl);
}

struct rt_error *
rt_store_commit(struct rt_store *st)
{
	struct rt_error *err = NULL;

	if (!st->dry_run) {
		err = st->ops->commit(st->impl);
		st->last = err ? 0 : st->change;
		st->change = 0;
		return err;
	}
	/* a dry run: show what the change set holds, then forget it */
	if (st->change != 0 && st->dry_cb != NULL)
		err = st->ops->event_walk(st->impl, st->change, st->dry_cb,
		    st->dry_arg);
	rt_store_rollback(st);
	st->last = 0;
	return err;
}

void
rt_store_set_dry_run(struct rt_store *st,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	st->dry_run = 1;
	st->dry_cb = cb;
	st->dry_arg = arg;
}

void
rt_store_rollback(struct rt_store *st)
{
	st->change = 0;
	st->ops->rollback(st->impl);
}

struct rt_error *
rt_store_begin_read(struct rt_store *st)
{
	return st->ops->begin_read(st->impl);
}

/* ---- issuers, agencies, reports ----------------------------------------- */

static int
suggest_issuer(const struct rt_issuer *is, void *arg)
{
	rt_suggest_add(arg, is->code);
	return 0;
}

static int
suggest_agency(const struct rt_agency *ag, void *arg)
{
	rt_suggest_add(arg, ag->code);
	return 0;
}

static int
suggest_official(const struct rt_official *o, void *arg)
{
	rt_suggest_add(arg, o->code);
	return 0;
}

/* err, the code's "no such" error, with the nearest codes of the kind
 * (0: issuer, 1: agency, 2: official) that exist; err alone when none is
 * near or the listing fails. */
static struct rt_error *
with_suggestion(struct rt_store *st, int agency, const char *code,
    struct rt_error *err)
{
	struct rt_suggest s;
	struct rt_buf b = { 0 };
	struct rt_error *e;

	rt_suggest_init(&s, code);
	e = agency == 2 ? rt_store_official_list(st, suggest_official, &s) :
	    agency ? rt_store_agency_list(st, suggest_agency, &s) :
	    rt_store_issuer_list(st, suggest_issuer, &s);
	if (e == NULL && s.n > 0 && rt_buf_puts(&b, err->msg) == 0 &&
	    rt_suggest_append(&s, &b) == 0) {
		rt_error_free(err);
		err = rt_error_new(RT_ENOTFOUND, "%s", b.s);
	}
	rt_error_free(e);
	rt_buf_free(&b);
	rt_suggest_free(&s);
	return err;
}

struct rt_error *
rt_store_issuer_add(struct rt_store *st, const struct rt_issuer *is)
{
	return st->ops->issuer_add(st->impl, is);
}

/* err, an add or update refused with RT_ENOTFOUND: when the issuer or
 * the agency it names is missing, that one's error with the nearest
 * codes (rt_store_issuer_get, rt_store_agency_get), else err. */
static struct rt_error *
missing_code(struct rt_store *st, struct rt_error *err, const char *issuer,
    const char *agency)
{
	struct rt_issuer is;
	struct rt_agency ag;
	struct rt_error *e = NULL;

	if (err == NULL || err->code != RT_ENOTFOUND)
		return err;
	if (issuer != NULL &&
	    (e = rt_store_issuer_get(st, issuer, &is)) == NULL)
		rt_issuer_free(&is);
	if (e == NULL && agency != NULL &&
	    (e = rt_store_agency_get(st, agency, &ag)) == NULL)
		rt_agency_free(&ag);
	if (e == NULL || e->code != RT_ENOTFOUND) {
		rt_error_free(e);
		return err;
	}
	rt_error_free(err);
	return e;
}

struct rt_error *
rt_store_issuer_get(struct rt_store *st, const char *code,
    struct rt_issuer *out)
{
	struct rt_error *err;
	int found;

	memset(out, 0, sizeof(*out));
	if ((err = st->ops->issuers(st->impl, code, store_issuer_copy, out,
	    &found)))
		return err;
	return found ? NULL : with_suggestion(st, 0, code,
	    store_no_issuer(code));
}

struct rt_error *
rt_store_issuer_list(struct rt_store *st, int (*cb)(const struct rt_issuer *,
    void *), void *arg)
{
	int found;

	return st->ops->issuers(st->impl, NULL, cb, arg, &found);
}

struct rt_error *
rt_store_issuer_update(struct rt_store *st, const struct rt_issuer *is)
{
	return st->ops->issuer_update(st->impl, is);
}

struct rt_error *
rt_store_agency_add(struct rt_store *st, const struct rt_agency *ag)
{
	struct rt_error *err = st->ops->agency_add(st->impl, ag);

	/* the code was free, so the agency missing is the parent */
	if (err != NULL && err->code == RT_ENOTFOUND && ag->parent != NULL)
		err = with_suggestion(st, 1, ag->parent, err);
	return err;
}

struct rt_error *
rt_store_agency_get(struct rt_store *st, const char *code,
    struct rt_agency *out)
{
	struct rt_error *err;
	int found;

	memset(out, 0, sizeof(*out));
	if ((err = st->ops->agencies(st->impl, code, store_agency_copy, out,
	    &found)))
		return err;
	return found ? NULL : with_suggestion(st, 1, code,
	    store_no_agency(code));
}

struct rt_error *
rt_store_agency_update(struct rt_store *st, const struct rt_agency *ag)
{
	return st->ops->agency_update(st->impl, ag);
}

struct rt_error *
rt_store_agency_list(struct rt_store *st, int (*cb)(const struct rt_agency *,
    void *), void *arg)
{
	int found;

	return st->ops->agencies(st->impl, NULL, cb, arg, &found);
}

/* ---- officials ---------------------------------------------------------- */

/* An add or update refused with RT_ENOTFOUND: the agency or the official
 * reported to that is missing, with the nearest codes. */
static struct rt_error *
official_missing(struct rt_store *st, struct rt_error *err,
    const struct rt_official *o)
{
	struct rt_official boss;
	struct rt_error *e = NULL;

	if (err == NULL || err->code != RT_ENOTFOUND)
		return err;
	if (o->reports_to != NULL &&
	    (e = rt_store_official_get(st, o->reports_to, &boss)) == NULL)
		rt_official_free(&boss);
	if (e == NULL)
		return missing_code(st, err, NULL, o->agency);
	rt_error_free(err);
	return e;
}

struct rt_error *
rt_store_official_add(struct rt_store *st, const struct rt_official *o)
{
	return official_missing(st, st->ops->official_add(st->impl, o), o);
}

struct rt_error *
rt_store_official_get(struct rt_store *st, const char *code,
    struct rt_official *out)
{
	struct rt_error *err;
	int found;

	memset(out, 0, sizeof(*out));
	if ((err = st->ops->officials(st->impl, code, store_official_copy,
	    out, &found)))
		return err;
	return found ? NULL : with_suggestion(st, 2, code,
	    store_no_official(code));
}

struct rt_error *
rt_store_official_find(struct rt_store *st, const char *code,
    struct rt_official *out, int *found)
{
	memset(out, 0, sizeof(*out));
	return st->ops->officials(st->impl, code, store_official_copy, out,
	    found);
}

struct rt_error *
rt_store_official_list(struct rt_store *st,
    int (*cb)(const struct rt_official *, void *), void *arg)
{
	int found;

	return st->ops->officials(st->impl, NULL, cb, arg, &found);
}

struct rt_error *
rt_store_official_set(struct rt_store *st, const struct rt_official *o)
{
	return official_missing(st, st->ops->official_update(st->impl, o),
	    o);
}

struct migrated {
	int64_t change;
	int (*cb)(const struct rt_official *, void *);
	void *arg;
	int stop;
};

/* The change set of the upgrade to schema 6. */
static int
upgrade_change(const struct rt_change_set *ch, void *arg)
{
	struct migrated *m = arg;

	if (strcmp(ch->command, RT_UPGRADE_6_COMMAND) == 0)
		m->change = ch->id;
	return m->change != 0;
}

static int
migrated_official(const struct rt_event *ev, void *arg)
{
	struct migrated *m = arg;
	struct rt_official o;

	if (ev->about != 1 + RT_SUBJECT_OFFICIAL ||
	    strcmp(ev->kind, "renamed") != 0)
		return 0;
	memset(&o, 0, sizeof(o));
	o.code = ev->code;
	o.name = ev->old;
	return m->stop = m->cb(&o, m->arg);
}

struct rt_error *
rt_store_official_migrated(struct rt_store *st,
    int (*cb)(const struct rt_official *, void *), void *arg)
{
	struct migrated m = { 0, cb, arg, 0 };
	struct rt_error *err;
	int found, current;

	rt_store_versions(st, &found, &current);
	if (found == 0 || found >= 6)
		return NULL;
	if ((err = rt_store_change_list(st, RT_UPGRADE_ACTOR, NULL,
	    upgrade_change, &m)) != NULL || m.change == 0)
		return err;
	return rt_store_change_events(st, m.change, migrated_official, &m);
}

struct rt_error *
rt_store_report_add(struct rt_store *st, const struct rt_report *r)
{
	return missing_code(st, st->ops->report_add(st->impl, r), r->issuer,
	    r->agency);
}

struct rt_error *
rt_store_report_get(struct rt_store *st, const char *number,
    struct rt_report *out)
{
	struct rt_error *err;
	int found;

	memset(out, 0, sizeof(*out));
	if ((err = st->ops->reports(st->impl, number, NULL, store_report_copy,
	    out, &found)))
		return err;
	return found ? NULL : store_no_report(number);
}

struct rt_error *
rt_store_report_update(struct rt_store *st, const struct rt_report *r)
{
	return missing_code(st, st->ops->report_update(st->impl, r),
	    r->issuer, r->agency);
}

struct rt_error *
rt_store_report_seen_reset(struct rt_store *st)
{
	return st->ops->report_seen_reset(st->impl);
}

struct rt_error *
rt_store_report_seen(struct rt_store *st, const char *number, int line,
    int *first)
{
	return st->ops->report_seen(st->impl, number, line, first);
}

struct rt_error *
rt_store_report_list(struct rt_store *st, const struct rt_filter *f,
    int (*cb)(const struct rt_report *, void *), void *arg)
{
	int found;

	return st->ops->reports(st->impl, NULL, f, cb, arg, &found);
}

/* ---- recommendations and events ---------------------------------------- */

struct rt_error *
rt_store_rec_insert(struct rt_store *st, struct rt_rec *rec)
{
	return missing_code(st, st->ops->rec_insert(st->impl, rec), NULL,
	    rec->agency);
}

struct rt_error *
rt_store_rec_update(struct rt_store *st, const struct rt_rec *rec)
{
	return missing_code(st, st->ops->rec_update(st->impl, rec), NULL,
	    rec->agency);
}

/* A listing's callback that only counts (the walk stops at the first). */
static int
stop_at_first(const struct rt_report *r, void *arg)
{
	(void)r;
	(void)arg;
	return 1;
}

struct rt_error *
rt_store_rec_get(struct rt_store *st, const char *report, const char *number,
    struct rt_rec *out)
{
	struct rt_error *err;
	int found;

	if ((err = st->ops->rec_get(st->impl, report, number, out, &found)) ||
	    found)
		return err;
	/* which is missing: the report, or the recommendation in it */
	if ((err = st->ops->reports(st->impl, report, NULL, stop_at_first,
	    NULL, &found)))
		return err;
	return found ? store_no_rec(report, number) : store_no_report(report);
}

struct rt_error *
rt_store_rec_list(struct rt_store *st, const struct rt_filter *f,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	return st->ops->rec_list(st->impl, f, 0, cb, arg);
}

struct rt_error *
rt_store_rec_list_lean(struct rt_store *st, const struct rt_filter *f,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	return st->ops->rec_list(st->impl, f, 1, cb, arg);
}

/* An event with change 0: make the transaction's own change set when
 * there is none yet (recorded when ev is, by its actor). */
static struct rt_error *
own_change(struct rt_store *st, const struct rt_event *ev)
{
	struct rt_change_set ch;

	if (ev->change != 0 || st->change != 0)
		return NULL;
	memset(&ch, 0, sizeof(ch));
	memcpy(ch.at, ev->at, sizeof(ch.at));
	ch.actor = ev->actor;
	ch.command = st->command ? st->command : "";
	return st->ops->change_add(st->impl, &ch, &st->change);
}

struct rt_error *
rt_store_event_add(struct rt_store *st, int64_t rec_id, struct rt_event *ev)
{
	struct rt_error *err;

	if ((err = own_change(st, ev)) != NULL)
		return err;
	if (ev->change == 0) {
		struct rt_event own = *ev;

		own.change = st->change;
		err = st->ops->event_add(st->impl, rec_id, &own);
		ev->id = own.id;
		memcpy(ev->hash, own.hash, sizeof(ev->hash));
		return err;
	}
	return st->ops->event_add(st->impl, rec_id, ev);
}

/* ---- reports, agencies and issuers: their own history ------------------ */

const char *
rt_subject_name(enum rt_subject kind)
{
	switch (kind) {
	case RT_SUBJECT_REPORT:
		return "report";
	case RT_SUBJECT_AGENCY:
		return "agency";
	case RT_SUBJECT_ISSUER:
		return "issuer";
	case RT_SUBJECT_OFFICIAL:
		return "official";
	}
	return "?";
}

/* The error for `code`, not found as a kind: with the nearest codes. */
static struct rt_error *
no_subject(struct rt_store *st, enum rt_subject kind, const char *code)
{
	switch (kind) {
	case RT_SUBJECT_AGENCY:
		return with_suggestion(st, 1, code, store_no_agency(code));
	case RT_SUBJECT_ISSUER:
		return with_suggestion(st, 0, code, store_no_issuer(code));
	case RT_SUBJECT_OFFICIAL:
		return with_suggestion(st, 2, code, store_no_official(code));
	case RT_SUBJECT_REPORT:
		break;
	}
	return store_no_report(code);
}

struct rt_error *
rt_store_subject_event_add(struct rt_store *st, enum rt_subject kind,
    const char *code, struct rt_event *ev)
{
	struct rt_error *err;
	struct rt_event own = *ev;

	if ((err = own_change(st, ev)) != NULL)
		return err;
	if (own.change == 0)
		own.change = st->change;
	err = st->ops->subject_event_add(st->impl, kind, code, &own);
	if (err != NULL && err->code == RT_ENOTFOUND) {
		rt_error_free(err);
		return no_subject(st, kind, code);
	}
	ev->id = own.id;
	memcpy(ev->hash, own.hash, sizeof(ev->hash));
	return err;
}

struct rt_error *
rt_store_subject_event_list(struct rt_store *st, enum rt_subject kind,
    const char *code, int (*cb)(const struct rt_event *, void *), void *arg)
{
	struct rt_error *err;
	int found;

	if ((err = st->ops->subject_events(st->impl, kind, code, cb, arg,
	    &found)) != NULL)
		return err;
	return found ? NULL : no_subject(st, kind, code);
}

struct rt_error *
rt_store_subject_event_all(struct rt_store *st, enum rt_subject kind,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	int found;

	return st->ops->subject_events(st->impl, kind, NULL, cb, arg, &found);
}

struct rt_error *
rt_store_rename(struct rt_store *st, enum rt_subject kind, const char *old,
    const char *new)
{
	struct rt_error *err;

	if (kind == RT_SUBJECT_REPORT)
		return rt_error_new(RT_EINVAL, "report %s: a report number "
		    "cannot be renamed", old);
	err = st->ops->rename(st->impl, kind, old, new);
	if (err != NULL && err->code == RT_ENOTFOUND) {
		rt_error_free(err);
		return no_subject(st, kind, old);
	}
	return err;
}

struct rt_error *
rt_store_event_list(struct rt_store *st, int64_t rec_id,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	return st->ops->event_list(st->impl, rec_id, cb, arg);
}

/* ---- change sets, the chain, the horizon ------------------------------- */

static struct rt_error *
set_string(char **dst, const char *s)
{
	char *copy = NULL;

	if (s != NULL && (copy = strdup(s)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	free(*dst);
	*dst = copy;
	return NULL;
}

struct rt_error *
rt_store_set_command(struct rt_store *st, const char *command)
{
	return set_string(&st->command, command);
}

int64_t
rt_store_change_current(struct rt_store *st)
{
	return st->change;
}

int64_t
rt_store_change_last(struct rt_store *st)
{
	return st->last;
}

struct rt_error *
rt_store_change_add(struct rt_store *st, const struct rt_change_set *ch)
{
	struct rt_change_set own = *ch;
	struct rt_error *err;
	int64_t id = ch->id;

	if (id == 0 && own.command == NULL)
		own.command = st->command ? st->command : "";
	if ((err = st->ops->change_add(st->impl, &own, &id)) == NULL &&
	    ch->id == 0 && st->change == 0)
		st->change = id;
	return err;
}

static int
change_copy(const struct rt_change_set *ch, void *arg)
{
	struct rt_change_set *out = arg;

	*out = *ch;
	out->actor = strdup(ch->actor);
	out->command = strdup(ch->command);
	out->first = ch->first ? strdup(ch->first) : NULL;
	return 1;
}

struct rt_error *
rt_store_change_get(struct rt_store *st, int64_t id, struct rt_change_set *out)
{
	struct rt_error *err;
	int found = 0;

	memset(out, 0, sizeof(*out));
	if ((err = st->ops->changes(st->impl, id, NULL, NULL, change_copy,
	    out, &found)))
		return err;
	if (!found)
		return rt_error_new(RT_ENOTFOUND, "no change %lld in %s",
		    (long long)id, st->ops->name(st->impl));
	if (out->actor == NULL || out->command == NULL) {
		rt_change_set_free(out);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	return NULL;
}

struct rt_error *
rt_store_change_list(struct rt_store *st, const char *actor,
    const char *since, int (*cb)(const struct rt_change_set *, void *),
    void *arg)
{
	int found;

	return st->ops->changes(st->impl, 0, actor, since, cb, arg, &found);
}

struct rt_error *
rt_store_change_events(struct rt_store *st, int64_t id,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	return st->ops->event_walk(st->impl, id, cb, arg);
}

struct rt_error *
rt_store_event_walk(struct rt_store *st,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	return st->ops->event_walk(st->impl, 0, cb, arg);
}

struct rt_error *
rt_store_subject_event_walk(struct rt_store *st,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	return st->ops->event_walk(st->impl, -1, cb, arg);
}

struct rt_error *
rt_store_target_walk(struct rt_store *st,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	return st->ops->target_walk(st->impl, cb, arg);
}

const char *
rt_store_uid(struct rt_store *st)
{
	return st->ops->uid(st->impl);
}

struct rt_error *
rt_store_set_uid(struct rt_store *st, const char *uid)
{
	if (!rt_uid_valid(uid))
		return rt_error_new(RT_EINVAL, "\"%s\" is not a register's "
		    "name (expected 8 hex digits, 0-9 and a-f)",
		    uid ? uid : "");
	return st->ops->set_uid(st->impl, uid);
}

struct rt_error *
rt_store_set_known(struct rt_store *st, const char *at)
{
	return set_string(&st->known, at);
}

const char *
rt_store_known(struct rt_store *st)
{
	return st->known;
}

struct rt_error *
rt_store_search(struct rt_store *st, const struct rt_search *q,
    int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	return st->ops->search(st->impl, q, cb, arg);
}

const char *
rt_search_field_name(enum rt_search_field f)
{
	switch (f) {
	case RT_SEARCH_TITLE: return "title";
	case RT_SEARCH_SUMMARY: return "summary";
	case RT_SEARCH_TEXT: return "text";
	case RT_SEARCH_ACTION: return "corrective-action";
	case RT_SEARCH_NOTE: return "note";
	case RT_SEARCH_OFFICIAL: return "official";
	case RT_SEARCH_FIELD_COUNT: break;
	}
	return "?";
}

int
rt_search_field_parse(const char *s, enum rt_search_field *out)
{
	int f;

	for (f = 0; f < RT_SEARCH_FIELD_COUNT; f++)
		if (strcmp(s, rt_search_field_name(f)) == 0) {
			*out = f;
			return 0;
		}
	return -1;
}

/* ---- checking and backing up ------------------------------------------ */

struct rt_error *
rt_store_counts(struct rt_store *st, struct rt_counts *c)
{
	return st->ops->counts(st->impl, c);
}

struct rt_error *
rt_store_check_integrity(struct rt_store *st, int quick,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	return st->ops->check_integrity(st->impl, quick, cb, arg);
}

struct rt_error *
rt_store_check_schema(struct rt_store *st,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	return st->ops->check_schema(st->impl, cb, arg);
}

struct rt_error *
rt_store_check_references(struct rt_store *st,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	return st->ops->check_references(st->impl, cb, arg);
}

struct rt_error *
rt_store_check_search(struct rt_store *st,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	return st->ops->check_search(st->impl, cb, arg);
}

struct rt_error *
rt_store_check_search_words(struct rt_store *st,
    int (*cb)(const struct rt_problem *, void *), void *arg, int *ran,
    int *words)
{
	return st->ops->check_search_words(st->impl, cb, arg, ran, words);
}

struct rt_error *
rt_store_stored_reports(struct rt_store *st,
    int (*cb)(const struct rt_stored_report *, void *), void *arg)
{
	return st->ops->stored_reports(st->impl, cb, arg);
}

struct rt_error *
rt_store_stored_recs(struct rt_store *st,
    int (*cb)(const struct rt_stored_rec *, void *), void *arg)
{
	return st->ops->stored_recs(st->impl, cb, arg);
}

struct rt_error *
rt_store_backup(struct rt_store *st, const char *path, long *pages)
{
	return st->ops->backup(st->impl, path, pages);
}

/* ---- evidence files ------------------------------------------------------ */

static struct rt_error *
evidence_no_file(const char *hash)
{
	return rt_error_new(RT_ENOTFOUND, "evidence %s: no such file", hash);
}

struct rt_error *
rt_store_evidence_put(struct rt_store *st, const char *hash, int64_t size,
    rt_evidence_reader read, void *arg, int *added)
{
	*added = 0;
	if (hash == NULL || !rt_chain_hash_valid(hash))
		return rt_error_new(RT_EINVAL, "evidence %s: not a SHA-256 "
		    "(64 lowercase hex digits)", hash ? hash : "(none)");
	if (size < 0)
		return rt_error_new(RT_EINVAL, "evidence %s: a negative size",
		    hash);
	return st->ops->evidence_put(st->impl, hash, size, read, arg, added);
}

struct rt_error *
rt_store_evidence_size(struct rt_store *st, const char *hash, int64_t *size,
    int *found)
{
	return st->ops->evidence_size(st->impl, hash, size, found);
}

struct rt_error *
rt_store_evidence_piece(struct rt_store *st, const char *hash, int64_t k,
    unsigned char *buf, size_t *len)
{
	struct rt_error *err;
	int found = 0;

	*len = 0;
	if ((err = st->ops->evidence_piece(st->impl, hash, k, buf, len,
	    &found)) == NULL && !found)
		err = evidence_no_file(hash);
	return err;
}

struct rt_error *
rt_store_evidence_get(struct rt_store *st, const char *hash,
    rt_evidence_writer write, void *arg)
{
	struct rt_error *err;
	int found = 0;

	if ((err = st->ops->evidence_get(st->impl, hash, write, arg,
	    &found)) == NULL && !found)
		err = evidence_no_file(hash);
	return err;
}

struct rt_error *
rt_store_evidence_total(struct rt_store *st, int64_t *total)
{
	return st->ops->evidence_total(st->impl, total);
}

struct rt_error *
rt_store_evidence_walk(struct rt_store *st,
    int (*cb)(const char *hash, int64_t size, void *), void *arg)
{
	return st->ops->evidence_walk(st->impl, cb, arg);
}
