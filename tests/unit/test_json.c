#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "formats/json.h"

/* What rt_json_string writes for s. */
static void
expect_json(const char *s, const char *want)
{
	char *buf = NULL;
	size_t len;
	FILE *fp;

	assert_non_null(fp = open_memstream(&buf, &len));
	rt_json_string(fp, s);
	fclose(fp);
	assert_string_equal(buf, want);
	free(buf);
}

static void
test_escaping(void **state)
{
	(void)state;
	expect_json("", "\"\"");
	expect_json("plain text", "\"plain text\"");
	expect_json("a\"b\\c/d", "\"a\\\"b\\\\c/d\"");
}

static void
test_control(void **state)
{
	(void)state;
	expect_json("a\nb\tc\rd", "\"a\\nb\\tc\\rd\"");
	expect_json("\x01\x1b\x1f\x7f", "\"\\u0001\\u001b\\u001f\\u007f\"");
	/* the C1 controls U+0080 to U+009F */
	expect_json("\xc2\x80\xc2\x9f", "\"\\u0080\\u009f\"");
}

static void
test_non_ascii(void **state)
{
	(void)state;
	/* well-formed UTF-8 passes through */
	expect_json("caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\x98\x80 \xc2\xa0",
	    "\"caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\x98\x80 \xc2\xa0\"");
	/* anything else is U+FFFD, one per byte: a stray continuation
	 * byte, an overlong form, a surrogate, a cut sequence, a byte that
	 * never starts one */
	expect_json("a\x80z", "\"a\\ufffdz\"");
	expect_json("\xc0\xaf", "\"\\ufffd\\ufffd\"");
	expect_json("\xe0\x80\xaf", "\"\\ufffd\\ufffd\\ufffd\"");
	expect_json("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\"");
	expect_json("\xe2\x80", "\"\\ufffd\\ufffd\"");
	expect_json("\xff", "\"\\ufffd\"");
	expect_json("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
}

/* The compact writer: text or null, numbers, arrays of one element a
 * line (nested ones indented a blank more, only the outermost closing
 * on a line of its own), plain arrays inline. */
static void
test_compact(void **state)
{
	struct rt_json j = { 0 };
	char *buf = NULL;
	size_t len;
	int i;

	(void)state;
	j.compact = 1;
	assert_non_null(j.fp = open_memstream(&buf, &len));
	rt_json_open(&j, RT_JSON_OBJECT);
	rt_json_key(&j, "a");
	rt_json_text(&j, "x\"y");
	rt_json_key(&j, "b");
	rt_json_text(&j, "");
	rt_json_key(&j, "c");
	rt_json_text(&j, NULL);
	rt_json_key(&j, "n");
	rt_json_int(&j, -12);
	rt_json_key(&j, "rows");
	rt_json_open(&j, RT_JSON_LINES);
	for (i = 0; i < 2; i++) {
		rt_json_open(&j, RT_JSON_OBJECT);
		rt_json_key(&j, "sub");
		rt_json_open(&j, RT_JSON_LINES);
		rt_json_open(&j, RT_JSON_OBJECT);
		rt_json_key(&j, "tags");
		rt_json_open(&j, RT_JSON_ARRAY);
		rt_json_str(&j, "t");
		rt_json_raw(&j, "true");
		rt_json_close(&j, RT_JSON_ARRAY);
		rt_json_close(&j, RT_JSON_OBJECT);
		rt_json_close(&j, RT_JSON_LINES);
		rt_json_close(&j, RT_JSON_OBJECT);
	}
	rt_json_close(&j, RT_JSON_LINES);
	rt_json_key(&j, "none");
	rt_json_open(&j, RT_JSON_LINES);
	rt_json_close(&j, RT_JSON_LINES);
	rt_json_close(&j, RT_JSON_OBJECT);
	fclose(j.fp);
	assert_string_equal(buf, "{\"a\":\"x\\\"y\",\"b\":null,\"c\":null,"
	    "\"n\":-12,\"rows\":[\n{\"sub\":[\n {\"tags\":[\"t\",true]}]},"
	    "\n{\"sub\":[\n {\"tags\":[\"t\",true]}]}\n],\"none\":[]}");
	free(buf);
}

/* The indenting writer: nesting, empty containers, raw values. */
static void
test_writer(void **state)
{
	struct rt_json j = { 0 };
	char *buf = NULL;
	size_t len;
	int i;

	(void)state;
	assert_non_null(j.fp = open_memstream(&buf, &len));
	assert_int_equal(rt_json_open(&j, 0), 0);
	rt_json_key(&j, "n");
	rt_json_raw(&j, "1");
	rt_json_key(&j, "list");
	rt_json_open(&j, 1);
	rt_json_str(&j, "a");
	rt_json_raw(&j, "true");
	rt_json_close(&j, 1);
	rt_json_key(&j, "empty");
	rt_json_open(&j, 0);
	rt_json_close(&j, 0);
	rt_json_close(&j, 0);
	fclose(j.fp);
	assert_string_equal(buf, "{\n  \"n\": 1,\n  \"list\": [\n    \"a\",\n"
	    "    true\n  ],\n  \"empty\": {}\n}");
	free(buf);
	/* too deep: refused, nothing written */
	memset(&j, 0, sizeof(j));
	assert_non_null(j.fp = open_memstream(&buf, &len));
	for (i = 0; i < RT_JSON_MAX_DEPTH - 1; i++)
		assert_int_equal(rt_json_open(&j, 1), 0);
	assert_int_equal(rt_json_open(&j, 1), -1);
	assert_int_equal(j.depth, RT_JSON_MAX_DEPTH - 1);
	fclose(j.fp);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escaping),
		cmocka_unit_test(test_control),
		cmocka_unit_test(test_non_ascii),
		cmocka_unit_test(test_compact),
		cmocka_unit_test(test_writer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
