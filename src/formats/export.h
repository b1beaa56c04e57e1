/*
 * rectrack — export (import-format.md): the database, or what a filter
 * selects, written as the YAML document that import reads, or as the
 * same document in JSON.  Streaming: each report is written as the store
 * hands it over, with its recommendations and their complete history.
 *
 * What a filter selects:
 * - issuers and agencies: all of them, always (every report refers to
 *   them, and they are few);
 * - reports: those the report, issuer and agency members select (agency:
 *   the report's primary agency or one below it), in issue date then
 *   report number order;
 * - reports also by the topic, fiscal year and issue date range members;
 * - recommendations: those of the selected reports that match the
 *   statuses and concurrences masks (all when 0), priority and
 *   overdue_before, in natural number order.  With any of these, a
 *   report left with no recommendation is left out;
 * - events about reports, agencies and issuers themselves (the `events`
 *   list after the reports, in the order of the chain, left out when
 *   empty): those about the reports written, and those about agencies
 *   and issuers: all of them, or with a report, agency or issuer
 *   member only those about the agency or issuer it names.  As of a
 *   day, those effective by then; at a horizon (rt_store_set_known),
 *   those recorded by then.
 *
 * Output is deterministic: the only timestamps are the recorded `at` of
 * the events.
 */
#ifndef RT_EXPORT_H
#define RT_EXPORT_H

#include <stdio.h>

struct rt_error;
struct rt_event;
struct rt_filter;
struct rt_rec;
struct rt_report;
struct rt_store;

/*
 * Write the import format's YAML to fp with libyaml's emitter: every
 * string a YAML reader could take for something else (null, a boolean, a
 * number, an indicator) double-quoted, multi-line text literal or
 * double-quoted so that it reads back byte for byte, dates, numbers and
 * booleans plain, recommendation numbers always quoted.  Returns NULL,
 * or the store's error, RT_EINVAL for a text that is not UTF-8 (naming
 * where it is) or RT_EIO when fp could not be written; fp may then hold
 * part of the document.  fp is flushed at the end, not closed.
 */
struct rt_error *rt_export_yaml(struct rt_store *, const struct rt_filter *,
    FILE *fp);

/*
 * The same document as one JSON object (two-space indentation, absent
 * values left out, dates as strings, money as numbers of dollars).
 * Errors as rt_export_yaml.
 */
struct rt_error *rt_export_json(struct rt_store *, const struct rt_filter *,
    FILE *fp);

/*
 * The recommendations an export with filter f writes, in the same
 * order, handed to cb (the rec is the store's, valid during the call; a
 * non-zero return stops the walk).  For flat (CSV) exports.
 */
struct rt_error *rt_export_recs(struct rt_store *, const struct rt_filter *f,
    int (*cb)(const struct rt_rec *, void *), void *arg);

/*
 * As rt_export_yaml (json 0) or rt_export_json (json 1), and
 * rt_export_recs, with the state at the end of day as_of (NULL: as
 * recorded now): the reports issued by then, each recommendation
 * rebuilt from its history and selected on that state (rt_select), with
 * the events effective by then.  The document imports into an empty
 * database as the register stood that day.
 */
struct rt_error *rt_export_doc_as_of(struct rt_store *,
    const struct rt_filter *, const char *as_of, FILE *fp, int json);
struct rt_error *rt_export_recs_as_of(struct rt_store *,
    const struct rt_filter *f, const char *as_of,
    int (*cb)(const struct rt_rec *, void *), void *arg);

/*
 * As rt_export_doc_as_of, handing cited the hash of each evidence file
 * an entry of the document attaches or detaches, as the entry is
 * written (a hash cited by several entries comes several times; valid
 * during the call).  A non-zero return from cited means memory ran
 * short: RT_ENOMEM.
 */
struct rt_error *rt_export_doc_cited(struct rt_store *,
    const struct rt_filter *, const char *as_of, FILE *fp, int json,
    int (*cited)(const char *hash, void *), void *arg);

/*
 * What rt_export_walk hands over, in the document's order; a member left
 * NULL is not called (event NULL: no history is read; subject NULL: the
 * events about reports, agencies and issuers are not walked).  Each
 * returns non-zero to stop the walk.  What is handed over is the
 * store's, valid during the call.
 */
struct rt_export_visit {
	/* a report the export writes, before its first recommendation */
	int (*report)(const struct rt_report *, void *);
	/* a recommendation, then each entry of its history, then rec_end */
	int (*rec)(const struct rt_rec *, void *);
	int (*event)(const struct rt_rec *, const struct rt_event *, void *);
	int (*rec_end)(const struct rt_rec *, void *);
	/* after the report's last recommendation */
	int (*report_end)(const struct rt_report *, void *);
	/* after the reports: each event of the document's `events` list */
	int (*subject)(const struct rt_event *, void *);
};

/*
 * Walk what rt_export_doc_as_of(f, as_of) writes (same selection, same
 * order) and hand it to v with arg.  Returns NULL (also when v stopped
 * the walk) or the store's error.
 */
struct rt_error *rt_export_walk(struct rt_store *, const struct rt_filter *f,
    const char *as_of, const struct rt_export_visit *v, void *arg);

#endif
