/*
 * rectrack — a digest as an e-mail message (formats/mail.h): To the
 * official, Cc as core/digest.h worked out, a Subject counting the
 * groups, a text/plain body with one aligned list per group of the
 * working queue, and the same items as a CSV attachment
 * (due-CODE-DATE.csv: group, id, agency, official, status, target_date,
 * issued, days, text; CR LF, the formula guard of csv.h).
 *
 * The message depends only on the digest, the settings and the instant
 * given: the same clock gives the same bytes.
 */
#ifndef RT_FORMATS_DIGEST_H
#define RT_FORMATS_DIGEST_H

struct rt_buf;
struct rt_config;
struct rt_digest;
struct rt_digests;
struct rt_error;

/*
 * The message of digest d (one of ds) into out: from
 * cfg->follow_up.from (required: RT_EINVAL when not set), dated
 * `instant` ("YYYY-MM-DDTHH:MM:SSZ"), its Message-ID seeded with the
 * register's name `uid`, the official's code and the instant.  The
 * official must have an address (RT_EINVAL otherwise).  Errors: those
 * of rt_mail_build, RT_ENOMEM.
 */
struct rt_error *rt_digest_message(const struct rt_digests *ds,
    const struct rt_digest *d, const struct rt_config *cfg,
    const char *instant, const char *uid, struct rt_buf *out);

/* The Subject of d's message into b; -1 when out of memory. */
int rt_digest_subject(const struct rt_digests *ds, const struct rt_digest *d,
    struct rt_buf *b);

#endif
