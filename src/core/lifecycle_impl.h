/*
 * rectrack — inside the lifecycle (not part of core's contract): the
 * events one command puts together for one recommendation before they
 * are written, shared by the lifecycle verbs (lifecycle.c) and the
 * requests and decisions (request.c).  Each lc_ function checks its
 * rules against the recommendation's state and history, queues the
 * events it needs and updates rec as they will leave it; nothing is
 * written until every recommendation of the command passed.
 */
#ifndef RT_LIFECYCLE_IMPL_H
#define RT_LIFECYCLE_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "core/event.h"

struct rt_actor;
struct rt_config;
struct rt_error;
struct rt_rec;
struct rt_request;
struct rt_store;

/* The amounts of a management decision a status move may record. */
#define NDECISION 2

/* One event to write, before it is written. */
struct lc_event {
	const char *kind, *field, *old, *new, *note;
	char oldbuf[RT_DATE_SIZE], newbuf[RT_DATE_SIZE];
};

/* The events of one command for one recommendation. */
struct lc_change {
	const char *id;			/* "OIG-21-19#4" */
	const struct rt_events *history;
	const char *effective;
	const int64_t *decision;	/* NDECISION amounts in cents,
					   RT_MONEY_NONE: not given */
	int approved;			/* an approved request's move: not
					   subject to require.approval */
	int cited;			/* the closure request approved
					   cited evidence */
	struct lc_event ev[4 + RT_FLAG_COUNT + NDECISION];
	size_t n;
	char *owned;		/* a note made here, freed with the change */
	char *owned2;		/* another (a request's list of hashes) */
	char money[NDECISION][2][32];	/* old and new amounts as text */
};

/* Queue an event, refusing it when it would land before the latest
 * event of the same attribute (rt_events_order). */
struct rt_error *lc_queue(struct lc_change *c, const char *kind,
    const char *field, const char *old, const char *new, const char *note);
/* A target date change (the target verb, status --target, an approved
 * extension). */
struct rt_error *lc_change_target(struct lc_change *c, struct rt_rec *rec,
    const struct rt_config *cfg, const char *target, const char *note);
/* A flag change. */
struct rt_error *lc_change_flag(struct lc_change *c, struct rt_rec *rec,
    enum rt_flag f, int v, const char *note);
/* A status move to req->status with its guards (and req's target date
 * and amounts). */
struct rt_error *lc_change_status(struct lc_change *c, struct rt_rec *rec,
    const struct rt_config *cfg, const struct rt_request *req,
    const char *note);

/* RT_VERB_ASK (core/request.c): record a request of kind req->ask. */
struct rt_error *rt_ask_change(struct rt_store *, struct lc_change *c,
    struct rt_rec *rec, const struct rt_request *req,
    const struct rt_actor *who);
/* RT_VERB_DECIDE (core/request.c): approve or return the pending request
 * (req->ask, or RT_ASK_EITHER); *ask receives its kind. */
struct rt_error *rt_decide_change(struct lc_change *c, struct rt_rec *rec,
    const struct rt_config *cfg, const struct rt_request *req,
    const struct rt_actor *who, int *ask);

#endif
