/* rectrack list — recommendations matching filters. */
#include "rectrack.h"
#include "cli.h"

#include <getopt.h>

struct listing {
	struct out_recs out;
	struct rt_store *st;
	unsigned statuses;	/* applied after rebuilding the state */
	struct rt_error *err;
};

/* Each recommendation as it stood at the end of the as-of day. */
static int
rec_as_of(const struct rt_rec *cur, void *arg)
{
	struct listing *l = arg;
	struct rt_rec then;
	int exists;

	if ((l->err = rt_rec_as_of(l->st, cur, l->out.as_of, &then,
	    &exists)) != NULL)
		return 1;
	if (exists && (l->statuses == 0 ||
	    (l->statuses & (1u << then.status))))
		out_rec_row(l->out.o, &then, l->out.as_of);
	rt_rec_free(&then);
	return 0;
}

int
cmd_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "issuer", required_argument, NULL, 'I' },
		{ "agency", required_argument, NULL, 'a' },
		{ "report", required_argument, NULL, 'r' },
		{ "status", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "as-of", required_argument, NULL, 'A' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct listing l;
	struct rt_filter f;
	const char *as_of_arg = NULL;
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st;
	struct rt_error *err;
	char as_of[RT_DATE_SIZE];
	int ch, status;

	memset(&f, 0, sizeof(f));
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'I': f.issuer = optarg; break;
		case 'a': f.agency = optarg; break;
		case 'r': f.report = optarg; break;
		case 's':
			if ((err = cli_status_mask(optarg, &f.statuses)))
				return cli_fail(err);
			break;
		case 'f':
			if ((status = cli_format(c, optarg, &fmt)))
				return status;
			break;
		case 'A':
			as_of_arg = optarg;
			break;
		}
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((status = cli_as_of(as_of_arg, as_of)))
		return status;
	if ((err = cli_open(c, 0, &st)) != NULL)
		return cli_fail(err);
	memset(&l, 0, sizeof(l));
	l.out.as_of = as_of;
	l.st = st;
	if ((err = cli_check_filter(st, &f)) == NULL &&
	    (l.out.o = out_new(stdout, fmt, out_rec_cols, out_rec_ncols))) {
		if (as_of_arg == NULL)
			err = rt_store_rec_list(st, &f, out_rec_cb, &l.out);
		else {
			/* the status filter applies to the rebuilt state */
			l.statuses = f.statuses;
			f.statuses = 0;
			if ((err = rt_store_rec_list(st, &f, rec_as_of,
			    &l)) == NULL)
				err = l.err;
		}
	}
	if (err == NULL || l.out.o != NULL)
		err = cli_out_end(l.out.o, err);
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}
