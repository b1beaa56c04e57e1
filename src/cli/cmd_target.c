/* rectrack target REC... DATE — set or change the target date. */
#include <getopt.h>
#include <stddef.h>

#include "base/date.h"
#include "base/error.h"
#include "cli/cli.h"
#include "core/lifecycle.h"
#include "core/rec.h"

int
cmd_target(struct cli *c, int argc, char **argv)
{
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req = { .verb = RT_VERB_TARGET };
	int status;

	if ((status = cli_verb_options(c, argc, argv, CLI_OPT_DATE |
	    CLI_OPT_NOTE, &who, &req)) != -1)
		return status;
	if (argc - optind < 2)
		return cli_usage_error(c, "target needs a REC and the DATE");
	req.target = argv[argc - 1];
	if (!rt_date_valid(req.target))
		return cli_fail(rt_error_new(RT_EINVAL, "target date \"%s\" is "
		    "not a date (expected YYYY-MM-DD, a day that exists)",
		    req.target));
	return cli_apply(c, argv + optind, (size_t)(argc - optind - 1), &req,
	    &who);
}
