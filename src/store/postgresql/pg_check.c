/*
 * rectrack — the store on a PostgreSQL server: what `rectrack check`
 * asks of it (counts, the checks, the rows as stored) and the backup it
 * refuses.
 *
 * The server keeps much of what the SQLite store has to check itself:
 * its pages (no integrity_check to run) and its foreign keys (enforced
 * on every write); those checks report little or nothing here.  The
 * schema's objects and the agency tree are checked as on SQLite, and the
 * search indexes' words against the texts through the indexes alone.
 */
#include <string.h>

#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/store.h"

/* Rows fetched from a cursor at a time: as many as a listing's page
 * (pg_rec.c), so that a check's round trips do not grow with the rows. */

struct rt_error *
pg_counts(void *impl, struct rt_counts *c)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	PGresult *res;

	memset(c, 0, sizeof(*c));
	if ((err = pg_query(st, "cannot count the rows",
	    "SELECT (SELECT count(*) FROM issuer), "
	    "(SELECT count(*) FROM agency), (SELECT count(*) FROM report), "
	    "(SELECT count(*) FROM recommendation), "
	    "(SELECT count(*) FROM event)", 0, NULL, &res, NULL)))
		return err;
	c->issuers = pg_int(res, 0, 0);
	c->agencies = pg_int(res, 0, 1);
	c->reports = pg_int(res, 0, 2);
	c->recs = pg_int(res, 0, 3);
	c->events = pg_int(res, 0, 4);
	PQclear(res);
	return NULL;
}

/*
 * PostgreSQL has no integrity_check: the server checksums its pages
 * (when the cluster was made with them) and reports damage as errors of
 * the queries that meet it.  A cheap query shows that the database
 * answers; nothing is reported, quick or not.
 */
struct rt_error *
pg_check_integrity(void *impl, int quick,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	struct pg_store *st = impl;

	(void)quick;
	(void)cb;
	(void)arg;
	return pg_exec(st, "cannot read the database",
	    "SELECT count(*) FROM meta", 0, NULL, NULL);
}

/*
 * The objects the scripts in schema/postgresql make in the schema
 * "rectrack" (keep the two in step), the indexes behind its primary
 * keys and unique constraints included; each one missing is a problem,
 * and so is a table or view there that is not one of them.  Kinds and
 * names are listed in the order of the problems: by name, then kind.
 */
static const char SQL_CHECK_SCHEMA[] =
    "WITH want(kind, name) AS (VALUES "
    "  ('table', 'meta'), ('table', 'issuer'), ('table', 'agency'), "
    "  ('table', 'report'), ('table', 'topic'), ('table', 'report_topic'), "
    "  ('table', 'recommendation'), ('table', 'event'), "
    "  ('table', 'change'), ('table', 'official'), "
    "  ('table', 'evidence'), ('table', 'evidence_chunk'), "
    "  ('view', 'agency_tree'), "
    "  ('index', 'meta_pkey'), ('index', 'issuer_pkey'), "
    "  ('index', 'issuer_code_key'), ('index', 'agency_pkey'), "
    "  ('index', 'agency_code_key'), ('index', 'agency_parent'), "
    "  ('index', 'report_pkey'), ('index', 'report_number_key'), "
    "  ('index', 'report_order'), ('index', 'report_issuer'), "
    "  ('index', 'report_fy'), ('index', 'report_agency'), "
    "  ('index', 'topic_pkey'), ('index', 'topic_name'), "
    "  ('index', 'report_topic_pkey'), ('index', 'report_topic_topic'), "
    "  ('index', 'recommendation_pkey'), "
    "  ('index', 'recommendation_report_id_number_key'), "
    "  ('index', 'recommendation_order'), "
    "  ('index', 'recommendation_agency'), "
    "  ('index', 'recommendation_status'), "
    "  ('index', 'event_pkey'), ('index', 'event_recommendation'), "
    "  ('index', 'event_change'), ('index', 'event_voids'), "
    "  ('index', 'event_report'), ('index', 'event_agency'), "
    "  ('index', 'event_issuer'), ('index', 'event_official'), "
    "  ('index', 'official_pkey'), ('index', 'official_code_key'), "
    "  ('index', 'official_agency'), ('index', 'official_reports_to'), "
    "  ('index', 'recommendation_official'), "
    "  ('index', 'change_pkey'), "
    "  ('index', 'evidence_pkey'), ('index', 'evidence_hash_key'), "
    "  ('index', 'evidence_chunk_pkey'), "
    "  ('index', 'change_actor'), "
    "  ('index', 'recommendation_words'), "
    "  ('index', 'report_title_words'), "
    "  ('index', 'report_summary_words'), "
    "  ('index', 'recommendation_action_words'), "
    "  ('index', 'event_note_words'), ('index', 'official_name_words'), "
    "  ('function', 'is_owner'), ('function', 'event_actor'), "
    "  ('function', 'event_append_only'), ('function', 'doc_words'), "
    "  ('function', 'unaccent'), "
    "  ('trigger', 'event_actor'), ('trigger', 'event_append_only'), "
    "  ('trigger', 'change_actor'), ('trigger', 'change_append_only'), "
    "  ('function', 'evidence_kept'), ('function', 'event_approver'), "
    "  ('trigger', 'evidence_kept'), ('trigger', 'evidence_chunk_kept'), "
    "  ('trigger', 'event_approver'), "
    "  ('text search dictionary', 'stem'), "
    "  ('text search dictionary', 'plain'), "
    "  ('text search dictionary', 'unaccent'), "
    "  ('text search configuration', 'words')), "
    "ns AS (SELECT oid FROM pg_namespace WHERE nspname = 'rectrack'), "
    "rel AS (SELECT c.relname::text AS name, CASE c.relkind "
    "    WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' "
    "    WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' "
    "    WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' END AS kind "
    "  FROM pg_class c JOIN ns ON ns.oid = c.relnamespace "
    "  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'i', 'I')) "
    "SELECT w.kind COLLATE \"C\" AS kind, w.name COLLATE \"C\" AS name, "
    "  'is missing' FROM want w "
    "WHERE NOT CASE WHEN w.kind IN ('table', 'view', 'index') THEN "
    "    EXISTS (SELECT 1 FROM rel WHERE rel.name = w.name "
    "      AND rel.kind = w.kind) "
    "  WHEN w.kind = 'function' THEN EXISTS (SELECT 1 FROM pg_proc p "
    "      JOIN ns ON ns.oid = p.pronamespace WHERE p.proname = w.name) "
    "  WHEN w.kind = 'trigger' THEN EXISTS (SELECT 1 FROM pg_trigger t "
    "      JOIN pg_class c ON c.oid = t.tgrelid "
    "      JOIN ns ON ns.oid = c.relnamespace "
    "      WHERE t.tgname = w.name AND c.relname IN ('event', 'change', "
    "        'evidence', 'evidence_chunk') "
    "        AND NOT t.tgisinternal) "
    "  WHEN w.kind = 'text search dictionary' THEN EXISTS (SELECT 1 "
    "      FROM pg_ts_dict d JOIN ns ON ns.oid = d.dictnamespace "
    "      WHERE d.dictname = w.name) "
    "  ELSE EXISTS (SELECT 1 FROM pg_ts_config g "
    "      JOIN ns ON ns.oid = g.cfgnamespace WHERE g.cfgname = w.name) "
    "  END "
    "UNION ALL "
    "SELECT rel.kind, rel.name, 'is not part of rectrack''s schema' "
    "FROM rel WHERE rel.kind IN ('table', 'view') AND NOT EXISTS "
    "  (SELECT 1 FROM want w WHERE w.name = rel.name "
    "    AND w.kind = rel.kind) "
    "ORDER BY name, kind";

/*
 * One problem of kind check per row of sql (constant, no parameters):
 * its subject "PREFIX COLUMN0" (prefix NULL: "COLUMN0 COLUMN1"), its
 * message msg (NULL: column 2); what names the query in an error.
 */
static struct rt_error *
problem_rows(struct pg_store *st, const char *what, const char *sql,
    const char *check, const char *prefix, const char *msg,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	struct rt_error *err = NULL;
	struct rt_buf subject = { 0 };
	PGresult *res;
	int i, n;

	if ((err = pg_query(st, what, sql, 0, NULL, &res, NULL)))
		return err;
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		rt_buf_free(&subject);
		rt_buf_printf(&subject, "%s %s", prefix ? prefix :
		    PQgetvalue(res, i, 0), PQgetvalue(res, i, prefix ? 0 : 1));
		if (subject.s == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		if (store_problem(cb, arg, check, subject.s,
		    msg ? msg : PQgetvalue(res, i, 2)))
			break;
	}
	PQclear(res);
	rt_buf_free(&subject);
	return err;
}

struct rt_error *
pg_check_schema(void *impl,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	return problem_rows(impl, "cannot read the schema", SQL_CHECK_SCHEMA,
	    "schema", NULL, NULL, cb, arg);
}

/*
 * The server enforces the foreign keys on every write, so that no row's
 * reference can lead nowhere; what is left is the agency tree: agencies
 * not under a top agency, whose parents make a cycle.
 */
struct rt_error *
pg_check_references(void *impl,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	return problem_rows(impl, "cannot check the agencies",
	    "SELECT code FROM agency "
	    "WHERE id NOT IN (SELECT id FROM agency_tree) ORDER BY code",
	    "foreign-key", "agency", "is not under a top agency: its "
	    "parents make a cycle or lead to an agency that is not there",
	    cb, arg);
}

/*
 * The text search indexes are the server's, expression indexes updated
 * with their rows in the same transaction: nothing waits to be indexed
 * and nothing can be indexed twice.  What can go wrong is an index the
 * server will not use (a failed CREATE INDEX CONCURRENTLY or REINDEX
 * leaves it invalid): one problem per such index.  A missing one is the
 * schema check's.
 */
struct rt_error *
pg_check_search(void *impl,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	return problem_rows(impl, "cannot check the search index",
	    "SELECT c.relname FROM pg_index x "
	    "JOIN pg_class c ON c.oid = x.indexrelid "
	    "JOIN pg_namespace n ON n.oid = c.relnamespace "
	    "WHERE n.nspname = 'rectrack' AND c.relname IN "
	    "  ('recommendation_words', 'report_title_words', "
	    "   'report_summary_words', 'recommendation_action_words', "
	    "   'event_note_words', 'official_name_words') "
	    "  AND NOT (x.indisvalid AND x.indisready AND x.indislive) "
	    "ORDER BY c.relname COLLATE \"C\"", "search", "index",
	    "is not valid, so searches do not use it; rebuild it (REINDEX) "
	    "as the database owner", cb, arg);
}

/*
 * The words of a search index against its texts.  For each word of the
 * texts (ts_stat computes them from the texts themselves, not from the
 * words stored beside them), the number of rows that hold it against
 * the number the index on the stored words finds for it; a difference
 * is a damaged index, or stored words that are no longer the texts'
 * (the function that computes them changed behind them).  The
 * comparison is made only when the plan reads the index (sequential
 * scans are turned off, and EXPLAIN must name it): a search index the
 * server will not use (as pg_check_search reports) leaves the words not
 * compared.
 */
#define WORDS_SQL(table, column, words) \
    "SELECT w.word, w.ndoc, x.n FROM ts_stat(" \
    "  'SELECT rectrack.doc_words(" column ") FROM rectrack." table "') w" \
    "  CROSS JOIN LATERAL (SELECT count(*) AS n FROM rectrack." table " t" \
    "    WHERE t." words " @@ ('''' || " \
    "      replace(replace(w.word, '\\', '\\\\'), '''', '''''') || " \
    "      '''')::tsquery) x " \
    "WHERE x.n <> w.ndoc ORDER BY w.word COLLATE \"C\""

static const struct {
	const char *index;
	const char *sql;
} search_words[] = {
	{ "recommendation_words", WORDS_SQL("recommendation", "text",
	    "words") },
	{ "report_title_words", WORDS_SQL("report", "title", "title_words") },
	{ "report_summary_words", WORDS_SQL("report", "summary",
	    "summary_words") },
	{ "recommendation_action_words", WORDS_SQL("recommendation",
	    "corrective_action", "action_words") },
	{ "official_name_words", WORDS_SQL("official", "name",
	    "name_words") },
};

/* Whether the plan of sql reads the index called name (*uses). */
static struct rt_error *
plan_uses(struct pg_store *st, const char *sql, const char *name, int *uses)
{
	struct rt_error *err;
	struct rt_buf q = { 0 };
	PGresult *res;
	int i, n;

	*uses = 0;
	rt_buf_printf(&q, "EXPLAIN %s", sql);
	if (q.s == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	err = pg_query(st, "cannot check the search index", q.s, 0, NULL,
	    &res, NULL);
	rt_buf_free(&q);
	if (err)
		return err;
	n = PQntuples(res);
	for (i = 0; i < n && !*uses; i++)
		*uses = strstr(PQgetvalue(res, i, 0), name) != NULL;
	PQclear(res);
	return NULL;
}

/* One index's words against its texts: a problem per word that differs;
 * *compared 0 when the plan would not read the index. */
static struct rt_error *
index_words(struct pg_store *st, size_t k,
    int (*cb)(const struct rt_problem *, void *), void *arg, int *compared,
    int *stop)
{
	struct rt_error *err;
	struct rt_buf subject = { 0 }, msg = { 0 };
	PGresult *res;
	int i, n;

	*compared = 0;
	if ((err = plan_uses(st, search_words[k].sql, search_words[k].index,
	    compared)) || !*compared)
		return err;
	if ((err = pg_query(st, "cannot check the search index",
	    search_words[k].sql, 0, NULL, &res, NULL)))
		return err;
	rt_buf_printf(&subject, "index %s", search_words[k].index);
	n = PQntuples(res);
	for (i = 0; i < n && !*stop; i++) {
		rt_buf_free(&msg);
		rt_buf_printf(&msg, "the word '%s' is in %s of the texts, but "
		    "the index finds it in %s; rebuild it as the database "
		    "owner, as docs/data-model.md says", PQgetvalue(res, i, 0),
		    PQgetvalue(res, i, 1), PQgetvalue(res, i, 2));
		if (subject.s == NULL || msg.s == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		*stop = store_problem(cb, arg, "search", subject.s, msg.s);
	}
	PQclear(res);
	rt_buf_free(&subject);
	rt_buf_free(&msg);
	return err;
}

/*
 * The words of the three search indexes against the texts, in a read
 * transaction of its own (call it outside one), through the indexes
 * alone: *words is 1 when all three were compared.
 */
struct rt_error *
pg_check_search_words(void *impl,
    int (*cb)(const struct rt_problem *, void *), void *arg, int *ran,
    int *words)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	size_t k;
	int compared, stop = 0;

	*ran = *words = 0;
	if ((err = pg_begin_read(st)) != NULL)
		return err;
	if ((err = pg_exec(st, "cannot check the search index",
	    "SET LOCAL enable_seqscan = off", 0, NULL, NULL)) ||
	    (err = pg_exec(st, "cannot check the search index",
	    "SET LOCAL jit = off", 0, NULL, NULL)))
		goto done;
	*ran = 1;
	*words = 1;
	for (k = 0; k < sizeof(search_words) / sizeof(search_words[0]) &&
	    !stop; k++) {
		if ((err = index_words(st, k, cb, arg, &compared, &stop)))
			goto done;
		*words = *words && compared;
	}
done:
	pg_rollback(st);
	if (err)
		*words = 0;
	return err;
}

/* ---- rows as stored ---------------------------------------------------- */

struct report_walk {
	int (*cb)(const struct rt_stored_report *, void *);
	void *arg;
};

static int
report_row(const PGresult *res, int i, void *arg)
{
	struct report_walk *w = arg;
	struct rt_stored_report r;

	r.id = pg_int(res, i, 0);
	r.number = pg_str(res, i, 1);
	r.title = pg_str(res, i, 2);
	r.issuer = pg_str(res, i, 3);
	r.type = pg_str(res, i, 4);
	r.issued = pg_str(res, i, 5);
	r.fiscal_year = pg_int(res, i, 6);
	r.agency = pg_str(res, i, 7);
	r.sensitivity = pg_str(res, i, 8);
	r.url = pg_str(res, i, 9);
	r.summary = pg_str(res, i, 10);
	return w->cb(&r, w->arg) ? 1 : 0;
}

struct rt_error *
pg_stored_reports(void *impl,
    int (*cb)(const struct rt_stored_report *, void *), void *arg)
{
	struct pg_store *st = impl;
	static const char sql[] =
	    	    "SELECT r.id, r.number, r.title, i.code, r.type, r.issued, "
	    "  r.fiscal_year, a.code, r.sensitivity, r.url, r.summary "
	    "FROM report r LEFT JOIN issuer i ON i.id = r.issuer_id "
	    "  LEFT JOIN agency a ON a.id = r.agency_id ORDER BY r.id";
	struct report_walk w = { cb, arg };

	return pg_cursor_walk(st, "cannot read reports", sql, 0, NULL,
	    report_row, &w);
}

/*
 * Every recommendation joined with its events, in id order, each one's
 * events in effective date then recording order; each column as the
 * SQLite store's text of it would be: dates YYYY-MM-DD (DateStyle ISO),
 * when an event was recorded as YYYY-MM-DDTHH:MM:SSZ, flags 0 and 1.
 */
static const char SQL_STORED_RECS[] =
        "SELECT c.id, r.number, r.issued, c.number, c.text, a.code, "
    "  c.official, c.corrective_action, c.concurrence, c.status, "
    "  c.target_date, c.original_target_date, c.resolved_date, "
    "  c.closed_date, c.priority, c.significant, c.on_hold, "
    "  c.closure_requested, c.partially_addressed, c.questioned_cost, "
    "  c.unsupported_cost, c.funds_better_use, c.potential_savings, "
    "  c.disallowed_cost, c.fbu_agreed, e.id, "
    "  to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "  e.effective, e.actor, e.kind, e.field, e.old, e.new, e.note, "
    "  e.voids "
    "FROM recommendation c LEFT JOIN report r ON r.id = c.report_id "
    "  LEFT JOIN agency a ON a.id = c.agency_id "
    "  LEFT JOIN event e ON e.recommendation_id = c.id "
    "ORDER BY c.id, e.effective, e.id";

#define STORED_EVENT_COL (19 + RT_MONEY_COUNT)

/* Start the group of the recommendation in row i. */
static int
group_rec(struct store_group *g, const PGresult *res, int i)
{
	struct rt_stored_rec *r = &g->rec;
	int nomem = 0, j;

	memset(r, 0, sizeof(*r));
	for (j = 0; j < STORE_GROUP_STRINGS; j++)
		g->s[j] = pg_dup(res, i, j + 1, &nomem);
	store_group_start(g);
	r->id = pg_int(res, i, 0);
	r->priority = pg_int(res, i, 14);
	r->significant = pg_int(res, i, 15);
	r->on_hold = pg_int(res, i, 16);
	r->closure_requested = pg_int(res, i, 17);
	r->partially_addressed = pg_int(res, i, 18);
	for (j = 0; j < RT_MONEY_COUNT; j++) {
		r->money_null[j] = PQgetisnull(res, i, 19 + j);
		r->money[j] = pg_int(res, i, 19 + j);
	}
	return nomem ? -1 : 0;
}

/* Add the event in row i (if any) to the group. */
static int
group_event(struct store_group *g, const PGresult *res, int i)
{
	struct rt_stored_event *ev;
	int nomem = 0, c = STORED_EVENT_COL;

	if (PQgetisnull(res, i, c))
		return 0;	/* a recommendation without events */
	if ((ev = store_group_event(g)) == NULL)
		return -1;
	ev->id = pg_int(res, i, c);
	ev->at = pg_dup(res, i, c + 1, &nomem);
	ev->effective = pg_dup(res, i, c + 2, &nomem);
	ev->actor = pg_dup(res, i, c + 3, &nomem);
	ev->kind = pg_dup(res, i, c + 4, &nomem);
	ev->field = pg_dup(res, i, c + 5, &nomem);
	ev->old = pg_dup(res, i, c + 6, &nomem);
	ev->new = pg_dup(res, i, c + 7, &nomem);
	ev->note = pg_dup(res, i, c + 8, &nomem);
	ev->voids = pg_int(res, i, c + 9);
	return nomem ? -1 : 0;
}

static int
rec_row(const PGresult *res, int i, void *arg)
{
	struct store_group *g = arg;

	if (g->have && pg_int(res, i, 0) != g->rec.id &&
	    store_group_flush(g))
		return 1;
	if (!g->have && group_rec(g, res, i) == -1)
		return -1;
	return group_event(g, res, i);
}

struct rt_error *
pg_stored_recs(void *impl,
    int (*cb)(const struct rt_stored_rec *, void *), void *arg)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	struct store_group g;

	memset(&g, 0, sizeof(g));
	g.cb = cb;
	g.arg = arg;
	err = pg_cursor_walk(st, "cannot read recommendations",
	    SQL_STORED_RECS, 0, NULL, rec_row, &g);
	/* the last one, unless the walk stopped */
	if (err == NULL && g.have)
		store_group_flush(&g);
	store_group_free(&g);
	return err;
}

struct rt_error *
pg_backup(void *impl, const char *path, long *pages)
{
	struct pg_store *st = impl;

	(void)path;
	*pages = 0;
	return rt_error_new(RT_EINVAL, "%s: backup copies a SQLite file; for "
	    "a PostgreSQL database use pg_dump, or 'rectrack copy' to a "
	    "SQLite file (docs/deployment.md)", st->name);
}
