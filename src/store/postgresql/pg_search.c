/*
 * rectrack — the store on a PostgreSQL server: full-text search with
 * PostgreSQL's own text search, giving what sq_search gives with FTS5.
 *
 * The user writes FTS5 queries.  This file parses them as FTS5 does
 * (the same language, the same errors) into a tree of phrases, and
 * turns the tree into a tsquery: every word travels as a quoted lexeme
 * inside one parameter that to_tsquery() reads, with the operators
 * written here, so that no user text ever becomes SQL.  The schema's
 * GIN indexes on rectrack.doc_words() find the texts.
 *
 * Ranking is FTS5's bm25 computed in SQL: per phrase, its number of
 * occurrences where its part of the query matches (ts_rank_cd without
 * normalisation counts them, 0.1 each) and the number of texts holding
 * it; the length of a text is its number of words; the average length
 * over all texts is estimated from their spaces and hyphens (counting
 * words exactly would parse every text at every search).  A query with
 * ^ or NEAR, which a tsquery states only roughly, is ranked and
 * filtered here instead (rank_here).
 *
 * Snippets are made here the way FTS5's snippet() makes them: the texts
 * are split into words as FTS5's unicode61 tokenizer splits them, the
 * server turns the words into lexemes (to_tsvector, the same
 * normalisation as the index), the query tree finds the phrase
 * instances, and FTS5's window choice and highlighting follow.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/backend.h"
#include "store/postgresql/pg.h"
#include "store/store.h"

#define SNIPPET_WORDS 12
#define ELLIPSIS "\xe2\x80\xa6"		/* U+2026 */

/* Beyond this NEAR distance, a NEAR group is searched as an AND. */
#define NEAR_MAX 100

/* ---- words as FTS5's unicode61 tokenizer finds them --------------------- */

/* Decode one UTF-8 character at s (n bytes left); bad bytes are one
 * character each. */
static size_t
utf8_next(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xe0) == 0xc0)
		len = 2, *cp = s[0] & 0x1f;
	else if ((s[0] & 0xf0) == 0xe0)
		len = 3, *cp = s[0] & 0x0f;
	else if ((s[0] & 0xf8) == 0xf0)
		len = 4, *cp = s[0] & 0x07;
	else {
		*cp = 0xfffd;
		return 1;
	}
	if (len > n) {
		*cp = 0xfffd;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*cp = 0xfffd;
			return 1;
		}
		*cp = (*cp << 6) | (s[i] & 0x3f);
	}
	return len;
}

/*
 * Whether a character is part of a word: letters, digits and marks
 * (unicode61's "L* N* Co" and, removing diacritics, the marks).  Outside
 * ASCII this is an approximation by blocks: punctuation, symbols,
 * arrows, shapes and emoji separate words, anything else is a letter.
 */
static int
word_char(uint32_t c)
{
	if (c < 0x80)
		return isalnum((int)c);
	if (c <= 0xbf)
		return c == 0xaa || c == 0xb2 || c == 0xb3 || c == 0xb5 ||
		    c == 0xb9 || c == 0xba || (c >= 0xbc && c <= 0xbe);
	if (c == 0xd7 || c == 0xf7 || c == 0xfffd)
		return c == 0xfffd;
	if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) ||
	    (c >= 0x2190 && c <= 0x245f) || (c >= 0x2500 && c <= 0x2bff) ||
	    (c >= 0x2e00 && c <= 0x2e7f) || (c >= 0x3000 && c <= 0x3003) ||
	    (c >= 0x3008 && c <= 0x3020) || (c >= 0xfe10 && c <= 0xfe1f) ||
	    (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff01 && c <= 0xff0f) ||
	    (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) ||
	    (c >= 0xff5b && c <= 0xff65) || (c >= 0xfff0 && c <= 0xfffc) ||
	    (c >= 0x1f000 && c <= 0x1faff))
		return 0;
	return 1;
}

/* A word of a text: bytes [start, end) and, once the server said, its
 * lexeme ("" when it has none). */
struct word {
	size_t start, end;
	const char *lex;
};

struct words {
	struct word *w;
	size_t n, cap;
};

/* Split s (n bytes) into words; 0, or -1 when out of memory. */
static int
split_words(const char *s, size_t n, struct words *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, len, start;
	uint32_t c;
	struct word *w;

	out->n = 0;
	while (i < n) {
		len = utf8_next(u + i, n - i, &c);
		if (!word_char(c)) {
			i += len;
			continue;
		}
		start = i;
		do {
			i += len;
			if (i >= n)
				break;
			len = utf8_next(u + i, n - i, &c);
		} while (word_char(c));
		if (out->n == out->cap) {
			out->cap = out->cap ? 2 * out->cap : 32;
			if ((w = realloc(out->w, out->cap * sizeof(*w))) ==
			    NULL)
				return -1;
			out->w = w;
		}
		out->w[out->n].start = start;
		out->w[out->n].end = i;
		out->w[out->n].lex = "";
		out->n++;
	}
	return 0;
}

/* ---- the query tree ------------------------------------------------------ */

struct term {
	char *word;		/* as written (one word) */
	const char *lex;	/* its lexeme, once the server said */
	int prefix;
};

struct phrase {
	int idx;		/* FTS5's phrase number: order in the query */
	int initial;		/* ^: only at the start of a text */
	int arg;		/* its place in the phrases parameter */
	struct term *t;
	int n;
	/* per text: where the phrase starts */
	size_t *pos, npos, cappos;
};

enum node_type { N_EMPTY, N_FALSE, N_PHRASES, N_AND, N_OR, N_NOT };

/*
 * N_EMPTY: a phrase without words ("..."), which FTS5 drops from a
 * row of words and otherwise matches nothing; N_FALSE: nothing (a
 * column filter excluding the one column); N_PHRASES: one phrase, or a
 * NEAR group of several (near >= 0).
 */
struct node {
	enum node_type type;
	struct node *l, *r;
	struct phrase **ph;
	int nph;
	long near;
};

struct query {
	const char *q;
	size_t at;		/* where the current token starts */
	int tok;
	size_t tstart, tlen;	/* the current token's text */
	size_t next;		/* where the next token starts */
	char *why;		/* the first error, FTS5's words */
	int nomem;
	int exact;		/* ^ or NEAR: rank and filter here */
	struct node **nodes;
	size_t nnodes, capnodes;
	struct phrase **phrases;
	size_t nphrases, capphrases;
};

enum { T_EOF, T_STRING, T_LP, T_RP, T_LCP, T_RCP, T_COLON, T_COMMA,
    T_PLUS, T_STAR, T_MINUS, T_CARET, T_AND, T_OR, T_NOT, T_ERROR };

static void
query_fail(struct query *q, const char *fmt, const char *s, size_t n)
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
query_failed(const struct query *q)
{
	return q->why != NULL || q->nomem;
}

static int
bareword_char(unsigned char c)
{
	return c >= 0x80 || isalnum(c) || c == '_' || c == 0x1a;
}

/* Read the token at q->next into the current one (fts5ExprGetToken). */
static void
lex(struct query *q)
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
		while (bareword_char((unsigned char)s[j]))
			j++;
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
peek(struct query *q)
{
	struct query save = *q;
	int tok;

	save.why = NULL;
	lex(&save);
	tok = save.tok;
	free(save.why);
	return tok;
}

static void
syntax_error(struct query *q)
{
	query_fail(q, "syntax error near \"%.*s\"", q->q + q->tstart,
	    q->tlen);
}

/* Expect the current token to be tok and move on. */
static int
expect(struct query *q, int tok)
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
token_text(struct query *q)
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

static struct node *
new_node(struct query *q, enum node_type type, struct node *l,
    struct node *r)
{
	struct node *n, **v;

	if (q->nnodes == q->capnodes) {
		q->capnodes = q->capnodes ? 2 * q->capnodes : 16;
		if ((v = realloc(q->nodes, q->capnodes * sizeof(*v))) ==
		    NULL) {
			q->nomem = 1;
			return NULL;
		}
		q->nodes = v;
	}
	if ((n = calloc(1, sizeof(*n))) == NULL) {
		q->nomem = 1;
		return NULL;
	}
	q->nodes[q->nnodes++] = n;
	n->type = type;
	n->l = l;
	n->r = r;
	n->near = -1;
	return n;
}

static int
nothing(const struct node *n)
{
	return n->type == N_EMPTY || n->type == N_FALSE;
}

/* AND, OR and NOT as FTS5 treats empty phrases and empty column sets. */
static struct node *
combine(struct query *q, enum node_type type, struct node *l,
    struct node *r)
{
	if (l == NULL || r == NULL)
		return NULL;
	switch (type) {
	case N_AND:
		if (nothing(l) || nothing(r))
			return new_node(q, N_FALSE, NULL, NULL);
		break;
	case N_OR:
		if (nothing(l) && nothing(r))
			return new_node(q, N_FALSE, NULL, NULL);
		if (nothing(l))
			return r;
		if (nothing(r))
			return l;
		break;
	case N_NOT:
		if (nothing(l))
			return new_node(q, N_FALSE, NULL, NULL);
		if (nothing(r))
			return l;
		break;
	default:
		break;
	}
	return new_node(q, type, l, r);
}

/* Add the words of text to phrase p (unicode61 splits them). */
static int
phrase_add(struct query *q, struct phrase *p, const char *text, int prefix)
{
	struct words ws = { 0 };
	struct term *t;
	size_t i;

	if (split_words(text, strlen(text), &ws) != 0)
		goto nomem;
	for (i = 0; i < ws.n; i++) {
		if ((t = realloc(p->t, (p->n + 1) * sizeof(*t))) == NULL)
			goto nomem;
		p->t = t;
		t = &p->t[p->n];
		t->lex = "";
		t->prefix = prefix && i + 1 == ws.n;
		if ((t->word = strndup(text + ws.w[i].start,
		    ws.w[i].end - ws.w[i].start)) == NULL)
			goto nomem;
		p->n++;
	}
	free(ws.w);
	return 0;
nomem:
	free(ws.w);
	q->nomem = 1;
	return -1;
}

/* phrase: STRING [*] (+ STRING [*])... */
static struct phrase *
parse_phrase(struct query *q)
{
	struct phrase *p, **v;
	char *text;
	int prefix;

	if (q->tok != T_STRING) {
		syntax_error(q);
		return NULL;
	}
	if (q->nphrases == q->capphrases) {
		q->capphrases = q->capphrases ? 2 * q->capphrases : 8;
		if ((v = realloc(q->phrases, q->capphrases * sizeof(*v))) ==
		    NULL) {
			q->nomem = 1;
			return NULL;
		}
		q->phrases = v;
	}
	if ((p = calloc(1, sizeof(*p))) == NULL) {
		q->nomem = 1;
		return NULL;
	}
	p->idx = (int)q->nphrases;
	q->phrases[q->nphrases++] = p;
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
static struct node *
phrases_node(struct query *q, struct phrase **ph, int n, long near)
{
	struct node *node;
	int i, k = 0;

	if ((node = new_node(q, N_PHRASES, NULL, NULL)) == NULL)
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
		node->type = N_EMPTY;
	return node;
}

/* nearset: phrase | ^phrase | NEAR(phrase... [, N]) */
static struct node *
parse_nearset(struct query *q)
{
	struct phrase *one, **ph = NULL, **v;
	struct node *node;
	size_t name, namelen, dist = 0, distlen = 0, i;
	long near = 10;
	int n = 0, initial = 0;

	if (q->tok == T_CARET) {
		initial = 1;
		q->exact = 1;
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
		q->exact = 1;
	free(ph);
	return node;
fail:
	free(ph);
	return NULL;
}

/* A column name of a column filter: only "body" exists. */
static int
check_column(struct query *q)
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
parse_colset(struct query *q, int *none)
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
starts_colset(struct query *q)
{
	return q->tok == T_MINUS || q->tok == T_LCP ||
	    (q->tok == T_STRING && peek(q) == T_COLON);
}

static struct node *parse_or(struct query *);

/*
 * A primary: (expr), colset:(expr), or a row of nearsets (each maybe
 * with a colset), which FTS5 joins with an implicit AND, leaving out
 * the phrases without words.
 */
static struct node *
parse_primary(struct query *q)
{
	struct node *all = NULL, *one;
	int none, first = 1, empty = 1, is_false = 0;

	if (q->tok == T_LP) {
		lex(q);
		if ((one = parse_or(q)) == NULL || expect(q, T_RP) != 0)
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
				if ((one = parse_or(q)) == NULL ||
				    expect(q, T_RP) != 0)
					return NULL;
				return none ?
				    new_node(q, N_FALSE, NULL, NULL) : one;
			}
		}
		first = 0;
		if ((one = parse_nearset(q)) == NULL)
			return NULL;
		if (none)
			is_false = 1;
		if (one->type == N_EMPTY)
			continue;
		empty = 0;
		all = all ? new_node(q, N_AND, all, one) : one;
		if (all == NULL)
			return NULL;
	}
	if (is_false)
		return new_node(q, N_FALSE, NULL, NULL);
	if (empty)
		return new_node(q, N_EMPTY, NULL, NULL);
	return all;
}

/* NOT binds tighter than AND, AND tighter than OR; all to the left. */
static struct node *
parse_not(struct query *q)
{
	struct node *l;

	if ((l = parse_primary(q)) == NULL)
		return NULL;
	while (q->tok == T_NOT) {
		lex(q);
		l = combine(q, N_NOT, l, parse_primary(q));
		if (l == NULL)
			return NULL;
	}
	return l;
}

static struct node *
parse_and(struct query *q)
{
	struct node *l;

	if ((l = parse_not(q)) == NULL)
		return NULL;
	while (q->tok == T_AND) {
		lex(q);
		if ((l = combine(q, N_AND, l, parse_not(q))) == NULL)
			return NULL;
	}
	return l;
}

static struct node *
parse_or(struct query *q)
{
	struct node *l;

	if ((l = parse_and(q)) == NULL)
		return NULL;
	while (q->tok == T_OR) {
		lex(q);
		if ((l = combine(q, N_OR, l, parse_and(q))) == NULL)
			return NULL;
	}
	return l;
}

static void
query_free(struct query *q)
{
	size_t i;
	int j;

	for (i = 0; i < q->nnodes; i++) {
		free(q->nodes[i]->ph);
		free(q->nodes[i]);
	}
	for (i = 0; i < q->nphrases; i++) {
		for (j = 0; j < q->phrases[i]->n; j++)
			free(q->phrases[i]->t[j].word);
		free(q->phrases[i]->t);
		free(q->phrases[i]->pos);
		free(q->phrases[i]);
	}
	free(q->nodes);
	free(q->phrases);
	free(q->why);
}

/* Parse text into q; *root is NULL with an error on failure. */
static struct rt_error *
query_parse(struct query *q, const char *text, struct node **root)
{
	*root = NULL;
	memset(q, 0, sizeof(*q));
	q->q = text;
	/* FTS5 reads a query starting with "*" as a special query */
	if (text[0] == '*')
		return store_query_error(text, "unknown special query");
	lex(q);
	if (!query_failed(q)) {
		*root = parse_or(q);
		if (*root && q->tok != T_EOF)
			syntax_error(q);
	}
	if (q->nomem)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (q->why) {
		*root = NULL;
		return store_query_error(text, q->why);
	}
	return NULL;
}

/* ---- the tsquery --------------------------------------------------------- */

/* A word as a tsquery lexeme literal: 'word', ' doubled, \ escaped. */
static void
ts_word(struct rt_buf *b, const struct term *t)
{
	const char *s;

	rt_buf_puts(b, "'");
	for (s = t->word; *s; s++) {
		if (*s == '\'')
			rt_buf_puts(b, "''");
		else if (*s == '\\')
			rt_buf_puts(b, "\\\\");
		else
			rt_buf_add(b, s, 1);
	}
	rt_buf_puts(b, t->prefix ? "':*" : "'");
}

static void
ts_phrase(struct rt_buf *b, const struct phrase *p)
{
	int i;

	rt_buf_puts(b, "(");
	for (i = 0; i < p->n; i++) {
		if (i)
			rt_buf_puts(b, " <-> ");
		ts_word(b, &p->t[i]);
	}
	rt_buf_puts(b, ")");
}

/*
 * NEAR(a b, N): b starts at most N words after a ends, or a after b;
 * "L <k> R" is R starting k words after the end of L.  Of more than two
 * phrases, every two must be that near, and beyond NEAR_MAX all must be
 * there: FTS5 asks for more (all in one window), which rank_here checks.
 */
static void
ts_near(struct rt_buf *b, const struct node *n)
{
	int i, j, first = 1;
	long k;

	rt_buf_puts(b, "(");
	for (i = 0; i < n->nph; i++)
		for (j = i + 1; j < n->nph; j++) {
			if (!first)
				rt_buf_puts(b, " & ");
			first = 0;
			if (n->near > NEAR_MAX) {
				ts_phrase(b, n->ph[i]);
				rt_buf_puts(b, " & ");
				ts_phrase(b, n->ph[j]);
				continue;
			}
			rt_buf_puts(b, "(");
			for (k = 1; k <= n->near + 1; k++) {
				if (k > 1)
					rt_buf_puts(b, " | ");
				ts_phrase(b, n->ph[i]);
				rt_buf_printf(b, " <%ld> ", k);
				ts_phrase(b, n->ph[j]);
				rt_buf_puts(b, " | ");
				ts_phrase(b, n->ph[j]);
				rt_buf_printf(b, " <%ld> ", k);
				ts_phrase(b, n->ph[i]);
			}
			rt_buf_puts(b, ")");
		}
	rt_buf_puts(b, ")");
}

/* Whether the tree has a phrase tied to the start of the text. */
static int
has_initial(const struct node *n)
{
	int i;

	switch (n->type) {
	case N_PHRASES:
		for (i = 0; i < n->nph; i++)
			if (n->ph[i]->initial)
				return 1;
		return 0;
	case N_AND:
	case N_OR:
	case N_NOT:
		return has_initial(n->l) || has_initial(n->r);
	default:
		return 0;
	}
}

static void
ts_node(struct rt_buf *b, const struct node *n)
{
	switch (n->type) {
	case N_PHRASES:
		if (n->nph == 1)
			ts_phrase(b, n->ph[0]);
		else
			ts_near(b, n);
		break;
	case N_NOT:
		/* no tsquery says "not at the start": the left side finds
		 * more, and rank_here takes out what FTS5 would not find */
		if (has_initial(n->r)) {
			ts_node(b, n->l);
			break;
		}
		/* FALLTHROUGH */
	case N_AND:
	case N_OR:
		rt_buf_puts(b, "(");
		ts_node(b, n->l);
		rt_buf_puts(b, n->type == N_AND ? " & " : n->type == N_OR ?
		    " | " : " & !");
		ts_node(b, n->r);
		rt_buf_puts(b, ")");
		break;
	default:	/* folded away before */
		break;
	}
}

/* Append s to b as an element of an array literal: "s", quoted. */
static void
array_elem(struct rt_buf *b, const char *s, int *first)
{
	rt_buf_puts(b, *first ? "{" : ",");
	*first = 0;
	if (s == NULL) {
		rt_buf_puts(b, "NULL");
		return;
	}
	rt_buf_puts(b, "\"");
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			rt_buf_puts(b, "\\");
		rt_buf_add(b, s, 1);
	}
	rt_buf_puts(b, "\"");
}

/*
 * The phrases of the tree for bm25, as two text[] literals: each
 * phrase's tsquery, and the tsquery a text must match for the phrase's
 * occurrences to count (NULL: none).  FTS5 counts the occurrences of
 * the parts of the query that match: a phrase under an OR counts only
 * where its side of the OR matches, one on the right of a NOT never.
 * guard is the AND of the sides of the ORs above n.
 */
static void
ts_phrases(struct rt_buf *b, struct rt_buf *g, struct rt_buf *k,
    const struct node *n, const char *guard, int *first, int *gfirst,
    int *arg)
{
	struct rt_buf one = { 0 }, side = { 0 };
	int i;

	if (n->type == N_PHRASES) {
		for (i = 0; i < n->nph; i++) {
			ts_phrase(&one, n->ph[i]);
			n->ph[i]->arg = (*arg)++;
			array_elem(b, one.s ? one.s : "", first);
			rt_buf_printf(k, "%s%d", *gfirst ? "{" : ",",
			    n->ph[i]->initial ? n->ph[i]->n : 0);
			array_elem(g, guard, gfirst);
			rt_buf_free(&one);
		}
	} else if (n->type == N_AND) {
		ts_phrases(b, g, k, n->l, guard, first, gfirst, arg);
		ts_phrases(b, g, k, n->r, guard, first, gfirst, arg);
	} else if (n->type == N_NOT) {
		ts_phrases(b, g, k, n->l, guard, first, gfirst, arg);
	} else if (n->type == N_OR) {
		for (i = 0; i < 2; i++) {
			if (guard) {
				rt_buf_puts(&side, guard);
				rt_buf_puts(&side, " & ");
			}
			ts_node(&side, i ? n->r : n->l);
			ts_phrases(b, g, k, i ? n->r : n->l, side.s ? side.s : "",
			    first, gfirst, arg);
			rt_buf_free(&side);
		}
	}
}

/* ---- the search ---------------------------------------------------------- */

/*
 * $1 the tsquery, $2 agency, $3 issuer, $4 report, $5 statuses (text[]),
 * $6 limit (NULL: all), $7 the phrases (text[] of tsqueries), $8 true
 * to list in listing order alone (rank_here ranks), $9 what a text must
 * match for each phrase's occurrences to count (text[], NULL: nothing),
 * $10 for a phrase tied to the start of texts its number of words (else
 * 0), for its number of texts.
 *
 * `doc` finds the matching texts through the GIN indexes, numbered as
 * the SQLite store numbers them (a recommendation's id, -2 * a report's
 * id for its title, one less for its summary); `top` applies the
 * filters, scores with bm25 and keeps the best $6 (equal scores by doc,
 * so that the choice is always the same); the end shows equal scores in
 * the order of listings.
 */
/* The number of words of a text, near enough: its spaces and hyphens,
 * plus one (counting lexemes would parse every text). */
#define WORDS(col) "octet_length(" col ") - octet_length(replace(replace(" \
	col ", ' ', ''), '-', '')) + 1"

/* The first p.k words of a text, near enough: for a phrase tied to the
 * start of texts (^), the texts that start with it. */
#define FIRST(col) "array_to_string((string_to_array(ltrim(" col "), ' '))" \
	"[1:p.k], ' ')"

static const char SQL_SEARCH[] =
    "WITH RECURSIVE sub(id) AS ("
    "  SELECT id FROM agency WHERE code = $2"
    "  UNION ALL SELECT a.id FROM agency a JOIN sub ON a.parent_id = sub.id),"
    " doc(doc, body, report_id, rec_id) AS ("
    "  SELECT -2 * r.id, r.title, r.id, NULL::bigint FROM report r"
    "  WHERE doc_words(r.title) @@ to_tsquery('rectrack.words', $1)"
    "  UNION ALL"
    "  SELECT -2 * r.id - 1, r.summary, r.id, NULL FROM report r"
    "  WHERE doc_words(r.summary) @@ to_tsquery('rectrack.words', $1)"
    "  UNION ALL"
    "  SELECT c.id, c.text, c.report_id, c.id FROM recommendation c"
    "  WHERE doc_words(c.text) @@ to_tsquery('rectrack.words', $1)),"
    " stats(docs, avgdl) AS MATERIALIZED ("
    "  SELECT n, greatest(w, 1)::float8 / greatest(n, 1) FROM ("
    "    SELECT (SELECT count(*) FROM recommendation)"
    "      + (SELECT count(*) + count(summary) FROM report) AS n,"
    "    (SELECT coalesce(sum(" WORDS("text") "), 0) FROM recommendation)"
    "    + (SELECT coalesce(sum(" WORDS("title") "), 0)"
    "      + coalesce(sum(" WORDS("summary") "), 0) FROM report) AS w) x),"
    " phrase(n, query, guard, idf) AS MATERIALIZED ("
    "  SELECT p.n, p.query, p.guard, greatest(ln((s.docs - h.n + 0.5)::float8"
    "      / (h.n + 0.5)::float8), 1e-6)"
    "  FROM (SELECT u.n, to_tsquery('rectrack.words', u.t) AS query,"
    "      to_tsquery('rectrack.words', u.g) AS guard, u.k"
    "    FROM unnest($7::text[], $9::text[], $10::int[])"
    "      WITH ORDINALITY u(t, g, k, n)) p CROSS JOIN stats s"
    "  CROSS JOIN LATERAL (SELECT CASE WHEN p.k = 0 THEN"
    "    (SELECT count(*) FROM recommendation"
    "      WHERE doc_words(text) @@ p.query)"
    "    + (SELECT count(*) FROM report WHERE doc_words(title) @@ p.query)"
    "    + (SELECT count(*) FROM report WHERE doc_words(summary) @@ p.query)"
    "    ELSE"
    "    (SELECT count(*) FROM recommendation"
    "      WHERE doc_words(" FIRST("text") ") @@ p.query)"
    "    + (SELECT count(*) FROM report"
    "      WHERE doc_words(" FIRST("title") ") @@ p.query)"
    "    + (SELECT count(*) FROM report"
    "      WHERE doc_words(" FIRST("summary") ") @@ p.query) END"
    "    AS n) h),"
    " top(doc, body, report_id, rec_id, score) AS ("
    "  SELECT d.doc, d.body, d.report_id, d.rec_id,"
    "    (SELECT coalesce(sum(p.idf * f.f * 2.2 / (f.f + 1.2 * (0.25"
    "      + 0.75 * w.len / s.avgdl))), 0)"
    "     FROM phrase p CROSS JOIN stats s"
    "     CROSS JOIN LATERAL (SELECT CASE WHEN p.guard IS NULL"
    "       OR w.w @@ p.guard THEN round(ts_rank_cd(w.w, p.query, 0) * 10)"
    "       ELSE 0 END::float8 AS f) f)"
    "  FROM doc d"
    "    LEFT JOIN recommendation c ON c.id = d.rec_id"
    "    JOIN report r ON r.id = d.report_id"
    "    CROSS JOIN LATERAL (SELECT x.w, (SELECT coalesce(sum(coalesce("
    "      array_length(y.positions, 1), 1)), 0) FROM unnest(x.w) y)::float8"
    "      AS len FROM (SELECT doc_words(d.body) AS w OFFSET 0) x) w"
    "  WHERE ($3::text IS NULL OR r.issuer_id ="
    "      (SELECT id FROM issuer WHERE code = $3))"
    "    AND ($4::text IS NULL OR r.number = $4)"
    "    AND ($2::text IS NULL OR coalesce(c.agency_id, r.agency_id) IN"
    "      (SELECT id FROM sub))"
    "    AND ($5::text[] IS NULL OR CASE WHEN c.id IS NOT NULL"
    "      THEN c.status = ANY ($5::text[])"
    "      ELSE EXISTS (SELECT 1 FROM recommendation x"
    "        WHERE x.report_id = r.id AND x.status = ANY ($5::text[])) END)"
    "  ORDER BY 5 DESC, d.doc LIMIT $6::bigint) "
    "SELECT t.doc, r.number, c.number, r.title, i.code, r.issued, a.code,"
    "  c.status, t.body, t.score,"
    "  (SELECT avgdl FROM stats),"
    "  (SELECT string_agg(idf::text, ' ' ORDER BY n) FROM phrase) "
    "FROM top t"
    "  LEFT JOIN recommendation c ON c.id = t.rec_id"
    "  JOIN report r ON r.id = t.report_id"
    "  JOIN issuer i ON i.id = r.issuer_id"
    "  JOIN agency a ON a.id = coalesce(c.agency_id, r.agency_id) "
    "ORDER BY CASE WHEN $8::boolean THEN 0 ELSE t.score END DESC, r.issued, r.sort_key, r.number,"
    "  CASE WHEN t.doc > 0 THEN 2 ELSE -t.doc % 2 END, c.sort_key, c.number";

/* The lexeme of each word of $1 (one a line), in order; "" for none. */
static const char SQL_LEXEMES[] =
    "SELECT coalesce((SELECT x.lexeme"
    "  FROM unnest(to_tsvector('rectrack.words', u.w)) x"
    "  ORDER BY x.positions[1] LIMIT 1), '') "
    "FROM unnest(string_to_array($1, chr(10))) WITH ORDINALITY u(w, n) "
    "ORDER BY u.n";

/* One hit's text, split into words. */
struct text {
	const char *body;
	struct words ws;
};

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Ask the server for the lexemes of every word of the texts and of the
 * query (each distinct word once).  *lexres keeps them; the words
 * point into it.
 */
static struct rt_error *
find_lexemes(struct pg_store *st, struct query *q, struct text *texts,
    int ntexts, PGresult **lexres)
{
	struct rt_error *err = NULL;
	struct rt_buf all = { 0 };
	char **v = NULL, **hit;
	const char *p[1];
	size_t n = 0, cap = 0, i, k = 0;
	int j, t;

	*lexres = NULL;
	for (t = 0; t < ntexts; t++)
		cap += texts[t].ws.n;
	for (i = 0; i < q->nphrases; i++)
		cap += q->phrases[i]->n;
	if (cap == 0)
		return NULL;
	if ((v = calloc(cap, sizeof(*v))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (t = 0; t < ntexts; t++)
		for (i = 0; i < texts[t].ws.n; i++)
			if ((v[n++] = strndup(texts[t].body +
			    texts[t].ws.w[i].start, texts[t].ws.w[i].end -
			    texts[t].ws.w[i].start)) == NULL)
				goto nomem;
	for (i = 0; i < q->nphrases; i++)
		for (j = 0; j < q->phrases[i]->n; j++)
			if ((v[n++] = strdup(q->phrases[i]->t[j].word)) ==
			    NULL)
				goto nomem;
	qsort(v, n, sizeof(*v), cmp_str);
	for (i = k = 0; i < n; i++) {
		if (k && strcmp(v[k - 1], v[i]) == 0) {
			free(v[i]);
			continue;
		}
		v[k++] = v[i];
	}
	for (i = 0; i < k; i++) {
		rt_buf_puts(&all, v[i]);
		if (i + 1 < k)
			rt_buf_puts(&all, "\n");
	}
	if (all.s == NULL)
		goto nomem;
	p[0] = all.s;
	if ((err = pg_query(st, "cannot search", SQL_LEXEMES, 1, p, lexres,
	    NULL)) != NULL)
		goto done;
	if ((size_t)PQntuples(*lexres) != k) {
		err = rt_error_new(RT_EDB, "%s: cannot search: the server "
		    "split the words differently", st->name);
		goto done;
	}
	/* the sorted words and their lexemes line up: look each one up */
#define LEX_OF(s) (hit = bsearch(&(s), v, k, sizeof(*v), cmp_str), \
	    hit ? pg_str(*lexres, (int)(hit - v), 0) : "")
	for (t = 0; t < ntexts; t++)
		for (i = 0; i < texts[t].ws.n; i++) {
			char *w = strndup(texts[t].body +
			    texts[t].ws.w[i].start, texts[t].ws.w[i].end -
			    texts[t].ws.w[i].start);

			if (w == NULL)
				goto nomem;
			texts[t].ws.w[i].lex = LEX_OF(w);
			free(w);
		}
	for (i = 0; i < q->nphrases; i++)
		for (j = 0; j < q->phrases[i]->n; j++)
			q->phrases[i]->t[j].lex = LEX_OF(
			    q->phrases[i]->t[j].word);
#undef LEX_OF
	goto done;
nomem:
	err = rt_error_new(RT_ENOMEM, "out of memory");
done:
	if (err && *lexres) {
		PQclear(*lexres);
		*lexres = NULL;
	}
	for (i = 0; i < k && v; i++)
		free(v[i]);
	if (k == 0)
		for (i = 0; i < n; i++)
			free(v[i]);
	free(v);
	rt_buf_free(&all);
	return err;
}

/* ---- phrase instances and snippets, as FTS5 makes them ------------------- */

struct inst {
	int ip;			/* phrase number */
	size_t io;		/* first word */
	int size;		/* words */
};

struct insts {
	struct inst *v;
	size_t n, cap;
};

static int
term_matches(const struct term *t, const char *lex)
{
	size_t n;

	if (*t->lex == '\0')
		return 0;
	if (!t->prefix)
		return strcmp(t->lex, lex) == 0;
	n = strlen(t->lex);
	return strncmp(t->lex, lex, n) == 0;
}

/* Where phrase p starts in the words; -1 when out of memory. */
static int
phrase_find(struct phrase *p, const struct words *ws)
{
	size_t i, *v;
	int j;

	p->npos = 0;
	for (i = 0; i + p->n <= ws->n; i++) {
		if (p->initial && i > 0)
			break;
		for (j = 0; j < p->n; j++)
			if (!term_matches(&p->t[j], ws->w[i + j].lex))
				break;
		if (j < p->n)
			continue;
		if (p->npos == p->cappos) {
			p->cappos = p->cappos ? 2 * p->cappos : 8;
			if ((v = realloc(p->pos, p->cappos * sizeof(*v))) ==
			    NULL)
				return -1;
			p->pos = v;
		}
		p->pos[p->npos++] = i;
	}
	return 0;
}

static int
inst_add(struct insts *in, int ip, size_t io, int size)
{
	struct inst *v;

	if (in->n == in->cap) {
		in->cap = in->cap ? 2 * in->cap : 16;
		if ((v = realloc(in->v, in->cap * sizeof(*v))) == NULL)
			return -1;
		in->v = v;
	}
	in->v[in->n].ip = ip;
	in->v[in->n].io = io;
	in->v[in->n].size = size;
	in->n++;
	return 0;
}

/*
 * A NEAR group: the instances of its phrases that take part in a match
 * (fts5ExprNearIsMatch): all phrases within near words of the last one
 * to start.
 */
static int
near_match(const struct node *n, struct insts *in, int *nomem)
{
	size_t cur[64], last[64], k;
	int64_t imax, imin, look, best;
	int i, iadv, again, found = 0, added[64];

	if (n->nph > 64)
		return 0;
	for (i = 0; i < n->nph; i++) {
		if (n->ph[i]->npos == 0)
			return 0;
		cur[i] = 0;
		added[i] = 0;
		last[i] = 0;
	}
	for (;;) {
		imax = (int64_t)n->ph[0]->pos[cur[0]];
		do {
			again = 0;
			for (i = 0; i < n->nph; i++) {
				const struct phrase *p = n->ph[i];
				int64_t at = (int64_t)p->pos[cur[i]];

				imin = imax - p->n - n->near;
				if (at < imin || at > imax) {
					again = 1;
					while ((int64_t)p->pos[cur[i]] < imin)
						if (++cur[i] >= p->npos)
							return found;
					if ((int64_t)p->pos[cur[i]] > imax)
						imax = (int64_t)p->pos[cur[i]];
				}
			}
		} while (again);
		found = 1;
		for (i = 0; i < n->nph; i++) {
			k = n->ph[i]->pos[cur[i]];
			if (!added[i] || last[i] != k) {
				if (inst_add(in, n->ph[i]->idx, k,
				    n->ph[i]->n) != 0) {
					*nomem = 1;
					return found;
				}
				added[i] = 1;
				last[i] = k;
			}
		}
		iadv = 0;
		best = INT64_MAX;
		for (i = 0; i < n->nph; i++) {
			look = cur[i] + 1 < n->ph[i]->npos ?
			    (int64_t)n->ph[i]->pos[cur[i] + 1] : INT64_MAX;
			if (i == 0 || look < best) {
				best = look;
				iadv = i;
			}
		}
		if (++cur[iadv] >= n->ph[iadv]->npos)
			return found;
	}
}

/* Whether the tree matches; the instances of the parts that match are
 * added to in (nothing of a part that does not). */
static int
tree_match(const struct node *n, struct insts *in, int *nomem)
{
	size_t mark = in->n, k;
	int l, r;

	switch (n->type) {
	case N_PHRASES:
		if (n->near >= 0 && n->nph > 1) {
			if (near_match(n, in, nomem))
				return 1;
			in->n = mark;
			return 0;
		}
		for (k = 0; k < n->ph[0]->npos; k++)
			if (inst_add(in, n->ph[0]->idx, n->ph[0]->pos[k],
			    n->ph[0]->n) != 0)
				*nomem = 1;
		return n->ph[0]->npos > 0;
	case N_AND:
		if (tree_match(n->l, in, nomem) &&
		    tree_match(n->r, in, nomem))
			return 1;
		in->n = mark;
		return 0;
	case N_OR:
		l = tree_match(n->l, in, nomem);
		r = tree_match(n->r, in, nomem);
		return l || r;
	case N_NOT:
		if (tree_match(n->l, in, nomem)) {
			size_t before = in->n;

			r = tree_match(n->r, in, nomem);
			in->n = before;
			if (!r)
				return 1;
		}
		in->n = mark;
		return 0;
	default:
		return 0;
	}
}

static int
cmp_inst(const void *a, const void *b)
{
	const struct inst *x = a, *y = b;

	if (x->io != y->io)
		return x->io < y->io ? -1 : 1;
	return x->ip < y->ip ? -1 : x->ip > y->ip;
}

/* fts5SnippetScore: the score of the window of ntok words from ipos and,
 * when adj is not NULL, where to start it to centre its matches. */
static int
snippet_score(const struct insts *in, size_t ndoc, unsigned char *seen,
    int64_t ipos, int ntok, int64_t *adj)
{
	int64_t iend = ipos + ntok, ifirst = -1, ilast = 0, a;
	size_t i;
	int score = 0;

	for (i = 0; i < in->n; i++) {
		int64_t io = (int64_t)in->v[i].io;

		if (io >= ipos && io < iend) {
			score += seen[in->v[i].ip] ? 1 : 1000;
			seen[in->v[i].ip] = 1;
			if (ifirst < 0)
				ifirst = io;
			ilast = io + in->v[i].size;
		}
	}
	if (adj) {
		a = ifirst - (ntok - (ilast - ifirst)) / 2;
		if (a + ntok > (int64_t)ndoc)
			a = (int64_t)ndoc - ntok;
		if (a < 0)
			a = 0;
		*adj = a;
	}
	return score;
}

/* The coalesced instances (fts5CInstIter): overlapping ones as one. */
struct citer {
	const struct insts *in;
	size_t next;
	int64_t start, end;
};

static void
citer_next(struct citer *it)
{
	it->start = it->end = -1;
	while (it->next < it->in->n) {
		const struct inst *x = &it->in->v[it->next];
		int64_t e = (int64_t)x->io - 1 + x->size;

		if (it->start < 0) {
			it->start = (int64_t)x->io;
			it->end = e;
		} else if ((int64_t)x->io <= it->end) {
			if (e > it->end)
				it->end = e;
		} else
			break;
		it->next++;
	}
}

/*
 * The snippet of a text (fts5SnippetFunction with ntok words, the marks
 * and "…"): the window of ntok words with the most distinct phrases,
 * preferring one that starts a sentence, matches marked.
 */
static int
make_snippet(const char *body, const struct words *ws,
    const struct insts *in, int nphrase, int ntok, struct rt_buf *out)
{
	unsigned char *seen;
	size_t *first = NULL, nfirst = 0, i, jj, ndoc = ws->n;
	int64_t best_start = 0, adj, range_start, range_end, ipos, off = 0;
	int best = 0, score, open = 0;
	struct citer it;

	if ((seen = calloc(nphrase > 0 ? nphrase : 1, 1)) == NULL)
		return -1;
	if (ndoc && (first = calloc(ndoc, sizeof(*first))) == NULL) {
		free(seen);
		return -1;
	}
	/* the words that start a sentence: after ". " or ": " */
	for (i = 0; i < ndoc; i++) {
		size_t s = ws->w[i].start, k = s;
		char c = 0;

		if (i == 0) {
			first[nfirst++] = 0;
			continue;
		}
		while (k > 0) {
			c = body[k - 1];
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
				break;
			k--;
		}
		if (k > 0 && k != s && (c == '.' || c == ':'))
			first[nfirst++] = i;
	}
	for (i = 0; i < in->n; i++) {
		int64_t io = (int64_t)in->v[i].io;

		memset(seen, 0, nphrase);
		score = snippet_score(in, ndoc, seen, io, ntok, &adj);
		if (score > best) {
			best = score;
			best_start = adj;
		}
		if (nfirst && ndoc > (size_t)ntok) {
			for (jj = 0; jj + 1 < nfirst; jj++)
				if ((int64_t)first[jj + 1] > io)
					break;
			if ((int64_t)first[jj] < io) {
				memset(seen, 0, nphrase);
				score = snippet_score(in, ndoc, seen,
				    (int64_t)first[jj], ntok, NULL);
				score += first[jj] == 0 ? 120 : 100;
				if (score > best) {
					best = score;
					best_start = (int64_t)first[jj];
				}
			}
		}
	}
	free(seen);
	free(first);

	/* fts5HighlightCb over the window */
	range_start = best_start;
	range_end = best_start + ntok - 1;
	it.in = in;
	it.next = 0;
	citer_next(&it);
	if (best_start > 0)
		rt_buf_puts(out, ELLIPSIS);
	while (it.start >= 0 && it.start < best_start)
		citer_next(&it);
	for (i = 0; i < ndoc; i++) {
		int64_t so = (int64_t)ws->w[i].start;
		int64_t eo = (int64_t)ws->w[i].end;

		ipos = (int64_t)i;
		if (ipos < range_start || ipos > range_end)
			continue;
		if (range_start && ipos == range_start)
			off = so;
		if (open && (ipos <= it.start || it.start < 0) && so > off) {
			rt_buf_puts(out, RT_SEARCH_MARK_OFF);
			open = 0;
		}
		if (ipos == it.start && !open) {
			rt_buf_add(out, body + off, (size_t)(so - off));
			rt_buf_puts(out, RT_SEARCH_MARK_ON);
			off = so;
			open = 1;
		}
		if (ipos == it.end) {
			if (!open) {
				rt_buf_puts(out, RT_SEARCH_MARK_ON);
				open = 1;
			}
			rt_buf_add(out, body + off, (size_t)(eo - off));
			off = eo;
			citer_next(&it);
		}
		if (ipos == range_end) {
			if (open) {
				if (it.start >= 0 && ipos >= it.start) {
					rt_buf_add(out, body + off,
					    (size_t)(eo - off));
					off = eo;
				}
				rt_buf_puts(out, RT_SEARCH_MARK_OFF);
				open = 0;
			}
			rt_buf_add(out, body + off, (size_t)(eo - off));
			off = eo;
		}
	}
	if (open)
		rt_buf_puts(out, RT_SEARCH_MARK_OFF);
	if (range_end >= (int64_t)ndoc - 1)
		rt_buf_puts(out, body + off);
	else
		rt_buf_puts(out, ELLIPSIS);
	return 0;
}

/* One hit: its text and, once made, its snippet; for a query ranked
 * here, whether it matches and its bm25 score. */
struct hitrow {
	struct text t;
	char *snippet;
	int match;
	double score;
	int64_t doc;
	int row;		/* in the listing order of the result */
	int keep;
};

/*
 * The snippet of one text for the query tree (-1 when out of memory);
 * with idf (one per phrase parameter), whether the text matches and its
 * bm25 score as FTS5 computes it: the occurrences of each phrase that
 * take part in the match, the text's number of words.
 */
static int
text_snippet(struct query *q, struct node *root, struct hitrow *h,
    const double *idf, int nidf, double avgdl)
{
	struct insts in = { 0 };
	struct rt_buf out = { 0 };
	double f;
	size_t i, k;
	int nomem = 0;

	for (i = 0; i < q->nphrases; i++)
		if (phrase_find(q->phrases[i], &h->t.ws) != 0)
			nomem = 1;
	if (!nomem) {
		h->match = tree_match(root, &in, &nomem);
		if (in.n > 1)
			qsort(in.v, in.n, sizeof(*in.v), cmp_inst);
	}
	h->score = 0;
	for (i = 0; idf && !nomem && i < q->nphrases; i++) {
		const struct phrase *p = q->phrases[i];

		if (p->arg < 0 || p->arg >= nidf)
			continue;
		for (f = 0, k = 0; k < in.n; k++)
			f += in.v[k].ip == p->idx;
		h->score += idf[p->arg] * f * 2.2 / (f + 1.2 * (0.25 +
		    0.75 * (double)h->t.ws.n / avgdl));
	}
	if (!nomem && make_snippet(h->t.body, &h->t.ws, &in,
	    (int)q->nphrases, SNIPPET_WORDS, &out) != 0)
		nomem = 1;
	free(in.v);
	if (!nomem && out.s == NULL)
		rt_buf_add(&out, "", 0);
	if (nomem) {
		rt_buf_free(&out);
		return -1;
	}
	h->snippet = out.s;
	return 0;
}

/* Best score first, equal ones by doc: which hits a limit keeps. */
static int
cmp_best(const void *a, const void *b)
{
	const struct hitrow *x = *(struct hitrow *const *)a;
	const struct hitrow *y = *(struct hitrow *const *)b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->doc < y->doc ? -1 : x->doc > y->doc;
}

/* Best score first, equal ones in listing order: how hits are shown. */
static int
cmp_shown(const void *a, const void *b)
{
	const struct hitrow *x = *(struct hitrow *const *)a;
	const struct hitrow *y = *(struct hitrow *const *)b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->row - y->row;
}

/*
 * For a query with ^ or NEAR, which a tsquery states only roughly (a
 * tsquery cannot tie a phrase to the start of a text, and bm25 counts
 * only the occurrences that are near), the server gives every text it
 * finds in listing order; the ones the query tree does not match go,
 * the rest are ranked by bm25 here and cut at the limit.
 */
static struct rt_error *
rank_here(struct hitrow *rows, int n, long limit, struct hitrow ***out,
    int *nout)
{
	struct hitrow **v;
	int i, k = 0;

	*out = NULL;
	*nout = 0;
	if ((v = calloc(n > 0 ? n : 1, sizeof(*v))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; i < n; i++)
		if (rows[i].match)
			v[k++] = &rows[i];
	qsort(v, k, sizeof(*v), cmp_best);
	if (limit > 0 && k > limit)
		k = (int)limit;
	qsort(v, k, sizeof(*v), cmp_shown);
	*out = v;
	*nout = k;
	return NULL;
}

/* The idf of each phrase parameter, from the server's list. */
static double *
parse_idf(const char *s, int *n)
{
	double *v = NULL, *w;
	char *end;

	*n = 0;
	while (s && *s) {
		if ((w = realloc(v, (*n + 1) * sizeof(*v))) == NULL) {
			free(v);
			return NULL;
		}
		v = w;
		v[(*n)++] = strtod(s, &end);
		if (end == s)
			break;
		s = end;
		while (*s == ' ')
			s++;
	}
	return v ? v : calloc(1, sizeof(*v));
}

struct rt_error *
pg_search(struct pg_store *st, const struct rt_search *x,
    int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	struct rt_search_hit hit;
	struct rt_error *err = NULL;
	struct query q;
	struct node *root = NULL;
	struct rt_buf tsq = { 0 }, phrases = { 0 }, guards = { 0 };
	struct rt_buf statuses = { 0 }, initial = { 0 };
	struct hitrow *rows = NULL, **shown = NULL;
	struct text *texts = NULL;
	char limit[24];
	const char *p[10];
	PGresult *res = NULL, *lexres = NULL;
	enum rt_status status;
	double *idf = NULL, avgdl = 1;
	int i, r, n = 0, nshown = 0, nidf = 0, first = 1, gfirst = 1;
	int narg = 0, stop = 0;

	if (rt_blank(x->query))
		return rt_error_new(RT_EINVAL, "the query is empty: "
		    STORE_SEARCH_SYNTAX);
	if ((err = query_parse(&q, x->query, &root)) != NULL) {
		query_free(&q);
		return err;
	}
	if (nothing(root)) {	/* FTS5 finds nothing for it */
		query_free(&q);
		return NULL;
	}
	for (i = 0; i < (int)q.nphrases; i++)
		q.phrases[i]->arg = -1;
	ts_node(&tsq, root);
	ts_phrases(&phrases, &guards, &initial, root, NULL, &first, &gfirst,
	    &narg);
	rt_buf_puts(&phrases, first ? "{}" : "}");
	rt_buf_puts(&guards, gfirst ? "{}" : "}");
	rt_buf_puts(&initial, gfirst ? "{}" : "}");
	for (i = 0; i < RT_STATUS_COUNT; i++)
		if (x->statuses & (1u << i))
			rt_buf_printf(&statuses, "%s%s", statuses.len ? "," :
			    "{", rt_status_name(i));
	if (statuses.len)
		rt_buf_puts(&statuses, "}");
	if (tsq.s == NULL || phrases.s == NULL || guards.s == NULL ||
	    initial.s == NULL ||
	    (x->statuses && statuses.s == NULL)) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	p[0] = tsq.s;
	p[1] = x->agency;
	p[2] = x->issuer;
	p[3] = x->report;
	p[4] = x->statuses ? statuses.s : NULL;
	p[5] = x->limit > 0 && !q.exact ? pg_int_param(limit, x->limit) :
	    NULL;
	p[6] = phrases.s;
	p[7] = q.exact ? "true" : "false";
	p[8] = guards.s;
	p[9] = initial.s;
	if ((err = pg_query(st, "cannot search", SQL_SEARCH, 10, p, &res,
	    NULL)) != NULL)
		goto done;
	n = PQntuples(res);
	if (n == 0)
		goto done;
	if ((rows = calloc(n, sizeof(*rows))) == NULL ||
	    (texts = calloc(n, sizeof(*texts))) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < n; i++) {
		rows[i].row = i;
		rows[i].doc = pg_int(res, i, 0);
		rows[i].t.body = pg_str(res, i, 8);
		if (rows[i].t.body == NULL)
			rows[i].t.body = "";
		if (split_words(rows[i].t.body, strlen(rows[i].t.body),
		    &rows[i].t.ws) != 0) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
	}
	if (q.exact) {
		if ((idf = parse_idf(pg_str(res, 0, 11), &nidf)) == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
		avgdl = strtod(pg_str(res, 0, 10), NULL);
		if (!(avgdl > 0))
			avgdl = 1;
	}
	/* find_lexemes reads the texts' words in place */
	for (i = 0; i < n; i++)
		texts[i] = rows[i].t;
	err = find_lexemes(st, &q, texts, n, &lexres);
	for (i = 0; i < n; i++)
		rows[i].t = texts[i];
	if (err)
		goto done;
	for (i = 0; i < n; i++)
		if (text_snippet(&q, root, &rows[i], idf, nidf, avgdl) != 0) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
	if (q.exact) {
		if ((err = rank_here(rows, n, x->limit, &shown, &nshown)) != NULL)
			goto done;
	} else {
		if ((shown = calloc(n, sizeof(*shown))) == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
		for (i = 0; i < n; i++)
			shown[i] = &rows[i];
		nshown = n;
	}
	for (i = 0; i < nshown && !stop; i++) {
		r = shown[i]->row;
		memset(&hit, 0, sizeof(hit));
		hit.rank = i + 1;
		hit.field = shown[i]->doc > 0 ? RT_SEARCH_TEXT :
		    shown[i]->doc % 2 == 0 ? RT_SEARCH_TITLE :
		    RT_SEARCH_SUMMARY;
		hit.report = pg_str(res, r, 1);
		hit.number = pg_str(res, r, 2);
		hit.title = pg_str(res, r, 3);
		hit.issuer = pg_str(res, r, 4);
		pg_date(res, r, 5, hit.issued);
		hit.agency = pg_str(res, r, 6);
		hit.status = -1;
		if (pg_str(res, r, 7) != NULL &&
		    rt_status_parse(pg_str(res, r, 7), &status) == 0)
			hit.status = (int)status;
		hit.snippet = shown[i]->snippet;
		stop = cb(&hit, arg);
	}
done:
	for (i = 0; rows && i < n; i++) {
		free(rows[i].t.ws.w);
		free(rows[i].snippet);
	}
	free(rows);
	free(texts);
	free(shown);
	free(idf);
	PQclear(res);
	PQclear(lexres);
	rt_buf_free(&tsq);
	rt_buf_free(&phrases);
	rt_buf_free(&guards);
	rt_buf_free(&initial);
	rt_buf_free(&statuses);
	query_free(&q);
	return err;
}
