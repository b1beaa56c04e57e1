#include "cli/cli.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "cli/commands.h"
#include "cli/finddb.h"
#include "cli/out.h"
#include "cli/term.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "core/request.h"
#include "store/store.h"

int
cli_fail(struct rt_error *err)
{
	int status = err->code == RT_EUSAGE ? 2 : 1;
	char *clean;

	/* the reader of the output has gone (`| head`): what could not be
	 * written is not an error to report */
	if (err->code == RT_EIO && out_pipe_closed()) {
		rt_error_free(err);
		return status;
	}
	/* a message may quote what the user or a file gave: no control
	 * character of it reaches the terminal raw */
	if ((clean = out_clean(err->msg, OUT_CLEAN_HEX)) != NULL) {
		fprintf(stderr, "rectrack: %s\n", clean);
		free(clean);
	} else
		fprintf(stderr, "rectrack: %s\n", err->msg);
	rt_error_free(err);
	return status;
}

void
cli_synopsis(const struct cli_cmd *cmd, FILE *fp)
{
	const char *s = cmd->usage, *nl;
	int first = 1;

	for (; *s; s = *nl ? nl + 1 : nl, first = 0) {
		nl = strchr(s, '\n');
		if (nl == NULL)
			nl = s + strlen(s);
		/* a line that starts with a blank continues the one above */
		fprintf(fp, "%s%s%.*s\n", first ? "usage: " : "       ",
		    *s == ' ' ? "         " : "rectrack ", (int)(nl - s), s);
	}
}

void
cli_usage(const struct cli_cmd *cmd, FILE *fp)
{
	cli_synopsis(cmd, fp);
	fprintf(fp, "See 'rectrack help %s' for the options and examples.\n",
	    cmd->name);
}

int
cli_usage_error(const struct cli *c, const char *fmt, ...)
{
	va_list ap, aq;
	char *msg = NULL;
	int n;

	va_start(ap, fmt);
	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	if (n >= 0 && (msg = malloc((size_t)n + 1)) != NULL)
		vsnprintf(msg, (size_t)n + 1, fmt, aq);
	va_end(aq);
	va_end(ap);
	fprintf(stderr, "rectrack: %s: ", c->cmd->name);
	out_text(stderr, msg ? msg : fmt);	/* controls escaped */
	fputc('\n', stderr);
	free(msg);
	cli_usage(c->cmd, stderr);
	return 2;
}

/* Options that may be given more than once; every other is single.
 * The filters' --fy repeats (any of the years), report add's does not. */
static int
repeatable(const struct cli *c, const struct option *o)
{
	const char *name = o->name;

	return o->val == CLI_F_FY || strcmp(name, "status") == 0 ||
	    strcmp(name, "in") == 0 || strcmp(name, "columns") == 0 ||
	    strcmp(name, "concurrence") == 0 || strcmp(name, "topic") == 0 ||
	    strcmp(name, "official") == 0 ||
	    (strcmp(name, "evidence") == 0 && c->cmd &&
	    strcmp(c->cmd->name, "request-closure") == 0);
}

const char *
cli_short_word(int argc, char **argv, int c)
{
	const char *w;
	size_t n;

	if (optind > 0 && optind - 1 < argc) {
		w = argv[optind - 1];
		n = strlen(w);
		if (n >= 2 && w[0] == '-' && w[1] != '-' && w[n - 1] == c)
			return w;
	}
	if (optind < argc && argv[optind][0] == '-')
		return argv[optind];
	return NULL;
}

/*
 * The usage line of the command (or of subcommand sub, when not NULL)
 * into buf, its words after the command's name(s).
 */
static void
usage_line(const struct cli *c, const char *sub, char *buf, size_t size)
{
	const char *s = c->cmd->usage, *nl, *w;
	size_t n = strlen(c->cmd->name), m = sub ? strlen(sub) : 0;
	int found = 0;

	buf[0] = '\0';
	for (; *s; s = *nl ? nl + 1 : nl) {
		nl = strchr(s, '\n');
		if (nl == NULL)
			nl = s + strlen(s);
		if (*s == ' ' && found) {
			/* a continuation of the line found */
			snprintf(buf + strlen(buf), size - strlen(buf), " %.*s",
			    (int)(nl - s), s);
			continue;
		}
		if (found)
			break;
		if (strncmp(s, c->cmd->name, n) != 0 ||
		    (s[n] != ' ' && s + n != nl))
			continue;
		w = s + n + (s + n != nl);
		if (sub != NULL) {
			if (strncmp(w, sub, m) != 0 ||
			    (w[m] != ' ' && w + m != nl))
				continue;
			w += m + (w + m != nl);
		}
		snprintf(buf, size, "%.*s", (int)(nl - w), w);
		found = 1;
	}
}

/*
 * The name the usage gives operand i of n ("REC", "STATUS"), into name;
 * "" when the usage names none there.  The operands are the words of
 * the usage line outside [...] (or alone in it: "[COMMAND]") that are
 * neither options nor their values; one ending in "..." stands for any
 * number of them.
 */
static void
operand_name(const struct cli *c, const char *sub, int i, int n,
    char *name, size_t size)
{
	char line[512], *words[32], *w, *save = NULL;
	int nw = 0, depth = 0, skip = 0, k, var = -1;

	name[0] = '\0';
	usage_line(c, sub, line, sizeof(line));
	for (w = strtok_r(line, " ", &save); w != NULL && nw < 32;
	    w = strtok_r(NULL, " ", &save)) {
		int opens = w[0] == '[', is_opt = strncmp(w, "--", 2) == 0;
		size_t len = strlen(w);

		/* an optional operand: "[COMMAND]" */
		if (depth == 0 && opens && w[1] != '-' && w[len - 1] == ']') {
			w[len - 1] = '\0';
			words[nw++] = w + 1;
			skip = 0;
			continue;
		}
		depth += opens;
		if (depth == 0 && !skip && !is_opt)
			words[nw++] = w;
		/* an option's value follows it; "A|--b" is a value and an
		 * option, whose value follows */
		skip = depth == 0 && (is_opt || (skip && strstr(w, "|--")));
		for (; *w; w++)
			depth -= *w == ']';
	}
	for (k = 0; k < nw; k++)
		if (strstr(words[k], "...") != NULL) {
			var = k;
			break;
		}
	if (var == -1 || i < var || n < nw)
		k = i;				/* in the usage's order */
	else if (n - i < nw - var)
		k = nw - (n - i);		/* one of those after the
						   repeated one */
	else
		k = var;
	if (k >= 0 && k < nw)
		snprintf(name, size, "%.*s", (int)strcspn(words[k], "."),
		    words[k]);
}

int
cli_empty_operand(const struct cli *c, int argc, char **argv, int first)
{
	const char *sub = argc > 0 && strcmp(argv[0], c->cmd->name) != 0 ?
	    argv[0] : NULL;
	char name[128];
	int i;

	for (i = first; i < argc; i++) {
		if (argv[i][0] != '\0')
			continue;
		operand_name(c, sub, i - first, argc - first, name,
		    sizeof(name));
		if (name[0] == '\0')
			return cli_usage_error(c, "an operand is empty");
		return cli_usage_error(c, "%s is empty", name);
	}
	return 0;
}

int
cli_term_option(int ch, const char *arg)
{
	enum term_when w;

	if (ch == CLI_WIDE)
		term_set_wide();
	else if (ch == CLI_NO_PAGER)
		term_set_no_pager();
	else if (term_when_parse(arg, &w) == -1)
		return -1;
	else
		term_set_color(w);
	return 0;
}

/* opts with CLI_TERM_OPTIONS added before its end; opts itself when
 * they do not fit. */
static const struct option *
with_term_options(const struct option *opts)
{
	static const struct option term[] = { CLI_TERM_OPTIONS };
	static struct option all[160];
	static const struct option *made_for;
	size_t n = 0, k = sizeof(term) / sizeof(term[0]);

	if (opts == made_for)
		return all;
	while (opts[n].name != NULL)
		n++;
	if (n + k + 1 > sizeof(all) / sizeof(all[0]))
		return opts;
	memcpy(all, opts, n * sizeof(*opts));
	memcpy(all + n, term, sizeof(term));
	memset(&all[n + k], 0, sizeof(all[0]));
	made_for = opts;
	return all;
}

int
cli_getopt(struct cli *c, int argc, char **argv,
    const struct option *given, int *status)
{
	const struct option *opts = with_term_options(given);
	/* the options seen since the first call for this argv */
	static const struct option *seen_opts;
	static unsigned char seen[128];
	const struct option *o;
	const char *w;
	int ch, i = -1;

	if (optind == 0 || given != seen_opts) {
		memset(seen, 0, sizeof(seen));
		seen_opts = given;
		/* the table and the command's documentation agree */
		if ((w = cli_doc_check(c->cmd->name, argc > 0 &&
		    strcmp(argv[0], c->cmd->name) != 0 ? argv[0] : NULL,
		    given)) != NULL) {
			fprintf(stderr, "rectrack: internal: %s\n", w);
			*status = 70;
			return CLI_STOP;
		}
	}
	opterr = 0;
	ch = getopt_long(argc, argv, ":h", opts, &i);
	if (ch == 'h') {
		/* "report add --help": the options of report add */
		cli_help_command(c->cmd, argc > 0 && strcmp(argv[0],
		    c->cmd->name) != 0 ? argv[0] : NULL, stdout);
		*status = 0;
		return CLI_STOP;
	}
	if (ch == ':') {
		*status = cli_usage_error(c, "%s needs a value",
		    argv[optind - 1]);
		return CLI_STOP;
	}
	/* --flag=VALUE for an option that takes none */
	if (ch == '?' && optopt != 0 && strncmp(argv[optind - 1], "--", 2) ==
	    0 && strchr(argv[optind - 1], '=') != NULL) {
		*status = cli_usage_error(c, "%.*s takes no value",
		    (int)strcspn(argv[optind - 1], "="), argv[optind - 1]);
		return CLI_STOP;
	}
	/* a single-dash word ("-title:canine") is named as given */
	if (ch == '?' && optopt != 0 &&
	    (w = cli_short_word(argc, argv, optopt)) != NULL) {
		*status = cli_usage_error(c, "unknown option %s", w);
		return CLI_STOP;
	}
	if (ch == '?') {
		*status = cli_usage_error(c, "unknown option %s",
		    argv[optind - 1]);
		return CLI_STOP;
	}
	if (ch == -1 && (*status = cli_empty_operand(c, argc, argv,
	    optind)) != 0)
		return CLI_STOP;
	if (ch == -1 || i < 0)
		return ch;
	o = &opts[i];
	if (ch == CLI_WIDE || ch == CLI_COLOR || ch == CLI_NO_PAGER) {
		if (cli_term_option(ch, optarg) == -1) {
			*status = cli_usage_error(c, "--color: unknown value "
			    "\"%s\" (expected always, never or auto)", optarg);
			return CLI_STOP;
		}
		return cli_getopt(c, argc, argv, given, status);
	}
	/* an empty value is no value ("--agency ''") */
	if (o->has_arg == required_argument && optarg != NULL &&
	    *optarg == '\0') {
		*status = cli_usage_error(c, "--%s needs a value", o->name);
		return CLI_STOP;
	}
	if ((size_t)i < sizeof(seen) && !repeatable(c, o)) {
		if (seen[i]) {
			*status = cli_usage_error(c, "--%s given twice",
			    o->name);
			return CLI_STOP;
		}
		seen[i] = 1;
	}
	if (ch == CLI_DRY_RUN) {	/* taken here: see cli.h */
		c->dry_run = 1;
		return cli_getopt(c, argc, argv, given, status);
	}
	if (ch == CLI_BOM || ch == CLI_NO_BOM) {
		c->bom = ch;
		return cli_getopt(c, argc, argv, given, status);
	}
	return ch;
}

/* The formats --format names, in the order messages list them. */
static const struct {
	const char *name;
	enum out_format f;
} cli_formats[] = {
	{ "table", OUT_TABLE }, { "csv", OUT_CSV }, { "json", OUT_JSON },
	{ "md", OUT_MD }, { "html", OUT_HTML }, { "xlsx", OUT_XLSX },
};
#define CLI_NFORMATS (sizeof(cli_formats) / sizeof(cli_formats[0]))

int
cli_format_in(const struct cli *c, const char *arg, unsigned formats,
    enum out_format *f)
{
	char list[64] = "", words[64] = "";
	size_t i, n = 0, k = 0;

	/* the formats taken are the ones the command's help lists */
	for (i = 0; i < CLI_NFORMATS; i++)
		if (formats & CLI_FMT(cli_formats[i].f))
			snprintf(words + strlen(words), sizeof(words) -
			    strlen(words), " %s", cli_formats[i].name);
	if (c->cmd != NULL &&
	    cli_doc_values_check(c->cmd->name, "format", words) != 0) {
		fprintf(stderr, "rectrack: internal: %s: --format takes%s, "
		    "which the command table does not list\n", c->cmd->name,
		    words);
		return 70;
	}
	for (i = 0; i < CLI_NFORMATS; i++) {
		if (!(formats & CLI_FMT(cli_formats[i].f)))
			continue;
		if (strcmp(arg, cli_formats[i].name) == 0) {
			*f = cli_formats[i].f;
			return 0;
		}
		n++;
	}
	/* "table, csv, json or md" */
	for (i = 0; i < CLI_NFORMATS; i++)
		if (formats & CLI_FMT(cli_formats[i].f)) {
			k++;
			snprintf(list + strlen(list), sizeof(list) -
			    strlen(list), "%s%s", k == 1 ? "" : k == n ?
			    " or " : ", ", cli_formats[i].name);
		}
	return cli_usage_error(c, "--format: unknown format \"%s\" "
	    "(expected %s)", arg, list);
}

int
cli_format(const struct cli *c, const char *arg, enum out_format *f)
{
	return cli_format_in(c, arg, CLI_FMT_LISTING, f);
}

static int
first_change(const struct rt_change_set *ch, void *arg)
{
	snprintf(arg, 21, "%s", ch->at);
	return 1;
}

/* Read as known at the horizon; a note when nothing was recorded by
 * then (the result is then empty, which is not an error). */
static struct rt_error *
known_horizon(struct rt_store *st)
{
	const char *known = cli_horizon();
	struct rt_error *err;
	char first[21] = "";

	if ((err = rt_store_set_known(st, known)) ||
	    (err = rt_store_change_list(st, NULL, NULL, first_change,
	    first)))
		return err;
	if (first[0] == '\0' || strcmp(first, known) > 0) {
		fputs("rectrack: note: nothing was recorded in ", stderr);
		out_text(stderr, rt_store_name(st));
		fprintf(stderr, " by %s", known);
		if (first[0])
			fprintf(stderr, " (the first change was recorded at "
			    "%s)", first);
		fputs("; as known then, the register was empty\n", stderr);
	}
	return NULL;
}

void
cli_command_line(struct cli *c, int argc, char **argv)
{
	struct rt_buf b = { 0 };
	const char *w;
	size_t n;
	int i;

	for (i = 0; i < argc; i++) {
		w = argv[i];
		if (i > 0)
			rt_buf_puts(&b, " ");
		if (*w && strpbrk(w, " \t\n'\"\\") == NULL)
			rt_buf_puts(&b, w);
		else {
			rt_buf_puts(&b, "'");
			for (; *w; w++)
				rt_buf_puts(&b, *w == '\'' ? "'\\''" :
				    *w == '\n' ? " " : (char[2]){ *w, 0 });
			rt_buf_puts(&b, "'");
		}
	}
	n = b.s ? strlen(b.s) : 0;
	if (n >= sizeof(c->cmdline)) {
		/* cut at a character's start, then "…" */
		n = sizeof(c->cmdline) - 4;
		while (n > 0 && ((unsigned char)b.s[n] & 0xC0) == 0x80)
			n--;
		snprintf(c->cmdline, sizeof(c->cmdline), "%.*s\xe2\x80\xa6",
		    (int)n, b.s);
	} else
		snprintf(c->cmdline, sizeof(c->cmdline), "%s", b.s ? b.s : "");
	rt_buf_free(&b);
}

/* Append s made safe for one line (out_clean) to b; -1 when out of
 * memory. */
static int
would_add(struct rt_buf *b, const char *s)
{
	char *clean;
	int r;

	if ((clean = out_clean(s, 0)) == NULL)
		return -1;
	r = rt_buf_puts(b, clean);
	free(clean);
	return r;
}

/* A dry run's commit: one line for an event it would have recorded,
 * "SUBJECT KIND [FIELD] [OLD ->] NEW (effective DATE)[: NOTE]" (each
 * part in turn: the operands of | have no order). */
static int
would_record(const struct rt_event *ev, void *arg)
{
	struct cli *c = arg;
	struct rt_buf *b = &c->would;
	int r;

	r = rt_buf_puts(b, "would record: ");
	r |= would_add(b, ev->subject ? ev->subject : "?");
	r |= rt_buf_puts(b, " ");
	r |= would_add(b, ev->kind);
	if (ev->field != NULL && strcmp(ev->field, ev->kind) != 0) {
		r |= rt_buf_puts(b, " ");
		r |= would_add(b, ev->field);
	}
	if (ev->old != NULL) {
		r |= rt_buf_puts(b, " ");
		r |= would_add(b, ev->old);
		r |= rt_buf_puts(b, " ->");
	}
	if (ev->new != NULL) {
		r |= rt_buf_puts(b, " ");
		r |= would_add(b, ev->new);
	} else if (ev->old != NULL)
		r |= rt_buf_puts(b, " (none)");
	r |= rt_buf_printf(b, " (effective %s)", ev->effective);
	if (ev->note != NULL && *ev->note) {
		r |= rt_buf_puts(b, ": ");
		r |= would_add(b, ev->note);
	}
	r |= rt_buf_puts(b, "\n");
	if (r != 0)
		c->would_lost = 1;
	return 0;
}

void
cli_dry_run_end(struct cli *c, int status)
{
	if (c->dry_run == 2 && status == 0) {
		fputs(c->would.s ? c->would.s : "", stdout);
		if (c->would_lost)
			fputs("(out of memory: not every event is listed)\n",
			    stdout);
		fputs("dry run: nothing was written\n", stdout);
	}
	rt_buf_free(&c->would);
}

struct rt_error *
cli_open(struct cli *c, int flags, struct rt_store **st)
{
	struct rt_error *err;
	const char *user;
	int server = rt_store_is_server(c->db_path);

	*st = NULL;
	/* a URI is named once connected: with its password hidden */
	if (c->verbose == 1 && !server && c->db != NULL) {
		cli_db_say(c->db, c->db_path, stderr);
		c->verbose = 2;
	}
	if (!(flags & RT_STORE_CREATE) && !server && c->db != NULL &&
	    access(c->db_path, F_OK) != 0)
		return cli_db_missing(c->db);
	if ((err = rt_store_open(c->db_path, flags, st)) != NULL)
		return err;
	if (c->verbose == 1 && c->db != NULL) {
		cli_db_say(c->db, rt_store_name(*st), stderr);
		c->verbose = 2;
	}
	if ((err = rt_store_set_command(*st, c->cmdline)) != NULL ||
	    (cli_horizon() && (err = known_horizon(*st)) != NULL)) {
		rt_store_close(*st);
		*st = NULL;
		return err;
	}
	if (c->dry_run) {
		rt_store_set_dry_run(*st, would_record, c);
		c->dry_run = 2;
	}
	/* on a server, changes are recorded under the database user, the
	 * name the server vouches for (main() refuses --actor there) */
	if ((user = rt_store_user(*st)) != NULL) {
		snprintf(c->server_actor, sizeof(c->server_actor), "%s", user);
		c->actor = c->server_actor;
	}
	return NULL;
}

struct rt_error *
cli_write(struct cli *c, struct rt_error *(*fn)(struct rt_store *, void *),
    void *arg)
{
	struct rt_store *st;
	struct rt_error *err;

	if ((err = cli_open(c, 0, &st)) != NULL)
		return err;
	if ((err = rt_store_begin(st)) == NULL) {
		if ((err = fn(st, arg)) == NULL)
			err = rt_store_commit(st);
		if (err)
			rt_store_rollback(st);
	}
	c->recorded = err ? 0 : rt_store_change_last(st);
	rt_store_close(st);
	return err;
}

int
cli_dispatch(struct cli *c, int argc, char **argv,
    const struct cli_sub *subs)
{
	struct rt_buf names = { 0 };
	const struct cli_sub *s;
	int status;

	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)) {
		cli_help_command(c->cmd, NULL, stdout);
		return 0;
	}
	for (s = subs; argc >= 2 && s->name; s++)
		if (strcmp(argv[1], s->name) == 0)
			return s->run(c, argc - 1, argv + 1);
	for (s = subs; s->name; s++)
		rt_buf_printf(&names, "%s%s", s == subs ? "" :
		    s[1].name ? ", " : " or ", s->name);
	if (argc < 2)
		status = cli_usage_error(c, "which one: %s?", names.s);
	else if (argv[1][0] == '\0')
		status = cli_usage_error(c, "the subcommand is empty "
		    "(expected %s)", names.s);
	else
		status = cli_usage_error(c, "%s: unknown subcommand "
		    "(expected %s)", argv[1], names.s);
	rt_buf_free(&names);
	return status;
}

struct rt_error *
cli_out_end(struct out *o, struct rt_error *err)
{
	if (o == NULL)
		return err ? err : rt_error_new(RT_ENOMEM, "out of memory");
	if (out_end(o) == -1 && err == NULL)
		err = rt_error_new(RT_EIO, "cannot write the output");
	return err;
}

void
cli_none(const struct cli *c, const char *none)
{
	fprintf(stderr, "rectrack: %s: %s\n", c->cmd->name, none);
}

struct rt_error *
cli_listing_end(const struct cli *c, struct out *o, struct rt_error *err,
    const char *none)
{
	size_t n = out_nrows(o);

	if ((err = cli_out_end(o, err)) == NULL && n == 0 && o != NULL)
		cli_none(c, none);
	return err;
}

void
cli_wrote(const char *path, const char *what)
{
	if (path == NULL || strcmp(path, "-") == 0)
		return;
	fprintf(stderr, "rectrack: wrote %s to ", what);
	out_text(stderr, path);		/* controls escaped */
	fputc('\n', stderr);
}

int
cli_one_operand(const struct cli *c, int argc, const char *what,
    const char *name, const char *hint)
{
	if (optind + 1 == argc)
		return 0;
	if (optind == argc)
		return cli_usage_error(c, "%s needs a %s%s", what, name, hint);
	return cli_usage_error(c, "%s takes one %s", what, name);
}

int
cli_format_only(struct cli *c, int argc, char **argv,
    enum out_format *fmt)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'f' && (status = cli_format(c, optarg, fmt)))
			return status;
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((status = cli_bom(c, *fmt == OUT_CSV)))
		return status;
	return -1;
}

int
cli_rec_options(struct cli *c, int argc, char **argv, unsigned formats,
    enum out_format *fmt, char as_of[RT_DATE_SIZE])
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "as-of", required_argument, NULL, 'A' },
		CLI_AS_KNOWN_OPTION,
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	const char *as_of_arg = NULL;
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'f' && (status = cli_format_in(c, optarg, formats,
		    fmt)))
			return status;
		if (ch == 'A')
			as_of_arg = optarg;
		if (ch == CLI_F_AS_KNOWN && (status = cli_as_known(optarg)))
			return status;
	}
	if ((status = cli_as_of(as_of_arg, as_of)))
		return status;
	if ((status = cli_bom(c, *fmt == OUT_CSV)))
		return status;
	if ((status = cli_one_operand(c, argc, c->cmd->name, "REC",
	    " (REPORT#NUMBER)")))
		return status;
	return -1;
}

struct rt_error *
cli_events(struct rt_store *st, const struct rt_rec *rec, const char *as_of,
    struct out *o)
{
	struct rt_error *err = NULL;
	struct rt_events h;
	size_t i, j;
	int64_t by;

	if (o == NULL || (err = rt_events_load(st, rec->id, &h)) != NULL)
		return cli_out_end(o, err);
	for (i = 0; i < h.n; i++) {
		const struct rt_event *ev = &h.ev[i];

		/* what had taken effect by as_of, as known at the horizon */
		if (strcmp(ev->effective, as_of) > 0 ||
		    ev->inactive == RT_EVENT_UNKNOWN)
			continue;
		by = 0;
		for (j = 0; j < h.n && ev->inactive == RT_EVENT_VOIDED; j++)
			if (h.ev[j].voids == ev->id &&
			    h.ev[j].inactive == RT_EVENT_IN_FORCE)
				by = h.ev[j].change;
		out_event_row(o, ev, by);
	}
	rt_events_free(&h);
	return cli_out_end(o, err);
}

/* The amounts of a management decision a status move changed. */
static void
print_decision(const struct rt_outcome *o)
{
	static const enum rt_money_field m[] = { RT_DISALLOWED_COST,
	    RT_FBU_AGREED };
	char buf[32];
	size_t i;

	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++) {
		if (o->money_from[m[i]] == o->money_to[m[i]] ||
		    o->money_to[m[i]] == RT_MONEY_NONE)
			continue;
		rt_money_display(o->money_to[m[i]], buf, sizeof(buf));
		printf(", %s %s", rt_money_name(m[i]), buf);
	}
}

/* What a request asked for. */
static void
print_ask(const struct rt_request *req, const struct rt_outcome *o)
{
	if (req->ask == RT_ASK_EXTENSION) {
		printf("extension requested: target %s -> %s", o->target_from,
		    req->target);
		return;
	}
	printf("closure requested");
	if (req->nhashes)
		printf(", citing %zu evidence file%s", req->nhashes,
		    req->nhashes == 1 ? "" : "s");
}

/* One line telling what happened to one recommendation. */
static void
print_outcome(const struct rt_request *req, const struct rt_outcome *o)
{
	int f, first;

	out_text(stdout, o->id);	/* a stored number: controls escaped */
	fputs(": ", stdout);
	switch (req->verb) {
	case RT_VERB_STATUS:
		printf("%s -> %s", rt_status_name(o->from),
		    rt_status_name(o->to));
		if (strcmp(o->target_from, o->target_to) != 0)
			printf(", target %s", o->target_to);
		print_decision(o);
		break;
	case RT_VERB_CONCUR:
		if (o->nevents == 0)
			printf("already %s", rt_concurrence_name(o->conc_to));
		else
			printf("concurrence %s -> %s",
			    rt_concurrence_name(o->conc_from),
			    rt_concurrence_name(o->conc_to));
		break;
	case RT_VERB_TARGET:
		if (o->nevents == 0)
			printf("target already %s", o->target_to);
		else if (o->target_from[0])
			printf("target %s -> %s", o->target_from,
			    o->target_to);
		else
			printf("target %s", o->target_to);
		break;
	case RT_VERB_FLAG:
		if (o->nevents == 0)
			printf("flags unchanged");
		for (f = 0, first = 1; f < RT_FLAG_COUNT; f++)
			if (o->flags_from[f] != o->flags_to[f]) {
				printf("%s%c%s", first ? "" : " ",
				    o->flags_to[f] ? '+' : '-',
				    rt_flag_name(f));
				first = 0;
			}
		break;
	case RT_VERB_NOTE:
		printf("note added");
		break;
	case RT_VERB_ASK:
		print_ask(req, o);
		break;
	case RT_VERB_DECIDE:
		printf("%s request %s", rt_ask_field(o->ask), req->approve ?
		    "approved" : "returned");
		if (req->approve && o->ask == RT_ASK_CLOSURE)
			printf(": %s -> %s", rt_status_name(o->from),
			    rt_status_name(o->to));
		else if (req->approve)
			printf(": target %s -> %s", o->target_from,
			    o->target_to);
		break;
	}
	putchar('\n');
}

int
cli_verb_options(struct cli *c, int argc, char **argv, unsigned accepts,
    struct rt_actor *who, struct rt_request *req)
{
	static const struct option all[] = {
		{ "date", required_argument, NULL, CLI_OPT_DATE },
		{ "note", required_argument, NULL, CLI_OPT_NOTE },
		{ "target", required_argument, NULL, CLI_OPT_TARGET },
		{ "evidence", required_argument, NULL, CLI_OPT_EVIDENCE },
		{ "disallowed", required_argument, NULL, CLI_OPT_DISALLOWED },
		{ "fbu-agreed", required_argument, NULL, CLI_OPT_FBU_AGREED },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	/* the options the verb accepts, and the common ones */
	struct option opts[sizeof(all) / sizeof(all[0])];
	size_t i, n = 0;
	int ch, status;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (all[i].val >= CLI_DRY_RUN || all[i].val == 'h' ||
		    all[i].name == NULL || (accepts & (unsigned)all[i].val))
			opts[n++] = all[i];
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		switch (ch) {
		case CLI_OPT_DATE: who->effective = optarg; break;
		case CLI_OPT_NOTE: who->note = optarg; break;
		case CLI_OPT_TARGET: req->target = optarg; break;
		case CLI_OPT_EVIDENCE: req->evidence = optarg; break;
		case CLI_OPT_DISALLOWED: req->disallowed = optarg; break;
		case CLI_OPT_FBU_AGREED: req->fbu_agreed = optarg; break;
		}
	}
	return -1;
}

struct rt_error *
cli_one_rec(const struct cli *c, const char *arg, char **report,
    char **number)
{
	struct rt_error *err;

	if ((err = rt_recid_parse(arg, report, number)) == NULL &&
	    strcmp(*number, "*") == 0) {
		err = rt_error_new(RT_EINVAL, "%s: %s takes one recommendation "
		    "(REPORT#NUMBER); 'rectrack list --report %s' lists them",
		    arg, c->cmd->name, *report);
		free(*report);
		free(*number);
		*report = *number = NULL;
	}
	return err;
}

int
cli_apply(struct cli *c, char *const *ids, size_t nids,
    const struct rt_request *req, const struct rt_actor *who)
{
	struct rt_outcome *o = NULL;
	struct rt_store *st;
	struct rt_error *err;
	struct rt_actor w = *who;
	size_t i, n = 0;
	int64_t change;


	if ((err = cli_open(c, 0, &st)) != NULL)
		return cli_fail(err);
	w.actor = c->actor;
	err = rt_apply(st, &c->cfg, ids, nids, req, &w, &o, &n);
	change = rt_store_change_last(st);
	rt_store_close(st);
	if (err)
		return cli_fail(err);
	for (i = 0; i < n; i++)
		print_outcome(req, &o[i]);
	rt_outcomes_free(o, n);
	cli_recorded(change);
	return 0;
}

void
cli_recorded(int64_t change)
{
	if (change > 0)
		printf("recorded as change %lld\n", (long long)change);
}

int
cli_doc_format(const struct cli *c, const char *arg, enum out_format *f,
    int xlsx)
{
	return cli_format_in(c, arg, CLI_FMT_DOC |
	    (xlsx ? CLI_FMT(OUT_XLSX) : 0), f);
}

int
cli_format_xlsx(const struct cli *c, const char *arg, enum out_format *f)
{
	return cli_format_in(c, arg, CLI_FMT_LISTING | CLI_FMT(OUT_XLSX), f);
}
