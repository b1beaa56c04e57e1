#include "core/extensions.h"

#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "store/store.h"

/* A target or void event of a recommendation, as much as counting needs. */
struct mark {
	int64_t rec, id, voids;
	int ext;		/* a target event that extends */
	int state;		/* 0 in force, 1 voided, 2 unknown */
};

struct gather {
	struct mark *v;
	size_t n, cap;
	const char *as_of, *known;
	int nomem;
};

int
rt_extension_is(const char *old, const char *new)
{
	return old != NULL && *old != '\0' && new != NULL &&
	    strcmp(new, old) > 0;
}

static int
gather_cb(const struct rt_event *ev, void *arg)
{
	struct gather *g = arg;
	struct mark *m;
	int is_void = strcmp(ev->kind, "void") == 0;

	if (g->n == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 256;

		if ((m = realloc(g->v, cap * sizeof(*m))) == NULL) {
			g->nomem = 1;
			return 1;
		}
		g->v = m;
		g->cap = cap;
	}
	m = &g->v[g->n++];
	m->rec = ev->rec;
	m->id = ev->id;
	m->voids = is_void ? ev->voids : 0;
	m->ext = !is_void && rt_extension_is(ev->old, ev->new) &&
	    (g->as_of == NULL || strcmp(ev->effective, g->as_of) <= 0);
	m->state = g->known != NULL && strcmp(ev->at, g->known) > 0 ? 2 : 0;
	return 0;
}

/* By recommendation, then newest first. */
static int
by_rec_desc(const void *a, const void *b)
{
	const struct mark *x = a, *y = b;

	if (x->rec != y->rec)
		return (x->rec > y->rec) - (x->rec < y->rec);
	return (x->id < y->id) - (x->id > y->id);
}

/* The extensions in force among v[0..n) (one recommendation, newest
 * first): a void in force voids what it names, as rt_events_mark. */
static int
count(struct mark *v, size_t n)
{
	size_t i, j;
	int c = 0;

	for (i = 0; i < n; i++) {
		if (v[i].state != 0 || v[i].voids == 0)
			continue;
		for (j = i + 1; j < n; j++)
			if (v[j].id == v[i].voids) {
				if (v[j].state == 0)
					v[j].state = 1;
				break;
			}
	}
	for (i = 0; i < n; i++)
		c += v[i].state == 0 && v[i].ext;
	return c;
}

struct rt_error *
rt_extensions_load(struct rt_store *st, const char *as_of,
    struct rt_extensions *out)
{
	struct gather g;
	struct rt_error *err;
	size_t i, j;
	int c;

	memset(out, 0, sizeof(*out));
	memset(&g, 0, sizeof(g));
	g.as_of = as_of;
	g.known = rt_store_known(st);
	if ((err = rt_store_target_walk(st, gather_cb, &g)) != NULL)
		goto done;
	if (g.nomem)
		goto nomem;
	if (g.n == 0)
		goto done;
	qsort(g.v, g.n, sizeof(*g.v), by_rec_desc);
	if ((out->id = malloc(g.n * sizeof(*out->id))) == NULL ||
	    (out->n = malloc(g.n * sizeof(*out->n))) == NULL)
		goto nomem;
	for (i = 0; i < g.n; i = j) {
		for (j = i; j < g.n && g.v[j].rec == g.v[i].rec; j++)
			continue;
		if ((c = count(&g.v[i], j - i)) > 0) {
			out->id[out->len] = g.v[i].rec;
			out->n[out->len++] = c;
		}
	}
	goto done;
nomem:
	rt_extensions_free(out);
	err = rt_error_new(RT_ENOMEM, "out of memory");
done:
	free(g.v);
	return err;
}

int
rt_extensions_of(const struct rt_extensions *x, int64_t rec_id)
{
	size_t lo = 0, hi = x->len, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (x->id[mid] == rec_id)
			return x->n[mid];
		if (x->id[mid] < rec_id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

void
rt_extensions_free(struct rt_extensions *x)
{
	free(x->id);
	free(x->n);
	memset(x, 0, sizeof(*x));
}
