/* Unit tests of the error objects (error.c). */
#include <string.h>

#include "harness.h"

#include "base/error.h"

static void
test_new_formats(void **state)
{
	struct rt_error *err;

	(void)state;
	err = rt_error_new(RT_ENOTFOUND, "%s: no such %s (%d)", "CBP",
	    "agency", 3);
	assert_non_null(err);
	assert_int_equal(err->code, RT_ENOTFOUND);
	assert_string_equal(err->msg, "CBP: no such agency (3)");
	rt_error_free(err);
	/* each code is kept as given */
	expect(rt_error_new(RT_EUSAGE, "bad"), RT_EUSAGE, "bad");
	expect(rt_error_new(RT_ECONFLICT, "again"), RT_ECONFLICT, "again");
}

static void
test_long_message_cut(void **state)
{
	struct rt_error *err;
	char text[3000];

	(void)state;
	memset(text, 'x', sizeof(text) - 1);
	text[sizeof(text) - 1] = '\0';
	err = rt_error_new(RT_EINVAL, "%s", text);
	assert_int_equal(err->code, RT_EINVAL);
	assert_int_equal(strlen(err->msg), sizeof(err->msg) - 1);
	assert_memory_equal(err->msg, text, sizeof(err->msg) - 1);
	rt_error_free(err);
}

static void
test_free_null(void **state)
{
	(void)state;
	rt_error_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_formats),
		cmocka_unit_test(test_long_message_cut),
		cmocka_unit_test(test_free_null),
	};

	return cmocka_run_group_tests_name("error", tests, NULL, NULL);
}
