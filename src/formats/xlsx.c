#include "formats/xlsx.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <xlsxwriter.h>

#include "base/date.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"

/* What ends a text cut at Excel's limit. */
#define CUT_NOTE " \xe2\x80\xa6 [cut: a cell holds 32,767 characters]"
#define CUT_NOTE_CHARS 40

struct rt_xlsx {
	lxw_workbook *wb;
	char *path;
	struct rt_error *err;		/* the first failure */
	lxw_format *bold, *wrap, *money, *date;
	char **names;			/* the sheets' names */
	size_t nnames;
	/* the current sheet */
	lxw_worksheet *ws;
	size_t ncols;
	size_t *width;			/* widest cell of each column */
	uint32_t row;			/* the current row (0: the header) */
	size_t col;			/* its next cell */
};

/* Code points of s, and of its longest line into *line. */
static size_t
chars(const char *s, size_t *line)
{
	size_t n = 0, l = 0;

	*line = 0;
	for (; *s; s++) {
		if (*s == '\n') {
			l = 0;
			continue;
		}
		if (((unsigned char)*s & 0xc0) != 0x80) {
			n++;
			if (++l > *line)
				*line = l;
		}
	}
	return n;
}

static void
fail(struct rt_xlsx *x, lxw_error e)
{
	if (e != LXW_NO_ERROR && x->err == NULL)
		x->err = rt_error_new(e == LXW_ERROR_MEMORY_MALLOC_FAILED ?
		    RT_ENOMEM : RT_EIO, "%s: cannot write the workbook: %s",
		    x->path, lxw_strerror(e));
}

struct rt_error *
rt_xlsx_open(const char *path, const struct rt_xlsx_props *props,
    struct rt_xlsx **out)
{
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE };
	lxw_doc_properties p;
	struct rt_xlsx *x;

	*out = NULL;
	if ((x = calloc(1, sizeof(*x))) == NULL ||
	    (x->path = rt_strdup(path)) == NULL) {
		free(x);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	if ((x->wb = workbook_new_opt(path, &opt)) == NULL) {
		free(x->path);
		free(x);
		return rt_error_new(RT_EIO, "%s: cannot start the workbook",
		    path);
	}
	memset(&p, 0, sizeof(p));
	p.title = (char *)(uintptr_t)props->title;
	p.author = (char *)(uintptr_t)props->author;
	p.created = props->created;
	fail(x, workbook_set_properties(x->wb, &p));
	x->bold = workbook_add_format(x->wb);
	x->wrap = workbook_add_format(x->wb);
	x->money = workbook_add_format(x->wb);
	x->date = workbook_add_format(x->wb);
	if (x->bold == NULL || x->wrap == NULL || x->money == NULL ||
	    x->date == NULL)
		fail(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
	else {
		format_set_bold(x->bold);
		format_set_text_wrap(x->wrap);
		format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
		format_set_num_format(x->money, "$#,##0.00");
		format_set_num_format(x->date, "yyyy-mm-dd");
	}
	*out = x;
	return NULL;
}

void
rt_xlsx_sheet_name(const char *name, char out[RT_XLSX_NAME_SIZE])
{
	size_t n = 0, i = 0;
	const char *s;

	for (s = name ? name : ""; *s && i < RT_XLSX_NAME_SIZE - 1; s++) {
		if (((unsigned char)*s & 0xc0) != 0x80 && ++n > 31)
			break;
		out[i++] = strchr("[]:*?/\\", *s) || (unsigned char)*s < 0x20 ?
		    '-' : *s;
	}
	out[i] = '\0';
	/* Excel takes no name that starts or ends with an apostrophe */
	if (out[0] == '\'')
		out[0] = '-';
	if (i > 0 && out[i - 1] == '\'')
		out[i - 1] = '-';
}

static int
name_used(const struct rt_xlsx *x, const char *name)
{
	size_t i;

	for (i = 0; i < x->nnames; i++)
		if (strcasecmp(x->names[i], name) == 0)
			return 1;
	return 0;
}

/* A name no sheet has, into out. */
static void
unique_name(const struct rt_xlsx *x, const char *name,
    char out[RT_XLSX_NAME_SIZE])
{
	char base[RT_XLSX_NAME_SIZE], tail[16];
	size_t n, cut, i, k;

	rt_xlsx_sheet_name(name, base);
	if (base[0] == '\0')
		snprintf(base, sizeof(base), "Sheet %zu", x->nnames + 1);
	snprintf(out, RT_XLSX_NAME_SIZE, "%s", base);
	for (k = 2; name_used(x, out); k++) {
		n = (size_t)snprintf(tail, sizeof(tail), " (%zu)", k);
		/* keep at most 31 - n characters of the name */
		for (i = cut = 0; base[i]; i++)
			if (((unsigned char)base[i] & 0xc0) != 0x80 &&
			    cut++ == 31 - n)
				break;
		snprintf(out, RT_XLSX_NAME_SIZE, "%.*s%s", (int)i, base, tail);
	}
}

/* Widths, autofilter and frozen header of the current sheet. */
static void
sheet_end(struct rt_xlsx *x)
{
	size_t c;

	if (x->ws == NULL)
		return;
	for (c = 0; c < x->ncols; c++)
		fail(x, worksheet_set_column(x->ws, (lxw_col_t)c,
		    (lxw_col_t)c, (double)x->width[c] + 2, NULL));
	fail(x, worksheet_autofilter(x->ws, 0, 0, x->row > 0 ? x->row - 1 : 0,
	    (lxw_col_t)(x->ncols - 1)));
	free(x->width);
	x->width = NULL;
	x->ws = NULL;
}

struct rt_error *
rt_xlsx_sheet(struct rt_xlsx *x, const char *name,
    const char *const *headers, size_t ncols)
{
	char safe[RT_XLSX_NAME_SIZE];
	char **names;
	size_t c;

	if (x->err)
		return NULL;
	sheet_end(x);
	unique_name(x, name, safe);
	if ((names = realloc(x->names, (x->nnames + 1) *
	    sizeof(*names))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	x->names = names;
	if ((names[x->nnames] = rt_strdup(safe)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	x->nnames++;
	if ((x->width = calloc(ncols ? ncols : 1, sizeof(size_t))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if ((x->ws = workbook_add_worksheet(x->wb, safe)) == NULL)
		return rt_error_new(RT_EIO, "%s: cannot add the sheet \"%s\"",
		    x->path, safe);
	x->ncols = ncols;
	x->row = 0;
	x->col = 0;
	worksheet_freeze_panes(x->ws, 1, 0);
	for (c = 0; c < ncols; c++)
		rt_xlsx_text(x, headers[c]);
	rt_xlsx_row_end(x);
	return NULL;
}

/* The column of the next cell, its width raised to w; -1 when there is
 * none (no sheet, a failure, a row too long or too many rows). */
static long
next(struct rt_xlsx *x, size_t w)
{
	if (x->ws == NULL || x->err || x->col >= x->ncols)
		return -1;
	if (x->row >= RT_XLSX_MAX_ROWS) {
		x->err = rt_error_new(RT_EIO, "%s: too many rows for one sheet "
		    "(Excel holds %d)", x->path, RT_XLSX_MAX_ROWS);
		return -1;
	}
	if (w > RT_XLSX_MAX_WIDTH)
		w = RT_XLSX_MAX_WIDTH;
	if (w > x->width[x->col])
		x->width[x->col] = w;
	return (long)x->col++;
}

/* s cut to Excel's limit, with the note at its end (a new string). */
static char *
cut_text(const char *s)
{
	size_t n = 0, i;
	char *t;

	for (i = 0; s[i]; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 &&
		    ++n > RT_XLSX_MAX_TEXT - CUT_NOTE_CHARS)
			break;
	if ((t = malloc(i + sizeof(CUT_NOTE))) == NULL)
		return NULL;
	memcpy(t, s, i);
	memcpy(t + i, CUT_NOTE, sizeof(CUT_NOTE));
	return t;
}

/*
 * The length of the well-formed UTF-8 character at s that XML 1.0 may
 * hold; minus its length for one XML may not hold (a surrogate, U+FFFE,
 * U+FFFF); 0 for a byte that begins no well-formed character.
 */
static long
xml_char(const unsigned char *s)
{
	size_t n, i;
	unsigned long c;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, c = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, c = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, c = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 ||
	    c > 0x10ffff)))
		return 0;
	if ((c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff)
		return -(long)n;
	return (long)n;
}

/* "_xHHHH_" at s, which Excel would read as an escaped character. */
static int
escape_like(const char *s)
{
	int i;

	if (s[0] != '_' || s[1] != 'x')
		return 0;
	for (i = 2; i < 6; i++)
		if (rt_hexval((unsigned char)s[i]) < 0)
			return 0;
	return s[6] == '_';
}

/*
 * s as a cell may hold it: a byte that is not part of well-formed UTF-8,
 * or of a character XML cannot hold, becomes U+FFFD; a literal
 * "_xHHHH_" has its "_" written "_x005F_" (ECMA-376's escape), so that
 * Excel shows it as typed.  A new string, or NULL when s needs nothing
 * (or out of memory: *nomem set).
 */
static char *
cell_text(const char *s, int *nomem)
{
	const unsigned char *u = (const unsigned char *)s;
	struct rt_buf b = { NULL, 0, 0 };
	size_t i, k, from = 0;
	const char *rep;
	long n;
	int changed = 0;

	*nomem = 0;
	for (i = 0; u[i]; ) {
		k = 1;
		if (escape_like(s + i))
			rep = "_x005F_";	/* for its "_" */
		else if ((n = xml_char(u + i)) <= 0) {
			rep = "\xef\xbf\xbd";	/* U+FFFD */
			k = n < 0 ? (size_t)-n : 1;
		} else {
			i += (size_t)n;
			continue;
		}
		changed = 1;
		rt_buf_printf(&b, "%.*s%s", (int)(i - from), s + from, rep);
		from = i += k;
	}
	if (!changed)
		return NULL;
	rt_buf_printf(&b, "%s", s + from);
	if (b.s == NULL)
		*nomem = 1;
	return b.s;
}

void
rt_xlsx_text(struct rt_xlsx *x, const char *s)
{
	size_t n, line;
	char *cut = NULL, *clean;
	long c;
	int nomem;

	if (s == NULL || *s == '\0') {
		rt_xlsx_empty(x);
		return;
	}
	if ((clean = cell_text(s, &nomem)) != NULL)
		s = clean;
	else if (nomem) {
		fail(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return;
	}
	n = chars(s, &line);
	if ((c = next(x, line)) == -1) {
		free(clean);
		return;
	}
	if (n > RT_XLSX_MAX_TEXT && (s = cut = cut_text(s)) == NULL) {
		fail(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
		free(clean);
		return;
	}
	fail(x, worksheet_write_string(x->ws, x->row, (lxw_col_t)c, s,
	    x->row == 0 ? x->bold : line > RT_XLSX_MAX_WIDTH ||
	    line < n ? x->wrap : NULL));
	free(cut);
	free(clean);
}

void
rt_xlsx_int(struct rt_xlsx *x, long long v)
{
	char buf[32];
	long c;

	if ((c = next(x, (size_t)snprintf(buf, sizeof(buf), "%lld", v))) != -1)
		fail(x, worksheet_write_number(x->ws, x->row, (lxw_col_t)c,
		    (double)v, NULL));
}

void
rt_xlsx_money(struct rt_xlsx *x, int64_t cents)
{
	char buf[32];
	size_t digits;
	long c;

	/* a number of 15 significant digits or fewer comes back from a
	 * double to the same cents; a larger amount (ten trillion dollars
	 * or more) is written as its exact text, as CSV writes it */
	if (cents >= RT_XLSX_MAX_EXACT_CENTS ||
	    cents <= -RT_XLSX_MAX_EXACT_CENTS) {
		rt_money_format(cents, buf, sizeof(buf));
		rt_xlsx_text(x, buf);
		return;
	}
	/* "$1,234.56": the digits, a comma every three, sign, $ and cents */
	digits = (size_t)snprintf(buf, sizeof(buf), "%lld",
	    (long long)(cents / 100));
	if ((c = next(x, digits + digits / 3 + 4)) != -1)
		fail(x, worksheet_write_number(x->ws, x->row, (lxw_col_t)c,
		    (double)cents / 100.0, x->money));
}

void
rt_xlsx_date(struct rt_xlsx *x, const char *ymd)
{
	lxw_datetime dt;
	long c;

	if (ymd == NULL || *ymd == '\0') {
		rt_xlsx_empty(x);
		return;
	}
	memset(&dt, 0, sizeof(dt));
	if (rt_date_parse(ymd, &dt.year, &dt.month, &dt.day) != 0 ||
	    dt.year < 1900) {
		rt_xlsx_text(x, ymd);
		return;
	}
	if ((c = next(x, 10)) != -1)
		fail(x, worksheet_write_datetime(x->ws, x->row, (lxw_col_t)c,
		    &dt, x->date));
}

void
rt_xlsx_bool(struct rt_xlsx *x, int v)
{
	long c;

	if ((c = next(x, 5)) != -1)
		fail(x, worksheet_write_boolean(x->ws, x->row, (lxw_col_t)c,
		    v != 0, NULL));
}

void
rt_xlsx_empty(struct rt_xlsx *x)
{
	next(x, 0);
}

void
rt_xlsx_row_end(struct rt_xlsx *x)
{
	if (x->ws == NULL || x->err)
		return;
	x->row++;
	x->col = 0;
}

struct rt_error *
rt_xlsx_close(struct rt_xlsx *x)
{
	struct rt_error *err;
	lxw_error e;
	size_t i;

	if (x == NULL)
		return NULL;
	sheet_end(x);
	e = workbook_close(x->wb);
	fail(x, e);
	err = x->err;
	for (i = 0; i < x->nnames; i++)
		free(x->names[i]);
	free(x->names);
	free(x->width);
	free(x->path);
	free(x);
	return err;
}
