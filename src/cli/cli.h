/*
 * rectrack — the front end: what main() hands every command, and the
 * helpers commands share for options, errors and opening the store.
 */
#ifndef RT_CLI_H
#define RT_CLI_H

#define RT_VERSION "0.1.0"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/date.h"
#include "base/util.h"
#include "cli/out.h"
#include "core/config.h"
#include "core/queue.h"
#include "store/store.h"

struct cli_db;
struct out;
struct rt_actor;
struct rt_error;
struct rt_rec;
struct rt_request;
struct rt_store;

struct cli {
	const char *db_path;		/* resolved database path */
	struct cli_db *db;		/* where it came from (finddb.h) */
	int verbose;			/* --verbose: say which database */
	const char *actor;		/* resolved actor; on a PostgreSQL
					   server the database user, once
					   cli_open() has connected */
	char server_actor[128];		/* that user's name */
	struct rt_config cfg;
	const struct cli_cmd *cmd;	/* the command running */
	char cmdline[512];		/* the command as typed, for its
					   change set (cli_command_line) */
	int64_t recorded;		/* the change set cli_write's
					   transaction recorded; 0: none */
	int dry_run;			/* --dry-run (CLI_DRY_RUN_OPTION): 1,
					   2 once cli_open opened the store so */
	struct rt_buf would;		/* the events a dry run would record,
					   one line each */
	int would_lost;			/* some did not fit in memory */
	int bom;			/* CLI_BOM, CLI_NO_BOM (the last
					   given), 0: neither (cli_bom) */
};

/* The groups `rectrack help` lists the commands in. */
enum cli_group {
	CLI_G_RECORDING, CLI_G_LIFECYCLE, CLI_G_REPORTS, CLI_G_DATA,
	CLI_G_ADMIN, CLI_G_HIDDEN
};
/* cli_cmd.flags: the command's output goes through the pager on a
 * terminal. */
enum { CLI_PAGED = 1 << 0 };

struct cli_cmd {
	const char *name;
	int (*run)(struct cli *, int argc, char **argv);
	const char *usage;	/* synopsis lines, "usage: " is added */
	const char *help;	/* one line for `rectrack help` */
	enum cli_group group;
	unsigned flags;		/* CLI_PAGED */
};

/* Print "rectrack: MSG" for err, free it, return the exit status (1, or
 * 2 for RT_EUSAGE). */
int cli_fail(struct rt_error *err);
/* Print "rectrack: MSG" and the command's usage to stderr; return 2. */
int cli_usage_error(const struct cli *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The word of argv an unknown short option c came from, after getopt
 * returned '?' for it: getopt has moved past it when c was its last
 * letter, else it is still at it.  NULL when there is none. */
const char *cli_short_word(int argc, char **argv, int c);
/*
 * An empty operand names nothing ("status '' open-resolved"): when one of
 * argv[first..argc-1] is empty, print a usage error naming it as the
 * command's usage does ("REC is empty") and return 2; else 0.
 * cli_getopt does this after the last option.
 */
int cli_empty_operand(const struct cli *, int argc, char **argv, int first);
/* Print the command's synopsis to fp. */
void cli_synopsis(const struct cli_cmd *, FILE *fp);
/* Print the command's usage to fp: the synopsis and where to read
 * more (a usage error's; --help prints cli_help_command). */
void cli_usage(const struct cli_cmd *, FILE *fp);
/* Keep the command as typed (argv[0] is its name) in c->cmdline: words
 * with blanks or quotes quoted, cut with "…" past the room. */
void cli_command_line(struct cli *c, int argc, char **argv);
/* Open the database: RT_STORE_CREATE in flags for init,
 * RT_STORE_READONLY for the commands that only read.  A database file
 * that is not there is refused with what named it or where it was
 * looked for (cli_db_missing); with --verbose, says first which database
 * is used and why (cli_db_say). */
struct rt_error *cli_open(struct cli *, int flags, struct rt_store **);

/*
 * The command's next option (getopt_long, arguments permuted so options
 * may follow operands).  opts ends with a zeroed entry and should hold
 * CLI_HELP_OPTION.  Returns the option's val, -1 after the last one, or
 * CLI_STOP with *status set: 0 after printing the usage for --help, 2
 * after printing what is wrong with an unknown option or a missing
 * argument.  Call with optind = 0 before the first option (done by
 * main).
 *
 * --dry-run: a write command puts CLI_DRY_RUN_OPTION in opts (and
 * "[--dry-run]" in its usage) and nothing else: cli_getopt takes the
 * option itself (it never returns CLI_DRY_RUN) and sets c->dry_run;
 * cli_open then makes the store commit nothing (rt_store_set_dry_run)
 * and keeps the events each commit would have recorded in c->would;
 * main, after the command succeeded, prints them ("would record: ...")
 * and "dry run: nothing was written" (cli_dry_run_end).  The command
 * prints its outcome lines as after a real run.
 */
#define CLI_HELP_OPTION { "help", no_argument, NULL, 'h' }
#define CLI_DRY_RUN 0x1000
#define CLI_DRY_RUN_OPTION { "dry-run", no_argument, NULL, CLI_DRY_RUN }
#define CLI_STOP (-2)
struct option;
int cli_getopt(struct cli *, int argc, char **argv,
    const struct option *opts, int *status);
/*
 * --wide, --color[=WHEN] and --no-pager (cli/term.h): global options,
 * taken before the command (main) and after it by cli_getopt, which
 * adds them to every command's options and never returns them.
 * cli_term_option takes one (arg: --color's WHEN, or NULL); -1 for a
 * WHEN that is not always, never or auto.
 */
#define CLI_WIDE 0x1005
#define CLI_COLOR 0x1006
#define CLI_NO_PAGER 0x1007
#define CLI_TERM_OPTIONS \
	{ "wide", no_argument, NULL, CLI_WIDE }, \
	{ "color", optional_argument, NULL, CLI_COLOR }, \
	{ "no-pager", no_argument, NULL, CLI_NO_PAGER }
int cli_term_option(int ch, const char *arg);
/* After a command of a dry run that exited with status: when it
 * succeeded, print the events it would have recorded and that nothing
 * was written, on stdout; then free them. */
void cli_dry_run_end(struct cli *, int status);

/*
 * --bom and --no-bom, on the commands that write CSV: a command puts
 * CLI_BOM_OPTIONS in opts and, once its format is known, calls cli_bom;
 * cli_getopt takes the options itself (it never returns CLI_BOM or
 * CLI_NO_BOM) and keeps the last one in c->bom.
 */
#define CLI_BOM 0x1001
#define CLI_NO_BOM 0x1002
#define CLI_BOM_OPTIONS \
	{ "bom", no_argument, NULL, CLI_BOM }, \
	{ "no-bom", no_argument, NULL, CLI_NO_BOM }
/* --output FILE and --force, for the commands whose own letters are
 * taken (cli_output_check, cli_dest_open). */
#define CLI_OUTPUT 0x1003
#define CLI_FORCE 0x1004
#define CLI_OUTPUT_OPTIONS \
	{ "output", required_argument, NULL, CLI_OUTPUT }, \
	{ "force", no_argument, NULL, CLI_FORCE }
/* After the options, csv telling whether the command writes CSV: with
 * --bom or --no-bom and another format, print a usage error and return
 * its status; else 0, and the CSV starts with a UTF-8 byte-order mark
 * when --bom was given, or neither was and the configuration's csv.bom
 * is true (out_bom). */
int cli_bom(struct cli *, int csv);

/*
 * --format.  The formats a command offers are a mask of CLI_FMT(f): a
 * listing offers CLI_FMT_LISTING (table, csv, json, md), plus xlsx
 * where it has --output; a report of several tables (sar, gao-ig-act,
 * closure-log) CLI_FMT_DOC (and html); one object (show, report show,
 * official show, check) CLI_FMT_OBJECT.  docs/cli-conventions.md keeps
 * the table of commands and formats.
 */
#define CLI_FMT(f) (1u << (f))
#define CLI_FMT_OBJECT (CLI_FMT(OUT_TABLE) | CLI_FMT(OUT_CSV) | \
	CLI_FMT(OUT_JSON))
#define CLI_FMT_LISTING (CLI_FMT_OBJECT | CLI_FMT(OUT_MD))
#define CLI_FMT_DOC (CLI_FMT_LISTING | CLI_FMT(OUT_HTML))
/* arg one of formats into *f: 0, else the usage status after printing
 * '--format: unknown format "ARG" (expected table, csv, json or md)',
 * the formats named those of the mask, the same words everywhere. */
int cli_format_in(const struct cli *, const char *arg, unsigned formats,
    enum out_format *f);
/* A listing's --format: cli_format_in with CLI_FMT_LISTING. */
int cli_format(const struct cli *, const char *arg, enum out_format *f);
/* A listing that also writes workbooks: CLI_FMT_LISTING and xlsx. */
int cli_format_xlsx(const struct cli *, const char *arg,
    enum out_format *f);
/* The reports made of several tables (sar, gao-ig-act, closure-log):
 * CLI_FMT_DOC, and xlsx when xlsx is set. */
int cli_doc_format(const struct cli *, const char *arg, enum out_format *f,
    int xlsx);

/*
 * Destinations: --output FILE, written to FILE.tmp and renamed to FILE
 * once whole (a failure leaves nothing behind); standard output without
 * it.  A workbook (OUT_XLSX) is always written to a file: with
 * --output - to a temporary one, then copied to standard output.
 */
struct rt_xlsx;
struct cli_dest {
	enum out_format format;
	const char *path;	/* the file; NULL: standard output */
	char *tmp;		/* the file written until it is whole */
	int copy;		/* tmp goes to standard output (--output -) */
	FILE *fp;		/* the text formats */
	struct rt_xlsx *book;	/* OUT_XLSX */
};
/*
 * After the options: --force without --output, an empty --output,
 * --format xlsx without --output (or with --output - to a terminal) are
 * usage errors, printed, their status returned; else 0.
 */
int cli_output_check(const struct cli *, const char *output, int force,
    enum out_format fmt);
/*
 * Open the destination: output NULL (or "-" for a text format) is
 * standard output; a file must be one the command may create
 * (rt_backup_dest_ready: not the database, a folder that exists, no file
 * there unless force).  fmt is the format written (OUT_TABLE for any
 * text that is not CSV); a workbook gets title, the actor as its author
 * and the clock's now as its time of creation.
 */
struct rt_error *cli_dest_open(const struct cli *, struct cli_dest *,
    const char *output, int force, enum out_format fmt, const char *title);
/* Finish the destination: with err NULL, the file is completed and put
 * in place (or copied out); else removed.  Returns err or an error of
 * its own. */
struct rt_error *cli_dest_close(struct cli_dest *, struct rt_error *err);
/* The writer of rows to d: a sheet named sheet of a workbook, else
 * out_new.  NULL when out of memory. */
struct out *cli_dest_rows(struct cli_dest *d, const char *sheet,
    const struct out_col *cols, size_t ncols);
/* Begin a document of several tables written to d (out_doc_begin, or a
 * workbook's out_doc_book). */
void cli_dest_doc(struct cli_dest *d, struct out_doc *doc,
    const char *title, const char *subtitle);

/*
 * Open the store and run fn inside one write transaction: committed when
 * fn returns NULL, rolled back otherwise; c->recorded then holds the
 * change set it recorded (0: none).  Returns fn's error or the store's.
 */
struct rt_error *cli_write(struct cli *,
    struct rt_error *(*fn)(struct rt_store *, void *), void *arg);

/* Subcommands ("issuer add"): run the one named by argv[1]. */
struct cli_sub {
	const char *name;
	int (*run)(struct cli *, int argc, char **argv);
};
int cli_dispatch(struct cli *, int argc, char **argv,
    const struct cli_sub *subs);

/* Finish the output o (may be NULL when out_new failed) and return err,
 * or an error of its own when o could not be written. */
struct rt_error *cli_out_end(struct out *o, struct rt_error *err);
/*
 * The same for a listing: when it was written whole with no row, say so
 * on stderr with none, the listing's noun ("no recommendations match",
 * "no change sets"): "rectrack: COMMAND: none".  The output itself stays
 * what the format writes for no row (nothing, a CSV header, []); the
 * exit status 0.
 */
struct rt_error *cli_listing_end(const struct cli *, struct out *o,
    struct rt_error *err, const char *none);
/* "rectrack: COMMAND: none" on stderr (cli_listing_end). */
void cli_none(const struct cli *, const char *none);
/*
 * The confirmation of a command that wrote --output FILE (not standard
 * output): "rectrack: wrote WHAT to FILE" on stderr, what being the
 * records written ("12 recommendations (3 reports)").  Nothing for path
 * NULL or "-".  The commands with --quiet leave it out.
 */
void cli_wrote(const char *path, const char *what);

/*
 * After the options: exactly one operand is left (0), else print what is
 * wrong and return the usage status: "WHAT needs a NAME[HINT]" when there
 * is none, "WHAT takes one NAME" when there are more.
 */
int cli_one_operand(const struct cli *, int argc, const char *what,
    const char *name, const char *hint);
/*
 * The options of a listing that takes --format and no operand (agency
 * list, issuer list): -1 when the command goes on, else the exit status
 * to return (0 after --help).
 */
int cli_format_only(struct cli *, int argc, char **argv,
    enum out_format *fmt);
/*
 * The options and operand of a command about one recommendation (show,
 * history): --format (one of formats: CLI_FMT), --as-of (cli_as_of, into as_of), then one REC.
 * -1 when the command goes on (the REC is argv[optind]), else the exit
 * status to return.
 */
int cli_rec_options(struct cli *, int argc, char **argv, unsigned formats,
    enum out_format *fmt, char as_of[RT_DATE_SIZE]);
/* The events of rec that had taken effect by the end of day as_of, as
 * rows of o (NULL: out of memory), then o ended (cli_out_end). */
struct rt_error *cli_events(struct rt_store *, const struct rt_rec *rec,
    const char *as_of, struct out *o);

/* The options of the lifecycle verbs, as a mask for cli_verb_options. */
enum {
	CLI_OPT_DATE = 1 << 0,		/* --date DATE: effective date */
	CLI_OPT_NOTE = 1 << 1,		/* --note TEXT: reason */
	CLI_OPT_TARGET = 1 << 2,	/* --target DATE */
	CLI_OPT_EVIDENCE = 1 << 3,	/* --evidence REF */
	CLI_OPT_DISALLOWED = 1 << 4,	/* --disallowed AMOUNT */
	CLI_OPT_FBU_AGREED = 1 << 5,	/* --fbu-agreed AMOUNT */
};

/*
 * Read the options of a lifecycle verb (those in `accepts`) into who and
 * req.  Returns -1 when the command goes on (its operands start at
 * optind), else the exit status to return (0 after --help).
 */
int cli_verb_options(struct cli *, int argc, char **argv, unsigned accepts,
    struct rt_actor *who, struct rt_request *req);

/*
 * The one recommendation a read command (show, history) names: REPORT#*
 * is refused.  Caller frees *report and *number.
 */
struct rt_error *cli_one_rec(const struct cli *, const char *arg,
    char **report, char **number);

/*
 * Apply a lifecycle request to the recommendations named in ids (see
 * rt_apply) and print one line per recommendation.  Returns the exit
 * status.
 */
int cli_apply(struct cli *, char *const *ids, size_t nids,
    const struct rt_request *req, const struct rt_actor *who);
/* The last line of a command that recorded something: "recorded as
 * change N" (nothing when change is 0: nothing was recorded). */
void cli_recorded(int64_t change);

/*
 * --as-of DATE: a valid date not after today, into out; 0, or the exit
 * status after printing what is wrong.  arg NULL gives today.
 */
int cli_as_of(const char *arg, char out[RT_DATE_SIZE]);
/*
 * --as-known: read the register as it was known at the end of day DATE
 * or at INSTANT: events recorded after it (late back-dated entries and
 * voids alike) are left out, and the as-of date defaults to that day.
 * Kept until cli_open hands it to the store.  0, or the exit status
 * after printing what is wrong (not a date or instant, after today).
 */
int cli_as_known(const char *arg);
/* The horizon --as-known set, or NULL. */
const char *cli_horizon(void);

/* A filter naming an issuer, agency, report or topic that does not exist
 * is a mistake, not an empty list: the RT_ENOTFOUND error, else NULL. */
struct rt_error *cli_check_filter(struct rt_store *, const struct rt_filter *);

/*
 * The filters (rectrack(1)) that list, export, summary and outstanding
 * share.  A command puts CLI_FILTER_OPTIONS in its option table, hands
 * every option it reads to cli_filter_option, and calls cli_filter_done
 * after the last one; then cli_check_filter with the store.
 */
#define CLI_MAX_OFFICIALS 64	/* --official given at most this often */

struct cli_filter {
	struct rt_filter f;		/* what to select */
	const char *as_of_arg;		/* --as-of as given; NULL: none */
	char as_of[RT_DATE_SIZE];	/* the day considered (today) */
	int overdue;			/* --overdue */
	unsigned given;			/* single-valued options seen */
	const char *official[CLI_MAX_OFFICIALS];	/* --official */
	size_t nofficial;
	int fy[RT_FILTER_MAX_FYS];	/* --fy, each year once, as f.fys */
	size_t nfy;
	int include_staff;		/* --include-staff */
	char **staff;			/* the codes --include-staff gives
					   (cli_filter_ready), as f.officials */
	size_t nstaff;
	long due_within;		/* --due-within DAYS; 0: none */
	long unresolved_over;		/* --unresolved-over DAYS; 0: none */
	char due_to[RT_DATE_SIZE];	/* as_of + due_within */
	char unresolved_before[RT_DATE_SIZE];	/* as_of - unresolved_over */
	struct rt_sort sort;		/* --sort; sort.n 0: none */
};

/* The option values (above any character an option table uses). */
enum {
	CLI_F_ISSUER = 0x100, CLI_F_AGENCY, CLI_F_REPORT, CLI_F_STATUS,
	CLI_F_CONCURRENCE, CLI_F_TOPIC, CLI_F_FY, CLI_F_ISSUED_FROM,
	CLI_F_ISSUED_TO, CLI_F_OVERDUE, CLI_F_PRIORITY, CLI_F_AS_OF,
	CLI_F_AS_KNOWN, CLI_F_OFFICIAL, CLI_F_DUE_WITHIN,
	CLI_F_UNRESOLVED_OVER, CLI_F_NO_TARGET, CLI_F_SORT,
	CLI_F_INCLUDE_STAFF, CLI_F_EXTENDED_MORE_THAN
};

/* --extended-more-than N: list's filter on the count of extensions
 * (core/extensions.h). */
#define CLI_EXTENDED_OPTION \
	{ "extended-more-than", required_argument, NULL, \
	  CLI_F_EXTENDED_MORE_THAN }

/* --as-known DATE|INSTANT, which every read command that takes --as-of
 * takes too (cli_as_known). */
#define CLI_AS_KNOWN_OPTION \
	{ "as-known", required_argument, NULL, CLI_F_AS_KNOWN }

#define CLI_FILTER_OPTIONS \
	{ "issuer", required_argument, NULL, CLI_F_ISSUER }, \
	{ "agency", required_argument, NULL, CLI_F_AGENCY }, \
	{ "report", required_argument, NULL, CLI_F_REPORT }, \
	{ "status", required_argument, NULL, CLI_F_STATUS }, \
	{ "concurrence", required_argument, NULL, CLI_F_CONCURRENCE }, \
	{ "topic", required_argument, NULL, CLI_F_TOPIC }, \
	{ "fy", required_argument, NULL, CLI_F_FY }, \
	{ "issued-from", required_argument, NULL, CLI_F_ISSUED_FROM }, \
	{ "issued-to", required_argument, NULL, CLI_F_ISSUED_TO }, \
	{ "overdue", no_argument, NULL, CLI_F_OVERDUE }, \
	{ "priority", no_argument, NULL, CLI_F_PRIORITY }, \
	{ "as-of", required_argument, NULL, CLI_F_AS_OF }, \
	{ "official", required_argument, NULL, CLI_F_OFFICIAL }, \
	{ "include-staff", no_argument, NULL, CLI_F_INCLUDE_STAFF }, \
	{ "due-within", required_argument, NULL, CLI_F_DUE_WITHIN }, \
	{ "unresolved-over", required_argument, NULL, CLI_F_UNRESOLVED_OVER }, \
	{ "no-target", no_argument, NULL, CLI_F_NO_TARGET }, \
	{ "sort", required_argument, NULL, CLI_F_SORT }, \
	CLI_AS_KNOWN_OPTION

void cli_filter_init(struct cli_filter *);
/*
 * With the store open: each --official names a recorded official
 * (RT_ENOTFOUND with the nearest codes), --include-staff adds everyone
 * reporting to them (directly or not), then cli_check_filter.  Free
 * with cli_filter_free.
 */
struct rt_error *cli_filter_ready(struct rt_store *, struct cli_filter *);
void cli_filter_free(struct cli_filter *);
/*
 * Take option ch with its argument arg: -1 when ch is not a filter
 * option, 0 when taken, else the exit status after printing what is
 * wrong (1 for a value that is not a status, concurrence, fiscal year,
 * date or number of days; 2 for a single-valued filter given twice or
 * an unknown --sort field).  --status, --concurrence, --official and
 * --fy may be given again: a recommendation matches any of the values.  --sort is only kept in fl->sort: the
 * command orders its rows (rt_sort_recs) or refuses it.
 */
int cli_filter_option(const struct cli *, struct cli_filter *, int ch,
    const char *arg);
/*
 * After the options: the as-of date (cli_as_of: today by default), the
 * order of the issue date range; --overdue becomes overdue as of the
 * as-of date, --due-within and --unresolved-over the dates they count
 * from it.  0, or the exit status after printing what is wrong.
 */
int cli_filter_done(const struct cli *, struct cli_filter *);

/* A number of days, 1 to 3650, of option opt (--due-within DAYS) into
 * *out: 0, or the exit status after printing what is wrong. */
int cli_days(const char *opt, const char *arg, long *out);

/* The recommendations fl selects (rt_select, as of fl->as_of) handed to
 * cb in the order of fl->sort; NULL or the store's error. */
struct rt_error *cli_sorted_recs(struct rt_store *,
    const struct cli_filter *fl, int (*cb)(const struct rt_rec *, void *),
    void *arg);

/* --status: add the statuses s names (a status, "open" or "closed") to
 * *mask (bits 1 << enum rt_status); an RT_EINVAL error naming the
 * allowed values when s is none of them. */
struct rt_error *cli_status_mask(const char *s, unsigned *mask);

/* Commands, one per file; the table of them is in commands.c. */
int cmd_init(struct cli *, int, char **);
int cmd_import(struct cli *, int, char **);
int cmd_issuer(struct cli *, int, char **);
int cmd_agency(struct cli *, int, char **);
int cmd_official(struct cli *, int, char **);
int cmd_report(struct cli *, int, char **);
int cmd_rec(struct cli *, int, char **);
int cmd_show(struct cli *, int, char **);
int cmd_list(struct cli *, int, char **);
int cmd_export(struct cli *, int, char **);
int cmd_calendar(struct cli *, int, char **);
int cmd_history(struct cli *, int, char **);
int cmd_status(struct cli *, int, char **);
int cmd_concur(struct cli *, int, char **);
int cmd_target(struct cli *, int, char **);
int cmd_flag(struct cli *, int, char **);
int cmd_note(struct cli *, int, char **);
int cmd_help(struct cli *, int, char **);
int cmd_summary(struct cli *, int, char **);
int cmd_search(struct cli *, int, char **);
int cmd_outstanding(struct cli *, int, char **);
int cmd_due(struct cli *, int, char **);
int cmd_digest(struct cli *, int, char **);
int cmd_sar(struct cli *, int, char **);
int cmd_closure_log(struct cli *, int, char **);
int cmd_gao_ig_act(struct cli *, int, char **);
int cmd_check(struct cli *, int, char **);
int cmd_seal(struct cli *, int, char **);
int cmd_backup(struct cli *, int, char **);
int cmd_copy(struct cli *, int, char **);
int cmd_reconcile(struct cli *, int, char **);
int cmd_changes(struct cli *, int, char **);
int cmd_void(struct cli *, int, char **);
int cmd_undo(struct cli *, int, char **);
int cmd_request_closure(struct cli *, int, char **);
int cmd_request_extension(struct cli *, int, char **);
int cmd_approve(struct cli *, int, char **);
int cmd_return(struct cli *, int, char **);
int cmd_pending(struct cli *, int, char **);
int cmd_evidence(struct cli *, int, char **);
int cmd_completion(struct cli *, int, char **);
int cmd_complete(struct cli *, int, char **);

#endif
