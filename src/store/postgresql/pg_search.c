/*
 * rectrack — the store on a PostgreSQL server: full-text search with
 * PostgreSQL's own text search, giving what sq_search gives with FTS5.
 *
 * The query comes parsed (struct rt_query).  This file turns its tree
 * into a tsquery: every word travels as a quoted lexeme inside one
 * parameter that to_tsquery() reads, with the operators written here,
 * so that no user text ever becomes SQL.  The schema's GIN indexes on
 * rectrack.doc_words() find the texts.
 *
 * Ranking is FTS5's bm25 computed in SQL: per phrase, its number of
 * occurrences where its part of the query matches (ts_rank_cd without
 * normalisation counts them, 0.1 each) and the number of texts holding
 * it; the length of a text is its number of words; the average length
 * over all texts is estimated from their spaces and hyphens (counting
 * words exactly would parse every text at every search).  A query with
 * ^ or NEAR, which a tsquery states only roughly, is ranked and
 * filtered in pg_rank.c instead.  Snippets are made in pg_snippet.c.
 */
#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/postgresql/pg_search.h"
#include "store/store.h"

/* Beyond this NEAR distance, a NEAR group is searched as an AND. */
#define NEAR_MAX 100

/* ---- the tsquery --------------------------------------------------------- */

/* A word as a tsquery lexeme literal: 'word', ' doubled, \ escaped. */
static void
ts_word(struct rt_buf *b, const struct rt_query_term *t)
{
	const char *s;

	rt_buf_puts(b, "'");
	for (s = t->word; *s; s++) {
		if (*s == '\'')
			rt_buf_puts(b, "''");
		else if (*s == '\\')
			rt_buf_puts(b, "\\\\");
		else
			rt_buf_add(b, s, 1);
	}
	rt_buf_puts(b, t->prefix ? "':*" : "'");
}

static void
ts_phrase(struct rt_buf *b, const struct rt_query_phrase *p)
{
	int i;

	rt_buf_puts(b, "(");
	for (i = 0; i < p->n; i++) {
		if (i)
			rt_buf_puts(b, " <-> ");
		ts_word(b, &p->t[i]);
	}
	rt_buf_puts(b, ")");
}

/*
 * NEAR(a b, N): b starts at most N words after a ends, or a after b;
 * "L <k> R" is R starting k words after the end of L.  Of more than two
 * phrases, every two must be that near, and beyond NEAR_MAX all must be
 * there: FTS5 asks for more (all in one window), which rank_here checks.
 */
static void
ts_near(struct rt_buf *b, const struct rt_query_node *n)
{
	int i, j, first = 1;
	long k;

	rt_buf_puts(b, "(");
	for (i = 0; i < n->nph; i++)
		for (j = i + 1; j < n->nph; j++) {
			if (!first)
				rt_buf_puts(b, " & ");
			first = 0;
			if (n->near > NEAR_MAX) {
				ts_phrase(b, n->ph[i]);
				rt_buf_puts(b, " & ");
				ts_phrase(b, n->ph[j]);
				continue;
			}
			rt_buf_puts(b, "(");
			for (k = 1; k <= n->near + 1; k++) {
				if (k > 1)
					rt_buf_puts(b, " | ");
				ts_phrase(b, n->ph[i]);
				rt_buf_printf(b, " <%ld> ", k);
				ts_phrase(b, n->ph[j]);
				rt_buf_puts(b, " | ");
				ts_phrase(b, n->ph[j]);
				rt_buf_printf(b, " <%ld> ", k);
				ts_phrase(b, n->ph[i]);
			}
			rt_buf_puts(b, ")");
		}
	rt_buf_puts(b, ")");
}

/* Whether the tree has a phrase tied to the start of the text. */
static int
has_initial(const struct rt_query_node *n)
{
	int i;

	switch (n->type) {
	case RT_QUERY_PHRASES:
		for (i = 0; i < n->nph; i++)
			if (n->ph[i]->initial)
				return 1;
		return 0;
	case RT_QUERY_AND:
	case RT_QUERY_OR:
	case RT_QUERY_NOT:
		return has_initial(n->l) || has_initial(n->r);
	default:
		return 0;
	}
}

static void
ts_node(struct rt_buf *b, const struct rt_query_node *n)
{
	switch (n->type) {
	case RT_QUERY_PHRASES:
		if (n->nph == 1)
			ts_phrase(b, n->ph[0]);
		else
			ts_near(b, n);
		break;
	case RT_QUERY_NOT:
		/* no tsquery says "not at the start": the left side finds
		 * more, and rank_here takes out what FTS5 would not find */
		if (has_initial(n->r)) {
			ts_node(b, n->l);
			break;
		}
		/* FALLTHROUGH */
	case RT_QUERY_AND:
	case RT_QUERY_OR:
		rt_buf_puts(b, "(");
		ts_node(b, n->l);
		rt_buf_puts(b, n->type == RT_QUERY_AND ? " & " : n->type == RT_QUERY_OR ?
		    " | " : " & !");
		ts_node(b, n->r);
		rt_buf_puts(b, ")");
		break;
	default:	/* folded away before */
		break;
	}
}

/* Append s to b as an element of an array literal: "s", quoted. */
static void
array_elem(struct rt_buf *b, const char *s, int *first)
{
	rt_buf_puts(b, *first ? "{" : ",");
	*first = 0;
	if (s == NULL) {
		rt_buf_puts(b, "NULL");
		return;
	}
	rt_buf_puts(b, "\"");
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			rt_buf_puts(b, "\\");
		rt_buf_add(b, s, 1);
	}
	rt_buf_puts(b, "\"");
}

/* The phrase parameters of the search, being written. */
struct ts_params {
	struct pg_query *pq;
	struct rt_buf phrases;	/* each phrase's tsquery */
	struct rt_buf guards;	/* what a text must match for it to count */
	struct rt_buf initial;	/* words of a phrase tied to the start */
	int first, gfirst;	/* nothing written yet */
	int arg;		/* the next phrase parameter */
};

/*
 * The phrases of the tree for bm25, as text[] literals: each phrase's
 * tsquery, and the tsquery a text must match for the phrase's
 * occurrences to count (NULL: none).  FTS5 counts the occurrences of
 * the parts of the query that match: a phrase under an OR counts only
 * where its side of the OR matches, one on the right of a NOT never.
 * guard is the AND of the sides of the ORs above n.
 */
static void
ts_phrases(struct ts_params *tp, const struct rt_query_node *n,
    const char *guard)
{
	struct rt_buf one = { 0 }, side = { 0 };
	int i;

	if (n->type == RT_QUERY_PHRASES) {
		for (i = 0; i < n->nph; i++) {
			ts_phrase(&one, n->ph[i]);
			tp->pq->ph[n->ph[i]->idx].arg = tp->arg++;
			array_elem(&tp->phrases, one.s ? one.s : "",
			    &tp->first);
			rt_buf_printf(&tp->initial, "%s%d", tp->gfirst ? "{" :
			    ",", n->ph[i]->initial ? n->ph[i]->n : 0);
			array_elem(&tp->guards, guard, &tp->gfirst);
			rt_buf_free(&one);
		}
	} else if (n->type == RT_QUERY_AND) {
		ts_phrases(tp, n->l, guard);
		ts_phrases(tp, n->r, guard);
	} else if (n->type == RT_QUERY_NOT) {
		ts_phrases(tp, n->l, guard);
	} else if (n->type == RT_QUERY_OR) {
		for (i = 0; i < 2; i++) {
			if (guard) {
				rt_buf_puts(&side, guard);
				rt_buf_puts(&side, " & ");
			}
			ts_node(&side, i ? n->r : n->l);
			ts_phrases(tp, i ? n->r : n->l, side.s ? side.s : "");
			rt_buf_free(&side);
		}
	}
}

/* ---- the search ---------------------------------------------------------- */

/*
 * $1 the tsquery, $2 agency, $3 issuer, $4 report, $5 statuses (text[]),
 * $6 limit (NULL: all), $7 the phrases (text[] of tsqueries), $8 true
 * to list in listing order alone (rank_here ranks), $9 what a text must
 * match for each phrase's occurrences to count (text[], NULL: nothing),
 * $10 for a phrase tied to the start of texts its number of words (else
 * 0), for its number of texts.
 *
 * `doc` finds the matching texts through the GIN indexes, numbered as
 * the SQLite store numbers them (a recommendation's id, -2 * a report's
 * id for its title, one less for its summary); `top` applies the
 * filters, scores with bm25 and keeps the best $6 (equal scores by doc,
 * so that the choice is always the same); the end shows equal scores in
 * the order of listings.
 */
/* The number of words of a text, near enough: its spaces and hyphens,
 * plus one (counting lexemes would parse every text). */
#define WORDS(col) "octet_length(" col ") - octet_length(replace(replace(" \
	col ", ' ', ''), '-', '')) + 1"

/* The first p.k words of a text, near enough: for a phrase tied to the
 * start of texts (^), the texts that start with it. */
#define FIRST(col) "array_to_string((string_to_array(ltrim(" col "), ' '))" \
	"[1:p.k], ' ')"

static const char SQL_SEARCH[] =
    "WITH RECURSIVE sub(id) AS ("
    "  SELECT id FROM agency WHERE code = $2"
    "  UNION ALL SELECT a.id FROM agency a JOIN sub ON a.parent_id = sub.id),"
    " doc(doc, body, report_id, rec_id) AS ("
    "  SELECT -2 * r.id, r.title, r.id, NULL::bigint FROM report r"
    "  WHERE doc_words(r.title) @@ to_tsquery('rectrack.words', $1)"
    "  UNION ALL"
    "  SELECT -2 * r.id - 1, r.summary, r.id, NULL FROM report r"
    "  WHERE doc_words(r.summary) @@ to_tsquery('rectrack.words', $1)"
    "  UNION ALL"
    "  SELECT c.id, c.text, c.report_id, c.id FROM recommendation c"
    "  WHERE doc_words(c.text) @@ to_tsquery('rectrack.words', $1)),"
    " stats(docs, avgdl) AS MATERIALIZED ("
    "  SELECT n, greatest(w, 1)::float8 / greatest(n, 1) FROM ("
    "    SELECT (SELECT count(*) FROM recommendation)"
    "      + (SELECT count(*) + count(summary) FROM report) AS n,"
    "    (SELECT coalesce(sum(" WORDS("text") "), 0) FROM recommendation)"
    "    + (SELECT coalesce(sum(" WORDS("title") "), 0)"
    "      + coalesce(sum(" WORDS("summary") "), 0) FROM report) AS w) x),"
    " phrase(n, query, guard, idf) AS MATERIALIZED ("
    "  SELECT p.n, p.query, p.guard, greatest(ln((s.docs - h.n + 0.5)::float8"
    "      / (h.n + 0.5)::float8), 1e-6)"
    "  FROM (SELECT u.n, to_tsquery('rectrack.words', u.t) AS query,"
    "      to_tsquery('rectrack.words', u.g) AS guard, u.k"
    "    FROM unnest($7::text[], $9::text[], $10::int[])"
    "      WITH ORDINALITY u(t, g, k, n)) p CROSS JOIN stats s"
    "  CROSS JOIN LATERAL (SELECT CASE WHEN p.k = 0 THEN"
    "    (SELECT count(*) FROM recommendation"
    "      WHERE doc_words(text) @@ p.query)"
    "    + (SELECT count(*) FROM report WHERE doc_words(title) @@ p.query)"
    "    + (SELECT count(*) FROM report WHERE doc_words(summary) @@ p.query)"
    "    ELSE"
    "    (SELECT count(*) FROM recommendation"
    "      WHERE doc_words(" FIRST("text") ") @@ p.query)"
    "    + (SELECT count(*) FROM report"
    "      WHERE doc_words(" FIRST("title") ") @@ p.query)"
    "    + (SELECT count(*) FROM report"
    "      WHERE doc_words(" FIRST("summary") ") @@ p.query) END"
    "    AS n) h),"
    " top(doc, body, report_id, rec_id, score) AS ("
    "  SELECT d.doc, d.body, d.report_id, d.rec_id,"
    "    (SELECT coalesce(sum(p.idf * f.f * 2.2 / (f.f + 1.2 * (0.25"
    "      + 0.75 * w.len / s.avgdl))), 0)"
    "     FROM phrase p CROSS JOIN stats s"
    "     CROSS JOIN LATERAL (SELECT CASE WHEN p.guard IS NULL"
    "       OR w.w @@ p.guard THEN round(ts_rank_cd(w.w, p.query, 0) * 10)"
    "       ELSE 0 END::float8 AS f) f)"
    "  FROM doc d"
    "    LEFT JOIN recommendation c ON c.id = d.rec_id"
    "    JOIN report r ON r.id = d.report_id"
    "    CROSS JOIN LATERAL (SELECT x.w, (SELECT coalesce(sum(coalesce("
    "      array_length(y.positions, 1), 1)), 0) FROM unnest(x.w) y)::float8"
    "      AS len FROM (SELECT doc_words(d.body) AS w OFFSET 0) x) w"
    "  WHERE ($3::text IS NULL OR r.issuer_id ="
    "      (SELECT id FROM issuer WHERE code = $3))"
    "    AND ($4::text IS NULL OR r.number = $4)"
    "    AND ($2::text IS NULL OR coalesce(c.agency_id, r.agency_id) IN"
    "      (SELECT id FROM sub))"
    "    AND ($5::text[] IS NULL OR CASE WHEN c.id IS NOT NULL"
    "      THEN c.status = ANY ($5::text[])"
    "      ELSE EXISTS (SELECT 1 FROM recommendation x"
    "        WHERE x.report_id = r.id AND x.status = ANY ($5::text[])) END)"
    "  ORDER BY 5 DESC, d.doc LIMIT $6::bigint) "
    "SELECT t.doc, r.number, c.number, r.title, i.code, r.issued, a.code,"
    "  c.status, t.body, t.score,"
    "  (SELECT avgdl FROM stats),"
    "  (SELECT string_agg(idf::text, ' ' ORDER BY n) FROM phrase) "
    "FROM top t"
    "  LEFT JOIN recommendation c ON c.id = t.rec_id"
    "  JOIN report r ON r.id = t.report_id"
    "  JOIN issuer i ON i.id = r.issuer_id"
    "  JOIN agency a ON a.id = coalesce(c.agency_id, r.agency_id) "
    "ORDER BY CASE WHEN $8::boolean THEN 0 ELSE t.score END DESC, r.issued, r.sort_key, r.number,"
    "  CASE WHEN t.doc > 0 THEN 2 ELSE -t.doc % 2 END, c.sort_key, c.number";

/* ---- the query's state ---------------------------------------------------- */

static void
pg_query_free(struct pg_query *pq)
{
	size_t i;

	for (i = 0; pq->ph && i < pq->nph; i++) {
		free(pq->ph[i].lex);
		free(pq->ph[i].pos);
	}
	free(pq->ph);
}

/* A state for each phrase of q: no parameter, no lexemes yet. */
static struct rt_error *
pg_query_init(struct pg_query *pq, const struct rt_query *q)
{
	size_t i;
	int j;

	memset(pq, 0, sizeof(*pq));
	pq->q = q;
	if (q->nphrases == 0)
		return NULL;
	if ((pq->ph = calloc(q->nphrases, sizeof(*pq->ph))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	pq->nph = q->nphrases;
	for (i = 0; i < pq->nph; i++) {
		pq->ph[i].p = q->phrases[i];
		pq->ph[i].arg = -1;
		if ((pq->ph[i].lex = calloc(q->phrases[i]->n > 0 ?
		    q->phrases[i]->n : 1, sizeof(*pq->ph[i].lex))) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		for (j = 0; j < q->phrases[i]->n; j++)
			pq->ph[i].lex[j] = "";
	}
	return NULL;
}

/* ---- the search ---------------------------------------------------------- */

/* The parameters of SQL_SEARCH, with what they point to. */
struct search_params {
	const char *p[10];
	struct rt_buf tsq, statuses;
	struct ts_params tp;
	char limit[24];
};

static void
params_free(struct search_params *sp)
{
	rt_buf_free(&sp->tsq);
	rt_buf_free(&sp->statuses);
	rt_buf_free(&sp->tp.phrases);
	rt_buf_free(&sp->tp.guards);
	rt_buf_free(&sp->tp.initial);
}

static struct rt_error *
params_make(struct search_params *sp, struct pg_query *pq,
    const struct rt_search *x)
{
	int i;

	memset(sp, 0, sizeof(*sp));
	sp->tp.pq = pq;
	sp->tp.first = sp->tp.gfirst = 1;
	ts_node(&sp->tsq, pq->q->root);
	ts_phrases(&sp->tp, pq->q->root, NULL);
	rt_buf_puts(&sp->tp.phrases, sp->tp.first ? "{}" : "}");
	rt_buf_puts(&sp->tp.guards, sp->tp.gfirst ? "{}" : "}");
	rt_buf_puts(&sp->tp.initial, sp->tp.gfirst ? "{}" : "}");
	for (i = 0; i < RT_STATUS_COUNT; i++)
		if (x->statuses & (1u << i))
			rt_buf_printf(&sp->statuses, "%s%s", sp->statuses.len ?
			    "," : "{", rt_status_name(i));
	if (sp->statuses.len)
		rt_buf_puts(&sp->statuses, "}");
	if (sp->tsq.s == NULL || sp->tp.phrases.s == NULL ||
	    sp->tp.guards.s == NULL || sp->tp.initial.s == NULL ||
	    (x->statuses && sp->statuses.s == NULL))
		return rt_error_new(RT_ENOMEM, "out of memory");
	sp->p[0] = sp->tsq.s;
	sp->p[1] = x->agency;
	sp->p[2] = x->issuer;
	sp->p[3] = x->report;
	sp->p[4] = x->statuses ? sp->statuses.s : NULL;
	sp->p[5] = x->limit > 0 && !pq->q->exact ?
	    pg_int_param(sp->limit, x->limit) : NULL;
	sp->p[6] = sp->tp.phrases.s;
	sp->p[7] = pq->q->exact ? "true" : "false";
	sp->p[8] = sp->tp.guards.s;
	sp->p[9] = sp->tp.initial.s;
	return NULL;
}

/* The rows of the result, their texts split into words, lexemes found
 * and snippets made (and, for a query ranked here, scored). */
static struct rt_error *
rows_make(struct pg_store *st, struct pg_query *pq, PGresult *res, int n,
    struct hitrow *rows, PGresult **lexres)
{
	struct rt_error *err = NULL;
	struct text *texts = NULL;
	double *idf = NULL, avgdl = 1;
	int i, nidf = 0;

	for (i = 0; i < n; i++) {
		rows[i].row = i;
		rows[i].doc = pg_int(res, i, 0);
		rows[i].t.body = pg_str(res, i, 8);
		if (rows[i].t.body == NULL)
			rows[i].t.body = "";
		if (pg_split_words(rows[i].t.body, strlen(rows[i].t.body),
		    &rows[i].t.ws) != 0)
			goto nomem;
	}
	if (pq->q->exact) {
		if ((idf = pg_parse_idf(pg_str(res, 0, 11), &nidf)) == NULL)
			goto nomem;
		avgdl = strtod(pg_str(res, 0, 10), NULL);
		if (!(avgdl > 0))
			avgdl = 1;
	}
	/* pg_find_lexemes reads the texts' words in place */
	if ((texts = calloc(n, sizeof(*texts))) == NULL)
		goto nomem;
	for (i = 0; i < n; i++)
		texts[i] = rows[i].t;
	err = pg_find_lexemes(st, pq, texts, n, lexres);
	for (i = 0; i < n; i++)
		rows[i].t = texts[i];
	if (err)
		goto done;
	for (i = 0; i < n; i++)
		if (pg_text_snippet(pq, &rows[i], idf, nidf, avgdl) != 0)
			goto nomem;
	goto done;
nomem:
	err = rt_error_new(RT_ENOMEM, "out of memory");
done:
	free(texts);
	free(idf);
	return err;
}

/* Hand cb the hits shown, in order; the value of the callback that
 * stopped the walk. */
static int
hits_give(PGresult *res, struct hitrow **shown, int nshown,
    int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	struct rt_search_hit hit;
	enum rt_status status;
	int i, r, stop = 0;

	for (i = 0; i < nshown && !stop; i++) {
		r = shown[i]->row;
		memset(&hit, 0, sizeof(hit));
		hit.rank = i + 1;
		hit.field = shown[i]->doc > 0 ? RT_SEARCH_TEXT :
		    shown[i]->doc % 2 == 0 ? RT_SEARCH_TITLE :
		    RT_SEARCH_SUMMARY;
		hit.report = pg_str(res, r, 1);
		hit.number = pg_str(res, r, 2);
		hit.title = pg_str(res, r, 3);
		hit.issuer = pg_str(res, r, 4);
		pg_date(res, r, 5, hit.issued);
		hit.agency = pg_str(res, r, 6);
		hit.status = -1;
		if (pg_str(res, r, 7) != NULL &&
		    rt_status_parse(pg_str(res, r, 7), &status) == 0)
			hit.status = (int)status;
		hit.snippet = shown[i]->snippet;
		stop = cb(&hit, arg);
	}
	return stop;
}

struct rt_error *
pg_search(struct pg_store *st, const struct rt_search *x,
    int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	struct rt_error *err = NULL;
	struct pg_query pq;
	struct search_params sp;
	struct hitrow *rows = NULL, **shown = NULL;
	PGresult *res = NULL, *lexres = NULL;
	int i, n = 0, nshown = 0;

	memset(&sp, 0, sizeof(sp));
	if (x->query->root->type == RT_QUERY_EMPTY ||
	    x->query->root->type == RT_QUERY_FALSE)
		return NULL;	/* FTS5 finds nothing for it */
	if ((err = pg_query_init(&pq, x->query)) != NULL ||
	    (err = params_make(&sp, &pq, x)) != NULL)
		goto done;
	if ((err = pg_query(st, "cannot search", SQL_SEARCH, 10, sp.p, &res,
	    NULL)) != NULL)
		goto done;
	if ((n = PQntuples(res)) == 0)
		goto done;
	if ((rows = calloc(n, sizeof(*rows))) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = rows_make(st, &pq, res, n, rows, &lexres)) != NULL)
		goto done;
	if (pq.q->exact) {
		if ((err = pg_rank_here(rows, n, x->limit, &shown,
		    &nshown)) != NULL)
			goto done;
	} else {
		if ((shown = calloc(n, sizeof(*shown))) == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
		for (i = 0; i < n; i++)
			shown[i] = &rows[i];
		nshown = n;
	}
	hits_give(res, shown, nshown, cb, arg);
done:
	for (i = 0; rows && i < n; i++) {
		free(rows[i].t.ws.w);
		free(rows[i].snippet);
	}
	free(rows);
	free(shown);
	PQclear(res);
	PQclear(lexres);
	params_free(&sp);
	pg_query_free(&pq);
	return err;
}
