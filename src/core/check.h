/*
 * rectrack — the integrity check: the invariants the database holds,
 * each violation reported as a problem (struct rt_problem, store.h).
 */
#ifndef RT_CHECK_H
#define RT_CHECK_H

#include <stdint.h>

struct rt_error;

struct rt_problem;
struct rt_store;
struct rt_stored_rec;

/* What a check went through. */
struct rt_check_stats {
	int64_t reports, recs, events;	/* rows checked */
	long problems;			/* problems reported */
	int words;	/* the search index's words were compared with the
			   texts (not with quick, on a database that cannot
			   be written, or while rows wait to be indexed) */
	int64_t chained;	/* events whose link of the chain was
				   verified */
	int64_t evidence;	/* evidence files re-hashed */
	int sealed;		/* the seal asked for holds */
	int64_t seal_events;	/* its events */
	char seal_at[21];	/* when its last event was recorded */
};

/*
 * Check the database, reporting each problem to cb (a non-zero return
 * stops the check):
 *   integrity    PRAGMA integrity_check (quick: quick_check);
 *   schema       the tables, indexes, views and triggers are rectrack's;
 *   foreign-key  every reference leads to a row (foreign_key_check),
 *                the agencies make a tree;
 *   value        each status, concurrence, type, kind, sensitivity,
 *                event kind and event value is one the product knows,
 *                flags are 0 or 1, dates and times are valid, amounts
 *                are not negative, a closed recommendation has a closed
 *                date and an open one none;
 *   text         every stored text is UTF-8 (core/text.h): of the
 *                issuers, agencies, officials, reports,
 *                recommendations and events;
 *   history      each recommendation's row equals the replay of its
 *                events (rt_replay): status, concurrence, target,
 *                original target, resolved and closed dates, flags, and
 *                for each field an event changed, the value of the
 *                latest such event; it has an issued event (a
 *                resolved_date the earlier rule for reopenings gave,
 *                also followed by later moves, is accepted);
 *   chain        the hash chain of the history (core/chain.h): the
 *                first event whose link does not hold, named with the
 *                number of links that break in all; with a seal, the
 *                history up to it is unchanged;
 *   evidence     every stored evidence file's bytes still hash to
 *                the SHA-256 they are stored under (core/evidence.h),
 *                and every file an evidence event attaches is stored;
 *   search       every text up to the search mark is in the search
 *                index and nothing else is; unless quick, FTS5's
 *                integrity-check compares the index's words with the
 *                texts (a moment under the write lock; nothing written).
 * Everything but the last runs in one read transaction, so that it sees
 * one moment while others write; recommendations are read one at a
 * time with their events.
 */
struct rt_error *rt_check(struct rt_store *, int quick,
    int (*cb)(const struct rt_problem *, void *), void *arg,
    struct rt_check_stats *stats);

/* rt_check, also proving the history up to seal (64 lowercase hex
 * digits; NULL: none) unchanged: stats->sealed, or a "chain" problem. */
struct rt_error *rt_check_seal(struct rt_store *, int quick,
    const char *seal, int (*cb)(const struct rt_problem *, void *),
    void *arg, struct rt_check_stats *stats);

/*
 * The value and history checks of one recommendation as stored (with
 * its events): each problem to cb.  Returns cb's first non-zero return,
 * -1 when memory is short, else 0.
 */
int rt_check_rec(const struct rt_stored_rec *,
    int (*cb)(const struct rt_problem *, void *), void *arg);

#endif
