/*
 * rectrack — reading the configuration file with the YAML event layer.
 *
 * The reader follows the shape of the file: a table of keys per mapping,
 * one handler per kind of value.  Whatever the schema does not expect (a
 * list where a number belongs, an unknown key, an anchor, a tag) stops
 * the load at once, so the nesting never goes deeper than the schema
 * (top mapping, require mapping, list) however deep the input is.
 */
#include "formats/config_file.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "base/domain.h"
#include "base/email.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "formats/yaml.h"

#define MAX_KEYS	12	/* keys in the largest mapping */

struct field {
	const char	*name;
	struct rt_error	*(*get)(struct rt_yaml *, const struct field *,
			    struct rt_config *);
	size_t		 off;		/* offset of the value in the config */
	int		 max;		/* numbers: 1 to max */
	unsigned	 bit;		/* require values: enum rt_require */
	const struct field *sub;	/* mapping keys or require values */
};

/* "a, b, c" from a table of fields. */
static const char *
names(const struct field *t, char *buf, size_t size)
{
	return rt_yaml_names(t, sizeof(*t), buf, size);
}

/* The current event must be a scalar with a value; *s is its text. */
static struct rt_error *
scalar(struct rt_yaml *p, const char **s)
{
	yaml_event_t *ev = &p->ev;

	*s = "";
	if (ev->type == YAML_SEQUENCE_START_EVENT)
		return rt_yaml_err(p, ev->start_mark,
		    "must be a single value, not a list");
	if (ev->type == YAML_MAPPING_START_EVENT)
		return rt_yaml_err(p, ev->start_mark,
		    "must be a single value, not a mapping");
	*s = (const char *)ev->data.scalar.value;
	if (**s == '\0' || rt_yaml_is_null(ev))
		return rt_yaml_err(p, ev->start_mark, "needs a value");
	return NULL;
}

static struct rt_error *
get_string(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
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
get_number(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (rt_config_number(s, f->max, (int *)((char *)cfg + f->off)) == -1)
		return rt_yaml_err(p, p->ev.start_mark,
		    "must be a whole number from 1 to %d, not %s",
		    f->max, rt_yaml_quote(p, s));
	return NULL;
}

static struct rt_error *
get_buckets(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	yaml_mark_t start = p->ev.start_mark;
	const char *s;
	size_t n = 0;
	int v;

	if (p->ev.type != YAML_SEQUENCE_START_EVENT)
		return rt_yaml_err(p, start, "must be a list of day counts, "
		    "e.g. [183, 365, 730, 1826]");
	while ((err = rt_yaml_next(p)) == NULL &&
	    p->ev.type != YAML_SEQUENCE_END_EVENT) {
		if ((err = scalar(p, &s)) != NULL)
			return err;
		if (n == RT_MAX_BUCKETS)
			return rt_yaml_err(p, p->ev.start_mark,
			    "more than %d buckets", RT_MAX_BUCKETS);
		if (rt_config_number(s, f->max, &v) == -1)
			return rt_yaml_err(p, p->ev.start_mark,
			    "must be a whole number from 1 to %d, not %s",
			    f->max, rt_yaml_quote(p, s));
		if (n > 0 && v <= cfg->buckets[n - 1])
			return rt_yaml_err(p, p->ev.start_mark, "%d after %d: "
			    "buckets must be in ascending order",
			    v, cfg->buckets[n - 1]);
		cfg->buckets[n++] = v;
	}
	if (err != NULL)
		return err;
	if (n == 0)
		return rt_yaml_err(p, start, "needs at least one bucket");
	cfg->nbuckets = n;
	return NULL;
}

/* A list of names from f->sub; the mask replaces the old one. */
static struct rt_error *
get_mask(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	const struct field *v;
	struct rt_error *err;
	const char *s;
	unsigned mask = 0;
	char list[256];

	if (p->ev.type != YAML_SEQUENCE_START_EVENT)
		return rt_yaml_err(p, p->ev.start_mark, "must be a list of %s",
		    names(f->sub, list, sizeof(list)));
	while ((err = rt_yaml_next(p)) == NULL &&
	    p->ev.type != YAML_SEQUENCE_END_EVENT) {
		if ((err = scalar(p, &s)) != NULL)
			return err;
		for (v = f->sub; v->name != NULL && strcmp(v->name, s); v++)
			continue;
		if (v->name == NULL)
			return rt_yaml_err(p, p->ev.start_mark,
			    "unknown value %s (expected one of %s)",
			    rt_yaml_quote(p, s),
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
get_map(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	const struct field *k;
	struct rt_error *err;
	size_t first[MAX_KEYS] = { 0 }, plen = strlen(p->path), i;
	char list[256];

	if (p->ev.type != YAML_MAPPING_START_EVENT)
		return rt_yaml_err(p, p->ev.start_mark, "must be a mapping "
		    "with the keys %s", names(f->sub, list, sizeof(list)));
	for (;;) {
		p->path[plen] = '\0';
		if ((err = rt_yaml_next(p)) != NULL)
			return err;
		if (p->ev.type == YAML_MAPPING_END_EVENT)
			return NULL;
		if ((err = rt_yaml_key(p, f->sub, sizeof(*f->sub), first,
		    &i)) != NULL)
			return err;
		k = &f->sub[i];
		if ((err = rt_yaml_next(p)) != NULL ||
		    (err = k->get(p, k, cfg)) != NULL)
			return err;
	}
}

#define OFF(m)	offsetof(struct rt_config, m)

/* A status for a GAO status: .max 1 for an open one, 2 for a closed one. */
static struct rt_error *
get_status(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	enum rt_status st;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (rt_status_parse(s, &st) != 0 ||
	    rt_status_is_open(st) != (f->max == 1))
		return rt_yaml_err(p, p->ev.start_mark, "%s is not one of %s",
		    rt_yaml_quote(p, s), f->max == 1 ? "open-pending, "
		    "open-unresolved, open-resolved" : "closed-implemented, "
		    "closed-not-implemented");
	*(int *)((char *)cfg + f->off) = (int)st;
	return NULL;
}

/* The flag GAO's Priority sets: priority or significant. */
static struct rt_error *
get_flag(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s;
	int fl;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	fl = rt_flag_lookup(s);
	if (fl != RT_FLAG_PRIORITY && fl != RT_FLAG_SIGNIFICANT)
		return rt_yaml_err(p, p->ev.start_mark, "%s is not one of "
		    "priority, significant", rt_yaml_quote(p, s));
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

/* true or false (yes or no) into an int. */
static struct rt_error *
get_bool(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s;
	int *dst = (int *)((char *)cfg + f->off);

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0)
		*dst = 1;
	else if (strcmp(s, "false") == 0 || strcmp(s, "no") == 0)
		*dst = 0;
	else
		return rt_yaml_err(p, p->ev.start_mark, "must be true or "
		    "false, not %s", rt_yaml_quote(p, s));
	return NULL;
}

/* A size: bytes, or a number with KiB, MiB, GiB or TiB. */
static struct rt_error *
get_size(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (rt_config_size(s, (int64_t *)((char *)cfg + f->off)) == -1)
		return rt_yaml_err(p, p->ev.start_mark, "must be a size from "
		    "1 byte to 1 TiB, as a number of bytes or with KiB, MiB, "
		    "GiB or TiB (50 MiB), not %s", rt_yaml_quote(p, s));
	return NULL;
}

static const struct field require_keys[] = {
	{ .name = "resolve", .get = get_mask, .off = OFF(require_resolve),
	  .sub = resolve_values },
	{ .name = "close_implemented", .get = get_mask,
	  .off = OFF(require_close_implemented), .sub = close_values },
	{ .name = "approval", .get = get_bool, .off = OFF(require_approval) },
	{ .name = "separate_approver", .get = get_bool,
	  .off = OFF(require_separate_approver) },
	{ .name = NULL }
};

static const struct field evidence_keys[] = {
	{ .name = "max_file_size", .get = get_size,
	  .off = OFF(evidence_max_file) },
	{ .name = "max_total_size", .get = get_size,
	  .off = OFF(evidence_max_total) },
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

/* An e-mail address (base/email.h). */
static struct rt_error *
get_email(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (!rt_email_valid(s))
		return rt_yaml_err(p, p->ev.start_mark, "%s is not an e-mail "
		    "address (%s)", rt_yaml_quote(p, s), rt_email_expected());
	return get_string(p, f, cfg);
}

/* One line of text, without control characters (a name that goes in a
 * message's header). */
static struct rt_error *
get_line(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s, *c;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	for (c = s; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			return rt_yaml_err(p, p->ev.start_mark, "must be one "
			    "line of text, without control characters");
	return get_string(p, f, cfg);
}

/* Append a copy of s to the list *v of *n strings. */
static struct rt_error *
push(char ***v, size_t *n, const char *s)
{
	char **nv;

	if ((nv = realloc(*v, (*n + 1) * sizeof(*nv))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	*v = nv;
	if ((nv[*n] = rt_strdup(s)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	(*n)++;
	return NULL;
}

/* follow_up.cc: a list of e-mail addresses. */
static struct rt_error *
get_cc(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_follow_up *fu = &cfg->follow_up;
	struct rt_error *err;
	const char *s;

	(void)f;
	if (p->ev.type != YAML_SEQUENCE_START_EVENT)
		return rt_yaml_err(p, p->ev.start_mark, "must be a list of "
		    "e-mail addresses");
	while ((err = rt_yaml_next(p)) == NULL &&
	    p->ev.type != YAML_SEQUENCE_END_EVENT) {
		if ((err = scalar(p, &s)) != NULL)
			return err;
		if (!rt_email_valid(s))
			return rt_yaml_err(p, p->ev.start_mark, "%s is not an "
			    "e-mail address (%s)", rt_yaml_quote(p, s),
			    rt_email_expected());
		if ((err = push(&fu->cc, &fu->ncc, s)) != NULL)
			return err;
	}
	return err;
}

/*
 * follow_up.agency_cc: a list of {agency: CODE, email: ADDR}.  The code
 * is not looked up here (the configuration is read before the database
 * is open): the digest refuses one that names no agency.
 */
static struct rt_error *
get_agency_cc(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	static const struct field keys[] = {
		{ .name = "agency" }, { .name = "email" }, { .name = NULL }
	};
	struct rt_follow_up *fu = &cfg->follow_up;
	struct rt_agency_cc *v;
	struct rt_error *err;
	size_t first[MAX_KEYS], plen, i;
	yaml_mark_t start;
	const char *s;
	char *got[2];

	(void)f;
	if (p->ev.type != YAML_SEQUENCE_START_EVENT)
		return rt_yaml_err(p, p->ev.start_mark, "must be a list of "
		    "mappings with the keys agency, email");
	plen = strlen(p->path);
	while ((err = rt_yaml_next(p)) == NULL &&
	    p->ev.type != YAML_SEQUENCE_END_EVENT) {
		if (p->ev.type != YAML_MAPPING_START_EVENT)
			return rt_yaml_err(p, p->ev.start_mark, "must be a "
			    "mapping with the keys agency, email");
		start = p->ev.start_mark;
		if ((v = realloc(fu->agency_cc, (fu->nagency_cc + 1) *
		    sizeof(*v))) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		fu->agency_cc = v;
		v = &v[fu->nagency_cc++];
		v->agency = v->email = NULL;
		memset(first, 0, sizeof(first));
		for (;;) {
			p->path[plen] = '\0';
			if ((err = rt_yaml_next(p)) != NULL)
				return err;
			if (p->ev.type == YAML_MAPPING_END_EVENT)
				break;
			if ((err = rt_yaml_key(p, keys, sizeof(*keys), first,
			    &i)) != NULL || (err = rt_yaml_next(p)) != NULL ||
			    (err = scalar(p, &s)) != NULL)
				return err;
			if (i == 1 && !rt_email_valid(s))
				return rt_yaml_err(p, p->ev.start_mark, "%s is "
				    "not an e-mail address (%s)",
				    rt_yaml_quote(p, s), rt_email_expected());
			got[0] = v->agency;
			got[1] = v->email;
			if ((got[i] = rt_strdup(s)) == NULL)
				return rt_error_new(RT_ENOMEM,
				    "out of memory");
			v->agency = got[0];
			v->email = got[1];
		}
		p->path[plen] = '\0';
		if (v->agency == NULL || v->email == NULL)
			return rt_yaml_err(p, start, "needs both agency and "
			    "email");
	}
	return err;
}

static const struct field follow_up_keys[] = {
	{ .name = "due_within_days", .get = get_number,
	  .off = OFF(follow_up.due_within_days), .max = 3650 },
	{ .name = "escalate_after_days", .get = get_number,
	  .off = OFF(follow_up.escalate_after_days),
	  .max = RT_CONFIG_MAX_DAYS },
	{ .name = "from", .get = get_email, .off = OFF(follow_up.from) },
	{ .name = "from_name", .get = get_line,
	  .off = OFF(follow_up.from_name) },
	{ .name = "cc", .get = get_cc },
	{ .name = "agency_cc", .get = get_agency_cc },
	{ .name = "sendmail", .get = get_string,
	  .off = OFF(follow_up.sendmail) },
	{ .name = NULL }
};

static const struct field csv_keys[] = {
	{ .name = "bom", .get = get_bool, .off = OFF(csv_bom) },
	{ .name = NULL }
};

/* One line, neither empty nor with blanks at either end (OSCAL's
 * identifiers and URIs). */
static struct rt_error *
get_token(struct rt_yaml *p, const struct field *f, struct rt_config *cfg)
{
	struct rt_error *err;
	const char *s;
	size_t n;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	n = strlen(s);
	if (n == 0 || s[0] == ' ' || s[n - 1] == ' ')
		return rt_yaml_err(p, p->ev.start_mark, "must not be empty "
		    "nor begin or end with a blank");
	return get_line(p, f, cfg);
}

static const struct field oscal_keys[] = {
	{ .name = "system_id", .get = get_token,
	  .off = OFF(oscal_system_id) },
	{ .name = "system_id_type", .get = get_token,
	  .off = OFF(oscal_system_id_type) },
	{ .name = NULL }
};

static const struct field top_keys[] = {
	{ .name = "database", .get = get_string, .off = OFF(database) },
	{ .name = "actor", .get = get_string, .off = OFF(actor) },
	{ .name = "fiscal_year_start_month", .get = get_number,
	  .off = OFF(fy_start_month), .max = 12 },
	{ .name = "resolution_deadline_days", .get = get_number,
	  .off = OFF(resolution_deadline_days), .max = RT_CONFIG_MAX_DAYS },
	{ .name = "aging_buckets_days", .get = get_buckets,
	  .max = RT_CONFIG_MAX_DAYS },
	{ .name = "require", .get = get_map, .sub = require_keys },
	{ .name = "vocabulary", .get = get_map, .sub = vocabulary_keys },
	{ .name = "follow_up", .get = get_map, .sub = follow_up_keys },
	{ .name = "evidence", .get = get_map, .sub = evidence_keys },
	{ .name = "csv", .get = get_map, .sub = csv_keys },
	{ .name = "oscal", .get = get_map, .sub = oscal_keys },
	{ .name = NULL }
};

static const struct field top = { .sub = top_keys };

/* Read from fp, or from text when fp is NULL, into a copy of cfg. */
static struct rt_error *
load(struct rt_config *cfg, const char *name, FILE *fp, const char *text,
    size_t len)
{
	struct rt_error *err = NULL;
	struct rt_config tmp = *cfg;
	struct rt_yaml p;
	int doc;

	tmp.path = tmp.database = tmp.actor = NULL;
	tmp.oscal_system_id = tmp.oscal_system_id_type = NULL;
	/* the file's follow-up strings replace the defaults' (none) */
	memset(&tmp.follow_up, 0, sizeof(tmp.follow_up));
	tmp.follow_up.due_within_days = cfg->follow_up.due_within_days;
	tmp.follow_up.escalate_after_days =
	    cfg->follow_up.escalate_after_days;
	if ((err = rt_yaml_open(&p, name, fp, text, len,
	    RT_YAML_TERSE)) != NULL)
		return err;
	if ((err = rt_yaml_begin(&p, &doc)) != NULL)
		goto done;
	if (doc && ((!rt_yaml_is_null(&p.ev) &&
	    (err = get_map(&p, &top, &tmp)) != NULL) ||
	    (err = rt_yaml_end(&p)) != NULL))
		goto done;
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
	if (tmp.oscal_system_id != NULL)
		free(cfg->oscal_system_id);
	else
		tmp.oscal_system_id = cfg->oscal_system_id;
	if (tmp.oscal_system_id_type != NULL)
		free(cfg->oscal_system_id_type);
	else
		tmp.oscal_system_id_type = cfg->oscal_system_id_type;
	rt_follow_up_free(&cfg->follow_up);
	*cfg = tmp;
done:
	if (err != NULL) {
		free(tmp.database);
		free(tmp.actor);
		free(tmp.oscal_system_id);
		free(tmp.oscal_system_id_type);
		rt_follow_up_free(&tmp.follow_up);
	}
	rt_yaml_close(&p);
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

