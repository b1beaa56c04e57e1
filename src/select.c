#include "rectrack.h"

/* An agency's code and path, for the agency filter of a past day. */
struct place {
	char *code;
	char *path;
};

struct walk {
	struct rt_store *st;
	const struct rt_filter *f;
	const char *as_of;
	struct place *places;		/* every agency, in tree order */
	size_t nplaces, cap;
	const char *subtree;		/* path of f->agency; NULL: any */
	int (*cb)(const struct rt_rec *, void *);
	void *arg;
	int stopped;
	int nomem;
	struct rt_error *err;
};

static int
place_cb(const struct rt_agency *ag, void *arg)
{
	struct walk *w = arg;
	struct place *p;

	if (w->nplaces == w->cap) {
		size_t cap = w->cap ? 2 * w->cap : 32;

		if ((p = realloc(w->places, cap * sizeof(*p))) == NULL) {
			w->nomem = 1;
			return 1;
		}
		w->places = p;
		w->cap = cap;
	}
	p = &w->places[w->nplaces];
	p->code = rt_strdup(ag->code);
	p->path = rt_strdup(ag->path);
	if (p->code == NULL || p->path == NULL) {
		free(p->code);
		free(p->path);
		w->nomem = 1;
		return 1;
	}
	w->nplaces++;
	return 0;
}

static const struct place *
find_place(const struct walk *w, const char *code)
{
	size_t i;

	for (i = 0; code && i < w->nplaces; i++)
		if (strcmp(w->places[i].code, code) == 0)
			return &w->places[i];
	return NULL;
}

/* Is path the subtree's root or below it? */
static int
in_subtree(const char *root, const char *path)
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
	const struct place *p;

	if (f->statuses && !(f->statuses & (1u << rec->status)))
		return 0;
	if (f->concurrences && !(f->concurrences & (1u << rec->concurrence)))
		return 0;
	if (f->priority && !rec->priority)
		return 0;
	if (f->overdue_before && !rt_rec_overdue(rec, f->overdue_before))
		return 0;
	if (w->subtree) {
		p = find_place(w, rec->agency);
		if (p == NULL || !in_subtree(w->subtree, p->path))
			return 0;
	}
	return 1;
}

/* One recommendation as it stood at the end of the day. */
static int
past_cb(const struct rt_rec *cur, void *arg)
{
	struct walk *w = arg;
	const struct place *p;
	struct rt_rec then;
	int exists;
	char *path;

	if ((w->err = rt_rec_as_of(w->st, cur, w->as_of, &then,
	    &exists)) != NULL)
		return 1;
	if (exists && matches(w, &then)) {
		/* the agency it had then, which rec set may have changed */
		if (strcmp(then.agency, cur->agency) != 0 &&
		    (p = find_place(w, then.agency)) != NULL) {
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

struct rt_error *
rt_select(struct rt_store *st, const struct rt_filter *f, const char *as_of,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	struct rt_error *err = NULL;
	struct rt_filter pre;
	const struct place *root;
	struct walk w;
	char today[RT_DATE_SIZE];
	size_t i;

	rt_clock_today(today);
	if (strcmp(as_of, today) >= 0)
		return rt_store_rec_list(st, f, cb, arg);

	memset(&w, 0, sizeof(w));
	w.st = st;
	w.f = f;
	w.as_of = as_of;
	w.cb = cb;
	w.arg = arg;
	/* the agencies (few): the agency filter and the paths of agencies
	 * changed since */
	if ((err = rt_store_agency_list(st, place_cb, &w)) == NULL &&
	    w.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err)
		goto done;
	if (f->agency) {
		if ((root = find_place(&w, f->agency)) == NULL) {
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
	pre.fy = f->fy;
	pre.issued_from = f->issued_from;
	pre.issued_to = f->issued_to && strcmp(f->issued_to, as_of) < 0 ?
	    f->issued_to : as_of;
	if ((err = rt_store_rec_list(st, &pre, past_cb, &w)) == NULL)
		err = w.err;
done:
	for (i = 0; i < w.nplaces; i++) {
		free(w.places[i].code);
		free(w.places[i].path);
	}
	free(w.places);
	return err;
}
