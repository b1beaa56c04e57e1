#include "base/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static struct rt_error nomem = { RT_ENOMEM, "out of memory" };

struct rt_error *
rt_error_new(enum rt_err_code code, const char *fmt, ...)
{
	struct rt_error *err;
	va_list ap;

	err = malloc(sizeof(*err));
	if (err == NULL)
		return &nomem;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return err;
}

void
rt_error_free(struct rt_error *err)
{
	if (err != NULL && err != &nomem)
		free(err);
}
