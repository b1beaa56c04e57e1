/*
 * rectrack approve REC... and return REC... — decide the pending
 * closure or extension request of each recommendation.
 */
#include <getopt.h>
#include <stddef.h>

#include "base/domain.h"
#include "base/error.h"
#include "cli/cli.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "core/request.h"

enum { OPT_DATE = 1, OPT_NOTE, OPT_CLOSURE, OPT_EXTENSION,
    OPT_NOT_IMPLEMENTED };

static int
decide(struct cli *c, int argc, char **argv, int approve)
{
	static const struct option approve_opts[] = {
		{ "date", required_argument, NULL, OPT_DATE },
		{ "note", required_argument, NULL, OPT_NOTE },
		{ "closure", no_argument, NULL, OPT_CLOSURE },
		{ "extension", no_argument, NULL, OPT_EXTENSION },
		{ "not-implemented", no_argument, NULL, OPT_NOT_IMPLEMENTED },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	static const struct option return_opts[] = {
		{ "date", required_argument, NULL, OPT_DATE },
		{ "note", required_argument, NULL, OPT_NOTE },
		{ "closure", no_argument, NULL, OPT_CLOSURE },
		{ "extension", no_argument, NULL, OPT_EXTENSION },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req = { .verb = RT_VERB_DECIDE,
	    .ask = RT_ASK_EITHER, .approve = approve,
	    .status = RT_CLOSED_IMPLEMENTED };
	int ch, status, closure = 0, extension = 0;

	while ((ch = cli_getopt(c, argc, argv, approve ? approve_opts :
	    return_opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP: return status;
		case OPT_DATE: who.effective = optarg; break;
		case OPT_NOTE: who.note = optarg; break;
		case OPT_CLOSURE: closure = 1; break;
		case OPT_EXTENSION: extension = 1; break;
		case OPT_NOT_IMPLEMENTED:
			req.status = RT_CLOSED_NOT_IMPLEMENTED;
			break;
		}
	}
	if (closure && extension)
		return cli_usage_error(c, "--closure and --extension: give one "
		    "of them");
	if (req.status == RT_CLOSED_NOT_IMPLEMENTED && extension)
		return cli_usage_error(c, "--not-implemented goes with a "
		    "closure request, not with --extension");
	if (closure || req.status == RT_CLOSED_NOT_IMPLEMENTED)
		req.ask = RT_ASK_CLOSURE;
	else if (extension)
		req.ask = RT_ASK_EXTENSION;
	if (optind == argc)
		return cli_usage_error(c, "%s needs a REC", c->cmd->name);
	if (!approve && who.note == NULL)
		return cli_usage_error(c, "return needs a reason (--note "
		    "REASON)");
	return cli_apply(c, argv + optind, (size_t)(argc - optind), &req,
	    &who);
}

int
cmd_approve(struct cli *c, int argc, char **argv)
{
	return decide(c, argc, argv, 1);
}

int
cmd_return(struct cli *c, int argc, char **argv)
{
	return decide(c, argc, argv, 0);
}
