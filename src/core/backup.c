/*
 * rectrack — backing the database up (backup.h).  The copy is made by
 * the store; this module keeps a half-made copy from ever carrying the
 * destination's name.
 */
#define _XOPEN_SOURCE 700	/* realpath */

#include "core/backup.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/error.h"
#include "base/util.h"
#include "store/store.h"

/* The files SQLite keeps beside a database, and what they are. */
static const struct {
	const char *tail, *what;
} beside[] = {
	{ "", "the database" },
	{ "-wal", "the database's write-ahead log" },
	{ "-shm", "the database's shared-memory index" },
	{ "-journal", "the database's rollback journal" },
};

/*
 * path with its folders and symbolic links resolved, also when the file
 * itself is not there (its folder is); a link that leads nowhere yet is
 * followed (depth levels at most).  NULL when it cannot be resolved or
 * memory is short.  The caller frees it.
 */
static char *
resolve(const char *path, int depth)
{
	struct rt_buf b = { 0 };
	char *full, *dir = NULL, *base, *copy1 = NULL, *copy2 = NULL;
	char link[4096];
	ssize_t n;

	if ((full = realpath(path, NULL)) != NULL)
		return full;
	if (depth <= 0 || (copy1 = rt_strdup(path)) == NULL ||
	    (copy2 = rt_strdup(path)) == NULL)
		goto done;
	base = basename(copy2);
	if ((dir = realpath(dirname(copy1), NULL)) == NULL)
		goto done;
	n = readlink(path, link, sizeof(link) - 1);
	if (n > 0) {
		link[n] = '\0';
		if (link[0] == '/')
			full = resolve(link, depth - 1);
		else if (rt_buf_printf(&b, "%s/%s", dir, link) == 0)
			full = resolve(b.s, depth - 1);
	} else if (rt_buf_printf(&b, "%s%s%s", dir,
	    strcmp(dir, "/") == 0 ? "" : "/", base) == 0) {
		full = b.s;
		b.s = NULL;
	}
done:
	rt_buf_free(&b);
	free(dir);
	free(copy1);
	free(copy2);
	return full;
}

struct rt_error *
rt_backup_dest_check(const char *db_path, const char *path,
    const char *advice)
{
	struct rt_error *err = NULL;
	struct rt_buf name = { 0 };
	struct stat sb, dbsb;
	char *want = NULL, *real_db = NULL, *given_db = NULL;
	size_t i, k;
	int have = stat(path, &sb) == 0;

	if (db_path == NULL || rt_store_is_server(db_path) ||
	    strcmp(db_path, ":memory:") == 0)
		return NULL;
	want = resolve(path, 8);
	real_db = realpath(db_path, NULL);
	given_db = resolve(db_path, 0);
	for (i = 0; err == NULL && i < sizeof(beside) / sizeof(beside[0]);
	    i++) {
		/* beside the name as given, and beside the file it leads to */
		for (k = 0; err == NULL && k < 3; k++) {
			const char *db = k == 0 ? db_path : k == 1 ? given_db :
			    real_db;

			name.len = 0;
			if (db == NULL ||
			    rt_buf_printf(&name, "%s%s", db, beside[i].tail))
				continue;
			if ((have && stat(name.s, &dbsb) == 0 &&
			    sb.st_dev == dbsb.st_dev &&
			    sb.st_ino == dbsb.st_ino) ||
			    (k > 0 && want != NULL &&
			    strcmp(want, name.s) == 0))
				err = rt_error_new(RT_EINVAL, "%s: that is %s; "
				    "%s", path, beside[i].what, advice);
		}
	}
	rt_buf_free(&name);
	free(want);
	free(real_db);
	free(given_db);
	return err;
}

struct rt_error *
rt_backup_dest_usable(const char *path, const char *verb)
{
	struct rt_error *err = NULL;
	struct rt_buf dir = { 0 };
	struct stat sb;
	const char *slash = strrchr(path, '/');

	if (slash != NULL && slash != path) {
		if (rt_buf_printf(&dir, "%.*s", (int)(slash - path), path))
			return rt_error_new(RT_ENOMEM, "out of memory");
		if (stat(dir.s, &sb) == -1)
			err = errno == ENOENT || errno == ENOTDIR ?
			    rt_error_new(RT_EIO, "%s: no such folder; create "
			    "it first, or %s into another one", dir.s, verb) :
			    rt_error_new(RT_EIO, "%s: cannot use the folder: "
			    "%s", dir.s, strerror(errno));
		else if (!S_ISDIR(sb.st_mode))
			err = rt_error_new(RT_EIO, "%s: not a folder", dir.s);
		rt_buf_free(&dir);
		if (err != NULL)
			return err;
	}
	/* a symbolic link is replaced, not what it leads to */
	if (lstat(path, &sb) == -1 || S_ISREG(sb.st_mode) ||
	    S_ISLNK(sb.st_mode))
		return NULL;
	if (S_ISDIR(sb.st_mode))
		return rt_error_new(RT_EINVAL, "%s: is a directory; give a "
		    "file name", path);
	return rt_error_new(RT_EINVAL, "%s: not a regular file (a pipe or a "
	    "device); %s into a file", path, verb);
}

struct rt_error *
rt_backup_dest_ready(const char *db_path, const char *path, int force,
    const char *verb, const char *advice)
{
	struct rt_error *err;
	struct stat sb;

	if ((err = rt_backup_dest_check(db_path, path, advice)) != NULL ||
	    (err = rt_backup_dest_usable(path, verb)) != NULL)
		return err;
	if (!force && lstat(path, &sb) == 0)
		return rt_error_new(RT_EEXIST, "%s: the file exists "
		    "(--force replaces it)", path);
	return NULL;
}

/* Remove the temporary copy and what SQLite may have left beside it. */
static void
remove_tmp(const char *tmp)
{
	static const char *const tails[] = { "", "-journal", "-wal", "-shm" };
	struct rt_buf b = { 0 };
	size_t i;

	for (i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
		b.len = 0;
		if (rt_buf_printf(&b, "%s%s", tmp, tails[i]) == 0)
			unlink(b.s);
	}
	rt_buf_free(&b);
}

/* Flush a file, or the directory holding path, to disk. */
static int
sync_path(const char *path, int dir)
{
	char *copy = NULL;
	int fd, rc;

	if (dir) {
		if ((copy = rt_strdup(path)) == NULL)
			return -1;
		path = dirname(copy);
	}
	fd = open(path, O_RDONLY);
	free(copy);
	if (fd == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

static int
quick_problem(const struct rt_problem *p, void *arg)
{
	struct rt_buf *first = arg;

	if (first->len == 0)
		rt_buf_puts(first, p->message);
	return 1;
}

/* Open the copy as rectrack would, run quick_check on it, count it. */
static struct rt_error *
verify(const char *tmp, struct rt_backup_info *info)
{
	struct rt_error *err;
	struct rt_store *copy;
	struct rt_buf first = { 0 };

	if ((err = rt_store_open(tmp, 0, &copy)) != NULL)
		return err;
	if ((err = rt_store_check_integrity(copy, 1, quick_problem,
	    &first)) == NULL && first.len > 0)
		err = rt_error_new(RT_EDB, "%s: the copy fails quick_check: "
		    "%s", tmp, first.s);
	if (err == NULL)
		err = rt_store_counts(copy, &info->counts);
	rt_store_close(copy);
	rt_buf_free(&first);
	return err;
}

struct rt_error *
rt_backup(struct rt_store *st, const char *db_path, const char *path,
    int force, struct rt_backup_info *info)
{
	struct rt_error *err = NULL;
	struct rt_buf tmp = { 0 }, wal = { 0 };
	struct stat sb;
	int fd;

	memset(info, 0, sizeof(*info));
	if (path == NULL || *path == '\0')
		return rt_error_new(RT_EINVAL, "the backup needs a file name");
	if ((err = rt_backup_dest_ready(db_path, path, force, "back up",
	    "back it up to another file")) != NULL)
		return err;
	if (rt_buf_printf(&wal, "%s-wal", path) != 0 ||
	    rt_buf_printf(&tmp, "%s.tmp", path) != 0) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	/* a database open elsewhere under that name would take its log
	 * for the new file's */
	if (lstat(wal.s, &sb) == 0) {
		err = rt_error_new(RT_EINVAL, "%s: %s is there, so the file is "
		    "in use as a database; back up to another file", path,
		    wal.s);
		goto done;
	}
	/* never write into a file someone else is writing */
	if ((fd = open(tmp.s, O_WRONLY | O_CREAT | O_EXCL, 0666)) == -1) {
		err = rt_error_new(RT_EIO, "%s: cannot create it: %s%s", tmp.s,
		    strerror(errno), errno == EEXIST ? " (another backup may "
		    "be writing it; if not, remove it)" : "");
		goto done;
	}
	close(fd);
	if ((err = rt_store_backup(st, tmp.s, &info->pages)) != NULL ||
	    (err = verify(tmp.s, info)) != NULL)
		goto failed;
	if (sync_path(tmp.s, 0) != 0) {
		err = rt_error_new(RT_EIO, "%s: cannot write it: %s", tmp.s,
		    strerror(errno));
		goto failed;
	}
	if (rename(tmp.s, path) != 0) {
		err = rt_error_new(RT_EIO, "%s: cannot rename %s to it: %s",
		    path, tmp.s, strerror(errno));
		goto failed;
	}
	/* the new name itself is on disk before success is reported */
	sync_path(path, 1);
	goto done;
failed:
	remove_tmp(tmp.s);
done:
	rt_buf_free(&tmp);
	rt_buf_free(&wal);
	return err;
}
