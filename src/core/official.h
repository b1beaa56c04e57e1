/*
 * rectrack — officials: the people and offices recommendations are
 * assigned to, with a history of their own.
 *
 * An official has a code (the rules of agency codes: not empty, no
 * '/'), a name, and optionally an e-mail address (local@domain,
 * base/email.h), an agency, a title and the official they report to
 * (never making a cycle).  Adding one writes an `added` event (field
 * code, new the code); `official set` one `field` event per field that
 * changes (name, email, agency, title, reports_to; values as codes);
 * renaming is rt_subject_rename (core/registry.h).  A recommendation's
 * official column holds an official's code.
 *
 * The writing functions run inside the caller's write transaction (rt_
 * store_begin … commit): on an error the caller rolls back, and nothing
 * is changed.  On success *done (initialised here; free with
 * rt_events_free, also after an error) holds the events written.
 */
#ifndef RT_OFFICIAL_H
#define RT_OFFICIAL_H

#include <stddef.h>

#include "core/event.h"
#include "core/rec.h"
#include "store/store.h"

struct rt_error;
struct rt_store;

/*
 * Add official o (code and name required; email, agency, title and
 * reports_to NULL or "" when absent), checked as above: RT_EINVAL for a
 * bad code, name or address, RT_ENOTFOUND (with the nearest codes) for
 * an unknown agency or official reported to, RT_EEXIST for a taken code.
 */
struct rt_error *rt_official_add(struct rt_store *,
    const struct rt_official *o, const struct rt_actor *who,
    struct rt_events *done);

/* official set CODE: name, email, agency, title, reports_to ("" clears
 * all but the name). */
struct rt_error *rt_official_set(struct rt_store *, const char *code,
    const struct rt_change *changes, size_t n, const struct rt_actor *who,
    struct rt_events *done);

/* The fields official set accepts, comma separated (static). */
const char *rt_official_settable(void);

/*
 * The checks of one field's value, as add and set make them (also for
 * an import): NULL when value may be stored for official `code`.  field
 * is one of rt_official_settable(); "" is refused for the name only.
 */
struct rt_error *rt_official_check(struct rt_store *, const char *code,
    const char *field, const char *value);

/*
 * The codes of official `code` and of everyone reporting to them,
 * directly or not, in code order (code first), into *codes (n of them;
 * free each and the array).  RT_ENOTFOUND (with the nearest codes) when
 * there is no such official.
 */
struct rt_error *rt_official_staff(struct rt_store *, const char *code,
    char ***codes, size_t *n);

/* The most characters of an official's name (it goes in messages'
 * headers). */
#define RT_OFFICIAL_NAME_MAX 200

/* Is code an official's code: an agency code (base/code.h) without
 * control characters nor characters that reorder text (core/text.h: it
 * names files, digest --out, and goes in messages)? */
int rt_official_code_ok(const char *code);

/* NULL when code is an official's code, else RT_EINVAL "\"CODE\": not an
 * official code (not empty; no '/', ...)". */
struct rt_error *rt_official_code_check(const char *code);

#endif
