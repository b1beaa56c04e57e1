#include "core/queue.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "core/outstanding.h"
#include "core/select.h"

int
rt_filter_queue_match(const struct rt_filter *f, const struct rt_rec *rec)
{
	int open = rt_status_is_open(rec->status);
	size_t i;

	if (f->nofficials) {
		for (i = 0; i < f->nofficials; i++)
			if (rec->official &&
			    strcmp(rec->official, f->officials[i]) == 0)
				break;
		if (i == f->nofficials)
			return 0;
	}
	if (f->due_from && f->due_to && (!open || !rec->target_date[0] ||
	    strcmp(rec->target_date, f->due_from) < 0 ||
	    strcmp(rec->target_date, f->due_to) > 0))
		return 0;
	if (f->unresolved_before && ((rec->status != RT_OPEN_UNRESOLVED &&
	    rec->status != RT_OPEN_PENDING) ||
	    strcmp(rec->report_issued, f->unresolved_before) >= 0))
		return 0;
	if (f->no_target && (!open || rec->target_date[0]))
		return 0;
	return 1;
}

/* ---- sorting ------------------------------------------------------------ */

static const char *const sort_names[RT_SORT_FIELDS] = { "target", "age",
    "agency", "official", "amount" };

const char *
rt_sort_field_name(enum rt_sort_field f)
{
	return (int)f >= 0 && f < RT_SORT_FIELDS ? sort_names[f] : NULL;
}

struct rt_error *
rt_sort_parse(const char *s, struct rt_sort *out)
{
	const char *p = s, *end;
	size_t len, i, k;
	int desc;

	memset(out, 0, sizeof(*out));
	for (;;) {
		end = strchr(p, ',');
		len = end ? (size_t)(end - p) : strlen(p);
		desc = len > 0 && *p == '-';
		for (i = 0; i < RT_SORT_FIELDS; i++)
			if (strlen(sort_names[i]) == len - desc &&
			    strncmp(p + desc, sort_names[i], len - desc) == 0)
				break;
		if (i == RT_SORT_FIELDS)
			return rt_error_new(RT_EUSAGE, "--sort: \"%.*s\" is "
			    "not a sort field (target, age, agency, official, "
			    "amount)", (int)len, p);
		for (k = 0; k < out->n; k++)
			if (out->field[k] == (enum rt_sort_field)i)
				return rt_error_new(RT_EUSAGE, "--sort: %s "
				    "given twice", sort_names[i]);
		out->field[out->n] = (enum rt_sort_field)i;
		out->desc[out->n++] = desc;
		if (end == NULL)
			return NULL;
		p = end + 1;
	}
}

/* Two strings, a missing one (NULL or "") last whatever desc says. */
static int
cmp_str(const char *a, const char *b, int desc)
{
	int ma = a == NULL || *a == '\0', mb = b == NULL || *b == '\0';
	int c;

	if (ma || mb)
		return ma - mb;
	c = strcmp(a, b);
	return desc ? -c : c;
}

/* Questioned cost plus funds put to better use, the totals of the
 * outstanding report; an amount not stated counts as none. */
static int64_t
amount(const struct rt_rec *r)
{
	int64_t q = r->money[RT_QUESTIONED_COST];
	int64_t f = r->money[RT_FUNDS_BETTER_USE];

	return (q == RT_MONEY_NONE ? 0 : q) + (f == RT_MONEY_NONE ? 0 : f);
}

int
rt_sort_cmp(const struct rt_sort *s, const struct rt_rec *a,
    const struct rt_rec *b)
{
	int64_t x, y;
	size_t i;
	int c = 0;

	for (i = 0; c == 0 && i < s->n; i++) {
		switch (s->field[i]) {
		case RT_SORT_TARGET:
			c = cmp_str(a->target_date, b->target_date,
			    s->desc[i]);
			break;
		case RT_SORT_AGE:
			c = cmp_str(a->report_issued, b->report_issued,
			    s->desc[i]);
			break;
		case RT_SORT_AGENCY:
			c = cmp_str(a->agency, b->agency, s->desc[i]);
			break;
		case RT_SORT_OFFICIAL:
			c = cmp_str(a->official, b->official, s->desc[i]);
			break;
		case RT_SORT_AMOUNT:
			x = amount(a);
			y = amount(b);
			/* largest first */
			c = (x < y) - (x > y);
			if (s->desc[i])
				c = -c;
			break;
		case RT_SORT_FIELDS:
			break;
		}
	}
	return c;
}

struct slot {
	const struct rt_rec *rec;
	size_t seq;
	const struct rt_sort *s;
};

static int
slot_cmp(const void *pa, const void *pb)
{
	const struct slot *a = pa, *b = pb;
	int c = rt_sort_cmp(a->s, a->rec, b->rec);

	if (c)
		return c;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

void
rt_sort_recs(const struct rt_sort *s, const struct rt_rec **v, size_t n)
{
	struct slot *t;
	size_t i;

	if (n < 2 || s->n == 0)
		return;
	if ((t = calloc(n, sizeof(*t))) == NULL) {
		/* a stable insertion sort needs no memory */
		for (i = 1; i < n; i++) {
			const struct rt_rec *r = v[i];
			size_t j = i;

			for (; j > 0 && rt_sort_cmp(s, v[j - 1], r) > 0; j--)
				v[j] = v[j - 1];
			v[j] = r;
		}
		return;
	}
	for (i = 0; i < n; i++) {
		t[i].rec = v[i];
		t[i].seq = i;
		t[i].s = s;
	}
	qsort(t, n, sizeof(*t), slot_cmp);
	for (i = 0; i < n; i++)
		v[i] = t[i].rec;
	free(t);
}

struct rt_error *
rt_recs_add(struct rt_recs *r, const struct rt_rec *rec)
{
	struct rt_rec *v;
	size_t cap;

	if (r->n == r->cap) {
		cap = r->cap ? 2 * r->cap : 64;
		if ((v = realloc(r->v, cap * sizeof(*v))) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		r->v = v;
		r->cap = cap;
	}
	if (rt_rec_dup(rec, &r->v[r->n]) == -1) {
		rt_rec_free(&r->v[r->n]);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	r->n++;
	return NULL;
}

int
rt_recs_cb(const struct rt_rec *rec, void *arg)
{
	struct rt_recs_walk *w = arg;

	return (w->err = rt_recs_add(&w->recs, rec)) != NULL;
}

void
rt_recs_free(struct rt_recs *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		rt_rec_free(&r->v[i]);
	free(r->v);
	memset(r, 0, sizeof(*r));
}

/* ---- the working queue -------------------------------------------------- */

int
rt_due_group_of(const struct rt_rec *rec, const char *as_of, int within,
    int undecided, long *days)
{
	long d;

	if (!rt_status_is_open(rec->status))
		return -1;
	if (rec->target_date[0]) {
		d = rt_date_diff(as_of, rec->target_date);
		if (d < 0) {
			*days = -d;
			return RT_DUE_OVERDUE;
		}
		if (d <= within) {
			*days = d;
			return RT_DUE_SOON;
		}
	}
	if ((rec->status == RT_OPEN_UNRESOLVED ||
	    rec->status == RT_OPEN_PENDING) && rec->report_issued[0] &&
	    (d = rt_date_diff(rec->report_issued, as_of)) > undecided) {
		*days = d;
		return RT_DUE_UNDECIDED;
	}
	return -1;
}

const char *
rt_due_group_key(enum rt_due_group g)
{
	static const char *const keys[RT_DUE_GROUPS] = { "overdue",
	    "due-soon", "awaiting-decision" };

	return (unsigned)g < RT_DUE_GROUPS ? keys[g] : "";
}

void
rt_due_heading(const struct rt_due *d, enum rt_due_group g, char *buf,
    size_t n)
{
	switch (g) {
	case RT_DUE_OVERDUE:
		snprintf(buf, n, "Overdue");
		break;
	case RT_DUE_SOON:
		snprintf(buf, n, "Due within %d %s", d->within,
		    d->within == 1 ? "day" : "days");
		break;
	default:
		if (d->undecided == 183)
			snprintf(buf, n, "Awaiting a decision over six "
			    "months");
		else
			snprintf(buf, n, "Awaiting a decision over %d days",
			    d->undecided);
		break;
	}
}

struct due_walk {
	struct rt_due *d;
	size_t cap;
	struct rt_error *err;
};

static int
due_cb(const struct rt_rec *rec, void *arg)
{
	struct due_walk *w = arg;
	struct rt_due *d = w->d;
	struct rt_due_item *it;
	long days;
	int g;

	if ((g = rt_due_group_of(rec, d->as_of, d->within, d->undecided,
	    &days)) < 0)
		return 0;
	if (d->nitems == w->cap) {
		size_t cap = w->cap ? 2 * w->cap : 32;

		if ((it = realloc(d->items, cap * sizeof(*it))) == NULL)
			goto nomem;
		d->items = it;
		w->cap = cap;
	}
	it = &d->items[d->nitems];
	memset(it, 0, sizeof(*it));
	it->group = (enum rt_due_group)g;
	it->days = days;
	d->nitems++;
	if (rt_rec_dup(rec, &it->rec) == -1)
		goto nomem;
	d->count[g]++;
	return 0;
nomem:
	w->err = rt_error_new(RT_ENOMEM, "out of memory");
	return 1;
}

/* Group, then the group's date, then listing order (stable: the items
 * are in listing order and sorted by a key that ends with their place). */
struct due_slot {
	struct rt_due_item it;
	size_t seq;
};

static int
due_cmp(const void *pa, const void *pb)
{
	const struct due_slot *a = pa, *b = pb;
	int c;

	if (a->it.group != b->it.group)
		return a->it.group < b->it.group ? -1 : 1;
	if (a->it.group == RT_DUE_UNDECIDED)
		c = strcmp(a->it.rec.report_issued, b->it.rec.report_issued);
	else
		c = strcmp(a->it.rec.target_date, b->it.rec.target_date);
	if (c)
		return c;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

struct rt_error *
rt_due_build(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, int within, int undecided, struct rt_due *out)
{
	struct rt_error *err = NULL;
	struct rt_filter open = *f;
	struct due_slot *t = NULL;
	struct due_walk w;
	size_t i;
	int s;

	memset(out, 0, sizeof(*out));
	memcpy(out->as_of, as_of, RT_DATE_SIZE);
	out->within = within;
	out->undecided = undecided;
	if (open.statuses == 0)
		for (s = 0; s < RT_STATUS_COUNT; s++)
			if (rt_status_is_open(s))
				open.statuses |= 1u << s;
	memset(&w, 0, sizeof(w));
	w.d = out;
	if ((err = rt_select(st, &open, as_of, due_cb, &w)) == NULL)
		err = w.err;
	if (err || out->nitems < 2)
		goto done;
	if ((t = calloc(out->nitems, sizeof(*t))) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < out->nitems; i++) {
		t[i].it = out->items[i];
		t[i].seq = i;
	}
	qsort(t, out->nitems, sizeof(*t), due_cmp);
	for (i = 0; i < out->nitems; i++)
		out->items[i] = t[i].it;
done:
	free(t);
	return err;
}

void
rt_due_free(struct rt_due *d)
{
	size_t i;

	for (i = 0; i < d->nitems; i++)
		rt_rec_free(&d->items[i].rec);
	free(d->items);
	memset(d, 0, sizeof(*d));
}

/* ---- the outstanding report -------------------------------------------- */

struct item_slot {
	struct rt_open_item it;
	const struct rt_sort *s;
};

static int
item_cmp(const void *pa, const void *pb)
{
	const struct item_slot *a = pa, *b = pb;
	int c;

	if (a->it.rank != b->it.rank)
		return a->it.rank < b->it.rank ? -1 : 1;
	if ((c = rt_sort_cmp(a->s, &a->it.rec, &b->it.rec)) != 0)
		return c;
	return (a->it.seq > b->it.seq) - (a->it.seq < b->it.seq);
}

struct rt_error *
rt_outstanding_sort(struct rt_outstanding *o, const struct rt_sort *s)
{
	struct item_slot *t;
	size_t i;

	if (o->nitems < 2 || s->n == 0)
		return NULL;
	if ((t = calloc(o->nitems, sizeof(*t))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; i < o->nitems; i++) {
		t[i].it = o->items[i];
		t[i].s = s;
	}
	qsort(t, o->nitems, sizeof(*t), item_cmp);
	for (i = 0; i < o->nitems; i++)
		o->items[i] = t[i].it;
	free(t);
	return NULL;
}
