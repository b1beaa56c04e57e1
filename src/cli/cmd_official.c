/* rectrack official add|set|rename|list|show — the officials
 * recommendations are assigned to. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/edit.h"
#include "cli/out.h"
#include "core/event.h"
#include "core/official.h"
#include "core/rec.h"
#include "store/store.h"

struct add_args {
	struct cli *c;
	struct rt_official o;
	struct rt_actor who;
	struct rt_events done;
};

static struct rt_error *
add(struct rt_store *st, void *arg)
{
	struct add_args *a = arg;

	a->who.actor = a->c->actor;
	return rt_official_add(st, &a->o, &a->who, &a->done);
}

static int
official_add(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "email", required_argument, NULL, 'e' },
		{ "agency", required_argument, NULL, 'a' },
		{ "title", required_argument, NULL, 't' },
		{ "reports-to", required_argument, NULL, 'r' },
		{ "date", required_argument, NULL, 'd' },
		{ "note", required_argument, NULL, 'N' },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct add_args a;
	struct rt_error *err;
	int ch, status;

	memset(&a, 0, sizeof(a));
	a.c = c;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'n': a.o.name = optarg; break;
		case 'e': a.o.email = optarg; break;
		case 'a': a.o.agency = optarg; break;
		case 't': a.o.title = optarg; break;
		case 'r': a.o.reports_to = optarg; break;
		case 'd': a.who.effective = optarg; break;
		case 'N': a.who.note = optarg; break;
		}
	}
	if ((status = cli_one_operand(c, argc, "official add", "CODE", "")))
		return status;
	a.o.code = argv[optind];
	if (a.o.name == NULL || *a.o.name == '\0')
		return cli_usage_error(c, "official add needs --name");
	if ((err = cli_write(c, add, &a)) == NULL) {
		fputs("added official ", stdout);
		out_text(stdout, a.o.code);
		putchar('\n');
		cli_recorded(c->recorded);
	}
	rt_events_free(&a.done);
	return err ? cli_fail(err) : 0;
}

static const struct out_col cols[] = {
	{ "code", "CODE", 0 },
	{ "name", "NAME", 0 },
	{ "email", "EMAIL", 0 },
	{ "agency", "AGENCY", 0 },
	{ "title", "TITLE", 0 },
	{ "reports_to", "REPORTS TO", 0 },
	{ "open", "OPEN", 0 },
};
#define NCOLS (sizeof(cols) / sizeof(cols[0]))

struct listing {
	struct out *o;
	const char *agency;	/* only this agency's; NULL: all */
};

static int
official_row(const struct rt_official *o, void *arg)
{
	struct listing *l = arg;

	if (l->agency != NULL && (o->agency == NULL ||
	    strcmp(o->agency, l->agency) != 0))
		return 0;
	out_str(l->o, o->code);
	out_str(l->o, o->name);
	out_str(l->o, o->email);
	out_str(l->o, o->agency);
	out_str(l->o, o->title);
	out_str(l->o, o->reports_to);
	out_int(l->o, o->nopen);
	out_row(l->o);
	return 0;
}

static int
official_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "agency", required_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct listing l = { NULL, NULL };
	enum out_format fmt = OUT_TABLE;
	struct rt_agency ag;
	struct rt_store *st;
	struct rt_error *err;
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'a')
			l.agency = optarg;
		if (ch == 'f' && (status = cli_format(c, optarg, &fmt)))
			return status;
	}
	if (optind != argc)
		return cli_usage_error(c, "official list takes no operands");
	if ((status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if (l.agency != NULL &&
	    (err = rt_store_agency_get(st, l.agency, &ag)) == NULL)
		rt_agency_free(&ag);
	if (err == NULL && (l.o = out_new(stdout, fmt, cols, NCOLS)) != NULL)
		err = rt_store_official_list(st, official_row, &l);
	if (l.o != NULL || err == NULL)
		err = cli_listing_end(c, l.o, err, "no officials match");
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

/* The officials reporting to code directly, "; " between them. */
struct staff {
	const char *code;
	struct rt_buf b;
};

static int
staff_row(const struct rt_official *o, void *arg)
{
	struct staff *s = arg;

	if (o->reports_to != NULL && strcmp(o->reports_to, s->code) == 0)
		rt_buf_printf(&s->b, "%s%s", s->b.s ? "; " : "", o->code);
	return 0;
}

static int
official_show(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct listing l = { NULL, NULL };
	enum out_format fmt = OUT_TABLE;
	struct staff s = { NULL, { 0 } };
	struct rt_official o;
	struct rt_store *st;
	struct rt_error *err;
	char open[24];
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'f' && (status = cli_format_in(c, optarg,
		    CLI_FMT_OBJECT, &fmt)))
			return status;
	}
	if ((status = cli_one_operand(c, argc, "official show", "CODE", "")))
		return status;
	if ((status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	s.code = argv[optind];
	if ((err = rt_store_official_get(st, argv[optind], &o)) == NULL &&
	    (err = rt_store_official_list(st, staff_row, &s)) == NULL) {
		if (fmt == OUT_TABLE) {
			snprintf(open, sizeof(open), "%d", o.nopen);
			out_kv(stdout, "Official:", o.code);
			out_kv(stdout, "Name:", o.name);
			out_kv(stdout, "Title:", o.title);
			out_kv(stdout, "Email:", o.email);
			out_kv(stdout, "Agency:", o.agency);
			out_kv(stdout, "Reports to:", o.reports_to);
			out_kv(stdout, "Staff:", s.b.s);
			out_kv(stdout, "Open recs:", open);
		} else if ((l.o = out_new(stdout, fmt, cols, NCOLS)) != NULL) {
			official_row(&o, &l);
			err = cli_out_end(l.o, NULL);
		}
		rt_official_free(&o);
	}
	rt_buf_free(&s.b);
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

static int
official_set(struct cli *c, int argc, char **argv)
{
	return cli_subject_set(c, argc, argv, RT_SUBJECT_OFFICIAL);
}

static int
official_rename(struct cli *c, int argc, char **argv)
{
	return cli_subject_rename(c, argc, argv, RT_SUBJECT_OFFICIAL);
}

int
cmd_official(struct cli *c, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", official_add },
		{ "list", official_list },
		{ "show", official_show },
		{ "set", official_set },
		{ "rename", official_rename },
		{ NULL, NULL },
	};

	return cli_dispatch(c, argc, argv, subs);
}
