#include "cli/commands.h"

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

/* The commands in the order `rectrack help` lists them. */
static const struct cli_cmd cli_cmds[] = {
	{ "init", cmd_init, "init [--here]",
	    "create the database, or upgrade an older one",
	    CLI_G_ADMIN, 0 },
	{ "import", cmd_import, "import FILE... [--dry-run] [--quiet] [--create-missing]\n"
	    "       [--evidence DIR]\n"
	    "import --format gao-csv FILE [--dry-run]\n"
	    "import --format oscal-poam FILE... [--dry-run]\n"
	    "       [--create-missing] [--evidence DIR] [--report NUMBER]\n"
	    "       [--issuer CODE] [--agency CODE]",
	    "load YAML files, GAO's CSV export or OSCAL POA&Ms (- is "
	    "standard input)",
	    CLI_G_DATA, 0 },
	{ "issuer", cmd_issuer,
	    "issuer add CODE --name NAME [--kind KIND] [--dry-run]\n"
	    "issuer set CODE FIELD=VALUE... [--date DATE] [--note TEXT]\n"
	    "           [--dry-run]\n"
	    "issuer rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]\n"
	    "issuer list [--format FMT]",
	    "add, change, rename and list issuers (oversight bodies)",
	    CLI_G_RECORDING, CLI_PAGED },
	{ "agency", cmd_agency,
	    "agency add CODE --name NAME [--parent CODE] [--dry-run]\n"
	    "agency set CODE FIELD=VALUE... [--date DATE] [--note TEXT]\n"
	    "           [--dry-run]\n"
	    "agency rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]\n"
	    "agency list [--format FMT]",
	    "add, change, rename and list agencies (shown as a tree)",
	    CLI_G_RECORDING, CLI_PAGED },
	{ "official", cmd_official,
	    "official add CODE --name NAME [--email ADDR] [--agency CODE]\n"
	    "           [--title TEXT] [--reports-to CODE] [--date DATE]\n"
	    "           [--note TEXT] [--dry-run]\n"
	    "official set CODE FIELD=VALUE... [--date DATE] [--note TEXT]\n"
	    "           [--dry-run]\n"
	    "official rename OLD NEW [--date DATE] [--note TEXT] [--dry-run]\n"
	    "official list [--agency CODE] [--format FMT]\n"
	    "official show CODE [--format FMT]",
	    "add, change, rename, list and show officials",
	    CLI_G_RECORDING, CLI_PAGED },
	{ "report", cmd_report,
	    "report add NUMBER --title TEXT --issued DATE --agency CODE\n"
	    "           [--issuer CODE] [--type TYPE] [--fy YEAR] [--url URL]\n"
	    "           [--topic TOPIC]... [--summary TEXT] [--dry-run]\n"
	    "           [--sensitivity public|redacted|sensitive]\n"
	    "report set NUMBER FIELD=VALUE... [--date DATE] [--note TEXT]\n"
	    "           [--dry-run]\n"
	    "report list [--issuer CODE] [--agency CODE] [--format FMT]\n"
	    "report show NUMBER [--format FMT]",
	    "add, change, list and show reports",
	    CLI_G_RECORDING, CLI_PAGED },
	{ "rec", cmd_rec,
	    "rec add REPORT --text TEXT [--number N] [--agency CODE]\n"
	    "        [--official CODE] [--target DATE] [--status STATUS]\n"
	    "        [--concurrence VALUE] [--corrective-action TEXT]\n"
	    "        [--note TEXT] [--evidence REF] [--dry-run]\n"
	    "rec set REC FIELD=VALUE... [--date DATE] [--note TEXT]\n"
	    "        [--dry-run]",
	    "add a recommendation; change its fields",
	    CLI_G_RECORDING, 0 },
	{ "show", cmd_show, "show REC [--as-of DATE] [--as-known DATE] [--format FMT]",
	    "one recommendation, its report and its history",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "list", cmd_list,
	    "list [--issuer CODE] [--agency CODE] [--report NUMBER]\n"
	    "     [--status STATUS]... [--concurrence VALUE]...\n"
	    "     [--topic TOPIC] [--fy YEAR]... [--issued-from DATE]\n"
	    "     [--issued-to DATE] [--overdue] [--priority] [--as-of DATE]\n"
	    "     [--official CODE]... [--include-staff] [--due-within DAYS]\n"
	    "     [--no-target] [--unresolved-over DAYS] [--sort FIELD,...]\n"
	    "     [--as-known DATE] [--extended-more-than N]\n"
	    "     [--columns COLUMN,...]...\n"
	    "     [--format table|csv|json|md|xlsx]\n"
	    "     [--output FILE [--force]] [--bom|--no-bom]",
	    "recommendations matching filters",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "search", cmd_search,
	    "search TEXT... [--in FIELD,...]... [--limit N] [--issuer CODE]\n"
	    "       [--agency CODE] [--report NUMBER] [--status STATUS]...\n"
	    "       [--format FMT]",
	    "find words in reports, recommendations, notes and names",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "reconcile", cmd_reconcile,
	    "reconcile --format gao-csv FILE\n"
	    "          [--output-format table|csv|json|md]",
	    "compare GAO's CSV export with the database; exit 1 on a "
	    "discrepancy",
	    CLI_G_DATA, 0 },
	{ "export", cmd_export,
	    "export [--format yaml|json|csv|gao-csv|xlsx|oscal-poam] [--bom]\n"
	    "       [--issuer CODE] [--agency CODE] [--report NUMBER]\n"
	    "       [--status STATUS]...\n"
	    "       [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...\n"
	    "       [--issued-from DATE] [--issued-to DATE] [--overdue]\n"
	    "       [--priority] [--as-of DATE] [--as-known DATE]\n"
	    "       [--official CODE]... [--include-staff]\n"
	    "       [--due-within DAYS] [--no-target]\n"
	    "       [--unresolved-over DAYS] [--sort FIELD,...]\n"
	    "       [--output FILE [--force]] [--quiet]\n"
	    "       [--with-evidence DIR]",
	    "write the database, or a part, as YAML, JSON, CSV, XLSX or OSCAL",
	    CLI_G_DATA, 0 },
	{ "calendar", cmd_calendar,
	    "calendar [FILTERS as for list] [--as-of DATE] [--as-known DATE]\n"
	    "         [--events] [--out FILE]",
	    "open recommendations' target dates as an iCalendar (.ics) feed",
	    CLI_G_REPORTS, 0 },
	{ "summary", cmd_summary,
	    "summary [--by agency|issuer|report|fy|topic|status|official]\n"
	    "        [--rollup] [--issuer CODE] [--agency CODE]\n"
	    "        [--report NUMBER] [--status STATUS]...\n"
	    "        [--concurrence VALUE]... [--topic TOPIC] [--fy YEAR]...\n"
	    "        [--issued-from DATE] [--issued-to DATE] [--overdue]\n"
	    "        [--priority] [--as-of DATE] [--as-known DATE]\n"
	    "        [--official CODE]... [--include-staff]\n"
	    "        [--due-within DAYS] [--no-target]\n"
	    "        [--unresolved-over DAYS]\n"
	    "        [--format table|csv|json|md|xlsx]\n"
	    "        [--output FILE [--force]] [--bom|--no-bom]",
	    "the open-item summary, by agency or another key",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "outstanding", cmd_outstanding,
	    "outstanding [--format md|html|table|csv|json|xlsx]\n"
	    "            [--title TEXT] [FILTERS as for list] [--as-of DATE]\n"
	    "            [--as-known DATE] [--sort FIELD,...]\n"
	    "            [--output FILE [--force]] [--quiet]\n"
	    "            [--bom|--no-bom]",
	    "the outstanding-recommendations report: every open one, by "
	    "agency and report",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "due", cmd_due,
	    "due [--within DAYS] [--official CODE]... [--include-staff]\n"
	    "    [--as-of DATE] [--as-known DATE]\n"
	    "    [--format table|csv|json|md]",
	    "the working queue: overdue, due soon, awaiting a decision",
	    CLI_G_LIFECYCLE, CLI_PAGED },
	{ "digest", cmd_digest,
	    "digest --out DIR|--sendmail [--within DAYS] [--official CODE]...\n"
	    "       [--include-staff] [--as-of DATE]",
	    "one e-mail per official with what they owe, as files or "
	    "through sendmail",
	    CLI_G_REPORTS, 0 },
	{ "sar", cmd_sar,
	    "sar --period 2025H2|--from DATE --to DATE [--issuer CODE]\n"
	    "    [--agency CODE] [--as-known DATE]\n"
	    "    [--format table|csv|json|md|html|xlsx]\n"
	    "    [--output FILE [--force]] [--bom|--no-bom]",
	    "the semiannual report's figures: roll-forward, Tables I and II, "
	    "lists",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "closure-log", cmd_closure_log,
	    "closure-log --period 2025H2|FY2025|--from DATE --to DATE\n"
	    "    [--issuer CODE] [--agency CODE] [--report NUMBER]\n"
	    "    [--as-known DATE] [--format table|csv|json|md|html]",
	    "the closings of a period: requester, approver, evidence, "
	    "change set",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "gao-ig-act", cmd_gao_ig_act,
	    "gao-ig-act [--as-of DATE] [--as-known DATE] [--agency CODE]\n"
	    "           [--format table|csv|json|md|html|xlsx]\n"
	    "           [--output FILE [--force]] [--bom|--no-bom]",
	    "the GAO-IG Act lists: old open GAO and inspector general "
	    "recommendations",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "history", cmd_history,
	    "history REC|REPORT|agency:CODE|issuer:CODE|official:CODE\n"
	    "        [--as-of DATE] [--as-known DATE] [--format FMT]",
	    "the history of a recommendation, report, agency, issuer or "
	    "official",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "status", cmd_status,
	    "status REC... STATUS [--date DATE] [--note TEXT] [--target DATE]\n"
	    "       [--evidence REF] [--disallowed AMOUNT]\n"
	    "       [--fbu-agreed AMOUNT] [--dry-run]",
	    "move recommendations along the lifecycle",
	    CLI_G_LIFECYCLE, 0 },
	{ "concur", cmd_concur,
	    "concur REC... VALUE [--date DATE] [--note TEXT] [--dry-run]",
	    "record the agency's concurrence",
	    CLI_G_LIFECYCLE, 0 },
	{ "target", cmd_target,
	    "target REC... DATE [--note REASON] [--date DATE] [--dry-run]",
	    "set or change the target date",
	    CLI_G_LIFECYCLE, 0 },
	{ "flag", cmd_flag,
	    "flag REC... +NAME|-NAME... [--date DATE] [--note TEXT]\n"
	    "     [--dry-run]",
	    "set or clear priority, significant, on-hold, closure-requested, "
	    "partially-addressed",
	    CLI_G_LIFECYCLE, 0 },
	{ "note", cmd_note, "note REC... TEXT [--date DATE] [--dry-run]",
	    "add a note to the history",
	    CLI_G_RECORDING, 0 },
	{ "request-closure", cmd_request_closure,
	    "request-closure REC... --note TEXT [--evidence HASH]...\n"
	    "       [--date DATE] [--dry-run]",
	    "ask for recommendations to be closed, citing evidence",
	    CLI_G_LIFECYCLE, 0 },
	{ "request-extension", cmd_request_extension,
	    "request-extension REC --target DATE --note REASON [--date DATE]\n"
	    "       [--dry-run]",
	    "ask for a later target date",
	    CLI_G_LIFECYCLE, 0 },
	{ "approve", cmd_approve,
	    "approve REC... [--note TEXT] [--not-implemented --note REASON]\n"
	    "       [--closure|--extension] [--date DATE] [--dry-run]",
	    "approve the pending closure or extension request",
	    CLI_G_LIFECYCLE, 0 },
	{ "return", cmd_return,
	    "return REC... --note REASON [--closure|--extension]\n"
	    "       [--date DATE] [--dry-run]",
	    "send the pending request back, with the reason",
	    CLI_G_LIFECYCLE, 0 },
	{ "pending", cmd_pending,
	    "pending [--issuer CODE] [--agency CODE] [--report NUMBER]\n"
	    "        [--official CODE]... [--include-staff] [--as-of DATE]\n"
	    "        [--format table|csv|json|md]",
	    "the closure and extension requests awaiting review",
	    CLI_G_LIFECYCLE, CLI_PAGED },
	{ "evidence", cmd_evidence,
	    "evidence add REC FILE... [--note TEXT] [--date DATE] [--dry-run]\n"
	    "evidence list [REC] [--format FMT] [--as-of DATE]\n"
	    "              [--as-known DATE]\n"
	    "evidence get HASH [--output FILE]\n"
	    "evidence remove REC HASH --note REASON [--dry-run]",
	    "keep evidence files with a recommendation's history",
	    CLI_G_RECORDING, CLI_PAGED },
	{ "changes", cmd_changes,
	    "changes [--actor NAME] [--since DATE] [--format FMT]",
	    "the change sets: what each command and import recorded",
	    CLI_G_REPORTS, CLI_PAGED },
	{ "void", cmd_void, "void CHANGE --note REASON [--dry-run]",
	    "void a change set: its events stay in the history and stop "
	    "counting",
	    CLI_G_RECORDING, 0 },
	{ "undo", cmd_undo, "undo [--note REASON] [--dry-run]",
	    "void your own latest change set",
	    CLI_G_RECORDING, 0 },
	{ "check", cmd_check,
	    "check [--quick] [--quiet] [--seal HASH]\n"
	    "      [--format table|csv|json]",
	    "verify the database: history, references, values, search "
	    "index",
	    CLI_G_ADMIN, 0 },
	{ "seal", cmd_seal, "seal [--format table|csv|json|md]",
	    "the history's head hash, to record and later prove it "
	    "unchanged",
	    CLI_G_ADMIN, 0 },
	{ "backup", cmd_backup, "backup FILE [--force]",
	    "a verified copy of the database, made safely while others "
	    "write",
	    CLI_G_DATA, 0 },
	{ "copy", cmd_copy, "copy FROM TO [--quiet]",
	    "copy a database with its history between SQLite and "
	    "PostgreSQL",
	    CLI_G_DATA, 0 },
	{ "help", cmd_help, "help [COMMAND] [SUBCOMMAND]",
	    "the commands, or one command's options and examples",
	    CLI_G_ADMIN, CLI_PAGED },
	{ "completion", cmd_completion, "completion bash|zsh|fish",
	    "print the shell completion script",
	    CLI_G_ADMIN, 0 },
	{ "__complete", cmd_complete, "__complete KIND PREFIX",
	    "the values of KIND starting with PREFIX, for completion",
	    CLI_G_HIDDEN, 0 },
	{ NULL, NULL, NULL, NULL, 0, 0 },
};

const struct cli_cmd *
cli_find(const char *name)
{
	const struct cli_cmd *c;

	for (c = cli_cmds; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

const struct cli_cmd *
cli_commands(void)
{
	return cli_cmds;
}
