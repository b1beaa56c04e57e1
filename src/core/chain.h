/*
 * rectrack — the verification of the history's hash chain (base/chain.h
 * says how each link is made).  A walk over every event in chain order
 * recomputes each event's hash over the hash stored in the event before
 * it and compares it with the hash stored in the event: an event
 * changed, or one deleted or inserted before it, outside rectrack breaks
 * the link at that event.  Only the first break is named (everything
 * after depends on it), with the number of links that break in all.
 *
 * A seal is the head hash an office recorded outside the database
 * (rectrack seal): the history up to a seal is unchanged when an event
 * whose recomputed hash is the seal is found and every link up to it
 * holds.  The deletion of the last events of the history cannot be seen
 * but against a seal.
 */
#ifndef RT_CORE_CHAIN_H
#define RT_CORE_CHAIN_H

#include <stdint.h>

#include "base/chain.h"

struct rt_error;
struct rt_problem;
struct rt_store;

/* What a walk over the chain found. */
struct rt_chain_result {
	int64_t events;			/* the events walked */
	char head[RT_HASH_SIZE];	/* the last event's stored hash; ""
					   when there is no event */
	char head_at[21];		/* when the last event was recorded */
	long breaks;			/* the links that do not hold */
	/* the first break, when breaks > 0 */
	int64_t break_id;		/* the event */
	char *break_subject;		/* "OIG-21-19#3"; NULL when unknown */
	char break_at[21];		/* when it says it was recorded */
	int break_missing;		/* it carries no hash at all */
	/* the seal asked for */
	int sealed;		/* found, and every link up to it holds */
	int64_t seal_events;	/* the events up to and including it */
	char seal_at[21];	/* when its event was recorded */
};

/*
 * Parse a seal as a user types it: exactly 64 hex digits, in any case,
 * into lowercase out.  Returns 0, or -1 when s is anything else.
 */
int rt_chain_seal_parse(const char *s, char out[RT_HASH_SIZE]);

/*
 * Walk every event (rt_store_event_walk: one moment of the database)
 * and verify each link; seal (64 lowercase hex digits, NULL: none) is
 * looked for on the way.  *out is filled (free it with
 * rt_chain_result_free) also on error.  Memory: about 48 bytes per event
 * (each event's hash, kept for the voids that refer to it).
 */
struct rt_error *rt_chain_verify(struct rt_store *, const char *seal,
    struct rt_chain_result *out);

void rt_chain_result_free(struct rt_chain_result *);

/* "event N (REPORT#NUMBER, recorded AT)": the first break (malloc'd;
 * NULL when memory is short). */
char *rt_chain_break_name(const struct rt_chain_result *);

/*
 * Verify the chain as rt_chain_verify does and report to cb, as check
 * "chain", the first break (with the count of breaks in all) and, when a
 * seal is given and the history up to it cannot be proved unchanged,
 * the seal (subject "register UID").  Returns cb's first non-zero
 * return in *stop (-1 when memory is short).
 */
struct rt_error *rt_chain_check(struct rt_store *, const char *seal,
    int (*cb)(const struct rt_problem *, void *), void *arg,
    struct rt_chain_result *out, int *stop);

#endif
