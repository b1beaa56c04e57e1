/* rectrack void CHANGE --note REASON, rectrack undo — void a change set:
 * its events stay in the history, marked, and stop counting. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/correct.h"
#include "store/store.h"

/* "  OIG-21-19#3 status: open-resolved -> closed-implemented" */
static void
print_item(const struct rt_void_item *it)
{
	const struct rt_event *ev = it->restores ? &it->target : &it->ev;

	fputs("  ", stdout);
	out_text(stdout, ev->subject ? ev->subject : it->ev.subject);
	putchar(' ');
	out_text(stdout, ev->field ? ev->field : ev->kind);
	if (ev->old || ev->new) {
		fputs(": ", stdout);
		out_text(stdout, ev->old ? ev->old : "none");
		fputs(" -> ", stdout);
		out_text(stdout, ev->new ? ev->new : "none");
	} else if (ev->note) {
		fputs(": ", stdout);
		out_text(stdout, ev->note);
	}
	printf(" (effective %s)%s\n", ev->effective, it->restores ?
	    ", given back" : "");
}

/* What the void did (or, in a dry run, would do). */
static void
print_void(const char *verb, const struct rt_void *v, int dry_run)
{
	size_t i;

	printf("%s change %" PRId64 ": ", verb, v->change.id);
	out_text(stdout, v->change.command[0] ? v->change.command :
	    "(no command recorded)");
	fputs(" (", stdout);
	out_text(stdout, v->change.actor);
	printf(", %s)\n", v->change.at);
	for (i = 0; i < v->n; i++)
		print_item(&v->items[i]);
	for (i = 0; i < v->nrecs; i++) {
		out_text(stdout, v->recs[i].report);
		putchar('#');
		out_text(stdout, v->recs[i].number);
		printf(": now %s\n", rt_status_name(v->recs[i].status));
	}
	if (dry_run)
		puts("dry run: nothing was written");
	else
		printf("recorded as change %" PRId64 "\n", v->recorded);
}

static int
run(struct cli *c, int argc, char **argv, int undo)
{
	static const struct option opts[] = {
		{ "note", required_argument, NULL, 'n' },
		{ "dry-run", no_argument, NULL, 'D' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_store *st = NULL;
	struct rt_error *err = NULL;
	struct rt_void v;
	const char *note = NULL;
	int64_t id = 0;
	int ch, status, dry_run = 0;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'n')
			note = optarg;
		else
			dry_run = 1;
	}
	if (undo && argc - optind > 0)
		return cli_usage_error(c, "undo takes no operand; to void "
		    "another change use 'rectrack void CHANGE'");
	if (!undo && (status = cli_one_operand(c, argc, "void", "CHANGE",
	    " (a number from 'rectrack changes')")) != 0)
		return status;
	if (!undo && (note == NULL || *note == '\0'))
		return cli_usage_error(c, "a void needs a reason: --note TEXT");
	if ((err = cli_open(c, 0, &st)))
		goto done;
	if (undo)
		err = rt_undo_find(st, c->actor, &id);
	else
		err = rt_change_ref(st, argv[optind], &id);
	if (err)
		goto done;
	if ((err = rt_void_change(st, id, c->actor, note ? note : "undo",
	    dry_run, &v)))
		goto done;
	/* printed with the database closed, as every command does */
	rt_store_close(st);
	st = NULL;
	print_void(undo ? "undo: voided" : "voided", &v, dry_run);
	rt_void_free(&v);
done:
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

int
cmd_void(struct cli *c, int argc, char **argv)
{
	return run(c, argc, argv, 0);
}

int
cmd_undo(struct cli *c, int argc, char **argv)
{
	return run(c, argc, argv, 1);
}
