/*
 * Unit tests of the media types of evidence files (src/base/media.c):
 * every extension of the table in any case, and the fallback.
 */
#include "harness.h"

#include "base/media.h"

static void
test_table(void **state)
{
	(void)state;
	assert_string_equal(rt_media_type("plan.pdf"), "application/pdf");
	assert_string_equal(rt_media_type("PLAN.PDF"), "application/pdf");
	assert_string_equal(rt_media_type("memo.doc"), "application/msword");
	assert_string_equal(rt_media_type("memo.docx"),
	    "application/vnd.openxmlformats-officedocument."
	    "wordprocessingml.document");
	assert_string_equal(rt_media_type("a.xls"), "application/vnd.ms-excel");
	assert_string_equal(rt_media_type("a.xlsx"),
	    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	assert_string_equal(rt_media_type("a.ppt"),
	    "application/vnd.ms-powerpoint");
	assert_string_equal(rt_media_type("a.pptx"),
	    "application/vnd.openxmlformats-officedocument."
	    "presentationml.presentation");
	assert_string_equal(rt_media_type("a.csv"), "text/csv");
	assert_string_equal(rt_media_type("a.txt"), "text/plain");
	assert_string_equal(rt_media_type("a.md"), "text/markdown");
	assert_string_equal(rt_media_type("a.html"), "text/html");
	assert_string_equal(rt_media_type("a.htm"), "text/html");
	assert_string_equal(rt_media_type("a.json"), "application/json");
	assert_string_equal(rt_media_type("a.xml"), "application/xml");
	assert_string_equal(rt_media_type("a.yaml"), "application/yaml");
	assert_string_equal(rt_media_type("a.yml"), "application/yaml");
	assert_string_equal(rt_media_type("a.png"), "image/png");
	assert_string_equal(rt_media_type("a.jpg"), "image/jpeg");
	assert_string_equal(rt_media_type("a.JPEG"), "image/jpeg");
	assert_string_equal(rt_media_type("a.gif"), "image/gif");
	assert_string_equal(rt_media_type("a.tif"), "image/tiff");
	assert_string_equal(rt_media_type("a.tiff"), "image/tiff");
	assert_string_equal(rt_media_type("a.zip"), "application/zip");
	assert_string_equal(rt_media_type("a.eml"), "message/rfc822");
	assert_string_equal(rt_media_type("a.msg"),
	    "application/vnd.ms-outlook");
	assert_string_equal(rt_media_type("archive.tar.zip"),
	    "application/zip");
}

static void
test_fallback(void **state)
{
	(void)state;
	assert_string_equal(rt_media_type("README"),
	    "application/octet-stream");
	assert_string_equal(rt_media_type(".pdf"), "application/octet-stream");
	assert_string_equal(rt_media_type("a."), "application/octet-stream");
	assert_string_equal(rt_media_type("a.exe"),
	    "application/octet-stream");
	assert_string_equal(rt_media_type("a.pdfx"),
	    "application/octet-stream");
	assert_string_equal(rt_media_type(NULL), "application/octet-stream");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_fallback),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
