/*
 * rectrack sar: the semiannual report's figures for a period.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/oversight.h"
#include "store/store.h"

static const struct out_col roll_cols[] = {
	{ "line", "", 0 },
	{ "recommendations", "RECOMMENDATIONS", OUT_NUMBER },
	{ "reports", "REPORTS", OUT_NUMBER },
};

static void
roll_line(struct out *o, const char *line, long recs, long reports)
{
	out_str(o, line);
	out_int(o, recs);
	out_int(o, reports);
	out_row(o);
}

static int
write_roll(struct out_doc *d, const struct rt_sar *s)
{
	struct out *o = out_doc_sheet(d, "roll_forward", "Roll-forward",
	    "Roll-forward", roll_cols, 3);

	if (o == NULL)
		return -1;
	roll_line(o, "open at the start", s->recs.open_start,
	    s->reports.open_start);
	roll_line(o, "  of them resolved", s->recs.open_start_resolved,
	    s->reports.open_start_resolved);
	roll_line(o, "issued in the period", s->recs.issued,
	    s->reports.issued);
	roll_line(o, "closed in the period", s->recs.closed,
	    s->reports.closed);
	roll_line(o, "reopened", s->recs.reopened, s->reports.reopened);
	roll_line(o, "open at the end", s->recs.open_end, s->reports.open_end);
	roll_line(o, "  of them resolved", s->recs.open_end_resolved,
	    s->reports.open_end_resolved);
	return out_doc_section_end(d, o);
}

static const char *const row_text[2][RT_ROW_COUNT] = {
	{ "no management decision by the start of the period",
	  "issued during the period",
	  "subtotal (A + B)",
	  "management decision made during the period",
	  "  (i) disallowed costs",
	  "  (ii) costs not disallowed",
	  "no management decision by the end of the period",
	  "  of D: no management decision within six months of issue" },
	{ "no management decision by the start of the period",
	  "issued during the period",
	  "subtotal (A + B)",
	  "management decision made during the period",
	  "  (i) agreed to by management",
	  "  (ii) not agreed to by management",
	  "no management decision by the end of the period",
	  "  of D: no management decision within six months of issue" },
};

static const struct out_col t1_cols[] = {
	{ "row", "ROW", 0 },
	{ "description", "DESCRIPTION", 0 },
	{ "reports", "REPORTS", OUT_NUMBER },
	{ "questioned_cost", "QUESTIONED COST", OUT_NUMBER },
	{ "unsupported_cost", "UNSUPPORTED COST", OUT_NUMBER },
};

static const struct out_col t2_cols[] = {
	{ "row", "ROW", 0 },
	{ "description", "DESCRIPTION", 0 },
	{ "reports", "REPORTS", OUT_NUMBER },
	{ "funds_better_use", "FUNDS PUT TO BETTER USE", OUT_NUMBER },
};

static int
write_table(struct out_doc *d, int which, const struct rt_ov_row *rows)
{
	struct out *o;
	int r;

	o = which == 0 ? out_doc_sheet(d, "table_1", "Table I: reports "
	    "with questioned costs", "Table I questioned costs", t1_cols, 5) :
	    out_doc_sheet(d, "table_2", "Table II: reports with "
	    "recommendations that funds be put to better use",
	    "Table II better use", t2_cols, 4);
	if (o == NULL)
		return -1;
	for (r = 0; r < RT_ROW_COUNT; r++) {
		out_str(o, rt_sar_row_name(r));
		out_str(o, row_text[which][r]);
		out_int(o, rows[r].reports);
		out_money(o, rows[r].amount);
		if (which == 0)
			out_money(o, r == RT_ROW_CI || r == RT_ROW_CII ?
			    RT_MONEY_NONE : rows[r].unsupported);
		out_row(o);
	}
	return out_doc_section_end(d, o);
}

/* The columns of the three lists; the table hides what it has no room
 * for. */
static const struct out_col list_cols[] = {
	{ "id", "ID", 0 },
	{ "report", "REPORT", OUT_HIDE },
	{ "number", "NUMBER", OUT_HIDE },
	{ "issuer", "ISSUER", OUT_HIDE },
	{ "issued", "ISSUED", 0 },
	{ "agency", "AGENCY", 0 },
	{ "status", "STATUS", 0 },
	{ "age_days", "AGE", OUT_NUMBER },
	{ "target_date", "TARGET", 0 },
	{ "resolved_date", "RESOLVED", OUT_HIDE },
	{ "closed_date", "CLOSED", OUT_HIDE },
	{ "questioned_cost", "QUESTIONED", OUT_NUMBER | OUT_HIDE },
	{ "funds_better_use", "BETTER USE", OUT_NUMBER | OUT_HIDE },
	{ "potential_savings", "SAVINGS", OUT_NUMBER },
	{ "reason", "LATEST NOTE", OUT_FREE },
	{ "reason_date", "NOTED", OUT_HIDE },
	{ "text", "TEXT", OUT_HIDE },
};

static int
write_list(struct out_doc *d, const char *key, const char *heading,
    const char *sheet, const struct rt_ov_list *l)
{
	struct out *o;
	size_t i;
	const struct rt_rec *r;

	if ((o = out_doc_sheet(d, key, heading, sheet, list_cols,
	    sizeof(list_cols) / sizeof(list_cols[0]))) == NULL)
		return -1;
	for (i = 0; i < l->n; i++) {
		r = &l->v[i].rec;
		out_id(o, r->report, r->number);
		out_str(o, r->report);
		out_str(o, r->number);
		out_str(o, r->issuer);
		out_date(o, r->report_issued);
		out_str(o, r->agency);
		out_str(o, rt_status_name(r->status));
		out_int(o, l->v[i].age_days);
		out_date(o, r->target_date);
		out_date(o, r->resolved_date);
		out_date(o, r->closed_date);
		out_money(o, r->money[RT_QUESTIONED_COST]);
		out_money(o, r->money[RT_FUNDS_BETTER_USE]);
		out_money(o, r->money[RT_POTENTIAL_SAVINGS]);
		out_str(o, l->v[i].reason);
		out_date(o, l->v[i].reason_date);
		out_str(o, r->text);
		out_row(o);
	}
	return out_doc_section_end(d, o);
}

static struct rt_error *
write_sar(const struct cli *c, const struct rt_sar *s, enum out_format f,
    const char *output, int force)
{
	struct rt_buf title = { 0 }, sub = { 0 };
	struct rt_error *err;
	struct cli_dest dest;
	struct out_doc d;
	int rc;

	if (s->period.name[0])
		rt_buf_printf(&title, "Semiannual report %s", s->period.name);
	else
		rt_buf_printf(&title, "Semiannual report figures");
	rt_buf_printf(&sub, "Period %s to %s; the start is the state at the "
	    "end of %s, the end the state at the end of %s.", s->period.from,
	    s->period.to, s->start, s->period.to);
	if (title.s == NULL || sub.s == NULL) {
		rt_buf_free(&title);
		rt_buf_free(&sub);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	if ((err = cli_dest_open(c, &dest, output, force, f,
	    title.s)) != NULL) {
		rt_buf_free(&title);
		rt_buf_free(&sub);
		return err;
	}
	cli_dest_doc(&dest, &d, title.s, sub.s);
	out_doc_meta(&d, "period", s->period.name[0] ? s->period.name : NULL);
	out_doc_meta(&d, "from", s->period.from);
	out_doc_meta(&d, "to", s->period.to);
	rc = write_roll(&d, s);
	rc |= write_table(&d, 0, s->questioned);
	rc |= write_table(&d, 1, s->better_use);
	rc |= write_list(&d, "prior_open", "Recommendations made before the "
	    "period without completed corrective action", "Prior open",
	    &s->prior);
	rc |= write_list(&d, "unresolved_over_6_months", "Unresolved more "
	    "than six months after issue (reason: latest note; timetable: "
	    "target date)", "Unresolved over 6 months", &s->unresolved);
	rc |= write_list(&d, "closed", "Closed during the period",
	    "Closed in the period", &s->closed);
	rc |= out_doc_end(&d);
	rt_buf_free(&title);
	rt_buf_free(&sub);
	return cli_dest_close(&dest, rc ? rt_error_new(RT_EIO, "cannot write "
	    "the output") : NULL);
}

int
cmd_sar(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "period", required_argument, NULL, 'p' },
		{ "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'T' },
		{ "issuer", required_argument, NULL, 'i' },
		{ "agency", required_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		CLI_OUTPUT_OPTIONS,
		CLI_BOM_OPTIONS,
		CLI_AS_KNOWN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	const char *period = NULL, *from = NULL, *to = NULL, *output = NULL;
	enum out_format fmt = OUT_TABLE;
	struct rt_filter f;
	struct rt_period p;
	struct rt_store *st;
	struct rt_error *err;
	struct rt_sar s;
	int ch, status, force = 0;

	memset(&f, 0, sizeof(f));
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'p':
			period = optarg;
			break;
		case CLI_F_AS_KNOWN:
			if ((status = cli_as_known(optarg)))
				return status;
			break;
		case 'F':
			from = optarg;
			break;
		case 'T':
			to = optarg;
			break;
		case 'i':
			f.issuer = optarg;
			break;
		case 'a':
			f.agency = optarg;
			break;
		case 'f':
			if ((status = cli_doc_format(c, optarg, &fmt, 1)))
				return status;
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
	if ((status = cli_output_check(c, output, force, fmt)) ||
	    (status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if (period && (from || to))
		return cli_usage_error(c, "--period or --from/--to, not both");
	if (period) {
		if (rt_period_parse(period, &p) == -1)
			return cli_fail(rt_error_new(RT_EINVAL, "--period: "
			    "\"%s\" is not a half year such as 2025H2 (1 April "
			    "to 30 September 2025) or 2026H1 (1 October 2025 "
			    "to 31 March 2026)", period));
	} else if (from && to) {
		if (rt_period_span(from, to, &p) == -1)
			return cli_fail(rt_error_new(RT_EINVAL, "--from %s "
			    "--to %s: not two dates (YYYY-MM-DD), the first "
			    "not after the second", from, to));
	} else
		return cli_usage_error(c, "which period? --period 2025H2, or "
		    "--from DATE --to DATE");
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = cli_check_filter(st, &f)) == NULL &&
	    (err = rt_sar_build(st, &c->cfg, &f, &p, &s)) == NULL) {
		err = write_sar(c, &s, fmt, output, force);
		rt_sar_free(&s);
	}
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}
