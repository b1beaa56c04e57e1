#include "base/clock.h"

#include <string.h>

#include "base/date.h"

static int fixed;
static time_t fixed_at;

/* The value of the two digits at s, or -1. */
static int
two_digits(const char *s)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	return (s[0] - '0') * 10 + (s[1] - '0');
}

int
rt_clock_fix(const char *iso)
{
	char date[RT_DATE_SIZE];
	int y, m, d, hh = 0, mm = 0, ss = 0;
	size_t len;

	if (iso == NULL) {
		fixed = 0;
		return 0;
	}
	len = strlen(iso);
	if (len != 10 && len != 20)
		return -1;
	memcpy(date, iso, 10);
	date[10] = '\0';
	if (rt_date_parse(date, &y, &m, &d) == -1)
		return -1;
	if (len == 20) {
		if (iso[10] != 'T' || iso[13] != ':' || iso[16] != ':' ||
		    iso[19] != 'Z')
			return -1;
		hh = two_digits(iso + 11);
		mm = two_digits(iso + 14);
		ss = two_digits(iso + 17);
		if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 ||
		    ss > 59)
			return -1;
	}
	fixed_at = (time_t)rt_date_days(y, m, d) * 86400 + hh * 3600 +
	    mm * 60 + ss;
	fixed = 1;
	return 0;
}

time_t
rt_clock_time(void)
{
	return fixed ? fixed_at : time(NULL);
}

/* The date of a broken-down time as YYYY-MM-DD. */
static void
tm_date(const struct tm *tm, char out[RT_DATE_SIZE])
{
	rt_date_from_days(rt_date_days(tm->tm_year + 1900, tm->tm_mon + 1,
	    tm->tm_mday), out);
}

void
rt_clock_now(char out[21])
{
	struct tm tm;
	time_t t = rt_clock_time();

	gmtime_r(&t, &tm);
	tm_date(&tm, out);
	strftime(out + 10, 11, "T%H:%M:%SZ", &tm);
}

void
rt_clock_today(char out[11])
{
	struct tm tm;
	time_t t = rt_clock_time();

	tzset();
	localtime_r(&t, &tm);
	tm_date(&tm, out);
}
