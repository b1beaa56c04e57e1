/* rectrack report add|set|list|show — oversight reports. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/edit.h"
#include "cli/out.h"
#include "core/registry.h"
#include "store/store.h"

struct add_args {
	struct rt_report r;
	const char *issued;
	const char *fy;
	int fy_start_month;
};

/* The issuer when none is named: the only one there is. */
static int
count_issuer(const struct rt_issuer *is, void *arg)
{
	char **only = arg;

	if (*only != NULL) {
		free(*only);
		*only = NULL;
		return 1;
	}
	*only = rt_strdup(is->code);
	return 0;
}

static struct rt_error *
add(struct rt_store *st, void *arg)
{
	struct add_args *a = arg;
	struct rt_error *err;
	char *only = NULL;

	if (a->r.issuer != NULL)
		return rt_store_report_add(st, &a->r);
	if ((err = rt_store_issuer_list(st, count_issuer, &only)))
		return err;
	if (only == NULL)
		return rt_error_new(RT_EINVAL, "%s: which issuer? name it with "
		    "--issuer (there is no single issuer to assume)",
		    a->r.number);
	a->r.issuer = only;
	err = rt_store_report_add(st, &a->r);
	a->r.issuer = NULL;
	free(only);
	return err;
}

static struct rt_error *
check_report(struct add_args *a)
{
	struct rt_report *r = &a->r;
	struct rt_error *err;
	char *end, today[RT_DATE_SIZE];
	long fy;

	if (rt_blank(r->number) || strchr(r->number, '#') != NULL)
		return rt_error_new(RT_EINVAL, "\"%s\": not a report number "
		    "(not empty, no '#')", r->number);
	if (rt_blank(r->title))
		return rt_error_new(RT_EINVAL, "the report title may not be "
		    "empty");
	if ((err = rt_report_valid(r)) != NULL)
		return err;
	if (!rt_date_valid(a->issued))
		return rt_error_new(RT_EINVAL, "--issued: \"%s\" is not a date "
		    "(expected YYYY-MM-DD, a day that exists)", a->issued);
	rt_clock_today(today);
	if (strcmp(a->issued, today) > 0)
		return rt_error_new(RT_EINVAL, "--issued: %s is after today "
		    "(%s)", a->issued, today);
	memcpy(r->issued, a->issued, RT_DATE_SIZE);
	if (r->type && !rt_report_type_valid(r->type))
		return rt_error_new(RT_EINVAL, "--type: unknown value \"%s\" "
		    "(expected one of %s)", r->type, rt_report_type_names());
	if (r->sensitivity && !rt_sensitivity_valid(r->sensitivity))
		return rt_error_new(RT_EINVAL, "--sensitivity: unknown value "
		    "\"%s\" (expected one of %s)", r->sensitivity,
		    rt_sensitivity_names());
	r->fiscal_year = rt_date_fiscal_year(r->issued, a->fy_start_month);
	if (a->fy == NULL && (r->fiscal_year < RT_FY_MIN ||
	    r->fiscal_year > RT_FY_MAX))
		return rt_error_new(RT_EINVAL, "--issued: %s falls in fiscal "
		    "year %d (fiscal years run from %d to %d; check the date)",
		    a->issued, r->fiscal_year, RT_FY_MIN, RT_FY_MAX);
	if (a->fy != NULL) {
		fy = strtol(a->fy, &end, 10);
		if (*a->fy == '\0' || *end != '\0' || fy < RT_FY_MIN ||
		    fy > RT_FY_MAX)
			return rt_error_new(RT_EINVAL, "--fy: \"%s\" is not a "
			    "fiscal year (e.g. 2021)", a->fy);
		r->fiscal_year = (int)fy;
	}
	return NULL;
}

static int
report_add(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "title", required_argument, NULL, 't' },
		{ "issued", required_argument, NULL, 'i' },
		{ "agency", required_argument, NULL, 'a' },
		{ "issuer", required_argument, NULL, 'I' },
		{ "type", required_argument, NULL, 'y' },
		{ "fy", required_argument, NULL, 'F' },
		{ "url", required_argument, NULL, 'u' },
		{ "topic", required_argument, NULL, 'T' },
		{ "summary", required_argument, NULL, 's' },
		{ "sensitivity", required_argument, NULL, 'S' },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct add_args a;
	struct rt_error *err;
	char **topics;
	int ch, status;

	memset(&a, 0, sizeof(a));
	a.fy_start_month = c->cfg.fy_start_month;
	/* at most one topic per argument */
	if ((topics = calloc((size_t)argc, sizeof(*topics))) == NULL)
		return cli_fail(rt_error_new(RT_ENOMEM, "out of memory"));
	a.r.topics = topics;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			free(topics);
			return status;
		case 't': a.r.title = optarg; break;
		case 'i': a.issued = optarg; break;
		case 'a': a.r.agency = optarg; break;
		case 'I': a.r.issuer = optarg; break;
		case 'y': a.r.type = optarg; break;
		case 'F': a.fy = optarg; break;
		case 'u': a.r.url = optarg; break;
		case 'T':
			if (*optarg)
				topics[a.r.ntopics++] = optarg;
			break;
		case 's': a.r.summary = optarg; break;
		case 'S': a.r.sensitivity = optarg; break;
		}
	}
	status = cli_one_operand(c, argc, "report add", "NUMBER", "");
	if (status == 0 && (a.r.title == NULL || *a.r.title == '\0'))
		status = cli_usage_error(c, "report add needs --title");
	else if (status == 0 && a.issued == NULL)
		status = cli_usage_error(c, "report add needs --issued");
	else if (status == 0 && a.r.agency == NULL)
		status = cli_usage_error(c, "report add needs --agency");
	if (status) {
		free(topics);
		return status;
	}
	a.r.number = argv[optind];
	if ((err = check_report(&a)) == NULL)
		err = cli_write(c, add, &a);
	free(topics);
	if (err)
		return cli_fail(err);
	fputs("added report ", stdout);
	out_text(stdout, a.r.number);	/* controls escaped */
	printf(" (FY%d)\n", a.r.fiscal_year);
	return 0;
}

static const struct out_col report_cols[] = {
	{ "number", "REPORT", 0 },
	{ "issued", "ISSUED", 0 },
	{ "fiscal_year", "FY", OUT_NUMBER },
	{ "issuer", "ISSUER", 0 },
	{ "agency", "AGENCY", 0 },
	{ "type", "TYPE", 0 },
	{ "sensitivity", "SENSITIVITY", OUT_HIDE },
	{ "topics", "TOPICS", OUT_HIDE },
	{ "url", "URL", OUT_HIDE },
	{ "summary", "SUMMARY", OUT_HIDE },
	{ "recommendation_count", "RECS", OUT_NUMBER },
	{ "open_count", "OPEN", OUT_NUMBER },
	{ "title", "TITLE", OUT_FREE },
};

static int
report_row(const struct rt_report *r, void *arg)
{
	struct out *o = arg;

	out_str(o, r->number);
	out_str(o, r->issued);
	out_int(o, r->fiscal_year);
	out_str(o, r->issuer);
	out_str(o, r->agency);
	out_str(o, r->type);
	out_str(o, r->sensitivity);
	out_list(o, r->topics, r->ntopics);
	out_str(o, r->url);
	out_str(o, r->summary);
	out_int(o, r->nrecs);
	out_int(o, r->nopen);
	out_str(o, r->title);
	out_row(o);
	return 0;
}

static int
report_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "issuer", required_argument, NULL, 'I' },
		{ "agency", required_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_filter f;
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st;
	struct rt_error *err;
	struct out *o;
	int ch, status;

	memset(&f, 0, sizeof(f));
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'I': f.issuer = optarg; break;
		case 'a': f.agency = optarg; break;
		case 'f':
			if ((status = cli_format(c, optarg, &fmt)))
				return status;
			break;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = cli_check_filter(st, &f)) == NULL) {
		if ((o = out_new(stdout, fmt, report_cols,
		    sizeof(report_cols) / sizeof(report_cols[0]))) != NULL)
			err = rt_store_report_list(st, &f, report_row, o);
		err = cli_listing_end(c, o, err, "no reports match");
	}
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

/* The report's own fields, for people. */
static void
print_report(const struct rt_report *r, const struct rt_agency *ag)
{
	struct rt_buf b = { 0 };
	size_t i;

	out_kv(stdout, "Report:", r->number);
	out_kv(stdout, "Title:", r->title);
	out_kv(stdout, "Issuer:", r->issuer);
	out_kv(stdout, "Type:", r->type);
	rt_buf_printf(&b, "%s (FY%d)", r->issued, r->fiscal_year);
	out_kv(stdout, "Issued:", b.s);
	out_kv(stdout, "Agency:", ag->path);
	out_kv(stdout, "Sensitivity:", r->sensitivity);
	rt_buf_free(&b);
	for (i = 0; i < r->ntopics; i++)
		rt_buf_printf(&b, "%s%s", i ? "; " : "", r->topics[i]);
	out_kv(stdout, "Topics:", b.s);
	rt_buf_free(&b);
	out_kv(stdout, "URL:", r->url);
	out_kv(stdout, "Summary:", r->summary);
	printf("\n");
	if (r->nrecs == 0)
		printf("No recommendations.\n");
	else
		printf("Recommendations: %d, %d open\n\n", r->nrecs, r->nopen);
}

static int
report_show(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_report r;
	struct rt_agency ag;
	struct rt_filter f;
	struct out_recs s = { 0 };
	struct out *report = NULL;
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st;
	struct rt_error *err;
	char today[RT_DATE_SIZE];
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'f' && (status = cli_format_in(c, optarg,
		    CLI_FMT_OBJECT, &fmt)))
			return status;
	}
	if ((status = cli_one_operand(c, argc, "report show", "NUMBER", "")))
		return status;
	if ((status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	memset(&r, 0, sizeof(r));
	memset(&ag, 0, sizeof(ag));
	memset(&f, 0, sizeof(f));
	f.report = argv[optind];
	rt_clock_today(today);
	s.as_of = today;
	if ((err = rt_store_report_get(st, argv[optind], &r)) != NULL ||
	    (err = rt_store_agency_get(st, r.agency, &ag)) != NULL)
		goto done;
	if (fmt == OUT_TABLE)
		print_report(&r, &ag);
	else if (fmt == OUT_JSON) {
		/* the report, with its recommendations nested in it */
		if ((report = out_object(stdout, report_cols,
		    sizeof(report_cols) / sizeof(report_cols[0]))) == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
		report_row(&r, report);
	}
	if (r.nrecs > 0 || fmt != OUT_TABLE) {
		if ((s.o = report ? out_member(report, "recommendations",
		    out_rec_cols, out_rec_ncols) : out_new(stdout, fmt,
		    out_rec_cols, out_rec_ncols)) != NULL)
			err = rt_store_rec_list(st, &f, out_rec_cb, &s);
		err = cli_out_end(s.o, err);
	}
	if (report != NULL)
		err = cli_out_end(report, err);
done:
	rt_report_free(&r);
	rt_agency_free(&ag);
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

static int
report_set(struct cli *c, int argc, char **argv)
{
	return cli_subject_set(c, argc, argv, RT_SUBJECT_REPORT);
}

int
cmd_report(struct cli *c, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", report_add },
		{ "list", report_list },
		{ "set", report_set },
		{ "show", report_show },
		{ NULL, NULL },
	};

	return cli_dispatch(c, argc, argv, subs);
}
