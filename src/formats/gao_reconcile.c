/*
 * rectrack — GAO's export (gao-csv) reconciled: a file read by
 * rt_gao_read compared with the recommendations of issuer gao.
 */
#include "formats/gaocsv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "formats/export.h"
#include "formats/gao_map.h"
#include "store/store.h"

const char *
rt_gao_diff_name(int kind)
{
	static const char *const names[] = { "not in database", "not in file",
	    "status differs", "priority differs" };

	return kind >= 0 && kind <= RT_GAO_PRIORITY_DIFFERS ? names[kind] : "";
}

struct diffs {
	struct rt_gao_diff *d;
	size_t n, cap;
};

static struct rt_error *
diff_add(struct diffs *l, int kind, const char *report, const char *number,
    const char *agency, const char *file, const char *db, int line)
{
	struct rt_gao_diff *d;
	struct rt_buf id = { 0 };

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;

		if (cap > SIZE_MAX / sizeof(*d) ||
		    (d = realloc(l->d, cap * sizeof(*d))) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		l->d = d;
		l->cap = cap;
	}
	d = &l->d[l->n++];
	memset(d, 0, sizeof(*d));
	d->kind = kind;
	d->line = line;
	rt_buf_printf(&id, "%s#%s", report, number);
	d->id = id.s;
	d->agency = agency ? rt_strdup(agency) : NULL;
	d->file = file ? rt_strdup(file) : NULL;
	d->db = db ? rt_strdup(db) : NULL;
	if (!d->id || (agency && !d->agency) || (file && !d->file) ||
	    (db && !d->db))
		return rt_error_new(RT_ENOMEM, "out of memory");
	return NULL;
}

void
rt_gao_diffs_free(struct rt_gao_diff *d, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(d[i].id);
		free(d[i].agency);
		free(d[i].file);
		free(d[i].db);
	}
	free(d);
}

static int
id_cmp(const void *x, const void *y)
{
	const int64_t *p = x, *q = y;

	return *p < *q ? -1 : *p > *q;
}

/*
 * The agency code of each row into codes (g->nrows strings): the code of
 * the agency its path names, or "?I" (I the row) when the database does
 * not know it, so that it matches nothing.  Each agency is looked up once.
 */
static struct rt_error *
row_codes(struct rt_store *st, const struct rt_gao_file *g, char **codes)
{
	struct rt_error *err;
	size_t i, j;
	int dummy = 0;

	for (i = 0; i < g->nrows; i++) {
		if ((j = g->rows[i].agency_first) < i) {
			if (codes[j][0] != '?' &&
			    (codes[i] = rt_strdup(codes[j])) == NULL)
				return rt_error_new(RT_ENOMEM, "out of memory");
		} else if ((err = rt_gao_agency(st,
		    g->rows[i].v[RT_GAO_AGENCY], 0, &dummy, &codes[i])) != NULL)
			return err;
		if (codes[i] == NULL) {
			struct rt_buf b = { 0 };

			rt_buf_printf(&b, "?%zu", i);
			if ((codes[i] = b.s) == NULL)
				return rt_error_new(RT_ENOMEM, "out of memory");
		}
	}
	return NULL;
}

/*
 * The differences of the file's rows, in file order, into l; the ids of
 * the recommendations found into seen (*nseen of them).
 */
static struct rt_error *
compare_rows(struct rt_store *st, const struct rt_config *cfg,
    const struct rt_gao_file *g, char *const *codes, char *const *numbers,
    struct diffs *l, int64_t *seen, size_t *nseen)
{
	struct rt_error *err = NULL;
	size_t i;

	for (i = 0; i < g->nrows; i++) {
		const struct rt_gao_row *r = &g->rows[i];
		const char *pub = r->v[RT_GAO_PUB_NUMBER];
		struct rt_rec rec;
		int gs, fl;

		if (codes[i][0] == '?' || (err = rt_store_rec_get(st, pub,
		    numbers[i], &rec)) != NULL) {
			if (err && err->code != RT_ENOTFOUND)
				return err;
			rt_error_free(err);
			err = diff_add(l, RT_GAO_NOT_IN_DB, pub, codes[i][0] ==
			    '?' ? r->number : numbers[i], r->v[RT_GAO_AGENCY],
			    rt_gao_status_label(r->status), NULL, r->line);
			if (err)
				return err;
			continue;
		}
		seen[(*nseen)++] = rec.id;
		gs = rt_gao_status_of(rec.status, rec.partially_addressed);
		fl = rt_flag_get(&rec, cfg->gao_priority_flag);
		if (gs != r->status)
			err = diff_add(l, RT_GAO_STATUS_DIFFERS, pub,
			    numbers[i], r->v[RT_GAO_AGENCY],
			    rt_gao_status_label(r->status),
			    rt_gao_status_label(gs), r->line);
		if (err == NULL && g->has[RT_GAO_PRIORITY] &&
		    fl != r->priority)
			err = diff_add(l, RT_GAO_PRIORITY_DIFFERS, pub,
			    numbers[i], r->v[RT_GAO_AGENCY],
			    r->priority ? "Yes" : "No", fl ? "Yes" : "No",
			    r->line);
		rt_rec_free(&rec);
		if (err)
			return err;
	}
	return NULL;
}

/* The open recommendations of issuer gao whose id is not among seen
 * (nseen, sorted here), in export order, into l. */
static struct rt_error *
not_in_file(struct rt_store *st, const struct rt_config *cfg,
    int64_t *seen, size_t nseen, struct diffs *l)
{
	struct gao_agencies ags = { NULL, 0, 0 };
	struct gao_by_code by = { NULL, 0 };
	struct rt_filter f;
	struct gao_items all;
	struct rt_error *err;
	size_t i;

	memset(&all, 0, sizeof(all));
	memset(&f, 0, sizeof(f));
	f.issuer = "gao";
	f.statuses = 1u << RT_OPEN_PENDING | 1u << RT_OPEN_UNRESOLVED |
	    1u << RT_OPEN_RESOLVED;
	all.flag = cfg->gao_priority_flag;
	if ((err = rt_export_recs(st, &f, gao_item_cb, &all)) == NULL &&
	    all.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err || (err = gao_agencies_load(st, &ags)) != NULL ||
	    (err = gao_by_code_make(&ags, &by)) != NULL)
		goto done;
	qsort(seen, nseen, sizeof(*seen), id_cmp);
	for (i = 0; i < all.n; i++) {
		const struct gao_item *it = &all.it[i];
		char *path = NULL;

		if (bsearch(&it->id, seen, nseen, sizeof(*seen), id_cmp))
			continue;
		if ((err = gao_path_of(&by, it->agency, &path)) != NULL)
			goto done;
		err = diff_add(l, RT_GAO_NOT_IN_FILE, it->report, it->number,
		    path, NULL, rt_gao_status_label(rt_gao_status_of(
		    it->status, it->partial)), 0);
		free(path);
		if (err)
			goto done;
	}
done:
	free(by.a);
	gao_agencies_free(&ags);
	gao_items_free(&all);
	return err;
}

struct rt_error *
rt_gao_reconcile(struct rt_store *st, const struct rt_config *cfg,
    const struct rt_gao_file *g, struct rt_gao_diff **out, size_t *n)
{
	struct diffs l = { NULL, 0, 0 };
	struct rt_error *err = NULL;
	char **codes = NULL, **numbers = NULL;
	int64_t *seen = NULL;
	size_t i, nseen = 0;

	*out = NULL;
	*n = 0;
	codes = calloc(g->nrows + 1, sizeof(*codes));
	numbers = calloc(g->nrows + 1, sizeof(*numbers));
	seen = calloc(g->nrows + 1, sizeof(*seen));
	if (!codes || !numbers || !seen)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err == NULL && (err = row_codes(st, g, codes)) == NULL &&
	    (err = rt_gao_numbers("file", g, codes, numbers)) == NULL &&
	    (err = compare_rows(st, cfg, g, codes, numbers, &l, seen,
	    &nseen)) == NULL)
		err = not_in_file(st, cfg, seen, nseen, &l);
	for (i = 0; i < g->nrows; i++) {
		if (codes)
			free(codes[i]);
		if (numbers)
			free(numbers[i]);
	}
	free(codes);
	free(numbers);
	free(seen);
	if (err) {
		rt_gao_diffs_free(l.d, l.n);
		return err;
	}
	*out = l.d;
	*n = l.n;
	return NULL;
}
