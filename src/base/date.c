#include "base/date.h"

#include <string.h>

static int
days_in_month(int y, int m)
{
	static const int mdays[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

/* The value of n decimal digits at s, or -1 if one is not a digit. */
static int
digits(const char *s, int n)
{
	int v = 0;

	for (; n > 0; n--, s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

int
rt_date_parse(const char *s, int *y, int *m, int *d)
{
	int yy, mm, dd;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	yy = digits(s, 4);
	mm = digits(s + 5, 2);
	dd = digits(s + 8, 2);
	if (yy < 1 || mm < 1 || mm > 12 || dd < 1 ||
	    dd > days_in_month(yy, mm))
		return -1;
	if (y != NULL)
		*y = yy;
	if (m != NULL)
		*m = mm;
	if (d != NULL)
		*d = dd;
	return 0;
}

int
rt_date_valid(const char *s)
{
	return rt_date_parse(s, NULL, NULL, NULL) == 0;
}

/* Howard Hinnant's days_from_civil. */
long
rt_date_days(int y, int m, int d)
{
	long yy, era, yoe, doy, doe;

	yy = (long)y - (m <= 2);
	era = (yy >= 0 ? yy : yy - 399) / 400;
	yoe = yy - era * 400;
	doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

long
rt_date_str_days(const char *s)
{
	int y = 1970, m = 1, d = 1;

	rt_date_parse(s, &y, &m, &d);
	return rt_date_days(y, m, d);
}

/* Write v (>= 0) as n decimal digits at p. */
static void
put_digits(char *p, long v, int n)
{
	for (p += n; n > 0; n--, v /= 10)
		*--p = (char)('0' + v % 10);
}

/*
 * Howard Hinnant's civil_from_days, clamped to 0001-01-01..9999-12-31
 * so that out always holds a date.
 */
void
rt_date_from_days(long days, char out[RT_DATE_SIZE])
{
	long z, era, doe, yoe, doy, mp, y, m, d;

	if (days < -719162)
		days = -719162;
	if (days > 2932896)
		days = 2932896;
	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	y = yoe + era * 400 + (m <= 2);
	put_digits(out, y, 4);
	out[4] = '-';
	put_digits(out + 5, m, 2);
	out[7] = '-';
	put_digits(out + 8, d, 2);
	out[10] = '\0';
}

long
rt_date_diff(const char *a, const char *b)
{
	return rt_date_str_days(b) - rt_date_str_days(a);
}

int
rt_date_fiscal_year(const char *s, int start_month)
{
	int y = 1970, m = 1;

	rt_date_parse(s, &y, &m, NULL);
	return start_month > 1 && m >= start_month ? y + 1 : y;
}
