/*
 * rectrack — the OSCAL POA&M reader's private parts (oscal_read.c: the
 * document, its checks, the errors located by JSON path; oscal_yaml.c:
 * the equivalent import document and its places; oscal_own.c: a
 * document rectrack wrote; oscal_foreign.c: another tool's).  Every function returns NULL or an error that names the
 * file and the JSON path ("FILE: PATH: msg").
 */
#ifndef RT_OSCAL_READ_IMPL_H
#define RT_OSCAL_READ_IMPL_H

#include <jansson.h>
#include <stddef.h>

#include "base/util.h"
#include "formats/oscal_read.h"

struct rt_error;

/* A JSON path being walked: "$.plan-of-action-and-milestones.risks[2]". */
struct opath {
	char s[512];
};

/* An object with a UUID, for the references to it. */
struct oref {
	const char *uuid;	/* lowercase copy (owned) */
	json_t *obj;
	char *path;
	size_t order;		/* in the document */
};

/* A property, its value decoded when it is rectrack's. */
struct oprop {
	const char *name;
	char *value;		/* owned */
	char *path;		/* owned */
	int own;		/* in RT_OSCAL_NS */
	int used;
};

struct oprops {
	struct oprop *v;
	size_t n;
};

struct rt_oscal_doc {
	char *name;
	json_t *root;
	json_t *poam;		/* the plan-of-action-and-milestones */
	char *reg;		/* the register prop, NULL: another tool's */
	const struct rt_oscal_opts *opts;
	struct rt_buf yaml;	/* the equivalent import document */
	const char **lines;	/* the JSON path of each of its lines */
	size_t nlines, linecap;
	char *lastpath;		/* the latest path kept (shared by lines) */
	char **paths;		/* every path kept, to free */
	size_t npaths, pathcap;
	struct oref *refs;	/* by uuid */
	size_t nrefs;
	int nomem;		/* sticky: writing failed */
	char first[512];	/* the path of the next key's line, when */
	int have_first;		/* an object (ow_begin) starts there */
};

/* ---- oscal_read.c ---- */

/* path with ".key" / "[i]" appended, into out. */
void op_key(struct opath *out, const struct opath *path, const char *key);
void op_idx(struct opath *out, const struct opath *path, size_t i);

/* An error at path: "NAME: PATH: msg". */
struct rt_error *od_err(const struct rt_oscal_doc *d, const char *path,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));
struct rt_error *od_nomem(void);

/* Member key of obj as an object/array/text; *out NULL when absent.
 * Present but of another type, or absent when required: refused. */
struct rt_error *od_object(const struct rt_oscal_doc *d, json_t *obj,
    const struct opath *path, const char *key, int required, json_t **out);
struct rt_error *od_array(const struct rt_oscal_doc *d, json_t *obj,
    const struct opath *path, const char *key, int required, json_t **out);
struct rt_error *od_text(const struct rt_oscal_doc *d, json_t *obj,
    const struct opath *path, const char *key, int required,
    const char **out);

/* The object whose uuid is uuid (either case), NULL when none. */
const struct oref *od_ref(const struct rt_oscal_doc *d, const char *uuid);

/* The props of obj (at path), rectrack's decoded; a prop that is not an
 * object with a name and a value text, or a bad encoding: refused. */
struct rt_error *od_props(const struct rt_oscal_doc *d, json_t *obj,
    const struct opath *path, struct oprops *ps);
void od_props_free(struct oprops *ps);
/* rectrack's prop name (the first not yet used), marked used; NULL. */
struct oprop *od_prop(struct oprops *ps, const char *name);
/* rectrack's props of ps not used: refused as unknown (expected). */
struct rt_error *od_props_unused(const struct rt_oscal_doc *d,
    const struct oprops *ps, const char *expected);

/* ---- oscal_yaml.c ---- */

/* Write to the equivalent document, each line located at path. */
void ow_line(struct rt_oscal_doc *d, int indent, const char *text,
    const char *path);
/* "-": an object of a list starts, located at path (the line of its
 * first key, where the YAML reader places the object). */
void ow_begin(struct rt_oscal_doc *d, int indent, const char *path);
/* "key:" then the value, quoted, on the next line. */
void ow_kv(struct rt_oscal_doc *d, int indent, const char *key,
    const char *keypath, const char *value, const char *path);
void ow_str(struct rt_oscal_doc *d, int indent, const char *key,
    const char *value, const char *path);
/* "- " and the value quoted, one item of a list of texts. */
void ow_item(struct rt_oscal_doc *d, int indent, const char *value,
    const char *path);
/* A prop as the import key `key` ("a-b" read "a_b" when NULL). */
void ow_prop(struct rt_oscal_doc *d, int indent, const struct oprop *p,
    const char *key);

/* The date of an OSCAL date-time (or a date) as it is written, the
 * day of its own time zone (a deadline "2024-06-30T23:59:59-04:00" is
 * June 30); 0, or -1 when s is not one. */
int od_date(const char *s, char out[11]);

/* ---- oscal_own.c, oscal_foreign.c ---- */

/* Write the equivalent import document of a rectrack document / of
 * another tool's. */
struct rt_error *od_own(struct rt_oscal_doc *d);
struct rt_error *od_foreign(struct rt_oscal_doc *d);

#endif
