/*
 * rectrack — the domain: enumerations with their names and labels, the
 * lifecycle (status transitions and their guards), recommendation
 * identifiers and the natural order of recommendation numbers.
 *
 * Pure functions: no I/O, no database.
 */
#ifndef RT_DOMAIN_H
#define RT_DOMAIN_H

#include <stddef.h>

struct rt_error;

/* ---- status ---------------------------------------------------------- */

enum rt_status {
	RT_OPEN_PENDING,
	RT_OPEN_UNRESOLVED,
	RT_OPEN_RESOLVED,
	RT_CLOSED_IMPLEMENTED,
	RT_CLOSED_NOT_IMPLEMENTED,
	RT_STATUS_COUNT
};

/* "open-pending" …; NULL for an out-of-range value. */
const char *rt_status_name(int st);
/* "Open – Response Not Yet Due" … (with an en dash, as GAO writes them). */
const char *rt_status_label(int st);
/* Parse a status name (exact, lower case); 0 ok, -1 unknown. */
int rt_status_parse(const char *s, enum rt_status *out);
/* True for the three open statuses. */
int rt_status_is_open(enum rt_status st);
/* "open-pending, open-unresolved, …" for error messages (static). */
const char *rt_status_names(void);

/* ---- concurrence ----------------------------------------------------- */

enum rt_concurrence {
	RT_CONC_PENDING,
	RT_CONC_CONCUR,
	RT_CONC_PARTIAL,
	RT_CONC_NON_CONCUR,
	RT_CONC_NO_POSITION,
	RT_CONC_COUNT
};

const char *rt_concurrence_name(int c);		/* "non-concur" */
const char *rt_concurrence_label(int c);	/* "Non-concur" */
int rt_concurrence_parse(const char *s, enum rt_concurrence *out);
const char *rt_concurrence_names(void);

/* ---- the smaller enumerations (stored and shown by name) ------------- */

/* Report type: audit, inspection, evaluation, management-alert, review,
 * other. */
int rt_report_type_valid(const char *s);
const char *rt_report_type_names(void);
/* Issuer kind: oig, gao, internal, external, other. */
int rt_issuer_kind_valid(const char *s);
const char *rt_issuer_kind_names(void);
/* Sensitivity: public, redacted, sensitive. */
int rt_sensitivity_valid(const char *s);
const char *rt_sensitivity_names(void);

/* ---- lifecycle ------------------------------------------------------- */

/* What a move needs besides being listed in the transition table. */
enum rt_guard {
	RT_GUARD_TARGET = 1 << 0,	/* a target date exists or is given */
	RT_GUARD_NOTE = 1 << 1,		/* a note (reason) is given */
};

/* Extra requirements from the configuration (rectrack(1): require). */
enum rt_require {
	RT_REQ_TARGET_DATE = 1 << 0,
	RT_REQ_CORRECTIVE_ACTION = 1 << 1,
	RT_REQ_OFFICIAL = 1 << 2,
	RT_REQ_EVIDENCE = 1 << 3,
};

/*
 * Guards of the move from -> to, as a mask of enum rt_guard, or -1 when
 * the transition table does not allow the move at all.  Moving to the
 * status one already has is not a move (-1).
 */
int rt_transition_guards(enum rt_status from, enum rt_status to);

/*
 * The statuses one may move to from `from`, in enum order.  Writes up to
 * RT_STATUS_COUNT entries to out and returns how many.
 */
size_t rt_transition_allowed(enum rt_status from, enum rt_status *out);

/* The facts about a proposed move that the guards look at. */
struct rt_move {
	const char *id;			/* "OIG-21-19#4", for messages */
	enum rt_status from, to;
	int has_target;			/* a target date exists or is given */
	int has_note;			/* a non-empty reason is given */
	int has_corrective_action;
	int has_official;
	int has_evidence;
	int at_issuance;		/* rec add: hints name its options */
};

/*
 * Check a move against the transition table, its guards and the
 * configured requirements: resolve_req applies to moves into
 * open-resolved, close_req to moves into closed-implemented (masks of
 * enum rt_require).  NULL when the move is allowed, else an RT_EREFUSED
 * error whose message names the recommendation, its current status and
 * the moves allowed from there, or the missing guard, e.g.
 *   OIG-21-19#4: cannot move from open-pending to open-pending;
 *   allowed: open-unresolved, open-resolved, closed-implemented,
 *   closed-not-implemented
 *   OIG-21-19#4: moving to open-resolved needs a target date (--target)
 * Caller frees the error.
 */
struct rt_error *rt_move_check(const struct rt_move *mv,
    unsigned resolve_req, unsigned close_req);

/* ---- recommendation identifiers and numbers -------------------------- */

/*
 * Split "REPORT#NUMBER" into newly allocated report and number strings.
 * "REPORT#*" gives number "*" (every recommendation of the report).
 * Both parts must be non-empty and free of blanks at either end; the
 * report part may not contain '#'.  Returns NULL or an RT_EINVAL error
 * naming the text ("OIG-21-48: not a recommendation (expected
 * REPORT#NUMBER, e.g. OIG-21-48#2)").  Caller frees *report, *number.
 */
struct rt_error *rt_recid_parse(const char *s, char **report,
    char **number);

/*
 * Natural order of recommendation numbers: runs of digits compare by
 * value, everything else byte by byte: "2" < "10" < "10a" < "11",
 * "1-1" < "1-2" < "1-10".  Returns <0, 0, >0 like strcmp.
 */
int rt_natcmp(const char *a, const char *b);

/*
 * A sort key whose byte order (strcmp, SQL BINARY collation) is the
 * natural order of rt_natcmp: every run of digits is written without
 * leading zeros, prefixed by its digit count as two digits
 * ("10a" -> "0210a").  Newly allocated; NULL when out of memory.
 */
char *rt_natkey(const char *s);

#endif
