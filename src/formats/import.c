/*
 * rectrack — importing YAML files (import.h): the driver (one
 * transaction over the files), the issuers, agencies and reports the
 * reader hands over, and what the importer's parts share
 * (import_impl.h).
 */
#include "formats/import.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/error.h"
#include "base/suggest.h"
#include "base/util.h"
#include "core/config.h"
#include "core/registry.h"
#include "core/text.h"
#include "formats/import_impl.h"
#include "formats/oscal_read.h"
#include "formats/yamlin.h"
#include "store/store.h"

/* err, located at pos in the file ("FILE:LINE:COL: PATH: msg"). */
struct rt_error *
imp_located(const struct importer *im, const struct rt_imp_pos *pos,
    struct rt_error *err)
{
	struct rt_error *e;
	size_t n = strlen(im->file);

	if (err == NULL)
		return NULL;
	/* an error located deeper in (a history entry) keeps its place */
	if (strncmp(err->msg, im->file, n) == 0 && err->msg[n] == ':')
		return err;
	if (im->gao)
		e = rt_error_new(err->code, "%s:%d: %s", im->file, pos->line,
		    err->msg);
	else
		e = rt_error_new(err->code, "%s:%d:%d: %s: %s", im->file,
		    pos->line, pos->col, pos->path, err->msg);
	rt_error_free(err);
	return e;
}

/* ---- issuers and agencies ------------------------------------------- */

void
imp_note_created(struct importer *im, const char *what, const char *code)
{
	rt_buf_printf(&im->created, "%s%s %s", im->created.len ? ", " : "",
	    what, code);
}

/* An agency code is a step of a path ("DHS/CBP"). */
static struct rt_error *
agency_code_ok(const char *code)
{
	if (strchr(code, '/') != NULL)
		return rt_error_new(RT_EINVAL, "agency code \"%s\" cannot "
		    "contain '/' (it separates the steps of a path such as "
		    "DHS/CBP)", code);
	return NULL;
}

/* What kind (imp_pending) is, and where a file declares it. */
static const char *
kind_name(char kind)
{
	return kind == 'i' ? "issuer" : kind == 'a' ? "agency" : "official";
}

static const char *
kind_list(char kind)
{
	return kind == 'i' ? "issuers:" : kind == 'a' ? "agencies:" :
	    "officials:";
}

/* Codes known to exist in this import ("i:CODE", "a:CODE", "o:CODE"), so
 * that each is looked up once, not once per report. */
static int
known(const struct importer *im, const char *key)
{
	return rt_strmap_get(&im->known, key, NULL);
}

/* Out of memory: the code is looked up again next time. */
static void
remember(struct importer *im, const char *key)
{
	(void)rt_strmap_put(&im->known, key, 1);
}

/* A code this import had to create (named at pos; NULL: GAO's issuer):
 * noted as created, or, unless codes are created on request, left
 * waiting for its declaration further down the file. */
static struct rt_error *
created(struct importer *im, char kind, const char *code,
    const struct rt_imp_pos *pos)
{
	struct imp_pending *p;

	if (pos == NULL || im->create_missing || im->gao) {
		imp_note_created(im, kind_name(kind), code);
		return NULL;
	}
	p = realloc(im->pending, (im->npending + 1) * sizeof(*p));
	if (p == NULL)
		return nomem();
	im->pending = p;
	p += im->npending;
	memset(p, 0, sizeof(*p));
	if ((p->code = rt_strdup(code)) == NULL)
		return nomem();
	p->kind = kind;
	p->pos = *pos;
	im->npending++;
	return NULL;
}

/* The file declares code: one waiting for it no longer waits.  1 when
 * one did (created by this import, so new rather than changed). */
static int
declared(struct importer *im, char kind, const char *code)
{
	size_t i;

	for (i = 0; i < im->npending; i++)
		if (im->pending[i].kind == kind && !im->pending[i].declared &&
		    strcmp(im->pending[i].code, code) == 0)
			return im->pending[i].declared = 1;
	return 0;
}

static void
pending_free(struct importer *im)
{
	size_t i;

	for (i = 0; i < im->npending; i++)
		free(im->pending[i].code);
	free(im->pending);
	im->pending = NULL;
	im->npending = 0;
}

static struct rt_error *
issuer_missing(struct importer *im, const struct rt_issuer *is,
    const struct rt_imp_pos *pos)
{
	struct rt_issuer got;
	struct rt_error *err;

	if ((err = rt_store_issuer_get(im->st, is->code, &got)) == NULL) {
		rt_issuer_free(&got);
		return NULL;
	}
	if (err->code != RT_ENOTFOUND)
		return err;
	rt_error_free(err);
	if ((err = rt_code_check("code", "an issuer code", is->code)) == NULL &&
	    (err = rt_store_issuer_add(im->st, is)) == NULL) {
		im->stats->issuers_new++;
		err = created(im, 'i', is->code, pos);
	}
	return err;
}

struct rt_error *
imp_issuer_missing(struct importer *im, const struct rt_issuer *is)
{
	return issuer_missing(im, is, NULL);
}

static struct rt_error *
issuer_look(struct importer *im, const char *code,
    const struct rt_imp_pos *pos)
{
	struct rt_issuer is = { (char *)code, (char *)code, "other" };

	return issuer_missing(im, &is, pos);
}

static struct rt_error *
agency_look(struct importer *im, const char *code,
    const struct rt_imp_pos *pos)
{
	struct rt_agency ag = { (char *)code, (char *)code, NULL, NULL, 0 };
	struct rt_agency got;
	struct rt_error *err;

	if ((err = rt_store_agency_get(im->st, code, &got)) == NULL) {
		rt_agency_free(&got);
		return NULL;
	}
	if (err->code != RT_ENOTFOUND)
		return err;
	rt_error_free(err);
	if ((err = agency_code_ok(code)) == NULL &&
	    (err = rt_code_check("code", "an agency code", code)) == NULL &&
	    (err = rt_store_agency_add(im->st, &ag)) == NULL) {
		im->stats->agencies_new++;
		err = created(im, 'a', code, pos);
	}
	return err;
}

/* The code (kind 'i' issuer, 'a' agency), named at pos, must exist: look
 * it up (once per import) and create it, named by its code, if it does
 * not. */
static struct rt_error *
ensure(struct importer *im, char kind, const char *code,
    const struct rt_imp_pos *pos)
{
	struct rt_error *(*look)(struct importer *, const char *,
	    const struct rt_imp_pos *) = kind == 'i' ? issuer_look :
	    agency_look;
	struct rt_error *err;
	char key[256];

	if (snprintf(key, sizeof(key), "%c:%s", kind, code) >=
	    (int)sizeof(key))
		return look(im, code, pos);
	if (known(im, key))
		return NULL;
	if ((err = look(im, code, pos)) == NULL)
		remember(im, key);
	return err;
}

struct rt_error *
imp_ensure_agency(struct importer *im, const char *code,
    const struct rt_imp_pos *pos)
{
	return ensure(im, 'a', code, pos);
}

/* The nearest codes, leaving out those still waiting for their
 * declaration (created by this import, in the store for now). */
struct nearest {
	struct rt_suggest s;
	struct importer *im;
	char kind;
};

static void
nearest_add(struct nearest *n, const char *code)
{
	size_t i;

	for (i = 0; i < n->im->npending; i++)
		if (n->im->pending[i].kind == n->kind &&
		    !n->im->pending[i].declared &&
		    strcmp(n->im->pending[i].code, code) == 0)
			return;
	rt_suggest_add(&n->s, code);
}

static int
nearest_issuer(const struct rt_issuer *is, void *arg)
{
	nearest_add(arg, is->code);
	return 0;
}

static int
nearest_agency(const struct rt_agency *ag, void *arg)
{
	nearest_add(arg, ag->code);
	return 0;
}

static int
nearest_official(const struct rt_official *o, void *arg)
{
	nearest_add(arg, o->code);
	return 0;
}

static int
suggest(struct importer *im, char kind, const char *code, struct rt_buf *b)
{
	struct nearest n;
	struct rt_error *err;
	int rc = 0;

	n.im = im;
	n.kind = kind;
	rt_suggest_init(&n.s, code);
	err = kind == 'i' ? rt_store_issuer_list(im->st, nearest_issuer, &n) :
	    kind == 'a' ? rt_store_agency_list(im->st, nearest_agency, &n) :
	    rt_store_official_list(im->st, nearest_official, &n);
	if (err == NULL)
		rc = rt_suggest_append(&n.s, b);
	rt_error_free(err);
	rt_suggest_free(&n.s);
	return rc;
}

int
imp_suggest_agency(struct importer *im, const char *code, struct rt_buf *b)
{
	return suggest(im, 'a', code, b);
}

int
imp_suggest_official(struct importer *im, const char *code,
    struct rt_buf *b)
{
	return suggest(im, 'o', code, b);
}

struct rt_error *
imp_created(struct importer *im, char kind, const char *code,
    const struct rt_imp_pos *pos)
{
	return created(im, kind, code, pos);
}

int
imp_declared(struct importer *im, char kind, const char *code)
{
	return declared(im, kind, code);
}

int
imp_made(const struct importer *im, char kind, const char *code)
{
	size_t i;

	for (i = 0; i < im->npending; i++)
		if (im->pending[i].kind == kind && !im->pending[i].declared &&
		    strcmp(im->pending[i].code, code) == 0)
			return 1;
	return 0;
}

int
imp_known(const struct importer *im, const char *key)
{
	return known(im, key);
}

void
imp_remember(struct importer *im, const char *key)
{
	remember(im, key);
}

/* The end of a file: a code it names but never declares is refused
 * where the file first names it, with the nearest codes. */
static struct rt_error *
undeclared(struct importer *im)
{
	const struct imp_pending *p;
	struct rt_buf b = { 0 };
	struct rt_error *err = NULL;
	size_t i;

	for (i = 0; i < im->npending && err == NULL; i++) {
		p = &im->pending[i];
		if (p->declared)
			continue;
		if (rt_buf_printf(&b, "no %s \"%s\" in the database or under "
		    "%s in the file (declare it there, or import with "
		    "--create-missing)", kind_name(p->kind), p->code,
		    kind_list(p->kind)) < 0 ||
		    suggest(im, p->kind, p->code, &b) < 0)
			err = nomem();
		else
			err = imp_located(im, &p->pos,
			    rt_error_new(RT_EINVAL, "%s", b.s));
	}
	rt_buf_free(&b);
	pending_free(im);
	return err;
}

static struct rt_error *
sink_issuer(void *arg, const struct rt_imp_issuer *imp)
{
	struct importer *im = arg;
	struct rt_issuer is = imp->issuer, got;
	struct rt_error *err;

	/* as issuer add and issuer set take them */
	if ((err = rt_name_check("issuer", is.name)) != NULL)
		return imp_located(im, &imp->pos, err);
	if ((err = rt_store_issuer_get(im->st, is.code, &got)) == NULL) {
		if (is.kind == NULL)
			is.kind = got.kind;
		if (!same(got.name, is.name) || !same(got.kind, is.kind)) {
			err = rt_store_issuer_update(im->st, &is);
			/* created for a report above: new, not changed */
			if (!declared(im, 'i', is.code))
				im->stats->issuers_changed++;
		} else
			declared(im, 'i', is.code);
		rt_issuer_free(&got);
	} else if (err->code == RT_ENOTFOUND) {
		rt_error_free(err);
		if ((err = rt_issuer_valid(&is)) == NULL &&
		    (err = rt_store_issuer_add(im->st, &is)) == NULL)
			im->stats->issuers_new++;
	}
	return imp_located(im, &imp->pos, err);
}

static struct rt_error *
sink_agency(void *arg, const struct rt_imp_agency *imp)
{
	struct importer *im = arg;
	struct rt_agency want = imp->agency;
	const struct rt_agency *ag = &want;
	struct rt_agency got;
	struct rt_error *err;
	size_t i;

	/* as agency add and agency set take them */
	if ((err = rt_name_check("agency", ag->name)) != NULL)
		return imp_located(im, &imp->pos, err);
	if ((err = rt_store_agency_get(im->st, ag->code, &got)) == NULL) {
		/* an entry without a parent keeps the one recorded */
		if (want.parent == NULL)
			want.parent = got.parent;
		if (!same(got.name, ag->name) || !same(got.parent, ag->parent)) {
			err = rt_store_agency_update(im->st, ag);
			/* created for a report above: new, not changed */
			if (!declared(im, 'a', ag->code))
				im->stats->agencies_changed++;
		} else
			declared(im, 'a', ag->code);
		rt_agency_free(&got);
	} else if (err->code == RT_ENOTFOUND) {
		rt_error_free(err);
		if ((err = agency_code_ok(ag->code)) == NULL &&
		    (err = rt_agency_valid(ag)) == NULL &&
		    (err = rt_store_agency_add(im->st, ag)) == NULL)
			im->stats->agencies_new++;
	}
	for (i = 0; err == NULL && i < imp->nformerly; i++)
		if (rt_formers_add(&im->formers, imp->formerly[i],
		    ag->code) == -1)
			err = rt_error_new(RT_ENOMEM, "out of memory");
	return imp_located(im, &imp->pos, err);
}

struct rt_error *
imp_agency_now(struct importer *im, const char *code, const char **now)
{
	struct rt_formers db = { NULL, 0, 0 };
	struct rt_agency got;
	struct rt_error *err;
	size_t i;
	char key[256];

	*now = NULL;
	/* seen to exist in this import: no need to ask the store again */
	if (strlen(code) < 250 && snprintf(key, sizeof(key), "a:%s",
	    code) > 0 && known(im, key)) {
		*now = code;
		return NULL;
	}
	if ((err = rt_store_agency_get(im->st, code, &got)) == NULL) {
		rt_agency_free(&got);
		*now = code;
		return NULL;
	}
	if (err->code != RT_ENOTFOUND)
		return err;
	rt_error_free(err);
	if (!im->formers_loaded) {
		if ((err = rt_formers_load(im->st, &db)) != NULL)
			return err;
		for (i = 0; i < db.n; i++)
			if (rt_formers_add(&im->formers, db.v[i].former,
			    db.v[i].code) == -1) {
				rt_formers_free(&db);
				return rt_error_new(RT_ENOMEM, "out of memory");
			}
		rt_formers_free(&db);
		im->formers_loaded = 1;
	}
	*now = rt_formers_now(&im->formers, code);
	return NULL;
}

/* ---- reports ------------------------------------------------------------ */

static int
topics_equal(const struct rt_report *a, const struct rt_report *b)
{
	size_t i, j;

	if (a->ntopics != b->ntopics)
		return 0;
	for (i = 0; i < a->ntopics; i++) {
		for (j = 0; j < b->ntopics; j++)
			if (strcasecmp(a->topics[i], b->topics[j]) == 0)
				break;
		if (j == b->ntopics)
			return 0;
	}
	return 1;
}

static struct rt_error *
new_report(struct importer *im, const struct rt_imp_report *imp,
    struct rt_report *r)
{
	struct rt_error *err;

	if (r->issuer == NULL)
		return rt_error_new(RT_EINVAL, "issuer: a new report needs "
		    "its issuer");
	if (r->agency == NULL)
		return rt_error_new(RT_EINVAL, "agency: a new report needs "
		    "its agency");
	if (strcmp(r->issued, im->today) > 0)
		return rt_error_new(RT_EINVAL, "issued: %s is after today (%s)",
		    r->issued, im->today);
	if (strchr(r->number, '#') != NULL)
		return rt_error_new(RT_EINVAL, "number: \"%s\" cannot contain "
		    "'#' (it separates report and recommendation in "
		    "REPORT#NUMBER)", r->number);
	if ((err = rt_code_check("number", "a report number", r->number)))
		return err;
	if ((err = ensure(im, 'i', r->issuer, &imp->issuer_pos)) ||
	    (err = ensure(im, 'a', r->agency, &imp->agency_pos)))
		return err;
	if (!(imp->given & RT_IMP_R_FISCAL_YEAR)) {
		r->fiscal_year = rt_date_fiscal_year(r->issued,
		    im->cfg->fy_start_month);
		if (r->fiscal_year < RT_FY_MIN || r->fiscal_year > RT_FY_MAX)
			return rt_error_new(RT_EINVAL, "issued: %s falls in "
			    "fiscal year %d (fiscal years run from %d to %d; "
			    "check the date)", r->issued, r->fiscal_year,
			    RT_FY_MIN, RT_FY_MAX);
	}
	if ((err = rt_store_report_add(im->st, r)) == NULL)
		im->stats->reports_new++;
	return err;
}

/* Update what the file says of an existing report; *changed tells. */
static struct rt_error *
old_report(struct importer *im, const struct rt_imp_report *imp,
    struct rt_report *r, const struct rt_report *have)
{
	struct rt_report m = *have;
	struct rt_error *err;
	unsigned long g = imp->given;

	if (strcmp(r->issued, have->issued) != 0)
		return rt_error_new(RT_EREFUSED, "issued: the report is "
		    "recorded as issued on %s; an import does not move its "
		    "issue date (the history of its recommendations starts "
		    "there)", have->issued);
	m.title = r->title;
	if (g & RT_IMP_R_ISSUER)
		m.issuer = r->issuer;
	if (g & RT_IMP_R_TYPE)
		m.type = r->type;
	if (g & RT_IMP_R_FISCAL_YEAR)
		m.fiscal_year = r->fiscal_year;
	if (g & RT_IMP_R_AGENCY)
		m.agency = r->agency;
	if (g & RT_IMP_R_TOPICS) {
		m.topics = r->topics;
		m.ntopics = r->ntopics;
	}
	if (g & RT_IMP_R_URL)
		m.url = r->url;
	if (g & RT_IMP_R_SUMMARY)
		m.summary = r->summary;
	if (g & RT_IMP_R_SENSITIVITY)
		m.sensitivity = r->sensitivity;
	if (same(m.title, have->title) && same(m.issuer, have->issuer) &&
	    same(m.type, have->type) && m.fiscal_year == have->fiscal_year &&
	    same(m.agency, have->agency) && topics_equal(&m, have) &&
	    same(m.url, have->url) && same(m.summary, have->summary) &&
	    same(m.sensitivity, have->sensitivity)) {
		im->stats->reports_unchanged++;
		*r = *have;
		return NULL;
	}
	if ((err = ensure(im, 'i', m.issuer, &imp->issuer_pos)) ||
	    (err = ensure(im, 'a', m.agency, &imp->agency_pos)) ||
	    (err = rt_store_report_update(im->st, &m)))
		return err;
	im->stats->reports_changed++;
	*r = m;
	return NULL;
}

struct rt_error *
imp_sink_report(void *arg, const struct rt_imp_report *imp)
{
	struct importer *im = arg;
	struct rt_report r = imp->report, have;
	struct rt_rec cur;
	struct rt_error *err;
	size_t i;
	int fresh = 0, first;

	memset(&have, 0, sizeof(have));
	if ((err = rt_store_report_seen(im->st, r.number, imp->number_pos.line,
	    &first)) != NULL)
		return err;
	if (first)
		return imp_located(im, &imp->number_pos,
		    rt_error_new(RT_EINVAL, "report \"%s\" appears twice in "
		    "this file (first on line %d)", r.number, first));
	if ((err = rt_store_report_get(im->st, r.number, &have)) == NULL)
		err = old_report(im, imp, &r, &have);
	else if (err->code == RT_ENOTFOUND) {
		rt_error_free(err);
		err = new_report(im, imp, &r);
		fresh = 1;
	}
	if (err) {
		err = imp_located(im, &imp->pos, err);
		goto done;
	}
	for (i = 0; i < imp->nrecs && err == NULL; i++) {
		const struct rt_imp_rec *ir = &imp->recs[i];

		if (fresh) {
			err = imp_located(im, &ir->pos,
			    imp_new_rec(im, &r, ir));
			continue;
		}
		if ((err = rt_store_rec_get(im->st, r.number, ir->rec.number,
		    &cur)) == NULL)
			err = imp_old_rec(im, ir, &cur);
		else if (err->code == RT_ENOTFOUND) {
			rt_error_free(err);
			err = imp_new_rec(im, &r, ir);
		}
		rt_rec_free(&cur);
		err = imp_located(im, &ir->pos, err);
	}
	im->where.recs_done += (long long)imp->nrecs;
	if (err == NULL && im->progress) {
		long pos = ftell(im->fp);

		if (pos > 0)
			im->where.bytes_done = pos;
		im->progress(&im->where, im->progress_arg);
	}
done:
	rt_report_free(&have);
	return err;
}

/* ---- files -------------------------------------------------------------- */

void
imp_init(struct importer *im, struct rt_store *st, const struct rt_config *cfg,
    const char *actor, struct rt_import_stats *stats)
{
	memset(stats, 0, sizeof(*stats));
	memset(im, 0, sizeof(*im));
	im->st = st;
	im->cfg = cfg;
	im->actor = actor;
	im->stats = stats;
	rt_clock_today(im->today);
	memcpy(im->day, im->today, sizeof(im->day));
	rt_clock_now(im->now);
}

struct rt_error *
imp_done(struct importer *im, struct rt_error *err)
{
	free(im->note);
	rt_strmap_free(&im->known);
	pending_free(im);
	imp_queue_free(im);
	rt_formers_free(&im->formers);
	rt_formers_free(&im->off_formers);
	if (err) {
		rt_buf_free(&im->created);
		memset(im->stats, 0, sizeof(*im->stats));
	} else
		im->stats->created = im->created.s;
	return err;
}

struct rt_error *
imp_open(const char *path, FILE **fp, const char **name)
{
	*name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if (strcmp(path, "-") == 0)
		*fp = stdin;
	else if ((*fp = fopen(path, "r")) == NULL)
		return rt_error_new(RT_EIO, "%s: cannot read: %s", path,
		    strerror(errno));
	return NULL;
}

void
imp_close(FILE *fp)
{
	if (fp != stdin)
		fclose(fp);
}

/*
 * A document rectrack wrote, imported into an empty database: the
 * database becomes the register it was exported from ("the same
 * register, moved"), so that its UUIDs are the same in a new export.
 */
static struct rt_error *
adopt_register(struct importer *im, const char *uid)
{
	struct rt_counts n;
	struct rt_error *err;

	if (uid == NULL || strcmp(uid, rt_store_uid(im->st)) == 0)
		return NULL;
	if ((err = rt_store_counts(im->st, &n)) != NULL)
		return err;
	if (n.issuers || n.agencies || n.reports || n.recs || n.events)
		return NULL;
	if ((err = rt_store_set_uid(im->st, uid)) != NULL) {
		struct rt_error *e = rt_error_new(err->code, "%s: %s",
		    im->file, err->msg);

		rt_error_free(err);
		return e;
	}
	return NULL;
}

/* The OSCAL document fp as the import document *yp it is equivalent to
 * (*doc: its places). */
static struct rt_error *
open_oscal(struct importer *im, FILE *fp, struct rt_oscal_doc **doc,
    FILE **yp)
{
	struct rt_error *err;
	long size;

	if ((err = rt_oscal_read(fp, im->file, im->oscal, doc)) != NULL ||
	    (err = adopt_register(im, rt_oscal_doc_register(*doc))) != NULL)
		return err;
	if ((*yp = rt_oscal_doc_yaml(*doc, &size)) == NULL)
		return nomem();
	im->fp = *yp;
	im->where.bytes_total = size;
	return NULL;
}

static struct rt_error *
import_file(struct importer *im, const char *path)
{
	const struct rt_imp_sink sink = { sink_issuer, sink_agency,
	    imp_sink_report, im, imp_sink_event, imp_sink_official };
	struct rt_oscal_doc *doc = NULL;
	struct rt_buf note = { 0 };
	struct rt_error *err;
	struct stat sb;
	FILE *fp, *yp = NULL;

	if ((err = imp_open(path, &fp, &im->file)) != NULL)
		return err;
	im->fp = fp;
	im->where.file = im->file;
	im->where.bytes_done = 0;
	im->where.bytes_total = fstat(fileno(fp), &sb) == 0 &&
	    S_ISREG(sb.st_mode) ? (long long)sb.st_size : 0;
	free(im->note);
	note.s = NULL;
	rt_buf_printf(&note, "import %s", im->file);
	if ((im->note = note.s) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (im->oscal != NULL)
		err = open_oscal(im, fp, &doc, &yp);
	if (err == NULL && (err = rt_store_report_seen_reset(im->st)) == NULL)
		err = rt_import_parse(im->fp, im->file, &sink);
	if (err == NULL)
		err = undeclared(im);
	/* the file's events, in the order of the chain */
	if (err == NULL)
		err = imp_flush(im);
	if (doc != NULL)
		err = rt_oscal_doc_locate(doc, err);
	if (yp != NULL)
		fclose(yp);
	rt_oscal_doc_free(doc);
	imp_close(fp);
	return err;
}

struct rt_error *
rt_import(struct rt_store *st, const struct rt_config *cfg,
    char *const *files, size_t nfiles, const char *actor, int flags,
    rt_import_progress_fn *progress, void *progress_arg,
    struct rt_import_stats *stats)
{
	return rt_import_evidence(st, cfg, files, nfiles, actor, flags, NULL,
	    progress, progress_arg, stats);
}

static struct rt_error *
import_files(struct rt_store *st, const struct rt_config *cfg,
    char *const *files, size_t nfiles, const char *actor, int flags,
    const char *evidence_dir, const struct rt_oscal_opts *oscal,
    rt_import_progress_fn *progress, void *progress_arg,
    struct rt_import_stats *stats)
{
	struct importer im;
	struct rt_error *err;
	size_t i;

	imp_init(&im, st, cfg, actor, stats);
	im.evidence_dir = evidence_dir;
	im.create_missing = (flags & RT_IMPORT_CREATE_MISSING) != 0;
	im.progress = progress;
	im.progress_arg = progress_arg;
	im.oscal = oscal;
	if ((err = rt_store_begin(st)) != NULL)
		return imp_done(&im, err);
	for (i = 0; i < nfiles && err == NULL; i++)
		err = import_file(&im, files[i]);
	if (err == NULL && !(flags & RT_IMPORT_DRY_RUN))
		err = rt_store_commit(st);
	if (err || (flags & RT_IMPORT_DRY_RUN))
		rt_store_rollback(st);
	return imp_done(&im, err);
}

struct rt_error *
rt_import_evidence(struct rt_store *st, const struct rt_config *cfg,
    char *const *files, size_t nfiles, const char *actor, int flags,
    const char *evidence_dir, rt_import_progress_fn *progress,
    void *progress_arg, struct rt_import_stats *stats)
{
	return import_files(st, cfg, files, nfiles, actor, flags,
	    evidence_dir, NULL, progress, progress_arg, stats);
}

struct rt_error *
rt_import_oscal(struct rt_store *st, const struct rt_config *cfg,
    char *const *files, size_t nfiles, const char *actor, int flags,
    const char *evidence_dir, const struct rt_oscal_opts *opts,
    rt_import_progress_fn *progress, void *progress_arg,
    struct rt_import_stats *stats)
{
	static const struct rt_oscal_opts none = { NULL, NULL, NULL };

	return import_files(st, cfg, files, nfiles, actor, flags,
	    evidence_dir, opts != NULL ? opts : &none, progress, progress_arg,
	    stats);
}

void
rt_import_stats_free(struct rt_import_stats *stats)
{
	free(stats->created);
	stats->created = NULL;
}

