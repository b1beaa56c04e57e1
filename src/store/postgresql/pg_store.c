/*
 * rectrack — the store on a PostgreSQL server: connecting, the schema,
 * transactions and the helpers the other pg_*.c files share.
 *
 * Every statement is constant text; user values only ever reach the
 * server as parameters.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/schema.h"
#include "store/store.h"

/*
 * Schema versions count as the SQLite ones do, since both backends hold
 * the same data model: the first PostgreSQL script makes version 4, the
 * SQLite schema of 004-management-decision.sql; script i makes version
 * PG_FIRST_VERSION + i.  A new version needs a script for each backend.
 */
#define PG_FIRST_VERSION 4
#define PG_CURRENT_VERSION (PG_FIRST_VERSION + rt_pg_schema_count - 1)

/* How long a statement waits for a row another user holds (ms). */
#define PG_LOCK_TIMEOUT "30s"

/* ---- helpers ---------------------------------------------------------- */

/* The server's message: its first line, without "ERROR:  ". */
static void
server_message(const PGresult *res, PGconn *conn, char *buf, size_t size)
{
	const char *m = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)
	    : NULL;
	size_t n;

	if (m == NULL)
		m = PQerrorMessage(conn);
	if (strncmp(m, "ERROR:  ", 8) == 0)
		m += 8;
	n = strcspn(m, "\n");
	if (n >= size)
		n = size - 1;
	memcpy(buf, m, n);
	buf[n] = '\0';
}

static struct rt_error *
failure(struct pg_store *st, const char *what, const PGresult *res,
    const char *state)
{
	char msg[512];

	server_message(res, st->conn, msg, sizeof(msg));
	if (PQstatus(st->conn) != CONNECTION_OK)
		return rt_error_new(RT_EDB, "%s: %s: the connection to the "
		    "server was lost: %s", st->name, what, msg);
	/* the trigger rectrack.event_approver (schema 7) */
	if (strcmp(state, "42501") == 0 && strncmp(msg, "only a member of "
	    "rectrack_approver", 34) == 0)
		return rt_error_new(RT_EREFUSED, "only a member of "
		    "rectrack_approver may approve (the database refused: "
		    "role \"%s\")", st->user ? st->user : "?");
	if (strcmp(state, "42501") == 0)
		return rt_error_new(RT_EREFUSED, "%s: %s: database user '%s' "
		    "may not do this (%s); changing data needs the role "
		    "rectrack_writer", st->name, what, st->user ? st->user :
		    "?", msg);
	if (strcmp(state, "25006") == 0)
		return rt_error_new(RT_EDB, "%s: %s: opened for reading only",
		    st->name, what);
	if (strcmp(state, "55P03") == 0 || strcmp(state, "57014") == 0)
		return rt_error_new(RT_EDB, "%s: %s: another user held the "
		    "same rows for more than %s; nothing was changed, try "
		    "again", st->name, what, PG_LOCK_TIMEOUT);
	if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0)
		return rt_error_new(RT_ECONFLICT, "%s: %s: another user "
		    "changed the same rows at the same moment; nothing was "
		    "changed, try again", st->name, what);
	if (strcmp(state, "22021") == 0)
		return rt_error_new(RT_EINVAL, "%s: %s: a text is not valid "
		    "UTF-8; nothing was changed", st->name, what);
	return rt_error_new(RT_EDB, "%s: %s: %s", st->name, what, msg);
}

/*
 * A statement run a second time is prepared then, once per connection,
 * and run by name from then on: an import runs the same few statements
 * for every recommendation and event, and the server then parses and
 * plans each of them once.  The first time it runs unnamed, in one
 * round trip: most of a command's statements run once, and preparing
 * them would cost a round trip each.  The text is the key (statements
 * are constant text); past PG_PREPARED kinds the rest run unprepared.
 */
static PGresult *
run_prepared(struct pg_store *st, const char *sql, int nparams,
    const char *const *params)
{
	PGresult *res;
	char name[16];
	int i;

	for (i = 0; i < st->nprepared; i++)
		if (st->prepared[i] == sql || strcmp(st->prepared[i], sql) == 0)
			break;
	if (i == st->nprepared) {
		if (i < PG_PREPARED &&
		    (st->prepared[i] = rt_strdup(sql)) != NULL) {
			st->ready[i] = 0;
			st->nprepared++;
		}
		return PQexecParams(st->conn, sql, nparams, NULL, params,
		    NULL, NULL, 0);
	}
	snprintf(name, sizeof(name), "rt%d", i);
	if (!st->ready[i]) {
		res = PQprepare(st->conn, name, sql, nparams, NULL);
		if (res == NULL || PQresultStatus(res) != PGRES_COMMAND_OK)
			return res;	/* the failure, as the run would give */
		PQclear(res);
		st->ready[i] = 1;
	}
	return PQexecPrepared(st->conn, name, nparams, params, NULL, NULL, 0);
}

struct rt_error *
pg_query(struct pg_store *st, const char *what, const char *sql,
    int nparams, const char *const *params, PGresult **out, char state[6])
{
	PGresult *res;
	const char *s;
	ExecStatusType rc;

	*out = NULL;
	if (state)
		state[0] = '\0';
	/* rows held back go first: this statement may read them */
	if (pg_bulk_pending(st)) {
		struct rt_error *err = pg_bulk_flush(st);

		if (err)
			return err;
	}
	res = run_prepared(st, sql, nparams, params);
	rc = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	if (rc == PGRES_COMMAND_OK || rc == PGRES_TUPLES_OK) {
		*out = res;
		return NULL;
	}
	s = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	if (s == NULL)
		s = "";
	if (state) {
		snprintf(state, 6, "%s", s);
		if (strcmp(s, PG_UNIQUE) == 0 ||
		    strcmp(s, PG_FOREIGN_KEY) == 0) {
			PQclear(res);
			return NULL;
		}
	}
	{
		char code[6];
		struct rt_error *err;

		snprintf(code, sizeof(code), "%s", s);
		err = failure(st, what, res, code);
		PQclear(res);
		return err;
	}
}

struct rt_error *
pg_query_bin(struct pg_store *st, const char *what, const char *sql,
    int nparams, const char *const *params, const int *lengths,
    const int *formats, int binary, PGresult **out)
{
	PGresult *res;
	ExecStatusType rc;
	const char *s;
	char code[6];
	struct rt_error *err;

	*out = NULL;
	if (pg_bulk_pending(st) && (err = pg_bulk_flush(st)))
		return err;
	res = PQexecParams(st->conn, sql, nparams, NULL, params, lengths,
	    formats, binary);
	rc = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	if (rc == PGRES_COMMAND_OK || rc == PGRES_TUPLES_OK) {
		*out = res;
		return NULL;
	}
	s = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	snprintf(code, sizeof(code), "%s", s ? s : "");
	err = failure(st, what, res, code);
	PQclear(res);
	return err;
}

struct rt_error *
pg_copy(struct pg_store *st, const char *what, const char *sql,
    const char *data, size_t len)
{
	struct rt_error *err = NULL;
	PGresult *res;
	const char *s;
	char code[6];

	res = PQexec(st->conn, sql);
	if (res == NULL || PQresultStatus(res) != PGRES_COPY_IN) {
		s = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
		snprintf(code, sizeof(code), "%s", s ? s : "");
		err = failure(st, what, res, code);
		PQclear(res);
		return err;
	}
	PQclear(res);
	if (PQputCopyData(st->conn, data, (int)len) != 1 ||
	    PQputCopyEnd(st->conn, NULL) != 1)
		err = failure(st, what, NULL, "");
	/* the COPY's end: its result, then none */
	while ((res = PQgetResult(st->conn)) != NULL) {
		if (err == NULL && PQresultStatus(res) != PGRES_COMMAND_OK) {
			s = PQresultErrorField(res, PG_DIAG_SQLSTATE);
			snprintf(code, sizeof(code), "%s", s ? s : "");
			err = failure(st, what, res, code);
		}
		PQclear(res);
	}
	return err;
}

struct rt_error *
pg_exec(struct pg_store *st, const char *what, const char *sql, int nparams,
    const char *const *params, char state[6])
{
	PGresult *res;
	struct rt_error *err;

	err = pg_query(st, what, sql, nparams, params, &res, state);
	PQclear(res);
	return err;
}

const char *
pg_str(const PGresult *res, int i, int j)
{
	return PQgetisnull(res, i, j) ? NULL : PQgetvalue(res, i, j);
}

char *
pg_dup(const PGresult *res, int i, int j, int *nomem)
{
	char *s;

	if (PQgetisnull(res, i, j))
		return NULL;
	if ((s = rt_strdup(PQgetvalue(res, i, j))) == NULL)
		*nomem = 1;
	return s;
}

struct rt_error *
pg_cursor_walk(struct pg_store *st, const char *what, const char *sql,
    int nparams, const char *const *params,
    int (*row)(const PGresult *, int, void *), void *arg)
{
	struct rt_error *err;
	struct rt_buf decl = { 0 };
	PGresult *res;
	char fetch[64], close[32];
	int own, i, n, rc = 0;

	/* a name per depth: a row's callback may walk another query, and
	 * the statements' texts stay the same from one command to the
	 * next */
	if (rt_buf_printf(&decl, "DECLARE rt_cur%d NO SCROLL CURSOR FOR %s",
	    st->cursors, sql) == -1)
		return rt_error_new(RT_ENOMEM, "out of memory");
	snprintf(fetch, sizeof(fetch), "FETCH " PG_WALK_ROWS " FROM rt_cur%d",
	    st->cursors);
	snprintf(close, sizeof(close), "CLOSE rt_cur%d", st->cursors);
	own = PQtransactionStatus(st->conn) == PQTRANS_IDLE;
	if (own && (err = pg_exec(st, "cannot start a transaction",
	    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", 0, NULL,
	    NULL))) {
		rt_buf_free(&decl);
		return err;
	}
	st->cursors++;
	if ((err = pg_exec(st, what, decl.s, nparams, params, NULL)))
		goto done;
	do {
		if ((err = pg_query(st, what, fetch, 0, NULL, &res, NULL)))
			goto done;
		n = PQntuples(res);
		for (i = 0; i < n && rc == 0; i++)
			rc = row(res, i, arg);
		PQclear(res);
	} while (n == atoi(PG_WALK_ROWS) && rc == 0);
	if (rc == -1)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (!own)
		err = pg_exec(st, what, close, 0, NULL, NULL);
done:
	st->cursors--;
	rt_buf_free(&decl);
	if (own) {
		res = PQexec(st->conn, err ? "ROLLBACK" : "COMMIT");
		PQclear(res);
	}
	return err;
}

struct rt_error *
pg_row_of(const PGresult *res, int i, const struct store_kind *kind,
    void (*cb)(void), void *arg, int *stop)
{
	union store_row rec;
	size_t j;
	int nomem;

	memset(&rec, 0, sizeof(rec));
	for (nomem = 0, j = 0; j < kind->ncols; j++)
		nomem |= store_col_read(&kind->cols[j], &rec,
		    pg_str(res, i, (int)j));
	if (nomem) {
		kind->free(&rec);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	*stop = kind->call(cb, &rec, arg);
	kind->free(&rec);
	return NULL;
}

struct rt_error *
pg_each_row(PGresult *res, const struct store_kind *kind,
    void (*cb)(void), void *arg, int *found)
{
	struct rt_error *err = NULL;
	int i, n, stop = 0;

	*found = 0;
	n = PQntuples(res);
	for (i = 0; i < n && !stop && err == NULL; i++)
		if ((err = pg_row_of(res, i, kind, cb, arg, &stop)) == NULL)
			(*found)++;
	PQclear(res);
	return err;
}

int64_t
pg_int(const PGresult *res, int i, int j)
{
	return PQgetisnull(res, i, j) ? 0 :
	    strtoll(PQgetvalue(res, i, j), NULL, 10);
}

int64_t
pg_money(const PGresult *res, int i, int j)
{
	return PQgetisnull(res, i, j) ? RT_MONEY_NONE :
	    strtoll(PQgetvalue(res, i, j), NULL, 10);
}

void
pg_date(const PGresult *res, int i, int j, char out[RT_DATE_SIZE])
{
	out[0] = '\0';
	if (!PQgetisnull(res, i, j))
		snprintf(out, RT_DATE_SIZE, "%s", PQgetvalue(res, i, j));
}

const char *
pg_int_param(char *buf, int64_t v)
{
	snprintf(buf, 24, "%lld", (long long)v);
	return buf;
}

const char *
pg_money_param(char *buf, int64_t cents)
{
	return cents == RT_MONEY_NONE ? NULL : pg_int_param(buf, cents);
}

const char *
pg_fys_param(char buf[PG_FYS_SIZE], const struct rt_filter *f)
{
	size_t i, n = 0;

	if (f->nfys == 0)
		return NULL;
	buf[n++] = '{';
	for (i = 0; i < f->nfys && i < RT_FILTER_MAX_FYS; i++)
		n += (size_t)snprintf(buf + n, PG_FYS_SIZE - n, "%s%d",
		    i ? "," : "", f->fys[i]);
	snprintf(buf + n, PG_FYS_SIZE - n, "}");
	return buf;
}

const char *
pg_date_param(const char *date)
{
	return date == NULL || date[0] == '\0' ? NULL : date;
}

const char *
pg_text_param(const char *s)
{
	return s == NULL || s[0] == '\0' ? NULL : s;
}

/* ---- opening ----------------------------------------------------------- */

/* The URI for messages: a password in it (user:PASSWORD@ or
 * password=…) shown as "***". */
static char *
hide_password(const char *uri)
{
	struct rt_buf b = { 0 };
	const char *p = strstr(uri, "://"), *at, *colon, *q;

	if (p == NULL)
		return rt_strdup(uri);
	p += 3;
	at = p + strcspn(p, "@/?");
	colon = memchr(p, ':', at - p);
	if (*at == '@' && colon != NULL) {
		rt_buf_add(&b, uri, colon + 1 - uri);
		rt_buf_puts(&b, "***");
		p = at;
	} else
		p = uri;
	for (;;) {
		q = strstr(p, "password=");
		if (q == NULL || (q != uri && q[-1] != '?' && q[-1] != '&')) {
			rt_buf_puts(&b, p);
			break;
		}
		rt_buf_add(&b, p, q + 9 - p);
		rt_buf_puts(&b, "***");
		p = q + 9 + strcspn(q + 9, "&");
	}
	return b.s ? b.s : rt_strdup("");
}

/* The schema's state: 0 when there is no schema "rectrack"; its
 * version; -1 when "rectrack" is another program's. */
static struct rt_error *
find_version(struct pg_store *st, int *version)
{
	struct rt_error *err;
	PGresult *res;

	*version = 0;
	if ((err = pg_query(st, "cannot read the schema", "SELECT "
	    "(SELECT count(*) FROM pg_namespace WHERE nspname = 'rectrack'), "
	    "to_regclass('rectrack.meta') IS NOT NULL", 0, NULL, &res, NULL)))
		return err;
	if (pg_int(res, 0, 0) == 0) {
		PQclear(res);
		return NULL;
	}
	if (strcmp(PQgetvalue(res, 0, 1), "t") != 0) {
		PQclear(res);
		*version = -1;
		return NULL;
	}
	PQclear(res);
	if ((err = pg_query(st, "cannot read the schema version",
	    "SELECT version FROM rectrack.meta WHERE id = 1 AND "
	    "application = 'rectrack'", 0, NULL, &res, NULL)))
		return err;
	*version = PQntuples(res) == 1 ? (int)pg_int(res, 0, 0) : -1;
	PQclear(res);
	return NULL;
}

/* Only the schema's owner may upgrade it: anyone else is told so,
 * rather than what the server refuses first. */
static struct rt_error *
owner_upgrades(struct pg_store *st, int found)
{
	struct rt_error *err;
	PGresult *res;
	int owner;

	if ((err = pg_query(st, "cannot read the schema's owner",
	    "SELECT rectrack.is_owner()", 0, NULL, &res, NULL)))
		return err;
	owner = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	if (owner)
		return NULL;
	return rt_error_new(RT_EINVAL, "%s: the database is of schema version "
	    "%d, older than this rectrack's %d: its owner must open it once "
	    "(any rectrack command) to upgrade it; left as it is", st->name,
	    found, PG_CURRENT_VERSION);
}

/* Run the scripts that take the schema from st->found_version to the
 * current one, in one transaction. */
static struct rt_error *
migrate(struct pg_store *st)
{
	struct rt_error *err;
	PGresult *res;
	char vbuf[24];
	const char *p[1];
	int v, found;

	if ((err = pg_exec(st, "cannot start a transaction", "BEGIN", 0,
	    NULL, NULL)))
		return err;
	/* one upgrade at a time: a second waits, then finds it done */
	if ((err = pg_exec(st, "cannot lock the schema",
	    "SELECT pg_advisory_xact_lock(5395827)", 0, NULL, NULL)) ||
	    (err = find_version(st, &v)))
		goto fail;
	found = v;
	if (found > 0 && found < PG_CURRENT_VERSION &&
	    (err = owner_upgrades(st, found)) != NULL)
		goto fail;
	for (v = v == 0 ? 0 : v - PG_FIRST_VERSION + 1;
	    v >= 0 && v < rt_pg_schema_count; v++) {
		res = PQexec(st->conn, rt_pg_schema[v].sql);
		if (PQresultStatus(res) != PGRES_COMMAND_OK &&
		    PQresultStatus(res) != PGRES_TUPLES_OK) {
			char msg[512];

			server_message(res, st->conn, msg, sizeof(msg));
			err = rt_error_new(RT_EDB, "%s: cannot create the schema "
			    "(%s): %s", st->name, rt_pg_schema[v].name, msg);
			PQclear(res);
			goto fail;
		}
		PQclear(res);
	}
	/* version 5 made the chain: link the events recorded before it */
	if (found < 5 && (err = pg_chain_fill(st)) != NULL)
		goto fail;
	/* version 6 made officials records: those of the free texts */
	if (found > 0 && found < 6 && (err = pg_officials_migrate(st)) != NULL)
		goto fail;
	p[0] = pg_int_param(vbuf, PG_CURRENT_VERSION);
	if ((err = pg_exec(st, "cannot record the schema version",
	    "UPDATE rectrack.meta SET version = $1::integer WHERE id = 1", 1,
	    p, NULL)) ||
	    (err = pg_exec(st, "cannot commit", "COMMIT", 0, NULL, NULL)))
		goto fail;
	return NULL;
fail:
	res = PQexec(st->conn, "ROLLBACK");
	PQclear(res);
	return err;
}

/* Quiet notices (a migration's "role … not made" goes to the log). */
static void
no_notices(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/*
 * RECTRACK_PG_TRACE=FILE: libpq's trace of every message to and from
 * the server, appended to FILE without timestamps, so that a test can
 * count the statements a command sends (tests/pg/trips.py).
 */
static struct rt_error *
trace_start(struct pg_store *st)
{
	const char *path = getenv("RECTRACK_PG_TRACE");

	if (path == NULL || *path == '\0')
		return NULL;
	if ((st->trace = fopen(path, "a")) == NULL)
		return rt_error_new(RT_EIO, "RECTRACK_PG_TRACE: cannot open "
		    "%s: %s", path, strerror(errno));
	PQtrace(st->conn, st->trace);
	PQsetTraceFlags(st->conn, PQTRACE_SUPPRESS_TIMESTAMPS);
	return NULL;
}

/* Connect st to url and set the session up: the schema, dates in ISO
 * and UTC, UTF-8, the lock timeout, no JIT compilation (a listing of
 * 100,000 recommendations spent 0.46 s of its 0.92 s compiling its
 * plan, every time); learn the session's user. */
static struct rt_error *
connect_session(struct pg_store *st, const char *url)
{
	struct rt_error *err;
	PGresult *res;

	st->conn = PQconnectdb(url);
	if (st->conn == NULL || PQstatus(st->conn) != CONNECTION_OK) {
		char msg[512];

		/* libpq's first line names the server and the reason */
		server_message(NULL, st->conn, msg, sizeof(msg));
		return rt_error_new(RT_EDB, "%s: cannot connect: %s", st->name,
		    msg[0] ? msg : "out of memory");
	}
	PQsetNoticeProcessor(st->conn, no_notices, NULL);
	if ((err = trace_start(st)) != NULL)
		return err;
	if ((err = pg_exec(st, "cannot set up the session",
	    "SELECT set_config('search_path', 'rectrack', false), "
	    "set_config('DateStyle', 'ISO, YMD', false), "
	    "set_config('TimeZone', 'UTC', false), "
	    "set_config('client_encoding', 'UTF8', false), "
	    "set_config('lock_timeout', '" PG_LOCK_TIMEOUT "', false), "
	    "set_config('jit', 'off', false)",
	    0, NULL, NULL)))
		return err;
	if ((err = pg_query(st, "cannot read the user", "SELECT session_user",
	    0, NULL, &res, NULL)))
		return err;
	st->user = rt_strdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	if (st->user == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	return NULL;
}

/* The schema's version: refused when foreign or newer, missing unless
 * creating; brought up to date when older. */
static struct rt_error *
check_version(struct pg_store *st, int flags)
{
	struct rt_error *err;

	if ((err = find_version(st, &st->found_version)))
		return err;
	if (st->found_version < 0)
		return rt_error_new(RT_EINVAL, "%s: the schema \"rectrack\" "
		    "there is not a rectrack database; left as it is",
		    st->name);
	if (st->found_version > PG_CURRENT_VERSION ||
	    (st->found_version > 0 && st->found_version < PG_FIRST_VERSION))
		return rt_error_new(RT_EINVAL, "%s: the database is of a newer "
		    "rectrack (schema version %d; this one knows up to %d); "
		    "left as it is", st->name, st->found_version,
		    PG_CURRENT_VERSION);
	if (st->found_version == 0 && !(flags & RT_STORE_CREATE))
		/* as a missing or empty SQLite file */
		return rt_error_new(RT_ENOTFOUND, "%s: no database here "
		    "(create one with 'rectrack init')", st->name);
	if (st->found_version < PG_CURRENT_VERSION)
		return migrate(st);
	return NULL;
}

/* Whether the user owns the schema; a user who may only read is refused
 * before a write starts, in words; a read-only store's transactions are
 * read-only. */
static struct rt_error *
check_roles(struct pg_store *st)
{
	struct rt_error *err = NULL;
	PGresult *res;

	if ((err = pg_query(st, "cannot read the user's roles",
	    "SELECT rectrack.is_owner()", 0, NULL, &res, NULL)))
		return err;
	st->owner = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	if (!st->readonly && !st->owner) {
		if ((err = pg_query(st, "cannot read the user's privileges",
		    "SELECT has_table_privilege('rectrack.event', 'INSERT') "
		    "AND has_table_privilege('rectrack.recommendation', "
		    "'UPDATE')", 0, NULL, &res, NULL)))
			return err;
		if (strcmp(PQgetvalue(res, 0, 0), "t") != 0)
			err = rt_error_new(RT_EREFUSED, "%s: database user '%s' "
			    "may only read; changing data needs the role "
			    "rectrack_writer (docs/deployment.md)", st->name,
			    st->user);
		PQclear(res);
		if (err)
			return err;
	}
	if (st->readonly)
		return pg_exec(st, "cannot open read-only",
		    "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", 0,
		    NULL, NULL);
	return NULL;
}

struct rt_error *
pg_open(const char *url, int flags, void **out)
{
	struct rt_error *err = NULL;
	struct pg_store *st;

	*out = NULL;
	if (flags & RT_STORE_CREATE)
		flags &= ~RT_STORE_READONLY;
	if ((st = calloc(1, sizeof(*st))) == NULL ||
	    (st->name = hide_password(url)) == NULL) {
		free(st);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	st->readonly = (flags & RT_STORE_READONLY) != 0;
	if ((err = connect_session(st, url)) ||
	    (err = check_version(st, flags)) ||
	    (err = check_roles(st))) {
		pg_close(st);
		return err;
	}
	*out = st;
	return NULL;
}

void
pg_close(void *impl)
{
	struct pg_store *st = impl;

	if (st == NULL)
		return;
	if (st->conn)
		PQfinish(st->conn);
	if (st->trace)
		fclose(st->trace);
	while (st->nprepared > 0)
		free(st->prepared[--st->nprepared]);
	pg_bulk_end(st);
	free(st->name);
	free(st->user);
	free(st->subject);
	free(st);
}

const char *
pg_user(void *impl)
{
	struct pg_store *st = impl;

	return st->user;
}

const char *
pg_name(void *impl)
{
	struct pg_store *st = impl;

	return st->name;
}

void
pg_versions(void *impl, int *found, int *current)
{
	struct pg_store *st = impl;

	*found = st->found_version;
	*current = PG_CURRENT_VERSION;
}

/* ---- transactions ------------------------------------------------------ */

/*
 * A write transaction is READ COMMITTED: a command reads a
 * recommendation with its row locked (FOR UPDATE, pg_rec.c), so
 * that two commands changing the same one take turns and the second
 * sees what the first committed.
 */
struct rt_error *
pg_begin(void *impl)
{
	struct pg_store *st = impl;
	struct rt_error *err;

	if ((err = pg_exec(st, "cannot start a transaction",
	    "BEGIN ISOLATION LEVEL READ COMMITTED", 0, NULL, NULL)))
		return err;
	pg_bulk_end(st);
	st->in_tx = 1;
	st->head_read = 0;
	return NULL;
}

struct rt_error *
pg_begin_read(void *impl)
{
	struct pg_store *st = impl;
	struct rt_error *err;

	/* one snapshot for every query until the rollback */
	if ((err = pg_exec(st, "cannot start a transaction",
	    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", 0, NULL,
	    NULL)))
		return err;
	return NULL;
}

struct rt_error *
pg_commit(void *impl)
{
	struct pg_store *st = impl;
	struct rt_error *err;

	/* what is held goes out first (pg_query) */
	err = pg_exec(st, "cannot commit", "COMMIT", 0, NULL, NULL);
	st->in_tx = 0;
	st->head_read = 0;
	if (err == NULL)
		pg_bulk_analyze(st);
	pg_bulk_end(st);
	return err;
}

void
pg_rollback(void *impl)
{
	struct pg_store *st = impl;
	PGresult *res;

	if (PQtransactionStatus(st->conn) != PQTRANS_IDLE) {
		res = PQexec(st->conn, "ROLLBACK");
		PQclear(res);
	}
	st->in_tx = 0;
	st->head_read = 0;
	pg_bulk_end(st);	/* rows held back are dropped */
}
