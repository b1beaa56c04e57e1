#include "formats/import.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "core/config.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "formats/gaocsv.h"
#include "formats/yamlin.h"
#include "store/store.h"

struct importer {
	struct rt_store *st;
	const struct rt_config *cfg;
	const char *file;		/* as named in messages */
	char *note;			/* "import FILE" */
	const char *actor;
	char today[RT_DATE_SIZE];
	char day[RT_DATE_SIZE];		/* effective date of the changes:
					   today, or GAO's snapshot date */
	int gao;			/* importing GAO's export */
	char now[21];
	struct rt_import_stats *stats;
	struct rt_buf created;
	FILE *fp;			/* the file being read */
	rt_import_progress_fn *progress;
	void *progress_arg;
	struct rt_import_progress where;
	char *known[64];		/* issuer and agency codes seen to exist */
	size_t nknown;
};

/* err, located at pos in the file ("FILE:LINE:COL: PATH: msg"). */
static struct rt_error *
located(const struct importer *im, const struct rt_imp_pos *pos,
    struct rt_error *err)
{
	struct rt_error *e;
	size_t n = strlen(im->file);

	if (err == NULL)
		return NULL;
	/* an error located deeper in (a history entry) keeps its place */
	if (strncmp(err->msg, im->file, n) == 0 && err->msg[n] == ':')
		return err;
	if (im->gao)
		e = rt_error_new(err->code, "%s:%d: %s", im->file, pos->line,
		    err->msg);
	else
		e = rt_error_new(err->code, "%s:%d:%d: %s: %s", im->file, pos->line,
	    pos->col, pos->path, err->msg);
	rt_error_free(err);
	return e;
}

static int
same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a == NULL || *a == '\0') && (b == NULL || *b == '\0');
	return strcmp(a, b) == 0;
}

/* ---- issuers and agencies ------------------------------------------- */

static void
note_created(struct importer *im, const char *what, const char *code)
{
	rt_buf_printf(&im->created, "%s%s %s", im->created.len ? ", " : "",
	    what, code);
}

/* An agency code is a step of a path ("DHS/CBP"). */
static struct rt_error *
agency_code_ok(const char *code)
{
	if (strchr(code, '/') != NULL)
		return rt_error_new(RT_EINVAL, "agency code \"%s\" cannot "
		    "contain '/' (it separates the steps of a path such as "
		    "DHS/CBP)", code);
	return NULL;
}

/* Codes known to exist in this import ("i:CODE", "a:CODE"), so that
 * each is looked up once, not once per report. */
static int
known(const struct importer *im, const char *key)
{
	size_t i;

	for (i = 0; i < im->nknown; i++)
		if (strcmp(im->known[i], key) == 0)
			return 1;
	return 0;
}

static void
remember(struct importer *im, const char *key)
{
	if (im->nknown < sizeof(im->known) / sizeof(im->known[0]) &&
	    (im->known[im->nknown] = rt_strdup(key)) != NULL)
		im->nknown++;
}

/* The issuer code must exist: create it (named by its code) if not. */
static struct rt_error *
ensure_issuer_look(struct importer *im, const char *code);

static struct rt_error *
ensure_issuer(struct importer *im, const char *code)
{
	struct rt_error *err;
	char key[256];

	if (snprintf(key, sizeof(key), "i:%s", code) >= (int)sizeof(key))
		return ensure_issuer_look(im, code);
	if (known(im, key))
		return NULL;
	if ((err = ensure_issuer_look(im, code)) == NULL)
		remember(im, key);
	return err;
}

static struct rt_error *
ensure_issuer_look(struct importer *im, const char *code)
{
	struct rt_issuer is = { (char *)code, (char *)code, "other" };
	struct rt_issuer got;
	struct rt_error *err;

	if ((err = rt_store_issuer_get(im->st, code, &got)) == NULL) {
		rt_issuer_free(&got);
		return NULL;
	}
	if (err->code != RT_ENOTFOUND)
		return err;
	rt_error_free(err);
	if ((err = rt_store_issuer_add(im->st, &is)) == NULL) {
		im->stats->issuers_new++;
		note_created(im, "issuer", code);
	}
	return err;
}

static struct rt_error *
ensure_agency_look(struct importer *im, const char *code);

static struct rt_error *
ensure_agency(struct importer *im, const char *code)
{
	struct rt_error *err;
	char key[256];

	if (snprintf(key, sizeof(key), "a:%s", code) >= (int)sizeof(key))
		return ensure_agency_look(im, code);
	if (known(im, key))
		return NULL;
	if ((err = ensure_agency_look(im, code)) == NULL)
		remember(im, key);
	return err;
}

static struct rt_error *
ensure_agency_look(struct importer *im, const char *code)
{
	struct rt_agency ag = { (char *)code, (char *)code, NULL, NULL, 0 };
	struct rt_agency got;
	struct rt_error *err;

	if ((err = rt_store_agency_get(im->st, code, &got)) == NULL) {
		rt_agency_free(&got);
		return NULL;
	}
	if (err->code != RT_ENOTFOUND)
		return err;
	rt_error_free(err);
	if ((err = agency_code_ok(code)) == NULL &&
	    (err = rt_store_agency_add(im->st, &ag)) == NULL) {
		im->stats->agencies_new++;
		note_created(im, "agency", code);
	}
	return err;
}

static struct rt_error *
sink_issuer(void *arg, const struct rt_imp_issuer *imp)
{
	struct importer *im = arg;
	struct rt_issuer is = imp->issuer, got;
	struct rt_error *err;

	if ((err = rt_store_issuer_get(im->st, is.code, &got)) == NULL) {
		if (is.kind == NULL)
			is.kind = got.kind;
		if (!same(got.name, is.name) || !same(got.kind, is.kind)) {
			err = rt_store_issuer_update(im->st, &is);
			im->stats->issuers_changed++;
		}
		rt_issuer_free(&got);
	} else if (err->code == RT_ENOTFOUND) {
		rt_error_free(err);
		if ((err = rt_store_issuer_add(im->st, &is)) == NULL)
			im->stats->issuers_new++;
	}
	return located(im, &imp->pos, err);
}

static struct rt_error *
sink_agency(void *arg, const struct rt_imp_agency *imp)
{
	struct importer *im = arg;
	struct rt_agency want = imp->agency;
	const struct rt_agency *ag = &want;
	struct rt_agency got;
	struct rt_error *err;

	if ((err = rt_store_agency_get(im->st, ag->code, &got)) == NULL) {
		/* an entry without a parent keeps the one recorded */
		if (want.parent == NULL)
			want.parent = got.parent;
		if (!same(got.name, ag->name) || !same(got.parent, ag->parent)) {
			err = rt_store_agency_update(im->st, ag);
			im->stats->agencies_changed++;
		}
		rt_agency_free(&got);
	} else if (err->code == RT_ENOTFOUND) {
		rt_error_free(err);
		if ((err = agency_code_ok(ag->code)) == NULL &&
		    (err = rt_store_agency_add(im->st, ag)) == NULL)
			im->stats->agencies_new++;
	}
	return located(im, &imp->pos, err);
}

/* ---- events ------------------------------------------------------------ */

/*
 * The events of the recommendation being imported are gathered in a
 * struct rt_events: those already recorded (an existing recommendation),
 * then those the file adds.  The state is replayed from that list in
 * memory and the new events are written once, with the row, at the end.
 */

static struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

/* Queue an event recorded now by the importing actor. */
static struct rt_error *
emit(struct importer *im, struct rt_events *h, const char *effective,
    const char *kind, const char *field, const char *old, const char *new)
{
	struct rt_event ev;
	const char *last;

	/* a snapshot older than a recorded change keeps the history in
	 * order: the change takes effect with the latest one */
	if (im->gao && (last = rt_events_latest(h, kind, field)) != NULL &&
	    strcmp(effective, last) < 0)
		effective = last;
	memset(&ev, 0, sizeof(ev));
	memcpy(ev.at, im->now, sizeof(ev.at));
	snprintf(ev.effective, sizeof(ev.effective), "%s", effective);
	/* pushed as a copy; the casts drop const only */
	ev.actor = (char *)im->actor;
	ev.kind = (char *)kind;
	ev.field = (char *)field;
	ev.old = (char *)old;
	ev.new = (char *)new;
	ev.note = im->note;
	return rt_events_push(h, &ev) ? nomem() : NULL;
}

/* Queue a history entry of the file, with its own actor and time when
 * it gives them. */
static struct rt_error *
emit_history(struct importer *im, struct rt_events *h,
    const struct rt_event *given)
{
	struct rt_event ev = *given;

	if (ev.at[0] == '\0')
		memcpy(ev.at, im->now, sizeof(ev.at));
	if (ev.actor == NULL)
		ev.actor = (char *)im->actor;
	if (ev.field == NULL)
		ev.field = (char *)rt_event_kind_field(ev.kind);
	return rt_events_push(h, &ev) ? nomem() : NULL;
}

/* Write the queued events from h->ev[from] on. */
static struct rt_error *
write_events(struct importer *im, int64_t rec_id, struct rt_events *h,
    size_t from)
{
	struct rt_error *err;
	size_t i;

	for (i = from; i < h->n; i++) {
		if ((err = rt_store_event_add(im->st, rec_id, &h->ev[i])))
			return err;
		im->stats->events++;
	}
	return NULL;
}

static int
by_effective(const void *a, const void *b)
{
	const struct rt_event *x = a, *y = b;
	int c = strcmp(x->effective, y->effective);

	return c ? c : (x->id > y->id) - (x->id < y->id);
}

/* The state of rec as the events of h tell it, into *out: the order of
 * the store, effective date then recording order. */
static struct rt_error *
replayed(struct importer *im, const struct rt_rec *rec,
    const struct rt_events *h, struct rt_rec *out)
{
	struct rt_event *sorted;
	size_t i;

	for (i = 1; i < h->n; i++)
		if (strcmp(h->ev[i - 1].effective, h->ev[i].effective) > 0)
			break;
	if (i >= h->n) {
		rt_replay(rec, h->ev, h->n, im->today, out);
		return NULL;
	}
	if ((sorted = malloc(h->n * sizeof(*sorted))) == NULL)
		return nomem();
	memcpy(sorted, h->ev, h->n * sizeof(*sorted));
	for (i = 0; i < h->n; i++)
		sorted[i].id = (int64_t)i;
	qsort(sorted, h->n, sizeof(*sorted), by_effective);
	rt_replay(rec, sorted, h->n, im->today, out);
	free(sorted);
	return NULL;
}

/* The status an issued event gives: one recorded without is issued
 * open-pending, as a file's issued entry without `new` now is. */
static const char *
issued_new(const struct rt_event *ev)
{
	return ev->new == NULL && strcmp(ev->kind, "issued") == 0 ?
	    "open-pending" : ev->new;
}

/*
 * Whether ev is one of the first n (recorded) events of h that no entry
 * before it matched (used[i] set), and if so mark that one used: two
 * entries alike on one day are two events, and the second is recorded
 * only when two are.
 */
static int
history_has(const struct rt_events *h, size_t n, char *used,
    const struct rt_event *ev)
{
	const char *field = ev->field ? ev->field :
	    rt_event_kind_field(ev->kind);
	size_t i;

	for (i = 0; i < n; i++)
		if (!used[i] &&
		    strcmp(h->ev[i].effective, ev->effective) == 0 &&
		    same(h->ev[i].kind, ev->kind) &&
		    same(h->ev[i].field, field) &&
		    same(h->ev[i].old, ev->old) &&
		    same(issued_new(&h->ev[i]), issued_new(ev)) &&
		    same(h->ev[i].note, ev->note)) {
			used[i] = 1;
			return 1;
		}
	return 0;
}

/* Copy a text field of the file into rec when it differs; 1 if it did. */
static int
take_text(char **have, const char *want)
{
	if (same(*have, want))
		return 0;
	free(*have);
	*have = rt_strdup(want);
	return 1;
}

/* The key of the file for money field m. */
static unsigned long
money_bit(enum rt_money_field m)
{
	static const unsigned long bits[RT_MONEY_COUNT] = {
		RT_IMP_QUESTIONED_COST, RT_IMP_UNSUPPORTED_COST,
		RT_IMP_FUNDS_BETTER_USE, RT_IMP_POTENTIAL_SAVINGS,
		RT_IMP_DISALLOWED_COST, RT_IMP_FBU_AGREED,
	};

	return bits[m];
}

/* ---- the lifecycle's rules for a file's history ----------------------- */

/*
 * Each entry of a file's history that is not yet recorded is checked
 * against the state the events before it give, by the rules the
 * commands follow (the transition table and its guards of domain.c, the
 * flag rule and the replay of lifecycle.c): what a command would refuse,
 * an import refuses.
 */
struct walk {
	struct rt_rec state;		/* as the events so far give it */
	char id[256];			/* "REPORT#NUMBER", for messages */
	int issued;			/* an issued event exists */
	const struct rt_imp_event *closing;	/* closed the recommendation
					   while on hold or awaiting closure */
};

static struct rt_error *
walk_start(struct importer *im, const struct rt_rec *rec,
    const struct rt_events *h, struct walk *w)
{
	size_t i;

	memset(w, 0, sizeof(*w));
	snprintf(w->id, sizeof(w->id), "%s#%s", rec->report, rec->number);
	for (i = 0; i < h->n; i++)
		if (strcmp(h->ev[i].kind, "issued") == 0)
			w->issued = 1;
	return replayed(im, rec, h, &w->state);
}

/* A value as messages show it. */
static const char *
shown(const char *s)
{
	return s != NULL && *s != '\0' ? s : "none";
}

/* The entry's `old`, when given, must be the value it replaces. */
static struct rt_error *
old_matches(const struct rt_event *ev, const char *what, const char *have)
{
	if (ev->old == NULL || same(ev->old, have))
		return NULL;
	return rt_error_new(RT_EINVAL, "old is %s, but the %s before this "
	    "entry is %s", ev->old, what, shown(have));
}

static struct rt_error *
no_change(const char *what, const char *have)
{
	return rt_error_new(RT_EINVAL, "changes nothing: the %s is already "
	    "%s", what, shown(have));
}

/* A move of the status by entry i (issued: from open-pending). */
static struct rt_error *
walk_move(struct walk *w, const struct rt_imp_rec *imp, size_t i)
{
	const struct rt_event *ev = &imp->history[i].ev;
	struct rt_move mv;
	enum rt_status to;
	int g;

	if (rt_status_parse(ev->new, &to) == -1)
		return NULL;		/* the parser refused it */
	memset(&mv, 0, sizeof(mv));
	mv.id = w->id;
	mv.from = strcmp(ev->kind, "issued") == 0 ? RT_OPEN_PENDING :
	    w->state.status;
	mv.to = to;
	if (mv.from == RT_OPEN_PENDING && to == RT_OPEN_PENDING &&
	    strcmp(ev->kind, "issued") == 0)
		return NULL;
	/* the transition table (its message names the moves allowed),
	 * then its guards worded for a file */
	if ((g = rt_transition_guards(mv.from, to)) == -1)
		return rt_move_check(&mv, 0, 0);
	/* the target-date guard is not asked of the past: the inferred
	 * past of a closed recommendation resolves it without one */
	if ((g & RT_GUARD_NOTE) && rt_blank(ev->note))
		return rt_error_new(RT_EREFUSED, "%s: moving from %s to %s "
		    "needs a reason (the entry's note)", w->id,
		    rt_status_name(mv.from), ev->new);
	return NULL;
}

/* The latest `field` event of field in h, NULL when none. */
static const struct rt_event *
latest_field(const struct rt_events *h, const char *field)
{
	size_t i;

	for (i = h->n; i-- > 0;)
		if (strcmp(h->ev[i].kind, "field") == 0 &&
		    same(h->ev[i].field, field))
			return &h->ev[i];
	return NULL;
}

/* A `field` entry: its values are what the field accepts, its old value,
 * when given, the one the previous change of the field set. */
static struct rt_error *
walk_field(struct importer *im, const struct rt_event *ev,
    const struct rt_events *h)
{
	const struct rt_event *prev = latest_field(h, ev->field);
	struct rt_agency ag;
	struct rt_error *err;
	int64_t cents;
	int m;

	for (m = 0; m < RT_MONEY_COUNT; m++)
		if (strcmp(ev->field, rt_money_name(m)) == 0)
			break;
	if (m < RT_MONEY_COUNT) {
		/* new: checked where it is read (yamlin.c) */
		if (ev->old != NULL && rt_money_parse(ev->old, &cents) == -1)
			return rt_error_new(RT_EINVAL, "old: not an amount of "
			    "dollars: \"%s\" (expected a number like 1234.56, "
			    "not negative)", ev->old);
	} else if (strcmp(ev->field, "text") == 0 && rt_blank(ev->new))
		return rt_error_new(RT_EINVAL, "new: a recommendation's text "
		    "cannot be empty");
	else if (strcmp(ev->field, "agency") == 0) {
		if (rt_blank(ev->new))
			return rt_error_new(RT_EINVAL, "new: a recommendation "
			    "always has an agency");
		if ((err = rt_store_agency_get(im->st, ev->new, &ag)) != NULL) {
			if (err->code != RT_ENOTFOUND)
				return err;
			rt_error_free(err);
			return rt_error_new(RT_EINVAL, "new: no agency \"%s\" "
			    "(declare it under agencies:)", ev->new);
		}
		rt_agency_free(&ag);
	}
	if (prev != NULL && ev->old != NULL && !same(prev->new, ev->old))
		return rt_error_new(RT_EINVAL, "old is \"%s\", but the "
		    "latest %s change before this entry set \"%s\"",
		    shown(ev->old), ev->field, shown(prev->new));
	return NULL;
}

/* A flag entry. */
static struct rt_error *
walk_flag(struct walk *w, const struct rt_event *ev)
{
	int f = rt_flag_lookup(ev->field), v = strcmp(ev->new, "yes") == 0;
	const char *have = rt_flag_get(&w->state, f) ? "yes" : "no";
	struct rt_error *err;

	if ((err = old_matches(ev, ev->field, have)) != NULL)
		return err;
	if (strcmp(ev->new, have) == 0)
		return no_change(ev->field, have);
	return rt_flag_check(&w->state, f, v);
}

/* The closing entry left the recommendation on hold or awaiting closure
 * at the end of its day: closing clears both, as `status` does. */
static struct rt_error *
walk_closed(struct importer *im, struct walk *w, const char *next)
{
	const struct rt_imp_event *e = w->closing;
	int f;

	if (e == NULL || (next != NULL && strcmp(next, e->ev.effective) == 0))
		return NULL;
	w->closing = NULL;
	if (rt_status_is_open(w->state.status))
		return NULL;
	for (f = RT_FLAG_ON_HOLD; f <= RT_FLAG_CLOSURE_REQUESTED; f++)
		if (rt_flag_get(&w->state, f))
			return located(im, &e->pos, rt_error_new(RT_EREFUSED,
			    "%s: closes the recommendation while %s is set; "
			    "closing clears it: add {kind: flag, field: %s, "
			    "old: yes, new: no} on %s", w->id,
			    rt_flag_field(f), rt_flag_field(f),
			    e->ev.effective));
	return NULL;
}

/* Check entry i of the file's history, then apply it to w->state. */
static struct rt_error *
walk_entry(struct importer *im, struct walk *w, const struct rt_imp_rec *imp,
    size_t i, const struct rt_events *h)
{
	const struct rt_imp_event *e = &imp->history[i];
	const struct rt_event *ev = &e->ev;
	const struct rt_rec *st = &w->state;
	struct rt_error *err = NULL;

	if ((err = walk_closed(im, w, ev->effective)) != NULL)
		return err;
	if (strcmp(ev->kind, "issued") == 0) {
		if (w->issued)
			err = rt_error_new(RT_EINVAL, "the recommendation is "
			    "issued already; an issued entry can only be the "
			    "first of its history");
		else if (strcmp(ev->effective, st->report_issued) != 0)
			err = rt_error_new(RT_EINVAL, "an issued entry is "
			    "effective on the report's issue date (%s), not "
			    "%s", st->report_issued, ev->effective);
		else
			err = walk_move(w, imp, i);
		w->issued = 1;
	} else if (strcmp(ev->kind, "status") == 0) {
		if ((err = old_matches(ev, "status",
		    rt_status_name(st->status))) == NULL)
			err = walk_move(w, imp, i);
	} else if (strcmp(ev->kind, "concurrence") == 0) {
		const char *have = rt_concurrence_name(st->concurrence);

		if ((err = old_matches(ev, "concurrence", have)) == NULL &&
		    same(ev->new, have))
			err = no_change("concurrence", have);
	} else if (strcmp(ev->kind, "target") == 0) {
		if (!rt_status_is_open(st->status))
			err = rt_error_new(RT_EREFUSED, "%s: is %s; a closed "
			    "recommendation takes no target date (reopen it "
			    "first)", w->id, rt_status_name(st->status));
		else if ((err = old_matches(ev, "target date",
		    st->target_date)) != NULL)
			;
		else if (same(ev->new, st->target_date))
			err = no_change("target date", st->target_date);
		else if (st->target_date[0] && rt_blank(ev->note))
			err = rt_error_new(RT_EREFUSED, "%s: changing the "
			    "target date from %s to %s needs a reason (the "
			    "entry's note)", w->id, st->target_date, ev->new);
	} else if (strcmp(ev->kind, "flag") == 0)
		err = walk_flag(w, ev);
	else if (strcmp(ev->kind, "field") == 0)
		err = walk_field(im, ev, h);
	if (err)
		return located(im, &e->pos, err);
	rt_event_apply(&w->state, ev);
	if ((strcmp(ev->kind, "status") == 0 ||
	    strcmp(ev->kind, "issued") == 0) &&
	    !rt_status_is_open(w->state.status) &&
	    (w->state.on_hold || w->state.closure_requested))
		w->closing = e;
	return NULL;
}

/* The end of the history: the last closing day is over. */
static struct rt_error *
walk_end(struct importer *im, struct walk *w)
{
	struct rt_error *err = walk_closed(im, w, NULL);

	rt_rec_free(&w->state);
	return err;
}

/* The fields a `field` entry changes, with the key that states them. */
static const struct {
	const char *name;
	unsigned long bit;
} entry_fields[] = {
	{ "text", RT_IMP_TEXT }, { "agency", RT_IMP_AGENCY },
	{ "official", RT_IMP_OFFICIAL },
	{ "corrective_action", RT_IMP_CORRECTIVE_ACTION },
};

/*
 * The latest `field` entry the file adds for each field is the field's
 * value: a key of the file stating another value contradicts it (an
 * error), a key left out takes it (into rec, whose text fields are
 * replaced with copies when owned, else pointed at the entry's value).
 * fresh[i]: entry i is added by this import.
 */
static struct rt_error *
entries_set(const struct rt_imp_rec *imp, const char *fresh,
    struct rt_rec *rec, int owned)
{
	char *const want[] = { imp->rec.text, imp->rec.agency,
	    imp->rec.official, imp->rec.corrective_action };
	char **have[] = { &rec->text, &rec->agency, &rec->official,
	    &rec->corrective_action };
	const struct rt_imp_event *e;
	int64_t cents;
	size_t j, k;
	int m;

	for (k = 0; k < 4 + RT_MONEY_COUNT; k++) {
		const char *name = k < 4 ? entry_fields[k].name :
		    rt_money_name((int)k - 4);
		unsigned long bit = k < 4 ? entry_fields[k].bit :
		    money_bit((int)k - 4);
		int differs;

		e = NULL;
		for (j = imp->nhistory; e == NULL && j-- > 0;)
			if (fresh[j] && strcmp(imp->history[j].ev.kind,
			    "field") == 0 && same(imp->history[j].ev.field,
			    name))
				e = &imp->history[j];
		if (e == NULL)
			continue;
		m = (int)k - 4;
		cents = RT_MONEY_NONE;
		if (k >= 4 && e->ev.new != NULL &&
		    rt_money_parse(e->ev.new, &cents) == -1)
			continue;	/* refused with the entry */
		differs = k < 4 ? !same(want[k], e->ev.new) :
		    imp->rec.money[m] != cents;
		if ((imp->given & bit) && differs) {
			char v[32] = "none";

			if (k >= 4 && imp->rec.money[m] != RT_MONEY_NONE)
				rt_money_format(imp->rec.money[m], v,
				    sizeof(v));
			return rt_error_new(RT_EINVAL, "%s: is \"%s\", but "
			    "the latest %s entry of the history (line %d) "
			    "sets \"%s\"", name, k < 4 ? shown(want[k]) : v,
			    name, e->pos.line, shown(e->ev.new));
		}
		if (k >= 4) {
			rec->money[m] = cents;
			continue;
		}
		if (!owned)
			*have[k] = e->ev.new;
		else if (take_text(have[k], e->ev.new) && e->ev.new &&
		    !*have[k])
			return nomem();
	}
	return NULL;
}

/* err about the key of imp with bit b (named name), located at its value:
 * "FILE:LINE:COL: PATH.NAME: msg". */
static struct rt_error *
at_key(const struct importer *im, const struct rt_imp_rec *imp, int b,
    const char *name, struct rt_error *err)
{
	struct rt_error *e;

	if (imp->keypos[b].line == 0)
		return located(im, &imp->pos, err);
	e = rt_error_new(err->code, "%s:%d:%d: %s.%s: %s", im->file,
	    imp->keypos[b].line, imp->keypos[b].col, imp->pos.path, name,
	    err->msg);
	rt_error_free(err);
	return e;
}

/* The bit number of an RT_IMP_* key. */
static int
bit_no(unsigned long bit)
{
	int b;

	for (b = 0; b < RT_IMP_NKEYS && !(bit & (1UL << b)); b++)
		;
	return b;
}

/*
 * A new recommendation with a history is in the state the history
 * leaves (h, replayed onto rec): each key of the file that states part
 * of that state (status, concurrence, the dates, the flags) must state
 * what the history leaves, as the keys of an export do.  A key that
 * states something else is refused at the key, not dropped nor
 * recorded as a later change.
 */
static struct rt_error *
history_keys(struct importer *im, const struct rt_imp_rec *imp,
    const struct rt_rec *rec, const struct rt_events *h)
{
	static const struct {
		unsigned long bit;
		const char *name;
		size_t off;
	} dates[] = {
		{ RT_IMP_TARGET, "target_date",
		  offsetof(struct rt_rec, target_date) },
		{ RT_IMP_ORIGINAL_TARGET, "original_target_date",
		  offsetof(struct rt_rec, original_target_date) },
		{ RT_IMP_RESOLVED, "resolved_date",
		  offsetof(struct rt_rec, resolved_date) },
		{ RT_IMP_CLOSED, "closed_date",
		  offsetof(struct rt_rec, closed_date) },
	};
	const struct rt_rec *want = &imp->rec;
	struct rt_error *err = NULL;
	struct rt_rec r;
	const char *st, *name = NULL;
	unsigned long bit = 0;
	size_t i;
	int f;

	if ((err = replayed(im, rec, h, &r)))
		return err;
	st = rt_status_name(r.status);
	if ((imp->given & RT_IMP_STATUS) && want->status != r.status) {
		bit = RT_IMP_STATUS;
		name = "status";
		err = rt_error_new(RT_EINVAL, "%s, but the history leaves the "
		    "recommendation %s", rt_status_name(want->status), st);
	} else if ((imp->given & RT_IMP_CONCURRENCE) &&
	    want->concurrence != r.concurrence) {
		bit = RT_IMP_CONCURRENCE;
		name = "concurrence";
		err = rt_error_new(RT_EINVAL, "%s, but the history leaves the "
		    "concurrence %s", rt_concurrence_name(want->concurrence),
		    rt_concurrence_name(r.concurrence));
	}
	for (i = 0; err == NULL && i < sizeof(dates) / sizeof(dates[0]);
	    i++) {
		const char *w = (const char *)want + dates[i].off;
		const char *have = (const char *)&r + dates[i].off;

		if (!(imp->given & dates[i].bit) || strcmp(w, have) == 0)
			continue;
		bit = dates[i].bit;
		name = dates[i].name;
		if (dates[i].bit == RT_IMP_CLOSED && have[0] == '\0')
			err = rt_error_new(RT_EINVAL, "%s, but the history "
			    "leaves the recommendation %s (no closing)",
			    shown(w), st);
		else if (dates[i].bit == RT_IMP_RESOLVED && have[0] == '\0')
			err = rt_error_new(RT_EINVAL, "%s, but the history "
			    "leaves the recommendation %s (no resolution)",
			    shown(w), st);
		else if (i < 2)
			err = rt_error_new(RT_EINVAL, "%s, but the history "
			    "leaves the %s %s", shown(w), i == 0 ?
			    "target date" : "original target date",
			    shown(have));
		else
			err = rt_error_new(RT_EINVAL, "%s, but the history %s "
			    "the recommendation on %s", shown(w), i == 2 ?
			    "resolves" : "closes", have);
	}
	for (f = 0; err == NULL && f < RT_FLAG_COUNT; f++) {
		bit = RT_IMP_PRIORITY << f;
		name = rt_flag_field(f);
		if ((imp->given & bit) && rt_flag_get(want, f) !=
		    rt_flag_get(&r, f))
			err = rt_error_new(RT_EINVAL, "%s, but the history "
			    "leaves %s %s", rt_flag_get(want, f) ? "true" :
			    "false", name, rt_flag_get(&r, f) ? "set" :
			    "unset");
	}
	rt_rec_free(&r);
	return err ? at_key(im, imp, bit_no(bit), name, err) : NULL;
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
		if ((err = emit(im, h, when, "field",
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

	if ((err = emit(im, h, issued, "issued", "status", NULL,
	    "open-pending")))
		return err;
	if (rec->concurrence != RT_CONC_PENDING && (err = emit(im, h, issued,
	    "concurrence", "concurrence", "pending",
	    rt_concurrence_name(rec->concurrence))))
		return err;
	if (rec->original_target_date[0] && rec->target_date[0] &&
	    strcmp(rec->original_target_date, rec->target_date) != 0) {
		if ((err = emit(im, h, issued, "target", "target_date", NULL,
		    rec->original_target_date)) ||
		    (err = emit(im, h, issued, "target", "target_date",
		    rec->original_target_date, rec->target_date)))
			return err;
	} else if (rec->target_date[0] && (err = emit(im, h, issued,
	    "target", "target_date", NULL, rec->target_date)))
		return err;
	for (f = 0; f < RT_FLAG_COUNT; f++)
		if (rt_flag_get(rec, f) && (err = emit(im, h, issued, "flag",
		    rt_flag_field(f), "no", "yes")))
			return err;
	switch (rec->status) {
	case RT_OPEN_PENDING:
		return NULL;
	case RT_OPEN_UNRESOLVED:
	case RT_OPEN_RESOLVED:
		if ((err = emit(im, h, rec->status == RT_OPEN_RESOLVED ?
		    resolved : issued, "status", "status", "open-pending", st)))
			return err;
		break;
	default:
		if (rec->resolved_date[0] && (err = emit(im, h, resolved,
		    "status", "status", "open-pending", "open-resolved")))
			return err;
		if ((err = emit(im, h, date_or(rec->closed_date, issued),
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

	if ((err = replayed(im, rec, h, &r)))
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
	    (err = emit(im, h, im->day, "concurrence", "concurrence",
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
	if (retarget && !reopen && (err = emit(im, h, when, "target",
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
		    rt_flag_get(want, f) && (err = emit(im, h, im->day,
		    "flag", rt_flag_field(f), rt_flag_get(&r, f) ? "yes" :
		    "no", rt_flag_get(want, f) ? "yes" : "no")))
			goto done;
	}
	if (move) {
		if ((err = emit(im, h, when, "status", "status",
		    rt_status_name(r.status), rt_status_name(want->status))))
			goto done;
		if (retarget && reopen && (err = emit(im, h, when, "target",
		    "target_date", old[0] ? old : NULL, want->target_date)))
			goto done;
		/* closing clears the hold and the closure request, whether
		 * the file leaves them out or states them off */
		for (f = RT_FLAG_ON_HOLD; !rt_status_is_open(want->status) &&
		    f <= RT_FLAG_CLOSURE_REQUESTED; f++)
			if ((!(imp->given & (RT_IMP_PRIORITY << f)) ||
			    !rt_flag_get(want, f)) &&
			    rt_flag_get(&r, f) && (err = emit(im, h, when,
			    "flag", rt_flag_field(f), "yes", "no")))
				goto done;
	}
	rt_rec_free(&r);
	if ((err = replayed(im, rec, h, &r)))
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

static struct rt_error *
new_rec(struct importer *im, const struct rt_report *report,
    const struct rt_imp_rec *imp)
{
	struct rt_events h = { 0 };
	struct rt_error *err;
	struct rt_rec rec = imp->rec;
	size_t i;

	if (strchr(rec.number, '#') != NULL || rec.number[0] == '*')
		return rt_error_new(RT_EINVAL, "number: \"%s\" cannot contain "
		    "'#' or start with '*' (they have a meaning in "
		    "REPORT#NUMBER)", rec.number);
	rec.id = 0;
	rec.report = report->number;
	memcpy(rec.report_issued, report->issued, RT_DATE_SIZE);
	if (rec.agency == NULL)
		rec.agency = report->agency;
	else if ((err = ensure_agency(im, rec.agency)))
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
		    (err = emit(im, &h, report->issued, "issued", "status",
		    NULL, "open-pending")))
			goto done;
		if ((err = walk_start(im, &rec, &h, &w)))
			goto done;
		for (i = 0; i < imp->nhistory && err == NULL; i++) {
			if (strcmp(imp->history[i].ev.effective, im->today) > 0)
				err = located(im, &imp->history[i].pos,
				    rt_error_new(RT_EINVAL, "effective date %s "
				    "is after today (%s)",
				    imp->history[i].ev.effective, im->today));
			else if ((err = walk_entry(im, &w, imp, i, &h)) == NULL)
				err = emit_history(im, &h, &imp->history[i].ev);
		}
		if (err == NULL)
			err = walk_end(im, &w);
		else
			rt_rec_free(&w.state);
		if (err)
			goto done;
		if ((fresh = malloc(imp->nhistory + 1)) == NULL) {
			err = nomem();
			goto done;
		}
		memset(fresh, 1, imp->nhistory + 1);
		err = entries_set(imp, fresh, &rec, 0);
		free(fresh);
		if (err || (err = rt_rec_money_check(&rec)) ||
		    (err = history_keys(im, imp, &rec, &h)))
			goto done;
	} else if ((err = inferred_moves(im, &rec, imp)) ||
	    (err = infer_history(im, &rec, report->issued, &h)))
		goto done;
	if ((err = settle(im, imp, &rec, &h, 0)) ||
	    (err = resolved_target(&rec, RT_OPEN_PENDING)) ||
	    (err = take_comment(im, imp, &h)) ||
	    (err = rt_store_rec_insert(im->st, &rec)) ||
	    (err = write_events(im, rec.id, &h, 0)))
		goto done;
	im->stats->recs_new++;
done:
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

	if (!(imp->given & money_bit(m)) || rec->money[m] == v)
		return NULL;
	if (rec->money[m] != RT_MONEY_NONE)
		rt_money_format(rec->money[m], oldm, sizeof(oldm));
	if (v != RT_MONEY_NONE)
		rt_money_format(v, newm, sizeof(newm));
	if ((err = emit(im, h, when, "field", rt_money_name(m),
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

static struct rt_error *
old_rec(struct importer *im, const struct rt_imp_rec *imp, struct rt_rec *rec)
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
	struct rt_events h;
	struct rt_error *err;
	struct walk w;
	char *old = NULL, *fresh = NULL, *used = NULL;
	char last[RT_DATE_SIZE] = "";
	size_t i, recorded;
	enum rt_status was;
	int m, walking = 0;

	if ((err = check_dates(im, &imp->rec, rec->report_issued)) ||
	    (err = rt_events_load(im->st, rec->id, &h)))
		return err;
	was = rec->status;
	recorded = h.n;
	for (i = 0; i < h.n; i++)
		if (strcmp(h.ev[i].effective, last) > 0)
			memcpy(last, h.ev[i].effective, sizeof(last));
	if ((fresh = calloc(imp->nhistory + 1, 1)) == NULL ||
	    (used = calloc(recorded + 1, 1)) == NULL) {
		err = nomem();
		goto done;
	}
	if (imp->nhistory > 0) {
		if ((err = walk_start(im, rec, &h, &w)))
			goto done;
		walking = 1;
	}
	for (i = 0; i < imp->nhistory; i++) {
		const struct rt_event *ev = &imp->history[i].ev;

		if (history_has(&h, recorded, used, ev))
			continue;
		fresh[i] = 1;
		if (strcmp(ev->effective, last) < 0) {
			err = located(im, &imp->history[i].pos,
			    rt_error_new(RT_EINVAL, "effective date %s is "
			    "before the latest recorded change (%s)",
			    ev->effective, last));
			goto done;
		}
		if (strcmp(ev->effective, im->today) > 0) {
			err = located(im, &imp->history[i].pos,
			    rt_error_new(RT_EINVAL, "effective date %s is "
			    "after today (%s)", ev->effective, im->today));
			goto done;
		}
		if ((err = walk_entry(im, &w, imp, i, &h)) ||
		    (err = emit_history(im, &h, ev)))
			goto done;
	}
	if (walking) {
		walking = 0;
		if ((err = walk_end(im, &w)) ||
		    (err = entries_set(imp, fresh, rec, 1)))
			goto done;
	}
	for (i = 0; i < 4; i++) {
		if (!(imp->given & texts[i].bit) || same(*have[i], want[i]))
			continue;
		if (texts[i].bit == RT_IMP_AGENCY &&
		    (err = ensure_agency(im, want[i])))
			goto done;
		if (*have[i] && (old = rt_strdup(*have[i])) == NULL) {
			err = nomem();
			goto done;
		}
		if (take_text(have[i], want[i]) && want[i] && !*have[i])
			err = nomem();
		else
			err = emit(im, &h, im->day, "field", texts[i].name,
			    old, want[i]);
		free(old);
		old = NULL;
		if (err)
			goto done;
	}
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
	    (err = write_events(im, rec->id, &h, recorded)))
		goto done;
	im->stats->recs_changed++;
done:
	if (walking)
		rt_rec_free(&w.state);
	free(fresh);
	free(used);
	rt_events_free(&h);
	return err;
}

/* ---- reports ------------------------------------------------------------ */

static int
topics_equal(const struct rt_report *a, const struct rt_report *b)
{
	size_t i, j;

	if (a->ntopics != b->ntopics)
		return 0;
	for (i = 0; i < a->ntopics; i++) {
		for (j = 0; j < b->ntopics; j++)
			if (strcasecmp(a->topics[i], b->topics[j]) == 0)
				break;
		if (j == b->ntopics)
			return 0;
	}
	return 1;
}

static struct rt_error *
new_report(struct importer *im, const struct rt_imp_report *imp,
    struct rt_report *r)
{
	struct rt_error *err;

	if (r->issuer == NULL)
		return rt_error_new(RT_EINVAL, "issuer: a new report needs "
		    "its issuer");
	if (r->agency == NULL)
		return rt_error_new(RT_EINVAL, "agency: a new report needs "
		    "its agency");
	if (strcmp(r->issued, im->today) > 0)
		return rt_error_new(RT_EINVAL, "issued: %s is after today (%s)",
		    r->issued, im->today);
	if (strchr(r->number, '#') != NULL)
		return rt_error_new(RT_EINVAL, "number: \"%s\" cannot contain "
		    "'#' (it separates report and recommendation in "
		    "REPORT#NUMBER)", r->number);
	if ((err = ensure_issuer(im, r->issuer)) ||
	    (err = ensure_agency(im, r->agency)))
		return err;
	if (!(imp->given & RT_IMP_R_FISCAL_YEAR)) {
		r->fiscal_year = rt_date_fiscal_year(r->issued,
		    im->cfg->fy_start_month);
		if (r->fiscal_year < RT_FY_MIN || r->fiscal_year > RT_FY_MAX)
			return rt_error_new(RT_EINVAL, "issued: %s falls in "
			    "fiscal year %d (fiscal years run from %d to %d; "
			    "check the date)", r->issued, r->fiscal_year,
			    RT_FY_MIN, RT_FY_MAX);
	}
	if ((err = rt_store_report_add(im->st, r)) == NULL)
		im->stats->reports_new++;
	return err;
}

/* Update what the file says of an existing report; *changed tells. */
static struct rt_error *
old_report(struct importer *im, const struct rt_imp_report *imp,
    struct rt_report *r, const struct rt_report *have)
{
	struct rt_report m = *have;
	struct rt_error *err;
	unsigned long g = imp->given;

	if (strcmp(r->issued, have->issued) != 0)
		return rt_error_new(RT_EREFUSED, "issued: the report is "
		    "recorded as issued on %s; an import does not move its "
		    "issue date (the history of its recommendations starts "
		    "there)", have->issued);
	m.title = r->title;
	if (g & RT_IMP_R_ISSUER)
		m.issuer = r->issuer;
	if (g & RT_IMP_R_TYPE)
		m.type = r->type;
	if (g & RT_IMP_R_FISCAL_YEAR)
		m.fiscal_year = r->fiscal_year;
	if (g & RT_IMP_R_AGENCY)
		m.agency = r->agency;
	if (g & RT_IMP_R_TOPICS) {
		m.topics = r->topics;
		m.ntopics = r->ntopics;
	}
	if (g & RT_IMP_R_URL)
		m.url = r->url;
	if (g & RT_IMP_R_SUMMARY)
		m.summary = r->summary;
	if (g & RT_IMP_R_SENSITIVITY)
		m.sensitivity = r->sensitivity;
	if (same(m.title, have->title) && same(m.issuer, have->issuer) &&
	    same(m.type, have->type) && m.fiscal_year == have->fiscal_year &&
	    same(m.agency, have->agency) && topics_equal(&m, have) &&
	    same(m.url, have->url) && same(m.summary, have->summary) &&
	    same(m.sensitivity, have->sensitivity)) {
		im->stats->reports_unchanged++;
		*r = *have;
		return NULL;
	}
	if ((err = ensure_issuer(im, m.issuer)) ||
	    (err = ensure_agency(im, m.agency)) ||
	    (err = rt_store_report_update(im->st, &m)))
		return err;
	im->stats->reports_changed++;
	*r = m;
	return NULL;
}

static struct rt_error *
sink_report(void *arg, const struct rt_imp_report *imp)
{
	struct importer *im = arg;
	struct rt_report r = imp->report, have;
	struct rt_rec cur;
	struct rt_error *err;
	size_t i;
	int fresh = 0, first;

	memset(&have, 0, sizeof(have));
	if ((err = rt_store_report_seen(im->st, r.number, imp->number_pos.line,
	    &first)) != NULL)
		return err;
	if (first)
		return located(im, &imp->number_pos, rt_error_new(RT_EINVAL,
		    "report \"%s\" appears twice in this file (first on "
		    "line %d)", r.number, first));
	if ((err = rt_store_report_get(im->st, r.number, &have)) == NULL)
		err = old_report(im, imp, &r, &have);
	else if (err->code == RT_ENOTFOUND) {
		rt_error_free(err);
		err = new_report(im, imp, &r);
		fresh = 1;
	}
	if (err) {
		err = located(im, &imp->pos, err);
		goto done;
	}
	for (i = 0; i < imp->nrecs && err == NULL; i++) {
		const struct rt_imp_rec *ir = &imp->recs[i];

		if (fresh) {
			err = located(im, &ir->pos, new_rec(im, &r, ir));
			continue;
		}
		if ((err = rt_store_rec_get(im->st, r.number, ir->rec.number,
		    &cur)) == NULL)
			err = old_rec(im, ir, &cur);
		else if (err->code == RT_ENOTFOUND) {
			rt_error_free(err);
			err = new_rec(im, &r, ir);
		}
		rt_rec_free(&cur);
		err = located(im, &ir->pos, err);
	}
	im->where.recs_done += (long long)imp->nrecs;
	if (err == NULL && im->progress) {
		long pos = ftell(im->fp);

		if (pos > 0)
			im->where.bytes_done = pos;
		im->progress(&im->where, im->progress_arg);
	}
done:
	rt_report_free(&have);
	return err;
}

/* ---- files -------------------------------------------------------------- */

static struct rt_error *
import_file(struct importer *im, const char *path)
{
	const struct rt_imp_sink sink = { sink_issuer, sink_agency,
	    sink_report, im };
	struct rt_buf note = { 0 };
	struct rt_error *err;
	struct stat sb;
	FILE *fp;

	im->file = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if (strcmp(path, "-") == 0)
		fp = stdin;
	else if ((fp = fopen(path, "r")) == NULL)
		return rt_error_new(RT_EIO, "%s: cannot read: %s", path,
		    strerror(errno));
	im->fp = fp;
	im->where.file = im->file;
	im->where.bytes_done = 0;
	im->where.bytes_total = fstat(fileno(fp), &sb) == 0 &&
	    S_ISREG(sb.st_mode) ? (long long)sb.st_size : 0;
	free(im->note);
	note.s = NULL;
	rt_buf_printf(&note, "import %s", im->file);
	if ((im->note = note.s) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if ((err = rt_store_report_seen_reset(im->st)) == NULL)
		err = rt_import_parse(fp, im->file, &sink);
	if (fp != stdin)
		fclose(fp);
	return err;
}

struct rt_error *
rt_import(struct rt_store *st, const struct rt_config *cfg,
    char *const *files, size_t nfiles, const char *actor, int dry_run,
    rt_import_progress_fn *progress, void *progress_arg,
    struct rt_import_stats *stats)
{
	struct importer im;
	struct rt_error *err;
	size_t i;

	memset(stats, 0, sizeof(*stats));
	memset(&im, 0, sizeof(im));
	im.st = st;
	im.cfg = cfg;
	im.actor = actor;
	im.stats = stats;
	im.progress = progress;
	im.progress_arg = progress_arg;
	rt_clock_today(im.today);
	memcpy(im.day, im.today, sizeof(im.day));
	rt_clock_now(im.now);
	if ((err = rt_store_begin(st)) != NULL)
		return err;
	for (i = 0; i < nfiles && err == NULL; i++)
		err = import_file(&im, files[i]);
	if (err == NULL && !dry_run)
		err = rt_store_commit(st);
	if (err || dry_run)
		rt_store_rollback(st);
	free(im.note);
	for (i = 0; i < im.nknown; i++)
		free(im.known[i]);
	if (err) {
		rt_buf_free(&im.created);
		memset(stats, 0, sizeof(*stats));
	} else
		stats->created = im.created.s;
	return err;
}

void
rt_import_stats_free(struct rt_import_stats *stats)
{
	free(stats->created);
	stats->created = NULL;
}

/* ---- GAO's export (gao-csv) ------------------------------------------- */

/* The issuer gao, created with kind gao when missing. */
static struct rt_error *
gao_issuer(struct importer *im)
{
	struct rt_issuer is = { "gao", "U.S. Government Accountability Office",
	    "gao" }, got;
	struct rt_error *err;

	if ((err = rt_store_issuer_get(im->st, "gao", &got)) == NULL) {
		rt_issuer_free(&got);
		return NULL;
	}
	if (err->code != RT_ENOTFOUND)
		return err;
	rt_error_free(err);
	if ((err = rt_store_issuer_add(im->st, &is)) == NULL) {
		im->stats->issuers_new++;
		note_created(im, "issuer", "gao");
	}
	return err;
}

/* Add the "; "-separated topics of s to the report, once each. */
static int
add_topics(struct rt_report *r, const char *s)
{
	const char *p = s, *e;
	char **t;
	size_t n, i;

	while (*p) {
		while (*p == ' ' || *p == ';')
			p++;
		for (e = p; *e && *e != ';'; e++)
			continue;
		n = (size_t)(e - p);
		while (n > 0 && p[n - 1] == ' ')
			n--;
		for (i = 0; n > 0 && i < r->ntopics; i++)
			if (strlen(r->topics[i]) == n &&
			    strncasecmp(r->topics[i], p, n) == 0)
				break;
		if (n > 0 && i == r->ntopics) {
			if ((t = realloc(r->topics, (r->ntopics + 1) *
			    sizeof(*t))) == NULL)
				return -1;
			r->topics = t;
			if ((t[r->ntopics] = strndup(p, n)) == NULL)
				return -1;
			r->ntopics++;
		}
		p = e;
	}
	return 0;
}

/* The report (publication) of rows[first] with its recommendations. */
static struct rt_error *
gao_report(struct importer *im, const struct rt_gao_file *g, size_t first,
    char **codes, char **numbers, int *done)
{
	const struct rt_gao_row *r0 = &g->rows[first];
	const struct rt_config *cfg = im->cfg;
	struct rt_imp_report rep;
	struct rt_error *err = NULL;
	size_t i;

	memset(&rep, 0, sizeof(rep));
	rep.report.number = r0->v[RT_GAO_PUB_NUMBER];
	rep.report.title = r0->v[RT_GAO_PUB_NAME];
	rep.report.issuer = "gao";
	rep.report.type = "audit";
	rep.report.sensitivity = "public";
	rep.report.agency = codes[first];
	memcpy(rep.report.issued, r0->issued, RT_DATE_SIZE);
	rep.given = RT_IMP_R_TITLE | RT_IMP_R_ISSUED;
	if (g->has[RT_GAO_TOPICS])
		rep.given |= RT_IMP_R_TOPICS;
	rep.pos.line = rep.number_pos.line = r0->line;
	for (i = first; i < g->nrows; i = g->rows[i].next) {
		const struct rt_gao_row *r = &g->rows[i];
		struct rt_imp_rec *ir;
		int closed;

		done[i] = 1;
		if (strcmp(r->issued, r0->issued) != 0 ||
		    strcmp(r->v[RT_GAO_PUB_NAME], r0->v[RT_GAO_PUB_NAME])) {
			err = rt_error_new(RT_EINVAL, "%s:%d: column %s: "
			    "differs from line %d (same publication %s)",
			    im->file, r->line, strcmp(r->issued, r0->issued) ?
			    "Date Publication Issued" : "Publication Name",
			    r0->line, r0->v[RT_GAO_PUB_NUMBER]);
			goto done;
		}
		if (g->has[RT_GAO_TOPICS] &&
		    add_topics(&rep.report, r->v[RT_GAO_TOPICS]) == -1) {
			err = nomem();
			goto done;
		}
		if ((ir = realloc(rep.recs, (rep.nrecs + 1) *
		    sizeof(*ir))) == NULL) {
			err = nomem();
			goto done;
		}
		rep.recs = ir;
		ir = &ir[rep.nrecs++];
		memset(ir, 0, sizeof(*ir));
		rt_rec_init(&ir->rec);
		ir->rec.report = rep.report.number;
		ir->rec.number = numbers[i];
		ir->rec.text = r->v[RT_GAO_REC];
		ir->rec.agency = codes[i];
		ir->rec.status = cfg->gao_status[r->status];
		closed = !rt_status_is_open(ir->rec.status);
		if (closed)
			memcpy(ir->rec.closed_date, im->day, RT_DATE_SIZE);
		ir->rec.partially_addressed = r->status == RT_GAO_OPEN_PARTIAL;
		ir->given = RT_IMP_TEXT | RT_IMP_AGENCY | RT_IMP_STATUS |
		    RT_IMP_PARTIALLY_ADDRESSED | (closed ? RT_IMP_CLOSED : 0);
		if (g->has[RT_GAO_PRIORITY]) {
			*rt_flag_ptr(&ir->rec, cfg->gao_priority_flag) =
			    r->priority;
			ir->given |= RT_IMP_PRIORITY << cfg->gao_priority_flag;
		}
		if (g->has[RT_GAO_COMMENTS])
			ir->comment = r->v[RT_GAO_COMMENTS];
		ir->pos.line = r->line;
		ir->pos.col = 1;
	}
	err = sink_report(im, &rep);
done:
	for (i = 0; i < rep.report.ntopics; i++)
		free(rep.report.topics[i]);
	free(rep.report.topics);
	free(rep.recs);
	return err;
}

struct rt_error *
rt_import_gao(struct rt_store *st, const struct rt_config *cfg,
    const char *path, const char *actor, int dry_run,
    struct rt_import_stats *stats)
{
	struct importer im;
	struct rt_gao_file g;
	struct rt_error *err;
	struct rt_buf note = { 0 };
	char **codes = NULL, **numbers = NULL;
	int *done = NULL, began = 0;
	size_t i, j;
	FILE *fp;

	memset(stats, 0, sizeof(*stats));
	memset(&im, 0, sizeof(im));
	memset(&g, 0, sizeof(g));
	im.st = st;
	im.cfg = cfg;
	im.actor = actor;
	im.stats = stats;
	im.gao = 1;
	im.file = strcmp(path, "-") == 0 ? "<stdin>" : path;
	rt_clock_today(im.today);
	rt_clock_now(im.now);
	if (strcmp(path, "-") == 0)
		fp = stdin;
	else if ((fp = fopen(path, "r")) == NULL)
		return rt_error_new(RT_EIO, "%s: cannot read: %s", path,
		    strerror(errno));
	err = rt_gao_read(fp, im.file, &g);
	if (fp != stdin)
		fclose(fp);
	if (err)
		goto done;
	if (g.snapshot[0] && strcmp(g.snapshot, im.today) > 0) {
		err = rt_error_new(RT_EINVAL, "%s: the snapshot date (\"status "
		    "as of\") %s is after today (%s)", im.file, g.snapshot,
		    im.today);
		goto done;
	}
	memcpy(im.day, g.snapshot[0] ? g.snapshot : im.today, RT_DATE_SIZE);
	rt_buf_printf(&note, "import %s", im.file);
	im.note = note.s;
	codes = calloc(g.nrows + 1, sizeof(*codes));
	numbers = calloc(g.nrows + 1, sizeof(*numbers));
	done = calloc(g.nrows + 1, sizeof(*done));
	if (im.note == NULL || !codes || !numbers || !done) {
		err = nomem();
		goto done;
	}
	if ((err = rt_store_begin(st)) != NULL)
		goto done;
	began = 1;
	if ((err = gao_issuer(&im)) != NULL ||
	    (err = rt_store_report_seen_reset(st)) != NULL)
		goto done;
	for (i = 0; i < g.nrows; i++) {
		const char *a = g.rows[i].v[RT_GAO_AGENCY];

		if ((j = g.rows[i].agency_first) < i)
			codes[i] = rt_strdup(codes[j]);
		else if ((err = rt_gao_agency(st, a, 1,
		    &stats->agencies_new, &codes[i])) != NULL) {
			err = located(&im, &(struct rt_imp_pos){ .line =
			    g.rows[i].line }, err);
			goto done;
		}
		if (codes[i] == NULL) {
			err = nomem();
			goto done;
		}
	}
	if ((err = rt_gao_numbers(im.file, &g, codes, numbers)) != NULL)
		goto done;
	for (i = 0; i < g.nrows && err == NULL; i++)
		if (!done[i])
			err = gao_report(&im, &g, i, codes, numbers, done);
	if (err == NULL && !dry_run)
		err = rt_store_commit(st);
done:
	if (began && (err || dry_run))
		rt_store_rollback(st);
	for (i = 0; i < g.nrows; i++) {
		if (codes)
			free(codes[i]);
		if (numbers)
			free(numbers[i]);
	}
	free(codes);
	free(numbers);
	free(done);
	free(im.note);
	for (i = 0; i < im.nknown; i++)
		free(im.known[i]);
	rt_gao_file_free(&g);
	if (err) {
		rt_buf_free(&im.created);
		memset(stats, 0, sizeof(*stats));
	} else
		stats->created = im.created.s;
	return err;
}
