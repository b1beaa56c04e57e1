/* rectrack — PostgreSQL store: (to be written) */
#include "rectrack.h"

#include "store_pg.h"

struct rt_error *
pg_issuer_add(struct pg_store *st, const struct rt_issuer *x1)
{
	(void)st;
	(void)x1;
	return rt_error_new(RT_EDB, "PostgreSQL: issuer_add: not written yet");
}

struct rt_error *
pg_issuer_get(struct pg_store *st, const char *code, struct rt_issuer *out)
{
	(void)st;
	(void)code;
	(void)out;
	return rt_error_new(RT_EDB, "PostgreSQL: issuer_get: not written yet");
}

struct rt_error *
pg_issuer_list(struct pg_store *st, int (*cb)(const struct rt_issuer *, void *), void *arg)
{
	(void)st;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: issuer_list: not written yet");
}

struct rt_error *
pg_issuer_update(struct pg_store *st, const struct rt_issuer *x1)
{
	(void)st;
	(void)x1;
	return rt_error_new(RT_EDB, "PostgreSQL: issuer_update: not written yet");
}

struct rt_error *
pg_agency_add(struct pg_store *st, const struct rt_agency *x1)
{
	(void)st;
	(void)x1;
	return rt_error_new(RT_EDB, "PostgreSQL: agency_add: not written yet");
}

struct rt_error *
pg_agency_get(struct pg_store *st, const char *code, struct rt_agency *out)
{
	(void)st;
	(void)code;
	(void)out;
	return rt_error_new(RT_EDB, "PostgreSQL: agency_get: not written yet");
}

struct rt_error *
pg_agency_update(struct pg_store *st, const struct rt_agency *x1)
{
	(void)st;
	(void)x1;
	return rt_error_new(RT_EDB, "PostgreSQL: agency_update: not written yet");
}

struct rt_error *
pg_agency_list(struct pg_store *st, int (*cb)(const struct rt_agency *, void *), void *arg)
{
	(void)st;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: agency_list: not written yet");
}

struct rt_error *
pg_report_add(struct pg_store *st, const struct rt_report *x1)
{
	(void)st;
	(void)x1;
	return rt_error_new(RT_EDB, "PostgreSQL: report_add: not written yet");
}

struct rt_error *
pg_report_get(struct pg_store *st, const char *number, struct rt_report *out)
{
	(void)st;
	(void)number;
	(void)out;
	return rt_error_new(RT_EDB, "PostgreSQL: report_get: not written yet");
}

struct rt_error *
pg_report_update(struct pg_store *st, const struct rt_report *x1)
{
	(void)st;
	(void)x1;
	return rt_error_new(RT_EDB, "PostgreSQL: report_update: not written yet");
}

struct rt_error *
pg_report_seen_reset(struct pg_store *x0)
{
	(void)x0;
	return rt_error_new(RT_EDB, "PostgreSQL: report_seen_reset: not written yet");
}

struct rt_error *
pg_report_seen(struct pg_store *st, const char *number, int line, int *first)
{
	(void)st;
	(void)number;
	(void)line;
	(void)first;
	return rt_error_new(RT_EDB, "PostgreSQL: report_seen: not written yet");
}

struct rt_error *
pg_report_list(struct pg_store *st, const struct rt_filter *x1, int (*cb)(const struct rt_report *, void *), void *arg)
{
	(void)st;
	(void)x1;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: report_list: not written yet");
}
