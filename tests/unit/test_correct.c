/* Unit tests of voiding change sets (core/correct.c) and of reading the
 * register as known at a horizon. */
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/correct.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "store/store.h"

static struct rt_config cfg;

/* OIG-21-19#4 (CBP, issued 2021-02-08), open-resolved at issuance:
 * change set 1. */
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
	assert_int_equal(rt_clock_fix("2021-03-01T12:00:00Z"), 0);
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
	rec.status = RT_OPEN_RESOLVED;
	strcpy(rec.target_date, "2021-09-30");
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

static void
move(struct rt_store *st, const char *actor, enum rt_status s,
    const char *now)
{
	static char id[] = "OIG-21-19#4";
	char *ids[] = { id };
	struct rt_actor who = { actor, NULL, "a reason" };
	struct rt_request req;
	struct rt_outcome *o;
	size_t n;

	assert_int_equal(rt_clock_fix(now), 0);
	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_STATUS;
	req.status = s;
	ok(rt_apply(st, &cfg, ids, 1, &req, &who, &o, &n));
	rt_outcomes_free(o, n);
}

static enum rt_status
status_now(struct rt_store *st)
{
	struct rt_rec rec;
	enum rt_status s;

	ok(rt_store_rec_get(st, "OIG-21-19", "4", &rec));
	s = rec.status;
	rt_rec_free(&rec);
	return s;
}

/* A void takes a close back; the voided event stays, marked. */
static void
test_void_close(void **state)
{
	struct rt_store *st = *state;
	struct rt_events h;
	struct rt_void v;

	move(st, "alice", RT_CLOSED_IMPLEMENTED, "2021-08-16T14:00:00Z");
	assert_int_equal(status_now(st), RT_CLOSED_IMPLEMENTED);
	assert_int_equal(rt_clock_fix("2021-11-01T09:00:00Z"), 0);
	ok(rt_void_change(st, 2, "bob", "wrong one", 0, &v));
	assert_int_equal(v.n, 1);
	assert_int_equal(v.recorded, 3);
	assert_int_equal(v.nrecs, 1);
	assert_int_equal(v.recs[0].status, RT_OPEN_RESOLVED);
	assert_string_equal(v.recs[0].closed_date, "");
	rt_void_free(&v);
	assert_int_equal(status_now(st), RT_OPEN_RESOLVED);
	ok(rt_events_load(st, 1, &h));
	assert_int_equal(h.n, 4);	/* issued, target, status, void */
	assert_int_equal(h.ev[2].inactive, RT_EVENT_VOIDED);
	assert_string_equal(h.ev[3].kind, "void");
	assert_int_equal(h.ev[3].voids, h.ev[2].id);
	rt_events_free(&h);
	expect(rt_void_change(st, 2, "bob", "again", 0, &v), RT_EREFUSED,
	    "change 2 is already voided (by change 3)");
	/* voiding the void gives the close back */
	ok(rt_void_change(st, 3, "bob", "it was right", 0, &v));
	rt_void_free(&v);
	assert_int_equal(status_now(st), RT_CLOSED_IMPLEMENTED);
}

/* As known before the void, the close stands; before the close, not. */
static void
test_as_known(void **state)
{
	struct rt_store *st = *state;
	struct rt_rec cur, then;
	struct rt_void v;
	int exists;

	move(st, "alice", RT_CLOSED_IMPLEMENTED, "2021-08-16T14:00:00Z");
	assert_int_equal(rt_clock_fix("2021-11-01T09:00:00Z"), 0);
	ok(rt_void_change(st, 2, "bob", "wrong one", 0, &v));
	rt_void_free(&v);
	ok(rt_store_rec_get(st, "OIG-21-19", "4", &cur));
	ok(rt_store_set_known(st, "2021-10-15T23:59:59Z"));
	ok(rt_rec_as_of(st, &cur, "2021-10-15", &then, &exists));
	assert_true(exists);
	assert_int_equal(then.status, RT_CLOSED_IMPLEMENTED);
	rt_rec_free(&then);
	ok(rt_store_set_known(st, "2021-08-01T00:00:00Z"));
	ok(rt_rec_as_of(st, &cur, "2021-08-01", &then, &exists));
	assert_true(exists);
	assert_int_equal(then.status, RT_OPEN_RESOLVED);
	rt_rec_free(&then);
	/* before it was recorded, it did not exist */
	ok(rt_store_set_known(st, "2021-02-10T00:00:00Z"));
	ok(rt_rec_as_of(st, &cur, "2021-02-10", &then, &exists));
	assert_false(exists);
	rt_rec_free(&then);
	ok(rt_store_set_known(st, NULL));
	rt_rec_free(&cur);
}

/* A later change of the same attribute is voided first; a change that
 * added the recommendation is never voided; undo finds the caller's
 * latest change in force. */
static void
test_refusals_and_undo(void **state)
{
	struct rt_store *st = *state;
	struct rt_void v;
	int64_t id;

	move(st, "alice", RT_CLOSED_IMPLEMENTED, "2021-08-16T14:00:00Z");
	move(st, "alice", RT_OPEN_RESOLVED, "2021-08-17T14:00:00Z");
	expect(rt_void_change(st, 2, "bob", "x", 0, &v), RT_EREFUSED,
	    "change 2 cannot be voided: change 3 changed OIG-21-19#4 "
	    "(status) after it; void change 3 first");
	expect(rt_void_change(st, 1, "bob", "x", 0, &v), RT_EREFUSED,
	    "change 1 added OIG-21-19#4; a change that adds a recommendation "
	    "cannot be voided (its later changes can)");
	expect(rt_void_change(st, 9, "bob", "x", 0, &v), RT_ENOTFOUND,
	    "no change 9 in :memory:");
	expect(rt_void_change(st, 2, "bob", "", 0, &v), RT_EUSAGE,
	    "a void needs a reason (--note TEXT)");
	ok(rt_undo_find(st, "alice", &id));
	assert_int_equal(id, 3);
	/* a dry run writes nothing */
	ok(rt_void_change(st, 3, "alice", "undo", 1, &v));
	assert_int_equal(v.recorded, 0);
	rt_void_free(&v);
	assert_int_equal(status_now(st), RT_OPEN_RESOLVED);
	ok(rt_void_change(st, 3, "alice", "undo", 0, &v));
	rt_void_free(&v);
	assert_int_equal(status_now(st), RT_CLOSED_IMPLEMENTED);
	ok(rt_undo_find(st, "alice", &id));
	assert_int_equal(id, 2);
	expect(rt_undo_find(st, "carol", &id), RT_ENOTFOUND,
	    "carol has recorded no change that can be undone");
}

static void
test_change_ref(void **state)
{
	struct rt_store *st = *state;
	struct rt_error *err;
	char ref[32];
	int64_t id;

	ok(rt_change_ref(st, "12", &id));
	assert_int_equal(id, 12);
	snprintf(ref, sizeof(ref), "%s-7", rt_store_uid(st));
	ok(rt_change_ref(st, ref, &id));
	assert_int_equal(id, 7);
	expect(rt_change_ref(st, "x", &id), RT_EINVAL, "\"x\" is not a change "
	    "(a number from 'rectrack changes', or REGISTER-NUMBER)");
	expect(rt_change_ref(st, "0", &id), RT_EINVAL, "\"0\" is not a "
	    "change (a number from 'rectrack changes', or REGISTER-NUMBER)");
	/* another register's name */
	err = rt_change_ref(st, "00000000-7", &id);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EINVAL);
	rt_error_free(err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_void_close, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_as_known, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refusals_and_undo, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_change_ref, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
