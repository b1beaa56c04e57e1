/*
 * rectrack — reading the import format (import-format.md) with the
 * libyaml event API, one report at a time.
 *
 * The parser follows the shape of the format: a table of keys per
 * mapping, one handler per kind of value, a walker for lists.  Whatever
 * the format does not expect (a list where a value belongs, an unknown
 * key, an anchor, an alias, a tag) stops the parse at once, so that the
 * nesting never goes deeper than the format (top mapping, reports,
 * report, recommendations, recommendation, history, entry: seven levels)
 * however deep the input is: 100000 nested '[' are refused at the first
 * one that stands where the format wants something else.
 *
 * Scalars are strings.  A plain empty, ~ or null value (in any of
 * YAML's spellings: null, Null, NULL) stands for "no value": an
 * optional key with it is treated as if it were absent (its given bit
 * is not set); a required key with it is refused.  Quoted scalars are
 * always strings, "" and "~" included.  The text of booleans (true,
 * false, yes, no), money and dates is read the same whatever the
 * quoting.
 *
 * This file walks the document (mappings, lists, the reports, issuers
 * and agencies, the recommendations and their numbers); yamlin_value.c
 * reads the values, yamlin_history.c the history entries
 * (yamlin_impl.h).
 *
 * Memory: the report being read (with its recommendations and their
 * history) is freed once the sink has had it; nothing grows with the
 * number of reports (the sink finds a report given twice, with
 * number_pos).
 */
#include "formats/yamlin.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "formats/yaml.h"
#include "formats/yamlin_impl.h"
#include "store/store.h"

/* ---- mappings and lists ---------------------------------------------- */

void
yi_set_pos(struct parser *p, struct rt_imp_pos *pos)
{
	pos->line = (int)p->y.ev.start_mark.line + 1;
	pos->col = (int)p->y.ev.start_mark.column + 1;
	snprintf(pos->path, sizeof(pos->path), "%s", p->y.path);
}

/* The mark of the value of key `name` of m, NULL when it had none. */
const yaml_mark_t *
yi_mark_of(const struct map *m, const struct seen *s, const char *name)
{
	size_t i;

	for (i = 0; m->keys[i].name != NULL; i++)
		if (strcmp(m->keys[i].name, name) == 0)
			return s->set[i] ? &s->mark[i] : NULL;
	return NULL;
}

/*
 * The current event must start a mapping of m's keys, each at most once;
 * read it into obj, setting the given bits (given may be NULL) and
 * recording in *s what was seen.
 */
struct rt_error *
yi_get_map(struct parser *p, const struct map *m, void *obj,
    unsigned long *given, struct seen *s)
{
	struct rt_yaml *y = &p->y;
	const struct key *k;
	struct rt_error *err;
	size_t plen = strlen(y->path), i;

	memset(s, 0, sizeof(*s));
	s->start = y->ev.start_mark;
	if (y->ev.type != YAML_MAPPING_START_EVENT)
		return rt_yaml_err(y, s->start, "expected %s, found %s",
		    m->what, rt_yaml_found(y));
	for (;;) {
		y->path[plen] = '\0';
		if ((err = rt_yaml_next(y)) != NULL)
			return err;
		if (y->ev.type == YAML_MAPPING_END_EVENT)
			break;
		if ((err = rt_yaml_key(y, m->keys, sizeof(*m->keys), s->line,
		    &i)) != NULL || (err = rt_yaml_next(y)) != NULL)
			return err;
		k = &m->keys[i];
		s->mark[i] = y->ev.start_mark;
		if (rt_yaml_is_null(&y->ev) && k->required)
			return rt_yaml_err(y, y->ev.start_mark,
			    "needs a value (found nothing)");
		if (rt_yaml_is_null(&y->ev))
			continue;
		if ((err = k->get(p, k, obj)) != NULL)
			return err;
		s->set[i] = 1;
		if (given != NULL)
			*given |= k->bit;
	}
	y->path[plen] = '\0';
	for (k = m->keys; k->name != NULL; k++)
		if (k->required && s->line[k - m->keys] == 0)
			return rt_yaml_err(y, s->start,
			    "missing required key \"%s\"", k->name);
	return NULL;
}

/* The current event must start a list (of `what`); read each item. */
struct rt_error *
yi_each(struct parser *p, const char *what,
    struct rt_error *(*item)(struct parser *, void *), void *obj)
{
	struct rt_error *err;
	size_t plen = strlen(p->y.path), i;

	if (p->y.ev.type != YAML_SEQUENCE_START_EVENT)
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "expected a "
		    "list of %s, found %s", what, rt_yaml_found(&p->y));
	for (i = 0;; i++) {
		snprintf(p->y.path + plen, sizeof(p->y.path) - plen, "[%zu]",
		    i);
		if ((err = rt_yaml_next(&p->y)) != NULL)
			return err;
		if (p->y.ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		if ((err = item(p, obj)) != NULL)
			return err;
	}
	p->y.path[plen] = '\0';
	return NULL;
}

/*
 * v, an array of n elements of size bytes in *cap slots, with room for
 * one more: the slots double (from 8) when full.  NULL when out of
 * memory (v is left as it was).
 */
void *
yi_grow(void *v, size_t n, size_t *cap, size_t size)
{
	size_t ncap = *cap ? *cap * 2 : 8;

	if (n < *cap)
		return v;
	if (ncap > SIZE_MAX / size || (v = realloc(v, ncap * size)) == NULL)
		return NULL;
	*cap = ncap;
	return v;
}

/* ---- recommendations ------------------------------------------------- */

#define REC(m)	offsetof(struct rt_imp_rec, rec.m)
#define MONEY(i) (offsetof(struct rt_imp_rec, rec.money) + \
    (i) * sizeof(int64_t))

static const struct key rec_keys[] = {
	{ .name = "number", .get = yi_get_text, .off = REC(number),
	  .required = 1 },
	{ .name = "text", .get = yi_get_text, .off = REC(text),
	  .bit = RT_IMP_TEXT, .required = 1 },
	{ .name = "agency", .get = yi_get_text, .off = REC(agency),
	  .bit = RT_IMP_AGENCY },
	{ .name = "official", .get = yi_get_text, .off = REC(official),
	  .bit = RT_IMP_OFFICIAL },
	{ .name = "concurrence", .get = yi_get_concurrence,
	  .off = REC(concurrence), .bit = RT_IMP_CONCURRENCE },
	{ .name = "status", .get = yi_get_status, .off = REC(status),
	  .bit = RT_IMP_STATUS },
	{ .name = "target_date", .get = yi_get_date, .off = REC(target_date),
	  .bit = RT_IMP_TARGET },
	{ .name = "original_target_date", .get = yi_get_date,
	  .off = REC(original_target_date), .bit = RT_IMP_ORIGINAL_TARGET },
	{ .name = "resolved_date", .get = yi_get_date,
	  .off = REC(resolved_date),
	  .bit = RT_IMP_RESOLVED },
	{ .name = "closed_date", .get = yi_get_date, .off = REC(closed_date),
	  .bit = RT_IMP_CLOSED },
	{ .name = "corrective_action", .get = yi_get_text,
	  .off = REC(corrective_action), .bit = RT_IMP_CORRECTIVE_ACTION },
	{ .name = "priority", .get = yi_get_bool, .off = REC(priority),
	  .bit = RT_IMP_PRIORITY },
	{ .name = "significant", .get = yi_get_bool, .off = REC(significant),
	  .bit = RT_IMP_SIGNIFICANT },
	{ .name = "on_hold", .get = yi_get_bool, .off = REC(on_hold),
	  .bit = RT_IMP_ON_HOLD },
	{ .name = "closure_requested", .get = yi_get_bool,
	  .off = REC(closure_requested), .bit = RT_IMP_CLOSURE_REQUESTED },
	{ .name = "partially_addressed", .get = yi_get_bool,
	  .off = REC(partially_addressed), .bit = RT_IMP_PARTIALLY_ADDRESSED },
	{ .name = "questioned_cost", .get = yi_get_money,
	  .off = MONEY(RT_QUESTIONED_COST), .bit = RT_IMP_QUESTIONED_COST },
	{ .name = "unsupported_cost", .get = yi_get_money,
	  .off = MONEY(RT_UNSUPPORTED_COST), .bit = RT_IMP_UNSUPPORTED_COST },
	{ .name = "funds_better_use", .get = yi_get_money,
	  .off = MONEY(RT_FUNDS_BETTER_USE), .bit = RT_IMP_FUNDS_BETTER_USE },
	{ .name = "potential_savings", .get = yi_get_money,
	  .off = MONEY(RT_POTENTIAL_SAVINGS),
	  .bit = RT_IMP_POTENTIAL_SAVINGS },
	{ .name = "disallowed_cost", .get = yi_get_money,
	  .off = MONEY(RT_DISALLOWED_COST), .bit = RT_IMP_DISALLOWED_COST },
	{ .name = "fbu_agreed", .get = yi_get_money,
	  .off = MONEY(RT_FBU_AGREED), .bit = RT_IMP_FBU_AGREED },
	{ .name = "history", .get = yi_get_history, .bit = RT_IMP_HISTORY },
	{ .name = NULL }
};

static const struct map rec_map = { "a recommendation (a mapping)",
    rec_keys };

static void
imp_rec_free(struct rt_imp_rec *r)
{
	size_t i;

	for (i = 0; i < r->nhistory; i++)
		rt_event_free(&r->history[i].ev);
	free(r->history);
	rt_rec_free(&r->rec);
	r->history = NULL;
	r->nhistory = 0;
}

/* A stated status must be the one the history's status entries end in
 * (a history with a void: the one its replay gives, checked later). */
static struct rt_error *
check_status(struct parser *p, const struct rt_imp_rec *r,
    const struct seen *s)
{
	const struct rt_event *last = NULL;
	const yaml_mark_t *m = yi_mark_of(&rec_map, s, "status");
	enum rt_status st = RT_OPEN_PENDING;
	size_t i;

	for (i = 0; i < r->nhistory; i++) {
		/* with a void, the replay tells (import_history.c) */
		if (strcmp(r->history[i].ev.kind, "void") == 0)
			return NULL;
		if (strcmp(r->history[i].ev.kind, "issued") == 0 ||
		    strcmp(r->history[i].ev.kind, "status") == 0)
			last = &r->history[i].ev;
	}
	if (m == NULL || last == NULL)
		return NULL;
	if (last->new != NULL)
		rt_status_parse(last->new, &st);
	if (st == r->rec.status)
		return NULL;
	rt_yaml_path_key(&p->y, "status");
	return rt_yaml_err(&p->y, *m, "is %s, but the history ends in %s",
	    rt_status_name(r->rec.status), rt_status_name(st));
}

#define ROTL(x, b)	(uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3) do {					\
	v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);	\
	v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;				\
	v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;				\
	v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);	\
} while (0)

/*
 * SipHash-2-4 of s under the key k: without k, numbers crafted to fall
 * in one slot cannot be written, so the duplicate check stays linear
 * whatever the file holds (an unkeyed hash let a file of colliding
 * numbers make it quadratic).
 */
static uint64_t
hash_str(const uint64_t k[2], const char *s)
{
	uint64_t v0 = k[0] ^ UINT64_C(0x736f6d6570736575);
	uint64_t v1 = k[1] ^ UINT64_C(0x646f72616e646f6d);
	uint64_t v2 = k[0] ^ UINT64_C(0x6c7967656e657261);
	uint64_t v3 = k[1] ^ UINT64_C(0x7465646279746573);
	uint64_t m;
	size_t len = strlen(s), i, j;

	for (i = 0; i + 8 <= len; i += 8) {
		for (m = 0, j = 0; j < 8; j++)
			m |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
		v3 ^= m;
		SIPROUND(v0, v1, v2, v3);
		SIPROUND(v0, v1, v2, v3);
		v0 ^= m;
	}
	for (m = (uint64_t)len << 56, j = 0; i + j < len; j++)
		m |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
	v3 ^= m;
	SIPROUND(v0, v1, v2, v3);
	SIPROUND(v0, v1, v2, v3);
	v0 ^= m;
	v2 ^= 0xff;
	for (i = 0; i < 4; i++)
		SIPROUND(v0, v1, v2, v3);
	return v0 ^ v1 ^ v2 ^ v3;
}

/* A key no file can know: from the system's random source, or failing
 * that from the time, the process and an address. */
static void
hash_key(uint64_t k[2])
{
	struct timespec ts;
	FILE *fp;

	if ((fp = fopen("/dev/urandom", "rb")) != NULL) {
		if (fread(k, sizeof(uint64_t), 2, fp) == 2) {
			fclose(fp);
			return;
		}
		fclose(fp);
	}
	clock_gettime(CLOCK_MONOTONIC, &ts);
	k[0] = (uint64_t)ts.tv_nsec * UINT64_C(0x9e3779b97f4a7c15) ^
	    (uint64_t)ts.tv_sec;
	k[1] = (uint64_t)getpid() * UINT64_C(0xbf58476d1ce4e5b9) ^
	    (uint64_t)(uintptr_t)k;
}

/* Put recommendation idx of rep in t (cap slots, at most half full;
 * key k). */
static size_t
numset_put(size_t *t, size_t cap, const struct rt_imp_report *rep,
    size_t idx, const uint64_t k[2])
{
	const char *num = rep->recs[idx].rec.number;
	size_t i;

	for (i = hash_str(k, num) & (cap - 1); t[i] != 0;
	    i = (i + 1) & (cap - 1))
		if (strcmp(rep->recs[t[i] - 1].rec.number, num) == 0)
			return t[i];
	t[i] = idx + 1;
	return 0;
}

/*
 * Add the number of recommendation idx (the last one) of the report
 * being read to p->numset, an open-addressing hash table of indexes
 * into rep->recs plus one (0: a free slot), so that the duplicate check
 * takes constant time however many recommendations a report has.
 * *first is the index of the recommendation with the same number, or
 * (size_t)-1.  Returns -1 when out of memory.
 */
static int
numset_add(struct parser *p, size_t idx, size_t *first)
{
	const struct rt_imp_report *rep = &p->rep;
	size_t *t, cap, i, got;

	if ((idx + 1) * 2 > p->numcap) {
		cap = p->numcap ? p->numcap * 2 : 16;
		if (cap > SIZE_MAX / sizeof(*t) ||
		    (t = calloc(cap, sizeof(*t))) == NULL)
			return -1;
		if (!p->keyed)
			hash_key(p->numkey);
		p->keyed = 1;
		for (i = 0; i < idx; i++)
			numset_put(t, cap, rep, i, p->numkey);
		free(p->numset);
		p->numset = t;
		p->numcap = cap;
	}
	got = numset_put(p->numset, p->numcap, rep, idx, p->numkey);
	*first = got ? got - 1 : (size_t)-1;
	return 0;
}

static struct rt_error *
rec_item(struct parser *p, void *obj)
{
	struct rt_imp_report *rep = obj;
	struct rt_imp_rec *r;
	struct rt_error *err;
	struct seen s;
	size_t i;

	if ((r = yi_grow(rep->recs, rep->nrecs, &p->reccap,
	    sizeof(*r))) == NULL)
		return yi_nomem();
	rep->recs = r;
	r = &rep->recs[rep->nrecs++];
	memset(r, 0, sizeof(*r));
	rt_rec_init(&r->rec);
	yi_set_pos(p, &r->pos);
	if ((err = yi_get_map(p, &rec_map, r, &r->given, &s)) != NULL ||
	    (err = check_status(p, r, &s)) != NULL)
		return err;
	for (i = 0; rec_map.keys[i].name != NULL; i++) {
		unsigned long bit = rec_map.keys[i].bit;
		int b;

		if (!s.set[i] || bit == 0)
			continue;
		for (b = 0; b < RT_IMP_NKEYS && !(bit & (1UL << b)); b++)
			;
		if (b < RT_IMP_NKEYS) {
			r->keypos[b].line = (int)s.mark[i].line + 1;
			r->keypos[b].col = (int)s.mark[i].column + 1;
		}
	}
	if (numset_add(p, rep->nrecs - 1, &i) == -1)
		return yi_nomem();
	if (i == (size_t)-1)
		return NULL;
	rt_yaml_path_key(&p->y, "number");
	return rt_yaml_err(&p->y, *yi_mark_of(&rec_map, &s, "number"),
	    "recommendation %s appears twice in this report (first on line "
	    "%d)", rt_yaml_quote(&p->y, r->rec.number),
	    rep->recs[i].pos.line);
}

static struct rt_error *
get_recs(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return yi_each(p, "recommendations", rec_item, obj);
}

/* ---- reports ------------------------------------------------------------ */

/* A list entry that is a text, not blank, appended to (*v, *n). */
static struct rt_error *
text_item(struct parser *p, char ***v, size_t *n)
{
	struct rt_error *err;
	const char *s;
	char **nv;

	if ((err = yi_scalar(p, &s)) != NULL)
		return err;
	if (rt_blank(s))
		return rt_yaml_err(&p->y, p->y.ev.start_mark, "needs a value "
		    "(found %s)", rt_yaml_found(&p->y));
	if ((nv = realloc(*v, (*n + 1) * sizeof(*nv))) == NULL)
		return yi_nomem();
	*v = nv;
	if ((nv[*n] = strdup(s)) == NULL)
		return yi_nomem();
	(*n)++;
	return NULL;
}

static struct rt_error *
topic_item(struct parser *p, void *obj)
{
	struct rt_report *r = obj;

	return text_item(p, &r->topics, &r->ntopics);
}

static struct rt_error *
get_topics(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return yi_each(p, "topics", topic_item,
	    &((struct rt_imp_report *)obj)->report);
}

#define REP(m)	offsetof(struct rt_imp_report, report.m)

static const struct key report_keys[] = {
	{ .name = "number", .get = yi_get_text, .off = REP(number),
	  .required = 1 },
	{ .name = "title", .get = yi_get_text, .off = REP(title),
	  .bit = RT_IMP_R_TITLE, .required = 1 },
	{ .name = "issuer", .get = yi_get_text, .off = REP(issuer),
	  .bit = RT_IMP_R_ISSUER },
	{ .name = "type", .get = yi_get_choice, .off = REP(type),
	  .bit = RT_IMP_R_TYPE, .valid = rt_report_type_valid,
	  .names = rt_report_type_names },
	{ .name = "issued", .get = yi_get_date, .off = REP(issued),
	  .bit = RT_IMP_R_ISSUED, .required = 1 },
	{ .name = "fiscal_year", .get = yi_get_year, .off = REP(fiscal_year),
	  .bit = RT_IMP_R_FISCAL_YEAR },
	{ .name = "agency", .get = yi_get_text, .off = REP(agency),
	  .bit = RT_IMP_R_AGENCY },
	{ .name = "topics", .get = get_topics, .bit = RT_IMP_R_TOPICS },
	{ .name = "url", .get = yi_get_text, .off = REP(url),
	  .bit = RT_IMP_R_URL },
	{ .name = "summary", .get = yi_get_text, .off = REP(summary),
	  .bit = RT_IMP_R_SUMMARY },
	{ .name = "sensitivity", .get = yi_get_choice, .off = REP(sensitivity),
	  .bit = RT_IMP_R_SENSITIVITY, .valid = rt_sensitivity_valid,
	  .names = rt_sensitivity_names },
	{ .name = "recommendations", .get = get_recs },
	{ .name = NULL }
};

static const struct map report_map = { "a report (a mapping)", report_keys };

static void
imp_report_free(struct rt_imp_report *r)
{
	size_t i;

	for (i = 0; i < r->nrecs; i++)
		imp_rec_free(&r->recs[i]);
	free(r->recs);
	rt_report_free(&r->report);
	memset(r, 0, sizeof(*r));
}

/* Where the value of the report's key `name` stands, in *pos (the
 * report's mapping when the key is absent): the number for the sink's
 * duplicate check, the issuer and agency for its unknown codes. */
static void
key_pos(struct parser *p, const struct seen *s, const char *name,
    struct rt_imp_pos *pos)
{
	struct rt_imp_report *r = &p->rep;
	const yaml_mark_t *m = yi_mark_of(&report_map, s, name);
	size_t len = strlen(p->y.path);

	*pos = r->pos;
	if (m == NULL)
		return;
	pos->line = (int)m->line + 1;
	pos->col = (int)m->column + 1;
	rt_yaml_path_key(&p->y, name);
	snprintf(pos->path, sizeof(pos->path), "%s", p->y.path);
	p->y.path[len] = '\0';
}

static struct rt_error *
report_item(struct parser *p, void *obj)
{
	struct rt_imp_report *r = &p->rep;
	struct rt_imp_event *e;
	struct rt_error *err;
	struct seen s;
	yaml_mark_t m;
	size_t i, j;

	(void)obj;
	memset(r, 0, sizeof(*r));
	p->reccap = 0;
	free(p->numset);
	p->numset = NULL;
	p->numcap = 0;
	yi_set_pos(p, &r->pos);
	if ((err = yi_get_map(p, &report_map, r, &r->given, &s)) != NULL)
		return err;
	key_pos(p, &s, "number", &r->number_pos);
	key_pos(p, &s, "issuer", &r->issuer_pos);
	key_pos(p, &s, "agency", &r->agency_pos);
	for (i = 0; i < r->nrecs; i++) {
		/* history before an issue date given after it */
		for (j = 0; j < r->recs[i].nhistory; j++) {
			e = &r->recs[i].history[j];
			if (strcmp(e->ev.effective, r->report.issued) >= 0 &&
			    !yi_target_before_issue(&e->ev, r->report.issued))
				continue;
			snprintf(p->y.path, sizeof(p->y.path), "%s",
			    e->pos.path);
			memset(&m, 0, sizeof(m));
			m.line = e->pos.line - 1;
			m.column = e->pos.col - 1;
			if (strcmp(e->ev.effective, r->report.issued) >= 0) {
				rt_yaml_path_key(&p->y, "new");
				return yi_target_too_early(p, m, e->ev.new);
			}
			rt_yaml_path_key(&p->y, "effective");
			return yi_before_issue(p, m, e->ev.effective);
		}
		if ((r->recs[i].rec.report = strdup(r->report.number)) == NULL)
			return yi_nomem();
	}
	if ((err = p->sink->report(p->sink->arg, r)) != NULL)
		return err;
	imp_report_free(r);
	return NULL;
}

static struct rt_error *
get_reports(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return yi_each(p, "reports", report_item, obj);
}

/* ---- issuers and agencies -------------------------------------------- */

#define ISS(m)	offsetof(struct rt_imp_issuer, issuer.m)

static const struct key issuer_keys[] = {
	{ .name = "code", .get = yi_get_text, .off = ISS(code),
	  .required = 1 },
	{ .name = "name", .get = yi_get_text, .off = ISS(name),
	  .required = 1 },
	{ .name = "kind", .get = yi_get_choice, .off = ISS(kind),
	  .valid = rt_issuer_kind_valid, .names = rt_issuer_kind_names },
	{ .name = NULL }
};

static const struct map issuer_map = { "an issuer (a mapping)",
    issuer_keys };

static struct rt_error *
issuer_item(struct parser *p, void *obj)
{
	struct rt_imp_issuer is;
	struct rt_error *err;
	struct seen s;

	(void)obj;
	memset(&is, 0, sizeof(is));
	yi_set_pos(p, &is.pos);
	if ((err = yi_get_map(p, &issuer_map, &is, NULL, &s)) == NULL)
		err = p->sink->issuer(p->sink->arg, &is);
	rt_issuer_free(&is.issuer);
	return err;
}

static struct rt_error *
get_issuers(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return yi_each(p, "issuers", issuer_item, obj);
}

#define AG(m)	offsetof(struct rt_imp_agency, agency.m)

/* An entry of an agency's formerly: a code it had before a rename. */
static struct rt_error *
former_item(struct parser *p, void *obj)
{
	struct rt_imp_agency *ag = obj;

	return text_item(p, &ag->formerly, &ag->nformerly);
}

static struct rt_error *
get_formerly(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return yi_each(p, "formerly", former_item, obj);
}

static const struct key agency_keys[] = {
	{ .name = "code", .get = yi_get_text, .off = AG(code), .required = 1 },
	{ .name = "name", .get = yi_get_text, .off = AG(name), .required = 1 },
	{ .name = "parent", .get = yi_get_text, .off = AG(parent) },
	{ .name = "formerly", .get = get_formerly },
	{ .name = NULL }
};

static const struct map agency_map = { "an agency (a mapping)",
    agency_keys };

static struct rt_error *
agency_item(struct parser *p, void *obj)
{
	struct rt_imp_agency ag;
	struct rt_error *err;
	struct seen s;

	(void)obj;
	memset(&ag, 0, sizeof(ag));
	yi_set_pos(p, &ag.pos);
	if ((err = yi_get_map(p, &agency_map, &ag, NULL, &s)) == NULL)
		err = p->sink->agency(p->sink->arg, &ag);
	rt_agency_free(&ag.agency);
	while (ag.nformerly > 0)
		free(ag.formerly[--ag.nformerly]);
	free(ag.formerly);
	return err;
}

static struct rt_error *
get_agencies(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return yi_each(p, "agencies", agency_item, obj);
}

/* ---- officials ----------------------------------------------------------- */

#define OFF(m)	offsetof(struct rt_imp_official, official.m)

static struct rt_error *
official_former_item(struct parser *p, void *obj)
{
	struct rt_imp_official *o = obj;

	return text_item(p, &o->formerly, &o->nformerly);
}

static struct rt_error *
get_official_formerly(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return yi_each(p, "formerly", official_former_item, obj);
}

static const struct key official_keys[] = {
	{ .name = "code", .get = yi_get_text, .off = OFF(code),
	  .required = 1 },
	{ .name = "name", .get = yi_get_text, .off = OFF(name),
	  .required = 1 },
	{ .name = "email", .get = yi_get_text, .off = OFF(email) },
	{ .name = "agency", .get = yi_get_text, .off = OFF(agency) },
	{ .name = "title", .get = yi_get_text, .off = OFF(title) },
	{ .name = "reports_to", .get = yi_get_text, .off = OFF(reports_to) },
	{ .name = "formerly", .get = get_official_formerly },
	{ .name = NULL }
};

static const struct map official_map = { "an official (a mapping)",
    official_keys };

static struct rt_error *
official_item(struct parser *p, void *obj)
{
	struct rt_imp_official o;
	struct rt_error *err;
	struct seen s;

	(void)obj;
	memset(&o, 0, sizeof(o));
	yi_set_pos(p, &o.pos);
	if ((err = yi_get_map(p, &official_map, &o, NULL, &s)) == NULL &&
	    p->sink->official != NULL)
		err = p->sink->official(p->sink->arg, &o);
	rt_official_free(&o.official);
	while (o.nformerly > 0)
		free(o.formerly[--o.nformerly]);
	free(o.formerly);
	return err;
}

static struct rt_error *
get_officials(struct parser *p, const struct key *k, void *obj)
{
	(void)k;
	return yi_each(p, "officials", official_item, obj);
}

static const struct key top_keys[] = {
	{ .name = "version", .get = yi_get_version },
	{ .name = "issuers", .get = get_issuers },
	{ .name = "agencies", .get = get_agencies },
	{ .name = "officials", .get = get_officials },
	{ .name = "reports", .get = get_reports },
	{ .name = "events", .get = yi_get_events },
	{ .name = NULL }
};

static const struct map top_map = { "a mapping with the keys version, "
    "issuers, agencies, officials, reports, events", top_keys };

struct rt_error *
rt_import_parse(FILE *fp, const char *name, const struct rt_imp_sink *sink)
{
	struct rt_error *err = NULL;
	struct parser p;
	struct seen s;
	int doc;

	memset(&p, 0, sizeof(p));
	p.sink = sink;
	if ((err = rt_yaml_open(&p.y, name, fp, NULL, 0,
	    RT_YAML_FOUND)) != NULL)
		return err;
	if ((err = rt_yaml_begin(&p.y, &doc)) != NULL || !doc)
		goto done;
	if (!rt_yaml_is_null(&p.y.ev) && (err = yi_get_map(&p, &top_map, NULL,
	    NULL, &s)) != NULL)
		goto done;
	err = rt_yaml_end(&p.y);
done:
	imp_report_free(&p.rep);
	free(p.numset);
	yi_subjects_free(&p);
	rt_yaml_close(&p.y);
	return err;
}

