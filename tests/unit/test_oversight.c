/*
 * Unit tests of the reporting periods of the oversight reports
 * (src/core/oversight.c).  The figures themselves are worked out by hand
 * in tests/cli/sar.t.
 */
#include <stddef.h>

#include "harness.h"

#include "core/oversight.h"

static void
period(const char *s, const char *from, const char *to, const char *name)
{
	struct rt_period p;

	assert_int_equal(rt_period_parse(s, &p), 0);
	assert_string_equal(p.from, from);
	assert_string_equal(p.to, to);
	assert_string_equal(p.name, name);
}

static void
test_halves(void **state)
{
	(void)state;
	/* the halves of the fiscal year: H1 ends 31 March, H2 30 September */
	period("2026H1", "2025-10-01", "2026-03-31", "2026H1");
	period("2025H2", "2025-04-01", "2025-09-30", "2025H2");
	period("2024h1", "2023-10-01", "2024-03-31", "2024H1");
	period("2000H1", "1999-10-01", "2000-03-31", "2000H1");
}

static void
test_refused(void **state)
{
	static const char *const bad[] = { "", "2025", "2025H", "2025H3",
	    "2025H0", "25H1", "02025H1", "2025H1x", "2025 H1", "H1", "1000H2",
	    "abcdH1", "-202H1", "2025-H1" };
	struct rt_period p;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (rt_period_parse(bad[i], &p) != -1)
			fail_msg("\"%s\" taken as a period", bad[i]);
}

static void
test_span(void **state)
{
	struct rt_period p;

	(void)state;
	assert_int_equal(rt_period_span("2025-01-01", "2025-01-01", &p), 0);
	assert_string_equal(p.from, "2025-01-01");
	assert_string_equal(p.to, "2025-01-01");
	assert_string_equal(p.name, "");
	assert_int_equal(rt_period_span("2025-02-01", "2025-01-31", &p), -1);
	assert_int_equal(rt_period_span("2025-02-30", "2025-03-31", &p), -1);
	assert_int_equal(rt_period_span("2025-01-01", "soon", &p), -1);
}

static void
test_row_names(void **state)
{
	(void)state;
	assert_string_equal(rt_sar_row_name(RT_ROW_A), "A");
	assert_string_equal(rt_sar_row_name(RT_ROW_AB), "A+B");
	assert_string_equal(rt_sar_row_name(RT_ROW_CII), "C(ii)");
	assert_null(rt_sar_row_name(RT_ROW_COUNT));
	assert_null(rt_sar_row_name(-1));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_halves),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_span),
		cmocka_unit_test(test_row_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
