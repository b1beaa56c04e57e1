/*
 * rectrack — the closure log: every closing of a recommendation in a
 * period, with who asked for it, who approved it and on what evidence,
 * read from the history (the status event into closed-* in force,
 * effective in the period; the approval recorded with it in the same
 * change set; the closure request that approval answered).  The record
 * an auditor of the follow-up process asks for; it follows the store's
 * horizon (rt_store_known) as every read does.
 */
#ifndef RT_CLOSURE_LOG_H
#define RT_CLOSURE_LOG_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "core/oversight.h"

struct rt_error;
struct rt_filter;
struct rt_store;

/* One closing. */
struct rt_closure {
	char *report, *number;		/* the recommendation */
	char *closed_as;		/* closed-implemented, … */
	char closed_on[RT_DATE_SIZE];	/* the status event's effective
					   date */
	char *requester;		/* actor of the closure request the
					   approval answered; NULL: none */
	char requested_on[RT_DATE_SIZE];	/* its effective date; "" */
	char *approver;			/* actor of the approval; NULL when
					   closed by `status` directly */
	char *evidence;			/* the hashes the request cited,
					   separated by spaces; NULL */
	int64_t change;			/* the change set of the closing */
	long seq;			/* listing order (internal) */
};

struct rt_closure_log {
	struct rt_period period;
	struct rt_closure *v;		/* by closed_on, then listing order */
	size_t n, cap;
};

/*
 * The closings of period p among the recommendations f selects (its
 * report, issuer and agency conditions, on the stored rows).  A
 * recommendation closed twice in the period (closed, reopened, closed
 * again) has two entries.  On success *out is filled (free with
 * rt_closure_log_free); on error it is left empty.
 */
struct rt_error *rt_closure_log_build(struct rt_store *,
    const struct rt_filter *f, const struct rt_period *p,
    struct rt_closure_log *out);
void rt_closure_log_free(struct rt_closure_log *);

/* "FY2025" (or "fy2025") -> 2024-10-01 .. 2025-09-30, named FY2025; else
 * rt_period_parse's half years.  -1 when s is neither. */
int rt_closure_period_parse(const char *s, struct rt_period *out);

#endif
