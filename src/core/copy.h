/*
 * rectrack — copying a whole database into another one, of either
 * backend (a SQLite file, a PostgreSQL database), history included.
 */
#ifndef RT_COPY_H
#define RT_COPY_H

#include "store/store.h"

struct rt_error;

/* What a copy did. */
struct rt_copy_info {
	struct rt_counts counts;	/* rows copied (and now in TO) */
	char *from, *to;		/* the databases' names for messages:
					   as given, a URI's password hidden;
					   NULL until the store opened */
};

/*
 * Copy the database named from into the one named to, through the store
 * interface only, so that any pair of backends works.
 *
 * from must be a rectrack database (the store's RT_ENOTFOUND otherwise);
 * it is opened read-only and read in one read transaction, so the copy
 * is of one moment while others go on writing.  to is opened with
 * RT_STORE_CREATE: a missing SQLite file is created, a PostgreSQL
 * database (which must exist) gets rectrack's schema as 'rectrack init'
 * makes it.  to must hold no row (RT_EEXIST otherwise, and nothing in
 * it changes); from and to may not be the same database (RT_EINVAL).
 *
 * Everything is written in one transaction of to: the issuers, the
 * agencies (parents first), the reports with their topics, each
 * recommendation's current row as from has it, the change sets with
 * their own ids, times, actors and commands, then every event in the
 * order of the chain (id order), each as recorded (change set, time,
 * effective date, actor, kind, field, old and new value, note; a void
 * voids the copy of the event it voids).  The copy's chain is from's:
 * an event of from that does not give the hash the chain records (it
 * was changed behind rectrack's back) refuses the copy (RT_EREFUSED,
 * naming it), and so do, for now, events about a report, an agency or
 * an issuer itself.  Then every evidence file, a piece at a time,
 * re-hashed on the way: one whose bytes no longer match its hash
 * refuses the copy (core/evidence.h).  Before the commit the rows of to
 * are counted
 * against those of from.  On PostgreSQL only the schema's owner may
 * record events under other names: when to would record the copied
 * events under the user's own name, the copy fails (RT_EREFUSED).
 *
 * On failure nothing of the copy is in to: the transaction is rolled
 * back, and a SQLite file the copy created is removed (a PostgreSQL
 * database keeps the empty schema its opening made).  Every table is
 * walked through its store's list, one row at a time; the copy keeps
 * only the ids of the recommendations and events (two numbers each).  Free info with rt_copy_info_free(),
 * also after a failure.
 */
struct rt_error *rt_copy(const char *from, const char *to,
    struct rt_copy_info *info);
void rt_copy_info_free(struct rt_copy_info *);

#endif
