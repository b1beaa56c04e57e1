/*
 * rectrack — requests for closure and for a later target date, and the
 * decisions that answer them (docs/closure.md).
 *
 * A request and a decision are events about the recommendation: kind
 * `request` or `decision`, field `closure` or `extension`.  A closure
 * request's new value is the evidence hashes it cites (64 lowercase hex
 * digits each, separated by single spaces; NULL when none) and its note
 * the request's text; an extension request's old value is the target
 * date at the time and its new value the date asked for.  A decision's
 * new value is `approved` or `returned`.  A request is pending while it
 * is the latest of its field in force and neither a decision of its
 * field nor a move to a closed status was recorded after it.  Requests
 * and decisions are recorded through rt_apply (core/lifecycle.h, verbs
 * RT_VERB_ASK and RT_VERB_DECIDE), which checks the rules; this module
 * holds the rules and what reads the requests back.  It uses only the
 * store.
 */
#ifndef RT_REQUEST_H
#define RT_REQUEST_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

struct rt_error;
struct rt_event;
struct rt_events;
struct rt_filter;
struct rt_store;

/* The kinds of request, by their field. */
enum rt_ask { RT_ASK_CLOSURE, RT_ASK_EXTENSION, RT_ASK_COUNT };
/* A decision that answers whichever request is pending. */
#define RT_ASK_EITHER RT_ASK_COUNT

/* "closure" or "extension" (static). */
const char *rt_ask_field(int ask);
/* The kind of request of a field, or -1. */
int rt_ask_lookup(const char *field);

/* 1 when s is a SHA-256 as stored: 64 lowercase hex digits. */
int rt_hash_valid(const char *s);
/* The number of hashes in a closure request's list (NULL: 0). */
size_t rt_hash_count(const char *list);

/*
 * The pending request of each kind among the events h (as rt_events_load
 * marks them) that took effect by the end of day as_of (NULL: all):
 * pending[k] points into h, NULL when none is pending.
 */
void rt_asks_pending(const struct rt_events *h, const char *as_of,
    const struct rt_event *pending[RT_ASK_COUNT]);

/*
 * The latest decision in force of kind ask in h, or NULL: what answered
 * the request that is no longer pending.
 */
const struct rt_event *rt_asks_decided(const struct rt_events *h, int ask);

/* One request awaiting review. */
struct rt_pending {
	char *id;			/* "OIG-21-19#4" */
	int ask;			/* enum rt_ask */
	char *actor;			/* who asked */
	char effective[RT_DATE_SIZE];	/* requested on */
	long days;			/* days waiting, to as_of */
	size_t nevidence;		/* closure: the hashes cited */
	char target[RT_DATE_SIZE];	/* extension: the date asked for */
	char *note;			/* the request's text */
	int64_t event;			/* the request's event id */
};

/*
 * The requests awaiting review at the end of day as_of among the
 * recommendations f selects (NULL: all), oldest first (requested on,
 * then recorded).  Free *out with rt_pending_free.
 */
struct rt_error *rt_pending_list(struct rt_store *, const struct rt_filter *f,
    const char *as_of, struct rt_pending **out, size_t *n);
void rt_pending_free(struct rt_pending *, size_t n);

#endif
