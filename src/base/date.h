/*
 * rectrack — calendar dates.  Dates travel as "YYYY-MM-DD" strings
 * (RT_DATE_SIZE bytes with the NUL); an empty string means "no date".
 */
#ifndef RT_DATE_H
#define RT_DATE_H

#define RT_DATE_SIZE 11

/*
 * Parse a strict YYYY-MM-DD date (four-digit year 0001-9999, two-digit
 * month and day, calendar-checked: 2021-02-29 fails, 2024-02-29 passes).
 * Returns 0 and fills y, m, d (each may be NULL) or -1 when s is not a
 * date.
 */
int rt_date_parse(const char *s, int *y, int *m, int *d);

/* True when s is a valid date by rt_date_parse. */
int rt_date_valid(const char *s);

/* Days since 1970-01-01 of a valid civil date (negative before). */
long rt_date_days(int y, int m, int d);

/* Days since 1970-01-01 of a date string; s must be valid. */
long rt_date_str_days(const char *s);

/* Write the date `days` after 1970-01-01 into out as YYYY-MM-DD. */
void rt_date_from_days(long days, char out[RT_DATE_SIZE]);

/* Days from a to b (b - a); both must be valid dates. */
long rt_date_diff(const char *a, const char *b);

/*
 * Fiscal year of a valid date when the fiscal year starts on the first
 * day of start_month (1-12).  A fiscal year is named by the calendar year
 * in which it ends: with start_month 10, 2021-09-30 is FY2021 and
 * 2021-10-01 is FY2022; with start_month 1 it is the calendar year.
 */
int rt_date_fiscal_year(const char *s, int start_month);

/* The fiscal years rectrack takes where one is given (report add --fy,
 * the --fy filter, an import's fiscal_year). */
#define RT_FY_MIN	1900
#define RT_FY_MAX	9999

#endif
