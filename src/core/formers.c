/* rectrack — the codes an agency had before it was renamed (formers.h). */
#include "core/formers.h"

#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"
#include "store/store.h"

int
rt_formers_add(struct rt_formers *f, const char *former, const char *code)
{
	struct rt_former *v;
	size_t i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->v[i].former, former) == 0 &&
		    strcmp(f->v[i].code, code) == 0)
			return 0;
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 8;

		if ((v = realloc(f->v, cap * sizeof(*v))) == NULL)
			return -1;
		f->v = v;
		f->cap = cap;
	}
	v = &f->v[f->n];
	if ((v->former = rt_strdup(former)) == NULL ||
	    (v->code = rt_strdup(code)) == NULL) {
		free(v->former);
		return -1;
	}
	f->n++;
	return 0;
}

int
rt_formers_is(const struct rt_formers *f, const char *former,
    const char *code)
{
	size_t i;

	for (i = 0; f != NULL && i < f->n; i++)
		if (strcmp(f->v[i].former, former) == 0 &&
		    strcmp(f->v[i].code, code) == 0)
			return 1;
	return 0;
}

const char *
rt_formers_now(const struct rt_formers *f, const char *former)
{
	size_t i;

	for (i = f ? f->n : 0; i-- > 0;)
		if (strcmp(f->v[i].former, former) == 0)
			return f->v[i].code;
	return NULL;
}

void
rt_formers_free(struct rt_formers *f)
{
	size_t i;

	for (i = 0; i < f->n; i++) {
		free(f->v[i].former);
		free(f->v[i].code);
	}
	free(f->v);
	memset(f, 0, sizeof(*f));
}

/* ---- loading ------------------------------------------------------------ */

struct load {
	struct rt_formers *f;
	int nomem;
};

/* (A rename is never voided: `void` refuses changes of agencies.) */
static int
renamed_cb(const struct rt_event *ev, void *arg)
{
	struct load *l = arg;

	if (strcmp(ev->kind, "renamed") != 0 || ev->old == NULL ||
	    ev->code == NULL)
		return 0;
	if (rt_formers_add(l->f, ev->old, ev->code) == -1)
		return l->nomem = 1;
	return 0;
}

/* The former codes of every one of kind (agency or official): one walk
 * over the events about them, in the order of their listing. */
static struct rt_error *
load_kind(struct rt_store *st, enum rt_subject kind, struct rt_formers *f)
{
	struct rt_error *err;
	struct load l = { f, 0 };

	rt_formers_free(f);
	err = rt_store_subject_event_all(st, kind, renamed_cb, &l);
	if (err == NULL && l.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err != NULL)
		rt_formers_free(f);
	return err;
}

struct rt_error *
rt_formers_load(struct rt_store *st, struct rt_formers *f)
{
	return load_kind(st, RT_SUBJECT_AGENCY, f);
}

struct rt_error *
rt_formers_load_officials(struct rt_store *st, struct rt_formers *f)
{
	return load_kind(st, RT_SUBJECT_OFFICIAL, f);
}

struct rt_error *
rt_formers_code_free(struct rt_store *st, int kind, const char *code,
    const char *self)
{
	struct rt_formers f = { NULL, 0, 0 };
	struct rt_error *err;
	const char *now;

	if (kind == RT_SUBJECT_AGENCY)
		err = rt_formers_load(st, &f);
	else if (kind == RT_SUBJECT_OFFICIAL)
		err = rt_formers_load_officials(st, &f);
	else
		return NULL;
	if (err != NULL)
		return err;
	if ((now = rt_formers_now(&f, code)) != NULL &&
	    (self == NULL || (strcmp(now, self) != 0 &&
	    !rt_formers_is(&f, code, self))))
		err = rt_error_new(RT_EEXIST, "%s %s: that was the code of %s "
		    "%s before a rename, and histories name it by that code "
		    "(choose another)", rt_subject_name(kind), code,
		    rt_subject_name(kind), now);
	rt_formers_free(&f);
	return err;
}
