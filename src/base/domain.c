#include "base/domain.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "base/util.h"

static const char *const status_names[] = {
	"open-pending", "open-unresolved", "open-resolved",
	"closed-implemented", "closed-not-implemented", NULL
};

static const char *const status_labels[] = {
	"Open \xe2\x80\x93 Response Not Yet Due",
	"Open \xe2\x80\x93 Unresolved",
	"Open \xe2\x80\x93 Resolved",
	"Closed \xe2\x80\x93 Implemented",
	"Closed \xe2\x80\x93 Not Implemented",
};

static const char *const conc_names[] = {
	"pending", "concur", "partial", "non-concur", "no-position", NULL
};

static const char *const conc_labels[] = {
	"Pending", "Concur", "Partially concur", "Non-concur", "No position",
};

static const char *const report_types[] = {
	"audit", "inspection", "evaluation", "management-alert", "review",
	"other", NULL
};

static const char *const issuer_kinds[] = {
	"oig", "gao", "internal", "external", "other", NULL
};

static const char *const sensitivities[] = {
	"public", "redacted", "sensitive", NULL
};

/*
 * The transition table (rectrack(1)): guards of the move [from][to], or NO
 * when the move is not allowed.
 */
#define NO	(-1)
#define T	RT_GUARD_TARGET
#define N	RT_GUARD_NOTE
static const signed char transitions[RT_STATUS_COUNT][RT_STATUS_COUNT] = {
	/*	    pending unresolved resolved closed-impl closed-not */
	[RT_OPEN_PENDING] =
		    { NO,	0,	T,	0,	N },
	[RT_OPEN_UNRESOLVED] =
		    { NO,	NO,	T,	0,	N },
	[RT_OPEN_RESOLVED] =
		    { NO,	N,	NO,	0,	N },
	[RT_CLOSED_IMPLEMENTED] =
		    { NO,	N,	N,	NO,	NO },
	[RT_CLOSED_NOT_IMPLEMENTED] =
		    { NO,	N,	N,	NO,	NO },
};
#undef NO
#undef T
#undef N

/* Index of s in the NULL-terminated list names, or -1. */
static int
lookup(const char *const *names, const char *s)
{
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}

const char *
rt_status_name(int st)
{
	return st >= 0 && st < RT_STATUS_COUNT ? status_names[st] : NULL;
}

const char *
rt_status_label(int st)
{
	return st >= 0 && st < RT_STATUS_COUNT ? status_labels[st] : NULL;
}

int
rt_status_parse(const char *s, enum rt_status *out)
{
	int i;

	if ((i = lookup(status_names, s)) == -1)
		return -1;
	*out = (enum rt_status)i;
	return 0;
}

int
rt_status_is_open(enum rt_status st)
{
	return st == RT_OPEN_PENDING || st == RT_OPEN_UNRESOLVED ||
	    st == RT_OPEN_RESOLVED;
}

const char *
rt_status_names(void)
{
	return "open-pending, open-unresolved, open-resolved, "
	    "closed-implemented, closed-not-implemented";
}

const char *
rt_concurrence_name(int c)
{
	return c >= 0 && c < RT_CONC_COUNT ? conc_names[c] : NULL;
}

const char *
rt_concurrence_label(int c)
{
	return c >= 0 && c < RT_CONC_COUNT ? conc_labels[c] : NULL;
}

int
rt_concurrence_parse(const char *s, enum rt_concurrence *out)
{
	int i;

	if ((i = lookup(conc_names, s)) == -1)
		return -1;
	*out = (enum rt_concurrence)i;
	return 0;
}

const char *
rt_concurrence_names(void)
{
	return "pending, concur, partial, non-concur, no-position";
}

int
rt_report_type_valid(const char *s)
{
	return lookup(report_types, s) != -1;
}

const char *
rt_report_type_names(void)
{
	return "audit, inspection, evaluation, management-alert, review, "
	    "other";
}

int
rt_issuer_kind_valid(const char *s)
{
	return lookup(issuer_kinds, s) != -1;
}

const char *
rt_issuer_kind_names(void)
{
	return "oig, gao, internal, external, other";
}

int
rt_sensitivity_valid(const char *s)
{
	return lookup(sensitivities, s) != -1;
}

const char *
rt_sensitivity_names(void)
{
	return "public, redacted, sensitive";
}

int
rt_transition_guards(enum rt_status from, enum rt_status to)
{
	if ((int)from < 0 || from >= RT_STATUS_COUNT || (int)to < 0 ||
	    to >= RT_STATUS_COUNT)
		return -1;
	return transitions[from][to];
}

size_t
rt_transition_allowed(enum rt_status from, enum rt_status *out)
{
	size_t n = 0;
	int to;

	for (to = 0; to < RT_STATUS_COUNT; to++)
		if (rt_transition_guards(from, (enum rt_status)to) != -1)
			out[n++] = (enum rt_status)to;
	return n;
}

struct rt_error *
rt_move_check(const struct rt_move *mv, unsigned resolve_req,
    unsigned close_req)
{
	enum rt_status allowed[RT_STATUS_COUNT];
	char list[256];
	const char *to;
	size_t i, n, len = 0;
	int g;

	if ((g = rt_transition_guards(mv->from, mv->to)) == -1) {
		n = rt_transition_allowed(mv->from, allowed);
		list[0] = '\0';
		for (i = 0; i < n && len < sizeof(list); i++)
			len += (size_t)snprintf(list + len, sizeof(list) - len,
			    "%s%s", i > 0 ? ", " : "",
			    rt_status_name(allowed[i]));
		return rt_error_new(RT_EREFUSED,
		    "%s: cannot move from %s to %s; allowed: %s", mv->id,
		    rt_status_name(mv->from), rt_status_name(mv->to), list);
	}
	to = rt_status_name(mv->to);
	if (mv->to == RT_OPEN_RESOLVED && (resolve_req & RT_REQ_TARGET_DATE))
		g |= RT_GUARD_TARGET;
	if ((g & RT_GUARD_TARGET) && !mv->has_target)
		return rt_error_new(RT_EREFUSED,
		    "%s: moving to %s needs a target date (--target)",
		    mv->id, to);
	if ((g & RT_GUARD_NOTE) && !mv->has_note)
		return rt_error_new(RT_EREFUSED,
		    "%s: moving from %s to %s needs a reason (--note)",
		    mv->id, rt_status_name(mv->from), to);
	if (mv->to == RT_OPEN_RESOLVED) {
		if ((resolve_req & RT_REQ_CORRECTIVE_ACTION) &&
		    !mv->has_corrective_action)
			return rt_error_new(RT_EREFUSED, "%s: moving to %s "
			    "needs a corrective action (%s)", mv->id, to,
			    mv->at_issuance ? "--corrective-action" :
			    "rec set REC corrective_action=...");
		if ((resolve_req & RT_REQ_OFFICIAL) && !mv->has_official)
			return rt_error_new(RT_EREFUSED, "%s: moving to %s "
			    "needs a responsible official (%s)", mv->id, to,
			    mv->at_issuance ? "--official" :
			    "rec set REC official=...");
	}
	if (mv->to == RT_CLOSED_IMPLEMENTED &&
	    (close_req & RT_REQ_EVIDENCE) && !mv->has_evidence)
		return rt_error_new(RT_EREFUSED, "%s: moving to %s needs an "
		    "evidence reference (--evidence)", mv->id, to);
	return NULL;
}

struct rt_error *
rt_recid_parse(const char *s, char **report, char **number)
{
	const char *hash;
	size_t rlen, nlen;

	*report = *number = NULL;
	hash = strchr(s, '#');
	rlen = hash != NULL ? (size_t)(hash - s) : 0;
	nlen = hash != NULL ? strlen(hash + 1) : 0;
	if (rlen == 0 || nlen == 0 || isspace((unsigned char)s[0]) ||
	    isspace((unsigned char)s[rlen - 1]) ||
	    isspace((unsigned char)hash[1]) ||
	    isspace((unsigned char)hash[nlen]))
		return rt_error_new(RT_EINVAL, "%s%s: not a recommendation "
		    "(expected REPORT#NUMBER, e.g. OIG-21-48#2)",
		    *s == '\0' ? "\"\"" : "", s);
	if ((*report = malloc(rlen + 1)) == NULL ||
	    (*number = rt_strdup(hash + 1)) == NULL) {
		free(*report);
		*report = NULL;
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	memcpy(*report, s, rlen);
	(*report)[rlen] = '\0';
	return NULL;
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Measure the run of digits at *p: skip its leading zeros, set *sig to
 * the first significant digit and return their number; *p moves past
 * the run.
 */
static size_t
digit_run(const unsigned char **p, const unsigned char **sig)
{
	size_t n = 0;

	while (**p == '0')
		(*p)++;
	*sig = *p;
	while (is_digit(**p)) {
		(*p)++;
		n++;
	}
	return n;
}

int
rt_natcmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;
	const unsigned char *ps, *qs;
	size_t pn, qn;
	int c;

	while (*p != '\0' && *q != '\0') {
		if (is_digit(*p) && is_digit(*q)) {
			pn = digit_run(&p, &ps);
			qn = digit_run(&q, &qs);
			if (pn != qn)
				return pn < qn ? -1 : 1;
			if ((c = memcmp(ps, qs, pn)) != 0)
				return c;
		} else if (*p != *q)
			return *p < *q ? -1 : 1;
		else {
			p++;
			q++;
		}
	}
	return (*p != '\0') - (*q != '\0');
}

char *
rt_natkey(const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *sig;
	char *key, *k;
	size_t n;

	/* A one-digit run grows the most: "5" -> "015". */
	if ((key = malloc(3 * strlen(s) + 1)) == NULL)
		return NULL;
	for (k = key; *p != '\0';) {
		if (!is_digit(*p)) {
			*k++ = (char)*p++;
			continue;
		}
		n = digit_run(&p, &sig);
		/* Longer runs than 99 digits lose their natural order. */
		*k++ = (char)('0' + (n > 99 ? 99 : n) / 10);
		*k++ = (char)('0' + (n > 99 ? 99 : n) % 10);
		memcpy(k, sig, n);
		k += n;
	}
	*k = '\0';
	return key;
}
