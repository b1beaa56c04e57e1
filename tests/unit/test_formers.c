/* Unit tests of the agencies' former codes (formers.c): the pairs added,
 * the lookups both ways, and the table loaded from the renames. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/error.h"
#include "core/event.h"
#include "core/formers.h"
#include "core/registry.h"
#include "store/store.h"

static void
test_table(void **state)
{
	struct rt_formers f = { NULL, 0, 0 };
	int i;

	(void)state;
	assert_int_equal(rt_formers_is(NULL, "A", "B"), 0);
	assert_null(rt_formers_now(NULL, "A"));
	assert_int_equal(rt_formers_add(&f, "CPB", "CBP"), 0);
	assert_int_equal(rt_formers_add(&f, "CPB", "CBP"), 0);	/* once */
	assert_int_equal(f.n, 1);
	assert_int_equal(rt_formers_is(&f, "CPB", "CBP"), 1);
	assert_int_equal(rt_formers_is(&f, "CBP", "CPB"), 0);
	assert_int_equal(rt_formers_is(&f, "CPB", "DHS"), 0);
	assert_string_equal(rt_formers_now(&f, "CPB"), "CBP");
	assert_null(rt_formers_now(&f, "CBP"));
	/* a code used twice: the latest holder */
	assert_int_equal(rt_formers_add(&f, "CPB", "OFO"), 0);
	assert_string_equal(rt_formers_now(&f, "CPB"), "OFO");
	/* growth past the first allocation */
	for (i = 0; i < 40; i++) {
		char code[16];

		snprintf(code, sizeof(code), "X%d", i);
		assert_int_equal(rt_formers_add(&f, code, "Y"), 0);
	}
	assert_int_equal(f.n, 42);
	assert_string_equal(rt_formers_now(&f, "X39"), "Y");
	rt_formers_free(&f);
	assert_int_equal(f.n, 0);
	assert_null(f.v);
}

static void
test_load(void **state)
{
	struct rt_agency a = { "A", "Alpha", NULL, NULL, 0 };
	struct rt_agency b = { "B", "Beta", NULL, NULL, 0 };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_formers f = { NULL, 0, 0 };
	struct rt_events done;
	struct rt_store *st;

	(void)state;
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_store_begin(st));
	ok(rt_store_agency_add(st, &a));
	ok(rt_store_agency_add(st, &b));
	ok(rt_store_commit(st));
	ok(rt_formers_load(st, &f));
	assert_int_equal(f.n, 0);
	/* B -> C -> D, and a new agency B afterwards */
	ok(rt_store_begin(st));
	ok(rt_subject_rename(st, RT_SUBJECT_AGENCY, "B", "C", &who, &done));
	rt_events_free(&done);
	ok(rt_subject_rename(st, RT_SUBJECT_AGENCY, "C", "D", &who, &done));
	rt_events_free(&done);
	ok(rt_store_agency_add(st, &b));
	ok(rt_store_commit(st));
	ok(rt_formers_load(st, &f));
	assert_int_equal(f.n, 2);
	assert_int_equal(rt_formers_is(&f, "B", "D"), 1);
	assert_int_equal(rt_formers_is(&f, "C", "D"), 1);
	assert_int_equal(rt_formers_is(&f, "B", "B"), 0);
	assert_int_equal(rt_formers_is(&f, "A", "D"), 0);
	rt_formers_free(&f);
	rt_store_close(st);
	rt_clock_fix(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_load),
	};

	return cmocka_run_group_tests_name("formers", tests, NULL, NULL);
}
