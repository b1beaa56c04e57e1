/*
 * rectrack — the store on PostgreSQL: evidence files (store.h).  A file
 * is one row of rectrack.evidence (hash, size) and its bytes the rows of
 * rectrack.evidence_chunk, piece n holding bytes [n MiB, (n + 1) MiB):
 * bytea in pieces rather than large objects, which live outside the
 * tables, take grants one by one and which a dump or a copy carries
 * apart (schema/postgresql/004-closure.sql).  A piece goes to and from
 * the server as binary, never whole files.
 */
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/store.h"

/* The id and size of the file hash; *id 0 when it is not stored. */
static struct rt_error *
find(struct pg_store *st, const char *hash, int64_t *id, int64_t *size)
{
	const char *p[1] = { hash };
	struct rt_error *err;
	PGresult *res;

	*id = *size = 0;
	if ((err = pg_query(st, "cannot read the evidence files",
	    "SELECT id, size FROM evidence WHERE hash = $1", 1, p, &res,
	    NULL)) != NULL)
		return err;
	if (PQntuples(res) > 0) {
		*id = pg_int(res, 0, 0);
		*size = pg_int(res, 0, 1);
	}
	PQclear(res);
	return NULL;
}

/* Pull size bytes from read into the pieces of file id. */
static struct rt_error *
fill(struct pg_store *st, int64_t id, int64_t size, rt_evidence_reader read,
    void *arg)
{
	static const int formats[3] = { 0, 0, 1 };
	struct rt_error *err = NULL;
	unsigned char *buf;
	const char *p[3];
	char ibuf[24], nbuf[24];
	int lengths[3] = { 0, 0, 0 };
	PGresult *res;
	int64_t at, k;
	size_t n;

	if ((buf = malloc(RT_EVIDENCE_PIECE)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	p[0] = pg_int_param(ibuf, id);
	for (at = 0, k = 0; at < size; at += (int64_t)n, k++) {
		n = size - at < (int64_t)RT_EVIDENCE_PIECE ? (size_t)(size - at)
		    : RT_EVIDENCE_PIECE;
		if ((err = read(arg, buf, n)) != NULL)
			break;
		p[1] = pg_int_param(nbuf, k);
		p[2] = (const char *)buf;
		lengths[2] = (int)n;
		if ((err = pg_query_bin(st, "cannot add the evidence file",
		    "INSERT INTO evidence_chunk(evidence_id, n, data) "
		    "VALUES ($1, $2, $3)", 3, p, lengths, formats, 0, &res)))
			break;
		PQclear(res);
	}
	free(buf);
	return err;
}

struct rt_error *
pg_evidence_put(void *impl, const char *hash, int64_t size,
    rt_evidence_reader read, void *arg, int *added)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	const char *p[2];
	char sbuf[24];
	PGresult *res;
	int64_t id, had;

	*added = 0;
	if ((err = find(st, hash, &id, &had)) != NULL || id != 0)
		return err;
	p[0] = hash;
	p[1] = pg_int_param(sbuf, size);
	if ((err = pg_query(st, "cannot add the evidence file",
	    "INSERT INTO evidence(hash, size) VALUES ($1, $2) RETURNING id",
	    2, p, &res, NULL)) != NULL)
		return err;
	id = PQntuples(res) > 0 ? pg_int(res, 0, 0) : 0;
	PQclear(res);
	if ((err = fill(st, id, size, read, arg)) != NULL)
		return err;
	*added = 1;
	return NULL;
}

struct rt_error *
pg_evidence_size(void *impl, const char *hash, int64_t *size, int *found)
{
	struct rt_error *err;
	int64_t id;

	err = find(impl, hash, &id, size);
	*found = id != 0;
	return err;
}

struct rt_error *
pg_evidence_piece(void *impl, const char *hash, int64_t k,
    unsigned char *buf, size_t *len, int *found)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	const char *p[2];
	char ibuf[24], nbuf[24];
	PGresult *res;
	int64_t id, size, at = k * (int64_t)RT_EVIDENCE_PIECE;
	size_t want, got;

	*len = 0;
	*found = 0;
	if ((err = find(st, hash, &id, &size)) != NULL || id == 0)
		return err;
	*found = 1;
	if (k < 0 || at >= size)
		return NULL;
	want = size - at < (int64_t)RT_EVIDENCE_PIECE ? (size_t)(size - at) :
	    RT_EVIDENCE_PIECE;
	p[0] = pg_int_param(ibuf, id);
	p[1] = pg_int_param(nbuf, k);
	if ((err = pg_query_bin(st, "cannot read the evidence file",
	    "SELECT data FROM evidence_chunk WHERE evidence_id = $1::bigint "
	    "AND n = $2::integer", 2, p, NULL, NULL, 1, &res)) != NULL)
		return err;
	got = PQntuples(res) > 0 ? (size_t)PQgetlength(res, 0, 0) : 0;
	if (PQntuples(res) == 0)
		err = rt_error_new(RT_EDB, "evidence %s: piece %lld is missing "
		    "(changed outside rectrack)", hash, (long long)k);
	else if (got != want)
		err = rt_error_new(RT_EDB, "evidence %s: piece %lld holds %zu "
		    "bytes, not %zu (changed outside rectrack)", hash,
		    (long long)k, got, want);
	else {
		memcpy(buf, PQgetvalue(res, 0, 0), got);
		*len = got;
	}
	PQclear(res);
	return err;
}

struct rt_error *
pg_evidence_get(void *impl, const char *hash, rt_evidence_writer write,
    void *arg, int *found)
{
	struct rt_error *err;
	unsigned char *buf;
	int64_t size, k, left;
	size_t len;

	*found = 0;
	if ((err = pg_evidence_size(impl, hash, &size, found)) != NULL ||
	    !*found)
		return err;
	if ((buf = malloc(RT_EVIDENCE_PIECE)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (k = 0, left = size; left > 0; k++, left -= (int64_t)len)
		if ((err = pg_evidence_piece(impl, hash, k, buf, &len,
		    found)) != NULL || (err = write(arg, buf, len)) != NULL)
			break;
	free(buf);
	return err;
}

struct rt_error *
pg_evidence_total(void *impl, int64_t *total)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	PGresult *res;

	*total = 0;
	if ((err = pg_query(st, "cannot read the evidence files",
	    "SELECT coalesce(sum(size), 0) FROM evidence", 0, NULL, &res,
	    NULL)) != NULL)
		return err;
	*total = pg_int(res, 0, 0);
	PQclear(res);
	return NULL;
}

struct rt_error *
pg_evidence_walk(void *impl, int (*cb)(const char *hash, int64_t size,
    void *), void *arg)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	PGresult *res;
	int i, n;

	if ((err = pg_query(st, "cannot read the evidence files",
	    "SELECT hash, size FROM evidence ORDER BY hash", 0, NULL, &res,
	    NULL)) != NULL)
		return err;
	n = PQntuples(res);
	for (i = 0; i < n; i++)
		if (cb(PQgetvalue(res, i, 0), pg_int(res, i, 1), arg))
			break;
	PQclear(res);
	return NULL;
}
