/*
 * rectrack — the OSCAL POA&M export's insides, shared by its two files:
 * oscal_export.c (the pieces, the first walk, the metadata, the
 * observations, the document) and oscal_risks.c (the risks, the
 * poam-items, the back matter).  Not for other modules.
 */
#ifndef RT_OSCAL_EXPORT_IMPL_H
#define RT_OSCAL_EXPORT_IMPL_H

#include <stddef.h>

#include "base/chain.h"
#include "base/uuid.h"
#include "core/formers.h"
#include "formats/json.h"

struct rt_error;
struct rt_filter;
struct rt_oscal_export_opts;
struct rt_rec;
struct rt_store;

/* A set of strings in the order first added (few: the actors). */
struct names {
	char **v;
	size_t n, cap;
};

/* An evidence file the exported history cites, and its first name. */
struct cite {
	char hash[RT_HASH_SIZE];
	char *name;
};

struct ox {
	struct rt_store *st;
	const struct rt_filter *f;
	const struct rt_oscal_export_opts *o;
	struct rt_json j;
	char ns[RT_UUID_SIZE];		/* the register's namespace */
	struct rt_error *err;		/* the first error */
	/* what the first walk found */
	struct names actors;
	struct names reports;		/* the numbers written, sorted */
	struct cite *cites;
	size_t ncites, capcites;
	size_t nrecs, nsubjects;
	/* while writing */
	int props;			/* a props array is open */
	int entries;			/* the risk-log's entries are open */
	int resources;			/* the back matter is open */
	struct rt_formers agencies, officials;
};

/* Set x->err to "out of memory" (unless already set). */
void ox_fail_nomem(struct ox *x);
/* The UUID of (kind, key) in the register's namespace into out. */
void ox_uuid_of(struct ox *x, const char *kind, const char *key,
    char out[RT_UUID_SIZE]);
/* "key": s (nothing when s is NULL); "key": UUID(kind, k); "key": and an
 * open object (seq RT_JSON_OBJECT) or array. */
void ox_key_str(struct ox *x, const char *key, const char *s);
void ox_key_uuid(struct ox *x, const char *key, const char *kind,
    const char *k);
void ox_key_open(struct ox *x, const char *key, int seq);
/* A property in rectrack's namespace (nothing when value is NULL; a
 * value that does not fit percent-encoded), the props array opened at
 * the first and closed by ox_props_end. */
void ox_prop(struct ox *x, const char *name, const char *value);
/* A property named after a field: "on_hold" as "on-hold". */
void ox_prop_field(struct ox *x, const char *field, const char *value);
void ox_prop_int(struct ox *x, const char *name, long long v);
void ox_props_end(struct ox *x);
/* name: [ { key: UUID(kind, k) } ] */
void ox_related(struct ox *x, const char *name, const char *key,
    const char *kind, const char *k);
/* origins: the issuer as the party that found it */
void ox_origins(struct ox *x, const char *issuer);
/* "REPORT#N", a new string; NULL when out of memory */
char *ox_rec_id(const struct rt_rec *rec);
/* The observation of report r when the export writes it (a report
 * list's callback, arg the struct ox). */
struct rt_report;
int ox_observation(const struct rt_report *r, void *arg);
/* The document after the metadata: system-id, observations, risks,
 * poam-items and the back matter.  NULL or the store's error (x->err
 * for its own). */
struct rt_error *ox_body(struct ox *x);

#endif
