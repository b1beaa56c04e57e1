/*
 * rectrack __complete KIND PREFIX — for the completion scripts: the
 * values of KIND (status, concurrence, report, rec, agency, issuer,
 * official, topic) that start with PREFIX, one a line.  The database is
 * opened for reading only, one listing each (the recommendations: one
 * per report matching the prefix); any error (no database, an unknown
 * kind) prints nothing and exits 0.
 */
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "cli/cli.h"
#include "store/store.h"

/* More reports than this match a recommendation's prefix: offer the
 * reports ("NUMBER#"), not every recommendation of them. */
#define MAX_REPORTS 10

struct matches {
	const char *prefix;
	size_t len;
	char **v;		/* report numbers, for recommendations */
	size_t n, cap;
	int failed;
};

static void
put(struct matches *m, const char *s)
{
	if (s != NULL && strncmp(s, m->prefix, m->len) == 0)
		printf("%s\n", s);
}

static int
keep(struct matches *m, const char *s)
{
	char **v;

	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 16;
		if ((v = realloc(m->v, m->cap * sizeof(*v))) == NULL) {
			m->failed = 1;
			return 1;
		}
		m->v = v;
	}
	if ((m->v[m->n] = strdup(s)) == NULL) {
		m->failed = 1;
		return 1;
	}
	m->n++;
	return 0;
}

static int
on_issuer(const struct rt_issuer *is, void *arg)
{
	put(arg, is->code);
	return 0;
}

static int
on_agency(const struct rt_agency *ag, void *arg)
{
	put(arg, ag->code);
	return 0;
}

static int
on_official(const struct rt_official *of, void *arg)
{
	put(arg, of->code);
	return 0;
}

static int
on_report(const struct rt_report *r, void *arg)
{
	put(arg, r->number);
	return 0;
}

/* The topics of every report, each once. */
static int
on_topics(const struct rt_report *r, void *arg)
{
	struct matches *m = arg;
	size_t i, j;

	for (i = 0; i < r->ntopics; i++) {
		if (strncmp(r->topics[i], m->prefix, m->len) != 0)
			continue;
		for (j = 0; j < m->n && strcmp(m->v[j], r->topics[i]); j++)
			;
		if (j == m->n && keep(m, r->topics[i]))
			return 1;
	}
	return 0;
}

/* The reports a recommendation's prefix may be in: before "#" the
 * number itself, else any starting with the prefix. */
static int
on_rec_report(const struct rt_report *r, void *arg)
{
	struct matches *m = arg;
	const char *hash = strchr(m->prefix, '#');
	size_t n = hash ? (size_t)(hash - m->prefix) : m->len;

	if (hash ? strlen(r->number) == n &&
	    strncmp(r->number, m->prefix, n) == 0 :
	    strncmp(r->number, m->prefix, n) == 0)
		return keep(m, r->number);
	return 0;
}

static int
on_rec(const struct rt_rec *rec, void *arg)
{
	struct matches *m = arg;
	size_t n = strlen(rec->report);

	/* "REPORT#NUMBER" against the prefix, without building it */
	if (strncmp(rec->report, m->prefix, m->len < n ? m->len : n) != 0)
		return 0;
	if (m->len > n && (m->prefix[n] != '#' ||
	    strncmp(rec->number, m->prefix + n + 1, m->len - n - 1) != 0))
		return 0;
	printf("%s#%s\n", rec->report, rec->number);
	return 0;
}

static struct rt_error *
recs(struct rt_store *st, struct matches *m)
{
	struct rt_filter f;
	struct rt_error *err;
	size_t i;

	memset(&f, 0, sizeof(f));
	if ((err = rt_store_report_list(st, &f, on_rec_report, m)) != NULL ||
	    m->failed)
		return err;
	if (m->n > MAX_REPORTS) {
		for (i = 0; i < m->n; i++)
			printf("%s#\n", m->v[i]);
		return NULL;
	}
	for (i = 0; i < m->n && err == NULL; i++) {
		f.report = m->v[i];
		err = rt_store_rec_list_lean(st, &f, on_rec, m);
	}
	return err;
}

static struct rt_error *
from_store(struct cli *c, const char *kind, struct matches *m)
{
	struct rt_store *st;
	struct rt_error *err;
	struct rt_filter f;
	size_t i;

	memset(&f, 0, sizeof(f));
	if ((err = rt_store_open(c->db_path, RT_STORE_READONLY, &st)) != NULL)
		return err;
	if (strcmp(kind, "issuer") == 0)
		err = rt_store_issuer_list(st, on_issuer, m);
	else if (strcmp(kind, "agency") == 0)
		err = rt_store_agency_list(st, on_agency, m);
	else if (strcmp(kind, "official") == 0)
		err = rt_store_official_list(st, on_official, m);
	else if (strcmp(kind, "report") == 0)
		err = rt_store_report_list(st, &f, on_report, m);
	else if (strcmp(kind, "topic") == 0) {
		if ((err = rt_store_report_list(st, &f, on_topics, m)) ==
		    NULL)
			for (i = 0; i < m->n; i++)
				printf("%s\n", m->v[i]);
	} else if (strcmp(kind, "rec") == 0)
		err = recs(st, m);
	rt_store_close(st);
	return err;
}

int
cmd_complete(struct cli *c, int argc, char **argv)
{
	struct matches m = { NULL, 0, NULL, 0, 0, 0 };
	struct rt_error *err;
	const char *kind;
	size_t i;
	int v;

	if (argc < 2)
		return 0;
	kind = argv[1];
	m.prefix = argc > 2 ? argv[2] : "";
	m.len = strlen(m.prefix);
	if (strcmp(kind, "status") == 0) {
		for (v = 0; v < RT_STATUS_COUNT; v++)
			put(&m, rt_status_name(v));
		return 0;
	}
	if (strcmp(kind, "concurrence") == 0) {
		for (v = 0; v < RT_CONC_COUNT; v++)
			put(&m, rt_concurrence_name(v));
		return 0;
	}
	if ((err = from_store(c, kind, &m)) != NULL)
		rt_error_free(err);	/* silent: completion offers nothing */
	for (i = 0; i < m.n; i++)
		free(m.v[i]);
	free(m.v);
	return 0;
}
