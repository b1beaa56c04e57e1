/*
 * rectrack — codes of the register's reference rows (agencies,
 * officials): what a code may be, and a code made from a name.
 *
 * A code is not empty (nor only blanks) and holds no '/', which writes
 * the agency tree's paths.  A derived code is made of lowercase ASCII
 * letters, digits and '-', at most RT_CODE_DERIVED_MAX bytes: the
 * words of the name (runs of ASCII letters and digits), where a word
 * in capitals ("CBP") or with digits is kept whole, and a run of
 * other words between them is written by its initials when it has
 * three words or more ("Office of Field Operations": "ofo"; the small
 * words of, the, and, for, on, in, at, to, a and an left out), else
 * by the words themselves ("Jane Smith": "jane-smith"); the parts are
 * joined by '-' ("CBP Office of Field Operations": "cbp-ofo").  A name
 * with no such word gives "official".  A code that is taken gets the
 * suffix -2, -3, … (the base shortened to keep the limit).
 */
#ifndef RT_CODE_H
#define RT_CODE_H

#include <stddef.h>

#define RT_CODE_DERIVED_MAX 32

/* 1 when code is a code as above, else 0 (also for NULL). */
int rt_code_valid(const char *code);

/*
 * The code derived from name into out (RT_CODE_DERIVED_MAX + 1 bytes),
 * the first one for which taken(code, arg) returns 0 (taken may be NULL:
 * nothing is taken).  Returns 0, or -1 when every suffix up to 9999 is
 * taken.
 */
int rt_code_derive(const char *name, int (*taken)(const char *, void *),
    void *arg, char out[RT_CODE_DERIVED_MAX + 1]);

/*
 * Codes for n free texts at once (the upgrade that makes officials of
 * them), into codes[i] for texts[i]: a text already in the derived form
 * ("cbp-ofo") keeps it when not taken; the others are derived, never
 * onto a code taken(code, arg) reports, given to another text here, or
 * equal to any of the texts (so that no text can be mistaken for the
 * code of another).  Returns 0, or -1 as rt_code_derive.
 */
int rt_code_derive_all(const char *const *texts, size_t n,
    int (*taken)(const char *, void *), void *arg,
    char (*codes)[RT_CODE_DERIVED_MAX + 1]);

#endif
