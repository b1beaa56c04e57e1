/*
 * Unit tests of the derived facts (age buckets, overdue, unresolved over
 * 6 months, open 1 year or more), the selection of recommendations as of
 * a day, and the open-item summary.
 *
 * The data set is tests/data/summary.yaml (the tests run from the top of
 * the source tree); tests/cli/summary.t works out its numbers by hand for
 * every day and key.  The ones checked here, as of 2026-11-28 by agency:
 *
 *   group  open pend unres resol overdue u6m 1y+ prio  ages         oldest
 *   DHS       1    0     0     1       1   0   1    0  0,0,1,0,0    OIG-25-30#1
 *   CBP       2    1     1     0       0   2   2    0  0,0,0,1,1    OIG-20-10#3
 *   OFO       1    0     0     1       0   0   1    1  0,0,0,0,1    OIG-20-10#2
 *   ICE       1    0     0     1       1   0   1    0  0,0,0,1,0    OIG-23-05#1
 *   DOJ       1    0     0     1       1   0   1    1  0,0,0,1,0    GAO-24-101#1
 *   BOP       3    2     0     1       0   1   1    0  2,0,0,1,0    GAO-24-101#2
 *   TOTAL     9    3     1     5       3   3   7    2  2,0,1,4,2    OIG-20-10#2
 *
 * questioned costs: OFO 2,500.50 + BOP 750.25 = 3,250.75 (OIG-20-10#1's
 * 1,000.00 is closed); funds put to better use: CBP 500 + OFO 10,000.
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
#include "core/rec.h"
#include "core/select.h"
#include "core/summary.h"
#include "formats/export.h"
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
	rt_clock_fix(NULL);
	return 0;
}

/* ---- age buckets -------------------------------------------------------- */

static void
set_buckets(struct rt_config *c, const int *limits, size_t n)
{
	rt_config_defaults(c);
	memcpy(c->buckets, limits, n * sizeof(*limits));
	c->nbuckets = n;
}

/* The labels of the buckets of c, joined with "|". */
static void
labels(const struct rt_config *c, char *out, size_t size)
{
	struct rt_bucket b[RT_MAX_BUCKETS + 1];
	size_t i, n = rt_buckets(c, b), len = 0;

	out[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(out + len, size - len, "%s%s",
		    i ? "|" : "", b[i].label);
}

static void
test_buckets_default(void **state)
{
	struct rt_bucket b[RT_MAX_BUCKETS + 1];
	char s[256];

	(void)state;
	rt_config_defaults(&cfg);
	assert_int_equal(rt_buckets(&cfg, b), 5);
	labels(&cfg, s, sizeof(s));
	assert_string_equal(s, "under 6 months|6-12 months|1-2 years|"
	    "2-5 years|over 5 years");
	assert_int_equal(b[0].min_days, 0);
	assert_int_equal(b[0].max_days, 182);
	assert_int_equal(b[1].min_days, 183);
	assert_int_equal(b[1].max_days, 364);
	assert_int_equal(b[2].min_days, 365);
	assert_int_equal(b[2].max_days, 729);
	assert_int_equal(b[3].min_days, 730);
	assert_int_equal(b[3].max_days, 1825);
	assert_int_equal(b[4].min_days, 1826);
	assert_int_equal(b[4].max_days, -1);
}

static void
test_buckets_custom(void **state)
{
	static const int days[] = { 90, 180, 365, 1095 };
	static const int months[] = { 30, 91, 183, 365 };
	static const int one[] = { 1 };
	static const int mixed[] = { 400, 36500 };
	static const int years[] = { 3650, 7300 };
	struct rt_config c;
	char s[256];

	(void)state;
	/* 90 and 180 are no whole number of months: days, exact ranges */
	set_buckets(&c, days, 4);
	labels(&c, s, sizeof(s));
	assert_string_equal(s, "under 90 days|90-179 days|180-364 days|"
	    "1-3 years|over 3 years");
	/* 30 = 1 month, 91 = 3 months (91.3 rounded down) */
	set_buckets(&c, months, 4);
	labels(&c, s, sizeof(s));
	assert_string_equal(s, "under 1 month|1-3 months|3-6 months|"
	    "6-12 months|over 1 year");
	set_buckets(&c, one, 1);
	labels(&c, s, sizeof(s));
	assert_string_equal(s, "under 1 day|1 day or more");
	set_buckets(&c, mixed, 2);
	labels(&c, s, sizeof(s));
	assert_string_equal(s, "under 400 days|400-36499 days|"
	    "over 100 years");
	/* 3650 is 10 * 365, not 10 * 365.25 */
	set_buckets(&c, years, 2);
	labels(&c, s, sizeof(s));
	assert_string_equal(s, "under 10 years|10-20 years|over 20 years");
}

static void
test_bucket_of(void **state)
{
	(void)state;
	rt_config_defaults(&cfg);
	assert_int_equal(rt_bucket_of(&cfg, 0), 0);
	assert_int_equal(rt_bucket_of(&cfg, 182), 0);
	assert_int_equal(rt_bucket_of(&cfg, 183), 1);
	assert_int_equal(rt_bucket_of(&cfg, 364), 1);
	assert_int_equal(rt_bucket_of(&cfg, 365), 2);
	assert_int_equal(rt_bucket_of(&cfg, 729), 2);
	assert_int_equal(rt_bucket_of(&cfg, 730), 3);
	assert_int_equal(rt_bucket_of(&cfg, 1825), 3);
	assert_int_equal(rt_bucket_of(&cfg, 1826), 4);
	assert_int_equal(rt_bucket_of(&cfg, 40000), 4);
}

/* ---- derived facts ------------------------------------------------------- */

static void
rec_at(struct rt_rec *rec, const char *issued, enum rt_status status,
    const char *target, const char *closed)
{
	rt_rec_init(rec);
	strcpy(rec->report_issued, issued);
	rec->status = status;
	strcpy(rec->target_date, target ? target : "");
	strcpy(rec->closed_date, closed ? closed : "");
}

static void
test_facts(void **state)
{
	struct rt_facts fx;
	struct rt_rec rec;

	(void)state;
	rt_config_defaults(&cfg);

	/* 2026-05-29 to 2026-11-28 is 183 days: not more than 183 */
	rec_at(&rec, "2026-05-29", RT_OPEN_UNRESOLVED, NULL, NULL);
	rt_rec_facts(&rec, &cfg, "2026-11-28", &fx);
	assert_true(fx.open);
	assert_int_equal(fx.age_days, 183);
	assert_int_equal(fx.bucket, 1);
	assert_false(fx.unresolved_over_6_months);
	assert_false(fx.open_1_year_plus);
	assert_false(fx.overdue);
	rec_at(&rec, "2026-05-28", RT_OPEN_PENDING, NULL, NULL);
	rt_rec_facts(&rec, &cfg, "2026-11-28", &fx);
	assert_int_equal(fx.age_days, 184);
	assert_true(fx.unresolved_over_6_months);
	/* resolved: never unresolved over 6 months */
	rec_at(&rec, "2020-01-01", RT_OPEN_RESOLVED, "2026-11-28", NULL);
	rt_rec_facts(&rec, &cfg, "2026-11-28", &fx);
	assert_false(fx.unresolved_over_6_months);
	assert_false(fx.overdue);	/* due today: not yet overdue */
	assert_true(fx.open_1_year_plus);
	assert_int_equal(fx.bucket, 4);
	rt_rec_facts(&rec, &cfg, "2026-11-29", &fx);
	assert_true(fx.overdue);
	/* the configured deadline */
	cfg.resolution_deadline_days = 30;
	rec_at(&rec, "2026-10-28", RT_OPEN_PENDING, NULL, NULL);
	rt_rec_facts(&rec, &cfg, "2026-11-28", &fx);
	assert_int_equal(fx.age_days, 31);
	assert_true(fx.unresolved_over_6_months);
	rt_config_defaults(&cfg);

	/* a year: the same day of the year before */
	rec_at(&rec, "2025-11-28", RT_OPEN_UNRESOLVED, NULL, NULL);
	rt_rec_facts(&rec, &cfg, "2026-11-28", &fx);
	assert_true(fx.open_1_year_plus);
	assert_int_equal(fx.age_days, 365);
	rec_at(&rec, "2025-11-29", RT_OPEN_UNRESOLVED, NULL, NULL);
	rt_rec_facts(&rec, &cfg, "2026-11-28", &fx);
	assert_false(fx.open_1_year_plus);
	/* 29 February: a year after 28 February 2023 */
	rec_at(&rec, "2023-02-28", RT_OPEN_UNRESOLVED, NULL, NULL);
	rt_rec_facts(&rec, &cfg, "2024-02-29", &fx);
	assert_true(fx.open_1_year_plus);
	rec_at(&rec, "2023-03-01", RT_OPEN_UNRESOLVED, NULL, NULL);
	rt_rec_facts(&rec, &cfg, "2024-02-29", &fx);
	assert_false(fx.open_1_year_plus);
	/* issued on 29 February: a year old on 1 March */
	rec_at(&rec, "2024-02-29", RT_OPEN_UNRESOLVED, NULL, NULL);
	rt_rec_facts(&rec, &cfg, "2025-02-28", &fx);
	assert_false(fx.open_1_year_plus);
	assert_int_equal(fx.age_days, 365);
	rt_rec_facts(&rec, &cfg, "2025-03-01", &fx);
	assert_true(fx.open_1_year_plus);

	/* closed: age to the closing day, no open facts */
	rec_at(&rec, "2020-01-01", RT_CLOSED_IMPLEMENTED, "2020-06-30",
	    "2020-07-20");
	rt_rec_facts(&rec, &cfg, "2026-11-28", &fx);
	assert_false(fx.open);
	assert_false(fx.overdue);
	assert_false(fx.open_1_year_plus);
	assert_false(fx.unresolved_over_6_months);
	assert_int_equal(fx.age_days, 201);
	assert_int_equal(fx.bucket, 1);
}

/* ---- selection ----------------------------------------------------------- */

/* rt_select callback: "ID/agency/status " for each. */
static int
collect(const struct rt_rec *rec, void *arg)
{
	struct rt_buf *b = arg;

	rt_buf_printf(b, "%s#%s/%s/%s ", rec->report, rec->number,
	    rec->agency_path, rt_status_name(rec->status));
	return 0;
}

static char *
selected(struct rt_store *st, const struct rt_filter *f, const char *as_of)
{
	struct rt_buf b = { 0 };

	ok(rt_select(st, f, as_of, collect, &b));
	return b.s ? b.s : rt_strdup("");
}

static void
expect_sel(struct rt_store *st, const struct rt_filter *f, const char *as_of,
    const char *want)
{
	char *got = selected(st, f, as_of);

	assert_string_equal(got, want);
	free(got);
}

static void
test_select_agency(void **state)
{
	struct rt_store *st = *state;
	struct rt_filter f;

	memset(&f, 0, sizeof(f));
	f.agency = "CBP";
	/* today: OIG-23-05#3 was moved from ICE to CBP on 2025-01-15 */
	expect_sel(st, &f, "2026-11-28",
	    "OIG-20-10#1/DHS/CBP/closed-implemented "
	    "OIG-20-10#2/DHS/CBP/OFO/open-resolved "
	    "OIG-20-10#3/DHS/CBP/open-unresolved "
	    "OIG-23-05#3/DHS/CBP/open-pending ");
	expect_sel(st, &f, "2025-12-31",
	    "OIG-20-10#1/DHS/CBP/closed-implemented "
	    "OIG-20-10#2/DHS/CBP/OFO/open-resolved "
	    "OIG-20-10#3/DHS/CBP/open-unresolved "
	    "OIG-23-05#3/DHS/CBP/open-pending ");
	expect_sel(st, &f, "2024-06-30",
	    "OIG-20-10#1/DHS/CBP/open-resolved "
	    "OIG-20-10#2/DHS/CBP/OFO/open-resolved "
	    "OIG-20-10#3/DHS/CBP/open-unresolved ");
	/* the agency it had then, with its path then */
	f.agency = "ICE";
	expect_sel(st, &f, "2024-06-30",
	    "OIG-23-05#1/DHS/ICE/open-resolved "
	    "OIG-23-05#2/DHS/ICE/open-unresolved "
	    "OIG-23-05#3/DHS/ICE/open-pending ");
	expect_sel(st, &f, "2026-11-28",
	    "OIG-23-05#1/DHS/ICE/open-resolved "
	    "OIG-23-05#2/DHS/ICE/closed-not-implemented "
	    "OIG-25-30#2/DHS/ICE/closed-implemented ");
	f.agency = "DOJ";
	/* before GAO-24-101 was issued: nothing */
	expect_sel(st, &f, "2024-01-09", "");
	expect_sel(st, &f, "2024-01-10",
	    "GAO-24-101#1/DOJ/open-pending GAO-24-101#2/DOJ/BOP/open-pending ");
}

static void
test_select_state(void **state)
{
	static const int fy2026[] = { 2026 };
	struct rt_store *st = *state;
	struct rt_filter f;

	memset(&f, 0, sizeof(f));
	/* overdue on the day: OIG-20-10#2's target was 2020-12-31 then */
	f.overdue_before = "2024-06-30";
	expect_sel(st, &f, "2024-06-30",
	    "OIG-20-10#1/DHS/CBP/open-resolved "
	    "OIG-20-10#2/DHS/CBP/OFO/open-resolved "
	    "OIG-23-05#1/DHS/ICE/open-resolved ");
	f.overdue_before = "2026-11-28";
	expect_sel(st, &f, "2026-11-28",
	    "OIG-23-05#1/DHS/ICE/open-resolved "
	    "GAO-24-101#1/DOJ/open-resolved "
	    "OIG-25-30#1/DHS/open-resolved ");
	f.overdue_before = NULL;
	/* priority: OIG-20-10#2 only from 2024-01-01 */
	f.priority = 1;
	expect_sel(st, &f, "2023-12-31", "");
	expect_sel(st, &f, "2024-01-10",
	    "OIG-20-10#2/DHS/CBP/OFO/open-resolved "
	    "GAO-24-101#1/DOJ/open-pending ");
	f.priority = 0;
	f.statuses = 1u << RT_OPEN_UNRESOLVED;
	expect_sel(st, &f, "2025-12-31",
	    "OIG-20-10#3/DHS/CBP/open-unresolved "
	    "OIG-25-30#1/DHS/open-unresolved ");
	expect_sel(st, &f, "2026-11-28",
	    "OIG-20-10#3/DHS/CBP/open-unresolved ");
	f.statuses = 0;
	f.concurrences = 1u << RT_CONC_NON_CONCUR | 1u << RT_CONC_NO_POSITION;
	expect_sel(st, &f, "2026-11-28",
	    "OIG-20-10#3/DHS/CBP/open-unresolved "
	    "GAO-24-101#2/DOJ/BOP/open-pending ");
	/* concurrence pending until it was given */
	f.concurrences = 1u << RT_CONC_PENDING;
	expect_sel(st, &f, "2025-06-01",
	    "OIG-23-05#3/DHS/CBP/open-pending ");
	f.concurrences = 0;
	/* what does not change: topic (any case), fiscal year, dates */
	f.topic = "detention";
	f.issued_to = "2025-12-31";
	expect_sel(st, &f, "2026-11-28",
	    "OIG-23-05#1/DHS/ICE/open-resolved "
	    "OIG-23-05#2/DHS/ICE/closed-not-implemented "
	    "OIG-23-05#3/DHS/CBP/open-pending ");
	f.topic = NULL;
	f.issued_to = NULL;
	f.fys = fy2026;
	f.nfys = 1;
	expect_sel(st, &f, "2026-11-28",
	    "GAO-26-200#1/DOJ/BOP/open-pending "
	    "GAO-26-200#2/DOJ/BOP/open-resolved ");
	expect_sel(st, &f, "2026-06-30", "");
	f.nfys = 0;
	f.issued_from = "2025-01-01";
	f.issuer = "dhs-oig";
	expect_sel(st, &f, "2025-12-31",
	    "OIG-25-30#1/DHS/open-unresolved "
	    "OIG-25-30#2/DHS/ICE/closed-implemented ");
}

static int
stop_at_first(const struct rt_rec *rec, void *arg)
{
	(void)rec;
	(*(int *)arg)++;
	return 1;
}

static void
test_select_stop(void **state)
{
	struct rt_store *st = *state;
	struct rt_filter f;
	int n = 0;

	memset(&f, 0, sizeof(f));
	ok(rt_select(st, &f, "2026-11-28", stop_at_first, &n));
	assert_int_equal(n, 1);
	n = 0;
	ok(rt_select(st, &f, "2024-06-30", stop_at_first, &n));
	assert_int_equal(n, 1);
	/* an agency that does not exist, as of a past day */
	f.agency = "NOPE";
	expect(rt_select(st, &f, "2024-06-30", stop_at_first, &n),
	    RT_ENOTFOUND, "NOPE: no such agency");
}

/* ---- the summary --------------------------------------------------------- */

/* "group:open,pending,unresolved,resolved,overdue,u6m,1y,priority,
 * a0/a1/a2/a3/a4,q,fbu,oldest" of a row. */
static void
row_text(const struct rt_summary *s, const struct rt_summary_row *r,
    struct rt_buf *b)
{
	size_t i;

	rt_buf_printf(b, "%*s%s:%ld,%ld,%ld,%ld,%ld,%ld,%ld,%ld,", 2 * r->depth,
	    "", r->group, r->open, r->pending, r->unresolved, r->resolved,
	    r->overdue, r->unresolved_over_6_months, r->open_1_year_plus,
	    r->priority);
	for (i = 0; i < s->nbuckets; i++)
		rt_buf_printf(b, "%s%ld", i ? "/" : "", r->age[i]);
	rt_buf_printf(b, ",%lld,%lld,%s\n", (long long)r->questioned_cost,
	    (long long)r->funds_better_use, r->oldest ? r->oldest : "-");
}

static void
expect_summary(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, enum rt_summary_by by, int rollup, const char *want)
{
	struct rt_summary s;
	struct rt_buf b = { 0 };
	size_t i;

	ok(rt_summary_build(st, &cfg, f, as_of, by, rollup, &s));
	assert_string_equal(s.as_of, as_of);
	assert_int_equal(s.by, by);
	for (i = 0; i < s.nrows; i++)
		row_text(&s, &s.rows[i], &b);
	row_text(&s, &s.total, &b);
	assert_string_equal(b.s, want);
	rt_buf_free(&b);
	rt_summary_free(&s);
}

static void
test_summary_agency(void **state)
{
	struct rt_store *st = *state;
	struct rt_filter f;

	rt_config_defaults(&cfg);
	memset(&f, 0, sizeof(f));
	expect_summary(st, &f, "2026-11-28", RT_BY_AGENCY, 0,
	    "DHS:1,0,0,1,1,0,1,0,0/0/1/0/0,0,0,OIG-25-30#1\n"
	    "CBP:2,1,1,0,0,2,2,0,0/0/0/1/1,0,50000,OIG-20-10#3\n"
	    "OFO:1,0,0,1,0,0,1,1,0/0/0/0/1,250050,1000000,OIG-20-10#2\n"
	    "ICE:1,0,0,1,1,0,1,0,0/0/0/1/0,0,0,OIG-23-05#1\n"
	    "DOJ:1,0,0,1,1,0,1,1,0/0/0/1/0,0,0,GAO-24-101#1\n"
	    "BOP:3,2,0,1,0,1,1,0,2/0/0/1/0,75025,0,GAO-24-101#2\n"
	    "TOTAL:9,3,1,5,3,3,7,2,2/0/1/4/2,325075,1050000,OIG-20-10#2\n");
}

static void
test_summary_rollup(void **state)
{
	struct rt_store *st = *state;
	struct rt_filter f;

	rt_config_defaults(&cfg);
	memset(&f, 0, sizeof(f));
	/* DHS has none of its own on 2024-06-30: only its subtotal */
	expect_summary(st, &f, "2024-06-30", RT_BY_AGENCY, 1,
	    "  CBP:2,0,1,1,1,1,2,0,0/0/0/2/0,100000,50000,OIG-20-10#1\n"
	    "    OFO:1,0,0,1,1,0,1,1,0/0/0/1/0,250050,1000000,OIG-20-10#2\n"
	    "  CBP subtotal:3,0,1,2,2,1,3,1,0/0/0/3/0,350050,1050000,"
	    "OIG-20-10#1\n"
	    "  ICE:3,1,1,1,1,2,3,0,0/0/3/0/0,0,0,OIG-23-05#1\n"
	    "DHS subtotal:6,1,2,3,3,3,6,1,0/0/3/3/0,350050,1050000,"
	    "OIG-20-10#1\n"
	    "DOJ:1,0,0,1,0,0,0,1,1/0/0/0/0,0,0,GAO-24-101#1\n"
	    "  BOP:1,1,0,0,0,0,0,0,1/0/0/0/0,75025,0,GAO-24-101#2\n"
	    "DOJ subtotal:2,1,0,1,0,0,0,1,2/0/0/0/0,75025,0,GAO-24-101#1\n"
	    "TOTAL:8,2,2,4,3,3,6,2,2/0/3/3/0,425075,1050000,OIG-20-10#1\n");
	/* a subtree: the parents above it get their subtotal too */
	f.agency = "CBP";
	expect_summary(st, &f, "2026-11-28", RT_BY_AGENCY, 1,
	    "  CBP:2,1,1,0,0,2,2,0,0/0/0/1/1,0,50000,OIG-20-10#3\n"
	    "    OFO:1,0,0,1,0,0,1,1,0/0/0/0/1,250050,1000000,OIG-20-10#2\n"
	    "  CBP subtotal:3,1,1,1,0,2,3,1,0/0/0/1/2,250050,1050000,"
	    "OIG-20-10#2\n"
	    "DHS subtotal:3,1,1,1,0,2,3,1,0/0/0/1/2,250050,1050000,"
	    "OIG-20-10#2\n"
	    "TOTAL:3,1,1,1,0,2,3,1,0/0/0/1/2,250050,1050000,OIG-20-10#2\n");
}

static void
test_summary_keys(void **state)
{
	struct rt_store *st = *state;
	struct rt_filter f;

	rt_config_defaults(&cfg);
	memset(&f, 0, sizeof(f));
	/* OIG-20-10 has two topics: its two open ones count under both,
	 * the total counts them once */
	expect_summary(st, &f, "2026-11-28", RT_BY_TOPIC, 0,
	    "Detention:4,2,0,2,1,1,2,0,2/0/0/2/0,0,0,OIG-23-05#1\n"
	    "Port of Entry:3,0,1,2,1,1,3,1,0/0/1/0/2,250050,1050000,"
	    "OIG-20-10#2\n"
	    "Technology:2,0,1,1,0,1,2,1,0/0/0/0/2,250050,1050000,"
	    "OIG-20-10#2\n"
	    "(no topic):2,1,0,1,1,1,2,1,0/0/0/2/0,75025,0,GAO-24-101#1\n"
	    "TOTAL:9,3,1,5,3,3,7,2,2/0/1/4/2,325075,1050000,OIG-20-10#2\n");
	expect_summary(st, &f, "2025-12-31", RT_BY_FY, 0,
	    "FY2020:2,0,1,1,0,1,2,1,0/0/0/0/2,250050,1050000,OIG-20-10#2\n"
	    "FY2023:2,1,0,1,1,1,2,0,0/0/0/2/0,0,0,OIG-23-05#1\n"
	    "FY2024:2,1,0,1,1,1,2,1,0/0/2/0/0,75025,0,GAO-24-101#1\n"
	    "FY2025:1,0,1,0,0,1,0,0,0/1/0/0/0,0,0,OIG-25-30#1\n"
	    "TOTAL:7,2,2,3,2,4,6,2,0/1/2/2/2,325075,1050000,OIG-20-10#2\n");
	/* closed statuses are groups too, with nothing open */
	expect_summary(st, &f, "2026-11-28", RT_BY_STATUS, 0,
	    "open-pending:3,3,0,0,0,2,2,0,1/0/0/2/0,75025,0,OIG-23-05#3\n"
	    "open-unresolved:1,0,1,0,0,1,1,0,0/0/0/0/1,0,50000,OIG-20-10#3\n"
	    "open-resolved:5,0,0,5,3,0,4,2,1/0/1/2/1,250050,1000000,"
	    "OIG-20-10#2\n"
	    "closed-implemented:0,0,0,0,0,0,0,0,0/0/0/0/0,0,0,-\n"
	    "closed-not-implemented:0,0,0,0,0,0,0,0,0/0/0/0/0,0,0,-\n"
	    "TOTAL:9,3,1,5,3,3,7,2,2/0/1/4/2,325075,1050000,OIG-20-10#2\n");
	f.issuer = "gao";
	expect_summary(st, &f, "2026-11-28", RT_BY_OFFICIAL, 0,
	    "BOP Director:1,1,0,0,0,1,1,0,0/0/0/1/0,75025,0,GAO-24-101#2\n"
	    "Office of the Attorney General:1,0,0,1,1,0,1,1,0/0/0/1/0,0,0,"
	    "GAO-24-101#1\n"
	    "(none):2,1,0,1,0,0,0,0,2/0/0/0/0,0,0,GAO-26-200#1\n"
	    "TOTAL:4,2,0,2,1,1,2,1,2/0/0/2/0,75025,0,GAO-24-101#1\n");
	/* nothing selected: the total alone */
	f.issuer = NULL;
	f.report = "OIG-19-99";
	expect_summary(st, &f, "2026-11-28", RT_BY_REPORT, 0,
	    "TOTAL:0,0,0,0,0,0,0,0,0/0/0/0/0,0,0,-\n");
}

static void
test_summary_config(void **state)
{
	static const int limits[] = { 365 };
	struct rt_store *st = *state;
	struct rt_filter f;

	/* two buckets; unresolved after 1000 days */
	set_buckets(&cfg, limits, 1);
	cfg.resolution_deadline_days = 1000;
	memset(&f, 0, sizeof(f));
	expect_summary(st, &f, "2026-11-28", RT_BY_ISSUER, 0,
	    "dhs-oig:5,1,1,3,2,2,5,1,0/5,250050,1050000,OIG-20-10#2\n"
	    "gao:4,2,0,2,1,1,2,1,2/2,75025,0,GAO-24-101#1\n"
	    "TOTAL:9,3,1,5,3,3,7,2,2/7,325075,1050000,OIG-20-10#2\n");
	cfg.resolution_deadline_days = 1100;
	expect_summary(st, &f, "2026-11-28", RT_BY_ISSUER, 0,
	    "dhs-oig:5,1,1,3,2,2,5,1,0/5,250050,1050000,OIG-20-10#2\n"
	    "gao:4,2,0,2,1,0,2,1,2/2,75025,0,GAO-24-101#1\n"
	    "TOTAL:9,3,1,5,3,2,7,2,2/7,325075,1050000,OIG-20-10#2\n");
	rt_config_defaults(&cfg);
}

static void
test_summary_errors(void **state)
{
	struct rt_store *st = *state;
	struct rt_summary s;
	struct rt_filter f;
	enum rt_summary_by by;

	rt_config_defaults(&cfg);
	memset(&f, 0, sizeof(f));
	expect(rt_summary_build(st, &cfg, &f, "2026-11-28", RT_BY_ISSUER, 1,
	    &s), RT_EINVAL, "a rollup of parent agencies needs the summary "
	    "by agency, not by issuer");
	assert_null(s.rows);
	assert_int_equal(rt_summary_by_parse("official", &by), 0);
	assert_int_equal(by, RT_BY_OFFICIAL);
	assert_int_equal(rt_summary_by_parse("Agency", &by), -1);
	assert_int_equal(rt_summary_by_parse("", &by), -1);
	assert_string_equal(rt_summary_by_name(RT_BY_FY), "fy");
	assert_null(rt_summary_by_name(RT_BY_COUNT));
	assert_string_equal(rt_summary_by_names(),
	    "agency, issuer, report, fy, topic, status, official");
}

/* ---- the export's filters on recommendations ----------------------- */

static int
collect_id(const struct rt_rec *rec, void *arg)
{
	rt_buf_printf(arg, "%s#%s ", rec->report, rec->number);
	return 0;
}

static void
expect_export(struct rt_store *st, const struct rt_filter *f,
    const char *want)
{
	struct rt_buf b = { 0 };

	ok(rt_export_recs(st, f, collect_id, &b));
	assert_string_equal(b.s ? b.s : "", want);
	rt_buf_free(&b);
}

static void
test_export_filters(void **state)
{
	static const int fy2025[] = { 2025 }, fy2020_2025[] = { 2020, 2025 };
	struct rt_store *st = *state;
	struct rt_filter f;

	memset(&f, 0, sizeof(f));
	f.concurrences = 1u << RT_CONC_PARTIAL | 1u << RT_CONC_NO_POSITION;
	expect_export(st, &f, "OIG-23-05#2 GAO-24-101#2 ");
	f.concurrences = 0;
	f.priority = 1;
	expect_export(st, &f, "OIG-20-10#2 GAO-24-101#1 ");
	f.priority = 0;
	f.overdue_before = "2026-11-28";
	expect_export(st, &f, "OIG-23-05#1 GAO-24-101#1 OIG-25-30#1 ");
	f.overdue_before = NULL;
	/* reports: agency is the report's; topic, fiscal year, dates */
	f.topic = "PORT OF ENTRY";
	expect_export(st, &f, "OIG-20-10#1 OIG-20-10#2 OIG-20-10#3 "
	    "OIG-25-30#1 OIG-25-30#2 ");
	f.fys = fy2025;
	f.nfys = 1;
	expect_export(st, &f, "OIG-25-30#1 OIG-25-30#2 ");
	/* several years: any of them */
	f.fys = fy2020_2025;
	f.nfys = 2;
	expect_export(st, &f, "OIG-20-10#1 OIG-20-10#2 OIG-20-10#3 "
	    "OIG-25-30#1 OIG-25-30#2 ");
	f.topic = NULL;
	f.nfys = 0;
	f.issued_from = "2024-01-10";
	f.issued_to = "2025-06-01";
	expect_export(st, &f, "GAO-24-101#1 GAO-24-101#2 ");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buckets_default),
		cmocka_unit_test(test_buckets_custom),
		cmocka_unit_test(test_bucket_of),
		cmocka_unit_test(test_facts),
		cmocka_unit_test_setup_teardown(test_select_agency, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_select_state, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_select_stop, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_summary_agency, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_summary_rollup, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_summary_keys, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_summary_config, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_summary_errors, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_export_filters, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
