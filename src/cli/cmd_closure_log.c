/*
 * rectrack closure-log: the closings of a period, with their requester,
 * approver and evidence.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/closure_log.h"
#include "store/store.h"

static const struct out_col cols[] = {
	{ "id", "ID", 0 },
	{ "closed_as", "CLOSED AS", 0 },
	{ "closed_on", "CLOSED ON", 0 },
	{ "requester", "REQUESTER", 0 },
	{ "requested_on", "REQUESTED", OUT_HIDE },
	{ "approver", "APPROVER", 0 },
	{ "evidence", "EVIDENCE", OUT_FREE },
	{ "change", "CHANGE", OUT_NUMBER },
};
#define NCOLS (sizeof(cols) / sizeof(cols[0]))

static struct rt_error *
write_log(const struct rt_closure_log *l, enum out_format f)
{
	struct rt_buf title = { 0 }, sub = { 0 };
	struct out_doc d;
	struct out *o;
	size_t i;
	int rc = 0;

	if (l->period.name[0])
		rt_buf_printf(&title, "Closure log %s", l->period.name);
	else
		rt_buf_printf(&title, "Closure log");
	rt_buf_printf(&sub, "Recommendations closed from %s to %s: who asked "
	    "for each closing, who approved it (direct: closed without a "
	    "request) and the evidence the request cited.", l->period.from,
	    l->period.to);
	if (title.s == NULL || sub.s == NULL) {
		rt_buf_free(&title);
		rt_buf_free(&sub);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	out_doc_begin(&d, stdout, f, title.s, sub.s);
	out_doc_meta(&d, "period", l->period.name[0] ? l->period.name : NULL);
	out_doc_meta(&d, "from", l->period.from);
	out_doc_meta(&d, "to", l->period.to);
	if ((o = out_doc_section(&d, "closures", "Closures", cols,
	    NCOLS)) == NULL)
		rc = -1;
	for (i = 0; o != NULL && i < l->n; i++) {
		const struct rt_closure *c = &l->v[i];

		out_id(o, c->report, c->number);
		out_str(o, c->closed_as);
		out_date(o, c->closed_on);
		out_str(o, c->requester);
		out_date(o, c->requested_on);
		out_str(o, c->approver ? c->approver : "direct");
		out_str(o, c->evidence);
		out_int(o, (long long)c->change);
		out_row(o);
	}
	rc |= out_doc_section_end(&d, o);
	rc |= out_doc_end(&d);
	rt_buf_free(&title);
	rt_buf_free(&sub);
	return rc ? rt_error_new(RT_EIO, "cannot write the output") : NULL;
}

int
cmd_closure_log(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "period", required_argument, NULL, 'p' },
		{ "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'T' },
		{ "issuer", required_argument, NULL, 'i' },
		{ "agency", required_argument, NULL, 'a' },
		{ "report", required_argument, NULL, 'r' },
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		CLI_AS_KNOWN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	const char *period = NULL, *from = NULL, *to = NULL;
	enum out_format fmt = OUT_TABLE;
	struct rt_closure_log l;
	struct rt_filter f;
	struct rt_period p;
	struct rt_store *st;
	struct rt_error *err;
	int ch, status;

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
		case 'r':
			f.report = optarg;
			break;
		case 'f':
			if ((status = cli_doc_format(c, optarg, &fmt, 0)))
				return status;
			break;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if (period && (from || to))
		return cli_usage_error(c, "--period or --from/--to, not both");
	if (period) {
		if (rt_closure_period_parse(period, &p) == -1)
			return cli_fail(rt_error_new(RT_EINVAL, "--period: "
			    "\"%s\" is not a half year such as 2025H2 (1 April "
			    "to 30 September 2025) or a fiscal year such as "
			    "FY2025 (1 October 2024 to 30 September 2025)",
			    period));
	} else if (from && to) {
		if (rt_period_span(from, to, &p) == -1)
			return cli_fail(rt_error_new(RT_EINVAL, "--from %s "
			    "--to %s: not two dates (YYYY-MM-DD), the first "
			    "not after the second", from, to));
	} else
		return cli_usage_error(c, "which period? --period 2025H2 or "
		    "FY2025, or --from DATE --to DATE");
	if ((status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = cli_check_filter(st, &f)) == NULL &&
	    (err = rt_closure_log_build(st, &f, &p, &l)) == NULL) {
		err = write_log(&l, fmt);
		rt_closure_log_free(&l);
	}
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}
