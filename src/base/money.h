/*
 * rectrack — money.  Amounts are stored as integer cents (int64_t) and
 * shown as dollars.
 */
#ifndef RT_MONEY_H
#define RT_MONEY_H

#include <stddef.h>
#include <stdint.h>

struct rt_error;

/*
 * The largest amount rectrack takes, in cents: one quadrillion dollars.
 * A sum of amounts (a summary's total, a table of the semiannual
 * report) holds up to INT64_MAX cents, $92,233,720,368,547,758.07, that
 * is at least 92 amounts of the largest size; a sum that would go past
 * it is an error (rt_money_add), never a wrapped total.
 */
#define RT_MONEY_MAX		INT64_C(100000000000000000)
/* RT_MONEY_MAX for messages. */
#define RT_MONEY_MAX_TEXT	"$1,000,000,000,000,000.00"
/* INT64_MAX cents for messages. */
#define RT_MONEY_SUM_MAX_TEXT	"$92,233,720,368,547,758.07"

/*
 * Parse a non-negative dollar amount into cents.  Accepted: "1234",
 * "1234.5", "1234.56", "$1234.56", "1,234.56", "$1,234,567.89"
 * (thousands separators only in the right places), surrounding blanks.
 * Refused (-1): empty, negative, more than two decimals, letters,
 * misplaced commas, amounts over RT_MONEY_MAX.  Returns 0 on success.
 */
int rt_money_parse(const char *s, int64_t *cents);

/*
 * What to tell about a text rt_money_parse refused: "at most
 * $1,000,000,000,000,000.00" for a well-written amount over RT_MONEY_MAX,
 * "e.g. 1234.56" otherwise (static).
 */
const char *rt_money_hint(const char *s);

/*
 * *sum += cents, checked: returns -1 and leaves *sum as it was when the
 * result would not fit in an int64_t, 0 otherwise.
 */
int rt_money_add(int64_t *sum, int64_t cents);

/* The error of a sum that rt_money_add refused (RT_EINVAL). */
struct rt_error *rt_money_sum_error(void);

/* Plain form for files: "1234.56", "0.00".  buf needs 32 bytes. */
void rt_money_format(int64_t cents, char *buf, size_t size);

/* Display form for people: "$1,234.56".  buf needs 32 bytes. */
void rt_money_display(int64_t cents, char *buf, size_t size);

#endif
