/*
 * rectrack — the codes an agency had before it was renamed.
 *
 * A recommendation's history names its agency by the code it had when
 * the event was recorded; `agency rename` changes the code and records a
 * `renamed` event (old -> new) about the agency, but leaves the history
 * as it was.  A value of the history is then one of the agency's former
 * codes: what the check compares with the row, and what an import of an
 * export resolves, goes through this table.
 */
#ifndef RT_CORE_FORMERS_H
#define RT_CORE_FORMERS_H

#include <stddef.h>

struct rt_error;
struct rt_store;

struct rt_former {
	char *former;		/* a code the agency had ("CPB") */
	char *code;		/* the agency's code now ("CBP") */
};

struct rt_formers {
	struct rt_former *v;
	size_t n, cap;
};

/* Every agency's former codes, from the `renamed` events about agencies
 * into *f (emptied first).  One walk over the events about the
 * agencies (rt_store_subject_event_all). */
struct rt_error *rt_formers_load(struct rt_store *, struct rt_formers *f);
/* The same for officials: their former codes, and the free texts the
 * upgrade to schema 6 made them of (its `renamed` events). */
struct rt_error *rt_formers_load_officials(struct rt_store *,
    struct rt_formers *f);
/* Add the pair former -> code; -1 when out of memory. */
int rt_formers_add(struct rt_formers *f, const char *former,
    const char *code);
/* Is `former` one of the former codes of the agency whose code is now
 * `code`?  (f may be NULL: then no.) */
int rt_formers_is(const struct rt_formers *f, const char *former,
    const char *code);
/* The code now of the agency that had code `former`, the latest such
 * when the code was used twice, or NULL when none had it. */
const char *rt_formers_now(const struct rt_formers *f, const char *former);
void rt_formers_free(struct rt_formers *f);

/*
 * May agency or official `code` be given to `self` (NULL: a new one)?
 * Not when it is a code another agency (official) had before a rename:
 * histories name that one by it, and would then name two.  RT_EEXIST
 * saying whose it was, else NULL.  kind is RT_SUBJECT_AGENCY or
 * RT_SUBJECT_OFFICIAL (any other: NULL).
 */
struct rt_error *rt_formers_code_free(struct rt_store *, int kind,
    const char *code, const char *self);

#endif
