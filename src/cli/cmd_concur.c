/* rectrack concur REC... VALUE — record the agency's position. */
#include <getopt.h>
#include <stddef.h>

#include "base/domain.h"
#include "base/error.h"
#include "cli/cli.h"
#include "core/lifecycle.h"
#include "core/rec.h"

int
cmd_concur(struct cli *c, int argc, char **argv)
{
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req = { .verb = RT_VERB_CONCUR };
	int status;

	if ((status = cli_verb_options(c, argc, argv, CLI_OPT_DATE |
	    CLI_OPT_NOTE, &who, &req)) != -1)
		return status;
	if (argc - optind < 2)
		return cli_usage_error(c, "concur needs a REC and the VALUE");
	if (rt_concurrence_parse(argv[argc - 1], &req.concurrence) == -1)
		return cli_fail(rt_error_new(RT_EINVAL, "%s: unknown "
		    "concurrence (expected one of %s)", argv[argc - 1],
		    rt_concurrence_names()));
	return cli_apply(c, argv + optind, (size_t)(argc - optind - 1), &req,
	    &who);
}
