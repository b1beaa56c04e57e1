/*
 * rectrack request-closure REC... and request-extension REC — ask for a
 * recommendation to be closed, or for a later target date, pending
 * someone's approval (rectrack approve, rectrack return).
 */
#include <getopt.h>
#include <stddef.h>
#include <stdlib.h>

#include "base/error.h"
#include "cli/cli.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "core/request.h"

enum { OPT_DATE = 1, OPT_NOTE, OPT_EVIDENCE, OPT_TARGET };

static int
request(struct cli *c, int argc, char **argv, int ask)
{
	static const struct option closure_opts[] = {
		{ "date", required_argument, NULL, OPT_DATE },
		{ "note", required_argument, NULL, OPT_NOTE },
		{ "evidence", required_argument, NULL, OPT_EVIDENCE },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	static const struct option extension_opts[] = {
		{ "date", required_argument, NULL, OPT_DATE },
		{ "note", required_argument, NULL, OPT_NOTE },
		{ "target", required_argument, NULL, OPT_TARGET },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req = { .verb = RT_VERB_ASK, .ask = ask };
	char **hashes;
	size_t nhashes = 0;
	int ch, status;

	if ((hashes = calloc((size_t)argc + 1, sizeof(*hashes))) == NULL)
		return cli_fail(rt_error_new(RT_ENOMEM, "out of memory"));
	while ((ch = cli_getopt(c, argc, argv, ask == RT_ASK_CLOSURE ?
	    closure_opts : extension_opts, &status)) != -1) {
		if (ch == CLI_STOP)
			goto done;
		switch (ch) {
		case OPT_DATE: who.effective = optarg; break;
		case OPT_NOTE: who.note = optarg; break;
		case OPT_EVIDENCE: hashes[nhashes++] = optarg; break;
		case OPT_TARGET: req.target = optarg; break;
		}
	}
	req.hashes = hashes;
	req.nhashes = nhashes;
	if (optind == argc)
		status = cli_usage_error(c, "%s needs a REC", c->cmd->name);
	else if (ask == RT_ASK_EXTENSION && argc - optind > 1)
		status = cli_usage_error(c, "request-extension takes one REC "
		    "(one target date for one recommendation)");
	else if (ask == RT_ASK_EXTENSION && req.target == NULL)
		status = cli_usage_error(c, "request-extension needs the date "
		    "asked for (--target DATE)");
	else if (who.note == NULL)
		status = cli_usage_error(c, "%s needs %s (--note %s)",
		    c->cmd->name, ask == RT_ASK_CLOSURE ? "the request's text" :
		    "a reason", ask == RT_ASK_CLOSURE ? "TEXT" : "REASON");
	else
		status = cli_apply(c, argv + optind, (size_t)(argc - optind),
		    &req, &who);
done:
	free(hashes);
	return status;
}

int
cmd_request_closure(struct cli *c, int argc, char **argv)
{
	return request(c, argc, argv, RT_ASK_CLOSURE);
}

int
cmd_request_extension(struct cli *c, int argc, char **argv)
{
	return request(c, argc, argv, RT_ASK_EXTENSION);
}
