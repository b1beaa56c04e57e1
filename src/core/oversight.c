#include "core/oversight.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/select.h"
#include "store/store.h"

static struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

/* ---- periods ------------------------------------------------------------ */

int
rt_period_parse(const char *s, struct rt_period *out)
{
	char *end;
	long fy;

	memset(out, 0, sizeof(*out));
	if (!isdigit((unsigned char)s[0]))
		return -1;
	fy = strtol(s, &end, 10);
	if (end - s != 4 || fy < 1001 || fy > 9999 || (end[0] != 'H' && end[0] != 'h') ||
	    (end[1] != '1' && end[1] != '2') || end[2] != '\0')
		return -1;
	if (end[1] == '1') {
		rt_date_from_days(rt_date_days((int)fy - 1, 10, 1), out->from);
		rt_date_from_days(rt_date_days((int)fy, 3, 31), out->to);
	} else {
		rt_date_from_days(rt_date_days((int)fy, 4, 1), out->from);
		rt_date_from_days(rt_date_days((int)fy, 9, 30), out->to);
	}
	snprintf(out->name, sizeof(out->name), "%dH%c", (int)fy, end[1]);
	return 0;
}

int
rt_period_span(const char *from, const char *to, struct rt_period *out)
{
	memset(out, 0, sizeof(*out));
	if (!rt_date_valid(from) || !rt_date_valid(to) ||
	    strcmp(from, to) > 0)
		return -1;
	snprintf(out->from, sizeof(out->from), "%s", from);
	snprintf(out->to, sizeof(out->to), "%s", to);
	return 0;
}

const char *
rt_sar_row_name(int row)
{
	static const char *const names[RT_ROW_COUNT] = { "A", "B", "A+B",
	    "C", "C(i)", "C(ii)", "D", "D, over 6 months" };

	return row >= 0 && row < RT_ROW_COUNT ? names[row] : NULL;
}

/* ---- lists -------------------------------------------------------------- */

static void
item_free(struct rt_ov_item *it)
{
	rt_rec_free(&it->rec);
	free(it->issuer_kind);
	free(it->reason);
}

static void
list_free(struct rt_ov_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		item_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* The latest note (an event of kind note) effective by day; NULL. */
static const struct rt_event *
latest_note(const struct rt_events *e, const char *day)
{
	size_t i;

	for (i = e->n; i-- > 0;) {
		const struct rt_event *ev = &e->ev[i];

		if (strcmp(ev->effective, day) <= 0 &&
		    strcmp(ev->kind, "note") == 0 && ev->note && ev->note[0])
			return ev;
	}
	return NULL;
}

/* Append a deep copy of the state rec (as of day, with its events e) to
 * l; -1 when out of memory. */
static int
list_add(struct rt_ov_list *l, const struct rt_rec *rec,
    const struct rt_events *e, const char *day, const char *kind)
{
	const struct rt_event *note;
	struct rt_ov_item *it;
	const char *end;

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 32;

		if ((it = realloc(l->v, cap * sizeof(*it))) == NULL)
			return -1;
		l->v = it;
		l->cap = cap;
	}
	it = &l->v[l->n];
	memset(it, 0, sizeof(*it));
	if (rt_rec_dup(rec, &it->rec) == -1) {
		rt_rec_free(&it->rec);
		return -1;
	}
	l->n++;
	if (kind && (it->issuer_kind = rt_strdup(kind)) == NULL)
		return -1;
	if ((note = latest_note(e, day)) != NULL) {
		if ((it->reason = rt_strdup(note->note)) == NULL)
			return -1;
		memcpy(it->reason_date, note->effective, RT_DATE_SIZE);
	}
	end = rec->closed_date[0] && strcmp(rec->closed_date, day) <= 0 ?
	    rec->closed_date : day;
	it->age_days = rt_date_diff(rec->report_issued, end);
	return 0;
}

/* ---- the issuers' kinds -------------------------------------------------- */

struct kinds {
	char **code, **kind;
	size_t n, cap;
	int nomem;
};

static int
keep_kind(const struct rt_issuer *is, void *arg)
{
	struct kinds *k = arg;

	if (k->n == k->cap) {
		size_t cap = k->cap ? 2 * k->cap : 8;
		char **c = realloc(k->code, cap * sizeof(*c));

		if (c == NULL)
			goto fail;
		k->code = c;
		if ((c = realloc(k->kind, cap * sizeof(*c))) == NULL)
			goto fail;
		k->kind = c;
		k->cap = cap;
	}
	k->code[k->n] = rt_strdup(is->code);
	k->kind[k->n] = rt_strdup(is->kind ? is->kind : "other");
	k->n++;
	if (k->code[k->n - 1] && k->kind[k->n - 1])
		return 0;
fail:
	k->nomem = 1;
	return 1;
}

static const char *
kind_of(const struct kinds *k, const char *code)
{
	size_t i;

	for (i = 0; code && i < k->n; i++)
		if (strcmp(k->code[i], code) == 0)
			return k->kind[i];
	return NULL;
}

static void
kinds_free(struct kinds *k)
{
	size_t i;

	for (i = 0; i < k->n; i++) {
		free(k->code[i]);
		free(k->kind[i]);
	}
	free(k->code);
	free(k->kind);
	memset(k, 0, sizeof(*k));
}

static struct rt_error *
kinds_load(struct rt_store *st, struct kinds *k)
{
	struct rt_error *err;

	memset(k, 0, sizeof(*k));
	if ((err = rt_store_issuer_list(st, keep_kind, k)) == NULL &&
	    k->nomem)
		err = nomem();
	return err;
}

/* ---- the semiannual figures ---------------------------------------------- */

static int
decided(enum rt_status s)
{
	return s == RT_OPEN_RESOLVED || s == RT_CLOSED_IMPLEMENTED ||
	    s == RT_CLOSED_NOT_IMPLEMENTED;
}

static int
unresolved(enum rt_status s)
{
	return s == RT_OPEN_PENDING || s == RT_OPEN_UNRESOLVED;
}

static int64_t
cents(const struct rt_rec *rec, int m)
{
	return rec->money[m] == RT_MONEY_NONE ? 0 : rec->money[m];
}

/* What one report contributes, gathered over its recommendations. */
struct report_acc {
	char *number;
	int in_row[2][RT_ROW_COUNT];	/* Table I, II: counted in the row */
	int open_start, open_start_resolved_only, existed;
	int issued_in, open_end, any_open_end_unresolved;
};

struct sar_walk {
	struct rt_store *st;
	const struct rt_config *cfg;
	struct rt_sar *s;
	struct kinds kinds;
	struct report_acc rep;
	int have_rep;
	struct rt_error *err;
};

/* Count the report just finished in every row it took part in. */
static void
report_done(struct sar_walk *w)
{
	struct report_acc *r = &w->rep;
	struct rt_sar *s = w->s;
	int row;

	if (!w->have_rep)
		return;
	for (row = 0; row < RT_ROW_COUNT; row++) {
		s->questioned[row].reports += r->in_row[0][row];
		s->better_use[row].reports += r->in_row[1][row];
	}
	/* a report is open while one of its recommendations is; resolved
	 * when every open one is resolved */
	if (r->existed && r->open_start) {
		s->reports.open_start++;
		s->reports.open_start_resolved += r->open_start_resolved_only;
	}
	if (r->issued_in)
		s->reports.issued++;
	if ((r->issued_in || (r->existed && r->open_start)) && !r->open_end)
		s->reports.closed++;
	if (r->existed && !r->open_start && r->open_end)
		s->reports.reopened++;
	if (r->open_end) {
		s->reports.open_end++;
		s->reports.open_end_resolved += !r->any_open_end_unresolved;
	}
	free(r->number);
	memset(r, 0, sizeof(*r));
	w->have_rep = 0;
}

/* Add amount and unsup to row t; -1 when a sum would not fit. */
static int
row_add(struct rt_ov_row *t, int64_t amount, int64_t unsup)
{
	return rt_money_add(&t->amount, amount) == -1 ||
	    rt_money_add(&t->unsupported, unsup) == -1 ? -1 : 0;
}

/* Count rec (start: its state at the start, exists_start whether it
 * existed then; end: at the end) in the rows of one table.  -1 when a
 * sum of money would not fit. */
static int
table_add(struct rt_ov_row *t, int in_row[RT_ROW_COUNT],
    const struct rt_rec *start, int exists_start, const struct rt_rec *end,
    int amount_m, int agreed_m, int unsupported_m, int in_period, int late)
{
	int64_t amount = cents(end, amount_m), agreed, unsup;
	int row;

	if (amount <= 0)
		return 0;
	if (exists_start && decided(start->status))
		return 0;		/* decided before the period */
	if (!exists_start && !in_period)
		return 0;
	agreed = cents(end, agreed_m);
	if (agreed > amount)
		agreed = amount;
	if (agreed < 0)
		agreed = 0;
	unsup = unsupported_m >= 0 ? cents(end, unsupported_m) : 0;
	row = exists_start ? RT_ROW_A : RT_ROW_B;
	if (row_add(&t[row], amount, unsup) == -1 ||
	    row_add(&t[RT_ROW_AB], amount, unsup) == -1)
		return -1;
	in_row[row] = 1;
	in_row[RT_ROW_AB] = 1;
	if (decided(end->status)) {
		if (row_add(&t[RT_ROW_C], amount, unsup) == -1 ||
		    row_add(&t[RT_ROW_CI], agreed, 0) == -1 ||
		    row_add(&t[RT_ROW_CII], amount - agreed, 0) == -1)
			return -1;
		in_row[RT_ROW_C] = 1;
		in_row[RT_ROW_CI] |= agreed > 0;
		in_row[RT_ROW_CII] |= amount - agreed > 0;
		return 0;
	}
	if (row_add(&t[RT_ROW_D], amount, unsup) == -1)
		return -1;
	in_row[RT_ROW_D] = 1;
	if (late) {
		if (row_add(&t[RT_ROW_D6], amount, unsup) == -1)
			return -1;
		in_row[RT_ROW_D6] = 1;
	}
	return 0;
}

static int
sar_rec(const struct rt_rec *cur, void *arg)
{
	struct sar_walk *w = arg;
	struct rt_sar *s = w->s;
	struct report_acc *r = &w->rep;
	struct rt_rec start, end;
	struct rt_events e;
	int exists_start, exists_end, in_period, open_s, open_e, late;
	const char *kind;

	if (w->have_rep && strcmp(r->number, cur->report) != 0)
		report_done(w);
	if (!w->have_rep) {
		if ((r->number = rt_strdup(cur->report)) == NULL) {
			w->err = nomem();
			return 1;
		}
		w->have_rep = 1;
	}
	if ((w->err = rt_events_load(w->st, cur->id, &e)) != NULL)
		return 1;
	rt_rec_init(&start);
	rt_rec_init(&end);
	exists_start = rt_replay_stored(cur, e.ev, e.n, s->start, &start) == 0 &&
	    rt_events_known(&e);
	exists_end = rt_replay_stored(cur, e.ev, e.n, s->period.to, &end) == 0 &&
	    rt_events_known(&e);
	if (!exists_end)
		goto done;		/* issued after the period */
	in_period = !exists_start;
	open_s = exists_start && rt_status_is_open(start.status);
	open_e = rt_status_is_open(end.status);

	/* the roll-forward of recommendations */
	if (open_s) {
		s->recs.open_start++;
		s->recs.open_start_resolved += start.status == RT_OPEN_RESOLVED;
	}
	s->recs.issued += in_period;
	s->recs.closed += (open_s || in_period) && !open_e;
	s->recs.reopened += exists_start && !open_s && open_e;
	if (open_e) {
		s->recs.open_end++;
		s->recs.open_end_resolved += end.status == RT_OPEN_RESOLVED;
	}
	/* ... and of its report */
	r->existed |= exists_start;
	r->issued_in |= in_period;
	if (open_s) {
		if (!r->open_start)
			r->open_start_resolved_only = 1;
		r->open_start = 1;
		if (start.status != RT_OPEN_RESOLVED)
			r->open_start_resolved_only = 0;
	}
	if (open_e) {
		r->open_end = 1;
		r->any_open_end_unresolved |= end.status != RT_OPEN_RESOLVED;
	}

	/* Tables I and II */
	late = rt_date_diff(end.report_issued, s->period.to) >
	    w->cfg->resolution_deadline_days;
	if (table_add(s->questioned, r->in_row[0], &start, exists_start, &end,
	    RT_QUESTIONED_COST, RT_DISALLOWED_COST, RT_UNSUPPORTED_COST,
	    in_period, late) == -1 ||
	    table_add(s->better_use, r->in_row[1], &start, exists_start, &end,
	    RT_FUNDS_BETTER_USE, RT_FBU_AGREED, -1, in_period, late) == -1) {
		w->err = rt_money_sum_error();
		goto done;
	}

	/* the lists */
	kind = kind_of(&w->kinds, cur->issuer);
	if ((exists_start && open_e &&
	    list_add(&s->prior, &end, &e, s->period.to, kind) == -1) ||
	    (unresolved(end.status) && late &&
	    list_add(&s->unresolved, &end, &e, s->period.to, kind) == -1) ||
	    (!open_e && end.closed_date[0] &&
	    strcmp(end.closed_date, s->period.from) >= 0 &&
	    list_add(&s->closed, &end, &e, s->period.to, kind) == -1))
		w->err = nomem();
done:
	rt_rec_free(&start);
	rt_rec_free(&end);
	rt_events_free(&e);
	return w->err != NULL;
}

struct rt_error *
rt_sar_build(struct rt_store *st, const struct rt_config *cfg,
    const struct rt_filter *f, const struct rt_period *p, struct rt_sar *out)
{
	struct rt_error *err;
	struct sar_walk w;
	char today[RT_DATE_SIZE];

	memset(out, 0, sizeof(*out));
	rt_clock_today(today);
	if (strcmp(p->to, today) > 0)
		return rt_error_new(RT_EINVAL, "the period ends on %s, after "
		    "today (%s): its figures are not known yet", p->to,
		    today);
	out->period = *p;
	rt_date_from_days(rt_date_str_days(p->from) - 1, out->start);
	memset(&w, 0, sizeof(w));
	w.st = st;
	w.cfg = cfg;
	w.s = out;
	/* sar_rec stops the walk with its error in w.err */
	if ((err = kinds_load(st, &w.kinds)) == NULL &&
	    (err = rt_store_rec_list(st, f, sar_rec, &w)) == NULL &&
	    (err = w.err) == NULL)
		report_done(&w);
	if (err != w.err)
		rt_error_free(w.err);
	free(w.rep.number);
	kinds_free(&w.kinds);
	if (err)
		rt_sar_free(out);
	return err;
}

void
rt_sar_free(struct rt_sar *s)
{
	list_free(&s->prior);
	list_free(&s->unresolved);
	list_free(&s->closed);
	memset(s, 0, sizeof(*s));
}

/* ---- the GAO-IG Act lists ------------------------------------------------- */

struct gaoig_walk {
	struct rt_store *st;
	struct rt_gao_ig_act *out;
	struct kinds kinds;
	char year_before[RT_DATE_SIZE];	/* as_of a year before */
	struct rt_error *err;
};

static int
gaoig_rec(const struct rt_rec *cur, void *arg)
{
	struct gaoig_walk *w = arg;
	struct rt_gao_ig_act *g = w->out;
	const char *kind = kind_of(&w->kinds, cur->issuer);
	struct rt_ov_list *l;
	struct rt_events e;
	struct rt_rec then;
	int keep = 0;

	if (kind == NULL || strcmp(cur->report_issued, w->year_before) > 0)
		return 0;		/* not a year old on the day */
	if (strcmp(kind, "gao") == 0)
		l = &g->gao;
	else if (strcmp(kind, "oig") == 0)
		l = &g->oig;
	else
		return 0;
	if ((w->err = rt_events_load(w->st, cur->id, &e)) != NULL)
		return 1;
	rt_rec_init(&then);
	if (rt_replay_stored(cur, e.ev, e.n, g->as_of, &then) == 0 &&
	    rt_events_known(&e)) {
		if (rt_status_is_open(then.status))
			keep = 1;
		else if (l == &g->gao &&
		    then.status == RT_CLOSED_NOT_IMPLEMENTED &&
		    strcmp(then.closed_date, w->year_before) <= 0)
			keep = 1;
		if (keep && list_add(l, &then, &e, g->as_of, kind) == -1)
			w->err = nomem();
	}
	rt_rec_free(&then);
	rt_events_free(&e);
	return w->err != NULL;
}

/* Sort a list by the agency tree, then by its listing order. */
struct ranked {
	size_t rank, seq;
	struct rt_ov_item it;
};

static int
by_rank(const void *pa, const void *pb)
{
	const struct ranked *a = pa, *b = pb;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

static int
sort_by_agency(struct rt_ov_list *l, const struct rt_agencies *tree)
{
	struct ranked *r;
	size_t i, j;

	if (l->n < 2)
		return 0;
	if ((r = calloc(l->n, sizeof(*r))) == NULL)
		return -1;
	for (i = 0; i < l->n; i++) {
		const char *path = NULL;

		for (j = 0; j < tree->n; j++)
			if (strcmp(tree->v[j].code, l->v[i].rec.agency) == 0) {
				path = tree->v[j].path;
				break;
			}
		r[i].rank = path ? j : tree->n;
		r[i].seq = i;
		r[i].it = l->v[i];
	}
	qsort(r, l->n, sizeof(*r), by_rank);
	for (i = 0; i < l->n; i++)
		l->v[i] = r[i].it;
	free(r);
	return 0;
}

struct rt_error *
rt_gao_ig_act_build(struct rt_store *st, const struct rt_config *cfg,
    const struct rt_filter *f, const char *as_of, struct rt_gao_ig_act *out)
{
	struct rt_error *err;
	struct gaoig_walk w;
	struct rt_agencies tree;
	int y, m, d;

	(void)cfg;
	memset(out, 0, sizeof(*out));
	memset(&tree, 0, sizeof(tree));
	if (rt_date_parse(as_of, &y, &m, &d) != 0)
		return rt_error_new(RT_EINVAL, "\"%s\": not a date", as_of);
	snprintf(out->as_of, sizeof(out->as_of), "%s", as_of);
	memset(&w, 0, sizeof(w));
	w.st = st;
	w.out = out;
	if (m == 2 && d == 29)
		d = 28;
	rt_date_from_days(rt_date_days(y - 1, m, d), w.year_before);
	/* gaoig_rec stops the walk with its error in w.err */
	if ((err = kinds_load(st, &w.kinds)) == NULL &&
	    (err = rt_store_rec_list(st, f, gaoig_rec, &w)) == NULL &&
	    (err = w.err) == NULL &&
	    (err = rt_agencies_load(st, &tree)) == NULL &&
	    (sort_by_agency(&out->gao, &tree) == -1 ||
	    sort_by_agency(&out->oig, &tree) == -1))
		err = nomem();
	if (err != w.err)
		rt_error_free(w.err);
	rt_agencies_free(&tree);
	kinds_free(&w.kinds);
	if (err)
		rt_gao_ig_act_free(out);
	return err;
}

void
rt_gao_ig_act_free(struct rt_gao_ig_act *g)
{
	list_free(&g->gao);
	list_free(&g->oig);
	memset(g, 0, sizeof(*g));
}
