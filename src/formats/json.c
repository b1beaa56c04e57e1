/*
 * rectrack — JSON: the string escaper and the writer (indented or
 * compact).
 */
#include "formats/json.h"

#include <stdio.h>

#include "base/util.h"

void
rt_json_string(FILE *fp, const char *s)
{
	const unsigned char *p, *run;
	unsigned long cp;
	size_t n;

	putc('"', fp);
	for (p = (const unsigned char *)s; *p; p++) {
		/* a run of what is written as it is, in one write */
		for (run = p; *p >= 0x20 && *p < 0x7f && *p != '"' &&
		    *p != '\\'; p++)
			;
		if (p > run)
			fwrite(run, 1, (size_t)(p - run), fp);
		if (*p == '\0')
			break;
		if (*p == '"' || *p == '\\')
			fprintf(fp, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", fp);
		else if (*p == '\t')
			fputs("\\t", fp);
		else if (*p == '\r')
			fputs("\\r", fp);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(fp, "\\u%04x", *p);
		else if ((n = rt_utf8_seq((const char *)p, &cp)) == 0)
			fputs("\\ufffd", fp);
		else {
			if (cp <= 0x9f)
				fprintf(fp, "\\u%04lx", cp);
			else
				fwrite(p, 1, n, fp);
			p += n - 1;
		}
	}
	putc('"', fp);
}

/* Indentation: n levels of two blanks. */
static void
indent(FILE *fp, int n)
{
	static const char blanks[] = "                                ";

	while (n > 0) {
		int k = n > 16 ? 16 : n;

		fwrite(blanks, 1, 2 * (size_t)k, fp);
		n -= k;
	}
}

/* The arrays of one element a line open at depths 1 to depth. */
static int
lines_around(const struct rt_json *j, int depth)
{
	int i, n = 0;

	for (i = 1; i <= depth; i++)
		n += j->lines[i];
	return n;
}

/* Before a key, or a value that has none: the separator and indentation. */
static void
json_next(struct rt_json *j)
{
	int i;

	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->depth == 0)
		return;
	if (j->compact) {
		if (j->members[j->depth]++)
			fputc(',', j->fp);
		if (j->lines[j->depth]) {
			fputc('\n', j->fp);
			for (i = lines_around(j, j->depth); i > 1; i--)
				fputc(' ', j->fp);
		}
		return;
	}
	fputs(j->members[j->depth]++ ? ",\n" : "\n", j->fp);
	indent(j->fp, j->depth);
}

int
rt_json_open(struct rt_json *j, int seq)
{
	if (j->depth + 1 >= RT_JSON_MAX_DEPTH)
		return -1;
	json_next(j);
	fputc(seq ? '[' : '{', j->fp);
	j->members[++j->depth] = 0;
	j->lines[j->depth] = seq == RT_JSON_LINES;
	return 0;
}

void
rt_json_close(struct rt_json *j, int seq)
{
	if (j->compact) {
		if (j->lines[j->depth] && j->members[j->depth] &&
		    lines_around(j, j->depth) == 1)
			fputc('\n', j->fp);
		j->depth--;
		fputc(seq ? ']' : '}', j->fp);
		return;
	}
	if (j->members[j->depth--]) {
		fputc('\n', j->fp);
		indent(j->fp, j->depth);
	}
	fputc(seq ? ']' : '}', j->fp);
}

void
rt_json_key(struct rt_json *j, const char *key)
{
	json_next(j);
	rt_json_string(j->fp, key);
	fputs(j->compact ? ":" : ": ", j->fp);
	j->after_key = 1;
}

void
rt_json_str(struct rt_json *j, const char *s)
{
	json_next(j);
	rt_json_string(j->fp, s);
}

void
rt_json_raw(struct rt_json *j, const char *s)
{
	json_next(j);
	fputs(s, j->fp);
}

void
rt_json_text(struct rt_json *j, const char *s)
{
	if (s && *s)
		rt_json_str(j, s);
	else
		rt_json_raw(j, "null");
}

void
rt_json_int(struct rt_json *j, long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", v);
	rt_json_raw(j, buf);
}
