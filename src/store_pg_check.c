/* rectrack — PostgreSQL store: (to be written) */
#include "rectrack.h"

#include "store_pg.h"

struct rt_error *
pg_counts(struct pg_store *st, struct rt_counts *x1)
{
	(void)st;
	(void)x1;
	return rt_error_new(RT_EDB, "PostgreSQL: counts: not written yet");
}

struct rt_error *
pg_check_integrity(struct pg_store *st, int quick, int (*cb)(const struct rt_problem *, void *), void *arg)
{
	(void)st;
	(void)quick;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: check_integrity: not written yet");
}

struct rt_error *
pg_check_schema(struct pg_store *st, int (*cb)(const struct rt_problem *, void *), void *arg)
{
	(void)st;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: check_schema: not written yet");
}

struct rt_error *
pg_check_references(struct pg_store *st, int (*cb)(const struct rt_problem *, void *), void *arg)
{
	(void)st;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: check_references: not written yet");
}

struct rt_error *
pg_check_search(struct pg_store *st, int (*cb)(const struct rt_problem *, void *), void *arg)
{
	(void)st;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: check_search: not written yet");
}

struct rt_error *
pg_check_search_words(struct pg_store *st, int (*cb)(const struct rt_problem *, void *), void *arg, int *ran, int *words)
{
	(void)st;
	(void)cb;
	(void)arg;
	(void)ran;
	(void)words;
	return rt_error_new(RT_EDB, "PostgreSQL: check_search_words: not written yet");
}

struct rt_error *
pg_stored_reports(struct pg_store *st, int (*cb)(const struct rt_stored_report *, void *), void *arg)
{
	(void)st;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: stored_reports: not written yet");
}

struct rt_error *
pg_stored_recs(struct pg_store *st, int (*cb)(const struct rt_stored_rec *, void *), void *arg)
{
	(void)st;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: stored_recs: not written yet");
}

struct rt_error *
pg_backup(struct pg_store *st, const char *path, long *pages)
{
	(void)st;
	(void)path;
	(void)pages;
	return rt_error_new(RT_EDB, "PostgreSQL: backup: not written yet");
}
