/*
 * rectrack — digests: what each responsible official owes, and who is
 * told.  The working queue (core/queue.h: overdue, due soon, awaiting a
 * decision) split by official; for each official with something in it,
 * the recipients: the official (To), and on Cc the configuration's
 * follow_up.cc, the audit liaison of the official's agency or of an
 * agency above it (follow_up.agency_cc), and the official they report
 * to when an item is overdue by more than follow_up.escalate_after_days.
 * Writing the messages is formats/digest.h; sending them is the CLI's.
 */
#ifndef RT_DIGEST_H
#define RT_DIGEST_H

#include <stddef.h>

#include "core/queue.h"
#include "store/store.h"

struct rt_config;
struct rt_error;

/* One official's digest. */
struct rt_digest {
	struct rt_official official;	/* as recorded (a copy) */
	const struct rt_due_item **items;	/* theirs, in the queue's
						   order */
	size_t nitems;
	size_t count[RT_DUE_GROUPS];
	long most_overdue;		/* days; 0 when none is overdue */
	char **cc;			/* addresses, none twice, never the
					   official's own */
	size_t ncc;
	char *escalated;		/* the code of the official reported
					   to, when copied; else NULL */
	char *unescalated;		/* the one reported to, when an item
					   is overdue long enough but they
					   have no address; else NULL */
};

struct rt_digests {
	struct rt_due due;		/* the whole queue */
	struct rt_digest *v;		/* by official code */
	size_t n;
	size_t unassigned;		/* queue items with no official */
};

/*
 * The digests as of day as_of (YYYY-MM-DD), "due soon" meaning within
 * `within` days, for every official with something in the queue, or
 * for the n officials named (RT_ENOTFOUND with the nearest codes for
 * one that is not recorded; each named one gets a digest only when it
 * has something in the queue).  An agency of follow_up.agency_cc that
 * is not recorded is an RT_EINVAL error naming it.  Free with
 * rt_digests_free, also after a failure.
 */
struct rt_error *rt_digests_build(struct rt_store *,
    const struct rt_config *cfg, const char *as_of, int within,
    const char *const *officials, size_t n, struct rt_digests *out);
void rt_digests_free(struct rt_digests *);

#endif
