/*
 * rectrack — the store: everything that touches the database goes
 * through these functions, so that commands never see which database
 * holds the register (a SQLite file or a PostgreSQL server, backend.h)
 * and both behave the same behind this interface.
 *
 * Conventions:
 * - Every function returns NULL or an error the caller frees.
 * - Strings in structs filled by the store are newly allocated and freed
 *   by the matching rt_*_free(); structs passed to a list callback are
 *   owned by the store and valid only during the call.
 * - Dates are "YYYY-MM-DD" (RT_DATE_SIZE), "" when absent; money is cents,
 *   RT_MONEY_NONE when not stated; flags are 0 or 1.
 * - Writes happen between rt_store_begin() and rt_store_commit(); any
 *   error before the commit must be followed by rt_store_rollback().
 */
#ifndef RT_STORE_H
#define RT_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "base/chain.h"
#include "base/date.h"
#include "base/domain.h"

struct rt_error;
struct rt_store;

#define RT_MONEY_NONE ((int64_t)-1)

struct rt_issuer {
	char *code;		/* "dhs-oig" */
	char *name;
	char *kind;		/* oig, gao, internal, external, other */
};

struct rt_agency {
	char *code;		/* "CBP" */
	char *name;
	char *parent;		/* parent's code, NULL at the top */
	char *path;		/* "DHS/CBP" (filled by get and list) */
	int depth;		/* 0 at the top (filled by get and list) */
};

/* An official to whom recommendations are assigned (schema 6). */
struct rt_official {
	char *code;		/* "cbp-ofo": the rules of agency codes */
	char *name;
	char *email;		/* local@domain, NULL when absent */
	char *agency;		/* agency code, NULL when none */
	char *title;		/* NULL when absent */
	char *reports_to;	/* the code of the official reported to, NULL
				   when none */
	int nopen;		/* open recommendations assigned (filled by get
				   and list) */
};

struct rt_report {
	char *number;		/* "OIG-21-48" */
	char *title;
	char *issuer;		/* issuer code */
	char *type;		/* audit, inspection, … */
	char issued[RT_DATE_SIZE];
	int fiscal_year;
	char *agency;		/* primary agency code */
	char *url;		/* NULL when absent */
	char *summary;		/* NULL when absent */
	char *sensitivity;	/* public, redacted, sensitive */
	char **topics;		/* ntopics names, in name order */
	size_t ntopics;
	int nrecs, nopen;	/* recommendations, open ones (get, list) */
};

enum rt_money_field {
	RT_QUESTIONED_COST,
	RT_UNSUPPORTED_COST,
	RT_FUNDS_BETTER_USE,
	RT_POTENTIAL_SAVINGS,
	/* the management decision (schema 004): the part of the questioned
	 * cost management agreed to disallow, the part of the funds put to
	 * better use it agreed to; never more than that amount when stated */
	RT_DISALLOWED_COST,
	RT_FBU_AGREED,
	RT_MONEY_COUNT
};

struct rt_rec {
	int64_t id;		/* store's key; 0 before insert */
	char *report;		/* report number */
	char *number;		/* "1", "3a" */
	char *text;
	char *agency;		/* responsible agency code */
	char *official;		/* NULL when absent */
	char *corrective_action;	/* NULL when absent */
	enum rt_concurrence concurrence;
	enum rt_status status;
	char target_date[RT_DATE_SIZE];
	char original_target_date[RT_DATE_SIZE];
	char resolved_date[RT_DATE_SIZE];
	char closed_date[RT_DATE_SIZE];
	int priority, significant, on_hold, closure_requested,
	    partially_addressed;
	int64_t money[RT_MONEY_COUNT];
	/* read-only context, filled by get and list */
	char report_issued[RT_DATE_SIZE];
	char *issuer;		/* the report's issuer code */
	char *agency_path;	/* "DHS/CBP" */
	int report_fy;		/* the report's fiscal year */
};

struct rt_event {
	int64_t id;
	int64_t change;		/* the change set it was recorded in; when
				   adding, 0: the transaction's own */
	int64_t voids;		/* kind void: the event it voids; else 0 */
	char at[21];		/* "2026-11-28T12:00:00Z" */
	char effective[RT_DATE_SIZE];
	char *actor;
	char *kind;		/* issued, status, concurrence, target, flag,
				   field, note, imported, void */
	char *field;		/* attribute changed, NULL for notes */
	char *old, *new;	/* NULL when absent */
	char *note;
	char hash[RT_HASH_SIZE];	/* its link of the chain (base/chain.h);
				   "" when not computed */
	/* filled by the walks over several recommendations
	 * (rt_store_event_walk, rt_store_change_events) only */
	int64_t rec;		/* the recommendation's id; 0 for an event
				   about a report, an agency, an issuer or
				   an official */
	char *subject;		/* "OIG-21-19#3", "agency CPB" */
	int about;		/* 0: a recommendation's event; else 1 +
				   the enum rt_subject it is about */
	char *code;		/* then that one's code now ("CBP") */
	/* not stored: set by rt_events_load (core/event.h) */
	int inactive;		/* voided, or not known at the store's
				   horizon (rt_store_set_known) */
};

/* A change set: the events one command (or one import) recorded. */
struct rt_change_set {
	int64_t id;
	char at[21];		/* when recorded */
	char *actor;
	char *command;		/* the command as typed */
	/* filled by rt_store_change_list and _get */
	long nevents;		/* its events */
	long nrecs;		/* the recommendations they touch */
	char *first;		/* the first one touched ("OIG-21-19#3") */
};

/*
 * Which recommendations (or reports) a listing wants; NULL/0 members
 * match all.  The conditions on the current state (statuses,
 * concurrences, priority, overdue_before) test the stored row: a listing
 * as of a past day filters the rebuilt state itself.
 */
#define RT_FILTER_MAX_FYS 16	/* rt_filter.nfys at most */

struct rt_filter {
	const char *issuer;	/* issuer code */
	const char *agency;	/* agency code; includes its sub-agencies */
	const char *report;	/* report number */
	unsigned statuses;	/* mask of 1 << enum rt_status; 0: all */
	unsigned concurrences;	/* mask of 1 << enum rt_concurrence; 0: all */
	const char *topic;	/* report topic (any case) */
	const int *fys;		/* report fiscal years (any of them); */
	size_t nfys;		/* 0: all */
	const char *issued_from, *issued_to;	/* report issue date range */
	int priority;		/* 1: priority recommendations only */
	const char *overdue_before;	/* open-resolved, target before this */
	const char *const *officials;	/* official codes (any of them); */
	size_t nofficials;		/* 0: any official or none */
	const char *due_from, *due_to;	/* open, target date from .. to
					   (both included; both or neither) */
	const char *unresolved_before;	/* open-unresolved or open-pending,
					   report issued before this */
	int no_target;			/* 1: open, with no target date */
	int extended_min;		/* 0: any; else extended at least this
					   many times (core/select.c counts
					   them, core/extensions.h) */
};

void rt_issuer_free(struct rt_issuer *);
void rt_agency_free(struct rt_agency *);
void rt_official_free(struct rt_official *);
void rt_report_free(struct rt_report *);
void rt_rec_free(struct rt_rec *);
void rt_event_free(struct rt_event *);
void rt_change_set_free(struct rt_change_set *);
/* A recommendation with no strings, default status and no money. */
void rt_rec_init(struct rt_rec *);
/* A deep copy of rec into *out (free with rt_rec_free, also after a
 * failure); -1 when out of memory. */
int rt_rec_dup(const struct rt_rec *rec, struct rt_rec *out);
/* The same for a report (free with rt_report_free). */
int rt_report_dup(const struct rt_report *r, struct rt_report *out);

/* ---- opening ----------------------------------------------------------- */

enum {
	RT_STORE_CREATE = 1 << 0,	/* create the database when missing */
	RT_STORE_READONLY = 1 << 1,	/* open for reading only */
};

/*
 * Open the database at path.  Without RT_STORE_CREATE a missing file (or
 * an empty one) is an RT_ENOTFOUND error ("PATH: no database here
 * (create one with 'rectrack init')"); only RT_STORE_CREATE creates a
 * file.  A database of an older schema version is upgraded in one
 * transaction (with RT_STORE_READONLY, through a connection of its own
 * that is closed before the read-only one opens).  A file that is not a
 * rectrack database (another program's file or schema) and one of a
 * newer schema version are refused with RT_EINVAL and left as they
 * were.  With RT_STORE_READONLY the database is opened for reading
 * only: every write fails with an error, and a search does not index
 * rows other programs added (the next write does).  *out is freed with
 * rt_store_close().
 */
struct rt_error *rt_store_open(const char *path, int flags,
    struct rt_store **out);
void rt_store_close(struct rt_store *);

/* 1 when name is a PostgreSQL connection URI (postgresql://…,
 * postgres://…), which rt_store_open() takes to a server. */
int rt_store_is_server(const char *name);

/* On a server, the database user the store logged in as: the actor of
 * every change it records.  NULL for a database file, which has no
 * users of its own. */
const char *rt_store_user(struct rt_store *);

/* The database's name for messages: the path as given, or the URI with
 * any password hidden.  Valid until rt_store_close(). */
const char *rt_store_name(struct rt_store *);

/* Schema version found when opening (0: new file) and the current one. */
void rt_store_versions(struct rt_store *, int *found, int *current);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK.  The commit first adds the rows
 * inserted in the transaction to the search index. */
struct rt_error *rt_store_begin(struct rt_store *);
struct rt_error *rt_store_commit(struct rt_store *);
void rt_store_rollback(struct rt_store *);

/*
 * A dry run: from now on rt_store_commit() commits nothing.  It hands
 * each event of the transaction's own change set to cb (as
 * rt_store_change_events does; cb may be NULL, and returns non-zero to
 * stop), rolls the transaction back and returns NULL, so that callers
 * that begin and commit their own transactions carry on as after a
 * commit.  Rows that are not events (an issuer, agency or report added)
 * are rolled back the same way.  An error of the listing is returned
 * after the rollback.
 */
void rt_store_set_dry_run(struct rt_store *,
    int (*cb)(const struct rt_event *, void *), void *arg);

/* ---- issuers and agencies --------------------------------------------- */

/* RT_EEXIST when the code is taken. */
struct rt_error *rt_store_issuer_add(struct rt_store *,
    const struct rt_issuer *);
/* RT_ENOTFOUND when there is no such issuer. */
struct rt_error *rt_store_issuer_get(struct rt_store *, const char *code,
    struct rt_issuer *out);
/* In code order; a non-zero return from cb stops the walk. */
struct rt_error *rt_store_issuer_list(struct rt_store *,
    int (*cb)(const struct rt_issuer *, void *), void *arg);

/* Rewrite the name and kind of issuer is->code (RT_ENOTFOUND if none). */
struct rt_error *rt_store_issuer_update(struct rt_store *,
    const struct rt_issuer *);

/* RT_EEXIST when the code is taken, RT_ENOTFOUND for an unknown parent. */
struct rt_error *rt_store_agency_add(struct rt_store *,
    const struct rt_agency *);
struct rt_error *rt_store_agency_get(struct rt_store *, const char *code,
    struct rt_agency *out);
/* Rewrite the name and parent of agency ag->code; a parent that would
 * make a cycle is refused (RT_EINVAL). */
struct rt_error *rt_store_agency_update(struct rt_store *,
    const struct rt_agency *);
/* Depth first in path order, so that a tree can be drawn. */
struct rt_error *rt_store_agency_list(struct rt_store *,
    int (*cb)(const struct rt_agency *, void *), void *arg);

/* ---- officials ---------------------------------------------------------- */

/* RT_EEXIST when the code is taken, RT_ENOTFOUND (with the nearest
 * codes) for an unknown agency or official reported to.  The values are
 * stored as given: core/official.h checks them. */
struct rt_error *rt_store_official_add(struct rt_store *,
    const struct rt_official *);
/* RT_ENOTFOUND, with the nearest codes, when there is no such official. */
struct rt_error *rt_store_official_get(struct rt_store *, const char *code,
    struct rt_official *out);
/* The same without the nearest codes: *found 0 and out empty when there
 * is no such official (an import that names many new ones). */
struct rt_error *rt_store_official_find(struct rt_store *, const char *code,
    struct rt_official *out, int *found);
/* In code order; a non-zero return from cb stops the walk. */
struct rt_error *rt_store_official_list(struct rt_store *,
    int (*cb)(const struct rt_official *, void *), void *arg);
/* Rewrite every field but the code of official of->code (RT_ENOTFOUND
 * when there is none, or for an unknown agency or official reported
 * to). */
struct rt_error *rt_store_official_set(struct rt_store *,
    const struct rt_official *);
/* Those of the officials set up by the upgrade to schema 6 from the
 * free-text officials of the recommendations that this open did (none
 * when the database was at schema 6 already), in code order: code and
 * name only. */
struct rt_error *rt_store_official_migrated(struct rt_store *,
    int (*cb)(const struct rt_official *, void *), void *arg);

/* ---- reports ------------------------------------------------------------ */

/* RT_EEXIST for a taken number, RT_ENOTFOUND for an unknown issuer or
 * agency.  Topics are created as needed. */
struct rt_error *rt_store_report_add(struct rt_store *,
    const struct rt_report *);
struct rt_error *rt_store_report_get(struct rt_store *, const char *number,
    struct rt_report *out);
/* Rewrite every field of report r->number, its topics included. */
struct rt_error *rt_store_report_update(struct rt_store *,
    const struct rt_report *);
/* Import: forget the report numbers seen (at the start of a file), and
 * note number as given on line; *first is 0 the first time, else the
 * line it was first given on.  In a transaction. */
struct rt_error *rt_store_report_seen_reset(struct rt_store *);
struct rt_error *rt_store_report_seen(struct rt_store *, const char *number,
    int line, int *first);
/* In issue-date then natural number order; the filter's report, issuer
 * and agency (the primary agency, with sub-agencies) apply. */
struct rt_error *rt_store_report_list(struct rt_store *,
    const struct rt_filter *, int (*cb)(const struct rt_report *, void *),
    void *arg);

/* ---- recommendations and events ---------------------------------------- */

/*
 * Insert the current row of a new recommendation; sets rec->id.
 * RT_EEXIST when the number is taken in the report, RT_ENOTFOUND for an
 * unknown report or agency.
 */
struct rt_error *rt_store_rec_insert(struct rt_store *, struct rt_rec *);
/* Rewrite the current row of rec (found by rec->id). */
struct rt_error *rt_store_rec_update(struct rt_store *,
    const struct rt_rec *);
/* RT_ENOTFOUND naming the report or the recommendation. */
struct rt_error *rt_store_rec_get(struct rt_store *, const char *report,
    const char *number, struct rt_rec *out);
/* In report issue date, report number, recommendation number order. */
struct rt_error *rt_store_rec_list(struct rt_store *,
    const struct rt_filter *, int (*cb)(const struct rt_rec *, void *),
    void *arg);
/* The same recommendations, each with only id, report, number, agency,
 * official, status, target date, priority, questioned cost, funds put to
 * better use, report_issued, issuer and report_fy (the rest empty); the
 * record and its strings are valid during the callback only. */
struct rt_error *rt_store_rec_list_lean(struct rt_store *,
    const struct rt_filter *, int (*cb)(const struct rt_rec *, void *),
    void *arg);

/* Append an event to recommendation rec_id; sets ev->id.  ev->subject,
 * when not NULL, is the recommendation's "REPORT#NUMBER" as the caller
 * knows it (a copy does): a backend may take it instead of reading it,
 * and the event's hash then covers it as given. */
struct rt_error *rt_store_event_add(struct rt_store *, int64_t rec_id,
    struct rt_event *ev);
/* The events of rec_id, in effective date then recording order. */
struct rt_error *rt_store_event_list(struct rt_store *, int64_t rec_id,
    int (*cb)(const struct rt_event *, void *), void *arg);

/* ---- change sets, the chain, the horizon ------------------------------- */

/*
 * Every event is recorded in a change set.  rt_store_event_add, given an
 * event whose change is 0, records it in the transaction's own change
 * set, made by the first such event of the transaction: recorded now,
 * by that event's actor, with the command set here (as typed; "" when
 * none was set).  The store copies command.
 *
 * rt_store_event_add also links the event into the chain: its hash over
 * the hash of the last event recorded before it (by id), its subject
 * and fields, and for a void the hash of the event it voids.  Writers
 * take their turn on the chain: the head is read under the transaction's
 * write lock.
 */
struct rt_error *rt_store_set_command(struct rt_store *,
    const char *command);
/* The transaction's own change set: 0 when none is made yet. */
int64_t rt_store_change_current(struct rt_store *);
/* The change set of the last transaction committed through this handle:
 * 0 when it recorded none. */
int64_t rt_store_change_last(struct rt_store *);
/* Add change set ch with its own id (copy); RT_EEXIST when taken.  With
 * id 0, a new one (command NULL: the one set) that becomes the
 * transaction's own when it has none. */
struct rt_error *rt_store_change_add(struct rt_store *,
    const struct rt_change_set *ch);
/* RT_ENOTFOUND when there is no change set id. */
struct rt_error *rt_store_change_get(struct rt_store *, int64_t id,
    struct rt_change_set *out);
/* Change sets in id order: those of actor (NULL: all) recorded at or
 * after since (an instant or a date; NULL: all). */
struct rt_error *rt_store_change_list(struct rt_store *, const char *actor,
    const char *since, int (*cb)(const struct rt_change_set *, void *),
    void *arg);
/* The events of change set id, in id order, with rec and subject. */
struct rt_error *rt_store_change_events(struct rt_store *, int64_t id,
    int (*cb)(const struct rt_event *, void *), void *arg);
/* Every event, in id order (the order of the chain), with rec and
 * subject. */
struct rt_error *rt_store_event_walk(struct rt_store *,
    int (*cb)(const struct rt_event *, void *), void *arg);
/* The same for the events about reports, agencies, issuers and officials
 * only (none of a recommendation's). */
struct rt_error *rt_store_subject_event_walk(struct rt_store *,
    int (*cb)(const struct rt_event *, void *), void *arg);
/* The events of kind target and void about recommendations, in one
 * read: by recommendation (rec), then id; each with only id, rec,
 * voids, at, effective, kind, old and new (valid during the callback). */
struct rt_error *rt_store_target_walk(struct rt_store *,
    int (*cb)(const struct rt_event *, void *), void *arg);
/* The register's own name, made when it was created (8 hex digits): a
 * change set is written UID-N where it may meet another register's. */
const char *rt_store_uid(struct rt_store *);
/* Give the register the name uid (8 lowercase hex digits; RT_EINVAL
 * otherwise): a copy keeps its source's name. */
struct rt_error *rt_store_set_uid(struct rt_store *, const char *uid);

/*
 * The horizon: read as known at instant `at` ("YYYY-MM-DDTHH:MM:SSZ"),
 * NULL for now.  The store keeps it for the core (core/event.h), which
 * then leaves out every event recorded after it.  The store copies at.
 */
struct rt_error *rt_store_set_known(struct rt_store *, const char *at);
/* The horizon set, or NULL. */
const char *rt_store_known(struct rt_store *);

/* ---- reports, agencies and issuers: their own history ------------------ */

/* What an event that is not about a recommendation is about. */
enum rt_subject { RT_SUBJECT_REPORT, RT_SUBJECT_AGENCY, RT_SUBJECT_ISSUER,
    RT_SUBJECT_OFFICIAL };

/* "report", "agency", "issuer", "official" (static). */
const char *rt_subject_name(enum rt_subject);

/*
 * Append an event about report, agency or issuer `code` itself (kinds
 * field, renamed, added, note, void) in the transaction's own change set
 * when ev->change is 0, as rt_store_event_add does, and link it into the
 * chain the same way, its subject written down as "KIND CODE" ("report
 * OIG-21-19") as it is when recorded, or as ev->subject when that is set
 * (a copy keeping the subject of an event recorded before a rename).
 * Sets ev->id and ev->hash.
 * RT_ENOTFOUND (with the nearest codes) when there is no such one.
 */
struct rt_error *rt_store_subject_event_add(struct rt_store *,
    enum rt_subject kind, const char *code, struct rt_event *ev);
/* The events about `code` itself (also those recorded under a code it
 * had before a rename), in effective date then recording order, with
 * subject set.  RT_ENOTFOUND when there is no such one. */
struct rt_error *rt_store_subject_event_list(struct rt_store *,
    enum rt_subject kind, const char *code,
    int (*cb)(const struct rt_event *, void *), void *arg);
/* The events about every one of kind, in one walk: in the order of its
 * listing (agencies by their place in the tree, issuers and officials by
 * code, reports as listed), then effective date and recording order,
 * with subject and code (the one's code now) set. */
struct rt_error *rt_store_subject_event_all(struct rt_store *,
    enum rt_subject kind, int (*cb)(const struct rt_event *, void *),
    void *arg);
/*
 * Give agency, issuer or official `old` the code `new` (kind
 * RT_SUBJECT_REPORT is refused): every row refers to it by its id, so
 * its recommendations, reports and sub-agencies stay attached; the
 * recommendations assigned to an official `old` (their official column
 * holds its code) are assigned to `new` in the same statement.
 * RT_ENOTFOUND for an unknown old, RT_EEXIST when new is taken.
 */
struct rt_error *rt_store_rename(struct rt_store *, enum rt_subject kind,
    const char *old, const char *new);

/* ---- full-text search ---------------------------------------------------- */

/* Where a search hit matched. */
enum rt_search_field {
	RT_SEARCH_TITLE,	/* a report's title */
	RT_SEARCH_SUMMARY,	/* a report's summary */
	RT_SEARCH_TEXT,		/* a recommendation's text */
	RT_SEARCH_ACTION,	/* a recommendation's corrective action */
	RT_SEARCH_NOTE,		/* the note of an event about a
				   recommendation or a report */
	RT_SEARCH_OFFICIAL,	/* the name of the official a
				   recommendation is assigned to */
	RT_SEARCH_FIELD_COUNT
};

/* "title", "summary", "text", "corrective-action", "note", "official". */
const char *rt_search_field_name(enum rt_search_field);
/* The field named s (as rt_search_field_name names it): 0, or -1. */
int rt_search_field_parse(const char *s, enum rt_search_field *out);

/* The marks around each matched word in a hit's snippet (control
 * characters, which the texts do not hold; the front end shows them). */
#define RT_SEARCH_MARK_ON "\002"
#define RT_SEARCH_MARK_OFF "\003"

/*
 * A search query, parsed (core/query.h reads what users type: words,
 * "phrases", prefix*, AND, OR, NOT, parentheses, NEAR(...), ^ and column
 * filters) into a tree whose leaves are phrases.  A backend renders the
 * tree into its engine's query; it never sees the text as typed.
 */
struct rt_query_term {
	char *word;		/* one word (rt_search_word_next), as written */
	int prefix;		/* word*: any word starting so */
};

struct rt_query_phrase {
	int idx;		/* its place in the query: 0, 1, ... */
	int initial;		/* ^: only at the start of a text */
	struct rt_query_term *t;	/* its words, in order */
	int n;
};

enum rt_query_type {
	RT_QUERY_EMPTY,		/* phrases without words: matches nothing */
	RT_QUERY_FALSE,		/* a column filter excluding the one column */
	RT_QUERY_PHRASES,	/* one phrase, or a NEAR group of several */
	RT_QUERY_AND,		/* l and r */
	RT_QUERY_OR,		/* l or r */
	RT_QUERY_NOT,		/* l and not r */
};

/*
 * A node.  EMPTY and FALSE are folded away where they meet AND, OR and
 * NOT (a OR nothing is a, a AND nothing is nothing, a NOT nothing is
 * a): they occur only as the root, where they find nothing.  PHRASES:
 * ph[0..nph-1], each with words; when nph > 1 (NEAR), near is the most
 * words between two phrases of the group.
 */
struct rt_query_node {
	enum rt_query_type type;
	struct rt_query_node *l, *r;
	struct rt_query_phrase **ph;
	int nph;
	long near;
};

struct rt_query {
	char *text;		/* as typed, for messages */
	struct rt_query_node *root;
	/* every phrase written, by idx (those folded away too) */
	struct rt_query_phrase **phrases;
	size_t nphrases;
	int exact;		/* ^ or NEAR(...) of several phrases written */
	/* the parser's own: every node, to free them */
	struct rt_query_node **nodes;
	size_t nnodes, capnodes, capphrases;
};

/*
 * The words of a text as the search index splits it (runs of letters,
 * digits and marks; punctuation, symbols, blanks and bytes that are not
 * UTF-8 separate words): the first word of s (n bytes, NUL-terminated)
 * at or after *at.  1 with the word's bytes [*start, *end) and *at past
 * it; 0 when there is none.
 */
int rt_search_word_next(const char *s, size_t n, size_t *at, size_t *start,
    size_t *end);

/*
 * A search: the parsed query, matched against the words of report
 * titles, report summaries, recommendation texts and corrective actions,
 * the notes of events about recommendations and reports, and the names
 * of officials (a name found is a hit for each recommendation assigned
 * to the official), without regard to
 * case or diacritics and by stem ("overdose" finds "overdoses").  NULL
 * members match all.
 */
struct rt_search {
	const struct rt_query *query;
	long limit;		/* at most this many hits; 0: all */
	const char *issuer;	/* issuer code */
	const char *agency;	/* agency code, with its sub-agencies: the
				   responsible agency of a text, the primary
				   agency of a title or summary */
	const char *report;	/* report number */
	unsigned statuses;	/* mask of 1 << enum rt_status: texts of
				   recommendations in these statuses, titles
				   and summaries of reports with one; 0: all */
	unsigned fields;	/* mask of 1 << enum rt_search_field: the
				   fields that may match; 0: all */
};

/* One hit, owned by the store and valid during the callback only. */
struct rt_search_hit {
	long rank;		/* 1 for the best hit, 2, ... */
	enum rt_search_field field;
	const char *report;	/* report number */
	const char *number;	/* recommendation number; NULL for a title,
				   a summary or the note of a report's event */
	const char *title;	/* the report's title */
	const char *issuer;	/* the report's issuer code */
	char issued[RT_DATE_SIZE];	/* the report's issue date */
	const char *agency;	/* responsible agency (text), primary agency
				   (title, summary) */
	int status;		/* enum rt_status of a text; -1 otherwise */
	const char *snippet;	/* an excerpt of the matched text (at most 12
				   words, "…" where it is cut), each matched
				   word (or phrase) between RT_SEARCH_MARK_ON
				   and RT_SEARCH_MARK_OFF */
};

/*
 * Call cb with each hit of the search, best first: by bm25 relevance,
 * equal ones in the order of listings (report issue date, report
 * number, title before summary before texts, recommendation number);
 * when the limit cuts between equal ones, the same are always kept.
 * A non-zero return from cb stops the walk.  A query whose root is
 * EMPTY or FALSE finds nothing.  Rows that other programs added since
 * rectrack's last commit are indexed first (a write, in its own
 * transaction unless one is open).
 */
struct rt_error *rt_store_search(struct rt_store *, const struct rt_search *,
    int (*cb)(const struct rt_search_hit *, void *), void *arg);

/* ---- checking and backing up ----------------------------------------- */

/*
 * One thing wrong, found by a check: check is the kind of check
 * ("integrity", "schema", "foreign-key", "value", "history", "search"),
 * subject what it is about ("OIG-21-48#2", "report OIG-21-48",
 * "event 57"), message what is wrong.  Valid during the callback only.
 */
struct rt_problem {
	const char *check;
	const char *subject;
	const char *message;
};

/*
 * Start a read transaction: the queries until rt_store_rollback() see
 * the database as it was when it started, whatever other processes
 * commit meanwhile.  Nothing is written.
 */
struct rt_error *rt_store_begin_read(struct rt_store *);

/* Rows in the main tables. */
struct rt_counts {
	int64_t issuers, agencies, reports, recs, events;
};
struct rt_error *rt_store_counts(struct rt_store *, struct rt_counts *);

/* The database's own check of its storage (a shorter one when quick):
 * one problem per fault it reports; nothing where the server keeps its
 * storage whole itself. */
struct rt_error *rt_store_check_integrity(struct rt_store *, int quick,
    int (*cb)(const struct rt_problem *, void *), void *arg);

/* The tables, indexes, views and triggers against those the schema
 * scripts make: one problem per one missing, changed or foreign. */
struct rt_error *rt_store_check_schema(struct rt_store *,
    int (*cb)(const struct rt_problem *, void *), void *arg);

/* Every reference between rows (one problem per row whose reference
 * leads nowhere) and agencies whose parents make a cycle. */
struct rt_error *rt_store_check_references(struct rt_store *,
    int (*cb)(const struct rt_problem *, void *), void *arg);

/*
 * The search index against its rows: every text it should hold is
 * indexed, nothing else is, and it can be used.  Rows other programs
 * added since, which the next search indexes, are not problems.
 */
struct rt_error *rt_store_check_search(struct rt_store *,
    int (*cb)(const struct rt_problem *, void *), void *arg);

/*
 * The words of the search index against the texts: one problem per
 * difference.  *words is 1 when every word was compared; 0 when the
 * comparison could not be made (rows other programs added wait to be
 * indexed, or an index cannot be used: rt_store_check_search says why).
 * It runs in a transaction of its own, so call it outside one; nothing
 * is written, though writers may have to wait while it runs.  When the
 * database does not allow it (a file that cannot be written) it is
 * skipped: *ran is 0.
 */
struct rt_error *rt_store_check_search_words(struct rt_store *,
    int (*cb)(const struct rt_problem *, void *), void *arg, int *ran,
    int *words);

/* Rows as stored, each column's text (NULL for SQL NULL), so that a
 * value the product does not know shows as it is. */
struct rt_stored_report {
	int64_t id;
	const char *number, *title;
	const char *issuer;	/* its code; NULL when there is no such row */
	const char *type, *issued;
	int64_t fiscal_year;
	const char *agency;	/* its code; NULL when there is no such row */
	const char *sensitivity;
	const char *url, *summary;	/* NULL when absent */
};

struct rt_stored_event {
	int64_t id;
	const char *at, *effective, *actor, *kind, *field, *old, *new, *note;
	int64_t voids;		/* a void: the event it voids; else 0 */
};

struct rt_stored_rec {
	int64_t id;
	const char *report;	/* its number; NULL when there is no such row */
	const char *report_issued;
	const char *number, *text;
	const char *agency;	/* its code; NULL when there is no such row */
	const char *official, *corrective_action, *concurrence, *status;
	const char *target_date, *original_target_date, *resolved_date,
	    *closed_date;
	int64_t priority, significant, on_hold, closure_requested,
	    partially_addressed;
	int64_t money[RT_MONEY_COUNT];
	int money_null[RT_MONEY_COUNT];	/* 1: NULL, not stated */
	const struct rt_stored_event *events;	/* its events, in effective
						   date then recording order */
	size_t nevents;
};

/* Every report, in id order. */
struct rt_error *rt_store_stored_reports(struct rt_store *,
    int (*cb)(const struct rt_stored_report *, void *), void *arg);
/* Every recommendation with its events, in id order, one pass over
 * each table (memory holds one recommendation's events at a time). */
struct rt_error *rt_store_stored_recs(struct rt_store *,
    int (*cb)(const struct rt_stored_rec *, void *), void *arg);

/*
 * Copy the database into the file at path (new, or empty), a chunk at a
 * time.  The copy is of one moment, and other processes go on writing
 * while it is made.  *pages: the pages copied.  A backend that cannot
 * copy itself into a file says so with an error (PostgreSQL: use
 * pg_dump).
 */
struct rt_error *rt_store_backup(struct rt_store *, const char *path,
    long *pages);

/* ---- evidence files ------------------------------------------------------ */

/*
 * An evidence file's bytes, stored once under the SHA-256 of their
 * content (64 lowercase hex digits, base/chain.h's RT_HASH_SIZE with its
 * NUL) and never changed or deleted (schema/007-closure.sql).  They go in
 * and out in pieces of at most RT_EVIDENCE_PIECE bytes, so that a file
 * is never held in memory whole.  Which recommendation cites which file
 * is history (core/evidence.h), not kept here.
 */
#define RT_EVIDENCE_PIECE ((size_t)1 << 20)

/* Gives the next n bytes of a file being stored into buf: exactly n, or
 * an error (a file that got shorter while read is one). */
typedef struct rt_error *(*rt_evidence_reader)(void *arg, unsigned char *buf,
    size_t n);
/* Takes the next n bytes of a file being read back; an error stops the
 * reading and is returned. */
typedef struct rt_error *(*rt_evidence_writer)(void *arg,
    const unsigned char *buf, size_t n);

/*
 * In a write transaction: store the size bytes of the file whose
 * SHA-256 is hash, pulled from read in order, in pieces of
 * min(RT_EVIDENCE_PIECE, what is left) bytes (a reader may rely on it:
 * piece k starts at byte k * RT_EVIDENCE_PIECE).  When hash is stored
 * already nothing is read or written and *added is 0; else *added is 1.
 * The store does not hash the bytes: the caller checks that what read
 * gave hashes to hash, and rolls the transaction back when not (or on
 * any error), which leaves no trace of the file.  RT_EINVAL for a hash
 * that is not 64 lowercase hex digits or a negative size.
 */
struct rt_error *rt_store_evidence_put(struct rt_store *, const char *hash,
    int64_t size, rt_evidence_reader read, void *arg, int *added);

/* Whether hash is stored (*found) and its size (0 when not). */
struct rt_error *rt_store_evidence_size(struct rt_store *, const char *hash,
    int64_t *size, int *found);

/*
 * Piece k (0, 1, ...) of the stored file hash: its bytes
 * [k * RT_EVIDENCE_PIECE, min((k + 1) * RT_EVIDENCE_PIECE, size)) into
 * buf (room for RT_EVIDENCE_PIECE bytes), their number in *len.
 * RT_ENOTFOUND when hash is not stored; RT_EDB when the piece is missing
 * or of the wrong length (the bytes were changed outside rectrack).
 */
struct rt_error *rt_store_evidence_piece(struct rt_store *, const char *hash,
    int64_t k, unsigned char *buf, size_t *len);

/*
 * The bytes of the stored file hash, handed to write in order, in pieces
 * of at most RT_EVIDENCE_PIECE bytes (one buffer of that size is all the
 * memory it takes).  The store does not hash them: the caller does.
 * RT_ENOTFOUND ("evidence HASH: no such file") when hash is not stored;
 * write's first error is returned as it is.
 */
struct rt_error *rt_store_evidence_get(struct rt_store *, const char *hash,
    rt_evidence_writer write, void *arg);

/* The total size of all stored files, in bytes. */
struct rt_error *rt_store_evidence_total(struct rt_store *, int64_t *total);

/* Every stored file's hash and size, in hash order; a non-zero return
 * from cb stops the walk.  The hash is valid during the call only. */
struct rt_error *rt_store_evidence_walk(struct rt_store *,
    int (*cb)(const char *hash, int64_t size, void *), void *arg);

#endif
