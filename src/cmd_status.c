/* rectrack status REC... STATUS — move along the lifecycle. */
#include "rectrack.h"
#include "cli.h"

#include <getopt.h>

int
cmd_status(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "note", required_argument, NULL, 'N' },
		{ "target", required_argument, NULL, 'T' },
		{ "evidence", required_argument, NULL, 'E' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req;
	const char *to;
	int ch, status;

	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_STATUS;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'd': who.effective = optarg; break;
		case 'N': who.note = optarg; break;
		case 'T': req.target = optarg; break;
		case 'E': req.evidence = optarg; break;
		}
	}
	if (argc - optind < 2)
		return cli_usage_error(c, "status needs a REC and the new "
		    "STATUS");
	to = argv[argc - 1];
	if (rt_status_parse(to, &req.status) == -1)
		return cli_fail(rt_error_new(RT_EINVAL, "%s: unknown status "
		    "(expected one of %s)", to, rt_status_names()));
	return cli_apply(c, argv + optind, (size_t)(argc - optind - 1), &req,
	    &who);
}
