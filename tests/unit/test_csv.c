#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/error.h"
#include "formats/csv.h"

/* A reader over the string s (fmemopen). */
static FILE *
from(const char *s)
{
	FILE *fp = fmemopen((void *)s, strlen(s), "r");

	assert_non_null(fp);
	return fp;
}

static void
test_csv_records(void **state)
{
	const char *text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
	    "\"two\nlines\",,x\n"
	    ",,\n"
	    "last";
	struct rt_error *err;
	struct rt_csv c;
	FILE *fp = from(text);

	(void)state;
	rt_csv_init(&c, fp, "t.csv");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(c.n, 3);
	assert_int_equal(c.start, 1);
	assert_string_equal(c.f[0], "a");
	assert_string_equal(c.f[1], "b,c");
	assert_string_equal(c.f[2], "say \"hi\"");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(c.start, 2);
	assert_int_equal(c.n, 3);
	assert_string_equal(c.f[0], "two\nlines");
	assert_string_equal(c.f[1], "");
	assert_string_equal(c.f[2], "x");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(c.start, 4);
	assert_int_equal(c.n, 3);
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.f[0], "last");
	assert_int_equal(rt_csv_next(&c, &err), 0);
	assert_null(err);
	rt_csv_free(&c);
	fclose(fp);
}

/* A file with CR LF line ends (Excel, or a file saved on Windows) has CR LF
 * also inside its quoted fields: the value holds LF alone, as the same file
 * with LF line ends gives it, so that the two read alike. */
static void
test_csv_crlf_in_quotes(void **state)
{
	const char *text = "\"two\r\nlines\",x\r\n"
	    "\"lone\rcr\",y\r\n";
	struct rt_error *err;
	struct rt_csv c;
	FILE *fp = from(text);

	(void)state;
	rt_csv_init(&c, fp, "t.csv");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.f[0], "two\nlines");
	assert_string_equal(c.f[1], "x");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(c.start, 3);
	assert_string_equal(c.f[0], "lone\rcr");
	assert_int_equal(rt_csv_next(&c, &err), 0);
	assert_null(err);
	rt_csv_free(&c);
	fclose(fp);
}

static void
expect_csv_error(const char *text, const char *msg)
{
	struct rt_error *err = NULL;
	struct rt_csv c;
	FILE *fp = fmemopen((void *)text, strlen(text), "r");
	int got;

	assert_non_null(fp);
	rt_csv_init(&c, fp, "t.csv");
	while ((got = rt_csv_next(&c, &err)) == 1)
		continue;
	assert_int_equal(got, -1);
	assert_non_null(err);
	assert_string_equal(err->msg, msg);
	rt_error_free(err);
	rt_csv_free(&c);
	fclose(fp);
}

static void
test_csv_errors(void **state)
{
	(void)state;
	expect_csv_error("a,b\n\"open\nfield", "t.csv:2: a quoted field is "
	    "not closed (a \" is missing)");
	expect_csv_error("\"a\"b,c\n", "t.csv:1: characters after a closing "
	    "quote (a quote inside a quoted field is written \"\")");
}

static void
test_csv_nul(void **state)
{
	static const char text[] = "a,b\nc\0d\n";
	struct rt_error *err = NULL;
	struct rt_csv c;
	FILE *fp = fmemopen((void *)text, sizeof(text) - 1, "r");

	(void)state;
	assert_non_null(fp);
	rt_csv_init(&c, fp, "t.csv");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(rt_csv_next(&c, &err), -1);
	assert_string_equal(err->msg, "t.csv:2: a NUL byte");
	rt_error_free(err);
	rt_csv_free(&c);
	fclose(fp);
}

/* GAO writes a blank between the closing quote and the comma of its
 * "Source: …" line; a blank there is skipped, anything else refused. */
static void
test_csv_blank_after_quote(void **state)
{
	const char *text = "\"Source: status as of Sep 28, 2026\" ,,,\r\n"
	    "\"a\"\t ,\"b\" \r\n"
	    "\"c\"  x\n";
	struct rt_error *err;
	struct rt_csv c;
	FILE *fp = from(text);

	(void)state;
	rt_csv_init(&c, fp, "t.csv");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(c.n, 4);
	assert_string_equal(c.f[0], "Source: status as of Sep 28, 2026");
	assert_string_equal(c.f[1], "");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.f[0], "a");
	assert_string_equal(c.f[1], "b");
	assert_int_equal(rt_csv_next(&c, &err), -1);
	assert_non_null(err);
	assert_string_equal(err->msg, "t.csv:3: characters after a closing "
	    "quote (a quote inside a quoted field is written \"\")");
	rt_error_free(err);
	rt_csv_free(&c);
	fclose(fp);
}

/* The first field of the first record of text. */
static void
expect_first(const char *text, const char *first)
{
	struct rt_error *err;
	struct rt_csv c;
	FILE *fp = from(text);

	rt_csv_init(&c, fp, "t.csv");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_null(err);
	assert_string_equal(c.f[0], first);
	rt_csv_free(&c);
	fclose(fp);
}

/* Excel's "CSV UTF-8" starts with a byte-order mark. */
static void
test_csv_bom(void **state)
{
	(void)state;
	expect_first("\xEF\xBB\xBF\"Title: Download\"\r\n", "Title: Download");
	expect_first("\xEF\xBB\xBFPublication Name,Publication Number\n",
	    "Publication Name");
	expect_first("\xEF\xBB\xBF\"Publication Name\",x\n",
	    "Publication Name");
	/* only at the start, and only the whole mark */
	expect_first("a\xEF\xBB\xBF,b\n", "a\xEF\xBB\xBF");
	expect_first("\xEF\xBC\x81,b\n", "\xEF\xBC\x81");
	expect_first("\xEF\xBB", "\xEF\xBB");
	expect_first("\xEF\xBB\xBF\xEF\xBB\xBF\n", "\xEF\xBB\xBF");
}

static void
test_csv_formula(void **state)
{
	(void)state;
	assert_true(rt_csv_formula("=1+2"));
	assert_true(rt_csv_formula("+Topic"));
	assert_true(rt_csv_formula("-- see"));
	assert_true(rt_csv_formula("@SUM(A1)"));
	assert_true(rt_csv_formula("\tx"));
	assert_true(rt_csv_formula("\rx"));
	assert_false(rt_csv_formula("-12"));
	assert_false(rt_csv_formula("+3.50"));
	assert_false(rt_csv_formula(""));
	assert_false(rt_csv_formula("Open"));
	assert_false(rt_csv_formula("'=x"));
}

/* What rt_csv_field writes for s. */
static void
expect_field(const char *s, const char *want)
{
	char *buf = NULL;
	size_t len;
	FILE *fp;

	assert_non_null(fp = open_memstream(&buf, &len));
	rt_csv_field(fp, s);
	fclose(fp);
	assert_string_equal(buf, want);
	free(buf);
}

static void
test_csv_field(void **state)
{
	(void)state;
	expect_field("plain", "plain");
	expect_field("", "");
	expect_field("a,b", "\"a,b\"");
	expect_field("say \"hi\"", "\"say \"\"hi\"\"\"");
	expect_field("two\nlines", "\"two\nlines\"");
	expect_field("cr\r\nlf", "\"cr\r\nlf\"");
	expect_field(" lead", "\" lead\"");
	expect_field("trail ", "\"trail \"");
	/* the formula guard, inside the quotes when there are quotes */
	expect_field("=1+2", "'=1+2");
	expect_field("@SUM(A1),x", "\"'@SUM(A1),x\"");
	expect_field("-12", "-12");
	expect_field("+3.50", "+3.50");
	expect_field("caf\xc3\xa9", "caf\xc3\xa9");
}

/* What the writer writes, the reader reads back (the formula guard
 * aside). */
static void
test_csv_round_trip(void **state)
{
	static const char *const v[] = { "a", "b,c", "q\"q", "two\nlines",
	    " x ", "" };
	char *buf = NULL;
	size_t len, i;
	struct rt_error *err;
	struct rt_csv c;
	FILE *fp;

	(void)state;
	assert_non_null(fp = open_memstream(&buf, &len));
	for (i = 0; i < 6; i++) {
		if (i)
			fputc(',', fp);
		rt_csv_field(fp, v[i]);
	}
	fputs("\r\n", fp);
	fclose(fp);
	fp = from(buf);
	rt_csv_init(&c, fp, "t.csv");
	assert_int_equal(rt_csv_next(&c, &err), 1);
	assert_int_equal(c.n, 6);
	for (i = 0; i < 6; i++)
		assert_string_equal(c.f[i], v[i]);
	assert_int_equal(rt_csv_next(&c, &err), 0);
	rt_csv_free(&c);
	fclose(fp);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_records),
		cmocka_unit_test(test_csv_crlf_in_quotes),
		cmocka_unit_test(test_csv_errors),
		cmocka_unit_test(test_csv_nul),
		cmocka_unit_test(test_csv_blank_after_quote),
		cmocka_unit_test(test_csv_bom),
		cmocka_unit_test(test_csv_formula),
		cmocka_unit_test(test_csv_field),
		cmocka_unit_test(test_csv_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
