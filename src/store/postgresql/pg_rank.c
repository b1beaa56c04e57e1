/*
 * rectrack — the store on a PostgreSQL server: ranking a search's hits.
 *
 * Ranking is FTS5's bm25.  The server computes it in SQL for most
 * queries (pg_search.c); a query with ^ or NEAR, which a tsquery states
 * only roughly, is matched and ranked here, text by text, from the
 * phrase instances that take part in the match.
 */
#include <stdlib.h>

#include "base/error.h"
#include "base/util.h"
#include "store/postgresql/pg_search.h"
#include "store/store.h"

/*
 * The snippet of one text for the query tree (-1 when out of memory);
 * with idf (one per phrase parameter), whether the text matches and its
 * bm25 score as FTS5 computes it: the occurrences of each phrase that
 * take part in the match, the text's number of words.
 */
int
pg_text_snippet(struct pg_query *pq, struct hitrow *h, const double *idf,
    int nidf, double avgdl)
{
	struct insts in = { 0 };
	struct rt_buf out = { 0 };
	double f;
	size_t i, k;
	int nomem = 0, match;

	if ((match = pg_match(pq, &h->t.ws, &in)) < 0)
		nomem = 1;
	else
		h->match = match;
	h->score = 0;
	for (i = 0; idf && !nomem && i < pq->nph; i++) {
		const struct pg_phrase *p = &pq->ph[i];

		if (p->arg < 0 || p->arg >= nidf)
			continue;
		for (f = 0, k = 0; k < in.n; k++)
			f += in.v[k].ip == p->p->idx;
		h->score += idf[p->arg] * f * 2.2 / (f + 1.2 * (0.25 +
		    0.75 * (double)h->t.ws.n / avgdl));
	}
	if (!nomem && pg_make_snippet(h->t.body, &h->t.ws, &in,
	    (int)pq->nph, SNIPPET_WORDS, &out) != 0)
		nomem = 1;
	free(in.v);
	if (!nomem && out.s == NULL)
		rt_buf_add(&out, "", 0);
	if (nomem) {
		rt_buf_free(&out);
		return -1;
	}
	h->snippet = out.s;
	return 0;
}

static int
cmp_best(const void *a, const void *b)
{
	const struct hitrow *x = *(struct hitrow *const *)a;
	const struct hitrow *y = *(struct hitrow *const *)b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->doc < y->doc ? -1 : x->doc > y->doc;
}

/* Best score first, equal ones in listing order: how hits are shown. */
static int
cmp_shown(const void *a, const void *b)
{
	const struct hitrow *x = *(struct hitrow *const *)a;
	const struct hitrow *y = *(struct hitrow *const *)b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->row - y->row;
}

/*
 * For a query with ^ or NEAR, which a tsquery states only roughly (a
 * tsquery cannot tie a phrase to the start of a text, and bm25 counts
 * only the occurrences that are near), the server gives every text it
 * finds in listing order; the ones the query tree does not match go,
 * the rest are ranked by bm25 here and cut at the limit.
 */
struct rt_error *
pg_rank_here(struct hitrow *rows, int n, long limit, struct hitrow ***out,
    int *nout)
{
	struct hitrow **v;
	int i, k = 0;

	*out = NULL;
	*nout = 0;
	if ((v = calloc(n > 0 ? n : 1, sizeof(*v))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; i < n; i++)
		if (rows[i].match)
			v[k++] = &rows[i];
	qsort(v, k, sizeof(*v), cmp_best);
	if (limit > 0 && k > limit)
		k = (int)limit;
	qsort(v, k, sizeof(*v), cmp_shown);
	*out = v;
	*nout = k;
	return NULL;
}

double *
pg_parse_idf(const char *s, int *n)
{
	double *v = NULL, *w;
	char *end;

	*n = 0;
	while (s && *s) {
		if ((w = realloc(v, (*n + 1) * sizeof(*v))) == NULL) {
			free(v);
			return NULL;
		}
		v = w;
		v[(*n)++] = strtod(s, &end);
		if (end == s)
			break;
		s = end;
		while (*s == ' ')
			s++;
	}
	return v ? v : calloc(1, sizeof(*v));
}
