/*
 * rectrack gao-ig-act: the two lists of the GAO-IG Act as of a day.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/oversight.h"
#include "store/store.h"

static const struct out_col cols[] = {
	{ "agency", "AGENCY", 0 },
	{ "id", "ID", 0 },
	{ "report", "REPORT", OUT_HIDE },
	{ "number", "NUMBER", OUT_HIDE },
	{ "issuer", "ISSUER", OUT_HIDE },
	{ "issued", "ISSUED", 0 },
	{ "status", "STATUS", 0 },
	{ "priority", "PRIORITY", OUT_HIDE },
	{ "age_days", "AGE", OUT_NUMBER },
	{ "target_date", "TIMELINE", 0 },
	{ "closed_date", "CLOSED", OUT_HIDE },
	{ "justification", "LATEST NOTE", OUT_FREE },
	{ "justification_date", "NOTED", OUT_HIDE },
	{ "text", "TEXT", OUT_HIDE },
};

static int
write_list(struct out_doc *d, const char *key, const char *heading,
    const char *sheet, const struct rt_ov_list *l)
{
	const struct rt_rec *r;
	struct out *o;
	size_t i;

	if ((o = out_doc_sheet(d, key, heading, sheet, cols,
	    sizeof(cols) / sizeof(cols[0]))) == NULL)
		return -1;
	for (i = 0; i < l->n; i++) {
		r = &l->v[i].rec;
		out_str(o, r->agency);
		out_id(o, r->report, r->number);
		out_str(o, r->report);
		out_str(o, r->number);
		out_str(o, r->issuer);
		out_date(o, r->report_issued);
		out_str(o, rt_status_name(r->status));
		out_bool(o, r->priority);
		out_int(o, l->v[i].age_days);
		out_date(o, r->target_date);
		out_date(o, r->closed_date);
		out_str(o, l->v[i].reason);
		out_date(o, l->v[i].reason_date);
		out_str(o, r->text);
		out_row(o);
	}
	return out_doc_section_end(d, o);
}

static struct rt_error *
write_lists(const struct cli *c, const struct rt_gao_ig_act *g,
    enum out_format f, const char *output, int force)
{
	struct rt_buf title = { 0 }, sub = { 0 };
	struct rt_error *err;
	struct cli_dest dest;
	struct out_doc d;
	int rc;

	rt_buf_printf(&title, "GAO-IG Act lists as of %s", g->as_of);
	rt_buf_printf(&sub, "%zu GAO %s open, or closed as not "
	    "implemented, for a year or more; %zu inspector general %s "
	    "issued a year or more before without final action.", g->gao.n,
	    out_noun((long long)g->gao.n, "recommendation", "recommendations"),
	    g->oig.n, out_noun((long long)g->oig.n, "recommendation",
	    "recommendations"));
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
	out_doc_meta(&d, "as_of", g->as_of);
	rc = write_list(&d, "gao", "GAO recommendations open or closed - "
	    "not implemented for a year or more", "GAO", &g->gao);
	rc |= write_list(&d, "oig", "Inspector general recommendations "
	    "without final action a year or more after issue",
	    "Inspector general", &g->oig);
	rc |= out_doc_end(&d);
	rt_buf_free(&title);
	rt_buf_free(&sub);
	return cli_dest_close(&dest, rc ? rt_error_new(RT_EIO, "cannot write "
	    "the output") : NULL);
}

int
cmd_gao_ig_act(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "as-of", required_argument, NULL, 'd' },
		{ "agency", required_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		CLI_OUTPUT_OPTIONS,
		CLI_BOM_OPTIONS,
		CLI_AS_KNOWN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	const char *as_of_arg = NULL, *output = NULL;
	char as_of[RT_DATE_SIZE];
	enum out_format fmt = OUT_TABLE;
	struct rt_gao_ig_act g;
	struct rt_filter f;
	struct rt_store *st;
	struct rt_error *err;
	int ch, status, force = 0;

	memset(&f, 0, sizeof(f));
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'd':
			as_of_arg = optarg;
			break;
		case CLI_F_AS_KNOWN:
			if ((status = cli_as_known(optarg)))
				return status;
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
	if ((status = cli_as_of(as_of_arg, as_of)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = cli_check_filter(st, &f)) == NULL &&
	    (err = rt_gao_ig_act_build(st, &c->cfg, &f, as_of, &g)) == NULL) {
		err = write_lists(c, &g, fmt, output, force);
		rt_gao_ig_act_free(&g);
	}
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}
