/*
 * rectrack — the store on a PostgreSQL server: issuers, agencies and
 * reports, the same as the SQLite store (sq_meta.c) gives them (same order, same
 * strings, same errors).
 *
 * Every statement is constant text; values travel as parameters.  A
 * listing's filter is one statement whose conditions each test whether
 * their parameter is NULL: libpq runs it as an unnamed statement, which
 * the server plans with the parameters' values, so that the conditions
 * not asked for fold away and the others can use their indexes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/store.h"

/* The id of the row a one-column query finds for key; 0 when none. */
static struct rt_error *
lookup_id(struct pg_store *st, const char *sql, const char *key,
    int64_t *id)
{
	struct rt_error *err;
	PGresult *res;
	const char *p[1] = { key };

	*id = 0;
	if ((err = pg_query(st, "lookup", sql, 1, p, &res, NULL)))
		return err;
	if (PQntuples(res) > 0)
		*id = pg_int(res, 0, 0);
	PQclear(res);
	return NULL;
}

static const char SQL_AGENCY_ID[] = "SELECT id FROM agency WHERE code = $1";

/* ---- issuers ------------------------------------------------------------ */

struct rt_error *
pg_issuer_add(void *impl, const struct rt_issuer *is)
{
	struct pg_store *st = impl;
	const char *p[3] = { is->code, is->name, is->kind ? is->kind :
	    "other" };
	struct rt_error *err;
	char state[6];

	if ((err = pg_exec(st, "cannot add the issuer",
	    "INSERT INTO issuer(code, name, kind) VALUES ($1, $2, $3)", 3, p,
	    state)))
		return err;
	if (strcmp(state, PG_UNIQUE) == 0)
		return store_exists("issuer", is->code);
	if (state[0])
		return rt_error_new(RT_EDB, "%s: cannot add the issuer: "
		    "constraint violated (SQLSTATE %s)", st->name, state);
	return NULL;
}

struct rt_error *
pg_issuer_update(void *impl, const struct rt_issuer *is)
{
	struct pg_store *st = impl;
	const char *p[3] = { is->code, is->name, is->kind ? is->kind :
	    "other" };
	struct rt_error *err;
	PGresult *res;
	int n;

	if ((err = pg_query(st, "cannot update the issuer",
	    "UPDATE issuer SET name = $2, kind = $3 WHERE code = $1", 3, p,
	    &res, NULL)))
		return err;
	n = atoi(PQcmdTuples(res));
	PQclear(res);
	if (n == 0)
		return rt_error_new(RT_ENOTFOUND, "%s: no such issuer",
		    is->code);
	return NULL;
}

/* The rows of kind that sql ($1 the key; NULL: every row) selects. */
static struct rt_error *
list_by_key(struct pg_store *st, const char *sql, const char *key,
    const struct store_kind *kind, void (*cb)(void), void *arg, int *found)
{
	const char *p[1] = { key };
	struct rt_error *err;
	PGresult *res;

	*found = 0;
	if ((err = pg_query(st, kind->error, sql, 1, p, &res, NULL)))
		return err;
	return pg_each_row(res, kind, cb, arg, found);
}

struct rt_error *
pg_issuers(void *impl, const char *code,
    int (*cb)(const struct rt_issuer *, void *), void *arg, int *found)
{
	return list_by_key(impl, "SELECT code, name, kind FROM issuer "
	    "WHERE $1::text IS NULL OR code = $1 ORDER BY code", code,
	    &store_issuer_kind, (void (*)(void))cb, arg, found);
}

/* ---- agencies ----------------------------------------------------------- */

/* The id of the parent agency ag names (0: none named). */
static struct rt_error *
parent_id(struct pg_store *st, const struct rt_agency *ag, int64_t *id,
    char buf[24], const char **param)
{
	struct rt_error *err;

	*id = 0;
	*param = NULL;
	if (ag->parent == NULL)
		return NULL;
	if ((err = lookup_id(st, SQL_AGENCY_ID, ag->parent, id)))
		return err;
	if (*id == 0)
		return store_no_parent(ag->parent);
	*param = pg_int_param(buf, *id);
	return NULL;
}

struct rt_error *
pg_agency_add(void *impl, const struct rt_agency *ag)
{
	struct pg_store *st = impl;
	struct rt_error *err;
	const char *p[3];
	char buf[24], state[6];
	int64_t parent;

	if ((err = parent_id(st, ag, &parent, buf, &p[2])))
		return err;
	p[0] = ag->code;
	p[1] = ag->name;
	if ((err = pg_exec(st, "cannot add the agency",
	    "INSERT INTO agency(code, name, parent_id) "
	    "VALUES ($1, $2, $3::bigint)", 3, p, state)))
		return err;
	if (strcmp(state, PG_UNIQUE) == 0)
		return store_exists("agency", ag->code);
	if (state[0])	/* the parent went away meanwhile */
		return store_no_parent(ag->parent);
	return NULL;
}

struct rt_error *
pg_agency_update(void *impl, const struct rt_agency *ag)
{
	struct pg_store *st = impl;

	/* UNION, not UNION ALL: a cycle already there ends the walk */
	static const char sql_cycle[] =
	    "WITH RECURSIVE up(id) AS (SELECT $1::bigint UNION "
	    "SELECT a.parent_id FROM agency a JOIN up ON a.id = up.id "
	    "WHERE a.parent_id IS NOT NULL) "
	    "SELECT count(*) FROM up WHERE id = $2::bigint";
	struct rt_error *err;
	PGresult *res;
	const char *p[3];
	char buf[24], idbuf[24];
	int64_t id, parent;
	int cycle;

	/*
	 * Two commands moving agencies at once could each pass the test
	 * below and together make a cycle: moves take turns (the lock
	 * lasts until the transaction ends), and the test runs after the
	 * lock, so that it sees what the one before committed.
	 */
	if ((err = pg_exec(st, "cannot lock the agencies",
	    "SELECT pg_advisory_xact_lock(5395828)", 0, NULL, NULL)))
		return err;
	if ((err = lookup_id(st, SQL_AGENCY_ID, ag->code, &id)))
		return err;
	if (id == 0)
		return store_no_agency(ag->code);
	if ((err = parent_id(st, ag, &parent, buf, &p[2])))
		return err;
	if (parent) {
		/* the new parent may not be the agency or below it */
		p[0] = p[2];
		p[1] = pg_int_param(idbuf, id);
		if ((err = pg_query(st, "cannot read agencies", sql_cycle, 2,
		    p, &res, NULL)))
			return err;
		cycle = pg_int(res, 0, 0) > 0;
		PQclear(res);
		if (cycle)
			return store_agency_cycle(ag);
	}
	p[0] = ag->code;
	p[1] = ag->name;
	return pg_exec(st, "cannot update the agency",
	    "UPDATE agency SET name = $2, parent_id = $3::bigint "
	    "WHERE code = $1", 3, p, NULL);
}

struct rt_error *
pg_agencies(void *impl, const char *code,
    int (*cb)(const struct rt_agency *, void *), void *arg, int *found)
{
	return list_by_key(impl, "SELECT code, name, parent, path, depth "
	    "FROM agency_tree WHERE $1::text IS NULL OR code = $1 "
	    "ORDER BY sort_path", code, &store_agency_kind,
	    (void (*)(void))cb, arg, found);
}

/* ---- reports ------------------------------------------------------------ */

/*
 * Tag report id with the topics of r, creating topics as needed.  Topic
 * names are one without regard to ASCII case (the unique index on
 * lower(name), lower() of a "C" text folding ASCII only, as SQLite's
 * NOCASE): a name met again in another case tags the topic there is.
 *
 * One statement per topic makes the topic if needed and tags the report
 * with it.  When it tags nothing (the report had the topic already, or
 * another transaction made the topic while this one waited on it, which
 * the statement's snapshot does not see), two statements do the same,
 * the second seeing what the first waited for.
 */
static struct rt_error *
report_topics(struct pg_store *st, const char *id, const struct rt_report *r)
{
	static const char sql_both[] =
	    "WITH t AS (INSERT INTO topic(name) VALUES ($2) "
	    "  ON CONFLICT DO NOTHING RETURNING id) "
	    "INSERT INTO report_topic(report_id, topic_id) "
	    "SELECT $1::bigint, id FROM t UNION ALL "
	    "SELECT $1::bigint, id FROM topic "
	    "WHERE lower(name) = lower($2 COLLATE \"C\") "
	    "ON CONFLICT DO NOTHING RETURNING topic_id";
	struct rt_error *err;
	PGresult *res;
	const char *p[2];
	size_t i;
	int tagged;

	for (i = 0; i < r->ntopics; i++) {
		p[0] = id;
		p[1] = r->topics[i];
		if ((err = pg_query(st, "cannot tag the report", sql_both, 2, p,
		    &res, NULL)))
			return err;
		tagged = PQntuples(res) > 0;
		PQclear(res);
		if (tagged)
			continue;
		p[0] = r->topics[i];
		if ((err = pg_exec(st, "cannot add a topic",
		    "INSERT INTO topic(name) VALUES ($1) ON CONFLICT DO NOTHING",
		    1, p, NULL)))
			return err;
		p[0] = id;
		p[1] = r->topics[i];
		if ((err = pg_exec(st, "cannot tag the report",
		    "INSERT INTO report_topic(report_id, topic_id) "
		    "SELECT $1::bigint, id FROM topic "
		    "WHERE lower(name) = lower($2 COLLATE \"C\") "
		    "ON CONFLICT DO NOTHING", 2, p, NULL)))
			return err;
	}
	return NULL;
}

/*
 * The ids the report r refers to: its own (0: no such report), its
 * issuer's and its agency's (unknown ones are errors), in one trip.
 */
static struct rt_error *
report_ids(struct pg_store *st, const struct rt_report *r, int64_t *id,
    char issuer[24], char agency[24])
{
	const char *p[3] = { r->number, r->issuer, r->agency };
	struct rt_error *err;
	PGresult *res;
	int noissuer, noagency;

	if ((err = pg_query(st, "lookup",
	    "SELECT (SELECT id FROM report WHERE number = $1), "
	    "(SELECT id FROM issuer WHERE code = $2), "
	    "(SELECT id FROM agency WHERE code = $3)", 3, p, &res, NULL)))
		return err;
	*id = pg_int(res, 0, 0);
	noissuer = PQgetisnull(res, 0, 1);
	noagency = PQgetisnull(res, 0, 2);
	snprintf(issuer, 24, "%s", PQgetvalue(res, 0, 1));
	snprintf(agency, 24, "%s", PQgetvalue(res, 0, 2));
	PQclear(res);
	if (noissuer)
		*issuer = '\0';
	if (noagency)
		*agency = '\0';
	return NULL;
}

/* The report's fields as parameters $1..$11, as the statements below
 * take them; *key is the natural-order key, freed by the caller. */
static struct rt_error *
report_params(const struct rt_report *r, const char *issuer,
    const char *agency, char fy[24], char **key, const char *p[11])
{
	if (*issuer == '\0')
		return store_no_issuer(r->issuer);
	if (*agency == '\0')
		return store_no_agency(r->agency);
	if ((*key = rt_natkey(r->number)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	p[0] = r->number;
	p[1] = *key;
	p[2] = r->title;
	p[3] = issuer;
	p[4] = r->type ? r->type : "audit";
	p[5] = pg_date_param(r->issued);
	p[6] = pg_int_param(fy, r->fiscal_year);
	p[7] = agency;
	p[8] = r->url;
	p[9] = r->summary;
	p[10] = r->sensitivity ? r->sensitivity : "public";
	return NULL;
}

struct rt_error *
pg_report_add(void *impl, const struct rt_report *r)
{
	struct pg_store *st = impl;
	static const char sql[] =
	    "INSERT INTO report(number, sort_key, title, issuer_id, type, "
	    "issued, fiscal_year, agency_id, url, summary, sensitivity) "
	    "VALUES ($1, $2, $3, $4::bigint, $5, $6::date, $7::integer, "
	    "$8::bigint, $9, $10, $11) RETURNING id";
	struct rt_error *err;
	PGresult *res = NULL;
	const char *p[11];
	char issuer[24], agency[24], fy[24], idbuf[24], state[6];
	char *key = NULL;
	int64_t id;
	int held;

	/* in a long run, held back and sent with others (pg_bulk.c) */
	if ((err = pg_bulk_report(st, r, &held)) || held)
		return err;
	if ((err = report_ids(st, r, &id, issuer, agency)))
		return err;
	if (id != 0)
		return store_exists("report", r->number);
	if ((err = report_params(r, issuer, agency, fy, &key, p)) ||
	    (err = pg_query(st, "cannot add the report", sql, 11, p, &res,
	    state)))
		goto done;
	if (strcmp(state, PG_UNIQUE) == 0) {	/* added meanwhile */
		err = store_exists("report", r->number);
		goto done;
	}
	if (state[0]) {
		err = rt_error_new(RT_EDB, "%s: cannot add the report: its "
		    "issuer or agency went away meanwhile", st->name);
		goto done;
	}
	snprintf(idbuf, sizeof(idbuf), "%s", PQgetvalue(res, 0, 0));
	pg_bulk_note(st, 'r', r->number, pg_int(res, 0, 0));
	err = report_topics(st, idbuf, r);
done:
	PQclear(res);
	free(key);
	return err;
}

struct rt_error *
pg_report_update(void *impl, const struct rt_report *r)
{
	struct pg_store *st = impl;
	static const char sql[] =
	    "UPDATE report SET sort_key = $2, title = $3, "
	    "issuer_id = $4::bigint, type = $5, issued = $6::date, "
	    "fiscal_year = $7::integer, agency_id = $8::bigint, url = $9, "
	    "summary = $10, sensitivity = $11 WHERE number = $1";
	struct rt_error *err;
	const char *p[11];
	char issuer[24], agency[24], fy[24], idbuf[24], state[6];
	char *key = NULL;
	int64_t id;

	if ((err = report_ids(st, r, &id, issuer, agency)))
		return err;
	if (id == 0)
		return store_no_report(r->number);
	if ((err = report_params(r, issuer, agency, fy, &key, p)) ||
	    (err = pg_exec(st, "cannot update the report", sql, 11, p,
	    state)))
		goto done;
	if (state[0]) {
		err = rt_error_new(RT_EDB, "%s: cannot update the report: its "
		    "issuer or agency went away meanwhile", st->name);
		goto done;
	}
	p[0] = pg_int_param(idbuf, id);
	if ((err = pg_exec(st, "cannot update the topics",
	    "DELETE FROM report_topic WHERE report_id = $1::bigint", 1, p,
	    NULL)) == NULL)
		err = report_topics(st, idbuf, r);
done:
	free(key);
	return err;
}

/*
 * The report numbers given so far in the file being imported, kept in
 * this process's memory (pg_bulk.c): a number each, and no trip to the
 * server per report.
 */
struct rt_error *
pg_report_seen_reset(void *impl)
{
	return pg_bulk_seen_reset(impl);
}

struct rt_error *
pg_report_seen(void *impl, const char *number, int line, int *first)
{
	return pg_bulk_seen(impl, number, line, first);
}

/*
 * Reports with their issuer, agency, counts and topics (in name order
 * without regard to ASCII case, as SQLite's NOCASE column gives them,
 * joined by US characters), filtered as the SQLite store's where_report:
 * $1 report number, $2 issuer code, $3 agency code (with its
 * sub-agencies, the primary agency), $4 topic (any ASCII case), $5
 * fiscal years (an integer[]: any of them), $6 and $7 the issue date range.
 */
static const char SQL_REPORT_SELECT[] =
    "WITH RECURSIVE sub(id) AS ("
    "  SELECT id FROM agency WHERE code = $3"
    "  UNION ALL SELECT a.id FROM agency a JOIN sub ON a.parent_id = sub.id) "
    PG_REPORT_FROM
    "WHERE ($1::text IS NULL OR r.number = $1) "
    "  AND ($2::text IS NULL OR i.code = $2) "
    "  AND ($3::text IS NULL OR r.agency_id IN (SELECT id FROM sub)) "
    "  AND ($4::text IS NULL OR r.id IN (SELECT rt.report_id "
    "    FROM report_topic rt JOIN topic t ON t.id = rt.topic_id "
    "    WHERE lower(t.name) = lower($4 COLLATE \"C\"))) "
    "  AND ($5::integer[] IS NULL OR r.fiscal_year = ANY($5)) "
    "  AND ($6::date IS NULL OR r.issued >= $6) "
    "  AND ($7::date IS NULL OR r.issued <= $7) "
    "ORDER BY r.issued, r.sort_key, r.number";

struct report_walk {
	int (*cb)(const struct rt_report *, void *);
	void *arg;
	int *found;
};

/* A row of the listing to its callback (pg_cursor_walk). */
static int
report_row(const PGresult *res, int i, void *arg)
{
	struct report_walk *w = arg;
	struct rt_error *err;
	int stop = 0;

	if ((err = pg_row_of(res, i, &store_report_kind,
	    (void (*)(void))w->cb, w->arg, &stop))) {
		rt_error_free(err);
		return -1;	/* its only failure: out of memory */
	}
	(*w->found)++;
	return stop ? 1 : 0;
}

struct rt_error *
pg_reports(void *impl, const char *number,
    const struct rt_filter *f, int (*cb)(const struct rt_report *, void *),
    void *arg, int *found)
{
	struct pg_store *st = impl;
	static const struct rt_filter none;
	struct rt_error *err = NULL;
	PGresult *res;
	struct report_walk rw;
	const char *p[7];
	char fys[PG_FYS_SIZE];
	int served;

	*found = 0;
	/* a report a long run of writes knows is not there (pg_bulk.c) */
	if (number != NULL && pg_bulk_absent(st, 'r', number))
		return NULL;
	if (number && (err = pg_walk_report(st, number, cb, arg, found,
	    &served)))
		return err;
	if (number && served)
		return NULL;
	if (f == NULL)
		f = &none;
	p[0] = number ? number : f->report;
	p[1] = f->issuer;
	p[2] = f->agency;
	p[3] = f->topic;
	p[4] = pg_fys_param(fys, f);
	p[5] = pg_date_param(f->issued_from);
	p[6] = pg_date_param(f->issued_to);
	if (number) {
		if ((err = pg_query(st, store_report_kind.error,
		    SQL_REPORT_SELECT, 7, p, &res, NULL)))
			return err;
		return pg_each_row(res, &store_report_kind,
		    (void (*)(void))cb, arg, found);
	}
	/* a listing: a page at a time (an export's may be every report,
	 * with its title and summary) */
	rw.cb = cb;
	rw.arg = arg;
	rw.found = found;
	return pg_cursor_walk(st, store_report_kind.error, SQL_REPORT_SELECT,
	    7, p, report_row, &rw);
}
