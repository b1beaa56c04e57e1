/*
 * libFuzzer harness: the date parser and calendar arithmetic (date.c).
 *
 * The input, as text, is parsed; a date that parses must be what it
 * says (year 1-9999, month 1-12, a day of that month), come back the
 * same from its day number, and fall in its own or the next fiscal year.
 * The first eight bytes, as a day number, must give a valid date (clamped
 * to 0001-01-01..9999-12-31).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: %s\n", \
    __FILE__, __LINE__, #c); abort(); } } while (0)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, out[RT_DATE_SIZE];
	int y, m, d, start, fy;
	long days, n;
	int64_t raw = 0;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (rt_date_parse(s, &y, &m, &d) == 0) {
		CHECK(rt_date_valid(s));
		CHECK(strlen(s) == 10);
		CHECK(y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
		    d <= 31);
		days = rt_date_days(y, m, d);
		CHECK(days == rt_date_str_days(s));
		rt_date_from_days(days, out);
		CHECK(strcmp(out, s) == 0);
		rt_date_from_days(days + 1, out);
		CHECK(rt_date_valid(out));
		if (y < 9999 || m < 12 || d < 31)
			CHECK(rt_date_diff(s, out) == 1);
		for (start = 1; start <= 12; start++) {
			fy = rt_date_fiscal_year(s, start);
			CHECK(fy == y || fy == y + 1);
			CHECK(start != 1 || fy == y);
		}
	} else
		CHECK(!rt_date_valid(s));

	memcpy(&raw, data, size < sizeof(raw) ? size : sizeof(raw));
	n = (long)raw;
	rt_date_from_days(n, out);
	CHECK(rt_date_valid(out));
	days = rt_date_str_days(out);
	if (n >= rt_date_days(1, 1, 1) && n <= rt_date_days(9999, 12, 31))
		CHECK(days == n);
	free(s);
	return 0;
}
