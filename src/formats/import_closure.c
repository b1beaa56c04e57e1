/*
 * rectrack — the importer's rules for evidence, requests and decisions
 * in a file's history (import_impl.h): the rules the commands evidence,
 * request-closure, request-extension, approve and return obey, checked
 * against the events before the entry (those recorded and those the
 * file adds, voids applied).  The require.* settings of the
 * configuration do not apply: an import records what happened.
 */
#include "formats/import_impl.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "core/event.h"
#include "core/evidence_dir.h"
#include "store/store.h"

/* Is hash attached to the recommendation under name (NULL: any name)
 * after the events of h? */
static int
attached(const struct rt_events *h, const char *name, const char *hash,
    size_t hashlen)
{
	const struct rt_event *ev;
	size_t i, j;
	int on;

	for (i = 0; i < h->n; i++) {
		ev = &h->ev[i];
		if (!rt_event_applies(ev) || strcmp(ev->kind, "evidence") ||
		    ev->new == NULL || strlen(ev->new) != hashlen ||
		    strncmp(ev->new, hash, hashlen) != 0 ||
		    (name != NULL && !same(ev->field, name)))
			continue;
		/* attached under ev->field: detached after? */
		on = 1;
		for (j = i + 1; j < h->n; j++) {
			const struct rt_event *e = &h->ev[j];

			if (!rt_event_applies(e) || strcmp(e->kind,
			    "evidence") || !same(e->field, ev->field))
				continue;
			if (e->old && same(e->old, ev->new))
				on = 0;
			else if (e->new && same(e->new, ev->new))
				on = 1;
		}
		if (on)
			return 1;
	}
	return 0;
}

/* The request of field awaiting a decision after the events of h, or
 * NULL: a decision answers the latest request of its field. */
static const struct rt_event *
pending(const struct rt_events *h, const char *field)
{
	const struct rt_event *req = NULL;
	size_t i;

	for (i = 0; i < h->n; i++) {
		const struct rt_event *ev = &h->ev[i];

		if (!rt_event_applies(ev) || !same(ev->field, field))
			continue;
		if (strcmp(ev->kind, "request") == 0)
			req = ev;
		else if (strcmp(ev->kind, "decision") == 0)
			req = NULL;
	}
	return req;
}

static struct rt_error *
walk_evidence(const struct walk *w, const struct rt_event *ev,
    const struct rt_events *h)
{
	const char *hash = ev->new ? ev->new : ev->old;
	int on = attached(h, ev->field, hash, strlen(hash));

	if (ev->new != NULL && on)
		return rt_error_new(RT_EINVAL, "changes nothing: %s is "
		    "attached to %s as \"%s\" already", ev->new, w->id,
		    ev->field);
	if (ev->old != NULL && !on)
		return rt_error_new(RT_EREFUSED, "%s: %s is not attached as "
		    "\"%s\"; only attached evidence can be detached", w->id,
		    ev->old, ev->field);
	return NULL;
}

/* The hashes a closure request cites are evidence of the
 * recommendation, attached before it. */
static struct rt_error *
cited(const struct walk *w, const char *hashes, const struct rt_events *h)
{
	const char *s = hashes, *sp;
	size_t n;

	while (s != NULL && *s != '\0') {
		sp = strchr(s, ' ');
		n = sp ? (size_t)(sp - s) : strlen(s);
		if (!attached(h, NULL, s, n))
			return rt_error_new(RT_EREFUSED, "%s: cites %.*s, "
			    "which is not evidence attached to it (attach "
			    "it with an evidence entry first)", w->id,
			    (int)n, s);
		s = sp ? sp + 1 : NULL;
	}
	return NULL;
}

static struct rt_error *
walk_request(const struct walk *w, const struct rt_event *ev,
    const struct rt_events *h)
{
	const struct rt_rec *st = &w->state;
	const char *target = st->target_date;

	if (!rt_status_is_open(st->status))
		return rt_error_new(RT_EREFUSED, "%s: is %s; only an open "
		    "recommendation takes a %s request", w->id,
		    rt_status_name(st->status), ev->field);
	if (pending(h, ev->field) != NULL)
		return rt_error_new(RT_EREFUSED, "%s: has a %s request "
		    "pending already (it needs a decision first)", w->id,
		    ev->field);
	if (strcmp(ev->field, "closure") == 0)
		return cited(w, ev->new, h);
	if (ev->old != NULL && !same(ev->old, target))
		return rt_error_new(RT_EINVAL, "old is %s, but the target "
		    "date before this entry is %s", ev->old,
		    *target ? target : "none");
	if (*target != '\0' && strcmp(ev->new, target) <= 0)
		return rt_error_new(RT_EREFUSED, "%s: an extension asks for "
		    "a date after the target date %s, not %s", w->id, target,
		    ev->new);
	if (strcmp(ev->new, st->report_issued) < 0)
		return rt_error_new(RT_EINVAL, "target date %s is before the "
		    "report's issue date %s", ev->new, st->report_issued);
	return NULL;
}

/*
 * A decision answers a pending request of its field; an approval is
 * followed, on the same day, by what it approves: a status entry that
 * closes (closure), a target entry to the date asked for (extension).
 */
static struct rt_error *
walk_decision(const struct walk *w, const struct rt_imp_rec *imp, size_t i,
    const struct rt_events *h)
{
	const struct rt_event *ev = &imp->history[i].ev;
	const struct rt_event *next = i + 1 < imp->nhistory ?
	    &imp->history[i + 1].ev : NULL;
	const struct rt_event *req = pending(h, ev->field);
	int closure = strcmp(ev->field, "closure") == 0;
	enum rt_status to;

	if (req == NULL)
		return rt_error_new(RT_EREFUSED, "%s: has no pending %s "
		    "request", w->id, ev->field);
	if (strcmp(ev->new, "approved") != 0)
		return NULL;
	if (next != NULL && strcmp(next->effective, ev->effective) != 0)
		next = NULL;
	if (closure && (next == NULL || strcmp(next->kind, "status") ||
	    next->new == NULL || rt_status_parse(next->new, &to) ||
	    rt_status_is_open(to)))
		return rt_error_new(RT_EINVAL, "an approved closure is "
		    "followed, on the same day, by the status entry that "
		    "closes %s (kind: status, new: closed-implemented or "
		    "closed-not-implemented)", w->id);
	if (!closure && (next == NULL || strcmp(next->kind, "target") ||
	    !same(next->new, req->new)))
		return rt_error_new(RT_EINVAL, "an approved extension is "
		    "followed, on the same day, by the target entry to the "
		    "date asked for (kind: target, new: %s)", req->new);
	return NULL;
}

int
imp_approved_extension(const struct rt_imp_rec *imp, size_t i)
{
	const struct rt_event *d;

	if (i == 0)
		return 0;
	d = &imp->history[i - 1].ev;
	return strcmp(d->kind, "decision") == 0 && d->field != NULL &&
	    strcmp(d->field, "extension") == 0 && d->new != NULL &&
	    strcmp(d->new, "approved") == 0 &&
	    strcmp(d->effective, imp->history[i].ev.effective) == 0;
}

struct rt_error *
imp_walk_closure(struct importer *im, const struct walk *w,
    const struct rt_imp_rec *imp, size_t i, const struct rt_events *h)
{
	const struct rt_event *ev = &imp->history[i].ev;
	struct rt_error *err;
	int added;

	if (strcmp(ev->kind, "evidence") == 0) {
		if ((err = walk_evidence(w, ev, h)) != NULL || ev->new == NULL)
			return err;
		/* the history must not cite a file the database lacks */
		if ((err = rt_evidence_dir_load(im->st, im->cfg,
		    im->evidence_dir, ev->new, &added)) == NULL && added)
			im->stats->evidence_new++;
		return err;
	}
	if (strcmp(ev->kind, "request") == 0)
		return walk_request(w, ev, h);
	if (strcmp(ev->kind, "decision") == 0)
		return walk_decision(w, imp, i, h);
	return NULL;
}
