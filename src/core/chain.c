/*
 * rectrack — the verification of the history's hash chain (chain.h).
 */
#include "core/chain.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/chain.h"
#include "base/error.h"
#include "base/util.h"
#include "store/store.h"

/* An event's stored hash, by id, for the voids that refer to it. */
struct link {
	int64_t id;
	unsigned char hash[32];
	int valid;		/* the stored hash was 64 hex digits */
};

struct walk {
	const char *seal;
	struct rt_chain_result *out;
	char prev[RT_HASH_SIZE];	/* the previous event's stored hash */
	struct link *links;		/* in id order: the walk's order */
	size_t nlinks, cap;
	int nomem;
};

int
rt_chain_seal_parse(const char *s, char out[RT_HASH_SIZE])
{
	size_t i;

	out[0] = '\0';
	for (i = 0; i < RT_HASH_SIZE - 1; i++)
		if (rt_hexval(s[i]) < 0)
			return -1;
	if (s[i] != '\0')
		return -1;
	for (i = 0; i < RT_HASH_SIZE - 1; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'F' ? s[i] - 'A' + 'a' :
		    s[i]);
	out[i] = '\0';
	return 0;
}

/* Keep ev's stored hash for the voids that come after it. */
static int
keep(struct walk *w, const struct rt_event *ev)
{
	struct link *l;
	size_t i;

	if (w->nlinks == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 1024;

		if ((l = realloc(w->links, cap * sizeof(*l))) == NULL)
			return -1;
		w->links = l;
		w->cap = cap;
	}
	l = &w->links[w->nlinks++];
	l->id = ev->id;
	l->valid = rt_chain_hash_valid(ev->hash);
	for (i = 0; l->valid && i < sizeof(l->hash); i++)
		l->hash[i] = (unsigned char)(rt_hexval(ev->hash[2 * i]) << 4 |
		    rt_hexval(ev->hash[2 * i + 1]));
	return 0;
}

/* The stored hash of event id, walked before, into out; 0 when there
 * is none (the event is gone, or its hash is not one). */
static int
voided_hash(const struct walk *w, int64_t id, char out[RT_HASH_SIZE])
{
	static const char hex[] = "0123456789abcdef";
	size_t lo = 0, hi = w->nlinks, mid, i;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (w->links[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == w->nlinks || w->links[lo].id != id || !w->links[lo].valid)
		return 0;
	for (i = 0; i < sizeof(w->links[lo].hash); i++) {
		out[2 * i] = hex[w->links[lo].hash[i] >> 4];
		out[2 * i + 1] = hex[w->links[lo].hash[i] & 15];
	}
	out[RT_HASH_SIZE - 1] = '\0';
	return 1;
}

#define OR_NULL(s) ((s) && *(s) ? (s) : NULL)

static int
walk_cb(const struct rt_event *ev, void *arg)
{
	struct walk *w = arg;
	struct rt_chain_result *out = w->out;
	char voids[RT_HASH_SIZE], hash[RT_HASH_SIZE];
	/* "" is stored as NULL (absent), as when the event was recorded */
	struct rt_chain_fields f = { OR_NULL(ev->subject), OR_NULL(ev->at),
	    OR_NULL(ev->effective), OR_NULL(ev->actor), OR_NULL(ev->kind),
	    OR_NULL(ev->field), OR_NULL(ev->old), OR_NULL(ev->new),
	    OR_NULL(ev->note), NULL };

	if (ev->voids && voided_hash(w, ev->voids, voids))
		f.voids = voids;
	else if (ev->voids)
		f.voids = "";	/* the event it voids is gone: cannot hold */
	if (rt_chain_hash(w->prev, &f, hash) == -1 || keep(w, ev) == -1)
		return w->nomem = 1;
	out->events++;
	if (ev->voids && f.voids[0] == '\0')
		hash[0] = '\0';
	if (hash[0] == '\0' || strcmp(hash, ev->hash) != 0) {
		if (out->breaks++ == 0) {
			out->break_id = ev->id;
			out->break_missing = ev->hash[0] == '\0';
			snprintf(out->break_at, sizeof(out->break_at), "%s",
			    ev->at);
			if (ev->subject && (out->break_subject =
			    rt_strdup(ev->subject)) == NULL)
				return w->nomem = 1;
		}
	} else if (out->breaks == 0 && w->seal && !out->sealed &&
	    strcmp(hash, w->seal) == 0) {
		out->sealed = 1;
		out->seal_events = out->events;
		snprintf(out->seal_at, sizeof(out->seal_at), "%s", ev->at);
	}
	snprintf(w->prev, sizeof(w->prev), "%s", ev->hash);
	snprintf(out->head, sizeof(out->head), "%s", ev->hash);
	snprintf(out->head_at, sizeof(out->head_at), "%s", ev->at);
	return 0;
}

#undef OR_NULL

struct rt_error *
rt_chain_verify(struct rt_store *st, const char *seal,
    struct rt_chain_result *out)
{
	struct rt_error *err;
	struct walk w;

	memset(out, 0, sizeof(*out));
	memset(&w, 0, sizeof(w));
	w.seal = seal;
	w.out = out;
	err = rt_store_event_walk(st, walk_cb, &w);
	if (err == NULL && w.nomem)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	free(w.links);
	return err;
}

void
rt_chain_result_free(struct rt_chain_result *r)
{
	free(r->break_subject);
	r->break_subject = NULL;
}

char *
rt_chain_break_name(const struct rt_chain_result *r)
{
	struct rt_buf b = { 0 };

	rt_buf_printf(&b, "event %lld (", (long long)r->break_id);
	if (r->break_subject)
		rt_buf_printf(&b, "%s, ", r->break_subject);
	rt_buf_printf(&b, "recorded %s)", r->break_at[0] ? r->break_at :
	    "at no time");
	return b.s;
}

struct rt_error *
rt_chain_check(struct rt_store *st, const char *seal,
    int (*cb)(const struct rt_problem *, void *), void *arg,
    struct rt_chain_result *out, int *stop)
{
	struct rt_buf subject = { 0 }, msg = { 0 };
	struct rt_problem p;
	struct rt_error *err;

	*stop = 0;
	if ((err = rt_chain_verify(st, seal, out)) != NULL)
		return err;
	p.check = "chain";
	if (out->breaks) {
		if ((p.subject = rt_chain_break_name(out)) == NULL) {
			*stop = -1;
			goto done;
		}
		rt_buf_puts(&msg, out->break_missing ?
		    "the history's chain breaks here: this event carries no "
		    "link of the chain, so it was inserted outside rectrack" :
		    "the history's chain breaks here: this event was changed, "
		    "or one before it was deleted or inserted, outside "
		    "rectrack");
		if (out->breaks > 1)
			rt_buf_printf(&msg, " (%ld more %s after it)",
			    out->breaks - 1, out->breaks == 2 ? "link breaks" :
			    "links break");
		p.message = msg.s;
		*stop = msg.s == NULL ? -1 : cb(&p, arg);
		free((char *)p.subject);
		rt_buf_free(&msg);
	}
	if (*stop || seal == NULL || out->sealed)
		goto done;
	rt_buf_printf(&subject, "register %s", rt_store_uid(st));
	rt_buf_printf(&msg, "seal %s is not in this history: an event up "
	    "to it was changed, deleted or inserted, or the seal is another "
	    "register's", seal);
	if (subject.s == NULL || msg.s == NULL)
		*stop = -1;
	else {
		p.subject = subject.s;
		p.message = msg.s;
		*stop = cb(&p, arg);
	}
done:
	rt_buf_free(&subject);
	rt_buf_free(&msg);
	return err;
}
