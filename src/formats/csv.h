/*
 * rectrack — CSV (RFC 4180): the one reader and the one writer of a
 * field, with the guard against text a spreadsheet would run as a
 * formula.  The reader takes a FILE *; the writer writes to the FILE *
 * it is given.  GAO's export (gaocsv.h) is read with this reader.
 */
#ifndef RT_CSV_H
#define RT_CSV_H

#include <stddef.h>
#include <stdio.h>

struct rt_error;

#define RT_CSV_MAX_FIELD (1024 * 1024)	/* bytes in one field */
#define RT_CSV_MAX_FIELDS 256		/* fields in one record */

struct rt_csv {
	FILE *fp;
	const char *name;	/* for messages */
	int line;		/* line of the next character (1-based) */
	char **f;		/* the fields of the last record */
	size_t n;		/* how many */
	int start;		/* line the last record started on */
	unsigned char back[4];	/* bytes read ahead, last first */
	int nback;		/* how many */
	int begun;		/* the byte-order mark was looked for */
};

/* Read from fp, named `name` in messages. */
void rt_csv_init(struct rt_csv *, FILE *fp, const char *name);
/*
 * The next record into c->f / c->n (valid until the next call): 1, 0 at
 * the end of the input, -1 with *err set (RT_EINVAL "NAME:LINE: what")
 * for an unterminated quoted field, characters other than blanks (spaces,
 * tabs) after a closing quote, a NUL byte, a field over RT_CSV_MAX_FIELD
 * bytes or more than RT_CSV_MAX_FIELDS fields.  CR LF and LF both end a
 * record.  A UTF-8 byte-order mark at the start of the input is skipped;
 * the bytes are not otherwise checked.
 */
int rt_csv_next(struct rt_csv *, struct rt_error **err);
void rt_csv_free(struct rt_csv *);

/*
 * Whether a spreadsheet would run the CSV text s as a formula: it begins
 * with =, +, -, @, a tab or a carriage return and is not a plain number
 * such as -12 or +3.50.  Every CSV writer puts a ' in front of such a
 * text so that it shows as text.
 */
int rt_csv_formula(const char *s);

/*
 * One CSV text field to fp, quoted when it must be (a comma, a quote, a
 * line end, a blank at either end), quotes doubled; a text that
 * rt_csv_formula() flags is written with a ' in front.
 */
void rt_csv_field(FILE *fp, const char *s);

#endif
