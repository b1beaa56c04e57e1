/*
 * rectrack — the import reader's values (yamlin_impl.h): each kind of
 * scalar the format holds, checked and stored where its key says.
 */
#include "formats/yamlin_impl.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <yaml.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "formats/yaml.h"
#include "store/store.h"

struct rt_error *
yi_nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

/* The current event must be a scalar; *s is its text ("" if not). */
struct rt_error *
yi_scalar(struct parser *p, const char **s)
{
	*s = "";
	if (p->y.ev.type != YAML_SCALAR_EVENT)
		return rt_yaml_err(&p->y, p->y.ev.start_mark,
		    "expected a single value, found %s", rt_yaml_found(&p->y));
	*s = (const char *)p->y.ev.data.scalar.value;
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
struct rt_error *
yi_check_date(struct parser *p, yaml_mark_t m, const char *s)
{
	if (rt_date_valid(s))
		return NULL;
	if (has_shape(s, "dddd-dd-dd"))
		return rt_yaml_err(&p->y, m, "no such date %s (expected an "
		    "existing date as YYYY-MM-DD)", rt_yaml_quote(&p->y, s));
	return rt_yaml_err(&p->y, m, "malformed date %s (expected YYYY-MM-DD)",
	    rt_yaml_quote(&p->y, s));
}

struct rt_error *
yi_unknown(struct parser *p, yaml_mark_t m, const char *s, const char *names)
{
	return rt_yaml_err(&p->y, m, "unknown value %s (expected one of %s)",
	    rt_yaml_quote(&p->y, s), names);
}

/* ---- values ---------------------------------------------------------- */

struct rt_error *
yi_get_text(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	if (k->required && rt_blank(s))
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "needs a value "
		    "(found %s)", rt_yaml_found(&p->y));
	if ((*AT(obj, k, char *) = strdup(s)) == NULL)
		return yi_nomem();
	return NULL;
}

/* Text from the list k->valid accepts. */
struct rt_error *
yi_get_choice(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	if (!k->valid(s))
		return yi_unknown(p, p->y.ev.start_mark, s, k->names());
	return yi_get_text(p, k, obj);
}

struct rt_error *
yi_get_date(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = yi_scalar(p, &s)) != NULL ||
	    (err = yi_check_date(p, p->y.ev.start_mark, s)) != NULL)
		return err;
	memcpy(AT(obj, k, char), s, RT_DATE_SIZE);
	return NULL;
}

/* A UTC instant: YYYY-MM-DDTHH:MM:SSZ. */
struct rt_error *
yi_get_instant(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;
	char date[RT_DATE_SIZE];

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	snprintf(date, sizeof(date), "%.10s", s);
	if (!has_shape(s, "dddd-dd-ddTdd:dd:ddZ") || !rt_date_valid(date) ||
	    strncmp(s + 11, "24", 2) >= 0 || s[14] > '5' || s[17] > '5')
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "malformed time "
		    "%s (expected YYYY-MM-DDTHH:MM:SSZ, in "
		    "UTC)", rt_yaml_quote(&p->y, s));
	memcpy(AT(obj, k, char), s, sizeof(((struct rt_event *)0)->at));
	return NULL;
}

struct rt_error *
yi_get_status(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	if (rt_status_parse(s, AT(obj, k, enum rt_status)) == -1)
		return yi_unknown(p, p->y.ev.start_mark, s, rt_status_names());
	return NULL;
}

struct rt_error *
yi_get_concurrence(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	if (rt_concurrence_parse(s, AT(obj, k, enum rt_concurrence)) == -1)
		return yi_unknown(p, p->y.ev.start_mark, s,
		    rt_concurrence_names());
	return NULL;
}

struct rt_error *
yi_get_bool(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	if (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0)
		*AT(obj, k, int) = 1;
	else if (strcmp(s, "false") == 0 || strcmp(s, "no") == 0)
		*AT(obj, k, int) = 0;
	else
		return yi_unknown(p, p->y.ev.start_mark, s, "true, false, "
		    "yes, no");
	return NULL;
}

struct rt_error *
yi_get_money(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	if (rt_money_parse(s, AT(obj, k, int64_t)) == -1)
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "not an amount "
		    "of dollars: %s (expected "
		    "%s)", rt_yaml_quote(&p->y, s), strcmp(rt_money_hint(s),
		    "e.g. 1234.56") == 0 ? "a number like 1234.56 or "
		    "\"$1,234.56\"" : rt_money_hint(s));
	return NULL;
}

/* A fiscal year: RT_FY_MIN to RT_FY_MAX, as --fy takes, digits only,
 * no leading zero. */
struct rt_error *
yi_get_year(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;
	size_t i;
	int y = 0;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	for (i = 0; s[i] >= '0' && s[i] <= '9' && i < 4; i++)
		y = y * 10 + s[i] - '0';
	if (s[i] != '\0' || i == 0 || s[0] == '0' || y < RT_FY_MIN ||
	    y > RT_FY_MAX)
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "not a year: %s "
		    "(expected a whole number from %d to "
		    "%d)", rt_yaml_quote(&p->y, s), RT_FY_MIN,
		    RT_FY_MAX);
	*AT(obj, k, int) = y;
	return NULL;
}

struct rt_error *
yi_get_version(struct parser *p, const struct key *k, void *obj)
{
	struct rt_error *err;
	const char *s;

	(void)k;
	(void)obj;
	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	if (strcmp(s, "1") != 0)
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "unsupported "
		    "version %s (expected 1)", rt_yaml_quote(&p->y, s));
	return NULL;
}

