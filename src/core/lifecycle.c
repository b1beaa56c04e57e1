#include "core/lifecycle.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/lifecycle_impl.h"
#include "core/rec.h"
#include "core/request.h"
#include "store/store.h"

static void
set_date(char d[RT_DATE_SIZE], const char *s)
{
	snprintf(d, RT_DATE_SIZE, "%s", s ? s : "");
}

/* ---- replay ------------------------------------------------------------- */

/*
 * The fields a `field` event changes (text, agency, money, ...), which
 * the current row holds as the last event in force left them: on as_of
 * each had the new value of its last event in force among the first
 * `upto` (those effective by then), else the value before its first
 * event (that event's old value), else the current one.  Walking back
 * from the newest, the first event in force that counts decides; until
 * one does, each earlier event's old value stands in.
 */
#define REPLAY_FIELDS 32

/* A field whose values are codes of rows that can be renamed: the
 * history keeps the code it recorded, the row the code now. */
static int
coded(const char *field)
{
	return strcmp(field, "agency") == 0 || strcmp(field, "official") == 0;
}

/* Is field among the n of v? */
static int
among(const char *const *v, size_t n, const char *field)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (strcmp(v[k], field) == 0)
			return 1;
	return 0;
}

static void
replay_fields(struct rt_rec *out, const struct rt_event *events, size_t n,
    size_t upto, int stored)
{
	const char *decided[REPLAY_FIELDS], *newest[REPLAY_FIELDS];
	size_t j, nd = 0, nn = 0;

	for (j = n; j-- > 0;) {
		const struct rt_event *ev = &events[j];
		int counts, latest;

		if (strcmp(ev->kind, "field") != 0 || ev->field == NULL ||
		    among(decided, nd, ev->field))
			continue;
		/* the newest change in force of the field made the current
		 * value: when it decides, the current value stands (for a
		 * code, as the row has it now, renamed or not) */
		latest = rt_event_applies(ev) &&
		    !among(newest, nn, ev->field);
		if (latest && nn < REPLAY_FIELDS)
			newest[nn++] = ev->field;
		counts = j < upto && rt_event_applies(ev);
		if (!(stored && counts && latest && coded(ev->field)))
			rt_rec_restore(out, ev->field, counts ? ev->new :
			    ev->old);
		if (counts && nd < REPLAY_FIELDS)
			decided[nd++] = ev->field;
	}
}

static int
replay(const struct rt_rec *cur, const struct rt_event *events, size_t n,
    const char *as_of, struct rt_rec *out, int stored)
{
	size_t i;
	int f;

	rt_rec_dup(cur, out);
	out->status = RT_OPEN_PENDING;
	out->concurrence = RT_CONC_PENDING;
	set_date(out->target_date, NULL);
	set_date(out->original_target_date, NULL);
	set_date(out->resolved_date, NULL);
	set_date(out->closed_date, NULL);
	for (f = 0; f < RT_FLAG_COUNT; f++)
		*rt_flag_ptr(out, f) = 0;
	if (strcmp(cur->report_issued, as_of) > 0)
		return -1;
	for (i = 0; i < n && strcmp(events[i].effective, as_of) <= 0; i++)
		if (rt_event_applies(&events[i]))
			rt_event_apply(out, &events[i]);
	/* as known at a horizon the newest change may not be known yet:
	 * the row is then not what the known history led to */
	for (i = 0; stored && i < n; i++)
		if (events[i].inactive == RT_EVENT_UNKNOWN)
			stored = 0;
	for (i = 0; i < n && strcmp(events[i].effective, as_of) <= 0; i++)
		continue;
	replay_fields(out, events, n, i, stored);
	return 0;
}

int
rt_replay(const struct rt_rec *cur, const struct rt_event *events, size_t n,
    const char *as_of, struct rt_rec *out)
{
	return replay(cur, events, n, as_of, out, 0);
}

int
rt_replay_stored(const struct rt_rec *cur, const struct rt_event *events,
    size_t n, const char *as_of, struct rt_rec *out)
{
	return replay(cur, events, n, as_of, out, 1);
}

struct rt_error *
rt_rec_as_of(struct rt_store *st, const struct rt_rec *cur,
    const char *as_of, struct rt_rec *out, int *exists)
{
	struct rt_error *err;
	struct rt_events e;

	rt_rec_init(out);
	*exists = 0;
	if (strcmp(cur->report_issued, as_of) > 0)
		return NULL;
	if ((err = rt_events_load(st, cur->id, &e)) != NULL)
		return err;
	*exists = rt_events_known(&e) &&
	    rt_replay_stored(cur, e.ev, e.n, as_of, out) == 0;
	rt_events_free(&e);
	return NULL;
}

/* ---- applying a request ---------------------------------------------- */

/* The amounts of a management decision a status move records. */
static const enum rt_money_field decision_fields[NDECISION] = {
	RT_DISALLOWED_COST, RT_FBU_AGREED,
};

/*
 * Whether closure_requested is set is one attribute for the order of the
 * history, whichever event sets it: the flag, a closure request or its
 * decision (the replay takes them in effective date order).
 */
static int
closure_requested(const char *kind, const char *field)
{
	return field && ((strcmp(kind, "flag") == 0 &&
	    strcmp(field, "closure_requested") == 0) ||
	    ((strcmp(kind, "request") == 0 || strcmp(kind, "decision") == 0)
	    && strcmp(field, "closure") == 0));
}

/* The same for a request of a new target date and its decision. */
static int
extension(const char *kind, const char *field)
{
	return field && (strcmp(kind, "request") == 0 ||
	    strcmp(kind, "decision") == 0) && strcmp(field, "extension") == 0;
}

struct rt_error *
lc_queue(struct lc_change *c, const char *kind, const char *field,
    const char *old, const char *new, const char *note)
{
	struct rt_error *err;
	struct lc_event *p;

	if (strcmp(kind, "note") != 0 && (err = rt_events_order(c->history,
	    c->id, kind, field, c->effective)) != NULL)
		return err;
	if ((closure_requested(kind, field) &&
	    ((err = rt_events_order(c->history, c->id, "flag",
	    "closure_requested", c->effective)) ||
	    (err = rt_events_order(c->history, c->id, "request", "closure",
	    c->effective)) ||
	    (err = rt_events_order(c->history, c->id, "decision", "closure",
	    c->effective)))) ||
	    (extension(kind, field) &&
	    ((err = rt_events_order(c->history, c->id, "request", "extension",
	    c->effective)) ||
	    (err = rt_events_order(c->history, c->id, "decision", "extension",
	    c->effective)))))
		return err;
	p = &c->ev[c->n++];
	p->kind = kind;
	p->field = field;
	/* dates are copied: the record they come from changes next */
	if (old && strlen(old) < RT_DATE_SIZE && rt_date_valid(old)) {
		set_date(p->oldbuf, old);
		old = p->oldbuf;
	}
	if (new && strlen(new) < RT_DATE_SIZE && rt_date_valid(new)) {
		set_date(p->newbuf, new);
		new = p->newbuf;
	}
	p->old = old;
	p->new = new;
	p->note = note;
	return NULL;
}

struct rt_error *
lc_change_target(struct lc_change *c, struct rt_rec *rec,
    const struct rt_config *cfg, const char *target, const char *note)
{
	struct rt_error *err;

	if (!rt_date_valid(target))
		return rt_error_new(RT_EINVAL, "target date \"%s\" is not a "
		    "date (expected YYYY-MM-DD, a day that exists)", target);
	if (strcmp(target, rec->report_issued) < 0)
		return rt_error_new(RT_EREFUSED, "%s: target date %s is "
		    "before the report was issued (%s)", c->id, target,
		    rec->report_issued);
	if (strcmp(target, rec->target_date) == 0)
		return NULL;
	if (rec->target_date[0] && rt_blank(note))
		return rt_error_new(RT_EREFUSED, "%s: changing the target "
		    "date from %s to %s needs a reason (--note)", c->id,
		    rec->target_date, target);
	if (!rt_status_is_open(rec->status))
		return rt_error_new(RT_EREFUSED, "%s: is %s; a closed "
		    "recommendation takes no target date (reopen it first)",
		    c->id, rt_status_name(rec->status));
	if (cfg->require_approval && !c->approved && rec->target_date[0] &&
	    strcmp(target, rec->target_date) > 0)
		return rt_error_new(RT_EREFUSED, "%s: moving the target date "
		    "later (%s to %s) needs an approved extension "
		    "(require.approval): rectrack request-extension, then "
		    "rectrack approve", c->id, rec->target_date, target);
	if ((err = lc_queue(c, "target", "target_date", rec->target_date[0] ?
	    rec->target_date : NULL, target, note)))
		return err;
	if (rec->original_target_date[0] == '\0')
		set_date(rec->original_target_date, target);
	set_date(rec->target_date, target);
	return NULL;
}

struct rt_error *
lc_change_flag(struct lc_change *c, struct rt_rec *rec, enum rt_flag f, int v,
    const char *note)
{
	struct rt_error *err;
	int *p = rt_flag_ptr(rec, f);

	if (*p == v)
		return NULL;
	if ((err = rt_flag_check(rec, f, v)) || (err = lc_queue(c, "flag", rt_flag_field(f), *p ? "yes" : "no",
	    v ? "yes" : "no", note)))
		return err;
	*p = v;
	return NULL;
}

/* The amounts of the management decision that came with a move. */
static struct rt_error *
change_decision(struct lc_change *c, struct rt_rec *rec, const char *note)
{
	struct rt_error *err;
	size_t i;

	for (i = 0; i < NDECISION; i++) {
		int64_t *have = &rec->money[decision_fields[i]];
		int64_t want = c->decision[i];
		char *old = c->money[i][0], *new = c->money[i][1];

		if (want == RT_MONEY_NONE || want == *have)
			continue;
		if (*have != RT_MONEY_NONE)
			rt_money_format(*have, old, sizeof(c->money[i][0]));
		rt_money_format(want, new, sizeof(c->money[i][1]));
		if ((err = lc_queue(c, "field", rt_money_name(decision_fields[i]),
		    *have == RT_MONEY_NONE ? NULL : old, new, note)))
			return err;
		*have = want;
	}
	if ((err = rt_rec_money_check(rec)) != NULL) {
		struct rt_error *e = rt_error_new(err->code, "%s: %s", c->id,
		    err->msg);

		rt_error_free(err);
		return e;
	}
	return NULL;
}

struct rt_error *
lc_change_status(struct lc_change *c, struct rt_rec *rec,
    const struct rt_config *cfg, const struct rt_request *req,
    const char *note)
{
	struct rt_buf reason = { 0 };
	struct rt_error *err;
	struct rt_move mv = {
		.id = c->id, .from = rec->status, .to = req->status,
		.has_target = rec->target_date[0] || req->target,
		.has_note = !rt_blank(note),
		.has_corrective_action = !rt_blank(rec->corrective_action),
		.has_official = !rt_blank(rec->official),
		.has_evidence = !rt_blank(req->evidence) || c->cited,
	};

	if (cfg->require_approval && !c->approved &&
	    !rt_status_is_open(req->status))
		return rt_error_new(RT_EREFUSED, "%s: closing needs an approved "
		    "request (require.approval): rectrack request-closure, "
		    "then rectrack approve", c->id);
	if (c->approved && !mv.has_evidence &&
	    req->status == RT_CLOSED_IMPLEMENTED &&
	    (cfg->require_close_implemented & RT_REQ_EVIDENCE))
		return rt_error_new(RT_EREFUSED, "%s: the closure request "
		    "cites no evidence, and closing as implemented needs "
		    "evidence (require.close_implemented); return it "
		    "(rectrack return) and ask again citing the files "
		    "(rectrack request-closure --evidence HASH)", c->id);
	if ((err = rt_move_check(&mv, cfg->require_resolve,
	    cfg->require_close_implemented)))
		return err;
	if (req->target && !rt_status_is_open(req->status))
		return rt_error_new(RT_EINVAL, "%s: --target goes with a move "
		    "to an open status, not to %s", c->id,
		    rt_status_name(req->status));
	if (!rt_blank(req->evidence)) {
		/* the evidence reference is kept in the event's note */
		rt_buf_printf(&reason, "%s%sevidence: %s", note ? note : "",
		    rt_blank(note) ? "" : "; ", req->evidence);
		if ((c->owned = reason.s) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		note = c->owned;
	}
	if ((err = lc_queue(c, "status", "status", rt_status_name(rec->status),
	    rt_status_name(req->status), note)))
		return err;
	rt_event_status_apply(rec, req->status, c->effective);
	/* after the move, so that a reopened recommendation takes it */
	if (req->target && (err = lc_change_target(c, rec, cfg, req->target,
	    note)))
		return err;
	if (!rt_status_is_open(req->status)) {
		if ((err = lc_change_flag(c, rec, RT_FLAG_ON_HOLD, 0, note)) ||
		    (err = lc_change_flag(c, rec, RT_FLAG_CLOSURE_REQUESTED, 0,
		    note)))
			return err;
	}
	return change_decision(c, rec, note);
}

/* Every recommendation named by ids, in order, each once. */
struct targets {
	char **report, **number;
	size_t n, cap;
	int nomem;
};

static int
targets_add(struct targets *t, const char *report, const char *number)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strcmp(t->report[i], report) == 0 &&
		    strcmp(t->number[i], number) == 0)
			return 0;
	if (t->n == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 8;
		char **r = realloc(t->report, cap * sizeof(*r));

		if (r == NULL)
			return -1;
		t->report = r;
		if ((r = realloc(t->number, cap * sizeof(*r))) == NULL)
			return -1;
		t->number = r;
		t->cap = cap;
	}
	t->report[t->n] = rt_strdup(report);
	t->number[t->n] = rt_strdup(number);
	if (t->report[t->n] == NULL || t->number[t->n] == NULL) {
		free(t->report[t->n]);
		free(t->number[t->n]);
		return -1;
	}
	t->n++;
	return 0;
}

static int
targets_cb(const struct rt_rec *rec, void *arg)
{
	struct targets *t = arg;

	if (targets_add(t, rec->report, rec->number) == -1) {
		t->nomem = 1;
		return 1;
	}
	return 0;
}

static void
targets_free(struct targets *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		free(t->report[i]);
		free(t->number[i]);
	}
	free(t->report);
	free(t->number);
}

static struct rt_error *
expand(struct rt_store *st, char *const *ids, size_t nids,
    struct targets *t)
{
	struct rt_error *err = NULL;
	struct rt_report r;
	char *report, *number;
	size_t i;
	int nrecs;

	for (i = 0; i < nids && err == NULL; i++) {
		if ((err = rt_recid_parse(ids[i], &report, &number)))
			break;
		if (strcmp(number, "*") == 0) {
			struct rt_filter f = { .report = report };

			if ((err = rt_store_report_get(st, report, &r)) == NULL) {
				nrecs = r.nrecs;
				rt_report_free(&r);
				err = rt_store_rec_list(st, &f, targets_cb, t);
			}
			if (err == NULL && t->nomem)
				err = rt_error_new(RT_ENOMEM, "out of memory");
			if (err == NULL && nrecs == 0)
				err = rt_error_new(RT_ENOTFOUND, "%s: the report "
				    "has no recommendations", ids[i]);
		} else if (targets_add(t, report, number) == -1)
			err = rt_error_new(RT_ENOMEM, "out of memory");
		free(report);
		free(number);
	}
	return err;
}
/* The closure_requested flag of a closure request that is pending is
 * cleared only by its decision (return, approve). */
static struct rt_error *
pending_closure(const struct lc_change *c)
{
	const struct rt_event *pending[RT_ASK_COUNT];
	const struct rt_event *p;

	rt_asks_pending(c->history, NULL, pending);
	if ((p = pending[RT_ASK_CLOSURE]) == NULL)
		return NULL;
	return rt_error_new(RT_EREFUSED, "%s: a closure request is pending "
	    "(asked by %s on %s); it is answered, and the flag cleared, by "
	    "rectrack return or rectrack approve", c->id, p->actor,
	    p->effective);
}


/* Apply req to one recommendation and write what changed. */
static struct rt_error *
apply_one(struct rt_store *st, const struct rt_config *cfg,
    const char *report, const char *number, const struct rt_request *req,
    const int64_t *decision, const struct rt_actor *who,
    struct rt_outcome *out)
{
	struct rt_error *err;
	struct rt_rec rec;
	struct rt_events h;
	struct lc_change c;
	char effective[RT_DATE_SIZE];
	size_t i;
	int f;

	memset(&c, 0, sizeof(c));
	memset(&h, 0, sizeof(h));
	rt_rec_init(&rec);
	if ((err = rt_store_rec_get(st, report, number, &rec)) ||
	    (err = rt_effective_date(who->effective, &rec,
	    effective)) ||
	    (err = rt_events_load(st, rec.id, &h)))
		goto done;
	c.id = out->id;
	c.history = &h;
	c.effective = effective;
	c.decision = decision;
	out->from = rec.status;
	out->conc_from = rec.concurrence;
	set_date(out->target_from, rec.target_date);
	for (f = 0; f < RT_FLAG_COUNT; f++)
		out->flags_from[f] = *rt_flag_ptr(&rec, f);
	memcpy(out->money_from, rec.money, sizeof(out->money_from));
	switch (req->verb) {
	case RT_VERB_STATUS:
		err = lc_change_status(&c, &rec, cfg, req, who->note);
		break;
	case RT_VERB_CONCUR:
		if (rec.concurrence != req->concurrence &&
		    (err = lc_queue(&c, "concurrence", "concurrence",
		    rt_concurrence_name(rec.concurrence),
		    rt_concurrence_name(req->concurrence), who->note)) == NULL)
			rec.concurrence = req->concurrence;
		break;
	case RT_VERB_TARGET:
		err = lc_change_target(&c, &rec, cfg, req->target, who->note);
		break;
	case RT_VERB_FLAG:
		if (req->flags[RT_FLAG_CLOSURE_REQUESTED] == 0)
			err = pending_closure(&c);
		for (f = 0; f < RT_FLAG_COUNT && err == NULL; f++)
			if (req->flags[f] != -1)
				err = lc_change_flag(&c, &rec, f, req->flags[f],
				    who->note);
		break;
	case RT_VERB_NOTE:
		err = lc_queue(&c, "note", NULL, NULL, NULL, req->text);
		break;
	case RT_VERB_ASK:
		err = rt_ask_change(st, &c, &rec, req, who);
		break;
	case RT_VERB_DECIDE:
		err = rt_decide_change(&c, &rec, cfg, req, who, &out->ask);
		break;
	}
	if (err)
		goto done;
	for (i = 0; i < c.n && err == NULL; i++)
		err = rt_event_write(st, rec.id, effective, who->actor,
		    c.ev[i].kind, c.ev[i].field, c.ev[i].old, c.ev[i].new,
		    c.ev[i].note);
	if (err == NULL && c.n > 0 && req->verb != RT_VERB_NOTE)
		err = rt_store_rec_update(st, &rec);
	out->to = rec.status;
	out->conc_to = rec.concurrence;
	set_date(out->target_to, rec.target_date);
	for (f = 0; f < RT_FLAG_COUNT; f++)
		out->flags_to[f] = *rt_flag_ptr(&rec, f);
	memcpy(out->money_to, rec.money, sizeof(out->money_to));
	out->nevents = (int)c.n;
done:
	free(c.owned);
	free(c.owned2);
	rt_events_free(&h);
	rt_rec_free(&rec);
	return err;
}

/*
 * The amounts of the management decision a request gives, in cents
 * (RT_MONEY_NONE where not given): only with a move that resolves or
 * closes.
 */
static struct rt_error *
decision_parse(const struct rt_request *req, int64_t decision[NDECISION])
{
	const char *given[NDECISION] = { req->disallowed, req->fbu_agreed };
	static const char *const option[NDECISION] = { "--disallowed",
	    "--fbu-agreed" };
	size_t i;

	for (i = 0; i < NDECISION; i++) {
		decision[i] = RT_MONEY_NONE;
		if (given[i] == NULL)
			continue;
		if (req->verb != RT_VERB_STATUS)
			return rt_error_new(RT_EINVAL, "%s goes with a status "
			    "move", option[i]);
		if (req->status == RT_OPEN_PENDING ||
		    req->status == RT_OPEN_UNRESOLVED)
			return rt_error_new(RT_EREFUSED, "%s: the amounts of a "
			    "management decision go with its resolution (a "
			    "move to open-resolved, closed-implemented or "
			    "closed-not-implemented), not with a move to %s",
			    option[i], rt_status_name(req->status));
		if (rt_money_parse(given[i], &decision[i]) == -1)
			return rt_error_new(RT_EINVAL, "%s: \"%s\" is not an "
			    "amount of dollars (%s)", option[i], given[i],
			    rt_money_hint(given[i]));
	}
	return NULL;
}

static struct rt_error *
apply_once(struct rt_store *st, const struct rt_config *cfg, char *const *ids,
    size_t nids, const struct rt_request *req, const struct rt_actor *who,
    struct rt_outcome **outcomes, size_t *n)
{
	struct rt_error *err;
	struct targets t;
	struct rt_outcome *o = NULL;
	int64_t decision[NDECISION];
	size_t i;

	*outcomes = NULL;
	*n = 0;
	memset(&t, 0, sizeof(t));
	if (req->verb == RT_VERB_NOTE && rt_blank(req->text))
		return rt_error_new(RT_EINVAL, "the note is empty");
	if ((err = decision_parse(req, decision)) != NULL)
		return err;
	if ((err = rt_store_begin(st)) != NULL)
		return err;
	if ((err = expand(st, ids, nids, &t)))
		goto done;
	if ((o = calloc(t.n ? t.n : 1, sizeof(*o))) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < t.n && err == NULL; i++) {
		struct rt_buf id = { 0 };

		if (rt_buf_printf(&id, "%s#%s", t.report[i], t.number[i])) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		o[i].id = id.s;
		err = apply_one(st, cfg, t.report[i], t.number[i], req,
		    decision, who, &o[i]);
	}
	if (err == NULL)
		err = rt_store_commit(st);
done:
	if (err) {
		rt_store_rollback(st);
		rt_outcomes_free(o, t.n);
		o = NULL;
	} else
		*n = t.n;
	*outcomes = o;
	targets_free(&t);
	return err;
}

/* How often a change that met another at the same moment is tried. */
#define APPLY_TRIES 20

struct rt_error *
rt_apply(struct rt_store *st, const struct rt_config *cfg, char *const *ids,
    size_t nids, const struct rt_request *req, const struct rt_actor *who,
    struct rt_outcome **outcomes, size_t *n)
{
	struct rt_error *err;
	int i;

	/*
	 * On a server, two commands changing the same recommendations in
	 * another order can each hold a row the other waits for: the server
	 * ends one of them, which changed nothing and runs again, from the
	 * start, on the rows as the other left them.
	 */
	for (i = 1; ; i++) {
		err = apply_once(st, cfg, ids, nids, req, who, outcomes, n);
		if (err == NULL || err->code != RT_ECONFLICT ||
		    i == APPLY_TRIES)
			return err;
		rt_error_free(err);
	}
}

void
rt_outcomes_free(struct rt_outcome *o, size_t n)
{
	size_t i;

	if (o == NULL)
		return;
	for (i = 0; i < n; i++)
		free(o[i].id);
	free(o);
}
