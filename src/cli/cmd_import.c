/* rectrack import FILE... — load YAML (import-format.md), GAO's CSV or
 * OSCAL POA&Ms (oscal.md). */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "formats/import.h"
#include "formats/oscal_read.h"
#include "store/store.h"

/* The progress line on a terminal: redrawn at most four times a second. */
struct meter {
	struct timespec start, last;
	int shown;		/* width of the line on screen */
};

static double
seconds(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) +
	    (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void
show_progress(const struct rt_import_progress *p, void *arg)
{
	struct meter *m = arg;
	struct timespec now;
	char line[200], left[40] = "";
	double t, rate;
	int n;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (m->shown && seconds(&m->last, &now) < 0.25)
		return;
	m->last = now;
	t = seconds(&m->start, &now);
	rate = t > 0 ? (double)p->recs_done / t : 0;
	if (p->bytes_total > 0 && p->bytes_done > 0 && t > 1) {
		double rest = t * (double)(p->bytes_total - p->bytes_done) /
		    (double)p->bytes_done;

		snprintf(left, sizeof(left), ", about %d:%02d left",
		    (int)rest / 60, (int)rest % 60);
	}
	if (p->bytes_total > 0)
		n = snprintf(line, sizeof(line), "%s: %d%%, %lld "
		    "recommendations, %.0f/s%s", p->file,
		    (int)(100 * p->bytes_done / p->bytes_total), p->recs_done,
		    rate, left);
	else
		n = snprintf(line, sizeof(line), "%s: %lld recommendations, "
		    "%.0f/s", p->file, p->recs_done, rate);
	if (n < 0)
		return;
	fprintf(stderr, "\r%s%*s", line, m->shown > n ? m->shown - n : 0, "");
	m->shown = n > m->shown ? n : m->shown;
	fflush(stderr);
}

/* What the import did (or, dry, would do). */
static void
print_stats(const struct rt_import_stats *s, int dry, int64_t change)
{
	if (dry)
		printf("dry run: nothing was written; the import would "
		    "give\n");
	printf("reports: %d new, %d changed, %d unchanged\n", s->reports_new,
	    s->reports_changed, s->reports_unchanged);
	printf("recommendations: %d new, %d changed, %d unchanged\n",
	    s->recs_new, s->recs_changed, s->recs_unchanged);
	printf("events: %d\n", s->events);
	if (s->issuers_new || s->issuers_changed || s->agencies_new ||
	    s->agencies_changed)
		printf("issuers: %d new, %d changed; agencies: %d new, "
		    "%d changed\n", s->issuers_new, s->issuers_changed,
		    s->agencies_new, s->agencies_changed);
	if (s->officials_new || s->officials_changed)
		printf("officials: %d new, %d changed\n", s->officials_new,
		    s->officials_changed);
	if (s->evidence_new)
		printf("evidence files: %d stored\n", s->evidence_new);
	if (s->created) {
		fputs("created for codes the file names but does not "
		    "declare: ", stdout);
		out_text(stdout, s->created);	/* controls escaped */
		putchar('\n');
	}
	if (!dry)
		cli_recorded(change);
}

int
cmd_import(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "create-missing", no_argument, NULL, 'c' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "format", required_argument, NULL, 'f' },
		{ "evidence", required_argument, NULL, 'e' },
		{ "report", required_argument, NULL, 'r' },
		{ "issuer", required_argument, NULL, 'i' },
		{ "agency", required_argument, NULL, 'a' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_oscal_opts foreign = { NULL, NULL, NULL };
	struct rt_import_stats s;
	struct rt_store *st;
	int64_t change = 0;
	struct rt_error *err;
	struct meter m;
	struct stat sb;
	const char *evidence = NULL;
	int ch, status, dry = 0, quiet = 0, gao = 0, create = 0, oscal = 0;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'n')
			dry = 1;
		if (ch == 'c')
			create = RT_IMPORT_CREATE_MISSING;
		if (ch == 'q')
			quiet = 1;
		if (ch == 'e')
			evidence = optarg;
		if (ch == 'r')
			foreign.report = optarg;
		if (ch == 'i')
			foreign.issuer = optarg;
		if (ch == 'a')
			foreign.agency = optarg;
		if (ch == 'f') {
			gao = strcmp(optarg, "gao-csv") == 0;
			oscal = strcmp(optarg, "oscal-poam") == 0;
			if (!gao && !oscal && strcmp(optarg, "yaml") != 0)
				return cli_usage_error(c, "unknown import "
				    "format \"%s\" (expected yaml, gao-csv or "
				    "oscal-poam)", optarg);
		}
	}
	if (optind == argc)
		return cli_usage_error(c, "import needs a FILE (- for standard "
		    "input)");
	if (gao && argc - optind != 1)
		return cli_usage_error(c, "import --format gao-csv takes one "
		    "FILE");
	if (!oscal && (foreign.report || foreign.issuer || foreign.agency))
		return cli_usage_error(c, "--report, --issuer and --agency go "
		    "with --format oscal-poam (what another tool's POA&M does "
		    "not say)");
	if (gao && evidence)
		return cli_usage_error(c, "--evidence goes with a YAML import "
		    "(GAO's file cites no evidence)");
	/* the folder first: a wrong one refuses before anything is read */
	if (evidence && stat(evidence, &sb) != 0)
		return cli_fail(rt_error_new(RT_EIO, "%s: cannot read the "
		    "evidence folder: %s", evidence, strerror(errno)));
	if (evidence && !S_ISDIR(sb.st_mode))
		return cli_fail(rt_error_new(RT_EIO, "%s: is not a folder "
		    "(--evidence names the folder export --with-evidence "
		    "wrote)", evidence));
	if ((err = cli_open(c, 0, &st)) != NULL)
		return cli_fail(err);
	if (gao) {
		err = rt_import_gao(st, &c->cfg, argv[optind], c->actor, dry,
		    &s);
		change = rt_store_change_last(st);
		rt_store_close(st);
		if (err)
			return cli_fail(err);
		goto report;
	}
	memset(&m, 0, sizeof(m));
	clock_gettime(CLOCK_MONOTONIC, &m.start);
	/* progress only for a person watching: never into a pipe or file */
	if (oscal)
		err = rt_import_oscal(st, &c->cfg, argv + optind,
		    (size_t)(argc - optind), c->actor,
		    (dry ? RT_IMPORT_DRY_RUN : 0) | create, evidence, &foreign,
		    quiet || !isatty(STDERR_FILENO) ? NULL : show_progress, &m,
		    &s);
	else
		err = rt_import_evidence(st, &c->cfg, argv + optind,
		    (size_t)(argc - optind), c->actor,
		    (dry ? RT_IMPORT_DRY_RUN : 0) | create, evidence,
		    quiet || !isatty(STDERR_FILENO) ? NULL : show_progress,
		    &m, &s);
	if (m.shown)
		fprintf(stderr, "\r%*s\r", m.shown, "");
	change = rt_store_change_last(st);
	rt_store_close(st);
	if (err)
		return cli_fail(err);
report:
	print_stats(&s, dry, change);
	rt_import_stats_free(&s);
	return 0;
}
