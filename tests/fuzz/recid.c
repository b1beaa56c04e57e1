/*
 * libFuzzer harness: the recommendation id parser (REPORT#NUMBER,
 * rt_recid_parse in domain.c) and the natural order of recommendation
 * numbers (rt_natcmp, rt_natkey).
 *
 * The input, as text, is split; an id that parses must give back the
 * text when joined again, with non-empty parts free of blanks at either
 * end and no '#' in the report part.  The input, cut in two at its first
 * newline, gives two numbers whose natural order must be the byte order
 * of their sort keys (when no run of digits is longer than 99), and
 * agree with itself when the two are swapped.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: %s\n", \
    __FILE__, __LINE__, #c); abort(); } } while (0)

static int
sign(int v)
{
	return (v > 0) - (v < 0);
}

/* The longest run of digits in s. */
static size_t
longest_run(const char *s)
{
	size_t n = 0, best = 0;

	for (; *s != '\0'; s++) {
		n = *s >= '0' && *s <= '9' ? n + 1 : 0;
		if (n > best)
			best = n;
	}
	return best;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rt_error *err;
	char *s, *report, *number, *a, *b, *ka, *kb, *nl;
	size_t rlen;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if ((err = rt_recid_parse(s, &report, &number)) == NULL) {
		rlen = strlen(report);
		CHECK(rlen > 0 && *number != '\0');
		CHECK(strchr(report, '#') == NULL);
		CHECK(strncmp(s, report, rlen) == 0 && s[rlen] == '#' &&
		    strcmp(s + rlen + 1, number) == 0);
		CHECK(!isspace((unsigned char)report[0]) &&
		    !isspace((unsigned char)report[rlen - 1]) &&
		    !isspace((unsigned char)number[0]) &&
		    !isspace((unsigned char)number[strlen(number) - 1]));
		free(report);
		free(number);
	} else {
		CHECK(err->code == RT_EINVAL || err->code == RT_ENOMEM);
		CHECK(report == NULL && number == NULL);
		rt_error_free(err);
	}

	a = s;
	b = "";
	if ((nl = strchr(s, '\n')) != NULL) {
		*nl = '\0';
		b = nl + 1;
	}
	CHECK(sign(rt_natcmp(a, b)) == -sign(rt_natcmp(b, a)));
	CHECK(rt_natcmp(a, a) == 0);
	if ((ka = rt_natkey(a)) != NULL && (kb = rt_natkey(b)) != NULL) {
		if (longest_run(a) <= 99 && longest_run(b) <= 99)
			CHECK(sign(strcmp(ka, kb)) == sign(rt_natcmp(a, b)));
		free(kb);
	}
	free(ka);
	free(s);
	return 0;
}
