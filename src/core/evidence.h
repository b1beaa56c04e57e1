/*
 * rectrack — evidence files: the bytes a recommendation's follow-up
 * rests on (a corrective action plan, a signed policy, a screenshot),
 * stored in the database once under the SHA-256 of their content
 * however many recommendations cite them (store.h), and attached to or
 * detached from a recommendation by events of kind `evidence` in its
 * history: field the file's name, new the hash when attached, old the
 * hash when detached (docs/closure.md).  The bytes are never changed or
 * deleted; a file is read and written a piece at a time, so that memory
 * does not grow with its size.
 *
 * The writing functions run in the caller's write transaction (one
 * change set per command): an error leaves it to be rolled back, which
 * undoes every file and event of the command.
 */
#ifndef RT_EVIDENCE_H
#define RT_EVIDENCE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/chain.h"
#include "base/date.h"

struct rt_actor;
struct rt_config;
struct rt_error;
struct rt_problem;
struct rt_store;

/* The shortest hash prefix a user may give. */
#define RT_EVIDENCE_PREFIX_MIN 8

/* One file attached to a recommendation. */
struct rt_evidence {
	char hash[RT_HASH_SIZE];
	char *name;		/* as attached */
	int64_t size;		/* bytes */
	const char *media;	/* from the name (base/media.h; static) */
	char *rec;		/* "OIG-21-19#4" */
	char *actor;		/* who attached it */
	char effective[RT_DATE_SIZE];
	char *note;		/* NULL when none */
	int stored;		/* rt_evidence_add: 1 when the bytes were new
				   to the database, 0 when already there */
};

struct rt_evidence_list {
	struct rt_evidence *v;
	size_t n, cap;
};

void rt_evidence_list_free(struct rt_evidence_list *);

/*
 * Attach the files at paths[0..n-1] to recommendation rec
 * ("REPORT#NUMBER"), effective who->effective (NULL: today; the rules of
 * rt_effective_date), noted who->note, recorded by who->actor.  Each
 * file is read twice: first for its SHA-256 and size, then into the
 * store, re-hashed on the way; it is refused (RT_EIO, RT_EINVAL or
 * RT_EREFUSED, naming the path) when it cannot be read, is a directory
 * or not a regular file, is larger than cfg->evidence_max_file, would
 * take the bytes stored over cfg->evidence_max_total (0: no limit; only
 * bytes not stored yet count), changed between or during the reads, has
 * a name that is not 1 to 255 bytes of UTF-8 without control
 * characters, or whose bytes are attached to rec already.  Bytes stored
 * already are not stored again.  What was attached is appended to *out
 * (initialised by the caller, zeroed).
 */
struct rt_error *rt_evidence_add(struct rt_store *, const struct rt_config *,
    const char *rec, const char *const *paths, size_t n,
    const struct rt_actor *who, struct rt_evidence_list *out);

/*
 * The configured limits (cfg->evidence_max_file, _max_total) on a file
 * of size bytes named path: RT_EREFUSED, naming path and the sizes, when
 * it is larger than a file may be or, its bytes not stored yet (stored
 * 0), would take the bytes stored over the total.
 */
struct rt_error *rt_evidence_limits(struct rt_store *, const struct rt_config *,
    const char *path, int64_t size, int stored);

/*
 * The files in force (attached, not detached since, their events not
 * voided) for recommendation rec ("REPORT#NUMBER"; NULL: every
 * recommendation, in the order of listings), as of the end of day as_of
 * (NULL: now) and as known at the store's horizon (rt_store_set_known),
 * in the order they were attached, into *out (zeroed here).
 */
struct rt_error *rt_evidence_list(struct rt_store *, const char *rec,
    const char *as_of, struct rt_evidence_list *out);

/*
 * The full hash of the one stored file whose hash starts with prefix (at
 * least RT_EVIDENCE_PREFIX_MIN hex digits, any case): RT_EINVAL when it
 * is not such a prefix, RT_ENOTFOUND when no file's hash starts so,
 * RT_EINVAL when several do.
 */
struct rt_error *rt_evidence_resolve(struct rt_store *, const char *prefix,
    char hash[RT_HASH_SIZE]);

/*
 * Write the bytes of stored file hash to fp, re-hashing them on the way:
 * an RT_EDB error naming the hash when they no longer match it (fp has
 * then received them, wrong), RT_EIO when fp cannot be written.
 */
struct rt_error *rt_evidence_get(struct rt_store *, const char *hash,
    FILE *fp);

/*
 * Detach the file whose hash starts with prefix from recommendation rec
 * (an event, recorded by who->actor today with reason who->note, which
 * is required): RT_EREFUSED when that file is not attached to rec.  The
 * bytes stay.  What was detached into *out (free with
 * rt_evidence_list_free; zeroed by the caller).
 */
struct rt_error *rt_evidence_remove(struct rt_store *, const char *rec,
    const char *prefix, const struct rt_actor *who,
    struct rt_evidence_list *out);

/*
 * Re-hash every stored file: one problem (check "evidence", subject
 * "evidence HASH", message "its bytes no longer match their SHA-256
 * (changed outside rectrack)") to cb for each that no longer matches;
 * a non-zero return from cb stops.  *files counts the files checked.
 * *stop gets cb's non-zero return.
 */
struct rt_error *rt_evidence_check(struct rt_store *,
    int (*cb)(const struct rt_problem *, void *), void *arg,
    int64_t *files, int *stop);

/*
 * Copy every evidence file of from into to (in to's write transaction),
 * a piece at a time, re-hashing each on the way: RT_EREFUSED naming the
 * first whose bytes no longer match their hash.  Files to holds already
 * are left as they are.  *files counts the files copied.
 */
struct rt_error *rt_evidence_copy(struct rt_store *from, struct rt_store *to,
    int64_t *files);

/* A size for people: "512 bytes", "1.5 KiB", "200.0 MiB", "1.2 GiB". */
void rt_evidence_size_text(int64_t size, char buf[32]);

#endif
