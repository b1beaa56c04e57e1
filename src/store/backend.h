/*
 * rectrack — what the store's backends provide, and what they share.
 * A backend is a table of operations (struct rt_store_ops): the SQLite
 * store (src/store/sqlite, sq_ops) and the PostgreSQL store
 * (src/store/postgresql, pg_ops); store.c, above them, picks one when
 * the store opens and hands every call to it.  Below both, rows.c holds
 * what they do alike: copying and freeing records, the errors for what
 * is not there, gathering the rows as stored.  A backend uses rows.c,
 * never the rt_store_* functions of store.c.  Not for use outside the
 * store.
 */
#ifndef RT_STORE_IMPL_H
#define RT_STORE_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

struct rt_error;

/*
 * What a backend does, one entry per operation; store.c holds the table
 * of the store's backend and its state (impl, what open made) and hands
 * every rt_store_* call to it.  Each entry does what its rt_store_*
 * namesake in store.h says, with these differences: the listings by key
 * (issuers, agencies, reports) also take the one key to find (NULL: all)
 * and count what they give in *found, so that store.c builds the *_get
 * functions and their "no such" errors on them once; rec_get says in
 * *found whether the recommendation is there, and leaves the error for
 * a missing one to store.c.  An entry is never NULL, but for user (NULL:
 * the backend has no users of its own, the store's user is NULL).
 */
struct rt_store_ops {
	struct rt_error *(*open)(const char *name, int flags, void **impl);
	void (*close)(void *impl);
	const char *(*name)(void *impl);
	const char *(*user)(void *impl);
	void (*versions)(void *impl, int *found, int *current);
	struct rt_error *(*begin)(void *impl);
	struct rt_error *(*commit)(void *impl);
	void (*rollback)(void *impl);
	struct rt_error *(*begin_read)(void *impl);

	struct rt_error *(*issuer_add)(void *impl, const struct rt_issuer *);
	struct rt_error *(*issuer_update)(void *impl,
	    const struct rt_issuer *);
	struct rt_error *(*issuers)(void *impl, const char *code,
	    int (*cb)(const struct rt_issuer *, void *), void *arg,
	    int *found);
	struct rt_error *(*agency_add)(void *impl, const struct rt_agency *);
	struct rt_error *(*agency_update)(void *impl,
	    const struct rt_agency *);
	struct rt_error *(*agencies)(void *impl, const char *code,
	    int (*cb)(const struct rt_agency *, void *), void *arg,
	    int *found);
	struct rt_error *(*official_add)(void *impl,
	    const struct rt_official *);
	struct rt_error *(*official_update)(void *impl,
	    const struct rt_official *);
	struct rt_error *(*officials)(void *impl, const char *code,
	    int (*cb)(const struct rt_official *, void *), void *arg,
	    int *found);
	struct rt_error *(*report_add)(void *impl, const struct rt_report *);
	struct rt_error *(*report_update)(void *impl,
	    const struct rt_report *);
	struct rt_error *(*report_seen_reset)(void *impl);
	struct rt_error *(*report_seen)(void *impl, const char *number,
	    int line, int *first);
	/* number: the one report (f may then be NULL) */
	struct rt_error *(*reports)(void *impl, const char *number,
	    const struct rt_filter *f,
	    int (*cb)(const struct rt_report *, void *), void *arg,
	    int *found);

	struct rt_error *(*rec_insert)(void *impl, struct rt_rec *);
	struct rt_error *(*rec_update)(void *impl, const struct rt_rec *);
	struct rt_error *(*rec_get)(void *impl, const char *report,
	    const char *number, struct rt_rec *out, int *found);
	/* lean: rt_store_rec_list_lean() */
	struct rt_error *(*rec_list)(void *impl, const struct rt_filter *f,
	    int lean, int (*cb)(const struct rt_rec *, void *), void *arg);
	struct rt_error *(*event_add)(void *impl, int64_t rec_id,
	    struct rt_event *ev);
	struct rt_error *(*event_list)(void *impl, int64_t rec_id,
	    int (*cb)(const struct rt_event *, void *), void *arg);
	/* *id 0: the next id, set there; else that id */
	struct rt_error *(*change_add)(void *impl, const struct rt_change_set *,
	    int64_t *id);
	/* id 0: all (of actor, since), else that one */
	struct rt_error *(*changes)(void *impl, int64_t id, const char *actor,
	    const char *since, int (*cb)(const struct rt_change_set *, void *),
	    void *arg, int *found);
	/* change 0: every event; -1: those about reports, agencies,
	 * issuers and officials; else those of that change set */
	struct rt_error *(*event_walk)(void *impl, int64_t change,
	    int (*cb)(const struct rt_event *, void *), void *arg);
	/* the target and void events of every recommendation */
	struct rt_error *(*target_walk)(void *impl,
	    int (*cb)(const struct rt_event *, void *), void *arg);
	const char *(*uid)(void *impl);
	/* events about a report, an agency, an issuer or an official
	 * (subject_events: code NULL, about every one of kind, each with
	 * its code); rename: agencies, issuers and officials */
	struct rt_error *(*subject_event_add)(void *impl, enum rt_subject kind,
	    const char *code, struct rt_event *ev);
	struct rt_error *(*subject_events)(void *impl, enum rt_subject kind,
	    const char *code, int (*cb)(const struct rt_event *, void *),
	    void *arg, int *found);
	struct rt_error *(*rename)(void *impl, enum rt_subject kind,
	    const char *old, const char *new);
	struct rt_error *(*set_uid)(void *impl, const char *uid);

	struct rt_error *(*search)(void *impl, const struct rt_search *,
	    int (*cb)(const struct rt_search_hit *, void *), void *arg);

	struct rt_error *(*counts)(void *impl, struct rt_counts *);
	struct rt_error *(*check_integrity)(void *impl, int quick,
	    int (*cb)(const struct rt_problem *, void *), void *arg);
	struct rt_error *(*check_schema)(void *impl,
	    int (*cb)(const struct rt_problem *, void *), void *arg);
	struct rt_error *(*check_references)(void *impl,
	    int (*cb)(const struct rt_problem *, void *), void *arg);
	struct rt_error *(*check_search)(void *impl,
	    int (*cb)(const struct rt_problem *, void *), void *arg);
	struct rt_error *(*check_search_words)(void *impl,
	    int (*cb)(const struct rt_problem *, void *), void *arg,
	    int *ran, int *words);
	struct rt_error *(*stored_reports)(void *impl,
	    int (*cb)(const struct rt_stored_report *, void *), void *arg);
	struct rt_error *(*stored_recs)(void *impl,
	    int (*cb)(const struct rt_stored_rec *, void *), void *arg);
	struct rt_error *(*backup)(void *impl, const char *path,
	    long *pages);

	/* evidence files (sq_evidence.c, pg_evidence.c); evidence_put
	 * gets a valid hash and a size of at least 0 */
	struct rt_error *(*evidence_put)(void *impl, const char *hash,
	    int64_t size, rt_evidence_reader read, void *arg, int *added);
	struct rt_error *(*evidence_size)(void *impl, const char *hash,
	    int64_t *size, int *found);
	struct rt_error *(*evidence_piece)(void *impl, const char *hash,
	    int64_t k, unsigned char *buf, size_t *len, int *found);
	/* the whole file to write, in pieces; *found 0 when not stored */
	struct rt_error *(*evidence_get)(void *impl, const char *hash,
	    rt_evidence_writer write, void *arg, int *found);
	struct rt_error *(*evidence_total)(void *impl, int64_t *total);
	struct rt_error *(*evidence_walk)(void *impl,
	    int (*cb)(const char *hash, int64_t size, void *), void *arg);
};

/*
 * The functions a backend defines for its table, named PREFIX_entry
 * (sq_open, pg_open, ...), each of its entry's type; user and search,
 * which not every backend has or which take the backend's own state,
 * the backend declares itself.
 */
#define STORE_OPS_PROTOTYPES(p) \
struct rt_error *p##_open(const char *name, int flags, void **impl); \
void p##_close(void *impl); \
const char *p##_name(void *impl); \
void p##_versions(void *impl, int *found, int *current); \
struct rt_error *p##_begin(void *impl); \
struct rt_error *p##_commit(void *impl); \
void p##_rollback(void *impl); \
struct rt_error *p##_begin_read(void *impl); \
struct rt_error *p##_issuer_add(void *impl, const struct rt_issuer *is); \
struct rt_error *p##_issuer_update(void *impl, const struct rt_issuer *is); \
struct rt_error *p##_issuers(void *impl, const char *code, \
    int (*cb)(const struct rt_issuer *, void *), void *arg, int *found); \
struct rt_error *p##_agency_add(void *impl, const struct rt_agency *ag); \
struct rt_error *p##_agency_update(void *impl, const struct rt_agency *ag); \
struct rt_error *p##_agencies(void *impl, const char *code, \
    int (*cb)(const struct rt_agency *, void *), void *arg, int *found); \
struct rt_error *p##_official_add(void *impl, const struct rt_official *o); \
struct rt_error *p##_official_update(void *impl, \
    const struct rt_official *o); \
struct rt_error *p##_officials(void *impl, const char *code, \
    int (*cb)(const struct rt_official *, void *), void *arg, int *found); \
struct rt_error *p##_report_add(void *impl, const struct rt_report *r); \
struct rt_error *p##_report_update(void *impl, const struct rt_report *r); \
struct rt_error *p##_report_seen_reset(void *impl); \
struct rt_error *p##_report_seen(void *impl, const char *number, int line, \
    int *first); \
struct rt_error *p##_reports(void *impl, const char *number, \
    const struct rt_filter *f, int (*cb)(const struct rt_report *, void *), \
    void *arg, int *found); \
struct rt_error *p##_rec_insert(void *impl, struct rt_rec *rec); \
struct rt_error *p##_rec_update(void *impl, const struct rt_rec *rec); \
struct rt_error *p##_rec_get(void *impl, const char *report, \
    const char *number, struct rt_rec *out, int *found); \
struct rt_error *p##_rec_list(void *impl, const struct rt_filter *f, \
    int lean, int (*cb)(const struct rt_rec *, void *), void *arg); \
struct rt_error *p##_event_add(void *impl, int64_t rec_id, \
    struct rt_event *ev); \
struct rt_error *p##_event_list(void *impl, int64_t rec_id, \
    int (*cb)(const struct rt_event *, void *), void *arg); \
struct rt_error *p##_change_add(void *impl, const struct rt_change_set *ch, \
    int64_t *id); \
struct rt_error *p##_changes(void *impl, int64_t id, const char *actor, \
    const char *since, int (*cb)(const struct rt_change_set *, void *), \
    void *arg, int *found); \
struct rt_error *p##_event_walk(void *impl, int64_t change, \
    int (*cb)(const struct rt_event *, void *), void *arg); \
struct rt_error *p##_target_walk(void *impl, \
    int (*cb)(const struct rt_event *, void *), void *arg); \
const char *p##_uid(void *impl); \
struct rt_error *p##_subject_event_add(void *impl, enum rt_subject kind, \
    const char *code, struct rt_event *ev); \
struct rt_error *p##_subject_events(void *impl, enum rt_subject kind, \
    const char *code, int (*cb)(const struct rt_event *, void *), void *arg, \
    int *found); \
struct rt_error *p##_rename(void *impl, enum rt_subject kind, \
    const char *old, const char *new); \
struct rt_error *p##_set_uid(void *impl, const char *uid); \
struct rt_error *p##_counts(void *impl, struct rt_counts *c); \
struct rt_error *p##_check_integrity(void *impl, int quick, \
    int (*cb)(const struct rt_problem *, void *), void *arg); \
struct rt_error *p##_check_schema(void *impl, \
    int (*cb)(const struct rt_problem *, void *), void *arg); \
struct rt_error *p##_check_references(void *impl, \
    int (*cb)(const struct rt_problem *, void *), void *arg); \
struct rt_error *p##_check_search(void *impl, \
    int (*cb)(const struct rt_problem *, void *), void *arg); \
struct rt_error *p##_check_search_words(void *impl, \
    int (*cb)(const struct rt_problem *, void *), void *arg, int *ran, \
    int *words); \
struct rt_error *p##_stored_reports(void *impl, \
    int (*cb)(const struct rt_stored_report *, void *), void *arg); \
struct rt_error *p##_stored_recs(void *impl, \
    int (*cb)(const struct rt_stored_rec *, void *), void *arg); \
struct rt_error *p##_backup(void *impl, const char *path, long *pages); \
struct rt_error *p##_evidence_put(void *impl, const char *hash, \
    int64_t size, rt_evidence_reader read, void *arg, int *added); \
struct rt_error *p##_evidence_size(void *impl, const char *hash, \
    int64_t *size, int *found); \
struct rt_error *p##_evidence_piece(void *impl, const char *hash, \
    int64_t k, unsigned char *buf, size_t *len, int *found); \
struct rt_error *p##_evidence_get(void *impl, const char *hash, \
    rt_evidence_writer write, void *arg, int *found); \
struct rt_error *p##_evidence_total(void *impl, int64_t *total); \
struct rt_error *p##_evidence_walk(void *impl, \
    int (*cb)(const char *hash, int64_t size, void *), void *arg)

/* The SQLite store (src/store/sqlite) and the PostgreSQL store
 * (src/store/postgresql). */
extern const struct rt_store_ops sq_ops;
extern const struct rt_store_ops pg_ops;

/*
 * The upgrade to schema 6 makes an official of each distinct free-text
 * official of the recommendations (code derived from the text,
 * base/code.h; name the text) and assigns the recommendations to it,
 * with one `renamed` event per official (field code, the text -> the
 * code, note RT_UPGRADE_6_NOTE) in one change set of actor
 * RT_UPGRADE_ACTOR and command RT_UPGRADE_6_COMMAND, linked into the
 * chain.  Both backends do it after the schema scripts.
 */
#define RT_UPGRADE_ACTOR "rectrack"
#define RT_UPGRADE_6_COMMAND "(upgrade to schema 6)"
#define RT_UPGRADE_6_NOTE "official records (schema 6)"

/* ---- shared by the backends (rows.c) --------------------------------- */

/* Get callbacks: a deep copy of the record into arg (free with the
 * record's rt_*_free); 1, so that the walk stops. */
int store_issuer_copy(const struct rt_issuer *, void *arg);
int store_agency_copy(const struct rt_agency *, void *arg);
int store_official_copy(const struct rt_official *, void *arg);
int store_report_copy(const struct rt_report *, void *arg);
int store_rec_copy(const struct rt_rec *, void *arg);

/* Link ev into the chain (base/chain.h) after the event whose hash is
 * prev ("" for the first): its hash into ev->hash.  subject is
 * "REPORT#NUMBER"; voids_hash the hash of the event a void voids (NULL
 * otherwise).  -1 when the hash cannot be computed. */
int store_event_hash(const char *prev, const char *subject,
    const struct rt_event *ev, const char *voids_hash);

/*
 * A listing's rows, as both backends read them: the columns a statement
 * selects, in order, each with what it holds and where it goes in the
 * record (offsetof); and for each kind of record listed by key
 * (issuers, agencies, reports) its columns, its callback's call and its
 * free.  A backend runs the kind's constant statement, then reads each
 * row with the columns and hands the record to the caller's callback
 * through call.
 */
enum store_col_kind {
	STORE_COL_STR,		/* char *: a new string, NULL for NULL */
	STORE_COL_INT,		/* int: 0 for NULL */
	STORE_COL_DATE,		/* char[RT_DATE_SIZE]: "" for NULL */
	STORE_COL_TOPICS	/* the report's topics, joined by US (037) */
};

struct store_col {
	enum store_col_kind kind;
	size_t off;
};

/* Room for one record of any kind listed by key. */
union store_row {
	struct rt_issuer issuer;
	struct rt_agency agency;
	struct rt_report report;
	struct rt_official official;
};

struct store_kind {
	const struct store_col *cols;
	size_t ncols;
	/* cb, the caller's callback of the record's own type, on rec */
	int (*call)(void (*cb)(void), const union store_row *rec, void *arg);
	void (*free)(union store_row *rec);
	const char *error;	/* what a failed read says */
};

extern const struct store_kind store_issuer_kind;
extern const struct store_kind store_agency_kind;
extern const struct store_kind store_report_kind;
extern const struct store_kind store_official_kind;

/* Read one column's text (NULL for NULL) into the record rec, as c says;
 * -1 when out of memory (free what was read with the kind's free). */
int store_col_read(const struct store_col *c, union store_row *rec,
    const char *text);

/* Split "a\037b\037c" into a new array of new strings; -1 when out of
 * memory (free what was made with the report's rt_report_free). */
int store_split_topics(const char *s, char ***topics, size_t *n);

/* Call cb with one problem; its return. */
int store_problem(int (*cb)(const struct rt_problem *, void *), void *arg,
    const char *check, const char *subject, const char *message);

/* The errors for a record that is not there, the same on both
 * backends: "CODE: no such issuer (add it with 'rectrack issuer add')",
 * the same for an agency, "CODE: no such parent agency (add it first)",
 * "NUMBER: no such report", and for a recommendation of a report that is
 * there "REPORT#NUMBER: no such recommendation (report REPORT has no
 * recommendation NUMBER)". */
struct rt_error *store_no_issuer(const char *code);
struct rt_error *store_no_agency(const char *code);
struct rt_error *store_no_parent(const char *code);
struct rt_error *store_no_official(const char *code);
struct rt_error *store_no_report(const char *number);
struct rt_error *store_no_rec(const char *report, const char *number);

/* The errors for a record that is there already: "KIND CODE already
 * exists" (kind "issuer", "agency", "report"), "REPORT#NUMBER already
 * exists". */
struct rt_error *store_exists(const char *kind, const char *code);
struct rt_error *store_rec_exists(const char *report, const char *number);

/* The agency rule both backends test, in their own SQL, before moving an
 * agency: its new parent may not be the agency itself or below it.  The
 * error for ag breaking it. */
struct rt_error *store_agency_cycle(const struct rt_agency *ag);

/*
 * rt_store_stored_recs(): one recommendation and its events, gathered
 * from the rows of a join ordered by recommendation.  A backend fills
 * s[] (the report, report_issued, number, text, agency, official,
 * corrective_action, concurrence, status and the four dates, in that
 * order; newly allocated) and the numbers of rec, then calls
 * store_group_start(); it fills each event store_group_event() gives,
 * and hands the group over with store_group_flush().
 */
#define STORE_GROUP_STRINGS 13

struct store_group {
	int (*cb)(const struct rt_stored_rec *, void *);
	void *arg;
	int have;			/* a recommendation is gathered */
	struct rt_stored_rec rec;
	char *s[STORE_GROUP_STRINGS];
	struct rt_stored_event *ev;
	size_t n, cap;
};

/* Point the strings of g->rec at g->s[]; marks the group started. */
void store_group_start(struct store_group *g);
/* A new, zeroed event at the end of the group; NULL when out of memory. */
struct rt_stored_event *store_group_event(struct store_group *g);
/* Give the gathered recommendation to the callback and clear the group;
 * the callback's return. */
int store_group_flush(struct store_group *g);
/* Free what the group holds (after the last flush, or on failure). */
void store_group_free(struct store_group *g);

#endif
