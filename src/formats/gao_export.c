/*
 * rectrack — GAO's export (gao-csv) written: the recommendations of
 * issuer gao in the layout of GAO's "Download CSV".
 */
#include "formats/gaocsv.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "formats/csv.h"
#include "formats/export.h"
#include "formats/gao_map.h"
#include "store/store.h"

/* One field, always quoted, with & < > as GAO writes them and a ' in
 * front of a formula (rt_csv_formula), as every CSV output writes it. */
static void
put_field(FILE *fp, const char *s, int last)
{
	putc('"', fp);
	if (s && rt_csv_formula(s))
		putc('\'', fp);
	for (; s && *s; s++) {
		if (*s == '"')
			fputs("\"\"", fp);
		else if (*s == '&')
			fputs("&amp;", fp);
		else if (*s == '<')
			fputs("&lt;", fp);
		else if (*s == '>')
			fputs("&gt;", fp);
		else
			putc(*s, fp);
	}
	putc('"', fp);
	fputs(last ? "\r\n" : ",", fp);
}

/* The row of recommendation it of report rep. */
static struct rt_error *
put_item(struct rt_store *st, const struct gao_by_code *by,
    const struct rt_report *rep, const struct gao_item *it, FILE *fp)
{
	struct rt_events h;
	struct rt_error *err;
	char *path = NULL, issued[32];
	struct rt_buf topics = { 0 };
	size_t t;

	for (t = 0; t < rep->ntopics; t++)
		rt_buf_printf(&topics, "%s%s", t ? "; " : "", rep->topics[t]);
	if ((err = gao_path_of(by, it->agency, &path)) != NULL ||
	    (err = rt_events_load(st, it->id, &h)) != NULL)
		goto done;
	rt_gao_date_format(rep->issued, issued, sizeof(issued));
	put_field(fp, rep->title, 0);
	put_field(fp, rep->number, 0);
	put_field(fp, issued, 0);
	put_field(fp, "", 0);
	put_field(fp, "", 0);
	put_field(fp, path, 0);
	put_field(fp, it->text, 0);
	put_field(fp, rt_gao_status_label(rt_gao_status_of(it->status,
	    it->partial)), 0);
	put_field(fp, it->flag ? "Yes" : "No", 0);
	put_field(fp, rt_gao_last_comment(&h), 0);
	put_field(fp, topics.s, 1);
	rt_events_free(&h);
done:
	free(path);
	rt_buf_free(&topics);
	return err;
}

/* The export in progress: each recommendation written in the listing's
 * callback (its history and report come with the listing). */
struct gao_write {
	struct rt_store *st;
	const struct gao_by_code *by;
	FILE *fp;
	int flag;		/* the flag Priority shows */
	struct rt_report rep;	/* the report of the last row */
	int have;
	struct rt_error *err;
};

static int
gao_row_cb(const struct rt_rec *rec, void *arg)
{
	struct gao_write *g = arg;
	struct gao_item it;

	if (!g->have || strcmp(g->rep.number, rec->report) != 0) {
		if (g->have)
			rt_report_free(&g->rep);
		g->have = 0;
		if ((g->err = rt_store_report_get(g->st, rec->report,
		    &g->rep)) != NULL)
			return 1;
		g->have = 1;
	}
	it.id = rec->id;
	it.report = rec->report;
	it.number = rec->number;
	it.text = rec->text;
	it.agency = rec->agency;
	it.status = rec->status;
	it.partial = rec->partially_addressed;
	it.flag = rt_flag_get(rec, g->flag);
	g->err = put_item(g->st, g->by, &g->rep, &it, g->fp);
	return g->err != NULL;
}

struct rt_error *
rt_gao_export(struct rt_store *st, const struct rt_config *cfg,
    const char *snapshot, FILE *fp)
{
	struct rt_filter f;
	struct gao_agencies ags = { NULL, 0, 0 };
	struct gao_by_code by = { NULL, 0 };
	struct gao_write g;
	struct rt_error *err;
	char day[32];
	int k;

	memset(&f, 0, sizeof(f));
	memset(&g, 0, sizeof(g));
	f.issuer = "gao";
	if ((err = gao_agencies_load(st, &ags)) != NULL ||
	    (err = gao_by_code_make(&ags, &by)) != NULL)
		goto done;
	rt_gao_date_format(snapshot, day, sizeof(day));
	fputs("\"Title: Download of GAO Recommendation Results\"\r\n", fp);
	fputs("\"Prepared by: rectrack\"\r\n", fp);
	fprintf(fp, "\"Source: rectrack database, status as of %s\"\r\n", day);
	for (k = 0; k < RT_GAO_NCOLS - 1; k++)
		putc(',', fp);
	fputs("\r\n", fp);
	for (k = 0; k < RT_GAO_NCOLS; k++)
		put_field(fp, rt_gao_col_name(k), k == RT_GAO_NCOLS - 1);
	g.st = st;
	g.by = &by;
	g.fp = fp;
	g.flag = cfg->gao_priority_flag;
	if ((err = rt_export_recs(st, &f, gao_row_cb, &g)) == NULL)
		err = g.err;
	else
		rt_error_free(g.err);
	if (err)
		goto done;
	if (fflush(fp) != 0 || ferror(fp))
		err = rt_error_new(RT_EIO, "cannot write the export: %s",
		    strerror(errno));
done:
	if (g.have)
		rt_report_free(&g.rep);
	free(by.a);
	gao_agencies_free(&ags);
	return err;
}
