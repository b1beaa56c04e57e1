/*
 * Unit tests of the store: its contract (lookups, errors, ordering,
 * filters, transactions) on each backend, SQLite always and PostgreSQL
 * when RECTRACK_TEST_PG_URL names a database the tests may empty
 * (tests/pg/run.sh sets it); then what is particular to SQLite files
 * (missing, foreign and newer files, the schema's own checks).
 */
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/store.h"

struct fx {
	char path[256];		/* the file, or the server's URL */
	struct rt_store *st;
};

/* The PostgreSQL database of the second run (NULL: SQLite's run only),
 * and whether the tests now run on it. */
static const char *pg_url;
static int on_pg;

/* Empty the PostgreSQL database: its schema "rectrack" goes. */
static void
pg_empty(const char *url)
{
	PGconn *conn = PQconnectdb(url);
	PGresult *res;

	if (PQstatus(conn) != CONNECTION_OK)
		fail_msg("%s: %s", url, PQerrorMessage(conn));
	res = PQexec(conn, "SET client_min_messages = warning; "
	    "DROP SCHEMA IF EXISTS rectrack CASCADE");
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
		fail_msg("%s: %s", url, PQerrorMessage(conn));
	PQclear(res);
	PQfinish(conn);
}

static void
add_rec(struct rt_store *st, const char *report, const char *number,
    const char *agency, enum rt_status status)
{
	struct rt_rec rec;

	rt_rec_init(&rec);
	rec.report = (char *)report;
	rec.number = (char *)number;
	rec.text = (char *)"text";
	rec.agency = (char *)agency;
	rec.status = status;
	if (!rt_status_is_open(status))
		strcpy(rec.closed_date, "2021-01-01");
	ok(rt_store_rec_insert(st, &rec));
	assert_true(rec.id > 0);
}

/* A database with DHS/CBP, DHS/ICE, one issuer, two reports. */
static int
setup(void **state)
{
	static char *topics[] = { "Port of Entry", "Canines" };
	struct rt_issuer is = { "dhs-oig", "DHS OIG", "oig" };
	struct rt_agency dhs = { "DHS", "Homeland Security", NULL, NULL, 0 };
	struct rt_agency cbp = { "CBP", "Customs", "DHS", NULL, 0 };
	struct rt_agency ice = { "ICE", "Immigration", "DHS", NULL, 0 };
	struct rt_report r;
	struct fx *fx = calloc(1, sizeof(*fx));
	int fd;

	if (on_pg) {
		snprintf(fx->path, sizeof(fx->path), "%s", pg_url);
		pg_empty(fx->path);
	} else {
		strcpy(fx->path, "/tmp/rectrack-test-store.XXXXXX");
		fd = mkstemp(fx->path);
		close(fd);
		unlink(fx->path);
	}
	ok(rt_store_open(fx->path, RT_STORE_CREATE, &fx->st));
	ok(rt_store_begin(fx->st));
	ok(rt_store_issuer_add(fx->st, &is));
	ok(rt_store_agency_add(fx->st, &dhs));
	ok(rt_store_agency_add(fx->st, &cbp));
	ok(rt_store_agency_add(fx->st, &ice));
	memset(&r, 0, sizeof(r));
	r.number = "OIG-21-19";
	r.title = "Canines";
	r.issuer = "dhs-oig";
	r.type = "audit";
	strcpy(r.issued, "2021-02-08");
	r.fiscal_year = 2021;
	r.agency = "CBP";
	r.topics = topics;
	r.ntopics = 2;
	ok(rt_store_report_add(fx->st, &r));
	r.number = "OIG-20-1";
	strcpy(r.issued, "2020-01-01");
	r.agency = "ICE";
	r.ntopics = 0;
	ok(rt_store_report_add(fx->st, &r));
	add_rec(fx->st, "OIG-21-19", "10", "CBP", RT_OPEN_PENDING);
	add_rec(fx->st, "OIG-21-19", "2", "CBP", RT_CLOSED_IMPLEMENTED);
	add_rec(fx->st, "OIG-21-19", "10a", "ICE", RT_OPEN_RESOLVED);
	add_rec(fx->st, "OIG-20-1", "1", "ICE", RT_OPEN_UNRESOLVED);
	ok(rt_store_commit(fx->st));
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;
	char side[300];

	rt_store_close(fx->st);
	if (!on_pg) {
		unlink(fx->path);
		snprintf(side, sizeof(side), "%s-wal", fx->path);
		unlink(side);
		snprintf(side, sizeof(side), "%s-shm", fx->path);
		unlink(side);
	}
	free(fx);
	return 0;
}

static void
test_versions_and_reopen(void **state)
{
	struct fx *fx = *state;
	struct rt_store *again;
	int found, current;

	rt_store_versions(fx->st, &found, &current);
	assert_int_equal(found, 0);
	assert_true(current >= 1);
	ok(rt_store_open(fx->path, 0, &again));
	rt_store_versions(again, &found, &current);
	assert_int_equal(found, current);
	rt_store_close(again);
}

static void
test_missing_file(void **state)
{
	struct rt_store *st = NULL;

	(void)state;
	expect(rt_store_open("/tmp/rectrack-no-such.db", 0, &st), RT_ENOTFOUND,
	    "/tmp/rectrack-no-such.db: no database here (create one with "
	    "'rectrack init')");
	assert_null(st);
	assert_int_equal(access("/tmp/rectrack-no-such.db", F_OK), -1);
}

/* Raw SQL on the file, as another program would do it. */
static int
raw(const char *path, const char *sql)
{
	sqlite3 *db;
	int rc;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

static void
test_foreign_and_newer_databases(void **state)
{
	char path[] = "/tmp/rectrack-test-foreign.XXXXXX";
	struct rt_store *st = NULL;
	struct rt_error *err;
	char msg[256];
	int fd;

	(void)state;
	fd = mkstemp(path);
	close(fd);
	assert_int_equal(raw(path, "CREATE TABLE t(x)"), SQLITE_OK);
	snprintf(msg, sizeof(msg), "%s: not a rectrack database", path);
	expect(rt_store_open(path, RT_STORE_CREATE, &st), RT_EINVAL, msg);
	unlink(path);

	ok(rt_store_open(path, RT_STORE_CREATE, &st));
	rt_store_close(st);
	assert_int_equal(raw(path, "PRAGMA user_version = 99"), SQLITE_OK);
	err = rt_store_open(path, 0, &st);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EINVAL);
	assert_non_null(strstr(err->msg, "schema version 99 is newer"));
	rt_error_free(err);
	unlink(path);
}

static void
test_events_are_append_only(void **state)
{
	struct fx *fx = *state;
	struct rt_event ev;
	struct rt_rec rec;

	ok(rt_store_rec_get(fx->st, "OIG-21-19", "10", &rec));
	memset(&ev, 0, sizeof(ev));
	strcpy(ev.at, "2026-11-28T12:00:00Z");
	strcpy(ev.effective, "2021-02-08");
	ev.actor = "tester";
	ev.kind = "note";
	ev.note = "called the liaison";
	ok(rt_store_event_add(fx->st, rec.id, &ev));
	assert_true(ev.id > 0);
	rt_rec_free(&rec);
	assert_int_not_equal(raw(fx->path, "UPDATE event SET note = 'x'"),
	    SQLITE_OK);
	assert_int_not_equal(raw(fx->path, "DELETE FROM event"), SQLITE_OK);
	assert_int_equal(raw(fx->path, "SELECT 1 FROM event WHERE note = "
	    "'called the liaison'"), SQLITE_OK);
}

static void
test_schema_checks(void **state)
{
	struct fx *fx = *state;

	/* the enumerations and dates are checked by the schema itself */
	assert_int_not_equal(raw(fx->path, "UPDATE recommendation SET "
	    "status = 'opne'"), SQLITE_OK);
	assert_int_not_equal(raw(fx->path, "UPDATE recommendation SET "
	    "target_date = '2021-02-29'"), SQLITE_OK);
	assert_int_not_equal(raw(fx->path, "UPDATE recommendation SET "
	    "concurrence = 'maybe'"), SQLITE_OK);
	/* a closed recommendation needs its closed date */
	assert_int_not_equal(raw(fx->path, "UPDATE recommendation SET "
	    "status = 'closed-implemented' WHERE number = '10'"), SQLITE_OK);
}

static void
test_duplicates_and_unknowns(void **state)
{
	struct fx *fx = *state;
	struct rt_issuer is = { "dhs-oig", "again", "oig" };
	struct rt_agency ag = { "CBP", "again", NULL, NULL, 0 };
	struct rt_agency orphan = { "TSA", "TSA", "DOT", NULL, 0 };
	struct rt_rec rec;

	expect(rt_store_issuer_add(fx->st, &is), RT_EEXIST,
	    "issuer dhs-oig already exists");
	expect(rt_store_agency_add(fx->st, &ag), RT_EEXIST,
	    "agency CBP already exists");
	expect(rt_store_agency_add(fx->st, &orphan), RT_ENOTFOUND,
	    "DOT: no such parent agency (add it first)");
	expect(rt_store_rec_get(fx->st, "OIG-21-99", "1", &rec), RT_ENOTFOUND,
	    "OIG-21-99: no such report");
	expect(rt_store_rec_get(fx->st, "OIG-21-19", "7", &rec), RT_ENOTFOUND,
	    "OIG-21-19#7: no such recommendation (report OIG-21-19 has no "
	    "recommendation 7)");
	rt_rec_init(&rec);
	rec.report = "OIG-21-19";
	rec.number = "2";
	rec.text = "t";
	rec.agency = "CBP";
	expect(rt_store_rec_insert(fx->st, &rec), RT_EEXIST,
	    "OIG-21-19#2 already exists");
	rec.number = "3";
	rec.agency = "FEMA";
	expect(rt_store_rec_insert(fx->st, &rec), RT_ENOTFOUND,
	    "FEMA: no such agency (add it with 'rectrack agency add')");
}

static int
collect_agency(const struct rt_agency *ag, void *arg)
{
	struct rt_buf *b = arg;

	rt_buf_printf(b, "%s:%d ", ag->path, ag->depth);
	return 0;
}

static void
test_agency_tree(void **state)
{
	struct fx *fx = *state;
	struct rt_agency dhsx = { "DHS-X", "sibling", NULL, NULL, 0 };
	struct rt_agency ag;
	struct rt_buf b = { 0 };

	ok(rt_store_agency_add(fx->st, &dhsx));
	ok(rt_store_agency_list(fx->st, collect_agency, &b));
	/* children right under their parent, before a sibling "DHS-X" */
	assert_string_equal(b.s, "DHS:0 DHS/CBP:1 DHS/ICE:1 DHS-X:0 ");
	rt_buf_free(&b);
	ok(rt_store_agency_get(fx->st, "ICE", &ag));
	assert_string_equal(ag.path, "DHS/ICE");
	assert_string_equal(ag.parent, "DHS");
	rt_agency_free(&ag);
}

static int
collect_rec(const struct rt_rec *rec, void *arg)
{
	struct rt_buf *b = arg;

	rt_buf_printf(b, "%s#%s ", rec->report, rec->number);
	return 0;
}

static char *
list(struct rt_store *st, const struct rt_filter *f)
{
	struct rt_buf b = { 0 };

	ok(rt_store_rec_list(st, f, collect_rec, &b));
	return b.s ? b.s : rt_strdup("");
}

static void
test_rec_order_and_filters(void **state)
{
	struct fx *fx = *state;
	struct rt_filter f;
	char *s;

	memset(&f, 0, sizeof(f));
	/* issue date, then natural number order: 2 < 10 < 10a */
	s = list(fx->st, &f);
	assert_string_equal(s, "OIG-20-1#1 OIG-21-19#2 OIG-21-19#10 "
	    "OIG-21-19#10a ");
	free(s);
	f.agency = "DHS";		/* sub-agencies included */
	s = list(fx->st, &f);
	assert_string_equal(s, "OIG-20-1#1 OIG-21-19#2 OIG-21-19#10 "
	    "OIG-21-19#10a ");
	free(s);
	f.agency = "ICE";		/* the responsible agency counts */
	s = list(fx->st, &f);
	assert_string_equal(s, "OIG-20-1#1 OIG-21-19#10a ");
	free(s);
	f.agency = NULL;
	f.statuses = 1u << RT_CLOSED_IMPLEMENTED | 1u << RT_OPEN_PENDING;
	s = list(fx->st, &f);
	assert_string_equal(s, "OIG-21-19#2 OIG-21-19#10 ");
	free(s);
	f.statuses = 0;
	f.report = "OIG-20-1";
	s = list(fx->st, &f);
	assert_string_equal(s, "OIG-20-1#1 ");
	free(s);
	f.report = NULL;
	f.issuer = "gao";
	s = list(fx->st, &f);
	assert_string_equal(s, "");
	free(s);
}

static void
test_report_get(void **state)
{
	struct fx *fx = *state;
	struct rt_report r;

	ok(rt_store_report_get(fx->st, "OIG-21-19", &r));
	assert_string_equal(r.title, "Canines");
	assert_string_equal(r.issued, "2021-02-08");
	assert_string_equal(r.sensitivity, "public");
	assert_int_equal(r.ntopics, 2);
	assert_string_equal(r.topics[0], "Canines");
	assert_string_equal(r.topics[1], "Port of Entry");
	assert_int_equal(r.nrecs, 3);
	assert_int_equal(r.nopen, 2);
	rt_report_free(&r);
	expect(rt_store_report_get(fx->st, "OIG-99", &r), RT_ENOTFOUND,
	    "OIG-99: no such report");
}

static void
test_rollback_leaves_nothing(void **state)
{
	struct fx *fx = *state;
	struct rt_issuer is = { "gao", "GAO", "gao" }, got;

	ok(rt_store_begin(fx->st));
	ok(rt_store_issuer_add(fx->st, &is));
	rt_store_rollback(fx->st);
	expect(rt_store_issuer_get(fx->st, "gao", &got), RT_ENOTFOUND,
	    "gao: no such issuer (add it with 'rectrack issuer add')");
}

/* What a dry run's commit hands over: the events of the transaction's
 * own change set, with their subject. */
struct seen {
	int n;
	char kinds[64];
	char subject[64];
};

static int
seen_event(const struct rt_event *ev, void *arg)
{
	struct seen *s = arg;

	s->n++;
	strncat(s->kinds, ev->kind, sizeof(s->kinds) - strlen(s->kinds) - 2);
	strcat(s->kinds, " ");
	snprintf(s->subject, sizeof(s->subject), "%s", ev->subject);
	return 0;
}

static int
count_change(const struct rt_change_set *ch, void *arg)
{
	(void)ch;
	(*(int *)arg)++;
	return 0;
}

static void
test_dry_run_commits_nothing(void **state)
{
	struct fx *fx = *state;
	struct rt_issuer is = { "gao", "GAO", "gao" }, got;
	struct rt_event ev;
	struct rt_rec rec;
	struct rt_counts before, after;
	struct seen s = { 0, "", "" };
	int changes = 0;

	ok(rt_store_counts(fx->st, &before));
	ok(rt_store_rec_get(fx->st, "OIG-21-19", "10", &rec));
	rt_store_set_dry_run(fx->st, seen_event, &s);
	ok(rt_store_begin(fx->st));
	ok(rt_store_issuer_add(fx->st, &is));
	memset(&ev, 0, sizeof(ev));
	strcpy(ev.at, "2026-11-28T12:00:00Z");
	strcpy(ev.effective, "2021-02-08");
	ev.actor = "tester";
	ev.kind = "note";
	ev.note = "called the liaison";
	ok(rt_store_event_add(fx->st, rec.id, &ev));
	ev.kind = "flag";
	ev.field = "priority";
	ev.old = "no";
	ev.new = "yes";
	ok(rt_store_event_add(fx->st, rec.id, &ev));
	assert_true(rt_store_change_current(fx->st) > 0);
	ok(rt_store_commit(fx->st));
	rt_rec_free(&rec);
	assert_int_equal(s.n, 2);
	assert_string_equal(s.kinds, "note flag ");
	assert_string_equal(s.subject, "OIG-21-19#10");
	assert_int_equal(rt_store_change_current(fx->st), 0);
	/* nothing stayed: no issuer, no event, no change set */
	expect(rt_store_issuer_get(fx->st, "gao", &got), RT_ENOTFOUND,
	    "gao: no such issuer (add it with 'rectrack issuer add')");
	ok(rt_store_counts(fx->st, &after));
	assert_int_equal(after.events, before.events);
	ok(rt_store_change_list(fx->st, NULL, NULL, count_change, &changes));
	assert_int_equal(changes, 0);
	/* a commit without events hands nothing over */
	s.n = 0;
	ok(rt_store_begin(fx->st));
	ok(rt_store_issuer_add(fx->st, &is));
	ok(rt_store_commit(fx->st));
	assert_int_equal(s.n, 0);
	expect(rt_store_issuer_get(fx->st, "gao", &got), RT_ENOTFOUND,
	    "gao: no such issuer (add it with 'rectrack issuer add')");
}

int
main(void)
{
	/* the contract, on each backend */
	const struct CMUnitTest contract[] = {
		cmocka_unit_test_setup_teardown(test_versions_and_reopen,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_duplicates_and_unknowns,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_agency_tree, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_rec_order_and_filters,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_report_get, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_rollback_leaves_nothing,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_dry_run_commits_nothing,
		    setup, teardown),
	};
	/* SQLite files */
	const struct CMUnitTest sqlite[] = {
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_foreign_and_newer_databases),
		cmocka_unit_test_setup_teardown(test_events_are_append_only,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_schema_checks, setup,
		    teardown),
	};
	int failed;

	failed = cmocka_run_group_tests_name("store on SQLite", contract, NULL,
	    NULL);
	failed += cmocka_run_group_tests_name("store: SQLite files", sqlite,
	    NULL, NULL);
	pg_url = getenv("RECTRACK_TEST_PG_URL");
	if (pg_url != NULL && *pg_url != '\0') {
		on_pg = 1;
		failed += cmocka_run_group_tests_name("store on PostgreSQL",
		    contract, NULL, NULL);
	}
	return failed;
}
