/*
 * rectrack — evidence files in a folder, for carrying them with an
 * export: `export --with-evidence DIR` writes each file the exported
 * history cites as DIR/HASH (the full SHA-256 of its bytes, no
 * extension), and `import --evidence DIR` reads the files of the
 * evidence entries whose bytes the database does not have from there
 * (docs/closure.md).  Files go a piece at a time in both directions
 * (memory does not grow with their size) and are re-hashed on the way:
 * a file is never written or stored under a hash its bytes do not have.
 */
#ifndef RT_EVIDENCE_DIR_H
#define RT_EVIDENCE_DIR_H

#include <stdint.h>

struct rt_config;
struct rt_error;
struct rt_store;

/*
 * Make dir ready to receive files: created (one level) when missing; an
 * existing folder is fine.  RT_EIO, naming dir, when it is a file or
 * anything but a folder, cannot be created, or cannot be written into.
 */
struct rt_error *rt_evidence_dir_ready(const char *dir);

/*
 * Write the stored file hash (64 lowercase hex digits) to dir/hash,
 * through dir/.hash.tmp renamed over it once complete and re-hashed
 * (a failure leaves no temporary file).  A file dir/hash whose bytes
 * hash to hash already is left alone (*written 0); otherwise *written is
 * 1.  RT_ENOTFOUND when hash is not stored, RT_EDB when its stored bytes
 * no longer match it, RT_EIO when the folder cannot be written.
 */
struct rt_error *rt_evidence_dir_put(struct rt_store *, const char *dir,
    const char *hash, int *written);

/*
 * In the caller's write transaction: make sure the bytes of hash are
 * stored.  When they are already, nothing is read (*added 0).
 * Otherwise they are read from dir/hash (dir NULL: refused), under the
 * limits of cfg (evidence.max_file_size, evidence.max_total_size, as
 * rt_evidence_add), stored and re-hashed on the way (*added 1).
 * RT_EREFUSED ("evidence HASH: its bytes are not in the database; ...")
 * when dir is NULL or holds no such file, or over a limit; RT_EINVAL
 * naming the file when its bytes do not hash to hash, or it is not a
 * regular file; RT_EIO when it cannot be read.  On error the caller
 * rolls the transaction back.
 */
struct rt_error *rt_evidence_dir_load(struct rt_store *,
    const struct rt_config *, const char *dir, const char *hash,
    int *added);

#endif
