/* rectrack changes — the change sets, oldest first: what each command
 * (and each import) recorded. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/date.h"
#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "store/store.h"

static const struct out_col change_cols[] = {
	{ "change", "CHANGE", OUT_NUMBER },
	{ "at", "RECORDED", 0 },
	{ "actor", "ACTOR", 0 },
	{ "events", "EVENTS", OUT_NUMBER },
	{ "recommendations", "RECS", OUT_NUMBER },
	{ "first", "FIRST", 0 },
	{ "command", "COMMAND", OUT_FREE },
};

static int
change_row(const struct rt_change_set *ch, void *arg)
{
	struct out *o = arg;

	out_int(o, ch->id);
	out_str(o, ch->at);
	out_str(o, ch->actor);
	out_int(o, ch->nevents);
	out_int(o, ch->nrecs);
	out_str(o, ch->first);
	out_str(o, ch->command);
	out_row(o);
	return 0;
}

/* --since: a date (its start) or an instant, not after now. */
static int
since_ok(const char *s)
{
	char d[RT_DATE_SIZE];

	if (strlen(s) == 10)
		return rt_date_valid(s);
	if (strlen(s) != 20 || s[10] != 'T' || s[19] != 'Z')
		return 0;
	memcpy(d, s, 10);
	d[10] = '\0';
	return rt_date_valid(d) && s[13] == ':' && s[16] == ':';
}

int
cmd_changes(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "actor", required_argument, NULL, 'a' },
		{ "since", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	enum out_format fmt = OUT_TABLE;
	const char *actor = NULL, *since = NULL;
	struct rt_store *st = NULL;
	struct rt_error *err = NULL;
	struct out *o;
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'a')
			actor = optarg;
		else if (ch == 's')
			since = optarg;
		else if ((status = cli_format(c, optarg, &fmt)) != 0)
			return status;
	}
	if (argc - optind > 0)
		return cli_usage_error(c, "changes takes no operand");
	if (since && !since_ok(since))
		return cli_fail(rt_error_new(RT_EINVAL, "--since: \"%s\" is "
		    "not a date (YYYY-MM-DD) or an instant "
		    "(YYYY-MM-DDTHH:MM:SSZ)", since));
	if ((status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) == NULL) {
		o = out_new(stdout, fmt, change_cols,
		    sizeof(change_cols) / sizeof(change_cols[0]));
		if (o != NULL)
			err = rt_store_change_list(st, actor, since,
			    change_row, o);
		err = cli_listing_end(c, o, err, "no change sets");
	}
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}
