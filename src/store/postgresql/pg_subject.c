/*
 * rectrack — the store on PostgreSQL: events about a report, an agency,
 * an issuer or an official itself, and renaming agencies, issuers and
 * officials.
 *
 * Such an event takes its turn on the chain as a recommendation's does
 * (pg_head_of: the chain's lock, then its head), its subject written
 * down as "KIND CODE".
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

/* The columns the listing selects, as pg_event.c's listings do. */
#define SUBJECT_EVENT_COLS \
    "e.id, e.change_id, e.voids, to_char(e.at AT TIME ZONE 'UTC', " \
    "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), e.effective, e.actor, e.kind, " \
    "e.field, e.old, e.new, e.note, e.hash, e.subject"

/* The id of code as kind, as text into buf; *found 0 when none. */
static struct rt_error *
subject_id(struct pg_store *st, enum rt_subject kind, const char *code,
    char buf[24], int *found)
{
	static const char *const sql[] = {
		"SELECT id FROM report WHERE number = $1",
		"SELECT id FROM agency WHERE code = $1",
		"SELECT id FROM issuer WHERE code = $1",
		"SELECT id FROM official WHERE code = $1",
	};
	const char *p[1] = { code };
	struct rt_error *err;
	PGresult *res;

	*found = 0;
	if ((err = pg_query(st, "cannot read the history", sql[kind], 1, p,
	    &res, NULL)))
		return err;
	if (PQntuples(res) == 1) {
		*found = 1;
		snprintf(buf, 24, "%s", PQgetvalue(res, 0, 0));
	}
	PQclear(res);
	return NULL;
}

/* The hash of event `voids` about the same subject (ids as bound). */
static struct rt_error *
voided_hash(struct pg_store *st, int64_t voids, const char *const ids[4],
    char out[RT_HASH_SIZE])
{
	static const char sql[] =
	    "SELECT hash FROM event WHERE id = $1::bigint "
	    "AND report_id IS NOT DISTINCT FROM $2::bigint "
	    "AND agency_id IS NOT DISTINCT FROM $3::bigint "
	    "AND issuer_id IS NOT DISTINCT FROM $4::bigint "
	    "AND official_id IS NOT DISTINCT FROM $5::bigint";
	const char *p[5];
	struct rt_error *err;
	PGresult *res;
	char vbuf[24];

	p[0] = pg_int_param(vbuf, voids);
	p[1] = ids[0];
	p[2] = ids[1];
	p[3] = ids[2];
	p[4] = ids[3];
	if ((err = pg_query(st, "cannot read the history", sql, 5, p, &res,
	    NULL)))
		return err;
	if (PQntuples(res) != 1)
		err = rt_error_new(RT_EINVAL, "cannot record the void: no "
		    "event %lld about that subject", (long long)voids);
	else
		snprintf(out, RT_HASH_SIZE, "%s", PQgetvalue(res, 0, 0));
	PQclear(res);
	return err;
}

/*
 * The server records it under the database user unless the user owns
 * the schema (trigger event_actor): the hash is over that actor, and
 * ev->actor is left as given.
 */
struct rt_error *
pg_subject_event_add(void *impl, enum rt_subject kind, const char *code,
    struct rt_event *ev)
{
	struct pg_store *st = impl;
	static const char sql[] =
	    "INSERT INTO event(report_id, agency_id, issuer_id, official_id, "
	    "subject, change_id, at, effective, actor, kind, field, old, new, "
	    "note, voids, hash) VALUES ($1::bigint, $2::bigint, $3::bigint, "
	    "$4::bigint, $5, $6::bigint, $7::timestamptz, $8::date, $9, $10, "
	    "$11, $12, $13, $14, $15::bigint, $16) RETURNING id";
	char idbuf[24], chbuf[24], vbuf[24], voids[RT_HASH_SIZE] = "";
	const char *ids[4] = { NULL, NULL, NULL, NULL }, *p[16];
	struct rt_event h = *ev;
	struct rt_buf subject = { 0 };
	struct rt_error *err;
	PGresult *res;
	int found;

	if ((err = subject_id(st, kind, code, idbuf, &found)) != NULL)
		return err;
	if (!found)
		return rt_error_new(RT_ENOTFOUND, "%s: no such %s", code,
		    rt_subject_name(kind));
	ids[kind] = idbuf;
	if ((err = pg_head_of(st)) != NULL)
		return err;
	if (ev->voids && (err = voided_hash(st, ev->voids, ids, voids)))
		return err;
	/* a copy keeps the subject as first recorded (before a rename) */
	if ((ev->subject != NULL ? rt_buf_puts(&subject, ev->subject) :
	    rt_buf_printf(&subject, "%s %s", rt_subject_name(kind), code)) ||
	    subject.s == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (!st->owner && st->user)
		h.actor = st->user;
	if (store_event_hash(st->head, subject.s, &h,
	    ev->voids ? voids : NULL)) {
		err = rt_error_new(RT_ENOMEM, "cannot compute the event's "
		    "hash");
		goto done;
	}
	memcpy(ev->hash, h.hash, sizeof(ev->hash));
	p[0] = ids[0];
	p[1] = ids[1];
	p[2] = ids[2];
	p[3] = ids[3];
	p[4] = subject.s;
	p[5] = pg_int_param(chbuf, ev->change);
	p[6] = pg_text_param(ev->at);
	p[7] = pg_date_param(ev->effective);
	p[8] = pg_text_param(ev->actor);
	p[9] = pg_text_param(ev->kind);
	p[10] = pg_text_param(ev->field);
	p[11] = pg_text_param(ev->old);
	p[12] = pg_text_param(ev->new);
	p[13] = pg_text_param(ev->note);
	p[14] = ev->voids ? pg_int_param(vbuf, ev->voids) : NULL;
	p[15] = ev->hash;
	if ((err = pg_query(st, "cannot record the event", sql, 16, p, &res,
	    NULL)))
		goto done;
	ev->id = pg_int(res, 0, 0);
	PQclear(res);
	memcpy(st->head, ev->hash, sizeof(st->head));
done:
	rt_buf_free(&subject);
	return err;
}

struct rt_error *
pg_subject_events(void *impl, enum rt_subject kind, const char *code,
    int (*cb)(const struct rt_event *, void *), void *arg, int *found)
{
	struct pg_store *st = impl;
	static const char *const sql[] = {
		"SELECT " SUBJECT_EVENT_COLS " FROM event e "
		"WHERE e.report_id = $1::bigint ORDER BY e.effective, e.id",
		"SELECT " SUBJECT_EVENT_COLS " FROM event e "
		"WHERE e.agency_id = $1::bigint ORDER BY e.effective, e.id",
		"SELECT " SUBJECT_EVENT_COLS " FROM event e "
		"WHERE e.issuer_id = $1::bigint ORDER BY e.effective, e.id",
		"SELECT " SUBJECT_EVENT_COLS " FROM event e "
		"WHERE e.official_id = $1::bigint ORDER BY e.effective, e.id",
	};
	/* code NULL: the events of every one of kind, in the order of its
	 * listing (pg_meta.c, pg_official.c), with the code of each */
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
	PGresult *res;
	const char *p[1];
	char idbuf[24];
	int i, n;

	*found = 1;
	if (code == NULL)
		err = pg_query(st, "cannot read the history", all[kind], 0,
		    NULL, &res, NULL);
	else if ((err = subject_id(st, kind, code, idbuf, found)) != NULL ||
	    !*found)
		return err;
	else {
		p[0] = idbuf;
		err = pg_query(st, "cannot read the history", sql[kind], 1, p,
		    &res, NULL);
	}
	if (err)
		return err;
	n = PQntuples(res);
	for (i = 0; i < n; i++) {
		/* the strings point into the result, valid during the
		 * callback (store.h) */
		memset(&ev, 0, sizeof(ev));
		ev.id = pg_int(res, i, 0);
		ev.change = pg_int(res, i, 1);
		ev.voids = pg_int(res, i, 2);
		snprintf(ev.at, sizeof(ev.at), "%s", PQgetvalue(res, i, 3));
		pg_date(res, i, 4, ev.effective);
		ev.actor = (char *)pg_str(res, i, 5);
		ev.kind = (char *)pg_str(res, i, 6);
		ev.field = (char *)pg_str(res, i, 7);
		ev.old = (char *)pg_str(res, i, 8);
		ev.new = (char *)pg_str(res, i, 9);
		ev.note = (char *)pg_str(res, i, 10);
		snprintf(ev.hash, sizeof(ev.hash), "%s", PQgetvalue(res, i,
		    11));
		ev.subject = (char *)pg_str(res, i, 12);
		if (code == NULL)
			ev.code = (char *)pg_str(res, i, 13);
		if (cb(&ev, arg))
			break;
	}
	PQclear(res);
	return NULL;
}

struct rt_error *
pg_rename(void *impl, enum rt_subject kind, const char *old, const char *new)
{
	struct pg_store *st = impl;
	static const char agency_sql[] =
	    "UPDATE agency SET code = $2 WHERE code = $1";
	static const char issuer_sql[] =
	    "UPDATE issuer SET code = $2 WHERE code = $1";
	static const char official_sql[] =
	    "UPDATE official SET code = $2 WHERE code = $1";
	static const char assigned_sql[] =
	    "UPDATE recommendation SET official = $2 WHERE official = $1";
	const char *p[2] = { old, new };
	struct rt_error *err;
	PGresult *res;
	char state[6];
	int n;

	pg_bulk_forget(st);	/* codes it knew change */
	if ((err = pg_query(st, "cannot rename", kind == RT_SUBJECT_AGENCY ?
	    agency_sql : kind == RT_SUBJECT_OFFICIAL ? official_sql :
	    issuer_sql, 2, p, &res, state)))
		return err;
	if (res == NULL)
		return strcmp(state, PG_UNIQUE) == 0 ?
		    store_exists(rt_subject_name(kind), new) :
		    rt_error_new(RT_EINVAL, "cannot rename %s %s",
		    rt_subject_name(kind), old);
	n = atoi(PQcmdTuples(res));
	PQclear(res);
	if (n == 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no such %s", old,
		    rt_subject_name(kind));
	if (kind != RT_SUBJECT_OFFICIAL)
		return NULL;
	/* the recommendations assigned to it, in one statement */
	if ((err = pg_query(st, "cannot rename", assigned_sql, 2, p, &res,
	    NULL)))
		return err;
	PQclear(res);
	return NULL;
}
