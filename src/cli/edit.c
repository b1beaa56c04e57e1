/*
 * rectrack — report set, agency set|rename, issuer set|rename (edit.h).
 */
#include "cli/edit.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/event.h"
#include "core/official.h"
#include "core/rec.h"
#include "core/registry.h"
#include "store/store.h"

/* One command's change, for the write transaction. */
struct edit_args {
	struct cli *c;
	enum rt_subject kind;
	const char *code, *new;		/* new: rename's new code */
	const struct rt_change *changes;
	size_t n;
	struct rt_actor who;
	struct rt_events done;
};

static struct rt_error *
run_set(struct rt_store *st, void *arg)
{
	struct edit_args *a = arg;

	a->who.actor = a->c->actor;
	switch (a->kind) {
	case RT_SUBJECT_REPORT:
		return rt_report_set(st, a->code, a->changes, a->n,
		    a->c->cfg.fy_start_month, &a->who, &a->done);
	case RT_SUBJECT_AGENCY:
		return rt_agency_set(st, a->code, a->changes, a->n, &a->who,
		    &a->done);
	case RT_SUBJECT_OFFICIAL:
		return rt_official_set(st, a->code, a->changes, a->n, &a->who,
		    &a->done);
	case RT_SUBJECT_ISSUER:
		break;
	}
	return rt_issuer_set(st, a->code, a->changes, a->n, &a->who,
	    &a->done);
}

static struct rt_error *
run_rename(struct rt_store *st, void *arg)
{
	struct edit_args *a = arg;

	a->who.actor = a->c->actor;
	return rt_subject_rename(st, a->kind, a->code, a->new, &a->who,
	    &a->done);
}

/* A value in quotes, controls escaped; (none) when absent. */
static void
print_value(const char *s)
{
	if (s == NULL) {
		fputs("(none)", stdout);
		return;
	}
	putchar('"');
	out_text(stdout, s);
	putchar('"');
}

/* One line per event written: "KIND CODE: FIELD OLD -> NEW". */
static void
print_done(const struct edit_args *a)
{
	size_t i;

	if (a->done.n == 0) {
		printf("%s ", rt_subject_name(a->kind));
		out_text(stdout, a->code);
		fputs(": nothing changed\n", stdout);
	}
	for (i = 0; i < a->done.n; i++) {
		const struct rt_event *ev = &a->done.ev[i];

		printf("%s ", rt_subject_name(a->kind));
		out_text(stdout, a->code);
		if (strcmp(ev->kind, "renamed") == 0) {
			fputs(" renamed ", stdout);
			out_text(stdout, ev->new);
			putchar('\n');
			continue;
		}
		fputs(": ", stdout);
		out_text(stdout, ev->field);
		putchar(' ');
		print_value(ev->old);
		fputs(" -> ", stdout);
		print_value(ev->new);
		putchar('\n');
	}
}

/* --date and --note; -1 when the command goes on, else the status. */
static int
edit_options(struct cli *c, int argc, char **argv, struct rt_actor *who)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "note", required_argument, NULL, 'N' },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'd': who->effective = optarg; break;
		case 'N': who->note = optarg; break;
		}
	}
	return -1;
}

int
cli_subject_set(struct cli *c, int argc, char **argv, enum rt_subject kind)
{
	const char *what = kind == RT_SUBJECT_REPORT ? "NUMBER" : "CODE";
	struct rt_change *changes;
	struct edit_args a;
	struct rt_error *err;
	char *eq;
	int i, status;

	memset(&a, 0, sizeof(a));
	a.c = c;
	a.kind = kind;
	if ((status = edit_options(c, argc, argv, &a.who)) != -1)
		return status;
	if (argc - optind < 2)
		return cli_usage_error(c, optind == argc ? "%s set needs a %s "
		    "and FIELD=VALUE" : "%s set needs FIELD=VALUE",
		    rt_subject_name(kind), what);
	a.code = argv[optind];
	if ((changes = calloc((size_t)argc, sizeof(*changes))) == NULL)
		return cli_fail(rt_error_new(RT_ENOMEM, "out of memory"));
	for (i = optind + 1; i < argc; i++) {
		if ((eq = strchr(argv[i], '=')) == NULL || eq == argv[i]) {
			free(changes);
			return cli_usage_error(c, "%s: expected FIELD=VALUE",
			    argv[i]);
		}
		*eq = '\0';
		changes[a.n].field = argv[i];
		changes[a.n++].value = eq + 1;
	}
	a.changes = changes;
	if ((err = cli_write(c, run_set, &a)) == NULL) {
		print_done(&a);
		cli_recorded(c->recorded);
	}
	rt_events_free(&a.done);
	free(changes);
	return err ? cli_fail(err) : 0;
}

int
cli_subject_rename(struct cli *c, int argc, char **argv,
    enum rt_subject kind)
{
	struct edit_args a;
	struct rt_error *err;
	int status;

	memset(&a, 0, sizeof(a));
	a.c = c;
	a.kind = kind;
	if ((status = edit_options(c, argc, argv, &a.who)) != -1)
		return status;
	if (argc - optind != 2)
		return cli_usage_error(c, "%s rename needs OLD and NEW codes",
		    rt_subject_name(kind));
	a.code = argv[optind];
	a.new = argv[optind + 1];
	if ((err = cli_write(c, run_rename, &a)) == NULL) {
		print_done(&a);
		cli_recorded(c->recorded);
	}
	rt_events_free(&a.done);
	return err ? cli_fail(err) : 0;
}
