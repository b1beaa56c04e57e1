#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#include "base/error.h"
#include "base/util.h"
#include "formats/mail.h"

static const struct rt_mail_addr from = { "Audit Follow-up", "followup@oig.example.gov" };
static const struct rt_mail_addr to1[] = { { "Jane Doe", "jane.doe@cbp.example.gov" } };

/* A small message every test changes what it looks at. */
static struct rt_mail
base_mail(void)
{
	struct rt_mail m = { 0 };

	m.from = from;
	m.to = to1;
	m.nto = 1;
	m.subject = "Recommendations due: 2 overdue";
	m.instant = "2026-11-30T08:00:00Z";
	m.id_seed = "rectrack.db|CBP-CIO|2026-11-30";
	m.body = "OIG-21-19#1  2021-09-30  Improve oversight\n";
	m.att_name = "CBP-CIO.csv";
	m.att_body = "id,target\nOIG-21-19#1,2021-09-30\n";
	m.att_len = strlen(m.att_body);
	return m;
}

/* The message as a string (freed by the caller). */
static char *
build(const struct rt_mail *m)
{
	struct rt_buf b = { 0 };

	ok(rt_mail_build(m, &b));
	return b.s;
}

/* The message, or the error it is refused with. */
static void
refused(const struct rt_mail *m, const char *msg)
{
	struct rt_buf b = { 0 };
	char *out = NULL;
	size_t len = 0;
	FILE *fp;

	expect(rt_mail_build(m, &b), RT_EINVAL, msg);
	rt_buf_free(&b);
	/* and nothing at all is written */
	fp = open_memstream(&out, &len);
	assert_non_null(fp);
	expect(rt_mail_write(m, fp), RT_EINVAL, msg);
	fclose(fp);
	assert_int_equal(len, 0);
	free(out);
}

/* Every line ends in CR LF, no bare CR or LF, and header lines (up to
 * the first empty line) have at most `max` characters; the number of
 * header lines. */
static int
check_lines(const char *s, size_t max)
{
	const char *p, *nl;
	int head = 1, n = 0;

	for (p = s; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		assert_non_null(nl);
		assert_true(nl > p && nl[-1] == '\r');
		assert_null(memchr(p, '\r', (size_t)(nl - 1 - p)));
		if (nl - 1 == p)
			head = 0;
		if (head) {
			if ((size_t)(nl - 1 - p) > max)
				fail_msg("header line over %zu: %.*s", max,
				    (int)(nl - 1 - p), p);
			n++;
		}
		assert_true(nl - 1 - p <= 998);
	}
	return n;
}

static void
test_mail_message(void **state)
{
	struct rt_mail m = base_mail();
	char *s, *t;

	(void)state;
	s = build(&m);
	assert_string_equal(s,
	    "From: Audit Follow-up <followup@oig.example.gov>\r\n"
	    "To: Jane Doe <jane.doe@cbp.example.gov>\r\n"
	    "Subject: Recommendations due: 2 overdue\r\n"
	    "Date: Mon, 30 Nov 2026 08:00:00 +0000\r\n"
	    "Message-ID: <7102e2e516469db38a0be835589e9f5e@rectrack>\r\n"
	    "MIME-Version: 1.0\r\n"
	    "Content-Type: multipart/mixed;\r\n"
	    " boundary=\"=_rt_da8338dd7116241f5085f76c4ffcfc1e\"\r\n"
	    "\r\n"
	    "This is a message in MIME format.\r\n"
	    "\r\n"
	    "--=_rt_da8338dd7116241f5085f76c4ffcfc1e\r\n"
	    "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: quoted-printable\r\n"
	    "\r\n"
	    "OIG-21-19#1  2021-09-30  Improve oversight\r\n"
	    "\r\n"
	    "--=_rt_da8338dd7116241f5085f76c4ffcfc1e\r\n"
	    "Content-Type: text/csv; charset=UTF-8;\r\n"
	    " name=\"CBP-CIO.csv\"\r\n"
	    "Content-Disposition: attachment;\r\n"
	    " filename=\"CBP-CIO.csv\"\r\n"
	    "Content-Transfer-Encoding: base64\r\n"
	    "\r\n"
	    "aWQsdGFyZ2V0Ck9JRy0yMS0xOSMxLDIwMjEtMDktMzAK\r\n"
	    "\r\n"
	    "--=_rt_da8338dd7116241f5085f76c4ffcfc1e--\r\n");
	/* the same inputs, the same bytes */
	t = build(&m);
	assert_string_equal(s, t);
	free(s);
	free(t);
}

/* The text of the encoded words of a header value, decoded; every
 * word at most 75 characters. */
static void
decode_words(const char *v, char *out)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = v, *e;
	unsigned long acc = 0;
	int bits = 0;

	*out = '\0';
	while ((p = strstr(p, "=?UTF-8?B?")) != NULL) {
		e = strstr(p + 10, "?=");
		assert_non_null(e);
		assert_true(e + 2 - p <= 75);
		for (p += 10; p < e && *p != '='; p++) {
			acc = acc << 6 | (unsigned long)(strchr(b64, *p) - b64);
			if ((bits += 6) >= 8) {
				bits -= 8;
				*out++ = (char)(acc >> bits & 0xff);
			}
		}
		acc = 0;
		bits = 0;
		*out = '\0';
		p = e + 2;
	}
}

/* A Subject beyond ASCII: encoded words of at most 75 characters, in
 * lines of at most 78, that decode to the Subject; an ASCII one as it
 * is, folded between words. */
static void
test_mail_subject(void **state)
{
	struct rt_mail m = base_mail();
	char *s, *p, got[512];

	(void)state;
	m.subject = "Überfällige Empfehlungen: 3 overdue, 2 due within 30 "
	    "days — please act on them before the end of the quarter";
	s = build(&m);
	check_lines(s, 78);
	p = strstr(s, "Subject: =?UTF-8?B?");
	assert_non_null(p);
	*strstr(p, "Date:") = '\0';
	assert_non_null(strstr(p, "?=\r\n =?UTF-8?B?"));
	decode_words(p, got);
	assert_string_equal(got, m.subject);
	free(s);

	m.subject = "Recommendations of the Department of Homeland Security "
	    "due within 30 days or overdue: 12";
	s = build(&m);
	check_lines(s, 78);
	assert_non_null(strstr(s, "Subject: Recommendations of the Department "
	    "of Homeland Security due within 30\r\n days or overdue: 12\r\n"));
	free(s);

	/* two blanks in a row, "=?" of an encoded word: encoded, as they are */
	m.subject = "a  b =?x?= c";
	s = build(&m);
	p = strstr(s, "Subject: =?UTF-8?B?");
	assert_non_null(p);
	decode_words(p, got);
	assert_string_equal(got, "a  b =?x?= c");
	free(s);
}

/* Display names: atoms as they are, specials quoted (with \" and \\),
 * names beyond ASCII as encoded words, addresses alone without a name;
 * mailboxes folded between them. */
static void
test_mail_names(void **state)
{
	struct rt_mail_addr to[] = {
		{ "Doe, Jane (CIO)", "jane@example.gov" },
		{ "J. \"Jim\" O\\Brien", "jim@example.gov" },
		{ "Zoë Ångström-Müller, Office of the Chief Financial Officer",
		    "zoe@example.gov" },
		{ "", "office@example.gov" },
		{ NULL, "desk@example.gov" },
	};
	struct rt_mail_addr cc[] = {
		{ "Audit Liaison", "liaison@example.gov" },
		{ "Director", "director@example.gov" },
	};
	struct rt_mail m = base_mail();
	char *s, *p, got[256];

	(void)state;
	m.to = to;
	m.nto = 5;
	m.cc = cc;
	m.ncc = 2;
	s = build(&m);
	check_lines(s, 78);
	assert_non_null(strstr(s, "To: \"Doe, Jane (CIO)\" <jane@example.gov>, "
	    "\"J. \\\"Jim\\\" O\\\\Brien\"\r\n <jim@example.gov>, "
	    "=?UTF-8?B?Wm/DqyDDhW5nc3Ryw7ZtLU3DvGxsZXIs?= Office of the\r\n"
	    " Chief Financial Officer <zoe@example.gov>, office@example.gov,\r\n"
	    " desk@example.gov\r\n"
	    "Cc: Audit Liaison <liaison@example.gov>, Director "
	    "<director@example.gov>\r\n"
	    "Subject: "));
	p = strstr(s, "=?UTF-8?B?");
	decode_words(p, got);
	assert_string_equal(got, "Zoë Ångström-Müller,");
	free(s);
}

/* The text: quoted-printable lines of at most 76 characters whatever
 * the length of its own; "=", blanks at a line's end, a "." or "From "
 * at a line's start and bytes beyond ASCII encoded; LF and CR LF both
 * end a line. */
static void
test_mail_text(void **state)
{
	struct rt_mail m = base_mail();
	char body[400], *s, *p, *e;
	size_t i;

	(void)state;
	for (i = 0; i < 300; i++)
		body[i] = (char)('a' + i % 26);
	strcpy(body + 300, "\r\nx=1 \n.\nFrom here\nZoë\ttab\t\nend");
	m.body = body;
	m.att_name = NULL;
	s = build(&m);
	check_lines(s, 78);
	/* no multipart delimiter in a message without attachment but the
	 * two that close the text */
	assert_null(strstr(s, "Content-Disposition"));
	assert_non_null(strstr(s, "end\r\n--=_rt_"));
	p = strstr(s, "quoted-printable\r\n\r\n") + 20;
	e = strstr(p, "\r\n--=_rt_");
	*e = '\0';
	for (; (e = strstr(p, "\r\n")) != NULL; p = e + 2)
		assert_true(e - p <= 76);
	assert_true(strlen(p) <= 76);
	p = strstr(s, "quoted-printable\r\n\r\n") + 20;
	assert_int_equal(strncmp(p, "abcdefghijklmnopqrstuvwxyzabcdefghijklm"
	    "nopqrstuvwxyzabcdefghijklmnopqrstuvw=\r\nxyz", 80), 0);
	assert_non_null(strstr(p, "qrstuvwxyzabcdefghijklmn\r\n"
	    "x=3D1=20\r\n=2E\r\n=46rom here\r\nZo=C3=AB\ttab=09\r\nend"));
	free(s);
}

/* The attachment: base64 in lines of 76 characters. */
static void
test_mail_attachment(void **state)
{
	struct rt_mail m = base_mail();
	char data[200], *s, *p, *e;
	int lines = 0;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(data); i++)
		data[i] = (char)i;
	m.att_body = data;
	m.att_len = sizeof(data);
	m.att_name = "Überfällig \"1\".csv";
	s = build(&m);
	check_lines(s, 78);
	assert_non_null(strstr(s, " name*=UTF-8''%C3%9Cberf%C3%A4llig%20%221%22"
	    ".csv\r\n"));
	assert_non_null(strstr(s, " filename*=UTF-8''%C3%9Cberf"));
	p = strstr(s, "base64\r\n\r\n") + 10;
	assert_int_equal(strncmp(p, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd"
	    "Hh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4\r\n", 78), 0);
	for (; (e = strstr(p, "\r\n")) != p; p = e + 2) {
		lines++;
		assert_true(e - p == 76 || strncmp(e + 2, "\r\n--", 4) == 0);
	}
	assert_int_equal(lines, 4);	/* 200 bytes: 3 lines of 57, one of 29 */
	/* 200 bytes: the last group of two bytes ends in one "=" */
	assert_non_null(strstr(s, "xsc=\r\n\r\n--=_rt_"));
	free(s);

	/* an ASCII name with a quote: quoted, the quote escaped */
	m.att_name = "due \"CIO\".csv";
	s = build(&m);
	assert_non_null(strstr(s, " filename=\"due \\\"CIO\\\".csv\"\r\n"));
	free(s);
}

/* The boundary comes from the content, is never in it, and occurs only
 * as the three delimiters. */
static void
test_mail_boundary(void **state)
{
	struct rt_mail m = base_mail();
	char *s, *t, bound[64], *p;
	int n = 0;

	(void)state;
	s = build(&m);
	p = strstr(s, "boundary=\"") + 10;
	snprintf(bound, sizeof(bound), "--%.*s", (int)strcspn(p, "\""), p);
	/* a text that holds the boundary itself */
	m.body = bound;
	t = build(&m);
	p = strstr(t, "boundary=\"") + 10;
	assert_int_not_equal(strncmp(p, bound + 2, strlen(bound) - 2), 0);
	snprintf(bound, sizeof(bound), "--%.*s", (int)strcspn(p, "\""), p);
	for (p = t; (p = strstr(p, bound)) != NULL; p++)
		n++;
	assert_int_equal(n, 3);
	assert_non_null(strstr(t, "\r\n\r\n--=3D_rt_"));
	free(s);
	free(t);
}

static void
test_mail_date(void **state)
{
	struct rt_mail m = base_mail();
	char *s;

	(void)state;
	m.instant = "2024-02-29T23:59:60Z";
	s = build(&m);
	assert_non_null(strstr(s, "\r\nDate: Thu, 29 Feb 2024 23:59:60 +0000\r\n"));
	free(s);
	m.instant = "1999-12-31T00:00:00Z";
	s = build(&m);
	assert_non_null(strstr(s, "\r\nDate: Fri, 31 Dec 1999 00:00:00 +0000\r\n"));
	free(s);
}

/* A line break or another control character in any header value is
 * refused, never written; so is an address that would add or change a
 * recipient, and what the message cannot be made without. */
static void
test_mail_refused(void **state)
{
	struct rt_mail_addr to[2] = { { "Jane", "jane@example.gov" },
	    { "Jim", "jim@example.gov" } };
	struct rt_mail m;

	(void)state;
	m = base_mail();
	m.subject = "Due\r\nBcc: everyone@example.com";
	refused(&m, "the Subject of the message holds a line break or another "
	    "control character");
	m.subject = "Due\n";
	refused(&m, "the Subject of the message holds a line break or another "
	    "control character");
	m.subject = "Due\ttoday";
	refused(&m, "the Subject of the message holds a line break or another "
	    "control character");
	m.subject = "Due \xff";
	refused(&m, "the Subject of the message is not UTF-8");

	m = base_mail();
	m.to = to;
	m.nto = 2;
	to[1].name = "Jim\rBcc: x@example.com";
	refused(&m, "the name of To 2 of the message holds a line break or "
	    "another control character");
	to[1].name = "Jim";
	to[1].addr = "jim@example.gov\nBcc: x@example.com";
	refused(&m, "the address of To 2 of the message holds a line break or "
	    "another control character");
	to[1].addr = "jim@example.gov, x@example.com";
	refused(&m, "the address of To 2 of the message is not one address "
	    "(local@domain)");
	to[1].addr = "jim@example.gov>";
	refused(&m, "the address of To 2 of the message is not one address "
	    "(local@domain)");
	to[1].addr = "jim";
	refused(&m, "the address of To 2 of the message is not one address "
	    "(local@domain)");
	to[1].addr = "";
	refused(&m, "To 2 of the message has no address");
	m.to = to1;
	m.nto = 1;
	m.cc = to;
	m.ncc = 2;
	refused(&m, "Cc 2 of the message has no address");

	m = base_mail();
	m.from.addr = NULL;
	refused(&m, "From of the message has no address");
	m = base_mail();
	m.nto = 0;
	refused(&m, "the message has no To");
	m = base_mail();
	m.att_name = "a\r\nContent-Type: text/html.csv";
	refused(&m, "the attachment's name of the message holds a line break or "
	    "another control character");
	m.att_name = "";
	refused(&m, "the attachment's name of the message is empty or longer "
	    "than 200 bytes");
	m = base_mail();
	m.body = "caf\xe9\n";
	refused(&m, "the text of the message is not UTF-8 (byte 4)");
	m = base_mail();
	m.id_seed = NULL;
	refused(&m, "the message has no seed for its Message-ID");
	m = base_mail();
	m.instant = "2026-11-30";
	refused(&m, "the date of the message is not an instant "
	    "(YYYY-MM-DDTHH:MM:SSZ): 2026-11-30");
	m.instant = "2026-02-30T08:00:00Z";
	refused(&m, "the date of the message is not an instant "
	    "(YYYY-MM-DDTHH:MM:SSZ): 2026-02-30T08:00:00Z");
	m.instant = "2026-11-30T24:00:00Z";
	refused(&m, "the date of the message is not an instant "
	    "(YYYY-MM-DDTHH:MM:SSZ): 2026-11-30T24:00:00Z");
}

/* A full disk is RT_EIO. */
static void
test_mail_write_error(void **state)
{
	struct rt_mail m = base_mail();
	struct rt_error *err;
	FILE *fp;

	(void)state;
	if ((fp = fopen("/dev/full", "w")) == NULL)
		skip();
	err = rt_mail_write(&m, fp);
	fclose(fp);
	expect(err, RT_EIO, "cannot write the message");
}

/* What Python's email package reads back from a message: the names,
 * addresses and Subject as given, the text, and the attachment's bytes
 * and name. */
static const char check_py[] =
    "import email, email.policy, sys\n"
    "m = email.message_from_bytes(open(sys.argv[1], 'rb').read(),\n"
    "    policy=email.policy.default)\n"
    "def box(h):\n"
    "    return [(a.display_name, a.addr_spec) for a in m[h].addresses]\n"
    "assert not m.defects, m.defects\n"
    "assert box('From') == [('Audit Follow-up', 'followup@oig.example.gov')]\n"
    "assert box('To') == [('Zoë Ångström-Müller, Office of the Chief "
    "Financial Officer (CFO)', 'zoe@example.gov'), ('Doe, Jane \"J.\"', "
    "'jane@example.gov')], box('To')\n"
    "assert box('Cc') == [('', 'liaison@example.gov'), ('Łukasz "
    "Żółkiewski', 'lz@example.gov'), ('Director', 'dir@example.gov')], "
    "box('Cc')\n"
    "assert m['Subject'] == 'Überfällige Empfehlungen: 3 overdue, 2 due "
    "within 30 days — bitte bis Freitag erledigen', m['Subject']\n"
    "assert m['Message-ID'] == '<' + sys.argv[2] + '@rectrack>'\n"
    "assert m['Date'].datetime.isoformat() == '2026-11-30T08:00:00+00:00'\n"
    "parts = list(m.iter_parts())\n"
    "assert len(parts) == 2\n"
    "text = parts[0].get_content().replace('\\r\\n', '\\n')\n"
    "assert text == open(sys.argv[3], encoding='utf-8').read(), text\n"
    "assert parts[1].get_content_type() == 'text/csv'\n"
    "assert parts[1].get_filename() == 'fällig-CFO.csv'\n"
    "assert parts[1].get_payload(decode=True) == open(sys.argv[4], "
    "'rb').read()\n";

static void
spit(const char *path, const char *s)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fputs(s, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
}

static void
test_mail_python(void **state)
{
	struct rt_mail_addr to[] = {
		{ "Zoë Ångström-Müller, Office of the Chief Financial Officer "
		    "(CFO)", "zoe@example.gov" },
		{ "Doe, Jane \"J.\"", "jane@example.gov" },
	};
	struct rt_mail_addr cc[] = {
		{ NULL, "liaison@example.gov" },
		{ "Łukasz Żółkiewski", "lz@example.gov" },
		{ "Director", "dir@example.gov" },
	};
	const char *body = "Recommendations you are responsible for, as of "
	    "2026-11-30:\n\nOVERDUE\nOIG-21-19#1  2021-09-30  Improve "
	    "oversight of the Canine Program — a line longer than any "
	    "mail line should be, which the reader gets back whole, "
	    "with trailing blanks   \n.\nFrom the liaison =?x?=\n";
	const char *csv = "id,target,text\r\nOIG-21-19#1,2021-09-30,"
	    "\"Improve oversight, — Zoë\"\r\n";
	struct rt_mail m = base_mail();
	char dir[] = "/tmp/rt_mail_XXXXXX", path[4][64], cmd[512];
	char id[RT_MAIL_ID_SIZE];
	FILE *fp;
	int i;

	(void)state;
	if (system("command -v python3 >/dev/null 2>&1") != 0) {
		fprintf(stderr, "test_mail_python: no python3, skipped\n");
		skip();
	}
	assert_non_null(mkdtemp(dir));
	for (i = 0; i < 4; i++)
		snprintf(path[i], sizeof(path[i]), "%s/%s", dir,
		    (const char *[]){ "check.py", "m.eml", "body", "csv" }[i]);
	spit(path[0], check_py);
	spit(path[2], body);
	spit(path[3], csv);
	m.to = to;
	m.nto = 2;
	m.cc = cc;
	m.ncc = 3;
	m.subject = "Überfällige Empfehlungen: 3 overdue, 2 due within 30 "
	    "days — bitte bis Freitag erledigen";
	m.body = body;
	m.att_name = "fällig-CFO.csv";
	m.att_body = csv;
	m.att_len = strlen(csv);
	fp = fopen(path[1], "wb");
	assert_non_null(fp);
	ok(rt_mail_write(&m, fp));
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(rt_mail_id(m.id_seed, id), 0);
	id[strlen(id) - strlen("@rectrack>")] = '\0';
	snprintf(cmd, sizeof(cmd), "python3 %s %s %s %s %s", path[0], path[1],
	    id + 1, path[2], path[3]);
	i = system(cmd);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(i, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mail_message),
		cmocka_unit_test(test_mail_subject),
		cmocka_unit_test(test_mail_names),
		cmocka_unit_test(test_mail_text),
		cmocka_unit_test(test_mail_attachment),
		cmocka_unit_test(test_mail_boundary),
		cmocka_unit_test(test_mail_date),
		cmocka_unit_test(test_mail_refused),
		cmocka_unit_test(test_mail_write_error),
		cmocka_unit_test(test_mail_python),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
