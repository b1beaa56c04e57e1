/*
 * rectrack — one e-mail message: headers (folded, RFC 2047 encoded
 * words, quoted strings), a quoted-printable text part and a base64
 * attachment in a multipart/mixed message.
 */
#include "formats/mail.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "base/date.h"
#include "base/error.h"
#include "base/util.h"

#define FOLD 78			/* where header lines fold */
#define WORD_BYTES 45		/* text bytes in one encoded word (72 chars) */
#define QP_LINE 76		/* characters in a quoted-printable line */
#define B64_LINE 57		/* bytes in a base64 line of 76 characters */
#define MAX_ATT_NAME 200	/* bytes in an attachment's file name */

static const char b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char hexd[] = "0123456789ABCDEF";

/* A header being written: the line's column, whether a word was put. */
struct hdr {
	struct rt_buf *b;
	size_t col;
	int words;
	int fail;
};

static void
put(struct hdr *h, const char *s, size_t n)
{
	if (rt_buf_add(h->b, s, n) == -1)
		h->fail = 1;
}

static void
h_start(struct hdr *h, struct rt_buf *b, const char *name)
{
	h->b = b;
	h->words = 0;
	h->col = strlen(name) + 1;
	put(h, name, strlen(name));
	put(h, ":", 1);
}

/* A word that is never broken, after a blank or a fold. */
static void
h_word(struct hdr *h, const char *w, size_t n)
{
	if (h->words > 0 && h->col + 1 + n > FOLD) {
		put(h, "\r\n", 2);
		h->col = 0;
	}
	put(h, " ", 1);
	put(h, w, n);
	h->col += 1 + n;
	h->words++;
}

static void
h_end(struct hdr *h)
{
	put(h, "\r\n", 2);
}

/* base64 of n bytes of s (n <= 57) into out: 4 characters a 3 bytes. */
static size_t
b64_encode(const unsigned char *s, size_t n, char *out)
{
	size_t i, o = 0;
	unsigned long v;

	for (i = 0; i < n; i += 3) {
		v = (unsigned long)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned long)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		out[o++] = b64[(v >> 18) & 63];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
		out[o++] = i + 2 < n ? b64[v & 63] : '=';
	}
	return o;
}

/* The length of the character at s (UTF-8 already checked). */
static size_t
char_len(const char *s)
{
	unsigned long cp;
	size_t n;

	if ((unsigned char)*s < 0x80)
		return 1;
	n = rt_utf8_seq(s, &cp);
	return n > 0 ? n : 1;
}

/*
 * The n bytes of s as RFC 2047 encoded words, cut between characters:
 * in unstructured text (whole) each as long as the line has room for;
 * in a phrase one word of up to WORD_BYTES bytes, since some readers
 * (Python's email package among them) put a blank between two encoded
 * words of a display name where RFC 2047 has none.
 */
static void
h_encoded(struct hdr *h, const char *s, size_t len, int fill)
{
	char w[16 + (WORD_BYTES + 2) / 3 * 4];
	size_t n, c, o, room, max;

	while (len > 0) {
		max = WORD_BYTES;
		room = FOLD - h->col - 1;
		if (fill && h->col + 1 + 16 <= FOLD && (room - 12) / 4 * 3 < max)
			max = (room - 12) / 4 * 3;
		n = 0;
		while (n < len && n + (c = char_len(s + n)) <= max)
			n += c;
		if (n == 0)
			n = char_len(s);
		memcpy(w, "=?UTF-8?B?", 10);
		o = 10 + b64_encode((const unsigned char *)s, n, w + 10);
		memcpy(w + o, "?=", 2);
		h_word(h, w, o + 2);
		s += n;
		len -= n;
	}
}

static int
atext(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || (c != '\0' && strchr("!#$%&'*+-/=?^_`{|}~",
	    c) != NULL);
}

/* Whether s has words between single blanks, none at either end. */
static int
plain_blanks(const char *s)
{
	if (*s == ' ' || *s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (*s == ' ' && (s[1] == ' ' || s[1] == '\0'))
			return 0;
	return 1;
}

/*
 * Whether s can be written as it is, as words between single blanks:
 * ASCII, no blank at either end or two in a row, no "=?" (which a
 * reader would take for an encoded word); in a phrase (a display name)
 * also atoms only.
 */
static int
plain(const char *s, int phrase)
{
	const char *p;

	if (!plain_blanks(s) || strstr(s, "=?") != NULL)
		return 0;
	for (p = s; *p != '\0'; p++)
		if (*p != ' ' && (phrase ? !atext(*p) :
		    (*p < 0x21 || *p > 0x7e)))
			return 0;
	return 1;
}

static int
ascii(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* The words of a plain text, each followed by `tail` when it is last. */
static void
h_words(struct hdr *h, const char *s, const char *tail)
{
	struct rt_buf w = {0};
	size_t n;

	while (*s != '\0') {
		n = strcspn(s, " ");
		w.len = 0;
		if (rt_buf_add(&w, s, n) == -1 ||
		    (s[n] == '\0' && rt_buf_puts(&w, tail) == -1))
			h->fail = 1;
		else
			h_word(h, w.s, w.len);
		s += n;
		if (*s == ' ')
			s++;
	}
	rt_buf_free(&w);
}

/* Whether the n bytes at s are one atom. */
static int
atom(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!atext(s[i]))
			return 0;
	for (i = 0; i + 1 < n; i++)
		if (s[i] == '=' && s[i + 1] == '?')
			return 0;
	return n > 0;
}

/*
 * A name beyond ASCII: its atoms as they are, each run of other words
 * (with the blanks between them) as encoded words; when it has blanks
 * at either end or two in a row, all of it encoded.
 */
static void
h_phrase_utf8(struct hdr *h, const char *s)
{
	const char *run = NULL, *run_end = NULL;
	size_t n;

	if (!plain_blanks(s)) {
		h_encoded(h, s, strlen(s), 0);
		return;
	}
	while (*s != '\0') {
		n = strcspn(s, " ");
		if (atom(s, n)) {
			if (run != NULL)
				h_encoded(h, run, (size_t)(run_end - run), 0);
			run = NULL;
			h_word(h, s, n);
		} else {
			if (run == NULL)
				run = s;
			run_end = s + n;
		}
		s += n;
		if (*s == ' ')
			s++;
	}
	if (run != NULL)
		h_encoded(h, run, (size_t)(run_end - run), 0);
}

/* A display name: atoms, a quoted string, or encoded words. */
static void
h_phrase(struct hdr *h, const char *s)
{
	struct rt_buf q = {0};

	if (plain(s, 1)) {
		h_words(h, s, "");
		return;
	}
	if (!ascii(s) || strstr(s, "=?") != NULL) {
		h_phrase_utf8(h, s);
		return;
	}
	if (rt_buf_puts(&q, "\"") == -1)
		h->fail = 1;
	for (; *s != '\0'; s++)
		if (((*s == '"' || *s == '\\') && rt_buf_puts(&q, "\\") == -1) ||
		    rt_buf_add(&q, s, 1) == -1)
			h->fail = 1;
	if (rt_buf_puts(&q, "\"") == -1)
		h->fail = 1;
	if (!h->fail)
		h_word(h, q.s, q.len);
	rt_buf_free(&q);
}

static void
h_mailbox(struct hdr *h, const struct rt_mail_addr *a, int comma)
{
	struct rt_buf w = {0};

	if (a->name == NULL || a->name[0] == '\0') {
		if (rt_buf_printf(&w, "%s%s", a->addr, comma ? "," : "") == -1)
			h->fail = 1;
	} else {
		h_phrase(h, a->name);
		if (rt_buf_printf(&w, "<%s>%s", a->addr, comma ? "," : "") == -1)
			h->fail = 1;
	}
	if (w.s != NULL)
		h_word(h, w.s, w.len);
	rt_buf_free(&w);
}

/* ---- checks ------------------------------------------------------- */

static struct rt_error *
check_text(const char *what, const char *s)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f)
			return rt_error_new(RT_EINVAL, "%s of the message holds "
			    "a line break or another control character",
			    what);
	if (rt_utf8_check(s) >= 0)
		return rt_error_new(RT_EINVAL, "%s of the message is not "
		    "UTF-8", what);
	return NULL;
}

/* A mailbox; `what` is "From", "To 1", "Cc 2" and so on. */
static struct rt_error *
check_mailbox(const char *what, const struct rt_mail_addr *a)
{
	struct rt_error *err;
	char w[64];

	if (a->addr == NULL || a->addr[0] == '\0')
		return rt_error_new(RT_EINVAL, "%s of the message has no "
		    "address", what);
	snprintf(w, sizeof(w), "the address of %s", what);
	if ((err = check_text(w, a->addr)) != NULL)
		return err;
	if (strpbrk(a->addr, " <>,") != NULL || strchr(a->addr, '@') == NULL)
		return rt_error_new(RT_EINVAL, "the address of %s of the "
		    "message is not one address (local@domain)", what);
	snprintf(w, sizeof(w), "the name of %s", what);
	if (a->name != NULL && (err = check_text(w, a->name)) != NULL)
		return err;
	return NULL;
}

static struct rt_error *
check_mail(const struct rt_mail *m)
{
	struct rt_error *err;
	char w[32];
	size_t i;

	if ((err = check_mailbox("From", &m->from)) != NULL)
		return err;
	if (m->nto == 0)
		return rt_error_new(RT_EINVAL, "the message has no To");
	for (i = 0; i < m->nto + m->ncc; i++) {
		snprintf(w, sizeof(w), "%s %zu", i < m->nto ? "To" : "Cc",
		    i < m->nto ? i + 1 : i - m->nto + 1);
		if ((err = check_mailbox(w, i < m->nto ? &m->to[i] :
		    &m->cc[i - m->nto])) != NULL)
			return err;
	}
	if (m->subject != NULL &&
	    (err = check_text("the Subject", m->subject)) != NULL)
		return err;
	if (m->id_seed == NULL || m->id_seed[0] == '\0')
		return rt_error_new(RT_EINVAL, "the message has no seed for "
		    "its Message-ID");
	if (m->body != NULL && rt_utf8_check(m->body) >= 0)
		return rt_error_new(RT_EINVAL, "the text of the message is "
		    "not UTF-8 (byte %ld)", rt_utf8_check(m->body) + 1);
	if (m->att_name != NULL) {
		if ((err = check_text("the attachment's name",
		    m->att_name)) != NULL)
			return err;
		if (m->att_name[0] == '\0' ||
		    strlen(m->att_name) > MAX_ATT_NAME)
			return rt_error_new(RT_EINVAL, "the attachment's name "
			    "of the message is empty or longer than %d bytes",
			    MAX_ATT_NAME);
	}
	return NULL;
}

/* ---- Date and Message-ID -------------------------------------------- */

/* "YYYY-MM-DDTHH:MM:SSZ" as "Mon, 07 Dec 2026 11:41:39 +0000"; -1 when
 * it is no such instant. */
static int
mail_date(const char *iso, char out[40])
{
	static const char *const wd[] = { "Thu", "Fri", "Sat", "Sun", "Mon",
	    "Tue", "Wed" };
	static const char *const mo[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	char day[11];
	int y, m, d, hh, mm, ss;
	size_t i;
	long n;

	if (iso == NULL || strlen(iso) != 20 || iso[10] != 'T' ||
	    iso[13] != ':' || iso[16] != ':' || iso[19] != 'Z')
		return -1;
	for (i = 11; i < 19; i++)
		if (i != 13 && i != 16 && (iso[i] < '0' || iso[i] > '9'))
			return -1;
	memcpy(day, iso, 10);
	day[10] = '\0';
	if (rt_date_parse(day, &y, &m, &d) != 0)
		return -1;
	hh = (iso[11] - '0') * 10 + iso[12] - '0';
	mm = (iso[14] - '0') * 10 + iso[15] - '0';
	ss = (iso[17] - '0') * 10 + iso[18] - '0';
	if (hh > 23 || mm > 59 || ss > 60)
		return -1;
	n = rt_date_days(y, m, d) % 7;
	if (n < 0)
		n += 7;
	snprintf(out, 40, "%s, %02d %s %04d %02d:%02d:%02d +0000", wd[n],
	    d, mo[m - 1], y, hh, mm, ss);
	return 0;
}

/* 32 hex digits of the SHA-256 of tag and the n parts p[i]/len[i]. */
static int
hash_hex(const char *tag, const char *const *p, const size_t *len, size_t n,
    char out[33])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	EVP_MD_CTX *ctx;
	size_t i;
	int ok;

	if ((ctx = EVP_MD_CTX_new()) == NULL)
		return -1;
	ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) &&
	    EVP_DigestUpdate(ctx, tag, strlen(tag) + 1);
	for (i = 0; ok && i < n; i++)
		ok = EVP_DigestUpdate(ctx, p[i], len[i]) &&
		    EVP_DigestUpdate(ctx, "", 1);
	ok = ok && EVP_DigestFinal_ex(ctx, md, &mdlen) && mdlen >= 16;
	EVP_MD_CTX_free(ctx);
	if (!ok)
		return -1;
	for (i = 0; i < 16; i++) {
		out[2 * i] = "0123456789abcdef"[md[i] >> 4];
		out[2 * i + 1] = "0123456789abcdef"[md[i] & 15];
	}
	out[32] = '\0';
	return 0;
}

int
rt_mail_id(const char *seed, char out[RT_MAIL_ID_SIZE])
{
	size_t len = strlen(seed);
	char hex[33];

	if (hash_hex("rectrack-message-id-1", &seed, &len, 1, hex) == -1)
		return -1;
	snprintf(out, RT_MAIL_ID_SIZE, "<%s@rectrack>", hex);
	return 0;
}

/* ---- the parts ------------------------------------------------------- */

/* One byte of a quoted-printable line: its encoding in e (1 or 3). */
static size_t
qp_char(const char *s, size_t i, size_t end, size_t col, char e[3])
{
	unsigned char c = (unsigned char)s[i];
	int enc;

	enc = c == '=' || c < 0x20 || c > 0x7e ||
	    ((c == ' ') && i + 1 == end) ||
	    (col == 0 && c == '.') ||
	    (col == 0 && end - i >= 5 && strncmp(s + i, "From ", 5) == 0);
	if (c == '\t' && i + 1 < end)
		enc = 0;
	if (!enc) {
		e[0] = (char)c;
		return 1;
	}
	e[0] = '=';
	e[1] = hexd[c >> 4];
	e[2] = hexd[c & 15];
	return 3;
}

/* The text, quoted-printable: its line ends (LF or CR LF) as CR LF. */
static int
qp_body(const char *s, struct rt_buf *b)
{
	size_t i, end, n, col;
	char e[3];

	while (*s != '\0') {
		end = strcspn(s, "\n");
		n = end > 0 && s[end] == '\n' && s[end - 1] == '\r' ? end - 1 :
		    end;
		col = 0;
		for (i = 0; i < n; i++) {
			size_t k = qp_char(s, i, n, col, e);

			/* room for the soft break "=" on a line but the last */
			if (col + k > (i + 1 < n ? QP_LINE - 1 : QP_LINE) &&
			    col > 0) {
				if (rt_buf_add(b, "=\r\n", 3) == -1)
					return -1;
				col = 0;
				k = qp_char(s, i, n, col, e);
			}
			if (rt_buf_add(b, e, k) == -1)
				return -1;
			col += k;
		}
		if (s[end] == '\n' && rt_buf_add(b, "\r\n", 2) == -1)
			return -1;
		s += end + (s[end] == '\n');
	}
	return 0;
}

static int
b64_body(const char *s, size_t len, struct rt_buf *b)
{
	char line[80];
	size_t i, n, o;

	for (i = 0; i < len; i += n) {
		n = len - i < B64_LINE ? len - i : B64_LINE;
		o = b64_encode((const unsigned char *)s + i, n, line);
		memcpy(line + o, "\r\n", 2);
		if (rt_buf_add(b, line, o + 2) == -1)
			return -1;
	}
	return 0;
}

/* A parameter of the attachment's file name: quoted, or RFC 2231. */
static int
att_param(struct rt_buf *b, const char *param, const char *name)
{
	const unsigned char *p;

	if (ascii(name)) {
		if (rt_buf_printf(b, ";\r\n %s=\"", param) == -1)
			return -1;
		for (; *name != '\0'; name++)
			if (((*name == '"' || *name == '\\') &&
			    rt_buf_puts(b, "\\") == -1) ||
			    rt_buf_add(b, name, 1) == -1)
				return -1;
		return rt_buf_puts(b, "\"");
	}
	if (rt_buf_printf(b, ";\r\n %s*=UTF-8''", param) == -1)
		return -1;
	for (p = (const unsigned char *)name; *p != '\0'; p++) {
		if (((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') ||
		    strchr("!#$&+-.^_`|~", *p) != NULL) ?
		    rt_buf_add(b, (const char *)p, 1) == -1 :
		    rt_buf_printf(b, "%%%c%c", hexd[*p >> 4],
		    hexd[*p & 15]) == -1)
			return -1;
	}
	return 0;
}

/* The parts, each with its headers, without the delimiters. */
static int
mail_parts(const struct rt_mail *m, struct rt_buf *text, struct rt_buf *att)
{
	if (rt_buf_puts(text, "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: quoted-printable\r\n\r\n") == -1 ||
	    qp_body(m->body != NULL ? m->body : "", text) == -1)
		return -1;
	if (m->att_name == NULL)
		return 0;
	if (rt_buf_puts(att, "Content-Type: text/csv; charset=UTF-8") == -1 ||
	    att_param(att, "name", m->att_name) == -1 ||
	    rt_buf_puts(att, "\r\nContent-Disposition: attachment") == -1 ||
	    att_param(att, "filename", m->att_name) == -1 ||
	    rt_buf_puts(att, "\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	    == -1 ||
	    b64_body(m->att_body != NULL ? m->att_body : "", m->att_len, att)
	    == -1)
		return -1;
	return 0;
}

/* The boundary: a hash of the parts, "=_" first (which neither
 * quoted-printable nor base64 writes), and checked all the same. */
static int
mail_boundary(const struct rt_buf *text, const struct rt_buf *att,
    char out[40])
{
	const char *p[3] = { text->s, att->s != NULL ? att->s : "", "" };
	size_t len[3] = { text->len, att->len, 0 };
	char hex[33], round[33];

	for (;;) {
		if (hash_hex("rectrack-boundary-1", p, len, 3, hex) == -1)
			return -1;
		snprintf(out, 40, "=_rt_%s", hex);
		if (strstr(text->s, out) == NULL &&
		    (att->s == NULL || strstr(att->s, out) == NULL))
			return 0;
		memcpy(round, hex, sizeof(round));
		p[2] = round;
		len[2] = strlen(round);
	}
}

static void
h_mailboxes(struct hdr *h, struct rt_buf *b, const char *name,
    const struct rt_mail_addr *a, size_t n)
{
	size_t i;

	if (n == 0)
		return;
	h_start(h, b, name);
	for (i = 0; i < n; i++)
		h_mailbox(h, &a[i], i + 1 < n);
	h_end(h);
}

struct rt_error *
rt_mail_build(const struct rt_mail *m, struct rt_buf *out)
{
	struct rt_buf text = {0}, att = {0};
	struct rt_error *err = NULL;
	struct hdr h = {0};
	char date[40], id[RT_MAIL_ID_SIZE], bound[40];

	if ((err = check_mail(m)) != NULL)
		goto done;
	if (mail_date(m->instant, date) == -1) {
		err = rt_error_new(RT_EINVAL, "the date of the message is not "
		    "an instant (YYYY-MM-DDTHH:MM:SSZ): %s",
		    m->instant != NULL ? m->instant : "none");
		goto done;
	}
	if (rt_mail_id(m->id_seed, id) == -1 ||
	    mail_parts(m, &text, &att) == -1 ||
	    mail_boundary(&text, &att, bound) == -1)
		goto nomem;
	h_mailboxes(&h, out, "From", &m->from, 1);
	h_mailboxes(&h, out, "To", m->to, m->nto);
	h_mailboxes(&h, out, "Cc", m->cc, m->ncc);
	h_start(&h, out, "Subject");
	if (m->subject != NULL && plain(m->subject, 0))
		h_words(&h, m->subject, "");
	else if (m->subject != NULL)
		h_encoded(&h, m->subject, strlen(m->subject), 1);
	h_end(&h);
	if (h.fail || rt_buf_printf(out, "Date: %s\r\nMessage-ID: %s\r\n"
	    "MIME-Version: 1.0\r\nContent-Type: multipart/mixed;\r\n"
	    " boundary=\"%s\"\r\n\r\n"
	    "This is a message in MIME format.\r\n\r\n--%s\r\n",
	    date, id, bound, bound) == -1 ||
	    rt_buf_add(out, text.s, text.len) == -1 ||
	    (att.s != NULL && (rt_buf_printf(out, "\r\n--%s\r\n", bound) == -1 ||
	    rt_buf_add(out, att.s, att.len) == -1)) ||
	    rt_buf_printf(out, "\r\n--%s--\r\n", bound) == -1)
		goto nomem;
	goto done;
nomem:
	err = rt_error_new(RT_ENOMEM, "out of memory");
done:
	rt_buf_free(&text);
	rt_buf_free(&att);
	return err;
}

struct rt_error *
rt_mail_write(const struct rt_mail *m, FILE *fp)
{
	struct rt_buf b = {0};
	struct rt_error *err;

	if ((err = rt_mail_build(m, &b)) != NULL)
		goto done;
	if (fwrite(b.s, 1, b.len, fp) != b.len || fflush(fp) == EOF)
		err = rt_error_new(RT_EIO, "cannot write the message");
done:
	rt_buf_free(&b);
	return err;
}
