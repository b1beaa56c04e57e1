/* rectrack note REC... TEXT — add a note to the history. */
#include "rectrack.h"
#include "cli.h"

#include <getopt.h>

int
cmd_note(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_request req;
	int ch, status;

	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_NOTE;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'd': who.effective = optarg; break;
		}
	}
	if (argc - optind < 2)
		return cli_usage_error(c, "note needs a REC and the TEXT");
	req.text = argv[argc - 1];
	return cli_apply(c, argv + optind, (size_t)(argc - optind - 1), &req,
	    &who);
}
