/*
 * rectrack — the history of a recommendation, one event at a time:
 * writing an event (its effective date checked, in order with the
 * events before it), loading the events, and the effect one event has
 * on the state of a recommendation (status and its dates, concurrence,
 * target dates, flags).  Adding, changing and moving recommendations
 * (rec, lifecycle) all record their events through here; this module
 * uses only the store.
 */
#ifndef RT_EVENT_H
#define RT_EVENT_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/domain.h"

struct rt_error;
struct rt_event;
struct rt_rec;
struct rt_store;

/* ---- flags: the yes/no attributes a `flag` event changes -------------- */

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

/* ---- applying an event ------------------------------------------------ */

/*
 * The effect of a move from rec's status to `to` effective on
 * `effective`: the status; closed_date set on a closed status and
 * cleared on an open one; resolved_date, the date of the latest
 * management decision, set by a decision only: a move into open-resolved
 * from open-pending or open-unresolved, or a reopen into open-resolved of a
 * recommendation that never had one (resolved_date empty).  Every other
 * move keeps it: a reopen, a move back to open-pending or
 * open-unresolved, a closing (docs/data-model.md).
 */
void rt_event_status_apply(struct rt_rec *rec, enum rt_status to,
    const char *effective);

/*
 * Apply one event to the state of rec as rt_replay does: the status and
 * its dates, the concurrence, the target dates and the flags; a closure
 * request sets closure_requested and its decision clears it (a `field`
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

/* ---- writing an event ------------------------------------------------- */

/*
 * Check an effective date for a change to recommendation rec: a valid
 * date, not before its report's issue date, not after today.  NULL or ""
 * means today; *out receives the date to record.  Errors name the
 * recommendation.
 */
struct rt_error *rt_effective_date(const char *given, const struct rt_rec *rec,
    char out[RT_DATE_SIZE]);

/*
 * Append one event to recommendation rec_id, recorded now by actor,
 * effective on `effective`.  kind, field, old, new, note as the event
 * table; NULL where absent.
 */
struct rt_error *rt_event_write(struct rt_store *, int64_t rec_id,
    const char *effective, const char *actor, const char *kind,
    const char *field, const char *old, const char *new, const char *note);

/* ---- the events of a recommendation ----------------------------------- */

/* The events of one recommendation, oldest first. */
struct rt_events {
	struct rt_event *ev;
	size_t n, cap;
	int nomem;			/* a push failed */
};

/*
 * Whether an event takes effect (struct rt_event's inactive): in force;
 * voided by a void in force; recorded after the store's horizon
 * (rt_store_known), so not known yet.  A void in force is IN_FORCE too,
 * but a void itself never changes the state (rt_event_applies).
 */
enum { RT_EVENT_IN_FORCE, RT_EVENT_VOIDED, RT_EVENT_UNKNOWN };

/*
 * Mark each of the n events of one recommendation (any order, their ids
 * and voids set): UNKNOWN when recorded after known (NULL: none is),
 * VOIDED when a void in force voids it, else IN_FORCE.  A void is in
 * force unless unknown or voided itself; a voided void gives back the
 * event it voided.  -1 when out of memory.
 */
int rt_events_mark(struct rt_event *ev, size_t n, const char *known);
/* 1 when ev changes the state: in force and not a void. */
int rt_event_applies(const struct rt_event *ev);
/* 0 when e has events and none is known at the horizon (the
 * recommendation was not recorded yet), else 1. */
int rt_events_known(const struct rt_events *e);

/* Load the events of rec_id into *e (initialised here), each marked
 * (rt_events_mark) at the store's horizon. */
struct rt_error *rt_events_load(struct rt_store *, int64_t rec_id,
    struct rt_events *e);
/* Append a deep copy of ev; -1 (and e->nomem) when out of memory. */
int rt_events_push(struct rt_events *e, const struct rt_event *ev);
void rt_events_free(struct rt_events *e);
/* A deep copy of ev into *out (free with rt_event_free); -1 when out of
 * memory (out is then empty). */
int rt_event_dup(const struct rt_event *ev, struct rt_event *out);
/* The latest effective date among the events of one attribute: kind
 * "status" counts "issued" too; field NULL matches any field.  NULL when
 * there is none. */
const char *rt_events_latest(const struct rt_events *e, const char *kind,
    const char *field);

/*
 * Refuse (RT_EREFUSED) an event of kind/field effective before the latest
 * event of the same attribute in h: the history stays in order.  id
 * names the recommendation in the message ("OIG-21-19#4").
 */
struct rt_error *rt_events_order(const struct rt_events *h, const char *id,
    const char *kind, const char *field, const char *effective);

/*
 * rt_events_order against the events of rec in the store.
 */
struct rt_error *rt_check_order(struct rt_store *, const struct rt_rec *rec,
    const char *kind, const char *field, const char *effective);

#endif
