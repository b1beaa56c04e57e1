/* Unit tests of the lifecycle verbs and of the state as of any day. */
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "store/store.h"

static struct rt_config cfg;

/* OIG-21-19 (CBP, issued 2021-02-08) with recommendation 4, concurred,
 * open-unresolved at issuance, as the report says. */
static int
setup(void **state)
{
	struct rt_issuer is = { "dhs-oig", "DHS OIG", "oig" };
	struct rt_agency cbp = { "CBP", "Customs", NULL, NULL, 0 };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_report r;
	struct rt_rec rec;
	struct rt_store *st;

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_store_begin(st));
	ok(rt_store_issuer_add(st, &is));
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
	rt_rec_init(&rec);
	rec.report = rt_strdup("OIG-21-19");
	rec.number = rt_strdup("4");
	rec.text = rt_strdup("Update and standardize guidance");
	rec.status = RT_OPEN_UNRESOLVED;
	rec.concurrence = RT_CONC_CONCUR;
	ok(rt_rec_add(st, &cfg, &rec, &who, NULL));
	rt_rec_free(&rec);
	rt_rec_init(&rec);
	rec.report = rt_strdup("OIG-21-19");
	rec.number = rt_strdup("5");
	rec.text = rt_strdup("Another");
	ok(rt_rec_add(st, &cfg, &rec, &who, NULL));
	rt_rec_free(&rec);
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

/* Apply one verb to OIG-21-19#4 effective on `date`. */
static struct rt_error *
act(struct rt_store *st, const struct rt_request *req, const char *date,
    const char *note)
{
	static char id[] = "OIG-21-19#4";
	char *ids[] = { id };
	struct rt_actor who = { "tester", date, note };
	struct rt_outcome *o;
	struct rt_error *err;
	size_t n;

	err = rt_apply(st, &cfg, ids, 1, req, &who, &o, &n);
	rt_outcomes_free(o, n);
	return err;
}

static struct rt_error *
to_status(struct rt_store *st, enum rt_status s, const char *target,
    const char *date, const char *note)
{
	struct rt_request req;

	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_STATUS;
	req.status = s;
	req.target = target;
	return act(st, &req, date, note);
}

static struct rt_error *
set_target(struct rt_store *st, const char *target, const char *date,
    const char *note)
{
	struct rt_request req;

	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_TARGET;
	req.target = target;
	return act(st, &req, date, note);
}

static struct rt_error *
set_flag(struct rt_store *st, enum rt_flag f, int v, const char *date)
{
	struct rt_request req;
	int i;

	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_FLAG;
	for (i = 0; i < RT_FLAG_COUNT; i++)
		req.flags[i] = i == (int)f ? v : -1;
	return act(st, &req, date, NULL);
}

/* What the state should be on a day, written down independently. */
struct expected {
	const char *from;	/* first day this holds */
	enum rt_status status;
	enum rt_concurrence conc;
	const char *target, *original, *resolved, *closed;
	int on_hold, closure_requested;
};

/*
 * One recommendation walked through nine changes over two years: resolved
 * with a target, put on hold, the target slips, off hold, closure
 * requested, closed, reopened, resolved again with a new target, closed.
 */
static const struct expected walk[] = {
	{ "2021-02-08", RT_OPEN_UNRESOLVED, RT_CONC_CONCUR, "", "", "", "", 0, 0 },
	{ "2021-05-10", RT_OPEN_RESOLVED, RT_CONC_CONCUR, "2021-12-31",
	    "2021-12-31", "2021-05-10", "", 0, 0 },
	{ "2021-09-01", RT_OPEN_RESOLVED, RT_CONC_CONCUR, "2021-12-31",
	    "2021-12-31", "2021-05-10", "", 1, 0 },
	{ "2021-11-15", RT_OPEN_RESOLVED, RT_CONC_CONCUR, "2022-06-30",
	    "2021-12-31", "2021-05-10", "", 1, 0 },
	{ "2022-01-10", RT_OPEN_RESOLVED, RT_CONC_CONCUR, "2022-06-30",
	    "2021-12-31", "2021-05-10", "", 0, 0 },
	{ "2022-06-20", RT_OPEN_RESOLVED, RT_CONC_CONCUR, "2022-06-30",
	    "2021-12-31", "2021-05-10", "", 0, 1 },
	{ "2022-08-01", RT_CLOSED_IMPLEMENTED, RT_CONC_CONCUR, "2022-06-30",
	    "2021-12-31", "2021-05-10", "2022-08-01", 0, 0 },
	{ "2022-10-03", RT_OPEN_UNRESOLVED, RT_CONC_CONCUR, "2022-06-30",
	    "2021-12-31", "2021-05-10", "", 0, 0 },
	{ "2022-12-01", RT_OPEN_RESOLVED, RT_CONC_CONCUR, "2023-03-31",
	    "2021-12-31", "2022-12-01", "", 0, 0 },
	{ "2023-03-15", RT_CLOSED_IMPLEMENTED, RT_CONC_CONCUR, "2023-03-31",
	    "2021-12-31", "2022-12-01", "2023-03-15", 0, 0 },
};

static void
check_day(const struct rt_rec *then, const struct expected *e,
    const char *day)
{
	if (then->status != e->status ||
	    then->concurrence != e->conc ||
	    strcmp(then->target_date, e->target) != 0 ||
	    strcmp(then->original_target_date, e->original) != 0 ||
	    strcmp(then->resolved_date, e->resolved) != 0 ||
	    strcmp(then->closed_date, e->closed) != 0 ||
	    then->on_hold != e->on_hold ||
	    then->closure_requested != e->closure_requested)
		fail_msg("%s: got %s target %s original %s resolved %s closed "
		    "%s hold %d closure %d; expected the state from %s", day,
		    rt_status_name(then->status), then->target_date,
		    then->original_target_date, then->resolved_date,
		    then->closed_date, then->on_hold, then->closure_requested,
		    e->from);
}

static void
test_state_as_of_every_day(void **state)
{
	struct rt_store *st = *state;
	struct rt_rec cur, then;
	char day[RT_DATE_SIZE];
	size_t k = 0, nwalk = sizeof(walk) / sizeof(walk[0]);
	long d, first, last;
	int exists, days = 0;

	ok(to_status(st, RT_OPEN_RESOLVED, "2021-12-31", "2021-05-10",
	    "corrective action plan accepted"));
	ok(set_flag(st, RT_FLAG_ON_HOLD, 1, "2021-09-01"));
	ok(set_target(st, "2022-06-30", "2021-11-15", "contract delayed"));
	ok(set_flag(st, RT_FLAG_ON_HOLD, 0, "2022-01-10"));
	ok(set_flag(st, RT_FLAG_CLOSURE_REQUESTED, 1, "2022-06-20"));
	ok(to_status(st, RT_CLOSED_IMPLEMENTED, NULL, "2022-08-01", NULL));
	ok(to_status(st, RT_OPEN_UNRESOLVED, NULL, "2022-10-03",
	    "guidance withdrawn"));
	ok(to_status(st, RT_OPEN_RESOLVED, "2023-03-31", "2022-12-01",
	    "new plan"));
	ok(to_status(st, RT_CLOSED_IMPLEMENTED, NULL, "2023-03-15", NULL));

	ok(rt_store_rec_get(st, "OIG-21-19", "4", &cur));
	/* the day before issue it did not exist */
	ok(rt_rec_as_of(st, &cur, "2021-02-07", &then, &exists));
	assert_false(exists);
	rt_rec_free(&then);
	first = rt_date_str_days("2021-02-08");
	last = rt_date_str_days("2026-11-28");
	for (d = first; d <= last; d++) {
		rt_date_from_days(d, day);
		while (k + 1 < nwalk && strcmp(day, walk[k + 1].from) >= 0)
			k++;
		ok(rt_rec_as_of(st, &cur, day, &then, &exists));
		assert_true(exists);
		check_day(&then, &walk[k], day);
		rt_rec_free(&then);
		days++;
	}
	assert_int_equal(k, nwalk - 1);
	assert_true(days > 2000);
	/* today's rebuilt state is the current row */
	check_day(&cur, &walk[nwalk - 1], "current row");
	rt_rec_free(&cur);
}

/* The resolved date of #n now, and as of a day. */
static void
resolved_is(struct rt_store *st, const char *n, const char *day,
    const char *want_then, const char *want_now)
{
	struct rt_rec cur, then;
	int exists;

	ok(rt_store_rec_get(st, "OIG-21-19", n, &cur));
	assert_string_equal(cur.resolved_date, want_now);
	ok(rt_rec_as_of(st, &cur, day, &then, &exists));
	assert_true(exists);
	assert_string_equal(then.resolved_date, want_then);
	rt_rec_free(&then);
	rt_rec_free(&cur);
}

/*
 * The date of the management decision: a mistaken closing and its
 * reopening keep it, so does a move back to open-unresolved; the next
 * resolution is a new decision with its own date; a reopening into
 * open-resolved of one closed without any decision records one.
 */
static void
test_decision_date_kept(void **state)
{
	struct rt_store *st = *state;
	static char five[] = "OIG-21-19#5";
	char *ids[] = { five };
	struct rt_actor who = { "tester", "2021-04-01", "superseded" };
	struct rt_request req;
	struct rt_outcome *o;
	size_t n;

	ok(to_status(st, RT_OPEN_RESOLVED, "2021-12-31", "2021-05-10",
	    NULL));
	ok(to_status(st, RT_CLOSED_IMPLEMENTED, NULL, "2021-06-01", NULL));
	ok(to_status(st, RT_OPEN_RESOLVED, NULL, "2021-06-02",
	    "closed by mistake"));
	resolved_is(st, "4", "2021-06-02", "2021-05-10", "2021-05-10");
	ok(to_status(st, RT_OPEN_UNRESOLVED, NULL, "2021-07-01",
	    "plan withdrawn"));
	resolved_is(st, "4", "2021-07-01", "2021-05-10", "2021-05-10");
	ok(to_status(st, RT_CLOSED_NOT_IMPLEMENTED, NULL, "2021-08-01",
	    "overtaken"));
	ok(to_status(st, RT_OPEN_UNRESOLVED, NULL, "2021-08-02",
	    "closed by mistake"));
	resolved_is(st, "4", "2021-08-02", "2021-05-10", "2021-05-10");
	ok(to_status(st, RT_OPEN_RESOLVED, "2022-03-31", "2021-09-15",
	    "new plan"));
	resolved_is(st, "4", "2021-09-14", "2021-05-10", "2021-09-15");
	resolved_is(st, "4", "2021-09-15", "2021-09-15", "2021-09-15");

	/* #5: closed straight from open-pending, then reopened resolved */
	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_STATUS;
	req.status = RT_CLOSED_NOT_IMPLEMENTED;
	ok(rt_apply(st, &cfg, ids, 1, &req, &who, &o, &n));
	rt_outcomes_free(o, n);
	resolved_is(st, "5", "2021-04-01", "", "");
	req.status = RT_OPEN_RESOLVED;
	req.target = "2021-12-31";
	who.effective = "2021-04-20";
	who.note = "reopened with a plan";
	ok(rt_apply(st, &cfg, ids, 1, &req, &who, &o, &n));
	rt_outcomes_free(o, n);
	resolved_is(st, "5", "2021-04-19", "", "2021-04-20");
	resolved_is(st, "5", "2021-04-20", "2021-04-20", "2021-04-20");
}

static void
test_refusals_change_nothing(void **state)
{
	struct rt_store *st = *state;
	struct rt_request req;
	struct rt_rec before, after;
	static char a[] = "OIG-21-19#5", b[] = "OIG-21-19#4";
	char *ids[] = { a, b };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_outcome *o;
	size_t n;

	ok(rt_store_rec_get(st, "OIG-21-19", "4", &before));
	/* #5 may close, #4 may not without a target...: all or nothing */
	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_STATUS;
	req.status = RT_OPEN_RESOLVED;
	expect(rt_apply(st, &cfg, ids, 2, &req, &who, &o, &n), RT_EREFUSED,
	    "OIG-21-19#5: moving to open-resolved needs a target date "
	    "(--target)");
	req.status = RT_OPEN_UNRESOLVED;
	expect(rt_apply(st, &cfg, ids, 2, &req, &who, &o, &n), RT_EREFUSED,
	    "OIG-21-19#4: cannot move from open-unresolved to "
	    "open-unresolved; allowed: open-resolved, closed-implemented, "
	    "closed-not-implemented");
	ok(rt_store_rec_get(st, "OIG-21-19", "5", &after));
	assert_int_equal(after.status, RT_OPEN_PENDING);
	rt_rec_free(&after);

	/* effective dates keep the history in order */
	ok(to_status(st, RT_OPEN_RESOLVED, "2021-12-31", "2021-05-10", NULL));
	expect(to_status(st, RT_CLOSED_IMPLEMENTED, NULL, "2021-05-01", NULL),
	    RT_EREFUSED, "OIG-21-19#4: effective date 2021-05-01 is before "
	    "the latest status change (2021-05-10); the history must stay in "
	    "order");
	expect(to_status(st, RT_CLOSED_IMPLEMENTED, NULL, "2021-02-01", NULL),
	    RT_EINVAL, "OIG-21-19#4: effective date 2021-02-01 is before the "
	    "report was issued (2021-02-08)");
	expect(to_status(st, RT_CLOSED_IMPLEMENTED, NULL, "2026-11-29", NULL),
	    RT_EINVAL, "OIG-21-19#4: effective date 2026-11-29 is after today "
	    "(2026-11-28)");
	/* a target change needs a reason; the first target is kept */
	expect(set_target(st, "2022-03-31", NULL, NULL), RT_EREFUSED,
	    "OIG-21-19#4: changing the target date from 2021-12-31 to "
	    "2022-03-31 needs a reason (--note)");
	ok(set_target(st, "2022-03-31", NULL, "slipped"));
	ok(set_target(st, "2022-09-30", NULL, "slipped again"));
	ok(rt_store_rec_get(st, "OIG-21-19", "4", &after));
	assert_string_equal(after.target_date, "2022-09-30");
	assert_string_equal(after.original_target_date, "2021-12-31");
	rt_rec_free(&after);
	/* on hold only while open; closing clears it */
	ok(set_flag(st, RT_FLAG_ON_HOLD, 1, NULL));
	ok(to_status(st, RT_CLOSED_NOT_IMPLEMENTED, NULL, NULL, "overtaken"));
	ok(rt_store_rec_get(st, "OIG-21-19", "4", &after));
	assert_int_equal(after.on_hold, 0);
	assert_string_equal(after.closed_date, "2026-11-28");
	rt_rec_free(&after);
	expect(set_flag(st, RT_FLAG_ON_HOLD, 1, NULL), RT_EREFUSED,
	    "OIG-21-19#4: is closed-not-implemented; only an open "
	    "recommendation can be on hold");
	expect(to_status(st, RT_OPEN_RESOLVED, NULL, NULL, NULL), RT_EREFUSED,
	    "OIG-21-19#4: moving from closed-not-implemented to "
	    "open-resolved needs a reason (--note)");
	rt_rec_free(&before);
}

static void
test_config_requirements(void **state)
{
	struct rt_store *st = *state;
	struct rt_request req;

	cfg.require_resolve = RT_REQ_TARGET_DATE | RT_REQ_CORRECTIVE_ACTION;
	cfg.require_close_implemented = RT_REQ_EVIDENCE;
	expect(to_status(st, RT_OPEN_RESOLVED, "2021-12-31", NULL, NULL),
	    RT_EREFUSED, "OIG-21-19#4: moving to open-resolved needs a "
	    "corrective action (rec set REC corrective_action=...)");
	expect(to_status(st, RT_CLOSED_IMPLEMENTED, NULL, NULL, NULL),
	    RT_EREFUSED, "OIG-21-19#4: moving to closed-implemented needs "
	    "an evidence reference (--evidence)");
	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_STATUS;
	req.status = RT_CLOSED_IMPLEMENTED;
	req.evidence = "memo 2022-14";
	ok(act(st, &req, NULL, "verified"));
	rt_config_defaults(&cfg);
}

/* The state of OIG-21-19#4 at the end of day. */
static void
as_of(struct rt_store *st, const char *day, struct rt_rec *out)
{
	struct rt_rec cur;
	int exists;

	ok(rt_store_rec_get(st, "OIG-21-19", "4", &cur));
	ok(rt_rec_as_of(st, &cur, day, out, &exists));
	assert_true(exists);
	rt_rec_free(&cur);
}

/*
 * The management decision's amounts come with the resolution or the
 * closure, never with a move that leaves it unresolved, each as a field
 * event of the move's day, so that the state of any day has them.
 */
static void
test_decision_amounts(void **state)
{
	struct rt_store *st = *state;
	struct rt_change qc[] = { { "questioned_cost", "2500" },
	    { "funds_better_use", "900" } };
	struct rt_actor who = { "tester", "2021-03-01", NULL };
	struct rt_request req;
	struct rt_rec rec;
	int n;

	ok(rt_rec_set(st, "OIG-21-19", "4", qc, 2, &who, &n));
	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_STATUS;
	req.status = RT_OPEN_UNRESOLVED;
	req.disallowed = "100";
	expect(act(st, &req, NULL, NULL), RT_EREFUSED, "--disallowed: the "
	    "amounts of a management decision go with its resolution (a "
	    "move to open-resolved, closed-implemented or "
	    "closed-not-implemented), not with a move to open-unresolved");
	req.status = RT_OPEN_RESOLVED;
	req.target = "2021-12-31";
	req.disallowed = "100 dollars";
	expect(act(st, &req, NULL, NULL), RT_EINVAL, "--disallowed: \"100 "
	    "dollars\" is not an amount of dollars (e.g. 1234.56)");
	req.disallowed = "2500.01";
	expect(act(st, &req, "2021-05-10", NULL), RT_EINVAL, "OIG-21-19#4: "
	    "disallowed_cost $2,500.01 is more than questioned_cost "
	    "$2,500.00 (the costs disallowed are a part of the costs "
	    "questioned)");
	req.disallowed = "$1,500";
	req.fbu_agreed = "0";
	ok(act(st, &req, "2021-05-10", NULL));
	as_of(st, "2021-05-09", &rec);
	assert_int_equal(rec.status, RT_OPEN_UNRESOLVED);
	assert_int_equal(rec.money[RT_QUESTIONED_COST], 250000);
	assert_int_equal(rec.money[RT_DISALLOWED_COST], RT_MONEY_NONE);
	assert_int_equal(rec.money[RT_FBU_AGREED], RT_MONEY_NONE);
	rt_rec_free(&rec);
	as_of(st, "2021-05-10", &rec);
	assert_int_equal(rec.status, RT_OPEN_RESOLVED);
	assert_int_equal(rec.money[RT_DISALLOWED_COST], 150000);
	assert_int_equal(rec.money[RT_FBU_AGREED], 0);
	rt_rec_free(&rec);
	/* closing may revise the decision; unchanged amounts write nothing */
	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_STATUS;
	req.status = RT_CLOSED_IMPLEMENTED;
	req.disallowed = "2000";
	req.fbu_agreed = "0.00";
	ok(act(st, &req, "2022-01-15", NULL));
	as_of(st, "2022-01-14", &rec);
	assert_int_equal(rec.money[RT_DISALLOWED_COST], 150000);
	rt_rec_free(&rec);
	as_of(st, "2026-11-28", &rec);
	assert_int_equal(rec.status, RT_CLOSED_IMPLEMENTED);
	assert_int_equal(rec.money[RT_DISALLOWED_COST], 200000);
	assert_int_equal(rec.money[RT_FBU_AGREED], 0);
	rt_rec_free(&rec);
	ok(rt_store_rec_get(st, "OIG-21-19", "4", &rec));
	assert_int_equal(rec.money[RT_DISALLOWED_COST], 200000);
	rt_rec_free(&rec);
	/* the amounts go with a status move only */
	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_TARGET;
	req.target = "2027-01-01";
	req.fbu_agreed = "1";
	expect(act(st, &req, NULL, "slipped"), RT_EINVAL, "--fbu-agreed goes "
	    "with a status move");
}

static void
test_flag_names(void **state)
{
	(void)state;
	assert_int_equal(rt_flag_lookup("on-hold"), RT_FLAG_ON_HOLD);
	assert_int_equal(rt_flag_lookup("on_hold"), RT_FLAG_ON_HOLD);
	assert_int_equal(rt_flag_lookup("partially-addressed"),
	    RT_FLAG_PARTIALLY_ADDRESSED);
	assert_int_equal(rt_flag_lookup("hold"), -1);
	assert_string_equal(rt_flag_name(RT_FLAG_CLOSURE_REQUESTED),
	    "closure-requested");
	assert_string_equal(rt_flag_field(RT_FLAG_CLOSURE_REQUESTED),
	    "closure_requested");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_state_as_of_every_day,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_decision_date_kept,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_refusals_change_nothing,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_config_requirements,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_decision_amounts,
		    setup, teardown),
		cmocka_unit_test(test_flag_names),
	};

	return cmocka_run_group_tests_name("lifecycle", tests, NULL, NULL);
}
