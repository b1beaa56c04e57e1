/*
 * rectrack — the parts of GAO's export (gaocsv.h) its reader, export and
 * reconciliation share: the columns a file may lack, the header names,
 * rows in key order, the agency list and its paths, and the
 * recommendations of issuer gao as the export and the reconciliation
 * walk them.  Internal to src/formats/gao_*.c; gaocsv.h is the contract.
 */
#ifndef RT_GAO_MAP_H
#define RT_GAO_MAP_H

#include <stddef.h>
#include <stdint.h>

struct rt_agency;
struct rt_error;
struct rt_rec;
struct rt_store;

/* Whether column c (enum rt_gao_col) may be missing from a file. */
int gao_optional(int c);
/* The column a header cell names (case, blanks and dashes ignored); -1
 * when none. */
int gao_header_col(const char *cell);
/* Remove the blanks at both ends of s, in place. */
void gao_trim(char *s);

/* A row sorted by a, then b, then c (when both have one), then its place
 * in the file, so that equal keys keep file order. */
struct gao_key {
	const char *a, *b, *c;
	size_t i;
};
/* Order by a and b only: what a bsearch for (a, b) needs. */
int gao_key_ab(const void *x, const void *y);
/* The full order, for qsort. */
int gao_key_cmp(const void *x, const void *y);
/* nrows keys (at least one), or NULL when out of memory. */
struct gao_key *gao_keys_new(size_t nrows);

/* The agencies of the store, copied. */
struct gao_agencies {
	struct rt_agency *a;
	size_t n;
	int nomem;
};
struct rt_error *gao_agencies_load(struct rt_store *, struct gao_agencies *);
void gao_agencies_free(struct gao_agencies *);

/* Agencies sorted by code: the entries of a struct gao_agencies (whose
 * strings they share), for lookups by code in log time.  Free .a. */
struct gao_by_code {
	struct rt_agency *a;
	size_t n;
};
struct rt_error *gao_by_code_make(const struct gao_agencies *,
    struct gao_by_code *);
/* The path GAO writes for the agency code ("Department of Homeland
 * Security: United States Customs and Border Protection", the names
 * from the top down) among the agencies s; the code itself when it is
 * not among them.  Caller frees *path. */
struct rt_error *gao_path_of(const struct gao_by_code *s, const char *code,
    char **path);

/* A recommendation of issuer gao as the export and the reconciliation
 * need it. */
struct gao_item {
	int64_t id;
	char *report, *number, *text, *agency;
	int status, partial, flag;
};

struct gao_items {
	struct gao_item *it;
	size_t n, cap;
	int flag;		/* the flag Priority shows */
	int nomem;		/* set by gao_item_cb when out of memory */
};

/* rt_export_recs callback appending each recommendation to a struct
 * gao_items (arg). */
int gao_item_cb(const struct rt_rec *rec, void *arg);
void gao_items_free(struct gao_items *);

#endif
