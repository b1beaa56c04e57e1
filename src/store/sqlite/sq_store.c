/*
 * rectrack — the store on SQLite (the embedded default).
 *
 * Every statement is constant text; user values only ever reach SQLite
 * through bound parameters.
 */
#include <errno.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/schema.h"
#include "store/sqlite/sq.h"
#include "store/store.h"

#define RT_APPLICATION_ID 0x52545243	/* "RTRC" */

/* ---- helpers -------------------------------------------------------- */

struct rt_error *
sq_db_error(struct sq_store *st, const char *what)
{
	int rc = sqlite3_extended_errcode(st->db);

	if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
		return rt_error_new(RT_EDB, "%s: %s: the database stayed busy "
		    "for %d seconds; try again", st->path, what,
		    RT_BUSY_TIMEOUT_MS / 1000);
	return rt_error_new(RT_EDB, "%s: %s: %s", st->path, what,
	    sqlite3_errmsg(st->db));
}

/*
 * The statement for sql, from the cache when it is there and free, else
 * newly prepared (and cached when there is room).  Give it back with
 * sq_release().  A statement in use (a query whose callback runs the same
 * query again) is not shared: the nested call gets its own.
 */
struct rt_error *
sq_prepare(struct sq_store *st, const char *sql, sqlite3_stmt **stmt)
{
	struct cached *c;
	int i;

	for (i = 0; i < st->ncache; i++) {
		c = &st->cache[i];
		if (!c->busy && strcmp(c->sql, sql) == 0) {
			c->busy = 1;
			*stmt = c->stmt;
			return NULL;
		}
	}
	if (sqlite3_prepare_v3(st->db, sql, -1, st->ncache < RT_STMT_CACHE ?
	    SQLITE_PREPARE_PERSISTENT : 0, stmt, NULL) != SQLITE_OK)
		return sq_db_error(st, "cannot prepare a statement");
	if (st->ncache < RT_STMT_CACHE &&
	    (st->cache[st->ncache].sql = rt_strdup(sql)) != NULL) {
		c = &st->cache[st->ncache++];
		c->stmt = *stmt;
		c->busy = 1;
	}
	return NULL;
}

/* Give back a statement of sq_prepare(): reset for the next use, or
 * finalized when it is not cached. */
void
sq_release(struct sq_store *st, sqlite3_stmt *stmt)
{
	int i;

	if (stmt == NULL)
		return;
	for (i = 0; i < st->ncache; i++)
		if (st->cache[i].stmt == stmt) {
			sqlite3_reset(stmt);
			sqlite3_clear_bindings(stmt);
			st->cache[i].busy = 0;
			return;
		}
	sqlite3_finalize(stmt);
}

/* Bind text; NULL and "" (an absent date or value) bind NULL. */
void
sq_bind_text(sqlite3_stmt *stmt, int i, const char *s)
{
	if (s == NULL || *s == '\0')
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_text(stmt, i, s, -1, SQLITE_TRANSIENT);
}

void
sq_bind_money(sqlite3_stmt *stmt, int i, int64_t cents)
{
	if (cents == RT_MONEY_NONE)
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_int64(stmt, i, cents);
}

char *
sq_col_str(sqlite3_stmt *stmt, int i)
{
	return rt_strdup((const char *)sqlite3_column_text(stmt, i));
}

void
sq_col_date(sqlite3_stmt *stmt, int i, char out[RT_DATE_SIZE])
{
	const char *s = (const char *)sqlite3_column_text(stmt, i);
	int n = sqlite3_column_bytes(stmt, i);

	if (s == NULL || n >= RT_DATE_SIZE)
		n = s == NULL ? 0 : RT_DATE_SIZE - 1;
	memcpy(out, s ? s : "", (size_t)n);
	out[n] = '\0';
}

int64_t
sq_col_money(sqlite3_stmt *stmt, int i)
{
	if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
		return RT_MONEY_NONE;
	return sqlite3_column_int64(stmt, i);
}

struct rt_error *
sq_each_row(struct sq_store *st, sqlite3_stmt *stmt,
    const struct store_kind *kind, void (*cb)(void), void *arg, int *found)
{
	struct rt_error *err = NULL;
	union store_row rec;
	size_t i;
	int rc = SQLITE_DONE, stop = 0, nomem;

	*found = 0;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(&rec, 0, sizeof(rec));
		for (nomem = 0, i = 0; i < kind->ncols; i++)
			nomem |= store_col_read(&kind->cols[i], &rec,
			    (const char *)sqlite3_column_text(stmt, (int)i));
		if (nomem) {
			kind->free(&rec);
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		(*found)++;
		stop = kind->call(cb, &rec, arg);
		kind->free(&rec);
	}
	if (!err && !stop && rc != SQLITE_DONE)
		err = sq_db_error(st, kind->error);
	sq_release(st, stmt);
	return err;
}

/* Step a statement that returns no rows. */
struct rt_error *
sq_step_done(struct sq_store *st, sqlite3_stmt *stmt, const char *what)
{
	if (sqlite3_step(stmt) != SQLITE_DONE)
		return sq_db_error(st, what);
	return NULL;
}

struct rt_error *
sq_exec(struct sq_store *st, const char *sql, const char *what)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return sq_db_error(st, what);
	return NULL;
}

/* The id of the row whose `code`/`number` is key, via a one-column query;
 * 0 when there is none. */
struct rt_error *
sq_lookup_id(struct sq_store *st, const char *sql, const char *key,
    int64_t *id)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int rc;

	*id = 0;
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sq_bind_text(stmt, 1, key);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	else if (rc != SQLITE_DONE)
		err = sq_db_error(st, "lookup");
	sq_release(st, stmt);
	return err;
}


struct rt_error *
sq_agency_id(struct sq_store *st, const char *code, int64_t *id)
{
	struct rt_error *err;

	if ((err = sq_lookup_id(st, SQL_AGENCY_ID, code, id)) != NULL)
		return err;
	if (*id == 0)
		return store_no_agency(code);
	return NULL;
}

/* ---- opening and the schema ----------------------------------------- */

static struct rt_error *
pragma_int(struct sq_store *st, const char *sql, int *value)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		*value = sqlite3_column_int(stmt, 0);
	else
		err = sq_db_error(st, "cannot read the database header");
	sq_release(st, stmt);
	return err;
}

/* Run one schema script statement by statement, naming the one that
 * fails. */
struct rt_error *
sq_run_script(struct sq_store *st, const struct rt_schema_script *script)
{
	const char *sql = script->sql, *tail;
	sqlite3_stmt *stmt;
	int n = 0;

	while (*sql != '\0') {
		if (sqlite3_prepare_v2(st->db, sql, -1, &stmt, &tail) !=
		    SQLITE_OK)
			return rt_error_new(RT_EDB, "%s: statement %d: %s",
			    script->name, n + 1, sqlite3_errmsg(st->db));
		sql = tail;
		if (stmt == NULL)	/* blanks and comments */
			continue;
		n++;
		while (sqlite3_step(stmt) == SQLITE_ROW)
			;
		if (sqlite3_finalize(stmt) != SQLITE_OK)
			return rt_error_new(RT_EDB, "%s: statement %d: %s",
			    script->name, n, sqlite3_errmsg(st->db));
	}
	return NULL;
}

/* Bring the schema to the current version inside one transaction. */
static struct rt_error *
migrate(struct sq_store *st)
{
	struct rt_error *err;
	char sql[64];
	int version, appid, tables, i;

	if ((err = sq_exec(st, "BEGIN IMMEDIATE", "cannot start the upgrade")))
		return err;
	/* Read again under the lock: another process may have done it. */
	if ((err = pragma_int(st, "PRAGMA user_version", &version)) ||
	    (err = pragma_int(st, "PRAGMA application_id", &appid)) ||
	    (err = pragma_int(st, "SELECT count(*) FROM sqlite_schema",
	    &tables)))
		goto done;
	if (version == 0 && tables > 0 && appid != RT_APPLICATION_ID) {
		err = rt_error_new(RT_EINVAL, "%s: not a rectrack database",
		    st->path);
		goto done;
	}
	for (i = version; i < rt_schema_count; i++)
		if ((err = sq_run_script(st, &rt_schema[i])) != NULL)
			goto done;
	/* version 5 made the chain: link the events recorded before it */
	if (version < 5 && (err = sq_chain_fill(st)) != NULL)
		goto done;
	/* version 6 made officials records: those of the free texts */
	if (version > 0 && version < 6 &&
	    (err = sq_officials_migrate(st)) != NULL)
		goto done;
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d",
	    rt_schema_count);
	if ((err = sq_exec(st, sql, "cannot set the schema version")))
		goto done;
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d",
	    RT_APPLICATION_ID);
	if ((err = sq_exec(st, sql, "cannot mark the database")))
		goto done;
	err = sq_exec(st, "COMMIT", "cannot commit the upgrade");
done:
	if (err)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return err;
}

/* A file that is there and not empty must be an SQLite database: SQLite
 * itself would take a file shorter than its header for an empty one. */
static struct rt_error *
check_header(const char *path)
{
	static const char magic[16] = "SQLite format 3";
	struct stat sb;
	char head[16];
	FILE *fp;
	size_t n;

	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return rt_error_new(RT_EINVAL, "%s: is a directory, not a "
		    "database", path);
	/* a pipe would hang the read below, a device would get SQLite's
	 * files beside it (PATH-journal) */
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
		return rt_error_new(RT_EINVAL, "%s: not a regular file (a "
		    "pipe or a device); a database is a file", path);
	if ((fp = fopen(path, "rb")) == NULL)
		return NULL;	/* missing: sqlite3_open_v2 tells */
	n = fread(head, 1, sizeof(head), fp);
	fclose(fp);
	if (n > 0 && (n < sizeof(head) || memcmp(head, magic, 16) != 0))
		return rt_error_new(RT_EINVAL, "%s: not a rectrack database "
		    "(not an SQLite file)", path);
	return NULL;
}

/* Whether a file named path + suffix exists. */
static int
exists_beside(const char *path, const char *suffix)
{
	struct rt_buf b = { 0 };
	int yes;

	if (rt_buf_printf(&b, "%s%s", path, suffix) == -1)
		return 0;
	yes = access(b.s, F_OK) == 0;
	rt_buf_free(&b);
	return yes;
}

/* Whether this user may create files in the folder of path. */
static int
folder_writable(const char *path)
{
	struct rt_buf b = { 0 };
	const char *slash = strrchr(path, '/');
	int yes;

	if (slash == NULL)
		return access(".", W_OK) == 0;
	if (rt_buf_add(&b, path, slash == path ? 1 : (size_t)(slash - path)))
		return 1;
	yes = access(b.s, W_OK) == 0;
	rt_buf_free(&b);
	return yes;
}

/* Where a new database is to be created: an error naming the folder of
 * path when it does not exist (SQLite says only "unable to open database
 * file"), else NULL. */
static struct rt_error *
folder_missing(const char *path)
{
	struct rt_error *err = NULL;
	struct rt_buf b = { 0 };
	const char *slash = strrchr(path, '/');
	struct stat sb;

	if (slash == NULL || slash == path || access(path, F_OK) == 0)
		return NULL;
	if (rt_buf_add(&b, path, (size_t)(slash - path)) != 0)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (stat(b.s, &sb) == -1 && (errno == ENOENT || errno == ENOTDIR))
		err = rt_error_new(RT_ENOTFOUND, "%s: no such folder; create "
		    "it first", b.s);
	else if (err == NULL && stat(b.s, &sb) == 0 && !S_ISDIR(sb.st_mode))
		err = rt_error_new(RT_EINVAL, "%s: not a folder", b.s);
	rt_buf_free(&b);
	return err;
}

/*
 * A database in WAL mode is read through its shared-memory index,
 * PATH-shm, which SQLite creates beside it: in a folder this user may
 * not write, it cannot (a limit of SQLite).  Whether that is why the
 * first read failed with rc.
 */
static int
no_shm_here(const char *path, int rc)
{
	return ((rc & 0xff) == SQLITE_CANTOPEN ||
	    (rc & 0xff) == SQLITE_READONLY) &&
	    !exists_beside(path, "-shm") && !folder_writable(path);
}

/* The error for a file whose first read failed with rc. */
static struct rt_error *
unreadable(struct sq_store *st, int rc)
{
	/* another program holding it locked past the busy timeout */
	if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
		return sq_db_error(st, "cannot read it");
	/* a change cut short left its rollback journal, which only a user
	 * who may write the file can play back */
	if (rc == SQLITE_READONLY_ROLLBACK)
		return rt_error_new(RT_EDB, "%s: cannot read it as a user who "
		    "may not write it: a change was cut short and %s-journal "
		    "holds what undoes it; the next command of a user who may "
		    "write it rolls it back", st->path, st->path);
	if ((rc & 0xff) == SQLITE_NOTADB)
		return rt_error_new(RT_EINVAL, "%s: not a rectrack database "
		    "(%s)", st->path, sqlite3_errmsg(st->db));
	if (no_shm_here(st->path, rc))
		return rt_error_new(RT_EDB, "%s: cannot use it from a folder "
		    "this user may not write: SQLite must create %s-shm "
		    "beside the database (it uses a write-ahead log)%s",
		    st->path, st->path, exists_beside(st->path, "-wal") ?
		    ", and its log holds changes not yet in the file; use it "
		    "as a user who may write the folder, or read a copy made "
		    "by one" : "; read commands can, write commands cannot");
	return rt_error_new(RT_EDB, "%s: cannot read it: %s", st->path,
	    sqlite3_errmsg(st->db));
}

/*
 * Read the header fields that say what the open file is into
 * st->found_version; refuse another program's database (its own
 * application id, a schema version without rectrack's id, tables at
 * version 0) and a newer rectrack's.  Reads only.
 */
static struct rt_error *
identify(struct sq_store *st)
{
	struct rt_error *err;
	int appid, tables;

	if (sqlite3_exec(st->db, "SELECT 1 FROM sqlite_schema LIMIT 1", NULL,
	    NULL, NULL) != SQLITE_OK)
		return unreadable(st, sqlite3_extended_errcode(st->db));
	if ((err = pragma_int(st, "PRAGMA user_version",
	    &st->found_version)) ||
	    (err = pragma_int(st, "PRAGMA application_id", &appid)) ||
	    (err = pragma_int(st, "SELECT count(*) FROM sqlite_schema",
	    &tables)))
		return err;
	if (appid == RT_APPLICATION_ID) {
		if (st->found_version > rt_schema_count)
			return rt_error_new(RT_EINVAL, "%s: schema version %d "
			    "is newer than this rectrack knows (%d); upgrade "
			    "rectrack", st->path, st->found_version,
			    rt_schema_count);
		return NULL;
	}
	if (appid != 0)
		return rt_error_new(RT_EINVAL, "%s: not a rectrack database "
		    "(the SQLite database of another program: application id "
		    "0x%08x)", st->path, (unsigned)appid);
	if (st->found_version > 0 || tables > 0)
		return rt_error_new(RT_EINVAL, "%s: not a rectrack database",
		    st->path);
	return NULL;		/* an empty database */
}

/* A private flag of rt_store_open: the upgrade has been done. */
#define STORE_UPGRADED (1 << 15)

static struct rt_error *open_file(const char *path, int flags,
    struct sq_store **out);

/*
 * A read-only open found an older schema: upgrade it through a
 * read-write connection of its own, then open read-only again.
 */
static struct rt_error *
upgrade_then_open(const char *path, int flags, int found,
    struct sq_store **out)
{
	struct rt_error *err, *why;
	struct sq_store *rw;

	if (flags & STORE_UPGRADED)
		return rt_error_new(RT_EDB, "%s: still at schema version %d "
		    "after its upgrade", path, found);
	if ((why = open_file(path, flags & ~RT_STORE_READONLY, &rw))) {
		err = rt_error_new(RT_EDB, "%s: schema version %d must be "
		    "upgraded to %d before it can be read, and the upgrade "
		    "failed: %s", path, found, rt_schema_count,
		    why->msg);
		rt_error_free(why);
		return err;
	}
	sq_close(rw);
	if ((err = open_file(path, flags | STORE_UPGRADED, out)))
		return err;
	(*out)->found_version = found;
	return NULL;
}

/* Open st->path read-only as an immutable file: no locks, no -shm, no
 * -wal, nothing written beside it. */
static struct rt_error *
open_immutable(struct sq_store *st)
{
	struct rt_buf uri = { 0 };
	const char *p;
	int ok, rc;

	/* a URI, with the characters that mean something in one escaped */
	ok = rt_buf_puts(&uri, st->path[0] == '/' ? "file://" : "file:") == 0;
	for (p = st->path; ok && *p; p++)
		ok = (*p == '%' || *p == '?' || *p == '#') ?
		    rt_buf_printf(&uri, "%%%02X", (unsigned char)*p) == 0 :
		    rt_buf_add(&uri, p, 1) == 0;
	ok = ok && rt_buf_puts(&uri, "?immutable=1") == 0;
	if (!ok) {
		rt_buf_free(&uri);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	sqlite3_close(st->db);
	st->db = NULL;
	rc = sqlite3_open_v2(uri.s, &st->db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_URI, NULL);
	rt_buf_free(&uri);
	if (rc != SQLITE_OK)
		return rt_error_new(RT_EDB, "%s: cannot open: %s", st->path,
		    st->db ? sqlite3_errmsg(st->db) : "out of memory");
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, RT_BUSY_TIMEOUT_MS);
	return NULL;
}

/*
 * A read-only store whose first read failed with rc: when the cause is
 * a WAL database in a folder this user may not write (see no_shm_here)
 * and no write-ahead log is there, every committed change is in the
 * file itself: read it as an immutable file (no locks, no -shm).
 * Otherwise the error.
 */
static struct rt_error *
reopen_without_shm(struct sq_store *st, int rc)
{
	if (!no_shm_here(st->path, rc) || exists_beside(st->path, "-wal"))
		return unreadable(st, rc);
	return open_immutable(st);
}

/* Whether the file at path is a database in WAL mode: its header's
 * read and write versions (bytes 18 and 19) are 2. */
static int
is_wal_file(const char *path)
{
	unsigned char head[20];
	FILE *fp;
	size_t n;

	if ((fp = fopen(path, "rb")) == NULL)
		return 0;
	n = fread(head, 1, sizeof(head), fp);
	fclose(fp);
	return n == sizeof(head) && head[18] == 2 && head[19] == 2;
}

/*
 * Open a file this user may read and not write, for reading.  SQLite
 * would create PATH-wal and PATH-shm beside a WAL database, owned by
 * this user and not writable by its owner, and a connection that cannot
 * write never removes them: the owner could no longer write.  So:
 * without a write-ahead log there, every committed change is in the
 * file, which is read as it is (immutable, nothing created); with the
 * log and its index there (the owner at work), through them, read-only;
 * with the log and no index, not at all (making the index would lock
 * the owner out).  A database not in WAL mode is read as usual.
 */
static struct rt_error *
open_unwritable(struct sq_store *st, int oflags)
{
	/* a rollback-journal database (a restored copy, say) is read with
	 * the usual locks: SQLite creates nothing beside it for a reader,
	 * and immutable would ignore a writer at work or a hot journal */
	int wal = is_wal_file(st->path);

	if (wal && !exists_beside(st->path, "-wal"))
		return open_immutable(st);
	if (wal && !exists_beside(st->path, "-shm"))
		return rt_error_new(RT_EDB, "%s: cannot read it as a user "
		    "who may not write it: its write-ahead log %s-wal holds "
		    "changes not yet in the file, and reading them would "
		    "leave a %s-shm file its owner could not write; read it "
		    "once its owner has used it, or read a copy", st->path,
		    st->path, st->path);
	if (sqlite3_open_v2(st->path, &st->db, oflags, NULL) != SQLITE_OK)
		return rt_error_new(RT_EDB, "%s: cannot open: %s", st->path,
		    st->db ? sqlite3_errmsg(st->db) : "out of memory");
	return NULL;
}

/* What can be said of path before opening it: that it is not there (not
 * creating), not a SQLite file, or in a folder that is not there. */
static struct rt_error *
check_path(const char *path, int flags)
{
	struct rt_error *err;

	if (!(flags & RT_STORE_CREATE) && access(path, F_OK) != 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no database here "
		    "(create one with 'rectrack init')", path);
	if (strcmp(path, ":memory:") != 0 && (err = check_header(path)))
		return err;
	if ((flags & RT_STORE_CREATE) && strcmp(path, ":memory:") != 0 &&
	    (err = folder_missing(path)) != NULL)
		return err;
	return NULL;
}

/*
 * Open the connection of st, with oflags, and make sure it can read.
 * Read-only stores open read-write without create, with query_only on:
 * SQLite refuses every write through the connection, yet the last
 * connection to close still removes PATH-wal and PATH-shm (a connection
 * opened with SQLITE_OPEN_READONLY leaves them behind).  SQLite opens a
 * file it may not write read-only all the same.
 */
static struct rt_error *
connect_file(struct sq_store *st, int oflags)
{
	const char *path = st->path;
	struct rt_error *err;
	int rc;

	/* SQLite would open it read-only and leave PATH-wal and PATH-shm
	 * its owner could not write (see open_unwritable) */
	if (!st->readonly && strcmp(path, ":memory:") != 0 &&
	    access(path, F_OK) == 0 && access(path, W_OK) != 0)
		return rt_error_new(RT_EDB, "%s: this user may not write it: "
		    "read commands can, write commands cannot", path);
	if (st->readonly && strcmp(path, ":memory:") != 0 &&
	    access(path, W_OK) != 0) {
		if ((err = open_unwritable(st, oflags)) != NULL)
			return err;
	} else if (sqlite3_open_v2(path, &st->db, oflags, NULL) != SQLITE_OK)
		return rt_error_new(RT_EDB, "%s: cannot open: %s", path,
		    st->db ? sqlite3_errmsg(st->db) : "out of memory");
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, RT_BUSY_TIMEOUT_MS);
	if (st->readonly && (err = sq_exec(st, "PRAGMA query_only = ON",
	    "cannot open read-only")))
		return err;
	rc = sqlite3_exec(st->db, "SELECT 1 FROM sqlite_schema LIMIT 1", NULL,
	    NULL, NULL);
	if (rc != SQLITE_OK)
		/* once is enough: identify() would wait out the busy
		 * timeout a second time */
		return st->readonly ? reopen_without_shm(st,
		    sqlite3_extended_errcode(st->db)) :
		    unreadable(st, sqlite3_extended_errcode(st->db));
	return NULL;
}

/* Make sure the file is ours before anything is written, then turn on
 * foreign keys and synchronous writes: a commit is on disk before the
 * command reports success, WAL or not, so that a power cut cannot take
 * back what was reported done. */
static struct rt_error *
settle(struct sq_store *st)
{
	struct rt_error *err;

	if ((err = identify(st)) != NULL)
		return err;
	if ((err = sq_exec(st, "PRAGMA foreign_keys = ON",
	    "cannot turn on foreign keys")))
		return err;
	return sq_exec(st, "PRAGMA synchronous = FULL",
	    "cannot set synchronous writes");
}

static struct rt_error *
open_file(const char *path, int flags, struct sq_store **out)
{
	struct rt_error *err = NULL;
	struct sq_store *st;
	int oflags, found;

	*out = NULL;
	if (flags & RT_STORE_CREATE)
		flags &= ~RT_STORE_READONLY;
	if ((err = check_path(path, flags)) != NULL)
		return err;
	oflags = SQLITE_OPEN_READWRITE;
	if (flags & RT_STORE_CREATE)
		oflags |= SQLITE_OPEN_CREATE;
	if ((st = calloc(1, sizeof(*st))) == NULL ||
	    (st->path = rt_strdup(path)) == NULL) {
		free(st);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	st->readonly = (flags & RT_STORE_READONLY) != 0;
	if ((err = connect_file(st, oflags)) || (err = settle(st)))
		goto done;
	if (st->found_version == 0 && !(flags & RT_STORE_CREATE)) {
		err = rt_error_new(RT_ENOTFOUND, "%s: no rectrack database here "
		    "(create one with 'rectrack init')", path);
		goto done;
	}
	if (st->found_version < rt_schema_count && st->readonly) {
		found = st->found_version;
		sq_close(st);
		return upgrade_then_open(path, flags, found, out);
	}
	if (st->found_version < rt_schema_count) {
		if (st->found_version == 0 &&
		    (err = sq_exec(st, "PRAGMA journal_mode = WAL",
		    "cannot turn on the write-ahead log")))
			goto done;
		if ((err = migrate(st)) != NULL)
			goto done;
	}
done:
	if (err) {
		sq_close(st);
		return err;
	}
	*out = st;
	return NULL;
}

struct rt_error *
sq_open(const char *path, int flags, void **impl)
{
	struct rt_error *err;
	struct sq_store *st;

	err = open_file(path, flags, &st);
	*impl = st;
	return err;
}

void
sq_close(void *impl)
{
	struct sq_store *st = impl;
	int i;

	if (st == NULL)
		return;
	for (i = 0; i < st->ncache; i++) {
		sqlite3_finalize(st->cache[i].stmt);
		free(st->cache[i].sql);
	}
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

const char *
sq_name(void *impl)
{
	struct sq_store *st = impl;

	return st->path;
}

void
sq_versions(void *impl, int *found, int *current)
{
	struct sq_store *st = impl;

	*found = st->found_version;
	*current = rt_schema_count;
}

struct rt_error *
sq_begin(void *impl)
{
	struct sq_store *st = impl;

	return sq_exec(st, "BEGIN IMMEDIATE", "cannot start a transaction");
}

struct rt_error *
sq_commit(void *impl)
{
	struct sq_store *st = impl;
	struct rt_error *err;

	/* the rows added in the transaction join the search index */
	if ((err = sq_search_flush(st)) != NULL)
		return err;
	return sq_exec(st, "COMMIT", "cannot commit");
}

void
sq_rollback(void *impl)
{
	struct sq_store *st = impl;

	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}
