/*
 * rectrack — the store on a PostgreSQL server: snippets of the texts a
 * search found, made the way FTS5's snippet() makes them.  The texts
 * are split into words as the index splits them (rt_search_word_next),
 * the server turns the words into lexemes (to_tsvector, the same
 * normalisation as the index), the query tree finds the phrase
 * instances, and FTS5's window choice and highlighting follow.
 */
#include <libpq-fe.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"
#include "store/postgresql/pg.h"
#include "store/postgresql/pg_search.h"
#include "store/store.h"

#define ELLIPSIS "\xe2\x80\xa6"		/* U+2026 */

/* ---- words and their lexemes --------------------------------------------- */

int
pg_split_words(const char *s, size_t n, struct words *out)
{
	size_t at = 0, start, end;
	struct word *w;

	out->n = 0;
	while (rt_search_word_next(s, n, &at, &start, &end)) {
		if (out->n == out->cap) {
			out->cap = out->cap ? 2 * out->cap : 32;
			if ((w = realloc(out->w, out->cap * sizeof(*w))) ==
			    NULL)
				return -1;
			out->w = w;
		}
		out->w[out->n].start = start;
		out->w[out->n].end = end;
		out->w[out->n].lex = "";
		out->n++;
	}
	return 0;
}

/* The lexeme of each word of $1 (one a line), in order; "" for none. */
static const char SQL_LEXEMES[] =
    "SELECT coalesce((SELECT x.lexeme"
    "  FROM unnest(to_tsvector('rectrack.words', u.w)) x"
    "  ORDER BY x.positions[1] LIMIT 1), '') "
    "FROM unnest(string_to_array($1, chr(10))) WITH ORDINALITY u(w, n) "
    "ORDER BY u.n";

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct rt_error *
pg_find_lexemes(struct pg_store *st, struct pg_query *pq, struct text *texts,
    int ntexts, PGresult **lexres)
{
	struct rt_error *err = NULL;
	struct rt_buf all = { 0 };
	char **v = NULL, **hit;
	const char *p[1];
	size_t n = 0, cap = 0, i, k = 0;
	int j, t;

	*lexres = NULL;
	for (t = 0; t < ntexts; t++)
		cap += texts[t].ws.n;
	for (i = 0; i < pq->nph; i++)
		cap += pq->ph[i].p->n;
	if (cap == 0)
		return NULL;
	if ((v = calloc(cap, sizeof(*v))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (t = 0; t < ntexts; t++)
		for (i = 0; i < texts[t].ws.n; i++)
			if ((v[n++] = strndup(texts[t].body +
			    texts[t].ws.w[i].start, texts[t].ws.w[i].end -
			    texts[t].ws.w[i].start)) == NULL)
				goto nomem;
	for (i = 0; i < pq->nph; i++)
		for (j = 0; j < pq->ph[i].p->n; j++)
			if ((v[n++] = strdup(pq->ph[i].p->t[j].word)) == NULL)
				goto nomem;
	qsort(v, n, sizeof(*v), cmp_str);
	for (i = k = 0; i < n; i++) {
		if (k && strcmp(v[k - 1], v[i]) == 0) {
			free(v[i]);
			continue;
		}
		v[k++] = v[i];
	}
	for (i = 0; i < k; i++) {
		rt_buf_puts(&all, v[i]);
		if (i + 1 < k)
			rt_buf_puts(&all, "\n");
	}
	if (all.s == NULL)
		goto nomem;
	p[0] = all.s;
	if ((err = pg_query(st, "cannot search", SQL_LEXEMES, 1, p, lexres,
	    NULL)) != NULL)
		goto done;
	if ((size_t)PQntuples(*lexres) != k) {
		err = rt_error_new(RT_EDB, "%s: cannot search: the server "
		    "split the words differently", st->name);
		goto done;
	}
	/* the sorted words and their lexemes line up: look each one up */
#define LEX_OF(s) (hit = bsearch(&(s), v, k, sizeof(*v), cmp_str), \
	    hit ? pg_str(*lexres, (int)(hit - v), 0) : "")
	for (t = 0; t < ntexts; t++)
		for (i = 0; i < texts[t].ws.n; i++) {
			char *w = strndup(texts[t].body +
			    texts[t].ws.w[i].start, texts[t].ws.w[i].end -
			    texts[t].ws.w[i].start);

			if (w == NULL)
				goto nomem;
			texts[t].ws.w[i].lex = LEX_OF(w);
			free(w);
		}
	for (i = 0; i < pq->nph; i++)
		for (j = 0; j < pq->ph[i].p->n; j++)
			pq->ph[i].lex[j] = LEX_OF(pq->ph[i].p->t[j].word);
#undef LEX_OF
	goto done;
nomem:
	err = rt_error_new(RT_ENOMEM, "out of memory");
done:
	if (err && *lexres) {
		PQclear(*lexres);
		*lexres = NULL;
	}
	for (i = 0; i < k && v; i++)
		free(v[i]);
	if (k == 0)
		for (i = 0; i < n; i++)
			free(v[i]);
	free(v);
	rt_buf_free(&all);
	return err;
}

/* ---- phrase instances and snippets, as FTS5 makes them ------------------- */

/* Whether a word of the query (tlex its lexeme) matches a word of a
 * text (lex). */
static int
term_matches(const struct rt_query_term *t, const char *tlex, const char *lex)
{
	if (*tlex == '\0')
		return 0;
	if (!t->prefix)
		return strcmp(tlex, lex) == 0;
	return strncmp(tlex, lex, strlen(tlex)) == 0;
}

/* Where phrase p starts in the words; -1 when out of memory. */
static int
phrase_find(struct pg_phrase *s, const struct words *ws)
{
	const struct rt_query_phrase *p = s->p;
	size_t i, *v;
	int j;

	s->npos = 0;
	for (i = 0; i + p->n <= ws->n; i++) {
		if (p->initial && i > 0)
			break;
		for (j = 0; j < p->n; j++)
			if (!term_matches(&p->t[j], s->lex[j],
			    ws->w[i + j].lex))
				break;
		if (j < p->n)
			continue;
		if (s->npos == s->cappos) {
			s->cappos = s->cappos ? 2 * s->cappos : 8;
			if ((v = realloc(s->pos, s->cappos * sizeof(*v))) ==
			    NULL)
				return -1;
			s->pos = v;
		}
		s->pos[s->npos++] = i;
	}
	return 0;
}

static int
inst_add(struct insts *in, int ip, size_t io, int size)
{
	struct inst *v;

	if (in->n == in->cap) {
		in->cap = in->cap ? 2 * in->cap : 16;
		if ((v = realloc(in->v, in->cap * sizeof(*v))) == NULL)
			return -1;
		in->v = v;
	}
	in->v[in->n].ip = ip;
	in->v[in->n].io = io;
	in->v[in->n].size = size;
	in->n++;
	return 0;
}

/*
 * A NEAR group: the instances of its phrases that take part in a match
 * (fts5ExprNearIsMatch): all phrases within near words of the last one
 * to start.
 */
static int
near_match(const struct pg_query *pq, const struct rt_query_node *n,
    struct insts *in, int *nomem)
{
	const struct pg_phrase *s[64];
	size_t cur[64], last[64], k;
	int64_t imax, imin, look, best;
	int i, iadv, again, found = 0, added[64];

	if (n->nph > 64)
		return 0;
	for (i = 0; i < n->nph; i++) {
		s[i] = &pq->ph[n->ph[i]->idx];
		if (s[i]->npos == 0)
			return 0;
		cur[i] = 0;
		added[i] = 0;
		last[i] = 0;
	}
	for (;;) {
		imax = (int64_t)s[0]->pos[cur[0]];
		do {
			again = 0;
			for (i = 0; i < n->nph; i++) {
				int64_t at = (int64_t)s[i]->pos[cur[i]];

				imin = imax - n->ph[i]->n - n->near;
				if (at < imin || at > imax) {
					again = 1;
					while ((int64_t)s[i]->pos[cur[i]] < imin)
						if (++cur[i] >= s[i]->npos)
							return found;
					if ((int64_t)s[i]->pos[cur[i]] > imax)
						imax = (int64_t)s[i]->pos[cur[i]];
				}
			}
		} while (again);
		found = 1;
		for (i = 0; i < n->nph; i++) {
			k = s[i]->pos[cur[i]];
			if (!added[i] || last[i] != k) {
				if (inst_add(in, n->ph[i]->idx, k,
				    n->ph[i]->n) != 0) {
					*nomem = 1;
					return found;
				}
				added[i] = 1;
				last[i] = k;
			}
		}
		iadv = 0;
		best = INT64_MAX;
		for (i = 0; i < n->nph; i++) {
			look = cur[i] + 1 < s[i]->npos ?
			    (int64_t)s[i]->pos[cur[i] + 1] : INT64_MAX;
			if (i == 0 || look < best) {
				best = look;
				iadv = i;
			}
		}
		if (++cur[iadv] >= s[iadv]->npos)
			return found;
	}
}

/* Whether the tree matches; the instances of the parts that match are
 * added to in (nothing of a part that does not). */
static int
tree_match(const struct pg_query *pq, const struct rt_query_node *n,
    struct insts *in, int *nomem)
{
	const struct pg_phrase *one;
	size_t mark = in->n, k;
	int l, r;

	switch (n->type) {
	case RT_QUERY_PHRASES:
		if (n->near >= 0 && n->nph > 1) {
			if (near_match(pq, n, in, nomem))
				return 1;
			in->n = mark;
			return 0;
		}
		one = &pq->ph[n->ph[0]->idx];
		for (k = 0; k < one->npos; k++)
			if (inst_add(in, n->ph[0]->idx, one->pos[k],
			    n->ph[0]->n) != 0)
				*nomem = 1;
		return one->npos > 0;
	case RT_QUERY_AND:
		if (tree_match(pq, n->l, in, nomem) &&
		    tree_match(pq, n->r, in, nomem))
			return 1;
		in->n = mark;
		return 0;
	case RT_QUERY_OR:
		l = tree_match(pq, n->l, in, nomem);
		r = tree_match(pq, n->r, in, nomem);
		return l || r;
	case RT_QUERY_NOT:
		if (tree_match(pq, n->l, in, nomem)) {
			size_t before = in->n;

			r = tree_match(pq, n->r, in, nomem);
			in->n = before;
			if (!r)
				return 1;
		}
		in->n = mark;
		return 0;
	default:
		return 0;
	}
}

static int
cmp_inst(const void *a, const void *b)
{
	const struct inst *x = a, *y = b;

	if (x->io != y->io)
		return x->io < y->io ? -1 : 1;
	return x->ip < y->ip ? -1 : x->ip > y->ip;
}

/* Find every phrase in the words, then the instances of the parts of
 * the tree that match, in text order: whether the tree matches (-1 when
 * out of memory). */
static int
pg_match(struct pg_query *pq, const struct words *ws, struct insts *in)
{
	size_t i;
	int nomem = 0, match;

	for (i = 0; i < pq->nph; i++)
		if (phrase_find(&pq->ph[i], ws) != 0)
			return -1;
	match = tree_match(pq, pq->q->root, in, &nomem);
	if (in->n > 1)
		qsort(in->v, in->n, sizeof(*in->v), cmp_inst);
	return nomem ? -1 : match;
}

/* fts5SnippetScore: the score of the window of ntok words from ipos and,
 * when adj is not NULL, where to start it to centre its matches. */
static int
snippet_score(const struct insts *in, size_t ndoc, unsigned char *seen,
    int64_t ipos, int ntok, int64_t *adj)
{
	int64_t iend = ipos + ntok, ifirst = -1, ilast = 0, a;
	size_t i;
	int score = 0;

	for (i = 0; i < in->n; i++) {
		int64_t io = (int64_t)in->v[i].io;

		if (io >= ipos && io < iend) {
			score += seen[in->v[i].ip] ? 1 : 1000;
			seen[in->v[i].ip] = 1;
			if (ifirst < 0)
				ifirst = io;
			ilast = io + in->v[i].size;
		}
	}
	if (adj) {
		a = ifirst - (ntok - (ilast - ifirst)) / 2;
		if (a + ntok > (int64_t)ndoc)
			a = (int64_t)ndoc - ntok;
		if (a < 0)
			a = 0;
		*adj = a;
	}
	return score;
}

/* The coalesced instances (fts5CInstIter): overlapping ones as one. */
struct citer {
	const struct insts *in;
	size_t next;
	int64_t start, end;
};

static void
citer_next(struct citer *it)
{
	it->start = it->end = -1;
	while (it->next < it->in->n) {
		const struct inst *x = &it->in->v[it->next];
		int64_t e = (int64_t)x->io - 1 + x->size;

		if (it->start < 0) {
			it->start = (int64_t)x->io;
			it->end = e;
		} else if ((int64_t)x->io <= it->end) {
			if (e > it->end)
				it->end = e;
		} else
			break;
		it->next++;
	}
}

/*
 * The start of the snippet's window of ntok words (fts5SnippetFunction):
 * the window with the most distinct phrases, preferring one that starts
 * a sentence; -1 when out of memory.
 */
static int64_t
snippet_start(const char *body, const struct words *ws,
    const struct insts *in, int nphrase, int ntok)
{
	unsigned char *seen;
	size_t *first = NULL, nfirst = 0, i, jj, ndoc = ws->n;
	int64_t best_start = 0, adj;
	int best = 0, score;

	if ((seen = calloc(nphrase > 0 ? nphrase : 1, 1)) == NULL)
		return -1;
	if (ndoc && (first = calloc(ndoc, sizeof(*first))) == NULL) {
		free(seen);
		return -1;
	}
	/* the words that start a sentence: after ". " or ": " */
	for (i = 0; i < ndoc; i++) {
		size_t s = ws->w[i].start, k = s;
		char c = 0;

		if (i == 0) {
			first[nfirst++] = 0;
			continue;
		}
		while (k > 0) {
			c = body[k - 1];
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
				break;
			k--;
		}
		if (k > 0 && k != s && (c == '.' || c == ':'))
			first[nfirst++] = i;
	}
	for (i = 0; i < in->n; i++) {
		int64_t io = (int64_t)in->v[i].io;

		memset(seen, 0, nphrase);
		score = snippet_score(in, ndoc, seen, io, ntok, &adj);
		if (score > best) {
			best = score;
			best_start = adj;
		}
		if (nfirst && ndoc > (size_t)ntok) {
			for (jj = 0; jj + 1 < nfirst; jj++)
				if ((int64_t)first[jj + 1] > io)
					break;
			if ((int64_t)first[jj] < io) {
				memset(seen, 0, nphrase);
				score = snippet_score(in, ndoc, seen,
				    (int64_t)first[jj], ntok, NULL);
				score += first[jj] == 0 ? 120 : 100;
				if (score > best) {
					best = score;
					best_start = (int64_t)first[jj];
				}
			}
		}
	}
	free(seen);
	free(first);
	return best_start;
}

/* The window of ntok words from best_start, its matches marked and
 * "…" where it is cut (fts5HighlightCb). */
static void
highlight(const char *body, const struct words *ws, const struct insts *in,
    int64_t best_start, int ntok, struct rt_buf *out)
{
	int64_t range_start, range_end, ipos, off = 0;
	size_t i, ndoc = ws->n;
	int open = 0;
	struct citer it;

	range_start = best_start;
	range_end = best_start + ntok - 1;
	it.in = in;
	it.next = 0;
	citer_next(&it);
	if (best_start > 0)
		rt_buf_puts(out, ELLIPSIS);
	while (it.start >= 0 && it.start < best_start)
		citer_next(&it);
	for (i = 0; i < ndoc; i++) {
		int64_t so = (int64_t)ws->w[i].start;
		int64_t eo = (int64_t)ws->w[i].end;

		ipos = (int64_t)i;
		if (ipos < range_start || ipos > range_end)
			continue;
		if (range_start && ipos == range_start)
			off = so;
		if (open && (ipos <= it.start || it.start < 0) && so > off) {
			rt_buf_puts(out, RT_SEARCH_MARK_OFF);
			open = 0;
		}
		if (ipos == it.start && !open) {
			rt_buf_add(out, body + off, (size_t)(so - off));
			rt_buf_puts(out, RT_SEARCH_MARK_ON);
			off = so;
			open = 1;
		}
		if (ipos == it.end) {
			if (!open) {
				rt_buf_puts(out, RT_SEARCH_MARK_ON);
				open = 1;
			}
			rt_buf_add(out, body + off, (size_t)(eo - off));
			off = eo;
			citer_next(&it);
		}
		if (ipos == range_end) {
			if (open) {
				if (it.start >= 0 && ipos >= it.start) {
					rt_buf_add(out, body + off,
					    (size_t)(eo - off));
					off = eo;
				}
				rt_buf_puts(out, RT_SEARCH_MARK_OFF);
				open = 0;
			}
			rt_buf_add(out, body + off, (size_t)(eo - off));
			off = eo;
		}
	}
	if (open)
		rt_buf_puts(out, RT_SEARCH_MARK_OFF);
	if (range_end >= (int64_t)ndoc - 1)
		rt_buf_puts(out, body + off);
	else
		rt_buf_puts(out, ELLIPSIS);
}

int
pg_text_snippet(struct pg_query *pq, struct hitrow *h)
{
	struct insts in = { 0 };
	struct rt_buf out = { 0 };
	int64_t start;
	int match;

	if ((match = pg_match(pq, &h->t.ws, &in)) < 0 ||
	    (start = snippet_start(h->t.body, &h->t.ws, &in, (int)pq->nph,
	    SNIPPET_WORDS)) < 0) {
		free(in.v);
		return -1;
	}
	h->match = match;
	highlight(h->t.body, &h->t.ws, &in, start, SNIPPET_WORDS, &out);
	free(in.v);
	if (out.s == NULL)
		rt_buf_add(&out, "", 0);
	if (out.s == NULL)
		return -1;
	h->snippet = out.s;
	return 0;
}
