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
#include "core/event.h"
#include "store/store.h"

struct rt_error;

struct rt_config;
struct rt_event;
struct rt_rec;
struct rt_store;
struct rt_actor;

enum rt_verb { RT_VERB_STATUS, RT_VERB_CONCUR, RT_VERB_TARGET, RT_VERB_FLAG,
    RT_VERB_NOTE, RT_VERB_ASK, RT_VERB_DECIDE };

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
	/* ASK (a request, core/request.h) and DECIDE (its decision): the
	 * kind of request, an enum rt_ask (RT_ASK_EITHER for a decision:
	 * the one pending); ASK extension: target is the date asked for;
	 * ASK closure: the evidence hashes cited; DECIDE: approve (1) or
	 * return (0), approving a closure moves to status (a closed one) */
	int ask;
	char *const *hashes;
	size_t nhashes;
	int approve;
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
	int ask;			/* DECIDE: the kind of request decided */
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
 * `field` event, and rt_rec_money_check must hold afterwards.
 * With cfg->require_approval a move to a closed status and a move of a
 * set target date later are refused: they go through an approved
 * request (RT_VERB_ASK, RT_VERB_DECIDE: core/request.h).  Each
 * changed attribute writes one event.  On success
 * *outcomes is an array of *n entries (free with rt_outcomes_free).
 */
struct rt_error *rt_apply(struct rt_store *, const struct rt_config *,
    char *const *ids, size_t nids, const struct rt_request *req,
    const struct rt_actor *who, struct rt_outcome **outcomes, size_t *n);
void rt_outcomes_free(struct rt_outcome *, size_t n);

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
 * rt_replay for cur as stored (the row the history led to, codes as
 * they are now): an agency or official set by the newest change in
 * force of its field is the row's, not the code that change recorded,
 * which a rename may have changed since (rt_rec_as_of, the oversight
 * figures).
 */
int rt_replay_stored(const struct rt_rec *cur, const struct rt_event *events,
    size_t n, const char *as_of, struct rt_rec *out);

/*
 * rt_replay from the store: *exists is 0 when the recommendation did not
 * exist at as_of (out is then left initialised and empty).
 */
struct rt_error *rt_rec_as_of(struct rt_store *, const struct rt_rec *cur,
    const char *as_of, struct rt_rec *out, int *exists);

#endif
