/* Unit tests of the integrity check (check.c). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/check.h"
#include "core/config.h"
#include "core/rec.h"
#include "store/store.h"

/* The problems reported, one "check|subject|message" line each. */
struct seen {
	char text[8192];
	int n;
};

static int
collect(const struct rt_problem *p, void *arg)
{
	struct seen *s = arg;
	size_t len = strlen(s->text);

	snprintf(s->text + len, sizeof(s->text) - len, "%s|%s|%s\n",
	    p->check, p->subject, p->message);
	s->n++;
	return 0;
}

static int
stop_at_first(const struct rt_problem *p, void *arg)
{
	(void)p;
	(*(int *)arg)++;
	return 1;
}

/* A recommendation as stored: OIG-21-19#4, open-resolved since
 * 2021-05-10 with a target date, priority set, its official named. */
static struct rt_stored_event events[] = {
	{ 1, "2026-11-28T12:00:00Z", "2021-02-08", "me", "issued", "status",
	    NULL, "open-pending", NULL, 0 },
	{ 2, "2026-11-28T12:00:00Z", "2021-02-08", "me", "concurrence",
	    "concurrence", "pending", "concur", NULL, 0 },
	{ 3, "2026-11-28T12:00:00Z", "2021-05-10", "me", "target",
	    "target_date", NULL, "2021-09-30", NULL, 0 },
	{ 4, "2026-11-28T12:00:00Z", "2021-05-10", "me", "status", "status",
	    "open-pending", "open-resolved", NULL, 0 },
	{ 5, "2026-11-28T12:00:00Z", "2021-05-10", "me", "flag", "priority",
	    "no", "yes", NULL, 0 },
	{ 6, "2026-11-28T12:00:00Z", "2021-06-01", "me", "field", "official",
	    NULL, "OFO", NULL, 0 },
	{ 7, "2026-11-28T12:00:00Z", "2021-06-01", "me", "field",
	    "questioned_cost", NULL, "12.50", NULL, 0 },
	{ 8, "2026-11-28T12:00:00Z", "2021-06-02", "me", "note", NULL, NULL,
	    NULL, "asked", 0 },
};

static void
sound_rec(struct rt_stored_rec *r)
{
	int i;

	memset(r, 0, sizeof(*r));
	r->id = 4;
	r->report = "OIG-21-19";
	r->report_issued = "2021-02-08";
	r->number = "4";
	r->text = "Update guidance.";
	r->agency = "CBP";
	r->official = "OFO";
	r->concurrence = "concur";
	r->status = "open-resolved";
	r->target_date = "2021-09-30";
	r->original_target_date = "2021-09-30";
	r->resolved_date = "2021-05-10";
	r->priority = 1;
	for (i = 0; i < RT_MONEY_COUNT; i++)
		r->money_null[i] = 1;
	r->money[RT_QUESTIONED_COST] = 1250;
	r->money_null[RT_QUESTIONED_COST] = 0;
	r->events = events;
	r->nevents = sizeof(events) / sizeof(events[0]);
}

static void
test_sound_rec_passes(void **state)
{
	struct rt_stored_rec r;
	struct seen s = { "", 0 };

	(void)state;
	sound_rec(&r);
	assert_int_equal(rt_check_rec(&r, collect, &s), 0);
	assert_string_equal(s.text, "");
}

static void
test_row_against_history(void **state)
{
	struct rt_stored_rec r;
	struct seen s = { "", 0 };

	(void)state;
	sound_rec(&r);
	r.status = "closed-implemented";
	r.closed_date = "2021-07-01";
	r.concurrence = "partial";
	r.target_date = "2021-12-31";
	r.on_hold = 1;
	r.official = "Someone";
	r.money[RT_QUESTIONED_COST] = 99;
	assert_int_equal(rt_check_rec(&r, collect, &s), 0);
	assert_string_equal(s.text,
	    "history|OIG-21-19#4|status is closed-implemented, but its "
	    "history says open-resolved\n"
	    "history|OIG-21-19#4|concurrence is partial, but its history "
	    "says concur\n"
	    "history|OIG-21-19#4|target_date is 2021-12-31, but its history "
	    "says 2021-09-30\n"
	    "history|OIG-21-19#4|closed_date is 2021-07-01, but its history "
	    "says none\n"
	    "history|OIG-21-19#4|on_hold is yes, but its history says no\n"
	    "history|OIG-21-19#4|official is \"Someone\", but its latest "
	    "change (event 6) set \"OFO\"\n"
	    "history|OIG-21-19#4|questioned_cost is 0.99, but its latest "
	    "change (event 7) set \"12.50\"\n");
}

/*
 * A closing by mistake, its reopening and a move back to open-unresolved
 * keep the decision's date; a row written under the earlier rule (the
 * reopening's date, or none once unresolved) passes too, and nothing
 * else does.
 */
static void
test_decision_date(void **state)
{
	static struct rt_stored_event ev[] = {
		{ 1, "2026-11-28T12:00:00Z", "2021-02-08", "me", "issued",
		    "status", NULL, "open-pending", NULL, 0 },
		{ 2, "2026-11-28T12:00:00Z", "2021-05-10", "me", "status",
		    "status", "open-pending", "open-resolved", NULL, 0 },
		{ 3, "2026-11-28T12:00:00Z", "2021-06-01", "me", "status",
		    "status", "open-resolved", "closed-implemented", NULL, 0 },
		{ 4, "2026-11-28T12:00:00Z", "2021-06-02", "me", "status",
		    "status", "closed-implemented", "open-resolved", "oops", 0 },
		{ 5, "2026-11-28T12:00:00Z", "2021-07-01", "me", "status",
		    "status", "open-resolved", "open-unresolved", "withdrawn", 0 },
	};
	static const struct { size_t n; const char *status, *row; int ok; }
	    cases[] = {
		{ 4, "open-resolved", "2021-05-10", 1 },	/* the rule */
		{ 4, "open-resolved", "2021-06-02", 1 },	/* earlier */
		{ 4, "open-resolved", "2021-06-01", 0 },
		{ 4, "open-resolved", NULL, 0 },
		{ 5, "open-unresolved", "2021-05-10", 1 },	/* the rule */
		{ 5, "open-unresolved", NULL, 1 },		/* earlier */
		{ 5, "open-unresolved", "2021-06-02", 1 },	/* then this */
		{ 5, "open-unresolved", "2021-07-01", 0 },
		{ 1, "open-pending", "2021-02-08", 0 },		/* never */
	};
	struct rt_stored_rec r;
	struct seen s;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		sound_rec(&r);
		r.concurrence = "pending";
		r.target_date = r.original_target_date = NULL;
		r.official = NULL;
		r.priority = 0;
		r.money_null[RT_QUESTIONED_COST] = 1;
		r.events = ev;
		r.nevents = cases[i].n;
		r.status = cases[i].status;
		r.resolved_date = cases[i].row;
		memset(&s, 0, sizeof(s));
		assert_int_equal(rt_check_rec(&r, collect, &s), 0);
		if (cases[i].ok)
			assert_string_equal(s.text, "");
		else
			assert_int_equal(s.n, 1);
	}
}

/* The management decision's amounts: never more than what they are a
 * part of (a database whose CHECKs were bypassed), each against its
 * latest field event like the other money. */
static void
test_decision_amounts(void **state)
{
	struct rt_stored_rec r;
	struct seen s = { "", 0 };

	(void)state;
	sound_rec(&r);
	r.money[RT_DISALLOWED_COST] = 1251;
	r.money_null[RT_DISALLOWED_COST] = 0;
	r.money[RT_FUNDS_BETTER_USE] = 0;
	r.money_null[RT_FUNDS_BETTER_USE] = 0;
	r.money[RT_FBU_AGREED] = 0;
	r.money_null[RT_FBU_AGREED] = 0;
	assert_int_equal(rt_check_rec(&r, collect, &s), 0);
	assert_string_equal(s.text,
	    "value|OIG-21-19#4|disallowed_cost 1251 (cents) is more than "
	    "questioned_cost 1250\n");
	r.money[RT_FBU_AGREED] = 1;
	s.text[0] = '\0';
	assert_int_equal(rt_check_rec(&r, collect, &s), 0);
	assert_string_equal(s.text,
	    "value|OIG-21-19#4|disallowed_cost 1251 (cents) is more than "
	    "questioned_cost 1250\n"
	    "value|OIG-21-19#4|fbu_agreed 1 (cents) is more than "
	    "funds_better_use 0\n");
}

static void
test_missing_events(void **state)
{
	struct rt_stored_rec r;
	struct seen s = { "", 0 };

	(void)state;
	sound_rec(&r);
	r.events = NULL;
	r.nevents = 0;
	r.status = "open-pending";
	r.concurrence = "pending";
	r.target_date = r.original_target_date = r.resolved_date = NULL;
	r.priority = 0;
	/* fields no event changed are not compared */
	assert_int_equal(rt_check_rec(&r, collect, &s), 0);
	assert_string_equal(s.text, "history|OIG-21-19#4|has no issued "
	    "event\n");
}

static void
test_bad_values(void **state)
{
	static struct rt_stored_event bad[] = {
		{ 1, "2026-11-28T12:00:00Z", "2021-02-08", "me", "issued",
		    "status", NULL, "open-pending", NULL, 0 },
		{ 2, "2026-11-28T24:00:00Z", "2021-02-30", "me", "status",
		    "status", NULL, "opne", NULL, 0 },
		{ 3, "2026-11-28T12:00:00Z", "2021-03-01", "me", "field",
		    "questioned_cost", NULL, "a lot", NULL, 0 },
		{ 4, "2026-11-28T12:00:00Z", "2021-03-01", "me", "field",
		    "colour", NULL, "red", NULL, 0 },
		{ 5, "2026-11-28T12:00:00Z", "2021-03-01", "me", "target",
		    "target_date", NULL, NULL, NULL, 0 },
		{ 6, "2026-11-28T12:00:00Z", "2021-03-01", "me", "rumour",
		    NULL, NULL, NULL, NULL, 0 },
	};
	struct rt_stored_rec r;
	struct seen s = { "", 0 };

	(void)state;
	sound_rec(&r);
	r.events = bad;
	r.nevents = sizeof(bad) / sizeof(bad[0]);
	r.status = "closed\x1b[31m";
	r.concurrence = NULL;
	r.closed_date = "2021-02-29";
	r.priority = 0;
	r.significant = 3;
	r.target_date = r.original_target_date = r.resolved_date = NULL;
	r.money[RT_FUNDS_BETTER_USE] = -1;
	r.money_null[RT_FUNDS_BETTER_USE] = 0;
	r.official = NULL;
	r.money_null[RT_QUESTIONED_COST] = 1;
	assert_int_equal(rt_check_rec(&r, collect, &s), 0);
	/* a value that is not sound is not compared with the history */
	assert_string_equal(s.text,
	    "value|OIG-21-19#4|status \"closed\\x1b[31m\" is not a status "
	    "(expected one of open-pending, open-unresolved, open-resolved, "
	    "closed-implemented, closed-not-implemented)\n"
	    "value|OIG-21-19#4|concurrence NULL is not a concurrence "
	    "(expected one of pending, concur, partial, non-concur, "
	    "no-position)\n"
	    "value|OIG-21-19#4|closed_date \"2021-02-29\" is not a date "
	    "(YYYY-MM-DD, a day that exists)\n"
	    "value|OIG-21-19#4|significant 3 is not 0 or 1\n"
	    "value|OIG-21-19#4|funds_better_use -1 (cents) is negative\n"
	    "value|OIG-21-19#4|event 2: effective \"2021-02-30\" is not a "
	    "date (YYYY-MM-DD, a day that exists)\n"
	    "value|OIG-21-19#4|event 2: at \"2026-11-28T24:00:00Z\" is not a "
	    "time (YYYY-MM-DDTHH:MM:SSZ, in UTC)\n"
	    "value|OIG-21-19#4|event 2: new \"opne\" is not a status "
	    "(expected one of open-pending, open-unresolved, open-resolved, "
	    "closed-implemented, closed-not-implemented)\n"
	    "value|OIG-21-19#4|event 3: new \"a lot\" is not an amount of "
	    "dollars\n"
	    "value|OIG-21-19#4|event 4: field \"colour\" is not a field that "
	    "a field event changes (expected one of text, agency, official, "
	    "corrective_action, questioned_cost, unsupported_cost, "
	    "funds_better_use, potential_savings, disallowed_cost, "
	    "fbu_agreed)\n"
	    "value|OIG-21-19#4|event 5: new NULL is not a date (YYYY-MM-DD, "
	    "a day that exists)\n"
	    "value|OIG-21-19#4|event 6: kind \"rumour\" is not a kind of "
	    "event (expected one of issued, status, concurrence, target, "
	    "flag, field, note, imported, void, request, decision)\n");
}

static void
test_stop_and_missing_report(void **state)
{
	struct rt_stored_rec r;
	int n = 0;
	struct seen s = { "", 0 };

	(void)state;
	sound_rec(&r);
	r.status = "opne";
	r.concurrence = "??";
	assert_int_equal(rt_check_rec(&r, stop_at_first, &n), 1);
	assert_int_equal(n, 1);
	sound_rec(&r);
	r.report = NULL;
	r.report_issued = NULL;
	r.status = "open-unresolved";
	assert_int_equal(rt_check_rec(&r, collect, &s), 0);
	assert_string_equal(s.text, "history|recommendation 4|status is "
	    "open-unresolved, but its history says open-resolved\n");
}

/* ---- a database on disk -------------------------------------------- */

struct fx {
	char dir[64], db[96], copy[96];
	struct rt_store *st;
};

static int
setup(void **state)
{
	struct rt_config cfg;
	struct rt_issuer is = { "dhs-oig", "DHS OIG", "oig" };
	struct rt_agency cbp = { "CBP", "Customs", NULL, NULL, 0 };
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_report r;
	struct rt_rec rec;
	struct fx *fx = calloc(1, sizeof(*fx));

	rt_clock_fix("2026-11-28T12:00:00Z");
	rt_config_defaults(&cfg);
	strcpy(fx->dir, "/tmp/rectrack-test-check.XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->db, sizeof(fx->db), "%s/rectrack.db", fx->dir);
	snprintf(fx->copy, sizeof(fx->copy), "%s/backup.db", fx->dir);
	ok(rt_store_open(fx->db, RT_STORE_CREATE, &fx->st));
	ok(rt_store_begin(fx->st));
	ok(rt_store_issuer_add(fx->st, &is));
	ok(rt_store_agency_add(fx->st, &cbp));
	memset(&r, 0, sizeof(r));
	r.number = "OIG-21-19";
	r.title = "Canines";
	r.issuer = "dhs-oig";
	r.type = "audit";
	strcpy(r.issued, "2021-02-08");
	r.fiscal_year = 2021;
	r.agency = "CBP";
	r.sensitivity = "public";
	ok(rt_store_report_add(fx->st, &r));
	ok(rt_store_commit(fx->st));
	rt_rec_init(&rec);
	rec.report = rt_strdup("OIG-21-19");
	rec.text = rt_strdup("Improve oversight.");
	rec.status = RT_OPEN_RESOLVED;
	strcpy(rec.target_date, "2021-09-30");
	ok(rt_rec_add(fx->st, &cfg, &rec, &who, NULL));
	rt_rec_free(&rec);
	rt_config_free(&cfg);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;
	char cmd[160];

	rt_store_close(fx->st);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	assert_int_equal(system(cmd), 0);
	free(fx);
	rt_clock_fix(NULL);
	return 0;
}

static void
sql(const char *path, const char *text)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	if (sqlite3_exec(db, text, NULL, NULL, NULL) != SQLITE_OK)
		fail_msg("%s: %s", text, sqlite3_errmsg(db));
	sqlite3_close(db);
}

static void
test_clean_database(void **state)
{
	struct fx *fx = *state;
	struct rt_check_stats stats;
	struct seen s = { "", 0 };

	ok(rt_check(fx->st, 0, collect, &s, &stats));
	assert_string_equal(s.text, "");
	assert_int_equal(stats.problems, 0);
	assert_int_equal(stats.reports, 1);
	assert_int_equal(stats.recs, 1);
	assert_int_equal(stats.events, 2);
	assert_int_equal(stats.words, 1);
	ok(rt_check(fx->st, 1, collect, &s, &stats));
	assert_int_equal(stats.words, 0);
	assert_string_equal(s.text, "");
}

static void
test_tampered_database(void **state)
{
	struct fx *fx = *state;
	struct rt_check_stats stats;
	struct seen s = { "", 0 };

	sql(fx->db, "UPDATE recommendation SET status = 'open-unresolved', "
	    "resolved_date = NULL; CREATE TABLE notes(x); "
	    "INSERT INTO search_index(search_index, rowid, body) "
	    "SELECT 'delete', -2 * id, title FROM report");
	ok(rt_check(fx->st, 1, collect, &s, &stats));
	assert_string_equal(s.text,
	    "schema|table notes|is not part of rectrack's schema\n"
	    "history|OIG-21-19#1|status is open-unresolved, but its history "
	    "says open-resolved\n"
	    "history|OIG-21-19#1|resolved_date is none, but its history says "
	    "2021-02-08\n"
	    "search|report OIG-21-19|its title is not in the search index\n");
	assert_int_equal(stats.problems, 4);
}

static void
test_stop_on_request(void **state)
{
	struct fx *fx = *state;
	struct rt_check_stats stats;
	int n = 0;

	sql(fx->db, "UPDATE recommendation SET status = 'open-unresolved', "
	    "resolved_date = NULL");
	ok(rt_check(fx->st, 1, stop_at_first, &n, &stats));
	assert_int_equal(n, 1);
	assert_int_equal(stats.problems, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sound_rec_passes),
		cmocka_unit_test(test_row_against_history),
		cmocka_unit_test(test_decision_date),
		cmocka_unit_test(test_missing_events),
		cmocka_unit_test(test_decision_amounts),
		cmocka_unit_test(test_bad_values),
		cmocka_unit_test(test_stop_and_missing_report),
		cmocka_unit_test_setup_teardown(test_clean_database, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_tampered_database, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_stop_on_request, setup,
		    teardown),
	};

	return cmocka_run_group_tests_name("check", tests, NULL, NULL);
}
