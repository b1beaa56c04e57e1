/*
 * rectrack — which database a command uses, and why: --db, else
 * RECTRACK_DB, else the configuration's database:, else a rectrack.db
 * found in the current folder or its parents (as git finds .git), else a
 * new ./rectrack.db.  The messages that name it: --verbose's line, the
 * missing database's, init's refusal of a second register.
 */
#ifndef RT_CLI_FINDDB_H
#define RT_CLI_FINDDB_H

#include <stdio.h>

#include "base/findup.h"

struct rt_config;
struct rt_error;

enum cli_db_from {
	CLI_DB_OPTION,		/* --db */
	CLI_DB_ENV,		/* RECTRACK_DB */
	CLI_DB_CONFIG,		/* the configuration's database: */
	CLI_DB_FOUND,		/* the walk found it */
	CLI_DB_NEW,		/* none found: ./rectrack.db */
	CLI_DB_HERE,		/* init --here: ./rectrack.db */
};

struct cli_db {
	enum cli_db_from from;
	char *path;		/* as opened: as named, or relative to the
				   current folder ("../../rectrack.db") */
	const char *config;	/* CONFIG: the file that named it */
	char *cwd;		/* FOUND, NEW: where the walk started; NULL
				   when the current folder is not known */
	struct rt_findup walk;	/* FOUND, NEW: where it ended */
};

/* The file the walk looks for. */
#define CLI_DB_NAME "rectrack.db"

/*
 * Decide db (zeroed first) from option (--db or NULL), RECTRACK_DB and
 * cfg, walking from the current folder up to $HOME, / or another file
 * system when none names it.  NULL, or an out-of-memory error.  Free
 * with cli_db_free.
 */
struct rt_error *cli_db_find(struct cli_db *db, const char *option,
    const struct rt_config *cfg);
/* init --here: the new ./rectrack.db instead of the one found above.
 * NULL, or an out-of-memory error. */
struct rt_error *cli_db_here(struct cli_db *db);
/* --verbose: "rectrack: database NAME (WHY)" on fp; name is db->path,
 * or the URI with its password hidden. */
void cli_db_say(const struct cli_db *db, const char *name, FILE *fp);
/* The error for a database file that is not there: which setting named
 * it, or where the walk looked, and how to point at one. */
struct rt_error *cli_db_missing(const struct cli_db *db);
/* The folder holding the database the walk found above the current
 * one, or NULL (found in the current folder, named, or none). */
const char *cli_db_above(const struct cli_db *db);
void cli_db_free(struct cli_db *db);

#endif
