/* rectrack — a digest as an e-mail message (digest.h). */
#include "formats/digest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/digest.h"
#include "core/queue.h"
#include "formats/csv.h"
#include "formats/mail.h"

#define TEXT_CHARS	60	/* characters of a text in the list */

static struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

/* Characters (not bytes) of UTF-8 text s. */
static size_t
chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* Append s padded with spaces to w characters. */
static void
padded(struct rt_buf *b, const char *s, size_t w)
{
	size_t n = chars(s);

	rt_buf_puts(b, s);
	while (n++ < w)
		rt_buf_puts(b, " ");
}

/* Append the start of text s on one line: line ends and tabs as
 * spaces, at most TEXT_CHARS characters, "…" when cut. */
static void
text_start(struct rt_buf *b, const char *s)
{
	size_t n = 0;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c & 0xc0) != 0x80 && n++ == TEXT_CHARS - 1 &&
		    chars(s) > 1) {
			rt_buf_puts(b, "\xe2\x80\xa6");
			return;
		}
		if (c < 0x20 || c == 0x7f)
			rt_buf_puts(b, " ");
		else
			rt_buf_add(b, s, 1);
	}
}

int
rt_digest_subject(const struct rt_digests *ds, const struct rt_digest *d,
    struct rt_buf *b)
{
	const char *sep = "";

	rt_buf_puts(b, "Recommendations to follow up: ");
	if (d->count[RT_DUE_OVERDUE]) {
		rt_buf_printf(b, "%zu overdue", d->count[RT_DUE_OVERDUE]);
		sep = ", ";
	}
	if (d->count[RT_DUE_SOON]) {
		rt_buf_printf(b, "%s%zu due within %d %s", sep,
		    d->count[RT_DUE_SOON], ds->due.within,
		    ds->due.within == 1 ? "day" : "days");
		sep = ", ";
	}
	if (d->count[RT_DUE_UNDECIDED])
		rt_buf_printf(b, "%s%zu awaiting a decision", sep,
		    d->count[RT_DUE_UNDECIDED]);
	rt_buf_printf(b, " (%s)", ds->due.as_of);
	return b->s == NULL ? -1 : 0;
}

/* The column of dates of group g: the target, or the issue date. */
static const char *
date_of(const struct rt_due_item *it)
{
	return it->group == RT_DUE_UNDECIDED ? it->rec.report_issued :
	    it->rec.target_date;
}

static const char *const days_head[RT_DUE_GROUPS] = {
	"DAYS OVERDUE", "DAYS LEFT", "DAYS SINCE ISSUE"
};

/* The list of group g of d, aligned, under its heading. */
static void
group_list(struct rt_buf *b, const struct rt_digests *ds,
    const struct rt_digest *d, enum rt_due_group g)
{
	char head[80], num[24], id[256];
	size_t i, wid = 2, wstat = 6;

	rt_due_heading(&ds->due, g, head, sizeof(head));
	rt_buf_printf(b, "%s (%zu)\n", head, d->count[g]);
	for (i = 0; i < d->nitems; i++) {
		const struct rt_due_item *it = d->items[i];

		if (it->group != g)
			continue;
		snprintf(id, sizeof(id), "%s#%s", it->rec.report,
		    it->rec.number);
		if (chars(id) > wid)
			wid = chars(id);
		if (strlen(rt_status_name(it->rec.status)) > wstat)
			wstat = strlen(rt_status_name(it->rec.status));
	}
	rt_buf_puts(b, "  ");
	padded(b, "ID", wid + 2);
	padded(b, g == RT_DUE_UNDECIDED ? "ISSUED" : "TARGET", 12);
	padded(b, days_head[g], strlen(days_head[g]) + 2);
	padded(b, "STATUS", wstat + 2);
	rt_buf_puts(b, "TEXT\n");
	for (i = 0; i < d->nitems; i++) {
		const struct rt_due_item *it = d->items[i];

		if (it->group != g)
			continue;
		snprintf(id, sizeof(id), "%s#%s", it->rec.report,
		    it->rec.number);
		snprintf(num, sizeof(num), "%*ld", (int)strlen(days_head[g]),
		    it->days);
		rt_buf_puts(b, "  ");
		padded(b, id, wid + 2);
		padded(b, date_of(it), 12);
		padded(b, num, strlen(days_head[g]) + 2);
		padded(b, rt_status_name(it->rec.status), wstat + 2);
		text_start(b, it->rec.text);
		rt_buf_puts(b, "\n");
	}
	rt_buf_puts(b, "\n");
}

static void
body(struct rt_buf *b, const struct rt_digests *ds, const struct rt_digest *d,
    const struct rt_config *cfg, const char *att)
{
	int g;

	rt_buf_printf(b, "%s,\n\n", d->official.name);
	rt_buf_printf(b, "The recommendations assigned to you (%s) that "
	    "need attention, as of %s:\n\n", d->official.code,
	    ds->due.as_of);
	for (g = 0; g < RT_DUE_GROUPS; g++)
		if (d->count[g])
			group_list(b, ds, d, (enum rt_due_group)g);
	rt_buf_printf(b, "The same list is attached as %s.\n", att);
	if (d->escalated)
		rt_buf_printf(b, "\nCopied to %s, to whom you report: a "
		    "recommendation is overdue by more than %d days.\n",
		    d->escalated, cfg->follow_up.escalate_after_days);
	rt_buf_printf(b, "\n-- \n%s\n", cfg->follow_up.from_name ?
	    cfg->follow_up.from_name : cfg->follow_up.from);
}

/* The CSV attachment of d into *out (malloc'ed, *len bytes). */
static struct rt_error *
attachment(const struct rt_digest *d, char **out, size_t *len)
{
	static const char *const head[] = { "group", "id", "agency",
	    "official", "status", "target_date", "issued", "days", "text" };
	char num[24], id[256];
	size_t i, k;
	FILE *fp;

	*out = NULL;
	if ((fp = open_memstream(out, len)) == NULL)
		return nomem();
	for (k = 0; k < sizeof(head) / sizeof(head[0]); k++)
		fprintf(fp, "%s%s", k ? "," : "", head[k]);
	fputs("\r\n", fp);
	for (i = 0; i < d->nitems; i++) {
		const struct rt_due_item *it = d->items[i];

		snprintf(id, sizeof(id), "%s#%s", it->rec.report,
		    it->rec.number);
		snprintf(num, sizeof(num), "%ld", it->days);
		rt_csv_field(fp, rt_due_group_key(it->group));
		fputc(',', fp);
		rt_csv_field(fp, id);
		fputc(',', fp);
		rt_csv_field(fp, it->rec.agency ? it->rec.agency : "");
		fputc(',', fp);
		rt_csv_field(fp, it->rec.official ? it->rec.official : "");
		fputc(',', fp);
		rt_csv_field(fp, rt_status_name(it->rec.status));
		fputc(',', fp);
		rt_csv_field(fp, it->rec.target_date);
		fputc(',', fp);
		rt_csv_field(fp, it->rec.report_issued);
		fputc(',', fp);
		rt_csv_field(fp, num);
		fputc(',', fp);
		rt_csv_field(fp, it->rec.text ? it->rec.text : "");
		fputs("\r\n", fp);
	}
	if (fclose(fp) != 0) {
		free(*out);
		*out = NULL;
		return nomem();
	}
	return NULL;
}

struct rt_error *
rt_digest_message(const struct rt_digests *ds, const struct rt_digest *d,
    const struct rt_config *cfg, const char *instant, const char *uid,
    struct rt_buf *out)
{
	struct rt_buf text = { 0 }, subject = { 0 }, att = { 0 },
	    seed = { 0 };
	struct rt_mail_addr to, *cc = NULL;
	struct rt_error *err = NULL;
	struct rt_mail m;
	char *csv = NULL;
	size_t i, len = 0;

	if (cfg->follow_up.from == NULL)
		return rt_error_new(RT_EINVAL, "the digests need a sender: "
		    "set follow_up.from in the configuration");
	if (d->official.email == NULL)
		return rt_error_new(RT_EINVAL, "official %s has no e-mail "
		    "address", d->official.code);
	rt_buf_printf(&att, "due-%s-%s.csv", d->official.code, ds->due.as_of);
	rt_buf_printf(&seed, "%s/%s/%s", uid, d->official.code, instant);
	body(&text, ds, d, cfg, att.s ? att.s : "");
	if (att.s == NULL || seed.s == NULL || text.s == NULL ||
	    rt_digest_subject(ds, d, &subject) == -1 ||
	    (d->ncc && (cc = calloc(d->ncc, sizeof(*cc))) == NULL)) {
		err = nomem();
		goto done;
	}
	if ((err = attachment(d, &csv, &len)) != NULL)
		goto done;
	for (i = 0; i < d->ncc; i++)
		cc[i].addr = d->cc[i];
	memset(&m, 0, sizeof(m));
	m.from.name = cfg->follow_up.from_name;
	m.from.addr = cfg->follow_up.from;
	to.name = d->official.name;
	to.addr = d->official.email;
	m.to = &to;
	m.nto = 1;
	m.cc = cc;
	m.ncc = d->ncc;
	m.subject = subject.s;
	m.instant = instant;
	m.id_seed = seed.s;
	m.body = text.s;
	m.att_name = att.s;
	m.att_body = csv;
	m.att_len = len;
	err = rt_mail_build(&m, out);
done:
	free(csv);
	free(cc);
	rt_buf_free(&text);
	rt_buf_free(&subject);
	rt_buf_free(&att);
	rt_buf_free(&seed);
	return err;
}
