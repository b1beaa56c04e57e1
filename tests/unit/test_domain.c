#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/domain.h"
#include "base/error.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

#define OP RT_OPEN_PENDING
#define OU RT_OPEN_UNRESOLVED
#define OR RT_OPEN_RESOLVED
#define CI RT_CLOSED_IMPLEMENTED
#define CN RT_CLOSED_NOT_IMPLEMENTED

#define T RT_GUARD_TARGET
#define N RT_GUARD_NOTE

/* The lifecycle of rectrack(1) written out: guards of [from][to], -1
 * when refused. */
static const int spec_moves[RT_STATUS_COUNT][RT_STATUS_COUNT] = {
	/*	 OP  OU  OR  CI  CN */
	[OP] = { -1, 0,  T,  0,  N },
	[OU] = { -1, -1, T,  0,  N },
	[OR] = { -1, N,  -1, 0,  N },
	[CI] = { -1, N,  N,  -1, -1 },
	[CN] = { -1, N,  N,  -1, -1 },
};

/* Check a move; return the refusal message or "" (static). */
static const char *
check(const struct rt_move *mv, unsigned rreq, unsigned creq)
{
	static char msg[sizeof(((struct rt_error *)0)->msg)];
	struct rt_error *err;

	msg[0] = '\0';
	if ((err = rt_move_check(mv, rreq, creq)) != NULL) {
		assert_int_equal(err->code, RT_EREFUSED);
		snprintf(msg, sizeof(msg), "%s", err->msg);
		rt_error_free(err);
	}
	return msg;
}

static void
test_status_names(void **state)
{
	static const char *const names[] = {
		"open-pending", "open-unresolved", "open-resolved",
		"closed-implemented", "closed-not-implemented",
	};
	static const char *const labels[] = {
		"Open \xe2\x80\x93 Response Not Yet Due",
		"Open \xe2\x80\x93 Unresolved",
		"Open \xe2\x80\x93 Resolved",
		"Closed \xe2\x80\x93 Implemented",
		"Closed \xe2\x80\x93 Not Implemented",
	};
	enum rt_status st;
	int i;

	(void)state;
	for (i = 0; i < RT_STATUS_COUNT; i++) {
		assert_string_equal(rt_status_name(i), names[i]);
		assert_string_equal(rt_status_label(i), labels[i]);
		assert_int_equal(rt_status_parse(names[i], &st), 0);
		assert_int_equal(st, i);
		assert_int_equal(rt_status_is_open(st), i <= OR);
	}
	assert_null(rt_status_name(-1));
	assert_null(rt_status_name(RT_STATUS_COUNT));
	assert_null(rt_status_label(RT_STATUS_COUNT));
	st = OU;
	assert_int_equal(rt_status_parse("Open-Pending", &st), -1);
	assert_int_equal(rt_status_parse("open", &st), -1);
	assert_int_equal(rt_status_parse("opne-pending", &st), -1);
	assert_int_equal(rt_status_parse("", &st), -1);
	assert_int_equal(st, OU);
	assert_string_equal(rt_status_names(), "open-pending, "
	    "open-unresolved, open-resolved, closed-implemented, "
	    "closed-not-implemented");
}

static void
test_concurrence_names(void **state)
{
	static const char *const names[] = {
		"pending", "concur", "partial", "non-concur", "no-position",
	};
	static const char *const labels[] = {
		"Pending", "Concur", "Partially concur", "Non-concur",
		"No position",
	};
	enum rt_concurrence c;
	int i;

	(void)state;
	for (i = 0; i < RT_CONC_COUNT; i++) {
		assert_string_equal(rt_concurrence_name(i), names[i]);
		assert_string_equal(rt_concurrence_label(i), labels[i]);
		assert_int_equal(rt_concurrence_parse(names[i], &c), 0);
		assert_int_equal(c, i);
	}
	assert_null(rt_concurrence_name(RT_CONC_COUNT));
	assert_null(rt_concurrence_label(-1));
	assert_int_equal(rt_concurrence_parse("nonconcur", &c), -1);
	assert_int_equal(rt_concurrence_parse("Concur", &c), -1);
	assert_string_equal(rt_concurrence_names(),
	    "pending, concur, partial, non-concur, no-position");
}

static void
test_small_enums(void **state)
{
	(void)state;
	assert_true(rt_report_type_valid("audit"));
	assert_true(rt_report_type_valid("management-alert"));
	assert_true(rt_report_type_valid("other"));
	assert_false(rt_report_type_valid("alert"));
	assert_false(rt_report_type_valid("Audit"));
	assert_false(rt_report_type_valid(""));
	assert_string_equal(rt_report_type_names(), "audit, inspection, "
	    "evaluation, management-alert, review, other");
	assert_true(rt_issuer_kind_valid("oig"));
	assert_true(rt_issuer_kind_valid("external"));
	assert_false(rt_issuer_kind_valid("ig"));
	assert_string_equal(rt_issuer_kind_names(),
	    "oig, gao, internal, external, other");
	assert_true(rt_sensitivity_valid("redacted"));
	assert_false(rt_sensitivity_valid("secret"));
	assert_string_equal(rt_sensitivity_names(),
	    "public, redacted, sensitive");
}

/* Every from -> to pair, legal or not, with its guards. */
static void
test_transition_table(void **state)
{
	int from, to;

	(void)state;
	for (from = 0; from < RT_STATUS_COUNT; from++)
		for (to = 0; to < RT_STATUS_COUNT; to++)
			if (rt_transition_guards((enum rt_status)from,
			    (enum rt_status)to) != spec_moves[from][to])
				fail_msg("%s -> %s: guards %d, expected %d",
				    rt_status_name(from), rt_status_name(to),
				    rt_transition_guards((enum rt_status)from,
				    (enum rt_status)to), spec_moves[from][to]);
	assert_int_equal(rt_transition_guards(OP, RT_STATUS_COUNT), -1);
	assert_int_equal(rt_transition_guards(RT_STATUS_COUNT, OP), -1);
}

static void
test_transition_allowed(void **state)
{
	static const struct {
		enum rt_status from;
		size_t n;
		enum rt_status to[RT_STATUS_COUNT];
	} cases[] = {
		{ OP, 4, { OU, OR, CI, CN } },
		{ OU, 3, { OR, CI, CN } },
		{ OR, 3, { OU, CI, CN } },
		{ CI, 2, { OU, OR } },
		{ CN, 2, { OU, OR } },
	};
	enum rt_status out[RT_STATUS_COUNT];
	size_t i, j;

	(void)state;
	for (i = 0; i < NELEM(cases); i++) {
		assert_int_equal(rt_transition_allowed(cases[i].from, out),
		    cases[i].n);
		for (j = 0; j < cases[i].n; j++)
			assert_int_equal(out[j], cases[i].to[j]);
	}
}

/*
 * With every fact present and no configured requirement, exactly the
 * moves of the table pass rt_move_check; without any fact, exactly the
 * unguarded ones.
 */
static void
test_move_check_pairs(void **state)
{
	struct rt_move full = { "R#1", OP, OP, 1, 1, 1, 1, 1, 0 };
	struct rt_move bare = { "R#1", OP, OP, 0, 0, 0, 0, 0, 0 };
	int from, to;

	(void)state;
	for (from = 0; from < RT_STATUS_COUNT; from++)
		for (to = 0; to < RT_STATUS_COUNT; to++) {
			full.from = bare.from = (enum rt_status)from;
			full.to = bare.to = (enum rt_status)to;
			assert_int_equal(*check(&full, 0, 0) == '\0',
			    spec_moves[from][to] != -1);
			assert_int_equal(*check(&bare, 0, 0) == '\0',
			    spec_moves[from][to] == 0);
		}
}

static void
test_move_check_refused_message(void **state)
{
	struct rt_move mv = { "OIG-21-19#4", OP, OP, 1, 1, 1, 1, 1, 0 };
	struct rt_error *err;

	(void)state;
	err = rt_move_check(&mv, 0, 0);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EREFUSED);
	assert_string_equal(err->msg, "OIG-21-19#4: cannot move from "
	    "open-pending to open-pending; allowed: open-unresolved, "
	    "open-resolved, closed-implemented, closed-not-implemented");
	rt_error_free(err);
	mv.from = CI;
	mv.to = CN;
	assert_string_equal(check(&mv, 0, 0), "OIG-21-19#4: cannot move "
	    "from closed-implemented to closed-not-implemented; allowed: "
	    "open-unresolved, open-resolved");
	mv.from = OU;
	mv.to = OP;
	assert_string_equal(check(&mv, 0, 0), "OIG-21-19#4: cannot move "
	    "from open-unresolved to open-pending; allowed: open-resolved, "
	    "closed-implemented, closed-not-implemented");
	mv.from = OR;
	mv.to = OR;
	assert_string_equal(check(&mv, 0, 0), "OIG-21-19#4: cannot move "
	    "from open-resolved to open-resolved; allowed: open-unresolved, "
	    "closed-implemented, closed-not-implemented");
	mv.from = CN;
	mv.to = OP;
	assert_string_equal(check(&mv, 0, 0), "OIG-21-19#4: cannot move "
	    "from closed-not-implemented to open-pending; allowed: "
	    "open-unresolved, open-resolved");
}

static void
test_move_check_guards(void **state)
{
	struct rt_move mv = { "OIG-21-19#4", OP, OR, 0, 0, 0, 0, 0, 0 };

	(void)state;
	/* Resolving from pending or unresolved needs a target date. */
	assert_string_equal(check(&mv, 0, 0), "OIG-21-19#4: moving to "
	    "open-resolved needs a target date (--target)");
	mv.from = OU;
	assert_string_equal(check(&mv, 0, 0), "OIG-21-19#4: moving to "
	    "open-resolved needs a target date (--target)");
	mv.has_target = 1;
	assert_string_equal(check(&mv, 0, 0), "");
	/* A note alone does not stand in for the target date. */
	mv.has_target = 0;
	mv.has_note = 1;
	assert_string_not_equal(check(&mv, 0, 0), "");

	/* Back from resolved to unresolved needs a reason. */
	mv = (struct rt_move){ "OIG-21-19#4", OR, OU, 1, 0, 1, 1, 1, 0 };
	assert_string_equal(check(&mv, 0, 0), "OIG-21-19#4: moving from "
	    "open-resolved to open-unresolved needs a reason (--note)");
	mv.has_note = 1;
	assert_string_equal(check(&mv, 0, 0), "");

	/* Closing not implemented needs a reason, from any open status. */
	mv = (struct rt_move){ "R#1", OP, CN, 1, 0, 1, 1, 1, 0 };
	assert_string_equal(check(&mv, 0, 0), "R#1: moving from "
	    "open-pending to closed-not-implemented needs a reason (--note)");
	mv.from = OU;
	assert_string_not_equal(check(&mv, 0, 0), "");
	mv.from = OR;
	assert_string_not_equal(check(&mv, 0, 0), "");
	mv.has_note = 1;
	assert_string_equal(check(&mv, 0, 0), "");

	/* Closing implemented needs nothing, even at issuance. */
	mv = (struct rt_move){ "R#1", OP, CI, 0, 0, 0, 0, 0, 0 };
	assert_string_equal(check(&mv, 0, 0), "");

	/* Reopening needs a reason. */
	mv = (struct rt_move){ "R#1", CI, OU, 1, 0, 1, 1, 1, 0 };
	assert_string_equal(check(&mv, 0, 0), "R#1: moving from "
	    "closed-implemented to open-unresolved needs a reason (--note)");
	mv.from = CN;
	mv.to = OR;
	assert_string_equal(check(&mv, 0, 0), "R#1: moving from "
	    "closed-not-implemented to open-resolved needs a reason (--note)");
	mv.has_note = 1;
	assert_string_equal(check(&mv, 0, 0), "");
	/* Reopening to resolved needs no target date by the table... */
	mv.has_target = 0;
	assert_string_equal(check(&mv, 0, 0), "");
	/* ...but does when the configuration requires it to resolve. */
	assert_string_equal(check(&mv, RT_REQ_TARGET_DATE, 0),
	    "R#1: moving to open-resolved needs a target date (--target)");
}

static void
test_move_check_requirements(void **state)
{
	struct rt_move mv = { "R#1", OU, OR, 1, 0, 0, 0, 0, 0 };
	unsigned all = RT_REQ_TARGET_DATE | RT_REQ_CORRECTIVE_ACTION |
	    RT_REQ_OFFICIAL;

	(void)state;
	assert_string_equal(check(&mv, RT_REQ_TARGET_DATE, 0), "");
	assert_string_equal(check(&mv, all, 0), "R#1: moving to "
	    "open-resolved needs a corrective action (rec set REC "
	    "corrective_action=...)");
	assert_string_equal(check(&mv, RT_REQ_OFFICIAL, 0), "R#1: moving to "
	    "open-resolved needs a responsible official (rec set REC "
	    "official=...)");
	mv.has_corrective_action = 1;
	assert_string_equal(check(&mv, all, 0), "R#1: moving to "
	    "open-resolved needs a responsible official (rec set REC "
	    "official=...)");
	/* rec add names its own options */
	mv.at_issuance = 1;
	assert_string_equal(check(&mv, all, 0), "R#1: moving to "
	    "open-resolved needs a responsible official (--official)");
	mv.has_corrective_action = 0;
	assert_string_equal(check(&mv, all, 0), "R#1: moving to "
	    "open-resolved needs a corrective action (--corrective-action)");
	mv.has_corrective_action = 1;
	mv.at_issuance = 0;
	mv.has_official = 1;
	assert_string_equal(check(&mv, all, 0), "");
	/* Resolve requirements leave other moves alone. */
	mv = (struct rt_move){ "R#1", OP, OU, 0, 0, 0, 0, 0, 0 };
	assert_string_equal(check(&mv, all, RT_REQ_EVIDENCE), "");
	mv.to = CI;
	assert_string_equal(check(&mv, all, 0), "");
	/* Evidence to close implemented. */
	assert_string_equal(check(&mv, all, RT_REQ_EVIDENCE), "R#1: moving "
	    "to closed-implemented needs an evidence reference (--evidence)");
	mv.from = OR;
	assert_string_not_equal(check(&mv, 0, RT_REQ_EVIDENCE), "");
	mv.has_evidence = 1;
	assert_string_equal(check(&mv, all, RT_REQ_EVIDENCE), "");
	/* ...and only there. */
	mv = (struct rt_move){ "R#1", OR, CN, 0, 1, 0, 0, 0, 0 };
	assert_string_equal(check(&mv, all, RT_REQ_EVIDENCE), "");
}

static void
test_recid_parse(void **state)
{
	static const struct {
		const char *text, *report, *number;
	} ok[] = {
		{ "OIG-21-48#2", "OIG-21-48", "2" },
		{ "OIG-21-19#*", "OIG-21-19", "*" },
		{ "GAO-20-536#1-1", "GAO-20-536", "1-1" },
		{ "A#3a", "A", "3a" },
		/* Split at the first '#': the number may hold one. */
		{ "A#B#C", "A", "B#C" },
		{ "A##", "A", "#" },
		{ "X Y#1 2", "X Y", "1 2" },
	};
	static const char *const bad[] = {
		"OIG-21-48", "#2", "OIG-21-48#", "#", "", " OIG-21-48#2",
		"OIG-21-48 #2", "OIG-21-48# 2", "OIG-21-48#2 ", "\tA#1",
		"A#1\n",
	};
	struct rt_error *err;
	char *report, *number;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(ok); i++) {
		assert_null(rt_recid_parse(ok[i].text, &report, &number));
		assert_string_equal(report, ok[i].report);
		assert_string_equal(number, ok[i].number);
		free(report);
		free(number);
	}
	for (i = 0; i < NELEM(bad); i++) {
		report = number = (char *)"junk";
		err = rt_recid_parse(bad[i], &report, &number);
		if (err == NULL)
			fail_msg("accepted \"%s\"", bad[i]);
		assert_int_equal(err->code, RT_EINVAL);
		assert_null(report);
		assert_null(number);
		rt_error_free(err);
	}
	err = rt_recid_parse("OIG-21-48", &report, &number);
	assert_string_equal(err->msg, "OIG-21-48: not a recommendation "
	    "(expected REPORT#NUMBER, e.g. OIG-21-48#2)");
	rt_error_free(err);
	err = rt_recid_parse("", &report, &number);
	assert_string_equal(err->msg, "\"\": not a recommendation "
	    "(expected REPORT#NUMBER, e.g. OIG-21-48#2)");
	rt_error_free(err);
}

static int
sign(int v)
{
	return (v > 0) - (v < 0);
}

static void
test_natcmp(void **state)
{
	static const struct {
		const char *a, *b;
		int want;
	} cases[] = {
		{ "2", "10", -1 }, { "10", "10a", -1 }, { "10a", "11", -1 },
		{ "1-1", "1-2", -1 }, { "1-2", "1-10", -1 },
		{ "1-10", "2-1", -1 }, { "3a", "3b", -1 }, { "9", "10", -1 },
		{ "99", "100", -1 }, { "", "1", -1 }, { "a", "b", -1 },
		{ "1", "1", 0 }, { "", "", 0 }, { "a10b2", "a10b2", 0 },
		/* Leading zeros do not count: "01" sorts with "1". */
		{ "01", "1", 0 }, { "007", "7", 0 }, { "0", "00", 0 },
		{ "01a", "1b", -1 }, { "0", "1", -1 },
		{ "OIG-21-48", "OIG-21-9", 1 },
		{ "OIG-19-53", "OIG-21-19", -1 },
		{ "12345678901234567890", "12345678901234567891", -1 },
		{ "99999999999999999999", "100000000000000000000", -1 },
		/* A digit against anything else: byte order. */
		{ "1", "a", -1 }, { "1", "-", 1 }, { "a1", "a-", 1 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(cases); i++) {
		if (sign(rt_natcmp(cases[i].a, cases[i].b)) != cases[i].want)
			fail_msg("natcmp(\"%s\", \"%s\") != %d", cases[i].a,
			    cases[i].b, cases[i].want);
		if (sign(rt_natcmp(cases[i].b, cases[i].a)) != -cases[i].want)
			fail_msg("natcmp(\"%s\", \"%s\") != %d", cases[i].b,
			    cases[i].a, -cases[i].want);
	}
}

static void
test_natkey(void **state)
{
	static const struct {
		const char *in, *key;
	} cases[] = {
		{ "10a", "0210a" }, { "2", "012" }, { "1-10", "011-0210" },
		{ "3b", "013b" }, { "", "" }, { "abc", "abc" },
		{ "007", "017" }, { "0", "00" }, { "a00b", "a00b" },
		{ "OIG-21-48", "OIG-0221-0248" },
		{ "12345678901", "1112345678901" },
	};
	char *key;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(cases); i++) {
		assert_non_null(key = rt_natkey(cases[i].in));
		assert_string_equal(key, cases[i].key);
		free(key);
	}
}

/* strcmp of the keys agrees with rt_natcmp on every pair. */
static void
test_natkey_order(void **state)
{
	static const char *const nums[] = {
		"", "0", "00", "000", "1", "01", "001", "1a", "01a", "1b",
		"1-1", "1-01", "1-2", "1-10", "1-10a", "1.1", "1.10", "1.2",
		"2", "3a", "3b", "9", "09", "10", "10a", "11", "19", "99",
		"100", "0100", "101", "999", "1000", "a", "a1", "a01", "a2",
		"a10", "A", "A1", "-", "-1", "#", "*", " 1", "1 ", "z9z",
		"z10z", "123456789012345678901234567890",
		"123456789012345678901234567891",
		"99999999999999999999", "100000000000000000000",
		"\xc3\xa9" "1", "\xc3\xa9" "10",
	};
	char *keys[NELEM(nums)];
	size_t i, j;

	(void)state;
	for (i = 0; i < NELEM(nums); i++)
		assert_non_null(keys[i] = rt_natkey(nums[i]));
	for (i = 0; i < NELEM(nums); i++)
		for (j = 0; j < NELEM(nums); j++)
			if (sign(strcmp(keys[i], keys[j])) !=
			    sign(rt_natcmp(nums[i], nums[j])))
				fail_msg("\"%s\" vs \"%s\": keys %s, %s",
				    nums[i], nums[j], keys[i], keys[j]);
	for (i = 0; i < NELEM(nums); i++)
		free(keys[i]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_names),
		cmocka_unit_test(test_concurrence_names),
		cmocka_unit_test(test_small_enums),
		cmocka_unit_test(test_transition_table),
		cmocka_unit_test(test_transition_allowed),
		cmocka_unit_test(test_move_check_pairs),
		cmocka_unit_test(test_move_check_refused_message),
		cmocka_unit_test(test_move_check_guards),
		cmocka_unit_test(test_move_check_requirements),
		cmocka_unit_test(test_recid_parse),
		cmocka_unit_test(test_natcmp),
		cmocka_unit_test(test_natkey),
		cmocka_unit_test(test_natkey_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
