/* Unit tests of requests for closure and extension and their decisions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/evidence.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "core/request.h"
#include "store/store.h"

static struct rt_config cfg;

#define HASH_A "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
#define HASH_B "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"

/* Attach a file holding text (HASH_A: "test", HASH_B: "foo") to rec,
 * effective date, in a transaction of its own. */
static void
attach(struct rt_store *st, const char *rec, const char *text,
    const char *date)
{
	struct rt_actor who = { "liaison", date, NULL };
	struct rt_evidence_list out = { 0 };
	char path[] = "/tmp/rectrack-request-XXXXXX";
	const char *paths[1] = { path };
	int fd;

	assert_true((fd = mkstemp(path)) != -1);
	assert_true(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
	ok(rt_store_begin(st));
	ok(rt_evidence_add(st, &cfg, rec, paths, 1, &who, &out));
	ok(rt_store_commit(st));
	rt_evidence_list_free(&out);
	unlink(path);
}

/* OIG-21-19 (issued 2021-02-08): #4 open-unresolved, #5 open-resolved
 * with a target date of 2021-09-30. */
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
	ok(rt_rec_add(st, &cfg, &rec, &who, NULL));
	rt_rec_free(&rec);
	rt_rec_init(&rec);
	rec.report = rt_strdup("OIG-21-19");
	rec.number = rt_strdup("5");
	rec.text = rt_strdup("Train the teams");
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

/* Apply req to one recommendation as actor. */
static struct rt_error *
act(struct rt_store *st, const char *rec, const struct rt_request *req,
    const char *actor, const char *date, const char *note)
{
	char *ids[] = { (char *)rec };
	struct rt_actor who = { actor, date, note };
	struct rt_outcome *o;
	struct rt_error *err;
	size_t n;

	err = rt_apply(st, &cfg, ids, 1, req, &who, &o, &n);
	rt_outcomes_free(o, n);
	return err;
}

static struct rt_error *
ask_closure(struct rt_store *st, const char *rec, const char *actor,
    const char *date, char **hashes, size_t nhashes)
{
	struct rt_request req = { .verb = RT_VERB_ASK, .ask = RT_ASK_CLOSURE,
	    .hashes = hashes, .nhashes = nhashes };

	return act(st, rec, &req, actor, date, "done");
}

static struct rt_error *
decide(struct rt_store *st, const char *rec, int ask, int approve,
    const char *actor, const char *note)
{
	struct rt_request req = { .verb = RT_VERB_DECIDE, .ask = ask,
	    .approve = approve, .status = RT_CLOSED_IMPLEMENTED };

	return act(st, rec, &req, actor, NULL, note);
}

/* The row of OIG-21-19#number as stored, and as its history replays. */
static void
row_and_replay(struct rt_store *st, const char *number, struct rt_rec *row,
    struct rt_rec *replayed)
{
	int exists;

	ok(rt_store_rec_get(st, "OIG-21-19", number, row));
	ok(rt_rec_as_of(st, row, "9999-12-31", replayed, &exists));
	assert_int_equal(exists, 1);
}

static void
closure_requested_is(struct rt_store *st, const char *number, int want)
{
	struct rt_rec row, replayed;

	row_and_replay(st, number, &row, &replayed);
	assert_int_equal(row.closure_requested, want);
	assert_int_equal(replayed.closure_requested, want);
	rt_rec_free(&row);
	rt_rec_free(&replayed);
}

static void
test_names(void **state)
{
	(void)state;
	assert_string_equal(rt_ask_field(RT_ASK_CLOSURE), "closure");
	assert_string_equal(rt_ask_field(RT_ASK_EXTENSION), "extension");
	assert_int_equal(rt_ask_lookup("extension"), RT_ASK_EXTENSION);
	assert_int_equal(rt_ask_lookup("status"), -1);
	assert_int_equal(rt_ask_lookup(NULL), -1);
	assert_true(rt_hash_valid(HASH_A));
	assert_false(rt_hash_valid("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"));
	assert_false(rt_hash_valid("9f86d081"));
	assert_false(rt_hash_valid(HASH_A "0"));
	assert_false(rt_hash_valid(""));
	assert_int_equal(rt_hash_count(NULL), 0);
	assert_int_equal(rt_hash_count(HASH_A), 1);
	assert_int_equal(rt_hash_count(HASH_A " " HASH_B), 2);
}

/* An event of the synthetic histories below. */
static struct rt_event
ev(int64_t id, const char *effective, const char *kind, const char *field,
    const char *new)
{
	struct rt_event e;

	memset(&e, 0, sizeof(e));
	e.id = id;
	strcpy(e.effective, effective);
	e.kind = (char *)kind;
	e.field = (char *)field;
	e.new = (char *)new;
	e.actor = (char *)"tester";
	return e;
}

static void
test_pending_rules(void **state)
{
	struct rt_event v[6];
	struct rt_events h = { v, 0, 6, 0 };
	const struct rt_event *p[RT_ASK_COUNT];

	(void)state;
	v[0] = ev(1, "2026-01-01", "request", "closure", NULL);
	v[1] = ev(2, "2026-01-05", "request", "extension", "2027-01-01");
	h.n = 2;
	rt_asks_pending(&h, NULL, p);
	assert_ptr_equal(p[RT_ASK_CLOSURE], &v[0]);
	assert_ptr_equal(p[RT_ASK_EXTENSION], &v[1]);
	/* as of a day before the extension request */
	rt_asks_pending(&h, "2026-01-02", p);
	assert_ptr_equal(p[RT_ASK_CLOSURE], &v[0]);
	assert_null(p[RT_ASK_EXTENSION]);
	/* a decision answers the request of its field only */
	v[2] = ev(3, "2026-01-06", "decision", "closure", "returned");
	h.n = 3;
	rt_asks_pending(&h, NULL, p);
	assert_null(p[RT_ASK_CLOSURE]);
	assert_ptr_equal(p[RT_ASK_EXTENSION], &v[1]);
	assert_ptr_equal(rt_asks_decided(&h, RT_ASK_CLOSURE), &v[2]);
	assert_null(rt_asks_decided(&h, RT_ASK_EXTENSION));
	/* a voided decision answers nothing */
	v[2].inactive = RT_EVENT_VOIDED;
	rt_asks_pending(&h, NULL, p);
	assert_ptr_equal(p[RT_ASK_CLOSURE], &v[0]);
	v[2].inactive = RT_EVENT_IN_FORCE;
	/* asked again, then closed by a status move: both lapse */
	v[3] = ev(4, "2026-01-07", "request", "closure", HASH_A);
	v[4] = ev(5, "2026-01-08", "status", "status", "closed-implemented");
	h.n = 4;
	rt_asks_pending(&h, NULL, p);
	assert_ptr_equal(p[RT_ASK_CLOSURE], &v[3]);
	h.n = 5;
	rt_asks_pending(&h, NULL, p);
	assert_null(p[RT_ASK_CLOSURE]);
	assert_null(p[RT_ASK_EXTENSION]);
	/* a move between open statuses lapses nothing */
	v[4].new = (char *)"open-resolved";
	rt_asks_pending(&h, NULL, p);
	assert_ptr_equal(p[RT_ASK_CLOSURE], &v[3]);
}

/* The cycle: request, return, request again with evidence, approve; the
 * row and the replay agree at every step. */
static void
test_closure_cycle(void **state)
{
	struct rt_store *st = *state;
	char *hashes[] = { (char *)HASH_A, (char *)HASH_B };
	struct rt_rec row, replayed;

	ok(ask_closure(st, "OIG-21-19#4", "liaison", "2026-11-01", NULL, 0));
	closure_requested_is(st, "4", 1);
	expect(ask_closure(st, "OIG-21-19#4", "liaison", NULL, NULL, 0),
	    RT_EREFUSED, "OIG-21-19#4: a closure request is pending already "
	    "(asked by liaison on 2026-11-01); approve or return it first "
	    "(rectrack approve, rectrack return)");
	expect(decide(st, "OIG-21-19#4", RT_ASK_EITHER, 0, "reviewer", NULL),
	    RT_EINVAL, "OIG-21-19#4: returning a request needs a reason "
	    "(--note)");
	ok(decide(st, "OIG-21-19#4", RT_ASK_EITHER, 0, "reviewer", "draft"));
	closure_requested_is(st, "4", 0);
	expect(decide(st, "OIG-21-19#4", RT_ASK_CLOSURE, 1, "reviewer", NULL),
	    RT_EREFUSED, "OIG-21-19#4: has no pending closure request (the "
	    "last one was returned by reviewer on 2026-11-28, change 4)");
	attach(st, "OIG-21-19#4", "test", NULL);
	attach(st, "OIG-21-19#4", "foo", NULL);
	ok(ask_closure(st, "OIG-21-19#4", "liaison", NULL, hashes, 2));
	closure_requested_is(st, "4", 1);
	ok(decide(st, "OIG-21-19#4", RT_ASK_EITHER, 1, "reviewer", NULL));
	row_and_replay(st, "4", &row, &replayed);
	assert_int_equal(row.status, RT_CLOSED_IMPLEMENTED);
	assert_int_equal(replayed.status, RT_CLOSED_IMPLEMENTED);
	assert_string_equal(row.closed_date, "2026-11-28");
	assert_int_equal(row.closure_requested, 0);
	assert_int_equal(replayed.closure_requested, 0);
	rt_rec_free(&row);
	rt_rec_free(&replayed);
	expect(ask_closure(st, "OIG-21-19#4", "liaison", NULL, NULL, 0),
	    RT_EREFUSED, "OIG-21-19#4: is closed-implemented; only an open "
	    "recommendation takes a closure request");
}

static void
test_evidence_form(void **state)
{
	struct rt_store *st = *state;
	char *bad[] = { (char *)"9f86d08" };
	char *unknown[] = { (char *)"9f86d081" };
	char *other[] = { (char *)HASH_B };
	char *twice[] = { (char *)HASH_A, (char *)"9F86D081" };

	expect(ask_closure(st, "OIG-21-19#4", "liaison", NULL, bad, 1),
	    RT_EINVAL, "OIG-21-19#4: --evidence 9f86d08: not a hash of an "
	    "evidence file (give its SHA-256, or at least its first 8 hex "
	    "digits)");
	expect(ask_closure(st, "OIG-21-19#4", "liaison", NULL, unknown, 1),
	    RT_EINVAL, "OIG-21-19#4: --evidence 9f86d081: no evidence file "
	    "has that hash ('rectrack evidence list' lists them)");
	attach(st, "OIG-21-19#4", "test", "2026-11-01");
	attach(st, "OIG-21-19#5", "foo", "2026-11-01");
	expect(ask_closure(st, "OIG-21-19#4", "liaison", NULL, other, 1),
	    RT_EINVAL, "OIG-21-19#4: --evidence 2c26b46b68ff is not attached "
	    "to OIG-21-19#4 on 2026-11-28; attach it first (rectrack evidence "
	    "add OIG-21-19#4 FILE)");
	expect(ask_closure(st, "OIG-21-19#4", "liaison", "2026-10-31", twice,
	    1), RT_EINVAL, "OIG-21-19#4: --evidence 9f86d081884c is not "
	    "attached to OIG-21-19#4 on 2026-10-31; attach it first (rectrack "
	    "evidence add OIG-21-19#4 FILE)");
	expect(ask_closure(st, "OIG-21-19#4", "liaison", NULL, twice, 2),
	    RT_EINVAL, "OIG-21-19#4: --evidence 9f86d081884c is given twice");
	closure_requested_is(st, "4", 0);
}

static void
test_extension(void **state)
{
	struct rt_store *st = *state;
	struct rt_request req = { .verb = RT_VERB_ASK,
	    .ask = RT_ASK_EXTENSION, .target = "2021-08-31" };
	struct rt_rec row, replayed;

	expect(act(st, "OIG-21-19#5", &req, "liaison", NULL, "slipped"),
	    RT_EREFUSED, "OIG-21-19#5: 2021-08-31 is not later than the "
	    "target date 2021-09-30; an earlier date needs no approval "
	    "(rectrack target OIG-21-19#5 2021-08-31 --note REASON)");
	req.target = "2027-03-31";
	expect(act(st, "OIG-21-19#4", &req, "liaison", NULL, "slipped"),
	    RT_EREFUSED, "OIG-21-19#4: has no target date; the first one "
	    "needs no approval (rectrack target OIG-21-19#4 2027-03-31)");
	ok(act(st, "OIG-21-19#5", &req, "liaison", "2026-11-01", "slipped"));
	ok(ask_closure(st, "OIG-21-19#5", "liaison", NULL, NULL, 0));
	expect(decide(st, "OIG-21-19#5", RT_ASK_EITHER, 1, "reviewer", NULL),
	    RT_EUSAGE, "OIG-21-19#5: has a pending closure request and a "
	    "pending extension request; say which: --closure or --extension");
	ok(decide(st, "OIG-21-19#5", RT_ASK_EXTENSION, 1, "reviewer", NULL));
	row_and_replay(st, "5", &row, &replayed);
	assert_string_equal(row.target_date, "2027-03-31");
	assert_string_equal(row.original_target_date, "2021-09-30");
	assert_string_equal(replayed.target_date, "2027-03-31");
	assert_string_equal(replayed.original_target_date, "2021-09-30");
	assert_int_equal(row.status, RT_OPEN_RESOLVED);
	assert_int_equal(row.closure_requested, 1);
	rt_rec_free(&row);
	rt_rec_free(&replayed);
	/* the target moved past the date asked for meanwhile */
	req.target = "2027-06-30";
	ok(act(st, "OIG-21-19#5", &req, "liaison", NULL, "again"));
	req.verb = RT_VERB_TARGET;
	req.target = "2027-09-30";
	ok(act(st, "OIG-21-19#5", &req, "tester", NULL, "moved"));
	expect(decide(st, "OIG-21-19#5", RT_ASK_EXTENSION, 1, "reviewer",
	    NULL), RT_EREFUSED, "OIG-21-19#5: the target date is 2027-09-30 "
	    "already, not before the 2027-06-30 the request asked for; return "
	    "the request (rectrack return)");
	ok(decide(st, "OIG-21-19#5", RT_ASK_EXTENSION, 0, "reviewer", "moot"));
}

static void
test_config_switches(void **state)
{
	struct rt_store *st = *state;
	struct rt_request close = { .verb = RT_VERB_STATUS,
	    .status = RT_CLOSED_IMPLEMENTED };
	struct rt_request later = { .verb = RT_VERB_TARGET,
	    .target = "2027-01-31" };

	cfg.require_approval = 1;
	cfg.require_separate_approver = 1;
	expect(act(st, "OIG-21-19#4", &close, "tester", NULL, NULL),
	    RT_EREFUSED, "OIG-21-19#4: closing needs an approved request "
	    "(require.approval): rectrack request-closure, then rectrack "
	    "approve");
	expect(act(st, "OIG-21-19#5", &later, "tester", NULL, "later"),
	    RT_EREFUSED, "OIG-21-19#5: moving the target date later "
	    "(2021-09-30 to 2027-01-31) needs an approved extension "
	    "(require.approval): rectrack request-extension, then rectrack "
	    "approve");
	later.target = "2021-07-31";
	ok(act(st, "OIG-21-19#5", &later, "tester", NULL, "earlier"));
	later.target = "2027-01-31";
	ok(act(st, "OIG-21-19#4", &later, "tester", NULL, NULL));
	ok(ask_closure(st, "OIG-21-19#4", "liaison", NULL, NULL, 0));
	expect(decide(st, "OIG-21-19#4", RT_ASK_EITHER, 1, "liaison", NULL),
	    RT_EREFUSED, "OIG-21-19#4: liaison asked for this closure; "
	    "someone else must approve it (require.separate_approver); "
	    "rectrack return withdraws it");
	ok(decide(st, "OIG-21-19#4", RT_ASK_EITHER, 1, "reviewer", NULL));
	closure_requested_is(st, "4", 0);
	cfg.require_approval = 0;
	cfg.require_separate_approver = 0;
}

static void
test_pending_list(void **state)
{
	struct rt_store *st = *state;
	struct rt_request ext = { .verb = RT_VERB_ASK,
	    .ask = RT_ASK_EXTENSION, .target = "2027-03-31" };
	char *hashes[] = { (char *)HASH_A };
	struct rt_pending *v;
	size_t n;

	ok(rt_pending_list(st, NULL, "2026-11-28", &v, &n));
	assert_int_equal(n, 0);
	rt_pending_free(v, n);
	attach(st, "OIG-21-19#4", "test", "2026-11-01");
	ok(ask_closure(st, "OIG-21-19#4", "liaison", "2026-11-10", hashes, 1));
	ok(act(st, "OIG-21-19#5", &ext, "agency", "2026-10-01", "slipped"));
	ok(rt_pending_list(st, NULL, "2026-11-28", &v, &n));
	assert_int_equal(n, 2);
	assert_string_equal(v[0].id, "OIG-21-19#5");
	assert_int_equal(v[0].ask, RT_ASK_EXTENSION);
	assert_string_equal(v[0].actor, "agency");
	assert_int_equal(v[0].days, 58);
	assert_string_equal(v[0].target, "2027-03-31");
	assert_string_equal(v[0].note, "slipped");
	assert_string_equal(v[1].id, "OIG-21-19#4");
	assert_int_equal(v[1].nevidence, 1);
	assert_int_equal(v[1].days, 18);
	rt_pending_free(v, n);
	ok(rt_pending_list(st, NULL, "2026-10-31", &v, &n));
	assert_int_equal(n, 1);
	assert_int_equal(v[0].days, 30);
	rt_pending_free(v, n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_pending_rules),
		cmocka_unit_test_setup_teardown(test_closure_cycle, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_evidence_form, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_extension, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_config_switches, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_pending_list, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
