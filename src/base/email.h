/*
 * rectrack — e-mail addresses as the register keeps them: the plain
 * `local@domain` form people write in a directory, not the whole of RFC
 * 5322 (no display names, comments or quoted local parts).  One '@', a
 * local part that is not empty, a domain of labels separated by dots
 * (at least two labels, none empty), and no spaces, control characters
 * or DEL anywhere.
 */
#ifndef RT_EMAIL_H
#define RT_EMAIL_H

/* 1 when s is an address of the form above, else 0 (also for NULL). */
int rt_email_valid(const char *s);

/* What a refused address is told (static): "expected local@domain, …". */
const char *rt_email_expected(void);

#endif
