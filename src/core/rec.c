#include "core/rec.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/text.h"
#include "store/store.h"

int
rt_flag_parse(const char *s)
{
	static const char *const yes[] = { "yes", "true", "on", "1" };
	static const char *const no[] = { "no", "false", "off", "0" };
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcmp(s, yes[i]) == 0)
			return 1;
		if (strcmp(s, no[i]) == 0)
			return 0;
	}
	return -1;
}

long
rt_rec_age_days(const struct rt_rec *rec, const char *as_of)
{
	const char *end = as_of;

	if (rec->closed_date[0] && strcmp(rec->closed_date, as_of) < 0)
		end = rec->closed_date;
	return rt_date_diff(rec->report_issued, end);
}

int
rt_rec_overdue(const struct rt_rec *rec, const char *as_of)
{
	return rec->status == RT_OPEN_RESOLVED && rec->target_date[0] &&
	    strcmp(rec->target_date, as_of) < 0;
}

/* ---- age buckets and derived facts --------------------------------- */

enum unit { U_DAYS, U_MONTHS, U_YEARS };

/* n when days is n units of u (see rec.h), else 0. */
static long
in_unit(long days, enum unit u)
{
	double per = u == U_YEARS ? 365.25 : 365.25 / 12;
	long n;

	if (u == U_DAYS)
		return days;
	/* n * 365 <= n * 365.25: the loop reaches every candidate */
	for (n = 1; n * (u == U_YEARS ? 365.0 : per) < days + 1; n++) {
		double exact = n * per;

		if ((u == U_YEARS && days == 365 * n) ||
		    days == (long)exact || days == (long)(exact + 0.5))
			return n;
	}
	return 0;
}

static const char *
unit_name(enum unit u, long n)
{
	if (u == U_YEARS)
		return n == 1 ? "year" : "years";
	if (u == U_MONTHS)
		return n == 1 ? "month" : "months";
	return n == 1 ? "day" : "days";
}

/* The unit that names days on its own: years, else months, else days. */
static enum unit
best_unit(long days)
{
	if (in_unit(days, U_YEARS))
		return U_YEARS;
	if (in_unit(days, U_MONTHS))
		return U_MONTHS;
	return U_DAYS;
}

size_t
rt_buckets(const struct rt_config *cfg, struct rt_bucket *out)
{
	size_t i, n = cfg->nbuckets;
	enum unit u;
	long lo, hi;

	for (i = 0; i <= n; i++) {
		struct rt_bucket *b = &out[i];

		b->min_days = i == 0 ? 0 : cfg->buckets[i - 1];
		b->max_days = i == n ? -1 : cfg->buckets[i] - 1;
		if (i == 0) {
			/* ages below the first limit */
			u = best_unit(cfg->buckets[0]);
			hi = in_unit(cfg->buckets[0], u);
			snprintf(b->label, sizeof(b->label), "under %ld %s",
			    hi, unit_name(u, hi));
		} else if (i == n) {
			u = best_unit(b->min_days);
			lo = in_unit(b->min_days, u);
			if (u == U_DAYS)
				snprintf(b->label, sizeof(b->label),
				    "%ld %s or more", lo, unit_name(u, lo));
			else
				snprintf(b->label, sizeof(b->label),
				    "over %ld %s", lo, unit_name(u, lo));
		} else {
			if (in_unit(b->min_days, U_YEARS) &&
			    in_unit(b->max_days + 1, U_YEARS))
				u = U_YEARS;
			else if (in_unit(b->min_days, U_MONTHS) &&
			    in_unit(b->max_days + 1, U_MONTHS))
				u = U_MONTHS;
			else
				u = U_DAYS;
			lo = in_unit(b->min_days, u);
			/* days name the last day itself */
			hi = u == U_DAYS ? b->max_days :
			    in_unit(b->max_days + 1, u);
			snprintf(b->label, sizeof(b->label), "%ld-%ld %s", lo,
			    hi, unit_name(u, 2));
		}
	}
	return n + 1;
}

size_t
rt_bucket_of(const struct rt_config *cfg, long age_days)
{
	size_t i;

	for (i = 0; i < cfg->nbuckets; i++)
		if (age_days < cfg->buckets[i])
			break;
	return i;
}

void
rt_rec_facts(const struct rt_rec *rec, const struct rt_config *cfg,
    const char *as_of, struct rt_facts *out)
{
	int y, m, d;

	memset(out, 0, sizeof(*out));
	out->open = rt_status_is_open(rec->status);
	out->overdue = rt_rec_overdue(rec, as_of);
	out->age_days = rt_rec_age_days(rec, as_of);
	out->bucket = rt_bucket_of(cfg, out->age_days);
	out->unresolved_over_6_months = (rec->status == RT_OPEN_PENDING ||
	    rec->status == RT_OPEN_UNRESOLVED) &&
	    out->age_days > cfg->resolution_deadline_days;
	if (out->open && rt_date_parse(as_of, &y, &m, &d) == 0 && y > 1) {
		if (m == 2 && d == 29)
			d = 28;
		out->open_1_year_plus = rec->report_issued[0] &&
		    rt_date_str_days(rec->report_issued) <=
		    rt_date_days(y - 1, m, d);
	}
}

/* ---- adding --------------------------------------------------------- */

/* The next whole number after the highest numeric one of the report. */
static int
next_number_cb(const struct rt_rec *rec, void *arg)
{
	long *max = arg;
	char *end;
	long n;

	if (isdigit((unsigned char)rec->number[0])) {
		n = strtol(rec->number, &end, 10);
		if (n > *max)
			*max = n;
	}
	return 0;
}

static struct rt_error *official_known(struct rt_store *, const char *);

/* The status and target date a new recommendation may be added with. */
static struct rt_error *
add_status_check(const struct rt_config *cfg, const struct rt_rec *rec,
    const char *issued)
{
	if (cfg->require_approval && !rt_status_is_open(rec->status))
		return rt_error_new(RT_EREFUSED, "%s#%s: a recommendation is "
		    "closed only through an approved request "
		    "(require.approval): add it open, then rectrack "
		    "request-closure and rectrack approve (an import records "
		    "a report closed as it was)", rec->report, rec->number);
	if (rec->target_date[0] && !rt_status_is_open(rec->status))
		return rt_error_new(RT_EINVAL, "%s#%s: --target goes with an "
		    "open status, not with %s", rec->report, rec->number,
		    rt_status_name(rec->status));
	if (rec->target_date[0] && strcmp(rec->target_date, issued) < 0)
		return rt_error_new(RT_EREFUSED, "%s#%s: target date %s is "
		    "before the report was issued (%s)", rec->report,
		    rec->number, rec->target_date, issued);
	return NULL;
}

struct rt_error *
rt_rec_add(struct rt_store *st, const struct rt_config *cfg,
    struct rt_rec *rec, const struct rt_actor *who, const char *evidence)
{
	struct rt_error *err;
	struct rt_report report;
	struct rt_filter f = { .report = rec->report };
	struct rt_move mv;
	struct rt_buf note = { 0 };
	char num[32], id[512];
	long max = 0;

	memset(&report, 0, sizeof(report));
	if (rt_blank(rec->text))
		return rt_error_new(RT_EINVAL, "a recommendation needs a "
		    "text (--text)");
	if ((err = rt_text_check("text", rec->text)) ||
	    (err = rt_text_check("corrective_action",
	    rec->corrective_action)) ||
	    (err = rt_code_check("number", "a recommendation number",
	    rec->number)) ||
	    (err = rt_text_check("note", who->note)))
		return err;
	if (rec->number != NULL && (rt_blank(rec->number) ||
	    strchr(rec->number, '#') != NULL || rec->number[0] == '*'))
		return rt_error_new(RT_EINVAL, "\"%s\": not a recommendation "
		    "number (e.g. 1, 1-1, 3a)", rec->number);
	if (rec->target_date[0] && !rt_date_valid(rec->target_date))
		return rt_error_new(RT_EINVAL, "target date \"%s\" is not a "
		    "date (expected YYYY-MM-DD, a day that exists)",
		    rec->target_date);
	if ((err = rt_store_begin(st)) != NULL)
		return err;
	if ((err = rt_store_report_get(st, rec->report, &report)))
		goto done;
	if (rec->number == NULL) {
		if ((err = rt_store_rec_list(st, &f, next_number_cb, &max)))
			goto done;
		/* a number at LONG_MAX, or past it (strtol stops there), has
		 * no next one: say so rather than wrap */
		if (max == LONG_MAX) {
			err = rt_error_new(RT_EINVAL, "%s: its highest "
			    "recommendation number is %ld or more, the largest "
			    "rectrack counts to; give the number (--number)",
			    rec->report, LONG_MAX);
			goto done;
		}
		snprintf(num, sizeof(num), "%ld", max + 1);
		if ((rec->number = rt_strdup(num)) == NULL) {
			err = rt_error_new(RT_ENOMEM, "out of memory");
			goto done;
		}
	}
	if ((err = add_status_check(cfg, rec, report.issued)) != NULL)
		goto done;
	if (rec->agency == NULL &&
	    (rec->agency = rt_strdup(report.agency)) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	snprintf(id, sizeof(id), "%s#%s", rec->report, rec->number);
	if (rec->status != RT_OPEN_PENDING) {
		mv = (struct rt_move){ .id = id, .at_issuance = 1,
		    .from = RT_OPEN_PENDING,
		    .to = rec->status, .has_target = rec->target_date[0] != 0,
		    .has_note = !rt_blank(who->note),
		    .has_corrective_action = !rt_blank(rec->corrective_action),
		    .has_official = !rt_blank(rec->official),
		    .has_evidence = !rt_blank(evidence) };
		if ((err = rt_move_check(&mv, cfg->require_resolve,
		    cfg->require_close_implemented)))
			goto done;
	}
	if (!rt_blank(rec->official) &&
	    (err = official_known(st, rec->official)) != NULL)
		goto done;
	if (rec->status == RT_OPEN_RESOLVED)
		memcpy(rec->resolved_date, report.issued, RT_DATE_SIZE);
	if (!rt_status_is_open(rec->status))
		memcpy(rec->closed_date, report.issued, RT_DATE_SIZE);
	if (rec->target_date[0])
		memcpy(rec->original_target_date, rec->target_date,
		    RT_DATE_SIZE);
	if ((err = rt_store_rec_insert(st, rec)))
		goto done;
	if (!rt_blank(evidence) && (rt_buf_printf(&note, "%s%sevidence: %s",
	    rt_blank(who->note) ? "" : who->note, rt_blank(who->note) ? "" : "; ",
	    evidence) || note.s == NULL)) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = rt_event_write(st, rec->id, report.issued, who->actor,
	    "issued", "status", NULL, rt_status_name(rec->status),
	    note.s ? note.s : who->note)))
		goto done;
	if (rec->concurrence != RT_CONC_PENDING &&
	    (err = rt_event_write(st, rec->id, report.issued, who->actor,
	    "concurrence", "concurrence", rt_concurrence_name(RT_CONC_PENDING),
	    rt_concurrence_name(rec->concurrence), NULL)))
		goto done;
	if (rec->target_date[0] && (err = rt_event_write(st, rec->id,
	    report.issued, who->actor, "target", "target_date", NULL,
	    rec->target_date, NULL)))
		goto done;
	err = rt_store_commit(st);
done:
	if (err)
		rt_store_rollback(st);
	rt_report_free(&report);
	rt_buf_free(&note);
	return err;
}

/* ---- changing fields -------------------------------------------------- */

enum field_type { F_TEXT, F_OPTTEXT, F_AGENCY, F_MONEY, F_FLAG };

static const struct settable {
	const char *name;
	enum field_type type;
	int index;		/* money field or flag number */
} settable[] = {
	{ "text", F_TEXT, 0 },
	{ "official", F_OPTTEXT, 0 },
	{ "agency", F_AGENCY, 0 },
	{ "corrective_action", F_OPTTEXT, 1 },
	{ "questioned_cost", F_MONEY, RT_QUESTIONED_COST },
	{ "unsupported_cost", F_MONEY, RT_UNSUPPORTED_COST },
	{ "funds_better_use", F_MONEY, RT_FUNDS_BETTER_USE },
	{ "potential_savings", F_MONEY, RT_POTENTIAL_SAVINGS },
	{ "disallowed_cost", F_MONEY, RT_DISALLOWED_COST },
	{ "fbu_agreed", F_MONEY, RT_FBU_AGREED },
	{ "priority", F_FLAG, RT_FLAG_PRIORITY },
	{ "significant", F_FLAG, RT_FLAG_SIGNIFICANT },
	{ "on_hold", F_FLAG, RT_FLAG_ON_HOLD },
	{ "closure_requested", F_FLAG, RT_FLAG_CLOSURE_REQUESTED },
	{ "partially_addressed", F_FLAG, RT_FLAG_PARTIALLY_ADDRESSED },
};

const char *
rt_rec_settable(void)
{
	return "text, official, agency, corrective_action, questioned_cost, "
	    "unsupported_cost, funds_better_use, potential_savings, "
	    "disallowed_cost, fbu_agreed, priority, significant, on_hold, "
	    "closure_requested, partially_addressed";
}

const char *
rt_money_name(enum rt_money_field m)
{
	static const char *const names[RT_MONEY_COUNT] = {
		"questioned_cost", "unsupported_cost", "funds_better_use",
		"potential_savings", "disallowed_cost", "fbu_agreed",
	};

	return names[m];
}

struct rt_error *
rt_rec_money_check(const struct rt_rec *rec)
{
	static const struct {
		int part, whole;
		const char *what;
	} rules[] = {
		{ RT_DISALLOWED_COST, RT_QUESTIONED_COST, "the costs "
		  "disallowed are a part of the costs questioned" },
		{ RT_FBU_AGREED, RT_FUNDS_BETTER_USE, "the funds agreed to "
		  "are a part of the funds put to better use" },
	};
	char part[32], whole[32];
	size_t i;

	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
		int64_t p = rec->money[rules[i].part];
		int64_t w = rec->money[rules[i].whole];

		if (p == RT_MONEY_NONE || w == RT_MONEY_NONE || p <= w)
			continue;
		rt_money_display(p, part, sizeof(part));
		rt_money_display(w, whole, sizeof(whole));
		return rt_error_new(RT_EINVAL, "%s %s is more than %s %s (%s)",
		    rt_money_name(rules[i].part), part,
		    rt_money_name(rules[i].whole), whole, rules[i].what);
	}
	return NULL;
}

static char **
text_ptr(struct rt_rec *rec, const struct settable *s)
{
	if (s->type == F_AGENCY)
		return &rec->agency;
	if (s->type == F_TEXT)
		return &rec->text;
	return s->index ? &rec->corrective_action : &rec->official;
}

/* Where a field lives elsewhere: the command that changes it. */
static const char *
other_command(const char *field)
{
	if (strcmp(field, "status") == 0)
		return "rectrack status";
	if (strcmp(field, "concurrence") == 0)
		return "rectrack concur";
	if (strcmp(field, "target_date") == 0 ||
	    strcmp(field, "target") == 0)
		return "rectrack target";
	return NULL;
}

static const struct settable *
find_settable(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(settable) / sizeof(settable[0]); i++)
		if (strcmp(name, settable[i].name) == 0)
			return &settable[i];
	return NULL;
}

int
rt_rec_restore(struct rt_rec *rec, const char *field, const char *value)
{
	const struct settable *s = find_settable(field);
	int64_t cents = RT_MONEY_NONE;
	char **p, *copy = NULL;

	if (s == NULL || s->type == F_FLAG)
		return -1;
	if (s->type == F_MONEY) {
		if (value && rt_money_parse(value, &cents) == -1)
			return -1;
		rec->money[s->index] = cents;
		return 0;
	}
	if (value && (copy = rt_strdup(value)) == NULL)
		return -1;
	p = text_ptr(rec, s);
	free(*p);
	*p = copy;
	return 0;
}

/* An official's code must name an official (the nearest codes
 * suggested when it does not). */
static struct rt_error *
official_known(struct rt_store *st, const char *code)
{
	struct rt_official o;
	struct rt_error *err;

	if ((err = rt_store_official_get(st, code, &o)) != NULL)
		return err;
	rt_official_free(&o);
	return NULL;
}

/* Money as text for the history: "1234.56", NULL when not stated. */
static const char *
money_text(int64_t cents, char *buf, size_t size)
{
	if (cents == RT_MONEY_NONE)
		return NULL;
	rt_money_format(cents, buf, size);
	return buf;
}

/*
 * Apply one change to rec; *changed says whether it differs; old and new
 * receive the values to record (pointing into rec, buffers or statics).
 */
static struct rt_error *
apply_change(struct rt_store *st, struct rt_rec *rec,
    const struct rt_change *c, const struct settable *s, int *changed,
    char *oldbuf, size_t size, char newbuf[32], const char **old,
    const char **new)
{
	struct rt_error *err;
	struct rt_agency ag;
	int64_t cents;
	char **p, *copy;
	int v;

	*changed = 0;
	switch (s->type) {
	case F_FLAG:
		if ((v = rt_flag_parse(c->value)) == -1)
			return rt_error_new(RT_EINVAL, "%s: \"%s\" is not yes "
			    "or no", c->field, c->value);
		if ((err = rt_flag_check(rec, s->index, v)))
			return err;
		*changed = *rt_flag_ptr(rec, s->index) != v;
		*old = *rt_flag_ptr(rec, s->index) ? "yes" : "no";
		*new = v ? "yes" : "no";
		*rt_flag_ptr(rec, s->index) = v;
		return NULL;
	case F_MONEY:
		cents = RT_MONEY_NONE;
		if (c->value[0] != '\0' && rt_money_parse(c->value, &cents))
			return rt_error_new(RT_EINVAL, "%s: \"%s\" is not an "
			    "amount of dollars (%s)", c->field, c->value,
			    rt_money_hint(c->value));
		*changed = rec->money[s->index] != cents;
		*old = money_text(rec->money[s->index], oldbuf, size);
		*new = money_text(cents, newbuf, 32);
		rec->money[s->index] = cents;
		return NULL;
	case F_TEXT:
	case F_AGENCY:
		if (rt_blank(c->value))
			return rt_error_new(RT_EINVAL, "%s: may not be empty",
			    c->field);
		break;
	case F_OPTTEXT:
		break;
	}
	if (s->type == F_AGENCY) {
		if ((err = rt_store_agency_get(st, c->value, &ag)))
			return err;
		rt_agency_free(&ag);
	}
	if (s->type == F_OPTTEXT && s->index == 0 && !rt_blank(c->value) &&
	    (err = official_known(st, c->value)) != NULL)
		return err;
	p = text_ptr(rec, s);
	copy = rt_blank(c->value) ? NULL : rt_strdup(c->value);
	if (!rt_blank(c->value) && copy == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	*changed = (*p == NULL) != (copy == NULL) ||
	    (*p != NULL && strcmp(*p, copy) != 0);
	/* Keep the old value alive until the event is written. */
	snprintf(oldbuf, size, "%s", *p ? *p : "");
	*old = *p ? oldbuf : NULL;
	free(*p);
	*p = copy;
	*new = copy;
	return NULL;
}

struct rt_error *
rt_rec_set(struct rt_store *st, const char *report, const char *number,
    const struct rt_change *changes, size_t n, const struct rt_actor *who,
    int *nchanged)
{
	struct rt_error *err = NULL;
	struct rt_rec rec;
	const struct settable *s;
	char effective[RT_DATE_SIZE], *oldbuf = NULL, newbuf[32];
	const char *old, *new;
	size_t i, j, size = 0;
	int changed;

	*nchanged = 0;
	rt_rec_init(&rec);
	for (i = 0; i < n; i++) {
		const char *cmd = other_command(changes[i].field);

		if (cmd != NULL)
			return rt_error_new(RT_EINVAL, "%s: use '%s' to change "
			    "it (it follows the lifecycle)", changes[i].field,
			    cmd);
		if (find_settable(changes[i].field) == NULL)
			return rt_error_new(RT_EINVAL, "%s: not a field one "
			    "can set (expected one of %s)", changes[i].field,
			    rt_rec_settable());
		for (j = 0; j < i; j++)
			if (strcmp(changes[i].field, changes[j].field) == 0)
				return rt_error_new(RT_EINVAL, "%s: given twice",
				    changes[i].field);
		if (strlen(changes[i].value) + 1 > size)
			size = strlen(changes[i].value) + 1;
	}
	if ((err = rt_store_begin(st)) != NULL)
		return err;
	if ((err = rt_store_rec_get(st, report, number, &rec)))
		goto done;
	if ((err = rt_effective_date(who->effective, &rec,
	    effective)))
		goto done;
	/* old values can be as long as any stored text */
	size = size + (rec.text ? strlen(rec.text) : 0) +
	    (rec.corrective_action ? strlen(rec.corrective_action) : 0) +
	    (rec.official ? strlen(rec.official) : 0) +
	    (rec.agency ? strlen(rec.agency) : 0) + 32;
	if ((oldbuf = malloc(size)) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < n; i++) {
		s = find_settable(changes[i].field);
		if ((err = apply_change(st, &rec, &changes[i], s, &changed,
		    oldbuf, size, newbuf, &old, &new)))
			goto done;
		if (!changed)
			continue;
		if ((err = rt_check_order(st, &rec, s->type == F_FLAG ?
		    "flag" : "field", s->name, effective)))
			goto done;
		if ((err = rt_event_write(st, rec.id, effective, who->actor,
		    s->type == F_FLAG ? "flag" : "field", s->name, old, new,
		    who->note)))
			goto done;
		(*nchanged)++;
	}
	if (*nchanged == 0)
		goto done;
	if ((err = rt_rec_money_check(&rec)) != NULL)
		goto done;
	if ((err = rt_store_rec_update(st, &rec)) == NULL)
		err = rt_store_commit(st);
done:
	if (err || *nchanged == 0) {
		rt_store_rollback(st);
		*nchanged = 0;
	}
	free(oldbuf);
	rt_rec_free(&rec);
	return err;
}
