/* rectrack history REC|REPORT|agency:CODE|issuer:CODE|official:CODE — the
 * events of a recommendation, or of a report, an agency, an issuer or an
 * official itself, oldest first. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "store/store.h"

struct subject_rows {
	struct out *o;
	const char *as_of;
	const char *known;	/* the horizon, or NULL */
};

/* A row for each event that had taken effect by as_of, as known at the
 * horizon. */
static int
subject_row(const struct rt_event *ev, void *arg)
{
	const struct subject_rows *u = arg;

	if (strcmp(ev->effective, u->as_of) <= 0 &&
	    (u->known == NULL || strcmp(ev->at, u->known) <= 0))
		out_event_row(u->o, ev, 0);
	return 0;
}

/* The events of a report, an agency or an issuer itself. */
static int
subject_history(struct cli *c, const char *arg, enum out_format fmt,
    const char *as_of)
{
	enum rt_subject kind = RT_SUBJECT_REPORT;
	struct rt_store *st = NULL;
	struct rt_error *err;
	struct subject_rows u;

	if (strncmp(arg, "agency:", 7) == 0) {
		kind = RT_SUBJECT_AGENCY;
		arg += 7;
	} else if (strncmp(arg, "issuer:", 7) == 0) {
		kind = RT_SUBJECT_ISSUER;
		arg += 7;
	} else if (strncmp(arg, "official:", 9) == 0) {
		kind = RT_SUBJECT_OFFICIAL;
		arg += 9;
	}
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) == NULL) {
		u.as_of = as_of;
		u.known = cli_horizon();
		if ((u.o = out_new(stdout, fmt, out_event_cols,
		    out_event_ncols)) != NULL)
			err = rt_store_subject_event_list(st, kind, arg,
			    subject_row, &u);
		err = cli_listing_end(c, u.o, err, "no events");
	}
	rt_store_close(st);
	return err ? cli_fail(err) : 0;
}

int
cmd_history(struct cli *c, int argc, char **argv)
{
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st = NULL;
	struct rt_error *err;
	struct rt_rec rec;
	char *report = NULL, *number = NULL, as_of[RT_DATE_SIZE];
	int status;

	if ((status = cli_rec_options(c, argc, argv, CLI_FMT_LISTING, &fmt, as_of)) != -1)
		return status;
	if (strchr(argv[optind], '#') == NULL)
		return subject_history(c, argv[optind], fmt, as_of);
	rt_rec_init(&rec);
	if ((err = cli_one_rec(c, argv[optind], &report, &number)) ||
	    (err = cli_open(c, RT_STORE_READONLY, &st)) ||
	    (err = rt_store_rec_get(st, report, number, &rec)))
		goto done;
	err = cli_events(st, &rec, as_of, out_new(stdout, fmt, out_event_cols,
	    out_event_ncols));
done:
	rt_rec_free(&rec);
	rt_store_close(st);
	free(report);
	free(number);
	return err ? cli_fail(err) : 0;
}
