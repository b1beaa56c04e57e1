/*
 * rectrack — codes: what a code may be, and a code made from a name
 * (code.h).
 */
#include "base/code.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"

/* Room for the base of a code before its suffix ("-9999"). */
#define SUFFIX_ROOM 5

int
rt_code_valid(const char *code)
{
	return code != NULL && !rt_blank(code) && strchr(code, '/') == NULL;
}

/* The small words a run of initials leaves out. */
static int
small_word(const char *w, size_t n)
{
	static const char *const small[] = {
		"of", "the", "and", "for", "on", "in", "at", "to", "a", "an",
	};
	size_t i;

	for (i = 0; i < sizeof(small) / sizeof(small[0]); i++)
		if (strlen(small[i]) == n && strncasecmp(w, small[i], n) == 0)
			return 1;
	return 0;
}

/* A word kept whole: in capitals (two letters or more), or with digits. */
static int
whole_word(const char *w, size_t n)
{
	size_t i, upper = 0;

	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)w[i]))
			return 1;
		if (isupper((unsigned char)w[i]))
			upper++;
	}
	return n >= 2 && upper == n;
}

/* Append the lowercase of n bytes at w to out (limit bytes at most). */
static void
put(char *out, size_t limit, const char *w, size_t n)
{
	size_t len = strlen(out), i;

	for (i = 0; i < n && len < limit; i++)
		out[len++] = (char)tolower((unsigned char)w[i]);
	out[len] = '\0';
}

/* Append '-' unless out is empty or ends with one. */
static void
dash(char *out, size_t limit)
{
	size_t len = strlen(out);

	if (len > 0 && out[len - 1] != '-' && len < limit) {
		out[len] = '-';
		out[len + 1] = '\0';
	}
}

/* Write the run of ordinary words ws[0..n) (start, length) to out. */
static void
put_run(char *out, size_t limit, const char *const *ws, const size_t *lens,
    size_t n)
{
	size_t i;

	if (n == 0)
		return;
	dash(out, limit);
	for (i = 0; i < n; i++) {
		if (n >= 3)
			put(out, limit, ws[i], 1);
		else {
			if (i > 0)
				dash(out, limit);
			put(out, limit, ws[i], lens[i]);
		}
	}
}

/* The code of name, before uniqueness, into base (limit bytes). */
static void
derive_base(const char *name, char *base, size_t limit)
{
	const char *ws[RT_CODE_DERIVED_MAX];
	size_t lens[RT_CODE_DERIVED_MAX], n = 0, len;
	const char *p = name;

	base[0] = '\0';
	while (*p != '\0') {
		while (*p != '\0' && (!isalnum((unsigned char)*p) ||
		    (unsigned char)*p >= 0x80))
			p++;
		if (*p == '\0')
			break;
		for (len = 0; isalnum((unsigned char)p[len]) &&
		    (unsigned char)p[len] < 0x80; len++)
			continue;
		if (whole_word(p, len)) {
			put_run(base, limit, ws, lens, n);
			n = 0;
			dash(base, limit);
			put(base, limit, p, len);
		} else if (!small_word(p, len) && n < RT_CODE_DERIVED_MAX) {
			ws[n] = p;
			lens[n++] = len;
		}
		p += len;
	}
	put_run(base, limit, ws, lens, n);
	while ((len = strlen(base)) > 0 && base[len - 1] == '-')
		base[len - 1] = '\0';
	if (base[0] == '\0')
		snprintf(base, limit + 1, "official");
}

int
rt_code_derive(const char *name, int (*taken)(const char *, void *),
    void *arg, char out[RT_CODE_DERIVED_MAX + 1])
{
	char base[RT_CODE_DERIVED_MAX + 1], buf[RT_CODE_DERIVED_MAX + 16];
	size_t len;
	int i, n;

	derive_base(name ? name : "", base, RT_CODE_DERIVED_MAX);
	snprintf(out, RT_CODE_DERIVED_MAX + 1, "%s", base);
	if (taken == NULL || !taken(out, arg))
		return 0;
	/* the base shortened to leave room for the suffix */
	if ((len = strlen(base)) > RT_CODE_DERIVED_MAX - SUFFIX_ROOM)
		len = RT_CODE_DERIVED_MAX - SUFFIX_ROOM;
	while (len > 1 && base[len - 1] == '-')
		len--;
	base[len] = '\0';
	for (i = 2; i <= 9999; i++) {
		/* the base left room for the suffix: it always fits */
		n = snprintf(buf, sizeof(buf), "%s-%d", base, i);
		if (n < 0 || n > RT_CODE_DERIVED_MAX)
			break;
		memcpy(out, buf, (size_t)n + 1);
		if (!taken(out, arg))
			return 0;
	}
	out[0] = '\0';
	return -1;
}

/* What rt_code_derive_all's own test looks at. */
struct all {
	const char *const *texts;
	size_t n;
	char (*codes)[RT_CODE_DERIVED_MAX + 1];
	const unsigned char *set;	/* codes[i] given */
	int (*taken)(const char *, void *);
	void *arg;
};

static int
taken_all(const char *code, void *arg)
{
	const struct all *a = arg;
	size_t i;

	if (a->taken != NULL && a->taken(code, a->arg))
		return 1;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->texts[i], code) == 0 ||
		    (a->set[i] && strcmp(a->codes[i], code) == 0))
			return 1;
	return 0;
}

int
rt_code_derive_all(const char *const *texts, size_t n,
    int (*taken)(const char *, void *), void *arg,
    char (*codes)[RT_CODE_DERIVED_MAX + 1])
{
	struct all a = { texts, n, codes, NULL, taken, arg };
	unsigned char *set;
	size_t i, j;
	int rc = 0;

	if (n == 0)
		return 0;
	if ((set = calloc(n, 1)) == NULL)
		return -1;
	a.set = set;
	/* first the texts that are codes already, each its own */
	for (i = 0; i < n; i++) {
		rt_code_derive(texts[i], NULL, NULL, codes[i]);
		if (strcmp(codes[i], texts[i]) != 0 ||
		    (taken != NULL && taken(codes[i], arg)))
			continue;
		for (j = 0; j < i && !(set[j] &&
		    strcmp(codes[j], codes[i]) == 0); j++)
			continue;
		if (j == i)
			set[i] = 1;
	}
	for (i = 0; i < n && rc == 0; i++)
		if (!set[i] && (rc = rt_code_derive(texts[i], taken_all, &a,
		    codes[i])) == 0)
			set[i] = 1;
	free(set);
	return rc;
}
