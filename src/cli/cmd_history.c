/* rectrack history REC — the events of a recommendation, oldest first. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/date.h"
#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "store/store.h"

int
cmd_history(struct cli *c, int argc, char **argv)
{
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st = NULL;
	struct rt_error *err;
	struct rt_rec rec;
	char *report = NULL, *number = NULL, as_of[RT_DATE_SIZE];
	int status;

	if ((status = cli_rec_options(c, argc, argv, &fmt, as_of)) != -1)
		return status;
	rt_rec_init(&rec);
	if ((err = cli_one_rec(c, argv[optind], &report, &number)) ||
	    (err = cli_open(c, RT_STORE_READONLY, &st)) ||
	    (err = rt_store_rec_get(st, report, number, &rec)))
		goto done;
	err = cli_events(st, &rec, as_of, out_new(stdout, fmt, out_event_cols,
	    out_event_ncols));
done:
	rt_rec_free(&rec);
	rt_store_close(st);
	free(report);
	free(number);
	return err ? cli_fail(err) : 0;
}
