/* Unit tests of the YAML and JSON export and of its filters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "harness.h"

#include "base/clock.h"
#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "core/lifecycle.h"
#include "core/rec.h"
#include "formats/export.h"
#include "store/store.h"

static struct rt_config cfg;

static void
add_issuer(struct rt_store *st, char *code, char *name, char *kind)
{
	struct rt_issuer is = { code, name, kind };

	ok(rt_store_issuer_add(st, &is));
}

static void
add_agency(struct rt_store *st, char *code, char *name, char *parent)
{
	struct rt_agency ag = { code, name, parent, NULL, 0 };

	ok(rt_store_agency_add(st, &ag));
}

static void
add_report(struct rt_store *st, char *number, char *issuer, char *agency,
    const char *issued, char **topics, size_t ntopics, char *summary)
{
	struct rt_report r;

	memset(&r, 0, sizeof(r));
	r.number = number;
	r.title = number;
	r.issuer = issuer;
	r.type = "audit";
	strcpy(r.issued, issued);
	r.fiscal_year = rt_date_fiscal_year(issued, 10);
	r.agency = agency;
	r.topics = topics;
	r.ntopics = ntopics;
	r.summary = summary;
	r.sensitivity = "public";
	ok(rt_store_report_add(st, &r));
}

/* rec add REPORT --text TEXT with a status and target at issuance. */
static void
add_rec(struct rt_store *st, const char *report, const char *text,
    enum rt_status status, enum rt_concurrence conc, const char *target)
{
	struct rt_actor who = { "tester", NULL, NULL };
	struct rt_rec rec;

	rt_rec_init(&rec);
	rec.report = rt_strdup(report);
	rec.text = rt_strdup(text);
	rec.status = status;
	rec.concurrence = conc;
	if (target)
		strcpy(rec.target_date, target);
	ok(rt_rec_add(st, &cfg, &rec, &who, NULL));
	rt_rec_free(&rec);
}

static void
add_official(struct rt_store *st, const char *code)
{
	struct rt_official of;

	memset(&of, 0, sizeof(of));
	of.code = of.name = (char *)code;
	ok(rt_store_official_add(st, &of));
}

/*
 * Two issuers, DHS with CBP and FEMA below it, and three reports:
 * OIG-21-19 (CBP) with two recommendations, one of them changed and
 * closed; GAO-20-536 (FEMA) with one open recommendation; OIG-18-87
 * (DHS) with none.
 */
static int
setup(void **state)
{
	static char *topics[] = { "Port of Entry", "yes" };
	struct rt_actor who = { "liaison", "2022-11-14", "verified" };
	struct rt_change set[] = {
		{ "official", "Office: Field Operations" },
		{ "questioned_cost", "1234.56" },
		{ "priority", "yes" },
		{ "corrective_action", "Revise the guidance  \nand train" },
	};
	static char id[] = "OIG-21-19#2";
	char *ids[] = { id };
	struct rt_request req;
	struct rt_outcome *o;
	struct rt_store *st;
	size_t n;
	int changed;

	rt_config_defaults(&cfg);
	assert_int_equal(rt_clock_fix("2026-11-28T12:00:00Z"), 0);
	ok(rt_store_open(":memory:", RT_STORE_CREATE, &st));
	/* the register's name, which each history entry's change names */
	ok(rt_store_set_uid(st, "0a1b2c3d"));
	ok(rt_store_begin(st));
	add_issuer(st, "dhs-oig", "DHS Office of Inspector General", "oig");
	add_issuer(st, "gao", "U.S. Government Accountability Office",
	    "gao");
	add_agency(st, "DHS", "Department of Homeland Security", NULL);
	add_agency(st, "CBP", "U.S. Customs and Border Protection", "DHS");
	add_agency(st, "FEMA", "Federal Emergency Management Agency", "DHS");
	add_official(st, "Office: Field Operations");
	add_report(st, "OIG-21-19", "dhs-oig", "CBP", "2021-02-08", topics, 2,
	    "We determined that:\n- one\n- two\n");
	add_report(st, "GAO-20-536", "gao", "FEMA", "2020-07-01", NULL, 0,
	    NULL);
	add_report(st, "OIG-18-87", "dhs-oig", "DHS", "2018-09-01", NULL, 0,
	    NULL);
	ok(rt_store_commit(st));
	add_rec(st, "OIG-21-19", "Improve oversight.", RT_OPEN_RESOLVED,
	    RT_CONC_CONCUR, "2021-09-30");
	add_rec(st, "OIG-21-19", "yes", RT_OPEN_UNRESOLVED, RT_CONC_CONCUR,
	    NULL);
	add_rec(st, "GAO-20-536", "Open – Resolved \"q\" \\ back",
	    RT_OPEN_PENDING, RT_CONC_PENDING, NULL);
	ok(rt_rec_set(st, "OIG-21-19", "2", set, 4, &who, &changed));
	assert_int_equal(changed, 4);
	memset(&req, 0, sizeof(req));
	req.verb = RT_VERB_STATUS;
	req.status = RT_CLOSED_IMPLEMENTED;
	ok(rt_apply(st, &cfg, ids, 1, &req, &who, &o, &n));
	rt_outcomes_free(o, n);
	*state = st;
	return 0;
}

static int
teardown(void **state)
{
	rt_store_close(*state);
	rt_clock_fix(NULL);
	return 0;
}

/* Run an export into a string (freed by the caller). */
static char *
run(struct rt_error *(*fn)(struct rt_store *, const struct rt_filter *,
    FILE *), struct rt_store *st, const struct rt_filter *f)
{
	char *buf = NULL;
	size_t len;
	FILE *fp;

	assert_non_null(fp = open_memstream(&buf, &len));
	ok(fn(st, f, fp));
	assert_int_equal(fclose(fp), 0);
	return buf;
}

/* the whole document, in two parts (a literal holds 4095 bytes) */
static const char yaml_all[] =
"version: 1\n"
"issuers:\n"
"- code: dhs-oig\n"
"  name: DHS Office of Inspector General\n"
"  kind: oig\n"
"- code: gao\n"
"  name: U.S. Government Accountability Office\n"
"  kind: gao\n"
"agencies:\n"
"- code: DHS\n"
"  name: Department of Homeland Security\n"
"- code: CBP\n"
"  name: U.S. Customs and Border Protection\n"
"  parent: DHS\n"
"- code: FEMA\n"
"  name: Federal Emergency Management Agency\n"
"  parent: DHS\n"
"officials:\n"
"- code: \"Office: Field Operations\"\n"
"  name: \"Office: Field Operations\"\n"
"reports:\n"
"- number: OIG-18-87\n"
"  title: OIG-18-87\n"
"  issuer: dhs-oig\n"
"  type: audit\n"
"  issued: 2018-09-01\n"
"  fiscal_year: 2018\n"
"  agency: DHS\n"
"  sensitivity: public\n"
"  recommendations: []\n"
"- number: GAO-20-536\n"
"  title: GAO-20-536\n"
"  issuer: gao\n"
"  type: audit\n"
"  issued: 2020-07-01\n"
"  fiscal_year: 2020\n"
"  agency: FEMA\n"
"  sensitivity: public\n"
"  recommendations:\n"
"  - number: \"1\"\n"
"    text: Open – Resolved \"q\" \\ back\n"
"    agency: FEMA\n"
"    concurrence: pending\n"
"    status: open-pending\n"
"    priority: false\n"
"    significant: false\n"
"    on_hold: false\n"
"    closure_requested: false\n"
"    partially_addressed: false\n"
"    history:\n"
"    - effective: 2020-07-01\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: tester\n"
"      kind: issued\n"
"      field: status\n"
"      new: open-pending\n"
"      change: \"0a1b2c3d-3\"\n"
"      seq: 6\n";
static const char yaml_all2[] =
"- number: OIG-21-19\n"
"  title: OIG-21-19\n"
"  issuer: dhs-oig\n"
"  type: audit\n"
"  issued: 2021-02-08\n"
"  fiscal_year: 2021\n"
"  agency: CBP\n"
"  topics:\n"
"  - Port of Entry\n"
"  - \"yes\"\n"
"  summary: |\n"
"    We determined that:\n"
"    - one\n"
"    - two\n"
"  sensitivity: public\n"
"  recommendations:\n"
"  - number: \"1\"\n"
"    text: Improve oversight.\n"
"    agency: CBP\n"
"    concurrence: concur\n"
"    status: open-resolved\n"
"    target_date: 2021-09-30\n"
"    original_target_date: 2021-09-30\n"
"    resolved_date: 2021-02-08\n"
"    priority: false\n"
"    significant: false\n"
"    on_hold: false\n"
"    closure_requested: false\n"
"    partially_addressed: false\n"
"    history:\n"
"    - effective: 2021-02-08\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: tester\n"
"      kind: issued\n"
"      field: status\n"
"      new: open-resolved\n"
"      change: \"0a1b2c3d-1\"\n"
"      seq: 1\n"
"    - effective: 2021-02-08\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: tester\n"
"      kind: concurrence\n"
"      field: concurrence\n"
"      old: pending\n"
"      new: concur\n"
"      change: \"0a1b2c3d-1\"\n"
"      seq: 2\n"
"    - effective: 2021-02-08\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: tester\n"
"      kind: target\n"
"      field: target_date\n"
"      new: \"2021-09-30\"\n"
"      change: \"0a1b2c3d-1\"\n"
"      seq: 3\n"
"  - number: \"2\"\n"
"    text: \"yes\"\n"
"    agency: CBP\n"
"    official: \"Office: Field Operations\"\n"
"    concurrence: concur\n"
"    status: closed-implemented\n"
"    closed_date: 2022-11-14\n"
"    corrective_action: \"Revise the guidance  \\nand train\"\n"
"    priority: true\n"
"    significant: false\n"
"    on_hold: false\n"
"    closure_requested: false\n"
"    partially_addressed: false\n"
"    questioned_cost: 1234.56\n"
"    history:\n"
"    - effective: 2021-02-08\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: tester\n"
"      kind: issued\n"
"      field: status\n"
"      new: open-unresolved\n"
"      change: \"0a1b2c3d-2\"\n"
"      seq: 4\n"
"    - effective: 2021-02-08\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: tester\n"
"      kind: concurrence\n"
"      field: concurrence\n"
"      old: pending\n"
"      new: concur\n"
"      change: \"0a1b2c3d-2\"\n"
"      seq: 5\n"
"    - effective: 2022-11-14\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: liaison\n"
"      kind: field\n"
"      field: official\n"
"      new: \"Office: Field Operations\"\n"
"      note: verified\n"
"      change: \"0a1b2c3d-4\"\n"
"      seq: 7\n"
"    - effective: 2022-11-14\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: liaison\n"
"      kind: field\n"
"      field: questioned_cost\n"
"      new: \"1234.56\"\n"
"      note: verified\n"
"      change: \"0a1b2c3d-4\"\n"
"      seq: 8\n"
"    - effective: 2022-11-14\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: liaison\n"
"      kind: flag\n"
"      field: priority\n"
"      old: \"no\"\n"
"      new: \"yes\"\n"
"      note: verified\n"
"      change: \"0a1b2c3d-4\"\n"
"      seq: 9\n"
"    - effective: 2022-11-14\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: liaison\n"
"      kind: field\n"
"      field: corrective_action\n"
"      new: \"Revise the guidance  \\nand train\"\n"
"      note: verified\n"
"      change: \"0a1b2c3d-4\"\n"
"      seq: 10\n"
"    - effective: 2022-11-14\n"
"      at: 2026-11-28T12:00:00Z\n"
"      actor: liaison\n"
"      kind: status\n"
"      field: status\n"
"      old: open-unresolved\n"
"      new: closed-implemented\n"
"      note: verified\n"
"      change: \"0a1b2c3d-5\"\n"
"      seq: 11\n";

/* The whole database, exactly. */
static void
test_yaml_all(void **state)
{
	struct rt_filter f = { 0 };
	char *s = run(rt_export_yaml, *state, &f);

	assert_true(strlen(s) > strlen(yaml_all));
	assert_int_equal(strncmp(s, yaml_all, strlen(yaml_all)), 0);
	assert_string_equal(s + strlen(yaml_all), yaml_all2);
	free(s);
}

/* The whole document in JSON for one report, exactly. */
static void
test_json(void **state)
{
	static const char want[] =
"{\n"
"  \"version\": 1,\n"
"  \"issuers\": [\n"
"    {\n"
"      \"code\": \"dhs-oig\",\n"
"      \"name\": \"DHS Office of Inspector General\",\n"
"      \"kind\": \"oig\"\n"
"    },\n"
"    {\n"
"      \"code\": \"gao\",\n"
"      \"name\": \"U.S. Government Accountability Office\",\n"
"      \"kind\": \"gao\"\n"
"    }\n"
"  ],\n"
"  \"agencies\": [\n"
"    {\n"
"      \"code\": \"DHS\",\n"
"      \"name\": \"Department of Homeland Security\"\n"
"    },\n"
"    {\n"
"      \"code\": \"CBP\",\n"
"      \"name\": \"U.S. Customs and Border Protection\",\n"
"      \"parent\": \"DHS\"\n"
"    },\n"
"    {\n"
"      \"code\": \"FEMA\",\n"
"      \"name\": \"Federal Emergency Management Agency\",\n"
"      \"parent\": \"DHS\"\n"
"    }\n"
"  ],\n"
"  \"officials\": [\n"
"    {\n"
"      \"code\": \"Office: Field Operations\",\n"
"      \"name\": \"Office: Field Operations\"\n"
"    }\n"
"  ],\n"
"  \"reports\": [\n"
"    {\n"
"      \"number\": \"GAO-20-536\",\n"
"      \"title\": \"GAO-20-536\",\n"
"      \"issuer\": \"gao\",\n"
"      \"type\": \"audit\",\n"
"      \"issued\": \"2020-07-01\",\n"
"      \"fiscal_year\": 2020,\n"
"      \"agency\": \"FEMA\",\n"
"      \"sensitivity\": \"public\",\n"
"      \"recommendations\": [\n"
"        {\n"
"          \"number\": \"1\",\n"
"          \"text\": \"Open – Resolved \\\"q\\\" \\\\ back\",\n"
"          \"agency\": \"FEMA\",\n"
"          \"concurrence\": \"pending\",\n"
"          \"status\": \"open-pending\",\n"
"          \"priority\": false,\n"
"          \"significant\": false,\n"
"          \"on_hold\": false,\n"
"          \"closure_requested\": false,\n"
"          \"partially_addressed\": false,\n"
"          \"history\": [\n"
"            {\n"
"              \"effective\": \"2020-07-01\",\n"
"              \"at\": \"2026-11-28T12:00:00Z\",\n"
"              \"actor\": \"tester\",\n"
"              \"kind\": \"issued\",\n"
"              \"field\": \"status\",\n"
"              \"new\": \"open-pending\",\n"
"              \"change\": \"0a1b2c3d-3\",\n"
"              \"seq\": 6\n"
"            }\n"
"          ]\n"
"        }\n"
"      ]\n"
"    }\n"
"  ]\n"
"}\n";
	struct rt_filter f = { .issuer = "gao" };
	char *s = run(rt_export_json, *state, &f);

	assert_string_equal(s, want);
	free(s);
}

/* JSON of recommendation 2: the multi-line text escaped, money a
 * number, flags booleans. */
static void
test_json_values(void **state)
{
	struct rt_filter f = { .report = "OIG-21-19" };
	char *s = run(rt_export_json, *state, &f);

	assert_non_null(strstr(s, "\n      \"topics\": [\n"
	    "        \"Port of Entry\",\n        \"yes\"\n      ],\n"));
	assert_non_null(strstr(s, "\"summary\": \"We determined that:\\n"
	    "- one\\n- two\\n\",\n"));
	assert_non_null(strstr(s, "\"corrective_action\": \"Revise the "
	    "guidance  \\nand train\",\n"));
	assert_non_null(strstr(s, "\"priority\": true,\n"));
	assert_non_null(strstr(s, "\"questioned_cost\": 1234.56,\n"));
	assert_non_null(strstr(s, "\"closed_date\": \"2022-11-14\",\n"));
	assert_null(strstr(s, "OIG-18-87"));
	free(s);
}

/* ---- reading the YAML back ----------------------------------------------- */

/* The scalars that are values in a mapping, with their key and style. */
struct pair {
	char *key, *value;
	yaml_scalar_style_t style;
};

struct pairs {
	struct pair *v;
	size_t n;
};

/* Parse the YAML text s with libyaml (no error allowed) into *out. */
static void
read_back(const char *s, struct pairs *out)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	int is_map[64], want_key[64], depth = 0, done = 0;
	char *key = NULL;

	memset(out, 0, sizeof(*out));
	assert_true(yaml_parser_initialize(&parser));
	yaml_parser_set_input_string(&parser, (const unsigned char *)s,
	    strlen(s));
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev))
			fail_msg("YAML does not parse: %s at line %zu",
			    parser.problem, parser.problem_mark.line + 1);
		switch (ev.type) {
		case YAML_MAPPING_START_EVENT:
		case YAML_SEQUENCE_START_EVENT:
			assert_true(depth < 63);
			if (depth > 0 && is_map[depth])
				want_key[depth] = 1;
			depth++;
			is_map[depth] = ev.type == YAML_MAPPING_START_EVENT;
			want_key[depth] = 1;
			break;
		case YAML_MAPPING_END_EVENT:
		case YAML_SEQUENCE_END_EVENT:
			depth--;
			break;
		case YAML_SCALAR_EVENT:
			if (!is_map[depth])
				break;
			if (want_key[depth]) {
				free(key);
				key = rt_strdup((char *)ev.data.scalar.value);
				want_key[depth] = 0;
				break;
			}
			want_key[depth] = 1;
			out->v = realloc(out->v,
			    (out->n + 1) * sizeof(*out->v));
			assert_non_null(out->v);
			out->v[out->n].key = rt_strdup(key);
			out->v[out->n].value = rt_strdup(
			    (char *)ev.data.scalar.value);
			out->v[out->n].style = ev.data.scalar.style;
			out->n++;
			break;
		case YAML_ALIAS_EVENT:
			fail_msg("an alias in the export");
			break;
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	free(key);
}

static void
pairs_free(struct pairs *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		free(p->v[i].key);
		free(p->v[i].value);
	}
	free(p->v);
}

/* The nth value of key in p. */
static const struct pair *
nth(const struct pairs *p, const char *key, size_t n)
{
	size_t i, left = n;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->v[i].key, key) == 0 && left-- == 0)
			return &p->v[i];
	fail_msg("no value %zu of %s", n, key);
	return NULL;
}

/* Each text, the style it must have: p plain, q double-quoted, l
 * literal.  (The store keeps no empty texts: "" is stored as absent.) */
static const struct tricky {
	const char *text;
	char style;
} tricky[] = {
	{ "yes", 'q' }, { "No", 'q' }, { "ON", 'q' }, { "off", 'q' },
	{ "true", 'q' }, { "False", 'q' }, { "y", 'q' }, { "n", 'q' },
	{ "~", 'q' }, { "null", 'q' }, { "Null", 'q' }, { "NULL", 'q' },
	{ "1.5", 'q' }, { "12", 'q' }, { "0x1F", 'q' },
	{ "1e3", 'q' }, { "2021-02-08", 'q' }, { "+1", 'q' }, { ".5", 'q' },
	{ ".inf", 'q' }, { ".NaN", 'q' }, { "-", 'q' }, { "- item", 'q' },
	{ "-1", 'q' }, { "#x", 'q' }, { "a #b", 'q' }, { "a#b", 'q' },
	{ "key: value", 'q' }, { "ends:", 'q' }, { "[x]", 'q' },
	{ "{x}", 'q' }, { "&a", 'q' }, { "*a", 'q' }, { "!tag", 'q' },
	{ "|", 'q' }, { ">", 'q' }, { "'q'", 'q' }, { "\"q\"", 'q' },
	{ "%x", 'q' }, { "@x", 'q' }, { "`x`", 'q' }, { "?", 'q' },
	{ ",", 'q' }, { "...", 'q' }, { " lead", 'q' }, { "trail ", 'q' },
	{ "tab\there", 'q' }, { "cr\r\nlf", 'q' }, { "bell\a", 'q' },
	{ "trailing  \nspaces  ", 'q' }, { "line one  \nline two", 'q' },
	{ "line1\nline2", 'l' }, { "ends with a newline\n", 'l' },
	{ "two newlines\n\n", 'l' }, { "\nleading newline", 'l' },
	{ "  indented\nblock", 'l' }, { "yes\nno", 'l' },
	{ "# not a comment\n- not a list", 'l' },
	{ "Open – Resolved", 'p' }, { "back\\slash \"quoted\"", 'p' },
	{ "plain text, with a comma", 'p' }, { "OIG-21-19", 'p' },
	{ "a-b", 'p' }, { "x: ", 'q' }, { "é", 'p' },
};

/* Every tricky text reads back byte for byte, in the style it needs. */
static void
test_yaml_tricky(void **state)
{
	struct rt_store *st = *state;
	struct rt_filter f = { .report = "T-1" };
	struct pairs p;
	struct rt_rec rec;
	const struct pair *v;
	size_t i, n = sizeof(tricky) / sizeof(tricky[0]);
	char num[16], *s;

	ok(rt_store_begin(st));
	add_report(st, "T-1", "gao", "CBP", "2024-01-02", NULL, 0, NULL);
	for (i = 0; i < n; i++) {
		rt_rec_init(&rec);
		snprintf(num, sizeof(num), "%zu", i + 1);
		rec.report = "T-1";
		rec.number = num;
		rec.text = (char *)tricky[i].text;
		rec.official = (char *)tricky[i].text;
		rec.agency = "CBP";
		ok(rt_store_rec_insert(st, &rec));
	}
	ok(rt_store_commit(st));
	s = run(rt_export_yaml, st, &f);
	read_back(s, &p);
	for (i = 0; i < n; i++) {
		const char *what = tricky[i].text;
		yaml_scalar_style_t want =
		    tricky[i].style == 'q' ? YAML_DOUBLE_QUOTED_SCALAR_STYLE :
		    tricky[i].style == 'l' ? YAML_LITERAL_SCALAR_STYLE :
		    YAML_PLAIN_SCALAR_STYLE;

		v = nth(&p, "text", i);
		if (strcmp(v->value, what) != 0 || v->style != want)
			fail_msg("text %zu: \"%s\" (style %d) read back as "
			    "\"%s\" (style %d)", i + 1, what, want, v->value,
			    v->style);
		v = nth(&p, "official", i);
		assert_string_equal(v->value, what);
		v = nth(&p, "number", i + 1);	/* 0 is the report's */
		snprintf(num, sizeof(num), "%zu", i + 1);
		assert_string_equal(v->value, num);
		assert_int_equal(v->style, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
	}
	/* dates, numbers and booleans plain */
	assert_int_equal(nth(&p, "issued", 0)->style, YAML_PLAIN_SCALAR_STYLE);
	assert_int_equal(nth(&p, "fiscal_year", 0)->style,
	    YAML_PLAIN_SCALAR_STYLE);
	assert_int_equal(nth(&p, "priority", 0)->style,
	    YAML_PLAIN_SCALAR_STYLE);
	assert_string_equal(nth(&p, "version", 0)->value, "1");
	pairs_free(&p);
	free(s);
}

/* The whole fixture parses back with the values of the store. */
static void
test_yaml_reads_back(void **state)
{
	struct rt_filter f = { 0 };
	struct pairs p;
	char *s = run(rt_export_yaml, *state, &f);

	read_back(s, &p);
	assert_string_equal(nth(&p, "summary", 0)->value,
	    "We determined that:\n- one\n- two\n");
	assert_string_equal(nth(&p, "corrective_action", 0)->value,
	    "Revise the guidance  \nand train");
	assert_string_equal(nth(&p, "text", 0)->value,
	    "Open – Resolved \"q\" \\ back");
	assert_string_equal(nth(&p, "questioned_cost", 0)->value, "1234.56");
	assert_string_equal(nth(&p, "parent", 1)->value, "DHS");
	pairs_free(&p);
	free(s);
}

/* ---- filters ------------------------------------------------------------ */

static int
collect(const struct rt_rec *rec, void *arg)
{
	struct rt_buf *b = arg;

	rt_buf_printf(b, "%s%s#%s", b->len ? " " : "", rec->report,
	    rec->number);
	return 0;
}

/* The recommendations a filter selects, as "R#N R#N". */
static char *
selected(struct rt_store *st, const struct rt_filter *f)
{
	struct rt_buf b = { 0 };

	ok(rt_export_recs(st, f, collect, &b));
	return b.s ? b.s : rt_strdup("");
}

static void
check_selected(struct rt_store *st, const struct rt_filter *f,
    const char *want)
{
	char *s = selected(st, f);

	assert_string_equal(s, want);
	free(s);
}

/* The report numbers in the YAML export of f, as "A B". */
static void
check_reports(struct rt_store *st, const struct rt_filter *f,
    const char *want)
{
	struct rt_buf b = { 0 };
	const char *p;
	char *s = run(rt_export_yaml, st, f);

	for (p = s; (p = strstr(p, "\n- number: ")) != NULL; p++)
		rt_buf_printf(&b, "%s%.*s", b.len ? " " : "",
		    (int)strcspn(p + 11, "\n"), p + 11);
	assert_string_equal(b.s ? b.s : "", want);
	/* issuers and agencies are always all there */
	assert_non_null(strstr(s, "- code: gao\n"));
	assert_non_null(strstr(s, "- code: FEMA\n"));
	rt_buf_free(&b);
	free(s);
}

static void
test_filters(void **state)
{
	struct rt_store *st = *state;
	struct rt_filter f = { 0 };

	check_selected(st, &f, "GAO-20-536#1 OIG-21-19#1 OIG-21-19#2");
	check_reports(st, &f, "OIG-18-87 GAO-20-536 OIG-21-19");
	/* agency DHS takes its sub-agencies */
	f.agency = "DHS";
	check_reports(st, &f, "OIG-18-87 GAO-20-536 OIG-21-19");
	f.agency = "CBP";
	check_selected(st, &f, "OIG-21-19#1 OIG-21-19#2");
	check_reports(st, &f, "OIG-21-19");
	f.agency = NULL;
	f.issuer = "dhs-oig";
	check_selected(st, &f, "OIG-21-19#1 OIG-21-19#2");
	check_reports(st, &f, "OIG-18-87 OIG-21-19");
	f.issuer = NULL;
	f.report = "OIG-18-87";
	check_selected(st, &f, "");
	check_reports(st, &f, "OIG-18-87");
	/* a status filter leaves out reports with nothing left */
	f.report = NULL;
	f.statuses = 1u << RT_CLOSED_IMPLEMENTED;
	check_selected(st, &f, "OIG-21-19#2");
	check_reports(st, &f, "OIG-21-19");
	f.statuses = 1u << RT_OPEN_PENDING | 1u << RT_OPEN_RESOLVED;
	check_selected(st, &f, "GAO-20-536#1 OIG-21-19#1");
	check_reports(st, &f, "GAO-20-536 OIG-21-19");
	f.statuses = 1u << RT_CLOSED_NOT_IMPLEMENTED;
	check_selected(st, &f, "");
	check_reports(st, &f, "");
}

/* With a status filter, a report keeps only the matching ones. */
static void
test_status_filter_yaml(void **state)
{
	struct rt_filter f = { .statuses = 1u << RT_CLOSED_IMPLEMENTED };
	char *s = run(rt_export_yaml, *state, &f);

	assert_non_null(strstr(s, "  recommendations:\n  - number: \"2\"\n"));
	assert_null(strstr(s, "number: \"1\""));
	assert_non_null(strstr(s, "\nreports:\n- number: OIG-21-19\n"));
	free(s);
	f.statuses = 1u << RT_CLOSED_NOT_IMPLEMENTED;
	s = run(rt_export_yaml, *state, &f);
	assert_non_null(strstr(s, "\nreports: []\n"));
	free(s);
	s = run(rt_export_json, *state, &f);
	assert_non_null(strstr(s, "\n  \"reports\": []\n}\n"));
	free(s);
}

/* ---- errors ------------------------------------------------------------- */

/* Text that is not UTF-8 is refused, naming where it is. */
static void
test_not_utf8(void **state)
{
	struct rt_store *st = *state;
	struct rt_filter f = { .report = "OIG-21-19" };
	struct rt_rec rec;
	char *buf = NULL;
	size_t len;
	FILE *fp;

	ok(rt_store_begin(st));
	rt_rec_init(&rec);
	rec.report = "OIG-21-19";
	rec.number = "3";
	rec.text = "caf\xe9";
	rec.agency = "CBP";
	ok(rt_store_rec_insert(st, &rec));
	ok(rt_store_commit(st));
	assert_non_null(fp = open_memstream(&buf, &len));
	expect(rt_export_yaml(st, &f, fp), RT_EINVAL,
	    "OIG-21-19#3: text: not valid UTF-8 text");
	expect(rt_export_json(st, &f, fp), RT_EINVAL,
	    "OIG-21-19#3: text: not valid UTF-8 text");
	fclose(fp);
	free(buf);
}

/* A full disk is an RT_EIO error. */
static void
test_write_error(void **state)
{
	struct rt_filter f = { 0 };
	struct rt_error *err;
	FILE *fp;

	if ((fp = fopen("/dev/full", "w")) == NULL)
		skip();
	err = rt_export_yaml(*state, &f, fp);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EIO);
	rt_error_free(err);
	clearerr(fp);
	err = rt_export_json(*state, &f, fp);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EIO);
	rt_error_free(err);
	fclose(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_yaml_all, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_json, setup, teardown),
		cmocka_unit_test_setup_teardown(test_json_values, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_yaml_tricky, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_yaml_reads_back, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_filters, setup, teardown),
		cmocka_unit_test_setup_teardown(test_status_filter_yaml, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_not_utf8, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_write_error, setup,
		    teardown),
	};

	return cmocka_run_group_tests_name("export", tests, NULL, NULL);
}
