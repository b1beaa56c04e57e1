/*
 * Unit tests of name-based UUIDs (src/base/uuid.c): known version 5
 * UUIDs (RFC 4122's DNS namespace), either case of the namespace, a
 * name with bytes beyond ASCII, and what is not a UUID.
 */
#include "harness.h"

#include <string.h>

#include "base/uuid.h"

#define NS_DNS	"6ba7b810-9dad-11d1-80b4-00c04fd430c8"
#define NS_URL	"6ba7b811-9dad-11d1-80b4-00c04fd430c8"

static void
test_known(void **state)
{
	char u[RT_UUID_SIZE];
	const char *name = "https://example.org/\xc3\xa9";

	(void)state;
	assert_int_equal(rt_uuid5(NS_DNS, "python.org", 10, u), 0);
	assert_string_equal(u, "886313e1-3b8a-5372-9b90-0c9aee199e5d");
	assert_int_equal(rt_uuid5("6BA7B810-9DAD-11D1-80B4-00C04FD430C8",
	    "python.org", 10, u), 0);
	assert_string_equal(u, "886313e1-3b8a-5372-9b90-0c9aee199e5d");
	assert_int_equal(rt_uuid5(NS_URL, name, strlen(name), u), 0);
	assert_string_equal(u, "4db32f13-2b90-551e-bb13-4c966035961b");
	assert_true(rt_uuid_valid(u, 1));
}

static void
test_invalid(void **state)
{
	char u[RT_UUID_SIZE];

	(void)state;
	assert_int_equal(rt_uuid5("not a uuid", "x", 1, u), -1);
	assert_string_equal(u, "");
	assert_int_equal(rt_uuid5("6ba7b810-9dad-11d1-80b4-00c04fd430c", "x",
	    1, u), -1);
	assert_false(rt_uuid_valid(NULL, 0));
	assert_false(rt_uuid_valid("6ba7b810x9dad-11d1-80b4-00c04fd430c8", 0));
	assert_false(rt_uuid_valid("6ba7b810-9dad-11d1-80b4-00c04fd430g8", 0));
	assert_true(rt_uuid_valid(NS_DNS, 0));
	/* version 1: not what OSCAL takes */
	assert_false(rt_uuid_valid(NS_DNS, 1));
	assert_true(rt_uuid_valid("6ba7b810-9dad-41d1-80b4-00c04fd430c8", 1));
	assert_false(rt_uuid_valid("6ba7b810-9dad-41d1-70b4-00c04fd430c8", 1));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known),
		cmocka_unit_test(test_invalid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
