#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/date.h"

static int
unfix(void **state)
{
	(void)state;
	return rt_clock_fix(NULL);
}

static void
test_fix_instant(void **state)
{
	char now[21];

	(void)state;
	assert_int_equal(rt_clock_fix("2021-10-01T02:30:45Z"), 0);
	assert_true(rt_clock_time() ==
	    (time_t)rt_date_days(2021, 10, 1) * 86400 + 9045);
	rt_clock_now(now);
	assert_string_equal(now, "2021-10-01T02:30:45Z");
	assert_int_equal(rt_clock_fix("1969-12-31T23:59:59Z"), 0);
	assert_true(rt_clock_time() == -1);
	rt_clock_now(now);
	assert_string_equal(now, "1969-12-31T23:59:59Z");
	assert_int_equal(rt_clock_fix("9999-12-31T23:59:59Z"), 0);
	rt_clock_now(now);
	assert_string_equal(now, "9999-12-31T23:59:59Z");
	assert_int_equal(rt_clock_fix("0001-01-01T00:00:00Z"), 0);
	rt_clock_now(now);
	assert_string_equal(now, "0001-01-01T00:00:00Z");
}

static void
test_fix_date(void **state)
{
	char now[21];

	(void)state;
	assert_int_equal(rt_clock_fix("2024-02-29"), 0);
	assert_true(rt_clock_time() ==
	    (time_t)rt_date_days(2024, 2, 29) * 86400);
	rt_clock_now(now);
	assert_string_equal(now, "2024-02-29T00:00:00Z");
}

static void
test_fix_refused(void **state)
{
	static const char *const bad[] = {
		"", "2021-02-29", "2021-02-29T00:00:00Z",
		"2021-02-08T24:00:00Z", "2021-02-08T00:60:00Z",
		"2021-02-08T00:00:60Z", "2021-02-08 00:00:00Z",
		"2021-02-08T00:00:00", "2021-02-08T00:00:00+00:00",
		"2021-02-08T0:00:00Z", "2021-02-08t00:00:00z",
		"2021-02-08T00-00-00Z", "2021-02-08T00:00:0aZ",
		"2021-02-08T00:00:00Zx", "2021-2-8", "now",
	};
	char now[21];
	size_t i;

	(void)state;
	assert_int_equal(rt_clock_fix("2021-02-08T12:00:00Z"), 0);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (rt_clock_fix(bad[i]) != -1)
			fail_msg("accepted \"%s\"", bad[i]);
	/* Nothing changed. */
	rt_clock_now(now);
	assert_string_equal(now, "2021-02-08T12:00:00Z");
}

/* Today follows the TZ environment; now stays in UTC. */
static void
test_today_local(void **state)
{
	char today[11], now[21];

	(void)state;
	assert_int_equal(rt_clock_fix("2021-10-01T02:00:00Z"), 0);
	setenv("TZ", "UTC0", 1);
	rt_clock_today(today);
	assert_string_equal(today, "2021-10-01");
	setenv("TZ", "EST5", 1);
	rt_clock_today(today);
	assert_string_equal(today, "2021-09-30");
	rt_clock_now(now);
	assert_string_equal(now, "2021-10-01T02:00:00Z");
	assert_int_equal(rt_clock_fix("2021-09-30T20:00:00Z"), 0);
	rt_clock_today(today);
	assert_string_equal(today, "2021-09-30");
	setenv("TZ", "JST-9", 1);
	rt_clock_today(today);
	assert_string_equal(today, "2021-10-01");
	unsetenv("TZ");
}

static void
test_system_clock(void **state)
{
	char now[21], today[11];
	time_t before, t;

	(void)state;
	assert_int_equal(rt_clock_fix("2000-01-01"), 0);
	assert_int_equal(rt_clock_fix(NULL), 0);
	before = time(NULL);
	t = rt_clock_time();
	assert_true(t >= before && t <= time(NULL));
	rt_clock_now(now);
	assert_int_equal(strlen(now), 20);
	assert_int_equal(now[10], 'T');
	assert_int_equal(now[19], 'Z');
	now[10] = '\0';
	assert_true(rt_date_valid(now));
	assert_string_not_equal(now, "2000-01-01");
	rt_clock_today(today);
	assert_true(rt_date_valid(today));
	assert_true(labs(rt_date_diff(now, today)) <= 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_fix_instant, unfix),
		cmocka_unit_test_teardown(test_fix_date, unfix),
		cmocka_unit_test_teardown(test_fix_refused, unfix),
		cmocka_unit_test_teardown(test_today_local, unfix),
		cmocka_unit_test_teardown(test_system_clock, unfix),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
