/* rectrack search TEXT... — full-text search over report titles, report
 * summaries, recommendation texts and corrective actions, notes and
 * officials' names, best hits first; a report number or a
 * recommendation's REPORT#NUMBER is found as it is, first. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/query.h"
#include "store/store.h"

#define DEFAULT_LIMIT 20

static const struct out_col cols[] = {
	{ "rank", "RANK", OUT_NUMBER | OUT_HIDE },
	{ "id", "ID", 0 },
	{ "report", "REPORT", OUT_HIDE },
	{ "number", "NUMBER", OUT_HIDE },
	{ "field", "FIELD", 0 },
	{ "title", "TITLE", OUT_HIDE },
	{ "issuer", "ISSUER", OUT_HIDE },
	{ "issued", "ISSUED", 0 },
	{ "agency", "AGENCY", 0 },
	{ "status", "STATUS", 0 },
	{ "snippet", "MATCH", OUT_FREE },
	{ "excerpt", "EXCERPT", OUT_HIDE },
	{ "matches", "MATCHES", OUT_HIDE },
};

/* The output starts with the first hit, so that a query the store
 * refuses prints nothing but the error. */
struct found {
	enum out_format fmt;
	struct out *o;
	size_t n;		/* hits shown, the exact one included */
	long first;		/* the rank of the store's first hit */
	int nomem;
};

static struct out *
found_out(struct found *f)
{
	if (f->o == NULL)
		f->o = out_new(stdout, f->fmt, cols, sizeof(cols) /
		    sizeof(cols[0]));
	return f->o;
}

/* The matched words of a snippet, each once (ASCII case ignored), in
 * the order they come. */
struct words {
	char **w;
	size_t n;
};

static int
words_add(struct words *ws, const char *s, size_t len)
{
	char **p;
	size_t i;

	for (i = 0; i < ws->n; i++)
		if (strlen(ws->w[i]) == len &&
		    strncasecmp(ws->w[i], s, len) == 0)
			return 0;
	if ((p = realloc(ws->w, (ws->n + 1) * sizeof(*p))) == NULL)
		return -1;
	ws->w = p;
	if ((ws->w[ws->n] = malloc(len + 1)) == NULL)
		return -1;
	memcpy(ws->w[ws->n], s, len);
	ws->w[ws->n++][len] = '\0';
	return 0;
}

static void
words_free(struct words *ws)
{
	size_t i;

	for (i = 0; i < ws->n; i++)
		free(ws->w[i]);
	free(ws->w);
}

/*
 * From the store's snippet: the same with each match in [brackets], the
 * plain excerpt, and the matched words.  Runs of blanks and line ends
 * become one space (a summary runs over several lines).
 */
static int
split_snippet(const char *s, struct rt_buf *marked, struct rt_buf *plain,
    struct words *ws)
{
	size_t on = 0;		/* where the current match starts in marked */
	int blank = 0, in = 0, rc = 0;

	for (; *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r'; s++)
		;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
			blank = 1;
			continue;
		}
		if (blank) {
			rc |= rt_buf_puts(marked, " ");
			rc |= rt_buf_puts(plain, " ");
			blank = 0;
		}
		if (*s == RT_SEARCH_MARK_ON[0]) {
			rc |= rt_buf_puts(marked, "[");
			on = marked->len;
			in = 1;
		} else if (*s == RT_SEARCH_MARK_OFF[0]) {
			if (in && marked->len > on)
				rc |= words_add(ws, marked->s + on,
				    marked->len - on);
			rc |= rt_buf_puts(marked, "]");
			in = 0;
		} else {
			rc |= rt_buf_add(marked, s, 1);
			rc |= rt_buf_add(plain, s, 1);
		}
	}
	return rc;
}

static int
hit_row(const struct rt_search_hit *h, void *arg)
{
	struct found *f = arg;
	struct rt_buf id = { 0 }, marked = { 0 }, plain = { 0 };
	struct words ws = { NULL, 0 };

	if (h->number)
		rt_buf_printf(&id, "%s#%s", h->report, h->number);
	else
		rt_buf_puts(&id, h->report);
	if (split_snippet(h->snippet, &marked, &plain, &ws) == -1 ||
	    id.s == NULL || found_out(f) == NULL) {
		f->nomem = 1;
		goto done;
	}
	out_int(f->o, h->rank + f->first - 1);
	out_str(f->o, id.s);
	out_str(f->o, h->report);
	out_str(f->o, h->number);
	out_str(f->o, h->field == RT_SEARCH_FIELD_COUNT ? "id" :
	    rt_search_field_name(h->field));
	out_str(f->o, h->title);
	out_str(f->o, h->issuer);
	out_str(f->o, h->issued);
	out_str(f->o, h->agency);
	out_str(f->o, h->status >= 0 ? rt_status_name(h->status) : NULL);
	out_str(f->o, marked.s ? marked.s : "");
	out_str(f->o, plain.s ? plain.s : "");
	out_list(f->o, ws.w, ws.n);
	out_row(f->o);
	f->n++;
done:
	rt_buf_free(&id);
	rt_buf_free(&marked);
	rt_buf_free(&plain);
	words_free(&ws);
	return f->nomem;
}

/* The first words of a text, as a snippet without marks: at most as
 * many as the store's snippets, "…" where it is cut. */
static void
first_words(const char *s, struct rt_buf *b)
{
	size_t at = 0, start, end, n = strlen(s), last = 0;
	int k = 0;

	while (k < 12 && rt_search_word_next(s, n, &at, &start, &end)) {
		last = end;
		k++;
	}
	if (k == 12 && rt_search_word_next(s, n, &at, &start, &end)) {
		rt_buf_add(b, s, last);
		rt_buf_puts(b, "\xe2\x80\xa6");
	} else
		rt_buf_puts(b, s);
}

/* Whether a listing saw the recommendation number wanted (any one when
 * number is NULL). */
struct seen {
	const char *number;
	int seen;
};

static int
rec_seen(const struct rt_rec *rec, void *arg)
{
	struct seen *w = arg;

	if (w->number == NULL || strcmp(rec->number, w->number) == 0)
		w->seen = 1;
	return w->seen;
}

static int
report_seen(const struct rt_report *r, void *arg)
{
	(void)r;
	return ((struct seen *)arg)->seen = 1;
}

/*
 * Whether the report (number NULL) or recommendation found by its id
 * passes the filters, as the store's hits do: a report by its issuer and
 * primary agency, and by the statuses of its recommendations (any).
 */
static struct rt_error *
id_passes(struct rt_store *st, const struct rt_search *q,
    const char *report, const char *number, int *ok)
{
	struct rt_filter f;
	struct seen w = { number, 0 };
	struct rt_error *err;

	*ok = 0;
	if (q->report && strcmp(q->report, report) != 0)
		return NULL;
	memset(&f, 0, sizeof(f));
	f.report = report;
	f.issuer = q->issuer;
	f.agency = q->agency;
	if (number == NULL) {
		if ((err = rt_store_report_list(st, &f, report_seen, &w)) ||
		    !w.seen || !q->statuses)
			goto done;
		w.seen = 0;
		f.issuer = f.agency = NULL;
	}
	f.statuses = q->statuses;
	err = rt_store_rec_list_lean(st, &f, rec_seen, &w);
done:
	*ok = w.seen;
	return err;
}

/*
 * A query that is, trimmed and unquoted, a report's number or a
 * recommendation's REPORT#NUMBER finds that report or recommendation,
 * as the first hit, field "id", when it passes the filters: the numbers
 * are not words of the index.  Not with --in (the id is no field of
 * it).  *found 1 when it did; a query that names nothing is no error
 * (its words are searched).
 */
static struct rt_error *
exact_hit(struct rt_store *st, const char *query, const struct rt_search *q,
    struct found *f, int *found)
{
	struct rt_buf id = { 0 }, snip = { 0 };
	struct rt_search_hit h;
	struct rt_report r;
	struct rt_rec rec;
	struct rt_error *err = NULL;
	char *report = NULL, *number = NULL;
	size_t n;
	int ok = 0;

	*found = 0;
	memset(&r, 0, sizeof(r));
	rt_rec_init(&rec);
	while (*query == ' ' || *query == '\t')
		query++;
	n = strlen(query);
	while (n > 0 && (query[n - 1] == ' ' || query[n - 1] == '\t'))
		n--;
	if (n >= 2 && query[0] == '"' && query[n - 1] == '"')
		rt_buf_printf(&id, "%.*s", (int)(n - 2), query + 1);
	else
		rt_buf_printf(&id, "%.*s", (int)n, query);
	if (q->fields || id.s == NULL || *id.s == '\0')
		goto done;
	memset(&h, 0, sizeof(h));
	h.rank = 1;
	h.field = RT_SEARCH_FIELD_COUNT;	/* "id" */
	h.status = -1;
	if (strchr(id.s, '#') != NULL) {
		if ((err = rt_recid_parse(id.s, &report, &number)) != NULL ||
		    (err = rt_store_rec_get(st, report, number, &rec)) != NULL ||
		    (err = rt_store_report_get(st, report, &r)) != NULL)
			goto done;
		h.number = rec.number;
		h.agency = rec.agency;
		h.status = (int)rec.status;
		first_words(rec.text ? rec.text : "", &snip);
	} else {
		if ((err = rt_store_report_get(st, id.s, &r)) != NULL)
			goto done;
		h.agency = r.agency;
		first_words(r.title ? r.title : "", &snip);
	}
	if ((err = id_passes(st, q, r.number, h.number, &ok)) != NULL || !ok)
		goto done;
	h.report = r.number;
	h.title = r.title;
	h.issuer = r.issuer;
	memcpy(h.issued, r.issued, sizeof(h.issued));
	h.snippet = snip.s ? snip.s : "";
	*found = 1;
	f->first = 1;
	hit_row(&h, f);
	f->first = 2;
done:
	if (err && (err->code == RT_ENOTFOUND || err->code == RT_EINVAL)) {
		rt_error_free(err);	/* no id: the words alone */
		err = NULL;
	}
	rt_rec_free(&rec);
	rt_report_free(&r);
	free(report);
	free(number);
	rt_buf_free(&id);
	rt_buf_free(&snip);
	return err;
}

/* --in: field names, comma-separated, added to *mask. */
static int
parse_fields(struct cli *c, const char *s, unsigned *mask)
{
	enum rt_search_field f;
	const char *p = s, *e;
	char name[32];
	size_t n;

	for (;;) {
		e = strchr(p, ',');
		n = e ? (size_t)(e - p) : strlen(p);
		if (n == 0 || n >= sizeof(name))
			goto bad;
		memcpy(name, p, n);
		name[n] = '\0';
		if (rt_search_field_parse(name, &f) != 0)
			goto bad;
		*mask |= 1u << f;
		if (e == NULL)
			return 0;
		p = e + 1;
	}
bad:
	return cli_usage_error(c, "--in: \"%s\" is not a field (expected "
	    "title, summary, text, corrective-action, note or official, "
	    "comma-separated)", s);
}

/* --limit: a whole number, 0 for no limit; else a usage error. */
static int
parse_limit(struct cli *c, const char *s, long *out)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || errno != 0)
		return cli_usage_error(c, "--limit: \"%s\" is not a number "
		    "of hits (expected 0 or more; 0: all)", s);
	*out = n;
	return 0;
}

int
cmd_search(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "limit", required_argument, NULL, 'n' },
		{ "issuer", required_argument, NULL, 'I' },
		{ "agency", required_argument, NULL, 'a' },
		{ "report", required_argument, NULL, 'r' },
		{ "status", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "in", required_argument, NULL, 'i' },
		CLI_BOM_OPTIONS,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_search q;
	struct rt_filter filter;
	struct rt_buf text = { 0 };
	struct found found = { OUT_TABLE, NULL, 0, 1, 0 };
	struct rt_store *st = NULL;
	struct rt_query *parsed = NULL;
	struct rt_error *err = NULL, *e;
	const char *query;
	int ch, status, i, exact = 0;

	memset(&q, 0, sizeof(q));
	q.limit = DEFAULT_LIMIT;
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'n':
			if ((status = parse_limit(c, optarg, &q.limit)))
				return status;
			break;
		case 'I': q.issuer = optarg; break;
		case 'a': q.agency = optarg; break;
		case 'r': q.report = optarg; break;
		case 's':
			if ((err = cli_status_mask(optarg, &q.statuses)))
				return cli_fail(err);
			break;
		case 'f':
			if ((status = cli_format(c, optarg, &found.fmt)))
				return status;
			break;
		case 'i':
			if ((status = parse_fields(c, optarg, &q.fields)))
				return status;
			break;
		}
	}
	if (optind == argc)
		return cli_usage_error(c, "search needs the TEXT to look for");
	/* several words on the command line are one query */
	for (i = optind; i < argc; i++)
		rt_buf_printf(&text, "%s%s", i > optind ? " " : "", argv[i]);
	query = text.s ? text.s : "";
	memset(&filter, 0, sizeof(filter));
	filter.issuer = q.issuer;
	filter.agency = q.agency;
	filter.report = q.report;
	if ((status = cli_bom(c, found.fmt == OUT_CSV)))
		return status;
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		goto done;
	if ((err = cli_check_filter(st, &filter)) != NULL)
		goto done;
	if ((err = exact_hit(st, query, &q, &found, &exact)) != NULL)
		goto done;
	if (found.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (exact && q.limit == 1)
		;	/* the one hit asked for */
	else if ((err = rt_query_parse(query, &parsed)) == NULL) {
		q.query = parsed;
		if (exact && q.limit > 0)
			q.limit--;
		err = rt_store_search(st, &q, hit_row, &found);
	} else if (exact) {
		/* an id: its punctuation is no query */
		rt_error_free(err);
		err = NULL;
	}
	if (err == NULL && found.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	if (err && err->code == RT_EINVAL) {
		e = rt_error_new(err->code, "search: %s", err->msg);
		rt_error_free(err);
		err = e;
	}
	if (err && found.o == NULL)
		goto done;
	/* no hit: what the format writes for none, and a word on stderr */
	err = cli_out_end(found_out(&found), err);
	if (err == NULL && found.n == 0) {
		fputs("rectrack: search: no match for '", stderr);
		out_text(stderr, query);	/* controls escaped */
		fputs("'\n", stderr);
	}
done:
	rt_query_free(parsed);
	rt_store_close(st);
	rt_buf_free(&text);
	return err ? cli_fail(err) : 0;
}
