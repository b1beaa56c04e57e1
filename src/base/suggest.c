/*
 * rectrack — the codes nearest to one that was not found (suggest.h).
 */
#include "base/suggest.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* The characters of s, ASCII folded to lower case, into out; their
 * number, or -1 when there are more than RT_SUGGEST_MAXLEN.  A byte that
 * starts no UTF-8 character counts as one. */
static long
fold(const char *s, unsigned long *out)
{
	size_t n = 0, len;
	unsigned long cp;

	while (*s != '\0') {
		if (n == RT_SUGGEST_MAXLEN)
			return -1;
		if ((len = rt_utf8_seq(s, &cp)) == 0) {
			cp = (unsigned char)*s;
			if (cp >= 'A' && cp <= 'Z')
				cp += 'a' - 'A';
			len = 1;
		}
		out[n++] = cp;
		s += len;
	}
	return (long)n;
}

static int
min3(int a, int b, int c)
{
	int m = a < b ? a : b;

	return m < c ? m : c;
}

/* Optimal string alignment distance of a[0..la) and b[0..lb). */
static int
osa(const unsigned long *a, size_t la, const unsigned long *b, size_t lb)
{
	int rows[3][RT_SUGGEST_MAXLEN + 1];
	int *pp = rows[0], *p = rows[1], *c = rows[2], *t;
	size_t i, j;

	for (j = 0; j <= lb; j++)
		p[j] = (int)j;
	for (i = 1; i <= la; i++) {
		c[0] = (int)i;
		for (j = 1; j <= lb; j++) {
			int cost = a[i - 1] != b[j - 1];

			c[j] = min3(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && pp[j - 2] + 1 < c[j])
				c[j] = pp[j - 2] + 1;
		}
		t = pp;
		pp = p;
		p = c;
		c = t;
	}
	return p[lb];
}

int
rt_suggest_distance(const char *a, const char *b)
{
	unsigned long fa[RT_SUGGEST_MAXLEN], fb[RT_SUGGEST_MAXLEN];
	long la = fold(a, fa), lb = fold(b, fb);

	if (la < 0 || lb < 0)
		return -1;
	return osa(fa, (size_t)la, fb, (size_t)lb);
}

void
rt_suggest_init(struct rt_suggest *s, const char *word)
{
	long n;

	memset(s, 0, sizeof(*s));
	s->raw = word;
	if ((n = fold(word, s->word)) >= 0) {
		s->wlen = (size_t)n;
		s->usable = 1;
	}
}

/* a comes before b: nearer, or as near and first in code order */
static int
before(int da, const char *a, int db, const char *b)
{
	return da != db ? da < db : strcmp(a, b) < 0;
}

void
rt_suggest_add(struct rt_suggest *s, const char *code)
{
	unsigned long f[RT_SUGGEST_MAXLEN];
	long n;
	int d, limit;
	size_t i;
	char *copy;

	if (!s->usable || s->nomem || strcmp(code, s->raw) == 0 ||
	    (n = fold(code, f)) < 0)
		return;
	d = osa(s->word, s->wlen, f, (size_t)n);
	limit = (int)s->wlen / 3 > 1 ? (int)s->wlen / 3 : 1;
	if (d > limit)
		return;
	for (i = s->n; i > 0 && before(d, code, s->best[i - 1].dist,
	    s->best[i - 1].code); i--)
		;
	if (i == RT_SUGGEST_MAX)
		return;
	if ((copy = rt_strdup(code)) == NULL) {
		s->nomem = 1;
		return;
	}
	if (s->n == RT_SUGGEST_MAX)
		free(s->best[--s->n].code);
	memmove(&s->best[i + 1], &s->best[i], (s->n - i) * sizeof(s->best[0]));
	s->best[i].code = copy;
	s->best[i].dist = d;
	s->n++;
}

int
rt_suggest_append(const struct rt_suggest *s, struct rt_buf *b)
{
	size_t i;

	if (s->nomem || s->n == 0)
		return 0;
	if (rt_buf_puts(b, "; did you mean ") < 0)
		return -1;
	for (i = 0; i < s->n; i++)
		if (rt_buf_printf(b, "%s\"%s\"", i == 0 ? "" :
		    i + 1 == s->n ? " or " : ", ", s->best[i].code) < 0)
			return -1;
	return rt_buf_puts(b, "?");
}

void
rt_suggest_free(struct rt_suggest *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->best[i].code);
	s->n = 0;
}
