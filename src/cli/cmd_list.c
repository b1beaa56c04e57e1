/* rectrack list — recommendations matching filters. */
#include <getopt.h>
#include <stdio.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/select.h"
#include "store/store.h"

int
cmd_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_FILTER_OPTIONS,
		CLI_EXTENDED_OPTION,
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'F' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct cli_filter fl;
	struct out_recs r;
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st;
	struct rt_error *err;
	struct cli_dest d;
	const char *output = NULL;
	int ch, status, force = 0;

	cli_filter_init(&fl);
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if ((status = cli_filter_option(c, &fl, ch, optarg)) > 0)
			return status;
		if (status == 0)
			continue;
		if (ch == 'f' && (status = cli_format_xlsx(c, optarg, &fmt)))
			return status;
		if (ch == 'o')
			output = optarg;
		if (ch == 'F')
			force = 1;
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((status = cli_output_check(c, output, force, fmt)) ||
	    (status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((status = cli_filter_done(c, &fl)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	r.as_of = fl.as_of;
	r.o = NULL;
	if ((err = cli_filter_ready(st, &fl)) == NULL &&
	    (err = cli_dest_open(c, &d, output, force, fmt,
	    "Recommendations")) == NULL) {
		if ((r.o = cli_dest_rows(&d, "Recommendations", out_rec_cols,
		    out_rec_ncols)) == NULL)
			;
		else if (fl.sort.n)
			err = cli_sorted_recs(st, &fl, out_rec_cb, &r);
		else
			err = rt_select(st, &fl.f, fl.as_of, out_rec_cb, &r);
		err = cli_dest_close(&d, cli_listing_end(c, r.o, err, "no recommendations match"));
	}
	rt_store_close(st);
	cli_filter_free(&fl);
	return err ? cli_fail(err) : 0;
}
