/*
 * measure — run a command, report its wall time and peak resident size.
 *
 *     measure [-n COUNT] [-o FILE] -- COMMAND [ARG...]
 *
 * Runs COMMAND COUNT times (default 1), its output to FILE (default
 * /dev/null), and prints "SECONDS KB": the mean wall time of one run and
 * the largest peak resident size of any run.  Exits 1 when a run fails.
 */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	const char *out = "/dev/null";
	struct timespec a, b;
	struct rusage ru;
	long maxkb = 0;
	double total = 0;
	int i, n = 1, ch, status;
	pid_t pid;

	while ((ch = getopt(argc, argv, "n:o:")) != -1) {
		if (ch == 'n')
			n = atoi(optarg);
		else if (ch == 'o')
			out = optarg;
		else
			return 2;
	}
	if (optind >= argc || n < 1) {
		fprintf(stderr, "usage: measure [-n COUNT] [-o FILE] -- "
		    "COMMAND [ARG...]\n");
		return 2;
	}
	for (i = 0; i < n; i++) {
		clock_gettime(CLOCK_MONOTONIC, &a);
		if ((pid = fork()) == -1) {
			perror("measure: fork");
			return 1;
		}
		if (pid == 0) {
			int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);

			if (fd == -1 || dup2(fd, 1) == -1) {
				perror(out);
				_exit(127);
			}
			execvp(argv[optind], argv + optind);
			perror(argv[optind]);
			_exit(127);
		}
		if (wait4(pid, &status, 0, &ru) == -1) {
			perror("measure: wait");
			return 1;
		}
		clock_gettime(CLOCK_MONOTONIC, &b);
		total += (double)(b.tv_sec - a.tv_sec) +
		    (double)(b.tv_nsec - a.tv_nsec) / 1e9;
		if (ru.ru_maxrss > maxkb)
			maxkb = ru.ru_maxrss;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			fprintf(stderr, "measure: %s failed (status %d)\n",
			    argv[optind], status);
			return 1;
		}
	}
	printf("%.4f %ld\n", total / n, maxkb);
	return 0;
}
