#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "formats/html.h"

static void
test_entities(void **state)
{
	char s[] = "Ports &amp; Canines &lt;b&gt; &quot;x&quot; &#39;y&#39; "
	    "&#x2013; &bogus; & alone &#0;";

	(void)state;
	rt_html_unescape(s);
	assert_string_equal(s, "Ports & Canines <b> \"x\" 'y' \xe2\x80\x93 "
	    "&bogus; & alone &#0;");
}

static void
test_escape(void **state)
{
	char *buf = NULL;
	size_t len;
	FILE *fp;

	(void)state;
	assert_non_null(fp = open_memstream(&buf, &len));
	rt_html_escape(fp, "a & b <c> \"d\" 'e' caf\xc3\xa9");
	rt_html_escape(fp, NULL);
	fclose(fp);
	assert_string_equal(buf, "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; "
	    "caf\xc3\xa9");
	free(buf);
}

/* The shell: title escaped, the style as given, the body opened; and
 * closed. */
static void
test_page(void **state)
{
	char *buf = NULL;
	size_t len;
	FILE *fp;

	(void)state;
	assert_non_null(fp = open_memstream(&buf, &len));
	rt_html_begin(fp, "A <b>", "p{x}\n");
	rt_html_end(fp);
	fclose(fp);
	assert_string_equal(buf, "<!DOCTYPE html>\n<html lang=\"en\">\n"
	    "<head>\n<meta charset=\"utf-8\">\n<title>A &lt;b&gt;</title>\n"
	    "<style>\np{x}\n</style>\n</head>\n<body>\n</body>\n</html>\n");
	free(buf);
	assert_non_null(strstr(rt_html_style_tables, "body{"));
	assert_non_null(strstr(rt_html_style_report, "@media print"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_page),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
