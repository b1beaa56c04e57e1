/*
 * Unit tests of the import reader (src/formats/yamlin*.c): what a
 * recording sink receives from a complete document (from a string and
 * from a file), every refusal with its exact message, the sink's errors,
 * empty inputs and a streaming run over 20,000 reports.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "formats/yaml.h"
#include "formats/yamlin.h"
#include "store/store.h"

/* ---- a recording sink ----------------------------------------------- */

struct log {
	struct rt_buf	 b;		/* what was received, one line each */
	int		 nissuers, nagencies, nreports;
	int		 fail_at;	/* report number n (1-based) fails */
	int		 quiet;		/* streaming: check the order only */
	char		 last[32];	/* number of the last report */
};

static const char *
str(const char *s)
{
	return s != NULL ? s : "-";
}

static void
add_pos(struct log *l, const struct rt_imp_pos *pos)
{
	assert_int_equal(rt_buf_printf(&l->b, " @%d:%d %s\n", pos->line,
	    pos->col, pos->path), 0);
}

static struct rt_error *
rec_issuer(void *arg, const struct rt_imp_issuer *is)
{
	struct log *l = arg;

	l->nissuers++;
	assert_int_equal(rt_buf_printf(&l->b, "issuer %s|%s|%s",
	    is->issuer.code, is->issuer.name, str(is->issuer.kind)), 0);
	add_pos(l, &is->pos);
	return NULL;
}

static struct rt_error *
rec_agency(void *arg, const struct rt_imp_agency *ag)
{
	struct log *l = arg;

	l->nagencies++;
	assert_int_equal(rt_buf_printf(&l->b, "agency %s|%s|%s",
	    ag->agency.code, ag->agency.name, str(ag->agency.parent)), 0);
	add_pos(l, &ag->pos);
	return NULL;
}

static void
add_event(struct log *l, const struct rt_imp_event *e)
{
	const struct rt_event *ev = &e->ev;

	assert_int_equal(rt_buf_printf(&l->b, "    event %s|%s|%s|%s|%s|"
	    "%s|%s|%s", ev->effective, ev->at, str(ev->actor), ev->kind,
	    str(ev->field), str(ev->old), str(ev->new), str(ev->note)), 0);
	add_pos(l, &e->pos);
}

static void
add_rec(struct log *l, const struct rt_imp_rec *r)
{
	const struct rt_rec *c = &r->rec;
	size_t i;

	assert_int_equal(rt_buf_printf(&l->b, "  rec %s#%s|%s|%s|%s|%s|%s|"
	    "%s|%s|%s|%s|%s|%d%d%d%d%d|%lld,%lld,%lld,%lld|%#lx", c->report,
	    c->number, c->text, str(c->agency), str(c->official),
	    rt_concurrence_name(c->concurrence), rt_status_name(c->status),
	    c->target_date, c->original_target_date, c->resolved_date,
	    c->closed_date, str(c->corrective_action), c->priority,
	    c->significant, c->on_hold, c->closure_requested,
	    c->partially_addressed, (long long)c->money[0],
	    (long long)c->money[1], (long long)c->money[2],
	    (long long)c->money[3], r->given), 0);
	add_pos(l, &r->pos);
	for (i = 0; i < r->nhistory; i++)
		add_event(l, &r->history[i]);
}

static struct rt_error *
rec_report(void *arg, const struct rt_imp_report *ir)
{
	struct log *l = arg;
	const struct rt_report *r = &ir->report;
	size_t i;

	l->nreports++;
	if (l->nreports == l->fail_at)
		return rt_error_new(RT_EEXIST, "sink says no to %s",
		    r->number);
	if (l->quiet) {
		/* the streaming run: R-00000, R-00001, … each whole */
		snprintf(l->last, sizeof(l->last), "R-%05d", l->nreports - 1);
		assert_string_equal(r->number, l->last);
		assert_int_equal(ir->nrecs, 2);
		assert_int_equal(ir->recs[0].nhistory, 1);
		assert_string_equal(ir->recs[1].rec.report, r->number);
		return NULL;
	}
	snprintf(l->last, sizeof(l->last), "%s", r->number);
	assert_int_equal(rt_buf_printf(&l->b, "report %s|%s|%s|%s|%s|%d|%s|"
	    "%s|%s|%s|", r->number, r->title, str(r->issuer), str(r->type),
	    r->issued, r->fiscal_year, str(r->agency), str(r->url),
	    str(r->summary), str(r->sensitivity)), 0);
	for (i = 0; i < r->ntopics; i++)
		assert_int_equal(rt_buf_printf(&l->b, "%s[%s]", i ? "," : "",
		    r->topics[i]), 0);
	assert_int_equal(rt_buf_printf(&l->b, "|%#lx", ir->given), 0);
	add_pos(l, &ir->pos);
	for (i = 0; i < ir->nrecs; i++)
		add_rec(l, &ir->recs[i]);
	return NULL;
}

static struct rt_error *
rec_event(void *arg, const struct rt_imp_event *e)
{
	struct log *l = arg;
	const struct rt_event *ev = &e->ev;

	assert_int_equal(rt_buf_printf(&l->b, "event %d|%s|%s|%s|%s|%s|%s|"
	    "%lld|%lld", ev->about, ev->code, str(ev->subject), ev->kind,
	    str(ev->field), str(ev->old), str(ev->new), (long long)ev->id,
	    (long long)ev->voids), 0);
	add_pos(l, &e->pos);
	return NULL;
}

static struct rt_error *
parse_fp(FILE *fp, struct log *l)
{
	struct rt_imp_sink sink = { rec_issuer, rec_agency, rec_report, l,
	    rec_event, NULL };

	return rt_import_parse(fp, "t.yaml", &sink);
}

/* Parse text (fmemopen) into l. */
static struct rt_error *
parse(const char *text, struct log *l)
{
	struct rt_error *err;
	FILE *fp;

	assert_non_null(fp = fmemopen((void *)text, strlen(text), "r"));
	err = parse_fp(fp, l);
	fclose(fp);
	return err;
}

/* text parses and the sink receives exactly want. */
static void
parse_ok(const char *text, const char *want)
{
	struct log l;

	memset(&l, 0, sizeof(l));
	ok(parse(text, &l));
	assert_string_equal(l.b.s ? l.b.s : "", want);
	rt_buf_free(&l.b);
}

/* text is refused with exactly msg. */
static void
parse_err(const char *text, const char *msg)
{
	struct log l;

	memset(&l, 0, sizeof(l));
	expect(parse(text, &l), RT_EINVAL, msg);
	rt_buf_free(&l.b);
}

/* A report around recommendation lines (each indented by 6). */
#define REPORT(recs) \
    "reports:\n" \
    "  - number: R-1\n" \
    "    title: T\n" \
    "    issued: 2021-02-08\n" \
    "    recommendations:\n" recs

/* ---- what the sink receives ------------------------------------------- */

static const char full_doc[] =
    "version: 1                      # optional\n"
    "issuers:\n"
    "  - {code: dhs-oig, name: DHS Office of Inspector General, kind: oig}\n"
    "  - code: gao\n"
    "    name: Government Accountability Office\n"
    "agencies:\n"
    "  - {code: DHS, name: Department of Homeland Security}\n"
    "  - {code: CBP, name: U.S. Customs and Border Protection, "
    "parent: DHS}\n"
    "reports:\n"
    "  - number: OIG-21-19\n"
    "    title: CBP Needs to Improve the Oversight of its Canine "
    "Program\n"
    "    issuer: dhs-oig\n"
    "    type: audit\n"
    "    issued: 2021-02-08\n"
    "    fiscal_year: 2021\n"
    "    agency: CBP\n"
    "    topics: [Port of Entry, \"Canines\"]\n"
    "    url: https://www.oig.dhs.gov/reports/2021/oig-21-19\n"
    "    summary: >\n"
    "      We determined that\n"
    "      CBP did not.\n"
    "    sensitivity: public\n"
    "    recommendations:\n"
    "      - number: \"1\"\n"
    "        text: Develop a plan.\n"
    "        concurrence: concur\n"
    "        status: open-resolved\n"
    "        target_date: 2021-09-30\n"
    "      - number: 4\n"
    "        text: |\n"
    "          Train handlers.\n"
    "        agency: DHS\n"
    "        official: Executive Assistant Commissioner\n"
    "        concurrence: concur\n"
    "        status: closed-implemented\n"
    "        target_date: 2022-03-31\n"
    "        original_target_date: 2021-12-31\n"
    "        resolved_date: 2021-06-01\n"
    "        closed_date: 2022-04-15\n"
    "        corrective_action: New training.\n"
    "        priority: true\n"
    "        significant: yes\n"
    "        on_hold: false\n"
    "        closure_requested: no\n"
    "        partially_addressed: true\n"
    "        questioned_cost: 1234.56\n"
    "        unsupported_cost: \"$1,000\"\n"
    "        funds_better_use: 0\n"
    "        potential_savings: 12\n"
    "        history:                # optional past events, oldest "
    "first\n"
    "          - {effective: 2021-02-08, kind: issued, field: status,\n"
    "             new: open-pending, at: \"2021-02-09T10:00:00Z\",\n"
    "             actor: importer}\n"
    "          - {effective: 2021-02-08, kind: status, field: status,\n"
    "             old: open-pending, new: open-unresolved}\n"
    "          - {effective: 2021-03-01, kind: concurrence, new: concur}\n"
    "          - effective: 2021-06-01\n"
    "            kind: target\n"
    "            field: target_date\n"
    "            new: 2021-12-31\n"
    "          - {effective: 2021-06-01, kind: status, "
    "new: open-resolved}\n"
    "          - {effective: 2021-07-01, kind: flag, field: on-hold, "
    "new: yes}\n"
    "          - {effective: 2021-08-01, kind: flag, field: on_hold, "
    "new: no}\n"
    "          - {effective: 2021-09-01, kind: field, field: official,\n"
    "             new: Executive Assistant Commissioner}\n"
    "          - {effective: 2021-10-01, kind: note, "
    "note: Met with CBP.}\n"
    "          - {effective: 2022-04-15, kind: status, "
    "new: closed-implemented}\n"
    "          - {effective: 2022-04-15, kind: imported}\n"
    "  - number: OIG-18-87\n"
    "    title: An inspection\n"
    "    type: inspection\n"
    "    issued: 2018-09-27\n";

static const char full_want[] =
    "issuer dhs-oig|DHS Office of Inspector General|oig @3:5 issuers[0]\n"
    "issuer gao|Government Accountability Office|- @4:5 issuers[1]\n"
    "agency DHS|Department of Homeland Security|- @7:5 agencies[0]\n"
    "agency CBP|U.S. Customs and Border Protection|DHS @8:5 agencies[1]\n"
    "report OIG-21-19|CBP Needs to Improve the Oversight of its Canine "
    "Program|dhs-oig|audit|2021-02-08|2021|CBP|"
    "https://www.oig.dhs.gov/reports/2021/oig-21-19|"
    "We determined that CBP did not.\n|public|[Port of Entry],[Canines]"
    "|0x3ff @10:5 reports[0]\n"
    "  rec OIG-21-19#1|Develop a plan.|-|-|concur|open-resolved|"
    "2021-09-30||||-|00000|-1,-1,-1,-1|0x39 @24:9 "
    "reports[0].recommendations[0]\n"
    "  rec OIG-21-19#4|Train handlers.\n|DHS|Executive Assistant "
    "Commissioner|concur|closed-implemented|2022-03-31|2021-12-31|"
    "2021-06-01|2022-04-15|New training.|11001|123456,100000,0,1200|"
    "0xfffff @29:9 reports[0].recommendations[1]\n"
    "    event 2021-02-08|2021-02-09T10:00:00Z|importer|issued|status|-|"
    "open-pending|- @51:13 reports[0].recommendations[1].history[0]\n"
    "    event 2021-02-08||-|status|status|open-pending|open-unresolved|"
    "- @54:13 reports[0].recommendations[1].history[1]\n"
    "    event 2021-03-01||-|concurrence|-|-|concur|- @56:13 "
    "reports[0].recommendations[1].history[2]\n"
    "    event 2021-06-01||-|target|target_date|-|2021-12-31|- @57:13 "
    "reports[0].recommendations[1].history[3]\n"
    "    event 2021-06-01||-|status|-|-|open-resolved|- @61:13 "
    "reports[0].recommendations[1].history[4]\n"
    "    event 2021-07-01||-|flag|on-hold|-|yes|- @62:13 "
    "reports[0].recommendations[1].history[5]\n"
    "    event 2021-08-01||-|flag|on_hold|-|no|- @63:13 "
    "reports[0].recommendations[1].history[6]\n"
    "    event 2021-09-01||-|field|official|-|Executive Assistant "
    "Commissioner|- @64:13 reports[0].recommendations[1].history[7]\n"
    "    event 2021-10-01||-|note|-|-|-|Met with CBP. @66:13 "
    "reports[0].recommendations[1].history[8]\n"
    "    event 2022-04-15||-|status|-|-|closed-implemented|- @67:13 "
    "reports[0].recommendations[1].history[9]\n"
    "    event 2022-04-15||-|imported|-|-|-|- @68:13 "
    "reports[0].recommendations[1].history[10]\n"
    "report OIG-18-87|An inspection|-|inspection|2018-09-27|0|-|-|-|-|"
    "|0xd @69:5 reports[1]\n";

static void
test_full(void **state)
{
	(void)state;
	parse_ok(full_doc, full_want);
}

static void
test_file(void **state)
{
	char path[] = "/tmp/rt_yamlin.XXXXXX";
	struct log l;
	FILE *fp;
	int fd;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	assert_int_equal(write(fd, full_doc, strlen(full_doc)),
	    (ssize_t)strlen(full_doc));
	assert_int_equal(close(fd), 0);
	memset(&l, 0, sizeof(l));
	assert_non_null(fp = fopen(path, "r"));
	ok(parse_fp(fp, &l));
	fclose(fp);
	assert_int_equal(unlink(path), 0);
	assert_string_equal(l.b.s, full_want);
	rt_buf_free(&l.b);
}

static void
test_empty(void **state)
{
	static const char *const empty[] = {
		"", "\n", "# nothing\n", "---\n", "--- ~\n", "~\n", "null\n",
		"---\n...\n", "{}\n", "version: 1\n", "reports: []\n",
		"reports:\n", "issuers: ~\n", "agencies: []\n",
		"version: ~\nissuers: ~\nagencies: ~\nreports: ~\n",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(empty) / sizeof(empty[0]); i++)
		parse_ok(empty[i], "");
}

/* ~, null and empty values of optional keys are as if absent. */
static void
test_null_values(void **state)
{
	(void)state;
	parse_ok("issuers: [{code: x, name: X, kind: ~}]\n"
	    "agencies: [{code: A, name: B, parent: null}]\n"
	    "reports:\n"
	    "  - {number: R, title: T, issued: 2021-02-08, issuer: ~,\n"
	    "     type: ~, fiscal_year: ~, agency: ~, topics: ~, url: ,\n"
	    "     summary: NULL, sensitivity: Null, recommendations: ~}\n"
	    "  - number: S\n"
	    "    title: T\n"
	    "    issued: 2021-02-08\n"
	    "    recommendations:\n"
	    "      - {number: 1, text: t, agency: ~, official: ~,\n"
	    "         concurrence: ~, status: ~, target_date: ~,\n"
	    "         original_target_date: ~, resolved_date: ~,\n"
	    "         closed_date: ~, corrective_action: ~, priority: ~,\n"
	    "         significant: ~, on_hold: ~, closure_requested: ~,\n"
	    "         partially_addressed: ~, questioned_cost: ~,\n"
	    "         unsupported_cost: ~, funds_better_use: ~,\n"
	    "         potential_savings: ~, history: ~}\n"
	    "      - number: 2\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: note, field: ~,\n"
	    "             old: ~, new: ~, note: ~, actor: ~, at: ~}\n",
	    "issuer x|X|- @1:11 issuers[0]\n"
	    "agency A|B|- @2:12 agencies[0]\n"
	    "report R|T|-|-|2021-02-08|0|-|-|-|-||0x9 @4:5 reports[0]\n"
	    "report S|T|-|-|2021-02-08|0|-|-|-|-||0x9 @7:5 reports[1]\n"
	    "  rec S#1|t|-|-|pending|open-pending|||||-|00000|"
	    "-1,-1,-1,-1|0x1 @11:9 reports[1].recommendations[0]\n"
	    "  rec S#2|t|-|-|pending|open-pending|||||-|00000|"
	    "-1,-1,-1,-1|0x80001 @19:9 reports[1].recommendations[1]\n"
	    "    event 2021-02-08||-|note|-|-|-|- @22:13 "
	    "reports[1].recommendations[1].history[0]\n");
}

/* Quoted scalars are strings: "" and "~" are values, not nulls. */
static void
test_quoted_strings(void **state)
{
	(void)state;
	parse_ok("reports:\n"
	    "  - {number: \"~\", title: 'null', issued: '2021-02-08',\n"
	    "     url: \"\", summary: ''}\n",
	    "report ~|null|-|-|2021-02-08|0|-|||-||0x189 @2:5 reports[0]\n");
}

/* ---- refusals: the shape of the file ------------------------------------ */

static void
test_unknown_key_top(void **state)
{
	(void)state;
	parse_err("version: 1\nreport: []\n", "t.yaml:2:1: report: unknown "
	    "key (expected one of version, issuers, agencies, officials, reports, events)");
}

static void
test_unknown_key_report(void **state)
{
	(void)state;
	parse_err("reports:\n  - number: R\n    titel: T\n",
	    "t.yaml:3:5: reports[0].titel: unknown key (expected one of "
	    "number, title, issuer, type, issued, fiscal_year, agency, "
	    "topics, url, summary, sensitivity, recommendations)");
}

static void
test_unknown_key_rec(void **state)
{
	(void)state;
	parse_err(REPORT("      - {number: 1, text: t, stauts: open}\n"),
	    "t.yaml:6:30: reports[0].recommendations[0].stauts: unknown key "
	    "(expected one of number, text, agency, official, concurrence, "
	    "status, target_date, original_target_date, resolved_date, "
	    "closed_date, corrective_action, priority, significant, on_hold, "
	    "closure_requested, partially_addressed, questioned_cost, "
	    "unsupported_cost, funds_better_use, potential_savings, "
	    "disallowed_cost, fbu_agreed, history)");
}

static void
test_unknown_key_history(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history: [{effective: 2021-02-08, kind: note, by: me}]\n"),
	    "t.yaml:8:55: reports[0].recommendations[0].history[0].by: "
	    "unknown key (expected one of effective, kind, field, old, new, "
	    "note, actor, at, change, seq, voids)");
}

static void
test_unknown_key_issuer(void **state)
{
	(void)state;
	parse_err("issuers: [{code: x, name: X, type: oig}]\n",
	    "t.yaml:1:30: issuers[0].type: unknown key (expected one of "
	    "code, name, kind)");
}

static void
test_unknown_key_agency(void **state)
{
	(void)state;
	parse_err("agencies:\n  - code: A\n    name: B\n    parnet: C\n",
	    "t.yaml:4:5: agencies[0].parnet: unknown key (expected one of "
	    "code, name, parent, formerly)");
}

static void
test_duplicate_key(void **state)
{
	(void)state;
	parse_err("reports:\n  - number: R\n    title: T\n    title: U\n",
	    "t.yaml:4:5: reports[0].title: duplicate key (first on line 3)");
}

/* A key given twice is refused even when the first value was null. */
static void
test_duplicate_null_key(void **state)
{
	(void)state;
	parse_err("version: ~\nversion: 1\n",
	    "t.yaml:2:1: version: duplicate key (first on line 1)");
}

static void
test_missing_key(void **state)
{
	(void)state;
	parse_err("reports:\n  - number: R\n    issued: 2021-02-08\n",
	    "t.yaml:2:5: reports[0]: missing required key \"title\"");
}

static void
test_required_null(void **state)
{
	(void)state;
	parse_err("reports:\n  - number: R\n    title: ~\n",
	    "t.yaml:3:12: reports[0].title: needs a value (found nothing)");
}

static void
test_required_blank(void **state)
{
	(void)state;
	parse_err("issuers: [{code: \"  \", name: X}]\n",
	    "t.yaml:1:18: issuers[0].code: needs a value (found \"  \")");
}

static void
test_anchor(void **state)
{
	(void)state;
	parse_err("issuers:\n  - &a {code: x, name: X}\n",
	    "t.yaml:2:5: issuers[0]: found an anchor (&a); anchors are not "
	    "allowed");
}

static void
test_anchor_scalar(void **state)
{
	(void)state;
	parse_err("version: &v 1\n",
	    "t.yaml:1:10: version: found an anchor (&v); anchors are not "
	    "allowed");
}

static void
test_alias(void **state)
{
	(void)state;
	parse_err("issuers: *a\n",
	    "t.yaml:1:10: issuers: found an alias (*a); aliases are not "
	    "allowed");
}

/* libyaml 0.2.5 takes a self-referencing alias; the anchor stops it. */
static void
test_alias_self(void **state)
{
	(void)state;
	parse_err("reports: &r [*r]\n",
	    "t.yaml:1:10: reports: found an anchor (&r); anchors are not "
	    "allowed");
}

static void
test_tag(void **state)
{
	(void)state;
	parse_err("reports:\n  - number: !!str R\n",
	    "t.yaml:2:13: reports[0].number: found a tag "
	    "(tag:yaml.org,2002:str); tags are not allowed");
}

static void
test_tag_local(void **state)
{
	(void)state;
	parse_err("--- !report\n", "t.yaml:1:5: found a tag (!report); "
	    "tags are not allowed");
}

static void
test_tabs(void **state)
{
	(void)state;
	parse_err("reports:\n\t- number: R\n",
	    "t.yaml:2:1: reports: while scanning for the next token: "
	    "found character that cannot start any token");
}

static void
test_syntax(void **state)
{
	(void)state;
	parse_err("reports: [{number: R\n",
	    "t.yaml:2:1: reports[0]: while parsing a flow mapping: "
	    "did not find expected ',' or '}'");
}

static void
test_syntax_indent(void **state)
{
	(void)state;
	parse_err("version: 1: 2\n",
	    "t.yaml:1:11: mapping values are not allowed in this context");
}

static void
test_second_document(void **state)
{
	(void)state;
	parse_err("version: 1\n---\nversion: 1\n",
	    "t.yaml:2:1: found a second document; only one document is "
	    "allowed");
}

static void
test_nul(void **state)
{
	(void)state;
	parse_err("reports: [{number: \"R\\0\"}]\n",
	    "t.yaml:1:20: reports[0].number: found a NUL character; NUL "
	    "characters are not allowed");
}

static void
test_invalid_utf8(void **state)
{
	(void)state;
	parse_err("reports:\n  - number: R\xff\n",
	    "t.yaml:2:14: byte 23: invalid leading UTF-8 octet (0xFF)");
}

static void
test_incomplete_utf8(void **state)
{
	(void)state;
	parse_err("reports:\n  - number: R\xc3",
	    "t.yaml:2:14: byte 23: incomplete UTF-8 octet sequence");
}

static void
test_control_character(void **state)
{
	(void)state;
	parse_err("version: \x01\n",
	    "t.yaml:1:10: byte 10: control characters are not allowed "
	    "(0x01)");
}

/* 100000 '[' are refused at the first one the format does not expect. */
static void
test_deep_nesting(void **state)
{
	struct rt_buf b = { 0 };
	int i;

	(void)state;
	assert_int_equal(rt_buf_puts(&b, "reports:\n  - number: R\n"
	    "    topics: "), 0);
	for (i = 0; i < 100000; i++)
		assert_int_equal(rt_buf_puts(&b, "["), 0);
	parse_err(b.s, "t.yaml:3:14: reports[0].topics[0]: expected a single "
	    "value, found a list");
	rt_buf_free(&b);
}

static void
test_deep_nesting_top(void **state)
{
	struct rt_buf b = { 0 };
	int i;

	(void)state;
	for (i = 0; i < 100000; i++)
		assert_int_equal(rt_buf_puts(&b, "{a: "), 0);
	parse_err(b.s, "t.yaml:1:2: a: unknown key (expected one of "
	    "version, issuers, agencies, officials, reports, events)");
	rt_buf_free(&b);
}

/* ---- refusals: types ---------------------------------------------------- */

static void
test_list_for_scalar(void **state)
{
	(void)state;
	parse_err("reports:\n  - number: [R]\n",
	    "t.yaml:2:13: reports[0].number: expected a single value, "
	    "found a list");
}

static void
test_mapping_for_scalar(void **state)
{
	(void)state;
	parse_err(REPORT("      - {number: 1, text: t, status: {a: b}}\n"),
	    "t.yaml:6:38: reports[0].recommendations[0].status: expected a "
	    "single value, found a mapping");
}

static void
test_scalar_for_list(void **state)
{
	(void)state;
	parse_err("reports: R-1\n", "t.yaml:1:10: reports: expected a list "
	    "of reports, found \"R-1\"");
}

static void
test_mapping_for_list(void **state)
{
	(void)state;
	parse_err(REPORT("      number: 1\n"),
	    "t.yaml:6:7: reports[0].recommendations: expected a list of "
	    "recommendations, found a mapping");
}

static void
test_scalar_for_mapping(void **state)
{
	(void)state;
	parse_err(REPORT("      - 1\n"),
	    "t.yaml:6:9: reports[0].recommendations[0]: expected a "
	    "recommendation (a mapping), found \"1\"");
}

static void
test_list_for_mapping(void **state)
{
	(void)state;
	parse_err("- version: 1\n", "t.yaml:1:1: expected a mapping with "
	    "the keys version, issuers, agencies, officials, reports, events, "
	    "found a list");
}

static void
test_null_for_mapping(void **state)
{
	(void)state;
	parse_err("issuers: [~]\n", "t.yaml:1:11: issuers[0]: expected an "
	    "issuer (a mapping), found nothing");
}

static void
test_list_for_key(void **state)
{
	(void)state;
	parse_err("? [a]\n: b\n", "t.yaml:1:3: expected a key, found a list");
}

/* ---- refusals: values --------------------------------------------------- */

static void
test_impossible_date(void **state)
{
	(void)state;
	parse_err("reports:\n  - {number: R, issued: 2021-02-29}\n",
	    "t.yaml:2:25: reports[0].issued: no such date \"2021-02-29\" "
	    "(expected an existing date as YYYY-MM-DD)");
}

static void
test_malformed_date(void **state)
{
	(void)state;
	parse_err(REPORT("      - {number: 1, text: t, target_date: 2021-9-30}"
	    "\n"), "t.yaml:6:43: reports[0].recommendations[0].target_date: "
	    "malformed date \"2021-9-30\" (expected YYYY-MM-DD)");
}

static void
test_malformed_instant(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: note,\n"
	    "             at: 2021-02-08T24:00:00Z}\n"),
	    "t.yaml:10:18: reports[0].recommendations[0].history[0].at: "
	    "malformed time \"2021-02-08T24:00:00Z\" (expected "
	    "YYYY-MM-DDTHH:MM:SSZ, in UTC)");
}

static void
test_unknown_status(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        status: opne\n"),
	    "t.yaml:8:17: reports[0].recommendations[0].status: unknown "
	    "value \"opne\" (expected one of open-pending, open-unresolved, "
	    "open-resolved, closed-implemented, closed-not-implemented)");
}

static void
test_unknown_concurrence(void **state)
{
	(void)state;
	parse_err(REPORT("      - {number: 1, text: t, concurrence: agree}\n"),
	    "t.yaml:6:43: reports[0].recommendations[0].concurrence: unknown "
	    "value \"agree\" (expected one of pending, concur, partial, "
	    "non-concur, no-position)");
}

static void
test_unknown_type(void **state)
{
	(void)state;
	parse_err("reports: [{number: R, type: audti}]\n",
	    "t.yaml:1:29: reports[0].type: unknown value \"audti\" (expected "
	    "one of audit, inspection, evaluation, management-alert, review, "
	    "other)");
}

static void
test_unknown_sensitivity(void **state)
{
	(void)state;
	parse_err("reports: [{number: R, sensitivity: secret}]\n",
	    "t.yaml:1:36: reports[0].sensitivity: unknown value \"secret\" "
	    "(expected one of public, redacted, sensitive)");
}

static void
test_unknown_issuer_kind(void **state)
{
	(void)state;
	parse_err("issuers: [{code: x, name: X, kind: ig}]\n",
	    "t.yaml:1:36: issuers[0].kind: unknown value \"ig\" (expected one "
	    "of oig, gao, internal, external, other)");
}

static void
test_unknown_bool(void **state)
{
	(void)state;
	parse_err(REPORT("      - {number: 1, text: t, priority: high}\n"),
	    "t.yaml:6:40: reports[0].recommendations[0].priority: unknown "
	    "value \"high\" (expected one of true, false, yes, no)");
}

static void
test_bad_money(void **state)
{
	(void)state;
	parse_err(REPORT("      - {number: 1, text: t, questioned_cost: 12 "
	    "dollars}\n"),
	    "t.yaml:6:47: reports[0].recommendations[0].questioned_cost: not "
	    "an amount of dollars: \"12 dollars\" (expected a number like "
	    "1234.56 or \"$1,234.56\")");
}

static void
test_negative_money(void **state)
{
	(void)state;
	parse_err(REPORT("      - {number: 1, text: t, "
	    "funds_better_use: -5}\n"),
	    "t.yaml:6:48: reports[0].recommendations[0].funds_better_use: "
	    "not an amount of dollars: \"-5\" (expected a number like "
	    "1234.56 or \"$1,234.56\")");
}

static void
test_bad_year(void **state)
{
	(void)state;
	parse_err("reports: [{number: R, fiscal_year: FY21}]\n",
	    "t.yaml:1:36: reports[0].fiscal_year: not a year: \"FY21\" "
	    "(expected a whole number from 1900 to 9999)");
}

/* fiscal_year takes what --fy takes: RT_FY_MIN to RT_FY_MAX. */
static void
test_fiscal_year_range(void **state)
{
	(void)state;
	parse_err("reports: [{number: R, fiscal_year: 1899}]\n",
	    "t.yaml:1:36: reports[0].fiscal_year: not a year: \"1899\" "
	    "(expected a whole number from 1900 to 9999)");
	parse_err("reports: [{number: R, fiscal_year: 1}]\n",
	    "t.yaml:1:36: reports[0].fiscal_year: not a year: \"1\" "
	    "(expected a whole number from 1900 to 9999)");
	parse_err("reports: [{number: R, fiscal_year: 10000}]\n",
	    "t.yaml:1:36: reports[0].fiscal_year: not a year: \"10000\" "
	    "(expected a whole number from 1900 to 9999)");
}

/* An amount over one quadrillion dollars is refused, in a field and in
 * a history entry on that field alike. */
static void
test_money_too_large(void **state)
{
	(void)state;
	parse_err(REPORT("      - {number: 1, text: t, questioned_cost: "
	    "1000000000000000.01}\n"),
	    "t.yaml:6:47: reports[0].recommendations[0].questioned_cost: not "
	    "an amount of dollars: \"1000000000000000.01\" (expected at most "
	    "$1,000,000,000,000,000.00)");
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history: [{effective: 2021-02-08, kind: field, "
	    "field: fbu_agreed, new: '90000000000000000'}]\n"),
	    "t.yaml:8:80: reports[0].recommendations[0].history[0].new: not "
	    "an amount of dollars: \"90000000000000000\" (expected at most "
	    "$1,000,000,000,000,000.00)");
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history: [{effective: 2021-02-08, kind: field, "
	    "field: questioned_cost, new: 12.345}]\n"),
	    "t.yaml:8:85: reports[0].recommendations[0].history[0].new: not "
	    "an amount of dollars: \"12.345\" (expected e.g. 1234.56)");
}

static void
test_bad_version(void **state)
{
	(void)state;
	parse_err("version: 2\n",
	    "t.yaml:1:10: version: unsupported version \"2\" (expected 1)");
}

/* Long values are cut, control characters escaped. */
static void
test_long_value(void **state)
{
	(void)state;
	parse_err("reports: [{number: R, type: \"a\\tb"
	    "cdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"
	    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\"}]\n",
	    "t.yaml:1:29: reports[0].type: unknown value \"a\\x09bcdefghijklm"
	    "nopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789A"
	    "BCDEFG...\" (expected one of audit, inspection, evaluation, "
	    "management-alert, review, other)");
}

/* A key reaches the path of a message escaped: one line, no control
 * characters. */
static void
test_key_escaped(void **state)
{
	(void)state;
	parse_err("reports: [{\"a\\tb\\e\": 1}]\n",
	    "t.yaml:1:12: reports[0].a\\x09b\\x1b: unknown key (expected one "
	    "of number, title, issuer, type, issued, fiscal_year, agency, "
	    "topics, url, summary, sensitivity, recommendations)");
}

/* A tag's %-escapes can make any byte: the message escapes them. */
static void
test_tag_escaped(void **state)
{
	(void)state;
	parse_err("version: !<a%0A%1Bb> 1\n", "t.yaml:1:10: version: found "
	    "a tag (a\\x0a\\x1bb); tags are not allowed");
}

/* A value over 1 MiB is refused, with its size. */
static void
test_value_too_long(void **state)
{
	size_t n = RT_YAML_MAX_VALUE + 1, head;
	char *text;

	(void)state;
	assert_non_null(text = malloc(n + 32));
	head = (size_t)sprintf(text, "reports: [{number: \"");
	memset(text + head, 'a', n);
	strcpy(text + head + n, "\"}]\n");
	parse_err(text, "t.yaml:1:20: reports[0].number: a value of 1048577 "
	    "bytes; a value may take up to 1 MiB (1048576 bytes)");
	free(text);
}

/* Reading stops about 1 MiB past the last event: a 64 MiB value is
 * never read whole. */
static void
test_gap_too_long(void **state)
{
	size_t n = 64 * 1024 * 1024, head;
	char *text;

	(void)state;
	assert_non_null(text = malloc(n + 32));
	head = (size_t)sprintf(text, "version: 1\n# ");
	memset(text + head, 'a', n);
	strcpy(text + head + n, "\n");
	parse_err(text, "t.yaml:1:11: more than 1 MiB without a complete "
	    "value (a value, or a comment, may take up to 1 MiB: 1048576 "
	    "bytes)");
	free(text);
}

/* A long value is cut between characters, not inside one. */
static void
test_long_value_utf8(void **state)
{
	(void)state;
	parse_err("reports: [{number: R, type: "
	    "\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\"}]\n", "t.yaml:1:29: reports[0].type: unknown value \""
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	    "\xc3\xa9\xc3\xa9...\" (expected one of audit, inspection, "
	    "evaluation, management-alert, review, other)");
}

static void
test_duplicate_rec(void **state)
{
	(void)state;
	parse_err(REPORT("      - {number: \"1\", text: t}\n"
	    "      - {number: 2, text: t}\n"
	    "      - {number: 1, text: u}\n"),
	    "t.yaml:8:18: reports[0].recommendations[2].number: "
	    "recommendation \"1\" appears twice in this report (first on "
	    "line 6)");
}

/* The same recommendation number in two reports is fine. */
static void
test_same_rec_two_reports(void **state)
{
	struct log l;

	(void)state;
	memset(&l, 0, sizeof(l));
	ok(parse("reports:\n"
	    "  - {number: A, title: T, issued: 2021-02-08,\n"
	    "     recommendations: [{number: 1, text: t}]}\n"
	    "  - {number: B, title: T, issued: 2021-02-08,\n"
	    "     recommendations: [{number: 1, text: t}]}\n", &l));
	assert_int_equal(l.nreports, 2);
	rt_buf_free(&l.b);
}

/* ---- refusals: history -------------------------------------------------- */

static void
test_history_status(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        status: closed-implemented\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: issued}\n"
	    "          - {effective: 2021-03-01, kind: status, "
	    "new: open-resolved}\n"
	    "          - {effective: 2021-04-01, kind: note, note: n}\n"),
	    "t.yaml:8:17: reports[0].recommendations[0].status: is "
	    "closed-implemented, but the history ends in open-resolved");
}

/* An issued entry without `new` is issued open-pending. */
static void
test_history_status_issued(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history: [{effective: 2021-02-08, kind: issued}]\n"
	    "        status: open-unresolved\n"),
	    "t.yaml:9:17: reports[0].recommendations[0].status: is "
	    "open-unresolved, but the history ends in open-pending");
}

static void
test_history_order(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-03-01, kind: note}\n"
	    "          - {effective: 2021-02-10, kind: note}\n"),
	    "t.yaml:10:25: reports[0].recommendations[0].history[1]."
	    "effective: 2021-02-10 is before the previous entry's 2021-03-01 "
	    "(the history goes oldest first)");
}

static void
test_history_before_issued(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history: [{effective: 2021-02-07, kind: note}]\n"),
	    "t.yaml:8:31: reports[0].recommendations[0].history[0].effective: "
	    "2021-02-07 is before the report's issue date 2021-02-08");
}

/*
 * A target entry may not set a date before the issue date, whether the
 * issue date comes before or after it (found by the fuzzer: such a
 * history imported, and its export, with that original target date, did
 * not import again).
 */
static void
test_history_target_before_issued(void **state)
{
	struct log l;

	(void)state;
	parse_err(REPORT(
	    "      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-09, kind: target, new: 1852-03-31}\n"),
	    "t.yaml:9:56: reports[0].recommendations[0].history[0].new: "
	    "target date 1852-03-31 is before the report's issue date "
	    "2021-02-08");
	parse_err("reports:\n"
	    "  - number: R\n"
	    "    title: T\n"
	    "    recommendations:\n"
	    "      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-09, kind: target, new: 2021-02-07}\n"
	    "    issued: 2021-02-08\n",
	    "t.yaml:8:13: reports[0].recommendations[0].history[0].new: "
	    "target date 2021-02-07 is before the report's issue date "
	    "2021-02-08");
	memset(&l, 0, sizeof(l));
	ok(parse(REPORT(
	    "      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-09, kind: target, new: 2021-02-08}\n"),
	    &l));
	rt_buf_free(&l.b);
}

/* When `issued` comes after the recommendations, the entry is named. */
static void
test_history_before_issued_late(void **state)
{
	(void)state;
	parse_err("reports:\n"
	    "  - number: R\n"
	    "    title: T\n"
	    "    recommendations:\n"
	    "      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: note}\n"
	    "          - {effective: 2021-02-09, kind: note}\n"
	    "    issued: 2021-02-09\n",
	    "t.yaml:8:13: reports[0].recommendations[0].history[0].effective: "
	    "2021-02-08 is before the report's issue date 2021-02-09");
}

static void
test_history_missing_new(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history: [{effective: 2021-02-08, kind: status}]\n"),
	    "t.yaml:8:19: reports[0].recommendations[0].history[0]: a status "
	    "entry needs \"new\" (expected one of open-pending, "
	    "open-unresolved, open-resolved, closed-implemented, "
	    "closed-not-implemented)");
}

static void
test_history_bad_status(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: issued, new: open}\n"),
	    "t.yaml:9:56: reports[0].recommendations[0].history[0].new: "
	    "unknown value \"open\" (expected one of open-pending, "
	    "open-unresolved, open-resolved, closed-implemented, "
	    "closed-not-implemented)");
}

static void
test_history_bad_concurrence(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: concurrence, "
	    "new: yes}\n"),
	    "t.yaml:9:61: reports[0].recommendations[0].history[0].new: "
	    "unknown value \"yes\" (expected one of pending, concur, partial, "
	    "non-concur, no-position)");
}

static void
test_history_bad_target(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: target, "
	    "new: 2021-06-31}\n"),
	    "t.yaml:9:56: reports[0].recommendations[0].history[0].new: "
	    "no such date \"2021-06-31\" (expected an existing date as "
	    "YYYY-MM-DD)");
}

static void
test_history_missing_target(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history: [{effective: 2021-02-08, kind: target}]\n"),
	    "t.yaml:8:19: reports[0].recommendations[0].history[0]: a target "
	    "entry needs \"new\" (expected a date as YYYY-MM-DD)");
}

static void
test_history_flag_field(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: flag, field: urgent, "
	    "new: yes}\n"),
	    "t.yaml:9:56: reports[0].recommendations[0].history[0].field: "
	    "unknown value \"urgent\" (expected one of priority, significant, "
	    "on_hold, closure_requested, partially_addressed)");
}

static void
test_history_flag_no_field(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: flag, new: yes}\n"),
	    "t.yaml:9:13: reports[0].recommendations[0].history[0]: a flag "
	    "entry needs \"field\" (expected one of priority, significant, "
	    "on_hold, closure_requested, partially_addressed)");
}

static void
test_history_flag_value(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: flag, field: priority,"
	    " new: true}\n"),
	    "t.yaml:9:71: reports[0].recommendations[0].history[0].new: "
	    "unknown value \"true\" (expected one of yes, no)");
}

static void
test_history_field_no_field(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: field, new: x}\n"),
	    "t.yaml:9:13: reports[0].recommendations[0].history[0]: a field "
	    "entry needs \"field\" (the name of the field changed)");
}

static void
test_history_bad_kind(void **state)
{
	(void)state;
	parse_err(REPORT("      - number: 1\n"
	    "        text: t\n"
	    "        history:\n"
	    "          - {effective: 2021-02-08, kind: comment}\n"),
	    "t.yaml:9:43: reports[0].recommendations[0].history[0].kind: "
	    "unknown value \"comment\" (expected one of issued, status, "
	    "concurrence, target, flag, field, note, imported, "
	    "void, evidence, request, decision)");
}

/* ---- the sink and the file ------------------------------------------- */

static void
test_sink_error(void **state)
{
	struct log l;

	(void)state;
	memset(&l, 0, sizeof(l));
	l.fail_at = 2;
	expect(parse("reports:\n"
	    "  - {number: A, title: T, issued: 2021-02-08}\n"
	    "  - {number: B, title: T, issued: 2021-02-08}\n"
	    "  - {number: C, title: T, issued: 2021-02-08}\n", &l),
	    RT_EEXIST, "sink says no to B");
	assert_int_equal(l.nreports, 2);
	assert_string_equal(l.last, "A");
	rt_buf_free(&l.b);
}

/* Errors after some reports were handed over still stop the parse. */
static void
test_error_after_reports(void **state)
{
	struct log l;

	(void)state;
	memset(&l, 0, sizeof(l));
	expect(parse("reports:\n"
	    "  - {number: A, title: T, issued: 2021-02-08}\n"
	    "  - {number: B, title: T, issued: 2021-02-30}\n"
	    "  - {number: C, title: T, issued: 2021-02-08}\n", &l),
	    RT_EINVAL, "t.yaml:3:35: reports[1].issued: no such date "
	    "\"2021-02-30\" (expected an existing date as YYYY-MM-DD)");
	assert_int_equal(l.nreports, 1);
	rt_buf_free(&l.b);
}

static void
test_read_error(void **state)
{
	struct log l;
	FILE *fp;

	(void)state;
	memset(&l, 0, sizeof(l));
	assert_non_null(fp = fopen("/dev/null", "w"));
	expect(parse_fp(fp, &l), RT_EIO, "t.yaml: cannot read: Bad file "
	    "descriptor");
	fclose(fp);
}

/* 20,000 reports, each handed over whole, once, in file order. */
static void
test_streaming(void **state)
{
	struct log l;
	FILE *fp;
	int i, n = 20000;

	(void)state;
	assert_non_null(fp = tmpfile());
	fputs("issuers: [{code: x, name: X}]\nreports:\n", fp);
	for (i = 0; i < n; i++)
		fprintf(fp, "  - number: R-%05d\n"
		    "    title: Report %d\n"
		    "    issued: 2021-02-08\n"
		    "    recommendations:\n"
		    "      - {number: 1, text: t, status: open-resolved,\n"
		    "         history: [{effective: 2021-03-01, kind: status, "
		    "new: open-resolved}]}\n"
		    "      - {number: 2, text: t}\n", i, i);
	rewind(fp);
	memset(&l, 0, sizeof(l));
	l.quiet = 1;
	ok(parse_fp(fp, &l));
	fclose(fp);
	assert_int_equal(l.nissuers, 1);
	assert_int_equal(l.nreports, n);
	assert_string_equal(l.last, "R-19999");
	rt_buf_free(&l.b);
}

/* ---- the duplicate-number check under crafted numbers ---------------- */

/* The hash the check once used, unkeyed: FNV-1a. */
static uint64_t
fnv1a(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
	return h;
}

struct lowhash {
	uint32_t low;
	int idx;
};

static int
lowhash_cmp(const void *pa, const void *pb)
{
	const struct lowhash *a = pa, *b = pb;

	return a->low != b->low ? (a->low < b->low ? -1 : 1) : a->idx - b->idx;
}

#define CRAFT_BITS	20	/* the slots of a table of 2^20 */
#define CRAFT_BLOCKS	15	/* 2^15 numbers */

static const char craft_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static void
craft_block(int idx, char out[3])
{
	out[0] = craft_chars[idx / (36 * 36)];
	out[1] = craft_chars[idx / 36 % 36];
	out[2] = craft_chars[idx % 36];
}

/*
 * Two 3-character blocks per step that FNV-1a takes to the same low
 * CRAFT_BITS bits from the same state: any choice of one block per step
 * gives the same low bits, so 2^CRAFT_BLOCKS numbers fall in one slot of
 * a table indexed by those bits (as the unkeyed check was).
 */
static void
craft_pairs(char pairs[CRAFT_BLOCKS][2][3])
{
	enum { N = 36 * 36 * 36 };
	struct lowhash *v;
	uint64_t h = UINT64_C(14695981039346656037);
	uint32_t mask = (UINT32_C(1) << CRAFT_BITS) - 1;
	char blk[3];
	int b, i, found;

	assert_non_null(v = malloc(N * sizeof(*v)));
	for (b = 0; b < CRAFT_BLOCKS; b++) {
		for (i = 0; i < N; i++) {
			craft_block(i, blk);
			v[i].low = (uint32_t)fnv1a(h, blk, 3) & mask;
			v[i].idx = i;
		}
		qsort(v, N, sizeof(*v), lowhash_cmp);
		for (found = 0, i = 1; i < N && !found; i++)
			found = v[i].low == v[i - 1].low;
		assert_true(found);
		craft_block(v[i - 2].idx, pairs[b][0]);
		craft_block(v[i - 1].idx, pairs[b][1]);
		h = fnv1a(h, pairs[b][0], 3);
	}
	free(v);
}

static struct rt_error *
count_report(void *arg, const struct rt_imp_report *ir)
{
	*(size_t *)arg += ir->nrecs;
	return NULL;
}

/* Seconds to parse one report of the numbers num(0) .. num(n - 1). */
static double
time_numbers(void (*num)(int, char *, void *), void *arg, int n)
{
	struct rt_imp_sink sink = { NULL, NULL, count_report, NULL,
	    NULL, NULL };
	struct timespec t0, t1;
	struct rt_error *err;
	size_t got = 0;
	char buf[64];
	FILE *fp;
	int i;

	sink.arg = &got;
	assert_non_null(fp = tmpfile());
	fputs("reports:\n  - number: R-1\n    title: T\n"
	    "    issued: 2021-02-08\n    recommendations:\n", fp);
	for (i = 0; i < n; i++) {
		num(i, buf, arg);
		fprintf(fp, "      - {number: %s, text: t}\n", buf);
	}
	rewind(fp);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	err = rt_import_parse(fp, "t.yaml", &sink);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	fclose(fp);
	ok(err);
	assert_int_equal(got, (size_t)n);
	return (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

static void
plain_number(int i, char *buf, void *arg)
{
	(void)arg;
	snprintf(buf, 64, "%d", i + 1);
}

static void
crafted_number(int i, char *buf, void *arg)
{
	char (*pairs)[2][3] = arg;
	int b;

	for (b = 0; b < CRAFT_BLOCKS; b++)
		memcpy(buf + 3 * b, pairs[b][(i >> b) & 1], 3);
	buf[3 * CRAFT_BLOCKS] = '\0';
}

/*
 * 32,768 numbers crafted to collide under the unkeyed hash the check
 * once used (each probe then walked every number before it: minutes)
 * parse about as fast as 32,768 plain ones.
 */
static void
test_crafted_numbers(void **state)
{
	char pairs[CRAFT_BLOCKS][2][3], a[64], b[64];
	double plain, crafted;
	int n = 1 << CRAFT_BLOCKS;

	(void)state;
	craft_pairs(pairs);
	/* they do collide under FNV-1a, and are all different */
	crafted_number(0, a, pairs);
	crafted_number(n - 1, b, pairs);
	assert_string_not_equal(a, b);
	assert_true(((fnv1a(UINT64_C(14695981039346656037), a, strlen(a)) ^
	    fnv1a(UINT64_C(14695981039346656037), b, strlen(b))) &
	    ((UINT64_C(1) << CRAFT_BITS) - 1)) == 0);
	plain = time_numbers(plain_number, NULL, n);
	crafted = time_numbers(crafted_number, pairs, n);
	if (crafted > 3 * plain + 0.5)
		fail_msg("crafted numbers: %.3f s, plain ones: %.3f s",
		    crafted, plain);
}

/* ---- events about reports, agencies and issuers ----------------------- */

#define EVENTS \
    "events:\n" \
    "  - {about: agency, code: USCBP, subject: agency CBP, " \
    "effective: 2026-02-01, kind: renamed, field: code, old: CBP, " \
    "new: USCBP, seq: 3}\n" \
    "  - {about: issuer, code: gao, effective: 2026-02-01, kind: note, " \
    "note: n, seq: 4}\n"

static void
test_events(void **state)
{
	struct log l;

	(void)state;
	memset(&l, 0, sizeof(l));
	ok(parse(EVENTS "  - {about: agency, code: USCBP, effective: "
	    "2026-02-02, kind: void, voids: 3, seq: 5}\n", &l));
	assert_non_null(l.b.s);
	assert_non_null(strstr(l.b.s, "event 2|USCBP|agency CBP|renamed|code|"
	    "CBP|USCBP|3|0"));
	assert_non_null(strstr(l.b.s, "event 3|gao|-|note|-|-|-|4|0"));
	assert_non_null(strstr(l.b.s, "event 2|USCBP|-|void|-|-|-|5|3"));
	rt_buf_free(&l.b);
}

static void
test_events_refused(void **state)
{
	(void)state;
	parse_err(EVENTS "  - {about: issuer, code: gao, effective: "
	    "2026-02-02, kind: void, voids: 3}\n", "t.yaml:4:74: "
	    "events[2].voids: no entry before this one about the same one "
	    "has this seq (a void voids an earlier event about its own "
	    "report, agency or issuer)");
	parse_err("events:\n  - {about: agency, code: A, effective: "
	    "2026-02-02, kind: renamed, old: B}\n", "t.yaml:2:5: events[0]: "
	    "a renamed entry needs \"old\" and \"new\" (the code before and "
	    "after)");
	parse_err("events:\n  - {about: rec, code: A, effective: "
	    "2026-02-02, kind: note}\n", "t.yaml:2:13: events[0].about: "
	    "unknown value \"rec\" (expected one of report, agency, issuer, "
	    "official)");
	parse_err("events:\n  - {about: report, code: A, effective: "
	    "2026-02-02, kind: status}\n", "t.yaml:2:59: events[0].kind: "
	    "unknown value \"status\" (expected one of field, renamed, added, "
	    "note, void)");
	parse_err("events:\n  - {about: agency, code: A, effective: "
	    "2026-02-02, kind: added, field: code, new: A}\n",
	    "t.yaml:2:59: events[0].kind: an added entry is about an official "
	    "(none is written about a report, an agency or an issuer)");
	parse_err("events:\n  - {about: report, effective: 2026-02-02, "
	    "kind: note}\n", "t.yaml:2:5: events[0]: missing required key "
	    "\"code\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full),
		cmocka_unit_test(test_file),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_null_values),
		cmocka_unit_test(test_quoted_strings),
		cmocka_unit_test(test_unknown_key_top),
		cmocka_unit_test(test_unknown_key_report),
		cmocka_unit_test(test_unknown_key_rec),
		cmocka_unit_test(test_unknown_key_history),
		cmocka_unit_test(test_unknown_key_issuer),
		cmocka_unit_test(test_unknown_key_agency),
		cmocka_unit_test(test_duplicate_key),
		cmocka_unit_test(test_duplicate_null_key),
		cmocka_unit_test(test_missing_key),
		cmocka_unit_test(test_required_null),
		cmocka_unit_test(test_required_blank),
		cmocka_unit_test(test_anchor),
		cmocka_unit_test(test_anchor_scalar),
		cmocka_unit_test(test_alias),
		cmocka_unit_test(test_alias_self),
		cmocka_unit_test(test_tag),
		cmocka_unit_test(test_tag_local),
		cmocka_unit_test(test_tabs),
		cmocka_unit_test(test_syntax),
		cmocka_unit_test(test_syntax_indent),
		cmocka_unit_test(test_second_document),
		cmocka_unit_test(test_nul),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_incomplete_utf8),
		cmocka_unit_test(test_control_character),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_deep_nesting_top),
		cmocka_unit_test(test_list_for_scalar),
		cmocka_unit_test(test_mapping_for_scalar),
		cmocka_unit_test(test_scalar_for_list),
		cmocka_unit_test(test_mapping_for_list),
		cmocka_unit_test(test_scalar_for_mapping),
		cmocka_unit_test(test_list_for_mapping),
		cmocka_unit_test(test_null_for_mapping),
		cmocka_unit_test(test_list_for_key),
		cmocka_unit_test(test_impossible_date),
		cmocka_unit_test(test_malformed_date),
		cmocka_unit_test(test_malformed_instant),
		cmocka_unit_test(test_unknown_status),
		cmocka_unit_test(test_unknown_concurrence),
		cmocka_unit_test(test_unknown_type),
		cmocka_unit_test(test_unknown_sensitivity),
		cmocka_unit_test(test_unknown_issuer_kind),
		cmocka_unit_test(test_unknown_bool),
		cmocka_unit_test(test_bad_money),
		cmocka_unit_test(test_negative_money),
		cmocka_unit_test(test_bad_year),
		cmocka_unit_test(test_fiscal_year_range),
		cmocka_unit_test(test_money_too_large),
		cmocka_unit_test(test_bad_version),
		cmocka_unit_test(test_long_value),
		cmocka_unit_test(test_long_value_utf8),
		cmocka_unit_test(test_key_escaped),
		cmocka_unit_test(test_tag_escaped),
		cmocka_unit_test(test_value_too_long),
		cmocka_unit_test(test_gap_too_long),
		cmocka_unit_test(test_duplicate_rec),
		cmocka_unit_test(test_same_rec_two_reports),
		cmocka_unit_test(test_history_status),
		cmocka_unit_test(test_history_status_issued),
		cmocka_unit_test(test_history_order),
		cmocka_unit_test(test_history_before_issued),
		cmocka_unit_test(test_history_before_issued_late),
		cmocka_unit_test(test_history_target_before_issued),
		cmocka_unit_test(test_history_missing_new),
		cmocka_unit_test(test_history_bad_status),
		cmocka_unit_test(test_history_bad_concurrence),
		cmocka_unit_test(test_history_bad_target),
		cmocka_unit_test(test_history_missing_target),
		cmocka_unit_test(test_history_flag_field),
		cmocka_unit_test(test_history_flag_no_field),
		cmocka_unit_test(test_history_flag_value),
		cmocka_unit_test(test_history_field_no_field),
		cmocka_unit_test(test_history_bad_kind),
		cmocka_unit_test(test_sink_error),
		cmocka_unit_test(test_error_after_reports),
		cmocka_unit_test(test_read_error),
		cmocka_unit_test(test_streaming),
		cmocka_unit_test(test_crafted_numbers),
		cmocka_unit_test(test_events),
		cmocka_unit_test(test_events_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
