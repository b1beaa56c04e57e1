/*
 * rectrack — the store on SQLite: issuers, agencies and reports.
 *
 * Every statement is constant text; user values only ever reach SQLite
 * through bound parameters.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/sqlite/sq.h"
#include "store/store.h"

/* ---- issuers ------------------------------------------------------------ */

int
sq_is_unique_violation(struct sq_store *st)
{
	return sqlite3_extended_errcode(st->db) == SQLITE_CONSTRAINT_UNIQUE;
}

/* sql, prepared, with the issuer's code, name and kind as ?1..?3. */
static struct rt_error *
issuer_stmt(struct sq_store *st, const char *sql, const struct rt_issuer *is,
    sqlite3_stmt **stmt)
{
	struct rt_error *err;

	if ((err = sq_prepare(st, sql, stmt)) != NULL)
		return err;
	sq_bind_text(*stmt, 1, is->code);
	sq_bind_text(*stmt, 2, is->name);
	sq_bind_text(*stmt, 3, is->kind ? is->kind : "other");
	return NULL;
}

struct rt_error *
sq_issuer_add(void *impl, const struct rt_issuer *is)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = issuer_stmt(st, "INSERT INTO issuer(code, name, kind) "
	    "VALUES (?1, ?2, ?3)", is, &stmt)) != NULL)
		return err;
	if (sqlite3_step(stmt) != SQLITE_DONE)
		err = sq_is_unique_violation(st) ?
		    store_exists("issuer", is->code) :
		    sq_db_error(st, "cannot add the issuer");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_issuer_update(void *impl, const struct rt_issuer *is)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = issuer_stmt(st, "UPDATE issuer SET name = ?2, kind = ?3 "
	    "WHERE code = ?1", is, &stmt)) != NULL)
		return err;
	if ((err = sq_step_done(st, stmt, "cannot update the issuer")) == NULL &&
	    sqlite3_changes(st->db) == 0)
		err = rt_error_new(RT_ENOTFOUND, "%s: no such issuer",
		    is->code);
	sq_release(st, stmt);
	return err;
}

static const char SQL_ISSUER_SELECT[] =
    "SELECT code, name, kind FROM issuer "
    "WHERE ?1 IS NULL OR code = ?1 ORDER BY code";

/* The rows of kind that sql (?1 the key; NULL: every row) selects. */
static struct rt_error *
list_by_key(struct sq_store *st, const char *sql, const char *key,
    const struct store_kind *kind, void (*cb)(void), void *arg, int *found)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;

	*found = 0;
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sq_bind_text(stmt, 1, key);
	return sq_each_row(st, stmt, kind, cb, arg, found);
}

struct rt_error *
sq_issuers(void *impl, const char *code,
    int (*cb)(const struct rt_issuer *, void *), void *arg, int *found)
{
	return list_by_key(impl, SQL_ISSUER_SELECT, code, &store_issuer_kind,
	    (void (*)(void))cb, arg, found);
}

/* ---- agencies ----------------------------------------------------------- */

struct rt_error *
sq_agency_add(void *impl, const struct rt_agency *ag)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "INSERT INTO agency(code, name, parent_id) VALUES (?1, ?2, ?3)";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t parent = 0;

	if (ag->parent != NULL) {
		if ((err = sq_lookup_id(st, SQL_AGENCY_ID, ag->parent, &parent)))
			return err;
		if (parent == 0)
			return store_no_parent(ag->parent);
	}
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sq_bind_text(stmt, 1, ag->code);
	sq_bind_text(stmt, 2, ag->name);
	if (parent)
		sqlite3_bind_int64(stmt, 3, parent);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		err = sq_is_unique_violation(st) ?
		    store_exists("agency", ag->code) :
		    sq_db_error(st, "cannot add the agency");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_agency_update(void *impl, const struct rt_agency *ag)
{
	struct sq_store *st = impl;
	static const char sql_cycle[] =
	    "WITH RECURSIVE up(id) AS (SELECT ?1 UNION ALL "
	    "SELECT a.parent_id FROM agency a JOIN up ON a.id = up.id "
	    "WHERE a.parent_id IS NOT NULL) "
	    "SELECT count(*) FROM up WHERE id = ?2";
	static const char sql[] =
	    "UPDATE agency SET name = ?2, parent_id = ?3 WHERE code = ?1";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t id, parent = 0;

	if ((err = sq_agency_id(st, ag->code, &id)))
		return err;
	if (ag->parent != NULL) {
		if ((err = sq_lookup_id(st, SQL_AGENCY_ID, ag->parent, &parent)))
			return err;
		if (parent == 0)
			return store_no_parent(ag->parent);
		/* the new parent may not be the agency or below it */
		if ((err = sq_prepare(st, sql_cycle, &stmt)) != NULL)
			return err;
		sqlite3_bind_int64(stmt, 1, parent);
		sqlite3_bind_int64(stmt, 2, id);
		if (sqlite3_step(stmt) != SQLITE_ROW)
			err = sq_db_error(st, "cannot read agencies");
		else if (sqlite3_column_int(stmt, 0) > 0)
			err = store_agency_cycle(ag);
		sq_release(st, stmt);
		if (err)
			return err;
	}
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sq_bind_text(stmt, 1, ag->code);
	sq_bind_text(stmt, 2, ag->name);
	if (parent)
		sqlite3_bind_int64(stmt, 3, parent);
	err = sq_step_done(st, stmt, "cannot update the agency");
	sq_release(st, stmt);
	return err;
}

static const char SQL_AGENCY_SELECT[] =
    "SELECT code, name, parent, path, depth FROM agency_tree "
    "WHERE ?1 IS NULL OR code = ?1 ORDER BY sort_path";

struct rt_error *
sq_agencies(void *impl, const char *code,
    int (*cb)(const struct rt_agency *, void *), void *arg, int *found)
{
	return list_by_key(impl, SQL_AGENCY_SELECT, code, &store_agency_kind,
	    (void (*)(void))cb, arg, found);
}

/* ---- reports ------------------------------------------------------------ */

/* Tag report `id` with the topics of r, creating topics as needed. */
static struct rt_error *
report_topics(struct sq_store *st, int64_t id, const struct rt_report *r)
{
	static const char sql_topic[] =
	    "INSERT INTO topic(name) VALUES (?1) ON CONFLICT DO NOTHING";
	static const char sql_link[] =
	    "INSERT OR IGNORE INTO report_topic(report_id, topic_id) "
	    "SELECT ?1, id FROM topic WHERE name = ?2";
	struct rt_error *err;
	sqlite3_stmt *topic = NULL, *link = NULL;
	size_t i;

	if ((err = sq_prepare(st, sql_topic, &topic)) ||
	    (err = sq_prepare(st, sql_link, &link)))
		goto done;
	for (i = 0; i < r->ntopics; i++) {
		sq_bind_text(topic, 1, r->topics[i]);
		if ((err = sq_step_done(st, topic, "cannot add a topic")))
			goto done;
		sqlite3_reset(topic);
		sqlite3_bind_int64(link, 1, id);
		sq_bind_text(link, 2, r->topics[i]);
		if ((err = sq_step_done(st, link, "cannot tag the report")))
			goto done;
		sqlite3_reset(link);
	}
done:
	sq_release(st, topic);
	sq_release(st, link);
	return err;
}

/* Bind the report's fields as ?2..?11 (number and key are the caller's). */
static struct rt_error *
bind_report(struct sq_store *st, sqlite3_stmt *stmt, const struct rt_report *r)
{
	struct rt_error *err;
	int64_t issuer, agency;
	char *key;

	if ((err = sq_lookup_id(st, SQL_ISSUER_ID, r->issuer, &issuer)))
		return err;
	if (issuer == 0)
		return store_no_issuer(r->issuer);
	if ((err = sq_agency_id(st, r->agency, &agency)))
		return err;
	if ((key = rt_natkey(r->number)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	sq_bind_text(stmt, 1, r->number);
	sq_bind_text(stmt, 2, key);
	sq_bind_text(stmt, 3, r->title);
	sqlite3_bind_int64(stmt, 4, issuer);
	sq_bind_text(stmt, 5, r->type ? r->type : "audit");
	sq_bind_text(stmt, 6, r->issued);
	sqlite3_bind_int(stmt, 7, r->fiscal_year);
	sqlite3_bind_int64(stmt, 8, agency);
	sq_bind_text(stmt, 9, r->url);
	sq_bind_text(stmt, 10, r->summary);
	sq_bind_text(stmt, 11, r->sensitivity ? r->sensitivity : "public");
	free(key);
	return NULL;
}

struct rt_error *
sq_report_add(void *impl, const struct rt_report *r)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "INSERT INTO report(number, sort_key, title, issuer_id, type, "
	    "issued, fiscal_year, agency_id, url, summary, sensitivity) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
	struct rt_error *err;
	sqlite3_stmt *stmt = NULL;
	int64_t id;

	if ((err = sq_lookup_id(st, SQL_REPORT_ID, r->number, &id)))
		return err;
	if (id != 0)
		return store_exists("report", r->number);
	if ((err = sq_prepare(st, sql, &stmt)) ||
	    (err = bind_report(st, stmt, r)) ||
	    (err = sq_step_done(st, stmt, "cannot add the report")))
		goto done;
	err = report_topics(st, sqlite3_last_insert_rowid(st->db), r);
done:
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_report_update(void *impl, const struct rt_report *r)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "UPDATE report SET sort_key = ?2, title = ?3, issuer_id = ?4, "
	    "type = ?5, issued = ?6, fiscal_year = ?7, agency_id = ?8, "
	    "url = ?9, summary = ?10, sensitivity = ?11 WHERE number = ?1";
	static const char sql_untag[] =
	    "DELETE FROM report_topic WHERE report_id = ?1";
	struct rt_error *err;
	sqlite3_stmt *stmt = NULL;
	int64_t id;

	if ((err = sq_lookup_id(st, SQL_REPORT_ID, r->number, &id)))
		return err;
	if (id == 0)
		return store_no_report(r->number);
	if ((err = sq_prepare(st, sql, &stmt)) ||
	    (err = bind_report(st, stmt, r)) ||
	    (err = sq_step_done(st, stmt, "cannot update the report")))
		goto done;
	sq_release(st, stmt);
	if ((err = sq_prepare(st, sql_untag, &stmt)))
		return err;
	sqlite3_bind_int64(stmt, 1, id);
	if ((err = sq_step_done(st, stmt, "cannot update the topics")) == NULL)
		err = report_topics(st, id, r);
done:
	sq_release(st, stmt);
	return err;
}

/*
 * The report numbers given so far in the file being imported, kept in a
 * temporary table (outside the database file, in SQLite's bounded page
 * cache) so that an import's memory does not grow with its reports.
 */
struct rt_error *
sq_report_seen_reset(void *impl)
{
	struct sq_store *st = impl;
	struct rt_error *err;

	if ((err = sq_exec(st, "CREATE TEMP TABLE IF NOT EXISTS seen_report("
	    "number TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID",
	    "cannot keep the report numbers of the file")))
		return err;
	return sq_exec(st, "DELETE FROM temp.seen_report",
	    "cannot keep the report numbers of the file");
}

struct rt_error *
sq_report_seen(void *impl, const char *number, int line,
    int *first)
{
	struct sq_store *st = impl;
	static const char sql_add[] =
	    "INSERT OR IGNORE INTO temp.seen_report(number, line) "
	    "VALUES (?1, ?2)";
	static const char sql_line[] =
	    "SELECT line FROM temp.seen_report WHERE number = ?1";
	struct rt_error *err;
	sqlite3_stmt *stmt = NULL;

	*first = 0;
	if ((err = sq_prepare(st, sql_add, &stmt)))
		return err;
	sqlite3_bind_text(stmt, 1, number, -1, SQLITE_STATIC);
	sqlite3_bind_int(stmt, 2, line);
	err = sq_step_done(st, stmt, "cannot keep a report number");
	sq_release(st, stmt);
	if (err || sqlite3_changes(st->db) > 0)
		return err;
	if ((err = sq_prepare(st, sql_line, &stmt)))
		return err;
	sqlite3_bind_text(stmt, 1, number, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		*first = sqlite3_column_int(stmt, 0);
	else
		err = sq_db_error(st, "cannot read a report number");
	sq_release(st, stmt);
	return err;
}

/*
 * Filtered queries are put together from the constant fragments below,
 * one per condition the filter sets, so that SQLite can use an index for
 * each; values only ever arrive through the named parameters.
 */

static const char *const status_param[] = { ":s0", ":s1", ":s2", ":s3",
    ":s4", ":s5", ":s6", ":s7" };
static const char *const conc_param[] = { ":c0", ":c1", ":c2", ":c3",
    ":c4", ":c5", ":c6", ":c7" };

/* " AND column IN (:p0, :p3)" for the bits of mask. */
static void
where_in(struct rt_buf *q, const char *column, unsigned mask,
    const char *const *param, int count)
{
	int i, n = 0;

	rt_buf_puts(q, " AND ");
	rt_buf_puts(q, column);
	rt_buf_puts(q, " IN (");
	for (i = 0; i < count; i++)
		if (mask & (1u << i)) {
			rt_buf_puts(q, n++ ? ", " : "");
			rt_buf_puts(q, param[i]);
		}
	rt_buf_puts(q, ")");
}

/* The conditions of f on the report r (its issuer i); agency_col is the
 * agency column the agency filter tests. */
void
sq_where_report(struct rt_buf *q, const struct rt_filter *f,
    const char *number, const char *agency_col)
{
	size_t i;

	if (number || f->report)
		rt_buf_puts(q, " AND r.number = :report");
	if (f->issuer)
		rt_buf_puts(q, " AND i.code = :issuer");
	if (f->agency) {
		rt_buf_puts(q, " AND ");
		rt_buf_puts(q, agency_col);
		rt_buf_puts(q, " IN (SELECT id FROM sub)");
	}
	if (f->topic)
		rt_buf_puts(q, " AND r.id IN (SELECT rt.report_id FROM "
		    "report_topic rt JOIN topic t ON t.id = rt.topic_id "
		    "WHERE t.name = :topic)");
	if (f->nfys) {
		/* parameters :y0, :y1..., named by their place */
		rt_buf_puts(q, " AND r.fiscal_year IN (");
		for (i = 0; i < f->nfys; i++)
			rt_buf_printf(q, "%s:y%zu", i ? ", " : "", i);
		rt_buf_puts(q, ")");
	}
	if (f->issued_from)
		rt_buf_puts(q, " AND r.issued >= :issued_from");
	if (f->issued_to)
		rt_buf_puts(q, " AND r.issued <= :issued_to");
}

/* The queue conditions of f on c: officials (parameters :o0, :o1...,
 * named by their place), target dates, age of the undecided. */
static void
where_rec_queue(struct rt_buf *q, const struct rt_filter *f)
{
	size_t i;

	if (f->nofficials) {
		rt_buf_puts(q, " AND c.official IN (");
		for (i = 0; i < f->nofficials; i++)
			rt_buf_printf(q, "%s:o%zu", i ? ", " : "", i);
		rt_buf_puts(q, ")");
	}
	if (f->due_from && f->due_to)
		rt_buf_puts(q, " AND c.status LIKE 'open-%' "
		    "AND c.target_date >= :due_from "
		    "AND c.target_date <= :due_to");
	if (f->unresolved_before)
		rt_buf_puts(q, " AND c.status IN ('open-unresolved', "
		    "'open-pending') AND r.issued < :unresolved_before");
	if (f->no_target)
		rt_buf_puts(q, " AND c.status LIKE 'open-%' "
		    "AND c.target_date IS NULL");
}

/* The conditions of f on the recommendation c. */
void
sq_where_rec(struct rt_buf *q, const struct rt_filter *f, const char *number)
{
	sq_where_report(q, f, NULL, "c.agency_id");
	if (number)
		rt_buf_puts(q, " AND c.number = :number");
	if (f->statuses)
		where_in(q, "c.status", f->statuses, status_param,
		    RT_STATUS_COUNT);
	if (f->concurrences)
		where_in(q, "c.concurrence", f->concurrences, conc_param,
		    RT_CONC_COUNT);
	if (f->priority)
		rt_buf_puts(q, " AND c.priority = 1");
	if (f->overdue_before)
		rt_buf_puts(q, " AND c.status = 'open-resolved' "
		    "AND c.target_date < :overdue");
	where_rec_queue(q, f);
}

void
sq_bind_named(sqlite3_stmt *stmt, const char *name, const char *value)
{
	int i = sqlite3_bind_parameter_index(stmt, name);

	if (i > 0)
		sq_bind_text(stmt, i, value);
}

/* Bind what where_report and where_rec asked for. */
void
sq_bind_filter(sqlite3_stmt *stmt, const struct rt_filter *f, const char *report,
    const char *number)
{
	char name[32];
	size_t j;
	int i;

	sq_bind_named(stmt, ":report", report ? report : f->report);
	sq_bind_named(stmt, ":issuer", f->issuer);
	sq_bind_named(stmt, ":agency", f->agency);
	sq_bind_named(stmt, ":topic", f->topic);
	for (j = 0; j < f->nfys; j++) {
		snprintf(name, sizeof(name), ":y%zu", j);
		if ((i = sqlite3_bind_parameter_index(stmt, name)) > 0)
			sqlite3_bind_int(stmt, i, f->fys[j]);
	}
	sq_bind_named(stmt, ":issued_from", f->issued_from);
	sq_bind_named(stmt, ":issued_to", f->issued_to);
	sq_bind_named(stmt, ":number", number);
	sq_bind_named(stmt, ":overdue", f->overdue_before);
	sq_bind_named(stmt, ":due_from", f->due_from);
	sq_bind_named(stmt, ":due_to", f->due_to);
	sq_bind_named(stmt, ":unresolved_before", f->unresolved_before);
	for (j = 0; j < f->nofficials; j++) {
		snprintf(name, sizeof(name), ":o%zu", j);
		if ((i = sqlite3_bind_parameter_index(stmt, name)) > 0)
			sqlite3_bind_text(stmt, i, f->officials[j], -1,
			    SQLITE_TRANSIENT);
	}
	for (i = 0; i < RT_STATUS_COUNT; i++)
		if (f->statuses & (1u << i))
			sq_bind_named(stmt, status_param[i], rt_status_name(i));
	for (i = 0; i < RT_CONC_COUNT; i++)
		if (f->concurrences & (1u << i))
			sq_bind_named(stmt, conc_param[i],
			    rt_concurrence_name(i));
}

static const char SQL_REPORT_SELECT[] =
    "SELECT r.number, r.title, i.code, r.type, r.issued, r.fiscal_year, "
    "  a.code, r.url, r.summary, r.sensitivity, "
    "  (SELECT count(*) FROM recommendation WHERE report_id = r.id), "
    "  (SELECT count(*) FROM recommendation WHERE report_id = r.id "
    "     AND status LIKE 'open-%'), "
    "  (SELECT group_concat(name, char(31)) FROM (SELECT t.name "
    "     FROM report_topic rt JOIN topic t ON t.id = rt.topic_id "
    "     WHERE rt.report_id = r.id ORDER BY t.name)) "
    "FROM report r JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency a ON a.id = r.agency_id "
    "WHERE 1";

struct rt_error *
sq_reports(void *impl, const char *number,
    const struct rt_filter *f, int (*cb)(const struct rt_report *, void *),
    void *arg, int *found)
{
	struct sq_store *st = impl;
	static const struct rt_filter none;
	struct rt_error *err;
	struct rt_buf q = { 0 };
	sqlite3_stmt *stmt;

	*found = 0;
	if (f == NULL)
		f = &none;
	if (f->agency)
		rt_buf_puts(&q, SQL_SUBTREE);
	rt_buf_puts(&q, SQL_REPORT_SELECT);
	sq_where_report(&q, f, number, "r.agency_id");
	rt_buf_puts(&q, " ORDER BY r.issued, r.sort_key");
	if (q.s == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	err = sq_prepare(st, q.s, &stmt);
	rt_buf_free(&q);
	if (err)
		return err;
	sq_bind_filter(stmt, f, number, NULL);
	return sq_each_row(st, stmt, &store_report_kind, (void (*)(void))cb,
	    arg, found);
}
