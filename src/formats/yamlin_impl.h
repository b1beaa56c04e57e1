/*
 * rectrack — the import reader's private parts (yamlin.c, the document
 * walk; yamlin_value.c, the values; yamlin_history.c, the entries of a
 * recommendation's history): the parser's state, the tables of keys
 * that describe each kind of mapping, and what the parts call of each
 * other.  Every function returns NULL or an error that names
 * FILE:LINE:COLUMN and the field path (formats/yaml.h).
 */
#ifndef RT_YAMLIN_IMPL_H
#define RT_YAMLIN_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <yaml.h>

#include "formats/yaml.h"
#include "formats/yamlin.h"

struct rt_error;
struct rt_event;

#define MAX_KEYS	24	/* keys in the largest mapping */

struct parser {
	struct rt_yaml	 y;		/* the events, the field path of the
					   current value */
	const struct rt_imp_sink *sink;
	struct rt_imp_report rep;	/* the report being read */
	size_t		 reccap;	/* slots in rep.recs */
	size_t		*numset;	/* rep's recommendation numbers */
	size_t		 numcap;	/* slots in numset (a power of 2) */
	uint64_t	 numkey[2];	/* numset's hash key */
	int		 keyed;		/* numkey is set */
	size_t		 histcap;	/* slots in the last rec's history */
	struct yi_subject *subj;	/* the entries of events: so far */
	size_t		 nsubj, subjcap;
};

/* An entry of the events: list, for the voids of those after it. */
struct yi_subject {
	int64_t		 seq;
	int		 about;
	char		*code;
	int		 line;
};

struct key {
	const char	*name;
	struct rt_error	*(*get)(struct parser *, const struct key *, void *);
	size_t		 off;		/* of the value in the object */
	unsigned long	 bit;		/* given bit */
	int		 required;
	int		(*valid)(const char *);	/* choices: the values */
	const char	*(*names)(void);
};

/* A kind of mapping: what it is called in messages, and its keys. */
struct map {
	const char	*what;
	const struct key *keys;
};

/* What get_map saw: per key, the line of the key (0: absent) and the
 * mark of its value, and whether the value was not null. */
struct seen {
	yaml_mark_t	 start;
	size_t		 line[MAX_KEYS];
	yaml_mark_t	 mark[MAX_KEYS];
	int		 set[MAX_KEYS];
};

/* The value of key k in the object obj, as a type. */
#define AT(obj, k, type)	((type *)(void *)((char *)(obj) + (k)->off))

/* ---- yamlin.c: the walk ---- */

/* Where the current event stands, with the current path. */
void yi_set_pos(struct parser *p, struct rt_imp_pos *pos);

/* The mark of the value of key `name` of m, NULL when it had none. */
const yaml_mark_t *yi_mark_of(const struct map *m, const struct seen *s,
    const char *name);

/*
 * The current event must start a mapping of m's keys, each at most once;
 * read it into obj, setting the given bits (given may be NULL) and
 * recording in *s what was seen.
 */
struct rt_error *yi_get_map(struct parser *p, const struct map *m,
    void *obj, unsigned long *given, struct seen *s);

/* The current event must start a list (of `what`); read each item. */
struct rt_error *yi_each(struct parser *p, const char *what,
    struct rt_error *(*item)(struct parser *, void *), void *obj);

/*
 * v, an array of n elements of size bytes in *cap slots, with room for
 * one more: the slots double (from 8) when full.  NULL when out of
 * memory (v is left as it was).
 */
void *yi_grow(void *v, size_t n, size_t *cap, size_t size);

/* ---- yamlin_value.c: values ---- */

struct rt_error *yi_nomem(void);

/* The current event must be a scalar; *s is its text ("" if not). */
struct rt_error *yi_scalar(struct parser *p, const char **s);

/* A valid YYYY-MM-DD date, or an error at m. */
struct rt_error *yi_check_date(struct parser *p, yaml_mark_t m,
    const char *s);

/* "unknown value "s" (expected one of names)" at m. */
struct rt_error *yi_unknown(struct parser *p, yaml_mark_t m, const char *s,
    const char *names);

/*
 * The readers of struct key.get: text (required: not blank), text from
 * the choices of k->valid, a date, a UTC instant
 * (YYYY-MM-DDTHH:MM:SSZ), a status, a concurrence, a boolean (true,
 * false, yes, no), an amount of dollars, a fiscal year, the format's
 * version (1).
 */
struct rt_error *yi_get_text(struct parser *, const struct key *, void *);
struct rt_error *yi_get_choice(struct parser *, const struct key *, void *);
struct rt_error *yi_get_date(struct parser *, const struct key *, void *);
struct rt_error *yi_get_instant(struct parser *, const struct key *,
    void *);
struct rt_error *yi_get_status(struct parser *, const struct key *, void *);
struct rt_error *yi_get_concurrence(struct parser *, const struct key *,
    void *);
struct rt_error *yi_get_bool(struct parser *, const struct key *, void *);
struct rt_error *yi_get_money(struct parser *, const struct key *, void *);
struct rt_error *yi_get_year(struct parser *, const struct key *, void *);
struct rt_error *yi_get_version(struct parser *, const struct key *,
    void *);

/* ---- yamlin_history.c: a recommendation's history ---- */

/* The history of the recommendation obj (struct rt_imp_rec), checked
 * entry by entry against its kind, its order and the issue date when
 * already known. */
struct rt_error *yi_get_history(struct parser *, const struct key *,
    void *);

/* The events: list, of events about reports, agencies and issuers
 * themselves, each checked against its kind and handed to the sink. */
struct rt_error *yi_get_events(struct parser *, const struct key *,
    void *);
/* Free what yi_get_events remembers. */
void yi_subjects_free(struct parser *);

/* An entry effective at `effective`, before the report's issue date. */
struct rt_error *yi_before_issue(struct parser *p, yaml_mark_t m,
    const char *effective);

/* A target entry setting a date before the issue date (refused, as
 * target_date and original_target_date are: found by the fuzzer, the
 * export of such a history did not import again). */
int yi_target_before_issue(const struct rt_event *ev, const char *issued);
struct rt_error *yi_target_too_early(struct parser *p, yaml_mark_t m,
    const char *target);

#endif
