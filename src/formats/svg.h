/*
 * rectrack — SVG: the horizontal bar chart of the HTML report, written
 * inline into a page (an <svg> element with its <title>).  What text it
 * shows is given by the caller, and written by the caller's function.
 */
#ifndef RT_SVG_H
#define RT_SVG_H

#include <stddef.h>
#include <stdio.h>

/* Writes text s as element text or an attribute value. */
typedef void rt_svg_text_fn(FILE *fp, const char *s);

/*
 * A horizontal bar chart of n bars: labels[i] right-aligned before a bar
 * of length values[i] (scaled to the largest value, at least 1), the
 * value written after it; title as the accessible name and <title>; an
 * axis and its caption "open recommendations (0 to MAX)".  Text goes
 * through text (NULL: rt_html_escape).
 */
void rt_svg_bars(FILE *fp, const char *title, const char *const *labels,
    const long *values, size_t n, rt_svg_text_fn *text);

#endif
