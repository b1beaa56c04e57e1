/*
 * Unit tests of digests: who gets which items and who is copied
 * (core/digest.c: the configuration's Cc, an agency's liaison above the
 * official's agency, escalation to the official reported to, no address
 * twice), the officials named, and the message (formats/digest.c: its
 * Subject, the same bytes for the same clock, the refusals).
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/digest.h"
#include "core/event.h"
#include "core/rec.h"
#include "formats/digest.h"
#include "store/store.h"

static struct rt_config cfg;

static void
official(struct rt_store *st, const char *code, const char *email,
    const char *agency, const char *boss)
{
	struct rt_official o;

	memset(&o, 0, sizeof(o));
	o.code = (char *)code;
	o.name = (char *)code;
	o.email = (char *)email;
	o.agency = (char *)agency;
	o.reports_to = (char *)boss;
	ok(rt_store_official_add(st, &o));
}

static void
add_rec(struct rt_store *st, const char *report, enum rt_status s,
    const char *target, const char *who)
{
	struct rt_actor me = { "tester", NULL, NULL };
	struct rt_rec rec;

	rt_rec_init(&rec);
	rec.report = rt_strdup(report);
	rec.text = rt_strdup("Do it.");
	rec.status = s;
	rec.concurrence = RT_CONC_CONCUR;
	if (target)
		strcpy(rec.target_date, target);
	if (who)
		rec.official = rt_strdup(who);
	ok(rt_rec_add(st, &cfg, &rec, &me, NULL));
	rt_rec_free(&rec);
}

/*
 * DHS over CBP over OFO; officials boss (CBP, with an address), ofo (OFO,
 * reports to boss), cfo (DHS, no address) and lone (no agency).  R-1
 * (OFO, 2021): #1 overdue by years and #2 due soon for ofo; #3 due soon
 * for cfo; #4 undecided for nobody; #5 not due for boss.
 */
static int
setup(void **state)
{
	struct rt_issuer is = { "oig", "OIG", "oig" };
	struct rt_agency dhs = { "DHS", "DHS", NULL, NULL, 0 };
	struct rt_agency cbp = { "CBP", "CBP", "DHS", NULL, 0 };
	struct rt_agency ofo = { "OFO", "OFO", "CBP", NULL, 0 };
	struct rt_report r;
	struct rt_store *st;

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_store_begin(st));
	ok(rt_store_issuer_add(st, &is));
	ok(rt_store_agency_add(st, &dhs));
	ok(rt_store_agency_add(st, &cbp));
	ok(rt_store_agency_add(st, &ofo));
	official(st, "boss", "boss@cbp.example.gov", "CBP", NULL);
	official(st, "ofo", "ofo@cbp.example.gov", "OFO", "boss");
	official(st, "cfo", NULL, "DHS", NULL);
	official(st, "lone", "lone@example.gov", NULL, NULL);
	memset(&r, 0, sizeof(r));
	r.number = "R-1";
	r.title = "T";
	r.issuer = "oig";
	strcpy(r.issued, "2021-02-08");
	r.fiscal_year = 2021;
	r.agency = "OFO";
	ok(rt_store_report_add(st, &r));
	ok(rt_store_commit(st));
	add_rec(st, "R-1", RT_OPEN_RESOLVED, "2021-09-30", "ofo");
	add_rec(st, "R-1", RT_OPEN_RESOLVED, "2026-12-15", "ofo");
	add_rec(st, "R-1", RT_OPEN_RESOLVED, "2026-12-01", "cfo");
	add_rec(st, "R-1", RT_OPEN_UNRESOLVED, NULL, NULL);
	add_rec(st, "R-1", RT_OPEN_RESOLVED, "2027-06-30", "boss");
	*state = st;
	return 0;
}

static int
teardown(void **state)
{
	rt_store_close(*state);
	/* cfg holds no string of its own (the tests point at theirs) */
	rt_clock_fix(NULL);
	return 0;
}

static const struct rt_digest *
digest_of(const struct rt_digests *ds, const char *code)
{
	size_t i;

	for (i = 0; i < ds->n; i++)
		if (strcmp(ds->v[i].official.code, code) == 0)
			return &ds->v[i];
	return NULL;
}

static char *
cc_list(const struct rt_digest *d)
{
	struct rt_buf b = { 0 };
	size_t i;

	rt_buf_puts(&b, "");
	for (i = 0; i < d->ncc; i++)
		rt_buf_printf(&b, "%s%s", i ? "," : "", d->cc[i]);
	return b.s;
}

/* Items by official, the groups, the queue's unassigned ones. */
static void
test_items(void **state)
{
	struct rt_digests ds;
	const struct rt_digest *d;

	ok(rt_digests_build(*state, &cfg, "2026-11-28", 30, NULL, 0, &ds));
	assert_int_equal(ds.n, 2);		/* cfo and ofo, by code */
	assert_string_equal(ds.v[0].official.code, "cfo");
	assert_string_equal(ds.v[1].official.code, "ofo");
	assert_int_equal(ds.unassigned, 1);
	d = digest_of(&ds, "ofo");
	assert_int_equal(d->nitems, 2);
	assert_int_equal(d->count[RT_DUE_OVERDUE], 1);
	assert_int_equal(d->count[RT_DUE_SOON], 1);
	assert_int_equal(d->count[RT_DUE_UNDECIDED], 0);
	assert_int_equal(d->most_overdue, 1885);
	assert_null(digest_of(&ds, "boss"));	/* nothing due */
	assert_null(digest_of(&ds, "cfo")->official.email);
	rt_digests_free(&ds);
	/* a narrower window: ofo's due-soon item (17 days) drops out */
	ok(rt_digests_build(*state, &cfg, "2026-11-28", 10, NULL, 0, &ds));
	assert_int_equal(digest_of(&ds, "ofo")->nitems, 1);
	rt_digests_free(&ds);
}

/* The Cc: the configuration's, the liaisons of OFO's agency and those
 * above it (not another branch's), the boss when overdue long enough,
 * never an address twice nor the official's own. */
static void
test_recipients(void **state)
{
	static char *cc[] = { "records@oig.example.gov",
	    "ofo@cbp.example.gov", "records@oig.example.gov" };
	static struct rt_agency_cc liaisons[] = {
		{ "DHS", "dhs@dhs.example.gov" },
		{ "CBP", "cbp@cbp.example.gov" },
		{ "OFO", "boss@cbp.example.gov" },
	};
	struct rt_digests ds;
	const struct rt_digest *d;
	char *s;

	cfg.follow_up.cc = cc;
	cfg.follow_up.ncc = 3;
	cfg.follow_up.agency_cc = liaisons;
	cfg.follow_up.nagency_cc = 3;
	ok(rt_digests_build(*state, &cfg, "2026-11-28", 30, NULL, 0, &ds));
	d = digest_of(&ds, "ofo");
	s = cc_list(d);
	assert_string_equal(s, "records@oig.example.gov,dhs@dhs.example.gov,"
	    "cbp@cbp.example.gov,boss@cbp.example.gov");
	free(s);
	assert_string_equal(d->escalated, "boss");
	/* cfo (DHS): DHS's liaison only, not CBP's or OFO's */
	s = cc_list(digest_of(&ds, "cfo"));
	assert_string_equal(s, "records@oig.example.gov,ofo@cbp.example.gov,"
	    "dhs@dhs.example.gov");
	free(s);
	rt_digests_free(&ds);
	/* overdue by 1885 days: no escalation when the limit is higher */
	cfg.follow_up.nagency_cc = 0;
	cfg.follow_up.ncc = 0;
	cfg.follow_up.escalate_after_days = 1885;
	ok(rt_digests_build(*state, &cfg, "2026-11-28", 30, NULL, 0, &ds));
	d = digest_of(&ds, "ofo");
	assert_int_equal(d->ncc, 0);
	assert_null(d->escalated);
	rt_digests_free(&ds);
	cfg.follow_up.escalate_after_days = 1884;
	ok(rt_digests_build(*state, &cfg, "2026-11-28", 30, NULL, 0, &ds));
	assert_string_equal(digest_of(&ds, "ofo")->escalated, "boss");
	rt_digests_free(&ds);
	cfg.follow_up.cc = NULL;
	cfg.follow_up.agency_cc = NULL;
	cfg.follow_up.escalate_after_days = 30;
}

/* Officials named: only theirs; an unknown code; an unknown liaison
 * agency. */
static void
test_named(void **state)
{
	static struct rt_agency_cc ice[] = { { "ICE", "ice@ice.example.gov" } };
	const char *const named[] = { "boss", "cfo" };
	const char *const typo[] = { "ofo", "cf0" };
	struct rt_digests ds;
	struct rt_error *err;

	ok(rt_digests_build(*state, &cfg, "2026-11-28", 30, named, 2, &ds));
	assert_int_equal(ds.n, 1);
	assert_string_equal(ds.v[0].official.code, "cfo");
	assert_int_equal(ds.unassigned, 0);
	rt_digests_free(&ds);
	err = rt_digests_build(*state, &cfg, "2026-11-28", 30, typo, 2, &ds);
	assert_non_null(err);
	assert_int_equal(err->code, RT_ENOTFOUND);
	assert_non_null(strstr(err->msg, "did you mean \"cfo\""));
	rt_error_free(err);
	rt_digests_free(&ds);
	cfg.follow_up.agency_cc = ice;
	cfg.follow_up.nagency_cc = 1;
	expect(rt_digests_build(*state, &cfg, "2026-11-28", 30, NULL, 0, &ds),
	    RT_EINVAL, "configuration: follow_up.agency_cc: no agency \"ICE\"");
	rt_digests_free(&ds);
	cfg.follow_up.agency_cc = NULL;
	cfg.follow_up.nagency_cc = 0;
}

/* The message: its Subject, the same bytes twice, the refusals. */
static void
test_message(void **state)
{
	struct rt_buf a = { 0 }, b = { 0 }, subject = { 0 };
	struct rt_digests ds;
	const struct rt_digest *d;

	ok(rt_digests_build(*state, &cfg, "2026-11-28", 30, NULL, 0, &ds));
	d = digest_of(&ds, "ofo");
	assert_int_equal(rt_digest_subject(&ds, d, &subject), 0);
	assert_string_equal(subject.s, "Recommendations to follow up: "
	    "1 overdue, 1 due within 30 days (2026-11-28)");
	expect(rt_digest_message(&ds, d, &cfg, "2026-11-28T12:00:00Z",
	    "0a1b2c3d", &a), RT_EINVAL, "the digests need a sender: set "
	    "follow_up.from in the configuration");
	cfg.follow_up.from = "followup@oig.example.gov";
	ok(rt_digest_message(&ds, d, &cfg, "2026-11-28T12:00:00Z", "0a1b2c3d",
	    &a));
	ok(rt_digest_message(&ds, d, &cfg, "2026-11-28T12:00:00Z", "0a1b2c3d",
	    &b));
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.s, b.s, a.len);
	assert_non_null(strstr(a.s, "To: ofo <ofo@cbp.example.gov>\r\n"));
	assert_non_null(strstr(a.s, "filename=\"due-ofo-2026-11-28.csv\""));
	/* overdue by more than 30 days: the official reported to is copied,
	 * and the text says why */
	assert_non_null(strstr(a.s, "\r\nCc: boss@cbp.example.gov\r\n"));
	assert_non_null(strstr(a.s, "Copied to boss, to whom you report"));
	rt_buf_free(&b);
	/* no address: refused, nothing built */
	expect(rt_digest_message(&ds, digest_of(&ds, "cfo"), &cfg,
	    "2026-11-28T12:00:00Z", "0a1b2c3d", &b), RT_EINVAL,
	    "official cfo has no e-mail address");
	cfg.follow_up.from = NULL;
	rt_buf_free(&a);
	rt_buf_free(&b);
	rt_buf_free(&subject);
	rt_digests_free(&ds);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_items, setup, teardown),
		cmocka_unit_test_setup_teardown(test_recipients, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_named, setup, teardown),
		cmocka_unit_test_setup_teardown(test_message, setup,
		    teardown),
	};

	return cmocka_run_group_tests_name("digest", tests, NULL, NULL);
}
