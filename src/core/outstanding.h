/*
 * rectrack — the outstanding-recommendations report (rectrack(1)): every
 * open recommendation a filter selects, as of a day, grouped by agency
 * then report, with its derived facts and latest event, and the
 * open-item summary by agency for the totals.
 */
#ifndef RT_OUTSTANDING_H
#define RT_OUTSTANDING_H

#include <stddef.h>

#include "base/date.h"
#include "core/rec.h"
#include "core/summary.h"
#include "store/store.h"

struct rt_config;
struct rt_error;
struct rt_filter;
struct rt_store;

/* One open recommendation and what the report shows of it. */
struct rt_open_item {
	struct rt_rec rec;		/* its state on the day */
	char *title;			/* its report's title */
	struct rt_facts fx;		/* derived facts on the day */
	struct rt_event last;		/* latest event effective by then;
					   last.kind NULL when none */
	int extensions;			/* extensions of its target date by
					   then (core/extensions.h) */
	size_t rank;			/* its agency's place in the tree
					   (internal) */
	long seq;			/* listing order (internal) */
};

struct rt_outstanding {
	char as_of[RT_DATE_SIZE];
	struct rt_open_item *items;	/* by agency (tree order), then
					   listing order */
	size_t nitems;
	struct rt_summary summary;	/* by agency, same selection */
};

/*
 * Gather the open recommendations f selects as of as_of (f's statuses,
 * if any, narrowed to the open ones).  On success *out is filled (free
 * with rt_outstanding_free); on error it is left empty.
 */
struct rt_error *rt_outstanding_build(struct rt_store *,
    const struct rt_config *, const struct rt_filter *f, const char *as_of,
    struct rt_outstanding *out);
void rt_outstanding_free(struct rt_outstanding *);

#endif
