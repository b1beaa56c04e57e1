#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "base/domain.h"
#include "base/error.h"
#include "formats/gaocsv.h"

/* A reader over the string s (fmemopen). */
static FILE *
from(const char *s)
{
	FILE *fp = fmemopen((void *)s, strlen(s), "r");

	assert_non_null(fp);
	return fp;
}

static void
test_dates(void **state)
{
	char d[11], out[32];
	const char *end;

	(void)state;
	assert_int_equal(rt_gao_date_parse("Sep 28, 2026", d, NULL), 0);
	assert_string_equal(d, "2026-09-28");
	assert_int_equal(rt_gao_date_parse(" January 5, 2023 ", d, NULL), 0);
	assert_string_equal(d, "2023-01-05");
	assert_int_equal(rt_gao_date_parse("Feb 30, 2026", d, NULL), -1);
	assert_int_equal(rt_gao_date_parse("2026-09-28", d, NULL), -1);
	assert_int_equal(rt_gao_date_parse("Sep 28 2026", d, NULL), -1);
	assert_int_equal(rt_gao_date_parse("Sep 28, 2026 at 7:05 PM", d, NULL),
	    -1);
	assert_int_equal(rt_gao_date_parse("Sep 28, 2026 at 7:05 PM", d, &end),
	    0);
	assert_string_equal(end, " at 7:05 PM");
	rt_gao_date_format("2023-01-05", out, sizeof(out));
	assert_string_equal(out, "Jan 5, 2023");
}

static void
test_status(void **state)
{
	(void)state;
	assert_int_equal(rt_gao_status_parse("Open"), RT_GAO_OPEN);
	assert_int_equal(rt_gao_status_parse("Open--Partially Addressed"),
	    RT_GAO_OPEN_PARTIAL);
	assert_int_equal(rt_gao_status_parse("Open \xe2\x80\x93 Partially "
	    "Addressed"), RT_GAO_OPEN_PARTIAL);
	assert_int_equal(rt_gao_status_parse("open - partially  addressed"),
	    RT_GAO_OPEN_PARTIAL);
	assert_int_equal(rt_gao_status_parse("Closed--Not Implemented"),
	    RT_GAO_CLOSED_NOT_IMPLEMENTED);
	assert_int_equal(rt_gao_status_parse("Closed \xe2\x80\x94 "
	    "Implemented"), RT_GAO_CLOSED_IMPLEMENTED);
	assert_int_equal(rt_gao_status_parse("Opne"), -1);
	assert_int_equal(rt_gao_status_of(RT_OPEN_RESOLVED, 1),
	    RT_GAO_OPEN_PARTIAL);
	assert_int_equal(rt_gao_status_of(RT_CLOSED_IMPLEMENTED, 1),
	    RT_GAO_CLOSED_IMPLEMENTED);
	assert_string_equal(rt_gao_status_label(RT_GAO_OPEN_PARTIAL),
	    "Open--Partially Addressed");
}

static const char file_text[] =
    "\"Title: Download of GAO Recommendation Results\"\n"
    "\"Source: GAO recommendations database, status as of Sep 28, 2026 "
    "at 7:05 PM EST\"\n"
    ",,,,,,,\n"
    "Extra,Publication  Number,Publication Name,Date Publication Issued,"
    "Agency,Recommendation,STATUS,Comments\n"
    "z,GAO-24-1,\"Ports &amp; Canines\",\"Mar 14, 2024\",\"A: B\","
    "\"Do it, now. (Recommendation 3)\",Open \xe2\x80\x93 Partially "
    "Addressed,\"line\nbreak\"\n";

static void
test_read_file(void **state)
{
	struct rt_gao_file g;
	struct rt_error *err;
	FILE *fp = from(file_text);

	(void)state;
	err = rt_gao_read(fp, "g.csv", &g);
	fclose(fp);
	assert_null(err);
	assert_string_equal(g.snapshot, "2026-09-28");
	assert_true(g.has[RT_GAO_COMMENTS]);
	assert_false(g.has[RT_GAO_TOPICS]);
	assert_false(g.has[RT_GAO_PRIORITY]);
	assert_int_equal(g.nrows, 1);
	assert_int_equal(g.rows[0].line, 5);
	assert_string_equal(g.rows[0].v[RT_GAO_PUB_NAME], "Ports & Canines");
	assert_string_equal(g.rows[0].issued, "2024-03-14");
	assert_string_equal(g.rows[0].number, "3");
	assert_int_equal(g.rows[0].status, RT_GAO_OPEN_PARTIAL);
	assert_string_equal(g.rows[0].v[RT_GAO_COMMENTS], "line\nbreak");
	assert_string_equal(g.rows[0].v[RT_GAO_TOPICS], "");
	rt_gao_file_free(&g);
}

#define HEAD "Publication Name,Publication Number,Date Publication " \
	"Issued,Agency,Recommendation,Status,Comments\n"

/* Matters for congressional consideration: "(Matter N)" gives MN, the
 * others the smallest free M-number of their publication, in file order;
 * numbers of one publication do not limit another's. */
static void
test_read_matters(void **state)
{
	const char *text = HEAD
	    "T,P-1,\"Sep 1, 2026\",A,Do it. (Recommendation 1),Open,\n"
	    "T,P-1,\"Sep 1, 2026\",Congress,Consider a law.,Open,\n"
	    "T,P-1,\"Sep 1, 2026\",Congress,Consider this. (Matter 2),Open,\n"
	    "U,P-2,\"Sep 2, 2026\",congress,Consider that.,Open,\n"
	    "T,P-1,\"Sep 1, 2026\",Congress,Consider more.,Open,\n"
	    "U,P-2,\"Sep 2, 2026\",Congress,Consider it. (matter 1),Open,\n";
	struct rt_gao_file g;
	struct rt_error *err;
	FILE *fp = from(text);

	(void)state;
	err = rt_gao_read(fp, "g.csv", &g);
	fclose(fp);
	assert_null(err);
	assert_int_equal(g.nrows, 6);
	assert_string_equal(g.rows[0].number, "1");
	assert_false(g.rows[0].matter);
	assert_string_equal(g.rows[1].number, "M1");
	assert_true(g.rows[1].matter);
	assert_string_equal(g.rows[2].number, "M2");
	assert_string_equal(g.rows[3].number, "M2");
	assert_string_equal(g.rows[4].number, "M3");
	assert_string_equal(g.rows[5].number, "M1");
	assert_string_equal(g.rows[2].v[RT_GAO_REC],
	    "Consider this. (Matter 2)");
	{
		char *codes[6] = { "A", "C", "C", "C", "C", "C" };
		char *numbers[6];
		size_t i;

		assert_null(rt_gao_numbers("g.csv", &g, codes, numbers));
		assert_string_equal(numbers[1], "M1");
		assert_string_equal(numbers[4], "M3");
		for (i = 0; i < 6; i++)
			free(numbers[i]);
	}
	rt_gao_file_free(&g);
}

/* The same matter number twice in one publication is an error. */
static void
test_read_matter_twice(void **state)
{
	const char *text = HEAD
	    "T,P-1,\"Sep 1, 2026\",Congress,Consider it. (Matter 1),Open,\n"
	    "T,P-1,\"Sep 1, 2026\",Congress,Consider that. (Matter 1),Open,\n";
	char *codes[2] = { "C", "C" }, *numbers[2];
	struct rt_gao_file g;
	struct rt_error *err;
	FILE *fp = from(text);

	(void)state;
	err = rt_gao_read(fp, "g.csv", &g);
	fclose(fp);
	assert_null(err);
	err = rt_gao_numbers("g.csv", &g, codes, numbers);
	assert_non_null(err);
	assert_string_equal(err->msg, "g.csv:3: column Recommendation: "
	    "recommendation M1 of P-1 for Congress is also on line 2");
	rt_error_free(err);
	free(numbers[0]);
	free(numbers[1]);
	rt_gao_file_free(&g);
}

/* A ' in front of a formula is what a CSV writer added: it is dropped. */
static void
test_read_formula(void **state)
{
	const char *text = HEAD
	    "'=T,P-1,\"Sep 1, 2026\",A,'@Do it. (Recommendation 1),Open,"
	    "'-- late\n"
	    "T,P-1,\"Sep 1, 2026\",A,Do it. (Recommendation 2),Open,'-12\n";
	struct rt_gao_file g;
	struct rt_error *err;
	FILE *fp = from(text);

	(void)state;
	err = rt_gao_read(fp, "g.csv", &g);
	fclose(fp);
	assert_null(err);
	assert_string_equal(g.rows[0].v[RT_GAO_PUB_NAME], "=T");
	assert_string_equal(g.rows[0].v[RT_GAO_REC],
	    "@Do it. (Recommendation 1)");
	assert_string_equal(g.rows[0].v[RT_GAO_COMMENTS], "-- late");
	assert_string_equal(g.rows[1].v[RT_GAO_COMMENTS], "'-12");
	rt_gao_file_free(&g);
}

static void
expect_read_error(const char *text, const char *msg)
{
	struct rt_gao_file g;
	struct rt_error *err;
	FILE *fp = fmemopen((void *)text, strlen(text), "r");

	assert_non_null(fp);
	err = rt_gao_read(fp, "g.csv", &g);
	fclose(fp);
	assert_non_null(err);
	assert_string_equal(err->msg, msg);
	rt_error_free(err);
	rt_gao_file_free(&g);
}

static void
test_read_errors(void **state)
{
	(void)state;
	expect_read_error("", "g.csv: no header row (a row naming "
	    "Publication Number, Agency, Recommendation, Status…)");
	expect_read_error("Publication Number,Agency\n", "g.csv:1: column "
	    "Publication Name: missing from the header");
	expect_read_error("Publication Name,Publication Number,Date "
	    "Publication Issued,Agency,Recommendation,Status\n"
	    "T,N,\"Sep 1, 2026\",A,no number,Open\n", "g.csv:2: column "
	    "Recommendation: the text does not end with \"(Recommendation "
	    "N)\"");
	expect_read_error("Publication Name,Publication Number,Date "
	    "Publication Issued,Agency,Recommendation,Status,Status\n",
	    "g.csv:1: column Status: appears twice in the header");
	expect_read_error("Publication Name,Publication Number,Date "
	    "Publication Issued,Agency,Recommendation,Status\n"
	    "T,N,\"Sep 1, 2026\",,x (Recommendation 1),Open\n", "g.csv:2: "
	    "column Agency: is empty");
	expect_read_error(HEAD "T,N,\"Sep 1, 2026\",:,x (Recommendation 1),"
	    "Open,\n", "g.csv:2: column Agency: names no agency (expected "
	    "a name, or names separated by colons): \":\"");
	expect_read_error(HEAD "T,N,\"Sep 1, 2026\",A,x (Recommendation 1),"
	    "Open,\nT,N,\"Sep 1, 2026\", : :: ,x (Recommendation 2),Open,\n",
	    "g.csv:3: column Agency: names no agency (expected a name, or "
	    "names separated by colons): \": ::\"");
	/* Windows-1252, not UTF-8 */
	expect_read_error(HEAD "T,N,\"Sep 1, 2026\",A,x (Recommendation 1),"
	    "Open,\"caf\xE9\"\n", "g.csv:2: column Comments: not UTF-8 at "
	    "byte 4 of the value (0xE9); save the file as \"CSV UTF-8\"");
	expect_read_error(HEAD "T,N,\"Sep 1, 2026\",A\xC3,x (Recommendation "
	    "1),Open,\n", "g.csv:2: column Agency: not UTF-8 at byte 2 of "
	    "the value (0xC3); save the file as \"CSV UTF-8\"");
	/* a text without a number is a matter only for Congress */
	expect_read_error(HEAD "T,N,\"Sep 1, 2026\",A,x (Matter 1),Open,\n",
	    "g.csv:2: column Recommendation: the text does not end with "
	    "\"(Recommendation N)\"");
}

/*
 * A whole-database export: BIG_PUBS publications of 8 rows each, the
 * first 3 rows of every publication before the other 5, so that the rows
 * of one publication are far apart.  Per publication k:
 *   pass 1: (Recommendation 1) for "Agency K", an unnumbered matter,
 *           (Recommendation 2) for "Agency K";
 *   pass 2: (Recommendation 3) for "Agency K" and for "Other K" (so
 *           3-A and 3-B), (Matter 2), an unnumbered matter (M3, since
 *           M1 and M2 are taken), (Recommendation 4).
 * Reading and numbering it must not compare every row with every other
 * row (200,000 rows).
 */
#define BIG_PUBS 25000
#define BIG_ROWS (8 * BIG_PUBS)

/* The row (0-based) of row r (0..7) of publication k. */
static size_t
big_row(size_t k, int r)
{
	return r < 3 ? 3 * k + (size_t)r :
	    3 * (size_t)BIG_PUBS + 5 * k + (size_t)(r - 3);
}

static char *
big_file(size_t *len)
{
	char *text = NULL;
	FILE *fp = open_memstream(&text, len);
	size_t k;

	assert_non_null(fp);
	fputs(HEAD, fp);
	for (k = 0; k < BIG_PUBS; k++) {
		fprintf(fp, "T%zu,GAO-%zu,\"Sep 1, 2026\",Agency %zu,Do a. "
		    "(Recommendation 1),Open,\n", k, k, k % 97);
		fprintf(fp, "T%zu,GAO-%zu,\"Sep 1, 2026\",Congress,Consider a "
		    "law.,Open,\n", k, k);
		fprintf(fp, "T%zu,GAO-%zu,\"Sep 1, 2026\",Agency %zu,Do b. "
		    "(Recommendation 2),Open,\n", k, k, k % 97);
	}
	for (k = 0; k < BIG_PUBS; k++) {
		fprintf(fp, "T%zu,GAO-%zu,\"Sep 1, 2026\",Agency %zu,Do c. "
		    "(Recommendation 3),Open,\n", k, k, k % 97);
		fprintf(fp, "T%zu,GAO-%zu,\"Sep 1, 2026\",Other %zu,Do c. "
		    "(Recommendation 3),Open,\n", k, k, k % 89);
		fprintf(fp, "T%zu,GAO-%zu,\"Sep 1, 2026\",Congress,Consider "
		    "it. (Matter 2),Open,\n", k, k);
		fprintf(fp, "T%zu,GAO-%zu,\"Sep 1, 2026\",Congress,Consider "
		    "more.,Open,\n", k, k);
		fprintf(fp, "T%zu,GAO-%zu,\"Sep 1, 2026\",Agency %zu,Do d. "
		    "(Recommendation 4),Open,\n", k, k, k % 97);
	}
	assert_int_equal(fclose(fp), 0);
	return text;
}

static void
test_numbers_big(void **state)
{
	static const char *const want[8] = { "1", "M1", "2", "3-A", "3-B",
	    "M2", "M3", "4" };
	static const char *const code[8] = { "A", "C", "A", "A", "B", "C",
	    "C", "A" };
	struct rt_gao_file g;
	struct rt_error *err;
	char **codes, **numbers, *text, msg[200];
	size_t len, k, i, dup1 = BIG_PUBS / 3, dup2 = BIG_PUBS / 5 * 4;
	int r;
	FILE *fp;

	(void)state;
	text = big_file(&len);
	assert_non_null(fp = fmemopen(text, len, "r"));
	err = rt_gao_read(fp, "g.csv", &g);
	fclose(fp);
	free(text);
	assert_null(err);
	assert_int_equal(g.nrows, BIG_ROWS);
	assert_non_null(codes = calloc(BIG_ROWS, sizeof(*codes)));
	assert_non_null(numbers = calloc(BIG_ROWS, sizeof(*numbers)));
	for (k = 0; k < BIG_PUBS; k++)
		for (r = 0; r < 8; r++)
			codes[big_row(k, r)] = (char *)code[r];
	assert_null(rt_gao_numbers("g.csv", &g, codes, numbers));
	for (k = 0; k < BIG_PUBS; k++)
		for (r = 0; r < 8; r++) {
			i = big_row(k, r);
			assert_int_equal(g.rows[i].line, (int)i + 2);
			assert_int_equal(g.rows[i].matter, r == 1 || r == 5 ||
			    r == 6);
			assert_string_equal(numbers[i], want[r]);
		}
	for (i = 0; i < BIG_ROWS; i++) {
		free(numbers[i]);
		numbers[i] = NULL;
	}
	/* two agencies made one: the first such row in file order is named,
	 * with the first row it repeats */
	codes[big_row(dup2, 4)] = "A";
	codes[big_row(dup1, 4)] = "A";
	err = rt_gao_numbers("g.csv", &g, codes, numbers);
	assert_non_null(err);
	snprintf(msg, sizeof(msg), "g.csv:%d: column Recommendation: "
	    "recommendation 3 of GAO-%zu for Other %zu is also on line %d",
	    (int)big_row(dup1, 4) + 2, dup1, dup1 % 89,
	    (int)big_row(dup1, 3) + 2);
	assert_string_equal(err->msg, msg);
	rt_error_free(err);
	for (i = 0; i < BIG_ROWS; i++)
		free(numbers[i]);
	free(numbers);
	free(codes);
	rt_gao_file_free(&g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_read_file),
		cmocka_unit_test(test_read_matters),
		cmocka_unit_test(test_read_matter_twice),
		cmocka_unit_test(test_read_formula),
		cmocka_unit_test(test_read_errors),
		cmocka_unit_test(test_numbers_big),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
