/* rectrack backup FILE — a verified copy of the database, made safely
 * while others write. */
#include "rectrack.h"
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <sys/stat.h>

/* The folder path goes into must exist: an error naming it, else NULL. */
static struct rt_error *
check_folder(const char *path)
{
	struct rt_error *err = NULL;
	struct rt_buf dir = { 0 };
	struct stat sb;
	const char *slash = strrchr(path, '/');

	if (slash == NULL || slash == path)
		return NULL;	/* the current folder, or / */
	if (rt_buf_printf(&dir, "%.*s", (int)(slash - path), path) != 0)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (stat(dir.s, &sb) == -1)
		err = errno == ENOENT || errno == ENOTDIR ?
		    rt_error_new(RT_EIO, "%s: no such folder; create it "
		    "first, or back up into another one", dir.s) :
		    rt_error_new(RT_EIO, "%s: cannot use the folder: %s",
		    dir.s, strerror(errno));
	else if (!S_ISDIR(sb.st_mode))
		err = rt_error_new(RT_EIO, "%s: not a folder", dir.s);
	rt_buf_free(&dir);
	return err;
}

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
	if ((err = check_folder(argv[optind])) == NULL &&
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
