/*
 * rectrack — handing a message to the local mail system: `PATH -t -i`
 * (sendmail(8) and its equivalents: the recipients are read from the
 * message's To, Cc and Bcc, a line of a single "." does not end it),
 * the message on its standard input.  No shell runs: the program is
 * started directly, so its path needs no quoting.
 */
#ifndef RT_CLI_SENDMAIL_H
#define RT_CLI_SENDMAIL_H

#include <stddef.h>

struct rt_error;

/* The program run when the configuration names none. */
#define CLI_SENDMAIL_PATH "/usr/sbin/sendmail"

/*
 * Run `path -t -i` (a path without "/" is looked for in PATH) with the
 * len bytes of msg on its standard input, and wait for it.  NULL when
 * it read the whole message and exited with status 0; otherwise RT_EIO:
 * "cannot run PATH: REASON" when it cannot be started, "PATH exited
 * with status N", "PATH was killed by signal N (NAME)", or "PATH
 * stopped reading the message" when it exited with status 0 before the
 * end of it.  A program that stops reading raises no SIGPIPE in
 * rectrack (the signal is held while writing and then discarded).
 */
struct rt_error *cli_sendmail(const char *path, const char *msg, size_t len);

#endif
