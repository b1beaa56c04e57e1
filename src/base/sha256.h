/*
 * rectrack — a SHA-256 computed piece by piece (OpenSSL libcrypto), for
 * files streamed in and out: evidence files, read, stored, written back
 * and re-hashed on the way without ever being whole in memory.
 */
#ifndef RT_SHA256_H
#define RT_SHA256_H

#include <stddef.h>

#include "base/chain.h"

struct rt_error;

/* A SHA-256 being computed; ctx NULL once it failed or ended. */
struct rt_sha256 {
	void *ctx;
};

/* Start h: NULL, or an RT_ENOMEM error (h is then failed). */
struct rt_error *rt_sha256_start(struct rt_sha256 *h);

/* Add n bytes at p; a failure of the library marks h failed. */
void rt_sha256_add(struct rt_sha256 *h, const void *p, size_t n);

/*
 * The hash of what was added, in lowercase hex into out, and h freed:
 * 0, or -1 (out "") when h failed.  Safe to call again: -1.
 */
int rt_sha256_end(struct rt_sha256 *h, char out[RT_HASH_SIZE]);

#endif
