/* rectrack list — recommendations matching filters. */
#include "rectrack.h"
#include "cli.h"

#include <getopt.h>

/* Add the statuses named by s (a status, "open" or "closed") to *mask. */
static int
status_mask(const char *s, unsigned *mask)
{
	enum rt_status st;
	int i;

	if (strcmp(s, "open") == 0 || strcmp(s, "closed") == 0) {
		for (i = 0; i < RT_STATUS_COUNT; i++)
			if (rt_status_is_open(i) == (s[0] == 'o'))
				*mask |= 1u << i;
		return 0;
	}
	if (rt_status_parse(s, &st) == -1)
		return -1;
	*mask |= 1u << st;
	return 0;
}

/* A filter naming what does not exist is a mistake, not an empty list. */
static struct rt_error *
check_filter(struct rt_store *st, const struct rt_filter *f)
{
	struct rt_error *err = NULL;
	struct rt_issuer is;
	struct rt_agency ag;
	struct rt_report r;

	if (f->issuer && (err = rt_store_issuer_get(st, f->issuer, &is)) == NULL)
		rt_issuer_free(&is);
	if (!err && f->agency &&
	    (err = rt_store_agency_get(st, f->agency, &ag)) == NULL)
		rt_agency_free(&ag);
	if (!err && f->report &&
	    (err = rt_store_report_get(st, f->report, &r)) == NULL)
		rt_report_free(&r);
	return err;
}

int
cmd_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "issuer", required_argument, NULL, 'I' },
		{ "agency", required_argument, NULL, 'a' },
		{ "report", required_argument, NULL, 'r' },
		{ "status", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct out_recs l = { NULL, NULL };
	struct rt_filter f;
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st;
	struct rt_error *err;
	char today[RT_DATE_SIZE];
	int ch, status;

	memset(&f, 0, sizeof(f));
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'I': f.issuer = optarg; break;
		case 'a': f.agency = optarg; break;
		case 'r': f.report = optarg; break;
		case 's':
			if (status_mask(optarg, &f.statuses) == -1)
				return cli_fail(rt_error_new(RT_EINVAL, "--status: "
				    "unknown value \"%s\" (expected open, closed "
				    "or one of %s)", optarg, rt_status_names()));
			break;
		case 'f':
			if ((status = cli_format(c, optarg, &fmt)))
				return status;
			break;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((err = cli_open(c, 0, &st)) != NULL)
		return cli_fail(err);
	rt_clock_today(today);
	l.as_of = today;
	if ((err = check_filter(st, &f)) == NULL) {
		if ((l.o = out_new(stdout, fmt, out_rec_cols,
		    out_rec_ncols)) != NULL)
			err = rt_store_rec_list(st, &f, out_rec_cb, &l);
		err = cli_out_end(l.o, err);
	}
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}
