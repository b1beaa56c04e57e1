/*
 * rectrack — e-mail addresses as the register keeps them: the plain
 * `local@domain` form people write in a directory, not the whole of RFC
 * 5322 (no display names, comments or quoted local parts).  One '@'; a
 * local part of at most 64 octets made of RFC 5322's atom characters
 * (letters, digits and !#$%&'*+-/=?^_`{|}~) with single dots between
 * them; a domain of two labels or more, separated by dots, each of
 * letters, digits and '-' (not first or last); ASCII only, at most 254
 * octets in all.  Nothing that could change the recipients of a
 * message ("<", ">", ",", blanks, controls) gets through.
 */
#ifndef RT_EMAIL_H
#define RT_EMAIL_H

/* 1 when s is an address of the form above, else 0 (also for NULL). */
int rt_email_valid(const char *s);

/* What a refused address is told (static): "expected local@domain, …". */
const char *rt_email_expected(void);

#endif
