/* rectrack — name-based UUIDs (RFC 4122, version 5). */
#include "base/uuid.h"

#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>

#include "base/util.h"

int
rt_uuid_valid(const char *s, int version)
{
	size_t i;

	if (s == NULL || strlen(s) != RT_UUID_SIZE - 1)
		return 0;
	for (i = 0; i < RT_UUID_SIZE - 1; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return 0;
		} else if (rt_hexval((unsigned char)s[i]) < 0)
			return 0;
	}
	if (version && ((s[14] != '4' && s[14] != '5') ||
	    strchr("89abAB", s[19]) == NULL))
		return 0;
	return 1;
}

int
rt_uuid5(const char *ns, const char *name, size_t n, char out[RT_UUID_SIZE])
{
	unsigned char bin[16], md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	EVP_MD_CTX *ctx;
	size_t i, j;
	int ok;

	out[0] = '\0';
	if (!rt_uuid_valid(ns, 0))
		return -1;
	for (i = j = 0; j < 16; i++) {
		if (ns[i] == '-')
			continue;
		bin[j++] = (unsigned char)(rt_hexval((unsigned char)ns[i]) << 4 |
		    rt_hexval((unsigned char)ns[i + 1]));
		i++;
	}
	if ((ctx = EVP_MD_CTX_new()) == NULL)
		return -1;
	ok = EVP_DigestInit_ex(ctx, EVP_sha1(), NULL) == 1 &&
	    EVP_DigestUpdate(ctx, bin, sizeof(bin)) == 1 &&
	    EVP_DigestUpdate(ctx, name, n) == 1 &&
	    EVP_DigestFinal_ex(ctx, md, &mdlen) == 1 && mdlen >= 16;
	EVP_MD_CTX_free(ctx);
	if (!ok)
		return -1;
	md[6] = (unsigned char)((md[6] & 0x0f) | 0x50);
	md[8] = (unsigned char)((md[8] & 0x3f) | 0x80);
	snprintf(out, RT_UUID_SIZE, "%02x%02x%02x%02x-%02x%02x-%02x%02x-"
	    "%02x%02x-%02x%02x%02x%02x%02x%02x", md[0], md[1], md[2], md[3],
	    md[4], md[5], md[6], md[7], md[8], md[9], md[10], md[11], md[12],
	    md[13], md[14], md[15]);
	return 0;
}
