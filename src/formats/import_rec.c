/*
 * rectrack — the importer's recommendations (import_impl.h): a new one
 * with the history given or inferred from its dates, a recorded one
 * updated with one event per changed attribute.
 */
#include "formats/import_impl.h"

#include <stddef.h>
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
#include "core/lifecycle.h"
#include "core/rec.h"
#include "core/text.h"
#include "formats/gaocsv.h"
#include "formats/yamlin.h"
#include "store/store.h"

/* Where the file gives the recommendation's key (".agency") of bit
 * number b, into *pos. */
static const struct rt_imp_pos *
key_pos(const struct rt_imp_rec *imp, int b, const char *key,
    struct rt_imp_pos *pos)
{
	size_t n = strlen(imp->pos.path), len = strlen(key) + 1;

	*pos = imp->pos;
	if (imp->keypos[b].line == 0)
		return pos;
	pos->line = imp->keypos[b].line;
	pos->col = imp->keypos[b].col;
	if (n + len <= sizeof(pos->path))
		memcpy(pos->path + n, key, len);
	return pos;
}

/* Where the file gives the recommendation's agency, into *pos. */
static const struct rt_imp_pos *
agency_pos(const struct rt_imp_rec *imp, struct rt_imp_pos *pos)
{
	return key_pos(imp, 1, ".agency", pos);	/* RT_IMP_AGENCY */
}

/* Where the file gives the recommendation's official, into *pos. */
static const struct rt_imp_pos *
official_pos(const struct rt_imp_rec *imp, struct rt_imp_pos *pos)
{
	return key_pos(imp, 2, ".official", pos);	/* RT_IMP_OFFICIAL */
}

/*
 * A recommendation this import puts in open-resolved (it was in another
 * status before: was) has a target date, whatever put it there (a
 * stated status, a history): open-resolved needs one, as `status`
 * asks for one.
 */
static struct rt_error *
resolved_target(const struct rt_rec *rec, enum rt_status was)
{
	if (rec->status != RT_OPEN_RESOLVED || was == RT_OPEN_RESOLVED ||
	    rec->target_date[0] != '\0')
		return NULL;
	return rt_error_new(RT_EREFUSED, "status: %s#%s: is open-resolved "
	    "without a target date; give target_date (open-resolved needs "
	    "one, as with rectrack status)", rec->report, rec->number);
}

/* ---- recommendations --------------------------------------------------- */

static const char *
date_or(const char *d, const char *dflt)
{
	return d[0] ? d : dflt;
}

/* Dates of the file that must lie between the issue date and today. */
static struct rt_error *
check_dates(struct importer *im, const struct rt_rec *rec,
    const char *issued)
{
	const char *name[] = { "resolved_date", "closed_date" };
	const char *d[] = { rec->resolved_date, rec->closed_date };
	size_t i;

	for (i = 0; i < 2; i++) {
		if (d[i][0] && strcmp(d[i], issued) < 0)
			return rt_error_new(RT_EINVAL, "%s %s is before the "
			    "report was issued (%s)", name[i], d[i], issued);
		if (d[i][0] && strcmp(d[i], im->today) > 0)
			return rt_error_new(RT_EINVAL, "%s %s is after today "
			    "(%s)", name[i], d[i], im->today);
	}
	if (rec->target_date[0] && strcmp(rec->target_date, issued) < 0)
		return rt_error_new(RT_EINVAL, "target_date %s is before the "
		    "report was issued (%s)", rec->target_date, issued);
	if (rec->original_target_date[0] &&
	    strcmp(rec->original_target_date, issued) < 0)
		return rt_error_new(RT_EINVAL, "original_target_date %s is "
		    "before the report was issued (%s)",
		    rec->original_target_date, issued);
	if (rec->resolved_date[0] && rec->closed_date[0] &&
	    strcmp(rec->closed_date, rec->resolved_date) < 0)
		return rt_error_new(RT_EINVAL, "closed_date %s is before "
		    "resolved_date %s", rec->closed_date, rec->resolved_date);
	return NULL;
}

/* The amounts of the management decision: the money fields it sets. */
static const struct {
	enum rt_money_field m;
	unsigned long bit;
} decision[] = {
	{ RT_DISALLOWED_COST, RT_IMP_DISALLOWED_COST },
	{ RT_FBU_AGREED, RT_IMP_FBU_AGREED },
};
#define NDECISION (sizeof(decision) / sizeof(decision[0]))

/* A `field` event effective on `when` for each amount of the management
 * decision of rec that is stated. */
static struct rt_error *
decide(struct importer *im, const struct rt_rec *rec, const char *when,
    struct rt_events *h)
{
	struct rt_error *err;
	char buf[32];
	size_t i;

	for (i = 0; i < NDECISION; i++) {
		if (rec->money[decision[i].m] == RT_MONEY_NONE)
			continue;
		rt_money_format(rec->money[decision[i].m], buf, sizeof(buf));
		if ((err = imp_emit(im, h, when, "field",
		    rt_money_name(decision[i].m), NULL, buf)))
			return err;
	}
	return NULL;
}

/* The past of a new recommendation from its dates (import-format.md). */
static struct rt_error *
infer_history(struct importer *im, const struct rt_rec *rec,
    const char *issued, struct rt_events *h)
{
	struct rt_error *err;
	const char *st = rt_status_name(rec->status);
	const char *resolved = date_or(rec->resolved_date, issued);
	int f;

	if ((err = imp_emit(im, h, issued, "issued", "status", NULL,
	    "open-pending")))
		return err;
	if (rec->concurrence != RT_CONC_PENDING && (err = imp_emit(im, h,
	    issued, "concurrence", "concurrence", "pending",
	    rt_concurrence_name(rec->concurrence))))
		return err;
	if (rec->original_target_date[0] && rec->target_date[0] &&
	    strcmp(rec->original_target_date, rec->target_date) != 0) {
		if ((err = imp_emit(im, h, issued, "target", "target_date",
		    NULL, rec->original_target_date)) ||
		    (err = imp_emit(im, h, issued, "target", "target_date",
		    rec->original_target_date, rec->target_date)))
			return err;
	} else if (rec->target_date[0] && (err = imp_emit(im, h, issued,
	    "target", "target_date", NULL, rec->target_date)))
		return err;
	for (f = 0; f < RT_FLAG_COUNT; f++)
		if (rt_flag_get(rec, f) && (err = imp_emit(im, h, issued,
		    "flag", rt_flag_field(f), "no", "yes")))
			return err;
	switch (rec->status) {
	case RT_OPEN_PENDING:
		return NULL;
	case RT_OPEN_UNRESOLVED:
	case RT_OPEN_RESOLVED:
		if ((err = imp_emit(im, h, rec->status == RT_OPEN_RESOLVED ?
		    resolved : issued, "status", "status", "open-pending",
		    st)))
			return err;
		break;
	default:
		if (rec->resolved_date[0] && (err = imp_emit(im, h, resolved,
		    "status", "status", "open-pending", "open-resolved")))
			return err;
		if ((err = imp_emit(im, h, date_or(rec->closed_date, issued),
		    "status", "status", rec->resolved_date[0] ?
		    "open-resolved" : "open-pending", st)))
			return err;
		break;
	}
	/* the management decision came with the resolution, or with the
	 * closure when there was none */
	if (rec->status == RT_OPEN_UNRESOLVED)
		return NULL;
	return decide(im, rec, rec->status == RT_OPEN_RESOLVED ||
	    rec->resolved_date[0] ? resolved : date_or(rec->closed_date,
	    issued), h);
}

/*
 * A status the file gives to an existing recommendation is a move, and
 * follows the lifecycle (rectrack(1)): the import's note is its reason, the
 * target date may come with it, and the configured requirements for
 * resolving apply (closing needs no evidence: a file carries none).
 */
static struct rt_error *
check_move(struct importer *im, const struct rt_rec *have,
    enum rt_status to, const struct rt_rec *rec, const struct rt_imp_rec *imp)
{
	const struct rt_rec *want = &imp->rec;
	struct rt_buf id = { 0 };
	struct rt_move mv;
	struct rt_error *err;

	rt_buf_printf(&id, "%s#%s", rec->report, rec->number);
	memset(&mv, 0, sizeof(mv));
	mv.id = id.s ? id.s : rec->report;
	mv.from = have->status;
	mv.to = to;
	mv.has_target = have->target_date[0] ||
	    ((imp->given & RT_IMP_TARGET) && want->target_date[0]);
	mv.has_note = 1;
	mv.has_corrective_action = !rt_blank(rec->corrective_action);
	mv.has_official = !rt_blank(rec->official);
	err = rt_move_check(&mv, im->cfg->require_resolve,
	    im->cfg->require_close_implemented & ~(unsigned)RT_REQ_EVIDENCE);
	if (err) {
		struct rt_error *e = rt_error_new(err->code, "status: %s",
		    err->msg);

		rt_error_free(err);
		err = e;
	}
	rt_buf_free(&id);
	return err;
}

/*
 * The status a new recommendation without history is stated in is a
 * move from open-pending, checked as `rec add --status` checks it:
 * open-resolved needs a target date, and the configured requirements
 * for resolving apply.  (A closed recommendation's resolved_date dates
 * a resolution of the past; a closed one keeps no target date to ask
 * for.)
 */
static struct rt_error *
inferred_moves(struct importer *im, const struct rt_rec *rec,
    const struct rt_imp_rec *imp)
{
	struct rt_rec from = *rec;	/* a shallow copy: status and target */

	if (rec->status == RT_OPEN_PENDING)
		return NULL;
	from.status = RT_OPEN_PENDING;
	from.target_date[0] = '\0';
	return check_move(im, &from, rec->status, rec, imp);
}

/* May d carry a change of this attribute without going back in time? */
static int
in_order(const struct rt_events *h, const char *kind, const char *field,
    const char *d)
{
	const char *last = rt_events_latest(h, kind, field);

	return last == NULL || strcmp(d, last) >= 0;
}

/*
 * Bring the state the events tell to what the file states, one event
 * per attribute that differs, then copy that state into rec.  existing:
 * the recommendation was recorded before, so a status change is a move.
 */
static struct rt_error *
settle(struct importer *im, const struct rt_imp_rec *imp, struct rt_rec *rec,
    struct rt_events *h, int existing)
{
	const struct rt_rec *want = &imp->rec;
	struct rt_error *err;
	struct rt_rec r;
	const char *when = im->day;
	char old[RT_DATE_SIZE];
	int f, move, retarget, reopen;

	if ((err = imp_replayed(im, rec, h, &r)))
		return err;
	move = (imp->given & RT_IMP_STATUS) && r.status != want->status;
	/* GAO's "Open" says open, not how far resolution has come: an open
	 * recommendation keeps its open status */
	if (im->gao && existing && rt_status_is_open(r.status) &&
	    rt_status_is_open(want->status))
		move = 0;
	if (move && (err = check_move(im, &r, want->status, rec, imp)))
		goto done;
	if ((imp->given & RT_IMP_CONCURRENCE) &&
	    r.concurrence != want->concurrence &&
	    (err = imp_emit(im, h, im->day, "concurrence", "concurrence",
	    rt_concurrence_name(r.concurrence),
	    rt_concurrence_name(want->concurrence))))
		goto done;
	/* a status move takes the file's own date for it when that keeps
	 * the history in order; a target set with a resolution, that date */
	if (move) {
		const char *d = !rt_status_is_open(want->status) ?
		    want->closed_date : want->status == RT_OPEN_RESOLVED ?
		    want->resolved_date : "";

		if (d[0] && in_order(h, "status", "status", d) &&
		    in_order(h, "target", "target_date", d))
			when = d;
	}
	/* a closed recommendation takes no target date: one that comes
	 * with a reopening follows it, as with `status --target` */
	retarget = (imp->given & RT_IMP_TARGET) &&
	    strcmp(r.target_date, want->target_date) != 0 &&
	    want->target_date[0];
	reopen = move && !rt_status_is_open(r.status) &&
	    rt_status_is_open(want->status);
	if (retarget && !rt_status_is_open(r.status) && !reopen) {
		err = rt_error_new(RT_EREFUSED, "target_date: %s#%s: is %s; "
		    "a closed recommendation takes no target date (reopen it "
		    "first)", rec->report, rec->number,
		    rt_status_name(r.status));
		goto done;
	}
	memcpy(old, r.target_date, sizeof(old));
	if (retarget && !reopen && (err = imp_emit(im, h, when, "target",
	    "target_date", old[0] ? old : NULL, want->target_date)))
		goto done;
	for (f = 0; f < RT_FLAG_COUNT; f++) {
		unsigned long bit = RT_IMP_PRIORITY << f;

		/* the hold and the closure request a closing clears: with
		 * the closing, on its day, below */
		if (move && !rt_status_is_open(want->status) &&
		    (f == RT_FLAG_ON_HOLD || f == RT_FLAG_CLOSURE_REQUESTED) &&
		    !rt_flag_get(want, f))
			continue;
		if ((imp->given & bit) && rt_flag_get(&r, f) !=
		    rt_flag_get(want, f) && (err = imp_emit(im, h, im->day,
		    "flag", rt_flag_field(f), rt_flag_get(&r, f) ? "yes" :
		    "no", rt_flag_get(want, f) ? "yes" : "no")))
			goto done;
	}
	if (move) {
		if ((err = imp_emit(im, h, when, "status", "status",
		    rt_status_name(r.status), rt_status_name(want->status))))
			goto done;
		if (retarget && reopen && (err = imp_emit(im, h, when,
		    "target", "target_date", old[0] ? old : NULL,
		    want->target_date)))
			goto done;
		/* closing clears the hold and the closure request, whether
		 * the file leaves them out or states them off */
		for (f = RT_FLAG_ON_HOLD; !rt_status_is_open(want->status) &&
		    f <= RT_FLAG_CLOSURE_REQUESTED; f++)
			if ((!(imp->given & (RT_IMP_PRIORITY << f)) ||
			    !rt_flag_get(want, f)) &&
			    rt_flag_get(&r, f) && (err = imp_emit(im, h, when,
			    "flag", rt_flag_field(f), "yes", "no")))
				goto done;
	}
	rt_rec_free(&r);
	if ((err = imp_replayed(im, rec, h, &r)))
		return err;
	/* a closed recommendation is neither on hold nor awaiting closure */
	for (f = RT_FLAG_ON_HOLD; f <= RT_FLAG_CLOSURE_REQUESTED; f++)
		if (rt_flag_get(&r, f) &&
		    (err = rt_flag_check(&r, f, 1)) != NULL) {
			struct rt_error *e = rt_error_new(err->code, "%s: %s",
			    rt_flag_field(f), err->msg);

			rt_error_free(err);
			err = e;
			goto done;
		}
	rec->status = r.status;
	rec->concurrence = r.concurrence;
	memcpy(rec->target_date, r.target_date, RT_DATE_SIZE);
	memcpy(rec->original_target_date, r.original_target_date,
	    RT_DATE_SIZE);
	memcpy(rec->resolved_date, r.resolved_date, RT_DATE_SIZE);
	memcpy(rec->closed_date, r.closed_date, RT_DATE_SIZE);
	for (f = 0; f < RT_FLAG_COUNT; f++)
		*rt_flag_ptr(rec, f) = rt_flag_get(&r, f);
done:
	rt_rec_free(&r);
	return err;
}

/* GAO's comment as a note event, when it differs from the latest one. */
static struct rt_error *
take_comment(struct importer *im, const struct rt_imp_rec *imp,
    struct rt_events *h)
{
	const char *last;
	struct rt_event ev;

	if (imp->comment == NULL || imp->comment[0] == '\0')
		return NULL;
	last = rt_gao_last_comment(h);
	if (last != NULL && strcmp(last, imp->comment) == 0)
		return NULL;
	memset(&ev, 0, sizeof(ev));
	memcpy(ev.at, im->now, sizeof(ev.at));
	last = rt_events_latest(h, "note", RT_GAO_COMMENT_FIELD);
	snprintf(ev.effective, sizeof(ev.effective), "%s",
	    last && strcmp(last, im->day) > 0 ? last : im->day);
	ev.actor = (char *)im->actor;
	ev.kind = "note";
	ev.field = RT_GAO_COMMENT_FIELD;
	ev.note = (char *)imp->comment;
	return rt_events_push(h, &ev) ? nomem() : NULL;
}

struct rt_error *
imp_new_rec(struct importer *im, const struct rt_report *report,
    const struct rt_imp_rec *imp)
{
	struct rt_events h = { 0 };
	struct rt_imp_pos pos;
	struct rt_error *err;
	struct rt_rec rec = imp->rec;
	size_t i, k, *where = NULL, *order = NULL;
	int replay;

	if (strchr(rec.number, '#') != NULL || rec.number[0] == '*')
		return rt_error_new(RT_EINVAL, "number: \"%s\" cannot contain "
		    "'#' or start with '*' (they have a meaning in "
		    "REPORT#NUMBER)", rec.number);
	if ((err = rt_code_check("number", "a recommendation number",
	    rec.number)))
		return err;
	rec.id = 0;
	rec.report = report->number;
	memcpy(rec.report_issued, report->issued, RT_DATE_SIZE);
	if (rec.agency == NULL)
		rec.agency = report->agency;
	else if ((err = imp_ensure_agency(im, rec.agency,
	    agency_pos(imp, &pos))))
		return err;
	if (!rt_blank(rec.official) && (err = imp_ensure_official(im,
	    rec.official, official_pos(imp, &pos))))
		return err;
	if ((err = check_dates(im, &rec, report->issued)) ||
	    (err = rt_rec_money_check(&rec)))
		return err;
	/* closed on the issue date when it gives no date: after a
	 * resolution on a later day, out of order */
	if (!rt_status_is_open(rec.status) && rec.resolved_date[0] &&
	    strcmp(rec.resolved_date, report->issued) > 0 &&
	    rec.closed_date[0] == '\0')
		return rt_error_new(RT_EINVAL, "closed_date: a %s "
		    "recommendation with a resolved_date (%s) needs its "
		    "closed_date: the closing cannot be dated before the "
		    "resolution", rt_status_name(rec.status),
		    rec.resolved_date);
	if (!rt_status_is_open(rec.status) && rec.closed_date[0] == '\0')
		memcpy(rec.closed_date, report->issued, RT_DATE_SIZE);
	if (rt_status_is_open(rec.status))
		rec.closed_date[0] = '\0';
	if (imp->given & RT_IMP_HISTORY) {
		struct walk w;
		char *fresh;

		if ((imp->nhistory == 0 ||
		    strcmp(imp->history[0].ev.kind, "issued") != 0) &&
		    (err = imp_emit(im, &h, report->issued, "issued", "status",
		    NULL, "open-pending")))
			goto done;
		if ((where = calloc(imp->nhistory + 1, sizeof(*where))) ==
		    NULL) {
			err = nomem();
			goto done;
		}
		if ((err = imp_walk_order(imp, &order, &replay)) ||
		    (err = imp_walk_start(im, &rec, &h, &w)))
			goto done;
		for (k = 0; k < imp->nhistory && err == NULL; k++) {
			i = order[k];
			where[i] = h.n;
			if (strcmp(imp->history[i].ev.effective, im->today) > 0)
				err = imp_located(im, &imp->history[i].pos,
				    rt_error_new(RT_EINVAL, "effective date %s "
				    "is after today (%s)",
				    imp->history[i].ev.effective, im->today));
			else if ((err = imp_walk_entry(im, &w, imp, i,
			    &h)) == NULL && (err = imp_emit_history(im, &h,
			    imp, i, where, 0)) == NULL &&
			    imp->history[i].ev.voids)
				err = imp_walk_void(im, &w, &rec, &h,
				    &imp->history[i].pos);
			if (err == NULL && replay)
				err = imp_walk_replay(im, &w, &rec, &h);
		}
		if (err == NULL)
			err = imp_walk_end(im, &w);
		else
			rt_rec_free(&w.state);
		if (err)
			goto done;
		if ((fresh = malloc(imp->nhistory + 1)) == NULL) {
			err = nomem();
			goto done;
		}
		memset(fresh, 1, imp->nhistory + 1);
		err = imp_entries_set(im, imp, fresh, &rec, 0);
		free(fresh);
		if (err || (err = rt_rec_money_check(&rec)) ||
		    (err = imp_history_keys(im, imp, &rec, &h)))
			goto done;
	} else if ((err = inferred_moves(im, &rec, imp)) ||
	    (err = infer_history(im, &rec, report->issued, &h)))
		goto done;
	if ((err = settle(im, imp, &rec, &h, 0)) ||
	    (err = resolved_target(&rec, RT_OPEN_PENDING)) ||
	    (err = take_comment(im, imp, &h)) ||
	    (err = rt_store_rec_insert(im->st, &rec)) ||
	    (err = imp_write_events(im, rec.id, imp, &h, 0)))
		goto done;
	im->stats->recs_new++;
done:
	free(where);
	free(order);
	rt_events_free(&h);
	return err;
}

/* Money field m as the file states it, with one `field` event effective
 * on `when` when it changes. */
static struct rt_error *
take_money(struct importer *im, const struct rt_imp_rec *imp,
    struct rt_rec *rec, struct rt_events *h, enum rt_money_field m,
    const char *when)
{
	int64_t v = imp->rec.money[m];
	char oldm[32], newm[32];
	struct rt_error *err;

	if (!(imp->given & imp_money_bit(m)) || rec->money[m] == v)
		return NULL;
	if (rec->money[m] != RT_MONEY_NONE)
		rt_money_format(rec->money[m], oldm, sizeof(oldm));
	if (v != RT_MONEY_NONE)
		rt_money_format(v, newm, sizeof(newm));
	if ((err = imp_emit(im, h, when, "field", rt_money_name(m),
	    rec->money[m] == RT_MONEY_NONE ? NULL : oldm,
	    v == RT_MONEY_NONE ? NULL : newm)))
		return err;
	rec->money[m] = v;
	return NULL;
}

/*
 * When a management decision this import records took effect: the date
 * of the move to open-resolved or a closed status among the events from
 * index `from` on (the latest such), when a change of field on that day
 * keeps its history in order; else dflt.
 */
static const char *
decided_on(const struct rt_events *h, size_t from, const char *field,
    const char *dflt)
{
	const char *when = NULL;
	enum rt_status st;
	size_t i;

	for (i = from; i < h->n; i++) {
		const struct rt_event *ev = &h->ev[i];

		if (strcmp(ev->kind, "status") == 0 && ev->new &&
		    rt_status_parse(ev->new, &st) == 0 &&
		    (st == RT_OPEN_RESOLVED || !rt_status_is_open(st)) &&
		    (when == NULL || strcmp(ev->effective, when) > 0))
			when = ev->effective;
	}
	if (when == NULL || !in_order(h, "field", field, when))
		return dflt;
	return when;
}

/* The text fields the file states and rec records otherwise: taken,
 * with a field event each. */
static struct rt_error *
take_texts(struct importer *im, const struct rt_imp_rec *imp,
    struct rt_rec *rec, struct rt_events *h)
{
	static const struct { unsigned long bit; const char *name; } texts[] = {
		{ RT_IMP_TEXT, "text" },
		{ RT_IMP_AGENCY, "agency" },
		{ RT_IMP_OFFICIAL, "official" },
		{ RT_IMP_CORRECTIVE_ACTION, "corrective_action" },
	};
	char *const want[] = { imp->rec.text, imp->rec.agency,
	    imp->rec.official, imp->rec.corrective_action };
	char **have[] = { &rec->text, &rec->agency, &rec->official,
	    &rec->corrective_action };
	struct rt_imp_pos pos;
	struct rt_error *err;
	char *old = NULL;
	size_t i;

	for (i = 0; i < 4; i++) {
		if (!(imp->given & texts[i].bit) || same(*have[i], want[i]))
			continue;
		if (texts[i].bit == RT_IMP_AGENCY &&
		    (err = imp_ensure_agency(im, want[i], agency_pos(imp,
		    &pos))))
			return err;
		if (texts[i].bit == RT_IMP_OFFICIAL && !rt_blank(want[i]) &&
		    (err = imp_ensure_official(im, want[i], official_pos(imp,
		    &pos))))
			return err;
		if (*have[i] && (old = rt_strdup(*have[i])) == NULL)
			return nomem();
		if (imp_take_text(have[i], want[i]) && want[i] && !*have[i])
			err = nomem();
		else
			err = imp_emit(im, h, im->day, "field", texts[i].name,
			    old, want[i]);
		free(old);
		old = NULL;
		if (err)
			return err;
	}
	return NULL;
}

struct rt_error *
imp_old_rec(struct importer *im, const struct rt_imp_rec *imp,
    struct rt_rec *rec)
{
	struct rt_events h;
	struct rt_error *err;
	struct walk w;
	char *fresh = NULL, *used = NULL;
	char last[RT_DATE_SIZE] = "";
	size_t i, k, recorded, *where = NULL, *order = NULL;
	int64_t base = 0;
	enum rt_status was;
	int m, replay, walking = 0;

	if ((err = check_dates(im, &imp->rec, rec->report_issued)) ||
	    (err = rt_events_load(im->st, rec->id, &h)))
		return err;
	was = rec->status;
	recorded = h.n;
	for (i = 0; i < h.n; i++) {
		if (strcmp(h.ev[i].effective, last) > 0)
			memcpy(last, h.ev[i].effective, sizeof(last));
		if (h.ev[i].id > base)
			base = h.ev[i].id;
	}
	if ((fresh = calloc(imp->nhistory + 1, 1)) == NULL ||
	    (used = calloc(recorded + 1, 1)) == NULL ||
	    (where = calloc(imp->nhistory + 1, sizeof(*where))) == NULL) {
		err = nomem();
		goto done;
	}
	if ((err = imp_walk_order(imp, &order, &replay)))
		goto done;
	if (imp->nhistory > 0) {
		if ((err = imp_walk_start(im, rec, &h, &w)))
			goto done;
		walking = 1;
	}
	for (k = 0; k < imp->nhistory; k++) {
		const struct rt_event *ev = &imp->history[order[k]].ev;

		i = order[k];
		if (imp_history_has(&h, recorded, used, ev, &where[i]))
			continue;
		where[i] = h.n;
		fresh[i] = 1;
		if (strcmp(ev->effective, last) < 0) {
			err = imp_located(im, &imp->history[i].pos,
			    rt_error_new(RT_EINVAL, "effective date %s is "
			    "before the latest recorded change (%s)",
			    ev->effective, last));
			goto done;
		}
		if (strcmp(ev->effective, im->today) > 0) {
			err = imp_located(im, &imp->history[i].pos,
			    rt_error_new(RT_EINVAL, "effective date %s is "
			    "after today (%s)", ev->effective, im->today));
			goto done;
		}
		if ((err = imp_walk_entry(im, &w, imp, i, &h)) ||
		    (err = imp_emit_history(im, &h, imp, i, where, base)) ||
		    (ev->voids && (err = imp_walk_void(im, &w, rec, &h,
		    &imp->history[i].pos))) ||
		    (replay && (err = imp_walk_replay(im, &w, rec, &h))))
			goto done;
	}
	if (walking) {
		walking = 0;
		if ((err = imp_walk_end(im, &w)) ||
		    (err = imp_entries_set(im, imp, fresh, rec, 1)))
			goto done;
	}
	if ((err = take_texts(im, imp, rec, &h)))
		goto done;
	for (m = 0; m < RT_DISALLOWED_COST; m++)
		if ((err = take_money(im, imp, rec, &h, m, im->day)))
			goto done;
	if ((err = settle(im, imp, rec, &h, 1)) ||
	    (err = resolved_target(rec, was)) ||
	    (err = take_comment(im, imp, &h)))
		goto done;
	/* the management decision's amounts, with the move that resolved
	 * or closed it when this file made one */
	for (i = 0; i < NDECISION; i++)
		if ((err = take_money(im, imp, rec, &h, decision[i].m,
		    decided_on(&h, recorded, rt_money_name(decision[i].m),
		    im->day))))
			goto done;
	if ((err = rt_rec_money_check(rec)))
		goto done;
	if (h.n == recorded) {
		im->stats->recs_unchanged++;
		goto done;
	}
	if ((err = rt_store_rec_update(im->st, rec)) ||
	    (err = imp_write_events(im, rec->id, imp, &h,
	    recorded)))
		goto done;
	im->stats->recs_changed++;
done:
	if (walking)
		rt_rec_free(&w.state);
	free(fresh);
	free(used);
	free(where);
	free(order);
	rt_events_free(&h);
	return err;
}

