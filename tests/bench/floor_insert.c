/*
 * floor_insert — the least any import into SQLite can do: insert the
 * rows that `rectrack import` wrote (reports, recommendations, events of
 * SRC) into a new database DST with a plain schema (the same columns, no
 * constraints or secondary indexes), with prepared statements in one
 * transaction, journal and synchronous settings as rectrack's.  The rows
 * are read into memory first; only the inserts are timed.  Prints the
 * seconds they took.  The insert floor of the import benchmark.
 *
 *     floor_insert SRC DST
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const tables[][2] = {
	{ "report", "CREATE TABLE report(id INTEGER PRIMARY KEY, number, "
	    "sort_key, title, issuer_id, type, issued, fiscal_year, agency_id, "
	    "url, summary, sensitivity)" },
	{ "recommendation", "CREATE TABLE recommendation(id INTEGER PRIMARY "
	    "KEY, report_id, number, sort_key, text, agency_id, official, "
	    "concurrence, status, target_date, original_target_date, "
	    "resolved_date, closed_date, corrective_action, priority, "
	    "significant, on_hold, closure_requested, partially_addressed, "
	    "questioned_cost, unsupported_cost, funds_better_use, "
	    "potential_savings, disallowed_cost, fbu_agreed)" },
	{ "official", "CREATE TABLE official(id INTEGER PRIMARY KEY, code, "
	    "name, email, agency_id, title, reports_to)" },
	{ "event", "CREATE TABLE event(id INTEGER PRIMARY KEY, "
	    "recommendation_id, report_id, agency_id, issuer_id, official_id, "
	    "subject, change_id, at, effective, actor, kind, field, old, new, "
	    "note, voids, hash)" },
};

#define NTABLES (sizeof(tables) / sizeof(tables[0]))

/* The rows of one table: column values packed one after another as
 * (type byte, length, bytes). */
struct rows {
	char *buf;
	size_t len, cap;
	int ncols;
	long nrows;
};

static void
put(struct rows *r, const void *p, size_t n)
{
	if (r->len + n > r->cap) {
		r->cap = (r->cap + n) * 2;
		if ((r->buf = realloc(r->buf, r->cap)) == NULL) {
			perror("floor_insert");
			exit(1);
		}
	}
	memcpy(r->buf + r->len, p, n);
	r->len += n;
}

static void
die(sqlite3 *db, const char *what)
{
	fprintf(stderr, "floor_insert: %s: %s\n", what, sqlite3_errmsg(db));
	exit(1);
}

static void
load(sqlite3 *src, const char *table, struct rows *r)
{
	char sql[200];
	sqlite3_stmt *st;
	int i;

	snprintf(sql, sizeof(sql), "SELECT * FROM %s ORDER BY id", table);
	if (sqlite3_prepare_v2(src, sql, -1, &st, NULL) != SQLITE_OK)
		die(src, table);
	r->ncols = sqlite3_column_count(st);
	while (sqlite3_step(st) == SQLITE_ROW) {
		for (i = 0; i < r->ncols; i++) {
			unsigned char t = (unsigned char)sqlite3_column_type(st, i);
			const void *p = NULL;
			size_t n = 0;
			sqlite3_int64 v;

			if (t == SQLITE_INTEGER) {
				v = sqlite3_column_int64(st, i);
				p = &v;
				n = sizeof(v);
			} else if (t != SQLITE_NULL) {
				t = SQLITE_TEXT;
				p = sqlite3_column_text(st, i);
				n = (size_t)sqlite3_column_bytes(st, i);
			}
			put(r, &t, 1);
			put(r, &n, sizeof(n));
			if (n)
				put(r, p, n);
		}
		r->nrows++;
	}
	sqlite3_finalize(st);
}

static void
insert(sqlite3 *db, const char *table, const struct rows *r)
{
	char sql[300];
	sqlite3_stmt *st;
	const char *p = r->buf;
	long row;
	int i, len;

	len = snprintf(sql, sizeof(sql), "INSERT INTO %s VALUES (", table);
	for (i = 0; i < r->ncols; i++)
		len += snprintf(sql + len, sizeof(sql) - (size_t)len, "%s?",
		    i ? "," : "");
	snprintf(sql + len, sizeof(sql) - (size_t)len, ")");
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		die(db, sql);
	for (row = 0; row < r->nrows; row++) {
		for (i = 0; i < r->ncols; i++) {
			unsigned char t = (unsigned char)*p++;
			size_t n;
			sqlite3_int64 v;

			memcpy(&n, p, sizeof(n));
			p += sizeof(n);
			if (t == SQLITE_INTEGER) {
				memcpy(&v, p, sizeof(v));
				sqlite3_bind_int64(st, i + 1, v);
			} else if (t == SQLITE_TEXT)
				sqlite3_bind_text(st, i + 1, p, (int)n,
				    SQLITE_STATIC);
			else
				sqlite3_bind_null(st, i + 1);
			p += n;
		}
		if (sqlite3_step(st) != SQLITE_DONE)
			die(db, table);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
}

int
main(int argc, char **argv)
{
	struct rows rows[NTABLES];
	struct timespec a, b;
	sqlite3 *src, *db;
	size_t t;

	if (argc != 3) {
		fprintf(stderr, "usage: floor_insert SRC DST\n");
		return 2;
	}
	if (sqlite3_open_v2(argv[1], &src, SQLITE_OPEN_READONLY, NULL))
		die(src, argv[1]);
	memset(rows, 0, sizeof(rows));
	for (t = 0; t < NTABLES; t++)
		load(src, tables[t][0], &rows[t]);
	sqlite3_close(src);
	remove(argv[2]);
	if (sqlite3_open(argv[2], &db) != SQLITE_OK)
		die(db, argv[2]);
	for (t = 0; t < NTABLES; t++)
		if (sqlite3_exec(db, tables[t][1], NULL, NULL, NULL))
			die(db, "schema");
	clock_gettime(CLOCK_MONOTONIC, &a);
	if (sqlite3_exec(db, "PRAGMA journal_mode = WAL; "
	    "PRAGMA synchronous = FULL; BEGIN IMMEDIATE", NULL, NULL, NULL))
		die(db, "begin");
	for (t = 0; t < NTABLES; t++)
		insert(db, tables[t][0], &rows[t]);
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL))
		die(db, "commit");
	sqlite3_close(db);
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("%.4f\n", (double)(b.tv_sec - a.tv_sec) +
	    (double)(b.tv_nsec - a.tv_nsec) / 1e9);
	for (t = 0; t < NTABLES; t++)
		free(rows[t].buf);
	return 0;
}
