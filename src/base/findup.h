/*
 * rectrack — finding a file in a folder or its parents, as git finds
 * .git: the walk alone, with the file system's stat given, so that it
 * can be tested without one.  Which file to look for, and where to start
 * and stop, is the caller's policy.
 */
#ifndef RT_FINDUP_H
#define RT_FINDUP_H

#include <sys/stat.h>

/* Why the walk stopped without going further up. */
enum rt_findup_stop {
	RT_FINDUP_FOUND,	/* the file is in dir */
	RT_FINDUP_HOME,		/* dir is the home folder */
	RT_FINDUP_ROOT,		/* dir is / */
	RT_FINDUP_DEVICE,	/* dir's parent is on another file system,
				   or cannot be looked at */
	RT_FINDUP_DENIED,	/* dir or its parent may not be searched
				   (EACCES): the file may be there unseen */
};

struct rt_findup {
	char *dir;		/* the folder holding the file (FOUND), else
				   the last folder searched; malloc'd */
	int depth;		/* how many levels above start dir is */
	enum rt_findup_stop stop;
};

/* stat(2), or a stand-in: 0 and *sb filled, or -1 with errno set. */
typedef int (*rt_findup_stat_fn)(const char *path, struct stat *sb);

/*
 * Look for name (a file, not a folder) in start (an absolute folder
 * path, as getcwd(3) gives it) and its parents.  The walk stops at the
 * first folder holding name, at home (inclusive: a file in home itself
 * is found; home may be NULL), at / and before a parent on another file
 * system (st_dev changes).  0 and *out filled (out->dir freed by the
 * caller), or -1 when out of memory or start is not absolute.
 */
int rt_findup(const char *start, const char *name, const char *home,
    rt_findup_stat_fn st, struct rt_findup *out);

#endif
