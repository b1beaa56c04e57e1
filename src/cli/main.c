/*
 * rectrack — recommendation tracking.  main() reads the global options,
 * loads the configuration, finds the command in the table and runs it.
 */
#include <getopt.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/finddb.h"
#include "cli/out.h"
#include "cli/term.h"
#include "core/config.h"
#include "formats/config_file.h"
#include "store/store.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

/* --actor, else $RECTRACK_ACTOR, else the config's actor, else the login
 * name. */
static const char *
find_actor(const char *given, const struct rt_config *cfg)
{
	const char *s;
	struct passwd *pw;

	if (given != NULL)
		return given;
	if ((s = getenv("RECTRACK_ACTOR")) != NULL && *s)
		return s;
	if (cfg->actor != NULL)
		return cfg->actor;
	if ((s = getlogin()) != NULL && *s)
		return s;
	if ((pw = getpwuid(getuid())) != NULL)
		return pw->pw_name;
	return "unknown";
}

/* "rectrack: MSG" (control characters escaped, as MSG may quote an
 * argument) and the short usage on stderr; the exit status 2. */
static int
usage_error(const char *fmt, const char *arg)
{
	char *msg = NULL;
	int n = snprintf(NULL, 0, fmt, arg);

	if (n >= 0 && (msg = malloc((size_t)n + 1)) != NULL)
		snprintf(msg, (size_t)n + 1, fmt, arg);
	fputs("rectrack: ", stderr);
	out_text(stderr, msg ? msg : fmt);
	fputc('\n', stderr);
	free(msg);
	cli_usage_short(stderr);
	return 2;
}

/* "--NAME takes no value" for the word w, its '=' at eq. */
static int
no_value(const char *w, const char *eq)
{
	char name[64];

	snprintf(name, sizeof(name), "%.*s", (int)(eq - w), w);
	return usage_error("%s takes no value", name);
}

/* A global option's value: not empty (--actor's is checked later, with a
 * message of its own), and not given before (*slot already set).  0, or
 * the exit status of the usage error. */
static int
global_value(const char *name, const char **slot, const char *arg)
{
	if (*slot != NULL)
		return usage_error("--%s given twice", name);
	if (*arg == '\0' && strcmp(name, "actor") != 0)
		return usage_error("--%s needs a value", name);
	*slot = arg;
	return 0;
}

/* `help ...`, a command's --help, or `completion`: what needs no
 * configuration (a broken one must not hide it). */
static int
asks_help(int argc, char **argv)
{
	int i;

	if (strcmp(argv[0], "help") == 0 || strcmp(argv[0], "completion") == 0)
		return 1;
	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	return 0;
}

/* The command writes to a file (--output): its output is not paged. */
static int
writes_file(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strncmp(argv[i], "--output", 8) == 0 &&
		    (argv[i][8] == '\0' || argv[i][8] == '='))
			return 1;
	return 0;
}

/* --no-pager after the command (cli_getopt takes it too, too late for
 * the pager). */
static int
no_pager(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--no-pager") == 0)
			return 1;
	return 0;
}

/* The global options, before the command. */
struct globals {
	const char *db, *config, *actor;
	int verbose;
};

/*
 * Read the global options into *g; optind is left at the command.  -1
 * when the command goes on, else the exit status (0 after --version or
 * --help, 2 after a usage error).
 */
static int
read_globals(int argc, char **argv, struct globals *g)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "config", required_argument, NULL, 'c' },
		{ "actor", required_argument, NULL, 'a' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		CLI_TERM_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	const char *s;
	int ch, status;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if ((status = global_value("db", &g->db, optarg)) != 0)
				return status;
			break;
		case 'c':
			if ((status = global_value("config", &g->config,
			    optarg)) != 0)
				return status;
			break;
		case 'a':
			if ((status = global_value("actor", &g->actor,
			    optarg)) != 0)
				return status;
			break;
		case 'v':
			g->verbose = 1;
			break;
		case 'V':
			printf("rectrack %s\n", RT_VERSION);
			return 0;
		case 'h':
			cli_overview(stdout);
			return 0;
		case CLI_WIDE:
		case CLI_COLOR:
		case CLI_NO_PAGER:
			if (cli_term_option(ch, optarg) == -1)
				return usage_error("--color: unknown value "
				    "\"%s\" (expected always, never or auto)",
				    optarg);
			break;
		case ':':
			return usage_error("%s needs a value", argv[optind - 1]);
		case '?':
			/* --wide=1, --no-pager=1: as after the command */
			if (optopt != 0 && strncmp(argv[optind - 1], "--", 2) ==
			    0 && (s = strchr(argv[optind - 1], '=')) != NULL)
				return no_value(argv[optind - 1], s);
			/* FALLTHROUGH */
		default:
			/* a single-dash word ("-title") is named whole */
			if (optopt != 0 &&
			    (s = cli_short_word(argc, argv, optopt)) != NULL)
				return usage_error("unknown option %s", s);
			return usage_error("unknown option %s",
			    argv[optind - 1]);
		}
	}
	return -1;
}

/*
 * The configuration file (--config, else the one rt_config_find finds)
 * into cli->cfg, unless the command asks for help: a broken
 * configuration must not hide it.
 */
static struct rt_error *
load_config(struct cli *cli, const char *config, int argc, char **argv)
{
	struct rt_error *err = NULL;
	char *path = NULL;

	if (!asks_help(argc, argv) &&
	    ((err = rt_config_find(config, &path)) != NULL ||
	    (path && (err = rt_config_load(&cli->cfg, path)))))
		rt_config_free(&cli->cfg);
	free(path);
	return err;
}

/*
 * Refuse an actor the history cannot record: --actor on a PostgreSQL
 * database (changes are recorded under the database user), an empty
 * --actor or a blank RECTRACK_ACTOR.  0, or the exit status 2 after the
 * message.
 */
static int
check_actor(const char *db, const char *actor)
{
	const char *s;

	if (actor != NULL && rt_store_is_server(db)) {
		fputs("rectrack: --actor: on a PostgreSQL database changes are "
		    "recorded under the database user; connect as the person "
		    "instead (user@ in the URI, or PGUSER)\n", stderr);
		return 2;
	}
	/* the history needs a name: an empty one is a mistake, not a
	 * constraint of the database (an empty RECTRACK_ACTOR is unset) */
	if (actor != NULL && rt_blank(actor)) {
		fputs("rectrack: --actor needs a name (who records the "
		    "changes)\n", stderr);
		return 2;
	}
	if ((s = getenv("RECTRACK_ACTOR")) != NULL && *s && rt_blank(s)) {
		fputs("rectrack: RECTRACK_ACTOR is blank: set it to a name "
		    "(who records the changes) or unset it\n", stderr);
		return 2;
	}
	return 0;
}

/*
 * The actor's name as the history records it: no control character, no
 * blank at either end (" liaison" would pass for "liaison" in listings
 * and not in require.separate_approver).  0, or 2 after the message.
 */
static int
actor_name(const char *actor)
{
	const unsigned char *p;
	size_t n;

	if (actor == NULL || *actor == '\0')
		return 0;
	for (p = (const unsigned char *)actor; *p; p++)
		if (*p < 0x20 || *p == 0x7f) {
			fputs("rectrack: the actor's name holds a control "
			    "character; give the name alone (--actor, "
			    "RECTRACK_ACTOR or actor: in the configuration)\n",
			    stderr);
			return 2;
		}
	n = strlen(actor);
	if (actor[0] == ' ' || actor[n - 1] == ' ') {
		fputs("rectrack: the actor's name begins or ends with a blank; "
		    "give the name alone (--actor, RECTRACK_ACTOR or actor: in "
		    "the configuration)\n", stderr);
		return 2;
	}
	return 0;
}

/* An error __complete does not report. */
static int
silent(struct rt_error *err)
{
	rt_error_free(err);
	return 0;
}

int
main(int argc, char **argv)
{
	struct globals g = { NULL, NULL, NULL, 0 };
	struct cli_db db;
	struct cli cli;
	struct rt_error *err;
	const char *s;
	int status, quiet;

#ifdef __GLIBC__
	/*
	 * SQLite's b-tree balancing takes and frees blocks of 64 KiB at the
	 * top of the heap; by default glibc hands each back to the kernel
	 * and faults it in again, which made a large import six times
	 * slower.  Keep up to 64 MiB of free heap instead.
	 */
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
	out_catch_sigpipe();
	term_init();
	memset(&cli, 0, sizeof(cli));
	rt_config_defaults(&cli.cfg);
	if ((status = read_globals(argc, argv, &g)) != -1)
		return status;
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		fputs("rectrack: no command given\n", stderr);
		cli_usage_short(stderr);
		return 2;
	}
	if ((cli.cmd = cli_find(argv[0])) == NULL)
		return usage_error("%s: unknown command", argv[0]);
	if ((s = getenv("RECTRACK_NOW")) != NULL && *s &&
	    rt_clock_fix(s) == -1) {
		fprintf(stderr, "rectrack: RECTRACK_NOW: \"%s\" is not an "
		    "instant (YYYY-MM-DDTHH:MM:SSZ)\n", s);
		return 1;
	}
	/* __complete is silent and exits 0 on any error: the shell's
	 * completion offers nothing */
	quiet = strcmp(argv[0], "__complete") == 0;
	if ((err = load_config(&cli, g.config, argc, argv)) != NULL) {
		if (!quiet)
			return cli_fail(err);
		/* completes from the database found without it */
		rt_error_free(err);
		rt_config_defaults(&cli.cfg);
	}
	if ((err = cli_db_find(&db, g.db, &cli.cfg)) != NULL) {
		rt_config_free(&cli.cfg);
		return quiet ? silent(err) : cli_fail(err);
	}
	cli.db = &db;
	cli.db_path = db.path;
	cli.verbose = g.verbose;
	/* __complete records nothing: no actor to check */
	if ((status = quiet ? 0 : check_actor(db.path, g.actor)) == 0) {
		cli.actor = find_actor(g.actor, &cli.cfg);
		status = quiet ? 0 : actor_name(cli.actor);
	}
	if (status != 0) {
		cli_db_free(&db);
		rt_config_free(&cli.cfg);
		return quiet ? 0 : status;
	}
	cli_command_line(&cli, argc, argv);
	/* the options after the command may turn the pager off */
	if (no_pager(argc, argv))
		term_set_no_pager();
	term_pager_start((cli.cmd->flags & CLI_PAGED) &&
	    !writes_file(argc, argv));
	optind = 0;
	status = cli.cmd->run(&cli, argc, argv);
	cli_dry_run_end(&cli, status);
	if ((fflush(stdout) != 0 || ferror(stdout)) && !out_pipe_closed()) {
		fputs("rectrack: cannot write the output\n", stderr);
		status = 1;
	}
	cli_db_free(&db);
	if (term_pager_end() == -1) {
		fputs("rectrack: the pager could not be run (RECTRACK_PAGER, "
		    "PAGER); run again with --no-pager\n", stderr);
		status = status ? status : 1;
	}
	rt_config_free(&cli.cfg);
	return status;
}
