/*
 * rectrack — the OSCAL POA&M reader's equivalent import document
 * (oscal_read_impl.h): YAML written one key or value a line, each line
 * remembering the JSON path it comes from, every value double-quoted
 * so that the YAML reader gets the document's text back byte for byte.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "formats/oscal_read_impl.h"

/* ---- the equivalent import document -------------------------------------- */

static void
keep_line(struct rt_oscal_doc *d, const char *path)
{
	const char **l;
	char **pv, *s;

	if (d->nlines == d->linecap) {
		d->linecap = d->linecap ? d->linecap * 2 : 256;
		if ((l = realloc(d->lines, d->linecap * sizeof(*l))) == NULL) {
			d->nomem = 1;
			return;
		}
		d->lines = l;
	}
	if (d->lastpath == NULL || strcmp(d->lastpath, path) != 0) {
		if (d->npaths == d->pathcap) {
			d->pathcap = d->pathcap ? d->pathcap * 2 : 256;
			if ((pv = realloc(d->paths, d->pathcap *
			    sizeof(*pv))) == NULL) {
				d->nomem = 1;
				return;
			}
			d->paths = pv;
		}
		if ((s = rt_strdup(path)) == NULL) {
			d->nomem = 1;
			return;
		}
		d->paths[d->npaths++] = d->lastpath = s;
	}
	d->lines[d->nlines++] = d->lastpath;
}

static void
put(struct rt_oscal_doc *d, const char *s, size_t n)
{
	if (rt_buf_add(&d->yaml, s, n) != 0)
		d->nomem = 1;
}

static void
indent_to(struct rt_oscal_doc *d, int indent)
{
	static const char sp[] = "                                ";

	while (indent > 0) {
		put(d, sp, (size_t)indent < sizeof(sp) - 1 ? (size_t)indent :
		    sizeof(sp) - 1);
		indent -= (int)sizeof(sp) - 1;
	}
}

/* s as a YAML double-quoted scalar: what YAML does not allow in its
 * stream (controls, DEL, C1, U+FFFE/U+FFFF) and its line breaks
 * (NEL, LS, PS) escaped, so the reader gets s back byte for byte. */
static void
put_quoted(struct rt_oscal_doc *d, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	char esc[16];
	size_t i = 0, start = 0, len;

	put(d, "\"", 1);
	while (u[i] != '\0') {
		len = 1;
		esc[0] = '\0';
		if (u[i] == '"' || u[i] == '\\')
			snprintf(esc, sizeof(esc), "\\%c", u[i]);
		else if (u[i] < 0x20 || u[i] == 0x7f)
			snprintf(esc, sizeof(esc), "\\x%02X", u[i]);
		else if (u[i] == 0xc2 && u[i + 1] >= 0x80 && u[i + 1] <= 0x9f) {
			snprintf(esc, sizeof(esc), "\\x%02X", u[i + 1]);
			len = 2;
		} else if (u[i] == 0xe2 && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0xa8 || u[i + 2] == 0xa9)) {
			snprintf(esc, sizeof(esc), "\\u%04X",
			    u[i + 2] == 0xa8 ? 0x2028 : 0x2029);
			len = 3;
		} else if (u[i] == 0xef && u[i + 1] == 0xbf &&
		    (u[i + 2] == 0xbe || u[i + 2] == 0xbf)) {
			snprintf(esc, sizeof(esc), "\\u%04X",
			    u[i + 2] == 0xbe ? 0xfffe : 0xffff);
			len = 3;
		}
		if (esc[0] == '\0') {
			i++;
			continue;
		}
		put(d, s + start, i - start);
		put(d, esc, strlen(esc));
		i += len;
		start = i;
	}
	put(d, s + start, i - start);
	put(d, "\"", 1);
}

void
ow_line(struct rt_oscal_doc *d, int indent, const char *text,
    const char *path)
{
	indent_to(d, indent);
	put(d, text, strlen(text));
	put(d, "\n", 1);
	keep_line(d, d->have_first ? d->first : path);
	d->have_first = 0;
}

void
ow_begin(struct rt_oscal_doc *d, int indent, const char *path)
{
	ow_line(d, indent, "-", path);
	snprintf(d->first, sizeof(d->first), "%s", path);
	d->have_first = 1;
}

void
ow_kv(struct rt_oscal_doc *d, int indent, const char *key,
    const char *keypath, const char *value, const char *path)
{
	indent_to(d, indent);
	put(d, key, strlen(key));
	put(d, ":\n", 2);
	keep_line(d, d->have_first ? d->first : keypath);
	d->have_first = 0;
	indent_to(d, indent + 2);
	put_quoted(d, value);
	put(d, "\n", 1);
	keep_line(d, path);
}

void
ow_str(struct rt_oscal_doc *d, int indent, const char *key,
    const char *value, const char *path)
{
	ow_kv(d, indent, key, path, value, path);
}

void
ow_item(struct rt_oscal_doc *d, int indent, const char *value,
    const char *path)
{
	indent_to(d, indent);
	put(d, "- ", 2);
	put_quoted(d, value);
	put(d, "\n", 1);
	keep_line(d, path);
}

void
ow_prop(struct rt_oscal_doc *d, int indent, const struct oprop *p,
    const char *key)
{
	char k[64];
	size_t i;

	if (key == NULL) {
		snprintf(k, sizeof(k), "%s", p->name);
		for (i = 0; k[i] != '\0'; i++)
			if (k[i] == '-')
				k[i] = '_';
		key = k;
	}
	ow_str(d, indent, key, p->value, p->path);
}

