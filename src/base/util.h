/* rectrack — small helpers: checked allocation results, growing strings. */
#ifndef RT_UTIL_H
#define RT_UTIL_H

#include <stddef.h>

/* strdup that accepts NULL (returns NULL).  Caller frees. */
char *rt_strdup(const char *s);

/* The value of the hex digit c (either case), or -1. */
int rt_hexval(int c);

/* True when s is a register's name: 8 lowercase hex digits (0-9, a-f). */
int rt_uid_valid(const char *s);

/* True when s is NULL or only blanks (spaces, tabs, line ends). */
int rt_blank(const char *s);

/* A growable string.  Initialise with {0}; rt_buf_free releases it. */
struct rt_buf {
	char *s;	/* NUL-terminated, or NULL while empty */
	size_t len;
	size_t cap;
};

/* Append; return -1 when out of memory (the buffer is unchanged). */
int rt_buf_add(struct rt_buf *b, const char *s, size_t n);
int rt_buf_puts(struct rt_buf *b, const char *s);
int rt_buf_printf(struct rt_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void rt_buf_free(struct rt_buf *b);

/* The length (2 to 4) of the well-formed UTF-8 sequence of a character
 * from U+0080 at s, its code point in *cp; 0 when s starts none (ASCII,
 * a stray continuation byte, an overlong form, a surrogate, a code point
 * above U+10FFFF, a cut sequence). */
size_t rt_utf8_seq(const char *s, unsigned long *cp);

/* The offset of the first byte of s that is not part of well-formed
 * UTF-8 (rt_utf8_seq); -1 when s is all UTF-8. */
long rt_utf8_check(const char *s);

/* Write code point cp as UTF-8 at d (room for 4 bytes); its length (1 to
 * 4), 0 when cp is NUL, a surrogate or above U+10FFFF. */
size_t rt_utf8_put(char *d, unsigned long cp);

#endif
