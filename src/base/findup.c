/* rectrack — finding a file in a folder or its parents (findup.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/findup.h"
#include "base/util.h"

/* dir's parent, malloc'd ("/a/b" -> "/a", "/a" -> "/"); NULL when out
 * of memory. */
static char *
parent_of(const char *dir)
{
	char *p = rt_strdup(dir), *slash;

	if (p != NULL && (slash = strrchr(p, '/')) != NULL)
		slash[slash == p] = '\0';
	return p;
}

/* 1 when dir holds name as a file (not a folder); 0 when not; 2 when
 * it cannot be told (permission denied); -1 when out of memory. */
static int
holds(const char *dir, const char *name, rt_findup_stat_fn st)
{
	struct rt_buf b = { 0 };
	struct stat sb;
	int r;

	if (rt_buf_printf(&b, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir,
	    name) == -1)
		return -1;
	errno = 0;
	if (st(b.s, &sb) == 0)
		r = !S_ISDIR(sb.st_mode);
	else
		r = errno == EACCES ? 2 : 0;
	rt_buf_free(&b);
	return r;
}

int
rt_findup(const char *start, const char *name, const char *home,
    rt_findup_stat_fn st, struct rt_findup *out)
{
	struct stat here, above, hs;
	char *p;
	size_t n;
	int r, has_home;

	memset(out, 0, sizeof(*out));
	if (start == NULL || start[0] != '/' ||
	    (out->dir = rt_strdup(start)) == NULL)
		return -1;
	/* no trailing slash but on / itself */
	for (n = strlen(out->dir); n > 1 && out->dir[n - 1] == '/'; n--)
		out->dir[n - 1] = '\0';
	has_home = home != NULL && home[0] == '/' && st(home, &hs) == 0;
	out->stop = RT_FINDUP_DEVICE;
	errno = 0;
	if (st(out->dir, &here) != 0) {
		if (errno == EACCES)
			out->stop = RT_FINDUP_DENIED;
		return 0;
	}
	for (;;) {
		if ((r = holds(out->dir, name, st)) == -1)
			goto nomem;
		if (r == 1 || r == 2) {
			out->stop = r == 1 ? RT_FINDUP_FOUND :
			    RT_FINDUP_DENIED;
			return 0;
		}
		if (has_home && here.st_dev == hs.st_dev &&
		    here.st_ino == hs.st_ino) {
			out->stop = RT_FINDUP_HOME;
			return 0;
		}
		if (strcmp(out->dir, "/") == 0) {
			out->stop = RT_FINDUP_ROOT;
			return 0;
		}
		/* look at the parent before going there */
		if ((p = parent_of(out->dir)) == NULL)
			goto nomem;
		errno = 0;
		if (st(p, &above) != 0 || above.st_dev != here.st_dev) {
			if (errno == EACCES)
				out->stop = RT_FINDUP_DENIED;
			free(p);
			return 0;	/* RT_FINDUP_DEVICE */
		}
		free(out->dir);
		out->dir = p;
		here = above;
		out->depth++;
	}
nomem:
	free(out->dir);
	out->dir = NULL;
	return -1;
}
