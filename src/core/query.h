/*
 * rectrack — the search query language: what users type after
 * `rectrack search`, read once into the tree the store searches with
 * (struct rt_query, store/store.h).
 *
 * The language is FTS5's: words (several: all of them), "a phrase"
 * (a doubled "" is a quote), a + b (a phrase too), words joined by
 * punctuation that is no syntax, "-" included (a phrase too, unlike
 * FTS5: well-being, OIG-21-19#1, CBP's), prefix*, ^word (at the
 * start of a text), NEAR(a b, N), AND, OR, NOT (NOT binds tighter than
 * AND, AND tighter than OR, all to the left), parentheses and column
 * filters (body: ..., {body}: ..., -body: ...; "body" is the only
 * column).  A query that is not in it, or is blank, is refused with one
 * message saying why and how queries are written.
 */
#ifndef RT_QUERY_H
#define RT_QUERY_H

struct rt_error;
struct rt_query;

/* How search queries are written, for the errors. */
#define RT_QUERY_SYNTAX "use words, \"a phrase\", a OR b, a NOT b, " \
	"prefix*, and put a word with punctuation at its start or end " \
	"in double quotes (\"U.S.\"); a report number or REPORT#NUMBER alone finds " \
	"that report or recommendation"

/* The longest query, in bytes. */
#define RT_QUERY_MAX 2000

/*
 * Parse text into *out (free with rt_query_free()).  RT_EINVAL for a
 * blank query ("the query is empty: ..."), one longer than RT_QUERY_MAX
 * bytes ("the query is longer than ...") and for one that cannot be
 * parsed ("cannot understand the query 'TEXT' (WHY): ...", WHY in the
 * user's terms); *out is then NULL.
 */
struct rt_error *rt_query_parse(const char *text, struct rt_query **out);
void rt_query_free(struct rt_query *);

#endif
