/*
 * rectrack unit tests — what every test of the library needs: cmocka
 * (with the headers it wants first), the error type, and two checks on the
 * errors library functions return.
 */
#ifndef RT_TEST_CHECK_H
#define RT_TEST_CHECK_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "base/error.h"

/* The call succeeded. */
static inline void
ok(struct rt_error *err)
{
	if (err != NULL)
		fail_msg("unexpected error: %s", err->msg);
}

/* The call failed with this code and exactly this message (freed). */
static inline void
expect(struct rt_error *err, enum rt_err_code code, const char *msg)
{
	assert_non_null(err);
	assert_int_equal(err->code, code);
	assert_string_equal(err->msg, msg);
	rt_error_free(err);
}

#endif
