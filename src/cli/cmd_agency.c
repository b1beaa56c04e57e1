/* rectrack agency add|set|rename|list — the audited organisations, as a
 * tree. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/edit.h"
#include "cli/out.h"
#include "core/formers.h"
#include "core/registry.h"
#include "store/store.h"

/* Add the agency; its path ("DHS/CBP/OFO") comes back in arg's path. */
static struct rt_error *
add(struct rt_store *st, void *arg)
{
	struct rt_agency *ag = arg, got;
	struct rt_error *err;

	if ((err = rt_formers_code_free(st, RT_SUBJECT_AGENCY, ag->code,
	    NULL)) == NULL && (err = rt_store_agency_add(st, ag)) == NULL &&
	    (err = rt_store_agency_get(st, ag->code, &got)) == NULL) {
		ag->path = got.path;
		got.path = NULL;
		rt_agency_free(&got);
	}
	return err;
}

static int
agency_add(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "parent", required_argument, NULL, 'p' },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_agency ag;
	struct rt_error *err;
	int ch, status;

	memset(&ag, 0, sizeof(ag));
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'n':
			ag.name = optarg;
			break;
		case 'p':
			ag.parent = optarg;
			break;
		}
	}
	if ((status = cli_one_operand(c, argc, "agency add", "CODE", "")))
		return status;
	ag.code = argv[optind];
	if (ag.name == NULL || *ag.name == '\0')
		return cli_usage_error(c, "agency add needs --name");
	if ((err = rt_agency_valid(&ag)) != NULL)
		return cli_fail(err);
	if (rt_blank(ag.name))
		return cli_fail(rt_error_new(RT_EINVAL, "the agency name may "
		    "not be empty"));
	if ((err = cli_write(c, add, &ag)) != NULL)
		return cli_fail(err);
	fputs("added agency ", stdout);
	out_text(stdout, ag.path);	/* controls escaped */
	putchar('\n');
	free(ag.path);
	return 0;
}

struct listing {
	struct out *o;
	enum out_format fmt;
};

static int
agency_row(const struct rt_agency *ag, void *arg)
{
	struct listing *l = arg;
	struct rt_buf code = { 0 };

	/* tables draw the tree by indenting the code */
	if (l->fmt == OUT_TABLE)
		rt_buf_printf(&code, "%*s%s", 2 * ag->depth, "", ag->code);
	out_str(l->o, code.s ? code.s : ag->code);
	out_str(l->o, ag->name);
	out_str(l->o, ag->parent);
	out_str(l->o, ag->path);
	out_row(l->o);
	rt_buf_free(&code);
	return 0;
}

static int
agency_list(struct cli *c, int argc, char **argv)
{
	static const struct out_col cols[] = {
		{ "code", "CODE", 0 },
		{ "name", "NAME", 0 },
		{ "parent", "PARENT", OUT_HIDE },
		{ "path", "PATH", OUT_HIDE },
	};
	struct listing l = { NULL, OUT_TABLE };
	struct rt_store *st;
	struct rt_error *err;
	int status;

	if ((status = cli_format_only(c, argc, argv, &l.fmt)) != -1)
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((l.o = out_new(stdout, l.fmt, cols, 4)) != NULL)
		err = rt_store_agency_list(st, agency_row, &l);
	err = cli_listing_end(c, l.o, err, "no agencies");
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

static int
agency_set(struct cli *c, int argc, char **argv)
{
	return cli_subject_set(c, argc, argv, RT_SUBJECT_AGENCY);
}

static int
agency_rename(struct cli *c, int argc, char **argv)
{
	return cli_subject_rename(c, argc, argv, RT_SUBJECT_AGENCY);
}

int
cmd_agency(struct cli *c, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", agency_add },
		{ "list", agency_list },
		{ "set", agency_set },
		{ "rename", agency_rename },
		{ NULL, NULL },
	};

	return cli_dispatch(c, argc, argv, subs);
}
