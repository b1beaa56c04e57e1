/*
 * Unit tests of the iCalendar writer (ical.c): the escape of TEXT values,
 * folding at 75 octets, the cut of a summary, the forms of dates and
 * instants, the UID, and the feed over the example data set
 * (config/examples/port-of-entry.yaml; the tests run from the top of the
 * source tree).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/clock.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "formats/ical.h"
#include "formats/import.h"
#include "store/store.h"

/* The escape of s, as a string (one static buffer). */
static const char *
esc(const char *s)
{
	static struct rt_buf b;

	rt_buf_free(&b);
	assert_int_equal(rt_ical_escape(&b, s), 0);
	return b.s ? b.s : "";
}

static void
test_escape(void **state)
{
	(void)state;
	assert_string_equal(esc("plain text"), "plain text");
	assert_string_equal(esc("a,b;c\\d"), "a\\,b\\;c\\\\d");
	assert_string_equal(esc("one\ntwo\r\nthree\rfour"),
	    "one\\ntwo\\nthree\\nfour");
	/* a tab is a space; other control characters are dropped */
	assert_string_equal(esc("a\tb\001c\033[31md\177e"), "a bc[31mde");
	/* C1 controls dropped, other non-ASCII kept, bad UTF-8 replaced */
	assert_string_equal(esc("x\xc2\x85y caf\xc3\xa9 \xff!"),
	    "xy caf\xc3\xa9 \xef\xbf\xbd!");
	assert_string_equal(esc(""), "");
	assert_string_equal(esc(NULL), "");
}

/* Check the folded content lines of b: CR LF ends, no line over 75
 * octets, no UTF-8 sequence or escape split where a line goes on in the
 * next (which starts with a space); return the content lines unfolded,
 * separated by LF (caller frees). */
static char *
unfold(const struct rt_buf *b)
{
	char *out = calloc(1, b->len + 1), *o = out;
	const char *p = b->s, *end = b->s + b->len, *eol;
	int first = 1;

	assert_non_null(out);
	while (p < end) {
		eol = strstr(p, "\r\n");
		assert_non_null(eol);
		assert_true(eol - p <= RT_ICAL_LINE_MAX);
		assert_null(memchr(p, '\n', (size_t)(eol - p)));
		if (!first && *p != ' ')
			*o++ = '\n';	/* a new content line */
		else if (!first) {
			p++;
			/* no fold inside a character or an escape */
			assert_true((*p & 0xc0) != 0x80);
			assert_true(o == out || o[-1] != '\\' ||
			    (o - out >= 2 && o[-2] == '\\'));
		}
		memcpy(o, p, (size_t)(eol - p));
		o += eol - p;
		p = eol + 2;
		first = 0;
	}
	return out;
}

static void
test_fold(void **state)
{
	struct rt_buf b = { 0 }, line = { 0 };
	char *u;
	int i;

	(void)state;
	/* exactly 75 octets: one line */
	for (i = 0; i < 75; i++)
		rt_buf_add(&line, "x", 1);
	assert_int_equal(rt_ical_fold(&b, line.s, line.len), 0);
	assert_int_equal(b.len, 77);
	/* 76: a second line of one space and one octet */
	b.len = 0;
	rt_buf_add(&line, "y", 1);
	assert_int_equal(rt_ical_fold(&b, line.s, line.len), 0);
	assert_int_equal(b.len, 75 + 2 + 2 + 2);
	assert_memory_equal(b.s + 75, "\r\n y\r\n", 6);
	rt_buf_free(&b);
	rt_buf_free(&line);
	/* a long text of two- and three-octet characters and escapes */
	for (i = 0; i < 40; i++)
		rt_buf_puts(&line, "\xc3\xa9t\xc3\xa9, \xe2\x82\xac; ");
	assert_int_equal(rt_ical_text(&b, "DESCRIPTION", line.s), 0);
	u = unfold(&b);
	assert_int_equal(strncmp(u, "DESCRIPTION:\xc3\xa9t\xc3\xa9\\, "
	    "\xe2\x82\xac\\; \xc3\xa9", 26), 0);
	assert_int_equal(strlen(u), strlen("DESCRIPTION:") + 40 *
	    (strlen(line.s) / 40 + 2));
	free(u);
	rt_buf_free(&b);
	rt_buf_free(&line);
}

/* The cut of s to max characters, as a string (one static buffer). */
static const char *
cut(const char *s, size_t max)
{
	static struct rt_buf b;

	rt_buf_free(&b);
	assert_int_equal(rt_ical_cut(&b, s, max), 0);
	return b.s ? b.s : "";
}

static void
test_cut(void **state)
{
	(void)state;
	assert_string_equal(cut("short text", 60), "short text");
	assert_string_equal(cut("  two\n lines\tand  blanks ", 60),
	    "two lines and blanks");
	assert_string_equal(cut("Improve oversight of the Canine Program", 20),
	    "Improve oversight of\xe2\x80\xa6");
	assert_string_equal(cut("Improve oversight of the Canine Program", 21),
	    "Improve oversight of\xe2\x80\xa6");
	assert_string_equal(cut("Improve oversight of the Canine Program", 19),
	    "Improve oversight\xe2\x80\xa6");
	/* characters, not octets */
	assert_string_equal(cut("\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9", 5),
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xe2\x80\xa6");
	assert_string_equal(cut("\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9", 6),
	    "\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9");
	/* one word longer than max: cut within it */
	assert_string_equal(cut("Supercalifragilistic", 5),
	    "Super\xe2\x80\xa6");
	assert_string_equal(cut(" \n ", 5), "");
}

static void
test_forms(void **state)
{
	char out[17], uid[RT_ICAL_UID_SIZE];

	(void)state;
	rt_ical_instant("2026-11-28T12:03:04Z", out);
	assert_string_equal(out, "20261128T120304Z");
	rt_ical_date("2021-09-30", out);
	assert_string_equal(out, "20210930");
	rt_ical_uid("0a1b2c3d", 42, uid);
	assert_string_equal(uid, "rec-42-0a1b2c3d@rectrack");
}

static int
setup(void **state)
{
	char *files[] = { "config/examples/port-of-entry.yaml" };
	struct rt_import_stats stats;
	struct rt_config cfg;
	struct rt_store *st;

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	ok(rt_import(st, &cfg, files, 1, "tester", 0, NULL, NULL, &stats));
	rt_import_stats_free(&stats);
	rt_config_free(&cfg);
	*state = st;
	return 0;
}

static int
teardown(void **state)
{
	rt_store_close(*state);
	rt_clock_fix(NULL);
	return 0;
}

/* The feed of f as of as_of, of kind, unfolded (caller frees); *n its VTODOs. */
static char *
feed(struct rt_store *st, const struct rt_filter *f, const char *as_of,
    enum rt_ical_kind kind, long *n)
{
	struct rt_buf b = { 0 };
	char *text = NULL, *u;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	assert_non_null(fp);
	ok(rt_ical_write(st, f, as_of, kind, fp, n));
	assert_int_equal(fclose(fp), 0);
	rt_buf_add(&b, text, len);
	free(text);
	u = unfold(&b);
	rt_buf_free(&b);
	return u;
}

static void
test_feed(void **state)
{
	struct rt_store *st = *state;
	struct rt_filter f;
	char *u, want[128];
	long n;

	memset(&f, 0, sizeof(f));
	u = feed(st, &f, "2026-11-28", RT_ICAL_TODO, &n);
	/* OIG-21-19#1-3 have a target date; #4 and OIG-21-48's have none */
	assert_int_equal(n, 3);
	assert_int_equal(strncmp(u, "BEGIN:VCALENDAR\nVERSION:2.0\n"
	    "PRODID:-//rectrack//rectrack//EN\nCALSCALE:GREGORIAN\n", 70), 0);
	snprintf(want, sizeof(want), "X-WR-CALNAME:rectrack register %s\n"
	    "BEGIN:VTODO\nUID:rec-4-%s@rectrack\n", rt_store_uid(st),
	    rt_store_uid(st));
	assert_non_null(strstr(u, want));
	assert_non_null(strstr(u, "DTSTAMP:20261128T120000Z\n"
	    "DUE;VALUE=DATE:20210930\n"
	    "SUMMARY:OIG-21-19#1: Improve oversight of the Canine Program "
	    "(paraphrased).\nDESCRIPTION:Improve oversight"));
	assert_non_null(strstr(u, "\\nStatus: open-resolved\\n"
	    "Concurrence: concur\\nAgency: DHS/CBP\\nOfficial: none\\n"
	    "Target: 2021-09-30 (overdue)\\nAge: 2119 days (issued "
	    "2021-02-08)\\nHistory:\\n2021-02-08 issued: open-pending"));
	assert_non_null(strstr(u, "SUMMARY:OIG-21-19#2: Formalize and "
	    "implement a realignment plan for the canine\xe2\x80\xa6\n"));
	assert_non_null(strstr(u, "\nSTATUS:IN-PROCESS\nCATEGORIES:CBP\n"
	    "LAST-MODIFIED:20261128T120000Z\nEND:VTODO\n"));
	assert_int_equal(strcmp(u + strlen(u) - 14, "\nEND:VCALENDAR"), 0);
	free(u);

	/* the caller's statuses are kept: none of these is open-pending */
	f.statuses = 1u << RT_OPEN_PENDING;
	u = feed(st, &f, "2026-11-28", RT_ICAL_TODO, &n);
	assert_int_equal(n, 0);
	assert_non_null(strstr(u, "X-WR-CALNAME"));
	free(u);

	/* before the report was issued there was nothing */
	memset(&f, 0, sizeof(f));
	u = feed(st, &f, "2020-01-01", RT_ICAL_TODO, &n);
	assert_int_equal(n, 0);
	free(u);
}

/* --events: all-day events on the target dates, taking no time */
static void
test_feed_events(void **state)
{
	struct rt_filter f;
	char *u;
	long n;

	memset(&f, 0, sizeof(f));
	u = feed(*state, &f, "2026-11-28", RT_ICAL_EVENT, &n);
	assert_int_equal(n, 3);
	assert_non_null(strstr(u, "BEGIN:VEVENT\nUID:rec-4-"));
	assert_non_null(strstr(u, "DTSTAMP:20261128T120000Z\n"
	    "DTSTART;VALUE=DATE:20210930\nDTEND;VALUE=DATE:20211001\n"
	    "TRANSP:TRANSPARENT\nSUMMARY:OIG-21-19#1: "));
	assert_non_null(strstr(u, "\nCATEGORIES:CBP\n"
	    "LAST-MODIFIED:20261128T120000Z\nEND:VEVENT\n"));
	assert_null(strstr(u, "VTODO"));
	assert_null(strstr(u, "DUE"));
	assert_null(strstr(u, "STATUS:"));
	free(u);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_forms),
		cmocka_unit_test_setup_teardown(test_feed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_feed_events, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
