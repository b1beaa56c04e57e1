/*
 * rectrack — selecting recommendations: every recommendation that
 * matches the filters of SPEC §4, in the state it was in at the end of a
 * day.  list, export, summary and outstanding all select through here.
 */
#ifndef RT_SELECT_H
#define RT_SELECT_H

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
 * concurrence, priority, overdue and the responsible agency (with its
 * sub-agencies) are tested on the rebuilt state; its agency_path is that
 * of the agency it had then.
 *
 * The rec handed to cb is valid during the call only; cb may use the
 * store.  A non-zero return from cb stops the walk (not an error).
 * Returns NULL or the store's error.
 */
struct rt_error *rt_select(struct rt_store *, const struct rt_filter *f,
    const char *as_of, int (*cb)(const struct rt_rec *, void *), void *arg);

#endif
