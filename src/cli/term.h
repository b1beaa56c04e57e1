/*
 * rectrack — facts about the terminal the output goes to (front end
 * only): its width, whether output is coloured, the pager; and the
 * width of text as a terminal shows it.
 *
 * term_init() looks at standard output once, at the start, before the
 * pager may replace it with a pipe: everything after asks what it saw
 * then ("standard output was a terminal").
 */
#ifndef RT_TERM_H
#define RT_TERM_H

#include <stddef.h>

/* --color WHEN */
enum term_when { TERM_AUTO, TERM_ALWAYS, TERM_NEVER };

/* Look at standard output and the environment (COLUMNS, NO_COLOR,
 * TERM).  Call before anything is written. */
void term_init(void);
/* "always", "never" or "auto" (NULL, a bare --color: always) into *w;
 * -1 for anything else. */
int term_when_parse(const char *s, enum term_when *w);
/* The options: --color[=WHEN], --wide, --no-pager (the last given
 * --color wins). */
void term_set_color(enum term_when);
void term_set_wide(void);
void term_set_no_pager(void);

/* Standard output was a terminal. */
int term_tty(void);
/* The width: $COLUMNS when a positive number, else the terminal's, else
 * 80. */
size_t term_width(void);
/* Tables and texts written to standard output are fitted to the width:
 * it was a terminal and --wide was not given. */
int term_fit(void);
/* Output to standard output is coloured: --color=always; else not with
 * --color=never or NO_COLOR set; else only on a terminal whose TERM is
 * not "dumb". */
int term_color(void);

/*
 * The pager (as git does it): when standard output is a terminal, paged
 * is set and neither --no-pager, RECTRACK_PAGER set empty nor (without
 * RECTRACK_PAGER) PAGER set empty says no, run $RECTRACK_PAGER, else
 * $PAGER, else "less" (with LESS=FRX when LESS is unset) through
 * /bin/sh -c, standard output going to it.  A pager of "cat" is none.
 * A pager whose program (its first word, when plain) is not found is
 * not started: a message says so and the output goes to the terminal.
 * term_pager_end() flushes standard output, closes it and waits for the
 * pager: -1 when the shell could not read or run it (exit 2, 126 or
 * 127: the output was lost), else 0.
 */
void term_pager_start(int paged);
int term_pager_end(void);

/* Columns the UTF-8 text s takes on a terminal: a character 1, an East
 * Asian wide one 2, a combining mark 0. */
size_t term_text_width(const char *s);
/* The bytes of the longest beginning of s (n bytes) that takes at most
 * width columns, never inside a character; *used gets its columns. */
size_t term_text_fit(const char *s, size_t n, size_t width, size_t *used);

#endif
