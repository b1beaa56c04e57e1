#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "formats/svg.h"

/* Two bars scaled to the larger value, labels and title escaped, the
 * axis caption naming the largest value. */
static void
test_bars(void **state)
{
	const char *labels[] = { "A & B", "C" };
	const long values[] = { 3, 6 };
	char *buf = NULL;
	size_t len;
	FILE *fp;

	(void)state;
	assert_non_null(fp = open_memstream(&buf, &len));
	rt_svg_bars(fp, "Open <all>", labels, values, 2, NULL);
	fclose(fp);
	assert_string_equal(buf,
	    "<svg width=\"560\" height=\"94\" viewBox=\"0 0 560 94\" "
	    "role=\"img\" aria-label=\"Open &lt;all&gt;\">"
	    "<title>Open &lt;all&gt;</title>\n"
	    "<text x=\"162\" y=\"25\" text-anchor=\"end\" font-size=\"12\" "
	    "fill=\"#1a1a1a\">A &amp; B</text><rect x=\"170\" y=\"10\" "
	    "width=\"165\" height=\"22\" fill=\"#1f3a5f\"/><text x=\"341\" "
	    "y=\"25\" font-size=\"12\" fill=\"#1a1a1a\">3</text>\n"
	    "<text x=\"162\" y=\"55\" text-anchor=\"end\" font-size=\"12\" "
	    "fill=\"#1a1a1a\">C</text><rect x=\"170\" y=\"40\" "
	    "width=\"330\" height=\"22\" fill=\"#1f3a5f\"/><text x=\"506\" "
	    "y=\"55\" font-size=\"12\" fill=\"#1a1a1a\">6</text>\n"
	    "<line x1=\"170\" y1=\"6\" x2=\"170\" y2=\"74\" stroke=\"#555\"/>"
	    "<text x=\"170\" y=\"90\" font-size=\"11\" fill=\"#555\">"
	    "open recommendations (0 to 6)</text>\n</svg>\n");
	free(buf);
}

static void
upper(FILE *fp, const char *s)
{
	for (; *s; s++)
		fputc(*s >= 'a' && *s <= 'z' ? *s - 'a' + 'A' : *s, fp);
}

/* No bars: a scale of 1; the caller's text function writes the text. */
static void
test_empty(void **state)
{
	char *buf = NULL;
	size_t len;
	FILE *fp;

	(void)state;
	assert_non_null(fp = open_memstream(&buf, &len));
	rt_svg_bars(fp, "none", NULL, NULL, 0, upper);
	fclose(fp);
	assert_non_null(strstr(buf, "height=\"34\""));
	assert_non_null(strstr(buf, "<title>NONE</title>"));
	assert_non_null(strstr(buf, "(0 to 1)</text>\n</svg>\n"));
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bars),
		cmocka_unit_test(test_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
