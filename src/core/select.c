#include "core/select.h"

#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/error.h"
#include "base/util.h"
#include "core/extensions.h"
#include "core/lifecycle.h"
#include "core/queue.h"
#include "core/rec.h"
#include "store/store.h"

struct walk {
	struct rt_store *st;
	const struct rt_filter *f;
	const char *as_of;
	struct rt_agencies tree;	/* every agency, in tree order */
	const char *subtree;		/* path of f->agency; NULL: any */
	int (*cb)(const struct rt_rec *, void *);
	void *arg;
	int stopped;
	struct rt_error *err;
};

static int
keep_agency(const struct rt_agency *ag, void *arg)
{
	struct rt_agencies *t = arg;
	struct rt_agency *a;

	if (t->n == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 32;

		if ((a = realloc(t->v, cap * sizeof(*a))) == NULL) {
			t->nomem = 1;
			return 1;
		}
		t->v = a;
		t->cap = cap;
	}
	a = &t->v[t->n];
	memset(a, 0, sizeof(*a));
	a->code = rt_strdup(ag->code);
	a->parent = rt_strdup(ag->parent);
	a->path = rt_strdup(ag->path);
	a->depth = ag->depth;
	t->n++;
	if (a->code == NULL || a->path == NULL ||
	    (ag->parent && a->parent == NULL)) {
		t->nomem = 1;
		return 1;
	}
	return 0;
}

struct rt_error *
rt_agencies_load(struct rt_store *st, struct rt_agencies *t)
{
	struct rt_error *err;

	memset(t, 0, sizeof(*t));
	if ((err = rt_store_agency_list(st, keep_agency, t)) == NULL &&
	    t->nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err)
		rt_agencies_free(t);
	return err;
}

void
rt_agencies_free(struct rt_agencies *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		rt_agency_free(&t->v[i]);
	free(t->v);
	memset(t, 0, sizeof(*t));
}

const struct rt_agency *
rt_agencies_find(const struct rt_agencies *t, const char *code)
{
	size_t i;

	for (i = 0; code && i < t->n; i++)
		if (strcmp(t->v[i].code, code) == 0)
			return &t->v[i];
	return NULL;
}

int
rt_agency_path_in(const char *root, const char *path)
{
	size_t n = strlen(root);

	return strncmp(root, path, n) == 0 &&
	    (path[n] == '\0' || path[n] == '/');
}

/* Does the rebuilt state rec pass the conditions that change with time? */
static int
matches(const struct walk *w, const struct rt_rec *rec)
{
	const struct rt_filter *f = w->f;
	const struct rt_agency *p;

	if (f->statuses && !(f->statuses & (1u << rec->status)))
		return 0;
	if (f->concurrences && !(f->concurrences & (1u << rec->concurrence)))
		return 0;
	if (f->priority && !rec->priority)
		return 0;
	if (f->overdue_before && !rt_rec_overdue(rec, f->overdue_before))
		return 0;
	if (!rt_filter_queue_match(f, rec))
		return 0;
	if (w->subtree) {
		p = rt_agencies_find(&w->tree, rec->agency);
		if (p == NULL || !rt_agency_path_in(w->subtree, p->path))
			return 0;
	}
	return 1;
}

/* One recommendation as it stood at the end of the day. */
static int
past_cb(const struct rt_rec *cur, void *arg)
{
	struct walk *w = arg;
	const struct rt_agency *p;
	struct rt_rec then;
	int exists;
	char *path;

	if ((w->err = rt_rec_as_of(w->st, cur, w->as_of, &then,
	    &exists)) != NULL)
		return 1;
	if (exists && matches(w, &then)) {
		/* the agency it had then, which rec set may have changed */
		if (strcmp(then.agency, cur->agency) != 0 &&
		    (p = rt_agencies_find(&w->tree, then.agency)) != NULL) {
			if ((path = rt_strdup(p->path)) == NULL) {
				rt_rec_free(&then);
				w->err = rt_error_new(RT_ENOMEM,
				    "out of memory");
				return 1;
			}
			free(then.agency_path);
			then.agency_path = path;
		}
		w->stopped = w->cb(&then, w->arg) != 0;
	}
	rt_rec_free(&then);
	return w->stopped;
}

/* The recommendations extended often enough, handed on to the caller. */
struct extended {
	struct rt_extensions x;
	int min;
	int (*cb)(const struct rt_rec *, void *);
	void *arg;
};

static int
extended_cb(const struct rt_rec *rec, void *arg)
{
	struct extended *e = arg;

	if (rt_extensions_of(&e->x, rec->id) < e->min)
		return 0;
	return e->cb(rec, e->arg);
}

/* select (rt_select or its lean form) with f->extended_min applied: the
 * counts of every recommendation are read once, before the walk. */
static struct rt_error *
select_extended(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, int (*cb)(const struct rt_rec *, void *), void *arg,
    struct rt_error *(*select)(struct rt_store *, const struct rt_filter *,
    const char *, int (*)(const struct rt_rec *, void *), void *))
{
	struct rt_error *err;
	struct rt_filter rest = *f;
	struct extended e;
	char today[RT_DATE_SIZE];

	rt_clock_today(today);
	memset(&e, 0, sizeof(e));
	e.min = f->extended_min;
	e.cb = cb;
	e.arg = arg;
	rest.extended_min = 0;
	if ((err = rt_extensions_load(st, strcmp(as_of, today) >= 0 ? NULL :
	    as_of, &e.x)) != NULL)
		return err;
	/* none extended as often: no walk */
	if (e.x.len > 0)
		err = select(st, &rest, as_of, extended_cb, &e);
	rt_extensions_free(&e.x);
	return err;
}

struct rt_error *
rt_select(struct rt_store *st, const struct rt_filter *f, const char *as_of,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	struct rt_error *err = NULL;
	struct rt_filter pre;
	const struct rt_agency *root;
	struct walk w;
	char today[RT_DATE_SIZE];

	if (f->extended_min > 0)
		return select_extended(st, f, as_of, cb, arg, rt_select);
	rt_clock_today(today);
	if (strcmp(as_of, today) >= 0 && rt_store_known(st) == NULL)
		return rt_store_rec_list(st, f, cb, arg);

	memset(&w, 0, sizeof(w));
	w.st = st;
	w.f = f;
	w.as_of = as_of;
	w.cb = cb;
	w.arg = arg;
	/* the agencies (few): the agency filter and the paths of agencies
	 * changed since */
	if ((err = rt_agencies_load(st, &w.tree)))
		goto done;
	if (f->agency) {
		if ((root = rt_agencies_find(&w.tree, f->agency)) == NULL) {
			err = rt_error_new(RT_ENOTFOUND, "%s: no such agency",
			    f->agency);
			goto done;
		}
		w.subtree = root->path;
	}
	/* what does not change with time; reports issued by as_of */
	memset(&pre, 0, sizeof(pre));
	pre.issuer = f->issuer;
	pre.report = f->report;
	pre.topic = f->topic;
	pre.fys = f->fys;
	pre.nfys = f->nfys;
	pre.issued_from = f->issued_from;
	pre.issued_to = f->issued_to && strcmp(f->issued_to, as_of) < 0 ?
	    f->issued_to : as_of;
	if ((err = rt_store_rec_list(st, &pre, past_cb, &w)) == NULL)
		err = w.err;
done:
	rt_agencies_free(&w.tree);
	return err;
}

struct rt_error *
rt_select_lean(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, int (*cb)(const struct rt_rec *, void *), void *arg)
{
	char today[RT_DATE_SIZE];

	if (f->extended_min > 0)
		return select_extended(st, f, as_of, cb, arg, rt_select_lean);
	rt_clock_today(today);
	if (strcmp(as_of, today) >= 0 && rt_store_known(st) == NULL)
		return rt_store_rec_list_lean(st, f, cb, arg);
	return rt_select(st, f, as_of, cb, arg);
}
