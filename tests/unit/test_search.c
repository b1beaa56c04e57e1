/*
 * Unit tests of the full-text search.  Its contract (hits and their
 * order, snippets, the hit's context, filters and limit, query errors,
 * query words that are not UTF-8, the index following every write and
 * rollback) on each backend: SQLite always, PostgreSQL when
 * RECTRACK_TEST_PG_URL names a database the tests may empty
 * (tests/pg/run.sh sets it).  Then what is particular to SQLite files
 * (rows written by other programs, FTS5's own check, the upgrade from
 * schema version 1) and how texts are split into words.
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
#include "core/query.h"
#include "store/schema.h"
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

/* Raw SQL on the file, as another program would do it. */
static int
raw(const char *path, const char *sql)
{
	sqlite3 *db;
	int rc;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

/* FTS5's own check: the index holds exactly the texts of search_text. */
static void
assert_fts5_sound(const char *path)
{
	assert_int_equal(raw(path, "INSERT INTO search_index(search_index, "
	    "rank) VALUES ('integrity-check', 1)"), SQLITE_OK);
}

static int
no_problem(const struct rt_problem *p, void *arg)
{
	(void)arg;
	fail_msg("%s: %s: %s", p->check, p->subject, p->message);
	return 1;
}

/* The store's checks of the index find nothing and compare every word;
 * on SQLite, FTS5's own check agrees.  Outside a transaction. */
static void
assert_index_sound(const struct fx *fx)
{
	int ran, words;

	ok(rt_store_check_search(fx->st, no_problem, NULL));
	ok(rt_store_check_search_words(fx->st, no_problem, NULL, &ran,
	    &words));
	assert_int_equal(ran, 1);
	assert_int_equal(words, 1);
	if (!on_pg)
		assert_fts5_sound(fx->path);
}

static void
add_report(struct rt_store *st, const char *number, const char *title,
    const char *summary, const char *issued, const char *agency)
{
	struct rt_report r;

	memset(&r, 0, sizeof(r));
	r.number = (char *)number;
	r.title = (char *)title;
	r.summary = (char *)summary;
	r.issuer = "dhs-oig";
	r.type = "audit";
	snprintf(r.issued, sizeof(r.issued), "%s", issued);
	r.fiscal_year = atoi(issued) + 1;
	r.agency = (char *)agency;
	ok(rt_store_report_add(st, &r));
}

static void
add_rec(struct rt_store *st, const char *report, const char *number,
    const char *agency, enum rt_status status, const char *text)
{
	struct rt_rec rec;

	rt_rec_init(&rec);
	rec.report = (char *)report;
	rec.number = (char *)number;
	rec.text = (char *)text;
	rec.agency = (char *)agency;
	rec.status = status;
	ok(rt_store_rec_insert(st, &rec));
}

static void
fill(struct rt_store *st)
{
	struct rt_issuer is = { "dhs-oig", "DHS OIG", "oig" };
	struct rt_agency dhs = { "DHS", "Homeland Security", NULL, NULL, 0 };
	struct rt_agency cbp = { "CBP", "Customs", "DHS", NULL, 0 };
	struct rt_agency ice = { "ICE", "Immigration", "DHS", NULL, 0 };

	ok(rt_store_begin(st));
	ok(rt_store_issuer_add(st, &is));
	ok(rt_store_agency_add(st, &dhs));
	ok(rt_store_agency_add(st, &cbp));
	ok(rt_store_agency_add(st, &ice));
	add_report(st, "OIG-19-53", "Possible Fentanyl Exposure",
	    "CBP lacks an official policy for handling fentanyl and does not "
	    "require training on its hazards.", "2019-07-19", "CBP");
	add_report(st, "OIG-21-19", "Canine Program", NULL, "2021-02-08",
	    "CBP");
	add_rec(st, "OIG-19-53", "1", "CBP", RT_OPEN_PENDING,
	    "Provide tools to reverse overdoses from fentanyl and other "
	    "opioids.");
	add_rec(st, "OIG-21-19", "1", "CBP", RT_OPEN_RESOLVED,
	    "Improve oversight of the canine program.");
	add_rec(st, "OIG-21-19", "2", "ICE", RT_OPEN_UNRESOLVED,
	    "Train canine teams; record each Médical check.");
	ok(rt_store_commit(st));
}

static int
setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	int fd;

	if (on_pg) {
		snprintf(fx->path, sizeof(fx->path), "%s", pg_url);
		pg_empty(fx->path);
	} else {
		strcpy(fx->path, "/tmp/rectrack-test-search.XXXXXX");
		fd = mkstemp(fx->path);
		close(fd);
		unlink(fx->path);
	}
	ok(rt_store_open(fx->path, RT_STORE_CREATE, &fx->st));
	fill(fx->st);
	*state = fx;
	return 0;
}

static void
remove_db(const char *path)
{
	char side[300];

	unlink(path);
	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
}

static int
teardown(void **state)
{
	struct fx *fx = *state;

	rt_store_close(fx->st);
	if (!on_pg)
		remove_db(fx->path);
	free(fx);
	return 0;
}

/* "field:ID " for each hit, best first. */
static int
collect(const struct rt_search_hit *h, void *arg)
{
	struct rt_buf *b = arg;

	rt_buf_printf(b, "%s:%s%s%s ", rt_search_field_name(h->field),
	    h->report, h->number ? "#" : "", h->number ? h->number : "");
	return 0;
}

/* Parse text, then search with it and the rest of *q. */
static struct rt_error *
search(struct rt_store *st, const char *text, struct rt_search *q,
    int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	struct rt_query *parsed;
	struct rt_error *err;

	if ((err = rt_query_parse(text, &parsed)) != NULL)
		return err;
	q->query = parsed;
	err = rt_store_search(st, q, cb, arg);
	q->query = NULL;
	rt_query_free(parsed);
	return err;
}

static char *
hits(struct rt_store *st, const char *text, struct rt_search *q)
{
	struct rt_buf b = { 0 };

	ok(search(st, text, q, collect, &b));
	return b.s ? b.s : rt_strdup("");
}

static void
check_hits(struct rt_store *st, const char *query, const char *want)
{
	struct rt_search q = { 0 };
	char *s = hits(st, query, &q);

	assert_string_equal(s, want);
	free(s);
}

static void
test_fields_and_ranking(void **state)
{
	struct fx *fx = *state;

	/* the word once in each: the shorter the text, the better the hit
	 * (bm25); a title, a text and a summary of one report */
	check_hits(fx->st, "fentanyl", "title:OIG-19-53 text:OIG-19-53#1 "
	    "summary:OIG-19-53 ");
	/* OIG-21-19 has no summary */
	check_hits(fx->st, "canine", "title:OIG-21-19 text:OIG-21-19#1 "
	    "text:OIG-21-19#2 ");
	check_hits(fx->st, "tsunami", "");
}

static void
test_words(void **state)
{
	struct fx *fx = *state;

	/* case, diacritics and stems do not matter */
	check_hits(fx->st, "FENTANYL", "title:OIG-19-53 text:OIG-19-53#1 "
	    "summary:OIG-19-53 ");
	check_hits(fx->st, "medical", "text:OIG-21-19#2 ");
	check_hits(fx->st, "médical", "text:OIG-21-19#2 ");
	check_hits(fx->st, "overdose", "text:OIG-19-53#1 ");
	check_hits(fx->st, "train", "text:OIG-21-19#2 summary:OIG-19-53 ");
	/* prefixes, phrases, OR, NOT, NEAR */
	check_hits(fx->st, "fent*", "title:OIG-19-53 text:OIG-19-53#1 "
	    "summary:OIG-19-53 ");
	check_hits(fx->st, "\"canine program\"", "title:OIG-21-19 "
	    "text:OIG-21-19#1 ");
	check_hits(fx->st, "\"program canine\"", "");
	check_hits(fx->st, "opioids OR oversight", "text:OIG-21-19#1 "
	    "text:OIG-19-53#1 ");
	check_hits(fx->st, "canine NOT teams", "title:OIG-21-19 "
	    "text:OIG-21-19#1 ");
	check_hits(fx->st, "NEAR(policy fentanyl, 3)", "summary:OIG-19-53 ");
}

struct snip {
	char *snippet[4];
	int n;
};

static int
keep_snippet(const struct rt_search_hit *h, void *arg)
{
	struct snip *s = arg;

	s->snippet[s->n++] = rt_strdup(h->snippet);
	return s->n == 4;
}

static void
test_snippets_and_context(void **state)
{
	struct fx *fx = *state;
	struct rt_search q = { 0 };
	struct snip s = { { NULL }, 0 };
	int i;

	ok(search(fx->st, "fentanyl", &q, keep_snippet, &s));
	assert_int_equal(s.n, 3);
	/* each matched word between the marks, as written in the text */
	assert_string_equal(s.snippet[0], "Possible " RT_SEARCH_MARK_ON
	    "Fentanyl" RT_SEARCH_MARK_OFF " Exposure");
	assert_string_equal(s.snippet[1], "Provide tools to reverse overdoses "
	    "from " RT_SEARCH_MARK_ON "fentanyl" RT_SEARCH_MARK_OFF " and "
	    "other opioids.");
	/* a long text is cut to twelve words around the match */
	assert_string_equal(s.snippet[2], "CBP lacks an official policy for "
	    "handling " RT_SEARCH_MARK_ON "fentanyl" RT_SEARCH_MARK_OFF
	    " and does not require\xe2\x80\xa6");
	for (i = 0; i < s.n; i++)
		free(s.snippet[i]);
}

static int
check_context(const struct rt_search_hit *h, void *arg)
{
	int *n = arg;

	assert_int_equal(h->rank, ++*n);
	assert_string_equal(h->report, "OIG-19-53");
	assert_string_equal(h->title, "Possible Fentanyl Exposure");
	assert_string_equal(h->issuer, "dhs-oig");
	assert_string_equal(h->issued, "2019-07-19");
	assert_string_equal(h->agency, "CBP");
	if (h->field == RT_SEARCH_TEXT) {
		assert_string_equal(h->number, "1");
		assert_int_equal(h->status, RT_OPEN_PENDING);
	} else {
		assert_null(h->number);
		assert_int_equal(h->status, -1);
	}
	return 0;
}

static void
test_hit_context(void **state)
{
	struct fx *fx = *state;
	struct rt_search q = { 0 };
	int n = 0;

	ok(search(fx->st, "fentanyl", &q, check_context, &n));
	assert_int_equal(n, 3);
}

static void
test_filters_and_limit(void **state)
{
	struct fx *fx = *state;
	struct rt_search q = { 0 };
	char *s;

	q.limit = 2;
	s = hits(fx->st, "canine OR fentanyl", &q);
	assert_string_equal(s, "title:OIG-21-19 title:OIG-19-53 ");
	free(s);
	q.limit = 0;
	/* the responsible agency of a text, the report's of a title */
	q.agency = "ICE";
	s = hits(fx->st, "canine OR fentanyl", &q);
	assert_string_equal(s, "text:OIG-21-19#2 ");
	free(s);
	q.agency = "DHS";	/* with the agencies below it */
	s = hits(fx->st, "canine OR fentanyl", &q);
	assert_string_equal(s, "title:OIG-21-19 title:OIG-19-53 "
	    "text:OIG-21-19#1 text:OIG-21-19#2 text:OIG-19-53#1 "
	    "summary:OIG-19-53 ");
	free(s);
	q.agency = NULL;
	/* a text by its status; a title or summary when its report has a
	 * recommendation in that status */
	q.statuses = 1u << RT_OPEN_PENDING;
	s = hits(fx->st, "canine OR fentanyl", &q);
	assert_string_equal(s, "title:OIG-19-53 text:OIG-19-53#1 "
	    "summary:OIG-19-53 ");
	free(s);
	q.statuses = 1u << RT_CLOSED_IMPLEMENTED;
	s = hits(fx->st, "canine OR fentanyl", &q);
	assert_string_equal(s, "");
	free(s);
	q.statuses = 0;
	q.report = "OIG-21-19";
	s = hits(fx->st, "canine OR fentanyl", &q);
	assert_string_equal(s, "title:OIG-21-19 text:OIG-21-19#1 "
	    "text:OIG-21-19#2 ");
	free(s);
	q.report = NULL;
	q.issuer = "gao";
	s = hits(fx->st, "canine OR fentanyl", &q);
	assert_string_equal(s, "");
	free(s);
}

static void
test_malformed_queries(void **state)
{
	static const char syntax[] = "use words, \"a phrase\", a OR b, a NOT "
	    "b, prefix*, and put a word with punctuation at its start or end "
	    "in double quotes (\"U.S.\"); a report number or REPORT#NUMBER alone finds "
	    "that report or recommendation";
	struct fx *fx = *state;
	struct rt_search q = { 0 };
	struct rt_buf msg = { 0 };
	char *s;

	rt_buf_printf(&msg, "cannot understand the query '\"unbalanced' (a "
	    "double quote is not closed): %s", syntax);
	expect(search(fx->st, "\"unbalanced", &q, collect, NULL), RT_EINVAL,
	    msg.s);
	msg.len = 0;
	rt_buf_printf(&msg, "cannot understand the query 'AND' (syntax error "
	    "near \"AND\"): %s", syntax);
	expect(search(fx->st, "AND", &q, collect, NULL), RT_EINVAL, msg.s);
	msg.len = 0;
	rt_buf_printf(&msg, "cannot understand the query 'canine -text' (a "
	    "\"-\" or \":\" outside double quotes): %s", syntax);
	expect(search(fx->st, "canine -text", &q, collect, NULL), RT_EINVAL,
	    msg.s);
	msg.len = 0;
	rt_buf_printf(&msg, "the query is empty: %s", syntax);
	expect(search(fx->st, "  ", &q, collect, NULL), RT_EINVAL, msg.s);
	rt_buf_free(&msg);
	/* the store is still fine */
	s = hits(fx->st, "\"OIG-19-53\"", &q);
	assert_string_equal(s, "");
	free(s);
}

/* Bytes of a query that are not UTF-8 separate words, as in the texts. */
static void
test_words_not_utf8(void **state)
{
	struct fx *fx = *state;

	/* an overlong "/", a lone lead byte, a lone continuation byte */
	check_hits(fx->st, "canine\xc0\xafprogram", "title:OIG-21-19 "
	    "text:OIG-21-19#1 ");
	check_hits(fx->st, "fentanyl\xc0", "title:OIG-19-53 "
	    "text:OIG-19-53#1 summary:OIG-19-53 ");
	check_hits(fx->st, "\x80overdose", "text:OIG-19-53#1 ");
	check_hits(fx->st, "\"canine\xed\xa0\x80program\"", "title:OIG-21-19 "
	    "text:OIG-21-19#1 ");
}

static void
test_index_follows_changes(void **state)
{
	struct fx *fx = *state;
	struct rt_rec rec;
	struct rt_report r;

	ok(rt_store_rec_get(fx->st, "OIG-19-53", "1", &rec));
	free(rec.text);
	rec.text = rt_strdup("Stock naloxone at every port of entry.");
	ok(rt_store_begin(fx->st));
	ok(rt_store_rec_update(fx->st, &rec));
	ok(rt_store_commit(fx->st));
	rt_rec_free(&rec);
	check_hits(fx->st, "fentanyl", "title:OIG-19-53 summary:OIG-19-53 ");
	check_hits(fx->st, "naloxone", "text:OIG-19-53#1 ");

	/* a change of status leaves the text, and the index, alone */
	ok(rt_store_rec_get(fx->st, "OIG-21-19", "1", &rec));
	rec.status = RT_OPEN_UNRESOLVED;
	ok(rt_store_begin(fx->st));
	ok(rt_store_rec_update(fx->st, &rec));
	ok(rt_store_commit(fx->st));
	rt_rec_free(&rec);
	check_hits(fx->st, "oversight", "text:OIG-21-19#1 ");

	/* a new title, a summary added and one removed */
	ok(rt_store_report_get(fx->st, "OIG-21-19", &r));
	free(r.title);
	r.title = rt_strdup("Detector Dogs");
	r.summary = rt_strdup("The academy trains detector dogs.");
	ok(rt_store_begin(fx->st));
	ok(rt_store_report_update(fx->st, &r));
	ok(rt_store_commit(fx->st));
	rt_report_free(&r);
	check_hits(fx->st, "canine", "text:OIG-21-19#1 text:OIG-21-19#2 ");
	check_hits(fx->st, "dogs", "title:OIG-21-19 summary:OIG-21-19 ");
	ok(rt_store_report_get(fx->st, "OIG-19-53", &r));
	free(r.summary);
	r.summary = NULL;
	ok(rt_store_begin(fx->st));
	ok(rt_store_report_update(fx->st, &r));
	ok(rt_store_commit(fx->st));
	rt_report_free(&r);
	check_hits(fx->st, "fentanyl", "title:OIG-19-53 ");
	assert_index_sound(fx);
}

static void
test_new_rows_and_rollback(void **state)
{
	struct fx *fx = *state;

	/* found within the transaction that adds them, and by the next one */
	ok(rt_store_begin(fx->st));
	add_report(fx->st, "GAO-20-536", "Federal Prisons", "Staffing of "
	    "prisons.", "2020-07-09", "DHS");
	add_rec(fx->st, "GAO-20-536", "1", "DHS", RT_OPEN_PENDING,
	    "Improve prison staffing.");
	check_hits(fx->st, "prison*", "title:GAO-20-536 summary:GAO-20-536 "
	    "text:GAO-20-536#1 ");
	rt_store_rollback(fx->st);
	check_hits(fx->st, "prison*", "");
	assert_index_sound(fx);
	ok(rt_store_begin(fx->st));
	add_report(fx->st, "GAO-20-536", "Federal Prisons", NULL,
	    "2020-07-09", "DHS");
	add_rec(fx->st, "GAO-20-536", "1", "DHS", RT_OPEN_PENDING,
	    "Improve prison staffing.");
	ok(rt_store_commit(fx->st));
	assert_index_sound(fx);
	check_hits(fx->st, "prison*", "title:GAO-20-536 text:GAO-20-536#1 ");
}

static void
test_rows_written_by_others(void **state)
{
	struct fx *fx = *state;

	/* rows inserted behind rectrack's back are indexed before a search */
	assert_int_equal(raw(fx->path, "INSERT INTO recommendation(report_id, "
	    "number, sort_key, text, agency_id) SELECT id, '9', '019', "
	    "'Inventory the seized narcotics.', agency_id FROM report "
	    "WHERE number = 'OIG-21-19'"), SQLITE_OK);
	check_hits(fx->st, "narcotics", "text:OIG-21-19#9 ");
	assert_fts5_sound(fx->path);
	/* a deleted row leaves the index; the next row takes its id and is
	 * indexed */
	assert_int_equal(raw(fx->path, "DELETE FROM recommendation "
	    "WHERE number = '9'"), SQLITE_OK);
	assert_fts5_sound(fx->path);
	check_hits(fx->st, "narcotics", "");
	ok(rt_store_begin(fx->st));
	add_rec(fx->st, "OIG-21-19", "3", "CBP", RT_OPEN_PENDING,
	    "Count the narcotics again.");
	ok(rt_store_commit(fx->st));
	check_hits(fx->st, "narcotics", "text:OIG-21-19#3 ");
	assert_fts5_sound(fx->path);
	/* texts changed by others are followed at once by the triggers */
	assert_int_equal(raw(fx->path, "UPDATE report SET title = 'Dogs' "
	    "WHERE number = 'OIG-21-19'"), SQLITE_OK);
	check_hits(fx->st, "dogs", "title:OIG-21-19 ");
	assert_int_equal(raw(fx->path, "DELETE FROM recommendation; "
	    "DELETE FROM report"), SQLITE_OK);
	assert_fts5_sound(fx->path);
	check_hits(fx->st, "canine OR fentanyl OR dogs", "");
}

/* A database of schema version 1, as the previous rectrack left it, is
 * upgraded on open and its rows are indexed. */
static void
test_upgrade_indexes_old_rows(void **state)
{
	char path[] = "/tmp/rectrack-test-search-v1.XXXXXX";
	struct rt_store *st;
	sqlite3 *db;
	int fd, found, current;

	(void)state;
	fd = mkstemp(path);
	close(fd);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, rt_schema[0].sql, NULL, NULL, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
	    "PRAGMA user_version = 1;"
	    "PRAGMA application_id = 1381257795;"
	    "INSERT INTO issuer(code, name) VALUES ('gao', 'GAO');"
	    "INSERT INTO agency(code, name) VALUES ('DOJ', 'Justice');"
	    "INSERT INTO report(number, sort_key, title, issuer_id, issued, "
	    "  fiscal_year, agency_id, summary) "
	    "VALUES ('GAO-20-536', 'GAO-0220-03536', 'Federal Prisons', 1, "
	    "  '2020-07-09', 2020, 1, 'Staffing shortages.');"
	    "INSERT INTO recommendation(report_id, number, sort_key, text, "
	    "  agency_id) VALUES (1, '1', '011', 'Address staffing.', 1);",
	    NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	ok(rt_store_open(path, 0, &st));
	rt_store_versions(st, &found, &current);
	assert_int_equal(found, 1);
	assert_int_equal(current, rt_schema_count);
	/* two words each: equal scores, in the order of listings */
	check_hits(st, "staffing", "summary:GAO-20-536 text:GAO-20-536#1 ");
	check_hits(st, "prisons", "title:GAO-20-536 ");
	rt_store_close(st);
	assert_fts5_sound(path);
	remove_db(path);
}

/* The words of s as the index splits them, each followed by "|". */
static char *
words_of(const char *s)
{
	struct rt_buf b = { 0 };
	size_t at = 0, start, end;

	while (rt_search_word_next(s, strlen(s), &at, &start, &end))
		rt_buf_printf(&b, "%.*s|", (int)(end - start), s + start);
	return b.s ? b.s : rt_strdup("");
}

static void
check_words(const char *s, const char *want)
{
	char *got = words_of(s);

	assert_string_equal(got, want);
	free(got);
}

static void
test_word_splitting(void **state)
{
	(void)state;
	check_words("Canine program", "Canine|program|");
	check_words("  CBP's (REDACTED) 2021-02-08, ", "CBP|s|REDACTED|2021|"
	    "02|08|");
	check_words("foo_bar", "foo|bar|");
	check_words("Médical na\xc3\xafve", "Médical|na\xc3\xafve|");
	check_words("CBP\xe2\x80\x99s \xe2\x80\x9c" "dogs\xe2\x80\x9d",
	    "CBP|s|dogs|");
	check_words("", "");
	check_words("...", "");
	/* bytes that are not UTF-8 separate words: an overlong "/", a lone
	 * lead byte, a lone continuation byte, a surrogate */
	check_words("canine\xc0\xafprogram", "canine|program|");
	check_words("canine\xc0", "canine|");
	check_words("\x80" "canine\xed\xa0\x80" "x", "canine|x|");
	check_words("\xc0\xaf", "");
}

int
main(void)
{
	/* the contract, on each backend */
	const struct CMUnitTest contract[] = {
		cmocka_unit_test_setup_teardown(test_fields_and_ranking,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_snippets_and_context,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_hit_context, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_filters_and_limit, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_malformed_queries, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_words_not_utf8, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_index_follows_changes,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_rows_and_rollback,
		    setup, teardown),
	};
	/* SQLite files, and words */
	const struct CMUnitTest sqlite[] = {
		cmocka_unit_test_setup_teardown(test_rows_written_by_others,
		    setup, teardown),
		cmocka_unit_test(test_upgrade_indexes_old_rows),
		cmocka_unit_test(test_word_splitting),
	};
	int failed;

	failed = cmocka_run_group_tests_name("search on SQLite", contract,
	    NULL, NULL);
	failed += cmocka_run_group_tests_name("search: SQLite files", sqlite,
	    NULL, NULL);
	pg_url = getenv("RECTRACK_TEST_PG_URL");
	if (pg_url != NULL && *pg_url != '\0') {
		on_pg = 1;
		failed += cmocka_run_group_tests_name("search on PostgreSQL",
		    contract, NULL, NULL);
	}
	return failed;
}
