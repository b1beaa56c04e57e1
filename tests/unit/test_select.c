/*
 * Unit tests of selecting recommendations (select.c): the filters, the
 * state as of an earlier day rebuilt from the history, the listing order,
 * the lean selection, and the agency tree.
 *
 * The data set is tests/data/summary.yaml (the tests run from the top of
 * the source tree): 12 recommendations in 5 reports issued from
 * 2020-03-16 to 2026-07-01, under DHS > CBP > OFO, DHS > ICE and
 * DOJ > BOP; OIG-23-05#3 moved from ICE to CBP on 2025-01-15.
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
#include "core/select.h"
#include "formats/import.h"
#include "store/store.h"

static const char today[] = "2026-11-28";

static int
setup(void **state)
{
	char *files[] = { "tests/data/summary.yaml" };
	struct rt_import_stats stats;
	struct rt_config cfg;
	struct rt_store *st;

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_import(st, &cfg, files, 1, "tester", 0, NULL, NULL, &stats));
	rt_import_stats_free(&stats);
	rt_config_free(&cfg);
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

/* What a selection handed over: "REPORT#NUMBER status agency|" each. */
struct seen {
	struct rt_buf text;
	int n, stop_after;
};

static int
collect(const struct rt_rec *rec, void *arg)
{
	struct seen *s = arg;

	rt_buf_printf(&s->text, "%s#%s %s %s|", rec->report, rec->number,
	    rt_status_name(rec->status), rec->agency);
	s->n++;
	return s->stop_after && s->n == s->stop_after;
}

static int
count(const struct rt_rec *rec, void *arg)
{
	(void)rec;
	++*(int *)arg;
	return 0;
}

/* The selection of f as of as_of, as text (freed by the caller's next
 * call: one static buffer). */
static const char *
select_text(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, int *n)
{
	static struct seen s;

	rt_buf_free(&s.text);
	memset(&s, 0, sizeof(s));
	ok(rt_select(st, f, as_of, collect, &s));
	*n = s.n;
	return s.text.s ? s.text.s : "";
}

static void
test_all_in_listing_order(void **state)
{
	struct rt_filter f;
	int n;

	memset(&f, 0, sizeof(f));
	assert_string_equal(select_text(*state, &f, today, &n),
	    "OIG-20-10#1 closed-implemented CBP|"
	    "OIG-20-10#2 open-resolved OFO|"
	    "OIG-20-10#3 open-unresolved CBP|"
	    "OIG-23-05#1 open-resolved ICE|"
	    "OIG-23-05#2 closed-not-implemented ICE|"
	    "OIG-23-05#3 open-pending CBP|"
	    "GAO-24-101#1 open-resolved DOJ|"
	    "GAO-24-101#2 open-pending BOP|"
	    "OIG-25-30#1 open-resolved DHS|"
	    "OIG-25-30#2 closed-implemented ICE|"
	    "GAO-26-200#1 open-pending BOP|"
	    "GAO-26-200#2 open-resolved BOP|");
	assert_int_equal(n, 12);
}

static void
test_filters_today(void **state)
{
	static const int fy2020[] = { 2020 };
	struct rt_filter f;
	int n;

	memset(&f, 0, sizeof(f));
	f.statuses = 1u << RT_OPEN_PENDING | 1u << RT_OPEN_UNRESOLVED |
	    1u << RT_OPEN_RESOLVED;
	select_text(*state, &f, today, &n);
	assert_int_equal(n, 9);

	/* an agency includes the agencies below it */
	memset(&f, 0, sizeof(f));
	f.agency = "CBP";
	assert_string_equal(select_text(*state, &f, today, &n),
	    "OIG-20-10#1 closed-implemented CBP|"
	    "OIG-20-10#2 open-resolved OFO|"
	    "OIG-20-10#3 open-unresolved CBP|"
	    "OIG-23-05#3 open-pending CBP|");

	memset(&f, 0, sizeof(f));
	f.issuer = "gao";
	f.topic = "detention";
	assert_string_equal(select_text(*state, &f, today, &n),
	    "GAO-26-200#1 open-pending BOP|"
	    "GAO-26-200#2 open-resolved BOP|");

	memset(&f, 0, sizeof(f));
	f.overdue_before = today;
	assert_string_equal(select_text(*state, &f, today, &n),
	    "OIG-23-05#1 open-resolved ICE|"
	    "GAO-24-101#1 open-resolved DOJ|"
	    "OIG-25-30#1 open-resolved DHS|");

	memset(&f, 0, sizeof(f));
	f.priority = 1;
	f.fys = fy2020;
	f.nfys = 1;
	assert_string_equal(select_text(*state, &f, today, &n),
	    "OIG-20-10#2 open-resolved OFO|");

	memset(&f, 0, sizeof(f));
	f.issued_from = "2024-01-10";
	f.issued_to = "2025-06-01";
	f.concurrences = 1u << RT_CONC_NO_POSITION;
	assert_string_equal(select_text(*state, &f, today, &n),
	    "GAO-24-101#2 open-pending BOP|");

	memset(&f, 0, sizeof(f));
	f.report = "OIG-19-99";
	assert_string_equal(select_text(*state, &f, today, &n), "");
	assert_int_equal(n, 0);
}

static void
test_as_of_earlier_day(void **state)
{
	struct rt_filter f;
	int n;

	/* only the first report existed; its history rebuilt as of then */
	memset(&f, 0, sizeof(f));
	assert_string_equal(select_text(*state, &f, "2020-06-01", &n),
	    "OIG-20-10#1 open-pending CBP|"
	    "OIG-20-10#2 open-resolved OFO|"
	    "OIG-20-10#3 open-pending CBP|");
	assert_int_equal(n, 3);
	assert_string_equal(select_text(*state, &f, "2020-03-15", &n), "");

	/* the status is tested on the rebuilt state */
	f.statuses = 1u << RT_OPEN_RESOLVED;
	assert_string_equal(select_text(*state, &f, "2020-06-01", &n),
	    "OIG-20-10#2 open-resolved OFO|");

	/* the agency it had then: OIG-23-05#3 was ICE's until 2025-01-15 */
	memset(&f, 0, sizeof(f));
	f.agency = "ICE";
	assert_string_equal(select_text(*state, &f, "2024-12-31", &n),
	    "OIG-23-05#1 open-resolved ICE|"
	    "OIG-23-05#2 open-resolved ICE|"
	    "OIG-23-05#3 open-pending ICE|");
	f.agency = "CBP";
	assert_string_equal(select_text(*state, &f, "2024-12-31", &n),
	    "OIG-20-10#1 open-resolved CBP|"
	    "OIG-20-10#2 open-resolved OFO|"
	    "OIG-20-10#3 open-unresolved CBP|");

	/* priority and overdue as of then */
	memset(&f, 0, sizeof(f));
	f.priority = 1;
	select_text(*state, &f, "2023-12-31", &n);
	assert_int_equal(n, 0);
	assert_string_equal(select_text(*state, &f, "2024-01-10", &n),
	    "OIG-20-10#2 open-resolved OFO|"
	    "GAO-24-101#1 open-pending DOJ|");
	memset(&f, 0, sizeof(f));
	f.overdue_before = "2021-01-01";
	assert_string_equal(select_text(*state, &f, "2021-01-01", &n),
	    "OIG-20-10#2 open-resolved OFO|");
}

static void
test_lean_counts_the_same(void **state)
{
	static const char *const days[] = { "2020-06-01", "2024-12-31",
	    "2026-11-28" };
	struct rt_filter f;
	size_t i;
	int full, lean;

	memset(&f, 0, sizeof(f));
	f.agency = "DHS";
	for (i = 0; i < sizeof(days) / sizeof(days[0]); i++) {
		full = lean = 0;
		ok(rt_select(*state, &f, days[i], count, &full));
		ok(rt_select_lean(*state, &f, days[i], count, &lean));
		assert_int_equal(full, lean);
	}
	assert_int_equal(full, 8);
}

static void
test_callback_stops(void **state)
{
	struct rt_filter f;
	struct seen s;

	memset(&f, 0, sizeof(f));
	memset(&s, 0, sizeof(s));
	s.stop_after = 2;
	ok(rt_select(*state, &f, today, collect, &s));
	assert_int_equal(s.n, 2);
	rt_buf_free(&s.text);
	s.n = 0;
	ok(rt_select(*state, &f, "2024-12-31", collect, &s));
	assert_int_equal(s.n, 2);
	rt_buf_free(&s.text);
}

static void
test_agency_tree(void **state)
{
	struct rt_agencies a;
	const struct rt_agency *ofo;

	ok(rt_agencies_load(*state, &a));
	assert_int_equal(a.n, 6);
	assert_string_equal(a.v[0].path, "DHS");
	ofo = rt_agencies_find(&a, "OFO");
	assert_non_null(ofo);
	assert_string_equal(ofo->path, "DHS/CBP/OFO");
	assert_int_equal(ofo->depth, 2);
	assert_null(rt_agencies_find(&a, "FBI"));
	rt_agencies_free(&a);

	assert_true(rt_agency_path_in("DHS", "DHS"));
	assert_true(rt_agency_path_in("DHS", "DHS/CBP/OFO"));
	assert_true(rt_agency_path_in("DHS/CBP", "DHS/CBP/OFO"));
	assert_false(rt_agency_path_in("DHS", "DHSX"));
	assert_false(rt_agency_path_in("DHS/CBP", "DHS"));
	assert_false(rt_agency_path_in("DHS/CBP", "DHS/ICE"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_all_in_listing_order),
		cmocka_unit_test(test_filters_today),
		cmocka_unit_test(test_as_of_earlier_day),
		cmocka_unit_test(test_lean_counts_the_same),
		cmocka_unit_test(test_callback_stops),
		cmocka_unit_test(test_agency_tree),
	};

	return cmocka_run_group_tests_name("select", tests, setup, teardown);
}
