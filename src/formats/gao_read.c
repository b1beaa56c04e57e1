/*
 * rectrack — GAO's export (gao-csv) read: the CSV records (csv.h) into
 * rows of GAO's columns, each value checked and decoded.
 */
#include "formats/gaocsv.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/error.h"
#include "base/util.h"
#include "formats/csv.h"
#include "formats/gao_map.h"
#include "formats/html.h"
#include "formats/yaml.h"

static int
all_empty(const struct rt_csv *c)
{
	size_t i;
	const char *p;

	for (i = 0; i < c->n; i++)
		for (p = c->f[i]; *p; p++)
			if (!isspace((unsigned char)*p))
				return 0;
	return 1;
}

/* "…, status as of Sep 28, 2026 at 7:05 PM EST" */
static void
preamble(struct rt_gao_file *g, const struct rt_csv *c)
{
	const char *p;
	size_t i;

	for (i = 0; i < c->n; i++)
		for (p = c->f[i]; (p = strstr(p, "as of")) != NULL; p += 5)
			if (rt_gao_date_parse(p + 5, g->snapshot, &p) == 0)
				return;
}

static struct rt_error *
col_error(const char *name, int line, int col, const char *fmt, const char *v)
{
	char q[96] = "";

	rt_escape_append(q, sizeof(q), v ? v : "");
	return rt_error_new(RT_EINVAL, "%s:%d: column %s: %s%s%s%s", name,
	    line, rt_gao_col_name(col), fmt, v ? " \"" : "", v ? q : "",
	    v ? "\"" : "");
}

/*
 * The N of "… (WORD N)" at the end of text, WORD being "Recommendation"
 * or "Matter" (any case), prefix in front of it; NULL when text does not
 * end so (*nomem set when out of memory).
 */
static char *
tail_number(const char *text, const char *word, const char *prefix,
    int *nomem)
{
	const char *end = text + strlen(text), *p;
	size_t n, i, w = strlen(word);
	struct rt_buf b = { 0 };

	if (end == text || end[-1] != ')')
		return NULL;
	for (p = end - 1; p > text && p[-1] != '('; p--)
		continue;
	if (p == text || strncasecmp(p, word, w) != 0)
		return NULL;
	p += w;
	while (*p == ' ')
		p++;
	n = (size_t)(end - 1 - p);
	while (n > 0 && p[n - 1] == ' ')
		n--;
	if (n == 0 || n > 16)
		return NULL;
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)p[i]) && p[i] != '-' &&
		    p[i] != '.')
			return NULL;
	if (rt_buf_printf(&b, "%s%.*s", prefix, (int)n, p) == -1 ||
	    b.s == NULL) {
		rt_buf_free(&b);
		*nomem = 1;
		return NULL;
	}
	return b.s;
}

/* The agency GAO names for a matter for congressional consideration. */
static int
is_congress(const char *agency)
{
	return strcasecmp(agency, "Congress") == 0;
}

/* Whether the agency path names at least one agency (not just colons). */
static int
names_agency(const char *path)
{
	for (; *path; path++)
		if (*path != ':' && !isspace((unsigned char)*path))
			return 1;
	return 0;
}

static struct rt_error *
take_row(const char *name, struct rt_gao_file *g, const struct rt_csv *c,
    const int *map)
{
	struct rt_gao_row *rows, *r;
	size_t i;
	int k, nomem = 0;

	if (g->nrows == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 64;

		if (cap > SIZE_MAX / sizeof(*rows) ||
		    (rows = realloc(g->rows, cap * sizeof(*rows))) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		g->rows = rows;
		g->cap = cap;
	}
	rows = g->rows;
	r = &rows[g->nrows++];
	memset(r, 0, sizeof(*r));
	r->line = c->start;
	for (i = 0; i < c->n; i++) {
		long bad;

		if (map[i] < 0 || r->v[map[i]] != NULL)
			continue;
		if ((bad = rt_utf8_check(c->f[i])) >= 0)
			return rt_error_new(RT_EINVAL, "%s:%d: column %s: not "
			    "UTF-8 at byte %ld of the value (0x%02X); save the "
			    "file as \"CSV UTF-8\"", name, r->line,
			    rt_gao_col_name(map[i]), bad + 1,
			    (unsigned char)c->f[i][bad]);
		if ((r->v[map[i]] = rt_strdup(c->f[i])) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		rt_html_unescape(r->v[map[i]]);
		gao_trim(r->v[map[i]]);
		/* the ' a CSV writer puts in front of a formula */
		if (r->v[map[i]][0] == '\'' && rt_csv_formula(r->v[map[i]] + 1))
			memmove(r->v[map[i]], r->v[map[i]] + 1,
			    strlen(r->v[map[i]]));
	}
	for (k = 0; k < RT_GAO_NCOLS; k++)
		if (r->v[k] == NULL && (r->v[k] = rt_strdup("")) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
	for (k = 0; k < RT_GAO_NCOLS; k++)
		if (!gao_optional(k) && r->v[k][0] == '\0' &&
		    k != RT_GAO_ISSUED)
			return col_error(name, r->line, k, "is empty", NULL);
	if (rt_gao_date_parse(r->v[RT_GAO_ISSUED], r->issued, NULL) != 0)
		return col_error(name, r->line, RT_GAO_ISSUED, "not a date "
		    "like \"Sep 28, 2026\":", r->v[RT_GAO_ISSUED]);
	if ((r->status = rt_gao_status_parse(r->v[RT_GAO_STATUS])) < 0)
		return col_error(name, r->line, RT_GAO_STATUS, "unknown status "
		    "(expected Open, Open--Partially Addressed, "
		    "Closed--Implemented or Closed--Not Implemented):",
		    r->v[RT_GAO_STATUS]);
	if (strcasecmp(r->v[RT_GAO_PRIORITY], "yes") == 0)
		r->priority = 1;
	else if (r->v[RT_GAO_PRIORITY][0] &&
	    strcasecmp(r->v[RT_GAO_PRIORITY], "no") != 0)
		return col_error(name, r->line, RT_GAO_PRIORITY, "expected Yes "
		    "or No, not", r->v[RT_GAO_PRIORITY]);
	if (strchr(r->v[RT_GAO_PUB_NUMBER], '#') != NULL)
		return col_error(name, r->line, RT_GAO_PUB_NUMBER, "cannot "
		    "contain '#':", r->v[RT_GAO_PUB_NUMBER]);
	if (!names_agency(r->v[RT_GAO_AGENCY]))
		return col_error(name, r->line, RT_GAO_AGENCY, "names no agency "
		    "(expected a name, or names separated by colons):",
		    r->v[RT_GAO_AGENCY]);
	r->number = tail_number(r->v[RT_GAO_REC], "Recommendation", "",
	    &nomem);
	if (r->number == NULL && !nomem && is_congress(r->v[RT_GAO_AGENCY])) {
		/* a matter; one without "(Matter N)" is numbered later */
		r->matter = 1;
		r->number = tail_number(r->v[RT_GAO_REC], "Matter", "M",
		    &nomem);
	}
	if (nomem)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (r->number == NULL && !r->matter)
		return col_error(name, r->line, RT_GAO_REC, "the text does not "
		    "end with \"(Recommendation N)\"", NULL);
	return NULL;
}

/*
 * Number the matters that have no "(Matter N)": in file order within
 * their publication, each gets M1, M2, … the smallest that no row of the
 * publication has.  The same file always gives the same numbers.  The
 * numbered rows are sorted by (publication, number) and looked up, the
 * unnumbered ones sorted by publication in file order.
 */
static struct rt_error *
number_matters(struct rt_gao_file *g)
{
	struct gao_key *taken, *todo, want;
	struct rt_error *err = NULL;
	char cand[32];
	size_t i, nt = 0, nd = 0;
	long n = 0;

	taken = gao_keys_new(g->nrows);
	todo = gao_keys_new(g->nrows);
	if (taken == NULL || todo == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < g->nrows; i++) {
		const struct rt_gao_row *r = &g->rows[i];
		struct gao_key k = { r->v[RT_GAO_PUB_NUMBER], r->number, NULL,
		    i };

		if (r->number != NULL)
			taken[nt++] = k;
		else {
			k.b = "";
			todo[nd++] = k;
		}
	}
	qsort(taken, nt, sizeof(*taken), gao_key_cmp);
	qsort(todo, nd, sizeof(*todo), gao_key_cmp);
	for (i = 0; i < nd; i++) {
		if (i == 0 || strcmp(todo[i].a, todo[i - 1].a) != 0)
			n = 0;		/* the first of its publication */
		want.a = todo[i].a;
		want.b = cand;
		do
			snprintf(cand, sizeof(cand), "M%ld", ++n);
		while (bsearch(&want, taken, nt, sizeof(*taken), gao_key_ab));
		if ((g->rows[todo[i].i].number = rt_strdup(cand)) == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
	}
done:
	free(taken);
	free(todo);
	return err;
}

/* Link each row to the next of its publication (rt_gao_row.next) and to
 * the first of its agency (rt_gao_row.agency_first). */
static struct rt_error *
link_rows(struct rt_gao_file *g)
{
	struct gao_key *k;
	size_t i;

	if ((k = gao_keys_new(g->nrows)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; i < g->nrows; i++)
		k[i] = (struct gao_key){ g->rows[i].v[RT_GAO_PUB_NUMBER], "",
		    NULL, i };
	qsort(k, g->nrows, sizeof(*k), gao_key_cmp);
	for (i = 0; i < g->nrows; i++)
		g->rows[k[i].i].next = i + 1 < g->nrows &&
		    strcmp(k[i + 1].a, k[i].a) == 0 ? k[i + 1].i : g->nrows;
	for (i = 0; i < g->nrows; i++)
		k[i] = (struct gao_key){ g->rows[i].v[RT_GAO_AGENCY], "",
		    NULL, i };
	qsort(k, g->nrows, sizeof(*k), gao_key_cmp);
	for (i = 0; i < g->nrows; i++)
		g->rows[k[i].i].agency_first = i > 0 &&
		    strcmp(k[i - 1].a, k[i].a) == 0 ?
		    g->rows[k[i - 1].i].agency_first : k[i].i;
	free(k);
	return NULL;
}

struct rt_error *
rt_gao_read(FILE *fp, const char *name, struct rt_gao_file *g)
{
	struct rt_csv c;
	struct rt_error *err = NULL;
	int map[RT_CSV_MAX_FIELDS], header = 0, k, got;
	size_t i, ncols = 0;

	memset(g, 0, sizeof(*g));
	rt_csv_init(&c, fp, name);
	while ((got = rt_csv_next(&c, &err)) == 1) {
		if (all_empty(&c))
			continue;
		if (!header) {
			for (i = 0; i < c.n; i++)
				map[i] = gao_header_col(c.f[i]);
			for (i = 0; i < c.n && map[i] != RT_GAO_PUB_NUMBER; i++)
				continue;
			if (i == c.n) {
				preamble(g, &c);
				continue;
			}
			header = c.start;
			ncols = c.n;
			for (i = 0; i < c.n; i++)
				if (map[i] >= 0) {
					if (g->has[map[i]]) {
						err = col_error(name, c.start,
						    map[i], "appears twice in "
						    "the header", NULL);
						goto done;
					}
					g->has[map[i]] = 1;
				}
			for (k = 0; k < RT_GAO_NCOLS; k++)
				if (!g->has[k] && !gao_optional(k)) {
					err = col_error(name, c.start, k,
					    "missing from the header", NULL);
					goto done;
				}
			continue;
		}
		if (c.n != ncols) {
			err = rt_error_new(RT_EINVAL, "%s:%d: a row of %zu "
			    "fields; the header (line %d) has %zu", name,
			    c.start, c.n, header, ncols);
			goto done;
		}
		if ((err = take_row(name, g, &c, map)) != NULL)
			goto done;
	}
	if (got == 0 && !header)
		err = rt_error_new(RT_EINVAL, "%s: no header row (a row naming "
		    "Publication Number, Agency, Recommendation, Status…)",
		    name);
	else if (got == 0 && (err = number_matters(g)) == NULL)
		err = link_rows(g);
done:
	rt_csv_free(&c);
	return err;
}

void
rt_gao_file_free(struct rt_gao_file *g)
{
	size_t i;
	int k;

	for (i = 0; i < g->nrows; i++) {
		for (k = 0; k < RT_GAO_NCOLS; k++)
			free(g->rows[i].v[k]);
		free(g->rows[i].number);
	}
	free(g->rows);
	memset(g, 0, sizeof(*g));
}
