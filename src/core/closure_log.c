#include "core/closure_log.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/event.h"
#include "store/store.h"

struct walk {
	struct rt_store *st;
	const struct rt_period *p;
	struct rt_closure_log *out;
	long seq;
	int nomem;
	struct rt_error *err;
};

int
rt_closure_period_parse(const char *s, struct rt_period *out)
{
	size_t i;
	int fy = 0;

	if ((s[0] != 'F' && s[0] != 'f') || (s[1] != 'Y' && s[1] != 'y'))
		return rt_period_parse(s, out);
	for (i = 2; i < 6 && isdigit((unsigned char)s[i]); i++)
		fy = fy * 10 + s[i] - '0';
	if (i != 6 || s[6] != '\0' || fy < 1001)
		return -1;
	memset(out, 0, sizeof(*out));
	rt_date_from_days(rt_date_days(fy - 1, 10, 1), out->from);
	rt_date_from_days(rt_date_days(fy, 9, 30), out->to);
	snprintf(out->name, sizeof(out->name), "FY%04d", fy);
	return 0;
}

/* The closure request awaiting a decision just before event k of h (the
 * one a decision at k answers), or NULL. */
static const struct rt_event *
pending_request(const struct rt_events *h, size_t k)
{
	const struct rt_event *req = NULL;
	size_t i;

	for (i = 0; i < k; i++) {
		const struct rt_event *ev = &h->ev[i];

		if (!rt_event_applies(ev) || ev->field == NULL ||
		    strcmp(ev->field, "closure") != 0)
			continue;
		if (strcmp(ev->kind, "request") == 0)
			req = ev;
		else if (strcmp(ev->kind, "decision") == 0)
			req = NULL;
	}
	return req;
}

/* The approval recorded with the closing at k (the event in force just
 * before it, in its change set), or NULL: closed directly. */
static size_t
approval(const struct rt_events *h, size_t k)
{
	size_t i;

	for (i = k; i-- > 0;) {
		const struct rt_event *ev = &h->ev[i];

		if (!rt_event_applies(ev))
			continue;
		if (ev->change == h->ev[k].change &&
		    strcmp(ev->kind, "decision") == 0 && ev->field != NULL &&
		    strcmp(ev->field, "closure") == 0 && ev->new != NULL &&
		    strcmp(ev->new, "approved") == 0)
			return i;
		break;
	}
	return (size_t)-1;
}

static struct rt_closure *
slot(struct walk *w)
{
	struct rt_closure_log *l = w->out;
	struct rt_closure *c;

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;

		if ((c = realloc(l->v, cap * sizeof(*c))) == NULL)
			return NULL;
		l->v = c;
		l->cap = cap;
	}
	c = &l->v[l->n++];
	memset(c, 0, sizeof(*c));
	return c;
}

/* Log the closing h->ev[k] of rec. */
static int
log_closing(struct walk *w, const struct rt_rec *rec,
    const struct rt_events *h, size_t k)
{
	const struct rt_event *ev = &h->ev[k], *req = NULL;
	struct rt_closure *c;
	size_t d = approval(h, k);

	if (d != (size_t)-1)
		req = pending_request(h, d);
	if ((c = slot(w)) == NULL)
		return -1;
	c->seq = w->seq;
	c->change = ev->change;
	memcpy(c->closed_on, ev->effective, sizeof(c->closed_on));
	if ((c->report = rt_strdup(rec->report)) == NULL ||
	    (c->number = rt_strdup(rec->number)) == NULL ||
	    (c->closed_as = rt_strdup(ev->new)) == NULL)
		return -1;
	if (d != (size_t)-1 &&
	    (c->approver = rt_strdup(h->ev[d].actor)) == NULL)
		return -1;
	if (req == NULL)
		return 0;
	memcpy(c->requested_on, req->effective, sizeof(c->requested_on));
	if ((c->requester = rt_strdup(req->actor)) == NULL ||
	    (req->new != NULL && (c->evidence = rt_strdup(req->new)) == NULL))
		return -1;
	return 0;
}

static int
rec_cb(const struct rt_rec *rec, void *arg)
{
	struct walk *w = arg;
	struct rt_events h;
	enum rt_status to;
	size_t k;

	w->seq++;
	if (strcmp(rec->report_issued, w->p->to) > 0)
		return 0;
	if ((w->err = rt_events_load(w->st, rec->id, &h)) != NULL)
		return 1;
	for (k = 0; k < h.n && !w->nomem; k++) {
		const struct rt_event *ev = &h.ev[k];

		/* a closing, or a recommendation recorded closed at its
		 * report's issue (sar counts both) */
		if (!rt_event_applies(ev) || (strcmp(ev->kind, "status") != 0 &&
		    strcmp(ev->kind, "issued") != 0) ||
		    ev->new == NULL || rt_status_parse(ev->new, &to) != 0 ||
		    rt_status_is_open(to) ||
		    strcmp(ev->effective, w->p->from) < 0 ||
		    strcmp(ev->effective, w->p->to) > 0)
			continue;
		if (log_closing(w, rec, &h, k) == -1)
			w->nomem = 1;
	}
	rt_events_free(&h);
	return w->nomem;
}

static int
by_date(const void *pa, const void *pb)
{
	const struct rt_closure *a = pa, *b = pb;
	int c = strcmp(a->closed_on, b->closed_on);

	if (c != 0)
		return c;
	if (a->seq != b->seq)
		return (a->seq > b->seq) - (a->seq < b->seq);
	return (a->change > b->change) - (a->change < b->change);
}

struct rt_error *
rt_closure_log_build(struct rt_store *st, const struct rt_filter *f,
    const struct rt_period *p, struct rt_closure_log *out)
{
	struct rt_error *err;
	struct rt_filter sel;
	struct walk w;

	memset(out, 0, sizeof(*out));
	out->period = *p;
	memset(&sel, 0, sizeof(sel));
	sel.issuer = f->issuer;
	sel.agency = f->agency;
	sel.report = f->report;
	memset(&w, 0, sizeof(w));
	w.st = st;
	w.p = p;
	w.out = out;
	if ((err = rt_store_rec_list(st, &sel, rec_cb, &w)) == NULL)
		err = w.err;
	if (err == NULL && w.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err == NULL && out->n > 1)
		qsort(out->v, out->n, sizeof(*out->v), by_date);
	if (err)
		rt_closure_log_free(out);
	return err;
}

void
rt_closure_log_free(struct rt_closure_log *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].report);
		free(l->v[i].number);
		free(l->v[i].closed_as);
		free(l->v[i].requester);
		free(l->v[i].approver);
		free(l->v[i].evidence);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}
