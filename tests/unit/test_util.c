/*
 * Unit tests of the small helpers (util.c): rt_strdup, rt_blank, the
 * growable string, the JSON string writer and the UTF-8 decoder, with the
 * forms it must refuse (overlong, surrogates, above U+10FFFF, cut).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/util.h"

static void
test_strdup_and_blank(void **state)
{
	char *s;

	(void)state;
	assert_null(rt_strdup(NULL));
	s = rt_strdup("abc");
	assert_string_equal(s, "abc");
	free(s);
	s = rt_strdup("");
	assert_string_equal(s, "");
	free(s);

	assert_true(rt_blank(NULL));
	assert_true(rt_blank(""));
	assert_true(rt_blank(" \t\r\n "));
	assert_false(rt_blank(" x "));
	assert_false(rt_blank("\v"));
}

static void
test_buf(void **state)
{
	struct rt_buf b = { 0 };
	char big[1000];
	size_t i;

	(void)state;
	assert_int_equal(rt_buf_add(&b, "abcdef", 3), 0);
	assert_string_equal(b.s, "abc");
	assert_int_equal(b.len, 3);
	assert_int_equal(rt_buf_puts(&b, "-"), 0);
	assert_int_equal(rt_buf_printf(&b, "%d/%s", 42, "x"), 0);
	assert_string_equal(b.s, "abc-42/x");
	assert_int_equal(b.len, 8);
	assert_true(b.cap > b.len);
	/* an empty addition keeps the string */
	assert_int_equal(rt_buf_add(&b, "", 0), 0);
	assert_string_equal(b.s, "abc-42/x");
	rt_buf_free(&b);
	assert_null(b.s);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, 0);

	/* growing past the first block, and a printf longer than its
	 * small buffer */
	memset(big, 'y', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	for (i = 0; i < 3; i++)
		assert_int_equal(rt_buf_puts(&b, big), 0);
	assert_int_equal(b.len, 3 * (sizeof(big) - 1));
	assert_int_equal(strlen(b.s), b.len);
	rt_buf_free(&b);
	assert_int_equal(rt_buf_printf(&b, "<%s>", big), 0);
	assert_int_equal(b.len, sizeof(big) + 1);
	assert_int_equal(b.s[0], '<');
	assert_int_equal(b.s[b.len - 1], '>');
	assert_int_equal(b.s[b.len], '\0');
	rt_buf_free(&b);
}

/* rt_utf8_check: the offset of the first byte that is not UTF-8. */
static void
test_utf8_check(void **state)
{
	(void)state;
	assert_int_equal(rt_utf8_check(""), -1);
	assert_int_equal(rt_utf8_check("plain"), -1);
	assert_int_equal(rt_utf8_check("caf\xc3\xa9 \xf0\x9f\x98\x80"), -1);
	assert_int_equal(rt_utf8_check("a\xff"), 1);
	assert_int_equal(rt_utf8_check("ab\xc0\xaf"), 2);	/* overlong */
	assert_int_equal(rt_utf8_check("\xed\xa0\x80"), 0);	/* surrogate */
	assert_int_equal(rt_utf8_check("xyz\xe2\x82"), 3);	/* cut short */
	assert_int_equal(rt_utf8_check("\xf4\x90\x80\x80"), 0); /* > U+10FFFF */
}

/* rt_utf8_put writes each length and refuses what is not a character. */
static void
test_utf8_put(void **state)
{
	char d[5];
	unsigned long cp;

	(void)state;
	memset(d, 0, sizeof d);
	assert_int_equal(rt_utf8_put(d, 0x41), 1);
	assert_string_equal(d, "A");
	memset(d, 0, sizeof d);
	assert_int_equal(rt_utf8_put(d, 0xe9), 2);
	assert_string_equal(d, "\xc3\xa9");
	memset(d, 0, sizeof d);
	assert_int_equal(rt_utf8_put(d, 0x20ac), 3);
	assert_string_equal(d, "\xe2\x82\xac");
	memset(d, 0, sizeof d);
	assert_int_equal(rt_utf8_put(d, 0x1f600), 4);
	assert_string_equal(d, "\xf0\x9f\x98\x80");
	/* what it writes, rt_utf8_seq reads back */
	assert_int_equal(rt_utf8_seq(d, &cp), 4);
	assert_int_equal(cp, 0x1f600);
	assert_int_equal(rt_utf8_put(d, 0), 0);
	assert_int_equal(rt_utf8_put(d, 0xd800), 0);
	assert_int_equal(rt_utf8_put(d, 0x110000), 0);
}

/* The length rt_utf8_seq gives for s; *cp is checked when it is not 0. */
static size_t
seq(const char *s, unsigned long want)
{
	unsigned long cp = 0xdeadUL;
	size_t n = rt_utf8_seq(s, &cp);

	if (n != 0)
		assert_int_equal(cp, want);
	else
		assert_int_equal(cp, 0xdeadUL);
	return n;
}

static void
test_utf8_well_formed(void **state)
{
	(void)state;
	assert_int_equal(seq("\xc2\x80", 0x80), 2);
	assert_int_equal(seq("\xc3\xa9", 0xe9), 2);
	assert_int_equal(seq("\xdf\xbf", 0x7ff), 2);
	assert_int_equal(seq("\xe0\xa0\x80", 0x800), 3);
	assert_int_equal(seq("\xe2\x82\xac", 0x20ac), 3);
	assert_int_equal(seq("\xed\x9f\xbf", 0xd7ff), 3);
	assert_int_equal(seq("\xee\x80\x80", 0xe000), 3);
	assert_int_equal(seq("\xef\xbf\xbf", 0xffff), 3);
	assert_int_equal(seq("\xf0\x90\x80\x80", 0x10000), 4);
	assert_int_equal(seq("\xf0\x9f\x98\x80", 0x1f600), 4);
	assert_int_equal(seq("\xf4\x8f\xbf\xbf", 0x10ffff), 4);
	/* only the sequence counts, not what follows it */
	assert_int_equal(seq("\xc3\xa9xyz", 0xe9), 2);
}

static void
test_utf8_refused(void **state)
{
	(void)state;
	/* ASCII and NUL start no sequence */
	assert_int_equal(seq("a", 0), 0);
	assert_int_equal(seq("", 0), 0);
	/* a stray continuation byte, and bytes that never appear */
	assert_int_equal(seq("\x80", 0), 0);
	assert_int_equal(seq("\xbf", 0), 0);
	assert_int_equal(seq("\xf5\x80\x80\x80", 0), 0);
	assert_int_equal(seq("\xff", 0), 0);
	/* overlong forms: "/" in 2, 3 and 4 bytes, and the smallest
	 * overlong 3- and 4-byte forms */
	assert_int_equal(seq("\xc0\xaf", 0), 0);
	assert_int_equal(seq("\xc1\xbf", 0), 0);
	assert_int_equal(seq("\xe0\x80\xaf", 0), 0);
	assert_int_equal(seq("\xe0\x9f\xbf", 0), 0);
	assert_int_equal(seq("\xf0\x80\x80\xaf", 0), 0);
	assert_int_equal(seq("\xf0\x8f\xbf\xbf", 0), 0);
	/* surrogates, high and low */
	assert_int_equal(seq("\xed\xa0\x80", 0), 0);
	assert_int_equal(seq("\xed\xad\xbf", 0), 0);
	assert_int_equal(seq("\xed\xb0\x80", 0), 0);
	assert_int_equal(seq("\xed\xbf\xbf", 0), 0);
	/* above U+10FFFF */
	assert_int_equal(seq("\xf4\x90\x80\x80", 0), 0);
	/* cut short, by the end or by a byte that does not continue */
	assert_int_equal(seq("\xc3", 0), 0);
	assert_int_equal(seq("\xe2\x82", 0), 0);
	assert_int_equal(seq("\xf0\x9f\x98", 0), 0);
	assert_int_equal(seq("\xe2\x82z", 0), 0);
	assert_int_equal(seq("\xc3\xc3\xa9", 0), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strdup_and_blank),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_utf8_check),
		cmocka_unit_test(test_utf8_put),
		cmocka_unit_test(test_utf8_well_formed),
		cmocka_unit_test(test_utf8_refused),
	};

	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
