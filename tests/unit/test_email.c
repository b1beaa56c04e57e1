/*
 * Unit tests of e-mail address validation (email.c): the forms accepted
 * and each way an address is refused.
 */
#include <stddef.h>

#include "harness.h"

#include "base/email.h"

static void
test_accepted(void **state)
{
	(void)state;
	assert_true(rt_email_valid("jane.doe@cbp.dhs.gov"));
	assert_true(rt_email_valid("a@b.c"));
	assert_true(rt_email_valid("ofo+audits@dhs.gov"));
}

static void
test_refused(void **state)
{
	(void)state;
	assert_false(rt_email_valid(NULL));
	assert_false(rt_email_valid(""));
	assert_false(rt_email_valid("jane.doe"));		/* no '@' */
	assert_false(rt_email_valid("@dhs.gov"));		/* no local part */
	assert_false(rt_email_valid("a@b@dhs.gov"));		/* two '@' */
	assert_false(rt_email_valid("jane@localhost"));	/* no dot */
	assert_false(rt_email_valid("jane@"));
	assert_false(rt_email_valid("jane@.gov"));
	assert_false(rt_email_valid("jane@dhs."));
	assert_false(rt_email_valid("jane@dhs..gov"));
	assert_false(rt_email_valid("jane doe@dhs.gov"));	/* a space */
	assert_false(rt_email_valid("jane@dhs.gov\n"));	/* a control */
	assert_false(rt_email_valid("jane\t@dhs.gov"));
	assert_false(rt_email_valid("jane@dhs.gov\x7f"));
	/* what would change a message's recipients */
	assert_false(rt_email_valid("a@b.c>"));
	assert_false(rt_email_valid("a,b@c.d"));
	assert_false(rt_email_valid("a<b>@c.d"));
	assert_false(rt_email_valid("\"a b\"@c.d"));
	/* dots, hyphens, lengths, ASCII only */
	assert_false(rt_email_valid(".jane@dhs.gov"));
	assert_false(rt_email_valid("jane.@dhs.gov"));
	assert_false(rt_email_valid("ja..ne@dhs.gov"));
	assert_false(rt_email_valid("jane@-dhs.gov"));
	assert_false(rt_email_valid("jane@dhs-.gov"));
	assert_false(rt_email_valid("jane@dhs_x.gov"));
	assert_false(rt_email_valid("\xc3\xa9@ex\xc3\xa4mple.com"));
	assert_true(rt_email_valid("o'brien+x_y@sub-domain.dhs.gov"));
	assert_true(rt_email_valid("1234567890123456789012345678901234567890"
	    "123456789012345678901234@dhs.gov"));	/* 64 */
	assert_false(rt_email_valid("1234567890123456789012345678901234567890"
	    "1234567890123456789012345@dhs.gov"));	/* 65 */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_accepted),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests_name("email", tests, NULL, NULL);
}
