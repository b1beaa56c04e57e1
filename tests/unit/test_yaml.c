/*
 * Unit tests of src/formats/yaml.c, the YAML event layer the
 * configuration and import readers share: positions in messages, YAML's
 * null, values quoted and escaped in messages, anchors, aliases, tags
 * and NUL characters refused in both styles of message, bytes that are
 * not UTF-8, a byte order mark, the document framing and the keys of a
 * mapping.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/error.h"
#include "formats/yaml.h"

static void
open_text(struct rt_yaml *y, const char *text, enum rt_yaml_style style)
{
	ok(rt_yaml_open(y, "t.yaml", NULL, text, strlen(text), style));
}

/* Read events until one of type t; fail on an error. */
static void
until(struct rt_yaml *y, yaml_event_type_t t)
{
	do
		ok(rt_yaml_next(y));
	while (y->ev.type != t);
}

/* The first error reading text to its end, in the given style. */
static struct rt_error *
first_error(const char *text, enum rt_yaml_style style)
{
	struct rt_yaml y;
	struct rt_error *err;

	open_text(&y, text, style);
	do
		err = rt_yaml_next(&y);
	while (err == NULL && y.ev.type != YAML_STREAM_END_EVENT);
	rt_yaml_close(&y);
	return err;
}

static void
test_positions(void **state)
{
	struct rt_yaml y;

	(void)state;
	open_text(&y, "a: 1\nbb:\n  - x\n  - \"y z\"\n", RT_YAML_TERSE);
	until(&y, YAML_SEQUENCE_START_EVENT);
	until(&y, YAML_SCALAR_EVENT);
	until(&y, YAML_SCALAR_EVENT);
	assert_string_equal((char *)y.ev.data.scalar.value, "y z");
	rt_yaml_path_key(&y, "bb");
	expect(rt_yaml_err(&y, y.ev.start_mark, "not %s",
	    rt_yaml_quote(&y, "y z")), RT_EINVAL,
	    "t.yaml:4:5: bb: not \"y z\"");
	/* a nested key joins with a dot; an empty path shows no "PATH: " */
	rt_yaml_path_key(&y, "c");
	expect(rt_yaml_err(&y, y.ev.end_mark, "x"), RT_EINVAL,
	    "t.yaml:4:10: bb.c: x");
	y.path[0] = '\0';
	expect(rt_yaml_err(&y, y.ev.start_mark, "x"), RT_EINVAL,
	    "t.yaml:4:5: x");
	rt_yaml_close(&y);
}

static void
test_null_forms(void **state)
{
	static const struct {
		const char *text;
		int null;
	} cases[] = {
		{ "a:", 1 }, { "a: ~", 1 }, { "a: null", 1 }, { "a: Null", 1 },
		{ "a: NULL", 1 }, { "a: \"\"", 0 }, { "a: '~'", 0 },
		{ "a: \"null\"", 0 }, { "a: nul", 0 }, { "a: nULL", 0 },
		{ "a: 0", 0 }, { "a: [~]", 0 }, { "a: {}", 0 },
	};
	struct rt_yaml y;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		open_text(&y, cases[i].text, RT_YAML_FOUND);
		until(&y, YAML_SCALAR_EVENT);
		ok(rt_yaml_next(&y));		/* the value */
		assert_int_equal(rt_yaml_is_null(&y.ev), cases[i].null);
		if (cases[i].null)
			assert_string_equal(rt_yaml_found(&y), "nothing");
		rt_yaml_close(&y);
	}
}

static void
test_found(void **state)
{
	struct rt_yaml y;

	(void)state;
	open_text(&y, "[a, [b], {c: d}]", RT_YAML_FOUND);
	until(&y, YAML_SCALAR_EVENT);
	assert_string_equal(rt_yaml_found(&y), "\"a\"");
	ok(rt_yaml_next(&y));
	assert_string_equal(rt_yaml_found(&y), "a list");
	until(&y, YAML_MAPPING_START_EVENT);
	assert_string_equal(rt_yaml_found(&y), "a mapping");
	rt_yaml_close(&y);
}

static void
test_quoting(void **state)
{
	struct rt_yaml y;
	char buf[24], big[400];

	(void)state;
	open_text(&y, "", RT_YAML_TERSE);
	assert_string_equal(rt_yaml_quote(&y, "a\"b\\c\td\x7f"),
	    "\"a\\\"b\\\\c\\x09d\\x7f\"");
	/* a long value is cut with "..." */
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	rt_yaml_quote(&y, big);
	assert_int_equal(strlen(y.quoted), 1 + 83 + 3 + 1);
	assert_string_equal(y.quoted + 84, "...\"");
	rt_yaml_close(&y);
	/* the cut never splits a character */
	strcpy(buf, "");
	rt_escape_append(buf, sizeof(buf), "abcdefghijk\xc3\xa9zz");
	assert_string_equal(buf, "abcdefghijk\xc3\xa9...");
	/* too small a buffer is left alone */
	strcpy(buf, "q");
	rt_escape_append(buf, 11, "abc");
	assert_string_equal(buf, "q");
}

static void
test_anchors_aliases(void **state)
{
	(void)state;
	expect(first_error("a: &x 1\n", RT_YAML_TERSE), RT_EINVAL,
	    "t.yaml:1:4: anchors are not allowed");
	expect(first_error("a: &x 1\n", RT_YAML_FOUND), RT_EINVAL,
	    "t.yaml:1:4: found an anchor (&x); anchors are not allowed");
	expect(first_error("- &big [1, 2]\n", RT_YAML_FOUND), RT_EINVAL,
	    "t.yaml:1:3: found an anchor (&big); anchors are not allowed");
	expect(first_error("- *x\n", RT_YAML_TERSE), RT_EINVAL,
	    "t.yaml:1:3: aliases are not allowed");
	expect(first_error("- *x\n", RT_YAML_FOUND), RT_EINVAL,
	    "t.yaml:1:3: found an alias (*x); aliases are not allowed");
}

static void
test_tags_nul(void **state)
{
	(void)state;
	expect(first_error("a: !!str 1\n", RT_YAML_TERSE), RT_EINVAL,
	    "t.yaml:1:4: tags are not allowed");
	expect(first_error("a: !!str 1\n", RT_YAML_FOUND), RT_EINVAL,
	    "t.yaml:1:4: found a tag (tag:yaml.org,2002:str); tags are not "
	    "allowed");
	/* a %-escape makes any byte: it is escaped in the message */
	expect(first_error("a: !%0A 1\n", RT_YAML_FOUND), RT_EINVAL,
	    "t.yaml:1:4: found a tag (!\\x0a); tags are not allowed");
	expect(first_error("a: \"x\\0y\"\n", RT_YAML_TERSE), RT_EINVAL,
	    "t.yaml:1:4: NUL characters are not allowed");
	expect(first_error("a: \"x\\0y\"\n", RT_YAML_FOUND), RT_EINVAL,
	    "t.yaml:1:4: found a NUL character; NUL characters are not "
	    "allowed");
}

static void
test_bad_bytes(void **state)
{
	(void)state;
	expect(first_error("a: 1\nb: x\xff\n", RT_YAML_TERSE), RT_EINVAL,
	    "t.yaml:2:5: byte 10: invalid leading UTF-8 octet (0xFF)");
	expect(first_error("a: \x01\n", RT_YAML_FOUND), RT_EINVAL,
	    "t.yaml:1:4: byte 4: control characters are not allowed "
	    "(0x01)");
}

/* Syntax errors: the terse style names no path, the other one does. */
static void
test_syntax(void **state)
{
	struct rt_yaml y;

	(void)state;
	open_text(&y, "a: [1\n", RT_YAML_FOUND);
	until(&y, YAML_SEQUENCE_START_EVENT);
	rt_yaml_path_key(&y, "a");
	ok(rt_yaml_next(&y));
	expect(rt_yaml_next(&y), RT_EINVAL, "t.yaml:2:1: a: while parsing "
	    "a flow sequence: did not find expected ',' or ']'");
	rt_yaml_close(&y);
	open_text(&y, "a: [1\n", RT_YAML_TERSE);
	until(&y, YAML_SEQUENCE_START_EVENT);
	rt_yaml_path_key(&y, "a");
	ok(rt_yaml_next(&y));
	expect(rt_yaml_next(&y), RT_EINVAL, "t.yaml:2:1: while parsing "
	    "a flow sequence: did not find expected ',' or ']'");
	rt_yaml_close(&y);
}

/* A byte order mark is accepted (libyaml reads it as the encoding's). */
static void
test_bom(void **state)
{
	struct rt_yaml y;
	int doc;

	(void)state;
	open_text(&y, "\xef\xbb\xbf" "a: 1\n", RT_YAML_FOUND);
	ok(rt_yaml_begin(&y, &doc));
	assert_int_equal(doc, 1);
	assert_int_equal(y.ev.type, YAML_MAPPING_START_EVENT);
	ok(rt_yaml_next(&y));
	assert_string_equal((char *)y.ev.data.scalar.value, "a");
	assert_int_equal(y.ev.start_mark.line, 0);
	rt_yaml_close(&y);
}

static void
test_documents(void **state)
{
	struct rt_yaml y;
	int doc;

	(void)state;
	open_text(&y, "", RT_YAML_TERSE);
	ok(rt_yaml_begin(&y, &doc));
	assert_int_equal(doc, 0);
	rt_yaml_close(&y);
	open_text(&y, "# only a comment\n", RT_YAML_TERSE);
	ok(rt_yaml_begin(&y, &doc));
	assert_int_equal(doc, 0);
	rt_yaml_close(&y);
	open_text(&y, "---\n...\n", RT_YAML_TERSE);
	ok(rt_yaml_begin(&y, &doc));
	assert_int_equal(doc, 1);
	assert_true(rt_yaml_is_null(&y.ev));
	ok(rt_yaml_end(&y));
	rt_yaml_close(&y);
	open_text(&y, "x\n---\ny\n", RT_YAML_TERSE);
	ok(rt_yaml_begin(&y, &doc));
	expect(rt_yaml_end(&y), RT_EINVAL,
	    "t.yaml:2:1: only one document is allowed");
	rt_yaml_close(&y);
	open_text(&y, "x\n---\ny\n", RT_YAML_FOUND);
	ok(rt_yaml_begin(&y, &doc));
	expect(rt_yaml_end(&y), RT_EINVAL, "t.yaml:2:1: found a second "
	    "document; only one document is allowed");
	rt_yaml_close(&y);
}

struct named {
	const char *name;
	int other;
};

static const struct named keys[] = {
	{ "alpha", 1 }, { "beta", 2 }, { NULL, 0 }
};

static void
test_keys(void **state)
{
	struct rt_yaml y;
	size_t line[2] = { 0, 0 }, i;
	char buf[64];

	(void)state;
	assert_string_equal(rt_yaml_names(keys, sizeof(keys[0]), buf,
	    sizeof(buf)), "alpha, beta");
	open_text(&y, "beta: 1\nalpha: 2\nbeta: 3\n", RT_YAML_FOUND);
	until(&y, YAML_SCALAR_EVENT);
	ok(rt_yaml_key(&y, keys, sizeof(keys[0]), line, &i));
	assert_int_equal(i, 1);
	assert_string_equal(y.path, "beta");
	y.path[0] = '\0';
	ok(rt_yaml_next(&y));
	ok(rt_yaml_next(&y));
	ok(rt_yaml_key(&y, keys, sizeof(keys[0]), line, &i));
	assert_int_equal(i, 0);
	assert_int_equal(line[0], 2);
	y.path[0] = '\0';
	ok(rt_yaml_next(&y));
	ok(rt_yaml_next(&y));
	expect(rt_yaml_key(&y, keys, sizeof(keys[0]), line, &i), RT_EINVAL,
	    "t.yaml:3:1: beta: duplicate key (first on line 1)");
	rt_yaml_close(&y);

	memset(line, 0, sizeof(line));
	open_text(&y, "gamma: 1\n", RT_YAML_TERSE);
	until(&y, YAML_SCALAR_EVENT);
	expect(rt_yaml_key(&y, keys, sizeof(keys[0]), line, &i), RT_EINVAL,
	    "t.yaml:1:1: gamma: unknown key (expected one of alpha, beta)");
	rt_yaml_close(&y);

	open_text(&y, "? [a]\n: 1\n", RT_YAML_TERSE);
	until(&y, YAML_SEQUENCE_START_EVENT);
	expect(rt_yaml_key(&y, keys, sizeof(keys[0]), line, &i), RT_EINVAL,
	    "t.yaml:1:3: a key must be a name, not a list or a mapping");
	rt_yaml_close(&y);
	open_text(&y, "? [a]\n: 1\n", RT_YAML_FOUND);
	until(&y, YAML_SEQUENCE_START_EVENT);
	expect(rt_yaml_key(&y, keys, sizeof(keys[0]), line, &i), RT_EINVAL,
	    "t.yaml:1:3: expected a key, found a list");
	rt_yaml_close(&y);
}

/* A file reads the same as text; an unreadable one is RT_EIO. */
static void
test_file(void **state)
{
	struct rt_yaml y;
	FILE *fp;
	int doc;

	(void)state;
	assert_non_null(fp = tmpfile());
	fputs("a: 1\n", fp);
	rewind(fp);
	ok(rt_yaml_open(&y, "f.yaml", fp, NULL, 0, RT_YAML_TERSE));
	ok(rt_yaml_begin(&y, &doc));
	assert_int_equal(doc, 1);
	ok(rt_yaml_next(&y));
	assert_string_equal((char *)y.ev.data.scalar.value, "a");
	rt_yaml_close(&y);
	fclose(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_positions),
		cmocka_unit_test(test_null_forms),
		cmocka_unit_test(test_found),
		cmocka_unit_test(test_quoting),
		cmocka_unit_test(test_anchors_aliases),
		cmocka_unit_test(test_tags_nul),
		cmocka_unit_test(test_bad_bytes),
		cmocka_unit_test(test_syntax),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_documents),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
