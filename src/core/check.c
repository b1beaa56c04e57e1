/*
 * rectrack — the integrity check (check.h).  The store reads the rows as
 * they are stored; the rules on values and the replay of the history
 * are the library's own (domain.c, lifecycle.c), so that a check and the
 * commands can never disagree on what is right.
 */
#include "core/check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "core/chain.h"
#include "core/event.h"
#include "core/evidence.h"
#include "core/formers.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "core/request.h"
#include "core/text.h"
#include "store/store.h"

/* Stored values are shown quoted and clipped, control characters
 * escaped: a damaged row must not garble the report. */
#define SHOW_MAX 60

static void
show(struct rt_buf *b, const char *s)
{
	size_t n = 0;
	char esc[8];

	if (s == NULL) {
		rt_buf_puts(b, "NULL");
		return;
	}
	rt_buf_puts(b, "\"");
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c & 0xc0) != 0x80 && n++ == SHOW_MAX) {
			rt_buf_puts(b, "\xe2\x80\xa6");	/* … */
			break;
		}
		if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
			snprintf(esc, sizeof(esc), c == '"' || c == '\\' ?
			    "\\%c" : "\\x%02x", c);
			rt_buf_puts(b, esc);
		} else
			rt_buf_add(b, s, 1);
	}
	rt_buf_puts(b, "\"");
}

/* What a check passes around. */
struct ctx {
	int (*cb)(const struct rt_problem *, void *);
	void *arg;
	const char *subject;
	const struct rt_formers *agencies;	/* former agency codes, or
						   NULL */
	const struct rt_formers *officials;	/* former official codes
						   and texts, or NULL */
	struct rt_buf msg;
	int stop;		/* cb asked to stop, or memory is short (-1) */
};

/* Report the message built in c->msg (then emptied). */
static void
emit(struct ctx *c, const char *check)
{
	struct rt_problem p;

	if (c->stop)
		return;
	if (c->msg.s == NULL) {
		c->stop = -1;
		return;
	}
	p.check = check;
	p.subject = c->subject;
	p.message = c->msg.s;
	c->stop = c->cb(&p, c->arg);
	rt_buf_free(&c->msg);
}

/* "NAME VALUE is not a WHAT (expected one of NAMES)" */
static void
bad_value(struct ctx *c, const char *prefix, const char *name,
    const char *value, const char *what, const char *names)
{
	rt_buf_puts(&c->msg, prefix);
	rt_buf_printf(&c->msg, "%s ", name);
	show(&c->msg, value);
	rt_buf_printf(&c->msg, " is not %s", what);
	if (names)
		rt_buf_printf(&c->msg, " (expected one of %s)", names);
	emit(c, "value");
}

/* A stored text that is not UTF-8 (written by an older version or by
 * hand): "NAME is not valid UTF-8 text (byte N)".  The value is not
 * shown: the bytes are what is wrong. */
static int
utf8_ok(struct ctx *c, const char *prefix, const char *name, const char *s)
{
	long bad;

	if (s == NULL || (bad = rt_utf8_check(s)) == -1)
		return 1;
	rt_buf_printf(&c->msg, "%s%s is not valid UTF-8 text (byte %ld)",
	    prefix, name, bad + 1);
	emit(c, "text");
	return 0;
}

/* A code or a number stored with a control character or a character
 * that reorders text (a database written by an older version, or by
 * hand): "NAME holds a control or invisible character".  Not UTF-8 is
 * utf8_ok's to say. */
static int
code_ok(struct ctx *c, const char *name, const char *s)
{
	if (s == NULL || rt_utf8_check(s) != -1 || rt_text_code_ok(s))
		return 1;
	rt_buf_printf(&c->msg, "%s holds a control character or an "
	    "invisible character that reorders text", name);
	emit(c, "text");
	return 0;
}

/* 1 when s, a code or a number, is what code_ok and utf8_ok take. */
static int
code_sound(const char *s)
{
	return s == NULL || rt_text_code_ok(s);
}

/* A date column: NULL allowed when optional. */
static int
date_ok(struct ctx *c, const char *prefix, const char *name, const char *s,
    int optional)
{
	if ((s == NULL && optional) || (s != NULL && rt_date_valid(s)))
		return 1;
	bad_value(c, prefix, name, s, "a date (YYYY-MM-DD, a day that "
	    "exists)", NULL);
	return 0;
}

/* YYYY-MM-DDTHH:MM:SSZ in UTC. */
static int
instant_valid(const char *s)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
	char date[RT_DATE_SIZE];
	size_t i;

	if (s == NULL || strlen(s) != sizeof(shape) - 1)
		return 0;
	for (i = 0; shape[i]; i++)
		if (shape[i] == 'd' ? s[i] < '0' || s[i] > '9' :
		    s[i] != shape[i])
			return 0;
	snprintf(date, sizeof(date), "%.10s", s);
	return rt_date_valid(date) && strncmp(s + 11, "24", 2) < 0 &&
	    s[14] <= '5' && s[17] <= '5';
}

/* ---- recommendations -------------------------------------------------- */

/* The fields a `field` event may change, and whether it is money: the
 * texts, then the money fields in the order of enum rt_money_field. */
#define NTEXTS 4
static const struct { const char *name; int money; } field_names[] = {
	{ "text", 0 }, { "agency", 0 }, { "official", 0 },
	{ "corrective_action", 0 }, { "questioned_cost", 1 },
	{ "unsupported_cost", 1 }, { "funds_better_use", 1 },
	{ "potential_savings", 1 }, { "disallowed_cost", 1 },
	{ "fbu_agreed", 1 },
};
#define NFIELDS (sizeof(field_names) / sizeof(field_names[0]))

static int
field_index(const char *name)
{
	size_t i;

	for (i = 0; name && i < NFIELDS; i++)
		if (strcmp(name, field_names[i].name) == 0)
			return (int)i;
	return -1;
}

static const char *
flag_value(const struct rt_stored_rec *r, enum rt_flag f)
{
	int64_t v = f == RT_FLAG_PRIORITY ? r->priority :
	    f == RT_FLAG_SIGNIFICANT ? r->significant :
	    f == RT_FLAG_ON_HOLD ? r->on_hold :
	    f == RT_FLAG_CLOSURE_REQUESTED ? r->closure_requested :
	    r->partially_addressed;

	return v == 0 ? "no" : v == 1 ? "yes" : NULL;
}

/* The values of a request or a decision (core/request.h); 0 when one is
 * wrong. */
static int
ask_values(struct ctx *c, const char *prefix,
    const struct rt_stored_event *ev)
{
	int ask = rt_ask_lookup(ev->field), ok = 1;
	const char *p;

	if (ask == -1) {
		bad_value(c, prefix, "field", ev->field, "a kind of request",
		    "closure, extension");
		return 0;
	}
	if (ev->kind[0] == 'd') {
		if (ev->new == NULL || (strcmp(ev->new, "approved") != 0 &&
		    strcmp(ev->new, "returned") != 0)) {
			bad_value(c, prefix, "new", ev->new, "a decision",
			    "approved, returned");
			ok = 0;
		}
	} else if (ask == RT_ASK_EXTENSION)
		ok &= date_ok(c, prefix, "new", ev->new, 0);
	else
		for (p = ev->new; p && *p && ok; p += strspn(p, " ")) {
			char h[65];
			size_t len = strcspn(p, " ");

			snprintf(h, sizeof(h), "%.*s", (int)(len < 64 ? len :
			    64), p);
			if (len != 64 || !rt_hash_valid(h)) {
				bad_value(c, prefix, "new", ev->new, "evidence "
				    "hashes (64 lowercase hex digits each)",
				    NULL);
				ok = 0;
			}
			p += len;
		}
	return ok;
}

/* The values of one event; 0 when one is wrong. */
/* An evidence event: a file's name, and its hash either attached (new)
 * or detached (old). */
static int
evidence_values(struct ctx *c, const char *prefix,
    const struct rt_stored_event *ev)
{
	int ok = 1;

	if (ev->field == NULL || *ev->field == '\0') {
		bad_value(c, prefix, "field", ev->field, "the name of an "
		    "evidence file", NULL);
		ok = 0;
	}
	if ((ev->old == NULL) == (ev->new == NULL)) {
		bad_value(c, prefix, "new", ev->new, "the hash of the file "
		    "attached, or old that of the file detached", NULL);
		return 0;
	}
	if (!rt_chain_hash_valid(ev->old ? ev->old : ev->new)) {
		bad_value(c, prefix, ev->old ? "old" : "new",
		    ev->old ? ev->old : ev->new, "a SHA-256 (64 lowercase "
		    "hex digits)", NULL);
		ok = 0;
	}
	return ok;
}

static int
event_values(struct ctx *c, const struct rt_stored_event *ev)
{
	char prefix[48];
	enum rt_status st;
	enum rt_concurrence conc;
	int64_t cents;
	int ok = 1, i;

	snprintf(prefix, sizeof(prefix), "event %lld: ", (long long)ev->id);
	ok &= utf8_ok(c, prefix, "actor", ev->actor);
	ok &= utf8_ok(c, prefix, "old", ev->old);
	ok &= utf8_ok(c, prefix, "new", ev->new);
	ok &= utf8_ok(c, prefix, "note", ev->note);
	ok &= date_ok(c, prefix, "effective", ev->effective, 0);
	if (!instant_valid(ev->at)) {
		bad_value(c, prefix, "at", ev->at, "a time (YYYY-MM-DDTHH:MM:SSZ,"
		    " in UTC)", NULL);
		ok = 0;
	}
	if (ev->kind == NULL) {
		bad_value(c, prefix, "kind", ev->kind, "a kind of event",
		    NULL);
		return 0;
	}
	if (strcmp(ev->kind, "issued") == 0 || strcmp(ev->kind, "status") ==
	    0) {
		if ((ev->new || ev->kind[0] == 's') &&
		    (ev->new == NULL || rt_status_parse(ev->new, &st) == -1)) {
			bad_value(c, prefix, "new", ev->new, "a status",
			    rt_status_names());
			ok = 0;
		}
	} else if (strcmp(ev->kind, "concurrence") == 0) {
		if (ev->new == NULL ||
		    rt_concurrence_parse(ev->new, &conc) == -1) {
			bad_value(c, prefix, "new", ev->new, "a concurrence",
			    rt_concurrence_names());
			ok = 0;
		}
	} else if (strcmp(ev->kind, "target") == 0) {
		ok &= date_ok(c, prefix, "new", ev->new, 0);
	} else if (strcmp(ev->kind, "flag") == 0) {
		if (ev->field == NULL || rt_flag_lookup(ev->field) == -1) {
			bad_value(c, prefix, "field", ev->field, "a flag",
			    "priority, significant, on_hold, "
			    "closure_requested, partially_addressed");
			ok = 0;
		}
		if (ev->new == NULL || (strcmp(ev->new, "yes") != 0 &&
		    strcmp(ev->new, "no") != 0)) {
			bad_value(c, prefix, "new", ev->new, "yes or no",
			    NULL);
			ok = 0;
		}
	} else if (strcmp(ev->kind, "field") == 0) {
		if ((i = field_index(ev->field)) == -1) {
			bad_value(c, prefix, "field", ev->field, "a field "
			    "that a field event changes", "text, agency, "
			    "official, corrective_action, questioned_cost, "
			    "unsupported_cost, funds_better_use, "
			    "potential_savings, disallowed_cost, fbu_agreed");
			ok = 0;
		} else if (field_names[i].money && ev->new != NULL &&
		    rt_money_parse(ev->new, &cents) == -1) {
			bad_value(c, prefix, "new", ev->new, "an amount of "
			    "dollars", NULL);
			ok = 0;
		}
	} else if (strcmp(ev->kind, "request") == 0 ||
	    strcmp(ev->kind, "decision") == 0) {
		ok &= ask_values(c, prefix, ev);
	} else if (strcmp(ev->kind, "void") == 0) {
		if (ev->voids == 0 || ev->voids >= ev->id) {
			bad_value(c, prefix, "voids", NULL, "an event "
			    "recorded before the void", NULL);
			ok = 0;
		}
	} else if (strcmp(ev->kind, "evidence") == 0) {
		ok &= evidence_values(c, prefix, ev);
	} else if (strcmp(ev->kind, "note") != 0 &&
	    strcmp(ev->kind, "imported") != 0) {
		bad_value(c, prefix, "kind", ev->kind, "a kind of event",
		    "issued, status, concurrence, target, flag, field, note, "
		    "imported, void, request, decision");
		ok = 0;
	}
	return ok;
}

/* What of a recommendation's row can be compared with its history. */
struct sound {
	int status, concurrence, dates[4], flags[RT_FLAG_COUNT];
};

/* The values of the row; sets what is sound enough to compare. */
static void
rec_values(struct ctx *c, const struct rt_stored_rec *r, struct sound *ok)
{
	const char *dates[4] = { r->target_date, r->original_target_date,
	    r->resolved_date, r->closed_date };
	static const char *const date_names[4] = { "target_date",
	    "original_target_date", "resolved_date", "closed_date" };
	enum rt_status st;
	enum rt_concurrence conc;
	int i, f;

	utf8_ok(c, "", "number", r->number);
	code_ok(c, "number", r->number);
	utf8_ok(c, "", "text", r->text);
	utf8_ok(c, "", "official", r->official);
	utf8_ok(c, "", "corrective_action", r->corrective_action);
	ok->status = r->status && rt_status_parse(r->status, &st) == 0;
	if (!ok->status)
		bad_value(c, "", "status", r->status, "a status",
		    rt_status_names());
	ok->concurrence = r->concurrence &&
	    rt_concurrence_parse(r->concurrence, &conc) == 0;
	if (!ok->concurrence)
		bad_value(c, "", "concurrence", r->concurrence,
		    "a concurrence", rt_concurrence_names());
	for (i = 0; i < 4; i++)
		ok->dates[i] = date_ok(c, "", date_names[i], dates[i], 1);
	for (f = 0; f < RT_FLAG_COUNT; f++) {
		if ((ok->flags[f] = flag_value(r, f) != NULL))
			continue;
		rt_buf_printf(&c->msg, "%s %lld is not 0 or 1",
		    rt_flag_field(f), (long long)(f == RT_FLAG_PRIORITY ?
		    r->priority : f == RT_FLAG_SIGNIFICANT ? r->significant :
		    f == RT_FLAG_ON_HOLD ? r->on_hold :
		    f == RT_FLAG_CLOSURE_REQUESTED ? r->closure_requested :
		    r->partially_addressed));
		emit(c, "value");
	}
	for (i = 0; i < RT_MONEY_COUNT; i++)
		if (!r->money_null[i] && r->money[i] < 0) {
			rt_buf_printf(&c->msg, "%s %lld (cents) is negative",
			    rt_money_name(i), (long long)r->money[i]);
			emit(c, "value");
		}
	for (i = RT_DISALLOWED_COST; i <= RT_FBU_AGREED; i++) {
		int whole = i == RT_DISALLOWED_COST ? RT_QUESTIONED_COST :
		    RT_FUNDS_BETTER_USE;

		if (r->money_null[i] || r->money_null[whole] ||
		    r->money[i] <= r->money[whole])
			continue;
		rt_buf_printf(&c->msg, "%s %lld (cents) is more than %s %lld",
		    rt_money_name(i), (long long)r->money[i],
		    rt_money_name(whole), (long long)r->money[whole]);
		emit(c, "value");
	}
	if (ok->status && ok->dates[3] &&
	    !rt_status_is_open(st) != (r->closed_date != NULL)) {
		rt_buf_printf(&c->msg, "is %s %s a closed_date", r->status,
		    rt_status_is_open(st) ? "but has" : "without");
		emit(c, "value");
	}
}

/* "NAME is A, but its history says B" */
static void
differs(struct ctx *c, const char *name, const char *row,
    const char *history)
{
	rt_buf_printf(&c->msg, "%s is %s, but its history says %s", name,
	    row && *row ? row : "none", history && *history ? history :
	    "none");
	emit(c, "history");
}

/*
 * Databases written before the present rule for resolved_date (a
 * reopening set it to its own date, a move back to open-pending or
 * open-unresolved cleared it) hold what that rule gave, then what the
 * present one gave for the moves made since.  Is `row` the resolved_date
 * of the events replayed with the earlier rule for the first k status
 * moves and the present one after, for some k > 0?
 */
static int
earlier_rule(const struct rt_event *evs, size_t n, const char *row)
{
	enum rt_status st;
	struct rt_rec r;
	size_t i, k, moves = 0;

	for (k = 1; k <= n; k++) {
		rt_rec_init(&r);
		for (i = 0, moves = 0; i < n; i++) {
			if ((strcmp(evs[i].kind, "issued") != 0 &&
			    strcmp(evs[i].kind, "status") != 0) ||
			    evs[i].new == NULL ||
			    rt_status_parse(evs[i].new, &st) == -1)
				continue;
			rt_event_status_apply(&r, st, evs[i].effective);
			if (moves++ >= k)
				continue;
			if (st == RT_OPEN_RESOLVED)
				snprintf(r.resolved_date, RT_DATE_SIZE, "%s",
				    evs[i].effective);
			else if (rt_status_is_open(st))
				r.resolved_date[0] = '\0';
		}
		if (strcmp(r.resolved_date, row) == 0)
			return 1;
		if (k >= moves)
			break;		/* every move by the earlier rule */
	}
	return 0;
}

/*
 * Each field a `field` event changed holds what the latest change in
 * force set (events come oldest first), or, when every change of it is
 * void, the value before the first.
 */
static void
rec_fields(struct ctx *c, const struct rt_stored_rec *r,
    const struct rt_event *evs)
{
	const struct rt_stored_event *last[NFIELDS], *first[NFIELDS];
	const char *now, *want;
	int64_t cents, have = RT_MONEY_NONE;
	size_t i;
	int k;

	memset(last, 0, sizeof(last));
	memset(first, 0, sizeof(first));
	for (i = 0; i < r->nevents; i++)
		if (strcmp(evs[i].kind, "field") == 0 &&
		    (k = field_index(evs[i].field)) != -1) {
			if (rt_event_applies(&evs[i]))
				last[k] = &r->events[i];
			else if (first[k] == NULL)
				first[k] = &r->events[i];
		}
	for (i = 0; i < NFIELDS && !c->stop; i++) {
		const struct rt_stored_event *e = last[i] ? last[i] : first[i];

		if (e == NULL)
			continue;
		want = last[i] ? e->new : e->old;
		if (field_names[i].money) {
			k = (int)i - NTEXTS;
			have = r->money_null[k] ? RT_MONEY_NONE : r->money[k];
			cents = RT_MONEY_NONE;
			if (want && rt_money_parse(want, &cents) == -1)
				continue;	/* reported with the event */
			if (have == cents)
				continue;
			now = NULL;
		} else {
			now = i == 0 ? r->text : i == 1 ? r->agency :
			    i == 2 ? r->official : r->corrective_action;
			if (now == want || (now && want &&
			    strcmp(now, want) == 0))
				continue;
			/* the history names the agency by a code it had
			 * before a rename */
			if (i == 1 && now && want &&
			    rt_formers_is(c->agencies, want, now))
				continue;
			/* or the official by a former code or the free
			 * text it was made of */
			if (i == 2 && now && want &&
			    rt_formers_is(c->officials, want, now))
				continue;
		}
		rt_buf_printf(&c->msg, "%s is ", field_names[i].name);
		if (field_names[i].money) {
			char buf[32];

			if (have == RT_MONEY_NONE)
				rt_buf_puts(&c->msg, "none");
			else {
				rt_money_format(have, buf, sizeof(buf));
				rt_buf_puts(&c->msg, buf);
			}
		} else
			show(&c->msg, now);
		if (last[i])
			rt_buf_printf(&c->msg, ", but its latest change (event "
			    "%lld) set ", (long long)e->id);
		else
			rt_buf_printf(&c->msg, ", but every change of it is "
			    "void and it was ");
		show(&c->msg, want);
		emit(c, "history");
	}
}

/* The row against the replay of its events. */
static void
rec_history(struct ctx *c, const struct rt_stored_rec *r,
    const struct sound *ok, struct rt_event *evs)
{
	const char *dates[4] = { r->target_date, r->original_target_date,
	    r->resolved_date, r->closed_date };
	static const char *const date_names[4] = { "target_date",
	    "original_target_date", "resolved_date", "closed_date" };
	struct rt_rec cur, out;
	size_t i;
	int issued = 0, f, k;

	for (i = 0; i < r->nevents; i++) {
		const struct rt_stored_event *e = &r->events[i];

		memset(&evs[i], 0, sizeof(evs[i]));
		evs[i].id = e->id;
		snprintf(evs[i].at, sizeof(evs[i].at), "%s", e->at ? e->at :
		    "");
		snprintf(evs[i].effective, sizeof(evs[i].effective), "%s",
		    e->effective ? e->effective : "");
		/* read only by the replay: the casts drop const only */
		evs[i].actor = (char *)e->actor;
		evs[i].kind = (char *)(e->kind ? e->kind : "");
		evs[i].field = (char *)e->field;
		evs[i].old = (char *)e->old;
		evs[i].new = (char *)e->new;
		evs[i].note = (char *)e->note;
		evs[i].voids = e->voids;
		if (strcmp(evs[i].kind, "issued") == 0)
			issued = 1;
	}
	if (rt_events_mark(evs, r->nevents, NULL) == -1) {
		c->stop = -1;
		return;
	}
	if (!issued) {
		rt_buf_puts(&c->msg, "has no issued event");
		emit(c, "history");
	}
	rt_rec_init(&cur);
	cur.id = r->id;
	cur.report = (char *)r->report;
	cur.number = (char *)r->number;
	cur.text = (char *)r->text;
	cur.agency = (char *)r->agency;
	cur.official = (char *)r->official;
	cur.corrective_action = (char *)r->corrective_action;
	snprintf(cur.report_issued, RT_DATE_SIZE, "%s", r->report_issued ?
	    r->report_issued : "");
	if (rt_replay(&cur, evs, r->nevents, "9999-12-31", &out) == -1) {
		rt_rec_free(&out);
		return;
	}
	if (ok->status && strcmp(r->status, rt_status_name(out.status)))
		differs(c, "status", r->status, rt_status_name(out.status));
	if (ok->concurrence &&
	    strcmp(r->concurrence, rt_concurrence_name(out.concurrence)))
		differs(c, "concurrence", r->concurrence,
		    rt_concurrence_name(out.concurrence));
	for (k = 0; k < 4; k++) {
		const char *h = k == 0 ? out.target_date : k == 1 ?
		    out.original_target_date : k == 2 ? out.resolved_date :
		    out.closed_date;

		if (ok->dates[k] && strcmp(dates[k] ? dates[k] : "", h) &&
		    (k != 2 || !earlier_rule(evs, r->nevents, dates[k] ?
		    dates[k] : "")))
			differs(c, date_names[k], dates[k], h);
	}
	for (f = 0; f < RT_FLAG_COUNT; f++)
		if (ok->flags[f] && strcmp(flag_value(r, f),
		    rt_flag_get(&out, f) ? "yes" : "no"))
			differs(c, rt_flag_field(f), flag_value(r, f),
			    rt_flag_get(&out, f) ? "yes" : "no");
	rt_rec_free(&out);
	rec_fields(c, r, evs);
}

/* The subject of a recommendation: REPORT#NUMBER, or its id when its
 * report is not there. */
static char *
rec_subject(const struct rt_stored_rec *r)
{
	struct rt_buf b = { 0 };

	if (r->report && r->number)
		rt_buf_printf(&b, "%s#%s", r->report, r->number);
	else
		rt_buf_printf(&b, "recommendation %lld", (long long)r->id);
	return b.s;
}

/* Events converted for the replay, kept between recommendations. */
struct evbuf {
	struct rt_event *ev;
	size_t cap;
};

static int
check_rec(const struct rt_stored_rec *r, struct ctx *c, struct evbuf *eb)
{
	struct sound ok;
	char *subject;
	size_t i;

	if (r->nevents > eb->cap) {
		size_t cap = r->nevents < 16 ? 16 : r->nevents;
		struct rt_event *p = realloc(eb->ev, cap * sizeof(*p));

		if (p == NULL)
			return c->stop = -1;
		eb->ev = p;
		eb->cap = cap;
	}
	if ((subject = rec_subject(r)) == NULL)
		return c->stop = -1;
	c->subject = subject;
	rec_values(c, r, &ok);
	for (i = 0; i < r->nevents && !c->stop; i++)
		event_values(c, &r->events[i]);
	if (!c->stop)
		rec_history(c, r, &ok, eb->ev);
	free(subject);
	c->subject = NULL;
	return c->stop;
}

int
rt_check_rec(const struct rt_stored_rec *r,
    int (*cb)(const struct rt_problem *, void *), void *arg)
{
	struct ctx c;
	struct evbuf eb = { NULL, 0 };
	int rc;

	memset(&c, 0, sizeof(c));
	c.cb = cb;
	c.arg = arg;
	rc = check_rec(r, &c, &eb);
	rt_buf_free(&c.msg);
	free(eb.ev);
	return rc;
}

/* ---- the whole database ------------------------------------------------ */

/* An evidence event that attaches a file: its bytes must be stored. */
struct cite {
	char *subject;		/* REPORT#NUMBER */
	int64_t event;
	char hash[65];
};

struct whole {
	struct ctx c;		/* its callback is counted() */
	struct evbuf eb;
	struct cite *cites;	/* gathered from the recommendations */
	size_t ncites, capcites;
	struct rt_check_stats *stats;
	int (*cb)(const struct rt_problem *, void *);	/* the caller's */
	void *arg;
};

/* Count each problem on its way to the caller. */
static int
counted(const struct rt_problem *p, void *arg)
{
	struct whole *w = arg;

	w->stats->problems++;
	return w->c.stop = w->cb(p, w->arg) != 0;
}

static int
issuer_cb(const struct rt_issuer *is, void *arg)
{
	struct whole *w = arg;
	struct rt_buf subject = { 0 };

	if (is->kind && rt_issuer_kind_valid(is->kind) &&
	    code_sound(is->code) && rt_utf8_check(is->name) == -1)
		return 0;
	rt_buf_printf(&subject, "issuer %s", is->code);
	if ((w->c.subject = subject.s) == NULL)
		return w->c.stop = -1;
	utf8_ok(&w->c, "", "code", is->code);
	code_ok(&w->c, "code", is->code);
	utf8_ok(&w->c, "", "name", is->name);
	if (is->kind == NULL || !rt_issuer_kind_valid(is->kind))
		bad_value(&w->c, "", "kind", is->kind, "a kind of issuer",
		    rt_issuer_kind_names());
	rt_buf_free(&subject);
	w->c.subject = NULL;
	return w->c.stop;
}

/* The texts of an agency or an official: each that is not UTF-8. */
static int
texts_cb(struct whole *w, const char *kind, const char *code,
    const char *const *names, const char *const *values, size_t n)
{
	struct rt_buf subject = { 0 };
	size_t i;

	for (i = 0; i < n; i++)
		if (values[i] != NULL && rt_utf8_check(values[i]) != -1)
			break;
	if (i == n && code_sound(code))
		return 0;
	rt_buf_printf(&subject, "%s %s", kind, code);
	if ((w->c.subject = subject.s) == NULL)
		return w->c.stop = -1;
	code_ok(&w->c, "code", code);
	for (i = 0; i < n; i++)
		utf8_ok(&w->c, "", names[i], values[i]);
	rt_buf_free(&subject);
	w->c.subject = NULL;
	return w->c.stop;
}

static int
agency_cb(const struct rt_agency *ag, void *arg)
{
	static const char *const names[] = { "code", "name" };
	const char *values[] = { ag->code, ag->name };

	return texts_cb(arg, "agency", ag->code, names, values, 2);
}

static int
official_cb(const struct rt_official *o, void *arg)
{
	static const char *const names[] = { "code", "name", "title" };
	const char *values[] = { o->code, o->name, o->title };

	return texts_cb(arg, "official", o->code, names, values, 3);
}

static int
report_cb(const struct rt_stored_report *r, void *arg)
{
	struct whole *w = arg;
	struct rt_buf subject = { 0 };

	w->stats->reports++;
	if (r->number)
		rt_buf_printf(&subject, "report %s", r->number);
	else
		rt_buf_printf(&subject, "report %lld", (long long)r->id);
	if ((w->c.subject = subject.s) == NULL)
		return w->c.stop = -1;
	utf8_ok(&w->c, "", "number", r->number);
	code_ok(&w->c, "number", r->number);
	utf8_ok(&w->c, "", "title", r->title);
	utf8_ok(&w->c, "", "url", r->url);
	utf8_ok(&w->c, "", "summary", r->summary);
	if (r->type == NULL || !rt_report_type_valid(r->type))
		bad_value(&w->c, "", "type", r->type, "a type of report",
		    rt_report_type_names());
	if (r->sensitivity == NULL || !rt_sensitivity_valid(r->sensitivity))
		bad_value(&w->c, "", "sensitivity", r->sensitivity,
		    "a sensitivity", rt_sensitivity_names());
	date_ok(&w->c, "", "issued", r->issued, 0);
	if (r->fiscal_year < 1 || r->fiscal_year > 10000) {
		rt_buf_printf(&w->c.msg, "fiscal_year %lld is not a year",
		    (long long)r->fiscal_year);
		emit(&w->c, "value");
	}
	rt_buf_free(&subject);
	w->c.subject = NULL;
	return w->c.stop;
}

/* Note the evidence r's events attach, for cited_stored(). */
static int
cites_add(struct whole *w, const struct rt_stored_rec *r)
{
	const struct rt_stored_event *ev;
	struct cite *v;
	size_t i, cap;

	for (i = 0; i < r->nevents; i++) {
		ev = &r->events[i];
		if (ev->kind == NULL || strcmp(ev->kind, "evidence") != 0 ||
		    ev->old != NULL || ev->new == NULL ||
		    !rt_chain_hash_valid(ev->new))
			continue;	/* a wrong one is a value problem */
		if (w->ncites == w->capcites) {
			cap = w->capcites ? 2 * w->capcites : 16;
			if ((v = realloc(w->cites, cap * sizeof(*v))) == NULL)
				return -1;
			w->cites = v;
			w->capcites = cap;
		}
		v = &w->cites[w->ncites];
		if ((v->subject = rec_subject(r)) == NULL)
			return -1;
		v->event = ev->id;
		snprintf(v->hash, sizeof(v->hash), "%s", ev->new);
		w->ncites++;
	}
	return 0;
}

static int
rec_cb(const struct rt_stored_rec *r, void *arg)
{
	struct whole *w = arg;

	w->stats->recs++;
	w->stats->events += (int64_t)r->nevents;
	if (cites_add(w, r) != 0)
		return w->c.stop = -1;
	return check_rec(r, &w->c, &w->eb);
}

/* The chain check: its results into the stats. */
static struct rt_error *
check_chain(struct rt_store *st, const char *seal, struct whole *w)
{
	struct rt_chain_result res;
	struct rt_error *err;
	int stop;

	err = rt_chain_check(st, seal, counted, w, &res, &stop);
	if (stop)
		w->c.stop = stop;
	w->stats->chained = res.events;
	w->stats->sealed = res.sealed;
	w->stats->seal_events = res.seal_events;
	memcpy(w->stats->seal_at, res.seal_at, sizeof(res.seal_at));
	rt_chain_result_free(&res);
	return err;
}

/* The evidence check: every stored file re-hashed. */
static struct rt_error *
check_evidence(struct rt_store *st, struct whole *w)
{
	struct rt_error *err;
	int stop;

	err = rt_evidence_check(st, counted, w, &w->stats->evidence, &stop);
	if (stop)
		w->c.stop = stop;
	return err;
}

/* Every file an evidence event attaches has its bytes stored. */
static struct rt_error *
cited_stored(struct rt_store *st, struct whole *w)
{
	struct rt_error *err = NULL;
	int64_t size;
	size_t i;
	int found;

	for (i = 0; i < w->ncites && err == NULL && !w->c.stop; i++) {
		if ((err = rt_store_evidence_size(st, w->cites[i].hash, &size,
		    &found)) != NULL || found)
			continue;
		w->c.subject = w->cites[i].subject;
		rt_buf_printf(&w->c.msg, "event %lld: evidence %s: attached, "
		    "but its bytes are not in the database",
		    (long long)w->cites[i].event, w->cites[i].hash);
		emit(&w->c, "evidence");
		w->c.subject = NULL;
	}
	return err;
}

struct rt_error *
rt_check(struct rt_store *st, int quick,
    int (*cb)(const struct rt_problem *, void *), void *arg,
    struct rt_check_stats *stats)
{
	return rt_check_seal(st, quick, NULL, cb, arg, stats);
}

struct rt_error *
rt_check_seal(struct rt_store *st, int quick, const char *seal,
    int (*cb)(const struct rt_problem *, void *), void *arg,
    struct rt_check_stats *stats)
{
	struct rt_formers agencies = { NULL, 0, 0 };
	struct rt_formers officials = { NULL, 0, 0 };
	struct rt_error *err;
	struct whole w;
	int ran = 0;

	memset(stats, 0, sizeof(*stats));
	memset(&w, 0, sizeof(w));
	w.c.cb = counted;
	w.c.arg = &w;
	w.stats = stats;
	w.cb = cb;
	w.arg = arg;
	w.c.agencies = &agencies;
	w.c.officials = &officials;
	if ((err = rt_store_begin_read(st)) != NULL)
		return err;
	if ((err = rt_store_check_integrity(st, quick, counted, &w)) ||
	    w.c.stop || (err = rt_store_check_schema(st, counted, &w)) ||
	    w.c.stop || (err = rt_store_check_references(st, counted, &w)) ||
	    w.c.stop || (err = rt_store_issuer_list(st, issuer_cb, &w)) ||
	    w.c.stop || (err = rt_store_agency_list(st, agency_cb, &w)) ||
	    w.c.stop || (err = rt_store_official_list(st, official_cb, &w)) ||
	    w.c.stop || (err = rt_store_stored_reports(st, report_cb, &w)) ||
	    w.c.stop || (err = rt_formers_load(st, &agencies)) ||
	    (err = rt_formers_load_officials(st, &officials)) ||
	    (err = rt_store_stored_recs(st, rec_cb, &w)) ||
	    w.c.stop || (err = check_chain(st, seal, &w)) ||
	    w.c.stop || (err = check_evidence(st, &w)) ||
	    w.c.stop || (err = cited_stored(st, &w)) ||
	    w.c.stop || (err = rt_store_check_search(st, counted, &w)))
		goto done;
	rt_store_rollback(st);
	if (!quick && !w.c.stop)
		err = rt_store_check_search_words(st, counted, &w, &ran,
		    &stats->words);
done:
	rt_store_rollback(st);
	if (err == NULL && w.c.stop == -1)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	rt_buf_free(&w.c.msg);
	free(w.eb.ev);
	while (w.ncites > 0)
		free(w.cites[--w.ncites].subject);
	free(w.cites);
	rt_formers_free(&agencies);
	rt_formers_free(&officials);
	return err;
}
