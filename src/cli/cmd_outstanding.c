/* rectrack outstanding — the outstanding-recommendations report. */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/strmap.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/config.h"
#include "core/evidence.h"
#include "core/outstanding.h"
#include "core/queue.h"
#include "core/summary.h"
#include "formats/html.h"
#include "formats/json.h"
#include "formats/svg.h"
#include "store/store.h"

enum ofmt { O_MD, O_HTML, O_CSV, O_JSON, O_XLSX, O_TABLE };

/* "2023-05-01 status: open-pending → open-resolved" into b. */
static void
describe(struct rt_buf *b, const struct rt_event *ev)
{
	if (ev->kind == NULL)
		return;
	rt_buf_printf(b, "%s ", ev->effective);
	if (strcmp(ev->kind, "note") == 0)
		rt_buf_printf(b, "note: %s", ev->note ? ev->note : "");
	else if (strcmp(ev->kind, "issued") == 0)
		rt_buf_puts(b, "issued");
	else if (ev->old && ev->new)
		rt_buf_printf(b, "%s: %s \xe2\x86\x92 %s", ev->field ? ev->field :
		    ev->kind, ev->old, ev->new);
	else
		rt_buf_printf(b, "%s: %s", ev->field ? ev->field : ev->kind,
		    ev->new ? ev->new : "(none)");
}

static const char *
or_dash(const char *s)
{
	return s && *s ? s : "\xe2\x80\x94";
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The number of different reports among the items. */
static size_t
count_reports(const struct rt_outstanding *o)
{
	const char **v;
	size_t i, n = 0;

	if (o->nitems == 0 || (v = calloc(o->nitems, sizeof(*v))) == NULL)
		return 0;
	for (i = 0; i < o->nitems; i++)
		v[i] = o->items[i].rec.report;
	qsort(v, o->nitems, sizeof(*v), str_cmp);
	for (i = 0; i < o->nitems; i++)
		n += i == 0 || strcmp(v[i], v[i - 1]) != 0;
	free(v);
	return n;
}

static int
new_agency(const struct rt_outstanding *o, size_t i)
{
	return i == 0 || strcmp(o->items[i].rec.agency,
	    o->items[i - 1].rec.agency) != 0;
}

static int
new_report(const struct rt_outstanding *o, size_t i)
{
	return new_agency(o, i) || strcmp(o->items[i].rec.report,
	    o->items[i - 1].rec.report) != 0;
}

/* ---- Markdown ---------------------------------------------------------- */

static void
md_money(FILE *fp, int64_t cents)
{
	char buf[32];

	rt_money_display(cents, buf, sizeof(buf));
	fputs(buf, fp);
}

static void
write_md(const struct rt_outstanding *o, const char *title, FILE *fp)
{
	const struct rt_summary *s = &o->summary;
	struct rt_buf b = { 0 };
	size_t i;

	fputs("# ", fp);
	out_md(fp, title);
	fprintf(fp, "\n\n%ld open %s in %zu %s as of %s; "
	    "%ld overdue, %ld unresolved over 6 months.\n", s->total.open,
	    out_noun(s->total.open, "recommendation", "recommendations"),
	    count_reports(o), out_noun((long long)count_reports(o), "report",
	    "reports"), o->as_of, s->total.overdue,
	    s->total.unresolved_over_6_months);
	for (i = 0; i < o->nitems; i++) {
		const struct rt_open_item *it = &o->items[i];

		if (new_agency(o, i)) {
			fputs("\n## ", fp);
			out_md(fp, it->rec.agency_path);
			fputc('\n', fp);
		}
		if (new_report(o, i)) {
			fputs("\n### ", fp);
			out_md(fp, it->rec.report);
			fputs(": ", fp);
			out_md(fp, it->title);
			fprintf(fp, "\n\nIssued %s by ", it->rec.report_issued);
			out_md(fp, it->rec.issuer);
			fputs(".\n\n", fp);
			fputs("| Rec | Recommendation | Concurrence | Status | "
			    "Target | Extensions | Days open | Overdue | "
			    "Latest event |\n", fp);
			fputs("|:--|:--|:--|:--|:--|--:|--:|:--|:--|\n", fp);
		}
		b.len = 0;
		if (b.s)
			b.s[0] = '\0';
		describe(&b, &it->last);
		fputs("| ", fp);
		out_md(fp, it->rec.number);
		fputs(" | ", fp);
		out_md(fp, it->rec.text);
		fprintf(fp, " | %s | %s | %s | %d | %ld | %s | ",
		    rt_concurrence_name(it->rec.concurrence),
		    rt_status_name(it->rec.status), or_dash(it->rec.target_date),
		    it->extensions, it->fx.age_days, it->fx.overdue ? "**overdue**" : "");
		out_md(fp, b.s);
		fputs(" |\n", fp);
	}
	rt_buf_free(&b);
	fputs("\n## Totals\n\n", fp);
	fputs("| Agency | Open | Pending | Unresolved | Resolved | Overdue | "
	    "Unresolved over 6 months | Open 1 year or more", fp);
	for (i = 0; i < s->nbuckets; i++)
		fprintf(fp, " | %s", s->buckets[i].label);
	fputs(" | Questioned costs | Funds put to better use |\n", fp);
	fputs("|:--|--:|--:|--:|--:|--:|--:|--:", fp);
	for (i = 0; i < s->nbuckets; i++)
		fputs("|--:", fp);
	fputs("|--:|--:|\n", fp);
	for (i = 0; i <= s->nrows; i++) {
		const struct rt_summary_row *r = i < s->nrows ? &s->rows[i] :
		    &s->total;
		size_t k;

		fputs("| ", fp);
		if (r == &s->total)
			fputs("**TOTAL**", fp);
		else
			out_md(fp, r->group);
		fprintf(fp, " | %ld | %ld | %ld | %ld | %ld | %ld | %ld", r->open,
		    r->pending, r->unresolved, r->resolved, r->overdue,
		    r->unresolved_over_6_months, r->open_1_year_plus);
		for (k = 0; k < s->nbuckets; k++)
			fprintf(fp, " | %ld", r->age[k]);
		fputs(" | ", fp);
		md_money(fp, r->questioned_cost);
		fputs(" | ", fp);
		md_money(fp, r->funds_better_use);
		fputs(" |\n", fp);
	}
}

/* ---- CSV and JSON -------------------------------------------------- */

static const struct out_col csv_cols[] = {
	{ "agency", "agency", 0 },
	{ "report", "report", 0 },
	{ "title", "title", 0 },
	{ "issued", "issued", 0 },
	{ "id", "id", 0 },
	{ "number", "number", 0 },
	{ "text", "text", 0 },
	{ "concurrence", "concurrence", 0 },
	{ "status", "status", 0 },
	{ "target_date", "target_date", 0 },
	{ "extensions", "extensions", OUT_NUMBER },
	{ "days_open", "days_open", OUT_NUMBER },
	{ "overdue", "overdue", 0 },
	{ "latest_event", "latest_event", 0 },
};
#define NCSV (sizeof(csv_cols) / sizeof(csv_cols[0]))
/* --format table: the same rows for people (the id holds the report
 * and the number; the long texts clipped). */
static const struct out_col table_cols[NCSV] = {
	{ "agency", "AGENCY", 0 },
	{ "report", "REPORT", OUT_HIDE },
	{ "title", "TITLE", OUT_FREE },
	{ "issued", "ISSUED", 0 },
	{ "id", "ID", 0 },
	{ "number", "NUMBER", OUT_HIDE },
	{ "text", "TEXT", OUT_FREE },
	{ "concurrence", "CONCURRENCE", 0 },
	{ "status", "STATUS", 0 },
	{ "target_date", "TARGET", 0 },
	{ "extensions", "EXT", OUT_NUMBER },
	{ "days_open", "DAYS OPEN", OUT_NUMBER },
	{ "overdue", "OVERDUE", 0 },
	{ "latest_event", "LATEST EVENT", OUT_FREE },
};

static void
csv_row(struct out *out, const struct rt_open_item *it, struct rt_buf *b)
{
	out_str(out, it->rec.agency);
	out_str(out, it->rec.report);
	out_str(out, it->title);
	out_date(out, it->rec.report_issued);
	out_id(out, it->rec.report, it->rec.number);
	out_str(out, it->rec.number);
	out_str(out, it->rec.text);
	out_str(out, rt_concurrence_name(it->rec.concurrence));
	out_str(out, rt_status_name(it->rec.status));
	out_date(out, it->rec.target_date);
	out_int(out, it->extensions);
	out_int(out, it->fx.age_days);
	out_bool(out, it->fx.overdue);
	rt_buf_free(b);
	describe(b, &it->last);
	out_str(out, b->s);
	out_row(out);
}

/* The totals of a workbook: the rows of summary --by agency --format
 * csv, and the total. */
static struct rt_error *
xlsx_totals(const struct rt_outstanding *o, struct cli_dest *d)
{
	const struct rt_summary *s = &o->summary;
	struct out_col cols[1 + OUT_SUMMARY_NCOUNTS + RT_MAX_BUCKETS + 3];
	long v[OUT_SUMMARY_NCOUNTS];
	struct out *out;
	size_t n = 0, i, k;

	cols[n++] = (struct out_col){ "group", "group", 0 };
	for (i = 0; i < OUT_SUMMARY_NCOUNTS; i++)
		cols[n++] = (struct out_col){ out_summary_counts[i].key,
		    out_summary_counts[i].key, OUT_NUMBER };
	for (i = 0; i < s->nbuckets; i++)
		cols[n++] = (struct out_col){ s->buckets[i].label,
		    s->buckets[i].label, OUT_NUMBER };
	cols[n++] = (struct out_col){ "questioned_cost", "", OUT_NUMBER };
	cols[n++] = (struct out_col){ "funds_better_use", "", OUT_NUMBER };
	cols[n++] = (struct out_col){ "oldest", "", 0 };
	if ((out = cli_dest_rows(d, "Totals", cols, n)) == NULL)
		return cli_out_end(NULL, NULL);
	for (i = 0; i <= s->nrows; i++) {
		const struct rt_summary_row *r = i < s->nrows ? &s->rows[i] :
		    &s->total;

		out_str(out, r->group);
		out_summary_row_counts(r, v);
		for (k = 0; k < OUT_SUMMARY_NCOUNTS; k++)
			out_int(out, v[k]);
		for (k = 0; k < s->nbuckets; k++)
			out_int(out, r->age[k]);
		out_money(out, r->questioned_cost);
		out_money(out, r->funds_better_use);
		if (r->oldest)
			out_date(out, r->oldest);
		else
			out_str(out, NULL);
		out_row(out);
	}
	return cli_out_end(out, NULL);
}

/* CSV and a table: one table; a workbook: a sheet per agency, then the
 * totals. */
static struct rt_error *
write_rows(const struct rt_outstanding *o, struct cli_dest *d)
{
	struct rt_error *err = NULL;
	struct rt_buf b = { 0 };
	struct out *out = NULL;
	size_t i;

	if (d->format != OUT_XLSX && (out = cli_dest_rows(d, NULL,
	    d->format == OUT_TABLE ? table_cols : csv_cols, NCSV)) == NULL)
		return cli_out_end(NULL, NULL);
	for (i = 0; i < o->nitems && err == NULL; i++) {
		const struct rt_open_item *it = &o->items[i];

		if (d->format == OUT_XLSX && new_agency(o, i)) {
			if (out != NULL)
				err = cli_out_end(out, NULL);
			if (err == NULL && (out = cli_dest_rows(d,
			    it->rec.agency, csv_cols, NCSV)) == NULL)
				err = cli_out_end(NULL, NULL);
			if (err != NULL)
				break;
		}
		csv_row(out, it, &b);
	}
	rt_buf_free(&b);
	if (out != NULL)
		err = cli_out_end(out, err);
	if (err == NULL && d->format == OUT_XLSX)
		err = xlsx_totals(o, d);
	return err;
}

/* The latest event of an item as a JSON value (null: none). */
static void
json_event(struct rt_json *j, const struct rt_event *ev)
{
	if (ev->kind == NULL) {
		rt_json_raw(j, "null");
		return;
	}
	rt_json_open(j, RT_JSON_OBJECT);
	rt_json_key(j, "effective");
	rt_json_str(j, ev->effective);
	rt_json_key(j, "kind");
	rt_json_text(j, ev->kind);
	rt_json_key(j, "field");
	rt_json_text(j, ev->field);
	rt_json_key(j, "old");
	rt_json_text(j, ev->old);
	rt_json_key(j, "new");
	rt_json_text(j, ev->new);
	rt_json_key(j, "note");
	rt_json_text(j, ev->note);
	rt_json_close(j, RT_JSON_OBJECT);
}

/* The object of one recommendation. */
static void
json_item(struct rt_json *j, const struct rt_open_item *it)
{
	struct rt_buf b = { 0 };

	rt_buf_printf(&b, "%s#%s", it->rec.report, it->rec.number);
	rt_json_open(j, RT_JSON_OBJECT);
	rt_json_key(j, "id");
	rt_json_str(j, b.s ? b.s : "");
	rt_json_key(j, "number");
	rt_json_text(j, it->rec.number);
	rt_json_key(j, "text");
	rt_json_text(j, it->rec.text);
	rt_json_key(j, "concurrence");
	rt_json_text(j, rt_concurrence_name(it->rec.concurrence));
	rt_json_key(j, "status");
	rt_json_text(j, rt_status_name(it->rec.status));
	rt_json_key(j, "target_date");
	rt_json_text(j, it->rec.target_date);
	rt_json_key(j, "extensions");
	rt_json_int(j, it->extensions);
	rt_json_key(j, "days_open");
	rt_json_int(j, it->fx.age_days);
	rt_json_key(j, "overdue");
	rt_json_raw(j, it->fx.overdue ? "true" : "false");
	rt_json_key(j, "latest_event");
	json_event(j, &it->last);
	rt_json_close(j, RT_JSON_OBJECT);
	rt_buf_free(&b);
}

/* The agencies, each with its reports, each with its recommendations;
 * then the totals. */
static void
write_json(const struct rt_outstanding *o, const char *title, FILE *fp)
{
	struct rt_json j = { 0 };
	size_t i;

	j.fp = fp;
	j.compact = 1;
	rt_json_open(&j, RT_JSON_OBJECT);
	rt_json_key(&j, "as_of");
	rt_json_str(&j, o->as_of);
	rt_json_key(&j, "title");
	rt_json_str(&j, title);
	rt_json_key(&j, "agencies");
	rt_json_open(&j, RT_JSON_LINES);
	for (i = 0; i < o->nitems; i++) {
		const struct rt_open_item *it = &o->items[i];

		if (new_report(o, i) && i > 0) {
			rt_json_close(&j, RT_JSON_LINES);	/* recommendations */
			rt_json_close(&j, RT_JSON_OBJECT);	/* the report */
		}
		if (new_agency(o, i)) {
			if (i > 0) {
				rt_json_close(&j, RT_JSON_LINES);	/* reports */
				rt_json_close(&j, RT_JSON_OBJECT);
			}
			rt_json_open(&j, RT_JSON_OBJECT);
			rt_json_key(&j, "agency");
			rt_json_str(&j, it->rec.agency);
			rt_json_key(&j, "path");
			rt_json_text(&j, it->rec.agency_path);
			rt_json_key(&j, "reports");
			rt_json_open(&j, RT_JSON_LINES);
		}
		if (new_report(o, i)) {
			rt_json_open(&j, RT_JSON_OBJECT);
			rt_json_key(&j, "report");
			rt_json_str(&j, it->rec.report);
			rt_json_key(&j, "title");
			rt_json_text(&j, it->title);
			rt_json_key(&j, "issuer");
			rt_json_text(&j, it->rec.issuer);
			rt_json_key(&j, "issued");
			rt_json_text(&j, it->rec.report_issued);
			rt_json_key(&j, "recommendations");
			rt_json_open(&j, RT_JSON_LINES);
		}
		json_item(&j, it);
	}
	if (o->nitems) {
		rt_json_close(&j, RT_JSON_LINES);
		rt_json_close(&j, RT_JSON_OBJECT);
		rt_json_close(&j, RT_JSON_LINES);
		rt_json_close(&j, RT_JSON_OBJECT);
	}
	rt_json_close(&j, RT_JSON_LINES);
	rt_json_key(&j, "total");
	out_summary_json_row(&j, &o->summary, &o->summary.total);
	rt_json_close(&j, RT_JSON_OBJECT);
	fputc('\n', fp);
}

/* ---- HTML ---------------------------------------------------------------- */

static void
html_fact(FILE *fp, long v, const char *what)
{
	fprintf(fp, "<div class=\"fact\"><b>%ld</b>%s</div>\n", v, what);
}

static void
html_totals(FILE *fp, const struct rt_summary *s)
{
	size_t i, k;

	fputs("<table>\n<thead><tr><th scope=\"col\">Agency</th>"
	    "<th scope=\"col\" class=\"n\">Open</th>"
	    "<th scope=\"col\" class=\"n\">Pending</th>"
	    "<th scope=\"col\" class=\"n\">Unresolved</th>"
	    "<th scope=\"col\" class=\"n\">Resolved</th>"
	    "<th scope=\"col\" class=\"n\">Overdue</th>"
	    "<th scope=\"col\" class=\"n\">Unresolved over 6 months</th>"
	    "<th scope=\"col\" class=\"n\">Open 1 year or more</th>", fp);
	for (k = 0; k < s->nbuckets; k++) {
		fputs("<th scope=\"col\" class=\"n\">", fp);
		out_html(fp, s->buckets[k].label);
		fputs("</th>", fp);
	}
	fputs("<th scope=\"col\" class=\"n\">Questioned costs</th>"
	    "<th scope=\"col\" class=\"n\">Funds put to better use</th>"
	    "</tr></thead>\n<tbody>\n", fp);
	for (i = 0; i <= s->nrows; i++) {
		const struct rt_summary_row *r = i < s->nrows ? &s->rows[i] :
		    &s->total;
		char q[32], f[32];

		rt_money_display(r->questioned_cost, q, sizeof(q));
		rt_money_display(r->funds_better_use, f, sizeof(f));
		fprintf(fp, "<tr%s><th scope=\"row\">", r == &s->total ?
		    " class=\"total\" id=\"total\"" : "");
		out_html(fp, r->group);
		fprintf(fp, "</th><td class=\"n\">%ld</td><td class=\"n\">%ld"
		    "</td><td class=\"n\">%ld</td><td class=\"n\">%ld</td>"
		    "<td class=\"n\">%ld</td><td class=\"n\">%ld</td>"
		    "<td class=\"n\">%ld</td>", r->open, r->pending,
		    r->unresolved, r->resolved, r->overdue,
		    r->unresolved_over_6_months, r->open_1_year_plus);
		for (k = 0; k < s->nbuckets; k++)
			fprintf(fp, "<td class=\"n\">%ld</td>", r->age[k]);
		fprintf(fp, "<td class=\"n\">%s</td><td class=\"n\">%s</td>"
		    "</tr>\n", q, f);
	}
	fputs("</tbody></table>\n", fp);
}

/* The figures and the two charts at the top of the page. */
static struct rt_error *
html_overview(FILE *fp, const struct rt_outstanding *o)
{
	const struct rt_summary *s = &o->summary;
	const char *labels[RT_MAX_BUCKETS + 1 > 64 ? RT_MAX_BUCKETS + 1 : 64];
	long values[RT_MAX_BUCKETS + 1 > 64 ? RT_MAX_BUCKETS + 1 : 64];
	const char **alabels = NULL;
	long *avalues = NULL;
	size_t i, n = 0;

	fputs("<div class=\"facts\">\n", fp);
	html_fact(fp, s->total.open, out_noun(s->total.open,
	    "open recommendation", "open recommendations"));
	html_fact(fp, (long)count_reports(o), out_noun((long long)
	    count_reports(o), "report", "reports"));
	html_fact(fp, s->total.overdue, "overdue");
	html_fact(fp, s->total.unresolved_over_6_months,
	    "unresolved over 6 months");
	html_fact(fp, s->total.open_1_year_plus, "open 1 year or more");
	fputs("</div>\n<div class=\"charts\">\n", fp);
	/* open by agency: the groups of the summary */
	if (s->nrows && ((alabels = calloc(s->nrows, sizeof(*alabels))) ==
	    NULL || (avalues = calloc(s->nrows, sizeof(*avalues))) == NULL)) {
		free(alabels);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	for (i = 0; i < s->nrows; i++) {
		alabels[i] = s->rows[i].group;
		avalues[i] = s->rows[i].open;
	}
	fputs("<div class=\"chart\"><h2>Open by agency</h2>\n", fp);
	rt_svg_bars(fp, "Open recommendations by agency", alabels, avalues,
	    s->nrows, out_html);
	free(alabels);
	free(avalues);
	for (i = 0; i < s->nbuckets && n < 64; i++, n++) {
		labels[n] = s->buckets[i].label;
		values[n] = s->total.age[i];
	}
	fputs("</div>\n<div class=\"chart\"><h2>Open by age</h2>\n", fp);
	rt_svg_bars(fp, "Open recommendations by age since issue", labels,
	    values, n, out_html);
	fputs("</div>\n</div>\n", fp);
	return NULL;
}

/* The headings and table head before item i when it starts an agency or
 * a report. */
static void
html_item_head(FILE *fp, const struct rt_outstanding *o, size_t i)
{
	const struct rt_open_item *it = &o->items[i];

	if (new_report(o, i) && i > 0)
		fputs("</tbody></table>\n", fp);
	if (new_agency(o, i)) {
		if (i > 0)
			fputs("</section>\n", fp);
		fputs("<section class=\"agency\">\n<h2>", fp);
		out_html(fp, it->rec.agency_path);
		fputs("</h2>\n", fp);
	}
	if (!new_report(o, i))
		return;
	fputs("<h3><span class=\"nw\">", fp);
	out_html(fp, it->rec.report);
	fputs("</span>: ", fp);
	out_html(fp, it->title);
	fputs("</h3>\n<p class=\"meta\">Issued <span class=\"nw\">", fp);
	out_html(fp, it->rec.report_issued);
	fputs("</span> by ", fp);
	out_html(fp, it->rec.issuer);
	fputs("</p>\n<table>\n<thead><tr>"
	    "<th scope=\"col\">Rec</th>"
	    "<th scope=\"col\">Recommendation</th>"
	    "<th scope=\"col\">Concurrence</th>"
	    "<th scope=\"col\">Status</th>"
	    "<th scope=\"col\">Target</th>"
	    "<th scope=\"col\" class=\"n\">Extensions</th>"
	    "<th scope=\"col\" class=\"n\">Days open</th>"
	    "<th scope=\"col\">Latest event</th>"
	    "</tr></thead>\n<tbody>\n", fp);
}

/* The evidence files of item it in force on the day, under its text:
 * names and hashes (the bytes stay in the database). */
static void
html_evidence(FILE *fp, const struct rt_open_item *it,
    const struct rt_evidence_list *ev)
{
	struct rt_buf id = { 0 };
	size_t i, n = 0;

	if (ev == NULL || ev->n == 0 ||
	    rt_buf_printf(&id, "%s#%s", it->rec.report, it->rec.number) != 0)
		return;
	for (i = 0; i < ev->n; i++) {
		if (strcmp(ev->v[i].rec, id.s) != 0)
			continue;
		fputs(n++ ? "; " : "<br><small>Evidence: ", fp);
		out_html(fp, ev->v[i].name);
		fprintf(fp, " <code title=\"SHA-256\">%s</code>",
		    ev->v[i].hash);
	}
	if (n)
		fputs("</small>", fp);
	rt_buf_free(&id);
}

/* The row of item it, with its evidence files (ev: all); b is scratch
 * space. */
static void
html_item(FILE *fp, const struct rt_open_item *it,
    const struct rt_evidence_list *ev, struct rt_buf *b)
{
	rt_buf_free(b);
	describe(b, &it->last);
	fprintf(fp, "<tr%s id=\"", it->fx.overdue ? " class=\"overdue\"" : "");
	out_html(fp, it->rec.report);
	fputc('#', fp);
	out_html(fp, it->rec.number);
	/* ids, dates, concurrence and status (open-resolved) do not break
	 * at their hyphens */
	fputs("\"><td class=\"nw\">", fp);
	out_html(fp, it->rec.number);
	fputs("</td><td>", fp);
	out_html(fp, it->rec.text);
	html_evidence(fp, it, ev);
	fprintf(fp, "</td><td class=\"nw\">%s</td>"
	    "<td class=\"nw\">%s</td><td class=\"nw\">",
	    rt_concurrence_name(it->rec.concurrence),
	    rt_status_name(it->rec.status));
	out_html(fp, or_dash(it->rec.target_date));
	if (it->fx.overdue)
		fputs(" <span class=\"flag\">OVERDUE</span>", fp);
	fprintf(fp, "</td><td class=\"n\">%d</td><td class=\"n\">%ld</td>"
	    "<td>", it->extensions, it->fx.age_days);
	if (it->last.kind != NULL && b->s != NULL) {
		/* the date that starts it */
		fputs("<span class=\"nw\">", fp);
		out_html(fp, it->last.effective);
		fputs("</span>", fp);
		out_html(fp, b->s + strlen(it->last.effective));
	}
	fputs("</td></tr>\n", fp);
}

static struct rt_error *
write_html(const struct rt_outstanding *o, const char *title,
    const struct rt_evidence_list *ev, FILE *fp)
{
	struct rt_error *err;
	struct rt_buf b = { 0 };
	size_t i;

	out_html_begin(fp, title, rt_html_style_report);
	fputs("<header>\n<h1>", fp);
	out_html(fp, title);
	fprintf(fp, "</h1>\n<p class=\"meta\">As of %s: every open "
	    "recommendation, by agency and report.</p>\n</header>\n",
	    o->as_of);
	if ((err = html_overview(fp, o)) != NULL)
		return err;
	fputs("<h2>Totals</h2>\n", fp);
	html_totals(fp, &o->summary);
	for (i = 0; i < o->nitems; i++) {
		html_item_head(fp, o, i);
		html_item(fp, &o->items[i], ev, &b);
	}
	rt_buf_free(&b);
	if (o->nitems)
		fputs("</tbody></table>\n</section>\n", fp);
	else
		fputs("<p>No open recommendation.</p>\n", fp);
	fprintf(fp, "<footer>Produced by rectrack from its records as of "
	    "%s. Age counts days since the report was issued; overdue: "
	    "resolved with a target date that has passed.</footer>\n",
	    o->as_of);
	rt_html_end(fp);
	return NULL;
}

/* ev: the evidence files in force (html only; NULL: none). */
static struct rt_error *
write_report(const struct rt_outstanding *o, enum ofmt fmt, const char *title,
    const struct rt_evidence_list *ev, struct cli_dest *d)
{
	switch (fmt) {
	case O_MD:
		write_md(o, title, d->fp);
		break;
	case O_HTML:
		return write_html(o, title, ev, d->fp);
	case O_CSV:
	case O_XLSX:
	case O_TABLE:
		return write_rows(o, d);
	case O_JSON:
		write_json(o, title, d->fp);
		break;
	}
	return NULL;
}

/* After the report was written: "no recommendations match" when it
 * holds none; with --output FILE (unless --quiet) what it wrote there. */
static void
confirm(const struct cli *c, const struct rt_outstanding *o,
    const char *output, int quiet)
{
	struct rt_strmap reports = { NULL, 0, 0 };
	char what[96];
	size_t i;

	if (o->nitems == 0)
		cli_none(c, "no recommendations match");
	if (quiet || output == NULL || strcmp(output, "-") == 0)
		return;
	for (i = 0; i < o->nitems; i++)
		if (rt_strmap_put(&reports, o->items[i].rec.report, 0) == -1)
			break;
	if (i == o->nitems) {
		snprintf(what, sizeof(what), "%zu %s (%zu %s)", o->nitems,
		    out_noun((long long)o->nitems, "recommendation",
		    "recommendations"), reports.n,
		    out_noun((long long)reports.n, "report", "reports"));
		cli_wrote(output, what);
	}
	rt_strmap_free(&reports);
}

int
cmd_outstanding(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_FILTER_OPTIONS,
		{ "format", required_argument, NULL, 'f' },
		{ "title", required_argument, NULL, 't' },
		{ "quiet", no_argument, NULL, 'q' },
		CLI_OUTPUT_OPTIONS,
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	static const char *const formats[] = { "md", "html", "csv", "json",
	    "xlsx", "table" };
	static const enum out_format of[] = { OUT_MD, OUT_HTML, OUT_CSV,
	    OUT_JSON, OUT_XLSX, OUT_TABLE };
	enum ofmt fmt = O_MD;
	struct rt_outstanding o;
	struct rt_evidence_list ev = { NULL, 0, 0 };
	struct cli_filter fl;
	struct rt_store *st;
	struct rt_error *err;
	struct rt_buf title = { 0 };
	struct cli_dest d;
	const char *title_arg = NULL, *output = NULL;
	int ch, status, force = 0, quiet = 0;
	size_t i;

	cli_filter_init(&fl);
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch != CLI_STOP &&
		    (status = cli_filter_option(c, &fl, ch, optarg)) != -1) {
			if (status)
				return status;
			continue;
		}
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'f':
			for (i = 0; i < 6; i++)
				if (strcmp(optarg, formats[i]) == 0)
					break;
			if (i == 6)
				return cli_usage_error(c, "--format: unknown "
				    "format \"%s\" (expected table, csv, json, "
				    "md, html or xlsx)", optarg);
			fmt = (enum ofmt)i;
			break;
		case 't':
			title_arg = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case CLI_OUTPUT:
			output = optarg;
			break;
		case CLI_FORCE:
			force = 1;
			break;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((status = cli_filter_done(c, &fl)) ||
	    (status = cli_output_check(c, output, force, of[fmt])) ||
	    (status = cli_bom(c, fmt == O_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if (title_arg)
		rt_buf_puts(&title, title_arg);
	else
		rt_buf_printf(&title, "Outstanding recommendations as of %s",
		    fl.as_of);
	if (title.s == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if ((err = cli_filter_ready(st, &fl)) == NULL &&
	    (err = rt_outstanding_build(st, &c->cfg, &fl.f, fl.as_of,
	    &o)) == NULL) {
		if ((err = rt_outstanding_sort(&o, &fl.sort)) == NULL &&
		    fmt == O_HTML)
			err = rt_evidence_list(st, NULL, fl.as_of, &ev);
		if (err == NULL && (err = cli_dest_open(c, &d, output, force,
		    of[fmt], title.s)) == NULL) {
			err = write_report(&o, fmt, title.s, &ev, &d);
			if (err == NULL && d.fp != NULL && fmt != O_CSV &&
			    (fflush(d.fp) == EOF || ferror(d.fp)))
				err = rt_error_new(RT_EIO, "cannot write the "
				    "output");
			err = cli_dest_close(&d, err);
			if (err == NULL)
				confirm(c, &o, output, quiet);
		}
		rt_evidence_list_free(&ev);
		rt_outstanding_free(&o);
	}
	rt_buf_free(&title);
	rt_store_close(st);
	cli_filter_free(&fl);
	return err ? cli_fail(err) : 0;
}
