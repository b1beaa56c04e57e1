/*
 * rectrack — the search query language, read as FTS5 reads it
 * (fts5_expr.c: the same tokens, precedence and folding of empty
 * phrases and column filters, the same reasons for a refusal), into the
 * tree of store/store.h.
 */
#include "core/query.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/error.h"
#include "base/util.h"
#include "store/store.h"

struct parser {
	struct rt_query *t;	/* what is being built */
	const char *q;
	size_t at;		/* where the current token starts */
	int tok;
	size_t tstart, tlen;	/* the current token's text */
	size_t next;		/* where the next token starts */
	char *why;		/* the first error, FTS5's words */
	int nomem;
	int depth;		/* parentheses open */
};

/* How deep parentheses may nest: deep enough for any query a person
 * writes, shallow enough that neither this parser's recursion nor the
 * engines' parsers run out of stack. */
#define QUERY_MAX_DEPTH 32
#define QUERY_STR_(x) #x
#define QUERY_STR(x) QUERY_STR_(x)

enum { T_EOF, T_STRING, T_LP, T_RP, T_LCP, T_RCP, T_COLON, T_COMMA,
    T_PLUS, T_STAR, T_MINUS, T_CARET, T_AND, T_OR, T_NOT, T_ERROR };

static void
query_fail(struct parser *q, const char *fmt, const char *s, size_t n)
{
	struct rt_buf b = { 0 };

	if (q->why || q->nomem)
		return;
	rt_buf_printf(&b, fmt, (int)n, s);
	if (b.s == NULL)
		q->nomem = 1;
	q->why = b.s;
}

static int
query_failed(const struct parser *q)
{
	return q->why != NULL || q->nomem;
}

static int
bareword_char(unsigned char c)
{
	return c >= 0x80 || isalnum(c) || c == '_' || c == 0x1a;
}

/*
 * A character that joins two words into one token, read as the phrase
 * of its words: punctuation that is not part of the syntax, and "-"
 * (only a "-" that starts a token is a column filter).  "well-being" is
 * the phrase "well being", "2021-09-30" that of "2021 09 30".
 */
static int
joiner_char(unsigned char c)
{
	return c != '\0' && !bareword_char(c) &&
	    strchr(" \t\n\r(){}:,+*^\"", c) == NULL;
}

/* Read the token at q->next into the current one (fts5ExprGetToken). */
static void
lex(struct parser *q)
{
	const char *s = q->q;
	size_t i = q->next;

	while (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
		i++;
	q->at = q->tstart = i;
	q->tlen = 1;
	switch (s[i]) {
	case '\0':	q->tok = T_EOF; q->tlen = 0; break;
	case '(':	q->tok = T_LP; break;
	case ')':	q->tok = T_RP; break;
	case '{':	q->tok = T_LCP; break;
	case '}':	q->tok = T_RCP; break;
	case ':':	q->tok = T_COLON; break;
	case ',':	q->tok = T_COMMA; break;
	case '+':	q->tok = T_PLUS; break;
	case '*':	q->tok = T_STAR; break;
	case '-':	q->tok = T_MINUS; break;
	case '^':	q->tok = T_CARET; break;
	case '"': {
		size_t j = i + 1;

		for (;;) {
			if (s[j] == '\0') {
				query_fail(q, "%.*s", "unterminated string",
				    strlen("unterminated string"));
				q->tok = T_ERROR;
				q->next = j;
				return;
			}
			if (s[j] == '"') {
				if (s[j + 1] != '"')
					break;
				j++;
			}
			j++;
		}
		q->tok = T_STRING;
		q->tlen = j + 1 - i;
		break;
	}
	default: {
		size_t j = i;

		if (!bareword_char((unsigned char)s[i])) {
			query_fail(q, "syntax error near \"%.*s\"", s + i, 1);
			q->tok = T_ERROR;
			q->next = i + 1;
			return;
		}
		for (;;) {
			while (bareword_char((unsigned char)s[j]))
				j++;
			if (!joiner_char((unsigned char)s[j]) ||
			    !bareword_char((unsigned char)s[j + 1]))
				break;
			j++;	/* well-being, OIG-21-19#1, CBP's */
		}
		q->tlen = j - i;
		q->tok = T_STRING;
		if (q->tlen == 2 && memcmp(s + i, "OR", 2) == 0)
			q->tok = T_OR;
		else if (q->tlen == 3 && memcmp(s + i, "NOT", 3) == 0)
			q->tok = T_NOT;
		else if (q->tlen == 3 && memcmp(s + i, "AND", 3) == 0)
			q->tok = T_AND;
		break;
	}
	}
	q->next = q->tstart + q->tlen;
}

/* The type of the token after the current one. */
static int
peek(struct parser *q)
{
	struct parser save = *q;
	int tok;

	save.why = NULL;
	lex(&save);
	tok = save.tok;
	free(save.why);
	return tok;
}

static void
syntax_error(struct parser *q)
{
	query_fail(q, "syntax error near \"%.*s\"", q->q + q->tstart,
	    q->tlen);
}

/* Expect the current token to be tok and move on. */
static int
expect(struct parser *q, int tok)
{
	if (q->tok != tok) {
		syntax_error(q);
		return -1;
	}
	lex(q);
	return 0;
}

/* The current string token without its quotes, newly allocated. */
static char *
token_text(struct parser *q)
{
	const char *s = q->q + q->tstart;
	size_t n = q->tlen, i;
	struct rt_buf b = { 0 };

	if (*s == '"') {
		for (i = 1; i + 1 < n; i++) {
			rt_buf_add(&b, s + i, 1);
			if (s[i] == '"')
				i++;
		}
	} else
		rt_buf_add(&b, s, n);
	if (b.s == NULL)
		rt_buf_add(&b, "", 0);
	if (b.s == NULL)
		q->nomem = 1;
	return b.s;
}

static struct rt_query_node *
new_node(struct parser *q, enum rt_query_type type, struct rt_query_node *l,
    struct rt_query_node *r)
{
	struct rt_query_node *n, **v;

	if (q->t->nnodes == q->t->capnodes) {
		q->t->capnodes = q->t->capnodes ? 2 * q->t->capnodes : 16;
		if ((v = realloc(q->t->nodes, q->t->capnodes * sizeof(*v))) ==
		    NULL) {
			q->nomem = 1;
			return NULL;
		}
		q->t->nodes = v;
	}
	if ((n = calloc(1, sizeof(*n))) == NULL) {
		q->nomem = 1;
		return NULL;
	}
	q->t->nodes[q->t->nnodes++] = n;
	n->type = type;
	n->l = l;
	n->r = r;
	n->near = -1;
	return n;
}

static int
nothing(const struct rt_query_node *n)
{
	return n->type == RT_QUERY_EMPTY || n->type == RT_QUERY_FALSE;
}

/* AND, OR and NOT as FTS5 treats empty phrases and empty column sets. */
static struct rt_query_node *
combine(struct parser *q, enum rt_query_type type, struct rt_query_node *l,
    struct rt_query_node *r)
{
	if (l == NULL || r == NULL)
		return NULL;
	switch (type) {
	case RT_QUERY_AND:
		if (nothing(l) || nothing(r))
			return new_node(q, RT_QUERY_FALSE, NULL, NULL);
		break;
	case RT_QUERY_OR:
		if (nothing(l) && nothing(r))
			return new_node(q, RT_QUERY_FALSE, NULL, NULL);
		if (nothing(l))
			return r;
		if (nothing(r))
			return l;
		break;
	case RT_QUERY_NOT:
		if (nothing(l))
			return new_node(q, RT_QUERY_FALSE, NULL, NULL);
		if (nothing(r))
			return l;
		break;
	default:
		break;
	}
	return new_node(q, type, l, r);
}

/* Add the words of text to phrase p (as the index splits them); the
 * last one is a prefix when the text is. */
static int
phrase_add(struct parser *q, struct rt_query_phrase *p, const char *text,
    int prefix)
{
	struct rt_query_term *t;
	size_t n = strlen(text), at = 0, start, end, nstart, nend;
	int have, next;

	have = rt_search_word_next(text, n, &at, &start, &end);
	for (; have; have = next, start = nstart, end = nend) {
		next = rt_search_word_next(text, n, &at, &nstart, &nend);
		if ((t = realloc(p->t, (p->n + 1) * sizeof(*t))) == NULL)
			goto nomem;
		p->t = t;
		t = &p->t[p->n];
		t->prefix = prefix && !next;
		if ((t->word = strndup(text + start, end - start)) == NULL)
			goto nomem;
		p->n++;
	}
	return 0;
nomem:
	q->nomem = 1;
	return -1;
}

/* phrase: STRING [*] (+ STRING [*])... */
static struct rt_query_phrase *
parse_phrase(struct parser *q)
{
	struct rt_query_phrase *p, **v;
	char *text;
	int prefix;

	if (q->tok != T_STRING) {
		syntax_error(q);
		return NULL;
	}
	if (q->t->nphrases == q->t->capphrases) {
		q->t->capphrases = q->t->capphrases ? 2 * q->t->capphrases : 8;
		if ((v = realloc(q->t->phrases, q->t->capphrases * sizeof(*v))) ==
		    NULL) {
			q->nomem = 1;
			return NULL;
		}
		q->t->phrases = v;
	}
	if ((p = calloc(1, sizeof(*p))) == NULL) {
		q->nomem = 1;
		return NULL;
	}
	p->idx = (int)q->t->nphrases;
	q->t->phrases[q->t->nphrases++] = p;
	for (;;) {
		if ((text = token_text(q)) == NULL)
			return NULL;
		lex(q);
		prefix = q->tok == T_STAR;
		if (prefix)
			lex(q);
		if (phrase_add(q, p, text, prefix) != 0) {
			free(text);
			return NULL;
		}
		free(text);
		if (q->tok != T_PLUS)
			break;
		lex(q);
		if (q->tok != T_STRING) {
			syntax_error(q);
			return NULL;
		}
	}
	return p;
}

/* A node of the phrases of a NEAR group (or one phrase), the phrases
 * without words left out. */
static struct rt_query_node *
phrases_node(struct parser *q, struct rt_query_phrase **ph, int n, long near)
{
	struct rt_query_node *node;
	int i, k = 0;

	if ((node = new_node(q, RT_QUERY_PHRASES, NULL, NULL)) == NULL)
		return NULL;
	if ((node->ph = calloc(n, sizeof(*node->ph))) == NULL) {
		q->nomem = 1;
		return NULL;
	}
	for (i = 0; i < n; i++)
		if (ph[i]->n > 0)
			node->ph[k++] = ph[i];
	node->nph = k;
	node->near = k > 1 ? near : -1;
	if (k == 0)
		node->type = RT_QUERY_EMPTY;
	return node;
}

/* nearset: phrase | ^phrase | NEAR(phrase... [, N]) */
static struct rt_query_node *
parse_nearset(struct parser *q)
{
	struct rt_query_phrase *one, **ph = NULL, **v;
	struct rt_query_node *node;
	size_t name, namelen, dist = 0, distlen = 0, i;
	long near = 10;
	int n = 0, initial = 0;

	if (q->tok == T_CARET) {
		initial = 1;
		q->t->exact = 1;
		lex(q);
	}
	if (initial || q->tok != T_STRING || peek(q) != T_LP) {
		if ((one = parse_phrase(q)) == NULL)
			return NULL;
		one->initial = initial;
		return phrases_node(q, &one, 1, -1);
	}
	name = q->tstart;
	namelen = q->tlen;
	lex(q);
	lex(q);
	do {
		if ((one = parse_phrase(q)) == NULL)
			goto fail;
		if ((v = realloc(ph, (n + 1) * sizeof(*v))) == NULL) {
			q->nomem = 1;
			goto fail;
		}
		ph = v;
		ph[n++] = one;
	} while (q->tok == T_STRING);
	if (q->tok == T_COMMA) {
		lex(q);
		if (q->tok != T_STRING) {
			syntax_error(q);
			goto fail;
		}
		dist = q->tstart;
		distlen = q->tlen;
		lex(q);
	}
	if (expect(q, T_RP) != 0)
		goto fail;
	if (namelen != 4 || memcmp(q->q + name, "NEAR", 4) != 0) {
		query_fail(q, "syntax error near \"%.*s\"", q->q + name,
		    namelen);
		goto fail;
	}
	if (distlen) {
		near = 0;
		for (i = 0; i < distlen; i++) {
			char c = q->q[dist + i];

			if (c < '0' || c > '9') {
				query_fail(q, "expected integer, got \"%.*s\"",
				    q->q + dist, distlen);
				goto fail;
			}
			if (near < 1000000)
				near = near * 10 + (c - '0');
		}
	}
	node = phrases_node(q, ph, n, near);
	if (node && node->nph > 1)
		q->t->exact = 1;
	free(ph);
	return node;
fail:
	free(ph);
	return NULL;
}

/* A column name of a column filter: only "body" exists. */
static int
check_column(struct parser *q)
{
	char *name;
	int ok;

	if ((name = token_text(q)) == NULL)
		return -1;
	ok = strcasecmp(name, "body") == 0;
	if (!ok)
		query_fail(q, "no such column: %.*s", name, strlen(name));
	free(name);
	lex(q);
	return ok ? 0 : -1;
}

/* colset: STRING | -STRING | {STRING...} | -{STRING...}; *none is set
 * when it excludes the one column. */
static int
parse_colset(struct parser *q, int *none)
{
	*none = 0;
	if (q->tok == T_MINUS) {
		*none = 1;
		lex(q);
	}
	if (q->tok == T_STRING)
		return check_column(q);
	if (q->tok != T_LCP) {
		syntax_error(q);
		return -1;
	}
	lex(q);
	if (q->tok != T_STRING) {
		syntax_error(q);
		return -1;
	}
	while (q->tok == T_STRING)
		if (check_column(q) != 0)
			return -1;
	return expect(q, T_RCP);
}

static int
starts_colset(struct parser *q)
{
	return q->tok == T_MINUS || q->tok == T_LCP ||
	    (q->tok == T_STRING && peek(q) == T_COLON);
}

static struct rt_query_node *parse_or(struct parser *);

/* What follows a "(" up to its ")", at most QUERY_MAX_DEPTH deep. */
static struct rt_query_node *
parse_group(struct parser *q)
{
	static const char deep[] = "parentheses nested more than "
	    QUERY_STR(QUERY_MAX_DEPTH) " deep";
	struct rt_query_node *n;

	if (q->depth >= QUERY_MAX_DEPTH) {
		query_fail(q, "%.*s", deep, sizeof(deep) - 1);
		return NULL;
	}
	q->depth++;
	n = parse_or(q);
	q->depth--;
	if (n == NULL || expect(q, T_RP) != 0)
		return NULL;
	return n;
}

/*
 * A primary: (expr), colset:(expr), or a row of nearsets (each maybe
 * with a colset), which FTS5 joins with an implicit AND, leaving out
 * the phrases without words.
 */
static struct rt_query_node *
parse_primary(struct parser *q)
{
	struct rt_query_node *all = NULL, *one;
	int none, first = 1, empty = 1, is_false = 0;

	if (q->tok == T_LP) {
		lex(q);
		if ((one = parse_group(q)) == NULL)
			return NULL;
		return one;
	}
	if (q->tok != T_STRING && q->tok != T_CARET && !starts_colset(q)) {
		syntax_error(q);
		return NULL;
	}
	while (q->tok == T_STRING || q->tok == T_CARET || starts_colset(q)) {
		none = 0;
		if (starts_colset(q)) {
			if (parse_colset(q, &none) != 0 ||
			    expect(q, T_COLON) != 0)
				return NULL;
			if (q->tok == T_LP) {
				if (!first) {
					syntax_error(q);
					return NULL;
				}
				lex(q);
				if ((one = parse_group(q)) == NULL)
					return NULL;
				return none ?
				    new_node(q, RT_QUERY_FALSE, NULL, NULL) : one;
			}
		}
		first = 0;
		if ((one = parse_nearset(q)) == NULL)
			return NULL;
		if (none)
			is_false = 1;
		if (one->type == RT_QUERY_EMPTY)
			continue;
		empty = 0;
		all = all ? new_node(q, RT_QUERY_AND, all, one) : one;
		if (all == NULL)
			return NULL;
	}
	if (is_false)
		return new_node(q, RT_QUERY_FALSE, NULL, NULL);
	if (empty)
		return new_node(q, RT_QUERY_EMPTY, NULL, NULL);
	return all;
}

/* NOT binds tighter than AND, AND tighter than OR; all to the left. */
static struct rt_query_node *
parse_not(struct parser *q)
{
	struct rt_query_node *l;

	if ((l = parse_primary(q)) == NULL)
		return NULL;
	while (q->tok == T_NOT) {
		lex(q);
		l = combine(q, RT_QUERY_NOT, l, parse_primary(q));
		if (l == NULL)
			return NULL;
	}
	return l;
}

static struct rt_query_node *
parse_and(struct parser *q)
{
	struct rt_query_node *l;

	if ((l = parse_not(q)) == NULL)
		return NULL;
	while (q->tok == T_AND) {
		lex(q);
		if ((l = combine(q, RT_QUERY_AND, l, parse_not(q))) == NULL)
			return NULL;
	}
	return l;
}

static struct rt_query_node *
parse_or(struct parser *q)
{
	struct rt_query_node *l;

	if ((l = parse_and(q)) == NULL)
		return NULL;
	while (q->tok == T_OR) {
		lex(q);
		if ((l = combine(q, RT_QUERY_OR, l, parse_and(q))) == NULL)
			return NULL;
	}
	return l;
}

/*
 * The error for a query that cannot be parsed: why (FTS5's words), in
 * the user's terms where they would mislead ("OIG-21-48" is read as a
 * column filter), and how queries are written.
 */
static struct rt_error *
query_error(const char *text, const char *why)
{
	if (strncmp(why, "no such column", 14) == 0)
		why = "a \"-\" or \":\" outside double quotes";
	else if (strcmp(why, "unknown special query") == 0)
		why = "a \"*\" that does not end a word";
	else if (strcmp(why, "unterminated string") == 0)
		why = "a double quote is not closed";
	else if (strcmp(why, "syntax error near \"\"") == 0)
		why = "it ends too soon";
	return rt_error_new(RT_EINVAL, "cannot understand the query '%s' "
	    "(%s): " RT_QUERY_SYNTAX, text, why);
}

void
rt_query_free(struct rt_query *t)
{
	size_t i;
	int j;

	if (t == NULL)
		return;
	for (i = 0; i < t->nnodes; i++) {
		free(t->nodes[i]->ph);
		free(t->nodes[i]);
	}
	for (i = 0; i < t->nphrases; i++) {
		for (j = 0; j < t->phrases[i]->n; j++)
			free(t->phrases[i]->t[j].word);
		free(t->phrases[i]->t);
		free(t->phrases[i]);
	}
	free(t->nodes);
	free(t->phrases);
	free(t->text);
	free(t);
}

struct rt_error *
rt_query_parse(const char *text, struct rt_query **out)
{
	struct parser q;
	struct rt_error *err = NULL;

	*out = NULL;
	if (rt_blank(text))
		return rt_error_new(RT_EINVAL, "the query is empty: "
		    RT_QUERY_SYNTAX);
	/* a query is what a person types: a longer one is a file pasted by
	 * mistake, and would take the index seconds to minutes */
	if (strlen(text) > RT_QUERY_MAX)
		return rt_error_new(RT_EINVAL, "the query is longer than %d "
		    "bytes: search for fewer words", RT_QUERY_MAX);
	/* FTS5 reads a query starting with "*" as a special query */
	if (text[0] == '*')
		return query_error(text, "unknown special query");
	memset(&q, 0, sizeof(q));
	q.q = text;
	if ((q.t = calloc(1, sizeof(*q.t))) == NULL ||
	    (q.t->text = strdup(text)) == NULL) {
		q.nomem = 1;
		goto done;
	}
	lex(&q);
	if (!query_failed(&q)) {
		q.t->root = parse_or(&q);
		if (q.t->root && q.tok != T_EOF)
			syntax_error(&q);
	}
done:
	if (q.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (q.why)
		err = query_error(text, q.why);
	free(q.why);
	if (err) {
		rt_query_free(q.t);
		return err;
	}
	*out = q.t;
	return NULL;
}
