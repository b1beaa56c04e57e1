/*
 * rectrack — the import reader's history entries (yamlin_impl.h): what
 * each kind of entry needs, what it must agree with, and the order of
 * the entries.
 */
#include "formats/yamlin_impl.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <yaml.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/money.h"
#include "base/util.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "formats/gaocsv.h"
#include "formats/yaml.h"
#include "store/store.h"

/* ---- history --------------------------------------------------------- */

enum new_value { NEW_ANY, NEW_STATUS, NEW_CONCURRENCE, NEW_DATE, NEW_YESNO };
enum field_value { FIELD_ANY, FIELD_NAME, FIELD_FLAG };

/* What each kind of history entry needs. */
static const struct kind {
	const char	*name;
	enum new_value	 new;		/* what `new` must be */
	int		 need_new;	/* `new` is required */
	enum field_value field;		/* what `field` must be */
} kinds[] = {
	/* an issued entry without `new` is issued open-pending */
	{ "issued", NEW_STATUS, 0, FIELD_ANY },
	{ "status", NEW_STATUS, 1, FIELD_ANY },
	{ "concurrence", NEW_CONCURRENCE, 1, FIELD_ANY },
	{ "target", NEW_DATE, 1, FIELD_ANY },
	{ "flag", NEW_YESNO, 1, FIELD_FLAG },
	{ "field", NEW_ANY, 0, FIELD_NAME },
	{ "note", NEW_ANY, 0, FIELD_ANY },
	{ "imported", NEW_ANY, 0, FIELD_ANY },
	/* voids the entry whose seq its `voids` names */
	{ "void", NEW_ANY, 0, FIELD_ANY },
	/* evidence, requests and decisions: closure_entry checks them */
	{ "evidence", NEW_ANY, 0, FIELD_ANY },
	{ "request", NEW_ANY, 0, FIELD_ANY },
	{ "decision", NEW_ANY, 0, FIELD_ANY },
	{ NULL, NEW_ANY, 0, FIELD_ANY }
};

static const struct kind *
find_kind(const char *s)
{
	const struct kind *k;

	for (k = kinds; k->name != NULL && strcmp(k->name, s) != 0; k++)
		continue;
	return k->name != NULL ? k : NULL;
}

static int
kind_valid(const char *s)
{
	return find_kind(s) != NULL;
}

static const char *
kind_names(void)
{
	return "issued, status, concurrence, target, flag, field, note, "
	    "imported, void, evidence, request, decision";
}

static const char *
flag_fields(void)
{
	return "priority, significant, on_hold, closure_requested, "
	    "partially_addressed";
}

#define EV(m)	offsetof(struct rt_imp_event, ev.m)

/* A place in the chain (seq, voids): a whole number from 1. */
static struct rt_error *
get_seq(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;
	int64_t n = 0;
	size_t i;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	for (i = 0; s[i] >= '0' && s[i] <= '9' && i < 18; i++)
		n = n * 10 + s[i] - '0';
	if (s[i] != '\0' || i == 0 || s[0] == '0')
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "not a place in "
		    "the history: %s (expected a whole number from 1, as an "
		    "export's seq)", rt_yaml_quote(&p->y, s));
	*AT(obj, k, int64_t) = n;
	return NULL;
}

/* The change set an exported entry was recorded in ("UID-N"): shown for
 * information only, as the import records its entries in a change set
 * of its own. */
static struct rt_error *
get_change(struct parser *p, const struct key *k, void *obj)
{
	const char *s;

	(void)k;
	(void)obj;
	return yi_scalar(p, &s);
}

static const struct key event_keys[] = {
	{ .name = "effective", .get = yi_get_date, .off = EV(effective),
	  .required = 1 },
	{ .name = "kind", .get = yi_get_choice, .off = EV(kind), .required = 1,
	  .valid = kind_valid, .names = kind_names },
	{ .name = "field", .get = yi_get_text, .off = EV(field) },
	{ .name = "old", .get = yi_get_text, .off = EV(old) },
	{ .name = "new", .get = yi_get_text, .off = EV(new) },
	{ .name = "note", .get = yi_get_text, .off = EV(note) },
	{ .name = "actor", .get = yi_get_text, .off = EV(actor) },
	{ .name = "at", .get = yi_get_instant, .off = EV(at) },
	{ .name = "change", .get = get_change },
	{ .name = "seq", .get = get_seq, .off = EV(id) },
	{ .name = "voids", .get = get_seq, .off = EV(voids) },
	{ .name = NULL }
};

static const struct map event_map = { "a history entry (a mapping)",
    event_keys };

/* The fields a `field` entry may name: those kept as text or money. */
#define FIELD_NAMES "text, agency, official, corrective_action, " \
	"questioned_cost, unsupported_cost, funds_better_use, " \
	"potential_savings, disallowed_cost, fbu_agreed"

static int
field_name_ok(const char *name)
{
	static const char *const names[] = { "text", "agency", "official",
	    "corrective_action", "questioned_cost", "unsupported_cost",
	    "funds_better_use", "potential_savings", "disallowed_cost",
	    "fbu_agreed" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return 1;
	return 0;
}

/* The `new` amount of a `field` entry on an amount: an amount as the
 * field itself takes (at most RT_MONEY_MAX). */
static struct rt_error *
check_field_money(struct parser *p, const struct rt_event *ev,
    const struct seen *s)
{
	int64_t cents;
	yaml_mark_t m;
	int i;

	for (i = 0; i < RT_MONEY_COUNT; i++)
		if (strcmp(ev->field, rt_money_name(i)) == 0)
			break;
	if (i == RT_MONEY_COUNT || ev->new == NULL ||
	    rt_money_parse(ev->new, &cents) == 0)
		return NULL;
	m = *yi_mark_of(&event_map, s, "new");
	rt_yaml_path_key(&p->y, "new");
	return rt_yaml_err(&p->y, m, "not an amount of dollars: %s (expected "
	    "%s)", rt_yaml_quote(&p->y, ev->new), rt_money_hint(ev->new));
}

/* What the kind of entry e asks of its `new` and `field`. */
static struct rt_error *
check_kind(struct parser *p, const struct rt_imp_event *e,
    const struct seen *s)
{
	const struct rt_event *ev = &e->ev;
	const struct kind *k = find_kind(ev->kind);
	struct rt_error *err;
	const char *names = NULL;
	enum rt_status st;
	enum rt_concurrence c;
	yaml_mark_t m;
	int ok = 1;

	if (k->field == FIELD_FLAG && ev->field == NULL)
		return rt_yaml_err(&p->y, s->start, "a flag entry needs "
		    "\"field\" (expected one of %s)", flag_fields());
	if (k->field == FIELD_NAME && ev->field == NULL)
		return rt_yaml_err(&p->y, s->start, "a field entry needs "
		    "\"field\" (the name of the field changed)");
	if (k->field == FIELD_NAME && !field_name_ok(ev->field)) {
		m = *yi_mark_of(&event_map, s, "field");
		rt_yaml_path_key(&p->y, "field");
		return yi_unknown(p, m, ev->field, FIELD_NAMES);
	}
	if (k->field == FIELD_NAME && (err = check_field_money(p, ev, s)))
		return err;
	if (k->field == FIELD_FLAG && rt_flag_lookup(ev->field) == -1) {
		m = *yi_mark_of(&event_map, s, "field");
		rt_yaml_path_key(&p->y, "field");
		return yi_unknown(p, m, ev->field, flag_fields());
	}
	switch (k->new) {
	case NEW_STATUS:
		names = rt_status_names();
		ok = ev->new == NULL || rt_status_parse(ev->new, &st) == 0;
		break;
	case NEW_CONCURRENCE:
		names = rt_concurrence_names();
		ok = ev->new == NULL || rt_concurrence_parse(ev->new, &c) == 0;
		break;
	case NEW_YESNO:
		names = "yes, no";
		ok = ev->new == NULL || strcmp(ev->new, "yes") == 0 ||
		    strcmp(ev->new, "no") == 0;
		break;
	case NEW_DATE:
		ok = ev->new == NULL || rt_date_valid(ev->new);
		break;
	case NEW_ANY:
		break;
	}
	if (ev->new == NULL && k->need_new && names != NULL)
		return rt_yaml_err(&p->y, s->start, "a %s entry needs \"new\" "
		    "(expected one of %s)", k->name, names);
	if (ev->new == NULL && k->need_new)
		return rt_yaml_err(&p->y, s->start, "a %s entry needs \"new\" "
		    "(expected a date as YYYY-MM-DD)", k->name);
	if (ok)
		return NULL;
	m = *yi_mark_of(&event_map, s, "new");
	rt_yaml_path_key(&p->y, "new");
	if (names == NULL)
		return yi_check_date(p, m, ev->new);
	return yi_unknown(p, m, ev->new, names);
}

/*
 * What an entry must agree with beyond its kind's values: its `field`
 * is the attribute its kind changes, a note carries no values, an
 * `issued` entry has no old value (and is issued open-pending when it
 * says no more), who recorded it is named and when is not in the future.
 */
static struct rt_error *
check_entry(struct parser *p, struct rt_imp_event *e, const struct seen *s)
{
	struct rt_event *ev = &e->ev;
	const char *want = rt_event_kind_field(ev->kind);
	int note = strcmp(ev->kind, "note") == 0;
	char now[21], shown[128] = "";
	yaml_mark_t m;

	rt_escape_append(shown, sizeof(shown), ev->field ? ev->field :
	    ev->actor ? ev->actor : "");
	if (ev->field != NULL && want != NULL && strcmp(ev->field, want)) {
		m = *yi_mark_of(&event_map, s, "field");
		rt_yaml_path_key(&p->y, "field");
		return rt_yaml_err(&p->y, m, "a %s entry changes %s, not "
		    "\"%s\"", ev->kind, want, shown);
	}
	if (ev->field != NULL && (strcmp(ev->kind, "imported") == 0 ||
	    (note && strcmp(ev->field, RT_GAO_COMMENT_FIELD) != 0))) {
		m = *yi_mark_of(&event_map, s, "field");
		rt_yaml_path_key(&p->y, "field");
		return rt_yaml_err(&p->y, m, "a %s entry changes nothing and "
		    "names no field (found \"%s\"; the remark goes in "
		    "\"note\")", ev->kind, shown);
	}
	if ((note || strcmp(ev->kind, "imported") == 0) &&
	    (ev->old != NULL || ev->new != NULL)) {
		m = *yi_mark_of(&event_map, s,
		    ev->old != NULL ? "old" : "new");
		rt_yaml_path_key(&p->y, ev->old != NULL ? "old" : "new");
		return rt_yaml_err(&p->y, m, "a %s entry changes nothing and "
		    "carries no old or new value (the remark goes in "
		    "\"note\")", ev->kind);
	}
	if ((ev->voids != 0) != (strcmp(ev->kind, "void") == 0)) {
		m = ev->voids ? *yi_mark_of(&event_map, s, "voids") : s->start;
		if (ev->voids)
			rt_yaml_path_key(&p->y, "voids");
		return rt_yaml_err(&p->y, m, ev->voids ? "only a void entry "
		    "voids another (this is a %s entry)" : "a void entry needs "
		    "\"voids\" (the seq of the entry it voids)", ev->kind);
	}
	/* a void entry may repeat the field, old and new of the entry it
	 * voids, as `rectrack void` records them: the import checks that
	 * they do (imp_walk_void) */
	if (strcmp(ev->kind, "issued") == 0 && ev->old != NULL) {
		m = *yi_mark_of(&event_map, s, "old");
		rt_yaml_path_key(&p->y, "old");
		return rt_yaml_err(&p->y, m, "an issued entry has no old "
		    "value (the recommendation did not exist before)");
	}
	if (strcmp(ev->kind, "issued") == 0 && ev->new == NULL &&
	    (ev->new = rt_strdup("open-pending")) == NULL)
		return yi_nomem();
	if (ev->actor != NULL && rt_blank(ev->actor)) {
		shown[0] = '\0';
		rt_escape_append(shown, sizeof(shown), ev->actor);
		m = *yi_mark_of(&event_map, s, "actor");
		rt_yaml_path_key(&p->y, "actor");
		return rt_yaml_err(&p->y, m, "needs a value (found \"%s\"); "
		    "leave the key out for the importing actor", shown);
	}
	rt_clock_now(now);
	if (ev->at[0] != '\0' && strcmp(ev->at, now) > 0) {
		m = *yi_mark_of(&event_map, s, "at");
		rt_yaml_path_key(&p->y, "at");
		return rt_yaml_err(&p->y, m, "%s is after the time of the "
		    "import (%s); an entry is recorded in the "
		    "past", ev->at, now);
	}
	return NULL;
}

struct rt_error *
yi_before_issue(struct parser *p, yaml_mark_t m, const char *effective)
{
	return rt_yaml_err(&p->y, m, "%s is before the report's issue date %s",
	    effective, p->rep.report.issued);
}

/* A target entry setting a date before the issue date (refused, as
 * target_date and original_target_date are: found by the fuzzer, the
 * export of such a history did not import again). */
int
yi_target_before_issue(const struct rt_event *ev, const char *issued)
{
	return strcmp(ev->kind, "target") == 0 && ev->new != NULL &&
	    strcmp(ev->new, issued) < 0;
}

struct rt_error *
yi_target_too_early(struct parser *p, yaml_mark_t m, const char *target)
{
	return rt_yaml_err(&p->y, m, "target date %s is before the report's "
	    "issue date %s", target, p->rep.report.issued);
}

/*
 * The places of entry e (the last of rec's history so far) in the
 * chain: its seq is not an earlier entry's, and a void voids an earlier
 * entry of the same recommendation (by its seq) that was not issued, and
 * comes after it in the chain.
 */
static struct rt_error *
check_places(struct parser *p, const struct rt_imp_rec *rec,
    const struct rt_imp_event *e, const struct seen *s)
{
	const struct rt_event *ev = &e->ev;
	const struct rt_imp_event *t = NULL;
	size_t i;

	/*
	 * A history is read in the order of the effective dates, then of
	 * the chain; the entries with a seq are written after the others,
	 * in the order of their seq: on one day, then, an entry comes after
	 * the one above it in the chain only when both have a seq, going
	 * up, or it has none and the one above has none either.
	 */
	if (rec->nhistory > 1 &&
	    strcmp(ev->effective, e[-1].ev.effective) == 0 &&
	    e[-1].ev.id != 0 && ev->id == 0)
		return rt_yaml_err(&p->y, *yi_mark_of(&event_map, s,
		    "effective"), "has no seq, but "
		    "the entry above (seq %lld, line %d), effective the same "
		    "day, has one: it would come before that entry in the "
		    "history (give it a seq after that one)",
		    (long long)e[-1].ev.id, e[-1].pos.line);
	if (rec->nhistory > 1 &&
	    strcmp(ev->effective, e[-1].ev.effective) == 0 &&
	    e[-1].ev.id != 0 && ev->id < e[-1].ev.id) {
		rt_yaml_path_key(&p->y, "seq");
		return rt_yaml_err(&p->y, *yi_mark_of(&event_map, s, "seq"),
		    "seq %lld is before the seq of the entry above (%lld, "
		    "line %d), effective the same day: it would come before "
		    "that entry in the history", (long long)ev->id,
		    (long long)e[-1].ev.id, e[-1].pos.line);
	}
	for (i = 0; ev->id && i + 1 < rec->nhistory; i++)
		if (rec->history[i].ev.id == ev->id) {
			rt_yaml_path_key(&p->y, "seq");
			return rt_yaml_err(&p->y, *yi_mark_of(&event_map, s,
			    "seq"), "seq %lld is the entry's at line %d too",
			    (long long)ev->id, rec->history[i].pos.line);
		}
	if (ev->voids == 0)
		return NULL;
	for (i = 0; t == NULL && i + 1 < rec->nhistory; i++)
		if (rec->history[i].ev.id == ev->voids)
			t = &rec->history[i];
	rt_yaml_path_key(&p->y, "voids");
	if (t == NULL)
		return rt_yaml_err(&p->y, *yi_mark_of(&event_map, s, "voids"),
		    "no entry before this one in the recommendation's history "
		    "has seq %lld (a void voids an earlier entry of its own "
		    "recommendation)", (long long)ev->voids);
	if (strcmp(t->ev.kind, "issued") == 0)
		return rt_yaml_err(&p->y, *yi_mark_of(&event_map, s, "voids"),
		    "seq %lld (line %d) is the recommendation's issued entry, "
		    "which cannot be voided", (long long)ev->voids,
		    t->pos.line);
	if (ev->id != 0 && ev->id < ev->voids)
		return rt_yaml_err(&p->y, *yi_mark_of(&event_map, s, "voids"),
		    "seq %lld (line %d) comes after this void (seq %lld) in "
		    "the history; a void follows what it voids",
		    (long long)ev->voids, t->pos.line, (long long)ev->id);
	return NULL;
}

/* ---- evidence, requests and decisions -------------------------------- */

/* An error at key `key` of the entry (present). */
static struct rt_error *
closure_err(struct parser *p, const struct seen *s, const char *key,
    const char *msg, const char *value)
{
	yaml_mark_t m = key ? *yi_mark_of(&event_map, s, key) : s->start;
	char shown[160] = "";

	if (key != NULL)
		rt_yaml_path_key(&p->y, key);
	if (value == NULL)
		return rt_yaml_err(&p->y, m, "%s", msg);
	rt_escape_append(shown, sizeof(shown), value);
	return rt_yaml_err(&p->y, m, msg, shown);
}

static int
hash_valid(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return n == 64;
}

/* An evidence file's name: 1 to 255 bytes, no '/', no control
 * character (the text is UTF-8: the reader refuses anything else). */
static int
evidence_name_ok(const char *s)
{
	size_t n = strlen(s), i;

	if (n == 0 || n > 255 || rt_utf8_check(s) != -1)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] == '/' || (unsigned char)s[i] < 0x20 ||
		    s[i] == 0x7f)
			return 0;
	return 1;
}

/* The cited hashes of a closure request: separated by single spaces. */
static int
hashes_ok(const char *s)
{
	const char *sp;

	for (;;) {
		sp = strchr(s, ' ');
		if (!hash_valid(s, sp ? (size_t)(sp - s) : strlen(s)))
			return 0;
		if (sp == NULL)
			return 1;
		s = sp + 1;
	}
}

static struct rt_error *
evidence_entry(struct parser *p, const struct rt_event *ev,
    const struct seen *s)
{
	const char *hash = ev->new ? ev->new : ev->old;

	if (ev->field == NULL)
		return closure_err(p, s, NULL, "an evidence entry needs "
		    "\"field\" (the file's name)", NULL);
	if (!evidence_name_ok(ev->field))
		return closure_err(p, s, "field", "not a file name: \"%s\" "
		    "(1 to 255 bytes, no '/' and no control characters)",
		    ev->field);
	if ((ev->old == NULL) == (ev->new == NULL))
		return closure_err(p, s, ev->old ? "new" : NULL, "an evidence "
		    "entry has the file's hash in \"new\" (attached) or in "
		    "\"old\" (detached), not both", NULL);
	if (!hash_valid(hash, strlen(hash)))
		return closure_err(p, s, ev->new ? "new" : "old", "not a "
		    "SHA-256 hash: \"%s\" (expected 64 lowercase hex digits)",
		    hash);
	if (ev->old != NULL && rt_blank(ev->note))
		return closure_err(p, s, NULL, "detaching evidence needs a "
		    "reason (the entry's note)", NULL);
	return NULL;
}

static struct rt_error *
request_entry(struct parser *p, const struct rt_event *ev,
    const struct seen *s)
{
	int closure = strcmp(ev->field, "closure") == 0;

	if (closure && ev->old != NULL)
		return closure_err(p, s, "old", "a closure request has no old "
		    "value (the cited evidence goes in \"new\")", NULL);
	if (closure && ev->new != NULL && !hashes_ok(ev->new))
		return closure_err(p, s, "new", "not a list of SHA-256 "
		    "hashes: \"%s\" (expected 64 lowercase hex digits each, "
		    "separated by single spaces)", ev->new);
	if (!closure && ev->new == NULL)
		return closure_err(p, s, NULL, "an extension request needs "
		    "\"new\" (the target date asked for, as YYYY-MM-DD)",
		    NULL);
	if (!closure && !rt_date_valid(ev->new)) {
		rt_yaml_path_key(&p->y, "new");
		return yi_check_date(p, *yi_mark_of(&event_map, s, "new"),
		    ev->new);
	}
	if (!closure && ev->old != NULL && !rt_date_valid(ev->old)) {
		rt_yaml_path_key(&p->y, "old");
		return yi_check_date(p, *yi_mark_of(&event_map, s, "old"),
		    ev->old);
	}
	if (rt_blank(ev->note))
		return closure_err(p, s, NULL, closure ? "a closure request "
		    "needs its text (the entry's note)" : "an extension "
		    "request needs a reason (the entry's note)", NULL);
	return NULL;
}

static struct rt_error *
decision_entry(struct parser *p, const struct rt_event *ev,
    const struct seen *s)
{
	if (ev->old != NULL)
		return closure_err(p, s, "old", "a decision has no old value",
		    NULL);
	if (ev->new == NULL)
		return closure_err(p, s, NULL, "a decision needs \"new\" "
		    "(expected one of approved, returned)", NULL);
	if (strcmp(ev->new, "approved") != 0 &&
	    strcmp(ev->new, "returned") != 0) {
		rt_yaml_path_key(&p->y, "new");
		return yi_unknown(p, *yi_mark_of(&event_map, s, "new"),
		    ev->new, "approved, returned");
	}
	if (strcmp(ev->new, "returned") == 0 && rt_blank(ev->note))
		return closure_err(p, s, NULL, "returning a request needs a "
		    "reason (the entry's note)", NULL);
	return NULL;
}

/* What an evidence, request or decision entry must hold (encoding of
 * the commands evidence, request-closure, request-extension, approve
 * and return). */
static struct rt_error *
closure_entry(struct parser *p, const struct rt_event *ev,
    const struct seen *s)
{
	if (strcmp(ev->kind, "evidence") == 0)
		return evidence_entry(p, ev, s);
	if (strcmp(ev->kind, "request") != 0 &&
	    strcmp(ev->kind, "decision") != 0)
		return NULL;
	if (ev->field == NULL)
		return closure_err(p, s, NULL, strcmp(ev->kind, "request") ?
		    "a decision needs \"field\" (expected one of closure, "
		    "extension)" : "a request needs \"field\" (expected one "
		    "of closure, extension)", NULL);
	if (strcmp(ev->field, "closure") != 0 &&
	    strcmp(ev->field, "extension") != 0) {
		rt_yaml_path_key(&p->y, "field");
		return yi_unknown(p, *yi_mark_of(&event_map, s, "field"),
		    ev->field, "closure, extension");
	}
	if (strcmp(ev->kind, "request") == 0)
		return request_entry(p, ev, s);
	return decision_entry(p, ev, s);
}

static struct rt_error *
event_item(struct parser *p, void *obj)
{
	struct rt_imp_rec *rec = obj;
	struct rt_imp_event *e;
	struct rt_error *err;
	struct seen s;
	const char *issued = p->rep.report.issued;
	yaml_mark_t m;

	if ((e = yi_grow(rec->history, rec->nhistory, &p->histcap,
	    sizeof(*e))) == NULL)
		return yi_nomem();
	rec->history = e;
	e = &rec->history[rec->nhistory++];
	memset(e, 0, sizeof(*e));
	yi_set_pos(p, &e->pos);
	if ((err = yi_get_map(p, &event_map, e, NULL, &s)) != NULL ||
	    (err = check_kind(p, e, &s)) != NULL ||
	    (err = check_entry(p, e, &s)) != NULL ||
	    (err = closure_entry(p, &e->ev, &s)) != NULL ||
	    (err = check_places(p, rec, e, &s)) != NULL)
		return err;
	m = *yi_mark_of(&event_map, &s, "effective");
	rt_yaml_path_key(&p->y, "effective");
	if (rec->nhistory > 1 &&
	    strcmp(e->ev.effective, e[-1].ev.effective) < 0)
		return rt_yaml_err(&p->y, m, "%s is before the previous "
		    "entry's %s (the history goes oldest "
		    "first)", e->ev.effective,
		    e[-1].ev.effective);
	/* when the issue date comes later, report_item checks */
	if (*issued != '\0' && strcmp(e->ev.effective, issued) < 0)
		return yi_before_issue(p, m, e->ev.effective);
	if (*issued != '\0' && yi_target_before_issue(&e->ev, issued)) {
		snprintf(p->y.path, sizeof(p->y.path), "%s", e->pos.path);
		rt_yaml_path_key(&p->y, "new");
		return yi_target_too_early(p,
		    *yi_mark_of(&event_map, &s, "new"), e->ev.new);
	}
	return NULL;
}

struct rt_error *
yi_get_history(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	p->histcap = 0;
	return yi_each(p, "history entries", event_item, obj);
}


/* ---- events about reports, agencies and issuers ---------------------- */

static int
about_valid(const char *s)
{
	return strcmp(s, "report") == 0 || strcmp(s, "agency") == 0 ||
	    strcmp(s, "issuer") == 0 || strcmp(s, "official") == 0;
}

static const char *
about_names(void)
{
	return "report, agency, issuer, official";
}

/* What the commands write about a report, an agency or an issuer. */
static int
subject_kind_valid(const char *s)
{
	return strcmp(s, "field") == 0 || strcmp(s, "renamed") == 0 ||
	    strcmp(s, "added") == 0 || strcmp(s, "note") == 0 ||
	    strcmp(s, "void") == 0;
}

static const char *
subject_kind_names(void)
{
	return "field, renamed, added, note, void";
}

/* about: report, agency or issuer, kept as 1 + enum rt_subject. */
static struct rt_error *
get_about(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	if (!about_valid(s))
		return yi_unknown(p, p->y.ev.start_mark, s, about_names());
	*AT(obj, k, int) = 1 + (strcmp(s, "report") == 0 ? RT_SUBJECT_REPORT :
	    strcmp(s, "agency") == 0 ? RT_SUBJECT_AGENCY :
	    strcmp(s, "official") == 0 ? RT_SUBJECT_OFFICIAL :
	    RT_SUBJECT_ISSUER);
	return NULL;
}

static const struct key subject_keys[] = {
	{ .name = "about", .get = get_about, .off = EV(about),
	  .required = 1 },
	{ .name = "code", .get = yi_get_text, .off = EV(code), .required = 1 },
	{ .name = "subject", .get = yi_get_text, .off = EV(subject) },
	{ .name = "effective", .get = yi_get_date, .off = EV(effective),
	  .required = 1 },
	{ .name = "kind", .get = yi_get_choice, .off = EV(kind), .required = 1,
	  .valid = subject_kind_valid, .names = subject_kind_names },
	{ .name = "field", .get = yi_get_text, .off = EV(field) },
	{ .name = "old", .get = yi_get_text, .off = EV(old) },
	{ .name = "new", .get = yi_get_text, .off = EV(new) },
	{ .name = "note", .get = yi_get_text, .off = EV(note) },
	{ .name = "actor", .get = yi_get_text, .off = EV(actor) },
	{ .name = "at", .get = yi_get_instant, .off = EV(at) },
	{ .name = "change", .get = get_change },
	{ .name = "seq", .get = get_seq, .off = EV(id) },
	{ .name = "voids", .get = get_seq, .off = EV(voids) },
	{ .name = NULL }
};

static const struct map subject_map = { "an event (a mapping)",
    subject_keys };

/* An error at key `key` of the entry e (its start when absent). */
static struct rt_error *
subject_err(struct parser *p, const struct rt_imp_event *e,
    const struct seen *s, const char *key, const char *msg)
{
	const yaml_mark_t *m = key ? yi_mark_of(&subject_map, s, key) : NULL;

	snprintf(p->y.path, sizeof(p->y.path), "%s", e->pos.path);
	if (m != NULL)
		rt_yaml_path_key(&p->y, key);
	return rt_yaml_err(&p->y, m ? *m : s->start, "%s", msg);
}

/* The rules of an entry's kind: what the commands write. */
static struct rt_error *
subject_check(struct parser *p, const struct rt_imp_event *e,
    const struct seen *s)
{
	const struct rt_event *ev = &e->ev;
	int is_void = strcmp(ev->kind, "void") == 0;
	char now[21];
	size_t i;

	if (strcmp(ev->kind, "field") == 0 && ev->field == NULL)
		return subject_err(p, e, s, NULL, "a field entry needs "
		    "\"field\" (the name of the field changed)");
	if (strcmp(ev->kind, "added") == 0 &&
	    ev->about != 1 + RT_SUBJECT_OFFICIAL)
		return subject_err(p, e, s, "kind", "an added entry is about "
		    "an official (none is written about a report, an agency "
		    "or an issuer)");
	if (strcmp(ev->kind, "renamed") == 0 && (ev->old == NULL ||
	    ev->new == NULL))
		return subject_err(p, e, s, NULL, "a renamed entry needs "
		    "\"old\" and \"new\" (the code before and after)");
	if ((strcmp(ev->kind, "note") == 0 || is_void) &&
	    (ev->field || ev->old || ev->new))
		return subject_err(p, e, s, ev->field ? "field" : ev->old ?
		    "old" : "new", is_void ? "a void entry changes no field "
		    "itself and carries no old or new value (the reason goes "
		    "in \"note\")" : "a note entry changes nothing and "
		    "carries no field, old or new value (the remark goes in "
		    "\"note\")");
	if (ev->voids && !is_void)
		return subject_err(p, e, s, "voids", "only a void entry "
		    "voids another");
	if (is_void && !ev->voids)
		return subject_err(p, e, s, NULL, "a void entry needs "
		    "\"voids\" (the seq of the entry it voids)");
	for (i = 0; is_void && i < p->nsubj; i++)
		if (p->subj[i].seq == ev->voids && p->subj[i].about ==
		    ev->about && strcmp(p->subj[i].code, ev->code) == 0)
			break;
	if (is_void && i == p->nsubj)
		return subject_err(p, e, s, "voids", "no entry before this one "
		    "about the same one has this seq (a void voids an earlier "
		    "event about its own report, agency or issuer)");
	if (ev->actor != NULL && rt_blank(ev->actor))
		return subject_err(p, e, s, "actor", "needs a value; leave "
		    "the key out for the importing actor");
	rt_clock_now(now);
	if (ev->at[0] != '\0' && strcmp(ev->at, now) > 0)
		return subject_err(p, e, s, "at", "after the time of the "
		    "import; an entry is recorded in the past");
	return NULL;
}

/* Remember e for the voids after it. */
static struct rt_error *
subject_keep(struct parser *p, const struct rt_imp_event *e)
{
	struct yi_subject *v;

	if (e->ev.id == 0)
		return NULL;
	if ((v = yi_grow(p->subj, p->nsubj, &p->subjcap,
	    sizeof(*v))) == NULL)
		return yi_nomem();
	p->subj = v;
	v = &p->subj[p->nsubj];
	if ((v->code = rt_strdup(e->ev.code)) == NULL)
		return yi_nomem();
	v->seq = e->ev.id;
	v->about = e->ev.about;
	v->line = e->pos.line;
	p->nsubj++;
	return NULL;
}

static struct rt_error *
subject_item(struct parser *p, void *obj)
{
	struct rt_imp_event e;
	struct rt_error *err;
	struct seen s;

	(void)obj;
	memset(&e, 0, sizeof(e));
	yi_set_pos(p, &e.pos);
	if ((err = yi_get_map(p, &subject_map, &e, NULL, &s)) == NULL &&
	    (err = subject_check(p, &e, &s)) == NULL &&
	    (err = subject_keep(p, &e)) == NULL && p->sink->event != NULL)
		err = p->sink->event(p->sink->arg, &e);
	rt_event_free(&e.ev);
	return err;
}

struct rt_error *
yi_get_events(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return yi_each(p, "events", subject_item, obj);
}

void
yi_subjects_free(struct parser *p)
{
	size_t i;

	for (i = 0; i < p->nsubj; i++)
		free(p->subj[i].code);
	free(p->subj);
	p->subj = NULL;
	p->nsubj = p->subjcap = 0;
}
