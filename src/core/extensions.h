/*
 * rectrack — extensions of the target date, counted for many
 * recommendations at once.  An extension is a `target` event in force
 * (not voided, known at the store's horizon, effective by the day asked
 * for) whose old date is set and whose new date is later than the old
 * one, whether `approve` recorded it for an extension request or
 * `target` did.  The counts of every recommendation are read at once
 * (rt_store_target_walk: one query on either backend), never one
 * recommendation at a time.
 */
#ifndef RT_EXTENSIONS_H
#define RT_EXTENSIONS_H

#include <stddef.h>
#include <stdint.h>

struct rt_error;
struct rt_store;

/* The recommendations extended at least once, by id (ascending), with
 * their number of extensions. */
struct rt_extensions {
	int64_t *id;
	int *n;
	size_t len;
};

/*
 * Count the extensions of every recommendation as of the end of day
 * as_of (YYYY-MM-DD; NULL: all, whatever their effective date), at the
 * store's horizon (rt_store_known).  *out is initialised here; free it
 * with rt_extensions_free.
 */
struct rt_error *rt_extensions_load(struct rt_store *, const char *as_of,
    struct rt_extensions *out);
/* The number of extensions of recommendation rec_id (0 when none). */
int rt_extensions_of(const struct rt_extensions *, int64_t rec_id);
void rt_extensions_free(struct rt_extensions *);

/* Is ev (old and new dates as a target event has them) an extension:
 * old set and new later? */
int rt_extension_is(const char *old, const char *new);

#endif
