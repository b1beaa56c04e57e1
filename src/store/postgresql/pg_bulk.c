/*
 * rectrack — the store on PostgreSQL: a long run of writes (an import,
 * a copy) held back and sent together.
 *
 * The first writes of a transaction go to the server one statement
 * each, as a single command's do.  From the BULK_AFTER-th on, new
 * officials, reports (with their topics), recommendations of reports
 * made in this transaction and events are held back as rows of COPY
 * FROM STDIN, ids taken beforehand: recommendations, reports and
 * officials from blocks of their sequences, events one after the other
 * under the chain's lock (no one else adds events meanwhile).  What
 * would make a row fail (a code that is not there, a number taken) is
 * known from maps of what the store holds, read once when the run
 * starts and kept up to date; a row those do not vouch for is written
 * at once, as before.  The held rows go out before any other statement
 * (pg_query flushes them), when they pass BULK_BYTES, and at the
 * commit; a rollback drops them.  After a commit that sent rows, the
 * tables are analyzed (a user who may not is warned by the server, not
 * refused).
 */
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/strmap.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/store.h"

/* Writes of a transaction sent one by one before rows are held back. */
#define BULK_AFTER 32
/* Held bytes that make a flush. */
#define BULK_BYTES (4 << 20)
/* The largest block of ids taken at once. */
#define BLOCK_MAX 8192

/* The tables, in the order their rows are sent (references first). */
enum { T_OFFICIAL, T_REPORT, T_TOPIC, T_REC, T_EVENT, NTABLES };

static const char *const copy_sql[NTABLES] = {
	"COPY official(id, code, name, email, agency_id, title, reports_to) "
	"FROM STDIN",
	"COPY report(id, number, sort_key, title, issuer_id, type, issued, "
	"fiscal_year, agency_id, url, summary, sensitivity) FROM STDIN",
	"COPY report_topic(report_id, topic_id) FROM STDIN",
	"COPY recommendation(id, report_id, number, sort_key, text, "
	"agency_id, official, concurrence, status, target_date, "
	"original_target_date, resolved_date, closed_date, "
	"corrective_action, priority, significant, on_hold, "
	"closure_requested, partially_addressed, questioned_cost, "
	"unsupported_cost, funds_better_use, potential_savings, "
	"disallowed_cost, fbu_agreed) FROM STDIN",
	"COPY event(id, recommendation_id, change_id, at, effective, actor, "
	"kind, field, old, new, note, voids, hash) FROM STDIN",
};

static const char *const copy_what[NTABLES] = {
	"cannot add the officials", "cannot add the reports",
	"cannot tag the reports", "cannot add the recommendations",
	"cannot record the events",
};

/* The tables analyzed after a run, by which were written. */
static const char *const analyze_sql[NTABLES] = {
	"ANALYZE official", "ANALYZE report", "ANALYZE report_topic, topic",
	"ANALYZE recommendation", "ANALYZE event, change",
};

/* Sequences ids are taken from in blocks. */
enum { ID_OFFICIAL, ID_REPORT, ID_REC, NIDS };
static const char *const id_table[NIDS] = {
	"rectrack.official", "rectrack.report", "rectrack.recommendation"
};

struct idblock {
	int64_t *v;
	size_t n, next, size;
};

/* A recommendation held back and its subject, for its events. */
struct subject {
	int64_t id;
	char *s;
};

struct pg_bulk {
	long writes;			/* in this transaction */
	int on;				/* holding rows back */
	int inner;			/* a statement of this file: no flush */
	struct rt_buf buf[NTABLES];
	size_t bytes;
	unsigned sent;			/* tables sent to: 1 << T_* */
	struct idblock ids[NIDS];
	int64_t event_first;		/* the id the sequence gave */
	int64_t event_next;		/* the next event id; 0: to take */
	int64_t event_last;		/* the last one held back; 0: none */
	struct rt_strmap seen;		/* report numbers of the file: line */
	struct rt_strmap reports;	/* number: id, of every report */
	int64_t report_first;		/* the first report id this run
					   took (0: none): a report of an id
					   at least this was made by it */
	struct rt_strmap officials;	/* code: id (0: not known) */
	struct rt_strmap issuers, agencies, topics;	/* code: id */
	struct rt_strmap recs;		/* "REPORT#NUMBER" held back: id */
	struct subject *subj;		/* ascending ids */
	size_t nsubj, capsubj;
};

static struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

static struct pg_bulk *
bulk_of(struct pg_store *st)
{
	if (st->bulk == NULL)
		st->bulk = calloc(1, sizeof(*st->bulk));
	return st->bulk;
}

/* Forget the maps of codes (they are read again when needed). */
static void
maps_free(struct pg_bulk *b)
{
	rt_strmap_free(&b->reports);
	rt_strmap_free(&b->officials);
	rt_strmap_free(&b->issuers);
	rt_strmap_free(&b->agencies);
	rt_strmap_free(&b->topics);
	b->on = 0;
}

void
pg_bulk_end(struct pg_store *st)
{
	struct pg_bulk *b = st->bulk;
	size_t i;

	if (b == NULL)
		return;
	maps_free(b);
	rt_strmap_free(&b->seen);
	rt_strmap_free(&b->recs);
	for (i = 0; i < NTABLES; i++)
		rt_buf_free(&b->buf[i]);
	for (i = 0; i < NIDS; i++)
		free(b->ids[i].v);
	for (i = 0; i < b->nsubj; i++)
		free(b->subj[i].s);
	free(b->subj);
	free(b);
	st->bulk = NULL;
}

void
pg_bulk_forget(struct pg_store *st)
{
	if (st->bulk != NULL)
		maps_free(st->bulk);
}

int
pg_bulk_pending(const struct pg_store *st)
{
	return st->bulk != NULL && !st->bulk->inner && st->bulk->bytes > 0;
}

/* A statement of this file, run without flushing what is held. */
static struct rt_error *
inner_query(struct pg_store *st, const char *what, const char *sql,
    int nparams, const char *const *params, PGresult **res)
{
	struct rt_error *err;

	st->bulk->inner = 1;
	err = pg_query(st, what, sql, nparams, params, res, NULL);
	st->bulk->inner = 0;
	return err;
}

/* ---- rows in COPY's text format ------------------------------------ */

/* Append one field (NULL: \N), tab before it unless first. */
static void
field(struct rt_buf *b, const char *s, int first, int *nomem_flag)
{
	const char *p;
	char esc[2] = { '\\', 0 };

	if (!first && rt_buf_add(b, "\t", 1) == -1)
		*nomem_flag = 1;
	if (s == NULL) {
		if (rt_buf_add(b, "\\N", 2) == -1)
			*nomem_flag = 1;
		return;
	}
	for (p = s; *p; p++) {
		switch (*p) {
		case '\\': esc[1] = '\\'; break;
		case '\t': esc[1] = 't'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		default: continue;
		}
		if (rt_buf_add(b, s, (size_t)(p - s)) == -1 ||
		    rt_buf_add(b, esc, 2) == -1)
			*nomem_flag = 1;
		s = p + 1;
	}
	if (rt_buf_add(b, s, (size_t)(p - s)) == -1)
		*nomem_flag = 1;
}

/* Hold the row of n fields back for table t. */
static struct rt_error *
hold(struct pg_store *st, int t, const char *const *v, int n)
{
	struct pg_bulk *b = st->bulk;
	size_t before = b->buf[t].len;
	int i, bad = 0;

	for (i = 0; i < n; i++)
		field(&b->buf[t], v[i], i == 0, &bad);
	if (bad || rt_buf_add(&b->buf[t], "\n", 1) == -1) {
		b->buf[t].len = before;
		return nomem();
	}
	b->bytes += b->buf[t].len - before;
	return NULL;
}

/* ---- sending them ---------------------------------------------------- */

struct rt_error *
pg_bulk_flush(struct pg_store *st)
{
	struct pg_bulk *b = st->bulk;
	struct rt_error *err = NULL;
	PGresult *res;
	const char *p[1];
	char buf[24];
	int t;

	if (b == NULL || b->inner || b->bytes == 0)
		return NULL;
	b->inner = 1;
	for (t = 0; t < NTABLES && err == NULL; t++) {
		if (b->buf[t].len == 0)
			continue;
		err = pg_copy(st, copy_what[t], copy_sql[t], b->buf[t].s,
		    b->buf[t].len);
		b->buf[t].len = 0;
		b->sent |= 1u << t;
	}
	b->bytes = 0;
	/* the events' sequence passes the ids used (the chain's lock keeps
	 * other writers of events waiting, so it stood at the first): with
	 * nextval, which a writer may call, where setval needs the right to
	 * change the sequence; the next event held back takes its id anew,
	 * after any written meanwhile */
	if (err == NULL && b->event_last > b->event_first) {
		p[0] = pg_int_param(buf, b->event_last - b->event_first);
		if ((err = pg_query(st, "cannot record the events",
		    "SELECT max(nextval(pg_get_serial_sequence("
		    "'rectrack.event', 'id'))) FROM generate_series(1, "
		    "$1::bigint)", 1, p, &res, NULL)) == NULL)
			PQclear(res);
	}
	b->event_first = b->event_next = b->event_last = 0;
	/* what was sent is the server's now: the recommendations held back
	 * are forgotten, so that memory stays bounded by what is held (an
	 * event of one of them gets its subject from the server) */
	rt_strmap_free(&b->recs);
	for (t = 0; (size_t)t < b->nsubj; t++)
		free(b->subj[t].s);
	b->nsubj = 0;
	b->inner = 0;
	return err;
}

/* After the commit: the planner's statistics of the tables written. */
void
pg_bulk_analyze(struct pg_store *st)
{
	PGresult *res;
	unsigned sent;
	int t;

	if (st->bulk == NULL || (sent = st->bulk->sent) == 0)
		return;
	st->bulk->sent = 0;
	for (t = 0; t < NTABLES; t++)
		if (sent & (1u << t)) {
			/* a user who may not analyze gets a warning only;
			 * nothing to report either way */
			res = PQexec(st->conn, analyze_sql[t]);
			PQclear(res);
		}
}

/* ---- when to hold rows back, and what is known ------------------------ */

static struct rt_error *
load_map(struct pg_store *st, const char *sql, struct rt_strmap *m)
{
	struct rt_error *err;
	PGresult *res;
	int i, n;

	if ((err = inner_query(st, "lookup", sql, 0, NULL, &res)))
		return err;
	n = PQntuples(res);
	for (i = 0; i < n && err == NULL; i++)
		if (rt_strmap_put(m, PQgetvalue(res, i, 0),
		    pg_int(res, i, 1)) == -1)
			err = nomem();
	PQclear(res);
	return err;
}

/* Count one write; *on: whether rows are held back from here on. */
static struct rt_error *
counted(struct pg_store *st, int *on)
{
	struct pg_bulk *b;
	struct rt_error *err;

	*on = 0;
	if (!st->in_tx)
		return NULL;
	if ((b = bulk_of(st)) == NULL)
		return nomem();
	if (b->on) {
		*on = 1;
		return NULL;
	}
	if (++b->writes < BULK_AFTER)
		return NULL;
	/* what is held now is sent, so the maps see it */
	if ((err = pg_bulk_flush(st)) ||
	    (err = load_map(st, "SELECT number, id FROM report",
	    &b->reports)) ||
	    (err = load_map(st, "SELECT code, id FROM official",
	    &b->officials))) {
		maps_free(b);
		return err;
	}
	*on = b->on = 1;
	return NULL;
}

/* The id of code in the table whose "SELECT id … WHERE code = $1" is
 * sql, kept in m; 0 when there is none (not kept). */
static struct rt_error *
code_id(struct pg_store *st, struct rt_strmap *m, const char *sql,
    const char *code, int64_t *id)
{
	struct rt_error *err;
	PGresult *res;

	*id = 0;
	if (code == NULL || rt_strmap_get(m, code, id))
		return NULL;
	if ((err = inner_query(st, "lookup", sql, 1, &code, &res)))
		return err;
	if (PQntuples(res) > 0)
		*id = pg_int(res, 0, 0);
	PQclear(res);
	if (*id != 0 && rt_strmap_put(m, code, *id) == -1)
		return nomem();
	return NULL;
}

static struct rt_error *
agency_id(struct pg_store *st, const char *code, int64_t *id)
{
	return code_id(st, &st->bulk->agencies,
	    "SELECT id FROM agency WHERE code = $1", code, id);
}

/* The next id of sequence k, from a block taken beforehand. */
static struct rt_error *
take_id(struct pg_store *st, int k, int64_t *id)
{
	struct idblock *bl = &st->bulk->ids[k];
	struct rt_error *err;
	PGresult *res;
	const char *p[2];
	char nbuf[24];
	int i, n;

	if (bl->next == bl->n) {
		bl->size = bl->size ? bl->size * 2 : 64;
		if (bl->size > BLOCK_MAX)
			bl->size = BLOCK_MAX;
		free(bl->v);
		bl->n = bl->next = 0;
		if ((bl->v = malloc(bl->size * sizeof(*bl->v))) == NULL)
			return nomem();
		p[0] = id_table[k];
		p[1] = pg_int_param(nbuf, (int64_t)bl->size);
		if ((err = inner_query(st, "cannot number the rows",
		    "SELECT nextval(pg_get_serial_sequence($1, 'id')) "
		    "FROM generate_series(1, $2::integer)", 2, p, &res)))
			return err;
		n = PQntuples(res);
		for (i = 0; i < n && (size_t)i < bl->size; i++)
			bl->v[i] = pg_int(res, i, 0);
		bl->n = (size_t)i;
		PQclear(res);
		if (bl->n == 0)
			return rt_error_new(RT_EDB, "%s: cannot number the "
			    "rows", st->name);
	}
	*id = bl->v[bl->next++];
	return NULL;
}

/* Held rows past BULK_BYTES go out. */
static struct rt_error *
maybe_flush(struct pg_store *st)
{
	return st->bulk->bytes >= BULK_BYTES ? pg_bulk_flush(st) : NULL;
}

/* ---- the report numbers of a file ------------------------------------ */

struct rt_error *
pg_bulk_seen_reset(struct pg_store *st)
{
	struct pg_bulk *b = bulk_of(st);

	if (b == NULL)
		return nomem();
	rt_strmap_free(&b->seen);
	return NULL;
}

struct rt_error *
pg_bulk_seen(struct pg_store *st, const char *number, int line, int *first)
{
	struct pg_bulk *b = bulk_of(st);
	int64_t at;

	*first = 0;
	if (b == NULL)
		return nomem();
	if (rt_strmap_get(&b->seen, number, &at)) {
		*first = (int)at;
		return NULL;
	}
	return rt_strmap_put(&b->seen, number, line) == -1 ? nomem() : NULL;
}

/* ---- what the run knows is not there ---------------------------------- */

int
pg_bulk_absent(struct pg_store *st, char kind, const char *key)
{
	struct pg_bulk *b = st->bulk;

	if (b == NULL || !b->on || !st->in_tx || key == NULL)
		return 0;
	return !rt_strmap_get(kind == 'r' ? &b->reports : &b->officials, key,
	    NULL);
}

void
pg_bulk_note(struct pg_store *st, char kind, const char *key, int64_t id)
{
	struct pg_bulk *b = st->bulk;

	if (b == NULL || !b->on)
		return;
	/* out of memory: the run stops vouching for anything */
	if (rt_strmap_put(kind == 'r' ? &b->reports : &b->officials, key,
	    id) == -1)
		maps_free(b);
}

/* ---- the rows held back ------------------------------------------------ */

struct rt_error *
pg_bulk_official(struct pg_store *st, const struct rt_official *o, int *held)
{
	struct pg_bulk *b;
	struct rt_error *err;
	const char *v[7];
	char ibuf[24], abuf[24], bbuf[24];
	int64_t id, agency = 0, boss = 0;
	int on;

	*held = 0;
	if ((err = counted(st, &on)) || !on)
		return err;
	b = st->bulk;
	if (rt_blank(o->code) || o->name == NULL || *o->name == '\0' ||
	    rt_strmap_get(&b->officials, o->code, NULL))
		return NULL;
	if (o->agency != NULL &&
	    ((err = agency_id(st, o->agency, &agency)) || agency == 0))
		return err;
	if (o->reports_to != NULL &&
	    (!rt_strmap_get(&b->officials, o->reports_to, &boss) || boss == 0))
		return NULL;
	if ((err = take_id(st, ID_OFFICIAL, &id)))
		return err;
	v[0] = pg_int_param(ibuf, id);
	v[1] = o->code;
	v[2] = o->name;
	v[3] = pg_text_param(o->email);
	v[4] = agency ? pg_int_param(abuf, agency) : NULL;
	v[5] = pg_text_param(o->title);
	v[6] = boss ? pg_int_param(bbuf, boss) : NULL;
	if ((err = hold(st, T_OFFICIAL, v, 7)))
		return err;
	if (rt_strmap_put(&b->officials, o->code, id) == -1)
		return nomem();
	*held = 1;
	return maybe_flush(st);
}

/* The id of topic name (made when new), kept by its ASCII lower case as
 * the unique index topic_name compares. */
static struct rt_error *
topic_id(struct pg_store *st, const char *name, int64_t *id)
{
	static const char sql[] =
	    "WITH t AS (INSERT INTO topic(name) VALUES ($1) "
	    "  ON CONFLICT DO NOTHING RETURNING id) "
	    "SELECT id FROM t UNION ALL SELECT id FROM topic "
	    "WHERE lower(name) = lower($1 COLLATE \"C\")";
	struct rt_error *err;
	PGresult *res;
	char *key, *k;

	if ((key = rt_strdup(name)) == NULL)
		return nomem();
	for (k = key; *k; k++)
		if (*k >= 'A' && *k <= 'Z')
			*k = (char)(*k - 'A' + 'a');
	*id = 0;
	if (rt_strmap_get(&st->bulk->topics, key, id)) {
		free(key);
		return NULL;
	}
	err = inner_query(st, "cannot add a topic", sql, 1, &name, &res);
	if (err == NULL && PQntuples(res) == 0) {
		/* made meanwhile by another transaction, which this
		 * statement's snapshot does not see: the next one does */
		PQclear(res);
		err = inner_query(st, "cannot add a topic", "SELECT id FROM "
		    "topic WHERE lower(name) = lower($1 COLLATE \"C\")", 1,
		    &name, &res);
	}
	if (err == NULL) {
		if (PQntuples(res) > 0)
			*id = pg_int(res, 0, 0);
		PQclear(res);
		if (*id == 0)
			err = rt_error_new(RT_EDB, "%s: cannot add the topic "
			    "\"%s\"", st->name, name);
		else if (rt_strmap_put(&st->bulk->topics, key, *id) == -1)
			err = nomem();
	}
	free(key);
	return err;
}

/* The report's topics, tagged once each, as rows. */
static struct rt_error *
hold_topics(struct pg_store *st, const char *report, const struct rt_report *r)
{
	struct rt_error *err;
	const char *v[2];
	char tbuf[24];
	int64_t *ids;
	size_t i, j, n = 0;

	if (r->ntopics == 0)
		return NULL;
	if ((ids = calloc(r->ntopics, sizeof(*ids))) == NULL)
		return nomem();
	for (i = 0, err = NULL; i < r->ntopics && err == NULL; i++) {
		if ((err = topic_id(st, r->topics[i], &ids[n])))
			break;
		for (j = 0; j < n && ids[j] != ids[n]; j++)
			;
		if (j < n)
			continue;
		v[0] = report;
		v[1] = pg_int_param(tbuf, ids[n++]);
		err = hold(st, T_TOPIC, v, 2);
	}
	free(ids);
	return err;
}

struct rt_error *
pg_bulk_report(struct pg_store *st, const struct rt_report *r, int *held)
{
	struct pg_bulk *b;
	struct rt_error *err;
	const char *v[12];
	char ibuf[24], isbuf[24], agbuf[24], fy[24];
	char *key;
	int64_t id, issuer, agency;
	int on;

	*held = 0;
	if ((err = counted(st, &on)) || !on)
		return err;
	b = st->bulk;
	if (rt_blank(r->number) || r->title == NULL || *r->title == '\0' ||
	    rt_strmap_get(&b->reports, r->number, NULL))
		return NULL;
	if ((err = code_id(st, &b->issuers,
	    "SELECT id FROM issuer WHERE code = $1", r->issuer, &issuer)) ||
	    issuer == 0 || (err = agency_id(st, r->agency, &agency)) ||
	    agency == 0)
		return err;
	if ((err = take_id(st, ID_REPORT, &id)))
		return err;
	if ((key = rt_natkey(r->number)) == NULL)
		return nomem();
	v[0] = pg_int_param(ibuf, id);
	v[1] = r->number;
	v[2] = key;
	v[3] = r->title;
	v[4] = pg_int_param(isbuf, issuer);
	v[5] = r->type ? r->type : "audit";
	v[6] = pg_date_param(r->issued);
	v[7] = pg_int_param(fy, r->fiscal_year);
	v[8] = pg_int_param(agbuf, agency);
	v[9] = r->url;
	v[10] = r->summary;
	v[11] = r->sensitivity ? r->sensitivity : "public";
	/* v[8] is the agency's id: v[4]'s buffer is the issuer's */
	err = hold(st, T_REPORT, v, 12);
	free(key);
	if (err || (err = hold_topics(st, v[0], r)))
		return err;
	if (rt_strmap_put(&b->reports, r->number, id) == -1)
		return nomem();
	if (b->report_first == 0)
		b->report_first = id;
	*held = 1;
	return maybe_flush(st);
}

/* Remember that recommendation id is subject s, for its events. */
static struct rt_error *
subject_add(struct pg_bulk *b, int64_t id, const char *s)
{
	struct subject *p;
	size_t cap;

	if (b->nsubj == b->capsubj) {
		cap = b->capsubj ? 2 * b->capsubj : 256;
		if ((p = realloc(b->subj, cap * sizeof(*p))) == NULL)
			return nomem();
		b->subj = p;
		b->capsubj = cap;
	}
	if ((b->subj[b->nsubj].s = rt_strdup(s)) == NULL)
		return nomem();
	b->subj[b->nsubj++].id = id;
	return NULL;
}

static const char *
subject_find(const struct pg_bulk *b, int64_t id)
{
	size_t lo = 0, hi = b->nsubj, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (b->subj[mid].id == id)
			return b->subj[mid].s;
		if (b->subj[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

struct rt_error *
pg_bulk_rec(struct pg_store *st, struct rt_rec *rec, int *held)
{
	struct pg_bulk *b;
	struct rt_error *err;
	struct rt_buf subject = { 0 };
	const char *v[6 + 13 + RT_MONEY_COUNT];
	char ibuf[24], rbuf[24], abuf[24], money[RT_MONEY_COUNT][24];
	char *key = NULL;
	int64_t id, report, agency;
	int on;

	*held = 0;
	if ((err = counted(st, &on)) || !on)
		return err;
	b = st->bulk;
	/* only in a report made by this run (the sequence gave it an id
	 * past the run's first): no other row has its number */
	if (rt_blank(rec->number) || rec->text == NULL || *rec->text == '\0' ||
	    rec->report == NULL || b->report_first == 0 ||
	    !rt_strmap_get(&b->reports, rec->report, &report) ||
	    report < b->report_first)
		return NULL;
	if (rt_buf_printf(&subject, "%s#%s", rec->report, rec->number) == -1)
		return nomem();
	if (rt_strmap_get(&b->recs, subject.s, NULL) ||
	    (err = agency_id(st, rec->agency, &agency)) || agency == 0 ||
	    (err = take_id(st, ID_REC, &id)))
		goto done;
	if ((key = rt_natkey(rec->number)) == NULL) {
		err = nomem();
		goto done;
	}
	v[0] = pg_int_param(ibuf, id);
	v[1] = pg_int_param(rbuf, report);
	v[2] = rec->number;
	v[3] = key;
	v[4] = rec->text;
	v[5] = pg_int_param(abuf, agency);
	pg_rec_params(rec, v + 6, money);
	if ((err = hold(st, T_REC, v, (int)(sizeof(v) / sizeof(v[0])))) ||
	    (err = subject_add(b, id, subject.s)))
		goto done;
	if (rt_strmap_put(&b->recs, subject.s, id) == -1) {
		err = nomem();
		goto done;
	}
	rec->id = id;
	pg_subject_note(st, id, rec->report, rec->number);
	*held = 1;
	err = maybe_flush(st);
done:
	free(key);
	rt_buf_free(&subject);
	return err;
}

/*
 * An event that voids another is written at once (its hash names the
 * voided one's, read back); so is one whose subject this run does not
 * know, and an approval by someone other than the schema's owner.
 */
struct rt_error *
pg_bulk_event(struct pg_store *st, int64_t rec_id, struct rt_event *ev,
    int *held)
{
	struct rt_event h = *ev;
	struct rt_error *err;
	PGresult *res;
	const char *subject, *v[13];
	char ibuf[24], rbuf[24], cbuf[24];
	int on;

	*held = 0;
	if ((err = counted(st, &on)) || !on || ev->voids)
		return err;
	/* an approval the server may refuse (event_approver) is refused
	 * where it is written, so that the import names its place */
	if (!st->owner && ev->kind && strcmp(ev->kind, "decision") == 0 &&
	    ev->new && strcmp(ev->new, "approved") == 0)
		return NULL;
	subject = st->subject && st->subject_rec == rec_id ? st->subject :
	    subject_find(st->bulk, rec_id);
	if (subject == NULL && ev->subject != NULL && *ev->subject != '\0')
		subject = ev->subject;
	if (subject == NULL)
		return NULL;
	if ((err = pg_head_of(st)))
		return err;
	if (st->bulk->event_next == 0) {
		if ((err = inner_query(st, "cannot record the event",
		    "SELECT nextval(pg_get_serial_sequence('rectrack.event', "
		    "'id'))", 0, NULL, &res)))
			return err;
		st->bulk->event_first = st->bulk->event_next =
		    pg_int(res, 0, 0);
		PQclear(res);
	}
	if (!st->owner && st->user)
		h.actor = st->user;
	if (store_event_hash(st->head, subject, &h, NULL))
		return rt_error_new(RT_ENOMEM, "cannot compute the event's "
		    "hash");
	v[0] = pg_int_param(ibuf, st->bulk->event_next);
	v[1] = pg_int_param(rbuf, rec_id);
	v[2] = pg_int_param(cbuf, ev->change);
	v[3] = pg_text_param(ev->at);
	v[4] = pg_date_param(ev->effective);
	v[5] = pg_text_param(ev->actor);
	v[6] = pg_text_param(ev->kind);
	v[7] = pg_text_param(ev->field);
	v[8] = pg_text_param(ev->old);
	v[9] = pg_text_param(ev->new);
	v[10] = pg_text_param(ev->note);
	v[11] = NULL;
	v[12] = h.hash;
	if ((err = hold(st, T_EVENT, v, 13)))
		return err;
	memcpy(ev->hash, h.hash, sizeof(ev->hash));
	ev->id = st->bulk->event_last = st->bulk->event_next++;
	memcpy(st->head, ev->hash, sizeof(st->head));
	*held = 1;
	return maybe_flush(st);
}
