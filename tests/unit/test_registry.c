/* Unit tests of report set, agency and issuer set and rename, with
 * their events. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/rec.h"
#include "core/registry.h"
#include "store/store.h"

static struct rt_config cfg;

/* An in-memory database with report OIG-21-19 (CBP, 2021-02-08), one
 * recommendation resolved with a target of 2021-09-30. */
static int
setup(void **state)
{
	struct rt_issuer is = { "dhs-oig", "DHS OIG", "oig" };
	struct rt_agency dhs = { "DHS", "Homeland Security", NULL, NULL, 0 };
	struct rt_agency cbp = { "CBP", "Customs", "DHS", NULL, 0 };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_report r;
	struct rt_rec rec;
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
	rt_rec_init(&rec);
	rec.report = rt_strdup("OIG-21-19");
	rec.text = rt_strdup("Improve oversight");
	rec.status = RT_OPEN_RESOLVED;
	rec.concurrence = RT_CONC_CONCUR;
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

static int
collect(const struct rt_event *ev, void *arg)
{
	struct rt_buf *b = arg;

	rt_buf_printf(b, "%s %s %s %s:%s>%s|", ev->effective, ev->subject,
	    ev->kind, ev->field, ev->old ? ev->old : "",
	    ev->new ? ev->new : "");
	return 0;
}

/* The events about kind code, as one string. */
static char *
events_of(struct rt_store *st, enum rt_subject kind, const char *code)
{
	struct rt_buf b = { 0 };

	ok(rt_store_subject_event_list(st, kind, code, collect, &b));
	return b.s ? b.s : rt_strdup("");
}

static void
test_report_set_fields(void **state)
{
	struct rt_store *st = *state;
	struct rt_change ch[] = {
		{ "title", "Canine Program" },
		{ "topics", "b, a,,b" },
		{ "summary", "" },
	};
	struct rt_actor who = { "tester", "2021-03-01", "fix" };
	struct rt_events done;
	struct rt_report r;
	char *s;

	ok(rt_store_begin(st));
	ok(rt_report_set(st, "OIG-21-19", ch, 3, 10, &who, &done));
	ok(rt_store_commit(st));
	/* the summary was empty already: two events */
	assert_int_equal(done.n, 2);
	assert_string_equal(done.ev[1].new, "a, b");
	rt_events_free(&done);
	ok(rt_store_report_get(st, "OIG-21-19", &r));
	assert_string_equal(r.title, "Canine Program");
	assert_int_equal(r.ntopics, 2);
	rt_report_free(&r);
	s = events_of(st, RT_SUBJECT_REPORT, "OIG-21-19");
	assert_string_equal(s, "2021-03-01 report OIG-21-19 field title:"
	    "Canines>Canine Program|2021-03-01 report OIG-21-19 field "
	    "topics:>a, b|");
	free(s);
}

static void
test_report_issued(void **state)
{
	struct rt_store *st = *state;
	struct rt_change later = { "issued", "2021-03-01" };
	struct rt_change earlier = { "issued", "2020-09-01" };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_events done;
	struct rt_report r;

	ok(rt_store_begin(st));
	expect(rt_report_set(st, "OIG-21-19", &later, 1, 10, &who, &done),
	    RT_EREFUSED, "report OIG-21-19: issue date 2021-03-01 is after "
	    "dates of its recommendations, which would come before the "
	    "report: OIG-21-19#1 (2021-02-08)");
	rt_events_free(&done);
	rt_store_rollback(st);
	ok(rt_store_begin(st));
	ok(rt_report_set(st, "OIG-21-19", &earlier, 1, 10, &who, &done));
	ok(rt_store_commit(st));
	/* the issue date and the fiscal year it falls in */
	assert_int_equal(done.n, 2);
	assert_string_equal(done.ev[1].field, "fiscal_year");
	rt_events_free(&done);
	ok(rt_store_report_get(st, "OIG-21-19", &r));
	assert_string_equal(r.issued, "2020-09-01");
	assert_int_equal(r.fiscal_year, 2020);
	rt_report_free(&r);
}

static void
test_report_refusals(void **state)
{
	struct rt_store *st = *state;
	struct rt_change bad[] = { { "colour", "x" } };
	struct rt_change agency[] = { { "agency", "CPB" } };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_events done;

	ok(rt_store_begin(st));
	expect(rt_report_set(st, "OIG-21-19", bad, 1, 10, &who, &done),
	    RT_EINVAL, "colour: not a field of a report one can set "
	    "(expected one of title, issued, agency, issuer, type, "
	    "sensitivity, topics, summary, url)");
	rt_events_free(&done);
	expect(rt_report_set(st, "OIG-21-19", agency, 1, 10, &who, &done),
	    RT_ENOTFOUND, "CPB: no such agency (add it with 'rectrack "
	    "agency add'); did you mean \"CBP\"?");
	rt_events_free(&done);
	expect(rt_report_set(st, "OIG-21-91", agency, 1, 10, &who, &done),
	    RT_ENOTFOUND, "OIG-21-91: no such report");
	rt_events_free(&done);
	rt_store_rollback(st);
}

static void
test_agency_rename(void **state)
{
	struct rt_store *st = *state;
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_events done;
	struct rt_rec rec;
	char *s;

	ok(rt_store_begin(st));
	expect(rt_subject_rename(st, RT_SUBJECT_AGENCY, "CBP", "DHS", &who,
	    &done), RT_EEXIST, "agency DHS already exists (rename onto a "
	    "free code)");
	rt_events_free(&done);
	ok(rt_subject_rename(st, RT_SUBJECT_AGENCY, "CBP", "USCBP", &who,
	    &done));
	rt_events_free(&done);
	ok(rt_store_commit(st));
	ok(rt_store_rec_get(st, "OIG-21-19", "1", &rec));
	assert_string_equal(rec.agency, "USCBP");
	rt_rec_free(&rec);
	/* the event keeps the code as it was when recorded */
	s = events_of(st, RT_SUBJECT_AGENCY, "USCBP");
	assert_string_equal(s, "2026-11-28 agency CBP renamed code:CBP>"
	    "USCBP|");
	free(s);
}

static void
test_issuer_set(void **state)
{
	struct rt_store *st = *state;
	struct rt_change ch[] = { { "kind", "gao" }, { "name", "DHS OIG" } };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_events done;
	struct rt_issuer is;

	ok(rt_store_begin(st));
	ok(rt_issuer_set(st, "dhs-oig", ch, 2, &who, &done));
	ok(rt_store_commit(st));
	assert_int_equal(done.n, 1);
	rt_events_free(&done);
	ok(rt_store_issuer_get(st, "dhs-oig", &is));
	assert_string_equal(is.kind, "gao");
	rt_issuer_free(&is);
}

/* A copy gives the subject as first recorded; the row is found by its
 * present code. */
static void
test_subject_kept(void **state)
{
	struct rt_store *st = *state;
	struct rt_event ev;
	char *s;

	memset(&ev, 0, sizeof(ev));
	strcpy(ev.at, "2026-11-28T12:00:00Z");
	strcpy(ev.effective, "2026-11-28");
	ev.actor = "tester";
	ev.kind = "renamed";
	ev.field = "code";
	ev.old = "CPB";
	ev.new = "CBP";
	ev.subject = "agency CPB";
	ok(rt_store_begin(st));
	ok(rt_store_subject_event_add(st, RT_SUBJECT_AGENCY, "CBP", &ev));
	expect(rt_store_subject_event_add(st, RT_SUBJECT_AGENCY, "CBX", &ev),
	    RT_ENOTFOUND, "CBX: no such agency (add it with 'rectrack "
	    "agency add'); did you mean \"CBP\"?");
	ok(rt_store_commit(st));
	assert_int_equal(strlen(ev.hash), 64);
	s = events_of(st, RT_SUBJECT_AGENCY, "CBP");
	assert_string_equal(s, "2026-11-28 agency CPB renamed code:CPB>CBP|");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_report_set_fields, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_report_issued, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_report_refusals, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_agency_rename, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_issuer_set, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_subject_kept, setup,
		    teardown),
	};

	return cmocka_run_group_tests_name("registry", tests, NULL, NULL);
}
