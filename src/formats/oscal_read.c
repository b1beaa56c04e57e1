/*
 * rectrack — reading an OSCAL POA&M (oscal_read.h): the document as
 * jansson reads it, the checks every document gets (the plan's shape,
 * each UUID a UUID and given once, each reference to an observation or
 * a risk naming one), the equivalent import document with the JSON path
 * of each of its lines, and the errors located by those paths.
 *
 * jansson holds the whole document in memory (a few times its size):
 * an import reads it once, in one transaction.
 */
#include "formats/oscal_read.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/error.h"
#include "base/util.h"
#include "base/uuid.h"
#include "formats/oscal.h"
#include "formats/oscal_read_impl.h"
#include "formats/yaml.h"

/* ---- paths and errors ------------------------------------------------ */

/* s appended to the path in buf (n bytes so far), cut at its size. */
static size_t
op_cat(char *buf, size_t n, const char *s)
{
	size_t m = strlen(s);

	if (m > sizeof(((struct opath *)0)->s) - 1 - n)
		m = sizeof(((struct opath *)0)->s) - 1 - n;
	memcpy(buf + n, s, m);
	buf[n + m] = '\0';
	return n + m;
}

void
op_key(struct opath *out, const struct opath *path, const char *key)
{
	char tmp[sizeof(out->s)];
	size_t n = op_cat(tmp, 0, path->s);

	n = op_cat(tmp, n, ".");
	op_cat(tmp, n, key);
	memcpy(out->s, tmp, sizeof(tmp));
}

void
op_idx(struct opath *out, const struct opath *path, size_t i)
{
	char tmp[sizeof(out->s)], num[32];
	size_t n = op_cat(tmp, 0, path->s);

	snprintf(num, sizeof(num), "[%zu]", i);
	op_cat(tmp, n, num);
	memcpy(out->s, tmp, sizeof(tmp));
}

struct rt_error *
od_err(const struct rt_oscal_doc *d, const char *path, const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return rt_error_new(RT_EINVAL, "%s: %s: %s", d->name, path, msg);
}

struct rt_error *
od_nomem(void)
{
	return rt_error_new(RT_ENOMEM, "out of memory");
}

static const char *
type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "a list";
	case JSON_STRING: return "a text";
	case JSON_INTEGER:
	case JSON_REAL: return "a number";
	case JSON_TRUE:
	case JSON_FALSE: return "a boolean";
	default: return "null";
	}
}

static struct rt_error *
member(const struct rt_oscal_doc *d, json_t *obj, const struct opath *path,
    const char *key, int required, json_type type, const char *what,
    json_t **out)
{
	json_t *v = json_object_get(obj, key);
	struct opath p;

	*out = NULL;
	if (v == NULL && !required)
		return NULL;
	if (v == NULL)
		return od_err(d, path->s, "needs \"%s\" (%s)", key, what);
	if (json_typeof(v) != type) {
		op_key(&p, path, key);
		return od_err(d, p.s, "expected %s, found %s", what,
		    type_name(v));
	}
	*out = v;
	return NULL;
}

struct rt_error *
od_object(const struct rt_oscal_doc *d, json_t *obj,
    const struct opath *path, const char *key, int required, json_t **out)
{
	return member(d, obj, path, key, required, JSON_OBJECT, "an object",
	    out);
}

struct rt_error *
od_array(const struct rt_oscal_doc *d, json_t *obj,
    const struct opath *path, const char *key, int required, json_t **out)
{
	return member(d, obj, path, key, required, JSON_ARRAY, "a list", out);
}

struct rt_error *
od_text(const struct rt_oscal_doc *d, json_t *obj, const struct opath *path,
    const char *key, int required, const char **out)
{
	struct rt_error *err;
	struct opath p;
	json_t *v;

	*out = NULL;
	if ((err = member(d, obj, path, key, required, JSON_STRING, "a text",
	    &v)) != NULL || v == NULL)
		return err;
	*out = json_string_value(v);
	if (!required || !rt_blank(*out))
		return NULL;
	op_key(&p, path, key);
	return od_err(d, p.s, "needs a value (found \"%s\")", *out);
}

/* ---- UUIDs ------------------------------------------------------------- */

struct walk {
	struct rt_oscal_doc *d;
	size_t cap, order;
};

static int
ref_cmp(const void *a, const void *b)
{
	const struct oref *x = a, *y = b;
	int c = strcmp(x->uuid, y->uuid);

	if (c != 0)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

static struct rt_error *
check_uuid(const struct rt_oscal_doc *d, const json_t *v, const char *path)
{
	char shown[80] = "";

	if (json_is_string(v) && rt_uuid_valid(json_string_value(v), 1))
		return NULL;
	rt_escape_append(shown, sizeof(shown), json_is_string(v) ?
	    json_string_value(v) : type_name(v));
	return od_err(d, path, "not a UUID: \"%s\" (expected an RFC 4122 "
	    "version 4 or 5 UUID, as OSCAL asks)", shown);
}

static struct rt_error *
keep_ref(struct walk *w, json_t *obj, const char *uuid, const char *path)
{
	struct rt_oscal_doc *d = w->d;
	struct oref *r;
	char *u;
	size_t i;

	if (d->nrefs == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 64;
		if ((r = realloc(d->refs, w->cap * sizeof(*r))) == NULL)
			return od_nomem();
		d->refs = r;
	}
	if ((u = rt_strdup(uuid)) == NULL)
		return od_nomem();
	for (i = 0; u[i] != '\0'; i++)
		if (u[i] >= 'A' && u[i] <= 'F')
			u[i] = (char)(u[i] - 'A' + 'a');
	r = &d->refs[d->nrefs++];
	r->uuid = u;
	r->obj = obj;
	r->order = w->order++;
	if ((r->path = rt_strdup(path)) == NULL)
		return od_nomem();
	return NULL;
}

static int
ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);

	return n >= m && strcmp(s + n - m, end) == 0;
}

/* Every "uuid" (kept, for the references) and every reference to one
 * ("...-uuid", "...-uuids", member-of-organizations) is a UUID. */
static struct rt_error *
walk_uuids(struct walk *w, json_t *v, const struct opath *path)
{
	struct rt_error *err = NULL;
	struct opath p, q;
	const char *key;
	json_t *m;
	size_t i;

	if (json_is_array(v)) {
		json_array_foreach(v, i, m) {
			op_idx(&p, path, i);
			if ((err = walk_uuids(w, m, &p)) != NULL)
				return err;
		}
		return NULL;
	}
	if (!json_is_object(v))
		return NULL;
	json_object_foreach(v, key, m) {
		op_key(&p, path, key);
		if (strcmp(key, "uuid") == 0) {
			if ((err = check_uuid(w->d, m, p.s)) != NULL ||
			    (err = keep_ref(w, v, json_string_value(m),
			    path->s)) != NULL)
				return err;
		} else if (ends_with(key, "-uuid"))
			err = check_uuid(w->d, m, p.s);
		else if ((ends_with(key, "-uuids") ||
		    strcmp(key, "member-of-organizations") == 0) &&
		    json_is_array(m)) {
			json_array_foreach(m, i, v) {
				op_idx(&q, &p, i);
				if ((err = check_uuid(w->d, v, q.s)) != NULL)
					return err;
			}
		} else
			err = walk_uuids(w, m, &p);
		if (err != NULL)
			return err;
	}
	return NULL;
}

/* Each UUID is given once in the document (the later place refused). */
static struct rt_error *
check_uuids(struct rt_oscal_doc *d)
{
	struct walk w = { d, 0, 0 };
	struct opath p = { "$" };
	struct rt_error *err;
	const struct oref *a, *b;
	size_t i;

	/* jansson keeps an object's keys in the document's order */
	if ((err = walk_uuids(&w, d->root, &p)) != NULL)
		return err;
	qsort(d->refs, d->nrefs, sizeof(*d->refs), ref_cmp);
	for (i = 1; i < d->nrefs; i++) {
		a = &d->refs[i - 1];
		b = &d->refs[i];
		if (strcmp(a->uuid, b->uuid) == 0)
			return od_err(d, b->path, "the UUID %s is the one of "
			    "%s too (each object of a document has its own)",
			    b->uuid, a->path);
	}
	return NULL;
}

const struct oref *
od_ref(const struct rt_oscal_doc *d, const char *uuid)
{
	size_t lo = 0, hi = d->nrefs, mid;
	char u[RT_UUID_SIZE];
	int c;

	if (uuid == NULL || strlen(uuid) != RT_UUID_SIZE - 1)
		return NULL;
	for (mid = 0; mid < RT_UUID_SIZE; mid++)
		u[mid] = uuid[mid] >= 'A' && uuid[mid] <= 'F' ?
		    (char)(uuid[mid] - 'A' + 'a') : uuid[mid];
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(u, d->refs[mid].uuid)) == 0)
			return &d->refs[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* Each reference of list `key` of obj ({UUIDKEY: uuid}) names an
 * object of the list `to` of the plan. */
static struct rt_error *
check_links(const struct rt_oscal_doc *d, json_t *obj,
    const struct opath *path, const char *key, const char *uuidkey,
    const char *to, const char *what)
{
	const struct oref *r;
	struct rt_error *err;
	const char *u;
	struct opath p, q;
	json_t *list, *m, *want;
	size_t i;

	if ((err = od_array(d, obj, path, key, 0, &list)) != NULL ||
	    list == NULL)
		return err;
	want = json_object_get(d->poam, to);
	op_key(&p, path, key);
	json_array_foreach(list, i, m) {
		op_idx(&q, &p, i);
		if (!json_is_object(m))
			return od_err(d, q.s, "expected an object, found %s",
			    type_name(m));
		if ((err = od_text(d, m, &q, uuidkey, 1, &u)) != NULL)
			return err;
		r = od_ref(d, u);
		if (r != NULL && json_is_array(want)) {
			size_t j;
			json_t *o;

			json_array_foreach(want, j, o)
				if (o == r->obj)
					break;
			if (j < json_array_size(want))
				continue;
		}
		op_key(&q, &q, uuidkey);
		return od_err(d, q.s, "%s names no %s of the document", u,
		    what);
	}
	return NULL;
}

/* The related observations and risks of the items and risks exist. */
static struct rt_error *
check_refs(const struct rt_oscal_doc *d)
{
	static const char *const lists[] = { "poam-items", "risks" };
	struct opath top = { "$.plan-of-action-and-milestones" }, p, q;
	struct rt_error *err;
	json_t *list, *m;
	size_t i, k;

	for (k = 0; k < 2; k++) {
		if ((err = od_array(d, d->poam, &top, lists[k], k == 0,
		    &list)) != NULL)
			return err;
		if (list == NULL)
			continue;
		op_key(&p, &top, lists[k]);
		json_array_foreach(list, i, m) {
			op_idx(&q, &p, i);
			if (!json_is_object(m))
				return od_err(d, q.s, "expected an object, "
				    "found %s", type_name(m));
			if ((err = check_links(d, m, &q,
			    "related-observations", "observation-uuid",
			    "observations", "observation")) != NULL ||
			    (k == 0 && (err = check_links(d, m, &q,
			    "related-risks", "risk-uuid", "risks",
			    "risk")) != NULL))
				return err;
		}
	}
	return NULL;
}

/* ---- props --------------------------------------------------------------- */

void
od_props_free(struct oprops *ps)
{
	size_t i;

	for (i = 0; i < ps->n; i++) {
		free(ps->v[i].value);
		free(ps->v[i].path);
	}
	free(ps->v);
	ps->v = NULL;
	ps->n = 0;
}

static struct rt_error *
one_prop(const struct rt_oscal_doc *d, json_t *m, const struct opath *q,
    struct oprop *op)
{
	struct rt_error *err;
	const char *ns, *cls, *value;
	int bad = 0;

	if (!json_is_object(m))
		return od_err(d, q->s, "expected a property (an object), "
		    "found %s", type_name(m));
	if ((err = od_text(d, m, q, "name", 1, &op->name)) != NULL ||
	    (err = od_text(d, m, q, "value", 0, &value)) != NULL ||
	    (err = od_text(d, m, q, "ns", 0, &ns)) != NULL ||
	    (err = od_text(d, m, q, "class", 0, &cls)) != NULL)
		return err;
	if (value == NULL)
		return od_err(d, q->s, "needs \"value\" (a text)");
	if ((op->path = rt_strdup(q->s)) == NULL)
		return od_nomem();
	op->own = ns != NULL && strcmp(ns, RT_OSCAL_NS) == 0;
	if (!op->own || cls == NULL || strcmp(cls, RT_OSCAL_ENCODED) != 0) {
		if ((op->value = rt_strdup(value)) == NULL)
			return od_nomem();
		return NULL;
	}
	if ((op->value = rt_oscal_prop_decode(value, &bad)) != NULL)
		return NULL;
	if (!bad)
		return od_nomem();
	return od_err(d, q->s, "not a percent-encoded value: \"%s\" (each "
	    "%% is followed by two hex digits, and none encodes NUL)", value);
}

struct rt_error *
od_props(const struct rt_oscal_doc *d, json_t *obj, const struct opath *path,
    struct oprops *ps)
{
	struct rt_error *err;
	struct opath p, q;
	json_t *list, *m;
	size_t i;

	memset(ps, 0, sizeof(*ps));
	if ((err = od_array(d, obj, path, "props", 0, &list)) != NULL ||
	    list == NULL || json_array_size(list) == 0)
		return err;
	if ((ps->v = calloc(json_array_size(list), sizeof(*ps->v))) == NULL)
		return od_nomem();
	op_key(&p, path, "props");
	json_array_foreach(list, i, m) {
		op_idx(&q, &p, i);
		ps->n++;
		if ((err = one_prop(d, m, &q, &ps->v[i])) != NULL) {
			od_props_free(ps);
			return err;
		}
	}
	return NULL;
}

struct oprop *
od_prop(struct oprops *ps, const char *name)
{
	size_t i;

	for (i = 0; i < ps->n; i++)
		if (ps->v[i].own && !ps->v[i].used &&
		    strcmp(ps->v[i].name, name) == 0) {
			ps->v[i].used = 1;
			return &ps->v[i];
		}
	return NULL;
}

struct rt_error *
od_props_unused(const struct rt_oscal_doc *d, const struct oprops *ps,
    const char *expected)
{
	char shown[80] = "";
	size_t i, j;

	for (i = 0; i < ps->n; i++) {
		if (!ps->v[i].own || ps->v[i].used)
			continue;
		rt_escape_append(shown, sizeof(shown), ps->v[i].name);
		for (j = 0; j < i; j++)
			if (ps->v[j].own && strcmp(ps->v[j].name,
			    ps->v[i].name) == 0)
				return od_err(d, ps->v[i].path, "property "
				    "\"%s\" given twice (first at %s)", shown,
				    ps->v[j].path);
		return od_err(d, ps->v[i].path, "unknown property \"%s\" of "
		    "rectrack's namespace here (expected one of %s)", shown,
		    expected);
	}
	return NULL;
}

/* ---- dates --------------------------------------------------------------- */

static int
digits(const char *s, int n, int *out)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + s[i] - '0';
	}
	*out = v;
	return 0;
}

int
od_date(const char *s, char out[11])
{
	int y, mo, dd, h, mi, sec, oh, om;
	const char *z;

	if (strlen(s) < 10 || s[4] != '-' || s[7] != '-' ||
	    digits(s, 4, &y) || digits(s + 5, 2, &mo) ||
	    digits(s + 8, 2, &dd))
		return -1;
	snprintf(out, 11, "%.10s", s);
	if (!rt_date_valid(out))
		return -1;
	if (s[10] == '\0')
		return 0;
	if (s[10] != 'T' || strlen(s) < 19 || s[13] != ':' || s[16] != ':' ||
	    digits(s + 11, 2, &h) || digits(s + 14, 2, &mi) ||
	    digits(s + 17, 2, &sec) || h > 23 || mi > 59 || sec > 60)
		return -1;
	for (z = s + 19; *z == '.' || (*z >= '0' && *z <= '9'); z++)
		continue;
	if (*z == '+' || *z == '-')
		return strlen(z) == 6 && z[3] == ':' && !digits(z + 1, 2, &oh) &&
		    !digits(z + 4, 2, &om) && oh <= 23 && om <= 59 ? 0 : -1;
	return strcmp(z, "Z") == 0 ? 0 : -1;
}

/* ---- the document ---------------------------------------------------- */

void
rt_oscal_doc_free(struct rt_oscal_doc *d)
{
	size_t i;

	if (d == NULL)
		return;
	for (i = 0; i < d->nrefs; i++) {
		free((char *)d->refs[i].uuid);
		free(d->refs[i].path);
	}
	free(d->refs);
	for (i = 0; i < d->npaths; i++)
		free(d->paths[i]);
	free(d->paths);
	free(d->lines);
	rt_buf_free(&d->yaml);
	json_decref(d->root);
	free(d->reg);
	free(d->name);
	free(d);
}

const char *
rt_oscal_doc_register(const struct rt_oscal_doc *d)
{
	return d->reg;
}

FILE *
rt_oscal_doc_yaml(const struct rt_oscal_doc *d, long *size)
{
	*size = (long)d->yaml.len;
	return fmemopen(d->yaml.s, d->yaml.len, "r");
}

/* The register prop of metadata, when rectrack wrote the document. */
static struct rt_error *
find_register(struct rt_oscal_doc *d, json_t *meta,
    const struct opath *path)
{
	struct oprops ps;
	struct rt_error *err;
	size_t i;

	if ((err = od_props(d, meta, path, &ps)) != NULL)
		return err;
	for (i = 0; i < ps.n && err == NULL; i++)
		if (!ps.v[i].own || strcmp(ps.v[i].name, "register") != 0 ||
		    d->reg != NULL)
			continue;
		else if (!rt_uid_valid(ps.v[i].value))
			err = od_err(d, ps.v[i].path, "\"%s\" is not a "
			    "register's name (expected 8 hex digits, 0-9 and "
			    "a-f)", ps.v[i].value);
		else if ((d->reg = rt_strdup(ps.v[i].value)) == NULL)
			err = od_nomem();
	od_props_free(&ps);
	return err;
}

/*
 * jansson's message (JSON_ERROR_TEXT_LENGTH bytes at most) into out, its
 * control characters as \xNN: it quotes the bad token as the file has
 * it, and the message stays one line.
 */
static void
json_text(char out[4 * JSON_ERROR_TEXT_LENGTH], const char *s)
{
	unsigned char c;

	for (; (c = (unsigned char)*s) != '\0'; s++)
		if (c < 0x20 || c == 0x7f)
			out += snprintf(out, 5, "\\x%02x", c);
		else
			*out++ = (char)c;
	*out = '\0';
}

static struct rt_error *
load(struct rt_oscal_doc *d, FILE *fp)
{
	struct opath top = { "$" }, p = { "$.plan-of-action-and-milestones" };
	struct rt_error *err;
	json_error_t je;
	json_t *meta;
	char text[4 * JSON_ERROR_TEXT_LENGTH];

	if ((d->root = json_loadf(fp, JSON_REJECT_DUPLICATES, &je)) == NULL) {
		if (ferror(fp))
			return rt_error_new(RT_EIO, "%s: cannot read", d->name);
		json_text(text, je.text);
		return rt_error_new(RT_EINVAL, "%s:%d:%d: not JSON: %s",
		    d->name, je.line, je.column, text);
	}
	if (!json_is_object(d->root) || (d->poam = json_object_get(d->root,
	    "plan-of-action-and-milestones")) == NULL)
		return od_err(d, top.s, "not an OSCAL plan of action and "
		    "milestones (expected an object with "
		    "\"plan-of-action-and-milestones\")");
	if (!json_is_object(d->poam))
		return od_err(d, p.s, "expected an object, found %s",
		    type_name(d->poam));
	if ((err = od_object(d, d->poam, &p, "metadata", 1, &meta)) != NULL)
		return err;
	op_key(&top, &p, "metadata");
	if ((err = find_register(d, meta, &top)) != NULL ||
	    (err = check_uuids(d)) != NULL ||
	    (err = check_refs(d)) != NULL)
		return err;
	return NULL;
}

struct rt_error *
rt_oscal_read(FILE *fp, const char *name, const struct rt_oscal_opts *opts,
    struct rt_oscal_doc **doc)
{
	static const struct rt_oscal_opts none = { NULL, NULL, NULL };
	struct rt_oscal_doc *d;
	struct rt_error *err;

	*doc = NULL;
	if ((d = calloc(1, sizeof(*d))) == NULL ||
	    (d->name = rt_strdup(name)) == NULL) {
		free(d);
		return od_nomem();
	}
	d->opts = opts != NULL ? opts : &none;
	if ((err = load(d, fp)) == NULL)
		err = d->reg != NULL ? od_own(d) : od_foreign(d);
	if (err == NULL && d->nomem)
		err = od_nomem();
	if (err != NULL) {
		rt_oscal_doc_free(d);
		return err;
	}
	*doc = d;
	return NULL;
}

/* ---- errors located by JSON path ----------------------------------------- */

static const char *
line_path(const struct rt_oscal_doc *d, long line)
{
	if (line < 1 || (size_t)line > d->nlines)
		return "$";
	return d->lines[line - 1];
}

/* A number at s (digits), its end in *end; -1 when none. */
static long
number_at(const char *s, const char **end)
{
	long n = 0;

	*end = s;
	if (*s < '0' || *s > '9')
		return -1;
	while (**end >= '0' && **end <= '9' && n < 100000000)
		n = n * 10 + *(*end)++ - '0';
	return n;
}

/* Whether s starts with a field path of the import document and ": ". */
static size_t
yaml_path_len(const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0' && s[i] != ' '; i++)
		if (!(s[i] == '_' || s[i] == '.' || s[i] == '[' ||
		    s[i] == ']' || (s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == ':'))
			return 0;
	return i > 1 && s[i] == ' ' && s[i - 1] == ':' ? i + 1 : 0;
}

struct rt_error *
rt_oscal_doc_locate(const struct rt_oscal_doc *d, struct rt_error *err)
{
	struct rt_buf b = { NULL, 0, 0 };
	struct rt_error *e;
	const char *s, *end;
	size_t n = strlen(d->name);
	long line;

	if (err == NULL || strncmp(err->msg, d->name, n) != 0 ||
	    err->msg[n] != ':')
		return err;
	s = err->msg + n + 1;
	if ((line = number_at(s, &end)) < 0 || *end != ':')
		return err;
	s = end + 1;
	if (number_at(s, &end) < 0 || strncmp(end, ": ", 2) != 0)
		return err;
	s = end + 2;
	s += yaml_path_len(s);
	rt_buf_printf(&b, "%s: %s: ", d->name, line_path(d, line));
	/* "(first on line 12)", "(line 12)" of the import document */
	while ((end = strstr(s, "line ")) != NULL) {
		const char *num;
		long l = number_at(end + 5, &num);

		rt_buf_add(&b, s, (size_t)(end - s));
		if (l < 0 || (end > s && end[-1] != ' ' && end[-1] != '(')) {
			rt_buf_add(&b, end, 5);
			s = end + 5;
			continue;
		}
		rt_buf_puts(&b, line_path(d, l));
		s = num;
	}
	rt_buf_puts(&b, s);
	if (b.s == NULL)
		return err;
	e = rt_error_new(err->code, "%s", b.s);
	rt_buf_free(&b);
	rt_error_free(err);
	return e;
}

struct rt_error *
rt_oscal_parse(FILE *fp, const char *name, const struct rt_imp_sink *sink,
    const struct rt_oscal_opts *foreign)
{
	struct rt_oscal_doc *d;
	struct rt_error *err;
	FILE *yp;
	long size;

	if ((err = rt_oscal_read(fp, name, foreign, &d)) != NULL)
		return err;
	if ((yp = rt_oscal_doc_yaml(d, &size)) == NULL)
		err = od_nomem();
	else {
		err = rt_oscal_doc_locate(d, rt_import_parse(yp, name, sink));
		fclose(yp);
	}
	rt_oscal_doc_free(d);
	return err;
}
