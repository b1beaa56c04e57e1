/*
 * rectrack — the command table: each command's name, the function that
 * runs it (one cmd_<name>.c per command, declared in cli.h), its usage
 * and its line in `rectrack help`.  main() finds the command here;
 * `help` and the usage errors list the table.  A new command is one
 * file and one entry here.
 */
#ifndef RT_COMMANDS_H
#define RT_COMMANDS_H

#include <stdio.h>

struct cli_cmd;

/* The command named name, or NULL. */
const struct cli_cmd *cli_find(const char *name);

/* The global usage and the list of commands, in the table's order. */
void cli_overview(FILE *fp);

#endif
