/* rectrack help [COMMAND] — the commands, or one command's usage. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"

int
cmd_help(struct cli *c, int argc, char **argv)
{
	const struct cli_cmd *cmd;
	int status;

	if (argc > 2)
		return cli_usage_error(c, "help takes one COMMAND");
	if ((status = cli_empty_operand(c, argc, argv, 1)) != 0)
		return status;
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)) {
		cli_usage(c->cmd, stdout);
		return 0;
	}
	if (argc == 2) {
		if ((cmd = cli_find(argv[1])) == NULL)
			return cli_usage_error(c, "%s: unknown command",
			    argv[1]);
		cli_usage(cmd, stdout);
		return 0;
	}
	cli_overview(stdout);
	printf("\n'rectrack help COMMAND' shows a command's usage; "
	    "'man rectrack' tells all.\n");
	return 0;
}
