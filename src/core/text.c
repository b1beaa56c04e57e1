/* rectrack — what a text may hold when it enters the register
 * (text.h). */
#include "core/text.h"

#include <stddef.h>

#include "base/error.h"
#include "base/util.h"

int
rt_text_one_line(const char *s)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return 0;
	return rt_utf8_check(s) == -1;
}

struct rt_error *
rt_text_check(const char *field, const char *s)
{
	long bad;

	if (s == NULL || (bad = rt_utf8_check(s)) == -1)
		return NULL;
	return rt_error_new(RT_EINVAL, "%s: not valid UTF-8 text (byte %ld)",
	    field, bad + 1);
}

struct rt_error *
rt_name_check(const char *whose, const char *name)
{
	if (name == NULL || rt_text_one_line(name))
		return NULL;
	return rt_error_new(RT_EINVAL, "name: the %s name is one line of "
	    "text, without control characters", whose);
}

int
rt_text_reorders(unsigned long cp)
{
	return cp == 0x061c || cp == 0x200e || cp == 0x200f ||
	    (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

int
rt_text_code_ok(const char *s)
{
	unsigned long cp;
	size_t len;

	if (rt_utf8_check(s) != -1)
		return 0;
	for (; *s; s += len) {
		if ((unsigned char)*s < 0x80) {
			cp = (unsigned char)*s;
			len = 1;
		} else if ((len = rt_utf8_seq(s, &cp)) == 0)
			return 0;
		if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ||
		    rt_text_reorders(cp))
			return 0;
	}
	return 1;
}

struct rt_error *
rt_code_check(const char *field, const char *what, const char *s)
{
	struct rt_error *err;

	if (s == NULL || rt_text_code_ok(s))
		return NULL;
	if ((err = rt_text_check(field, s)) != NULL)
		return err;
	return rt_error_new(RT_EINVAL, "\"%s\": not %s (no control "
	    "character, no invisible character that reorders text)", s, what);
}
