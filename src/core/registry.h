/*
 * rectrack — the register's reference rows and their history: changing
 * a report's own fields (title, issue date, agency, issuer, …), an
 * agency's or an issuer's name and place, and renaming an agency or an
 * issuer.  Every change writes one event about the report, agency or
 * issuer itself (rt_store_subject_event_add), so `history` shows who
 * changed what, when and why; nothing about a recommendation changes.
 *
 * Each function runs inside the caller's write transaction (rt_store_
 * begin … commit): on an error the caller rolls back, and nothing is
 * changed.  On success *done (initialised here; free with
 * rt_events_free, also after an error) holds the events written, in
 * order, for the command's outcome lines.
 */
#ifndef RT_REGISTRY_H
#define RT_REGISTRY_H

#include <stddef.h>

#include "base/date.h"
#include "core/event.h"
#include "core/rec.h"
#include "store/store.h"

struct rt_error;
struct rt_store;

/*
 * Apply changes (FIELD=VALUE) to report `number`: title, issued, agency,
 * issuer, type, sensitivity, topics (names separated by commas), summary
 * and url ("" clears the last three).  Each field that really changes
 * writes one `field` event with its old and new value, effective on
 * who->effective (checked: a date, not after today, not before the
 * report's issue date, not before an earlier change of the same field).
 * A new issue date must not come after any event of the report's
 * recommendations nor after their target dates: it is refused naming
 * them (at most five, then "and N more").  The fiscal year follows the
 * issue date (fy_start_month, as `report add` computes it), with an
 * event of its own when it changes.
 */
struct rt_error *rt_report_set(struct rt_store *, const char *number,
    const struct rt_change *changes, size_t n, int fy_start_month,
    const struct rt_actor *who, struct rt_events *done);

/*
 * A new agency's, issuer's or report's values as `agency add`, `issuer
 * add`, `report add` and import take them (core/text.h): names one
 * line of text without control characters, codes not blank (an agency
 * code without '/'), every text UTF-8.  NULL, or RT_EINVAL naming the
 * value.
 */
struct rt_error *rt_agency_valid(const struct rt_agency *ag);
struct rt_error *rt_issuer_valid(const struct rt_issuer *is);
struct rt_error *rt_report_valid(const struct rt_report *r);

/* agency set CODE: name, parent ("" moves it to the top; a parent that
 * would make a cycle is refused). */
struct rt_error *rt_agency_set(struct rt_store *, const char *code,
    const struct rt_change *changes, size_t n, const struct rt_actor *who,
    struct rt_events *done);

/* issuer set CODE: name, kind. */
struct rt_error *rt_issuer_set(struct rt_store *, const char *code,
    const struct rt_change *changes, size_t n, const struct rt_actor *who,
    struct rt_events *done);

/*
 * Rename agency or issuer `old` to `new` (a code that is not taken; an
 * agency code has no '/'): one `renamed` event (field code, old, new),
 * recorded under the old code.  Every report, recommendation and
 * sub-agency stays attached.
 */
struct rt_error *rt_subject_rename(struct rt_store *, enum rt_subject kind,
    const char *old, const char *new, const struct rt_actor *who,
    struct rt_events *done);

/*
 * One command's changes to one report, agency, issuer or official, for
 * the functions that change them (here and core/official.c):
 * rt_edit_start checks the effective date (who->effective, default
 * today; not after today, not before floor when given) and reads the
 * subject's events so far; rt_edit_field writes one `field` event when
 * old and new differ ("" and NULL alike), refusing a change effective
 * before an earlier change of the same field; rt_edit_event writes an
 * event of any kind; each event written is pushed onto *done.
 */
struct rt_edit {
	struct rt_store *st;
	enum rt_subject kind;
	const char *code;
	const struct rt_actor *who;
	char effective[RT_DATE_SIZE];
	struct rt_events hist;		/* its events so far */
	struct rt_events *done;		/* the events written */
};

struct rt_error *rt_edit_start(struct rt_edit *, struct rt_store *,
    enum rt_subject kind, const char *code, const struct rt_actor *who,
    const char *floor, struct rt_events *done);
struct rt_error *rt_edit_event(struct rt_edit *, const char *kind,
    const char *field, const char *old, const char *new);
struct rt_error *rt_edit_field(struct rt_edit *, const char *field,
    const char *old, const char *new);
void rt_edit_free(struct rt_edit *);

/* The fields report set, agency set and issuer set accept, comma
 * separated (static). */
const char *rt_report_settable(void);
const char *rt_agency_settable(void);
const char *rt_issuer_settable(void);

#endif
