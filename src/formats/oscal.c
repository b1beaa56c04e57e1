/* rectrack — what the OSCAL POA&M writer and reader share. */
#include "formats/oscal.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

int
rt_oscal_register_ns(const char *uid, char out[RT_UUID_SIZE])
{
	return rt_oscal_uuid(RT_OSCAL_NS_UUID, "register", uid, out);
}

int
rt_oscal_uuid(const char *ns, const char *kind, const char *key,
    char out[RT_UUID_SIZE])
{
	size_t nk = strlen(kind), n = nk + 1 + strlen(key);
	char *name;
	int r;

	out[0] = '\0';
	if ((name = malloc(n + 1)) == NULL)
		return -1;
	memcpy(name, kind, nk);
	name[nk] = ' ';
	memcpy(name + nk + 1, key, n - nk);
	r = rt_uuid5(ns, name, n, out);
	free(name);
	return r;
}

const char *
rt_oscal_risk_status(int status)
{
	switch (status) {
	case RT_OPEN_PENDING: return "open";
	case RT_OPEN_UNRESOLVED: return "investigating";
	case RT_OPEN_RESOLVED: return "remediating";
	case RT_CLOSED_IMPLEMENTED: return "closed";
	case RT_CLOSED_NOT_IMPLEMENTED: return "deviation-approved";
	}
	return NULL;
}

int
rt_oscal_status_parse(const char *s, enum rt_status *out)
{
	static const struct {
		const char *name;
		enum rt_status status;
	} map[] = {
		{ "open", RT_OPEN_PENDING },
		{ "investigating", RT_OPEN_UNRESOLVED },
		{ "remediating", RT_OPEN_RESOLVED },
		{ "deviation-requested", RT_OPEN_RESOLVED },
		{ "closed", RT_CLOSED_IMPLEMENTED },
		{ "deviation-approved", RT_CLOSED_NOT_IMPLEMENTED },
	};
	size_t i;

	for (i = 0; s != NULL && i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(s, map[i].name) == 0) {
			*out = map[i].status;
			return 0;
		}
	return -1;
}

/*
 * The length of the white space character (JavaScript's \s, which the
 * schema's patterns are checked with) at p, or 0.
 */
static size_t
space_len(const unsigned char *p)
{
	if (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		return 1;
	if (p[0] == 0xc2 && p[1] == 0xa0)			/* U+00A0 */
		return 2;
	if (p[0] == 0xe1 && p[1] == 0x9a && p[2] == 0x80)	/* U+1680 */
		return 3;
	if (p[0] == 0xe2 && p[1] == 0x80 && ((p[2] >= 0x80 &&
	    p[2] <= 0x8a) || p[2] == 0xa8 || p[2] == 0xa9 || p[2] == 0xaf))
		return 3;		/* U+2000-200A, 2028, 2029, 202F */
	if (p[0] == 0xe2 && p[1] == 0x81 && p[2] == 0x9f)	/* U+205F */
		return 3;
	if (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80)	/* U+3000 */
		return 3;
	if (p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)	/* U+FEFF */
		return 3;
	return 0;
}

/* A line break inside a value: U+2028 and U+2029 (besides the C0
 * controls). */
static int
line_sep(const unsigned char *p)
{
	return p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 ||
	    p[2] == 0xa9);
}

/*
 * Mark in esc[] the bytes of s written %XX: "%" (with pct), the control
 * characters, U+2028 and U+2029 anywhere, and a white space character
 * that begins or ends the text.  Returns how many.
 */
static size_t
mark(const char *s, size_t n, unsigned char *esc, int pct)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, k, last = 0, count = 0;

	memset(esc, 0, n);
	for (i = 0; i < n; i++) {
		if ((pct && u[i] == '%') || u[i] < 0x20 || u[i] == 0x7f)
			esc[i] = 1;
		else if (line_sep(u + i))
			esc[i] = esc[i + 1] = esc[i + 2] = 1;
		if ((u[i] & 0xc0) != 0x80)
			last = i;
	}
	if ((k = space_len(u)) > 0)
		memset(esc, 1, k);
	if (n > 0 && (k = space_len(u + last)) > 0 && last + k == n)
		memset(esc + last, 1, k);
	for (i = 0; i < n; i++)
		count += esc[i];
	return count;
}

int
rt_oscal_prop_fits(const char *s)
{
	unsigned char *esc;
	size_t n;
	int fits;

	if (s == NULL || (n = strlen(s)) == 0 || (esc = malloc(n)) == NULL)
		return 0;
	fits = mark(s, n, esc, 0) == 0;
	free(esc);
	return fits;
}

char *
rt_oscal_prop_encode(const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(s), i;
	unsigned char *esc;
	char *v, *p;

	if (n == 0)
		return rt_strdup("%");
	if ((esc = malloc(n)) == NULL)
		return NULL;
	if ((v = malloc(n + 2 * mark(s, n, esc, 1) + 1)) == NULL) {
		free(esc);
		return NULL;
	}
	for (p = v, i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (esc[i]) {
			*p++ = '%';
			*p++ = hex[c >> 4];
			*p++ = hex[c & 15];
		} else
			*p++ = (char)c;
	}
	*p = '\0';
	free(esc);
	return v;
}

char *
rt_oscal_prop_decode(const char *v, int *bad)
{
	size_t i;
	char *s, *p;
	int hi, lo;

	*bad = 0;
	if (strcmp(v, "%") == 0)
		return rt_strdup("");
	if ((s = malloc(strlen(v) + 1)) == NULL)
		return NULL;
	for (p = s, i = 0; v[i]; i++) {
		if (v[i] != '%') {
			*p++ = v[i];
			continue;
		}
		if ((hi = rt_hexval((unsigned char)v[i + 1])) < 0 ||
		    (lo = rt_hexval((unsigned char)v[i + 2])) < 0 ||
		    (hi == 0 && lo == 0)) {
			free(s);
			*bad = 1;
			return NULL;
		}
		*p++ = (char)(hi << 4 | lo);
		i += 2;
	}
	*p = '\0';
	return s;
}
