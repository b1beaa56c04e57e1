/*
 * rectrack — the store on SQLite: recommendations, their events and the rows as stored.
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

/* ---- recommendations ---------------------------------------------------- */

/* Bind the recommendation's own fields, from its text to its money, as
 * ?first and on (the order of the columns in the statements below). */
static void
bind_fields(sqlite3_stmt *stmt, int first, const struct rt_rec *rec,
    int64_t agency)
{
	int i = first;

	sq_bind_text(stmt, i, rec->text);
	sqlite3_bind_int64(stmt, i + 1, agency);
	sq_bind_text(stmt, i + 2, rec->official);
	sq_bind_text(stmt, i + 3, rt_concurrence_name(rec->concurrence));
	sq_bind_text(stmt, i + 4, rt_status_name(rec->status));
	sq_bind_text(stmt, i + 5, rec->target_date);
	sq_bind_text(stmt, i + 6, rec->original_target_date);
	sq_bind_text(stmt, i + 7, rec->resolved_date);
	sq_bind_text(stmt, i + 8, rec->closed_date);
	sq_bind_text(stmt, i + 9, rec->corrective_action);
	sqlite3_bind_int(stmt, i + 10, rec->priority);
	sqlite3_bind_int(stmt, i + 11, rec->significant);
	sqlite3_bind_int(stmt, i + 12, rec->on_hold);
	sqlite3_bind_int(stmt, i + 13, rec->closure_requested);
	sqlite3_bind_int(stmt, i + 14, rec->partially_addressed);
	for (i = 0; i < RT_MONEY_COUNT; i++)
		sq_bind_money(stmt, first + 15 + i, rec->money[i]);
}

struct rt_error *
sq_rec_insert(void *impl, struct rt_rec *rec)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "INSERT INTO recommendation(report_id, number, sort_key, text, "
	    "agency_id, official, concurrence, status, target_date, "
	    "original_target_date, resolved_date, closed_date, "
	    "corrective_action, priority, significant, on_hold, "
	    "closure_requested, partially_addressed, questioned_cost, "
	    "unsupported_cost, funds_better_use, potential_savings, "
	    "disallowed_cost, fbu_agreed) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
	    "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t report, agency;
	char *key;

	if ((err = sq_lookup_id(st, SQL_REPORT_ID, rec->report, &report)))
		return err;
	if (report == 0)
		return store_no_report(rec->report);
	if ((err = sq_agency_id(st, rec->agency, &agency)))
		return err;
	if ((key = rt_natkey(rec->number)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if ((err = sq_prepare(st, sql, &stmt)) != NULL) {
		free(key);
		return err;
	}
	sqlite3_bind_int64(stmt, 1, report);
	sq_bind_text(stmt, 2, rec->number);
	sq_bind_text(stmt, 3, key);
	bind_fields(stmt, 4, rec, agency);
	if (sqlite3_step(stmt) == SQLITE_DONE)
		rec->id = sqlite3_last_insert_rowid(st->db);
	else if (sq_is_unique_violation(st))
		err = store_rec_exists(rec->report, rec->number);
	else
		err = sq_db_error(st, "cannot add the recommendation");
	sq_release(st, stmt);
	free(key);
	return err;
}

struct rt_error *
sq_rec_update(void *impl, const struct rt_rec *rec)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "UPDATE recommendation SET text = ?2, agency_id = ?3, "
	    "official = ?4, concurrence = ?5, status = ?6, target_date = ?7, "
	    "original_target_date = ?8, resolved_date = ?9, "
	    "closed_date = ?10, corrective_action = ?11, priority = ?12, "
	    "significant = ?13, on_hold = ?14, closure_requested = ?15, "
	    "partially_addressed = ?16, questioned_cost = ?17, "
	    "unsupported_cost = ?18, funds_better_use = ?19, "
	    "potential_savings = ?20, disallowed_cost = ?21, "
	    "fbu_agreed = ?22 WHERE id = ?1";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t agency;

	if ((err = sq_agency_id(st, rec->agency, &agency)))
		return err;
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sqlite3_bind_int64(stmt, 1, rec->id);
	bind_fields(stmt, 2, rec, agency);
	err = sq_step_done(st, stmt, "cannot update the recommendation");
	sq_release(st, stmt);
	return err;
}

static const char SQL_REC_SELECT[] =
    "SELECT c.id, r.number, c.number, c.text, a.code, c.official, "
    "  c.concurrence, c.status, c.target_date, c.original_target_date, "
    "  c.resolved_date, c.closed_date, c.corrective_action, c.priority, "
    "  c.significant, c.on_hold, c.closure_requested, "
    "  c.partially_addressed, c.questioned_cost, c.unsupported_cost, "
    "  c.funds_better_use, c.potential_savings, c.disallowed_cost, "
    "  c.fbu_agreed, r.issued, i.code, a.path, r.fiscal_year ";

/* A condition on the recommendations themselves: start from them (their
 * indexes) and sort what is found. */
static const char SQL_REC_FROM_RECS[] =
    "FROM recommendation c JOIN report r ON r.id = c.report_id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency_tree a ON a.id = c.agency_id "
    "WHERE 1";

/* Otherwise walk the reports in listing order (index report_order) and
 * each one's recommendations: no sort of the whole table.  CROSS JOIN
 * keeps that order of the loops. */
static const char SQL_REC_FROM_REPORTS[] =
    "FROM report r CROSS JOIN recommendation c ON c.report_id = r.id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency_tree a ON a.id = c.agency_id "
    "WHERE 1";

/*
 * What a count needs and no more (rt_store_rec_list_lean): every column
 * here is in the indexes report_order and recommendation_order (schema
 * 003), so a listing of every recommendation reads no table row but
 * the few of issuer and agency.
 */
static const char SQL_REC_LEAN_SELECT[] =
    "SELECT c.id, r.number, c.number, a.code, c.official, c.status, "
    "  c.target_date, c.priority, c.questioned_cost, c.funds_better_use, "
    "  r.issued, i.code, r.fiscal_year ";

static const char SQL_REC_LEAN_FROM_RECS[] =
    "FROM recommendation c JOIN report r ON r.id = c.report_id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency a ON a.id = c.agency_id "
    "WHERE 1";

static const char SQL_REC_LEAN_FROM_REPORTS[] =
    "FROM report r CROSS JOIN recommendation c ON c.report_id = r.id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency a ON a.id = c.agency_id "
    "WHERE 1";

/* The strings of a lean row point into the statement: valid until the
 * next step, never freed. */
static void
lean_from_row(sqlite3_stmt *stmt, struct rt_rec *rec)
{
	rt_rec_init(rec);
	rec->id = sqlite3_column_int64(stmt, 0);
	rec->report = (char *)sqlite3_column_text(stmt, 1);
	rec->number = (char *)sqlite3_column_text(stmt, 2);
	rec->agency = (char *)sqlite3_column_text(stmt, 3);
	rec->official = (char *)sqlite3_column_text(stmt, 4);
	rt_status_parse((const char *)sqlite3_column_text(stmt, 5),
	    &rec->status);
	sq_col_date(stmt, 6, rec->target_date);
	rec->priority = sqlite3_column_int(stmt, 7);
	rec->money[RT_QUESTIONED_COST] = sq_col_money(stmt, 8);
	rec->money[RT_FUNDS_BETTER_USE] = sq_col_money(stmt, 9);
	sq_col_date(stmt, 10, rec->report_issued);
	rec->issuer = (char *)sqlite3_column_text(stmt, 11);
	rec->report_fy = sqlite3_column_int(stmt, 12);
}

static void
rec_from_row(sqlite3_stmt *stmt, struct rt_rec *rec)
{
	int i;

	rt_rec_init(rec);
	rec->id = sqlite3_column_int64(stmt, 0);
	rec->report = sq_col_str(stmt, 1);
	rec->number = sq_col_str(stmt, 2);
	rec->text = sq_col_str(stmt, 3);
	rec->agency = sq_col_str(stmt, 4);
	rec->official = sq_col_str(stmt, 5);
	rt_concurrence_parse((const char *)sqlite3_column_text(stmt, 6),
	    &rec->concurrence);
	rt_status_parse((const char *)sqlite3_column_text(stmt, 7),
	    &rec->status);
	sq_col_date(stmt, 8, rec->target_date);
	sq_col_date(stmt, 9, rec->original_target_date);
	sq_col_date(stmt, 10, rec->resolved_date);
	sq_col_date(stmt, 11, rec->closed_date);
	rec->corrective_action = sq_col_str(stmt, 12);
	rec->priority = sqlite3_column_int(stmt, 13);
	rec->significant = sqlite3_column_int(stmt, 14);
	rec->on_hold = sqlite3_column_int(stmt, 15);
	rec->closure_requested = sqlite3_column_int(stmt, 16);
	rec->partially_addressed = sqlite3_column_int(stmt, 17);
	for (i = 0; i < RT_MONEY_COUNT; i++)
		rec->money[i] = sq_col_money(stmt, 18 + i);
	sq_col_date(stmt, 18 + RT_MONEY_COUNT, rec->report_issued);
	rec->issuer = sq_col_str(stmt, 19 + RT_MONEY_COUNT);
	rec->agency_path = sq_col_str(stmt, 20 + RT_MONEY_COUNT);
	rec->report_fy = sqlite3_column_int(stmt, 21 + RT_MONEY_COUNT);
}

static struct rt_error *
rec_query(struct sq_store *st, const struct rt_filter *f, const char *number,
    int lean, int (*cb)(const struct rt_rec *, void *), void *arg,
    int *found)
{
	struct rt_error *err;
	struct rt_rec rec;
	struct rt_buf q = { 0 };
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	*found = 0;
	if (f->agency)
		rt_buf_puts(&q, SQL_SUBTREE);
	rt_buf_puts(&q, lean ? SQL_REC_LEAN_SELECT : SQL_REC_SELECT);
	if (number || f->agency || f->statuses || f->concurrences ||
	    f->priority || f->overdue_before || f->nofficials ||
	    f->due_from || f->unresolved_before || f->no_target)
		rt_buf_puts(&q, lean ? SQL_REC_LEAN_FROM_RECS :
		    SQL_REC_FROM_RECS);
	else
		rt_buf_puts(&q, lean ? SQL_REC_LEAN_FROM_REPORTS :
		    SQL_REC_FROM_REPORTS);
	sq_where_rec(&q, f, number);
	/* issue date, then number (unique: sort_key is its natural-order
	 * key), then the recommendation's number.  Naming every column of
	 * report_order and the rowid tells SQLite that the walk of that
	 * index already gives the report order, and recommendation_order
	 * each report's: no sort at all. */
	rt_buf_puts(&q, " ORDER BY r.issued, r.sort_key, r.number, "
	    "r.issuer_id, r.fiscal_year, r.id, c.sort_key");
	if (q.s == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	err = sq_prepare(st, q.s, &stmt);
	rt_buf_free(&q);
	if (err)
		return err;
	sq_bind_filter(stmt, f, NULL, number);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		(*found)++;
		if (lean) {
			lean_from_row(stmt, &rec);
			stop = cb(&rec, arg);
			continue;
		}
		rec_from_row(stmt, &rec);
		stop = cb(&rec, arg);
		rt_rec_free(&rec);
	}
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read recommendations");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_rec_get(void *impl, const char *report, const char *number,
    struct rt_rec *out, int *found)
{
	struct sq_store *st = impl;
	struct rt_filter f = { .report = report };

	rt_rec_init(out);
	return rec_query(st, &f, number, 0, store_rec_copy, out, found);
}

struct rt_error *
sq_rec_list(void *impl, const struct rt_filter *f, int lean,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	struct sq_store *st = impl;
	int found;

	return rec_query(st, f, NULL, lean, cb, arg, &found);
}

/* ---- rows as stored ---------------------------------------------------- */

static char *
dup_col(sqlite3_stmt *stmt, int i, int *nomem)
{
	const char *s = (const char *)sqlite3_column_text(stmt, i);
	char *d;

	if (s == NULL)
		return NULL;
	if ((d = rt_strdup(s)) == NULL)
		*nomem = 1;
	return d;
}

struct rt_error *
sq_stored_reports(void *impl,
    int (*cb)(const struct rt_stored_report *, void *), void *arg)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "SELECT r.id, r.number, r.title, i.code, r.type, r.issued, "
	    "  r.fiscal_year, a.code, r.sensitivity, r.url, r.summary "
	    "FROM report r LEFT JOIN issuer i ON i.id = r.issuer_id "
	    "  LEFT JOIN agency a ON a.id = r.agency_id ORDER BY r.id";
	struct rt_error *err;
	struct rt_stored_report r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		/* each column read once, as text: the pointers stay valid
		 * until the next step */
		r.id = sqlite3_column_int64(stmt, 0);
		r.number = (const char *)sqlite3_column_text(stmt, 1);
		r.title = (const char *)sqlite3_column_text(stmt, 2);
		r.issuer = (const char *)sqlite3_column_text(stmt, 3);
		r.type = (const char *)sqlite3_column_text(stmt, 4);
		r.issued = (const char *)sqlite3_column_text(stmt, 5);
		r.fiscal_year = sqlite3_column_int64(stmt, 6);
		r.agency = (const char *)sqlite3_column_text(stmt, 7);
		r.sensitivity = (const char *)sqlite3_column_text(stmt, 8);
		r.url = (const char *)sqlite3_column_text(stmt, 9);
		r.summary = (const char *)sqlite3_column_text(stmt, 10);
		stop = cb(&r, arg);
	}
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read reports");
	sq_release(st, stmt);
	return err;
}

/*
 * Every recommendation joined with its events: the recommendations in
 * id order (the table itself), each one's events through the index
 * event_recommendation, so that nothing is sorted.
 */
static const char SQL_STORED_RECS[] =
    "SELECT c.id, r.number, r.issued, c.number, c.text, a.code, "
    "  c.official, c.corrective_action, c.concurrence, c.status, "
    "  c.target_date, c.original_target_date, c.resolved_date, "
    "  c.closed_date, c.priority, c.significant, c.on_hold, "
    "  c.closure_requested, c.partially_addressed, c.questioned_cost, "
    "  c.unsupported_cost, c.funds_better_use, c.potential_savings, "
    "  c.disallowed_cost, c.fbu_agreed, e.id, e.at, e.effective, e.actor, e.kind, e.field, e.old, e.new, "
    "  e.note, e.voids "
    "FROM recommendation c LEFT JOIN report r ON r.id = c.report_id "
    "  LEFT JOIN agency a ON a.id = c.agency_id "
    "  LEFT JOIN event e ON e.recommendation_id = c.id "
    "ORDER BY c.id, e.effective, e.id";

#define STORED_EVENT_COL (19 + RT_MONEY_COUNT)

/* Start the group of the recommendation in the current row. */
static int
group_rec(struct store_group *g, sqlite3_stmt *stmt)
{
	struct rt_stored_rec *r = &g->rec;
	int nomem = 0, i;

	memset(r, 0, sizeof(*r));
	for (i = 0; i < STORE_GROUP_STRINGS; i++)
		g->s[i] = dup_col(stmt, i + 1, &nomem);
	store_group_start(g);
	r->id = sqlite3_column_int64(stmt, 0);
	r->priority = sqlite3_column_int64(stmt, 14);
	r->significant = sqlite3_column_int64(stmt, 15);
	r->on_hold = sqlite3_column_int64(stmt, 16);
	r->closure_requested = sqlite3_column_int64(stmt, 17);
	r->partially_addressed = sqlite3_column_int64(stmt, 18);
	for (i = 0; i < RT_MONEY_COUNT; i++) {
		r->money_null[i] = sqlite3_column_type(stmt, 19 + i) ==
		    SQLITE_NULL;
		r->money[i] = sqlite3_column_int64(stmt, 19 + i);
	}
	return nomem ? -1 : 0;
}

/* Add the event in the current row (if any) to the group. */
static int
group_event(struct store_group *g, sqlite3_stmt *stmt)
{
	struct rt_stored_event *ev;
	int nomem = 0, c = STORED_EVENT_COL;

	if (sqlite3_column_type(stmt, c) == SQLITE_NULL)
		return 0;	/* a recommendation without events */
	if ((ev = store_group_event(g)) == NULL)
		return -1;
	ev->id = sqlite3_column_int64(stmt, c);
	ev->at = dup_col(stmt, c + 1, &nomem);
	ev->effective = dup_col(stmt, c + 2, &nomem);
	ev->actor = dup_col(stmt, c + 3, &nomem);
	ev->kind = dup_col(stmt, c + 4, &nomem);
	ev->field = dup_col(stmt, c + 5, &nomem);
	ev->old = dup_col(stmt, c + 6, &nomem);
	ev->new = dup_col(stmt, c + 7, &nomem);
	ev->note = dup_col(stmt, c + 8, &nomem);
	ev->voids = sqlite3_column_int64(stmt, c + 9);
	return nomem ? -1 : 0;
}

struct rt_error *
sq_stored_recs(void *impl,
    int (*cb)(const struct rt_stored_rec *, void *), void *arg)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	struct store_group g;
	sqlite3_stmt *stmt;
	int rc, stop = 0, nomem = 0;

	memset(&g, 0, sizeof(g));
	g.cb = cb;
	g.arg = arg;
	if ((err = sq_prepare(st, SQL_STORED_RECS, &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (g.have && sqlite3_column_int64(stmt, 0) != g.rec.id &&
		    (stop = store_group_flush(&g)))
			break;
		if ((!g.have && group_rec(&g, stmt) == -1) ||
		    group_event(&g, stmt) == -1) {
			nomem = 1;
			break;
		}
	}
	if (nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read recommendations");
	else if (!stop && g.have)
		store_group_flush(&g);
	sq_release(st, stmt);
	store_group_free(&g);
	return err;
}
