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
