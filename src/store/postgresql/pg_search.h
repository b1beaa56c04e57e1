/*
 * rectrack — the PostgreSQL store's full-text search, shared by its
 * files: pg_search.c (the tsquery, the statement, the hits),
 * pg_snippet.c (words, lexemes, phrase instances and snippets as FTS5
 * makes them) and pg_rank.c (bm25 and the order of the hits for a query
 * ranked here).  Not for use outside them.
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
	int arg;		/* its place in the phrases parameter; -1 */
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

/* Find every phrase in the words, then the instances of the parts of
 * the tree that match, in text order: whether the tree matches (-1 when
 * out of memory). */
int pg_match(struct pg_query *pq, const struct words *ws,
    struct insts *in);

/* The snippet of a text (ntok words, matches marked) into out; -1 when
 * out of memory. */
int pg_make_snippet(const char *body, const struct words *ws,
    const struct insts *in, int nphrase, int ntok, struct rt_buf *out);

/* ---- pg_rank.c ---- */

/*
 * The snippet of one text for the query (-1 when out of memory); with
 * idf (one per phrase parameter), whether the text matches and its bm25
 * score as FTS5 computes it.
 */
int pg_text_snippet(struct pg_query *pq, struct hitrow *h, const double *idf,
    int nidf, double avgdl);

/*
 * For a query with ^ or NEAR: the hits the query tree matches, best
 * first, cut at limit (0: all), in *out (free it) and *nout.
 */
struct rt_error *pg_rank_here(struct hitrow *rows, int n, long limit,
    struct hitrow ***out, int *nout);

/* The idf of each phrase parameter, from the server's list (NULL when
 * out of memory). */
double *pg_parse_idf(const char *s, int *n);

#endif
