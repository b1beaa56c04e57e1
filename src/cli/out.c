#include "cli/out.h"

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "core/rec.h"
#include "core/summary.h"
#include "core/text.h"
#include "formats/csv.h"
#include "formats/html.h"
#include "formats/json.h"
#include "formats/xlsx.h"
#include "store/store.h"
#include "cli/out_table.h"
#include "cli/term.h"

enum cell_kind { CELL_NULL, CELL_TEXT, CELL_RAW };

struct out {
	FILE *fp;
	enum out_format format;
	const struct out_col *cols;
	size_t ncols;
	size_t col;		/* next cell of the current row */
	size_t nrows;
	int object;		/* out_object(): one open JSON object */
	struct rt_json *j;	/* JSON: own, or the document's */
	struct rt_json own;
	struct rt_xlsx *x;	/* OUT_XLSX: the workbook */
	/* tables are written at the end, when the widths are known */
	char **cells;
	size_t ncells, cap;
	unsigned char *styles;	/* each row's enum out_style */
	size_t nstyles, scap;
	enum out_style style;	/* the current row's */
};

int
out_format_parse(const char *s, enum out_format *f)
{
	if (strcmp(s, "table") == 0)
		*f = OUT_TABLE;
	else if (strcmp(s, "csv") == 0)
		*f = OUT_CSV;
	else if (strcmp(s, "json") == 0)
		*f = OUT_JSON;
	else
		return -1;
	return 0;
}

size_t
out_nrows(const struct out *o)
{
	return o ? o->nrows : 0;
}

/* A writer of rows to fp; JSON goes through j (NULL: a writer of its
 * own). */
static struct out *
out_alloc(FILE *fp, enum out_format format, const struct out_col *cols,
    size_t ncols, struct rt_json *j)
{
	struct out *o;

	if ((o = calloc(1, sizeof(*o))) == NULL)
		return NULL;
	o->fp = fp;
	o->format = format;
	o->cols = cols;
	o->ncols = ncols;
	o->own.fp = fp;
	o->own.compact = 1;
	o->j = j ? j : &o->own;
	return o;
}

/* A byte-order mark is due before the next CSV (out_bom). */
static int bom_due;

void
out_bom(int on)
{
	bom_due = on;
}

void
out_bom_put(FILE *fp)
{
	if (bom_due)
		fputs("\xef\xbb\xbf", fp);
	bom_due = 0;
}

/* An array of rows: the header (CSV, Markdown, HTML) or the bracket. */
static struct out *
out_rows(FILE *fp, enum out_format format, const struct out_col *cols,
    size_t ncols, struct rt_json *j)
{
	struct out *o;
	size_t i;

	if ((o = out_alloc(fp, format, cols, ncols, j)) == NULL)
		return NULL;
	if (format == OUT_CSV) {
		out_bom_put(fp);
		for (i = 0; i < ncols; i++) {
			if (i)
				fputc(',', fp);
			rt_csv_field(fp, cols[i].key);
		}
		fputs("\r\n", fp);
	} else if (format == OUT_JSON)
		rt_json_open(o->j, RT_JSON_LINES);
	else if (format == OUT_MD) {
		for (i = 0; i < ncols; i++)
			if (!(cols[i].flags & OUT_HIDE)) {
				fputs("| ", fp);
				out_md(fp, cols[i].header);
				fputc(' ', fp);
			}
		fputs("|\n", fp);
		for (i = 0; i < ncols; i++)
			if (!(cols[i].flags & OUT_HIDE))
				fputs(cols[i].flags & OUT_NUMBER ? "| ---: " :
				    "| --- ", fp);
		fputs("|\n", fp);
	} else if (format == OUT_HTML) {
		fputs("<table>\n<thead><tr>", fp);
		for (i = 0; i < ncols; i++)
			if (!(cols[i].flags & OUT_HIDE)) {
				fputs(cols[i].flags & OUT_NUMBER ?
				    "<th class=\"num\">" : "<th>", fp);
				out_html(fp, cols[i].header);
				fputs("</th>", fp);
			}
		fputs("</tr></thead>\n<tbody>\n", fp);
	}
	return o;
}

struct out *
out_new(FILE *fp, enum out_format format, const struct out_col *cols,
    size_t ncols)
{
	return out_rows(fp, format, cols, ncols, NULL);
}

struct out *
out_sheet(struct rt_xlsx *book, const char *sheet,
    const struct out_col *cols, size_t ncols)
{
	struct rt_error *err;
	const char **headers;
	struct out *o;
	size_t i;

	if ((headers = calloc(ncols ? ncols : 1, sizeof(*headers))) == NULL)
		return NULL;
	for (i = 0; i < ncols; i++)
		headers[i] = cols[i].key;
	err = rt_xlsx_sheet(book, sheet, headers, ncols);
	free(headers);
	if (err != NULL) {
		rt_error_free(err);
		return NULL;
	}
	if ((o = out_alloc(NULL, OUT_XLSX, cols, ncols, NULL)) != NULL)
		o->x = book;
	return o;
}

struct out *
out_object(FILE *fp, const struct out_col *cols, size_t ncols)
{
	struct out *o;

	if ((o = out_alloc(fp, OUT_JSON, cols, ncols, NULL)) != NULL)
		o->object = 1;
	return o;
}

struct out *
out_member(struct out *obj, const char *key, const struct out_col *cols,
    size_t ncols)
{
	rt_json_key(obj->j, key);
	return out_rows(obj->fp, OUT_JSON, cols, ncols, obj->j);
}

char *
out_clean(const char *s, unsigned flags)
{
	const unsigned char *p, *run;
	struct rt_buf b = { 0 };
	unsigned long cp;
	const char *put;
	char hex[8];
	size_t n;
	int rc = 0;

	if (s == NULL)
		return NULL;
	/* runs of characters kept as they are are copied whole */
	for (p = run = (const unsigned char *)s; *p && rc == 0; p += n) {
		n = 1;
		if (*p >= 0x20 && *p < 0x7f)
			continue;
		put = hex;
		if ((flags & OUT_CLEAN_HEX) && *p < 0x20)
			snprintf(hex, sizeof(hex), "\\x%02x", *p);
		else if (*p == '\n' || (*p == '\r' && p[1] == '\n')) {
			n = *p == '\r' ? 2 : 1;
			put = (flags & OUT_CLEAN_LINES) ? "\n" : " ";
		} else if (*p == '\t' || *p == '\r')
			put = " ";
		else if (*p < 0x80)	/* C0 and DEL */
			snprintf(hex, sizeof(hex), "\\x%02x", *p);
		else if ((n = rt_utf8_seq((const char *)p, &cp)) == 0) {
			n = 1;
			put = "\xef\xbf\xbd";	/* U+FFFD */
		} else if (cp <= 0x9f)	/* C1 */
			snprintf(hex, sizeof(hex), "\\x%02lx", cp);
		else if (rt_text_reorders(cp))
			snprintf(hex, sizeof(hex), "\\u%04lx", cp);
		else
			continue;
		rc = rt_buf_add(&b, (const char *)run, (size_t)(p - run)) |
		    rt_buf_puts(&b, put);
		run = p + n;
	}
	if (rc == 0 && b.s == NULL)	/* nothing to change */
		return rt_strdup(s);
	if (rc == 0)
		rc = rt_buf_puts(&b, (const char *)run);
	if (rc != 0) {
		rt_buf_free(&b);
		return NULL;
	}
	return b.s;
}

void
out_text(FILE *fp, const char *s)
{
	char *c;

	if (s == NULL)
		return;
	if ((c = out_clean(s, 0)) == NULL) {
		fputs("?", fp);
		return;
	}
	fputs(c, fp);
	free(c);
}

/* JSON: the object of the row opened by its first cell, and the key of
 * col. */
static void
json_key(struct out *o, const struct out_col *col)
{
	if (o->col == 1)
		rt_json_open(o->j, RT_JSON_OBJECT);
	rt_json_key(o->j, col->key);
}

static void
cell(struct out *o, enum cell_kind kind, const char *s)
{
	const struct out_col *col;

	if (o->col >= o->ncols)
		return;
	col = &o->cols[o->col++];
	switch (o->format) {
	case OUT_XLSX:	/* text: typed cells do not come here */
		rt_xlsx_text(o->x, kind == CELL_NULL ? NULL : s);
		break;
	case OUT_JSON:
		json_key(o, col);
		if (kind == CELL_NULL)
			rt_json_raw(o->j, "null");
		else if (kind == CELL_RAW)
			rt_json_raw(o->j, s);
		else
			rt_json_str(o->j, s);
		break;
	case OUT_CSV:
		if (o->col > 1)
			fputc(',', o->fp);
		if (kind == CELL_TEXT)
			rt_csv_field(o->fp, s);
		else if (kind == CELL_RAW)	/* numbers: never quoted */
			fputs(s, o->fp);
		break;
	case OUT_MD:
		if (col->flags & OUT_HIDE)
			break;
		fputs("| ", o->fp);
		if (kind == CELL_TEXT)
			out_md(o->fp, s);
		else if (kind == CELL_RAW)
			fputs(s, o->fp);
		fputc(' ', o->fp);
		break;
	case OUT_HTML:
		if (o->col == 1)
			fputs("<tr>", o->fp);
		if (col->flags & OUT_HIDE)
			break;
		fputs(col->flags & OUT_NUMBER ? "<td class=\"num\">" : "<td>",
		    o->fp);
		if (kind != CELL_NULL)
			out_html(o->fp, s);
		fputs("</td>", o->fp);
		break;
	case OUT_TABLE:
		if (col->flags & OUT_HIDE)
			break;
		if (o->ncells == o->cap) {
			size_t cap = o->cap ? o->cap * 2 : 64;
			char **p = realloc(o->cells, cap * sizeof(*p));

			if (p == NULL)
				return;
			o->cells = p;
			o->cap = cap;
		}
		if (kind == CELL_NULL)
			s = "";
		o->cells[o->ncells++] = out_clean(s, 0);
		break;
	}
}

void
out_str(struct out *o, const char *s)
{
	cell(o, s ? CELL_TEXT : CELL_NULL, s);
}

/* OUT_XLSX: whether there is a next cell; it is taken. */
static int
xlsx_cell(struct out *o)
{
	if (o->format != OUT_XLSX || o->col >= o->ncols)
		return 0;
	o->col++;
	return 1;
}

void
out_int(struct out *o, long long v)
{
	char buf[32];

	if (xlsx_cell(o)) {
		rt_xlsx_int(o->x, v);
		return;
	}
	snprintf(buf, sizeof(buf), "%lld", v);
	cell(o, CELL_RAW, buf);
}

void
out_bool(struct out *o, int v)
{
	if (xlsx_cell(o))
		rt_xlsx_bool(o->x, v);
	else if (o->format == OUT_JSON)
		cell(o, CELL_RAW, v ? "true" : "false");
	else if (o->format != OUT_CSV && o->col < o->ncols &&
	    (o->cols[o->col].flags & OUT_MARK))
		cell(o, CELL_TEXT, v ? o->cols[o->col].key : "");
	else
		cell(o, CELL_TEXT, v ? "yes" : "no");
}

void
out_money(struct out *o, int64_t cents)
{
	char buf[32];

	if (cents == RT_MONEY_NONE) {
		cell(o, CELL_NULL, NULL);
		return;
	}
	if (xlsx_cell(o)) {
		rt_xlsx_money(o->x, cents);
		return;
	}
	if (o->format == OUT_TABLE || o->format == OUT_MD ||
	    o->format == OUT_HTML)
		rt_money_display(cents, buf, sizeof(buf));
	else
		rt_money_format(cents, buf, sizeof(buf));
	cell(o, CELL_RAW, buf);
}

void
out_list(struct out *o, char *const *items, size_t n)
{
	struct rt_buf b = { 0 };
	size_t i;

	if (o->format == OUT_JSON) {
		if (o->col >= o->ncols)
			return;
		json_key(o, &o->cols[o->col++]);
		rt_json_open(o->j, RT_JSON_ARRAY);
		for (i = 0; i < n; i++)
			rt_json_str(o->j, items[i]);
		rt_json_close(o->j, RT_JSON_ARRAY);
		return;
	}
	for (i = 0; i < n; i++)
		rt_buf_printf(&b, "%s%s", i ? "; " : "", items[i]);
	cell(o, CELL_TEXT, b.s ? b.s : "");
	rt_buf_free(&b);
}

/* A line of out_kv's value: after the label, then under the value. */
struct kv {
	FILE *fp;
	const char *label;
	int lines;
};

static void
kv_line(const char *s, size_t n, void *arg)
{
	struct kv *k = arg;

	fprintf(k->fp, "%-13s %.*s\n", k->lines ? "" : k->label, (int)n, s);
	k->lines++;
}

/* The value column of out_kv on a terminal: what is left of the width,
 * but not less than this. */
#define KV_MIN 20

void
out_kv(FILE *fp, const char *label, const char *value)
{
	struct kv k = { fp, label, 0 };
	size_t wrap = 0;
	char *clean, *line, *nl;

	if (value == NULL || *value == '\0')
		return;
	if ((clean = out_clean(value, OUT_CLEAN_LINES)) == NULL)
		return;
	if (fp == stdout && term_fit())
		wrap = term_width() > 14 + KV_MIN ? term_width() - 14 : KV_MIN;
	for (line = clean; line != NULL; line = nl) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		if (wrap && *line)
			out_wrap(line, wrap, kv_line, &k);
		else
			kv_line(line, strlen(line), &k);
		if (nl != NULL && *nl == '\0')
			break;
	}
	free(clean);
}

/* A table row's style, kept for when the table is written (a row
 * whose style could not be kept is plain). */
static void
keep_style(struct out *o)
{
	unsigned char *p;
	size_t cap;

	if (o->nrows != o->nstyles)
		return;
	if (o->nstyles == o->scap) {
		cap = o->scap ? o->scap * 2 : 64;
		if ((p = realloc(o->styles, cap)) == NULL)
			return;
		o->styles = p;
		o->scap = cap;
	}
	o->styles[o->nstyles++] = (unsigned char)o->style;
}

void
out_row(struct out *o)
{
	while (o->col < o->ncols)	/* a short row ends with nulls */
		cell(o, CELL_NULL, NULL);
	if (o->format == OUT_JSON && !o->object)
		rt_json_close(o->j, RT_JSON_OBJECT);
	else if (o->format == OUT_CSV)
		fputs("\r\n", o->fp);
	else if (o->format == OUT_MD)
		fputs("|\n", o->fp);
	else if (o->format == OUT_HTML)
		fputs("</tr>\n", o->fp);
	else if (o->format == OUT_XLSX)
		rt_xlsx_row_end(o->x);
	if (o->format == OUT_TABLE)
		keep_style(o);
	o->style = OUT_PLAIN;
	o->col = 0;
	o->nrows++;
}

void
out_style(struct out *o, enum out_style s)
{
	o->style = s;
}

static void
print_table(struct out *o)
{
	struct out_table t;
	size_t shown[64], nshown = 0, i;

	for (i = 0; i < o->ncols && nshown < 64; i++)
		if (!(o->cols[i].flags & OUT_HIDE))
			shown[nshown++] = i;
	t.fp = o->fp;
	t.cols = o->cols;
	t.shown = shown;
	t.nshown = nshown;
	t.cells = o->cells;
	t.nrows = o->ncells / (nshown ? nshown : 1);
	t.styles = o->styles;
	t.nstyles = o->nstyles;
	out_table_print(&t);
}

int
out_end(struct out *o)
{
	size_t i;
	int rc;

	if (o->format == OUT_JSON) {
		rt_json_close(o->j, o->object ? RT_JSON_OBJECT : RT_JSON_LINES);
		fputc('\n', o->fp);
	} else if (o->format == OUT_TABLE && o->nrows > 0)
		print_table(o);
	else if (o->format == OUT_HTML)
		fputs("</tbody>\n</table>\n", o->fp);
	for (i = 0; i < o->ncells; i++)
		free(o->cells[i]);
	free(o->cells);
	free(o->styles);
	rc = o->fp && ferror(o->fp) ? -1 : 0;
	free(o);
	return rc;
}

/* ---- recommendations ------------------------------------------------- */

const struct out_col out_rec_cols[] = {
	{ "id", "ID", 0 },
	{ "report", "REPORT", OUT_HIDE },
	{ "number", "NUMBER", OUT_HIDE },
	{ "issuer", "ISSUER", OUT_HIDE },
	{ "issued", "ISSUED", 0 },
	{ "agency", "AGENCY", 0 },
	{ "official", "OFFICIAL", OUT_HIDE },
	{ "text", "TEXT", OUT_FREE },
	{ "corrective_action", "CORRECTIVE ACTION", OUT_HIDE },
	{ "concurrence", "CONCURRENCE", 0 },
	{ "status", "STATUS", 0 },
	{ "target_date", "TARGET", 0 },
	{ "original_target_date", "ORIGINAL TARGET", OUT_HIDE },
	{ "resolved_date", "RESOLVED", OUT_HIDE },
	{ "closed_date", "CLOSED", OUT_HIDE },
	{ "priority", "PRIORITY", OUT_BOOL | OUT_MARK | OUT_HIDE },
	{ "significant", "SIGNIFICANT", OUT_BOOL | OUT_MARK | OUT_HIDE },
	{ "on_hold", "ON HOLD", OUT_BOOL | OUT_MARK | OUT_HIDE },
	{ "closure_requested", "CLOSURE REQUESTED", OUT_BOOL | OUT_MARK | OUT_HIDE },
	{ "partially_addressed", "PARTIALLY ADDRESSED", OUT_BOOL | OUT_MARK | OUT_HIDE },
	{ "questioned_cost", "QUESTIONED", OUT_NUMBER | OUT_HIDE },
	{ "unsupported_cost", "UNSUPPORTED", OUT_NUMBER | OUT_HIDE },
	{ "funds_better_use", "BETTER USE", OUT_NUMBER | OUT_HIDE },
	{ "potential_savings", "SAVINGS", OUT_NUMBER | OUT_HIDE },
	{ "disallowed_cost", "DISALLOWED", OUT_NUMBER | OUT_HIDE },
	{ "fbu_agreed", "FBU AGREED", OUT_NUMBER | OUT_HIDE },
	{ "overdue", "OVERDUE", OUT_BOOL | OUT_MARK | OUT_HIDE },
	{ "age_days", "AGE", OUT_NUMBER },
};
const size_t out_rec_ncols = sizeof(out_rec_cols) / sizeof(out_rec_cols[0]);

void
out_date(struct out *o, const char *d)
{
	if (d[0] && xlsx_cell(o))
		rt_xlsx_date(o->x, d);
	else
		out_str(o, d[0] ? d : NULL);
}

void
out_id(struct out *o, const char *report, const char *number)
{
	struct rt_buf id = { 0 };

	rt_buf_printf(&id, "%s#%s", report, number);
	out_str(o, id.s);
	rt_buf_free(&id);
}

/* The columns of out_rec_cols, by index. */
enum {
	RC_ID, RC_REPORT, RC_NUMBER, RC_ISSUER, RC_ISSUED, RC_AGENCY,
	RC_OFFICIAL, RC_TEXT, RC_ACTION, RC_CONCURRENCE, RC_STATUS,
	RC_TARGET, RC_ORIGINAL_TARGET, RC_RESOLVED, RC_CLOSED, RC_PRIORITY,
	RC_SIGNIFICANT, RC_ON_HOLD, RC_CLOSURE_REQUESTED,
	RC_PARTIALLY_ADDRESSED, RC_MONEY, RC_OVERDUE = RC_MONEY +
	RT_MONEY_COUNT, RC_AGE
};

void
out_rec_cell(struct out *o, const struct rt_rec *rec, const char *as_of,
    size_t field)
{
	switch (field) {
	case RC_ID: out_id(o, rec->report, rec->number); break;
	case RC_REPORT: out_str(o, rec->report); break;
	case RC_NUMBER: out_str(o, rec->number); break;
	case RC_ISSUER: out_str(o, rec->issuer); break;
	case RC_ISSUED: out_date(o, rec->report_issued); break;
	case RC_AGENCY: out_str(o, rec->agency); break;
	case RC_OFFICIAL: out_str(o, rec->official); break;
	case RC_TEXT: out_str(o, rec->text); break;
	case RC_ACTION: out_str(o, rec->corrective_action); break;
	case RC_CONCURRENCE:
		out_str(o, rt_concurrence_name(rec->concurrence));
		break;
	case RC_STATUS: out_str(o, rt_status_name(rec->status)); break;
	case RC_TARGET: out_date(o, rec->target_date); break;
	case RC_ORIGINAL_TARGET: out_date(o, rec->original_target_date); break;
	case RC_RESOLVED: out_date(o, rec->resolved_date); break;
	case RC_CLOSED: out_date(o, rec->closed_date); break;
	case RC_PRIORITY: out_bool(o, rec->priority); break;
	case RC_SIGNIFICANT: out_bool(o, rec->significant); break;
	case RC_ON_HOLD: out_bool(o, rec->on_hold); break;
	case RC_CLOSURE_REQUESTED: out_bool(o, rec->closure_requested); break;
	case RC_PARTIALLY_ADDRESSED:
		out_bool(o, rec->partially_addressed);
		break;
	case RC_OVERDUE: out_bool(o, rt_rec_overdue(rec, as_of)); break;
	case RC_AGE: out_int(o, rt_rec_age_days(rec, as_of)); break;
	default:
		if (field >= RC_MONEY && field < RC_OVERDUE)
			out_money(o, rec->money[field - RC_MONEY]);
		break;
	}
}

enum out_style
out_rec_style(const struct rt_rec *rec, const char *as_of)
{
	long days;

	if (!rt_status_is_open(rec->status))
		return OUT_CLOSED;
	if (rt_rec_overdue(rec, as_of))
		return OUT_OVERDUE;
	if (rec->target_date[0] && rt_date_valid(rec->target_date) &&
	    rt_date_valid(as_of) &&
	    (days = rt_date_diff(as_of, rec->target_date)) >= 0 && days <= 30)
		return OUT_DUE_SOON;
	return OUT_PLAIN;
}

int
out_rec_col(const char *key)
{
	size_t i;

	for (i = 0; i < out_rec_ncols; i++)
		if (strcmp(out_rec_cols[i].key, key) == 0)
			return (int)i;
	return -1;
}

void
out_rec_row(struct out *o, const struct rt_rec *rec, const char *as_of)
{
	size_t i;

	for (i = 0; i < out_rec_ncols; i++)
		out_rec_cell(o, rec, as_of, i);
	out_style(o, out_rec_style(rec, as_of));
	out_row(o);
}

int
out_rec_cb(const struct rt_rec *rec, void *arg)
{
	const struct out_recs *r = arg;
	size_t i;

	if (r->npick == 0) {
		out_rec_row(r->o, rec, r->as_of);
		return 0;
	}
	for (i = 0; i < r->npick; i++)
		out_rec_cell(r->o, rec, r->as_of, r->pick[i]);
	out_style(r->o, out_rec_style(rec, r->as_of));
	out_row(r->o);
	return 0;
}

const struct out_col out_event_cols[] = {
	{ "effective", "EFFECTIVE", 0 },
	{ "at", "RECORDED", OUT_HIDE },
	{ "actor", "ACTOR", 0 },
	{ "kind", "KIND", 0 },
	{ "field", "FIELD", 0 },
	{ "old", "OLD", OUT_FREE | OUT_WRAP },
	{ "new", "NEW", OUT_FREE | OUT_WRAP },
	{ "note", "NOTE", OUT_FREE | OUT_WRAP },
	{ "change", "CHANGE", OUT_NUMBER },
	{ "voided_by", "VOIDED BY", OUT_NUMBER },
};
const size_t out_event_ncols =
    sizeof(out_event_cols) / sizeof(out_event_cols[0]);

void
out_event_row(struct out *o, const struct rt_event *ev, int64_t voided_by)
{
	out_str(o, ev->effective);
	out_str(o, ev->at);
	out_str(o, ev->actor);
	out_str(o, ev->kind);
	out_str(o, ev->field);
	out_str(o, ev->old);
	out_str(o, ev->new);
	out_str(o, ev->note);
	if (ev->change)
		out_int(o, ev->change);
	else
		out_str(o, NULL);
	if (voided_by)
		out_int(o, voided_by);
	else
		out_str(o, NULL);
	out_row(o);
}

void
out_md(FILE *fp, const char *s)
{
	char *clean, *p;

	if (s == NULL || (clean = out_clean(s, 0)) == NULL)
		return;
	for (p = clean; *p; p++) {
		if (*p == '|')
			fputs("\\|", fp);
		else if (*p == '<')
			fputs("&lt;", fp);
		else if (*p == '>')
			fputs("&gt;", fp);
		else if (*p == '&')
			fputs("&amp;", fp);
		else
			fputc(*p, fp);
	}
	free(clean);
}

const char *
out_noun(long long n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

void
out_html(FILE *fp, const char *s)
{
	char *clean;

	if (s == NULL || (clean = out_clean(s, 0)) == NULL)
		return;
	rt_html_escape(fp, clean);
	free(clean);
}

void
out_html_begin(FILE *fp, const char *title, const char *style)
{
	char *clean = out_clean(title, 0);

	rt_html_begin(fp, clean ? clean : "", style);
	free(clean);
}

/* ---- documents of several tables ------------------------------------- */

void
out_doc_begin(struct out_doc *d, FILE *fp, enum out_format f,
    const char *title, const char *subtitle)
{
	memset(d, 0, sizeof(*d));
	d->fp = fp;
	d->format = f;
	d->j.fp = fp;
	d->j.compact = 1;
	switch (f) {
	case OUT_TABLE:
		out_text(fp, title);
		fputc('\n', fp);
		if (subtitle) {
			out_text(fp, subtitle);
			fputc('\n', fp);
		}
		break;
	case OUT_CSV:
		out_bom_put(fp);
		break;
	case OUT_XLSX:
		break;
	case OUT_JSON:
		rt_json_open(&d->j, RT_JSON_OBJECT);
		rt_json_key(&d->j, "title");
		rt_json_str(&d->j, title);
		break;
	case OUT_MD:
		fputs("# ", fp);
		out_md(fp, title);
		fputs("\n", fp);
		if (subtitle) {
			fputs("\n", fp);
			out_md(fp, subtitle);
			fputs("\n", fp);
		}
		break;
	case OUT_HTML:
		out_html_begin(fp, title, rt_html_style_tables);
		fputs("<h1>", fp);
		out_html(fp, title);
		fputs("</h1>\n", fp);
		if (subtitle) {
			fputs("<p class=\"sub\">", fp);
			out_html(fp, subtitle);
			fputs("</p>\n", fp);
		}
		break;
	}
}

void
out_doc_book(struct out_doc *d, struct rt_xlsx *book)
{
	out_doc_begin(d, NULL, OUT_XLSX, NULL, NULL);
	d->book = book;
}

void
out_doc_meta(struct out_doc *d, const char *key, const char *value)
{
	if (d->format != OUT_JSON)
		return;
	rt_json_key(&d->j, key);
	if (value)
		rt_json_str(&d->j, value);
	else
		rt_json_raw(&d->j, "null");
}

struct out *
out_doc_section(struct out_doc *d, const char *key, const char *heading,
    const struct out_col *cols, size_t ncols)
{
	return out_doc_sheet(d, key, heading, heading, cols, ncols);
}

struct out *
out_doc_sheet(struct out_doc *d, const char *key, const char *heading,
    const char *sheet, const struct out_col *cols, size_t ncols)
{
	FILE *fp = d->fp;

	switch (d->format) {
	case OUT_XLSX:
		d->nsections++;
		return out_sheet(d->book, sheet, cols, ncols);
	case OUT_TABLE:
		fputs("\n", fp);
		out_text(fp, heading);
		fputs("\n", fp);
		break;
	case OUT_CSV:
		if (d->nsections)
			fputs("\r\n", fp);
		rt_csv_field(fp, heading);
		fputs("\r\n", fp);
		break;
	case OUT_JSON:
		rt_json_key(&d->j, key);
		break;
	case OUT_MD:
		fputs("\n## ", fp);
		out_md(fp, heading);
		fputs("\n\n", fp);
		break;
	case OUT_HTML:
		fputs("<h2>", fp);
		out_html(fp, heading);
		fputs("</h2>\n", fp);
		break;
	}
	d->nsections++;
	return out_rows(fp, d->format, cols, ncols, &d->j);
}

int
out_doc_section_end(struct out_doc *d, struct out *o)
{
	size_t n;

	if (o == NULL)
		return -1;
	n = o->nrows;
	if (out_end(o) == -1)
		return -1;
	if (n == 0 && d->format == OUT_TABLE)
		fputs("(none)\n", d->fp);
	else if (n == 0 && d->format == OUT_MD)
		fputs("\nNone.\n", d->fp);
	return 0;
}

int
out_doc_end(struct out_doc *d)
{
	if (d->format == OUT_JSON) {
		rt_json_close(&d->j, RT_JSON_OBJECT);
		fputc('\n', d->fp);
	} else if (d->format == OUT_HTML)
		rt_html_end(d->fp);
	else if (d->format == OUT_XLSX)
		return 0;
	return fflush(d->fp) == EOF || ferror(d->fp) ? -1 : 0;
}

/* ---- summaries ------------------------------------------------------- */

const struct out_summary_col out_summary_counts[OUT_SUMMARY_NCOUNTS] = {
	{ "open", "OPEN", "Open" },
	{ "pending", "PENDING", "Pending" },
	{ "unresolved", "UNRESOLVED", "Unresolved" },
	{ "resolved", "RESOLVED", "Resolved" },
	{ "overdue", "OVERDUE", "Overdue" },
	{ "unresolved_over_6_months", "UNRESOLVED 6M+",
	    "Unresolved over 6 months" },
	{ "open_1_year_plus", "OPEN 1Y+", "Open 1 year or more" },
	{ "priority", "PRIORITY", "Priority" },
	{ "extended", "EXTENDED", "Extended" },
	{ "extensions", "EXTENSIONS", "Extensions" },
};

void
out_summary_row_counts(const struct rt_summary_row *r,
    long v[OUT_SUMMARY_NCOUNTS])
{
	v[0] = r->open;
	v[1] = r->pending;
	v[2] = r->unresolved;
	v[3] = r->resolved;
	v[4] = r->overdue;
	v[5] = r->unresolved_over_6_months;
	v[6] = r->open_1_year_plus;
	v[7] = r->priority;
	v[8] = r->extended;
	v[9] = r->extensions;
}

static void
json_money(struct rt_json *j, const char *key, int64_t cents)
{
	char buf[32];

	rt_money_format(cents, buf, sizeof(buf));
	rt_json_key(j, key);
	rt_json_raw(j, buf);
}

void
out_summary_json_row(struct rt_json *j, const struct rt_summary *s,
    const struct rt_summary_row *r)
{
	long v[OUT_SUMMARY_NCOUNTS];
	size_t i;

	rt_json_open(j, RT_JSON_OBJECT);
	rt_json_key(j, "group");
	rt_json_str(j, r->group);
	if (s->by == RT_BY_STATUS) {
		rt_json_key(j, OUT_SUMMARY_ALL_KEY);
		rt_json_int(j, r->recs);
	}
	out_summary_row_counts(r, v);
	for (i = 0; i < OUT_SUMMARY_NCOUNTS; i++) {
		rt_json_key(j, out_summary_counts[i].key);
		rt_json_int(j, v[i]);
	}
	rt_json_key(j, "age_buckets");
	rt_json_open(j, RT_JSON_ARRAY);
	for (i = 0; i < s->nbuckets; i++) {
		const struct rt_bucket *b = &s->buckets[i];

		rt_json_open(j, RT_JSON_OBJECT);
		rt_json_key(j, "label");
		rt_json_str(j, b->label);
		rt_json_key(j, "min_days");
		rt_json_int(j, b->min_days);
		rt_json_key(j, "max_days");
		if (b->max_days < 0)
			rt_json_raw(j, "null");
		else
			rt_json_int(j, b->max_days);
		rt_json_key(j, "count");
		rt_json_int(j, r->age[i]);
		rt_json_close(j, RT_JSON_OBJECT);
	}
	rt_json_close(j, RT_JSON_ARRAY);
	json_money(j, "questioned_cost", r->questioned_cost);
	json_money(j, "funds_better_use", r->funds_better_use);
	rt_json_key(j, "oldest");
	if (r->oldest)
		rt_json_str(j, r->oldest);
	else
		rt_json_raw(j, "null");
	rt_json_close(j, RT_JSON_OBJECT);
}

/*
 * A reader that stops early (`rectrack export | head`) closes the pipe.
 * Dying of SIGPIPE there would end the command wherever it stood, with
 * its database open; instead a write to the closed pipe fails, the
 * command ends as it would have, and nothing is said about the lost
 * output (out_pipe_closed()).
 */
static volatile sig_atomic_t pipe_closed;

static void
on_sigpipe(int sig)
{
	(void)sig;
	pipe_closed = 1;
}

void
out_catch_sigpipe(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigpipe;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGPIPE, &sa, NULL);
}

int
out_pipe_closed(void)
{
	return pipe_closed != 0;
}
