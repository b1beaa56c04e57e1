/*
 * rectrack — evidence files (evidence.h).
 */
#include "core/evidence.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/media.h"
#include "base/sha256.h"
#include "base/util.h"
#include "core/config.h"
#include "core/event.h"
#include "core/rec.h"
#include "store/store.h"

#define NAME_MAX_BYTES 255

/* ---- lists ---------------------------------------------------------------- */

static void
evidence_free(struct rt_evidence *e)
{
	free(e->name);
	free(e->rec);
	free(e->actor);
	free(e->note);
	memset(e, 0, sizeof(*e));
}

void
rt_evidence_list_free(struct rt_evidence_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		evidence_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static struct rt_error *
push(struct rt_evidence_list *l, const char *hash, const char *name,
    int64_t size, const char *rec, const struct rt_event *ev)
{
	struct rt_evidence *e;

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 8;
		void *v = realloc(l->v, cap * sizeof(*l->v));

		if (v == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		l->v = v;
		l->cap = cap;
	}
	e = &l->v[l->n];
	memset(e, 0, sizeof(*e));
	snprintf(e->hash, sizeof(e->hash), "%s", hash);
	e->size = size;
	e->media = rt_media_type(name);
	snprintf(e->effective, sizeof(e->effective), "%s", ev->effective);
	e->name = rt_strdup(name);
	e->rec = rt_strdup(rec);
	e->actor = rt_strdup(ev->actor);
	e->note = ev->note ? rt_strdup(ev->note) : NULL;
	if (e->name == NULL || e->rec == NULL || e->actor == NULL ||
	    (ev->note != NULL && e->note == NULL)) {
		evidence_free(e);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	l->n++;
	return NULL;
}

static void
drop(struct rt_evidence_list *l, size_t i)
{
	evidence_free(&l->v[i]);
	memmove(&l->v[i], &l->v[i + 1], (l->n - i - 1) * sizeof(*l->v));
	l->n--;
}

/* The index of hash among the files of rec in l; -1 when not there. */
static long
find(const struct rt_evidence_list *l, const char *rec, const char *hash)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].hash, hash) == 0 &&
		    strcmp(l->v[i].rec, rec) == 0)
			return (long)i;
	return -1;
}

/* Replay the evidence events of one recommendation into l. */
static struct rt_error *
replay(struct rt_store *st, int64_t id, const char *rec, const char *as_of,
    struct rt_evidence_list *l)
{
	struct rt_events h;
	struct rt_error *err;
	size_t i;
	long at;
	int64_t size;
	int found;

	if ((err = rt_events_load(st, id, &h)) != NULL)
		return err;
	for (i = 0; i < h.n && err == NULL; i++) {
		const struct rt_event *ev = &h.ev[i];

		if (strcmp(ev->kind, "evidence") != 0 ||
		    !rt_event_applies(ev) || ev->field == NULL ||
		    (as_of != NULL && strcmp(ev->effective, as_of) > 0))
			continue;
		if (ev->old != NULL && (at = find(l, rec, ev->old)) >= 0)
			drop(l, (size_t)at);
		if (ev->new == NULL || find(l, rec, ev->new) >= 0)
			continue;
		if ((err = rt_store_evidence_size(st, ev->new, &size,
		    &found)) == NULL)
			err = push(l, ev->new, ev->field, size, rec, ev);
	}
	rt_events_free(&h);
	return err;
}

/* A listing of every recommendation's files: each replayed in the
 * listing's callback, where a store reads the histories with the
 * listing (never one query per recommendation on a server). */
struct every {
	struct rt_store *st;
	const char *as_of;
	struct rt_evidence_list *out;
	struct rt_error *err;
};

static int
every_cb(const struct rt_rec *r, void *arg)
{
	struct every *w = arg;
	struct rt_buf b = { 0 };

	if (rt_buf_printf(&b, "%s#%s", r->report, r->number) != 0)
		w->err = rt_error_new(RT_ENOMEM, "out of memory");
	else
		w->err = replay(w->st, r->id, b.s, w->as_of, w->out);
	rt_buf_free(&b);
	return w->err != NULL;
}

/* Recommendation id ("REPORT#NUMBER") from the store into *rec. */
static struct rt_error *
rec_get(struct rt_store *st, const char *id, struct rt_rec *rec)
{
	struct rt_error *err;
	char *report = NULL, *number = NULL;

	rt_rec_init(rec);
	if ((err = rt_recid_parse(id, &report, &number)) == NULL &&
	    strcmp(number, "*") == 0)
		err = rt_error_new(RT_EINVAL, "%s: evidence is attached to one "
		    "recommendation (REPORT#NUMBER)", id);
	if (err == NULL)
		err = rt_store_rec_get(st, report, number, rec);
	free(report);
	free(number);
	return err;
}

struct rt_error *
rt_evidence_list(struct rt_store *st, const char *rec, const char *as_of,
    struct rt_evidence_list *out)
{
	struct rt_filter f;
	struct every w;
	struct rt_rec r;
	struct rt_error *err = NULL;

	memset(out, 0, sizeof(*out));
	if (rec != NULL) {
		struct rt_buf id = { 0 };

		if ((err = rec_get(st, rec, &r)) == NULL &&
		    rt_buf_printf(&id, "%s#%s", r.report, r.number) != 0)
			err = rt_error_new(RT_ENOMEM, "out of memory");
		if (err == NULL)
			err = replay(st, r.id, id.s, as_of, out);
		rt_buf_free(&id);
		rt_rec_free(&r);
		goto done;
	}
	memset(&f, 0, sizeof(f));
	w.st = st;
	w.as_of = as_of;
	w.out = out;
	w.err = NULL;
	if ((err = rt_store_rec_list_lean(st, &f, every_cb, &w)) == NULL)
		err = w.err;
	else
		rt_error_free(w.err);
done:
	if (err != NULL)
		rt_evidence_list_free(out);
	return err;
}

/* ---- adding ---------------------------------------------------------------- */

/* A size for a limit's message: "1.0 KiB (1025 bytes)"; exact below. */
static void
size_exact(int64_t size, char buf[64])
{
	char t[32];

	rt_evidence_size_text(size, t);
	if (size < 1024)
		snprintf(buf, 64, "%s", t);
	else
		snprintf(buf, 64, "%s (%lld bytes)", t, (long long)size);
}

void
rt_evidence_size_text(int64_t size, char buf[32])
{
	static const char *const unit[] = { "KiB", "MiB", "GiB", "TiB" };
	double v = (double)size;
	int u = -1;

	if (size < 1024) {
		snprintf(buf, 32, "%lld byte%s", (long long)size,
		    size == 1 ? "" : "s");
		return;
	}
	while (v >= 1024 && u < 3) {
		v /= 1024;
		u++;
	}
	snprintf(buf, 32, "%.1f %s", v, unit[u]);
}

/* One file being added. */
struct file {
	const char *path;
	const char *name;	/* its last component */
	FILE *fp;
	int64_t size;
	char hash[RT_HASH_SIZE];
	struct rt_sha256 sha;		/* the second pass */
	char buf[1 << 16];
};

/* The name a file is attached under: 1..255 bytes of UTF-8 without
 * control characters. */
static struct rt_error *
name_check(const struct file *f)
{
	const unsigned char *p;

	if (*f->name == '\0' || strlen(f->name) > NAME_MAX_BYTES)
		return rt_error_new(RT_EINVAL, "%s: a file's name must be 1 to "
		    "%d bytes", f->path, NAME_MAX_BYTES);
	if (rt_utf8_check(f->name) != -1)
		return rt_error_new(RT_EINVAL, "%s: the file's name is not "
		    "valid UTF-8", f->path);
	for (p = (const unsigned char *)f->name; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return rt_error_new(RT_EINVAL, "%s: the file's name "
			    "holds a control character", f->path);
	return NULL;
}

/* Open f->path: a regular file that can be read. */
static struct rt_error *
file_open(struct file *f, const struct rt_config *cfg)
{
	struct stat sb;
	char lim[64], have[64];
	int fd;

	if ((fd = open(f->path, O_RDONLY | O_NONBLOCK | O_NOCTTY)) < 0)
		return rt_error_new(RT_EIO, "%s: cannot read: %s", f->path,
		    strerror(errno));
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		if (S_ISDIR(sb.st_mode))
			return rt_error_new(RT_EINVAL, "%s: is a directory, "
			    "not a file", f->path);
		return rt_error_new(RT_EINVAL, "%s: not a regular file",
		    f->path);
	}
	if (cfg->evidence_max_file > 0 && sb.st_size > cfg->evidence_max_file) {
		close(fd);
		size_exact(sb.st_size, have);
		size_exact(cfg->evidence_max_file, lim);
		return rt_error_new(RT_EREFUSED, "%s: %s is over the limit of "
		    "%s per file (evidence.max_file_size)", f->path, have, lim);
	}
	if ((f->fp = fdopen(fd, "rb")) == NULL) {
		close(fd);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	return NULL;
}

/* The first pass: f->hash and f->size. */
static struct rt_error *
file_hash(struct file *f)
{
	struct rt_error *err;
	struct rt_sha256 h;
	size_t n;

	if ((err = rt_sha256_start(&h)) != NULL)
		return err;
	f->size = 0;
	while ((n = fread(f->buf, 1, sizeof(f->buf), f->fp)) > 0) {
		rt_sha256_add(&h, f->buf, n);
		f->size += (int64_t)n;
	}
	if (ferror(f->fp)) {
		rt_sha256_end(&h, f->hash);
		return rt_error_new(RT_EIO, "%s: cannot read: %s", f->path,
		    strerror(errno));
	}
	if (rt_sha256_end(&h, f->hash) != 0)
		return rt_error_new(RT_ENOMEM, "cannot compute a SHA-256");
	return NULL;
}

static struct rt_error *
changed(const struct file *f)
{
	return rt_error_new(RT_EREFUSED, "%s: the file changed while it was "
	    "read; nothing was written (add it again)", f->path);
}

/* The second pass: the store's reader, hashing as it goes. */
static struct rt_error *
file_read(void *arg, unsigned char *buf, size_t n)
{
	struct file *f = arg;

	if (fread(buf, 1, n, f->fp) != n)
		return ferror(f->fp) ? rt_error_new(RT_EIO, "%s: cannot read: "
		    "%s", f->path, strerror(errno)) : changed(f);
	rt_sha256_add(&f->sha, buf, n);
	return NULL;
}

struct rt_error *
rt_evidence_limits(struct rt_store *st, const struct rt_config *cfg,
    const char *path, int64_t size, int stored)
{
	struct rt_error *err;
	int64_t total;
	char a[64], b[64], c[64];

	if (cfg->evidence_max_file > 0 && size > cfg->evidence_max_file) {
		size_exact(size, a);
		size_exact(cfg->evidence_max_file, b);
		return rt_error_new(RT_EREFUSED, "%s: %s is over the limit of "
		    "%s per file (evidence.max_file_size)", path, a, b);
	}
	if (stored || cfg->evidence_max_total <= 0)
		return NULL;
	if ((err = rt_store_evidence_total(st, &total)) != NULL)
		return err;
	if (total + size > cfg->evidence_max_total) {
		size_exact(size, a);
		size_exact(total, b);
		size_exact(cfg->evidence_max_total, c);
		return rt_error_new(RT_EREFUSED, "%s: its %s would take the "
		    "evidence stored (%s) over the limit of %s "
		    "(evidence.max_total_size)", path, a, b, c);
	}
	return NULL;
}

/* The limits on f, and whether its bytes are stored already. */
static struct rt_error *
limits(struct rt_store *st, const struct rt_config *cfg, struct file *f,
    int *stored)
{
	struct rt_error *err;
	int64_t size;

	if ((err = rt_store_evidence_size(st, f->hash, &size, stored)))
		return err;
	return rt_evidence_limits(st, cfg, f->path, f->size, *stored);
}

/* Store the bytes of f (open, hashed), reading it a second time. */
static struct rt_error *
file_put(struct rt_store *st, struct file *f, int *added)
{
	struct rt_error *err;
	char again[RT_HASH_SIZE];

	*added = 0;
	if (fseek(f->fp, 0, SEEK_SET) != 0)
		return rt_error_new(RT_EIO, "%s: cannot read: %s", f->path,
		    strerror(errno));
	if ((err = rt_sha256_start(&f->sha)) != NULL)
		return err;
	err = rt_store_evidence_put(st, f->hash, f->size, file_read, f,
	    added);
	if (err == NULL && *added && fgetc(f->fp) != EOF)
		err = changed(f);
	if (rt_sha256_end(&f->sha, again) != 0 && err == NULL && *added)
		err = rt_error_new(RT_ENOMEM, "cannot compute a SHA-256");
	if (err == NULL && *added && strcmp(again, f->hash) != 0)
		err = changed(f);
	return err;
}

/* Attach one file to rec; *have holds the files attached to it. */
static struct rt_error *
add_one(struct rt_store *st, const struct rt_config *cfg,
    const struct rt_rec *rec, const char *id, const char *path,
    const struct rt_actor *who, const char *effective,
    struct rt_evidence_list *have, struct rt_evidence_list *out)
{
	struct rt_error *err;
	struct rt_event ev;
	struct file *f;
	const char *slash;
	long at;
	int stored = 0, added = 0;

	if ((f = calloc(1, sizeof(*f))) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	f->path = path;
	slash = strrchr(path, '/');
	f->name = slash ? slash + 1 : path;
	if ((err = file_open(f, cfg)) || (err = name_check(f)) ||
	    (err = file_hash(f)) || (err = limits(st, cfg, f, &stored)))
		goto done;
	if ((at = find(have, id, f->hash)) >= 0) {
		err = rt_error_new(RT_EREFUSED, "%s: its bytes are attached "
		    "to %s already (as %s, evidence %.12s)", path, id,
		    have->v[at].name, f->hash);
		goto done;
	}
	if ((err = file_put(st, f, &added)) || (err = rt_event_write(st,
	    rec->id, effective, who->actor, "evidence", f->name, NULL,
	    f->hash, who->note)))
		goto done;
	memset(&ev, 0, sizeof(ev));
	snprintf(ev.effective, sizeof(ev.effective), "%s", effective);
	ev.actor = (char *)who->actor;
	ev.note = (char *)who->note;
	if ((err = push(have, f->hash, f->name, f->size, id, &ev)) == NULL &&
	    (err = push(out, f->hash, f->name, f->size, id, &ev)) == NULL)
		out->v[out->n - 1].stored = added;
done:
	if (f->fp != NULL)
		fclose(f->fp);
	free(f);
	return err;
}

struct rt_error *
rt_evidence_add(struct rt_store *st, const struct rt_config *cfg,
    const char *rec, const char *const *paths, size_t n,
    const struct rt_actor *who, struct rt_evidence_list *out)
{
	struct rt_evidence_list have = { NULL, 0, 0 };
	struct rt_error *err;
	struct rt_buf id = { 0 };
	struct rt_rec r;
	char effective[RT_DATE_SIZE];
	size_t i;

	if ((err = rec_get(st, rec, &r)) != NULL)
		goto done;
	if (rt_buf_printf(&id, "%s#%s", r.report, r.number) != 0) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = rt_effective_date(who->effective, &r, effective)) ||
	    (err = replay(st, r.id, id.s, NULL, &have)))
		goto done;
	for (i = 0; i < n && err == NULL; i++)
		err = add_one(st, cfg, &r, id.s, paths[i], who, effective,
		    &have, out);
done:
	rt_evidence_list_free(&have);
	rt_rec_free(&r);
	rt_buf_free(&id);
	return err;
}

/* ---- finding, reading, detaching, checking -------------------------------- */

struct match {
	char prefix[RT_HASH_SIZE];
	size_t len;
	char hash[RT_HASH_SIZE];
	int n;
};

static int
match_cb(const char *hash, int64_t size, void *arg)
{
	struct match *m = arg;

	(void)size;
	if (strncmp(hash, m->prefix, m->len) == 0 && m->n++ == 0)
		snprintf(m->hash, sizeof(m->hash), "%s", hash);
	return 0;
}

struct rt_error *
rt_evidence_resolve(struct rt_store *st, const char *prefix,
    char hash[RT_HASH_SIZE])
{
	struct rt_error *err;
	struct match m;
	size_t i;

	memset(&m, 0, sizeof(m));
	hash[0] = '\0';
	m.len = strlen(prefix);
	for (i = 0; i < m.len && i < RT_HASH_SIZE - 1; i++) {
		char c = prefix[i];

		if (c >= 'A' && c <= 'F')
			c = (char)(c - 'A' + 'a');
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
			break;
		m.prefix[i] = c;
	}
	if (m.len < RT_EVIDENCE_PREFIX_MIN || m.len > RT_HASH_SIZE - 1 ||
	    i != m.len)
		return rt_error_new(RT_EINVAL, "%s: not a hash of an evidence "
		    "file (give its SHA-256, or at least its first %d hex "
		    "digits)", prefix, RT_EVIDENCE_PREFIX_MIN);
	if ((err = rt_store_evidence_walk(st, match_cb, &m)) != NULL)
		return err;
	if (m.n == 0)
		return rt_error_new(RT_ENOTFOUND, "evidence %s: no such file "
		    "('rectrack evidence list' lists them)", m.prefix);
	if (m.n > 1)
		return rt_error_new(RT_EINVAL, "evidence %s: ambiguous: the "
		    "hashes of %d files start so (give more digits)", m.prefix,
		    m.n);
	memcpy(hash, m.hash, RT_HASH_SIZE);
	return NULL;
}

/* Where the bytes read back go: a file, or nowhere (a check). */
struct sink {
	FILE *fp;
	struct rt_sha256 sha;
	int64_t n;
};

static struct rt_error *
sink_write(void *arg, const unsigned char *buf, size_t n)
{
	struct sink *s = arg;

	rt_sha256_add(&s->sha, buf, n);
	s->n += (int64_t)n;
	if (s->fp != NULL && fwrite(buf, 1, n, s->fp) != n)
		return rt_error_new(RT_EIO, "cannot write the evidence file: "
		    "%s", strerror(errno));
	return NULL;
}

/* Read hash back into s (fp set or NULL); *same 1 when the bytes still
 * hash to it. */
static struct rt_error *
read_back(struct rt_store *st, const char *hash, struct sink *s, int *same)
{
	struct rt_error *err;
	char again[RT_HASH_SIZE];

	*same = 0;
	s->n = 0;
	if ((err = rt_sha256_start(&s->sha)) != NULL)
		return err;
	err = rt_store_evidence_get(st, hash, sink_write, s);
	if (rt_sha256_end(&s->sha, again) != 0 && err == NULL)
		err = rt_error_new(RT_ENOMEM, "cannot compute a SHA-256");
	*same = err == NULL && strcmp(again, hash) == 0;
	return err;
}

#define NO_MATCH "its bytes no longer match their SHA-256 (changed outside " \
    "rectrack)"

struct rt_error *
rt_evidence_get(struct rt_store *st, const char *hash, FILE *fp)
{
	struct rt_error *err;
	struct sink s;
	int same;

	memset(&s, 0, sizeof(s));
	s.fp = fp;
	if ((err = read_back(st, hash, &s, &same)) != NULL)
		return err;
	if (fflush(fp) != 0)
		return rt_error_new(RT_EIO, "cannot write the evidence file: "
		    "%s", strerror(errno));
	if (!same)
		return rt_error_new(RT_EDB, "evidence %s: " NO_MATCH, hash);
	return NULL;
}

struct rt_error *
rt_evidence_remove(struct rt_store *st, const char *rec, const char *prefix,
    const struct rt_actor *who, struct rt_evidence_list *out)
{
	struct rt_evidence_list have = { NULL, 0, 0 };
	struct rt_error *err;
	struct rt_event ev;
	struct rt_rec r;
	struct rt_buf id = { 0 };
	char hash[RT_HASH_SIZE], today[RT_DATE_SIZE];
	long at;

	if (who->note == NULL || *who->note == '\0')
		return rt_error_new(RT_EUSAGE, "evidence remove needs --note "
		    "REASON");
	if ((err = rec_get(st, rec, &r)) != NULL)
		goto done;
	if (rt_buf_printf(&id, "%s#%s", r.report, r.number) != 0) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = rt_evidence_resolve(st, prefix, hash)) ||
	    (err = rt_effective_date(NULL, &r, today)) ||
	    (err = replay(st, r.id, id.s, NULL, &have)))
		goto done;
	if ((at = find(&have, id.s, hash)) < 0) {
		err = rt_error_new(RT_EREFUSED, "%s: evidence %.12s is not "
		    "attached to it ('rectrack evidence list %s' lists what "
		    "is)", id.s, hash, id.s);
		goto done;
	}
	if ((err = rt_event_write(st, r.id, today, who->actor, "evidence",
	    have.v[at].name, hash, NULL, who->note)) != NULL)
		goto done;
	memset(&ev, 0, sizeof(ev));
	snprintf(ev.effective, sizeof(ev.effective), "%s", today);
	ev.actor = (char *)who->actor;
	ev.note = (char *)who->note;
	err = push(out, hash, have.v[at].name, have.v[at].size, id.s, &ev);
done:
	rt_evidence_list_free(&have);
	rt_rec_free(&r);
	rt_buf_free(&id);
	return err;
}

/* The stored files' hashes, gathered before any is read back. */
struct hashes {
	char (*h)[RT_HASH_SIZE];
	size_t n, cap;
	int nomem;
};

static int
hash_cb(const char *hash, int64_t size, void *arg)
{
	struct hashes *s = arg;

	(void)size;
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 64;
		void *h = realloc(s->h, cap * sizeof(*s->h));

		if (h == NULL)
			return s->nomem = 1;
		s->h = h;
		s->cap = cap;
	}
	snprintf(s->h[s->n++], RT_HASH_SIZE, "%s", hash);
	return 0;
}

struct rt_error *
rt_evidence_check(struct rt_store *st,
    int (*cb)(const struct rt_problem *, void *), void *arg,
    int64_t *files, int *stop)
{
	struct hashes s = { NULL, 0, 0, 0 };
	struct rt_error *err;
	struct rt_problem p;
	struct sink k;
	char subject[80];
	size_t i;
	int same;

	*files = 0;
	*stop = 0;
	if ((err = rt_store_evidence_walk(st, hash_cb, &s)) == NULL && s.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; err == NULL && i < s.n && !*stop; i++) {
		memset(&k, 0, sizeof(k));
		err = read_back(st, s.h[i], &k, &same);
		if (err != NULL && err->code == RT_EDB) {
			/* a piece missing or of the wrong length */
			rt_error_free(err);
			err = NULL;
			same = 0;
		}
		if (err != NULL)
			break;
		(*files)++;
		if (same)
			continue;
		snprintf(subject, sizeof(subject), "evidence %s", s.h[i]);
		p.check = "evidence";
		p.subject = subject;
		p.message = NO_MATCH;
		*stop = cb(&p, arg);
	}
	free(s.h);
	return err;
}

/* ---- copying ---------------------------------------------------------------- */

/* The reader of a copy: piece k of the file in from, hashed. */
struct pull {
	struct rt_store *from;
	const char *hash;
	int64_t k;
	struct rt_sha256 sha;
};

static struct rt_error *
pull_read(void *arg, unsigned char *buf, size_t n)
{
	struct pull *p = arg;
	struct rt_error *err;
	size_t len;

	if ((err = rt_store_evidence_piece(p->from, p->hash, p->k++, buf,
	    &len)) != NULL)
		return err;
	if (len != n)
		return rt_error_new(RT_EREFUSED, "evidence %s: " NO_MATCH,
		    p->hash);
	rt_sha256_add(&p->sha, buf, n);
	return NULL;
}

struct rt_error *
rt_evidence_copy(struct rt_store *from, struct rt_store *to, int64_t *files)
{
	struct hashes s = { NULL, 0, 0, 0 };
	struct rt_error *err;
	struct pull p;
	char again[RT_HASH_SIZE];
	int64_t size;
	size_t i;
	int found, added;

	*files = 0;
	if ((err = rt_store_evidence_walk(from, hash_cb, &s)) == NULL &&
	    s.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	for (i = 0; err == NULL && i < s.n; i++) {
		memset(&p, 0, sizeof(p));
		p.from = from;
		p.hash = s.h[i];
		if ((err = rt_store_evidence_size(from, p.hash, &size,
		    &found)) != NULL || (err = rt_sha256_start(&p.sha)) != NULL)
			break;
		err = rt_store_evidence_put(to, p.hash, size, pull_read, &p,
		    &added);
		if (rt_sha256_end(&p.sha, again) != 0 && err == NULL && added)
			err = rt_error_new(RT_ENOMEM, "cannot compute a "
			    "SHA-256");
		if (err == NULL && added && strcmp(again, p.hash) != 0)
			err = rt_error_new(RT_EREFUSED, "evidence %s: "
			    NO_MATCH, p.hash);
		if (err == NULL && added)
			(*files)++;
	}
	free(s.h);
	return err;
}
