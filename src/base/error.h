/*
 * rectrack — error objects.
 *
 * Library functions report failure by returning a struct rt_error *;
 * NULL means success.  The error travels up to the command, which prints
 * it once ("rectrack: <msg>") and maps the code to an exit status.
 */
#ifndef RT_ERROR_H
#define RT_ERROR_H

#include <stdio.h>

enum rt_err_code {
	RT_ENOTFOUND = 1,	/* a named object does not exist */
	RT_EEXIST,		/* it already exists */
	RT_EREFUSED,		/* a lifecycle rule refuses the change */
	RT_EINVAL,		/* bad data: a value that does not parse */
	RT_EDB,			/* the database failed */
	RT_EIO,			/* a file could not be read or written */
	RT_ENOMEM,		/* out of memory */
	RT_EUSAGE,		/* the command line itself is wrong (exit 2) */
	RT_ECONFLICT,		/* another transaction changed the same rows
				   at the same moment: nothing was done, and
				   the same transaction may be run again */
};

struct rt_error {
	enum rt_err_code code;
	char msg[1024];
};

/*
 * Make an error with a printf-style message (no trailing newline, no
 * "rectrack:" prefix).  Never returns NULL: when memory is short it
 * returns a static out-of-memory error.  Free with rt_error_free().
 */
struct rt_error *rt_error_new(enum rt_err_code code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Free an error; NULL and the static out-of-memory error are ignored. */
void rt_error_free(struct rt_error *err);

#endif
