/*
 * rectrack — the store on a PostgreSQL server: recommendations and their
 * events (the SQLite store's sq_rec_* and sq_event_*, sq_rec.c,
 * give the same answers in the same order).
 *
 * Every statement is constant text, or constant fragments chosen by
 * which filters are set; user values only ever reach the server as
 * parameters ($1 …), numbered as the fragments are put together.
 *
 * Listings walk a server-side cursor a chunk of rows at a time, so that
 * a listing of a million recommendations keeps memory flat and the
 * callbacks may run queries of their own (an export reads each
 * recommendation's history in the middle of the walk).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/store.h"

/* Rows fetched from a listing's cursor at a time. */
#define PG_CHUNK 10000
#define PG_CHUNK_TEXT "10000"

/* The most parameters a listing's conditions take: report, issuer,
 * agency, topic, fiscal year, issue dates, number, overdue, the queue's
 * three dates, one per status and per concurrence, and up to 64
 * officials. */
#define PG_MAXPARAMS (13 + RT_STATUS_COUNT + RT_CONC_COUNT + 64)


/* ---- listings: putting the query together ----------------------------- */

struct query {
	struct rt_buf q;
	const char *v[PG_MAXPARAMS];
	char fys[PG_FYS_SIZE];
	int n;
	int nomem;
};

static void
sql(struct query *qu, const char *text)
{
	if (rt_buf_puts(&qu->q, text) == -1)
		qu->nomem = 1;
}

/* Append "$n" and a cast (may be ""), value being parameter n. */
static void
param(struct query *qu, const char *value, const char *cast)
{
	if (qu->n >= PG_MAXPARAMS) {
		qu->nomem = 1;
		return;
	}
	qu->v[qu->n++] = value;
	if (rt_buf_printf(&qu->q, "$%d%s", qu->n, cast) == -1)
		qu->nomem = 1;
}

/* The agencies under the filter's agency, itself included. */
static void
subtree(struct query *qu, const char *agency)
{
	sql(qu, "WITH RECURSIVE sub(id) AS ("
	    "  SELECT id FROM agency WHERE code = ");
	param(qu, agency, "");
	sql(qu, "  UNION ALL SELECT a.id FROM agency a JOIN sub "
	    "ON a.parent_id = sub.id) ");
}

/* " AND column IN ($a, $b)" for the bits of mask. */
static void
where_in(struct query *qu, const char *column, unsigned mask,
    const char *(*name)(int), int count)
{
	int i, n = 0;

	sql(qu, " AND ");
	sql(qu, column);
	sql(qu, " IN (");
	for (i = 0; i < count; i++)
		if (mask & (1u << i)) {
			sql(qu, n++ ? ", " : "");
			param(qu, name(i), "");
		}
	sql(qu, ")");
}

/* The queue conditions of f on c, as in sq_meta.c. */
static void
where_rec_queue(struct query *qu, const struct rt_filter *f)
{
	size_t i;

	if (f->nofficials) {
		sql(qu, " AND c.official IN (");
		for (i = 0; i < f->nofficials; i++) {
			sql(qu, i ? ", " : "");
			param(qu, f->officials[i], "::text");
		}
		sql(qu, ")");
	}
	if (f->due_from && f->due_to) {
		sql(qu, " AND c.status LIKE 'open-%' AND c.target_date >= ");
		param(qu, f->due_from, "::date");
		sql(qu, " AND c.target_date <= ");
		param(qu, f->due_to, "::date");
	}
	if (f->unresolved_before) {
		sql(qu, " AND c.status IN ('open-unresolved', 'open-pending') "
		    "AND r.issued < ");
		param(qu, f->unresolved_before, "::date");
	}
	if (f->no_target)
		sql(qu, " AND c.status LIKE 'open-%' "
		    "AND c.target_date IS NULL");
}

/* The conditions of f on the report r (its issuer i) and the
 * recommendation c, as sq_where_report() and sq_where_rec() in
 * sq_meta.c. */
static void
where_rec(struct query *qu, const struct rt_filter *f, const char *number)
{
	if (f->report) {
		sql(qu, " AND r.number = ");
		param(qu, f->report, "");
	}
	if (f->issuer) {
		sql(qu, " AND i.code = ");
		param(qu, f->issuer, "");
	}
	if (f->agency)
		sql(qu, " AND c.agency_id IN (SELECT id FROM sub)");
	if (f->topic) {
		/* topic names match without regard to ASCII case, as
		 * SQLite's NOCASE (index topic_name) */
		sql(qu, " AND r.id IN (SELECT rt.report_id FROM "
		    "report_topic rt JOIN topic t ON t.id = rt.topic_id "
		    "WHERE lower(t.name) = lower(");
		param(qu, f->topic, "::text");
		sql(qu, "))");
	}
	if (f->nfys) {
		sql(qu, " AND r.fiscal_year = ANY(");
		param(qu, pg_fys_param(qu->fys, f), "::integer[]");
		sql(qu, ")");
	}
	if (f->issued_from) {
		sql(qu, " AND r.issued >= ");
		param(qu, f->issued_from, "::date");
	}
	if (f->issued_to) {
		sql(qu, " AND r.issued <= ");
		param(qu, f->issued_to, "::date");
	}
	if (number) {
		sql(qu, " AND c.number = ");
		param(qu, number, "");
	}
	if (f->statuses)
		where_in(qu, "c.status", f->statuses, rt_status_name,
		    RT_STATUS_COUNT);
	if (f->concurrences)
		where_in(qu, "c.concurrence", f->concurrences,
		    rt_concurrence_name, RT_CONC_COUNT);
	if (f->priority)
		sql(qu, " AND c.priority = 1");
	if (f->overdue_before) {
		sql(qu, " AND c.status = 'open-resolved' AND c.target_date < ");
		param(qu, f->overdue_before, "::date");
	}
	where_rec_queue(qu, f);
}

static const char SQL_REC_SELECT[] =
    "SELECT c.id, r.number, c.number, c.text, a.code, c.official, "
    "  c.concurrence, c.status, c.target_date, c.original_target_date, "
    "  c.resolved_date, c.closed_date, c.corrective_action, c.priority, "
    "  c.significant, c.on_hold, c.closure_requested, "
    "  c.partially_addressed, c.questioned_cost, c.unsupported_cost, "
    "  c.funds_better_use, c.potential_savings, c.disallowed_cost, "
    "  c.fbu_agreed, r.issued, i.code, a.path, r.fiscal_year "
    "FROM recommendation c JOIN report r ON r.id = c.report_id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency_tree a ON a.id = c.agency_id "
    "WHERE true";

/* What a count needs and no more (rt_store_rec_list_lean): no text, no
 * agency path. */
static const char SQL_REC_LEAN_SELECT[] =
    "SELECT c.id, r.number, c.number, a.code, c.official, c.status, "
    "  c.target_date, c.priority, c.questioned_cost, c.funds_better_use, "
    "  r.issued, i.code, r.fiscal_year "
    "FROM recommendation c JOIN report r ON r.id = c.report_id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency a ON a.id = c.agency_id "
    "WHERE true";

/* Report issue date, report number in natural order (then as written:
 * the key of "01" and "1" is the same), then the recommendation's
 * number the same way: the order of store.h. */
static const char SQL_REC_ORDER[] =
    " ORDER BY r.issued, r.sort_key, r.number, c.sort_key, c.number";

/* The listing of f (with number, the one recommendation); lean: the
 * columns of SQL_REC_LEAN_SELECT. */
static struct rt_error *
rec_query(struct query *qu, const struct rt_filter *f, const char *number,
    int lean)
{
	memset(qu, 0, sizeof(*qu));
	if (f->agency)
		subtree(qu, f->agency);
	sql(qu, lean ? SQL_REC_LEAN_SELECT : SQL_REC_SELECT);
	where_rec(qu, f, number);
	sql(qu, SQL_REC_ORDER);
	if (qu->nomem || qu->q.s == NULL) {
		rt_buf_free(&qu->q);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	return NULL;
}

/* ---- listings: reading the rows ----------------------------------------- */

/* The strings of a lean row point into the result: valid while it is,
 * never freed. */
static void
lean_from_row(const PGresult *res, int i, struct rt_rec *rec)
{
	rt_rec_init(rec);
	rec->id = pg_int(res, i, 0);
	rec->report = (char *)pg_str(res, i, 1);
	rec->number = (char *)pg_str(res, i, 2);
	rec->agency = (char *)pg_str(res, i, 3);
	rec->official = (char *)pg_str(res, i, 4);
	rt_status_parse(pg_str(res, i, 5), &rec->status);
	pg_date(res, i, 6, rec->target_date);
	rec->priority = (int)pg_int(res, i, 7);
	rec->money[RT_QUESTIONED_COST] = pg_money(res, i, 8);
	rec->money[RT_FUNDS_BETTER_USE] = pg_money(res, i, 9);
	pg_date(res, i, 10, rec->report_issued);
	rec->issuer = (char *)pg_str(res, i, 11);
	rec->report_fy = (int)pg_int(res, i, 12);
}

/* A full row, its strings newly allocated (rt_rec_free, also after a
 * failure); -1 when out of memory. */
static int
rec_from_row(const PGresult *res, int i, struct rt_rec *rec)
{
	int m, nomem = 0;

	rt_rec_init(rec);
	rec->id = pg_int(res, i, 0);
	rec->report = pg_dup(res, i, 1, &nomem);
	rec->number = pg_dup(res, i, 2, &nomem);
	rec->text = pg_dup(res, i, 3, &nomem);
	rec->agency = pg_dup(res, i, 4, &nomem);
	rec->official = pg_dup(res, i, 5, &nomem);
	rt_concurrence_parse(pg_str(res, i, 6), &rec->concurrence);
	rt_status_parse(pg_str(res, i, 7), &rec->status);
	pg_date(res, i, 8, rec->target_date);
	pg_date(res, i, 9, rec->original_target_date);
	pg_date(res, i, 10, rec->resolved_date);
	pg_date(res, i, 11, rec->closed_date);
	rec->corrective_action = pg_dup(res, i, 12, &nomem);
	rec->priority = (int)pg_int(res, i, 13);
	rec->significant = (int)pg_int(res, i, 14);
	rec->on_hold = (int)pg_int(res, i, 15);
	rec->closure_requested = (int)pg_int(res, i, 16);
	rec->partially_addressed = (int)pg_int(res, i, 17);
	for (m = 0; m < RT_MONEY_COUNT; m++)
		rec->money[m] = pg_money(res, i, 18 + m);
	pg_date(res, i, 18 + RT_MONEY_COUNT, rec->report_issued);
	rec->issuer = pg_dup(res, i, 19 + RT_MONEY_COUNT, &nomem);
	rec->agency_path = pg_dup(res, i, 20 + RT_MONEY_COUNT, &nomem);
	rec->report_fy = (int)pg_int(res, i, 21 + RT_MONEY_COUNT);
	return nomem ? -1 : 0;
}

/* ---- listings: each recommendation's events --------------------------- */

/*
 * A walk in progress (st->walk, innermost first): the recommendation
 * its callback holds, and the cursor over the events of the listing's
 * recommendations, declared when a callback first reads the history of
 * the recommendation it was handed.  Each event row carries the
 * ordinal of its recommendation in the listing (row_number over the
 * listing's order), so that the two cursors are read in lockstep: the
 * events of recommendation k are the rows numbered k.  Both cursors see
 * one snapshot (a REPEATABLE READ transaction); in a write transaction,
 * whose callbacks may write what the cursor would not see, the history
 * is read per recommendation as before; so it is for a listing of one
 * report.
 */
struct pg_walk {
	struct pg_walk *up;
	const struct rt_filter *f;
	const char *name;		/* the listing's cursor */
	int64_t cur;			/* the recommendation handed over */
	int64_t k;			/* its ordinal, from 1 */
	int64_t served;			/* the ordinal whose events were read */
	int state;			/* 0 not declared, 1 open, -1 unused */
	PGresult *page;			/* the events cursor's page */
	int row, nrows, end;
	/* the same for the listing's reports, read up to the report of
	 * the recommendation handed over */
	const char *report;
	int rstate;
	PGresult *rpage;
	int rrow, rnrows, rend;
};

/* The events of the recommendations of f, numbered in the listing's
 * order. */
static struct rt_error *
events_query(struct query *qu, const struct rt_filter *f, const char *name)
{
	memset(qu, 0, sizeof(*qu));
	if (rt_buf_printf(&qu->q, "DECLARE %s_e NO SCROLL CURSOR FOR ",
	    name) == -1)
		qu->nomem = 1;
	if (f->agency) {
		subtree(qu, f->agency);
		sql(qu, ", ");
	} else
		sql(qu, "WITH ");
	sql(qu, "recs(id, k) AS (SELECT c.id, row_number() OVER ("
	    "ORDER BY r.issued, r.sort_key, r.number, c.sort_key, c.number) "
	    "FROM recommendation c JOIN report r ON r.id = c.report_id "
	    "  JOIN issuer i ON i.id = r.issuer_id "
	    "  JOIN agency a ON a.id = c.agency_id "
	    "WHERE true");
	where_rec(qu, f, NULL);
	sql(qu, ") SELECT recs.k, " PG_EVENT_COLS " FROM recs "
	    "JOIN event e ON e.recommendation_id = recs.id "
	    "ORDER BY recs.k, e.effective, e.id");
	if (qu->nomem || qu->q.s == NULL) {
		rt_buf_free(&qu->q);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	return NULL;
}

static struct rt_error *
events_open(struct pg_store *st, struct pg_walk *w)
{
	struct rt_error *err;
	struct query qu;

	if ((err = events_query(&qu, w->f, w->name)) == NULL)
		err = pg_exec(st, "cannot read the history", qu.q.s, qu.n,
		    qu.v, NULL);
	rt_buf_free(&qu.q);
	if (err == NULL)
		w->state = 1;
	return err;
}

/* The next page of the events cursor into w->page; w->end at its end. */
static struct rt_error *
events_page(struct pg_store *st, struct pg_walk *w)
{
	struct rt_error *err;
	char fetch[64];

	PQclear(w->page);
	w->page = NULL;
	w->row = w->nrows = 0;
	snprintf(fetch, sizeof(fetch), "FETCH " PG_CHUNK_TEXT " FROM %s_e",
	    w->name);
	if ((err = pg_query(st, "cannot read the history", fetch, 0, NULL,
	    &w->page, NULL)))
		return err;
	w->nrows = PQntuples(w->page);
	w->end = w->nrows < PG_CHUNK;
	return NULL;
}

struct rt_error *
pg_walk_events(struct pg_store *st, int64_t rec_id,
    int (*cb)(const struct rt_event *, void *), void *arg, int *served)
{
	struct rt_error *err;
	struct rt_event ev;
	struct pg_walk *w;
	int64_t k;
	int stop = 0;

	*served = 0;
	for (w = st->walk; w && w->cur != rec_id; w = w->up)
		;
	if (w == NULL || w->state < 0 || w->served == w->k)
		return NULL;
	if (w->state == 0 && (err = events_open(st, w)))
		return err;
	*served = 1;
	w->served = w->k;
	for (;;) {
		if (w->row == w->nrows) {
			if (w->end)
				break;
			if ((err = events_page(st, w)))
				return err;
			if (w->nrows == 0)
				break;
		}
		k = pg_int(w->page, w->row, 0);
		if (k > w->k)
			break;
		if (k == w->k && !stop) {
			/* the strings point into the page, valid during
			 * the callback (store.h) */
			pg_row_event(w->page, w->row, 1, &ev);
			ev.rec = rec_id;
			stop = cb(&ev, arg);
		}
		w->row++;
	}
	return NULL;
}

/* The reports of the recommendations of f, in the listing's order. */
static struct rt_error *
reports_open(struct pg_store *st, struct pg_walk *w)
{
	struct rt_error *err;
	struct query qu;

	memset(&qu, 0, sizeof(qu));
	if (rt_buf_printf(&qu.q, "DECLARE %s_r NO SCROLL CURSOR FOR ",
	    w->name) == -1)
		qu.nomem = 1;
	if (w->f->agency)
		subtree(&qu, w->f->agency);
	sql(&qu, PG_REPORT_FROM "WHERE r.id IN (SELECT c.report_id "
	    "FROM recommendation c JOIN report r ON r.id = c.report_id "
	    "  JOIN issuer i ON i.id = r.issuer_id "
	    "  JOIN agency a ON a.id = c.agency_id WHERE true");
	where_rec(&qu, w->f, NULL);
	sql(&qu, ") ORDER BY r.issued, r.sort_key, r.number");
	if (qu.nomem || qu.q.s == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else
		err = pg_exec(st, store_report_kind.error, qu.q.s, qu.n, qu.v,
		    NULL);
	rt_buf_free(&qu.q);
	if (err == NULL)
		w->rstate = 1;
	return err;
}

struct rt_error *
pg_walk_report(struct pg_store *st, const char *number,
    int (*cb)(const struct rt_report *, void *), void *arg, int *found,
    int *served)
{
	struct rt_error *err;
	struct pg_walk *w;
	char fetch[64];
	int stop;

	*served = 0;
	for (w = st->walk; w; w = w->up)
		if (w->report && strcmp(w->report, number) == 0)
			break;
	if (w == NULL || w->rstate < 0)
		return NULL;
	if (w->rstate == 0 && (err = reports_open(st, w)))
		return err;
	for (;;) {
		if (w->rrow < w->rnrows) {
			if (strcmp(pg_str(w->rpage, w->rrow, 0), number) == 0)
				break;
			w->rrow++;	/* a report no callback asked for */
			continue;
		}
		if (w->rend) {
			/* not found in order: ask the server */
			w->rstate = -1;
			return NULL;
		}
		PQclear(w->rpage);
		w->rpage = NULL;
		w->rrow = w->rnrows = 0;
		snprintf(fetch, sizeof(fetch), "FETCH " PG_CHUNK_TEXT
		    " FROM %s_r", w->name);
		if ((err = pg_query(st, store_report_kind.error, fetch, 0,
		    NULL, &w->rpage, NULL)))
			return err;
		w->rnrows = PQntuples(w->rpage);
		w->rend = w->rnrows < PG_CHUNK;
	}
	/* the row stays: the next recommendation may ask again */
	*served = 1;
	if ((err = pg_row_of(w->rpage, w->rrow, &store_report_kind,
	    (void (*)(void))cb, arg, &stop)) == NULL)
		*found = 1;
	return err;
}

/* Close the cursors of the events and reports that w opened. */
static struct rt_error *
walk_close(struct pg_store *st, struct pg_walk *w)
{
	struct rt_error *err = NULL;
	char close[64];

	if (w->state == 1) {
		snprintf(close, sizeof(close), "CLOSE %s_e", w->name);
		err = pg_exec(st, "cannot read the history", close, 0, NULL,
		    NULL);
	}
	if (err == NULL && w->rstate == 1) {
		snprintf(close, sizeof(close), "CLOSE %s_r", w->name);
		err = pg_exec(st, store_report_kind.error, close, 0, NULL,
		    NULL);
	}
	return err;
}

/*
 * Call cb with each row of the listing qu (of the filter f), through a
 * cursor read PG_CHUNK rows at a time; outside a transaction, in one of
 * its own (a cursor lives in one) that ends with the walk: REPEATABLE
 * READ, so that the cursor over the events (struct pg_walk) sees what
 * the listing saw.
 */
static struct rt_error *
rec_walk(struct pg_store *st, struct query *qu, const struct rt_filter *f,
    int lean, int (*cb)(const struct rt_rec *, void *), void *arg)
{
	static unsigned serial;
	struct rt_error *err = NULL;
	struct rt_buf decl = { 0 }, fetch = { 0 }, close = { 0 };
	struct pg_walk w = { 0 };
	struct rt_rec rec;
	PGresult *res = NULL;
	char name[32];
	int i, n, own, stop = 0;

	/* one name per walk: a callback may walk another listing */
	snprintf(name, sizeof(name), "rt_recs_%u", ++serial);
	if (rt_buf_printf(&decl, "DECLARE %s NO SCROLL CURSOR FOR ", name) ||
	    rt_buf_puts(&decl, qu->q.s) ||
	    rt_buf_printf(&fetch, "FETCH " PG_CHUNK_TEXT " FROM %s", name) ||
	    rt_buf_printf(&close, "CLOSE %s", name)) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	own = PQtransactionStatus(st->conn) == PQTRANS_IDLE;
	if (own && (err = pg_exec(st, "cannot start a transaction",
	    "BEGIN ISOLATION LEVEL REPEATABLE READ", 0, NULL, NULL)))
		goto done;
	if ((err = pg_exec(st, "cannot read recommendations", decl.s, qu->n,
	    qu->v, NULL)))
		goto end;
	w.up = st->walk;
	w.f = f;
	w.name = name;
	/* a listing of one report (the export's, report by report) is a
	 * few rows: a cursor of their events would cost more to plan than
	 * the queries it saves */
	w.state = w.rstate = st->in_tx || f->report ? -1 : 0;
	st->walk = &w;
	do {
		if ((err = pg_query(st, "cannot read recommendations", fetch.s,
		    0, NULL, &res, NULL)))
			goto end;
		n = PQntuples(res);
		for (i = 0; i < n && !stop; i++) {
			w.k++;
			if (lean) {
				lean_from_row(res, i, &rec);
				w.cur = rec.id;
				w.report = rec.report;
				stop = cb(&rec, arg);
				continue;
			}
			if (rec_from_row(res, i, &rec) == -1) {
				rt_rec_free(&rec);
				err = rt_error_new(RT_ENOMEM, "out of memory");
				goto end;
			}
			w.cur = rec.id;
			w.report = rec.report;
			stop = cb(&rec, arg);
			w.report = NULL;
			rt_rec_free(&rec);
		}
		PQclear(res);
		res = NULL;
	} while (!stop && n == PG_CHUNK);
	/* the end of the transaction closes the cursors */
	if (!own)
		err = pg_exec(st, "cannot read recommendations", close.s, 0,
		    NULL, NULL);
	if (!own && err == NULL)
		err = walk_close(st, &w);
end:
	if (st->walk == &w)
		st->walk = w.up;
	PQclear(w.page);
	PQclear(w.rpage);
	PQclear(res);
	if (own) {
		if (err == NULL)
			err = pg_exec(st, "cannot read recommendations",
			    "COMMIT", 0, NULL, NULL);
		else
			PQclear(PQexec(st->conn, "ROLLBACK"));
	}
done:
	rt_buf_free(&decl);
	rt_buf_free(&fetch);
	rt_buf_free(&close);
	return err;
}

struct rt_error *
pg_rec_list(void *impl, const struct rt_filter *f, int lean,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	struct query qu;

	if ((err = rec_query(&qu, f, NULL, lean)))
		return err;
	err = rec_walk(st, &qu, f, lean, cb, arg);
	rt_buf_free(&qu.q);
	return err;
}

/*
 * One recommendation.  In a write transaction its row is locked (FOR
 * UPDATE) until the commit: every command reads a recommendation this
 * way before it changes it, so two commands changing the same one take
 * turns, and the second reads (READ COMMITTED re-reads a row it waited
 * for) what the first committed.  The listings lock nothing: what they
 * find is read again here before it is changed.
 */
struct rt_error *
pg_rec_get(void *impl, const char *report, const char *number,
    struct rt_rec *out, int *found)
{
	struct pg_store *st = impl;
	struct rt_filter f = { .report = report };
	struct rt_error *err;
	struct query qu;
	PGresult *res;

	rt_rec_init(out);
	if ((err = rec_query(&qu, &f, number, 0)))
		return err;
	if (st->in_tx)
		sql(&qu, " FOR UPDATE OF c");
	if (qu.nomem || qu.q.s == NULL) {
		rt_buf_free(&qu.q);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	err = pg_query(st, "cannot read recommendations", qu.q.s, qu.n, qu.v,
	    &res, NULL);
	rt_buf_free(&qu.q);
	if (err)
		return err;
	if ((*found = PQntuples(res) > 0) && rec_from_row(res, 0, out) == -1) {
		PQclear(res);
		rt_rec_free(out);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	PQclear(res);
	if (*found)
		pg_subject_note(st, out->id, out->report, out->number);
	return NULL;
}

/* ---- writing recommendations ------------------------------------------ */

/* Why a write that names a report (may be NULL) and an agency found no
 * row: the first of them missing, as the SQLite store looks them up;
 * NULL when both are there. */
static struct rt_error *
missing(struct pg_store *st, const char *report, const char *agency)
{
	struct rt_error *err;
	PGresult *res;
	const char *p[2] = { report, agency };
	int has_report, has_agency;

	if ((err = pg_query(st, "lookup", "SELECT "
	    "EXISTS (SELECT 1 FROM report WHERE number = $1), "
	    "EXISTS (SELECT 1 FROM agency WHERE code = $2)", 2, p, &res,
	    NULL)))
		return err;
	has_report = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	has_agency = strcmp(PQgetvalue(res, 0, 1), "t") == 0;
	PQclear(res);
	if (report && !has_report)
		return store_no_report(report);
	if (!has_agency)
		return store_no_agency(agency);
	return NULL;
}

void
pg_rec_params(const struct rt_rec *rec, const char **p, char buf[][24])
{
	int i;

	p[0] = pg_text_param(rec->official);
	p[1] = rt_concurrence_name(rec->concurrence);
	p[2] = rt_status_name(rec->status);
	p[3] = pg_date_param(rec->target_date);
	p[4] = pg_date_param(rec->original_target_date);
	p[5] = pg_date_param(rec->resolved_date);
	p[6] = pg_date_param(rec->closed_date);
	p[7] = pg_text_param(rec->corrective_action);
	p[8] = rec->priority ? "1" : "0";
	p[9] = rec->significant ? "1" : "0";
	p[10] = rec->on_hold ? "1" : "0";
	p[11] = rec->closure_requested ? "1" : "0";
	p[12] = rec->partially_addressed ? "1" : "0";
	for (i = 0; i < RT_MONEY_COUNT; i++)
		p[13 + i] = pg_money_param(buf[i], rec->money[i]);
}

/*
 * One statement: the report and the agency are found by the insert
 * itself, and a number already taken inserts nothing (ON CONFLICT) —
 * no error that would abort the caller's transaction; only then is the
 * reason looked up.
 */
struct rt_error *
pg_rec_insert(void *impl, struct rt_rec *rec)
{
	struct pg_store *st = impl;
	static const char sql_insert[] =
	    "INSERT INTO recommendation(report_id, number, sort_key, text, "
	    "agency_id, official, concurrence, status, target_date, "
	    "original_target_date, resolved_date, closed_date, "
	    "corrective_action, priority, significant, on_hold, "
	    "closure_requested, partially_addressed, questioned_cost, "
	    "unsupported_cost, funds_better_use, potential_savings, "
	    "disallowed_cost, fbu_agreed) "
	    "SELECT r.id, $2, $3, $4, a.id, $6, $7, $8, $9::date, $10::date, "
	    "  $11::date, $12::date, $13, $14::smallint, $15::smallint, "
	    "  $16::smallint, $17::smallint, $18::smallint, $19::bigint, "
	    "  $20::bigint, $21::bigint, $22::bigint, $23::bigint, "
	    "  $24::bigint "
	    "FROM report r, agency a WHERE r.number = $1 AND a.code = $5 "
	    "ON CONFLICT (report_id, number) DO NOTHING RETURNING id";
	struct rt_error *err;
	PGresult *res;
	const char *p[5 + 13 + RT_MONEY_COUNT];
	char buf[RT_MONEY_COUNT][24];
	char *key;
	int held;

	/* in a long run, held back and sent with others (pg_bulk.c) */
	if ((err = pg_bulk_rec(st, rec, &held)) || held)
		return err;
	if ((key = rt_natkey(rec->number ? rec->number : "")) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	p[0] = rec->report;
	p[1] = pg_text_param(rec->number);
	p[2] = key;
	p[3] = pg_text_param(rec->text);
	p[4] = rec->agency;
	pg_rec_params(rec, p + 5, buf);
	err = pg_query(st, "cannot add the recommendation", sql_insert,
	    (int)(sizeof(p) / sizeof(p[0])), p, &res, NULL);
	free(key);
	if (err)
		return err;
	if (PQntuples(res) == 1) {
		rec->id = pg_int(res, 0, 0);
		PQclear(res);
		pg_subject_note(st, rec->id, rec->report, rec->number);
		return NULL;
	}
	PQclear(res);
	if ((err = missing(st, rec->report, rec->agency)))
		return err;
	return store_rec_exists(rec->report, rec->number);
}

struct rt_error *
pg_rec_update(void *impl, const struct rt_rec *rec)
{
	struct pg_store *st = impl;
	static const char sql_update[] =
	    "UPDATE recommendation c SET text = $2, agency_id = a.id, "
	    "official = $4, concurrence = $5, status = $6, "
	    "target_date = $7::date, original_target_date = $8::date, "
	    "resolved_date = $9::date, closed_date = $10::date, "
	    "corrective_action = $11, priority = $12::smallint, "
	    "significant = $13::smallint, on_hold = $14::smallint, "
	    "closure_requested = $15::smallint, "
	    "partially_addressed = $16::smallint, "
	    "questioned_cost = $17::bigint, unsupported_cost = $18::bigint, "
	    "funds_better_use = $19::bigint, "
	    "potential_savings = $20::bigint, disallowed_cost = $21::bigint, "
	    "fbu_agreed = $22::bigint "
	    "FROM agency a WHERE c.id = $1::bigint AND a.code = $3";
	struct rt_error *err;
	PGresult *res;
	const char *p[3 + 13 + RT_MONEY_COUNT];
	char buf[RT_MONEY_COUNT][24], idbuf[24];
	int changed;

	p[0] = pg_int_param(idbuf, rec->id);
	p[1] = pg_text_param(rec->text);
	p[2] = rec->agency;
	pg_rec_params(rec, p + 3, buf);
	if ((err = pg_query(st, "cannot update the recommendation",
	    sql_update, (int)(sizeof(p) / sizeof(p[0])), p, &res, NULL)))
		return err;
	changed = strcmp(PQcmdTuples(res), "0") != 0;
	PQclear(res);
	/* nothing changed: an unknown agency is an error; an unknown id is
	 * not (an UPDATE of no row, as in SQLite) */
	if (!changed)
		return missing(st, NULL, rec->agency);
	return NULL;
}

