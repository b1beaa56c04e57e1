/* rectrack backup FILE — a verified copy of the database, made safely
 * while others write. */
#include <getopt.h>
#include <stdio.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/backup.h"
#include "store/store.h"

int
cmd_backup(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "force", no_argument, NULL, 'F' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_backup_info info;
	struct rt_store *st = NULL;
	struct rt_error *err;
	int ch, status, force = 0;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'F')
			force = 1;
	}
	if (optind == argc)
		return cli_usage_error(c, "backup needs a FILE to write");
	if (optind + 1 != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind + 1]);
	if (*argv[optind] == '\0')
		return cli_usage_error(c, "the FILE name is empty");
	if ((err = rt_backup_dest_usable(argv[optind], "back up")) == NULL &&
	    (err = cli_open(c, RT_STORE_READONLY, &st)) == NULL)
		err = rt_backup(st, c->db_path, argv[optind], force, &info);
	rt_store_close(st);
	if (err)
		return cli_fail(err);
	fputs("backed up ", stdout);
	out_text(stdout, c->db_path);	/* controls escaped */
	fputs(" to ", stdout);
	out_text(stdout, argv[optind]);
	printf(": %lld %s, %lld %s, %lld %s (verified)\n",
	    (long long)info.counts.reports, out_noun(info.counts.reports,
	    "report", "reports"), (long long)info.counts.recs,
	    out_noun(info.counts.recs, "recommendation", "recommendations"),
	    (long long)info.counts.events, out_noun(info.counts.events,
	    "event", "events"));
	return 0;
}
