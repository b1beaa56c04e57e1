/* Unit tests of what the store's backends share (rows.c): the errors for
 * what is or is not there, copies of records, topics, the reading of a
 * listing's rows by their columns, the gathering of the rows as stored. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/error.h"
#include "store/backend.h"
#include "store/store.h"

static void
test_errors(void **state)
{
	struct rt_agency ag = { "CBP", "Customs", "DHS", NULL, 0 };

	(void)state;
	expect(store_no_issuer("gao"), RT_ENOTFOUND,
	    "gao: no such issuer (add it with 'rectrack issuer add')");
	expect(store_no_agency("FEMA"), RT_ENOTFOUND,
	    "FEMA: no such agency (add it with 'rectrack agency add')");
	expect(store_no_parent("DOT"), RT_ENOTFOUND,
	    "DOT: no such parent agency (add it first)");
	expect(store_no_report("OIG-99"), RT_ENOTFOUND,
	    "OIG-99: no such report");
	expect(store_no_rec("OIG-21-19", "7"), RT_ENOTFOUND,
	    "OIG-21-19#7: no such recommendation (report OIG-21-19 has no "
	    "recommendation 7)");
	expect(store_exists("agency", "CBP"), RT_EEXIST,
	    "agency CBP already exists");
	expect(store_rec_exists("OIG-21-19", "2"), RT_EEXIST,
	    "OIG-21-19#2 already exists");
	expect(store_agency_cycle(&ag), RT_EINVAL,
	    "CBP: cannot be placed under DHS, which is itself or below it");
}

static void
test_topics_and_copies(void **state)
{
	struct rt_report r, copy;
	char **topics;
	size_t n;

	(void)state;
	assert_int_equal(store_split_topics("", &topics, &n), 0);
	assert_null(topics);
	assert_int_equal(n, 0);
	memset(&r, 0, sizeof(r));
	assert_int_equal(store_split_topics("Canines\037Port of Entry",
	    &r.topics, &r.ntopics), 0);
	assert_int_equal(r.ntopics, 2);
	assert_string_equal(r.topics[0], "Canines");
	assert_string_equal(r.topics[1], "Port of Entry");
	r.number = strdup("OIG-21-19");
	r.title = strdup("Canines");
	/* a get's callback: a deep copy, and the walk stops */
	memset(&copy, 0, sizeof(copy));
	assert_int_equal(store_report_copy(&r, &copy), 1);
	rt_report_free(&r);
	assert_string_equal(copy.number, "OIG-21-19");
	assert_string_equal(copy.title, "Canines");
	assert_null(copy.summary);
	assert_int_equal(copy.ntopics, 2);
	assert_string_equal(copy.topics[1], "Port of Entry");
	rt_report_free(&copy);
	assert_null(copy.number);
}

static int
count_events(const struct rt_stored_rec *rec, void *arg)
{
	int *seen = arg;

	assert_string_equal(rec->report, "OIG-21-19");
	assert_string_equal(rec->number, "2");
	*seen = (int)rec->nevents;
	return 0;
}

static void
test_group(void **state)
{
	struct store_group g;
	struct rt_stored_event *ev;
	int i, seen = -1;

	(void)state;
	memset(&g, 0, sizeof(g));
	g.cb = count_events;
	g.arg = &seen;
	g.s[0] = strdup("OIG-21-19");
	g.s[2] = strdup("2");
	store_group_start(&g);
	assert_true(g.have);
	for (i = 0; i < 20; i++) {	/* past the first allocation */
		assert_non_null(ev = store_group_event(&g));
		ev->kind = strdup("note");
	}
	assert_int_equal(store_group_flush(&g), 0);
	assert_int_equal(seen, 20);
	assert_false(g.have);
	assert_null(g.s[0]);
	store_group_free(&g);
}

static int
keep_report(const struct rt_report *r, void *arg)
{
	int *n = arg;

	assert_string_equal(r->number, "OIG-21-19");
	return ++*n;
}

/* A report's row as a backend gives it, column by column as text. */
static void
test_listing_columns(void **state)
{
	static const char *const row[] = { "OIG-21-19", "Canines", "dhs-oig",
	    NULL, "2021-02-08T00:00:00", "2021", "CBP", NULL, NULL, "public",
	    "3", NULL, "Canines\037Port of Entry" };
	const struct store_kind *k = &store_report_kind;
	union store_row rec;
	size_t i;
	int n = 0;

	(void)state;
	assert_int_equal(k->ncols, sizeof(row) / sizeof(row[0]));
	memset(&rec, 0, sizeof(rec));
	for (i = 0; i < k->ncols; i++)
		assert_int_equal(store_col_read(&k->cols[i], &rec, row[i]), 0);
	assert_string_equal(rec.report.title, "Canines");
	assert_null(rec.report.type);		/* NULL stays NULL */
	assert_string_equal(rec.report.issued, "2021-02-08");	/* a date */
	assert_int_equal(rec.report.fiscal_year, 2021);
	assert_int_equal(rec.report.nrecs, 3);
	assert_int_equal(rec.report.nopen, 0);	/* NULL: 0 */
	assert_int_equal(rec.report.ntopics, 2);
	assert_string_equal(rec.report.topics[1], "Port of Entry");
	/* the caller's callback of the record's own type */
	assert_int_equal(k->call((void (*)(void))keep_report, &rec, &n), 1);
	assert_int_equal(n, 1);
	k->free(&rec);
	assert_int_equal(store_issuer_kind.ncols, 3);
	assert_int_equal(store_agency_kind.ncols, 5);
	assert_string_equal(store_agency_kind.error, "cannot read agencies");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_topics_and_copies),
		cmocka_unit_test(test_group),
		cmocka_unit_test(test_listing_columns),
	};

	return cmocka_run_group_tests_name("rows", tests, NULL, NULL);
}
