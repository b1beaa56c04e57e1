/* rectrack due — the working queue: overdue, due soon, awaiting a
 * decision. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/queue.h"
#include "store/store.h"

/* CSV and JSON: one list, each row naming its group. */
static const struct out_col flat_cols[] = {
	{ "group", "GROUP", 0 },
	{ "id", "ID", 0 },
	{ "agency", "AGENCY", 0 },
	{ "official", "OFFICIAL", 0 },
	{ "target_date", "TARGET", 0 },
	{ "issued", "ISSUED", 0 },
	{ "days", "DAYS", OUT_NUMBER },
	{ "status", "STATUS", 0 },
	{ "text", "TEXT", 0 },
};

/* A table per group: its date is the target, or the issue date. */
static const struct out_col target_cols[] = {
	{ "id", "ID", 0 },
	{ "agency", "AGENCY", 0 },
	{ "official", "OFFICIAL", 0 },
	{ "target_date", "TARGET", 0 },
	{ "days", "DAYS", OUT_NUMBER },
	{ "text", "TEXT", OUT_FREE },
};
static const struct out_col issued_cols[] = {
	{ "id", "ID", 0 },
	{ "agency", "AGENCY", 0 },
	{ "official", "OFFICIAL", 0 },
	{ "issued", "ISSUED", 0 },
	{ "days", "DAYS", OUT_NUMBER },
	{ "text", "TEXT", OUT_FREE },
};

static struct rt_error *
write_flat(const struct rt_due *d, enum out_format fmt)
{
	const struct rt_due_item *it;
	struct out *o;
	size_t i;

	if ((o = out_new(stdout, fmt, flat_cols,
	    sizeof(flat_cols) / sizeof(flat_cols[0]))) == NULL)
		return cli_out_end(NULL, NULL);
	for (i = 0; i < d->nitems; i++) {
		it = &d->items[i];
		out_str(o, rt_due_group_key(it->group));
		out_id(o, it->rec.report, it->rec.number);
		out_str(o, it->rec.agency);
		out_str(o, it->rec.official);
		out_date(o, it->rec.target_date);
		out_date(o, it->rec.report_issued);
		out_int(o, it->days);
		out_str(o, rt_status_name(it->rec.status));
		out_str(o, it->rec.text);
		out_row(o);
	}
	return cli_out_end(o, NULL);	/* cmd_due says when nothing is due */
}

static struct rt_error *
write_tables(const struct rt_due *d)
{
	const struct rt_due_item *it;
	struct rt_error *err = NULL;
	struct out *o;
	char head[80];
	size_t i = 0;
	int g;

	printf("Working queue as of %s\n", d->as_of);
	for (g = 0; err == NULL && g < RT_DUE_GROUPS; g++) {
		rt_due_heading(d, (enum rt_due_group)g, head, sizeof(head));
		if (d->count[g] == 0) {
			printf("\n%s: none\n", head);
			continue;
		}
		printf("\n%s (%zu)\n", head, d->count[g]);
		fflush(stdout);
		if ((o = out_new(stdout, OUT_TABLE, g == RT_DUE_UNDECIDED ?
		    issued_cols : target_cols, 6)) == NULL)
			return cli_out_end(NULL, NULL);
		for (; i < d->nitems && (int)d->items[i].group == g; i++) {
			it = &d->items[i];
			out_id(o, it->rec.report, it->rec.number);
			out_str(o, it->rec.agency);
			out_str(o, it->rec.official);
			out_date(o, g == RT_DUE_UNDECIDED ?
			    it->rec.report_issued : it->rec.target_date);
			out_int(o, it->days);
			out_str(o, it->rec.text);
			out_style(o, out_rec_style(&it->rec, d->as_of));
			out_row(o);
		}
		err = cli_out_end(o, NULL);
	}
	if (err == NULL && (fflush(stdout) == EOF || ferror(stdout)))
		err = rt_error_new(RT_EIO, "cannot write the output");
	return err;
}

int
cmd_due(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "within", required_argument, NULL, 'w' },
		{ "official", required_argument, NULL, CLI_F_OFFICIAL },
		{ "include-staff", no_argument, NULL, CLI_F_INCLUDE_STAFF },
		{ "as-of", required_argument, NULL, CLI_F_AS_OF },
		CLI_AS_KNOWN_OPTION,
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	enum out_format fmt = OUT_TABLE;
	struct cli_filter fl;
	struct rt_store *st;
	struct rt_error *err;
	struct rt_due d;
	const char *within_arg = NULL;
	long within = c->cfg.follow_up.due_within_days;
	int ch, status;

	cli_filter_init(&fl);
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if ((status = cli_filter_option(c, &fl, ch, optarg)) > 0)
			return status;
		if (status == 0)
			continue;
		if (ch == 'f' && (status = cli_format(c, optarg, &fmt)))
			return status;
		if (ch == 'w') {
			if (within_arg)
				return cli_usage_error(c, "--within given "
				    "twice");
			within_arg = optarg;
			if ((status = cli_days("--within", optarg, &within)))
				return status;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((status = cli_filter_done(c, &fl)))
		return status;
	if ((status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = cli_filter_ready(st, &fl)) == NULL &&
	    (err = rt_due_build(st, &fl.f, fl.as_of, (int)within,
	    c->cfg.resolution_deadline_days, &d)) == NULL) {
		err = fmt == OUT_TABLE ? write_tables(&d) :
		    write_flat(&d, fmt);
		if (err == NULL && d.nitems == 0)
			cli_none(c, "nothing due");
		rt_due_free(&d);
	}
	rt_store_close(st);
	cli_filter_free(&fl);
	return err ? cli_fail(err) : 0;
}
