/*
 * rectrack — the command table: each command's name, the function that
 * runs it (one cmd_<name>.c per command, declared in cli.h), its usage
 * and its line in `rectrack help`.  main() finds the command here;
 * `help` and the usage errors list the table.  A new command is one
 * file and one entry here, and its documentation in help_text.c: every
 * option with one line, and worked examples.
 */
#ifndef RT_COMMANDS_H
#define RT_COMMANDS_H

#include <stdio.h>

struct cli_cmd;
struct option;

/* The kind of an option's value or of an operand: what completion
 * offers for it. */
enum cli_kind {
	CLI_K_NONE, CLI_K_FILE, CLI_K_DIR, CLI_K_DATE, CLI_K_STATUS,
	CLI_K_CONCURRENCE, CLI_K_FORMAT, CLI_K_REPORT, CLI_K_REC,
	CLI_K_AGENCY, CLI_K_ISSUER, CLI_K_OFFICIAL, CLI_K_TOPIC,
	/* the words the code that reads them knows: list's columns
	 * (out_rec_cols), --sort's fields, summary --by's keys, search
	 * --in's fields */
	CLI_K_COLUMN, CLI_K_SORT, CLI_K_BY, CLI_K_SEARCH_IN,
	CLI_K_OTHER
};

/* One option of a command. */
struct cli_opt_doc {
	const char *name;	/* without "--"; NULL ends a list */
	const char *arg;	/* its value's placeholder; NULL: none */
	enum cli_kind kind;	/* of the value */
	const char *values;	/* the values, blank-separated (the
				   formats, --by's keys); NULL: see kind */
	const char *sub;	/* the subcommands that take it,
				   blank-separated; NULL: the command */
	const char *help;	/* one line */
};

/* A command's documentation: `rectrack COMMAND --help`, the completion
 * scripts, and the check of the option tables (cli_doc_check). */
struct cli_doc {
	const char *name;		/* the command's; NULL ends the list */
	const struct cli_opt_doc *opts;	/* its own options */
	const struct cli_opt_doc *more;	/* a shared set (the filters) or
					   NULL */
	const char *subs;		/* subcommands, blank-separated */
	enum cli_kind operand;		/* what its operands name */
	enum cli_kind operand2;		/* and what else they may be */
	const char *examples[5];	/* command lines, NULL-terminated */
};

/* The command named name, or NULL. */
const struct cli_cmd *cli_find(const char *name);
/* The commands, in the table's order, ending with an empty name. */
const struct cli_cmd *cli_commands(void);

/* The usage, the commands by group, the global options. */
void cli_overview(FILE *fp);
/* The usage in two lines and where the commands are listed (a usage
 * error's). */
void cli_usage_short(FILE *fp);
/* A command's whole help: synopsis, each option (with sub, only the
 * options of that subcommand; NULL: all), the examples. */
void cli_help_command(const struct cli_cmd *, const char *sub, FILE *fp);

/* The documentation of the command named name, or NULL. */
const struct cli_doc *cli_doc_find(const char *name);
/* The global options (--db ...), as documented. */
extern const struct cli_opt_doc cli_global_docs[];

/*
 * Check an option table against the command's documentation: every long
 * option of opts is documented for the form sub (the subcommand, NULL
 * for the command itself), and every option documented for that form
 * is in opts.  NULL when they agree, else "--x is not in the command
 * table" (static storage).
 */
const char *cli_doc_check(const char *cmd, const char *sub,
    const struct option *opts);

/*
 * Whether one of the command's documented options named opt lists
 * exactly the blank-separated values (in any order): 0, else -1 (the
 * command takes values its help does not list, or the reverse).
 */
int cli_doc_values_check(const char *cmd, const char *opt,
    const char *values);

/* Whether doc option o is taken by the form sub (NULL: the command). */
int cli_doc_applies(const struct cli_opt_doc *o, const char *sub);

#endif
