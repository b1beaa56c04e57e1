/*
 * rectrack — GAO's export (gao-csv): its vocabulary (dates, statuses,
 * column names) and its mapping to rectrack's (agency paths and codes,
 * recommendation numbers), and what the reader, export and
 * reconciliation share (gao_map.h).
 */
#include "formats/gao_map.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/event.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "formats/gaocsv.h"
#include "store/store.h"

/* ---- dates -------------------------------------------------------------- */

static const char *const months[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

int
rt_gao_date_parse(const char *s, char out[11], const char **end)
{
	char iso[32];
	int m, d = 0, y = 0, nd = 0, ny = 0;
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	for (n = 0; isalpha((unsigned char)s[n]); n++)
		continue;
	for (m = 0; m < 12; m++)
		if ((n == 3 || n == strlen(months[m])) &&
		    strncasecmp(s, months[m], n) == 0)
			break;
	if (m == 12 || n < 3)
		return -1;
	s += n;
	if (*s == '.')
		s++;
	while (*s == ' ')
		s++;
	for (; isdigit((unsigned char)*s) && nd < 2; nd++)
		d = d * 10 + *s++ - '0';
	if (nd == 0 || *s++ != ',')
		return -1;
	while (*s == ' ')
		s++;
	for (; isdigit((unsigned char)*s) && ny < 4; ny++)
		y = y * 10 + *s++ - '0';
	if (ny != 4 || isdigit((unsigned char)*s))
		return -1;
	snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, m + 1, d);
	if (!rt_date_valid(iso))
		return -1;
	memcpy(out, iso, 11);
	if (end)
		*end = s;
	else {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s)
			return -1;
	}
	return 0;
}

void
rt_gao_date_format(const char *iso, char *out, size_t size)
{
	int y, m, d;

	if (rt_date_parse(iso, &y, &m, &d) != 0) {
		snprintf(out, size, "%s", iso);
		return;
	}
	snprintf(out, size, "%.3s %d, %04d", months[m - 1], d, y);
}

/* ---- vocabulary --------------------------------------------------------- */

static const char *const gao_labels[RT_GAO_NSTATUS] = {
	"Open", "Open--Partially Addressed", "Closed--Implemented",
	"Closed--Not Implemented",
};

/* Lower case, blanks collapsed, every dash run (with the blanks around
 * it) one '-': "Open – Partially Addressed" -> "open-partially addressed". */
static void
normalize(const char *s, char *out, size_t size)
{
	size_t n = 0;
	int dash = 0, blank = 0;

	while (*s && n + 2 < size) {
		if (*s == '-' || strncmp(s, "\xe2\x80\x93", 3) == 0 ||
		    strncmp(s, "\xe2\x80\x94", 3) == 0) {
			s += *s == '-' ? 1 : 3;
			dash = 1;
			blank = 0;
			continue;
		}
		if (isspace((unsigned char)*s) ||
		    strncmp(s, "\xc2\xa0", 2) == 0) {
			s += *s == '\xc2' ? 2 : 1;
			blank = 1;
			continue;
		}
		if (dash) {
			if (n > 0)
				out[n++] = '-';
		} else if (blank && n > 0)
			out[n++] = ' ';
		dash = blank = 0;
		out[n++] = (char)tolower((unsigned char)*s++);
	}
	out[n] = '\0';
}

int
rt_gao_status_parse(const char *s)
{
	char a[64], b[64];
	int i;

	normalize(s, a, sizeof(a));
	for (i = 0; i < RT_GAO_NSTATUS; i++) {
		normalize(gao_labels[i], b, sizeof(b));
		if (strcmp(a, b) == 0)
			return i;
	}
	return -1;
}

const char *
rt_gao_status_label(int st)
{
	return st >= 0 && st < RT_GAO_NSTATUS ? gao_labels[st] : "";
}

int
rt_gao_status_of(int status, int partially_addressed)
{
	if (status == RT_CLOSED_IMPLEMENTED)
		return RT_GAO_CLOSED_IMPLEMENTED;
	if (status == RT_CLOSED_NOT_IMPLEMENTED)
		return RT_GAO_CLOSED_NOT_IMPLEMENTED;
	return partially_addressed ? RT_GAO_OPEN_PARTIAL : RT_GAO_OPEN;
}

/* ---- the file ------------------------------------------------------------ */

static const char *const col_names[RT_GAO_NCOLS] = {
	"Publication Name", "Publication Number", "Date Publication Issued",
	"Director Name", "Director Phone", "Agency", "Recommendation",
	"Status", "Priority", "Comments", "Topics",
};

int
gao_optional(int c)
{
	return c == RT_GAO_DIRECTOR || c == RT_GAO_PHONE ||
	    c == RT_GAO_PRIORITY || c == RT_GAO_COMMENTS || c == RT_GAO_TOPICS;
}

const char *
rt_gao_col_name(int c)
{
	return c >= 0 && c < RT_GAO_NCOLS ? col_names[c] : "";
}

void
gao_trim(char *s)
{
	size_t n = strlen(s), i = 0;

	while (n > 0 && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	while (isspace((unsigned char)s[i]))
		i++;
	if (i)
		memmove(s, s + i, n - i + 1);
}


/* The column a header cell names; -1 when none. */
int
gao_header_col(const char *cell)
{
	char a[64], b[64];
	int i;

	normalize(cell, a, sizeof(a));
	for (i = 0; i < RT_GAO_NCOLS; i++) {
		normalize(col_names[i], b, sizeof(b));
		if (strcmp(a, b) == 0)
			return i;
	}
	return -1;
}

/* ---- rows in key order ------------------------------------------------ */

int
gao_key_ab(const void *x, const void *y)
{
	const struct gao_key *p = x, *q = y;
	int d;

	if ((d = strcmp(p->a, q->a)) != 0)
		return d;
	return strcmp(p->b, q->b);
}

int
gao_key_cmp(const void *x, const void *y)
{
	const struct gao_key *p = x, *q = y;
	int d;

	if ((d = gao_key_ab(p, q)) != 0)
		return d;
	if (p->c && q->c && (d = strcmp(p->c, q->c)) != 0)
		return d;
	return p->i < q->i ? -1 : p->i > q->i;
}

struct gao_key *
gao_keys_new(size_t nrows)
{
	if (nrows >= SIZE_MAX / sizeof(struct gao_key))
		return NULL;
	return malloc((nrows + 1) * sizeof(struct gao_key));
}

/* ---- agencies ------------------------------------------------------------ */

static int
agency_cb(const struct rt_agency *ag, void *arg)
{
	struct gao_agencies *l = arg;
	struct rt_agency *a = realloc(l->a, (l->n + 1) * sizeof(*a));

	if (a == NULL) {
		l->nomem = 1;
		return 1;
	}
	l->a = a;
	memset(&a[l->n], 0, sizeof(a[0]));
	a[l->n].code = rt_strdup(ag->code);
	a[l->n].name = rt_strdup(ag->name);
	a[l->n].parent = ag->parent ? rt_strdup(ag->parent) : NULL;
	if (!a[l->n].code || !a[l->n].name || (ag->parent && !a[l->n].parent))
		l->nomem = 1;
	l->n++;
	return 0;
}

void
gao_agencies_free(struct gao_agencies *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		rt_agency_free(&l->a[i]);
	free(l->a);
}

struct rt_error *
gao_agencies_load(struct rt_store *st, struct gao_agencies *l)
{
	struct rt_error *err;

	memset(l, 0, sizeof(*l));
	if ((err = rt_store_agency_list(st, agency_cb, l)) == NULL && l->nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	return err;
}

/* The initials of the significant words of name: "Department of
 * Homeland Security" -> "DHS". */
static void
initials(const char *name, char *out, size_t size)
{
	static const char *const small[] = { "of", "the", "and", "for",
	    "on", "in", "to", "a", "an", "at", "by", "&" };
	size_t n = 0, len, i;
	const char *p = name;

	while (*p && n + 1 < size) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		for (len = 0; p[len] && !isspace((unsigned char)p[len]); len++)
			continue;
		if (len == 0)
			break;
		for (i = 0; i < sizeof(small) / sizeof(small[0]); i++)
			if (strlen(small[i]) == len &&
			    strncasecmp(p, small[i], len) == 0)
				break;
		if (i == sizeof(small) / sizeof(small[0]))
			out[n++] = (char)toupper((unsigned char)*p);
		p += len;
	}
	out[n] = '\0';
	if (n == 0)
		snprintf(out, size, "AGENCY");
}

static const struct rt_agency *
find_code(const struct gao_agencies *l, const char *code)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->a[i].code, code) == 0)
			return &l->a[i];
	return NULL;
}

struct rt_error *
rt_gao_agency(struct rt_store *st, const char *path, int create,
    int *created, char **code)
{
	struct gao_agencies l;
	struct rt_error *err;
	char *copy, *step, *next, *parent = NULL;
	size_t i;

	*code = NULL;
	if ((copy = rt_strdup(path)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if ((err = gao_agencies_load(st, &l)) != NULL)
		goto done;
	for (step = copy; step != NULL; step = next) {
		char base[24], cand[40];
		struct rt_agency ag;
		int k;

		if ((next = strchr(step, ':')) != NULL)
			*next++ = '\0';
		gao_trim(step);
		if (*step == '\0')
			continue;
		for (i = 0; i < l.n; i++)
			if (strcmp(l.a[i].name, step) == 0 &&
			    ((parent == NULL && l.a[i].parent == NULL) ||
			    (parent && l.a[i].parent &&
			    strcmp(parent, l.a[i].parent) == 0)))
				break;
		if (i < l.n) {
			parent = l.a[i].code;
			continue;
		}
		if (!create) {
			parent = NULL;
			goto done;
		}
		initials(step, base, sizeof(base));
		snprintf(cand, sizeof(cand), "%s", base);
		for (k = 2; find_code(&l, cand) != NULL; k++)
			snprintf(cand, sizeof(cand), "%s%d", base, k);
		memset(&ag, 0, sizeof(ag));
		ag.code = cand;
		ag.name = step;
		ag.parent = parent;
		if ((err = rt_store_agency_add(st, &ag)) != NULL)
			goto done;
		(*created)++;
		gao_agencies_free(&l);
		if ((err = gao_agencies_load(st, &l)) != NULL)
			goto done;
		parent = (char *)find_code(&l, cand)->code;
	}
	if (parent && (*code = rt_strdup(parent)) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
done:
	gao_agencies_free(&l);
	free(copy);
	return err;
}

static int
code_cmp(const void *x, const void *y)
{
	const struct rt_agency *p = x, *q = y;

	return strcmp(p->code, q->code);
}

struct rt_error *
gao_by_code_make(const struct gao_agencies *l, struct gao_by_code *s)
{
	s->n = l->n;
	if ((s->a = malloc((l->n + 1) * sizeof(*s->a))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	if (l->n > 0)
		memcpy(s->a, l->a, l->n * sizeof(*s->a));
	qsort(s->a, s->n, sizeof(*s->a), code_cmp);
	return NULL;
}

static const struct rt_agency *
gao_by_code_find(const struct gao_by_code *s, const char *code)
{
	struct rt_agency key;

	memset(&key, 0, sizeof(key));
	key.code = (char *)code;
	return bsearch(&key, s->a, s->n, sizeof(*s->a), code_cmp);
}

struct rt_error *
gao_path_of(const struct gao_by_code *s, const char *code, char **path)
{
	const struct rt_agency *a;
	struct rt_buf b = { 0 };
	char *tmp;
	int depth = 0;

	*path = NULL;
	for (a = gao_by_code_find(s, code); a != NULL && depth < 32; depth++) {
		tmp = b.s;
		b.s = NULL;
		b.len = b.cap = 0;
		rt_buf_printf(&b, "%s%s%s", a->name, tmp ? ": " : "",
		    tmp ? tmp : "");
		free(tmp);
		a = a->parent ? gao_by_code_find(s, a->parent) : NULL;
	}
	if (b.s == NULL && (b.s = rt_strdup(code)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	*path = b.s;
	return NULL;
}

/* ---- numbers ------------------------------------------------------------ */

struct rt_error *
rt_gao_numbers(const char *name, const struct rt_gao_file *g,
    char *const *codes, char **numbers)
{
	struct gao_key *k;
	struct rt_error *err = NULL;
	size_t i, s, e, first = 0, dup = g->nrows, also = 0;

	for (i = 0; i < g->nrows; i++)
		numbers[i] = NULL;
	if ((k = gao_keys_new(g->nrows)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; i < g->nrows; i++)
		k[i] = (struct gao_key){ g->rows[i].v[RT_GAO_PUB_NUMBER],
		    g->rows[i].number, codes[i], i };
	qsort(k, g->nrows, sizeof(*k), gao_key_cmp);
	/* runs of one publication and number [s, e), by agency, each
	 * agency's rows in file order */
	for (s = 0; s < g->nrows && err == NULL; s = e) {
		for (e = s + 1; e < g->nrows && gao_key_ab(&k[e], &k[s]) == 0; e++)
			continue;
		for (i = s; i < e; i++) {
			const struct rt_gao_row *r = &g->rows[k[i].i];
			struct rt_buf b = { 0 };

			if (i == s || strcmp(k[i].c, k[i - 1].c) != 0)
				first = k[i].i;
			else if (k[i].i < dup) {
				/* the same agency again: of all such rows, the
				 * first in the file is named */
				dup = k[i].i;
				also = first;
			}
			if (e - s > 1)
				rt_buf_printf(&b, "%s-%s", r->number, k[i].c);
			else
				rt_buf_puts(&b, r->number);
			if ((numbers[k[i].i] = b.s) == NULL) {
				err = rt_error_new(RT_ENOMEM, "out of memory");
				break;
			}
		}
	}
	free(k);
	if (err == NULL && dup < g->nrows) {
		const struct rt_gao_row *r = &g->rows[dup];

		err = rt_error_new(RT_EINVAL, "%s:%d: column Recommendation: "
		    "recommendation %s of %s for %s is also on line %d", name,
		    r->line, r->number, r->v[RT_GAO_PUB_NUMBER],
		    r->v[RT_GAO_AGENCY], g->rows[also].line);
	}
	if (err)
		for (i = 0; i < g->nrows; i++) {
			free(numbers[i]);
			numbers[i] = NULL;
		}
	return err;
}


/* ---- the recommendations of issuer gao ---------------------------------- */

int
gao_item_cb(const struct rt_rec *rec, void *arg)
{
	struct gao_items *l = arg;
	struct gao_item *it;

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;

		if (cap > SIZE_MAX / sizeof(*it) ||
		    (it = realloc(l->it, cap * sizeof(*it))) == NULL) {
			l->nomem = 1;
			return 1;
		}
		l->it = it;
		l->cap = cap;
	}
	it = &l->it[l->n++];
	it->id = rec->id;
	it->report = rt_strdup(rec->report);
	it->number = rt_strdup(rec->number);
	it->text = rt_strdup(rec->text);
	it->agency = rt_strdup(rec->agency);
	it->status = rec->status;
	it->partial = rec->partially_addressed;
	it->flag = rt_flag_get(rec, l->flag);
	if (!it->report || !it->number || !it->text || !it->agency)
		l->nomem = 1;
	return 0;
}

const char *
rt_gao_last_comment(const struct rt_events *h)
{
	size_t i;

	for (i = h->n; i-- > 0;)
		if (strcmp(h->ev[i].kind, "note") == 0 && h->ev[i].field &&
		    strcmp(h->ev[i].field, RT_GAO_COMMENT_FIELD) == 0)
			return h->ev[i].note;
	return NULL;
}

void
gao_items_free(struct gao_items *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->it[i].report);
		free(l->it[i].number);
		free(l->it[i].text);
		free(l->it[i].agency);
	}
	free(l->it);
}
