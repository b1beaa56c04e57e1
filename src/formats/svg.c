/*
 * rectrack — SVG: the horizontal bar chart.
 */
#include "formats/svg.h"

#include <stddef.h>
#include <stdio.h>

#include "formats/html.h"

void
rt_svg_bars(FILE *fp, const char *title, const char *const *labels,
    const long *values, size_t n, rt_svg_text_fn *text)
{
	const int lw = 170, bw = 330, bh = 22, gap = 8, top = 10;
	long max = 1;
	size_t i;
	int h = top + (int)n * (bh + gap) + 24;

	if (text == NULL)
		text = rt_html_escape;
	for (i = 0; i < n; i++)
		if (values[i] > max)
			max = values[i];
	fprintf(fp, "<svg width=\"%d\" "
	    "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"",
	    lw + bw + 60, h, lw + bw + 60, h);
	text(fp, title);
	fputs("\"><title>", fp);
	text(fp, title);
	fputs("</title>\n", fp);
	for (i = 0; i < n; i++) {
		int y = top + (int)i * (bh + gap);
		int w = (int)((double)bw * (double)values[i] / (double)max);

		fprintf(fp, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" "
		    "font-size=\"12\" fill=\"#1a1a1a\">", lw - 8, y + 15);
		text(fp, labels[i]);
		fprintf(fp, "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" "
		    "height=\"%d\" fill=\"#1f3a5f\"/><text x=\"%d\" y=\"%d\" "
		    "font-size=\"12\" fill=\"#1a1a1a\">%ld</text>\n", lw, y,
		    w, bh, lw + w + 6, y + 15, values[i]);
	}
	fprintf(fp, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
	    "stroke=\"#555\"/>", lw, top - 4, lw, h - 20);
	fprintf(fp, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#555\">"
	    "open recommendations (0 to %ld)</text>\n</svg>\n", lw, h - 4,
	    max);
}
