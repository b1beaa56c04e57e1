/*
 * Unit tests of evidence files (src/core/evidence.c over the SQLite
 * store): adding one file and several, the same bytes stored once, the
 * list as of a day, reading back and by prefix, detaching, every
 * refusal leaving nothing behind, a file that changes while it is read,
 * a file larger than a piece of the store, the check of bytes changed
 * behind rectrack's back, and a copy.
 *
 * The database is a file in a temporary folder, loaded from
 * tests/data/summary.yaml (the tests run from the top of the source
 * tree).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "harness.h"

#include "base/clock.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/copy.h"
#include "core/evidence.h"
#include "core/rec.h"
#include "formats/import.h"
#include "store/store.h"

#define REC "OIG-20-10#1"
#define ABC "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

struct fx {
	char dir[64], db[96], a[96], b[96], big[96];
	struct rt_config cfg;
	struct rt_store *st;
};

static void
write_file(const char *path, const char *text, size_t n)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(text, 1, n, fp), n);
	assert_int_equal(fclose(fp), 0);
}

static int
setup(void **state)
{
	char *files[] = { "tests/data/summary.yaml" };
	struct rt_import_stats stats;
	struct fx *fx = calloc(1, sizeof(*fx));

	rt_config_defaults(&fx->cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	strcpy(fx->dir, "/tmp/rectrack-test-evidence.XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->db, sizeof(fx->db), "%s/r.db", fx->dir);
	snprintf(fx->a, sizeof(fx->a), "%s/abc.txt", fx->dir);
	snprintf(fx->b, sizeof(fx->b), "%s/copy of abc.pdf", fx->dir);
	snprintf(fx->big, sizeof(fx->big), "%s/big.bin", fx->dir);
	write_file(fx->a, "abc", 3);
	write_file(fx->b, "abc", 3);
	ok(rt_store_open(fx->db, RT_STORE_CREATE, &fx->st));
	ok(rt_import(fx->st, &fx->cfg, files, 1, "tester", 0, NULL, NULL,
	    &stats));
	rt_import_stats_free(&stats);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;
	char cmd[160];

	rt_store_close(fx->st);
	rt_config_free(&fx->cfg);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	assert_int_equal(system(cmd), 0);
	free(fx);
	rt_clock_fix(NULL);
	return 0;
}

/* Add paths to rec in a transaction of their own: committed when it
 * worked, rolled back otherwise; the error is returned. */
static struct rt_error *
add(struct fx *fx, const char *rec, const char **paths, size_t n,
    const char *note, struct rt_evidence_list *out)
{
	struct rt_actor who = { "tester", NULL, note };
	struct rt_error *err;

	memset(out, 0, sizeof(*out));
	ok(rt_store_begin(fx->st));
	if ((err = rt_evidence_add(fx->st, &fx->cfg, rec, paths, n, &who,
	    out)) == NULL)
		ok(rt_store_commit(fx->st));
	else
		rt_store_rollback(fx->st);
	return err;
}

static int64_t
stored(struct fx *fx)
{
	int64_t n = 0;

	ok(rt_store_evidence_total(fx->st, &n));
	return n;
}

/* The call failed with this code and a message that starts with the
 * path and ends with tail. */
static void
refused(struct rt_error *err, enum rt_err_code code, const char *path,
    const char *tail)
{
	char want[512];

	snprintf(want, sizeof(want), "%s: %s", path, tail);
	expect(err, code, want);
}

/* The bytes of stored file hash, as a new string. */
static char *
get(struct fx *fx, const char *hash, struct rt_error **err)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	assert_non_null(fp);
	*err = rt_evidence_get(fx->st, hash, fp);
	fclose(fp);
	return text;
}

static void
test_add_list_get_remove(void **state)
{
	struct fx *fx = *state;
	const char *both[] = { fx->a, fx->b };
	struct rt_evidence_list l;
	struct rt_actor who = { "tester", NULL, "wrong file" };
	struct rt_error *err;
	char hash[RT_HASH_SIZE], *text;

	ok(add(fx, REC, both, 1, "the plan", &l));
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].hash, ABC);
	assert_string_equal(l.v[0].name, "abc.txt");
	assert_string_equal(l.v[0].rec, REC);
	assert_string_equal(l.v[0].media, "text/plain");
	assert_string_equal(l.v[0].note, "the plan");
	assert_int_equal(l.v[0].size, 3);
	assert_int_equal(l.v[0].stored, 1);
	rt_evidence_list_free(&l);
	/* the same bytes again, for another recommendation: stored once */
	ok(add(fx, "OIG-20-10#2", both + 1, 1, NULL, &l));
	assert_int_equal(l.v[0].stored, 0);
	assert_string_equal(l.v[0].name, "copy of abc.pdf");
	assert_string_equal(l.v[0].media, "application/pdf");
	rt_evidence_list_free(&l);
	assert_int_equal(stored(fx), 3);
	/* not twice for the same one, under any name */
	refused(add(fx, REC, both + 1, 1, NULL, &l), RT_EREFUSED, fx->b,
	    "its bytes are attached to " REC " already (as abc.txt, evidence "
	    "ba7816bf8f01)");
	rt_evidence_list_free(&l);
	/* the list: one, all; as of a day before: none */
	ok(rt_evidence_list(fx->st, REC, NULL, &l));
	assert_int_equal(l.n, 1);
	rt_evidence_list_free(&l);
	ok(rt_evidence_list(fx->st, NULL, NULL, &l));
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[1].rec, "OIG-20-10#2");
	rt_evidence_list_free(&l);
	ok(rt_evidence_list(fx->st, REC, "2026-11-27", &l));
	assert_int_equal(l.n, 0);
	rt_evidence_list_free(&l);
	/* by prefix, any case */
	ok(rt_evidence_resolve(fx->st, "BA7816BF", hash));
	assert_string_equal(hash, ABC);
	expect(rt_evidence_resolve(fx->st, "ba7816b", hash), RT_EINVAL,
	    "ba7816b: not a hash of an evidence file (give its SHA-256, or "
	    "at least its first 8 hex digits)");
	expect(rt_evidence_resolve(fx->st, "00000000", hash), RT_ENOTFOUND,
	    "evidence 00000000: no such file ('rectrack evidence list' lists "
	    "them)");
	text = get(fx, ABC, &err);
	ok(err);
	assert_string_equal(text, "abc");
	free(text);
	/* detached: the bytes stay */
	ok(rt_store_begin(fx->st));
	memset(&l, 0, sizeof(l));
	ok(rt_evidence_remove(fx->st, REC, "ba7816bf", &who, &l));
	ok(rt_store_commit(fx->st));
	assert_string_equal(l.v[0].name, "abc.txt");
	rt_evidence_list_free(&l);
	ok(rt_evidence_list(fx->st, REC, NULL, &l));
	assert_int_equal(l.n, 0);
	rt_evidence_list_free(&l);
	ok(rt_store_begin(fx->st));
	expect(rt_evidence_remove(fx->st, REC, "ba7816bf", &who, &l),
	    RT_EREFUSED, REC ": evidence ba7816bf8f01 is not attached to it "
	    "('rectrack evidence list " REC "' lists what is)");
	rt_store_rollback(fx->st);
	assert_int_equal(stored(fx), 3);
	text = get(fx, ABC, &err);
	ok(err);
	assert_string_equal(text, "abc");
	free(text);
	/* attached again after the detach */
	ok(add(fx, REC, both, 1, NULL, &l));
	rt_evidence_list_free(&l);
}

static void
test_refusals_change_nothing(void **state)
{
	struct fx *fx = *state;
	const char *paths[3];
	struct rt_evidence_list l;
	struct rt_counts before, after;

	ok(rt_store_counts(fx->st, &before));
	/* a directory, a device, a missing file */
	paths[0] = fx->dir;
	refused(add(fx, REC, paths, 1, NULL, &l), RT_EINVAL, fx->dir,
	    "is a directory, not a file");
	paths[0] = "/dev/null";
	refused(add(fx, REC, paths, 1, NULL, &l), RT_EINVAL, "/dev/null",
	    "not a regular file");
	paths[0] = "/nonexistent/x.pdf";
	refused(add(fx, REC, paths, 1, NULL, &l), RT_EIO, paths[0],
	    "cannot read: No such file or directory");
	/* all or nothing: the first file is not kept */
	paths[0] = fx->a;
	paths[1] = "/nonexistent/x.pdf";
	refused(add(fx, REC, paths, 2, NULL, &l), RT_EIO, paths[1],
	    "cannot read: No such file or directory");
	rt_evidence_list_free(&l);
	/* a file that reads differently each time (a new uuid per read):
	 * the second pass does not hash as the first */
	paths[0] = "/proc/sys/kernel/random/uuid";
	refused(add(fx, REC, paths, 1, NULL, &l), RT_EREFUSED, paths[0],
	    "the file changed while it was read; nothing was written (add it "
	    "again)");
	/* the limits */
	fx->cfg.evidence_max_file = 2;
	paths[0] = fx->a;
	refused(add(fx, REC, paths, 1, NULL, &l), RT_EREFUSED, fx->a,
	    "3 bytes is over the limit of 2 bytes per file "
	    "(evidence.max_file_size)");
	fx->cfg.evidence_max_file = 0;
	fx->cfg.evidence_max_total = 2;
	refused(add(fx, REC, paths, 1, NULL, &l), RT_EREFUSED, fx->a,
	    "its 3 bytes would take the evidence stored (0 bytes) over the "
	    "limit of 2 bytes (evidence.max_total_size)");
	expect(add(fx, "OIG-20-10#9", paths, 1, NULL, &l), RT_ENOTFOUND,
	    "OIG-20-10#9: no such recommendation (report OIG-20-10 has no "
	    "recommendation 9)");
	ok(rt_store_counts(fx->st, &after));
	assert_int_equal(after.events, before.events);
	assert_int_equal(stored(fx), 0);
}

static int
problem_cb(const struct rt_problem *p, void *arg)
{
	assert_string_equal(p->check, "evidence");
	assert_string_equal(p->message, "its bytes no longer match their "
	    "SHA-256 (changed outside rectrack)");
	snprintf(arg, RT_HASH_SIZE + 9, "%s", p->subject);
	return 0;
}

/* A file of three pieces and a bit, in and out whole; the check finds
 * it sound until its bytes are changed behind rectrack's back, and a
 * copy carries it. */
static void
test_large_check_copy(void **state)
{
	struct fx *fx = *state;
	const char *paths[1] = { fx->big };
	struct rt_evidence_list l;
	struct rt_copy_info info;
	struct rt_error *err;
	size_t i, n = 3 * RT_EVIDENCE_PIECE + 12345;
	char *buf = malloc(n), *text, to[128], subject[RT_HASH_SIZE + 9];
	int64_t files;
	int stop;
	sqlite3 *db;

	assert_non_null(buf);
	for (i = 0; i < n; i++)
		buf[i] = (char)('a' + i * 7 % 26);
	write_file(fx->big, buf, n);
	ok(add(fx, REC, paths, 1, NULL, &l));
	assert_int_equal(l.v[0].size, (int64_t)n);
	text = get(fx, l.v[0].hash, &err);
	ok(err);
	assert_memory_equal(text, buf, n);
	free(text);
	ok(rt_evidence_check(fx->st, NULL, NULL, &files, &stop));
	assert_int_equal(files, 1);
	/* the copy, then its check */
	snprintf(to, sizeof(to), "%s/copy.db", fx->dir);
	ok(rt_copy(fx->db, to, &info));
	rt_copy_info_free(&info);
	{
		struct rt_store *c;

		ok(rt_store_open(to, 0, &c));
		ok(rt_evidence_check(c, NULL, NULL, &files, &stop));
		assert_int_equal(files, 1);
		rt_store_close(c);
	}
	/* one byte changed in the middle of the second piece */
	assert_int_equal(sqlite3_open(fx->db, &db), SQLITE_OK);
	{
		sqlite3_blob *blob;

		assert_int_equal(sqlite3_blob_open(db, "main", "evidence",
		    "data", 1, 1, &blob), SQLITE_OK);
		assert_int_equal(sqlite3_blob_write(blob, "!", 1,
		    (int)(RT_EVIDENCE_PIECE + 5)), SQLITE_OK);
		sqlite3_blob_close(blob);
	}
	sqlite3_close(db);
	subject[0] = '\0';
	ok(rt_evidence_check(fx->st, problem_cb, subject, &files, &stop));
	assert_int_equal(files, 1);
	assert_string_equal(subject + 9, l.v[0].hash);
	text = get(fx, l.v[0].hash, &err);
	free(text);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EDB);
	rt_error_free(err);
	snprintf(to, sizeof(to), "%s/copy2.db", fx->dir);
	assert_non_null(err = rt_copy(fx->db, to, &info));
	assert_int_equal(err->code, RT_EREFUSED);
	rt_error_free(err);
	rt_copy_info_free(&info);
	rt_evidence_list_free(&l);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add_list_get_remove,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_refusals_change_nothing,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_large_check_copy, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
