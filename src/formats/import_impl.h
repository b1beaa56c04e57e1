/*
 * rectrack — the importer's private parts: import.c (the driver, the
 * issuers, agencies and reports, the files), import_history.c (a
 * recommendation's events and the lifecycle's rules for a file's
 * history), import_rec.c (a recommendation, new or changed) and
 * import_gao.c (GAO's export).  Every function returning an error
 * returns NULL on success; nothing is printed.
 */
#ifndef RT_IMPORT_IMPL_H
#define RT_IMPORT_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/date.h"
#include "base/error.h"
#include "base/strmap.h"
#include "base/util.h"
#include "core/formers.h"
#include "formats/import.h"
#include "formats/yamlin.h"
#include "store/store.h"

struct rt_config;
struct rt_events;
struct rt_imp_rec;
struct rt_imp_report;

/* A code a report or recommendation names that neither the database
 * nor the file had declared: created for now, it must be declared
 * further down the file (or the import is refused at pos). */
struct imp_pending {
	char kind;			/* 'i' issuer, 'a' agency, 'o'
					   official */
	char *code;
	int declared;
	struct rt_imp_pos pos;		/* where the file first names it */
};

/* An event the import writes once the file is read: the events of a
 * file go into the chain in the order of their seq (those without one
 * after, in file order). */
struct imp_queued {
	int64_t rec_id;
	struct rt_event ev;		/* a deep copy; voids: a recorded
					   event's id, when target is -1 */
	int64_t seq;			/* its seq in the file; 0: none */
	size_t order;			/* queued so many before it */
	long target;			/* a void of an event of this file: the
					   index of that one here; else -1 */
	struct rt_imp_pos pos;		/* of its entry (seq given) */
};

/* An entry of the file's events: list found recorded already (an
 * import of the same file again): its seq, and the event it is. */
struct imp_seen {
	int64_t seq;
	int64_t id;
};

struct importer {
	struct rt_store *st;
	const struct rt_config *cfg;
	const char *file;		/* as named in messages */
	char *note;			/* "import FILE" */
	const char *actor;
	char today[RT_DATE_SIZE];
	char day[RT_DATE_SIZE];		/* effective date of the changes:
					   today, or GAO's snapshot date */
	int gao;			/* importing GAO's export */
	char now[21];
	struct rt_import_stats *stats;
	struct rt_buf created;
	FILE *fp;			/* the file being read */
	rt_import_progress_fn *progress;
	void *progress_arg;
	struct rt_import_progress where;
	struct rt_strmap known;		/* issuer, agency and official codes
					   seen to exist ("i:CODE" …) */
	int create_missing;		/* create undeclared codes (as GAO's
					   import does) instead of refusing */
	const char *evidence_dir;	/* where the bytes of evidence not
					   stored are; NULL: none */
	struct imp_pending *pending;	/* of the file being read */
	size_t npending;
	struct imp_queued *queue;	/* the events to write */
	size_t nqueue, capqueue;
	struct imp_seen *seen;		/* entries of events: recorded already */
	size_t nseen, capseen;
	struct rt_formers formers;	/* agencies' former codes: the
					   database's and the file's */
	int formers_loaded;		/* the database's are in formers */
	struct rt_formers off_formers;	/* the same for officials */
	int off_formers_loaded;
	const struct rt_oscal_opts *oscal; /* reading OSCAL POA&Ms: what
					   another tool's do not say; NULL:
					   reading YAML */
};

/* ---- import.c ---- */

/* Set im up for an import by actor into st, stats zeroed. */
void imp_init(struct importer *im, struct rt_store *st,
    const struct rt_config *cfg, const char *actor,
    struct rt_import_stats *stats);

/* Free what im holds; on success hand the codes created to stats, on
 * error (err not NULL) zero stats.  Returns err. */
struct rt_error *imp_done(struct importer *im, struct rt_error *err);

/* Open path for reading ("-": standard input, named "<stdin>"): *fp,
 * and *name as messages name it.  Close with imp_close(). */
struct rt_error *imp_open(const char *path, FILE **fp, const char **name);
void imp_close(FILE *fp);

/* err, located at pos in the file ("FILE:LINE:COL: PATH: msg"; GAO's
 * export: "FILE:LINE: msg"); err itself when it is already located. */
struct rt_error *imp_located(const struct importer *im,
    const struct rt_imp_pos *pos, struct rt_error *err);

/* Two optional strings are the same (NULL and "" alike). */
static inline int
same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a == NULL || *a == '\0') && (b == NULL || *b == '\0');
	return strcmp(a, b) == 0;
}

/* A value as messages show it: "none" for NULL or "". */
static inline const char *
shown(const char *s)
{
	return s != NULL && *s != '\0' ? s : "none";
}

static inline struct rt_error *
nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

/* Add "what code" to the list of what the import created. */
void imp_note_created(struct importer *im, const char *what,
    const char *code);

/* The issuer is->code must exist: add is when it does not. */
struct rt_error *imp_issuer_missing(struct importer *im,
    const struct rt_issuer *is);

/* The agency code, named at pos, must exist: create it (named by its
 * code) if not; unless im->create_missing (or GAO's import), the file
 * must declare it further down. */
struct rt_error *imp_ensure_agency(struct importer *im, const char *code,
    const struct rt_imp_pos *pos);

/*
 * The agency a history names by code: *now is code when such an agency
 * exists, else the agency's code now when code is one it had before a
 * rename (recorded in the database, or in the file's formerly:), else
 * NULL.  Errors: the store's.
 */
struct rt_error *imp_agency_now(struct importer *im, const char *code,
    const char **now);

/* Append to b the agency codes nearest to code (suggest.h), leaving
 * out those still waiting for their declaration; -1 when out of
 * memory. */
int imp_suggest_agency(struct importer *im, const char *code,
    struct rt_buf *b);

/* A code of kind (imp_pending) this import had to create, named at pos
 * (NULL: GAO's issuer): noted as created, or, unless codes are created
 * on request, left waiting for its declaration further down the file. */
struct rt_error *imp_created(struct importer *im, char kind,
    const char *code, const struct rt_imp_pos *pos);
/* The file declares code of kind: one waiting for it no longer waits.
 * 1 when one did (created by this import, so new rather than changed). */
int imp_declared(struct importer *im, char kind, const char *code);
/* 1 when this import made code (kind 'o': an official named by its
 * code) and the file has not declared it yet: it is as it was made. */
int imp_made(const struct importer *im, char kind, const char *code);
/* Was the code of kind (key "K:CODE") looked up in this import already?
 * imp_remember notes it. */
int imp_known(const struct importer *im, const char *key);
void imp_remember(struct importer *im, const char *key);

/* ---- import_official.c ---- */

/* The sink of an official (struct rt_imp_sink): add it or update it. */
struct rt_error *imp_sink_official(void *arg,
    const struct rt_imp_official *imp);
/* The official code, named at pos, must exist: create it (named by its
 * code) if not; unless im->create_missing, the file must declare it
 * under officials:. */
struct rt_error *imp_ensure_official(struct importer *im, const char *code,
    const struct rt_imp_pos *pos);
/* The official a history names: *now is code when such an official
 * exists, else the official's code now when code is one it had before a
 * rename or the free text it was made of (recorded in the database, or
 * in the file's formerly:), else NULL. */
struct rt_error *imp_official_now(struct importer *im, const char *code,
    const char **now);
/* Append to b the official codes nearest to code (suggest.h); -1 when
 * out of memory. */
int imp_suggest_official(struct importer *im, const char *code,
    struct rt_buf *b);

/* The sink of a report (struct rt_imp_sink): add it or update it, with
 * its recommendations. */
struct rt_error *imp_sink_report(void *arg,
    const struct rt_imp_report *imp);

/* ---- import_history.c ---- */

/*
 * Each entry of a file's history that is not yet recorded is checked
 * against the state the events before it give, by the rules the
 * commands follow (the transition table and its guards of domain.c, the
 * flag rule and the replay of lifecycle.c): what a command would refuse,
 * an import refuses.
 */
struct walk {
	struct rt_rec state;		/* as the events so far give it */
	char id[256];			/* "REPORT#NUMBER", for messages */
	int issued;			/* an issued event exists */
	const struct rt_imp_event *closing;	/* closed the recommendation
					   while on hold or awaiting closure */
};

/*
 * The rules of entry i of imp's history when it is an evidence, request
 * or decision entry, against the events h holds before it (voids
 * applied): evidence is detached only when attached, a request only
 * when none of its field is pending (a closure request cites evidence
 * attached before it), a decision only answers a pending request, and
 * an approval is followed on the same day by the status entry that
 * closes or the target entry to the date asked for; the bytes of a
 * file attached are stored, or read from im->evidence_dir and stored
 * (rt_evidence_dir_load).  NULL for other kinds; errors are not
 * located.
 */
struct rt_error *imp_walk_closure(struct importer *im, const struct walk *w,
    const struct rt_imp_rec *imp, size_t i, const struct rt_events *h);
/* Entry i follows, on its day, the approval of an extension: the target
 * entry it records needs no note of its own (the request gave the
 * reason). */
int imp_approved_extension(const struct rt_imp_rec *imp, size_t i);

/* Queue an event recorded now by the importing actor. */
struct rt_error *imp_emit(struct importer *im, struct rt_events *h,
    const char *effective, const char *kind, const char *field,
    const char *old, const char *new);

/*
 * Queue entry i of imp's history, with its own actor and time when it
 * gives them.  In h an entry of the file has the id base + 1 + i, and
 * its seq in rec (the importer's own use of it); a void voids the event
 * where[j] of h, the one that entry j, of the seq it names, is.
 */
struct rt_error *imp_emit_history(struct importer *im, struct rt_events *h,
    const struct rt_imp_rec *imp, size_t i, const size_t *where,
    int64_t base);

/* A void entry was queued in h: mark what it voids (refused at pos when
 * that is voided already) and replay w->state from rec and h. */
struct rt_error *imp_walk_void(struct importer *im, struct walk *w,
    const struct rt_rec *rec, struct rt_events *h,
    const struct rt_imp_pos *pos);

/* Queue the events from h->ev[from] on for rec_id, those of imp's
 * history entries (GAO's import writes them at once): imp_flush writes
 * them. */
struct rt_error *imp_write_events(struct importer *im, int64_t rec_id,
    const struct rt_imp_rec *imp, struct rt_events *h, size_t from);

/* The sink of an entry of events: (struct rt_imp_sink): queued, unless
 * the same event is recorded already about that one. */
struct rt_error *imp_sink_event(void *arg, const struct rt_imp_event *imp);

/* Write the queued events in the order of the chain, in the import's
 * own change set; the queue is then empty. */
struct rt_error *imp_flush(struct importer *im);
/* Forget the queued events. */
void imp_queue_free(struct importer *im);

/* The state of rec as the events of h tell it, into *out: the order of
 * the store, effective date then recording order. */
struct rt_error *imp_replayed(struct importer *im, const struct rt_rec *rec,
    const struct rt_events *h, struct rt_rec *out);

/*
 * Whether ev is one of the first n (recorded) events of h that no entry
 * before it matched (used[i] set), and if so mark that one used: two
 * entries alike on one day are two events, and the second is recorded
 * only when two are.  *at: the index of the one it is.
 */
int imp_history_has(const struct rt_events *h, size_t n, char *used,
    const struct rt_event *ev, size_t *at);

/* Copy a text field of the file into rec when it differs; 1 if it did. */
int imp_take_text(char **have, const char *want);

/* The key of the file for money field m. */
unsigned long imp_money_bit(enum rt_money_field m);

/* Start the walk of rec's history h (what is recorded). */
struct rt_error *imp_walk_start(struct importer *im,
    const struct rt_rec *rec, const struct rt_events *h, struct walk *w);

/* Check entry i of the file's history, then apply it to w->state. */
struct rt_error *imp_walk_entry(struct importer *im, struct walk *w,
    const struct rt_imp_rec *imp, size_t i, const struct rt_events *h);

/*
 * The order the entries of imp's history are walked in, into *order
 * (imp->nhistory indices; free it): the order they were recorded in,
 * since each was checked as of what was recorded before it.  A file
 * lists them by effective date; when every entry has a seq (an export)
 * and the seqs give another order (a void is effective on the day it
 * was recorded, so it comes after an entry recorded after it with an
 * earlier date; a note may be backdated), by seq, and *replay is set:
 * the state is then replayed after each entry (imp_walk_replay), in
 * effective order, as the store replays it.
 */
struct rt_error *imp_walk_order(const struct rt_imp_rec *imp,
    size_t **order, int *replay);
/* w->state from rec and the events of h. */
struct rt_error *imp_walk_replay(struct importer *im, struct walk *w,
    const struct rt_rec *rec, const struct rt_events *h);

/* The end of the history: the last closing day is over. */
struct rt_error *imp_walk_end(struct importer *im, struct walk *w);

/*
 * The latest `field` entry the file adds for each field is the field's
 * value: a key of the file stating another value contradicts it (an
 * error), a key left out takes it (into rec, whose text fields are
 * replaced with copies when owned, else pointed at the entry's value).
 * fresh[i]: entry i is added by this import.
 */
struct rt_error *imp_entries_set(struct importer *im,
    const struct rt_imp_rec *imp,
    const char *fresh, struct rt_rec *rec, int owned);

/*
 * A new recommendation with a history is in the state the history
 * leaves (h, replayed onto rec): each key of the file that states part
 * of that state must state what the history leaves; one that states
 * something else is refused at the key.
 */
struct rt_error *imp_history_keys(struct importer *im,
    const struct rt_imp_rec *imp, const struct rt_rec *rec,
    const struct rt_events *h);

/* ---- import_rec.c ---- */

/* Add the recommendation imp of report, with its history. */
struct rt_error *imp_new_rec(struct importer *im,
    const struct rt_report *report, const struct rt_imp_rec *imp);

/* Update the recorded recommendation rec from imp: one event per
 * changed attribute, the file's new history entries. */
struct rt_error *imp_old_rec(struct importer *im,
    const struct rt_imp_rec *imp, struct rt_rec *rec);

#endif
