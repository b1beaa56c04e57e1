/* rectrack flag REC... +NAME -NAME — set or clear flags. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "cli/cli.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/rec.h"

int
cmd_flag(struct cli *c, int argc, char **argv)
{
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req = { .verb = RT_VERB_FLAG };
	char **rest;
	int status, i, f, nrest = 0, nflags = 0;

	for (f = 0; f < RT_FLAG_COUNT; f++)
		req.flags[f] = -1;
	/* +NAME and -NAME are taken out before the options are read:
	 * getopt would see -priority as options. */
	if ((rest = calloc((size_t)argc + 1, sizeof(*rest))) == NULL)
		return cli_fail(rt_error_new(RT_ENOMEM, "out of memory"));
	for (i = 0; i < argc; i++) {
		/* -h asks for help: no flag is named h */
		if (i > 0 && (argv[i][0] == '+' || (argv[i][0] == '-' &&
		    argv[i][1] != '-' && strcmp(argv[i], "-h") != 0)) &&
		    strcmp(argv[i - 1], "--date") &&
		    strcmp(argv[i - 1], "--note")) {
			if ((f = rt_flag_lookup(argv[i] + 1)) == -1) {
				free(rest);
				return cli_fail(rt_error_new(RT_EINVAL, "%s: "
				    "unknown flag (expected +NAME or -NAME with "
				    "NAME one of %s)", argv[i],
				    rt_flag_names()));
			}
			if (req.flags[f] != -1) {
				free(rest);
				return cli_fail(rt_error_new(RT_EINVAL, "%s: "
				    "given twice", rt_flag_name(f)));
			}
			req.flags[f] = argv[i][0] == '+';
			nflags++;
			continue;
		}
		rest[nrest++] = argv[i];
	}
	if ((status = cli_verb_options(c, nrest, rest, CLI_OPT_DATE |
	    CLI_OPT_NOTE, &who, &req)) != -1) {
		free(rest);
		return status;
	}
	if (optind == nrest || nflags == 0)
		status = cli_usage_error(c, "flag needs a REC and at least one "
		    "+NAME or -NAME");
	else
		status = cli_apply(c, rest + optind, (size_t)(nrest - optind),
		    &req, &who);
	free(rest);
	return status;
}
