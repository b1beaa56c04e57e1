/*
 * Unit tests of the backup (backup.c): a backup is the whole database,
 * verified, and put in place only then; a refused destination leaves
 * nothing behind and what was there as it was.
 *
 * The database is a file in a temporary folder, loaded from
 * tests/data/summary.yaml (the tests run from the top of the source
 * tree).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

#include "base/clock.h"
#include "base/error.h"
#include "base/util.h"
#include "core/backup.h"
#include "core/config.h"
#include "formats/import.h"
#include "store/store.h"

/* The database's files (it runs in WAL mode). */
#define DBFILES "rectrack.db rectrack.db-shm rectrack.db-wal"

struct fx {
	char dir[64], db[96], copy[96];
	struct rt_store *st;
};

static int
setup(void **state)
{
	char *files[] = { "tests/data/summary.yaml" };
	struct rt_import_stats stats;
	struct rt_config cfg;
	struct fx *fx = calloc(1, sizeof(*fx));

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	strcpy(fx->dir, "/tmp/rectrack-test-backup.XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->db, sizeof(fx->db), "%s/rectrack.db", fx->dir);
	snprintf(fx->copy, sizeof(fx->copy), "%s/backup.db", fx->dir);
	ok(rt_store_open(fx->db, RT_STORE_CREATE, &fx->st));
	ok(rt_import(fx->st, &cfg, files, 1, "tester", 0, NULL, NULL,
	    &stats));
	rt_import_stats_free(&stats);
	rt_config_free(&cfg);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;
	char cmd[160];

	rt_store_close(fx->st);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	assert_int_equal(system(cmd), 0);
	free(fx);
	rt_clock_fix(NULL);
	return 0;
}

/* The names in folder dir, sorted, joined with " " (static). */
static const char *
listing(const char *dir)
{
	static char text[1024];
	struct dirent **names;
	int i, n = scandir(dir, &names, NULL, alphasort);

	assert_true(n >= 0);
	text[0] = '\0';
	for (i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.') {
			if (text[0])
				strcat(text, " ");
			strcat(text, names[i]->d_name);
		}
		free(names[i]);
	}
	free(names);
	return text;
}

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

static void
assert_file(const char *path, const char *text)
{
	char buf[256];
	FILE *fp = fopen(path, "r");
	size_t n;

	assert_non_null(fp);
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	assert_string_equal(buf, text);
}

static int
problem(const struct rt_problem *p, void *arg)
{
	(void)p;
	++*(int *)arg;
	return 0;
}

static int
collect(const struct rt_event *ev, void *arg)
{
	rt_buf_printf(arg, "%s %s %s %s %s>%s|", ev->at, ev->effective,
	    ev->kind, ev->field ? ev->field : "-", ev->old ? ev->old : "-",
	    ev->new ? ev->new : "-");
	return 0;
}

/* The events of REPORT#NUMBER in st, as text (free with rt_buf_free). */
static struct rt_buf
events_of(struct rt_store *st, const char *report, const char *number)
{
	struct rt_buf b = { 0 };
	struct rt_rec rec;

	ok(rt_store_rec_get(st, report, number, &rec));
	ok(rt_store_event_list(st, rec.id, collect, &b));
	rt_rec_free(&rec);
	return b;
}

static void
test_whole_database(void **state)
{
	struct fx *fx = *state;
	struct rt_backup_info info;
	struct rt_counts want, have;
	struct rt_store *copy;
	struct rt_buf a, b;
	int problems = 0;

	ok(rt_backup(fx->st, fx->db, fx->copy, 0, &info));
	assert_true(info.pages > 0);
	ok(rt_store_counts(fx->st, &want));
	assert_int_equal(want.recs, 12);
	assert_memory_equal(&info.counts, &want, sizeof(want));
	assert_string_equal(listing(fx->dir), "backup.db " DBFILES);

	ok(rt_store_open(fx->copy, RT_STORE_READONLY, &copy));
	ok(rt_store_counts(copy, &have));
	assert_memory_equal(&have, &want, sizeof(want));
	ok(rt_store_check_integrity(copy, 0, problem, &problems));
	assert_int_equal(problems, 0);
	a = events_of(fx->st, "OIG-20-10", "2");
	b = events_of(copy, "OIG-20-10", "2");
	assert_string_equal(a.s, b.s);
	rt_buf_free(&a);
	rt_buf_free(&b);
	rt_store_close(copy);
}

static void
test_refused_leaves_nothing(void **state)
{
	struct fx *fx = *state;
	struct rt_backup_info info;
	char path[160], msg[320];

	/* an existing file, without force: kept as it was */
	write_file(fx->copy, "keep me");
	snprintf(msg, sizeof(msg), "%s: the file exists (--force replaces "
	    "it)", fx->copy);
	expect(rt_backup(fx->st, fx->db, fx->copy, 0, &info), RT_EEXIST,
	    msg);
	assert_file(fx->copy, "keep me");
	assert_string_equal(listing(fx->dir), "backup.db " DBFILES);

	/* the database itself, even with force */
	snprintf(msg, sizeof(msg), "%s: that is the database; back it up to "
	    "another file", fx->db);
	expect(rt_backup(fx->st, fx->db, fx->db, 1, &info), RT_EINVAL, msg);

	/* a folder that is not there */
	snprintf(path, sizeof(path), "%s/none/backup.db", fx->dir);
	snprintf(msg, sizeof(msg), "%s/none: no such folder; create it "
	    "first, or back up into another one", fx->dir);
	expect(rt_backup(fx->st, fx->db, path, 0, &info), RT_EIO, msg);

	/* a directory */
	snprintf(path, sizeof(path), "%s/sub", fx->dir);
	assert_int_equal(mkdir(path, 0777), 0);
	snprintf(msg, sizeof(msg), "%s: is a directory; give a file name",
	    path);
	expect(rt_backup(fx->st, fx->db, path, 1, &info), RT_EINVAL, msg);
	assert_string_equal(listing(path), "");
	assert_int_equal(rmdir(path), 0);

	/* a file in use as a database (its -wal is there) */
	snprintf(path, sizeof(path), "%s/live.db-wal", fx->dir);
	write_file(path, "");
	snprintf(msg, sizeof(msg), "%s/live.db: %s is there, so the file is "
	    "in use as a database; back up to another file", fx->dir, path);
	snprintf(path, sizeof(path), "%s/live.db", fx->dir);
	expect(rt_backup(fx->st, fx->db, path, 0, &info), RT_EINVAL, msg);
	assert_string_equal(listing(fx->dir),
	    "backup.db live.db-wal " DBFILES);

	/* another backup's temporary file: left alone */
	snprintf(path, sizeof(path), "%s/other.db.tmp", fx->dir);
	write_file(path, "being written");
	snprintf(path, sizeof(path), "%s/other.db", fx->dir);
	snprintf(msg, sizeof(msg), "%s.tmp: cannot create it: %s (another "
	    "backup may be writing it; if not, remove it)", path,
	    strerror(EEXIST));
	expect(rt_backup(fx->st, fx->db, path, 0, &info), RT_EIO, msg);
	snprintf(path, sizeof(path), "%s/other.db.tmp", fx->dir);
	assert_file(path, "being written");
	assert_string_equal(listing(fx->dir),
	    "backup.db live.db-wal other.db.tmp " DBFILES);

	expect(rt_backup(fx->st, fx->db, "", 0, &info), RT_EINVAL,
	    "the backup needs a file name");
}

static void
test_force_replaces(void **state)
{
	struct fx *fx = *state;
	struct rt_backup_info info;
	struct rt_store *copy;
	struct rt_counts have;

	write_file(fx->copy, "an old file");
	ok(rt_backup(fx->st, fx->db, fx->copy, 1, &info));
	assert_int_equal(info.counts.recs, 12);
	ok(rt_store_open(fx->copy, RT_STORE_READONLY, &copy));
	ok(rt_store_counts(copy, &have));
	assert_int_equal(have.events, info.counts.events);
	rt_store_close(copy);
	assert_string_equal(listing(fx->dir), "backup.db " DBFILES);
}

static void
test_destination_checks(void **state)
{
	struct fx *fx = *state;
	char path[160], msg[320];

	ok(rt_backup_dest_usable(fx->copy, "export"));
	expect(rt_backup_dest_usable("/dev/null", "export"), RT_EINVAL,
	    "/dev/null: not a regular file (a pipe or a device); export into "
	    "a file");
	snprintf(path, sizeof(path), "%s-wal", fx->db);
	snprintf(msg, sizeof(msg), "%s: that is the database's write-ahead "
	    "log; export elsewhere", path);
	expect(rt_backup_dest_check(fx->db, path, "export elsewhere"),
	    RT_EINVAL, msg);
	ok(rt_backup_dest_check(fx->db, fx->copy, "export elsewhere"));
	ok(rt_backup_dest_check("postgresql://host/db", fx->copy, "x"));
	ok(rt_backup_dest_ready(fx->db, fx->copy, 0, "export", "x"));
	write_file(fx->copy, "");
	snprintf(msg, sizeof(msg), "%s: the file exists (--force replaces "
	    "it)", fx->copy);
	expect(rt_backup_dest_ready(fx->db, fx->copy, 0, "export", "x"),
	    RT_EEXIST, msg);
	ok(rt_backup_dest_ready(fx->db, fx->copy, 1, "export", "x"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_whole_database, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_refused_leaves_nothing,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_force_replaces, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_destination_checks, setup,
		    teardown),
	};

	return cmocka_run_group_tests_name("backup", tests, NULL, NULL);
}
