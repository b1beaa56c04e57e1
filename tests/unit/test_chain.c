/*
 * Unit tests of the chain's verification (core/chain.c): a sound chain
 * and seals along it, an event changed, deleted or inserted behind the
 * store's back, a void whose voided event changed, and the seals users
 * type.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/chain.h"
#include "base/clock.h"
#include "base/error.h"
#include "base/util.h"
#include "core/chain.h"
#include "core/config.h"
#include "core/rec.h"
#include "store/store.h"

/* A database on disk with report OIG-21-19, its recommendation #1
 * (events 1 and 2), then events 3 (a note), 4 (another note) and 5 (a
 * void of 3). */
struct fx {
	char dir[64], db[96];
	struct rt_store *st;
	char hash[6][RT_HASH_SIZE];	/* the stored hash of each event */
};

static void
add_event(struct fx *fx, int64_t rec, const char *note, int64_t voids)
{
	struct rt_event ev;

	memset(&ev, 0, sizeof(ev));
	strcpy(ev.at, "2026-11-28T12:00:00Z");
	strcpy(ev.effective, "2021-03-01");
	ev.actor = "tester";
	ev.kind = voids ? "void" : "note";
	ev.note = (char *)note;
	ev.voids = voids;
	ok(rt_store_begin(fx->st));
	ok(rt_store_event_add(fx->st, rec, &ev));
	ok(rt_store_commit(fx->st));
	strcpy(fx->hash[ev.id], ev.hash);
}

static int
hash_cb(const struct rt_event *ev, void *arg)
{
	struct fx *fx = arg;

	strcpy(fx->hash[ev->id], ev->hash);
	return 0;
}

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
	strcpy(fx->dir, "/tmp/rectrack-test-chain.XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->db, sizeof(fx->db), "%s/rectrack.db", fx->dir);
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
	ok(rt_store_event_walk(fx->st, hash_cb, fx));
	add_event(fx, 1, "asked", 0);
	add_event(fx, 1, "asked again", 0);
	add_event(fx, 1, "recorded by mistake", 3);
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
test_sound_chain_and_seals(void **state)
{
	struct fx *fx = *state;
	struct rt_chain_result res;

	ok(rt_chain_verify(fx->st, NULL, &res));
	assert_int_equal(res.events, 5);
	assert_int_equal(res.breaks, 0);
	assert_string_equal(res.head, fx->hash[5]);
	assert_string_equal(res.head_at, "2026-11-28T12:00:00Z");
	assert_int_equal(res.sealed, 0);
	rt_chain_result_free(&res);
	/* the head, and a seal taken earlier */
	ok(rt_chain_verify(fx->st, fx->hash[5], &res));
	assert_int_equal(res.sealed, 1);
	assert_int_equal(res.seal_events, 5);
	rt_chain_result_free(&res);
	ok(rt_chain_verify(fx->st, fx->hash[2], &res));
	assert_int_equal(res.sealed, 1);
	assert_int_equal(res.seal_events, 2);
	assert_string_equal(res.seal_at, "2026-11-28T12:00:00Z");
	rt_chain_result_free(&res);
	/* a hash that is no link of this chain */
	ok(rt_chain_verify(fx->st, "00000000000000000000000000000000"
	    "00000000000000000000000000000000", &res));
	assert_int_equal(res.sealed, 0);
	assert_int_equal(res.breaks, 0);
	rt_chain_result_free(&res);
}

/* Each event's link is the hash of its fields over the link before. */
static void
test_links_are_the_canonical_hash(void **state)
{
	struct fx *fx = *state;
	struct rt_chain_fields f = { "OIG-21-19#1", "2026-11-28T12:00:00Z",
	    "2021-03-01", "tester", "note", NULL, NULL, NULL, "asked again",
	    NULL };
	char h[RT_HASH_SIZE];

	assert_int_equal(rt_chain_hash(fx->hash[3], &f, h), 0);
	assert_string_equal(h, fx->hash[4]);
	f.kind = "void";
	f.note = "recorded by mistake";
	f.voids = fx->hash[3];
	assert_int_equal(rt_chain_hash(fx->hash[4], &f, h), 0);
	assert_string_equal(h, fx->hash[5]);
}

static void
test_changed_event_named(void **state)
{
	struct fx *fx = *state;
	struct rt_chain_result res;
	char *name;

	sql(fx->db, "DROP TRIGGER event_no_update; "
	    "UPDATE event SET note = 'asked twice' WHERE id = 4");
	ok(rt_chain_verify(fx->st, fx->hash[3], &res));
	assert_int_equal(res.events, 5);
	assert_int_equal(res.breaks, 1);
	assert_int_equal(res.break_id, 4);
	assert_int_equal(res.break_missing, 0);
	assert_non_null(name = rt_chain_break_name(&res));
	assert_string_equal(name,
	    "event 4 (OIG-21-19#1, recorded 2026-11-28T12:00:00Z)");
	free(name);
	/* the seal before the change holds */
	assert_int_equal(res.sealed, 1);
	assert_int_equal(res.seal_events, 3);
	rt_chain_result_free(&res);
	/* the seal after it does not */
	ok(rt_chain_verify(fx->st, fx->hash[5], &res));
	assert_int_equal(res.sealed, 0);
	rt_chain_result_free(&res);
}

/* A voided event changed: its own link breaks, and the void's, which
 * holds the voided event's hash. */
static void
test_voided_event_changed(void **state)
{
	struct fx *fx = *state;
	struct rt_chain_result res;

	sql(fx->db, "DROP TRIGGER event_no_update; "
	    "DROP TRIGGER event_hash_once; "
	    "UPDATE event SET note = 'asked nicely' WHERE id = 3; "
	    "UPDATE event SET hash = (SELECT hash FROM event WHERE id = 2) "
	    "WHERE id = 3");
	ok(rt_chain_verify(fx->st, NULL, &res));
	assert_int_equal(res.break_id, 3);
	/* 3 (its hash), 4 (over 3's new hash), 5 (the void of 3) */
	assert_int_equal(res.breaks, 3);
	rt_chain_result_free(&res);
}

static void
test_deleted_and_inserted(void **state)
{
	struct fx *fx = *state;
	struct rt_chain_result res;
	char q[160];
	sql(fx->db, "DROP TRIGGER event_no_delete; "
	    "DELETE FROM event WHERE id = 4");
	ok(rt_chain_verify(fx->st, NULL, &res));
	assert_int_equal(res.events, 4);
	assert_int_equal(res.breaks, 1);
	assert_int_equal(res.break_id, 5);
	rt_chain_result_free(&res);
	/* a row put in its place, without a link */
	sql(fx->db, "INSERT INTO event(id, recommendation_id, change_id, at, "
	    "effective, actor, kind, note) SELECT 4, recommendation_id, "
	    "change_id, at, effective, actor, 'note', 'asked again' "
	    "FROM event WHERE id = 3");
	ok(rt_chain_verify(fx->st, NULL, &res));
	assert_int_equal(res.break_id, 4);
	assert_int_equal(res.break_missing, 1);
	assert_int_equal(res.breaks, 2);
	rt_chain_result_free(&res);
	/* its old link put back too: the chain holds again */
	snprintf(q, sizeof(q), "UPDATE event SET hash = '%s' WHERE id = 4",
	    fx->hash[4]);
	sql(fx->db, q);
	ok(rt_chain_verify(fx->st, fx->hash[5], &res));
	assert_int_equal(res.breaks, 0);
	assert_int_equal(res.sealed, 1);
	rt_chain_result_free(&res);
}

/* The problems as check reports them. */
struct seen {
	char text[2048];
};

static int
collect(const struct rt_problem *p, void *arg)
{
	struct seen *s = arg;
	size_t len = strlen(s->text);

	snprintf(s->text + len, sizeof(s->text) - len, "%s|%s|%s\n",
	    p->check, p->subject, p->message);
	return 0;
}

static void
test_problems(void **state)
{
	struct fx *fx = *state;
	struct rt_chain_result res;
	struct seen s = { "" };
	char want[1024];
	int stop;

	ok(rt_chain_check(fx->st, fx->hash[4], collect, &s, &res, &stop));
	assert_int_equal(stop, 0);
	assert_string_equal(s.text, "");
	rt_chain_result_free(&res);
	sql(fx->db, "DROP TRIGGER event_no_update; "
	    "UPDATE event SET note = 'asked twice' WHERE id = 3");
	ok(rt_chain_check(fx->st, fx->hash[4], collect, &s, &res, &stop));
	rt_chain_result_free(&res);
	snprintf(want, sizeof(want), "chain|event 3 (OIG-21-19#1, recorded "
	    "2026-11-28T12:00:00Z)|the history's chain breaks here: this "
	    "event was changed, or one before it was deleted or inserted, "
	    "outside rectrack\n"
	    "chain|register %s|seal %s is not in this history: an event up "
	    "to it was changed, deleted or inserted, or the seal is another "
	    "register's\n", rt_store_uid(fx->st), fx->hash[4]);
	assert_string_equal(s.text, want);
}

static void
test_empty_register(void **state)
{
	struct rt_store *st;
	struct rt_chain_result res;

	(void)state;
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_chain_verify(st, "00000000000000000000000000000000"
	    "00000000000000000000000000000000", &res));
	assert_int_equal(res.events, 0);
	assert_string_equal(res.head, "");
	assert_int_equal(res.sealed, 0);
	rt_chain_result_free(&res);
	rt_store_close(st);
}

static void
test_seal_parse(void **state)
{
	char out[RT_HASH_SIZE], in[80];

	(void)state;
	memset(in, '0', 64);
	memcpy(in, "3F2A", 4);
	memcpy(in + 62, "aB", 3);	/* with its NUL */
	assert_int_equal(rt_chain_seal_parse(in, out), 0);
	assert_int_equal(strncmp(out, "3f2a0000", 8), 0);
	assert_string_equal(out + 56, "000000ab");
	assert_int_equal(rt_chain_seal_parse("3f2a", out), -1);
	assert_string_equal(out, "");
	assert_int_equal(rt_chain_seal_parse("", out), -1);
	in[64] = 'c';	/* 65 digits */
	in[65] = '\0';
	assert_int_equal(rt_chain_seal_parse(in, out), -1);
	in[64] = '\0';
	in[1] = 'g';
	assert_int_equal(rt_chain_seal_parse(in, out), -1);
	in[1] = ' ';
	assert_int_equal(rt_chain_seal_parse(in, out), -1);
	in[1] = 'f';
	assert_int_equal(rt_chain_seal_parse(in, out), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_sound_chain_and_seals,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_links_are_the_canonical_hash, setup, teardown),
		cmocka_unit_test_setup_teardown(test_changed_event_named,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_voided_event_changed,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_deleted_and_inserted,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_problems, setup,
		    teardown),
		cmocka_unit_test(test_empty_register),
		cmocka_unit_test(test_seal_parse),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
