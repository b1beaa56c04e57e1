/*
 * rectrack — one e-mail message (RFC 5322, MIME): the headers, a
 * text/plain part and an optional attachment, in one multipart/mixed
 * message, for whatever program delivers it (sendmail -t) or a file.
 *
 * The message is deterministic: the same inputs give the same bytes.
 * The Date comes from the instant given, the Message-ID from a hash of
 * the seed given, the MIME boundary from a hash of the content (and
 * never occurs in the encoded parts).  Lines end in CR LF throughout;
 * header lines are folded at 78 characters where they have room to
 * fold; display names and the Subject with characters beyond ASCII are
 * written as RFC 2047 encoded words (=?UTF-8?B?...?=, at most 75
 * characters each), names with specials ("," "." "(" and the like) as
 * quoted strings.  The text is quoted-printable (lines of at most 76
 * characters, whatever the length of its own lines), the attachment
 * base64 in lines of 76 characters.
 *
 * Header injection is impossible: a header value (name, address,
 * Subject, attachment name) that holds a line break or any other
 * control character is refused, and so is an address with blanks,
 * "<", ">" or "," or without "@", which would change the recipients.
 * Whether an address is otherwise well formed is decided where it is
 * recorded, not here.  Every text must be UTF-8.
 */
#ifndef RT_MAIL_H
#define RT_MAIL_H

#include <stddef.h>
#include <stdio.h>

struct rt_buf;
struct rt_error;

/* A mailbox: a display name (NULL or "" for none) and an address. */
struct rt_mail_addr {
	const char *name;
	const char *addr;
};

struct rt_mail {
	struct rt_mail_addr from;
	const struct rt_mail_addr *to;	/* at least one */
	size_t nto;
	const struct rt_mail_addr *cc;	/* none: NULL, 0 */
	size_t ncc;
	const char *subject;
	const char *instant;	/* the Date: "YYYY-MM-DDTHH:MM:SSZ" (UTC) */
	const char *id_seed;	/* the Message-ID's seed: e.g. the register,
				   the official's code and the date */
	const char *body;	/* the text, lines ending in LF or CR LF */
	const char *att_name;	/* the attachment's file name; NULL: none */
	const char *att_body;	/* its bytes (text/csv, UTF-8) */
	size_t att_len;
};

/*
 * Append the message m to out.  RT_EINVAL, naming the header (and the
 * mailbox's place among To or Cc: "To 2"), for a value refused as
 * above, a missing From, To, instant or seed, or an instant that is not
 * "YYYY-MM-DDTHH:MM:SSZ"; RT_ENOMEM.  On error out may hold part of the
 * message.
 */
struct rt_error *rt_mail_build(const struct rt_mail *m, struct rt_buf *out);

/*
 * Write the message m to fp: nothing when it is refused (the errors of
 * rt_mail_build), RT_EIO when writing fails.
 */
struct rt_error *rt_mail_write(const struct rt_mail *m, FILE *fp);

/* The Message-ID rt_mail_build gives the seed, "<HEX@rectrack>" (32 hex
 * digits of its SHA-256); out needs RT_MAIL_ID_SIZE bytes.  -1 when the
 * hash cannot be computed. */
#define RT_MAIL_ID_SIZE 45
int rt_mail_id(const char *seed, char out[RT_MAIL_ID_SIZE]);

#endif
