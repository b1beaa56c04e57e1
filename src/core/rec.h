/*
 * rectrack — recording recommendations: adding one, changing its fields,
 * and the facts derived from it.  Every change goes through here, in one
 * transaction with its events.
 */
#ifndef RT_REC_H
#define RT_REC_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

struct rt_error;

struct rt_config;
struct rt_rec;
struct rt_store;

/* Who records a change, and when it took effect. */
struct rt_actor {
	const char *actor;	/* recorded as the event's actor */
	const char *effective;	/* YYYY-MM-DD; NULL or "": today */
	const char *note;	/* reason; NULL when none */
};

/*
 * Add a new recommendation.  rec->report and rec->text are required;
 * rec->number NULL takes the next whole number after the report's
 * highest; rec->agency NULL takes the report's agency.  rec->status,
 * concurrence and target_date are the state at issuance: the status must
 * be one the lifecycle allows from open-pending (with its guards and the
 * configured requirements); resolved_date and closed_date become the
 * report's issue date as the status implies.  Writes, effective on the
 * report's issue date, one `issued` event, then one `concurrence` and
 * one `target` event when those are given.  evidence (NULL when none) is
 * the evidence reference a closed-implemented status may require; it is
 * kept in the issued event's note.  On success rec holds what was stored
 * (number, agency, dates filled in).
 */
struct rt_error *rt_rec_add(struct rt_store *, const struct rt_config *,
    struct rt_rec *rec, const struct rt_actor *who, const char *evidence);

/* One FIELD=VALUE of `rec set`. */
struct rt_change {
	const char *field;
	const char *value;
};

/*
 * Apply changes to REPORT#NUMBER in one transaction: each field that
 * really changes writes one event (kind `flag` for flags, `field`
 * otherwise) with the old and new value, the actor, the effective date
 * (checked: not before the report's issue date, not after today) and the
 * note.  Settable: text, official, agency, corrective_action, money
 * (questioned_cost, unsupported_cost, funds_better_use,
 * potential_savings, and the management decision's disallowed_cost and
 * fbu_agreed; dollars, "" clears; rt_rec_money_check holds afterwards)
 * and the flags priority, significant, on_hold, closure_requested,
 * partially_addressed (yes/no).  status, concurrence and target_date are
 * refused with the command to use.  *nchanged tells how many fields
 * changed (0 writes nothing).
 */
struct rt_error *rt_rec_set(struct rt_store *, const char *report,
    const char *number, const struct rt_change *changes, size_t n,
    const struct rt_actor *who, int *nchanged);

/*
 * Put back the value a `field` event recorded (its old or new text) into
 * the field it names: text, official, agency, corrective_action or a
 * money field (NULL clears).  Returns -1 for a name that is not such a
 * field or when memory is short, else 0.
 */
int rt_rec_restore(struct rt_rec *rec, const char *field, const char *value);

/* The names rec set accepts, comma separated (static). */
const char *rt_rec_settable(void);

/* The field name of a money field: "questioned_cost", …, "fbu_agreed"
 * (static). */
const char *rt_money_name(enum rt_money_field);

/*
 * The amounts of the management decision against what it decided on:
 * disallowed_cost no more than questioned_cost, fbu_agreed no more than
 * funds_better_use, when both amounts are stated.  An RT_EINVAL error
 * naming both amounts (without the recommendation), else NULL.
 */
struct rt_error *rt_rec_money_check(const struct rt_rec *);

/* Parse a flag value: yes/no, true/false, on/off, 1/0; -1 otherwise. */
int rt_flag_parse(const char *s);

/* ---- derived facts (rectrack(1)), as of a date ------------------------ */

/* Days from the report's issue date to as_of, or to closed_date when the
 * recommendation was closed by then. */
long rt_rec_age_days(const struct rt_rec *, const char *as_of);
/* Open-resolved with a target date before as_of. */
int rt_rec_overdue(const struct rt_rec *, const char *as_of);

/*
 * One age bucket of the configuration (aging_buckets_days): ages from
 * min_days to max_days (-1: no upper limit), and a label for people.
 * The default limits 183, 365, 730, 1826 give "under 6 months" (0-182
 * days), "6-12 months", "1-2 years", "2-5 years" and "over 5 years"
 * (1826 days and more).  A limit is named in years when it is n * 365
 * or n * 365.25 days (rounded down or to the nearest day), else in
 * months when it is n * 365.25 / 12 days (the same way), else in days;
 * a range is named in a unit both its limits have, and in days, where
 * the label gives the last day itself: [90, 180] gives "under 90 days",
 * "90-179 days", "180 days or more".
 */
struct rt_bucket {
	char label[48];
	long min_days, max_days;
};

/* The cfg->nbuckets + 1 age buckets, into out (RT_MAX_BUCKETS + 1
 * entries); returns how many. */
size_t rt_buckets(const struct rt_config *cfg, struct rt_bucket *out);

/* The index of the bucket an age in days falls in (0 to cfg->nbuckets). */
size_t rt_bucket_of(const struct rt_config *cfg, long age_days);

/*
 * The facts rectrack(1) derives from a recommendation's state on a day,
 * computed here and nowhere else.  rec is the state as of that day (the
 * current row for today, rt_rec_as_of for a past day).
 */
struct rt_facts {
	int open;		/* one of the three open statuses */
	int overdue;		/* rt_rec_overdue */
	int unresolved_over_6_months;	/* open-pending or open-unresolved,
					   issued more than
					   cfg->resolution_deadline_days
					   before as_of */
	int open_1_year_plus;	/* open, issued on or before the same day
				   a year before as_of (29 February: the
				   28th) */
	long age_days;		/* rt_rec_age_days */
	size_t bucket;		/* rt_bucket_of(age_days) */
};
void rt_rec_facts(const struct rt_rec *rec, const struct rt_config *cfg,
    const char *as_of, struct rt_facts *out);

#endif
