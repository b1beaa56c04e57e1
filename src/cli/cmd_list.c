/* rectrack list — recommendations matching filters. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/error.h"
#include "base/suggest.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/select.h"
#include "store/store.h"

#define MAX_COLUMNS 64

/* The columns of a table when --columns is not given (the other formats
 * have them all). */
static const char default_columns[] =
    "id,status,target_date,overdue,text";

/* The columns shown: their keys into pick, the columns themselves into
 * cols. */
struct columns {
	size_t pick[MAX_COLUMNS];
	struct out_col cols[MAX_COLUMNS];
	size_t n;
};

/* "unknown column" with the nearest keys and the valid ones. */
static int
unknown_column(const struct cli *c, const char *key)
{
	struct rt_suggest sg;
	struct rt_buf b = { 0 };
	size_t i;
	int status;

	rt_suggest_init(&sg, key);
	for (i = 0; i < out_rec_ncols; i++)
		rt_suggest_add(&sg, out_rec_cols[i].key);
	rt_suggest_append(&sg, &b);
	rt_suggest_free(&sg);
	rt_buf_puts(&b, " (expected");
	for (i = 0; i < out_rec_ncols; i++)
		rt_buf_printf(&b, "%s %s", i ? "," : "", out_rec_cols[i].key);
	rt_buf_puts(&b, ")");
	status = cli_usage_error(c, "--columns: unknown column \"%s\"%s",
	    key, b.s ? b.s : "");
	rt_buf_free(&b);
	return status;
}

/* --columns KEY,... added to cl (the option repeats: its columns follow
 * the ones before); a column named twice is a mistake.  0, or the usage
 * status. */
static int
parse_columns(const struct cli *c, const char *arg, struct columns *cl)
{
	char key[64];
	const char *p = arg;
	size_t n;
	size_t j;
	int i;

	for (;;) {
		n = strcspn(p, ",");
		if (n == 0 || n >= sizeof(key))
			return cli_usage_error(c, "--columns: %s", n ?
			    "a column name is too long" : "an empty column "
			    "name (give KEY,KEY,...)");
		memcpy(key, p, n);
		key[n] = '\0';
		if ((i = out_rec_col(key)) < 0)
			return unknown_column(c, key);
		for (j = 0; j < cl->n; j++)
			if (cl->pick[j] == (size_t)i)
				return cli_usage_error(c, "--columns: \"%s\" "
				    "named twice", key);
		if (cl->n == MAX_COLUMNS)
			return cli_usage_error(c, "--columns: more than %d "
			    "columns", MAX_COLUMNS);
		cl->pick[cl->n] = (size_t)i;
		cl->cols[cl->n] = out_rec_cols[i];
		cl->cols[cl->n].flags &= ~(unsigned)OUT_HIDE;
		cl->n++;
		if (p[n] == '\0')
			return 0;
		p += n + 1;
	}
}

int
cmd_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_FILTER_OPTIONS,
		CLI_EXTENDED_OPTION,
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'F' },
		{ "columns", required_argument, NULL, 'C' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct cli_filter fl;
	struct out_recs r = { 0 };
	struct columns cl;
	int columns = 0;
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st;
	struct rt_error *err;
	struct cli_dest d;
	const char *output = NULL;
	int ch, status, force = 0;

	cli_filter_init(&fl);
	cl.n = 0;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if ((status = cli_filter_option(c, &fl, ch, optarg)) > 0)
			return status;
		if (status == 0)
			continue;
		if (ch == 'f' && (status = cli_format_xlsx(c, optarg, &fmt)))
			return status;
		if (ch == 'o')
			output = optarg;
		if (ch == 'F')
			force = 1;
		if (ch == 'C' && (status = parse_columns(c, optarg, &cl)))
			return status;
		if (ch == 'C')
			columns = 1;
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((status = cli_output_check(c, output, force, fmt)) ||
	    (status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((status = cli_filter_done(c, &fl)))
		return status;
	if (!columns && fmt != OUT_CSV && fmt != OUT_JSON &&
	    fmt != OUT_XLSX && (status = parse_columns(c, default_columns,
	    &cl)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	r.as_of = fl.as_of;
	r.o = NULL;
	if ((err = cli_filter_ready(st, &fl)) == NULL &&
	    (err = cli_dest_open(c, &d, output, force, fmt,
	    "Recommendations")) == NULL) {
		r.pick = cl.pick;
		r.npick = cl.n;
		if ((r.o = cli_dest_rows(&d, "Recommendations", cl.n ?
		    cl.cols : out_rec_cols, cl.n ? cl.n : out_rec_ncols)) ==
		    NULL)
			;
		else if (fl.sort.n)
			err = cli_sorted_recs(st, &fl, out_rec_cb, &r);
		else
			err = rt_select(st, &fl.f, fl.as_of, out_rec_cb, &r);
		err = cli_dest_close(&d, cli_listing_end(c, r.o, err, "no recommendations match"));
	}
	rt_store_close(st);
	cli_filter_free(&fl);
	return err ? cli_fail(err) : 0;
}
