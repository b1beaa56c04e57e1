/*
 * rectrack — importing GAO's recommendations export (import.h,
 * rt_import_gao): the rows read by gao_read.c become one report per
 * publication, handed to the same paths as a YAML import.
 */
#include "formats/import.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "formats/gaocsv.h"
#include "formats/import_impl.h"
#include "formats/yamlin.h"
#include "store/store.h"

/* ---- GAO's export (gao-csv) ------------------------------------------- */

/* The issuer gao, created with kind gao when missing. */
static struct rt_error *
gao_issuer(struct importer *im)
{
	struct rt_issuer is = { "gao", "U.S. Government Accountability Office",
	    "gao" };

	return imp_issuer_missing(im, &is);
}

/* Add the "; "-separated topics of s to the report, once each. */
static int
add_topics(struct rt_report *r, const char *s)
{
	const char *p = s, *e;
	char **t;
	size_t n, i;

	while (*p) {
		while (*p == ' ' || *p == ';')
			p++;
		for (e = p; *e && *e != ';'; e++)
			continue;
		n = (size_t)(e - p);
		while (n > 0 && p[n - 1] == ' ')
			n--;
		for (i = 0; n > 0 && i < r->ntopics; i++)
			if (strlen(r->topics[i]) == n &&
			    strncasecmp(r->topics[i], p, n) == 0)
				break;
		if (n > 0 && i == r->ntopics) {
			if ((t = realloc(r->topics, (r->ntopics + 1) *
			    sizeof(*t))) == NULL)
				return -1;
			r->topics = t;
			if ((t[r->ntopics] = strndup(p, n)) == NULL)
				return -1;
			r->ntopics++;
		}
		p = e;
	}
	return 0;
}

/* The report (publication) of rows[first] with its recommendations. */
static struct rt_error *
gao_report(struct importer *im, const struct rt_gao_file *g, size_t first,
    char **codes, char **numbers, int *done)
{
	const struct rt_gao_row *r0 = &g->rows[first];
	const struct rt_config *cfg = im->cfg;
	struct rt_imp_report rep;
	struct rt_error *err = NULL;
	size_t i;

	memset(&rep, 0, sizeof(rep));
	rep.report.number = r0->v[RT_GAO_PUB_NUMBER];
	rep.report.title = r0->v[RT_GAO_PUB_NAME];
	rep.report.issuer = "gao";
	rep.report.type = "audit";
	rep.report.sensitivity = "public";
	rep.report.agency = codes[first];
	memcpy(rep.report.issued, r0->issued, RT_DATE_SIZE);
	rep.given = RT_IMP_R_TITLE | RT_IMP_R_ISSUED;
	if (g->has[RT_GAO_TOPICS])
		rep.given |= RT_IMP_R_TOPICS;
	rep.pos.line = rep.number_pos.line = r0->line;
	for (i = first; i < g->nrows; i = g->rows[i].next) {
		const struct rt_gao_row *r = &g->rows[i];
		struct rt_imp_rec *ir;
		int closed;

		done[i] = 1;
		if (strcmp(r->issued, r0->issued) != 0 ||
		    strcmp(r->v[RT_GAO_PUB_NAME], r0->v[RT_GAO_PUB_NAME])) {
			err = rt_error_new(RT_EINVAL, "%s:%d: column %s: "
			    "differs from line %d (same publication %s)",
			    im->file, r->line, strcmp(r->issued, r0->issued) ?
			    "Date Publication Issued" : "Publication Name",
			    r0->line, r0->v[RT_GAO_PUB_NUMBER]);
			goto done;
		}
		if (g->has[RT_GAO_TOPICS] &&
		    add_topics(&rep.report, r->v[RT_GAO_TOPICS]) == -1) {
			err = nomem();
			goto done;
		}
		if ((ir = realloc(rep.recs, (rep.nrecs + 1) *
		    sizeof(*ir))) == NULL) {
			err = nomem();
			goto done;
		}
		rep.recs = ir;
		ir = &ir[rep.nrecs++];
		memset(ir, 0, sizeof(*ir));
		rt_rec_init(&ir->rec);
		ir->rec.report = rep.report.number;
		ir->rec.number = numbers[i];
		ir->rec.text = r->v[RT_GAO_REC];
		ir->rec.agency = codes[i];
		ir->rec.status = cfg->gao_status[r->status];
		closed = !rt_status_is_open(ir->rec.status);
		if (closed)
			memcpy(ir->rec.closed_date, im->day, RT_DATE_SIZE);
		ir->rec.partially_addressed = r->status == RT_GAO_OPEN_PARTIAL;
		ir->given = RT_IMP_TEXT | RT_IMP_AGENCY | RT_IMP_STATUS |
		    RT_IMP_PARTIALLY_ADDRESSED | (closed ? RT_IMP_CLOSED : 0);
		if (g->has[RT_GAO_PRIORITY]) {
			*rt_flag_ptr(&ir->rec, cfg->gao_priority_flag) =
			    r->priority;
			ir->given |= RT_IMP_PRIORITY << cfg->gao_priority_flag;
		}
		if (g->has[RT_GAO_COMMENTS])
			ir->comment = r->v[RT_GAO_COMMENTS];
		ir->pos.line = r->line;
		ir->pos.col = 1;
	}
	err = imp_sink_report(im, &rep);
done:
	for (i = 0; i < rep.report.ntopics; i++)
		free(rep.report.topics[i]);
	free(rep.report.topics);
	free(rep.recs);
	return err;
}

struct rt_error *
rt_import_gao(struct rt_store *st, const struct rt_config *cfg,
    const char *path, const char *actor, int dry_run,
    struct rt_import_stats *stats)
{
	struct importer im;
	struct rt_gao_file g;
	struct rt_error *err;
	struct rt_buf note = { 0 };
	char **codes = NULL, **numbers = NULL;
	int *done = NULL, began = 0;
	size_t i, j;
	FILE *fp;

	imp_init(&im, st, cfg, actor, stats);
	memset(&g, 0, sizeof(g));
	im.gao = 1;
	if ((err = imp_open(path, &fp, &im.file)) != NULL)
		return imp_done(&im, err);
	err = rt_gao_read(fp, im.file, &g);
	imp_close(fp);
	if (err)
		goto done;
	if (g.snapshot[0] && strcmp(g.snapshot, im.today) > 0) {
		err = rt_error_new(RT_EINVAL, "%s: the snapshot date (\"status "
		    "as of\") %s is after today (%s)", im.file, g.snapshot,
		    im.today);
		goto done;
	}
	memcpy(im.day, g.snapshot[0] ? g.snapshot : im.today, RT_DATE_SIZE);
	rt_buf_printf(&note, "import %s", im.file);
	im.note = note.s;
	codes = calloc(g.nrows + 1, sizeof(*codes));
	numbers = calloc(g.nrows + 1, sizeof(*numbers));
	done = calloc(g.nrows + 1, sizeof(*done));
	if (im.note == NULL || !codes || !numbers || !done) {
		err = nomem();
		goto done;
	}
	if ((err = rt_store_begin(st)) != NULL)
		goto done;
	began = 1;
	if ((err = gao_issuer(&im)) != NULL ||
	    (err = rt_store_report_seen_reset(st)) != NULL)
		goto done;
	for (i = 0; i < g.nrows; i++) {
		const char *a = g.rows[i].v[RT_GAO_AGENCY];

		if ((j = g.rows[i].agency_first) < i)
			codes[i] = rt_strdup(codes[j]);
		else if ((err = rt_gao_agency(st, a, 1,
		    &stats->agencies_new, &codes[i])) != NULL) {
			err = imp_located(&im, &(struct rt_imp_pos){ .line =
			    g.rows[i].line }, err);
			goto done;
		}
		if (codes[i] == NULL) {
			err = nomem();
			goto done;
		}
	}
	if ((err = rt_gao_numbers(im.file, &g, codes, numbers)) != NULL)
		goto done;
	for (i = 0; i < g.nrows && err == NULL; i++)
		if (!done[i])
			err = gao_report(&im, &g, i, codes, numbers, done);
	if (err == NULL && !dry_run)
		err = rt_store_commit(st);
done:
	if (began && (err || dry_run))
		rt_store_rollback(st);
	for (i = 0; i < g.nrows; i++) {
		if (codes)
			free(codes[i]);
		if (numbers)
			free(numbers[i]);
	}
	free(codes);
	free(numbers);
	free(done);
	rt_gao_file_free(&g);
	return imp_done(&im, err);
}

