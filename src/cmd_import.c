/* rectrack import FILE... — load YAML (SPEC §5). */
#include "rectrack.h"
#include "cli.h"

#include <getopt.h>

int
cmd_import(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_import_stats s;
	struct rt_store *st;
	struct rt_error *err;
	int ch, status, dry = 0;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'n')
			dry = 1;
	}
	if (optind == argc)
		return cli_usage_error(c, "import needs a FILE (- for standard "
		    "input)");
	if ((err = cli_open(c, 0, &st)) != NULL)
		return cli_fail(err);
	err = rt_import(st, &c->cfg, argv + optind, (size_t)(argc - optind),
	    c->actor, dry, &s);
	rt_store_close(st);
	if (err)
		return cli_fail(err);
	if (dry)
		printf("dry run: nothing was written; the import would "
		    "give\n");
	printf("reports: %d new, %d changed, %d unchanged\n", s.reports_new,
	    s.reports_changed, s.reports_unchanged);
	printf("recommendations: %d new, %d changed, %d unchanged\n",
	    s.recs_new, s.recs_changed, s.recs_unchanged);
	printf("events: %d\n", s.events);
	if (s.issuers_new || s.issuers_changed || s.agencies_new ||
	    s.agencies_changed)
		printf("issuers: %d new, %d changed; agencies: %d new, "
		    "%d changed\n", s.issuers_new, s.issuers_changed,
		    s.agencies_new, s.agencies_changed);
	if (s.created)
		printf("created for codes the file names but does not "
		    "declare: %s\n", s.created);
	rt_import_stats_free(&s);
	return 0;
}
