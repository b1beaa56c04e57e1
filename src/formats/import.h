/*
 * rectrack — importing YAML files into the store (import-format.md):
 * new reports and recommendations are added with their history (given,
 * or inferred from the dates), changed ones are updated with one event
 * per changed attribute, unchanged ones are left alone.
 */
#ifndef RT_IMPORT_H
#define RT_IMPORT_H

#include <stddef.h>

struct rt_error;

struct rt_config;
struct rt_oscal_opts;
struct rt_store;

struct rt_import_stats {
	int reports_new, reports_changed, reports_unchanged;
	int recs_new, recs_changed, recs_unchanged;
	int events;
	int issuers_new, issuers_changed;
	int agencies_new, agencies_changed;
	int officials_new, officials_changed;
	int evidence_new;	/* evidence files stored (rt_import_evidence) */
	char *created;		/* "issuer gao, agency FEMA" for codes that
				   reports named and nobody declared; NULL
				   when none */
};

/* Where a long import stands, for a progress display. */
struct rt_import_progress {
	const char *file;	/* as named in messages */
	long long bytes_done;	/* of this file, read so far */
	long long bytes_total;	/* its size; 0 when unknown (a pipe) */
	long long recs_done;	/* recommendations of all files so far */
};

/* Called after each report; a non-zero return is ignored. */
typedef void rt_import_progress_fn(const struct rt_import_progress *,
    void *arg);

/* rt_import's flags. */
#define RT_IMPORT_DRY_RUN	1	/* do and count the work, then roll
					   it back */
#define RT_IMPORT_CREATE_MISSING 2	/* create the issuer and agency codes
					   a file names but does not declare */

/*
 * Import the files (path "-" is standard input) in one BEGIN IMMEDIATE
 * transaction: any error and nothing is written.  flags: RT_IMPORT_*.
 * An issuer or agency code that a report or recommendation names, and
 * that neither the database nor the file (issuers:, agencies:, anywhere
 * in it) declares, is refused at the place it is named, with the
 * nearest codes recorded; with RT_IMPORT_CREATE_MISSING it is created,
 * named by its code, and listed in stats->created.  Events are recorded by actor;
 * those written for changes carry the note "import FILE".  Errors name
 * FILE:LINE:COLUMN and the field path.  stats is filled in (free
 * stats->created with rt_import_stats_free) on success.  progress (may be
 * NULL) is told where the import stands after each report.
 */
struct rt_error *rt_import(struct rt_store *, const struct rt_config *,
    char *const *files, size_t nfiles, const char *actor, int flags,
    rt_import_progress_fn *progress, void *progress_arg,
    struct rt_import_stats *stats);
void rt_import_stats_free(struct rt_import_stats *);

/*
 * As rt_import; an evidence entry that attaches a file whose bytes the
 * database does not have takes them from evidence_dir/HASH (the folder
 * `export --with-evidence` writes; core/evidence_dir.h), stored in the
 * import's transaction under cfg's evidence limits and counted in
 * stats->evidence_new.  Without evidence_dir (NULL), or when the file
 * is not there or its bytes do not hash to HASH, the entry is refused
 * at its place in the file.
 */
struct rt_error *rt_import_evidence(struct rt_store *,
    const struct rt_config *, char *const *files, size_t nfiles,
    const char *actor, int flags, const char *evidence_dir,
    rt_import_progress_fn *progress, void *progress_arg,
    struct rt_import_stats *stats);

/*
 * As rt_import_evidence, of OSCAL plans of action and milestones
 * (formats/oscal_read.h, docs/oscal.md): each file is read as the
 * import document it is equivalent to, and errors name the JSON path
 * ("FILE: $.plan-of-action-and-milestones.poam-items[3]: msg").  A
 * document rectrack wrote, imported into an empty database, gives it
 * the name of the register it was exported from, as a copy does.
 * opts (may be NULL) says what another tool's document does not.
 */
struct rt_error *rt_import_oscal(struct rt_store *,
    const struct rt_config *, char *const *files, size_t nfiles,
    const char *actor, int flags, const char *evidence_dir,
    const struct rt_oscal_opts *opts, rt_import_progress_fn *progress,
    void *progress_arg, struct rt_import_stats *stats);

/*
 * Import GAO's recommendations export (gao-csv, see gaocsv.h and
 * docs/gao-interop.md) at path ("-": standard input) in one transaction,
 * through the same paths as a YAML import: issuer gao, agencies created
 * from their paths, one report per publication, changes effective on
 * the file's snapshot date, GAO's comment as a note when it changed.
 * Errors read "FILE:LINE: column NAME: what".  Stats as rt_import.
 */
struct rt_error *rt_import_gao(struct rt_store *, const struct rt_config *,
    const char *path, const char *actor, int dry_run,
    struct rt_import_stats *stats);

#endif
