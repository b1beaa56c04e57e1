/*
 * rectrack — the open-item summary (rectrack(1)): the recommendations a
 * filter selects, as of a day, counted by group (agency, issuer, report,
 * fiscal year, topic, status or responsible official), with a total.
 */
#ifndef RT_SUMMARY_H
#define RT_SUMMARY_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "core/config.h"
#include "core/rec.h"

struct rt_config;
struct rt_error;
struct rt_filter;
struct rt_store;

enum rt_summary_by {
	RT_BY_AGENCY,		/* the responsible agency (on the day) */
	RT_BY_ISSUER,
	RT_BY_REPORT,
	RT_BY_FY,		/* the report's fiscal year: "FY2021" */
	RT_BY_TOPIC,		/* each topic of the report; "(no topic)" */
	RT_BY_STATUS,
	RT_BY_OFFICIAL,		/* the responsible official; "(none)" */
	RT_BY_COUNT
};

/* "agency" -> RT_BY_AGENCY; -1 when unknown. */
int rt_summary_by_parse(const char *s, enum rt_summary_by *out);
const char *rt_summary_by_name(enum rt_summary_by);
/* "agency, issuer, report, fy, topic, status, official" (static). */
const char *rt_summary_by_names(void);

/*
 * One row: the counts of the recommendations of a group.  Every count
 * but the ages is of open recommendations; money is in cents.
 */
struct rt_summary_row {
	char *group;		/* "CBP", "FY2021", "DHS subtotal", "TOTAL" */
	int depth;		/* rollup: depth in the agency tree, else 0 */
	int subtotal;		/* rollup: a parent and those below it */
	long recs;		/* selected recommendations, open or closed */
	long open;		/* open-pending + open-unresolved +
				   open-resolved */
	long pending;		/* open-pending */
	long unresolved;	/* open-unresolved */
	long resolved;		/* open-resolved */
	long overdue;
	long unresolved_over_6_months;
	long open_1_year_plus;
	long priority;		/* open with the priority flag */
	long extended;		/* open, target date extended at least
				   once (core/extensions.h) */
	long extensions;	/* the extensions of the open ones */
	long age[RT_MAX_BUCKETS + 1];	/* open, by age bucket */
	int64_t questioned_cost;	/* sums over the open ones; an */
	int64_t funds_better_use;	/* amount not stated counts 0 */
	char *oldest;		/* REPORT#NUMBER of the oldest open one
				   (report issue date, then listing
				   order); NULL */
	long oldest_seq;	/* its place in the listing; -1 */
	long order;		/* sort key (internal) */
};

struct rt_summary {
	char as_of[RT_DATE_SIZE];
	enum rt_summary_by by;
	int rollup;
	struct rt_bucket buckets[RT_MAX_BUCKETS + 1];
	size_t nbuckets;
	struct rt_summary_row *rows;	/* in group order */
	size_t nrows;
	struct rt_summary_row total;	/* each recommendation once */
};

/*
 * Count the recommendations that rt_select(f, as_of) selects, by `by`,
 * with the derived facts of rt_rec_facts (cfg's thresholds and buckets).
 * A group appears when at least one recommendation of it is selected
 * (its counts may all be 0 when they are closed).  With RT_BY_TOPIC a
 * recommendation counts under each topic of its report; total counts it
 * once.  Rows come in the order of the key: the agency tree, issuer
 * code, report issue date and number, fiscal year, topic name (any
 * case), the status order of rectrack(1), official; "(no topic)" and
 * "(none)" last.
 *
 * rollup (RT_BY_AGENCY only; RT_EINVAL otherwise) adds, after the rows
 * of the agencies below a parent agency, a "PARENT subtotal" row
 * counting the parent and everything below it; rows carry their depth
 * in the tree.  Parents with nothing selected below them get none.
 *
 * On success *out is filled (free with rt_summary_free); on error it is
 * left empty.
 */
struct rt_error *rt_summary_build(struct rt_store *,
    const struct rt_config *cfg, const struct rt_filter *f,
    const char *as_of, enum rt_summary_by by, int rollup,
    struct rt_summary *out);
void rt_summary_free(struct rt_summary *);

#endif
