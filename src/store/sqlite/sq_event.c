/*
 * rectrack — the store on SQLite: events, change sets and the chain.
 *
 * An event is linked into the chain as it is inserted: its hash over the
 * hash of the last event (by id), read under the write transaction's
 * lock, so that writers take their turn.  Every statement is constant
 * text; user values only ever reach SQLite through bound parameters.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/chain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/sqlite/sq.h"
#include "store/store.h"

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

void
sq_read_event(sqlite3_stmt *stmt, struct rt_event *ev)
{
	const char *s;

	memset(ev, 0, sizeof(*ev));
	ev->id = sqlite3_column_int64(stmt, 0);
	ev->change = sqlite3_column_int64(stmt, 1);
	ev->voids = sqlite3_column_int64(stmt, 2);
	s = (const char *)sqlite3_column_text(stmt, 3);
	snprintf(ev->at, sizeof(ev->at), "%s", s ? s : "");
	sq_col_date(stmt, 4, ev->effective);
	ev->actor = sq_col_str(stmt, 5);
	ev->kind = sq_col_str(stmt, 6);
	ev->field = sq_col_str(stmt, 7);
	ev->old = sq_col_str(stmt, 8);
	ev->new = sq_col_str(stmt, 9);
	ev->note = sq_col_str(stmt, 10);
	s = (const char *)sqlite3_column_text(stmt, 11);
	snprintf(ev->hash, sizeof(ev->hash), "%s", s ? s : "");
}

/* One text of a one-row statement with ?1 bound to id (NULL when there
 * is no row or the value is NULL) into out, size n. */
static struct rt_error *
text_of(struct sq_store *st, const char *sql, int64_t id, int64_t id2,
    char *out, size_t n, int *found)
{
	struct rt_error *err;
	sqlite3_stmt *stmt;
	const char *s;
	int rc;

	*found = 0;
	out[0] = '\0';
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sqlite3_bind_int64(stmt, 1, id);
	if (sqlite3_bind_parameter_count(stmt) >= 2)
		sqlite3_bind_int64(stmt, 2, id2);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*found = 1;
		s = (const char *)sqlite3_column_text(stmt, 0);
		snprintf(out, n, "%s", s ? s : "");
	} else if (rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the history");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_event_add(void *impl, int64_t rec_id, struct rt_event *ev)
{
	struct sq_store *st = impl;
	static const char head_sql[] =
	    "SELECT hash FROM event ORDER BY id DESC LIMIT 1";
	static const char subject_sql[] =
	    "SELECT p.number || '#' || r.number FROM recommendation r "
	    "JOIN report p ON p.id = r.report_id WHERE r.id = ?1";
	static const char voids_sql[] =
	    "SELECT hash FROM event WHERE id = ?1 AND recommendation_id = ?2";
	static const char sql[] =
	    "INSERT INTO event(recommendation_id, change_id, at, effective, "
	    "actor, kind, field, old, new, note, voids, hash) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
	char prev[RT_HASH_SIZE], voids[RT_HASH_SIZE], *subject = NULL;
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int found, rc;

	if ((err = text_of(st, head_sql, 0, 0, prev, sizeof(prev), &found)))
		return err;
	if ((err = sq_prepare(st, subject_sql, &stmt)) != NULL)
		return err;
	sqlite3_bind_int64(stmt, 1, rec_id);
	found = (rc = sqlite3_step(stmt)) == SQLITE_ROW;
	if (found && (subject = sq_col_str(stmt, 0)) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (!found && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the history");
	sq_release(st, stmt);
	if (err)
		goto done;
	if (!found) {
		err = rt_error_new(RT_ENOTFOUND, "cannot record the event: no "
		    "recommendation %lld", (long long)rec_id);
		goto done;
	}
	if (ev->voids && (err = text_of(st, voids_sql, ev->voids, rec_id,
	    voids, sizeof(voids), &found)) == NULL && !found)
		err = rt_error_new(RT_ENOTFOUND, "cannot record the void: "
		    "no event %lld of that recommendation",
		    (long long)ev->voids);
	if (err)
		goto done;
	if (store_event_hash(prev, subject, ev, ev->voids ? voids : NULL)) {
		err = rt_error_new(RT_ENOMEM, "cannot compute the event's hash");
		goto done;
	}
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		goto done;
	sqlite3_bind_int64(stmt, 1, rec_id);
	sqlite3_bind_int64(stmt, 2, ev->change);
	sq_bind_text(stmt, 3, ev->at);
	sq_bind_text(stmt, 4, ev->effective);
	sq_bind_text(stmt, 5, ev->actor);
	sq_bind_text(stmt, 6, ev->kind);
	sq_bind_text(stmt, 7, ev->field);
	sq_bind_text(stmt, 8, ev->old);
	sq_bind_text(stmt, 9, ev->new);
	sq_bind_text(stmt, 10, ev->note);
	if (ev->voids)
		sqlite3_bind_int64(stmt, 11, ev->voids);
	else
		sqlite3_bind_null(stmt, 11);
	sq_bind_text(stmt, 12, ev->hash);
	if ((err = sq_step_done(st, stmt, "cannot record the event")) == NULL)
		ev->id = sqlite3_last_insert_rowid(st->db);
	sq_release(st, stmt);
done:
	free(subject);
	return err;
}

struct rt_error *
sq_event_list(void *impl, int64_t rec_id,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "SELECT " SQ_EVENT_COLS " FROM event e WHERE e.recommendation_id = ?1 "
	    "ORDER BY e.effective, e.id";
	struct rt_error *err;
	struct rt_event ev;
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sqlite3_bind_int64(stmt, 1, rec_id);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		sq_read_event(stmt, &ev);
		ev.rec = rec_id;
		stop = cb(&ev, arg);
		rt_event_free(&ev);
	}
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the history");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_event_walk(void *impl, int64_t change,
    int (*cb)(const struct rt_event *, void *), void *arg)
{
	struct sq_store *st = impl;
	/* LEFT JOIN: an event whose recommendation is gone is still seen */
	static const char all_sql[] =
	    "SELECT " SQ_EVENT_COLS ", e.recommendation_id, "
	    "COALESCE(e.subject, p.number || '#' || r.number), " WALK_ABOUT
	    "FROM event e "
	    "LEFT JOIN recommendation r ON r.id = e.recommendation_id "
	    "LEFT JOIN report p ON p.id = r.report_id " WALK_JOINS
	    "ORDER BY e.id";
	static const char change_sql[] =
	    "SELECT " SQ_EVENT_COLS ", e.recommendation_id, "
	    "COALESCE(e.subject, p.number || '#' || r.number), " WALK_ABOUT
	    "FROM event e "
	    "LEFT JOIN recommendation r ON r.id = e.recommendation_id "
	    "LEFT JOIN report p ON p.id = r.report_id " WALK_JOINS
	    "WHERE e.change_id = ?1 ORDER BY e.id";
	/* change -1: the events about reports, agencies, issuers and
	 * officials (none of a recommendation) */
	static const char subject_sql[] =
	    "SELECT " SQ_EVENT_COLS ", e.recommendation_id, "
	    "e.subject, " WALK_ABOUT
	    "FROM event e " WALK_JOINS
	    "WHERE e.recommendation_id IS NULL ORDER BY e.id";
	struct rt_error *err;
	struct rt_event ev;
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = sq_prepare(st, change == -1 ? subject_sql : change ?
	    change_sql : all_sql, &stmt)))
		return err;
	if (change > 0)
		sqlite3_bind_int64(stmt, 1, change);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		sq_read_event(stmt, &ev);
		ev.rec = sqlite3_column_int64(stmt, 12);
		ev.subject = sq_col_str(stmt, 13);
		ev.about = sqlite3_column_int(stmt, 14);
		ev.code = sq_col_str(stmt, 15);
		stop = cb(&ev, arg);
		rt_event_free(&ev);
	}
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the history");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_target_walk(void *impl, int (*cb)(const struct rt_event *, void *),
    void *arg)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "SELECT id, recommendation_id, voids, at, effective, kind, old, "
	    "new FROM event WHERE recommendation_id IS NOT NULL AND "
	    "kind IN ('target', 'void') ORDER BY recommendation_id, id";
	struct rt_error *err;
	struct rt_event ev;
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	if ((err = sq_prepare(st, sql, &stmt)))
		return err;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(&ev, 0, sizeof(ev));
		ev.id = sqlite3_column_int64(stmt, 0);
		ev.rec = sqlite3_column_int64(stmt, 1);
		ev.voids = sqlite3_column_int64(stmt, 2);
		snprintf(ev.at, sizeof(ev.at), "%s",
		    (const char *)sqlite3_column_text(stmt, 3));
		snprintf(ev.effective, sizeof(ev.effective), "%s",
		    (const char *)sqlite3_column_text(stmt, 4));
		/* the column's text, valid until the next step */
		ev.kind = (char *)sqlite3_column_text(stmt, 5);
		ev.old = (char *)sqlite3_column_text(stmt, 6);
		ev.new = (char *)sqlite3_column_text(stmt, 7);
		stop = cb(&ev, arg);
	}
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the history");
	sq_release(st, stmt);
	return err;
}

/* ---- change sets ------------------------------------------------------- */

struct rt_error *
sq_change_add(void *impl, const struct rt_change_set *ch, int64_t *id)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "INSERT INTO change(id, at, actor, command) VALUES (?1, ?2, ?3, ?4)";
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	if (*id)
		sqlite3_bind_int64(stmt, 1, *id);
	else
		sqlite3_bind_null(stmt, 1);
	sq_bind_text(stmt, 2, ch->at);
	sq_bind_text(stmt, 3, ch->actor);
	sqlite3_bind_text(stmt, 4, ch->command ? ch->command : "", -1,
	    SQLITE_TRANSIENT);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		err = sq_is_unique_violation(st) ? rt_error_new(RT_EEXIST,
		    "change %lld is already there", (long long)*id) :
		    sq_db_error(st, "cannot record the change set");
	else
		*id = sqlite3_last_insert_rowid(st->db);
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_changes(void *impl, int64_t id, const char *actor, const char *since,
    int (*cb)(const struct rt_change_set *, void *), void *arg, int *found)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "SELECT c.id, c.at, c.actor, c.command, "
	    "  (SELECT count(*) FROM event e WHERE e.change_id = c.id), "
	    "  (SELECT count(DISTINCT e.recommendation_id) FROM event e "
	    "   WHERE e.change_id = c.id), "
	    "  (SELECT COALESCE(e.subject, p.number || '#' || r.number) FROM event e "
	    "   JOIN recommendation r ON r.id = e.recommendation_id "
	    "   JOIN report p ON p.id = r.report_id "
	    "   WHERE e.change_id = c.id ORDER BY e.id LIMIT 1) "
	    "FROM change c "
	    "WHERE (?1 = 0 OR c.id = ?1) AND (?2 IS NULL OR c.actor = ?2) "
	    "  AND (?3 IS NULL OR c.at >= ?3) "
	    "ORDER BY c.id";
	struct rt_error *err;
	struct rt_change_set ch;
	sqlite3_stmt *stmt;
	const char *s;
	int rc = SQLITE_DONE, stop = 0;

	*found = 0;
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sqlite3_bind_int64(stmt, 1, id);
	sq_bind_text(stmt, 2, actor);
	sq_bind_text(stmt, 3, since);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(&ch, 0, sizeof(ch));
		ch.id = sqlite3_column_int64(stmt, 0);
		s = (const char *)sqlite3_column_text(stmt, 1);
		snprintf(ch.at, sizeof(ch.at), "%s", s ? s : "");
		ch.actor = (char *)sqlite3_column_text(stmt, 2);
		ch.command = (char *)sqlite3_column_text(stmt, 3);
		ch.nevents = (long)sqlite3_column_int64(stmt, 4);
		ch.nrecs = (long)sqlite3_column_int64(stmt, 5);
		ch.first = (char *)sqlite3_column_text(stmt, 6);
		(*found)++;
		stop = cb(&ch, arg);
	}
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the change sets");
	sq_release(st, stmt);
	return err;
}

const char *
sq_uid(void *impl)
{
	struct sq_store *st = impl;
	int found;
	struct rt_error *err;

	if (st->uid[0] == '\0' && (err = text_of(st,
	    "SELECT uid FROM register WHERE id = ?1", 1, 0, st->uid,
	    sizeof(st->uid), &found)) != NULL)
		rt_error_free(err);
	return st->uid;
}

struct rt_error *
sq_set_uid(void *impl, const char *uid)
{
	struct sq_store *st = impl;
	static const char sql[] = "UPDATE register SET uid = ?1 WHERE id = 1";
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sq_bind_text(stmt, 1, uid);
	err = sq_step_done(st, stmt, "cannot name the register");
	sq_release(st, stmt);
	st->uid[0] = '\0';		/* read again */
	return err;
}

/* ---- the upgrade ------------------------------------------------------- */

struct rt_error *
sq_chain_fill(struct sq_store *st)
{
	static const char walk_sql[] =
	    "SELECT " SQ_EVENT_COLS ", e.recommendation_id, "
	    "COALESCE(e.subject, p.number || '#' || r.number), "
	    "(SELECT v.hash FROM event v WHERE v.id = e.voids) FROM event e "
	    "LEFT JOIN recommendation r ON r.id = e.recommendation_id "
	    "LEFT JOIN report p ON p.id = r.report_id ORDER BY e.id";
	static const char set_sql[] =
	    "UPDATE event SET hash = ?2 WHERE id = ?1 AND hash IS NULL";
	char prev[RT_HASH_SIZE] = "";
	struct rt_error *err = NULL;
	sqlite3_stmt *walk, *set;
	struct rt_event ev;
	char *subject, *voids;
	int rc = SQLITE_DONE;

	/* not through the statement cache: it is not open yet */
	if (sqlite3_prepare_v2(st->db, walk_sql, -1, &walk, NULL) != SQLITE_OK)
		return sq_db_error(st, "cannot read the history");
	if (sqlite3_prepare_v2(st->db, set_sql, -1, &set, NULL) != SQLITE_OK) {
		sqlite3_finalize(walk);
		return sq_db_error(st, "cannot link the history");
	}
	while (err == NULL && (rc = sqlite3_step(walk)) == SQLITE_ROW) {
		sq_read_event(walk, &ev);
		subject = sq_col_str(walk, 13);
		voids = sq_col_str(walk, 14);
		if (ev.hash[0] == '\0') {
			if (store_event_hash(prev, subject, &ev, voids))
				err = rt_error_new(RT_ENOMEM,
				    "cannot compute an event's hash");
			else {
				sqlite3_bind_int64(set, 1, ev.id);
				sq_bind_text(set, 2, ev.hash);
				if (sqlite3_step(set) != SQLITE_DONE)
					err = sq_db_error(st,
					    "cannot link the history");
				sqlite3_reset(set);
			}
		}
		memcpy(prev, ev.hash, sizeof(prev));
		free(subject);
		free(voids);
		rt_event_free(&ev);
	}
	if (err == NULL && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the history");
	sqlite3_finalize(walk);
	sqlite3_finalize(set);
	return err;
}
