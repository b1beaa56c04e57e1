/* rectrack — PostgreSQL store: (to be written) */
#include "rectrack.h"

#include "store_pg.h"

struct rt_error *
pg_search(struct pg_store *st, const struct rt_search *x1, int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	(void)st;
	(void)x1;
	(void)cb;
	(void)arg;
	return rt_error_new(RT_EDB, "PostgreSQL: search: not written yet");
}
