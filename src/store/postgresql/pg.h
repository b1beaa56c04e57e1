/*
 * rectrack — the PostgreSQL store's insides, shared by its files:
 * pg_store.c (connection, schema, transactions), pg_meta.c (issuers,
 * agencies, reports), pg_rec.c (recommendations and events), pg_check.c
 * (checks, the rows as stored), pg_search.c (full-text search) and
 * pg_bulk.c (a long run of writes sent with COPY);
 * pg_ops.c gathers the operations into pg_ops (backend.h).  Not for use
 * outside them.
 *
 * Every statement is constant text in the "rectrack" schema (the
 * connection's search_path); values travel as text parameters ($1 …)
 * and come back as text: dates "YYYY-MM-DD" (DateStyle ISO), flags 0/1.
 */
#ifndef RT_STORE_PG_H
#define RT_STORE_PG_H

#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>

#include "base/chain.h"
#include "base/date.h"
#include "store/backend.h"

/* Statements kept prepared per connection (pg_store.c). */
#define PG_PREPARED 96

struct pg_store {
	PGconn *conn;
	char *name;		/* the URI, any password hidden: for messages */
	char *user;		/* session_user */
	int owner;		/* 1: the user may act as the schema's owner */
	int readonly;		/* opened with RT_STORE_READONLY */
	int in_tx;		/* a write transaction is open */
	int found_version;
	char head[RT_HASH_SIZE];	/* the chain's head, read under the
				   write lock; "" until read */
	int head_read;		/* in this transaction */
	int64_t subject_rec;	/* the last recommendation written or read */
	char *subject;		/* its "REPORT#NUMBER" (NULL: none) */
	char uid[16];		/* the register's name; "" until read */
	FILE *trace;		/* RECTRACK_PG_TRACE (pg_store.c) */
	struct pg_walk *walk;	/* the innermost listing being walked
				   (pg_rec.c; NULL: none) */
	char *prepared[PG_PREPARED];	/* statement i is "rt<i>" */
	unsigned char ready[PG_PREPARED];	/* 1: i is prepared; 0: run
				   once, unnamed */
	int nprepared;
	struct pg_bulk *bulk;	/* rows held back (pg_bulk.c); NULL: none */
	int cursors;		/* pg_cursor_walk's open, nested */
};

/*
 * Run sql with nparams text parameters (NULL: SQL NULL).  On success
 * *res holds the result (PQclear it); on failure *res is NULL and the
 * error says what failed: "WHAT: " and the server's message, in words a
 * user can act on for the usual cases (no permission, lock wait, lost
 * connection).  When state is not NULL it gets the SQLSTATE of the
 * failure ("" on success), so that callers can tell a unique or foreign
 * key violation (PG_UNIQUE, PG_FOREIGN_KEY) from other failures, and
 * *res is NULL with no error made for those two: the caller words it.
 */
struct rt_error *pg_query(struct pg_store *st, const char *what,
    const char *sql, int nparams, const char *const *params, PGresult **res,
    char state[6]);
/* The same, for a statement whose result is not wanted. */
struct rt_error *pg_exec(struct pg_store *st, const char *what,
    const char *sql, int nparams, const char *const *params, char state[6]);
/*
 * Run the query sql (a SELECT) through a cursor, calling row with each
 * row, PG_WALK_ROWS at a time, so that memory does not grow with the
 * table.  row returns 0 to go on, 1 to stop, -1 when out of memory.  A
 * cursor lives in a transaction: without one open, the walk runs in one
 * of its own (REPEATABLE READ), which ends with it.  Walks may nest.
 */
struct rt_error *pg_cursor_walk(struct pg_store *st, const char *what,
    const char *sql, int nparams, const char *const *params,
    int (*row)(const PGresult *, int, void *), void *arg);
#define PG_WALK_ROWS "10000"

/* As pg_query, for bytes: parameter i is lengths[i] bytes of binary
 * data when formats[i] is 1 (lengths and formats may be NULL: all
 * text), and the result's columns come as binary when binary is 1.  Run
 * unprepared. */
struct rt_error *pg_query_bin(struct pg_store *st, const char *what,
    const char *sql, int nparams, const char *const *params,
    const int *lengths, const int *formats, int binary, PGresult **res);

/* COPY sql FROM STDIN with the len bytes of data (COPY's text
 * format); errors as pg_query's. */
struct rt_error *pg_copy(struct pg_store *st, const char *what,
    const char *sql, const char *data, size_t len);

#define PG_UNIQUE "23505"
#define PG_FOREIGN_KEY "23503"
#define PG_CHECK "23514"

/* Column j of row i as a string, NULL for SQL NULL (valid until the
 * result is cleared); as a newly allocated string (NULL for NULL, *nomem
 * set when out of memory); as an integer; as money (RT_MONEY_NONE for
 * NULL); a date into out ("" for NULL). */
const char *pg_str(const PGresult *res, int i, int j);
char *pg_dup(const PGresult *res, int i, int j, int *nomem);
/*
 * Read each row of res (cleared here) as kind says (backend.h) and hand
 * it to cb, the caller's callback of the kind's record type, until it
 * returns nonzero; *found counts the rows handed over.
 */
struct rt_error *pg_each_row(PGresult *res, const struct store_kind *kind,
    void (*cb)(void), void *arg, int *found);
/* Row i of res as kind says, to cb; *stop its return (res kept). */
struct rt_error *pg_row_of(const PGresult *res, int i,
    const struct store_kind *kind, void (*cb)(void), void *arg, int *stop);
int64_t pg_int(const PGresult *res, int i, int j);
int64_t pg_money(const PGresult *res, int i, int j);
void pg_date(const PGresult *res, int i, int j, char out[RT_DATE_SIZE]);

/* Text of a number for a parameter; buf of at least 24 bytes.  NULL for
 * RT_MONEY_NONE with pg_money_param. */
const char *pg_int_param(char *buf, int64_t v);
const char *pg_money_param(char *buf, int64_t cents);
/* The fiscal years of f as an integer[] literal ("{2021,2024}") in buf,
 * NULL when f names none (at most RT_FILTER_MAX_FYS are written). */
#define PG_FYS_SIZE (RT_FILTER_MAX_FYS * 6 + 3)
const char *pg_fys_param(char buf[PG_FYS_SIZE], const struct rt_filter *f);
/* "" dates are NULL parameters. */
const char *pg_date_param(const char *date);
/* A text value as SQLite's bind_text() binds it: "" is NULL. */
const char *pg_text_param(const char *s);
/*
 * The events of rec_id when it is the recommendation a listing's walk
 * has handed to its callback (pg_rec.c): read from a second cursor over
 * the events of the listing's recommendations, in the same order, so
 * that a caller reading each one's history costs no round trip per
 * recommendation.  *served 0: not a walk's current recommendation (or
 * its events were read already), for the caller to query.
 */
struct rt_error *pg_walk_events(struct pg_store *st, int64_t rec_id,
    int (*cb)(const struct rt_event *, void *), void *arg, int *served);
/*
 * The same for report number (pg_meta.c's lookup of one report): when it
 * is the report of a walk's current recommendation, its row comes from a
 * cursor over the listing's reports, in the same order.
 */
struct rt_error *pg_walk_report(struct pg_store *st, const char *number,
    int (*cb)(const struct rt_report *, void *), void *arg, int *found,
    int *served);
/* A report's columns as store_report_kind reads them (backend.h), from
 * the report r, its issuer i and its agency a; a statement goes on with
 * WHERE. */
#define PG_REPORT_FROM \
    "SELECT r.number, r.title, i.code, r.type, r.issued, r.fiscal_year, " \
    "  a.code, r.url, r.summary, r.sensitivity, " \
    "  (SELECT count(*) FROM recommendation WHERE report_id = r.id), " \
    "  (SELECT count(*) FROM recommendation WHERE report_id = r.id " \
    "     AND status LIKE 'open-%'), " \
    "  (SELECT string_agg(t.name, chr(31) ORDER BY lower(t.name)) " \
    "     FROM report_topic rt JOIN topic t ON t.id = rt.topic_id " \
    "     WHERE rt.report_id = r.id) " \
    "FROM report r JOIN issuer i ON i.id = r.issuer_id " \
    "  JOIN agency a ON a.id = r.agency_id "
/* Row i of res, the columns of an event listing from column j, into *ev
 * (zeroed); the strings point into res (pg_event.c). */
void pg_row_event(const PGresult *res, int i, int j, struct rt_event *ev);
/* The columns an event listing selects (pg_row_event), in order. */
#define PG_EVENT_COLS \
    "e.id, e.change_id, e.voids, to_char(e.at AT TIME ZONE 'UTC', " \
    "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), e.effective, e.actor, e.kind, " \
    "e.field, e.old, e.new, e.note, e.hash"
/* The recommendation's fields from the official on, as its row holds
 * them (the money last), into p[0] … p[12 + RT_MONEY_COUNT] (pg_rec.c):
 * the parameters of a write, or the fields of a row for COPY. */
void pg_rec_params(const struct rt_rec *rec, const char **p,
    char buf[][24]);
/* Remember that recommendation id is REPORT#NUMBER, for the subject of
 * its next event (pg_event.c). */
void pg_subject_note(struct pg_store *st, int64_t id, const char *report,
    const char *number);
/* Take the chain's lock and read its head into st->head, once per
 * transaction (pg_event.c). */
struct rt_error *pg_head_of(struct pg_store *st);
/* Link the events recorded before the chain existed (the upgrade to
 * schema version 5). */
struct rt_error *pg_chain_fill(struct pg_store *st);
/* The upgrade to schema version 6: an official of each free-text one
 * (backend.h). */
struct rt_error *pg_officials_migrate(struct pg_store *st);

/*
 * pg_bulk.c: a long run of writes held back and sent with COPY.  Each
 * pg_bulk_KIND takes the row when it can (*held 1: done, ids set as the
 * statement would) and leaves it to the caller's statement otherwise.
 * pg_query sends what is held before any statement (pg_bulk_pending,
 * pg_bulk_flush); the commit sends the rest, then analyzes
 * (pg_bulk_analyze); commit and rollback forget the run (pg_bulk_end).
 */
struct rt_error *pg_bulk_official(struct pg_store *st,
    const struct rt_official *o, int *held);
struct rt_error *pg_bulk_report(struct pg_store *st,
    const struct rt_report *r, int *held);
struct rt_error *pg_bulk_rec(struct pg_store *st, struct rt_rec *rec,
    int *held);
struct rt_error *pg_bulk_event(struct pg_store *st, int64_t rec_id,
    struct rt_event *ev, int *held);
int pg_bulk_pending(const struct pg_store *st);
struct rt_error *pg_bulk_flush(struct pg_store *st);
void pg_bulk_analyze(struct pg_store *st);
void pg_bulk_end(struct pg_store *st);
/* Codes changed (a rename): what the run knew is read again. */
void pg_bulk_forget(struct pg_store *st);
/* 1 when the run knows there is no report (kind 'r') or official ('o')
 * of that number or code; pg_bulk_note tells it of one written. */
int pg_bulk_absent(struct pg_store *st, char kind, const char *key);
void pg_bulk_note(struct pg_store *st, char kind, const char *key,
    int64_t id);
/* The report numbers of the file being imported, in memory. */
struct rt_error *pg_bulk_seen_reset(struct pg_store *st);
struct rt_error *pg_bulk_seen(struct pg_store *st, const char *number,
    int line, int *first);

/* ---- the operations (backend.h, struct rt_store_ops); impl is a
 * struct pg_store ------------------------------------------------------ */

/* pg_store.c: opening, closing, the name and versions, transactions;
 * pg_meta.c: issuers, agencies, reports; pg_rec.c: recommendations,
 * events; pg_check.c: counts, checks, the rows as stored, backup. */
STORE_OPS_PROTOTYPES(pg);

/* The database user the connection logged in as (pg_store.c). */
const char *pg_user(void *impl);

/* pg_search.c */
struct rt_error *pg_search(struct pg_store *st, const struct rt_search *q,
    int (*cb)(const struct rt_search_hit *, void *), void *arg);

#endif
