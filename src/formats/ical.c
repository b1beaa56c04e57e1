/*
 * rectrack — iCalendar (RFC 5545): the rules of the format (escape,
 * fold) and the calendar feed of open recommendations.
 */
#include "formats/ical.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/event.h"
#include "core/rec.h"
#include "core/select.h"
#include "store/store.h"

#define REPLACEMENT "\xef\xbf\xbd"	/* U+FFFD */
#define ELLIPSIS "\xe2\x80\xa6"		/* … */

int
rt_ical_escape(struct rt_buf *b, const char *s)
{
	const unsigned char *p;
	unsigned long cp;
	size_t n;
	int r;

	if (s == NULL)
		return 0;
	for (p = (const unsigned char *)s; *p; p += n) {
		n = 1;
		r = 0;
		if (*p == '\\')
			r = rt_buf_add(b, "\\\\", 2);
		else if (*p == ';')
			r = rt_buf_add(b, "\\;", 2);
		else if (*p == ',')
			r = rt_buf_add(b, "\\,", 2);
		else if (*p == '\r' || *p == '\n') {
			if (p[0] == '\r' && p[1] == '\n')
				n = 2;
			r = rt_buf_add(b, "\\n", 2);
		} else if (*p == '\t')
			r = rt_buf_add(b, " ", 1);
		else if (*p < 0x20 || *p == 0x7f)
			;	/* a control character: dropped */
		else if (*p < 0x80)
			r = rt_buf_add(b, (const char *)p, 1);
		else if ((n = rt_utf8_seq((const char *)p, &cp)) == 0) {
			n = 1;
			r = rt_buf_puts(b, REPLACEMENT);
		} else if (cp > 0x9f)
			r = rt_buf_add(b, (const char *)p, n);
		/* else a C1 control character: dropped */
		if (r == -1)
			return -1;
	}
	return 0;
}

/* The octets at s (of the n left) that a fold may not split: an escape
 * (backslash and its character), a UTF-8 sequence, else one. */
static size_t
fold_unit(const unsigned char *s, size_t n)
{
	size_t u = 1;

	if (s[0] == '\\' && n > 1)
		return 2;
	if (s[0] >= 0xc0)
		while (u < n && u < 4 && (s[u] & 0xc0) == 0x80)
			u++;
	return u;
}

int
rt_ical_fold(struct rt_buf *b, const char *line, size_t len)
{
	const unsigned char *s = (const unsigned char *)line;
	size_t i = 0, used = 0, u;

	while (i < len) {
		u = fold_unit(s + i, len - i);
		if (used + u > RT_ICAL_LINE_MAX) {
			if (rt_buf_add(b, "\r\n ", 3) == -1)
				return -1;
			used = 1;
		}
		if (rt_buf_add(b, line + i, u) == -1)
			return -1;
		used += u;
		i += u;
	}
	return rt_buf_add(b, "\r\n", 2);
}

int
rt_ical_prop(struct rt_buf *b, const char *name, const char *value)
{
	struct rt_buf l = { 0 };
	int r = -1;

	if (rt_buf_printf(&l, "%s:%s", name, value) == 0)
		r = rt_ical_fold(b, l.s, l.len);
	rt_buf_free(&l);
	return r;
}

int
rt_ical_text(struct rt_buf *b, const char *name, const char *text)
{
	struct rt_buf l = { 0 };
	int r = -1;

	if (rt_buf_printf(&l, "%s:", name) == 0 &&
	    rt_ical_escape(&l, text) == 0)
		r = rt_ical_fold(b, l.s, l.len);
	rt_buf_free(&l);
	return r;
}

static int
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int
rt_ical_cut(struct rt_buf *b, const char *s, size_t max)
{
	struct rt_buf t = { 0 };
	const unsigned char *p;
	size_t chars = 0, cut = 0, i;
	int r = -1;

	if (s == NULL)
		return 0;
	/* blanks as single spaces, none at either end */
	for (p = (const unsigned char *)s; *p; p++) {
		if (is_blank(*p)) {
			if (t.len == 0 || is_blank(p[1]) || p[1] == '\0')
				continue;
			if (rt_buf_add(&t, " ", 1) == -1)
				goto done;
		} else if (rt_buf_add(&t, (const char *)p, 1) == -1)
			goto done;
	}
	if (t.len == 0) {
		r = 0;
		goto done;
	}
	/* the end of the last word that keeps to max characters */
	for (i = 0; i < t.len; i++) {
		if (((unsigned char)t.s[i] & 0xc0) == 0x80)
			continue;
		if (chars == max)
			break;
		if (t.s[i] == ' ')
			cut = i;
		chars++;
	}
	if (i == t.len) {
		r = rt_buf_add(b, t.s, t.len);
		goto done;
	}
	if (t.s[i] == ' ')
		cut = i;
	if (cut == 0)
		cut = i;	/* one word longer than max */
	if (rt_buf_add(b, t.s, cut) == 0 && rt_buf_puts(b, ELLIPSIS) == 0)
		r = 0;
done:
	rt_buf_free(&t);
	return r;
}

void
rt_ical_instant(const char *iso, char out[17])
{
	snprintf(out, 17, "%.4s%.2s%.2sT%.2s%.2s%.2sZ", iso, iso + 5,
	    iso + 8, iso + 11, iso + 14, iso + 17);
}

void
rt_ical_date(const char *date, char out[17])
{
	snprintf(out, 17, "%.4s%.2s%.2s", date, date + 5, date + 8);
}

void
rt_ical_uid(const char *uid, long long rec_id, char out[RT_ICAL_UID_SIZE])
{
	snprintf(out, RT_ICAL_UID_SIZE, "rec-%lld-%s@rectrack", rec_id, uid);
}

/* What the feed's walk carries from one recommendation to the next. */
struct feed {
	struct rt_store *st;
	const char *as_of;
	enum rt_ical_kind kind;
	FILE *fp;
	char stamp[17];			/* DTSTAMP: now */
	struct rt_report rep;		/* the report of the last one */
	int have_rep;
	struct rt_buf b;		/* the VTODO being written */
	struct rt_buf d;		/* its DESCRIPTION */
	long count;
	struct rt_error *err;
};

/* One value of an event for the history line, cut short. */
static int
event_value(struct rt_buf *d, const char *v)
{
	if (v == NULL || *v == '\0')
		return rt_buf_puts(d, "(none)");
	return rt_ical_cut(d, v, 40);
}

/* One history entry: "2021-02-08 status: open-pending -> open-resolved
 * (note)". */
static int
event_line(struct rt_buf *d, const struct rt_event *ev)
{
	int r;

	r = rt_buf_printf(d, "\n%s %s", ev->effective, ev->kind);
	if (r == 0 && ev->field && strcmp(ev->kind, "field") == 0)
		r = rt_buf_printf(d, " %s", ev->field);
	if (r == 0 && (ev->old || ev->new)) {
		r = rt_buf_puts(d, ": ");
		if (r == 0 && ev->old)
			r = event_value(d, ev->old) == 0 &&
			    rt_buf_puts(d, " -> ") == 0 ? 0 : -1;
		if (r == 0)
			r = event_value(d, ev->new);
	}
	if (r == 0 && ev->note && *ev->note) {
		r = rt_buf_puts(d, ev->old || ev->new ? " (" : ": ");
		if (r == 0)
			r = rt_ical_cut(d, ev->note, 80);
		if (r == 0 && (ev->old || ev->new))
			r = rt_buf_puts(d, ")");
	}
	return r;
}

/* Does ev count for the history shown as of as_of? */
static int
event_shown(const struct rt_event *ev, const char *as_of)
{
	return ev->inactive == RT_EVENT_IN_FORCE &&
	    strcmp(ev->kind, "void") != 0 &&
	    strcmp(ev->effective, as_of) <= 0;
}

/* The DESCRIPTION of rec into f->d; *last gets the latest recording
 * instant among its events known as of as_of ("" when none). */
static int
describe(struct feed *f, const struct rt_rec *rec, const struct rt_events *h,
    char last[21])
{
	struct rt_buf *d = &f->d;
	size_t i, shown = 0, skip;
	int r;

	last[0] = '\0';
	for (i = 0; i < h->n; i++) {
		if (h->ev[i].inactive != RT_EVENT_UNKNOWN &&
		    strcmp(h->ev[i].effective, f->as_of) <= 0 &&
		    strcmp(h->ev[i].at, last) > 0)
			memcpy(last, h->ev[i].at, 21);
		shown += event_shown(&h->ev[i], f->as_of);
	}
	d->len = 0;
	r = rt_buf_printf(d, "%s\n\nReport: %s", rec->text ? rec->text : "",
	    rec->report);
	if (r == 0 && f->rep.sensitivity &&
	    strcmp(f->rep.sensitivity, "public") != 0)
		r = rt_buf_printf(d, " (%s)", f->rep.sensitivity);
	if (r == 0)
		r = rt_buf_printf(d, ": %s\nStatus: %s\nConcurrence: %s\n"
		    "Agency: %s\nOfficial: %s\nTarget: %s%s\n"
		    "Age: %ld days (issued %s)",
		    f->rep.title ? f->rep.title : "",
		    rt_status_name(rec->status),
		    rt_concurrence_name(rec->concurrence),
		    rec->agency_path ? rec->agency_path : rec->agency,
		    rec->official && *rec->official ? rec->official : "none",
		    rec->target_date,
		    rt_rec_overdue(rec, f->as_of) ? " (overdue)" : "",
		    rt_rec_age_days(rec, f->as_of), rec->report_issued);
	if (r == 0 && shown > 0)
		r = shown > RT_ICAL_HISTORY ?
		    rt_buf_printf(d, "\nHistory (the latest %d of %zu):",
		    RT_ICAL_HISTORY, shown) : rt_buf_puts(d, "\nHistory:");
	skip = shown > RT_ICAL_HISTORY ? shown - RT_ICAL_HISTORY : 0;
	for (i = 0; r == 0 && i < h->n; i++) {
		if (!event_shown(&h->ev[i], f->as_of))
			continue;
		if (skip > 0) {
			skip--;
			continue;
		}
		r = event_line(d, &h->ev[i]);
	}
	return r;
}

/* The target date of rec as a VTODO's DUE, or a VEVENT's day. */
static int
due(struct feed *f, const struct rt_rec *rec)
{
	char day[17], next[RT_DATE_SIZE];

	rt_ical_date(rec->target_date, day);
	if (f->kind == RT_ICAL_TODO)
		return rt_ical_prop(&f->b, "DUE;VALUE=DATE", day);
	rt_date_from_days(rt_date_str_days(rec->target_date) + 1, next);
	if (rt_ical_prop(&f->b, "DTSTART;VALUE=DATE", day) == -1)
		return -1;
	rt_ical_date(next, day);
	return rt_ical_prop(&f->b, "DTEND;VALUE=DATE", day) == 0 &&
	    rt_ical_prop(&f->b, "TRANSP", "TRANSPARENT") == 0 ? 0 : -1;
}

/* The component of rec (a VTODO or a VEVENT) into f->b. */
static int
component(struct feed *f, const struct rt_rec *rec, const struct rt_events *h)
{
	struct rt_buf *b = &f->b, sum = { 0 };
	const char *name = f->kind == RT_ICAL_TODO ? "VTODO" : "VEVENT";
	char uid[RT_ICAL_UID_SIZE], at[17], last[21];
	int r;

	b->len = 0;
	rt_ical_uid(rt_store_uid(f->st), (long long)rec->id, uid);
	r = rt_buf_printf(&sum, "%s#%s: ", rec->report, rec->number) == 0 &&
	    rt_ical_cut(&sum, rec->text, RT_ICAL_SUMMARY_CHARS) == 0 &&
	    describe(f, rec, h, last) == 0 &&
	    rt_ical_prop(b, "BEGIN", name) == 0 &&
	    rt_ical_text(b, "UID", uid) == 0 &&
	    rt_ical_prop(b, "DTSTAMP", f->stamp) == 0 &&
	    due(f, rec) == 0 &&
	    rt_ical_text(b, "SUMMARY", sum.s) == 0 &&
	    rt_ical_text(b, "DESCRIPTION", f->d.s) == 0 &&
	    (f->kind != RT_ICAL_TODO || rt_ical_prop(b, "STATUS",
	    rec->status == RT_OPEN_RESOLVED ? "IN-PROCESS" :
	    "NEEDS-ACTION") == 0) &&
	    (!rec->priority || rt_ical_prop(b, "PRIORITY", "1") == 0) &&
	    rt_ical_text(b, "CATEGORIES", rec->agency) == 0 ? 0 : -1;
	if (r == 0 && last[0]) {
		rt_ical_instant(last, at);
		r = rt_ical_prop(b, "LAST-MODIFIED", at);
	}
	if (r == 0)
		r = rt_ical_prop(b, "END", name);
	rt_buf_free(&sum);
	return r;
}

static int
feed_rec(const struct rt_rec *rec, void *arg)
{
	struct feed *f = arg;
	struct rt_events h;

	if (!rt_status_is_open(rec->status) || rec->target_date[0] == '\0')
		return 0;
	if (f->have_rep && strcmp(f->rep.number, rec->report) != 0) {
		rt_report_free(&f->rep);
		f->have_rep = 0;
	}
	if (!f->have_rep) {
		if ((f->err = rt_store_report_get(f->st, rec->report,
		    &f->rep)) != NULL)
			return 1;
		f->have_rep = 1;
	}
	if ((f->err = rt_events_load(f->st, rec->id, &h)) != NULL)
		return 1;
	if (h.nomem || component(f, rec, &h) == -1)
		f->err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (fwrite(f->b.s, 1, f->b.len, f->fp) != f->b.len)
		f->err = rt_error_new(RT_EIO, "cannot write the calendar");
	else
		f->count++;
	rt_events_free(&h);
	return f->err != NULL;
}

struct rt_error *
rt_ical_write(struct rt_store *st, const struct rt_filter *flt,
    const char *as_of, enum rt_ical_kind kind, FILE *fp, long *count)
{
	struct feed f;
	struct rt_buf head = { 0 };
	struct rt_error *err = NULL;
	char now[21], name[64];

	memset(&f, 0, sizeof(f));
	f.st = st;
	f.as_of = as_of;
	f.kind = kind;
	f.fp = fp;
	rt_clock_now(now);
	rt_ical_instant(now, f.stamp);
	snprintf(name, sizeof(name), "rectrack register %s", rt_store_uid(st));
	if (rt_ical_prop(&head, "BEGIN", "VCALENDAR") == -1 ||
	    rt_ical_prop(&head, "VERSION", "2.0") == -1 ||
	    rt_ical_prop(&head, "PRODID", "-//rectrack//rectrack//EN") == -1 ||
	    rt_ical_prop(&head, "CALSCALE", "GREGORIAN") == -1 ||
	    rt_ical_prop(&head, "METHOD", "PUBLISH") == -1 ||
	    rt_ical_text(&head, "X-WR-CALNAME", name) == -1) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	if (fwrite(head.s, 1, head.len, fp) != head.len) {
		err = rt_error_new(RT_EIO, "cannot write the calendar");
		goto done;
	}
	err = rt_select(st, flt, as_of, feed_rec, &f);
	if (err == NULL)
		err = f.err;
	else
		rt_error_free(f.err);
	if (err == NULL) {
		head.len = 0;
		if (rt_ical_prop(&head, "END", "VCALENDAR") == -1)
			err = rt_error_new(RT_ENOMEM, "out of memory");
		else if (fwrite(head.s, 1, head.len, fp) != head.len)
			err = rt_error_new(RT_EIO, "cannot write the calendar");
	}
	if (count)
		*count = f.count;
done:
	if (f.have_rep)
		rt_report_free(&f.rep);
	rt_buf_free(&f.b);
	rt_buf_free(&f.d);
	rt_buf_free(&head);
	return err;
}
