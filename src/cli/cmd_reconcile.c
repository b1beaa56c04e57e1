/* rectrack reconcile --format gao-csv FILE — compare GAO's export with
 * the database. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "formats/gaocsv.h"
#include "store/store.h"

static const struct out_col cols[] = {
	{ "discrepancy", "DISCREPANCY", 0 },
	{ "id", "ID", 0 },
	{ "agency", "AGENCY", OUT_FREE },
	{ "file", "GAO FILE", 0 },
	{ "database", "DATABASE", 0 },
	{ "line", "LINE", OUT_NUMBER },
};

int
cmd_reconcile(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output-format", required_argument, NULL, 'o' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	enum out_format of = OUT_TABLE;
	struct rt_gao_file g;
	struct rt_gao_diff *d = NULL;
	struct rt_store *st = NULL;
	struct rt_error *err;
	struct out *o;
	const char *format = NULL, *name;
	size_t n = 0, i;
	int ch, status;
	FILE *fp;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'f')
			format = optarg;
		if (ch == 'o') {
			if (strcmp(optarg, "md") == 0)
				of = OUT_MD;
			else if (out_format_parse(optarg, &of) == -1)
				return cli_usage_error(c, "--output-format: "
				    "unknown format \"%s\" (expected table, "
				    "csv, json or md)", optarg);
		}
	}
	if (format == NULL || strcmp(format, "gao-csv") != 0)
		return cli_usage_error(c, format ? "--format: unknown format "
		    "\"%s\" (expected gao-csv)" : "reconcile needs --format "
		    "gao-csv%s", format ? format : "");
	if (argc - optind != 1)
		return cli_usage_error(c, "reconcile needs one FILE (- for "
		    "standard input)");
	if ((status = cli_bom(c, of == OUT_CSV)))
		return status;
	name = strcmp(argv[optind], "-") == 0 ? "<stdin>" : argv[optind];
	if (strcmp(argv[optind], "-") == 0)
		fp = stdin;
	else if ((fp = fopen(argv[optind], "r")) == NULL)
		return cli_fail(rt_error_new(RT_EIO, "%s: cannot read: %s",
		    argv[optind], strerror(errno)));
	err = rt_gao_read(fp, name, &g);
	if (fp != stdin)
		fclose(fp);
	if (err == NULL && (err = cli_open(c, RT_STORE_READONLY, &st)) == NULL)
		err = rt_gao_reconcile(st, &c->cfg, &g, &d, &n);
	if (st)
		rt_store_close(st);
	rt_gao_file_free(&g);
	if (err)
		return cli_fail(err);
	if (n == 0 && (of == OUT_TABLE || of == OUT_MD)) {
		printf("no discrepancies\n");
		return 0;
	}
	if ((o = out_new(stdout, of, cols, sizeof(cols) / sizeof(cols[0])))
	    == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; o && i < n; i++) {
		out_str(o, rt_gao_diff_name(d[i].kind));
		out_str(o, d[i].id);
		out_str(o, d[i].agency);
		out_str(o, d[i].file);
		out_str(o, d[i].db);
		if (d[i].line)
			out_int(o, d[i].line);
		else
			out_str(o, NULL);
		out_row(o);
	}
	err = cli_out_end(o, err);
	rt_gao_diffs_free(d, n);
	if (err)
		return cli_fail(err);
	return n ? 1 : 0;
}
