/*
 * rectrack — JSON: the one string escaper every JSON output uses, and the
 * one writer of nested objects and arrays, in two layouts: indented (the
 * export document) or compact (the listings and reports of the command
 * line).  Everything is written to the FILE * given.
 */
#ifndef RT_JSON_H
#define RT_JSON_H

#include <stdio.h>

/* Write s as a JSON string literal to fp: quotes and backslashes escaped,
 * \n \t \r and other control characters (C0, DEL and the C1 controls
 * U+0080 to U+009F) as escapes, a byte that is not part of well-formed
 * UTF-8 as \ufffd, other UTF-8 passed through. */
void rt_json_string(FILE *fp, const char *s);

#define RT_JSON_MAX_DEPTH 16

/*
 * The writer.  Initialise with {0} and .fp set (and .compact).
 *
 * Indented (compact 0): each member and element on a line of its own,
 * indented two spaces a level, "key": value; an empty container as {}
 * or [].
 *
 * Compact (compact 1): no blanks, "key":value, members and elements
 * apart by a comma only; except in an array opened as RT_JSON_LINES,
 * whose elements each start a line, indented one blank for each such
 * array around it (the outermost: none), and whose closing bracket,
 * when it is the outermost such array and has elements, has a line of
 * its own.  The caller ends the document's last line.
 */
struct rt_json {
	FILE *fp;
	int compact;				/* the compact layout */
	int depth;				/* containers open */
	int members[RT_JSON_MAX_DEPTH];		/* members so far, by depth */
	unsigned char lines[RT_JSON_MAX_DEPTH];	/* RT_JSON_LINES, by depth */
	int after_key;				/* the value of a key is next */
};

/* What rt_json_open opens: an object, an array, or (compact layout) an
 * array of one element a line. */
enum { RT_JSON_OBJECT = 0, RT_JSON_ARRAY = 1, RT_JSON_LINES = 3 };

/* Open an object or an array (seq: RT_JSON_OBJECT, RT_JSON_ARRAY or
 * RT_JSON_LINES); -1 (nothing written) when that would nest more than
 * RT_JSON_MAX_DEPTH - 1 deep. */
int rt_json_open(struct rt_json *, int seq);
/* Close the innermost container (seq as opened). */
void rt_json_close(struct rt_json *, int seq);
/* The key of the next member. */
void rt_json_key(struct rt_json *, const char *key);
/* A value: a string (escaped), or a number or true/false written as
 * given (raw). */
void rt_json_str(struct rt_json *, const char *s);
void rt_json_raw(struct rt_json *, const char *s);
/* A value: s as a string, or null when s is NULL or empty. */
void rt_json_text(struct rt_json *, const char *s);
/* A value: a whole number. */
void rt_json_int(struct rt_json *, long long v);

#endif
