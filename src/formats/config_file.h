/*
 * rectrack — reading the configuration file (rectrack(1)), YAML, into a
 * struct rt_config (core/config.h) with the shared event layer
 * (formats/yaml.h).
 */
#ifndef RT_CONFIG_FILE_H
#define RT_CONFIG_FILE_H

#include <stddef.h>

struct rt_config;
struct rt_error;

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

#endif
