/*
 * rectrack — the store on PostgreSQL: officials, and the upgrade to
 * schema 6 that makes officials of the recommendations' free-text ones
 * (backend.h), as on SQLite.
 */
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/code.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/store.h"

static const char SQL_AGENCY_ID[] = "SELECT id FROM agency WHERE code = $1";
static const char SQL_OFFICIAL_ID[] =
    "SELECT id FROM official WHERE code = $1";

/* The id of the row a one-column query finds for key; 0 when none. */
static struct rt_error *
lookup(struct pg_store *st, const char *sql, const char *key, int64_t *id)
{
	const char *p[1] = { key };
	struct rt_error *err;
	PGresult *res;

	*id = 0;
	if ((err = pg_query(st, "lookup", sql, 1, p, &res, NULL)))
		return err;
	if (PQntuples(res) > 0)
		*id = pg_int(res, 0, 0);
	PQclear(res);
	return NULL;
}

/* The official's fields as p[0..5] (ids in bufs); RT_ENOTFOUND for an
 * agency or an official reported to that is not there. */
static struct rt_error *
official_params(struct pg_store *st, const struct rt_official *o,
    const char *p[6], char abuf[24], char bbuf[24])
{
	struct rt_error *err;
	int64_t agency = 0, boss = 0;

	if (o->agency != NULL) {
		if ((err = lookup(st, SQL_AGENCY_ID, o->agency, &agency)))
			return err;
		if (agency == 0)
			return store_no_agency(o->agency);
	}
	if (o->reports_to != NULL) {
		if ((err = lookup(st, SQL_OFFICIAL_ID, o->reports_to, &boss)))
			return err;
		if (boss == 0)
			return store_no_official(o->reports_to);
	}
	p[0] = o->code;
	p[1] = o->name;
	p[2] = pg_text_param(o->email);
	p[3] = agency ? pg_int_param(abuf, agency) : NULL;
	p[4] = pg_text_param(o->title);
	p[5] = boss ? pg_int_param(bbuf, boss) : NULL;
	return NULL;
}

struct rt_error *
pg_official_add(void *impl, const struct rt_official *o)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	const char *p[6];
	char abuf[24], bbuf[24], state[6];
	int held;

	/* in a long run, held back and sent with others (pg_bulk.c) */
	if ((err = pg_bulk_official(st, o, &held)) || held)
		return err;
	if ((err = official_params(st, o, p, abuf, bbuf)) ||
	    (err = pg_exec(st, "cannot add the official",
	    "INSERT INTO official(code, name, email, agency_id, title, "
	    "reports_to) VALUES ($1, $2, $3, $4::bigint, $5, $6::bigint)", 6,
	    p, state)))
		return err;
	if (strcmp(state, PG_UNIQUE) == 0)
		return store_exists("official", o->code);
	if (state[0])
		return rt_error_new(RT_EDB, "%s: cannot add the official: "
		    "constraint violated (SQLSTATE %s)", st->name, state);
	pg_bulk_note(st, 'o', o->code, 0);
	return NULL;
}

struct rt_error *
pg_official_update(void *impl, const struct rt_official *o)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	const char *p[6];
	char abuf[24], bbuf[24];
	PGresult *res;
	int n;

	if ((err = official_params(st, o, p, abuf, bbuf)) ||
	    (err = pg_query(st, "cannot update the official",
	    "UPDATE official SET name = $2, email = $3, agency_id = $4::bigint, "
	    "title = $5, reports_to = $6::bigint WHERE code = $1", 6, p, &res,
	    NULL)))
		return err;
	n = atoi(PQcmdTuples(res));
	PQclear(res);
	return n == 0 ? store_no_official(o->code) : NULL;
}

struct rt_error *
pg_officials(void *impl, const char *code,
    int (*cb)(const struct rt_official *, void *), void *arg, int *found)
{
	struct pg_store *st = impl;
	const char *p[1] = { code };
	struct rt_error *err;
	PGresult *res;

	*found = 0;
	/* one a long run of writes knows is not there (pg_bulk.c) */
	if (code != NULL && pg_bulk_absent(st, 'o', code))
		return NULL;
	if ((err = pg_query(st, "cannot read officials",
	    "SELECT o.code, o.name, o.email, a.code, o.title, b.code, "
	    "  (SELECT count(*) FROM recommendation r "
	    "   WHERE r.official = o.code AND r.status LIKE 'open-%') "
	    "FROM official o LEFT JOIN agency a ON a.id = o.agency_id "
	    "  LEFT JOIN official b ON b.id = o.reports_to "
	    "WHERE $1::text IS NULL OR o.code = $1 ORDER BY o.code", 1, p,
	    &res, NULL)))
		return err;
	return pg_each_row(res, &store_official_kind, (void (*)(void))cb, arg,
	    found);
}

/* ---- the upgrade to schema 6 ------------------------------------------ */

static int
code_taken(const char *code, void *arg)
{
	struct rt_error *err;
	int64_t id = 0;

	if ((err = lookup(arg, SQL_OFFICIAL_ID, code, &id)) != NULL) {
		rt_error_free(err);
		return 1;
	}
	return id != 0;
}

/* The official for free text `text`: added, its recommendations assigned
 * to it, its renamed event recorded in change set `change`. */
static struct rt_error *
migrate_one(struct pg_store *st, const char *text, const char *code,
    int64_t change)
{
	struct rt_official o;
	struct rt_event ev;
	struct rt_error *err;
	const char *p[2];

	memset(&o, 0, sizeof(o));
	o.code = (char *)code;
	/* a blank text names nobody: the official says so (the text is
	 * kept by the renamed event) */
	o.name = rt_blank(text) ? "(blank)" : (char *)text;
	if ((err = pg_official_add(st, &o)) != NULL)
		return err;
	p[0] = text;
	p[1] = code;
	if ((err = pg_exec(st, "cannot assign the recommendations",
	    "UPDATE recommendation SET official = $2 WHERE official = $1", 2,
	    p, NULL)))
		return err;
	memset(&ev, 0, sizeof(ev));
	ev.change = change;
	rt_clock_now(ev.at);
	rt_clock_today(ev.effective);
	ev.actor = RT_UPGRADE_ACTOR;
	ev.kind = "renamed";
	ev.field = "code";
	ev.old = (char *)text;
	ev.new = (char *)code;
	ev.note = RT_UPGRADE_6_NOTE;
	return pg_subject_event_add(st, RT_SUBJECT_OFFICIAL, code, &ev);
}

struct rt_error *
pg_officials_migrate(struct pg_store *st)
{
	struct rt_change_set ch;
	struct rt_error *err;
	PGresult *res;
	const char **texts = NULL;
	char (*codes)[RT_CODE_DERIVED_MAX + 1] = NULL;
	int64_t change = 0;
	int i, n;

	if ((err = pg_query(st, "cannot read the officials",
	    "SELECT DISTINCT official FROM recommendation "
	    "WHERE official IS NOT NULL AND official <> '' "
	    "AND official NOT IN (SELECT code FROM official) ORDER BY official",
	    0, NULL, &res, NULL)))
		return err;
	if ((n = PQntuples(res)) > 0) {
		memset(&ch, 0, sizeof(ch));
		rt_clock_now(ch.at);
		ch.actor = RT_UPGRADE_ACTOR;
		ch.command = RT_UPGRADE_6_COMMAND;
		err = pg_change_add(st, &ch, &change);
	}
	/* every code first: none may be another text, or the updates
	 * below would move one text's recommendations to another's code */
	if (err == NULL && n > 0 &&
	    ((texts = calloc((size_t)n, sizeof(*texts))) == NULL ||
	    (codes = calloc((size_t)n, sizeof(*codes))) == NULL))
		err = rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; err == NULL && i < n; i++)
		texts[i] = PQgetvalue(res, i, 0);
	if (err == NULL && n > 0 &&
	    rt_code_derive_all(texts, (size_t)n, code_taken, st, codes) != 0)
		err = rt_error_new(RT_EDB, "cannot derive the officials' codes");
	for (i = 0; err == NULL && i < n; i++)
		err = migrate_one(st, texts[i], codes[i], change);
	free(texts);
	free(codes);
	PQclear(res);
	return err;
}
