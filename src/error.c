#include "rectrack.h"

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

struct rt_error *
rt_error_prefix(struct rt_error *err, const char *fmt, ...)
{
	char prefix[512], old[sizeof(err->msg)];
	va_list ap;

	if (err == NULL || err == &nomem)
		return err;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	memcpy(old, err->msg, sizeof(old));
	snprintf(err->msg, sizeof(err->msg), "%s: %s", prefix, old);
	return err;
}

void
rt_error_free(struct rt_error *err)
{
	if (err != NULL && err != &nomem)
		free(err);
}
