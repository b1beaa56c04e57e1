/*
 * rectrack — the YAML event layer the file readers share (the
 * configuration, the import format): libyaml's events read one at a
 * time with the input bounded, anchors, aliases, tags and NUL characters
 * refused, YAML's null recognised, and messages that name
 * NAME:LINE:COLUMN (1-based) and the key path of the value they are
 * about, with values quoted and escaped so that a message stays one
 * line whatever the file holds.
 *
 * A reader keeps a struct rt_yaml, walks the events with rt_yaml_next()
 * and reports what it refuses with rt_yaml_err().  Two styles of
 * message exist, one per reader, and both are kept as they are: the
 * terse one (the configuration: "aliases are not allowed") and the one
 * that says what was found (the import format: "found an alias (*a);
 * aliases are not allowed"; its syntax errors name the key path too).
 */
#ifndef RT_YAML_H
#define RT_YAML_H

#include <stddef.h>
#include <stdio.h>
#include <yaml.h>

struct rt_error;

/*
 * Limits on what a YAML file may hold, whatever its size: a value
 * (scalar) of at most RT_YAML_MAX_VALUE bytes, and never more than that
 * (plus RT_YAML_SLACK for libyaml's read-ahead) read without a complete
 * event — so a huge scalar, comment or run of blank lines is refused
 * after about a mebibyte read, with memory bounded, instead of being
 * read whole.  Anchors, aliases and tags are refused at the first one,
 * and the shapes the readers accept are at most seven levels deep, so
 * alias bombs and deep nesting stop at once.
 */
#define RT_YAML_MAX_VALUE	(1024 * 1024)
#define RT_YAML_SLACK		(64 * 1024)

/* The input of a parser: a file, or text in memory. */
struct rt_yaml_input {
	FILE		*fp;		/* NULL: text */
	const char	*text;
	size_t		 len, off;	/* of text: its length, bytes handed */
	size_t		 read;		/* bytes handed to the parser */
	size_t		 at_event;	/* read when the last event came */
	int		 too_long;	/* stopped: the gap passed the limit */
};

/* Message styles (struct rt_yaml.style). */
enum rt_yaml_style {
	RT_YAML_TERSE,		/* "anchors are not allowed" */
	RT_YAML_FOUND		/* "found an anchor (&a); anchors are not
				   allowed"; syntax errors name the path */
};

struct rt_yaml {
	yaml_parser_t	 yp;
	yaml_event_t	 ev;		/* the current event */
	const char	*name;		/* file name for messages */
	FILE		*fp;		/* NULL when reading a string */
	struct rt_yaml_input in;	/* fp or the string, bounded */
	yaml_mark_t	 last;		/* end of the last event */
	enum rt_yaml_style style;
	char		 path[128];	/* key path of the current value */
	char		 quoted[96];	/* a value quoted for a message */
};

/*
 * Start reading from fp (text NULL) or from the len bytes at text (fp
 * NULL), named name in messages (name and the input must outlive y).
 * RT_ENOMEM is the only error; y needs rt_yaml_close() only after
 * success.
 */
struct rt_error *rt_yaml_open(struct rt_yaml *y, const char *name,
    FILE *fp, const char *text, size_t len, enum rt_yaml_style style);

/* Free what y holds (not y). */
void rt_yaml_close(struct rt_yaml *y);

/*
 * Delete the current event and fetch the next one into y->ev; refuse
 * anchors, aliases, tags, scalars with NUL characters and scalars over
 * RT_YAML_MAX_VALUE bytes.  Reading errors are RT_EIO, bad input
 * RT_EINVAL ("NAME:LINE:COLUMN: byte N: what (0xXX)" for bytes that are
 * not UTF-8).  After a failure y must not be read again.
 */
struct rt_error *rt_yaml_next(struct rt_yaml *y);

/*
 * The stream's start and, when the stream holds a document, its start
 * and its first event: *doc is 1 with the document's content in y->ev,
 * 0 for an empty stream.
 */
struct rt_error *rt_yaml_begin(struct rt_yaml *y, int *doc);

/* After the document's content: its end and the stream's (a second
 * document is an error). */
struct rt_error *rt_yaml_end(struct rt_yaml *y);

/* RT_EINVAL "NAME:LINE:COLUMN: PATH: message" at mark m (no "PATH: "
 * when the path is empty). */
struct rt_error *rt_yaml_err(struct rt_yaml *y, yaml_mark_t m,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* True for a plain empty, ~ or null (null, Null, NULL) scalar: YAML's
 * null, "no value".  A quoted "" or "~" is a string. */
int rt_yaml_is_null(const yaml_event_t *ev);

/* s in double quotes for a message, escaped and cut as
 * rt_escape_append() does; the text lives in y->quoted until the next
 * call. */
const char *rt_yaml_quote(struct rt_yaml *y, const char *s);

/* What the current event is, for a message: "a list", "a mapping",
 * "nothing" (null) or the value quoted. */
const char *rt_yaml_found(struct rt_yaml *y);

/* Add ".key" to y->path (just "key" when the path is empty), escaped. */
void rt_yaml_path_key(struct rt_yaml *y, const char *key);

/*
 * "a, b, c": the names of a table of structs whose first member is a
 * const char *name, stride bytes apart, up to the one with a NULL name;
 * cut to size bytes.
 */
const char *rt_yaml_names(const void *table, size_t stride, char *buf,
    size_t size);

/*
 * The current event is a key of a mapping whose keys are the names of
 * table (as rt_yaml_names); line has a slot per name, 0 for a key not
 * seen yet.  Add the key to y->path, find it (*idx), note its line:
 * a key that is not a scalar, an unknown key and a key given twice are
 * errors.
 */
struct rt_error *rt_yaml_key(struct rt_yaml *y, const void *table,
    size_t stride, size_t *line, size_t *idx);

/*
 * Append s to the string in buf (size bytes in all) with control
 * characters, quotes and backslashes escaped, cut at a character
 * boundary with "..." when it does not fit (11 bytes are kept for the
 * escape and the "..."): a message stays one line whatever the file
 * holds.
 */
void rt_escape_append(char *buf, size_t size, const char *s);

#endif
