#define _DEFAULT_SOURCE		/* TIOCGWINSZ */
#include "cli/term.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/util.h"

static struct {
	int tty;		/* standard output was a terminal */
	size_t width;
	int dumb;		/* TERM=dumb */
	int no_color;		/* NO_COLOR set */
	enum term_when color;
	int wide, no_pager;
	pid_t pager;		/* 0: none running */
} t = { 0, 80, 0, 0, TERM_AUTO, 0, 0, 0 };

/* $COLUMNS when a positive number; 0 else. */
static size_t
env_columns(void)
{
	const char *s = getenv("COLUMNS");
	char *end;
	long n;

	if (s == NULL || *s < '0' || *s > '9')
		return 0;
	n = strtol(s, &end, 10);
	return *end == '\0' && n > 0 && n < 100000 ? (size_t)n : 0;
}

void
term_init(void)
{
	struct winsize ws;
	const char *s;

	t.tty = isatty(STDOUT_FILENO);
	if ((t.width = env_columns()) == 0) {
		t.width = 80;
		if (t.tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
		    ws.ws_col > 0)
			t.width = ws.ws_col;
	}
	s = getenv("TERM");
	t.dumb = s != NULL && strcmp(s, "dumb") == 0;
	t.no_color = getenv("NO_COLOR") != NULL;
}

int
term_when_parse(const char *s, enum term_when *w)
{
	if (s == NULL || strcmp(s, "always") == 0)
		*w = TERM_ALWAYS;
	else if (strcmp(s, "never") == 0)
		*w = TERM_NEVER;
	else if (strcmp(s, "auto") == 0)
		*w = TERM_AUTO;
	else
		return -1;
	return 0;
}

void
term_set_color(enum term_when w)
{
	t.color = w;
}

void
term_set_wide(void)
{
	t.wide = 1;
}

void
term_set_no_pager(void)
{
	t.no_pager = 1;
}

int
term_tty(void)
{
	return t.tty;
}

size_t
term_width(void)
{
	return t.width;
}

int
term_fit(void)
{
	return t.tty && !t.wide;
}

int
term_color(void)
{
	if (t.color != TERM_AUTO)
		return t.color == TERM_ALWAYS;
	return !t.no_color && t.tty && !t.dumb;
}

/* The pager's command; NULL for none. */
static const char *
pager_command(void)
{
	const char *s;

	if ((s = getenv("RECTRACK_PAGER")) == NULL &&
	    (s = getenv("PAGER")) == NULL)
		s = "less";
	if (rt_blank(s) || strcmp(s, "cat") == 0)
		return NULL;
	return s;
}

/*
 * Whether the pager's program can be run: its first word, when it is a
 * plain name or path (no quote, variable, redirection or other shell
 * syntax: then only the shell can tell), found executable as the path
 * or in $PATH.  1 when found or when it cannot be told.
 */
static int
pager_found(const char *cmd, char *name, size_t size)
{
	const char *path, *p;
	char file[4096];
	size_t n, m;

	cmd += strspn(cmd, " \t");
	n = strcspn(cmd, " \t");
	if (n == 0 || n >= size || strcspn(cmd, "'\"\\$`;|&<>(){}*?[]~=#") < n)
		return 1;
	memcpy(name, cmd, n);
	name[n] = '\0';
	/* the shell's own words run what follows them */
	if (strcmp(name, "exec") == 0 || strcmp(name, "eval") == 0 ||
	    strcmp(name, "command") == 0 || strcmp(name, ".") == 0 ||
	    strcmp(name, "cd") == 0)
		return 1;
	if (memchr(name, '/', n) != NULL)
		return access(name, X_OK) == 0;
	if ((path = getenv("PATH")) == NULL)
		path = "/usr/bin:/bin";
	for (p = path;; p += m + 1) {
		m = strcspn(p, ":");
		if (snprintf(file, sizeof(file), "%.*s%s%s", (int)m, p,
		    m ? "/" : "", name) < (int)sizeof(file) &&
		    access(file, X_OK) == 0)
			return 1;
		if (p[m] == '\0')
			return 0;
	}
}

void
term_pager_start(int paged)
{
	char name[256];
	const char *cmd;
	int fd[2];
	pid_t pid;

	if (!paged || !t.tty || t.no_pager || (cmd = pager_command()) == NULL)
		return;
	if (!pager_found(cmd, name, sizeof(name))) {
		fprintf(stderr, "rectrack: the pager \"%s\" is not found; "
		    "writing to the terminal (set RECTRACK_PAGER, or give "
		    "--no-pager)\n", name);
		return;
	}
	fflush(stdout);
	if (pipe(fd) == -1)
		return;
	if ((pid = fork()) == -1) {
		close(fd[0]);
		close(fd[1]);
		return;
	}
	if (pid == 0) {
		dup2(fd[0], STDIN_FILENO);
		close(fd[0]);
		close(fd[1]);
		if (getenv("LESS") == NULL)
			setenv("LESS", "FRX", 1);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	dup2(fd[1], STDOUT_FILENO);
	close(fd[0]);
	close(fd[1]);
	t.pager = pid;
}

int
term_pager_end(void)
{
	int st = 0;

	if (t.pager == 0)
		return 0;
	fflush(stdout);
	close(STDOUT_FILENO);
	while (waitpid(t.pager, &st, 0) == -1 && errno == EINTR)
		;
	t.pager = 0;
	/* the shell could not read the command (2), find or run it (127,
	 * 126): the output is lost */
	return WIFEXITED(st) && (WEXITSTATUS(st) == 2 ||
	    WEXITSTATUS(st) == 126 || WEXITSTATUS(st) == 127) ? -1 : 0;
}

/* East Asian wide and fullwidth characters (2 columns), the common
 * blocks. */
static int
wide_char(unsigned long c)
{
	return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) ||
	    (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) ||
	    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
	    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) ||
	    (c >= 0x1f900 && c <= 0x1f9ff) ||
	    (c >= 0x20000 && c <= 0x3fffd);
}

/* Combining marks (0 columns), the common blocks. */
static int
zero_char(unsigned long c)
{
	return (c >= 0x0300 && c <= 0x036f) || (c >= 0x200b && c <= 0x200f) ||
	    (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe00 && c <= 0xfe0f) ||
	    (c >= 0xfe20 && c <= 0xfe2f);
}

/* The bytes of the character at s and its columns. */
static size_t
char_at(const char *s, size_t *cols)
{
	unsigned long cp;
	size_t n;

	if ((unsigned char)*s < 0x80 || (n = rt_utf8_seq(s, &cp)) == 0) {
		*cols = 1;
		return 1;
	}
	*cols = wide_char(cp) ? 2 : zero_char(cp) ? 0 : 1;
	return n;
}

size_t
term_text_width(const char *s)
{
	size_t w = 0, c;

	while (*s) {
		s += char_at(s, &c);
		w += c;
	}
	return w;
}

size_t
term_text_fit(const char *s, size_t n, size_t width, size_t *used)
{
	size_t i = 0, w = 0, k, c;

	while (i < n && s[i]) {
		k = char_at(s + i, &c);
		if (w + c > width)
			break;
		w += c;
		i += k;
	}
	/* combining marks stay with their character */
	while (i < n && s[i] && (k = char_at(s + i, &c)) && c == 0)
		i += k;
	if (used)
		*used = w;
	return i;
}
