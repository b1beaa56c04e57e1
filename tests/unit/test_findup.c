/*
 * Unit tests of the walk up the folders (findup.c), on a file system
 * made up here: the file found in the start folder or a parent, the
 * home folder searched and not passed, / and a file-system boundary.
 */
#define _XOPEN_SOURCE 700	/* S_IFDIR, S_IFREG */

#include <errno.h>
#include <string.h>
#include <stdlib.h>

#include "harness.h"

#include "base/findup.h"

/* The made-up file system: a path, its device, and whether a folder. */
static const struct entry {
	const char *path;
	int dev, dir;
} fs[] = {
	{ "/", 1, 1 },
	{ "/rectrack.db", 1, 0 },
	{ "/home", 1, 1 },
	{ "/home/u", 1, 1 },
	{ "/home/u/rectrack.db", 1, 0 },
	{ "/home/u/a", 1, 1 },
	{ "/home/u/a/b", 1, 1 },
	{ "/home/u/a/b/c", 1, 1 },
	{ "/home/u/a/rectrack.db", 1, 0 },
	{ "/home/u/d", 1, 1 },
	{ "/home/u/d/rectrack.db", 1, 1 },	/* a folder: not a file */
	{ "/mnt", 1, 1 },
	{ "/mnt/usb", 2, 1 },
	{ "/mnt/usb/x", 2, 1 },
	{ "/srv", 1, 1 },
	{ "/srv/y", 1, 1 },
	{ "/srv/q", 1, 1 },
	{ "/srv/q/r", 1, 1 },
};

/* Paths that may not be looked at (EACCES). */
static const char *const denied[] = {
	"/srv/q/rectrack.db", "/locked", "/locked/x",
};

static int
fake_stat(const char *path, struct stat *sb)
{
	size_t i;

	for (i = 0; i < sizeof(denied) / sizeof(denied[0]); i++)
		if (strcmp(denied[i], path) == 0) {
			errno = EACCES;
			return -1;
		}
	for (i = 0; i < sizeof(fs) / sizeof(fs[0]); i++)
		if (strcmp(fs[i].path, path) == 0) {
			memset(sb, 0, sizeof(*sb));
			sb->st_dev = (dev_t)fs[i].dev;
			sb->st_ino = (ino_t)i + 1;
			sb->st_mode = fs[i].dir ? S_IFDIR : S_IFREG;
			return 0;
		}
	return -1;
}

static void
walk(const char *start, const char *home, enum rt_findup_stop stop,
    const char *dir, int depth)
{
	struct rt_findup f;

	assert_int_equal(rt_findup(start, "rectrack.db", home, fake_stat, &f),
	    0);
	assert_int_equal(f.stop, stop);
	assert_string_equal(f.dir, dir);
	assert_int_equal(f.depth, depth);
	free(f.dir);
}

static void
test_found(void **state)
{
	(void)state;
	walk("/home/u/a", "/home/u", RT_FINDUP_FOUND, "/home/u/a", 0);
	walk("/home/u/a/b/c", "/home/u", RT_FINDUP_FOUND, "/home/u/a", 2);
	walk("/home/u/a/b/c/", "/home/u", RT_FINDUP_FOUND, "/home/u/a", 2);
	/* the home folder itself is searched */
	walk("/home/u/d", "/home/u", RT_FINDUP_FOUND, "/home/u", 1);
	walk("/home/u", "/home/u", RT_FINDUP_FOUND, "/home/u", 0);
	/* no home: up to / */
	walk("/srv/y", NULL, RT_FINDUP_FOUND, "/", 2);
	walk("/srv/y", "relative", RT_FINDUP_FOUND, "/", 2);
}

static void
test_stops(void **state)
{
	(void)state;
	/* above the home folder is not searched */
	walk("/home/u/d", "/home/u/d", RT_FINDUP_HOME, "/home/u/d", 0);
	walk("/home", "/home", RT_FINDUP_HOME, "/home", 0);
	/* a parent on another file system is not searched */
	walk("/mnt/usb/x", "/home/u", RT_FINDUP_DEVICE, "/mnt/usb", 1);
	/* a start folder that cannot be looked at */
	walk("/nowhere", "/home/u", RT_FINDUP_DEVICE, "/nowhere", 0);
	/* a folder that may not be searched stops the walk: the file may
	 * be there, and the one of a grandparent (/) is not the one */
	walk("/srv/q/r", "/home/u", RT_FINDUP_DENIED, "/srv/q", 1);
	walk("/locked/x", "/home/u", RT_FINDUP_DENIED, "/locked/x", 0);
}

static void
test_root(void **state)
{
	struct rt_findup f;

	(void)state;
	assert_int_equal(rt_findup("relative", "x", NULL, fake_stat, &f), -1);
	assert_null(f.dir);
	assert_int_equal(rt_findup("/mnt", "none", NULL, fake_stat, &f), 0);
	assert_int_equal(f.stop, RT_FINDUP_ROOT);
	assert_string_equal(f.dir, "/");
	assert_int_equal(f.depth, 1);
	free(f.dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_found),
		cmocka_unit_test(test_stops),
		cmocka_unit_test(test_root),
	};

	return cmocka_run_group_tests_name("findup", tests, NULL, NULL);
}
