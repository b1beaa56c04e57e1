/* rectrack init — create the database, or upgrade an older one. */
#include <getopt.h>
#include <stdio.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "store/store.h"

int
cmd_init(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_store *st;
	struct rt_error *err;
	int ch, status, found, current;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1)
		if (ch == CLI_STOP)
			return status;
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((err = cli_open(c, RT_STORE_CREATE, &st)) != NULL)
		return cli_fail(err);
	rt_store_versions(st, &found, &current);
	/* the path as given, controls escaped */
	if (found == 0) {
		fputs("created ", stdout);
		out_text(stdout, c->db_path);
		printf(" (schema version %d)\n", current);
	} else if (found < current) {
		fputs("upgraded ", stdout);
		out_text(stdout, c->db_path);
		printf(" from schema version %d to %d\n", found, current);
	} else {
		out_text(stdout, c->db_path);
		printf(" is up to date (schema version %d)\n", current);
	}
	rt_store_close(st);
	return 0;
}
