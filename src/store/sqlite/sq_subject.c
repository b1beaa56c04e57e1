/*
 * rectrack — the store on SQLite: events about a report, an agency, an
 * issuer or an official itself, and renaming agencies, issuers and
 * officials.
 *
 * Such an event is linked into the chain as a recommendation's is (the
 * head read under the write transaction's lock), its subject written
 * down as "KIND CODE".  Every statement is constant text; user values
 * only ever reach SQLite through bound parameters.
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

/* The columns the listing selects, as sq_event.c's listings do. */
#define SUBJECT_EVENT_COLS SQ_EVENT_COLS ", e.subject"

/* The id of code as kind; 0 when there is none. */
static struct rt_error *
subject_id(struct sq_store *st, enum rt_subject kind, const char *code,
    int64_t *id)
{
	static const char *const sql[] = {
		SQL_REPORT_ID, SQL_AGENCY_ID, SQL_ISSUER_ID, SQL_OFFICIAL_ID,
	};

	return sq_lookup_id(st, sql[kind], code, id);
}

/* The hash of the last event (by id) into prev; "" when there is none. */
static struct rt_error *
chain_head(struct sq_store *st, char prev[RT_HASH_SIZE])
{
	static const char sql[] =
	    "SELECT hash FROM event ORDER BY id DESC LIMIT 1";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	const char *s;
	int rc;

	prev[0] = '\0';
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		s = (const char *)sqlite3_column_text(stmt, 0);
		snprintf(prev, RT_HASH_SIZE, "%s", s ? s : "");
	} else if (rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the history");
	sq_release(st, stmt);
	return err;
}

/* The hash of event `voids` about the same subject (ids[] as bound). */
static struct rt_error *
voided_hash(struct sq_store *st, int64_t voids, const int64_t ids[4],
    char out[RT_HASH_SIZE])
{
	static const char sql[] =
	    "SELECT hash FROM event WHERE id = ?1 AND report_id IS ?2 "
	    "AND agency_id IS ?3 AND issuer_id IS ?4 AND official_id IS ?5";
	struct rt_error *err;
	sqlite3_stmt *stmt;
	const char *s;
	int i, rc;

	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		return err;
	sqlite3_bind_int64(stmt, 1, voids);
	for (i = 0; i < 4; i++)
		if (ids[i])
			sqlite3_bind_int64(stmt, 2 + i, ids[i]);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		s = (const char *)sqlite3_column_text(stmt, 0);
		snprintf(out, RT_HASH_SIZE, "%s", s ? s : "");
	} else if (rc == SQLITE_DONE)
		err = rt_error_new(RT_EINVAL, "cannot record the void: no "
		    "event %lld about that subject", (long long)voids);
	else
		err = sq_db_error(st, "cannot read the history");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_subject_event_add(void *impl, enum rt_subject kind, const char *code,
    struct rt_event *ev)
{
	struct sq_store *st = impl;
	static const char sql[] =
	    "INSERT INTO event(report_id, agency_id, issuer_id, official_id, "
	    "subject, change_id, at, effective, actor, kind, field, old, new, "
	    "note, voids, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
	    "?10, ?11, ?12, ?13, ?14, ?15, ?16)";
	char prev[RT_HASH_SIZE], voids[RT_HASH_SIZE], *subject = NULL;
	struct rt_buf b = { 0 };
	struct rt_error *err;
	sqlite3_stmt *stmt;
	int64_t id, ids[4] = { 0, 0, 0, 0 };
	int i;

	if ((err = subject_id(st, kind, code, &id)) != NULL)
		return err;
	if (id == 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no such %s", code,
		    rt_subject_name(kind));
	ids[kind] = id;
	if ((err = chain_head(st, prev)) != NULL)
		return err;
	if (ev->voids && (err = voided_hash(st, ev->voids, ids, voids)))
		return err;
	/* a copy keeps the subject as first recorded (before a rename) */
	if (ev->subject != NULL)
		rt_buf_puts(&b, ev->subject);
	else
		rt_buf_printf(&b, "%s %s", rt_subject_name(kind), code);
	if ((subject = b.s) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (store_event_hash(prev, subject, ev, ev->voids ? voids : NULL)) {
		err = rt_error_new(RT_ENOMEM, "cannot compute the event's hash");
		goto done;
	}
	if ((err = sq_prepare(st, sql, &stmt)) != NULL)
		goto done;
	for (i = 0; i < 4; i++)
		if (ids[i])
			sqlite3_bind_int64(stmt, 1 + i, ids[i]);
	sq_bind_text(stmt, 5, subject);
	sqlite3_bind_int64(stmt, 6, ev->change);
	sq_bind_text(stmt, 7, ev->at);
	sq_bind_text(stmt, 8, ev->effective);
	sq_bind_text(stmt, 9, ev->actor);
	sq_bind_text(stmt, 10, ev->kind);
	sq_bind_text(stmt, 11, ev->field);
	sq_bind_text(stmt, 12, ev->old);
	sq_bind_text(stmt, 13, ev->new);
	sq_bind_text(stmt, 14, ev->note);
	if (ev->voids)
		sqlite3_bind_int64(stmt, 15, ev->voids);
	sq_bind_text(stmt, 16, ev->hash);
	if ((err = sq_step_done(st, stmt, "cannot record the event")) == NULL)
		ev->id = sqlite3_last_insert_rowid(st->db);
	sq_release(st, stmt);
done:
	free(subject);
	return err;
}

struct rt_error *
sq_subject_events(void *impl, enum rt_subject kind, const char *code,
    int (*cb)(const struct rt_event *, void *), void *arg, int *found)
{
	struct sq_store *st = impl;
	static const char *const sql[] = {
		"SELECT " SUBJECT_EVENT_COLS " FROM event e "
		"WHERE e.report_id = ?1 ORDER BY e.effective, e.id",
		"SELECT " SUBJECT_EVENT_COLS " FROM event e "
		"WHERE e.agency_id = ?1 ORDER BY e.effective, e.id",
		"SELECT " SUBJECT_EVENT_COLS " FROM event e "
		"WHERE e.issuer_id = ?1 ORDER BY e.effective, e.id",
		"SELECT " SUBJECT_EVENT_COLS " FROM event e "
		"WHERE e.official_id = ?1 ORDER BY e.effective, e.id",
	};
	/* code NULL: the events of every one of kind, in the order of its
	 * listing (sq_meta.c, sq_official.c), with the code of each */
	static const char *const all[] = {
		"SELECT " SUBJECT_EVENT_COLS ", s.number FROM event e "
		"JOIN report s ON s.id = e.report_id "
		"ORDER BY s.issued, s.sort_key, s.number, e.effective, e.id",
		"SELECT " SUBJECT_EVENT_COLS ", s.code FROM event e "
		"JOIN agency_tree s ON s.id = e.agency_id "
		"ORDER BY s.sort_path, e.effective, e.id",
		"SELECT " SUBJECT_EVENT_COLS ", s.code FROM event e "
		"JOIN issuer s ON s.id = e.issuer_id "
		"ORDER BY s.code, e.effective, e.id",
		"SELECT " SUBJECT_EVENT_COLS ", s.code FROM event e "
		"JOIN official s ON s.id = e.official_id "
		"ORDER BY s.code, e.effective, e.id",
	};
	struct rt_error *err;
	struct rt_event ev;
	sqlite3_stmt *stmt;
	int64_t id = 0;
	int rc = SQLITE_DONE, stop = 0;

	*found = 0;
	if (code != NULL && ((err = subject_id(st, kind, code, &id)) != NULL ||
	    id == 0))
		return err;
	*found = 1;
	if ((err = sq_prepare(st, code ? sql[kind] : all[kind], &stmt)) != NULL)
		return err;
	if (code != NULL)
		sqlite3_bind_int64(stmt, 1, id);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		sq_read_event(stmt, &ev);
		ev.subject = sq_col_str(stmt, 12);
		if (code == NULL)
			ev.code = sq_col_str(stmt, 13);
		stop = cb(&ev, arg);
		rt_event_free(&ev);
	}
	if (!stop && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the history");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_rename(void *impl, enum rt_subject kind, const char *old, const char *new)
{
	struct sq_store *st = impl;
	static const char agency_sql[] =
	    "UPDATE agency SET code = ?2 WHERE code = ?1";
	static const char issuer_sql[] =
	    "UPDATE issuer SET code = ?2 WHERE code = ?1";
	static const char official_sql[] =
	    "UPDATE official SET code = ?2 WHERE code = ?1";
	static const char assigned_sql[] =
	    "UPDATE recommendation SET official = ?2 WHERE official = ?1";
	struct rt_error *err = NULL;
	sqlite3_stmt *stmt;

	if ((err = sq_prepare(st, kind == RT_SUBJECT_AGENCY ? agency_sql :
	    kind == RT_SUBJECT_OFFICIAL ? official_sql : issuer_sql,
	    &stmt)) != NULL)
		return err;
	sq_bind_text(stmt, 1, old);
	sq_bind_text(stmt, 2, new);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		err = sq_is_unique_violation(st) ? store_exists(
		    rt_subject_name(kind), new) : sq_db_error(st,
		    "cannot rename");
	else if (sqlite3_changes(st->db) == 0)
		err = rt_error_new(RT_ENOTFOUND, "%s: no such %s", old,
		    rt_subject_name(kind));
	sq_release(st, stmt);
	if (err != NULL || kind != RT_SUBJECT_OFFICIAL)
		return err;
	/* the recommendations assigned to it, in one statement */
	if ((err = sq_prepare(st, assigned_sql, &stmt)) != NULL)
		return err;
	sq_bind_text(stmt, 1, old);
	sq_bind_text(stmt, 2, new);
	err = sq_step_done(st, stmt, "cannot rename");
	sq_release(st, stmt);
	return err;
}
