/*
 * Unit tests of the YAML import: a recommendation imported, then every
 * field of it added, changed and cleared by importing it again, checked
 * event by event; the integrity check passes after each import.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#include "base/clock.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/check.h"
#include "core/config.h"
#include "formats/import.h"
#include "store/store.h"

struct fx {
	char dir[64], file[96];
	struct rt_config cfg;
	struct rt_store *st;
};

static int
setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	rt_config_defaults(&fx->cfg);
	strcpy(fx->dir, "/tmp/rectrack-test-import.XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->file, sizeof(fx->file), "%s/f.yaml", fx->dir);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &fx->st));
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;

	rt_store_close(fx->st);
	rt_config_free(&fx->cfg);
	unlink(fx->file);
	rmdir(fx->dir);
	rt_clock_fix(NULL);
	free(fx);
	return 0;
}

/* The report every file carries, then the recommendation's keys. */
static const char head[] =
    "issuers:\n"
    "  - {code: dhs-oig, name: DHS OIG, kind: oig}\n"
    "agencies:\n"
    "  - {code: DHS, name: Homeland Security}\n"
    "  - {code: CBP, name: Customs, parent: DHS}\n"
    "reports:\n"
    "  - number: OIG-21-19\n"
    "    title: Canines\n"
    "    issuer: dhs-oig\n"
    "    issued: 2021-02-08\n"
    "    agency: CBP\n"
    "    recommendations:\n"
    "      - number: \"1\"\n";

/* Import head followed by the keys in rec (indented by 8); the error. */
static struct rt_error *
import(struct fx *fx, const char *rec, struct rt_import_stats *stats)
{
	char *files[] = { fx->file };
	struct rt_error *err;
	FILE *fp;

	assert_non_null(fp = fopen(fx->file, "w"));
	fputs(head, fp);
	fputs(rec, fp);
	assert_int_equal(fclose(fp), 0);
	err = rt_import(fx->st, &fx->cfg, files, 1, "tester", 0, NULL, NULL,
	    stats);
	if (err == NULL)
		rt_import_stats_free(stats);
	return err;
}

static int
count_problem(const struct rt_problem *p, void *arg)
{
	print_message("check: %s: %s\n", p->subject, p->message);
	(*(long *)arg)++;
	return 0;
}

/* The integrity check finds nothing. */
static void
checked(struct fx *fx)
{
	struct rt_check_stats cs;
	long n = 0;

	ok(rt_check(fx->st, 1, count_problem, &n, &cs));
	assert_int_equal(n, 0);
}

struct list {
	struct rt_buf b;
	size_t skip;		/* events not to list (the earlier ones) */
};

static int
collect(const struct rt_event *ev, void *arg)
{
	struct list *l = arg;

	if (l->skip > 0) {
		l->skip--;
		return 0;
	}
	rt_buf_printf(&l->b, "%s %s %s %s>%s|", ev->effective, ev->kind,
	    ev->field ? ev->field : "-", ev->old ? ev->old : "-",
	    ev->new ? ev->new : "-");
	return 0;
}

/* The events of OIG-21-19#1 after the first `skip`, one per "|". */
static char *
events(struct fx *fx, size_t skip)
{
	struct list l = { { 0 }, skip };
	struct rt_rec rec;

	ok(rt_store_rec_get(fx->st, "OIG-21-19", "1", &rec));
	ok(rt_store_event_list(fx->st, rec.id, collect, &l));
	rt_rec_free(&rec);
	return l.b.s ? l.b.s : rt_strdup("");
}

static size_t
nevents(struct fx *fx)
{
	char *s = events(fx, 0), *p;
	size_t n = 0;

	for (p = s; *p; p++)
		n += *p == '|';
	free(s);
	return n;
}

static void
expect_events(struct fx *fx, size_t skip, const char *want)
{
	char *got = events(fx, skip);

	assert_string_equal(got, want);
	free(got);
}

/* A text field that was empty, set by a re-import after another text
 * field changed: the old value of the second is none (it reused the
 * first one's freed old value and freed it twice). */
static void
test_empty_field_after_change(void **state)
{
	struct fx *fx = *state;
	struct rt_import_stats stats;
	size_t n;
	struct rt_official of = { 0 };

	of.code = of.name = (char *)"Someone New";
	ok(rt_store_official_add(fx->st, &of));
	ok(import(fx, "        text: old text\n", &stats));
	n = nevents(fx);
	ok(import(fx, "        text: new text\n"
	    "        official: Someone New\n", &stats));
	expect_events(fx, n,
	    "2026-11-28 field text old text>new text|"
	    "2026-11-28 field official ->Someone New|");
	checked(fx);
}

/* Every field added, then changed, then cleared, by re-imports. */
static void
test_every_field(void **state)
{
	struct fx *fx = *state;
	struct rt_import_stats stats;
	struct rt_rec rec;
	size_t n;
	struct rt_official of = { 0 };

	of.code = of.name = (char *)"Office A";
	ok(rt_store_official_add(fx->st, &of));
	of.code = of.name = (char *)"Office B";
	ok(rt_store_official_add(fx->st, &of));
	ok(import(fx, "        text: first\n", &stats));
	expect_events(fx, 0, "2021-02-08 issued status ->open-pending|");
	checked(fx);

	/* added */
	n = nevents(fx);
	ok(import(fx,
	    "        text: first\n"
	    "        agency: DHS\n"
	    "        official: Office A\n"
	    "        corrective_action: Plan A\n"
	    "        concurrence: concur\n"
	    "        status: open-unresolved\n"
	    "        target_date: 2022-01-31\n"
	    "        priority: true\n"
	    "        significant: true\n"
	    "        on_hold: true\n"
	    "        closure_requested: true\n"
	    "        partially_addressed: true\n"
	    "        questioned_cost: 100\n"
	    "        unsupported_cost: 50\n"
	    "        funds_better_use: 200\n"
	    "        potential_savings: 10\n", &stats));
	assert_int_equal(stats.recs_changed, 1);
	expect_events(fx, n,
	    "2026-11-28 field agency CBP>DHS|"
	    "2026-11-28 field official ->Office A|"
	    "2026-11-28 field corrective_action ->Plan A|"
	    "2026-11-28 field questioned_cost ->100.00|"
	    "2026-11-28 field unsupported_cost ->50.00|"
	    "2026-11-28 field funds_better_use ->200.00|"
	    "2026-11-28 field potential_savings ->10.00|"
	    "2026-11-28 concurrence concurrence pending>concur|"
	    "2026-11-28 target target_date ->2022-01-31|"
	    "2026-11-28 flag priority no>yes|"
	    "2026-11-28 flag significant no>yes|"
	    "2026-11-28 flag on_hold no>yes|"
	    "2026-11-28 flag closure_requested no>yes|"
	    "2026-11-28 flag partially_addressed no>yes|"
	    "2026-11-28 status status open-pending>open-unresolved|");
	checked(fx);

	/* changed; the resolved_date cannot date the move, which would go
	 * before today's target date change: the move is today */
	n = nevents(fx);
	ok(import(fx,
	    "        text: second\n"
	    "        agency: CBP\n"
	    "        official: Office B\n"
	    "        corrective_action: Plan B\n"
	    "        concurrence: partial\n"
	    "        status: open-resolved\n"
	    "        resolved_date: 2023-05-01\n"
	    "        target_date: 2023-06-30\n"
	    "        priority: false\n"
	    "        significant: false\n"
	    "        questioned_cost: 120\n"
	    "        unsupported_cost: 60\n"
	    "        funds_better_use: 250\n"
	    "        potential_savings: 20\n"
	    "        disallowed_cost: 90\n"
	    "        fbu_agreed: 150.5\n", &stats));
	expect_events(fx, n,
	    "2026-11-28 field text first>second|"
	    "2026-11-28 field agency DHS>CBP|"
	    "2026-11-28 field official Office A>Office B|"
	    "2026-11-28 field corrective_action Plan A>Plan B|"
	    "2026-11-28 field questioned_cost 100.00>120.00|"
	    "2026-11-28 field unsupported_cost 50.00>60.00|"
	    "2026-11-28 field funds_better_use 200.00>250.00|"
	    "2026-11-28 field potential_savings 10.00>20.00|"
	    "2026-11-28 concurrence concurrence concur>partial|"
	    "2026-11-28 target target_date 2022-01-31>2023-06-30|"
	    "2026-11-28 flag priority yes>no|"
	    "2026-11-28 flag significant yes>no|"
	    "2026-11-28 status status open-unresolved>open-resolved|"
	    "2026-11-28 field disallowed_cost ->90.00|"
	    "2026-11-28 field fbu_agreed ->150.50|");
	checked(fx);

	/* cleared: the texts emptied, the flags lifted, closed (today:
	 * the latest move is today's; the file lifts the flags itself) */
	n = nevents(fx);
	ok(import(fx,
	    "        text: second\n"
	    "        official: \"\"\n"
	    "        corrective_action: \"\"\n"
	    "        status: closed-implemented\n"
	    "        closed_date: 2026-11-27\n"
	    "        on_hold: false\n"
	    "        closure_requested: false\n"
	    "        partially_addressed: false\n"
	    "        disallowed_cost: 0\n"
	    "        fbu_agreed: 0\n", &stats));
	expect_events(fx, n,
	    "2026-11-28 field official Office B>-|"
	    "2026-11-28 field corrective_action Plan B>-|"
	    "2026-11-28 flag partially_addressed yes>no|"
	    "2026-11-28 status status open-resolved>closed-implemented|"
	    "2026-11-28 flag on_hold yes>no|"
	    "2026-11-28 flag closure_requested yes>no|"
	    "2026-11-28 field disallowed_cost 90.00>0.00|"
	    "2026-11-28 field fbu_agreed 150.50>0.00|");
	checked(fx);
	ok(rt_store_rec_get(fx->st, "OIG-21-19", "1", &rec));
	assert_null(rec.official);
	assert_null(rec.corrective_action);
	assert_string_equal(rec.closed_date, "2026-11-28");
	assert_int_equal(rec.status, RT_CLOSED_IMPLEMENTED);
	rt_rec_free(&rec);

	/* the same file again writes nothing */
	n = nevents(fx);
	ok(import(fx,
	    "        text: second\n"
	    "        official: \"\"\n"
	    "        status: closed-implemented\n", &stats));
	assert_int_equal(stats.events, 0);
	assert_int_equal(nevents(fx), n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_empty_field_after_change,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_field, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
