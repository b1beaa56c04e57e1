/* rectrack target REC... DATE — set or change the target date. */
#include "rectrack.h"
#include "cli.h"

#include <getopt.h>

int
cmd_target(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "note", required_argument, NULL, 'N' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req;
	int ch, status;

	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_TARGET;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'd': who.effective = optarg; break;
		case 'N': who.note = optarg; break;
		}
	}
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
