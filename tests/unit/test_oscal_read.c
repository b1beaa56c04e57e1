/*
 * Unit tests of the OSCAL POA&M reader (src/formats/oscal_read.c): what
 * the sink is handed for a document of rectrack's and for another
 * tool's, texts that come through byte for byte, and the errors, each
 * located by JSON path.
 */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/util.h"
#include "formats/oscal_read.h"
#include "formats/yamlin.h"
#include "store/store.h"

#define NS	"\"ns\": \"urn:rectrack:oscal\""
#define PLAN	"$.plan-of-action-and-milestones"

/* What the sink was handed. */
struct got {
	char issuer[64], agency[64], parent[64], official_title[64];
	char report[64], issued[16], text[128], status[32], notes[512];
	int nrecs, nhistory;
	const char *fail;	/* a sink error to return, at the rec */
};

static struct rt_error *
got_issuer(void *arg, const struct rt_imp_issuer *is)
{
	struct got *g = arg;

	snprintf(g->issuer, sizeof(g->issuer), "%s/%s/%s", is->issuer.code,
	    is->issuer.name, is->issuer.kind ? is->issuer.kind : "-");
	return NULL;
}

static struct rt_error *
got_agency(void *arg, const struct rt_imp_agency *ag)
{
	struct got *g = arg;

	snprintf(g->agency, sizeof(g->agency), "%s", ag->agency.code);
	if (ag->agency.parent != NULL)
		snprintf(g->parent, sizeof(g->parent), "%s",
		    ag->agency.parent);
	return NULL;
}

static struct rt_error *
got_official(void *arg, const struct rt_imp_official *o)
{
	struct got *g = arg;

	snprintf(g->official_title, sizeof(g->official_title), "%s",
	    o->official.title ? o->official.title : "-");
	return NULL;
}

static struct rt_error *
got_report(void *arg, const struct rt_imp_report *r)
{
	struct got *g = arg;
	const struct rt_imp_rec *rec;
	size_t i, n = 0;

	snprintf(g->report, sizeof(g->report), "%s", r->report.number);
	snprintf(g->issued, sizeof(g->issued), "%s", r->report.issued);
	g->nrecs += (int)r->nrecs;
	if (r->nrecs == 0)
		return NULL;
	rec = &r->recs[0];
	if (g->fail != NULL)
		return rt_error_new(RT_EREFUSED, "f.json:%d:%d: %s: %s",
		    rec->pos.line, rec->pos.col, rec->pos.path, g->fail);
	snprintf(g->text, sizeof(g->text), "%s", rec->rec.text);
	snprintf(g->status, sizeof(g->status), "%s",
	    rt_status_name(rec->rec.status));
	g->nhistory = (int)rec->nhistory;
	for (i = 0; i < rec->nhistory; i++)
		if (strcmp(rec->history[i].ev.kind, "note") == 0)
			n += (size_t)snprintf(g->notes + n, sizeof(g->notes) - n,
			    "[%s]", rec->history[i].ev.note);
	return NULL;
}

static struct rt_error *
parse(const char *json, const struct rt_oscal_opts *opts, struct got *g)
{
	const struct rt_imp_sink sink = { got_issuer, got_agency, got_report,
	    g, NULL, got_official };
	struct rt_error *err;
	FILE *fp = fmemopen((void *)json, strlen(json), "r");

	assert_non_null(fp);
	err = rt_oscal_parse(fp, "f.json", &sink, opts);
	fclose(fp);
	return err;
}

/* A document of rectrack's: register 0a1b2c3d, one issuer, two
 * agencies, an official, a report with one recommendation. */
static const char own[] =
    "{\"plan-of-action-and-milestones\": {"
    " \"uuid\": \"d2b54e4b-2a79-5b3d-8f4c-1d1f5a9b7e01\","
    " \"metadata\": {\"title\": \"t\", \"props\": ["
    "  {\"name\": \"register\", " NS ", \"value\": \"0a1b2c3d\"},"
    "  {\"name\": \"format-version\", " NS ", \"value\": \"1\"}],"
    "  \"parties\": ["
    "   {\"uuid\": \"d2b54e4b-2a79-5b3d-8f4c-1d1f5a9b7e02\","
    "    \"type\": \"organization\", \"name\": \"DHS OIG\","
    "    \"short-name\": \"dhs-oig\", \"props\": ["
    "     {\"name\": \"party-of\", " NS ", \"value\": \"issuer\"},"
    "     {\"name\": \"kind\", " NS ", \"value\": \"oig\"}]},"
    "   {\"uuid\": \"d2b54e4b-2a79-5b3d-8f4c-1d1f5a9b7e03\","
    "    \"type\": \"organization\", \"name\": \"Customs\","
    "    \"short-name\": \"CBP\", \"props\": ["
    "     {\"name\": \"party-of\", " NS ", \"value\": \"agency\"},"
    "     {\"name\": \"parent\", " NS ", \"value\": \"DHS\"}]},"
    "   {\"uuid\": \"d2b54e4b-2a79-5b3d-8f4c-1d1f5a9b7e04\","
    "    \"type\": \"person\", \"name\": \"Field Operations\","
    "    \"short-name\": \"cbp-ofo\", \"props\": ["
    "     {\"name\": \"party-of\", " NS ", \"value\": \"official\"},"
    "     {\"name\": \"title\", " NS ", \"class\": \"percent-encoded\","
    "      \"value\": \"Director%0Aof Ops\"}]}]},"
    " \"observations\": [{\"uuid\": \"d2b54e4b-2a79-5b3d-8f4c-1d1f5a9b7e05\","
    "  \"title\": \"Canines\", \"description\": \"Summary.\","
    "  \"collected\": \"2021-02-08T00:00:00Z\", \"props\": ["
    "   {\"name\": \"report-number\", " NS ", \"value\": \"OIG-21-19\"},"
    "   {\"name\": \"issued\", " NS ", \"value\": \"2021-02-08\"}]}],"
    " \"risks\": [{\"uuid\": \"d2b54e4b-2a79-5b3d-8f4c-1d1f5a9b7e06\","
    "  \"title\": \"OIG-21-19#1\", \"description\": \"x\","
    "  \"statement\": \"x\", \"status\": \"investigating\"}],"
    " \"poam-items\": [{\"uuid\": \"d2b54e4b-2a79-5b3d-8f4c-1d1f5a9b7e07\","
    "  \"title\": \"OIG-21-19#1\","
    "  \"description\": \"Say \\\"no\\\" \\\\ tab\\there\\u2028NEL\\u0085.\","
    "  \"props\": ["
    "   {\"name\": \"report\", " NS ", \"value\": \"OIG-21-19\"},"
    "   {\"name\": \"number\", " NS ", \"value\": \"1\"},"
    "   {\"name\": \"status\", " NS ", \"value\": \"open-unresolved\"}],"
    "  \"related-risks\": [{\"risk-uuid\":"
    "   \"d2b54e4b-2a79-5b3d-8f4c-1d1f5a9b7e06\"}]}]"
    "}}";

static void
test_own(void **state)
{
	struct got g;

	(void)state;
	memset(&g, 0, sizeof(g));
	ok(parse(own, NULL, &g));
	assert_string_equal(g.issuer, "dhs-oig/DHS OIG/oig");
	assert_string_equal(g.agency, "CBP");
	assert_string_equal(g.parent, "DHS");
	assert_string_equal(g.official_title, "Director\nof Ops");
	assert_string_equal(g.report, "OIG-21-19");
	assert_string_equal(g.issued, "2021-02-08");
	assert_int_equal(g.nrecs, 1);
	/* every byte of the text, quotes, controls and line breaks too */
	assert_string_equal(g.text, "Say \"no\" \\ tab\there\xe2\x80\xa8NEL"
	    "\xc2\x85.");
	assert_string_equal(g.status, "open-unresolved");
	assert_int_equal(g.nhistory, 0);
}

/* One poam-item of another tool, its risk closed with a deadline. */
static const char foreign[] =
    "{\"plan-of-action-and-milestones\": {"
    " \"uuid\": \"4e1a3c2b-7d5f-4a8e-9b6c-2f0d1e3a5b7c\","
    " \"metadata\": {\"title\": \"Plan\","
    "  \"last-modified\": \"2024-04-02T15:30:00-04:00\"},"
    " \"observations\": [{\"uuid\": \"0b8f3a9e-1c2d-4e5f-8a6b-7c8d9e0f1a2b\","
    "  \"title\": \"SCAN-1\", \"description\": \"Scan.\","
    "  \"collected\": \"2024-03-15T22:00:00-05:00\"}],"
    " \"risks\": [{\"uuid\": \"5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\","
    "  \"title\": \"r\", \"description\": \"r\", \"statement\": \"r\","
    "  \"status\": \"closed\","
    "  \"deadline\": \"2024-06-30T23:59:59-04:00\"}],"
    " \"poam-items\": [{\"uuid\": \"8d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f7a\","
    "  \"title\": \"V-1\", \"description\": \"Disable TLS 1.0.\","
    "  \"props\": [{\"name\": \"POAM-ID\", \"value\": \"V-1\"}],"
    "  \"related-observations\": [{\"observation-uuid\":"
    "   \"0b8f3a9e-1c2d-4e5f-8a6b-7c8d9e0f1a2b\"}],"
    "  \"related-risks\": [{\"risk-uuid\":"
    "   \"5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"}]}]"
    "}}";

static void
test_foreign(void **state)
{
	const struct rt_oscal_opts opts = { NULL, "3pao", "CSP" };
	struct got g;

	(void)state;
	memset(&g, 0, sizeof(g));
	expect(parse(foreign, NULL, &g), RT_EUSAGE, "f.json: the POA&M was "
	    "written by another tool: say whose findings it holds with "
	    "--issuer CODE and --agency CODE");
	memset(&g, 0, sizeof(g));
	ok(parse(foreign, &opts, &g));
	assert_string_equal(g.report, "SCAN-1");
	assert_string_equal(g.issued, "2024-03-15");
	assert_int_equal(g.nrecs, 1);
	assert_string_equal(g.text, "Disable TLS 1.0.");
	/* issued, target, status, the title and the prop */
	assert_int_equal(g.nhistory, 5);
	assert_string_equal(g.notes, "[title: V-1][POAM-ID: V-1]");
}

/* Each error names the JSON path; jansson's position for bad JSON. */
static void
test_errors(void **state)
{
	struct got g;
	char *bad;

	(void)state;
	memset(&g, 0, sizeof(g));
	expect(parse("{\"a\": }", NULL, &g), RT_EINVAL,
	    "f.json:1:7: not JSON: unexpected token near '}'");
	/* a control character in jansson's text is escaped */
	expect(parse("{\"a\":\x18}", NULL, &g), RT_EINVAL,
	    "f.json:1:6: not JSON: invalid token near '\\x18'");
	expect(parse("[1]", NULL, &g), RT_EINVAL, "f.json: $: not an OSCAL "
	    "plan of action and milestones (expected an object with "
	    "\"plan-of-action-and-milestones\")");
	expect(parse("{\"plan-of-action-and-milestones\": {}}", NULL, &g),
	    RT_EINVAL, "f.json: " PLAN ": needs \"metadata\" (an object)");
	/* the same UUID twice: the later place */
	bad = rt_strdup(own);
	assert_non_null(bad);
	memcpy(strstr(bad, "7e07"), "7e06", 4);
	expect(parse(bad, NULL, &g), RT_EINVAL, "f.json: " PLAN
	    ".poam-items[0]: the UUID d2b54e4b-2a79-5b3d-8f4c-1d1f5a9b7e06 is "
	    "the one of " PLAN ".risks[0] too (each object of a document "
	    "has its own)");
	/* a value the YAML reader refuses, at the prop */
	free(bad);
	bad = rt_strdup(own);
	assert_non_null(bad);
	memcpy(strstr(bad, "open-unresolved"), "open-unresolvd ", 15);
	expect(parse(bad, NULL, &g), RT_EINVAL, "f.json: " PLAN
	    ".poam-items[0].props[2]: unknown value \"open-unresolvd \" "
	    "(expected one of open-pending, open-unresolved, open-resolved, "
	    "closed-implemented, closed-not-implemented)");
	free(bad);
	/* a value quoted in a message is escaped: no control character
	 * reaches the message (party-of "\x7f": DEL, as \u007f) */
	bad = rt_strdup(own);
	assert_non_null(bad);
	memcpy(strstr(bad, "\"value\": \"issuer\"") + 10, "\\u007f", 6);
	expect(parse(bad, NULL, &g), RT_EINVAL, "f.json: " PLAN
	    ".metadata.parties[0].props[0]: unknown party-of \"\\x7f\" "
	    "(expected one of issuer, agency, official, actor)");
	free(bad);
	/* the sink's error, located at the recommendation */
	g.fail = "refused here";
	expect(parse(own, NULL, &g), RT_EREFUSED, "f.json: " PLAN
	    ".poam-items[0]: refused here");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_own),
		cmocka_unit_test(test_foreign),
		cmocka_unit_test(test_errors),
	};

	rt_clock_fix("2026-11-28T12:00:00Z");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
