/*
 * rectrack — the PostgreSQL store's table of operations (backend.h).
 */
#include "store/backend.h"

#include <stddef.h>

#include "store/postgresql/pg.h"
#include "store/store.h"

static struct rt_error *
search(void *impl, const struct rt_search *q,
    int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	return pg_search(impl, q, cb, arg);
}

const struct rt_store_ops pg_ops = {
	.open = pg_open,
	.close = pg_close,
	.name = pg_name,
	.user = pg_user,
	.versions = pg_versions,
	.begin = pg_begin,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.begin_read = pg_begin_read,
	.issuer_add = pg_issuer_add,
	.issuer_update = pg_issuer_update,
	.issuers = pg_issuers,
	.agency_add = pg_agency_add,
	.agency_update = pg_agency_update,
	.agencies = pg_agencies,
	.official_add = pg_official_add,
	.official_update = pg_official_update,
	.officials = pg_officials,
	.report_add = pg_report_add,
	.report_update = pg_report_update,
	.report_seen_reset = pg_report_seen_reset,
	.report_seen = pg_report_seen,
	.reports = pg_reports,
	.rec_insert = pg_rec_insert,
	.rec_update = pg_rec_update,
	.rec_get = pg_rec_get,
	.rec_list = pg_rec_list,
	.event_add = pg_event_add,
	.event_list = pg_event_list,
	.change_add = pg_change_add,
	.changes = pg_changes,
	.event_walk = pg_event_walk,
	.target_walk = pg_target_walk,
	.uid = pg_uid,
	.subject_event_add = pg_subject_event_add,
	.subject_events = pg_subject_events,
	.rename = pg_rename,
	.set_uid = pg_set_uid,
	.search = search,
	.counts = pg_counts,
	.check_integrity = pg_check_integrity,
	.check_schema = pg_check_schema,
	.check_references = pg_check_references,
	.check_search = pg_check_search,
	.check_search_words = pg_check_search_words,
	.stored_reports = pg_stored_reports,
	.stored_recs = pg_stored_recs,
	.backup = pg_backup,
	.evidence_put = pg_evidence_put,
	.evidence_size = pg_evidence_size,
	.evidence_piece = pg_evidence_piece,
	.evidence_get = pg_evidence_get,
	.evidence_total = pg_evidence_total,
	.evidence_walk = pg_evidence_walk,
};
