#include <stddef.h>
#include <stdint.h>

#include "harness.h"

#include "base/money.h"

static void
test_parse_accepted(void **state)
{
	static const struct {
		const char *text;
		int64_t cents;
	} ok[] = {
		{ "1234.56", 123456 },
		{ "$1,234.56", 123456 },
		{ "1,234.56", 123456 },
		{ "$1234.56", 123456 },
		{ "1234", 123400 },
		{ "1234.5", 123450 },
		{ "0.01", 1 },
		{ "0", 0 },
		{ "0.00", 0 },
		{ "007", 700 },
		{ "$1,234,567.89", 123456789 },
		{ "123,456", 12345600 },
		{ "  42.10\t", 4210 },
		{ " $5 ", 500 },
		/* The largest amount: one quadrillion dollars. */
		{ "1000000000000000", RT_MONEY_MAX },
		{ RT_MONEY_MAX_TEXT, RT_MONEY_MAX },
		{ "999999999999999.99", RT_MONEY_MAX - 1 },
	};
	size_t i;
	int64_t c;

	(void)state;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		c = -1;
		if (rt_money_parse(ok[i].text, &c) != 0)
			fail_msg("refused \"%s\"", ok[i].text);
		assert_true(c == ok[i].cents);
	}
}

/*
 * A digit is required on both sides of the decimal point: ".5" and
 * "5." are refused, as is a lone "$".
 */
static void
test_parse_refused(void **state)
{
	static const char *const bad[] = {
		"", " ", "$", ".5", "$.50", "5.", "1,23.00", "1,2345.00",
		",123", "1,234,", "1,,234", "1234,567", "-5", "-$5", "$-5",
		"+5", "12.345", "1.2.3", "abc", "12a", "a12", "$ 5", "5$",
		"1 234", "1e3", "0x10", "NaN", "5 .00",
		"1000000000000000.01", "1000000000000001",
		"$1,000,000,000,000,000.01", "90000000000000000",
		"90000000000000000.01", "90000000000000001",
		"100000000000000000", "9223372036854775808",
		"99999999999999999999999",
	};
	size_t i;
	int64_t c = 77;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (rt_money_parse(bad[i], &c) != -1)
			fail_msg("accepted \"%s\"", bad[i]);
	/* A refused amount leaves the output alone. */
	assert_true(c == 77);
}

static void
test_format(void **state)
{
	static const struct {
		int64_t cents;
		const char *plain, *display;
	} cases[] = {
		{ 0, "0.00", "$0.00" },
		{ 1, "0.01", "$0.01" },
		{ 10, "0.10", "$0.10" },
		{ 99, "0.99", "$0.99" },
		{ 100, "1.00", "$1.00" },
		{ 99999, "999.99", "$999.99" },
		{ 100000, "1000.00", "$1,000.00" },
		{ 123456, "1234.56", "$1,234.56" },
		{ 12345678, "123456.78", "$123,456.78" },
		{ 123456789, "1234567.89", "$1,234,567.89" },
		{ INT64_C(9000000000000000000), "90000000000000000.00",
		    "$90,000,000,000,000,000.00" },
		{ INT64_MAX, "92233720368547758.07",
		    "$92,233,720,368,547,758.07" },
		{ -123456, "-1234.56", "-$1,234.56" },
		{ INT64_MIN, "-92233720368547758.08",
		    "-$92,233,720,368,547,758.08" },
	};
	char buf[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		rt_money_format(cases[i].cents, buf, sizeof(buf));
		assert_string_equal(buf, cases[i].plain);
		rt_money_display(cases[i].cents, buf, sizeof(buf));
		assert_string_equal(buf, cases[i].display);
	}
	/* A short buffer truncates, NUL-terminated. */
	rt_money_display(123456, buf, 5);
	assert_string_equal(buf, "$1,2");
}

/* What format and display write, parse reads back. */
static void
test_round_trip(void **state)
{
	static const int64_t amounts[] = {
		0, 1, 9, 50, 101, 99999, 100000, 123456789,
		INT64_C(100000000000), RT_MONEY_MAX,
	};
	char buf[32];
	size_t i;
	int64_t c;

	(void)state;
	for (i = 0; i < sizeof(amounts) / sizeof(amounts[0]); i++) {
		rt_money_format(amounts[i], buf, sizeof(buf));
		assert_int_equal(rt_money_parse(buf, &c), 0);
		assert_true(c == amounts[i]);
		rt_money_display(amounts[i], buf, sizeof(buf));
		assert_int_equal(rt_money_parse(buf, &c), 0);
		assert_true(c == amounts[i]);
	}
}

/*
 * The largest amount is far below what a sum holds, and a sum that
 * would go past INT64_MAX is refused, never wrapped.
 */
static void
test_add(void **state)
{
	int64_t sum = 0;
	int i;

	(void)state;
	assert_true(RT_MONEY_MAX <= INT64_MAX / 92);
	for (i = 0; i < 92; i++)
		assert_int_equal(rt_money_add(&sum, RT_MONEY_MAX), 0);
	assert_true(sum == 92 * RT_MONEY_MAX);
	assert_int_equal(rt_money_add(&sum, RT_MONEY_MAX), -1);
	assert_true(sum == 92 * RT_MONEY_MAX);
	/* what a refusal tells */
	assert_string_equal(rt_money_hint("1000000000000000.01"),
	    "at most $1,000,000,000,000,000.00");
	assert_string_equal(rt_money_hint("$9,999,999,999,999,999,999"),
	    "at most $1,000,000,000,000,000.00");
	assert_string_equal(rt_money_hint("12.345"), "e.g. 1234.56");
	assert_string_equal(rt_money_hint("-5"), "e.g. 1234.56");
	sum = INT64_MAX - 1;
	assert_int_equal(rt_money_add(&sum, 1), 0);
	assert_true(sum == INT64_MAX);
	assert_int_equal(rt_money_add(&sum, 1), -1);
	assert_true(sum == INT64_MAX);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_accepted),
		cmocka_unit_test(test_parse_refused),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_add),
		cmocka_unit_test(test_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
