/*
 * rectrack — iCalendar (RFC 5545): the calendar feed of open
 * recommendations and their target dates, one VTODO each, and the rules
 * of the format it is written by.
 *
 * Every content line ends in CR LF and is folded before 75 octets: a
 * longer line goes on in continuation lines that start with one space,
 * and a fold never falls inside a UTF-8 character nor between a
 * backslash and the character it escapes.  TEXT values escape backslash,
 * semicolon, comma and the line end (\\ \; \, \n).  Control characters
 * are never written raw: CR LF, CR and LF are line ends (\n), a tab
 * becomes a space, every other control character (C0, DEL, C1) is
 * dropped, and a byte that is not part of well-formed UTF-8 becomes
 * U+FFFD.
 *
 * The writer writes to the FILE * it is given; where it goes is the
 * command's decision.
 */
#ifndef RT_ICAL_H
#define RT_ICAL_H

#include <stddef.h>
#include <stdio.h>

struct rt_buf;
struct rt_error;
struct rt_filter;
struct rt_store;

#define RT_ICAL_LINE_MAX	75	/* octets of a content line, CR LF
					   left out */
#define RT_ICAL_SUMMARY_CHARS	60	/* characters of the text a SUMMARY
					   keeps (rt_ical_cut) */
#define RT_ICAL_HISTORY		5	/* history entries a DESCRIPTION
					   shows, the latest */

/* Append s escaped as an iCalendar TEXT value (the rules above) to b;
 * nothing for NULL.  -1 when out of memory. */
int rt_ical_escape(struct rt_buf *b, const char *s);

/* Append the content line line (len octets, no line end) to b, folded
 * and ended with CR LF.  -1 when out of memory. */
int rt_ical_fold(struct rt_buf *b, const char *line, size_t len);

/* Append the content line NAME:VALUE, value written as it is (a date,
 * a keyword), folded.  -1 when out of memory. */
int rt_ical_prop(struct rt_buf *b, const char *name, const char *value);

/* Append the content line NAME:TEXT, text escaped (rt_ical_escape),
 * folded.  -1 when out of memory. */
int rt_ical_text(struct rt_buf *b, const char *name, const char *text);

/*
 * Append the start of text s to b: its blanks (line ends, tabs, runs of
 * spaces) as single spaces, cut before max characters at the end of a
 * word (within the word when the first word alone is longer than
 * max) and ended with "…" when cut.  -1 when out of memory.
 */
int rt_ical_cut(struct rt_buf *b, const char *s, size_t max);

/* "2026-11-28T12:00:00Z" as the UTC DATE-TIME 20261128T120000Z, and
 * "2021-09-30" as the DATE 20210930 (out needs 17 bytes). */
void rt_ical_instant(const char *iso, char out[17]);
void rt_ical_date(const char *date, char out[17]);

/*
 * The UID of recommendation rec_id in the register named uid
 * (rt_store_uid): "rec-42-0a1b2c3d@rectrack".  It stays the same while
 * the recommendation is edited and differs from every other
 * recommendation's and register's.  out needs RT_ICAL_UID_SIZE bytes.
 */
#define RT_ICAL_UID_SIZE 64
void rt_ical_uid(const char *uid, long long rec_id,
    char out[RT_ICAL_UID_SIZE]);

/* What rt_ical_write writes each recommendation as. */
enum rt_ical_kind {
	RT_ICAL_TODO,	/* a VTODO due on the target date */
	RT_ICAL_EVENT	/* an all-day VEVENT on the target date, for the
			   programs that show no to-dos (Outlook, Google
			   Calendar) */
};

/*
 * The calendar feed: a VCALENDAR (VERSION 2.0, PRODID
 * -//rectrack//rectrack//EN, CALSCALE GREGORIAN, METHOD PUBLISH,
 * X-WR-CALNAME naming the register) with one component of kind for each
 * recommendation rt_select hands for f as of as_of that is open and has
 * a target date, in listing order.  f->statuses is taken as given: the
 * caller limits it to the open ones.
 *
 * Each holds UID (rt_ical_uid), DTSTAMP (now, the clock), the target
 * date (a VTODO's DUE; a VEVENT's DTSTART, DTEND the day after, and
 * TRANSP TRANSPARENT: it takes no time), SUMMARY ("OIG-21-19#1: " and
 * rt_ical_cut of the text), DESCRIPTION (the text, report, status,
 * concurrence, agency, official, target, age, and the last
 * RT_ICAL_HISTORY entries of the history in force as of as_of, one a
 * line), for a VTODO STATUS (NEEDS-ACTION while unresolved or pending,
 * IN-PROCESS once resolved), PRIORITY 1 for a priority recommendation,
 * CATEGORIES (the agency code) and LAST-MODIFIED (when the latest of
 * those events was recorded).  *count receives the number of components
 * (may be NULL).  Returns NULL, the store's error, RT_ENOMEM or RT_EIO
 * when fp could not be written.
 */
struct rt_error *rt_ical_write(struct rt_store *, const struct rt_filter *f,
    const char *as_of, enum rt_ical_kind kind, FILE *fp, long *count);

#endif
