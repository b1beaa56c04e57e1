/*
 * rectrack — the store on SQLite: evidence files (store.h).  A file is
 * one row of table evidence; its bytes are written into a zeroblob of
 * the file's size through SQLite's incremental blob I/O and read back
 * the same way, a piece (RT_EVIDENCE_PIECE bytes) at a time.
 *
 * Every statement is constant text; user values only ever reach SQLite
 * through bound parameters.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>

#include "base/error.h"
#include "store/backend.h"
#include "store/sqlite/sq.h"
#include "store/store.h"

/* The row id and size of the file hash; *id 0 when it is not stored. */
static struct rt_error *
find(struct sq_store *st, const char *hash, int64_t *id, int64_t *size)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int rc;

	*id = *size = 0;
	if ((err = sq_prepare(st, "SELECT id, size FROM evidence "
	    "WHERE hash = ?1", &stmt)) != NULL)
		return err;
	sq_bind_text(stmt, 1, hash);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(stmt, 0);
		*size = sqlite3_column_int64(stmt, 1);
	} else if (rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the evidence files");
	sq_release(st, stmt);
	return err;
}

/* Pull size bytes from read into the blob of row id. */
static struct rt_error *
fill(struct sq_store *st, int64_t id, int64_t size, rt_evidence_reader read,
    void *arg)
{
	struct rt_error *err = NULL;
	sqlite3_blob *blob = NULL;
	unsigned char *buf;
	int64_t at;
	size_t n;

	if ((buf = malloc(RT_EVIDENCE_PIECE)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (sqlite3_blob_open(st->db, "main", "evidence", "data", id, 1,
	    &blob) != SQLITE_OK) {
		err = sq_db_error(st, "cannot write the evidence file");
		goto done;
	}
	for (at = 0; at < size; at += (int64_t)n) {
		n = size - at < (int64_t)RT_EVIDENCE_PIECE ? (size_t)(size - at)
		    : RT_EVIDENCE_PIECE;
		if ((err = read(arg, buf, n)) != NULL)
			goto done;
		if (sqlite3_blob_write(blob, buf, (int)n, (int)at) !=
		    SQLITE_OK) {
			err = sq_db_error(st, "cannot write the evidence file");
			goto done;
		}
	}
done:
	if (blob != NULL)
		sqlite3_blob_close(blob);
	free(buf);
	return err;
}

struct rt_error *
sq_evidence_put(void *impl, const char *hash, int64_t size,
    rt_evidence_reader read, void *arg, int *added)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t id, had;

	*added = 0;
	if ((err = find(st, hash, &id, &had)) != NULL || id != 0)
		return err;
	if (size > INT32_MAX)
		return rt_error_new(RT_EINVAL, "evidence %s: %lld bytes: a file "
		    "in a SQLite database holds at most %d bytes", hash,
		    (long long)size, INT32_MAX);
	/*
	 * The table's CHECKs would make SQLite build the whole zeroblob in
	 * memory to test length(data) = size: they are left out of this
	 * one insert, whose row meets them by construction (store.c checked
	 * the hash and the size; the blob is of that size).
	 */
	if ((err = sq_exec(st, "PRAGMA ignore_check_constraints = ON",
	    "cannot add the evidence file")) != NULL)
		return err;
	if ((err = sq_prepare(st, "INSERT INTO evidence(hash, size, data) "
	    "VALUES (?1, ?2, zeroblob(?2))", &stmt)) == NULL) {
		sq_bind_text(stmt, 1, hash);
		sqlite3_bind_int64(stmt, 2, size);
		err = sq_step_done(st, stmt, "cannot add the evidence file");
		sq_release(st, stmt);
	}
	sqlite3_exec(st->db, "PRAGMA ignore_check_constraints = OFF", NULL,
	    NULL, NULL);
	if (err != NULL)
		return err;
	id = sqlite3_last_insert_rowid(st->db);
	if (size > 0 && (err = fill(st, id, size, read, arg)) != NULL)
		return err;
	*added = 1;
	return NULL;
}

struct rt_error *
sq_evidence_size(void *impl, const char *hash, int64_t *size, int *found)
{
	struct rt_error *err;
	int64_t id;

	err = find(impl, hash, &id, size);
	*found = id != 0;
	return err;
}

struct rt_error *
sq_evidence_piece(void *impl, const char *hash, int64_t k,
    unsigned char *buf, size_t *len, int *found)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_blob *blob = NULL;
	int64_t id, size, at = k * (int64_t)RT_EVIDENCE_PIECE;
	size_t n;

	*len = 0;
	*found = 0;
	if ((err = find(st, hash, &id, &size)) != NULL || id == 0)
		return err;
	*found = 1;
	if (k < 0 || at >= size)
		return NULL;
	n = size - at < (int64_t)RT_EVIDENCE_PIECE ? (size_t)(size - at) :
	    RT_EVIDENCE_PIECE;
	if (sqlite3_blob_open(st->db, "main", "evidence", "data", id, 0,
	    &blob) != SQLITE_OK)
		return sq_db_error(st, "cannot read the evidence file");
	if (sqlite3_blob_bytes(blob) != size)
		err = rt_error_new(RT_EDB, "evidence %s: %d bytes stored, "
		    "%lld recorded (changed outside rectrack)", hash,
		    sqlite3_blob_bytes(blob), (long long)size);
	else if (sqlite3_blob_read(blob, buf, (int)n, (int)at) != SQLITE_OK)
		err = sq_db_error(st, "cannot read the evidence file");
	else
		*len = n;
	sqlite3_blob_close(blob);
	return err;
}

struct rt_error *
sq_evidence_get(void *impl, const char *hash, rt_evidence_writer write,
    void *arg, int *found)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_blob *blob = NULL;
	unsigned char *buf = NULL;
	int64_t id, size, at;
	size_t n;

	*found = 0;
	if ((err = find(st, hash, &id, &size)) != NULL || id == 0)
		return err;
	*found = 1;
	/* one handle for the whole file: SQLite then follows the chain of
	 * its pages once, not once per piece */
	if (sqlite3_blob_open(st->db, "main", "evidence", "data", id, 0,
	    &blob) != SQLITE_OK)
		return sq_db_error(st, "cannot read the evidence file");
	if (sqlite3_blob_bytes(blob) != size)
		err = rt_error_new(RT_EDB, "evidence %s: %d bytes stored, "
		    "%lld recorded (changed outside rectrack)", hash,
		    sqlite3_blob_bytes(blob), (long long)size);
	else if ((buf = malloc(RT_EVIDENCE_PIECE)) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	for (at = 0; err == NULL && at < size; at += (int64_t)n) {
		n = size - at < (int64_t)RT_EVIDENCE_PIECE ? (size_t)(size - at)
		    : RT_EVIDENCE_PIECE;
		if (sqlite3_blob_read(blob, buf, (int)n, (int)at) != SQLITE_OK)
			err = sq_db_error(st, "cannot read the evidence file");
		else
			err = write(arg, buf, n);
	}
	sqlite3_blob_close(blob);
	free(buf);
	return err;
}

struct rt_error *
sq_evidence_total(void *impl, int64_t *total)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;

	*total = 0;
	if ((err = sq_prepare(st, "SELECT coalesce(sum(size), 0) "
	    "FROM evidence", &stmt)) != NULL)
		return err;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		*total = sqlite3_column_int64(stmt, 0);
	else
		err = sq_db_error(st, "cannot read the evidence files");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_evidence_walk(void *impl, int (*cb)(const char *hash, int64_t size,
    void *), void *arg)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int rc;

	if ((err = sq_prepare(st, "SELECT hash, size FROM evidence "
	    "ORDER BY hash", &stmt)) != NULL)
		return err;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		if (cb((const char *)sqlite3_column_text(stmt, 0),
		    sqlite3_column_int64(stmt, 1), arg))
			break;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the evidence files");
	sq_release(st, stmt);
	return err;
}
