/*
 * rectrack — HTML: the one page shell (doctype, head with the title and
 * the style, body) the HTML outputs share, their stylesheets, the escape
 * of text for an element or an attribute value, and the decoding of the
 * entities other programs write (GAO's export).  Everything is written
 * to the FILE * given; what text is shown and where is the caller's.
 */
#ifndef RT_HTML_H
#define RT_HTML_H

#include <stdio.h>

/* The style of a document of tables (rectrack's --format html). */
extern const char rt_html_style_tables[];
/* The style of the outstanding-recommendations report (facts, charts,
 * sections by agency, print rules). */
extern const char rt_html_style_report[];

/*
 * The start of a page up to and including <body>: the doctype, the
 * language, the character set, <title> with title escaped
 * (rt_html_escape) and <style> holding style.  The caller makes the title
 * safe for display first.
 */
void rt_html_begin(FILE *fp, const char *title, const char *style);
/* The end of a page: </body> and </html>. */
void rt_html_end(FILE *fp);

/* s with & < > " ' as references (&amp; &lt; &gt; &quot; &#39;), for an
 * element or an attribute value; nothing for NULL.  Other bytes are
 * written as they are. */
void rt_html_escape(FILE *fp, const char *s);

/* Replace the HTML entities of s in place (&amp; &lt; &gt; &quot; &apos;
 * &#39; &nbsp; and numeric &#N; &#xH;); unknown ones are kept. */
void rt_html_unescape(char *s);

#endif
