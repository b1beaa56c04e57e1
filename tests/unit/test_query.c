/* Unit tests of the search query language: every operator, precedence,
 * the folding of empty phrases and column filters, and the errors. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/error.h"
#include "base/util.h"
#include "core/query.h"
#include "store/store.h"

/* The tree as text: "a" a phrase (words apart, * a prefix), ^ tied to
 * the start, NEAR(... , N), (l AND r), (l OR r), (l NOT r), EMPTY and
 * FALSE. */
static void
dump(struct rt_buf *b, const struct rt_query_node *n)
{
	const struct rt_query_phrase *p;
	int i, j;

	switch (n->type) {
	case RT_QUERY_EMPTY:
		rt_buf_puts(b, "EMPTY");
		return;
	case RT_QUERY_FALSE:
		rt_buf_puts(b, "FALSE");
		return;
	case RT_QUERY_PHRASES:
		if (n->nph > 1)
			rt_buf_puts(b, "NEAR(");
		for (i = 0; i < n->nph; i++) {
			p = n->ph[i];
			rt_buf_puts(b, i ? " " : "");
			rt_buf_puts(b, p->initial ? "^\"" : "\"");
			for (j = 0; j < p->n; j++)
				rt_buf_printf(b, "%s%s%s", j ? " " : "",
				    p->t[j].word, p->t[j].prefix ? "*" : "");
			rt_buf_puts(b, "\"");
		}
		if (n->nph > 1)
			rt_buf_printf(b, ", %ld)", n->near);
		return;
	default:
		rt_buf_puts(b, "(");
		dump(b, n->l);
		rt_buf_puts(b, n->type == RT_QUERY_AND ? " AND " :
		    n->type == RT_QUERY_OR ? " OR " : " NOT ");
		dump(b, n->r);
		rt_buf_puts(b, ")");
	}
}

/* text parses into the tree want. */
static void
check(const char *text, const char *want)
{
	struct rt_query *q;
	struct rt_buf b = { 0 };

	ok(rt_query_parse(text, &q));
	assert_string_equal(q->text, text);
	dump(&b, q->root);
	assert_non_null(b.s);
	if (strcmp(b.s, want) != 0)
		fail_msg("%s: got %s, want %s", text, b.s, want);
	rt_buf_free(&b);
	rt_query_free(q);
}

/* text is refused, saying why. */
static void
refused(const char *text, const char *why)
{
	struct rt_query *q = (struct rt_query *)&q;
	struct rt_buf msg = { 0 };
	struct rt_error *err;

	rt_buf_printf(&msg, "cannot understand the query '%s' (%s): "
	    RT_QUERY_SYNTAX, text, why);
	if ((err = rt_query_parse(text, &q)) == NULL)
		fail_msg("%s: accepted", text);
	if (strcmp(err->msg, msg.s) != 0)
		fail_msg("%s: got %s", text, err->msg);
	assert_int_equal(err->code, RT_EINVAL);
	rt_error_free(err);
	assert_null(q);
	rt_buf_free(&msg);
}

static void
test_words_and_phrases(void **state)
{
	(void)state;
	check("canine", "\"canine\"");
	check("  canine\t", "\"canine\"");
	/* several words: all of them, left to right */
	check("canine training", "(\"canine\" AND \"training\")");
	check("a b c", "((\"a\" AND \"b\") AND \"c\")");
	/* a phrase, split into words as the index splits them */
	check("\"canine training\"", "\"canine training\"");
	check("\"CBP's training\"", "\"CBP s training\"");
	check("\"say \"\"hi\"\"\"", "\"say hi\"");
	check("a + b", "\"a b\"");
	check("\"a b\" + c*", "\"a b c*\"");
	check("médical", "\"médical\"");
	/* _ and the SUB control are parts of a bareword, not of a word */
	check("foo_bar", "\"foo bar\"");
	/* punctuation between two words, "-" too: the phrase of the words */
	check("well-being", "\"well being\"");
	check("OIG-21-48#3", "\"OIG 21 48 3\"");
	check("CBP's training", "(\"CBP s\" AND \"training\")");
	check("2021-09-30*", "\"2021 09 30*\"");
	check("a-b OR c", "(\"a b\" OR \"c\")");
	/* a prefix: the last word of its phrase */
	check("fent*", "\"fent*\"");
	check("a * b", "(\"a*\" AND \"b\")");
	check("\"a b\"*", "\"a b*\"");
	check("^canine", "^\"canine\"");
	check("^\"canine program\"", "^\"canine program\"");
	/* phrases without words match nothing; in a row they drop out */
	check("\"\"", "EMPTY");
	check("\"...\" canine", "\"canine\"");
	check("\"\" \"\"", "EMPTY");
}

static void
test_operators_and_precedence(void **state)
{
	(void)state;
	check("a AND b", "(\"a\" AND \"b\")");
	check("a OR b", "(\"a\" OR \"b\")");
	check("a NOT b", "(\"a\" NOT \"b\")");
	/* NOT binds tighter than AND, AND tighter than OR */
	check("a OR b AND c", "(\"a\" OR (\"b\" AND \"c\"))");
	check("a AND b OR c", "((\"a\" AND \"b\") OR \"c\")");
	check("a AND b NOT c", "(\"a\" AND (\"b\" NOT \"c\"))");
	check("a NOT b NOT c", "((\"a\" NOT \"b\") NOT \"c\")");
	check("a OR b OR c", "((\"a\" OR \"b\") OR \"c\")");
	/* an implicit AND binds like NOT's operands: a row is one primary */
	check("a b OR c", "((\"a\" AND \"b\") OR \"c\")");
	check("a NOT b c", "(\"a\" NOT (\"b\" AND \"c\"))");
	/* parentheses */
	check("(a OR b) AND c", "((\"a\" OR \"b\") AND \"c\")");
	check("a AND (b OR (c NOT d))",
	    "(\"a\" AND (\"b\" OR (\"c\" NOT \"d\")))");
	/* lower case is a word */
	check("a and b", "((\"a\" AND \"and\") AND \"b\")");
	/* empty phrases meet operators as FTS5 has them meet */
	check("a OR \"\"", "\"a\"");
	check("\"\" OR a", "\"a\"");
	check("a AND \"\"", "FALSE");
	check("a NOT \"\"", "\"a\"");
	check("\"\" NOT a", "FALSE");
	check("(\"\") OR (\"\")", "FALSE");
}

static void
test_near_and_columns(void **state)
{
	(void)state;
	check("NEAR(a b)", "NEAR(\"a\" \"b\", 10)");
	check("NEAR(a \"b c\" d, 3)", "NEAR(\"a\" \"b c\" \"d\", 3)");
	check("NEAR(a)", "\"a\"");
	check("NEAR(a \"\", 2)", "\"a\"");
	/* the only column is body */
	check("body: canine", "\"canine\"");
	check("BODY:canine", "\"canine\"");
	check("{body}: canine", "\"canine\"");
	check("body: (a OR b)", "(\"a\" OR \"b\")");
	check("-body: canine", "FALSE");
	check("-{body}: (a OR b)", "FALSE");
	check("a OR -body: b", "\"a\"");
}

static void
test_exact(void **state)
{
	struct rt_query *q;

	(void)state;
	ok(rt_query_parse("a OR b", &q));
	assert_int_equal(q->exact, 0);
	assert_int_equal(q->nphrases, 2);
	assert_int_equal(q->phrases[1]->idx, 1);
	rt_query_free(q);
	ok(rt_query_parse("^a", &q));
	assert_int_equal(q->exact, 1);
	rt_query_free(q);
	ok(rt_query_parse("NEAR(a b)", &q));
	assert_int_equal(q->exact, 1);
	rt_query_free(q);
	ok(rt_query_parse("NEAR(a)", &q));
	assert_int_equal(q->exact, 0);
	rt_query_free(q);
}

static void
test_errors(void **state)
{
	struct rt_query *q = NULL;

	(void)state;
	refused("\"unbalanced", "a double quote is not closed");
	refused("AND", "syntax error near \"AND\"");
	refused("NOT fentanyl", "syntax error near \"NOT\"");
	refused("canine OR", "it ends too soon");
	refused("canine AND", "it ends too soon");
	refused("(canine", "it ends too soon");
	refused("canine)", "syntax error near \")\"");
	refused("()", "syntax error near \")\"");
	refused("canine -text", "a \"-\" or \":\" outside double quotes");
	refused("well- being", "a \"-\" or \":\" outside double quotes");
	refused("U.S.", "syntax error near \".\"");
	refused("title: canine", "a \"-\" or \":\" outside double quotes");
	refused("*canine", "a \"*\" that does not end a word");
	refused("a + OR", "syntax error near \"OR\"");
	refused("a, b", "syntax error near \",\"");
	refused("a ! b", "syntax error near \"!\"");
	refused("NEAR(a b, x)", "expected integer, got \"x\"");
	refused("NEAR(a b, )", "syntax error near \")\"");
	refused("FAR(a b)", "syntax error near \"FAR\"");
	refused("^NEAR(a b)", "syntax error near \"(\"");
	refused("a body: (b)", "syntax error near \"(\"");
	refused("{}: a", "syntax error near \"}\"");
	refused("{body: a", "syntax error near \":\"");
	expect(rt_query_parse("", &q), RT_EINVAL, "the query is empty: "
	    RT_QUERY_SYNTAX);
	assert_null(q);
	expect(rt_query_parse(" \t\n", &q), RT_EINVAL, "the query is empty: "
	    RT_QUERY_SYNTAX);
	rt_query_free(NULL);
}

/* text: n "(" then middle then n ")" (freed by the caller). */
static char *
nested(int n, const char *middle)
{
	size_t len = strlen(middle);
	char *s = malloc(2 * (size_t)n + len + 1);
	int i;

	assert_non_null(s);
	for (i = 0; i < n; i++) {
		s[i] = '(';
		s[n + len + i] = ')';
	}
	memcpy(s + n, middle, len);
	s[2 * n + len] = '\0';
	return s;
}

/* Parentheses nest 32 deep; deeper is refused with a message, however
 * deep (the parser never runs out of stack). */
static void
test_depth(void **state)
{
	struct rt_query *q;
	struct rt_error *err;
	char *s;

	(void)state;
	s = nested(32, "canine");
	check(s, "\"canine\"");
	free(s);
	s = nested(33, "canine");
	refused(s, "parentheses nested more than 32 deep");
	free(s);
	s = nested(1000000, "canine");
	assert_non_null(err = rt_query_parse(s, &q));
	assert_int_equal(err->code, RT_EINVAL);
	assert_null(q);
	rt_error_free(err);
	s[1000000] = '\0';		/* unbalanced: only the "(" */
	assert_non_null(err = rt_query_parse(s, &q));
	rt_error_free(err);
	free(s);
	s = nested(31, "a OR (b AND c)");	/* 32 in all */
	ok(rt_query_parse(s, &q));
	rt_query_free(q);
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_and_phrases),
		cmocka_unit_test(test_operators_and_precedence),
		cmocka_unit_test(test_near_and_columns),
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_depth),
	};

	return cmocka_run_group_tests_name("query", tests, NULL, NULL);
}
