/*
 * rectrack — output for people and programs (front end only): rows of
 * typed cells written as an aligned table, RFC 4180 CSV, a JSON array
 * of objects or a sheet of an Excel workbook; and the recommendation
 * columns every listing shares.
 */
#ifndef RT_OUT_H
#define RT_OUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "formats/json.h"

struct rt_event;
struct rt_rec;
struct rt_xlsx;
struct rt_summary;
struct rt_summary_row;

/* OUT_MD and OUT_HTML write a Markdown table (header and rule first)
 * and an HTML <table> (numbers in cells of class "num") as the rows come;
 * OUT_XLSX writes the rows to a sheet of a workbook (out_sheet, with the
 * CSV's header row, each cell with its type: formats/xlsx.h);
 * out_format_parse knows only the first three, the ones every listing
 * offers. */
enum out_format { OUT_TABLE, OUT_CSV, OUT_JSON, OUT_MD, OUT_HTML, OUT_XLSX };

/* Parse "table", "csv", "json"; -1 for anything else. */
int out_format_parse(const char *s, enum out_format *f);

enum {
	OUT_NUMBER = 1 << 0,	/* JSON number, right-aligned in tables */
	OUT_BOOL = 1 << 1,	/* JSON true/false, "yes"/"no" elsewhere */
	OUT_HIDE = 1 << 2,	/* not shown in tables */
	OUT_FREE = 1 << 3,	/* free text: shrinks, cut with "…", in a
				   table fitted to a terminal (out_table.h) */
	OUT_WRAP = 1 << 4,	/* with OUT_FREE: wrapped there, not cut */
	OUT_MARK = 1 << 5,	/* with OUT_BOOL: the key or nothing in
				   tables and Markdown ("overdue", "") */
};

/* How a table row is coloured when colour is on (term_color): an overdue
 * recommendation red, one due within 30 days yellow, a closed one dim;
 * the header is bold. */
enum out_style { OUT_PLAIN, OUT_OVERDUE, OUT_DUE_SOON, OUT_CLOSED };

struct out_col {
	const char *key;	/* JSON key and CSV header */
	const char *header;	/* table header */
	unsigned flags;
};

struct out;

/* Start writing rows with ncols columns to fp.  NULL when out of memory.
 * The columns must outlive the writer. */
struct out *out_new(FILE *fp, enum out_format, const struct out_col *cols,
    size_t ncols);
/* Start writing rows with ncols columns to a new sheet of book named
 * sheet (OUT_XLSX).  NULL when out of memory or when the sheet could not
 * be added (the workbook keeps its error: rt_xlsx_close). */
struct out *out_sheet(struct rt_xlsx *book, const char *sheet,
    const struct out_col *cols, size_t ncols);
/*
 * UTF-8 byte-order mark: with on set, the next CSV writer (out_new,
 * out_doc_begin) starts with one, once (Excel then reads the file as
 * UTF-8); out_bom_put writes it to fp now if it is still due.
 */
void out_bom(int on);
void out_bom_put(FILE *fp);
/*
 * A JSON object (not an array) of one row whose closing brace waits for
 * out_end(), so that the caller can add members after out_row() with
 * out_member().
 */
struct out *out_object(FILE *fp, const struct out_col *cols, size_t ncols);
/* After out_row() of the out_object obj: a writer of rows (a JSON array)
 * that is obj's member key; out_end() it before obj.  NULL when out of
 * memory. */
struct out *out_member(struct out *obj, const char *key,
    const struct out_col *cols, size_t ncols);
/* The next cell of the current row: text (NULL: null/empty), a whole
 * number, a flag, or money in cents (RT_MONEY_NONE: null).  Text is made
 * safe in tables (out_clean), guarded against formulas in CSV
 * (rt_csv_field) and escaped in JSON (rt_json_string, formats/json.h). */
void out_str(struct out *, const char *s);
void out_int(struct out *, long long v);
void out_bool(struct out *, int v);
void out_money(struct out *, int64_t cents);
/* A date (YYYY-MM-DD), or null for the empty one; an Excel date in a
 * workbook. */
void out_date(struct out *, const char *d);
/* The id of a recommendation: REPORT#NUMBER. */
void out_id(struct out *, const char *report, const char *number);
/* A list of texts: a JSON array, joined with "; " elsewhere. */
void out_list(struct out *, char *const *items, size_t n);
/* The style of the current row (tables; ignored elsewhere). */
void out_style(struct out *, enum out_style);
/* End the current row. */
void out_row(struct out *);
/* Write what is pending (the table; the closing bracket), free the
 * writer; -1 when writing failed. */
int out_end(struct out *);
/* The rows written so far (0 for NULL). */
size_t out_nrows(const struct out *);

/*
 * Stored text made safe for a terminal or a page (tables, show, Markdown,
 * HTML): a tab, a carriage return and a line feed become a blank (with
 * OUT_CLEAN_LINES a line feed, or CR LF, stays a line end; with
 * OUT_CLEAN_HEX they too are written \xHH, as an error's one line
 * shows them); every other
 * control character (C0, DEL, and the C1 controls U+0080 to U+009F) is
 * written as \xHH, its code in hex ("\x1b"); the invisible characters
 * that reorder or break the text around them (bidirectional marks,
 * embeddings, overrides and isolates, U+2028, U+2029) as \uHHHH
 * ("\u202e"); a byte that is not part of
 * well-formed UTF-8 becomes U+FFFD.  Everything else is kept.  Returns a
 * new string the caller frees; NULL for NULL or when out of memory.
 */
enum { OUT_CLEAN_LINES = 1 << 0, OUT_CLEAN_HEX = 1 << 1 };
char *out_clean(const char *s, unsigned flags);
/* Write out_clean(s, 0) to fp (nothing for NULL). */
void out_text(FILE *fp, const char *s);

/* Text for a Markdown line or table cell: out_clean(s, 0), pipes
 * escaped, and <, > and & as entities so that a viewer rendering inline
 * HTML shows them as text.  Nothing for NULL. */
void out_md(FILE *fp, const char *s);
/* Text as HTML, in an element or an attribute value: out_clean(s, 0),
 * then & < > " ' as references.  Nothing for NULL. */
void out_html(FILE *fp, const char *s);
/* The start of an HTML page (rt_html_begin) whose title is made safe
 * (out_clean) first. */
void out_html_begin(FILE *fp, const char *title, const char *style);
/* one when n is 1, else more: "1 report", "2 reports". */
const char *out_noun(long long n, const char *one, const char *more);

/* "Label:  value" for people; nothing when value is NULL or empty.
 * The value is made safe (out_clean with OUT_CLEAN_LINES); lines after
 * the first are indented under the value.  Written to standard output
 * on a terminal (term_fit), the value is wrapped at word boundaries to
 * the terminal's width. */
void out_kv(FILE *, const char *label, const char *value);

/* ---- documents of several tables --------------------------------------
 *
 * A report made of sections, each a table: in a table, a title line and
 * each section under its heading ("(none)" when empty); in CSV, each
 * section as its heading on a line of its own, then its header row and
 * rows, sections apart by an empty line; in JSON one object, the title
 * and meta members, then each section as an array under its key; in
 * Markdown a "# title" and "## heading" per section; in HTML a
 * self-contained page; in a workbook (out_doc_book) one sheet per
 * section, named by its heading.
 */
struct out_doc {
	FILE *fp;
	enum out_format format;
	int nsections;
	struct rt_json j;	/* JSON */
	struct rt_xlsx *book;	/* OUT_XLSX */
};
void out_doc_begin(struct out_doc *, FILE *, enum out_format,
    const char *title, const char *subtitle);
/* A document whose sections are sheets of book (the title is the
 * workbook's, given when it was opened). */
void out_doc_book(struct out_doc *, struct rt_xlsx *book);
/* JSON only: one more member of the object, a string (NULL: null). */
void out_doc_meta(struct out_doc *, const char *key, const char *value);
/* The writer for the next section's rows (NULL when out of memory). */
struct out *out_doc_section(struct out_doc *, const char *key,
    const char *heading, const struct out_col *cols, size_t ncols);
/* The same, its sheet in a workbook named sheet (a short form of the
 * heading: Excel's names hold 31 characters). */
struct out *out_doc_sheet(struct out_doc *, const char *key,
    const char *heading, const char *sheet, const struct out_col *cols,
    size_t ncols);
/* End the section (o may be NULL); -1 when writing failed. */
int out_doc_section_end(struct out_doc *, struct out *o);
/* End the document and flush; -1 when writing failed. */
int out_doc_end(struct out_doc *);

/* ---- recommendations ------------------------------------------------- */

extern const struct out_col out_rec_cols[];
extern const size_t out_rec_ncols;

/* One row of out_rec_cols for rec, derived values as of as_of, styled
 * by its status and target (out_rec_style). */
void out_rec_row(struct out *, const struct rt_rec *rec, const char *as_of);
/* The cell of column field (an index of out_rec_cols) for rec. */
void out_rec_cell(struct out *, const struct rt_rec *rec, const char *as_of,
    size_t field);
/* The style of rec's row as of as_of: overdue, due within 30 days (open
 * with a target from as_of to 30 days after), closed, else plain. */
enum out_style out_rec_style(const struct rt_rec *rec, const char *as_of);
/* The index in out_rec_cols of the column key; -1 when none. */
int out_rec_col(const char *key);

/* rt_store_rec_list callback writing out_rec_row for each; with npick,
 * only the columns pick names (indexes of out_rec_cols, in that order:
 * the writer's columns must be those). */
struct out_recs {
	struct out *o;
	const char *as_of;
	const size_t *pick;
	size_t npick;
};
int out_rec_cb(const struct rt_rec *rec, void *arg);

/* The history: one row per event, with its change set and the change
 * set that voided it (0: none). */
extern const struct out_col out_event_cols[];
extern const size_t out_event_ncols;
void out_event_row(struct out *, const struct rt_event *ev,
    int64_t voided_by);

/* ---- summaries (summary, outstanding) ------------------------------- */

/* A column: JSON and CSV key, table header, Markdown header. */
struct out_summary_col {
	const char *key, *header, *md;
};
/* The counts of a summary row after its group, in column order. */
#define OUT_SUMMARY_NCOUNTS 10
extern const struct out_summary_col out_summary_counts[OUT_SUMMARY_NCOUNTS];
void out_summary_row_counts(const struct rt_summary_row *,
    long v[OUT_SUMMARY_NCOUNTS]);
/* The key of the count of every recommendation (summaries by status). */
#define OUT_SUMMARY_ALL_KEY "recommendations"
/* One row of a summary as rectrack(1)'s JSON object, written by j. */
void out_summary_json_row(struct rt_json *j, const struct rt_summary *,
    const struct rt_summary_row *);

/* SIGPIPE sets a flag instead of ending the process (main() calls
 * this first); out_pipe_closed() says whether the reader has gone. */
void out_catch_sigpipe(void);
int out_pipe_closed(void);

#endif
