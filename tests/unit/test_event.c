/*
 * Unit tests of the event module (event.c): the flags by name, the
 * effect of one event on a recommendation's state, the effective date's
 * checks, writing and loading events, and the order of the history.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/rec.h"
#include "store/store.h"

/* An in-memory database with report OIG-21-19 (issued 2021-02-08) and
 * its recommendation #1, open-pending; *rec is that recommendation. */
struct fx {
	struct rt_store *st;
	struct rt_rec rec;
};

static int
setup(void **state)
{
	struct rt_issuer is = { "dhs-oig", "DHS OIG", "oig" };
	struct rt_agency cbp = { "CBP", "Customs", NULL, NULL, 0 };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_config cfg;
	struct rt_report r;
	struct rt_rec rec;
	struct fx *fx = calloc(1, sizeof(*fx));

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &fx->st));
	ok(rt_store_begin(fx->st));
	ok(rt_store_issuer_add(fx->st, &is));
	ok(rt_store_agency_add(fx->st, &cbp));
	memset(&r, 0, sizeof(r));
	r.number = "OIG-21-19";
	r.title = "Canines";
	r.issuer = "dhs-oig";
	strcpy(r.issued, "2021-02-08");
	r.fiscal_year = 2021;
	r.agency = "CBP";
	ok(rt_store_report_add(fx->st, &r));
	ok(rt_store_commit(fx->st));
	rt_rec_init(&rec);
	rec.report = rt_strdup("OIG-21-19");
	rec.text = rt_strdup("Improve oversight");
	ok(rt_rec_add(fx->st, &cfg, &rec, &who, NULL));
	rt_rec_free(&rec);
	ok(rt_store_rec_get(fx->st, "OIG-21-19", "1", &fx->rec));
	rt_config_free(&cfg);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;

	rt_rec_free(&fx->rec);
	rt_store_close(fx->st);
	free(fx);
	rt_clock_fix(NULL);
	return 0;
}

static void
test_flags(void **state)
{
	struct rt_rec rec;
	int f;

	(void)state;
	assert_int_equal(rt_flag_lookup("on-hold"), RT_FLAG_ON_HOLD);
	assert_int_equal(rt_flag_lookup("on_hold"), RT_FLAG_ON_HOLD);
	assert_int_equal(rt_flag_lookup("partially-addressed"),
	    RT_FLAG_PARTIALLY_ADDRESSED);
	assert_int_equal(rt_flag_lookup("urgent"), -1);
	assert_int_equal(rt_flag_lookup(""), -1);
	assert_int_equal(rt_flag_lookup("a-name-much-longer-than-any-flag-"
	    "there-is"), -1);
	for (f = 0; f < RT_FLAG_COUNT; f++) {
		assert_int_equal(rt_flag_lookup(rt_flag_name(f)), f);
		assert_int_equal(rt_flag_lookup(rt_flag_field(f)), f);
	}
	assert_string_equal(rt_flag_name(RT_FLAG_CLOSURE_REQUESTED),
	    "closure-requested");
	assert_string_equal(rt_flag_field(RT_FLAG_CLOSURE_REQUESTED),
	    "closure_requested");
	assert_non_null(strstr(rt_flag_names(), "on-hold"));

	rt_rec_init(&rec);
	*rt_flag_ptr(&rec, RT_FLAG_SIGNIFICANT) = 1;
	assert_int_equal(rec.significant, 1);
	assert_int_equal(rt_flag_get(&rec, RT_FLAG_SIGNIFICANT), 1);
	assert_int_equal(rt_flag_get(&rec, RT_FLAG_PRIORITY), 0);

	/* only an open recommendation can be on hold or awaiting closure */
	rec.report = "OIG-21-19";
	rec.number = "1";
	rec.status = RT_CLOSED_IMPLEMENTED;
	expect(rt_flag_check(&rec, RT_FLAG_ON_HOLD, 1), RT_EREFUSED,
	    "OIG-21-19#1: is closed-implemented; only an open "
	    "recommendation can be on hold");
	expect(rt_flag_check(&rec, RT_FLAG_CLOSURE_REQUESTED, 1),
	    RT_EREFUSED, "OIG-21-19#1: is closed-implemented; only an open "
	    "recommendation can be awaiting closure");
	ok(rt_flag_check(&rec, RT_FLAG_ON_HOLD, 0));
	ok(rt_flag_check(&rec, RT_FLAG_PRIORITY, 1));
	rec.status = RT_OPEN_RESOLVED;
	ok(rt_flag_check(&rec, RT_FLAG_ON_HOLD, 1));
}

static void
test_apply(void **state)
{
	struct rt_event ev;
	struct rt_rec rec;

	(void)state;
	rt_rec_init(&rec);
	memset(&ev, 0, sizeof(ev));
	strcpy(ev.effective, "2022-01-05");
	ev.kind = "status";
	ev.new = "open-resolved";
	rt_event_apply(&rec, &ev);
	assert_int_equal(rec.status, RT_OPEN_RESOLVED);
	assert_string_equal(rec.resolved_date, "2022-01-05");
	assert_string_equal(rec.closed_date, "");

	strcpy(ev.effective, "2023-03-01");
	ev.new = "closed-implemented";
	rt_event_apply(&rec, &ev);
	assert_string_equal(rec.resolved_date, "2022-01-05");
	assert_string_equal(rec.closed_date, "2023-03-01");

	/* reopened: no closing date; the date of the management decision
	 * is kept, back in open-unresolved too */
	rt_event_status_apply(&rec, RT_OPEN_UNRESOLVED, "2023-04-01");
	assert_int_equal(rec.status, RT_OPEN_UNRESOLVED);
	assert_string_equal(rec.resolved_date, "2022-01-05");
	assert_string_equal(rec.closed_date, "");

	/* a reopening into open-resolved is no new decision */
	rt_event_status_apply(&rec, RT_CLOSED_IMPLEMENTED, "2023-05-01");
	rt_event_status_apply(&rec, RT_OPEN_RESOLVED, "2023-05-02");
	assert_string_equal(rec.resolved_date, "2022-01-05");
	assert_string_equal(rec.closed_date, "");
	/* a resolution from open-unresolved is one */
	rt_event_status_apply(&rec, RT_OPEN_UNRESOLVED, "2023-05-03");
	rt_event_status_apply(&rec, RT_OPEN_RESOLVED, "2023-05-04");
	assert_string_equal(rec.resolved_date, "2023-05-04");
	/* and so is a reopening into open-resolved without any before */
	rt_event_status_apply(&rec, RT_OPEN_UNRESOLVED, "2023-05-05");
	rec.resolved_date[0] = '\0';
	rt_event_status_apply(&rec, RT_CLOSED_NOT_IMPLEMENTED, "2023-05-06");
	assert_string_equal(rec.resolved_date, "");
	rt_event_status_apply(&rec, RT_OPEN_RESOLVED, "2023-05-07");
	assert_string_equal(rec.resolved_date, "2023-05-07");
	rt_event_status_apply(&rec, RT_OPEN_UNRESOLVED, "2023-05-08");

	/* the first target date is also the original one */
	ev.kind = "target";
	ev.new = "2024-06-30";
	rt_event_apply(&rec, &ev);
	ev.new = "2025-06-30";
	rt_event_apply(&rec, &ev);
	assert_string_equal(rec.target_date, "2025-06-30");
	assert_string_equal(rec.original_target_date, "2024-06-30");

	ev.kind = "concurrence";
	ev.new = "partial";
	rt_event_apply(&rec, &ev);
	assert_int_equal(rec.concurrence, RT_CONC_PARTIAL);

	ev.kind = "flag";
	ev.field = "on_hold";
	ev.new = "yes";
	rt_event_apply(&rec, &ev);
	assert_int_equal(rec.on_hold, 1);
	ev.new = "no";
	rt_event_apply(&rec, &ev);
	assert_int_equal(rec.on_hold, 0);

	/* field and note events change nothing of this state */
	ev.kind = "field";
	ev.field = "text";
	ev.new = "other";
	rt_event_apply(&rec, &ev);
	assert_null(rec.text);
	assert_int_equal(rec.status, RT_OPEN_UNRESOLVED);

	assert_string_equal(rt_event_kind_field("issued"), "status");
	assert_string_equal(rt_event_kind_field("status"), "status");
	assert_string_equal(rt_event_kind_field("concurrence"),
	    "concurrence");
	assert_string_equal(rt_event_kind_field("target"), "target_date");
	assert_null(rt_event_kind_field("flag"));
	assert_null(rt_event_kind_field("field"));
	assert_null(rt_event_kind_field("note"));
}

static void
test_effective_date(void **state)
{
	struct fx *fx = *state;
	char d[RT_DATE_SIZE];

	ok(rt_effective_date(NULL, &fx->rec, d));
	assert_string_equal(d, "2026-11-28");
	ok(rt_effective_date("", &fx->rec, d));
	assert_string_equal(d, "2026-11-28");
	ok(rt_effective_date("2021-02-08", &fx->rec, d));
	assert_string_equal(d, "2021-02-08");
	expect(rt_effective_date("2021-02-30", &fx->rec, d), RT_EINVAL,
	    "OIG-21-19#1: effective date \"2021-02-30\" is not a date "
	    "(expected YYYY-MM-DD, a day that exists)");
	expect(rt_effective_date("2026-11-29", &fx->rec, d), RT_EINVAL,
	    "OIG-21-19#1: effective date 2026-11-29 is after today "
	    "(2026-11-28)");
	expect(rt_effective_date("2021-02-07", &fx->rec, d), RT_EINVAL,
	    "OIG-21-19#1: effective date 2021-02-07 is before the report "
	    "was issued (2021-02-08)");
}

static void
test_write_load_and_order(void **state)
{
	struct fx *fx = *state;
	struct rt_events h;
	const struct rt_event *ev;

	ok(rt_store_begin(fx->st));
	ok(rt_event_write(fx->st, fx->rec.id, "2022-03-01", "auditor",
	    "status", NULL, "open-pending", "open-unresolved", "no answer"));
	ok(rt_event_write(fx->st, fx->rec.id, "2022-05-01", "auditor",
	    "flag", "priority", "no", "yes", NULL));
	ok(rt_store_commit(fx->st));

	ok(rt_events_load(fx->st, fx->rec.id, &h));
	assert_int_equal(h.n, 3);
	assert_string_equal(h.ev[0].kind, "issued");
	ev = &h.ev[1];
	assert_string_equal(ev->effective, "2022-03-01");
	assert_string_equal(ev->at, "2026-11-28T12:00:00Z");
	assert_string_equal(ev->actor, "auditor");
	assert_string_equal(ev->kind, "status");
	assert_null(ev->field);
	assert_string_equal(ev->old, "open-pending");
	assert_string_equal(ev->new, "open-unresolved");
	assert_string_equal(ev->note, "no answer");
	assert_string_equal(h.ev[2].field, "priority");

	/* the latest of one attribute; status counts issued */
	assert_string_equal(rt_events_latest(&h, "status", NULL),
	    "2022-03-01");
	assert_string_equal(rt_events_latest(&h, "flag", NULL), "2022-05-01");
	assert_string_equal(rt_events_latest(&h, "flag", "priority"),
	    "2022-05-01");
	assert_null(rt_events_latest(&h, "flag", "on_hold"));
	assert_null(rt_events_latest(&h, "target", NULL));

	ok(rt_events_order(&h, "X#1", "status", NULL, "2022-03-01"));
	ok(rt_events_order(&h, "X#1", "target", NULL, "2021-03-01"));
	expect(rt_events_order(&h, "X#1", "status", NULL, "2022-02-28"),
	    RT_EREFUSED, "X#1: effective date 2022-02-28 is before the "
	    "latest status change (2022-03-01); the history must stay in "
	    "order");
	expect(rt_events_order(&h, "X#1", "flag", "priority", "2022-04-01"),
	    RT_EREFUSED, "X#1: effective date 2022-04-01 is before the "
	    "latest priority change (2022-05-01); the history must stay in "
	    "order");

	/* a copy outlives the list it came from */
	{
		struct rt_events copy;

		memset(&copy, 0, sizeof(copy));
		assert_int_equal(rt_events_push(&copy, &h.ev[1]), 0);
		rt_events_free(&h);
		assert_int_equal(copy.n, 1);
		assert_string_equal(copy.ev[0].note, "no answer");
		rt_events_free(&copy);
		assert_null(copy.ev);
		assert_int_equal(copy.n, 0);
	}

	/* the same check against the store, naming the recommendation */
	ok(rt_check_order(fx->st, &fx->rec, "status", NULL, "2022-03-02"));
	expect(rt_check_order(fx->st, &fx->rec, "status", NULL,
	    "2021-12-31"), RT_EREFUSED, "OIG-21-19#1: effective date "
	    "2021-12-31 is before the latest status change (2022-03-01); "
	    "the history must stay in order");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_apply),
		cmocka_unit_test_setup_teardown(test_effective_date, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_write_load_and_order,
		    setup, teardown),
	};

	return cmocka_run_group_tests_name("event", tests, NULL, NULL);
}
