/* rectrack evidence add|list|get|remove — evidence files kept with the
 * history. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/evidence.h"
#include "core/rec.h"
#include "store/store.h"

struct add_args {
	struct cli *c;
	const char *rec;
	const char *const *paths;
	size_t n;
	struct rt_actor who;
	struct rt_evidence_list done;
};

static struct rt_error *
add(struct rt_store *st, void *arg)
{
	struct add_args *a = arg;

	a->who.actor = a->c->actor;
	return rt_evidence_add(st, &a->c->cfg, a->rec, a->paths, a->n,
	    &a->who, &a->done);
}

static int
evidence_add(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "note", required_argument, NULL, 'N' },
		{ "date", required_argument, NULL, 'd' },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct add_args a;
	struct rt_error *err;
	char size[32];
	size_t i;
	int ch, status;

	memset(&a, 0, sizeof(a));
	a.c = c;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'N': a.who.note = optarg; break;
		case 'd': a.who.effective = optarg; break;
		}
	}
	if (argc - optind < 2)
		return cli_usage_error(c, "evidence add needs a REC and at "
		    "least one FILE");
	a.rec = argv[optind];
	a.paths = (const char *const *)argv + optind + 1;
	a.n = (size_t)(argc - optind - 1);
	if ((err = cli_write(c, add, &a)) == NULL) {
		for (i = 0; i < a.done.n; i++) {
			const struct rt_evidence *e = &a.done.v[i];

			rt_evidence_size_text(e->size, size);
			fputs("attached ", stdout);
			out_text(stdout, e->name);
			printf(" to %s: evidence %.12s, %s, %s%s\n", e->rec,
			    e->hash, size, e->media, e->stored ? "" :
			    " (its bytes were stored already)");
		}
		cli_recorded(c->recorded);
	}
	rt_evidence_list_free(&a.done);
	return err ? cli_fail(err) : 0;
}

static const struct out_col cols[] = {
	{ "hash", "HASH", 0 },
	{ "name", "NAME", 0 },
	{ "size", "SIZE", 0 },
	{ "media_type", "MEDIA TYPE", 0 },
	{ "recommendation", "REC", 0 },
	{ "added_by", "ADDED BY", 0 },
	{ "date", "DATE", 0 },
};
#define NCOLS (sizeof(cols) / sizeof(cols[0]))

static int
evidence_list(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		CLI_BOM_OPTIONS,
		{ "as-of", required_argument, NULL, 'A' },
		CLI_AS_KNOWN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_evidence_list l = { NULL, 0, 0 };
	enum out_format fmt = OUT_TABLE;
	const char *as_of_arg = NULL, *rec = NULL;
	char as_of[RT_DATE_SIZE];
	struct rt_store *st;
	struct rt_error *err;
	struct out *o = NULL;
	size_t i;
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'f' && (status = cli_format(c, optarg, &fmt)))
			return status;
		if (ch == 'A')
			as_of_arg = optarg;
		if (ch == CLI_F_AS_KNOWN && (status = cli_as_known(optarg)))
			return status;
	}
	if ((status = cli_as_of(as_of_arg, as_of)))
		return status;
	if (argc - optind > 1)
		return cli_usage_error(c, "evidence list takes at most one REC");
	if (argc - optind == 1)
		rec = argv[optind];
	if ((status = cli_bom(c, fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = rt_evidence_list(st, rec, as_of, &l)) == NULL &&
	    (o = out_new(stdout, fmt, cols, NCOLS)) != NULL) {
		for (i = 0; i < l.n; i++) {
			out_str(o, l.v[i].hash);
			out_str(o, l.v[i].name);
			out_int(o, l.v[i].size);
			out_str(o, l.v[i].media);
			out_str(o, l.v[i].rec);
			out_str(o, l.v[i].actor);
			out_date(o, l.v[i].effective);
			out_row(o);
		}
	}
	if (o != NULL || err == NULL)
		err = cli_listing_end(c, o, err, "no evidence files");
	rt_evidence_list_free(&l);
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

/* Write the bytes of hash to path through a temporary file beside it,
 * renamed into place only when every byte was written and checked. */
static struct rt_error *
get_to_file(struct rt_store *st, const char *hash, const char *path)
{
	struct rt_buf tmp = { 0 };
	struct rt_error *err;
	FILE *fp;
	int fd;

	if (rt_buf_printf(&tmp, "%s.XXXXXX", path) != 0)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if ((fd = mkstemp(tmp.s)) < 0) {
		err = rt_error_new(RT_EIO, "%s: cannot write: %s", path,
		    strerror(errno));
		goto done;
	}
	if ((fp = fdopen(fd, "wb")) == NULL) {
		close(fd);
		unlink(tmp.s);
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	err = rt_evidence_get(st, hash, fp);
	if (err == NULL && fsync(fileno(fp)) != 0)
		err = rt_error_new(RT_EIO, "%s: cannot write: %s", path,
		    strerror(errno));
	if (fclose(fp) != 0 && err == NULL)
		err = rt_error_new(RT_EIO, "%s: cannot write: %s", path,
		    strerror(errno));
	if (err == NULL && rename(tmp.s, path) != 0)
		err = rt_error_new(RT_EIO, "%s: cannot write: %s", path,
		    strerror(errno));
	if (err != NULL)
		unlink(tmp.s);
done:
	rt_buf_free(&tmp);
	return err;
}

static int
evidence_get(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	const char *output = NULL;
	char hash[RT_HASH_SIZE];
	struct rt_store *st;
	struct rt_error *err;
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'o')
			output = optarg;
	}
	if ((status = cli_one_operand(c, argc, "evidence get", "HASH", "")))
		return status;
	if (output != NULL && *output == '\0')
		return cli_usage_error(c, "--output names no file");
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = rt_evidence_resolve(st, argv[optind], hash)) == NULL)
		err = output ? get_to_file(st, hash, output) :
		    rt_evidence_get(st, hash, stdout);
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

struct remove_args {
	struct cli *c;
	const char *rec, *hash;
	struct rt_actor who;
	struct rt_evidence_list done;
};

static struct rt_error *
remove_fn(struct rt_store *st, void *arg)
{
	struct remove_args *a = arg;

	a->who.actor = a->c->actor;
	return rt_evidence_remove(st, a->rec, a->hash, &a->who, &a->done);
}

static int
evidence_remove(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "note", required_argument, NULL, 'N' },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct remove_args a;
	struct rt_error *err;
	int ch, status;

	memset(&a, 0, sizeof(a));
	a.c = c;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)
			return status;
		if (ch == 'N')
			a.who.note = optarg;
	}
	if (argc - optind != 2)
		return cli_usage_error(c, "evidence remove needs a REC and a "
		    "HASH");
	if (a.who.note == NULL || *a.who.note == '\0')
		return cli_usage_error(c, "evidence remove needs --note REASON");
	a.rec = argv[optind];
	a.hash = argv[optind + 1];
	if ((err = cli_write(c, remove_fn, &a)) == NULL && a.done.n == 1) {
		fputs("detached ", stdout);
		out_text(stdout, a.done.v[0].name);
		printf(" from %s: evidence %.12s (its bytes stay)\n",
		    a.done.v[0].rec, a.done.v[0].hash);
		cli_recorded(c->recorded);
	}
	rt_evidence_list_free(&a.done);
	return err ? cli_fail(err) : 0;
}

int
cmd_evidence(struct cli *c, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", evidence_add },
		{ "list", evidence_list },
		{ "get", evidence_get },
		{ "remove", evidence_remove },
		{ NULL, NULL },
	};

	return cli_dispatch(c, argc, argv, subs);
}
