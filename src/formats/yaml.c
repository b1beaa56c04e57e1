/*
 * rectrack — the YAML event layer the file readers share (see yaml.h).
 */
#include "formats/yaml.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <yaml.h>

#include "base/error.h"

void
rt_escape_append(char *buf, size_t size, const char *s)
{
	char *q = buf + strlen(buf), *end;
	unsigned char c;

	if (size < 12 || q >= (end = buf + size - 12))
		return;
	for (; *s != '\0' && (q < end || (*s & 0xc0) == 0x80); s++) {
		c = *s;
		if (c < 0x20 || c == 0x7f)
			q += snprintf(q, 5, "\\x%02x", c);
		else if (c == '"' || c == '\\') {
			*q++ = '\\';
			*q++ = c;
		} else
			*q++ = c;
	}
	if (*s != '\0') {
		memcpy(q, "...", 3);
		q += 3;
	}
	*q = '\0';
}

struct rt_error *
rt_yaml_err(struct rt_yaml *y, yaml_mark_t m, const char *fmt, ...)
{
	char msg[896];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return rt_error_new(RT_EINVAL, "%s:%zu:%zu: %s%s%s", y->name,
	    m.line + 1, m.column + 1, y->path, *y->path ? ": " : "", msg);
}

/*
 * Where the reader stopped: the scanner's position (yp->mark, at
 * buffer.pointer) moved over the characters decoded ahead of it
 * (buffer.pointer to buffer.last), counting line breaks as libyaml does
 * (LF, CR, CR LF, NEL, LS, PS).  The bad byte comes right after them.
 */
static yaml_mark_t
reader_mark(const yaml_parser_t *yp)
{
	yaml_mark_t m = yp->mark;
	const unsigned char *s = yp->buffer.pointer, *end = yp->buffer.last;

	if (s == NULL || end == NULL)
		return m;
	while (s < end) {
		if (s[0] == '\r' && s + 1 < end && s[1] == '\n')
			s++;
		if (s[0] == '\r' || s[0] == '\n') {
			s++;
			m.line++;
			m.column = 0;
			continue;
		}
		if ((s[0] == 0xc2 && s + 1 < end && s[1] == 0x85) ||
		    (s[0] == 0xe2 && s + 2 < end && s[1] == 0x80 &&
		    (s[2] == 0xa8 || s[2] == 0xa9))) {
			s += s[0] == 0xc2 ? 2 : 3;
			m.line++;
			m.column = 0;
			continue;
		}
		/* one character: a lead byte and its continuation bytes */
		for (s++; s < end && (*s & 0xc0) == 0x80; s++)
			continue;
		m.column++;
	}
	return m;
}

/*
 * libyaml's read handler: hand over what fp or the text holds, unless
 * more than the limit was read since the last event.
 */
static int
read_bounded(void *arg, unsigned char *buf, size_t size, size_t *n)
{
	struct rt_yaml_input *in = arg;

	*n = 0;
	if (in->read - in->at_event > RT_YAML_MAX_VALUE + RT_YAML_SLACK) {
		in->too_long = 1;
		return 0;
	}
	if (in->fp != NULL) {
		*n = fread(buf, 1, size, in->fp);
		in->read += *n;
		return !ferror(in->fp);
	}
	if (size > in->len - in->off)
		size = in->len - in->off;
	if (size > 0)
		memcpy(buf, in->text + in->off, size);
	in->off += size;
	in->read += size;
	*n = size;
	return 1;
}

struct rt_error *
rt_yaml_open(struct rt_yaml *y, const char *name, FILE *fp,
    const char *text, size_t len, enum rt_yaml_style style)
{
	memset(y, 0, sizeof(*y));
	y->name = name;
	y->fp = fp;
	y->style = style;
	if (!yaml_parser_initialize(&y->yp))
		return rt_error_new(RT_ENOMEM, "out of memory");
	y->in.fp = fp;
	y->in.text = text;
	y->in.len = len;
	yaml_parser_set_input(&y->yp, read_bounded, &y->in);
	return NULL;
}

void
rt_yaml_close(struct rt_yaml *y)
{
	yaml_event_delete(&y->ev);
	yaml_parser_delete(&y->yp);
}

/*
 * The error for a libyaml reader failure (bytes that are not UTF-8, a
 * control character such as NUL): "NAME:LINE:COLUMN: byte N: what
 * (0xXX)", the line and column (1-based, in characters) of the bad byte
 * and its offset (1-based).
 */
static struct rt_error *
reader_error(const yaml_parser_t *yp, const char *name)
{
	yaml_mark_t m = reader_mark(yp);

	if (yp->problem_value != -1)
		return rt_error_new(RT_EINVAL, "%s:%zu:%zu: byte %zu: %s "
		    "(0x%02X)", name, m.line + 1, m.column + 1,
		    yp->problem_offset + 1, yp->problem,
		    (unsigned)yp->problem_value);
	return rt_error_new(RT_EINVAL, "%s:%zu:%zu: byte %zu: %s", name,
	    m.line + 1, m.column + 1, yp->problem_offset + 1, yp->problem);
}

static struct rt_error *
yaml_error(struct rt_yaml *y)
{
	yaml_parser_t *yp = &y->yp;

	if (yp->error == YAML_MEMORY_ERROR)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (yp->error == YAML_READER_ERROR && y->fp != NULL && ferror(y->fp))
		return rt_error_new(RT_EIO, "%s: cannot read: %s", y->name,
		    strerror(errno));
	if (yp->error == YAML_READER_ERROR && y->in.too_long)
		return rt_yaml_err(y, y->last, "more than 1 MiB without a "
		    "complete value (a value, or a comment, may take up to "
		    "1 MiB: %d bytes)", RT_YAML_MAX_VALUE);
	if (yp->error == YAML_READER_ERROR)
		return reader_error(yp, y->name);
	if (y->style == RT_YAML_FOUND)
		return rt_yaml_err(y, yp->problem_mark, "%s%s%s",
		    yp->context ? yp->context : "",
		    yp->context ? ": " : "", yp->problem);
	return rt_error_new(RT_EINVAL, "%s:%zu:%zu: %s%s%s", y->name,
	    yp->problem_mark.line + 1, yp->problem_mark.column + 1,
	    yp->context ? yp->context : "", yp->context ? ": " : "",
	    yp->problem);
}

/* An anchor, alias or tag, refused in the reader's style. */
static struct rt_error *
refuse(struct rt_yaml *y, const char *anchor, const char *alias,
    const char *tag)
{
	yaml_mark_t m = y->ev.start_mark;
	int found = y->style == RT_YAML_FOUND;

	if (alias != NULL)
		return found ? rt_yaml_err(y, m, "found an alias (*%s); "
		    "aliases are not allowed", alias) :
		    rt_yaml_err(y, m, "aliases are not allowed");
	if (anchor != NULL)
		return found ? rt_yaml_err(y, m, "found an anchor (&%s); "
		    "anchors are not allowed", anchor) :
		    rt_yaml_err(y, m, "anchors are not allowed");
	if (!found)
		return rt_yaml_err(y, m, "tags are not allowed");
	/* %-escapes in a tag can make any byte: escape it */
	y->quoted[0] = '\0';
	rt_escape_append(y->quoted, sizeof(y->quoted), tag);
	return rt_yaml_err(y, m, "found a tag (%s); tags are not allowed",
	    y->quoted);
}

struct rt_error *
rt_yaml_next(struct rt_yaml *y)
{
	yaml_event_t *ev = &y->ev;
	yaml_char_t *anchor = NULL, *tag = NULL;

	yaml_event_delete(ev);
	if (!yaml_parser_parse(&y->yp, ev))
		return yaml_error(y);
	y->in.at_event = y->in.read;
	y->last = ev->end_mark;
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		return refuse(y, NULL, (char *)ev->data.alias.anchor, NULL);
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		tag = ev->data.scalar.tag;
		if (strlen((char *)ev->data.scalar.value) !=
		    ev->data.scalar.length)
			return rt_yaml_err(y, ev->start_mark, "%s",
			    y->style == RT_YAML_FOUND ? "found a NUL "
			    "character; NUL characters are not allowed" :
			    "NUL characters are not allowed");
		if (ev->data.scalar.length > RT_YAML_MAX_VALUE)
			return rt_yaml_err(y, ev->start_mark, "a value of %zu "
			    "bytes; a value may take up to 1 MiB (%d bytes)",
			    ev->data.scalar.length, RT_YAML_MAX_VALUE);
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
		break;
	default:
		break;
	}
	if (anchor != NULL || tag != NULL)
		return refuse(y, (char *)anchor, NULL, (char *)tag);
	return NULL;
}

struct rt_error *
rt_yaml_begin(struct rt_yaml *y, int *doc)
{
	struct rt_error *err;

	*doc = 0;
	/* stream start, then nothing or one document */
	if ((err = rt_yaml_next(y)) != NULL || (err = rt_yaml_next(y)) != NULL)
		return err;
	if (y->ev.type != YAML_DOCUMENT_START_EVENT)
		return NULL;
	if ((err = rt_yaml_next(y)) != NULL)
		return err;
	*doc = 1;
	return NULL;
}

struct rt_error *
rt_yaml_end(struct rt_yaml *y)
{
	struct rt_error *err;

	/* document end, then the stream's end */
	if ((err = rt_yaml_next(y)) != NULL || (err = rt_yaml_next(y)) != NULL)
		return err;
	if (y->ev.type == YAML_STREAM_END_EVENT)
		return NULL;
	return rt_yaml_err(y, y->ev.start_mark, "%s",
	    y->style == RT_YAML_FOUND ? "found a second document; only one "
	    "document is allowed" : "only one document is allowed");
}

int
rt_yaml_is_null(const yaml_event_t *ev)
{
	const char *s = (const char *)ev->data.scalar.value;

	return ev->type == YAML_SCALAR_EVENT &&
	    ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	    (*s == '\0' || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 ||
	    strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0);
}

const char *
rt_yaml_quote(struct rt_yaml *y, const char *s)
{
	strcpy(y->quoted, "\"");
	rt_escape_append(y->quoted, sizeof(y->quoted), s);
	strcat(y->quoted, "\"");
	return y->quoted;
}

const char *
rt_yaml_found(struct rt_yaml *y)
{
	if (y->ev.type == YAML_SEQUENCE_START_EVENT)
		return "a list";
	if (y->ev.type == YAML_MAPPING_START_EVENT)
		return "a mapping";
	if (rt_yaml_is_null(&y->ev))
		return "nothing";
	return rt_yaml_quote(y, (const char *)y->ev.data.scalar.value);
}

void
rt_yaml_path_key(struct rt_yaml *y, const char *key)
{
	size_t len = strlen(y->path);

	if (len > 0 && len + 1 < sizeof(y->path))
		strcat(y->path, ".");
	rt_escape_append(y->path, sizeof(y->path), key);
}

/* The name of entry i of a table (see rt_yaml_names). */
static const char *
name_at(const void *table, size_t stride, size_t i)
{
	const char *const *name;

	name = (const char *const *)(const void *)((const char *)table +
	    i * stride);
	return *name;
}

const char *
rt_yaml_names(const void *table, size_t stride, char *buf, size_t size)
{
	const char *name;
	size_t len = 0, i;

	buf[0] = '\0';
	for (i = 0; (name = name_at(table, stride, i)) != NULL && len < size;
	    i++)
		len += snprintf(buf + len, size - len, "%s%s",
		    len ? ", " : "", name);
	return buf;
}

struct rt_error *
rt_yaml_key(struct rt_yaml *y, const void *table, size_t stride,
    size_t *line, size_t *idx)
{
	const char *key, *name;
	char list[512];
	size_t i;

	if (y->ev.type != YAML_SCALAR_EVENT && y->style == RT_YAML_FOUND)
		return rt_yaml_err(y, y->ev.start_mark, "expected a key, "
		    "found %s", rt_yaml_found(y));
	if (y->ev.type != YAML_SCALAR_EVENT)
		return rt_yaml_err(y, y->ev.start_mark,
		    "a key must be a name, not a list or a mapping");
	key = (const char *)y->ev.data.scalar.value;
	rt_yaml_path_key(y, key);
	for (i = 0; (name = name_at(table, stride, i)) != NULL &&
	    strcmp(name, key) != 0; i++)
		continue;
	if (name == NULL)
		return rt_yaml_err(y, y->ev.start_mark, "unknown key "
		    "(expected one of %s)",
		    rt_yaml_names(table, stride, list, sizeof(list)));
	if (line[i] != 0)
		return rt_yaml_err(y, y->ev.start_mark, "duplicate key "
		    "(first on line %zu)", line[i]);
	line[i] = y->ev.start_mark.line + 1;
	*idx = i;
	return NULL;
}
