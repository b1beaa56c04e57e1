#include "core/outstanding.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/extensions.h"
#include "core/rec.h"
#include "core/select.h"
#include "core/summary.h"
#include "store/store.h"

struct gather {
	struct rt_store *st;
	const struct rt_config *cfg;
	const char *as_of;
	struct rt_outstanding *out;
	size_t cap;
	struct rt_report report;	/* the report of the last one */
	int have_report;
	struct rt_agencies tree;	/* the agencies, in tree order */
	struct rt_error *err;
};

static struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

static int
take(const struct rt_rec *rec, void *arg)
{
	struct gather *g = arg;
	struct rt_outstanding *o = g->out;
	struct rt_open_item *it;
	struct rt_events h;
	size_t i;

	if (!rt_status_is_open(rec->status))
		return 0;
	if (o->nitems == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 64;

		if ((it = realloc(o->items, cap * sizeof(*it))) == NULL) {
			g->err = nomem();
			return 1;
		}
		o->items = it;
		g->cap = cap;
	}
	if (!g->have_report || strcmp(g->report.number, rec->report) != 0) {
		if (g->have_report)
			rt_report_free(&g->report);
		g->have_report = 0;
		if ((g->err = rt_store_report_get(g->st, rec->report,
		    &g->report)))
			return 1;
		g->have_report = 1;
	}
	it = &o->items[o->nitems];
	memset(it, 0, sizeof(*it));
	if (rt_rec_dup(rec, &it->rec) == -1 ||
	    (it->title = rt_strdup(g->report.title)) == NULL) {
		o->nitems++;
		g->err = nomem();
		return 1;
	}
	o->nitems++;
	it->seq = (long)o->nitems;
	rt_rec_facts(rec, g->cfg, g->as_of, &it->fx);
	if ((g->err = rt_events_load(g->st, rec->id, &h)))
		return 1;
	for (i = 0; i < h.n; i++)
		it->extensions += rt_event_applies(&h.ev[i]) &&
		    strcmp(h.ev[i].kind, "target") == 0 &&
		    strcmp(h.ev[i].effective, g->as_of) <= 0 &&
		    rt_extension_is(h.ev[i].old, h.ev[i].new);
	/* oldest first: the last one effective by the day */
	for (i = h.n; i-- > 0;)
		if (strcmp(h.ev[i].effective, g->as_of) <= 0) {
			it->last = h.ev[i];
			memset(&h.ev[i], 0, sizeof(h.ev[i]));
			break;
		}
	rt_events_free(&h);
	return 0;
}

static int
by_agency(const void *pa, const void *pb)
{
	const struct rt_open_item *a = pa, *b = pb;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

struct rt_error *
rt_outstanding_build(struct rt_store *st, const struct rt_config *cfg,
    const struct rt_filter *f, const char *as_of, struct rt_outstanding *out)
{
	struct rt_filter open = *f;
	struct gather g;
	unsigned mask = 0;
	size_t i;
	int s;

	memset(out, 0, sizeof(*out));
	memset(&g, 0, sizeof(g));
	snprintf(out->as_of, sizeof(out->as_of), "%s", as_of);
	for (s = 0; s < RT_STATUS_COUNT; s++)
		if (rt_status_is_open(s))
			mask |= 1u << s;
	open.statuses = f->statuses ? f->statuses & mask : mask;
	g.st = st;
	g.cfg = cfg;
	g.as_of = as_of;
	g.out = out;
	if (open.statuses != 0 &&
	    (g.err = rt_agencies_load(st, &g.tree)) == NULL &&
	    (g.err = rt_select(st, &open, as_of, take, &g)) == NULL) {
		/* the tree order of the agencies, then the listing order */
		for (i = 0; i < out->nitems; i++) {
			const char *path = out->items[i].rec.agency_path;
			size_t j;

			for (j = 0; path && j < g.tree.n; j++)
				if (strcmp(g.tree.v[j].path, path) == 0)
					break;
			out->items[i].rank = path ? j : g.tree.n;
		}
		if (out->nitems > 1)
			qsort(out->items, out->nitems, sizeof(*out->items),
			    by_agency);
	}
	/* only closed statuses asked for: totals of nothing open */
	if (g.err == NULL)
		g.err = rt_summary_build(st, cfg, open.statuses ? &open : f,
		    as_of, RT_BY_AGENCY, 0, &out->summary);
	if (g.have_report)
		rt_report_free(&g.report);
	rt_agencies_free(&g.tree);
	if (g.err)
		rt_outstanding_free(out);
	return g.err;
}

void
rt_outstanding_free(struct rt_outstanding *o)
{
	size_t i;

	for (i = 0; i < o->nitems; i++) {
		rt_rec_free(&o->items[i].rec);
		free(o->items[i].title);
		rt_event_free(&o->items[i].last);
	}
	free(o->items);
	rt_summary_free(&o->summary);
	memset(o, 0, sizeof(*o));
}
