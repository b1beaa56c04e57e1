/*
 * rectrack — the store on a PostgreSQL server: full-text search with
 * PostgreSQL's own text search, finding what sq_search finds with FTS5.
 *
 * The query comes parsed (struct rt_query).  This file turns its tree
 * into a tsquery: every word travels as a quoted lexeme inside one
 * parameter that to_tsquery() reads, with the operators written here,
 * so that no user text ever becomes SQL.  Every searchable text has its
 * words stored beside it (schema/postgresql/005-search-words.sql), with
 * a GIN index: the server finds the texts through the indexes and ranks
 * them with ts_rank_cd over the stored words, without parsing a text.
 * The order of hits is the server's, not FTS5's bm25: the same hits,
 * ranked differently (docs/data-model.md).
 *
 * A query with ^ or NEAR, which a tsquery states only roughly (it finds
 * more), is checked text by text here against the words of the texts
 * the server returns, as FTS5 matches it; the snippets of the hits
 * shown are made the same way (pg_snippet.c).
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
 * NEAR(a b, N) of one-word phrases: b at most N + 1 words after a, or a
 * after b, or both at the same word ("L <k> R" is R starting k words
 * after the end of L).  Of more than two phrases, every two must be
 * that near; with a phrase of several words (which another may overlap,
 * as FTS5 allows), or beyond NEAR_MAX, all must be there.  Either finds
 * more than FTS5 does (all in one window), and pg_search checks the
 * texts found against the query tree.
 */
static void
ts_near(struct rt_buf *b, const struct rt_query_node *n)
{
	int i, j, first = 1, words = n->near <= NEAR_MAX;
	long k;

	for (i = 0; i < n->nph; i++)
		words = words && n->ph[i]->n == 1;
	rt_buf_puts(b, "(");
	for (i = 0; i < n->nph; i++)
		for (j = i + 1; j < n->nph; j++) {
			if (!first)
				rt_buf_puts(b, " & ");
			first = 0;
			if (!words) {
				ts_phrase(b, n->ph[i]);
				rt_buf_puts(b, " & ");
				ts_phrase(b, n->ph[j]);
				continue;
			}
			rt_buf_puts(b, "(");
			ts_phrase(b, n->ph[i]);
			rt_buf_puts(b, " <0> ");
			ts_phrase(b, n->ph[j]);
			for (k = 1; k <= n->near + 1; k++) {
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
		 * more, and pg_search takes out what FTS5 would not find */
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

/* ---- the search ---------------------------------------------------------- */

/*
 * $1 the tsquery, $2 agency, $3 issuer, $4 report, $5 statuses (text[]),
 * $6 limit (NULL: all), $7 the fields searched (int[] of enum
 * rt_search_field; NULL: all).
 *
 * Each place reads the tsquery from $1 with to_tsquery, which with its
 * configuration named is immutable: the server computes it once, when
 * it plans the statement with $1 known, and the planner, reading the
 * query's words, knows how many texts hold them.  So it chooses between
 * the GIN indexes and a scan, and for a common word (half the texts) a
 * parallel scan: 0.78 s instead of 1.4 s at 1,000,000 recommendations
 * on 2 cores.  (From a CTE it guessed a few hundred texts, and a scan
 * that reads a CTE runs in no parallel worker.)  `doc` finds the texts,
 * numbered as the SQLite store numbers them (a recommendation's id,
 * -2 * a report's id for its title, one less for its summary), and
 * ranks them with ts_rank_cd (normalised by
 * the length of the text, so that a short title holding the words
 * ranks above a long summary holding them once); `top` applies the
 * filters (none to apply: nothing but the index and the stored words
 * is read) and keeps the best $6, equal scores by doc, so that the
 * choice is always the same.  Only the texts of those are read, and
 * equal scores are shown in the order of listings.
 */
#define N1 "1099511627776"
#define N2 "2199023255552"
#define N3 "3298534883328"
/* Whether field f (enum rt_search_field) is searched: $7, NULL for all. */
#define FIELD_ON(f) "($7::int[] IS NULL OR " f " = ANY ($7::int[]))"
#define TSQ "to_tsquery('rectrack.words', $1)"
static const char SQL_SEARCH[] =
    "WITH RECURSIVE sub(id) AS ("
    "  SELECT id FROM agency WHERE code = $2"
    "  UNION ALL SELECT a.id FROM agency a JOIN sub ON a.parent_id = sub.id),"
    " doc(doc, report_id, rec_id, score) AS ("
    "  SELECT -2 * r.id, r.id, NULL::bigint,"
    "    ts_rank_cd(r.title_words, " TSQ ", 1)"
    "  FROM report r"
    "  WHERE r.title_words @@ " TSQ " AND " FIELD_ON("0")
    "  UNION ALL"
    "  SELECT -2 * r.id - 1, r.id, NULL,"
    "    ts_rank_cd(r.summary_words, " TSQ ", 1)"
    "  FROM report r"
    "  WHERE r.summary_words @@ " TSQ " AND " FIELD_ON("1")
    "  UNION ALL"
    "  SELECT c.id, c.report_id, c.id,"
    "    ts_rank_cd(c.words, " TSQ ", 1)"
    "  FROM recommendation c"
    "  WHERE c.words @@ " TSQ " AND " FIELD_ON("2")
    "  UNION ALL"
    "  SELECT " N1 " + c.id, c.report_id, c.id,"
    "    ts_rank_cd(c.action_words, " TSQ ", 1)"
    "  FROM recommendation c"
    "  WHERE c.action_words @@ " TSQ " AND " FIELD_ON("3")
    "  UNION ALL"
    "  SELECT " N2 " + e.id, coalesce(e.report_id, c.report_id),"
    "    e.recommendation_id, ts_rank_cd(e.note_words, " TSQ ", 1)"
    "  FROM event e LEFT JOIN recommendation c"
    "    ON c.id = e.recommendation_id"
    "  WHERE e.note_words IS NOT NULL AND e.note_words @@ " TSQ
    "    AND " FIELD_ON("4")
    "  UNION ALL"
    "  SELECT " N3 " + o.id, c.report_id, c.id,"
    "    ts_rank_cd(o.name_words, " TSQ ", 1)"
    "  FROM official o JOIN recommendation c ON c.official = o.code"
    "  WHERE o.name_words @@ " TSQ " AND " FIELD_ON("5") "),"
    " top(doc, report_id, rec_id, score) AS ("
    "  SELECT d.doc, d.report_id, d.rec_id, d.score FROM doc d"
    "  WHERE ($2::text IS NULL AND $3::text IS NULL AND $4::text IS NULL"
    "      AND $5::text[] IS NULL)"
    "    OR EXISTS (SELECT 1 FROM report r"
    "      LEFT JOIN recommendation c ON c.id = d.rec_id"
    "      WHERE r.id = d.report_id"
    "      AND ($3::text IS NULL OR r.issuer_id ="
    "        (SELECT id FROM issuer WHERE code = $3))"
    "      AND ($4::text IS NULL OR r.number = $4)"
    "      AND ($2::text IS NULL OR coalesce(c.agency_id, r.agency_id) IN"
    "        (SELECT id FROM sub))"
    "      AND ($5::text[] IS NULL OR CASE WHEN c.id IS NOT NULL"
    "        THEN c.status = ANY ($5::text[])"
    "        ELSE EXISTS (SELECT 1 FROM recommendation x"
    "          WHERE x.report_id = r.id AND x.status = ANY ($5::text[]))"
    "        END))"
    "  ORDER BY d.score DESC, d.doc, d.rec_id LIMIT $6::bigint),"
    " hit(doc, report_id, rec_id, score, field) AS ("
    "  SELECT t.*, CASE WHEN t.doc < 0 THEN -t.doc % 2"
    "    WHEN t.doc < " N1 " THEN 2 WHEN t.doc < " N2 " THEN 3"
    "    WHEN t.doc < " N3 " THEN 4 ELSE 5 END FROM top t) "
    "SELECT t.doc, r.number, c.number, r.title, i.code, r.issued, a.code,"
    "  c.status, CASE t.field WHEN 2 THEN c.text WHEN 0 THEN r.title"
    "    WHEN 1 THEN r.summary WHEN 3 THEN c.corrective_action"
    "    WHEN 4 THEN e.note ELSE o.name END, t.field "
    "FROM hit t"
    "  LEFT JOIN recommendation c ON c.id = t.rec_id"
    "  LEFT JOIN event e ON t.field = 4 AND e.id = t.doc - " N2
    "  LEFT JOIN official o ON t.field = 5 AND o.id = t.doc - " N3
    "  JOIN report r ON r.id = t.report_id"
    "  JOIN issuer i ON i.id = r.issuer_id"
    "  JOIN agency a ON a.id = coalesce(c.agency_id, r.agency_id) "
    "ORDER BY t.score DESC, r.issued, r.sort_key, r.number, t.field,"
    "  c.sort_key, c.number, t.doc";

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
	const char *p[7];
	struct rt_buf tsq, statuses, fields;
	char limit[24];
};

static void
params_free(struct search_params *sp)
{
	rt_buf_free(&sp->tsq);
	rt_buf_free(&sp->statuses);
	rt_buf_free(&sp->fields);
}

/* A query checked here (^, NEAR) comes whole from the server, and is
 * cut at the limit once checked. */
static struct rt_error *
params_make(struct search_params *sp, struct pg_query *pq,
    const struct rt_search *x)
{
	int i;

	memset(sp, 0, sizeof(*sp));
	ts_node(&sp->tsq, pq->q->root);
	for (i = 0; i < RT_STATUS_COUNT; i++)
		if (x->statuses & (1u << i))
			rt_buf_printf(&sp->statuses, "%s%s", sp->statuses.len ?
			    "," : "{", rt_status_name(i));
	if (sp->statuses.len)
		rt_buf_puts(&sp->statuses, "}");
	for (i = 0; i < RT_SEARCH_FIELD_COUNT; i++)
		if (x->fields & (1u << i))
			rt_buf_printf(&sp->fields, "%s%d", sp->fields.len ?
			    "," : "{", i);
	if (sp->fields.len)
		rt_buf_puts(&sp->fields, "}");
	if (sp->tsq.s == NULL || (x->statuses && sp->statuses.s == NULL) ||
	    (x->fields && sp->fields.s == NULL))
		return rt_error_new(RT_ENOMEM, "out of memory");
	sp->p[0] = sp->tsq.s;
	sp->p[1] = x->agency;
	sp->p[2] = x->issuer;
	sp->p[3] = x->report;
	sp->p[4] = x->statuses ? sp->statuses.s : NULL;
	sp->p[5] = x->limit > 0 && !pq->q->exact ?
	    pg_int_param(sp->limit, x->limit) : NULL;
	sp->p[6] = x->fields ? sp->fields.s : NULL;
	return NULL;
}

/* The rows of the result, their texts split into words, lexemes found,
 * whether each matches and the snippets made. */
static struct rt_error *
rows_make(struct pg_store *st, struct pg_query *pq, PGresult *res, int n,
    struct hitrow *rows, PGresult **lexres)
{
	struct rt_error *err = NULL;
	struct text *texts = NULL;
	int i;

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
		if (pg_text_snippet(pq, &rows[i]) != 0)
			goto nomem;
	goto done;
nomem:
	err = rt_error_new(RT_ENOMEM, "out of memory");
done:
	free(texts);
	return err;
}

/*
 * The hits shown, in the server's order, into *out (free it): for a
 * query checked here, those the query tree matches, cut at limit (0:
 * all); for any other, every row.
 */
static struct rt_error *
hits_shown(struct hitrow *rows, int n, int exact, long limit,
    struct hitrow ***out, int *nout)
{
	struct hitrow **v;
	int i, k = 0;

	*nout = 0;
	if ((*out = v = calloc(n > 0 ? n : 1, sizeof(*v))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; i < n && (!exact || limit <= 0 || k < limit); i++)
		if (!exact || rows[i].match)
			v[k++] = &rows[i];
	*nout = k;
	return NULL;
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
		hit.field = (enum rt_search_field)pg_int(res, r, 9);
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
	if ((err = pg_query(st, "cannot search", SQL_SEARCH, 7, sp.p, &res,
	    NULL)) != NULL)
		goto done;
	if ((n = PQntuples(res)) == 0)
		goto done;
	if ((rows = calloc(n, sizeof(*rows))) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = rows_make(st, &pq, res, n, rows, &lexres)) != NULL ||
	    (err = hits_shown(rows, n, pq.q->exact, x->limit, &shown,
	    &nshown)) != NULL)
		goto done;
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
