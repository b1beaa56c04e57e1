/* rectrack check — verify the database's invariants, report each
 * violation. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/chain.h"
#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/chain.h"
#include "core/check.h"
#include "store/store.h"

static const struct out_col problem_cols[] = {
	{ "check", "CHECK", 0 },
	{ "subject", "SUBJECT", 0 },
	{ "problem", "PROBLEM", 0 },
};

static const struct out_col summary_cols[] = {
	{ "ok", "OK", OUT_BOOL },
	{ "reports", "REPORTS", OUT_NUMBER },
	{ "recommendations", "RECOMMENDATIONS", OUT_NUMBER },
	{ "events", "EVENTS", OUT_NUMBER },
	{ "problem_count", "PROBLEMS", OUT_NUMBER },
	{ "search_words_compared", "WORDS", OUT_BOOL },
	/* with --seal only */
	{ "seal", "SEAL", 0 },
	{ "seal_holds", "HOLDS", OUT_BOOL },
	{ "seal_events", "SEAL EVENTS", OUT_NUMBER },
	{ "seal_last_recorded", "LAST RECORDED", 0 },
};
#define NSEAL_COLS 4

struct report {
	enum out_format fmt;
	struct out *o;		/* csv: stdout; json: the problems, in tmp */
	FILE *tmp;		/* json: problems wait here for the counts */
};

static int
report_problem(const struct rt_problem *p, void *arg)
{
	struct report *r = arg;

	if (r->fmt == OUT_TABLE) {
		/* one line each: SUBJECT: PROBLEM */
		out_text(stdout, p->subject);
		fputs(": ", stdout);
		out_text(stdout, p->message);
		putchar('\n');
		return ferror(stdout) != 0;
	}
	out_str(r->o, p->check);
	out_str(r->o, p->subject);
	out_str(r->o, p->message);
	out_row(r->o);
	return 0;
}

/* json: the summary object, then the problems written to r->tmp. */
static struct rt_error *
json_end(struct report *r, const struct rt_check_stats *s, const char *seal)
{
	struct out *o;
	char buf[8192];
	size_t n, held = 0;

	if (out_end(r->o) == -1 || fflush(r->tmp) != 0)
		return rt_error_new(RT_EIO, "cannot write the output");
	r->o = NULL;
	if ((o = out_object(stdout, summary_cols, sizeof(summary_cols) /
	    sizeof(summary_cols[0]) - (*seal ? 0 : NSEAL_COLS))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	out_bool(o, s->problems == 0);
	out_int(o, s->reports);
	out_int(o, s->recs);
	out_int(o, s->events);
	out_int(o, s->problems);
	out_bool(o, s->words);
	if (*seal) {
		out_str(o, seal);
		out_bool(o, s->sealed);
		if (s->sealed) {
			out_int(o, s->seal_events);
			out_str(o, s->seal_at);
		} else {
			out_str(o, NULL);
			out_str(o, NULL);
		}
	}
	out_row(o);
	fputs(",\"problems\":", stdout);
	rewind(r->tmp);
	/* the array without its final line end, which out_end() puts after
	 * the object */
	while ((n = fread(buf + held, 1, sizeof(buf) - held, r->tmp)) > 0) {
		n += held;
		held = buf[n - 1] == '\n';
		fwrite(buf, 1, n - held, stdout);
	}
	return cli_out_end(o, ferror(r->tmp) ? rt_error_new(RT_EIO,
	    "cannot read the problems back") : NULL);
}

int
cmd_check(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "quick", no_argument, NULL, 'k' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		{ "seal", required_argument, NULL, 's' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_check_stats s;
	struct rt_store *st = NULL;
	struct rt_error *err;
	struct report r;
	char seal[RT_HASH_SIZE] = "";
	int ch, status, quick = 0, quiet = 0;

	memset(&r, 0, sizeof(r));
	r.fmt = OUT_TABLE;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'k': quick = 1; break;
		case 'q': quiet = 1; break;
		case 's':
			if (rt_chain_seal_parse(optarg, seal) == -1)
				return cli_usage_error(c, "--seal %s is not a "
				    "seal (the 64 hex digits rectrack seal "
				    "prints)", optarg);
			break;
		case 'f':
			if ((status = cli_format_in(c, optarg,
			    CLI_FMT_OBJECT, &r.fmt)))
				return status;
			break;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((status = cli_bom(c, r.fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if (r.fmt == OUT_JSON && (r.tmp = tmpfile()) == NULL)
		err = rt_error_new(RT_EIO, "cannot make a temporary file: %s",
		    strerror(errno));
	else if (r.fmt != OUT_TABLE && (r.o = out_new(r.fmt == OUT_JSON ?
	    r.tmp : stdout, OUT_JSON == r.fmt ? OUT_JSON : OUT_CSV,
	    problem_cols, sizeof(problem_cols) / sizeof(problem_cols[0]))) ==
	    NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else
		err = rt_check_seal(st, quick, seal[0] ? seal : NULL,
		    report_problem, &r, &s);
	rt_store_close(st);
	if (err == NULL && r.fmt == OUT_JSON)
		err = json_end(&r, &s, seal);
	else if (r.o != NULL)
		err = cli_out_end(r.o, err);
	if (r.tmp)
		fclose(r.tmp);
	if (err)
		return cli_fail(err);
	if (r.fmt == OUT_TABLE && !quiet) {
		if (s.sealed)
			printf("the history up to seal %s (%lld %s, the last "
			    "recorded %s) is unchanged\n", seal,
			    (long long)s.seal_events, out_noun(s.seal_events,
			    "event", "events"), s.seal_at);
		if (s.problems == 0)
			fputs("ok", stdout);
		else
			printf("%ld problem%s", s.problems, s.problems == 1 ?
			    "" : "s");
		printf(": %lld %s, %lld %s, %lld %s checked",
		    (long long)s.reports, out_noun(s.reports, "report",
		    "reports"), (long long)s.recs, out_noun(s.recs,
		    "recommendation", "recommendations"), (long long)s.events,
		    out_noun(s.events, "event", "events"));
		if (s.evidence > 0)
			printf(", %lld evidence %s re-hashed",
			    (long long)s.evidence, out_noun(s.evidence, "file",
			    "files"));
		if (!quick && !s.words)
			fputs(" (the search index's words were not compared "
			    "with the texts)", stdout);
		putchar('\n');
	}
	if (s.problems == 0)
		return 0;
	fputs("rectrack: ", stderr);
	out_text(stderr, c->db_path);	/* controls escaped */
	fprintf(stderr, ": %ld problem%s found\n", s.problems,
	    s.problems == 1 ? "" : "s");
	return 1;
}
