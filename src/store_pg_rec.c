/* rectrack — PostgreSQL store: (to be written) */
#include "rectrack.h"

#include "store_pg.h"

struct rt_error *
pg_rec_insert(struct pg_store *st, struct rt_rec *x1)
{
	(void)st;
	(void)x1;
	return rt_error_new(RT_EDB, "PostgreSQL: rec_insert: not written yet");
}

struct rt_error *
pg_rec_update(struct pg_store *st, const struct rt_rec *x1)
{
	(void)st;
	(void)x1;
	return rt_error_new(RT_EDB, "PostgreSQL: rec_update: not written yet");
}

struct rt_error *
pg_rec_get(struct pg_store *st, const char *report, const char *number, struct rt_rec *out)
{
	(void)st;
	(void)report;
	(void)number;
	(void)out;
	return rt_error_new(RT_EDB, "PostgreSQL: rec_get: not written yet");
}

struct rt_error *
pg_rec_list(struct pg_store *st, const struct rt_filter *x1, int (*cb)(const struct rt_rec *, void *), void *arg)
{
	(void)st;
	(void)x1;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: rec_list: not written yet");
}

struct rt_error *
pg_rec_list_lean(struct pg_store *st, const struct rt_filter *x1, int (*cb)(const struct rt_rec *, void *), void *arg)
{
	(void)st;
	(void)x1;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: rec_list_lean: not written yet");
}

struct rt_error *
pg_event_add(struct pg_store *st, int64_t rec_id, struct rt_event *ev)
{
	(void)st;
	(void)rec_id;
	(void)ev;
	return rt_error_new(RT_EDB, "PostgreSQL: event_add: not written yet");
}

struct rt_error *
pg_event_list(struct pg_store *st, int64_t rec_id, int (*cb)(const struct rt_event *, void *), void *arg)
{
	(void)st;
	(void)rec_id;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: event_list: not written yet");
}
