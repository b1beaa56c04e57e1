/*
 * Handing a message to sendmail -t: stub programs written into a
 * temporary folder stand in for sendmail.  sendmail.c is of the
 * program's layer (src/cli), which the tests do not link: it is
 * compiled in here.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

#include "base/error.h"
#include "cli/sendmail.c"

struct fx {
	char dir[32];
	char path[128];		/* the stub */
};

static volatile sig_atomic_t got_pipe;

static void
on_pipe(int sig)
{
	(void)sig;
	got_pipe = 1;
}

static int
setup(void **state)
{
	struct fx *fx = calloc(1, sizeof(*fx));
	struct sigaction sa;

	if (fx == NULL)
		return -1;
	strcpy(fx->dir, "/tmp/rt_sendmail_XXXXXX");
	if (mkdtemp(fx->dir) == NULL)
		return -1;
	snprintf(fx->path, sizeof(fx->path), "%s/sendmail", fx->dir);
	/* as main() does: SIGPIPE sets a flag */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_pipe;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGPIPE, &sa, NULL);
	got_pipe = 0;
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;
	char cmd[96];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	assert_int_equal(system(cmd), 0);
	free(fx);
	return 0;
}

/* The stub: a shell script of the text given, executable unless mode
 * says otherwise. */
static void
stub(struct fx *fx, const char *script, mode_t mode)
{
	FILE *fp = fopen(fx->path, "w");

	assert_non_null(fp);
	fprintf(fp, "#!/bin/sh\n%s\n", script);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(chmod(fx->path, mode), 0);
}

/* The whole of a file (freed by the caller), its length in *len. */
static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *s;
	long n;

	assert_non_null(fp);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	n = ftell(fp);
	rewind(fp);
	s = malloc((size_t)n + 1);
	assert_non_null(s);
	assert_int_equal(fread(s, 1, (size_t)n, fp), (size_t)n);
	s[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return s;
}

/* A message of n bytes: lines of text, one of them a single ".". */
static char *
message(size_t n)
{
	char *s = malloc(n + 1);
	size_t i;

	assert_non_null(s);
	for (i = 0; i < n; i++)
		s[i] = (char)(i % 64 == 63 ? '\n' : 'a' + i % 26);
	memcpy(s, "To: a@example.gov\r\n\r\n.\r\n", 24);
	s[n] = '\0';
	return s;
}

/* sendmail gets -t -i and the whole message, however long. */
static void
test_sendmail_delivers(void **state)
{
	struct fx *fx = *state;
	char script[512], path[96], *msg, *got;
	size_t len;

	snprintf(script, sizeof(script), "printf '%%s\\n' \"$@\" > '%s/args'\n"
	    "cat > '%s/in'", fx->dir, fx->dir);
	stub(fx, script, 0755);
	msg = message(300000);
	ok(cli_sendmail(fx->path, msg, strlen(msg)));
	snprintf(path, sizeof(path), "%s/args", fx->dir);
	got = slurp(path, &len);
	assert_string_equal(got, "-t\n-i\n");
	free(got);
	snprintf(path, sizeof(path), "%s/in", fx->dir);
	got = slurp(path, &len);
	assert_int_equal(len, strlen(msg));
	assert_memory_equal(got, msg, len);
	free(got);
	free(msg);
	assert_int_equal(got_pipe, 0);
}

/* A failure of sendmail names its exit status or signal. */
static void
test_sendmail_fails(void **state)
{
	struct fx *fx = *state;
	char want[256];

	stub(fx, "cat > /dev/null; exit 75", 0755);
	snprintf(want, sizeof(want), "%s exited with status 75", fx->path);
	expect(cli_sendmail(fx->path, "x\r\n", 3), RT_EIO, want);

	stub(fx, "kill -TERM $$", 0755);
	snprintf(want, sizeof(want), "%s was killed by signal %d (%s)",
	    fx->path, SIGTERM, strsignal(SIGTERM));
	expect(cli_sendmail(fx->path, "x\r\n", 3), RT_EIO, want);
	assert_int_equal(got_pipe, 0);
}

/* A sendmail that stops reading: the message failed, whether it exits
 * with 0 or not, and rectrack sees no SIGPIPE. */
static void
test_sendmail_stops_reading(void **state)
{
	struct fx *fx = *state;
	char want[256], *msg = message(1 << 20);

	stub(fx, "exit 0", 0755);
	snprintf(want, sizeof(want), "%s stopped reading the message",
	    fx->path);
	expect(cli_sendmail(fx->path, msg, strlen(msg)), RT_EIO, want);
	assert_int_equal(got_pipe, 0);

	stub(fx, "exit 1", 0755);
	snprintf(want, sizeof(want), "%s exited with status 1", fx->path);
	expect(cli_sendmail(fx->path, msg, strlen(msg)), RT_EIO, want);
	assert_int_equal(got_pipe, 0);
	free(msg);
}

/* A program that cannot be started. */
static void
test_sendmail_cannot_run(void **state)
{
	struct fx *fx = *state;
	char want[256], missing[96];

	snprintf(missing, sizeof(missing), "%s/no-sendmail", fx->dir);
	snprintf(want, sizeof(want), "cannot run %s: No such file or "
	    "directory", missing);
	expect(cli_sendmail(missing, "x\r\n", 3), RT_EIO, want);

	expect(cli_sendmail("rt-no-such-sendmail", "x\r\n", 3), RT_EIO,
	    "cannot run rt-no-such-sendmail: No such file or directory");

	stub(fx, "exit 0", 0644);
	snprintf(want, sizeof(want), "cannot run %s: Permission denied",
	    fx->path);
	expect(cli_sendmail(fx->path, "x\r\n", 3), RT_EIO, want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_sendmail_delivers, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_sendmail_fails, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_sendmail_stops_reading,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_sendmail_cannot_run, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
