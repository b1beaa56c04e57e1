/*
 * Unit tests of queues (queue.c): the queue conditions of a filter on a
 * recommendation, and the same conditions in the store's SQL; --sort
 * parsing and the stable order; the working queue's groups, their
 * boundaries and order.
 *
 * The store tests use tests/data/summary.yaml (see test_select.c).
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
#include "core/queue.h"
#include "core/select.h"
#include "formats/import.h"
#include "store/store.h"

static const char today[] = "2026-11-28";

/* A recommendation with the fields the queues look at. */
static struct rt_rec
rec(const char *number, enum rt_status st, const char *target,
    const char *issued, const char *official)
{
	struct rt_rec r;

	rt_rec_init(&r);
	r.report = "R-1";
	r.number = (char *)number;
	r.agency = "DHS";
	r.official = (char *)official;
	r.status = st;
	snprintf(r.target_date, sizeof(r.target_date), "%s", target);
	snprintf(r.report_issued, sizeof(r.report_issued), "%s", issued);
	return r;
}

static void
test_match(void **state)
{
	const char *const offs[] = { "ops", "cfo" };
	struct rt_filter f;
	struct rt_rec a = rec("1", RT_OPEN_RESOLVED, "2026-12-28",
	    "2026-05-29", "ops");
	struct rt_rec b = rec("2", RT_OPEN_PENDING, "", "2026-05-28", NULL);
	struct rt_rec c = rec("3", RT_CLOSED_IMPLEMENTED, "", "2020-01-01",
	    "cfo");

	(void)state;
	memset(&f, 0, sizeof(f));
	assert_true(rt_filter_queue_match(&f, &a));
	f.officials = offs;
	f.nofficials = 1;
	assert_true(rt_filter_queue_match(&f, &a));
	assert_false(rt_filter_queue_match(&f, &b));
	assert_false(rt_filter_queue_match(&f, &c));
	f.nofficials = 2;
	assert_true(rt_filter_queue_match(&f, &c));

	/* due within 30 days of today: both ends in */
	memset(&f, 0, sizeof(f));
	f.due_from = today;
	f.due_to = "2026-12-28";
	assert_true(rt_filter_queue_match(&f, &a));
	f.due_to = "2026-12-27";
	assert_false(rt_filter_queue_match(&f, &a));
	f.due_from = "2026-12-28";
	f.due_to = "2027-01-27";
	assert_true(rt_filter_queue_match(&f, &a));
	assert_false(rt_filter_queue_match(&f, &b));

	/* undecided over 183 days: issued before 2026-05-29 */
	memset(&f, 0, sizeof(f));
	f.unresolved_before = "2026-05-29";
	assert_true(rt_filter_queue_match(&f, &b));
	assert_false(rt_filter_queue_match(&f, &a));
	b.status = RT_OPEN_UNRESOLVED;
	assert_true(rt_filter_queue_match(&f, &b));
	snprintf(b.report_issued, sizeof(b.report_issued), "2026-05-29");
	assert_false(rt_filter_queue_match(&f, &b));

	memset(&f, 0, sizeof(f));
	f.no_target = 1;
	assert_true(rt_filter_queue_match(&f, &b));
	assert_false(rt_filter_queue_match(&f, &a));
	assert_false(rt_filter_queue_match(&f, &c));
}

static void
test_sort_parse(void **state)
{
	struct rt_sort s;

	(void)state;
	ok(rt_sort_parse("target", &s));
	assert_int_equal(s.n, 1);
	assert_int_equal(s.field[0], RT_SORT_TARGET);
	ok(rt_sort_parse("-age,official,amount,agency", &s));
	assert_int_equal(s.n, 4);
	assert_int_equal(s.field[0], RT_SORT_AGE);
	assert_true(s.desc[0]);
	assert_false(s.desc[1]);
	assert_int_equal(s.field[3], RT_SORT_AGENCY);
	expect(rt_sort_parse("x", &s), RT_EUSAGE, "--sort: \"x\" is not a "
	    "sort field (target, age, agency, official, amount)");
	expect(rt_sort_parse("", &s), RT_EUSAGE, "--sort: \"\" is not a "
	    "sort field (target, age, agency, official, amount)");
	expect(rt_sort_parse("target,", &s), RT_EUSAGE, "--sort: \"\" is not "
	    "a sort field (target, age, agency, official, amount)");
	expect(rt_sort_parse("-", &s), RT_EUSAGE, "--sort: \"-\" is not a "
	    "sort field (target, age, agency, official, amount)");
	expect(rt_sort_parse("Target", &s), RT_EUSAGE, "--sort: \"Target\" "
	    "is not a sort field (target, age, agency, official, amount)");
	expect(rt_sort_parse("age,-age", &s), RT_EUSAGE,
	    "--sort: age given twice");
}

/* The numbers of v in order, as "1 2 3". */
static const char *
order(const struct rt_rec **v, size_t n)
{
	static char buf[64];
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		strcat(buf, i ? " " : "");
		strcat(buf, v[i]->number);
	}
	return buf;
}

static void
test_sort_order(void **state)
{
	struct rt_rec r[5];
	const struct rt_rec *v[5];
	struct rt_sort s;
	size_t i;

	(void)state;
	r[0] = rec("1", RT_OPEN_RESOLVED, "2027-01-01", "2024-01-01", "ops");
	r[1] = rec("2", RT_OPEN_PENDING, "", "2020-01-01", NULL);
	r[2] = rec("3", RT_OPEN_RESOLVED, "2026-12-01", "2024-01-01", "cfo");
	r[3] = rec("4", RT_OPEN_RESOLVED, "2027-01-01", "2022-01-01", "");
	r[4] = rec("5", RT_OPEN_UNRESOLVED, "", "2024-01-01", "cfo");
	r[0].money[RT_QUESTIONED_COST] = 100;
	r[1].money[RT_FUNDS_BETTER_USE] = 500;
	r[2].money[RT_QUESTIONED_COST] = 300;
	r[2].money[RT_FUNDS_BETTER_USE] = 300;
	r[4].money[RT_QUESTIONED_COST] = 100;
	/* an amount not stated counts as none: 1 and 5 tie */
	r[4].money[RT_FUNDS_BETTER_USE] = 0;

	/* no target last; ties keep the listing order */
	ok(rt_sort_parse("target", &s));
	for (i = 0; i < 5; i++)
		v[i] = &r[i];
	rt_sort_recs(&s, v, 5);
	assert_string_equal(order(v, 5), "3 1 4 2 5");
	/* reversed: latest first, still no target last */
	ok(rt_sort_parse("-target", &s));
	for (i = 0; i < 5; i++)
		v[i] = &r[i];
	rt_sort_recs(&s, v, 5);
	assert_string_equal(order(v, 5), "1 4 3 2 5");
	/* oldest first */
	ok(rt_sort_parse("age", &s));
	for (i = 0; i < 5; i++)
		v[i] = &r[i];
	rt_sort_recs(&s, v, 5);
	assert_string_equal(order(v, 5), "2 4 1 3 5");
	/* official A to Z, none (NULL or empty) last; then target */
	ok(rt_sort_parse("official,target", &s));
	for (i = 0; i < 5; i++)
		v[i] = &r[i];
	rt_sort_recs(&s, v, 5);
	assert_string_equal(order(v, 5), "3 5 1 4 2");
	/* largest amount first (questioned cost + funds put to better use) */
	ok(rt_sort_parse("amount", &s));
	for (i = 0; i < 5; i++)
		v[i] = &r[i];
	rt_sort_recs(&s, v, 5);
	assert_string_equal(order(v, 5), "3 2 1 5 4");
	ok(rt_sort_parse("-amount", &s));
	for (i = 0; i < 5; i++)
		v[i] = &r[i];
	rt_sort_recs(&s, v, 5);
	assert_string_equal(order(v, 5), "4 1 5 2 3");
}

static void
test_due_groups(void **state)
{
	struct rt_rec r;
	long days = -1;

	(void)state;
	/* overdue: the target before the day, whatever open status */
	r = rec("1", RT_OPEN_RESOLVED, "2026-11-27", "2026-01-01", NULL);
	assert_int_equal(rt_due_group_of(&r, today, 30, 183, &days),
	    RT_DUE_OVERDUE);
	assert_int_equal(days, 1);
	/* due: today and today + 30 in, + 31 out */
	snprintf(r.target_date, sizeof(r.target_date), "%s", today);
	assert_int_equal(rt_due_group_of(&r, today, 30, 183, &days),
	    RT_DUE_SOON);
	assert_int_equal(days, 0);
	snprintf(r.target_date, sizeof(r.target_date), "2026-12-28");
	assert_int_equal(rt_due_group_of(&r, today, 30, 183, &days),
	    RT_DUE_SOON);
	assert_int_equal(days, 30);
	snprintf(r.target_date, sizeof(r.target_date), "2026-12-29");
	assert_int_equal(rt_due_group_of(&r, today, 30, 183, &days), -1);
	/* undecided: 184 days in, 183 out; the first group wins */
	r = rec("2", RT_OPEN_UNRESOLVED, "", "2026-05-28", NULL);
	assert_int_equal(rt_due_group_of(&r, today, 30, 183, &days),
	    RT_DUE_UNDECIDED);
	assert_int_equal(days, 184);
	snprintf(r.report_issued, sizeof(r.report_issued), "2026-05-29");
	assert_int_equal(rt_due_group_of(&r, today, 30, 183, &days), -1);
	snprintf(r.report_issued, sizeof(r.report_issued), "2020-01-01");
	snprintf(r.target_date, sizeof(r.target_date), "2026-12-01");
	assert_int_equal(rt_due_group_of(&r, today, 30, 183, &days),
	    RT_DUE_SOON);
	/* closed: in none */
	r = rec("3", RT_CLOSED_IMPLEMENTED, "2020-01-01", "2019-01-01", NULL);
	assert_int_equal(rt_due_group_of(&r, today, 30, 183, &days), -1);
	assert_string_equal(rt_due_group_key(RT_DUE_SOON), "due-soon");
}

/* ---- against a store -------------------------------------------------- */

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

struct ids {
	struct rt_buf text;
	const struct rt_filter *test;	/* kept by rt_filter_queue_match */
};

static int
collect(const struct rt_rec *r, void *arg)
{
	struct ids *s = arg;

	if (s->test == NULL || rt_filter_queue_match(s->test, r))
		rt_buf_printf(&s->text, "%s#%s ", r->report, r->number);
	return 0;
}

/* The store's SQL selects what the C test keeps. */
static void
same(struct rt_store *st, const struct rt_filter *f, const char *want)
{
	struct rt_filter none;
	struct ids sql = { { 0 }, NULL }, c = { { 0 }, NULL };

	memset(&none, 0, sizeof(none));
	ok(rt_select(st, f, today, collect, &sql));
	c.test = f;
	ok(rt_select(st, &none, today, collect, &c));
	assert_string_equal(sql.text.s ? sql.text.s : "",
	    c.text.s ? c.text.s : "");
	assert_string_equal(sql.text.s ? sql.text.s : "", want);
	rt_buf_free(&sql.text);
	rt_buf_free(&c.text);
}

static void
test_store_same_as_c(void **state)
{
	struct rt_store *st = *state;
	const char *const offs[] = { "BOP Director",
	    "Office of the Attorney General" };
	struct rt_filter f;

	memset(&f, 0, sizeof(f));
	f.officials = offs;
	f.nofficials = 2;
	same(st, &f, "GAO-24-101#1 GAO-24-101#2 ");
	f.nofficials = 1;
	same(st, &f, "GAO-24-101#2 ");
	memset(&f, 0, sizeof(f));
	f.due_from = today;
	f.due_to = "2026-12-31";
	same(st, &f, "OIG-20-10#2 ");
	f.due_to = "2026-12-30";
	same(st, &f, "");
	memset(&f, 0, sizeof(f));
	f.unresolved_before = "2026-05-29";
	same(st, &f, "OIG-20-10#3 OIG-23-05#3 GAO-24-101#2 ");
	/* a combination: both hold */
	f.no_target = 1;
	same(st, &f, "OIG-20-10#3 OIG-23-05#3 GAO-24-101#2 ");
	f.unresolved_before = "2022-11-15";
	same(st, &f, "OIG-20-10#3 ");
	memset(&f, 0, sizeof(f));
	f.no_target = 1;
	same(st, &f, "OIG-20-10#3 OIG-23-05#3 GAO-24-101#2 GAO-26-200#1 ");
}

/* The working queue as "group REC days|" each (one static buffer). */
static const char *
due_text(struct rt_store *st, const struct rt_filter *f, const char *as_of,
    int within)
{
	static struct rt_buf b;
	struct rt_due d;
	size_t i;

	rt_buf_free(&b);
	ok(rt_due_build(st, f, as_of, within, 183, &d));
	for (i = 0; i < d.nitems; i++)
		rt_buf_printf(&b, "%s %s#%s %ld|",
		    rt_due_group_key(d.items[i].group), d.items[i].rec.report,
		    d.items[i].rec.number, d.items[i].days);
	rt_due_free(&d);
	return b.s ? b.s : "";
}

static void
test_due_build(void **state)
{
	struct rt_store *st = *state;
	const char *const offs[] = { "BOP Director" };
	struct rt_filter f;

	memset(&f, 0, sizeof(f));
	assert_string_equal(due_text(st, &f, today, 30),
	    "overdue OIG-23-05#1 1063|overdue GAO-24-101#1 516|"
	    "overdue OIG-25-30#1 28|awaiting-decision OIG-20-10#3 2448|"
	    "awaiting-decision OIG-23-05#3 1474|"
	    "awaiting-decision GAO-24-101#2 1053|");
	/* a wider window takes OIG-20-10#2 (2026-12-31) */
	assert_string_equal(due_text(st, &f, today, 33),
	    "overdue OIG-23-05#1 1063|overdue GAO-24-101#1 516|"
	    "overdue OIG-25-30#1 28|due-soon OIG-20-10#2 33|"
	    "awaiting-decision OIG-20-10#3 2448|"
	    "awaiting-decision OIG-23-05#3 1474|"
	    "awaiting-decision GAO-24-101#2 1053|");
	f.officials = offs;
	f.nofficials = 1;
	assert_string_equal(due_text(st, &f, today, 30),
	    "awaiting-decision GAO-24-101#2 1053|");
	/* an earlier day: the state rebuilt from the history */
	memset(&f, 0, sizeof(f));
	assert_string_equal(due_text(st, &f, "2024-06-01", 30),
	    "overdue OIG-20-10#2 1248|overdue OIG-20-10#1 1158|"
	    "overdue OIG-23-05#1 153|awaiting-decision OIG-20-10#3 1538|"
	    "awaiting-decision OIG-23-05#2 564|"
	    "awaiting-decision OIG-23-05#3 564|");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_sort_parse),
		cmocka_unit_test(test_sort_order),
		cmocka_unit_test(test_due_groups),
		cmocka_unit_test(test_store_same_as_c),
		cmocka_unit_test(test_due_build),
	};

	return cmocka_run_group_tests_name("queue", tests, setup, teardown);
}
