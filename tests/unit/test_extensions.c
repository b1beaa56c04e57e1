/*
 * Unit tests of the extension counts (extensions.c) and of the
 * selection on them (select.c, extended_min): a target event in force
 * that moves a set date later counts; a first target, a move earlier, a
 * voided move, one effective after the day and one recorded after the
 * store's horizon do not.
 *
 * The data set is tests/data/summary.yaml (the tests run from the top of
 * the source tree): OIG-20-10#2 is extended once there (2025-02-01).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/error.h"
#include "core/config.h"
#include "core/event.h"
#include "core/extensions.h"
#include "core/select.h"
#include "formats/import.h"
#include "store/store.h"

static struct rt_config cfg;

static int
setup(void **state)
{
	char *files[] = { "tests/data/summary.yaml" };
	struct rt_import_stats stats;
	struct rt_store *st;

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_import(st, &cfg, files, 1, "tester", 0, NULL, NULL, &stats));
	rt_import_stats_free(&stats);
	*state = st;
	return 0;
}

static int
teardown(void **state)
{
	rt_store_close(*state);
	rt_config_free(&cfg);
	rt_clock_fix(NULL);
	return 0;
}

static int64_t
rec_id(struct rt_store *st, const char *report, const char *number)
{
	struct rt_rec rec;
	int64_t id;

	ok(rt_store_rec_get(st, report, number, &rec));
	id = rec.id;
	rt_rec_free(&rec);
	return id;
}

/* One target event on rec, in a transaction of its own. */
static void
target(struct rt_store *st, int64_t rec, const char *effective,
    const char *old, const char *new)
{
	ok(rt_store_begin(st));
	ok(rt_event_write(st, rec, effective, "tester", "target",
	    "target_date", old, new, "moved"));
	ok(rt_store_commit(st));
}

static int
count_cb(const struct rt_rec *rec, void *arg)
{
	(void)rec;
	(*(int *)arg)++;
	return 0;
}

static void
test_is(void **state)
{
	(void)state;
	assert_int_equal(rt_extension_is("2025-01-01", "2025-06-30"), 1);
	assert_int_equal(rt_extension_is("2025-06-30", "2025-01-01"), 0);
	assert_int_equal(rt_extension_is("2025-06-30", "2025-06-30"), 0);
	assert_int_equal(rt_extension_is(NULL, "2025-06-30"), 0);
	assert_int_equal(rt_extension_is("", "2025-06-30"), 0);
}

static void
test_counts(void **state)
{
	struct rt_store *st = *state;
	struct rt_extensions x;
	int64_t r2 = rec_id(st, "OIG-20-10", "2");
	int64_t r3 = rec_id(st, "OIG-20-10", "3");
	struct rt_filter f;
	int n;

	ok(rt_extensions_load(st, NULL, &x));
	assert_int_equal(x.len, 1);
	assert_int_equal(rt_extensions_of(&x, r2), 1);
	assert_int_equal(rt_extensions_of(&x, r3), 0);
	rt_extensions_free(&x);
	/* a first target, then later (counts), then earlier (not) */
	target(st, r3, "2026-01-10", NULL, "2026-06-30");
	target(st, r3, "2026-03-10", "2026-06-30", "2026-12-31");
	target(st, r3, "2026-04-10", "2026-12-31", "2026-09-30");
	target(st, r2, "2026-05-01", "2026-12-31", "2027-06-30");
	ok(rt_extensions_load(st, NULL, &x));
	assert_int_equal(rt_extensions_of(&x, r2), 2);
	assert_int_equal(rt_extensions_of(&x, r3), 1);
	rt_extensions_free(&x);
	/* as of a day: those effective by its end */
	ok(rt_extensions_load(st, "2026-03-09", &x));
	assert_int_equal(rt_extensions_of(&x, r2), 1);
	assert_int_equal(rt_extensions_of(&x, r3), 0);
	rt_extensions_free(&x);
	/* the selection: more than 1 is OIG-20-10#2 only, today and as of
	 * a day before its second extension (none then) */
	memset(&f, 0, sizeof(f));
	f.extended_min = 2;
	n = 0;
	ok(rt_select(st, &f, "2026-11-28", count_cb, &n));
	assert_int_equal(n, 1);
	n = 0;
	ok(rt_select_lean(st, &f, "2026-11-28", count_cb, &n));
	assert_int_equal(n, 1);
	n = 0;
	ok(rt_select(st, &f, "2026-04-30", count_cb, &n));
	assert_int_equal(n, 0);
	f.extended_min = 1;
	f.report = "OIG-20-10";
	n = 0;
	ok(rt_select(st, &f, "2026-04-30", count_cb, &n));
	assert_int_equal(n, 2);
}

/* A void in force takes an extension back; a voided void gives it
 * back; recorded after the horizon, neither is known. */
static void
test_voids_and_horizon(void **state)
{
	struct rt_store *st = *state;
	struct rt_extensions x;
	struct rt_event v;
	struct rt_events h;
	int64_t r2 = rec_id(st, "OIG-20-10", "2"), ext = 0;
	size_t i;

	ok(rt_events_load(st, r2, &h));
	for (i = 0; i < h.n; i++)
		if (strcmp(h.ev[i].kind, "target") == 0)
			ext = h.ev[i].id;	/* the last: 2025-02-01 */
	rt_events_free(&h);
	assert_true(ext != 0);
	assert_int_equal(rt_clock_fix("2026-11-29T12:00:00Z"), 0);
	memset(&v, 0, sizeof(v));
	memcpy(v.at, "2026-11-29T12:00:00Z", sizeof(v.at));
	memcpy(v.effective, "2026-11-29", sizeof(v.effective));
	v.actor = "tester";
	v.kind = "void";
	v.note = "wrong";
	v.voids = ext;
	ok(rt_store_begin(st));
	ok(rt_store_event_add(st, r2, &v));
	ok(rt_store_commit(st));
	ok(rt_extensions_load(st, NULL, &x));
	assert_int_equal(rt_extensions_of(&x, r2), 0);
	rt_extensions_free(&x);
	/* as known the day before */
	ok(rt_store_set_known(st, "2026-11-28T23:59:59Z"));
	ok(rt_extensions_load(st, NULL, &x));
	assert_int_equal(rt_extensions_of(&x, r2), 1);
	rt_extensions_free(&x);
	ok(rt_store_set_known(st, NULL));
	/* the void voided */
	v.voids = v.id;
	v.id = 0;
	ok(rt_store_begin(st));
	ok(rt_store_event_add(st, r2, &v));
	ok(rt_store_commit(st));
	ok(rt_extensions_load(st, NULL, &x));
	assert_int_equal(rt_extensions_of(&x, r2), 1);
	rt_extensions_free(&x);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_is),
		cmocka_unit_test_setup_teardown(test_counts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_voids_and_horizon, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
