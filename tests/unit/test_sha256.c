/* Unit tests of the SHA-256 computed piece by piece (src/base/sha256.c). */
#include <string.h>

#include "harness.h"

#include "base/error.h"
#include "base/sha256.h"

#define TEST_HASH \
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
#define EMPTY_HASH \
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

static void
test_pieces(void **state)
{
	struct rt_sha256 h;
	char out[RT_HASH_SIZE];

	(void)state;
	assert_null(rt_sha256_start(&h));
	rt_sha256_add(&h, "te", 2);
	rt_sha256_add(&h, "", 0);
	rt_sha256_add(&h, "st", 2);
	assert_int_equal(rt_sha256_end(&h, out), 0);
	assert_string_equal(out, TEST_HASH);
	/* ended: freed, and said so again */
	assert_int_equal(rt_sha256_end(&h, out), -1);
	assert_string_equal(out, "");
	assert_null(rt_sha256_start(&h));
	assert_int_equal(rt_sha256_end(&h, out), 0);
	assert_string_equal(out, EMPTY_HASH);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pieces),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
