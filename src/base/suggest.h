/*
 * rectrack — "did you mean …?": the codes nearest to one that was not
 * found.  The distance is Damerau–Levenshtein (optimal string
 * alignment: insertions, deletions, substitutions and swaps of two
 * neighbours each cost 1) between the characters of the two texts, ASCII
 * letters compared without regard to case, other UTF-8 characters as
 * whole characters.  A candidate is near when its distance is at most
 * max(1, characters of the word / 3); a difference of case only is
 * distance 0, so always near.  The nearest RT_SUGGEST_MAX are kept,
 * nearest first, then in code order (strcmp).  The wording lives here
 * only: `; did you mean "CBP" or "CPB"?`, nothing when none is near.
 */
#ifndef RT_SUGGEST_H
#define RT_SUGGEST_H

#include <stddef.h>

struct rt_buf;

#define RT_SUGGEST_MAX		3
/* Words and candidates longer than this (in characters) are not
 * compared: no suggestion for them. */
#define RT_SUGGEST_MAXLEN	64

struct rt_suggest {
	unsigned long word[RT_SUGGEST_MAXLEN];	/* folded characters */
	size_t wlen;
	int usable;			/* the word is short enough */
	const char *raw;		/* the word as given */
	size_t n;			/* best[0..n) kept */
	struct {
		char *code;
		int dist;
	} best[RT_SUGGEST_MAX];
	int nomem;			/* a copy failed: suggest nothing */
};

/* Start looking for the codes near word (kept by pointer: it must
 * outlive s). */
void rt_suggest_init(struct rt_suggest *s, const char *word);

/* Consider code as a suggestion (copied when kept).  A code equal to the
 * word byte for byte is not a suggestion. */
void rt_suggest_add(struct rt_suggest *s, const char *code);

/* Append `; did you mean "A", "B" or "C"?` to b, nothing when no code is
 * near; -1 when out of memory. */
int rt_suggest_append(const struct rt_suggest *s, struct rt_buf *b);

void rt_suggest_free(struct rt_suggest *s);

/* The distance between a and b as above; -1 when either is longer than
 * RT_SUGGEST_MAXLEN characters. */
int rt_suggest_distance(const char *a, const char *b);

#endif
