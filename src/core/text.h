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
 * A code or a number (of a report, a recommendation, an agency, an
 * issuer, an official) names a record on the command line, in a cell and
 * in a file: it holds no control character (C0, DEL, C1) nor any of the
 * invisible characters that reorder the text around it (U+061C, U+200E,
 * U+200F, U+2028..U+202E, U+2066..U+2069).
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

/* 1 when cp is an invisible character that reorders the text around it
 * (a bidirectional mark, embedding, override or isolate, a line or
 * paragraph separator), else 0. */
int rt_text_reorders(unsigned long cp);

/* 1 when s (not NULL) is UTF-8 without control characters (C0, DEL, C1)
 * nor characters that reorder text, else 0. */
int rt_text_code_ok(const char *s);

/* What a code or a number may not hold: RT_EINVAL "FIELD: not valid UTF-8
 * text (byte N)" when s is not UTF-8, "\"S\": not WHAT (no control character, no
 * invisible character that reorders text)" when it holds one (what, with
 * its article: "a report number", "an agency code"); NULL when s is fine,
 * or NULL. */
struct rt_error *rt_code_check(const char *field, const char *what,
    const char *s);

#endif
