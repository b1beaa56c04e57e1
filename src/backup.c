/*
 * rectrack — backing the database up (backup.h).  The copy is made by
 * the store; this module keeps a half-made copy from ever carrying the
 * destination's name.
 */
#include "rectrack.h"
#include "backup.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <sys/stat.h>
#include <unistd.h>

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
	struct stat sb, dbsb;
	int fd;

	memset(info, 0, sizeof(*info));
	if (path == NULL || *path == '\0')
		return rt_error_new(RT_EINVAL, "the backup needs a file name");
	if (stat(path, &sb) == 0 && stat(db_path, &dbsb) == 0 &&
	    sb.st_dev == dbsb.st_dev && sb.st_ino == dbsb.st_ino)
		return rt_error_new(RT_EINVAL, "%s: that is the database; back "
		    "it up to another file", path);
	if (lstat(path, &sb) == 0) {
		if (!force)
			return rt_error_new(RT_EEXIST, "%s: the file exists "
			    "(--force replaces it)", path);
		if (S_ISDIR(sb.st_mode))
			return rt_error_new(RT_EINVAL, "%s: is a directory; "
			    "give a file name", path);
	}
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
