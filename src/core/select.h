/*
 * rectrack — selecting recommendations: every recommendation that
 * matches the filters of list, in the state it was in at the end of a
 * day.  list, export, summary and outstanding all select through here.
 */
#ifndef RT_SELECT_H
#define RT_SELECT_H

#include <stddef.h>

struct rt_agency;
struct rt_error;
struct rt_filter;
struct rt_rec;
struct rt_store;

/*
 * Hand cb every recommendation that existed at the end of day as_of
 * (YYYY-MM-DD) and matches every condition of f, in its state on that
 * day, in listing order: report issue date, report number, then
 * recommendation number in natural order.  f->overdue_before, when set,
 * keeps the recommendations overdue on that date (callers pass as_of).
 *
 * As of today (or later) the stored rows are that state, and the store
 * applies the whole filter.  For an earlier day the store selects on
 * what does not change with time (report, issuer, topic, fiscal year,
 * issue dates, reports issued by as_of, all as recorded now); each
 * recommendation is rebuilt from its history (rt_rec_as_of) and status,
 * concurrence, priority, overdue, the official, the target date (due
 * within, no target), the undecided over some days and the responsible
 * agency (with its sub-agencies) are tested on the rebuilt state; its
 * agency_path is that
 * of the agency it had then.
 *
 * The rec handed to cb is valid during the call only; cb may use the
 * store.  A non-zero return from cb stops the walk (not an error).
 * Returns NULL or the store's error.
 */
struct rt_error *rt_select(struct rt_store *, const struct rt_filter *f,
    const char *as_of, int (*cb)(const struct rt_rec *, void *), void *arg);
/* The same selection for a count: on or after today each rec carries
 * only the fields of rt_store_rec_list_lean (no allocation per rec);
 * for an earlier day it is rt_select. */
struct rt_error *rt_select_lean(struct rt_store *,
    const struct rt_filter *f, const char *as_of,
    int (*cb)(const struct rt_rec *, void *), void *arg);

/* Every agency, copied, depth first in path order (rt_store_agency_list). */
struct rt_agencies {
	struct rt_agency *v;
	size_t n, cap;
	int nomem;
};
struct rt_error *rt_agencies_load(struct rt_store *, struct rt_agencies *);
void rt_agencies_free(struct rt_agencies *);
/* The agency whose code is code, or NULL. */
const struct rt_agency *rt_agencies_find(const struct rt_agencies *,
    const char *code);
/* Is path ("DHS/CBP") the agency path root or below it? */
int rt_agency_path_in(const char *root, const char *path);

#endif
