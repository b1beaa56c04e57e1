/* rectrack issuer add|set|rename|list — the oversight bodies that write
 * reports. */
#include <getopt.h>
#include <stdio.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/edit.h"
#include "cli/out.h"
#include "core/registry.h"
#include "store/store.h"

static struct rt_error *
add(struct rt_store *st, void *arg)
{
	return rt_store_issuer_add(st, arg);
}

static int
issuer_add(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "kind", required_argument, NULL, 'k' },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_issuer is = { NULL, NULL, "other" };
	struct rt_error *err;
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'n':
			is.name = optarg;
			break;
		case 'k':
			is.kind = optarg;
			break;
		}
	}
	if ((status = cli_one_operand(c, argc, "issuer add", "CODE", "")))
		return status;
	is.code = argv[optind];
	if (is.name == NULL || *is.name == '\0')
		return cli_usage_error(c, "issuer add needs --name");
	if (rt_blank(is.code))
		return cli_fail(rt_error_new(RT_EINVAL, "the issuer code may "
		    "not be empty"));
	if (rt_blank(is.name))
		return cli_fail(rt_error_new(RT_EINVAL, "the issuer name may "
		    "not be empty"));
	if ((err = rt_issuer_valid(&is)) != NULL)
		return cli_fail(err);
	if (!rt_issuer_kind_valid(is.kind))
		return cli_fail(rt_error_new(RT_EINVAL, "--kind: unknown "
		    "value \"%s\" (expected one of %s)", is.kind,
		    rt_issuer_kind_names()));
	if ((err = cli_write(c, add, &is)) != NULL)
		return cli_fail(err);
	fputs("added issuer ", stdout);
	out_text(stdout, is.code);	/* controls escaped */
	putchar('\n');
	return 0;
}

static int
issuer_row(const struct rt_issuer *is, void *arg)
{
	struct out *o = arg;

	out_str(o, is->code);
	out_str(o, is->kind);
	out_str(o, is->name);
	out_row(o);
	return 0;
}

static int
issuer_list(struct cli *c, int argc, char **argv)
{
	static const struct out_col cols[] = {
		{ "code", "CODE", 0 },
		{ "kind", "KIND", 0 },
		{ "name", "NAME", 0 },
	};
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st;
	struct rt_error *err;
	struct out *o;
	int status;

	if ((status = cli_format_only(c, argc, argv, &fmt)) != -1)
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((o = out_new(stdout, fmt, cols, 3)) != NULL)
		err = rt_store_issuer_list(st, issuer_row, o);
	err = cli_listing_end(c, o, err, "no issuers");
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

static int
issuer_set(struct cli *c, int argc, char **argv)
{
	return cli_subject_set(c, argc, argv, RT_SUBJECT_ISSUER);
}

static int
issuer_rename(struct cli *c, int argc, char **argv)
{
	return cli_subject_rename(c, argc, argv, RT_SUBJECT_ISSUER);
}

int
cmd_issuer(struct cli *c, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", issuer_add },
		{ "list", issuer_list },
		{ "set", issuer_set },
		{ "rename", issuer_rename },
		{ NULL, NULL },
	};

	return cli_dispatch(c, argc, argv, subs);
}
