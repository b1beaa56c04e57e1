/* rectrack summary — the open-item summary (rectrack(1)). */
#include <ctype.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/config.h"
#include "core/rec.h"
#include "core/summary.h"
#include "formats/json.h"
#include "store/store.h"

enum summary_format { SUM_TABLE, SUM_CSV, SUM_JSON, SUM_MD, SUM_XLSX };

/* The columns after the age buckets (before them: out_summary_counts). */
static const struct out_summary_col tail[] = {
	{ "questioned_cost", "QUESTIONED", "Questioned costs" },
	{ "funds_better_use", "BETTER USE", "Funds put to better use" },
	{ "oldest", "OLDEST", "Oldest open" },
};
#define NHEAD OUT_SUMMARY_NCOUNTS
#define NTAIL (sizeof(tail) / sizeof(tail[0]))
#define MAXCOLS (2 + NHEAD + RT_MAX_BUCKETS + 1 + NTAIL)

/*
 * By status, the counts of the open ones say nothing of the closed
 * statuses: a first count, of every recommendation selected (open or
 * closed), gives each status its number.
 */
#define ALL_KEY OUT_SUMMARY_ALL_KEY
#define ALL_HEADER "RECS"
#define ALL_MD "Recommendations"
#define WITH_ALL(s) ((s)->by == RT_BY_STATUS)

static const char *const group_header[RT_BY_COUNT] = {
	"AGENCY", "ISSUER", "REPORT", "FY", "TOPIC", "STATUS", "OFFICIAL",
};
static const char *const group_md[RT_BY_COUNT] = {
	"Agency", "Issuer", "Report", "Fiscal year", "Topic", "Status",
	"Official",
};
static const char *const by_words[RT_BY_COUNT] = {
	"agency", "issuer", "report", "fiscal year", "topic", "status",
	"official",
};

/* ---- table and CSV --------------------------------------------------- */

static void
out_summary_row(struct out *o, const struct rt_summary *s,
    const struct rt_summary_row *r, int table)
{
	struct rt_buf g = { 0 };
	long v[NHEAD];
	size_t i;

	if (table && r->depth > 0)
		rt_buf_printf(&g, "%*s%s", 2 * r->depth, "", r->group);
	out_str(o, g.s ? g.s : r->group);
	rt_buf_free(&g);
	if (WITH_ALL(s))
		out_int(o, r->recs);
	out_summary_row_counts(r, v);
	for (i = 0; i < NHEAD; i++)
		out_int(o, v[i]);
	for (i = 0; i < s->nbuckets; i++)
		out_int(o, r->age[i]);
	out_money(o, r->questioned_cost);
	out_money(o, r->funds_better_use);
	if (r->oldest)
		out_date(o, r->oldest);
	else
		out_str(o, NULL);
	out_row(o);
}

static struct rt_error *
write_rows(const struct rt_summary *s, struct cli_dest *d)
{
	enum out_format fmt = d->format;
	struct out_col cols[MAXCOLS];
	char headers[RT_MAX_BUCKETS + 1][sizeof(s->buckets[0].label)];
	struct out *o;
	size_t n = 0, i, j;

	cols[n++] = (struct out_col){ "group", group_header[s->by], OUT_FREE };
	if (WITH_ALL(s))
		cols[n++] = (struct out_col){ ALL_KEY, ALL_HEADER,
		    OUT_NUMBER };
	for (i = 0; i < NHEAD; i++)
		cols[n++] = (struct out_col){ out_summary_counts[i].key, out_summary_counts[i].header,
		    OUT_NUMBER };
	for (i = 0; i < s->nbuckets; i++) {
		for (j = 0; s->buckets[i].label[j]; j++)
			headers[i][j] = (char)toupper(
			    (unsigned char)s->buckets[i].label[j]);
		headers[i][j] = '\0';
		cols[n++] = (struct out_col){ s->buckets[i].label, headers[i],
		    OUT_NUMBER };
	}
	for (i = 0; i < NTAIL; i++)
		cols[n++] = (struct out_col){ tail[i].key, tail[i].header,
		    i < 2 ? OUT_NUMBER : 0 };
	if ((o = cli_dest_rows(d, "Summary", cols, n)) == NULL)
		return cli_out_end(NULL, NULL);
	for (i = 0; i < s->nrows; i++)
		out_summary_row(o, s, &s->rows[i], fmt == OUT_TABLE);
	out_summary_row(o, s, &s->total, fmt == OUT_TABLE);
	return cli_out_end(o, NULL);
}

/* ---- JSON -------------------------------------------------------------- */

static struct rt_error *
write_json(const struct rt_summary *s, FILE *fp)
{
	struct rt_json j = { 0 };
	size_t i;

	j.fp = fp;
	j.compact = 1;
	rt_json_open(&j, RT_JSON_OBJECT);
	rt_json_key(&j, "as_of");
	rt_json_str(&j, s->as_of);
	rt_json_key(&j, "by");
	rt_json_str(&j, rt_summary_by_name(s->by));
	rt_json_key(&j, "groups");
	rt_json_open(&j, RT_JSON_LINES);
	for (i = 0; i < s->nrows; i++)
		out_summary_json_row(&j, s, &s->rows[i]);
	rt_json_close(&j, RT_JSON_LINES);
	rt_json_key(&j, "total");
	out_summary_json_row(&j, s, &s->total);
	rt_json_close(&j, RT_JSON_OBJECT);
	fputc('\n', fp);
	return NULL;
}

/* ---- Markdown ---------------------------------------------------------- */

/* Text in a table cell: made safe (out_clean: one line, control
 * characters as \xHH), Markdown's marks escaped. */
static void
md_text(FILE *fp, const char *s)
{
	char *clean, *p;

	if ((clean = out_clean(s, 0)) == NULL)
		return;
	for (p = clean; *p; p++) {
		if (*p == '|' || *p == '\\' || *p == '*' || *p == '_' ||
		    *p == '`')
			fputc('\\', fp);
		fputc(*p, fp);
	}
	free(clean);
}

static void
md_row(FILE *fp, const struct rt_summary *s, const struct rt_summary_row *r,
    int total)
{
	char buf[32];
	long v[NHEAD];
	size_t i;
	int d;

	fputs("| ", fp);
	/* no-break spaces: Markdown keeps them */
	for (d = 0; d < r->depth; d++)
		fputs("\xc2\xa0\xc2\xa0", fp);
	fputs(total ? "**" : r->subtotal ? "*" : "", fp);
	md_text(fp, r->group);
	fputs(total ? "**" : r->subtotal ? "*" : "", fp);
	if (WITH_ALL(s))
		fprintf(fp, " | %ld", r->recs);
	out_summary_row_counts(r, v);
	for (i = 0; i < NHEAD; i++)
		fprintf(fp, " | %ld", v[i]);
	for (i = 0; i < s->nbuckets; i++)
		fprintf(fp, " | %ld", r->age[i]);
	rt_money_display(r->questioned_cost, buf, sizeof(buf));
	fprintf(fp, " | %s", buf);
	rt_money_display(r->funds_better_use, buf, sizeof(buf));
	fprintf(fp, " | %s | ", buf);
	if (r->oldest)
		md_text(fp, r->oldest);
	fputs(" |\n", fp);
}

static struct rt_error *
write_md(const struct rt_summary *s, FILE *fp)
{
	size_t i;

	fprintf(fp, "## Open-item summary by %s as of %s\n\n",
	    by_words[s->by], s->as_of);
	fprintf(fp, "| %s", group_md[s->by]);
	if (WITH_ALL(s))
		fprintf(fp, " | %s", ALL_MD);
	for (i = 0; i < NHEAD; i++)
		fprintf(fp, " | %s", out_summary_counts[i].md);
	for (i = 0; i < s->nbuckets; i++)
		fprintf(fp, " | %s", s->buckets[i].label);
	for (i = 0; i < NTAIL; i++)
		fprintf(fp, " | %s", tail[i].md);
	fputs(" |\n|:--", fp);
	if (WITH_ALL(s))
		fputs("|--:", fp);
	for (i = 0; i < NHEAD + s->nbuckets + NTAIL - 1; i++)
		fputs("|--:", fp);
	fputs("|:--|\n", fp);
	for (i = 0; i < s->nrows; i++)
		md_row(fp, s, &s->rows[i], 0);
	md_row(fp, s, &s->total, 1);
	fputs(WITH_ALL(s) ? "\nRecommendations counts them all, open or "
	    "closed; the other counts are of the open ones; amounts are "
	    "sums over those.\n" : "\nCounts are of open recommendations; "
	    "amounts are sums over them.\n", fp);
	if (s->by == RT_BY_TOPIC)
		fputs("A recommendation of a report with several topics counts "
		    "under each; the total counts it once.\n", fp);
	if (s->rollup)
		fputs("A subtotal counts a parent agency and every agency "
		    "below it.\n", fp);
	return NULL;
}

int
cmd_summary(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_FILTER_OPTIONS,
		{ "by", required_argument, NULL, 'b' },
		{ "rollup", no_argument, NULL, 'R' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'F' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	static const char *const formats[] = { "table", "csv", "json", "md",
	    "xlsx" };
	static const enum out_format of[] = { OUT_TABLE, OUT_CSV, OUT_JSON,
	    OUT_MD, OUT_XLSX };
	enum summary_format fmt = SUM_TABLE;
	enum rt_summary_by by = RT_BY_AGENCY;
	struct rt_summary s;
	struct cli_filter fl;
	struct rt_store *st;
	struct rt_error *err;
	struct cli_dest d;
	struct rt_buf title = { 0 };
	const char *by_arg = NULL, *output = NULL;
	int ch, status, rollup = 0, force = 0;
	size_t i;

	cli_filter_init(&fl);
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_F_SORT)
			return cli_usage_error(c, "--sort goes with list, "
			    "outstanding and export: a summary's rows follow "
			    "--by");
		if (ch != CLI_STOP &&
		    (status = cli_filter_option(c, &fl, ch, optarg)) != -1) {
			if (status)
				return status;
			continue;
		}
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'b':
			if (by_arg != NULL)
				return cli_usage_error(c, "--by given twice");
			by_arg = optarg;
			if (rt_summary_by_parse(optarg, &by) == -1)
				return cli_usage_error(c, "--by: unknown key "
				    "\"%s\" (expected %s)", optarg,
				    rt_summary_by_names());
			break;
		case 'R':
			rollup = 1;
			break;
		case 'f':
			for (i = 0; i < 5; i++)
				if (strcmp(optarg, formats[i]) == 0)
					break;
			if (i == 5)
				return cli_usage_error(c, "--format: unknown "
				    "format \"%s\" (expected table, csv, json, "
				    "md or xlsx)", optarg);
			fmt = (enum summary_format)i;
			break;
		case 'o':
			output = optarg;
			break;
		case 'F':
			force = 1;
			break;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if (rollup && by != RT_BY_AGENCY)
		return cli_usage_error(c, "--rollup goes with --by agency (it "
		    "adds the subtotals of parent agencies)");
	if ((status = cli_filter_done(c, &fl)) ||
	    (status = cli_output_check(c, output, force, of[fmt])) ||
	    (status = cli_bom(c, fmt == SUM_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if (rt_buf_printf(&title, "Open-item summary by %s as of %s",
	    by_words[by], fl.as_of))
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if ((err = cli_filter_ready(st, &fl)) == NULL &&
	    (err = rt_summary_build(st, &c->cfg, &fl.f, fl.as_of, by, rollup,
	    &s)) == NULL) {
		if ((err = cli_dest_open(c, &d, output, force, of[fmt],
		    title.s)) == NULL) {
			if (fmt == SUM_JSON)
				err = write_json(&s, d.fp);
			else if (fmt == SUM_MD)
				err = write_md(&s, d.fp);
			else
				err = write_rows(&s, &d);
			err = cli_dest_close(&d, err);
		}
		if (err == NULL && s.nrows == 0)
			cli_none(c, "no recommendations match");
		rt_summary_free(&s);
	}
	rt_buf_free(&title);
	rt_store_close(st);
	cli_filter_free(&fl);
	return err ? cli_fail(err) : 0;
}
