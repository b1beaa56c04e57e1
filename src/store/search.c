/*
 * rectrack — what the backends share about full-text search: the words
 * of a text as the search index splits them.
 */
#include <ctype.h>
#include <stddef.h>

#include "base/util.h"
#include "store/store.h"

/*
 * Whether a character is part of a word: letters, digits and marks
 * (unicode61's "L* N* Co" and, removing diacritics, the marks).  Outside
 * ASCII this is an approximation by blocks: punctuation, symbols,
 * arrows, shapes and emoji separate words, anything else is a letter.
 */
static int
word_char(unsigned long c)
{
	if (c < 0x80)
		return isalnum((int)c);
	if (c <= 0xbf)
		return c == 0xaa || c == 0xb2 || c == 0xb3 || c == 0xb5 ||
		    c == 0xb9 || c == 0xba || (c >= 0xbc && c <= 0xbe);
	if (c == 0xd7 || c == 0xf7 || c == 0xfffd)
		return 0;
	if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) ||
	    (c >= 0x2190 && c <= 0x245f) || (c >= 0x2500 && c <= 0x2bff) ||
	    (c >= 0x2e00 && c <= 0x2e7f) || (c >= 0x3000 && c <= 0x3003) ||
	    (c >= 0x3008 && c <= 0x3020) || (c >= 0xfe10 && c <= 0xfe1f) ||
	    (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff01 && c <= 0xff0f) ||
	    (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) ||
	    (c >= 0xff5b && c <= 0xff65) || (c >= 0xfff0 && c <= 0xfffc) ||
	    (c >= 0x1f000 && c <= 0x1faff))
		return 0;
	return 1;
}

/* The character at s[i] (of n bytes): its length, *c its code point;
 * a byte that does not start a UTF-8 sequence (overlong forms, lone
 * continuation bytes, surrogates) is one character that separates
 * words, as FTS5 reads it (U+FFFD). */
static size_t
char_at(const char *s, size_t n, size_t i, unsigned long *c)
{
	size_t len;

	if ((unsigned char)s[i] < 0x80) {
		*c = (unsigned char)s[i];
		return 1;
	}
	if ((len = rt_utf8_seq(s + i, c)) == 0 || len > n - i) {
		*c = 0xfffd;
		return 1;
	}
	return len;
}

int
rt_search_word_next(const char *s, size_t n, size_t *at, size_t *start,
    size_t *end)
{
	size_t i = *at, len;
	unsigned long c;

	while (i < n) {
		len = char_at(s, n, i, &c);
		if (word_char(c))
			break;
		i += len;
	}
	if (i >= n) {
		*at = n;
		return 0;
	}
	*start = i;
	do {
		i += len;
		if (i >= n)
			break;
		len = char_at(s, n, i, &c);
	} while (word_char(c));
	*end = i;
	*at = i;
	return 1;
}
