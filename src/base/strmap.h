/*
 * rectrack — a map from strings to numbers (open addressing): the codes
 * and numbers a long run of writes has met, found without a trip to the
 * store.
 */
#ifndef RT_STRMAP_H
#define RT_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct rt_strmap_slot {
	char *key;		/* NULL: empty */
	int64_t value;
};

/* Initialise with {0}; rt_strmap_free releases it. */
struct rt_strmap {
	struct rt_strmap_slot *slot;
	size_t n, cap;		/* cap: 0 or a power of two */
};

/* Set key to value (a copy of key is kept); -1 when out of memory. */
int rt_strmap_put(struct rt_strmap *m, const char *key, int64_t value);
/* 1 and the value in *value (may be NULL) when key is there; else 0. */
int rt_strmap_get(const struct rt_strmap *m, const char *key,
    int64_t *value);
/* Empty the map (its memory is released). */
void rt_strmap_free(struct rt_strmap *m);

#endif
