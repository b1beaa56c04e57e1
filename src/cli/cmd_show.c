/* rectrack show REC — one recommendation, its report and its history. */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/event.h"
#include "core/evidence.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "store/store.h"

static void
money_line(const char *label, int64_t cents)
{
	char buf[32];

	if (cents == RT_MONEY_NONE)
		return;
	rt_money_display(cents, buf, sizeof(buf));
	out_kv(stdout, label, buf);
}

/* The recommendation for people, with the evidence files in force (ev),
 * before its history. */
static void
print_rec(const struct rt_rec *rec, const struct rt_report *r,
    const char *today, const char *official_name,
    const struct rt_evidence_list *ev)
{
	struct rt_buf b = { 0 };
	long age = rt_rec_age_days(rec, today);
	char size[32];
	size_t i;
	int f;

	rt_buf_printf(&b, "%s#%s", rec->report, rec->number);
	out_text(stdout, b.s);
	putchar('\n');
	rt_buf_free(&b);
	rt_buf_printf(&b, "%s (%s, issued %s)", r->title, r->issuer,
	    r->issued);
	out_kv(stdout, "Report:", b.s);
	rt_buf_free(&b);
	out_kv(stdout, "Agency:", rec->agency_path);
	if (rec->official != NULL && official_name != NULL &&
	    strcmp(rec->official, official_name) != 0) {
		rt_buf_printf(&b, "%s (%s)", rec->official, official_name);
		out_kv(stdout, "Official:", b.s);
		rt_buf_free(&b);
	} else
		out_kv(stdout, "Official:", rec->official);
	out_kv(stdout, "Status:", rt_status_label(rec->status));
	out_kv(stdout, "Concurrence:", rt_concurrence_label(rec->concurrence));
	rt_buf_printf(&b, "%s%s", rec->target_date,
	    rt_rec_overdue(rec, today) ? " (overdue)" : "");
	out_kv(stdout, "Target date:", rec->target_date[0] ? b.s : NULL);
	rt_buf_free(&b);
	if (strcmp(rec->original_target_date, rec->target_date) != 0)
		out_kv(stdout, "First target:", rec->original_target_date);
	/* back in an unresolved status, the date is that of a decision no
	 * longer in force */
	out_kv(stdout, rec->status == RT_OPEN_PENDING ||
	    rec->status == RT_OPEN_UNRESOLVED ? "Last decided:" : "Resolved:",
	    rec->resolved_date);
	out_kv(stdout, "Closed:", rec->closed_date);
	for (f = 0; f < RT_FLAG_COUNT; f++)
		if (rt_flag_get(rec, f))
			rt_buf_printf(&b, "%s%s", b.len ? ", " : "",
			    rt_flag_name(f));
	out_kv(stdout, "Flags:", b.s);
	rt_buf_free(&b);
	money_line("Questioned:", rec->money[RT_QUESTIONED_COST]);
	money_line("Unsupported:", rec->money[RT_UNSUPPORTED_COST]);
	money_line("Better use:", rec->money[RT_FUNDS_BETTER_USE]);
	money_line("Savings:", rec->money[RT_POTENTIAL_SAVINGS]);
	money_line("Disallowed:", rec->money[RT_DISALLOWED_COST]);
	money_line("FBU agreed:", rec->money[RT_FBU_AGREED]);
	rt_buf_printf(&b, "%ld %s", age, out_noun(age, "day", "days"));
	out_kv(stdout, "Age:", b.s);
	rt_buf_free(&b);
	out_kv(stdout, "Text:", rec->text);
	out_kv(stdout, "Action:", rec->corrective_action);
	for (i = 0; ev != NULL && i < ev->n; i++) {
		rt_evidence_size_text(ev->v[i].size, size);
		rt_buf_printf(&b, "%s (%s, %.12s, added by %s on %s)",
		    ev->v[i].name, size, ev->v[i].hash, ev->v[i].actor,
		    ev->v[i].effective);
		out_kv(stdout, i ? "" : "Evidence:", b.s);
		rt_buf_free(&b);
	}
	printf("\nHistory\n");
}

int
cmd_show(struct cli *c, int argc, char **argv)
{
	enum out_format fmt = OUT_TABLE;
	struct rt_store *st = NULL;
	struct rt_error *err;
	struct rt_report r;
	struct rt_rec cur, rec;
	struct rt_official off;
	struct rt_evidence_list ev;
	struct out *o = NULL;
	char *report = NULL, *number = NULL, today[RT_DATE_SIZE];
	int status, exists;

	if ((status = cli_rec_options(c, argc, argv, CLI_FMT_OBJECT, &fmt,
	    today)) != -1)
		return status;
	rt_rec_init(&cur);
	rt_rec_init(&rec);
	memset(&r, 0, sizeof(r));
	if ((err = cli_one_rec(c, argv[optind], &report, &number)) ||
	    (err = cli_open(c, RT_STORE_READONLY, &st)) ||
	    (err = rt_store_rec_get(st, report, number, &cur)) ||
	    (err = rt_store_report_get(st, report, &r)) ||
	    (err = rt_rec_as_of(st, &cur, today, &rec, &exists)))
		goto done;
	if (!exists) {
		err = rt_error_new(RT_ENOTFOUND, "%s: did not exist yet on %s "
		    "(the report was issued on %s)", argv[optind], today,
		    r.issued);
		goto done;
	}
	switch (fmt) {
	case OUT_TABLE:
	case OUT_MD:	/* not offered (out_format_parse) */
	case OUT_HTML:
	case OUT_XLSX:
		/* the official's name beside the code, when the code is
		 * still an official's (not one it had before a rename) */
		memset(&off, 0, sizeof(off));
		if (rec.official != NULL &&
		    (err = rt_store_official_get(st, rec.official, &off))) {
			if (err->code != RT_ENOTFOUND)
				break;
			rt_error_free(err);
			err = NULL;
		}
		memset(&ev, 0, sizeof(ev));
		if ((err = rt_evidence_list(st, argv[optind], today, &ev))) {
			rt_official_free(&off);
			break;
		}
		print_rec(&rec, &r, today, off.name, &ev);
		rt_official_free(&off);
		rt_evidence_list_free(&ev);
		err = cli_events(st, &rec, today, out_new(stdout, fmt,
		    out_event_cols, out_event_ncols));
		break;
	case OUT_JSON:
		/* the recommendation, with its history nested in it */
		if ((o = out_object(stdout, out_rec_cols, out_rec_ncols)) ==
		    NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			break;
		}
		out_rec_row(o, &rec, today);
		err = cli_events(st, &rec, today, out_member(o, "history",
		    out_event_cols, out_event_ncols));
		err = cli_out_end(o, err);
		break;
	case OUT_CSV:
		/* one row, as `list` writes it; `history` gives the events */
		if ((o = out_new(stdout, fmt, out_rec_cols, out_rec_ncols)))
			out_rec_row(o, &rec, today);
		err = cli_out_end(o, NULL);
		break;
	}
done:
	rt_report_free(&r);
	rt_rec_free(&cur);
	rt_rec_free(&rec);
	rt_store_close(st);
	free(report);
	free(number);
	return err ? cli_fail(err) : 0;
}
