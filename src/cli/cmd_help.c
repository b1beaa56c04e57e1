/*
 * rectrack help [COMMAND] — the commands by group, or one command's
 * help: its synopsis, each option with its line, worked examples.
 * Every line fits in 80 columns.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"

#define HELP_WIDTH 80
#define OPT_COLUMN 26	/* where an option's line starts */

/*
 * Print text from column col (the cursor is there), wrapped at blanks
 * to HELP_WIDTH, the lines after the first indented to col; a newline
 * ends it.
 */
static void
put_wrapped(FILE *fp, int col, const char *text)
{
	const char *s = text, *end;
	int at = col, n;

	while (*s) {
		n = (int)strcspn(s, " ");
		if (at > col && at + 1 + n > HELP_WIDTH) {
			fprintf(fp, "\n%*s", col, "");
			at = col;
		} else if (at > col) {
			fputc(' ', fp);
			at++;
		}
		fprintf(fp, "%.*s", n, s);
		at += n;
		end = s + n;
		s = end + strspn(end, " ");
	}
	fputc('\n', fp);
}

/* The end of the word at s: the next blank outside quotes. */
static const char *
word_end(const char *s)
{
	char q = 0;

	for (; *s && (q || *s != ' '); s++)
		if (q == 0 && (*s == '\'' || *s == '"'))
			q = *s;
		else if (q == *s)
			q = 0;
	return s;
}

/* A command line, cut into lines of HELP_WIDTH at blanks outside quotes
 * (an option kept with its value), each but the last ending in " \", as
 * a shell reads it. */
static void
put_example(FILE *fp, const char *line)
{
	const char *s = line, *w;
	int at = 2, n;

	fputs("  ", fp);
	while (*s) {
		w = word_end(s);
		if (s[0] == '-' && s[1] == '-' && memchr(s, '=', (size_t)(w -
		    s)) == NULL && w[0] == ' ' && w[1] != '-' && w[1] != '\0')
			w = word_end(w + 1);
		n = (int)(w - s);
		if (at > 2 && at + 1 + n + 2 > HELP_WIDTH) {
			fputs(" \\\n      ", fp);
			at = 6;
		} else if (at > 2) {
			fputc(' ', fp);
			at++;
		}
		fprintf(fp, "%.*s", n, s);
		at += n;
		s = w + strspn(w, " ");
	}
	fputc('\n', fp);
}

/* One option: "  --name ARG", then its line from OPT_COLUMN. */
static void
put_option(FILE *fp, const struct cli_opt_doc *o)
{
	char head[64], help[256];
	int n;

	n = snprintf(head, sizeof(head), "  --%s%s%s", o->name,
	    o->arg && o->arg[0] != '[' ? " " : "", o->arg ? o->arg : "");
	if (o->sub != NULL)
		snprintf(help, sizeof(help), "(%s) %s", o->sub, o->help);
	else
		snprintf(help, sizeof(help), "%s", o->help);
	if (n + 1 > OPT_COLUMN) {
		fprintf(fp, "%s\n%*s", head, OPT_COLUMN, "");
	} else
		fprintf(fp, "%-*s", OPT_COLUMN, head);
	put_wrapped(fp, OPT_COLUMN, help);
}

static const char *const group_names[] = {
	"recording", "lifecycle", "reports", "data", "administration"
};

static const char usage_lines[] =
    "usage: rectrack [global options] COMMAND [options] [arguments]\n"
    "       rectrack help COMMAND | COMMAND --help\n";

void
cli_usage_short(FILE *fp)
{
	fputs(usage_lines, fp);
	fputs("'rectrack help' lists the commands and the global options.\n",
	    fp);
}

void
cli_overview(FILE *fp)
{
	const struct cli_cmd *c, *all = cli_commands();
	const struct cli_opt_doc *o;
	int w = 0, g;

	/* the names in one column, as wide as the longest */
	for (c = all; c->name; c++)
		if (c->group != CLI_G_HIDDEN && (int)strlen(c->name) > w)
			w = (int)strlen(c->name);
	fputs(usage_lines, fp);
	for (g = CLI_G_RECORDING; g < CLI_G_HIDDEN; g++) {
		fprintf(fp, "\n%s:\n", group_names[g]);
		for (c = all; c->name; c++)
			if ((int)c->group == g) {
				fprintf(fp, "  %-*s ", w, c->name);
				put_wrapped(fp, w + 3, c->help);
			}
	}
	fputs("\nglobal options (before the command; --wide, --color and "
	    "--no-pager also after):\n", fp);
	for (o = cli_global_docs; o->name; o++)
		put_option(fp, o);
	fputs("\n'rectrack help COMMAND' shows a command's options and "
	    "examples;\n'man rectrack' tells all.\n", fp);
}

/* Whether the blank-separated words hold w. */
static int
has_word(const char *words, const char *w)
{
	size_t n = strlen(w), m;

	for (; *words; words += m, words += strspn(words, " ")) {
		m = strcspn(words, " ");
		if (m == n && strncmp(words, w, n) == 0)
			return 1;
	}
	return 0;
}

void
cli_help_command(const struct cli_cmd *cmd, const char *sub, FILE *fp)
{
	const struct cli_doc *d = cli_doc_find(cmd->name);
	const struct cli_opt_doc *o;
	int i, any = 0;

	cli_synopsis(cmd, fp);
	fputc('\n', fp);
	put_wrapped(fp, 0, cmd->help);
	for (i = 0; d && i < 2; i++)
		for (o = i == 0 ? d->opts : d->more; o && o->name; o++) {
			if (sub != NULL && !cli_doc_applies(o, sub))
				continue;
			if (!any++)
				fputs("\noptions:\n", fp);
			put_option(fp, o);
		}
	if (d && d->examples[0]) {
		fputs("\nexamples:\n", fp);
		for (i = 0; d->examples[i]; i++)
			put_example(fp, d->examples[i]);
	}
	fputs("\nEvery command also takes --wide, --color[=WHEN] and "
	    "--no-pager.\n'rectrack help' lists the commands; 'man rectrack' "
	    "tells all.\n", fp);
}

/* help COMMAND SUB: the command's help with the subcommand's options. */
static int
help_sub(struct cli *c, const char *name, const char *sub)
{
	const struct cli_cmd *cmd;
	const struct cli_doc *d;

	if ((cmd = cli_find(name)) == NULL)
		return cli_usage_error(c, "%s: unknown command", name);
	if ((d = cli_doc_find(cmd->name)) == NULL || d->subs == NULL)
		return cli_usage_error(c, "%s has no subcommands", name);
	if (!has_word(d->subs, sub))
		return cli_usage_error(c, "%s %s: unknown subcommand "
		    "(expected %s)", name, sub, d->subs);
	cli_help_command(cmd, sub, stdout);
	return 0;
}

int
cmd_help(struct cli *c, int argc, char **argv)
{
	const struct cli_cmd *cmd;
	int status;

	if (argc > 3)
		return cli_usage_error(c, "help takes one COMMAND (and its "
		    "subcommand)");
	if ((status = cli_empty_operand(c, argc, argv, 1)) != 0)
		return status;
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)) {
		cli_help_command(c->cmd, NULL, stdout);
		return 0;
	}
	if (argc == 3)
		return help_sub(c, argv[1], argv[2]);
	if (argc == 2) {
		if ((cmd = cli_find(argv[1])) == NULL)
			return cli_usage_error(c, "%s: unknown command",
			    argv[1]);
		cli_help_command(cmd, NULL, stdout);
		return 0;
	}
	cli_overview(stdout);
	return 0;
}
