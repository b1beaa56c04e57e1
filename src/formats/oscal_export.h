/*
 * rectrack — the OSCAL plan of action and milestones (POA&M) export
 * (docs/oscal.md): what export --format yaml writes, as an OSCAL 1.0.6
 * plan-of-action-and-milestones JSON document.  Each report is an
 * observation, each recommendation a risk (its status, deadline,
 * remediation with its milestones, and its history as the risk log) and
 * a poam-item (its current state as properties in rectrack's namespace),
 * issuers, agencies, officials and the actors of the exported entries
 * parties of the metadata, the events about reports, agencies, issuers
 * and officials and the evidence files the history cites resources of
 * the back matter.  Every UUID is derived from the register's name and
 * what the object is (formats/oscal.h): the same in every export.
 *
 * Streaming: the document is written as the store hands the data over,
 * in four walks (what is exported, the reports, the risks with their
 * histories, the poam-items with the events); nothing is written before
 * the first walk found a recommendation.
 */
#ifndef RT_OSCAL_EXPORT_H
#define RT_OSCAL_EXPORT_H

#include <stddef.h>
#include <stdio.h>

struct rt_error;
struct rt_event;
struct rt_filter;
struct rt_store;

struct rt_oscal_export_opts {
	const char *system_id;		/* the system the plan is about */
	const char *system_id_type;	/* its identifier type (a URI), or
					   NULL */
	const char *as_of;		/* the state of that day; NULL: as
					   recorded */
	const char *now;		/* last-modified: "YYYY-MM-DDTHH:MM:SSZ" */
	/* when set: called once for each evidence file the exported
	 * history cites, after the document; non-zero: out of memory */
	int (*cited)(const char *hash, void *);
	void *cited_arg;
};

/*
 * Write the POA&M of what filter f selects to fp.  Returns NULL, or
 * RT_EINVAL when system_id is unset or it or system_id_type cannot be
 * written (nothing
 * written), RT_EREFUSED when f selects no recommendation (nothing
 * written), the store's error, or RT_EIO when fp could not be written
 * (fp may then hold part of the document).  fp is flushed, not closed.
 */
struct rt_error *rt_export_oscal(struct rt_store *, const struct rt_filter *f,
    const struct rt_oscal_export_opts *o, FILE *fp);

/*
 * NULL when a POA&M can be written with this system identifier (set: not
 * NULL, no blank at either end, no control character) and identifier
 * type (NULL, or a URI); else RT_EINVAL saying what to configure.
 */
struct rt_error *rt_export_oscal_ready(const char *system_id,
    const char *system_id_type);

/*
 * The title of a risk-log entry (or, after "SUBJECT: ", of a register
 * event): its kind, its field when that says more, and the change
 * ("status: open-pending -> open-resolved", "field official: cbp-ofo",
 * "note") when old and new are short single lines; into buf (n bytes,
 * cut at a UTF-8 character's start when it is too small).
 */
void rt_oscal_entry_title(const struct rt_event *ev, char *buf, size_t n);

/*
 * A date ("2021-02-08") as the instant OSCAL's date-time fields take:
 * "2021-02-08T00:00:00Z".  out has room for 21 bytes.
 */
void rt_oscal_date_time(const char *date, char out[21]);

#endif
