/*
 * rectrack — the reports law and policy ask of inspectors general and
 * agencies: the semiannual report's figures for a period (roll-forward,
 * Tables I and II, the lists) and the GAO-IG Act lists as of a day.
 * Every figure comes from the history, rebuilt as of the period's
 * boundaries (rt_replay), never from the current rows.
 */
#ifndef RT_OVERSIGHT_H
#define RT_OVERSIGHT_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "store/store.h"

struct rt_config;
struct rt_error;
struct rt_filter;
struct rt_store;

/* A reporting period, both ends included. */
struct rt_period {
	char from[RT_DATE_SIZE];
	char to[RT_DATE_SIZE];
	char name[16];			/* "2025H2"; "" for --from/--to */
};

/*
 * "2025H2" -> 2025-04-01 .. 2025-09-30 and "2026H1" -> 2025-10-01 ..
 * 2026-03-31: the halves of the federal fiscal year, which end on 31
 * March and 30 September (5 U.S.C. 405).  -1 when s is not of that form.
 */
int rt_period_parse(const char *s, struct rt_period *out);
/* The period from .. to (valid dates, from <= to); -1 otherwise. */
int rt_period_span(const char *from, const char *to, struct rt_period *out);

/* One recommendation in a list, as it stood at the list's day. */
struct rt_ov_item {
	struct rt_rec rec;		/* state on the day (money too) */
	char *issuer_kind;		/* oig, gao, ... (NULL: unknown) */
	char *reason;			/* latest note by the day; NULL */
	char reason_date[RT_DATE_SIZE];	/* its effective date; "" */
	long age_days;			/* issue date to the day (or to
					   closed_date) */
};

struct rt_ov_list {
	struct rt_ov_item *v;
	size_t n, cap;
};

/* The roll-forward of one kind of thing (recommendations or reports):
 * open_start + issued - closed + reopened = open_end. */
struct rt_roll {
	long open_start, open_start_resolved;
	long issued;			/* issued during the period */
	long closed;			/* open at the start or issued since,
					   closed at the end */
	long reopened;			/* closed at the start, open at the
					   end */
	long open_end, open_end_resolved;
};

/* One row of Table I or II: reports counted once, dollars summed per
 * recommendation (cents). */
struct rt_ov_row {
	long reports;
	int64_t amount;			/* questioned cost / funds (I / II) */
	int64_t unsupported;		/* Table I: the unsupported part */
};

enum {
	RT_ROW_A,	/* no management decision by the start */
	RT_ROW_B,	/* issued during the period */
	RT_ROW_AB,	/* subtotal A + B */
	RT_ROW_C,	/* management decision made during the period */
	RT_ROW_CI,	/* (i) disallowed / agreed to by management */
	RT_ROW_CII,	/* (ii) not disallowed / not agreed to */
	RT_ROW_D,	/* no management decision by the end */
	RT_ROW_D6,	/* of D: none within six months of issue */
	RT_ROW_COUNT
};

struct rt_sar {
	struct rt_period period;
	char start[RT_DATE_SIZE];	/* the day before from: the state
					   at the start is as of its end */
	struct rt_roll recs, reports;
	struct rt_ov_row questioned[RT_ROW_COUNT];	/* Table I */
	struct rt_ov_row better_use[RT_ROW_COUNT];	/* Table II */
	struct rt_ov_list prior;	/* issued before the period, open at
					   its end (no completed corrective
					   action) */
	struct rt_ov_list unresolved;	/* open-pending or open-unresolved
					   at the end, issued more than
					   resolution_deadline_days before */
	struct rt_ov_list closed;	/* closed during the period (closed
					   at the end, closed_date in it) */
};

/*
 * The semiannual figures for period p over the recommendations f
 * selects (its report, issuer, agency, topic and fiscal-year
 * conditions, on the stored rows).  The end of the period may not be
 * after today.  On success *out is filled (free with rt_sar_free).
 */
struct rt_error *rt_sar_build(struct rt_store *, const struct rt_config *,
    const struct rt_filter *f, const struct rt_period *p,
    struct rt_sar *out);
void rt_sar_free(struct rt_sar *);

/* The letter-and-name of a Table row: "A", "B", "A+B", "C", "C(i)",
 * "C(ii)", "D", "D, over 6 months". */
const char *rt_sar_row_name(int row);

struct rt_gao_ig_act {
	char as_of[RT_DATE_SIZE];
	struct rt_ov_list gao;		/* GAO's, open or closed - not
					   implemented for a year or more */
	struct rt_ov_list oig;		/* inspectors general's, issued a
					   year or more before, no final
					   action */
};

/*
 * The two lists of the GAO-IG Act (Public Law 115-414) as of as_of, each
 * grouped by agency (the agency tree's order) then in listing order.  A
 * GAO recommendation (issuer kind gao) is listed when open and issued at
 * least a year before, or closed-not-implemented at least a year
 * before; an inspector general's (issuer kind oig) when open and issued
 * at least a year before.  Free with rt_gao_ig_act_free.
 */
struct rt_error *rt_gao_ig_act_build(struct rt_store *,
    const struct rt_config *, const struct rt_filter *f, const char *as_of,
    struct rt_gao_ig_act *out);
void rt_gao_ig_act_free(struct rt_gao_ig_act *);

#endif
