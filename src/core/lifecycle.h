/*
 * rectrack — the lifecycle verbs (status, concurrence, target date,
 * flags, notes) applied to one or more recommendations at once, and the
 * state of a recommendation as of any day, rebuilt from its history.
 */
#ifndef RT_LIFECYCLE_H
#define RT_LIFECYCLE_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/domain.h"
#include "store/store.h"

struct rt_error;

struct rt_config;
struct rt_event;
struct rt_rec;
struct rt_store;
struct rt_actor;

enum rt_verb { RT_VERB_STATUS, RT_VERB_CONCUR, RT_VERB_TARGET, RT_VERB_FLAG,
    RT_VERB_NOTE };

/* The flags one can set, by their command-line names (on-hold, …). */
enum rt_flag { RT_FLAG_PRIORITY, RT_FLAG_SIGNIFICANT, RT_FLAG_ON_HOLD,
    RT_FLAG_CLOSURE_REQUESTED, RT_FLAG_PARTIALLY_ADDRESSED, RT_FLAG_COUNT };

/* "on-hold" or "on_hold" -> RT_FLAG_ON_HOLD; -1 when unknown. */
int rt_flag_lookup(const char *name);
/* The command-line name of a flag: "on-hold". */
const char *rt_flag_name(enum rt_flag);
/* The field name of a flag: "on_hold". */
const char *rt_flag_field(enum rt_flag);
/* The address of flag f in rec. */
int *rt_flag_ptr(struct rt_rec *rec, enum rt_flag f);
/* The value of flag f in rec. */
int rt_flag_get(const struct rt_rec *rec, enum rt_flag f);
/* May flag f of rec be set to v?  Only an open recommendation can be on
 * hold or awaiting closure: an RT_EREFUSED error otherwise. */
struct rt_error *rt_flag_check(const struct rt_rec *rec, enum rt_flag f,
    int v);
/* "priority, significant, on-hold, closure-requested,
 * partially-addressed" (static). */
const char *rt_flag_names(void);

/* What to do to each recommendation. */
struct rt_request {
	enum rt_verb verb;
	enum rt_status status;		/* STATUS: the new status */
	enum rt_concurrence concurrence;	/* CONCUR */
	const char *target;		/* TARGET, or STATUS --target; NULL */
	const char *evidence;		/* STATUS: evidence reference; NULL */
	/* STATUS to open-resolved or closed-*: the management decision's
	 * amounts in dollars (disallowed_cost, fbu_agreed); NULL: unchanged */
	const char *disallowed, *fbu_agreed;
	const char *text;		/* NOTE: the note */
	int flags[RT_FLAG_COUNT];	/* FLAG: 1 set, 0 clear, -1 leave */
};

/* What happened to one recommendation. */
struct rt_outcome {
	char *id;			/* "OIG-21-19#4" */
	enum rt_status from, to;
	enum rt_concurrence conc_from, conc_to;
	char target_from[RT_DATE_SIZE], target_to[RT_DATE_SIZE];
	int flags_from[RT_FLAG_COUNT], flags_to[RT_FLAG_COUNT];
	int64_t money_from[RT_MONEY_COUNT], money_to[RT_MONEY_COUNT];
	int nevents;			/* 0: already so, nothing written */
};

/*
 * Apply req to every recommendation named in ids ("REPORT#NUMBER" or
 * "REPORT#*" for all of a report; one named twice counts once) in one
 * BEGIN IMMEDIATE transaction: all are changed or, on the first refusal,
 * none.  Rules (rectrack(1)): the transition table and its guards with the
 * configured requirements; resolving sets resolved_date, closing sets
 * closed_date and clears on_hold and closure_requested; changing an
 * existing target date needs a reason (who->note) and keeps
 * original_target_date; the effective date (who->effective, default
 * today) may not be before the report's issue date, after today, or
 * before the latest event of any attribute it changes (the history stays
 * in order).  A status request may carry the management decision's
 * amounts (req->disallowed, req->fbu_agreed), only with a move to
 * open-resolved or a closed status; each amount that changes writes a
 * `field` event, and rt_rec_money_check must hold afterwards.  Each
 * changed attribute writes one event.  On success
 * *outcomes is an array of *n entries (free with rt_outcomes_free).
 */
struct rt_error *rt_apply(struct rt_store *, const struct rt_config *,
    char *const *ids, size_t nids, const struct rt_request *req,
    const struct rt_actor *who, struct rt_outcome **outcomes, size_t *n);
void rt_outcomes_free(struct rt_outcome *, size_t n);

/* The events of one recommendation, oldest first. */
struct rt_events {
	struct rt_event *ev;
	size_t n, cap;
	int nomem;			/* a push failed */
};

/* Load the events of rec_id into *e (initialised here). */
struct rt_error *rt_events_load(struct rt_store *, int64_t rec_id,
    struct rt_events *e);
/* Append a deep copy of ev; -1 (and e->nomem) when out of memory. */
int rt_events_push(struct rt_events *e, const struct rt_event *ev);
void rt_events_free(struct rt_events *e);
/* The latest effective date among the events of one attribute: kind
 * "status" counts "issued" too; field NULL matches any field.  NULL when
 * there is none. */
const char *rt_events_latest(const struct rt_events *e, const char *kind,
    const char *field);

/*
 * Refuse (RT_EREFUSED) an event of kind/field effective before the latest
 * event of the same attribute of rec: the history stays in order.
 */
struct rt_error *rt_check_order(struct rt_store *, const struct rt_rec *rec,
    const char *kind, const char *field, const char *effective);

/*
 * Rebuild the state of rec at the end of day as_of from its events
 * (oldest first, as rt_store_event_list gives them): status,
 * concurrence, target and original target dates, resolved and closed
 * dates and the flags.  Other fields keep their current values.
 * Returns 0, or -1 when the recommendation did not exist yet (its report
 * was issued after as_of).  out is a copy of cur with the rebuilt state
 * (free with rt_rec_free); events may be NULL when n is 0.
 */
int rt_replay(const struct rt_rec *cur, const struct rt_event *events,
    size_t n, const char *as_of, struct rt_rec *out);

/*
 * Apply one event to the state of rec as rt_replay does: the status and
 * its dates, the concurrence, the target dates and the flags (a `field`
 * event changes nothing here).
 */
void rt_event_apply(struct rt_rec *rec, const struct rt_event *ev);

/*
 * The attribute an event of this kind changes ("status" for issued and
 * status, "concurrence", "target_date" for target), or NULL for the
 * kinds that name their own (field, flag) or change none (note).  The
 * string is static.
 */
const char *rt_event_kind_field(const char *kind);

/*
 * rt_replay from the store: *exists is 0 when the recommendation did not
 * exist at as_of (out is then left initialised and empty).
 */
struct rt_error *rt_rec_as_of(struct rt_store *, const struct rt_rec *cur,
    const char *as_of, struct rt_rec *out, int *exists);

#endif
