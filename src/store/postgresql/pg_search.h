/*
 * rectrack — the PostgreSQL store's full-text search, shared by its
 * files: pg_search.c (the tsquery, the statement, the hits) and
 * pg_snippet.c (words, lexemes, phrase instances and snippets as FTS5
 * makes them).  Not for use outside them.
 */
#ifndef RT_STORE_PG_SEARCH_H
#define RT_STORE_PG_SEARCH_H

#include <libpq-fe.h>
#include <stddef.h>
#include <stdint.h>

struct pg_store;
struct rt_buf;
struct rt_error;
struct rt_query;
struct rt_query_node;
struct rt_query_phrase;

#define SNIPPET_WORDS 12

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

/* What the search learns about one phrase of the query. */
struct pg_phrase {
	const struct rt_query_phrase *p;
	const char **lex;	/* each word's lexeme, once the server said */
	/* in the text at hand: where the phrase starts */
	size_t *pos, npos, cappos;
};

/* The parsed query and, by phrase number, what the search learns. */
struct pg_query {
	const struct rt_query *q;
	struct pg_phrase *ph;
	size_t nph;
};

/* One hit's text, split into words. */
struct text {
	const char *body;
	struct words ws;
};

/* One hit: its text and, once made, its snippet and whether the query
 * tree matches it. */
struct hitrow {
	struct text t;
	char *snippet;
	int match;
	int64_t doc;
	int row;		/* in the order of the result */
};

/* Phrase instances: phrase ip at word io, size words long. */
struct inst {
	int ip;
	size_t io;
	int size;
};

struct insts {
	struct inst *v;
	size_t n, cap;
};

/* ---- pg_snippet.c ---- */

/* Split s (n bytes) into words; 0, or -1 when out of memory. */
int pg_split_words(const char *s, size_t n, struct words *out);

/*
 * Ask the server for the lexemes of every word of the texts and of the
 * query (each distinct word once).  *lexres keeps them; the words
 * point into it.
 */
struct rt_error *pg_find_lexemes(struct pg_store *st, struct pg_query *pq,
    struct text *texts, int ntexts, PGresult **lexres);

/* The snippet of one hit's text for the query, and whether the query
 * tree matches the text (h->match); -1 when out of memory. */
int pg_text_snippet(struct pg_query *pq, struct hitrow *h);

#endif
