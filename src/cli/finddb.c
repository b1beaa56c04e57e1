/*
 * rectrack — which database a command uses, and why (finddb.h).  Walking
 * the folders is the command line's policy: the library opens the path
 * it is given.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/error.h"
#include "base/util.h"
#include "cli/finddb.h"
#include "cli/out.h"
#include "core/config.h"

static struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

/* The current folder, malloc'd; NULL when it cannot be known. */
static char *
current_folder(void)
{
	size_t n = 256;
	char *b = NULL, *p;

	for (;;) {
		if ((p = realloc(b, n)) == NULL)
			break;
		b = p;
		if (getcwd(b, n) != NULL)
			return b;
		if (errno != ERANGE || n > 1 << 20)
			break;
		n *= 2;
	}
	free(b);
	return NULL;
}

static int
real_stat(const char *path, struct stat *sb)
{
	return stat(path, sb);
}

/* None names the database: walk up from the current folder. */
static struct rt_error *
walk(struct cli_db *db)
{
	struct rt_buf b = { 0 };
	int i, bad = 0;

	db->from = CLI_DB_NEW;
	if ((db->cwd = current_folder()) != NULL &&
	    rt_findup(db->cwd, CLI_DB_NAME, getenv("HOME"), real_stat,
	    &db->walk) == -1) {
		/* not absolute (cannot be) or out of memory */
		free(db->cwd);
		db->cwd = NULL;
	}
	if (db->cwd != NULL && db->walk.stop == RT_FINDUP_FOUND) {
		db->from = CLI_DB_FOUND;
		for (i = 0; i < db->walk.depth; i++)
			bad |= rt_buf_puts(&b, "../") == -1;
		if (bad || rt_buf_puts(&b, CLI_DB_NAME) == -1) {
			rt_buf_free(&b);
			return nomem();
		}
		db->path = b.s;
		return NULL;
	}
	return (db->path = rt_strdup(CLI_DB_NAME)) ? NULL : nomem();
}

struct rt_error *
cli_db_find(struct cli_db *db, const char *option,
    const struct rt_config *cfg)
{
	const char *s = NULL;

	memset(db, 0, sizeof(*db));
	if (option != NULL) {
		db->from = CLI_DB_OPTION;
		s = option;
	} else if ((s = getenv("RECTRACK_DB")) != NULL && *s)
		db->from = CLI_DB_ENV;
	else if ((s = cfg->database) != NULL) {
		db->from = CLI_DB_CONFIG;
		db->config = cfg->path;
	} else
		return walk(db);
	return (db->path = rt_strdup(s)) ? NULL : nomem();
}

struct rt_error *
cli_db_here(struct cli_db *db)
{
	char *p = rt_strdup(CLI_DB_NAME);

	if (p == NULL)
		return nomem();
	free(db->path);
	db->path = p;
	db->from = CLI_DB_HERE;
	return NULL;
}

void
cli_db_say(const struct cli_db *db, const char *name, FILE *fp)
{
	fputs("rectrack: database ", fp);
	out_text(fp, name);
	switch (db->from) {
	case CLI_DB_OPTION:
		fputs(" (--db)\n", fp);
		break;
	case CLI_DB_ENV:
		fputs(" (RECTRACK_DB)\n", fp);
		break;
	case CLI_DB_CONFIG:
		fputs(" (configuration ", fp);
		out_text(fp, db->config ? db->config : "file");
		fputs(")\n", fp);
		break;
	case CLI_DB_FOUND:
		fputs(" (found in ", fp);
		out_text(fp, db->walk.dir);
		fputs(")\n", fp);
		break;
	case CLI_DB_NEW:
		fputs(" (none found in this folder or its parents)\n", fp);
		break;
	case CLI_DB_HERE:
		fputs(" (--here)\n", fp);
		break;
	}
}

/* Where the walk stopped, for the missing database's message. */
static const char *
stop_reason(enum rt_findup_stop stop)
{
	switch (stop) {
	case RT_FINDUP_HOME:
		return " (the home folder)";
	case RT_FINDUP_DEVICE:
		return " (the top of its file system)";
	case RT_FINDUP_DENIED:
		return " (permission denied to look further up)";
	default:
		return "";
	}
}

struct rt_error *
cli_db_missing(const struct cli_db *db)
{
	static const char advice[] = "give one with --db PATH or "
	    "RECTRACK_DB, or create one here with 'rectrack init'";

	switch (db->from) {
	case CLI_DB_OPTION:
	case CLI_DB_ENV:
		return rt_error_new(RT_ENOTFOUND, "%s: no database here "
		    "(named by %s; create one with 'rectrack init')", db->path,
		    db->from == CLI_DB_OPTION ? "--db" : "RECTRACK_DB");
	case CLI_DB_CONFIG:
		return rt_error_new(RT_ENOTFOUND, "%s: no database here "
		    "(named by the configuration %s; create one with "
		    "'rectrack init')", db->path,
		    db->config ? db->config : "file");
	default:
		break;
	}
	if (db->cwd == NULL)
		return rt_error_new(RT_ENOTFOUND, "no database: no "
		    CLI_DB_NAME " here; %s", advice);
	if (db->walk.depth == 0)
		return rt_error_new(RT_ENOTFOUND, "no database: no "
		    CLI_DB_NAME " in %s%s; %s", db->cwd,
		    stop_reason(db->walk.stop), advice);
	return rt_error_new(RT_ENOTFOUND, "no database: no " CLI_DB_NAME
	    " in %s or its parents up to %s%s; %s", db->cwd, db->walk.dir,
	    stop_reason(db->walk.stop), advice);
}

const char *
cli_db_above(const struct cli_db *db)
{
	if (db->from != CLI_DB_FOUND || db->walk.depth == 0)
		return NULL;
	return db->walk.dir;
}

void
cli_db_free(struct cli_db *db)
{
	free(db->path);
	free(db->cwd);
	free(db->walk.dir);
	memset(db, 0, sizeof(*db));
}
