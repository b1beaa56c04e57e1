/*
 * rectrack — the aligned table of out.h's OUT_TABLE, and the wrapped
 * lines of out_kv (inside the front end's output only).
 *
 * Written to standard output on a terminal (term_fit), a table fits the
 * terminal's width: its widest free column (OUT_FREE) shrinks, then the
 * next widest, down to a floor; a cell of a shrunk column is cut with
 * "…", or wrapped on lines of its own under it (OUT_WRAP).  Anywhere
 * else every value is whole and a row is one line.  Rows are coloured
 * by their style when term_color says so.
 */
#ifndef RT_OUT_TABLE_H
#define RT_OUT_TABLE_H

#include <stddef.h>
#include <stdio.h>

struct out_col;

struct out_table {
	FILE *fp;
	const struct out_col *cols;
	const size_t *shown;		/* the columns shown, in order */
	size_t nshown;
	char *const *cells;		/* nrows * nshown, made safe */
	size_t nrows;
	const unsigned char *styles;	/* enum out_style of the first
					   nstyles rows (the others plain) */
	size_t nstyles;
};

void out_table_print(const struct out_table *);

/* The lines of a text of out_kv, wrapped at word boundaries to width
 * columns: each handed to line (n bytes of s). */
void out_wrap(const char *s, size_t width,
    void (*line)(const char *s, size_t n, void *arg), void *arg);

#endif
