/* rectrack status REC... STATUS — move along the lifecycle. */
#include <getopt.h>
#include <stddef.h>

#include "base/domain.h"
#include "base/error.h"
#include "cli/cli.h"
#include "core/lifecycle.h"
#include "core/rec.h"

int
cmd_status(struct cli *c, int argc, char **argv)
{
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req = { .verb = RT_VERB_STATUS };
	int status;

	if ((status = cli_verb_options(c, argc, argv, CLI_OPT_DATE |
	    CLI_OPT_NOTE | CLI_OPT_TARGET | CLI_OPT_EVIDENCE |
	    CLI_OPT_DISALLOWED | CLI_OPT_FBU_AGREED, &who, &req)) != -1)
		return status;
	if (argc - optind < 2)
		return cli_usage_error(c, "status needs a REC and the new "
		    "STATUS");
	if (rt_status_parse(argv[argc - 1], &req.status) == -1)
		return cli_fail(rt_error_new(RT_EINVAL, "%s: unknown status "
		    "(expected one of %s)", argv[argc - 1], rt_status_names()));
	return cli_apply(c, argv + optind, (size_t)(argc - optind - 1), &req,
	    &who);
}
