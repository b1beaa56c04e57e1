/*
 * rectrack — handing a message to sendmail -t: posix_spawn with a pipe
 * on its standard input.
 */
#include "cli/sendmail.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/error.h"

extern char **environ;

/* Start path -t -i reading from fd; its pid in *pid or an errno. */
static int
sm_start(const char *path, int fd, int other, pid_t *pid)
{
	char *argv[] = { (char *)path, (char *)"-t", (char *)"-i", NULL };
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	sigset_t none, pipe;
	int rc;

	if ((rc = posix_spawn_file_actions_init(&fa)) != 0)
		return rc;
	if ((rc = posix_spawnattr_init(&at)) != 0) {
		posix_spawn_file_actions_destroy(&fa);
		return rc;
	}
	sigemptyset(&none);
	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	if ((rc = posix_spawn_file_actions_adddup2(&fa, fd, 0)) == 0 &&
	    (rc = posix_spawn_file_actions_addclose(&fa, fd)) == 0 &&
	    (rc = posix_spawn_file_actions_addclose(&fa, other)) == 0 &&
	    (rc = posix_spawnattr_setsigmask(&at, &none)) == 0 &&
	    (rc = posix_spawnattr_setsigdefault(&at, &pipe)) == 0 &&
	    (rc = posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK |
	    POSIX_SPAWN_SETSIGDEF)) == 0)
		rc = strchr(path, '/') != NULL ?
		    posix_spawn(pid, path, &fa, &at, argv, environ) :
		    posix_spawnp(pid, path, &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	return rc;
}

/* Write the message to fd with SIGPIPE held (and any it raised
 * discarded); 0, or the errno of the write that failed. */
static int
sm_feed(int fd, const char *msg, size_t len)
{
	sigset_t pipe, old, pending;
	struct timespec zero = { 0, 0 };
	ssize_t n;
	int rc = 0;

	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	sigprocmask(SIG_BLOCK, &pipe, &old);
	while (len > 0) {
		n = write(fd, msg, len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			rc = n == -1 ? errno : EIO;
			break;
		}
		msg += n;
		len -= (size_t)n;
	}
	if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) &&
	    !sigismember(&old, SIGPIPE))
		while (sigtimedwait(&pipe, NULL, &zero) == -1 && errno == EINTR)
			;
	sigprocmask(SIG_SETMASK, &old, NULL);
	return rc;
}

/* Can file f be run: 0, or the errno saying why not. */
static int
sm_runnable(const char *f)
{
	struct stat sb;

	if (stat(f, &sb) == -1)
		return errno;
	if (!S_ISREG(sb.st_mode))
		return EACCES;
	return access(f, X_OK) == -1 ? errno : 0;
}

/*
 * Whether path can be run, looked for in PATH when it has no '/': 0, or
 * the errno.  Asked before the spawn, since a spawn that cannot exec is
 * not reported the same way everywhere (under a debugger or valgrind,
 * the child exits 127 instead).
 */
static int
sm_check(const char *path)
{
	const char *dirs, *end;
	char buf[4096];
	int rc = ENOENT, r;

	if (strchr(path, '/') != NULL)
		return sm_runnable(path);
	if ((dirs = getenv("PATH")) == NULL || *dirs == '\0')
		dirs = "/usr/bin:/bin";
	for (; rc != 0; dirs = end + 1) {
		end = strchr(dirs, ':');
		if (end == NULL)
			end = dirs + strlen(dirs);
		if (snprintf(buf, sizeof(buf), "%.*s/%s", (int)(end - dirs),
		    end == dirs ? "." : dirs, path) < (int)sizeof(buf) &&
		    (r = sm_runnable(buf)) != ENOENT)
			rc = r;
		if (*end == '\0')
			break;
	}
	return rc;
}

struct rt_error *
cli_sendmail(const char *path, const char *msg, size_t len)
{
	int fds[2], rc, wrc, status;
	pid_t pid, w;

	if ((rc = sm_check(path)) != 0)
		return rt_error_new(RT_EIO, "cannot run %s: %s", path,
		    strerror(rc));
	if (pipe(fds) == -1)
		return rt_error_new(RT_EIO, "cannot run %s: %s", path,
		    strerror(errno));
	if ((rc = sm_start(path, fds[0], fds[1], &pid)) != 0) {
		close(fds[0]);
		close(fds[1]);
		return rt_error_new(RT_EIO, "cannot run %s: %s", path,
		    strerror(rc));
	}
	close(fds[0]);
	wrc = sm_feed(fds[1], msg, len);
	close(fds[1]);
	while ((w = waitpid(pid, &status, 0)) == -1 && errno == EINTR)
		;
	if (w == -1)
		return rt_error_new(RT_EIO, "cannot wait for %s: %s", path,
		    strerror(errno));
	if (WIFSIGNALED(status))
		return rt_error_new(RT_EIO, "%s was killed by signal %d (%s)",
		    path, WTERMSIG(status), strsignal(WTERMSIG(status)));
	if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
		return rt_error_new(RT_EIO, "%s exited with status %d", path,
		    WEXITSTATUS(status));
	if (wrc == EPIPE)
		return rt_error_new(RT_EIO, "%s stopped reading the message",
		    path);
	if (wrc != 0)
		return rt_error_new(RT_EIO, "cannot write the message to %s: "
		    "%s", path, strerror(wrc));
	return NULL;
}
