/*
 * rectrack — each command's documentation: its options, one line each,
 * with the kind of their values (for completion), and worked examples
 * from README.md's session.  tests/help/examples.sh runs every example
 * against the example data; cli_getopt checks every option table
 * against these lists (cli_doc_check).
 */
#include "cli/commands.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#define END { NULL, NULL, CLI_K_NONE, NULL, NULL, NULL }
/* an option of the command (every form of it) */
#define O(n, a, k, h) { n, a, k, NULL, NULL, h }
/* an option of some subcommands */
#define OS(n, a, k, s, h) { n, a, k, NULL, s, h }
/* an option with its values listed */
#define OV(n, a, k, v, s, h) { n, a, k, v, s, h }

/* The options several commands share, written once. */
#define DRY_RUN(s) OS("dry-run", NULL, CLI_K_NONE, s, \
	"show what it would record; write nothing")
#define BOM(s) \
	OS("bom", NULL, CLI_K_NONE, s, "start CSV with a UTF-8 byte-order mark"), \
	OS("no-bom", NULL, CLI_K_NONE, s, "no byte-order mark (csv.bom: true)")
#define AS_OF(s) OS("as-of", "DATE", CLI_K_DATE, s, \
	"as things stood at the end of DATE (default: today)")
#define AS_KNOWN(s) OS("as-known", "DATE", CLI_K_DATE, s, \
	"as known at DATE: later entries left out")
#define DATE(s) OS("date", "DATE", CLI_K_DATE, s, \
	"the day it took effect (default: today)")
#define NOTE(s) OS("note", "TEXT", CLI_K_OTHER, s, "a note for the history")
#define OUTPUT \
	O("output", "FILE", CLI_K_FILE, "write to FILE (- : standard output)"), \
	O("force", NULL, CLI_K_NONE, "replace FILE if it exists")
#define FORMAT(v, s) OV("format", "FMT", CLI_K_FORMAT, v, s, \
	"the output format: " v)

#define F_OBJECT "table csv json"
#define F_TABLE F_OBJECT " md"
#define F_XLSX F_TABLE " xlsx"
#define F_HTML F_TABLE " html"
#define F_ALL F_TABLE " html xlsx"

/* The filters of list, export, summary, outstanding and calendar. */
static const struct cli_opt_doc filters[] = {
	O("issuer", "CODE", CLI_K_ISSUER, "reports of this issuer"),
	O("agency", "CODE", CLI_K_AGENCY, "this agency and its sub-agencies"),
	O("report", "NUMBER", CLI_K_REPORT, "this report's recommendations"),
	O("status", "STATUS", CLI_K_STATUS,
	    "this status, open or closed (repeatable)"),
	O("concurrence", "VALUE", CLI_K_CONCURRENCE,
	    "this concurrence (repeatable)"),
	O("topic", "TOPIC", CLI_K_TOPIC, "reports on this topic"),
	O("fy", "YEAR", CLI_K_OTHER, "reports of this fiscal year (repeatable)"),
	O("issued-from", "DATE", CLI_K_DATE, "reports issued on or after DATE"),
	O("issued-to", "DATE", CLI_K_DATE, "reports issued on or before DATE"),
	O("overdue", NULL, CLI_K_NONE, "open, past the target date"),
	O("priority", NULL, CLI_K_NONE, "priority recommendations only"),
	AS_OF(NULL),
	O("official", "CODE", CLI_K_OFFICIAL,
	    "this responsible official (repeatable)"),
	O("include-staff", NULL, CLI_K_NONE,
	    "with --official: and everyone reporting to them"),
	O("due-within", "DAYS", CLI_K_OTHER, "open, target within DAYS"),
	O("unresolved-over", "DAYS", CLI_K_OTHER,
	    "unresolved, report issued over DAYS ago"),
	O("no-target", NULL, CLI_K_NONE, "open, with no target date"),
	OV("sort", "FIELD,...", CLI_K_SORT, NULL, NULL,
	    "the order of the rows (-FIELD: descending)"),
	AS_KNOWN(NULL),
	END
};

static const struct cli_opt_doc o_none[] = { END };

static const struct cli_opt_doc o_init[] = {
	O("here", NULL, CLI_K_NONE,
	    "create it here, below a folder that has a register"),
	END
};

static const struct cli_opt_doc o_import[] = {
	DRY_RUN(NULL),
	O("create-missing", NULL, CLI_K_NONE,
	    "add the issuers and agencies a file names"),
	O("quiet", NULL, CLI_K_NONE, "no summary of what was loaded"),
	OV("format", "FMT", CLI_K_FORMAT, "yaml gao-csv oscal-poam", NULL,
	    "what the files are: yaml (default), gao-csv, oscal-poam"),
	O("evidence", "DIR", CLI_K_DIR, "the folder of the evidence files"),
	O("report", "NUMBER", CLI_K_REPORT, "oscal-poam: the report to file under"),
	O("issuer", "CODE", CLI_K_ISSUER, "oscal-poam: the report's issuer"),
	O("agency", "CODE", CLI_K_AGENCY, "oscal-poam: the responsible agency"),
	END
};

static const struct cli_opt_doc o_issuer[] = {
	OS("name", "NAME", CLI_K_OTHER, "add", "the issuer's full name"),
	OV("kind", "KIND", CLI_K_OTHER, "oig gao internal external other",
	    "add", "oig, gao, internal, external or other"),
	DATE("set rename"),
	NOTE("set rename"),
	DRY_RUN("add set rename"),
	FORMAT(F_TABLE, "list"),
	BOM("list"),
	END
};

static const struct cli_opt_doc o_agency[] = {
	OS("name", "NAME", CLI_K_OTHER, "add", "the agency's full name"),
	OS("parent", "CODE", CLI_K_AGENCY, "add", "the agency it belongs to"),
	DATE("set rename"),
	NOTE("set rename"),
	DRY_RUN("add set rename"),
	FORMAT(F_TABLE, "list"),
	BOM("list"),
	END
};

static const struct cli_opt_doc o_official[] = {
	OS("name", "NAME", CLI_K_OTHER, "add", "the official's name or office"),
	OS("email", "ADDR", CLI_K_OTHER, "add", "where digests go"),
	OS("agency", "CODE", CLI_K_AGENCY, "add list",
	    "the official's agency; list: those of it"),
	OS("title", "TEXT", CLI_K_OTHER, "add", "the official's title"),
	OS("reports-to", "CODE", CLI_K_OFFICIAL, "add",
	    "the official they report to"),
	DATE("add set rename"),
	NOTE("add set rename"),
	DRY_RUN("add set rename"),
	FORMAT(F_TABLE, "list"),
	FORMAT(F_OBJECT, "show"),
	BOM("list show"),
	END
};

static const struct cli_opt_doc o_report[] = {
	OS("title", "TEXT", CLI_K_OTHER, "add", "the report's title"),
	OS("issued", "DATE", CLI_K_DATE, "add", "the day it was issued"),
	OS("agency", "CODE", CLI_K_AGENCY, "add list",
	    "the audited agency; list: its reports"),
	OS("issuer", "CODE", CLI_K_ISSUER, "add list",
	    "who issued it (default: the only one); list: theirs"),
	OV("type", "TYPE", CLI_K_OTHER,
	    "audit inspection evaluation management-alert review other",
	    "add", "audit, inspection, evaluation, review..."),
	OS("fy", "YEAR", CLI_K_OTHER, "add",
	    "fiscal year (default: from the issue date)"),
	OS("url", "URL", CLI_K_OTHER, "add", "where the report is published"),
	OS("topic", "TOPIC", CLI_K_TOPIC, "add", "a topic (repeatable)"),
	OS("summary", "TEXT", CLI_K_OTHER, "add", "a summary, for search"),
	OV("sensitivity", "LEVEL", CLI_K_OTHER, "public redacted sensitive",
	    "add", "public, redacted or sensitive"),
	DATE("set"),
	NOTE("set"),
	DRY_RUN("add set"),
	FORMAT(F_TABLE, "list"),
	FORMAT(F_OBJECT, "show"),
	BOM("list show"),
	END
};

static const struct cli_opt_doc o_rec[] = {
	OS("text", "TEXT", CLI_K_OTHER, "add", "the recommendation's text"),
	OS("number", "N", CLI_K_OTHER, "add", "its number (default: the next)"),
	OS("agency", "CODE", CLI_K_AGENCY, "add",
	    "the responsible agency (default: the report's)"),
	OS("official", "CODE", CLI_K_OFFICIAL, "add",
	    "the responsible official"),
	OS("target", "DATE", CLI_K_DATE, "add", "the target date"),
	OS("status", "STATUS", CLI_K_STATUS, "add",
	    "its status (default: open-pending)"),
	OS("concurrence", "VALUE", CLI_K_CONCURRENCE, "add",
	    "the agency's concurrence"),
	OS("corrective-action", "TEXT", CLI_K_OTHER, "add",
	    "the corrective action planned"),
	OS("evidence", "REF", CLI_K_OTHER, "add", "a reference to evidence"),
	NOTE("add set"),
	DATE("set"),
	DRY_RUN("add set"),
	END
};

static const struct cli_opt_doc o_show[] = {
	AS_OF(NULL),
	AS_KNOWN(NULL),
	FORMAT(F_OBJECT, NULL),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_history[] = {
	AS_OF(NULL),
	AS_KNOWN(NULL),
	FORMAT(F_TABLE, NULL),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_list[] = {
	O("extended-more-than", "N", CLI_K_OTHER,
	    "extended more than N times"),
	OV("columns", "LIST", CLI_K_COLUMN, NULL, NULL,
	    "the columns to show, comma-separated (repeatable)"),
	FORMAT(F_XLSX, NULL),
	OUTPUT,
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_search[] = {
	O("limit", "N", CLI_K_OTHER, "at most N results (default: 20)"),
	O("issuer", "CODE", CLI_K_ISSUER, "reports of this issuer"),
	O("agency", "CODE", CLI_K_AGENCY, "this agency and its sub-agencies"),
	O("report", "NUMBER", CLI_K_REPORT, "this report only"),
	O("status", "STATUS", CLI_K_STATUS,
	    "this status, open or closed (repeatable)"),
	OV("in", "FIELDS", CLI_K_SEARCH_IN, NULL, NULL,
	    "search only these fields, comma-separated"),
	FORMAT(F_TABLE, NULL),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_reconcile[] = {
	OV("format", "FMT", CLI_K_FORMAT, "gao-csv", NULL,
	    "what the file is: gao-csv"),
	OV("output-format", "FMT", CLI_K_FORMAT, F_TABLE, NULL,
	    "the output format: " F_TABLE),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_export[] = {
	OV("format", "FMT", CLI_K_FORMAT,
	    "yaml json csv gao-csv xlsx oscal-poam", NULL,
	    "yaml (default), json, csv, gao-csv, xlsx, oscal-poam"),
	OUTPUT,
	O("with-evidence", "DIR", CLI_K_DIR,
	    "copy the evidence files into DIR"),
	O("quiet", NULL, CLI_K_NONE, "no confirmation of what was written"),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_calendar[] = {
	O("out", "FILE", CLI_K_FILE, "write the feed to FILE"),
	O("events", NULL, CLI_K_NONE, "timed events, not all-day ones"),
	END
};

static const struct cli_opt_doc o_summary[] = {
	OV("by", "KEY", CLI_K_BY, NULL, NULL,
	    "count by agency (default), issuer, report, fy..."),
	O("rollup", NULL, CLI_K_NONE, "count sub-agencies in their parents"),
	FORMAT(F_XLSX, NULL),
	OUTPUT,
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_outstanding[] = {
	FORMAT(F_ALL, NULL),
	O("title", "TEXT", CLI_K_OTHER, "the document's title"),
	OUTPUT,
	O("quiet", NULL, CLI_K_NONE, "no confirmation of what was written"),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_due[] = {
	O("within", "DAYS", CLI_K_OTHER, "due within DAYS (default: 30)"),
	O("official", "CODE", CLI_K_OFFICIAL, "this official's (repeatable)"),
	O("include-staff", NULL, CLI_K_NONE,
	    "with --official: and everyone reporting to them"),
	AS_OF(NULL),
	AS_KNOWN(NULL),
	FORMAT(F_TABLE, NULL),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_digest[] = {
	O("within", "DAYS", CLI_K_OTHER, "due within DAYS (default: 30)"),
	O("official", "CODE", CLI_K_OFFICIAL, "only this official (repeatable)"),
	O("include-staff", NULL, CLI_K_NONE,
	    "with --official: and everyone reporting to them"),
	AS_OF(NULL),
	O("out", "DIR", CLI_K_DIR, "write one .eml file per official in DIR"),
	O("sendmail", NULL, CLI_K_NONE, "send them through sendmail"),
	END
};

static const struct cli_opt_doc o_period[] = {
	O("period", "PERIOD", CLI_K_OTHER, "a half year (2025H2) or FY2025"),
	O("from", "DATE", CLI_K_DATE, "the period's first day"),
	O("to", "DATE", CLI_K_DATE, "the period's last day"),
	O("issuer", "CODE", CLI_K_ISSUER, "reports of this issuer"),
	O("agency", "CODE", CLI_K_AGENCY, "this agency and its sub-agencies"),
	AS_KNOWN(NULL),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_sar[] = {
	FORMAT(F_ALL, NULL),
	OUTPUT,
	END
};

static const struct cli_opt_doc o_closure_log[] = {
	O("report", "NUMBER", CLI_K_REPORT, "this report's closings"),
	FORMAT(F_HTML, NULL),
	END
};

static const struct cli_opt_doc o_gao_ig_act[] = {
	AS_OF(NULL),
	O("agency", "CODE", CLI_K_AGENCY, "this agency and its sub-agencies"),
	FORMAT(F_ALL, NULL),
	OUTPUT,
	BOM(NULL),
	AS_KNOWN(NULL),
	END
};

static const struct cli_opt_doc o_status[] = {
	DATE(NULL),
	NOTE(NULL),
	O("target", "DATE", CLI_K_DATE, "the new target date"),
	O("evidence", "REF", CLI_K_OTHER, "a reference to the evidence"),
	O("disallowed", "AMOUNT", CLI_K_OTHER,
	    "management decision: costs disallowed"),
	O("fbu-agreed", "AMOUNT", CLI_K_OTHER,
	    "management decision: funds put to better use"),
	DRY_RUN(NULL),
	END
};

static const struct cli_opt_doc o_date_note[] = {
	DATE(NULL),
	NOTE(NULL),
	DRY_RUN(NULL),
	END
};

static const struct cli_opt_doc o_note[] = {
	DATE(NULL),
	DRY_RUN(NULL),
	END
};

static const struct cli_opt_doc o_request_closure[] = {
	DATE(NULL),
	O("note", "TEXT", CLI_K_OTHER, "what was done (required)"),
	O("evidence", "HASH", CLI_K_OTHER,
	    "an evidence file's hash (repeatable)"),
	DRY_RUN(NULL),
	END
};

static const struct cli_opt_doc o_request_extension[] = {
	DATE(NULL),
	O("note", "REASON", CLI_K_OTHER, "why more time is needed (required)"),
	O("target", "DATE", CLI_K_DATE, "the target date asked for"),
	DRY_RUN(NULL),
	END
};

static const struct cli_opt_doc o_approve[] = {
	DATE(NULL),
	NOTE(NULL),
	O("closure", NULL, CLI_K_NONE, "the closure request"),
	O("extension", NULL, CLI_K_NONE, "the extension request"),
	O("not-implemented", NULL, CLI_K_NONE,
	    "close as not implemented (with --note)"),
	DRY_RUN(NULL),
	END
};

static const struct cli_opt_doc o_return[] = {
	DATE(NULL),
	O("note", "REASON", CLI_K_OTHER, "why it goes back (required)"),
	O("closure", NULL, CLI_K_NONE, "the closure request"),
	O("extension", NULL, CLI_K_NONE, "the extension request"),
	DRY_RUN(NULL),
	END
};

static const struct cli_opt_doc o_pending[] = {
	O("issuer", "CODE", CLI_K_ISSUER, "reports of this issuer"),
	O("agency", "CODE", CLI_K_AGENCY, "this agency and its sub-agencies"),
	O("report", "NUMBER", CLI_K_REPORT, "this report's requests"),
	O("official", "CODE", CLI_K_OFFICIAL, "this official's (repeatable)"),
	O("include-staff", NULL, CLI_K_NONE,
	    "with --official: and everyone reporting to them"),
	AS_OF(NULL),
	FORMAT(F_TABLE, NULL),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_evidence[] = {
	OS("note", "TEXT", CLI_K_OTHER, "add remove",
	    "a note; remove: the reason (required)"),
	DATE("add"),
	DRY_RUN("add remove"),
	FORMAT(F_TABLE, "list"),
	BOM("list"),
	AS_OF("list"),
	AS_KNOWN("list"),
	OS("output", "FILE", CLI_K_FILE, "get", "write the file to FILE"),
	END
};

static const struct cli_opt_doc o_changes[] = {
	O("actor", "NAME", CLI_K_OTHER, "the change sets of this person"),
	O("since", "DATE", CLI_K_DATE, "recorded on or after DATE"),
	FORMAT(F_TABLE, NULL),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_void[] = {
	O("note", "REASON", CLI_K_OTHER, "why (required)"),
	DRY_RUN(NULL),
	END
};

static const struct cli_opt_doc o_undo[] = {
	O("note", "REASON", CLI_K_OTHER, "why"),
	DRY_RUN(NULL),
	END
};

static const struct cli_opt_doc o_check[] = {
	O("quick", NULL, CLI_K_NONE, "skip the slow checks (the hash chain)"),
	O("quiet", NULL, CLI_K_NONE, "print nothing when all is well"),
	O("seal", "HASH", CLI_K_OTHER,
	    "prove the history unchanged since this seal"),
	FORMAT(F_OBJECT, NULL),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_seal[] = {
	FORMAT(F_TABLE, NULL),
	BOM(NULL),
	END
};

static const struct cli_opt_doc o_backup[] = {
	O("force", NULL, CLI_K_NONE, "replace FILE if it exists"),
	END
};

static const struct cli_opt_doc o_copy[] = {
	O("quiet", NULL, CLI_K_NONE, "no progress or summary"),
	END
};

#define REC4 "'OIG-21-19#4'"

/* In the command table's order. */
static const struct cli_doc docs[] = {
	{ "init", o_init, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack init",
	    "rectrack --db other.db init",
	    NULL } },
	{ "import", o_import, NULL, NULL, CLI_K_FILE, CLI_K_NONE, {
	    "rectrack import --dry-run config/examples/port-of-entry.yaml",
	    "rectrack import config/examples/port-of-entry.yaml",
	    "rectrack export --output register.yaml && "
	    "rectrack import register.yaml",
	    NULL } },
	{ "issuer", o_issuer, NULL, "add set rename list", CLI_K_ISSUER,
	    CLI_K_NONE, {
	    "rectrack issuer add gao --kind gao "
	    "--name \"Government Accountability Office\"",
	    "rectrack issuer list --format csv",
	    NULL } },
	{ "agency", o_agency, NULL, "add set rename list", CLI_K_AGENCY,
	    CLI_K_NONE, {
	    "rectrack agency add TSA --parent DHS "
	    "--name \"Transportation Security Administration\"",
	    "rectrack agency list",
	    NULL } },
	{ "official", o_official, NULL, "add set rename list show",
	    CLI_K_OFFICIAL, CLI_K_NONE, {
	    "rectrack official add cbp-ofo --name \"CBP Office of Field "
	    "Operations\" --agency CBP --email ofo-audits@cbp.example.gov",
	    "rectrack official list --agency CBP",
	    "rectrack official show cbp-ofo",
	    NULL } },
	{ "report", o_report, NULL, "add set list show", CLI_K_REPORT,
	    CLI_K_NONE, {
	    "rectrack report list --agency CBP",
	    "rectrack report show OIG-21-19",
	    "rectrack report add OIG-22-01 --issuer dhs-oig --type audit "
	    "--issued 2022-01-10 --agency CBP --title \"Port of Entry "
	    "Staffing\"",
	    NULL } },
	{ "rec", o_rec, NULL, "add set", CLI_K_REC, CLI_K_REPORT, {
	    "rectrack rec add OIG-21-19 --concurrence concur --status "
	    "open-resolved --target 2021-09-30 --text \"Provide proper "
	    "training capabilities for canine teams.\"",
	    "rectrack rec set " REC4 " priority=yes --date 2021-05-10 "
	    "--note \"named in the 90-day response\"",
	    NULL } },
	{ "show", o_show, NULL, NULL, CLI_K_REC, CLI_K_NONE, {
	    "rectrack show " REC4,
	    "rectrack show " REC4 " --as-of 2022-10-15",
	    NULL } },
	{ "list", o_list, filters, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack list --status open-resolved --format csv",
	    "rectrack list --as-of 2022-10-15",
	    "rectrack list --status open-unresolved --as-of 2021-06-30",
	    "rectrack list --format csv --bom --output open.csv",
	    NULL } },
	{ "search", o_search, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack search canine",
	    "rectrack search training --status open --format csv",
	    NULL } },
	{ "reconcile", o_reconcile, NULL, NULL, CLI_K_FILE, CLI_K_NONE, {
	    "rectrack export --format gao-csv --output gao.csv",
	    "rectrack reconcile --format gao-csv gao.csv --output-format md",
	    NULL } },
	{ "export", o_export, filters, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack export --status closed",
	    "rectrack export --output register.yaml",
	    "rectrack export --format gao-csv --output ours.csv",
	    "rectrack export --format json --status open --output open.json",
	    NULL } },
	{ "calendar", o_calendar, filters, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack calendar --out due.ics",
	    "rectrack calendar --events --agency CBP --out due-events.ics",
	    NULL } },
	{ "summary", o_summary, filters, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack summary --by report",
	    "rectrack summary --rollup --as-of 2021-12-31 --format csv",
	    NULL } },
	{ "outstanding", o_outstanding, filters, NULL, CLI_K_NONE,
	    CLI_K_NONE, {
	    "rectrack outstanding --format html > outstanding.html",
	    "rectrack outstanding --agency CBP --as-of 2021-12-31 "
	    "--format csv",
	    "rectrack outstanding --format xlsx --output outstanding.xlsx",
	    NULL } },
	{ "due", o_due, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack due",
	    "rectrack due --within 60 --as-of 2021-09-01",
	    NULL } },
	{ "digest", o_digest, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack digest --out digests",
	    "rectrack digest --out digests --within 60 --as-of 2021-09-01",
	    NULL } },
	{ "sar", o_sar, o_period, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack sar --period 2025H2",
	    "rectrack sar --period 2025H2 --format html > sar.html",
	    "rectrack sar --period 2021H2 --as-known 2021-10-15",
	    NULL } },
	{ "closure-log", o_closure_log, o_period, NULL, CLI_K_NONE,
	    CLI_K_NONE, {
	    "rectrack closure-log --period FY2025",
	    "rectrack closure-log --from 2021-01-01 --to 2022-12-31 "
	    "--format csv",
	    NULL } },
	{ "gao-ig-act", o_gao_ig_act, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack gao-ig-act --as-of 2026-10-01",
	    "rectrack gao-ig-act --agency CBP --format md",
	    NULL } },
	{ "history", o_history, NULL, NULL, CLI_K_REC, CLI_K_REPORT, {
	    "rectrack history 'OIG-21-19#1'",
	    "rectrack history OIG-21-19",
	    "rectrack history agency:CBP --format csv",
	    NULL } },
	{ "status", o_status, NULL, NULL, CLI_K_REC, CLI_K_STATUS, {
	    "rectrack status " REC4 " open-resolved --target 2022-03-31 "
	    "--date 2021-08-16 --note \"corrective action plan accepted\"",
	    "rectrack status " REC4 " closed-implemented --date 2022-11-14 "
	    "--note verified --evidence \"CBP memo of 2022-09-26\"",
	    NULL } },
	{ "concur", o_date_note, NULL, NULL, CLI_K_REC, CLI_K_CONCURRENCE, {
	    "rectrack concur " REC4 " partial --date 2021-05-10",
	    "rectrack concur " REC4 " concur --note \"agreed in the 90-day "
	    "response\"",
	    NULL } },
	{ "target", o_date_note, NULL, NULL, CLI_K_REC, CLI_K_NONE, {
	    "rectrack target " REC4 " 2022-09-30 --date 2022-03-15 "
	    "--note \"guidance still in review\"",
	    "rectrack target 'OIG-21-19#4' 2022-09-30 --dry-run",
	    NULL } },
	{ "flag", o_date_note, NULL, NULL, CLI_K_REC, CLI_K_NONE, {
	    "rectrack flag " REC4 " +closure-requested --date 2022-09-26 "
	    "--dry-run",
	    "rectrack flag " REC4 " +priority --note \"named by the "
	    "secretary\"",
	    NULL } },
	{ "note", o_note, NULL, NULL, CLI_K_REC, CLI_K_NONE, {
	    "rectrack note " REC4 " \"met with the program office\"",
	    "rectrack note " REC4 " \"draft guidance received\" "
	    "--date 2022-01-12",
	    NULL } },
	{ "request-closure", o_request_closure, NULL, NULL, CLI_K_REC,
	    CLI_K_NONE, {
	    "rectrack evidence add " REC4 " directive-4310-02.pdf",
	    "rectrack request-closure " REC4 " --note \"Guidance signed\" "
	    "--evidence 4d907bd1",
	    NULL } },
	{ "request-extension", o_request_extension, NULL, NULL, CLI_K_REC,
	    CLI_K_NONE, {
	    "rectrack request-extension 'OIG-21-19#1' --target 2027-06-30 "
	    "--note \"guidance in review\"",
	    NULL } },
	{ "approve", o_approve, NULL, NULL, CLI_K_REC, CLI_K_NONE, {
	    "rectrack request-closure " REC4 " --note \"Guidance signed\"",
	    "rectrack approve " REC4 " --note \"Reviewed the signed "
	    "guidance\"",
	    NULL } },
	{ "return", o_return, NULL, NULL, CLI_K_REC, CLI_K_NONE, {
	    "rectrack request-extension 'OIG-21-19#1' --target 2027-06-30 "
	    "--note \"guidance in review\"",
	    "rectrack return 'OIG-21-19#1' --note \"no reason given for the "
	    "delay\"",
	    NULL } },
	{ "pending", o_pending, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack pending",
	    "rectrack pending --agency CBP --format csv",
	    NULL } },
	{ "evidence", o_evidence, NULL, "add list get remove", CLI_K_REC,
	    CLI_K_NONE, {
	    "rectrack evidence add " REC4 " directive-4310-02.pdf",
	    "rectrack evidence list " REC4,
	    "rectrack evidence get 4d907bd1 --output copy.pdf",
	    NULL } },
	{ "changes", o_changes, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack changes",
	    "rectrack changes --since 2026-01-01 --format csv",
	    NULL } },
	{ "void", o_void, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack note 'OIG-21-19#3' \"guidance signed\"",
	    "rectrack void 2 --note \"#4 was meant, not #3\"",
	    NULL } },
	{ "undo", o_undo, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack note 'OIG-21-19#3' \"guidance signed\"",
	    "rectrack undo --dry-run",
	    "rectrack undo --note \"#4 was meant, not #3\"",
	    NULL } },
	{ "check", o_check, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack check",
	    "rectrack check --quick --quiet",
	    NULL } },
	{ "seal", o_seal, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack seal",
	    "rectrack seal --format json",
	    NULL } },
	{ "backup", o_backup, NULL, NULL, CLI_K_FILE, CLI_K_NONE, {
	    "rectrack backup backup.db",
	    NULL } },
	{ "copy", o_copy, NULL, NULL, CLI_K_FILE, CLI_K_NONE, {
	    "rectrack copy rectrack.db copy.db",
	    NULL } },
	{ "help", o_none, NULL, NULL, CLI_K_NONE, CLI_K_NONE, {
	    "rectrack help",
	    "rectrack help list",
	    "rectrack list --help",
	    NULL } },
	{ "completion", o_none, NULL, "bash zsh fish", CLI_K_NONE,
	    CLI_K_NONE, {
	    "rectrack completion bash > rectrack.bash",
	    "rectrack completion zsh > _rectrack",
	    "rectrack completion fish > rectrack.fish",
	    NULL } },
	{ "__complete", o_none, NULL, NULL, CLI_K_NONE, CLI_K_NONE,
	    { NULL } },
	{ NULL, NULL, NULL, NULL, CLI_K_NONE, CLI_K_NONE, { NULL } },
};

const struct cli_opt_doc cli_global_docs[] = {
	O("db", "PATH", CLI_K_FILE,
	    "the database file or postgresql:// URI"),
	O("config", "FILE", CLI_K_FILE, "the configuration file"),
	O("actor", "NAME", CLI_K_OTHER, "who records the changes"),
	O("verbose", NULL, CLI_K_NONE, "say which database is used"),
	O("wide", NULL, CLI_K_NONE, "tables at full width: cut nothing"),
	OV("color", "[=WHEN]", CLI_K_OTHER, "auto always never", NULL,
	    "colour: auto (default), always or never"),
	O("no-pager", NULL, CLI_K_NONE, "no pager for long output"),
	O("version", NULL, CLI_K_NONE, "print the version"),
	O("help", NULL, CLI_K_NONE, "print this help"),
	END
};

const struct cli_doc *
cli_doc_find(const char *name)
{
	const struct cli_doc *d;

	for (d = docs; d->name; d++)
		if (strcmp(d->name, name) == 0)
			return d;
	return NULL;
}

/* Whether word is one of the blank-separated words of list. */
static int
has_word(const char *list, const char *word)
{
	size_t n = strlen(word), m;

	while (*list) {
		m = strcspn(list, " ");
		if (m == n && strncmp(list, word, n) == 0)
			return 1;
		list += m;
		list += strspn(list, " ");
	}
	return 0;
}

int
cli_doc_applies(const struct cli_opt_doc *o, const char *sub)
{
	return o->sub == NULL || (sub != NULL && has_word(o->sub, sub));
}

/* Options every command takes through cli_getopt, documented once in
 * the global options. */
static const char *const common_opts = "help wide color no-pager";
/* The documented option name applying to form sub, or NULL. */
static const struct cli_opt_doc *
doc_option(const struct cli_doc *d, const char *name, const char *sub)
{
	const struct cli_opt_doc *o;
	int i;

	for (i = 0; i < 2; i++)
		for (o = i == 0 ? d->opts : d->more; o && o->name; o++)
			if (strcmp(o->name, name) == 0 &&
			    cli_doc_applies(o, sub))
				return o;
	return NULL;
}

const char *
cli_doc_check(const char *cmd, const char *sub, const struct option *opts)
{
	static char msg[200];
	const struct cli_doc *d = cli_doc_find(cmd);
	const struct cli_opt_doc *o;
	const struct option *t;
	int i;

	if (d == NULL) {
		snprintf(msg, sizeof(msg), "%s: not in the command table",
		    cmd);
		return msg;
	}
	for (t = opts; t->name; t++)
		if (!has_word(common_opts, t->name) &&
		    doc_option(d, t->name, sub) == NULL) {
			snprintf(msg, sizeof(msg), "%s%s%s: --%s is not in the "
			    "command table", cmd, sub ? " " : "",
			    sub ? sub : "", t->name);
			return msg;
		}
	for (i = 0; i < 2; i++)
		for (o = i == 0 ? d->opts : d->more; o && o->name; o++) {
			if (!cli_doc_applies(o, sub))
				continue;
			for (t = opts; t->name; t++)
				if (strcmp(t->name, o->name) == 0)
					break;
			if (t->name == NULL) {
				snprintf(msg, sizeof(msg), "%s%s%s: --%s is "
				    "documented but not taken", cmd,
				    sub ? " " : "", sub ? sub : "", o->name);
				return msg;
			}
		}
	return NULL;
}

/* Whether the blank-separated words of a and b are the same set. */
static int
same_words(const char *a, const char *b)
{
	const char *l[2] = { a, b }, *p;
	char w[32];
	size_t m;
	int i;

	for (i = 0; i < 2; i++)
		for (p = l[i] + strspn(l[i], " "); *p;
		    p += strspn(p, " ")) {
			m = strcspn(p, " ");
			if (m >= sizeof(w))
				return 0;
			memcpy(w, p, m);
			w[m] = '\0';
			if (!has_word(l[1 - i], w))
				return 0;
			p += m;
		}
	return 1;
}

int
cli_doc_values_check(const char *cmd, const char *opt, const char *values)
{
	const struct cli_doc *d = cli_doc_find(cmd);
	const struct cli_opt_doc *o;
	int i;

	if (d == NULL)
		return -1;
	for (i = 0; i < 2; i++)
		for (o = i == 0 ? d->opts : d->more; o && o->name; o++)
			if (strcmp(o->name, opt) == 0 && o->values != NULL &&
			    same_words(o->values, values))
				return 0;
	return -1;
}
