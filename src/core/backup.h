/*
 * rectrack — backing the database up: a copy of one moment, written
 * beside its destination and put in place only once it is verified.
 */
#ifndef RT_BACKUP_H
#define RT_BACKUP_H

#include "store/store.h"

struct rt_error;

struct rt_store;

/* What a backup copied. */
struct rt_backup_info {
	long pages;			/* database pages */
	struct rt_counts counts;	/* rows in the copy */
};

/*
 * Back the database (opened as st from db_path) up into the file at
 * path.  The copy (rt_store_backup: SQLite's online backup API, of one
 * moment, while others write) goes to PATH.tmp, created for it (an
 * existing one is refused: another backup may be writing it); it is
 * verified (it opens as a rectrack database and passes quick_check),
 * flushed to disk, and only then renamed to path.  An existing path is
 * refused (RT_EEXIST) unless force; the database itself, or a path whose
 * -wal file is there (a database in use), always.  On failure path is as
 * it was and PATH.tmp is gone.
 */
struct rt_error *rt_backup(struct rt_store *st, const char *db_path,
    const char *path, int force, struct rt_backup_info *info);

/*
 * Whether a new file can be put at path by writing path.tmp and renaming
 * it: its folder exists, and path is not a directory, nor a pipe, device
 * or socket (a rename would put a regular file in its place: --force onto
 * /dev/null would replace the device).  verb names the action in the
 * messages ("back up", "export"): "DIR: no such folder; create it first,
 * or VERB into another one", "PATH: is a directory; give a file name",
 * "PATH: not a regular file (a pipe or a device); VERB into a file".
 * Returns that error, or NULL.
 */
struct rt_error *rt_backup_dest_usable(const char *path, const char *verb);

/*
 * Whether a file written to path would land on the database at db_path
 * or on one of the files SQLite keeps beside it (PATH-wal, PATH-shm,
 * PATH-journal, whose loss loses committed changes): compared by inode
 * when both are there, else by the path with its folders and symbolic
 * links resolved, so that a relative name, a "..", or a database named
 * through a symbolic link (SQLite keeps its files beside the file the
 * link leads to) are all found.  Returns an RT_EINVAL error naming the
 * file ("that is the database's write-ahead log; <advice>"), or NULL;
 * NULL also for a server's URI.
 */
struct rt_error *rt_backup_dest_check(const char *db_path, const char *path,
    const char *advice);

/*
 * All a destination of a new file must pass before anything is written:
 * rt_backup_dest_check (advice as there), rt_backup_dest_usable (verb as
 * there), and, unless force, that nothing is at path yet ("PATH: the
 * file exists (--force replaces it)", RT_EEXIST).  Returns the first
 * error, or NULL.
 */
struct rt_error *rt_backup_dest_ready(const char *db_path, const char *path,
    int force, const char *verb, const char *advice);

#endif
