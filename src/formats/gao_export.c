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

struct rt_error *
rt_gao_export(struct rt_store *st, const struct rt_config *cfg,
    const char *snapshot, FILE *fp)
{
	struct rt_filter f;
	struct gao_items l;
	struct gao_agencies ags = { NULL, 0, 0 };
	struct gao_by_code by = { NULL, 0 };
	struct rt_report rep;
	struct rt_error *err;
	char day[32];
	size_t i;
	int k, have = 0;

	memset(&f, 0, sizeof(f));
	memset(&l, 0, sizeof(l));
	memset(&rep, 0, sizeof(rep));
	f.issuer = "gao";
	l.flag = cfg->gao_priority_flag;
	if ((err = rt_export_recs(st, &f, gao_item_cb, &l)) == NULL && l.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err || (err = gao_agencies_load(st, &ags)) != NULL ||
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
	for (i = 0; i < l.n && err == NULL; i++) {
		const struct gao_item *it = &l.it[i];

		if (!have || strcmp(rep.number, it->report) != 0) {
			rt_report_free(&rep);
			have = 0;
			if ((err = rt_store_report_get(st, it->report, &rep)))
				goto done;
			have = 1;
		}
		err = put_item(st, &by, &rep, it, fp);
	}
	if (err)
		goto done;
	if (fflush(fp) != 0 || ferror(fp))
		err = rt_error_new(RT_EIO, "cannot write the export: %s",
		    strerror(errno));
done:
	if (have)
		rt_report_free(&rep);
	free(by.a);
	gao_agencies_free(&ags);
	gao_items_free(&l);
	return err;
}

