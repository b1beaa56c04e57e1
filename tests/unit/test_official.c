/*
 * Unit tests of officials (core/official.c): adding one with its added
 * event, the checks of each field, the cycle rule of reports_to, set
 * with one event per changed field, and everyone reporting to an
 * official, directly or not.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "core/event.h"
#include "core/official.h"
#include "store/store.h"

static struct rt_error *
add(struct rt_store *st, const char *code, const char *boss,
    const char *email)
{
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_official o;
	struct rt_events done;
	struct rt_error *err;

	memset(&o, 0, sizeof(o));
	o.code = (char *)code;
	o.name = (char *)code;
	o.reports_to = (char *)boss;
	o.email = (char *)email;
	if ((err = rt_store_begin(st)) != NULL)
		return err;
	if ((err = rt_official_add(st, &o, &who, &done)) == NULL)
		err = rt_store_commit(st);
	else
		rt_store_rollback(st);
	rt_events_free(&done);
	return err;
}

static int
setup(void **state)
{
	struct rt_agency dhs = { "DHS", "Homeland Security", NULL, NULL, 0 };
	struct rt_store *st;

	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_store_agency_add(st, &dhs));
	/* a <- b <- c, and d alone */
	ok(add(st, "a", NULL, "a@dhs.gov"));
	ok(add(st, "b", "a", NULL));
	ok(add(st, "c", "b", NULL));
	ok(add(st, "d", NULL, NULL));
	*state = st;
	return 0;
}

static int
teardown(void **state)
{
	rt_store_close(*state);
	rt_clock_fix(NULL);
	return 0;
}

static int
count(const struct rt_event *ev, void *arg)
{
	(void)ev;
	(*(int *)arg)++;
	return 0;
}

static void
test_add(void **state)
{
	struct rt_store *st = *state;
	struct rt_official o;
	int n = 0;

	ok(rt_store_official_get(st, "b", &o));
	assert_string_equal(o.reports_to, "a");
	rt_official_free(&o);
	ok(rt_store_subject_event_list(st, RT_SUBJECT_OFFICIAL, "b", count,
	    &n));
	assert_int_equal(n, 1);
	expect(add(st, "e", NULL, "e@localhost"), RT_EINVAL, "email: "
	    "\"e@localhost\" is not an e-mail address (expected local@domain, "
	    "e.g. jane.doe@agency.gov)");
	expect(add(st, "x/y", NULL, NULL), RT_EINVAL, "\"x/y\": not an "
	    "official code (not empty; no '/', no control character, no "
	    "invisible character that reorders text)");
	expect(add(st, "x\ny", NULL, NULL), RT_EINVAL, "\"x\ny\": not an "
	    "official code (not empty; no '/', no control character, no "
	    "invisible character that reorders text)");
	expect(add(st, "e", "e", NULL), RT_EINVAL, "official e: cannot "
	    "report to itself");
	expect(add(st, "a", NULL, NULL), RT_EEXIST, "official a already "
	    "exists");
}

static void
test_cycle(void **state)
{
	struct rt_store *st = *state;

	expect(rt_official_check(st, "a", "reports_to", "c"), RT_EINVAL,
	    "official a: cannot report to c, who reports to a (directly or "
	    "not): that would make a cycle");
	expect(rt_official_check(st, "a", "reports_to", "a"), RT_EINVAL,
	    "official a: cannot report to itself");
	ok(rt_official_check(st, "a", "reports_to", "d"));
	ok(rt_official_check(st, "c", "reports_to", "d"));
}

static void
test_set(void **state)
{
	struct rt_store *st = *state;
	struct rt_actor who = { "tester", NULL, "moved" };
	struct rt_change c[] = {
		{ "reports_to", "d" }, { "title", "Chief" }, { "email", "" },
	};
	struct rt_official o;
	struct rt_events done;

	ok(rt_store_begin(st));
	ok(rt_official_set(st, "a", c, 3, &who, &done));
	ok(rt_store_commit(st));
	assert_int_equal(done.n, 3);
	assert_string_equal(done.ev[0].field, "reports_to");
	assert_null(done.ev[0].old);
	assert_string_equal(done.ev[0].new, "d");
	assert_string_equal(done.ev[2].old, "a@dhs.gov");
	assert_null(done.ev[2].new);
	rt_events_free(&done);
	ok(rt_store_official_get(st, "a", &o));
	assert_string_equal(o.reports_to, "d");
	assert_string_equal(o.title, "Chief");
	assert_null(o.email);
	rt_official_free(&o);
}

static void
test_staff(void **state)
{
	struct rt_store *st = *state;
	char **codes;
	size_t n, i;

	ok(rt_official_staff(st, "a", &codes, &n));
	assert_int_equal(n, 3);
	assert_string_equal(codes[0], "a");
	assert_string_equal(codes[1], "b");
	assert_string_equal(codes[2], "c");
	for (i = 0; i < n; i++)
		free(codes[i]);
	free(codes);
	ok(rt_official_staff(st, "d", &codes, &n));
	assert_int_equal(n, 1);
	assert_string_equal(codes[0], "d");
	free(codes[0]);
	free(codes);
	expect(rt_official_staff(st, "bb", &codes, &n), RT_ENOTFOUND,
	    "bb: no such official (add it with 'rectrack official add'); "
	    "did you mean \"b\"?");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cycle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_set, setup, teardown),
		cmocka_unit_test_setup_teardown(test_staff, setup, teardown),
	};

	return cmocka_run_group_tests_name("official", tests, NULL, NULL);
}
