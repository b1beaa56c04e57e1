/*
 * libFuzzer harness: the money parser and formatters (money.c).
 *
 * The input, as text, is parsed; an amount that parses must be within
 * 0..9,000,000,000,000,000 cents and read back the same from both the
 * plain and the display form.  The first eight bytes, as any number of
 * cents (negative ones too), must format within 32 bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/money.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: %s\n", \
    __FILE__, __LINE__, #c); abort(); } } while (0)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, buf[32];
	int64_t cents, again, raw = 0;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (rt_money_parse(s, &cents) == 0) {
		CHECK(cents >= 0 && cents <= INT64_C(9000000000000000000));
		rt_money_format(cents, buf, sizeof(buf));
		CHECK(rt_money_parse(buf, &again) == 0 && again == cents);
		rt_money_display(cents, buf, sizeof(buf));
		CHECK(rt_money_parse(buf, &again) == 0 && again == cents);
	}

	memcpy(&raw, data, size < sizeof(raw) ? size : sizeof(raw));
	rt_money_format(raw, buf, sizeof(buf));
	CHECK(strlen(buf) < sizeof(buf) - 1);
	rt_money_display(raw, buf, sizeof(buf));
	CHECK(strlen(buf) < sizeof(buf) - 1);
	free(s);
	return 0;
}
