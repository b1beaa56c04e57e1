/*
 * rectrack — GAO's recommendations database export ("gao-csv"): the CSV
 * file its "Download CSV" button gives, read and written.
 *
 * The file: a few preamble lines ("Title: …", "Prepared by: …",
 * "Source: …, status as of Sep 28, 2026 at 7:05 PM EST"), lines made of
 * commas only, then a header row and one row per recommendation and
 * agency.  Fields are RFC 4180 (quotes, commas and line breaks inside
 * quoted fields, read with csv.h) and may hold HTML entities (&amp;).
 * The mapping to the model is in docs/gao-interop.md.
 *
 * The implementation: gao_read.c (the file into rows), gao_map.c (the
 * vocabulary, agency paths, numbers), gao_export.c and gao_reconcile.c.
 */
#ifndef RT_GAOCSV_H
#define RT_GAOCSV_H

#include <stddef.h>
#include <stdio.h>

struct rt_config;
struct rt_error;
struct rt_events;
struct rt_store;

/* The field of the note events that hold GAO's Comments. */
#define RT_GAO_COMMENT_FIELD "gao_comments"

/* ---- dates ------------------------------------------------------------- */

/* "Sep 28, 2026" or "September 28, 2026" into YYYY-MM-DD; 0, or -1 when
 * s is not such a date or the date does not exist.  Leading and trailing
 * blanks are allowed; *end (may be NULL) is set past the year. */
int rt_gao_date_parse(const char *s, char out[11], const char **end);
/* YYYY-MM-DD as "Sep 28, 2026" into out (at least 16 bytes). */
void rt_gao_date_format(const char *iso, char *out, size_t size);

/* ---- GAO's vocabulary ------------------------------------------------- */

enum rt_gao_status {
	RT_GAO_OPEN,			/* Open */
	RT_GAO_OPEN_PARTIAL,		/* Open--Partially Addressed */
	RT_GAO_CLOSED_IMPLEMENTED,	/* Closed--Implemented */
	RT_GAO_CLOSED_NOT_IMPLEMENTED,	/* Closed--Not Implemented */
	RT_GAO_NSTATUS
};

/* The status a label names, whatever its dash ("--", "–", "—", with or
 * without blanks around) and case; -1 when none. */
int rt_gao_status_parse(const char *s);
/* The label GAO writes ("Open--Partially Addressed"). */
const char *rt_gao_status_label(int st);
/* The GAO status of a recommendation with this status and
 * partially-addressed flag. */
int rt_gao_status_of(int status, int partially_addressed);

/* ---- the file ---------------------------------------------------------- */

/* The columns, as rt_gao_row.v indexes. */
enum rt_gao_col {
	RT_GAO_PUB_NAME, RT_GAO_PUB_NUMBER, RT_GAO_ISSUED, RT_GAO_DIRECTOR,
	RT_GAO_PHONE, RT_GAO_AGENCY, RT_GAO_REC, RT_GAO_STATUS,
	RT_GAO_PRIORITY, RT_GAO_COMMENTS, RT_GAO_TOPICS, RT_GAO_NCOLS
};

/* The header name of column c ("Publication Number"). */
const char *rt_gao_col_name(int c);

struct rt_gao_row {
	int line;			/* where the row starts */
	char *v[RT_GAO_NCOLS];		/* entities decoded, blanks trimmed;
					   "" for a column the file lacks */
	char issued[11];		/* Date Publication Issued, ISO */
	char *number;			/* N of "(Recommendation N)"; for a
					   matter, "MN" (docs/gao-interop.md) */
	int matter;			/* a matter for congressional
					   consideration (Agency Congress) */
	int status;			/* enum rt_gao_status */
	int priority;			/* Priority "Yes" */
	size_t next;			/* the next row of the same Publication
					   Number in file order; nrows: none */
	size_t agency_first;		/* the first row of the same Agency
					   (the row itself when it is) */
};

struct rt_gao_file {
	char snapshot[11];		/* "status as of" date; "" if none */
	int has[RT_GAO_NCOLS];		/* columns present in the header */
	struct rt_gao_row *rows;
	size_t nrows;
	size_t cap;			/* rows allocated */
};

/*
 * Read a GAO export from fp (named `name` in messages) into *out.
 * Columns are found by name (case, blanks and spacing ignored); Topics,
 * Priority, Comments, Director Name and Director Phone may be missing,
 * other unknown columns are ignored.  The value of a known column must be
 * UTF-8; a ' in front of a value that rt_csv_formula() flags is dropped
 * (what the writer added).  A row of Agency Congress whose text does not
 * end with "(Recommendation N)" is a matter for congressional
 * consideration, numbered "MN" from its "(Matter N)", else with the
 * smallest M-number its publication leaves free, in file order.  Errors
 * are RT_EINVAL and read "NAME:LINE: column COLUMN: what is wrong" (or
 * "NAME:LINE: what" when no column is at fault).  Free *out with
 * rt_gao_file_free, also after an error.
 */
struct rt_error *rt_gao_read(FILE *fp, const char *name,
    struct rt_gao_file *out);
void rt_gao_file_free(struct rt_gao_file *);

/* ---- mapping to the store ---------------------------------------------- */

/*
 * The code of the agency a GAO path names ("Department of Homeland
 * Security: United States Customs and Border Protection"), each step
 * looked up by name under its parent; a step not found is created when
 * create is set (code: the initials of its significant words, "2", "3"…
 * added while the code is taken) and counted in *created.  Without
 * create, *code is NULL when a step does not exist.  Caller frees *code.
 */
struct rt_error *rt_gao_agency(struct rt_store *, const char *path,
    int create, int *created, char **code);

/*
 * The recommendation numbers of the rows, in rows order, into numbers
 * (nrows strings the caller frees with free()): N, or N-CODE when the
 * same N of the same publication is on several rows (one per agency),
 * CODE being codes[i], the row's agency.  An error (FILE:LINE) when a
 * publication names the same N twice for the same agency.
 */
struct rt_error *rt_gao_numbers(const char *name,
    const struct rt_gao_file *, char *const *codes, char **numbers);

/*
 * Write the recommendations of issuer gao (in export order) as a GAO
 * export to fp: the preamble with snapshot as the "status as of" date,
 * the header, one row per recommendation.  cfg gives the flag the
 * Priority column shows.  RT_EIO when fp could not be written.
 */
struct rt_error *rt_gao_export(struct rt_store *, const struct rt_config *,
    const char *snapshot, FILE *fp);

/* ---- reconciliation ---------------------------------------------------- */

enum rt_gao_diff_kind {
	RT_GAO_NOT_IN_DB,		/* in the file, not in the database */
	RT_GAO_NOT_IN_FILE,		/* open in the database, not in the
					   file */
	RT_GAO_STATUS_DIFFERS,
	RT_GAO_PRIORITY_DIFFERS,
};

struct rt_gao_diff {
	int kind;			/* enum rt_gao_diff_kind */
	char *id;			/* REPORT#NUMBER */
	char *agency;			/* GAO's agency path */
	char *file, *db;		/* the values compared; NULL: none */
	int line;			/* of the file's row; 0: none */
};

/* "not in database", "not in file", "status differs", "priority
 * differs" */
const char *rt_gao_diff_name(int kind);

/*
 * Compare the GAO export g (read by rt_gao_read) with the recommendations
 * of issuer gao: rows whose recommendation is not recorded, open
 * recommendations the file does not list, and recommendations whose GAO
 * status or priority (cfg->gao_priority_flag) differs.  Nothing is
 * written.  *out holds *n differences, file rows first, in file order,
 * then the recommendations the file lacks in export order; free with
 * rt_gao_diffs_free.
 */
struct rt_error *rt_gao_reconcile(struct rt_store *, const struct rt_config *,
    const struct rt_gao_file *g, struct rt_gao_diff **out, size_t *n);
void rt_gao_diffs_free(struct rt_gao_diff *, size_t n);

/* The text of the latest Comments note among the events h; NULL. */
const char *rt_gao_last_comment(const struct rt_events *h);

#endif
