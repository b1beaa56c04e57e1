/* rectrack pending — the closure and extension requests awaiting review,
 * oldest first. */
#include <getopt.h>
#include <stdio.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/request.h"
#include "store/store.h"

static const struct out_col pending_cols[] = {
	{ "recommendation", "REC", 0 },
	{ "kind", "KIND", 0 },
	{ "requested_by", "BY", 0 },
	{ "requested_on", "ON", 0 },
	{ "days_waiting", "DAYS", OUT_NUMBER },
	{ "evidence", "EVIDENCE", OUT_NUMBER },
	{ "target", "TARGET", 0 },
	{ "note", "NOTE", OUT_FREE },
};

static void
pending_rows(struct out *o, const struct rt_pending *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		out_str(o, v[i].id);
		out_str(o, rt_ask_field(v[i].ask));
		out_str(o, v[i].actor);
		out_date(o, v[i].effective);
		out_int(o, v[i].days);
		if (v[i].ask == RT_ASK_CLOSURE)
			out_int(o, (long long)v[i].nevidence);
		else
			out_str(o, NULL);
		out_date(o, v[i].target);
		out_str(o, v[i].note);
		out_row(o);
	}
}

int
cmd_pending(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "issuer", required_argument, NULL, CLI_F_ISSUER },
		{ "agency", required_argument, NULL, CLI_F_AGENCY },
		{ "report", required_argument, NULL, CLI_F_REPORT },
		{ "official", required_argument, NULL, CLI_F_OFFICIAL },
		{ "include-staff", no_argument, NULL, CLI_F_INCLUDE_STAFF },
		{ "as-of", required_argument, NULL, CLI_F_AS_OF },
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st = NULL;
	struct rt_error *err = NULL;
	struct rt_pending *v = NULL;
	struct cli_filter fl;
	size_t n = 0;
	struct out *o;
	int ch, status;

	cli_filter_init(&fl);
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			goto done;
		if (ch == 'f') {
			if ((status = cli_format(c, optarg, &fmt)) != 0)
				goto done;
		} else if ((status = cli_filter_option(c, &fl, ch, optarg)) > 0)
			goto done;
	}
	if (argc - optind > 0) {
		status = cli_usage_error(c, "pending takes no operand");
		goto done;
	}
	if ((status = cli_filter_done(c, &fl)) != 0)
		goto done;
	if ((status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) == NULL &&
	    (err = cli_filter_ready(st, &fl)) == NULL &&
	    (err = rt_pending_list(st, &fl.f, fl.as_of, &v, &n)) == NULL) {
		o = out_new(stdout, fmt, pending_cols,
		    sizeof(pending_cols) / sizeof(pending_cols[0]));
		if (o != NULL)
			pending_rows(o, v, n);
		err = cli_listing_end(c, o, err, "no pending requests");
	}
	rt_pending_free(v, n);
	rt_store_close(st);
	status = err ? cli_fail(err) : 0;
done:
	cli_filter_free(&fl);
	return status;
}
