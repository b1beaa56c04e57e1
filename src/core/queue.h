/*
 * rectrack — queues: who owes what by when.  The queue conditions of a
 * filter (official, due within, undecided over some days, no target)
 * tested on a recommendation's state; the order --sort asks for (a
 * stable sort in memory, above the store); and the working queue of
 * `rectrack due`: overdue, due soon, awaiting a decision.
 *
 * Dates are YYYY-MM-DD strings; "the day" is the day considered (the
 * as-of date).  Open means one of the three open statuses.
 */
#ifndef RT_QUEUE_H
#define RT_QUEUE_H

#include <stddef.h>

#include "base/date.h"
#include "store/store.h"

struct rt_error;

/*
 * Does rec pass the queue conditions of f (officials, due_from/due_to,
 * unresolved_before, no_target; see struct rt_filter)?  The same test
 * the store makes in SQL, for a state rebuilt from the history.
 */
int rt_filter_queue_match(const struct rt_filter *f, const struct rt_rec *rec);

/* ---- sorting ------------------------------------------------------------ */

enum rt_sort_field {
	RT_SORT_TARGET,		/* target date, earliest first */
	RT_SORT_AGE,		/* report issue date, oldest first */
	RT_SORT_AGENCY,		/* agency code, A to Z */
	RT_SORT_OFFICIAL,	/* official, A to Z */
	RT_SORT_AMOUNT,		/* questioned cost + funds put to better
				   use, largest first */
	RT_SORT_FIELDS
};

#define RT_SORT_MAX RT_SORT_FIELDS

/* The name of a sort field, as --sort takes it; NULL past the last. */
const char *rt_sort_field_name(enum rt_sort_field);

/* The fields of --sort, most significant first; desc reverses a field's
 * natural direction.  A missing value (no target, no official) comes
 * last either way. */
struct rt_sort {
	size_t n;
	enum rt_sort_field field[RT_SORT_MAX];
	int desc[RT_SORT_MAX];
};

/*
 * Parse "FIELD[,FIELD...]", each field optionally preceded by "-" (the
 * reverse of its natural direction).  An RT_EUSAGE error for an unknown
 * field ("--sort: \"x\" is not a sort field (target, age, agency,
 * official, amount)") or one named twice.
 */
struct rt_error *rt_sort_parse(const char *s, struct rt_sort *out);
/* <0, 0, >0 as a comes before, with, after b in the order of s. */
int rt_sort_cmp(const struct rt_sort *s, const struct rt_rec *a,
    const struct rt_rec *b);
/* Order the n pointers of v by s, stably (ties keep their order). */
void rt_sort_recs(const struct rt_sort *s, const struct rt_rec **v, size_t n);

/* Recommendations copied (rt_rec_dup) to be ordered before they go out. */
struct rt_recs {
	struct rt_rec *v;
	size_t n, cap;
};
/* Append a copy of rec; an RT_ENOMEM error when out of memory. */
struct rt_error *rt_recs_add(struct rt_recs *, const struct rt_rec *rec);
/* A callback for rt_select: rt_recs_add into arg (a struct rt_recs_walk);
 * stops the walk when out of memory (err set). */
struct rt_recs_walk {
	struct rt_recs recs;
	struct rt_error *err;
};
int rt_recs_cb(const struct rt_rec *rec, void *arg);
void rt_recs_free(struct rt_recs *);

/* Order the items of the outstanding report by s within each agency (the
 * report stays grouped by agency); ties keep their listing order. */
struct rt_outstanding;
struct rt_error *rt_outstanding_sort(struct rt_outstanding *,
    const struct rt_sort *s);

/* ---- the working queue (rectrack due) --------------------------------- */

enum rt_due_group {
	RT_DUE_OVERDUE,		/* open, target date before the day */
	RT_DUE_SOON,		/* open, target from the day to day+within */
	RT_DUE_UNDECIDED,	/* open-unresolved or open-pending, issued
				   more than `undecided` days before */
	RT_DUE_GROUPS
};

struct rt_due_item {
	struct rt_rec rec;		/* its state on the day */
	enum rt_due_group group;
	long days;			/* overdue: days past the target;
					   soon: days left; undecided: days
					   since issue */
};

struct rt_due {
	char as_of[RT_DATE_SIZE];
	int within, undecided;
	struct rt_due_item *items;	/* by group, then by date (see
					   rt_due_build), then listing
					   order */
	size_t nitems;
	size_t count[RT_DUE_GROUPS];
};

/*
 * The group of rec on day as_of (the first that applies, in the order of
 * enum rt_due_group) with its days in *days, or -1 when it is in none.
 */
int rt_due_group_of(const struct rt_rec *rec, const char *as_of, int within,
    int undecided, long *days);
/* The group's key in CSV and JSON: "overdue", "due-soon",
 * "awaiting-decision" (static). */
const char *rt_due_group_key(enum rt_due_group g);

/* The heading of group g for people ("Overdue", "Due within 30 days",
 * "Awaiting a decision over six months" or "... over N days") into buf
 * (n bytes; 64 are enough). */
void rt_due_heading(const struct rt_due *d, enum rt_due_group g, char *buf,
    size_t n);

/*
 * The working queue of the recommendations f selects (rt_select; f may
 * name an official) as they stood at the end of day as_of: overdue ones
 * by target date (oldest first), those due within `within` days by
 * target date (soonest first), the undecided over `undecided` days by
 * issue date (oldest first).  Free with rt_due_free, also after a
 * failure.
 */
struct rt_error *rt_due_build(struct rt_store *, const struct rt_filter *f,
    const char *as_of, int within, int undecided, struct rt_due *out);
void rt_due_free(struct rt_due *);

#endif
