/*
 * rectrack — CSV (RFC 4180): the record reader, the formula guard and
 * the field writer.
 */
#include "formats/csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"

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

/*
 * A byte ch inside a quoted field: a doubled quote, the closing quote
 * (*inq cleared, *after set) or a byte of the field.
 */
static int
csv_quoted(struct rt_csv *c, struct rt_buf *b, int ch, int *inq, int *after,
    struct rt_error **err)
{
	int nx;

	if (ch == '"') {
		if ((nx = csv_getc(c)) == '"')
			return csv_char(c, b, '"', err);
		csv_ungetc(c, nx);
		*inq = 0;
		*after = 1;
		return 0;
	}
	if (ch == '\r') {
		/* CR LF inside quotes is a line break as outside: kept as
		 * LF alone */
		if ((nx = csv_getc(c)) == '\n')
			ch = nx;
		else
			csv_ungetc(c, nx);
	}
	if (ch == '\n')
		c->line++;
	return csv_char(c, b, ch, err);
}

/*
 * The end of the input in a record: the last field pushed (1), nothing
 * (0, when the record has no byte) or -1 for a read error or a quoted
 * field left open on line qline (0: none).
 */
static int
csv_end(struct rt_csv *c, struct rt_buf *b, int qline, int any,
    struct rt_error **err)
{
	if (ferror(c->fp)) {
		*err = rt_error_new(RT_EIO, "%s: cannot read", c->name);
		return -1;
	}
	if (qline)
		return csv_fail(c, err, qline, "a quoted field is not closed "
		    "(a \" is missing)");
	if (!any)
		return 0;
	return csv_push(c, b, err) == -1 ? -1 : 1;
}

int
rt_csv_next(struct rt_csv *c, struct rt_error **err)
{
	struct rt_buf b = { 0 };
	int ch, quoted = 0, inq = 0, after = 0, any = 0, qline = 0, got;

	*err = NULL;
	csv_clear(c);
	if (!c->begun)
		csv_bom(c);
	c->start = c->line;
	for (;;) {
		ch = csv_getc(c);
		if (ch == EOF) {
			if ((got = csv_end(c, &b, inq ? qline : 0, any,
			    err)) == -1)
				goto fail;
			rt_buf_free(&b);
			return got;
		}
		any = 1;
		if (ch == '\0') {
			csv_fail(c, err, c->line, "a NUL byte");
			goto fail;
		}
		if (inq) {
			if (csv_quoted(c, &b, ch, &inq, &after, err) == -1)
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

void
rt_csv_field(FILE *fp, const char *s)
{
	int quote = rt_csv_formula(s);

	if (strpbrk(s, ",\"\r\n") == NULL && s[0] != ' ' &&
	    (s[0] == '\0' || s[strlen(s) - 1] != ' ')) {
		if (quote)
			fputc('\'', fp);
		fputs(s, fp);
		return;
	}
	fputc('"', fp);
	if (quote)
		fputc('\'', fp);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}
