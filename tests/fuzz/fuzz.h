/*
 * What the libFuzzer harnesses share: the empty database an import
 * goes into, and the check that an error message is one printable line.
 */
#ifndef RT_FUZZ_H
#define RT_FUZZ_H

#include <stdio.h>
#include <stdlib.h>

#include "base/error.h"
#include "store/store.h"

/* The register's name in every empty database (the one init gives in
 * the CLI tests), so that an export names its change sets and UUIDs the
 * same from a copy as from the original. */
#define FUZZ_UID	"0a1b2c3d"

/* An empty database in memory, created as `rectrack init` creates one
 * and named FUZZ_UID. */
static inline struct rt_store *
open_empty(void)
{
	struct rt_store *st;
	struct rt_error *err;

	if ((err = rt_store_open(":memory:", RT_STORE_CREATE, &st)) != NULL) {
		fprintf(stderr, "cannot open :memory:: %s\n", err->msg);
		abort();
	}
	if ((err = rt_store_set_uid(st, FUZZ_UID)) != NULL) {
		fprintf(stderr, "cannot name the register: %s\n", err->msg);
		abort();
	}
	return st;
}

/* Fail when err's message is not one printable line. */
static inline void
check_message(const struct rt_error *err)
{
	const unsigned char *s;

	if (err->code == RT_ENOMEM)
		return;
	for (s = (const unsigned char *)err->msg; *s != '\0'; s++)
		if (*s < 0x20 || *s == 0x7f) {
			fprintf(stderr, "control character 0x%02x in the "
			    "message: %s\n", *s, err->msg);
			abort();
		}
}

#endif
