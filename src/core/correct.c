#include "core/correct.h"

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/error.h"
#include "base/util.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/text.h"
#include "store/store.h"

static struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

void
rt_void_free(struct rt_void *v)
{
	size_t i;

	for (i = 0; i < v->n; i++) {
		rt_event_free(&v->items[i].ev);
		rt_event_free(&v->items[i].target);
	}
	free(v->items);
	for (i = 0; i < v->nrecs; i++)
		rt_rec_free(&v->recs[i]);
	free(v->recs);
	rt_change_set_free(&v->change);
	memset(v, 0, sizeof(*v));
}

struct rt_error *
rt_change_ref(struct rt_store *st, const char *ref, int64_t *id)
{
	const char *uid = rt_store_uid(st), *num = ref, *dash;
	char *end;
	long long v;

	if ((dash = strrchr(ref, '-')) != NULL) {
		if (uid == NULL || *uid == '\0' ||
		    (size_t)(dash - ref) != strlen(uid) ||
		    strncmp(ref, uid, strlen(uid)) != 0)
			return rt_error_new(RT_EINVAL, "change %s is not one "
			    "of this register's (their names start with "
			    "%s-); it was recorded in another database",
			    ref, uid && *uid ? uid : "?");
		num = dash + 1;
	}
	errno = 0;
	v = strtoll(num, &end, 10);
	if (*num < '0' || *num > '9' || *end != '\0' || errno || v <= 0)
		return rt_error_new(RT_EINVAL, "\"%s\" is not a change (a "
		    "number from 'rectrack changes', or REGISTER-NUMBER)",
		    ref);
	*id = (int64_t)v;
	return NULL;
}

/* ---- what a void would do --------------------------------------------- */

static int
gather(const struct rt_event *ev, void *arg)
{
	return rt_events_push(arg, ev) != 0;
}

/* The attribute an event changes, as one string into buf; NULL for the
 * kinds that change none (notes), which nothing depends on. */
static const char *
attribute(const struct rt_event *ev, char *buf, size_t size)
{
	if (strcmp(ev->kind, "issued") == 0 || strcmp(ev->kind, "status") == 0)
		return "status";
	if (strcmp(ev->kind, "concurrence") == 0 ||
	    strcmp(ev->kind, "target") == 0)
		return ev->kind;
	/* a request and the decision that answers it are one cycle: a
	 * later one of the same field depends on the earlier */
	if ((strcmp(ev->kind, "request") == 0 ||
	    strcmp(ev->kind, "decision") == 0) && ev->field) {
		snprintf(buf, size, "request %s", ev->field);
		return buf;
	}
	if ((strcmp(ev->kind, "flag") == 0 || strcmp(ev->kind, "field") == 0)
	    && ev->field) {
		snprintf(buf, size, "%s %s", ev->kind, ev->field);
		return buf;
	}
	return NULL;
}

static const struct rt_event *
find_event(const struct rt_events *h, int64_t id)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		if (h->ev[i].id == id)
			return &h->ev[i];
	return NULL;
}

/*
 * Refuse when an event in force of h recorded after ev (not part of
 * change set `change`) changes the same attribute: it depends on ev.
 */
static struct rt_error *
depends(int64_t change, const struct rt_events *h, const struct rt_event *ev,
    const char *subject)
{
	char a[128], b[128];
	const char *attr = attribute(ev, a, sizeof(a)), *other;
	size_t i;

	if (attr == NULL)
		return NULL;
	for (i = 0; i < h->n; i++) {
		const struct rt_event *y = &h->ev[i];

		if (y->id <= ev->id || y->change == change ||
		    !rt_event_applies(y) ||
		    (other = attribute(y, b, sizeof(b))) == NULL ||
		    strcmp(attr, other) != 0)
			continue;
		if (strncmp(attr, "request ", 8) == 0)
			return rt_error_new(RT_EREFUSED, "change %" PRId64
			    " cannot be voided: change %" PRId64 " %s %s "
			    "request of %s after it; void change %" PRId64
			    " first", change, y->change, y->kind[0] == 'd' ?
			    (y->new && strcmp(y->new, "approved") == 0 ?
			    "approved the" : "returned the") :
			    "recorded another", attr + 8, subject, y->change);
		return rt_error_new(RT_EREFUSED, "change %" PRId64 " cannot "
		    "be voided: change %" PRId64 " changed %s (%s) after it; "
		    "void change %" PRId64 " first", change, y->change,
		    subject, strchr(attr, ' ') ? strchr(attr, ' ') + 1 : attr,
		    y->change);
	}
	return NULL;
}

/* The change set that voided ev (a void in force naming it), or 0. */
static int64_t
voided_by(const struct rt_events *h, const struct rt_event *ev)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		if (strcmp(h->ev[i].kind, "void") == 0 &&
		    h->ev[i].voids == ev->id &&
		    h->ev[i].inactive == RT_EVENT_IN_FORCE)
			return h->ev[i].change;
	return 0;
}

/* One event of the change set against its recommendation's history h:
 * an item of v, or the change it was already voided by (*by). */
static struct rt_error *
plan_event(int64_t change, const struct rt_events *h,
    const struct rt_event *ev, struct rt_void *v, int64_t *by)
{
	const struct rt_event *mine = find_event(h, ev->id), *target = NULL;
	struct rt_void_item *it;
	struct rt_error *err;

	*by = 0;
	if (mine == NULL)
		return rt_error_new(RT_EDB, "event %" PRId64 " is not in the "
		    "history of %s", ev->id, ev->subject);
	if (mine->inactive != RT_EVENT_IN_FORCE) {
		*by = voided_by(h, mine);
		return NULL;
	}
	if (strcmp(ev->kind, "void") == 0) {
		if ((target = find_event(h, ev->voids)) == NULL)
			return rt_error_new(RT_EDB, "event %" PRId64 " voids "
			    "an event not in the history of %s", ev->id,
			    ev->subject);
		if ((err = depends(change, h, target, ev->subject)))
			return err;
	} else if ((err = depends(change, h, mine, ev->subject)))
		return err;
	it = &v->items[v->n];
	memset(it, 0, sizeof(*it));
	if (rt_event_dup(ev, &it->ev) ||
	    (target && rt_event_dup(target, &it->target)))
		return nomem();
	it->restores = target != NULL;
	v->n++;
	return NULL;
}

/* What voiding change set id would do, into *v (nothing written). */
static struct rt_error *
plan(struct rt_store *st, int64_t id, struct rt_void *v)
{
	struct rt_events ce, h;
	struct rt_error *err;
	int64_t by = 0, rec = -1, last_by = 0;
	size_t i, already = 0;

	memset(v, 0, sizeof(*v));
	memset(&ce, 0, sizeof(ce));
	memset(&h, 0, sizeof(h));
	if ((err = rt_store_change_get(st, id, &v->change)))
		return err;
	if ((err = rt_store_change_events(st, id, gather, &ce)))
		goto done;
	if (ce.nomem) {
		err = nomem();
		goto done;
	}
	if (ce.n == 0) {
		err = rt_error_new(RT_EREFUSED, "change %" PRId64 " recorded "
		    "nothing; there is nothing to void", id);
		goto done;
	}
	if ((v->items = calloc(ce.n, sizeof(*v->items))) == NULL) {
		err = nomem();
		goto done;
	}
	for (i = 0; i < ce.n; i++) {
		const struct rt_event *ev = &ce.ev[i];

		if (ev->rec == 0) {
			err = rt_error_new(RT_EREFUSED, "change %" PRId64
			    " changed %s itself; such a change is corrected "
			    "by another change of it, not voided", id,
			    ev->subject ? ev->subject : "a record");
			goto done;
		}
		if (strcmp(ev->kind, "issued") == 0) {
			err = rt_error_new(RT_EREFUSED, "change %" PRId64
			    " added %s; a change that adds a recommendation "
			    "cannot be voided (its later changes can)", id,
			    ev->subject);
			goto done;
		}
		/* the change set's events come in id order; load each
		 * recommendation's history once per run of its events */
		if (ev->rec != rec) {
			rt_events_free(&h);
			if ((err = rt_events_load(st, ev->rec, &h)))
				goto done;
			rec = ev->rec;
		}
		if ((err = plan_event(id, &h, ev, v, &by)))
			goto done;
		if (by || find_event(&h, ev->id)->inactive !=
		    RT_EVENT_IN_FORCE) {
			already++;
			last_by = by ? by : last_by;
		}
	}
	if (already == ce.n)
		err = last_by ? rt_error_new(RT_EREFUSED, "change %" PRId64
		    " is already voided (by change %" PRId64 ")", id,
		    last_by) : rt_error_new(RT_EREFUSED, "change %" PRId64
		    " is already voided", id);
done:
	rt_events_free(&ce);
	rt_events_free(&h);
	if (err)
		rt_void_free(v);
	return err;
}

/* ---- doing it ------------------------------------------------------- */

/* Split "REPORT#NUMBER" (the subject of a recommendation's events). */
static struct rt_error *
split_subject(const char *subject, char **report, char **number)
{
	const char *hash = subject ? strchr(subject, '#') : NULL;

	*report = *number = NULL;
	if (hash == NULL)
		return rt_error_new(RT_EDB, "%s: not a recommendation",
		    subject ? subject : "an event");
	if ((*report = rt_strdup(subject)) == NULL ||
	    (*number = rt_strdup(hash + 1)) == NULL) {
		free(*report);
		*report = NULL;
		return nomem();
	}
	(*report)[hash - subject] = '\0';
	return NULL;
}

/* Rebuild the row of the recommendation of item it from its history. */
static struct rt_error *
rebuild(struct rt_store *st, const struct rt_event *ev, struct rt_void *v)
{
	struct rt_error *err;
	struct rt_events h;
	struct rt_rec cur, out;
	char *report, *number;
	size_t i;

	for (i = 0; i < v->nrecs; i++)
		if (v->recs[i].id == ev->rec)
			return NULL;
	if ((err = split_subject(ev->subject, &report, &number)))
		return err;
	err = rt_store_rec_get(st, report, number, &cur);
	free(report);
	free(number);
	if (err)
		return err;
	if ((err = rt_events_load(st, cur.id, &h))) {
		rt_rec_free(&cur);
		return err;
	}
	rt_rec_init(&out);
	rt_replay(&cur, h.ev, h.n, "9999-12-31", &out);
	rt_events_free(&h);
	rt_rec_free(&cur);
	if ((err = rt_store_rec_update(st, &out))) {
		rt_rec_free(&out);
		return err;
	}
	v->recs[v->nrecs++] = out;
	return NULL;
}

struct rt_error *
rt_void_change(struct rt_store *st, int64_t id, const char *actor,
    const char *note, int dry_run, struct rt_void *out)
{
	struct rt_error *err;
	struct rt_event ev;
	char today[RT_DATE_SIZE];
	size_t i;

	memset(out, 0, sizeof(*out));
	if (note == NULL || *note == '\0')
		return rt_error_new(RT_EUSAGE, "a void needs a reason "
		    "(--note TEXT)");
	if ((err = rt_text_check("actor", actor)) != NULL ||
	    (err = rt_text_check("note", note)) != NULL ||
	    (err = rt_store_begin(st)) != NULL)
		return err;
	if ((err = plan(st, id, out)))
		goto fail;
	if ((out->recs = calloc(out->n, sizeof(*out->recs))) == NULL) {
		err = nomem();
		goto fail;
	}
	rt_clock_today(today);
	for (i = 0; i < out->n; i++) {
		const struct rt_event *x = &out->items[i].ev;

		memset(&ev, 0, sizeof(ev));
		rt_clock_now(ev.at);
		memcpy(ev.effective, today, sizeof(ev.effective));
		/* the store copies these; the casts drop const only */
		ev.actor = (char *)actor;
		ev.kind = (char *)"void";
		ev.field = x->field;
		ev.old = x->old;
		ev.new = x->new;
		ev.note = (char *)note;
		ev.voids = x->id;
		if ((err = rt_store_event_add(st, x->rec, &ev)))
			goto fail;
	}
	out->recorded = rt_store_change_current(st);
	for (i = 0; i < out->n; i++)
		if ((err = rebuild(st, &out->items[i].ev, out)))
			goto fail;
	if (dry_run) {
		rt_store_rollback(st);
		out->recorded = 0;
		return NULL;
	}
	if ((err = rt_store_commit(st)) == NULL)
		return NULL;
fail:
	rt_store_rollback(st);
	rt_void_free(out);
	return err;
}

/* ---- undo ------------------------------------------------------------ */

struct ids {
	int64_t *v;
	size_t n, cap;
	int nomem;
};

static int
gather_id(const struct rt_change_set *ch, void *arg)
{
	struct ids *ids = arg;
	int64_t *p;

	if (ids->n == ids->cap) {
		ids->cap = ids->cap ? 2 * ids->cap : 64;
		if ((p = realloc(ids->v, ids->cap * sizeof(*p))) == NULL) {
			ids->nomem = 1;
			return 1;
		}
		ids->v = p;
	}
	ids->v[ids->n++] = ch->id;
	return 0;
}

/* 1 when every event of v is a void: a change set made by a void. */
static int
only_voids(const struct rt_void *v)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		if (strcmp(v->items[i].ev.kind, "void") != 0)
			return 0;
	return v->n > 0;
}

struct rt_error *
rt_undo_find(struct rt_store *st, const char *actor, int64_t *id)
{
	struct rt_error *err;
	struct rt_void v;
	struct ids ids = { 0 };
	size_t i;

	*id = 0;
	if ((err = rt_store_change_list(st, actor, NULL, gather_id, &ids)))
		goto done;
	if (ids.nomem) {
		err = nomem();
		goto done;
	}
	for (i = ids.n; i-- > 0 && *id == 0;) {
		if ((err = plan(st, ids.v[i], &v)) != NULL) {
			/* voided already, or nothing: look further back;
			 * refused otherwise: that one, for void to say why */
			if (err->code == RT_EREFUSED &&
			    (strstr(err->msg, "already voided") ||
			    strstr(err->msg, "recorded nothing"))) {
				rt_error_free(err);
				err = NULL;
				continue;
			}
			rt_error_free(err);
			err = NULL;
			*id = ids.v[i];
			break;
		}
		if (!only_voids(&v))
			*id = ids.v[i];
		rt_void_free(&v);
	}
	if (*id == 0)
		err = rt_error_new(RT_ENOTFOUND, "%s has recorded no change "
		    "that can be undone", actor);
done:
	free(ids.v);
	return err;
}
