/*
 * rectrack — export: one document walk (issuers, agencies, officials,
 * then each report with its recommendations and their history, then the
 * events about reports, agencies, issuers and officials) written through a
 * small document writer with two back ends, libyaml's emitter and JSON.
 */
#include "formats/export.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "base/strmap.h"
#include "base/util.h"
#include "core/event.h"
#include "core/formers.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "core/select.h"
#include "formats/json.h"
#include "store/store.h"

/* How a value is written. */
enum val_kind {
	VAL_TEXT,	/* free text: YAML style by content, JSON string */
	VAL_QUOTED,	/* text that is always quoted ("1") */
	VAL_DATE,	/* YAML plain, JSON string */
	VAL_BARE,	/* number or boolean: plain, JSON bare */
};

/* The document writer: a YAML emitter, or the JSON writer (json.h); the
 * document nests 7 deep. */
struct doc {
	FILE *fp;
	int json;
	yaml_emitter_t emitter;		/* YAML */
	struct rt_json j;		/* JSON */
	const char *key;		/* the last key, for messages */
	char where[160];		/* what is being written (messages) */
	struct rt_error *err;		/* the first error; then nothing is
					   written */
	const struct rt_formers *agencies;	/* former agency codes */
	const struct rt_formers *officials;	/* former official codes */
	int nofficials;			/* officials written */
};

/* ---- YAML ---------------------------------------------------------------- */

static void
yaml_fail(struct doc *d)
{
	const char *problem = d->emitter.problem ? d->emitter.problem :
	    "unknown error";

	if (d->emitter.error == YAML_MEMORY_ERROR)
		d->err = rt_error_new(RT_ENOMEM, "out of memory");
	else if (d->emitter.error == YAML_WRITER_ERROR)
		d->err = rt_error_new(RT_EIO, "cannot write the export: %s",
		    problem);
	else
		d->err = rt_error_new(RT_EINVAL, "%s: cannot write it as "
		    "YAML: %s", d->where, problem);
}

/* Emit ev, initialised by the caller when ok is non-zero. */
static void
yaml_put(struct doc *d, int ok, yaml_event_t *ev)
{
	if (!ok) {
		d->err = rt_error_new(RT_ENOMEM, "out of memory");
		return;
	}
	/* the emitter owns ev from here, also when it fails */
	if (!yaml_emitter_emit(&d->emitter, ev))
		yaml_fail(d);
}

/*
 * Would a YAML reader take s, written plain, for something else than
 * this text: null, a boolean, a number, an indicator, a comment, YAML
 * 1.1's value and merge keys?
 */
static int
needs_quotes(const char *s)
{
	static const char *const words[] = {
		"~", "null", "true", "false", "yes", "no", "on", "off", "y",
		"n", ".inf", "-.inf", "+.inf", ".nan", "=", "<<",
	};
	size_t n = strlen(s), i;

	if (n == 0 || s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' ||
	    s[n - 1] == '\t' || s[n - 1] == ':')
		return 1;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcasecmp(s, words[i]) == 0)
			return 1;
	if (strchr("-?:,[]{}#&*!|>'\"%@`", s[0]) != NULL)
		return 1;
	/* anything that starts like a number: 12, 1.5, +1, .5, 2021-02-08 */
	if (isdigit((unsigned char)s[0]) || ((s[0] == '+' || s[0] == '.') &&
	    (isdigit((unsigned char)s[1]) || s[1] == '.')))
		return 1;
	return strchr(s, '#') != NULL || strstr(s, ": ") != NULL;
}

/* The style of a text: the emitter falls back to double quotes when a
 * literal block cannot hold it (blanks before a line end). */
static yaml_scalar_style_t
text_style(const char *s)
{
	if (strchr(s, '\r') != NULL)	/* a reader would turn CR LF into LF */
		return YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	if (strchr(s, '\n') != NULL)
		return YAML_LITERAL_SCALAR_STYLE;
	if (needs_quotes(s))
		return YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	return YAML_PLAIN_SCALAR_STYLE;
}

static void
yaml_scalar(struct doc *d, const char *s, yaml_scalar_style_t style)
{
	yaml_event_t ev;

	yaml_put(d, yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (yaml_char_t *)s, (int)strlen(s), 1, 1, style), &ev);
}

/* ---- the document writer ------------------------------------------------- */

static struct rt_error *
doc_init(struct doc *d, FILE *fp, int json)
{
	yaml_event_t ev;

	memset(d, 0, sizeof(*d));
	d->fp = fp;
	d->json = json;
	d->j.fp = fp;
	snprintf(d->where, sizeof(d->where), "the export");
	if (json)
		return NULL;
	if (!yaml_emitter_initialize(&d->emitter))
		return rt_error_new(RT_ENOMEM, "out of memory");
	yaml_emitter_set_output_file(&d->emitter, fp);
	yaml_emitter_set_unicode(&d->emitter, 1);
	yaml_emitter_set_width(&d->emitter, -1);	/* no folding */
	yaml_emitter_set_break(&d->emitter, YAML_LN_BREAK);
	yaml_put(d, yaml_stream_start_event_initialize(&ev,
	    YAML_UTF8_ENCODING), &ev);
	if (d->err == NULL)
		yaml_put(d, yaml_document_start_event_initialize(&ev, NULL,
		    NULL, NULL, 1), &ev);
	return NULL;
}

/* End the document (when all went well), free the writer and return the
 * first error. */
static struct rt_error *
doc_finish(struct doc *d)
{
	yaml_event_t ev;

	if (!d->json) {
		if (d->err == NULL)
			yaml_put(d, yaml_document_end_event_initialize(&ev, 1),
			    &ev);
		if (d->err == NULL)
			yaml_put(d, yaml_stream_end_event_initialize(&ev), &ev);
		yaml_emitter_delete(&d->emitter);
	} else if (d->err == NULL)
		fputc('\n', d->fp);
	if (d->err == NULL && (fflush(d->fp) != 0 || ferror(d->fp)))
		d->err = rt_error_new(RT_EIO, "cannot write the export: %s",
		    strerror(errno));
	return d->err;
}

/* Open a mapping (seq 0) or a sequence (seq 1). */
static void
doc_open(struct doc *d, int seq)
{
	yaml_event_t ev;

	if (d->err)
		return;
	if (d->json) {
		if (rt_json_open(&d->j, seq) == -1)
			d->err = rt_error_new(RT_EINVAL, "%s: nested too "
			    "deep", d->where);
	} else if (seq)
		yaml_put(d, yaml_sequence_start_event_initialize(&ev, NULL,
		    NULL, 1, YAML_BLOCK_SEQUENCE_STYLE), &ev);
	else
		yaml_put(d, yaml_mapping_start_event_initialize(&ev, NULL,
		    NULL, 1, YAML_BLOCK_MAPPING_STYLE), &ev);
}

static void
doc_close(struct doc *d, int seq)
{
	yaml_event_t ev;

	if (d->err)
		return;
	if (d->json)
		rt_json_close(&d->j, seq);
	else if (seq)
		yaml_put(d, yaml_sequence_end_event_initialize(&ev), &ev);
	else
		yaml_put(d, yaml_mapping_end_event_initialize(&ev), &ev);
}

static void
doc_key(struct doc *d, const char *key)
{
	if (d->err)
		return;
	d->key = key;
	if (d->json)
		rt_json_key(&d->j, key);
	else
		yaml_scalar(d, key, YAML_PLAIN_SCALAR_STYLE);
}

static void
doc_value(struct doc *d, enum val_kind kind, const char *s)
{
	if (d->err)
		return;
	if (rt_utf8_check(s) >= 0) {
		d->err = rt_error_new(RT_EINVAL, "%s: %s: not valid UTF-8 "
		    "text", d->where, d->key ? d->key : "value");
		return;
	}
	if (d->json) {
		if (kind == VAL_BARE)
			rt_json_raw(&d->j, s);
		else
			rt_json_str(&d->j, s);
		return;
	}
	switch (kind) {
	case VAL_TEXT:
		yaml_scalar(d, s, text_style(s));
		break;
	case VAL_QUOTED:
		yaml_scalar(d, s, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
		break;
	case VAL_DATE:
	case VAL_BARE:
		yaml_scalar(d, s, YAML_PLAIN_SCALAR_STYLE);
		break;
	}
}

/* key: value, nothing when the value is absent (NULL, or a date ""). */
static void
doc_field(struct doc *d, const char *key, enum val_kind kind, const char *s)
{
	if (s == NULL || (kind == VAL_DATE && *s == '\0'))
		return;
	doc_key(d, key);
	doc_value(d, kind, s);
}

static void
doc_bool(struct doc *d, const char *key, int v)
{
	doc_field(d, key, VAL_BARE, v ? "true" : "false");
}

static void
doc_int(struct doc *d, const char *key, long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", v);
	doc_field(d, key, VAL_BARE, buf);
}

static void
doc_money(struct doc *d, const char *key, int64_t cents)
{
	char buf[32];

	if (cents == RT_MONEY_NONE)
		return;
	rt_money_format(cents, buf, sizeof(buf));
	doc_field(d, key, VAL_BARE, buf);
}

/* ---- the walk ------------------------------------------------------------ */

struct walk {
	struct rt_store *st;
	const struct rt_filter *f;
	const char *as_of;		/* the state of that day; NULL: now */
	struct doc *d;
	const struct rt_report *report;	/* being written */
	int started;			/* its mapping is open */
	int (*cb)(const struct rt_rec *, void *);	/* rt_export_recs */
	void *arg;
	int stopped;			/* cb asked to stop */
	struct rt_error *err;		/* the store's, from a nested walk */
	char **written;			/* the report numbers written */
	size_t nwritten, capwritten;
	int events;			/* the events: list is open */
	int (*cited)(const char *hash, void *);	/* rt_export_doc_cited */
	void *cited_arg;
	const struct rt_export_visit *v;	/* rt_export_walk: the visitor */
	void *varg;
	const struct rt_rec *rec;	/* whose history is walked */
	/* the reports the filter selects, numbered in the listing's order
	 * (the recommendations come in one listing across them); of those
	 * that may be written with no recommendation, a copy */
	size_t nsel;
	struct rt_strmap selected;	/* number -> its place */
	struct sel *sel;		/* the copies, in that order */
	size_t nempty, capempty, next;	/* next: the first not yet reached */
	struct rt_report cur;		/* the report of the recommendations
					   being written (cur.number NULL:
					   none) */
	int flat;			/* rt_export_recs: no reports written */
};

/* A report selected that may be written with no recommendation (it has
 * none, or none as of the day): its place and a copy of it.  The others
 * are kept as their number in `selected` only, so that an export of a
 * million recommendations does not hold a copy of each report. */
struct sel {
	size_t at;
	struct rt_report *empty;
};

/* Does f select among the recommendations of a report? */
static int
rec_filtered(const struct rt_filter *f)
{
	return f->statuses || f->concurrences || f->priority ||
	    f->overdue_before || f->nofficials || f->due_from ||
	    f->unresolved_before || f->no_target;
}

/* The filter on the recommendations of report r. */
static void
rec_filter(const struct rt_filter *f, const struct rt_report *r,
    struct rt_filter *rf)
{
	memset(rf, 0, sizeof(*rf));
	rf->report = r->number;
	rf->statuses = f->statuses;
	rf->concurrences = f->concurrences;
	rf->priority = f->priority;
	rf->overdue_before = f->overdue_before;
	rf->officials = f->officials;
	rf->nofficials = f->nofficials;
	rf->due_from = f->due_from;
	rf->due_to = f->due_to;
	rf->unresolved_before = f->unresolved_before;
	rf->no_target = f->no_target;
}

static int
issuer_cb(const struct rt_issuer *is, void *arg)
{
	struct doc *d = arg;

	snprintf(d->where, sizeof(d->where), "issuer %s", is->code);
	doc_open(d, 0);
	doc_field(d, "code", VAL_TEXT, is->code);
	doc_field(d, "name", VAL_TEXT, is->name);
	doc_field(d, "kind", VAL_TEXT, is->kind);
	doc_close(d, 0);
	return d->err != NULL;
}

static int
agency_cb(const struct rt_agency *ag, void *arg)
{
	struct doc *d = arg;
	size_t i, n;

	snprintf(d->where, sizeof(d->where), "agency %s", ag->code);
	doc_open(d, 0);
	doc_field(d, "code", VAL_TEXT, ag->code);
	doc_field(d, "name", VAL_TEXT, ag->name);
	doc_field(d, "parent", VAL_TEXT, ag->parent);
	/* the codes it had before a rename, which its recommendations'
	 * histories may name: an import resolves them */
	for (i = 0, n = 0; d->agencies && i < d->agencies->n; i++) {
		if (strcmp(d->agencies->v[i].code, ag->code) != 0)
			continue;
		if (n++ == 0) {
			doc_key(d, "formerly");
			doc_open(d, 1);
		}
		doc_value(d, VAL_TEXT, d->agencies->v[i].former);
	}
	if (n > 0)
		doc_close(d, 1);
	doc_close(d, 0);
	return d->err != NULL;
}

/* An official, with the codes (and the free text) it had before. */
static int
official_cb(const struct rt_official *o, void *arg)
{
	struct doc *d = arg;
	size_t i, n;

	if (d->nofficials++ == 0) {
		doc_key(d, "officials");
		doc_open(d, 1);
	}
	snprintf(d->where, sizeof(d->where), "official %s", o->code);
	doc_open(d, 0);
	doc_field(d, "code", VAL_TEXT, o->code);
	doc_field(d, "name", VAL_TEXT, o->name);
	doc_field(d, "email", VAL_TEXT, o->email);
	doc_field(d, "agency", VAL_TEXT, o->agency);
	doc_field(d, "title", VAL_TEXT, o->title);
	doc_field(d, "reports_to", VAL_TEXT, o->reports_to);
	for (i = 0, n = 0; d->officials && i < d->officials->n; i++) {
		if (strcmp(d->officials->v[i].code, o->code) != 0)
			continue;
		if (n++ == 0) {
			doc_key(d, "formerly");
			doc_open(d, 1);
		}
		doc_value(d, VAL_TEXT, d->officials->v[i].former);
	}
	if (n > 0)
		doc_close(d, 1);
	doc_close(d, 0);
	return d->err != NULL;
}

/* Open the mapping of w->report, up to its recommendations. */
static void
report_start(struct walk *w)
{
	const struct rt_report *r = w->report;
	struct doc *d = w->d;
	size_t i;

	if (w->v != NULL) {
		w->started = 1;
		if (w->v->report != NULL && w->v->report(r, w->varg))
			w->stopped = 1;
		return;
	}
	snprintf(d->where, sizeof(d->where), "report %s", r->number);
	doc_open(d, 0);
	doc_field(d, "number", VAL_TEXT, r->number);
	doc_field(d, "title", VAL_TEXT, r->title);
	doc_field(d, "issuer", VAL_TEXT, r->issuer);
	doc_field(d, "type", VAL_TEXT, r->type);
	doc_field(d, "issued", VAL_DATE, r->issued);
	doc_int(d, "fiscal_year", r->fiscal_year);
	doc_field(d, "agency", VAL_TEXT, r->agency);
	if (r->ntopics > 0) {
		doc_key(d, "topics");
		doc_open(d, 1);
		for (i = 0; i < r->ntopics; i++)
			doc_value(d, VAL_TEXT, r->topics[i]);
		doc_close(d, 1);
	}
	doc_field(d, "url", VAL_TEXT, r->url);
	doc_field(d, "summary", VAL_TEXT, r->summary);
	doc_field(d, "sensitivity", VAL_TEXT, r->sensitivity);
	doc_key(d, "recommendations");
	doc_open(d, 1);
	w->started = 1;
}

/* The keys of an event, from `effective` on, in its open mapping. */
static void
event_keys(struct walk *w, const struct rt_event *ev)
{
	struct doc *d = w->d;
	char change[48];

	if (w->cited != NULL && strcmp(ev->kind, "evidence") == 0 &&
	    ((ev->new && w->cited(ev->new, w->cited_arg)) ||
	    (ev->old && w->cited(ev->old, w->cited_arg))) && d->err == NULL)
		d->err = rt_error_new(RT_ENOMEM, "out of memory");
	doc_field(d, "effective", VAL_DATE, ev->effective);
	doc_field(d, "at", VAL_DATE, ev->at);
	doc_field(d, "actor", VAL_TEXT, ev->actor);
	doc_field(d, "kind", VAL_TEXT, ev->kind);
	doc_field(d, "field", VAL_TEXT, ev->field);
	doc_field(d, "old", VAL_TEXT, ev->old);
	doc_field(d, "new", VAL_TEXT, ev->new);
	doc_field(d, "note", VAL_TEXT, ev->note);
	/* where it stands in the register's history: its change set
	 * (named with the register's, so that another register's is
	 * recognised), its place in the chain, the event a void voids */
	snprintf(change, sizeof(change), "%s-%lld", rt_store_uid(w->st),
	    (long long)ev->change);
	doc_field(d, "change", VAL_TEXT, change);
	doc_int(d, "seq", ev->id);
	if (ev->voids)
		doc_int(d, "voids", ev->voids);
}

/* Was ev written by events_then: effective by the as-of day, known at
 * the horizon? */
static int
then_written(const struct walk *w, const struct rt_event *ev)
{
	return ev->inactive != RT_EVENT_UNKNOWN &&
	    (w->as_of == NULL || strcmp(ev->effective, w->as_of) <= 0);
}

/*
 * The history of rec_id as of a day or as known at the horizon: the
 * events effective by the day and recorded by the horizon; a void only
 * with the event it voids, so that the file imports again.
 */
static struct rt_error *
events_then(struct walk *w, int64_t rec_id)
{
	struct rt_error *err;
	struct rt_events h;
	size_t i, j;

	if ((err = rt_events_load(w->st, rec_id, &h)) != NULL)
		return err;
	for (i = 0; i < h.n && w->d->err == NULL; i++) {
		const struct rt_event *ev = &h.ev[i];

		if (!then_written(w, ev))
			continue;
		if (ev->voids) {
			for (j = 0; j < h.n && h.ev[j].id != ev->voids; j++)
				;
			if (j == h.n || !then_written(w, &h.ev[j]))
				continue;
		}
		if (w->v != NULL) {
			if (w->v->event(w->rec, ev, w->varg)) {
				w->stopped = 1;
				break;
			}
			continue;
		}
		doc_open(w->d, 0);
		event_keys(w, ev);
		doc_close(w->d, 0);
	}
	rt_events_free(&h);
	return NULL;
}

static int
event_cb(const struct rt_event *ev, void *arg)
{
	struct walk *w = arg;
	struct doc *d = w->d;

	/* as of a day: the events effective by its end */
	if (w->as_of && strcmp(ev->effective, w->as_of) > 0)
		return 0;
	if (w->v != NULL)
		return w->stopped = w->v->event(w->rec, ev, w->varg) != 0;
	doc_open(d, 0);
	event_keys(w, ev);
	doc_close(d, 0);
	return d->err != NULL;
}

/* rec_cb for rt_export_walk: the visitor's rec, history and rec_end. */
static int
visit_rec(struct walk *w, const struct rt_rec *rec)
{
	const struct rt_export_visit *v = w->v;

	if (v->rec != NULL && v->rec(rec, w->varg))
		return w->stopped = 1;
	w->rec = rec;
	if (v->event != NULL && w->as_of == NULL &&
	    rt_store_known(w->st) == NULL)
		w->err = rt_store_event_list(w->st, rec->id, event_cb, w);
	else if (v->event != NULL)
		w->err = events_then(w, rec->id);
	if (w->err == NULL && !w->stopped && v->rec_end != NULL &&
	    v->rec_end(rec, w->varg))
		w->stopped = 1;
	return w->err != NULL || w->stopped;
}

static int
rec_cb(const struct rt_rec *rec, void *arg)
{
	struct walk *w = arg;
	struct doc *d = w->d;
	int i;

	if (!w->started)
		report_start(w);
	if (w->v != NULL)
		return w->stopped || visit_rec(w, rec);
	snprintf(d->where, sizeof(d->where), "%s#%s", rec->report,
	    rec->number);
	doc_open(d, 0);
	doc_field(d, "number", VAL_QUOTED, rec->number);
	doc_field(d, "text", VAL_TEXT, rec->text);
	doc_field(d, "agency", VAL_TEXT, rec->agency);
	doc_field(d, "official", VAL_TEXT, rec->official);
	doc_field(d, "concurrence", VAL_TEXT,
	    rt_concurrence_name(rec->concurrence));
	doc_field(d, "status", VAL_TEXT, rt_status_name(rec->status));
	doc_field(d, "target_date", VAL_DATE, rec->target_date);
	doc_field(d, "original_target_date", VAL_DATE,
	    rec->original_target_date);
	doc_field(d, "resolved_date", VAL_DATE, rec->resolved_date);
	doc_field(d, "closed_date", VAL_DATE, rec->closed_date);
	doc_field(d, "corrective_action", VAL_TEXT, rec->corrective_action);
	for (i = 0; i < RT_FLAG_COUNT; i++)
		doc_bool(d, rt_flag_field(i), rt_flag_get(rec, i));
	for (i = 0; i < RT_MONEY_COUNT; i++)
		doc_money(d, rt_money_name(i), rec->money[i]);
	doc_key(d, "history");
	doc_open(d, 1);
	if (d->err == NULL && w->as_of == NULL &&
	    rt_store_known(w->st) == NULL)
		w->err = rt_store_event_list(w->st, rec->id, event_cb, w);
	else if (d->err == NULL)
		w->err = events_then(w, rec->id);
	doc_close(d, 1);
	doc_close(d, 0);
	return w->err != NULL || d->err != NULL;
}

/* Add number to the reports written; -1 when out of memory. */
static int
written_add(struct walk *w, const char *number)
{
	char **v;
	size_t cap;

	if (w->nwritten == w->capwritten) {
		cap = w->capwritten ? 2 * w->capwritten : 16;
		if ((v = realloc(w->written, cap * sizeof(*v))) == NULL)
			return -1;
		w->written = v;
		w->capwritten = cap;
	}
	if ((w->written[w->nwritten] = rt_strdup(number)) == NULL)
		return -1;
	w->nwritten++;
	return 0;
}

/* ---- the reports and their recommendations ------------------------------ */

/* Keep report r, selected by the filter (in the listing's order). */
static int
select_cb(const struct rt_report *r, void *arg)
{
	struct walk *w = arg;
	struct sel *v, *s;
	size_t cap;

	if (w->as_of && strcmp(r->issued, w->as_of) > 0)
		return 0;		/* not issued yet */
	if (rt_strmap_put(&w->selected, r->number, (int64_t)w->nsel))
		goto nomem;
	w->nsel++;
	/* with a filter on recommendations, only reports that keep one
	 * are written */
	if (w->flat || rec_filtered(w->f) || (r->nrecs > 0 && !w->as_of))
		return 0;
	if (w->nempty == w->capempty) {
		cap = w->capempty ? 2 * w->capempty : 64;
		if ((v = realloc(w->sel, cap * sizeof(*v))) == NULL)
			goto nomem;
		w->sel = v;
		w->capempty = cap;
	}
	s = &w->sel[w->nempty];
	s->at = w->nsel - 1;
	if ((s->empty = calloc(1, sizeof(*s->empty))) == NULL)
		goto nomem;
	w->nempty++;
	if (rt_report_dup(r, s->empty) == -1)
		goto nomem;
	return 0;
nomem:
	w->err = rt_error_new(RT_ENOMEM, "out of memory");
	return 1;
}

/* End the report w->report (when it was started). */
static void
report_end(struct walk *w)
{
	const struct rt_report *r = w->report;

	if (r == NULL || !w->started || w->stopped || w->err || w->d->err)
		return;
	if (w->v != NULL) {
		if (w->v->report_end != NULL && w->v->report_end(r, w->varg))
			w->stopped = 1;
	} else {
		doc_close(w->d, 1);
		doc_close(w->d, 0);
	}
	if (w->d->err == NULL && written_add(w, r->number) == -1)
		w->err = rt_error_new(RT_ENOMEM, "out of memory");
}

/* Close the report being written, then write the selected reports before
 * place `upto` that had no recommendation in the listing. */
static void
reports_upto(struct walk *w, size_t upto)
{
	report_end(w);
	w->report = NULL;
	rt_report_free(&w->cur);
	for (; w->next < w->nempty && w->sel[w->next].at < upto;
	    w->next++) {
		if (w->stopped || w->err || w->d->err)
			continue;
		w->report = w->sel[w->next].empty;
		w->started = 0;
		report_start(w);
		report_end(w);
		w->report = NULL;
	}
}

/* Each recommendation of the one listing: the first of a report opens it
 * (read from the store: on PostgreSQL the listing's walk serves it). */
static int
walk_rec_cb(const struct rt_rec *rec, void *arg)
{
	struct walk *w = arg;
	int64_t at;

	if (!rt_strmap_get(&w->selected, rec->report, &at))
		return 0;	/* of a report the filter leaves out */
	if (w->flat)
		return w->stopped = w->cb(rec, w->arg) != 0;
	if (w->cur.number == NULL || strcmp(w->cur.number, rec->report) != 0) {
		reports_upto(w, (size_t)at);
		/* it has one: not written empty */
		if (w->next < w->nempty && w->sel[w->next].at == (size_t)at)
			w->next++;
		if (w->stopped || w->err || w->d->err)
			return 1;
		if ((w->err = rt_store_report_get(w->st, rec->report,
		    &w->cur)) != NULL)
			return 1;
		w->report = &w->cur;
		w->started = 0;
		if (!rec_filtered(w->f))
			report_start(w);
		if (w->stopped)
			return 1;
	}
	return rec_cb(rec, w);
}

/* The filter of the one listing: f's on recommendations, and those on
 * reports that apply alike to both listings (not the agency: a report's
 * is its primary one, a recommendation's its own). */
static void
all_filter(const struct rt_filter *f, struct rt_filter *rf)
{
	struct rt_report none;

	memset(&none, 0, sizeof(none));
	rec_filter(f, &none, rf);
	rf->report = f->report;
	rf->issuer = f->issuer;
	rf->topic = f->topic;
	rf->fys = f->fys;
	rf->nfys = f->nfys;
	rf->issued_from = f->issued_from;
	rf->issued_to = f->issued_to;
}

/*
 * The reports f selects, then their recommendations in one listing (as
 * recorded, or as of w->as_of), in lockstep: the recommendations come in
 * the reports' order.  Only the reports' numbers are kept (and a copy of
 * those that may be written empty), never the recommendations.
 */
static struct rt_error *
walk_reports(struct walk *w)
{
	struct rt_error *err;
	struct rt_filter rf;
	size_t i;

	err = rt_store_report_list(w->st, w->f, select_cb, w);
	if (err == NULL && (err = w->err) == NULL && w->nsel > 0) {
		all_filter(w->f, &rf);
		err = w->as_of ? rt_select(w->st, &rf, w->as_of, walk_rec_cb,
		    w) : rt_store_rec_list(w->st, &rf, walk_rec_cb, w);
		if (err == NULL && !w->flat)
			reports_upto(w, w->nsel);
		if (err == NULL)
			err = w->err;
	}
	w->err = NULL;
	w->report = NULL;
	rt_report_free(&w->cur);
	for (i = 0; i < w->nempty; i++) {
		rt_report_free(w->sel[i].empty);
		free(w->sel[i].empty);
	}
	free(w->sel);
	w->sel = NULL;
	w->nsel = w->nempty = w->capempty = w->next = 0;
	rt_strmap_free(&w->selected);
	return err;
}

/* ---- the events about reports, agencies and issuers ---------------------- */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Was report `number` written?  (w->written sorted.) */
static int
written_has(const struct walk *w, const char *number)
{
	return w->nwritten > 0 && bsearch(&number, w->written, w->nwritten,
	    sizeof(*w->written), cmp_str) != NULL;
}

/*
 * Does the export take ev, an event about a report, an agency or an
 * issuer?  Effective by the as-of day and known at the horizon; about a
 * report written; about an agency or issuer: all of them, unless the
 * export names a report, an agency or an issuer, then only those about
 * the agency or issuer named.
 */
static int
subject_taken(const struct walk *w, const struct rt_event *ev)
{
	const struct rt_filter *f = w->f;
	const char *known = rt_store_known(w->st);
	int narrowed = f->report || f->agency || f->issuer;

	if (ev->rec != 0 || ev->about < 1 ||
	    ev->about > 1 + RT_SUBJECT_OFFICIAL || ev->code == NULL)
		return 0;
	if ((w->as_of && strcmp(ev->effective, w->as_of) > 0) ||
	    (known && strcmp(ev->at, known) > 0))
		return 0;
	switch (ev->about - 1) {
	case RT_SUBJECT_REPORT:
		return written_has(w, ev->code);
	case RT_SUBJECT_AGENCY:
		return !narrowed || (f->agency &&
		    strcmp(f->agency, ev->code) == 0);
	case RT_SUBJECT_ISSUER:
		return !narrowed || (f->issuer &&
		    strcmp(f->issuer, ev->code) == 0);
	case RT_SUBJECT_OFFICIAL:
		return !narrowed;
	}
	return 0;
}

static int
subject_cb(const struct rt_event *ev, void *arg)
{
	struct walk *w = arg;
	struct doc *d = w->d;

	if (!subject_taken(w, ev))
		return 0;
	if (w->v != NULL)
		return w->stopped = w->v->subject(ev, w->varg) != 0;
	if (!w->events) {
		doc_key(d, "events");
		doc_open(d, 1);
		w->events = 1;
	}
	snprintf(d->where, sizeof(d->where), "%s", ev->subject ?
	    ev->subject : "an event");
	doc_open(d, 0);
	doc_field(d, "about", VAL_TEXT, rt_subject_name(ev->about - 1));
	doc_field(d, "code", VAL_TEXT, ev->code);
	doc_field(d, "subject", VAL_TEXT, ev->subject);
	event_keys(w, ev);
	doc_close(d, 0);
	return d->err != NULL;
}

/* The events: section, after the reports; left out when empty. */
static struct rt_error *
subject_events(struct walk *w)
{
	struct rt_error *err;

	if (w->nwritten > 1)
		qsort(w->written, w->nwritten, sizeof(*w->written), cmp_str);
	if ((err = rt_store_subject_event_walk(w->st, subject_cb, w)) !=
	    NULL)
		return err;
	if (w->events)
		doc_close(w->d, 1);
	return NULL;
}

static struct rt_error *
export_doc(struct rt_store *st, const struct rt_filter *f, const char *as_of,
    FILE *fp, int json, int (*cited)(const char *, void *), void *cited_arg)
{
	struct rt_formers agencies = { NULL, 0, 0 };
	struct rt_formers officials = { NULL, 0, 0 };
	struct rt_error *err;
	struct walk w;
	struct doc d;
	size_t i;

	if ((err = rt_formers_load(st, &agencies)) != NULL ||
	    (err = rt_formers_load_officials(st, &officials)) != NULL) {
		rt_formers_free(&agencies);
		return err;
	}
	if ((err = doc_init(&d, fp, json)) != NULL) {
		rt_formers_free(&agencies);
		rt_formers_free(&officials);
		return err;
	}
	d.agencies = &agencies;
	d.officials = &officials;
	memset(&w, 0, sizeof(w));
	w.st = st;
	w.f = f;
	w.as_of = as_of;
	w.d = &d;
	w.cited = cited;
	w.cited_arg = cited_arg;
	doc_open(&d, 0);
	doc_int(&d, "version", 1);
	doc_key(&d, "issuers");
	doc_open(&d, 1);
	if (d.err == NULL)
		w.err = rt_store_issuer_list(st, issuer_cb, &d);
	doc_close(&d, 1);
	doc_key(&d, "agencies");
	doc_open(&d, 1);
	if (d.err == NULL && w.err == NULL)
		w.err = rt_store_agency_list(st, agency_cb, &d);
	doc_close(&d, 1);
	/* officials: left out when there are none */
	if (d.err == NULL && w.err == NULL)
		w.err = rt_store_official_list(st, official_cb, &d);
	if (d.nofficials > 0)
		doc_close(&d, 1);
	doc_key(&d, "reports");
	doc_open(&d, 1);
	/* the reports, their recommendations and events are read while
	 * the report query is open: one snapshot of the database */
	if (d.err == NULL && w.err == NULL)
		w.err = walk_reports(&w);
	doc_close(&d, 1);
	if (d.err == NULL && w.err == NULL)
		w.err = subject_events(&w);
	doc_close(&d, 0);
	err = doc_finish(&d);
	for (i = 0; i < w.nwritten; i++)
		free(w.written[i]);
	free(w.written);
	rt_formers_free(&agencies);
	rt_formers_free(&officials);
	if (w.err) {
		rt_error_free(err);
		err = w.err;
	}
	return err;
}

struct rt_error *
rt_export_yaml(struct rt_store *st, const struct rt_filter *f, FILE *fp)
{
	return export_doc(st, f, NULL, fp, 0, NULL, NULL);
}

struct rt_error *
rt_export_json(struct rt_store *st, const struct rt_filter *f, FILE *fp)
{
	return export_doc(st, f, NULL, fp, 1, NULL, NULL);
}

struct rt_error *
rt_export_doc_as_of(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, FILE *fp, int json)
{
	return export_doc(st, f, as_of, fp, json, NULL, NULL);
}

struct rt_error *
rt_export_doc_cited(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, FILE *fp, int json,
    int (*cited)(const char *hash, void *), void *arg)
{
	return export_doc(st, f, as_of, fp, json, cited, arg);
}

/* ---- a visitor ----------------------------------------------------------- */

struct rt_error *
rt_export_walk(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, const struct rt_export_visit *v, void *arg)
{
	struct rt_error *err;
	struct walk w;
	struct doc d;		/* never written: its err stays NULL */
	size_t i;

	memset(&w, 0, sizeof(w));
	memset(&d, 0, sizeof(d));
	w.st = st;
	w.f = f;
	w.as_of = as_of;
	w.d = &d;
	w.v = v;
	w.varg = arg;
	err = walk_reports(&w);
	if (err == NULL && !w.stopped && v->subject != NULL)
		err = subject_events(&w);
	for (i = 0; i < w.nwritten; i++)
		free(w.written[i]);
	free(w.written);
	return err;
}

/* ---- flat ---------------------------------------------------------------- */

struct rt_error *
rt_export_recs(struct rt_store *st, const struct rt_filter *f,
    int (*cb)(const struct rt_rec *, void *), void *arg)
{
	return rt_export_recs_as_of(st, f, NULL, cb, arg);
}

struct rt_error *
rt_export_recs_as_of(struct rt_store *st, const struct rt_filter *f,
    const char *as_of, int (*cb)(const struct rt_rec *, void *), void *arg)
{
	struct walk w;
	struct doc d;		/* never written */

	memset(&w, 0, sizeof(w));
	memset(&d, 0, sizeof(d));
	w.st = st;
	w.f = f;
	w.as_of = as_of;
	w.cb = cb;
	w.arg = arg;
	w.flat = 1;
	w.d = &d;
	return walk_reports(&w);
}
