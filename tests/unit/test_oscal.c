/*
 * Unit tests of what the OSCAL writer and reader share
 * (src/formats/oscal.c): the UUIDs, the status mapping both ways, and
 * property values encoded and decoded.
 */
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#include "formats/oscal.h"

static void
test_uuid(void **state)
{
	char ns[RT_UUID_SIZE], a[RT_UUID_SIZE], b[RT_UUID_SIZE];

	(void)state;
	assert_int_equal(rt_oscal_register_ns("0a1b2c3d", ns), 0);
	assert_true(rt_uuid_valid(ns, 1));
	assert_int_equal(rt_oscal_uuid(ns, "item", "OIG-21-19#4", a), 0);
	assert_int_equal(rt_oscal_uuid(ns, "item", "OIG-21-19#4", b), 0);
	assert_string_equal(a, b);
	assert_true(rt_uuid_valid(a, 1));
	assert_int_equal(rt_oscal_uuid(ns, "risk", "OIG-21-19#4", b), 0);
	assert_string_not_equal(a, b);
	assert_int_equal(rt_oscal_register_ns("0a1b2c3e", b), 0);
	assert_string_not_equal(ns, b);
}

static void
test_status(void **state)
{
	enum rt_status st;
	int i;

	(void)state;
	assert_string_equal(rt_oscal_risk_status(RT_OPEN_PENDING), "open");
	assert_string_equal(rt_oscal_risk_status(RT_CLOSED_NOT_IMPLEMENTED),
	    "deviation-approved");
	assert_null(rt_oscal_risk_status(RT_STATUS_COUNT));
	for (i = 0; i < RT_STATUS_COUNT; i++) {
		assert_int_equal(rt_oscal_status_parse(
		    rt_oscal_risk_status(i), &st), 0);
		assert_int_equal((int)st, i);
	}
	assert_int_equal(rt_oscal_status_parse("deviation-requested", &st),
	    0);
	assert_int_equal(st, RT_OPEN_RESOLVED);
	assert_int_equal(rt_oscal_status_parse("Open", &st), -1);
	assert_int_equal(rt_oscal_status_parse(NULL, &st), -1);
}

static void
roundtrip(const char *s, const char *want)
{
	char *v, *back;
	int bad;

	v = rt_oscal_prop_encode(s);
	assert_non_null(v);
	assert_string_equal(v, want);
	assert_true(rt_oscal_prop_fits(v) || *s == '\0');
	back = rt_oscal_prop_decode(v, &bad);
	assert_non_null(back);
	assert_string_equal(back, s);
	/* "%" alone is a value; a text with one fits as it is */
	assert_int_equal(rt_oscal_prop_fits(s), strcmp(s, want) == 0 ||
	    (strchr(s, '%') != NULL && strchr(s, '\n') == NULL));
	free(v);
	free(back);
}

static void
test_encode(void **state)
{
	int bad;

	(void)state;
	roundtrip("closure requested", "closure requested");
	roundtrip("", "%");
	roundtrip(" x ", "%20x%20");
	roundtrip("line one\nline two", "line one%0Aline two");
	roundtrip("50% done", "50%25 done");
	roundtrip("ICE\xe2\x80\x99s \xe2\x86\x92 \xc3\xa9",
	    "ICE\xe2\x80\x99s \xe2\x86\x92 \xc3\xa9");
	roundtrip("\xc2\xa0nbsp", "%C2%A0nbsp");
	roundtrip("a\xe2\x80\xa8" "b", "a%E2%80%A8b");
	roundtrip("end\xe3\x80\x80", "end%E3%80%80");
	assert_null(rt_oscal_prop_decode("50%2", &bad));
	assert_int_equal(bad, 1);
	assert_null(rt_oscal_prop_decode("%00x", &bad));
	assert_int_equal(bad, 1);
	assert_null(rt_oscal_prop_decode("%zz", &bad));
	assert_int_equal(bad, 1);
	assert_false(rt_oscal_prop_fits(NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_uuid),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_encode),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
