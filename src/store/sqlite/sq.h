/*
 * rectrack — the SQLite store's insides, shared by its files: the
 * connection, the statement cache and the helpers every file uses.  Not
 * for use outside src/store/sqlite.
 */
#ifndef RT_STORE_SQ_H
#define RT_STORE_SQ_H

#include <sqlite3.h>

#include "base/date.h"

struct rt_error;

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
	struct cached cache[RT_STMT_CACHE];
	int ncache;
};

/* An error of the last call: "PATH: WHAT: SQLite's reason". */
struct rt_error *db_error(struct sq_store *st, const char *what);
/* The statement for sql (cached); give it back with release(). */
struct rt_error *prepare(struct sq_store *st, const char *sql,
    sqlite3_stmt **stmt);
void release(struct sq_store *st, sqlite3_stmt *stmt);
/* Step a statement that returns no rows. */
struct rt_error *step_done(struct sq_store *st, sqlite3_stmt *stmt,
    const char *what);
/* Bind text to the parameter called name, if the statement has it. */
void bind_named(sqlite3_stmt *stmt, const char *name, const char *value);
/* Column i as a date ("" for NULL). */
void col_date(sqlite3_stmt *stmt, int i, char out[RT_DATE_SIZE]);

/* Whether rows were added since the search index was last brought up
 * to date (sq_search.c). */
struct rt_error *sq_search_behind(struct sq_store *st, int *behind);
/* Index the rows added in the caller's write transaction (sq_search.c);
 * sq_commit() calls it first. */
struct rt_error *sq_search_flush(struct sq_store *st);

#endif
