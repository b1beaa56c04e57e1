#include "core/event.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/text.h"
#include "store/store.h"

/* ---- flags -------------------------------------------------------------- */

static const char *const flag_fields[RT_FLAG_COUNT] = {
	"priority", "significant", "on_hold", "closure_requested",
	"partially_addressed",
};

int
rt_flag_lookup(const char *name)
{
	char field[32];
	size_t i;
	int f;

	if (strlen(name) >= sizeof(field))
		return -1;
	for (i = 0; name[i]; i++)
		field[i] = name[i] == '-' ? '_' : name[i];
	field[i] = '\0';
	for (f = 0; f < RT_FLAG_COUNT; f++)
		if (strcmp(field, flag_fields[f]) == 0)
			return f;
	return -1;
}

static const char *const flag_names[RT_FLAG_COUNT] = {
	"priority", "significant", "on-hold", "closure-requested",
	"partially-addressed",
};

const char *
rt_flag_name(enum rt_flag f)
{
	return flag_names[f];
}

const char *
rt_flag_field(enum rt_flag f)
{
	return flag_fields[f];
}

int *
rt_flag_ptr(struct rt_rec *rec, enum rt_flag f)
{
	switch (f) {
	case RT_FLAG_PRIORITY: return &rec->priority;
	case RT_FLAG_SIGNIFICANT: return &rec->significant;
	case RT_FLAG_ON_HOLD: return &rec->on_hold;
	case RT_FLAG_CLOSURE_REQUESTED: return &rec->closure_requested;
	default: return &rec->partially_addressed;
	}
}

int
rt_flag_get(const struct rt_rec *rec, enum rt_flag f)
{
	return *rt_flag_ptr((struct rt_rec *)rec, f);
}

struct rt_error *
rt_flag_check(const struct rt_rec *rec, enum rt_flag f, int v)
{
	if (v && !rt_status_is_open(rec->status) &&
	    (f == RT_FLAG_ON_HOLD || f == RT_FLAG_CLOSURE_REQUESTED))
		return rt_error_new(RT_EREFUSED, "%s#%s: is %s; only an open "
		    "recommendation can be %s", rec->report, rec->number,
		    rt_status_name(rec->status), f == RT_FLAG_ON_HOLD ?
		    "on hold" : "awaiting closure");
	return NULL;
}

const char *
rt_flag_names(void)
{
	return "priority, significant, on-hold, closure-requested, "
	    "partially-addressed";
}

/* ---- applying an event ------------------------------------------------ */

static void
set_date(char d[RT_DATE_SIZE], const char *s)
{
	snprintf(d, RT_DATE_SIZE, "%s", s ? s : "");
}

void
rt_event_status_apply(struct rt_rec *rec, enum rt_status to, const char *effective)
{
	/* a management decision is a move into open-resolved from an
	 * unresolved status; a reopen keeps the decision it had (or
	 * records one, when it never had any), and a move back to an
	 * unresolved status keeps the date of the latest decision */
	if (to == RT_OPEN_RESOLVED && (rec->status == RT_OPEN_PENDING ||
	    rec->status == RT_OPEN_UNRESOLVED ||
	    (!rt_status_is_open(rec->status) && rec->resolved_date[0] == '\0')))
		set_date(rec->resolved_date, effective);
	rec->status = to;
	if (rt_status_is_open(to))
		set_date(rec->closed_date, NULL);
	else
		set_date(rec->closed_date, effective);
}

void
rt_event_apply(struct rt_rec *rec, const struct rt_event *ev)
{
	enum rt_status st;
	int f;

	if (strcmp(ev->kind, "issued") == 0 || strcmp(ev->kind, "status") == 0) {
		if (ev->new && rt_status_parse(ev->new, &st) == 0)
			rt_event_status_apply(rec, st, ev->effective);
	} else if (strcmp(ev->kind, "concurrence") == 0) {
		if (ev->new)
			rt_concurrence_parse(ev->new, &rec->concurrence);
	} else if (strcmp(ev->kind, "target") == 0) {
		set_date(rec->target_date, ev->new);
		if (rec->original_target_date[0] == '\0')
			set_date(rec->original_target_date, ev->new);
	} else if (strcmp(ev->kind, "flag") == 0 && ev->field &&
	    (f = rt_flag_lookup(ev->field)) != -1)
		*rt_flag_ptr(rec, f) = ev->new && strcmp(ev->new, "yes") == 0;
	else if ((strcmp(ev->kind, "request") == 0 ||
	    strcmp(ev->kind, "decision") == 0) && ev->field &&
	    strcmp(ev->field, "closure") == 0)
		/* a closure request awaits its decision */
		rec->closure_requested = ev->kind[0] == 'r';
}

const char *
rt_event_kind_field(const char *kind)
{
	if (strcmp(kind, "status") == 0 || strcmp(kind, "issued") == 0)
		return "status";
	if (strcmp(kind, "concurrence") == 0)
		return "concurrence";
	if (strcmp(kind, "target") == 0)
		return "target_date";
	return NULL;
}

/* ---- writing an event ------------------------------------------------- */

struct rt_error *
rt_effective_date(const char *given, const struct rt_rec *rec,
    char out[RT_DATE_SIZE])
{
	const char *issued = rec->report_issued;
	char today[RT_DATE_SIZE];

	rt_clock_today(today);
	if (given == NULL || *given == '\0') {
		memcpy(out, today, RT_DATE_SIZE);
		given = today;
	} else if (!rt_date_valid(given))
		return rt_error_new(RT_EINVAL, "%s#%s: effective date \"%s\" "
		    "is not a date (expected YYYY-MM-DD, a day that exists)",
		    rec->report, rec->number, given);
	if (strcmp(given, today) > 0)
		return rt_error_new(RT_EINVAL, "%s#%s: effective date %s is "
		    "after today (%s)", rec->report, rec->number, given, today);
	if (strcmp(given, issued) < 0)
		return rt_error_new(RT_EINVAL, "%s#%s: effective date %s is "
		    "before the report was issued (%s)", rec->report,
		    rec->number, given, issued);
	snprintf(out, RT_DATE_SIZE, "%s", given);
	return NULL;
}

struct rt_error *
rt_event_write(struct rt_store *st, int64_t rec_id, const char *effective,
    const char *actor, const char *kind, const char *field,
    const char *old, const char *new, const char *note)
{
	struct rt_event ev;
	struct rt_error *err;

	/* what the command was given (the old value is the stored one) */
	if ((err = rt_text_check("actor", actor)) != NULL ||
	    (err = rt_text_check(field ? field : kind, new)) != NULL ||
	    (err = rt_text_check("note", note)) != NULL)
		return err;
	memset(&ev, 0, sizeof(ev));
	rt_clock_now(ev.at);
	snprintf(ev.effective, sizeof(ev.effective), "%s", effective);
	/* The store binds (copies) these; the casts drop const only. */
	ev.actor = (char *)actor;
	ev.kind = (char *)kind;
	ev.field = (char *)field;
	ev.old = (char *)old;
	ev.new = (char *)new;
	ev.note = (char *)note;
	return rt_store_event_add(st, rec_id, &ev);
}

/* ---- the events of a recommendation ------------------------------------ */

int
rt_events_push(struct rt_events *e, const struct rt_event *ev)
{
	struct rt_event *copy;

	if (e->n == e->cap) {
		size_t cap = e->cap ? 2 * e->cap : 16;
		struct rt_event *p = realloc(e->ev, cap * sizeof(*p));

		if (p == NULL) {
			e->nomem = 1;
			return -1;
		}
		e->ev = p;
		e->cap = cap;
	}
	copy = &e->ev[e->n];
	*copy = *ev;
	copy->actor = rt_strdup(ev->actor);
	copy->kind = rt_strdup(ev->kind);
	copy->field = rt_strdup(ev->field);
	copy->old = rt_strdup(ev->old);
	copy->new = rt_strdup(ev->new);
	copy->note = rt_strdup(ev->note);
	copy->subject = rt_strdup(ev->subject);
	copy->code = rt_strdup(ev->code);
	if ((ev->actor && !copy->actor) || (ev->kind && !copy->kind) ||
	    (ev->field && !copy->field) || (ev->old && !copy->old) ||
	    (ev->new && !copy->new) || (ev->note && !copy->note) ||
	    (ev->subject && !copy->subject) || (ev->code && !copy->code)) {
		rt_event_free(copy);
		e->nomem = 1;
		return -1;
	}
	e->n++;
	return 0;
}

int
rt_event_dup(const struct rt_event *ev, struct rt_event *out)
{
	struct rt_events one = { 0 };

	memset(out, 0, sizeof(*out));
	if (rt_events_push(&one, ev))
		return -1;
	*out = one.ev[0];
	free(one.ev);
	return 0;
}

static int
gather(const struct rt_event *ev, void *arg)
{
	return rt_events_push(arg, ev) != 0;
}

void
rt_events_free(struct rt_events *e)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		rt_event_free(&e->ev[i]);
	free(e->ev);
	memset(e, 0, sizeof(*e));
}

static int
by_id_desc(const void *a, const void *b)
{
	const struct rt_event *x = *(const struct rt_event *const *)a;
	const struct rt_event *y = *(const struct rt_event *const *)b;

	return (x->id < y->id) - (x->id > y->id);
}

int
rt_events_mark(struct rt_event *ev, size_t n, const char *known)
{
	struct rt_event **by_id;
	size_t i, j;

	if (n == 0)
		return 0;
	if ((by_id = malloc(n * sizeof(*by_id))) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		by_id[i] = &ev[i];
		ev[i].inactive = RT_EVENT_IN_FORCE;
	}
	qsort(by_id, n, sizeof(*by_id), by_id_desc);
	/* newest first: whether a void is in force is known before the
	 * event it voids is reached, since it was recorded after it */
	for (i = 0; i < n; i++) {
		struct rt_event *e = by_id[i];

		if (known && strcmp(e->at, known) > 0) {
			e->inactive = RT_EVENT_UNKNOWN;
			continue;
		}
		if (e->inactive != RT_EVENT_IN_FORCE ||
		    strcmp(e->kind, "void") != 0)
			continue;
		for (j = i + 1; j < n; j++)
			if (by_id[j]->id == e->voids) {
				if (by_id[j]->inactive == RT_EVENT_IN_FORCE)
					by_id[j]->inactive = RT_EVENT_VOIDED;
				break;
			}
	}
	free(by_id);
	return 0;
}

int
rt_event_applies(const struct rt_event *ev)
{
	return ev->inactive == RT_EVENT_IN_FORCE &&
	    strcmp(ev->kind, "void") != 0;
}

int
rt_events_known(const struct rt_events *e)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		if (e->ev[i].inactive != RT_EVENT_UNKNOWN)
			return 1;
	return e->n == 0;
}

struct rt_error *
rt_events_load(struct rt_store *st, int64_t rec_id, struct rt_events *e)
{
	struct rt_error *err;

	memset(e, 0, sizeof(*e));
	if ((err = rt_store_event_list(st, rec_id, gather, e)) == NULL &&
	    (e->nomem || rt_events_mark(e->ev, e->n, rt_store_known(st))))
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err)
		rt_events_free(e);
	return err;
}

const char *
rt_events_latest(const struct rt_events *h, const char *kind,
    const char *field)
{
	const char *last = NULL;
	size_t i;

	for (i = 0; i < h->n; i++) {
		const struct rt_event *ev = &h->ev[i];
		int same;

		/* a voided change no longer holds the history back */
		if (!rt_event_applies(ev))
			continue;
		same = strcmp(kind, "status") == 0 ?
		    strcmp(ev->kind, "status") == 0 ||
		    strcmp(ev->kind, "issued") == 0 :
		    strcmp(ev->kind, kind) == 0 && (field == NULL ||
		    (ev->field && strcmp(ev->field, field) == 0));

		if (same && (last == NULL || strcmp(ev->effective, last) > 0))
			last = ev->effective;
	}
	return last;
}

static struct rt_error *
order_error(const char *id, const char *effective, const char *what,
    const char *last)
{
	return rt_error_new(RT_EREFUSED, "%s: effective date %s is before the "
	    "latest %s change (%s); the history must stay in order", id,
	    effective, what, last);
}

struct rt_error *
rt_events_order(const struct rt_events *h, const char *id, const char *kind,
    const char *field, const char *effective)
{
	const char *last;

	if ((last = rt_events_latest(h, kind, field)) &&
	    strcmp(effective, last) < 0)
		return order_error(id, effective, field ? field : kind, last);
	return NULL;
}

struct rt_error *
rt_check_order(struct rt_store *st, const struct rt_rec *rec,
    const char *kind, const char *field, const char *effective)
{
	struct rt_error *err = NULL;
	struct rt_events h;
	const char *last;
	struct rt_buf id = { 0 };

	if ((err = rt_events_load(st, rec->id, &h)) != NULL)
		return err;
	if ((last = rt_events_latest(&h, kind, field)) &&
	    strcmp(effective, last) < 0) {
		rt_buf_printf(&id, "%s#%s", rec->report, rec->number);
		err = rt_events_order(&h, id.s ? id.s : rec->report, kind,
		    field, effective);
		rt_buf_free(&id);
	}
	rt_events_free(&h);
	return err;
}
