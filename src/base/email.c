/*
 * rectrack — e-mail addresses (email.h).
 */
#include "base/email.h"

#include <string.h>

int
rt_email_valid(const char *s)
{
	const char *at, *p;

	if (s == NULL || (at = strchr(s, '@')) == NULL || at == s ||
	    strchr(at + 1, '@') != NULL)
		return 0;
	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f)
			return 0;
	/* the domain: labels separated by dots, at least two, none empty */
	p = at + 1;
	if (*p == '\0' || *p == '.' || p[strlen(p) - 1] == '.' ||
	    strstr(p, "..") != NULL || strchr(p, '.') == NULL)
		return 0;
	return 1;
}

const char *
rt_email_expected(void)
{
	return "expected local@domain, e.g. jane.doe@agency.gov";
}
