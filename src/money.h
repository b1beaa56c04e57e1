/*
 * rectrack — money.  Amounts are stored as integer cents (int64_t) and
 * shown as dollars.
 */
#ifndef RT_MONEY_H
#define RT_MONEY_H

#include <stdint.h>

/*
 * Parse a non-negative dollar amount into cents.  Accepted: "1234",
 * "1234.5", "1234.56", "$1234.56", "1,234.56", "$1,234,567.89"
 * (thousands separators only in the right places), surrounding blanks.
 * Refused (-1): empty, negative, more than two decimals, letters,
 * misplaced commas, amounts over 9,000,000,000,000,000 cents.
 * Returns 0 on success.
 */
int rt_money_parse(const char *s, int64_t *cents);

/* Plain form for files: "1234.56", "0.00".  buf needs 32 bytes. */
void rt_money_format(int64_t cents, char *buf, size_t size);

/* Display form for people: "$1,234.56".  buf needs 32 bytes. */
void rt_money_display(int64_t cents, char *buf, size_t size);

#endif
