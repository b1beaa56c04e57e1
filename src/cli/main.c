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
#include "cli/out.h"
#include "core/config.h"
#include "formats/config_file.h"
#include "store/store.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

const struct cli_cmd cli_cmds[] = {
	{ "init", cmd_init, "init",
	    "create the database, or upgrade an older one" },
	{ "import", cmd_import, "import FILE... [--dry-run] [--quiet]\n"
	    "import --format gao-csv FILE [--dry-run]",
	    "load YAML files, or GAO's CSV export (- is standard input)" },
	{ "issuer", cmd_issuer,
	    "issuer add CODE --name NAME [--kind KIND]\n"
	    "issuer list [--format FMT]",
	    "add and list issuers (oversight bodies)" },
	{ "agency", cmd_agency,
	    "agency add CODE --name NAME [--parent CODE]\n"
	    "agency list [--format FMT]",
	    "add and list agencies (shown as a tree)" },
	{ "report", cmd_report,
	    "report add NUMBER --title TEXT --issued DATE --agency CODE\n"
	    "           [--issuer CODE] [--type TYPE] [--fy YEAR] [--url URL]\n"
	    "           [--topic TOPIC]... [--summary TEXT]\n"
	    "           [--sensitivity public|redacted|sensitive]\n"
	    "report list [--issuer CODE] [--agency CODE] [--format FMT]\n"
	    "report show NUMBER [--format FMT]",
	    "add, list and show reports" },
	{ "rec", cmd_rec,
	    "rec add REPORT --text TEXT [--number N] [--agency CODE]\n"
	    "        [--official NAME] [--target DATE] [--status STATUS]\n"
	    "        [--concurrence VALUE] [--corrective-action TEXT]\n"
	    "        [--note TEXT] [--evidence REF]\n"
	    "rec set REC FIELD=VALUE... [--date DATE] [--note TEXT]",
	    "add a recommendation; change its fields" },
	{ "show", cmd_show, "show REC [--as-of DATE] [--format FMT]",
	    "one recommendation, its report and its history" },
	{ "list", cmd_list,
	    "list [--issuer CODE] [--agency CODE] [--report NUMBER]\n"
	    "     [--status STATUS]... [--concurrence VALUE]...\n"
	    "     [--topic TOPIC] [--fy YEAR] [--issued-from DATE]\n"
	    "     [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]\n"
	    "     [--format FMT]",
	    "recommendations matching filters" },
	{ "search", cmd_search,
	    "search TEXT... [--limit N] [--issuer CODE] [--agency CODE]\n"
	    "       [--report NUMBER] [--status STATUS]... [--format FMT]",
	    "find words in report titles, summaries and recommendation texts" },
	{ "reconcile", cmd_reconcile,
	    "reconcile --format gao-csv FILE [--output-format table|csv|json|md]",
	    "compare GAO's CSV export with the database; exit 1 on a "
	    "discrepancy" },
	{ "export", cmd_export,
	    "export [--format yaml|json|csv|gao-csv] [--issuer CODE]\n"
	    "       [--agency CODE] [--report NUMBER] [--status STATUS]...\n"
	    "       [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]\n"
	    "       [--issued-from DATE] [--issued-to DATE] [--overdue]\n"
	    "       [--priority] [--as-of DATE] [--output FILE [--force]]",
	    "write the database, or a filtered part, as YAML, JSON or CSV" },
	{ "summary", cmd_summary,
	    "summary [--by agency|issuer|report|fy|topic|status|official]\n"
	    "        [--rollup] [--issuer CODE] [--agency CODE]\n"
	    "        [--report NUMBER] [--status STATUS]...\n"
	    "        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]\n"
	    "        [--issued-from DATE] [--issued-to DATE] [--overdue]\n"
	    "        [--priority] [--as-of DATE] [--format table|csv|json|md]",
	    "the open-item summary, by agency or another key" },
	{ "outstanding", cmd_outstanding,
	    "outstanding [--format md|html|csv|json] [--title TEXT]\n"
	    "            [FILTERS as for list] [--as-of DATE]",
	    "the outstanding-recommendations report: every open one, by "
	    "agency and report" },
	{ "sar", cmd_sar,
	    "sar --period 2025H2|--from DATE --to DATE [--issuer CODE]\n"
	    "    [--agency CODE] [--format table|csv|json|md|html]",
	    "the semiannual report's figures: roll-forward, Tables I and II, "
	    "lists" },
	{ "gao-ig-act", cmd_gao_ig_act,
	    "gao-ig-act [--as-of DATE] [--agency CODE]\n"
	    "           [--format table|csv|json|md|html]",
	    "the GAO-IG Act lists: old open GAO and inspector general "
	    "recommendations" },
	{ "history", cmd_history,
	    "history REC [--as-of DATE] [--format FMT]",
	    "the events of a recommendation, oldest first" },
	{ "status", cmd_status,
	    "status REC... STATUS [--date DATE] [--note TEXT] [--target DATE]\n"
	    "       [--evidence REF] [--disallowed AMOUNT] [--fbu-agreed AMOUNT]",
	    "move recommendations along the lifecycle" },
	{ "concur", cmd_concur,
	    "concur REC... VALUE [--date DATE] [--note TEXT]",
	    "record the agency's concurrence" },
	{ "target", cmd_target,
	    "target REC... DATE [--note REASON] [--date DATE]",
	    "set or change the target date" },
	{ "flag", cmd_flag,
	    "flag REC... +NAME|-NAME... [--date DATE] [--note TEXT]",
	    "set or clear priority, significant, on-hold, closure-requested, "
	    "partially-addressed" },
	{ "note", cmd_note, "note REC... TEXT [--date DATE]",
	    "add a note to the history" },
	{ "check", cmd_check,
	    "check [--quick] [--quiet] [--format table|csv|json]",
	    "verify the database: history, references, values, search "
	    "index" },
	{ "backup", cmd_backup, "backup FILE [--force]",
	    "a verified copy of the database, made safely while others "
	    "write" },
	{ "copy", cmd_copy, "copy FROM TO [--quiet]",
	    "copy a database with its history between SQLite and "
	    "PostgreSQL" },
	{ "help", cmd_help, "help [COMMAND]",
	    "the commands, or one command's usage" },
	{ NULL, NULL, NULL, NULL },
};

const struct cli_cmd *
cli_find(const char *name)
{
	const struct cli_cmd *c;

	for (c = cli_cmds; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

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
 * argument) and the overview on stderr; the exit status 2. */
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
	cli_overview(stderr);
	return 2;
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

/* `help ...` or a command's --help. */
static int
asks_help(int argc, char **argv)
{
	int i;

	if (strcmp(argv[0], "help") == 0)
		return 1;
	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "config", required_argument, NULL, 'c' },
		{ "actor", required_argument, NULL, 'a' },
		{ "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli cli;
	struct rt_error *err;
	const char *db = NULL, *config = NULL, *actor = NULL, *s;
	char *config_path = NULL;
	int ch, status;

#ifdef __GLIBC__
	/*
	 * SQLite's b-tree balancing takes and frees blocks of 64 KiB at the
	 * top of the heap; by default glibc hands each back to the kernel
	 * and faults it in again, which made a large import six times
	 * slower.  Keep up to 64 MiB of free heap instead.
	 */
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
	memset(&cli, 0, sizeof(cli));
	rt_config_defaults(&cli.cfg);
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if ((status = global_value("db", &db, optarg)) != 0)
				return status;
			break;
		case 'c':
			if ((status = global_value("config", &config,
			    optarg)) != 0)
				return status;
			break;
		case 'a':
			if ((status = global_value("actor", &actor,
			    optarg)) != 0)
				return status;
			break;
		case 'V':
			printf("rectrack %s\n", RT_VERSION);
			return 0;
		case 'h':
			cli_overview(stdout);
			return 0;
		case ':':
			return usage_error("%s needs a value", argv[optind - 1]);
		default:
			/* a single-dash word ("-title") is named whole */
			if (optopt != 0 &&
			    (s = cli_short_word(argc, argv, optopt)) != NULL)
				return usage_error("unknown option %s", s);
			return usage_error("unknown option %s",
			    argv[optind - 1]);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		fputs("rectrack: no command given\n", stderr);
		cli_overview(stderr);
		return 2;
	}
	if ((cli.cmd = cli_find(argv[0])) == NULL) {
		return usage_error("%s: unknown command", argv[0]);
	}
	if ((s = getenv("RECTRACK_NOW")) != NULL && *s &&
	    rt_clock_fix(s) == -1) {
		fprintf(stderr, "rectrack: RECTRACK_NOW: \"%s\" is not an "
		    "instant (YYYY-MM-DDTHH:MM:SSZ)\n", s);
		return 1;
	}
	/* help needs no configuration: a broken one must not hide it */
	if (!asks_help(argc, argv) &&
	    ((err = rt_config_find(config, &config_path)) != NULL ||
	    (config_path && (err = rt_config_load(&cli.cfg, config_path))))) {
		free(config_path);
		rt_config_free(&cli.cfg);
		return cli_fail(err);
	}
	free(config_path);
	if (db == NULL && (s = getenv("RECTRACK_DB")) != NULL && *s)
		db = s;
	if (db == NULL)
		db = cli.cfg.database ? cli.cfg.database : "rectrack.db";
	cli.db_path = db;
	if (actor != NULL && rt_store_is_server(db)) {
		fputs("rectrack: --actor: on a PostgreSQL database changes are "
		    "recorded under the database user; connect as the person "
		    "instead (user@ in the URI, or PGUSER)\n", stderr);
		rt_config_free(&cli.cfg);
		return 2;
	}
	/* the history needs a name: an empty one is a mistake, not a
	 * constraint of the database (an empty RECTRACK_ACTOR is unset) */
	if (actor != NULL && rt_blank(actor)) {
		fputs("rectrack: --actor needs a name (who records the "
		    "changes)\n", stderr);
		rt_config_free(&cli.cfg);
		return 2;
	}
	if ((s = getenv("RECTRACK_ACTOR")) != NULL && *s && rt_blank(s)) {
		fputs("rectrack: RECTRACK_ACTOR is blank: set it to a name "
		    "(who records the changes) or unset it\n", stderr);
		rt_config_free(&cli.cfg);
		return 2;
	}
	cli.actor = find_actor(actor, &cli.cfg);
	optind = 0;
	status = cli.cmd->run(&cli, argc, argv);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fputs("rectrack: cannot write the output\n", stderr);
		status = 1;
	}
	rt_config_free(&cli.cfg);
	return status;
}
