#include <stdio.h>

#include "harness.h"

#include "base/date.h"

static void
test_parse_valid(void **state)
{
	int y = 0, m = 0, d = 0;

	(void)state;
	assert_int_equal(rt_date_parse("2021-02-08", &y, &m, &d), 0);
	assert_int_equal(y, 2021);
	assert_int_equal(m, 2);
	assert_int_equal(d, 8);
	assert_int_equal(rt_date_parse("0001-01-01", &y, &m, &d), 0);
	assert_int_equal(y, 1);
	assert_int_equal(rt_date_parse("9999-12-31", &y, &m, &d), 0);
	assert_int_equal(y, 9999);
	assert_int_equal(m, 12);
	assert_int_equal(d, 31);
	/* Any output may be NULL. */
	assert_int_equal(rt_date_parse("2021-12-31", NULL, &m, NULL), 0);
	assert_int_equal(m, 12);
}

static void
test_parse_calendar(void **state)
{
	(void)state;
	assert_false(rt_date_valid("2021-02-29"));
	assert_true(rt_date_valid("2024-02-29"));
	assert_false(rt_date_valid("1900-02-29"));
	assert_true(rt_date_valid("2000-02-29"));
	assert_false(rt_date_valid("2100-02-29"));
	assert_true(rt_date_valid("2021-02-28"));
	assert_true(rt_date_valid("2021-01-31"));
	assert_false(rt_date_valid("2021-04-31"));
	assert_true(rt_date_valid("2021-04-30"));
	assert_false(rt_date_valid("2021-06-31"));
	assert_false(rt_date_valid("2021-09-31"));
	assert_false(rt_date_valid("2021-11-31"));
	assert_true(rt_date_valid("2021-12-31"));
	assert_false(rt_date_valid("2021-12-32"));
}

static void
test_parse_invalid(void **state)
{
	static const char *const bad[] = {
		"", "2021-13-01", "2021-00-10", "2021-01-00", "0000-01-01",
		"2021-2-3", "2021-02-3", "21-02-03", "2021-02-08x",
		"2021-02-08 ", " 2021-02-08", "2021/02/08", "20210208",
		"2021-02-08T00:00:00Z", "abcd-ef-gh", "2021-0a-08",
		"+021-02-08", "2021--2-08", "2021-02-0", "12021-02-08",
	};
	size_t i;
	int y = -7, m = -7, d = -7;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (rt_date_parse(bad[i], &y, &m, &d) != -1)
			fail_msg("accepted \"%s\"", bad[i]);
		assert_false(rt_date_valid(bad[i]));
	}
	/* A refused date leaves the outputs alone. */
	assert_int_equal(y, -7);
	assert_int_equal(m, -7);
	assert_int_equal(d, -7);
}

static void
test_days(void **state)
{
	(void)state;
	assert_int_equal(rt_date_days(1970, 1, 1), 0);
	assert_int_equal(rt_date_days(1970, 1, 2), 1);
	assert_int_equal(rt_date_days(1969, 12, 31), -1);
	assert_int_equal(rt_date_days(2000, 3, 1), 11017);
	assert_int_equal(rt_date_days(2021, 10, 1), 18901);
	assert_int_equal(rt_date_days(1, 1, 1), -719162);
	assert_int_equal(rt_date_days(9999, 12, 31), 2932896);
	assert_int_equal(rt_date_str_days("2021-02-08"), 18666);
	assert_int_equal(rt_date_str_days("1900-03-01"), -25508);
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/*
 * Walk every day from 1599-12-01 to 2401-02-01 with a calendar counted
 * here, and check days, from_days and parse against it.
 */
static void
test_round_trip(void **state)
{
	static const int mdays[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	char buf[RT_DATE_SIZE], want[32];
	long days;
	int y = 1599, m = 12, d = 1, py, pm, pd;

	(void)state;
	days = rt_date_days(y, m, d);
	while (y < 2401 || m < 2) {
		snprintf(want, sizeof(want), "%04d-%02d-%02d", y,
		    m, d);
		rt_date_from_days(days, buf);
		assert_string_equal(buf, want);
		assert_int_equal(rt_date_parse(buf, &py, &pm, &pd), 0);
		assert_int_equal(rt_date_days(py, pm, pd), days);
		assert_int_equal(rt_date_str_days(buf), days);
		if (++d > mdays[m - 1] + (m == 2 && leap(y))) {
			d = 1;
			if (++m > 12) {
				m = 1;
				y++;
			}
		}
		days++;
	}
	assert_int_equal(days, rt_date_days(2401, 2, 1));
}

static void
test_from_days_edges(void **state)
{
	char buf[RT_DATE_SIZE];

	(void)state;
	rt_date_from_days(0, buf);
	assert_string_equal(buf, "1970-01-01");
	rt_date_from_days(-1, buf);
	assert_string_equal(buf, "1969-12-31");
	rt_date_from_days(-719162, buf);
	assert_string_equal(buf, "0001-01-01");
	rt_date_from_days(2932896, buf);
	assert_string_equal(buf, "9999-12-31");
	/* Out of range: clamped, still a date. */
	rt_date_from_days(-800000, buf);
	assert_string_equal(buf, "0001-01-01");
	rt_date_from_days(3000000, buf);
	assert_string_equal(buf, "9999-12-31");
}

static void
test_diff(void **state)
{
	(void)state;
	assert_int_equal(rt_date_diff("2021-02-08", "2021-02-08"), 0);
	assert_int_equal(rt_date_diff("2021-02-08", "2022-02-08"), 365);
	assert_int_equal(rt_date_diff("2020-02-08", "2021-02-08"), 366);
	assert_int_equal(rt_date_diff("2020-02-28", "2020-03-01"), 2);
	assert_int_equal(rt_date_diff("2021-02-28", "2021-03-01"), 1);
	assert_int_equal(rt_date_diff("2021-03-01", "2021-02-28"), -1);
	assert_int_equal(rt_date_diff("1969-12-31", "1970-01-01"), 1);
	assert_int_equal(rt_date_diff("2018-09-25", "2026-11-28"), 2986);
	assert_int_equal(rt_date_diff("2000-01-01", "2100-01-01"), 36525);
	assert_int_equal(rt_date_diff("2100-01-01", "2200-01-01"), 36524);
	assert_int_equal(rt_date_diff("2000-01-01", "2400-01-01"), 146097);
}

static void
test_fiscal_year(void **state)
{
	(void)state;
	/* Federal: starts 1 October. */
	assert_int_equal(rt_date_fiscal_year("2021-09-30", 10), 2021);
	assert_int_equal(rt_date_fiscal_year("2021-10-01", 10), 2022);
	assert_int_equal(rt_date_fiscal_year("2021-01-01", 10), 2021);
	assert_int_equal(rt_date_fiscal_year("2021-12-31", 10), 2022);
	/* Calendar year. */
	assert_int_equal(rt_date_fiscal_year("2021-01-01", 1), 2021);
	assert_int_equal(rt_date_fiscal_year("2021-12-31", 1), 2021);
	/* Starts 1 July. */
	assert_int_equal(rt_date_fiscal_year("2021-06-30", 7), 2021);
	assert_int_equal(rt_date_fiscal_year("2021-07-01", 7), 2022);
	/* Starts 1 December, 1 February. */
	assert_int_equal(rt_date_fiscal_year("2021-11-30", 12), 2021);
	assert_int_equal(rt_date_fiscal_year("2021-12-01", 12), 2022);
	assert_int_equal(rt_date_fiscal_year("2021-01-31", 2), 2021);
	assert_int_equal(rt_date_fiscal_year("2021-02-01", 2), 2022);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_valid),
		cmocka_unit_test(test_parse_calendar),
		cmocka_unit_test(test_parse_invalid),
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_from_days_edges),
		cmocka_unit_test(test_diff),
		cmocka_unit_test(test_fiscal_year),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
