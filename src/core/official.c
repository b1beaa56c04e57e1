/*
 * rectrack — officials (official.h).
 */
#include "core/official.h"

#include <stdlib.h>
#include <string.h>

#include "base/code.h"
#include "base/email.h"
#include "base/error.h"
#include "base/util.h"
#include "core/event.h"
#include "core/formers.h"
#include "core/registry.h"
#include "core/text.h"
#include "store/store.h"

/* Longest chain of officials reporting one to another that is walked. */
#define CHAIN_MAX 100000

const char *
rt_official_settable(void)
{
	return "name, email, agency, title, reports_to";
}

/* Refuse `boss` for `code` when boss is code or reports to it. */
static struct rt_error *
check_cycle(struct rt_store *st, const char *code, const char *boss)
{
	struct rt_official o;
	struct rt_error *err;
	char *cur;
	long steps = 0;

	if (strcmp(code, boss) == 0)
		return rt_error_new(RT_EINVAL, "official %s: cannot report to "
		    "itself", code);
	if ((cur = rt_strdup(boss)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	while (cur != NULL && steps++ < CHAIN_MAX) {
		if (strcmp(cur, code) == 0) {
			free(cur);
			return rt_error_new(RT_EINVAL, "official %s: cannot "
			    "report to %s, who reports to %s (directly or "
			    "not): that would make a cycle", code, boss, code);
		}
		if ((err = rt_store_official_get(st, cur, &o)) != NULL) {
			free(cur);
			return err;
		}
		free(cur);
		cur = o.reports_to;
		o.reports_to = NULL;
		rt_official_free(&o);
	}
	free(cur);
	return NULL;
}

static size_t
chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

int
rt_official_code_ok(const char *code)
{
	return rt_code_valid(code) && rt_text_code_ok(code);
}

struct rt_error *
rt_official_code_check(const char *code)
{
	if (rt_official_code_ok(code))
		return NULL;
	return rt_error_new(RT_EINVAL, "\"%s\": not an official code (not "
	    "empty; no '/', no control character, no invisible character "
	    "that reorders text)", code ? code : "");
}

struct rt_error *
rt_official_check(struct rt_store *st, const char *code, const char *field,
    const char *value)
{
	struct rt_agency ag;
	struct rt_official o;
	struct rt_error *err;

	if (strcmp(field, "name") == 0) {
		if (rt_blank(value))
			return rt_error_new(RT_EINVAL, "name: the official's "
			    "name may not be empty");
		/* it is written in the header of a message (To) */
		if ((err = rt_name_check("official's", value)) != NULL)
			return err;
		if (chars(value) > RT_OFFICIAL_NAME_MAX)
			return rt_error_new(RT_EINVAL, "name: the official's "
			    "name has more than %d characters",
			    RT_OFFICIAL_NAME_MAX);
		return NULL;
	}
	if (value == NULL || *value == '\0')
		return NULL;
	if (strcmp(field, "title") == 0)
		return rt_text_check("title", value);
	if (strcmp(field, "email") == 0)
		return rt_email_valid(value) ? NULL : rt_error_new(RT_EINVAL,
		    "email: \"%s\" is not an e-mail address (%s)", value,
		    rt_email_expected());
	if (strcmp(field, "agency") == 0) {
		if ((err = rt_store_agency_get(st, value, &ag)) != NULL)
			return err;
		rt_agency_free(&ag);
		return NULL;
	}
	if (strcmp(field, "reports_to") == 0) {
		if (strcmp(code, value) != 0) {
			if ((err = rt_store_official_get(st, value, &o)))
				return err;
			rt_official_free(&o);
		}
		return check_cycle(st, code, value);
	}
	return NULL;
}

/* NULL for "" (absent). */
static const char *
opt(const char *s)
{
	return s != NULL && *s != '\0' ? s : NULL;
}

struct rt_error *
rt_official_add(struct rt_store *st, const struct rt_official *o,
    const struct rt_actor *who, struct rt_events *done)
{
	struct rt_official row = *o;
	struct rt_error *err;
	struct rt_edit e;

	memset(done, 0, sizeof(*done));
	memset(&e, 0, sizeof(e));
	if ((err = rt_official_code_check(o->code)) != NULL)
		return err;
	row.email = (char *)opt(o->email);
	row.agency = (char *)opt(o->agency);
	row.title = (char *)opt(o->title);
	row.reports_to = (char *)opt(o->reports_to);
	if ((err = rt_official_check(st, o->code, "name", o->name)) ||
	    (err = rt_official_check(st, o->code, "email", row.email)) ||
	    (err = rt_official_check(st, o->code, "title", row.title)) ||
	    (err = rt_official_check(st, o->code, "agency", row.agency)))
		return err;
	if (row.reports_to != NULL && strcmp(row.reports_to, o->code) == 0)
		return rt_error_new(RT_EINVAL, "official %s: cannot report to "
		    "itself", o->code);
	/* the add tells a taken code and an unknown official reported to */
	if ((err = rt_formers_code_free(st, RT_SUBJECT_OFFICIAL, o->code,
	    NULL)) == NULL && (err = rt_store_official_add(st, &row)) == NULL &&
	    (err = rt_edit_start(&e, st, RT_SUBJECT_OFFICIAL, o->code, who,
	    NULL, done)) == NULL)
		err = rt_edit_event(&e, "added", "code", NULL, o->code);
	rt_edit_free(&e);
	return err;
}

/* The slot of field in o. */
static char **
slot_of(struct rt_official *o, const char *field)
{
	if (strcmp(field, "name") == 0)
		return &o->name;
	if (strcmp(field, "email") == 0)
		return &o->email;
	if (strcmp(field, "agency") == 0)
		return &o->agency;
	if (strcmp(field, "title") == 0)
		return &o->title;
	return &o->reports_to;
}

/* Each field once, and one official set accepts. */
static struct rt_error *
check_fields(const struct rt_change *changes, size_t n)
{
	static const char *const names[] = {
		"name", "email", "agency", "title", "reports_to",
	};
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < sizeof(names) / sizeof(names[0]); j++)
			if (strcmp(changes[i].field, names[j]) == 0)
				break;
		if (j == sizeof(names) / sizeof(names[0]))
			return rt_error_new(RT_EINVAL, "%s: not a field of an "
			    "official one can set (expected one of %s)",
			    changes[i].field, rt_official_settable());
		for (j = 0; j < i; j++)
			if (strcmp(changes[i].field, changes[j].field) == 0)
				return rt_error_new(RT_EINVAL, "%s: given twice",
				    changes[i].field);
	}
	return NULL;
}

struct rt_error *
rt_official_set(struct rt_store *st, const char *code,
    const struct rt_change *changes, size_t n, const struct rt_actor *who,
    struct rt_events *done)
{
	struct rt_official o;
	struct rt_error *err;
	struct rt_edit e;
	char **slot, *old = NULL, *copy;
	size_t i;

	memset(done, 0, sizeof(*done));
	memset(&o, 0, sizeof(o));
	memset(&e, 0, sizeof(e));
	if ((err = check_fields(changes, n)) ||
	    (err = rt_store_official_get(st, code, &o)) ||
	    (err = rt_edit_start(&e, st, RT_SUBJECT_OFFICIAL, code, who, NULL,
	    done)))
		goto done;
	for (i = 0; i < n && err == NULL; i++) {
		const char *f = changes[i].field, *v = changes[i].value;

		if ((err = rt_official_check(st, code, f, v)) != NULL)
			break;
		copy = NULL;
		if (*v != '\0' && (copy = rt_strdup(v)) == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		slot = slot_of(&o, f);
		free(old);
		old = *slot;
		*slot = copy;
		err = rt_edit_field(&e, f, old, v);
	}
	if (err == NULL && done->n > 0)
		err = rt_store_official_set(st, &o);
done:
	free(old);
	rt_edit_free(&e);
	rt_official_free(&o);
	return err;
}

/* ---- who reports to whom ---------------------------------------------- */

struct pairs {
	char **code, **boss;
	size_t n, cap;
	int nomem;
};

static int
push_pair(const struct rt_official *o, void *arg)
{
	struct pairs *p = arg;
	char **c, **b;

	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 32;

		if ((c = realloc(p->code, cap * sizeof(*c))) == NULL)
			return p->nomem = 1;
		p->code = c;
		if ((b = realloc(p->boss, cap * sizeof(*b))) == NULL)
			return p->nomem = 1;
		p->boss = b;
		p->cap = cap;
	}
	p->code[p->n] = rt_strdup(o->code);
	p->boss[p->n] = rt_strdup(o->reports_to);
	if (p->code[p->n] == NULL || (o->reports_to && !p->boss[p->n])) {
		free(p->code[p->n]);
		free(p->boss[p->n]);
		return p->nomem = 1;
	}
	p->n++;
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct rt_error *
rt_official_staff(struct rt_store *st, const char *code, char ***codes,
    size_t *n)
{
	struct pairs p = { NULL, NULL, 0, 0, 0 };
	struct rt_official o;
	struct rt_error *err;
	char *in = NULL, **out = NULL;
	size_t i, k, nout = 0;
	int grew;

	*codes = NULL;
	*n = 0;
	if ((err = rt_store_official_get(st, code, &o)) != NULL)
		return err;
	rt_official_free(&o);
	if ((err = rt_store_official_list(st, push_pair, &p)) != NULL)
		goto done;
	if (p.nomem || (in = calloc(p.n + 1, 1)) == NULL ||
	    (out = calloc(p.n + 1, sizeof(*out))) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < p.n; i++)
		in[i] = strcmp(p.code[i], code) == 0;
	/* add whoever reports to one in, until none is added */
	do {
		grew = 0;
		for (i = 0; i < p.n; i++) {
			if (in[i] || p.boss[i] == NULL)
				continue;
			for (k = 0; k < p.n; k++)
				if (in[k] && strcmp(p.code[k], p.boss[i]) == 0)
					break;
			if (k < p.n)
				in[i] = grew = 1;
		}
	} while (grew);
	for (i = 0; i < p.n; i++)
		if (in[i] && strcmp(p.code[i], code) != 0) {
			out[nout++] = p.code[i];
			p.code[i] = NULL;
		}
	qsort(out, nout, sizeof(*out), cmp_str);
	memmove(out + 1, out, nout * sizeof(*out));
	if ((out[0] = rt_strdup(code)) == NULL) {
		for (i = 1; i <= nout; i++)
			free(out[i]);
		free(out);
		out = NULL;
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	*codes = out;
	*n = nout + 1;
	out = NULL;
done:
	for (i = 0; i < p.n; i++) {
		free(p.code[i]);
		free(p.boss[i]);
	}
	free(p.code);
	free(p.boss);
	free(in);
	free(out);
	return err;
}
