/* rectrack concur REC... VALUE — record the agency's position. */
#include "rectrack.h"
#include "cli.h"

#include <getopt.h>

int
cmd_concur(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "note", required_argument, NULL, 'N' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req;
	const char *value;
	int ch, status;

	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_CONCUR;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'd': who.effective = optarg; break;
		case 'N': who.note = optarg; break;
		}
	}
	if (argc - optind < 2)
		return cli_usage_error(c, "concur needs a REC and the VALUE");
	value = argv[argc - 1];
	if (rt_concurrence_parse(value, &req.concurrence) == -1)
		return cli_fail(rt_error_new(RT_EINVAL, "%s: unknown "
		    "concurrence (expected one of %s)", value,
		    rt_concurrence_names()));
	return cli_apply(c, argv + optind, (size_t)(argc - optind - 1), &req,
	    &who);
}
