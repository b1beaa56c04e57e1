/*
 * rectrack — GAO's recommendations database export (gao-csv): an RFC
 * 4180 reader, the header and row mapping, agency paths and the writer.
 */
#include "formats/gaocsv.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/lifecycle.h"
#include "formats/export.h"
#include "formats/yamlin.h"
#include "store/store.h"

/* ---- RFC 4180 records ------------------------------------------------- */

void
rt_csv_init(struct rt_csv *c, FILE *fp, const char *name)
{
	memset(c, 0, sizeof(*c));
	c->fp = fp;
	c->name = name;
	c->line = 1;
}

static void
csv_clear(struct rt_csv *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->f[i]);
	free(c->f);
	c->f = NULL;
	c->n = 0;
}

void
rt_csv_free(struct rt_csv *c)
{
	csv_clear(c);
}

static int
csv_fail(struct rt_csv *c, struct rt_error **err, int line, const char *what)
{
	*err = rt_error_new(RT_EINVAL, "%s:%d: %s", c->name, line, what);
	return -1;
}

/* Append the field in b to the record. */
static int
csv_push(struct rt_csv *c, struct rt_buf *b, struct rt_error **err)
{
	char **f;
	char *s;

	if (c->n >= RT_CSV_MAX_FIELDS)
		return csv_fail(c, err, c->start, "more than 256 fields in "
		    "one row");
	s = b->s ? b->s : rt_strdup("");
	b->s = NULL;
	b->len = b->cap = 0;
	if (s == NULL || (f = realloc(c->f, (c->n + 1) * sizeof(*f))) == NULL) {
		free(s);
		*err = rt_error_new(RT_ENOMEM, "out of memory");
		return -1;
	}
	c->f = f;
	c->f[c->n++] = s;
	return 0;
}

static int
csv_char(struct rt_csv *c, struct rt_buf *b, int ch, struct rt_error **err)
{
	char x = (char)ch;

	if (b->len >= RT_CSV_MAX_FIELD)
		return csv_fail(c, err, c->line, "a field of more than 1 MiB");
	if (rt_buf_add(b, &x, 1) == -1) {
		*err = rt_error_new(RT_ENOMEM, "out of memory");
		return -1;
	}
	return 0;
}

/* The next byte of the input (what was read ahead first); EOF. */
static int
csv_getc(struct rt_csv *c)
{
	if (c->nback > 0)
		return c->back[--c->nback];
	return getc(c->fp);
}

/* Give back ch (not EOF) to be read next. */
static void
csv_ungetc(struct rt_csv *c, int ch)
{
	if (ch != EOF && c->nback < (int)sizeof(c->back))
		c->back[c->nback++] = (unsigned char)ch;
}

/* Skip a UTF-8 byte-order mark (EF BB BF) at the start of the input, as
 * Excel's "CSV UTF-8" writes it; any other bytes are read as they are. */
static void
csv_bom(struct rt_csv *c)
{
	static const unsigned char bom[3] = { 0xEF, 0xBB, 0xBF };
	int got[3], n, i;

	c->begun = 1;
	for (n = 0; n < 3; n++)
		if ((got[n] = getc(c->fp)) != bom[n])
			break;
	if (n == 3)
		return;
	/* give back what was read, so that it is read again in order */
	if (got[n] != EOF)
		csv_ungetc(c, got[n]);
	for (i = n; i-- > 0;)
		csv_ungetc(c, got[i]);
}

/* Whether ch is a blank that may follow a closing quote. */
static int
csv_blank(int ch)
{
	return ch == ' ' || ch == '\t';
}

/* A plain number: an optional sign, digits, and decimals after a point. */
static int
plain_number(const char *s)
{
	if (*s == '+' || *s == '-')
		s++;
	if (*s < '0' || *s > '9')
		return 0;
	while (*s >= '0' && *s <= '9')
		s++;
	if (*s == '.') {
		s++;
		if (*s < '0' || *s > '9')
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return *s == '\0';
}

int
rt_csv_formula(const char *s)
{
	return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL &&
	    !plain_number(s);
}

int
rt_csv_next(struct rt_csv *c, struct rt_error **err)
{
	struct rt_buf b = { 0 };
	int ch, quoted = 0, inq = 0, after = 0, any = 0, qline = 0;

	*err = NULL;
	csv_clear(c);
	if (!c->begun)
		csv_bom(c);
	c->start = c->line;
	for (;;) {
		ch = csv_getc(c);
		if (ch == EOF) {
			if (ferror(c->fp)) {
				*err = rt_error_new(RT_EIO, "%s: cannot read",
				    c->name);
				goto fail;
			}
			if (inq) {
				csv_fail(c, err, qline, "a quoted field is "
				    "not closed (a \" is missing)");
				goto fail;
			}
			if (!any) {
				rt_buf_free(&b);
				return 0;
			}
			if (csv_push(c, &b, err) == -1)
				goto fail;
			return 1;
		}
		any = 1;
		if (ch == '\0') {
			csv_fail(c, err, c->line, "a NUL byte");
			goto fail;
		}
		if (inq) {
			if (ch == '"') {
				int nx = csv_getc(c);

				if (nx == '"') {
					if (csv_char(c, &b, '"', err) == -1)
						goto fail;
					continue;
				}
				csv_ungetc(c, nx);
				inq = 0;
				after = 1;
				continue;
			}
			if (ch == '\r') {
				/* CR LF inside quotes is a line break as
				 * outside: kept as LF alone */
				int nx = csv_getc(c);

				if (nx == '\n')
					ch = nx;
				else
					csv_ungetc(c, nx);
			}
			if (ch == '\n')
				c->line++;
			if (csv_char(c, &b, ch, err) == -1)
				goto fail;
			continue;
		}
		if (ch == '\r') {
			int nx = csv_getc(c);

			if (nx != '\n') {
				csv_ungetc(c, nx);
				if (after) {
					csv_fail(c, err, c->line, "characters "
					    "after a closing quote");
					goto fail;
				}
				if (csv_char(c, &b, ch, err) == -1)
					goto fail;
				continue;
			}
			ch = '\n';
		}
		if (ch == '\n') {
			c->line++;
			if (csv_push(c, &b, err) == -1)
				goto fail;
			return 1;
		}
		if (ch == ',') {
			if (csv_push(c, &b, err) == -1)
				goto fail;
			quoted = after = 0;
			continue;
		}
		if (after && csv_blank(ch))
			continue;	/* GAO writes "…" ,,, */
		if (after) {
			csv_fail(c, err, c->line, "characters after a closing "
			    "quote (a quote inside a quoted field is written "
			    "\"\")");
			goto fail;
		}
		if (ch == '"' && b.len == 0 && !quoted) {
			quoted = inq = 1;
			qline = c->line;
			continue;
		}
		if (csv_char(c, &b, ch, err) == -1)
			goto fail;
	}
fail:
	rt_buf_free(&b);
	csv_clear(c);
	return -1;
}

/* ---- entities and dates ----------------------------------------------- */

/* Write code point cp as UTF-8 at d; its length, 0 when not valid. */
static size_t
utf8_put(char *d, unsigned long cp)
{
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	if (cp < 0x80) {
		d[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		d[0] = (char)(0xC0 | (cp >> 6));
		d[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		d[0] = (char)(0xE0 | (cp >> 12));
		d[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		d[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	d[0] = (char)(0xF0 | (cp >> 18));
	d[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	d[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	d[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

void
rt_html_unescape(char *s)
{
	static const struct { const char *name; unsigned long cp; } ents[] = {
		{ "amp", '&' }, { "lt", '<' }, { "gt", '>' },
		{ "quot", '"' }, { "apos", '\'' }, { "nbsp", 0xA0 },
		{ "ndash", 0x2013 }, { "mdash", 0x2014 },
	};
	char *r = s, *w = s;

	while (*r) {
		const char *semi;
		unsigned long cp = 0;
		size_t i, len, k;
		int ok = 0;

		if (*r != '&' || (semi = strchr(r, ';')) == NULL ||
		    semi - r > 10) {
			*w++ = *r++;
			continue;
		}
		len = (size_t)(semi - r - 1);
		if (r[1] == '#') {
			char *end;
			int hex = r[2] == 'x' || r[2] == 'X';

			if (len > (size_t)(1 + hex) &&
			    isxdigit((unsigned char)r[2 + hex])) {
				cp = strtoul(r + 2 + hex, &end, hex ? 16 : 10);
				ok = end == semi;
			}
		} else
			for (i = 0; i < sizeof(ents) / sizeof(ents[0]); i++)
				if (strlen(ents[i].name) == len &&
				    strncmp(r + 1, ents[i].name, len) == 0) {
					cp = ents[i].cp;
					ok = 1;
				}
		/* the UTF-8 form is never longer than the reference */
		if (ok && (k = utf8_put(w, cp)) != 0) {
			w += k;
			r = (char *)semi + 1;
		} else
			*w++ = *r++;
	}
	*w = '\0';
}

static const char *const months[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

int
rt_gao_date_parse(const char *s, char out[11], const char **end)
{
	char iso[32];
	int m, d = 0, y = 0, nd = 0, ny = 0;
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	for (n = 0; isalpha((unsigned char)s[n]); n++)
		continue;
	for (m = 0; m < 12; m++)
		if ((n == 3 || n == strlen(months[m])) &&
		    strncasecmp(s, months[m], n) == 0)
			break;
	if (m == 12 || n < 3)
		return -1;
	s += n;
	if (*s == '.')
		s++;
	while (*s == ' ')
		s++;
	for (; isdigit((unsigned char)*s) && nd < 2; nd++)
		d = d * 10 + *s++ - '0';
	if (nd == 0 || *s++ != ',')
		return -1;
	while (*s == ' ')
		s++;
	for (; isdigit((unsigned char)*s) && ny < 4; ny++)
		y = y * 10 + *s++ - '0';
	if (ny != 4 || isdigit((unsigned char)*s))
		return -1;
	snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, m + 1, d);
	if (!rt_date_valid(iso))
		return -1;
	memcpy(out, iso, 11);
	if (end)
		*end = s;
	else {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s)
			return -1;
	}
	return 0;
}

void
rt_gao_date_format(const char *iso, char *out, size_t size)
{
	int y, m, d;

	if (rt_date_parse(iso, &y, &m, &d) != 0) {
		snprintf(out, size, "%s", iso);
		return;
	}
	snprintf(out, size, "%.3s %d, %04d", months[m - 1], d, y);
}

/* ---- vocabulary --------------------------------------------------------- */

static const char *const gao_labels[RT_GAO_NSTATUS] = {
	"Open", "Open--Partially Addressed", "Closed--Implemented",
	"Closed--Not Implemented",
};

/* Lower case, blanks collapsed, every dash run (with the blanks around
 * it) one '-': "Open – Partially Addressed" -> "open-partially addressed". */
static void
normalize(const char *s, char *out, size_t size)
{
	size_t n = 0;
	int dash = 0, blank = 0;

	while (*s && n + 2 < size) {
		if (*s == '-' || strncmp(s, "\xe2\x80\x93", 3) == 0 ||
		    strncmp(s, "\xe2\x80\x94", 3) == 0) {
			s += *s == '-' ? 1 : 3;
			dash = 1;
			blank = 0;
			continue;
		}
		if (isspace((unsigned char)*s) ||
		    strncmp(s, "\xc2\xa0", 2) == 0) {
			s += *s == '\xc2' ? 2 : 1;
			blank = 1;
			continue;
		}
		if (dash) {
			if (n > 0)
				out[n++] = '-';
		} else if (blank && n > 0)
			out[n++] = ' ';
		dash = blank = 0;
		out[n++] = (char)tolower((unsigned char)*s++);
	}
	out[n] = '\0';
}

int
rt_gao_status_parse(const char *s)
{
	char a[64], b[64];
	int i;

	normalize(s, a, sizeof(a));
	for (i = 0; i < RT_GAO_NSTATUS; i++) {
		normalize(gao_labels[i], b, sizeof(b));
		if (strcmp(a, b) == 0)
			return i;
	}
	return -1;
}

const char *
rt_gao_status_label(int st)
{
	return st >= 0 && st < RT_GAO_NSTATUS ? gao_labels[st] : "";
}

int
rt_gao_status_of(int status, int partially_addressed)
{
	if (status == RT_CLOSED_IMPLEMENTED)
		return RT_GAO_CLOSED_IMPLEMENTED;
	if (status == RT_CLOSED_NOT_IMPLEMENTED)
		return RT_GAO_CLOSED_NOT_IMPLEMENTED;
	return partially_addressed ? RT_GAO_OPEN_PARTIAL : RT_GAO_OPEN;
}

/* ---- the file ------------------------------------------------------------ */

static const char *const col_names[RT_GAO_NCOLS] = {
	"Publication Name", "Publication Number", "Date Publication Issued",
	"Director Name", "Director Phone", "Agency", "Recommendation",
	"Status", "Priority", "Comments", "Topics",
};

/* Columns an export may lack. */
static int
optional(int c)
{
	return c == RT_GAO_DIRECTOR || c == RT_GAO_PHONE ||
	    c == RT_GAO_PRIORITY || c == RT_GAO_COMMENTS || c == RT_GAO_TOPICS;
}

const char *
rt_gao_col_name(int c)
{
	return c >= 0 && c < RT_GAO_NCOLS ? col_names[c] : "";
}

static void
trim(char *s)
{
	size_t n = strlen(s), i = 0;

	while (n > 0 && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	while (isspace((unsigned char)s[i]))
		i++;
	if (i)
		memmove(s, s + i, n - i + 1);
}

static int
all_empty(const struct rt_csv *c)
{
	size_t i;
	const char *p;

	for (i = 0; i < c->n; i++)
		for (p = c->f[i]; *p; p++)
			if (!isspace((unsigned char)*p))
				return 0;
	return 1;
}

/* The column a header cell names; -1 when none. */
static int
header_col(const char *cell)
{
	char a[64], b[64];
	int i;

	normalize(cell, a, sizeof(a));
	for (i = 0; i < RT_GAO_NCOLS; i++) {
		normalize(col_names[i], b, sizeof(b));
		if (strcmp(a, b) == 0)
			return i;
	}
	return -1;
}

/* "…, status as of Sep 28, 2026 at 7:05 PM EST" */
static void
preamble(struct rt_gao_file *g, const struct rt_csv *c)
{
	const char *p;
	size_t i;

	for (i = 0; i < c->n; i++)
		for (p = c->f[i]; (p = strstr(p, "as of")) != NULL; p += 5)
			if (rt_gao_date_parse(p + 5, g->snapshot, &p) == 0)
				return;
}

static struct rt_error *
col_error(const char *name, int line, int col, const char *fmt, const char *v)
{
	char q[96] = "";

	rt_escape_append(q, sizeof(q), v ? v : "");
	return rt_error_new(RT_EINVAL, "%s:%d: column %s: %s%s%s%s", name,
	    line, col_names[col], fmt, v ? " \"" : "", v ? q : "",
	    v ? "\"" : "");
}

/*
 * The N of "… (WORD N)" at the end of text, WORD being "Recommendation"
 * or "Matter" (any case), prefix in front of it; NULL when text does not
 * end so (*nomem set when out of memory).
 */
static char *
tail_number(const char *text, const char *word, const char *prefix,
    int *nomem)
{
	const char *end = text + strlen(text), *p;
	size_t n, i, w = strlen(word);
	struct rt_buf b = { 0 };

	if (end == text || end[-1] != ')')
		return NULL;
	for (p = end - 1; p > text && p[-1] != '('; p--)
		continue;
	if (p == text || strncasecmp(p, word, w) != 0)
		return NULL;
	p += w;
	while (*p == ' ')
		p++;
	n = (size_t)(end - 1 - p);
	while (n > 0 && p[n - 1] == ' ')
		n--;
	if (n == 0 || n > 16)
		return NULL;
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)p[i]) && p[i] != '-' &&
		    p[i] != '.')
			return NULL;
	if (rt_buf_printf(&b, "%s%.*s", prefix, (int)n, p) == -1 ||
	    b.s == NULL) {
		rt_buf_free(&b);
		*nomem = 1;
		return NULL;
	}
	return b.s;
}

/* The agency GAO names for a matter for congressional consideration. */
static int
is_congress(const char *agency)
{
	return strcasecmp(agency, "Congress") == 0;
}

/* Whether the agency path names at least one agency (not just colons). */
static int
names_agency(const char *path)
{
	for (; *path; path++)
		if (*path != ':' && !isspace((unsigned char)*path))
			return 1;
	return 0;
}

/* The offset of the first byte of s that is not part of well-formed
 * UTF-8; -1 when s is all UTF-8. */
static long
bad_utf8(const char *s)
{
	const char *p = s;
	unsigned long cp;
	size_t k;

	while (*p) {
		if ((unsigned char)*p < 0x80) {
			p++;
			continue;
		}
		if ((k = rt_utf8_seq(p, &cp)) == 0)
			return (long)(p - s);
		p += k;
	}
	return -1;
}

static struct rt_error *
take_row(const char *name, struct rt_gao_file *g, const struct rt_csv *c,
    const int *map)
{
	struct rt_gao_row *rows, *r;
	size_t i;
	int k, nomem = 0;

	if (g->nrows == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 64;

		if (cap > SIZE_MAX / sizeof(*rows) ||
		    (rows = realloc(g->rows, cap * sizeof(*rows))) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		g->rows = rows;
		g->cap = cap;
	}
	rows = g->rows;
	r = &rows[g->nrows++];
	memset(r, 0, sizeof(*r));
	r->line = c->start;
	for (i = 0; i < c->n; i++) {
		long bad;

		if (map[i] < 0 || r->v[map[i]] != NULL)
			continue;
		if ((bad = bad_utf8(c->f[i])) >= 0)
			return rt_error_new(RT_EINVAL, "%s:%d: column %s: not "
			    "UTF-8 at byte %ld of the value (0x%02X); save the "
			    "file as \"CSV UTF-8\"", name, r->line,
			    col_names[map[i]], bad + 1,
			    (unsigned char)c->f[i][bad]);
		if ((r->v[map[i]] = rt_strdup(c->f[i])) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		rt_html_unescape(r->v[map[i]]);
		trim(r->v[map[i]]);
		/* the ' a CSV writer puts in front of a formula */
		if (r->v[map[i]][0] == '\'' && rt_csv_formula(r->v[map[i]] + 1))
			memmove(r->v[map[i]], r->v[map[i]] + 1,
			    strlen(r->v[map[i]]));
	}
	for (k = 0; k < RT_GAO_NCOLS; k++)
		if (r->v[k] == NULL && (r->v[k] = rt_strdup("")) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
	for (k = 0; k < RT_GAO_NCOLS; k++)
		if (!optional(k) && r->v[k][0] == '\0' &&
		    k != RT_GAO_ISSUED)
			return col_error(name, r->line, k, "is empty", NULL);
	if (rt_gao_date_parse(r->v[RT_GAO_ISSUED], r->issued, NULL) != 0)
		return col_error(name, r->line, RT_GAO_ISSUED, "not a date "
		    "like \"Sep 28, 2026\":", r->v[RT_GAO_ISSUED]);
	if ((r->status = rt_gao_status_parse(r->v[RT_GAO_STATUS])) < 0)
		return col_error(name, r->line, RT_GAO_STATUS, "unknown status "
		    "(expected Open, Open--Partially Addressed, "
		    "Closed--Implemented or Closed--Not Implemented):",
		    r->v[RT_GAO_STATUS]);
	if (strcasecmp(r->v[RT_GAO_PRIORITY], "yes") == 0)
		r->priority = 1;
	else if (r->v[RT_GAO_PRIORITY][0] &&
	    strcasecmp(r->v[RT_GAO_PRIORITY], "no") != 0)
		return col_error(name, r->line, RT_GAO_PRIORITY, "expected Yes "
		    "or No, not", r->v[RT_GAO_PRIORITY]);
	if (strchr(r->v[RT_GAO_PUB_NUMBER], '#') != NULL)
		return col_error(name, r->line, RT_GAO_PUB_NUMBER, "cannot "
		    "contain '#':", r->v[RT_GAO_PUB_NUMBER]);
	if (!names_agency(r->v[RT_GAO_AGENCY]))
		return col_error(name, r->line, RT_GAO_AGENCY, "names no agency "
		    "(expected a name, or names separated by colons):",
		    r->v[RT_GAO_AGENCY]);
	r->number = tail_number(r->v[RT_GAO_REC], "Recommendation", "",
	    &nomem);
	if (r->number == NULL && !nomem && is_congress(r->v[RT_GAO_AGENCY])) {
		/* a matter; one without "(Matter N)" is numbered later */
		r->matter = 1;
		r->number = tail_number(r->v[RT_GAO_REC], "Matter", "M",
		    &nomem);
	}
	if (nomem)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (r->number == NULL && !r->matter)
		return col_error(name, r->line, RT_GAO_REC, "the text does not "
		    "end with \"(Recommendation N)\"", NULL);
	return NULL;
}

/* ---- rows in order ----------------------------------------------------- */

/* A row sorted by a, then b, then c (when both have one), then its place
 * in the file, so that equal keys keep file order. */
struct row_key {
	const char *a, *b, *c;
	size_t i;
};

/* Order by a and b only: what a bsearch for (a, b) needs. */
static int
key_ab(const void *x, const void *y)
{
	const struct row_key *p = x, *q = y;
	int d;

	if ((d = strcmp(p->a, q->a)) != 0)
		return d;
	return strcmp(p->b, q->b);
}

static int
key_cmp(const void *x, const void *y)
{
	const struct row_key *p = x, *q = y;
	int d;

	if ((d = key_ab(p, q)) != 0)
		return d;
	if (p->c && q->c && (d = strcmp(p->c, q->c)) != 0)
		return d;
	return p->i < q->i ? -1 : p->i > q->i;
}

/* nrows keys (at least one), or NULL when out of memory. */
static struct row_key *
keys_new(size_t nrows)
{
	if (nrows >= SIZE_MAX / sizeof(struct row_key))
		return NULL;
	return malloc((nrows + 1) * sizeof(struct row_key));
}

/*
 * Number the matters that have no "(Matter N)": in file order within
 * their publication, each gets M1, M2, … the smallest that no row of the
 * publication has.  The same file always gives the same numbers.  The
 * numbered rows are sorted by (publication, number) and looked up, the
 * unnumbered ones sorted by publication in file order.
 */
static struct rt_error *
number_matters(struct rt_gao_file *g)
{
	struct row_key *taken, *todo, want;
	struct rt_error *err = NULL;
	char cand[32];
	size_t i, nt = 0, nd = 0;
	long n = 0;

	taken = keys_new(g->nrows);
	todo = keys_new(g->nrows);
	if (taken == NULL || todo == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < g->nrows; i++) {
		const struct rt_gao_row *r = &g->rows[i];
		struct row_key k = { r->v[RT_GAO_PUB_NUMBER], r->number, NULL,
		    i };

		if (r->number != NULL)
			taken[nt++] = k;
		else {
			k.b = "";
			todo[nd++] = k;
		}
	}
	qsort(taken, nt, sizeof(*taken), key_cmp);
	qsort(todo, nd, sizeof(*todo), key_cmp);
	for (i = 0; i < nd; i++) {
		if (i == 0 || strcmp(todo[i].a, todo[i - 1].a) != 0)
			n = 0;		/* the first of its publication */
		want.a = todo[i].a;
		want.b = cand;
		do
			snprintf(cand, sizeof(cand), "M%ld", ++n);
		while (bsearch(&want, taken, nt, sizeof(*taken), key_ab));
		if ((g->rows[todo[i].i].number = rt_strdup(cand)) == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
	}
done:
	free(taken);
	free(todo);
	return err;
}

/* Link each row to the next of its publication (rt_gao_row.next) and to
 * the first of its agency (rt_gao_row.agency_first). */
static struct rt_error *
link_rows(struct rt_gao_file *g)
{
	struct row_key *k;
	size_t i;

	if ((k = keys_new(g->nrows)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; i < g->nrows; i++)
		k[i] = (struct row_key){ g->rows[i].v[RT_GAO_PUB_NUMBER], "",
		    NULL, i };
	qsort(k, g->nrows, sizeof(*k), key_cmp);
	for (i = 0; i < g->nrows; i++)
		g->rows[k[i].i].next = i + 1 < g->nrows &&
		    strcmp(k[i + 1].a, k[i].a) == 0 ? k[i + 1].i : g->nrows;
	for (i = 0; i < g->nrows; i++)
		k[i] = (struct row_key){ g->rows[i].v[RT_GAO_AGENCY], "",
		    NULL, i };
	qsort(k, g->nrows, sizeof(*k), key_cmp);
	for (i = 0; i < g->nrows; i++)
		g->rows[k[i].i].agency_first = i > 0 &&
		    strcmp(k[i - 1].a, k[i].a) == 0 ?
		    g->rows[k[i - 1].i].agency_first : k[i].i;
	free(k);
	return NULL;
}

struct rt_error *
rt_gao_read(FILE *fp, const char *name, struct rt_gao_file *g)
{
	struct rt_csv c;
	struct rt_error *err = NULL;
	int map[RT_CSV_MAX_FIELDS], header = 0, k, got;
	size_t i, ncols = 0;

	memset(g, 0, sizeof(*g));
	rt_csv_init(&c, fp, name);
	while ((got = rt_csv_next(&c, &err)) == 1) {
		if (all_empty(&c))
			continue;
		if (!header) {
			for (i = 0; i < c.n; i++)
				map[i] = header_col(c.f[i]);
			for (i = 0; i < c.n && map[i] != RT_GAO_PUB_NUMBER; i++)
				continue;
			if (i == c.n) {
				preamble(g, &c);
				continue;
			}
			header = c.start;
			ncols = c.n;
			for (i = 0; i < c.n; i++)
				if (map[i] >= 0) {
					if (g->has[map[i]]) {
						err = col_error(name, c.start,
						    map[i], "appears twice in "
						    "the header", NULL);
						goto done;
					}
					g->has[map[i]] = 1;
				}
			for (k = 0; k < RT_GAO_NCOLS; k++)
				if (!g->has[k] && !optional(k)) {
					err = col_error(name, c.start, k,
					    "missing from the header", NULL);
					goto done;
				}
			continue;
		}
		if (c.n != ncols) {
			err = rt_error_new(RT_EINVAL, "%s:%d: a row of %zu "
			    "fields; the header (line %d) has %zu", name,
			    c.start, c.n, header, ncols);
			goto done;
		}
		if ((err = take_row(name, g, &c, map)) != NULL)
			goto done;
	}
	if (got == 0 && !header)
		err = rt_error_new(RT_EINVAL, "%s: no header row (a row naming "
		    "Publication Number, Agency, Recommendation, Status…)",
		    name);
	else if (got == 0 && (err = number_matters(g)) == NULL)
		err = link_rows(g);
done:
	rt_csv_free(&c);
	return err;
}

void
rt_gao_file_free(struct rt_gao_file *g)
{
	size_t i;
	int k;

	for (i = 0; i < g->nrows; i++) {
		for (k = 0; k < RT_GAO_NCOLS; k++)
			free(g->rows[i].v[k]);
		free(g->rows[i].number);
	}
	free(g->rows);
	memset(g, 0, sizeof(*g));
}

/* ---- agencies ------------------------------------------------------------ */

struct agencies {
	struct rt_agency *a;
	size_t n;
	int nomem;
};

static int
agency_cb(const struct rt_agency *ag, void *arg)
{
	struct agencies *l = arg;
	struct rt_agency *a = realloc(l->a, (l->n + 1) * sizeof(*a));

	if (a == NULL) {
		l->nomem = 1;
		return 1;
	}
	l->a = a;
	memset(&a[l->n], 0, sizeof(a[0]));
	a[l->n].code = rt_strdup(ag->code);
	a[l->n].name = rt_strdup(ag->name);
	a[l->n].parent = ag->parent ? rt_strdup(ag->parent) : NULL;
	if (!a[l->n].code || !a[l->n].name || (ag->parent && !a[l->n].parent))
		l->nomem = 1;
	l->n++;
	return 0;
}

static void
agencies_free(struct agencies *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		rt_agency_free(&l->a[i]);
	free(l->a);
}

static struct rt_error *
agencies_load(struct rt_store *st, struct agencies *l)
{
	struct rt_error *err;

	memset(l, 0, sizeof(*l));
	if ((err = rt_store_agency_list(st, agency_cb, l)) == NULL && l->nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	return err;
}

/* The initials of the significant words of name: "Department of
 * Homeland Security" -> "DHS". */
static void
initials(const char *name, char *out, size_t size)
{
	static const char *const small[] = { "of", "the", "and", "for",
	    "on", "in", "to", "a", "an", "at", "by", "&" };
	size_t n = 0, len, i;
	const char *p = name;

	while (*p && n + 1 < size) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		for (len = 0; p[len] && !isspace((unsigned char)p[len]); len++)
			continue;
		if (len == 0)
			break;
		for (i = 0; i < sizeof(small) / sizeof(small[0]); i++)
			if (strlen(small[i]) == len &&
			    strncasecmp(p, small[i], len) == 0)
				break;
		if (i == sizeof(small) / sizeof(small[0]))
			out[n++] = (char)toupper((unsigned char)*p);
		p += len;
	}
	out[n] = '\0';
	if (n == 0)
		snprintf(out, size, "AGENCY");
}

static const struct rt_agency *
find_code(const struct agencies *l, const char *code)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->a[i].code, code) == 0)
			return &l->a[i];
	return NULL;
}

struct rt_error *
rt_gao_agency(struct rt_store *st, const char *path, int create,
    int *created, char **code)
{
	struct agencies l;
	struct rt_error *err;
	char *copy, *step, *next, *parent = NULL;
	size_t i;

	*code = NULL;
	if ((copy = rt_strdup(path)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if ((err = agencies_load(st, &l)) != NULL)
		goto done;
	for (step = copy; step != NULL; step = next) {
		char base[24], cand[40];
		struct rt_agency ag;
		int k;

		if ((next = strchr(step, ':')) != NULL)
			*next++ = '\0';
		trim(step);
		if (*step == '\0')
			continue;
		for (i = 0; i < l.n; i++)
			if (strcmp(l.a[i].name, step) == 0 &&
			    ((parent == NULL && l.a[i].parent == NULL) ||
			    (parent && l.a[i].parent &&
			    strcmp(parent, l.a[i].parent) == 0)))
				break;
		if (i < l.n) {
			parent = l.a[i].code;
			continue;
		}
		if (!create) {
			parent = NULL;
			goto done;
		}
		initials(step, base, sizeof(base));
		snprintf(cand, sizeof(cand), "%s", base);
		for (k = 2; find_code(&l, cand) != NULL; k++)
			snprintf(cand, sizeof(cand), "%s%d", base, k);
		memset(&ag, 0, sizeof(ag));
		ag.code = cand;
		ag.name = step;
		ag.parent = parent;
		if ((err = rt_store_agency_add(st, &ag)) != NULL)
			goto done;
		(*created)++;
		agencies_free(&l);
		if ((err = agencies_load(st, &l)) != NULL)
			goto done;
		parent = (char *)find_code(&l, cand)->code;
	}
	if (parent && (*code = rt_strdup(parent)) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
done:
	agencies_free(&l);
	free(copy);
	return err;
}

/* Agencies sorted by code: the entries of a struct agencies (whose
 * strings they share), for lookups by code in log time. */
struct by_code {
	struct rt_agency *a;
	size_t n;
};

static int
code_cmp(const void *x, const void *y)
{
	const struct rt_agency *p = x, *q = y;

	return strcmp(p->code, q->code);
}

static struct rt_error *
by_code_make(const struct agencies *l, struct by_code *s)
{
	s->n = l->n;
	if ((s->a = malloc((l->n + 1) * sizeof(*s->a))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (l->n > 0)
		memcpy(s->a, l->a, l->n * sizeof(*s->a));
	qsort(s->a, s->n, sizeof(*s->a), code_cmp);
	return NULL;
}

static const struct rt_agency *
by_code_find(const struct by_code *s, const char *code)
{
	struct rt_agency key;

	memset(&key, 0, sizeof(key));
	key.code = (char *)code;
	return bsearch(&key, s->a, s->n, sizeof(*s->a), code_cmp);
}

/* The GAO path of code (rt_gao_agency_path) among the agencies s. */
static struct rt_error *
path_of(const struct by_code *s, const char *code, char **path)
{
	const struct rt_agency *a;
	struct rt_buf b = { 0 };
	char *tmp;
	int depth = 0;

	*path = NULL;
	for (a = by_code_find(s, code); a != NULL && depth < 32; depth++) {
		tmp = b.s;
		b.s = NULL;
		b.len = b.cap = 0;
		rt_buf_printf(&b, "%s%s%s", a->name, tmp ? ": " : "",
		    tmp ? tmp : "");
		free(tmp);
		a = a->parent ? by_code_find(s, a->parent) : NULL;
	}
	if (b.s == NULL && (b.s = rt_strdup(code)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	*path = b.s;
	return NULL;
}

struct rt_error *
rt_gao_agency_path(struct rt_store *st, const char *code, char **path)
{
	struct agencies l;
	struct by_code s = { NULL, 0 };
	struct rt_error *err;

	*path = NULL;
	if ((err = agencies_load(st, &l)) == NULL &&
	    (err = by_code_make(&l, &s)) == NULL)
		err = path_of(&s, code, path);
	free(s.a);
	agencies_free(&l);
	return err;
}

/* ---- numbers ------------------------------------------------------------ */

struct rt_error *
rt_gao_numbers(const char *name, const struct rt_gao_file *g,
    char *const *codes, char **numbers)
{
	struct row_key *k;
	struct rt_error *err = NULL;
	size_t i, s, e, first = 0, dup = g->nrows, also = 0;

	for (i = 0; i < g->nrows; i++)
		numbers[i] = NULL;
	if ((k = keys_new(g->nrows)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; i < g->nrows; i++)
		k[i] = (struct row_key){ g->rows[i].v[RT_GAO_PUB_NUMBER],
		    g->rows[i].number, codes[i], i };
	qsort(k, g->nrows, sizeof(*k), key_cmp);
	/* runs of one publication and number [s, e), by agency, each
	 * agency's rows in file order */
	for (s = 0; s < g->nrows && err == NULL; s = e) {
		for (e = s + 1; e < g->nrows && key_ab(&k[e], &k[s]) == 0; e++)
			continue;
		for (i = s; i < e; i++) {
			const struct rt_gao_row *r = &g->rows[k[i].i];
			struct rt_buf b = { 0 };

			if (i == s || strcmp(k[i].c, k[i - 1].c) != 0)
				first = k[i].i;
			else if (k[i].i < dup) {
				/* the same agency again: of all such rows, the
				 * first in the file is named */
				dup = k[i].i;
				also = first;
			}
			if (e - s > 1)
				rt_buf_printf(&b, "%s-%s", r->number, k[i].c);
			else
				rt_buf_puts(&b, r->number);
			if ((numbers[k[i].i] = b.s) == NULL) {
				err = rt_error_new(RT_ENOMEM, "out of memory");
				break;
			}
		}
	}
	free(k);
	if (err == NULL && dup < g->nrows) {
		const struct rt_gao_row *r = &g->rows[dup];

		err = rt_error_new(RT_EINVAL, "%s:%d: column Recommendation: "
		    "recommendation %s of %s for %s is also on line %d", name,
		    r->line, r->number, r->v[RT_GAO_PUB_NUMBER],
		    r->v[RT_GAO_AGENCY], g->rows[also].line);
	}
	if (err)
		for (i = 0; i < g->nrows; i++) {
			free(numbers[i]);
			numbers[i] = NULL;
		}
	return err;
}

/* ---- writing ------------------------------------------------------------ */

/* One field, always quoted, with & < > as GAO writes them and a ' in
 * front of a formula (rt_csv_formula), as every CSV output writes it. */
static void
put_field(FILE *fp, const char *s, int last)
{
	putc('"', fp);
	if (s && rt_csv_formula(s))
		putc('\'', fp);
	for (; s && *s; s++) {
		if (*s == '"')
			fputs("\"\"", fp);
		else if (*s == '&')
			fputs("&amp;", fp);
		else if (*s == '<')
			fputs("&lt;", fp);
		else if (*s == '>')
			fputs("&gt;", fp);
		else
			putc(*s, fp);
	}
	putc('"', fp);
	fputs(last ? "\r\n" : ",", fp);
}

struct gao_item {
	int64_t id;
	char *report, *number, *text, *agency;
	int status, partial, flag;
};

struct gao_items {
	struct gao_item *it;
	size_t n, cap;
	int flag;		/* the flag Priority shows */
	int nomem;
};

static int
item_cb(const struct rt_rec *rec, void *arg)
{
	struct gao_items *l = arg;
	struct gao_item *it;

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;

		if (cap > SIZE_MAX / sizeof(*it) ||
		    (it = realloc(l->it, cap * sizeof(*it))) == NULL) {
			l->nomem = 1;
			return 1;
		}
		l->it = it;
		l->cap = cap;
	}
	it = &l->it[l->n++];
	it->id = rec->id;
	it->report = rt_strdup(rec->report);
	it->number = rt_strdup(rec->number);
	it->text = rt_strdup(rec->text);
	it->agency = rt_strdup(rec->agency);
	it->status = rec->status;
	it->partial = rec->partially_addressed;
	it->flag = rt_flag_get(rec, l->flag);
	if (!it->report || !it->number || !it->text || !it->agency)
		l->nomem = 1;
	return 0;
}

/* The latest comment an import of GAO's file recorded; NULL if none. */
static const char *
last_comment(const struct rt_events *h)
{
	size_t i;

	for (i = h->n; i-- > 0;)
		if (strcmp(h->ev[i].kind, "note") == 0 && h->ev[i].field &&
		    strcmp(h->ev[i].field, RT_GAO_COMMENT_FIELD) == 0)
			return h->ev[i].note;
	return NULL;
}

const char *
rt_gao_last_comment(const struct rt_events *h)
{
	return last_comment(h);
}

struct rt_error *
rt_gao_export(struct rt_store *st, const struct rt_config *cfg,
    const char *snapshot, FILE *fp)
{
	struct rt_filter f;
	struct gao_items l;
	struct agencies ags = { NULL, 0, 0 };
	struct by_code by = { NULL, 0 };
	struct rt_report rep;
	struct rt_error *err;
	char day[32], issued[32];
	size_t i;
	int k, have = 0;

	memset(&f, 0, sizeof(f));
	memset(&l, 0, sizeof(l));
	memset(&rep, 0, sizeof(rep));
	f.issuer = "gao";
	l.flag = cfg->gao_priority_flag;
	if ((err = rt_export_recs(st, &f, item_cb, &l)) == NULL && l.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err || (err = agencies_load(st, &ags)) != NULL ||
	    (err = by_code_make(&ags, &by)) != NULL)
		goto done;
	rt_gao_date_format(snapshot, day, sizeof(day));
	fputs("\"Title: Download of GAO Recommendation Results\"\r\n", fp);
	fputs("\"Prepared by: rectrack\"\r\n", fp);
	fprintf(fp, "\"Source: rectrack database, status as of %s\"\r\n", day);
	for (k = 0; k < RT_GAO_NCOLS - 1; k++)
		putc(',', fp);
	fputs("\r\n", fp);
	for (k = 0; k < RT_GAO_NCOLS; k++)
		put_field(fp, col_names[k], k == RT_GAO_NCOLS - 1);
	for (i = 0; i < l.n; i++) {
		const struct gao_item *it = &l.it[i];
		struct rt_events h;
		char *path = NULL, *topics = NULL;
		struct rt_buf tb = { 0 };
		size_t t;

		if (!have || strcmp(rep.number, it->report) != 0) {
			rt_report_free(&rep);
			have = 0;
			if ((err = rt_store_report_get(st, it->report, &rep)))
				goto done;
			have = 1;
		}
		for (t = 0; t < rep.ntopics; t++)
			rt_buf_printf(&tb, "%s%s", t ? "; " : "",
			    rep.topics[t]);
		topics = tb.s;
		if ((err = path_of(&by, it->agency, &path)) != NULL) {
			free(topics);
			goto done;
		}
		if ((err = rt_events_load(st, it->id, &h)) != NULL) {
			free(path);
			free(topics);
			goto done;
		}
		rt_gao_date_format(rep.issued, issued, sizeof(issued));
		put_field(fp, rep.title, 0);
		put_field(fp, rep.number, 0);
		put_field(fp, issued, 0);
		put_field(fp, "", 0);
		put_field(fp, "", 0);
		put_field(fp, path, 0);
		put_field(fp, it->text, 0);
		put_field(fp, rt_gao_status_label(rt_gao_status_of(it->status,
		    it->partial)), 0);
		put_field(fp, it->flag ? "Yes" : "No", 0);
		put_field(fp, last_comment(&h), 0);
		put_field(fp, topics, 1);
		rt_events_free(&h);
		free(path);
		free(topics);
	}
	if (fflush(fp) != 0 || ferror(fp))
		err = rt_error_new(RT_EIO, "cannot write the export: %s",
		    strerror(errno));
done:
	if (have)
		rt_report_free(&rep);
	free(by.a);
	agencies_free(&ags);
	for (i = 0; i < l.n; i++) {
		free(l.it[i].report);
		free(l.it[i].number);
		free(l.it[i].text);
		free(l.it[i].agency);
	}
	free(l.it);
	return err;
}

/* ---- reconciliation ------------------------------------------------------ */

const char *
rt_gao_diff_name(int kind)
{
	static const char *const names[] = { "not in database", "not in file",
	    "status differs", "priority differs" };

	return kind >= 0 && kind <= RT_GAO_PRIORITY_DIFFERS ? names[kind] : "";
}

struct diffs {
	struct rt_gao_diff *d;
	size_t n, cap;
};

static struct rt_error *
diff_add(struct diffs *l, int kind, const char *report, const char *number,
    const char *agency, const char *file, const char *db, int line)
{
	struct rt_gao_diff *d;
	struct rt_buf id = { 0 };

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;

		if (cap > SIZE_MAX / sizeof(*d) ||
		    (d = realloc(l->d, cap * sizeof(*d))) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		l->d = d;
		l->cap = cap;
	}
	d = &l->d[l->n++];
	memset(d, 0, sizeof(*d));
	d->kind = kind;
	d->line = line;
	rt_buf_printf(&id, "%s#%s", report, number);
	d->id = id.s;
	d->agency = agency ? rt_strdup(agency) : NULL;
	d->file = file ? rt_strdup(file) : NULL;
	d->db = db ? rt_strdup(db) : NULL;
	if (!d->id || (agency && !d->agency) || (file && !d->file) ||
	    (db && !d->db))
		return rt_error_new(RT_ENOMEM, "out of memory");
	return NULL;
}

void
rt_gao_diffs_free(struct rt_gao_diff *d, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(d[i].id);
		free(d[i].agency);
		free(d[i].file);
		free(d[i].db);
	}
	free(d);
}

static int
id_cmp(const void *x, const void *y)
{
	const int64_t *p = x, *q = y;

	return *p < *q ? -1 : *p > *q;
}

struct rt_error *
rt_gao_reconcile(struct rt_store *st, const struct rt_config *cfg,
    const struct rt_gao_file *g, struct rt_gao_diff **out, size_t *n)
{
	struct diffs l = { NULL, 0, 0 };
	struct agencies ags = { NULL, 0, 0 };
	struct by_code by = { NULL, 0 };
	struct rt_filter f;
	struct gao_items all;
	struct rt_error *err = NULL;
	char **codes = NULL, **numbers = NULL;
	int64_t *seen = NULL;
	size_t i, j, nseen = 0;
	int dummy = 0;

	*out = NULL;
	*n = 0;
	memset(&all, 0, sizeof(all));
	codes = calloc(g->nrows + 1, sizeof(*codes));
	numbers = calloc(g->nrows + 1, sizeof(*numbers));
	seen = calloc(g->nrows + 1, sizeof(*seen));
	if (!codes || !numbers || !seen) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	/* an agency the database does not know: no code, so no match; each
	 * agency looked up once */
	for (i = 0; i < g->nrows; i++) {
		if ((j = g->rows[i].agency_first) < i) {
			if (codes[j][0] != '?' &&
			    (codes[i] = rt_strdup(codes[j])) == NULL) {
				err = rt_error_new(RT_ENOMEM, "out of memory");
				goto done;
			}
		} else if ((err = rt_gao_agency(st,
		    g->rows[i].v[RT_GAO_AGENCY], 0, &dummy, &codes[i])) != NULL)
			goto done;
		if (codes[i] == NULL) {
			struct rt_buf b = { 0 };

			rt_buf_printf(&b, "?%zu", i);
			if ((codes[i] = b.s) == NULL) {
				err = rt_error_new(RT_ENOMEM, "out of memory");
				goto done;
			}
		}
	}
	if ((err = rt_gao_numbers("file", g, codes, numbers)) != NULL)
		goto done;
	for (i = 0; i < g->nrows; i++) {
		const struct rt_gao_row *r = &g->rows[i];
		const char *pub = r->v[RT_GAO_PUB_NUMBER];
		struct rt_rec rec;
		int gs, fl;

		if (codes[i][0] == '?' || (err = rt_store_rec_get(st, pub,
		    numbers[i], &rec)) != NULL) {
			if (err && err->code != RT_ENOTFOUND)
				goto done;
			rt_error_free(err);
			err = diff_add(&l, RT_GAO_NOT_IN_DB, pub, codes[i][0] ==
			    '?' ? r->number : numbers[i], r->v[RT_GAO_AGENCY],
			    rt_gao_status_label(r->status), NULL, r->line);
			if (err)
				goto done;
			continue;
		}
		seen[nseen++] = rec.id;
		gs = rt_gao_status_of(rec.status, rec.partially_addressed);
		fl = rt_flag_get(&rec, cfg->gao_priority_flag);
		if (gs != r->status)
			err = diff_add(&l, RT_GAO_STATUS_DIFFERS, pub,
			    numbers[i], r->v[RT_GAO_AGENCY],
			    rt_gao_status_label(r->status),
			    rt_gao_status_label(gs), r->line);
		if (err == NULL && g->has[RT_GAO_PRIORITY] &&
		    fl != r->priority)
			err = diff_add(&l, RT_GAO_PRIORITY_DIFFERS, pub,
			    numbers[i], r->v[RT_GAO_AGENCY],
			    r->priority ? "Yes" : "No", fl ? "Yes" : "No",
			    r->line);
		rt_rec_free(&rec);
		if (err)
			goto done;
	}
	memset(&f, 0, sizeof(f));
	f.issuer = "gao";
	f.statuses = 1u << RT_OPEN_PENDING | 1u << RT_OPEN_UNRESOLVED |
	    1u << RT_OPEN_RESOLVED;
	all.flag = cfg->gao_priority_flag;
	if ((err = rt_export_recs(st, &f, item_cb, &all)) == NULL &&
	    all.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err || (err = agencies_load(st, &ags)) != NULL ||
	    (err = by_code_make(&ags, &by)) != NULL)
		goto done;
	qsort(seen, nseen, sizeof(*seen), id_cmp);
	for (i = 0; i < all.n; i++) {
		const struct gao_item *it = &all.it[i];
		char *path = NULL;

		if (bsearch(&it->id, seen, nseen, sizeof(*seen), id_cmp))
			continue;
		if ((err = path_of(&by, it->agency, &path)) != NULL)
			goto done;
		err = diff_add(&l, RT_GAO_NOT_IN_FILE, it->report, it->number,
		    path, NULL, rt_gao_status_label(rt_gao_status_of(
		    it->status, it->partial)), 0);
		free(path);
		if (err)
			goto done;
	}
done:
	for (i = 0; i < g->nrows; i++) {
		if (codes)
			free(codes[i]);
		if (numbers)
			free(numbers[i]);
	}
	free(codes);
	free(numbers);
	free(seen);
	free(by.a);
	agencies_free(&ags);
	for (i = 0; i < all.n; i++) {
		free(all.it[i].report);
		free(all.it[i].number);
		free(all.it[i].text);
		free(all.it[i].agency);
	}
	free(all.it);
	if (err) {
		rt_gao_diffs_free(l.d, l.n);
		return err;
	}
	*out = l.d;
	*n = l.n;
	return NULL;
}
