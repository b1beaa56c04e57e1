/* rectrack seal — the head hash of the history, with its event count and
 * time, for an office to record outside the database. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/chain.h"
#include "store/store.h"

static const struct out_col seal_cols[] = {
	{ "seal", "SEAL", 0 },
	{ "register", "REGISTER", 0 },
	{ "events", "EVENTS", OUT_NUMBER },
	{ "last_recorded", "LAST RECORDED", 0 },
};

/* n with its thousands grouped: "1,234". */
static void
grouped(char out[32], long long n)
{
	char digits[32];
	size_t len, i, k = 0;

	snprintf(digits, sizeof(digits), "%lld", n);
	len = strlen(digits);
	for (i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0 && digits[i - 1] != '-')
			out[k++] = ',';
		out[k++] = digits[i];
	}
	out[k] = '\0';
}

static struct rt_error *
print_seal(enum out_format fmt, const char *uid,
    const struct rt_chain_result *res)
{
	struct out *o;
	char n[32];

	if (fmt == OUT_TABLE) {
		if (res->events == 0)
			printf("register %s has no seal yet: it holds no "
			    "events\n", uid);
		else {
			grouped(n, res->events);
			printf("seal %s of register %s: %s %s, the last "
			    "recorded %s\n", res->head, uid, n,
			    out_noun(res->events, "event", "events"),
			    res->head_at);
		}
		return NULL;
	}
	if ((o = fmt == OUT_JSON ? out_object(stdout, seal_cols,
	    sizeof(seal_cols) / sizeof(seal_cols[0])) : out_new(stdout, fmt,
	    seal_cols, sizeof(seal_cols) / sizeof(seal_cols[0]))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	out_str(o, res->events ? res->head : NULL);
	out_str(o, uid);
	out_int(o, res->events);
	out_str(o, res->events ? res->head_at : NULL);
	out_row(o);
	return cli_out_end(o, NULL);
}

int
cmd_seal(struct cli *c, int argc, char **argv)
{
	struct rt_chain_result res;
	struct rt_store *st = NULL;
	struct rt_error *err;
	enum out_format fmt = OUT_TABLE;
	char *name;
	int status;

	memset(&res, 0, sizeof(res));
	if ((status = cli_format_only(c, argc, argv, &fmt)) != -1)
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((err = rt_chain_verify(st, NULL, &res)) == NULL && res.breaks) {
		name = rt_chain_break_name(&res);
		err = rt_error_new(RT_EREFUSED, "no seal: the history's chain "
		    "breaks at %s; run rectrack check", name ? name :
		    "an event");
		free(name);
	}
	if (err == NULL)
		err = print_seal(fmt, rt_store_uid(st), &res);
	rt_chain_result_free(&res);
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}
