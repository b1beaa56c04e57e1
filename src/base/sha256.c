#include "base/sha256.h"

#include <stdio.h>

#include <openssl/evp.h>

#include "base/error.h"

struct rt_error *
rt_sha256_start(struct rt_sha256 *h)
{
	EVP_MD_CTX *ctx;

	if ((ctx = EVP_MD_CTX_new()) == NULL ||
	    !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
		EVP_MD_CTX_free(ctx);
		h->ctx = NULL;
		return rt_error_new(RT_ENOMEM, "cannot compute a SHA-256");
	}
	h->ctx = ctx;
	return NULL;
}

void
rt_sha256_add(struct rt_sha256 *h, const void *p, size_t n)
{
	if (h->ctx != NULL && n > 0 && !EVP_DigestUpdate(h->ctx, p, n)) {
		EVP_MD_CTX_free(h->ctx);
		h->ctx = NULL;
	}
}

int
rt_sha256_end(struct rt_sha256 *h, char out[RT_HASH_SIZE])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int len = 0, i;
	int ok;

	out[0] = '\0';
	if (h->ctx == NULL)
		return -1;
	ok = EVP_DigestFinal_ex(h->ctx, md, &len) && len == 32;
	EVP_MD_CTX_free(h->ctx);
	h->ctx = NULL;
	if (!ok)
		return -1;
	for (i = 0; i < len; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	return 0;
}
