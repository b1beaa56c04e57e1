/*
 * Unit tests of Excel workbooks (src/formats/xlsx.c): the sheet names
 * Excel takes, made unique; a text over Excel's limit cut, not refused;
 * every kind of cell written; a workbook that cannot be written.  The
 * cells' values and types are read back in tests/cli/xlsx.t (openpyxl).
 */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "formats/xlsx.h"

static const struct rt_xlsx_props props = { "Title", "tester", 0 };

static void
test_sheet_name(void **state)
{
	char n[RT_XLSX_NAME_SIZE];

	(void)state;
	rt_xlsx_sheet_name("Table I: a/b [x]*?\\", n);
	assert_string_equal(n, "Table I- a-b -x----");
	rt_xlsx_sheet_name("Recommendations made before the period", n);
	assert_string_equal(n, "Recommendations made before the");
	/* 31 characters, not bytes */
	rt_xlsx_sheet_name("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "abcdefghijklmnopqrstuvwxyz", n);
	assert_string_equal(n, "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "abcdefghijklmnopqrstu");
	rt_xlsx_sheet_name("'quoted'", n);
	assert_string_equal(n, "-quoted-");
	rt_xlsx_sheet_name(NULL, n);
	assert_string_equal(n, "");
}

/* A path for a workbook in a new folder of /tmp; *dir to remove. */
static void
tmp_path(char dir[64], char path[96])
{
	snprintf(dir, 64, "/tmp/rt-xlsx-XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(path, 96, "%s/t.xlsx", dir);
}

static void
test_write(void **state)
{
	static const char *const h[] = { "text", "n", "money", "date",
	    "flag", "empty" };
	char dir[64], path[96], head[2] = { 0 };
	struct rt_xlsx *x;
	char *big;
	FILE *fp;
	int i;

	(void)state;
	tmp_path(dir, path);
	ok(rt_xlsx_open(path, &props, &x));
	/* the same name, letter case aside, and long names: all made unique
	 * (libxlsxwriter refuses a name already used) */
	ok(rt_xlsx_sheet(x, "CBP", h, 6));
	rt_xlsx_text(x, "=cmd()");
	rt_xlsx_int(x, -42);
	rt_xlsx_money(x, 123456);
	rt_xlsx_date(x, "2026-11-28");
	rt_xlsx_bool(x, 1);
	rt_xlsx_empty(x);
	rt_xlsx_row_end(x);
	/* not a date: text; a row too long: the cells past the header's
	 * are dropped */
	rt_xlsx_text(x, "a\nb");
	rt_xlsx_int(x, 0);
	rt_xlsx_money(x, -1);
	rt_xlsx_date(x, "2026-02-30");
	rt_xlsx_bool(x, 0);
	rt_xlsx_text(x, NULL);
	rt_xlsx_text(x, "one too many");
	rt_xlsx_row_end(x);
	ok(rt_xlsx_sheet(x, "cbp", h, 6));
	ok(rt_xlsx_sheet(x, "CBP", h, 1));
	ok(rt_xlsx_sheet(x, "Recommendations made before the period", h, 1));
	ok(rt_xlsx_sheet(x, "Recommendations made before the end", h, 1));
	ok(rt_xlsx_sheet(x, "", h, 1));
	/* over Excel's limit of a cell: cut (libxlsxwriter refuses it) */
	big = malloc(40001);
	assert_non_null(big);
	memset(big, 'x', 40000);
	big[40000] = '\0';
	rt_xlsx_text(x, big);
	rt_xlsx_row_end(x);
	free(big);
	for (i = 0; i < 1000; i++) {
		rt_xlsx_int(x, i);
		rt_xlsx_row_end(x);
	}
	ok(rt_xlsx_close(x));
	/* a ZIP file */
	fp = fopen(path, "rb");
	assert_non_null(fp);
	assert_int_equal(fread(head, 1, 2, fp), 2);
	fclose(fp);
	assert_memory_equal(head, "PK", 2);
	unlink(path);
	rmdir(dir);
}

static void
test_cannot_write(void **state)
{
	static const char *const h[] = { "a" };
	struct rt_xlsx *x;
	struct rt_error *err;

	(void)state;
	ok(rt_xlsx_open("/nonexistent-rt/t.xlsx", &props, &x));
	ok(rt_xlsx_sheet(x, "A", h, 1));
	rt_xlsx_text(x, "a");
	rt_xlsx_row_end(x);
	err = rt_xlsx_close(x);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EIO);
	assert_non_null(strstr(err->msg, "/nonexistent-rt/t.xlsx: cannot "
	    "write the workbook: "));
	rt_error_free(err);
	assert_null(rt_xlsx_close(NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sheet_name),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_cannot_write),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
