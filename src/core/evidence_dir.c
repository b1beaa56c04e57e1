/*
 * rectrack — evidence files in a folder (evidence_dir.h).
 */
#include "core/evidence_dir.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/chain.h"
#include "base/error.h"
#include "base/sha256.h"
#include "base/util.h"
#include "core/config.h"
#include "core/evidence.h"
#include "store/store.h"

#define NOT_STORED "evidence %s: its bytes are not in the database; import " \
    "with --evidence DIR (the folder export --with-evidence wrote)"

/* 1 when what was added to h hashes to hash, else 0.  Frees h. */
static int
sha_is(struct rt_sha256 *h, const char *hash)
{
	char hex[RT_HASH_SIZE];

	return rt_sha256_end(h, hex) == 0 && strcmp(hex, hash) == 0;
}

struct rt_error *
rt_evidence_dir_ready(const char *dir)
{
	struct stat sb;

	if (*dir == '\0')
		return rt_error_new(RT_EIO, "the evidence folder needs a name");
	if (stat(dir, &sb) != 0) {
		if (errno != ENOENT || mkdir(dir, 0777) != 0)
			return rt_error_new(RT_EIO, "%s: cannot create the "
			    "evidence folder: %s", dir, strerror(errno));
		return NULL;
	}
	if (!S_ISDIR(sb.st_mode))
		return rt_error_new(RT_EIO, "%s: is not a folder (the evidence "
		    "files go into a folder, created when missing)", dir);
	if (access(dir, W_OK | X_OK) != 0)
		return rt_error_new(RT_EIO, "%s: cannot write into the "
		    "evidence folder: %s", dir, strerror(errno));
	return NULL;
}

/* Does path hold bytes that hash to hash?  0 when it does not exist. */
static struct rt_error *
file_is(const char *path, const char *hash, int *same)
{
	struct rt_error *err;
	struct rt_sha256 h;
	FILE *fp;
	char buf[1 << 16];
	size_t n;

	*same = 0;
	if ((fp = fopen(path, "rb")) == NULL)
		return errno == ENOENT ? NULL : rt_error_new(RT_EIO, "%s: "
		    "cannot read: %s", path, strerror(errno));
	if ((err = rt_sha256_start(&h)) != NULL) {
		fclose(fp);
		return err;
	}
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		rt_sha256_add(&h, buf, n);
	if (ferror(fp))
		err = rt_error_new(RT_EIO, "%s: cannot read: %s", path,
		    strerror(errno));
	*same = sha_is(&h, hash) && err == NULL;
	fclose(fp);
	return err;
}

/* Where the bytes read back go. */
struct out {
	FILE *fp;
	const char *path;
	struct rt_sha256 sha;
};

static struct rt_error *
out_write(void *arg, const unsigned char *buf, size_t n)
{
	struct out *o = arg;

	rt_sha256_add(&o->sha, buf, n);
	if (fwrite(buf, 1, n, o->fp) != n)
		return rt_error_new(RT_EIO, "%s: cannot write: %s", o->path,
		    strerror(errno));
	return NULL;
}

struct rt_error *
rt_evidence_dir_put(struct rt_store *st, const char *dir, const char *hash,
    int *written)
{
	struct rt_error *err = NULL;
	struct rt_buf path = { 0 }, tmp = { 0 };
	struct out o;
	int fd = -1, same;

	*written = 0;
	memset(&o, 0, sizeof(o));
	if (!rt_chain_hash_valid(hash))
		return rt_error_new(RT_EINVAL, "evidence %s: not a SHA-256",
		    hash);
	if (rt_buf_printf(&path, "%s/%s", dir, hash) != 0 ||
	    rt_buf_printf(&tmp, "%s/.%s.tmp", dir, hash) != 0) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = file_is(path.s, hash, &same)) != NULL || same)
		goto done;
	o.path = tmp.s;
	if ((fd = open(tmp.s, O_WRONLY | O_CREAT | O_TRUNC, 0666)) < 0 ||
	    (o.fp = fdopen(fd, "wb")) == NULL) {
		err = rt_error_new(RT_EIO, "%s: cannot create it: %s", tmp.s,
		    strerror(errno));
		if (fd >= 0)
			close(fd);
		goto done;
	}
	if ((err = rt_sha256_start(&o.sha)) != NULL)
		goto done;
	err = rt_store_evidence_get(st, hash, out_write, &o);
	if (!sha_is(&o.sha, hash) && err == NULL)
		err = rt_error_new(RT_EDB, "evidence %s: its bytes no longer "
		    "match their SHA-256 (changed outside rectrack)", hash);
	if (err == NULL && (fflush(o.fp) != 0 || fsync(fileno(o.fp)) != 0))
		err = rt_error_new(RT_EIO, "%s: cannot write: %s", tmp.s,
		    strerror(errno));
	if (fclose(o.fp) != 0 && err == NULL)
		err = rt_error_new(RT_EIO, "%s: cannot write: %s", tmp.s,
		    strerror(errno));
	o.fp = NULL;
	if (err == NULL && rename(tmp.s, path.s) != 0)
		err = rt_error_new(RT_EIO, "%s: cannot rename %s to it: %s",
		    path.s, tmp.s, strerror(errno));
	if (err != NULL)
		unlink(tmp.s);
	else
		*written = 1;
done:
	sha_is(&o.sha, hash);	/* frees */
	if (o.fp != NULL) {
		fclose(o.fp);
		unlink(tmp.s);
	}
	rt_buf_free(&path);
	rt_buf_free(&tmp);
	return err;
}

/* The file being loaded: the store's reader, hashing as it goes. */
struct in {
	FILE *fp;
	const char *path;
	struct rt_sha256 sha;
};

static struct rt_error *
in_read(void *arg, unsigned char *buf, size_t n)
{
	struct in *f = arg;

	if (fread(buf, 1, n, f->fp) != n)
		return ferror(f->fp) ? rt_error_new(RT_EIO, "%s: cannot read: "
		    "%s", f->path, strerror(errno)) : rt_error_new(RT_EREFUSED,
		    "%s: the file changed while it was read", f->path);
	rt_sha256_add(&f->sha, buf, n);
	return NULL;
}

struct rt_error *
rt_evidence_dir_load(struct rt_store *st, const struct rt_config *cfg,
    const char *dir, const char *hash, int *added)
{
	struct rt_error *err = NULL;
	struct rt_buf path = { 0 };
	struct stat sb;
	struct in f;
	int64_t size;
	int found, fd = -1;

	*added = 0;
	memset(&f, 0, sizeof(f));
	if ((err = rt_store_evidence_size(st, hash, &size, &found)) != NULL ||
	    found)
		return err;
	if (dir == NULL)
		return rt_error_new(RT_EREFUSED, NOT_STORED, hash);
	if (rt_buf_printf(&path, "%s/%s", dir, hash) != 0)
		return rt_error_new(RT_ENOMEM, "out of memory");
	f.path = path.s;
	if ((fd = open(path.s, O_RDONLY | O_NONBLOCK | O_NOCTTY)) < 0) {
		if (errno == ENOENT)
			err = rt_error_new(RT_EREFUSED, "evidence %s: its "
			    "bytes are not in the database, and %s has no "
			    "file %s (give the folder export --with-evidence "
			    "wrote)", hash, dir, hash);
		else
			err = rt_error_new(RT_EIO, "%s: cannot read: %s",
			    path.s, strerror(errno));
		goto done;
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		err = rt_error_new(RT_EINVAL, "%s: not a regular file",
		    path.s);
		goto done;
	}
	if ((f.fp = fdopen(fd, "rb")) == NULL) {
		close(fd);
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = rt_evidence_limits(st, cfg, path.s,
	    (int64_t)sb.st_size, 0)) != NULL ||
	    (err = rt_sha256_start(&f.sha)) != NULL)
		goto done;
	err = rt_store_evidence_put(st, hash, (int64_t)sb.st_size, in_read,
	    &f, added);
	if (err == NULL && fgetc(f.fp) != EOF)
		err = rt_error_new(RT_EREFUSED, "%s: the file changed while "
		    "it was read", path.s);
	if (!sha_is(&f.sha, hash) && err == NULL)
		err = rt_error_new(RT_EINVAL, "%s: its bytes do not hash to "
		    "%s (not the file the history cites)", path.s, hash);
done:
	sha_is(&f.sha, hash);	/* frees */
	if (f.fp != NULL)
		fclose(f.fp);
	rt_buf_free(&path);
	return err;
}
