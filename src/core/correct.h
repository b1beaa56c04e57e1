/*
 * rectrack — corrections that keep the history: voiding a change set.
 *
 * A void appends one `void` event per event of the change set, naming
 * the event it voids; nothing recorded is changed or deleted.  The state
 * is rebuilt without the voided events (core/event.h rt_events_mark,
 * rt_replay), as if the change had never been made.  A void of a void
 * gives the voided events back.  A change that a later one depends on
 * (a later change of the same attribute of the same recommendation) is
 * refused, naming the later change to void first; so is a change that
 * added a recommendation, a change already voided, and a change of
 * another register.  A request and its decision are one cycle: a request
 * answered by a decision, or a decision followed by a later request of
 * the same kind, waits until the later change is voided.
 */
#ifndef RT_CORRECT_H
#define RT_CORRECT_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

struct rt_error;

/* One event a void undoes. */
struct rt_void_item {
	struct rt_event ev;	/* the event of the change set (subject
				   set); a void when restores */
	int restores;		/* 1: ev is a void; voiding it gives back
				   the event it voided (target) */
	struct rt_event target;	/* that event (restores only) */
};

/* What a void does: the change set, its events, then what it recorded. */
struct rt_void {
	struct rt_change_set change;	/* the change set voided */
	struct rt_void_item *items;
	size_t n;
	/* the recommendations touched, with their state after the void */
	struct rt_rec *recs;
	size_t nrecs;
	int64_t recorded;	/* the void's own change set */
};

void rt_void_free(struct rt_void *);

/*
 * Parse a change set's name as users give it: "12", or "UID-12" with the
 * register's name (rt_store_uid); another register's name is refused.
 * RT_EINVAL for anything else.
 */
struct rt_error *rt_change_ref(struct rt_store *, const char *ref,
    int64_t *id);

/*
 * Void change set id in one transaction (begun and committed here):
 * each of its events gets a `void` event recorded by actor with note
 * (required), effective today, and each recommendation it touched is
 * rebuilt from its history.  On success *out says what was done.
 * With dry_run the transaction is rolled back instead: *out says what
 * the void would do and nothing is written.
 * RT_ENOTFOUND for an unknown change set; RT_EREFUSED when it is
 * already voided, added a recommendation, changed a report, agency or
 * issuer itself, or a later change depends on it (named).
 */
struct rt_error *rt_void_change(struct rt_store *, int64_t id,
    const char *actor, const char *note, int dry_run, struct rt_void *out);

/*
 * The change set `undo` voids for actor: the latest one recorded by
 * actor that is in force and not itself a void (RT_ENOTFOUND when there
 * is none).
 */
struct rt_error *rt_undo_find(struct rt_store *, const char *actor,
    int64_t *id);

#endif
