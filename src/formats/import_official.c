/*
 * rectrack — import: the officials a file declares (officials:) and
 * those its recommendations name (import_impl.h).
 *
 * An official is declared as agencies are: created or brought up to
 * date by its entry, with no event of its own (the file's events: carry
 * its history).  A code a recommendation (its official:) or another
 * official (reports_to:) names must be declared by the database or the
 * file, further down too; --create-missing creates it, named by its
 * code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/code.h"
#include "base/error.h"
#include "base/util.h"
#include "core/formers.h"
#include "core/official.h"
#include "formats/import.h"
#include "formats/import_impl.h"
#include "formats/yamlin.h"
#include "store/store.h"

/* The official code, or an error saying why it is none. */
static struct rt_error *
code_ok(const char *code)
{
	return rt_official_code_check(code);
}

static struct rt_error *
official_look(struct importer *im, const char *code,
    const struct rt_imp_pos *pos)
{
	struct rt_official o, got;
	struct rt_error *err;
	int found;

	/* no nearest codes for a miss: it is created below */
	if ((err = rt_store_official_find(im->st, code, &got, &found)))
		return err;
	rt_official_free(&got);
	if (found)
		return NULL;
	memset(&o, 0, sizeof(o));
	o.code = o.name = (char *)code;
	if ((err = code_ok(code)) == NULL &&
	    (err = rt_store_official_add(im->st, &o)) == NULL) {
		im->stats->officials_new++;
		err = imp_created(im, 'o', code, pos);
	}
	return err;
}

struct rt_error *
imp_ensure_official(struct importer *im, const char *code,
    const struct rt_imp_pos *pos)
{
	struct rt_error *err;
	char key[256];

	if (snprintf(key, sizeof(key), "o:%s", code) >= (int)sizeof(key))
		return official_look(im, code, pos);
	if (imp_known(im, key))
		return NULL;
	if ((err = official_look(im, code, pos)) == NULL)
		imp_remember(im, key);
	return err;
}

/* The entry's values, checked as `official add` checks them. */
static struct rt_error *
entry_check(struct importer *im, const struct rt_imp_official *imp)
{
	const struct rt_official *o = &imp->official;
	struct rt_error *err;

	if ((err = code_ok(o->code)) ||
	    (err = rt_official_check(im->st, o->code, "name", o->name)) ||
	    (err = rt_official_check(im->st, o->code, "email", o->email)))
		return err;
	if (o->agency != NULL && *o->agency != '\0' &&
	    (err = imp_ensure_agency(im, o->agency, &imp->pos)))
		return err;
	if (o->reports_to != NULL && *o->reports_to != '\0') {
		if (strcmp(o->reports_to, o->code) == 0)
			return rt_error_new(RT_EINVAL, "official %s: cannot "
			    "report to itself", o->code);
		if ((err = imp_ensure_official(im, o->reports_to, &imp->pos)))
			return err;
	}
	return NULL;
}

/* A key left out (NULL) keeps the recorded value; "" clears it. */
static void
keep(char **want, char *got)
{
	if (*want == NULL)
		*want = got;
	else if (**want == '\0')
		*want = NULL;
}

/* The official code as stored: as official_look made it when this
 * import made it (no trip to the store), else as the store has it. */
static struct rt_error *
made_or_get(struct importer *im, const char *code, struct rt_official *got)
{
	if (!imp_made(im, 'o', code))
		return rt_store_official_get(im->st, code, got);
	memset(got, 0, sizeof(*got));
	if ((got->code = rt_strdup(code)) == NULL ||
	    (got->name = rt_strdup(code)) == NULL) {
		rt_official_free(got);
		return nomem();
	}
	return NULL;
}

struct rt_error *
imp_sink_official(void *arg, const struct rt_imp_official *imp)
{
	struct importer *im = arg;
	struct rt_official want = imp->official, got;
	struct rt_error *err;
	size_t i;

	if ((err = entry_check(im, imp)) != NULL)
		return imp_located(im, &imp->pos, err);
	if ((err = made_or_get(im, want.code, &got)) == NULL) {
		keep(&want.email, got.email);
		keep(&want.agency, got.agency);
		keep(&want.title, got.title);
		keep(&want.reports_to, got.reports_to);
		if (!same(got.name, want.name) || !same(got.email, want.email) ||
		    !same(got.agency, want.agency) ||
		    !same(got.title, want.title) ||
		    !same(got.reports_to, want.reports_to)) {
			if (want.reports_to != NULL && *want.reports_to)
				err = rt_official_check(im->st, want.code,
				    "reports_to", want.reports_to);
			if (err == NULL)
				err = rt_store_official_set(im->st, &want);
			/* created above: new, not changed */
			if (!imp_declared(im, 'o', want.code))
				im->stats->officials_changed++;
		} else
			imp_declared(im, 'o', want.code);
		rt_official_free(&got);
	} else if (err->code == RT_ENOTFOUND) {
		rt_error_free(err);
		keep(&want.email, NULL);
		keep(&want.agency, NULL);
		keep(&want.title, NULL);
		keep(&want.reports_to, NULL);
		if ((err = rt_store_official_add(im->st, &want)) == NULL)
			im->stats->officials_new++;
	}
	for (i = 0; err == NULL && i < imp->nformerly; i++)
		if (rt_formers_add(&im->off_formers, imp->formerly[i],
		    want.code) == -1)
			err = rt_error_new(RT_ENOMEM, "out of memory");
	return imp_located(im, &imp->pos, err);
}

struct rt_error *
imp_official_now(struct importer *im, const char *code, const char **now)
{
	struct rt_formers db = { NULL, 0, 0 };
	struct rt_official got;
	struct rt_error *err;
	size_t i;
	char key[256];

	*now = NULL;
	/* seen to exist in this import: no need to ask the store again */
	if (strlen(code) < 250 && snprintf(key, sizeof(key), "o:%s",
	    code) > 0 && imp_known(im, key)) {
		*now = code;
		return NULL;
	}
	if ((err = rt_store_official_get(im->st, code, &got)) == NULL) {
		rt_official_free(&got);
		*now = code;
		return NULL;
	}
	if (err->code != RT_ENOTFOUND)
		return err;
	rt_error_free(err);
	if (!im->off_formers_loaded) {
		if ((err = rt_formers_load_officials(im->st, &db)) != NULL)
			return err;
		for (i = 0; i < db.n; i++)
			if (rt_formers_add(&im->off_formers, db.v[i].former,
			    db.v[i].code) == -1) {
				rt_formers_free(&db);
				return rt_error_new(RT_ENOMEM, "out of memory");
			}
		rt_formers_free(&db);
		im->off_formers_loaded = 1;
	}
	*now = rt_formers_now(&im->off_formers, code);
	return NULL;
}
