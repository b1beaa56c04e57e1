/*
 * rectrack — JSON: the string escaper and the indenting writer.
 */
#include "formats/json.h"

#include <stdio.h>

#include "base/util.h"

void
rt_json_string(FILE *fp, const char *s)
{
	const unsigned char *p;
	unsigned long cp;
	size_t n;

	fputc('"', fp);
	for (p = (const unsigned char *)s; *p; p++) {
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
		else if (*p < 0x80)
			fputc(*p, fp);
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
	fputc('"', fp);
}

void
rt_json_member(FILE *fp, const char *key, const char *value)
{
	fputc(',', fp);
	rt_json_string(fp, key);
	fputc(':', fp);
	if (value && *value)
		rt_json_string(fp, value);
	else
		fputs("null", fp);
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
	fputs(j->members[j->depth]++ ? ",\n" : "\n", j->fp);
	for (i = 0; i < j->depth; i++)
		fputs("  ", j->fp);
}

int
rt_json_open(struct rt_json *j, int seq)
{
	if (j->depth + 1 >= RT_JSON_MAX_DEPTH)
		return -1;
	json_next(j);
	fputc(seq ? '[' : '{', j->fp);
	j->members[++j->depth] = 0;
	return 0;
}

void
rt_json_close(struct rt_json *j, int seq)
{
	int i;

	if (j->members[j->depth--]) {
		fputc('\n', j->fp);
		for (i = 0; i < j->depth; i++)
			fputs("  ", j->fp);
	}
	fputc(seq ? ']' : '}', j->fp);
}

void
rt_json_key(struct rt_json *j, const char *key)
{
	json_next(j);
	rt_json_string(j->fp, key);
	fputs(": ", j->fp);
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
