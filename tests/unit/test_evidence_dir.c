/*
 * Unit tests of evidence files in a folder (src/core/evidence_dir.c over
 * the SQLite store): a file written out under its hash and left alone
 * when there already, replaced when wrong; loaded back into another
 * database, refused without a folder, when missing, when its bytes do
 * not match, over a limit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#include "base/error.h"
#include "core/config.h"
#include "core/evidence_dir.h"
#include "store/store.h"

#define ABC "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

static struct rt_error *
abc_read(void *arg, unsigned char *buf, size_t n)
{
	(void)arg;
	memcpy(buf, "abc", n);
	return NULL;
}

static void
test_round_trip(void **state)
{
	struct rt_store *a, *b;
	struct rt_config cfg;
	struct rt_error *err;
	char dir[64], db[96], ev[96], path[200], buf[8];
	FILE *fp;
	int n;

	(void)state;
	rt_config_defaults(&cfg);
	strcpy(dir, "/tmp/rectrack-test-evdir.XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(db, sizeof(db), "%s/a.db", dir);
	ok(rt_store_open(db, RT_STORE_CREATE, &a));
	snprintf(db, sizeof(db), "%s/b.db", dir);
	ok(rt_store_open(db, RT_STORE_CREATE, &b));
	ok(rt_store_begin(a));
	ok(rt_store_evidence_put(a, ABC, 3, abc_read, NULL, &n));
	ok(rt_store_commit(a));

	/* a file that is not a folder is refused; a new folder made */
	snprintf(ev, sizeof(ev), "%s/a.db", dir);
	err = rt_evidence_dir_ready(ev);
	assert_non_null(err);
	rt_error_free(err);
	snprintf(ev, sizeof(ev), "%s/ev", dir);
	ok(rt_evidence_dir_ready(ev));
	ok(rt_evidence_dir_put(a, ev, ABC, &n));
	assert_int_equal(n, 1);
	ok(rt_evidence_dir_put(a, ev, ABC, &n));
	assert_int_equal(n, 0);		/* there already */
	snprintf(path, sizeof(path), "%s/%s", ev, ABC);
	assert_non_null(fp = fopen(path, "wb"));
	fputs("abd", fp);
	fclose(fp);
	ok(rt_evidence_dir_put(a, ev, ABC, &n));
	assert_int_equal(n, 1);		/* wrong bytes replaced */
	assert_non_null(fp = fopen(path, "rb"));
	assert_int_equal(fread(buf, 1, sizeof(buf), fp), 3);
	fclose(fp);
	assert_memory_equal(buf, "abc", 3);

	/* loading: refused without a folder, over the limit, wrong */
	ok(rt_store_begin(b));
	err = rt_evidence_dir_load(b, &cfg, NULL, ABC, &n);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EREFUSED);
	rt_error_free(err);
	cfg.evidence_max_file = 2;
	err = rt_evidence_dir_load(b, &cfg, ev, ABC, &n);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EREFUSED);
	rt_error_free(err);
	cfg.evidence_max_file = 0;
	assert_non_null(fp = fopen(path, "wb"));
	fputs("abd", fp);
	fclose(fp);
	err = rt_evidence_dir_load(b, &cfg, ev, ABC, &n);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EINVAL);
	rt_error_free(err);
	rt_store_rollback(b);
	ok(rt_evidence_dir_put(a, ev, ABC, &n));
	ok(rt_store_begin(b));
	ok(rt_evidence_dir_load(b, &cfg, ev, ABC, &n));
	assert_int_equal(n, 1);
	ok(rt_evidence_dir_load(b, &cfg, NULL, ABC, &n));
	assert_int_equal(n, 0);		/* stored: no folder needed */
	ok(rt_store_commit(b));

	rt_store_close(a);
	rt_store_close(b);
	rt_config_free(&cfg);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
