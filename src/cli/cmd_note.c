/* rectrack note REC... TEXT — add a note to the history. */
#include <getopt.h>
#include <stddef.h>

#include "cli/cli.h"
#include "core/lifecycle.h"
#include "core/rec.h"

int
cmd_note(struct cli *c, int argc, char **argv)
{
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req = { .verb = RT_VERB_NOTE };
	int status;

	if ((status = cli_verb_options(c, argc, argv, CLI_OPT_DATE, &who,
	    &req)) != -1)
		return status;
	if (argc - optind < 2)
		return cli_usage_error(c, "note needs a REC and the TEXT");
	req.text = argv[argc - 1];
	return cli_apply(c, argv + optind, (size_t)(argc - optind - 1), &req,
	    &who);
}
