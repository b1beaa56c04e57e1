/*
 * rectrack — configuration (rectrack(1)), read with the libyaml event API.
 *
 * The parser follows the shape of the file: a table of keys per mapping,
 * one handler per kind of value.  Whatever the schema does not expect (a
 * list where a number belongs, an unknown key, an anchor, a tag) stops
 * the load at once, so the nesting never goes deeper than the schema
 * (top mapping, require mapping, list) however deep the input is.
 */
#include "core/config.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/lifecycle.h"
#include "formats/yamlin.h"

#define MAX_DAYS	36500	/* a hundred years */
#define MAX_KEYS	8	/* keys in the largest mapping */

struct parser {
	yaml_parser_t	 yp;
	yaml_event_t	 ev;		/* the current event */
	const char	*name;		/* file name for messages */
	FILE		*fp;		/* NULL when reading a string */
	struct rt_yaml_input in;	/* fp or the string, bounded */
	yaml_mark_t	 last;		/* end of the last event */
	char		 key[128];	/* dotted path of the key */
	char		 quoted[96];	/* a value quoted for a message */
};

struct field {
	const char	*name;
	struct rt_error	*(*get)(struct parser *, const struct field *,
			    struct rt_config *);
	size_t		 off;		/* offset of the value in the config */
	int		 max;		/* numbers: 1 to max */
	unsigned	 bit;		/* require values: enum rt_require */
	const struct field *sub;	/* mapping keys or require values */
};

static struct rt_error *perr(struct parser *, yaml_mark_t, const char *, ...)
    __attribute__((format(printf, 3, 4)));

/* An error at mark m about the current key. */
static struct rt_error *
perr(struct parser *p, yaml_mark_t m, const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return rt_error_new(RT_EINVAL, "%s:%zu:%zu: %s%s%s", p->name,
	    m.line + 1, m.column + 1, p->key, *p->key ? ": " : "", msg);
}

static struct rt_error *
yaml_error(struct parser *p)
{
	yaml_parser_t *yp = &p->yp;

	if (yp->error == YAML_MEMORY_ERROR)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (yp->error == YAML_READER_ERROR && p->fp != NULL && ferror(p->fp))
		return rt_error_new(RT_EIO, "%s: cannot read: %s", p->name,
		    strerror(errno));
	if (yp->error == YAML_READER_ERROR && p->in.too_long)
		return perr(p, p->last, "more than 1 MiB without a complete "
		    "value (a value, or a comment, may take up to 1 MiB: %d "
		    "bytes)", RT_YAML_MAX_VALUE);
	if (yp->error == YAML_READER_ERROR)
		return rt_yaml_reader_error(yp, p->name);
	return rt_error_new(RT_EINVAL, "%s:%zu:%zu: %s%s%s", p->name,
	    yp->problem_mark.line + 1, yp->problem_mark.column + 1,
	    yp->context ? yp->context : "", yp->context ? ": " : "",
	    yp->problem);
}

/*
 * Delete the current event and fetch the next one; refuse anchors,
 * aliases, tags and scalars with NUL characters.  After a failure the
 * parser must not be called again.
 */
static struct rt_error *
next(struct parser *p)
{
	yaml_event_t *ev = &p->ev;
	yaml_char_t *anchor = NULL, *tag = NULL;

	yaml_event_delete(ev);
	if (!yaml_parser_parse(&p->yp, ev))
		return yaml_error(p);
	rt_yaml_input_event(&p->in);
	p->last = ev->end_mark;
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		return perr(p, ev->start_mark, "aliases are not allowed");
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		tag = ev->data.scalar.tag;
		if (strlen((char *)ev->data.scalar.value) !=
		    ev->data.scalar.length)
			return perr(p, ev->start_mark,
			    "NUL characters are not allowed");
		if (ev->data.scalar.length > RT_YAML_MAX_VALUE)
			return perr(p, ev->start_mark, "a value of %zu bytes; "
			    "a value may take up to 1 MiB (%d bytes)",
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
	if (anchor != NULL)
		return perr(p, ev->start_mark, "anchors are not allowed");
	if (tag != NULL)
		return perr(p, ev->start_mark, "tags are not allowed");
	return NULL;
}

/* A plain empty, ~ or null scalar: YAML's null. */
static int
is_null(const yaml_event_t *ev)
{
	const char *s = (const char *)ev->data.scalar.value;

	return ev->type == YAML_SCALAR_EVENT &&
	    ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	    (*s == '\0' || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 ||
	    strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0);
}

/* s in double quotes for a message, in p->quoted. */
static const char *
quote(struct parser *p, const char *s)
{
	strcpy(p->quoted, "\"");
	rt_escape_append(p->quoted, sizeof(p->quoted), s);
	strcat(p->quoted, "\"");
	return p->quoted;
}

/* The current event must be a scalar with a value; *s is its text. */
static struct rt_error *
scalar(struct parser *p, const char **s)
{
	yaml_event_t *ev = &p->ev;

	if (ev->type == YAML_SEQUENCE_START_EVENT)
		return perr(p, ev->start_mark,
		    "must be a single value, not a list");
	if (ev->type == YAML_MAPPING_START_EVENT)
		return perr(p, ev->start_mark,
		    "must be a single value, not a mapping");
	*s = (const char *)ev->data.scalar.value;
	if (**s == '\0' || is_null(ev))
		return perr(p, ev->start_mark, "needs a value");
	return NULL;
}

/* "a, b, c" from a table of names. */
static const char *
names(const struct field *t, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (; t->name != NULL && len < size; t++)
		len += snprintf(buf + len, size - len, "%s%s",
		    len ? ", " : "", t->name);
	return buf;
}

/* A whole number from 1 to max: digits only, no sign, no leading zero. */
static int
parse_number(const char *s, int max, int *out)
{
	int n = 0;

	if (*s < '1' || *s > '9')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || (n = n * 10 + *s - '0') > max)
			return -1;
	}
	*out = n;
	return 0;
}

static struct rt_error *
get_string(struct parser *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s;
	char **dst = (char **)((char *)cfg + f->off);

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if ((*dst = rt_strdup(s)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	return NULL;
}

static struct rt_error *
get_number(struct parser *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (parse_number(s, f->max, (int *)((char *)cfg + f->off)) == -1)
		return perr(p, p->ev.start_mark,
		    "must be a whole number from 1 to %d, not %s",
		    f->max, quote(p, s));
	return NULL;
}

static struct rt_error *
get_buckets(struct parser *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	yaml_mark_t start = p->ev.start_mark;
	const char *s;
	size_t n = 0;
	int v;

	if (p->ev.type != YAML_SEQUENCE_START_EVENT)
		return perr(p, start, "must be a list of day counts, "
		    "e.g. [183, 365, 730, 1826]");
	while ((err = next(p)) == NULL &&
	    p->ev.type != YAML_SEQUENCE_END_EVENT) {
		if ((err = scalar(p, &s)) != NULL)
			return err;
		if (n == RT_MAX_BUCKETS)
			return perr(p, p->ev.start_mark,
			    "more than %d buckets", RT_MAX_BUCKETS);
		if (parse_number(s, f->max, &v) == -1)
			return perr(p, p->ev.start_mark,
			    "must be a whole number from 1 to %d, not %s",
			    f->max, quote(p, s));
		if (n > 0 && v <= cfg->buckets[n - 1])
			return perr(p, p->ev.start_mark, "%d after %d: "
			    "buckets must be in ascending order",
			    v, cfg->buckets[n - 1]);
		cfg->buckets[n++] = v;
	}
	if (err != NULL)
		return err;
	if (n == 0)
		return perr(p, start, "needs at least one bucket");
	cfg->nbuckets = n;
	return NULL;
}

/* A list of names from f->sub; the mask replaces the old one. */
static struct rt_error *
get_mask(struct parser *p, const struct field *f, struct rt_config *cfg)
{
	const struct field *v;
	struct rt_error *err;
	const char *s;
	unsigned mask = 0;
	char list[256];

	if (p->ev.type != YAML_SEQUENCE_START_EVENT)
		return perr(p, p->ev.start_mark, "must be a list of %s",
		    names(f->sub, list, sizeof(list)));
	while ((err = next(p)) == NULL &&
	    p->ev.type != YAML_SEQUENCE_END_EVENT) {
		if ((err = scalar(p, &s)) != NULL)
			return err;
		for (v = f->sub; v->name != NULL && strcmp(v->name, s); v++)
			continue;
		if (v->name == NULL)
			return perr(p, p->ev.start_mark, "unknown value %s "
			    "(expected one of %s)", quote(p, s),
			    names(f->sub, list, sizeof(list)));
		mask |= v->bit;
	}
	if (err != NULL)
		return err;
	*(unsigned *)((char *)cfg + f->off) = mask;
	return NULL;
}

/* A mapping with the keys of f->sub, each at most once. */
static struct rt_error *
get_map(struct parser *p, const struct field *f, struct rt_config *cfg)
{
	const struct field *k;
	struct rt_error *err;
	size_t first[MAX_KEYS] = { 0 }, plen = strlen(p->key);
	char list[256];

	if (p->ev.type != YAML_MAPPING_START_EVENT)
		return perr(p, p->ev.start_mark, "must be a mapping with the "
		    "keys %s", names(f->sub, list, sizeof(list)));
	for (;;) {
		p->key[plen] = '\0';
		if ((err = next(p)) != NULL)
			return err;
		if (p->ev.type == YAML_MAPPING_END_EVENT)
			return NULL;
		if (p->ev.type != YAML_SCALAR_EVENT)
			return perr(p, p->ev.start_mark,
			    "a key must be a name, not a list or a mapping");
		if (plen)
			strcat(p->key, ".");
		rt_escape_append(p->key, sizeof(p->key),
		    (char *)p->ev.data.scalar.value);
		for (k = f->sub; k->name != NULL &&
		    strcmp(k->name, (char *)p->ev.data.scalar.value); k++)
			continue;
		if (k->name == NULL)
			return perr(p, p->ev.start_mark, "unknown key "
			    "(expected one of %s)",
			    names(f->sub, list, sizeof(list)));
		if (first[k - f->sub] != 0)
			return perr(p, p->ev.start_mark, "duplicate key "
			    "(first on line %zu)", first[k - f->sub]);
		first[k - f->sub] = p->ev.start_mark.line + 1;
		if ((err = next(p)) != NULL ||
		    (err = k->get(p, k, cfg)) != NULL)
			return err;
	}
}

#define OFF(m)	offsetof(struct rt_config, m)

/* A status for a GAO status: .max 1 for an open one, 2 for a closed one. */
static struct rt_error *
get_status(struct parser *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	enum rt_status st;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (rt_status_parse(s, &st) != 0 ||
	    rt_status_is_open(st) != (f->max == 1))
		return perr(p, p->ev.start_mark, "%s is not one of %s",
		    quote(p, s), f->max == 1 ? "open-pending, "
		    "open-unresolved, open-resolved" : "closed-implemented, "
		    "closed-not-implemented");
	*(int *)((char *)cfg + f->off) = (int)st;
	return NULL;
}

/* The flag GAO's Priority sets: priority or significant. */
static struct rt_error *
get_flag(struct parser *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s;
	int fl;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	fl = rt_flag_lookup(s);
	if (fl != RT_FLAG_PRIORITY && fl != RT_FLAG_SIGNIFICANT)
		return perr(p, p->ev.start_mark, "%s is not one of priority, "
		    "significant", quote(p, s));
	*(int *)((char *)cfg + f->off) = fl;
	return NULL;
}

static const struct field resolve_values[] = {
	{ .name = "target_date", .bit = RT_REQ_TARGET_DATE },
	{ .name = "corrective_action", .bit = RT_REQ_CORRECTIVE_ACTION },
	{ .name = "official", .bit = RT_REQ_OFFICIAL },
	{ .name = NULL }
};

static const struct field close_values[] = {
	{ .name = "evidence", .bit = RT_REQ_EVIDENCE },
	{ .name = NULL }
};

static const struct field require_keys[] = {
	{ .name = "resolve", .get = get_mask, .off = OFF(require_resolve),
	  .sub = resolve_values },
	{ .name = "close_implemented", .get = get_mask,
	  .off = OFF(require_close_implemented), .sub = close_values },
	{ .name = NULL }
};

static const struct field vocabulary_keys[] = {
	{ .name = "gao_open", .get = get_status, .off = OFF(gao_status[0]),
	  .max = 1 },
	{ .name = "gao_open_partially_addressed", .get = get_status,
	  .off = OFF(gao_status[1]), .max = 1 },
	{ .name = "gao_closed_implemented", .get = get_status,
	  .off = OFF(gao_status[2]), .max = 2 },
	{ .name = "gao_closed_not_implemented", .get = get_status,
	  .off = OFF(gao_status[3]), .max = 2 },
	{ .name = "gao_priority", .get = get_flag,
	  .off = OFF(gao_priority_flag) },
	{ .name = NULL }
};

static const struct field top_keys[] = {
	{ .name = "database", .get = get_string, .off = OFF(database) },
	{ .name = "actor", .get = get_string, .off = OFF(actor) },
	{ .name = "fiscal_year_start_month", .get = get_number,
	  .off = OFF(fy_start_month), .max = 12 },
	{ .name = "resolution_deadline_days", .get = get_number,
	  .off = OFF(resolution_deadline_days), .max = MAX_DAYS },
	{ .name = "aging_buckets_days", .get = get_buckets, .max = MAX_DAYS },
	{ .name = "require", .get = get_map, .sub = require_keys },
	{ .name = "vocabulary", .get = get_map, .sub = vocabulary_keys },
	{ .name = NULL }
};

static const struct field top = { .sub = top_keys };

void
rt_config_defaults(struct rt_config *cfg)
{
	static const int buckets[] = { 183, 365, 730, 1826 };

	memset(cfg, 0, sizeof(*cfg));
	cfg->fy_start_month = 10;
	cfg->resolution_deadline_days = 183;
	memcpy(cfg->buckets, buckets, sizeof(buckets));
	cfg->nbuckets = sizeof(buckets) / sizeof(buckets[0]);
	cfg->require_resolve = RT_REQ_TARGET_DATE;
	cfg->gao_status[0] = RT_OPEN_UNRESOLVED;
	cfg->gao_status[1] = RT_OPEN_UNRESOLVED;
	cfg->gao_status[2] = RT_CLOSED_IMPLEMENTED;
	cfg->gao_status[3] = RT_CLOSED_NOT_IMPLEMENTED;
	cfg->gao_priority_flag = RT_FLAG_PRIORITY;
}

/* Read from fp, or from text when fp is NULL, into a copy of cfg. */
static struct rt_error *
load(struct rt_config *cfg, const char *name, FILE *fp, const char *text,
    size_t len)
{
	struct rt_error *err = NULL;
	struct rt_config tmp = *cfg;
	struct parser p;

	memset(&p, 0, sizeof(p));
	p.name = name;
	p.fp = fp;
	tmp.path = tmp.database = tmp.actor = NULL;
	if (!yaml_parser_initialize(&p.yp))
		return rt_error_new(RT_ENOMEM, "out of memory");
	rt_yaml_input_set(&p.yp, &p.in, fp, text, len);

	/* stream start, then nothing or one document */
	if ((err = next(&p)) != NULL || (err = next(&p)) != NULL)
		goto done;
	if (p.ev.type == YAML_DOCUMENT_START_EVENT) {
		if ((err = next(&p)) != NULL)
			goto done;
		if (!is_null(&p.ev) && (err = get_map(&p, &top, &tmp)) != NULL)
			goto done;
		/* document end, then the stream's end */
		if ((err = next(&p)) != NULL || (err = next(&p)) != NULL)
			goto done;
		if (p.ev.type != YAML_STREAM_END_EVENT) {
			err = perr(&p, p.ev.start_mark,
			    "only one document is allowed");
			goto done;
		}
	}
	if ((tmp.path = rt_strdup(name)) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	free(cfg->path);
	if (tmp.database != NULL)
		free(cfg->database);
	else
		tmp.database = cfg->database;
	if (tmp.actor != NULL)
		free(cfg->actor);
	else
		tmp.actor = cfg->actor;
	*cfg = tmp;
done:
	if (err != NULL) {
		free(tmp.database);
		free(tmp.actor);
	}
	yaml_event_delete(&p.ev);
	yaml_parser_delete(&p.yp);
	return err;
}

struct rt_error *
rt_config_load(struct rt_config *cfg, const char *path)
{
	struct rt_error *err;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		return rt_error_new(RT_EIO, "%s: cannot read: %s", path,
		    strerror(errno));
	err = load(cfg, path, fp, NULL, 0);
	fclose(fp);
	return err;
}

struct rt_error *
rt_config_load_string(struct rt_config *cfg, const char *name,
    const char *text, size_t len)
{
	return load(cfg, name, NULL, text, len);
}

struct rt_error *
rt_config_find(const char *explicit_path, char **path)
{
	struct rt_buf b = { 0 };
	const char *env;

	*path = NULL;
	if (explicit_path == NULL &&
	    (env = getenv("RECTRACK_CONFIG")) != NULL && *env != '\0')
		explicit_path = env;
	if (explicit_path != NULL) {
		if (access(explicit_path, F_OK) == -1)
			return rt_error_new(RT_EIO, "%s: cannot read: %s",
			    explicit_path, strerror(errno));
		if ((*path = rt_strdup(explicit_path)) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		return NULL;
	}
	if (access("rectrack.yaml", F_OK) == 0) {
		if ((*path = rt_strdup("rectrack.yaml")) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		return NULL;
	}
	/* XDG: a relative XDG_CONFIG_HOME is invalid and ignored */
	if ((env = getenv("XDG_CONFIG_HOME")) != NULL && *env == '/') {
		if (rt_buf_printf(&b, "%s/rectrack/config.yaml", env) == -1)
			return rt_error_new(RT_ENOMEM, "out of memory");
	} else if ((env = getenv("HOME")) != NULL && *env != '\0') {
		if (rt_buf_printf(&b, "%s/.config/rectrack/config.yaml",
		    env) == -1)
			return rt_error_new(RT_ENOMEM, "out of memory");
	} else
		return NULL;
	if (access(b.s, F_OK) == 0)
		*path = b.s;
	else
		rt_buf_free(&b);
	return NULL;
}

void
rt_config_free(struct rt_config *cfg)
{
	free(cfg->path);
	free(cfg->database);
	free(cfg->actor);
	cfg->path = cfg->database = cfg->actor = NULL;
}
