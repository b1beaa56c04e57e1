/* rectrack — digests: what each official owes, and who is told
 * (digest.h). */
#include "core/digest.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/select.h"

static struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

/* ---- the officials, copied ------------------------------------------- */

struct officials {
	struct rt_official *v;
	size_t n, cap;
	int nomem;
};

static int
copy_official(const struct rt_official *o, void *arg)
{
	struct officials *t = arg;
	struct rt_official *c;

	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;

		if ((c = realloc(t->v, cap * sizeof(*c))) == NULL)
			return t->nomem = 1;
		t->v = c;
		t->cap = cap;
	}
	c = &t->v[t->n];
	memset(c, 0, sizeof(*c));
	c->nopen = o->nopen;
	if ((c->code = rt_strdup(o->code)) == NULL ||
	    (c->name = rt_strdup(o->name)) == NULL ||
	    (o->email && (c->email = rt_strdup(o->email)) == NULL) ||
	    (o->agency && (c->agency = rt_strdup(o->agency)) == NULL) ||
	    (o->title && (c->title = rt_strdup(o->title)) == NULL) ||
	    (o->reports_to &&
	    (c->reports_to = rt_strdup(o->reports_to)) == NULL)) {
		rt_official_free(c);
		return t->nomem = 1;
	}
	t->n++;
	return 0;
}

static const struct rt_official *
find_official(const struct officials *t, const char *code)
{
	size_t i;

	for (i = 0; code != NULL && i < t->n; i++)
		if (strcmp(t->v[i].code, code) == 0)
			return &t->v[i];
	return NULL;
}

static void
officials_free(struct officials *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		rt_official_free(&t->v[i]);
	free(t->v);
}

/* ---- recipients ------------------------------------------------------- */

/* Add addr to d's Cc unless it is there or is the official's own. */
static struct rt_error *
add_cc(struct rt_digest *d, const char *addr)
{
	char **v;
	size_t i;

	/* addresses are compared without regard to case, as people type
	 * them (their domains are case-blind; their local parts are in
	 * practice) */
	if (d->official.email && strcasecmp(d->official.email, addr) == 0)
		return NULL;
	for (i = 0; i < d->ncc; i++)
		if (strcasecmp(d->cc[i], addr) == 0)
			return NULL;
	if ((v = realloc(d->cc, (d->ncc + 1) * sizeof(*v))) == NULL)
		return nomem();
	d->cc = v;
	if ((v[d->ncc] = rt_strdup(addr)) == NULL)
		return nomem();
	d->ncc++;
	return NULL;
}

/* The Cc of d: the configuration's, the liaisons of the official's
 * agency and of the agencies above it, and the one reported to. */
static struct rt_error *
recipients(struct rt_digest *d, const struct rt_config *cfg,
    const struct rt_agencies *tree, const struct officials *all)
{
	const struct rt_follow_up *fu = &cfg->follow_up;
	const struct rt_agency *mine, *liaison;
	const struct rt_official *boss;
	struct rt_error *err;
	size_t i;

	for (i = 0; i < fu->ncc; i++)
		if ((err = add_cc(d, fu->cc[i])) != NULL)
			return err;
	mine = rt_agencies_find(tree, d->official.agency);
	for (i = 0; mine != NULL && i < fu->nagency_cc; i++) {
		liaison = rt_agencies_find(tree, fu->agency_cc[i].agency);
		if (liaison != NULL &&
		    rt_agency_path_in(liaison->path, mine->path) &&
		    (err = add_cc(d, fu->agency_cc[i].email)) != NULL)
			return err;
	}
	if (d->most_overdue <= fu->escalate_after_days ||
	    (boss = find_official(all, d->official.reports_to)) == NULL)
		return NULL;
	if (boss->email == NULL) {
		if ((d->unescalated = rt_strdup(boss->code)) == NULL)
			return nomem();
		return NULL;
	}
	if ((d->escalated = rt_strdup(boss->code)) == NULL)
		return nomem();
	return add_cc(d, boss->email);
}

/* ---- building ---------------------------------------------------------- */

static int
by_code(const void *a, const void *b)
{
	const struct rt_official *x = a, *y = b;

	return strcmp(x->code, y->code);
}

/* The digest of official o in out (appended), with its items. */
static struct rt_error *
one_digest(struct rt_digests *out, const struct rt_official *o,
    const struct rt_config *cfg, const struct rt_agencies *tree,
    const struct officials *all)
{
	struct rt_digest *d;
	struct officials copy = { NULL, 0, 0, 0 };
	size_t i, n = 0;

	for (i = 0; i < out->due.nitems; i++)
		if (out->due.items[i].rec.official &&
		    strcmp(out->due.items[i].rec.official, o->code) == 0)
			n++;
	if (n == 0)
		return NULL;
	if (copy_official(o, &copy))
		return nomem();
	d = &out->v[out->n++];
	memset(d, 0, sizeof(*d));
	d->official = copy.v[0];
	free(copy.v);
	if ((d->items = calloc(n, sizeof(*d->items))) == NULL)
		return nomem();
	for (i = 0; i < out->due.nitems; i++) {
		const struct rt_due_item *it = &out->due.items[i];

		if (it->rec.official == NULL ||
		    strcmp(it->rec.official, o->code) != 0)
			continue;
		d->items[d->nitems++] = it;
		d->count[it->group]++;
		if (it->group == RT_DUE_OVERDUE && it->days > d->most_overdue)
			d->most_overdue = it->days;
	}
	return recipients(d, cfg, tree, all);
}

/* Every agency of follow_up.agency_cc is recorded. */
static struct rt_error *
liaisons_known(const struct rt_config *cfg, const struct rt_agencies *tree)
{
	const struct rt_follow_up *fu = &cfg->follow_up;
	size_t i;

	for (i = 0; i < fu->nagency_cc; i++)
		if (rt_agencies_find(tree, fu->agency_cc[i].agency) == NULL)
			return rt_error_new(RT_EINVAL, "%s: follow_up."
			    "agency_cc: no agency \"%s\"", cfg->path ?
			    cfg->path : "configuration",
			    fu->agency_cc[i].agency);
	return NULL;
}

struct rt_error *
rt_digests_build(struct rt_store *st, const struct rt_config *cfg,
    const char *as_of, int within, const char *const *officials, size_t n,
    struct rt_digests *out)
{
	struct officials all = { NULL, 0, 0, 0 };
	struct rt_agencies tree;
	struct rt_official one;
	struct rt_filter f;
	struct rt_error *err;
	size_t i;

	memset(out, 0, sizeof(*out));
	memset(&tree, 0, sizeof(tree));
	for (i = 0; i < n; i++) {
		if ((err = rt_store_official_get(st, officials[i], &one)))
			return err;
		rt_official_free(&one);
	}
	if ((err = rt_agencies_load(st, &tree)) != NULL ||
	    (err = liaisons_known(cfg, &tree)) != NULL)
		goto done;
	if ((err = rt_store_official_list(st, copy_official, &all)) != NULL)
		goto done;
	if (all.nomem) {
		err = nomem();
		goto done;
	}
	qsort(all.v, all.n, sizeof(*all.v), by_code);
	memset(&f, 0, sizeof(f));
	f.officials = officials;
	f.nofficials = n;
	if ((err = rt_due_build(st, &f, as_of, within,
	    cfg->resolution_deadline_days, &out->due)) != NULL)
		goto done;
	for (i = 0; i < out->due.nitems; i++)
		if (out->due.items[i].rec.official == NULL)
			out->unassigned++;
	if (all.n > 0 && (out->v = calloc(all.n, sizeof(*out->v))) == NULL) {
		err = nomem();
		goto done;
	}
	for (i = 0; err == NULL && i < all.n; i++)
		err = one_digest(out, &all.v[i], cfg, &tree, &all);
done:
	officials_free(&all);
	rt_agencies_free(&tree);
	return err;
}

void
rt_digests_free(struct rt_digests *ds)
{
	size_t i, j;

	for (i = 0; i < ds->n; i++) {
		struct rt_digest *d = &ds->v[i];

		rt_official_free(&d->official);
		free(d->items);
		for (j = 0; j < d->ncc; j++)
			free(d->cc[j]);
		free(d->cc);
		free(d->escalated);
		free(d->unescalated);
	}
	free(ds->v);
	rt_due_free(&ds->due);
	memset(ds, 0, sizeof(*ds));
}
