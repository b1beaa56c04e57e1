#include "core/summary.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "core/config.h"
#include "core/extensions.h"
#include "core/rec.h"
#include "core/select.h"
#include "store/store.h"

static const char *const by_names[RT_BY_COUNT] = {
	"agency", "issuer", "report", "fy", "topic", "status", "official",
};

int
rt_summary_by_parse(const char *s, enum rt_summary_by *out)
{
	int i;

	for (i = 0; i < RT_BY_COUNT; i++)
		if (strcmp(s, by_names[i]) == 0) {
			*out = i;
			return 0;
		}
	return -1;
}

const char *
rt_summary_by_name(enum rt_summary_by by)
{
	return (int)by >= 0 && by < RT_BY_COUNT ? by_names[by] : NULL;
}

const char *
rt_summary_by_names(void)
{
	return "agency, issuer, report, fy, topic, status, official";
}

struct build {
	struct rt_store *st;
	const struct rt_config *cfg;
	struct rt_summary *s;
	size_t cap;			/* rows allocated */
	size_t *slots;			/* hash: group -> row index + 1 */
	size_t nslots;
	struct rt_agencies tree;	/* the agency tree, in tree order */
	struct rt_report report;	/* the report of the last rec */
	int have_report;
	long seq;			/* recommendations seen */
	struct rt_extensions ext;	/* extensions by recommendation */
	int cur_ext;			/* those of the rec being counted */
	int nomem;
	int overflow;			/* a sum of money would not fit */
	struct rt_error *err;
};

static void
row_init(struct rt_summary_row *r)
{
	memset(r, 0, sizeof(*r));
	r->oldest_seq = -1;
}

static void
row_free(struct rt_summary_row *r)
{
	free(r->group);
	free(r->oldest);
}

void
rt_summary_free(struct rt_summary *s)
{
	size_t i;

	for (i = 0; i < s->nrows; i++)
		row_free(&s->rows[i]);
	free(s->rows);
	row_free(&s->total);
	memset(s, 0, sizeof(*s));
}

/* ---- counting -------------------------------------------------------- */

/* Count rec (whose facts are fx, place seq in the listing) in row r.
 * -1 when out of memory, -2 when a sum of money would not fit. */
static int
row_add(struct rt_summary_row *r, const struct rt_rec *rec,
    const struct rt_facts *fx, long seq, int ext)
{
	struct rt_buf id = { 0 };

	r->recs++;
	if (!fx->open)
		return 0;
	r->open++;
	r->pending += rec->status == RT_OPEN_PENDING;
	r->unresolved += rec->status == RT_OPEN_UNRESOLVED;
	r->resolved += rec->status == RT_OPEN_RESOLVED;
	r->overdue += fx->overdue;
	r->unresolved_over_6_months += fx->unresolved_over_6_months;
	r->open_1_year_plus += fx->open_1_year_plus;
	r->priority += rec->priority != 0;
	r->extended += ext > 0;
	r->extensions += ext;
	r->age[fx->bucket]++;
	if ((rec->money[RT_QUESTIONED_COST] != RT_MONEY_NONE &&
	    rt_money_add(&r->questioned_cost,
	    rec->money[RT_QUESTIONED_COST]) == -1) ||
	    (rec->money[RT_FUNDS_BETTER_USE] != RT_MONEY_NONE &&
	    rt_money_add(&r->funds_better_use,
	    rec->money[RT_FUNDS_BETTER_USE]) == -1))
		return -2;
	/* the listing comes oldest report first */
	if (r->oldest_seq == -1) {
		if (rt_buf_printf(&id, "%s#%s", rec->report, rec->number) == -1)
			return -1;
		r->oldest = id.s;
		r->oldest_seq = seq;
	}
	return 0;
}

/* Add the counts of src to dst.  -1 when out of memory, -2 when a sum
 * of money would not fit. */
static int
row_merge(struct rt_summary_row *dst, const struct rt_summary_row *src)
{
	size_t i;

	dst->recs += src->recs;
	dst->open += src->open;
	dst->pending += src->pending;
	dst->unresolved += src->unresolved;
	dst->resolved += src->resolved;
	dst->overdue += src->overdue;
	dst->unresolved_over_6_months += src->unresolved_over_6_months;
	dst->open_1_year_plus += src->open_1_year_plus;
	dst->priority += src->priority;
	dst->extended += src->extended;
	dst->extensions += src->extensions;
	for (i = 0; i <= RT_MAX_BUCKETS; i++)
		dst->age[i] += src->age[i];
	if (rt_money_add(&dst->questioned_cost, src->questioned_cost) == -1 ||
	    rt_money_add(&dst->funds_better_use, src->funds_better_use) == -1)
		return -2;
	if (src->oldest_seq != -1 && (dst->oldest_seq == -1 ||
	    src->oldest_seq < dst->oldest_seq)) {
		free(dst->oldest);
		if ((dst->oldest = rt_strdup(src->oldest)) == NULL)
			return -1;
		dst->oldest_seq = src->oldest_seq;
	}
	return 0;
}

static size_t
hash(const char *s)
{
	size_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* Put row index i in the hash table (which has room). */
static void
slot_put(struct build *b, size_t i)
{
	size_t j = hash(b->s->rows[i].group) & (b->nslots - 1);

	while (b->slots[j])
		j = (j + 1) & (b->nslots - 1);
	b->slots[j] = i + 1;
}

/* The row of group, added (with its sort order) when new; NULL when
 * out of memory. */
static struct rt_summary_row *
group_row(struct build *b, const char *group, long order)
{
	struct rt_summary *s = b->s;
	struct rt_summary_row *r;
	size_t j, i;

	if (b->nslots) {
		j = hash(group) & (b->nslots - 1);
		for (; b->slots[j]; j = (j + 1) & (b->nslots - 1))
			if (strcmp(s->rows[b->slots[j] - 1].group, group) == 0)
				return &s->rows[b->slots[j] - 1];
	}
	if (s->nrows == b->cap) {
		size_t cap = b->cap ? 2 * b->cap : 16;

		if ((r = realloc(s->rows, cap * sizeof(*r))) == NULL)
			return NULL;
		s->rows = r;
		b->cap = cap;
	}
	if (2 * (s->nrows + 1) > b->nslots) {
		size_t n = b->nslots ? 2 * b->nslots : 32, *slots;

		if ((slots = calloc(n, sizeof(*slots))) == NULL)
			return NULL;
		free(b->slots);
		b->slots = slots;
		b->nslots = n;
		for (i = 0; i < s->nrows; i++)
			slot_put(b, i);
	}
	r = &s->rows[s->nrows];
	row_init(r);
	if ((r->group = rt_strdup(group)) == NULL)
		return NULL;
	r->order = order;
	slot_put(b, s->nrows++);
	return r;
}

/* The place of agency code in the tree; -1 when it is not there. */
static long
node_index(const struct build *b, const char *code)
{
	const struct rt_agency *a = rt_agencies_find(&b->tree, code);

	return a ? (long)(a - b->tree.v) : -1;
}

/* The report of rec, kept while its recommendations go by. */
static struct rt_error *
load_report(struct build *b, const struct rt_rec *rec)
{
	struct rt_error *err;

	if (b->have_report && strcmp(b->report.number, rec->report) == 0)
		return NULL;
	if (b->have_report)
		rt_report_free(&b->report);
	b->have_report = 0;
	if ((err = rt_store_report_get(b->st, rec->report, &b->report)))
		return err;
	b->have_report = 1;
	return NULL;
}

/* Count rec in the group called name. */
static int
count_in(struct build *b, const char *name, long order,
    const struct rt_rec *rec, const struct rt_facts *fx)
{
	struct rt_summary_row *r;
	int rc;

	if ((r = group_row(b, name, order)) == NULL) {
		b->nomem = 1;
		return 1;
	}
	if ((rc = row_add(r, rec, fx, b->seq, b->cur_ext)) != 0) {
		b->nomem = rc == -1;
		b->overflow = rc == -2;
		return 1;
	}
	return 0;
}

static int
rec_cb(const struct rt_rec *rec, void *arg)
{
	struct build *b = arg;
	struct rt_summary *s = b->s;
	struct rt_facts fx;
	char fy[16];
	size_t i;
	int rc;

	b->seq++;
	rt_rec_facts(rec, b->cfg, s->as_of, &fx);
	b->cur_ext = rt_extensions_of(&b->ext, rec->id);
	if ((rc = row_add(&s->total, rec, &fx, b->seq, b->cur_ext)) != 0) {
		b->nomem = rc == -1;
		b->overflow = rc == -2;
		return 1;
	}
	switch (s->by) {
	case RT_BY_AGENCY:
		return count_in(b, rec->agency, node_index(b, rec->agency),
		    rec, &fx);
	case RT_BY_ISSUER:
		return count_in(b, rec->issuer, 0, rec, &fx);
	case RT_BY_REPORT:
		return count_in(b, rec->report, b->seq, rec, &fx);
	case RT_BY_STATUS:
		return count_in(b, rt_status_name(rec->status), rec->status,
		    rec, &fx);
	case RT_BY_OFFICIAL:
		return count_in(b, rec->official ? rec->official : "(none)",
		    rec->official == NULL, rec, &fx);
	case RT_BY_FY:
		snprintf(fy, sizeof(fy), "FY%d", rec->report_fy);
		return count_in(b, fy, rec->report_fy, rec, &fx);
	case RT_BY_TOPIC:
	case RT_BY_COUNT:
		break;
	}
	if ((b->err = load_report(b, rec)) != NULL)
		return 1;
	if (b->report.ntopics == 0)
		return count_in(b, "(no topic)", 1, rec, &fx);
	for (i = 0; i < b->report.ntopics; i++)
		if (count_in(b, b->report.topics[i], 0, rec, &fx))
			return 1;
	return 0;
}

static int
row_cmp(const void *pa, const void *pb)
{
	const struct rt_summary_row *a = pa, *b = pb;
	int c;

	if (a->order != b->order)
		return a->order < b->order ? -1 : 1;
	if ((c = strcasecmp(a->group, b->group)) != 0)
		return c;
	return strcmp(a->group, b->group);
}

/* ---- the agency tree and the rollup ------------------------------------ */

/* The "CODE subtotal" row of node i: the own rows of its subtree. */
static int
subtotal(const struct build *b, size_t i, const struct rt_summary_row *own,
    size_t nown, struct rt_summary_row *out)
{
	struct rt_buf name = { 0 };
	size_t k;
	long j;

	row_init(out);
	for (k = 0; k < nown; k++) {
		j = node_index(b, own[k].group);
		if (j >= 0 && rt_agency_path_in(b->tree.v[i].path,
		    b->tree.v[j].path) &&
		    row_merge(out, &own[k]) != 0)
			goto fail;
	}
	if (rt_buf_printf(&name, "%s subtotal", b->tree.v[i].code) == -1)
		goto fail;
	out->group = name.s;
	out->depth = b->tree.v[i].depth;
	out->subtotal = 1;
	return 0;
fail:
	row_free(out);
	return -1;
}

/*
 * Rebuild the rows in tree order: each agency's own row at its depth,
 * and after the rows below a parent, the parent's subtotal.  -1 when
 * out of memory (the rows are then left as they were).
 */
static int
rollup(struct build *b)
{
	struct rt_summary *s = b->s;
	struct rt_summary_row *own = s->rows, *rows = NULL;
	size_t nown = s->nrows, n = 0, nstack = 0, i, k, *stack = NULL;
	char *below = NULL, *moved = NULL;
	long j, p;
	int rc = -1;

	if ((below = calloc(b->tree.n + 1, 1)) == NULL ||
	    (moved = calloc(nown + 1, 1)) == NULL ||
	    (stack = calloc(b->tree.n + 1, sizeof(*stack))) == NULL ||
	    (rows = calloc(nown + b->tree.n + 1, sizeof(*rows))) == NULL)
		goto done;
	/* which agencies have a row somewhere below them */
	for (k = 0; k < nown; k++) {
		j = node_index(b, own[k].group);
		while (j >= 0 && (p = node_index(b, b->tree.v[j].parent)) >= 0) {
			below[p] = 1;
			j = p;
		}
	}
	for (i = 0; i <= b->tree.n; i++) {
		/* close the parents whose subtree ends here */
		while (nstack > 0 && (i == b->tree.n ||
		    b->tree.v[stack[nstack - 1]].depth >= b->tree.v[i].depth)) {
			if (subtotal(b, stack[--nstack], own, nown,
			    &rows[n]) == -1)
				goto done;
			n++;
		}
		if (i == b->tree.n)
			break;
		for (k = 0; k < nown; k++)
			if (strcmp(own[k].group, b->tree.v[i].code) == 0) {
				own[k].depth = b->tree.v[i].depth;
				rows[n++] = own[k];
				moved[k] = 1;
			}
		if (below[i])
			stack[nstack++] = i;
	}
	/* the own rows now belong to rows (an agency outside the tree,
	 * which cannot be, would be dropped) */
	for (k = 0; k < nown; k++)
		if (!moved[k])
			row_free(&own[k]);
	free(own);
	s->rows = rows;
	s->nrows = n;
	rows = NULL;
	rc = 0;
done:
	if (rows) {
		/* failed: only the subtotals are rows' own */
		for (k = 0; k < n; k++)
			if (rows[k].subtotal)
				row_free(&rows[k]);
		free(rows);
	}
	free(below);
	free(moved);
	free(stack);
	return rc;
}

struct rt_error *
rt_summary_build(struct rt_store *st, const struct rt_config *cfg,
    const struct rt_filter *f, const char *as_of, enum rt_summary_by by,
    int rollup_agencies, struct rt_summary *out)
{
	struct rt_error *err = NULL;
	struct build b;

	memset(out, 0, sizeof(*out));
	if (rollup_agencies && by != RT_BY_AGENCY)
		return rt_error_new(RT_EINVAL, "a rollup of parent agencies "
		    "needs the summary by agency, not by %s",
		    rt_summary_by_name(by));
	snprintf(out->as_of, sizeof(out->as_of), "%s", as_of);
	out->by = by;
	out->rollup = rollup_agencies;
	out->nbuckets = rt_buckets(cfg, out->buckets);
	row_init(&out->total);
	memset(&b, 0, sizeof(b));
	b.st = st;
	b.cfg = cfg;
	b.s = out;
	if (by == RT_BY_AGENCY)
		err = rt_agencies_load(st, &b.tree);
	if (err == NULL)
		err = rt_extensions_load(st, as_of, &b.ext);
	if (err == NULL && (err = rt_select_lean(st, f, as_of, rec_cb,
	    &b)) == NULL)
		err = b.err;
	if (err == NULL && b.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err == NULL && b.overflow)
		err = rt_money_sum_error();
	if (err == NULL && (out->total.group = rt_strdup("TOTAL")) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err == NULL) {
		if (out->nrows > 1)
			qsort(out->rows, out->nrows, sizeof(*out->rows),
			    row_cmp);
		if (rollup_agencies && rollup(&b) == -1)
			err = rt_error_new(RT_ENOMEM, "out of memory");
	}
	if (err)
		rt_summary_free(out);
	if (b.have_report)
		rt_report_free(&b.report);
	free(b.slots);
	rt_extensions_free(&b.ext);
	rt_agencies_free(&b.tree);
	return err;
}
