/*
 * rectrack — Excel workbooks (.xlsx), written with libxlsxwriter.
 *
 * A workbook is a file of sheets; a sheet is a header row (bold, frozen,
 * with an autofilter over the rows written) and rows of typed cells:
 *
 *   text     a string cell, always (never a formula: "=cmd()" stays the
 *            text "=cmd()"); a text over Excel's limit of 32,767
 *            characters is cut there, ending with a note saying so
 *   number   a whole number
 *   money    cents as a number of dollars with the format "$#,##0.00"
 *            (exact: a double holds every amount of cents up to 2^53)
 *   date     YYYY-MM-DD as an Excel date with the format yyyy-mm-dd
 *            (anything else is written as text)
 *   boolean  TRUE or FALSE
 *
 * Columns are as wide as their widest cell (header included), at most
 * RT_XLSX_MAX_WIDTH characters; a text wider than that is wrapped.  The
 * rows of a sheet go to disk as they are written (libxlsxwriter's
 * constant_memory mode), so that a sheet of many rows costs no more
 * memory than one of a few.  Cells go in order: row by row, left to
 * right.  A failure while writing cells is kept and returned by
 * rt_xlsx_close().
 */
#ifndef RT_XLSX_H
#define RT_XLSX_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct rt_error;
struct rt_xlsx;

/* Widest column, in characters. */
#define RT_XLSX_MAX_WIDTH 60
/* Longest text of a cell, in characters (Excel's limit). */
#define RT_XLSX_MAX_TEXT 32767
/* Amounts of this many cents or more (ten trillion dollars) are written
 * as text: a double holds 15 significant digits exactly. */
#define RT_XLSX_MAX_EXACT_CENTS ((int64_t)1000000000000000)
/* Rows of a sheet, the header included (Excel's limit). */
#define RT_XLSX_MAX_ROWS 1048576

/* The document properties: title, author, time of creation. */
struct rt_xlsx_props {
	const char *title;
	const char *author;
	time_t created;
};

/* Start a workbook to be written to path (by rt_xlsx_close()). */
struct rt_error *rt_xlsx_open(const char *path,
    const struct rt_xlsx_props *props, struct rt_xlsx **out);

/*
 * Finish the current sheet, if any, and start a new one with a header
 * row of ncols headers.  The name is made one Excel takes: the
 * characters []:*?/\ become "-", it is cut to 31 characters, and a name
 * already used (letter case aside) gets " (2)", " (3)"... at its end;
 * an empty name becomes "Sheet N".
 */
struct rt_error *rt_xlsx_sheet(struct rt_xlsx *, const char *name,
    const char *const *headers, size_t ncols);

/* The next cell of the current row (see above); NULL text: empty. */
void rt_xlsx_text(struct rt_xlsx *, const char *s);
void rt_xlsx_int(struct rt_xlsx *, long long v);
void rt_xlsx_money(struct rt_xlsx *, int64_t cents);
void rt_xlsx_date(struct rt_xlsx *, const char *ymd);
void rt_xlsx_bool(struct rt_xlsx *, int v);
void rt_xlsx_empty(struct rt_xlsx *);
/* End the current row. */
void rt_xlsx_row_end(struct rt_xlsx *);

/* The sheet name rt_xlsx_sheet makes of name (without the number that
 * makes it unique), into out of RT_XLSX_NAME_SIZE bytes. */
#define RT_XLSX_NAME_SIZE (31 * 4 + 1)
void rt_xlsx_sheet_name(const char *name, char out[RT_XLSX_NAME_SIZE]);

/*
 * Finish the last sheet, write the file and free x (NULL is ignored).
 * Returns the first error of the workbook's writing (naming the path),
 * or NULL.
 */
struct rt_error *rt_xlsx_close(struct rt_xlsx *x);

#endif
