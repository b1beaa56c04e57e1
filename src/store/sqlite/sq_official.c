/*
 * rectrack — the store on SQLite: officials, and the upgrade to schema 6
 * that makes officials of the recommendations' free-text ones
 * (backend.h).
 *
 * Every statement is constant text; user values only ever reach SQLite
 * through bound parameters.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/code.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/sqlite/sq.h"
#include "store/store.h"

/* The ids of the official's agency and of the one it reports to (0 for
 * none); RT_ENOTFOUND when either is not there. */
static struct rt_error *
official_refs(struct sq_store *st, const struct rt_official *o,
    int64_t *agency, int64_t *boss)
{
	struct rt_error *err;

	*agency = *boss = 0;
	if (o->agency != NULL) {
		if ((err = sq_lookup_id(st, SQL_AGENCY_ID, o->agency, agency)))
			return err;
		if (*agency == 0)
			return store_no_agency(o->agency);
	}
	if (o->reports_to != NULL) {
		if ((err = sq_lookup_id(st, SQL_OFFICIAL_ID, o->reports_to,
		    boss)))
			return err;
		if (*boss == 0)
			return store_no_official(o->reports_to);
	}
	return NULL;
}

/* sql with the official's fields as ?1..?6. */
static struct rt_error *
official_stmt(struct sq_store *st, const char *sql,
    const struct rt_official *o, sqlite3_stmt **stmt)
{
	struct rt_error *err;
	int64_t agency, boss;

	if ((err = official_refs(st, o, &agency, &boss)) ||
	    (err = sq_prepare(st, sql, stmt)))
		return err;
	sq_bind_text(*stmt, 1, o->code);
	sq_bind_text(*stmt, 2, o->name);
	sq_bind_text(*stmt, 3, o->email);
	if (agency)
		sqlite3_bind_int64(*stmt, 4, agency);
	sq_bind_text(*stmt, 5, o->title);
	if (boss)
		sqlite3_bind_int64(*stmt, 6, boss);
	return NULL;
}

struct rt_error *
sq_official_add(void *impl, const struct rt_official *o)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = official_stmt(st, "INSERT INTO official(code, name, email, "
	    "agency_id, title, reports_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	    o, &stmt)) != NULL)
		return err;
	if (sqlite3_step(stmt) != SQLITE_DONE)
		err = sq_is_unique_violation(st) ?
		    store_exists("official", o->code) :
		    sq_db_error(st, "cannot add the official");
	sq_release(st, stmt);
	return err;
}

struct rt_error *
sq_official_update(void *impl, const struct rt_official *o)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;

	if ((err = official_stmt(st, "UPDATE official SET name = ?2, "
	    "email = ?3, agency_id = ?4, title = ?5, reports_to = ?6 "
	    "WHERE code = ?1", o, &stmt)) != NULL)
		return err;
	if ((err = sq_step_done(st, stmt, "cannot update the official")) ==
	    NULL && sqlite3_changes(st->db) == 0)
		err = store_no_official(o->code);
	sq_release(st, stmt);
	return err;
}

#define SQL_OFFICIAL_COLS \
    "SELECT o.code, o.name, o.email, a.code, o.title, b.code, " \
    "  (SELECT count(*) FROM recommendation r WHERE r.official = o.code " \
    "     AND r.status LIKE 'open-%') " \
    "FROM official o LEFT JOIN agency a ON a.id = o.agency_id " \
    "  LEFT JOIN official b ON b.id = o.reports_to "
/* one official by its code (the unique index), or all by code */
static const char SQL_OFFICIAL_ONE[] = SQL_OFFICIAL_COLS "WHERE o.code = ?1";
static const char SQL_OFFICIAL_ALL[] = SQL_OFFICIAL_COLS "ORDER BY o.code";

struct rt_error *
sq_officials(void *impl, const char *code,
    int (*cb)(const struct rt_official *, void *), void *arg, int *found)
{
	struct sq_store *st = impl;
	struct rt_error *err;
	sqlite3_stmt *stmt;

	*found = 0;
	if ((err = sq_prepare(st, code ? SQL_OFFICIAL_ONE : SQL_OFFICIAL_ALL,
	    &stmt)) != NULL)
		return err;
	if (code != NULL)
		sq_bind_text(stmt, 1, code);
	return sq_each_row(st, stmt, &store_official_kind,
	    (void (*)(void))cb, arg, found);
}

/* ---- the upgrade to schema 6 ------------------------------------------ */

/* rt_code_derive's test: 1 when code is an official's already. */
static int
code_taken(const char *code, void *arg)
{
	struct sq_store *st = arg;
	int64_t id = 0;
	struct rt_error *err;

	if ((err = sq_lookup_id(st, SQL_OFFICIAL_ID, code, &id)) != NULL) {
		rt_error_free(err);
		return 1;
	}
	return id != 0;
}

/* The official for free text `text`: added, its recommendations assigned
 * to it, its renamed event recorded in change set `change`. */
static struct rt_error *
migrate_one(struct sq_store *st, const char *text, const char *code,
    int64_t change)
{
	static const char assign_sql[] =
	    "UPDATE recommendation SET official = ?2 WHERE official = ?1";
	struct rt_official o;
	struct rt_event ev;
	struct rt_error *err;
	sqlite3_stmt *stmt;

	memset(&o, 0, sizeof(o));
	o.code = (char *)code;
	/* a blank text names nobody: the official says so (the text is
	 * kept by the renamed event) */
	o.name = rt_blank(text) ? "(blank)" : (char *)text;
	if ((err = sq_official_add(st, &o)) != NULL)
		return err;
	if ((err = sq_prepare(st, assign_sql, &stmt)) != NULL)
		return err;
	sq_bind_text(stmt, 1, text);
	sq_bind_text(stmt, 2, code);
	err = sq_step_done(st, stmt, "cannot assign the recommendations");
	sq_release(st, stmt);
	if (err)
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
	return sq_subject_event_add(st, RT_SUBJECT_OFFICIAL, code, &ev);
}

struct rt_error *
sq_officials_migrate(struct sq_store *st)
{
	static const char texts_sql[] =
	    "SELECT DISTINCT official FROM recommendation "
	    "WHERE official IS NOT NULL AND official <> '' "
	    "AND official NOT IN (SELECT code FROM official) ORDER BY official";
	struct rt_change_set ch;
	struct rt_error *err = NULL;
	sqlite3_stmt *stmt;
	char **texts = NULL, **grown;
	char (*codes)[RT_CODE_DERIVED_MAX + 1] = NULL;
	size_t n = 0, i;
	int64_t change = 0;
	int rc;

	/* the texts first: the updates below change what the query sees */
	if (sqlite3_prepare_v2(st->db, texts_sql, -1, &stmt, NULL) !=
	    SQLITE_OK)
		return sq_db_error(st, "cannot read the officials");
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if ((grown = realloc(texts, (n + 1) * sizeof(*texts))) == NULL ||
		    (grown[n] = sq_col_str(stmt, 0)) == NULL) {
			if (grown != NULL)
				texts = grown;
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		texts = grown;
		n++;
	}
	if (err == NULL && rc != SQLITE_DONE)
		err = sq_db_error(st, "cannot read the officials");
	sqlite3_finalize(stmt);
	if (err == NULL && n > 0) {
		memset(&ch, 0, sizeof(ch));
		rt_clock_now(ch.at);
		ch.actor = RT_UPGRADE_ACTOR;
		ch.command = RT_UPGRADE_6_COMMAND;
		err = sq_change_add(st, &ch, &change);
	}
	if (err == NULL && n > 0 &&
	    (codes = calloc(n, sizeof(*codes))) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	/* every code first: none may be another text, or the updates
	 * below would move one text's recommendations to another's code */
	if (err == NULL && n > 0 && rt_code_derive_all((const char *const *)
	    texts, n, code_taken, st, codes) != 0)
		err = rt_error_new(RT_EDB, "cannot derive the officials' codes");
	for (i = 0; err == NULL && i < n; i++)
		err = migrate_one(st, texts[i], codes[i], change);
	for (i = 0; i < n; i++)
		free(texts[i]);
	free(texts);
	free(codes);
	return err;
}
