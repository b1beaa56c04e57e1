/*
 * rectrack — the store on SQLite: full-text search with FTS5.
 *
 * The parsed query (struct rt_query) is written as an FTS5 query of
 * quoted words, which travels as the bound parameter of MATCH: FTS5
 * reads the user's words only as strings, never as its syntax, and no
 * user text becomes SQL.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/sqlite/sq.h"
#include "store/store.h"

/* ---- the query as FTS5 reads it ------------------------------------------ */

/* A word as an FTS5 string, its double quotes doubled; * for a prefix. */
static void
fts_word(struct rt_buf *b, const struct rt_query_term *t)
{
	const char *s;

	rt_buf_puts(b, "\"");
	for (s = t->word; *s; s++) {
		if (*s == '"')
			rt_buf_puts(b, "\"\"");
		else
			rt_buf_add(b, s, 1);
	}
	rt_buf_puts(b, t->prefix ? "\"*" : "\"");
}

/* A phrase: its words joined by + (one after the other), ^ when it is
 * tied to the start of a text. */
static void
fts_phrase(struct rt_buf *b, const struct rt_query_phrase *p)
{
	int i;

	if (p->initial)
		rt_buf_puts(b, "^");
	for (i = 0; i < p->n; i++) {
		if (i)
			rt_buf_puts(b, " + ");
		fts_word(b, &p->t[i]);
	}
}

/* How tightly FTS5 binds a node: OR, then AND, then NOT, then a phrase
 * or NEAR group. */
static int
fts_prec(const struct rt_query_node *n)
{
	switch (n->type) {
	case RT_QUERY_OR:
		return 1;
	case RT_QUERY_AND:
		return 2;
	case RT_QUERY_NOT:
		return 3;
	default:
		return 4;
	}
}

static void fts_node(struct rt_buf *, const struct rt_query_node *);

/* A node, in parentheses only when FTS5 would read it otherwise: a chain
 * of words stays flat (FTS5's parser has a small stack: "a AND (b AND
 * (c ...))" overflows it after a hundred words, "a AND b AND c ..." does
 * not). */
static void
fts_operand(struct rt_buf *b, const struct rt_query_node *n, int paren)
{
	if (paren)
		rt_buf_puts(b, "(");
	fts_node(b, n);
	if (paren)
		rt_buf_puts(b, ")");
}

static void
fts_node(struct rt_buf *b, const struct rt_query_node *n)
{
	int i, p;

	switch (n->type) {
	case RT_QUERY_PHRASES:
		if (n->nph == 1) {
			fts_phrase(b, n->ph[0]);
			break;
		}
		rt_buf_puts(b, "NEAR(");
		for (i = 0; i < n->nph; i++) {
			if (i)
				rt_buf_puts(b, " ");
			fts_phrase(b, n->ph[i]);
		}
		rt_buf_printf(b, ", %ld)", n->near);
		break;
	case RT_QUERY_AND:
	case RT_QUERY_OR:
	case RT_QUERY_NOT:
		/* all three read from the left; AND and OR are associative,
		 * so only NOT needs its right side in parentheses when that
		 * is a NOT too */
		p = fts_prec(n);
		fts_operand(b, n->l, fts_prec(n->l) < p);
		rt_buf_puts(b, n->type == RT_QUERY_AND ? " AND " :
		    n->type == RT_QUERY_OR ? " OR " : " NOT ");
		fts_operand(b, n->r, fts_prec(n->r) < p ||
		    (n->type == RT_QUERY_NOT && fts_prec(n->r) == p));
		break;
	default:	/* folded away by the parser */
		break;
	}
}

/* The FTS5 query of a parsed one, into out. */
static struct rt_error *
fts_query(const struct rt_query *q, struct rt_buf *out)
{
	fts_node(out, q->root);
	if (out->s == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	return NULL;
}

/* ---- the search ---------------------------------------------------------- */

/*
 * The search index (schema/002-search.sql, 009-search-more.sql) holds
 * one document per title, summary, recommendation text, corrective
 * action, note and official's name, its rowid telling which: a
 * recommendation's id for its text, 2^40 more for its corrective
 * action, an event's id plus 2 * 2^40 for its note, an official's id
 * plus 3 * 2^40 for the name, -2 * a report's id for its title, one
 * less for its summary.  DOC_FIELD is the enum rt_search_field of a doc.
 */
#define N1 "1099511627776"
#define N2 "2199023255552"
#define N3 "3298534883328"
#define DOC_FIELD(d) \
    "CASE WHEN " d " < 0 THEN -" d " % 2 WHEN " d " < " N1 " THEN 2" \
    " WHEN " d " < " N2 " THEN 3 WHEN " d " < " N3 " THEN 4 ELSE 5 END"
/* The event of a note (e), the recommendation of a hit (c), its report
 * (r); t a row of x or top: (doc, rec), rec the recommendation that an
 * official's name stands for. */
#define HIT_ROWS(t) \
    "  LEFT JOIN event e ON " t ".doc >= " N2 " AND " t ".doc < " N3 \
    "    AND e.id = " t ".doc - " N2 \
    "  LEFT JOIN recommendation c ON c.id = CASE" \
    "    WHEN " t ".doc > 0 AND " t ".doc < " N1 " THEN " t ".doc" \
    "    WHEN " t ".doc >= " N1 " AND " t ".doc < " N2 \
    "      THEN " t ".doc - " N1 \
    "    WHEN " t ".doc >= " N3 " THEN " t ".rec" \
    "    ELSE e.recommendation_id END" \
    "  JOIN report r ON r.id = coalesce(c.report_id, e.report_id," \
    "    -" t ".doc / 2)"

/*
 * Two steps in one statement: `x` scores every match by bm25, which
 * needs only the index (and keeps the fields asked for), an official's
 * name (a second scan of the index, of its rowids from 3 * 2^40 alone)
 * a hit for each recommendation assigned to the official; `top` keeps
 * the best :limit (equal scores by document
 * number, so that the choice is always the same); the rest reads the
 * rows and makes the snippets of those alone, since a snippet reads the
 * text, and shows equal scores in the order of listings.  Without
 * filters, `top` reads nothing but the index (and the officials found).
 */
#define SEARCH_MATCHES \
    " x(doc, rec, score) AS (" \
    "  SELECT rowid, NULL, rank FROM search_index" \
    "  WHERE search_index MATCH :query AND rowid < " N3 \
    "    AND (:fields IS NULL" \
    "      OR instr(:fields, ',' || " DOC_FIELD("rowid") " || ',') > 0)" \
    "  UNION ALL" \
    "  SELECT s.rowid, c.id, s.rank FROM search_index s" \
    "    JOIN official o ON o.id = s.rowid - " N3 \
    "    JOIN recommendation c ON c.official = o.code" \
    "  WHERE search_index MATCH :query AND s.rowid >= " N3 \
    "    AND (:fields IS NULL OR instr(:fields, ',5,') > 0)),"
#define SEARCH_TOP_ALL \
    "WITH" SEARCH_MATCHES \
    " top(doc, rec, score) AS (" \
    "  SELECT doc, rec, score FROM x" \
    "  ORDER BY score, doc, rec LIMIT :limit) "
#define SEARCH_TOP_FILTERED \
    "WITH RECURSIVE sub(id) AS (" \
    "  SELECT id FROM agency WHERE code = :agency" \
    "  UNION ALL SELECT a.id FROM agency a JOIN sub ON a.parent_id = sub.id)," \
    SEARCH_MATCHES \
    " top(doc, rec, score) AS (" \
    "  SELECT x.doc, x.rec, x.score FROM x" \
    HIT_ROWS("x") \
    "  WHERE (:issuer IS NULL OR r.issuer_id =" \
    "      (SELECT id FROM issuer WHERE code = :issuer))" \
    "    AND (:report IS NULL OR r.number = :report)" \
    "    AND (:agency IS NULL OR coalesce(c.agency_id, r.agency_id) IN" \
    "      (SELECT id FROM sub))" \
    "    AND (:statuses IS NULL OR CASE WHEN c.id IS NOT NULL" \
    "      THEN instr(:statuses, ',' || c.status || ',') > 0" \
    "      ELSE EXISTS (SELECT 1 FROM recommendation y" \
    "        WHERE y.report_id = r.id" \
    "          AND instr(:statuses, ',' || y.status || ',') > 0) END)" \
    "  ORDER BY x.score, x.doc, x.rec LIMIT :limit) "
#define SEARCH_HITS \
    "SELECT t.doc, r.number, c.number, r.title, i.code, r.issued, a.code," \
    "  c.status, snippet(search_index, 0, char(2), char(3), char(8230), 12)," \
    "  " DOC_FIELD("t.doc") " " \
    "FROM top t JOIN search_index ON search_index.rowid = t.doc" \
    HIT_ROWS("t") \
    "  JOIN issuer i ON i.id = r.issuer_id" \
    "  JOIN agency a ON a.id = coalesce(c.agency_id, r.agency_id) " \
    "WHERE search_index MATCH :query " \
    "ORDER BY t.score, r.issued, r.sort_key, " DOC_FIELD("t.doc") "," \
    "  c.sort_key, t.doc"
static const char SQL_SEARCH_ALL[] = SEARCH_TOP_ALL SEARCH_HITS;
static const char SQL_SEARCH_FILTERED[] = SEARCH_TOP_FILTERED SEARCH_HITS;

/*
 * Rows above search_mark are not indexed yet (see schema/002-search.sql
 * and 009-search-more.sql).  They are indexed in ascending rowid order,
 * as FTS5 writes a run of ascending rowids in one go: summaries
 * (-2 * id - 1) and titles (-2 * id) of the new reports, highest id
 * first, then the new recommendations' texts, their corrective actions
 * and the new events' notes.
 */
static const char SQL_SEARCH_BEHIND[] =
    "SELECT recommendation < (SELECT coalesce(max(id), 0) "
    "    FROM recommendation)"
    "  OR report < (SELECT coalesce(max(id), 0) FROM report)"
    "  OR event < (SELECT coalesce(max(id), 0) FROM event) "
    "FROM search_mark";
static const char *const SQL_SEARCH_CATCH_UP[] = {
	"INSERT INTO search_index(rowid, body) "
	"SELECT -2 * id - 1, summary FROM report "
	"WHERE id > (SELECT report FROM search_mark) AND summary IS NOT NULL "
	"ORDER BY id DESC",
	"INSERT INTO search_index(rowid, body) "
	"SELECT -2 * id, title FROM report "
	"WHERE id > (SELECT report FROM search_mark) ORDER BY id DESC",
	"INSERT INTO search_index(rowid, body) "
	"SELECT id, text FROM recommendation "
	"WHERE id > (SELECT recommendation FROM search_mark) ORDER BY id",
	"INSERT INTO search_index(rowid, body) "
	"SELECT " N1 " + id, corrective_action FROM recommendation "
	"WHERE id > (SELECT recommendation FROM search_mark) "
	"AND corrective_action IS NOT NULL ORDER BY id",
	"INSERT INTO search_index(rowid, body) "
	"SELECT " N2 " + id, note FROM event "
	"WHERE id > (SELECT event FROM search_mark) AND note IS NOT NULL "
	"AND (recommendation_id IS NOT NULL OR report_id IS NOT NULL) "
	"AND (kind = 'note' OR substr(note, 1, 7) <> 'import ') "
	"ORDER BY id",
	"UPDATE search_mark SET "
	"recommendation = (SELECT coalesce(max(id), 0) FROM recommendation), "
	"report = (SELECT coalesce(max(id), 0) FROM report), "
	"event = (SELECT coalesce(max(id), 0) FROM event)",
};

struct rt_error *
sq_search_behind(struct sq_store *st, int *behind)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int rc;

	*behind = 0;
	if ((err = sq_prepare(st, SQL_SEARCH_BEHIND, &stmt)) != NULL)
		return err;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*behind = sqlite3_column_int(stmt, 0);
	sq_release(st, stmt);
	if (rc != SQLITE_ROW)
		return sq_db_error(st, "cannot read the search index's mark");
	return NULL;
}

/*
 * Index the rows added in the caller's write transaction, in bulk, and
 * move the mark; nothing is written when there are none (a change of
 * status).
 */
struct rt_error *
sq_search_flush(struct sq_store *st)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;
	size_t i;
	int behind;

	if ((err = sq_search_behind(st, &behind)) != NULL || !behind)
		return err;
	for (i = 0; i < sizeof(SQL_SEARCH_CATCH_UP) /
	    sizeof(SQL_SEARCH_CATCH_UP[0]); i++) {
		if ((err = sq_prepare(st, SQL_SEARCH_CATCH_UP[i], &stmt)) != NULL)
			return err;
		err = sq_step_done(st, stmt, "cannot index the new texts");
		sq_release(st, stmt);
		if (err)
			return err;
	}
	return NULL;
}

/*
 * Before a search: rectrack's own commits leave nothing behind, but rows
 * written by other means (the sqlite3 shell) may be; index them, in a
 * transaction of their own unless the caller has one open.
 */
static struct rt_error *
search_catch_up(struct sq_store *st)
{
	struct rt_error *err;
	int behind;

	if (st->readonly)	/* the next write indexes them */
		return NULL;
	if ((err = sq_search_behind(st, &behind)) != NULL || !behind)
		return err;
	if (!sqlite3_get_autocommit(st->db))
		return sq_search_flush(st);
	if ((err = sq_begin(st)) != NULL)
		return err;
	if ((err = sq_commit(st)) != NULL)
		sq_rollback(st);
	return err;
}

struct rt_error *
sq_search(struct sq_store *st, const struct rt_search *q,
    int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	struct rt_search_hit hit;
	struct rt_error *err;
	struct rt_buf statuses = { 0 }, match = { 0 }, fields = { 0 };
	enum rt_status status;
	sqlite3_stmt *stmt;
	long rank = 0;
	int i, rc = SQLITE_DONE, stop = 0;

	if (q->query->root->type == RT_QUERY_EMPTY ||
	    q->query->root->type == RT_QUERY_FALSE)
		return NULL;	/* finds nothing */
	if ((err = fts_query(q->query, &match)) != NULL)
		return err;
	for (i = 0; i < RT_STATUS_COUNT; i++)
		if (q->statuses & (1u << i))
			rt_buf_printf(&statuses, "%s%s,", statuses.len ? "" :
			    ",", rt_status_name(i));
	for (i = 0; i < RT_SEARCH_FIELD_COUNT; i++)
		if (q->fields & (1u << i))
			rt_buf_printf(&fields, "%s%d,", fields.len ? "" : ",",
			    i);
	if ((q->statuses && statuses.s == NULL) ||
	    (q->fields && fields.s == NULL)) {
		rt_buf_free(&statuses);
		rt_buf_free(&fields);
		rt_buf_free(&match);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	if ((err = search_catch_up(st)) != NULL ||
	    (err = sq_prepare(st, q->issuer || q->agency || q->report ||
	    q->statuses ? SQL_SEARCH_FILTERED : SQL_SEARCH_ALL, &stmt))) {
		rt_buf_free(&statuses);
		rt_buf_free(&fields);
		rt_buf_free(&match);
		return err;
	}
	sq_bind_named(stmt, ":query", match.s);
	sq_bind_named(stmt, ":fields", fields.s);
	sq_bind_named(stmt, ":issuer", q->issuer);
	sq_bind_named(stmt, ":agency", q->agency);
	sq_bind_named(stmt, ":report", q->report);
	sq_bind_named(stmt, ":statuses", statuses.s);
	sqlite3_bind_int64(stmt, sqlite3_bind_parameter_index(stmt, ":limit"),
	    q->limit > 0 ? q->limit : -1);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(&hit, 0, sizeof(hit));
		hit.rank = ++rank;
		hit.field = sqlite3_column_int(stmt, 9);
		hit.report = (const char *)sqlite3_column_text(stmt, 1);
		hit.number = (const char *)sqlite3_column_text(stmt, 2);
		hit.title = (const char *)sqlite3_column_text(stmt, 3);
		hit.issuer = (const char *)sqlite3_column_text(stmt, 4);
		sq_col_date(stmt, 5, hit.issued);
		hit.agency = (const char *)sqlite3_column_text(stmt, 6);
		hit.status = -1;
		if (sqlite3_column_type(stmt, 7) != SQLITE_NULL &&
		    rt_status_parse((const char *)sqlite3_column_text(stmt, 7),
		    &status) == 0)
			hit.status = (int)status;
		hit.snippet = (const char *)sqlite3_column_text(stmt, 8);
		if (hit.snippet == NULL)
			hit.snippet = "";
		stop = cb(&hit, arg);
	}
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot search");
	sq_release(st, stmt);
	rt_buf_free(&statuses);
	rt_buf_free(&fields);
	rt_buf_free(&match);
	return err;
}

