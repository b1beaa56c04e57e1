/*
 * Unit tests of the "did you mean" suggestions (suggest.c): the distance
 * (case, swaps, UTF-8 characters, the length limit), which codes are near,
 * their order and number, and the wording.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/suggest.h"
#include "base/util.h"

/* The text rt_suggest_append gives for word among the codes (freed by
 * the next call). */
static const char *
said(const char *word, const char *const *codes)
{
	static struct rt_buf b;
	struct rt_suggest s;

	rt_buf_free(&b);
	rt_suggest_init(&s, word);
	for (; *codes != NULL; codes++)
		rt_suggest_add(&s, *codes);
	assert_int_equal(rt_suggest_append(&s, &b), 0);
	rt_suggest_free(&s);
	return b.s == NULL ? "" : b.s;
}

static void
test_distance(void **state)
{
	char longer[RT_SUGGEST_MAXLEN + 2];

	(void)state;
	assert_int_equal(rt_suggest_distance("CBP", "CBP"), 0);
	assert_int_equal(rt_suggest_distance("cbp", "CBP"), 0);
	assert_int_equal(rt_suggest_distance("", "CBP"), 3);
	assert_int_equal(rt_suggest_distance("CBP", ""), 3);
	assert_int_equal(rt_suggest_distance("CPB", "CBP"), 1);	/* a swap */
	assert_int_equal(rt_suggest_distance("CBX", "CBP"), 1);
	assert_int_equal(rt_suggest_distance("CB", "CBP"), 1);
	assert_int_equal(rt_suggest_distance("FEMA", "DHS"), 4);
	assert_int_equal(rt_suggest_distance("kitten", "sitting"), 3);
	assert_int_equal(rt_suggest_distance("ca", "abc"), 3);	/* OSA */
	/* a UTF-8 character is one character; only ASCII folds */
	assert_int_equal(rt_suggest_distance("Bür", "Bur"), 1);
	assert_int_equal(rt_suggest_distance("BÜR", "bür"), 1);
	assert_int_equal(rt_suggest_distance("é", "e"), 1);
	memset(longer, 'a', sizeof(longer) - 1);
	longer[sizeof(longer) - 1] = '\0';
	assert_int_equal(rt_suggest_distance(longer, "a"), -1);
	assert_int_equal(rt_suggest_distance("a", longer), -1);
	longer[RT_SUGGEST_MAXLEN] = '\0';
	assert_int_equal(rt_suggest_distance(longer, longer), 0);
}

static void
test_near(void **state)
{
	static const char *const agencies[] = { "DHS", "CBP", "CPB", "FEMA",
	    "ICE", "USCIS", NULL };
	static const char *const issuers[] = { "dhs-oig", "gao", "doj-oig",
	    NULL };

	(void)state;
	assert_string_equal(said("CBX", agencies), "; did you mean \"CBP\"?");
	/* nearest first, then code order */
	assert_string_equal(said("CB", agencies),
	    "; did you mean \"CBP\" or \"CPB\"?");
	assert_string_equal(said("cbp", agencies),
	    "; did you mean \"CBP\" or \"CPB\"?");
	assert_string_equal(said("fema", agencies), "; did you mean \"FEMA\"?");
	assert_string_equal(said("USCS", agencies),
	    "; did you mean \"USCIS\"?");
	/* nothing near: nothing said */
	assert_string_equal(said("NASA", agencies), "");
	assert_string_equal(said("", agencies), "");
	/* the limit grows with the word: 1 up to 5 characters, 2 for 6 to 8 */
	assert_int_equal(rt_suggest_distance("dh-oigg", "dhs-oig"), 2);
	assert_string_equal(said("dh-oigg", issuers),
	    "; did you mean \"dhs-oig\"?");
	assert_int_equal(rt_suggest_distance("dh-oi", "dhs-oig"), 2);
	assert_string_equal(said("dh-oi", issuers), "");
	assert_string_equal(said("dhsoig", issuers),
	    "; did you mean \"dhs-oig\"?");
	/* the word itself is no suggestion */
	assert_string_equal(said("CBP", agencies),
	    "; did you mean \"CPB\"?");
}

static void
test_three_at_most(void **state)
{
	static const char *const codes[] = { "AD", "AB", "AE", "AC", "A",
	    "ABCDEFGH", NULL };
	static const char *const four[] = { "xb", "xa", "xd", "xc", NULL };

	(void)state;
	/* A (distance 0 after folding "a"), then AB, AC by code order */
	assert_string_equal(said("a", codes),
	    "; did you mean \"A\", \"AB\" or \"AC\"?");
	assert_string_equal(said("xx", four),
	    "; did you mean \"xa\", \"xb\" or \"xc\"?");
}

static void
test_utf8_whole(void **state)
{
	static const char *const codes[] = { "Bürgeramt", "Büro", NULL };
	struct rt_suggest s;
	char word[RT_SUGGEST_MAXLEN + 2];

	(void)state;
	assert_string_equal(said("Buro", codes), "; did you mean \"Büro\"?");
	assert_string_equal(said("bürgerant", codes),
	    "; did you mean \"Bürgeramt\"?");
	/* a word too long to compare suggests nothing */
	memset(word, 'a', sizeof(word) - 1);
	word[sizeof(word) - 1] = '\0';
	rt_suggest_init(&s, word);
	rt_suggest_add(&s, word + 1);
	assert_int_equal(s.n, 0);
	rt_suggest_free(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_near),
		cmocka_unit_test(test_three_at_most),
		cmocka_unit_test(test_utf8_whole),
	};

	return cmocka_run_group_tests_name("suggest", tests, NULL, NULL);
}
