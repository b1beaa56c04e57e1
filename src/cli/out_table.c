#include "cli/out_table.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "cli/out.h"
#include "cli/term.h"

/* A shrunk free column keeps at least this many columns (or its
 * header's). */
#define FREE_FLOOR 10
#define GAP 2		/* blanks between columns */

static const char *const style_on[] = {
	"", "\033[31m", "\033[33m", "\033[2m"
};
#define BOLD "\033[1m"
#define RESET "\033[0m"

/* The narrowest a free column c shrinks to. */
static size_t
floor_of(const struct out_table *t, size_t c)
{
	size_t f = term_text_width(t->cols[t->shown[c]].header);

	return f > FREE_FLOOR ? f : FREE_FLOOR;
}

/* Shrink the free columns until the table fits width columns or none
 * can shrink more: always the widest of them, so that the widest alone
 * gives what it can spare above the next widest, then both, ... */
static void
fit_widths(const struct out_table *t, size_t *w, size_t width)
{
	size_t total = 0, excess, best, c;

	for (c = 0; c < t->nshown; c++)
		total += w[c] + (c ? GAP : 0);
	if (total <= width)
		return;
	for (excess = total - width; excess > 0; excess--) {
		best = t->nshown;
		for (c = 0; c < t->nshown; c++)
			if ((t->cols[t->shown[c]].flags & OUT_FREE) &&
			    w[c] > floor_of(t, c) &&
			    (best == t->nshown || w[c] > w[best]))
				best = c;
		if (best == t->nshown)
			break;
		w[best]--;
	}
}

/* A line may break at k after a hyphen between letters
 * ("open-|unresolved", not "2021-|02"). */
static int
after_hyphen(const char *s, size_t k)
{
	return k >= 2 && s[k - 1] == '-' && isalpha((unsigned char)s[k - 2]) &&
	    isalpha((unsigned char)s[k]);
}

/* The first line of s wrapped to width columns: its bytes in *n; *next
 * is where the next line starts (the end when none). */
static void
wrap_line(const char *s, size_t width, size_t *n, const char **next)
{
	size_t len = strlen(s), i, k;

	i = term_text_fit(s, len, width, NULL);
	if (i == len) {
		*n = len;
		*next = s + len;
		return;
	}
	for (k = i; k > 0 && s[k] != ' ' && !after_hyphen(s, k); k--)
		;
	if (k > 0 && s[k] != ' ') {	/* after the last hyphen that fits */
		*n = k;
		*next = s + k;
		return;
	}
	if (k > 0) {		/* at the last blank that fits */
		*n = k;
		while (k > 0 && s[k - 1] == ' ')
			(*n)--, k--;
		k = *n;
		while (s[k] == ' ')
			k++;
		*next = s + k;
		return;
	}
	if (i == 0)		/* a character wider than the width */
		i = term_text_fit(s, len, 2, NULL);
	*n = i;
	while (s[i] == ' ')
		i++;
	*next = s + i;
}

void
out_wrap(const char *s, size_t width,
    void (*line)(const char *s, size_t n, void *arg), void *arg)
{
	const char *next;
	size_t n;

	do {
		wrap_line(s, width, &n, &next);
		line(s, n, arg);
		s = next;
	} while (*s);
}

/* Add the part of cell s shown in a column of width w on this line to
 * line; *rest gets what is left for the next lines (wrapped columns). */
static void
put_cell(struct rt_buf *line, const struct out_col *col, const char *s,
    size_t w, int fit, int header, const char **rest)
{
	size_t n = strlen(s), used;
	int cut = 0;

	*rest = NULL;
	if (fit && !header && (col->flags & OUT_FREE) &&
	    term_text_width(s) > w) {
		if (col->flags & OUT_WRAP)
			wrap_line(s, w, &n, rest);
		else {
			n = term_text_fit(s, n, w - 1, NULL);
			cut = 1;
		}
	}
	term_text_fit(s, n, (size_t)-1, &used);
	used += (size_t)cut;
	if ((col->flags & OUT_NUMBER) && !header)
		rt_buf_printf(line, "%*s", (int)(w > used ? w - used : 0), "");
	rt_buf_add(line, s, n);
	if (cut)
		rt_buf_puts(line, "\xe2\x80\xa6");	/* … */
	if (!(col->flags & OUT_NUMBER) || header)
		rt_buf_printf(line, "%*s", (int)(w > used ? w - used : 0), "");
	if (*rest != NULL && **rest == '\0')
		*rest = NULL;
}

/* Write line (blanks at its end dropped), coloured by style. */
static void
put_line(FILE *fp, struct rt_buf *line, const char *style)
{
	while (line->len > 0 && line->s[line->len - 1] == ' ')
		line->s[--line->len] = '\0';
	if (*style && line->len)
		fprintf(fp, "%s%s%s\n", style, line->s, RESET);
	else
		fprintf(fp, "%s\n", line->s ? line->s : "");
	line->len = 0;
}

/* Row r (0: the header) on one line, or several when a wrapped cell
 * goes on. */
static void
print_row(const struct out_table *t, const size_t *w, size_t r, int fit,
    int colour, const char **rest, struct rt_buf *line)
{
	const char *style = "", *s;
	size_t c;
	int more;

	if (colour)
		style = r == 0 ? BOLD : r - 1 < t->nstyles ?
		    style_on[t->styles[r - 1]] : "";
	for (c = 0; c < t->nshown; c++) {
		const struct out_col *col = &t->cols[t->shown[c]];

		s = r == 0 ? col->header : t->cells[(r - 1) * t->nshown + c];
		if (c)
			rt_buf_puts(line, "  ");
		put_cell(line, col, s ? s : "", w[c], fit, r == 0, &rest[c]);
	}
	put_line(t->fp, line, style);
	do {			/* the wrapped cells' next lines */
		more = 0;
		for (c = 0; c < t->nshown; c++)
			more |= rest[c] != NULL;
		if (!more)
			break;
		for (c = 0; c < t->nshown; c++) {
			if (c)
				rt_buf_puts(line, "  ");
			put_cell(line, &t->cols[t->shown[c]], rest[c] ?
			    rest[c] : "", w[c], fit, 0, &rest[c]);
		}
		put_line(t->fp, line, style);
	} while (more);
}

void
out_table_print(const struct out_table *t)
{
	struct rt_buf line = { 0 };
	const char **rest;
	size_t *w, i, c, n;
	int fit = t->fp == stdout && term_fit();
	int colour = t->fp == stdout && term_color();

	if (t->nshown == 0 || (w = calloc(t->nshown, sizeof(*w))) == NULL)
		return;
	if ((rest = calloc(t->nshown, sizeof(*rest))) == NULL) {
		free(w);
		return;
	}
	for (c = 0; c < t->nshown; c++)
		w[c] = term_text_width(t->cols[t->shown[c]].header);
	for (i = 0; i < t->nrows * t->nshown; i++)
		if (t->cells[i] && (n = term_text_width(t->cells[i])) >
		    w[i % t->nshown])
			w[i % t->nshown] = n;
	if (fit)
		fit_widths(t, w, term_width());
	for (i = 0; i <= t->nrows; i++)
		print_row(t, w, i, fit, colour, rest, &line);
	rt_buf_free(&line);
	free(rest);
	free(w);
}
