/* rectrack export — the database, or a filtered part, as YAML, JSON,
 * CSV or an Excel workbook. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "base/chain.h"
#include "core/backup.h"
#include "core/evidence_dir.h"
#include "core/queue.h"
#include "formats/export.h"
#include "formats/gaocsv.h"
#include "formats/oscal_export.h"
#include "store/store.h"

enum export_format { EXPORT_YAML, EXPORT_JSON, EXPORT_CSV, EXPORT_GAO,
    EXPORT_XLSX, EXPORT_OSCAL };

/* The evidence files the exported entries cite, each once. */
struct cited {
	char (*h)[RT_HASH_SIZE];
	size_t n, cap;
};

static int
cited_cb(const char *hash, void *arg)
{
	struct cited *c = arg;
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->h[i], hash) == 0)
			return 0;
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		void *h = realloc(c->h, cap * sizeof(*c->h));

		if (h == NULL)
			return -1;
		c->h = h;
		c->cap = cap;
	}
	snprintf(c->h[c->n++], RT_HASH_SIZE, "%s", hash);
	return 0;
}

/* The document, and with dir the files its entries cite into dir. */
static struct rt_error *
export_doc(struct rt_store *st, const struct rt_filter *f, const char *as_of,
    FILE *fp, int json, const char *dir)
{
	struct cited c = { NULL, 0, 0 };
	struct rt_error *err;
	size_t i;
	int written;

	if (dir == NULL)
		return rt_export_doc_as_of(st, f, as_of, fp, json);
	err = rt_export_doc_cited(st, f, as_of, fp, json, cited_cb, &c);
	for (i = 0; err == NULL && i < c.n; i++)
		err = rt_evidence_dir_put(st, dir, c.h[i], &written);
	free(c.h);
	return err;
}

/* The OSCAL POA&M, and with dir the files its history cites into dir. */
static struct rt_error *
export_oscal(struct rt_store *st, const struct rt_config *cfg,
    const struct rt_filter *f, const char *as_of, FILE *fp, const char *dir)
{
	struct cited c = { NULL, 0, 0 };
	struct rt_oscal_export_opts o;
	struct rt_error *err;
	char now[21];
	size_t i;
	int written;

	rt_clock_now(now);
	memset(&o, 0, sizeof(o));
	o.system_id = cfg->oscal_system_id;
	o.system_id_type = cfg->oscal_system_id_type;
	o.as_of = as_of;
	o.now = now;
	if (dir != NULL) {
		o.cited = cited_cb;
		o.cited_arg = &c;
	}
	err = rt_export_oscal(st, f, &o, fp);
	for (i = 0; err == NULL && i < c.n; i++)
		err = rt_evidence_dir_put(st, dir, c.h[i], &written);
	free(c.h);
	return err;
}

/* What an export wrote: its recommendations and their reports, and the
 * reports it wrote with none (YAML, JSON, OSCAL list those too). */
struct counts {
	long long recs, reports, empty;
	long long in_report;	/* the recommendations of the current one */
};

static int
count_report(const struct rt_report *r, void *arg)
{
	(void)r;
	((struct counts *)arg)->in_report = 0;
	return 0;
}

static int
count_rec(const struct rt_rec *rec, void *arg)
{
	struct counts *n = arg;

	(void)rec;
	n->recs++;
	n->in_report++;
	return 0;
}

static int
count_report_end(const struct rt_report *r, void *arg)
{
	struct counts *n = arg;

	(void)r;
	if (n->in_report)
		n->reports++;
	else
		n->empty++;
	return 0;
}

/*
 * The confirmation of export --output FILE: "wrote N recommendations (M
 * reports) to FILE", counted by walking what was written once more
 * (without the history: standard output and --quiet skip it), the
 * reports of a document counting also those without a recommendation;
 * "no recommendations match" before it when there is none.  A failure
 * to count only leaves the line out.
 */
static void
export_confirm(const struct cli *c, struct rt_store *st,
    enum export_format fmt, const struct cli_filter *fl, const char *path)
{
	static const struct rt_export_visit v = { count_report, count_rec,
	    NULL, NULL, count_report_end, NULL };
	struct counts n = { 0, 0, 0, 0 };
	struct rt_filter gao;
	struct rt_error *err;
	char what[96];
	int doc = fmt == EXPORT_YAML || fmt == EXPORT_JSON ||
	    fmt == EXPORT_OSCAL;

	/* GAO's file: every recommendation of issuer gao, as of now */
	memset(&gao, 0, sizeof(gao));
	gao.issuer = "gao";
	if ((err = rt_export_walk(st, fmt == EXPORT_GAO ? &gao : &fl->f,
	    fmt != EXPORT_GAO && (fl->as_of_arg || cli_horizon()) ?
	    fl->as_of : NULL, &v, &n)) != NULL) {
		rt_error_free(err);
		return;
	}
	if (n.recs == 0)
		cli_none(c, fmt == EXPORT_GAO ? "no recommendations of issuer "
		    "gao (GAO's file holds only those)" :
		    "no recommendations match");
	if (doc)
		n.reports += n.empty;
	snprintf(what, sizeof(what), "%lld %s (%lld %s)", n.recs,
	    out_noun(n.recs, "recommendation", "recommendations"),
	    n.reports, out_noun(n.reports, "report", "reports"));
	cli_wrote(path, what);
}

/* The recommendations as CSV rows, like list --format csv, or as the
 * rows of a workbook's sheet. */
static struct rt_error *
export_csv(struct rt_store *st, const struct rt_filter *f, const char *as_of,
    const struct rt_sort *sort, struct cli_dest *d)
{
	struct out_recs r = { 0 };
	struct rt_recs_walk w;
	const struct rt_rec **v = NULL;
	struct rt_error *err;
	char today[RT_DATE_SIZE];
	size_t i;

	rt_clock_today(today);
	r.as_of = as_of ? as_of : today;
	if ((r.o = cli_dest_rows(d, "Recommendations", out_rec_cols,
	    out_rec_ncols)) == NULL)
		return cli_out_end(NULL, NULL);
	if (sort->n == 0) {
		err = rt_export_recs_as_of(st, f, as_of, out_rec_cb, &r);
		return cli_out_end(r.o, err);
	}
	/* in the order --sort asks for: all of them first */
	memset(&w, 0, sizeof(w));
	if ((err = rt_export_recs_as_of(st, f, as_of, rt_recs_cb,
	    &w)) == NULL)
		err = w.err;
	if (err == NULL && w.recs.n &&
	    (v = calloc(w.recs.n, sizeof(*v))) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; err == NULL && i < w.recs.n; i++)
		v[i] = &w.recs.v[i];
	if (err == NULL)
		rt_sort_recs(sort, v, w.recs.n);
	for (i = 0; err == NULL && i < w.recs.n; i++)
		if (out_rec_cb(v[i], &r))
			break;
	free(v);
	rt_recs_free(&w.recs);
	return cli_out_end(r.o, err);
}

int
cmd_export(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_FILTER_OPTIONS,
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'F' },
		{ "with-evidence", required_argument, NULL, 'E' },
		{ "quiet", no_argument, NULL, 'q' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	enum export_format fmt = EXPORT_YAML;
	struct rt_store *st = NULL;
	struct rt_error *err;
	struct cli_filter fl;
	struct cli_dest d;
	enum out_format of;
	const char *output = NULL, *evdir = NULL;
	int ch, status, force = 0, quiet = 0;

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
			if (strcmp(optarg, "yaml") == 0)
				fmt = EXPORT_YAML;
			else if (strcmp(optarg, "json") == 0)
				fmt = EXPORT_JSON;
			else if (strcmp(optarg, "csv") == 0)
				fmt = EXPORT_CSV;
			else if (strcmp(optarg, "gao-csv") == 0)
				fmt = EXPORT_GAO;
			else if (strcmp(optarg, "xlsx") == 0)
				fmt = EXPORT_XLSX;
			else if (strcmp(optarg, "oscal-poam") == 0)
				fmt = EXPORT_OSCAL;
			else
				return cli_usage_error(c, "--format: unknown "
				    "format \"%s\" (expected yaml, json, csv, "
				    "gao-csv, xlsx or oscal-poam)", optarg);
			break;
		case 'o': output = optarg; break;
		case 'F': force = 1; break;
		case 'E': evdir = optarg; break;
		case 'q': quiet = 1; break;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	of = fmt == EXPORT_XLSX ? OUT_XLSX : fmt == EXPORT_CSV ||
	    fmt == EXPORT_GAO ? OUT_CSV : OUT_TABLE;
	if ((status = cli_output_check(c, output, force, of)) ||
	    (status = cli_bom(c, of == OUT_CSV)))
		return status;
	/* GAO's file lists every recommendation GAO made, as of now */
	if (fmt == EXPORT_GAO && (fl.f.issuer || fl.f.agency || fl.f.report ||
	    fl.f.statuses || fl.f.concurrences || fl.f.topic || fl.f.nfys ||
	    fl.f.issued_from || fl.f.issued_to || fl.f.priority ||
	    fl.overdue || fl.as_of_arg || cli_horizon() || fl.f.nofficials ||
	    fl.due_within || fl.unresolved_over || fl.f.no_target ||
	    fl.sort.n))
		return cli_usage_error(c, "--format gao-csv takes no filter: "
		    "it writes every recommendation of issuer gao");
	if (fl.sort.n && fmt != EXPORT_CSV && fmt != EXPORT_XLSX)
		return cli_usage_error(c, "--sort goes with --format csv or "
		    "xlsx: the YAML, JSON and OSCAL documents list "
		    "recommendations under their reports");
	if (evdir && fmt != EXPORT_YAML && fmt != EXPORT_JSON &&
	    fmt != EXPORT_OSCAL)
		return cli_usage_error(c, "--with-evidence goes with --format "
		    "yaml, json or oscal-poam: the files are those their "
		    "history cites");
	if ((status = cli_filter_done(c, &fl)))
		return status;
	/* the plan is about a system: before anything is opened */
	if (fmt == EXPORT_OSCAL && (err = rt_export_oscal_ready(
	    c->cfg.oscal_system_id, c->cfg.oscal_system_id_type)) != NULL) {
		cli_filter_free(&fl);
		return cli_fail(err);
	}
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = cli_filter_ready(st, &fl)) == NULL &&
	    (evdir == NULL || (err = rt_evidence_dir_ready(evdir)) == NULL) &&
	    (err = cli_dest_open(c, &d, output, force, of,
	    "Recommendations")) == NULL) {
		/* without --as-of: the register as recorded, history and
		 * all; with it, as it stood at the end of that day */
		if (fmt == EXPORT_YAML || fmt == EXPORT_JSON)
			err = export_doc(st, &fl.f, fl.as_of_arg ||
			    cli_horizon() ? fl.as_of : NULL, d.fp,
			    fmt == EXPORT_JSON, evdir);
		else if (fmt == EXPORT_OSCAL)
			err = export_oscal(st, &c->cfg, &fl.f, fl.as_of_arg ||
			    cli_horizon() ? fl.as_of : NULL, d.fp, evdir);
		else if (fmt == EXPORT_GAO) {
			out_bom_put(d.fp);
			err = rt_gao_export(st, &c->cfg, fl.as_of, d.fp);
		} else
			err = export_csv(st, &fl.f, fl.as_of_arg ||
			    cli_horizon() ? fl.as_of : NULL, &fl.sort, &d);
		err = cli_dest_close(&d, err);
		if (err == NULL && !quiet && output && strcmp(output, "-"))
			export_confirm(c, st, fmt, &fl, output);
	}
	rt_store_close(st);
	cli_filter_free(&fl);
	return err ? cli_fail(err) : 0;
}
