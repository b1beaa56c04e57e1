#include "core/request.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/evidence.h"
#include "core/lifecycle.h"
#include "core/lifecycle_impl.h"
#include "core/rec.h"
#include "store/store.h"

static const char *const ask_fields[RT_ASK_COUNT] = { "closure",
    "extension" };

const char *
rt_ask_field(int ask)
{
	return ask >= 0 && ask < RT_ASK_COUNT ? ask_fields[ask] : "request";
}

int
rt_ask_lookup(const char *field)
{
	int k;

	for (k = 0; field && k < RT_ASK_COUNT; k++)
		if (strcmp(field, ask_fields[k]) == 0)
			return k;
	return -1;
}

int
rt_hash_valid(const char *s)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return i == 64;
}

size_t
rt_hash_count(const char *list)
{
	size_t n = 0;

	while (list && *list) {
		n++;
		list += strcspn(list, " ");
		list += strspn(list, " ");
	}
	return n;
}

/* ---- what is pending ------------------------------------------------- */

static int
counts(const struct rt_event *ev, const char *as_of)
{
	return rt_event_applies(ev) && (as_of == NULL ||
	    strcmp(ev->effective, as_of) <= 0);
}

static int
is(const struct rt_event *ev, const char *kind, int ask)
{
	return strcmp(ev->kind, kind) == 0 && rt_ask_lookup(ev->field) == ask;
}

/* A move to a closed status: the requests before it lapse. */
static int
closing(const struct rt_event *ev)
{
	enum rt_status st;

	return strcmp(ev->kind, "status") == 0 && ev->new &&
	    rt_status_parse(ev->new, &st) == 0 && !rt_status_is_open(st);
}

void
rt_asks_pending(const struct rt_events *h, const char *as_of,
    const struct rt_event *pending[RT_ASK_COUNT])
{
	size_t i;
	int k;

	for (k = 0; k < RT_ASK_COUNT; k++) {
		const struct rt_event *req = NULL;

		for (i = 0; i < h->n; i++)
			if (counts(&h->ev[i], as_of) &&
			    is(&h->ev[i], "request", k) &&
			    (req == NULL || h->ev[i].id > req->id))
				req = &h->ev[i];
		for (i = 0; req && i < h->n; i++)
			if (counts(&h->ev[i], as_of) &&
			    h->ev[i].id > req->id &&
			    (is(&h->ev[i], "decision", k) ||
			    closing(&h->ev[i])))
				req = NULL;
		pending[k] = req;
	}
}

const struct rt_event *
rt_asks_decided(const struct rt_events *h, int ask)
{
	const struct rt_event *last = NULL;
	size_t i;

	for (i = 0; i < h->n; i++)
		if (rt_event_applies(&h->ev[i]) &&
		    is(&h->ev[i], "decision", ask) &&
		    (last == NULL || h->ev[i].id > last->id))
			last = &h->ev[i];
	return last;
}

/* ---- asking ------------------------------------------------------------ */

/*
 * The evidence file a closure request cites: `given` is its hash or a
 * prefix of it (rt_evidence_resolve), and the file must be attached to
 * the recommendation, in force on the request's day.  Its full hash goes to hash.
 */
static struct rt_error *
request_evidence_check(struct rt_store *st, const struct lc_change *c, const char *given, char hash[RT_HASH_SIZE])
{
	struct rt_evidence_list list = { 0 };
	struct rt_error *err;
	size_t i;

	if ((err = rt_evidence_resolve(st, given, hash)) != NULL) {
		if (err->code != RT_ENOMEM) {
			struct rt_error *e = err->code == RT_ENOTFOUND ?
			    rt_error_new(RT_EINVAL, "%s: --evidence %s: no "
			    "evidence file has that hash ('rectrack evidence "
			    "list' lists them)", c->id, given) :
			    rt_error_new(err->code, "%s: --evidence %s", c->id,
			    err->msg);
			rt_error_free(err);
			err = e;
		}
		return err;
	}
	if ((err = rt_evidence_list(st, c->id, c->effective, &list)) != NULL)
		return err;
	for (i = 0; i < list.n; i++)
		if (strcmp(list.v[i].hash, hash) == 0)
			break;
	if (i == list.n)
		err = rt_error_new(RT_EINVAL, "%s: --evidence %.12s is not "
		    "attached to %s on %s; attach it first (rectrack evidence "
		    "add %s FILE)", c->id, hash, c->id, c->effective, c->id);
	rt_evidence_list_free(&list);
	return err;
}

/* The hashes a closure request cites, checked, as one list. */
static struct rt_error *
cite(struct rt_store *st, struct lc_change *c,
    const struct rt_request *req, const char **list)
{
	struct rt_buf b = { 0 };
	struct rt_error *err;
	char hash[RT_HASH_SIZE];
	size_t i;

	*list = NULL;
	for (i = 0; i < req->nhashes; i++) {
		if ((err = request_evidence_check(st, c, req->hashes[i],
		    hash)) != NULL) {
			rt_buf_free(&b);
			return err;
		}
		if (b.s != NULL && strstr(b.s, hash) != NULL) {
			rt_buf_free(&b);
			return rt_error_new(RT_EINVAL, "%s: --evidence %.12s "
			    "is given twice", c->id, hash);
		}
		rt_buf_printf(&b, "%s%s", i ? " " : "", hash);
	}
	if (req->nhashes && b.s == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	*list = c->owned2 = b.s;
	return NULL;
}

/* The same person, whatever the case of the letters ("Liaison"). */
static int
actor_same(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
	return *a == *b;
}

/* "a closure", "an extension" (static). */
static const char *
a_kind(int ask)
{
	return ask == RT_ASK_CLOSURE ? "a closure" : "an extension";
}

static struct rt_error *
already(const struct lc_change *c, const struct rt_event *p, int ask)
{
	return rt_error_new(RT_EREFUSED, "%s: %s request is pending "
	    "already (asked by %s on %s); approve or return it first "
	    "(rectrack approve, rectrack return)", c->id, a_kind(ask),
	    p->actor, p->effective);
}

struct rt_error *
rt_ask_change(struct rt_store *st, struct lc_change *c, struct rt_rec *rec,
    const struct rt_request *req, const struct rt_actor *who)
{
	const struct rt_event *pending[RT_ASK_COUNT];
	struct rt_error *err;
	const char *list;

	if (rt_blank(who->note))
		return rt_error_new(RT_EINVAL, "%s: %s request needs its "
		    "text (--note)", c->id, a_kind(req->ask));
	if (!rt_status_is_open(rec->status))
		return rt_error_new(RT_EREFUSED, "%s: is %s; only an open "
		    "recommendation takes %s request", c->id,
		    rt_status_name(rec->status), a_kind(req->ask));
	rt_asks_pending(c->history, NULL, pending);
	if (pending[req->ask])
		return already(c, pending[req->ask], req->ask);
	if (req->ask == RT_ASK_CLOSURE) {
		if ((err = cite(st, c, req, &list)) ||
		    (err = lc_queue(c, "request", "closure", NULL, list,
		    who->note)))
			return err;
		rec->closure_requested = 1;
		return NULL;
	}
	if (req->target == NULL || !rt_date_valid(req->target))
		return rt_error_new(RT_EINVAL, "%s: target date \"%s\" is not "
		    "a date (expected YYYY-MM-DD, a day that exists)", c->id,
		    req->target ? req->target : "");
	if (rec->target_date[0] == '\0')
		return rt_error_new(RT_EREFUSED, "%s: has no target date; the "
		    "first one needs no approval (rectrack target %s %s)",
		    c->id, c->id, req->target);
	if (strcmp(req->target, rec->target_date) <= 0)
		return rt_error_new(RT_EREFUSED, "%s: %s is not later than the "
		    "target date %s; an earlier date needs no approval "
		    "(rectrack target %s %s --note REASON)", c->id,
		    req->target, rec->target_date, c->id, req->target);
	return lc_queue(c, "request", "extension", rec->target_date,
	    req->target, who->note);
}

/* ---- deciding ------------------------------------------------------------ */

/* The refusal of a decision with nothing pending of kind ask. */
static struct rt_error *
nothing_pending(const struct lc_change *c, int ask)
{
	const struct rt_event *d = rt_asks_decided(c->history, ask);

	if (d)
		return rt_error_new(RT_EREFUSED, "%s: has no pending %s "
		    "request (the last one was %s by %s on %s, change %lld)",
		    c->id, rt_ask_field(ask), d->new ? d->new : "decided",
		    d->actor, d->effective, (long long)d->change);
	return rt_error_new(RT_EREFUSED, "%s: has no pending %s request",
	    c->id, rt_ask_field(ask));
}

/* Which request a decision answers: *ask, or the one pending. */
static struct rt_error *
which(const struct lc_change *c, const struct rt_request *req,
    const struct rt_event *pending[RT_ASK_COUNT], int *ask)
{
	*ask = req->ask;
	if (*ask != RT_ASK_EITHER)
		return pending[*ask] ? NULL : nothing_pending(c, *ask);
	if (pending[RT_ASK_CLOSURE] && pending[RT_ASK_EXTENSION])
		return rt_error_new(RT_EUSAGE, "%s: has a pending closure "
		    "request and a pending extension request; say which: "
		    "--closure or --extension", c->id);
	if (pending[RT_ASK_CLOSURE] == NULL &&
	    pending[RT_ASK_EXTENSION] == NULL)
		return rt_error_new(RT_EREFUSED, "%s: has no pending request",
		    c->id);
	*ask = pending[RT_ASK_CLOSURE] ? RT_ASK_CLOSURE : RT_ASK_EXTENSION;
	return NULL;
}

/* Approving: the move the request asked for. */
static struct rt_error *
grant(struct lc_change *c, struct rt_rec *rec, const struct rt_config *cfg,
    const struct rt_request *req, const struct rt_actor *who,
    const struct rt_event *p, int ask)
{
	struct rt_request move = { .verb = RT_VERB_STATUS };

	c->approved = 1;
	if (ask == RT_ASK_CLOSURE) {
		move.status = req->status;
		c->cited = p->new != NULL;
		return lc_change_status(c, rec, cfg, &move, who->note);
	}
	if (p->new == NULL || !rt_date_valid(p->new))
		return rt_error_new(RT_EDB, "%s: the extension request of %s "
		    "names no date", c->id, p->effective);
	if (strcmp(p->new, rec->target_date) <= 0)
		return rt_error_new(RT_EREFUSED, "%s: the target date is %s "
		    "already, not before the %s the request asked for; return "
		    "the request (rectrack return)", c->id, rec->target_date,
		    p->new);
	return lc_change_target(c, rec, cfg, p->new, rt_blank(who->note) ?
	    p->note : who->note);
}

struct rt_error *
rt_decide_change(struct lc_change *c, struct rt_rec *rec,
    const struct rt_config *cfg, const struct rt_request *req,
    const struct rt_actor *who, int *ask)
{
	const struct rt_event *pending[RT_ASK_COUNT], *p;
	struct rt_error *err;

	rt_asks_pending(c->history, NULL, pending);
	if ((err = which(c, req, pending, ask)) != NULL)
		return err;
	p = pending[*ask];
	if (req->approve && *ask == RT_ASK_EXTENSION &&
	    req->status == RT_CLOSED_NOT_IMPLEMENTED)
		return rt_error_new(RT_EUSAGE, "%s: --not-implemented goes "
		    "with a closure request, and the one pending is an "
		    "extension request", c->id);
	if (!req->approve && rt_blank(who->note))
		return rt_error_new(RT_EINVAL, "%s: returning a request needs "
		    "a reason (--note)", c->id);
	if (req->approve && cfg->require_separate_approver &&
	    p->actor && actor_same(p->actor, who->actor))
		return rt_error_new(RT_EREFUSED, "%s: %s asked for this %s; "
		    "someone else must approve it "
		    "(require.separate_approver); rectrack return withdraws "
		    "it", c->id, p->actor, rt_ask_field(*ask));
	if ((err = lc_queue(c, "decision", rt_ask_field(*ask), NULL,
	    req->approve ? "approved" : "returned",
	    rt_blank(who->note) ? NULL : who->note)) != NULL)
		return err;
	if (*ask == RT_ASK_CLOSURE)
		rec->closure_requested = 0;
	return req->approve ? grant(c, rec, cfg, req, who, p, *ask) : NULL;
}

/* ---- the requests awaiting review ---------------------------------------- */

static int
by_age(const void *a, const void *b)
{
	const struct rt_pending *x = a, *y = b;
	int c = strcmp(x->effective, y->effective);

	return c ? c : (x->event > y->event) - (x->event < y->event);
}

/* The pending requests of one recommendation, appended to v. */
static struct rt_error *
pending_of(struct rt_store *st, const struct rt_rec *rec, const char *as_of,
    struct rt_pending **v, size_t *n, size_t *cap)
{
	const struct rt_event *pending[RT_ASK_COUNT];
	struct rt_error *err;
	struct rt_events h;
	int k;

	if ((err = rt_events_load(st, rec->id, &h)) != NULL)
		return err;
	rt_asks_pending(&h, as_of, pending);
	for (k = 0; k < RT_ASK_COUNT && err == NULL; k++) {
		const struct rt_event *p = pending[k];
		struct rt_pending *q;
		struct rt_buf id = { 0 };

		if (p == NULL)
			continue;
		if (*n == *cap) {
			size_t c = *cap ? 2 * *cap : 16;

			if ((q = realloc(*v, c * sizeof(*q))) == NULL) {
				err = rt_error_new(RT_ENOMEM, "out of memory");
				break;
			}
			*v = q;
			*cap = c;
		}
		q = &(*v)[*n];
		memset(q, 0, sizeof(*q));
		rt_buf_printf(&id, "%s#%s", rec->report, rec->number);
		q->id = id.s;
		q->ask = k;
		q->actor = rt_strdup(p->actor);
		q->note = rt_strdup(p->note);
		snprintf(q->effective, sizeof(q->effective), "%s",
		    p->effective);
		q->days = rt_date_diff(p->effective, as_of);
		q->nevidence = k == RT_ASK_CLOSURE ? rt_hash_count(p->new) : 0;
		snprintf(q->target, sizeof(q->target), "%s",
		    k == RT_ASK_EXTENSION && p->new ? p->new : "");
		q->event = p->id;
		(*n)++;
		if (q->id == NULL || (p->actor && q->actor == NULL) ||
		    (p->note && q->note == NULL))
			err = rt_error_new(RT_ENOMEM, "out of memory");
	}
	rt_events_free(&h);
	return err;
}

/* The requests gathered during the listing's walk: each
 * recommendation's history is read in its callback, where the store
 * can hand it over with the listing (no query per recommendation). */
struct gather {
	struct rt_store *st;
	const char *as_of;
	struct rt_pending *v;
	size_t n, cap;
	struct rt_error *err;
};

static int
gather_rec(const struct rt_rec *rec, void *arg)
{
	struct gather *g = arg;

	g->err = pending_of(g->st, rec, g->as_of, &g->v, &g->n, &g->cap);
	return g->err != NULL;
}

struct rt_error *
rt_pending_list(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, struct rt_pending **out, size_t *n)
{
	struct rt_filter all = { 0 };
	struct gather g = { 0 };
	struct rt_error *err;

	*out = NULL;
	*n = 0;
	g.st = st;
	g.as_of = as_of;
	err = rt_store_rec_list_lean(st, f ? f : &all, gather_rec, &g);
	if (err == NULL)
		err = g.err;
	if (err) {
		rt_pending_free(g.v, g.n);
		return err;
	}
	*out = g.v;
	*n = g.n;
	if (*n > 1)
		qsort(*out, *n, sizeof(**out), by_age);
	return NULL;
}

void
rt_pending_free(struct rt_pending *v, size_t n)
{
	size_t i;

	for (i = 0; v && i < n; i++) {
		free(v[i].id);
		free(v[i].actor);
		free(v[i].note);
	}
	free(v);
}
