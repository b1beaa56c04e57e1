#include "base/money.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#include "base/error.h"

#define MONEY_MAX RT_MONEY_MAX

static const char *
skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* rt_money_parse, but -2 for an amount well written and over the
 * largest. */
static int
parse(const char *s, int64_t *cents)
{
	const char *p;
	int64_t dollars = 0, frac = 0;
	int n = 0, grouped = 0, dig, big = 0;

	p = skip_blanks(s);
	if (*p == '$')
		p++;
	for (;; p++) {
		if (*p >= '0' && *p <= '9') {
			dig = *p - '0';
			if (grouped && n == 3)
				return -1;
			if (dollars > (MONEY_MAX / 100 - dig) / 10)
				big = 1;
			else
				dollars = dollars * 10 + dig;
			n++;
		} else if (*p == ',') {
			if (n == 0 || n > 3 || (grouped && n != 3))
				return -1;
			grouped = 1;
			n = 0;
		} else
			break;
	}
	if (n == 0 || (grouped && n != 3))
		return -1;
	if (*p == '.') {
		for (n = 0, p++; *p >= '0' && *p <= '9' && n < 2; p++, n++)
			frac = frac * 10 + (*p - '0');
		if (n == 0)
			return -1;
		if (n == 1)
			frac *= 10;
	}
	if (*skip_blanks(p) != '\0')
		return -1;
	if (big || dollars * 100 > MONEY_MAX - frac)
		return -2;
	*cents = dollars * 100 + frac;
	return 0;
}

int
rt_money_parse(const char *s, int64_t *cents)
{
	return parse(s, cents) == 0 ? 0 : -1;
}

const char *
rt_money_hint(const char *s)
{
	int64_t c;

	return parse(s, &c) == -2 ? "at most " RT_MONEY_MAX_TEXT :
	    "e.g. 1234.56";
}

int
rt_money_add(int64_t *sum, int64_t cents)
{
	int64_t r;

	if (__builtin_add_overflow(*sum, cents, &r))
		return -1;
	*sum = r;
	return 0;
}

struct rt_error *
rt_money_sum_error(void)
{
	return rt_error_new(RT_EINVAL, "a total of amounts would pass "
	    RT_MONEY_SUM_MAX_TEXT ", the most rectrack can add up; select "
	    "fewer recommendations");
}

/* Write |cents| as dollars with an optional sign and separator. */
static void
format(int64_t cents, char *buf, size_t size, const char *cur, int commas)
{
	uint64_t mag;
	char digs[32], grp[48];
	size_t i, j, len;

	mag = cents < 0 ? -(uint64_t)cents : (uint64_t)cents;
	len = (size_t)snprintf(digs, sizeof(digs), "%" PRIu64, mag / 100);
	for (i = j = 0; i < len; i++) {
		if (commas && i > 0 && (len - i) % 3 == 0)
			grp[j++] = ',';
		grp[j++] = digs[i];
	}
	grp[j] = '\0';
	snprintf(buf, size, "%s%s%s.%02u", cents < 0 ? "-" : "", cur, grp,
	    (unsigned)(mag % 100));
}

void
rt_money_format(int64_t cents, char *buf, size_t size)
{
	format(cents, buf, size, "", 0);
}

void
rt_money_display(int64_t cents, char *buf, size_t size)
{
	format(cents, buf, size, "$", 1);
}
