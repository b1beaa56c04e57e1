/* rectrack calendar — the open recommendations with a target date as an
 * iCalendar feed (RFC 5545), one to-do (or, with --events, one all-day
 * event) each. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/domain.h"
#include "base/error.h"
#include "cli/cli.h"
#include "core/backup.h"
#include "formats/ical.h"
#include "store/store.h"

/* Where the calendar goes: standard output, or path through a temporary
 * file beside it, renamed onto it once whole. */
struct dest {
	const char *path;	/* NULL: standard output */
	char *tmp;		/* the temporary file while it is written */
	FILE *fp;
};

/* Open the destination: a path must not be the database, a folder or
 * anything but a regular file; an existing file is replaced (a feed is
 * rewritten each time) and keeps its permissions, a new one gets those
 * of the umask. */
static struct rt_error *
dest_open(struct dest *d, const char *path, const char *db)
{
	struct rt_error *err;
	struct stat sb;
	mode_t mode, mask;
	size_t n;
	int fd;

	memset(d, 0, sizeof(*d));
	if (path == NULL) {
		d->fp = stdout;
		return NULL;
	}
	d->path = path;
	if ((err = rt_backup_dest_check(db, path,
	    "write the calendar to another file")) != NULL ||
	    (err = rt_backup_dest_usable(path, "write the calendar")) != NULL)
		return err;
	mask = umask(022);
	umask(mask);
	mode = stat(path, &sb) == 0 ? sb.st_mode & 07777 : 0666 & ~mask;
	n = strlen(path) + sizeof(".XXXXXX");
	if ((d->tmp = malloc(n)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	snprintf(d->tmp, n, "%s.XXXXXX", path);
	if ((fd = mkstemp(d->tmp)) == -1 || fchmod(fd, mode) == -1 ||
	    (d->fp = fdopen(fd, "w")) == NULL) {
		err = rt_error_new(RT_EIO, "%s: cannot write it: %s", path,
		    strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(d->tmp);
		}
		free(d->tmp);
		d->tmp = NULL;
		return err;
	}
	return NULL;
}

/* Finish the destination: when err is NULL the temporary file is
 * flushed to disk and renamed to the path, else removed, so that a
 * failure leaves the file as it was.  Returns err or an error of its
 * own. */
static struct rt_error *
dest_close(struct dest *d, struct rt_error *err)
{
	int failed;

	if (d->path == NULL)
		return err;
	failed = fflush(d->fp) != 0 || ferror(d->fp) ||
	    fsync(fileno(d->fp)) != 0;
	if (err == NULL && failed)
		err = rt_error_new(RT_EIO, "%s: cannot write it: %s", d->path,
		    strerror(errno));
	if (fclose(d->fp) != 0 && err == NULL)
		err = rt_error_new(RT_EIO, "%s: cannot write it: %s", d->path,
		    strerror(errno));
	if (err == NULL && rename(d->tmp, d->path) != 0)
		err = rt_error_new(RT_EIO, "%s: cannot put the calendar "
		    "there: %s", d->path, strerror(errno));
	if (err != NULL)
		unlink(d->tmp);
	free(d->tmp);
	return err;
}

/* The statuses to select: the open ones, or those of --status among
 * them; 0 when --status names closed ones only. */
static unsigned
open_statuses(unsigned given)
{
	unsigned open = 0;
	int i;

	for (i = 0; i < RT_STATUS_COUNT; i++)
		if (rt_status_is_open(i))
			open |= 1u << i;
	return given ? given & open : open;
}

int
cmd_calendar(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_FILTER_OPTIONS,
		{ "out", required_argument, NULL, 'o' },
		{ "events", no_argument, NULL, 'e' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_store *st;
	struct rt_error *err;
	struct cli_filter fl;
	struct dest d;
	enum rt_ical_kind kind = RT_ICAL_TODO;
	const char *out = NULL;
	int ch, status;

	cli_filter_init(&fl);
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if ((status = cli_filter_option(c, &fl, ch, optarg)) > 0)
			return status;
		if (status == 0)
			continue;
		if (ch == 'e')
			kind = RT_ICAL_EVENT;
		else if (ch == 'o') {
			if (out != NULL)
				return cli_usage_error(c, "--out given twice");
			out = optarg;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if (out != NULL && *out == '\0')
		return cli_usage_error(c, "--out needs a file name");
	if ((fl.f.statuses = open_statuses(fl.f.statuses)) == 0)
		return cli_usage_error(c, "--status: the calendar holds open "
		    "recommendations only (open, open-unresolved, "
		    "open-pending, open-resolved)");
	if ((status = cli_filter_done(c, &fl)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = cli_filter_ready(st, &fl)) == NULL &&
	    (err = dest_open(&d, out, c->db_path)) == NULL) {
		err = rt_ical_write(st, &fl.f, fl.as_of, kind, d.fp, NULL);
		err = dest_close(&d, err);
	}
	rt_store_close(st);
	cli_filter_free(&fl);
	return err ? cli_fail(err) : 0;
}
