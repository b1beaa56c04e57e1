/*
 * rectrack — the SQLite store's insides, shared by its files:
 * sq_store.c (the helpers below, opening and the schema, transactions),
 * sq_meta.c (issuers, agencies, reports), sq_rec.c (recommendations,
 * events, the rows as stored), sq_search.c (full-text search) and
 * sq_check.c (checking, backup); sq_ops.c gathers the operations into sq_ops
 * (backend.h).  Not for use outside them.
 *
 * Every statement is constant text; user values only ever reach SQLite
 * through bound parameters.
 */
#ifndef RT_STORE_SQ_H
#define RT_STORE_SQ_H

#include <sqlite3.h>
#include <stdint.h>

#include "base/date.h"
#include "store/backend.h"

struct rt_buf;
struct rt_schema_script;

#define RT_BUSY_TIMEOUT_MS 30000

/* Prepared statements are kept for reuse, keyed by their text. */
#define RT_STMT_CACHE 48

struct cached {
	char *sql;
	sqlite3_stmt *stmt;
	int busy;			/* handed out, not yet released */
};

struct sq_store {
	sqlite3 *db;
	char *path;
	int readonly;			/* opened with RT_STORE_READONLY */
	int found_version;
	char uid[16];			/* the register's name; "" until read */
	struct cached cache[RT_STMT_CACHE];
	int ncache;
};

/* The id of an issuer, agency, report by its code or number, for
 * sq_lookup_id(). */
#define SQL_ISSUER_ID "SELECT id FROM issuer WHERE code = ?1"
#define SQL_AGENCY_ID "SELECT id FROM agency WHERE code = ?1"
#define SQL_REPORT_ID "SELECT id FROM report WHERE number = ?1"
#define SQL_OFFICIAL_ID "SELECT id FROM official WHERE code = ?1"

/* The error for a failed call: "PATH: WHAT: " and SQLite's message, or
 * that the database stayed busy. */
struct rt_error *sq_db_error(struct sq_store *st, const char *what);

/*
 * The statement for sql, from the cache when it is there and free, else
 * newly prepared (and cached when there is room).  Give it back with
 * sq_release().  A statement in use (a query whose callback runs the
 * same query again) is not shared: the nested call gets its own.
 */
struct rt_error *sq_prepare(struct sq_store *st, const char *sql,
    sqlite3_stmt **stmt);
/* Give back a statement of sq_prepare(): reset for the next use, or
 * finalized when it is not cached. */
void sq_release(struct sq_store *st, sqlite3_stmt *stmt);

/* Bind text; NULL and "" (an absent date or value) bind NULL. */
void sq_bind_text(sqlite3_stmt *stmt, int i, const char *s);
/* Bind money; RT_MONEY_NONE binds NULL. */
void sq_bind_money(sqlite3_stmt *stmt, int i, int64_t cents);
/* Bind text to the parameter called name, when the statement has it. */
void sq_bind_named(sqlite3_stmt *stmt, const char *name, const char *value);

/* Column i as a new string (NULL for NULL), a date into out ("" for
 * NULL), money (RT_MONEY_NONE for NULL). */
char *sq_col_str(sqlite3_stmt *stmt, int i);
void sq_col_date(sqlite3_stmt *stmt, int i, char out[RT_DATE_SIZE]);
int64_t sq_col_money(sqlite3_stmt *stmt, int i);

/*
 * Step stmt (prepared and bound; released here), reading each row as
 * kind says (backend.h) and handing it to cb, the caller's callback of
 * the kind's record type, until it returns nonzero; *found counts the
 * rows handed over.
 */
struct rt_error *sq_each_row(struct sq_store *st, sqlite3_stmt *stmt,
    const struct store_kind *kind, void (*cb)(void), void *arg,
    int *found);

/* Step a statement that returns no rows. */
struct rt_error *sq_step_done(struct sq_store *st, sqlite3_stmt *stmt,
    const char *what);
/* Run constant sql with no parameters and no rows. */
struct rt_error *sq_exec(struct sq_store *st, const char *sql,
    const char *what);

/* The id of the row whose `code`/`number` is key, via a one-column query;
 * 0 when there is none. */
struct rt_error *sq_lookup_id(struct sq_store *st, const char *sql,
    const char *key, int64_t *id);
/* The id of the agency code; an error when there is none. */
struct rt_error *sq_agency_id(struct sq_store *st, const char *code,
    int64_t *id);
/* Whether the last failure was a unique constraint. */
int sq_is_unique_violation(struct sq_store *st);

/* Run one schema script statement by statement, naming the one that
 * fails. */
struct rt_error *sq_run_script(struct sq_store *st,
    const struct rt_schema_script *script);

/* Whether rows were added since the search index was last brought up to
 * date (sq_search.c). */
/* The columns every event listing selects, in this order (alias e), and
 * the reader of them: from column 0 into *ev (zeroed here). */
#define SQ_EVENT_COLS \
    "e.id, e.change_id, e.voids, e.at, e.effective, e.actor, e.kind, " \
    "e.field, e.old, e.new, e.note, e.hash"
void sq_read_event(sqlite3_stmt *stmt, struct rt_event *ev);

/* Link every event recorded before the chain existed (hash NULL) into
 * it, in id order: the upgrade to schema version 5. */
struct rt_error *sq_chain_fill(struct sq_store *st);
/* The upgrade to schema version 6: an official of each free-text one
 * (backend.h). */
struct rt_error *sq_officials_migrate(struct sq_store *st);

struct rt_error *sq_search_behind(struct sq_store *st, int *behind);
/* Index the rows added in the caller's write transaction (sq_search.c);
 * sq_commit() calls it first. */
struct rt_error *sq_search_flush(struct sq_store *st);

/* The ids of the agency :agency and of those below it, as the table
 * sub(id), for the agency filter. */
#define SQL_SUBTREE \
    "WITH RECURSIVE sub(id) AS (" \
    "  SELECT id FROM agency WHERE code = :agency" \
    "  UNION ALL SELECT a.id FROM agency a JOIN sub ON a.parent_id = sub.id) "

/* The conditions of f on the report r (its issuer i); agency_col is the
 * agency column the agency filter tests. */
void sq_where_report(struct rt_buf *q, const struct rt_filter *f,
    const char *number, const char *agency_col);
/* The conditions of f on the recommendation c. */
void sq_where_rec(struct rt_buf *q, const struct rt_filter *f,
    const char *number);
/* Bind what sq_where_report and sq_where_rec asked for. */
void sq_bind_filter(sqlite3_stmt *stmt, const struct rt_filter *f,
    const char *report, const char *number);

/* ---- the operations (backend.h, struct rt_store_ops); impl is a
 * struct sq_store ------------------------------------------------------ */

/* sq_store.c: opening, closing, the name and versions, transactions;
 * sq_meta.c: issuers, agencies, reports; sq_rec.c: recommendations,
 * events, the rows as stored; sq_check.c: counts, checks, read
 * transactions, backup. */
STORE_OPS_PROTOTYPES(sq);

/* sq_search.c */
struct rt_error *sq_search(struct sq_store *st, const struct rt_search *q,
    int (*cb)(const struct rt_search_hit *, void *), void *arg);

#endif
