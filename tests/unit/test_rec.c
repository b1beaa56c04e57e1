/* Unit tests of recording: rec add and rec set with their events. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/rec.h"
#include "store/store.h"

static struct rt_config cfg;

/* An in-memory database with report OIG-21-19 (CBP, 2021-02-08). */
static int
setup(void **state)
{
	struct rt_issuer is = { "dhs-oig", "DHS OIG", "oig" };
	struct rt_agency dhs = { "DHS", "Homeland Security", NULL, NULL, 0 };
	struct rt_agency cbp = { "CBP", "Customs", "DHS", NULL, 0 };
	struct rt_report r;
	struct rt_store *st;

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_store_begin(st));
	ok(rt_store_issuer_add(st, &is));
	ok(rt_store_agency_add(st, &dhs));
	ok(rt_store_agency_add(st, &cbp));
	memset(&r, 0, sizeof(r));
	r.number = "OIG-21-19";
	r.title = "Canines";
	r.issuer = "dhs-oig";
	strcpy(r.issued, "2021-02-08");
	r.fiscal_year = 2021;
	r.agency = "CBP";
	ok(rt_store_report_add(st, &r));
	ok(rt_store_commit(st));
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

/* Add a recommendation; number NULL for the next one. */
static struct rt_error *
add(struct rt_store *st, const char *number, enum rt_status status,
    const char *target, const char *note, struct rt_rec *out)
{
	struct rt_actor who = { "tester", NULL, note };
	struct rt_error *err;

	rt_rec_init(out);
	out->report = rt_strdup("OIG-21-19");
	out->text = rt_strdup("Improve oversight");
	out->number = rt_strdup(number);
	out->status = status;
	out->concurrence = RT_CONC_CONCUR;
	if (target)
		strcpy(out->target_date, target);
	err = rt_rec_add(st, &cfg, out, &who, NULL);
	return err;
}

static int
collect(const struct rt_event *ev, void *arg)
{
	struct rt_buf *b = arg;

	rt_buf_printf(b, "%s %s %s:%s>%s|", ev->effective, ev->kind,
	    ev->field ? ev->field : "-", ev->old ? ev->old : "-",
	    ev->new ? ev->new : "-");
	return 0;
}

static char *
history(struct rt_store *st, const char *number)
{
	struct rt_buf b = { 0 };
	struct rt_rec rec;

	ok(rt_store_rec_get(st, "OIG-21-19", number, &rec));
	ok(rt_store_event_list(st, rec.id, collect, &b));
	rt_rec_free(&rec);
	return b.s ? b.s : rt_strdup("");
}

static void
test_add_writes_issued_events(void **state)
{
	struct rt_store *st = *state;
	struct rt_rec rec, got;
	char *h;

	ok(add(st, NULL, RT_OPEN_RESOLVED, "2021-09-30", NULL, &rec));
	assert_string_equal(rec.number, "1");
	assert_string_equal(rec.agency, "CBP");
	assert_string_equal(rec.resolved_date, "2021-02-08");
	assert_string_equal(rec.original_target_date, "2021-09-30");
	rt_rec_free(&rec);
	ok(rt_store_rec_get(st, "OIG-21-19", "1", &got));
	assert_int_equal(got.status, RT_OPEN_RESOLVED);
	assert_int_equal(got.concurrence, RT_CONC_CONCUR);
	assert_string_equal(got.target_date, "2021-09-30");
	assert_string_equal(got.agency_path, "DHS/CBP");
	rt_rec_free(&got);
	h = history(st, "1");
	assert_string_equal(h,
	    "2021-02-08 issued status:->open-resolved|"
	    "2021-02-08 concurrence concurrence:pending>concur|"
	    "2021-02-08 target target_date:->2021-09-30|");
	free(h);
}

static void
test_add_numbers_after_the_highest(void **state)
{
	struct rt_store *st = *state;
	struct rt_rec rec;

	ok(add(st, "3a", RT_OPEN_PENDING, NULL, NULL, &rec));
	rt_rec_free(&rec);
	ok(add(st, "10", RT_OPEN_PENDING, NULL, NULL, &rec));
	rt_rec_free(&rec);
	ok(add(st, NULL, RT_OPEN_PENDING, NULL, NULL, &rec));
	assert_string_equal(rec.number, "11");
	rt_rec_free(&rec);
	expect(add(st, "10", RT_OPEN_PENDING, NULL, NULL, &rec), RT_EEXIST,
	    "OIG-21-19#10 already exists");
	rt_rec_free(&rec);
}

static void
test_add_applies_the_guards(void **state)
{
	struct rt_store *st = *state;
	struct rt_rec rec, got;
	char *h;

	expect(add(st, "1", RT_OPEN_RESOLVED, NULL, NULL, &rec), RT_EREFUSED,
	    "OIG-21-19#1: moving to open-resolved needs a target date "
	    "(--target)");
	rt_rec_free(&rec);
	/* refused: nothing was written */
	expect(rt_store_rec_get(st, "OIG-21-19", "1", &got), RT_ENOTFOUND,
	    "OIG-21-19#1: no such recommendation (report OIG-21-19 has no "
	    "recommendation 1)");
	expect(add(st, "1", RT_CLOSED_NOT_IMPLEMENTED, NULL, NULL, &rec),
	    RT_EREFUSED, "OIG-21-19#1: moving from open-pending to "
	    "closed-not-implemented needs a reason (--note)");
	rt_rec_free(&rec);
	ok(add(st, "1", RT_CLOSED_NOT_IMPLEMENTED, NULL, "superseded", &rec));
	assert_string_equal(rec.closed_date, "2021-02-08");
	rt_rec_free(&rec);
	h = history(st, "1");
	assert_string_equal(h,
	    "2021-02-08 issued status:->closed-not-implemented|"
	    "2021-02-08 concurrence concurrence:pending>concur|");
	free(h);
}

static struct rt_error *
set(struct rt_store *st, const char *field, const char *value,
    const char *effective, int *n)
{
	struct rt_change c = { field, value };
	struct rt_actor who = { "tester", effective, "per the 90-day letter" };

	return rt_rec_set(st, "OIG-21-19", "1", &c, 1, &who, n);
}

static void
test_set_records_one_event_per_change(void **state)
{
	struct rt_store *st = *state;
	struct rt_change c[] = {
		{ "questioned_cost", "$1,234.50" },
		{ "priority", "yes" },
		{ "official", "Office of Field Operations" },
		{ "significant", "no" },	/* unchanged: no event */
	};
	struct rt_actor who = { "tester", "2022-03-01", NULL };
	struct rt_rec rec;
	char *h;
	int n;
	struct rt_official of = { 0 };

	of.code = of.name = (char *)"Office of Field Operations";
	ok(rt_store_official_add(st, &of));
	ok(add(st, "1", RT_OPEN_PENDING, NULL, NULL, &rec));
	rt_rec_free(&rec);
	ok(rt_rec_set(st, "OIG-21-19", "1", c, 4, &who, &n));
	assert_int_equal(n, 3);
	ok(rt_store_rec_get(st, "OIG-21-19", "1", &rec));
	assert_int_equal(rec.money[RT_QUESTIONED_COST], 123450);
	assert_int_equal(rec.priority, 1);
	assert_string_equal(rec.official, "Office of Field Operations");
	rt_rec_free(&rec);
	/* the same again changes nothing and writes nothing */
	ok(rt_rec_set(st, "OIG-21-19", "1", c, 4, &who, &n));
	assert_int_equal(n, 0);
	/* clearing */
	ok(set(st, "official", "", NULL, &n));
	assert_int_equal(n, 1);
	h = history(st, "1");
	assert_string_equal(h,
	    "2021-02-08 issued status:->open-pending|"
	    "2021-02-08 concurrence concurrence:pending>concur|"
	    "2022-03-01 field questioned_cost:->1234.50|"
	    "2022-03-01 flag priority:no>yes|"
	    "2022-03-01 field official:->Office of Field Operations|"
	    "2026-11-28 field official:Office of Field Operations>-|");
	free(h);
}

static void
test_set_refusals(void **state)
{
	struct rt_store *st = *state;
	struct rt_change twice[] = { { "text", "a" }, { "text", "b" } };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_rec rec;
	char *before, *after;
	int n;

	ok(add(st, "1", RT_OPEN_PENDING, NULL, NULL, &rec));
	rt_rec_free(&rec);
	before = history(st, "1");
	expect(set(st, "status", "closed-implemented", NULL, &n), RT_EINVAL,
	    "status: use 'rectrack status' to change it (it follows the "
	    "lifecycle)");
	expect(set(st, "target_date", "2027-01-01", NULL, &n), RT_EINVAL,
	    "target_date: use 'rectrack target' to change it (it follows the "
	    "lifecycle)");
	expect(set(st, "colour", "red", NULL, &n), RT_EINVAL,
	    "colour: not a field one can set (expected one of text, official, "
	    "agency, corrective_action, questioned_cost, unsupported_cost, "
	    "funds_better_use, potential_savings, disallowed_cost, "
	    "fbu_agreed, priority, significant, "
	    "on_hold, closure_requested, partially_addressed)");
	expect(set(st, "questioned_cost", "12,34", NULL, &n), RT_EINVAL,
	    "questioned_cost: \"12,34\" is not an amount of dollars (e.g. "
	    "1234.56)");
	expect(set(st, "priority", "maybe", NULL, &n), RT_EINVAL,
	    "priority: \"maybe\" is not yes or no");
	expect(set(st, "text", " ", NULL, &n), RT_EINVAL,
	    "text: may not be empty");
	expect(set(st, "agency", "FEMA", NULL, &n), RT_ENOTFOUND,
	    "FEMA: no such agency (add it with 'rectrack agency add')");
	expect(set(st, "text", "x", "2021-02-07", &n), RT_EINVAL,
	    "OIG-21-19#1: effective date 2021-02-07 is before the report was "
	    "issued (2021-02-08)");
	expect(set(st, "text", "x", "2026-11-29", &n), RT_EINVAL,
	    "OIG-21-19#1: effective date 2026-11-29 is after today "
	    "(2026-11-28)");
	expect(set(st, "text", "x", "2023-02-29", &n), RT_EINVAL,
	    "OIG-21-19#1: effective date \"2023-02-29\" is not a date "
	    "(expected YYYY-MM-DD, a day that exists)");
	expect(rt_rec_set(st, "OIG-21-19", "1", twice, 2, &who, &n),
	    RT_EINVAL, "text: given twice");
	/* a later refusal undoes the earlier changes of the same call */
	{
		struct rt_change c[] = { { "text", "new" },
		    { "priority", "perhaps" } };

		expect(rt_rec_set(st, "OIG-21-19", "1", c, 2, &who, &n),
		    RT_EINVAL, "priority: \"perhaps\" is not yes or no");
		assert_int_equal(n, 0);
	}
	after = history(st, "1");
	assert_string_equal(before, after);
	free(before);
	free(after);
	ok(rt_store_rec_get(st, "OIG-21-19", "1", &rec));
	assert_string_equal(rec.text, "Improve oversight");
	rt_rec_free(&rec);
}

static void
test_derived(void **state)
{
	struct rt_rec rec;

	(void)state;
	rt_rec_init(&rec);
	strcpy(rec.report_issued, "2021-02-08");
	rec.status = RT_OPEN_RESOLVED;
	strcpy(rec.target_date, "2021-09-30");
	assert_false(rt_rec_overdue(&rec, "2021-09-30"));
	assert_true(rt_rec_overdue(&rec, "2021-10-01"));
	assert_int_equal(rt_rec_age_days(&rec, "2022-02-08"), 365);
	rec.status = RT_CLOSED_IMPLEMENTED;
	strcpy(rec.closed_date, "2021-03-10");
	assert_false(rt_rec_overdue(&rec, "2022-01-01"));
	/* age stops at the closed date */
	assert_int_equal(rt_rec_age_days(&rec, "2026-11-28"), 30);
	assert_int_equal(rt_flag_parse("yes"), 1);
	assert_int_equal(rt_flag_parse("off"), 0);
	assert_int_equal(rt_flag_parse("Y"), -1);
}

/* The management decision is a part of what it decides on. */
static void
test_decision_amounts(void **state)
{
	struct rt_store *st = *state;
	struct rt_change both[] = { { "questioned_cost", "1000" },
	    { "disallowed_cost", "400" } };
	struct rt_actor who = { "tester", "2022-03-01", NULL };
	struct rt_rec rec;
	struct rt_error *err;
	char *before, *after;
	int n;

	rt_rec_init(&rec);
	/* nothing to compare with: any amount */
	rec.money[RT_DISALLOWED_COST] = 5;
	assert_null(rt_rec_money_check(&rec));
	rec.money[RT_QUESTIONED_COST] = 5;
	assert_null(rt_rec_money_check(&rec));
	rec.money[RT_DISALLOWED_COST] = 6;
	assert_non_null(err = rt_rec_money_check(&rec));
	assert_int_equal(err->code, RT_EINVAL);
	assert_string_equal(err->msg, "disallowed_cost $0.06 is more than "
	    "questioned_cost $0.05 (the costs disallowed are a part of the "
	    "costs questioned)");
	rt_error_free(err);
	rec.money[RT_DISALLOWED_COST] = RT_MONEY_NONE;
	rec.money[RT_FUNDS_BETTER_USE] = 0;
	rec.money[RT_FBU_AGREED] = 100;
	assert_non_null(err = rt_rec_money_check(&rec));
	assert_string_equal(err->msg, "fbu_agreed $1.00 is more than "
	    "funds_better_use $0.00 (the funds agreed to are a part of the "
	    "funds put to better use)");
	rt_error_free(err);
	assert_string_equal(rt_money_name(RT_FBU_AGREED), "fbu_agreed");

	/* rec set: one event per amount, the rule after all changes */
	ok(add(st, "1", RT_OPEN_PENDING, NULL, NULL, &rec));
	rt_rec_free(&rec);
	ok(rt_rec_set(st, "OIG-21-19", "1", both, 2, &who, &n));
	assert_int_equal(n, 2);
	before = history(st, "1");
	expect(set(st, "disallowed_cost", "1000.01", NULL, &n), RT_EINVAL,
	    "disallowed_cost $1,000.01 is more than questioned_cost "
	    "$1,000.00 (the costs disallowed are a part of the costs "
	    "questioned)");
	expect(set(st, "questioned_cost", "399.99", NULL, &n), RT_EINVAL,
	    "disallowed_cost $400.00 is more than questioned_cost $399.99 "
	    "(the costs disallowed are a part of the costs questioned)");
	after = history(st, "1");
	assert_string_equal(before, after);
	free(after);
	/* clearing the questioned cost leaves nothing to compare with */
	ok(set(st, "questioned_cost", "", NULL, &n));
	ok(rt_store_rec_get(st, "OIG-21-19", "1", &rec));
	assert_int_equal(rec.money[RT_DISALLOWED_COST], 40000);
	assert_int_equal(rec.money[RT_QUESTIONED_COST], RT_MONEY_NONE);
	rt_rec_free(&rec);
	after = history(st, "1");
	assert_string_equal(after, "2021-02-08 issued status:->open-pending|"
	    "2021-02-08 concurrence concurrence:pending>concur|"
	    "2022-03-01 field questioned_cost:->1000.00|"
	    "2022-03-01 field disallowed_cost:->400.00|"
	    "2026-11-28 field questioned_cost:1000.00>-|");
	free(before);
	free(after);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_add_writes_issued_events,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_add_numbers_after_the_highest, setup, teardown),
		cmocka_unit_test_setup_teardown(test_add_applies_the_guards,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_set_records_one_event_per_change, setup, teardown),
		cmocka_unit_test_setup_teardown(test_set_refusals, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_decision_amounts, setup,
		    teardown),
		cmocka_unit_test(test_derived),
	};

	return cmocka_run_group_tests_name("rec", tests, NULL, NULL);
}
