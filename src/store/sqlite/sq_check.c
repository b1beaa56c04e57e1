/*
 * rectrack — the store on SQLite: checking the database and backing it up.
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
#include "store/schema.h"
#include "store/sqlite/sq.h"
#include "store/store.h"

/* ---- checking and backing up ------------------------------------------ */

struct rt_error *
sq_begin_read(void *impl)
{
	struct sq_store *st = impl;
	struct rt_error *err;

	if ((err = sq_exec(st, "BEGIN", "cannot start a transaction")) != NULL)
		return err;
	/* the first read fixes the moment the transaction sees */
	if ((err = sq_exec(st, "SELECT count(*) FROM sqlite_schema",
	    "cannot read the database")) != NULL)
		sq_rollback(st);
	return err;
}

static struct rt_error *
count_rows(struct sq_store *st, const char *sql, int64_t *n)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		*n = sqlite3_column_int64(stmt, 0);
	else
		err = sq_db_error(st, "cannot count the rows");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_counts(void *impl, struct rt_counts *c)
{
	struct sq_store *st = impl;
	struct rt_error *err;

	memset(c, 0, sizeof(*c));
	if ((err = count_rows(st, "SELECT count(*) FROM issuer",
	    &c->issuers)) ||
	    (err = count_rows(st, "SELECT count(*) FROM agency",
	    &c->agencies)) ||
	    (err = count_rows(st, "SELECT count(*) FROM report",
	    &c->reports)) ||
	    (err = count_rows(st, "SELECT count(*) FROM recommendation",
	    &c->recs)))
		return err;
	return count_rows(st, "SELECT count(*) FROM event", &c->events);
}

/* PRAGMA integrity_check (quick_check when quick): one problem per
 * line that SQLite reports. */
struct rt_error *
sq_check_integrity(void *impl, int quick,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;
	const char *line;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = sq_prepare(st, quick ? "PRAGMA quick_check" :
	    "PRAGMA integrity_check", &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		line = (const char *)sqlite3_column_text(stmt, 0);
		if (line && strcmp(line, "ok") != 0)
			stop = store_problem(cb, arg, "integrity", "database",
			    line);
	}
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, quick ? "quick_check failed" :
		    "integrity_check failed");
	sq_release(st, stmt);
	return err;
}

/* The schema objects, as the scripts make them or as a database holds
 * them; FTS5 makes its own tables, the same in both. */
static const char SQL_SCHEMA_OBJECTS[] =
    "SELECT type, name, sql FROM sqlite_schema "
    "WHERE name NOT LIKE 'sqlite_%' ORDER BY name";

struct schema_obj {
	char *type, *name, *sql;
};

static void
schema_objs_free(struct schema_obj *o, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(o[i].type);
		free(o[i].name);
		free(o[i].sql);
	}
	free(o);
}

/* The schema objects of db, in name order. */
static struct rt_error *
schema_load(struct sq_store *st, struct schema_obj **out, size_t *n)
{
	struct rt_error *err = NULL;
	struct schema_obj *o = NULL, *p;
	sqlite3_stmt *stmt;
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(st->db, SQL_SCHEMA_OBJECTS, -1, &stmt, NULL) !=
	    SQLITE_OK)
		return sq_db_error(st, "cannot read the schema");
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 32;
			if ((p = realloc(o, cap * sizeof(*p))) == NULL)
				break;
			o = p;
		}
		p = &o[(*n)++];
		p->type = sq_col_str(stmt, 0);
		p->name = sq_col_str(stmt, 1);
		p->sql = sq_col_str(stmt, 2);
		if (p->type == NULL || p->name == NULL)
			break;
	}
	if (rc == SQLITE_ROW)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the schema");
	sqlite3_finalize(stmt);
	if (err) {
		schema_objs_free(o, *n);
		*n = 0;
		return err;
	}
	*out = o;
	return NULL;
}

/* The schema objects that the scripts make, built in memory. */
static struct rt_error *
schema_expected(struct schema_obj **out, size_t *n)
{
	struct rt_error *err = NULL;
	struct sq_store mem;
	int i;

	*out = NULL;
	*n = 0;
	memset(&mem, 0, sizeof(mem));
	mem.path = (char *)"(the schema scripts)";
	if (sqlite3_open(":memory:", &mem.db) != SQLITE_OK) {
		sqlite3_close(mem.db);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	for (i = 0; i < rt_schema_count && err == NULL; i++)
		err = sq_run_script(&mem, &rt_schema[i]);
	if (err == NULL)
		err = schema_load(&mem, out, n);
	sqlite3_close(mem.db);
	return err;
}

static int
same_text(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

struct rt_error *
sq_check_schema(void *impl,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	struct schema_obj *want, *have = NULL, *o;
	char subject[160];
	const char *msg;
	size_t nwant, nhave = 0, i = 0, j = 0;
	int c, stop = 0;

	if ((err = schema_expected(&want, &nwant)) != NULL ||
	    (err = schema_load(st, &have, &nhave)) != NULL)
		goto done;
	/* both in name order: walk them side by side */
	while (!stop && (i < nwant || j < nhave)) {
		c = i == nwant ? 1 : j == nhave ? -1 :
		    strcmp(want[i].name, have[j].name);
		if (c < 0) {
			o = &want[i++];
			msg = "is missing";
		} else if (c > 0) {
			o = &have[j++];
			msg = "is not part of rectrack's schema";
		} else {
			o = &want[i];
			msg = strcmp(want[i].type, have[j].type) == 0 &&
			    same_text(want[i].sql, have[j].sql) ? NULL :
			    "differs from rectrack's schema";
			i++;
			j++;
		}
		if (msg == NULL)
			continue;
		snprintf(subject, sizeof(subject), "%s %s", o->type, o->name);
		stop = store_problem(cb, arg, "schema", subject, msg);
	}
done:
	schema_objs_free(want, nwant);
	schema_objs_free(have, nhave);
	return err;
}

/*
 * Each row whose reference leads nowhere (PRAGMA foreign_key_check),
 * named as people know it where the row allows, with the column and the
 * value that lead nowhere.
 */
static const char SQL_CHECK_FK[] =
    "SELECT CASE k.\"table\" "
    "    WHEN 'agency' THEN 'agency ' || "
    "      (SELECT code FROM agency WHERE id = k.rowid) "
    "    WHEN 'report' THEN 'report ' || "
    "      (SELECT number FROM report WHERE id = k.rowid) "
    "    WHEN 'recommendation' THEN coalesce("
    "      (SELECT r.number || '#' || c.number FROM recommendation c "
    "        JOIN report r ON r.id = c.report_id WHERE c.id = k.rowid), "
    "      'recommendation ' || k.rowid || ' (number ' || "
    "      (SELECT number FROM recommendation WHERE id = k.rowid) || ')') "
    "    WHEN 'event' THEN 'event ' || k.rowid "
    "    ELSE k.\"table\" END, "
    "  l.\"from\", k.parent, "
    "  CASE k.\"table\" || '.' || l.\"from\" "
    "    WHEN 'agency.parent_id' THEN "
    "      (SELECT parent_id FROM agency WHERE id = k.rowid) "
    "    WHEN 'report.issuer_id' THEN "
    "      (SELECT issuer_id FROM report WHERE id = k.rowid) "
    "    WHEN 'report.agency_id' THEN "
    "      (SELECT agency_id FROM report WHERE id = k.rowid) "
    "    WHEN 'recommendation.report_id' THEN "
    "      (SELECT report_id FROM recommendation WHERE id = k.rowid) "
    "    WHEN 'recommendation.agency_id' THEN "
    "      (SELECT agency_id FROM recommendation WHERE id = k.rowid) "
    "    WHEN 'event.recommendation_id' THEN "
    "      (SELECT recommendation_id FROM event WHERE id = k.rowid) "
    "  END "
    "FROM pragma_foreign_key_check k "
    "LEFT JOIN pragma_foreign_key_list(k.\"table\") l "
    "  ON l.id = k.fkid AND l.seq = 0";

/* Agencies not under a top agency: their parents make a cycle, or
 * lead to an agency that is not there. */
static const char SQL_CHECK_AGENCY_TREE[] =
    "SELECT code FROM agency WHERE id NOT IN (SELECT id FROM agency_tree) "
    "ORDER BY code";

/* PRAGMA foreign_key_check (one problem per row whose reference leads
 * nowhere) and agencies whose parents make a cycle. */
struct rt_error *
sq_check_references(void *impl,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;
	struct rt_buf subject = { 0 }, msg = { 0 };
	const char *s, *column, *parent, *value;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = sq_prepare(st, SQL_CHECK_FK, &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		s = (const char *)sqlite3_column_text(stmt, 0);
		column = (const char *)sqlite3_column_text(stmt, 1);
		parent = (const char *)sqlite3_column_text(stmt, 2);
		value = (const char *)sqlite3_column_text(stmt, 3);
		rt_buf_free(&msg);
		if (value)
			rt_buf_printf(&msg, "%s %s: there is no such %s",
			    column ? column : "a reference", value,
			    parent ? parent : "row");
		else
			rt_buf_printf(&msg, "%s: refers to a %s that is not "
			    "there", column ? column : "a reference",
			    parent ? parent : "row");
		if (msg.s == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		stop = store_problem(cb, arg, "foreign-key", s ? s : "a row", msg.s);
	}
	if (err == NULL && !stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot check the references");
	sq_release(st, stmt);
	rt_buf_free(&msg);
	if (err || stop)
		return err;
	if ((err = sq_prepare(st, SQL_CHECK_AGENCY_TREE, &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		rt_buf_free(&subject);
		rt_buf_printf(&subject, "agency %s",
		    (const char *)sqlite3_column_text(stmt, 0));
		if (subject.s == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		stop = store_problem(cb, arg, "foreign-key", subject.s, "is not "
		    "under a top agency: its parents make a cycle or lead to "
		    "an agency that is not there");
	}
	if (err == NULL && !stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot check the agencies");
	sq_release(st, stmt);
	rt_buf_free(&subject);
	return err;
}

/*
 * The documents of the search index (the rows of its docsize table, one
 * per indexed text) against the texts up to the marks (search_text,
 * schema/009-search-more.sql): what is missing, and what is there
 * without a text or above its mark (the next catch-up would index it a
 * second time).  The subject names the text.  `k` tells each document
 * number's field (f: as enum rt_search_field) and the id of its row.
 */
#define CK_N1 "1099511627776"
#define CK_N2 "2199023255552"
#define CK_N3 "3298534883328"
static const char SQL_CHECK_SEARCH[] =
    "WITH t(doc) AS MATERIALIZED (SELECT doc FROM search_text), "
    "k(doc, f, id) AS (SELECT doc, "
    "    CASE WHEN doc < 0 THEN -doc % 2 WHEN doc < " CK_N1 " THEN 2 "
    "      WHEN doc < " CK_N2 " THEN 3 WHEN doc < " CK_N3 " THEN 4 "
    "      ELSE 5 END, "
    "    CASE WHEN doc < 0 THEN (-doc - (-doc % 2)) / 2 "
    "      WHEN doc < " CK_N1 " THEN doc "
    "      WHEN doc < " CK_N2 " THEN doc - " CK_N1 " "
    "      WHEN doc < " CK_N3 " THEN doc - " CK_N2 " "
    "      ELSE doc - " CK_N3 " END "
    "  FROM (SELECT doc FROM t UNION SELECT id FROM search_index_docsize)), "
    "s AS (SELECT k.doc, k.f, k.id, "
    "    k.doc IN (SELECT doc FROM t) AS want, "
    "    EXISTS (SELECT 1 FROM search_index_docsize d WHERE d.id = k.doc) "
    "      AS has, "
    "    coalesce(CASE WHEN k.f < 2 THEN k.id <= m.report "
    "      WHEN k.f < 4 THEN k.id <= m.recommendation "
    "      WHEN k.f = 4 THEN k.id <= m.event ELSE 1 END, 0) AS below, "
    "    CASE k.f WHEN 0 THEN 'title' WHEN 1 THEN 'summary' "
    "      WHEN 2 THEN 'text' WHEN 3 THEN 'corrective action' "
    "      WHEN 4 THEN 'note' ELSE 'name' END AS what, "
    "    CASE WHEN k.f < 2 THEN 'report ' WHEN k.f < 4 THEN "
    "      'recommendation ' WHEN k.f = 4 THEN 'event ' "
    "      ELSE 'official ' END AS owner "
    "  FROM k LEFT JOIN search_mark m) "
    "SELECT CASE WHEN s.has AND NOT s.want THEN 'search index' "
    "    WHEN s.f < 2 THEN 'report ' || coalesce((SELECT number "
    "      FROM report WHERE id = s.id), '?') "
    "    WHEN s.f < 5 THEN (SELECT coalesce(r.number, 'report ?') || "
    "      '#' || c.number FROM recommendation c "
    "      LEFT JOIN report r ON r.id = c.report_id "
    "      WHERE c.id = CASE WHEN s.f < 4 THEN s.id ELSE (SELECT "
    "        recommendation_id FROM event WHERE id = s.id) END) "
    "    ELSE 'official ' || (SELECT code FROM official WHERE id = s.id) "
    "  END, "
    "  CASE WHEN s.has AND NOT s.want THEN 'document ' || s.doc || "
    "      ' (the ' || s.what || ' of ' || s.owner || s.id || ') is "
    "indexed, but there is no such text' "
    "    WHEN s.has THEN 'its ' || s.what || "
    "      CASE WHEN s.f = 4 THEN ' (event ' || s.id || ')' ELSE '' END || "
    "      ' is indexed above the search mark, so the next catch-up would "
    "index it twice' "
    "    ELSE 'its ' || s.what || "
    "      CASE WHEN s.f = 4 THEN ' (event ' || s.id || ')' ELSE '' END || "
    "      ' is not in the search index' END "
    "FROM s WHERE (s.want AND s.below AND NOT s.has) "
    "  OR (s.has AND NOT s.want) OR (s.has AND NOT s.below) "
    "ORDER BY s.has, s.f <> 2, s.f, s.id";

/* The search index against its rows (schema/002-search.sql): every text
 * up to the mark is indexed and nothing else is.  Rows above the mark
 * (added by other programs, indexed by the next search) are not
 * problems. */
struct rt_error *
sq_check_search(void *impl,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;
	char msg[64];
	int64_t marks;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = count_rows(st, "SELECT count(*) FROM search_mark",
	    &marks)) != NULL)
		return err;
	if (marks != 1) {
		snprintf(msg, sizeof(msg), "has %lld rows; it must have one",
		    (long long)marks);
		if (store_problem(cb, arg, "search", "search_mark", msg))
			return NULL;
	}
	if ((err = sq_prepare(st, SQL_CHECK_SEARCH, &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		stop = store_problem(cb, arg, "search",
		    (const char *)sqlite3_column_text(stmt, 0),
		    (const char *)sqlite3_column_text(stmt, 1));
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot check the search index");
	sq_release(st, stmt);
	return err;
}

/*
 * FTS5's own 'integrity-check' of the search index: its structure, and
 * its words against the texts when no row waits above the mark (*words
 * is then 1).  The command needs the write lock: it runs in a
 * transaction of its own, rolled back; writers wait while it runs.  On
 * a database that cannot be written it is skipped (*ran is 0).
 */
struct rt_error *
sq_check_search_words(void *impl,
    int (*cb)(const struct rt_problem *, void *), void *arg, int *ran,
    int *words)
{
	struct sq_store *st = impl;
	static const char sql_words[] = "INSERT INTO search_index"
	    "(search_index, rank) VALUES ('integrity-check', 1)";
	static const char sql_structure[] = "INSERT INTO search_index"
	    "(search_index, rank) VALUES ('integrity-check', 0)";
	struct rt_error *err = NULL;
	sqlite3_stmt *stmt;
	char msg[512];
	int rc, behind;

	*ran = *words = 0;
	/* a read-only store lets this one statement through: it is rolled
	 * back, and writes nothing */
	if (st->readonly && (err = sq_exec(st, "PRAGMA query_only = OFF",
	    "cannot check the search index")))
		return err;
	rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if ((rc & 0xff) == SQLITE_READONLY)
		goto done;
	if (rc != SQLITE_OK) {
		err = sq_db_error(st, "cannot start a transaction");
		goto done;
	}
	if ((err = sq_search_behind(st, &behind)) != NULL ||
	    (err = sq_prepare(st, behind ? sql_structure : sql_words, &stmt)))
		goto done;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_DONE) {
		*ran = 1;
		*words = !behind;
	} else if ((sqlite3_extended_errcode(st->db) & 0xff) ==
	    SQLITE_CORRUPT) {
		*ran = 1;
		*words = !behind;
		snprintf(msg, sizeof(msg), "%s (FTS5 integrity-check: %s); "
		    "rebuild it as schema/002-search.sql says", behind ?
		    "its structure is damaged" : "its words do not match the "
		    "texts", sqlite3_errmsg(st->db));
		store_problem(cb, arg, "search", "search index", msg);
	} else if ((sqlite3_extended_errcode(st->db) & 0xff) !=
	    SQLITE_READONLY)
		err = sq_db_error(st, "cannot check the search index");
	sq_release(st, stmt);
done:
	sq_rollback(st);
	if (st->readonly)
		sqlite3_exec(st->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
	return err;
}

/* ---- backup ------------------------------------------------------------- */

/* Pages copied per step: 1 MiB at the default page size. */
#define RT_BACKUP_STEP_PAGES 256

/*
 * SQLite's online backup API, a chunk of pages at a time.  In WAL mode
 * a read transaction holds the moment the copy is of while other
 * processes go on writing.
 */
struct rt_error *
sq_backup(void *impl, const char *path, long *pages)
{
	struct sq_store *st = impl;
	struct rt_error *err = NULL;
	sqlite3 *dest = NULL;
	sqlite3_backup *b;
	sqlite3_stmt *stmt = NULL;
	int rc, wal = 0, held = 0, waited = 0;

	*pages = 0;
	if (sqlite3_open_v2(path, &dest, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK) {
		err = rt_error_new(RT_EIO, "%s: cannot open: %s", path,
		    dest ? sqlite3_errmsg(dest) : "out of memory");
		goto done;
	}
	sqlite3_exec(dest, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
	/* in WAL mode, one read transaction holds the moment the copy is
	 * of, across the steps, while other processes go on writing;
	 * otherwise each step takes the lock anew, and a write between two
	 * steps makes SQLite start the copy again */
	if ((err = sq_prepare(st, "PRAGMA journal_mode", &stmt)) != NULL)
		goto done;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		wal = sqlite3_strnicmp((const char *)sqlite3_column_text(stmt,
		    0), "wal", 4) == 0;
	sq_release(st, stmt);
	if (wal) {
		if ((err = sq_begin_read(st)) != NULL)
			goto done;
		held = 1;
	}
	if ((b = sqlite3_backup_init(dest, "main", st->db, "main")) == NULL) {
		err = rt_error_new(RT_EIO, "%s: cannot start the backup: %s",
		    path, sqlite3_errmsg(dest));
		goto done;
	}
	for (;;) {
		rc = sqlite3_backup_step(b, RT_BACKUP_STEP_PAGES);
		if (rc == SQLITE_OK)
			waited = 0;
		else if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
		    waited < RT_BUSY_TIMEOUT_MS)
			waited += sqlite3_sleep(20);
		else
			break;
	}
	*pages = sqlite3_backup_pagecount(b);
	sqlite3_backup_finish(b);
	if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
		err = rt_error_new(RT_EDB, "%s: the database stayed busy for "
		    "%d seconds; try again", st->path,
		    RT_BUSY_TIMEOUT_MS / 1000);
	else if (rc != SQLITE_DONE)
		err = rt_error_new(RT_EIO, "%s: the backup failed: %s", path,
		    sqlite3_errstr(rc));
done:
	if (held)
		sq_rollback(st);
	if (dest && sqlite3_close(dest) != SQLITE_OK && err == NULL)
		err = rt_error_new(RT_EIO, "%s: cannot close it: %s", path,
		    sqlite3_errmsg(dest));
	return err;
}
