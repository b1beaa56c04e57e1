/*
 * rectrack — e-mail addresses (email.h).
 */
#include "base/email.h"

#include <string.h>

#define LOCAL_MAX	64	/* octets of the local part (RFC 5321) */
#define ADDRESS_MAX	254	/* octets of the whole address */
#define LABEL_MAX	63	/* octets of a domain label */

/* A character of a dot-atom (RFC 5322 atext), the dot aside. */
static int
atext(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || (c != '\0' &&
	    strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL);
}

/* The local part, n octets from s: atoms joined by single dots. */
static int
local_ok(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > LOCAL_MAX || s[0] == '.' || s[n - 1] == '.')
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] == '.' ? s[i + 1] == '.' : !atext((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The domain: two labels or more of letters, digits and '-', none empty,
 * none beginning or ending with '-'. */
static int
domain_ok(const char *s)
{
	size_t len = 0, labels = 0;
	const char *p;

	for (p = s;; p++) {
		if (*p == '.' || *p == '\0') {
			if (len == 0 || len > LABEL_MAX || p[-1] == '-')
				return 0;
			labels++;
			len = 0;
			if (*p == '\0')
				break;
			continue;
		}
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || (*p == '-' && len > 0)))
			return 0;
		len++;
	}
	return labels >= 2;
}

int
rt_email_valid(const char *s)
{
	const char *at;

	if (s == NULL || strlen(s) > ADDRESS_MAX ||
	    (at = strchr(s, '@')) == NULL || strchr(at + 1, '@') != NULL)
		return 0;
	return local_ok(s, (size_t)(at - s)) && domain_ok(at + 1);
}

const char *
rt_email_expected(void)
{
	return "expected local@domain, e.g. jane.doe@agency.gov";
}
