/*
 * rectrack — reading an OSCAL plan of action and milestones (POA&M, JSON;
 * docs/oscal.md) for the import.
 *
 * The document is read whole with jansson, checked as a document
 * (JSON, the plan's shape, UUIDs, references), then written as the
 * equivalent document of the import format (import-format.md) in
 * memory, which the YAML reader (formats/yamlin.h) hands to the sink:
 * data entering by OSCAL obeys exactly the rules of a YAML import.
 * Every line of that equivalent document remembers the JSON path it
 * comes from, so that every message names the place in the JSON file:
 *   FILE: $.plan-of-action-and-milestones.poam-items[3].props[2]: msg
 * (a JSON syntax error: FILE:LINE:COLUMN: msg, jansson's position).
 *
 * A document rectrack wrote (metadata prop "register" in RT_OSCAL_NS)
 * is read strictly: every place of the mapping read back, anything
 * missing or malformed refused.  Another tool's document is read
 * tolerantly: one report per observation (or all items in the report
 * named by opts->report), the poam-items its recommendations, their
 * status and target from the related risk, the item's title and every
 * property outside rectrack's namespace kept as notes.
 */
#ifndef RT_OSCAL_READ_H
#define RT_OSCAL_READ_H

#include <stdio.h>

#include "formats/yamlin.h"

struct rt_error;

/* What a POA&M written by another tool does not say (NULL: not given). */
struct rt_oscal_opts {
	const char *report;	/* the report every item goes to */
	const char *issuer;	/* the reports' issuer code (required) */
	const char *agency;	/* the reports' agency code (required) */
};

/* A document read: its equivalent import document and its places. */
struct rt_oscal_doc;

/*
 * Read the POA&M fp (named `name` in messages) into *doc (free with
 * rt_oscal_doc_free).  Errors: RT_EINVAL for a document refused, with
 * its JSON path; RT_EUSAGE for another tool's document without
 * opts->issuer and opts->agency, or a document of rectrack's with any
 * of opts's values; RT_EIO, RT_ENOMEM.
 */
struct rt_error *rt_oscal_read(FILE *fp, const char *name,
    const struct rt_oscal_opts *opts, struct rt_oscal_doc **doc);

/* The register name a document of rectrack's was exported from, NULL
 * for another tool's document. */
const char *rt_oscal_doc_register(const struct rt_oscal_doc *doc);

/* The equivalent import document (YAML), to read with rt_import_parse
 * under the document's name; NULL when out of memory.  Close it with
 * fclose. */
FILE *rt_oscal_doc_yaml(const struct rt_oscal_doc *doc, long *size);

/*
 * err (taken) as it reads about the JSON file: an error located by the
 * YAML reader or the import ("NAME:LINE:COL: PATH: msg", and "line N"
 * in the message) is located by JSON path instead; any other is
 * returned as it is.
 */
struct rt_error *rt_oscal_doc_locate(const struct rt_oscal_doc *doc,
    struct rt_error *err);

void rt_oscal_doc_free(struct rt_oscal_doc *doc);

/*
 * All of the above: read the POA&M fp and hand the sink what the YAML
 * reader hands it for the equivalent document; errors located by JSON
 * path.  foreign may be NULL.
 */
struct rt_error *rt_oscal_parse(FILE *fp, const char *name,
    const struct rt_imp_sink *sink, const struct rt_oscal_opts *foreign);

#endif
