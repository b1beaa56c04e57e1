/*
 * Unit tests of the OSCAL POA&M export (src/formats/oscal_export.c,
 * oscal_risks.c) and of the export's visitor walk it is built on
 * (rt_export_walk): the title of a risk-log entry, the date as an
 * instant, the configuration check, the order the walk hands things
 * over in, and a document and a refusal on a small register.
 */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/rec.h"
#include "formats/export.h"
#include "formats/oscal.h"
#include "formats/oscal_export.h"
#include "store/store.h"

static struct rt_config cfg;

static void
test_entry_title(void **state)
{
	struct rt_event ev;
	char buf[64], small[12];

	(void)state;
	memset(&ev, 0, sizeof(ev));
	ev.kind = "issued";
	ev.field = "status";
	ev.new = "open-pending";
	rt_oscal_entry_title(&ev, buf, sizeof(buf));
	assert_string_equal(buf, "issued: open-pending");
	ev.kind = "status";
	ev.old = "open-pending";
	ev.new = "open-resolved";
	rt_oscal_entry_title(&ev, buf, sizeof(buf));
	assert_string_equal(buf, "status: open-pending -> open-resolved");
	ev.kind = "field";
	ev.field = "official";
	ev.old = "cbp-ofo";
	ev.new = NULL;
	rt_oscal_entry_title(&ev, buf, sizeof(buf));
	assert_string_equal(buf, "field official: cbp-ofo -> (none)");
	/* a text of several lines is left to the props */
	ev.field = "text";
	ev.old = "one line";
	ev.new = "two\nlines";
	rt_oscal_entry_title(&ev, buf, sizeof(buf));
	assert_string_equal(buf, "field text");
	ev.kind = "note";
	ev.field = NULL;
	ev.old = ev.new = NULL;
	rt_oscal_entry_title(&ev, buf, sizeof(buf));
	assert_string_equal(buf, "note");
	ev.kind = "void";
	ev.voids = 36;
	rt_oscal_entry_title(&ev, buf, sizeof(buf));
	assert_string_equal(buf, "void of entry 36");
	/* cut at a character's start: "é" is two bytes */
	ev.kind = "field";
	ev.field = "title";
	ev.voids = 0;
	ev.new = "r\xc3\xa9sum\xc3\xa9";
	rt_oscal_entry_title(&ev, small, sizeof(small));
	assert_string_equal(small, "field title");
	rt_oscal_entry_title(&ev, buf, 16);
	assert_string_equal(buf, "field title: r");
	rt_oscal_entry_title(&ev, buf, 17);
	assert_string_equal(buf, "field title: r\xc3\xa9");
}

static void
test_date_time(void **state)
{
	char out[21];

	(void)state;
	rt_oscal_date_time("2021-02-08", out);
	assert_string_equal(out, "2021-02-08T00:00:00Z");
}

static void
test_ready(void **state)
{
	struct rt_error *err;

	(void)state;
	ok(rt_export_oscal_ready("cbp-canine", NULL));
	ok(rt_export_oscal_ready("cbp-canine", "https://ietf.org/rfc/rfc4122"));
	ok(rt_export_oscal_ready("x", "urn:uuid"));
	assert_non_null(err = rt_export_oscal_ready(NULL, NULL));
	assert_int_equal(err->code, RT_EINVAL);
	assert_non_null(strstr(err->msg, "set oscal.system_id"));
	rt_error_free(err);
	assert_non_null(err = rt_export_oscal_ready(" x", NULL));
	assert_non_null(strstr(err->msg, "oscal.system_id:"));
	rt_error_free(err);
	assert_non_null(err = rt_export_oscal_ready("x", "rfc4122"));
	assert_non_null(strstr(err->msg, "is not a URI"));
	rt_error_free(err);
	assert_non_null(err = rt_export_oscal_ready("x", "https:"));
	rt_error_free(err);
	assert_non_null(err = rt_export_oscal_ready("x", "a b:c"));
	rt_error_free(err);
}

/* One issuer, one agency, report R-1 with two recommendations and
 * report R-2 with none. */
static int
setup(void **state)
{
	struct rt_issuer is = { "oig", "An OIG", "oig" };
	struct rt_agency ag = { "AG", "An agency", NULL, NULL, 0 };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_report r;
	struct rt_store *st;
	struct rt_rec rec;
	int i;

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_store_set_uid(st, "0a1b2c3d"));
	ok(rt_store_begin(st));
	ok(rt_store_issuer_add(st, &is));
	ok(rt_store_agency_add(st, &ag));
	memset(&r, 0, sizeof(r));
	r.number = "R-1";
	r.title = "A report";
	r.issuer = "oig";
	r.type = "audit";
	strcpy(r.issued, "2021-02-08");
	r.fiscal_year = 2021;
	r.agency = "AG";
	r.sensitivity = "public";
	ok(rt_store_report_add(st, &r));
	r.number = "R-2";
	ok(rt_store_report_add(st, &r));
	ok(rt_store_commit(st));
	for (i = 0; i < 2; i++) {
		rt_rec_init(&rec);
		rec.report = rt_strdup("R-1");
		rec.text = rt_strdup(i ? "Two." : "One.");
		rec.status = RT_OPEN_UNRESOLVED;
		rec.concurrence = RT_CONC_CONCUR;
		ok(rt_rec_add(st, &cfg, &rec, &who, NULL));
		rt_rec_free(&rec);
	}
	*state = st;
	return 0;
}

static int
teardown(void **state)
{
	rt_store_close(*state);
	rt_config_free(&cfg);
	return 0;
}

/* The walk's calls, one letter each. */
static char calls[64];

static void
call(char c)
{
	size_t n = strlen(calls);

	if (n + 1 < sizeof(calls))
		calls[n] = c, calls[n + 1] = '\0';
}

static int
v_report(const struct rt_report *r, void *arg)
{
	(void)r, (void)arg;
	call('P');
	return 0;
}

static int
v_rec(const struct rt_rec *rec, void *arg)
{
	(void)rec, (void)arg;
	call('r');
	return 0;
}

static int
v_event(const struct rt_rec *rec, const struct rt_event *ev, void *arg)
{
	(void)rec, (void)ev, (void)arg;
	call('e');
	return 0;
}

static int
v_rec_end(const struct rt_rec *rec, void *arg)
{
	(void)rec, (void)arg;
	call('.');
	return 0;
}

static int
v_report_end(const struct rt_report *r, void *arg)
{
	(void)r, (void)arg;
	call('/');
	return 0;
}

/* stop at the second recommendation */
static int
v_stop(const struct rt_rec *rec, void *arg)
{
	(void)arg;
	call('r');
	return strcmp(rec->number, "2") == 0;
}

static void
test_walk(void **state)
{
	struct rt_export_visit v = {
		.report = v_report, .rec = v_rec, .event = v_event,
		.rec_end = v_rec_end, .report_end = v_report_end,
	};
	struct rt_filter f;

	memset(&f, 0, sizeof(f));
	calls[0] = '\0';
	ok(rt_export_walk(*state, &f, NULL, &v, NULL));
	/* each rec with its history (issued, concurrence);
	 * R-2 has none but is written (no filter on recommendations) */
	assert_string_equal(calls, "Pree.ree./P/");
	/* as of a day before the issue: nothing */
	calls[0] = '\0';
	ok(rt_export_walk(*state, &f, "2020-01-01", &v, NULL));
	assert_string_equal(calls, "");
	/* with a filter on recommendations, R-2 is left out; no history
	 * read without an event member */
	f.statuses = 1u << RT_OPEN_UNRESOLVED;
	v.event = NULL;
	calls[0] = '\0';
	ok(rt_export_walk(*state, &f, NULL, &v, NULL));
	assert_string_equal(calls, "Pr.r./");
	v.rec = v_stop;
	calls[0] = '\0';
	ok(rt_export_walk(*state, &f, NULL, &v, NULL));
	assert_string_equal(calls, "Pr.r");
}

static void
test_document(void **state)
{
	struct rt_oscal_export_opts o;
	struct rt_error *err;
	struct rt_filter f;
	char ns[RT_UUID_SIZE], u[RT_UUID_SIZE], *buf = NULL;
	size_t len = 0;
	FILE *fp;

	memset(&f, 0, sizeof(f));
	memset(&o, 0, sizeof(o));
	o.system_id = "sys";
	o.now = "2026-11-28T12:00:00Z";
	assert_non_null(fp = open_memstream(&buf, &len));
	ok(rt_export_oscal(*state, &f, &o, fp));
	fclose(fp);
	assert_non_null(strstr(buf, "{\n  \"plan-of-action-and-milestones\": {\n"
	    "    \"uuid\": "));
	assert_int_equal(rt_oscal_register_ns("0a1b2c3d", ns), 0);
	assert_int_equal(rt_oscal_uuid(ns, "risk", "R-1#2", u), 0);
	assert_non_null(strstr(buf, u));
	assert_non_null(strstr(buf, "\"status\": \"investigating\""));
	/* no identifier type: left out */
	assert_null(strstr(buf, "identifier-type"));
	assert_int_equal(buf[len - 1], '\n');
	free(buf);

	/* a selection without a recommendation: refused, nothing written */
	buf = NULL;
	f.report = "R-2";
	assert_non_null(fp = open_memstream(&buf, &len));
	assert_non_null(err = rt_export_oscal(*state, &f, &o, fp));
	fclose(fp);
	assert_int_equal(err->code, RT_EREFUSED);
	assert_string_equal(err->msg, "export --format oscal-poam: nothing to "
	    "export: the filter selects no recommendation");
	assert_int_equal(len, 0);
	rt_error_free(err);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_entry_title),
		cmocka_unit_test(test_date_time),
		cmocka_unit_test(test_ready),
		cmocka_unit_test_setup_teardown(test_walk, setup, teardown),
		cmocka_unit_test_setup_teardown(test_document, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
