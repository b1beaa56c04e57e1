/*
 * rectrack — what the OSCAL plan of action and milestones (POA&M)
 * writer and reader share (docs/oscal.md): rectrack's namespace, the
 * UUID every object gets, the risk status a lifecycle status maps to
 * and back, and the encoding that lets any text be a property's value.
 */
#ifndef RT_OSCAL_H
#define RT_OSCAL_H

#include "base/domain.h"
#include "base/uuid.h"

/* The namespace of rectrack's own properties ("ns" of each prop). */
#define RT_OSCAL_NS		"urn:rectrack:oscal"
/* The namespace (a UUID) the registers' namespaces are made in. */
#define RT_OSCAL_NS_UUID	"d9c9a687-f4b4-4546-b728-c282576df69a"
/* The OSCAL release the documents follow. */
#define RT_OSCAL_VERSION	"1.0.6"
/* The class of a property whose value is percent-encoded. */
#define RT_OSCAL_ENCODED	"percent-encoded"

/*
 * The OSCAL namespace of the register named uid (rt_store_uid): the
 * version 5 UUID of "register UID" in RT_OSCAL_NS_UUID.  0, or -1.
 */
int rt_oscal_register_ns(const char *uid, char out[RT_UUID_SIZE]);

/*
 * The UUID of the object of kind (document, issuer, agency, official,
 * actor, report, risk, item, response, milestone, event,
 * register-event, evidence) identified by key: the version 5 UUID of
 * "KIND KEY" in the register's namespace ns.  0, or -1.
 */
int rt_oscal_uuid(const char *ns, const char *kind, const char *key,
    char out[RT_UUID_SIZE]);

/*
 * The risk status a recommendation's status is written as: open,
 * investigating, remediating, closed, deviation-approved (closed, not
 * implemented: the weakness stays).  NULL for an out-of-range value.
 */
const char *rt_oscal_risk_status(int status);

/*
 * The status a risk status of another tool's document is read as:
 * open -> open-pending, investigating -> open-unresolved, remediating
 * and deviation-requested -> open-resolved, closed ->
 * closed-implemented, deviation-approved -> closed-not-implemented.
 * 0, or -1 for any other value.
 */
int rt_oscal_status_parse(const char *risk_status, enum rt_status *out);

/*
 * Whether s may be a property's value as it is (OSCAL's string, as the
 * schema's patterns read it: not empty, no white space at either end,
 * no control character, no U+2028 or U+2029).  A value that fits is
 * written as it is, without a class, "%" and all.
 */
int rt_oscal_prop_fits(const char *s);

/*
 * s percent-encoded, for a property of class RT_OSCAL_ENCODED: "%", the
 * control characters, U+2028 and U+2029, and a white space character
 * at either end become %XX (uppercase hex) byte by byte; everything
 * else, UTF-8 included, stays ("line one%0Aline two"); "" is written
 * "%".  A new string, NULL when out of memory.
 */
char *rt_oscal_prop_encode(const char *s);

/*
 * The text of an encoded value: a new string; NULL when v is not what
 * rt_oscal_prop_encode writes (a "%" not followed by two hex digits,
 * an encoded NUL) or out of memory (*bad then 0; 1 for a bad value).
 */
char *rt_oscal_prop_decode(const char *v, int *bad);

#endif
