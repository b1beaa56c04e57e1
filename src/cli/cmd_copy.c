/* rectrack copy FROM TO — copy a whole database, history included, from
 * one backend to another (SQLite file, PostgreSQL database). */
#include <getopt.h>
#include <stdio.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/copy.h"

int
cmd_copy(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_copy_info info;
	struct rt_error *err;
	int ch, status, quiet = 0;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'q')
			quiet = 1;
	}
	/* FROM and TO are operands: the global --db plays no part */
	if (argc - optind < 2)
		return cli_usage_error(c, "copy needs %s",
		    optind == argc ? "FROM and TO" : "TO, the database to "
		    "copy into");
	if (argc - optind > 2)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind + 2]);
	if ((err = rt_copy(argv[optind], argv[optind + 1], &info)) != NULL) {
		rt_copy_info_free(&info);
		return cli_fail(err);
	}
	if (!quiet) {
		fputs("copied ", stdout);
		out_text(stdout, info.from);	/* controls escaped */
		fputs(" to ", stdout);
		out_text(stdout, info.to);
		printf(": %lld %s, %lld %s, %lld %s, %lld %s, %lld %s\n",
		    (long long)info.counts.issuers,
		    out_noun(info.counts.issuers, "issuer", "issuers"),
		    (long long)info.counts.agencies,
		    out_noun(info.counts.agencies, "agency", "agencies"),
		    (long long)info.counts.reports,
		    out_noun(info.counts.reports, "report", "reports"),
		    (long long)info.counts.recs,
		    out_noun(info.counts.recs, "recommendation",
		    "recommendations"),
		    (long long)info.counts.events,
		    out_noun(info.counts.events, "event", "events"));
	}
	rt_copy_info_free(&info);
	return 0;
}
