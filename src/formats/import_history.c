/*
 * rectrack — the importer's history of a recommendation (import_impl.h):
 * the events gathered for it (those recorded, then those the file adds),
 * the replay of its state from them, and the fields its entries set
 * (the lifecycle's rules each entry is checked against are in
 * import_walk.c).
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

/* ---- events ------------------------------------------------------------ */

/*
 * The events of the recommendation being imported are gathered in a
 * struct rt_events: those already recorded (an existing recommendation),
 * then those the file adds.  The state is replayed from that list in
 * memory and the new events are written once, with the row, at the end.
 */

/* Queue an event recorded now by the importing actor. */
struct rt_error *
imp_emit(struct importer *im, struct rt_events *h, const char *effective,
    const char *kind, const char *field, const char *old, const char *new)
{
	struct rt_event ev;
	const char *last;

	/* a snapshot older than a recorded change keeps the history in
	 * order: the change takes effect with the latest one */
	if (im->gao && (last = rt_events_latest(h, kind, field)) != NULL &&
	    strcmp(effective, last) < 0)
		effective = last;
	memset(&ev, 0, sizeof(ev));
	memcpy(ev.at, im->now, sizeof(ev.at));
	snprintf(ev.effective, sizeof(ev.effective), "%s", effective);
	/* pushed as a copy; the casts drop const only */
	ev.actor = (char *)im->actor;
	ev.kind = (char *)kind;
	ev.field = (char *)field;
	ev.old = (char *)old;
	ev.new = (char *)new;
	ev.note = im->note;
	return rt_events_push(h, &ev) ? nomem() : NULL;
}

/*
 * Queue entry i of imp's history, with its own actor and time when it
 * gives them.  In h an entry of the file has the id base + 1 + i, and
 * its seq in rec (the importer's own use of it); a void voids the event
 * where[j] of h, the one that entry j, of the seq it names, is.
 */
struct rt_error *
imp_emit_history(struct importer *im, struct rt_events *h,
    const struct rt_imp_rec *imp, size_t i, const size_t *where,
    int64_t base)
{
	struct rt_event ev = imp->history[i].ev;
	size_t j;

	if (ev.at[0] == '\0')
		memcpy(ev.at, im->now, sizeof(ev.at));
	if (ev.actor == NULL)
		ev.actor = (char *)im->actor;
	if (ev.field == NULL)
		ev.field = (char *)rt_event_kind_field(ev.kind);
	ev.rec = ev.id;
	ev.id = base + 1 + (int64_t)i;
	if (ev.voids) {
		/* the parser found that entry, before this one */
		for (j = 0; j < i && imp->history[j].ev.id != ev.voids; j++)
			continue;
		ev.voids = j < i ? h->ev[where[j]].id : 0;
	}
	return rt_events_push(h, &ev) ? nomem() : NULL;
}

/* Grow the queue by one slot; NULL when out of memory. */
static struct imp_queued *
queue_slot(struct importer *im)
{
	struct imp_queued *q;
	size_t cap;

	if (im->nqueue == im->capqueue) {
		cap = im->capqueue ? 2 * im->capqueue : 64;
		if ((q = realloc(im->queue, cap * sizeof(*q))) == NULL)
			return NULL;
		im->queue = q;
		im->capqueue = cap;
	}
	q = &im->queue[im->nqueue];
	memset(q, 0, sizeof(*q));
	return q;
}

/* The import's own change set, made before its first event: now, by
 * the importing actor (not by the actor of the file's first entry). */
static struct rt_error *
own_change(struct importer *im)
{
	struct rt_change_set ch;

	if (rt_store_change_current(im->st) != 0)
		return NULL;
	memset(&ch, 0, sizeof(ch));
	memcpy(ch.at, im->now, sizeof(ch.at));
	ch.actor = (char *)im->actor;
	return rt_store_change_add(im->st, &ch);
}

/* Queue the events from h->ev[from] on for rec_id, those of imp's
 * history entries (GAO's import writes them at once): imp_flush writes
 * them. */
struct rt_error *
imp_write_events(struct importer *im, int64_t rec_id,
    const struct rt_imp_rec *imp, struct rt_events *h, size_t from)
{
	struct rt_events one = { 0 };
	struct imp_queued *q;
	struct rt_error *err;
	long *at;		/* h->ev[from + k] is queue entry at[k]; -1 */
	size_t i, j;

	if ((at = malloc((h->n - from + 1) * sizeof(*at))) == NULL)
		return nomem();
	for (i = from; i < h->n; i++) {
		at[i - from] = -1;
		/* GAO's import, and an event that has no place of its own in
		 * the chain (no seq) and voids nothing, which nothing can
		 * name: written now, so that a file without seq (anything
		 * but an export) is not held in memory */
		if (im->gao || (h->ev[i].rec == 0 && h->ev[i].voids == 0)) {
			struct rt_event e = h->ev[i];

			e.rec = 0;
			if ((!im->gao && (err = own_change(im)) != NULL) ||
			    (err = rt_store_event_add(im->st, rec_id, &e))) {
				free(at);
				return err;
			}
			im->stats->events++;
			continue;
		}
		if ((q = queue_slot(im)) == NULL || rt_events_push(&one,
		    &h->ev[i])) {
			rt_events_free(&one);
			free(at);
			return nomem();
		}
		at[i - from] = (long)im->nqueue;
		q->rec_id = rec_id;
		q->ev = one.ev[0];	/* its strings move to the queue */
		one.n = 0;
		q->seq = q->ev.rec;
		q->ev.rec = 0;
		for (j = 0; q->seq && j < imp->nhistory; j++)
			if (imp->history[j].ev.id == q->seq)
				q->pos = imp->history[j].pos;
		q->order = im->nqueue;
		q->target = -1;
		if (q->ev.voids) {
			/* what it voids is queued: the events without a
			 * seq were written at once, so not every one is */
			for (j = 0; j < h->n && h->ev[j].id != q->ev.voids; j++)
				continue;
			if (j >= from && j < h->n)
				q->target = at[j - from];
		}
		im->nqueue++;
	}
	rt_events_free(&one);
	free(at);
	return NULL;
}

/* Chain order: by seq, those without one last, in the order queued. */
static int
by_seq(const void *a, const void *b)
{
	const struct imp_queued *x = *(const struct imp_queued *const *)a;
	const struct imp_queued *y = *(const struct imp_queued *const *)b;

	if ((x->seq == 0) != (y->seq == 0))
		return x->seq == 0 ? 1 : -1;
	if (x->seq != y->seq)
		return (x->seq > y->seq) - (x->seq < y->seq);
	return (x->order > y->order) - (x->order < y->order);
}

void
imp_queue_free(struct importer *im)
{
	size_t i;

	for (i = 0; i < im->nqueue; i++)
		rt_event_free(&im->queue[i].ev);
	free(im->queue);
	im->queue = NULL;
	im->nqueue = im->capqueue = 0;
	free(im->seen);
	im->seen = NULL;
	im->nseen = im->capseen = 0;
}

/* ---- events about reports, agencies and issuers ---------------------- */

/* Looking for an entry of events: among the events recorded. */
struct recorded {
	const struct importer *im;
	const struct rt_event *want;
	int64_t found;
};

static int
taken(const struct importer *im, int64_t id)
{
	size_t i;

	for (i = 0; i < im->nseen; i++)
		if (im->seen[i].id == id)
			return 1;
	return 0;
}

static int
recorded_cb(const struct rt_event *ev, void *arg)
{
	struct recorded *r = arg;
	const struct rt_event *w = r->want;

	if (strcmp(ev->effective, w->effective) != 0 ||
	    strcmp(ev->at, w->at) != 0 || strcmp(ev->kind, w->kind) != 0 ||
	    !same(ev->actor, w->actor) || !same(ev->field, w->field) ||
	    !same(ev->old, w->old) || !same(ev->new, w->new) ||
	    !same(ev->note, w->note) || (w->subject != NULL &&
	    !same(ev->subject, w->subject)) || taken(r->im, ev->id))
		return 0;
	r->found = ev->id;
	return 1;
}

/* The event ev is, recorded already and not yet matched; 0: none. */
static struct rt_error *
recorded(struct importer *im, const struct rt_event *ev, int64_t *id)
{
	struct recorded r = { im, ev, 0 };
	struct rt_error *err;

	err = rt_store_subject_event_list(im->st, ev->about - 1, ev->code,
	    recorded_cb, &r);
	if (err != NULL && err->code == RT_ENOTFOUND) {
		/* not there (yet): imp_flush refuses it if it stays so */
		rt_error_free(err);
		err = NULL;
	}
	*id = r.found;
	return err;
}

static struct rt_error *
seen_add(struct importer *im, int64_t seq, int64_t id)
{
	struct imp_seen *v;
	size_t cap;

	if (im->nseen == im->capseen) {
		cap = im->capseen ? 2 * im->capseen : 16;
		if ((v = realloc(im->seen, cap * sizeof(*v))) == NULL)
			return nomem();
		im->seen = v;
		im->capseen = cap;
	}
	im->seen[im->nseen].seq = seq;
	im->seen[im->nseen].id = id;
	im->nseen++;
	return NULL;
}

/* A void: what it voids, queued (q->target) or recorded (q->ev.voids);
 * the parser found the entry, before it in the file. */
static void
void_target(struct importer *im, struct imp_queued *q, int64_t seq)
{
	size_t j;

	q->ev.voids = 0;
	for (j = 0; j < im->nqueue; j++)
		if (im->queue[j].ev.about == q->ev.about &&
		    im->queue[j].seq == seq &&
		    strcmp(im->queue[j].ev.code, q->ev.code) == 0) {
			q->target = (long)j;
			return;
		}
	for (j = 0; j < im->nseen; j++)
		if (im->seen[j].seq == seq)
			q->ev.voids = im->seen[j].id;
}

struct rt_error *
imp_sink_event(void *arg, const struct rt_imp_event *imp)
{
	struct importer *im = arg;
	struct rt_events one = { 0 };
	struct rt_event ev = imp->ev;
	struct imp_queued *q;
	struct rt_error *err;
	int64_t id;

	if (ev.at[0] == '\0')
		memcpy(ev.at, im->now, sizeof(ev.at));
	if (ev.actor == NULL)
		ev.actor = (char *)im->actor;
	if ((err = recorded(im, &ev, &id)) != NULL)
		return err;
	if (id != 0)
		return seen_add(im, ev.id, id);
	if ((q = queue_slot(im)) == NULL || rt_events_push(&one, &ev)) {
		rt_events_free(&one);
		return nomem();
	}
	q->ev = one.ev[0];	/* its strings move to the queue */
	one.n = 0;
	rt_events_free(&one);
	q->seq = ev.id;
	q->pos = imp->pos;
	q->order = im->nqueue;
	q->target = -1;
	if (ev.voids)
		void_target(im, q, ev.voids);
	im->nqueue++;
	return NULL;
}

/* Write q, an event about a report, an agency or an issuer, under the
 * subject the file gives (so that it hashes as where it was exported);
 * one that is not there is refused at its entry. */
static struct rt_error *
subject_add(struct importer *im, struct imp_queued *q)
{
	struct rt_event e = q->ev;
	struct rt_error *err;

	e.code = NULL;
	e.about = 0;
	e.rec = 0;
	if ((err = rt_store_subject_event_add(im->st, q->ev.about - 1,
	    q->ev.code, &e)) != NULL)
		return imp_located(im, &q->pos, err);
	q->ev.id = e.id;
	return NULL;
}

/* Write the queued events in the order of the chain, in the import's
 * own change set; the queue is then empty. */
struct rt_error *
imp_flush(struct importer *im)
{
	struct imp_queued **order = NULL;
	struct rt_error *err = NULL;
	size_t i;

	if (im->nqueue == 0)
		goto done;
	if ((order = malloc(im->nqueue * sizeof(*order))) == NULL) {
		err = nomem();
		goto done;
	}
	for (i = 0; i < im->nqueue; i++)
		order[i] = &im->queue[i];
	qsort(order, im->nqueue, sizeof(*order), by_seq);
	for (i = 1; i < im->nqueue; i++)
		if (order[i]->seq != 0 && order[i]->seq == order[i - 1]->seq) {
			const struct imp_queued *a = order[i - 1];
			const struct imp_queued *b = order[i];

			if (b->order < a->order) {
				a = b;
				b = order[i - 1];
			}
			err = imp_located(im, &b->pos, rt_error_new(RT_EINVAL,
			    "seq: %lld is the seq of the entry at line %d "
			    "too; each entry has its own place in the history",
			    (long long)b->seq, a->pos.line));
			goto done;
		}
	if ((err = own_change(im)) != NULL)
		goto done;
	for (i = 0; i < im->nqueue; i++) {
		struct imp_queued *q = order[i];

		if (q->target >= 0)
			q->ev.voids = im->queue[q->target].ev.id;
		q->ev.id = 0;
		if (q->ev.about)
			err = subject_add(im, q);
		else
			err = rt_store_event_add(im->st, q->rec_id, &q->ev);
		if (err != NULL)
			goto done;
		im->stats->events++;
	}
done:
	free(order);
	imp_queue_free(im);
	return err;
}

static int
by_effective(const void *a, const void *b)
{
	const struct rt_event *x = a, *y = b;
	int c = strcmp(x->effective, y->effective);

	return c ? c : (x->id > y->id) - (x->id < y->id);
}

/* The state of rec as the events of h tell it, into *out: the order of
 * the store, effective date then recording order. */
struct rt_error *
imp_replayed(struct importer *im, const struct rt_rec *rec,
    const struct rt_events *h, struct rt_rec *out)
{
	struct rt_event *sorted;
	size_t i;

	for (i = 1; i < h->n; i++)
		if (strcmp(h->ev[i - 1].effective, h->ev[i].effective) > 0)
			break;
	if (i >= h->n) {
		rt_replay(rec, h->ev, h->n, im->today, out);
		return NULL;
	}
	if ((sorted = malloc(h->n * sizeof(*sorted))) == NULL)
		return nomem();
	memcpy(sorted, h->ev, h->n * sizeof(*sorted));
	for (i = 0; i < h->n; i++)
		sorted[i].id = (int64_t)i;
	qsort(sorted, h->n, sizeof(*sorted), by_effective);
	rt_replay(rec, sorted, h->n, im->today, out);
	free(sorted);
	return NULL;
}

/* The status an issued event gives: one recorded without is issued
 * open-pending, as a file's issued entry without `new` now is. */
static const char *
issued_new(const struct rt_event *ev)
{
	return ev->new == NULL && strcmp(ev->kind, "issued") == 0 ?
	    "open-pending" : ev->new;
}

/*
 * Whether ev is one of the first n (recorded) events of h that no entry
 * before it matched (used[i] set), and if so mark that one used: two
 * entries alike on one day are two events, and the second is recorded
 * only when two are.
 */
int
imp_history_has(const struct rt_events *h, size_t n, char *used,
    const struct rt_event *ev, size_t *at)
{
	const char *field = ev->field ? ev->field :
	    rt_event_kind_field(ev->kind);
	size_t i;

	for (i = 0; i < n; i++)
		if (!used[i] &&
		    strcmp(h->ev[i].effective, ev->effective) == 0 &&
		    same(h->ev[i].kind, ev->kind) &&
		    same(h->ev[i].field, field) &&
		    same(h->ev[i].old, ev->old) &&
		    same(issued_new(&h->ev[i]), issued_new(ev)) &&
		    same(h->ev[i].note, ev->note)) {
			used[i] = 1;
			*at = i;
			return 1;
		}
	return 0;
}

/* Copy a text field of the file into rec when it differs; 1 if it did. */
int
imp_take_text(char **have, const char *want)
{
	if (same(*have, want))
		return 0;
	free(*have);
	*have = rt_strdup(want);
	return 1;
}

/* The key of the file for money field m. */
unsigned long
imp_money_bit(enum rt_money_field m)
{
	static const unsigned long bits[RT_MONEY_COUNT] = {
		RT_IMP_QUESTIONED_COST, RT_IMP_UNSUPPORTED_COST,
		RT_IMP_FUNDS_BETTER_USE, RT_IMP_POTENTIAL_SAVINGS,
		RT_IMP_DISALLOWED_COST, RT_IMP_FBU_AGREED,
	};

	return bits[m];
}

/* The fields a `field` entry changes, with the key that states them. */
static const struct {
	const char *name;
	unsigned long bit;
} entry_fields[] = {
	{ "text", RT_IMP_TEXT }, { "agency", RT_IMP_AGENCY },
	{ "official", RT_IMP_OFFICIAL },
	{ "corrective_action", RT_IMP_CORRECTIVE_ACTION },
};

/*
 * The latest `field` entry the file adds for each field is the field's
 * value: a key of the file stating another value contradicts it (an
 * error), a key left out takes it (into rec, whose text fields are
 * replaced with copies when owned, else pointed at the entry's value).
 * fresh[i]: entry i is added by this import.
 */
struct rt_error *
imp_entries_set(struct importer *im, const struct rt_imp_rec *imp,
    const char *fresh, struct rt_rec *rec, int owned)
{
	char *const want[] = { imp->rec.text, imp->rec.agency,
	    imp->rec.official, imp->rec.corrective_action };
	char **have[] = { &rec->text, &rec->agency, &rec->official,
	    &rec->corrective_action };
	const struct rt_imp_event *e;
	struct rt_error *err;
	const char *value;
	int64_t cents;
	size_t j, k;
	int m;

	for (k = 0; k < 4 + RT_MONEY_COUNT; k++) {
		const char *name = k < 4 ? entry_fields[k].name :
		    rt_money_name((int)k - 4);
		unsigned long bit = k < 4 ? entry_fields[k].bit :
		    imp_money_bit((int)k - 4);
		int differs;

		e = NULL;
		for (j = imp->nhistory; e == NULL && j-- > 0;)
			if (fresh[j] && strcmp(imp->history[j].ev.kind,
			    "field") == 0 && same(imp->history[j].ev.field,
			    name))
				e = &imp->history[j];
		if (e == NULL)
			continue;
		m = (int)k - 4;
		cents = RT_MONEY_NONE;
		if (k >= 4 && e->ev.new != NULL &&
		    rt_money_parse(e->ev.new, &cents) == -1)
			continue;	/* refused with the entry */
		/* an agency named by a code it had before a rename is
		 * the agency it is now */
		value = e->ev.new;
		if (k == 1 && (err = imp_agency_now(im, e->ev.new, &value)))
			return err;
		/* an official by a former code, or by the free text it was
		 * made of; else one the file must declare */
		if (k == 2 && !rt_blank(e->ev.new)) {
			if ((err = imp_official_now(im, e->ev.new, &value)))
				return err;
			if (value == NULL && (err = imp_ensure_official(im,
			    e->ev.new, &e->pos)) != NULL)
				return err;
			if (value == NULL)
				value = e->ev.new;
		}
		differs = k < 4 ? !same(want[k], value) :
		    imp->rec.money[m] != cents;
		if ((imp->given & bit) && differs) {
			char v[32] = "none";

			if (k >= 4 && imp->rec.money[m] != RT_MONEY_NONE)
				rt_money_format(imp->rec.money[m], v,
				    sizeof(v));
			return rt_error_new(RT_EINVAL, "%s: is \"%s\", but "
			    "the latest %s entry of the history (line %d) "
			    "sets \"%s\"", name, k < 4 ? shown(want[k]) : v,
			    name, e->pos.line, shown(e->ev.new));
		}
		if (k >= 4) {
			rec->money[m] = cents;
			continue;
		}
		if (!owned)
			*have[k] = (char *)value;
		else if (imp_take_text(have[k], value) && value &&
		    !*have[k])
			return nomem();
	}
	return NULL;
}

/* err about the key of imp with bit b (named name), located at its value:
 * "FILE:LINE:COL: PATH.NAME: msg". */
static struct rt_error *
at_key(const struct importer *im, const struct rt_imp_rec *imp, int b,
    const char *name, struct rt_error *err)
{
	struct rt_error *e;

	if (imp->keypos[b].line == 0)
		return imp_located(im, &imp->pos, err);
	e = rt_error_new(err->code, "%s:%d:%d: %s.%s: %s", im->file,
	    imp->keypos[b].line, imp->keypos[b].col, imp->pos.path, name,
	    err->msg);
	rt_error_free(err);
	return e;
}

/* The bit number of an RT_IMP_* key. */
static int
bit_no(unsigned long bit)
{
	int b;

	for (b = 0; b < RT_IMP_NKEYS && !(bit & (1UL << b)); b++)
		;
	return b;
}

/*
 * A new recommendation with a history is in the state the history
 * leaves (h, replayed onto rec): each key of the file that states part
 * of that state (status, concurrence, the dates, the flags) must state
 * what the history leaves, as the keys of an export do.  A key that
 * states something else is refused at the key, not dropped nor
 * recorded as a later change.
 */
struct rt_error *
imp_history_keys(struct importer *im, const struct rt_imp_rec *imp,
    const struct rt_rec *rec, const struct rt_events *h)
{
	static const struct {
		unsigned long bit;
		const char *name;
		size_t off;
	} dates[] = {
		{ RT_IMP_TARGET, "target_date",
		  offsetof(struct rt_rec, target_date) },
		{ RT_IMP_ORIGINAL_TARGET, "original_target_date",
		  offsetof(struct rt_rec, original_target_date) },
		{ RT_IMP_RESOLVED, "resolved_date",
		  offsetof(struct rt_rec, resolved_date) },
		{ RT_IMP_CLOSED, "closed_date",
		  offsetof(struct rt_rec, closed_date) },
	};
	const struct rt_rec *want = &imp->rec;
	struct rt_error *err = NULL;
	struct rt_rec r;
	const char *st, *name = NULL;
	unsigned long bit = 0;
	size_t i;
	int f;

	if ((err = imp_replayed(im, rec, h, &r)))
		return err;
	st = rt_status_name(r.status);
	if ((imp->given & RT_IMP_STATUS) && want->status != r.status) {
		bit = RT_IMP_STATUS;
		name = "status";
		err = rt_error_new(RT_EINVAL, "%s, but the history leaves the "
		    "recommendation %s", rt_status_name(want->status), st);
	} else if ((imp->given & RT_IMP_CONCURRENCE) &&
	    want->concurrence != r.concurrence) {
		bit = RT_IMP_CONCURRENCE;
		name = "concurrence";
		err = rt_error_new(RT_EINVAL, "%s, but the history leaves the "
		    "concurrence %s", rt_concurrence_name(want->concurrence),
		    rt_concurrence_name(r.concurrence));
	}
	for (i = 0; err == NULL && i < sizeof(dates) / sizeof(dates[0]);
	    i++) {
		const char *w = (const char *)want + dates[i].off;
		const char *have = (const char *)&r + dates[i].off;

		if (!(imp->given & dates[i].bit) || strcmp(w, have) == 0)
			continue;
		bit = dates[i].bit;
		name = dates[i].name;
		if (dates[i].bit == RT_IMP_CLOSED && have[0] == '\0')
			err = rt_error_new(RT_EINVAL, "%s, but the history "
			    "leaves the recommendation %s (no closing)",
			    shown(w), st);
		else if (dates[i].bit == RT_IMP_RESOLVED && have[0] == '\0')
			err = rt_error_new(RT_EINVAL, "%s, but the history "
			    "leaves the recommendation %s (no resolution)",
			    shown(w), st);
		else if (i < 2)
			err = rt_error_new(RT_EINVAL, "%s, but the history "
			    "leaves the %s %s", shown(w), i == 0 ?
			    "target date" : "original target date",
			    shown(have));
		else
			err = rt_error_new(RT_EINVAL, "%s, but the history %s "
			    "the recommendation on %s", shown(w), i == 2 ?
			    "resolves" : "closes", have);
	}
	for (f = 0; err == NULL && f < RT_FLAG_COUNT; f++) {
		bit = RT_IMP_PRIORITY << f;
		name = rt_flag_field(f);
		if ((imp->given & bit) && rt_flag_get(want, f) !=
		    rt_flag_get(&r, f))
			err = rt_error_new(RT_EINVAL, "%s, but the history "
			    "leaves %s %s", rt_flag_get(want, f) ? "true" :
			    "false", name, rt_flag_get(&r, f) ? "set" :
			    "unset");
	}
	rt_rec_free(&r);
	return err ? at_key(im, imp, bit_no(bit), name, err) : NULL;
}
