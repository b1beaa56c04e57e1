/*
 * rectrack — the OSCAL POA&M export: the risks (with the history as the
 * risk log), the poam-items and the back matter.
 */
#include "formats/oscal_export.h"

#include <stdlib.h>
#include <string.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/money.h"
#include "core/event.h"
#include "core/rec.h"
#include "formats/export.h"
#include "formats/json.h"
#include "formats/oscal.h"
#include "formats/oscal_export_impl.h"
#include "store/store.h"

/* ---- risks --------------------------------------------------------------- */

/* The lifecycle of the remediation of a recommendation in status st. */
static const char *
lifecycle(int st)
{
	switch (st) {
	case RT_OPEN_UNRESOLVED:
	case RT_OPEN_RESOLVED:
		return "planned";
	case RT_CLOSED_IMPLEMENTED:
		return "completed";
	}
	return "recommendation";	/* pending, or never carried out */
}

/* A milestone task: the target date (which: "original", "target"). */
static void
milestone(struct ox *x, const char *id, const char *which,
    const char *title, const char *date)
{
	char key[300], when[21];

	snprintf(key, sizeof(key), "%s %s", id, which);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_uuid(x, "uuid", "milestone", key);
	ox_key_str(x, "type", "milestone");
	ox_key_str(x, "title", title);
	ox_key_open(x, "timing", RT_JSON_OBJECT);
	ox_key_open(x, "on-date", RT_JSON_OBJECT);
	rt_oscal_date_time(date, when);
	ox_key_str(x, "date", when);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_OBJECT);
}

static void
remediation(struct ox *x, const struct rt_rec *rec, const char *id)
{
	int target = rec->target_date[0] != '\0';
	int original = rec->original_target_date[0] != '\0';

	ox_key_open(x, "remediations", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_uuid(x, "uuid", "response", id);
	ox_key_str(x, "lifecycle", lifecycle(rec->status));
	ox_key_str(x, "title", "Corrective action");
	ox_key_str(x, "description", rec->corrective_action ?
	    rec->corrective_action : "None recorded.");
	if (rec->corrective_action == NULL)
		ox_prop(x, "no-corrective-action", "true");
	ox_props_end(x);
	if (target || original) {
		ox_key_open(x, "tasks", RT_JSON_ARRAY);
		if (original)
			milestone(x, id, "original", "Original target date",
			    rec->original_target_date);
		if (target)
			milestone(x, id, "target", "Target date",
			    rec->target_date);
		rt_json_close(&x->j, RT_JSON_ARRAY);
	}
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
}

static int
risk_open(const struct rt_rec *rec, void *arg)
{
	struct ox *x = arg;
	char when[21], *id;

	if ((id = ox_rec_id(rec)) == NULL) {
		ox_fail_nomem(x);
		return 1;
	}
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_uuid(x, "uuid", "risk", id);
	ox_key_str(x, "title", id);
	ox_key_str(x, "description", rec->text);
	ox_key_str(x, "statement", rec->text);
	ox_prop(x, "status", rt_status_name(rec->status));
	ox_props_end(x);
	ox_key_str(x, "status", rt_oscal_risk_status(rec->status));
	if (rec->target_date[0]) {
		rt_oscal_date_time(rec->target_date, when);
		ox_key_str(x, "deadline", when);
	}
	remediation(x, rec, id);
	free(id);
	x->entries = 0;
	return x->err != NULL;
}

/* The properties of an event, from `kind` on (the risk-log's and, with
 * who set, the register events', which also tell when and by whom). */
static void
event_props(struct ox *x, const struct rt_event *ev, int who)
{
	ox_prop(x, "kind", ev->kind);
	ox_prop(x, "field", ev->field);
	ox_prop(x, "old", ev->old);
	ox_prop(x, "new", ev->new);
	ox_prop(x, "effective", ev->effective);
	if (who) {
		ox_prop(x, "at", ev->at);
		ox_prop(x, "actor", ev->actor);
	}
	ox_prop_int(x, "seq", ev->id);
	if (ev->voids)
		ox_prop_int(x, "voids", ev->voids);
}

static int
risk_entry(const struct rt_rec *rec, const struct rt_event *ev, void *arg)
{
	struct ox *x = arg;
	enum rt_status st;
	char title[200], seq[32];

	(void)rec;
	if (!x->entries) {
		ox_key_open(x, "risk-log", RT_JSON_OBJECT);
		ox_key_open(x, "entries", RT_JSON_ARRAY);
		x->entries = 1;
	}
	rt_json_open(&x->j, RT_JSON_OBJECT);
	snprintf(seq, sizeof(seq), "%lld", (long long)ev->id);
	ox_key_uuid(x, "uuid", "event", seq);
	rt_oscal_entry_title(ev, title, sizeof(title));
	ox_key_str(x, "title", title);
	ox_key_str(x, "description", ev->note);
	ox_key_str(x, "start", ev->at);
	event_props(x, ev, 0);
	ox_props_end(x);
	if (ev->actor) {
		char u[RT_UUID_SIZE];

		/* on one line, as the props */
		ox_uuid_of(x, "actor", ev->actor, u);
		rt_json_key(&x->j, "logged-by");
		rt_json_raw(&x->j, "[ { \"party-uuid\": \"");
		fputs(u, x->j.fp);
		fputs("\", \"role-id\": \"recorder\" } ]", x->j.fp);
	}
	if ((strcmp(ev->kind, "issued") == 0 ||
	    strcmp(ev->kind, "status") == 0) && ev->new &&
	    rt_status_parse(ev->new, &st) == 0)
		ox_key_str(x, "status-change", rt_oscal_risk_status(st));
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

static int
risk_close(const struct rt_rec *rec, void *arg)
{
	struct ox *x = arg;

	if (x->entries) {
		rt_json_close(&x->j, RT_JSON_ARRAY);
		rt_json_close(&x->j, RT_JSON_OBJECT);
		x->entries = 0;
	}
	ox_related(x, "related-observations", "observation-uuid", "report",
	    rec->report);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

/* ---- poam-items ---------------------------------------------------------- */

static void
prop_date(struct ox *x, const char *name, const char *date)
{
	if (date[0])
		ox_prop(x, name, date);
}

static int
poam_item(const struct rt_rec *rec, void *arg)
{
	struct ox *x = arg;
	char money[32], *id;
	int i;

	if ((id = ox_rec_id(rec)) == NULL) {
		ox_fail_nomem(x);
		return 1;
	}
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_uuid(x, "uuid", "item", id);
	ox_key_str(x, "title", id);
	ox_key_str(x, "description", rec->text);
	ox_prop(x, "report", rec->report);
	ox_prop(x, "number", rec->number);
	ox_prop(x, "status", rt_status_name(rec->status));
	ox_prop(x, "concurrence", rt_concurrence_name(rec->concurrence));
	ox_prop(x, "agency", rec->agency);
	ox_prop(x, "official", rec->official);
	for (i = 0; i < RT_FLAG_COUNT; i++)
		ox_prop_field(x, rt_flag_field(i), rt_flag_get(rec, i) ?
		    "true" : "false");
	prop_date(x, "target-date", rec->target_date);
	prop_date(x, "original-target-date", rec->original_target_date);
	prop_date(x, "resolved-date", rec->resolved_date);
	prop_date(x, "closed-date", rec->closed_date);
	for (i = 0; i < RT_MONEY_COUNT; i++) {
		if (rec->money[i] == RT_MONEY_NONE)
			continue;
		rt_money_format(rec->money[i], money, sizeof(money));
		ox_prop_field(x, rt_money_name(i), money);
	}
	ox_props_end(x);
	if (rec->issuer)
		ox_origins(x, rec->issuer);
	ox_related(x, "related-observations", "observation-uuid", "report",
	    rec->report);
	ox_related(x, "related-risks", "risk-uuid", "risk", id);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	free(id);
	return x->err != NULL;
}

/* ---- back matter --------------------------------------------------------- */

static void
resources_open(struct ox *x)
{
	if (x->resources)
		return;
	rt_json_close(&x->j, RT_JSON_ARRAY);	/* the poam-items */
	ox_key_open(x, "back-matter", RT_JSON_OBJECT);
	ox_key_open(x, "resources", RT_JSON_ARRAY);
	x->resources = 1;
}

static int
register_event(const struct rt_event *ev, void *arg)
{
	struct ox *x = arg;
	char title[240], seq[32];
	size_t len;

	resources_open(x);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	snprintf(seq, sizeof(seq), "%lld", (long long)ev->id);
	ox_key_uuid(x, "uuid", "register-event", seq);
	snprintf(title, sizeof(title), "%s: ", ev->subject ? ev->subject :
	    "event");
	len = strlen(title);
	rt_oscal_entry_title(ev, title + len, sizeof(title) - len);
	ox_key_str(x, "title", title);
	ox_key_str(x, "description", ev->note);
	ox_prop(x, "resource-of", "register-event");
	ox_prop(x, "about", rt_subject_name(ev->about - 1));
	ox_prop(x, "code", ev->code);
	ox_prop(x, "subject", ev->subject);
	event_props(x, ev, 1);
	ox_props_end(x);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	return x->err != NULL;
}

static void
evidence(struct ox *x, const struct cite *c)
{
	resources_open(x);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_uuid(x, "uuid", "evidence", c->hash);
	ox_key_str(x, "title", c->name);
	ox_prop(x, "resource-of", "evidence");
	ox_props_end(x);
	ox_key_open(x, "rlinks", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_str(x, "href", c->hash);
	ox_key_open(x, "hashes", RT_JSON_ARRAY);
	rt_json_open(&x->j, RT_JSON_OBJECT);
	ox_key_str(x, "algorithm", "SHA-256");
	ox_key_str(x, "value", c->hash);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	rt_json_close(&x->j, RT_JSON_ARRAY);
	rt_json_close(&x->j, RT_JSON_OBJECT);
}

/* The document after the metadata: observations to back matter. */
struct rt_error *
ox_body(struct ox *x)
{
	static const struct rt_export_visit risks = {
		.rec = risk_open, .event = risk_entry, .rec_end = risk_close,
	};
	static const struct rt_export_visit items = {
		.rec = poam_item, .subject = register_event,
	};
	struct rt_error *err;
	size_t i;

	ox_key_open(x, "system-id", RT_JSON_OBJECT);
	ox_key_str(x, "identifier-type", x->o->system_id_type);
	ox_key_str(x, "id", x->o->system_id);
	rt_json_close(&x->j, RT_JSON_OBJECT);
	ox_key_open(x, "observations", RT_JSON_ARRAY);
	if ((err = rt_store_report_list(x->st, x->f, ox_observation,
	    x)) != NULL)
		return err;
	rt_json_close(&x->j, RT_JSON_ARRAY);
	ox_key_open(x, "risks", RT_JSON_ARRAY);
	if (x->err || (err = rt_export_walk(x->st, x->f, x->o->as_of, &risks,
	    x)) != NULL)
		return err;
	rt_json_close(&x->j, RT_JSON_ARRAY);
	ox_key_open(x, "poam-items", RT_JSON_ARRAY);
	if (x->err || (err = rt_export_walk(x->st, x->f, x->o->as_of, &items,
	    x)) != NULL)
		return err;
	for (i = 0; x->err == NULL && i < x->ncites; i++)
		evidence(x, &x->cites[i]);
	if (x->resources) {
		rt_json_close(&x->j, RT_JSON_ARRAY);
		rt_json_close(&x->j, RT_JSON_OBJECT);
	} else
		rt_json_close(&x->j, RT_JSON_ARRAY);
	return NULL;
}

