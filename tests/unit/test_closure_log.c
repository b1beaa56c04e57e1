/*
 * Unit tests of the closure log (closure_log.c): the closings of a
 * period from the history, each with the requester of the closure
 * request its approval answered, the approver ("direct": none) and the
 * evidence cited; and the periods it takes.
 *
 * The data set is tests/data/summary.yaml (the tests run from the top of
 * the source tree); a request and its approval are added with
 * rt_event_write, as the commands record them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/error.h"
#include "core/closure_log.h"
#include "core/config.h"
#include "core/event.h"
#include "formats/import.h"
#include "store/store.h"

#define HASH "0123456789abcdef0123456789abcdef" \
	"0123456789abcdef0123456789abcdef"

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
	rt_config_free(&cfg);
	rt_clock_fix(NULL);
	return 0;
}

/* "ID CLOSED-AS ON REQUESTER APPROVER EVIDENCE|" each (static). */
static const char *
entries(const struct rt_closure_log *l)
{
	static char text[4096];
	size_t i, len = 0;

	text[0] = '\0';
	for (i = 0; i < l->n; i++) {
		const struct rt_closure *c = &l->v[i];

		len += (size_t)snprintf(text + len, sizeof(text) - len,
		    "%s#%s %s %s %s %s %s|", c->report, c->number,
		    c->closed_as, c->closed_on,
		    c->requester ? c->requester : "-",
		    c->approver ? c->approver : "direct",
		    c->evidence ? (strcmp(c->evidence, HASH) ? "?" : "H") :
		    "-");
	}
	return text;
}

static void
test_periods(void **state)
{
	struct rt_period p;

	(void)state;
	assert_int_equal(rt_closure_period_parse("FY2025", &p), 0);
	assert_string_equal(p.from, "2024-10-01");
	assert_string_equal(p.to, "2025-09-30");
	assert_string_equal(p.name, "FY2025");
	assert_int_equal(rt_closure_period_parse("fy2025", &p), 0);
	assert_int_equal(rt_closure_period_parse("2025H2", &p), 0);
	assert_string_equal(p.from, "2025-04-01");
	assert_int_equal(rt_closure_period_parse("FY25", &p), -1);
	assert_int_equal(rt_closure_period_parse("FY20255", &p), -1);
	assert_int_equal(rt_closure_period_parse("FY", &p), -1);
	assert_int_equal(rt_closure_period_parse("2025", &p), -1);
}

static void
test_log(void **state)
{
	struct rt_store *st = *state;
	struct rt_closure_log l;
	struct rt_filter f;
	struct rt_period p;
	struct rt_rec rec;

	memset(&f, 0, sizeof(f));
	assert_int_equal(rt_closure_period_parse("FY2025", &p), 0);
	ok(rt_closure_log_build(st, &f, &p, &l));
	/* closed by status: direct; by the day, then listing order */
	assert_string_equal(entries(&l),
	    "OIG-20-10#1 closed-implemented 2025-03-10 - direct -|"
	    "OIG-25-30#2 closed-implemented 2025-06-02 - direct -|");
	rt_closure_log_free(&l);
	assert_int_equal(l.n, 0);
	/* a request, returned; again with evidence; approved and closed
	 * in one change set */
	ok(rt_store_rec_get(st, "OIG-20-10", "2", &rec));
	ok(rt_store_begin(st));
	ok(rt_event_write(st, rec.id, "2026-01-05", "liaison", "request",
	    "closure", NULL, NULL, "done"));
	ok(rt_store_commit(st));
	ok(rt_store_begin(st));
	ok(rt_event_write(st, rec.id, "2026-01-06", "boss", "decision",
	    "closure", NULL, "returned", "no proof"));
	ok(rt_store_commit(st));
	ok(rt_store_begin(st));
	ok(rt_event_write(st, rec.id, "2026-02-01", "agent", "request",
	    "closure", NULL, HASH, "proof attached"));
	ok(rt_store_commit(st));
	ok(rt_store_begin(st));
	ok(rt_event_write(st, rec.id, "2026-02-10", "boss", "decision",
	    "closure", NULL, "approved", NULL));
	ok(rt_event_write(st, rec.id, "2026-02-10", "boss", "status",
	    "status", "open-resolved", "closed-implemented", "approved"));
	ok(rt_store_commit(st));
	rt_rec_free(&rec);
	assert_int_equal(rt_closure_period_parse("FY2026", &p), 0);
	ok(rt_closure_log_build(st, &f, &p, &l));
	assert_string_equal(entries(&l),
	    "OIG-23-05#2 closed-not-implemented 2025-10-20 - direct -|"
	    "OIG-20-10#2 closed-implemented 2026-02-10 agent boss H|");
	rt_closure_log_free(&l);
	assert_int_equal(rt_period_span("2026-01-01", "2026-06-30", &p), 0);
	ok(rt_closure_log_build(st, &f, &p, &l));
	assert_string_equal(entries(&l),
	    "OIG-20-10#2 closed-implemented 2026-02-10 agent boss H|");
	assert_int_equal(l.v[0].change, rt_store_change_last(st));
	assert_string_equal(l.v[0].requested_on, "2026-02-01");
	rt_closure_log_free(&l);
	/* as known before the approval: not closed */
	ok(rt_store_set_known(st, "2026-11-27T00:00:00Z"));
	ok(rt_closure_log_build(st, &f, &p, &l));
	assert_int_equal(l.n, 0);
	rt_closure_log_free(&l);
	ok(rt_store_set_known(st, NULL));
	/* another report only */
	f.report = "GAO-24-101";
	ok(rt_closure_log_build(st, &f, &p, &l));
	assert_int_equal(l.n, 0);
	rt_closure_log_free(&l);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_periods),
		cmocka_unit_test_setup_teardown(test_log, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
