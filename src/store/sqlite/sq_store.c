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
#define RT_BUSY_TIMEOUT_MS 30000

/* ---- helpers -------------------------------------------------------- */

struct rt_error *
db_error(struct sq_store *st, const char *what)
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
 * release().  A statement in use (a query whose callback runs the same
 * query again) is not shared: the nested call gets its own.
 */
struct rt_error *
prepare(struct sq_store *st, const char *sql, sqlite3_stmt **stmt)
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
		return db_error(st, "cannot prepare a statement");
	if (st->ncache < RT_STMT_CACHE &&
	    (st->cache[st->ncache].sql = rt_strdup(sql)) != NULL) {
		c = &st->cache[st->ncache++];
		c->stmt = *stmt;
		c->busy = 1;
	}
	return NULL;
}

/* Give back a statement of prepare(): reset for the next use, or
 * finalized when it is not cached. */
void
release(struct sq_store *st, sqlite3_stmt *stmt)
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
static void
bind_text(sqlite3_stmt *stmt, int i, const char *s)
{
	if (s == NULL || *s == '\0')
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_text(stmt, i, s, -1, SQLITE_TRANSIENT);
}

static void
bind_money(sqlite3_stmt *stmt, int i, int64_t cents)
{
	if (cents == RT_MONEY_NONE)
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_int64(stmt, i, cents);
}

static char *
col_str(sqlite3_stmt *stmt, int i)
{
	return rt_strdup((const char *)sqlite3_column_text(stmt, i));
}

void
col_date(sqlite3_stmt *stmt, int i, char out[RT_DATE_SIZE])
{
	const char *s = (const char *)sqlite3_column_text(stmt, i);
	int n = sqlite3_column_bytes(stmt, i);

	if (s == NULL || n >= RT_DATE_SIZE)
		n = s == NULL ? 0 : RT_DATE_SIZE - 1;
	memcpy(out, s ? s : "", (size_t)n);
	out[n] = '\0';
}

static int64_t
col_money(sqlite3_stmt *stmt, int i)
{
	if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
		return RT_MONEY_NONE;
	return sqlite3_column_int64(stmt, i);
}

/* Step a statement that returns no rows. */
struct rt_error *
step_done(struct sq_store *st, sqlite3_stmt *stmt, const char *what)
{
	if (sqlite3_step(stmt) != SQLITE_DONE)
		return db_error(st, what);
	return NULL;
}

static struct rt_error *
exec(struct sq_store *st, const char *sql, const char *what)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_error(st, what);
	return NULL;
}

/* The id of the row whose `code`/`number` is key, via a one-column query;
 * 0 when there is none. */
static struct rt_error *
lookup_id(struct sq_store *st, const char *sql, const char *key,
    int64_t *id)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int rc;

	*id = 0;
	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	bind_text(stmt, 1, key);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	else if (rc != SQLITE_DONE)
		err = db_error(st, "lookup");
	release(st, stmt);
	return err;
}

static const char SQL_ISSUER_ID[] = "SELECT id FROM issuer WHERE code = ?1";
static const char SQL_AGENCY_ID[] = "SELECT id FROM agency WHERE code = ?1";
static const char SQL_REPORT_ID[] = "SELECT id FROM report WHERE number = ?1";

static struct rt_error *
agency_id(struct sq_store *st, const char *code, int64_t *id)
{
	struct rt_error *err;

	if ((err = lookup_id(st, SQL_AGENCY_ID, code, id)) != NULL)
		return err;
	if (*id == 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no such agency (add it "
		    "with 'rectrack agency add')", code);
	return NULL;
}

/* ---- opening and the schema ----------------------------------------- */

static struct rt_error *
pragma_int(struct sq_store *st, const char *sql, int *value)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		*value = sqlite3_column_int(stmt, 0);
	else
		err = db_error(st, "cannot read the database header");
	release(st, stmt);
	return err;
}

/* Run one schema script statement by statement, naming the one that
 * fails. */
static struct rt_error *
run_script(struct sq_store *st, const struct rt_schema_script *script)
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

	if ((err = exec(st, "BEGIN IMMEDIATE", "cannot start the upgrade")))
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
		if ((err = run_script(st, &rt_schema[i])) != NULL)
			goto done;
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d",
	    rt_schema_count);
	if ((err = exec(st, sql, "cannot set the schema version")))
		goto done;
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d",
	    RT_APPLICATION_ID);
	if ((err = exec(st, sql, "cannot mark the database")))
		goto done;
	err = exec(st, "COMMIT", "cannot commit the upgrade");
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
		return db_error(st, "cannot read it");
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
	if ((why = sq_open(path, flags & ~RT_STORE_READONLY, &rw))) {
		err = rt_error_new(RT_EDB, "%s: schema version %d must be "
		    "upgraded to %d before it can be read, and the upgrade "
		    "failed: %s", path, found, rt_schema_count,
		    why->msg);
		rt_error_free(why);
		return err;
	}
	sq_close(rw);
	if ((err = sq_open(path, flags | STORE_UPGRADED, out)))
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

struct rt_error *
sq_open(const char *path, int flags, struct sq_store **out)
{
	struct rt_error *err = NULL;
	struct sq_store *st;
	int oflags, found, rc;

	*out = NULL;
	if (flags & RT_STORE_CREATE)
		flags &= ~RT_STORE_READONLY;
	if (!(flags & RT_STORE_CREATE) && access(path, F_OK) != 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no database here "
		    "(create one with 'rectrack init')", path);
	if (strcmp(path, ":memory:") != 0 && (err = check_header(path)))
		return err;
	if ((flags & RT_STORE_CREATE) && strcmp(path, ":memory:") != 0 &&
	    (err = folder_missing(path)) != NULL)
		return err;
	/*
	 * Read-only stores open read-write without create, with query_only
	 * on: SQLite refuses every write through the connection, yet the
	 * last connection to close still removes PATH-wal and PATH-shm (a
	 * connection opened with SQLITE_OPEN_READONLY leaves them behind).
	 * SQLite opens a file it may not write read-only all the same.
	 */
	oflags = SQLITE_OPEN_READWRITE;
	if (flags & RT_STORE_CREATE)
		oflags |= SQLITE_OPEN_CREATE;
	if ((st = calloc(1, sizeof(*st))) == NULL ||
	    (st->path = rt_strdup(path)) == NULL) {
		free(st);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	st->readonly = (flags & RT_STORE_READONLY) != 0;
	/* SQLite would open it read-only and leave PATH-wal and PATH-shm
	 * its owner could not write (see open_unwritable) */
	if (!st->readonly && strcmp(path, ":memory:") != 0 &&
	    access(path, F_OK) == 0 && access(path, W_OK) != 0) {
		err = rt_error_new(RT_EDB, "%s: this user may not write it: "
		    "read commands can, write commands cannot", path);
		goto done;
	}
	if (st->readonly && strcmp(path, ":memory:") != 0 &&
	    access(path, W_OK) != 0) {
		if ((err = open_unwritable(st, oflags)) != NULL)
			goto done;
	} else if (sqlite3_open_v2(path, &st->db, oflags, NULL) != SQLITE_OK) {
		err = rt_error_new(RT_EDB, "%s: cannot open: %s", path,
		    st->db ? sqlite3_errmsg(st->db) : "out of memory");
		goto done;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, RT_BUSY_TIMEOUT_MS);
	if (st->readonly && (err = exec(st, "PRAGMA query_only = ON",
	    "cannot open read-only")))
		goto done;
	rc = sqlite3_exec(st->db, "SELECT 1 FROM sqlite_schema LIMIT 1", NULL,
	    NULL, NULL);
	if (rc != SQLITE_OK) {
		/* once is enough: identify() would wait out the busy
		 * timeout a second time */
		err = st->readonly ? reopen_without_shm(st,
		    sqlite3_extended_errcode(st->db)) :
		    unreadable(st, sqlite3_extended_errcode(st->db));
		if (err)
			goto done;
	}
	/* nothing is written before the file is known to be ours */
	if ((err = identify(st)) != NULL)
		goto done;
	/* a commit is on disk before the command reports success, WAL or
	 * not: a power cut cannot take back what was reported done */
	if ((err = exec(st, "PRAGMA foreign_keys = ON",
	    "cannot turn on foreign keys")) ||
	    (err = exec(st, "PRAGMA synchronous = FULL",
	    "cannot set synchronous writes")))
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
		    (err = exec(st, "PRAGMA journal_mode = WAL",
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

void
sq_close(struct sq_store *st)
{
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
sq_name(struct sq_store *st)
{
	return st->path;
}

void
sq_versions(struct sq_store *st, int *found, int *current)
{
	*found = st->found_version;
	*current = rt_schema_count;
}

struct rt_error *
sq_begin(struct sq_store *st)
{
	return exec(st, "BEGIN IMMEDIATE", "cannot start a transaction");
}

struct rt_error *
sq_commit(struct sq_store *st)
{
	struct rt_error *err;

	/* the rows added in the transaction join the search index */
	if ((err = sq_search_flush(st)) != NULL)
		return err;
	return exec(st, "COMMIT", "cannot commit");
}

void
sq_rollback(struct sq_store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

/* ---- issuers ------------------------------------------------------------ */

static int
is_unique_violation(struct sq_store *st)
{
	return sqlite3_extended_errcode(st->db) == SQLITE_CONSTRAINT_UNIQUE;
}

struct rt_error *
sq_issuer_add(struct sq_store *st, const struct rt_issuer *is)
{
	static const char sql[] =
	    "INSERT INTO issuer(code, name, kind) VALUES (?1, ?2, ?3)";
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	bind_text(stmt, 1, is->code);
	bind_text(stmt, 2, is->name);
	bind_text(stmt, 3, is->kind ? is->kind : "other");
	if (sqlite3_step(stmt) != SQLITE_DONE)
		err = is_unique_violation(st) ? rt_error_new(RT_EEXIST,
		    "issuer %s already exists", is->code) :
		    db_error(st, "cannot add the issuer");
	release(st, stmt);
	return err;
}

struct rt_error *
sq_issuer_update(struct sq_store *st, const struct rt_issuer *is)
{
	static const char sql[] =
	    "UPDATE issuer SET name = ?2, kind = ?3 WHERE code = ?1";
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	bind_text(stmt, 1, is->code);
	bind_text(stmt, 2, is->name);
	bind_text(stmt, 3, is->kind ? is->kind : "other");
	if ((err = step_done(st, stmt, "cannot update the issuer")) == NULL &&
	    sqlite3_changes(st->db) == 0)
		err = rt_error_new(RT_ENOTFOUND, "%s: no such issuer",
		    is->code);
	release(st, stmt);
	return err;
}

static const char SQL_ISSUER_SELECT[] =
    "SELECT code, name, kind FROM issuer "
    "WHERE ?1 IS NULL OR code = ?1 ORDER BY code";

static struct rt_error *
issuer_query(struct sq_store *st, const char *code,
    int (*cb)(const struct rt_issuer *, void *), void *arg, int *found)
{
	struct rt_error *err;
	struct rt_issuer is;
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	*found = 0;
	if ((err = prepare(st, SQL_ISSUER_SELECT, &stmt)) != NULL)
		return err;
	bind_text(stmt, 1, code);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		is.code = col_str(stmt, 0);
		is.name = col_str(stmt, 1);
		is.kind = col_str(stmt, 2);
		(*found)++;
		stop = cb(&is, arg);
		rt_issuer_free(&is);
	}
	if (!stop && rc != SQLITE_DONE)
		err = db_error(st, "cannot read issuers");
	release(st, stmt);
	return err;
}

struct rt_error *
sq_issuer_get(struct sq_store *st, const char *code,
    struct rt_issuer *out)
{
	struct rt_error *err;
	int found;

	memset(out, 0, sizeof(*out));
	if ((err = issuer_query(st, code, store_issuer_copy, out, &found)))
		return err;
	if (!found)
		return rt_error_new(RT_ENOTFOUND, "%s: no such issuer (add "
		    "it with 'rectrack issuer add')", code);
	return NULL;
}

struct rt_error *
sq_issuer_list(struct sq_store *st,
    int (*cb)(const struct rt_issuer *, void *), void *arg)
{
	int found;

	return issuer_query(st, NULL, cb, arg, &found);
}

/* ---- agencies ----------------------------------------------------------- */

struct rt_error *
sq_agency_add(struct sq_store *st, const struct rt_agency *ag)
{
	static const char sql[] =
	    "INSERT INTO agency(code, name, parent_id) VALUES (?1, ?2, ?3)";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t parent = 0;

	if (ag->parent != NULL) {
		if ((err = lookup_id(st, SQL_AGENCY_ID, ag->parent, &parent)))
			return err;
		if (parent == 0)
			return rt_error_new(RT_ENOTFOUND, "%s: no such parent "
			    "agency (add it first)", ag->parent);
	}
	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	bind_text(stmt, 1, ag->code);
	bind_text(stmt, 2, ag->name);
	if (parent)
		sqlite3_bind_int64(stmt, 3, parent);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		err = is_unique_violation(st) ? rt_error_new(RT_EEXIST,
		    "agency %s already exists", ag->code) :
		    db_error(st, "cannot add the agency");
	release(st, stmt);
	return err;
}

struct rt_error *
sq_agency_update(struct sq_store *st, const struct rt_agency *ag)
{
	static const char sql_cycle[] =
	    "WITH RECURSIVE up(id) AS (SELECT ?1 UNION ALL "
	    "SELECT a.parent_id FROM agency a JOIN up ON a.id = up.id "
	    "WHERE a.parent_id IS NOT NULL) "
	    "SELECT count(*) FROM up WHERE id = ?2";
	static const char sql[] =
	    "UPDATE agency SET name = ?2, parent_id = ?3 WHERE code = ?1";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t id, parent = 0;

	if ((err = agency_id(st, ag->code, &id)))
		return err;
	if (ag->parent != NULL) {
		if ((err = lookup_id(st, SQL_AGENCY_ID, ag->parent, &parent)))
			return err;
		if (parent == 0)
			return rt_error_new(RT_ENOTFOUND, "%s: no such parent "
			    "agency (add it first)", ag->parent);
		/* the new parent may not be the agency or below it */
		if ((err = prepare(st, sql_cycle, &stmt)) != NULL)
			return err;
		sqlite3_bind_int64(stmt, 1, parent);
		sqlite3_bind_int64(stmt, 2, id);
		if (sqlite3_step(stmt) != SQLITE_ROW)
			err = db_error(st, "cannot read agencies");
		else if (sqlite3_column_int(stmt, 0) > 0)
			err = rt_error_new(RT_EINVAL, "%s: cannot be placed "
			    "under %s, which is itself or below it", ag->code,
			    ag->parent);
		release(st, stmt);
		if (err)
			return err;
	}
	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	bind_text(stmt, 1, ag->code);
	bind_text(stmt, 2, ag->name);
	if (parent)
		sqlite3_bind_int64(stmt, 3, parent);
	err = step_done(st, stmt, "cannot update the agency");
	release(st, stmt);
	return err;
}

static const char SQL_AGENCY_SELECT[] =
    "SELECT code, name, parent, path, depth FROM agency_tree "
    "WHERE ?1 IS NULL OR code = ?1 ORDER BY sort_path";

static struct rt_error *
agency_query(struct sq_store *st, const char *code,
    int (*cb)(const struct rt_agency *, void *), void *arg, int *found)
{
	struct rt_error *err;
	struct rt_agency ag;
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	*found = 0;
	if ((err = prepare(st, SQL_AGENCY_SELECT, &stmt)) != NULL)
		return err;
	bind_text(stmt, 1, code);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		ag.code = col_str(stmt, 0);
		ag.name = col_str(stmt, 1);
		ag.parent = col_str(stmt, 2);
		ag.path = col_str(stmt, 3);
		ag.depth = sqlite3_column_int(stmt, 4);
		(*found)++;
		stop = cb(&ag, arg);
		rt_agency_free(&ag);
	}
	if (!stop && rc != SQLITE_DONE)
		err = db_error(st, "cannot read agencies");
	release(st, stmt);
	return err;
}

struct rt_error *
sq_agency_get(struct sq_store *st, const char *code,
    struct rt_agency *out)
{
	struct rt_error *err;
	int found;

	memset(out, 0, sizeof(*out));
	if ((err = agency_query(st, code, store_agency_copy, out, &found)))
		return err;
	if (!found)
		return rt_error_new(RT_ENOTFOUND, "%s: no such agency (add "
		    "it with 'rectrack agency add')", code);
	return NULL;
}

struct rt_error *
sq_agency_list(struct sq_store *st,
    int (*cb)(const struct rt_agency *, void *), void *arg)
{
	int found;

	return agency_query(st, NULL, cb, arg, &found);
}

/* ---- reports ------------------------------------------------------------ */

/* Tag report `id` with the topics of r, creating topics as needed. */
static struct rt_error *
report_topics(struct sq_store *st, int64_t id, const struct rt_report *r)
{
	static const char sql_topic[] =
	    "INSERT INTO topic(name) VALUES (?1) ON CONFLICT DO NOTHING";
	static const char sql_link[] =
	    "INSERT OR IGNORE INTO report_topic(report_id, topic_id) "
	    "SELECT ?1, id FROM topic WHERE name = ?2";
	struct rt_error *err;
	sqlite3_stmt *topic = NULL, *link = NULL;
	size_t i;

	if ((err = prepare(st, sql_topic, &topic)) ||
	    (err = prepare(st, sql_link, &link)))
		goto done;
	for (i = 0; i < r->ntopics; i++) {
		bind_text(topic, 1, r->topics[i]);
		if ((err = step_done(st, topic, "cannot add a topic")))
			goto done;
		sqlite3_reset(topic);
		sqlite3_bind_int64(link, 1, id);
		bind_text(link, 2, r->topics[i]);
		if ((err = step_done(st, link, "cannot tag the report")))
			goto done;
		sqlite3_reset(link);
	}
done:
	release(st, topic);
	release(st, link);
	return err;
}

/* Bind the report's fields as ?2..?11 (number and key are the caller's). */
static struct rt_error *
bind_report(struct sq_store *st, sqlite3_stmt *stmt, const struct rt_report *r)
{
	struct rt_error *err;
	int64_t issuer, agency;
	char *key;

	if ((err = lookup_id(st, SQL_ISSUER_ID, r->issuer, &issuer)))
		return err;
	if (issuer == 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no such issuer (add "
		    "it with 'rectrack issuer add')", r->issuer);
	if ((err = agency_id(st, r->agency, &agency)))
		return err;
	if ((key = rt_natkey(r->number)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	bind_text(stmt, 1, r->number);
	bind_text(stmt, 2, key);
	bind_text(stmt, 3, r->title);
	sqlite3_bind_int64(stmt, 4, issuer);
	bind_text(stmt, 5, r->type ? r->type : "audit");
	bind_text(stmt, 6, r->issued);
	sqlite3_bind_int(stmt, 7, r->fiscal_year);
	sqlite3_bind_int64(stmt, 8, agency);
	bind_text(stmt, 9, r->url);
	bind_text(stmt, 10, r->summary);
	bind_text(stmt, 11, r->sensitivity ? r->sensitivity : "public");
	free(key);
	return NULL;
}

struct rt_error *
sq_report_add(struct sq_store *st, const struct rt_report *r)
{
	static const char sql[] =
	    "INSERT INTO report(number, sort_key, title, issuer_id, type, "
	    "issued, fiscal_year, agency_id, url, summary, sensitivity) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
	struct rt_error *err;
	sqlite3_stmt *stmt = NULL;
	int64_t id;

	if ((err = lookup_id(st, SQL_REPORT_ID, r->number, &id)))
		return err;
	if (id != 0)
		return rt_error_new(RT_EEXIST, "report %s already exists",
		    r->number);
	if ((err = prepare(st, sql, &stmt)) ||
	    (err = bind_report(st, stmt, r)) ||
	    (err = step_done(st, stmt, "cannot add the report")))
		goto done;
	err = report_topics(st, sqlite3_last_insert_rowid(st->db), r);
done:
	release(st, stmt);
	return err;
}

struct rt_error *
sq_report_update(struct sq_store *st, const struct rt_report *r)
{
	static const char sql[] =
	    "UPDATE report SET sort_key = ?2, title = ?3, issuer_id = ?4, "
	    "type = ?5, issued = ?6, fiscal_year = ?7, agency_id = ?8, "
	    "url = ?9, summary = ?10, sensitivity = ?11 WHERE number = ?1";
	static const char sql_untag[] =
	    "DELETE FROM report_topic WHERE report_id = ?1";
	struct rt_error *err;
	sqlite3_stmt *stmt = NULL;
	int64_t id;

	if ((err = lookup_id(st, SQL_REPORT_ID, r->number, &id)))
		return err;
	if (id == 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no such report",
		    r->number);
	if ((err = prepare(st, sql, &stmt)) ||
	    (err = bind_report(st, stmt, r)) ||
	    (err = step_done(st, stmt, "cannot update the report")))
		goto done;
	release(st, stmt);
	if ((err = prepare(st, sql_untag, &stmt)))
		return err;
	sqlite3_bind_int64(stmt, 1, id);
	if ((err = step_done(st, stmt, "cannot update the topics")) == NULL)
		err = report_topics(st, id, r);
done:
	release(st, stmt);
	return err;
}

/*
 * The report numbers given so far in the file being imported, kept in a
 * temporary table (outside the database file, in SQLite's bounded page
 * cache) so that an import's memory does not grow with its reports.
 */
struct rt_error *
sq_report_seen_reset(struct sq_store *st)
{
	struct rt_error *err;

	if ((err = exec(st, "CREATE TEMP TABLE IF NOT EXISTS seen_report("
	    "number TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID",
	    "cannot keep the report numbers of the file")))
		return err;
	return exec(st, "DELETE FROM temp.seen_report",
	    "cannot keep the report numbers of the file");
}

struct rt_error *
sq_report_seen(struct sq_store *st, const char *number, int line,
    int *first)
{
	static const char sql_add[] =
	    "INSERT OR IGNORE INTO temp.seen_report(number, line) "
	    "VALUES (?1, ?2)";
	static const char sql_line[] =
	    "SELECT line FROM temp.seen_report WHERE number = ?1";
	struct rt_error *err;
	sqlite3_stmt *stmt = NULL;

	*first = 0;
	if ((err = prepare(st, sql_add, &stmt)))
		return err;
	sqlite3_bind_text(stmt, 1, number, -1, SQLITE_STATIC);
	sqlite3_bind_int(stmt, 2, line);
	err = step_done(st, stmt, "cannot keep a report number");
	release(st, stmt);
	if (err || sqlite3_changes(st->db) > 0)
		return err;
	if ((err = prepare(st, sql_line, &stmt)))
		return err;
	sqlite3_bind_text(stmt, 1, number, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		*first = sqlite3_column_int(stmt, 0);
	else
		err = db_error(st, "cannot read a report number");
	release(st, stmt);
	return err;
}

/*
 * Filtered queries are put together from the constant fragments below,
 * one per condition the filter sets, so that SQLite can use an index for
 * each; values only ever arrive through the named parameters.
 */

/* An agency and its sub-agencies, bound to :agency. */
static const char SQL_SUBTREE[] =
    "WITH RECURSIVE sub(id) AS ("
    "  SELECT id FROM agency WHERE code = :agency"
    "  UNION ALL SELECT a.id FROM agency a JOIN sub ON a.parent_id = sub.id) ";

static const char *const status_param[] = { ":s0", ":s1", ":s2", ":s3",
    ":s4", ":s5", ":s6", ":s7" };
static const char *const conc_param[] = { ":c0", ":c1", ":c2", ":c3",
    ":c4", ":c5", ":c6", ":c7" };

/* " AND column IN (:p0, :p3)" for the bits of mask. */
static void
where_in(struct rt_buf *q, const char *column, unsigned mask,
    const char *const *param, int count)
{
	int i, n = 0;

	rt_buf_puts(q, " AND ");
	rt_buf_puts(q, column);
	rt_buf_puts(q, " IN (");
	for (i = 0; i < count; i++)
		if (mask & (1u << i)) {
			rt_buf_puts(q, n++ ? ", " : "");
			rt_buf_puts(q, param[i]);
		}
	rt_buf_puts(q, ")");
}

/* The conditions of f on the report r (its issuer i); agency_col is the
 * agency column the agency filter tests. */
static void
where_report(struct rt_buf *q, const struct rt_filter *f,
    const char *number, const char *agency_col)
{
	if (number || f->report)
		rt_buf_puts(q, " AND r.number = :report");
	if (f->issuer)
		rt_buf_puts(q, " AND i.code = :issuer");
	if (f->agency) {
		rt_buf_puts(q, " AND ");
		rt_buf_puts(q, agency_col);
		rt_buf_puts(q, " IN (SELECT id FROM sub)");
	}
	if (f->topic)
		rt_buf_puts(q, " AND r.id IN (SELECT rt.report_id FROM "
		    "report_topic rt JOIN topic t ON t.id = rt.topic_id "
		    "WHERE t.name = :topic)");
	if (f->fy)
		rt_buf_puts(q, " AND r.fiscal_year = :fy");
	if (f->issued_from)
		rt_buf_puts(q, " AND r.issued >= :issued_from");
	if (f->issued_to)
		rt_buf_puts(q, " AND r.issued <= :issued_to");
}

/* The conditions of f on the recommendation c. */
static void
where_rec(struct rt_buf *q, const struct rt_filter *f, const char *number)
{
	where_report(q, f, NULL, "c.agency_id");
	if (number)
		rt_buf_puts(q, " AND c.number = :number");
	if (f->statuses)
		where_in(q, "c.status", f->statuses, status_param,
		    RT_STATUS_COUNT);
	if (f->concurrences)
		where_in(q, "c.concurrence", f->concurrences, conc_param,
		    RT_CONC_COUNT);
	if (f->priority)
		rt_buf_puts(q, " AND c.priority = 1");
	if (f->overdue_before)
		rt_buf_puts(q, " AND c.status = 'open-resolved' "
		    "AND c.target_date < :overdue");
}

void
bind_named(sqlite3_stmt *stmt, const char *name, const char *value)
{
	int i = sqlite3_bind_parameter_index(stmt, name);

	if (i > 0)
		bind_text(stmt, i, value);
}

/* Bind what where_report and where_rec asked for. */
static void
bind_filter(sqlite3_stmt *stmt, const struct rt_filter *f, const char *report,
    const char *number)
{
	int i;

	bind_named(stmt, ":report", report ? report : f->report);
	bind_named(stmt, ":issuer", f->issuer);
	bind_named(stmt, ":agency", f->agency);
	bind_named(stmt, ":topic", f->topic);
	if ((i = sqlite3_bind_parameter_index(stmt, ":fy")) > 0)
		sqlite3_bind_int(stmt, i, f->fy);
	bind_named(stmt, ":issued_from", f->issued_from);
	bind_named(stmt, ":issued_to", f->issued_to);
	bind_named(stmt, ":number", number);
	bind_named(stmt, ":overdue", f->overdue_before);
	for (i = 0; i < RT_STATUS_COUNT; i++)
		if (f->statuses & (1u << i))
			bind_named(stmt, status_param[i], rt_status_name(i));
	for (i = 0; i < RT_CONC_COUNT; i++)
		if (f->concurrences & (1u << i))
			bind_named(stmt, conc_param[i],
			    rt_concurrence_name(i));
}

static const char SQL_REPORT_SELECT[] =
    "SELECT r.number, r.title, i.code, r.type, r.issued, r.fiscal_year, "
    "  a.code, r.url, r.summary, r.sensitivity, "
    "  (SELECT count(*) FROM recommendation WHERE report_id = r.id), "
    "  (SELECT count(*) FROM recommendation WHERE report_id = r.id "
    "     AND status LIKE 'open-%'), "
    "  (SELECT group_concat(name, char(31)) FROM (SELECT t.name "
    "     FROM report_topic rt JOIN topic t ON t.id = rt.topic_id "
    "     WHERE rt.report_id = r.id ORDER BY t.name)) "
    "FROM report r JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency a ON a.id = r.agency_id "
    "WHERE 1";

static struct rt_error *
report_query(struct sq_store *st, const char *number,
    const struct rt_filter *f, int (*cb)(const struct rt_report *, void *),
    void *arg, int *found)
{
	static const struct rt_filter none;
	struct rt_error *err;
	struct rt_report r;
	struct rt_buf q = { 0 };
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	*found = 0;
	if (f == NULL)
		f = &none;
	if (f->agency)
		rt_buf_puts(&q, SQL_SUBTREE);
	rt_buf_puts(&q, SQL_REPORT_SELECT);
	where_report(&q, f, number, "r.agency_id");
	rt_buf_puts(&q, " ORDER BY r.issued, r.sort_key");
	if (q.s == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	err = prepare(st, q.s, &stmt);
	rt_buf_free(&q);
	if (err)
		return err;
	bind_filter(stmt, f, number, NULL);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(&r, 0, sizeof(r));
		r.number = col_str(stmt, 0);
		r.title = col_str(stmt, 1);
		r.issuer = col_str(stmt, 2);
		r.type = col_str(stmt, 3);
		col_date(stmt, 4, r.issued);
		r.fiscal_year = sqlite3_column_int(stmt, 5);
		r.agency = col_str(stmt, 6);
		r.url = col_str(stmt, 7);
		r.summary = col_str(stmt, 8);
		r.sensitivity = col_str(stmt, 9);
		r.nrecs = sqlite3_column_int(stmt, 10);
		r.nopen = sqlite3_column_int(stmt, 11);
		if (store_split_topics((const char *)sqlite3_column_text(stmt, 12),
		    &r.topics, &r.ntopics) == -1) {
			rt_report_free(&r);
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		(*found)++;
		stop = cb(&r, arg);
		rt_report_free(&r);
	}
	if (!err && !stop && rc != SQLITE_DONE)
		err = db_error(st, "cannot read reports");
	release(st, stmt);
	return err;
}

struct rt_error *
sq_report_get(struct sq_store *st, const char *number,
    struct rt_report *out)
{
	struct rt_error *err;
	int found;

	memset(out, 0, sizeof(*out));
	if ((err = report_query(st, number, NULL, store_report_copy, out, &found)))
		return err;
	if (!found)
		return rt_error_new(RT_ENOTFOUND, "%s: no such report",
		    number);
	return NULL;
}

struct rt_error *
sq_report_list(struct sq_store *st, const struct rt_filter *f,
    int (*cb)(const struct rt_report *, void *), void *arg)
{
	int found;

	return report_query(st, NULL, f, cb, arg, &found);
}

/* ---- recommendations ---------------------------------------------------- */

struct rt_error *
sq_rec_insert(struct sq_store *st, struct rt_rec *rec)
{
	static const char sql[] =
	    "INSERT INTO recommendation(report_id, number, sort_key, text, "
	    "agency_id, official, concurrence, status, target_date, "
	    "original_target_date, resolved_date, closed_date, "
	    "corrective_action, priority, significant, on_hold, "
	    "closure_requested, partially_addressed, questioned_cost, "
	    "unsupported_cost, funds_better_use, potential_savings, "
	    "disallowed_cost, fbu_agreed) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
	    "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t report, agency;
	char *key;
	int i;

	if ((err = lookup_id(st, SQL_REPORT_ID, rec->report, &report)))
		return err;
	if (report == 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no such report",
		    rec->report);
	if ((err = agency_id(st, rec->agency, &agency)))
		return err;
	if ((key = rt_natkey(rec->number)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if ((err = prepare(st, sql, &stmt)) != NULL) {
		free(key);
		return err;
	}
	sqlite3_bind_int64(stmt, 1, report);
	bind_text(stmt, 2, rec->number);
	bind_text(stmt, 3, key);
	bind_text(stmt, 4, rec->text);
	sqlite3_bind_int64(stmt, 5, agency);
	bind_text(stmt, 6, rec->official);
	bind_text(stmt, 7, rt_concurrence_name(rec->concurrence));
	bind_text(stmt, 8, rt_status_name(rec->status));
	bind_text(stmt, 9, rec->target_date);
	bind_text(stmt, 10, rec->original_target_date);
	bind_text(stmt, 11, rec->resolved_date);
	bind_text(stmt, 12, rec->closed_date);
	bind_text(stmt, 13, rec->corrective_action);
	sqlite3_bind_int(stmt, 14, rec->priority);
	sqlite3_bind_int(stmt, 15, rec->significant);
	sqlite3_bind_int(stmt, 16, rec->on_hold);
	sqlite3_bind_int(stmt, 17, rec->closure_requested);
	sqlite3_bind_int(stmt, 18, rec->partially_addressed);
	for (i = 0; i < RT_MONEY_COUNT; i++)
		bind_money(stmt, 19 + i, rec->money[i]);
	if (sqlite3_step(stmt) == SQLITE_DONE)
		rec->id = sqlite3_last_insert_rowid(st->db);
	else if (is_unique_violation(st))
		err = rt_error_new(RT_EEXIST, "%s#%s already exists",
		    rec->report, rec->number);
	else
		err = db_error(st, "cannot add the recommendation");
	release(st, stmt);
	free(key);
	return err;
}

struct rt_error *
sq_rec_update(struct sq_store *st, const struct rt_rec *rec)
{
	static const char sql[] =
	    "UPDATE recommendation SET text = ?2, agency_id = ?3, "
	    "official = ?4, concurrence = ?5, status = ?6, target_date = ?7, "
	    "original_target_date = ?8, resolved_date = ?9, "
	    "closed_date = ?10, corrective_action = ?11, priority = ?12, "
	    "significant = ?13, on_hold = ?14, closure_requested = ?15, "
	    "partially_addressed = ?16, questioned_cost = ?17, "
	    "unsupported_cost = ?18, funds_better_use = ?19, "
	    "potential_savings = ?20, disallowed_cost = ?21, "
	    "fbu_agreed = ?22 WHERE id = ?1";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t agency;
	int i;

	if ((err = agency_id(st, rec->agency, &agency)))
		return err;
	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	sqlite3_bind_int64(stmt, 1, rec->id);
	bind_text(stmt, 2, rec->text);
	sqlite3_bind_int64(stmt, 3, agency);
	bind_text(stmt, 4, rec->official);
	bind_text(stmt, 5, rt_concurrence_name(rec->concurrence));
	bind_text(stmt, 6, rt_status_name(rec->status));
	bind_text(stmt, 7, rec->target_date);
	bind_text(stmt, 8, rec->original_target_date);
	bind_text(stmt, 9, rec->resolved_date);
	bind_text(stmt, 10, rec->closed_date);
	bind_text(stmt, 11, rec->corrective_action);
	sqlite3_bind_int(stmt, 12, rec->priority);
	sqlite3_bind_int(stmt, 13, rec->significant);
	sqlite3_bind_int(stmt, 14, rec->on_hold);
	sqlite3_bind_int(stmt, 15, rec->closure_requested);
	sqlite3_bind_int(stmt, 16, rec->partially_addressed);
	for (i = 0; i < RT_MONEY_COUNT; i++)
		bind_money(stmt, 17 + i, rec->money[i]);
	err = step_done(st, stmt, "cannot update the recommendation");
	release(st, stmt);
	return err;
}

static const char SQL_REC_SELECT[] =
    "SELECT c.id, r.number, c.number, c.text, a.code, c.official, "
    "  c.concurrence, c.status, c.target_date, c.original_target_date, "
    "  c.resolved_date, c.closed_date, c.corrective_action, c.priority, "
    "  c.significant, c.on_hold, c.closure_requested, "
    "  c.partially_addressed, c.questioned_cost, c.unsupported_cost, "
    "  c.funds_better_use, c.potential_savings, c.disallowed_cost, "
    "  c.fbu_agreed, r.issued, i.code, a.path, r.fiscal_year ";

/* A condition on the recommendations themselves: start from them (their
 * indexes) and sort what is found. */
static const char SQL_REC_FROM_RECS[] =
    "FROM recommendation c JOIN report r ON r.id = c.report_id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency_tree a ON a.id = c.agency_id "
    "WHERE 1";

/* Otherwise walk the reports in listing order (index report_order) and
 * each one's recommendations: no sort of the whole table.  CROSS JOIN
 * keeps that order of the loops. */
static const char SQL_REC_FROM_REPORTS[] =
    "FROM report r CROSS JOIN recommendation c ON c.report_id = r.id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency_tree a ON a.id = c.agency_id "
    "WHERE 1";

/*
 * What a count needs and no more (rt_store_rec_list_lean): every column
 * here is in the indexes report_order and recommendation_order (schema
 * 003), so a listing of every recommendation reads no table row but
 * the few of issuer and agency.
 */
static const char SQL_REC_LEAN_SELECT[] =
    "SELECT c.id, r.number, c.number, a.code, c.official, c.status, "
    "  c.target_date, c.priority, c.questioned_cost, c.funds_better_use, "
    "  r.issued, i.code, r.fiscal_year ";

static const char SQL_REC_LEAN_FROM_RECS[] =
    "FROM recommendation c JOIN report r ON r.id = c.report_id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency a ON a.id = c.agency_id "
    "WHERE 1";

static const char SQL_REC_LEAN_FROM_REPORTS[] =
    "FROM report r CROSS JOIN recommendation c ON c.report_id = r.id "
    "  JOIN issuer i ON i.id = r.issuer_id "
    "  JOIN agency a ON a.id = c.agency_id "
    "WHERE 1";

/* The strings of a lean row point into the statement: valid until the
 * next step, never freed. */
static void
lean_from_row(sqlite3_stmt *stmt, struct rt_rec *rec)
{
	rt_rec_init(rec);
	rec->id = sqlite3_column_int64(stmt, 0);
	rec->report = (char *)sqlite3_column_text(stmt, 1);
	rec->number = (char *)sqlite3_column_text(stmt, 2);
	rec->agency = (char *)sqlite3_column_text(stmt, 3);
	rec->official = (char *)sqlite3_column_text(stmt, 4);
	rt_status_parse((const char *)sqlite3_column_text(stmt, 5),
	    &rec->status);
	col_date(stmt, 6, rec->target_date);
	rec->priority = sqlite3_column_int(stmt, 7);
	rec->money[RT_QUESTIONED_COST] = col_money(stmt, 8);
	rec->money[RT_FUNDS_BETTER_USE] = col_money(stmt, 9);
	col_date(stmt, 10, rec->report_issued);
	rec->issuer = (char *)sqlite3_column_text(stmt, 11);
	rec->report_fy = sqlite3_column_int(stmt, 12);
}

static void
rec_from_row(sqlite3_stmt *stmt, struct rt_rec *rec)
{
	int i;

	rt_rec_init(rec);
	rec->id = sqlite3_column_int64(stmt, 0);
	rec->report = col_str(stmt, 1);
	rec->number = col_str(stmt, 2);
	rec->text = col_str(stmt, 3);
	rec->agency = col_str(stmt, 4);
	rec->official = col_str(stmt, 5);
	rt_concurrence_parse((const char *)sqlite3_column_text(stmt, 6),
	    &rec->concurrence);
	rt_status_parse((const char *)sqlite3_column_text(stmt, 7),
	    &rec->status);
	col_date(stmt, 8, rec->target_date);
	col_date(stmt, 9, rec->original_target_date);
	col_date(stmt, 10, rec->resolved_date);
	col_date(stmt, 11, rec->closed_date);
	rec->corrective_action = col_str(stmt, 12);
	rec->priority = sqlite3_column_int(stmt, 13);
	rec->significant = sqlite3_column_int(stmt, 14);
	rec->on_hold = sqlite3_column_int(stmt, 15);
	rec->closure_requested = sqlite3_column_int(stmt, 16);
	rec->partially_addressed = sqlite3_column_int(stmt, 17);
	for (i = 0; i < RT_MONEY_COUNT; i++)
		rec->money[i] = col_money(stmt, 18 + i);
	col_date(stmt, 18 + RT_MONEY_COUNT, rec->report_issued);
	rec->issuer = col_str(stmt, 19 + RT_MONEY_COUNT);
	rec->agency_path = col_str(stmt, 20 + RT_MONEY_COUNT);
	rec->report_fy = sqlite3_column_int(stmt, 21 + RT_MONEY_COUNT);
}

static struct rt_error *
rec_query(struct sq_store *st, const struct rt_filter *f, const char *number,
    int lean, int (*cb)(const struct rt_rec *, void *), void *arg,
    int *found)
{
	struct rt_error *err;
	struct rt_rec rec;
	struct rt_buf q = { 0 };
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	*found = 0;
	if (f->agency)
		rt_buf_puts(&q, SQL_SUBTREE);
	rt_buf_puts(&q, lean ? SQL_REC_LEAN_SELECT : SQL_REC_SELECT);
	if (number || f->agency || f->statuses || f->concurrences ||
	    f->priority || f->overdue_before)
		rt_buf_puts(&q, lean ? SQL_REC_LEAN_FROM_RECS :
		    SQL_REC_FROM_RECS);
	else
		rt_buf_puts(&q, lean ? SQL_REC_LEAN_FROM_REPORTS :
		    SQL_REC_FROM_REPORTS);
	where_rec(&q, f, number);
	/* issue date, then number (unique: sort_key is its natural-order
	 * key), then the recommendation's number.  Naming every column of
	 * report_order and the rowid tells SQLite that the walk of that
	 * index already gives the report order, and recommendation_order
	 * each report's: no sort at all. */
	rt_buf_puts(&q, " ORDER BY r.issued, r.sort_key, r.number, "
	    "r.issuer_id, r.fiscal_year, r.id, c.sort_key");
	if (q.s == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	err = prepare(st, q.s, &stmt);
	rt_buf_free(&q);
	if (err)
		return err;
	bind_filter(stmt, f, NULL, number);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		(*found)++;
		if (lean) {
			lean_from_row(stmt, &rec);
			stop = cb(&rec, arg);
			continue;
		}
		rec_from_row(stmt, &rec);
		stop = cb(&rec, arg);
		rt_rec_free(&rec);
	}
	if (!stop && rc != SQLITE_DONE)
		err = db_error(st, "cannot read recommendations");
	release(st, stmt);
	return err;
}

struct rt_error *
sq_rec_get(struct sq_store *st, const char *report, const char *number,
    struct rt_rec *out)
{
	struct rt_filter f = { .report = report };
	struct rt_error *err;
	int64_t id;
	int found;

	rt_rec_init(out);
	if ((err = rec_query(st, &f, number, 0, store_rec_copy, out, &found)))
		return err;
	if (found)
		return NULL;
	if ((err = lookup_id(st, SQL_REPORT_ID, report, &id)))
		return err;
	if (id == 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no such report", report);
	return rt_error_new(RT_ENOTFOUND, "%s#%s: no such recommendation "
	    "(report %s has no recommendation %s)", report, number, report,
	    number);
}

struct rt_error *
sq_rec_list(struct sq_store *st, const struct rt_filter *f,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	int found;

	return rec_query(st, f, NULL, 0, cb, arg, &found);
}

struct rt_error *
sq_rec_list_lean(struct sq_store *st, const struct rt_filter *f,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	int found;

	return rec_query(st, f, NULL, 1, cb, arg, &found);
}

/* ---- events ------------------------------------------------------------- */

struct rt_error *
sq_event_add(struct sq_store *st, int64_t rec_id, struct rt_event *ev)
{
	static const char sql[] =
	    "INSERT INTO event(recommendation_id, at, effective, actor, kind, "
	    "field, old, new, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	sqlite3_bind_int64(stmt, 1, rec_id);
	bind_text(stmt, 2, ev->at);
	bind_text(stmt, 3, ev->effective);
	bind_text(stmt, 4, ev->actor);
	bind_text(stmt, 5, ev->kind);
	bind_text(stmt, 6, ev->field);
	bind_text(stmt, 7, ev->old);
	bind_text(stmt, 8, ev->new);
	bind_text(stmt, 9, ev->note);
	if ((err = step_done(st, stmt, "cannot record the event")) == NULL)
		ev->id = sqlite3_last_insert_rowid(st->db);
	release(st, stmt);
	return err;
}

struct rt_error *
sq_event_list(struct sq_store *st, int64_t rec_id,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	static const char sql[] =
	    "SELECT id, at, effective, actor, kind, field, old, new, note "
	    "FROM event WHERE recommendation_id = ?1 ORDER BY effective, id";
	struct rt_error *err;
	struct rt_event ev;
	sqlite3_stmt *stmt;
	const char *at;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	sqlite3_bind_int64(stmt, 1, rec_id);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(&ev, 0, sizeof(ev));
		ev.id = sqlite3_column_int64(stmt, 0);
		at = (const char *)sqlite3_column_text(stmt, 1);
		snprintf(ev.at, sizeof(ev.at), "%s", at ? at : "");
		col_date(stmt, 2, ev.effective);
		ev.actor = col_str(stmt, 3);
		ev.kind = col_str(stmt, 4);
		ev.field = col_str(stmt, 5);
		ev.old = col_str(stmt, 6);
		ev.new = col_str(stmt, 7);
		ev.note = col_str(stmt, 8);
		stop = cb(&ev, arg);
		rt_event_free(&ev);
	}
	if (!stop && rc != SQLITE_DONE)
		err = db_error(st, "cannot read the history");
	release(st, stmt);
	return err;
}

/* ---- checking and backing up ------------------------------------------ */

struct rt_error *
sq_begin_read(struct sq_store *st)
{
	struct rt_error *err;

	if ((err = exec(st, "BEGIN", "cannot start a transaction")) != NULL)
		return err;
	/* the first read fixes the moment the transaction sees */
	if ((err = exec(st, "SELECT count(*) FROM sqlite_schema",
	    "cannot read the database")) != NULL)
		sq_rollback(st);
	return err;
}

static struct rt_error *
count_rows(struct sq_store *st, const char *sql, int64_t *n)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		*n = sqlite3_column_int64(stmt, 0);
	else
		err = db_error(st, "cannot count the rows");
	release(st, stmt);
	return err;
}

struct rt_error *
sq_counts(struct sq_store *st, struct rt_counts *c)
{
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

struct rt_error *
sq_check_integrity(struct sq_store *st, int quick,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;
	const char *line;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = prepare(st, quick ? "PRAGMA quick_check" :
	    "PRAGMA integrity_check", &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		line = (const char *)sqlite3_column_text(stmt, 0);
		if (line && strcmp(line, "ok") != 0)
			stop = store_problem(cb, arg, "integrity", "database",
			    line);
	}
	if (!stop && rc != SQLITE_DONE)
		err = db_error(st, quick ? "quick_check failed" :
		    "integrity_check failed");
	release(st, stmt);
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
		return db_error(st, "cannot read the schema");
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 32;
			if ((p = realloc(o, cap * sizeof(*p))) == NULL)
				break;
			o = p;
		}
		p = &o[(*n)++];
		p->type = col_str(stmt, 0);
		p->name = col_str(stmt, 1);
		p->sql = col_str(stmt, 2);
		if (p->type == NULL || p->name == NULL)
			break;
	}
	if (rc == SQLITE_ROW)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (rc != SQLITE_DONE)
		err = db_error(st, "cannot read the schema");
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
		err = run_script(&mem, &rt_schema[i]);
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
sq_check_schema(struct sq_store *st,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
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

struct rt_error *
sq_check_references(struct sq_store *st,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;
	struct rt_buf subject = { 0 }, msg = { 0 };
	const char *s, *column, *parent, *value;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = prepare(st, SQL_CHECK_FK, &stmt)) != NULL)
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
		err = db_error(st, "cannot check the references");
	release(st, stmt);
	rt_buf_free(&msg);
	if (err || stop)
		return err;
	if ((err = prepare(st, SQL_CHECK_AGENCY_TREE, &stmt)) != NULL)
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
		err = db_error(st, "cannot check the agencies");
	release(st, stmt);
	rt_buf_free(&subject);
	return err;
}

/*
 * The documents of the search index (the rows of its docsize table, one
 * per indexed text) against the texts up to the mark: what is missing,
 * and what is there without a text or above the mark (the next catch-up
 * would index it a second time).  The subject names the text.
 */
static const char SQL_CHECK_SEARCH[] =
    "SELECT coalesce(r.number, 'report ?') || '#' || c.number, "
    "  'its text is not in the search index' "
    "FROM search_mark m JOIN recommendation c ON c.id <= m.recommendation "
    "  LEFT JOIN report r ON r.id = c.report_id "
    "WHERE NOT EXISTS (SELECT 1 FROM search_index_docsize d "
    "  WHERE d.id = c.id) "
    "UNION ALL "
    "SELECT 'report ' || r.number, "
    "  'its title is not in the search index' "
    "FROM search_mark m JOIN report r ON r.id <= m.report "
    "WHERE NOT EXISTS (SELECT 1 FROM search_index_docsize d "
    "  WHERE d.id = -2 * r.id) "
    "UNION ALL "
    "SELECT 'report ' || r.number, "
    "  'its summary is not in the search index' "
    "FROM search_mark m JOIN report r ON r.id <= m.report "
    "WHERE r.summary IS NOT NULL AND NOT EXISTS (SELECT 1 "
    "  FROM search_index_docsize d WHERE d.id = -2 * r.id - 1) "
    "UNION ALL "
    "SELECT CASE WHEN x.gone THEN 'search index' "
    "    WHEN x.doc > 0 THEN (SELECT coalesce(r.number, 'report ?') || "
    "      '#' || c.number FROM recommendation c "
    "      LEFT JOIN report r ON r.id = c.report_id WHERE c.id = x.doc) "
    "    ELSE 'report ' || (SELECT number FROM report WHERE id = x.report) "
    "  END, "
    "  CASE WHEN x.gone THEN 'document ' || x.doc || ' (the ' || x.what || "
    "      ' of ' || CASE WHEN x.doc > 0 THEN 'recommendation ' "
    "        ELSE 'report ' END || x.report || ') is indexed, but there "
    "is no such text' "
    "    ELSE 'its ' || x.what || ' is indexed above the search mark, so "
    "the next catch-up would index it twice' END "
    "FROM (SELECT d.id AS doc, "
    "    CASE WHEN d.id > 0 THEN 'text' WHEN d.id % 2 = 0 THEN 'title' "
    "      ELSE 'summary' END AS what, "
    "    CASE WHEN d.id > 0 THEN d.id WHEN d.id % 2 = 0 THEN -d.id / 2 "
    "      ELSE (-d.id - 1) / 2 END AS report, "
    "    CASE WHEN d.id > 0 THEN NOT EXISTS (SELECT 1 "
    "        FROM recommendation WHERE id = d.id) "
    "      WHEN d.id % 2 = 0 THEN NOT EXISTS (SELECT 1 FROM report "
    "        WHERE id = -d.id / 2) "
    "      ELSE NOT EXISTS (SELECT 1 FROM report "
    "        WHERE id = (-d.id - 1) / 2 AND summary IS NOT NULL) END "
    "      AS gone "
    "FROM search_index_docsize d LEFT JOIN search_mark m "
    "WHERE CASE WHEN d.id > 0 THEN m.recommendation IS NULL "
    "    OR d.id > m.recommendation "
    "    OR NOT EXISTS (SELECT 1 FROM recommendation WHERE id = d.id) "
    "  WHEN d.id % 2 = 0 THEN m.report IS NULL OR -d.id / 2 > m.report "
    "    OR NOT EXISTS (SELECT 1 FROM report WHERE id = -d.id / 2) "
    "  ELSE m.report IS NULL OR (-d.id - 1) / 2 > m.report "
    "    OR NOT EXISTS (SELECT 1 FROM report "
    "      WHERE id = (-d.id - 1) / 2 AND summary IS NOT NULL) END) x";

struct rt_error *
sq_check_search(struct sq_store *st,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
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
	if ((err = prepare(st, SQL_CHECK_SEARCH, &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		stop = store_problem(cb, arg, "search",
		    (const char *)sqlite3_column_text(stmt, 0),
		    (const char *)sqlite3_column_text(stmt, 1));
	if (!stop && rc != SQLITE_DONE)
		err = db_error(st, "cannot check the search index");
	release(st, stmt);
	return err;
}

struct rt_error *
sq_check_search_words(struct sq_store *st,
    int (*cb)(const struct rt_problem *, void *), void *arg, int *ran,
    int *words)
{
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
	if (st->readonly && (err = exec(st, "PRAGMA query_only = OFF",
	    "cannot check the search index")))
		return err;
	rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if ((rc & 0xff) == SQLITE_READONLY)
		goto done;
	if (rc != SQLITE_OK) {
		err = db_error(st, "cannot start a transaction");
		goto done;
	}
	if ((err = sq_search_behind(st, &behind)) != NULL ||
	    (err = prepare(st, behind ? sql_structure : sql_words, &stmt)))
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
		err = db_error(st, "cannot check the search index");
	release(st, stmt);
done:
	sq_rollback(st);
	if (st->readonly)
		sqlite3_exec(st->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
	return err;
}

/* ---- rows as stored ---------------------------------------------------- */

static char *
dup_col(sqlite3_stmt *stmt, int i, int *nomem)
{
	const char *s = (const char *)sqlite3_column_text(stmt, i);
	char *d;

	if (s == NULL)
		return NULL;
	if ((d = rt_strdup(s)) == NULL)
		*nomem = 1;
	return d;
}

struct rt_error *
sq_stored_reports(struct sq_store *st,
    int (*cb)(const struct rt_stored_report *, void *), void *arg)
{
	static const char sql[] =
	    "SELECT r.id, r.number, r.title, i.code, r.type, r.issued, "
	    "  r.fiscal_year, a.code, r.sensitivity "
	    "FROM report r LEFT JOIN issuer i ON i.id = r.issuer_id "
	    "  LEFT JOIN agency a ON a.id = r.agency_id ORDER BY r.id";
	struct rt_error *err;
	struct rt_stored_report r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = prepare(st, sql, &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		/* each column read once, as text: the pointers stay valid
		 * until the next step */
		r.id = sqlite3_column_int64(stmt, 0);
		r.number = (const char *)sqlite3_column_text(stmt, 1);
		r.title = (const char *)sqlite3_column_text(stmt, 2);
		r.issuer = (const char *)sqlite3_column_text(stmt, 3);
		r.type = (const char *)sqlite3_column_text(stmt, 4);
		r.issued = (const char *)sqlite3_column_text(stmt, 5);
		r.fiscal_year = sqlite3_column_int64(stmt, 6);
		r.agency = (const char *)sqlite3_column_text(stmt, 7);
		r.sensitivity = (const char *)sqlite3_column_text(stmt, 8);
		stop = cb(&r, arg);
	}
	if (!stop && rc != SQLITE_DONE)
		err = db_error(st, "cannot read reports");
	release(st, stmt);
	return err;
}

/*
 * Every recommendation joined with its events: the recommendations in
 * id order (the table itself), each one's events through the index
 * event_recommendation, so that nothing is sorted.
 */
static const char SQL_STORED_RECS[] =
    "SELECT c.id, r.number, r.issued, c.number, c.text, a.code, "
    "  c.official, c.corrective_action, c.concurrence, c.status, "
    "  c.target_date, c.original_target_date, c.resolved_date, "
    "  c.closed_date, c.priority, c.significant, c.on_hold, "
    "  c.closure_requested, c.partially_addressed, c.questioned_cost, "
    "  c.unsupported_cost, c.funds_better_use, c.potential_savings, "
    "  c.disallowed_cost, c.fbu_agreed, e.id, e.at, e.effective, e.actor, e.kind, e.field, e.old, e.new, "
    "  e.note "
    "FROM recommendation c LEFT JOIN report r ON r.id = c.report_id "
    "  LEFT JOIN agency a ON a.id = c.agency_id "
    "  LEFT JOIN event e ON e.recommendation_id = c.id "
    "ORDER BY c.id, e.effective, e.id";

#define STORED_EVENT_COL (19 + RT_MONEY_COUNT)

/* Start the group of the recommendation in the current row. */
static int
group_rec(struct store_group *g, sqlite3_stmt *stmt)
{
	struct rt_stored_rec *r = &g->rec;
	int nomem = 0, i;

	memset(r, 0, sizeof(*r));
	for (i = 0; i < STORE_GROUP_STRINGS; i++)
		g->s[i] = dup_col(stmt, i + 1, &nomem);
	store_group_start(g);
	r->id = sqlite3_column_int64(stmt, 0);
	r->priority = sqlite3_column_int64(stmt, 14);
	r->significant = sqlite3_column_int64(stmt, 15);
	r->on_hold = sqlite3_column_int64(stmt, 16);
	r->closure_requested = sqlite3_column_int64(stmt, 17);
	r->partially_addressed = sqlite3_column_int64(stmt, 18);
	for (i = 0; i < RT_MONEY_COUNT; i++) {
		r->money_null[i] = sqlite3_column_type(stmt, 19 + i) ==
		    SQLITE_NULL;
		r->money[i] = sqlite3_column_int64(stmt, 19 + i);
	}
	return nomem ? -1 : 0;
}

/* Add the event in the current row (if any) to the group. */
static int
group_event(struct store_group *g, sqlite3_stmt *stmt)
{
	struct rt_stored_event *ev;
	int nomem = 0, c = STORED_EVENT_COL;

	if (sqlite3_column_type(stmt, c) == SQLITE_NULL)
		return 0;	/* a recommendation without events */
	if ((ev = store_group_event(g)) == NULL)
		return -1;
	ev->id = sqlite3_column_int64(stmt, c);
	ev->at = dup_col(stmt, c + 1, &nomem);
	ev->effective = dup_col(stmt, c + 2, &nomem);
	ev->actor = dup_col(stmt, c + 3, &nomem);
	ev->kind = dup_col(stmt, c + 4, &nomem);
	ev->field = dup_col(stmt, c + 5, &nomem);
	ev->old = dup_col(stmt, c + 6, &nomem);
	ev->new = dup_col(stmt, c + 7, &nomem);
	ev->note = dup_col(stmt, c + 8, &nomem);
	return nomem ? -1 : 0;
}

struct rt_error *
sq_stored_recs(struct sq_store *st,
    int (*cb)(const struct rt_stored_rec *, void *), void *arg)
{
	struct rt_error *err;
	struct store_group g;
	sqlite3_stmt *stmt;
	int rc, stop = 0, nomem = 0;

	memset(&g, 0, sizeof(g));
	g.cb = cb;
	g.arg = arg;
	if ((err = prepare(st, SQL_STORED_RECS, &stmt)) != NULL)
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (g.have && sqlite3_column_int64(stmt, 0) != g.rec.id &&
		    (stop = store_group_flush(&g)))
			break;
		if ((!g.have && group_rec(&g, stmt) == -1) ||
		    group_event(&g, stmt) == -1) {
			nomem = 1;
			break;
		}
	}
	if (nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (!stop && rc != SQLITE_DONE)
		err = db_error(st, "cannot read recommendations");
	else if (!stop && g.have)
		store_group_flush(&g);
	release(st, stmt);
	store_group_free(&g);
	return err;
}

/* ---- backup ------------------------------------------------------------- */

/* Pages copied per step: 1 MiB at the default page size. */
#define RT_BACKUP_STEP_PAGES 256

struct rt_error *
sq_backup(struct sq_store *st, const char *path, long *pages)
{
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
	if ((err = prepare(st, "PRAGMA journal_mode", &stmt)) != NULL)
		goto done;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		wal = sqlite3_strnicmp((const char *)sqlite3_column_text(stmt,
		    0), "wal", 4) == 0;
	release(st, stmt);
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
