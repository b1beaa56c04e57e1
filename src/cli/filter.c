/*
 * rectrack — the front end's filters: the options list, export, summary
 * and outstanding share (cli_filter_*), --status, --as-of and the
 * horizon --as-known.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "core/official.h"
#include "core/queue.h"
#include "core/select.h"
#include "store/store.h"

/* The horizon --as-known set ("" when none): one command per process,
 * so the front end keeps it here until cli_open hands it to the store. */
static char known[21];

int
cli_as_known(const char *arg)
{
	char now[21], day[RT_DATE_SIZE];

	rt_clock_now(now);
	if (strlen(arg) == 10 && rt_date_valid(arg))
		snprintf(known, sizeof(known), "%sT23:59:59Z", arg);
	else if (strlen(arg) == 20 && arg[10] == 'T' && arg[19] == 'Z' &&
	    arg[13] == ':' && arg[16] == ':' &&
	    snprintf(day, sizeof(day), "%.10s", arg) > 0 &&
	    rt_date_valid(day) && strspn(arg + 11, "0123456789:") == 8 &&
	    strncmp(arg + 11, "24", 2) < 0 && strncmp(arg + 14, "60", 2) < 0 &&
	    strncmp(arg + 17, "60", 2) < 0)
		snprintf(known, sizeof(known), "%s", arg);
	else
		return cli_fail(rt_error_new(RT_EINVAL, "--as-known: \"%s\" is "
		    "not a date (YYYY-MM-DD) or an instant "
		    "(YYYY-MM-DDTHH:MM:SSZ, in UTC)", arg));
	if (strcmp(known, now) > 0 && strncmp(known, now, 10) > 0) {
		known[0] = '\0';
		return cli_fail(rt_error_new(RT_EINVAL, "--as-known: %s is "
		    "after today (%.10s): nothing is known of it yet", arg,
		    now));
	}
	return 0;
}

const char *
cli_horizon(void)
{
	return known[0] ? known : NULL;
}

int
cli_as_of(const char *arg, char out[RT_DATE_SIZE])
{
	char today[RT_DATE_SIZE];

	rt_clock_today(today);
	/* as known on a day, the day considered is that day */
	if (arg == NULL && known[0])
		snprintf(today, sizeof(today), "%.10s", known);
	if (arg == NULL) {
		memcpy(out, today, RT_DATE_SIZE);
		return 0;
	}
	if (!rt_date_valid(arg))
		return cli_fail(rt_error_new(RT_EINVAL, "--as-of: \"%s\" is not "
		    "a date (expected YYYY-MM-DD, a day that exists)", arg));
	if (strcmp(arg, today) > 0)
		return cli_fail(rt_error_new(RT_EINVAL, "--as-of: %s is after "
		    "today (%s): the history cannot tell yet", arg, today));
	memcpy(out, arg, RT_DATE_SIZE);
	return 0;
}

static int
found_one(const struct rt_report *r, void *arg)
{
	(void)r;
	*(int *)arg = 1;
	return 1;
}

/* A filter naming what does not exist is a mistake, not an empty list. */
struct rt_error *
cli_check_filter(struct rt_store *st, const struct rt_filter *f)
{
	struct rt_error *err = NULL;
	struct rt_filter tf;
	struct rt_issuer is;
	struct rt_agency ag;
	struct rt_report r;
	int found = 0;

	if (f->issuer && (err = rt_store_issuer_get(st, f->issuer, &is)) == NULL)
		rt_issuer_free(&is);
	if (!err && f->agency &&
	    (err = rt_store_agency_get(st, f->agency, &ag)) == NULL)
		rt_agency_free(&ag);
	if (!err && f->report &&
	    (err = rt_store_report_get(st, f->report, &r)) == NULL)
		rt_report_free(&r);
	/* a topic exists while a report carries it */
	if (!err && f->topic) {
		memset(&tf, 0, sizeof(tf));
		tf.topic = f->topic;
		if ((err = rt_store_report_list(st, &tf, found_one,
		    &found)) == NULL && !found)
			err = rt_error_new(RT_ENOTFOUND, "\"%s\": no such "
			    "topic (no report is tagged with it)", f->topic);
	}
	return err;
}

void
cli_filter_init(struct cli_filter *fl)
{
	memset(fl, 0, sizeof(*fl));
}

/* Add the codes of v (taken) to fl->staff, each once. */
static struct rt_error *
add_staff(struct cli_filter *fl, char **v, size_t n)
{
	char **nv;
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < fl->nstaff; j++)
			if (strcmp(fl->staff[j], v[i]) == 0)
				break;
		if (j < fl->nstaff) {
			free(v[i]);
			v[i] = NULL;
			continue;
		}
		if ((nv = realloc(fl->staff, (fl->nstaff + 1) *
		    sizeof(*nv))) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		fl->staff = nv;
		nv[fl->nstaff++] = v[i];
		v[i] = NULL;
	}
	return NULL;
}

struct rt_error *
cli_filter_ready(struct rt_store *st, struct cli_filter *fl)
{
	struct rt_error *err = NULL;
	struct rt_official o;
	char **v = NULL;
	size_t i, j, n = 0;

	if (fl->include_staff && fl->nofficial == 0)
		return rt_error_new(RT_EUSAGE, "--include-staff goes with "
		    "--official CODE (whose staff to include)");
	for (i = 0; err == NULL && i < fl->nofficial; i++) {
		if (!fl->include_staff) {
			if ((err = rt_store_official_get(st, fl->official[i],
			    &o)) == NULL)
				rt_official_free(&o);
			continue;
		}
		if ((err = rt_official_staff(st, fl->official[i], &v,
		    &n)) == NULL)
			err = add_staff(fl, v, n);
		for (j = 0; j < n; j++)
			free(v[j]);
		free(v);
		v = NULL;
		n = 0;
	}
	if (err == NULL && fl->include_staff) {
		fl->f.officials = (const char *const *)fl->staff;
		fl->f.nofficials = fl->nstaff;
	}
	return err ? err : cli_check_filter(st, &fl->f);
}

void
cli_filter_free(struct cli_filter *fl)
{
	size_t i;

	for (i = 0; i < fl->nstaff; i++)
		free(fl->staff[i]);
	free(fl->staff);
	fl->staff = NULL;
	fl->nstaff = 0;
}

/* A date value of a filter option into *out; 0 or the exit status. */
static int
filter_date(const char *opt, const char *arg, const char **out)
{
	if (!rt_date_valid(arg))
		return cli_fail(rt_error_new(RT_EINVAL, "%s: \"%s\" is not a "
		    "date (expected YYYY-MM-DD, a day that exists)", opt, arg));
	*out = arg;
	return 0;
}

int
cli_days(const char *opt, const char *arg, long *out)
{
	size_t n = strlen(arg);
	long v = 0;

	if (n > 0 && n <= 4 && strspn(arg, "0123456789") == n)
		v = strtol(arg, NULL, 10);
	if (v < 1 || v > 3650)
		return cli_fail(rt_error_new(RT_EINVAL, "%s: \"%s\" is not a "
		    "number of days (1 to 3650)", opt, arg));
	*out = v;
	return 0;
}

/* --extended-more-than N (0 to 999): kept are those extended at least
 * N + 1 times. */
static int
extended_more_than(const char *arg, int *min)
{
	size_t n = strlen(arg);

	if (n == 0 || n > 3 || strspn(arg, "0123456789") != n)
		return cli_fail(rt_error_new(RT_EINVAL, "--extended-more-than: "
		    "\"%s\" is not a number of extensions (0 to 999)", arg));
	*min = (int)strtol(arg, NULL, 10) + 1;
	return 0;
}

/* --fy YEAR (2021 or FY2021), added to fl's years once; 0 or the exit
 * status. */
static int
filter_fy(const struct cli *c, struct cli_filter *fl, const char *arg)
{
	const char *s = arg;
	char *end = NULL;
	long fy = 0;
	size_t i;

	if ((s[0] == 'F' || s[0] == 'f') && (s[1] == 'Y' || s[1] == 'y'))
		s += 2;
	if (*s >= '0' && *s <= '9')
		fy = strtol(s, &end, 10);
	if (fy < RT_FY_MIN || fy > RT_FY_MAX || *end != '\0')
		return cli_fail(rt_error_new(RT_EINVAL, "--fy: \"%s\" is not a "
		    "fiscal year (expected a year such as 2021 or FY2021)",
		    arg));
	for (i = 0; i < fl->nfy; i++)
		if (fl->fy[i] == (int)fy)
			return 0;
	if (fl->nfy == RT_FILTER_MAX_FYS)
		return cli_usage_error(c, "--fy given more than %d times",
		    RT_FILTER_MAX_FYS);
	fl->fy[fl->nfy++] = (int)fy;
	fl->f.fys = fl->fy;
	fl->f.nfys = fl->nfy;
	return 0;
}

int
cli_filter_option(const struct cli *c, struct cli_filter *fl, int ch,
    const char *arg)
{
	static const char *const names[] = { "--issuer", "--agency",
	    "--report", "--status", "--concurrence", "--topic", "--fy",
	    "--issued-from", "--issued-to", "--overdue", "--priority",
	    "--as-of", "--as-known", "--official", "--due-within",
	    "--unresolved-over", "--no-target", "--sort",
	    "--include-staff", "--extended-more-than" };
	struct rt_filter *f = &fl->f;
	struct rt_error *err;
	enum rt_concurrence conc;
	unsigned bit;

	if (ch < CLI_F_ISSUER || ch > CLI_F_EXTENDED_MORE_THAN)
		return -1;
	bit = 1u << (ch - CLI_F_ISSUER);
	if (ch != CLI_F_STATUS && ch != CLI_F_CONCURRENCE &&
	    ch != CLI_F_OFFICIAL && ch != CLI_F_FY) {
		if (fl->given & bit)
			return cli_usage_error(c, "%s given twice",
			    names[ch - CLI_F_ISSUER]);
		fl->given |= bit;
	}
	switch (ch) {
	case CLI_F_ISSUER: f->issuer = arg; break;
	case CLI_F_AGENCY: f->agency = arg; break;
	case CLI_F_REPORT: f->report = arg; break;
	case CLI_F_TOPIC: f->topic = arg; break;
	case CLI_F_OVERDUE: fl->overdue = 1; break;
	case CLI_F_PRIORITY: f->priority = 1; break;
	case CLI_F_AS_OF: fl->as_of_arg = arg; break;
	case CLI_F_AS_KNOWN: return cli_as_known(arg);
	case CLI_F_OFFICIAL:
		if (fl->nofficial == CLI_MAX_OFFICIALS)
			return cli_usage_error(c, "--official given more than "
			    "%d times", CLI_MAX_OFFICIALS);
		fl->official[fl->nofficial++] = arg;
		f->officials = fl->official;
		f->nofficials = fl->nofficial;
		break;
	case CLI_F_INCLUDE_STAFF: fl->include_staff = 1; break;
	case CLI_F_DUE_WITHIN:
		return cli_days("--due-within", arg, &fl->due_within);
	case CLI_F_UNRESOLVED_OVER:
		return cli_days("--unresolved-over", arg,
		    &fl->unresolved_over);
	case CLI_F_NO_TARGET: f->no_target = 1; break;
	case CLI_F_EXTENDED_MORE_THAN:
		return extended_more_than(arg, &f->extended_min);
	case CLI_F_SORT:
		if ((err = rt_sort_parse(arg, &fl->sort)))
			return cli_fail(err);
		break;
	case CLI_F_STATUS:
		if ((err = cli_status_mask(arg, &f->statuses)))
			return cli_fail(err);
		break;
	case CLI_F_CONCURRENCE:
		if (rt_concurrence_parse(arg, &conc) == -1)
			return cli_fail(rt_error_new(RT_EINVAL, "--concurrence: "
			    "unknown value \"%s\" (expected one of %s)", arg,
			    rt_concurrence_names()));
		f->concurrences |= 1u << conc;
		break;
	case CLI_F_FY:
		return filter_fy(c, fl, arg);
	case CLI_F_ISSUED_FROM:
		return filter_date("--issued-from", arg, &f->issued_from);
	case CLI_F_ISSUED_TO:
		return filter_date("--issued-to", arg, &f->issued_to);
	}
	return 0;
}

int
cli_filter_done(const struct cli *c, struct cli_filter *fl)
{
	struct rt_filter *f = &fl->f;
	int status;

	(void)c;
	if ((status = cli_as_of(fl->as_of_arg, fl->as_of)) != 0)
		return status;
	if (f->issued_from && f->issued_to &&
	    strcmp(f->issued_from, f->issued_to) > 0)
		return cli_fail(rt_error_new(RT_EINVAL, "--issued-from %s is "
		    "after --issued-to %s: no report can match",
		    f->issued_from, f->issued_to));
	if (fl->overdue)
		f->overdue_before = fl->as_of;
	if (fl->due_within) {
		rt_date_from_days(rt_date_str_days(fl->as_of) + fl->due_within,
		    fl->due_to);
		f->due_from = fl->as_of;
		f->due_to = fl->due_to;
	}
	if (fl->unresolved_over) {
		rt_date_from_days(rt_date_str_days(fl->as_of) -
		    fl->unresolved_over, fl->unresolved_before);
		f->unresolved_before = fl->unresolved_before;
	}
	return 0;
}

struct rt_error *
cli_status_mask(const char *s, unsigned *mask)
{
	enum rt_status st;
	int i;

	if (strcmp(s, "open") == 0 || strcmp(s, "closed") == 0) {
		for (i = 0; i < RT_STATUS_COUNT; i++)
			if (rt_status_is_open(i) == (s[0] == 'o'))
				*mask |= 1u << i;
		return NULL;
	}
	if (rt_status_parse(s, &st) == -1)
		return rt_error_new(RT_EINVAL, "--status: unknown value \"%s\" "
		    "(expected open, closed or one of %s)", s,
		    rt_status_names());
	*mask |= 1u << st;
	return NULL;
}


struct rt_error *
cli_sorted_recs(struct rt_store *st, const struct cli_filter *fl,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	struct rt_recs_walk w;
	const struct rt_rec **v = NULL;
	struct rt_error *err;
	size_t i;

	memset(&w, 0, sizeof(w));
	if ((err = rt_select(st, &fl->f, fl->as_of, rt_recs_cb, &w)) == NULL)
		err = w.err;
	if (err == NULL && w.recs.n &&
	    (v = calloc(w.recs.n, sizeof(*v))) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err)
		goto done;
	for (i = 0; i < w.recs.n; i++)
		v[i] = &w.recs.v[i];
	rt_sort_recs(&fl->sort, v, w.recs.n);
	for (i = 0; i < w.recs.n && cb(v[i], arg) == 0; i++)
		;
done:
	free(v);
	rt_recs_free(&w.recs);
	return err;
}
