/*
 * rectrack — HTML: the page shell and its stylesheets, text escaped for
 * a page, entities decoded.
 */
#include "formats/html.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

const char rt_html_style_tables[] =
"body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;color:#1a1a1a;"
"margin:2em auto;max-width:1100px;padding:0 1.5em;font-size:14px;"
"line-height:1.4}\n"
"h1{font-size:1.6em;margin:0 0 .2em;border-bottom:3px solid #1f3a5f;"
"padding-bottom:.3em;color:#1f3a5f}\n"
"h2{font-size:1.25em;margin:1.6em 0 .4em;color:#1f3a5f}\n"
"table{border-collapse:collapse;width:100%;margin:.3em 0 1em}\n"
"th,td{border:1px solid #c8d0da;padding:.3em .5em;text-align:left;"
"vertical-align:top}\n"
"th{background:#eef2f7}\n"
".num{text-align:right;font-variant-numeric:tabular-nums;"
"white-space:nowrap}\n"
"p.sub{color:#555;margin:.2em 0 1em}\n";

const char rt_html_style_report[] =
"body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;color:#1a1a1a;"
"margin:2em auto;max-width:1100px;padding:0 1.5em;font-size:14px;"
"line-height:1.4}\n"
"h1{font-size:1.6em;margin:0 0 .2em;border-bottom:3px solid #1f3a5f;"
"padding-bottom:.3em;color:#1f3a5f}\n"
"h2{font-size:1.25em;margin:1.6em 0 .4em;color:#1f3a5f;"
"border-bottom:1px solid #c8d1dc;padding-bottom:.2em}\n"
"h3{font-size:1.05em;margin:1.2em 0 .3em}\n"
".meta{color:#555;margin:0 0 1em}\n"
".facts{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}\n"
".fact{border:1px solid #c8d1dc;border-radius:4px;padding:.5em 1em;"
"min-width:9em;background:#f5f7fa}\n"
".fact b{display:block;font-size:1.6em;color:#1f3a5f}\n"
".charts{display:flex;gap:2em;flex-wrap:wrap;margin:1em 0}\n"
".chart{flex:1 1 400px}\n.chart h2{margin-top:.5em}\n"
"table{border-collapse:collapse;width:100%;margin:.3em 0 1em}\n"
"th,td{border:1px solid #c8d1dc;padding:.3em .5em;text-align:left;"
"vertical-align:top}\n"
"th{background:#e8edf3}\ntd.n,th.n{text-align:right}\n"
"tr.overdue td{background:#fdf0e6}\n"
".flag{font-weight:bold;color:#a33a00}\n"
".nw{white-space:nowrap}\n"
"tfoot td,tr.total td{font-weight:bold;background:#f5f7fa}\n"
"footer{margin-top:2em;color:#555;font-size:.9em}\n"
"@media print{body{margin:0;max-width:none;font-size:11px}"
"h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}"
"section.agency{break-before:page}}\n";

void
rt_html_begin(FILE *fp, const char *title, const char *style)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>", fp);
	rt_html_escape(fp, title);
	fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n",
	    style);
}

void
rt_html_end(FILE *fp)
{
	fputs("</body>\n</html>\n", fp);
}

void
rt_html_escape(FILE *fp, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		case '\'': fputs("&#39;", fp); break;
		default: fputc(*s, fp);
		}
	}
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
		if (ok && (k = rt_utf8_put(w, cp)) != 0) {
			w += k;
			r = (char *)semi + 1;
		} else
			*w++ = *r++;
	}
	*w = '\0';
}
