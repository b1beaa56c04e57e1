/*
 * Unit tests of codes (code.c): which codes are valid, and codes
 * derived from names: acronyms kept, initials of longer runs, short
 * names written out, the length limit and the suffixes of taken codes.
 */
#include <string.h>

#include "harness.h"

#include "base/code.h"

static const char *
derived(const char *name)
{
	static char out[RT_CODE_DERIVED_MAX + 1];

	assert_int_equal(rt_code_derive(name, NULL, NULL, out), 0);
	return out;
}

static void
test_valid(void **state)
{
	(void)state;
	assert_true(rt_code_valid("cbp-ofo"));
	assert_true(rt_code_valid("CBP"));
	assert_false(rt_code_valid(NULL));
	assert_false(rt_code_valid(""));
	assert_false(rt_code_valid("  "));
	assert_false(rt_code_valid("DHS/CBP"));
}

static void
test_derive(void **state)
{
	(void)state;
	assert_string_equal(derived("CBP Office of Field Operations"),
	    "cbp-ofo");
	assert_string_equal(derived("Jane Smith"), "jane-smith");
	assert_string_equal(derived("Chief Financial Officer"), "cfo");
	assert_string_equal(derived("ICE ERO"), "ice-ero");
	assert_string_equal(derived("Director, Region 9"), "director-region-9");
	assert_string_equal(derived("Office of the CIO"), "office-cio");
	assert_string_equal(derived("Bürgeramt"), "b-rgeramt");
	assert_string_equal(derived("   "), "official");
	assert_string_equal(derived("— / —"), "official");
}

static void
test_limit(void **state)
{
	const char *s;

	(void)state;
	s = derived("SUPERCALIFRAGILISTICEXPIALIDOCIOUS AND MORE WORDS");
	assert_int_equal(strlen(s), RT_CODE_DERIVED_MAX);
	assert_string_equal(s, "supercalifragilisticexpialidocio");
}

/* Taken: "cbp-ofo" and "cbp-ofo-2". */
static int
taken(const char *code, void *arg)
{
	(void)arg;
	return strcmp(code, "cbp-ofo") == 0 || strcmp(code, "cbp-ofo-2") == 0;
}

static int
all_taken(const char *code, void *arg)
{
	(void)code;
	(void)arg;
	return 1;
}

static void
test_unique(void **state)
{
	char out[RT_CODE_DERIVED_MAX + 1];

	(void)state;
	assert_int_equal(rt_code_derive("CBP Office of Field Operations",
	    taken, NULL, out), 0);
	assert_string_equal(out, "cbp-ofo-3");
	assert_int_equal(rt_code_derive("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ",
	    all_taken, NULL, out), -1);
	assert_string_equal(out, "");
}

static int
long_taken(const char *code, void *arg)
{
	(void)arg;
	return strlen(code) == RT_CODE_DERIVED_MAX && code[26] != '-';
}

static void
test_unique_long(void **state)
{
	char out[RT_CODE_DERIVED_MAX + 1];

	(void)state;
	assert_int_equal(rt_code_derive("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ",
	    long_taken, NULL, out), 0);
	assert_string_equal(out, "abcdefghijklmnopqrstuvwxyza-2");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_derive),
		cmocka_unit_test(test_limit),
		cmocka_unit_test(test_unique),
		cmocka_unit_test(test_unique_long),
	};

	return cmocka_run_group_tests_name("code", tests, NULL, NULL);
}
