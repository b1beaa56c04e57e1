/*
 * rectrack — a map from strings to numbers (strmap.h).
 */
#include "base/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* FNV-1a */
static size_t
hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 1099511628211ull;
	}
	return (size_t)h;
}

static struct rt_strmap_slot *
find(const struct rt_strmap *m, const char *key)
{
	size_t i = hash(key) & (m->cap - 1);

	while (m->slot[i].key != NULL && strcmp(m->slot[i].key, key) != 0)
		i = (i + 1) & (m->cap - 1);
	return &m->slot[i];
}

static int
grow(struct rt_strmap *m)
{
	struct rt_strmap old = *m;
	size_t i;

	m->cap = old.cap ? 2 * old.cap : 64;
	if ((m->slot = calloc(m->cap, sizeof(*m->slot))) == NULL) {
		*m = old;
		return -1;
	}
	for (i = 0; i < old.cap; i++)
		if (old.slot[i].key != NULL)
			*find(m, old.slot[i].key) = old.slot[i];
	free(old.slot);
	return 0;
}

int
rt_strmap_put(struct rt_strmap *m, const char *key, int64_t value)
{
	struct rt_strmap_slot *s;

	if (2 * (m->n + 1) > m->cap && grow(m) == -1)
		return -1;
	s = find(m, key);
	if (s->key == NULL) {
		if ((s->key = rt_strdup(key)) == NULL)
			return -1;
		m->n++;
	}
	s->value = value;
	return 0;
}

int
rt_strmap_get(const struct rt_strmap *m, const char *key, int64_t *value)
{
	const struct rt_strmap_slot *s;

	if (m->cap == 0)
		return 0;
	s = find(m, key);
	if (s->key == NULL)
		return 0;
	if (value)
		*value = s->value;
	return 1;
}

void
rt_strmap_free(struct rt_strmap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->slot[i].key);
	free(m->slot);
	memset(m, 0, sizeof(*m));
}
