#include "base/chain.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <openssl/evp.h>

static int
put_field(EVP_MD_CTX *ctx, const char *s)
{
	unsigned char head[9];
	uint64_t n;
	int i;

	if (s == NULL) {
		head[0] = 0;
		return EVP_DigestUpdate(ctx, head, 1);
	}
	n = strlen(s);
	head[0] = 1;
	for (i = 0; i < 8; i++)
		head[1 + i] = (unsigned char)(n >> (56 - 8 * i));
	return EVP_DigestUpdate(ctx, head, sizeof(head)) &&
	    EVP_DigestUpdate(ctx, s, n);
}

int
rt_chain_hash(const char *prev, const struct rt_chain_fields *f,
    char out[RT_HASH_SIZE])
{
	static const char tag[] = "rectrack-event-1";
	static const char hex[] = "0123456789abcdef";
	const char *const fields[] = { f->subject, f->at, f->effective,
	    f->actor, f->kind, f->field, f->old, f->new, f->note, f->voids };
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int len = 0, i;
	EVP_MD_CTX *ctx;
	int ok;
	size_t k;

	out[0] = '\0';
	if ((ctx = EVP_MD_CTX_new()) == NULL)
		return -1;
	ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) &&
	    EVP_DigestUpdate(ctx, tag, sizeof(tag) - 1) &&
	    (prev == NULL || EVP_DigestUpdate(ctx, prev, strlen(prev)));
	for (k = 0; ok && k < sizeof(fields) / sizeof(fields[0]); k++)
		ok = put_field(ctx, fields[k]);
	ok = ok && EVP_DigestFinal_ex(ctx, md, &len) && len == 32;
	EVP_MD_CTX_free(ctx);
	if (!ok)
		return -1;
	for (i = 0; i < len; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[2 * len] = '\0';
	return 0;
}

int
rt_chain_hash_valid(const char *s)
{
	size_t i;

	for (i = 0; i < RT_HASH_SIZE - 1; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[i] == '\0';
}
