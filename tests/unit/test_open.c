/* Unit tests of opening the store: read-only stores cannot write, files
 * that are not rectrack databases (or are a newer rectrack's) are
 * refused and left byte for byte as they were, and only RT_STORE_CREATE
 * makes a file. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

#include "base/error.h"
#include "core/query.h"
#include "store/schema.h"
#include "store/store.h"

/* Raw SQL on the file, as another program would do it. */
static int
raw(const char *path, const char *sql)
{
	sqlite3 *db;
	int rc;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

/* One integer from a query on the file. */
static int
raw_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	int v;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	v = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return v;
}

/* The whole file, malloc'd, its size in *n. */
static char *
slurp(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long len;

	assert_non_null(fp);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	len = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)len + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)len, fp), (size_t)len);
	fclose(fp);
	*n = (size_t)len;
	return buf;
}

static int
exists(const char *path, const char *suffix)
{
	char p[128];

	snprintf(p, sizeof(p), "%s%s", path, suffix);
	return access(p, F_OK) == 0;
}

static void
remove_all(const char *path)
{
	char p[128];

	unlink(path);
	snprintf(p, sizeof(p), "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-journal", path);
	unlink(p);
}

static void
temp_path(char *path)
{
	int fd;

	strcpy(path, "/tmp/rectrack-test-open.XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
}

/* A rectrack database with one issuer. */
static void
make_db(const char *path)
{
	struct rt_issuer is = { "dhs-oig", "DHS OIG", "oig" };
	struct rt_store *st;

	unlink(path);
	ok(rt_store_open(path, RT_STORE_CREATE, &st));
	ok(rt_store_begin(st));
	ok(rt_store_issuer_add(st, &is));
	ok(rt_store_commit(st));
	rt_store_close(st);
}

static int
count_issuer(const struct rt_issuer *is, void *arg)
{
	(void)is;
	++*(int *)arg;
	return 0;
}

/* Reads work through a read-only store; every write fails, nothing is
 * written, and no -wal or -shm file is left behind. */
static void
test_readonly_store_cannot_write(void **state)
{
	struct rt_issuer gao = { "gao", "GAO", "gao" };
	struct rt_store *st;
	struct rt_error *err;
	struct stat before, after;
	char path[64];
	int n = 0;
	size_t len0, len1;
	char *bytes0, *bytes1;

	(void)state;
	temp_path(path);
	make_db(path);
	bytes0 = slurp(path, &len0);
	assert_int_equal(stat(path, &before), 0);
	ok(rt_store_open(path, RT_STORE_READONLY, &st));
	ok(rt_store_issuer_list(st, count_issuer, &n));
	assert_int_equal(n, 1);
	if ((err = rt_store_begin(st)) == NULL) {
		err = rt_store_issuer_add(st, &gao);
		rt_store_rollback(st);
	}
	assert_non_null(err);
	assert_int_equal(err->code, RT_EDB);
	assert_non_null(strstr(err->msg, "readonly"));
	rt_error_free(err);
	rt_store_close(st);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM issuer"), 1);
	assert_false(exists(path, "-wal"));
	assert_false(exists(path, "-shm"));
	bytes1 = slurp(path, &len1);
	assert_int_equal(stat(path, &after), 0);
	assert_int_equal(len0, len1);
	assert_memory_equal(bytes0, bytes1, len0);
	assert_int_equal(before.st_mtime, after.st_mtime);
	free(bytes0);
	free(bytes1);
	remove_all(path);
}

/* Only RT_STORE_CREATE makes a file: a missing path and an empty file
 * are "no database here" otherwise. */
static void
test_only_create_creates(void **state)
{
	static const int flags[] = { 0, RT_STORE_READONLY };
	struct rt_store *st = NULL;
	struct rt_error *err;
	char path[64];
	size_t i;

	(void)state;
	temp_path(path);
	for (i = 0; i < 2; i++) {
		/* an empty file */
		err = rt_store_open(path, flags[i], &st);
		assert_non_null(err);
		assert_int_equal(err->code, RT_ENOTFOUND);
		assert_non_null(strstr(err->msg, "no rectrack database here"));
		rt_error_free(err);
		assert_null(st);
		/* a missing file */
		unlink(path);
		err = rt_store_open(path, flags[i], &st);
		assert_non_null(err);
		assert_int_equal(err->code, RT_ENOTFOUND);
		rt_error_free(err);
		assert_false(exists(path, ""));
		assert_false(exists(path, "-wal"));
		assert_false(exists(path, "-journal"));
		fclose(fopen(path, "w"));
	}
	/* create wins over read-only */
	ok(rt_store_open(path, RT_STORE_CREATE | RT_STORE_READONLY, &st));
	rt_store_close(st);
	assert_int_equal(raw_int(path, "PRAGMA user_version"), rt_schema_count);
	remove_all(path);
}

/* What each foreign file is made of, and the start of its refusal. */
enum foreign {
	F_TEXT, F_RANDOM, F_SHORT, F_TABLES, F_APPID, F_VERSION, F_NEWER,
	F_COUNT
};

static void
make_foreign(const char *path, enum foreign f)
{
	FILE *fp;
	int i;

	unlink(path);
	switch (f) {
	case F_TEXT:
		fp = fopen(path, "w");
		fputs("reports:\n  - number: OIG-21-48\n", fp);
		fclose(fp);
		break;
	case F_RANDOM:
		fp = fopen(path, "wb");
		srand(7);
		for (i = 0; i < 8192; i++)
			fputc(rand() & 0xff, fp);
		fclose(fp);
		break;
	case F_SHORT:	/* shorter than the SQLite header */
		fp = fopen(path, "w");
		fputs("SQLite", fp);
		fclose(fp);
		break;
	case F_TABLES:	/* another program's database */
		assert_int_equal(raw(path, "CREATE TABLE notes(x); "
		    "INSERT INTO notes VALUES ('mine')"), SQLITE_OK);
		break;
	case F_APPID:	/* marked by another program, no tables yet */
		assert_int_equal(raw(path, "PRAGMA application_id = "
		    "1196444487; VACUUM"), SQLITE_OK);
		break;
	case F_VERSION:	/* a schema version, no rectrack mark */
		assert_int_equal(raw(path, "PRAGMA user_version = 2; "
		    "CREATE TABLE t(x)"), SQLITE_OK);
		break;
	case F_NEWER:	/* a newer rectrack's */
		make_db(path);
		assert_int_equal(raw(path, "PRAGMA user_version = 99"),
		    SQLITE_OK);
		break;
	case F_COUNT:
		break;
	}
}

/* Every kind of foreign file, opened every way, is refused with
 * RT_EINVAL and stays byte for byte as it was, with nothing beside it. */
static void
test_foreign_files_refused_unchanged(void **state)
{
	static const int flags[] = { 0, RT_STORE_READONLY, RT_STORE_CREATE };
	static const char *const why[F_COUNT] = {
		"not a rectrack database (not an SQLite file)",
		"not a rectrack database (not an SQLite file)",
		"not a rectrack database (not an SQLite file)",
		"not a rectrack database",
		"not a rectrack database (the SQLite database of another "
		    "program: application id 0x47504b47)",
		"not a rectrack database",
		"schema version 99 is newer than this rectrack knows",
	};
	struct rt_store *st = NULL;
	struct rt_error *err;
	char path[64], *bytes0, *bytes1;
	size_t len0, len1, i;
	int f;

	(void)state;
	temp_path(path);
	for (f = 0; f < F_COUNT; f++) {
		make_foreign(path, (enum foreign)f);
		bytes0 = slurp(path, &len0);
		for (i = 0; i < 3; i++) {
			err = rt_store_open(path, flags[i], &st);
			if (err == NULL)
				fail_msg("file %d, flags %d: opened", f,
				    flags[i]);
			assert_int_equal(err->code, RT_EINVAL);
			if (strstr(err->msg, why[f]) == NULL)
				fail_msg("file %d: \"%s\" lacks \"%s\"", f,
				    err->msg, why[f]);
			assert_null(st);
			rt_error_free(err);
			bytes1 = slurp(path, &len1);
			assert_int_equal(len0, len1);
			assert_memory_equal(bytes0, bytes1, len0);
			free(bytes1);
			assert_false(exists(path, "-wal"));
			assert_false(exists(path, "-shm"));
			assert_false(exists(path, "-journal"));
		}
		free(bytes0);
	}
	remove_all(path);
}

/* A database of an older schema version opened read-only is upgraded
 * first (through a connection of its own), then read. */
static void
test_readonly_open_upgrades(void **state)
{
	struct rt_store *st;
	sqlite3 *db;
	char path[64], sql[64];
	int found, current, n = 0;

	(void)state;
	temp_path(path);
	unlink(path);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, rt_schema[0].sql, NULL, NULL, NULL),
	    SQLITE_OK);
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d", 0x52545243);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 1; "
	    "PRAGMA journal_mode = WAL; INSERT INTO issuer(code, name, kind) "
	    "VALUES ('gao', 'GAO', 'gao')", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	ok(rt_store_open(path, RT_STORE_READONLY, &st));
	rt_store_versions(st, &found, &current);
	assert_int_equal(found, 1);
	assert_int_equal(current, rt_schema_count);
	ok(rt_store_issuer_list(st, count_issuer, &n));
	assert_int_equal(n, 1);
	rt_store_close(st);
	assert_int_equal(raw_int(path, "PRAGMA user_version"), rt_schema_count);
	remove_all(path);
}

static int
count_hit(const struct rt_search_hit *h, void *arg)
{
	(void)h;
	++*(int *)arg;
	return 0;
}

/* A search through a read-only store works and writes nothing, even
 * when another program added rows the index has not seen yet. */
static void
test_readonly_search(void **state)
{
	struct rt_store *st;
	struct rt_search q;
	struct rt_query *parsed;
	char path[64], *bytes0, *bytes1;
	size_t len0, len1;
	int n = 0;

	(void)state;
	temp_path(path);
	make_db(path);
	assert_int_equal(raw(path, "INSERT INTO agency(code, name) VALUES "
	    "('CBP', 'Customs'); INSERT INTO report(number, sort_key, title, "
	    "issuer_id, type, issued, fiscal_year, agency_id, sensitivity) "
	    "SELECT 'OIG-1', 'OIG-1', 'Canine oversight', i.id, 'audit', "
	    "'2021-02-08', 2021, a.id, 'public' FROM issuer i, agency a"),
	    SQLITE_OK);
	bytes0 = slurp(path, &len0);
	memset(&q, 0, sizeof(q));
	ok(rt_query_parse("canine", &parsed));
	q.query = parsed;
	ok(rt_store_open(path, RT_STORE_READONLY, &st));
	ok(rt_store_search(st, &q, count_hit, &n));
	rt_store_close(st);
	assert_int_equal(n, 0);		/* not indexed until a write */
	bytes1 = slurp(path, &len1);
	assert_int_equal(len0, len1);
	assert_memory_equal(bytes0, bytes1, len0);
	free(bytes0);
	free(bytes1);
	ok(rt_store_open(path, 0, &st));
	ok(rt_store_search(st, &q, count_hit, &n));
	rt_store_close(st);
	assert_int_equal(n, 1);
	rt_query_free(parsed);
	remove_all(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_readonly_store_cannot_write),
		cmocka_unit_test(test_only_create_creates),
		cmocka_unit_test(test_foreign_files_refused_unchanged),
		cmocka_unit_test(test_readonly_open_upgrades),
		cmocka_unit_test(test_readonly_search),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
