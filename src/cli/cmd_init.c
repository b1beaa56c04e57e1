/* rectrack init — create the database, or upgrade an older one. */
#include <getopt.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/finddb.h"
#include "cli/out.h"
#include "store/store.h"

/* One line per official the upgrade to schema 6 made of a free text. */
static int
migrated(const struct rt_official *o, void *arg)
{
	struct rt_buf *b = arg;
	char *code = out_clean(o->code, 0), *name = out_clean(o->name, 0);

	if (code != NULL && name != NULL)
		rt_buf_printf(b, "official %s: \"%s\"\n", code, name);
	free(code);
	free(name);
	return 0;
}

/*
 * Which database init makes: not a second register below a folder that
 * has one (found by the walk up from here), unless --here asks for it.
 * 0, or the exit status after the message.
 */
static int
where(struct cli *c, int here)
{
	const char *above = cli_db_above(c->db);
	struct rt_error *err;

	if (here && (c->db->from == CLI_DB_OPTION ||
	    c->db->from == CLI_DB_ENV || c->db->from == CLI_DB_CONFIG))
		return cli_usage_error(c, "--here: the database is named by "
		    "%s already", c->db->from == CLI_DB_OPTION ? "--db" :
		    c->db->from == CLI_DB_ENV ? "RECTRACK_DB" :
		    "the configuration");
	if (above == NULL)
		return 0;
	if (!here)
		return cli_fail(rt_error_new(RT_EEXIST, "init: %s/%s already "
		    "holds a register for this folder; give --here to create "
		    "a second one in %s, or --db PATH",
		    strcmp(above, "/") == 0 ? "" : above, CLI_DB_NAME,
		    c->db->cwd));
	if ((err = cli_db_here(c->db)) != NULL)
		return cli_fail(err);
	c->db_path = c->db->path;
	return 0;
}

int
cmd_init(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_HELP_OPTION,
		{ "here", no_argument, NULL, 'H' },
		{ NULL, 0, NULL, 0 },
	};
	struct rt_store *st;
	struct rt_error *err;
	struct rt_buf officials = { 0 };
	const char *uid;
	int ch, status, found, current, here = 0;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1)
		if (ch == CLI_STOP)
			return status;
		else if (ch == 'H')
			here = 1;
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((status = where(c, here)) != 0)
		return status;
	if ((uid = getenv("RECTRACK_UID")) != NULL && *uid == '\0')
		uid = NULL;
	if (uid != NULL && !rt_uid_valid(uid)) {
		fputs("rectrack: RECTRACK_UID: \"", stderr);
		out_text(stderr, uid);
		fputs("\" is not a register's name (expected 8 hex digits, "
		    "0-9 and a-f)\n", stderr);
		return 1;
	}
	if ((err = cli_open(c, RT_STORE_CREATE, &st)) != NULL)
		return cli_fail(err);
	rt_store_versions(st, &found, &current);
	/* a new register's name, when given (reproducible examples) */
	if (found == 0 && uid != NULL && (err = rt_store_set_uid(st, uid))) {
		rt_store_close(st);
		return cli_fail(err);
	}
	if ((err = rt_store_official_migrated(st, migrated, &officials))) {
		rt_store_close(st);
		rt_buf_free(&officials);
		return cli_fail(err);
	}
	rt_store_close(st);
	/* the path as given, controls escaped */
	if (found == 0) {
		fputs("created ", stdout);
		out_text(stdout, c->db_path);
		printf(" (schema version %d)\n", current);
	} else if (found < current) {
		fputs("upgraded ", stdout);
		out_text(stdout, c->db_path);
		printf(" from schema version %d to %d\n", found, current);
		fputs(officials.s ? officials.s : "", stdout);
	} else {
		out_text(stdout, c->db_path);
		printf(" is up to date (schema version %d)\n", current);
	}
	rt_buf_free(&officials);
	return 0;
}
