/*
 * rectrack — what a text may hold when it enters the register, by a
 * command or by import: the one rule for both.
 *
 * Every text is UTF-8 (import reads UTF-8 only; export and the reports
 * write nothing else).  A multi-line text (a recommendation's text, a
 * corrective action, a summary, a note) may hold line breaks and tabs.
 * A name (of an agency, an issuer, an official) is one line of text,
 * without control characters (C0 controls and DEL): names go in table
 * cells, file names and the headers of messages.
 */
#ifndef RT_TEXT_H
#define RT_TEXT_H

struct rt_error;

/* 1 when s (not NULL) is UTF-8 without control characters, else 0. */
int rt_text_one_line(const char *s);

/* RT_EINVAL "FIELD: not valid UTF-8 text (byte N)" when s is not UTF-8;
 * NULL when it is, or when s is NULL. */
struct rt_error *rt_text_check(const char *field, const char *s);

/* RT_EINVAL "name: the WHOSE name is one line of text, without control
 * characters" (whose: "agency", "issuer", "official's") when name is
 * not; NULL when it is, or when name is NULL. */
struct rt_error *rt_name_check(const char *whose, const char *name);

#endif
