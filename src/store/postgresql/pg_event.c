/*
 * rectrack — the store on PostgreSQL: events, change sets and the chain.
 *
 * The first event of a write transaction takes the chain's lock (an
 * advisory lock held until the transaction ends) and reads the head;
 * each event is then linked after the one before it.  Writers thus take
 * their turn on the chain as SQLite's writers do on the file.
 */
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/chain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/store.h"

/* The chain's lock: any number, the same for every writer. */
#define CHAIN_LOCK "5395828"

/* What a walk adds for an event about a report, an agency or an issuer:
 * 1 + its enum rt_subject (0 for a recommendation's) and its code now. */
#define WALK_ABOUT \
    "CASE WHEN e.report_id IS NOT NULL THEN 1 " \
    "WHEN e.agency_id IS NOT NULL THEN 2 " \
    "WHEN e.issuer_id IS NOT NULL THEN 3 " \
    "WHEN e.official_id IS NOT NULL THEN 4 ELSE 0 END, " \
    "COALESCE(sr.number, sa.code, si.code, so.code) "
#define WALK_JOINS \
    "LEFT JOIN report sr ON sr.id = e.report_id " \
    "LEFT JOIN agency sa ON sa.id = e.agency_id " \
    "LEFT JOIN issuer si ON si.id = e.issuer_id " \
    "LEFT JOIN official so ON so.id = e.official_id "

/* The columns every event listing selects, in this order (pg.h). */
#define EVENT_COLS PG_EVENT_COLS

void
pg_row_event(const PGresult *res, int i, int j, struct rt_event *ev)
{
	memset(ev, 0, sizeof(*ev));
	ev->id = pg_int(res, i, j);
	ev->change = pg_int(res, i, j + 1);
	ev->voids = pg_int(res, i, j + 2);
	snprintf(ev->at, sizeof(ev->at), "%s", PQgetvalue(res, i, j + 3));
	pg_date(res, i, j + 4, ev->effective);
	ev->actor = (char *)pg_str(res, i, j + 5);
	ev->kind = (char *)pg_str(res, i, j + 6);
	ev->field = (char *)pg_str(res, i, j + 7);
	ev->old = (char *)pg_str(res, i, j + 8);
	ev->new = (char *)pg_str(res, i, j + 9);
	ev->note = (char *)pg_str(res, i, j + 10);
	snprintf(ev->hash, sizeof(ev->hash), "%s", PQgetvalue(res, i, j + 11));
}

/* Row i of res, columns of EVENT_COLS from 0, into *ev. */
static void
row_event(const PGresult *res, int i, struct rt_event *ev)
{
	pg_row_event(res, i, 0, ev);
}

void
pg_subject_note(struct pg_store *st, int64_t id, const char *report,
    const char *number)
{
	char *s = NULL;
	size_t n;

	if (report && number) {
		n = strlen(report) + strlen(number) + 2;
		if ((s = malloc(n)) != NULL)
			snprintf(s, n, "%s#%s", report, number);
	}
	free(st->subject);
	st->subject = s;
	st->subject_rec = s ? id : 0;
}

/* The subject of rec_id's events (st->subject after this). */
static struct rt_error *
subject_of(struct pg_store *st, int64_t rec_id)
{
	static const char sql[] =
	    "SELECT p.number, r.number FROM recommendation r "
	    "JOIN report p ON p.id = r.report_id WHERE r.id = $1::bigint";
	struct rt_error *err;
	PGresult *res;
	const char *p[1];
	char idbuf[24];

	if (st->subject && st->subject_rec == rec_id)
		return NULL;
	p[0] = pg_int_param(idbuf, rec_id);
	if ((err = pg_query(st, "cannot read the history", sql, 1, p, &res,
	    NULL)))
		return err;
	if (PQntuples(res) != 1)
		err = rt_error_new(RT_ENOTFOUND, "cannot record the event: no "
		    "recommendation %lld", (long long)rec_id);
	else {
		pg_subject_note(st, rec_id, PQgetvalue(res, 0, 0),
		    PQgetvalue(res, 0, 1));
		if (st->subject == NULL)
			err = rt_error_new(RT_ENOMEM, "out of memory");
	}
	PQclear(res);
	return err;
}

struct rt_error *
pg_head_of(struct pg_store *st)
{
	struct rt_error *err;
	PGresult *res;

	if (st->head_read)
		return NULL;
	if ((err = pg_exec(st, "cannot lock the history",
	    "SELECT pg_advisory_xact_lock(" CHAIN_LOCK ")", 0, NULL, NULL)))
		return err;
	/* a statement of its own: its snapshot is taken under the lock */
	if ((err = pg_query(st, "cannot read the history",
	    "SELECT hash FROM event ORDER BY id DESC LIMIT 1", 0, NULL, &res,
	    NULL)))
		return err;
	snprintf(st->head, sizeof(st->head), "%s",
	    PQntuples(res) ? PQgetvalue(res, 0, 0) : "");
	PQclear(res);
	st->head_read = 1;
	return NULL;
}

/*
 * The server records it under the database user unless the user owns
 * the schema (trigger event_actor): the hash is over that actor, and
 * ev->actor is left as given.
 */
struct rt_error *
pg_event_add(void *impl, int64_t rec_id, struct rt_event *ev)
{
	struct pg_store *st = impl;
	static const char sql_insert[] =
	    "INSERT INTO event(recommendation_id, change_id, at, effective, "
	    "actor, kind, field, old, new, note, voids, hash) "
	    "VALUES ($1::bigint, $2::bigint, $3::timestamptz, $4::date, $5, "
	    "$6, $7, $8, $9, $10, $11::bigint, $12) RETURNING id";
	static const char sql_voids[] =
	    "SELECT hash FROM event WHERE id = $1::bigint "
	    "AND recommendation_id = $2::bigint";
	struct rt_event h = *ev;
	struct rt_error *err;
	PGresult *res;
	const char *p[12];
	char idbuf[24], chbuf[24], vbuf[24], voids[RT_HASH_SIZE] = "";
	int held;

	/* in a long run, held back and sent with others (pg_bulk.c) */
	if ((err = pg_bulk_event(st, rec_id, ev, &held)) || held)
		return err;
	if ((err = pg_head_of(st)) || (err = subject_of(st, rec_id)))
		return err;
	p[0] = pg_int_param(idbuf, rec_id);
	p[1] = ev->voids ? pg_int_param(vbuf, ev->voids) : NULL;
	if (ev->voids) {
		const char *q[2] = { p[1], p[0] };

		if ((err = pg_query(st, "cannot read the history", sql_voids,
		    2, q, &res, NULL)))
			return err;
		if (PQntuples(res) != 1)
			err = rt_error_new(RT_ENOTFOUND, "cannot record the "
			    "void: no event %lld of that recommendation",
			    (long long)ev->voids);
		else
			snprintf(voids, sizeof(voids), "%s",
			    PQgetvalue(res, 0, 0));
		PQclear(res);
		if (err)
			return err;
	}
	if (!st->owner && st->user)
		h.actor = st->user;
	if (store_event_hash(st->head, st->subject, &h,
	    ev->voids ? voids : NULL))
		return rt_error_new(RT_ENOMEM, "cannot compute the event's "
		    "hash");
	memcpy(ev->hash, h.hash, sizeof(ev->hash));
	p[10] = p[1];
	p[1] = pg_int_param(chbuf, ev->change);
	p[2] = pg_text_param(ev->at);
	p[3] = pg_date_param(ev->effective);
	p[4] = pg_text_param(ev->actor);
	p[5] = pg_text_param(ev->kind);
	p[6] = pg_text_param(ev->field);
	p[7] = pg_text_param(ev->old);
	p[8] = pg_text_param(ev->new);
	p[9] = pg_text_param(ev->note);
	p[11] = ev->hash;
	if ((err = pg_query(st, "cannot record the event", sql_insert, 12, p,
	    &res, NULL)))
		return err;
	ev->id = pg_int(res, 0, 0);
	PQclear(res);
	memcpy(st->head, ev->hash, sizeof(st->head));
	return NULL;
}

/* A recommendation's events are few: one query, one result; none when
 * a listing's walk has them already (pg_walk_events). */
struct rt_error *
pg_event_list(void *impl, int64_t rec_id,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	struct pg_store *st = impl;
	static const char sql_select[] =
	    "SELECT " EVENT_COLS " FROM event e "
	    "WHERE e.recommendation_id = $1::bigint ORDER BY e.effective, e.id";
	struct rt_error *err;
	struct rt_event ev;
	PGresult *res;
	const char *p[1];
	char idbuf[24];
	int i, n, served;

	if ((err = pg_walk_events(st, rec_id, cb, arg, &served)) || served)
		return err;
	p[0] = pg_int_param(idbuf, rec_id);
	if ((err = pg_query(st, "cannot read the history", sql_select, 1, p,
	    &res, NULL)))
		return err;
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		/* the strings point into the result, valid during the
		 * callback (store.h) */
		row_event(res, i, &ev);
		ev.rec = rec_id;
		if (cb(&ev, arg))
			break;
	}
	PQclear(res);
	return NULL;
}

struct rt_error *
pg_target_walk(void *impl, int (*cb)(const struct rt_event *, void *),
    void *arg)
{
	struct pg_store *st = impl;
	static const char sql[] =
	    "SELECT id, recommendation_id, voids, to_char(at AT TIME ZONE "
	    "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), effective, kind, old, "
	    "new FROM event WHERE recommendation_id IS NOT NULL AND "
	    "kind IN ('target', 'void') ORDER BY recommendation_id, id";
	struct rt_error *err;
	struct rt_event ev;
	PGresult *res;
	int i, n;

	if ((err = pg_query(st, "cannot read the history", sql, 0, NULL,
	    &res, NULL)))
		return err;
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		memset(&ev, 0, sizeof(ev));
		ev.id = pg_int(res, i, 0);
		ev.rec = pg_int(res, i, 1);
		ev.voids = pg_int(res, i, 2);
		snprintf(ev.at, sizeof(ev.at), "%s", pg_str(res, i, 3));
		snprintf(ev.effective, sizeof(ev.effective), "%s",
		    pg_str(res, i, 4));
		ev.kind = (char *)pg_str(res, i, 5);
		ev.old = (char *)pg_str(res, i, 6);
		ev.new = (char *)pg_str(res, i, 7);
		if (cb(&ev, arg))
			break;
	}
	PQclear(res);
	return NULL;
}

/* Events in pages of this many rows (a cursor), so that a walk over a
 * large history does not hold it all in memory. */
#define WALK_PAGE "10000"

struct rt_error *
pg_event_walk(void *impl, int64_t change,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	struct pg_store *st = impl;
	static const char all_sql[] =
	    "DECLARE rt_walk NO SCROLL CURSOR FOR "
	    "SELECT " EVENT_COLS ", e.recommendation_id, "
	    "COALESCE(e.subject, p.number || '#' || r.number), " WALK_ABOUT
	    "FROM event e "
	    "LEFT JOIN recommendation r ON r.id = e.recommendation_id "
	    "LEFT JOIN report p ON p.id = r.report_id " WALK_JOINS
	    "ORDER BY e.id";
	static const char change_sql[] =
	    "DECLARE rt_walk NO SCROLL CURSOR FOR "
	    "SELECT " EVENT_COLS ", e.recommendation_id, "
	    "COALESCE(e.subject, p.number || '#' || r.number), " WALK_ABOUT
	    "FROM event e "
	    "LEFT JOIN recommendation r ON r.id = e.recommendation_id "
	    "LEFT JOIN report p ON p.id = r.report_id " WALK_JOINS
	    "WHERE e.change_id = $1::bigint ORDER BY e.id";
	/* change -1: the events about reports, agencies, issuers and
	 * officials (none of a recommendation) */
	static const char subject_sql[] =
	    "DECLARE rt_walk NO SCROLL CURSOR FOR "
	    "SELECT " EVENT_COLS ", e.recommendation_id, "
	    "e.subject, " WALK_ABOUT
	    "FROM event e " WALK_JOINS
	    "WHERE e.recommendation_id IS NULL ORDER BY e.id";
	struct rt_error *err;
	struct rt_event ev;
	PGresult *res;
	const char *p[1];
	char idbuf[24];
	int i, n, stop = 0, own_tx;

	/* a cursor lives in a transaction: one of its own when none is
	 * open */
	own_tx = PQtransactionStatus(st->conn) == PQTRANS_IDLE;
	if (own_tx && (err = pg_exec(st, "cannot read the history",
	    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", 0, NULL,
	    NULL)))
		return err;
	p[0] = pg_int_param(idbuf, change);
	if ((err = pg_exec(st, "cannot read the history", change == -1 ?
	    subject_sql : change ? change_sql : all_sql, change > 0, p,
	    NULL)))
		goto done;
	while (!stop) {
		if ((err = pg_query(st, "cannot read the history",
		    "FETCH " WALK_PAGE " FROM rt_walk", 0, NULL, &res, NULL)))
			goto done;
		if ((n = PQntuples(res)) == 0) {
			PQclear(res);
			break;
		}
		for (i = 0; i < n && !stop; i++) {
			row_event(res, i, &ev);
			ev.rec = pg_int(res, i, 12);
			ev.subject = (char *)pg_str(res, i, 13);
			ev.about = (int)pg_int(res, i, 14);
			ev.code = (char *)pg_str(res, i, 15);
			stop = cb(&ev, arg);
		}
		PQclear(res);
	}
	err = pg_exec(st, "cannot read the history", "CLOSE rt_walk", 0, NULL,
	    NULL);
done:
	if (own_tx) {
		res = PQexec(st->conn, err ? "ROLLBACK" : "COMMIT");
		PQclear(res);
	}
	return err;
}

/* ---- change sets ------------------------------------------------------- */

struct rt_error *
pg_change_add(void *impl, const struct rt_change_set *ch, int64_t *id)
{
	struct pg_store *st = impl;
	/* numbered as SQLite numbers them, without gaps: under the chain's
	 * lock, the next after the highest (a sequence would skip the
	 * numbers of transactions rolled back) */
	static const char sql_auto[] =
	    "INSERT INTO change(id, at, actor, command) "
	    "SELECT coalesce(max(id), 0) + 1, $1::timestamptz, $2, $3 "
	    "FROM change RETURNING id";
	static const char sql_id[] =
	    "INSERT INTO change(id, at, actor, command) "
	    "VALUES ($4::bigint, $1::timestamptz, $2, $3) RETURNING id";
	static const char sql_next[] =
	    "SELECT setval(pg_get_serial_sequence('change', 'id'), "
	    "GREATEST((SELECT max(id) FROM change), 1))";
	struct rt_error *err;
	PGresult *res;
	const char *p[4];
	char idbuf[24], state[6];
	int given;

	if (*id == 0 && (err = pg_head_of(st)))
		return err;
	p[0] = ch->at;
	p[1] = ch->actor;
	p[2] = ch->command ? ch->command : "";
	p[3] = pg_int_param(idbuf, *id);
	given = *id != 0;
	if ((err = pg_query(st, "cannot record the change set",
	    *id ? sql_id : sql_auto, *id ? 4 : 3, p, &res, state)))
		return err;
	if (res == NULL)
		return rt_error_new(RT_EEXIST, "change %lld is already there",
		    (long long)*id);
	*id = pg_int(res, 0, 0);
	PQclear(res);
	/* a change set with its own id (a copy): the next one made here
	 * follows it, not a number the identity has not passed yet */
	if (given && (err = pg_query(st, "cannot record the change "
	    "set", sql_next, 0, NULL, &res, NULL)) == NULL)
		PQclear(res);
	return err;
}

struct rt_error *
pg_changes(void *impl, int64_t id, const char *actor, const char *since,
    int (*cb)(const struct rt_change_set *, void *), void *arg, int *found)
{
	struct pg_store *st = impl;
	/* since: an instant, or a date meaning its start in UTC */
	static const char sql[] =
	    "SELECT c.id, to_char(c.at AT TIME ZONE 'UTC', "
	    "  'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), c.actor, c.command, "
	    "  count(e.id), count(DISTINCT e.recommendation_id), "
	    "  (SELECT p.number || '#' || r.number FROM event f "
	    "   JOIN recommendation r ON r.id = f.recommendation_id "
	    "   JOIN report p ON p.id = r.report_id "
	    "   WHERE f.change_id = c.id ORDER BY f.id LIMIT 1) "
	    "FROM change c LEFT JOIN event e ON e.change_id = c.id "
	    "WHERE ($1::bigint = 0 OR c.id = $1::bigint) "
	    "  AND ($2::text IS NULL OR c.actor = $2::text) "
	    "  AND ($3::text IS NULL OR c.at >= ($3::text || "
	    "      CASE WHEN length($3::text) = 10 THEN 'T00:00:00Z' "
	    "      ELSE '' END)::timestamptz) "
	    "GROUP BY c.id ORDER BY c.id";
	struct rt_error *err;
	struct rt_change_set ch;
	PGresult *res;
	const char *p[3];
	char idbuf[24];
	int i, n;

	*found = 0;
	p[0] = pg_int_param(idbuf, id);
	p[1] = actor;
	p[2] = since;
	if ((err = pg_query(st, "cannot read the change sets", sql, 3, p,
	    &res, NULL)))
		return err;
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		memset(&ch, 0, sizeof(ch));
		ch.id = pg_int(res, i, 0);
		snprintf(ch.at, sizeof(ch.at), "%s", PQgetvalue(res, i, 1));
		ch.actor = (char *)pg_str(res, i, 2);
		ch.command = (char *)pg_str(res, i, 3);
		ch.nevents = (long)pg_int(res, i, 4);
		ch.nrecs = (long)pg_int(res, i, 5);
		ch.first = (char *)pg_str(res, i, 6);
		(*found)++;
		if (cb(&ch, arg))
			break;
	}
	PQclear(res);
	return NULL;
}

const char *
pg_uid(void *impl)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	PGresult *res;

	if (st->uid[0] == '\0') {
		if ((err = pg_query(st, "cannot read the register's name",
		    "SELECT uid FROM meta WHERE id = 1", 0, NULL, &res,
		    NULL)) != NULL) {
			rt_error_free(err);
			return st->uid;
		}
		if (PQntuples(res) == 1)
			snprintf(st->uid, sizeof(st->uid), "%s",
			    PQgetvalue(res, 0, 0));
		PQclear(res);
	}
	return st->uid;
}

struct rt_error *
pg_set_uid(void *impl, const char *uid)
{
	struct pg_store *st = impl;
	const char *p[1] = { uid };
	struct rt_error *err;

	err = pg_exec(st, "cannot name the register",
	    "UPDATE meta SET uid = $1 WHERE id = 1", 1, p, NULL);
	st->uid[0] = '\0';		/* read again */
	return err;
}

/* ---- the upgrade ------------------------------------------------------- */

struct rt_error *
pg_chain_fill(struct pg_store *st)
{
	static const char walk_sql[] =
	    "SELECT " EVENT_COLS ", e.recommendation_id, "
	    "COALESCE(e.subject, p.number || '#' || r.number), "
	    "(SELECT v.hash FROM event v WHERE v.id = e.voids) FROM event e "
	    "LEFT JOIN recommendation r ON r.id = e.recommendation_id "
	    "LEFT JOIN report p ON p.id = r.report_id ORDER BY e.id";
	static const char set_sql[] =
	    "UPDATE event SET hash = $2 WHERE id = $1::bigint AND hash IS NULL";
	char prev[RT_HASH_SIZE] = "", idbuf[24];
	struct rt_error *err = NULL;
	struct rt_event ev;
	PGresult *res;
	const char *p[2];
	int i, n;

	/* in the upgrade's transaction, by the schema's owner: the whole
	 * history at once (an upgrade is done once) */
	if ((err = pg_query(st, "cannot read the history", walk_sql, 0, NULL,
	    &res, NULL)))
		return err;
	n = PQntuples(res);
	for (i = 0; i < n && err == NULL; i++) {
		row_event(res, i, &ev);
		if (ev.hash[0] == '\0') {
			if (store_event_hash(prev, pg_str(res, i, 13), &ev,
			    pg_str(res, i, 14))) {
				err = rt_error_new(RT_ENOMEM,
				    "cannot compute an event's hash");
				break;
			}
			p[0] = pg_int_param(idbuf, ev.id);
			p[1] = ev.hash;
			err = pg_exec(st, "cannot link the history", set_sql, 2,
			    p, NULL);
		}
		memcpy(prev, ev.hash, sizeof(prev));
	}
	PQclear(res);
	return err;
}
