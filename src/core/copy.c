/*
 * rectrack — copying a whole database into another one (copy.h).  Only
 * the store interface is used, so that a SQLite file and a PostgreSQL
 * database can be either end.
 */
#include "core/copy.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/error.h"
#include "base/util.h"
#include "core/evidence.h"
#include "store/store.h"

/* The files SQLite may make for a database at PATH. */
static const char *const sq_tails[] = { "", "-journal", "-wal", "-shm" };
#define NTAILS (sizeof(sq_tails) / sizeof(sq_tails[0]))

/* Runs of ids: from's ids from, from + 1, … from + n - 1 became to's
 * to, to + 1, …  An event walk goes in from's id order and writes to's
 * in order, mostly without gaps, and recommendations are listed mostly
 * in the order they were added: a few runs instead of a pair of ids
 * per row (70 MB of events, 16 MB of recommendations at 1,000,000). */
struct idrun {
	int64_t from, to, n;
};

struct idruns {
	struct idrun *p;
	size_t n, cap;
	int unsorted;		/* a from came below an earlier one */
};

/* The state of a copy, shared by the list callbacks. */
struct copy {
	struct rt_store *from, *to;
	struct rt_counts n;		/* rows written */
	struct rt_error *err;		/* what stopped a walk */
	struct idruns recs;		/* recommendations, sorted once
					   all are copied */
	struct idruns events;		/* events, in from's id order */
	const char *user;		/* to's database user; NULL: a file */
	int64_t mine, others;		/* its events by user, by others */
	int64_t found;			/* events by user read back from to */
	int64_t differs;		/* the first event whose copy does not
					   hash as in from; 0: none */
	int64_t changes;		/* change sets copied */
	int64_t evidence;		/* evidence files copied */
};

/* Whether each file of the SQLite database path is there. */
static void
sq_files(const char *path, int there[NTAILS])
{
	struct rt_buf b = { 0 };
	struct stat sb;
	size_t i;

	for (i = 0; i < NTAILS; i++) {
		b.len = 0;
		/* when unsure, call it there: it is then never removed */
		there[i] = rt_buf_printf(&b, "%s%s", path, sq_tails[i]) != 0 ||
		    lstat(b.s, &sb) == 0 || errno != ENOENT;
	}
	rt_buf_free(&b);
}

/* Remove the files of the SQLite database path that were not there
 * before the copy. */
static void
sq_remove(const char *path, const int there[NTAILS])
{
	struct rt_buf b = { 0 };
	size_t i;

	for (i = 0; i < NTAILS; i++) {
		b.len = 0;
		if (!there[i] && rt_buf_printf(&b, "%s%s", path,
		    sq_tails[i]) == 0)
			unlink(b.s);
	}
	rt_buf_free(&b);
}

/* one when n is 1, else more */
static const char *
noun(long long n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

/*
 * Whether from and to name the same database: the same text, or the same
 * file (also through a link).  A second name for the same PostgreSQL
 * database is not seen here; it is not empty unless from is, and a copy
 * of nothing changes nothing.
 */
static int
same_database(const char *from, const char *to)
{
	struct stat a, b;

	if (strcmp(from, to) == 0)
		return 1;
	if (rt_store_is_server(from) || rt_store_is_server(to))
		return 0;
	return stat(from, &a) == 0 && stat(to, &b) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static int
copy_issuer(const struct rt_issuer *is, void *arg)
{
	struct copy *c = arg;

	if ((c->err = rt_store_issuer_add(c->to, is)) != NULL)
		return 1;
	c->n.issuers++;
	return 0;
}

/* The list gives parents before their children, as adding needs. */
static int
copy_agency(const struct rt_agency *ag, void *arg)
{
	struct copy *c = arg;

	if ((c->err = rt_store_agency_add(c->to, ag)) != NULL)
		return 1;
	c->n.agencies++;
	return 0;
}

/* Officials in two passes: each without the official it reports to,
 * then those reports, so that the order of the list does not matter. */
static int
copy_official(const struct rt_official *o, void *arg)
{
	struct copy *c = arg;
	struct rt_official row = *o;

	row.reports_to = NULL;
	if ((c->err = rt_store_official_add(c->to, &row)) != NULL)
		return 1;
	return 0;
}

static int
copy_reports_to(const struct rt_official *o, void *arg)
{
	struct copy *c = arg;

	if (o->reports_to != NULL &&
	    (c->err = rt_store_official_set(c->to, o)) != NULL)
		return 1;
	return 0;
}

static int
copy_report(const struct rt_report *r, void *arg)
{
	struct copy *c = arg;

	if ((c->err = rt_store_report_add(c->to, r)) != NULL)
		return 1;
	c->n.reports++;
	return 0;
}

/* Note that from's row from became to's to; -1 when out of memory. */
static int
runs_add(struct idruns *m, int64_t from, int64_t to)
{
	struct idrun *p, *last = m->n ? &m->p[m->n - 1] : NULL;
	size_t cap;

	if (last && from == last->from + last->n && to == last->to + last->n) {
		last->n++;
		return 0;
	}
	if (last && from < last->from + last->n)
		m->unsorted = 1;
	if (m->n == m->cap) {
		cap = m->cap ? 2 * m->cap : 64;
		if ((p = realloc(m->p, cap * sizeof(*p))) == NULL)
			return -1;
		m->p = p;
		m->cap = cap;
	}
	m->p[m->n].from = from;
	m->p[m->n].to = to;
	m->p[m->n++].n = 1;
	return 0;
}

/* The id in to of from's row from; 0 if none.  Unsorted (a walk not
 * yet over), the runs are searched one by one. */
static int64_t
runs_find(const struct idruns *m, int64_t from)
{
	size_t lo = 0, hi = m->n, mid;

	for (mid = 0; m->unsorted && mid < m->n; mid++)
		if (from >= m->p[mid].from && from < m->p[mid].from +
		    m->p[mid].n)
			return m->p[mid].to + (from - m->p[mid].from);
	if (m->unsorted)
		return 0;
	/* the last run starting at from or before */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (m->p[mid].from <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || from >= m->p[lo - 1].from + m->p[lo - 1].n)
		return 0;
	return m->p[lo - 1].to + (from - m->p[lo - 1].from);
}

static int
by_from(const void *a, const void *b)
{
	const struct idrun *x = a, *y = b;

	return (x->from > y->from) - (x->from < y->from);
}

/* Sort the runs by from (they never overlap: an id is copied once). */
static void
runs_sort(struct idruns *m)
{
	if (m->unsorted)
		qsort(m->p, m->n, sizeof(*m->p), by_from);
	m->unsorted = 0;
}

static int
copy_change(const struct rt_change_set *ch, void *arg)
{
	struct copy *c = arg;

	if ((c->err = rt_store_change_add(c->to, ch)) != NULL)
		return 1;
	c->changes++;
	return 0;
}

/* Count what copy_event wrote: its id mapped, its hash compared with
 * from's, its actor. */
static int
copied(struct copy *c, const struct rt_event *ev, const struct rt_event *e)
{
	if (runs_add(&c->events, ev->id, e->id) != 0) {
		c->err = rt_error_new(RT_ENOMEM, "out of memory");
		return 1;
	}
	c->n.events++;
	if (c->differs == 0 && ev->hash[0] != '\0' &&
	    strcmp(ev->hash, e->hash) != 0)
		c->differs = ev->id;
	if (c->user != NULL && strcmp(ev->actor, c->user) == 0)
		c->mine++;
	else
		c->others++;
	return 0;
}

/*
 * An event about a report, an agency, an issuer or an official itself:
 * written about
 * the one with the same code now (the rows are copied with their codes
 * of today), its subject kept as first recorded (before a rename), so
 * that it hashes as in from.
 */
static int
copy_subject_event(struct copy *c, const struct rt_event *ev)
{
	struct rt_event e = *ev;	/* strings stay the store's */

	if (ev->about < 1 || ev->about > 1 + RT_SUBJECT_OFFICIAL ||
	    ev->code == NULL ||
	    (ev->voids && (e.voids = runs_find(&c->events, ev->voids)) == 0)) {
		c->err = rt_error_new(RT_EDB, "%s: event %lld is about nothing "
		    "that is there, or voids no earlier event; nothing was "
		    "copied ('rectrack --db %s check' may tell why)",
		    rt_store_name(c->from), (long long)ev->id,
		    rt_store_name(c->from));
		return 1;
	}
	e.id = 0;
	e.hash[0] = '\0';
	e.code = NULL;
	e.about = 0;
	if ((c->err = rt_store_subject_event_add(c->to, ev->about - 1,
	    ev->code, &e)) != NULL)
		return 1;
	return copied(c, ev, &e);
}

/*
 * One event of from, in the order of the chain: written into the copy
 * of its recommendation, in its own change set, a void voiding the copy
 * of the event it voids.  Its hash in to is compared with from's.
 */
static int
copy_event(const struct rt_event *ev, void *arg)
{
	struct copy *c = arg;
	struct rt_event e = *ev;	/* strings stay the store's */
	int64_t rec;

	if (ev->rec == 0)
		return copy_subject_event(c, ev);
	if ((rec = runs_find(&c->recs, ev->rec)) == 0 || (ev->voids &&
	    (e.voids = runs_find(&c->events, ev->voids)) == 0)) {
		c->err = rt_error_new(RT_EDB, "%s: event %lld %s; nothing was "
		    "copied ('rectrack --db %s check' may tell why)",
		    rt_store_name(c->from), (long long)ev->id, rec == 0 ?
		    "belongs to no recommendation" : "voids no earlier event",
		    rt_store_name(c->from));
		return 1;
	}
	e.id = 0;
	e.rec = 0;
	/* the subject stays from's "REPORT#NUMBER", which the copy has
	 * too: a server need not read it for each event (the hash is then
	 * compared with from's, as every other) */
	e.code = NULL;
	e.hash[0] = '\0';
	if ((c->err = rt_store_event_add(c->to, rec, &e)) != NULL)
		return 1;
	return copied(c, ev, &e);
}

static int
count_mine(const struct rt_event *ev, void *arg)
{
	struct copy *c = arg;

	if (strcmp(ev->actor, c->user) == 0)
		c->found++;
	return 0;
}

/*
 * On a server, an event is recorded under the user's own name unless
 * the user owns the schema (the store says nothing of it): read back the
 * events copied, and refuse a copy whose history would change hands.
 */
static struct rt_error *
check_actors(struct copy *c)
{
	struct rt_error *err;

	if (c->user == NULL || c->others == 0)
		return NULL;
	c->found = 0;
	if ((err = rt_store_event_walk(c->to, count_mine, c)))
		return err;
	if (c->found != c->mine)
		return rt_error_new(RT_EREFUSED, "%s: the events copied would "
		    "be recorded under the name %s, not under their actors: "
		    "only the owner of the database's rectrack schema (who "
		    "ran 'rectrack init' there) may copy into it",
		    rt_store_name(c->to), c->user);
	return NULL;
}

/*
 * The copy's chain must be from's: an event of from whose recorded hash
 * is not the one its fields give was changed behind rectrack's back, and
 * a copy would hide it under a chain that holds.
 */
static struct rt_error *
check_chain(const struct copy *c, const char *from)
{
	if (c->differs == 0)
		return NULL;
	return rt_error_new(RT_EREFUSED, "%s: event %lld is not as its hash "
	    "in the chain records it (changed outside rectrack?); nothing "
	    "was copied ('rectrack --db %s check' tells more)", from,
	    (long long)c->differs, from);
}

/*
 * The current row as from has it (rt_store_rec_insert stores every field
 * given: status, dates, flags, money, concurrence); its events follow,
 * all of them in one walk once every recommendation is there.
 */
static int
copy_rec(const struct rt_rec *rec, void *arg)
{
	struct copy *c = arg;
	struct rt_rec row = *rec;	/* strings stay the store's */

	row.id = 0;
	if ((c->err = rt_store_rec_insert(c->to, &row)) != NULL)
		return 1;
	c->n.recs++;
	if (runs_add(&c->recs, rec->id, row.id) != 0) {
		c->err = rt_error_new(RT_ENOMEM, "out of memory");
		return 1;
	}
	return 0;
}

/* Run a walk; its error, else the one its callback stopped it with. */
static struct rt_error *
walked(struct copy *c, struct rt_error *err)
{
	if (err == NULL) {
		err = c->err;
		c->err = NULL;
	}
	return err;
}

/*
 * The rows of to against those of from, counted in their transactions:
 * a difference (rows from's lists do not reach, such as agencies whose
 * parents make a cycle) is an error naming it.
 */
static struct rt_error *
compare_counts(const struct rt_counts *have, const struct rt_counts *want,
    const char *from, const char *to)
{
	const int64_t h[] = { have->issuers, have->agencies, have->reports,
	    have->recs, have->events };
	const int64_t w[] = { want->issuers, want->agencies, want->reports,
	    want->recs, want->events };
	static const char *const what[] = { "issuers", "agencies", "reports",
	    "recommendations", "events" };
	struct rt_error *err;
	struct rt_buf b = { 0 };
	size_t i;
	int differ = 0;

	for (i = 0; i < sizeof(h) / sizeof(h[0]); i++)
		if (h[i] != w[i] && rt_buf_printf(&b, "%s%lld %s instead of "
		    "%lld", differ++ ? ", " : "", (long long)h[i], what[i],
		    (long long)w[i]) != 0) {
			rt_buf_free(&b);
			return rt_error_new(RT_ENOMEM, "out of memory");
		}
	if (!differ)
		return NULL;
	err = rt_error_new(RT_EDB, "%s: the copy would hold %s (of %s); "
	    "nothing was copied ('rectrack --db %s check' may tell why)",
	    to, b.s, from, from);
	rt_buf_free(&b);
	return err;
}

static struct rt_error *
copy_rows(struct copy *c, const char *from, const char *to)
{
	struct rt_filter all;
	struct rt_counts want, have;
	struct rt_error *err;

	memset(&all, 0, sizeof(all));
	if ((err = rt_store_begin_read(c->from)) != NULL ||
	    (err = rt_store_counts(c->from, &want)) != NULL ||
	    (err = rt_store_begin(c->to)) != NULL)
		return err;
	/*
	 * Counted in the write transaction: on SQLite nobody adds rows
	 * meanwhile; on PostgreSQL a second copy into the same database
	 * waits on the first row both add, then fails on it.
	 */
	if ((err = rt_store_counts(c->to, &have)) != NULL)
		return err;
	if (have.issuers || have.agencies || have.reports || have.recs ||
	    have.events)
		return rt_error_new(RT_EEXIST, "%s: the database is not empty "
		    "(%lld %s, %lld %s, %lld %s, %lld %s, %lld %s); copy into "
		    "a new file or an empty database", to,
		    (long long)have.issuers, noun(have.issuers, "issuer",
		    "issuers"), (long long)have.agencies, noun(have.agencies,
		    "agency", "agencies"), (long long)have.reports,
		    noun(have.reports, "report", "reports"),
		    (long long)have.recs, noun(have.recs, "recommendation",
		    "recommendations"), (long long)have.events,
		    noun(have.events, "event", "events"));
	/* the same register, moved: it keeps its name */
	if ((err = rt_store_set_uid(c->to, rt_store_uid(c->from))) != NULL)
		return err;
	if ((err = walked(c, rt_store_issuer_list(c->from, copy_issuer,
	    c))) != NULL ||
	    (err = walked(c, rt_store_agency_list(c->from, copy_agency,
	    c))) != NULL ||
	    (err = walked(c, rt_store_official_list(c->from, copy_official,
	    c))) != NULL ||
	    (err = walked(c, rt_store_official_list(c->from, copy_reports_to,
	    c))) != NULL ||
	    (err = walked(c, rt_store_report_list(c->from, &all, copy_report,
	    c))) != NULL ||
	    (err = walked(c, rt_store_rec_list(c->from, &all, copy_rec,
	    c))) != NULL)
		return err;
	runs_sort(&c->recs);
	if ((err = walked(c, rt_store_change_list(c->from, NULL, NULL,
	    copy_change, c))) != NULL ||
	    (err = walked(c, rt_store_event_walk(c->from, copy_event,
	    c))) != NULL ||
	    (err = check_actors(c)) != NULL ||
	    (err = check_chain(c, from)) != NULL ||
	    (err = rt_evidence_copy(c->from, c->to, &c->evidence)) != NULL)
		return err;
	if ((err = rt_store_counts(c->to, &have)) != NULL ||
	    (err = compare_counts(&have, &want, from, to)) != NULL ||
	    (err = compare_counts(&c->n, &want, from, to)) != NULL)
		return err;
	return rt_store_commit(c->to);
}

struct rt_error *
rt_copy(const char *from, const char *to, struct rt_copy_info *info)
{
	struct rt_error *err;
	struct copy c;
	int file = 0, there[NTAILS];

	memset(info, 0, sizeof(*info));
	memset(&c, 0, sizeof(c));
	if (from == NULL || *from == '\0' || to == NULL || *to == '\0')
		return rt_error_new(RT_EINVAL, "the copy needs two database "
		    "names");
	/* from first: a mistyped one creates nothing */
	if ((err = rt_store_open(from, RT_STORE_READONLY, &c.from)) != NULL)
		return err;
	if ((info->from = rt_strdup(rt_store_name(c.from))) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	/* named by the store: a URI's password is not shown */
	if (same_database(from, to)) {
		err = rt_store_is_server(to) ? rt_error_new(RT_EINVAL, "%s: "
		    "FROM and TO are the same database; copy into another "
		    "one", info->from) : rt_error_new(RT_EINVAL, "%s and %s "
		    "are the same database; copy into another one",
		    info->from, to);
		goto done;
	}
	if ((file = !rt_store_is_server(to)))
		sq_files(to, there);
	if ((err = rt_store_open(to, RT_STORE_CREATE, &c.to)) != NULL)
		goto done;
	if ((info->to = rt_strdup(rt_store_name(c.to))) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	c.user = rt_store_user(c.to);
	err = copy_rows(&c, info->from, info->to);
	if (err == NULL)
		info->counts = c.n;
done:
	if (c.to != NULL) {
		if (err)
			rt_store_rollback(c.to);
		rt_store_close(c.to);
	}
	rt_store_rollback(c.from);	/* ends the read transaction */
	rt_store_close(c.from);
	if (err && file)
		sq_remove(to, there);
	free(c.recs.p);
	free(c.events.p);
	return err;
}

void
rt_copy_info_free(struct rt_copy_info *info)
{
	free(info->from);
	free(info->to);
	memset(info, 0, sizeof(*info));
}
