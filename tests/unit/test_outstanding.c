/*
 * Unit tests of the outstanding-recommendations report's data
 * (outstanding.c): the open recommendations a filter selects as of a
 * day, by agency in tree order then in listing order, each with its
 * report's title, facts and latest event by then, and the totals.
 *
 * The data set is tests/data/summary.yaml (the tests run from the top of
 * the source tree); tests/unit/test_summary.c gives its numbers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/outstanding.h"
#include "core/rec.h"
#include "core/summary.h"
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

/* The items of o: "REPORT#NUMBER AGENCY STATUS LAST-KIND@DATE|" each
 * (static). */
static const char *
items(const struct rt_outstanding *o)
{
	static char text[2048];
	size_t i, len = 0;

	text[0] = '\0';
	for (i = 0; i < o->nitems; i++) {
		const struct rt_open_item *it = &o->items[i];

		len += (size_t)snprintf(text + len, sizeof(text) - len,
		    "%s#%s %s %s %s@%s|", it->rec.report, it->rec.number,
		    it->rec.agency, rt_status_name(it->rec.status),
		    it->last.kind ? it->last.kind : "-", it->last.effective);
	}
	return text;
}

static void
test_today(void **state)
{
	struct rt_outstanding o;
	struct rt_filter f;

	memset(&f, 0, sizeof(f));
	ok(rt_outstanding_build(*state, &cfg, &f, "2026-11-28", &o));
	assert_string_equal(o.as_of, "2026-11-28");
	assert_string_equal(items(&o),
	    "OIG-25-30#1 DHS open-resolved status@2026-02-01|"
	    "OIG-20-10#3 CBP open-unresolved status@2020-06-15|"
	    "OIG-23-05#3 CBP open-pending field@2025-01-15|"
	    "OIG-20-10#2 OFO open-resolved target@2025-02-01|"
	    "OIG-23-05#1 ICE open-resolved status@2023-02-01|"
	    "GAO-24-101#1 DOJ open-resolved status@2024-03-01|"
	    "GAO-24-101#2 BOP open-pending concurrence@2024-01-10|"
	    "GAO-26-200#1 BOP open-pending issued@2026-07-01|"
	    "GAO-26-200#2 BOP open-resolved status@2026-08-01|");
	assert_string_equal(o.items[3].title,
	    "Screening technology at ports of entry");
	assert_int_equal(o.items[3].fx.open, 1);
	assert_int_equal(o.items[3].fx.overdue, 0);
	assert_int_equal(o.items[4].fx.overdue, 1);
	/* the totals: the open-item summary by agency */
	assert_int_equal(o.summary.by, RT_BY_AGENCY);
	assert_int_equal(o.summary.total.open, 9);
	assert_int_equal(o.summary.total.overdue, 3);
	assert_int_equal(o.summary.total.questioned_cost, 325075);
	assert_int_equal(o.summary.nrows, 6);
	assert_string_equal(o.summary.rows[0].group, "DHS");
	rt_outstanding_free(&o);
	assert_int_equal(o.nitems, 0);
	assert_null(o.items);
}

static void
test_earlier_day(void **state)
{
	struct rt_outstanding o;
	struct rt_filter f;

	memset(&f, 0, sizeof(f));
	ok(rt_outstanding_build(*state, &cfg, &f, "2020-06-01", &o));
	assert_string_equal(items(&o),
	    "OIG-20-10#1 CBP open-pending concurrence@2020-03-16|"
	    "OIG-20-10#3 CBP open-pending concurrence@2020-03-16|"
	    "OIG-20-10#2 OFO open-resolved status@2020-05-01|");
	assert_int_equal(o.items[0].fx.age_days, 77);
	assert_string_equal(o.items[2].rec.target_date, "2020-12-31");
	assert_int_equal(o.summary.total.open, 3);
	rt_outstanding_free(&o);

	/* before anything was issued: nothing */
	ok(rt_outstanding_build(*state, &cfg, &f, "2019-01-01", &o));
	assert_int_equal(o.nitems, 0);
	assert_int_equal(o.summary.total.open, 0);
	rt_outstanding_free(&o);
}

static void
test_statuses_narrowed(void **state)
{
	struct rt_outstanding o;
	struct rt_filter f;

	memset(&f, 0, sizeof(f));
	f.statuses = 1u << RT_OPEN_PENDING | 1u << RT_CLOSED_IMPLEMENTED;
	ok(rt_outstanding_build(*state, &cfg, &f, "2026-11-28", &o));
	assert_string_equal(items(&o),
	    "OIG-23-05#3 CBP open-pending field@2025-01-15|"
	    "GAO-24-101#2 BOP open-pending concurrence@2024-01-10|"
	    "GAO-26-200#1 BOP open-pending issued@2026-07-01|");
	assert_int_equal(o.summary.total.recs, 3);
	rt_outstanding_free(&o);

	/* only closed statuses: no item, and totals of nothing open */
	f.statuses = 1u << RT_CLOSED_IMPLEMENTED |
	    1u << RT_CLOSED_NOT_IMPLEMENTED;
	ok(rt_outstanding_build(*state, &cfg, &f, "2026-11-28", &o));
	assert_int_equal(o.nitems, 0);
	assert_int_equal(o.summary.total.recs, 3);
	assert_int_equal(o.summary.total.open, 0);
	rt_outstanding_free(&o);

	/* other filters still apply */
	memset(&f, 0, sizeof(f));
	f.agency = "DOJ";
	f.priority = 1;
	ok(rt_outstanding_build(*state, &cfg, &f, "2026-11-28", &o));
	assert_string_equal(items(&o),
	    "GAO-24-101#1 DOJ open-resolved status@2024-03-01|");
	rt_outstanding_free(&o);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_today),
		cmocka_unit_test(test_earlier_day),
		cmocka_unit_test(test_statuses_narrowed),
	};

	return cmocka_run_group_tests_name("outstanding", tests, setup,
	    teardown);
}
