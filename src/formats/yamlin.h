/*
 * rectrack — reading the import format (import-format.md) with the
 * libyaml event API, streaming: each issuer, agency and report (with its
 * recommendations and their history), and each entry of the events
 * about reports, agencies and issuers, is handed to a sink as soon as it
 * is complete, then freed, so that memory does not grow with the file.
 *
 * The parser checks everything that can be checked without the database;
 * the sink applies what it is given.
 */
#ifndef RT_YAMLIN_H
#define RT_YAMLIN_H

#include <stddef.h>
#include <stdio.h>

#include "store/store.h"

struct rt_error;

/* Where something stands in the file: 1-based line and column, and the
 * field path ("reports[3].recommendations[1]", 0-based indexes). */
struct rt_imp_pos {
	int line, col;
	char path[128];
};

/* Keys present in a recommendation mapping (struct rt_imp_rec.given). */
enum {
	RT_IMP_TEXT = 1 << 0,
	RT_IMP_AGENCY = 1 << 1,
	RT_IMP_OFFICIAL = 1 << 2,
	RT_IMP_CONCURRENCE = 1 << 3,
	RT_IMP_STATUS = 1 << 4,
	RT_IMP_TARGET = 1 << 5,
	RT_IMP_ORIGINAL_TARGET = 1 << 6,
	RT_IMP_RESOLVED = 1 << 7,
	RT_IMP_CLOSED = 1 << 8,
	RT_IMP_CORRECTIVE_ACTION = 1 << 9,
	RT_IMP_PRIORITY = 1 << 10,
	RT_IMP_SIGNIFICANT = 1 << 11,
	RT_IMP_ON_HOLD = 1 << 12,
	RT_IMP_CLOSURE_REQUESTED = 1 << 13,
	RT_IMP_PARTIALLY_ADDRESSED = 1 << 14,
	RT_IMP_QUESTIONED_COST = 1 << 15,
	RT_IMP_UNSUPPORTED_COST = 1 << 16,
	RT_IMP_FUNDS_BETTER_USE = 1 << 17,
	RT_IMP_POTENTIAL_SAVINGS = 1 << 18,
	RT_IMP_HISTORY = 1 << 19,
	RT_IMP_DISALLOWED_COST = 1 << 20,
	RT_IMP_FBU_AGREED = 1 << 21,
};
#define RT_IMP_NKEYS	22	/* bits of the enum above */

/* Keys present in a report mapping (struct rt_imp_report.given). */
enum {
	RT_IMP_R_TITLE = 1 << 0,
	RT_IMP_R_ISSUER = 1 << 1,
	RT_IMP_R_TYPE = 1 << 2,
	RT_IMP_R_ISSUED = 1 << 3,
	RT_IMP_R_FISCAL_YEAR = 1 << 4,
	RT_IMP_R_AGENCY = 1 << 5,
	RT_IMP_R_TOPICS = 1 << 6,
	RT_IMP_R_URL = 1 << 7,
	RT_IMP_R_SUMMARY = 1 << 8,
	RT_IMP_R_SENSITIVITY = 1 << 9,
};

/* One entry of a recommendation's `history`.  ev.at is "" when the file
 * does not say when it was recorded; ev.actor is NULL when it does not
 * say who. */
struct rt_imp_event {
	struct rt_event ev;
	struct rt_imp_pos pos;
};

struct rt_imp_rec {
	/* report, number and text always set; other strings NULL, dates ""
	 * and money RT_MONEY_NONE when absent; status and concurrence the
	 * defaults (open-pending, pending) when absent. */
	struct rt_rec rec;
	unsigned long given;		/* RT_IMP_* keys present */
	struct rt_imp_event *history;	/* nhistory entries, oldest first */
	size_t nhistory;
	struct rt_imp_pos pos;		/* of the recommendation's mapping */
	struct {
		int line, col;		/* 0 when the key is absent */
	} keypos[RT_IMP_NKEYS];		/* of each key's value, by the bit
					   number of its RT_IMP_* */
	const char *comment;		/* gao-csv: GAO's Comments, recorded
					   as a note when it changed; NULL
					   from YAML */
};

struct rt_imp_report {
	/* number, title, issued always set; fiscal_year 0 when not given;
	 * other strings NULL when absent. */
	struct rt_report report;
	unsigned long given;		/* RT_IMP_R_* keys present */
	struct rt_imp_rec *recs;
	size_t nrecs;
	struct rt_imp_pos pos;
	struct rt_imp_pos number_pos;	/* of the number's value */
	struct rt_imp_pos issuer_pos;	/* of the issuer's and the agency's */
	struct rt_imp_pos agency_pos;	/* values (pos when absent) */
};

struct rt_imp_issuer {
	struct rt_issuer issuer;	/* code and name set; kind NULL when
					   absent */
	struct rt_imp_pos pos;
};

struct rt_imp_agency {
	struct rt_agency agency;	/* code and name set; parent NULL when
					   absent */
	char **formerly;		/* codes it had before a rename */
	size_t nformerly;
	struct rt_imp_pos pos;
};

struct rt_imp_official {
	struct rt_official official;	/* code and name set; the others NULL
					   when absent */
	char **formerly;		/* codes it had before a rename, and
					   the free text it was made of */
	size_t nformerly;
	struct rt_imp_pos pos;
};

/* What the parser hands over; the structs are valid during the call
 * only.  A non-NULL error stops the parse and is returned as is.  The
 * parser keeps nothing of a report once handed over: a report number
 * given twice in the file is for the sink to find. */
struct rt_imp_sink {
	struct rt_error *(*issuer)(void *arg, const struct rt_imp_issuer *);
	struct rt_error *(*agency)(void *arg, const struct rt_imp_agency *);
	struct rt_error *(*report)(void *arg, const struct rt_imp_report *);
	void *arg;
	/* an entry of events: (NULL: not wanted): ev.about (1 + enum
	 * rt_subject), ev.code, ev.subject (NULL when not given), ev.id its
	 * seq (0: none), ev.voids the seq of an earlier entry of the list
	 * about the same one; ev.at "" and ev.actor NULL as in a history */
	struct rt_error *(*event)(void *arg, const struct rt_imp_event *);
	/* an entry of officials: (NULL: the file may have none) */
	struct rt_error *(*official)(void *arg,
	    const struct rt_imp_official *);
};

/*
 * Parse the import file fp (named `name` in messages) and feed the sink.
 * Errors are RT_EINVAL (RT_EIO when reading fails) and read
 *   NAME:LINE:COLUMN: PATH: what was found (what is allowed)
 * e.g. reports.yaml:14:17: reports[0].recommendations[3].status: unknown
 * value "opne" (expected one of open-pending, …).  An empty file or
 * document is valid and feeds nothing.  The file is held to the limits
 * of formats/yaml.h (values of at most RT_YAML_MAX_VALUE bytes; no
 * anchors, aliases or tags), whose rt_escape_append() the readers of
 * these records use for their messages too.
 */
struct rt_error *rt_import_parse(FILE *fp, const char *name,
    const struct rt_imp_sink *sink);

#endif
