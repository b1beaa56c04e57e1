/*
 * rectrack — reading the import format (import-format.md) with the
 * libyaml event API, one report at a time.
 *
 * The parser follows the shape of the format: a table of keys per
 * mapping, one handler per kind of value, a walker for lists.  Whatever
 * the format does not expect (a list where a value belongs, an unknown
 * key, an anchor, an alias, a tag) stops the parse at once, so that the
 * nesting never goes deeper than the format (top mapping, reports,
 * report, recommendations, recommendation, history, entry: seven levels)
 * however deep the input is: 100000 nested '[' are refused at the first
 * one that stands where the format wants something else.
 *
 * Scalars are strings.  A plain empty, ~ or null value (in any of
 * YAML's spellings: null, Null, NULL) stands for "no value": an
 * optional key with it is treated as if it were absent (its given bit
 * is not set); a required key with it is refused.  Quoted scalars are
 * always strings, "" and "~" included.  The text of booleans (true,
 * false, yes, no), money and dates is read the same whatever the
 * quoting.
 *
 * Memory: the report being read (with its recommendations and their
 * history) is freed once the sink has had it; nothing grows with the
 * number of reports (the sink finds a report given twice, with
 * number_pos).
 */
#include "formats/yamlin.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "formats/gaocsv.h"
#include "store/store.h"

#define MAX_KEYS	24	/* keys in the largest mapping */

struct parser {
	struct rt_yaml	 y;		/* the events, the field path of the
					   current value */
	const struct rt_imp_sink *sink;
	struct rt_imp_report rep;	/* the report being read */
	size_t		 reccap;	/* slots in rep.recs */
	size_t		*numset;	/* rep's recommendation numbers */
	size_t		 numcap;	/* slots in numset (a power of 2) */
	uint64_t	 numkey[2];	/* numset's hash key */
	int		 keyed;		/* numkey is set */
	size_t		 histcap;	/* slots in the last rec's history */
};

struct key {
	const char	*name;
	struct rt_error	*(*get)(struct parser *, const struct key *, void *);
	size_t		 off;		/* of the value in the object */
	unsigned long	 bit;		/* given bit */
	int		 required;
	int		(*valid)(const char *);	/* choices: the values */
	const char	*(*names)(void);
};

/* A kind of mapping: what it is called in messages, and its keys. */
struct map {
	const char	*what;
	const struct key *keys;
};

/* What get_map saw: per key, the line of the key (0: absent) and the
 * mark of its value, and whether the value was not null. */
struct seen {
	yaml_mark_t	 start;
	size_t		 line[MAX_KEYS];
	yaml_mark_t	 mark[MAX_KEYS];
	int		 set[MAX_KEYS];
};

static struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

/* The current event must be a scalar; *s is its text ("" if not). */
static struct rt_error *
scalar(struct parser *p, const char **s)
{
	*s = "";
	if (p->y.ev.type != YAML_SCALAR_EVENT)
		return rt_yaml_err(&p->y, p->y.ev.start_mark,
		    "expected a single value, found %s", rt_yaml_found(&p->y));
	*s = (const char *)p->y.ev.data.scalar.value;
	return NULL;
}

static void
set_pos(struct parser *p, struct rt_imp_pos *pos)
{
	pos->line = (int)p->y.ev.start_mark.line + 1;
	pos->col = (int)p->y.ev.start_mark.column + 1;
	snprintf(pos->path, sizeof(pos->path), "%s", p->y.path);
}

/* The mark of the value of key `name` of m, NULL when it had none. */
static const yaml_mark_t *
mark_of(const struct map *m, const struct seen *s, const char *name)
{
	size_t i;

	for (i = 0; m->keys[i].name != NULL; i++)
		if (strcmp(m->keys[i].name, name) == 0)
			return s->set[i] ? &s->mark[i] : NULL;
	return NULL;
}

/* ---- checking values ------------------------------------------------ */

/* True when s has the shape: 'd' a digit, any other character itself. */
static int
has_shape(const char *s, const char *shape)
{
	for (; *shape != '\0'; s++, shape++)
		if (*shape == 'd' ? *s < '0' || *s > '9' : *s != *shape)
			return 0;
	return *s == '\0';
}

/* A valid YYYY-MM-DD date, or an error at m. */
static struct rt_error *
check_date(struct parser *p, yaml_mark_t m, const char *s)
{
	if (rt_date_valid(s))
		return NULL;
	if (has_shape(s, "dddd-dd-dd"))
		return rt_yaml_err(&p->y, m, "no such date %s (expected an existing date "
		    "as YYYY-MM-DD)", rt_yaml_quote(&p->y, s));
	return rt_yaml_err(&p->y, m, "malformed date %s (expected YYYY-MM-DD)",
	    rt_yaml_quote(&p->y, s));
}

static struct rt_error *
unknown(struct parser *p, yaml_mark_t m, const char *s, const char *names)
{
	return rt_yaml_err(&p->y, m, "unknown value %s (expected one of %s)",
	    rt_yaml_quote(&p->y, s), names);
}

/* ---- values ---------------------------------------------------------- */

#define AT(obj, k, type)	((type *)(void *)((char *)(obj) + (k)->off))

static struct rt_error *
get_text(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (k->required && rt_blank(s))
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "needs a value (found %s)",
		    rt_yaml_found(&p->y));
	if ((*AT(obj, k, char *) = strdup(s)) == NULL)
		return nomem();
	return NULL;
}

/* Text from the list k->valid accepts. */
static struct rt_error *
get_choice(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (!k->valid(s))
		return unknown(p, p->y.ev.start_mark, s, k->names());
	return get_text(p, k, obj);
}

static struct rt_error *
get_date(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL ||
	    (err = check_date(p, p->y.ev.start_mark, s)) != NULL)
		return err;
	memcpy(AT(obj, k, char), s, RT_DATE_SIZE);
	return NULL;
}

/* A UTC instant: YYYY-MM-DDTHH:MM:SSZ. */
static struct rt_error *
get_instant(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;
	char date[RT_DATE_SIZE];

	if ((err = scalar(p, &s)) != NULL)
		return err;
	snprintf(date, sizeof(date), "%.10s", s);
	if (!has_shape(s, "dddd-dd-ddTdd:dd:ddZ") || !rt_date_valid(date) ||
	    strncmp(s + 11, "24", 2) >= 0 || s[14] > '5' || s[17] > '5')
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "malformed time %s (expected "
		    "YYYY-MM-DDTHH:MM:SSZ, in UTC)", rt_yaml_quote(&p->y, s));
	memcpy(AT(obj, k, char), s, sizeof(((struct rt_event *)0)->at));
	return NULL;
}

static struct rt_error *
get_status(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (rt_status_parse(s, AT(obj, k, enum rt_status)) == -1)
		return unknown(p, p->y.ev.start_mark, s, rt_status_names());
	return NULL;
}

static struct rt_error *
get_concurrence(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (rt_concurrence_parse(s, AT(obj, k, enum rt_concurrence)) == -1)
		return unknown(p, p->y.ev.start_mark, s,
		    rt_concurrence_names());
	return NULL;
}

static struct rt_error *
get_bool(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0)
		*AT(obj, k, int) = 1;
	else if (strcmp(s, "false") == 0 || strcmp(s, "no") == 0)
		*AT(obj, k, int) = 0;
	else
		return unknown(p, p->y.ev.start_mark, s, "true, false, yes, no");
	return NULL;
}

static struct rt_error *
get_money(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (rt_money_parse(s, AT(obj, k, int64_t)) == -1)
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "not an amount of dollars: %s "
		    "(expected %s)", rt_yaml_quote(&p->y, s), strcmp(rt_money_hint(s),
		    "e.g. 1234.56") == 0 ? "a number like 1234.56 or "
		    "\"$1,234.56\"" : rt_money_hint(s));
	return NULL;
}

/* A fiscal year: RT_FY_MIN to RT_FY_MAX, as --fy takes, digits only,
 * no leading zero. */
static struct rt_error *
get_year(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;
	size_t i;
	int y = 0;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	for (i = 0; s[i] >= '0' && s[i] <= '9' && i < 4; i++)
		y = y * 10 + s[i] - '0';
	if (s[i] != '\0' || i == 0 || s[0] == '0' || y < RT_FY_MIN ||
	    y > RT_FY_MAX)
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "not a year: %s (expected a "
		    "whole number from %d to %d)", rt_yaml_quote(&p->y, s), RT_FY_MIN,
		    RT_FY_MAX);
	*AT(obj, k, int) = y;
	return NULL;
}

static struct rt_error *
get_version(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	(void)k;
	(void)obj;
	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (strcmp(s, "1") != 0)
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "unsupported version %s "
		    "(expected 1)", rt_yaml_quote(&p->y, s));
	return NULL;
}

/* ---- mappings and lists ---------------------------------------------- */

/*
 * The current event must start a mapping of m's keys, each at most once;
 * read it into obj, setting the given bits (given may be NULL) and
 * recording in *s what was seen.
 */
static struct rt_error *
get_map(struct parser *p, const struct map *m, void *obj,
    unsigned long *given, struct seen *s)
{
	struct rt_yaml *y = &p->y;
	const struct key *k;
	struct rt_error *err;
	size_t plen = strlen(y->path), i;

	memset(s, 0, sizeof(*s));
	s->start = y->ev.start_mark;
	if (y->ev.type != YAML_MAPPING_START_EVENT)
		return rt_yaml_err(y, s->start, "expected %s, found %s",
		    m->what, rt_yaml_found(y));
	for (;;) {
		y->path[plen] = '\0';
		if ((err = rt_yaml_next(y)) != NULL)
			return err;
		if (y->ev.type == YAML_MAPPING_END_EVENT)
			break;
		if ((err = rt_yaml_key(y, m->keys, sizeof(*m->keys), s->line,
		    &i)) != NULL || (err = rt_yaml_next(y)) != NULL)
			return err;
		k = &m->keys[i];
		s->mark[i] = y->ev.start_mark;
		if (rt_yaml_is_null(&y->ev) && k->required)
			return rt_yaml_err(y, y->ev.start_mark,
			    "needs a value (found nothing)");
		if (rt_yaml_is_null(&y->ev))
			continue;
		if ((err = k->get(p, k, obj)) != NULL)
			return err;
		s->set[i] = 1;
		if (given != NULL)
			*given |= k->bit;
	}
	y->path[plen] = '\0';
	for (k = m->keys; k->name != NULL; k++)
		if (k->required && s->line[k - m->keys] == 0)
			return rt_yaml_err(y, s->start,
			    "missing required key \"%s\"", k->name);
	return NULL;
}

/* The current event must start a list (of `what`); read each item. */
static struct rt_error *
each(struct parser *p, const char *what,
    struct rt_error *(*item)(struct parser *, void *), void *obj)
{
	struct rt_error *err;
	size_t plen = strlen(p->y.path), i;

	if (p->y.ev.type != YAML_SEQUENCE_START_EVENT)
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "expected a list of %s, "
		    "found %s", what, rt_yaml_found(&p->y));
	for (i = 0;; i++) {
		snprintf(p->y.path + plen, sizeof(p->y.path) - plen, "[%zu]", i);
		if ((err = rt_yaml_next(&p->y)) != NULL)
			return err;
		if (p->y.ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		if ((err = item(p, obj)) != NULL)
			return err;
	}
	p->y.path[plen] = '\0';
	return NULL;
}

/*
 * v, an array of n elements of size bytes in *cap slots, with room for
 * one more: the slots double (from 8) when full.  NULL when out of
 * memory (v is left as it was).
 */
static void *
grow(void *v, size_t n, size_t *cap, size_t size)
{
	size_t ncap = *cap ? *cap * 2 : 8;

	if (n < *cap)
		return v;
	if (ncap > SIZE_MAX / size || (v = realloc(v, ncap * size)) == NULL)
		return NULL;
	*cap = ncap;
	return v;
}

/* ---- history --------------------------------------------------------- */

enum new_value { NEW_ANY, NEW_STATUS, NEW_CONCURRENCE, NEW_DATE, NEW_YESNO };
enum field_value { FIELD_ANY, FIELD_NAME, FIELD_FLAG };

/* What each kind of history entry needs. */
static const struct kind {
	const char	*name;
	enum new_value	 new;		/* what `new` must be */
	int		 need_new;	/* `new` is required */
	enum field_value field;		/* what `field` must be */
} kinds[] = {
	/* an issued entry without `new` is issued open-pending */
	{ "issued", NEW_STATUS, 0, FIELD_ANY },
	{ "status", NEW_STATUS, 1, FIELD_ANY },
	{ "concurrence", NEW_CONCURRENCE, 1, FIELD_ANY },
	{ "target", NEW_DATE, 1, FIELD_ANY },
	{ "flag", NEW_YESNO, 1, FIELD_FLAG },
	{ "field", NEW_ANY, 0, FIELD_NAME },
	{ "note", NEW_ANY, 0, FIELD_ANY },
	{ "imported", NEW_ANY, 0, FIELD_ANY },
	{ NULL, NEW_ANY, 0, FIELD_ANY }
};

static const struct kind *
find_kind(const char *s)
{
	const struct kind *k;

	for (k = kinds; k->name != NULL && strcmp(k->name, s) != 0; k++)
		continue;
	return k->name != NULL ? k : NULL;
}

static int
kind_valid(const char *s)
{
	return find_kind(s) != NULL;
}

static const char *
kind_names(void)
{
	return "issued, status, concurrence, target, flag, field, note, "
	    "imported";
}

static const char *
flag_fields(void)
{
	return "priority, significant, on_hold, closure_requested, "
	    "partially_addressed";
}

#define EV(m)	offsetof(struct rt_imp_event, ev.m)

static const struct key event_keys[] = {
	{ .name = "effective", .get = get_date, .off = EV(effective),
	  .required = 1 },
	{ .name = "kind", .get = get_choice, .off = EV(kind), .required = 1,
	  .valid = kind_valid, .names = kind_names },
	{ .name = "field", .get = get_text, .off = EV(field) },
	{ .name = "old", .get = get_text, .off = EV(old) },
	{ .name = "new", .get = get_text, .off = EV(new) },
	{ .name = "note", .get = get_text, .off = EV(note) },
	{ .name = "actor", .get = get_text, .off = EV(actor) },
	{ .name = "at", .get = get_instant, .off = EV(at) },
	{ .name = NULL }
};

static const struct map event_map = { "a history entry (a mapping)",
    event_keys };

/* The fields a `field` entry may name: those kept as text or money. */
#define FIELD_NAMES "text, agency, official, corrective_action, " \
	"questioned_cost, unsupported_cost, funds_better_use, " \
	"potential_savings, disallowed_cost, fbu_agreed"

static int
field_name_ok(const char *name)
{
	static const char *const names[] = { "text", "agency", "official",
	    "corrective_action", "questioned_cost", "unsupported_cost",
	    "funds_better_use", "potential_savings", "disallowed_cost",
	    "fbu_agreed" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return 1;
	return 0;
}

/* The `new` amount of a `field` entry on an amount: an amount as the
 * field itself takes (at most RT_MONEY_MAX). */
static struct rt_error *
check_field_money(struct parser *p, const struct rt_event *ev,
    const struct seen *s)
{
	int64_t cents;
	yaml_mark_t m;
	int i;

	for (i = 0; i < RT_MONEY_COUNT; i++)
		if (strcmp(ev->field, rt_money_name(i)) == 0)
			break;
	if (i == RT_MONEY_COUNT || ev->new == NULL ||
	    rt_money_parse(ev->new, &cents) == 0)
		return NULL;
	m = *mark_of(&event_map, s, "new");
	rt_yaml_path_key(&p->y, "new");
	return rt_yaml_err(&p->y, m, "not an amount of dollars: %s (expected %s)",
	    rt_yaml_quote(&p->y, ev->new), rt_money_hint(ev->new));
}

/* What the kind of entry e asks of its `new` and `field`. */
static struct rt_error *
check_kind(struct parser *p, const struct rt_imp_event *e,
    const struct seen *s)
{
	const struct rt_event *ev = &e->ev;
	const struct kind *k = find_kind(ev->kind);
	struct rt_error *err;
	const char *names = NULL;
	enum rt_status st;
	enum rt_concurrence c;
	yaml_mark_t m;
	int ok = 1;

	if (k->field == FIELD_FLAG && ev->field == NULL)
		return rt_yaml_err(&p->y, s->start, "a flag entry needs \"field\" "
		    "(expected one of %s)", flag_fields());
	if (k->field == FIELD_NAME && ev->field == NULL)
		return rt_yaml_err(&p->y, s->start, "a field entry needs \"field\" "
		    "(the name of the field changed)");
	if (k->field == FIELD_NAME && !field_name_ok(ev->field)) {
		m = *mark_of(&event_map, s, "field");
		rt_yaml_path_key(&p->y, "field");
		return unknown(p, m, ev->field, FIELD_NAMES);
	}
	if (k->field == FIELD_NAME && (err = check_field_money(p, ev, s)))
		return err;
	if (k->field == FIELD_FLAG && rt_flag_lookup(ev->field) == -1) {
		m = *mark_of(&event_map, s, "field");
		rt_yaml_path_key(&p->y, "field");
		return unknown(p, m, ev->field, flag_fields());
	}
	switch (k->new) {
	case NEW_STATUS:
		names = rt_status_names();
		ok = ev->new == NULL || rt_status_parse(ev->new, &st) == 0;
		break;
	case NEW_CONCURRENCE:
		names = rt_concurrence_names();
		ok = ev->new == NULL || rt_concurrence_parse(ev->new, &c) == 0;
		break;
	case NEW_YESNO:
		names = "yes, no";
		ok = ev->new == NULL || strcmp(ev->new, "yes") == 0 ||
		    strcmp(ev->new, "no") == 0;
		break;
	case NEW_DATE:
		ok = ev->new == NULL || rt_date_valid(ev->new);
		break;
	case NEW_ANY:
		break;
	}
	if (ev->new == NULL && k->need_new && names != NULL)
		return rt_yaml_err(&p->y, s->start, "a %s entry needs \"new\" "
		    "(expected one of %s)", k->name, names);
	if (ev->new == NULL && k->need_new)
		return rt_yaml_err(&p->y, s->start, "a %s entry needs \"new\" "
		    "(expected a date as YYYY-MM-DD)", k->name);
	if (ok)
		return NULL;
	m = *mark_of(&event_map, s, "new");
	rt_yaml_path_key(&p->y, "new");
	if (names == NULL)
		return check_date(p, m, ev->new);
	return unknown(p, m, ev->new, names);
}

/*
 * What an entry must agree with beyond its kind's values: its `field`
 * is the attribute its kind changes, a note carries no values, an
 * `issued` entry has no old value (and is issued open-pending when it
 * says no more), who recorded it is named and when is not in the future.
 */
static struct rt_error *
check_entry(struct parser *p, struct rt_imp_event *e, const struct seen *s)
{
	struct rt_event *ev = &e->ev;
	const char *want = rt_event_kind_field(ev->kind);
	int note = strcmp(ev->kind, "note") == 0;
	char now[21], shown[128] = "";
	yaml_mark_t m;

	rt_escape_append(shown, sizeof(shown), ev->field ? ev->field :
	    ev->actor ? ev->actor : "");
	if (ev->field != NULL && want != NULL && strcmp(ev->field, want)) {
		m = *mark_of(&event_map, s, "field");
		rt_yaml_path_key(&p->y, "field");
		return rt_yaml_err(&p->y, m, "a %s entry changes %s, not \"%s\"",
		    ev->kind, want, shown);
	}
	if (ev->field != NULL && (strcmp(ev->kind, "imported") == 0 ||
	    (note && strcmp(ev->field, RT_GAO_COMMENT_FIELD) != 0))) {
		m = *mark_of(&event_map, s, "field");
		rt_yaml_path_key(&p->y, "field");
		return rt_yaml_err(&p->y, m, "a %s entry changes nothing and names no "
		    "field (found \"%s\"; the remark goes in \"note\")",
		    ev->kind, shown);
	}
	if ((note || strcmp(ev->kind, "imported") == 0) &&
	    (ev->old != NULL || ev->new != NULL)) {
		m = *mark_of(&event_map, s, ev->old != NULL ? "old" : "new");
		rt_yaml_path_key(&p->y, ev->old != NULL ? "old" : "new");
		return rt_yaml_err(&p->y, m, "a %s entry changes nothing and carries no "
		    "old or new value (the remark goes in \"note\")",
		    ev->kind);
	}
	if (strcmp(ev->kind, "issued") == 0 && ev->old != NULL) {
		m = *mark_of(&event_map, s, "old");
		rt_yaml_path_key(&p->y, "old");
		return rt_yaml_err(&p->y, m, "an issued entry has no old value (the "
		    "recommendation did not exist before)");
	}
	if (strcmp(ev->kind, "issued") == 0 && ev->new == NULL &&
	    (ev->new = rt_strdup("open-pending")) == NULL)
		return nomem();
	if (ev->actor != NULL && rt_blank(ev->actor)) {
		shown[0] = '\0';
		rt_escape_append(shown, sizeof(shown), ev->actor);
		m = *mark_of(&event_map, s, "actor");
		rt_yaml_path_key(&p->y, "actor");
		return rt_yaml_err(&p->y, m, "needs a value (found \"%s\"); leave the "
		    "key out for the importing actor", shown);
	}
	rt_clock_now(now);
	if (ev->at[0] != '\0' && strcmp(ev->at, now) > 0) {
		m = *mark_of(&event_map, s, "at");
		rt_yaml_path_key(&p->y, "at");
		return rt_yaml_err(&p->y, m, "%s is after the time of the import (%s); "
		    "an entry is recorded in the past", ev->at, now);
	}
	return NULL;
}

static struct rt_error *
before_issue(struct parser *p, yaml_mark_t m, const char *effective)
{
	return rt_yaml_err(&p->y, m, "%s is before the report's issue date %s",
	    effective, p->rep.report.issued);
}

/* A target entry setting a date before the issue date (refused, as
 * target_date and original_target_date are: found by the fuzzer, the
 * export of such a history did not import again). */
static int
target_before_issue(const struct rt_event *ev, const char *issued)
{
	return strcmp(ev->kind, "target") == 0 && ev->new != NULL &&
	    strcmp(ev->new, issued) < 0;
}

static struct rt_error *
target_too_early(struct parser *p, yaml_mark_t m, const char *target)
{
	return rt_yaml_err(&p->y, m, "target date %s is before the report's issue date "
	    "%s", target, p->rep.report.issued);
}

static struct rt_error *
event_item(struct parser *p, void *obj)
{
	struct rt_imp_rec *rec = obj;
	struct rt_imp_event *e;
	struct rt_error *err;
	struct seen s;
	const char *issued = p->rep.report.issued;
	yaml_mark_t m;

	if ((e = grow(rec->history, rec->nhistory, &p->histcap,
	    sizeof(*e))) == NULL)
		return nomem();
	rec->history = e;
	e = &rec->history[rec->nhistory++];
	memset(e, 0, sizeof(*e));
	set_pos(p, &e->pos);
	if ((err = get_map(p, &event_map, e, NULL, &s)) != NULL ||
	    (err = check_kind(p, e, &s)) != NULL ||
	    (err = check_entry(p, e, &s)) != NULL)
		return err;
	m = *mark_of(&event_map, &s, "effective");
	rt_yaml_path_key(&p->y, "effective");
	if (rec->nhistory > 1 &&
	    strcmp(e->ev.effective, e[-1].ev.effective) < 0)
		return rt_yaml_err(&p->y, m, "%s is before the previous entry's %s "
		    "(the history goes oldest first)", e->ev.effective,
		    e[-1].ev.effective);
	/* when the issue date comes later, report_item checks */
	if (*issued != '\0' && strcmp(e->ev.effective, issued) < 0)
		return before_issue(p, m, e->ev.effective);
	if (*issued != '\0' && target_before_issue(&e->ev, issued)) {
		snprintf(p->y.path, sizeof(p->y.path), "%s", e->pos.path);
		rt_yaml_path_key(&p->y, "new");
		return target_too_early(p, *mark_of(&event_map, &s, "new"),
		    e->ev.new);
	}
	return NULL;
}

static struct rt_error *
get_history(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	p->histcap = 0;
	return each(p, "history entries", event_item, obj);
}

/* ---- recommendations ------------------------------------------------- */

#define REC(m)	offsetof(struct rt_imp_rec, rec.m)
#define MONEY(i) (offsetof(struct rt_imp_rec, rec.money) + \
    (i) * sizeof(int64_t))

static const struct key rec_keys[] = {
	{ .name = "number", .get = get_text, .off = REC(number),
	  .required = 1 },
	{ .name = "text", .get = get_text, .off = REC(text),
	  .bit = RT_IMP_TEXT, .required = 1 },
	{ .name = "agency", .get = get_text, .off = REC(agency),
	  .bit = RT_IMP_AGENCY },
	{ .name = "official", .get = get_text, .off = REC(official),
	  .bit = RT_IMP_OFFICIAL },
	{ .name = "concurrence", .get = get_concurrence,
	  .off = REC(concurrence), .bit = RT_IMP_CONCURRENCE },
	{ .name = "status", .get = get_status, .off = REC(status),
	  .bit = RT_IMP_STATUS },
	{ .name = "target_date", .get = get_date, .off = REC(target_date),
	  .bit = RT_IMP_TARGET },
	{ .name = "original_target_date", .get = get_date,
	  .off = REC(original_target_date), .bit = RT_IMP_ORIGINAL_TARGET },
	{ .name = "resolved_date", .get = get_date, .off = REC(resolved_date),
	  .bit = RT_IMP_RESOLVED },
	{ .name = "closed_date", .get = get_date, .off = REC(closed_date),
	  .bit = RT_IMP_CLOSED },
	{ .name = "corrective_action", .get = get_text,
	  .off = REC(corrective_action), .bit = RT_IMP_CORRECTIVE_ACTION },
	{ .name = "priority", .get = get_bool, .off = REC(priority),
	  .bit = RT_IMP_PRIORITY },
	{ .name = "significant", .get = get_bool, .off = REC(significant),
	  .bit = RT_IMP_SIGNIFICANT },
	{ .name = "on_hold", .get = get_bool, .off = REC(on_hold),
	  .bit = RT_IMP_ON_HOLD },
	{ .name = "closure_requested", .get = get_bool,
	  .off = REC(closure_requested), .bit = RT_IMP_CLOSURE_REQUESTED },
	{ .name = "partially_addressed", .get = get_bool,
	  .off = REC(partially_addressed), .bit = RT_IMP_PARTIALLY_ADDRESSED },
	{ .name = "questioned_cost", .get = get_money,
	  .off = MONEY(RT_QUESTIONED_COST), .bit = RT_IMP_QUESTIONED_COST },
	{ .name = "unsupported_cost", .get = get_money,
	  .off = MONEY(RT_UNSUPPORTED_COST), .bit = RT_IMP_UNSUPPORTED_COST },
	{ .name = "funds_better_use", .get = get_money,
	  .off = MONEY(RT_FUNDS_BETTER_USE), .bit = RT_IMP_FUNDS_BETTER_USE },
	{ .name = "potential_savings", .get = get_money,
	  .off = MONEY(RT_POTENTIAL_SAVINGS), .bit = RT_IMP_POTENTIAL_SAVINGS },
	{ .name = "disallowed_cost", .get = get_money,
	  .off = MONEY(RT_DISALLOWED_COST), .bit = RT_IMP_DISALLOWED_COST },
	{ .name = "fbu_agreed", .get = get_money,
	  .off = MONEY(RT_FBU_AGREED), .bit = RT_IMP_FBU_AGREED },
	{ .name = "history", .get = get_history, .bit = RT_IMP_HISTORY },
	{ .name = NULL }
};

static const struct map rec_map = { "a recommendation (a mapping)",
    rec_keys };

static void
imp_rec_free(struct rt_imp_rec *r)
{
	size_t i;

	for (i = 0; i < r->nhistory; i++)
		rt_event_free(&r->history[i].ev);
	free(r->history);
	rt_rec_free(&r->rec);
	r->history = NULL;
	r->nhistory = 0;
}

/* A stated status must be the one the history's status entries end in. */
static struct rt_error *
check_status(struct parser *p, const struct rt_imp_rec *r,
    const struct seen *s)
{
	const struct rt_event *last = NULL;
	const yaml_mark_t *m = mark_of(&rec_map, s, "status");
	enum rt_status st = RT_OPEN_PENDING;
	size_t i;

	for (i = 0; i < r->nhistory; i++)
		if (strcmp(r->history[i].ev.kind, "issued") == 0 ||
		    strcmp(r->history[i].ev.kind, "status") == 0)
			last = &r->history[i].ev;
	if (m == NULL || last == NULL)
		return NULL;
	if (last->new != NULL)
		rt_status_parse(last->new, &st);
	if (st == r->rec.status)
		return NULL;
	rt_yaml_path_key(&p->y, "status");
	return rt_yaml_err(&p->y, *m, "is %s, but the history ends in %s",
	    rt_status_name(r->rec.status), rt_status_name(st));
}

#define ROTL(x, b)	(uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3) do {					\
	v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);	\
	v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;				\
	v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;				\
	v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);	\
} while (0)

/*
 * SipHash-2-4 of s under the key k: without k, numbers crafted to fall
 * in one slot cannot be written, so the duplicate check stays linear
 * whatever the file holds (an unkeyed hash let a file of colliding
 * numbers make it quadratic).
 */
static uint64_t
hash_str(const uint64_t k[2], const char *s)
{
	uint64_t v0 = k[0] ^ UINT64_C(0x736f6d6570736575);
	uint64_t v1 = k[1] ^ UINT64_C(0x646f72616e646f6d);
	uint64_t v2 = k[0] ^ UINT64_C(0x6c7967656e657261);
	uint64_t v3 = k[1] ^ UINT64_C(0x7465646279746573);
	uint64_t m;
	size_t len = strlen(s), i, j;

	for (i = 0; i + 8 <= len; i += 8) {
		for (m = 0, j = 0; j < 8; j++)
			m |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
		v3 ^= m;
		SIPROUND(v0, v1, v2, v3);
		SIPROUND(v0, v1, v2, v3);
		v0 ^= m;
	}
	for (m = (uint64_t)len << 56, j = 0; i + j < len; j++)
		m |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
	v3 ^= m;
	SIPROUND(v0, v1, v2, v3);
	SIPROUND(v0, v1, v2, v3);
	v0 ^= m;
	v2 ^= 0xff;
	for (i = 0; i < 4; i++)
		SIPROUND(v0, v1, v2, v3);
	return v0 ^ v1 ^ v2 ^ v3;
}

/* A key no file can know: from the system's random source, or failing
 * that from the time, the process and an address. */
static void
hash_key(uint64_t k[2])
{
	struct timespec ts;
	FILE *fp;

	if ((fp = fopen("/dev/urandom", "rb")) != NULL) {
		if (fread(k, sizeof(uint64_t), 2, fp) == 2) {
			fclose(fp);
			return;
		}
		fclose(fp);
	}
	clock_gettime(CLOCK_MONOTONIC, &ts);
	k[0] = (uint64_t)ts.tv_nsec * UINT64_C(0x9e3779b97f4a7c15) ^
	    (uint64_t)ts.tv_sec;
	k[1] = (uint64_t)getpid() * UINT64_C(0xbf58476d1ce4e5b9) ^
	    (uint64_t)(uintptr_t)k;
}

/* Put recommendation idx of rep in t (cap slots, at most half full;
 * key k). */
static size_t
numset_put(size_t *t, size_t cap, const struct rt_imp_report *rep,
    size_t idx, const uint64_t k[2])
{
	const char *num = rep->recs[idx].rec.number;
	size_t i;

	for (i = hash_str(k, num) & (cap - 1); t[i] != 0; i = (i + 1) & (cap - 1))
		if (strcmp(rep->recs[t[i] - 1].rec.number, num) == 0)
			return t[i];
	t[i] = idx + 1;
	return 0;
}

/*
 * Add the number of recommendation idx (the last one) of the report
 * being read to p->numset, an open-addressing hash table of indexes
 * into rep->recs plus one (0: a free slot), so that the duplicate check
 * takes constant time however many recommendations a report has.
 * *first is the index of the recommendation with the same number, or
 * (size_t)-1.  Returns -1 when out of memory.
 */
static int
numset_add(struct parser *p, size_t idx, size_t *first)
{
	const struct rt_imp_report *rep = &p->rep;
	size_t *t, cap, i, got;

	if ((idx + 1) * 2 > p->numcap) {
		cap = p->numcap ? p->numcap * 2 : 16;
		if (cap > SIZE_MAX / sizeof(*t) ||
		    (t = calloc(cap, sizeof(*t))) == NULL)
			return -1;
		if (!p->keyed)
			hash_key(p->numkey);
		p->keyed = 1;
		for (i = 0; i < idx; i++)
			numset_put(t, cap, rep, i, p->numkey);
		free(p->numset);
		p->numset = t;
		p->numcap = cap;
	}
	got = numset_put(p->numset, p->numcap, rep, idx, p->numkey);
	*first = got ? got - 1 : (size_t)-1;
	return 0;
}

static struct rt_error *
rec_item(struct parser *p, void *obj)
{
	struct rt_imp_report *rep = obj;
	struct rt_imp_rec *r;
	struct rt_error *err;
	struct seen s;
	size_t i;

	if ((r = grow(rep->recs, rep->nrecs, &p->reccap,
	    sizeof(*r))) == NULL)
		return nomem();
	rep->recs = r;
	r = &rep->recs[rep->nrecs++];
	memset(r, 0, sizeof(*r));
	rt_rec_init(&r->rec);
	set_pos(p, &r->pos);
	if ((err = get_map(p, &rec_map, r, &r->given, &s)) != NULL ||
	    (err = check_status(p, r, &s)) != NULL)
		return err;
	for (i = 0; rec_map.keys[i].name != NULL; i++) {
		unsigned long bit = rec_map.keys[i].bit;
		int b;

		if (!s.set[i] || bit == 0)
			continue;
		for (b = 0; b < RT_IMP_NKEYS && !(bit & (1UL << b)); b++)
			;
		if (b < RT_IMP_NKEYS) {
			r->keypos[b].line = (int)s.mark[i].line + 1;
			r->keypos[b].col = (int)s.mark[i].column + 1;
		}
	}
	if (numset_add(p, rep->nrecs - 1, &i) == -1)
		return nomem();
	if (i == (size_t)-1)
		return NULL;
	rt_yaml_path_key(&p->y, "number");
	return rt_yaml_err(&p->y, *mark_of(&rec_map, &s, "number"),
	    "recommendation %s appears twice in this report "
	    "(first on line %d)", rt_yaml_quote(&p->y, r->rec.number),
	    rep->recs[i].pos.line);
}

static struct rt_error *
get_recs(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return each(p, "recommendations", rec_item, obj);
}

/* ---- reports ------------------------------------------------------------ */

static struct rt_error *
topic_item(struct parser *p, void *obj)
{
	struct rt_report *r = obj;
	struct rt_error *err;
	const char *s;
	char **v;

	if ((err = scalar(p, &s)) != NULL)
		return err;
	if (rt_blank(s))
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "needs a value (found %s)",
		    rt_yaml_found(&p->y));
	if ((v = realloc(r->topics, (r->ntopics + 1) * sizeof(*v))) == NULL)
		return nomem();
	r->topics = v;
	if ((v[r->ntopics] = strdup(s)) == NULL)
		return nomem();
	r->ntopics++;
	return NULL;
}

static struct rt_error *
get_topics(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return each(p, "topics", topic_item,
	    &((struct rt_imp_report *)obj)->report);
}

#define REP(m)	offsetof(struct rt_imp_report, report.m)

static const struct key report_keys[] = {
	{ .name = "number", .get = get_text, .off = REP(number),
	  .required = 1 },
	{ .name = "title", .get = get_text, .off = REP(title),
	  .bit = RT_IMP_R_TITLE, .required = 1 },
	{ .name = "issuer", .get = get_text, .off = REP(issuer),
	  .bit = RT_IMP_R_ISSUER },
	{ .name = "type", .get = get_choice, .off = REP(type),
	  .bit = RT_IMP_R_TYPE, .valid = rt_report_type_valid,
	  .names = rt_report_type_names },
	{ .name = "issued", .get = get_date, .off = REP(issued),
	  .bit = RT_IMP_R_ISSUED, .required = 1 },
	{ .name = "fiscal_year", .get = get_year, .off = REP(fiscal_year),
	  .bit = RT_IMP_R_FISCAL_YEAR },
	{ .name = "agency", .get = get_text, .off = REP(agency),
	  .bit = RT_IMP_R_AGENCY },
	{ .name = "topics", .get = get_topics, .bit = RT_IMP_R_TOPICS },
	{ .name = "url", .get = get_text, .off = REP(url),
	  .bit = RT_IMP_R_URL },
	{ .name = "summary", .get = get_text, .off = REP(summary),
	  .bit = RT_IMP_R_SUMMARY },
	{ .name = "sensitivity", .get = get_choice, .off = REP(sensitivity),
	  .bit = RT_IMP_R_SENSITIVITY, .valid = rt_sensitivity_valid,
	  .names = rt_sensitivity_names },
	{ .name = "recommendations", .get = get_recs },
	{ .name = NULL }
};

static const struct map report_map = { "a report (a mapping)", report_keys };

static void
imp_report_free(struct rt_imp_report *r)
{
	size_t i;

	for (i = 0; i < r->nrecs; i++)
		imp_rec_free(&r->recs[i]);
	free(r->recs);
	rt_report_free(&r->report);
	memset(r, 0, sizeof(*r));
}

/* Where the report's number stands, for the sink's duplicate check. */
static void
number_pos(struct parser *p, const struct seen *s)
{
	struct rt_imp_report *r = &p->rep;
	const yaml_mark_t *m = mark_of(&report_map, s, "number");
	size_t len = strlen(p->y.path);

	r->number_pos = r->pos;
	if (m != NULL) {
		r->number_pos.line = (int)m->line + 1;
		r->number_pos.col = (int)m->column + 1;
	}
	rt_yaml_path_key(&p->y, "number");
	snprintf(r->number_pos.path, sizeof(r->number_pos.path), "%s",
	    p->y.path);
	p->y.path[len] = '\0';
}

static struct rt_error *
report_item(struct parser *p, void *obj)
{
	struct rt_imp_report *r = &p->rep;
	struct rt_imp_event *e;
	struct rt_error *err;
	struct seen s;
	yaml_mark_t m;
	size_t i, j;

	(void)obj;
	memset(r, 0, sizeof(*r));
	p->reccap = 0;
	free(p->numset);
	p->numset = NULL;
	p->numcap = 0;
	set_pos(p, &r->pos);
	if ((err = get_map(p, &report_map, r, &r->given, &s)) != NULL)
		return err;
	number_pos(p, &s);
	for (i = 0; i < r->nrecs; i++) {
		/* history before an issue date given after it */
		for (j = 0; j < r->recs[i].nhistory; j++) {
			e = &r->recs[i].history[j];
			if (strcmp(e->ev.effective, r->report.issued) >= 0 &&
			    !target_before_issue(&e->ev, r->report.issued))
				continue;
			snprintf(p->y.path, sizeof(p->y.path), "%s", e->pos.path);
			memset(&m, 0, sizeof(m));
			m.line = e->pos.line - 1;
			m.column = e->pos.col - 1;
			if (strcmp(e->ev.effective, r->report.issued) >= 0) {
				rt_yaml_path_key(&p->y, "new");
				return target_too_early(p, m, e->ev.new);
			}
			rt_yaml_path_key(&p->y, "effective");
			return before_issue(p, m, e->ev.effective);
		}
		if ((r->recs[i].rec.report = strdup(r->report.number)) == NULL)
			return nomem();
	}
	if ((err = p->sink->report(p->sink->arg, r)) != NULL)
		return err;
	imp_report_free(r);
	return NULL;
}

static struct rt_error *
get_reports(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return each(p, "reports", report_item, obj);
}

/* ---- issuers and agencies -------------------------------------------- */

#define ISS(m)	offsetof(struct rt_imp_issuer, issuer.m)

static const struct key issuer_keys[] = {
	{ .name = "code", .get = get_text, .off = ISS(code), .required = 1 },
	{ .name = "name", .get = get_text, .off = ISS(name), .required = 1 },
	{ .name = "kind", .get = get_choice, .off = ISS(kind),
	  .valid = rt_issuer_kind_valid, .names = rt_issuer_kind_names },
	{ .name = NULL }
};

static const struct map issuer_map = { "an issuer (a mapping)",
    issuer_keys };

static struct rt_error *
issuer_item(struct parser *p, void *obj)
{
	struct rt_imp_issuer is;
	struct rt_error *err;
	struct seen s;

	(void)obj;
	memset(&is, 0, sizeof(is));
	set_pos(p, &is.pos);
	if ((err = get_map(p, &issuer_map, &is, NULL, &s)) == NULL)
		err = p->sink->issuer(p->sink->arg, &is);
	rt_issuer_free(&is.issuer);
	return err;
}

static struct rt_error *
get_issuers(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return each(p, "issuers", issuer_item, obj);
}

#define AG(m)	offsetof(struct rt_imp_agency, agency.m)

static const struct key agency_keys[] = {
	{ .name = "code", .get = get_text, .off = AG(code), .required = 1 },
	{ .name = "name", .get = get_text, .off = AG(name), .required = 1 },
	{ .name = "parent", .get = get_text, .off = AG(parent) },
	{ .name = NULL }
};

static const struct map agency_map = { "an agency (a mapping)",
    agency_keys };

static struct rt_error *
agency_item(struct parser *p, void *obj)
{
	struct rt_imp_agency ag;
	struct rt_error *err;
	struct seen s;

	(void)obj;
	memset(&ag, 0, sizeof(ag));
	set_pos(p, &ag.pos);
	if ((err = get_map(p, &agency_map, &ag, NULL, &s)) == NULL)
		err = p->sink->agency(p->sink->arg, &ag);
	rt_agency_free(&ag.agency);
	return err;
}

static struct rt_error *
get_agencies(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return each(p, "agencies", agency_item, obj);
}

static const struct key top_keys[] = {
	{ .name = "version", .get = get_version },
	{ .name = "issuers", .get = get_issuers },
	{ .name = "agencies", .get = get_agencies },
	{ .name = "reports", .get = get_reports },
	{ .name = NULL }
};

static const struct map top_map = { "a mapping with the keys version, "
    "issuers, agencies, reports", top_keys };

struct rt_error *
rt_import_parse(FILE *fp, const char *name, const struct rt_imp_sink *sink)
{
	struct rt_error *err = NULL;
	struct parser p;
	struct seen s;
	int doc;

	memset(&p, 0, sizeof(p));
	p.sink = sink;
	if ((err = rt_yaml_open(&p.y, name, fp, NULL, 0,
	    RT_YAML_FOUND)) != NULL)
		return err;
	if ((err = rt_yaml_begin(&p.y, &doc)) != NULL || !doc)
		goto done;
	if (!rt_yaml_is_null(&p.y.ev) && (err = get_map(&p, &top_map, NULL,
	    NULL, &s)) != NULL)
		goto done;
	err = rt_yaml_end(&p.y);
done:
	imp_report_free(&p.rep);
	free(p.numset);
	rt_yaml_close(&p.y);
	return err;
}
