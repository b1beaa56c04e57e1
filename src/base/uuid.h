/*
 * rectrack — name-based UUIDs (RFC 4122 version 5: SHA-1 of a namespace
 * UUID and a name), so that the same thing gets the same UUID in every
 * document written about it (docs/oscal.md).
 */
#ifndef RT_UUID_H
#define RT_UUID_H

#include <stddef.h>

/* "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx" and its NUL */
#define RT_UUID_SIZE	37

/*
 * The version 5 UUID of name (n bytes) in namespace ns (a UUID in its
 * text form, either case), in lowercase into out: 0, or -1 (out "")
 * when ns is not a UUID or the hash failed.
 */
int rt_uuid5(const char *ns, const char *name, size_t n,
    char out[RT_UUID_SIZE]);

/*
 * Whether s is a UUID in its text form (8-4-4-4-12 hex digits, either
 * case), and with version set whether its version digit is 4 or 5 and
 * its variant RFC 4122's, as OSCAL asks.
 */
int rt_uuid_valid(const char *s, int version);

#endif
