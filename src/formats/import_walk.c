/*
 * rectrack — the lifecycle's rules each entry of a file's history is
 * checked against (import_impl.h): the walk over a recommendation's
 * history as the import gathers it, entry by entry, refusing what the
 * commands would refuse.
 */
#include "formats/import_impl.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "formats/yamlin.h"
#include "store/store.h"

/* ---- the lifecycle's rules for a file's history ----------------------- */


struct rt_error *
imp_walk_start(struct importer *im, const struct rt_rec *rec,
    const struct rt_events *h, struct walk *w)
{
	size_t i;

	memset(w, 0, sizeof(*w));
	snprintf(w->id, sizeof(w->id), "%s#%s", rec->report, rec->number);
	for (i = 0; i < h->n; i++)
		if (strcmp(h->ev[i].kind, "issued") == 0)
			w->issued = 1;
	return imp_replayed(im, rec, h, &w->state);
}

/* The entry's `old`, when given, must be the value it replaces. */
static struct rt_error *
old_matches(const struct rt_event *ev, const char *what, const char *have)
{
	if (ev->old == NULL || same(ev->old, have))
		return NULL;
	return rt_error_new(RT_EINVAL, "old is %s, but the %s before this "
	    "entry is %s", ev->old, what, shown(have));
}

static struct rt_error *
no_change(const char *what, const char *have)
{
	return rt_error_new(RT_EINVAL, "changes nothing: the %s is already "
	    "%s", what, shown(have));
}

/* A move of the status by entry i (issued: from open-pending). */
static struct rt_error *
walk_move(struct walk *w, const struct rt_imp_rec *imp, size_t i)
{
	const struct rt_event *ev = &imp->history[i].ev;
	struct rt_move mv;
	enum rt_status to;
	int g;

	if (rt_status_parse(ev->new, &to) == -1)
		return NULL;		/* the parser refused it */
	memset(&mv, 0, sizeof(mv));
	mv.id = w->id;
	mv.from = strcmp(ev->kind, "issued") == 0 ? RT_OPEN_PENDING :
	    w->state.status;
	mv.to = to;
	if (mv.from == RT_OPEN_PENDING && to == RT_OPEN_PENDING &&
	    strcmp(ev->kind, "issued") == 0)
		return NULL;
	/* the transition table (its message names the moves allowed),
	 * then its guards worded for a file */
	if ((g = rt_transition_guards(mv.from, to)) == -1)
		return rt_move_check(&mv, 0, 0);
	/* the target-date guard is not asked of the past: the inferred
	 * past of a closed recommendation resolves it without one */
	if ((g & RT_GUARD_NOTE) && rt_blank(ev->note))
		return rt_error_new(RT_EREFUSED, "%s: moving from %s to %s "
		    "needs a reason (the entry's note)", w->id,
		    rt_status_name(mv.from), ev->new);
	return NULL;
}

/* The latest `field` event of field in h in force (not voided), NULL
 * when none. */
static const struct rt_event *
latest_field(const struct rt_events *h, const char *field)
{
	size_t i;

	for (i = h->n; i-- > 0;)
		if (rt_event_applies(&h->ev[i]) &&
		    strcmp(h->ev[i].kind, "field") == 0 &&
		    same(h->ev[i].field, field))
			return &h->ev[i];
	return NULL;
}

/* A history entry names an agency that is not recorded. */
static struct rt_error *
no_agency(struct importer *im, const char *code)
{
	struct rt_buf b = { 0 };
	struct rt_error *err;

	if (rt_buf_printf(&b, "new: no agency \"%s\" (declare it under "
	    "agencies:)", code) < 0 || imp_suggest_agency(im, code, &b) < 0)
		err = nomem();
	else
		err = rt_error_new(RT_EINVAL, "%s", b.s);
	rt_buf_free(&b);
	return err;
}

/* A `field` entry: its values are what the field accepts, its old value,
 * when given, the one the previous change of the field set. */
static struct rt_error *
walk_field(struct importer *im, const struct rt_event *ev,
    const struct rt_events *h)
{
	const struct rt_event *prev = latest_field(h, ev->field);
	struct rt_error *err;
	const char *now;
	int64_t cents;
	int m;

	for (m = 0; m < RT_MONEY_COUNT; m++)
		if (strcmp(ev->field, rt_money_name(m)) == 0)
			break;
	if (m < RT_MONEY_COUNT) {
		/* new: checked where it is read (yamlin.c) */
		if (ev->old != NULL && rt_money_parse(ev->old, &cents) == -1)
			return rt_error_new(RT_EINVAL, "old: not an amount of "
			    "dollars: \"%s\" (expected a number like 1234.56, "
			    "not negative)", ev->old);
	} else if (strcmp(ev->field, "text") == 0 && rt_blank(ev->new))
		return rt_error_new(RT_EINVAL, "new: a recommendation's text "
		    "cannot be empty");
	else if (strcmp(ev->field, "agency") == 0) {
		if (rt_blank(ev->new))
			return rt_error_new(RT_EINVAL, "new: a recommendation "
			    "always has an agency");
		if ((err = imp_agency_now(im, ev->new, &now)) != NULL)
			return err;
		if (now == NULL)
			return no_agency(im, ev->new);
	}
	if (prev != NULL && ev->old != NULL && !same(prev->new, ev->old))
		return rt_error_new(RT_EINVAL, "old is \"%s\", but the "
		    "latest %s change before this entry set \"%s\"",
		    shown(ev->old), ev->field, shown(prev->new));
	return NULL;
}

/* A flag entry. */
static struct rt_error *
walk_flag(struct walk *w, const struct rt_event *ev)
{
	int f = rt_flag_lookup(ev->field), v = strcmp(ev->new, "yes") == 0;
	const char *have = rt_flag_get(&w->state, f) ? "yes" : "no";
	struct rt_error *err;

	if ((err = old_matches(ev, ev->field, have)) != NULL)
		return err;
	if (strcmp(ev->new, have) == 0)
		return no_change(ev->field, have);
	return rt_flag_check(&w->state, f, v);
}

/* The closing entry left the recommendation on hold or awaiting closure
 * at the end of its day: closing clears both, as `status` does. */
static struct rt_error *
walk_closed(struct importer *im, struct walk *w, const char *next)
{
	const struct rt_imp_event *e = w->closing;
	int f;

	if (e == NULL || (next != NULL && strcmp(next, e->ev.effective) == 0))
		return NULL;
	w->closing = NULL;
	if (rt_status_is_open(w->state.status))
		return NULL;
	for (f = RT_FLAG_ON_HOLD; f <= RT_FLAG_CLOSURE_REQUESTED; f++)
		if (rt_flag_get(&w->state, f))
			return imp_located(im, &e->pos,
			    rt_error_new(RT_EREFUSED, "%s: closes the "
			    "recommendation while %s is set; closing clears "
			    "it: add {kind: flag, field: %s, old: yes, new: "
			    "no} on %s", w->id,
			    rt_flag_field(f), rt_flag_field(f),
			    e->ev.effective));
	return NULL;
}

/* Check entry i of the file's history, then apply it to w->state. */
struct rt_error *
imp_walk_entry(struct importer *im, struct walk *w,
    const struct rt_imp_rec *imp, size_t i, const struct rt_events *h)
{
	const struct rt_imp_event *e = &imp->history[i];
	const struct rt_event *ev = &e->ev;
	const struct rt_rec *st = &w->state;
	struct rt_error *err = NULL;

	if ((err = walk_closed(im, w, ev->effective)) != NULL)
		return err;
	if (strcmp(ev->kind, "issued") == 0) {
		if (w->issued)
			err = rt_error_new(RT_EINVAL, "the recommendation is "
			    "issued already; an issued entry can only be the "
			    "first of its history");
		else if (strcmp(ev->effective, st->report_issued) != 0)
			err = rt_error_new(RT_EINVAL, "an issued entry is "
			    "effective on the report's issue date (%s), not "
			    "%s", st->report_issued, ev->effective);
		else
			err = walk_move(w, imp, i);
		w->issued = 1;
	} else if (strcmp(ev->kind, "status") == 0) {
		if ((err = old_matches(ev, "status",
		    rt_status_name(st->status))) == NULL)
			err = walk_move(w, imp, i);
	} else if (strcmp(ev->kind, "concurrence") == 0) {
		const char *have = rt_concurrence_name(st->concurrence);

		if ((err = old_matches(ev, "concurrence", have)) == NULL &&
		    same(ev->new, have))
			err = no_change("concurrence", have);
	} else if (strcmp(ev->kind, "target") == 0) {
		if (!rt_status_is_open(st->status))
			err = rt_error_new(RT_EREFUSED, "%s: is %s; a closed "
			    "recommendation takes no target date (reopen it "
			    "first)", w->id, rt_status_name(st->status));
		else if ((err = old_matches(ev, "target date",
		    st->target_date)) != NULL)
			;
		else if (same(ev->new, st->target_date))
			err = no_change("target date", st->target_date);
		else if (st->target_date[0] && rt_blank(ev->note) &&
		    !imp_approved_extension(imp, i))
			err = rt_error_new(RT_EREFUSED, "%s: changing the "
			    "target date from %s to %s needs a reason (the "
			    "entry's note)", w->id, st->target_date, ev->new);
	} else if (strcmp(ev->kind, "flag") == 0)
		err = walk_flag(w, ev);
	else if (strcmp(ev->kind, "field") == 0)
		err = walk_field(im, ev, h);
	else if (strcmp(ev->kind, "void") == 0)
		return NULL;		/* imp_walk_void, once queued */
	else
		err = imp_walk_closure(im, w, imp, i, h);
	if (err)
		return imp_located(im, &e->pos, err);
	rt_event_apply(&w->state, ev);
	if ((strcmp(ev->kind, "status") == 0 ||
	    strcmp(ev->kind, "issued") == 0) &&
	    !rt_status_is_open(w->state.status) &&
	    (w->state.on_hold || w->state.closure_requested))
		w->closing = e;
	return NULL;
}

/* A void entry was queued in h: mark what it voids (refused at pos when
 * that is voided already) and replay w->state from rec and h. */
struct rt_error *
imp_walk_void(struct importer *im, struct walk *w, const struct rt_rec *rec,
    struct rt_events *h, const struct rt_imp_pos *pos)
{
	const struct rt_event *v = &h->ev[h->n - 1];
	size_t j;

	for (j = 0; j + 1 < h->n && h->ev[j].id != v->voids; j++)
		continue;
	if (j + 1 >= h->n)
		return imp_located(im, pos, rt_error_new(RT_EINVAL, "voids "
		    "no entry of the recommendation's history"));
	if (strcmp(h->ev[j].kind, "issued") == 0)
		return imp_located(im, pos, rt_error_new(RT_EREFUSED, "%s: "
		    "the issued event cannot be voided", w->id));
	if (h->ev[j].inactive == RT_EVENT_VOIDED)
		return imp_located(im, pos, rt_error_new(RT_EREFUSED, "%s: "
		    "voids an entry that is voided already", w->id));
	if ((v->field || v->old || v->new) && (!same(v->field,
	    h->ev[j].field) || !same(v->old, h->ev[j].old) ||
	    !same(v->new, h->ev[j].new)))
		return imp_located(im, pos, rt_error_new(RT_EINVAL, "%s: a "
		    "void entry's field, old and new, when given, are those of "
		    "the entry it voids (%s %s: %s -> %s)", w->id,
		    h->ev[j].kind, h->ev[j].field ? h->ev[j].field : "-",
		    h->ev[j].old ? h->ev[j].old : "none",
		    h->ev[j].new ? h->ev[j].new : "none"));
	if (rt_events_mark(h->ev, h->n, NULL))
		return nomem();
	rt_rec_free(&w->state);
	return imp_replayed(im, rec, h, &w->state);
}

/* ---- the order of the walk -------------------------------------------- */

/* An entry's seq and its place in the file, to sort by seq. */
struct seq_at {
	int64_t seq;
	size_t i;
};

static int
by_seq_at(const void *a, const void *b)
{
	int64_t x = ((const struct seq_at *)a)->seq;
	int64_t y = ((const struct seq_at *)b)->seq;

	return (x > y) - (x < y);
}

struct rt_error *
imp_walk_order(const struct rt_imp_rec *imp, size_t **order, int *replay)
{
	struct seq_at *sa;
	size_t i, *o;

	*replay = 0;
	if ((o = malloc((imp->nhistory + 1) * sizeof(*o))) == NULL)
		return nomem();
	for (i = 0; i < imp->nhistory; i++)
		o[i] = i;
	*order = o;
	for (i = 0; i < imp->nhistory; i++)
		if (imp->history[i].ev.id == 0)
			return NULL;	/* not all recorded: the file's */
	for (i = 1; i < imp->nhistory; i++)
		if (imp->history[i].ev.id < imp->history[i - 1].ev.id)
			break;
	if (i >= imp->nhistory)
		return NULL;		/* recorded in the file's order */
	if ((sa = malloc(imp->nhistory * sizeof(*sa))) == NULL)
		return nomem();
	for (i = 0; i < imp->nhistory; i++) {
		sa[i].seq = imp->history[i].ev.id;
		sa[i].i = i;
	}
	qsort(sa, imp->nhistory, sizeof(*sa), by_seq_at);
	for (i = 0; i < imp->nhistory; i++)
		o[i] = sa[i].i;
	free(sa);
	*replay = 1;
	return NULL;
}

struct rt_error *
imp_walk_replay(struct importer *im, struct walk *w, const struct rt_rec *rec,
    const struct rt_events *h)
{
	rt_rec_free(&w->state);
	return imp_replayed(im, rec, h, &w->state);
}

/* The end of the history: the last closing day is over. */
struct rt_error *
imp_walk_end(struct importer *im, struct walk *w)
{
	struct rt_error *err = walk_closed(im, w, NULL);

	rt_rec_free(&w->state);
	return err;
}
