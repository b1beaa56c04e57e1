/*
 * Unit tests of copying a database (copy.c), SQLite to SQLite: the copy
 * keeps every row and every event as recorded; a copy into a database
 * that is not empty, into the same database or from one that is not
 * there is refused and changes nothing.
 *
 * The source is a file in a temporary folder, loaded from
 * tests/data/summary.yaml (the tests run from the top of the source
 * tree).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

#include "base/clock.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/copy.h"
#include "formats/import.h"
#include "store/store.h"

struct fx {
	char dir[64], from[96], to[96];
};

static int
setup(void **state)
{
	char *files[] = { "tests/data/summary.yaml" };
	struct rt_import_stats stats;
	struct rt_config cfg;
	struct rt_store *st;
	struct fx *fx = calloc(1, sizeof(*fx));

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	strcpy(fx->dir, "/tmp/rectrack-test-copy.XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->from, sizeof(fx->from), "%s/from.db", fx->dir);
	snprintf(fx->to, sizeof(fx->to), "%s/to.db", fx->dir);
	ok(rt_store_open(fx->from, RT_STORE_CREATE, &st));
	ok(rt_import(st, &cfg, files, 1, "tester", 0, NULL, NULL, &stats));
	rt_import_stats_free(&stats);
	rt_store_close(st);
	rt_config_free(&cfg);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;
	char cmd[160];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	assert_int_equal(system(cmd), 0);
	free(fx);
	rt_clock_fix(NULL);
	return 0;
}

/* Everything a database holds of its recommendations, as text. */
struct dump {
	struct rt_store *st;
	struct rt_buf text;
};

static int
dump_event(const struct rt_event *ev, void *arg)
{
	rt_buf_printf(arg, "  %s %s %s %s %s %s>%s %s\n", ev->at,
	    ev->effective, ev->actor, ev->kind, ev->field ? ev->field : "-",
	    ev->old ? ev->old : "-", ev->new ? ev->new : "-",
	    ev->note ? ev->note : "-");
	return 0;
}

static int
dump_rec(const struct rt_rec *r, void *arg)
{
	struct dump *d = arg;
	int i;

	rt_buf_printf(&d->text, "%s#%s %s %s %s %s t=%s o=%s r=%s c=%s "
	    "%s|%s|%s p%d s%d h%d q%d a%d money", r->report, r->number,
	    r->agency, r->agency_path, rt_status_name(r->status),
	    rt_concurrence_name(r->concurrence), r->target_date,
	    r->original_target_date, r->resolved_date, r->closed_date,
	    r->text, r->official ? r->official : "-",
	    r->corrective_action ? r->corrective_action : "-", r->priority,
	    r->significant, r->on_hold, r->closure_requested,
	    r->partially_addressed);
	for (i = 0; i < RT_MONEY_COUNT; i++)
		rt_buf_printf(&d->text, " %lld", (long long)r->money[i]);
	rt_buf_puts(&d->text, "\n");
	return rt_store_event_list(d->st, r->id, dump_event, &d->text) != NULL;
}

/* The dump of the database at path (free with free()). */
static char *
dump(const char *path)
{
	struct rt_filter all;
	struct dump d;

	memset(&all, 0, sizeof(all));
	memset(&d, 0, sizeof(d));
	ok(rt_store_open(path, RT_STORE_READONLY, &d.st));
	ok(rt_store_rec_list(d.st, &all, dump_rec, &d));
	rt_store_close(d.st);
	assert_non_null(d.text.s);
	return d.text.s;
}

static void
counts_of(const char *path, struct rt_counts *n)
{
	struct rt_store *st;

	ok(rt_store_open(path, RT_STORE_READONLY, &st));
	ok(rt_store_counts(st, n));
	rt_store_close(st);
}

static void
test_copy_keeps_everything(void **state)
{
	struct fx *fx = *state;
	struct rt_copy_info info;
	struct rt_counts want, have;
	char *a, *b;

	ok(rt_copy(fx->from, fx->to, &info));
	assert_string_equal(info.from, fx->from);
	assert_string_equal(info.to, fx->to);
	counts_of(fx->from, &want);
	counts_of(fx->to, &have);
	assert_int_equal(want.issuers, 2);
	assert_int_equal(want.agencies, 6);
	assert_int_equal(want.reports, 6);
	assert_int_equal(want.recs, 12);
	assert_memory_equal(&info.counts, &want, sizeof(want));
	assert_memory_equal(&have, &want, sizeof(want));
	a = dump(fx->from);
	b = dump(fx->to);
	assert_string_equal(a, b);
	/* the events kept their recording time and actor */
	assert_non_null(strstr(b, "OIG-23-05#3 CBP DHS/CBP open-pending"));
	assert_non_null(strstr(b, " 2025-01-15 tester field agency ICE>CBP "
	    "reassigned\n"));
	free(a);
	free(b);
	rt_copy_info_free(&info);
	assert_null(info.from);
}

static void
test_copy_into_a_full_database(void **state)
{
	struct fx *fx = *state;
	struct rt_copy_info info;
	struct rt_counts before, after;
	char msg[512];
	char *a, *b;

	ok(rt_copy(fx->from, fx->to, &info));
	rt_copy_info_free(&info);
	counts_of(fx->to, &before);
	a = dump(fx->to);
	snprintf(msg, sizeof(msg), "%s: the database is not empty (2 "
	    "issuers, 6 agencies, 6 reports, 12 recommendations, %lld "
	    "events); copy into a new file or an empty database", fx->to,
	    (long long)before.events);
	expect(rt_copy(fx->from, fx->to, &info), RT_EEXIST, msg);
	rt_copy_info_free(&info);
	counts_of(fx->to, &after);
	assert_memory_equal(&after, &before, sizeof(before));
	b = dump(fx->to);
	assert_string_equal(a, b);
	free(a);
	free(b);
}

static void
test_copy_refused(void **state)
{
	struct fx *fx = *state;
	struct rt_copy_info info;
	struct stat sb;
	char path[160], msg[512];

	snprintf(msg, sizeof(msg), "%s and %s are the same database; copy "
	    "into another one", fx->from, fx->from);
	expect(rt_copy(fx->from, fx->from, &info), RT_EINVAL, msg);
	rt_copy_info_free(&info);
	/* the same file under another name */
	snprintf(path, sizeof(path), "%s/../%s/from.db", fx->dir,
	    strrchr(fx->dir, '/') + 1);
	snprintf(msg, sizeof(msg), "%s and %s are the same database; copy "
	    "into another one", fx->from, path);
	expect(rt_copy(fx->from, path, &info), RT_EINVAL, msg);
	rt_copy_info_free(&info);

	/* a source that is not there creates no target */
	snprintf(path, sizeof(path), "%s/none.db", fx->dir);
	{
		struct rt_error *err = rt_copy(path, fx->to, &info);

		assert_non_null(err);
		assert_int_equal(err->code, RT_ENOTFOUND);
		rt_error_free(err);
	}
	rt_copy_info_free(&info);
	assert_int_equal(stat(fx->to, &sb), -1);
	assert_int_equal(stat(path, &sb), -1);

	expect(rt_copy("", fx->to, &info), RT_EINVAL,
	    "the copy needs two database names");
	rt_copy_info_free(&info);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_copy_keeps_everything,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy_into_a_full_database,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy_refused, setup,
		    teardown),
	};

	return cmocka_run_group_tests_name("copy", tests, NULL, NULL);
}
