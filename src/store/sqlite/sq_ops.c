/*
 * rectrack — the SQLite store's table of operations (backend.h).
 */
#include "store/backend.h"

#include <stddef.h>

#include "store/sqlite/sq.h"
#include "store/store.h"

static struct rt_error *
search(void *impl, const struct rt_search *q,
    int (*cb)(const struct rt_search_hit *, void *), void *arg)
{
	return sq_search(impl, q, cb, arg);
}

const struct rt_store_ops sq_ops = {
	.open = sq_open,
	.close = sq_close,
	.name = sq_name,
	.user = NULL,			/* a file has no users of its own */
	.versions = sq_versions,
	.begin = sq_begin,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.begin_read = sq_begin_read,
	.issuer_add = sq_issuer_add,
	.issuer_update = sq_issuer_update,
	.issuers = sq_issuers,
	.agency_add = sq_agency_add,
	.agency_update = sq_agency_update,
	.agencies = sq_agencies,
	.official_add = sq_official_add,
	.official_update = sq_official_update,
	.officials = sq_officials,
	.report_add = sq_report_add,
	.report_update = sq_report_update,
	.report_seen_reset = sq_report_seen_reset,
	.report_seen = sq_report_seen,
	.reports = sq_reports,
	.rec_insert = sq_rec_insert,
	.rec_update = sq_rec_update,
	.rec_get = sq_rec_get,
	.rec_list = sq_rec_list,
	.event_add = sq_event_add,
	.event_list = sq_event_list,
	.change_add = sq_change_add,
	.changes = sq_changes,
	.event_walk = sq_event_walk,
	.target_walk = sq_target_walk,
	.uid = sq_uid,
	.subject_event_add = sq_subject_event_add,
	.subject_events = sq_subject_events,
	.rename = sq_rename,
	.set_uid = sq_set_uid,
	.search = search,
	.counts = sq_counts,
	.check_integrity = sq_check_integrity,
	.check_schema = sq_check_schema,
	.check_references = sq_check_references,
	.check_search = sq_check_search,
	.check_search_words = sq_check_search_words,
	.stored_reports = sq_stored_reports,
	.stored_recs = sq_stored_recs,
	.backup = sq_backup,
	.evidence_put = sq_evidence_put,
	.evidence_size = sq_evidence_size,
	.evidence_piece = sq_evidence_piece,
	.evidence_get = sq_evidence_get,
	.evidence_total = sq_evidence_total,
	.evidence_walk = sq_evidence_walk,
};
