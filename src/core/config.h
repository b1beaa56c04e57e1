/*
 * rectrack — configuration (rectrack(1)), read from YAML with libyaml.
 */
#ifndef RT_CONFIG_H
#define RT_CONFIG_H

#include <stddef.h>

struct rt_error;

#define RT_MAX_BUCKETS 16

struct rt_config {
	char *path;			/* file it came from; NULL: defaults */
	char *database;			/* NULL when not set */
	char *actor;			/* NULL when not set */
	int fy_start_month;		/* 1-12, default 10 */
	int resolution_deadline_days;	/* default 183 */
	int buckets[RT_MAX_BUCKETS];	/* ascending day limits */
	size_t nbuckets;		/* default 4: 183, 365, 730, 1826 */
	unsigned require_resolve;	/* enum rt_require mask; default
					   RT_REQ_TARGET_DATE */
	unsigned require_close_implemented;	/* default 0 */
	/* vocabulary: the status (enum rt_status) a recommendation gets
	 * from each GAO status (enum rt_gao_status order: Open, Open--
	 * Partially Addressed, Closed--Implemented, Closed--Not
	 * Implemented), and the flag (enum rt_flag) GAO's Priority sets */
	int gao_status[4];
	int gao_priority_flag;
};

/* Fill cfg with the defaults rectrack(1) states (no allocation). */
void rt_config_defaults(struct rt_config *cfg);

/*
 * Load the YAML file at path over the defaults (call rt_config_defaults
 * first).  Errors (RT_EIO for an unreadable file, RT_EINVAL for bad
 * content) read "PATH:LINE:COLUMN: KEY: what is wrong", e.g.
 *   rectrack.yaml:3:1: fiscal_yaer_start_month: unknown key (expected
 *   one of database, actor, …)
 *   rectrack.yaml:4:27: fiscal_year_start_month: must be a whole number
 *   from 1 to 12, not "13"
 * Line and column are 1-based.  An empty file is valid (defaults).
 * Unknown keys, duplicate keys, anchors and aliases, wrong types (a list
 * where a number belongs), unsorted or non-positive buckets, more than
 * RT_MAX_BUCKETS buckets and unknown require values are errors.
 * require.resolve accepts target_date, corrective_action, official;
 * require.close_implemented accepts evidence.  On error cfg keeps what
 * it had before the call.  Caller frees cfg's strings with
 * rt_config_free().
 */
struct rt_error *rt_config_load(struct rt_config *cfg, const char *path);

/* The same from a string; name is used in messages in place of a path. */
struct rt_error *rt_config_load_string(struct rt_config *cfg,
    const char *name, const char *text, size_t len);

/*
 * Find the configuration file (rectrack(1)): explicit (from --config) if not
 * NULL, else $RECTRACK_CONFIG if set and non-empty — both must exist
 * (RT_EIO otherwise) — else ./rectrack.yaml if it exists, else
 * $XDG_CONFIG_HOME/rectrack/config.yaml (XDG_CONFIG_HOME defaulting to
 * $HOME/.config) if it exists.  *path is a new string or NULL when there
 * is no file (which is fine).
 */
struct rt_error *rt_config_find(const char *explicit_path, char **path);

/* Free the strings in cfg (not cfg itself). */
void rt_config_free(struct rt_config *cfg);

#endif
