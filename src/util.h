/* rectrack — small helpers: checked allocation results, growing strings. */
#ifndef RT_UTIL_H
#define RT_UTIL_H

/* strdup that accepts NULL (returns NULL).  Caller frees. */
char *rt_strdup(const char *s);

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

/* Write s as a JSON string literal to fp: quotes and backslashes escaped,
 * \n \t \r and other control characters (and DEL) as escapes, UTF-8
 * passed through.  The one JSON escaper: every JSON writer uses it. */
void rt_json_string(FILE *fp, const char *s);

#endif
