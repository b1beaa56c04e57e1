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
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "as-of", required_argument, NULL, 'A' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st = NULL;
	struct rt_error *err;
	struct rt_rec rec;
	struct out_events u = { NULL, NULL };
	char *report = NULL, *number = NULL, as_of[RT_DATE_SIZE];
	const char *as_of_arg = NULL;
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'f' && (status = cli_format(c, optarg, &fmt)))
			return status;
		if (ch == 'A')
			as_of_arg = optarg;
	}
	if ((status = cli_as_of(as_of_arg, as_of)))
		return status;
	u.as_of = as_of;
	if (optind + 1 != argc)
		return cli_usage_error(c, optind == argc ? "history needs a "
		    "REC (REPORT#NUMBER)" : "history takes one REC");
	rt_rec_init(&rec);
	if ((err = cli_one_rec(c, argv[optind], &report, &number)) ||
	    (err = cli_open(c, RT_STORE_READONLY, &st)) ||
	    (err = rt_store_rec_get(st, report, number, &rec)))
		goto done;
	if ((u.o = out_new(stdout, fmt, out_event_cols, out_event_ncols)))
		err = rt_store_event_list(st, rec.id, out_event_cb, &u);
	err = cli_out_end(u.o, err);
done:
	rt_rec_free(&rec);
	rt_store_close(st);
	free(report);
	free(number);
	return err ? cli_fail(err) : 0;
}
