/*
 * rectrack — JSON: the one string escaper every JSON output uses, and a
 * writer of nested objects and arrays with two-space indentation (the
 * export document).  Everything is written to the FILE * given.
 */
#ifndef RT_JSON_H
#define RT_JSON_H

#include <stdio.h>

/* Write s as a JSON string literal to fp: quotes and backslashes escaped,
 * \n \t \r and other control characters (C0, DEL and the C1 controls
 * U+0080 to U+009F) as escapes, a byte that is not part of well-formed
 * UTF-8 as \ufffd, other UTF-8 passed through. */
void rt_json_string(FILE *fp, const char *s);

/* Write ,"key": and value as a JSON string, or null when value is NULL
 * or empty. */
void rt_json_member(FILE *fp, const char *key, const char *value);

#define RT_JSON_MAX_DEPTH 16

/*
 * An indenting writer: each member and element on a line of its own,
 * indented two spaces a level, "key": value; an empty container as {}
 * or [].  Initialise with {0} and .fp set.
 */
struct rt_json {
	FILE *fp;
	int depth;				/* containers open */
	int members[RT_JSON_MAX_DEPTH];		/* members so far, by depth */
	int after_key;				/* the value of a key is next */
};

/* Open an object (seq 0) or an array (seq 1); -1 (nothing written) when
 * that would nest more than RT_JSON_MAX_DEPTH - 1 deep. */
int rt_json_open(struct rt_json *, int seq);
void rt_json_close(struct rt_json *, int seq);
/* The key of the next member. */
void rt_json_key(struct rt_json *, const char *key);
/* A value: a string (escaped), or a number or true/false written as
 * given (raw). */
void rt_json_str(struct rt_json *, const char *s);
void rt_json_raw(struct rt_json *, const char *s);

#endif
