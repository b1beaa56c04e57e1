/*
 * rectrack — what the store's backends provide (store.c dispatches to
 * them): the SQLite store (store_sqlite.c, sq_*) and the PostgreSQL
 * store (store_pg*.c, pg_*).  Each function does what its rt_store_*
 * namesake in store.h says.  Not for use outside the store.
 */
#ifndef RT_STORE_IMPL_H
#define RT_STORE_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

struct rt_error;

struct sq_store;
struct pg_store;

struct rt_error *sq_open(const char *path, int flags, struct sq_store **out);
void sq_close(struct sq_store *);
struct rt_error *pg_open(const char *url, int flags, struct pg_store **out);
void pg_close(struct pg_store *);
/* The database user the connection logged in as. */
const char *pg_user(struct pg_store *);
/* The name for messages (pg: the URI with any password hidden). */
const char *sq_name(struct sq_store *);
const char *pg_name(struct pg_store *);

void sq_versions(struct sq_store *st, int *found, int *current);
void pg_versions(struct pg_store *st, int *found, int *current);
struct rt_error *sq_begin(struct sq_store *);
struct rt_error *pg_begin(struct pg_store *);
struct rt_error *sq_commit(struct sq_store *);
struct rt_error *pg_commit(struct pg_store *);
void sq_rollback(struct sq_store *);
void pg_rollback(struct pg_store *);
struct rt_error *sq_issuer_add(struct sq_store *st, const struct rt_issuer *);
struct rt_error *pg_issuer_add(struct pg_store *st, const struct rt_issuer *);
struct rt_error *sq_issuer_get(struct sq_store *st, const char *code, struct rt_issuer *out);
struct rt_error *pg_issuer_get(struct pg_store *st, const char *code, struct rt_issuer *out);
struct rt_error *sq_issuer_list(struct sq_store *st, int (*cb)(const struct rt_issuer *, void *), void *arg);
struct rt_error *pg_issuer_list(struct pg_store *st, int (*cb)(const struct rt_issuer *, void *), void *arg);
struct rt_error *sq_issuer_update(struct sq_store *st, const struct rt_issuer *);
struct rt_error *pg_issuer_update(struct pg_store *st, const struct rt_issuer *);
struct rt_error *sq_agency_add(struct sq_store *st, const struct rt_agency *);
struct rt_error *pg_agency_add(struct pg_store *st, const struct rt_agency *);
struct rt_error *sq_agency_get(struct sq_store *st, const char *code, struct rt_agency *out);
struct rt_error *pg_agency_get(struct pg_store *st, const char *code, struct rt_agency *out);
struct rt_error *sq_agency_update(struct sq_store *st, const struct rt_agency *);
struct rt_error *pg_agency_update(struct pg_store *st, const struct rt_agency *);
struct rt_error *sq_agency_list(struct sq_store *st, int (*cb)(const struct rt_agency *, void *), void *arg);
struct rt_error *pg_agency_list(struct pg_store *st, int (*cb)(const struct rt_agency *, void *), void *arg);
struct rt_error *sq_report_add(struct sq_store *st, const struct rt_report *);
struct rt_error *pg_report_add(struct pg_store *st, const struct rt_report *);
struct rt_error *sq_report_get(struct sq_store *st, const char *number, struct rt_report *out);
struct rt_error *pg_report_get(struct pg_store *st, const char *number, struct rt_report *out);
struct rt_error *sq_report_update(struct sq_store *st, const struct rt_report *);
struct rt_error *pg_report_update(struct pg_store *st, const struct rt_report *);
struct rt_error *sq_report_seen_reset(struct sq_store *);
struct rt_error *pg_report_seen_reset(struct pg_store *);
struct rt_error *sq_report_seen(struct sq_store *st, const char *number, int line, int *first);
struct rt_error *pg_report_seen(struct pg_store *st, const char *number, int line, int *first);
struct rt_error *sq_report_list(struct sq_store *st, const struct rt_filter *, int (*cb)(const struct rt_report *, void *), void *arg);
struct rt_error *pg_report_list(struct pg_store *st, const struct rt_filter *, int (*cb)(const struct rt_report *, void *), void *arg);
struct rt_error *sq_rec_insert(struct sq_store *st, struct rt_rec *);
struct rt_error *pg_rec_insert(struct pg_store *st, struct rt_rec *);
struct rt_error *sq_rec_update(struct sq_store *st, const struct rt_rec *);
struct rt_error *pg_rec_update(struct pg_store *st, const struct rt_rec *);
struct rt_error *sq_rec_get(struct sq_store *st, const char *report, const char *number, struct rt_rec *out);
struct rt_error *pg_rec_get(struct pg_store *st, const char *report, const char *number, struct rt_rec *out);
struct rt_error *sq_rec_list(struct sq_store *st, const struct rt_filter *, int (*cb)(const struct rt_rec *, void *), void *arg);
struct rt_error *pg_rec_list(struct pg_store *st, const struct rt_filter *, int (*cb)(const struct rt_rec *, void *), void *arg);
struct rt_error *sq_rec_list_lean(struct sq_store *st, const struct rt_filter *, int (*cb)(const struct rt_rec *, void *), void *arg);
struct rt_error *pg_rec_list_lean(struct pg_store *st, const struct rt_filter *, int (*cb)(const struct rt_rec *, void *), void *arg);
struct rt_error *sq_event_add(struct sq_store *st, int64_t rec_id, struct rt_event *ev);
struct rt_error *pg_event_add(struct pg_store *st, int64_t rec_id, struct rt_event *ev);
struct rt_error *sq_event_list(struct sq_store *st, int64_t rec_id, int (*cb)(const struct rt_event *, void *), void *arg);
struct rt_error *pg_event_list(struct pg_store *st, int64_t rec_id, int (*cb)(const struct rt_event *, void *), void *arg);
struct rt_error *sq_search(struct sq_store *st, const struct rt_search *, int (*cb)(const struct rt_search_hit *, void *), void *arg);
struct rt_error *pg_search(struct pg_store *st, const struct rt_search *, int (*cb)(const struct rt_search_hit *, void *), void *arg);
struct rt_error *sq_begin_read(struct sq_store *);
struct rt_error *pg_begin_read(struct pg_store *);
struct rt_error *sq_counts(struct sq_store *st, struct rt_counts *);
struct rt_error *pg_counts(struct pg_store *st, struct rt_counts *);
struct rt_error *sq_check_integrity(struct sq_store *st, int quick, int (*cb)(const struct rt_problem *, void *), void *arg);
struct rt_error *pg_check_integrity(struct pg_store *st, int quick, int (*cb)(const struct rt_problem *, void *), void *arg);
struct rt_error *sq_check_schema(struct sq_store *st, int (*cb)(const struct rt_problem *, void *), void *arg);
struct rt_error *pg_check_schema(struct pg_store *st, int (*cb)(const struct rt_problem *, void *), void *arg);
struct rt_error *sq_check_references(struct sq_store *st, int (*cb)(const struct rt_problem *, void *), void *arg);
struct rt_error *pg_check_references(struct pg_store *st, int (*cb)(const struct rt_problem *, void *), void *arg);
struct rt_error *sq_check_search(struct sq_store *st, int (*cb)(const struct rt_problem *, void *), void *arg);
struct rt_error *pg_check_search(struct pg_store *st, int (*cb)(const struct rt_problem *, void *), void *arg);
struct rt_error *sq_check_search_words(struct sq_store *st, int (*cb)(const struct rt_problem *, void *), void *arg, int *ran, int *words);
struct rt_error *pg_check_search_words(struct pg_store *st, int (*cb)(const struct rt_problem *, void *), void *arg, int *ran, int *words);
struct rt_error *sq_stored_reports(struct sq_store *st, int (*cb)(const struct rt_stored_report *, void *), void *arg);
struct rt_error *pg_stored_reports(struct pg_store *st, int (*cb)(const struct rt_stored_report *, void *), void *arg);
struct rt_error *sq_stored_recs(struct sq_store *st, int (*cb)(const struct rt_stored_rec *, void *), void *arg);
struct rt_error *pg_stored_recs(struct pg_store *st, int (*cb)(const struct rt_stored_rec *, void *), void *arg);
struct rt_error *sq_backup(struct sq_store *st, const char *path, long *pages);
struct rt_error *pg_backup(struct pg_store *st, const char *path, long *pages);

/* ---- shared by the backends (store.c) -------------------------------- */

/* Get callbacks: a deep copy of the record into arg (free with the
 * record's rt_*_free); 1, so that the walk stops. */
int store_issuer_copy(const struct rt_issuer *, void *arg);
int store_agency_copy(const struct rt_agency *, void *arg);
int store_report_copy(const struct rt_report *, void *arg);
int store_rec_copy(const struct rt_rec *, void *arg);

/* Split "a\037b\037c" into a new array of new strings; -1 when out of
 * memory (free what was made with the report's rt_report_free). */
int store_split_topics(const char *s, char ***topics, size_t *n);

/* Call cb with one problem; its return. */
int store_problem(int (*cb)(const struct rt_problem *, void *), void *arg,
    const char *check, const char *subject, const char *message);

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
